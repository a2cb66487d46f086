/** Lookup tables for the Wikidata import: country names, ccTLDs and language names → ISO codes. */
import { COUNTRY_ISO2 } from './countries';

/**
 * Wikidata country labels (P17) → ISO 3166-1 alpha-2, beyond the State Media Matrix names.
 * States that no longer exist (Soviet Union, Yugoslavia, British Raj, Ottoman Empire…) are left
 * out on purpose: a paper founded there has no single country today, so the build falls back to
 * another listed country or to an inference.
 */
const WIKIDATA_COUNTRY_NAMES: Record<string, string> = {
  Anguilla: 'AI',
  Aruba: 'AW',
  'Cape Verde': 'CV',
  'Czech Republic': 'CZ',
  Curaçao: 'CW',
  Eswatini: 'SZ',
  'Faroe Islands': 'FO',
  Fiji: 'FJ',
  Guinea: 'GN',
  Guyana: 'GY',
  Iceland: 'IS',
  Jamaica: 'JM',
  Kosovo: 'XK',
  Kyrgyzstan: 'KG',
  Luxembourg: 'LU',
  Maldives: 'MV',
  'Mille Lacs Indian Reservation': 'US',
  'Northern Ireland': 'GB',
  Palau: 'PW',
  "People's Republic of China": 'CN',
  'Puerto Rico': 'PR',
  'Republic of Ireland': 'IE',
  'Republic of the Congo': 'CG',
  'Solomon Islands': 'SB',
  Suriname: 'SR',
  'Trinidad and Tobago': 'TT',
  'United Arab Emirates': 'AE',
};

/** ISO 3166-1 alpha-2 for a Wikidata country label, or undefined (historic or unknown state). */
export function countryOfLabel(name: string): string | undefined {
  return WIKIDATA_COUNTRY_NAMES[name] ?? COUNTRY_ISO2[name];
}

/**
 * Country-code top-level domains that say nothing about a site's country: sold worldwide as
 * vanity domains (.tv, .io, .fm, .me…) or not a country (.eu, .su).
 */
const VANITY_CCTLDS = new Set(
  'ac ad ai am as bz cc cd co cx dj fm gg gl io je la ly me ms mu nu sc sh so st su tk to tv vc ws eu'.split(
    ' ',
  ),
);

/** Internationalized ccTLDs in their own script. */
const IDN_CCTLDS: Record<string, string> = {
  рф: 'RU',
  укр: 'UA',
  бел: 'BY',
  срб: 'RS',
  қаз: 'KZ',
  мкд: 'MK',
  мон: 'MN',
};

/**
 * The country a host's top-level domain names, or undefined for generic and vanity domains.
 * `.gov` and `.edu` are registries of United States institutions (student papers, city papers).
 */
export function countryOfHost(host: string): string | undefined {
  const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
  if (IDN_CCTLDS[tld]) return IDN_CCTLDS[tld];
  if (tld === 'gov' || tld === 'edu') return 'US';
  if (tld === 'uk') return 'GB';
  if (!/^[a-z]{2}$/.test(tld) || VANITY_CCTLDS.has(tld)) return undefined;
  return tld.toUpperCase();
}

/** Wikidata language labels (P407) → ISO 639-1; languages without a two-letter code are left out. */
export const LANGUAGE_ISO1: Record<string, string> = {
  Afrikaans: 'af',
  Albanian: 'sq',
  'American English': 'en',
  Amharic: 'am',
  Arabic: 'ar',
  Armenian: 'hy',
  Assamese: 'as',
  'Australian English': 'en',
  Avar: 'av',
  Azerbaijani: 'az',
  Bashkir: 'ba',
  Basque: 'eu',
  Belarusian: 'be',
  Bengali: 'bn',
  Bokmål: 'no',
  Bosnian: 'bs',
  'Brazilian Portuguese': 'pt',
  Breton: 'br',
  'British English': 'en',
  Bulgarian: 'bg',
  Burmese: 'my',
  Catalan: 'ca',
  Chechen: 'ce',
  Chinese: 'zh',
  Chuvash: 'cv',
  Croatian: 'hr',
  Czech: 'cs',
  Danish: 'da',
  Dutch: 'nl',
  Dzongkha: 'dz',
  English: 'en',
  Esperanto: 'eo',
  Estonian: 'et',
  'European Portuguese': 'pt',
  Filipino: 'tl',
  Finnish: 'fi',
  French: 'fr',
  Galician: 'gl',
  Georgian: 'ka',
  German: 'de',
  Greek: 'el',
  Gujarati: 'gu',
  'Haitian Creole': 'ht',
  Hebrew: 'he',
  Hindi: 'hi',
  Hungarian: 'hu',
  Icelandic: 'is',
  'Indian English': 'en',
  Indonesian: 'id',
  Irish: 'ga',
  'Israeli (Modern) Hebrew': 'he',
  Italian: 'it',
  Japanese: 'ja',
  Kannada: 'kn',
  Kashmiri: 'ks',
  Kazakh: 'kk',
  Khmer: 'km',
  Komi: 'kv',
  Korean: 'ko',
  Kurdish: 'ku',
  Kyrgyz: 'ky',
  Lao: 'lo',
  Latvian: 'lv',
  Lithuanian: 'lt',
  Luxembourgish: 'lb',
  Macedonian: 'mk',
  Malay: 'ms',
  Malayalam: 'ml',
  'Malaysian Malay': 'ms',
  Maldivian: 'dv',
  Marathi: 'mr',
  'Mexican Spanish': 'es',
  'Modern Greek': 'el',
  Moldovan: 'ro',
  Mongolian: 'mn',
  Nepali: 'ne',
  'New Persian': 'fa',
  'New Zealand English': 'en',
  'Nigerian English': 'en',
  Norwegian: 'no',
  Nynorsk: 'nn',
  Odia: 'or',
  Ojibwe: 'oj',
  Ossetian: 'os',
  Pashto: 'ps',
  Persian: 'fa',
  Polish: 'pl',
  Portuguese: 'pt',
  Punjabi: 'pa',
  Romanian: 'ro',
  Russian: 'ru',
  Sanskrit: 'sa',
  Serbian: 'sr',
  'Simplified Chinese': 'zh',
  Sinhala: 'si',
  Slovak: 'sk',
  Slovene: 'sl',
  Somali: 'so',
  Spanish: 'es',
  'Standard Mandarin': 'zh',
  'Standard Taiwanese Mandarin': 'zh',
  Swedish: 'sv',
  'Swiss High German': 'de',
  Tamil: 'ta',
  Tatar: 'tt',
  Telugu: 'te',
  Thai: 'th',
  Tibetan: 'bo',
  'Traditional Chinese': 'zh',
  Turkish: 'tr',
  Ukrainian: 'uk',
  Urdu: 'ur',
  Uyghur: 'ug',
  'Venezuelan Spanish': 'es',
  Vietnamese: 'vi',
  Welsh: 'cy',
  'West Frisian': 'fy',
  'Western Armenian': 'hy',
  Yiddish: 'yi',
};

/**
 * The main language of each country (ISO 3166-1 → ISO 639-1), used only to file a printed title
 * under a language key when Wikidata lists no language of the paper in the title's script.
 */
export const COUNTRY_LANGUAGE: Record<string, string> = Object.fromEntries(
  (
    'AD ca AE ar AF fa AI en AL sq AM hy AO pt AR es AT de AU en AW nl AZ az BA bs BD bn BE nl ' +
    'BF fr BG bg BH ar BI fr BJ fr BN ms BO es BR pt BT dz BW en BY be BZ en CA en CD fr CF fr ' +
    'CG fr CH de CI fr CL es CM fr CN zh CO es CR es CU es CV pt CW nl CY el CZ cs DE de DJ fr ' +
    'DK da DO es DZ ar EC es EE et EG ar ES es ET am FI fi FJ en FO fo FR fr GA fr GB en GE ka ' +
    'GH en GM en GN fr GQ es GR el GT es GW pt GY en HK zh HN es HR hr HT fr HU hu ID id IE en ' +
    'IL he IN hi IQ ar IR fa IS is IT it JM en JO ar JP ja KE en KG ky KH km KM fr KP ko KR ko ' +
    'KW ar KZ kk LA lo LB ar LK si LR en LS en LT lt LU lb LV lv LY ar MA ar MD ro ME sr MG mg ' +
    'MK mk ML fr MM my MN mn MO zh MR ar MT mt MU en MV dv MW en MX es MY ms MZ pt NA en NE fr ' +
    'NG en NI es NL nl NO no NP ne NZ en OM ar PA es PE es PG en PH tl PK ur PL pl PR es PS ar ' +
    'PT pt PW en PY es QA ar RO ro RS sr RU ru RW rw SA ar SB en SC en SD ar SE sv SG en SI sl ' +
    'SK sk SL en SN fr SO so SR nl SS en SV es SY ar SZ en TD fr TG fr TH th TJ tg TL pt TM tk ' +
    'TN ar TR tr TT en TW zh TZ sw UA uk UG en US en UY es UZ uz VE es VN vi XK sq YE ar ZA en ' +
    'ZM en ZW en'
  )
    .match(/[A-Z]{2} [a-z]{2}/g)!
    .map((pair) => pair.split(' ')),
);
