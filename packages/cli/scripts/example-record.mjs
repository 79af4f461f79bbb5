#!/usr/bin/env node
// Writes examples/ana-perez.record.json, the trainee record of the program office's walk-through: a
// migration officer who attended 96 of the 100 hours (every module) and played each scenario of the shipped
// regional pack along its best path, so `ruta certify --scheme regional` issues her certificate of
// completion. Run it (after `npm run build`) when the regional pack's scenarios change:
//   node packages/cli/scripts/example-record.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { moduleIds } = require('@ruta/curriculum');
const { parsePack, replay } = require('@ruta/scenario-engine');
const { analyzePack } = require('@ruta/scenario-engine/analysis');
const { evaluate, parseRecord, regionalScheme } = require('@ruta/certification');

const asOf = '2026-07-01';
const parsed = parsePack(JSON.parse(readFileSync(require.resolve('@ruta/pack-regional/pack.json'), 'utf8')));
if (!parsed.ok)
  throw new Error(
    'the regional pack does not validate: run `npx --no-install ruta validate scenarios/regional`',
  );
const pack = parsed.value;

const scenarioResults = analyzePack(pack).scenarios.map((analysis, i) => {
  const events = (analysis.metrics.bestScore?.path ?? []).flatMap((step) =>
    step.choice !== undefined
      ? [{ type: 'CHOOSE', choiceId: step.choice }]
      : step.timeout
        ? [{ type: 'TIMEOUT' }]
        : [],
  );
  const result = replay(pack, analysis.scenario, events);
  return {
    packId: pack.id,
    packVersion: pack.version,
    scenarioId: analysis.scenario,
    events,
    completedAt: `2026-06-${String(11 + i).padStart(2, '0')}T15:00:00Z`,
    claimed: { overall: result.scores.overall, outcome: result.ending?.outcome ?? null },
  };
});

const record = {
  person: { id: 'ana-perez', name: 'Ana Pérez', role: 'migration-officer', country: 'GT' },
  cohort: { id: 'rcm-2026-gt-1', modules: [...moduleIds], plannedHours: 100 },
  attendance: moduleIds.map((module, i) => ({
    sessionId: `session-${i + 1}`,
    date: `2026-05-${String(i + 4).padStart(2, '0')}`,
    modules: [module],
    hours: i < 6 ? 12 : 8,
  })),
  scenarioResults,
  replications: [],
  priorCertificates: [],
};

if (!parseRecord(record).ok) throw new Error('the example record does not parse');
const completion = evaluate(regionalScheme, record, { packs: [pack], asOf }).kinds.completion;
const unmet = completion?.criteria.filter((criterion) => !criterion.met) ?? [];
if (unmet.length > 0)
  throw new Error(
    `the example record does not earn completion: ${unmet.map((c) => c.missing?.en ?? c.id).join(' ')}`,
  );

const file = fileURLToPath(new URL('../examples/ana-perez.record.json', import.meta.url));
writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
console.log(`wrote ${file}: ${scenarioResults.length} scenario results, completion earned as of ${asOf}`);
