/** Norwegian Nynorsk (utils/core/lang/nn.ts, with the tables of nb.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'nn',
  rules: {
    'nn-work-by': {
      fires: [['Det viser ein gjennomgang som NRK har gjort.', 'nrk:analysis']],
      silent: ['Det viser ein gjennomgang som NRK har publisert.'],
    },
    'nn-source-label': {
      fires: [['Hamna stengde måndag. (Kjelde: NTB)\nMeir.', 'ntb:report']],
      silent: ['Kjelda i NTB ville ikkje seie meir.'],
    },
    'nn-actor': {
      fires: [['Ho arbeidde tidlegare i NRK.', 'nrk']],
      silent: ['Ho sa tidlegare til NRK at ho ville slutte.'],
    },
    'nn-actor-verb': {
      fires: [['NRK sender kampen direkte.', 'nrk']],
      silent: ['NRK melder at kampen er avlyst.'],
    },
    'nn-poll': {
      fires: [['Ei måling utført av Norstat for NRK viser at fleirtalet er imot.', 'nrk:analysis']],
      silent: ['Ei måling utført av NRK i fjor vart kritisert.'],
    },
    'nn-genitive-interview': {
      fires: [['Ho sa i NRKs program om saka at ho angrar.', 'nrk:interview']],
      silent: ['NRKs programdirektør går av.'],
    },
    'nn-genitive-analysis': {
      fires: [['Ifølgje NRKs måling er partiet størst.', 'nrk:analysis']],
      silent: ['NRKs målgruppe er unge.'],
    },
    'nn-genitive-report': {
      fires: [['Som det kom fram i VGs sak fredag, har ministeren gått av.', 'vg:report']],
      silent: ['VGs saksbehandlar svarte ikkje.'],
    },
    'nn-ifolge': {
      fires: [['Ifølgje NTB vurderer regjeringa å forlengje ordninga.', 'ntb:report']],
      silent: ['Ifølgje ministeren har NTB feil.'],
    },
    'nn-etter-det': {
      fires: [['Etter det NRK kjenner til, går ministeren av.', 'nrk:report']],
      silent: ['Etter det NRK publiserte, gjekk ministeren av.'],
    },
    'nn-told': {
      fires: [['Det seier statsministeren til NRK.', 'nrk:quote']],
      silent: ['Ho sa nei til NRK-sjefens tilbod.'],
    },
    'nn-told-front': {
      fires: [['Til Dagbladet seier ho at ho er skuffa.', 'dagbladet:quote']],
      silent: ['Til Dagbladet kom det mange brev.'],
    },
    'nn-interview': {
      fires: [['I eit intervju med VG seier han at han angrar.', 'vg:interview']],
      silent: ['Han har gitt VG eit intervju om saka.'],
    },
    'nn-genitive': {
      fires: [['Han sa i NRKs Debatten at skatten må ned.', 'nrk:interview']],
      silent: ['Han sa at NRKs Debatten er for lang.'],
    },
    'nn-compound': {
      fires: [['Det kom fram i NRK-programmet torsdag.', 'nrk:report']],
      silent: ['NRK-sjefen går av.'],
    },
    'nn-citing': {
      fires: [
        ['Reuters skriv, med tilvising til Bloomberg, at avtalen er klar.', 'bloomberg:report'],
      ],
      silent: ['Reuters skriv at Bloomberg har kjøpt selskapet.'],
    },
    'nn-published-by': {
      fires: [['Saka vart først omtalt av Dagbladet i mars.', 'dagbladet:report']],
      silent: ['Saka vart teken opp med Dagbladet i mars.'],
    },
    'nn-seen-by': {
      fires: [['Dokument som NRK har fått innsyn i viser at saka vart lagd bort.', 'nrk:report']],
      silent: ['Dokument som NRK sende inn vart avviste.'],
    },
    'nn-footage': {
      fires: [['Video frå NRK viser at brannen spreidde seg.', 'nrk:video']],
      silent: ['Videoen om NRK vart delt mange gonger.'],
    },
    'nn-byline-av': {
      fires: [['Av Kari Nordmann, NTB', 'ntb:byline']],
      silent: ['Det var ei av dei største sakene for NTB.'],
    },
    'nn-inverted': {
      fires: [['Det melder NRK.', 'nrk:report']],
      silent: ['Det melder NRKs programleiar.'],
    },
    'nn-contacted': {
      fires: [['NRK har snakka med fleire prestar som er usamde.', 'nrk:report']],
      silent: ['NRK har snakka om saka i fleire veker.'],
    },
    'nn-piece-in': {
      fires: [['Det kjem fram i ei sak frå NRK.', 'nrk:report']],
      silent: ['Det kjem fram i ei melding til NRK.'],
    },
    'nn-reported': {
      fires: [['Klassekampen skreiv i helga at partiet er splitta.', 'klassekampen:report']],
      silent: ['Klassekampen har nytt kontor i Oslo.'],
    },
  },
  examples: [
    // Written after reading the nb rules (not blind): more Nynorsk forms.
    ['Det kjem fram i ein gjennomgang som NRK har gjort.', ['nrk:analysis']],
    ['– Vi gjer det vi kan, seier ho til Bergens Tidende.', ['bergens-tidende:quote']],
    ['Ifølgje tal som VG har henta inn, aukar talet på saker.', ['vg:report']],
    ['Det skreiv Aftenposten laurdag.', ['aftenposten:report']],
    ['I eit intervju med Dagbladet fortel han om valet.', ['dagbladet:interview']],
    // Blind set: written from how the press credits sources, before reading the rules.
    ['Ifølgje NRK skal regjeringa leggje fram forslaget fredag.', ['nrk:report']],
    ['Det melder VG tysdag kveld.', ['vg:report']],
    ['– Dette er heilt uakseptabelt, seier ministeren til Dagbladet.', ['dagbladet:quote']],
    ['I eit intervju med Bergens Tidende fortel ho om konkursen.', ['bergens-tidende:interview']],
    ['Det skriv Aftenposten, som har fått innsyn i rapporten.', ['aftenposten:report']],
    ['Opplysningane vert stadfesta overfor NTB av politiet.', ['ntb:quote']],
    ['{{caption:Mannskap i arbeid. Foto: Heiko Junge / NTB}}', ['ntb:photo']],
    ['Klassekampen kunne måndag avsløre at avtalen var inngått i fjor.', ['klassekampen:report']],
    ['Det opplyser politiet til NRK.', ['nrk:quote']],
    ['Ifølgje nyheitsbyrået Reuters er minst ti menneske drepne.', ['reuters:report']],
    ['Det skriv Aftenposten fredag.', ['aftenposten:report']],
    ['VG har tidlegare omtalt saka.', ['vg:report']],
    ['Han seier til Dagens Næringsliv at prisen vil stige.', ['dagens-naeringsliv:quote']],
    ['Ministeren sa til NRK Dagsnytt 18 måndag at ordninga blir forlengd.', ['dagsnytt-18:quote']],
    ['Foto: Javad Parsa / NTB', ['ntb:photo']],
    ['Ifølgje Reuters er flyet trygt landa.', ['reuters:report']],
    ['Det stadfestar politiet overfor VG.', ['vg:quote']],
    ['Det fortel rådmannen til NRK Vestland.', ['nrk:quote']],
    ['I ein kommentar til NTB skriv departementet at saka blir vurdert.', ['ntb:quote']],
    ['Avisa Klassekampen skriv at partiet er splitta.', ['klassekampen:report']],
  ],
  lookAlikes: [
    'Han var journalist i Bergens Tidende i ti år.',
    'Dagbladet har fått ny redaktør.',
    // Blind set: written from how the press credits sources, before reading the rules.
    'Ho har tidlegare jobba i VG og NRK.',
    'Aftenposten er eigd av Schibsted.',
    'Videoen har spreidd seg på Facebook.',
    'NRK-sjefen går av etter seks år.',
    'VG har nytt kontor i Oslo.',
    'Aftenposten er den største avisa i landet.',
    'Ho sa at NRK må spare pengar.',
    'Ho arbeidde tidlegare i NRK.',
    'NRK sender kampen direkte.',
  ],
};
