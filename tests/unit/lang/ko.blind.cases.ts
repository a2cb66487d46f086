/**
 * Korean (utils/core/lang/ko.ts): a dev set written from how the Korean press credits its sources
 * before the pack's rules were read (5 December 2026).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ko',
  rules: {},
  examples: [
    ['연합뉴스에 따르면 경찰은 이날 오후 용의자를 체포했다.', ['yonhap:report']],
    ['로이터통신은 소식통을 인용해 양국이 합의에 근접했다고 보도했다.', ['reuters:report']],
    [
      '그는 조선일보와의 인터뷰에서 "지금은 물러설 때가 아니다"라고 말했다.',
      ['chosun-ilbo:interview'],
    ],
    ['뉴시스 보도에 따르면 사고 현장에는 소방차 20대가 투입됐다.', ['newsis:report']],
    ['뉴스1에 따르면 검찰은 다음 주 관계자들을 소환할 예정이다.', ['news1-korea:report']],
    [
      '미국 뉴욕타임스(NYT)는 10일(현지시간) 백악관이 새 제재를 검토 중이라고 보도했다.',
      ['the-new-york-times:report'],
    ],
    ['일본 교도통신은 정부 소식통을 인용해 회담이 연기됐다고 전했다.', ['kyodo:report']],
    ['북한 조선중앙통신은 김정은 국무위원장이 미사일 발사를 참관했다고 보도했다.', ['kcna:report']],
    [
      '{{caption:9일 서울 광화문광장에서 시민들이 집회를 하고 있다. 사진=연합뉴스}}',
      ['yonhap:photo'],
    ],
    ['KBS 취재 결과 해당 업체는 지난해에도 같은 사고를 낸 것으로 확인됐다.', ['kbs:report']],
    [
      '중앙일보가 입수한 내부 문건에 따르면 회사는 구조조정을 계획하고 있다.',
      ['joongang-ilbo:report'],
    ],
    ['블룸버그통신이 12일 보도했다.', ['bloomberg:report']],
    [
      '한국갤럽이 동아일보 의뢰로 실시한 여론조사에서 응답자의 58%가 찬성했다.',
      ['dong-a-ilbo:analysis'],
    ],
    ['그는 JTBC 뉴스룸에 출연해 "책임을 지겠다"고 말했다.', ['jtbc-newsroom:interview']],
    ['[서울=뉴시스] 홍길동 기자 = 정부가 내년 예산안을 발표했다.', ['newsis:byline']],
    [
      '영국 파이낸셜타임스(FT)는 중국 경제가 둔화 국면에 들어섰다고 분석했다.',
      ['financial-times:analysis'],
    ],
    ['중국 신화통신은 시진핑 국가주석이 다음 달 방러한다고 전했다.', ['xinhua:report']],
    [
      '김 의원은 경향신문과의 통화에서 "아직 결정된 것은 없다"고 말했다.',
      ['kyunghyang-shinmun:interview'],
    ],
    ['일본 요미우리신문은 정부가 방위비를 증액할 방침이라고 보도했다.', ['yomiuri-shimbun:report']],
    ['AP통신에 따르면 현지 당국은 사망자가 30명으로 늘었다고 밝혔다.', ['associated-press:report']],
    ['그는 YTN 라디오에 출연해 "협상은 계속될 것"이라고 말했다.', ['ytn:interview']],
    ['미 CNN방송은 국방부 관계자를 인용해 병력 증파가 검토되고 있다고 전했다.', ['cnn:report']],
  ],
  lookAlikes: [
    '연합뉴스 사장 선임 절차가 이번 주 시작됐다.',
    '필자는 조선일보 기자를 거쳐 현재 대학에서 강의하고 있다.',
    'KBS 수신료 분리징수 방안을 두고 논란이 이어지고 있다.',
    '그는 페이스북에 "국민께 사과드린다"라고 적었다.',
    '중앙일보 사옥 앞에서 노조 집회가 열렸다.',
    '블룸버그 전 뉴욕시장은 기후 단체에 거액을 기부했다.',
    'MBC 드라마가 높은 시청률을 기록하며 종영했다.',
    '보건복지부에 따르면 올해 출생아 수는 역대 최저를 기록했다.',
  ],
};
