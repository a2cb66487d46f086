import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases } from './regex';

/*
 * Japanese writes no spaces: particles follow a name ("ロイター通信は", "ＡＰ通信によると"), and
 * the press puts a descriptor before it ("米ブルームバーグ通信", "地元紙ホノルル・スター・
 * アドバタイザー", "国営中央テレビ（CCTV）"): a country's one-letter abbreviation (米 US, 英 UK,
 * 仏, 独, 中, 韓, 露), an adjective (国営 state, 地元 local, 有力 leading) and a kind of outlet
 * (紙 paper, 誌 magazine, 通信 wire, テレビ). The verb ends the clause, often far from the name
 * ("米ブルームバーグ通信は9日、関係者の話として…と報じた"). Credit lines use "＝" and "・"
 * ("＝新華社・共同"), brackets ("（共同）", "【ワシントン＝共同】") and "提供".
 */

/** Kinds of outlet, as written after a name or at the end of a descriptor. */
const KIND = phrases(`
  通信社
  通信
  テレビ局
  テレビ
  放送局
  放送
  新聞社
  新聞
  経済紙
  経済誌
  週刊誌
  月刊誌
  専門誌
  紙
  誌
  ラジオ
  メディア
  ニュースサイト
  電子版
`);

/** Adjectives of a descriptor: "国営", "地元", "有力", "公共". */
const ADJECTIVE = phrases(`
  国営
  政府系
  官製
  公共
  地元
  現地
  地方
  有力
  大手
  主要
  経済
  保守系
  リベラル系
  左派系
  右派系
  独立系
  ネット
`);

/** Countries as the press abbreviates or names them before an outlet. */
const COUNTRY = phrases(`
  米
  英
  仏
  独
  中
  韓
  露
  豪
  伊
  台
  印
  米国
  英国
  中国
  韓国
  台湾
  香港
  ロシア
  イスラエル
  カタール
`);

/** Reporting verbs, any form: "報じた", "報じている", "伝えました", "報道した". */
const REPORTED = phrases(`
  報じ
  伝え
  報道し
  報道して
  特報し
  スクープし
  入手し
  確認し
  社説で
  論説で
  コラムで
`);

/** A local descriptor: "地元紙の", "地方紙・", "地元のケーブルテレビ局", "県内の民放局". */
const LOCAL_OUTLET =
  '(?:地元|地方|現地|県内|県|地域|ブロック)の?(?:新聞|紙|メディア|ケーブルテレビ局|テレビ局|テレビ|民放局|民放|放送局|ラジオ局|ＦＭ局|FM局|局|ニュースサイト)(?:の|・|、)?';

/** Endings of Japanese outlets' names ("南海日日新聞", "琉球新報", "あづみ野テレビ"). */
const NAME_END = '(?:新聞|新報|日報|タイムス|タイムズ|テレビ|放送|ラジオ|通信|ニュース|ＦＭ|FM)';

/** Japanese: its cue rules, descriptors and words. */
export const JA: LanguagePack = {
  code: 'ja',
  name: 'Japanese',
  // "米", "地元紙", "英経済紙", "国営", "中国の国営テレビ": nothing but a descriptor before the name.
  descBefore: new RegExp(
    `(?:${COUNTRY}の?)?(?:${ADJECTIVE})?(?:${KIND})?(?<=${COUNTRY}|${ADJECTIVE}|${KIND})$`,
    'u',
  ),
  // "通信は", "テレビ（CCTV）も", "紙（電子版）によると": the kind and an abbreviation in brackets.
  descAfter: new RegExp(
    `^(?:${KIND})?(?:の?電子版)?(?:[（(][\\p{L}\\p{N}・ー&\\s-]{1,15}[）)])?(?=[はがもにのと、]|によ)`,
    'u',
  ),
  rules: [
    {
      // The outlet as employer, owner, company or stage: "ＮＨＫ会長", "元朝日新聞記者",
      // "フジテレビの株主", "日本テレビの番組のキャスター", "読売新聞社を買収".
      id: 'ja-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: /(?:^|[^\p{Script=Han}])(?:元|前|旧)\s*$/u,
    },
    {
      id: 'ja-actor-after',
      kind: null,
      confidence: CONFIDENCE.veto,
      after:
        /^\s*(?:社)?(?:の)?(?:(?:番組)?(?:[『「][^』」\n]{1,30}[』」]の?)?(?:キャスター|司会|アナウンサー|MC)|会長|社長|社員|労組|労働組合|株主|株価|株式|本社|社屋|経営陣|経営|買収|傘下|親会社|子会社|広告|CM|スポンサー|解説委員|論説委員|編集委員|編集長|(?:記者|特派員)(?:を経て|出身|だった|として|を務め|時代|を辞め))/u,
    },
    {
      id: 'ja-photo',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      before:
        /(?:写真|画像|映像|動画|提供|撮影|資料写真)\s*[:：＝=]\s*(?:[^\n。]{0,30}[/／]\s*)?$|[（(]\s*写真\s*[:：＝=]?\s*$/u,
    },
    {
      // "喜ぶメッシ＝ロイター", "＝ロイター＝共同", "＝新華社・共同" (a bracketed "【北京＝共同】"
      // is a dateline, the common layer's).
      id: 'ja-equals-credit',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      before: /[＝=]\s*$/u,
      after: /^\s*(?:$|\n|[）)」、。\s]|[/／＝=・])/u,
    },
    {
      // The distributor closing a credit line after the source: "＝新華社・共同" (the catalog writes
      // the distributor with its dot, "・共同"), "＝ＡＰ・時事".
      id: 'ja-credit-tail',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      before: /[＝=][^\s＝=、。]{1,20}$/u,
      after: /^\s*(?:$|\n|[）)」、。\s])/u,
    },
    {
      // The catalog writes the wires' credit-line forms with their marks ("＝共同", "・時事",
      // "（共同）"): glued to a caption's or story's last word they are its credit.
      id: 'ja-credit-mark',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      structural: true,
      surface: /^[＝=・･]/u,
      after: /^\s*(?:$|\n|[）)」』])/u,
    },
    {
      id: 'ja-paren-mark',
      kind: 'byline',
      kindInCaption: 'photo',
      confidence: CONFIDENCE.pattern,
      structural: true,
      surface: /^[（(]/u,
      after: /^\s*(?:$|\n)/u,
    },
    {
      // "写真はロイター提供", "（AFP＝時事提供）", "ＡＰ撮影".
      id: 'ja-provided',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      after: /^\s*(?:提供|撮影|配信)(?=\s*(?:$|\n|[）)」】、。]))/u,
    },
    {
      id: 'ja-paren-dateline',
      kind: 'byline',
      // Under a picture the bracketed wire is the picture's credit ("破壊された建物（ＡＰ）").
      kindInCaption: 'photo',
      confidence: CONFIDENCE.pattern,
      structural: true,
      // Glued to Japanese text ("鉱山（ロイター）") or in full-width brackets: a bare "(AP)" in
      // other languages' prose is an abbreviation being explained ("Anggota Parlimen (AP)"),
      // and so is one a particle follows ("中央テレビ（CCTV）も").
      before:
        /(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー。、」』]\s?[（(]|（)\s*$/u,
      after:
        /^\s*(?:[＝=][^\n）)＝=]{1,8})?[）)](?!\s*(?:[はがもにのとへで]|によ|報導|报道|報道|指出|稱|称|表示|分析|引述|援引|記者|记者))/u,
    },
    {
      // Polls and analyses: "ＮＨＫの世論調査によると", "朝日新聞社が実施した世論調査では".
      id: 'ja-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      after:
        /^\s*(?:社)?(?:の|が(?:実施|行|まとめ)った|が実施した|が行った|がまとめた)\s*(?:全国|電話|合同|共同|緊急|定例|独自|郵送|インターネット|ネット|県民|都民|市民)*(?:世論調査|調査|集計|分析|試算|独自調査)(?:によると|によれば|では|で|の結果|結果)/u,
    },
    {
      id: 'ja-according',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after:
        /^\s*[）)]?(?:など|等|ら)?(?:の(?:報道|取材|調べ|記事|インタビュー|番組|ニュース)(?:に)?|が(?:報|伝)えたところ|が報じたところ)?\s*(?:によると|によれば|によりますと|が報じた|は報じた|が伝えた|は伝えた|が報道|は報道|によって報じられ|の報道では|の取材では|の調べでは|が入手|の(?:取材|調べ|調査)で[^\n。]{0,40}?(?:分か|わか|判明|明らかにな)|の報道を受け)/u,
    },
    {
      // An interview or appearance: "ＮＨＫのインタビューで", "ＣＮＮとの単独インタビューに応じ",
      // "テレビ朝日の番組『…』に出演し".
      id: 'ja-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after:
        /^\s*(?:テレビ|ラジオ)?(?:の|との|が行った)\s*(?:単独|独占|電話|書面|オンライン)?\s*(?:インタビュー(?:で|に(?:応じ|答え|対し))|取材に(?:応じ|答え|対し))|^\s*(?:の)?(?:番組|報道番組|ニュース番組)?(?:[『「][^』」\n]{1,30}[』」])?(?:に(?:生)?出演し|で)[^\n。]{0,30}?(?:語|述べ|話し|明か|証言|発言|主張|訴え|示し|強調し|指摘し|批判し|否定し|説明し|見通しを)/u,
    },
    {
      id: 'ja-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after:
        /^\s*(?:に対し|に対して|のインタビューに|の取材に|の(?:記者|取材班)に(?:対し)?|に)\s*(?:[^\n。]{0,12})?(?:明らかにした|語った|述べた|話した|答えた|証言した|明かした|説明した|語る|話す|応じた)/u,
    },
    {
      id: 'ja-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      after: /^\s*(?:を引用|が引用|の報道を引用|の記事を引用)/u,
    },
    {
      // The topic, then the verb at the clause's end: "米ブルームバーグ通信は9日、関係者の話
      // として…と報じた", "ロイター通信も同日伝えた".
      id: 'ja-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: new RegExp(`^\\s*[）)]?(?:など|等|ら)?(?:は|が|も)、?[^\\n。]{0,80}?${REPORTED}`, 'u'),
    },
  ],
  denseNames: [
    // "地元紙の南海日日新聞によると": the name runs from the descriptor to an outlet's ending.
    {
      re: new RegExp(
        `${LOCAL_OUTLET}(?<name>[\\p{Script=Han}\\p{Script=Katakana}ー・々]{1,10}?${NAME_END})(?=[はがもにのと、（(]|によ)`,
        'gu',
      ),
      type: 'newspaper',
    },
    // "地元のケーブルテレビ局「あづみ野テレビ」の取材に": a quoted name after the descriptor.
    {
      re: new RegExp(`${LOCAL_OUTLET}「(?<name>[^「」\\n]{2,15})」`, 'gu'),
      type: 'broadcaster',
    },
  ],
  words: {
    and: ['と', '・', 'や', '及び', 'および'],
    articles: [],
    sourceLabels: ['出典', '出所', '引用元', 'ソース'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: [],
    photoMarks: ['写真'],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    JP: ['日本', '東京'],
    KR: ['韓国', 'ソウル'],
    CN: ['中国', '北京'],
    TW: ['台湾', '台北'],
    US: ['アメリカ'],
    GB: ['イギリス'],
    FR: ['フランス'],
    DE: ['ドイツ'],
  },
  outletNouns: {
    // Only nouns the press glues before a name ("地元紙", "米誌", "国営通信社"): they are also
    // what unlisted-kana.ts reads names after ("通信" alone would take "通信キャリア").
    'news-agency': ['通信社'],
    newspaper: ['新聞', '紙', '日刊紙', '経済紙'],
    broadcaster: ['テレビ', 'テレビ局', '放送局'],
    magazine: ['誌', '週刊誌', '経済誌'],
    online: ['ニュースサイト'],
  },
  // Katakana words that follow a descriptor without being a name ("同紙ウェブサイト").
  notOutletWords: [
    'ウェブサイト',
    'サイト',
    'ウェブ',
    'ホームページ',
    'インタビュー',
    'ニュース',
    'オンライン',
    'デジタル',
    'コラム',
    'ネット',
    'センター',
    'グループ',
    'スクープ',
    'アプリ',
    'メディア',
    'ページ',
  ],
  nameEndings: {
    newspaper: ['新聞', '新報', '日報', 'タイムス', 'タイムズ'],
    'news-agency': ['通信'],
    broadcaster: ['放送', 'テレビ', 'ラジオ', 'ＦＭ', 'FM'],
  },
};
