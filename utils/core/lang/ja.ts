import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';

/** Japanese: its cue rules, descriptors and words. Names are not separated by spaces; particles follow them. */
export const JA: LanguagePack = {
  code: 'ja',
  name: 'Japanese',
  rules: [
    {
      id: 'ja-photo',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      before:
        /(?:写真|画像|映像|動画|提供|撮影|資料写真)\s*[:：＝=]\s*(?:[^\n。]{0,30}[/／]\s*)?$|[（(]\s*写真\s*[:：＝=]?\s*$/u,
    },
    {
      id: 'ja-equals-credit',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      before: /[＝=]\s*$/u,
      after: /^\s*(?:$|\n|[）)】」、。\s]|[/／])/u,
    },
    {
      id: 'ja-paren-dateline',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      structural: true,
      // Glued to Japanese text ("鉱山（ロイター）") or in full-width brackets: a bare "(AP)" in
      // other languages' prose is an abbreviation being explained ("Anggota Parlimen (AP)").
      before:
        /(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー。、」』]\s?[（(]|（)\s*$/u,
      after: /^\s*[）)]/u,
    },
    {
      id: 'ja-according',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after:
        /^\s*(?:の(?:報道|取材|調べ|集計|分析|記事|インタビュー)(?:に)?|が報じたところ)?\s*(?:によると|によれば|によりますと|が報じた|は報じた|が伝えた|は伝えた|が報道|は報道|によって報じられ|の報道では|の取材に対し|の取材に応じ|の取材では|の調べでは|の集計では|が入手|の分析では|の分析によると)/u,
    },
    {
      id: 'ja-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after:
        /^\s*(?:に対し|に対して|のインタビューに|の取材に|に)\s*(?:[^\n。]{0,12})?(?:明らかにした|語った|述べた|話した|答えた|証言した|明かした|説明した|語る|話す|応じた)/u,
    },
    {
      id: 'ja-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      after: /^\s*(?:を引用|が引用|の報道を引用|の記事を引用)/u,
    },
  ],
  words: {
    and: ['と'],
    articles: [],
    sourceLabels: ['出典'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: [],
    photoMarks: ['写真'],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {},
  outletNouns: {
    'news-agency': ['通信社'],
    newspaper: ['新聞', '紙'],
    broadcaster: ['テレビ', '放送', '局'],
    magazine: ['誌'],
    online: [],
  },
  nameEndings: {
    newspaper: ['新聞'],
    'news-agency': ['通信'],
    broadcaster: ['放送', 'テレビ'],
  },
};
