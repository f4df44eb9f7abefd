import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh folder per test file for real SQLite files; removed by the returned cleanup. */
export function tempDbPath(name = 'store.db'): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-store-'));
  return {
    file: path.join(dir, 'nested', name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
