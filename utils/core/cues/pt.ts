import type { LanguageCues } from './rule';
import { u } from './shared';

const ART =
  '(?:o\\s+|a\\s+|os\\s+|as\\s+|ao\\s+|à\\s+|do\\s+|da\\s+|no\\s+|na\\s+|pelo\\s+|pela\\s+)?';
const PERSON_DE = "(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,3}(?:de|do|da|no|na|para)\\s+" + ART;

/** Portuguese cues. */
export const PT: LanguageCues = {
  lang: 'pt',
  descBefore: u(
    /((?:^|\s)(?:o\s+|a\s+|os\s+|as\s+|ao\s+|à\s+|do\s+|da\s+|no\s+|na\s+|pelo\s+|pela\s+|um\s+|uma\s+)?)(?:agência(?:\s+de\s+notícias)?|jornal|diário|revista|semanário|canal|emissora|rede|televisão|tv|rádio|site|portal|publicação|programa|veículo|tabloide)(?:\s+(?:[\p{Ll}-]+|de\s+notícias)){0,3}\s+$/u,
  ),
  rules: [
    {
      id: 'pt-actor',
      kind: null,
      confidence: 1,
      before: u(
        /\b(?:conta|assine|assinatura|organizad[oa]s?\s+pel[oa]|patrocinad[oa]s?\s+pel[oa]|transmitid[oa]s?\s+pel[oa]|comprad[oa]s?\s+pel[oa]|veja\s+também\s+n[oa])\s+$/iu,
      ),
    },
    {
      id: 'pt-segundo',
      kind: 'report',
      confidence: 0.95,
      before: u(
        new RegExp(
          `\\b(?:segundo|de\\s+acordo\\s+com|conforme|consoante|citad[oa]s?\\s+pel[oa]|segundo\\s+informações\\s+d[oae]s?|segundo\\s+(?:a|o)\\s+(?:reportagem|matéria|levantamento|apuração|informação)\\s+d[oae]s?|de\\s+acordo\\s+com\\s+(?:a|o)\\s+(?:reportagem|matéria|levantamento|apuração)\\s+d[oae]s?|(?:segundo|conforme)\\s+${PERSON_DE})\\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'pt-source-label',
      kind: 'report',
      kindInCaption: 'photo',
      confidence: 0.9,
      before:
        /(?:^|[\s([|–-])(?:[Ff]ontes?|FONTES?|[Cc]r[ée]ditos?|[Vv]ia|[Cc]om\s+informações\s+d[aoe]s?|COM\s+INFORMAÇÕES\s+D[AOE]S?)\s*[:：]?\s*$/u,
    },
    {
      id: 'pt-com-informacoes',
      kind: 'report',
      confidence: 0.9,
      before: u(
        /\b(?:[Cc]om|COM)\s+(?:informações|informaçoes|conteúdo|dados)\s+(?:d[aoe]s?|D[AOE]S?)\s+(?:agências\s+)?$/u,
      ),
    },
    {
      id: 'pt-told',
      kind: 'interview',
      confidence: 0.9,
      before: u(
        new RegExp(
          `\\b(?:disse|declarou|afirmou|contou|explicou|revelou|confirmou|relatou|comentou|garantiu|admitiu|reconheceu|falou|informou|destacou|ressaltou|afirma|diz|conta|explica)\\s+(?:\\p{L}+\\s+){0,3}?(?:a|ao|à|aos|em\\s+entrevista\\s+(?:a|ao|à))\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'pt-interview',
      kind: 'interview',
      confidence: 0.9,
      before: u(
        new RegExp(
          `\\b(?:(?:em|durante|numa|na)\\s+(?:uma\\s+)?(?:entrevista|conversa|participação)(?:\\s+(?:exclusiva|concedida))?\\s+(?:a|ao|à|com|para|no|na)|entrevistad[oa]s?\\s+pel[oa]|ouvid[oa]s?\\s+pel[oa]|procurad[oa]s?\\s+pel[oa]|(?:ao|no)\\s+programa\\b[^\\n.]{0,60}\\b(?:d[oa]|n[oa]|pel[oa])|ao\\s+ar\\s+(?:n[oa]|pel[oa]))\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'pt-citing',
      kind: 'report',
      confidence: 0.9,
      chain: true,
      before: u(new RegExp(`\\b(?:citando|citou|que\\s+cita)\\s+${ART}$`, 'i')),
    },
    {
      id: 'pt-by',
      kind: 'report',
      confidence: 0.9,
      before: u(
        new RegExp(
          `\\b(?:publicad[oa]s?|divulgad[oa]s?|revelad[oa]s?|noticiad[oa]s?|informad[oa]s?|obtid[oa]s?|apurad[oa]s?|confirmad[oa]s?|veiculad[oa]s?|reproduzid[oa]s?|antecipad[oa]s?)\\s+(?:\\S+\\s+){0,3}(?:por|pel[oa]|n[oa]|em)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'pt-inverted',
      kind: 'report',
      confidence: 0.9,
      before: u(
        new RegExp(
          `(?:^|[\\s,;:»"”)])(?:informou|informa|noticiou|noticia|publicou|publica|revelou|revela|divulgou|divulga|destacou|destaca|apurou|apura|escreveu|escreve|relatou|relata|afirmou|afirma|reportou|reporta|antecipou|antecipa|mostrou|mostra)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'pt-reported',
      kind: 'report',
      confidence: 0.9,
      verbOnly: true,
      after: u(
        /^(?:,\s[^,\n]{1,60},)?\s+(?:(?:já|também|ainda|havia|tinha|teria|hoje|ontem|nesta\s+\p{L}+)\s+){0,2}(?:informou|informa|noticiou|noticia|publicou|publica|revelou|revela|divulgou|divulga|apurou|apura|escreveu|escreve|relatou|relata|afirmou|afirma|reportou|reporta|antecipou|antecipa|mostrou|mostra|disse|diz|confirmou|confirma|explicou|explica|obteve|teve\s+acesso)\b/iu,
      ),
    },
  ],
};
