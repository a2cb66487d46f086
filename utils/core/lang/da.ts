import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { u } from './regex';

/** Danish: its cue rules, descriptors and words. */
export const DA: LanguagePack = {
  code: 'da',
  name: 'Danish',
  descBefore: u(
    /((?:^|\s))(?:den\s+|det\s+|de\s+)?(?:[\p{Ll}-]+e\s+){0,2}(?:avis|avisen|dagblad|dagbladet|nyhedsbureau|nyhedsbureauet|bureau|bureauet|tv-station|tv-kanal|kanal|kanalen|station|medie|mediet|netavis|magasin|ugeavis)\s+$/u,
  ),
  rules: [
    {
      id: 'da-byline-af',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before: /(?:^|\n)\s*(?:[Aa]f|AF)\s+(?:[^\n,]{1,60},\s*)?$/u,
    },
    {
      id: 'da-ifolge',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        /\b(?:ifølge|Ifølge|oplyser|skriver|skrev|rapporterer|melder|meldte|siger|citerer|fortæller|erfarer)\s+(?:både\s+)?(?:avisen\s+|mediet\s+|bureauet\s+)?$/u,
      ),
    },
    {
      id: 'da-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:siger|sagde|fortæller|fortalte|oplyser|oplyste|skriver)\b[^\n.]{0,40}\btil\s+$/u,
      ),
    },
    {
      id: 'da-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        /^\s+(?:har\s+)?(?:skriver|skrev|skrevet|oplyser|oplyste|rapporterer|rapporterede|melder|meldte|erfarer|erfarede|citerer)\b/u,
      ),
    },
  ],
  words: {
    and: ['og'],
    articles: [],
    sourceLabels: ['Kilde'],
    creditLabels: ['Kredit'],
    creditLeads: [],
    photoLabels: ['Foto', 'Kredit'],
    photoMarks: [],
    with: ['med'],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {},
  outletNouns: {
    'news-agency': ['nyhedsbureau', 'bureau'],
    newspaper: ['avis', 'dagblad', 'ugeavis', 'netavis'],
    broadcaster: ['tv-station', 'tv-kanal', 'kanal', 'station'],
    magazine: ['magasin'],
    online: ['medie'],
  },
  nameEndings: {
    newspaper: ['Avis', 'Tidende', 'Posten', 'Bladet'],
  },
};
