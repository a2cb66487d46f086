import type { LanguageCues } from './rule';
import { u } from './shared';

/** Danish cues. */
export const DA: LanguageCues = {
  lang: 'da',
  rules: [
    { id: 'da-ifolge', kind: 'report', confidence: 0.95, before: u(/\b(?:ifølge|Ifølge|oplyser|skriver|skrev|rapporterer|melder|meldte|siger|citerer|fortæller|erfarer)\s+(?:avisen\s+|mediet\s+|bureauet\s+)?$/u) },
    { id: 'da-source-label', kind: 'report', kindInCaption: 'photo', confidence: 0.9, before: /(?:^|[\s(])(?:[Kk]ilde|KILDE)\s*[:：]\s*$/ },
    { id: 'da-told', kind: 'interview', confidence: 0.9, before: u(/\b(?:siger|sagde|fortæller|fortalte|oplyser|oplyste|skriver)\b[^\n.]{0,40}\btil\s+$/u) },
    { id: 'da-reported', kind: 'report', confidence: 0.9, verbOnly: true, after: u(/^\s+(?:har\s+)?(?:skriver|skrev|skrevet|oplyser|oplyste|rapporterer|rapporterede|melder|meldte|erfarer|erfarede|citerer)\b/u) },
  ],
};

/** Swedish cues. */
export const SV: LanguageCues = {
  lang: 'sv',
  rules: [
    { id: 'sv-enligt', kind: 'report', confidence: 0.95, before: u(/\b(?:enligt|Enligt|uppger|skriver|skrev|rapporterar|rapporterade|meddelar|citerar|berättar)\s+(?:tidningen\s+|nyhetsbyrån\s+|kanalen\s+)?$/u) },
    { id: 'sv-source-label', kind: 'report', kindInCaption: 'photo', confidence: 0.9, before: /(?:^|[\s(])(?:[Kk]älla|KÄLLA)\s*[:：]\s*$/ },
    { id: 'sv-told', kind: 'interview', confidence: 0.9, before: u(/\b(?:säger|sade|sa|berättar|berättade|uppger|uppgav)\b[^\n.]{0,40}\btill\s+$/u) },
    { id: 'sv-reported', kind: 'report', confidence: 0.9, verbOnly: true, after: u(/^\s+(?:har\s+)?(?:skriver|skrev|skrivit|uppger|uppgav|rapporterar|rapporterade|meddelar|erfar|citerar)\b/u) },
  ],
};

/** Czech cues. */
export const CS: LanguageCues = {
  lang: 'cs',
  rules: [
    { id: 'cs-podle', kind: 'report', confidence: 0.95, before: u(/\b(?:podle|Podle|jak\s+uvedl[aoi]?|jak\s+informoval[aoi]?|jak\s+napsal[aoi]?|jak\s+uvádí|informoval[aoi]?|uvedl[aoi]?|napsal[aoi]?|uvádí|píše)\s+(?:agentury\s+|deníku\s+|listu\s+|serveru\s+|televize\s+|stanice\s+)?$/u) },
    { id: 'cs-source-label', kind: 'report', kindInCaption: 'photo', confidence: 0.9, before: /(?:^|[\s(])(?:[Zz]droj|ZDROJ)\s*[:：]\s*$/ },
    { id: 'cs-told', kind: 'interview', confidence: 0.9, before: u(/\b(?:řekl[aoi]?|sdělil[aoi]?|uvedl[aoi]?|potvrdil[aoi]?)\s+(?:to\s+)?(?:v\s+rozhovoru\s+pro|pro)\s+$/u) },
    { id: 'cs-reported', kind: 'report', confidence: 0.9, verbOnly: true, after: u(/^\s+(?:to\s+)?(?:uvedl[aoi]?|informoval[aoi]?|napsal[aoi]?|uvádí|píše|informuje|zjistil[aoi]?)\b/u) },
  ],
};
