/** Spanish (utils/core/lang/es.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'es',
  rules: {
    'es-photo': {
      fires: [['El presidente en Madrid. Foto de archivo EFE', 'efe:photo']],
      silent: ['Una foto de archivo muestra al presidente, informa EFE en su web.'],
    },
    'es-footage': {
      fires: [['Imágenes difundidas por Televisa muestran la multitud.', 'televisa:video']],
      silent: ['El debate fue emitido por Televisa el lunes.'],
    },
    'es-staff': {
      fires: [['El corresponsal de El País en Kiev vio la destrucción.', 'el-pais:report']],
      silent: ['El ex corresponsal de El País en Kiev vio la destrucción.'],
    },
    'es-actor': {
      fires: [['El debate, organizado por Televisa, duró dos horas.', 'televisa']],
      silent: ['El debate, según Televisa, duró dos horas.'],
    },
    'es-source-label': {
      fires: [['El puerto cerró el lunes. (Fuente: EFE)', 'efe:report']],
      silent: ['La fuente de EFE lo desmintió.'],
    },
    'es-segun': {
      fires: [['Según EFE, el presidente viajará el miércoles.', 'efe:report']],
      silent: ['Según el presidente, EFE viajará el miércoles.'],
    },
    'es-con-informacion': {
      fires: [['Con información de Reuters y otras fuentes.', 'reuters:report']],
      silent: ['Con la ayuda de Reuters y otras fuentes.'],
    },
    'es-told': {
      fires: [
        [
          'El investigador aseguraba a AFP que un termómetro marcó 20 grados.',
          'agence-france-presse:interview',
        ],
      ],
      silent: ['El investigador aseguraba que AFP había medido 20 grados.'],
    },
    'es-interview': {
      fires: [['En una entrevista con El País, el ministro lo negó.', 'el-pais:interview']],
      silent: ['En una entrevista, el ministro criticó a El País.'],
    },
    'es-citing': {
      fires: [['La agencia AFP, citando a Reuters, confirmó el dato.', 'reuters:report']],
      silent: ['La agencia AFP confirmó el dato, igual que Reuters.'],
    },
    'es-by': {
      fires: [['Los datos, difundidos por Clarín, muestran el alza.', 'clarin:report']],
      silent: ['Los datos, criticados por Clarín, muestran el alza.'],
    },
    'es-inverted': {
      fires: [['Sus oponentes son extremistas, destacó AFP.', 'agence-france-presse:report']],
      silent: ['Sus oponentes son extremistas, y AFP calla.'],
    },
    'es-broadcast': {
      fires: [
        ['En los informativos de la TVG, varios ganaderos denunciaban la situación.', 'tvg:report'],
      ],
      silent: ['Los informativos de la TVG cambian de horario.'],
    },
    'es-report-of': {
      fires: [['Un reportaje de El País reveló el caso.', 'el-pais:report']],
      silent: ['Un lector de El País escribió una carta.'],
    },
    'es-analysis': {
      fires: [['Una encuesta realizada por El País muestra lo contrario.', 'el-pais:analysis']],
      silent: ['Una encuesta muestra que El País tiene lectores.'],
    },
    'es-byline-por': {
      fires: [['Por Agencia EFE', 'efe:byline']],
      silent: ['Gracias por leer EFE'],
    },
    'es-reported': {
      fires: [['El País informó el lunes que el acuerdo se rompió.', 'el-pais:report']],
      silent: ['El País entero celebró el lunes.'],
    },
  },
  examples: [
    ['Según EFE, el presidente viajará el miércoles.', ['efe:report']],
    ['Bruselas, 7 oct (EFE).- El alto representante habló hoy.', ['efe:byline']],
    ['Sus oponentes son extremistas, destacó AFP.', ['agence-france-presse:report']],
    [
      'El investigador aseguraba a AFP que un termómetro marcó 20 grados.',
      ['agence-france-presse:interview'],
    ],
    [
      'Lo dijo en una entrevista en Radio Marca recogida por Europa Press.',
      ['efe-radio-marca:interview', 'europa-press:report'],
    ],
    [
      '(Con información de AFP, EFE y Reuters)',
      ['agence-france-presse:report', 'efe:report', 'reuters:report'],
    ],
    ['Por Agencia EFE', ['efe:byline']],
    ['Foto: EFE/Juan Pérez', ['efe:photo']],
    ['De acuerdo con Reuters, la producción cayó.', ['reuters:report']],
    ['Los datos, difundidos por Clarín, muestran el alza.', ['clarin:report']],
    [
      'Citando fuentes diplomáticas, El País sostiene que el acuerdo está cerrado.',
      ['el-pais:report'],
    ],
    ['El País desveló ayer que el acuerdo está cerrado.', ['el-pais:report']],
    ['Sostiene el diario El País que el acuerdo está cerrado.', ['el-pais:report']],
    ['Según el corresponsal de El País, la ciudad está destruida.', ['el-pais:report']],
    ['Una encuesta de 40dB para El País muestra una caída.', ['el-pais:analysis']],
    ['Imágenes emitidas por Televisa muestran la multitud.', ['televisa:video']],
    ['Manifestantes en Madrid. Foto EFE/Juan Pérez', ['efe:photo']],
    ['Los enviados especiales de El País han podido constatar los daños.', ['el-pais:report']],
  ],
  lookAlikes: [
    'No es la nacion que soñamos: el país vive una crisis profunda.',
    'El público aplaudió al final.',
    'El mundo entero mira a España.',
    'El debate, organizado por Televisa, duró dos horas.',
    'El país celebra hoy su fiesta nacional.',
    'Ex director de El País, ahora preside una fundación.',
    'Trabajó diez años en El País antes de entrar en política.',
    'Suscríbete a El País por un euro.',
    'El País fue multado por la agencia de protección de datos.',
    'La Cadena SER emitió el debate.',
  ],
};
