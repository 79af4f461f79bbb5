import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The lab runs this package in the browser: no Node built-ins and no clock in the sources.
describe('sources', () => {
  const dir = new URL('../src/', import.meta.url);
  const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));

  it.each(files)('%s imports no Node built-in', (name) => {
    const source = readFileSync(new URL(name, dir), 'utf8');
    expect(source).not.toMatch(/from ['"](node:|fs|path|crypto)['"/]/);
    expect(source).not.toMatch(/require\(/);
  });

  it.each(files)('%s never reads the clock', (name) => {
    const source = readFileSync(new URL(name, dir), 'utf8');
    expect(source).not.toMatch(/Date\.now\(|new Date\(\)/);
  });
});
