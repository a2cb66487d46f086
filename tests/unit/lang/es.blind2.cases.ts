/**
 * Spanish (utils/core/lang/es.ts): a second blind set, written from how the Spanish and Latin
 * American press credit their sources before the pack's rules were read (6 December 2026).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'es',
  rules: {},
  examples: [
    [
      'Así lo aseguró el ministro en una entrevista con RNE este jueves.',
      ['radio-nacional-de-espana:interview'],
    ],
    [
      'El alcalde reconoció a la Cadena SER que las obras llevan un año de retraso.',
      ['cadena-ser:quote'],
    ],
    [
      'Fuentes de la investigación explicaron a El Confidencial que el informe está casi terminado.',
      ['el-confidencial:quote'],
    ],
    [
      'Según ha publicado este domingo La Vanguardia, el Govern negociará los presupuestos.',
      ['la-vanguardia:report'],
    ],
    ['Tal y como avanzó ayer El Español, la empresa cerrará dos plantas.', ['el-espanol:report']],
    [
      'Como informaba esta mañana Europa Press, el juez ha citado a declarar al exconsejero.',
      ['europa-press:report'],
    ],
    ['Lo ha revelado el diario Clarín en su edición de este lunes.', ['clarin:report']],
    ['De acuerdo con información de Infobae, el detenido tenía antecedentes.', ['infobae:report']],
    ['Según recoge la revista Semana, el ataque dejó tres soldados heridos.', ['semana:report']],
    ['La congresista dijo a Univision que presentará una moción.', ['univision:quote']],
    [
      '«Estamos preparados para todo», afirmó el entrenador a Mundo Deportivo.',
      ['mundo-deportivo:quote'],
    ],
    [
      'Según una encuesta de Sigma Dos para El Mundo, el PSOE perdería seis escaños.',
      ['el-mundo:analysis'],
    ],
    [
      'Un análisis de datos realizado por elDiario.es revela que los alquileres subieron un 15 %.',
      ['eldiario-es:analysis'],
    ],
    [
      'Una investigación de Ojo Público reveló que la empresa pagó sobornos.',
      ['ojo-publico:report'],
    ],
    [
      'Caracol Radio conoció en exclusiva el documento que la Fiscalía envió al juez.',
      ['caracol-radio:report'],
    ],
    ['Así lo confirmó a Blu Radio el comandante de la Policía.', ['blu-radio:quote']],
    [
      'En diálogo con Radio Mitre, el ministro de Economía descartó una devaluación.',
      ['radio-mitre:interview'],
    ],
    ['Consultado por Página/12, el dirigente sindical anticipó un paro.', ['pagina-12:interview']],
    [
      'Fuentes del Ministerio de Defensa consultadas por Vozpópuli confirmaron la compra.',
      ['vozpopuli:report'],
    ],
    [
      'Según ha podido confirmar laSexta, el Gobierno aprobará el decreto el martes.',
      ['la-sexta:report'],
    ],
    [
      'Las imágenes, grabadas por un equipo de Telemundo, muestran a los agentes golpeando al detenido.',
      ['telemundo:video'],
    ],
    [
      'En un vídeo difundido por TV Azteca se observa el momento de la explosión.',
      ['tv-azteca:video'],
    ],
    [
      '{{caption:El presidente saluda a sus simpatizantes en Caracas. (Foto: AFP)}}',
      ['agence-france-presse:photo'],
    ],
    ['{{caption:Vista del puerto de Valparaíso. EFE/ Adriana Thomasa}}', ['efe:photo']],
    [
      'Fotografía cedida por Reuters que muestra la zona afectada por el terremoto.',
      ['reuters:photo'],
    ],
    [
      'Montevideo, 3 may (EFE).- El Parlamento uruguayo aprobó este miércoles la ley.',
      ['efe:byline'],
    ],
    [
      'Ciudad de México, 12 de junio (Notimex).- La Secretaría de Salud informó de 200 nuevos casos.',
      ['notimex:byline'],
    ],
    [
      'Con información de AFP, Reuters y AP',
      ['agence-france-presse:report', 'associated-press:report', 'reuters:report'],
    ],
    [
      'El juicio continuará el lunes. Fuentes: EFE y Europa Press.',
      ['efe:report', 'europa-press:report'],
    ],
    ['Con datos de Xinhua y Sputnik.', ['sputnik:report', 'xinhua:report']],
    [
      'El diario regional Heraldo de Aragón avanzó que la planta abrirá en 2026.',
      ['heraldo-de-aragon:report'],
    ],
    [
      'La emisora local Radio Tarifa informó de que el ferry quedó amarrado.',
      ['unlisted:radio-tarifa:report'],
    ],
    [
      'Publica el semanario Crónica del Bierzo que el alcalde dimitirá.',
      ['unlisted:cronica-del-bierzo:report'],
    ],
    [
      'El diario dominicano Listín Diario reportó que el apagón afectó a medio país.',
      ['listin-diario:report'],
    ],
    [
      'Según reportó El Nuevo Día, el huracán dejó sin electricidad a 300.000 clientes.',
      ['el-nuevo-dia:report'],
    ],
    [
      'La información fue divulgada por Prensa Libre, que tuvo acceso al expediente.',
      ['prensa-libre:report'],
    ],
    [
      'El Faro documentó al menos 40 casos de tortura en las cárceles salvadoreñas.',
      ['el-faro:report'],
    ],
    [
      'Según publicaron Reuters y Bloomberg, la operación se cerrará en marzo.',
      ['bloomberg:report', 'reuters:report'],
    ],
    ['En declaraciones recogidas por Efe, el portavoz lamentó lo ocurrido.', ['efe:quote']],
    ['Preguntado por Onda Cero, el ministro evitó pronunciarse.', ['onda-cero:interview']],
    [
      'El jugador concedió una entrevista a la COPE en la que habló de su futuro.',
      ['cope:interview'],
    ],
    [
      'Sostuvo el exministro, en una entrevista con BBC Mundo, que la crisis era evitable.',
      ['bbc:interview'],
    ],
    ['Fue el periódico limeño El Comercio el que destapó el caso.', ['unlisted:comercio:report']],
    ['Clarín consignó que el fiscal pidió la detención del empresario.', ['clarin:report']],
    ['Lo explicó el propio consejero a preguntas de Europa Press.', ['europa-press:interview']],
    [
      'Según estimaciones de Bloomberg, la fortuna del empresario ronda los 30.000 millones.',
      ['bloomberg:analysis'],
    ],
    [
      'Un reportaje de Noticias Caracol mostró las condiciones del penal.',
      ['noticias-caracol:report'],
    ],
    ['A la agencia Efe, el científico explicó que los datos son preliminares.', ['efe:quote']],
    [
      'Declaró a la agencia AFP el portavoz militar que los combates continúan.',
      ['agence-france-presse:quote'],
    ],
    ['Según BioBioChile, el conductor huyó del lugar tras el choque.', ['radio-bio-bio:report']],
    [
      'La cadena CNN en Español reportó que hubo disparos en la frontera.',
      ['cnn-en-espanol:report'],
    ],
    [
      'El diario argentino La Nación informó que el Gobierno prepara un decreto.',
      ['la-nacion-argentina:report'],
    ],
    ['Según el semanario Búsqueda, el ministro renunciará la semana próxima.', ['busqueda:report']],
    [
      'Así lo han indicado a Europa Press fuentes de la Consejería de Sanidad.',
      ['europa-press:quote'],
    ],
    [
      'Lo contaba el martes El Diario Montañés: la fábrica cerrará en verano.',
      ['el-diario-montanes:report'],
    ],
    [
      'Diario de Navarra adelanta en su edición de hoy que el Gobierno foral subirá el IRPF.',
      ['diario-de-navarra:report'],
    ],
    ['Milenio informó que el gobernador presentó su renuncia.', ['milenio:report']],
    [
      'En entrevista con Proceso, el exfuncionario detalló cómo operaba la red.',
      ['proceso:interview'],
    ],
    [
      'La agencia estatal Andina precisó que el sismo tuvo una magnitud de 5,8.',
      ['agencia-andina:report'],
    ],
    ['Informa Cooperativa que el incendio ya consumió 3.000 hectáreas.', ['cooperativa:report']],
    [
      'El presidente del club atendió a Marca tras el partido y negó que haya ofertas.',
      ['marca:interview'],
    ],
  ],
  lookAlikes: [
    'El mundo ha cambiado mucho desde entonces.',
    'La razón de su dimisión sigue sin estar clara.',
    'El público abarrotó el estadio para ver la final.',
    'El País Vasco registró lluvias intensas durante el fin de semana.',
    'Trabajó veinte años como corresponsal de El País en Washington antes de fundar su consultora.',
    'El exdirector de El Mundo publicará sus memorias en otoño.',
    'Prisa, la empresa editora de El País, presentó pérdidas de 40 millones.',
    'EFE despidió a 30 trabajadores de su delegación de Bogotá.',
    'La Cadena SER celebra este año su centenario con una gala en Madrid.',
    'Televisa anunció la venta de su participación en la empresa de cable.',
    'El presidente criticó duramente a Clarín durante su discurso.',
    'El periodista Marcos Marca presentó su libro en la feria.',
    'Según el Ministerio de Sanidad, los contagios bajaron un 10 %.',
    'Según Telefónica, la avería quedó resuelta a las 15:00.',
    'El vídeo se hizo viral en TikTok y en X en pocas horas.',
    'Según la Universidad de Chile, el estudio incluyó a 3.000 personas.',
    'La serie, que se estrena en Netflix, está ambientada en los años ochenta.',
    'La Nación debe garantizar el acceso a la sanidad, dijo el senador.',
    'Según el informe publicado en la revista The Lancet, la mortalidad cayó.',
    'El atacante publicó una foto desde su cuenta de Instagram.',
    'Infobae abrió una nueva redacción en Madrid el año pasado.',
    'La periodista, que trabajó en Televisa y en TV Azteca, dirige ahora un pódcast propio.',
    'Ganó el premio de periodismo que otorga El País cada año.',
    'Los trabajadores de RTVE convocaron una huelga para el próximo jueves.',
    'Según Google, la función estará disponible en enero.',
    'Récord de público en la Semana Grande de Bilbao.',
    'Las acciones de Prisa subieron un 3 % tras la noticia.',
    'Marca España es la estrategia del Gobierno para mejorar la imagen del país.',
  ],
};
