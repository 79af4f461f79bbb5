// A partner's program against the published pack, type-checked and run by scripts/consumer-test.mjs.
import assert from 'node:assert/strict';
import { pack } from '@ruta/pack-sv';
import { parsePack } from '@ruta/scenario-engine';

const parsed = parsePack(pack);
assert.ok(parsed.ok, parsed.ok ? '' : parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
assert.equal(parsed.value.country, 'SV');
assert.deepEqual(parsed.value.languages, ['es', 'en']);
assert.ok(
  parsed.value.scenarios.some(
    (s) => s.roles.includes('labour-inspector') || s.roles.includes('police-investigator'),
  ),
);
