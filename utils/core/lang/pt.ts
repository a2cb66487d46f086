import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { u } from './regex';

const ART =
  '(?:o\\s+|a\\s+|os\\s+|as\\s+|ao\\s+|à\\s+|do\\s+|da\\s+|no\\s+|na\\s+|pelo\\s+|pela\\s+)?';

const PERSON_DE = "(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,3}(?:de|do|da|no|na|para)\\s+" + ART;

/** Newsroom jobs, singular and plural; "a reportagem do g1" is the newsroom's reporters. */
const JOB = String.raw`(?:correspondentes?|enviad[oa]s?\s+especia(?:l|is)|jornalistas?|repórteres|repórter|colunistas?|fotógraf[oa]s?|cinegrafistas?|editor(?:a|es|as)?|diretor(?:a|es|as)?|equipe|reportagem|apresentador(?:a|es|as)?)`;

/** Where a person has worked, in a bio ("ex-diretor da Folha", "trabalhou no Globo"). */
const BIO = String.raw`(?:(?:ex|ex-|antig[oa])\s*${JOB}\s+(?:\p{Ll}+\s+)?|(?:trabalhou|trabalhava|atuou|passou|colaborou|foi\s+${JOB})\s+(?:\p{Ll}+\s+){0,2}?|(?:apresentador|apresentadora)\s+(?:do\s+programa\s+[^,.\n]{1,40}\s+)?)`;

/** Portuguese: its cue rules, descriptors and words. */
export const PT: LanguagePack = {
  code: 'pt',
  name: 'Portuguese',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['não', 'nunca', 'nem', 'jamais'],
  descBefore: u(
    /((?:^|\s)(?:o\s+|a\s+|os\s+|as\s+|ao\s+|à\s+|do\s+|da\s+|no\s+|na\s+|pelo\s+|pela\s+|um\s+|uma\s+)?)(?:(?:agência(?:\s+de\s+notícias)?|jornal|diário|revista|semanário|canal|emissora|rede|televisão|tv|rádio|site|portal|publicação|programa|veículo|tabloide)(?:\s+(?:[\p{Ll}-]+|de\s+notícias)){0,3}|\p{Ll}+(?:ano|ana|ês|esa|hol|hola|ão|ã|ico|ica))\s+$/u,
  ),
  rules: [
    {
      id: 'pt-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        new RegExp(
          String.raw`\b(?:(?:conta|assine|assinatura|assinante\s+d[oa]|organizad[oa]s?\s+pel[oa]|patrocinad[oa]s?\s+pel[oa]|(?<!(?:imagens|vídeos?|gravações|cenas)\s+)transmitid[oa]s?\s+pel[oa]|comprad[oa]s?\s+pel[oa]|veja\s+também\s+n[oa]|(?:estudos?|trabalhos?)\s+(?:\p{Ll}+\s+){0,2}?(?:publicad[oa]s?|divulgad[oa]s?|saíd[oa]s?)\s+(?:\p{Ll}+\s+)?n[oa](?:\s+revista(?:\s+científica)?)?)\s+|${BIO}(?:d[oa]s?|n[oa]s?|para\s+(?:o|a)?|em|pel[oa]s?|a|ao|à)\s*)$`,
          'iu',
        ),
      ),
    },
    {
      // "Foto Lusa", "(foto de arquivo Reuters)": a caption credit without a colon.
      id: 'pt-photo',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`(?:^|\n|[.!?]\s|[(\[|–—]\s*)(?:fotos?|fotografia|imagem|infografia)\s+(?:de\s+arquivo\s+|arquivo\s+)?(?:[^\n.:()]{0,40}[/|,]\s*)?$`,
          'iu',
        ),
      ),
    },
    {
      // "pesquisa Quaest encomendada pela TV Globo", "sondagem da Aximage para o DN"
      id: 'pt-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`\b(?:(?:levantamentos?|análises?|estimativas?|cálculos|contas|projeç(?:ão|ões))\s+(?:\p{Ll}+\s+)?(?:d[oa]s?|feit[oa]s?\s+pel[oa]s?)\s+${ART}$)|\b(?:pesquisas?|sondage(?:m|ns)|levantamentos?|estudos?|análises?|projeç(?:ão|ões)|simulaç(?:ão|ões)|estimativas?)\s+(?:(?:(?:d[oa]|de)\s+)?(?:[\p{Lu}\d][\p{L}\d&-]*\s+){1,3})?(?:(?:encomendad[oa]s?|contratad[oa]s?|feit[oa]s?|realizad[oa]s?|divulgad[oa]s?)\s+(?:por|pel[oa]s?)|para)\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'pt-segundo',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b(?:segundo|de\\s+acordo\\s+com|conforme|consoante|citad[oa]s?\\s+pel[oa]|segundo\\s+informações\\s+d[oae]s?|segundo\\s+(?:a|o)\\s+(?:reportagem|matéria|levantamento|apuração|informação)\\s+d[oae]s?|de\\s+acordo\\s+com\\s+(?:a|o)\\s+(?:reportagem|matéria|levantamento|apuração)\\s+d[oae]s?|(?:segundo|conforme)\\s+${PERSON_DE})\\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'pt-com-informacoes',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:[Cc]om|COM)\s+(?:informações|informaçoes|conteúdo|dados)\s+(?:d[aoe]s?|D[AOE]S?)\s+(?:agências\s+)?$/u,
      ),
    },
    {
      // "Informou a agência Lusa que…", "…», revelou o jornal O Globo": a reporting verb opening
      // its clause, then its subject ("informou à Lusa" is pt-told; so is "a assessoria informou
      // a Folha que", where the outlet is the object).
      id: 'pt-inverted-article',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /(?:^|[.,;:!?»"”)—–]\s*|\b(?:como|conforme)\s+)(?:informou|informa|informava|noticiou|noticia|noticiava|publicou|publica|revelou|revela|divulgou|divulga|apurou|apura|escreveu|escreve|relatou|relata|adiantou|adianta|avançou|avança|reportou|reporta|antecipou|antecipa|destacou|destaca|afirmou|afirma|confirmou|confirma|acrescentou|acrescenta|precisou|precisa|indicou|indica|observou|sublinhou|referiu|refere|explicou|explica)\s+(?:o|a|os|as)\s+$/iu,
      ),
    },
    {
      // "disse à Folha", not "disse que a Folha …" (there "a" is the article of the subject).
      id: 'pt-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:disse|declarou|afirmou|contou|explicou|revelou|confirmou|relatou|comentou|garantiu|admitiu|reconheceu|falou|informou|destacou|ressaltou|afirma|diz|conta|explica)\\s+(?:(?!que\\s)\\p{L}+\\s+){0,3}?(?:a|ao|à|aos|em\\s+entrevista\\s+(?:a|ao|à))\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'pt-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:(?:em|durante|numa|na|nas)\\s+(?:uma\\s+)?(?:entrevista|conversa|participação)(?:\\s+(?:exclusiva|exclusivas|concedida|prestadas|feitas|telefónica|telefônica))?\\s+(?:a|ao|à|com|para|no|na)|entrevistad[oa]s?\\s+pel[oa]|ouvid[oa]s?\\s+pel[oa]|(?:questionad|contactad|contatad|consultad|interpelad|abordad)[oa]s?\\s+pel[oa]|procurad[oa]s?\\s+pel[oa]|(?:ao|no)\\s+(?:programa|podcast|videocast|quadro)\\b[^\\n.]{0,60}\\b(?:d[oa]|n[oa]|pel[oa])|ao\\s+ar\\s+(?:n[oa]|pel[oa]))\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "em declarações à RTP": statements given to the outlet, quoted.
      id: 'pt-statements',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:(?:em|nas|numas)\\s+declarações\\s+(?:\\p{Ll}+\\s+)?(?:a|ao|à|aos|para\\s+(?:o|a))|nota\\s+(?:\\p{Ll}+\\s+)?(?:enviada|encaminhada|remetida)\\s+(?:a|ao|à|aos))\\s+${ART}$`,
          'iu',
        ),
      ),
    },
    {
      // "Ao Estadão, o prefeito disse…": a fronted addressee, then the clause.
      id: 'pt-fronted',
      kind: 'quote',
      confidence: CONFIDENCE.pattern,
      before: u(/(?:^|[.!?»”]\s+|\n)(?:Ao|À|Aos|Às|Em\s+entrevista\s+(?:ao|à))\s+$/u),
      after: /^\s*,/u,
    },
    {
      // "Reportagem do jornal Valor Econômico", "levantamento feito pela Folha", "reportagem
      // exibida pelo Jornal Nacional"
      id: 'pt-report-of',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `\\b(?:reportagem|reportagens|matéria|matérias|artigo|apuração|editorial|investigação)\\s+(?:\\p{Ll}+\\s+)?(?:d[oae]s?|feit[oa]\\s+pel[oa]|(?:publicad|exibid|transmitid|veiculad)[oa]\\s+(?:pel[oa]|n[oa]))\\s+${ART}$`,
          'iu',
        ),
      ),
    },
    {
      // "As informações são do g1": the closing line naming where the facts came from.
      id: 'pt-info-from',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:[Aa]s|AS)\s+(?:informações|INFORMAÇÕES)\s+(?:são|foram|SÃO)\s+(?:d[oa]s?|D[OA]S?)\s+$/u,
      ),
    },
    {
      // "A colunista Mônica Bergamo, da Folha, revelou…": a named journalist, the outlet in apposition.
      id: 'pt-staff-named',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`\b(?:[OoAa]s?|[Uu]ma?)\s+${JOB}\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,\s+(?:d[oa]s?|de)\s+$`,
          'u',
        ),
      ),
      after: u(
        /^\s*,\s+(?:(?:já|também|ainda)\s+)?(?:revelou|informou|noticiou|adiantou|antecipou|escreveu|publicou|relatou|contou|apurou|afirmou|disse|mostrou)\b/u,
      ),
    },
    {
      id: 'pt-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(new RegExp(`\\b(?:citando|citou|que\\s+cita)\\s+${ART}$`, 'i')),
    },
    {
      // "imagens divulgadas pela TV Globo", "um vídeo publicado no site do g1"
      id: 'pt-footage',
      kind: 'video',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          String.raw`\b(?:imagens|vídeos?|gravações|gravação|cenas|filmagens?)\s+(?:\p{Ll}+\s+)?(?:divulgad[oa]s?|exibid[oa]s?|transmitid[oa]s?|publicad[oa]s?|obtid[oa]s?|mostrad[oa]s?|gravad[oa]s?|veiculad[oa]s?|captad[oa]s?|verificad[oa]s?)\s+(?:\S+\s+){0,2}?(?:por|pel[oa]|n[oa]|em)\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "o correspondente da Folha em Kiev viu", "a reportagem do g1 esteve no local"
      id: 'pt-staff',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`\b(?:o|a|os|as|um|uma|dois|duas|três|noss[oa]s?)\s+${JOB}\s+(?:\p{Ll}+\s+)?(?:d[oa]s?|de)\s+${ART}$`,
          'i',
        ),
      ),
      after: u(
        /^(?:\s+(?:em|no|na|de)(?:\s+[\p{Lu}\p{Ll}][\p{L}-]*){1,2})?(?:,\s[^,\n]{1,60},)?\s+(?:(?:já|também|pôde|conseguiu)\s+)?(?:viu|vê|constatou|constata|observou|observa|esteve|está|acompanhou|acompanha|presenciou|apurou|apura|relatou|relata|contou|conta|descreveu|descreve|escreveu|escreve|verificou|verifica|teve\s+acesso|tentou\s+contato|procurou|entrevistou|conversou|ouviu|visitou|percorreu|flagrou|registrou|registou|flagrou|confirmar|constatar|ver|apurar)\b/iu,
      ),
    },
    {
      id: 'pt-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:publicad[oa]s?|divulgad[oa]s?|revelad[oa]s?|avançad[oa]s?|adiantad[oa]s?|relatad[oa]s?|noticiad[oa]s?|informad[oa]s?|obtid[oa]s?|apurad[oa]s?|confirmad[oa]s?|veiculad[oa]s?|reproduzid[oa]s?|antecipad[oa]s?)\\s+(?:\\S+\\s+){0,3}(?:por|pel[oa]|n[oa]|em)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'pt-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
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
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        /^(?:,\s[^,\n]{1,60},)?\s+(?:(?:já|também|ainda|havia|tinha|teria|hoje|ontem|nesta\s+\p{L}+)\s+){0,2}(?:informou|informa|noticiou|noticia|publicou|publica|revelou|revela|divulgou|divulga|apurou|apura|escreveu|escreve|relatou|relata|afirmou|afirma|reportou|reporta|antecipou|antecipa|mostrou|mostra|disse|diz|confirmou|confirma|explicou|explica|obteve|teve\s+acesso)\b/iu,
      ),
    },
  ],
  words: {
    and: ['e', 'ou'],
    articles: ['o', 'a', 'os', 'as'],
    sourceLabels: ['Fonte', 'Fontes'],
    creditLabels: ['Crédito', 'Créditos', 'Credito', 'Creditos', 'Via'],
    creditLeads: [
      'Com informações de',
      'Com informações da',
      'Com informações do',
      'Com informações das',
      'Com informações dos',
    ],
    photoLabels: ['Foto', 'Fotos', 'Fotografia'],
    photoMarks: [],
    with: ['com'],
    material: ['informações', 'agências'],
    from: ['da', 'do', 'de', 'das', 'dos'],
    nameParticles: ['da', 'do', 'dos', 'das', 'de'],
    publishedBy: ['da', 'do', 'por'],
  },
  articleContractions: {
    o: ['do', 'ao', 'no', 'pelo', 'dum', 'num'],
    a: ['da', 'à', 'na', 'pela', 'duma', 'numa'],
    os: ['dos', 'aos', 'nos', 'pelos'],
    as: ['das', 'às', 'nas', 'pelas'],
  },
  countries: {
    GB: ['britân'],
    ES: ['espanhol'],
    FR: ['francês'],
    DE: ['alemã'],
    JP: ['japonês'],
    CN: ['chines'],
    BR: ['brasil'],
    // Demonyms and capitals of the Lusophone countries whose outlets share names.
    AO: ['angolan', 'luanda'],
    MZ: ['moçambican', 'maputo'],
    CV: ['cabo-verdian', 'cabo verde'],
    PT: ['portugu', 'lisboa'],
  },
  outletNouns: {
    'news-agency': ['agência', 'agência de notícias'],
    newspaper: ['jornal', 'diário', 'semanário', 'tabloide'],
    broadcaster: ['canal', 'emissora', 'rede', 'televisão', 'tv', 'rádio'],
    magazine: ['revista'],
    online: ['site', 'portal', 'publicação', 'veículo'],
  },
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    // Official gazettes print laws, not news ("Diário Oficial da União", "Dziennik Ustaw").
    'Oficial',
    'Ministério',
    'Governo',
    'Universidade',
    'Prefeitura',
    'Câmara',
    'Tribunal',
    'Polícia',
    'Instituto',
    'Banco',
    'Fundação',
    'Associação',
    'Partido',
    'Secretaria',
    'Assembleia',
    'Ltda',
  ],
  ownerWords: ['seu', 'sua', 'seus', 'suas', 'próprio', 'própria'],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: {
    newspaper: ['Jornal', 'Diário', 'Correio', 'Gazeta', 'Folha'],
    broadcaster: ['Rádio', 'TV'],
  },
  nameEndings: {
    newspaper: ['Jornal', 'Diário', 'Folha', 'Correio', 'Gazeta', 'Estado', 'Notícias', 'Tribuna'],
    broadcaster: ['TV', 'Rádio', 'News'],
  },
};
