import { readFileSync } from 'node:fs';
import { type PlayEvent, type PlayResult, replay, replayPlay, type Scenario } from '@ruta/scenario-engine';
import { analyzePack } from '@ruta/scenario-engine/analysis';
import { arbitraryEvents, playAllPaths } from '@ruta/scenario-engine/testing';
import { validatePack, validatePackJson } from '@ruta/scenario-engine/validate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import defaultPack, { pack } from '../src/index';

const packFile = new URL('../pack.json', import.meta.url);
const outcomes = ['protected', 'partial', 'harmed'] as const;
const qualityRank = { harmful: 0, poor: 1, good: 2, best: 3 } as const;
type Quality = keyof typeof qualityRank;

function scenario(id: string): Scenario {
  const found = pack.scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario "${id}" in the pack`);
  return found;
}

function stepChoices(s: Scenario, nodeId: string) {
  const node = s.nodes[nodeId];
  if (!node || !('choices' in node)) throw new Error(`${s.id}: "${nodeId}" is not a step`);
  return node.choices;
}

/**
 * Plays one policy through the real play API: at each step the policy picks among the choices offered
 * (conditions evaluated by the engine); `note` adds NOTE events for the indicators present at each node.
 */
function playPolicy(
  scenarioId: string,
  pick: (offered: { id: string; quality: Quality }[]) => string,
  note: boolean,
): PlayResult {
  const s = scenario(scenarioId);
  const events: PlayEvent[] = [];
  const notebook = new Set<string>();
  for (let moves = 0; moves < 100; moves++) {
    const play = replayPlay(pack, scenarioId, events);
    const node = s.nodes[play.nodeId];
    if (note)
      for (const indicatorId of node?.present ?? [])
        if (!notebook.has(indicatorId)) {
          notebook.add(indicatorId);
          events.push({ type: 'NOTE', indicatorId });
        }
    if (play.done) {
      play.stop();
      return replay(pack, scenarioId, events);
    }
    const offered = play.choices().map((c) => {
      const choice = stepChoices(s, play.nodeId).find((d) => d.id === c.id);
      if (!choice) throw new Error(`${scenarioId}: offered choice "${c.id}" not in the pack`);
      return { id: c.id, quality: choice.assessment.quality };
    });
    play.stop();
    events.push({ type: 'CHOOSE', choiceId: pick(offered) });
  }
  throw new Error(`${scenarioId}: policy did not reach an ending in 100 moves`);
}

function alwaysBest(offered: { id: string; quality: Quality }[]): string {
  const best = offered.find((c) => c.quality === 'best');
  if (!best) throw new Error(`no "best" choice offered among ${offered.map((c) => c.id).join(', ')}`);
  return best.id;
}

function harmfulElseWorst(offered: { id: string; quality: Quality }[]): string {
  const worst = [...offered].sort((a, b) => qualityRank[a.quality] - qualityRank[b.quality])[0];
  if (!worst) throw new Error('no choice offered');
  return worst.id;
}

/** Every Text object in the pack, with its JSON path. */
function texts(value: unknown, path = 'pack'): { path: string; text: Record<string, string> }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  const isText =
    entries.length > 0 && entries.every(([k, v]) => ['es', 'en', 'fr'].includes(k) && typeof v === 'string');
  if (isText) return [{ path, text: value as Record<string, string> }];
  return entries.flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

const scenarioIds = pack.scenarios.map((s) => s.id);

describe('the El Salvador pack', () => {
  it('is valid (field rules and static checks), as the exported object and as the pack.json text', () => {
    const parsed = validatePack(pack);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    const fromText = validatePackJson(readFileSync(packFile, 'utf8'));
    expect(fromText.ok ? [] : fromText.issues).toEqual([]);
    expect(defaultPack).toBe(pack);
    expect(pack.country).toBe('SV');
    expect(pack.languages).toEqual(['es', 'en']);
  });

  it('has Spanish and English in every text, and the English is a translation, not a copy', () => {
    const all = texts(pack);
    expect(all.length).toBeGreaterThan(300);
    const incomplete = all.filter(({ text }) => pack.languages.some((lang) => !text[lang]?.trim()));
    expect(incomplete.map((t) => t.path)).toEqual([]);
    const copied = all.filter(({ text }) => text.es === text.en);
    expect(copied.map((t) => t.path)).toEqual([]);
  });

  it('cites the Palermo Protocol, the Salvadoran anti-trafficking law and the child-protection law by name', () => {
    const refs = new Map((pack.references ?? []).map((r) => [r.id, r]));
    expect(refs.get('protocolo-palermo')?.citation).toMatch(/A\/RES\/55\/25.*art\. 3/);
    expect(refs.get('ley-especial-trata')?.title.es).toBe('Ley Especial contra la Trata de Personas');
    expect(refs.get('ley-especial-trata')?.citation).toMatch(/Decreto Legislativo N\.º 824 \(2014\)/);
    expect(refs.get('ley-crecer-juntos')?.title.es).toMatch(/^Ley Crecer Juntos para la Protección Integral/);
  });

  it('uses every reference and every referral of its directory somewhere in play', () => {
    const choices = pack.scenarios.flatMap((s) =>
      Object.values(s.nodes).flatMap((n) => ('choices' in n ? n.choices : [])),
    );
    const citedRefs = new Set(choices.flatMap((c) => c.assessment.references ?? []));
    const usedReferrals = new Set(choices.flatMap((c) => (c.referral ? [c.referral] : [])));
    expect((pack.references ?? []).map((r) => r.id).filter((id) => !citedRefs.has(id))).toEqual([]);
    expect((pack.referrals ?? []).map((r) => r.id).filter((id) => !usedReferrals.has(id))).toEqual([]);
  });

  it('explains every choice: competencies weighed, and the principles and references behind it', () => {
    const unexplained = pack.scenarios.flatMap((s) =>
      Object.entries(s.nodes).flatMap(([nodeId, n]) =>
        ('choices' in n ? n.choices : [])
          .filter(
            (c) =>
              Object.keys(c.assessment.competencies ?? {}).length === 0 ||
              (c.assessment.principles ?? []).length === 0 ||
              (c.assessment.references ?? []).length === 0,
          )
          .map((c) => `${s.id}.${nodeId}.${c.id}`),
      ),
    );
    expect(unexplained).toEqual([]);
  });

  it('has at least one timeout, whose target is a step the story goes on from', () => {
    const timeouts = pack.scenarios.flatMap((s) =>
      Object.values(s.nodes).flatMap((n) => ('timeout' in n && n.timeout ? [{ s, to: n.timeout.to }] : [])),
    );
    expect(timeouts.length).toBeGreaterThan(0);
    for (const { s, to } of timeouts) expect(s.nodes[to]).toHaveProperty('choices');
  });

  it('passes the static analysis exactly: no unreachable node, dead end, soft-lock or trap', () => {
    const analysis = analyzePack(pack);
    expect(analysis.errors).toEqual([]);
    expect(analysis.ok).toBe(true);
    expect(analysis.exhaustive).toBe(true);
    for (const s of analysis.scenarios) {
      expect(s.metrics.unreachableEndings, s.scenario).toEqual([]);
      expect(s.metrics.bestScore?.overall, s.scenario).toBe(1);
      expect(s.metrics.worstScore?.overall, s.scenario).toBe(0);
    }
  });
});

describe.each(scenarioIds)('scenario %s', (scenarioId) => {
  const s = scenario(scenarioId);

  it('has at least 15 nodes and three endings, each outcome reachable in play', () => {
    expect(Object.keys(s.nodes).length).toBeGreaterThanOrEqual(15);
    const endings = Object.values(s.nodes).filter((n) => 'ending' in n);
    expect(endings.length).toBeGreaterThanOrEqual(3);
    const metrics = analyzePack({ ...pack, scenarios: [s] }).scenarios[0]?.metrics;
    const reachable = new Set(metrics?.reachableEndings.map((e) => e.outcome));
    for (const outcome of outcomes) expect(reachable, outcome).toContain(outcome);
  });

  it('plays every path (every choice and every timeout) to an ending, noting nothing or everything present', () => {
    // Bounded: the analysis above explores every state exactly; this plays real paths through the lab's API.
    for (const notes of ['none', 'present'] as const) {
      const all = playAllPaths(pack, scenarioId, { maxPaths: notes === 'none' ? 800 : 300, notes });
      expect(all.stuck).toEqual([]);
      expect(all.cutOff).toEqual([]);
      expect(all.results.length).toBeGreaterThan(100);
      for (const result of all.results) {
        expect(result.complete).toBe(true);
        expect(outcomes).toContain(result.ending?.outcome);
        expect(result.scores.overall).not.toBeNull();
      }
    }
  });

  it('never leaves a random walk (choices, timeouts, notes) without a way on', () => {
    fc.assert(
      fc.property(arbitraryEvents(pack, scenarioId, { maxLength: 40 }), (events) => {
        const play = replayPlay(pack, scenarioId, events);
        const node = play.node;
        const canMove =
          play.done || play.choices().length > 0 || ('timeout' in node && node.timeout !== undefined);
        const overall = play.result().scores.overall;
        play.stop();
        expect(canMove).toBe(true);
        if (overall !== null) expect(overall).toBeGreaterThanOrEqual(0);
        if (overall !== null) expect(overall).toBeLessThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });

  it('rewards the best choice at every step: overall ≥ 0.9, a protected ending and referrals made', () => {
    for (const note of [true, false]) {
      const result = playPolicy(scenarioId, alwaysBest, note);
      expect(result.ending?.outcome).toBe('protected');
      expect(result.scores.overall).toBeGreaterThanOrEqual(0.9);
      expect(result.harmful).toEqual([]);
      expect(result.referrals.length).toBeGreaterThan(0);
      if (note) {
        expect(result.scores.identification.missed).toEqual([]);
        expect(result.scores.identification.score).toBe(1);
      }
    }
  });

  it('punishes only-harmful choices: overall ≤ 0.2 and a harmed ending', () => {
    const result = playPolicy(scenarioId, harmfulElseWorst, false);
    expect(result.scores.overall).toBeLessThanOrEqual(0.2);
    expect(result.ending?.outcome).toBe('harmed');
    expect(result.harmful.length).toBeGreaterThan(0);
  });

  it('lets earlier decisions change later options (conditions on variables, notes or visits)', () => {
    const conditioned = Object.values(s.nodes).flatMap((n) =>
      'choices' in n ? n.choices.filter((c) => c.when !== undefined) : [],
    );
    expect(conditioned.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(s.variables ?? {}).length).toBeGreaterThanOrEqual(3);
  });
});

describe('faithfulness to the brief of each case', () => {
  it('the child case needs no means: a 15-year-old, act and purpose, demand side and digital evidence', () => {
    const s = scenario('oferta-de-modelaje');
    expect(s.roles).toEqual(['police-investigator', 'child-protection-officer', 'prosecutor']);
    expect(s.modules).toEqual(['M1', 'M2', 'M6']);
    expect(s.characters?.find((c) => c.role === 'victim')?.age).toBe(15);
    expect(s.nodes[s.start]?.present).toContain('child-under-18');
    for (const c of ['child-protection', 'apply-trafficking-definition', 'evidence-beyond-testimony'])
      expect(s.competencies).toContain(c);
    // Closing the case as "voluntary" is harmful: a child's consent is irrelevant.
    const consent = stepChoices(s, 'consentimiento');
    expect(consent.find((c) => c.id === 'archivar-como-voluntario')?.assessment.quality).toBe('harmful');
  });

  it('the labour case is debt bondage with retained documents, seen by a labour inspector', () => {
    const s = scenario('deuda-en-la-obra');
    expect(s.roles).toEqual(['labour-inspector', 'social-worker']);
    expect(s.modules).toEqual(['M1', 'M5', 'M7']);
    const present = new Set(Object.values(s.nodes).flatMap((n) => n.present ?? []));
    for (const i of ['ilo-debt-bondage', 'ilo-retention-of-documents', 'ilo-withholding-of-wages'])
      expect(present).toContain(i);
    const best = playPolicy('deuda-en-la-obra', alwaysBest, false);
    expect(best.referrals).toEqual(expect.arrayContaining(['fgr', 'pnc', 'pgr', 'mtps']));
  });

  it('the domestic-servitude case treats a girl of doubtful age as a child', () => {
    const s = scenario('servidumbre-en-casa');
    expect(s.roles).toEqual(['health-worker', 'ngo-caseworker']);
    expect(s.modules).toEqual(['M3', 'M4', 'M9']);
    const age = stepChoices(s, 'edad-en-duda');
    expect(age.find((c) => c.id === 'presumir-que-es-nina')?.assessment.quality).toBe('best');
    expect(age.find((c) => c.id === 'registrarla-como-adulta')?.assessment.quality).toBe('harmful');
    const best = playPolicy('servidumbre-en-casa', alwaysBest, false);
    expect(best.referrals).toContain('conapina');
  });

  it('a timeout while the employer insists means the girl leaves with her', () => {
    const result = replay(pack, 'servidumbre-en-casa', [
      { type: 'CHOOSE', choiceId: 'atender-a-solas' },
      { type: 'CHOOSE', choiceId: 'escucha-informada-en-trauma' },
      { type: 'CHOOSE', choiceId: 'presumir-que-es-nina' },
      { type: 'TIMEOUT' },
      { type: 'CHOOSE', choiceId: 'reportar-con-el-expediente' },
    ]);
    expect(result.path.map((p) => p.node)).toContain('sale-con-patrona');
    expect(result.ending?.outcome).toBe('partial');
  });
});
