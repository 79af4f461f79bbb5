// A partner organisation's program, type-checked and run against the installed tarball by scripts/consumer-test.mjs.
import assert from 'node:assert/strict';
import { pack } from '@ruta/pack-regional';
import { parsePack, replay } from '@ruta/scenario-engine';

const parsed = parsePack(pack);
assert.ok(parsed.ok, 'the regional pack validates');
assert.equal(parsed.value.country, 'RCM');
assert.deepEqual(
  parsed.value.scenarios.map((scenario) => scenario.stage),
  ['identification', 'referral', 'shelter', 'prosecution'],
);

// A trainee who waves the couple through at the border loses Marisol: a harmful choice, a harmed ending.
const result = replay(parsed.value, 'identification-border-post', [
  { type: 'CHOOSE', choiceId: 'record-exit-and-release' },
]);
assert.equal(result.ending?.outcome, 'harmed');
assert.equal(result.scores.overall, 0);
