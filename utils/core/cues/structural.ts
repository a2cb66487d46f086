import type { CueRule } from './rule';
import { u } from './shared';

/**
 * Language-independent credit shapes: photo credits, copyright lines, wire datelines and tags.
 * Tried right after the article's own language. Credit labels that are words ("Photo:",
 * "Foto:", "Ảnh:") are listed here too: they are short, and captions are often left untranslated.
 */
const CREDIT_MARK =
  '(?:©|\\([cC]\\)|[Cc]opyright|COPYRIGHT|[Pp]hoto(?:graph)?s?\\s*[:：|]|PHOTO\\s*[:：]|[Ff]oto(?:s|grafie|graf[ií]a|grafia)?\\s*[:：|]|FOTO\\s*[:：]|[Bb]ild(?:er)?\\s*[:：]|Ảnh\\s*[:：]|ẢNH\\s*[:：]|Фото\\s*[:：]?|ФОТО\\s*[:：]?|[Zz]dj[eę]ci[ea]\\s*[:：]|[Ff]ot\\.|[Ii]mage\\s*[:：]|[Ii]llustration\\s*[:：]|[Cc]r[ée]dits?(?:\\s+photo)?\\s*[:：]|写真\\s*[:：＝=]?|图片?\\s*[:：/]|사진\\s*[:：=]|صورة\\s*[:：]?|[Kk]redit\\s*[:：]|[Ff]ilm\\s*[:：]|[Vv]idéo\\s*[:：]|[Vv]ideo\\s*[:：])';

export const STRUCTURAL_RULES: CueRule[] = [
  {
    // "WASHINGTON (AP) —", "(Reuters) -", "Bruselas, 7 oct (EFE).-", "SEOUL, Aug. 20 (Yonhap) --"
    id: 'paren-wire-dateline',
    kind: 'byline',
    confidence: 0.9,
    structural: true,
    before: /(?:^|[\s,.\n])\(\s*$/u,
    after: /^\s*\)\s*(?:\.?\s*[-–—:]|\.-|\.\s*$)/u,
  },
  {
    // "(ats/nxp)", "(AFP/dpa)": a wire tag with the editor's initials.
    id: 'paren-wire-tag',
    kind: 'byline',
    confidence: 0.85,
    structural: true,
    before: /\(\s*(?:[\p{L}]{2,12}\s*\/\s*)?$/u,
    after: /^\s*(?:\/\s*[\p{Ll}\p{Lu}]{2,12}\s*)?\)\s*(?:$|\n)/u,
  },
  {
    // "aja/PAP", "Von: det/dpa", "sda/ats": initials, a slash, the wire, end of line.
    id: 'slash-wire-tag',
    kind: 'byline',
    confidence: 0.85,
    structural: true,
    before: /(?:^|[\s(:])\p{Ll}{2,5}\s?\/\s?$/u,
    after: /^\s*(?:$|\n|[).;,])/u,
  },
  {
    // "【6月18日 AFP】", "［北京 17日 ロイター］" (full-width brackets and spaces too)
    id: 'bracket-dateline',
    kind: 'byline',
    confidence: 0.9,
    structural: true,
    before: /[【［[][^】］\]\n]{0,24}$/u,
    after: /^[^【］\]\n]{0,4}[】］\]]/u,
  },
  {
    // "(AP Photo/Evan Vucci)", "AP Photo", "Reuters Photo", "AFP Foto"
    id: 'photo-tag',
    kind: 'photo',
    confidence: 0.9,
    structural: true,
    after: /^\s*(?:Photos?|PHOTOS?|Foto|FOTO|Photograph|Images?|Pictures?)(?![\p{L}])/u,
  },
  {
    // "(AP Video/…)", "Reuters TV"
    id: 'video-tag',
    kind: 'video',
    confidence: 0.85,
    structural: true,
    after: /^\s*(?:Video|VIDEO|Vidéo)(?:\s*[/:]|\s*$)/u,
  },
  {
    // "© AFP / JEFF PACHOUD", "Image copyright Reuters", "Photo: David Zalubowski, STF / Associated Press",
    // "Foto: SWR/picture alliance/dpa": the name sits in a credit line, after its mark.
    id: 'credit-line',
    kind: 'photo',
    confidence: 0.9,
    structural: true,
    before: u(new RegExp(`${CREDIT_MARK}[^\\n.!?;:]{0,70}[\\s/,|·–—(-]$|${CREDIT_MARK}\\s*$`)),
  },
  {
    // "John Smith/AFP", "Chuck Burton/AP", "(Elias Funez/The Union via AP)": a name, a slash, the
    // outlet, then the end of the credit.
    id: 'photo-slash-credit',
    kind: 'photo',
    confidence: 0.85,
    before: /[\p{L}.)]\s?\/\s?$/u,
    after: /^\s*(?:$|\n|[)\]|,;]|\.\s*(?:$|\n)|\/|\s+via\s|\s*[-–—]\s)/u,
  },
  {
    // "REUTERS/Evelyn Hockstein", "(AFP/Jane Doe)", "Europa Press/Contacto/…": a wire opening a credit.
    id: 'credit-slash-name',
    kind: 'photo',
    confidence: 0.85,
    structural: true,
    before: /(?:^|\n|[.!?)"”»]\s|\(\s?|[:：]\s?)$/,
    // After the slash: a person ("Evelyn Hockstein"), another credit part ("Contacto/"), or a name in capitals ending the credit.
    after:
      /^\s?\/\s?(?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s\p{Lu}\p{Ll}|\p{Lu}[\p{L}-]+\s?\/|\p{Lu}\p{Ll}+\s?\)|\p{Lu}+\s\p{Lu}+\s?(?:$|\n|\)))/u,
  },
  {
    // "AFP via Getty Images", "Anadolu via Getty Images"
    id: 'via-getty',
    kind: 'photo',
    confidence: 0.9,
    structural: true,
    after: /^\s+via\s+(?:Getty|AP\b|Reuters|AFP|Imago|IMAGO|Shutterstock|Alamy)/u,
  },
  {
    // "(Elias Funez/The Union via AP)", "(… Press Service photo via AP)"
    id: 'credit-via',
    kind: 'photo',
    confidence: 0.85,
    structural: true,
    before:
      /(?:\/[^\n/()]{1,60}|\([^\n/()]{1,60}|[Pp]hoto|[Ii]mage|[Ff]oto|[Vv]ideo)\s+v[ií]a\s+$/u,
  },
  {
    // "Prétexte - Belga", "Jane Doe - Reuters": a short credit line ending with the outlet.
    id: 'dash-credit',
    kind: 'photo',
    confidence: 0.75,
    before: /(?:^|\n)[^\n.!?]{1,60}[\p{L})]\s[-–—]\s$/u,
    after: /^\s*(?:$|\n)/u,
  },
  {
    // "(AP)" or "(Reuters)" standing alone at the end of a paragraph or caption; "(reuters)".
    id: 'paren-tag',
    kind: 'byline',
    confidence: 0.8,
    kindInCaption: 'photo',
    structural: true,
    before: /(?:^|[\s\p{P}])\(\s*$/u,
    after: /^\s*\)\s*(?:$|\n)/u,
  },
  {
    // "… sufre, para superarla como merece». EFE": a wire signing off the last line of a story.
    id: 'wire-signoff',
    kind: 'byline',
    confidence: 0.75,
    structural: true,
    before: /[.!?»"”)]\s*(?:[-–—]\s*)?$/u,
    after: /^\s*\.?\s*(?:$|\n)/u,
  },
  {
    // "Le Monde with AFP", "(FR mit dpa)", "Redaktion mit Material von dpa", "(con información de EFE)"
    id: 'with-wire',
    kind: 'byline',
    confidence: 0.85,
    structural: true,
    before: u(
      /(?:^|\n|\()[^\n()]{0,40}\b(?:with|With|WITH|avec|Avec|mit|Mit|con|Con|com|Com|met|med|z)\s+(?:(?:material|Material|informações|información|informaciones|information|informations|agences|agencias|agências|Agenturen|Agenturmaterial|wires|reporting)\s+(?:from|de|von|d[aoe]s?|by)?\s*(?:la\s+|l['’]|der\s+|the\s+)?)?$/u,
    ),
    after: /^\s*(?:$|\n|\)|,|;|\.\s*(?:$|\n)|\s(?:and|et|und|y|e|i|og|och)\s)/u,
  },
  {
    // "Politico: “Biden thinks …”": a headline crediting the outlet.
    id: 'name-colon-quote',
    kind: 'report',
    confidence: 0.7,
    before: /(?:^|\n|[—–]\s?|\s[-|]\s)\s*$/u,
    after: /^\s?[:：]\s?["“„«「]/u,
  },
];

/**
 * Not credits, whatever the language: the outlet inside a larger name or address
 * ("Reuters Institute", "(Rede-AP)", "cnn.com/politics").
 */
export const STRUCTURAL_NEGATIVES: CueRule[] = [
  {
    id: 'glued-hyphen-before',
    kind: null,
    confidence: 1,
    before: /[\p{L}\p{N}][-‐]$/u,
  },
  {
    id: 'url-path',
    kind: null,
    confidence: 1,
    before: /(?:https?:\/\/|www\.)[^\s]{0,60}$/u,
  },
];
