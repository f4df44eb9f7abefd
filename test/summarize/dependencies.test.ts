import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm;

/** Every module the summarizer loads, as repository paths and package names. */
function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith('src/')) continue;
    const source = readFileSync(path.join(root, file), 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] as string;
      if (/^import\s+type\b|^export\s+type\b/.test(match[0].trim())) continue;
      queue.push(
        specifier.startsWith('.')
          ? path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts')
          : specifier,
      );
    }
  }
  return seen;
}

describe('the summarizer’s dependencies', () => {
  it('loads neither compromise nor the entity extractor, only its own text code and no package', () => {
    const graph = [...moduleGraph('src/summarize/index.ts')];
    expect(graph.length).toBeGreaterThan(5);
    expect(graph.filter((module) => !module.startsWith('src/'))).toEqual([]);
    expect(graph.filter((module) => module.startsWith('src/entities/'))).toEqual([]);
  });
});
