import { CONFIDENCE } from '../tuning';
import type { CueRule, LanguagePack } from './pack';
import { isUnspacedScriptUnit } from '../text';
import { alternation } from './regex';

/** What may stand right before a label: a line start, a space or an opening bracket or bar. */
const LABEL_START = '(?:^|[\\s([|–（【［-])';

/**
 * The `<code>-source-label` rule of a pack, built from its labels: "Source: AP", "Quelle: dpa",
 * "Courtesy of Reuters". A credit of the outlet's reporting, or of the picture in a caption.
 * Null when the pack has no labels.
 */
export function sourceLabelRule(pack: LanguagePack): CueRule | null {
  const { sourceLabels, creditLabels, creditLeads } = pack.words;
  const parts: string[] = [];
  const labels = [...sourceLabels, ...creditLabels];
  if (labels.length) parts.push(`${LABEL_START}${alternation(labels, true)}\\s*[:：]\\s*$`);
  if (creditLeads.length)
    parts.push(`${LABEL_START}${alternation(creditLeads, true)}\\s*[:：]?\\s*$`);
  if (!parts.length) return null;
  return {
    id: `${pack.code}-source-label`,
    kind: 'report',
    kindInCaption: 'photo',
    confidence: CONFIDENCE.verb,
    before: new RegExp(parts.join('|'), 'u'),
  };
}

/**
 * A photo credit's mark, in every language the packs know: "©", "(c)", "Copyright", a photo
 * label before its colon ("Photo:", "Foto:", "Bild:", "Ảnh:", "사진="), or a mark that needs no
 * colon ("Фото", "写真", "Fot."). Source text for a pattern, not anchored.
 */
export function creditMarkSource(packs: readonly LanguagePack[]): string {
  const labels = packs.flatMap((p) => p.words.photoLabels);
  const marks = packs.flatMap((p) => p.words.photoMarks);
  const parts = ['©', '\\([cC]\\)', '[Cc]opyright', 'COPYRIGHT'];
  if (labels.length) parts.push(`${alternation(labels, true)}\\s*[:：|＝=/]`);
  // A mark in a spaced script ends at a word's end: "Фото ТАСС", not "Фотограф ТАСС".
  const spaced = marks.filter((m) => !isUnspacedScriptUnit(m.charCodeAt(m.length - 1)));
  const unspaced = marks.filter((m) => isUnspacedScriptUnit(m.charCodeAt(m.length - 1)));
  if (spaced.length) parts.push(`${alternation(spaced, true)}(?![\\p{L}\\p{N}])\\s*[:：＝=]?`);
  if (unspaced.length) parts.push(`${alternation(unspaced, true)}\\s*[:：＝=]?`);
  return `(?:${parts.join('|')})`;
}
