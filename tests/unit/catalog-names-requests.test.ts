/**
 * Names added from the language engineers' requests and the country coverage lists
 * (catalog name requests, scripts/catalog-build/coverage): each form is a credit with a cue, and the
 * ordinary word or phrase it looks like stays silent. Read by the real core on the real catalog.
 */
import { describe, expect, it } from 'vitest';
import { credits } from './lang/cases';

describe('names from the requests and the coverage lists', () => {
  it.each([
    ['da', 'Det skriver Politiken.', 'politiken:report'],
    ['es', 'Según Marca, el Real Madrid fichará a un delantero.', 'marca:report'],
    ['es', 'Según Milenio, el gobierno anunció el plan.', 'milenio:report'],
    ['es', 'Según publicó Cinco Días, la empresa venderá su filial.', 'cinco-dias:report'],
    [
      'fr',
      "« C'est inacceptable », a déclaré le ministre à 20 Minutes.",
      '20-minutes-france:quote',
    ],
    ['ko', '한국경제에 따르면 삼성전자는 투자를 늘린다.', 'korea-economic-daily:report'],
    ['ko', '서울경제 보도에 따르면 정부는 예산을 늘린다.', 'seoul-economic-daily:report'],
    ['ko', 'KBS뉴스에 따르면 사고가 났다.', 'kbs:report'],
    ['he', 'כך דיווח "ישראל היום" הבוקר.', 'israel-hayom:report'],
    ['he', 'כך דווח בערוץ 12 אמש.', 'ynet-hebrew-n12:report'],
    ['he', 'לפי סוכנות הידיעות אסושייטד פרס, הנשיא נפגש עם השר.', 'associated-press:report'],
    ['ar', 'القاهرة (أ ش أ) أعلن الوزير عن خطة جديدة.', 'mena:byline'],
    ['ar', 'تصوير: أ ف ب', 'agence-france-presse:photo'],
    ['de', 'Dem „Kurier“ sagte der Landeshauptmann, er trete zurück.', 'kurier:interview'],
    ['de', 'Gegenüber der „Krone“ bestätigte die Polizei den Einsatz.', 'kronen-zeitung:interview'],
    ['de', 'Das sagte er der „Presse“.', 'die-presse:interview'],
    ['de', 'Foto: Keystone', 'keystone-sda:photo'],
    ['de', 'Den Angaben des „Kicker“ zufolge wechselt der Stürmer.', 'kicker:report'],
    [
      'de',
      'Die Berliner Morgenpost ist eine Zeitung. Der „Morgenpost“ sagte der Senator, er bleibe.',
      'berliner-morgenpost:interview',
    ],
    ['de', 'Im Gespräch mit der BamS sagte sie, sie trete an.', 'bild:interview'],
    ['es', 'En entrevista con Proceso, el senador negó todo.', 'proceso:interview'],
    ['es', 'Según Cooperativa, el ministro renunció.', 'cooperativa:report'],
    ['es', 'La agencia estatal Andina precisó que hubo tres heridos.', 'agencia-andina:report'],
    ['fr', 'Le Temps révèle que le Conseil fédéral hésite.', 'le-temps:report'],
    ['pt', 'Um vídeo divulgado pela Band mostra o acidente.', 'band:video'],
    ['pt', 'Segundo A Bola, o avançado vai sair.', 'a-bola:report'],
  ])('[%s] %s → %s', (lang, text, credit) => {
    expect(credits(text, lang)).toEqual([credit]);
  });

  it.each([
    ['da', 'Politiken er vigtig for regeringen, siger ministeren.'],
    ['es', 'Marca la diferencia, dijo el entrenador.'],
    ['es', 'En cinco días, según el ministro, llegará la ayuda.'],
    ['fr', 'Il faut 20 minutes pour y aller, a dit le maire.'],
    ['ko', '한국경제연구원에 따르면 올해 성장률은 2%다.'],
    ['he', 'מידע ממקור ראשון הגיע אלינו, אמר השר.'],
    ['es', 'Los Andes, según los científicos, pierden glaciares.'],
    ['de', 'Der Kurier brachte das Paket, sagte die Polizei.'],
    ['de', 'Das Spiel war hart aber fair, sagte der Trainer.'],
    ['de', 'Der Kicker schoss das Tor, sagte der Trainer.'],
    ['es', 'Proceso judicial, según el fiscal, avanza lento.'],
    ['es', 'Cooperativa agrícola, según sus socios, quiebra.'],
    ['es', 'Según la Comunidad Andina, el comercio creció.'],
    ['fr', 'Le temps, selon Météo-France, sera beau.'],
    ['pt', 'A bola, disse o árbitro, saiu.'],
    ['en', 'Band members told reporters they would tour.'],
  ])('[%s] %s → nothing', (lang, text) => {
    expect(credits(text, lang)).toEqual([]);
  });
});
