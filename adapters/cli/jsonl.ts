import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

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

/** Writes one JSON object per line, waiting for the stream to drain when it is full. */
export async function writeJsonl(output: Writable, value: unknown): Promise<void> {
  if (!output.write(`${JSON.stringify(value)}\n`)) {
    await new Promise<void>((resolve) => output.once('drain', resolve));
  }
}
