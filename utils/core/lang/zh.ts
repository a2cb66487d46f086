import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases } from './regex';

/*
 * Chinese, simplified and traditional alike (every table holds both forms): no spaces, so
 * patterns take the name glued to its cue ("據路透報導", "路透則指出"); papers and magazines are
 * often in title marks ("在接受《自由時報》專訪時"), which every pattern here allows around the
 * name; a descriptor may stand before it ("美國財經媒體彭博社", "外媒路透"). Wire datelines:
 * "新华社北京12月5日电", "（中央社記者王小明台北5日電）", "（路透）".
 */

/** An optional opening or closing title mark around the name. */
const OPEN = '[《〈]?';
const CLOSE = '[》〉]?';

/** Adverbs between the name and its verb: "路透則指出", "彭博社稍早報導", "美联社5日报道". */
const ADVERB = `(?:則|则|也|亦|更|还|還|并|並|稍早|早前|日前|今天|今日|昨天|昨日|周[一二三四五六日]|週[一二三四五六日]|\\d{1,2}日|當地時間|当地时间|[^\\n，。,]{0,4}?獨家|[^\\n，。,]{0,4}?独家|率先|最新|首先)*`;

/** Reporting verbs after the name (and `ADVERB`). */
const REPORTED = phrases(`
  报道
  報道
  报导
  報導
  称
  稱
  消息
  指出
  披露
  透露
  获悉
  獲悉
  表示
  说
  說
  发布
  發布
  發佈
  引述
  援引
  爆料
  取得
  掌握
  证实
  證實
  写道
  寫道
  刊登
  刊出
  刊文
  获得
  獲得
  取得的
`);

/** Words before the name that credit it: "据", "根據", "綜合", "引述". */
const ACCORDING = phrases(`
  据
  據
  根据
  根據
  按照
  援引
  援用
  引述
  引用
  转引
  轉引
  综合
  綜合
  来源
  來源
  来源于
  來源於
  消息来源
  消息來源
  资料来源
  資料來源
`);

/** Interview nouns after the name: "訪問", "專訪", "采访". */
const INTERVIEW = phrases(`
  采访
  採訪
  专访
  專訪
  访问
  訪問
  访谈
  訪談
  连线
  連線
  记者
  記者
  節目
  节目
  直播
`);

/** Countries and kinds in a descriptor: "美國財經媒體", "外媒", "官媒", "英国广播公司". */
const COUNTRY =
  '(?:美國|美国|英國|英国|法國|法国|德國|德国|日本|俄羅斯|俄罗斯|韓國|韩国|香港|台灣|台湾|中國|中国|卡達|卡塔尔|以色列|新加坡|澳洲|澳大利亚|加拿大)';

/**
 * Kinds of outlet in a descriptor ("地方报纸", "當地媒體", "网络媒体"); not a name's own ending
 * ("日报", "电视台"): a title after those is the outlet's programme or column ("电视台《新闻联播》").
 */
const NOUN =
  '(?:媒体|媒體|报纸|報紙|报章|報章|报刊|報刊|网站|網站|新闻网站|新聞網站|杂志|雜誌|通讯社|通訊社|电视频道|電視頻道)';

/** A title that a programme, column or article noun follows is no outlet's name. */
const NOT_OUTLET_TITLE =
  '(?!节目|節目|栏目|欄目|专栏|專欄|文章|一文|社论|社論|评论|評論|频道|頻道|一书|一書|杂志社|雜誌社)';

/** What makes a descriptor local or particular ("当地", "地方", "华文"). */
const LOCAL =
  '(?:当地|當地|地方|本地|地区|地區|区域|區域|网络|網絡|网路|網路|独立|獨立|华文|華文|中文|英文|财经|財經|官方|党营|黨營)';

/** Endings of papers', broadcasters' and agencies' names ("嘉兴日报", "澎湖时报"). */
const NAME_END =
  '(?:日报|日報|晚报|晚報|时报|時報|早报|早報|商报|商報|快报|快報|导报|導報|周报|週報|都市报|都市報|新闻网|新聞網|新闻|新聞|电视台|電視台|广播电台|廣播電台|电台|電台|周刊|週刊|通讯社|通訊社)';

/** Chinese: its cue rules, descriptors and words. */
export const ZH: LanguagePack = {
  code: 'zh',
  name: 'Chinese',
  descBefore: new RegExp(
    `(?:${COUNTRY}(?:的)?(?:官方|國營|国营|財經|财经|經濟|经济|主流|知名|地方|當地|当地)?(?:媒體|媒体|通訊社|通讯社|電視台|电视台|電台|电台|報紙|报纸|日報|日报|網站|网站|雜誌|杂志|新聞網|新闻网)|(?:外媒|陸媒|陆媒|港媒|台媒|日媒|韓媒|韩媒|美媒|英媒|官媒|當地媒體|当地媒体)|${COUNTRY}(?=${OPEN}$))${OPEN}$`,
    'u',
  ),
  // "美國有線電視新聞網（CNN）報導": the abbreviation in brackets after the name.
  descAfter: /^[（(][A-Za-z0-9Ａ-Ｚａ-ｚ０-９&.\s-]{2,15}[）)]/u,
  rules: [
    {
      // The outlet as employer, owner or company: "曾任《聯合報》記者", "收購TVBS", "前新華社社長".
      id: 'zh-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: new RegExp(
        `(?:曾任|曾在|曾於|曾于|任職於|任职于|效力於|效力于|收購|收购|入股|控告|起訴|起诉|(?:^|[，。、\\s])前)${OPEN}$`,
        'u',
      ),
    },
    {
      // No spaces: a name's last character may begin the next word, and then the name is none: a
      // wire's 社 in "中央社区" (community), "新华社会" (society), "社交"; a paper's 报 in "新闻报道"
      // (news reports, not the Shanghai name of La Stampa), "時代報導", "报告", "报刊", "报纸"; a
      // site's 网 in "中国网络", "中國網路" (the internet), "网友", "网民", "网站", "网红", "网购".
      id: 'zh-glued-word',
      kind: null,
      confidence: CONFIDENCE.veto,
      // A name the catalog writes in its title marks ("《人民日报》") ends there.
      surface: /[^》〉]$/u,
      after:
        /^(?:区|區|会|會|团|團|群|交|科|工|保|道|导|導|告|刊|纸|紙|路|络|絡|友|民|站|页|頁|红|紅|购|購|店|游|遊)/u,
    },
    {
      id: 'zh-actor-after',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: new RegExp(
        `^${CLOSE}\\s*(?:的)?(?:董事長|董事长|總經理|总经理|社長|社长|總編輯|总编辑|老闆|老板|員工|员工|工會|工会|股價|股价|股票|股東|股东|大樓|大楼|總部|总部|被收購|被收购|廣告|广告|主播|主持人|記者出身|记者出身|前記者|前记者)`,
        'u',
      ),
    },
    {
      id: 'zh-photo-label',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        `(?:图|圖|图片|圖片|照片|图源|圖源|图片来源|圖片來源|摄影|攝影|影像|资料照片?|資料照片?|示意图|示意圖|视频|視頻|影片)\\s*[:：/／]\\s*(?:翻攝自|翻摄自|取自|截自|摘自|翻攝|翻摄)?\\s*${OPEN}$`,
        'u',
      ),
    },
    {
      id: 'zh-ju',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: new RegExp(`${ACCORDING}\\s*[:：]?\\s*${COUNTRY}?\\s*${OPEN}$`, 'u'),
    },
    {
      // "新华社北京12月5日电", "中央社記者王小明台北5日電": the wire's dateline.
      id: 'zh-dateline',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      after:
        /^\s*(?:(?:记者|記者|特派员|特派員)\s*[\p{Script=Han}·]{2,6}\s*)?(?:[\p{Script=Han}]{2,6}\s*)?(?:\d{1,2}月)?\d{1,2}日\s*(?:专|專)?(?:电|電)/u,
    },
    {
      // Polls and analyses: "《工商時報》分析指出", "TVBS民調顯示".
      id: 'zh-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      after: new RegExp(
        `^${CLOSE}\\s*(?:的|所做的|最新)?\\s*(?:分析|民调|民調|(?:调查|調查)(?!报道|報道|報導|记者|記者)|评论|評論|社论|社論)(?:指出|显示|顯示|称|稱|认为|認為|发现|發現|表示)?`,
        'u',
      ),
    },
    {
      id: 'zh-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: new RegExp(`(?:接受|对|對|向|上|在)\\s*${OPEN}$`, 'u'),
      after: new RegExp(
        `^${CLOSE}\\s*(?:的)?\\s*(?:电话|電話|独家|獨家|书面|書面)?\\s*${INTERVIEW}`,
        'u',
      ),
    },
    {
      // "他告訴路透", "告诉《华尔街日报》".
      id: 'zh-tell',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: new RegExp(`(?:告訴|告诉|受訪時告訴|受访时告诉)\\s*${OPEN}$`, 'u'),
    },
    {
      // "對彭博社表示", "向美联社透露".
      id: 'zh-told-to',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: new RegExp(`(?:对|對|向)\\s*${OPEN}$`, 'u'),
      after: new RegExp(`^${CLOSE}\\s*(?:表示|说|說|透露|指出|证实|證實|坦言)`, 'u'),
    },
    {
      id: 'zh-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      after: new RegExp(
        `^${CLOSE}\\s*(?:网|網|新闻网|新聞網|电子报|電子報)?${ADVERB}\\s*(?:记者|記者)?\\s*(?:${REPORTED}|电|電|的\\s*(?:独家|獨家)?(?:调查|調查|深度|专题|專題)?(?:报道|報導|报导|報道|消息|文章))`,
        'u',
      ),
    },
    {
      // The abbreviation in brackets after a name, then the verb: "美國有線電視新聞網（CNN）報導".
      id: 'zh-paren-abbrev',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: /[（(]\s*$/u,
      after: new RegExp(`^\\s*[）)]\\s*${ADVERB}\\s*(?:${REPORTED})`, 'u'),
    },
    {
      id: 'zh-photo',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      after:
        /^\s*(?:[/／]\s*)?(?:(?:记者|記者|特约记者|特約記者)\s*[\p{Script=Han}·]{2,6}\s*)?(?:图|圖|供图|供圖|摄|攝|照片|视频|視頻|提供)(?:\s|$|\n|[）)。，,])/u,
    },
  ],
  denseNames: [
    // A descriptor before a title-marked name: "据地方报纸《嘉兴日报》报道", "當地媒體《澎湖日報》".
    {
      re: new RegExp(
        `${LOCAL}${NOUN}[《〈](?<name>[^《》〈〉\\n]{2,14})[》〉]${NOT_OUTLET_TITLE}`,
        'gu',
      ),
      type: 'newspaper',
    },
    // A title-marked name with an outlet's ending and no descriptor, only right after "据" or
    // right before "报道": "据《澎湖时报》", "《澎湖时报》报道" (a paper's own pages write
    // "《X日报》记者…" and "《X日报》讯" about themselves).
    {
      re: new RegExp(`(?:${ACCORDING})[《〈](?<name>[^《》〈〉\\n]{1,12}${NAME_END})[》〉]`, 'gu'),
      type: 'newspaper',
    },
    {
      re: new RegExp(
        `[《〈](?<name>[^《》〈〉\\n]{1,12}${NAME_END})[》〉](?=${ADVERB}(?:报道|報導|報道|报导|披露|引述|援引))`,
        'gu',
      ),
      type: 'newspaper',
    },
    // A local descriptor, then the name up to its ending: "当地报纸嘉兴日报报道".
    {
      re: new RegExp(
        `${LOCAL}${NOUN}(?<name>\\p{Script=Han}{2,8}?${NAME_END})(?=报道|報導|報道|报导|称|稱|消息|指出|引述|援引|的|[，。、])`,
        'gu',
      ),
      type: 'newspaper',
    },
  ],
  words: {
    and: ['和', '与', '與', '及', '跟'],
    articles: [],
    sourceLabels: ['来源', '來源', '消息来源', '消息來源', '资料来源', '資料來源', '出处', '出處'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['图', '图片', '圖', '圖片'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  // Country names of two characters count inside running text (country-vote.ts); places and
  // currencies say the country when the text never names it. Both scripts.
  countries: {
    CN: ['中国', '中國', '北京', '上海', '人民币', '人民幣', '国务院', '國務院'],
    TW: ['台湾', '臺灣', '台北', '臺北', '高雄', '新北', '立法院', '新台币', '新臺幣'],
    HK: ['香港', '港府', '港元', '港币', '港幣'],
    MO: ['澳门', '澳門'],
    MY: ['马来西亚', '馬來西亞', '大马', '大馬', '吉隆坡', '槟城', '檳城', '柔佛', '令吉'],
    SG: ['新加坡', '狮城', '獅城', '新元'],
    KR: ['韩国', '韓國', '首尔', '首爾'],
    JP: ['日本', '东京', '東京'],
  },
  outletNouns: {
    'news-agency': ['通讯社', '通訊社'],
    newspaper: ['报', '報', '日报', '日報'],
    broadcaster: ['电视台', '電視台', '广播电台'],
    magazine: ['杂志', '雜誌'],
    online: ['网站', '網站'],
  },
  nameEndings: {
    newspaper: ['日报', '日報', '晚报', '晚報', '时报', '時報'],
    'news-agency': ['社'],
    broadcaster: ['电视台', '電視台', '电台', '電台'],
    magazine: ['周刊', '週刊', '杂志', '雜誌'],
    online: ['网', '網', '新闻网', '新聞網'],
  },
};
