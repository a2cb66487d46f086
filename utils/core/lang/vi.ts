import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { u } from './regex';

/** Vietnamese: its cue rules, descriptors and words. Descriptors come before the name: "hãng tin Reuters", "tờ Washington Post". */
export const VI: LanguagePack = {
  code: 'vi',
  name: 'Vietnamese',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['không', 'chưa', 'chẳng'],
  descBefore: u(
    /(?:^|\s)(?:(?:các\s+|những\s+)?(?:hãng\s+tin|hãng\s+thông\s+tấn|thông\s+tấn\s+xã|báo|tờ\s+báo|tờ|kênh\s+truyền\s+hình|kênh|đài\s+truyền\s+hình|đài\s+phát\s+thanh|đài|trang\s+tin(?:\s+tức)?|trang\s+web|trang|tạp\s+chí|tuần\s+báo|nhật\s+báo|hãng|mạng|cơ\s+quan\s+truyền\s+thông|truyền\s+thông))(?:\s+(?:[\p{Ll}]+|của\s+[\p{Lu}][\p{L}]*)){0,3}\s+$/u,
  ),
  // "Báo Nhân Dân điện tử đăng tải": the paper's online edition.
  descAfter: u(/^\s+(?:điện\s+tử|online|trực\s+tuyến)(?=\s|,)/iu),
  rules: [
    {
      // The outlet as employer, owner, company or stage: "cựu phóng viên của BBC", "tổng biên tập
      // báo Tuổi Trẻ", "người dẫn chương trình của VTV", "cổ phiếu của Nikkei".
      id: 'vi-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:cựu\s+phóng\s+viên|từng\s+là\s+phóng\s+viên|từng\s+làm\s+việc\s+(?:cho|tại)|làm\s+việc\s+cho|(?:phó\s+)?tổng\s+biên\s+tập|người\s+dẫn\s+chương\s+trình|chủ\s+sở\s+hữu|cổ\s+phiếu|cổ\s+phần|quảng\s+cáo\s+trên|kiện|mua\s+lại|thâu\s+tóm)\s+(?:của\s+)?$/iu,
      ),
    },
    {
      id: 'vi-actor-after',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^\s+(?:bị\s+(?:kiện|phạt|mua\s+lại|đóng\s+cửa|chặn)|sa\s+thải|cắt\s+giảm\s+nhân\s+sự|có\s+trụ\s+sở|được\s+thành\s+lập)\b/iu,
      ),
    },
    {
      // Polls and analyses done by an outlet: "một cuộc khảo sát do báo Mainichi thực hiện",
      // "cuộc thăm dò của CNN", "phân tích của Reuters".
      id: 'vi-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:cuộc\s+|bài\s+|kết\s+quả\s+)?(?:khảo\s+sát|thăm\s+dò(?:\s+dư\s+luận)?|điều\s+tra|phân\s+tích)(?:\s+(?:mới|mới\s+nhất|gần\s+đây|mới\s+đây))?\s+(?:do|của|bởi)\s+$/iu,
      ),
    },
    {
      id: 'vi-theo',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        /(?:^|[\s,.(])(?:[Tt]heo|THEO|[Cc]ăn\s+cứ\s+vào|[Dd]ựa\s+trên)\s+(?:(?:thông\s+tin|tin|bài\s+viết|bài\s+báo|báo\s+cáo|phân\s+tích|nguồn\s+tin|số\s+liệu|dữ\s+liệu|tường\s+thuật)\s+(?:của|từ|trên)\s+|phóng\s+viên(?:\s+thường\s+trú)?(?:\s+của)?\s+)?$/u,
      ),
    },
    {
      id: 'vi-photo-label',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      before:
        /(?:^|[\s([|])(?:Ảnh|ẢNH|[Hh]ình\s+ảnh|[Hh]ình|[Ii]nfographic|[Vv]ideo|[Cc]lip)(?:\s+(?:minh\s+họa|tư\s+liệu|chụp\s+màn\s+hình))?\s*[:：]\s*(?:[^\n.:]{1,40}\/\s*)?$/u,
    },
    {
      id: 'vi-quote-chain',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        /\b(?:dẫn\s+nguồn|dẫn\s+lời|dẫn\s+tin|trích\s+dẫn|trích\s+lời|dẫn|(?:dẫn|trích(?:\s+dẫn)?)\s+(?:số\s+liệu|thông\s+tin|kết\s+quả(?:\s+khảo\s+sát)?|khảo\s+sát|báo\s+cáo|bài\s+viết|bài\s+báo|dữ\s+liệu|nguồn\s+tin|tin\s+tức)\s+(?:của|từ|trên)|dẫn\s+(?:nguồn\s+)?(?:từ|của))\s+$/iu,
      ),
    },
    {
      id: 'vi-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:nói\s+với|trả\s+lời\s+phỏng\s+vấn|trả\s+lời|chia\s+sẻ\s+với|cho\s+biết\s+với|phát\s+biểu\s+với|tiết\s+lộ\s+với|tâm\s+sự\s+với|khẳng\s+định\s+với|(?:cuộc\s+)?phỏng\s+vấn\s+(?:với|của|trên)|trong\s+cuộc\s+phỏng\s+vấn\s+(?:với|trên|của)|trả\s+lời\s+kênh|xuất\s+hiện\s+trên|trên\s+sóng|trao\s+đổi\s+với|phát\s+biểu\s+trên|(?:trong|trên)\s+chương\s+trình(?:\s+[^\n.,]{1,40}?)?\s+(?:của|trên))(?:\s+(?:phóng\s+viên|PV)(?:\s+(?:báo|tờ|kênh|đài))?)?\s+$/iu,
      ),
    },
    {
      id: 'vi-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:được|bị|do|bởi|mà)\s+(?:[\p{Ll}]+\s+){0,2}?(?:đưa\s+tin|công\s+bố|đăng\s+tải|tiết\s+lộ|trích\s+dẫn)?\s*(?:bởi|của|trên)\s+$/iu,
      ),
    },
    {
      id: 'vi-quoted',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      // A country or an abbreviation may stand between: "Đài CNN của Mỹ dẫn lời", "Straits Times
      // (Singapore) dẫn lời".
      after: u(
        /^(?:\s*\([^)\n]{1,30}\))?(?:\s+(?:của|tại|ở)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)?\s+(?:đã\s+|cũng\s+|hôm\s+\p{L}+\s+)?(?:dẫn\s+lời|trích\s+lời|trích\s+dẫn)\b/iu,
      ),
    },
    {
      id: 'vi-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        /^\s+(?:đã\s+|cũng\s+|vừa\s+)?(?:(?:đăng\s+tải|đăng|có)\s+(?:một\s+)?(?:bài\s+)?(?:phân\s+tích|bình\s+luận)|phân\s+tích\s+(?:rằng|cho\s+thấy)|(?:thực\s+hiện|tiến\s+hành|công\s+bố)\s+(?:một\s+)?(?:cuộc\s+)?(?:khảo\s+sát|thăm\s+dò))\b/iu,
      ),
    },
    {
      id: 'vi-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        /^(?:\s*\([^)\n]{1,30}\))?(?:\s+(?:của|tại|ở)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)?\s+(?:(?:đã|cũng|vừa|mới|hôm\s+\p{L}+|ngày\s+[\d/]+|ngày|cho\s+hay|này)\s+){0,2}(?:đưa\s+tin|cho\s+biết|cho\s+hay|tiết\s+lộ|thông\s+tin|loan\s+tin|đăng\s+tải|công\s+bố|bình\s+luận|nhận\s+định|viết|phân\s+tích|dẫn\s+(?:(?:một|các|những|nhiều)\s+)?nguồn|trích\s+dẫn|ước\s+tính|xác\s+nhận|tường\s+thuật|ghi\s+nhận)\b/iu,
      ),
    },
  ],
  words: {
    and: ['và'],
    articles: [],
    sourceLabels: ['Nguồn'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Ảnh', 'Hình ảnh', 'Ảnh minh họa', 'Video', 'Clip'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    VN: ['việt nam', 'hà nội', 'tp.hcm', 'sài gòn'],
    CN: ['trung quốc'],
    JP: ['nhật bản'],
    KR: ['hàn quốc'],
  },
  outletNouns: {
    'news-agency': ['hãng tin', 'hãng thông tấn', 'thông tấn xã'],
    newspaper: ['báo', 'tờ báo', 'tờ', 'nhật báo', 'tuần báo'],
    broadcaster: ['kênh truyền hình', 'đài truyền hình', 'đài phát thanh', 'đài'],
    magazine: ['tạp chí'],
    online: ['trang tin', 'trang tin tức', 'trang web'],
  },
  // Ministries, departments, committees, institutes, schools, hospitals: no outlet.
  notOutletWords: ['Bộ', 'Sở', 'UBND', 'Viện', 'Trường', 'Bệnh'],
  nameEndings: {},
};
