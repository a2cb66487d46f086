/** Chinese (utils/core/lang/zh.ts), simplified and traditional. */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'zh',
  rules: {
    'zh-glued-word': {
      fires: [
        ['据中央社区卫生服务中心介绍，接种人数明显增加。', 'cna-taiwan'],
        ['据新闻报道称，事故造成三人受伤。', 'la-stampa'],
        ['据中国网友爆料，该公司已经停产。', 'china-org-cn'],
      ],
      silent: [
        '据中央社报道，接种人数明显增加。',
        '据世界报报道，法国总统将访华。',
        '据中国网报道，该公司已经停产。',
      ],
    },
    'zh-source-label': {
      fires: [['会议召开。（来源：新华社）\n更多内容。', 'xinhua:report']],
      silent: ['新华社的来源很多。'],
    },
    'zh-actor': {
      fires: [
        ['他曾任《聯合報》記者，後來從政。', 'united-daily-news'],
        ['前新华社社长出席了会议。', 'xinhua'],
      ],
      silent: ['目前路透報導，談判仍在進行。'],
    },
    'zh-actor-after': {
      fires: [
        ['TVBS董事長出席活動。', 'tvbs'],
        ['新华社总部在北京。', 'xinhua'],
      ],
      silent: ['TVBS報導，活動於週六舉行。'],
    },
    'zh-photo-label': {
      fires: [
        ['圖／路透', 'reuters:photo'],
        ['图片来源：新华社', 'xinhua:photo'],
      ],
      silent: ['圖書館裡有路透的報紙。'],
    },
    'zh-ju': {
      fires: [
        ['据新华社报道，会议于周一召开。', 'xinhua:report'],
        ['據《自由時報》報導，電價將上漲。', 'liberty-times:report'],
      ],
      silent: ['新华社大楼于周一开放。'],
    },
    'zh-dateline': {
      fires: [
        ['中央社記者王小明台北5日電 電價將上漲。', 'cna-taiwan:byline'],
        ['新华社北京12月5日电 会议召开。', 'xinhua:byline'],
      ],
      silent: ['中央社的記者王小明在台北工作。'],
    },
    'zh-analysis': {
      fires: [['《工商時報》分析指出，電價將上漲。', 'commercial-times:analysis']],
      silent: ['《工商時報》的讀者很多。'],
    },
    'zh-reported': {
      fires: [
        ['路透社报道称，油价上涨。', 'reuters:report'],
        ['路透則指出，電價將上漲。', 'reuters:report'],
        ['美國財經媒體彭博社5日報導，電價將上漲。', 'bloomberg:report'],
      ],
      silent: ['路透社大楼很高。'],
    },
    'zh-told': {
      fires: [
        ['他接受新华社采访时表示。', 'xinhua:interview'],
        ['他接受TVBS新聞訪問時也說，電價將上漲。', 'tvbs:interview'],
        ['他在接受《自由時報》專訪時指出，電價將上漲。', 'liberty-times:interview'],
      ],
      silent: ['他参观了新华社总部。'],
    },
    'zh-tell': {
      fires: [['他告訴路透，電價將上漲。', 'reuters:interview']],
      silent: ['他聽說路透的記者很多。'],
    },
    'zh-told-to': {
      fires: [['一名官員向彭博社透露，電價將上漲。', 'bloomberg:interview']],
      silent: ['一名官員向彭博社大樓走去。'],
    },
    'zh-paren-abbrev': {
      fires: [
        ['根據美國有線電視新聞網（CNN）報導，談判陷入僵局。', 'cnn:report'],
        ['該台（TVBS）則指出，電價將上漲。', 'tvbs:report'],
      ],
      silent: ['示威者在街頭抗議。（路透）\n下一則新聞。'],
    },
    'zh-photo': {
      fires: [
        ['新华社摄', 'xinhua:photo'],
        ['新华社记者 王鹏 摄', 'xinhua:photo'],
      ],
      silent: ['新华社总部'],
    },
  },
  examples: [
    ['据当地媒体《东南早报》报道，泉州一座老桥已封闭维修。', ['unlisted:东南早报:report']],
    ['《温州商报》报道，当地将新建两座污水处理厂。', ['unlisted:温州商报:report']],
    ['星洲日報報道，柔佛州政府將推出新的援助配套。', ['sin-chew-daily:report']],
    ['《人民日报》刊文称，要推进高水平对外开放。', ['peoples-daily:report']],
    ['据新华社报道，会议于周一召开。', ['xinhua:report']],
    ['路透社报道称，油价上涨。', ['reuters:report']],
    ['他接受新华社采访时表示。', ['xinhua:interview']],
    ['新华社摄', ['xinhua:photo']],
    ['会议召开。（来源：新华社）\n更多内容。', ['xinhua:report']],
    ['图/新华社', ['xinhua:photo']],
    ['据路透社报道，油价上涨。', ['reuters:report']],
    ['新华社消息，会议召开。', ['xinhua:report']],
    ['新华社电 会议召开。', ['xinhua:report']],
    ['根据新华社的报道，会议召开。', ['xinhua:report']],
    ['路透則指出，電價將上漲。', ['reuters:report']],
    ['據中央社報導，電價將上漲。', ['cna-taiwan:report']],
    ['外媒路透報導，電價將上漲。', ['reuters:report']],
    ['他在接受《自由時報》專訪時指出，電價將上漲。', ['liberty-times:interview']],
    ['《工商時報》分析指出，電價將上漲。', ['commercial-times:analysis']],
    ['中央社記者王小明台北5日電 電價將上漲。', ['cna-taiwan:byline']],
    ['示威者在街頭抗議。（路透）', ['reuters:byline']],
    ['他告訴路透，電價將上漲。', ['reuters:interview']],
    ['美国《纽约时报》报道称，谈判陷入僵局。', ['the-new-york-times:report']],
    ['根據美國有線電視新聞網（CNN）報導，談判陷入僵局。', ['cnn:report']],
    ['新华社记者 王鹏 摄', ['xinhua:photo']],
    ['圖／翻攝自TVBS', ['tvbs:photo']],
    ['彭博社的报道称，谈判陷入僵局。', ['bloomberg:report']],
  ],
  lookAlikes: [
    '他订阅了当地报纸《嘉兴日报》。',
    '《嘉兴日报》创刊于1949年，是当地历史最悠久的报纸。',
    '据当地媒体报道，泉州一座老桥已封闭维修。',
    '新华社大楼于周一开放。',
    '路透社大楼很高。',
    '他参观了新华社总部。',
    '新华社的来源很多。',
    '新华社总部',
    '他曾任《聯合報》記者，後來從政。',
    'TVBS董事長出席活動。',
    '他阅读了《自由時報》。',
    '中央社的記者王小明在台北工作。',
    '彭博社的大楼很高。',
  ],
};
