import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', 'dist');

describe.runIf(existsSync(join(dist, 'index.html')))('the built lab (dist/)', () => {
  const files = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const code = files.map((f) => readFileSync(join(dist, 'assets', f), 'utf8')).join('\n');

  it('holds no signing code and no private key', () => {
    // @ruta/certification's signing (jose) and key export never reach the browser.
    for (const marker of [
      'signCredential',
      'generateIssuerKeys',
      'exportPrivateJwk',
      'importPKCS8',
      'SignJWT',
      'BEGIN PRIVATE KEY',
      'CompactSign',
    ])
      expect(code, marker).not.toContain(marker);
    expect(code).not.toMatch(/"d"\s*:\s*"[A-Za-z0-9_-]{20,}"/);
  });

  it('renders no text as HTML', () => {
    const own = readdirSync(join(import.meta.dirname, '..', 'src'), { recursive: true })
      .map(String)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(join(import.meta.dirname, '..', 'src', f), 'utf8'))
      .join('\n');
    expect(own).not.toContain('dangerouslySetInnerHTML');
    expect(own).not.toMatch(/\.innerHTML\s*=/);
  });

  it('has a chunk per scenario and language of each pack, none of them in the entry', () => {
    const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      { isDynamicEntry?: boolean }
    >;
    const scenarios = Object.entries(manifest).filter(([k]) => k.includes('/scenario/'));
    // regional: 4 scenarios × es, en, fr; sv and mx: 3 scenarios × es, en.
    expect(scenarios.length).toBe(24);
    for (const [, chunk] of scenarios) expect(chunk.isDynamicEntry).toBe(true);
  });
});
