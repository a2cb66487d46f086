/** Portuguese (utils/core/lang/pt.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'pt',
  rules: {
    'pt-statements': {
      fires: [['Em declarações à RTP, a ministra garantiu que não haverá cortes.', 'rtp:quote']],
      silent: ['Nas declarações, a ministra criticou a RTP.'],
    },
    'pt-photo': {
      fires: [['O presidente em Lisboa. Foto de arquivo Lusa', 'lusa:photo']],
      silent: ['Uma foto mostra o presidente em Lisboa, disse a fonte à agência.'],
    },
    'pt-inverted-article': {
      fires: [['Informou a agência Lusa que o acordo está fechado.', 'lusa:report']],
      silent: ['Informou à agência Lusa que o acordo está fechado.'],
    },
    'pt-footage': {
      fires: [['Imagens divulgadas pela TV Globo mostram a multidão.', 'tv-globo:video']],
      silent: ['O debate foi transmitido pela TV Globo na segunda-feira.'],
    },
    'pt-staff': {
      fires: [['O correspondente da Folha em Kiev viu a destruição.', 'folha-de-s-paulo:report']],
      silent: ['O ex-correspondente da Folha em Kiev viu a destruição.'],
    },
    'pt-analysis': {
      fires: [
        ['Segundo levantamento feito pelo UOL, os preços subiram.', 'uol:analysis'],
        [
          'Segundo pesquisa Quaest encomendada pela TV Globo, o governo perde apoio.',
          'tv-globo:analysis',
        ],
      ],
      silent: [
        'Segundo levantamento feito pela polícia, o UOL foi atacado.',
        'Segundo a pesquisa Quaest, a TV Globo perde audiência.',
      ],
    },
    'pt-actor': {
      fires: [
        ['Um estudo publicado na revista Science confirma o efeito.', 'science'],
        ['O debate foi transmitido pela TV Globo no domingo.', 'tv-globo'],
      ],
      silent: [
        'Um artigo publicado na Folha confirma o efeito.',
        'O debate foi noticiado pela TV Globo no domingo.',
      ],
    },
    'pt-source-label': {
      fires: [['O porto fechou na segunda-feira. (Fonte: Reuters)', 'reuters:report']],
      silent: ['A fonte da Reuters negou.'],
    },
    'pt-info-from': {
      fires: [['As informações são do g1.', 'g1:report']],
      silent: ['As informações do g1 foram desmentidas pelo governo.'],
    },
    'pt-staff-named': {
      fires: [
        [
          'A colunista Mônica Bergamo, da Folha, revelou que o ex-ministro vai depor.',
          'folha-de-s-paulo:report',
        ],
      ],
      silent: ['A colunista Mônica Bergamo, da Folha, viajou para Paris nas férias.'],
    },
    'pt-segundo': {
      fires: [
        ['De acordo com a Agência Brasil, o jogo terminou empatado.', 'agencia-brasil:report'],
      ],
      silent: ['De acordo com o técnico, a Agência Brasil errou.'],
    },
    'pt-com-informacoes': {
      fires: [['Texto com conteúdo do Estadão.', 'estadao:report']],
      silent: ['Texto com fotos do Estadão.'],
    },
    'pt-told': {
      fires: [['O ministro disse à Folha que não vai renunciar.', 'folha-de-s-paulo:quote']],
      silent: ['O ministro disse que a Folha não vai renunciar.'],
    },
    'pt-interview': {
      fires: [
        [
          'No podcast O Assunto, do g1, a economista explicou os efeitos da alta dos juros.',
          'g1:interview',
        ],
        ['Em entrevista à "CNN", Witzel disse não ser contra o retorno.', 'cnn:interview'],
      ],
      silent: [
        'O podcast do g1 estreou nova temporada.',
        'Em casa, Witzel disse que a "CNN" errou.',
      ],
    },
    'pt-fronted': {
      fires: [
        [
          'A cidade foi destruída. Ao Estadão, o prefeito disse que tudo se perdeu.',
          'estadao:quote',
        ],
      ],
      silent: ['A cidade foi destruída. Ao lado do Estadão, o prefeito falou.'],
    },
    'pt-report-of': {
      fires: [
        [
          'Segundo reportagem exibida pelo Jornal Nacional, os desvios chegam a R$ 1 bilhão.',
          'jornal-nacional:report',
        ],
        [
          'Reportagem do jornal Valor Econômico publicada em junho mostrou o plano.',
          'valor-economico:report',
        ],
      ],
      silent: [
        'A novela exibida pela TV Globo bateu recorde de audiência.',
        'O dono do jornal Valor Econômico mostrou o plano.',
      ],
    },
    'pt-citing': {
      fires: [['A AFP, citando a Reuters, confirmou o número.', 'reuters:report']],
      silent: ['A AFP confirmou o número, assim como a Reuters.'],
    },
    'pt-by': {
      fires: [
        ['A informação foi avançada pelo Correio da Manhã.', 'correio-da-manha:report'],
        ['Os dados foram divulgados ontem pela Folha.', 'folha-de-s-paulo:report'],
      ],
      silent: [
        'A informação foi avançada pelo ministro ao Correio da Manhã.',
        'Os dados foram contestados ontem pela Folha.',
      ],
    },
    'pt-inverted': {
      fires: [['Como mostrou a Folha, o acordo foi fechado.', 'folha-de-s-paulo:report']],
      silent: ['O acordo foi fechado, e a Folha saiu.'],
    },
    'pt-reported': {
      fires: [['O jornal O Globo informou que a votação foi adiada.', 'o-globo:report']],
      silent: ['O jornal O Globo tem nova sede.'],
    },
  },
  examples: [
    // Blind set: written from how the press credits sources, before reading the rules.
    ['Segundo a agência Lusa, pelo menos cinco pessoas ficaram feridas.', ['lusa:report']],
    [
      'De acordo com a Folha de S.Paulo, o ministro sabia da operação.',
      ['folha-de-s-paulo:report'],
    ],
    ['Em entrevista ao Observador, o autarca admite recandidatar-se.', ['observador:interview']],
    ['Como revelou o jornal O Globo, o contrato foi assinado sem licitação.', ['o-globo:report']],
    ['O Estadão apurou que a reunião foi cancelada.', ['estadao:report']],
    ['Ouvido pelo g1, o delegado confirmou a prisão.', ['g1:interview']],
    ['Em declarações à RTP, a ministra garantiu que não haverá cortes.', ['rtp:quote']],
    [
      '{{caption:Bombeiros combatem as chamas em Pedrógão. Foto: Paulo Cunha/Lusa}}',
      ['lusa:photo'],
    ],
    ['Imagens exibidas pela TV Globo mostram o momento do assalto.', ['tv-globo:video']],
    [
      'O correspondente da CNN Brasil em Washington relatou que o acordo está próximo.',
      ['cnn-brasil:report'],
    ],
    ['Segundo apurou o Valor Econômico, o banco estuda uma oferta.', ['valor-economico:report']],
    [
      'O Jornal de Notícias avança que a ponte será encerrada em maio.',
      ['jornal-de-noticias:report'],
    ],
    [
      'O semanário local Gazeta da Serra noticiou que a estrada continua cortada.',
      ['unlisted:gazeta-da-serra:report'],
    ],
    ['Com Lusa e Reuters', ['lusa:byline', 'reuters:byline']],
    [
      'A informação foi avançada pelo Correio da Manhã e confirmada pela SIC Notícias.',
      ['correio-da-manha:report', 'sic-noticias:report'],
    ],
    ['Em entrevista à Rádio Renascença, o bispo pediu calma.', ['radio-renascenca:interview']],
    ['A Agência Brasil informou que o programa será ampliado.', ['agencia-brasil:report']],
    ['Foto: Reuters/Ueslei Marcelino', ['reuters:photo']],
    ['Segundo levantamento feito pelo UOL, os preços subiram 8 % no ano.', ['uol:analysis']],
    ['A revista Veja publicou neste sábado que o deputado será indiciado.', ['veja:report']],
    ['Disse ele à Reuters por telefone que o acordo está fechado.', ['reuters:quote']],
    ['De acordo com a Agência Brasil, o jogo terminou empatado.', ['agencia-brasil:report']],
    ['Em entrevista à "CNN", Witzel disse não ser contra o retorno.', ['cnn:interview']],
    ['O jornal O Globo informou que a votação foi adiada.', ['o-globo:report']],
    ['Segundo a Reuters, a produção caiu.', ['reuters:report']],
    ['O acordo foi fechado, noticiou a Folha.', ['folha-de-s-paulo:report']],
    ['Foto: Reuters', ['reuters:photo']],
    ['Os dados foram divulgados ontem pela Folha.', ['folha-de-s-paulo:report']],
    ['O ministro disse à Folha que não vai renunciar.', ['folha-de-s-paulo:quote']],
    ['Texto com informações da Reuters e de outras agências.', ['reuters:report']],
    [
      'A AFP, citando a Reuters, confirmou o número.',
      ['agence-france-presse:report', 'reuters:report'],
    ],
    ['Em declarações à Lusa, o ministro negou.', ['lusa:quote']],
    ['Revelou o jornal O Globo que o acordo está fechado.', ['o-globo:report']],
    ['Imagens exibidas pela TV Globo mostram a multidão.', ['tv-globo:video']],
    ['Em entrevista concedida ao UOL, o ministro negou.', ['uol:interview']],
    ['A assessoria informou a Folha que o acordo está fechado.', ['folha-de-s-paulo:quote']],
  ],
  lookAlikes: [
    // Blind set: written from how the press credits sources, before reading the rules.
    'Ana Sousa, ex-jornalista do Expresso, é hoje assessora de imprensa.',
    'O Globo foi fundado em 1925 por Irineu Marinho.',
    'O Ministério da Saúde registou 150 novos casos.',
    'O vídeo tornou-se viral no Instagram e no TikTok.',
    'Os trabalhadores da RTP marcaram uma greve para segunda-feira.',
    'Um estudo publicado na revista Science confirma o efeito.',
    'O recorde do mundo foi batido no sábado.',
    'O diretor do Público demitiu-se após dez anos no cargo.',
    'O líder da oposição, Randolfe Rodrigues (Rede-AP), apresentou um projeto.',
    'Veja Também: os melhores momentos do jogo.',
    'O debate foi transmitido pela Globo no domingo.',
    'O público aplaudiu no final.',
    'O estado de São Paulo decretou feriado.',
    'Ex-diretor da Folha, ele preside uma fundação.',
    'Trabalhou dez anos na Folha antes de entrar na política.',
    'Assine a Folha por um real.',
    'A Folha foi multada pelo tribunal.',
    'O apresentador do programa Fantástico na TV Globo foi afastado.',
  ],
};
