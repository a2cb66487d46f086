import type { LanguageCues } from './rule';

/** Japanese cues. Names are not separated by spaces; particles follow them. */
export const JA: LanguageCues = {
  lang: 'ja',
  rules: [
    {
      id: 'ja-photo',
      kind: 'photo',
      confidence: 0.9,
      before:
        /(?:写真|画像|映像|動画|提供|撮影|資料写真)\s*[:：＝=]\s*(?:[^\n。]{0,30}[/／]\s*)?$|[（(]\s*写真\s*[:：＝=]?\s*$/u,
    },
    {
      id: 'ja-equals-credit',
      kind: 'photo',
      confidence: 0.85,
      before: /[＝=]\s*$/u,
      after: /^\s*(?:$|\n|[）)】」、。\s]|[/／])/u,
    },
    {
      id: 'ja-paren-dateline',
      kind: 'byline',
      confidence: 0.85,
      structural: true,
      before: /[（(]\s*$/u,
      after: /^\s*[）)]/u,
    },
    {
      id: 'ja-according',
      kind: 'report',
      confidence: 0.95,
      after:
        /^\s*(?:の(?:報道|取材|調べ|集計|分析|記事|インタビュー)(?:に)?|が報じたところ)?\s*(?:によると|によれば|によりますと|が報じた|は報じた|が伝えた|は伝えた|が報道|は報道|によって報じられ|の報道では|の取材に対し|の取材に応じ|の取材では|の調べでは|の集計では|が入手|の分析では|の分析によると)/u,
    },
    {
      id: 'ja-told',
      kind: 'interview',
      confidence: 0.9,
      after:
        /^\s*(?:に対し|に対して|のインタビューに|の取材に|に)\s*(?:[^\n。]{0,12})?(?:明らかにした|語った|述べた|話した|答えた|証言した|明かした|説明した|語る|話す|応じた)/u,
    },
    {
      id: 'ja-citing',
      kind: 'report',
      confidence: 0.9,
      chain: true,
      after: /^\s*(?:を引用|が引用|の報道を引用|の記事を引用)/u,
    },
  ],
};

/** Chinese cues. */
export const ZH: LanguageCues = {
  lang: 'zh',
  rules: [
    {
      id: 'zh-ju',
      kind: 'report',
      confidence: 0.95,
      before:
        /(?:据|據|根据|根據|按照|援引|援用|引述|引用|转引|轉引|综合|綜合|来源|來源|来源于|來源於|图片来源|圖片來源|图源|圖源|图|圖)\s*[:：/]?\s*(?:美国|英国|法国|德国|日本|俄罗斯|俄羅斯|韩国|韓國|卡塔尔|香港|台湾|台灣|中国|中國)?\s*$/u,
    },
    {
      id: 'zh-reported',
      kind: 'report',
      confidence: 0.9,
      after:
        /^\s*(?:记者|記者)?\s*(?:报道|報道|报导|報導|称|稱|消息|援引|引述|指出|披露|透露|获悉|獲悉|表示|说|說|发布|發布|分析|评论|評論|电|電)/u,
    },
    {
      id: 'zh-told',
      kind: 'interview',
      confidence: 0.9,
      before: /(?:接受|对|對|向)\s*$/u,
      after: /^\s*(?:的)?\s*(?:采访|採訪|专访|專訪|记者|記者)/u,
    },
    {
      id: 'zh-photo',
      kind: 'photo',
      confidence: 0.85,
      after: /^\s*(?:[/／]\s*)?(?:图|圖|供图|供圖|摄|攝|照片|视频|視頻)(?:\s|$|\n|[）)。，,])/u,
    },
  ],
};

/** Korean cues. */
export const KO: LanguageCues = {
  lang: 'ko',
  rules: [
    {
      id: 'ko-according',
      kind: 'report',
      confidence: 0.95,
      after:
        /^\s*(?:의\s*)?(?:보도에\s*따르면|에\s*따르면|보도했다|는\s*보도했다|은\s*보도했다|가\s*보도했다|이\s*보도했다|는\s*전했다|은\s*전했다|가\s*전했다|이\s*전했다|는\s*[^\n.]{0,20}보도했다|등이\s*보도했다|등에\s*따르면)/u,
    },
    {
      id: 'ko-told',
      kind: 'interview',
      confidence: 0.9,
      after:
        /^\s*(?:와의\s*인터뷰|과의\s*인터뷰|와\s*인터뷰|과\s*인터뷰|에\s*(?:[^\n.]{0,10})?(?:말했다|밝혔다))/u,
    },
    {
      id: 'ko-photo',
      kind: 'photo',
      confidence: 0.9,
      before: /(?:사진|영상|자료)\s*[=:：]\s*$/u,
    },
  ],
};

/** Arabic cues. Prepositions glue to the name ("لرويترز"): the alias index allows one proclitic. */
export const AR: LanguageCues = {
  lang: 'ar',
  descBefore:
    /(?:^|\s)(?:ال)?(?:وكالة|لوكالة|بوكالة|صحيفة|لصحيفة|بصحيفة|قناة|لقناة|شبكة|لشبكة|موقع|لموقع|إذاعة|لإذاعة|مجلة|لمجلة|تلفزيون|التلفزيون)(?:\s+[\u0600-\u06ff]+){0,2}\s+$/u,
  rules: [
    {
      id: 'ar-according',
      kind: 'report',
      confidence: 0.95,
      before:
        /(?:^|\s)(?:وفقا|وفقاً|وفقًا|طبقا|طبقاً|بحسب|وبحسب|حسب|وحسب|نقلا|نقلاً|نقلًا|ونقلت|نقلت|ذكرت|وذكرت|أفادت|وأفادت|أوردت|وأوردت|قالت|وقالت|أشارت|وأشارت|كشفت|وكشفت|بثت|نشرت|ونشرت)\s*(?:عن|لـ|ل|إلى|الى)?\s*(?:ما\s+(?:ذكرته|أوردته|نشرته|أفادت\s+به)\s*)?(?:ل|ب|و)?$/u,
    },
    {
      id: 'ar-told',
      kind: 'interview',
      confidence: 0.9,
      before:
        /(?:^|\s)(?:قال|وقال|قالت|وقالت|صرح|وصرح|صرحت|أكد|وأكد|أكدت|أوضح|وأوضح|أوضحت|أضاف|وأضاف|كشف|وكشف|مقابلة\s+مع|حديث\s+(?:مع|إلى|ل)|تصريحات?\s+(?:ل|إلى))(?:\s+[\u0621-\u064a]+){0,2}\s*(?:في\s+(?:مقابلة|حديث|تصريحات?)\s+(?:مع|إلى)\s*)?(?:ل|لـ)?$/u,
    },
    {
      id: 'ar-reported',
      kind: 'report',
      confidence: 0.9,
      verbOnly: true,
      after: /^\s+(?:ذكرت|أفادت|قالت|نقلت|أوردت|أشارت|كشفت|نشرت)/u,
    },
    {
      id: 'ar-source-label',
      kind: 'report',
      kindInCaption: 'photo',
      confidence: 0.9,
      before: /(?:^|[\s(])(?:المصدر|مصدر|المصادر)\s*[:：]\s*$/u,
    },
  ],
};
