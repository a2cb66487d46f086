/**
 * Portuguese (utils/core/lang/pt.ts): a second blind set, written from how the Brazilian,
 * Portuguese and African lusophone press credit their sources before the pack's rules were read
 * (6 December 2026).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'pt',
  rules: {},
  examples: [
    [
      'Segundo a Folha de S.Paulo, o governo deve anunciar o pacote na segunda-feira.',
      ['folha-de-s-paulo:report'],
    ],
    ['Conforme revelou o Estadão, o contrato foi assinado sem licitação.', ['estadao:report']],
    ['As informações são do g1.', ['g1:report']],
    [
      'Com informações da Agência Brasil e da Reuters.',
      ['agencia-brasil:report', 'reuters:report'],
    ],
    [
      'Em entrevista à GloboNews, o ministro disse que o déficit será zerado.',
      ['globonews:interview'],
    ],
    ['O ministro disse à CNN Brasil que não pretende deixar o cargo.', ['cnn-brasil:quote']],
    ['Em declarações à Lusa, o autarca afirmou que a ponte será reaberta.', ['lusa:quote']],
    ['"Não vamos desistir", afirmou à TSF o líder sindical.', ['tsf:quote']],
    ['Questionado pelo Observador, o ministério não respondeu.', ['observador:interview']],
    ['Contactado pelo Expresso, o ex-governante recusou comentar.', ['expresso:interview']],
    ['Segundo o Correio da Manhã, o suspeito já tinha cadastro.', ['correio-da-manha:report']],
    [
      'Avança o Jornal de Notícias que a fábrica vai despedir 200 trabalhadores.',
      ['jornal-de-noticias:report'],
    ],
    [
      'Noticiou a SIC Notícias que o primeiro-ministro vai remodelar o Governo.',
      ['sic-noticias:report'],
    ],
    [
      'Em entrevista ao Público, a ministra da Saúde portuguesa admitiu falhas no SNS.',
      ['publico-portugal:interview'],
    ],
    ['Segundo a RTP, o incêndio já consumiu mil hectares.', ['rtp:report']],
    ['A TVI apurou que o treinador vai deixar o clube.', ['tvi:report']],
    ['Segundo apurou a CNN Portugal, a proposta foi rejeitada.', ['cnn-portugal:report']],
    [
      'Uma sondagem da Católica para a RTP e o Público dá vantagem ao PS.',
      ['publico-portugal:analysis', 'rtp:analysis'],
    ],
    [
      'Segundo levantamento do Poder360, o governo gastou R$ 2 bilhões com publicidade.',
      ['poder360:analysis'],
    ],
    [
      'Um levantamento feito pelo UOL com base em dados do TSE mostra o crescimento das doações.',
      ['uol:analysis'],
    ],
    ['Imagens exibidas pela TV Globo mostram o momento do desabamento.', ['tv-globo:video']],
    [
      '{{caption:O presidente durante cerimônia em Brasília. Foto: Marcelo Camargo/Agência Brasil}}',
      ['agencia-brasil:photo'],
    ],
    [
      '{{caption:Bombeiros combatem o incêndio em Pedrógão. (Foto: Paulo Novais/Lusa)}}',
      ['lusa:photo'],
    ],
    [
      '{{caption:Manifestação em Lisboa contra a subida das rendas. Foto: Reuters}}',
      ['reuters:photo'],
    ],
    [
      '{{caption:O treinador no relvado do Dragão. Créditos: Miguel A. Lopes / Lusa}}',
      ['lusa:photo'],
    ],
    [
      'Lisboa, 3 mai (Lusa) - O Governo aprovou hoje o novo regime de arrendamento.',
      ['lusa:byline'],
    ],
    ['BRASÍLIA (Reuters) - O Banco Central manteve a taxa de juros em 10,5%.', ['reuters:byline']],
    ['Segundo o site Metrópoles, a operação prendeu sete suspeitos.', ['metropoles:report']],
    ['A informação foi publicada primeiro pelo Poder360.', ['poder360:report']],
    [
      'O Correio Braziliense apurou que o decreto será publicado amanhã.',
      ['correio-braziliense:report'],
    ],
    [
      'Segundo reportagem da revista Piauí, o assessor recebia pagamentos em espécie.',
      ['piaui:report'],
    ],
    [
      'A colunista Mônica Bergamo, da Folha, revelou que o ex-ministro vai depor.',
      ['folha-de-s-paulo:report'],
    ],
    [
      'Ao jornal Zero Hora, o prefeito de Porto Alegre disse que a cidade está preparada.',
      ['gzh:quote'],
    ],
    ['Em entrevista à rádio Jovem Pan, o governador criticou o Supremo.', ['jovem-pan:interview']],
    [
      'Ouvido pelo Estado de Minas, o delegado confirmou a prisão.',
      ['o-estado-de-minas:interview'],
    ],
    [
      'Segundo o Diario de Pernambuco, a chuva deixou 300 desalojados.',
      ['diario-de-pernambuco:report'],
    ],
    ['De acordo com o jornal O Povo, de Fortaleza, a greve continua.', ['o-povo:report']],
    ['Segundo a Gazeta do Povo, a Assembleia aprovou o projeto.', ['gazeta-do-povo:report']],
    ['A revista Veja publicou nesta sexta-feira que o ministro será exonerado.', ['veja:report']],
    ['Segundo a agência angolana Angop, as chuvas fizeram 12 mortos em Luanda.', ['angop:report']],
    [
      'Citado pelo Jornal de Angola, o governador provincial prometeu obras.',
      ['jornal-de-angola:report'],
    ],
    ['Em declarações à Rádio Moçambique, o ministro pediu calma.', ['radio-mocambique:quote']],
    ['Segundo a Inforpress, o voo foi cancelado por causa do vento.', ['inforpress:report']],
    [
      'O jornal regional Diário do Sertão noticiou que a barragem transbordou.',
      ['unlisted:diario-do-sertao:report'],
    ],
    [
      'A rádio comunitária Rádio Voz da Serra relatou que a estrada ficou interditada.',
      ['unlisted:radio-voz-da-serra:report'],
    ],
    ['Segundo a BBC News Brasil, o número de mortes pode ser maior.', ['bbc-news-brasil:report']],
    ['A empresa vai cortar 2 mil empregos, informou a agência Reuters.', ['reuters:report']],
    ['Segundo o jornal britânico The Guardian, o acordo foi adiado.', ['the-guardian:report']],
    ['Segundo o espanhol El País, o Governo de Madrid vai recorrer.', ['el-pais:report']],
    ['Noticia o Diário de Coimbra que a obra só arranca em 2026.', ['diario-de-coimbra:report']],
    [
      'Escreve o Açoriano Oriental, na edição desta terça-feira, que a ligação aérea será reforçada.',
      ['acoriano-oriental:report'],
    ],
    ['O treinador disse ao jornal O Jogo que o plantel está fechado.', ['o-jogo:quote']],
    ['Reportagem da TV Globo mostrou o abandono das obras.', ['tv-globo:report']],
    ['Em nota enviada ao g1, a empresa afirmou que colabora com as investigações.', ['g1:quote']],
    [
      'De acordo com informações da Rádio Renascença, o Presidente vai vetar o diploma.',
      ['radio-renascenca:report'],
    ],
    [
      'O presidente do clube, ouvido pela Antena 1, garantiu que não há salários em atraso.',
      ['antena-1:interview'],
    ],
    ['Segundo cálculos da Exame, o impacto será de R$ 40 bilhões.', ['exame:analysis']],
    ['Um vídeo divulgado pela Band mostra a fuga dos presos.', ['band:video']],
    [
      'Conforme informou o Jornal do Commercio, o porto de Suape vai ampliar o terminal.',
      ['jornal-do-commercio:report'],
    ],
    [
      'Segundo o semanário Expansão, o Estado angolano vai vender a participação.',
      ['expansao:report'],
    ],
    [
      'Segundo o jornal cabo-verdiano A Semana, o governo vai privatizar a companhia.',
      ['a-semana:report'],
    ],
    ['Segundo A Bola, o avançado vai renovar até 2029.', ['a-bola:report']],
  ],
  lookAlikes: [
    'O público aplaudiu de pé o espetáculo.',
    'O expresso das oito saiu atrasado de Santa Apolónia.',
    'Observador da ONU, o diplomata chegou a Luanda na segunda-feira.',
    'O jogador bateu o recorde do clube.',
    'O ex-jornalista da Folha lançou um livro sobre a ditadura.',
    'A TV Globo renovou o contrato de transmissão da Fórmula 1.',
    'A Lusa está em greve há três dias.',
    'Segundo a Petrobras, a produção aumentou 5% no trimestre.',
    'Segundo o Ministério da Saúde, os casos de dengue caíram.',
    'Segundo o IBGE, o desemprego recuou para 7,8%.',
    'O vídeo viralizou no TikTok e no Instagram.',
    'Um estudo publicado na revista The Lancet mostra queda da mortalidade infantil.',
    'Veja bem, não foi isso que eu disse, afirmou o deputado.',
    'Época de chuvas começa mais cedo no Nordeste.',
    'Exame de sangue revelou a doença rara.',
    'Visão turva é um dos sintomas mais comuns.',
    'Sábado haverá uma manifestação em Lisboa.',
    'Notícias falsas circulam nas redes sociais desde ontem.',
    'O País precisa de reformas urgentes, disse o presidente angolano.',
    'O Dia da Independência foi celebrado em Brasília com um desfile.',
    'Terra, água e fogo são os temas da exposição.',
    'Trabalhou na RTP e na SIC antes de fundar a sua produtora.',
    'O presidente da Globo deixou o cargo após vinte anos.',
    'A Band exibirá a partida às 16h.',
    'Ele é colunista do Estadão desde 2010.',
    'Record de vendas: o Natal foi o melhor em dez anos.',
    'A Rádio Renascença celebra 90 anos de emissões.',
  ],
};
