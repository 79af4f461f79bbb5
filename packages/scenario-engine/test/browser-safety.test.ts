import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('browser safety', () => {
  it('imports no node: module and only zod, xstate, fast-check and @ruta packages', () => {
    const allowed = /^(zod|xstate|fast-check|@ruta\/curriculum|@ruta\/competencies|\.{1,2}\/.*)$/;
    for (const file of sources(src)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        expect(match[1], `${file} imports ${match[1]}`).toMatch(allowed);
      }
    }
  });

  it('keeps fast-check out of everything but the testing helpers', () => {
    for (const file of sources(src)) {
      if (/[\\/]testing(\.ts|[\\/])/.test(file)) continue;
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"]fast-check['"]/);
    }
  });
});
