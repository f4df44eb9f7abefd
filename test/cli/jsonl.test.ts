import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonl, streamJsonl } from '../../adapters/cli/jsonl.js';

/** A stream that delivers `text` in chunks of `size` bytes, cutting through characters. */
function chunked(text: string, size: number): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks, { objectMode: false });
}

async function collect(output: PassThrough): Promise<unknown[]> {
  output.end();
  let text = '';
  for await (const chunk of output) text += String(chunk);
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

describe('jsonl streams', () => {
  const input =
    '{"id":"a","text":"Zoë Ångström — naïve café 😀"}\r\n\n   \n{"id":2,"text":"second"}\nnot json\n[1]\n{"id":"c","text":"no newline at the end"}';

  it('reads the same lines however the bytes are chunked, multi-byte characters included', async () => {
    const whole: unknown[] = [];
    for await (const line of readJsonl(chunked(input, 1 << 16))) whole.push(line);
    expect(whole).toEqual([
      { ok: true, id: 'a', value: { id: 'a', text: 'Zoë Ångström — naïve café 😀' } },
      { ok: true, id: '2', value: { id: 2, text: 'second' } },
      { ok: false, id: undefined, error: 'malformed JSON line' },
      { ok: false, id: undefined, error: 'each line must be a JSON object' },
      { ok: true, id: 'c', value: { id: 'c', text: 'no newline at the end' } },
    ]);
    for (const size of [1, 2, 3, 5, 7]) {
      const lines: unknown[] = [];
      for await (const line of readJsonl(chunked(input, size))) lines.push(line);
      expect(lines).toEqual(whole);
    }
  });

  it('answers every line in order, sync and async handlers alike, and an error never stops the stream', async () => {
    for (const size of [3, 1 << 16]) {
      const output = new PassThrough();
      let calls = 0;
      await streamJsonl(chunked(input, size), output, async (value) => {
        calls += 1;
        if (value['text'] === 'second') throw new Error('boom');
        await new Promise((resolve) => setImmediate(resolve));
        return { length: String(value['text']).length };
      });
      expect(calls).toBe(3);
      expect(await collect(output)).toEqual([
        { id: 'a', length: 'Zoë Ångström — naïve café 😀'.length },
        { id: '2', error: expect.any(String) as string },
        { id: null, error: 'malformed JSON line' },
        { id: null, error: 'each line must be a JSON object' },
        { id: 'c', length: 'no newline at the end'.length },
      ]);
    }
    const output = new PassThrough();
    await streamJsonl(chunked(input, 4), output, (value) =>
      value['id'] === 'a' ? undefined : { seen: true },
    );
    expect((await collect(output)).map((line) => (line as { id: unknown }).id)).toEqual([
      '2',
      null,
      null,
      'c',
    ]);
  });
});
