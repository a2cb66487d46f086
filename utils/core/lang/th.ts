import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases } from './regex';

/*
 * Thai writes no space between words, only between phrases: "ตามรายงานของไทยรัฐระบุว่า" (according
 * to Thairath's report), so every pattern here takes an optional space where English has a
 * required one, and the name matcher finds Thai names inside running text (text.ts: an unspaced
 * script; mention-checks.ts keeps a name from starting after a vowel written before its
 * consonant or ending before a vowel or tone mark of its last syllable). The verb follows the
 * subject ("มติชนรายงานว่า", Matichon reported that); "ว่า" (that) introduces what was said.
 */

/** Optional space. */
const S = '\\s*';

/** Before the name: "ตามรายงานของ", "อ้างอิงจาก", "จากรายงานของ", "ข้อมูลจาก". */
const ACCORDING = phrases(`
  ตามรายงานของ
  ตามรายงานข่าวของ
  ตามที่
  จากรายงานของ
  จากการรายงานของ
  รายงานของ
  รายงานข่าวจาก
  อ้างอิงจาก
  อ้างอิงข้อมูลจาก
  อ้างอิงรายงานของ
  โดยอ้างอิงจาก
  โดยอ้าง
  อ้างรายงานของ
  ข้อมูลจาก
  ขอบคุณข้อมูลจาก
  ตามข้อมูลของ
  ข่าวจาก
  รายงานโดย
`);

/** Reporting verbs after the name: "รายงานว่า", "ระบุว่า", "เปิดเผยว่า", "ได้รายงาน". */
const REPORTED = phrases(`
  รายงานว่า
  รายงานข่าวว่า
  ได้รายงานว่า
  ได้รายงาน
  รายงาน
  ระบุว่า
  ได้ระบุว่า
  เปิดเผยว่า
  อ้างแหล่งข่าว
  อ้างแหล่งข่าวว่า
  ตีพิมพ์
  เผยแพร่
  รายงานอ้าง
  รายงานเมื่อ
  รายงานล่าสุด
  รายงานข่าว
`);

/** Telling an outlet: "ให้สัมภาษณ์กับ", "กล่าวกับ", "เปิดเผยกับ", "บอกกับ". */
const TOLD = phrases(`
  ให้สัมภาษณ์กับ
  ให้สัมภาษณ์พิเศษกับ
  ให้สัมภาษณ์พิเศษ
  ให้สัมภาษณ์
  ระหว่างให้สัมภาษณ์กับ
  ในการให้สัมภาษณ์กับ
  กล่าวกับ
  เปิดเผยกับ
  บอกกับ
  ยืนยันกับ
  ระบุกับ
  เผยกับ
  ให้ข้อมูลแก่
  สัมภาษณ์พิเศษกับ
  ให้ข้อมูลกับ
`);

/** Words after a descriptor that begin no name: "สำนักข่าวต่างประเทศ", "หนังสือพิมพ์หลายฉบับ". */
const NOT_A_NAME = phrases(`
  ต่างประเทศ
  ต่างชาติ
  ท้องถิ่น
  หลาย
  ของ
  ทาง
  ใน
  ที่
  ดัง
  ชื่อดัง
  รายใหญ่
  ทั้ง
  แห่ง
  ไทย
  จีน
  ญี่ปุ่น
  อังกฤษ
  อเมริกัน
  สหรัฐ
  ฉบับ
  หัวสี
  ออนไลน์
  บางฉบับ
  บางแห่ง
  ดังกล่าว
  นี้
  เดียวกัน
`);

/** Thai: its cue rules, descriptors and words. */
export const TH: LanguagePack = {
  code: 'th',
  name: 'Thai',
  descBefore: new RegExp(
    `(?:${phrases(`
      สำนักข่าว
      สำนักข่าวต่างประเทศ
      หนังสือพิมพ์
      เว็บไซต์
      เว็บไซต์ข่าว
      สถานีโทรทัศน์
      สถานีวิทยุ
      ช่องข่าว
      สื่อ
      สื่อต่างประเทศ
      นิตยสาร
    `)})(?:อังกฤษ|อเมริกัน|สหรัฐ|ญี่ปุ่น|จีน|ไทย)?${S}$`,
    'u',
  ),
  rules: [
    {
      // The outlet as employer, owner, target or stage: "ผู้ประกาศข่าวช่อง 3", "เจ้าของไทยรัฐ",
      // "ละครช่อง 7", "เคยทำงานที่มติชน", "ฟ้องข่าวสด".
      id: 'th-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: new RegExp(
        `(?:${phrases(`
          ผู้ประกาศข่าว
          ผู้ประกาศข่าวประจำ
          พิธีกร
          บรรณาธิการ
          บรรณาธิการบริหาร
          ผู้บริหาร
          พนักงาน
          เจ้าของ
          ผู้ถือหุ้น
          อดีตผู้สื่อข่าว
          อดีตนักข่าว
          ละคร
          ละครหลังข่าว
          ซีรีส์
          เคยทำงานที่
          เคยทำงานให้
          ทำงานที่
          ฟ้อง
          ฟ้องร้อง
          ยื่นฟ้อง
          ผู้ก่อตั้ง
        `)})${S}$`,
        'u',
      ),
    },
    {
      id: 'th-actor-after',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: /^\s*(?:ถูกฟ้อง|ถูกสั่งปิด|ปลดพนักงาน|เลิกจ้าง|ขายกิจการ|ประกาศปิดตัว|ปิดตัว|ปรับผังรายการ)/u,
    },
    {
      // "ผลสำรวจของมติชน", "บทวิเคราะห์ของประชาชาติธุรกิจ", "โพลของไทยรัฐ".
      id: 'th-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      before:
        /(?:ผลสำรวจ|ผลการสำรวจ|โพล|บทวิเคราะห์|การวิเคราะห์|ผลวิเคราะห์)(?:ล่าสุด)?(?:ของ|จาก|ที่จัดทำโดย)\s*$/u,
    },
    {
      id: 'th-according',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: new RegExp(`${ACCORDING}${S}$`, 'u'),
    },
    {
      // "ให้สัมภาษณ์กับไทยพีบีเอส", "กล่าวกับบางกอกโพสต์", "ในรายการ … ทางช่อง 3".
      id: 'th-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        `(?:${TOLD}|(?:ใน|ออก)รายการ[^\\n.]{0,40}?(?:ทาง|ของ)(?:สถานี)?|ทางสถานี|ออกอากาศทาง|ในพอดแคสต์ของ|ผ่านรายการ[^\\n.]{0,40}?ทาง)${S}$`,
        'u',
      ),
    },
    {
      id: 'th-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: new RegExp(
        `^${S}(?:ของ(?:ประเทศ)?[\\u0E00-\\u0E7F]{2,15}?${S})?(?:(?:ออนไลน์|ได้|เมื่อวันที่[^\\s]{0,20}|วันนี้|ล่าสุด|ก็)${S})?${REPORTED}`,
        'u',
      ),
    },
  ],
  // "หนังสือพิมพ์ท้องถิ่นเชียงใหม่นิวส์รายงานว่า", "สำนักข่าวอิศรารายงาน": no capitals and no spaces
  // bound the name, so it runs from the descriptor to the reporting verb (unlisted-dense.ts).
  denseNames: [
    {
      re: new RegExp(
        `(?:หนังสือพิมพ์|สำนักข่าว|สถานีโทรทัศน์|สถานีวิทยุ|เว็บไซต์ข่าว|นิตยสาร)(?:ท้องถิ่น|ออนไลน์|รายวัน|ธุรกิจ)?${S}(?!${NOT_A_NAME})(?<name>[\\u0E00-\\u0E7FA-Za-z0-9]{2,24}?)(?=(?:ของ[\\u0E00-\\u0E7F]{2,15}?)?${S}(?:${REPORTED}|ระบุ|เปิดเผย|อ้าง))`,
        'gu',
      ),
      type: 'newspaper',
    },
  ],
  words: {
    and: ['และ', 'หรือ'],
    articles: [],
    sourceLabels: ['ที่มา', 'แหล่งที่มา', 'แหล่งข่าว', 'อ้างอิง', 'เครดิต'],
    creditLabels: ['ขอบคุณข้อมูล'],
    creditLeads: ['ขอบคุณข้อมูลจาก', 'ขอบคุณภาพจาก', 'ภาพจาก', 'ที่มาจาก'],
    photoLabels: ['ภาพ', 'รูป', 'ภาพประกอบ', 'เครดิตภาพ', 'ที่มาภาพ', 'ขอบคุณภาพ', 'คลิป', 'วิดีโอ'],
    photoMarks: [],
    with: [],
    material: [],
    from: ['จาก'],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    TH: ['ไทย'],
    US: ['สหรัฐ', 'อเมริกา'],
    GB: ['อังกฤษ'],
    JP: ['ญี่ปุ่น'],
    CN: ['จีน'],
  },
  outletNouns: {
    'news-agency': ['สำนักข่าว'],
    newspaper: ['หนังสือพิมพ์'],
    broadcaster: ['สถานีโทรทัศน์', 'สถานีวิทยุ', 'ช่อง'],
    magazine: ['นิตยสาร'],
    online: ['เว็บไซต์', 'เว็บไซต์ข่าว'],
  },
  nameEndings: {
    newspaper: ['นิวส์', 'โพสต์', 'ไทมส์'],
    broadcaster: ['ทีวี'],
  },
};
