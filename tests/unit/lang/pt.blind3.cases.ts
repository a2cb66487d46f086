/**
 * Portuguese (utils/core/lang/pt.ts): the third blind set, written on 6 December 2026 before
 * the pack's rules were read, from the press of Brazil's regional press, Angola, Mozambique, Cape Verde and Portugal. The credits still missed
 * after the round left the table; docs/accuracy.md lists them.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'pt',
  rules: {},
  examples: [
    [
      'Segundo apurou o jornal O Povo, o governo do Ceará vai anunciar o novo secretário nesta semana.',
      ['o-povo:report'],
    ],
    [
      'De acordo com o Correio Braziliense, o ministro deve deixar o cargo até sexta-feira.',
      ['correio-braziliense:report'],
    ],
    [
      'A obra custará R$ 200 milhões, informou o Jornal do Commercio nesta terça-feira.',
      ['jornal-do-commercio:report'],
    ],
    ['A informação foi divulgada pelo portal GZH.', ['gzh:report']],
    ['Ao Estadão, o senador afirmou que não vai apoiar a proposta.', ['estadao:quote']],
    [
      '"Não há espaço para aumento de impostos", disse o ministro à Folha.',
      ['folha-de-s-paulo:quote'],
    ],
    [
      'Noticiou o site Metrópoles que a Polícia Federal cumpriu mandados em Brasília.',
      ['metropoles:report'],
    ],
    [
      'Luanda, 5 mar (Lusa) – O Presidente angolano exonerou o governador provincial de Benguela.',
      ['lusa:byline'],
    ],
    [
      'Segundo o Jornal de Angola, a produção de petróleo voltou a cair em fevereiro.',
      ['jornal-de-angola:report'],
    ],
    [
      'Em declarações à Rádio Nacional de Angola, o ministro garantiu que não haverá cortes de energia.',
      ['radio-nacional-de-angola:quote'],
    ],
    ['A greve dos professores foi suspensa, noticiou a agência Angop.', ['angop:report']],
    [
      'O semanário moçambicano Savana revelou que o contrato foi assinado sem concurso público.',
      ['unlisted:savana:report'],
    ],
    [
      'Segundo a Agência de Informação de Moçambique, os ataques em Cabo Delgado recomeçaram.',
      ['agencia-de-informacao-de-mocambique:report'],
    ],
    [
      'O ministro garantiu à Inforpress que as ligações aéreas entre as ilhas serão retomadas.',
      ['inforpress:quote'],
    ],
    [
      'Conforme revelou o UOL, a empresa recebeu R$ 30 milhões em contratos sem licitação.',
      ['uol:report'],
    ],
    [
      'Procurado pelo g1, o Ministério da Saúde não respondeu até a publicação desta reportagem.',
      ['g1:interview'],
    ],
    ['O Globo teve acesso ao relatório da Controladoria-Geral da União.', ['o-globo:report']],
    [
      '{{caption:Moradores retiram móveis de casas alagadas em Canoas. Foto: Agência Brasil}}',
      ['agencia-brasil:photo'],
    ],
    [
      '{{caption:O presidente durante cerimônia no Palácio do Planalto. Foto: Reuters/Adriano Machado}}',
      ['reuters:photo'],
    ],
    ['(Com Agência Brasil e Reuters)', ['agencia-brasil:byline', 'reuters:byline']],
    [
      'Segundo levantamento feito pelo Estadão, 40% dos deputados votaram contra o governo.',
      ['estadao:analysis'],
    ],
    [
      'Segundo o jornal paraibano Correio da Paraíba, a ponte será interditada a partir de segunda.',
      ['unlisted:correio-da-paraiba:report'],
    ],
    [
      'Informou o portal amazonense Amazonas Atual que a cheia do rio Negro bateu recorde.',
      ['unlisted:amazonas-atual:report'],
    ],
    [
      'Conforme foi noticiado pelo Diario de Pernambuco, o hospital fechou a emergência.',
      ['diario-de-pernambuco:report'],
    ],
    [
      'A Reuters, citando o jornal Valor Econômico, informou que a fusão será anunciada na segunda-feira.',
      ['reuters:report', 'valor-economico:report'],
    ],
    [
      'A colunista Mônica Bergamo, da Folha de S.Paulo, revelou que o ex-ministro prepara um livro.',
      ['folha-de-s-paulo:report'],
    ],
    [
      'Segundo o site poder360.com.br, o projeto será votado na próxima semana.',
      ['poder360:report'],
    ],
    [
      'Em entrevista ao programa Roda Viva, da TV Cultura, a ministra defendeu o arcabouço fiscal.',
      ['roda-viva:interview', 'tv-cultura:interview'],
    ],
    [
      'No podcast O Assunto, do g1, a economista explicou os efeitos da alta dos juros.',
      ['g1:interview', 'unlisted:assunto:interview'],
    ],
    [
      'Adiantou o Observador que o Governo vai aprovar o decreto na quinta-feira.',
      ['observador:report'],
    ],
    ['O autarca disse à SIC Notícias que a situação está controlada.', ['sic-noticias:quote']],
    [
      'Em declarações à RTP, o bastonário criticou a falta de médicos nos hospitais.',
      ['rtp:quote'],
    ],
    [
      'Segundo o Novo Jornal, a dívida pública angolana vai subir este ano.',
      ['novo-jornal:report'],
    ],
    ['O ativista disse à DW África que foi ameaçado por agentes do SIC.', ['deutsche-welle:quote']],
    ['Segundo a agência Lusa, o navio deu à costa na ilha do Sal.', ['lusa:report']],
    [
      'Segundo o jornal A Tribuna, de Santos, o porto registrou movimento recorde.',
      ['unlisted:tribuna:report'],
    ],
    [
      'De acordo com a rádio comunitária Rádio Cidade, de Sorocaba, o incêndio atingiu três casas.',
      ['unlisted:radio-cidade:report'],
    ],
    [
      'O jornal O Liberal apurou que o governo do Pará vai adiar a licitação.',
      ['o-liberal:report'],
    ],
    [
      'Segundo reportagem exibida pelo Jornal Nacional, da TV Globo, os desvios chegam a R$ 1 bilhão.',
      ['jornal-nacional:report', 'tv-globo:report'],
    ],
    [
      'O Expresso escreve na edição deste sábado que o primeiro-ministro vai remodelar o Governo.',
      ['expresso:report'],
    ],
  ],
  lookAlikes: [
    'O povo saiu às ruas em Fortaleza para comemorar o título.',
    'O Globo de Ouro premiou a atriz brasileira no domingo.',
    'Segundo a Petrobras, a produção de petróleo subiu 3% no trimestre.',
    'Segundo o IBGE, o desemprego caiu para 7,5%.',
    'Ela trabalhou por dez anos na Folha antes de se mudar para Lisboa.',
    'O público lotou o estádio do Maracanã para a final.',
    'A Globo perdeu os direitos de transmissão do Campeonato Brasileiro.',
    '{{caption:Agentes durante a operação em São Paulo. Crédito: Divulgação/Polícia Federal}}',
    'O Expresso do Oriente partiu de Paris com 200 passageiros.',
    'O correio eletrônico do ministro foi invadido por hackers.',
    'Segundo a Polícia Militar, três suspeitos foram presos.',
    'O jornal Notícias completou cem anos de existência em Maputo.',
    'O ministro publicou a foto no Instagram.',
    'O estado de São Paulo registrou 300 casos de dengue nesta semana.',
    'A nação cabo-verdiana celebra hoje a independência.',
    'O Tribunal Supremo de Angola rejeitou o recurso do antigo governador.',
  ],
};
