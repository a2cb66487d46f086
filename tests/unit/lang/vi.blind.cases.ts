/**
 * Vietnamese (utils/core/lang/vi.ts): a dev set written from how the Vietnamese press credits its
 * sources before the pack's rules were read (5 December 2026).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'vi',
  rules: {},
  examples: [
    ['Theo hãng tin Reuters, hai bên đã đạt được thỏa thuận sơ bộ.', ['reuters:report']],
    ['Theo báo Tuổi Trẻ, vụ tai nạn xảy ra lúc 3 giờ sáng.', ['tuoi-tre:report']],
    [
      'Hãng tin AFP dẫn nguồn tin giấu tên cho biết cuộc đàm phán đã bị hoãn.',
      ['agence-france-presse:report'],
    ],
    [
      'Trả lời phỏng vấn báo Thanh Niên, ông Nam cho biết dự án sẽ hoàn thành trong năm nay.',
      ['thanh-nien:interview'],
    ],
    [
      'Trao đổi với VnExpress, bà Lan nói gia đình chưa nhận được thông báo.',
      ['vnexpress:interview'],
    ],
    ['Theo TTXVN, đoàn công tác đã đến Hà Nội chiều qua.', ['vietnam-news-agency:report']],
    [
      'Tờ New York Times đưa tin Nhà Trắng đang cân nhắc các biện pháp trừng phạt mới.',
      ['the-new-york-times:report'],
    ],
    [
      'Kênh truyền hình CNN dẫn lời một quan chức Mỹ cho biết cuộc tấn công đã được lên kế hoạch từ trước.',
      // The outlet relays an official's words ("dẫn lời", quoting): the pack calls it a quote.
      ['cnn:quote'],
    ],
    ['{{caption:Người dân sơ tán khỏi khu vực ngập lụt. Ảnh: Reuters}}', ['reuters:photo']],
    ['Hãng thông tấn Yonhap của Hàn Quốc đưa tin Triều Tiên vừa phóng tên lửa.', ['yonhap:report']],
    ['Theo Thời báo Hoàn Cầu, Bắc Kinh sẽ có phản ứng mạnh mẽ.', ['global-times:report']],
    [
      'Nói với phóng viên Dân trí, ông Hùng khẳng định sẽ khắc phục hậu quả.',
      ['dan-tri:interview'],
    ],
    [
      'Hãng tin Kyodo dẫn một nguồn tin chính phủ cho biết Tokyo sẽ tăng ngân sách quốc phòng.',
      ['kyodo:report'],
    ],
    [
      'Giới chức địa phương cho biết số người thiệt mạng đã tăng lên 12. (Theo Al Jazeera)',
      ['al-jazeera:report'],
    ],
    ['Đài Tiếng nói Việt Nam (VOV) đưa tin mưa lớn gây ngập nhiều tuyến phố.', ['vov:report']],
    ['Trong cuộc phỏng vấn với đài BBC, cựu bộ trưởng thừa nhận sai lầm.', ['bbc:interview']],
    ['Tân Hoa Xã đưa tin nhà máy đã ngừng hoạt động từ tuần trước.', ['xinhua:report']],
    ['Bloomberg dẫn các nguồn thạo tin cho biết công ty đang tìm người mua.', ['bloomberg:report']],
    ['Theo tờ Nikkei, Toyota sẽ xây nhà máy pin mới tại Mỹ.', ['nikkei:report']],
    [
      'Báo Người Lao Động ghi nhận nhiều phương tiện bị mắc kẹt trên cao tốc.',
      ['nguoi-lao-dong:report'],
    ],
  ],
  lookAlikes: [
    'Ông từng làm phóng viên cho báo Tuổi Trẻ trước khi chuyển sang kinh doanh.',
    'Tổng biên tập báo Thanh Niên vừa được bổ nhiệm hôm qua.',
    'Thanh niên tình nguyện đã có mặt từ sáng sớm để hỗ trợ người dân.',
    'Tuổi trẻ của ông gắn liền với những năm tháng chiến tranh.',
    'Reuters bị chính phủ nước này thu hồi giấy phép hoạt động.',
    'Nhân dân địa phương đã góp sức xây dựng lại cây cầu.',
    'Theo Bộ Ngoại giao, công dân Việt Nam tại khu vực đều an toàn.',
    'Lao động tự do chiếm gần một nửa lực lượng lao động cả nước.',
  ],
};
