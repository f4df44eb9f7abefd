/**
 * Hand-written word lists (written for this project, MIT like the rest of the code).
 * All entries are lower case; dots are removed before lookup ("Gen." -> "gen").
 */

function wordSet(words: string): ReadonlySet<string> {
  const set = new Set(words.split(/\s+/).filter((w) => w !== ''));
  // Texts write "I’m" as often as "I'm": each apostrophe word is listed both ways.
  for (const word of set) if (word.includes("'")) set.add(word.replaceAll("'", '’'));
  return set;
}

/** Parts and stages that are numbered ("Section 2", "Title IX"), which compromise may not list. */
export const NUMBERED_PARTS = wordSet(`
  section article chapter title phase stage part clause amendment proposition paragraph
  schedule step tier level round game week episode volume
`);

/** Titles and honorifics that precede a person's name and are never part of it. */
export const TITLES = wordSet(`
  mr mrs ms miss dr prof professor sir dame lord lady president vice senator sen rep
  representative congressman congresswoman governor gov mayor attorney general gen
  secretary minister prime premier chancellor king queen prince princess pope rev reverend
  bishop archbishop cardinal rabbi imam sheikh judge justice chief deputy acting
  ambassador commissioner director chairman chairwoman chair ceo coach captain capt
  lt col colonel lieutenant maj sgt sergeant cpl officer detective inspector agent
  speaker leader spokesman spokeswoman spokesperson adm admiral marshal president-elect
  emir sultan ayatollah dep supt superintendent pastor staff master brigadier
  sheriff constable trooper det cmdr commander corporal pvt counsel envoy adviser advisor
  duchess countess baroness earl elder whip reps sens senators representatives coordinator
  inmate vp svp evp administrator comptroller treasurer registrar provost magistrate cfo coo
  dj ag solicitor justices judges assemblyman assemblywoman assemblymember councilman
  councilwoman councilmember alderman beatle apostle deacon executive
`);

/**
 * Words that are part of a title only before another title, or before one of themselves: a
 * rank ("Major General Chris Olukolade"), "Assistant", "Supervisory Special", the level of
 * office ("State Trooper", "County Sheriff"). Alone they are more often a name or part of one
 * ("John Major", "Major League Baseball", "Iowa State", "Special Forces").
 */
export const TITLE_PREFIXES = wordSet(`
  major assistant state county city federal district special supervisory majority minority
  interim surgeon associate shadow
`);

/** Fraternities are named in them ("Sigma Alpha Epsilon"), and virus variants ("Delta"). */
export const GREEK_LETTERS = wordSet(`
  alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho
  sigma tau upsilon phi chi psi omega
`);

/** Compass points that alone name a region: "the South", "the Midwest and South". */
export const COMPASS_POINTS = wordSet(
  `north south east west northeast northwest southeast southwest`,
);

/** Chambers whose name opens a title: "House Minority Leader", "Senate Majority Whip". */
export const CHAMBERS = wordSet(`house senate commons lords`);

/** Generational suffixes that end a person's name: "Martin Luther King Jr.". */
export const NAME_SUFFIXES = wordSet(`
  jr sr ii iii iv
`);

/** Titles that are only titles when a name follows (never alone an entity). */
export const HONORIFICS = wordSet(`
  mr mrs ms miss dr sir dame prof
`);

/**
 * Heads that end an organization's name and no person's, as no surname reads so: trades
 * ("Asahi Breweries", "Telewest Broadband"), bodies ("Madison Police") and the law's "Act"
 * ("Information Act"), typed with the organizations.
 */
export const NON_PERSON_HEADS = wordSet(`
  tobacco railway railways brewery breweries mining chemicals foods stores shipping logistics
  motors airlines airways pharmaceuticals telecom communications securities insurance
  petroleum holdings industries technologies broadband software research media
  entertainment records pictures films studios act police department university college
  hospital council committee commission agency ministry association foundation institute
  publishers publishing tech marines fisheries force forces caucus plan study system systems
  credit authorization survey comics aerospace project initiative program programme campaign
  pipeline economics analysis outfitters cement regiment battalion brigade rifles fusiliers
  hussars lancers dragoons guards online lords theatre theater paper car show expo monthly
  weekly quarterly gazette tribune chronicle
`);

/** Words that end an organization name: the heads above, and others a surname may be. */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  ...wordSet(`
  inc corp corporation co ltd llc plc ag sa nv gmbh bhd party ministry university lines
  department dept agency bank group council committee commission court club fc association
  federation union institute foundation company airlines airways times post journal herald
  tribune gazette telegraph guardian monitor news press network television tv radio office
  bureau service services army navy police senate congress parliament assembly cabinet board
  authority exchange fund holdings industries systems technologies motors league
  organization organisation school college academy hospital church team society front
  movement alliance coalition trust partners securities capital insurance energy oil
  petroleum telecom communications pharmaceuticals electric brothers international
  magazine reuters guard forces command administration rangers united city athletic
  wanderers rovers county albion sporting olympique dynamo spartak steel builders managers
  advisors advisers consortium associates laboratories labs rescue unit facility incorporated
  stockbrokers brokers garments processors trustees networks studios brands foods enterprises
  ventures resources solutions productions syndicate
`),
  ...NON_PERSON_HEADS,
]);

/** A party's name used of a member before their name: "Tory Dominic Grieve". */
export const PARTY_LABELS = wordSet(`tory labour ukip`);

/** Members that name a party after one or two words: "Social Democrats", "Sweden Democrats". */
export const PARTY_MEMBERS = wordSet(`
  democrats republicans socialists communists conservatives liberals greens tories
`);

/** Organization heads that may start a name joined by "of": "Department of Justice". */
export const ORG_OF_HEADS = wordSet(`
  department ministry university bank bureau institute college school church office
  council board court house federation association league union academy museum commission
  committee organization organisation party society chamber corporation conference centre
  center hospital army navy federal order institutes departments journal chambers
  administration authority agency veterans
`);

/**
 * Buildings and sites named with "of", whose head may follow other words: "Great Hall of the
 * People", "Palace of Westminster", "Valley of the Kings", "Statue of Liberty".
 */
export const BUILDING_OF_HEADS = wordSet(
  `palace hall tower temple castle valley cathedral statue dome shrine tomb chapel basilica mosque`,
);

/** Place heads that may start a name joined by "of": "Republic of Ireland". */
export const PLACE_OF_HEADS: ReadonlySet<string> = new Set([
  ...wordSet(`
  republic kingdom state states gulf bay isle isles cape city province sea straits strait
  lake mount port district county commonwealth emirate principality duchy island islands
  bank
`),
  ...BUILDING_OF_HEADS,
]);

/** The days of the week: never names alone, and "Good Friday" names a day. */
export const WEEKDAYS = wordSet(`monday tuesday wednesday thursday friday saturday sunday`);

/** Capitalised words that are never entities on their own. */
export const NEVER_ALONE: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...wordSet(`
  mondays tuesdays wednesdays thursdays fridays saturdays sundays january february march april
  may june july august september october november december jan feb mar apr jun jul aug sep
  sept oct nov dec i i've i'd i'll god ok the a an this that these those it he she we
  they you his her their our my your its there here but and or if when while after before
  as at in on of for to from by with no not yes so also what who why how where which
  am pm gmt est edt pst cnn updated published read more click scroll video
  photo page all one two some many most today yesterday tomorrow last next first
  second third internet web english christmas easter ramadan olympics tv ap afp dpa
  halloween thanksgiving hanukkah passover diwali kwanzaa juneteenth yom kippur rosh hashanah
  hashana purim sukkot category twenties tests scrum euro
  thirties forties fifties sixties seventies eighties nineties
  is are was were be been do does did don't doesn't didn't can can't could will won't would
  should may might must has have had it's you're we're they're i'm he's she's that's there's
  let's isn't aren't wasn't instead however meanwhile still yet even just only perhaps maybe
  indeed then now thus hence although though because since unless until whether
`),
]);

/**
 * Words that may sit inside a name ("National Down Syndrome Society", "The Six Million Dollar
 * Man", "All About Eve") but are no name alone: "About 10 years ago", "Step Three".
 */
export const INNER_ONLY = wordSet(`
  about above below up down out over under off per via than into onto upon within without
  three four five six seven eight nine ten hundred thousand million billion half both each
  every other another such any none nothing everything something year state parliamentary
  congressional presidential gubernatorial senatorial
  oh ah uh um nah yeah yep nope hey wow hmm okay
`);

/** Group words (MISC in CoNLL terms), never a person, organization or place on their own. */
export const GROUP_WORDS = wordSet(`
  republican republicans democrat democrats democratic muslim muslims christian christians
  jew jews jewish islamic islamist islamists catholic catholics protestant protestants sunni
  sunnis shia shias shiite shiites arab arabs hindu hindus sikh sikhs buddhist buddhists
  conservative conservatives liberal liberals socialist socialists communist communists
  independents
  western eastern northern southern european africans african asian asians latino latinos
  hispanic hispanics african-american african-americans westerners nazi nazis scientologist
  scientologists mormon mormons evangelical evangelicals marxist marxists confederate
  confederates adventist adventists baptist baptists methodist methodists quaker quakers
  lutheran lutherans presbyterian presbyterians anglican anglicans pentecostal pentecostals
  episcopalian episcopalians
`);

/**
 * Branches of a faith that describe the group they open ("Shiite Houthi rebels", "Sunni
 * tribes") and, unlike "Catholic Church" or "Muslim Brotherhood", never open a name.
 */
export const SECTS = wordSet(`
  shiite shiites shi'ite shi'ites shi’ite shi’ites shia shias sunni sunnis
`);

/** Headline and sports-table words often written in capitals that are not entities. */
export const HEADLINE_WORDS = wordSet(`
  soccer football tennis golf cricket rugby baseball basketball hockey boxing cycling
  athletics motor racing sailing skiing results result standings scores summary summaries
  table update preview final finals round division leading news world cup open
  championship championships league division premier stocks markets market shares prices
  lead win wins beat beats says say said vs v nhl nba nfl mlb fa ot pct gb ap us$ tax bond
  bonds index poll polls vote rally talks
`);

/** Verbs that typically follow a subject name: "Coats did", "Trump said". */
export const SUBJECT_VERBS = wordSet(`
  said says did does has had have was is will would could should can told added wrote
  tweeted announced denied declined refused wants wanted believes made took won lost
  scored replied argued insisted stated also later then who
`);

/** Words after which a one-word name is more likely a place: "in Paris". */
export const PLACE_PREPOSITIONS = wordSet(`
  in at near from to across throughout outside inside into towards toward via
`);

/** US state postal codes (places when a text uses them: "a Republican from SC"). */
export const STATE_CODES = wordSet(`
  al ak az ar ca co ct de fl ga hi id il ia ks ky la md ma mi mn ms mo mt ne nv nh nj nm
  ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc
`);

/** Lower-case role nouns that precede a name: "White House press secretary Sean Spicer". */
export const ROLE_NOUNS = wordSet(`
  spokesperson spokesman spokeswoman secretary ambassador adviser advisor director chief
  minister senator president governor attorney general chairman chairwoman ceo coach
  leader press counsel lawyer official officer spokesmen manager striker midfielder
  defender goalkeeper player captain commander envoy prosecutor judge founder executive
  analyst economist correspondent reporter editor writer singer actor actress star
  representative mayor deputy head negotiator aide candidate nominee rep sen gov teammate
  colleague flanker winger hooker prop lock centre fly-half scrum-half full-back fullback
  gymnast rapper comedian author meteorologist forecaster anchor
`);

/** Words that describe a job before its noun: "Senior Editor", "Chief Political Correspondent". */
export const JOB_MODIFIERS = wordSet(`
  senior chief medical political foreign national international executive managing legal
  technical editorial economic financial business sports science
`);

/**
 * Jobs that end a run of capitalised words with no name after them ("Lufthansa CEO", "Wine
 * Editor"): the job is no name. Narrower than ROLE_NOUNS: "Associated Press", "Daily Star".
 */
export const JOB_NOUNS = wordSet(`
  ceo cfo coo editor examiner spokesman spokeswoman spokesperson chairman chairwoman
  correspondent reporter analyst producer minister secretary chancellor governor mayor
  commissioner ambassador director president treasurer manager mp mps mep meps msp msps
  prosecutor pollster winger flanker copilot co-pilot cinematographer photographer historian
  sociologist journalist columnist novelist demonstrator polesitter laureate archaeologist
  anthropologist drummer guitarist bassist rapper striker midfielder defender goalkeeper keeper
  goalscorer matchwinner
`);

/** Nationality words compromise does not list; with its Demonym tag they are never names. */
export const DEMONYMS = wordSet(`
  british irish english welsh dutch swiss swedish danish finnish norwegian polish czech
  slovak hungarian greek turkish spanish portuguese scots scottish kurdish flemish
  bosnian serb serbs serbian croat croats croatian slovenian albanian basque catalan latin
  briton britons yemeni saudi kuwaiti filipino thai afghan pakistani bangladeshi
  irishman irishmen englishman englishmen frenchman frenchmen scotsman scotsmen welshman
  welshmen dutchman dutchmen scot irishwoman englishwoman frenchwoman scotswoman welshwoman
  dutchwoman soviet kyrgyz uzbek uzbeks kazakh kazakhs tajik tajiks turkmen persian chechen
  cypriot azeri laotian salvadoran mozambican arabian uyghur uighur
`);

/** Words that end names of events and competitions (not people, places or organizations). */
export const EVENT_WORDS = wordSet(`
  championship championships cup games olympics open prix marathon war prize award awards
  festival series tour trophy derby classic rally grand slam tournament invitational
  masters trials week day conference summit flight election elections referendum budget
  olympic indoor indoors month expo hajj eve gala honours
`);

/** Government portfolios written before a title: "Defense Secretary", "Foreign Minister". */
export const PORTFOLIOS = wordSet(`
  defense defence foreign finance interior health home education justice energy transport
  transportation trade treasury labor labour culture environment agriculture commerce
  housing security homeland economics economy industry tourism information communications
  planning development sports youth water mines petroleum fisheries forestry science
  technology immigration pensions welfare infrastructure press social response public work
  affairs constitutional veterans humanitarian environmental
`);

/** Words before a nationality that keep it an adjective: "South African", "Middle Eastern". */
export const REGION_MODIFIERS = wordSet(`
  north south east west northern southern eastern western central middle northeast northwest
  southeast southwest latin sub-saharan continental
`);

/**
 * Last words of place names that compromise's place words lack: "Niger Delta", "Ferguson
 * Township", "Abbey Road", "Westminster Abbey" (not "Lane", "Street", "Hall" or "Arena":
 * surnames too).
 */
export const LANDFORM_HEADS = wordSet(`
  delta highlands sea archipelago steppe township borough area airport mosque cathedral
  basilica station square prison jail road avenue boulevard drive strip plaza parkway highway
  freeway expressway turnpike boardwalk terrace crescent towers garden gardens abbey terminal
  airfield gate base speedway raceway motorway terminus panhandle empire chapel monastery
  pagoda
`);

/** Administrative divisions: a name they end is a place, though it opens with a given name. */
export const DIVISION_HEADS = wordSet(`
  county counties district province prefecture municipality territory city
`);

/** First words of place names: "St Etienne", "San Jose", "Fort Worth". */
export const PLACE_PREFIXES = wordSet(`
  st saint san santa sao são los las fort port mount mt lake cape north south east west
  new upper lower greater county
`);

/** Words of sports reports (lower case as written); generic ones ("win", "round") left out. */
/** First words of club names: "Real Betis", "Hapoel Bnei Sakhnin", "Sporting Lisbon". */
export const CLUB_PREFIXES = wordSet(`
  real hapoel maccabi beitar partizan sporting atletico athletic deportivo olympique racing
  dinamo dynamo lokomotiv spartak
`);

export const SPORTS_WORDS = wordSet(`
  soccer football cricket rugby tennis golf baseball basketball hockey league goal goals
  scored striker midfielder defender goalkeeper innings wicket wickets batting bowling
  halftime half-time tournament seeded beat drew defeated standings playoff playoffs stadium
  penalty inning homer pitcher touchdown quarterback semifinal semi-final quarter-final
  quarterfinal championship referee conceded conceding equaliser equalizer hat-trick
  relegation relegated midfield fixture fixtures kick-off match scrum scrum-half fly-half
  flanker lineout line-out winger wingers
`);

/** Lower-case nouns that name a kind of organization. */
export const ORG_NOUNS = wordSet(`
  airline airlines carrier company companies firm band cooperative co-op maker manufacturer
  automaker carmaker retailer chain brand broadcaster network publisher startup start-up
  insurer lender bank conglomerate giant supermarket grocer label charity newspaper magazine
  journal tabloid website app platform operator subsidiary brewer bourse exchange group
  developer studio provider regulator watchdog unit division drugmaker store mill
  refinery organization organisation nonprofit non-profit agency outlet bookmaker jeweller
  jeweler chipmaker
`);

/** Lower-case words after a name that mark a body ("Acme shares"), a club's players too. */
export const ORG_CUES_AFTER = wordSet(`
  shares stock shareholders subsidiary unit division spokesman spokeswoman spokesperson
  chairman board officials executives employees workers profit profits earnings sales revenue
  revenues stores products boss headquarters plant members member squad fans striker
  midfielder defender goalkeeper keeper winger
`);
/** Lower-case words before "of" a name that mark a body: "chairman of Acme". */
export const ORG_CUES_BEFORE_OF = wordSet(`
  chairman director spokesman spokeswoman member members shares executive officials employees
  subsidiary unit shareholders leader coach manager ceo founder owner
`);

/** Number words that count things or people: "six Chris Paterson penalties", "three Slams". */
export const COUNT_WORDS = wordSet(`two three four five six seven eight nine ten eleven twelve`);

/**
 * Words that open a body's name and never a person's: "Team Sky", "Air Deccan", "World Vision",
 * "Banca Nazionale del Lavoro", "Ansar al-Sharia", "Jaish-e-Mohammed".
 */
export const BODY_OPENERS = new Set(
  `team air aer world global international banca banco banque ansar jabhat jaish harakat hizb
  lashkar tehrik jamaat`.split(/\s+/),
);
