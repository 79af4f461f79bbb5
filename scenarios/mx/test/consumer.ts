// A partner's program (a country's lab or trainer tool), type-checked and run against the installed tarball by
// scripts/consumer-test.mjs: load Mexico's pack, validate it, and play the forced-criminality case.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import mexico, { pack } from '@ruta/pack-mx';
import { type Pack, parsePack, parsePackJson, replay, startScenario } from '@ruta/scenario-engine';

const parsed = parsePack(mexico);
assert.ok(parsed.ok, parsed.ok ? '' : parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
const checked: Pack = parsed.value;
assert.equal(pack, mexico);
assert.equal(checked.country, 'MX');
assert.deepEqual(checked.languages, ['es', 'en']);
assert.ok(checked.scenarios.length >= 3);

// The CLI and the lab read the published pack.json: it validates from its text too.
const require = createRequire(import.meta.url);
const fromFile = parsePackJson(readFileSync(require.resolve('@ruta/pack-mx/pack.json'), 'utf8'));
assert.ok(fromFile.ok);

// A trainee as the adolescent-justice prosecutor, reading in English.
const play = startScenario(checked, 'adolescent-forced-criminality', { timers: false });
const first = play.choices('en');
assert.ok(first.some((choice) => choice.id === 'presume-adolescent'));
assert.ok(first.every((choice) => choice.text.length > 0));
play.stop();

// Processing the boy as an adult, as the police report says, ends harmed with a harmful choice recorded.
const asAdult = replay(checked, 'adolescent-forced-criminality', [
  { type: 'CHOOSE', choiceId: 'process-as-adult' },
]);
assert.equal(asAdult.ending?.outcome, 'harmed');
assert.deepEqual(asAdult.harmful, [{ node: 'police-report', choice: 'process-as-adult' }]);
assert.equal(asAdult.scores.overall, 0);
