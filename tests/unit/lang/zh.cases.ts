/** Chinese (utils/core/lang/zh.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'zh',
  rules: {
    'zh-source-label': {
      fires: [['会议召开。（来源：新华社）\n更多内容。', 'xinhua:report']],
      silent: ['新华社的来源很多。'],
    },
    'zh-ju': {
      fires: [['据新华社报道，会议于周一召开。', 'xinhua:report']],
      silent: ['新华社大楼于周一开放。'],
    },
    'zh-reported': {
      fires: [['路透社报道称，油价上涨。', 'reuters:report']],
      silent: ['路透社大楼很高。'],
    },
    'zh-told': {
      fires: [['他接受新华社采访时表示。', 'xinhua:interview']],
      silent: ['他参观了新华社总部。'],
    },
    'zh-photo': {
      fires: [['新华社摄', 'xinhua:photo']],
      silent: ['新华社总部'],
    },
  },
  examples: [
    ['据新华社报道，会议于周一召开。', ['xinhua:report']],
    ['路透社报道称，油价上涨。', ['reuters:report']],
    ['他接受新华社采访时表示。', ['xinhua:interview']],
    ['新华社摄', ['xinhua:photo']],
    ['会议召开。（来源：新华社）\n更多内容。', ['xinhua:report']],
    ['图/新华社', ['xinhua:report']],
    ['据路透社报道，油价上涨。', ['reuters:report']],
    ['新华社消息，会议召开。', ['xinhua:report']],
    ['新华社电 会议召开。', ['xinhua:report']],
    ['根据新华社的报道，会议召开。', ['xinhua:report']],
  ],
  lookAlikes: [
    '新华社大楼于周一开放。',
    '路透社大楼很高。',
    '他参观了新华社总部。',
    '新华社的来源很多。',
    '新华社总部',
  ],
};
