import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as verifyModule from '../src/verify';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Every module `entry` imports, transitively (relative imports resolved to src files), and the packages it names. */
function moduleGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const pending = [join(src, entry)];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.includes(file)) continue;
    files.push(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
      const specifier = match[1] as string;
      if (specifier.startsWith('.')) pending.push(join(dirname(file), `${specifier}.ts`));
      else packages.add(specifier);
    }
  }
  return { files: files.map((file) => relative(src, file)).sort(), packages };
}

describe('@ruta/certification/verify', () => {
  const graph = moduleGraph('verify.ts');

  it('does not reach the signing code, the evaluation or the credential builder', () => {
    expect(graph.files).toEqual(['open-badge.ts', 'revocation.ts', 'trusted-keys.ts', 'verify.ts']);
    for (const file of graph.files) {
      const text = readFileSync(join(src, file), 'utf8');
      expect(text, file).not.toMatch(/\b(SignJWT|CompactSign|FlattenedSign|GeneralSign|generateKeyPair)\b/);
    }
  });

  it('imports no Node built-in (browser-safe)', () => {
    expect([...graph.packages].sort()).toEqual(['@ruta/curriculum', 'jose', 'zod']);
  });

  it('the graph walker sees the signing module from the main entry (the check can fail)', () => {
    expect(moduleGraph('index.ts').files).toContain('signing.ts');
  });

  it('exports verification only', () => {
    const names = Object.keys(verifyModule);
    expect(names).toContain('verifyCredential');
    expect(names).toContain('verifyRevocationList');
    expect(names.filter((name) => /^sign[A-Z]|generate|issue|export.*Jwk/.test(name))).toEqual([]);
  });
});
