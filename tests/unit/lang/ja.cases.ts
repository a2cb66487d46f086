/** Japanese (utils/core/lang/ja.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ja',
  rules: {
    'ja-credit-mark': {
      fires: [['{{caption:記者会見する首相＝共同}}', 'kyodo:photo']],
      silent: ['日米＝共同声明の発表は延期された。'],
    },
    'ja-paren-mark': {
      fires: [['首相は辞任を表明した。\n（共同）', 'kyodo:byline']],
      silent: ['両社の（共同）開発は続く。'],
    },
    'ja-source-label': {
      fires: [['首相は辞任する。（出典：ロイター）\n次の段落。', 'reuters:report']],
      silent: ['出典を確認したロイターの記者'],
    },
    'ja-actor': {
      fires: [
        ['元ＮＨＫ記者の山田太郎氏は番組で語った。', 'nhk'],
        ['前朝日新聞論説委員の鈴木氏が講演した。', 'asahi-shimbun'],
      ],
      silent: ['地元ＮＨＫによると、被害は拡大している。'],
    },
    'ja-actor-after': {
      fires: [
        ['ＮＨＫ会長は記者会見で受信料の値下げを表明した。', 'nhk'],
        ['山田氏は朝日新聞の記者を経て独立した。', 'asahi-shimbun'],
        ['フジテレビの株価が急落した。', 'fuji-tv'],
      ],
      silent: ['ＮＨＫは、受信料の値下げを検討していると報じた。'],
    },
    'ja-photo': {
      fires: [['写真：ロイター', 'reuters:photo']],
      silent: ['写真集にロイターの記事'],
    },
    'ja-equals-credit': {
      fires: [
        ['喜ぶメッシ＝ロイター', 'reuters:photo'],
        ['式典に出席した首相＝新華社・ＡＰ', 'xinhua:photo'],
        ['避難する住民たち＝ロイター＝共同', 'reuters:photo'],
      ],
      silent: ['メッシ＝ロイターの選手'],
    },
    'ja-credit-tail': {
      fires: [['式典に出席した首相＝新華社・共同', 'kyodo:photo']],
      silent: ['式典に出席した首相＝新華社・共同声明の署名式で'],
    },
    'ja-provided': {
      fires: [['墜落現場の様子（ロイター提供）', 'reuters:photo']],
      silent: ['ロイター提供の番組を見た。'],
    },
    'ja-paren-dateline': {
      fires: [['首相は辞任する（ロイター）', 'reuters:byline']],
      silent: [
        '首相はロイターの取材を断った',
        'Anggota Parlimen (AP) kawasan itu berkata',
        '米ウォール・ストリート・ジャーナル（WSJ）は8日、報じた。',
      ],
    },
    'ja-poll': {
      fires: [
        ['ＮＨＫの世論調査によると、内閣支持率は30％だった。', 'nhk:analysis'],
        ['朝日新聞社が実施した全国世論調査では、賛成が多かった。', 'asahi-shimbun:analysis'],
      ],
      silent: ['ＮＨＫは世論を気にしている。'],
    },
    'ja-according': {
      fires: [
        ['共同通信によると、首相は辞任する。', 'kyodo:report'],
        [
          '英フィナンシャル・タイムズ（FT）によると、交渉は難航している。',
          'financial-times:report',
        ],
      ],
      silent: ['共同通信の本社は東京にある。'],
    },
    'ja-interview': {
      fires: [
        ['首相はＮＨＫのインタビューで、増税を否定した。', 'nhk:interview'],
        ['大統領はＣＮＮとの単独インタビューに応じた。', 'cnn:interview'],
        ['彼はテレビ朝日の番組「報道ステーション」に出演し、語った。', 'tv-asahi:interview'],
      ],
      silent: ['ＮＨＫのアナウンサーがインタビューした。'],
    },
    'ja-told': {
      fires: [['地元当局者が17日、AFPに明らかにした。', 'agence-france-presse:interview']],
      silent: ['地元当局者が17日、AFPの建物を訪れた。'],
    },
    'ja-citing': {
      fires: [['AFPはロイターを引用して伝えた。', 'reuters:report']],
      silent: ['AFPはロイターと協力した。'],
    },
    'ja-reported': {
      fires: [
        ['米ブルームバーグ通信は9日、関係者の話として報じた。', 'bloomberg:report'],
        ['米ＣＮＮテレビは、当時は避難の警報が遅れたと報じた。', 'cnn:report'],
        ['国営中国中央テレビ（CCTV）も9日夜のニュースで大きく伝えた。', 'cctv:report'],
      ],
      silent: ['ロイターは新しい本社ビルを公開した。'],
    },
  },
  examples: [
    ['地元紙の奄美新聞によると、島では停電が続いている。', ['unlisted:奄美新聞:report']],
    ['テレビ朝日の番組で、専門家は懸念を示した。', ['tv-asahi:interview']],
    ['地元当局者が17日、AFPに明らかにした。', ['agence-france-presse:interview']],
    ['【6月18日 AFP】ナイジェリア北東部で攻撃があった。', ['agence-france-presse:byline']],
    ['【ワシントン＝ロイター】米政府は9日、制裁を発表した。', ['reuters:byline']],
    ['喜ぶメッシ＝ロイター', ['reuters:photo']],
    ['共同通信によると、首相は辞任する。', ['kyodo:report']],
    ['写真：ロイター', ['reuters:photo']],
    ['首相は辞任する（ロイター）', ['reuters:byline']],
    ['AFPはロイターを引用して伝えた。', ['agence-france-presse:report', 'reuters:report']],
    ['首相は辞任する。（出典：ロイター）\n次の段落。', ['reuters:report']],
    ['ロイターが報じた。', ['reuters:report']],
    ['AFPによると、死者は10人。', ['agence-france-presse:report']],
    ['ＡＰ通信によると、死者は10人に上った。', ['associated-press:report']],
    ['米ブルームバーグ通信は9日、関係者の話として報じた。', ['bloomberg:report']],
    ['ロイター通信も同日、同様の内容を伝えている。', ['reuters:report']],
    [
      '米ウォール・ストリート・ジャーナル（WSJ）は8日、報じた。',
      ['the-wall-street-journal:report'],
    ],
    ['ＮＨＫの世論調査によると、内閣支持率は30％だった。', ['nhk:analysis']],
    ['首相はＮＨＫのインタビューで、増税を否定した。', ['nhk:interview']],
    ['式典に出席した首相＝新華社・ＡＰ', ['associated-press:photo', 'xinhua:photo']],
    ['ＮＨＫによりますと、地震がありました。', ['nhk:report']],
    ['ロイター通信やＡＰ通信などが伝えた。', ['associated-press:report', 'reuters:report']],
    ['被災地を視察する首相（ＡＦＰ＝時事）', ['agence-france-presse:byline']],
    ['首相はＡＰ通信の記者に語った。', ['associated-press:interview']],
    ['ロイター通信の報道を受け、株価が下落した。', ['reuters:report']],
    ['米ウォールストリートジャーナル（WSJ）は8日、報じた。', ['the-wall-street-journal:report']],
  ],
  lookAlikes: [
    '地元紙によると、島では停電が続いている。',
    '地元テレビ局の報道によると、倉庫で火事があった。',
    '地元の新聞販売店によると、配達が遅れている。',
    '共同通信の本社は東京にある。',
    '写真集にロイターの記事',
    '地元当局者が17日、AFPの建物を訪れた。',
    'AFPはロイターと協力した。',
    '写真家のロイターの記者',
    '元ＮＨＫ記者の山田太郎氏は番組で語った。',
    'ＮＨＫ会長は記者会見で受信料の値下げを表明した。',
    'フジテレビの株価が急落した。',
    'ロイターは新しい本社ビルを公開した。',
    '地元の住民がＮＨＫの番組を見ていた。',
    'テレビ朝日の番組「報道ステーション」のキャスターを務める山田氏。',
    'ＮＨＫの番組で共演した俳優が結婚した。',
    '携帯電話の通信キャリアによると、障害は復旧した。',
  ],
};
