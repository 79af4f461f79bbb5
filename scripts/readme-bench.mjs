#!/usr/bin/env node
// Copies the latest benchmark tables (bench/results.md) into the root README's "Performance" section.
import { readFileSync, writeFileSync } from 'node:fs';

const readme = new URL('../README.md', import.meta.url);
const tables = readFileSync(new URL('../bench/results.md', import.meta.url), 'utf8').trim();
const text = readFileSync(readme, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) {
  console.error('README.md has no <!-- bench:start --> … <!-- bench:end --> markers');
  process.exit(1);
}
writeFileSync(readme, `${text.slice(0, from + start.length)}\n${tables}\n${text.slice(to)}`);
console.log('README.md: Performance tables updated from bench/results.md');
