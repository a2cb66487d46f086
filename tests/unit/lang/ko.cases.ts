/** Korean (utils/core/lang/ko.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ko',
  rules: {
    'ko-source-label': {
      fires: [['회담이 연기됐다. (출처: 연합뉴스)\n다음.', 'yonhap:report']],
      silent: ['출처를 밝힌 연합뉴스 기자'],
    },
    'ko-according': {
      fires: [['로이터통신에 따르면 회담이 연기됐다.', 'reuters:report']],
      silent: ['로이터통신 건물이 있다.'],
    },
    'ko-told': {
      fires: [['장관은 연합뉴스와의 인터뷰에서 밝혔다.', 'yonhap:interview']],
      silent: ['장관은 연합뉴스 건물에서 밝혔다.'],
    },
    'ko-photo': {
      fires: [['사진=연합뉴스', 'yonhap:photo']],
      silent: ['사진전에 연합뉴스'],
    },
  },
  examples: [
    ['로이터통신에 따르면 회담이 연기됐다.', ['reuters:report']],
    ['연합뉴스가 보도했다.', ['yonhap:report']],
    ['장관은 연합뉴스와의 인터뷰에서 밝혔다.', ['yonhap:interview']],
    ['사진=연합뉴스', ['yonhap:photo']],
    ['회담이 연기됐다. (출처: 연합뉴스)\n다음.', ['yonhap:report']],
    ['AP통신에 따르면 회담이 연기됐다.', ['associated-press:report']],
    ['로이터통신은 전했다.', ['reuters:report']],
    ['연합뉴스 보도에 따르면 회담이 연기됐다.', ['yonhap:report']],
    ['서울=연합뉴스', ['yonhap:photo']],
    ['AFP통신이 보도했다.', ['agence-france-presse:report']],
  ],
  lookAlikes: [
    '로이터통신 건물이 있다.',
    '연합뉴스 기자가 왔다.',
    '장관은 연합뉴스 건물에서 밝혔다.',
    '사진전에 연합뉴스',
    '출처를 밝힌 연합뉴스 기자',
  ],
};
