/** Vietnamese (utils/core/lang/vi.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'vi',
  rules: {
    'vi-source-label': {
      fires: [['Người dân xếp hàng trước cửa hàng. (Nguồn: AP)', 'associated-press:report']],
      silent: ['Nguồn tin của AP không nói rõ.'],
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
      fires: [['Hãng AFP dẫn nguồn Reuters cho biết cuộc họp bị hoãn.', 'reuters:report']],
      silent: ['Hãng AFP và Reuters cho biết cuộc họp bị hoãn.'],
    },
    'vi-told': {
      fires: [['Bộ trưởng nói với CNN rằng ông sẽ từ chức.', 'cnn:interview']],
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
      fires: [['Le Figaro đăng tải bài phân tích về sự thay đổi này.', 'le-figaro:analysis']],
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
  ],
  lookAlikes: [
    'Hãng tin AFP có văn phòng ở Hà Nội.',
    'Thế giới đang theo dõi.',
    'Bộ trưởng nói rằng CNN đã sai.',
    'Ảnh chụp tại trụ sở Reuters.',
    'Tờ Washington Post có trụ sở mới.',
  ],
};
