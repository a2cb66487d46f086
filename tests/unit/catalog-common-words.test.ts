/**
 * Outlet names that are also ordinary words of their language ("Danas" today, "Сега" now, "כאן"
 * here, "Καθημερινή" daily, "Delo" work): the catalog lists them exact-case (`abbreviations`),
 * quoted ("„Сега“", "\"הארץ\"") or with a word that says what they are ("כאן חדשות"), never as a
 * bare name. Read by the real core on the real catalog: with a cue they are credits, as the word
 * they are silent.
 */
import { describe, expect, it } from 'vitest';
import { credits } from './lang/cases';

describe('names that are common words', () => {
  it.each([
    ['sr', 'Kako piše „Danas“, ministar je podneo ostavku.', 'danas-serbia:report'],
    ['sr', 'Politika je objavila da je ministar podneo ostavku.', 'politika:report'],
    ['sr', 'Kako javlja Beta, vlada je pala.', 'beta-serbia:report'],
    ['bg', 'Министърът каза пред „Сега“, че цените ще растат.', 'sega:interview'],
    ['bg', 'Министърът каза пред "Капитал", че цените ще растат.', 'capital-bulgaria:interview'],
    ['el', 'Ο Πολίτης έγραψε την Κυριακή ότι η κυβέρνηση αποφάσισε.', 'politis-cyprus:report'],
    ['el', 'Σύμφωνα με την Καθημερινή, η κυβέρνηση αποφάσισε.', 'kathimerini:report'],
    ['el', 'Τα Νέα γράφουν ότι η κυβέρνηση αποφάσισε.', 'ta-nea:report'],
    ['ru', 'Как сообщил «Коммерсант», сделка сорвалась.', 'kommersant:report'],
    ['ru', 'Как пишет «Медуза», сделка сорвалась.', 'meduza:report'],
    ['uk', 'Як повідомило Суспільне, обстріл тривав годину.', 'suspilne:report'],
    ['sl', 'Za Delo je minister povedal, da bo odstopil.', 'delo:quote'],
    ['he', 'אמר בראיון לכאן חדשות כי המצב קשה.', 'kan:interview'],
    ['he', 'בעיתון "הארץ" פורסם כי המצב קשה.', 'haaretz:report'],
    ['da', 'Det sagde han til Ingeniøren.', 'ingeni-ren:quote'],
    ['ro', 'Potrivit Adevărul, guvernul a anunțat măsuri.', 'adevarul:report'],
    ['en', 'An investigation by The Hindu in 2023 found leaks.', 'the-hindu:report'],
    ['pl', 'Według Rzeczpospolitej rząd planuje podwyżki.', 'rzeczpospolita:report'],
    ['es', 'El Mundo afirma que el Gobierno prepara cambios.', 'el-mundo:report'],
    ['pt', 'Ouvido pelo g1, o ministro disse que a reforma vem.', 'g1:interview'],
    ['pt', 'Ao Público, o ministro disse que a reforma avança.', 'publico-portugal:quote'],
    ['pt', 'Como antecipou o Expresso, o governo vai cair.', 'expresso:report'],
    ['is', 'Samkvæmt heimildum DV var ráðherrann á fundinum.', 'dv:report'],
    ['ro', 'Recorder a publicat o investigație despre spital.', 'recorder:report'],
    ['tr', "Milliyet'in haberine göre bakan istifa etti.", 'milliyet:report'],
    ['tr', 'Yeni Asır gazetesinin haberine göre bakan istifa etti.', 'yeni-as-r:report'],
    ['hu', 'A Magyar Hang szerint a miniszter lemond.', 'magyar-hang:report'],
    ['ru', 'По данным «Фонтанки», в доме на набережной произошел пожар.', 'fontanka:report'],
    ['lv', 'Kā raksta "Diena", ministrs Rīgā atkāpsies.', 'diena:report'],
    ['sr', 'Prema pisanju Politike, ministar je podneo ostavku.', 'politika:report'],
    ['bs', 'Za Oslobođenje je izjavio da neće podnijeti ostavku.', 'oslobodenje:quote'],
    ['sk', 'Ako zistil denník SME, minister odstúpi.', 'sme:report'],
    ['pl', 'Informuje Fakt, że minister poda się do dymisji.', 'fakt:report'],
    [
      'pl',
      'W rozmowie z Newsweekiem minister przyznał, że się pomylił.',
      'newsweek-polska:interview',
    ],
    ['id', 'Dalam wawancara dengan Kompas, menteri mengatakan akan mundur.', 'kompas:interview'],
    ['ko', '한겨레 보도에 따르면 정부가 무너졌다.', 'hankyoreh:report'],
    ['de', 'Wie ntv berichtet, ist die Straße gesperrt.', 'n-tv:report'],
    ['de', 'Wie die hessenschau berichtet, ist die Straße gesperrt.', 'hessischer-rundfunk:report'],
    ['fa', 'به گزارش مهر، وزیر استعفا داد. خبرگزاری مهر افزود.', 'mehr:report'],
    ['et', 'Delfi andmetel astub minister tagasi Tallinnas.', 'delfi-estonia:report'],
    // Short names count where the full name is in the text.
    [
      'it',
      'Lo scrive la Repubblica. Secondo Repubblica, la manovra slitta.',
      'la-repubblica:report',
    ],
    [
      'en',
      'The Asahi Shimbun is a daily. The Asahi reported the cabinet quit.',
      'asahi-shimbun:report',
    ],
  ])('[%s] %s → %s', (lang, text, credit) => {
    expect(credits(text, lang)).toEqual([credit]);
  });

  it.each([
    ['sr', 'Danas je potvrdio ministar finansija da će plate rasti.'],
    ['bg', 'Сега министърът каза, че цените ще растат.'],
    ['el', 'Κάθε πολίτης έγραψε την αίτησή του.'],
    ['el', 'Η καθημερινή ζωή άλλαξε, σύμφωνα με τους κατοίκους.'],
    ['el', 'Τα νέα μέτρα, σύμφωνα με τον υπουργό, ισχύουν.'],
    ['ru', 'Коммерсант сообщил полиции о краже.'],
    ['ru', 'Медуза выбросилась на берег, сообщили ученые.'],
    ['uk', 'Суспільне життя, як повідомило джерело, змінилося.'],
    ['sl', 'Delo je težko, je povedal minister.'],
    ['he', 'כאן אמר השר כי המצב קשה.'],
    ['he', 'בכל הארץ דווח על גשם.'],
    ['ro', 'Adevărul este că guvernul a anunțat măsuri.'],
    ['de', 'Laut Portfolio stiegen die Preise.'],
    ['en', 'The Hindu festival drew crowds, the priest said.'],
    ['ja', '両国は共同声明を発表したと報じた。'],
    ['ja', '政治・時事問題について語った。'],
    ['pl', 'Prezydent Rzeczpospolitej Polskiej powiedział, że podpisze ustawę.'],
    ['es', 'El mundo, según dijo el ministro, mira a Gaza.'],
    ['it', 'Il presidente della Repubblica ha detto che firmerà la legge.'],
    ['pt', 'Segundo o ministro, o público aplaudiu.'],
    ['pt', 'O comboio Expresso, disse a CP, vai atrasar.'],
    ['es', 'El Público, según dijo el ministro, aplaudió.'],
    ['en', 'Asahi reported higher beer sales on Monday.'],
    ['en', 'DV cases rose sharply, police said.'],
    ['tr', 'Yeni asır, dedi bakan, yeni umutlar getiriyor.'],
    ['en', 'He manages a portfolio, the bank said.'],
    ['de', 'Laut Index stiegen die Preise.'],
    ['ru', 'Дом на набережной Фонтанки сгорел, сообщили в МЧС.'],
    ['bs', 'Oslobođenje grada, rekao je ministar, slavi se danas.'],
    ['en', 'SME lending rose sharply, the central bank said.'],
    ['pl', 'Faktem jest, że minister powiedział prawdę.'],
    ['fa', 'در ماه مهر، به گفته وزیر، قیمت‌ها بالا رفت.'],
    // A Brazilian highway, not the Bavarian broadcaster: 'BR' is not listed bare.
    ['pt', 'Na BR-386, o tráfego foi interrompido, informou a polícia.'],
  ])('[%s] %s → nothing', (lang, text) => {
    expect(credits(text, lang)).toEqual([]);
  });

  it.each([
    // A name several outlets share goes to the one of the article's country.
    ['sr', 'Kako javlja RTS, vlada Srbije je pala u Beogradu.', 'rts1:report'],
    ['fr', 'Selon la RTS, le Conseil fédéral suisse a décidé.', 'radio-television-suisse:report'],
    ['fr', 'Le ministre a confié à RTL que la réforme passera.', 'rtl-france:interview'],
    [
      'es',
      'Según ha publicado Público, el Gobierno prepara cambios en Madrid.',
      'publico-spain:report',
    ],
    ['hr', 'Ministar je za RTL rekao da reforma dolazi.', 'rtl-hrvatska:quote'],
  ])('[%s] %s → %s', (lang, text, credit) => {
    expect(credits(text, lang)).toEqual([credit]);
  });
});
