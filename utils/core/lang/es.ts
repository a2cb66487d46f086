import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { u } from './regex';

const ART = '(?:el\\s+|la\\s+|los\\s+|las\\s+|al\\s+|del\\s+|a\\s+la\\s+|de\\s+la\\s+|lo\\s+)?';

const PERSON_DE = "(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,3}(?:de|del|en|para)\\s+" + ART;

/**
 * Third persons of regular reporting verbs from their stems, singular and plural, preterite,
 * present and imperfect: "inform" → informó, informaron, informa, informan, informaba, informaban;
 * "difund" (-er/-ir) → difundió, difundieron, difunde, difunden, difundía, difundían.
 */
const arForms = (stems: string): string => `(?:${stems})(?:ó|aron|an?|aban?)`;
const erForms = (stems: string): string => `(?:${stems})(?:ió|ieron|en?|ían?)`;

/** Stems of regular reporting verbs in -ar and in -er/-ir (see `arForms`, `erForms`). */
const AR_STEMS =
  'inform|public|report|señal|indic|asegur|afirm|explic|confirm|revel|adelant|destac|detall|apunt|subray|constat|relat|coment|manifest|declar|insist|agreg|recalc|aclar|reseñ|consign|document|destap|desvel|avanz|divulg|filtr';
const ER_STEMS = 'difund|escrib|recog|admit|añad|reconoc';

/** Reporting verbs, third person (see `arForms`), and the irregular ones. */
const SAY = `${arForms(AR_STEMS)}|${erForms(ER_STEMS)}|precisó|precisaron|precisaba|dijo|dijeron|dice|dicen|decía|decían|contó|contaron|cuenta|cuentan|contaba|contaban|sostuvo|sostuvieron|sostiene|sostienen|sostenía|mantiene|mantuvo|recuerda|recordó|advirtió|advirtieron|advierte|advierten|dio\\s+a\\s+conocer|dieron\\s+a\\s+conocer`;

/**
 * Participles of those verbs after a perfect's auxiliary, with the newsroom's "ha podido saber"
 * and "ha tenido acceso": "según ha publicado", "así lo han indicado a", "había adelantado".
 */
const PERFECT = `(?:ha|han|había|habían|habría|habrían)\\s+(?:(?:${AR_STEMS}|precis|cit|titul)ado|(?:${ER_STEMS})ido|dicho|escrito|contado|relatado|sostenido|advertido|dado\\s+a\\s+conocer|sabido|conocido|podido\\s+(?:saber|confirmar|constatar|comprobar|conocer|verificar|averiguar)|tenido\\s+acceso)`;

/**
 * Verbs that credit their subject only after it ("El País titula", "X estimó", "la emisora X
 * denunció"), not before: "denunció a Clarín" is an accusation against the outlet.
 */
const REPORTED_ONLY = String.raw`(?:denunció|denuncia|denunciaron|denunciaba|tituló|titula|estimó|estima|calculó|calcula|citó|cita|supo|pudo\s+(?:confirmar|saber|constatar|comprobar)|obtuvo|conoció|tuvo\s+acceso|se\s+(?:hace|hizo|ha\s+hecho)\s+eco|(?:da|dan|ha\s+dado|han\s+dado)\s+a\s+conocer)`;

/**
 * Verbs that credit their subject only before it ("titula El País", "cita El Mundo", "como pudo
 * saber La Silla Vacía": the newsroom's finding, verb first).
 */
const INVERTED_ONLY = String.raw`(?:titula|tituló|cita|citó|desvela|destapa|(?:como|según)\s+(?:pudo|pudieron)\s+(?:saber|confirmar|constatar|comprobar|conocer|verificar))`;

/** When, between a verb and its subject: "avanzó ayer El Español", "informaba esta mañana". */
const WHEN = String.raw`(?:(?:(?:este|esta|el|la|estos|estas)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|tarde|noche|madrugada|semana|mes|año))|ayer|hoy|anoche|anteayer|recientemente|primero|ya|también|además|en\s+exclusiva)\s+`;

/**
 * A programme's own name between a broadcast noun and its broadcaster ("el noticiero 24 Horas
 * de TVN", "el programa «Tercer Grado», de Televisa"): capitalized words, digits or a quoted
 * title, then an optional comma.
 */
const SHOW_NAME = String.raw`(?:(?:[«"“][^»"”\n]{1,40}[»"”]|(?:[\p{Lu}\d][\p{L}\d'’.-]*\s+){0,3}[\p{Lu}\d][\p{L}\d'’.-]*),?\s+)?`;

/** Newsroom jobs, singular and plural. */
const JOB = String.raw`(?:periodistas?|corresponsal(?:es)?|enviad[oa]s?\s+especial(?:es)?|reporter[oa]s?|redactor(?:a|es|as)?|cronistas?|columnistas?|fotógraf[oa]s?|director(?:a|es)?|subdirector(?:a|es)?|editor(?:a|es)?|jef[ea]\s+de\s+\p{L}+|equipo|colaborador(?:a|es)?)`;

/** Where a person has worked, in a bio ("ex director de El País", "trabajó en El Mundo"). */
const BIO = String.raw`(?:(?:ex|ex-|antigu[oa]s?|anterior)\s*${JOB}\s+(?:\p{Ll}+\s+)?|(?:trabajó|trabajaba|ha\s+trabajado|colaboró|ha\s+colaborado|fue\s+${JOB}|pasó\s+por)\s+(?:\p{Ll}+\s+){0,2}?|(?:presentador|presentadora|conductor|conductora)\s+(?:del?\s+programa\s+[^,.\n]{1,40}\s+)?)`;

/** Spanish: its cue rules, descriptors and words. */
export const ES: LanguagePack = {
  code: 'es',
  name: 'Spanish',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['no', 'nunca', 'jamás', 'ni'],
  descBefore: u(
    /((?:^|\s)(?:el\s+|la\s+|los\s+|las\s+|al\s+|del\s+|un\s+|una\s+|a\s+la\s+|de\s+la\s+)?)(?:agencia(?:\s+de\s+(?:noticias|prensa))?|diario|periódico|rotativo|semanario|revista|cadena(?:\s+de\s+televisión)?|canal|televisión|televisora|emisora|radio|medio(?:\s+digital)?|portal(?:\s+de\s+noticias)?|web|sitio(?:\s+web)?|informativo|programa|publicación|tabloide)(?:\s+(?:[\p{Ll}-]+|de\s+noticias|digital)){0,3}\s+$/u,
  ),
  rules: [
    {
      id: 'es-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        new RegExp(
          String.raw`\b(?:(?:organizad[oa]s?|patrocinad[oa]s?|moderad[oa]s?|(?<!(?:imágenes|vídeos?|videos?|grabaciones|secuencias)\s+)(?:transmitid[oa]s?|emitid[oa]s?)|propiedad|comprad[oa]s?|adquirid[oa]s?|demandad[oa]s?|censurad[oa]s?)\s+(?:por|en|de)\s+|suscríbete\s+a\s+|suscripción\s+a\s+|${BIO}(?:de|del|en|a|al|para)\s+)(?:el\s+|la\s+)?$`,
          'iu',
        ),
      ),
    },
    {
      // "Foto EFE", "(Foto de archivo EFE)": a caption credit without a colon.
      id: 'es-photo',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`(?:^|\n|[.!?]\s|[(\[|–—]\s*)(?:fotos?|fotografía|imagen|infografía)\s+(?:de\s+archivo\s+|archivo\s+)?(?:[^\n.:()]{0,40}[/|,]\s*)?$|\b(?:fotos?|fotografías?|imagen|imágenes)\s+(?:\p{Ll}+\s+)?(?:cedid|facilitad|distribuid|proporcionad|tomad)[oa]s?\s+por\s+(?:la\s+agencia\s+)?$`,
          'iu',
        ),
      ),
    },
    {
      id: 'es-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `\\b(?:(?:datos|cifras|estadísticas)\\s+(?:recopilad|compilad|analizad|calculad|procesad)[oa]s\\s+por\\s+${ART}$)|\\b(?:análisis|estimación|estimaciones|cálculos?|recuento|sondeo|sondeos|encuesta|encuestas|barómetro|estudio|proyección|simulación)\\s+(?:(?:(?:de|del)\\s+)?(?:[\\p{Lu}\\d][\\p{L}\\d&-]*\\s+){1,3})?(?:(?:realizad[oa]|elaborad[oa]|encargad[oa]|hech[oa])\\s+)?(?:de|del|por|para)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'es-segun',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b(?:según|segun|de\\s+acuerdo\\s+(?:con|a)|conforme\\s+a|a\\s+decir\\s+de|citad[oa]s?\\s+por|(?<!declaraciones\\s)recogid[oa]s?\\s+por)\\s+(?:(?:${WHEN})?(?:${SAY})\\s+(?:${WHEN}){0,2}|${PERFECT}\\s+(?:${WHEN}){0,2}|(?:informaciones|información|datos|un\\s+(?:informe|reportaje|artículo|análisis|recuento|sondeo)|una\\s+(?:información|investigación|nota|encuesta)|cifras|reportes?|informes?|(?:el|la|los|las|un|una|unos|nuestr[oa]s?)\\s+${JOB})\\s+(?:de|del|publicad[oa]s?\\s+por)\\s+|${PERSON_DE})?${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'es-con-informacion',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:con|Con|CON)\s+(?:información|informaciones|informacion|material|datos|reportes?)\s+(?:de|del|DE)\s+(?:la\s+|las\s+|los\s+|agencias\s+(?:como\s+)?)?$/u,
      ),
    },
    {
      id: 'es-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:${SAY}|${PERFECT}|${arForms('confes|asever|expres')}|${erForms('respond')})\\s+(?:\\p{L}+\\s+){0,3}?(?:a|al|ante|en\\s+declaraciones\\s+a|en\\s+conversación\\s+con|en\\s+diálogo\\s+con)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'es-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:(?:en|durante)\\s+(?:una|la|su)?\\s*(?:entrevista|conversación|charla|diálogo)(?:\\s+(?:concedida|exclusiva|telefónica|radial|televisiva))?\\s+(?:con|en|a|al|para|por|de)|(?:una|la|su)\\s+entrevista(?:\\s+(?:exclusiva|telefónica|radial|televisiva))?\\s+(?:con|a|al|para)|(?:entrevista|conversación|charla)\\s+(?:\\p{Ll}+\\s+)?(?:en|a|al|con)\\s+(?:el\\s+)?(?:programa|espacio|noticiero|informativo|podcast|pódcast)\\s+(?:\\p{Ll}+\\s+)?${SHOW_NAME}(?:de|del)|(?:entrevistad|preguntad|cuestionad|interpelad|interrogad)[oa]s?\\s+por|a\\s+preguntas\\s+de|(?:atendió|atiende|atendía|ha\\s+atendido)\\s+(?:en\\s+exclusiva\\s+)?a|en\\s+conversación\\s+con|(?<!\\bfuentes\\b[^.;:]{0,80})consultad[oa]s?\\s+por|en\\s+diálogo\\s+con|ante\\s+los\\s+micrófonos\\s+de)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "en declaraciones a la Cadena SER": statements given to the outlet, quoted.
      id: 'es-statements',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:(?:en|durante)\\s+(?:unas\\s+|sus\\s+)?declaraciones\\s+(?:\\p{Ll}+\\s+)?(?:a|al|para|ante)|declaraciones\\s+(?:recogidas|difundidas|publicadas|emitidas)\\s+(?:por|en))\\s+${ART}$`,
          'iu',
        ),
      ),
    },
    {
      id: 'es-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        new RegExp(
          `\\b(?:citando|citando\\s+a|que\\s+cita\\s+a|quien\\s+cita\\s+a|según\\s+recoge|recogiendo)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "imágenes difundidas por Televisa", "un vídeo publicado en la web de El País"
      id: 'es-footage',
      kind: 'video',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          String.raw`\b(?:imágenes|vídeos?|videos?|grabaciones|grabación|secuencias?|fotogramas),?\s+(?:\p{Ll}+\s+)?(?:difundid[oa]s?|emitid[oa]s?|publicad[oa]s?|obtenid[oa]s?|grabad[oa]s?|mostrad[oa]s?|transmitid[oa]s?|divulgad[oa]s?|verificad[oa]s?|captad[oa]s?)\s+(?:\S+\s+){0,2}?(?:por|en)\s+(?:(?:un|el|los|unos)\s+(?:equipos?|cámaras?|reporter[oa]s?|periodistas?)\s+(?:de|del)\s+)?${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "el corresponsal de El País en Kiev vio", "una periodista de la Cadena SER constató"
      id: 'es-staff',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`\b(?:el|la|los|las|un|una|unos|unas|dos|tres|nuestr[oa]s?)\s+${JOB}\s+(?:\p{Ll}+\s+)?(?:de|del)\s+${ART}$`,
          'i',
        ),
      ),
      after: u(
        /^(?:\s+(?:en|desde|a)(?:\s+[\p{Lu}\p{Ll}][\p{L}-]*){1,2})?(?:,\s[^,\n]{1,60},)?\s+(?:(?:ha|han|había|habían)\s+(?:podido\s+)?|(?:pudo|pudieron)\s+)?(?:vio|ve|visto|constató|constata|constatado|comprobó|comprueba|comprobado|observó|observa|observado|presenció|presenciado|relató|relata|relatado|contó|cuenta|informó|informa|informado|describió|describe|escribió|escribe|confirmar|comprobar|ver|constatar|acceder|consultar|habló|hablado|entrevistó|entrevistado|recorrió|recorrido)\b/iu,
      ),
    },
    {
      // "A la agencia Efe, el científico explicó que…": the hearer fronted before the clause.
      id: 'es-fronted',
      kind: 'quote',
      confidence: CONFIDENCE.pattern,
      before: u(/(?:^|[.!?»”]\s+|\n)(?:A|Al)\s+(?:la\s+|el\s+)?$/u),
      after: u(new RegExp(`^,\\s(?:[^,.;\\n]{1,60}?\\s)?(?:${SAY}|${PERFECT})\\b`, 'iu')),
    },
    {
      // "Fue el diario El Comercio el que destapó el caso": a cleft naming who reported.
      id: 'es-cleft',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      after: u(
        new RegExp(
          `^,?\\s+(?:el|la|los|las)\\s+que\\s+(?:lo\\s+|la\\s+)?(?:${SAY}|${PERFECT})\\b`,
          'iu',
        ),
      ),
    },
    {
      id: 'es-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:recogid[oa]s?|citad[oa]s?|publicad[oa]s?|difundid[oa]s?|divulgad[oa]s?|reproducid[oa]s?|informad[oa]s?|revelad[oa]s?|adelantad[oa]s?|obtenid[oa]s?|consultad[oa]s?|reportad[oa]s?|confirmad[oa]s?|recopilad[oa]s?|filtrad[oa]s?)\\s+(?:\\S+\\s+){0,3}(?:por|en)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'es-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:^|[\\s,;:»"”)])(?:${SAY}|${PERFECT}|${INVERTED_ONLY})\\s+(?:${WHEN}){0,2}${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "En los informativos de la TVG", "en el programa matinal de la Cadena SER"
      id: 'es-broadcast',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`\b(?:en|durante)\s+(?:el|los|la|las|un|una|su|sus)\s+(?:informativos?|noticieros?|telediarios?|programas?|emisión|edición|espacio|podcast|pódcast|boletín|tertulia|magacín)\s+(?:\p{Ll}+\s+){0,2}?${SHOW_NAME}(?:de|del)\s+(?:la\s+|las\s+|los\s+)?$`,
          'iu',
        ),
      ),
    },
    {
      // "un reportaje de El País", "en una investigación publicada por eldiario.es"
      id: 'es-report-of',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `\\b(?:un|una|el|la|en\\s+un|en\\s+una|en\\s+el|en\\s+la)\\s+(?:\\p{Ll}+\\s+)?(?:reportaje|artículo|informe|investigación|crónica|exclusiva|editorial|información|nota)\\s+(?:\\p{Ll}+\\s+)?(?:de|del|publicad[oa]\\s+(?:por|en))\\s+${ART}$`,
          'iu',
        ),
      ),
    },
    {
      id: 'es-byline-por',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before:
        /(?:^|\n)\s*(?:[Pp]or|POR|[Ff]uente|FUENTE)\s*:?\s+(?:[^\n,]{1,60},\s*)?(?:[Ll]a\s+)?$/u,
    },
    {
      id: 'es-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^(?:\\s*[»"”])?(?:,\\s[^,\\n]{1,60},)?\\s+(?:(?:también|ya|además|hoy|ayer|este\\s+\\p{L}+|lo|le|les|se)\\s+){0,2}(?:${SAY}|${PERFECT}|${REPORTED_ONLY})\\b`,
          'iu',
        ),
      ),
    },
  ],
  words: {
    and: ['y', 'e', 'o'],
    articles: ['el', 'la', 'los', 'las'],
    sourceLabels: ['Fuente', 'Fuentes'],
    creditLabels: ['Crédito', 'Créditos', 'Credito', 'Creditos', 'Vía', 'Via'],
    creditLeads: [],
    photoLabels: ['Foto', 'Fotos', 'Fotografía', 'Fotografia', 'Video'],
    photoMarks: [],
    with: ['con'],
    material: ['información', 'informaciones', 'agencias'],
    from: ['de'],
    nameParticles: ['de', 'del'],
    publishedBy: ['por', 'de'],
  },
  countries: {
    US: ['estadounidens'],
    GB: ['británic'],
    ES: ['español'],
    DE: ['alemán', 'alemana'],
    RU: ['ruso', 'rusa'],
    CN: ['chino'],
    JP: ['japonés'],
    UA: ['ucran'],
    AT: ['austríac'],
    CH: ['suizo'],
    // Demonyms the platform's country names do not stem to (two-word names, -ol- for -uel-),
    // and capitals and their demonyms, which name the country in Latin American datelines.
    MX: ['mexican', 'ciudad de méxico'],
    CR: ['costarricens', 'san josé de costa rica'],
    SV: ['salvadoreñ'],
    VE: ['venezolan', 'caraqueñ', 'caracas'],
    DO: ['dominicano', 'dominicana', 'santo domingo'],
    PR: ['puertorriqueñ', 'boricua'],
    CO: ['bogotá', 'bogotan'],
    EC: ['quito', 'guayaquil'],
    NI: ['managua'],
    HN: ['tegucigalpa'],
    CU: ['la habana', 'habaner'],
    UY: ['montevide'],
  },
  outletNouns: {
    'news-agency': ['agencia', 'agencia de noticias', 'agencia de prensa'],
    newspaper: ['diario', 'periódico', 'rotativo', 'semanario', 'tabloide'],
    broadcaster: [
      'cadena',
      'cadena de televisión',
      'canal',
      'televisión',
      'televisora',
      'emisora',
      'radio',
    ],
    magazine: ['revista'],
    online: ['medio digital', 'portal', 'portal de noticias', 'sitio web', 'web'],
  },
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    // Official gazettes print laws, not news ("Diário Oficial da União", "Dziennik Ustaw").
    'Oficial',
    'Ministerio',
    'Gobierno',
    'Universidad',
    'Ayuntamiento',
    'Consejería',
    'Junta',
    'Tribunal',
    'Policía',
    'Guardia',
    'Instituto',
    'Banco',
    'Fundación',
    'Asociación',
    'Partido',
    'Congreso',
    'Senado',
    'Empresa',
  ],
  ownerWords: ['su', 'sus', 'propio', 'propia'],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { newspaper: ['Diario', 'Periódico', 'Gaceta'], broadcaster: ['Radio', 'TV'] },
  nameEndings: {
    newspaper: [
      'Diario',
      'Heraldo',
      'Correo',
      'Gaceta',
      'Noticias',
      'Periódico',
      'Mundo',
      'Tiempo',
      'Nación',
      'Prensa',
      'Crónica',
      'Universal',
      'Comercio',
      'Tribuna',
    ],
    broadcaster: ['Radio', 'TV', 'Televisión'],
  },
};
