/** Korean (utils/core/lang/ko.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ko',
  rules: {
    'ko-dateline': {
      fires: [['(부산=연합뉴스) 김철수 기자 = 시는 12일 계획을 발표했다.', 'yonhap:byline']],
      silent: ['그는 "서울=연합뉴스"라는 표기를 설명했다.'],
    },
    'ko-analysis': {
      fires: [
        [
          '영국 파이낸셜타임스(FT)는 중국 경제가 둔화 국면에 들어섰다고 분석했다.',
          'financial-times:analysis',
        ],
      ],
      silent: ['미국 블룸버그 통신은 최근 기사에서 한국 증시가 저평가됐다고 분석했다.'],
    },
    'ko-source-label': {
      fires: [['회담이 연기됐다. (출처: 연합뉴스)\n다음.', 'yonhap:report']],
      silent: ['출처를 밝힌 연합뉴스 기자'],
    },
    'ko-actor': {
      fires: [
        ['연합뉴스 사장은 이날 사의를 표명했다.', 'yonhap'],
        ['KBS 노조는 파업을 예고했다.', 'kbs'],
        ['그는 한국일보 기자 출신으로 지난해 정계에 입문했다.', 'hankook-ilbo'],
      ],
      silent: ['한국일보는 그가 지난해 정계에 입문했다고 보도했다.'],
    },
    'ko-reported': {
      fires: [
        [
          '머니투데이는 금융당국이 다음 달부터 전세대출 보증 비율을 낮출 계획이라고 전했다.',
          'money-today:report',
        ],
        ['블룸버그는 최근 기사에서 반도체 수출이 줄었다고 지적했다.', 'bloomberg:report'],
      ],
      silent: ['머니투데이는 창간 25주년 기념식을 열었다.'],
    },
    'ko-poll': {
      fires: [
        ['한국일보 의뢰로 한국리서치가 실시한 조사에서 찬성이 52%였다.', 'hankook-ilbo:analysis'],
      ],
      silent: ['한국일보 건물에서 조사가 진행됐다.'],
    },
    'ko-programme': {
      fires: [['그는 KBS 라디오 ‘최경영의 최강시사’에 출연해 이같이 말했다.', 'kbs:interview']],
      silent: ['그는 KBS 라디오를 들으며 출근했다.'],
    },
    'ko-provided': {
      fires: [['{{caption:폭우로 잠긴 도로. 뉴스1 제공}}', 'news1-korea:photo']],
      silent: ['뉴스1 제공 서비스가 중단됐다.'],
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
    ['현지 매체 라나시온은 정부가 사임했다고 보도했다.', ['unlisted:라나시온:report']],
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
    ['머니투데이는 정부가 대출 규제를 완화할 것이라고 보도했다.', ['money-today:report']],
    ['블룸버그는 최근 기사에서 반도체 수출이 줄었다고 지적했다.', ['bloomberg:report']],
    ['그는 KBS 라디오 ‘최경영의 최강시사’에 출연해 이같이 말했다.', ['kbs:interview']],
    ['한국일보 의뢰로 한국리서치가 실시한 조사에서 찬성이 52%였다.', ['hankook-ilbo:analysis']],
    ['{{caption:폭우로 잠긴 도로. 뉴스1 제공}}', ['news1-korea:photo']],
    ['미국 블룸버그 통신은 최근 기사에서 한국 증시가 저평가됐다고 분석했다.', ['bloomberg:report']],
    [
      '한 의원은 엠비시(MBC) 라디오 ‘시선집중’에 출연해 법안 처리를 촉구했다.',
      ['mbc-korea:interview'],
    ],
    ['국토부 관계자는 뉴시스와의 통화에서 "검토 중"이라고 말했다.', ['newsis:interview']],
    ['조선일보 취재를 종합하면 회담은 다음 달로 미뤄졌다.', ['chosun-ilbo:report']],
  ],
  lookAlikes: [
    '외신 보도에 따르면 사고로 3명이 숨졌다.',
    '현지 매체들은 사고 소식을 일제히 보도했다.',
    '언론사 대표는 기자회견에서 사과했다고 전했다.',
    '로이터통신 건물이 있다.',
    '연합뉴스 기자가 왔다.',
    '장관은 연합뉴스 건물에서 밝혔다.',
    '사진전에 연합뉴스',
    '출처를 밝힌 연합뉴스 기자',
    '연합뉴스 사장은 이날 사의를 표명했다.',
    '그는 한국일보 기자 출신으로 지난해 정계에 입문했다.',
    '머니투데이는 창간 25주년 기념식을 열었다.',
  ],
};
