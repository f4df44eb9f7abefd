import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';

// Issue 4: agency names with "and", "for" or "on" inside are one organization, never clipped.
// Every text here was written for these tests.

function entities(text: string): string[] {
  return extractEntities(text).map((e) => `${e.type}:${e.name}`);
}

describe('organization names joined by "and" or "for"', () => {
  it.each([
    [
      'The Food and Drug Administration approved the drug on Monday.',
      'Food and Drug Administration',
    ],
    [
      'Officials at the National Oceanic and Atmospheric Administration said the storm would weaken.',
      'National Oceanic and Atmospheric Administration',
    ],
    [
      'The Securities and Exchange Commission fined the bank.',
      'Securities and Exchange Commission',
    ],
    [
      'Biden signed the Infrastructure Investment and Jobs Act on Monday.',
      'Infrastructure Investment and Jobs Act',
    ],
    [
      "The Labor Department's Job Openings and Labor Turnover Survey showed gains.",
      'Job Openings and Labor Turnover Survey',
    ],
    [
      'Wardens from the Idaho Department of Fish and Game counted the birds.',
      'Idaho Department of Fish and Game',
    ],
    [
      'The Department of Health and Human Services said the rule would change.',
      'Department of Health and Human Services',
    ],
    [
      'Agents from Immigration and Customs Enforcement arrested him.',
      'Immigration and Customs Enforcement',
    ],
    [
      'He is a fellow at the Center for Strategic and International Studies in Washington.',
      'Center for Strategic and International Studies',
    ],
    [
      'The Syrian Observatory for Human Rights said 40 people died.',
      'Syrian Observatory for Human Rights',
    ],
    [
      'The U.S. Agency for International Development sent aid.',
      'U.S. Agency for International Development',
    ],
    [
      'Groups such as the Veterans of Foreign Wars and Vietnam Veterans of America objected.',
      'Vietnam Veterans of America',
    ],
  ])('%s', (text, name) => {
    const found = entities(text);
    expect(found).toContain(`organization:${name}`);
    // No piece of it is left over as an entity of its own.
    expect(
      found.filter((e) => e !== `organization:${name}` && name.includes(e.split(':')[1]!)),
    ).toEqual([]);
  });

  it('merges "CDC" with the full name of the Centers for Disease Control and Prevention', () => {
    const [cdc, ...rest] = extractEntities(
      'The Centers for Disease Control and Prevention issued a warning. The CDC said 40 people were sick.',
    );
    expect(rest).toEqual([]);
    expect(cdc).toMatchObject({
      name: 'Centers for Disease Control and Prevention',
      type: 'organization',
      aliases: ['CDC'],
    });
    expect(cdc?.mentions).toHaveLength(2);
  });

  it('keeps two entities joined by "and" apart', () => {
    expect(entities('Talks between the Department of Justice and Congress stalled.')).toEqual([
      'organization:Department of Justice',
      'organization:Congress',
    ]);
    expect(entities('He met Obama and Environmental Protection officials.')).toContain(
      'person:Obama',
    );
    // A second "and" lists a third name: the first two are not merged into one.
    const listed = entities(
      'The Department of Homeland Security and Immigration and Customs Enforcement sent agents.',
    );
    expect(listed).toContain('organization:Department of Homeland Security');
    expect(listed.some((e) => e.includes('Security and Immigration'))).toBe(false);
    // A head that opens a body of its own ends a second name.
    const two = entities(
      'The Fraternal Order of Police and National Association of Police Chiefs met the ' +
        'United Bank of Africa and Standard Trust Bank.',
    );
    expect(two).toEqual([
      'organization:Fraternal Order of Police',
      'organization:National Association of Police Chiefs',
      'organization:United Bank of Africa',
      'organization:Standard Trust Bank',
    ]);
  });

  it('keeps a name whose head closes it after "and", whatever the words before it name', () => {
    expect(entities('The Centers for Medicare and Medicaid Services paid.')).toEqual([
      'organization:Centers for Medicare and Medicaid Services',
    ]);
    // A second "and" before a lower-case word lists no third name.
    const text = 'The Department of Health and Human Services and other agencies agreed.';
    expect(entities(text)).toEqual(['organization:Department of Health and Human Services']);
  });

  it('keeps "Health and Human Services" whole at the start of a sentence', () => {
    const text = 'Health and Human Services Secretary Xavier Becerra spoke on Thursday.';
    expect(entities(text)).toEqual([
      'organization:Health and Human Services',
      'person:Xavier Becerra',
    ]);
  });

  it('keeps a committee named with "and" whole, but not a second body we know', () => {
    const text =
      'Nancy Pelosi met the Steering and Policy Committee; the Ways and Means Committee agreed. ' +
      'A poll by the Institute of Government Studies and Los Angeles Times found a lead.';
    expect(entities(text)).toEqual([
      'person:Nancy Pelosi',
      'organization:Steering and Policy Committee',
      'organization:Ways and Means Committee',
      'organization:Institute of Government Studies',
      'organization:Los Angeles Times',
    ]);
    // Nor a body named after a university we know.
    const schools = 'Data came from the School of Public Health and Stanford Medicine on Monday.';
    expect(entities(schools)).toEqual([
      'organization:School of Public Health',
      'organization:Stanford Medicine',
    ]);
  });

  it('keeps a body of chiefs whole: "Joint Chiefs of Staff", "Association of Chiefs of Police"', () => {
    const text =
      'The International Association of Chiefs of Police and the U.S. Joint Chiefs of Staff ' +
      'agreed. The Kansas City Chiefs of the NFL won.';
    expect(entities(text)).toEqual([
      'organization:International Association of Chiefs of Police',
      'organization:U.S. Joint Chiefs of Staff',
      'organization:Kansas City Chiefs',
      'organization:NFL',
    ]);
  });

  it('keeps a museum named with "and" whole', () => {
    expect(entities('The shuttle went to the National Air and Space Museum last year.')).toEqual([
      'organization:National Air and Space Museum',
    ]);
  });

  it('keeps a body "for a" cause whole', () => {
    expect(entities('An adviser to the Coalition for a Democratic Syria spoke.')).toEqual([
      'organization:Coalition for a Democratic Syria',
    ]);
  });

  it('keeps a known name that holds "and" whole, though its words are names of people', () => {
    expect(entities('The show opens at the Victoria and Albert Museum on Friday.')).toEqual([
      'organization:Victoria and Albert Museum',
    ]);
    expect(entities('Ernst and Young audited the firm.')).toEqual(['organization:Ernst and Young']);
    // And one that holds "in".
    expect(entities('They are clinicians for Partners in Health, an aid group.')).toEqual([
      'organization:Partners in Health',
    ]);
  });
});

describe('organization names joined by "on"', () => {
  it('keeps a council or committee on a subject whole', () => {
    expect(
      entities('The Council on American-Islamic Relations condemned the attack, said Alia Salem.'),
    ).toEqual(
      expect.arrayContaining([
        'organization:Council on American-Islamic Relations',
        'person:Alia Salem',
      ]),
    );
    expect(entities('The House Committee on Foreign Affairs held a hearing.')).toEqual([
      'organization:House Committee on Foreign Affairs',
    ]);
  });

  it('keeps a convention on a subject whole, not "Human Rights" as a person', () => {
    const text = 'Britain signed the United Nations Convention on Human Rights in 1951.';
    expect(entities(text)).toEqual([
      'place:Britain',
      'organization:United Nations Convention on Human Rights',
    ]);
    const party = 'The Democratic National Convention on Wednesday heard Obama.';
    expect(entities(party)).toContain('organization:Democratic National Convention');
  });

  it('does not join a place or a day after "on"', () => {
    expect(entities('The UN Security Council on Syria met again.')).toEqual(
      expect.arrayContaining(['organization:UN Security Council', 'place:Syria']),
    );
    expect(entities('The Security Council on Monday voted to extend the mission.')).toEqual([
      'organization:Security Council',
    ]);
    expect(entities('The Senate Committee on Capitol Hill heard him.')).toEqual(
      expect.arrayContaining(['organization:Senate Committee', 'place:Capitol Hill']),
    );
  });
});

describe('agencies before their officers', () => {
  it('keeps an agency joined by "and" whole before an officer\'s title and name', () => {
    const text =
      'He met acting Food and Drug Administration Commissioner Janet Woodcock and National ' +
      'Institute of Allergy and Infectious Diseases Director Anthony Fauci spoke.';
    expect(entities(text)).toEqual([
      'organization:Food and Drug Administration',
      'person:Janet Woodcock',
      'organization:National Institute of Allergy and Infectious Diseases',
      'person:Anthony Fauci',
    ]);
  });

  it('keeps a portfolio after "of" in the body, not in the title', () => {
    expect(entities('He met National Institutes of Health Director Francis Collins.')).toEqual([
      'organization:National Institutes of Health',
      'person:Francis Collins',
    ]);
  });
});

describe('laws with "in" or "of" inside', () => {
  it('keeps a law named with "in" whole, though a person\'s name opens it', () => {
    const text =
      'The House passed the George Floyd Justice in Policing Act, and the Truth in Lending ' +
      'Act still applies.';
    expect(entities(text)).toEqual([
      'organization:House',
      'organization:George Floyd Justice in Policing Act',
      'organization:Truth in Lending Act',
    ]);
  });

  it('keeps a law or a bill named with "of" whole', () => {
    const text =
      'Reporters filed a Freedom of Information Act request. The Prevention of Terrorism Bill ' +
      'passed, and the Defense of Marriage Act fell.';
    expect(entities(text)).toEqual([
      'organization:Freedom of Information Act',
      'organization:Prevention of Terrorism Bill',
      'organization:Defense of Marriage Act',
    ]);
  });

  it('joins no name across "in" that ends in no law', () => {
    expect(entities('He is a fellow of Partners in Health Policy, Ann Lee said.')).toEqual(
      expect.arrayContaining(['person:Ann Lee']),
    );
    expect(entities('He is a fellow of Partners in Health Policy.').join()).not.toContain(' in ');
  });
});

describe('place names joined by "and"', () => {
  it('keeps a country whose name holds "and" whole', () => {
    const text =
      'Findlay chose to run for Trinidad and Tobago, and Ann Lee for St Kitts and Nevis, ' +
      'before a trip to Bosnia and Herzegovina.';
    expect(entities(text)).toEqual([
      'place:Trinidad and Tobago',
      'person:Ann Lee',
      'place:St Kitts and Nevis',
      'place:Bosnia and Herzegovina',
    ]);
  });
});
