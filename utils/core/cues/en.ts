import type { LanguageCues } from './rule';

const SOURCE_LABEL = /(?:^|[([\s])(?:source|sources|photo|photos|credit|image|video|photograph|picture)\s*:\s*$/i;

/** English cues. */
export const EN: LanguageCues = {
  lang: 'en',
  rules: [
    { id: 'en-source-label', kind: 'report', kindInCaption: 'photo', confidence: 0.9, before: SOURCE_LABEL },
    { id: 'en-according-to', kind: 'report', confidence: 0.95, before: /\baccording to\s+(?:the\s+|a\s+(?:report|story|article)\s+(?:by|in|from)\s+(?:the\s+)?)?$/i },
    { id: 'en-citing', kind: 'report', confidence: 0.9, before: /\b(?:citing|cited by|quoting)\s+(?:the\s+)?$/i },
    { id: 'en-reported-by', kind: 'report', confidence: 0.9, before: /\b(?:as\s+)?(?:first\s+)?(?:reported|revealed|published|broken)\s+(?:by|in)\s+(?:the\s+)?$/i },
    { id: 'en-told', kind: 'interview', confidence: 0.9, before: /\b(?:told|tells|telling)\s+(?:the\s+)?$/i },
    { id: 'en-interview', kind: 'interview', confidence: 0.9, before: /\b(?:in|during)\s+(?:an?\s+)?(?:\w+\s+)?interview\s+(?:with|on|to)\s+(?:the\s+)?$/i },
    { id: 'en-speaking-to', kind: 'interview', confidence: 0.85, before: /\b(?:speaking|spoke|talking)\s+(?:to|with)\s+(?:the\s+)?$/i },
    { id: 'en-additional-reporting', kind: 'byline', confidence: 0.9, before: /\b(?:additional\s+)?reporting\s+(?:by|from)\s+(?:the\s+)?$/i },
    { id: 'en-contributed', kind: 'byline', confidence: 0.9, after: /^\s+contributed\s+to\s+this\s+(?:report|story|article)/i },
    { id: 'en-with-wire', kind: 'byline', confidence: 0.85, before: /\(\s*with\s+$/i, after: /^\s*\)/ },
    { id: 'en-byline', kind: 'byline', confidence: 0.85, roles: ['byline'] },
    { id: 'en-quoted', kind: 'quote', confidence: 0.9, after: /^\s+(?:has\s+|had\s+)?quoted\b/i },
    { id: 'en-analysis', kind: 'analysis', confidence: 0.9, after: /^\s+(?:has\s+|had\s+)?(?:published|ran|carried)\s+an?\s+(?:analysis|assessment)\b/i },
    { id: 'en-analysis-by', kind: 'analysis', confidence: 0.85, before: /\b(?:an?\s+)?analysis\s+(?:by|from)\s+(?:the\s+)?$/i },
    { id: 'en-reported', kind: 'report', confidence: 0.9, after: /^(?:'s?\s+\w+(?:\s+\w+)?)?\s+(?:has\s+|had\s+|also\s+|first\s+|previously\s+|earlier\s+)?(?:reported|reports|said|says|wrote|writes|revealed|reveals|learned|confirmed|found|noted|published|broke the news)\b/i },
    { id: 'en-per', kind: 'report', confidence: 0.8, before: /\b(?:per|via)\s+(?:the\s+)?$/i },
    { id: 'en-report-by', kind: 'report', confidence: 0.85, before: /\b(?:an?\s+|the\s+)?(?:report|story|article|investigation|poll|survey)\s+(?:by|from|in)\s+(?:the\s+)?$/i },
    { id: 'en-originally', kind: 'other', confidence: 0.9, before: /\b(?:originally|first)\s+(?:appeared|published|ran)\s+(?:on|in|at)\s+(?:the\s+)?$/i },
  ],
};
