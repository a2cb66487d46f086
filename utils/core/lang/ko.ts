import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';

/** Korean: its cue rules, descriptors and words. */
export const KO: LanguagePack = {
  code: 'ko',
  name: 'Korean',
  rules: [
    {
      id: 'ko-according',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after:
        /^\s*(?:의\s*)?(?:보도에\s*따르면|에\s*따르면|보도했다|는\s*보도했다|은\s*보도했다|가\s*보도했다|이\s*보도했다|는\s*전했다|은\s*전했다|가\s*전했다|이\s*전했다|는\s*[^\n.]{0,20}보도했다|등이\s*보도했다|등에\s*따르면)/u,
    },
    {
      id: 'ko-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after:
        /^\s*(?:와의\s*인터뷰|과의\s*인터뷰|와\s*인터뷰|과\s*인터뷰|에\s*(?:[^\n.]{0,10})?(?:말했다|밝혔다))/u,
    },
    {
      id: 'ko-photo',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      before: /(?:사진|영상|자료)\s*[=:：]\s*$/u,
    },
  ],
  words: {
    and: ['와', '과'],
    articles: [],
    sourceLabels: ['출처'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['사진'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {},
  outletNouns: {
    'news-agency': ['통신'],
    newspaper: ['신문', '일보'],
    broadcaster: ['방송'],
    magazine: ['잡지'],
    online: [],
  },
  nameEndings: {
    newspaper: ['일보', '신문'],
    'news-agency': ['통신'],
    broadcaster: ['방송'],
  },
};
