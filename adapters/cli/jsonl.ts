import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { asNewsdigestError } from '../../src/errors.js';

/** One input line of a `--jsonl` stream: either a parsed object or why it could not be read. */
export type JsonlLine =
  | { ok: true; value: Record<string, unknown>; id: string | undefined }
  | { ok: false; error: string; id: string | undefined };

const NEWLINE = 0x0a;

/**
 * The complete UTF-8 lines of a byte stream, as many as each chunk holds (a line may span
 * chunks). Splitting on the newline byte is safe in UTF-8, and batching lets callers handle a
 * chunk's lines without an await per line: readline cost the summarize stream a tenth of its time.
 * A trailing "\r" stays on its line; callers trim.
 */
async function* lineBatches(input: Readable): AsyncGenerator<string[]> {
  let partial: Buffer[] = [];
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const lines: string[] = [];
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      if (partial.length > 0) {
        partial.push(bytes.subarray(start, end));
        lines.push(Buffer.concat(partial).toString('utf8'));
        partial = [];
      } else {
        lines.push(bytes.toString('utf8', start, end));
      }
      start = end + 1;
    }
    if (start < bytes.length) partial.push(bytes.subarray(start));
    if (lines.length > 0) yield lines;
  }
  if (partial.length > 0) yield [Buffer.concat(partial).toString('utf8')];
}

/** A raw line parsed, or undefined for a blank line (skipped). */
function parseLine(raw: string): JsonlLine | undefined {
  const line = raw.trim();
  if (line === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, error: 'malformed JSON line', id: undefined };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'each line must be a JSON object', id: undefined };
  }
  const record = value as Record<string, unknown>;
  const id =
    typeof record['id'] === 'string' || typeof record['id'] === 'number'
      ? String(record['id'])
      : undefined;
  return { ok: true, value: record, id };
}

/** Reads stdin-like input line by line; blank lines are skipped, malformed ones reported. */
export async function* readJsonl(input: Readable): AsyncGenerator<JsonlLine> {
  for await (const batch of lineBatches(input)) {
    for (const raw of batch) {
      const line = parseLine(raw);
      if (line !== undefined) yield line;
    }
  }
}

/** What one handled line adds after its id, or undefined when it writes no line of its own. */
export type LineResult = Record<string, unknown> | undefined;

/**
 * The loop every streaming command shares: each line goes to `handle` and its result is
 * written as `{"id", ...result}`; a malformed line or a thrown error becomes `{"id","error"}`
 * (the user-facing message) and the stream goes on. Output is written once per input chunk,
 * and a synchronous handler is called without an await in between.
 */
export async function streamJsonl(
  input: Readable,
  output: Writable,
  handle: (
    value: Record<string, unknown>,
    id: string | undefined,
  ) => LineResult | Promise<LineResult>,
): Promise<void> {
  for await (const batch of lineBatches(input)) {
    let out = '';
    for (const raw of batch) {
      const line = parseLine(raw);
      if (line === undefined) continue;
      let result: LineResult;
      if (!line.ok) {
        result = { error: line.error };
      } else {
        try {
          const handled = handle(line.value, line.id);
          result = handled instanceof Promise ? await handled : handled;
        } catch (error) {
          result = { error: asNewsdigestError(error).userMessage };
        }
      }
      if (result !== undefined) out += `${JSON.stringify({ id: line.id ?? null, ...result })}\n`;
    }
    await writeText(output, out);
  }
}

/** Writes one JSON object per line, waiting for the stream to drain when it is full. */
export async function writeJsonl(output: Writable, value: unknown): Promise<void> {
  await writeText(output, `${JSON.stringify(value)}\n`);
}

async function writeText(output: Writable, text: string): Promise<void> {
  if (text !== '' && !output.write(text)) await once(output, 'drain');
}
