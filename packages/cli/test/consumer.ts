// A partner's program against the installed @ruta/cli: scaffold a pack, validate and analyse it, play it,
// all through `run(argv, io)` with captured output (no process spawned). Run by scripts/consumer-test.mjs.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo, commandNames, run } from '@ruta/cli';

function capture(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: (text: string) => (err += text) },
      env: { LANG: 'en_US.UTF-8' },
    },
    out: () => out,
    err: () => err,
  };
}

assert.ok(commandNames.includes('validate') && commandNames.includes('verify'));

const dir = join(mkdtempSync(join(tmpdir(), 'ruta-cli-consumer-')), 'cr-pack');
const scaffolded = capture();
assert.equal(
  await run(['new-pack', dir, '--country', 'CR', '--lang', 'es,en'], scaffolded.io),
  0,
  scaffolded.err(),
);

const validated = capture();
assert.equal(await run(['validate', dir], validated.io), 0, validated.err());
assert.equal(validated.out(), 'pack cr-pack 0.1.0 is valid: 1 scenario, languages es, en\n');

const analysed = capture();
assert.equal(await run(['analyze', dir, '--json'], analysed.io), 0, analysed.err());
assert.equal(JSON.parse(analysed.out()).ok, true);

const played = capture();
const code = await run(
  ['play', dir, '--scenario', 'farm-inspection', '--choices', 'talk-in-private,refer-to-shelter', '--json'],
  played.io,
);
assert.equal(code, 0, played.err());
assert.equal(JSON.parse(played.out()).ending.outcome, 'protected');

const refused = capture();
assert.equal(
  await run(['play', dir, '--scenario', 'farm-inspection', '--choices', 'refer-to-shelter'], refused.io),
  1,
);
assert.match(refused.err(), /choice "refer-to-shelter" is not offered at node "arrival"/);

const usage = capture();
assert.equal(await run(['validate', '--strict'], usage.io), 2);
assert.equal(usage.err(), 'ruta: unknown option "--strict"; "ruta <command> --help" lists the options\n');

console.log('@ruta/cli consumer: ok');
