/**
 * Catalan verb tables for the cue rules of ca.ts: reporting verbs, the adverbs that may stand
 * between a verb and its subject, and verbs of saying before "a".
 */
import { phrases } from './regex';

/**
 * Reporting verbs: present, perfect, periphrastic past ("va informar", "van publicar"), and the
 * perfect agreeing with a fronted object ("La informació l'ha avançada el diari X").
 */
export const REPORTS = phrases(`
  informa
  ha informat
  va informar
  informen
  han informat
  van informar
  publica
  ha publicat
  va publicar
  publiquen
  han publicat
  van publicar
  avança
  ha avançat
  va avançar
  avancen
  han avançat
  explica
  ha explicat
  va explicar
  recull
  ha recollit
  va recollir
  revela
  ha revelat
  va revelar
  destaca
  ha destacat
  va destacar
  apunta
  ha apuntat
  va apuntar
  detalla
  ha detallat
  va detallar
  assegura
  ha assegurat
  va assegurar
  afirma
  ha afirmat
  va afirmar
  difon
  ha difós
  va difondre
  relata
  ha relatat
  va relatar
  escriu
  ha escrit
  va escriure
  cita
  ha citat
  va citar
  titula
  ha titulat
  va titular
  ha pogut saber
  ha sabut
  va saber
  ha confirmat
  va confirmar
  confirma
  ha estimat
  estima
  calcula
  ha calculat
  l'ha avançada
  l'ha publicada
  l'ha revelada
  l'ha difosa
  l'ha confirmada
  l'han avançada
  l'han publicada
`);

/** Words between the verb and the name: "informa avui l'ACN", "ha avançat aquest dimarts TV3". */
export const ADVERBS = phrases(`
  avui
  ahir
  també
  ja
  aquest matí
  aquesta tarda
  aquest dilluns
  aquest dimarts
  aquest dimecres
  aquest dijous
  aquest divendres
  aquest dissabte
  aquest diumenge
  dilluns
  dimarts
  dimecres
  dijous
  divendres
  dissabte
  diumenge
  en exclusiva
  primer
`);

/** Verbs of saying before "a" (told): "ha dit a TV3", "va explicar a l'ACN". */
export const SAID = phrases(`
  ha dit
  va dir
  diu
  han dit
  van dir
  ha explicat
  va explicar
  explica
  ha declarat
  va declarar
  declara
  ha assegurat
  va assegurar
  assegura
  ha afirmat
  va afirmar
  afirma
  ha manifestat
  va manifestar
  ha reconegut
  va reconèixer
  reconeix
  ha confirmat
  va confirmar
  ha admès
  va admetre
  ha indicat
  va indicar
  ha detallat
  va detallar
  ha advertit
  va advertir
  ha subratllat
  va subratllar
  ha insistit
  va insistir
  ha comentat
  va comentar
  ha precisat
  va precisar
  ha respost
  va respondre
  ha relatat
  ha avançat
  va avançar
  ha lamentat
  va lamentar
`);
