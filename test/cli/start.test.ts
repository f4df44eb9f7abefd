import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('npm start without platform tokens', () => {
  it('stores the seeds in SQLite and prints every defined digest, once stored always stored', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'newsdigest-start-')), 'sub/dir/news.db');
    const first = await runCli(['start'], { env: { NEWSDIGEST_DB: db } });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(existsSync(db)).toBe(true);
    expect(first.stdout).toMatch(/morning-briefing: 9 new, 0 already stored/);
    expect(first.stdout).toContain('Morning briefing — ');
    expect(first.stdout).toContain('Jeff Sessions');

    const second = await runCli(['start', '--db', db]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/morning-briefing: 0 new, 9 already stored/);
  });

  it('stops with one line naming a bad setting', async () => {
    const result = await runCli(['start'], { env: { NEWSDIGEST_ALLOW_LOOPBACK: 'perhaps' } });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toMatch(
      /^newsdigest: Invalid configuration: NEWSDIGEST_ALLOW_LOOPBACK/,
    );
  });
});
