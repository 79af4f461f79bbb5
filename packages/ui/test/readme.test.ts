import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

test("the README's embedding example is the one the consumer test type-checks and renders", () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  const consumer = readFileSync(join(__dirname, 'consumer.tsx'), 'utf8');
  const example = readme.split('```tsx\n')[1]?.split('```')[0] ?? '';
  const component = example.slice(example.indexOf('export function Training()'));
  expect(component.length).toBeGreaterThan(200);
  expect(consumer).toContain(component);
  // Every module the example imports from, the consumer program imports too.
  const from = (source: string) => [...source.matchAll(/ from '([^']+)';/g)].map((m) => m[1]);
  expect(from(consumer)).toEqual(expect.arrayContaining(from(example)));
});
