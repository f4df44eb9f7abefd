import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadDigestDefinitions,
  parseDigestDefinition,
} from '../../src/config/digest-definition.js';
import { repoRoot } from '../cli/run-cli.js';

function writeDefinition(content: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-def-'));
  const file = path.join(dir, 'bad.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('digest definitions', () => {
  it('loads every definition shipped in digests/ with defaults filled in', () => {
    const definitions = loadDigestDefinitions(path.join(repoRoot, 'digests'));
    expect(definitions.length).toBeGreaterThan(0);
    for (const definition of definitions) {
      expect(definition.sources.length).toBeGreaterThan(0);
      expect(definition.maxStories).toBeGreaterThan(0);
    }
  });

  it('resolves a relative source against the definition file, keeps URLs as they are', () => {
    const file = writeDefinition({
      name: 'mixed',
      title: 'Mixed',
      sources: ['../articles', 'https://news.example/feed.xml'],
    });
    const definition = parseDigestDefinition(file);
    expect(definition.sources).toEqual([
      path.resolve(path.dirname(file), '../articles'),
      'https://news.example/feed.xml',
    ]);
    expect(definition.timezone).toBe('UTC');
  });

  it('names the file and the field of a cron string that does not parse', () => {
    const file = writeDefinition({ name: 'x', title: 'X', sources: ['a'], schedule: '61 * * * *' });
    expect(() => parseDigestDefinition(file)).toThrow(
      new RegExp(
        `${file.replace(/[/\\.]/g, '\\$&')}: schedule: "61 \\* \\* \\* \\*" is not a valid cron schedule`,
      ),
    );
  });

  it('holds a definition to the same schedule rules as /subscribe', () => {
    const everyMinute = writeDefinition({
      name: 'x',
      title: 'X',
      sources: ['a'],
      schedule: '* * * * *',
    });
    expect(() => parseDigestDefinition(everyMinute)).toThrow(
      /schedule: That schedule runs too often/,
    );
  });

  it('refuses an unknown timezone, an unknown field and a missing title', () => {
    const file = writeDefinition({
      name: 'x',
      sources: ['a'],
      timezone: 'Mars/Olympus',
      colour: 'red',
    });
    expect(() => parseDigestDefinition(file)).toThrow(
      /title: .*timezone: is not a known IANA timezone/s,
    );
    expect(() => parseDigestDefinition(file)).toThrow(/colour/);
  });

  it('says which file is not JSON', () => {
    const file = writeDefinition('{ "name": ');
    expect(() => parseDigestDefinition(file)).toThrow(/bad\.json: not valid JSON/);
  });
});
