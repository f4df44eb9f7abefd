import { describe, expect, it } from 'vitest';
import { leadingName, parseQuestion, trailingByline } from '../../src/ask/question.js';

describe('leadingName', () => {
  it.each([
    [
      'Navarrette: In protecting his child, Schilling set a model for parenting .',
      'Navarrette',
      'In protecting his child, Schilling set a model for parenting .',
    ],
    [
      "Mark O'Mara: Justice Department says Ferguson has record of racial discrimination .",
      "Mark O'Mara",
      'Justice Department says Ferguson has record of racial discrimination .',
    ],
    [
      'Hank Johnson, Michael Shank: Policing style needs rethink .',
      'Hank Johnson, Michael Shank',
      'Policing style needs rethink .',
    ],
  ])('reads the name before a colon: %s', (question, name, rest) => {
    expect(leadingName(question)).toEqual({ name, rest });
  });

  it.each([
    'What did Graham say about Sessions?',
    'Profile: David Blunkett',
    'the mayor: what did he say about the bridge?',
  ])('finds none in %s', (question) => {
    expect(leadingName(question)).toBeUndefined();
  });
});

describe('trailingByline', () => {
  it.each([
    [
      'His lessons should prove instructive to other leaders in a time of great instability, writes Graham Allison .',
      'His lessons should prove instructive to other leaders in a time of great instability',
    ],
    [
      'Majority of Tunisians likely to support robust response from president, he writes .',
      'Majority of Tunisians likely to support robust response from president',
    ],
    [
      'Iranians met the speech with indignation, Alex Vatanka and Ray Takeyh write.',
      'Iranians met the speech with indignation',
    ],
  ])('drops the author named at the end: %s', (question, rest) => {
    expect(trailingByline(question)).toEqual({ rest });
  });

  it.each([
    'FIFA president writes about issue in FIFA Weekly magazine .',
    'What did Graham write about Sessions?',
    'Too short, writes Anna Kowalczyk .',
  ])('leaves a question that names no author at its end: %s', (question) => {
    expect(trailingByline(question)).toBeUndefined();
  });
});

describe('parseQuestion', () => {
  it('tells a "what\'s new" question from a lookup', () => {
    expect(parseQuestion("What's new on the travel ban?")).toEqual({
      kind: 'whats-new',
      topic: 'travel ban',
      topicKey: 'travel ban',
    });
    expect(parseQuestion('Who did Sessions meet?')).toEqual({
      kind: 'lookup',
      text: 'Who did Sessions meet?',
    });
  });
});
