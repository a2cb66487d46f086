/**
 * Open-vocabulary blind set (6 December, third round): credits of invented but realistic local
 * outlets in the shapes each language's press uses (descriptor + name, names in quotes, news
 * domains, programmes, podcasts), and look-alikes (a person after "according to", a company,
 * ministry or NGO after a speech verb, sign-off initials, a book or film title in quotes). Written
 * for every language pack before the open-vocabulary rules were read; every outlet name here is
 * invented, so none of them is in the catalog. openvocab-blind.test.ts runs it.
 */

/**
 * [language, sentence, the outlet's name as the text gives it (any of several acceptable forms),
 * or null for a look-alike where no outlet the catalog does not know may be reported].
 */
export type OpenCase = [lang: string, sentence: string, name: string | string[] | null];

export const OPEN_CASES: OpenCase[] = [
  // English
  [
    'en',
    'According to the Westfield Courier, the council will vote on the plan next week.',
    'Westfield Courier',
  ],
  [
    'en',
    'The mayor told the Harbour Valley Gazette that the bridge would reopen in May.',
    'Harbour Valley Gazette',
  ],
  [
    'en',
    'Millbrook Today, a local news site, reported that two schools would close.',
    'Millbrook Today',
  ],
  [
    'en',
    'The figures were first reported by the regional daily the Lakeland Sentinel.',
    'Lakeland Sentinel',
  ],
  [
    'en',
    "Speaking on Radio Kestrel's Morning Drive programme, the minister denied the claims.",
    ['Radio Kestrel', 'Morning Drive'],
  ],
  [
    'en',
    'In an interview with the Bay Street Insider podcast, the chief executive said sales had slowed.',
    'Bay Street Insider',
  ],
  [
    'en',
    'The story was first published by kilima-news.co.ke on Tuesday.',
    ['kilima-news.co.ke', 'Kilima News'],
  ],
  [
    'en',
    'A police spokesman told the Dunmore Herald-Tribune newspaper that no one was hurt.',
    'Dunmore Herald-Tribune',
  ],
  ['en', 'According to Margaret Ellison, the plan was never costed.', null],
  ['en', 'Greenfield Holdings said in a statement that profits fell by a third.', null],
  ['en', 'The Ministry of Transport told reporters the line would close for a month.', null],
  ['en', '"The Silent Harbour", a novel by Anne Cole, was published in 2019.', null],
  ['en', 'Reporting by J.K. Brennan and M.L.; editing by P.S. and R.T.', null],
  // German
  [
    'de',
    'Wie die Lauterbacher Rundschau berichtet, soll das Freibad im Sommer schließen.',
    'Lauterbacher Rundschau',
  ],
  [
    'de',
    'Das sagte der Bürgermeister dem Lokalsender Radio Kinzigtal am Montag.',
    'Radio Kinzigtal',
  ],
  [
    'de',
    'Laut dem Nachrichtenportal „Stadtecho Nord“ wurde der Verdächtige festgenommen.',
    'Stadtecho Nord',
  ],
  [
    'de',
    'Der Landrat sagte der „Weserauer Zeitung“, die Kosten seien gestiegen.',
    'Weserauer Zeitung',
  ],
  [
    'de',
    'Im Podcast „Lagebild Ost“ sagte die Ministerin, sie rechne mit Verzögerungen.',
    'Lagebild Ost',
  ],
  [
    'de',
    'Das berichtet das Wochenblatt Hohenloher Bote unter Berufung auf die Gemeinde.',
    'Hohenloher Bote',
  ],
  ['de', 'Laut Thomas Berger ist der Plan nicht finanziert.', null],
  ['de', 'Die Stadtwerke Kaltenbach teilten mit, dass die Preise steigen.', null],
  ['de', 'Der Film „Das stille Tal“ läuft ab Donnerstag im Kino.', null],
  ['de', 'Wie das Vergleichsportal Preisfuchs mitteilte, steigen die Strompreise.', null],
  ['de', 'Laut dem Jobportal Karriereweg sind derzeit 300 Stellen offen.', null],
  ['de', 'Das teilte die Ratingagentur Fairrate am Montag mit.', null],
  ['de', 'Auf seinem Telegramkanal Freie Stimme schrieb er, die Wahl sei gefälscht.', null],
  // French
  [
    'fr',
    "Selon le quotidien régional L'Écho du Morvan, l'usine fermera en juin.",
    ["L'Écho du Morvan", 'Écho du Morvan'],
  ],
  [
    'fr',
    'Le maire a déclaré à La Gazette de Vals que les travaux reprendraient.',
    ['La Gazette de Vals', 'Gazette de Vals'],
  ],
  ['fr', 'Interrogé par la radio locale Radio Sarrasine, le préfet a démenti.', 'Radio Sarrasine'],
  [
    'fr',
    "C'est ce qu'a révélé le site d'information Le Petit Vaudois mardi.",
    ['Le Petit Vaudois', 'Petit Vaudois'],
  ],
  [
    'fr',
    '« Nous ne fermerons pas », a-t-il confié au Courrier de la Dore.',
    ['Le Courrier de la Dore', 'Courrier de la Dore'],
  ],
  ['fr', 'Selon Jean-Marc Duval, le projet est abandonné.', null],
  ['fr', "Selon l'association Terre Vivante, la pollution a doublé.", null],
  ['fr', 'Le roman « La Nuit des glaces » a reçu un prix littéraire.', null],
  // Spanish
  [
    'es',
    'Según el diario La Voz del Tajo, el alcalde dimitirá esta semana.',
    ['La Voz del Tajo', 'Voz del Tajo'],
  ],
  [
    'es',
    'El consejero declaró a la emisora Radio Sierra Norte que no habrá recortes.',
    'Radio Sierra Norte',
  ],
  [
    'es',
    'Así lo informó el portal El Vigía Digital en su edición del lunes.',
    ['El Vigía Digital', 'Vigía Digital'],
  ],
  [
    'es',
    'En declaraciones al periódico regional El Correo del Alba, el ministro negó la crisis.',
    ['El Correo del Alba', 'Correo del Alba'],
  ],
  [
    'es',
    'Según publicó el semanario Crónica de Montaña, la obra costará el doble.',
    'Crónica de Montaña',
  ],
  ['es', 'Según María González, la obra no tiene presupuesto.', null],
  ['es', 'Según la empresa Aguas del Sur, el suministro se restablecerá hoy.', null],
  ['es', 'El libro «Cien noches de lluvia» se publicó en 2020.', null],
  // Portuguese
  [
    'pt',
    'Segundo o jornal Correio do Vale, a prefeitura vai recorrer da decisão.',
    'Correio do Vale',
  ],
  [
    'pt',
    'Em entrevista à rádio Voz da Serra FM, o governador disse que não renuncia.',
    'Voz da Serra FM',
  ],
  ['pt', 'De acordo com o portal Notícias do Litoral, o suspeito fugiu.', 'Notícias do Litoral'],
  ['pt', 'O ministro disse ao Diário de Alcobaça que o hospital não fecha.', 'Diário de Alcobaça'],
  ['pt', 'Segundo a TV Planalto Sul, afiliada regional, a ponte caiu às 3h.', 'TV Planalto Sul'],
  ['pt', 'Segundo João Pereira, o projeto foi abandonado.', null],
  ['pt', 'De acordo com a Construtora Horizonte, a obra atrasou.', null],
  ['pt', 'O filme "Noites de Verão" estreia amanhã nos cinemas.', null],
  ['pt', 'Segundo o Diário Oficial da União, a medida entra em vigor hoje.', null],
  ['es', 'Según el Diario Oficial de la Federación, la ley entra en vigor.', null],
  // Italian
  [
    'it',
    'Secondo il quotidiano locale La Gazzetta del Vallone, il sindaco si dimetterà.',
    ['La Gazzetta del Vallone', 'Gazzetta del Vallone'],
  ],
  ['it', "Lo riferisce l'emittente Tele Valdarno Sud nel suo notiziario.", 'Tele Valdarno Sud'],
  [
    'it',
    'Lo ha detto il sindaco al Giornale di Brenta, confermando le dimissioni.',
    ['Il Giornale di Brenta', 'Giornale di Brenta'],
  ],
  [
    'it',
    "Come riporta il sito d'informazione Valle Notizie, la strada resta chiusa.",
    'Valle Notizie',
  ],
  ['it', 'Secondo Marco Bianchi, il progetto è fermo da mesi.', null],
  ['it', 'Secondo la società Acque Venete Servizi, il guasto è stato riparato.', null],
  ['it', 'Il romanzo «La casa sul lago» è uscito nel 2018.', null],
  // Dutch
  ['nl', 'Dat meldt de regionale krant Dagblad van de Vecht donderdag.', 'Dagblad van de Vecht'],
  ['nl', 'Volgens de lokale omroep RTV Zuidkust is de brand onder controle.', 'RTV Zuidkust'],
  [
    'nl',
    'De burgemeester zei tegen nieuwssite Stadsnieuws Dordt dat hij blijft.',
    'Stadsnieuws Dordt',
  ],
  ['nl', 'Dat schrijft het Peelland Nieuwsblad op basis van eigen bronnen.', 'Peelland Nieuwsblad'],
  ['nl', 'Volgens Jan de Vries is het plan niet haalbaar.', null],
  ['nl', 'Dat meldt het ministerie van Financiën in een verklaring.', null],
  // Swedish
  [
    'sv',
    'Det rapporterar lokaltidningen Ljusnedalens Tidning på fredagen.',
    'Ljusnedalens Tidning',
  ],
  ['sv', 'Enligt nyhetssajten Västkustnytt har tre personer gripits.', 'Västkustnytt'],
  ['sv', 'Det säger kommunalrådet till lokalradion Radio Älvdalen.', 'Radio Älvdalen'],
  ['sv', 'Det skriver Höglandets Dagblad.', 'Höglandets Dagblad'],
  ['sv', 'Enligt Anna Lindqvist är planen inte finansierad.', null],
  ['sv', 'Det meddelar Trafikverket i ett pressmeddelande.', null],
  ['sv', 'Boken "Vinterljus" kom ut 2019.', null],
  // Danish
  ['da', 'Det skriver lokalavisen Herningegnens Folkeblad.', 'Herningegnens Folkeblad'],
  ['da', 'Ifølge nyhedssitet Nordjylland Nu er vejen spærret.', 'Nordjylland Nu'],
  ['da', 'Det siger borgmesteren til Radio Limfjord.', 'Radio Limfjord'],
  ['da', 'Det oplyser ugeavisen Hadsten Posten.', 'Hadsten Posten'],
  ['da', 'Ifølge Lars Nielsen er planen ikke finansieret.', null],
  ['da', 'Det oplyser Nordhavn Shipping i en meddelelse.', null],
  // Norwegian Bokmål
  ['nb', 'Det skriver lokalavisen Fjellbygda Budstikke.', 'Fjellbygda Budstikke'],
  ['nb', 'Ifølge nettavisen Tromsø Nå er veien stengt.', 'Tromsø Nå'],
  ['nb', 'Det sier ordføreren til lokalradioen Radio Hardanger Vest.', 'Radio Hardanger Vest'],
  ['nb', 'Det melder avisen Sunnfjord Tidend.', 'Sunnfjord Tidend'],
  ['nb', 'Ifølge Ola Hansen er planen ikke finansiert.', null],
  ['nb', 'Det opplyser Statens vegvesen.', null],
  ['nb', 'Filmen «Nordlys over fjorden» hadde premiere i går.', null],
  // Norwegian Nynorsk
  ['nn', 'Det skriv lokalavisa Vossingen Nytt.', 'Vossingen Nytt'],
  ['nn', 'Ifølgje nettavisa Sogn Idag er vegen stengd.', 'Sogn Idag'],
  ['nn', 'Det seier ordføraren til Radio Sunnmøre Sør.', 'Radio Sunnmøre Sør'],
  ['nn', 'Ifølgje Kari Nordmann er planen ikkje finansiert.', null],
  ['nn', 'Det opplyser Helse Vest.', null],
  // Icelandic
  ['is', 'Þetta kemur fram á fréttavefnum Suðurlandsvefurinn.', 'Suðurlandsvefurinn'],
  [
    'is',
    'Þetta sagði ráðherrann í viðtali við útvarpsstöðina Útvarp Vesturland.',
    'Útvarp Vesturland',
  ],
  ['is', 'Frá þessu greinir héraðsblaðið Hvalfjarðartíðindi.', 'Hvalfjarðartíðindi'],
  ['is', 'Að sögn Jóns Jónssonar er áætlunin ekki fjármögnuð.', null],
  ['is', 'Þetta kemur fram í tilkynningu frá Landsvirkjun.', null],
  // Finnish
  ['fi', 'Asiasta kertoi paikallislehti Järvisydän Sanomat.', 'Järvisydän Sanomat'],
  ['fi', 'Uutissivusto Kainuun Viikko kertoo, että tehdas suljetaan.', 'Kainuun Viikko'],
  [
    'fi',
    'Kunnanjohtaja kertoi asiasta paikallisradio Radio Kaamokselle.',
    ['Radio Kaamos', 'Radio Kaamokselle'],
  ],
  ['fi', 'Asiasta uutisoi ensimmäisenä maakuntalehti Pohjanmaan Päivä.', 'Pohjanmaan Päivä'],
  ['fi', 'Matti Virtasen mukaan suunnitelmaa ei ole rahoitettu.', null],
  ['fi', 'Asiasta kertoi Tilastokeskus.', null],
  // Estonian
  ['et', 'Sellest kirjutas maakonnaleht Järva Hääl.', 'Järva Hääl'],
  ['et', 'Uudisteportaal Saarte Uudis teatas, et praam jääb seisma.', 'Saarte Uudis'],
  ['et', 'Vallavanem ütles raadiojaamale Raadio Peipsi, et tee suletakse.', 'Raadio Peipsi'],
  ['et', 'Mari Tamme sõnul pole plaan rahastatud.', null],
  ['et', 'Sellest teatas Maksu- ja Tolliamet.', null],
  // Lithuanian
  ['lt', 'Kaip rašo regioninis laikraštis „Dzūkų žinios“, tiltas bus uždarytas.', 'Dzūkų žinios'],
  ['lt', 'Tai pranešė naujienų portalas „Nemuno krantas“.', 'Nemuno krantas'],
  ['lt', 'Meras tai sakė radijo stočiai „Aukštaitijos banga“.', 'Aukštaitijos banga'],
  ['lt', 'Pasak Jono Petraičio, planas nefinansuojamas.', null],
  ['lt', 'Tai pranešė Sveikatos apsaugos ministerija.', null],
  // Latvian
  ['lv', 'Kā vēsta reģionālais laikraksts „Zemgales Balss“, tilts tiks slēgts.', 'Zemgales Balss'],
  ['lv', 'Par to ziņo ziņu portāls „Vidzemes Ziņas“.', 'Vidzemes Ziņas'],
  ['lv', 'Domes priekšsēdētājs to pastāstīja radio „Latgales Vilnis“.', 'Latgales Vilnis'],
  ['lv', 'Kā norāda Jānis Bērziņš, plāns nav finansēts.', null],
  ['lv', 'Par to ziņo Valsts policija.', null],
  // Polish
  [
    'pl',
    'Jak podaje lokalny dziennik „Gazeta Nadwiślańska”, burmistrz złożył rezygnację.',
    'Gazeta Nadwiślańska',
  ],
  [
    'pl',
    'W rozmowie z rozgłośnią Radio Dolina Bugu wojewoda zapowiedział zmiany.',
    'Radio Dolina Bugu',
  ],
  ['pl', 'Jak informuje portal Nowiny Kociewia, droga jest zamknięta.', 'Nowiny Kociewia'],
  ['pl', 'Według tygodnika „Echo Mazur” szpital zostanie zamknięty.', 'Echo Mazur'],
  ['pl', 'Według Jana Kowalskiego plan nie jest finansowany.', null],
  ['pl', 'Jak poinformowało Ministerstwo Zdrowia, szczepienia ruszą w maju.', null],
  ['pl', 'Książka „Cisza nad rzeką” ukazała się w 2019 roku.', null],
  ['pl', 'Jak podaje Dziennik Ustaw, rozporządzenie wchodzi w życie.', null],
  // Czech
  ['cs', 'Jak uvedl regionální deník Hlas Vysočiny, most bude uzavřen.', 'Hlas Vysočiny'],
  ['cs', 'Starosta to řekl v rozhovoru pro rádio Haná Plus.', 'Haná Plus'],
  ['cs', 'Informoval o tom zpravodajský web Jihočeské Listy.', 'Jihočeské Listy'],
  ['cs', 'Podle Jana Nováka není plán financován.', null],
  ['cs', 'Uvedlo to ministerstvo financí.', null],
  ['cs', 'Podle webu Úřadu vlády bude zákon schválen v květnu.', null],
  ['cs', 'Jak uvedla na svém webu Nadace Zelená Země, sbírka skončila.', null],
  ['cs', 'Na svém kanálu Hlas Lidu to oznámil sám poslanec.', null],
  // Slovak
  ['sk', 'Ako informoval regionálny denník Hlas Považia, most bude uzavretý.', 'Hlas Považia'],
  ['sk', 'Starosta to povedal pre rádio Tatry Sever.', ['Tatry Sever', 'Rádio Tatry Sever']],
  ['sk', 'Podľa spravodajského portálu Noviny Spiša bola cesta uzavretá.', 'Noviny Spiša'],
  ['sk', 'Podľa Jána Kováča plán nie je financovaný.', null],
  ['sk', 'Informovalo o tom ministerstvo vnútra.', null],
  // Slovenian
  ['sl', 'Kot poroča regionalni časnik Posavski Kurir, bo most zaprt.', 'Posavski Kurir'],
  ['sl', 'Župan je za Radio Savinja Vzhod povedal, da bo cesta zaprta.', 'Radio Savinja Vzhod'],
  ['sl', 'Po poročanju portala Novice Krasa je bila cesta zaprta.', 'Novice Krasa'],
  ['sl', 'Po besedah Janeza Novaka načrt ni financiran.', null],
  ['sl', 'Kot so sporočili z ministrstva za finance, bo davek ostal.', null],
  // Croatian
  ['hr', 'Kako piše regionalni dnevnik Glas Zagorja, most će biti zatvoren.', 'Glas Zagorja'],
  ['hr', 'Gradonačelnik je za Radio Lika Plus izjavio da ostaje.', 'Radio Lika Plus'],
  ['hr', 'Prema pisanju portala Vijesti Slavonije, cesta je zatvorena.', 'Vijesti Slavonije'],
  ['hr', 'Prema riječima Ivana Horvata, plan nije financiran.', null],
  ['hr', 'Priopćilo je Ministarstvo financija.', null],
  // Bosnian
  ['bs', 'Kako piše lokalni list Vijesti Podrinja, most će biti zatvoren.', 'Vijesti Podrinja'],
  ['bs', 'Načelnik je za Radio Bosanska Posavina rekao da ostaje.', 'Radio Bosanska Posavina'],
  ['bs', 'Prema pisanju portala Krajina Danas, cesta je zatvorena.', 'Krajina Danas'],
  ['bs', 'Prema riječima Amira Hodžića, plan nije finansiran.', null],
  ['bs', 'Saopćilo je Ministarstvo sigurnosti.', null],
  // Serbian
  ['sr', 'Како пише регионални лист „Глас Поморавља“, мост ће бити затворен.', 'Глас Поморавља'],
  ['sr', 'Градоначелник је за Радио Тимок Плус изјавио да остаје.', 'Радио Тимок Плус'],
  ['sr', 'Prema pisanju portala Novine Zlatibora, put je zatvoren.', 'Novine Zlatibora'],
  ['sr', 'Према речима Марка Петровића, план није финансиран.', null],
  ['sr', 'Саопштило је Министарство финансија.', null],
  // Macedonian
  [
    'mk',
    'Како пишува регионалниот весник „Глас на Пелагонија“, мостот ќе биде затворен.',
    'Глас на Пелагонија',
  ],
  ['mk', 'Градоначалникот изјави за Радио Вардар Исток дека останува.', 'Радио Вардар Исток'],
  ['mk', 'Според порталот „Вести од Струга“, патот е затворен.', 'Вести од Струга'],
  ['mk', 'Според Марко Петровски, планот не е финансиран.', null],
  ['mk', 'Соопшти Министерството за финансии.', null],
  // Bulgarian
  [
    'bg',
    'Както съобщава регионалният вестник „Глас на Тунджа“, мостът ще бъде затворен.',
    'Глас на Тунджа',
  ],
  ['bg', 'Кметът каза пред Радио Родопи Юг, че остава.', 'Радио Родопи Юг'],
  ['bg', 'Според новинарския сайт „Новини Добруджа“ пътят е затворен.', 'Новини Добруджа'],
  ['bg', 'Според Иван Петров планът не е финансиран.', null],
  ['bg', 'Това съобщи Министерството на финансите.', null],
  // Russian
  ['ru', 'Как сообщает региональная газета «Вести Приангарья», мост закроют.', 'Вести Приангарья'],
  ['ru', 'Об этом губернатор рассказал телеканалу «Заречье ТВ».', 'Заречье ТВ'],
  ['ru', 'По данным портала «Новости Прикамья 24», дорога перекрыта.', 'Новости Прикамья 24'],
  ['ru', 'Об этом пишет издание «Волжская неделя».', 'Волжская неделя'],
  ['ru', 'По словам Ивана Петрова, план не финансируется.', null],
  ['ru', 'Об этом сообщило Министерство финансов.', null],
  ['ru', 'Роман «Тихий берег» вышел в 2019 году.', null],
  // Ukrainian
  ['uk', 'Як повідомляє регіональна газета «Вісті Полісся», міст закриють.', 'Вісті Полісся'],
  ['uk', 'Про це мер розповів телеканалу «Поділля Плюс».', 'Поділля Плюс'],
  ['uk', 'За даними сайту «Новини Прикарпаття 24», дорогу перекрито.', 'Новини Прикарпаття 24'],
  ['uk', 'За словами Івана Петренка, план не фінансується.', null],
  ['uk', 'Про це повідомило Міністерство фінансів.', null],
  // Greek
  [
    'el',
    'Όπως αναφέρει η τοπική εφημερίδα «Φωνή της Θεσσαλίας», η γέφυρα θα κλείσει.',
    'Φωνή της Θεσσαλίας',
  ],
  ['el', 'Ο δήμαρχος δήλωσε στον ραδιοφωνικό σταθμό «Αιγαίο Νότος» ότι παραμένει.', 'Αιγαίο Νότος'],
  [
    'el',
    'Σύμφωνα με την ειδησεογραφική ιστοσελίδα «Κρητικά Νέα», ο δρόμος έκλεισε.',
    'Κρητικά Νέα',
  ],
  ['el', 'Σύμφωνα με τον Γιώργο Παπαδόπουλο, το σχέδιο δεν χρηματοδοτείται.', null],
  ['el', 'Όπως ανακοίνωσε το υπουργείο Οικονομικών, ο φόρος παραμένει.', null],
  // Romanian
  ['ro', 'Potrivit cotidianului local Gazeta de Someș, podul va fi închis.', 'Gazeta de Someș'],
  ['ro', 'Primarul a declarat pentru postul Radio Bucovina Nord că rămâne.', 'Radio Bucovina Nord'],
  [
    'ro',
    'Informația a fost publicată de site-ul de știri Ziarul Văii Jiului.',
    'Ziarul Văii Jiului',
  ],
  ['ro', 'Potrivit lui Ion Popescu, planul nu este finanțat.', null],
  ['ro', 'A anunțat Ministerul Finanțelor că taxa rămâne.', null],
  // Hungarian
  ['hu', 'Ahogy a Tiszamenti Napló című megyei lap írja, a hidat lezárják.', 'Tiszamenti Napló'],
  ['hu', 'A polgármester a Bakony Rádiónak nyilatkozott a döntésről.', 'Bakony Rádió'],
  ['hu', 'A Dunántúli Hírek hírportál szerint az utat lezárták.', 'Dunántúli Hírek'],
  ['hu', 'Kovács János szerint a terv nincs finanszírozva.', null],
  ['hu', 'Közölte a Pénzügyminisztérium, hogy az adó marad.', null],
  // Turkish
  [
    'tr',
    "Yerel gazete Karadeniz Postası'nın haberine göre, köprü kapatılacak.",
    'Karadeniz Postası',
  ],
  [
    'tr',
    "Vali, Ege Ekspres TV'ye yaptığı açıklamada görevde kalacağını söyledi.",
    'Ege Ekspres TV',
  ],
  ['tr', 'Toros Haber sitesinin aktardığına göre yol kapatıldı.', 'Toros Haber'],
  ['tr', "Yamaç Gazetesi'ne konuşan esnaf, kiraların arttığını söyledi.", 'Yamaç Gazetesi'],
  ['tr', "Ahmet Yılmaz'a göre plan finanse edilmiyor.", null],
  ['tr', "Maliye Bakanlığı'nın açıklamasına göre vergi değişmeyecek.", null],
  // Arabic
  ['ar', 'وذكرت صحيفة "صوت الوادي" المحلية أن الجسر سيغلق.', 'صوت الوادي'],
  ['ar', 'وقال المحافظ لقناة "الشرق الجديد" إنه باق في منصبه.', 'الشرق الجديد'],
  ['ar', 'بحسب موقع "أخبار الساحل" الإخباري، أغلقت الطريق.', 'أخبار الساحل'],
  ['ar', 'وبحسب أحمد محمود، فإن الخطة غير ممولة.', null],
  ['ar', 'وقالت وزارة المالية في بيان إن الضريبة باقية.', null],
  // Persian
  ['fa', 'به گزارش روزنامه «صدای کرمان»، پل بسته می‌شود.', 'صدای کرمان'],
  ['fa', 'استاندار در گفتگو با شبکه «نوای البرز» گفت در سمت خود می‌ماند.', 'نوای البرز'],
  ['fa', 'به نوشته پایگاه خبری «خبر شمال نو»، جاده بسته شد.', 'خبر شمال نو'],
  ['fa', 'به گفته علی رضایی، این طرح بودجه ندارد.', null],
  ['fa', 'وزارت اقتصاد اعلام کرد که مالیات تغییر نمی‌کند.', null],
  // Hebrew
  ['he', 'כך דווח בעיתון המקומי "קול הגליל התחתון".', 'קול הגליל התחתון'],
  ['he', 'ראש העיר אמר לתחנת הרדיו "גלי הנגב" כי הוא נשאר.', 'גלי הנגב'],
  ['he', 'לפי אתר החדשות "חדשות השרון", הכביש נסגר.', 'חדשות השרון'],
  ['he', 'לדברי יוסי כהן, התוכנית אינה ממומנת.', null],
  ['he', 'כך מסר משרד האוצר.', null],
  // Hindi
  ['hi', 'स्थानीय अख़बार "नर्मदा संदेश" के अनुसार, पुल बंद किया जाएगा।', 'नर्मदा संदेश'],
  ['hi', 'ज़िलाधिकारी ने चैनल "विंध्य न्यूज़ टीवी" को बताया कि सड़क बंद है।', 'विंध्य न्यूज़ टीवी'],
  ['hi', 'समाचार पोर्टल "बुंदेली खबर" की रिपोर्ट के मुताबिक सड़क बंद है।', 'बुंदेली खबर'],
  ['hi', 'राजेश कुमार के अनुसार, योजना के लिए पैसा नहीं है।', null],
  ['hi', 'वित्त मंत्रालय ने कहा कि कर नहीं बदलेगा।', null],
  // Urdu
  ['ur', 'مقامی اخبار "صدائے چناب" کے مطابق پل بند کیا جائے گا۔', 'صدائے چناب'],
  ['ur', 'وزیر نے چینل "وادی نیوز" کو بتایا کہ سڑک بند ہے۔', 'وادی نیوز'],
  ['ur', 'نیوز ویب سائٹ "خبرنامہ سندھ" کی رپورٹ کے مطابق سڑک بند ہے۔', 'خبرنامہ سندھ'],
  ['ur', 'احمد علی کے مطابق منصوبے کے لیے فنڈز نہیں ہیں۔', null],
  ['ur', 'وزارت خزانہ نے کہا کہ ٹیکس نہیں بدلے گا۔', null],
  // Bengali
  ['bn', 'স্থানীয় দৈনিক "পদ্মার ডাক" জানিয়েছে, সেতুটি বন্ধ থাকবে।', 'পদ্মার ডাক'],
  ['bn', 'জেলা প্রশাসক "তিস্তা টিভি"-কে বলেন, রাস্তা বন্ধ।', 'তিস্তা টিভি'],
  ['bn', 'অনলাইন সংবাদমাধ্যম "উত্তরবঙ্গ বার্তা"-র প্রতিবেদনে বলা হয়েছে, রাস্তা বন্ধ।', 'উত্তরবঙ্গ বার্তা'],
  ['bn', 'রহিম উদ্দিনের মতে, পরিকল্পনায় অর্থ নেই।', null],
  ['bn', 'অর্থ মন্ত্রণালয় জানিয়েছে, কর বদলাবে না।', null],
  // Thai
  ['th', 'หนังสือพิมพ์ท้องถิ่น "เสียงอีสานใหม่" รายงานว่า สะพานจะปิด', 'เสียงอีสานใหม่'],
  ['th', 'ผู้ว่าราชการจังหวัดให้สัมภาษณ์กับสถานีโทรทัศน์ "ลำน้ำทีวี" ว่าจะไม่ลาออก', 'ลำน้ำทีวี'],
  ['th', 'สำนักข่าว "ข่าวล้านนาวันนี้" รายงานว่า ถนนถูกปิด', 'ข่าวล้านนาวันนี้'],
  ['th', 'นายสมชาย ใจดี กล่าวว่า แผนนี้ยังไม่มีงบประมาณ', null],
  ['th', 'กระทรวงการคลังแถลงว่า ภาษีจะไม่เปลี่ยน', null],
  // Vietnamese
  ['vi', 'Theo báo Tiếng Nói Miền Tây, cây cầu sẽ bị đóng cửa.', 'Tiếng Nói Miền Tây'],
  [
    'vi',
    'Trả lời phỏng vấn đài Phát thanh Sông Hậu, ông Minh cho biết sẽ không từ chức.',
    'Phát thanh Sông Hậu',
  ],
  ['vi', 'Theo trang tin Tin Tức Cao Nguyên, con đường đã bị phong tỏa.', 'Tin Tức Cao Nguyên'],
  ['vi', 'Theo ông Nguyễn Văn Hùng, kế hoạch chưa có kinh phí.', null],
  ['vi', 'Bộ Tài chính cho biết thuế sẽ không thay đổi.', null],
  // Indonesian
  ['id', 'Menurut harian lokal Suara Lembah, jembatan itu akan ditutup.', 'Suara Lembah'],
  [
    'id',
    'Bupati mengatakan kepada stasiun televisi Borneo Raya TV bahwa ia tidak akan mundur.',
    'Borneo Raya TV',
  ],
  ['id', 'Seperti dilaporkan portal berita Kabar Pesisir, jalan itu ditutup.', 'Kabar Pesisir'],
  ['id', 'Hal itu dikatakan gubernur kepada Radio Suara Bukit FM, Senin.', 'Radio Suara Bukit FM'],
  ['id', 'Menurut Budi Santoso, rencana itu belum didanai.', null],
  ['id', 'Menurut PT Semen Nusantara, produksi turun.', null],
  // Malay
  [
    'ms',
    'Menurut akhbar tempatan Suara Pantai Timur, jambatan itu akan ditutup.',
    'Suara Pantai Timur',
  ],
  [
    'ms',
    'Menteri berkata kepada stesen radio Radio Lembah FM bahawa beliau tidak akan meletak jawatan.',
    'Radio Lembah FM',
  ],
  [
    'ms',
    'Seperti dilaporkan portal berita Berita Kinabalu Kini, jalan itu ditutup.',
    'Berita Kinabalu Kini',
  ],
  ['ms', 'Menurut Ahmad Fauzi, rancangan itu belum dibiayai.', null],
  ['ms', 'Kementerian Kewangan berkata cukai tidak akan berubah.', null],
  // Tagalog
  ['tl', 'Ayon sa lokal na pahayagang Tinig ng Bikol, isasara ang tulay.', 'Tinig ng Bikol'],
  [
    'tl',
    'Sinabi ng alkalde sa istasyong Radyo Kapatagan na hindi siya magbibitiw.',
    'Radyo Kapatagan',
  ],
  [
    'tl',
    'Iniulat ng news site na Balitang Visayas Ngayon na sarado ang kalsada.',
    'Balitang Visayas Ngayon',
  ],
  ['tl', 'Ayon kay Juan dela Cruz, wala pang pondo ang plano.', null],
  ['tl', 'Sinabi ng Department of Finance na hindi magbabago ang buwis.', null],
  // Swahili
  ['sw', 'Kwa mujibu wa gazeti la Sauti ya Pwani, daraja hilo litafungwa.', 'Sauti ya Pwani'],
  ['sw', 'Mkuu wa mkoa aliiambia Redio Kilimanjaro Leo kuwa hatajiuzulu.', 'Redio Kilimanjaro Leo'],
  [
    'sw',
    'Kama ilivyoripotiwa na tovuti ya habari ya Habari Kanda ya Ziwa, barabara imefungwa.',
    'Habari Kanda ya Ziwa',
  ],
  ['sw', 'Kwa mujibu wa John Mwangi, mpango huo haujafadhiliwa.', null],
  ['sw', 'Wizara ya Fedha ilisema kodi haitabadilika.', null],
  // Chinese
  ['zh', '据当地媒体《江北日报》报道，大桥将关闭。', '江北日报'],
  ['zh', '市长在接受青川电视台采访时表示，他不会辞职。', '青川电视台'],
  ['zh', '据新闻网站“沱江新闻网”报道，道路已封闭。', '沱江新闻网'],
  ['zh', '据王建国介绍，该计划尚无资金。', null],
  ['zh', '电影《寂静的河》将于明天上映。', null],
  // Japanese
  ['ja', '地元紙の北原日報によると、橋は閉鎖される。', '北原日報'],
  ['ja', '知事は地元テレビ局「みなと放送」の取材に対し、辞任しないと述べた。', 'みなと放送'],
  ['ja', '湖西新聞が報じた。', '湖西新聞'],
  ['ja', '田中一郎氏によると、計画には予算がない。', null],
  ['ja', '映画「静かな川」は明日公開される。', null],
  // Korean
  ['ko', '지역 일간지 서해안일보에 따르면 다리가 폐쇄된다.', '서해안일보'],
  ['ko', '군수는 지역 방송 청암방송과의 인터뷰에서 사퇴하지 않겠다고 말했다.', '청암방송'],
  ['ko', '인터넷 매체 바른소식뉴스가 보도했다.', '바른소식뉴스'],
  ['ko', '김철수 씨에 따르면 계획에 예산이 없다.', null],
  ['ko', '기획재정부는 세금이 바뀌지 않는다고 밝혔다.', null],
  // Catalan
  [
    'ca',
    'Segons el setmanari El Pregoner del Vallès, el pont es tancarà.',
    ['El Pregoner del Vallès', 'Pregoner del Vallès'],
  ],
  ['ca', "L'alcalde ha explicat a Ràdio Montsant que no dimitirà.", 'Ràdio Montsant'],
  [
    'ca',
    'Segons informa el portal de notícies Notícies del Penedès, la carretera és tallada.',
    'Notícies del Penedès',
  ],
  ['ca', 'Segons Jordi Puig, el pla no està finançat.', null],
  ['ca', 'Ho ha anunciat el Departament de Salut.', null],
];
