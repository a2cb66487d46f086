/** Spanish (utils/core/lang/es.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'es',
  rules: {
    'es-statements': {
      fires: [
        ['En declaraciones a la Cadena SER, el alcalde negó los hechos.', 'cadena-ser:quote'],
      ],
      silent: ['En sus declaraciones, el alcalde criticó a la Cadena SER.'],
    },
    'es-photo': {
      fires: [['El presidente en Madrid. Foto de archivo EFE', 'efe:photo']],
      silent: ['Una foto de archivo muestra al presidente, informa EFE en su web.'],
    },
    'es-footage': {
      fires: [['Imágenes difundidas por Televisa muestran la multitud.', 'televisa:video']],
      silent: ['El debate fue emitido por Televisa el lunes.'],
    },
    'es-staff': {
      fires: [
        [
          'El enviado especial de RTVE a Gaza relató que los hospitales están colapsados.',
          'rtve:report',
        ],
        ['El corresponsal de El País en Kiev vio la destrucción.', 'el-pais:report'],
      ],
      silent: [
        'El director de RTVE viajó a Gaza.',
        'El ex corresponsal de El País en Kiev vio la destrucción.',
      ],
    },
    'es-actor': {
      fires: [['El debate, organizado por Televisa, duró dos horas.', 'televisa']],
      silent: ['El debate, según Televisa, duró dos horas.'],
    },
    'es-source-label': {
      fires: [['El puerto cerró el lunes. (Fuente: EFE)', 'efe:report']],
      silent: ['La fuente de EFE lo desmintió.'],
    },
    'es-fronted': {
      fires: [
        ['A la agencia Efe, el científico explicó que los datos son preliminares.', 'efe:quote'],
      ],
      silent: ['A la agencia Efe, la acompaña una delegación del ministerio.'],
    },
    'es-cleft': {
      fires: [
        ['Fue la Cadena SER la que adelantó la dimisión del consejero.', 'cadena-ser:report'],
      ],
      silent: ['Fue la Cadena SER la que ganó el premio Ondas este año.'],
    },
    'es-segun': {
      fires: [
        [
          'Según reseñó el diario costarricense La Nación, la Caja suspenderá las cirugías.',
          'la-nacion-costa-rica:report',
        ],
        ['Según publicó ayer El País, el banco estudia una fusión.', 'el-pais:report'],
        ['Según EFE, el presidente viajará el miércoles.', 'efe:report'],
      ],
      silent: [
        'Según publicó ayer el ministerio, El País cerrará.',
        'Según el presidente, EFE viajará el miércoles.',
      ],
    },
    'es-con-informacion': {
      fires: [['Con información de Reuters y otras fuentes.', 'reuters:report']],
      silent: ['Con la ayuda de Reuters y otras fuentes.'],
    },
    'es-told': {
      fires: [
        [
          'Según informaron a Europa Press fuentes diplomáticas, el embajador fue convocado.',
          'europa-press:quote',
        ],
        [
          'El investigador aseguraba a AFP que un termómetro marcó 20 grados.',
          'agence-france-presse:quote',
        ],
      ],
      silent: [
        'Según informaron fuentes diplomáticas, Europa Press no fue convocada.',
        'El investigador aseguraba que AFP había medido 20 grados.',
      ],
    },
    'es-interview': {
      fires: [
        [
          'Durante una entrevista en el programa Tercer Grado, de Televisa, el secretario rechazó las acusaciones.',
          'televisa:interview',
        ],
        ['El entrenador atendió a Marca tras el partido.', 'marca:interview'],
        ['En una entrevista con El País, el ministro lo negó.', 'el-pais:interview'],
      ],
      silent: [
        'El programa Tercer Grado, de Televisa, prepara una entrevista especial.',
        'El entrenador atendió a los aficionados de Marca tras el partido.',
        'En una entrevista, el ministro criticó a El País.',
      ],
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
      fires: [
        [
          'Como pudo saber La Silla Vacía, el registrador se reunió con los candidatos.',
          'la-silla-vacia:report',
        ],
        ['Los precios suben, informaron Reuters y Bloomberg.', 'reuters:report'],
        ['Sus oponentes son extremistas, destacó AFP.', 'agence-france-presse:report'],
      ],
      silent: [
        'El juez explicó cómo pudo saber El Tiempo de la reunión.',
        'Los precios suben, informaron los ministros a Reuters.',
        'Sus oponentes son extremistas, y AFP calla.',
      ],
    },
    'es-broadcast': {
      fires: [
        [
          'Según se informó en el noticiero 24 Horas de Televisa, el sospechoso fue detenido.',
          'televisa:report',
        ],
        ['En los informativos de la TVG, varios ganaderos denunciaban la situación.', 'tvg:report'],
      ],
      silent: [
        'El noticiero 24 Horas de Televisa cambia de horario.',
        'Los informativos de la TVG cambian de horario.',
      ],
    },
    'es-report-of': {
      fires: [['Un reportaje de El País reveló el caso.', 'el-pais:report']],
      silent: ['Un lector de El País escribió una carta.'],
    },
    'es-analysis': {
      fires: [
        [
          'Según los datos recopilados por El País, los desahucios han aumentado.',
          'el-pais:analysis',
        ],
        ['Una encuesta realizada por El País muestra lo contrario.', 'el-pais:analysis'],
      ],
      silent: [
        'Los datos recopilados por la policía fueron publicados en El País.',
        'Una encuesta muestra que El País tiene lectores.',
      ],
    },
    'es-byline-por': {
      fires: [['Por Agencia EFE', 'efe:byline']],
      silent: ['Gracias por leer EFE'],
    },
    'es-reported': {
      fires: [
        [
          'La emisora comunitaria Radio Progreso denunció el asesinato de un periodista.',
          'unlisted:radio-progreso:report',
        ],
        ['El País dio a conocer que la fiscalía abrió una investigación.', 'el-pais:report'],
        ['El País informó el lunes que el acuerdo se rompió.', 'el-pais:report'],
      ],
      silent: [
        'El presidente denunció a Clarín por difamación.',
        'El ministro dio a conocer su plan, que El País criticó.',
        'El País entero celebró el lunes.',
      ],
    },
  },
  examples: [
    ['Según EFE, el presidente viajará el miércoles.', ['efe:report']],
    ['Según informaron a Efe fuentes diplomáticas, el embajador fue convocado.', ['efe:quote']],
    // Blind set: written from how the press credits sources, before reading the rules.
    ['Según la agencia EFE, al menos diez personas murieron en el incendio.', ['efe:report']],
    ['El Gobierno prepara una rebaja fiscal, informó El País este martes.', ['el-pais:report']],
    [
      'Como adelantó El Confidencial, la empresa presentará un ERE en enero.',
      ['el-confidencial:report'],
    ],
    ['«No vamos a dimitir», declaró el ministro a la Cadena SER.', ['cadena-ser:quote']],
    [
      'En una entrevista concedida a La Vanguardia, la alcaldesa defiende su gestión.',
      ['la-vanguardia:interview'],
    ],
    ['El Mundo publica hoy que el fiscal conocía los correos desde marzo.', ['el-mundo:report']],
    [
      'Según ha podido saber Europa Press de fuentes del ministerio, la reunión se aplazó.',
      ['europa-press:report'],
    ],
    ['De acuerdo con el diario Clarín, el acuerdo incluye un tramo de deuda.', ['clarin:report']],
    ['Fuentes policiales citadas por Infobae confirmaron la detención.', ['infobae:report']],
    [
      'Entrevistado por Onda Cero, el consejero aseguró que no habrá recortes.',
      ['onda-cero:interview'],
    ],
    ['Según una encuesta de GAD3 para ABC, el PP ganaría las elecciones.', ['abc-spain:analysis']],
    ['{{caption:Bomberos en la zona del incendio. Foto: EFE/Kiko Huesca}}', ['efe:photo']],
    ['Las imágenes emitidas por Antena 3 muestran el momento del rescate.', ['antena-3:video']],
    [
      'El enviado especial de RTVE a Gaza relató que los hospitales están colapsados.',
      ['rtve:report'],
    ],
    ['Así lo ha asegurado el presidente en declaraciones a COPE.', ['cope:quote']],
    ['Según reveló elDiario.es, el contrato se firmó sin concurso.', ['eldiario-es:report']],
    [
      'El periódico local La Gaceta del Valle informó que la carretera sigue cortada.',
      ['unlisted:gaceta-del-valle:report'],
    ],
    ['Con información de EFE y Europa Press', ['efe:report', 'europa-press:report']],
    [
      'Según los datos recopilados por El País, los desahucios han aumentado un 12 %.',
      ['el-pais:analysis'],
    ],
    [
      'La Voz de Galicia informa de que el puerto permanecerá cerrado hasta el lunes.',
      ['la-voz-de-galicia:report'],
    ],
    ['En declaraciones a Telemundo, la congresista pidió una investigación.', ['telemundo:quote']],
    ['Fotografía: Reuters', ['reuters:photo']],
    ['Bruselas, 7 oct (EFE).- El alto representante habló hoy.', ['efe:byline']],
    ['Sus oponentes son extremistas, destacó AFP.', ['agence-france-presse:report']],
    [
      'El investigador aseguraba a AFP que un termómetro marcó 20 grados.',
      ['agence-france-presse:quote'],
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
    'La Nación costarricense celebra su independencia cada 15 de septiembre.',
    // Blind set: written from how the press credits sources, before reading the rules.
    'María López, exredactora de El País, dirige ahora una consultora de comunicación.',
    'El Mundo fue fundado en 1989 por Pedro J. Ramírez.',
    'Marca España es la marca país que promueve el Gobierno.',
    'El Ministerio de Sanidad informó de 300 nuevos casos.',
    'La noticia se hizo viral en Twitter y TikTok en pocas horas.',
    'Los trabajadores de RTVE convocaron una huelga para el lunes.',
    'Un estudio publicado en la revista The Lancet confirma el efecto.',
    'Suscríbete a La Vanguardia y recibe el periódico en casa.',
    'El presidente de Prisa, editora de El País, compareció ante los accionistas.',
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
