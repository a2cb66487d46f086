/**
 * Swedish blind set (6 December): written from how the Swedish press credits its sources
 * ("uppger för", "säger till", "enligt", "rapporterar", "erfar", genitive "DN:s", "Aftonbladets",
 * polls made for an outlet, local papers) before this round's rules were read, then kept as a
 * regression table.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'sv',
  rules: {},
  examples: [
    ['Det uppger polisens presstalesperson för TT.', ['tt-nyhetsbyran:quote']],
    ['Enligt Dagens Nyheter ska regeringen dra ned på biståndet.', ['dagens-nyheter:report']],
    ['Det rapporterar SVT Nyheter.', ['svt:report']],
    ['Aftonbladet erfar att förbundskaptenen får gå.', ['aftonbladet:report']],
    ['– Vi tar det här på största allvar, säger hon till Ekot.', ['ekot:quote']],
    ['Svenska Dagbladet avslöjade i fjol att myndigheten brustit.', ['svenska-dagbladet:report']],
    ['I en intervju med Expressen säger ministern att hon inte avgår.', ['expressen:interview']],
    ['{{caption:Statsministern i riksdagen. Foto: Fredrik Sandberg/TT}}', ['tt-nyhetsbyran:photo']],
    ['Det visar en undersökning som Novus gjort på uppdrag av SVT.', ['svt:analysis']],
    ['Det skriver Göteborgs-Posten.', ['goteborgs-posten:report']],
    ['Sydsvenskan har tagit del av dokumenten.', ['sydsvenskan:report']],
    ['Det uppger flera källor för Dagens Industri.', ['dagens-industri:quote']],
    ['Enligt DN:s uppgifter har avtalet redan undertecknats.', ['dagens-nyheter:report']],
    [
      'Det skriver lokaltidningen Norran, som först rapporterade om branden.',
      ['unlisted:norran:report'],
    ],
    ['Det rapporterar Sveriges Radio.', ['sveriges-radio:report']],
    ['Det uppger Upsala Nya Tidning.', ['upsala-nya-tidning:report']],
    ['Enligt nyhetsbyrån Reuters har fartyget sjunkit.', ['reuters:report']],
    ['Det rapporterade Bloomberg på tisdagen.', ['bloomberg:report']],
    ['TV4 Nyheterna rapporterade att flera personer gripits.', ['tv4-se:report']],
    ['Enligt Aftonbladets uppgifter har spelaren skrivit på.', ['aftonbladet:report']],
    [
      'Det sade försvarsministern i en intervju med Financial Times.',
      ['financial-times:interview'],
    ],
    ['Uppdrag granskning har avslöjat att kommunen fuskat.', ['uppdrag-granskning:report']],
    ['Expressen har varit i kontakt med flera vittnen.', ['expressen:report']],
    ['Enligt Sveriges Television har tre personer dött.', ['svt:report']],
    ['Det bekräftar kommunens säkerhetschef för Sydsvenskan.', ['sydsvenskan:quote']],
    [
      'Enligt den amerikanska tidningen New York Times planeras ett möte.',
      ['the-new-york-times:report'],
    ],
    ['Det framgår av en granskning som Svenska Dagbladet gjort.', ['svenska-dagbladet:analysis']],
    ['Det säger han till Aftonbladet.', ['aftonbladet:quote']],
    ['Nyhetsbyrån TT har sökt ministern utan framgång.', ['tt-nyhetsbyran:report']],
    ['Enligt Dagens ETC har partiet tappat medlemmar.', ['dagens-etc:report']],
  ],
  lookAlikes: [
    'Hon har tidigare arbetat på Expressen och Aftonbladet.',
    'Aftonbladet har fått en ny chefredaktör.',
    'Rapport från mötet publicerades i går.',
    'Extrakt av växten används inom medicinen.',
    'Fokus ligger på ekonomin i år.',
    'Ekot från bergen hördes långt bort.',
    'Enligt Skatteverket ökade intäkterna kraftigt.',
    'Metro i Stockholm stängdes på grund av ett larm.',
    'Aktuellt läge: vägen är avstängd.',
    'Expressen stämdes av artisten.',
    'Enligt Facebook har kontot hackats.',
    'Han har skrivit för Dagens Nyheter i tjugo år.',
  ],
};
