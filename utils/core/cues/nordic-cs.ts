import type { LanguageCues } from './rule';
import { u } from './shared';

/** Danish cues. */
export const DA: LanguageCues = {
  lang: 'da',
  descBefore: u(
    /((?:^|\s))(?:den\s+|det\s+|de\s+)?(?:[\p{Ll}-]+e\s+){0,2}(?:avis|avisen|dagblad|dagbladet|nyhedsbureau|nyhedsbureauet|bureau|bureauet|tv-station|tv-kanal|kanal|kanalen|station|medie|mediet|netavis|magasin|ugeavis)\s+$/u,
  ),
  rules: [
    {
      id: 'da-byline-af',
      kind: 'byline',
      confidence: 0.85,
      before: /(?:^|\n)\s*(?:[Aa]f|AF)\s+(?:[^\n,]{1,60},\s*)?$/u,
    },
    {
      id: 'da-ifolge',
      kind: 'report',
      confidence: 0.95,
      before: u(
        /\b(?:ifølge|Ifølge|oplyser|skriver|skrev|rapporterer|melder|meldte|siger|citerer|fortæller|erfarer)\s+(?:både\s+)?(?:avisen\s+|mediet\s+|bureauet\s+)?$/u,
      ),
    },
    {
      id: 'da-source-label',
      kind: 'report',
      kindInCaption: 'photo',
      confidence: 0.9,
      before: /(?:^|[\s(])(?:[Kk]ilde|KILDE)\s*[:：]\s*$/,
    },
    {
      id: 'da-told',
      kind: 'interview',
      confidence: 0.9,
      before: u(
        /\b(?:siger|sagde|fortæller|fortalte|oplyser|oplyste|skriver)\b[^\n.]{0,40}\btil\s+$/u,
      ),
    },
    {
      id: 'da-reported',
      kind: 'report',
      confidence: 0.9,
      verbOnly: true,
      after: u(
        /^\s+(?:har\s+)?(?:skriver|skrev|skrevet|oplyser|oplyste|rapporterer|rapporterede|melder|meldte|erfarer|erfarede|citerer)\b/u,
      ),
    },
  ],
};

/** Swedish cues. */
export const SV: LanguageCues = {
  lang: 'sv',
  rules: [
    {
      id: 'sv-enligt',
      kind: 'report',
      confidence: 0.95,
      before: u(
        /\b(?:enligt|Enligt|uppger|skriver|skrev|rapporterar|rapporterade|meddelar|citerar|berättar)\s+(?:både\s+)?(?:tidningen\s+|nyhetsbyrån\s+|kanalen\s+)?$/u,
      ),
    },
    {
      id: 'sv-source-label',
      kind: 'report',
      kindInCaption: 'photo',
      confidence: 0.9,
      before: /(?:^|[\s(])(?:[Kk]älla|KÄLLA)\s*[:：]\s*$/,
    },
    {
      id: 'sv-told',
      kind: 'interview',
      confidence: 0.9,
      before: u(/\b(?:säger|sade|sa|berättar|berättade|uppger|uppgav)\b[^\n.]{0,40}\btill\s+$/u),
    },
    {
      id: 'sv-reported',
      kind: 'report',
      confidence: 0.9,
      verbOnly: true,
      after: u(
        /^\s+(?:har\s+)?(?:skriver|skrev|skrivit|uppger|uppgav|rapporterar|rapporterade|meddelar|erfar|citerar)\b/u,
      ),
    },
  ],
};

/** Czech cues. */
export const CS: LanguageCues = {
  lang: 'cs',
  descBefore: u(
    /((?:^|\s))(?:[\p{Ll}]+(?:ý|á|é|ího|ém|ou)\s+){0,2}(?:agentura|agentury|agenturu|deník|deníku|list|listu|server|serveru|web|webu|televize|televizi|stanice|stanici|týdeník|týdeníku|magazín|magazínu|večerník|večerníku|bulvár|bulváru|rádio)\s+$/u,
  ),
  rules: [
    {
      id: 'cs-podle',
      kind: 'report',
      confidence: 0.95,
      before: u(
        /\b(?:podle|Podle|jak\s+uvedl[aoi]?|jak\s+informoval[aoi]?|jak\s+napsal[aoi]?|jak\s+uvádí|informoval[aoi]?|uvedl[aoi]?|napsal[aoi]?|uvádí|píše|hodnotí|hodnotil[aoi]?|tvrdí|dodal[aoi]?|připomněl[aoi]?|sdělil[aoi]?|upozornil[aoi]?|konstatoval[aoi]?|zjistil[aoi]?)\s+(?:agentury\s+|deníku\s+|listu\s+|serveru\s+|televize\s+|stanice\s+)?$/u,
      ),
    },
    {
      id: 'cs-quote-inverted',
      kind: 'report',
      confidence: 0.85,
      before: u(
        /["”“»],?\s+(?:hodnotí|píše|uvádí|napsal[aoi]?|uvedl[aoi]?|dodal[aoi]?|tvrdí|připomíná|konstatuje)\s+(?:\p{L}+\s+){0,3}$/u,
      ),
    },
    {
      id: 'cs-source-label',
      kind: 'report',
      kindInCaption: 'photo',
      confidence: 0.9,
      before: /(?:^|[\s(])(?:[Zz]droj|ZDROJ)\s*[:：]\s*$/,
    },
    {
      id: 'cs-told',
      kind: 'interview',
      confidence: 0.9,
      before: u(
        /\b(?:řekl[aoi]?|sdělil[aoi]?|uvedl[aoi]?|potvrdil[aoi]?)\s+(?:to\s+)?(?:v\s+rozhovoru\s+pro|pro)\s+$/u,
      ),
    },
    {
      id: 'cs-reported',
      kind: 'report',
      confidence: 0.9,
      verbOnly: true,
      after: u(
        /^\s+(?:to\s+)?(?:uvedl[aoi]?|informoval[aoi]?|napsal[aoi]?|uvádí|píše|informuje|zjistil[aoi]?)\b/u,
      ),
    },
  ],
};
