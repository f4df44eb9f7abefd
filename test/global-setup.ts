import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Every test run gets its own temporary folder, removed when the run ends. Test workers and the
 * CLI processes the tests spawn inherit TMPDIR, so the SQLite files, seed folders and digest
 * definitions they write never pile up in the machine's /tmp, even when a test fails midway.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'newsdigest-test-run-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = root;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
