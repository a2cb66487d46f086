/**
 * A second Vietnamese blind set (6 December 2026), written from how the Vietnamese press credits
 * its sources before the pack's rules were read or run: theo…, …đưa tin/cho biết/cho hay, dẫn
 * lời/dẫn nguồn, trả lời phỏng vấn/trao đổi với/nói với…, khảo sát do…, Ảnh: … credits, source
 * lines (Theo Reuters, AFP), foreign outlets with their Vietnamese names, web addresses, unlisted
 * provincial papers; and look-alikes (common words that are also names, bios, ministries).
 * First run: 36 of 41 credits read right, no look-alike credited; all read right after the fixes.
 * Four "dẫn lời" credits were expectations of report, fixed to quote (the tables' convention for
 * "quoted X as saying").
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'vi',
  rules: {},
  examples: [
    [
      'Theo Thông tấn xã Việt Nam (TTXVN), lũ quét đã cuốn trôi nhiều ngôi nhà ở Yên Bái.',
      ['vietnam-news-agency:report'],
    ],
    ['VnExpress đưa tin, vụ cháy xảy ra vào rạng sáng nay.', ['vnexpress:report']],
    [
      'Báo Tuổi Trẻ dẫn lời một quan chức địa phương cho biết đường đã được thông xe.',
      ['tuoi-tre:quote'],
    ],
    [
      'Trao đổi với phóng viên báo Thanh Niên, ông Hùng cho biết dự án sẽ được điều chỉnh.',
      ['thanh-nien:interview'],
    ],
    ['Trả lời phỏng vấn VTV, Bộ trưởng khẳng định giá điện sẽ không tăng.', ['vtv:interview']],
    [
      'Hãng tin Reuters dẫn các nguồn tin thân cận cho hay thỏa thuận sắp hoàn tất.',
      ['reuters:report'],
    ],
    [
      'Theo tờ The New York Times, chính quyền đang cân nhắc các phương án.',
      ['the-new-york-times:report'],
    ],
    ['Tờ Nikkei Asia đưa tin hãng này sẽ mở nhà máy tại Bắc Ninh.', ['nikkei-asia:report']],
    [
      'Hãng thông tấn Yonhap (Hàn Quốc) cho biết vụ phóng diễn ra lúc 7 giờ sáng.',
      ['yonhap:report'],
    ],
    ['Đài CNN của Mỹ dẫn lời một quan chức giấu tên cho biết cuộc gặp đã bị hủy.', ['cnn:quote']],
    ['{{caption:Lực lượng cứu hộ tìm kiếm nạn nhân. Ảnh: Reuters}}', ['reuters:photo']],
    [
      '{{caption:Người dân di chuyển qua khu vực ngập lụt. Ảnh: TTXVN}}',
      ['vietnam-news-agency:photo'],
    ],
    ['{{caption:Biểu tình tại thủ đô Paris. Ảnh: AFP}}', ['agence-france-presse:photo']],
    [
      'Theo báo Người Lao Động, nhiều công nhân chưa nhận được lương tháng 11.',
      ['nguoi-lao-dong:report'],
    ],
    ['Báo Lao Động cho hay giá xăng sẽ giảm trong kỳ điều hành tới.', ['lao-dong:report']],
    [
      'Báo Dân trí dẫn nguồn tin từ cơ quan điều tra cho biết nghi phạm đã bị bắt.',
      ['dan-tri:report'],
    ],
    [
      'Nói với Bloomberg, ông Smith cho biết công ty sẽ tăng đầu tư vào Việt Nam.',
      ['bloomberg:interview'],
    ],
    [
      'Trong cuộc phỏng vấn với đài BBC, thủ tướng thừa nhận kinh tế gặp khó khăn.',
      ['bbc:interview'],
    ],
    ['Kênh truyền hình Al Jazeera đưa tin ít nhất 20 người thiệt mạng.', ['al-jazeera:report']],
    ['Hãng tin AP dẫn lời cảnh sát cho biết nghi phạm đã tự sát.', ['associated-press:quote']],
    [
      'Theo khảo sát do báo Tuổi Trẻ thực hiện, 60% phụ huynh ủng hộ đề xuất này.',
      ['tuoi-tre:analysis'],
    ],
    ['Báo VietNamNet cho biết hồ sơ đã được chuyển sang cơ quan công an.', ['vietnamnet:report']],
    [
      'Báo Sài Gòn Giải Phóng đưa tin thành phố sẽ mở thêm hai tuyến buýt.',
      ['sai-gon-giai-phong:report'],
    ],
    ['Theo Tân Hoa Xã, Trung Quốc sẽ tăng chi tiêu quốc phòng.', ['xinhua:report']],
    [
      'Hãng tin Kyodo (Nhật Bản) dẫn nguồn tin chính phủ cho hay thủ tướng sẽ thăm Việt Nam.',
      ['kyodo:report'],
    ],
    [
      'Theo báo South China Morning Post (SCMP), Bắc Kinh đã triệu tập đại sứ.',
      ['south-china-morning-post:report'],
    ],
    ['Báo Nhân Dân điện tử đăng tải bài viết của Tổng Bí thư.', ['nhan-dan:report']],
    ['Theo đài RFA, nhiều người dân đã bị triệu tập.', ['radio-free-asia:report']],
    ['Theo báo Tiền Phong, trường học đã cho học sinh nghỉ.', ['tien-phong:report']],
    ['Theo trang tin vnexpress.net, sân bay đã mở cửa trở lại.', ['vnexpress:report']],
    ['Tờ Straits Times (Singapore) dẫn lời bộ trưởng cho biết.', ['straits-times:quote']],
    ['Hãng AFP đưa tin cảnh sát đã giải tán đám đông.', ['agence-france-presse:report']],
    ['Theo hãng thông tấn Sputnik, quân đội Nga đã rút khỏi khu vực.', ['sputnik:report']],
    ['(Theo Reuters, AFP)', ['agence-france-presse:report', 'reuters:report']],
    ['Theo đài VOV, hàng nghìn hộ dân đã được sơ tán.', ['vov:report']],
    [
      'Báo Công an Nhân dân cho biết băng nhóm này đã hoạt động nhiều năm.',
      ['cong-an-nhan-dan:report'],
    ],
    [
      'Phát biểu với báo Quân đội Nhân dân, ông Tuấn nhấn mạnh vai trò của lực lượng.',
      ['quan-doi-nhan-dan:interview'],
    ],
    [
      'Theo báo Bình Dương, khu công nghiệp mới sẽ tạo việc làm cho 10.000 lao động.',
      ['unlisted:binh-duong:report'],
    ],
    [
      'Trả lời báo Pháp Luật TP.HCM, luật sư cho rằng quyết định này trái luật.',
      ['bao-phap-luat-tp-hcm:interview'],
    ],
    ['Theo Zing News, nhiều khách hàng đã khiếu nại.', ['zing-news:report']],
    ['Đài HTV đưa tin kẹt xe kéo dài trên cao tốc.', ['htv:report']],
  ],
  lookAlikes: [
    'Ông Minh từng làm phóng viên cho báo Tuổi Trẻ trước khi chuyển sang kinh doanh.',
    'Tuổi trẻ là quãng thời gian đẹp nhất của đời người.',
    'Thanh niên tình nguyện đã giúp người dân dọn dẹp sau bão.',
    'Theo Bộ Y tế, số ca mắc mới đã giảm mạnh.',
    'Theo trang Facebook cá nhân của ca sĩ, buổi diễn đã bị hủy.',
    'Lao động phổ thông đang thiếu hụt ở các khu công nghiệp.',
    'Nhân dân cả nước hướng về miền Trung.',
    'Theo ông Nam, giá nhà sẽ còn tăng.',
    'Vingroup cho biết doanh thu quý ba tăng 20%.',
    'Báo Tuổi Trẻ vừa kỷ niệm 50 năm ngày thành lập.',
    'Dân trí của người dân vùng cao đã được nâng lên.',
    'Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, bão sẽ đổ bộ vào đêm nay.',
    'Theo Ngân hàng Thế giới (WB), kinh tế Việt Nam sẽ tăng trưởng 6%.',
    'TikTok cho biết sẽ gỡ bỏ các video vi phạm.',
    'Công an nhân dân có nhiệm vụ bảo vệ an ninh trật tự.',
  ],
};
