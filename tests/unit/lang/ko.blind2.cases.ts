/**
 * A second Korean blind set (6 December 2026), written from how the Korean press credits its
 * sources before the pack's rules were read or run: …에 따르면, …가 보도했다/전했다, …와의
 * 인터뷰에서, programmes (…에 출연해), polls done for a paper, (서울=연합뉴스) datelines, 사진=…
 * credits, Hangul names of foreign outlets, particles glued to names, unlisted regional papers;
 * and look-alikes.
 * First run: 36 of 42 credits read right, no look-alike credited; all read right after the fixes.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ko',
  rules: {},
  examples: [
    ['연합뉴스에 따르면 이날 사고로 3명이 숨지고 5명이 다쳤다.', ['yonhap:report']],
    ['로이터통신은 소식통을 인용해 협상이 결렬됐다고 보도했다.', ['reuters:report']],
    ['미국 CNN 방송은 10일(현지시간) 백악관 관계자를 인용해 이같이 전했다.', ['cnn:report']],
    ['AP통신에 따르면 현지 경찰은 용의자 2명을 체포했다.', ['associated-press:report']],
    ['블룸버그통신이 11일 보도했다.', ['bloomberg:report']],
    ['그는 조선일보와의 인터뷰에서 "물러날 생각이 없다"고 말했다.', ['chosun-ilbo:interview']],
    [
      '그는 이날 KBS 라디오 프로그램에 출연해 "추가 대책을 검토 중"이라고 말했다.',
      ['kbs:interview'],
    ],
    [
      '중앙일보 의뢰로 한국리서치가 실시한 여론조사에서 찬성 응답은 48%였다.',
      ['joongang-ilbo:analysis'],
    ],
    ['한겨레 취재 결과, 해당 부처는 보고서를 공개하지 않은 것으로 확인됐다.', ['hankyoreh:report']],
    ['{{caption:시민들이 광장에 모여 있다. 사진=연합뉴스}}', ['yonhap:photo']],
    ['{{caption:서울 도심에서 열린 집회 모습. /뉴시스}}', ['newsis:photo']],
    [
      '{{caption:폭격으로 무너진 건물. (사진=AFP 연합뉴스)}}',
      ['agence-france-presse:photo', 'yonhap:photo'],
    ],
    ['일본 교도통신은 정부 소식통을 인용해 정상회담이 다음 달 열린다고 전했다.', ['kyodo:report']],
    ['일본 NHK는 지진으로 인한 쓰나미 우려는 없다고 보도했다.', ['nhk:report']],
    ['중국 관영 신화통신에 따르면 시진핑 국가주석은 이날 연설했다.', ['xinhua:report']],
    [
      '북한 조선중앙통신은 11일 김정은 국무위원장이 미사일 발사를 참관했다고 보도했다.',
      ['kcna:report'],
    ],
    [
      '영국 파이낸셜타임스(FT)는 양사가 합병을 논의하고 있다고 보도했다.',
      ['financial-times:report'],
    ],
    [
      '월스트리트저널(WSJ)이 입수한 문건에 따르면 회사는 감원을 계획하고 있다.',
      ['the-wall-street-journal:report'],
    ],
    ['뉴욕타임스(NYT)에 따르면 미 국방부는 조사에 착수했다.', ['the-new-york-times:report']],
    ['JTBC 보도에 따르면 검찰은 압수수색을 진행했다.', ['jtbc:report']],
    ['동아일보가 단독 보도한 내용에 따르면 정부는 개편안을 마련했다.', ['dong-a-ilbo:report']],
    ['경향신문이 입수한 자료에 따르면 예산이 30% 삭감됐다.', ['kyunghyang-shinmun:report']],
    ['그는 YTN과의 통화에서 "사실이 아니다"라고 밝혔다.', ['ytn:interview']],
    ['매일경제신문 보도에 따르면 정부는 세제 개편을 검토하고 있다.', ['maeil-business:report']],
    ['한국일보 취재에 따르면 경찰은 해당 직원을 입건했다.', ['hankook-ilbo:report']],
    ['[서울=뉴시스] 김철수 기자 = 코스피가 이틀 연속 상승 마감했다.', ['newsis:byline']],
    ['(서울=연합뉴스) 이영희 기자 = 정부는 12일 부동산 대책을 발표했다.', ['yonhap:byline']],
    [
      '프랑스 AFP통신은 현지 관리를 인용해 사망자가 늘었다고 전했다.',
      ['agence-france-presse:report'],
    ],
    ['그는 영국 BBC 방송과의 인터뷰에서 휴전을 촉구했다.', ['bbc:interview']],
    ['러시아 타스통신은 국방부 발표를 인용해 이같이 보도했다.', ['tass:report']],
    ['일본 아사히신문은 정부가 방위비 증액을 검토하고 있다고 보도했다.', ['asahi-shimbun:report']],
    [
      '미국 워싱턴포스트(WP)는 정보당국 관계자를 인용해 이같이 전했다.',
      ['the-washington-post:report'],
    ],
    ['그는 로이터통신과의 인터뷰에서 투자 확대 계획을 밝혔다.', ['reuters:interview']],
    ['그는 TV조선 뉴스9에 출연해 "당의 결정을 따르겠다"고 말했다.', ['tv-chosun:interview']],
    ['채널A는 여당이 공천 기준을 바꾸기로 했다고 단독 보도했다.', ['channel-a:report']],
    ['국민일보 보도에 따르면 교육부는 지침을 개정할 방침이다.', ['kookmin-ilbo:report']],
    ['오마이뉴스가 확보한 녹취록에는 이 같은 내용이 담겼다.', ['ohmynews:report']],
    [
      '경남도민일보에 따르면 창원시는 해당 사업을 전면 재검토하기로 했다.',
      ['kyeongnam-domin-ilbo:report'],
    ],
    [
      '지역 일간지 충청투데이 보도에 따르면 대전시는 노선 변경을 확정했다.',
      ['unlisted:충청투데이:report'],
    ],
    ['MBN 뉴스에 출연한 전문가는 금리 인하 가능성을 언급했다.', ['mbn:interview']],
    ['뉴스1과의 통화에서 그는 "조사에 성실히 임하겠다"고 말했다.', ['news1-korea:interview']],
    ['미국 CNN 방송과의 인터뷰에서 대통령은 동맹의 중요성을 강조했다.', ['cnn:interview']],
  ],
  lookAlikes: [
    '연합뉴스 사장 후보 공모에 5명이 지원했다.',
    '그는 조선일보 기자 출신으로 현재 국회의원이다.',
    '카카오톡 메시지에 따르면 모임 장소가 변경됐다.',
    '중앙일보 사옥 앞에서 집회가 열렸다.',
    '한겨레의 통일을 염원하는 마음은 변함이 없다.',
    '국방부에 따르면 훈련은 다음 주까지 이어진다.',
    '삼성전자에 따르면 3분기 영업이익은 9조원이다.',
    'KBS 수신료 분리 징수 방안이 국무회의를 통과했다.',
    '경향 각지에서 모인 선수들이 실력을 겨뤘다.',
    '조선시대 문헌에 따르면 이 마을은 500년 전에 형성됐다.',
    '중앙정부에 따르면 지원금은 이달 말 지급된다.',
    '그는 매일 경제 뉴스를 챙겨 본다.',
    '그는 유튜브 채널에 출연해 자신의 경험을 이야기했다.',
    '네이버 뉴스 댓글 정책이 다음 달부터 바뀐다.',
    '동아시아 정세가 급변하고 있다.',
  ],
};
