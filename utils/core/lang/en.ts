import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { EN_WORLD_CREDITS, EN_WORLD_MATERIAL, EN_WORLD_VETOES } from './en-world';
import { u } from './regex';

/** A person named between the cue and the outlet: "according to Alex Horton of the …". */
/**
 * Not after the outlet's own material ("footage aired by", "a report shown on"): then the outlet
 * is the source (en-aired-*), not the venue of someone else's event.
 */
const NOT_AFTER_MATERIAL =
  '(?<!\\b(?:footage|videos?|images|pictures|clips?|documentar(?:y|ies)|reports?|reportage|segment|investigation|programme|program|special|story|stories|article|claims?|allegations?|revelations?)[\\s,]+(?:\\p{L}+[\\s,]+){0,2})';

const PERSON_OF = "(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,3}(?:of|from|at|for|with)\\s+";

/** A country's possessive before a name: "according to Nigeria's Premium Times". */
const COUNTRY_OF =
  "\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?['’]s\\s+(?:(?:state-run|state-owned|official|leading|main)\\s+)?";

/** English: its cue rules, descriptors and words. */
export const EN: LanguagePack = {
  code: 'en',
  name: 'English',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: [
    'not',
    'never',
    "didn't",
    'didn’t',
    "hasn't",
    'hasn’t',
    "haven't",
    'haven’t',
    "hadn't",
    'hadn’t',
    "doesn't",
    'doesn’t',
    "don't",
    'don’t',
    "wasn't",
    'wasn’t',
    "won't",
    'won’t',
    'neither',
    'nor',
  ],
  // A noun after the name makes it a modifier: "Reuters photographers said".
  modifierNouns: [
    'reporter',
    'reporters',
    'journalist',
    'journalists',
    'correspondent',
    'correspondents',
    'photographer',
    'photographers',
    'cameraman',
    'cameramen',
    'crew',
    'crews',
    'staff',
    'staffer',
    'staffers',
    'editor',
    'editors',
    'anchor',
    'anchors',
    'host',
    'hosts',
    'presenter',
    'presenters',
    'producer',
    'producers',
    'columnist',
    'columnists',
    'commentator',
    'commentators',
    'contributor',
    'contributors',
    'writer',
    'writers',
    'owner',
    'owners',
    'executive',
    'executives',
    'boss',
    'bosses',
    'chief',
    'chiefs',
    'director',
    'directors',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'spokespeople',
    'employee',
    'employees',
    'worker',
    'workers',
    'lawyer',
    'lawyers',
    'board',
  ],
  descBefore: u(
    /((?:^|\s)(?:[Tt]he\s+|[Aa]n?\s+)?)(?:(?:[\p{Lu}][\p{L}-]+|state|state-run|state-owned|state-controlled|state-backed|government-run|public|private|local|regional|national|independent|online|official|financial|business|daily|weekly|conservative|liberal|investigative|nonprofit|non-profit|left-leaning|right-wing|pro-government|opposition|news|newswire|wire|satellite|cable|television|TV|pan-Arab|Arabic-language|English-language)\s+){0,3}(?:news\s+agency|news\s+service|news\s+outlet|news\s+site|news\s+website|news\s+portal|news\s+channel|newspaper|daily|tabloid|broadsheet|weekly|magazine|broadcaster|network|channel|TV\s+channel|TV\s+station|television\s+station|radio\s+station|radio|wire\s+service|wire|outlet|publication|website|site|agency|paper|newsletter|news\s+network)\s+$|((?:^|\s)(?:[Tt]he\s+|[Aa]n?\s+)?)(?:state-run|state-owned|state-controlled|state-backed|semi-official|government-run|pro-government)\s+$/u,
  ),
  descAfter:
    /^\s+(?:news\s+agency|news\s+service|newspaper|news\s+site|news\s+website|news\s+channel|TV\s+channel|television|broadcaster|network|radio|magazine|wire\s+service|daily|tabloid|news)(?=[\s,.;:)]|$)/u,
  rules: [
    {
      // "Footage aired by Sky News", "a documentary broadcast by Al Jazeera": what was aired is
      // the outlet's own material, so it is a credit, unlike "a debate aired by CNN" below.
      id: 'en-aired-material',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:footage|video|videos|images|pictures|clip|clips)\s+(?:\p{L}+\s+){0,2}(?:(?:aired|broadcast|shown|screened|televised|released)\s+(?:earlier\s+|last\s+\p{L}+\s+|on\s+\p{L}+\s+)?(?:by|on)|(?:obtained|filmed|recorded|captured|shot|verified|geolocated)\s+(?:exclusively\s+|independently\s+)?by)\s+(?:the\s+)?$/iu,
      ),
    },
    {
      id: 'en-aired-report',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:documentary|documentaries|report|reports|reportage|segment|investigation|programme|program|special)\s+(?:\p{L}+\s+){0,2}(?:aired|broadcast|shown|screened|televised)\s+(?:earlier\s+|last\s+\p{L}+\s+|on\s+\p{L}+\s+)?(?:by|on)\s+(?:the\s+)?$/iu,
      ),
    },
    ...EN_WORLD_MATERIAL,
    // Not credits: the outlet as an actor or a venue.
    {
      id: 'en-actor-by',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        new RegExp(
          `\\b${NOT_AFTER_MATERIAL}(?:hosted|co-hosted|moderated|sponsored|organized|organised|owned|acquired|bought|sued|fired|hired|run|operated|founded|aired|carried|televised|streamed|broadcast|produced|banned|blocked|censored|criticized|criticised|attacked|targeted)\\s+(?:by|on)\\s+(?:the\\s+)?$`,
          'iu',
        ),
      ),
    },
    {
      id: 'en-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+)?(?:sued|sues|is\s+suing|fired|fires|hired|hires|laid\s+off|owns|was\s+founded|was\s+acquired|was\s+sold|bought|agreed\s+to\s+pay|settled|was\s+banned|was\s+blocked|has\s+been\s+banned|will\s+host|hosted|hosts|aired|will\s+air|broadcasts|launched)\b(?!\s+(?:\p{L}+\s+){0,2}(?:footage|videos?|images|pictures|clips?)\b)/iu,
      ),
    },
    {
      id: 'en-carried-on',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        new RegExp(
          `\\b${NOT_AFTER_MATERIAL}(?:carried|aired|shown|televised|streamed|broadcast|airs|watch|watched|watching|subscribe|subscribed|subscription)\\s+(?:live\\s+)?(?:on|to)\\s+(?:the\\s+)?$`,
          'iu',
        ),
      ),
    },
    {
      // "A Washington Post reporter was detained": the outlet's staff as the story's subject.
      id: 'en-staff-subject',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^\s+(?:reporters?|journalists?|correspondents?|photographers?|cameraman|crew|editor)\s+(?:\p{Lu}[\p{L}'-]*\s+){0,3}(?:was|were|has\s+been|have\s+been|had\s+been|is|are|was\s+later|remains?)\s+(?:detained|arrested|killed|injured|wounded|expelled|jailed|imprisoned|sentenced|released|freed|kidnapped|abducted|charged|fired|deported|attacked|assaulted|harassed|threatened|barred|summoned|interrogated|beaten|shot|missing|held)\b/u,
      ),
    },
    {
      // "She has appeared on CNN and the BBC as a commentator": a habit in a bio, not one
      // interview ("He appeared on CNN on Sunday" stays a credit).
      id: 'en-bio-appeared',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:has|have|had)\s+(?:\p{L}+ly\s+)?(?:appeared|been\s+an?\s+(?:regular\s+|frequent\s+)?(?:guest|commentator|contributor|analyst|pundit))\s+(?:on|in|for)\s+(?:the\s+)?$/iu,
      ),
    },
    ...EN_WORLD_VETOES,
    // Credits.
    {
      // Before "according to" and "reported by": "according to an analysis by The Economist",
      // "data compiled by Bloomberg" are the outlet's analysis.
      id: 'en-analysis-by',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:an?\s+|the\s+)?(?:\p{L}+\s+)?(?:(?:analysis|assessment|poll|survey|study|projection|forecast|model|estimate|calculations?|tally|count|review|breakdown)\s+(?:by|from|of|for|(?:conducted|carried\s+out|commissioned|done)\s+(?:by|for))|(?:data|figures|numbers|estimates)\s+(?:compiled|gathered|collected|tallied|analy[sz]ed|calculated)\s+by)\s+(?:the\s+)?$/iu,
      ),
    },
    {
      id: 'en-according-to',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b[Aa]ccording\\s+to\\s+(?:(?:an?|the)\\s+(?:\\p{L}+\\s+){0,2}(?:report|story|article|analysis|investigation|poll|survey|tally|count|estimate|review|data|dispatch|piece|reporting|interview|broadcast)s?\\s+(?:by|in|from|of|on|published\\s+by)\\s+|${PERSON_OF}|${COUNTRY_OF})?(?:[Tt]he\\s+)?$`,
        ),
      ),
    },
    {
      id: 'en-originally',
      kind: 'other',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:originally|first|previously|was|is|been)\s+(?:\p{L}+\s+)?(?:appeared|published|ran|posted|produced|republished|reprinted|syndicated)\s+(?:on|in|at|by|from|with)\s+(?:permission\s+(?:from|of)\s+)?(?:the\s+)?$/iu,
      ),
    },
    {
      id: 'en-republished',
      kind: 'other',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:republished|reprinted|reproduced|adapted|excerpted|syndicated)\s+(?:here\s+)?(?:with\s+permission\s+)?(?:from|of|by)\s+(?:the\s+)?$/iu,
      ),
    },
    {
      id: 'en-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:told|tells|telling|tell|explained\s+to|confirmed\s+to|admitted\s+to|said\s+to|wrote\s+to|speaking\s+to|spoke\s+to|spoke\s+with|speaking\s+with|talking\s+to|talked\s+to|talking\s+with|talked\s+with|in\s+remarks\s+to|in\s+comments\s+to|in\s+a\s+statement\s+to|in\s+an?\s+e-?mail\s+to|in\s+a\s+(?:phone\s+|telephone\s+)?call\s+with|granted\s+to|gave\s+to)\s+(?:the\s+)?$/iu,
      ),
    },
    {
      id: 'en-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:(?:in|during|gave|give|giving|granted|an?|the|his|her|their)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}interviews?|interviewed|appearing|appeared|speaking|said|spoke|appearance)\s+(?:with|on|to|for|by|aired\s+on|broadcast\s+on|published\s+by|in)\s+(?:the\s+)?$/iu,
      ),
    },
    {
      id: 'en-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        new RegExp(
          `\\b(?:citing|quoting|cited|cites|quotes|relaying|echoing)\\s+(?:(?:a|an|the)\\s+(?:\\p{L}+\\s+)?(?:report|story|article|dispatch|broadcast|interview)s?\\s+(?:by|in|from|on)\\s+)?(?:${COUNTRY_OF})?(?:the\\s+)?$`,
          'iu',
        ),
      ),
    },
    {
      id: 'en-quoted-by',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(/\b(?:quoted|cited)\b[^\n.;]{0,60}\b(?:by|in)\s+(?:the\s+)?$/iu),
    },
    {
      id: 'en-reported-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:(?:first|previously|originally|earlier|also|exclusively|widely)\s+)?(?:reported|revealed|published|broken|disclosed|obtained|seen|reviewed|confirmed|released|leaked|verified|analy[sz]ed|geolocated|compiled|gathered|collected|tallied|counted|estimated|summari[sz]ed|paraphrased|characteri[sz]ed|transcribed|translated|spotted|flagged|uncovered|viewed)\s+(?:(?:earlier|last\s+\p{L}+|this\s+\p{L}+|on\s+\p{L}+|exclusively)\s+)?(?:by|in|to)\s+(?:the\s+)?$/iu,
      ),
    },
    {
      id: 'en-reports-for',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:reports?|reporting|reported|writes|writing|wrote|writer|reporter|correspondent)\s+(?:for|at|with|in)\s+(?:the\s+)?$/iu,
      ),
    },
    {
      id: 'en-person-of',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `\\b(?:reported|reports|writes|wrote|said|says|told|explained|notes|noted)\\s+${PERSON_OF}(?:[Tt]he\\s+)?$`,
        ),
      ),
    },
    {
      id: 'en-inverted',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        /(?:[,;:—–]|["”’'])\s*(?:reported|reports|writes|wrote|said|says|notes|noted|adds|added|explains|explained|according\s+to)\s+(?:the\s+)?$/u,
      ),
    },
    {
      id: 'en-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      after: u(
        /^\s+(?:has\s+|had\s+|also\s+|recently\s+)?(?:published|ran|carried|released|conducted|did|offered|produced)\s+(?:an?\s+|its\s+|their\s+)?(?:own\s+|new\s+|detailed\s+|in-depth\s+)?(?:\p{L}+\s+)?(?:analysis|assessment|poll\s+analysis|breakdown|model|forecast)\b/iu,
      ),
    },
    {
      // "footage from Reuters", not "photos of the AFP building" (of names what is shown).
      id: 'en-video-by',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:video|videos|footage|clip|clips|livestream|live\s+stream)\s+(?:\p{L}+\s+){0,3}(?:by|from|on)\s+(?:the\s+)?$/iu,
      ),
    },
    {
      // "PHOTO BY PNA", "pictures from AFP": a still picture is a photo credit.
      id: 'en-photo-by',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:images|pictures|photos?|photographs?)\s+(?:\p{L}+\s+){0,3}(?:by|from|on)\s+(?:the\s+)?$/iu,
      ),
    },
    {
      id: 'en-report-by',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:an?|the|in\s+an?|in\s+the|in\s+its|in|this|that|these|those|its|their|his|her)\s+(?:\p{L}+\s+){0,2}(?:report|story|article|piece|investigation|exposé|expose|dispatch|documentary|op-ed|editorial|obituary|exclusive|scoop|review|reporting|column|essay|commentary|opinion\s+piece|podcast|newsletter)s?\s+(?:by|from|in|on|published\s+by|for)\s+(?:the\s+)?$/iu,
      ),
    },
    {
      id: 'en-additional-reporting',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:[Aa]dditional|ADDITIONAL|[Ee]xtra)?\s*(?:[Rr]eporting|REPORTING)\s+(?:by|from|BY|FROM)\s+(?:the\s+)?$/u,
      ),
    },
    {
      id: 'en-contributed',
      kind: 'byline',
      confidence: CONFIDENCE.verb,
      after: u(
        /^(?:['’]s?\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}|\s+(?:[\p{L}.'’-]+\s+){0,4})?\s*contributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting|coverage)/iu,
      ),
    },
    {
      // "By Jane Doe, Associated Press Writer", "AP Business Writer" opening a line; not "a former
      // Politico reporter" (a description of someone) or "A Washington Post reporter was detained".
      id: 'en-wire-writer',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before: /(?:^|\n|[,—–|]\s*|\b[Bb]y\s+(?:[^\n,]{1,60},\s*)?)(?:[Tt]he\s+)?$/u,
      after:
        /^\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:[Ww]riter|WRITER|[Cc]orrespondent|CORRESPONDENT|[Rr]eporter|REPORTER|[Pp]hotographer|PHOTOGRAPHER|[Ss]taff|STAFF|[Ee]ditor|EDITOR)(?![\p{L}])/u,
    },
    {
      id: 'en-byline-by',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before:
        /(?:^|\n)\s*(?:[Bb]y|BY|[Ff]rom|FROM|[Ss]ource|SOURCE)\s*:?\s+(?:[^\n,]{1,60},\s*)?(?:[Tt]he\s+)?$/u,
    },
    {
      id: 'en-byline-block',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      roles: ['byline'],
    },
    {
      id: 'en-contacted-by',
      kind: 'interview',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:contacted|reached|interviewed|approached|questioned|quizzed|asked)\s+by\s+(?:the\s+)?$/iu,
      ),
    },
    {
      // "a Reuters report", "in a CNN interview", "an NBC News poll"
      id: 'en-attributive',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:a|an|the|in\s+an?|in\s+the|per\s+an?|per\s+the|from\s+an?|from\s+the|this|that)\s+$/iu,
      ),
      after: u(
        /^(?:['’]s)?(?:\s?\/\s?[\p{L}-]+)?\s+(?:(?:new|recent|latest|exclusive|own|special|separate|earlier|joint|previous|investigative|original)\s+)?(?:report|reports|reporting|story|stories|investigation|article|dispatch|exclusive|scoop|exposé|documentary|reporters?|journalists?|correspondents?|photographers?|cameraman|camera\s+crew|crew|witness|witnesses)\b/iu,
      ),
    },
    {
      // "Bloomberg data show", "Reuters calculations suggest": the outlet's own numbers.
      id: 'en-own-data',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^(?:['’]s)?\s+(?:data|figures|calculations|estimates|numbers|tallies|tally|count|analysis)\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|found|finds|put|puts)\b/iu,
      ),
    },
    {
      // "Sky News presenter Kay Burley asked the minister": the outlet's interview.
      id: 'en-presenter-asked',
      kind: 'interview',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^(?:['’]s)?\s+(?:presenter|host|anchor|interviewer|correspondent|reporter|journalist)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:asked|pressed|questioned|interviewed|challenged|quizzed)\b/u,
      ),
    },
    {
      // "Reuters reporters saw", "AFP journalists counted": the wire's own staff as witnesses.
      id: 'en-staff-witness',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^(?:['’]s)?\s+(?:reporters?|journalists?|correspondents?|photographers?|camera\s+crews?|crews?|teams?)\s+(?:on\s+the\s+ground\s+|at\s+the\s+scene\s+|in\s+\p{Lu}\p{L}+\s+)?(?:saw|witnessed|counted|observed|heard|found|visited|spoke|confirmed|verified|reported|were\s+present|were\s+at)\b/iu,
      ),
    },
    {
      id: 'en-attributive-interview',
      kind: 'interview',
      confidence: CONFIDENCE.pattern,
      before: u(/\b(?:a|an|the|in\s+an?|in\s+the|during\s+an?|during\s+the|this|that)\s+$/iu),
      after: u(
        /^(?:['’]s)?\s+(?:(?:new|recent|exclusive|televised|radio|phone|separate|lengthy|wide-ranging)\s+)?interview\b/iu,
      ),
    },
    {
      id: 'en-attributive-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:a|an|the|in\s+an?|in\s+the|per\s+an?|per\s+the|from\s+an?|from\s+the|this|that|according\s+to\s+an?|according\s+to\s+the)\s+$/iu,
      ),
      after: u(
        /^(?:['’]s)?(?:\s?\/\s?[\p{L}-]+)?\s+(?:(?:new|recent|latest|own)\s+)?(?:analysis|poll|survey|tally|count|estimate|projection|forecast|calculation)\b/iu,
      ),
    },
    {
      // "WSJ’s Nick Timiraos: “A senior …", "From NYT’s Jeanna Smialek:"
      id: 'en-possessive-colon',
      kind: 'report',
      confidence: CONFIDENCE.shape,
      after: /^['’]s\s+\p{Lu}[^\n:]{0,80}[:：]\s?(?:["“]|$|\n)/u,
    },
    {
      // "— Bloomberg’s Julian Lee" signing off a paragraph
      id: 'en-possessive-signoff',
      kind: 'byline',
      confidence: CONFIDENCE.shape,
      before: /[—–]\s?$/u,
      after: /^['’]s\s+\p{Lu}[\p{L}.'’, -]{0,60}(?:$|\n)/u,
    },
    ...EN_WORLD_CREDITS,
    {
      id: 'en-quoted',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(/^\s+(?:has\s+|had\s+|also\s+)?(?:quoted|quotes|quoting)\b/iu),
    },
    {
      id: 'en-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        /^(?:['’]s?\s+(?:[\p{Lu}][\p{L}.'’-]*(?:\s+|(?=,))){1,3}(?:,\s[^,\n]{1,60},\s+)?|\s*\([^()\n]{1,30}\)\s+|['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:editor|correspondent|reporter|columnist|critic|analyst|commentator|writer|journalist|bureau\s+chief|team)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}|,\s[^,\n]{1,60},\s+|\s+)(?:(?:has|have|had|also|first|previously|earlier|later|originally|exclusively|separately|then|itself|reportedly|subsequently|recently|last\s+\p{L}+|on\s+\p{L}+|this\s+\p{L}+|in\s+\p{L}+)\s+){0,2}(?:reported|reports|reporting|said|says|wrote|writes|revealed|reveals|learned|learnt|understands|understood|seen|been\s+told|was\s+told|were\s+told|can\s+(?:reveal|confirm|report)|established|confirmed|confirms|found|finds|noted|notes|published|publishes|broke\s+the\s+(?:news|story)|(?:was|were)\s+(?:the\s+)?first\s+to\s+(?:report|reveal|publish)|ran\s+(?:an?\s+|its\s+)?(?:\p{L}+\s+){0,2}(?:story|stories|report|piece|article|headline|front\s+page|editorial|exposé|investigation)|cited|cites|obtained|reviewed|estimated|estimates|counted|tallied|tweeted|posted|stated|states|added|adds|observed|observes|described|describes|disclosed|discloses|detailed|details|explained|explains|calculated|calculates|projected|projects|verified|geolocated|spotted|identified|showed|shows|highlighted|pointed\s+out|warned|warns|alleged|alleges|suggested|suggests)\b/iu,
      ),
    },
    {
      id: 'en-per',
      kind: 'report',
      confidence: CONFIDENCE.shape,
      // Not inside a photo credit ("/The Union via AP)"), where the structural rules decide.
      // Not the Italian "per" (for) after a participle ("ha scritto per la Gazzetta").
      before: u(
        /(?<![/(][^\n/()]{0,60})(?<!\p{L}(?:at|it|ut|tt|ss)[oaie])(?:^|[\s,(—–-])(?:per|via|Per|Via)\s+(?:the\s+)?$/u,
      ),
      after: /^(?!\s+via\s)/u,
    },
  ],
  words: {
    and: ['and', 'or'],
    articles: ['the'],
    sourceLabels: ['Source', 'Sources'],
    creditLabels: ['Credit', 'Credits', 'Via'],
    creditLeads: ['Courtesy of', 'Courtesy'],
    photoLabels: [
      'Photo',
      'Photos',
      'Photograph',
      'Photographs',
      'Image',
      'Illustration',
      'Video',
      'Credit',
      'Credits',
    ],
    photoMarks: [],
    with: ['with'],
    // "With inputs from PTI", "(With agency inputs)": the Indian press's wire line.
    material: ['material', 'information', 'wires', 'reporting', 'inputs'],
    from: ['from', 'by'],
    nameParticles: ['of', 'with', 'by', 'on', 'in'],
    publishedBy: ['from', 'by'],
  },
  // Besides the names the platform gives (Intl), places the English-language press of a
  // country names often: they pick its paper among several of one name ("The Star" in a story
  // from Nairobi or from Selangor). Names of two words get nothing from the platform.
  countries: {
    AU: ['austral', 'sydney', 'melbourne', 'canberra', 'queensland'],
    US: ['americ', 'u.s.'],
    GB: [
      'britan',
      'british',
      'united kingdom',
      'westminster',
      'downing street',
      'whitehall',
      'home office',
    ],
    IE: ['irish', 'dublin', 'taoiseach', 'tánaiste'],
    NZ: ['new zealand', 'auckland'],
    PK: ['karachi', 'lahore', 'islamabad', 'rawalpindi', 'peshawar', 'quetta', 'balochistan'],
    BD: ['dhaka', 'chattogram', 'chittagong', 'sylhet'],
    LK: ['sri lanka', 'colombo', 'jaffna'],
    NG: ['lagos', 'abuja'],
    GH: ['accra', 'kumasi'],
    KE: ['nairobi', 'mombasa', 'kisumu'],
    UG: ['kampala'],
    ZA: ['south africa', 'johannesburg', 'pretoria', 'cape town', 'durban', 'gauteng'],
    ZW: ['harare', 'bulawayo'],
    PH: ['filipino', 'manila', 'quezon city', 'cebu', 'davao', 'mindanao'],
    MY: ['kuala lumpur', 'selangor', 'penang', 'johor', 'sabah', 'sarawak', 'putrajaya'],
    HK: ['hong kong'],
    KR: ['south korea', 'seoul'],
    AE: ['emirati', 'dubai', 'abu dhabi'],
    ES: ['spanish'],
    IL: ['israel'],
    FR: ['french'],
    DE: ['german'],
    IT: ['italian'],
    RU: ['russ'],
    CN: ['chinese'],
    JP: ['japanese'],
    QA: ['qatar'],
    TR: ['turk'],
    LB: ['leban'],
    PS: ['palestin'],
    SA: ['saudi'],
    IR: ['iran'],
    UA: ['ukrain'],
    IN: ['indian', 'delhi', 'mumbai', 'bengaluru', 'kolkata', 'chennai', 'lok sabha'],
    CA: ['canad'],
    MX: ['mexic'],
    AR: ['argentin'],
    BR: ['brazil'],
    CH: ['swiss'],
    AT: ['austrian'],
  },
  outletNouns: {
    'news-agency': ['news agency', 'news agencies', 'news service', 'wire service', 'newswire'],
    newspaper: ['newspaper', 'newspapers', 'daily', 'tabloid', 'broadsheet', 'weekly', 'paper'],
    broadcaster: [
      'broadcaster',
      'broadcasters',
      'network',
      'TV network',
      'channel',
      'news channel',
      'TV channel',
      'TV station',
      'television station',
      'radio station',
      'public broadcaster',
    ],
    magazine: ['magazine', 'magazines', 'newsletter'],
    online: [
      'news site',
      'news website',
      'news outlet',
      'news portal',
      'website',
      'outlet',
      'publication',
      'podcast',
    ],
  },
  ownerWords: ['his', 'her', 'its', 'their', 'own'],
  nameEndings: {
    newspaper: [
      'Times',
      'Tribune',
      'Herald',
      'Courier',
      'Gazette',
      'Chronicle',
      'Observer',
      'Telegraph',
      'Examiner',
      'Dispatch',
      'Inquirer',
      'Enquirer',
      'Sentinel',
      'Ledger',
      'Bulletin',
      'Journal',
    ],
    broadcaster: ['Radio', 'TV', 'Television', 'FM'],
  },
  nameStarts: {
    broadcaster: ['Radio', 'TV'],
  },
  nameJoiners: ['of', 'and', '&'],
  notOutletWords: [
    // Official gazettes print laws, not news ("Diário Oficial da União", "Dziennik Ustaw").
    'Official',
    // Institutions and companies, whose names take the same capitals.
    'Ministry',
    'Department',
    'University',
    'Institute',
    'Foundation',
    'Council',
    'Commission',
    'Police',
    'Party',
    'Bank',
    'Inc',
    'Ltd',
    'LLC',
    'Corp',
    'Group',
    // Social networks and platforms.
    'Facebook',
    'Twitter',
    'Instagram',
    'TikTok',
    'YouTube',
    'Telegram',
    'WhatsApp',
    'LinkedIn',
    'Reddit',
    'Snapchat',
    'Threads',
    'Bluesky',
    'Google',
    'Apple',
    'Amazon',
    'Microsoft',
    'Netflix',
    'Spotify',
    // Days and months, capitalized in English.
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
    'Sunday',
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
