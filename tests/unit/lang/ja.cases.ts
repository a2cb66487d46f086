/** Japanese (utils/core/lang/ja.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ja',
  rules: {
    'ja-source-label': {
      fires: [['首相は辞任する。（出典：ロイター）\n次の段落。', 'reuters:report']],
      silent: ['出典を確認したロイターの記者'],
    },
    'ja-photo': {
      fires: [['写真：ロイター', 'reuters:photo']],
      silent: ['写真集にロイターの記事'],
    },
    'ja-equals-credit': {
      fires: [['喜ぶメッシ＝ロイター', 'reuters:photo']],
      silent: ['メッシ＝ロイターの選手'],
    },
    'ja-paren-dateline': {
      fires: [['首相は辞任する（ロイター）', 'reuters:byline']],
      silent: ['首相はロイターの取材を断った', 'Anggota Parlimen (AP) kawasan itu berkata'],
    },
    'ja-according': {
      fires: [['共同通信によると、首相は辞任する。', 'kyodo:report']],
      silent: ['共同通信の本社は東京にある。'],
    },
    'ja-told': {
      fires: [['地元当局者が17日、AFPに明らかにした。', 'agence-france-presse:interview']],
      silent: ['地元当局者が17日、AFPの建物を訪れた。'],
    },
    'ja-citing': {
      fires: [['AFPはロイターを引用して伝えた。', 'reuters:report']],
      silent: ['AFPはロイターと協力した。'],
    },
  },
  examples: [
    ['地元当局者が17日、AFPに明らかにした。', ['agence-france-presse:interview']],
    ['【6月18日 AFP】ナイジェリア北東部で攻撃があった。', ['agence-france-presse:byline']],
    ['喜ぶメッシ＝ロイター', ['reuters:photo']],
    ['共同通信によると、首相は辞任する。', ['kyodo:report']],
    ['写真：ロイター', ['reuters:photo']],
    ['首相は辞任する（ロイター）', ['reuters:byline']],
    ['AFPはロイターを引用して伝えた。', ['reuters:report']],
    ['首相は辞任する。（出典：ロイター）\n次の段落。', ['reuters:report']],
    ['ロイターが報じた。', ['reuters:report']],
    ['AFPによると、死者は10人。', ['agence-france-presse:report']],
  ],
  lookAlikes: [
    '共同通信の本社は東京にある。',
    '写真集にロイターの記事',
    '地元当局者が17日、AFPの建物を訪れた。',
    'AFPはロイターと協力した。',
    '写真家のロイターの記者',
  ],
};
