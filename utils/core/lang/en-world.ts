import { CONFIDENCE } from '../tuning';
import type { CueRule } from './pack';
import { u } from './regex';

/**
 * English rules read from how the press of South Asia, Africa, South-East Asia and Oceania
 * writes credits as well as the British and American press (the third blind set,
 * tests/unit/lang/en.blind3.cases.ts): bios and adjective uses that are not credits, the
 * outlet's own words quoted, caption and dateline shapes. en.ts places them among its rules.
 */

/**
 * The outlet's own material, tried before the "not a credit" rules that read the same verbs as
 * the outlet acting ("aired", "carried by"): the material named makes them credits.
 */
export const EN_WORLD_MATERIAL: CueRule[] = [
  {
    // "The story, first carried by the Sunday Times", not "the debate carried by CNN".
    id: 'en-story-carried-by',
    kind: 'report',
    confidence: CONFIDENCE.pattern,
    before: u(
      /\b(?:story|stories|report|reports|article|news|claims?|allegations?|revelations?)\b[^.;\n]{0,30}?\b(?:carried|run|picked\s+up|splashed)\s+by\s+(?:the\s+)?$/iu,
    ),
  },
  {
    // "CGTN aired footage of the launch": the footage is the outlet's own.
    id: 'en-aired-footage',
    kind: 'video',
    confidence: CONFIDENCE.pattern,
    after: u(
      /^\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:aired|airs|broadcast|broadcasts|showed|shows|released|published|posted)\s+(?:\p{L}+\s+){0,2}(?:footage|video|videos|images|pictures|clips?)\b/iu,
    ),
  },
];

/** Not credits; tried with en.ts's other "not a credit" rules, before any credit. */
export const EN_WORLD_VETOES: CueRule[] = [
  {
    // "He spent ten years as a Reuters correspondent", "a former BBC producer": a role in a
    // bio, not a credit ("a Reuters correspondent saw" stays one).
    id: 'en-bio-role',
    kind: null,
    confidence: CONFIDENCE.veto,
    before: u(/\b(?:as\s+(?:an?|the)|former|ex-|onetime|one-time)\s+$/iu),
    after: u(
      /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}(?:reporter|correspondent|journalist|editor|anchor|presenter|producer|columnist|writer|photographer|bureau\s+chief|staffer|employee|executive|host)s?(?![\p{L}])/iu,
    ),
  },
  {
    // "He previously reported for the Nation and the Daily Monitor": where a writer has worked.
    id: 'en-bio-worked-for',
    kind: null,
    confidence: CONFIDENCE.veto,
    before: u(
      /\b(?:previously|formerly|once|earlier|has|have|had|used\s+to)\s+(?:also\s+)?(?:reported|report|worked|work|written|wrote|write|freelanced|contributed)\s+(?:for|at|with|to)\s+(?:the\s+)?$/iu,
    ),
  },
  {
    // "the Union minister", "the Nation's capital", "the Standard bearer": a name followed by an
    // office or a body is an adjective of that noun ("Union" government), not the outlet.
    id: 'en-name-as-adjective',
    kind: null,
    confidence: CONFIDENCE.veto,
    after: u(
      /^(?:['’]s)?\s+(?:ministers?|ministry|ministries|government|cabinet|territor(?:y|ies)|budget|secretary|capital|parliament|legislature|assembly|lawmakers?|MPs?|MLAs?|senators?|bearer|party|army|forces|police|council)(?![\p{L}])/u,
    ),
  },
  {
    // "The study was published in The Lancet", "findings published in the journal X": a journal
    // that carried a paper, not an outlet credited for news.
    id: 'en-paper-published-in',
    kind: null,
    confidence: CONFIDENCE.veto,
    before: u(
      /\b(?:study|studies|paper|papers|research|findings|trial|trials|meta-analysis)\b[^.;\n]{0,40}?\bpublished\s+(?:\p{L}+\s+)?in\s+(?:the\s+)?(?:(?:medical|scientific|peer-reviewed)\s+)?(?:journal\s+)?$/iu,
    ),
  },
];

/** Credits; tried before en.ts's verb rules ("X reported"), which they refine. */
export const EN_WORLD_CREDITS: CueRule[] = [
  {
    // "Video: Reuters" labels a video, where the photo labels' credit line would say photo.
    id: 'en-video-label',
    kind: 'video',
    confidence: CONFIDENCE.verb,
    structural: true,
    before: /(?:^|\n|[.!?)]\s)\s*(?:Video|VIDEO)\s*:\s*$/u,
  },
  {
    // "— AFP/File", "— Bernama pic", "(Reuters file photo)": the caption's picture credit in
    // the shapes of the South Asian and Malaysian press.
    id: 'en-file-pic',
    kind: 'photo',
    confidence: CONFIDENCE.pattern,
    structural: true,
    before: /(?:^|\n|[—–]\s?|\(\s?)$/u,
    after: u(
      /^(?:\s?\/\s?(?:File|FILE|file)(?![\p{L}])|\s+(?:file\s+)?(?:pic|pix|picture|photo)s?(?![\p{L}]))/u,
    ),
  },
  {
    // "KVELLER via JTA —": a dateline naming the writer's outlet and the wire it came through.
    id: 'en-via-dateline',
    kind: 'byline',
    confidence: CONFIDENCE.pattern,
    before: /(?:^|\n)\s*$/u,
    after: u(
      /^\s+(?:via|VIA)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}\s*[—–]/u,
    ),
  },
  {
    id: 'en-via-dateline-wire',
    kind: 'byline',
    confidence: CONFIDENCE.pattern,
    before: u(
      /(?:^|\n)\s*\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}\s+(?:via|VIA)\s+(?:the\s+)?$/u,
    ),
    after: /^\s*[—–]/u,
  },
  {
    // "KCNA said in a commentary", "the Global Times wrote in an editorial": the outlet's own
    // opinion, quoted as its words.
    id: 'en-commentary-quote',
    kind: 'quote',
    confidence: CONFIDENCE.verb,
    after: u(
      /^\s+(?:(?:has|had|also)\s+)?(?:said|says|wrote|writes|argued|argues|warned|warns|claimed|claims|stated|states)\s+in\s+(?:an?|its|a\s+signed)\s+(?:\p{L}+\s+)?(?:commentary|editorial|op-ed|opinion\s+piece)\b/iu,
    ),
  },
  {
    // "as Reuters reported, “fears of …", "Dawn wrote: “…": the outlet's own words quoted.
    id: 'en-reported-quoting',
    kind: 'quote',
    confidence: CONFIDENCE.verb,
    verbOnly: true,
    after: u(
      /^\s+(?:(?:has|had|also|then)\s+)?(?:reported|reports|wrote|writes|said|says|added|adds|noted|notes|observed|stated|put\s+it)\s*[,:]?\s*["“‘]/iu,
    ),
  },
];
