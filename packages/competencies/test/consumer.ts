// A partner academy's program, type-checked and run against the installed tarball by scripts/consumer-test.mjs.
import assert from 'node:assert/strict';
import {
  assess,
  type Evidence,
  gap,
  parseFramework,
  principle,
  regionalFramework,
  toCase,
} from '@ruta/competencies';

// 1. Load the regional framework the way a partner loads a JSON copy of it, and validate it.
const loaded = parseFramework(JSON.parse(JSON.stringify(regionalFramework)));
assert.ok(loaded.ok, 'the shipped framework validates');
const framework = loaded.value;

// 2. A migration officer's evidence from the lab and a facilitator, assessed as of a fixed date.
const evidence: Evidence[] = [
  {
    competency: 'recognise-indicators',
    score: 0.9,
    source: 'scenario-result',
    date: '2026-05-10',
    reference: 'rcm-core/bus-terminal',
  },
  { competency: 'recognise-indicators', score: 0.75, source: 'facilitator-observation', date: '2026-05-12' },
  { competency: 'distinguish-smuggling', score: 0.95, source: 'scenario-result', date: '2026-05-10' },
];
const levels = assess(evidence, { asOf: '2026-06-01', framework });
assert.equal(levels['recognise-indicators'], 2); // two sources, recency-weighted mean ≈ 0.83 → practitioner
assert.equal(levels['distinguish-smuggling'], 1); // one source only: capped at awareness

// 3. What the officer still lacks for the role, most important first.
const gaps = gap('migration-officer', levels, { framework });
assert.equal(gaps[0]?.importance, 'essential');
assert.ok(gaps.some((g) => g.competency === 'distinguish-smuggling' && g.required === 2 && g.current === 1));
assert.ok(!gaps.some((g) => g.competency === 'recognise-indicators'));
assert.ok(gaps.every((g) => g.modules.length > 0));

// 4. Export to CASE 1.1 for another academy's catalogue: stable, byte-identical output.
const pkg = toCase(framework, { baseUri: 'https://academy.example.org/case', language: 'en' });
assert.equal(pkg.CFDocument.caseVersion, '1.1');
assert.equal(
  JSON.stringify(pkg),
  JSON.stringify(toCase(framework, { baseUri: 'https://academy.example.org/case', language: 'en' })),
);
assert.ok(pkg.CFItems.every((item) => item.uri.startsWith('https://academy.example.org/case/CFItems/')));

// 5. The principle a debrief cites, in the trainee's language.
assert.equal(principle('non-punishment').title.fr, 'Non-sanction');
