/**
 * Italian (utils/core/lang/it.ts): the third blind set, written on 6 December 2026 before
 * the pack's rules were read, from the press of Italy's regional press and Swiss Italian (Ticino). The credits still missed
 * after the round left the table; docs/accuracy.md lists them.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'it',
  rules: {},
  examples: [
    [
      'Secondo quanto riportato dal Corriere del Ticino, il Consiglio di Stato ha respinto il ricorso.',
      ['corriere-del-ticino:report'],
    ],
    [
      '«Non ci sono alternative», ha dichiarato il direttore alla RSI.',
      ['radiotelevisione-svizzera-di-lingua-italiana-rsi:quote'],
    ],
    [
      'Come riporta Il Mattino, la Procura di Napoli ha aperto un fascicolo.',
      ['il-mattino:report'],
    ],
    [
      "Secondo quanto riferito dal Giornale di Brescia, l'azienda chiuderà lo stabilimento entro l'anno.",
      ['unlisted:giornale-di-brescia:report'],
    ],
    ["Il sindaco ha detto all'ANSA che l'ordinanza resterà in vigore.", ['ansa:interview']],
    [
      "In un'intervista al Messaggero Veneto, il presidente della Regione ha difeso la riforma.",
      ['messaggero-veneto:interview'],
    ],
    [
      'Come rivelato dal Resto del Carlino, il dirigente era indagato da mesi.',
      ['il-resto-del-carlino:report'],
    ],
    [
      'Secondo La Nuova Sardegna, gli incendi hanno distrutto 2.000 ettari di macchia.',
      ['la-nuova-sardegna:report'],
    ],
    [
      "Lo riferisce L'Unione Sarda, citando fonti della Questura di Cagliari.",
      ['l-unione-sarda:report'],
    ],
    [
      "L'assessore ha spiegato al Tirreno che i lavori partiranno a settembre.",
      ['il-tirreno:interview'],
    ],
    [
      '(ANSA) - ROMA, 12 MAR - Il Consiglio dei ministri ha approvato il decreto sulle bollette.',
      ['ansa:byline'],
    ],
    [
      '{{caption:I soccorritori al lavoro tra le macerie ad Amatrice. Foto: ANSA/Ciro Fusco}}',
      ['ansa:photo'],
    ],
    ['{{caption:Il premier a Palazzo Chigi (foto LaPresse)}}', ['lapresse:photo']],
    [
      "Secondo l'agenzia Keystone-ATS, il Gran Consiglio ha approvato il credito.",
      ['keystone-sda:report'],
    ],
    [
      'Intervistato da Fanpage.it, il consigliere ha ammesso di aver ricevuto pressioni.',
      ['fanpage-it:interview'],
    ],
    ["Ai microfoni di Radio 24, l'economista ha criticato la manovra.", ['radio24:interview']],
    ["Ospite di In mezz'ora su Rai 3, il ministro ha annunciato nuovi fondi.", ['rai-3:interview']],
    [
      'Secondo un sondaggio Swg per La7, il centrodestra resta avanti di otto punti.',
      ['la7:analysis'],
    ],
    [
      'Ne dà notizia La Gazzetta del Mezzogiorno, secondo cui il porto di Bari sarà ampliato.',
      ['la-gazzetta-del-mezzogiorno:report'],
    ],
    [
      "Come anticipato dal Giornale di Sicilia, l'assessore si è dimesso.",
      ['giornale-di-sicilia:report'],
    ],
    [
      "Secondo il quotidiano bergamasco L'Eco di Bergamo, i contagi sono in calo.",
      ['l-eco-di-bergamo:report'],
    ],
    [
      'Fa sapere Il Secolo XIX che la nave è rimasta bloccata in porto per ore.',
      ['il-secolo-xix:report'],
    ],
    [
      "«Ho sbagliato, ma non mi dimetto», ha raccontato l'ex sindaco al Corriere della Sera.",
      ['corriere-della-sera:quote'],
    ],
    [
      "Si legge sul Fatto Quotidiano che i pm hanno chiesto l'archiviazione.",
      ['il-fatto-quotidiano:report'],
    ],
    [
      "L'inviato di Sky TG24 a Kiev riferisce di forti esplosioni nella notte.",
      ['sky-tg24:report'],
    ],
    ['Secondo il sito ilpost.it, la legge entrerà in vigore a gennaio.', ['il-post:report']],
    [
      "Riporta la testata locale Prima Monza che il sindaco ha firmato l'ordinanza.",
      ['unlisted:prima-monza:report'],
    ],
    [
      "L'agenzia Adnkronos, citando il quotidiano israeliano Haaretz, riferisce di nuovi raid a Gaza.",
      ['adnkronos:report', 'haaretz:report'],
    ],
    ['(con fonti ANSA, AGI e Reuters)', ['agi:report', 'ansa:report', 'reuters:report']],
    ['Come è stato riportato dal Tg1, il decreto sarà firmato domani.', ['tg1:report']],
    [
      'Si apprende dal Piccolo di Trieste che la Ferriera chiuderà definitivamente.',
      ['il-piccolo:report'],
    ],
    [
      "In un'intervista rilasciata al Quotidiano Nazionale, il generale ha escluso l'invio di truppe.",
      ['quotidiano-nazionale:interview'],
    ],
    ['Lo ha detto a Rainews24 il capo della Protezione civile.', ['rainews:interview']],
    [
      'Secondo quanto appreso da Today.it, il provvedimento arriverà in aula martedì.',
      ['today-it:report'],
    ],
    [
      'Secondo il settimanale ticinese Il Caffè, il Municipio di Lugano ha speso 2 milioni in consulenze.',
      ['unlisted:caffe:report'],
    ],
    ['Secondo una ricostruzione de La Stampa, il piano era pronto da mesi.', ['la-stampa:report']],
    [
      "Interpellato dal Corriere dell'Umbria, il rettore non ha voluto commentare.",
      ['corriere-dell-umbria:interview'],
    ],
  ],
  lookAlikes: [
    'Il giornalista ha lavorato per il Corriere della Sera e per La Stampa prima di fondare il sito.',
    'La stampa estera ha seguito con attenzione il vertice di Roma.',
    "Il mattino dopo la polizia ha sgomberato l'edificio occupato.",
    'Il Giorno della Memoria si celebra il 27 gennaio.',
    'La Repubblica italiana riconosce e promuove le autonomie locali.',
    "Secondo l'Istat, l'inflazione è scesa all'1,2% a ottobre.",
    'Secondo Eni, la produzione di gas è aumentata nel trimestre.',
    'La Rai ha presentato i palinsesti autunnali a Napoli.',
    'Il tempo stringe, ha detto il ministro ai cronisti.',
    "Ha pubblicato il video dell'aggressione su TikTok.",
    'Il post del sindaco su Facebook è stato rimosso dopo le polemiche.',
    'La Regione Lombardia ha stanziato 10 milioni per i comuni colpiti.',
    'La Nazione deve restare unita, ha detto il presidente della Repubblica.',
    "Secondo la Guardia di Finanza, l'evasione supera i 3 milioni di euro.",
    "L'ANSA compie 80 anni e festeggia con una mostra a Roma.",
    'Il giornalista del Corriere del Ticino è stato premiato a Bellinzona.',
  ],
};
