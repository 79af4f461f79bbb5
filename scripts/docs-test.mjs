#!/usr/bin/env node
// The docs test: every shell block of every README runs as written. Each ```sh block is preceded by a
// marker that says where it runs:
//   <!-- docs-test: repo -->             at the root of this clone, after `npm run build`
//   <!-- docs-test: project -->          in a new project next to the clone (`../ruta` is the clone, its
//                                        `tarballs/` written by `npm run pack`), as a partner would
//   <!-- docs-test: skip: <why> -->      not run, and the marker says why (e.g. it starts a server)
// A shell block without a marker fails the test, so a new block is never left unchecked. Blocks run with
// bash (`set -e -o pipefail`), standard input closed, the npm variables of `npm test` removed and this
// repository's node_modules/.bin off PATH, as in a user's terminal. The project blocks of every README
// share one project, in README order (root first), so each README starts from what the previous left.
//   node scripts/docs-test.mjs [--list] [README.md ...]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const listOnly = args.includes('--list');
const keep = args.includes('--keep');
const named = args.filter((arg) => !arg.startsWith('--')).map((file) => resolve(file));
const log = (message) => console.log(`docs-test: ${message}`);

/** The READMEs: the root one, then each package's, pack's, app's and the benchmark's, sorted. */
function readmes() {
  const found = [join(root, 'README.md')];
  for (const group of ['packages', 'scenarios', 'apps']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, 'README.md');
      if (existsSync(file)) found.push(file);
    }
  }
  if (existsSync(join(root, 'bench', 'README.md'))) found.push(join(root, 'bench', 'README.md'));
  return found;
}

const fence = /^```(sh|bash|shell|console)\s*$/;
const marker = /^<!--\s*docs-test:\s*(repo|project|skip)\s*(?::\s*(.*?))?\s*-->$/;

/** The shell blocks of a README: where each starts, its marker and its text. */
export function shellBlocks(text) {
  const lines = text.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    if (!fence.test(lines[i] ?? '')) {
      // Skip other fenced blocks whole, so a shell-looking line inside them is not taken for a fence.
      if (/^```/.test(lines[i] ?? '')) while (i + 1 < lines.length && !/^```\s*$/.test(lines[++i] ?? ''));
      continue;
    }
    let previous = i - 1;
    while (previous >= 0 && (lines[previous] ?? '').trim() === '') previous--;
    const found = marker.exec((lines[previous] ?? '').trim());
    const body = [];
    let end = i + 1;
    while (end < lines.length && !/^```\s*$/.test(lines[end] ?? '')) body.push(lines[end++]);
    blocks.push({
      line: i + 1,
      mode: found?.[1],
      reason: found?.[2],
      script: body.join('\n'),
    });
    i = end;
  }
  return blocks;
}

/** The environment of a user's terminal: no npm lifecycle variables, no workspace binaries on PATH. */
function userEnvironment() {
  const env = {};
  for (const [name, value] of Object.entries(process.env))
    if (!/^npm_|^INIT_CWD$|^NODE_OPTIONS$|^VITEST/.test(name)) env[name] = value;
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.endsWith(`node_modules${'/'}.bin`))
    .join(delimiter);
  env.npm_config_update_notifier = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_audit = 'false';
  env.npm_config_loglevel = 'error';
  // Third-party dependencies come from npm's cache when it has them (as the consumer test does).
  env.npm_config_prefer_offline = 'true';
  return env;
}

function runBlock(block, cwd, env) {
  const started = Date.now();
  const run = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', block.script], {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ...run, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function main() {
  const files = named.length > 0 ? named : readmes();
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    console.error(
      `docs-test: no such README: ${missing.map((file) => relative(process.cwd(), file)).join(', ')}`,
    );
    process.exit(2);
  }
  const all = files.map((file) => ({ file, blocks: shellBlocks(readFileSync(file, 'utf8')) }));
  let failures = 0;
  let passes = 0;
  let skipped = 0;
  for (const { file, blocks } of all)
    for (const block of blocks) {
      const where = `${relative(root, file)}:${block.line}`;
      if (block.mode === undefined) {
        failures++;
        console.error(
          `docs-test: FAIL ${where}: a shell block without a marker; put <!-- docs-test: repo -->, <!-- docs-test: project --> or <!-- docs-test: skip: <why> --> on the line before it`,
        );
      } else if (block.mode === 'skip' && !block.reason) {
        failures++;
        console.error(`docs-test: FAIL ${where}: <!-- docs-test: skip --> must say why (skip: <why>)`);
      }
      if (listOnly) log(`${where} ${block.mode ?? 'UNMARKED'}${block.reason ? ` (${block.reason})` : ''}`);
    }
  if (listOnly) process.exit(failures > 0 ? 1 : 0);

  const work = mkdtempSync(join(tmpdir(), 'ruta-docs-'));
  // The project is a folder next to the clone, and the clone is `../ruta` from it, as the READMEs say.
  symlinkSync(root, join(work, 'ruta'), 'dir');
  const project = join(work, 'partner-app');
  mkdirSync(project);
  const env = userEnvironment();
  try {
    // The root README packs every package (`npm run pack`) before its first project block; when it is not
    // among the READMEs tested, the tarballs are written here first.
    const needsTarballs = all.some(({ blocks }) => blocks.some((block) => block.mode === 'project'));
    if (needsTarballs && !files.includes(join(root, 'README.md'))) {
      execFileSync(process.execPath, [join(root, 'scripts', 'pack.mjs')], { cwd: root, stdio: 'pipe' });
      log('packed every package into tarballs/ (npm run pack)');
    }
    for (const { file, blocks } of all)
      for (const block of blocks) {
        const where = `${relative(root, file)}:${block.line}`;
        if (block.mode === undefined) continue;
        if (block.mode === 'skip') {
          if (block.reason) skipped++;
          continue;
        }
        const result = runBlock(block, block.mode === 'repo' ? root : project, env);
        if (result.status === 0) {
          passes++;
          log(`ok   ${where} (${block.mode}, ${result.seconds} s)`);
        } else {
          failures++;
          const why = result.error ? String(result.error.message) : `exit ${result.status ?? result.signal}`;
          console.error(`docs-test: FAIL ${where} (${block.mode}): ${why}\n${block.script}\n--- output ---`);
          console.error(`${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-40).join('\n'));
        }
      }
  } catch (error) {
    failures++;
    console.error(`docs-test: ${(error.stderr || error.message).toString().trim()}`);
  } finally {
    if (keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  console.log(`docs: ${passes} blocks ran, ${skipped} skipped with a reason, ${failures} failed`);
  if (failures > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
