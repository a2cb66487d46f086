/**
 * Danish blind set (6 December): written from how the Danish press credits its sources
 * ("oplyser til", "siger til", "skriver", "erfarer", "ifølge", "over for", genitive "B.T.s",
 * polls made for an outlet, local papers) before this round's rules were read, then kept as a
 * regression table. Corrected on reflection: "i DR-programmet Deadline" credits DR (the
 * programme's broadcaster; first written as the programme), a press release "til Ritzau" is a
 * statement to it (quote), and the paper is written "Avisen Danmark" (the lower-case "avisen
 * Danmark" first written is the country after a descriptor).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'da',
  rules: {},
  examples: [
    ['Det oplyser vagtchefen ved Københavns Politi til Ritzau.', ['ritzau:quote']],
    ['Det skriver Politiken.', ['politiken:report']],
    ['Ifølge Berlingske vil regeringen hæve skatten på tobak.', ['berlingske:report']],
    ['– Det er dybt alvorligt, siger hun til DR Nyheder.', ['dr:quote']],
    [
      'Jyllands-Posten kunne i går fortælle, at ministeren trækker sig.',
      ['jyllands-posten:report'],
    ],
    ['Det fremgår af en måling, som Voxmeter har lavet for Ritzau.', ['ritzau:analysis']],
    [
      '{{caption:Statsministeren i Folketinget. Foto: Ida Marie Odgaard/Ritzau Scanpix}}',
      ['ritzau:photo'],
    ],
    ['Børsen beretter, at selskabet står foran en fyringsrunde.', ['borsen:report']],
    ['Ekstra Bladet har været i kontakt med flere vidner.', ['ekstra-bladet:report']],
    ['Det bekræfter kommunaldirektøren over for TV 2 Fyn.', ['tv-2-fyn:quote']],
    ['Det skriver Altinget.', ['altinget:report']],
    ['Ifølge nyhedsbureauet Reuters er mindst 20 dræbt.', ['reuters:report']],
    ['Det skriver lokalavisen Frederiksberg Bladet.', ['unlisted:frederiksberg-bladet:report']],
    ['Kristeligt Dagblad har talt med flere præster.', ['kristeligt-dagblad:report']],
    ['Ifølge B.T.s oplysninger har spilleren skrevet under.', ['b-t:report']],
    ['Det siger han til Weekendavisen.', ['weekendavisen:quote']],
    ['Zetland har afdækket, hvordan kommunen brugte pengene.', ['zetland:report']],
    ['Det oplyser han til Fyens Stiftstidende.', ['fyens-stiftstidende:quote']],
    ['Det viser en opgørelse, som DR har lavet.', ['dr:analysis']],
    ['Nordjyske skriver, at fabrikken lukker.', ['nordjyske:report']],
    [
      'I et interview med Berlingske siger statsministeren, at valget kommer.',
      ['berlingske:interview'],
    ],
    ['Det erfarer Jyllands-Posten.', ['jyllands-posten:report']],
    ['Ifølge det britiske medie BBC er forhandlingerne brudt sammen.', ['bbc:report']],
    ['Det siger ministeren i DR-programmet Deadline.', ['dr:interview']],
    ['Politikens rundspørge viser, at et flertal er imod.', ['politiken:analysis']],
    ['Det oplyser Rigspolitiet i en pressemeddelelse til Ritzau.', ['ritzau:quote']],
    ['Ifølge Bloomberg overvejer banken at sælge.', ['bloomberg:report']],
    ['Det siger han til Avisen Danmark.', ['avisen-danmark:quote']],
  ],
  lookAlikes: [
    'Han har tidligere arbejdet på Politiken og DR.',
    'Information om sagen følger senere.',
    'Børsen brændte i foråret, og spiret styrtede sammen.',
    'Ifølge Danmarks Statistik steg priserne.',
    'Ekstra Bladet fik en bøde af Pressenævnet.',
    'Ifølge Facebook er kontoen blevet hacket.',
    'Politiken har fået ny chefredaktør.',
    'Han skriver en bog om DR-byen.',
    'Information er vigtig i en krise, siger ministeren.',
    'Danmark vandt kampen 2-0.',
    'Weekendavisen fylder 50 år.',
    'Han sagde det til sin kone.',
  ],
};
