import { CONFIDENCE } from '../tuning';
import { creditMarkSource } from './labels';
import type { CueRule, LanguagePack } from './pack';
import { alternation, u } from './regex';

/**
 * The language-independent layer: credit shapes every language shares (datelines, wire tags,
 * "©", "John Smith/AFP", "AFP via Getty Images"). Words in them ("Photo:", "Foto:", "with",
 * "mit") come from the language packs, so one list feeds every rule that needs it.
 */

/** The packs' words a common rule reads, compiled into pattern sources. */
interface CommonWords {
  with: string;
  material: string;
  from: string;
  article: string;
  and: string;
}

function compileWords(packs: readonly LanguagePack[]): CommonWords {
  const all = (pick: (p: LanguagePack) => string[]) => packs.flatMap(pick);
  const articles = all((p) => p.words.articles);
  const spaced = articles.filter((a) => !/['’]$/.test(a));
  const elided = articles.filter((a) => /['’]$/.test(a));
  return {
    with: alternation(
      all((p) => p.words.with),
      true,
    ),
    material: alternation(
      all((p) => p.words.material),
      true,
    ),
    from: alternation(all((p) => p.words.from)),
    article: `(?:${alternation(spaced)}\\s+|${alternation(elided)})?`,
    and: alternation(all((p) => p.words.and)),
  };
}

/** Credit shapes read in any language, tried right after the article's own language. */
export function buildCommonRules(packs: readonly LanguagePack[]): CueRule[] {
  const mark = creditMarkSource(packs);
  const w = compileWords(packs);
  return [
    {
      // "WASHINGTON (AP) —", "(Reuters) -", "Bruselas, 7 oct (EFE).-", "SEOUL, Aug. 20 (Yonhap) --",
      // "Hamburg (dpa/lno) -" (a wire's regional service after a slash), "Wien (APA/dpa) -" (two)
      id: 'paren-wire-dateline',
      kind: 'byline',
      confidence: CONFIDENCE.verb,
      structural: true,
      before: /(?:^|[\s,.\n])\(\s*(?:\p{L}[\p{L}-]{1,14}\s*\/\s*){0,2}$/u,
      // The danda (।) ends a Hindi or Bengali dateline as a dash does: "नई दिल्ली (आईएएनएस)।".
      after: /^\s*(?:\/\s*\p{L}[\p{L}-]{1,14}\s*){0,2}\)\s*(?:\.?\s*[-–—:।]|\.-|\.\s*$)/u,
    },
    {
      // "La Habana, 3 feb (Prensa Latina) El Gobierno…", "Caracas, 5 de marzo (Xinhua) El…":
      // some wires put no dash after the tag; a place and a day before it make it a dateline.
      id: 'dated-wire-dateline',
      kind: 'byline',
      confidence: CONFIDENCE.verb,
      structural: true,
      before: /(?:^|\n)\s*\p{Lu}[\p{L}.'’ -]{1,30},\s*\d{1,2}\s+(?:de\s+)?\p{L}{3,10}\.?\s*\(\s*$/u,
      after: /^\s*\)\s+(?=\p{Lu})/u,
    },
    {
      // "(ats/nxp)", "(AFP/dpa)": a wire tag with the editor's initials.
      id: 'paren-wire-tag',
      kind: 'byline',
      // Closing a caption, "(WAM)" credits the picture above it.
      kindInCaption: 'photo',
      confidence: CONFIDENCE.pattern,
      structural: true,
      before: /\(\s*(?:[\p{L}]{2,12}\s*\/\s*)?$/u,
      after: /^\s*(?:\/\s*[\p{Ll}\p{Lu}]{2,12}\s*)?\)\s*(?:$|\n)/u,
    },
    {
      // "aja/PAP", "Von: det/dpa", "sda/ats": initials, a slash, the wire, end of line.
      id: 'slash-wire-tag',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      structural: true,
      before: /(?:^|[\s(:])\p{Ll}{2,5}\s?\/\s?$/u,
      after: /^\s*(?:$|\n|[).;,])/u,
    },
    {
      // "… sucht Zeugen. dpa/jk": the wire, a slash and the editor's initials closing a story;
      // "dpa/AFP/tno": several wires before the initials.
      id: 'wire-slash-initials',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      structural: true,
      before: /(?:^|\n|[.!?»"”)]\s)(?:\p{L}[\p{L}-]{1,14}\s?\/\s?){0,2}$/u,
      after: /^\s?(?:\/\s?\p{L}[\p{L}-]{1,14}\s?){0,2}\/\s?\p{Ll}{2,4}\s*(?:$|\n)/u,
    },
    {
      // "(TASR, ČTK, Reuters)", "(AFP, dpa)" closing a story: a line of several wires, the first
      // of them read here and the rest through the list.
      id: 'paren-wire-list',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      structural: true,
      before: /(?:^|[\s.!?»”"])\(\s*$/u,
      after:
        /^(?:\s*[,;/]\s*[\p{L}\p{N}][\p{L}\p{N}.&-]{1,24}(?:\s\p{Lu}[\p{L}.&-]{1,20})?){1,5}\s*\)\s*\.?\s*(?:$|\n)/u,
    },
    {
      // "【6月18日 AFP】", "［北京 17日 ロイター］" (full-width brackets and spaces too)
      id: 'bracket-dateline',
      kind: 'byline',
      confidence: CONFIDENCE.verb,
      structural: true,
      before: /[【［[][^】］\]\n]{0,24}$/u,
      after: /^[^【］\]\n]{0,4}[】］\]]/u,
    },
    {
      // "(AP Photo/Evan Vucci)", "AP Photo", "Reuters Photo", "AFP Foto"
      id: 'photo-tag',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      structural: true,
      after: /^\s*(?:Photos?|PHOTOS?|Foto|FOTO|Photograph|Images?|Pictures?)(?![\p{L}])/u,
    },
    {
      // "(AP Video/…)", "Reuters TV"
      id: 'video-tag',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      structural: true,
      after: /^\s*(?:Video|VIDEO|Vidéo)(?:\s*[/:]|\s*$)/u,
    },
    {
      // "© AFP / JEFF PACHOUD", "Image copyright Reuters", "Photo: David Zalubowski, STF / Associated Press",
      // "Foto: SWR/picture alliance/dpa": the name sits in a credit line, after its mark.
      id: 'credit-line',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      structural: true,
      // The credit ends at its line's end: the name opening the next line is not in it.
      before: u(new RegExp(`${mark}[^\\n.!?;:]{0,70}(?:[^\\S\\n]|[/,|·–—(-])$|${mark}\\s*$`)),
    },
    {
      // "John Smith/AFP", "Chuck Burton/AP", "(Elias Funez/The Union via AP)": a name, a slash, the
      // outlet, then the end of the credit.
      id: 'photo-slash-credit',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      before: /[\p{L}.)]\s?\/\s?$/u,
      after: /^\s*(?:$|\n|[)\]|,;]|\.\s*(?:$|\n)|\/|\s+via\s|\s*[-–—]\s)/u,
    },
    {
      // "REUTERS/Evelyn Hockstein", "(AFP/Jane Doe)", "Europa Press/Contacto/…": a wire opening a credit.
      id: 'credit-slash-name',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
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
      confidence: CONFIDENCE.verb,
      structural: true,
      after: /^\s+via\s+(?:Getty|AP\b|Reuters|AFP|Imago|IMAGO|Shutterstock|Alamy)/u,
    },
    {
      // "(Elias Funez/The Union via AP)", "(… Press Service photo via AP)"
      id: 'credit-via',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      structural: true,
      before:
        /(?:\/[^\n/()]{1,60}|\([^\n/()]{1,60}|[Pp]hoto|[Ii]mage|[Ff]oto|[Vv]ideo)\s+v[ií]a\s+$/u,
    },
    {
      // "Prétexte - Belga", "Jane Doe - Reuters": a short credit line ending with the outlet.
      id: 'dash-credit',
      kind: 'photo',
      confidence: CONFIDENCE.position,
      exactCase: true,
      before: /(?:^|\n)[^\n.!?]{1,60}[\p{L})]\s[-–—]\s$/u,
      after: /^\s*(?:$|\n)/u,
    },
    {
      // "… sufre, para superarla como merece». EFE": a wire signing off the last line of a story.
      id: 'wire-signoff',
      kind: 'byline',
      // Closing a caption ("A file picture of the refinery. Reuters"), it credits the picture.
      kindInCaption: 'photo',
      confidence: CONFIDENCE.position,
      structural: true,
      exactCase: true,
      before: /[.!?»"”)]\s*(?:[-–—]\s*)?$/u,
      after: /^\s*\.?\s*(?:$|\n)/u,
    },
    {
      // "Mit Material von dpa und AFP", "(mit Material der Nachrichtenagenturen dpa und Reuters)",
      // "(con información de EFE)": the story is written from the wire's material.
      id: 'with-material',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      structural: true,
      before: u(
        new RegExp(
          `(?:^|\\n|\\()[^\\n()]{0,40}\\b${w.with}\\s+${w.material}\\s+${w.from}?\\s*${w.article}(?:[\\p{L}-]+\\s+)?$`,
        ),
      ),
      after: new RegExp(`^\\s*(?:$|\\n|\\)|,|;|\\.\\s*(?:$|\\n)|\\s${w.and}\\s)`, 'u'),
    },
    {
      // "Le Monde with AFP", "(FR mit dpa)", "Redaktion mit Material von dpa", "(con información de EFE)"
      id: 'with-wire',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      structural: true,
      before: u(
        new RegExp(
          `(?:^|\\n|\\()[^\\n()]{0,40}\\b${w.with}\\s+(?:${w.material}\\s+${w.from}?\\s*${w.article})?$`,
        ),
      ),
      after: new RegExp(`^\\s*(?:$|\\n|\\)|,|;|\\.\\s*(?:$|\\n)|\\s${w.and}\\s)`, 'u'),
    },
    {
      // "Politico: “Biden thinks …”": a headline crediting the outlet.
      id: 'name-colon-quote',
      kind: 'report',
      confidence: CONFIDENCE.headline,
      before: /(?:^|\n|[—–]\s?|\s[-|]\s)\s*$/u,
      after: /^\s?[:：]\s?["“„«「]/u,
    },
  ];
}

/**
 * Not credits, whatever the language: the outlet inside a larger name or address
 * ("Reuters Institute", "(Rede-AP)", "cnn.com/politics"). A prefix a language glues to names
 * with a hyphen ("ל-ynet", `namePrefix`) is not such a word.
 */
export function buildCommonNegatives(packs: readonly LanguagePack[]): CueRule[] {
  const prefixes = packs.flatMap((p) => (p.namePrefix ? [p.namePrefix.source] : []));
  const notPrefix = prefixes.length ? `(?!${prefixes.join('|')})` : '';
  return [
    {
      id: 'glued-hyphen-before',
      kind: null,
      confidence: CONFIDENCE.veto,
      // From a word's start, so that the word can be compared with the prefixes as a whole.
      before: new RegExp(
        `(?:^|[^\\p{L}\\p{N}\\p{M}])${notPrefix}[\\p{L}\\p{N}\\p{M}]*[\\p{L}\\p{N}][-‐]$`,
        'u',
      ),
    },
    {
      id: 'url-path',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: /(?:https?:\/\/|www\.)[^\s]{0,60}$/u,
    },
  ];
}
