import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { asNewsdigestError } from '../../src/errors.js';

/** One input line of a `--jsonl` stream: either a parsed object or why it could not be read. */
export type JsonlLine =
  | { ok: true; value: Record<string, unknown>; id: string | undefined }
  | { ok: false; error: string; id: string | undefined };

/** Reads stdin-like input line by line; blank lines are skipped, malformed ones reported. */
export async function* readJsonl(input: Readable): AsyncGenerator<JsonlLine> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { ok: false, error: 'malformed JSON line', id: undefined };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { ok: false, error: 'each line must be a JSON object', id: undefined };
      continue;
    }
    const record = value as Record<string, unknown>;
    const id =
      typeof record['id'] === 'string' || typeof record['id'] === 'number'
        ? String(record['id'])
        : undefined;
    yield { ok: true, value: record, id };
  }
}

/** What one handled line adds after its id, or undefined when it writes no line of its own. */
export type LineResult = Record<string, unknown> | undefined;

/**
 * The loop every streaming command shares: each line goes to `handle` and its result is
 * written as `{"id", ...result}`; a malformed line or a thrown error becomes `{"id","error"}`
 * (the user-facing message) and the stream goes on.
 */
export async function streamJsonl(
  input: Readable,
  output: Writable,
  handle: (
    value: Record<string, unknown>,
    id: string | undefined,
  ) => LineResult | Promise<LineResult>,
): Promise<void> {
  for await (const line of readJsonl(input)) {
    let result: LineResult;
    if (!line.ok) {
      result = { error: line.error };
    } else {
      try {
        result = await handle(line.value, line.id);
      } catch (error) {
        result = { error: asNewsdigestError(error).userMessage };
      }
    }
    if (result !== undefined) await writeJsonl(output, { id: line.id ?? null, ...result });
  }
}

/** Writes one JSON object per line, waiting for the stream to drain when it is full. */
export async function writeJsonl(output: Writable, value: unknown): Promise<void> {
  if (!output.write(`${JSON.stringify(value)}\n`)) {
    await new Promise<void>((resolve) => output.once('drain', resolve));
  }
}
