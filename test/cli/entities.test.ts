import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot, runCli } from './run-cli.js';

const cliPath = path.join(repoRoot, 'dist/adapters/cli/main.js');

const seedFile = 'seeds/000_e0db0117a95bea2e.txt';

interface JsonEntity {
  name: string;
  type: string;
  aliases: string[];
  salience: number;
  mentions: { start: number; end: number }[];
}

describe('newsdigest entities', () => {
  it('ranks Jeff Sessions and Donald Trump as the two most salient people, each once', async () => {
    const result = await runCli(['entities', seedFile, '--json']);
    expect(result.code).toBe(0);
    const entities = JSON.parse(result.stdout) as JsonEntity[];
    const people = entities.filter((entity) => entity.type === 'person');
    expect(
      people
        .slice(0, 2)
        .map((person) => person.name)
        .sort(),
    ).toEqual(['Donald Trump', 'Jeff Sessions']);
    expect(people.find((p) => p.name === 'Jeff Sessions')!.aliases).toContain('Sessions');
    expect(people.find((p) => p.name === 'Donald Trump')!.aliases).toContain('Trump');
    const names = entities.map((entity) => entity.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('General Jeff');
    for (const name of names) expect(name).not.toMatch(/[\p{P}]$/u);
  });

  it('prints a readable list by default', async () => {
    const result = await runCli(['entities', seedFile, '--limit', '3']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
    expect(result.stdout).toMatch(/person\s+Jeff Sessions/);
  });

  it('streams --jsonl with exact UTF-16 offsets and an error for a bad line', async () => {
    const text = 'Zoë Kravitz met Angela Merkel in Berlin. Merkel smiled.';
    const input = [JSON.stringify({ id: 1, text }), '[1,2]', JSON.stringify({ id: 'x' })].join(
      '\n',
    );
    const result = await runCli(['entities', '--jsonl'], { input });
    const [first, second, third] = result.stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { id: string | null; entities?: JsonEntity[]; error?: string },
      );
    expect(first!.id).toBe('1');
    for (const found of first!.entities!) {
      for (const mention of found.mentions) {
        const surface = text.slice(mention.start, mention.end);
        expect([found.name, ...found.aliases]).toContain(surface);
      }
    }
    expect(first!.entities!.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Angela Merkel', 'Berlin']),
    );
    expect(second!.error).toBeTruthy();
    expect(third).toMatchObject({ id: 'x' });
    expect(third!.error).toBeTruthy();
  });

  it('stops quietly when its reader closes the pipe early, as "| head" does', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: String(i), text: `Mayor Ann Holt${i} met Acme Corp in Paris.` }),
    );
    const child = spawn(process.execPath, [cliPath, 'entities', '--jsonl'], {
      cwd: repoRoot,
      env: { PATH: process.env['PATH'] ?? '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // The first output is all a "head -1" reads before it goes away.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => undefined);
    child.stdin.end(lines.join('\n'));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
