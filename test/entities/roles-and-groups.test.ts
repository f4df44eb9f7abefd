import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { find, names, typed, typesOf } from './helpers.js';

// Issue 4, fourth round of trust rules: titles and jobs, Korean names, groups, names with
// "and", AP style places and tags, flights.
// Every text here was written for these tests.

describe('titles of officers and officials', () => {
  it('splits a sheriff, a trooper, a detective or a private from the name', () => {
    const text =
      'Sheriff Joe Arpaio spoke first. Then Det. Rick McCullor and Pvt. Ann Lee testified ' +
      'about the death of Wisconsin State Trooper Trevor Casper.';
    const people = extractEntities(text).filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.role])).toEqual([
      ['Joe Arpaio', 'Sheriff'],
      ['Rick McCullor', 'Det.'],
      ['Ann Lee', 'Pvt.'],
      ['Trevor Casper', 'State Trooper'],
    ]);
  });

  it('splits an administrator, a treasurer or a provost from the name', () => {
    const text =
      'EPA Administrator Scott Pruitt spoke. Later Administrator Pruitt left, and Treasurer ' +
      'Ann Lee and Provost Tom Reed agreed.';
    const people = extractEntities(text).filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.role])).toEqual([
      ['Scott Pruitt', 'Administrator'],
      ['Ann Lee', 'Treasurer'],
      ['Tom Reed', 'Provost'],
    ]);
  });

  it('drops "then-" and "now-" before a title', () => {
    const text = 'It heard then-Senator Ann Lee and now-Supreme Court Justice Brett Kavanaugh.';
    expect(names(text)).toEqual(['Ann Lee', 'Supreme Court', 'Brett Kavanaugh']);
  });

  it('reads "of the" and the words after it as the title, up to a given name', () => {
    const brown = find('Chancellor of the Exchequer Gordon Brown spoke first.', 'Gordon Brown');
    expect(brown?.role).toBe('Chancellor of the Exchequer');
    const text = 'He met the President of the United States Barack Obama.';
    expect(find(text, 'Barack Obama')?.role).toBe('President of the United States');
    expect(find('Minister of Defence Ashton Carter said so.', 'Ashton Carter')?.role).toBe(
      'Minister of Defence',
    );
  });

  it('reads a portfolio before a minister as the title, and a title alone as no name', () => {
    const text =
      'Economics Minister Aburizal Bakrie spoke. The Economics Minister later added more.';
    expect(extractEntities(text).map((e) => [e.name, e.role])).toEqual([
      ['Aburizal Bakrie', 'Economics Minister'],
    ]);
    expect(names('The Foreign Secretary met the Florida Governor in London.')).toEqual([
      'Florida',
      'London',
    ]);
  });

  it('reads the body of an office with no holder named as the name', () => {
    const text =
      'Martin Dolan, Chief Commissioner of the Australian Transport Safety Bureau, said.';
    expect(names(text)).toEqual(['Martin Dolan', 'Australian Transport Safety Bureau']);
    expect(names('He met the Secretary General of the United Nations.')).toEqual([
      'United Nations',
    ]);
    expect(find('Secretary of State Tillerson said so.', 'Tillerson')?.role).toBe(
      'Secretary of State',
    );
    // A firm named with ordinary words after its own name is still a name.
    expect(extractEntities('Dani Foffa, CEO of Foffa Bikes, said so.').map((e) => e.type)).toEqual([
      'person',
      'organization',
    ]);
  });

  it('reads a word after a second "of" as the body\'s, never as the holder', () => {
    const text = 'said Dan Frost, Director General of the British Chambers of Commerce (BCC).';
    expect(typed(text)).toEqual([
      ['British Chambers of Commerce', 'organization'],
      ['Dan Frost', 'person'],
    ]);
  });

  it('reads the words after an office as its body when they read as no person', () => {
    const text =
      'Professor Cres Eastman, Director of the National Iodine Nutrition study, said so. ' +
      'He met the Minister of Interior Nouri Maliki and the US Secretary of State Condoleezza ' +
      'Rice.';
    expect(typed(text)).toEqual([
      ['Cres Eastman', 'person'],
      ['National Iodine Nutrition', 'organization'],
      ['Nouri Maliki', 'person'],
      ['United States', 'place'],
      ['Condoleezza Rice', 'person'],
    ]);
  });

  it('splits a body from the person named right after it', () => {
    const text =
      'The co-head of the group EADS Philippe Camus will leave. The head of the Child Support ' +
      'Agency Doug Smith also earns an honour.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['EADS', 'organization'],
        ['Philippe Camus', 'person'],
        ['Child Support Agency', 'organization'],
        ['Doug Smith', 'person'],
      ]),
    );
    // A title is no body, and a firm we know keeps its name.
    expect(find('The show hired DJ Trevor Nelson.', 'Trevor Nelson')?.role).toBe('DJ');
    expect(names('Profits rose at JP Morgan Chase this year.')).toEqual(['JP Morgan Chase']);
  });

  it('reads "Solicitor General" and a sport or trade opening a sentence as the role', () => {
    const text = 'Solicitor General Malcolm L. Stewart argued. Gymnast Simone Biles withdrew.';
    expect(extractEntities(text).map((e) => [e.name, e.role])).toEqual([
      ['Malcolm L. Stewart', 'Solicitor General'],
      ['Simone Biles', 'Gymnast'],
    ]);
  });

  it('reads a rugby position opening a sentence as the role, and a count as no name', () => {
    const text =
      'Six Chris Paterson penalties won it. Flanker Colin Charvis was dropped on Monday.';
    expect(names(text)).toEqual(['Chris Paterson', 'Colin Charvis']);
    expect(find(text, 'Colin Charvis')?.role).toBe('Flanker');
  });

  it('reads MP and MEP as titles and keeps the employer before a job', () => {
    const text = 'Margaret Moran MP spoke. MEP Robert Kilroy-Silk and Labour MPs left.';
    expect(extractEntities(text).map((e) => [e.name, e.role ?? null])).toEqual([
      ['Margaret Moran', null],
      ['Robert Kilroy-Silk', 'MEP'],
      ['Labour Party', null],
    ]);
    expect(names('The US President met Roman Catholics before the General Election.')).toEqual([
      'United States',
    ]);
  });

  it('keeps the country inside a title: "Deputy U.S. Marshal"', () => {
    const text = 'He was wounded in a shootout with Deputy U.S. Marshal Josie Wells.';
    expect(find(text, 'Josie Wells')?.role).toBe('Deputy U.S. Marshal');
    expect(find('He met Assistant U.S. Attorney John Smith.', 'John Smith')?.role).toBe(
      'Assistant U.S. Attorney',
    );
  });

  it('reads a US party before a state and a job as no part of a name', () => {
    const text = 'The bill was blocked by Republican Texas senator John Cornyn on Tuesday.';
    expect(typed(text)).toEqual([
      ['Texas', 'place'],
      ['John Cornyn', 'person'],
    ]);
  });

  it('reads "Beatle" before a name as the role, no part of the name', () => {
    const text = 'He is the son of the late Beatle George Harrison. The Beatles split in 1970.';
    expect(find(text, 'George Harrison')?.role).toBe('Beatle');
    expect(names(text)).toEqual(['George Harrison', 'Beatles']);
  });

  it('reads "Police Chief" as a title, but "Detroit Police" before one as the force', () => {
    const text = 'Officers came, and Police Chief Calvin Williams said so. Police chiefs agreed.';
    expect(typed(text)).toEqual([['Calvin Williams', 'person']]);
    expect(find(text, 'Calvin Williams')?.role).toBe('Police Chief');
    const force = 'Detroit Police Chief James Craig spoke for the Detroit Police Department.';
    expect(names(force)).toEqual(['Detroit Police Department', 'James Craig']);
  });

  it('reads chained prefixes as one title: "Supervisory Special Agent"', () => {
    const text = 'FBI Supervisory Special Agent Jason Pack said it was too early.';
    expect(find(text, 'Jason Pack')?.role).toBe('Supervisory Special Agent');
    expect(names(text)).toEqual(['FBI', 'Jason Pack']);
    expect(names('He joined the Special Forces in 2001.')).toEqual(['Special Forces']);
  });

  it('reads jobs and their modifiers as the role', () => {
    const text =
      'CNN Chief Political Correspondent Dana Bash spoke to National Security Adviser Susan ' +
      'Rice. Homeland Security Secretary Jeh Johnson and Senior Editor Ann Lee listened.';
    const roles = extractEntities(text)
      .filter((e) => e.type === 'person')
      .map((e) => [e.name, e.role]);
    expect(roles).toEqual([
      ['Dana Bash', 'Chief Political Correspondent'],
      ['Susan Rice', 'National Security Adviser'],
      ['Jeh Johnson', 'Homeland Security Secretary'],
      ['Ann Lee', 'Senior Editor'],
    ]);
  });

  it('reads a name after a job in lower case as a person, though it reads like a place', () => {
    const text =
      'Rain will ease, according to CNN meteorologist Taylor Ward, after the rapper The Game sang.';
    expect(extractEntities(text).map((e) => [e.name, e.type, e.role])).toEqual([
      ['Taylor Ward', 'person', 'meteorologist'],
      ['The Game', 'person', 'rapper'],
    ]);
    // "VP" is a title, after the firm too.
    const vp = extractEntities('Facebook VP Nick Clegg spoke.').map((e) => [e.name, e.role]);
    expect(vp).toEqual([
      ['Facebook', undefined],
      ['Nick Clegg', 'VP'],
    ]);
    // Not what a person owns, nor a film up for a prize.
    const things = "The rapper's Air Yeezy shoes sold. Oscar nominee Hotel Rwanda is a film.";
    expect(extractEntities(things).some((e) => e.type === 'person')).toBe(false);
  });

  it('keeps the employer of a job with no name after it, and nothing of the job', () => {
    const text =
      "Lufthansa CEO 'speechless' It was a shock. The Wayne County Medical Examiner said " +
      'the Wine Editor had left.';
    expect(names(text)).toEqual(['Lufthansa', 'Wayne County']);
    expect(names('Burger King and the Associated Press agreed.')).toEqual([
      'Burger King',
      'Associated Press',
    ]);
  });

  it('reads a role noun opening a sentence before a name as the role', () => {
    const text = 'Teammate Viktor Troicki won in straight sets.';
    expect(find(text, 'Viktor Troicki')?.role).toBe('Teammate');
  });

  it('still reads "Iowa State" and "Harris County" alone as names', () => {
    expect(names('Iowa State beat Kansas State. Harris County sued.')).toEqual([
      'Iowa State',
      'Kansas State',
      'Harris County',
    ]);
  });
});

describe('Korean and Chinese names', () => {
  it('keeps a hyphenated given name whole and its family name as the surname', () => {
    const text = 'Secretary-General Ban Ki-moon met Kim Jong-un. Ban said the talks went well.';
    const ban = find(text, 'Ban Ki-moon');
    expect(ban?.role).toBe('Secretary-General');
    expect(ban?.aliases).toContain('Ban');
    expect(names(text)).toContain('Kim Jong-un');
  });

  it('keeps a family name that is also a word at a sentence start: "Ban", "Park"', () => {
    expect(names('Ban Ki-moon spoke first. Park Geun-hye agreed.')).toEqual([
      'Ban Ki-moon',
      'Park Geun-hye',
    ]);
  });

  it('still cuts an English tail off a place: "New York-born", "Hong Kong-based"', () => {
    expect(names('A New York-born banker joined a Hong Kong-based fund.')).toEqual([
      'New York',
      'Hong Kong',
    ]);
    expect(names('A Hong Kong-backed and Iowa-based fund.')).toEqual(['Hong Kong', 'Iowa']);
  });

  it('keeps a given name whole, though a syllable has five letters: "Kuo-cheng", "Chang-geun"', () => {
    const text = "Defense minister Chiu Kuo-cheng spoke.\nChiu Kuo-cheng's comments came later.";
    expect(extractEntities(text).map((e) => [e.name, e.aliases])).toEqual([
      ['Chiu Kuo-cheng', ['Chiu']],
    ]);
    const yoo = 'The head, said Yoo Chang-geun, left for a Spain-based bank.';
    expect(new Set(names(yoo))).toEqual(new Set(['Yoo Chang-geun', 'Spain']));
  });
});

describe('sects and groups named in the plural', () => {
  it('drops a sect word before a name and joins the singular to the plural', () => {
    const text =
      'Jets struck Shiite Houthi rebels near Sanaa. The Shiite Houthis are allied with Iran, ' +
      'and the Houthis hold the capital.';
    const houthis = extractEntities(text).filter((e) => /houthi/i.test(e.name));
    expect(houthis.map((e) => [e.name, e.type])).toEqual([['Houthis', 'organization']]);
  });

  it('makes no entity of a sect and a faith together', () => {
    expect(names('Sunni Arabs and Shia Muslims prayed together in Baghdad.')).toEqual(['Baghdad']);
  });

  it('keeps a person apart from a family named in the plural', () => {
    const text = 'Mr Pugh arrived late. The Pughs and their neighbours left early.';
    expect(find(text, 'Pugh')?.type).toBe('person');
  });
});

describe('the people of a place', () => {
  it('reads "Londoners", "Minnesotans", "Floridians" or "a Parisian" as no name', () => {
    const text =
      'Londoners and Minnesotans agreed with Floridians, Midwesterners and a Parisian, Ann Lee said.';
    expect(names(text)).toEqual(['Ann Lee']);
  });

  it('keeps surnames and titled names that end like them', () => {
    const text = 'Jane Palmer met Mr Romen. Later Palmer and Romen spoke.';
    expect(names(text)).toEqual(['Jane Palmer', 'Romen']);
  });
});

describe('known names with "and" inside', () => {
  it('reads every name of ISIS as the one group', () => {
    const text =
      'The Islamic State of Iraq and Syria, also called the Islamic State of Iraq and the ' +
      'Levant, ISIL or ISIS, took Mosul.';
    const groups = extractEntities(text).filter((e) => e.type === 'organization');
    expect(groups.map((e) => e.name)).toEqual(['ISIS']);
    expect(names(text)).not.toContain('Levant');
    // Its Arabic acronym too, which its enemies use.
    const daesh = 'King Abdullah vowed to fight ISIS. His jets bombed Daesh fighters.';
    expect(find(daesh, 'ISIS')?.aliases).toEqual(['Daesh', 'ISIL', 'Islamic State']);
    expect(names(daesh)).toHaveLength(2);
  });

  it('knows al Qaeda in every spelling as one group', () => {
    const text = 'He joined al-Qaeda in 2001. Al Qaeda leaders fled, and al-Qaida regrouped.';
    const groups = extractEntities(text);
    expect(groups.map((e) => [e.name, e.type, e.mentions.length])).toEqual([
      ['al Qaeda', 'organization', 3],
    ]);
  });

  it('reads a group\'s branch named by a letter as a group: "ISIS-K"', () => {
    const text = 'The strike hit a bomber affiliated with ISIS-K, who had filled a car.';
    expect(typed(text)).toEqual([['ISIS-K', 'organization']]);
  });

  it('keeps "und" inside a German name, and "ten" inside a Dutch one', () => {
    expect(names('Princess Elisabeth von Thurn und Taxis spoke.')).toEqual([
      'Elisabeth von Thurn und Taxis',
    ]);
    expect(names('Photographer Pieter ten Hoopen met Erik ten Hag.')).toEqual([
      'Pieter ten Hoopen',
      'Erik ten Hag',
    ]);
  });
});

describe('places and tags in AP style', () => {
  it('reads a state abbreviated after a town as the state, under its name', () => {
    const text =
      'Students from Montoursville, Pa., were aboard. Officials in Pennsylvania said more ' +
      'would come from Kiel, Wis., and Manchester, N.H., on Monday.';
    const places = extractEntities(text).filter((e) => e.type === 'place');
    expect(places.map((e) => e.name).sort()).toEqual([
      'Kiel',
      'Manchester',
      'Montoursville',
      'New Hampshire',
      'Pennsylvania',
      'Wisconsin',
    ]);
    expect(find(text, 'Pennsylvania')?.aliases).toContain('Pa');
  });

  it('leaves the abbreviation alone elsewhere', () => {
    expect(find('Miss Amy Lee sang in Cardiff.', 'Amy Lee')?.type).toBe('person');
    expect(names('Miss Amy Lee sang in Cardiff.')).not.toContain('Mississippi');
  });

  it('makes no entity of the party and state after a lawmaker', () => {
    const text = 'Sen. Ted Cruz, R-Texas, spoke with Rep. Nita Lowey (D-N.Y.) on Monday.';
    expect(names(text)).toEqual(['Ted Cruz', 'Nita Lowey']);
  });
});

describe("a network's units", () => {
  it('reads "CNN Digital" as one organization, and no "(CNN)" tag as one', () => {
    const text =
      '(CNN)The film is available on CNN Digital on Wednesday, and CNN Films presents it.';
    const orgs = extractEntities(text).filter((e) => e.type === 'organization');
    expect(orgs.map((e) => e.name)).toEqual(['CNN Digital', 'CNN Films']);
  });
});

describe('flights and more spellings', () => {
  it('keeps the airline of a flight and makes no name of the flight', () => {
    const text = 'The search for Malaysia Airlines Flight MH370 and AirAsia Flight QZ8501 goes on.';
    expect(names(text)).toEqual(['Malaysia Airlines', 'AirAsia']);
  });

  it('knows a flight by its number alone too, but not "G20"', () => {
    expect(names('Malaysia Airlines MH370 vanished. MH370 was never found.')).toEqual([
      'Malaysia Airlines',
    ]);
    expect(names('Germanwings 4U9525 crashed in the Alps.')).not.toContain('4U9525');
    expect(names('Leaders met at the G20 summit.')).toEqual(['G20']);
  });

  it('drops a sect word however it is spelled, and joins NOAA to its full name', () => {
    expect(names("Shi'ite Houthi rebels advanced on Aden.")).toContain('Houthi');
    const noaa = find(
      'NOAA said so. The National Oceanic and Atmospheric Administration later agreed.',
      'National Oceanic and Atmospheric Administration',
    );
    expect(noaa?.aliases).toContain('NOAA');
  });
});

describe('organizations named "X of Y"', () => {
  it('types a name whose head before "of" is an organization word as one', () => {
    const text = 'Rochester Institute of Technology scientist Jon Schull built it.';
    expect(find(text, 'Rochester Institute of Technology')?.type).toBe('organization');
  });
});
