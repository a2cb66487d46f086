import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';

/**
 * Words after a descriptor that are no name ("외신 보도에 따르면", "현지 매체들은", "언론
 * 인터뷰에서"), as the particle-stripped word.
 */
const NOT_A_NAME =
  '(?:보도|보도들|기사|취재|인터뷰|관계자|기자|기자들|등|들|조사|분석|사설|칼럼|단독|논평|소식|뉴스|사이트|홈페이지|유튜브|채널|측|보도자료|매체|매체들|언론|언론들|통신|방송|신문|현지|지역|해외|국내|외신|주요|일부|여러|다수|한|두|각|모든|관영|국영|공영|민영|인터넷|온라인|대표|사장|소속|보도국|편집국|기자단|간부|노조)';

/** Korean: its cue rules, descriptors and words. */
export const KO: LanguagePack = {
  code: 'ko',
  name: 'Korean',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['안', '못'],
  // "미국 경제 매체 블룸버그", "일간지 한겨레", "외신 로이터": a kind of outlet, a country before it.
  descBefore:
    /(?:^|\s)(?:(?:미국|영국|일본|중국|프랑스|독일|러시아|홍콩|대만|카타르)\s*)?(?:경제\s*)?(?:일간지|경제지|주간지|신문|통신사|통신|방송사|방송|매체|언론|외신|잡지|인터넷\s*매체|온라인\s*매체|뉴스\s*채널)\s+$/u,
  // "블룸버그 통신은", "AP 통신에 따르면", "뉴욕타임스(NYT)는": the kind of outlet or the
  // abbreviation in brackets after the name.
  descAfter:
    /^(?:\s*[(（][A-Za-z0-9&.\s-]{1,12}[)）](?:\s*(?:통신사|통신|신문|방송사|방송))?|\s*(?:통신사|통신|신문|방송사|방송))(?=[은는이가의도과와에\s]|$)/u,
  rules: [
    {
      // The outlet as a company, employer or party: "연합뉴스 사장", "KBS 노조", "MBC를 상대로
      // 소송", "한겨레 기자 출신" (an author bio), "SBS 인수".
      id: 'ko-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      after:
        /^\s*(?:사장|대표이사|대표|회장|노조|노동조합|본사|사옥|경영진|이사회|앵커\s*출신|기자\s*출신|기자로\s*일했|기자였던|기자가|기자는|출신|인수|매각|을\s*상대로|를\s*상대로|에\s*대한\s*(?:소송|압수수색|징계))/u,
    },
    {
      // "(서울=연합뉴스) 이영희 기자 =", "[부산=뉴시스]": the wire's dateline before the byline.
      id: 'ko-dateline',
      kind: 'byline',
      kindInCaption: 'photo',
      confidence: CONFIDENCE.pattern,
      structural: true,
      before: /[(（[]\s*[가-힣]{1,8}\s*[=＝]\s*$/u,
      after: /^\s*[)）\]]/u,
    },
    {
      id: 'ko-according',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after:
        /^\s*(?:의\s*)?(?:보도에\s*따르면|에\s*따르면|보도했다|는\s*보도했다|은\s*보도했다|가\s*보도했다|이\s*보도했다|는\s*전했다|은\s*전했다|가\s*전했다|이\s*전했다|는\s*[^\n.]{0,20}보도했다|등이\s*보도했다|등에\s*따르면|(?:의\s*)?(?:취재를\s*종합하면|취재\s*결과|취재에\s*따르면|기사에\s*따르면|단독\s*보도에\s*따르면))/u,
    },
    {
      // An analysis in the outlet's voice: "파이낸셜타임스(FT)는 … 분석했다", "…고 진단했다".
      id: 'ko-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      // An article or report named on the way ("최근 기사에서 … 분석했다") keeps it a report.
      after:
        /^\s*(?:은|는|이|가|도)\s*(?:(?!기사|보도)[^\n.?!]){0,80}?(?:분석했다|분석했습니다|분석하며|진단했다|진단했습니다)/u,
    },
    {
      // The topic or subject, then the verb later in the clause: "머니투데이는 정부가 … 보도했다",
      // "블룸버그 통신은 최근 기사에서", "KBS가 입수한 문건".
      id: 'ko-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after:
        /^\s*(?:은|는|이|가|도)\s*[^\n.?!]{0,80}?(?:보도했다|보도했습니다|보도하며|보도하면서|보도하기도|보도한\s*바|전했다|전했습니다|최근\s*기사에서|기사에서|보도에서|단독\s*보도|입수한|확보한|분석했다|집계했다|지적했다)/u,
    },
    {
      // Polls for an outlet: "한국일보 의뢰로 한국리서치가 실시한 조사", "KBS가 실시한 여론조사".
      id: 'ko-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      after:
        /^\s*(?:의\s*의뢰로|의뢰로|의뢰해|의뢰를\s*받아|(?:가|이)\s*(?:[^\n.]{0,30})?(?:실시한|진행한|발표한)\s*(?:여론)?조사|(?:의\s*)?(?:여론조사|분석)(?:에\s*따르면|에서|결과))/u,
    },
    {
      id: 'ko-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after:
        /^\s*(?:와의\s*인터뷰|과의\s*인터뷰|와\s*인터뷰|과\s*인터뷰|에\s*(?:[^\n.]{0,10})?(?:말했다|밝혔다)|(?:와의?|과의?)\s*(?:전화\s*)?통화에서|에\s*보낸\s*(?:이메일|서면\s*답변|입장문)|(?:와|과)\s*만나)/u,
    },
    {
      // A programme of a broadcaster: "에스비에스(SBS) 라디오 ‘김태현의 정치쇼’에 출연해",
      // "KBS 1TV '일요진단'에서", "MBC 유튜브 채널에 출연한".
      id: 'ko-programme',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after:
        /^\s*[)）]?\s*(?:\([A-Za-z0-9]+\)\s*)?(?:(?:라디오|1TV|2TV|TV|티브이|유튜브(?:\s*채널)?|뉴스\d*)\s*)?(?:(?:시사\s*)?(?:프로그램|방송|채널)\s*)?(?:[‘'"“「『《][^’'"”」』》\n]{1,30}[’'"”」』》]\s*)?(?:에\s*출연(?:해|한|하여|했다)|에서\s*(?:말했다|밝혔다|주장했다))/u,
    },
    {
      id: 'ko-photo',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      before: /(?:사진|영상|자료|그래픽)\s*(?:제공)?\s*[=:：]\s*$/u,
    },
    {
      // "사진 연합뉴스 제공", "[뉴스1 자료사진]", "KBS 화면 캡처".
      id: 'ko-provided',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      after: /^\s*(?:제공|자료\s*사진|화면\s*캡처|영상\s*캡처|캡처)(?=\s*(?:$|\n|[\])）】.]))/u,
    },
  ],
  // "지역 일간지 충청투데이 보도에 따르면", "현지 매체 라나시온은": the word after a kind of
  // outlet, its particle stripped (unlisted-dense.ts), unless it is a common word.
  denseNames: [
    {
      re: new RegExp(
        `(?:일간지|일간신문|지역지|지방지|주간지|경제지|일간|신문|방송사|통신사|매체|언론사|인터넷\\s*신문)\\s+(?!${NOT_A_NAME}(?:[은는이가을를의에와과도]|에서|에게|$|\\s|[,.]))(?<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})(?=[\\s,.]|$)`,
        'gu',
      ),
      type: 'newspaper',
    },
  ],
  words: {
    and: ['와', '과'],
    articles: [],
    sourceLabels: ['출처'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['사진', '영상'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    KR: ['한국', '서울'],
    KP: ['북한', '평양'],
    TW: ['대만'],
    US: ['미국'],
    JP: ['일본'],
    CN: ['중국'],
    GB: ['영국'],
  },
  outletNouns: {
    'news-agency': ['통신'],
    newspaper: ['신문', '일보'],
    broadcaster: ['방송'],
    magazine: ['잡지'],
    online: ['인터넷 매체', '온라인 매체'],
  },
  nameEndings: {
    newspaper: ['일보', '신문'],
    'news-agency': ['통신'],
    broadcaster: ['방송'],
  },
};
