import { describe, expect, it } from 'vitest';
import { parseSince } from '../../src/digest/parse-since.js';

const now = new Date('2026-11-28T12:00:00Z');

describe('parseSince', () => {
  it('reads durations back from now', () => {
    expect(parseSince('24h', now)).toBe('2026-11-27T12:00:00.000Z');
    expect(parseSince('90m', now)).toBe('2026-11-28T10:30:00.000Z');
    expect(parseSince('7d', now)).toBe('2026-11-21T12:00:00.000Z');
    expect(parseSince('2w', now)).toBe('2026-11-14T12:00:00.000Z');
  });

  it('reads ISO times', () => {
    expect(parseSince('2026-11-01', now)).toBe('2026-11-01T00:00:00.000Z');
  });

  it('refuses anything else with the accepted forms', () => {
    expect(() => parseSince('yesterday-ish', now)).toThrow(/duration like 24h/);
    expect(() => parseSince('', now)).toThrow(/not a time/);
  });
});
