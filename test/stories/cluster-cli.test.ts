import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const lines = [
  JSON.stringify({
    id: 'a',
    title: 'Supreme Court sides with police officers in two qualified immunity cases',
    text: 'In two unsigned opinions Monday, the Supreme Court ruled in favor of police officers seeking qualified immunity.',
  }),
  'this is not json',
  JSON.stringify({
    id: 'b',
    title: 'Supreme Court sides with police seeking qualified immunity',
    text: 'The Supreme Court on Monday ruled police officers were entitled to qualified immunity in two cases.',
  }),
  JSON.stringify({ id: 'c', title: 'Italy requires workers to show a Covid green pass' }),
  JSON.stringify({ id: 'd' }),
  JSON.stringify({
    id: 7,
    title: 'Italy mandates green pass for all workers, prompting protests',
    text: 'Italy on Friday began requiring all workers to show a Covid green pass.',
  }),
];

describe('newsdigest cluster --jsonl (built CLI)', () => {
  it('answers every line in input order, errors in place, and groups same-event articles', async () => {
    const result = await runCli(['cluster', '--jsonl'], { input: `${lines.join('\n')}\n` });
    expect(result.code).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string | null; story?: string; error?: string });
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd', '7']);
    expect(out[1]?.error).toMatch(/JSON/);
    expect(out[4]?.error).toMatch(/title/);
    expect(out[0]?.story).toBe(out[2]?.story);
    expect(out[3]?.story).toBe(out[5]?.story);
    expect(out[0]?.story).not.toBe(out[3]?.story);
  });

  it('refuses to run without --jsonl, with a one-line error', async () => {
    const result = await runCli(['cluster']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/--jsonl/);
  });
});
