/** Vietnamese (utils/core/lang/vi.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'vi',
  rules: {
    'vi-source-label': {
      fires: [['Người dân xếp hàng trước cửa hàng. (Nguồn: AP)', 'associated-press:report']],
      silent: ['Nguồn tin của AP không nói rõ.'],
    },
    'vi-actor': {
      fires: [
        ['Ông là cựu phóng viên của BBC tại Hà Nội.', 'bbc'],
        ['Tổng biên tập Le Monde đã từ chức.', 'le-monde'],
      ],
      silent: ['Phóng viên Reuters tại Tokyo cho biết giá gạo tăng.'],
    },
    'vi-actor-after': {
      fires: [['Reuters bị kiện vì vi phạm bản quyền.', 'reuters']],
      silent: ['Reuters đưa tin vụ kiện vi phạm bản quyền.'],
    },
    'vi-poll': {
      fires: [
        ['Theo một cuộc khảo sát do CNN thực hiện, 60% người dân lo ngại.', 'cnn:analysis'],
        ['Kết quả thăm dò dư luận của Reuters cho thấy ông dẫn trước.', 'reuters:analysis'],
      ],
      silent: ['Cuộc khảo sát được Reuters nhắc đến hôm qua.'],
    },
    'vi-theo': {
      fires: [['Theo hãng tin Reuters, cuộc đàm phán đã bị hoãn.', 'reuters:report']],
      silent: ['Theo ông, Reuters đã sai.'],
    },
    'vi-photo-label': {
      fires: [['Ảnh: Reuters', 'reuters:photo']],
      silent: ['Ảnh chụp tại trụ sở Reuters.'],
    },
    'vi-quote-chain': {
      fires: [
        ['Hãng AFP dẫn nguồn Reuters cho biết cuộc họp bị hoãn.', 'reuters:report'],
        ['AFP dẫn số liệu của Kyodo cho biết doanh số tăng gấp bốn lần.', 'kyodo:report'],
      ],
      silent: ['Hãng AFP và Reuters cho biết cuộc họp bị hoãn.'],
    },
    'vi-told': {
      fires: [
        ['Bộ trưởng nói với CNN rằng ông sẽ từ chức.', 'cnn:interview'],
        ['Trả lời phỏng vấn Reuters, ông cho biết giá gạo sẽ giảm.', 'reuters:interview'],
        ['Phát biểu trong chương trình Thời sự của VTV, ông cho biết.', 'vtv:interview'],
      ],
      silent: ['Bộ trưởng nói rằng CNN đã sai.'],
    },
    'vi-by': {
      fires: [['Thông tin được đưa ra bởi Reuters hôm qua.', 'reuters:report']],
      silent: ['Thông tin về Reuters hôm qua.'],
    },
    'vi-quoted': {
      fires: [
        ['Tờ Washington Post dẫn lời các quan chức Mỹ cho biết.', 'the-washington-post:quote'],
      ],
      silent: ['Tờ Washington Post có trụ sở mới.'],
    },
    'vi-analysis': {
      fires: [
        ['Le Figaro đăng tải bài phân tích về sự thay đổi này.', 'le-figaro:analysis'],
        ['Hãng tin Kyodo phân tích rằng giá gạo sẽ còn tăng.', 'kyodo:analysis'],
      ],
      silent: ['Le Figaro đăng tải ảnh về sự thay đổi này.'],
    },
    'vi-reported': {
      fires: [['Hãng tin AFP đưa tin ngày 20/3.', 'agence-france-presse:report']],
      silent: ['Hãng tin AFP có văn phòng ở Hà Nội.'],
    },
  },
  examples: [
    ['Theo hãng tin Reuters, cuộc đàm phán đã bị hoãn.', ['reuters:report']],
    [
      'Tờ Washington Post dẫn lời các quan chức Mỹ cho biết họ đã thông báo.',
      ['the-washington-post:quote'],
    ],
    ['Người dân xếp hàng trước cửa hàng. (Nguồn: AP)', ['associated-press:report']],
    ['Ảnh: Reuters', ['reuters:photo']],
    ['Hãng tin AFP đưa tin ngày 20/3.', ['agence-france-presse:report']],
    ['Bộ trưởng nói với CNN rằng ông sẽ từ chức.', ['cnn:interview']],
    [
      'Hãng AFP dẫn nguồn Reuters cho biết cuộc họp bị hoãn.',
      ['agence-france-presse:report', 'reuters:report'],
    ],
    ['Thông tin được đưa ra bởi Reuters hôm qua.', ['reuters:report']],
    ['Le Figaro đăng tải bài phân tích về sự thay đổi này.', ['le-figaro:analysis']],
    ['Theo AFP, ít nhất 10 người thiệt mạng.', ['agence-france-presse:report']],
    [
      'AFP dẫn số liệu của Kyodo cho biết doanh số tăng gấp bốn lần.',
      ['agence-france-presse:report', 'kyodo:report'],
    ],
    ['Theo một cuộc khảo sát do CNN thực hiện, 60% người dân lo ngại.', ['cnn:analysis']],
    ['Trả lời phỏng vấn Reuters, ông cho biết giá gạo sẽ giảm.', ['reuters:interview']],
    ['Ảnh minh họa: Reuters', ['reuters:photo']],
    ['Thông tấn xã Kyodo cho biết giá gạo tăng.', ['kyodo:report']],
    ['Theo phóng viên TTXVN tại Washington, cuộc họp đã kết thúc.', ['vietnam-news-agency:report']],
    ['Tờ New York Times của Mỹ cho biết cuộc họp đã kết thúc.', ['the-new-york-times:report']],
  ],
  lookAlikes: [
    'Hãng tin AFP có văn phòng ở Hà Nội.',
    'Thế giới đang theo dõi.',
    'Bộ trưởng nói rằng CNN đã sai.',
    'Ảnh chụp tại trụ sở Reuters.',
    'Tờ Washington Post có trụ sở mới.',
    'Ông là cựu phóng viên của BBC tại Hà Nội.',
    'Reuters bị kiện vì vi phạm bản quyền.',
  ],
};
