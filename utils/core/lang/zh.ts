import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';

/** Chinese: its cue rules, descriptors and words. */
export const ZH: LanguagePack = {
  code: 'zh',
  name: 'Chinese',
  rules: [
    {
      id: 'zh-ju',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before:
        /(?:据|據|根据|根據|按照|援引|援用|引述|引用|转引|轉引|综合|綜合|来源|來源|来源于|來源於|图片来源|圖片來源|图源|圖源|图|圖)\s*[:：/]?\s*(?:美国|英国|法国|德国|日本|俄罗斯|俄羅斯|韩国|韓國|卡塔尔|香港|台湾|台灣|中国|中國)?\s*$/u,
    },
    {
      id: 'zh-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      after:
        /^\s*(?:记者|記者)?\s*(?:报道|報道|报导|報導|称|稱|消息|援引|引述|指出|披露|透露|获悉|獲悉|表示|说|說|发布|發布|分析|评论|評論|电|電)/u,
    },
    {
      id: 'zh-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: /(?:接受|对|對|向)\s*$/u,
      after: /^\s*(?:的)?\s*(?:采访|採訪|专访|專訪|记者|記者)/u,
    },
    {
      id: 'zh-photo',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      after: /^\s*(?:[/／]\s*)?(?:图|圖|供图|供圖|摄|攝|照片|视频|視頻)(?:\s|$|\n|[）)。，,])/u,
    },
  ],
  words: {
    and: ['和', '与', '與'],
    articles: [],
    sourceLabels: ['来源', '來源'],
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
  countries: {},
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
    broadcaster: ['电视台', '電視台'],
  },
};
