/**
 * Cue rules, descriptors and words of Serbian, Croatian and Bosnian, built from the shared tables
 * (bcs-tables.ts) under each pack's code, in Latin and Cyrillic script. Names decline: "prema
 * pisanju Blica" (genitive), "rekao je Tanjugu" (dative), "za N1" (accusative), "na RTS-u"
 * (locative), "s Rojtersom" (instrumental); a descriptor before the name takes the case instead
 * ("agenciji Beta", "lista Politika").
 */
import { CONFIDENCE } from '../tuning';
import type { CueRule, LanguagePack, LanguageWords, NameInflection } from './pack';
import { u } from './regex';
import {
  bothScripts,
  CLITICS,
  cyrillic,
  INFO,
  ON_AIR,
  REPORTED_PAST,
  REPORTS_NOW,
  SAID,
} from './bcs-tables';

const REPORTS = `(?:${REPORTED_PAST}|${REPORTS_NOW})`;
const C = `(?:(?:${CLITICS})\\s+)`;

/** Descriptors in every case: "agencija", "agencije", "agenciji", "listu", "portalom". */
const DESC = `(?:[\\p{Ll}-]+(?:ski|ska|sko|skog|skom|ske|skoj|ki|ka|koj|ni|na|nog|nom|noj|ne|nu)\\s+){0,2}(?:agencij[aeiu]|agencijom|novinsk\\p{L}*\\s+agencij\\p{L}*|list(?:a|u|om)?|dnevn(?:i|og|om)\\s+list(?:a|u|om)?|dnevnik(?:a|u|om)?|nedeljnik(?:a|u|om)?|tjednik(?:a|u|om)?|nedjeljnik(?:a|u|om)?|magazin(?:a|u|om)?|časopis(?:a|u|om)?|portal(?:a|u|om)?|sajt(?:a|u|om)?|televizij[aeiu]|televizijom|tv\\s+stanic\\p{L}*|stanic[aeiu]|radij[aeiu]|radio|radiom|kanal(?:a|u|om)?|medij(?:a|u|em|ima)?|tabloid(?:a|u|om)?|servis(?:a|u|om)?)`;

/** What closes a told clause: "rekao je za N1, da…", "…za RTS da…", "…Tanjugu." */
const CLAUSE_END = `^(?:-\\p{L}{1,3})?(?:\\s*(?:[.,;:!?)“”"»–-]|$)|\\s+(?:da|kako|je|su|sam|što|šta|i\\s+da)\\b)`;

/** The pattern of a source, in Latin script or in both scripts. */
type Compile = (source: string) => RegExp;

function rule(base: CueRule, compile: Compile, before?: string, after?: string): CueRule {
  const r: CueRule = { ...base };
  if (before !== undefined) r.before = compile(before);
  if (after !== undefined) r.after = compile(after);
  return r;
}

/**
 * The rules of the pack `code` ("sr", "hr", "bs"), in Latin script and, with `withCyrillic`, in
 * Serbian Cyrillic too. The three packs take the same patterns, so that articles in other
 * languages try them once (registry.ts).
 */
export function bcsRules(code: string, withCyrillic: boolean): CueRule[] {
  const compile: Compile = (source) =>
    u(new RegExp(withCyrillic ? bothScripts(source) : source, 'i'));
  return bcsRuleList(compile).map((r) => ({ ...r, id: `${code}-${r.id}` }));
}

function bcsRuleList(compile: Compile): CueRule[] {
  const veto = { kind: null, confidence: CONFIDENCE.veto };
  return [
    // "radio je na N1", "urednik Blica", "vlasnik Pinka": employer, owner, host.
    rule(
      { id: 'actor', ...veto },
      compile,
      `\\b(?:(?:radio|radila|radili|radi|rade|zaposlen\\p{L}*|prešao|prešla|došao|došla|otišao|otišla|karijeru\\s+(?:je\\s+)?(?:počeo|počela|gradio|gradila))\\s+(?:${C}){0,2}(?:u|na|za|iz)|(?:urednik|urednica|urednika|glavni\\s+urednik|glavna\\s+urednica|vlasnik|vlasnica|vlasnika|direktor|direktorica|direktorka|voditelj|voditeljica|voditeljka|novinar|novinarka|novinara|reporter|reporterka|dopisnik|dopisnica|bivši\\s+novinar|bivša\\s+novinarka|suvlasnik)(?:\\s+(?:u|na|iz))?|(?:kupio|kupila|prodao|prodala|tužio|tužila|kaznio|kaznila|ugasio|ugasila)|(?:emitovan|emitiran|prikazan)\\p{L}*\\s+(?:na|u|preko))\\s+$`,
    ),
    // "RTS će prenositi utakmicu", "Pink je kupio prava", "N1 je kažnjen"
    rule(
      { id: 'actor-verb', ...veto },
      compile,
      undefined,
      `^(?:-\\p{L}{1,3})?\\s+(?:(?:je|su|će)\\s+)?(?:(?:prenositi|prenosi|emitovati|emitirati|emituje|emitira|prikazati|prikazuje)\\s+(?:uživo\\s+|direktno\\s+)?(?:utakmic|meč|finale|koncert|prenos|prijenos|seriju|film|ceremonij|svečan|dodjel|dodel)|kupio|kupila|kupili|prodao|prodala|prodat|zaposlio|zaposlila|otpustio|otpustila|ugasio|ugašen|kažnjen|tužen|proslavio|proslavila|slavi\\s+\\d|dobio\\s+(?:nagrad|kazn))`,
    ),
    // "istraživanje Ipsosa za N1", "anketa rađena po narudžbi Blica"
    rule(
      { id: 'poll', kind: 'analysis', confidence: CONFIDENCE.pattern },
      compile,
      `\\b(?:istraživanj\\p{L}*|anket\\p{L}*|istraživačk\\p{L}*|sondaž\\p{L}*)\\b[^\\n.]{0,60}?\\s(?:za|po\\s+narudžbi|naručen\\p{L}*\\s+od|rađen\\p{L}*\\s+za|provedeno\\s+za|sprovedeno\\s+za)\\s+$`,
    ),
    // "analiza Bloomberga", "prema računici Index.hr-a"
    rule(
      { id: 'analysis', kind: 'analysis', confidence: CONFIDENCE.pattern },
      compile,
      `\\b(?:(?:prema|po|iz)\\s+)?(?:analiz[aeiu]|analizom|računic[aeiu]|izračun[aeu]?|procen[aeiu]|procjen[aeiu])\\s+$`,
    ),
    // "prema pisanju Blica", "prema Rojtersu", "kako javlja Tanjug", "kako je saznao N1"
    rule(
      { id: 'prema', kind: 'report', confidence: CONFIDENCE.explicit },
      compile,
      `\\b(?:(?:prema|po|sudeći\\s+po|kako\\s+se\\s+navodi\\s+u)(?:\\s+(?:${INFO}))?|kako\\s+(?:${C}){0,2}(?:${REPORTS})(?:\\s+(?:${CLITICS})){0,2}|kako\\s+(?:${C}){0,2}(?:saznaje|saznaju|doznaje|doznaju|saznao|saznala|doznao|doznala)|(?:kako\\s+)?(?:navodi\\s+se|piše|pisalo\\s+je|stoji|se\\s+navodi|kaže\\s+se)\\s+u\\s+(?:tekstu|članku|izveštaju|izvještaju|saopštenju)|kako\\s+prenosi|kako\\s+(?:je\\s+)?objavio|kako\\s+(?:je\\s+)?objavila)\\s+$`,
    ),
    // "AFP, pozivajući se na Rojters", "citirajući Bloomberg", "koga citira Tanjug"
    rule(
      { id: 'citing', kind: 'report', confidence: CONFIDENCE.verb, chain: true },
      compile,
      `\\b(?:pozivajući\\s+se\\s+na(?:\\s+(?:pisanje|navode|izvore|informacije|saznanja))?|pozivajući\\s+se\\s+na\\s+izveštaj|pozivajući\\s+se\\s+na\\s+izvještaj|pozivaju\\s+se\\s+na|poziva\\s+se\\s+na|uz\\s+poziv\\s+na|citirajući|koga\\s+citira|koju\\s+citira|citiran\\p{L}*\\s+od\\s+strane|navodi\\s+se\\s+u\\s+tekstu)\\s+$`,
    ),
    // "u intervjuu za N1", "gostujući na RTS-u", "u emisiji 'Hit tvit' na TV Pink"
    rule(
      { id: 'interview', kind: 'interview', confidence: CONFIDENCE.verb },
      compile,
      `(?:\\b(?:${ON_AIR})(?:\\s+[^\\n.;]{1,50}?\\s+(?:na|za|u|televizije|radija))?|\\bgostova(?:o|la|li|le)(?:\\s+(?:${CLITICS})){0,2}(?:\\s+u\\s+emisiji\\s+[^\\n.;]{1,50}?)?\\s+(?:na|u)|\\b(?:${SAID})\\s+(?:${C}){0,3}(?:u\\s+(?:emisiji|studiju|dnevniku|programu|eteru)|na|gostujući\\s+na))\\s+[„"“«']?$`,
    ),
    // "rekao je za N1", "izjavila je Tanjugu", "kazao je agenciji Beta", "u izjavi za Blic"
    rule(
      { id: 'told', kind: 'quote', confidence: CONFIDENCE.verb },
      compile,
      `(?:\\b(?:${SAID})(?:\\s+(?:${CLITICS})){0,3}(?:\\s+[\\p{L}.-]+){0,2}\\s+(?:za|(?:${DESC}))|\\bu\\s+(?:(?:pisanoj|kratkoj|ekskluzivnoj)\\s+)?izjavi\\s+za|\\bizjav[aeiu]\\s+za|\\bpotvrdi\\p{L}*\\s+(?:je\\s+)?za)\\s+[„"“«']?$`,
      CLAUSE_END,
    ),
    // "izjavio je Tanjugu", "rekla je Rojtersu": the hearer in the dative.
    {
      ...rule(
        { id: 'told-dative', kind: 'quote', confidence: CONFIDENCE.verb },
        compile,
        `\\b(?:${SAID})(?:\\s+(?:${CLITICS})){0,3}\\s+$`,
        CLAUSE_END,
      ),
      endings: ['u', 'i', 'oj', 'у', 'и', 'ој'],
    },
    // "Tanjugu je potvrdio…", "Blicu je rekla…": the hearer opening the sentence.
    rule(
      { id: 'told-front', kind: 'quote', confidence: CONFIDENCE.verb },
      compile,
      `(?:^|[.!?»”"]\\s+|\\n)\\s*$`,
      `^(?:-\\p{L}{1,3})?\\s+(?:(?:${CLITICS})\\s+){1,3}(?:[\\p{L}.-]+\\s+){0,2}(?:${SAID})\\b`,
    ),
    // "Premijerka je za Blic rekla…": "za" and the hearer before the verb.
    rule(
      { id: 'told-za', kind: 'quote', confidence: CONFIDENCE.verb },
      compile,
      `\\bza\\s+$`,
      `^(?:-\\p{L}{1,3})?\\s+(?:(?:${CLITICS})\\s+){0,3}(?:(?!(?:i|a|ali|pa|te|ni)\\s)[\\p{L}.-]+\\s+){0,2}(?:${SAID})\\b`,
    ),
    // "snimak Tanjuga", "video koji je objavio N1", "kadrovi RTS-a"
    rule(
      { id: 'footage', kind: 'video', confidence: CONFIDENCE.pattern, kindInCaption: 'video' },
      compile,
      `\\b(?:snim(?:ak|ka|ku|ci|cima)|snimke|snimkama|video\\s+snim\\p{L}*|video(?:a|u)?|kadrov(?:i|e|ima)|prenos|prijenos|uživo\\s+prenos)(?:\\s+(?:koji|koje|koju)\\s+(?:je|su)\\s+(?:objavio|objavila|objavili|emitovao|emitirao|emitovala|emitirala|prikazao|prikazala))?\\s+$`,
    ),
    // "u tekstu Danasa", "na portalu Nova.rs", "u članku objavljenom u Politici"
    rule(
      { id: 'published', kind: 'report', confidence: CONFIDENCE.verb },
      compile,
      `\\b(?:(?:u|iz)\\s+(?:(?:današnjem|najnovijem|subotnjem|nedeljnom|nedjeljnom|vikend|opširnom|istraživačkom|svom)\\s+)?(?:tekstu|tekstovima|članku|reportaži|istraživanju|izdanju|broju|feljtonu)|na\\s+(?:portalu|sajtu|stranicama|naslovnoj\\s+strani|naslovnici)|(?:objavljen|objavljen\\p{L}*|prenet\\p{L}*|prenesen\\p{L}*|emitovan\\p{L}*|emitiran\\p{L}*)\\s+(?:u|na))\\s+[„"“«']?$`,
    ),
    // "dokumentima u koje je uvid imao N1", "do kojih je došao KRIK", "kojima raspolaže Blic"
    rule(
      { id: 'seen-by', kind: 'report', confidence: CONFIDENCE.verb },
      compile,
      `\\b(?:(?:u\\s+)?(?:koji|koje|koju|kojima|kojeg|kojega)\\s+(?:je|su)\\s+(?:uvid\\s+)?(?:imao|imala|imali|dobio|dobila|dobili)(?:\\s+uvid)?|do\\s+(?:kojeg|kojega|koje|kojih)\\s+(?:je|su)\\s+(?:došao|došla|došli|došle)|(?:kojim|kojima|kojom)\\s+raspolaže|(?:koji|koje|koju)\\s+(?:poseduje|posjeduje|ima))\\s+$`,
    ),
    rule(
      { id: 'byline', kind: 'byline', confidence: CONFIDENCE.pattern },
      compile,
      `(?:^|\\n)\\s*(?:autor|autorka|autorica|autori|tekst|piše)\\s*:\\s*(?:[^\\n,]{1,60},\\s*)?$`,
    ),
    // "…, javlja Tanjug", "objavio je N1", "piše danas Blic", "prenosi agencija Beta"
    rule(
      { id: 'inverted', kind: 'report', confidence: CONFIDENCE.verb },
      compile,
      `(?:^|[\\s,;:"“”»(–-])(?:${REPORTS})(?:\\s+(?:${CLITICS})){0,3}\\s+(?:(?:${DESC})\\s+)?[„"“«']?$`,
    ),
    // "Tanjug javlja", "N1 je saznao", "Jutarnji list doznaje"
    {
      ...rule(
        { id: 'reported', kind: 'report', confidence: CONFIDENCE.verb },
        compile,
        undefined,
        `^[“”"»']?(?:-\\p{L}{1,3})?(?:,\\s[^,\\n]{1,60},)?(?:\\s+(?:${CLITICS})){0,3}\\s+(?:${REPORTS})\\b`,
      ),
      verbOnly: true,
    },
  ];
}

/** Descriptors before a name, in both scripts. */
export const BCS_DESC_BEFORE = u(new RegExp(`((?:^|\\s))${bothScripts(DESC)}\\s+[„"“«]?$`, 'i'));

/** Words of the three standards, in both scripts. */
export const BCS_WORDS: LanguageWords = {
  and: ['i', 'ili', 'и', 'или'],
  articles: [],
  sourceLabels: ['Izvor', 'Izvori', 'Извор', 'Извори'],
  creditLabels: ['Uz materijal', 'Izvor fotografije'],
  creditLeads: [],
  photoLabels: [
    'Foto',
    'Fotografija',
    'Fotografije',
    'Snimak',
    'Snimka',
    'Video',
    'Ilustracija',
    'Фото',
    'Фотографија',
    'Снимак',
    'Видео',
  ],
  photoMarks: [],
  with: [],
  material: [],
  from: [],
  nameParticles: [],
  publishedBy: [],
};

/** Case endings of names, in both scripts: "Rojtersa", "Tanjugu", "Blicom", "RTS-u". */
export const BCS_INFLECTION: NameInflection = {
  endings: ['a', 'u', 'om', 'em', 'e', 'i', 'oj', 'а', 'у', 'ом', 'ем', 'е', 'и', 'ој'],
  joiners: ['-'],
  stems: {
    // "Politike, Politici", "Hine, Hini", "Slobodne Dalmacije", "Jutarnjem listu".
    ka: ['ke', 'ci', 'ku', 'kom'],
    ja: ['je', 'ji', 'ju', 'jom'],
    a: ['e', 'i', 'u', 'om', 'oj'],
    list: ['lista', 'listu', 'listom'],
    // Adjectives agree: "Dnevni avaz" → "Dnevnog avaza", "Jutarnji" → "Jutarnjeg".
    ni: ['nog', 'nom'],
    nji: ['njeg', 'njem'],
    sti: ['stima'],
    [cyrillic('ka')]: ['ке', 'ци', 'ку', 'ком'],
    [cyrillic('a')]: ['е', 'и', 'у', 'ом', 'ој'],
    [cyrillic('ni')]: ['ног', 'ном'],
  },
};

/** Outlet nouns by type, in both scripts. */
export const BCS_OUTLET_NOUNS: LanguagePack['outletNouns'] = {
  'news-agency': ['agencija', 'novinska agencija', 'агенција', 'новинска агенција'],
  newspaper: ['list', 'dnevni list', 'dnevnik', 'tabloid', 'лист', 'дневни лист', 'дневник'],
  broadcaster: ['televizija', 'tv stanica', 'radio', 'kanal', 'телевизија', 'радио', 'канал'],
  magazine: ['nedeljnik', 'tjednik', 'nedjeljnik', 'magazin', 'časopis', 'недељник', 'магазин'],
  online: ['portal', 'sajt', 'news portal', 'портал', 'сајт'],
};
