import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { u } from './regex';

/** Czech: its cue rules, descriptors and words. */
export const CS: LanguagePack = {
  code: 'cs',
  name: 'Czech',
  descBefore: u(
    /((?:^|\s))(?:[\p{Ll}]+(?:ý|á|é|ího|ém|ou)\s+){0,2}(?:agentura|agentury|agenturu|deník|deníku|list|listu|server|serveru|web|webu|televize|televizi|stanice|stanici|týdeník|týdeníku|magazín|magazínu|večerník|večerníku|bulvár|bulváru|rádio)\s+$/u,
  ),
  rules: [
    {
      id: 'cs-podle',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        /\b(?:podle|Podle|jak\s+uvedl[aoi]?|jak\s+informoval[aoi]?|jak\s+napsal[aoi]?|jak\s+uvádí|informoval[aoi]?|uvedl[aoi]?|napsal[aoi]?|uvádí|píše|hodnotí|hodnotil[aoi]?|tvrdí|dodal[aoi]?|připomněl[aoi]?|sdělil[aoi]?|upozornil[aoi]?|konstatoval[aoi]?|zjistil[aoi]?)\s+(?:agentury\s+|deníku\s+|listu\s+|serveru\s+|televize\s+|stanice\s+)?$/u,
      ),
    },
    {
      id: 'cs-quote-inverted',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        /["”“»],?\s+(?:hodnotí|píše|uvádí|napsal[aoi]?|uvedl[aoi]?|dodal[aoi]?|tvrdí|připomíná|konstatuje)\s+(?:\p{L}+\s+){0,3}$/u,
      ),
    },
    {
      id: 'cs-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:řekl[aoi]?|sdělil[aoi]?|uvedl[aoi]?|potvrdil[aoi]?)\s+(?:to\s+)?(?:v\s+rozhovoru\s+pro|pro)\s+$/u,
      ),
    },
    {
      id: 'cs-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        /^\s+(?:to\s+)?(?:uvedl[aoi]?|informoval[aoi]?|napsal[aoi]?|uvádí|píše|informuje|zjistil[aoi]?)\b/u,
      ),
    },
  ],
  words: {
    and: ['a'],
    articles: [],
    sourceLabels: ['Zdroj'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Foto', 'Fotografie', 'Kredit'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {},
  outletNouns: {
    'news-agency': ['agentura'],
    newspaper: ['deník', 'list', 'týdeník', 'večerník'],
    broadcaster: ['televize', 'stanice', 'rádio'],
    magazine: ['magazín'],
    online: ['server', 'web'],
  },
  nameEndings: {},
};
