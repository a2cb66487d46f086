/**
 * Chinese (utils/core/lang/zh.ts), simplified and traditional: a dev set written from how the
 * Chinese-language press credits its sources before the pack's rules were read (5 December 2026).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'zh',
  rules: {},
  examples: [
    ['据新华社报道，四川省凉山州昨日发生5.1级地震，暂无人员伤亡报告。', ['xinhua:report']],
    ['据路透社消息，该公司计划在明年裁员约三千人。', ['reuters:report']],
    ['美国有线电视新闻网（CNN）报道称，白宫正在考虑新的制裁措施。', ['cnn:report']],
    ['彭博社援引知情人士的话说，双方谈判已接近尾声。', ['bloomberg:report']],
    [
      '他在接受《南华早报》采访时表示，香港经济前景依然乐观。',
      ['south-china-morning-post:interview'],
    ],
    ['新华社北京3月5日电（记者王小明）国务院总理今天上午作政府工作报告。', ['xinhua:byline']],
    [
      '综合法新社、美联社报道，以色列空袭造成至少20人死亡。',
      ['agence-france-presse:report', 'associated-press:report'],
    ],
    ['{{caption:救援人员在倒塌的房屋中搜救。（图片来源：路透社）}}', ['reuters:photo']],
    ['據中央社報導，台北市今天氣溫創下今年新高。', ['cna-taiwan:report']],
    ['《自由時報》引述消息人士指出，國防部將採購新型無人機。', ['liberty-times:report']],
    ['美聯社報導，美國聯準會宣布維持利率不變。', ['associated-press:report']],
    ['韩联社援引韩国军方消息称，朝鲜今晨向东部海域发射一枚弹道导弹。', ['yonhap:report']],
    ['英国《卫报》分析指出，这项政策可能加剧通胀压力。', ['the-guardian:analysis']],
    ['日本经济新闻报道，丰田将在美国新建一座电池工厂。', ['nikkei:report']],
    ['塔斯社12日报道称，俄方已向对方转交了一份新的提案。', ['tass:report']],
    ['该消息最早由《华尔街日报》披露。', ['the-wall-street-journal:report']],
    ['明报引述警方消息指，涉案男子已被扣查。', ['ming-pao:report']],
    ['中新社上海6月1日电 上海市今日起全面恢复正常生产生活秩序。', ['china-news-service:byline']],
    ['他在接受凤凰卫视专访时说，两岸关系需要更多沟通。', ['phoenix-tv:interview']],
    ['据央视报道，救援队已抵达震中地区。', ['cctv:report']],
    ['据香港《星島日報》報道，涉事公司已向警方報案。', ['sing-tao-daily:report']],
    ['俄罗斯卫星通讯社援引克里姆林宫发言人的话报道了这一消息。', ['sputnik:report']],
    ['{{caption:抗议者聚集在议会大楼外。图/美联社}}', ['associated-press:photo']],
  ],
  lookAlikes: [
    '新华社社长今天会见了来访的外国代表团。',
    '作者曾任《南华早报》记者，现为自由撰稿人。',
    '路透社的母公司汤森路透公布了季度财报。',
    '他在微博上发文称，此事与他无关。',
    '美联储宣布加息25个基点，市场反应平淡。',
    '《自然》杂志发表的一项研究显示，全球冰川融化速度加快。',
    '据中央社区卫生服务中心介绍，今年接种疫苗的人数明显增加。',
    '据新华社区居委会介绍，小区改造工程下月完工。',
    '央视春晚今年的收视率再创新高。',
    '《纽约时报》因报道失实被起诉，案件将于下月开庭。',
  ],
};
