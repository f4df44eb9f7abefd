/**
 * A small gazetteer written for this project from general knowledge (MIT, like the rest of
 * the code): capitals and large cities of the world, states, provinces and regions, the
 * planets (places, as in common NER practice), and the organizations news names most. It
 * fills gaps in compromise's lexicon and only informs the type of a name already found (it
 * never makes a common word such as "split" a name).
 * Entries are lookup keys: lower case, dots removed, comma separated.
 */

function phraseSet(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(',')
      .map((p) => p.trim().replace(/\s+/g, ' '))
      .filter((p) => p !== ''),
  );
}

/**
 * Firms whose name ends in a possessive, as written: "McDonald's", "Moody's". (Not those a
 * public figure shares, such as Christie's or Lloyd's: "Christie's office said".)
 */
export const POSSESSIVE_FIRMS = phraseSet(`
  mcdonald's, sainsbury's, moody's, macy's, wendy's, sotheby's, kellogg's, domino's, kohl's,
  lowe's, dillard's, denny's, applebee's, chili's, arby's, hardee's, trader joe's,
  papa john's
`);

export const PLACES = phraseSet(`
  alps, himalayas, andes, rockies, pyrenees, urals, dolomites,
  juneau, little rock, tallahassee, boise, des moines, topeka, baton rouge, annapolis,
  saint paul, st paul, jefferson city, carson city, trenton, bismarck, harrisburg, montpelier,
  cheyenne, montgomery, hartford, honolulu, springfield, frankfort, lansing, santa fe, albany,
  salt lake city, olympia,
  martha vineyard, st john wood, earl court, mar-a-lago, ground zero, dc,
  kabul, tirana, algiers, luanda, buenos aires, yerevan, canberra, vienna, baku, nassau,
  manama, dhaka, minsk, brussels, belmopan, thimphu, sarajevo, gaborone, brasilia, sofia,
  ouagadougou, bujumbura, phnom penh, yaounde, ottawa, praia, bangui, ndjamena, santiago,
  beijing, bogota, moroni, kinshasa, brazzaville, san jose, yamoussoukro, abidjan, zagreb,
  havana, nicosia, prague, copenhagen, djibouti, santo domingo, quito, cairo, san salvador,
  malabo, asmara, tallinn, addis ababa, suva, helsinki, libreville, banjul, tbilisi, accra,
  athens, guatemala city, conakry, bissau, georgetown, port-au-prince, tegucigalpa, budapest,
  reykjavik, new delhi, delhi, jakarta, tehran, baghdad, dublin, jerusalem, kingston, tokyo,
  amman, astana, almaty, nairobi, pristina, bishkek, vientiane, riga, beirut, maseru,
  monrovia, tripoli, vaduz, vilnius, skopje, antananarivo, lilongwe, kuala lumpur, bamako,
  valletta, nouakchott, port louis, mexico city, chisinau, ulan bator, ulaanbaatar,
  podgorica, rabat, maputo, naypyidaw, rangoon, yangon, windhoek, kathmandu, the hague,
  wellington, managua, niamey, abuja, lagos, pyongyang, oslo, muscat, islamabad, karachi,
  lahore, panama city, port moresby, asuncion, lima, manila, warsaw, lisbon, doha,
  bucharest, moscow, kigali, riyadh, jeddah, dakar, belgrade, freetown, bratislava,
  ljubljana, honiara, mogadishu, pretoria, johannesburg, cape town, durban, seoul, juba,
  madrid, colombo, khartoum, paramaribo, stockholm, bern, geneva, zurich, basel, damascus,
  taipei, dushanbe, dodoma, dar es salaam, bangkok, lome, port of spain, tunis, ankara,
  istanbul, ashgabat, kampala, kiev, kyiv, abu dhabi, dubai, montevideo, tashkent, caracas,
  hanoi, ho chi minh city, saigon, sanaa, aden, lusaka, harare,
  los angeles, chicago, houston, phoenix, philadelphia, san antonio, san diego, dallas,
  austin, jacksonville, san francisco, columbus, fort worth, indianapolis, charlotte, seattle,
  denver, boston, el paso, detroit, nashville, memphis, portland, oklahoma city, las vegas,
  louisville, baltimore, milwaukee, albuquerque, tucson, fresno, sacramento, kansas city,
  atlanta, miami, raleigh, omaha, minneapolis, cleveland, tulsa, oakland, tampa,
  new orleans, pittsburgh, cincinnati, st louis, orlando, buffalo, newark, anchorage,
  honolulu, salt lake city, richmond, hartford, providence, toronto, montreal, vancouver,
  calgary, edmonton, winnipeg, halifax,
  manchester, liverpool, birmingham, leeds, sheffield, bristol, newcastle, glasgow, edinburgh,
  cardiff, belfast, nottingham, leicester, southampton, portsmouth, coventry, sunderland,
  bradford, hull, oxford, cambridge, aberdeen, dundee, swansea, derby, middlesbrough,
  norwich, ipswich, wolverhampton, blackburn, bolton, wigan, stoke, reading, brighton,
  plymouth, preston, burnley, barnsley, watford, luton, peterborough, worcester, dewsbury,
  aberystwyth, wrexham, birkenhead, swindon, slough, stockport, oldham, rochdale, huddersfield,
  bournemouth, exeter, gloucester, lincoln, york, chester, carlisle, inverness, stirling,
  newport, londonderry, derry, omagh, lockerbie, soham,
  hamburg, munich, cologne, frankfurt, stuttgart, dusseldorf, dortmund, essen, leipzig,
  bremen, dresden, hanover, nuremberg, bonn, bochum, duisburg, marseille, lyon, toulouse,
  nice, nantes, strasbourg, montpellier, bordeaux, lille, rennes, monaco, auxerre, lens,
  metz, nancy, cannes, le havre, saint-etienne, st etienne, barcelona, valencia, seville,
  zaragoza, malaga, bilbao, palma, la coruna, vigo, oviedo, milan, naples, turin, palermo,
  genoa, bologna, florence, bari, venice, verona, parma, udine, cagliari, rotterdam,
  eindhoven, utrecht, antwerp, ghent, liege, bruges, porto, braga, salzburg, graz,
  innsbruck, linz, gothenburg, malmo, bergen, trondheim, aarhus, odense, tampere, krakow,
  gdansk, lodz, wroclaw, poznan, brno, ostrava, kosice, split, rijeka, thessaloniki, izmir,
  antalya, st petersburg, novosibirsk, yekaterinburg, kazan, samara, volgograd, vladivostok,
  grozny, nizhny novgorod, kaliningrad, saransk, sochi, rostov-on-don, krasnodar, murmansk,
  chelyabinsk, odessa, kharkiv, kharkov, donetsk, lviv, sevastopol, lugansk, debaltseve,
  slovyansk, sloviansk, kramatorsk, avdiivka, bakhmut, zaporizhzhia, mykolaiv, dnipro,
  chernihiv, poltava, simferopol, ilovaisk, horlivka, makiivka,
  guinea-bissau, bosnia-herzegovina, timor-leste, austria-hungary, asia-pacific,
  schleswig-holstein, rhineland-palatinate, saxony-anhalt, baden-wurttemberg,
  baden-württemberg, mecklenburg-vorpommern, emilia-romagna, alsace-lorraine,
  nagorno-karabakh, kabardino-balkaria, franche-comte, poitou-charentes, champagne-ardenne,
  midi-pyrenees, languedoc-roussillon, wilkes-barre, winston-salem,
  shanghai, guangzhou, shenzhen, chongqing, tianjin, wuhan, hong kong, macau, osaka, kyoto,
  yokohama, nagoya, kobe, sapporo, fukuoka, hiroshima, busan, incheon, mumbai, bombay,
  kolkata, calcutta, chennai, madras, bangalore, hyderabad, ahmedabad, pune, peshawar,
  quetta, rawalpindi, chittagong, kandahar, herat, basra, mosul, kirkuk, fallujah, tikrit,
  aleppo, homs, tel aviv, haifa, gaza, ramallah, hebron, bethlehem, tabriz, isfahan, shiraz,
  mecca, medina,
  sydney, melbourne, brisbane, perth, adelaide, auckland, christchurch, rio de janeiro,
  sao paulo, recife, belo horizonte, porto alegre, cordoba, rosario, medellin, cali,
  guadalajara, monterrey, tijuana, valparaiso, alexandria, casablanca, marrakesh, kano,
  ibadan, port harcourt, mombasa, lubumbashi, benghazi, misrata,
  idlib, raqqa, hama, daraa, ghouta, kobani, deir ez-zor, ramadi, falluja, sirte, taiz,
  hodeidah, luhansk, mariupol, kherson, rafah, khan younis, jenin, nablus, helmand, kunduz,
  lashkar gah,
  waziristan, aceh,
  cheshire, wiltshire, berkshire, shropshire, bedfordshire, northumberland, merseyside, powys,
  gwent, ayrshire, aberdeenshire, perthshire, worcestershire, lanarkshire, kent, devon,
  california, texas, florida, ohio, illinois, pennsylvania, michigan, georgia, virginia,
  west virginia, north carolina, south carolina, arizona, nevada, colorado, oregon,
  massachusetts, connecticut, new jersey, new hampshire, vermont, maine, maryland, delaware,
  kentucky, tennessee, alabama, mississippi, louisiana, arkansas, missouri, iowa, minnesota,
  wisconsin, indiana, kansas, nebraska, oklahoma, utah, idaho, montana, wyoming,
  north dakota, south dakota, alaska, hawaii, new mexico, rhode island,
  victoria, new south wales, queensland, tasmania, northern territory,
  ontario, quebec, alberta, manitoba, saskatchewan, nova scotia, british columbia, bavaria,
  rio grande do sul, rio grande do norte, mato grosso, mato grosso do sul, minas gerais, bahia,
  saxony, hesse, catalonia, andalusia, galicia, lombardy, sicily, sardinia, tuscany,
  brittany, normandy, provence, corsica, flanders, wallonia, scotland, wales, england,
  ulster, northern ireland, kashmir, punjab, bengal, sindh, balochistan, khyber pakhtunkhwa,
  tibet, xinjiang,
  siberia, kosovo, bosnia, herzegovina, chechnya, dagestan, kurdistan, darfur,
  transylvania, patagonia, crimea, gaza strip, west bank, golan heights,
  europe, asia, africa, north america, south america, latin america, antarctica, oceania,
  middle east, balkans, caucasus, scandinavia, mediterranean, atlantic, pacific, caribbean,
  adriatic, baltic, aegean, antarctic,
  britain, great britain, arctic, sahara, persian gulf, south china sea, midwest, holy land,
  silicon valley, hollywood, westminster, whitehall, downing street, humberside, wimbledon,
  capitol, phuket, city of london,
  soviet union, ussr, yugoslavia, czechoslovakia, east germany, west germany, rhodesia, zaire,
  mercury, venus, earth, mars, jupiter, saturn, uranus, neptune, pluto
`);

/** Organizations news names most, when compromise does not list them. */
export const ORGANIZATIONS = phraseSet(`
  reuters, bloomberg, associated press, agence france-presse, agence france presse, xinhua,
  itar-tass, tass,
  interfax, kyodo, yonhap, al jazeera, al-jazeera, bbc, cnn, fox news, msnbc, abc, cbs, nbc,
  washington post, new york times, wall street journal, financial times, the times,
  guardian, daily telegraph, daily mail, the economist, le monde, der spiegel,
  hollywood reporter, rolling stone, national geographic, sports illustrated, vanity fair,
  newsweek, usa today, los angeles times, chicago tribune, billboard, vogue, forbes, fortune,
  esquire,
  cosmopolitan, time magazine, people magazine, observer, daily mirror, daily express,
  evening standard, scotsman, mercedes-benz, porsche,
  axios, politico, vox, npr, pbs, cnbc, huffpost, huffington post, buzzfeed, buzzfeed news,
  formula one, radio four, five live, radio five live, boots,
  breitbart, breitbart news, newsmax, daily wire, daily caller, daily beast, federalist,
  national review, washington examiner, washington times, new york post,
  epoch times, intercept, mother jones, star-advertiser, star advertiser, lancet,
  new england journal of medicine, jama, refinitiv, factset, morningstar,
  moderna, biontech, astrazeneca, novavax, sinovac, sinopharm, regeneron, gilead, zoom,
  tiktok, spacex, blue origin, airbnb, lyft, uber, amazon,
  burger king, circuit city, nickelodeon, new line cinema, british airways, virgin atlantic,
  lufthansa, air france, easyjet, qantas, airbus, exxon, wal-mart, carlsberg, heineken,
  anheuser-busch, diageo, coca-cola, glaxosmithkline, sanofi, parmalat, barclays, euronext,
  accenture, capgemini, deloitte, kpmg, pricewaterhousecoopers, gartner, forrester,
  ericsson, huawei, infosys, wipro, alibaba, sega, ubisoft, symantec, sophos, mcafee,
  tiscali, wanadoo, energis, plusnet, skype, bebo, friendster, channel 4,
  premiership, bundesliga, la liga, serie a, champions league, six nations, rbs six nations,
  five nations, tri-nations, tri nations, heineken cup, super 12, super rugby,
  asahi, nordstrom, comerica, eurostar, eurotunnel,
  world bank, imf, international monetary fund, wto, world health organization, who,
  unicef, unhcr, opec, nato, interpol, scotland yard, red cross, amnesty international,
  human rights watch, greenpeace, world trade organization, african union, arab league,
  asean, european commission, european parliament, council of europe, security council,
  general assembly, federal reserve, fed, bundesbank, bank of england, bank of japan,
  european central bank, ecb, treasury, pentagon, kremlin, number 10, number 11, congress,
  senate, parliament,
  supreme court, nasdaq, nyse, new york stock exchange, london stock exchange, ftse,
  hamas, hezbollah, taliban, al qaeda, al-qaeda, al qaida, al-qaida, isis, isil, islamic state,
  al qaeda in the arabian peninsula, al-qaeda in the arabian peninsula,
  al qaeda in the islamic maghreb, al-qaeda in the islamic maghreb,
  islamic state of iraq and syria, islamic state of iraq and the levant, plo, ira, eta,
  fifa, uefa, ioc, nba, nfl, nhl, mlb, major league baseball, boko haram, al-shabaab, al shabaab,
  instagram,
  snapchat, whatsapp, linkedin, reddit, tumblr,
  xbox, playstation, android, iphone, ipad, kindle, photoshop, firefox, internet explorer,
  windows, windows xp, bluetooth,
  napster, compuserve, shell, reebok, puma, qualcomm, chrysler, lamborghini,
  gawker, bankrate, ukrinform, variety, deadline, hulu, spotify, pixar, hbo, espn, wikinews,
  food standards australia new zealand,
  arizona republic, le parisien, foreign policy, foreign affairs, fox business,
  kaiser permanente, joint chiefs, joint chiefs of staff, lions gate, lionsgate,
  marvel, hallmark, dior, chanel, prada, versace, louis vuitton, kaseya, oracle, tesla, target,
  labour, labour party, new labour, unison, defra, tories, ukip, snp, sinn fein, likud, bjp, gop,
  anc, fatah, zanu-pf, plaid cymru,
  air force, marine corps, coast guard, national guard, noaa, house, social security,
  homeland security,
  national oceanic and atmospheric administration, victoria and albert museum,
  academy of motion picture arts and sciences,
  health and human services, partners in health,
  church of jesus christ of latter-day saints, boy scouts of america, girl scouts, girl scout,
  harvard, yale, princeton, emory, johns hopkins, purdue, dartmouth, caltech, rutgers, penn state,
  texas a&m, stanford, mit, ucla, nyu, vanderbilt, cornell, tufts, georgetown university,
  sorbonne,
  nomura, morgan stanley, goldman sachs, merrill lynch, lehman brothers, jp morgan, jpmorgan,
  jpmorgan chase, charles schwab, dresdner kleinwort wasserstein, credit suisse,
  deutsche bank, eli lilly, johnson & johnson, procter & gamble, lockheed martin,
  northrop grumman, ernst & young, marks & spencer, dow jones, walt disney, yahoo, enron,
  radioshack, radio shack, piggly wiggly, comedy central,
  worldcom, yukos, gazprom, rosneft, lukoil, ferrari, mercedes, mclaren, opel, turkcell,
  halliburton,
  deutsche boerse, deutsche telekom, deutsche bahn, abn amro, renault, merck, varig, qwest,
  electronic arts, munich re, swiss re, ofcom, bskyb, sky, hmv, apple, pew, symbian, telewest,
  societe generale, hewlett-packard, grant thornton, fitch, kraft, nikkei, tui, enel, essar,
  mothercare, tnk-bp
`);

/** Football clubs that compromise does not list (a text naming one is a sports report). */
export const FOOTBALL_CLUBS = phraseSet(`
  everton, celtic, hearts, hibernian, hibs, tottenham, tottenham hotspur, spurs, arsenal,
  fulham, west ham, aston villa, juventus, ajax, benfica, feyenoord, psv, anderlecht,
  galatasaray, fenerbahce, besiktas, boca juniors, ac milan, inter milan, bayern munich,
  manchester united, manchester city, real madrid, barcelona fc, paris saint-germain, psg,
  atletico madrid, rayo vallecano, villarreal, celta vigo, espanyol, athletic bilbao, getafe,
  osasuna, fiorentina, sampdoria, udinese, internazionale, borussia dortmund, schalke,
  werder bremen, bayer leverkusen, borussia monchengladbach, olympique lyonnais,
  olympique de marseille, sporting lisbon, cska moscow, dynamo kiev
`);

/**
 * Clubs whose names are also given names, common words or nicknames ("Chelsea", "Wolves",
 * "Boro"): clubs only in a sports report.
 */
export const SPORTS_CLUBS = phraseSet(`
  chelsea, wolves, boro, forest, villa, millwall, lazio, roma, corinthians, santos, porto, real,
  barca, atletico, sevilla, napoli,
  real betis, real sociedad, partizan belgrade, red star belgrade, shakhtar donetsk,
  bath, wasps, saracens, harlequins, sale, sale sharks, lions, leinster, munster, ulster,
  ospreys, scarlets, leicester tigers, northampton saints, gloucester, london irish
`);

/** Countries and nations (national teams keep the place type) compromise does not tag so. */
export const COUNTRIES = phraseSet(`
  northern ireland, bosnia, bosnia and herzegovina, ivory coast, czech republic,
  dominican republic, central african republic, republic of ireland, east timor,
  north macedonia, macedonia, vatican, jordan, chad, britain, great britain,
  trinidad and tobago, antigua and barbuda, saint kitts and nevis, st kitts and nevis,
  saint vincent and the grenadines, sao tome and principe, são tomé and príncipe,
  turks and caicos
`);

/** Given names from many countries that compromise's (mostly English) lists lack. */
export const GIVEN_NAMES = phraseSet(`
  christian, orlando, rio, will, robin, max, frank, ray, sonny, holly,
  tariq, rashid, nawaz, benazir, yasser, hosni, saddam, bashar, hamid, ashraf,
  pervez, imran, nouri, haider, jalal, masoud, moqtada, hassan, hosseini, akbar, mahmoud, mohammad, mohamad,
  hamad, nasser, anwar, jamal, walid, ayman, osama, kareem, karim, faisal, fahd, salman,
  abdulaziz, abdel, abdelaziz, bouteflika, habib, hichem, moncef, rached, samir, sami, fouad,
  ismail, recep, kemal, bulent, tansu, necmettin, suleyman, ahmet, mehmet, mustafa, binali,
  oleg, gennady, lech, vaclav, jiri, radovan, ratko, franjo, alija, slobodan, zoran, vojislav,
  milo, janez, borut, helmut, jurgen, heinz, franz, horst, rudolf, joschka, olaf, wolfgang,
  jean, jean-claude, jean-marie, jean-pierre, jean-luc, francois, segolene, laurent, thierry,
  diego, romano, giulio, massimo, matteo, sergio, silvio, enrico, gianfranco, umberto, beppe,
  wim, ruud, dries, ole, mats, kjell, jens, erna, sauli, tarja, urho, kofi, thabo,
  olusegun, goodluck, muhammadu, yoweri, jomo, uhuru, mwai, raila, jakaya, kgalema, cyril,
  jacob, julius, kenneth, robert, morgan, emmerson, paul, ellen, abiy, meles, haile, isaias,
  atal, manmohan, narendra, rajiv, rahul, sonia, indira, mamata, arvind, amit, nitish,
  shinzo, junichiro, ryutaro, yoshihiko, naoto, yukio, taro, fumio, yoshihide, morihiro,
  thaksin, yingluck, prayuth, abhisit, benigno, rodrigo, ferdinand, corazon, joko, susilo,
  megawati, mahathir, najib, anwar, hun, aung, thein, jiang, deng, zhu,
  kim, syngman, tsai, evo, nestor, dilma, lula, jair, cristina, mauricio,
  alvaro, juan, ollanta, alan, alberto, hugo, nicolas, fidel, raul, vicente, felipe, enrique,
  andres, shimon, yitzhak, ehud, binyamin, benjamin, ariel, tzipi, avigdor, naftali, yair,
  janos, gyula, lajos, viktor, ferenc, tadeusz, jacek, zbigniew, jaroslaw, donald, andrzej,
  bronislaw, ivo, ante, kolinda, hashim, ramzan, akhmad, dzhokhar, heydar, ilham, nursultan,
  kassym-jomart, emomali, askar, saparmurat, gurbanguly, shavkat, evangelos,
  konstantinos, costas, kostas, antonis, alexis, kyriakos, andreas, nicos, glafcos, tassos,
  petro, volodymyr, yulia, leonid, viktor, arseniy, alexander, alyaksandr, sviatlana,
  sergei, sergey, dmitry, dmitri, mikhail, nikolai, alexei, yuri, igor, andrei, anatoly,
  yevgeny, pavel, ivan, aleksandr, gennadi, grigory, ramzan, valentina, svetlana, irina,
  natalia, olga, tatiana, yelena, galina, lyudmila
`);
