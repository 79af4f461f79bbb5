// The coverage promise of the three packs shipped with Ruta (regional, El Salvador, Mexico), checked together so
// it cannot silently shrink: every stage, every trainee role, every module M1–M9, the main forms of exploitation,
// at least three child victims and a timeout in every pack.
import { moduleIds, roleIds } from '@ruta/curriculum';
import mx from '@ruta/pack-mx';
import sv from '@ruta/pack-sv';
import { builtinIndicators, type Pack, parsePack, stages } from '@ruta/scenario-engine';
import { describe, expect, it } from 'vitest';
import regional from '../src/index';

const packs: Pack[] = [regional, sv, mx].map((candidate) => {
  const parsed = parsePack(candidate);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed.value;
});
const scenarios = packs.flatMap((pack) => pack.scenarios.map((scenario) => ({ pack, scenario })));

/** The UNODC indicator group that shows each main form of exploitation when a scenario marks it present. */
const forms = {
  sexual: 'sexual-exploitation',
  labour: 'labour-exploitation',
  'domestic-servitude': 'domestic-servitude',
  'forced-criminality-or-begging': 'begging-and-petty-crime',
} as const;

function groupsShown(): Set<string> {
  const groups = new Set<string>();
  for (const { pack, scenario } of scenarios) {
    const groupOf = new Map<string, string | undefined>([
      ...builtinIndicators.map((i) => [i.id, i.group] as const),
      ...(pack.indicators ?? []).map((i) => [i.id, i.group] as const),
    ]);
    for (const node of Object.values(scenario.nodes)) {
      for (const id of node.present ?? []) {
        const group = groupOf.get(id);
        if (group) groups.add(group);
      }
    }
  }
  return groups;
}

describe('the shipped packs together', () => {
  it('are the regional, El Salvador and Mexico packs', () => {
    expect(packs.map((p) => p.country)).toEqual(['RCM', 'SV', 'MX']);
  });

  it('cover every stage', () => {
    const covered = new Set(scenarios.map(({ scenario }) => scenario.stage));
    expect(stages.filter((s) => !covered.has(s))).toEqual([]);
  });

  it('cover every one of the 11 trainee roles', () => {
    const covered = new Set(scenarios.flatMap(({ scenario }) => scenario.roles));
    expect(roleIds.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('cover every curriculum module M1–M9', () => {
    const covered = new Set(scenarios.flatMap(({ scenario }) => scenario.modules));
    expect(moduleIds.filter((m) => !covered.has(m))).toEqual([]);
  });

  it('show the main forms of exploitation through the indicators their nodes mark present', () => {
    const shown = groupsShown();
    const missing = Object.entries(forms)
      .filter(([, group]) => !shown.has(group))
      .map(([form]) => form);
    expect(missing).toEqual([]);
  });

  it('have at least three child victims', () => {
    const children = scenarios.flatMap(({ scenario }) =>
      (scenario.characters ?? []).filter((c) => c.role === 'victim' && c.age !== undefined && c.age < 18),
    );
    expect(children.length).toBeGreaterThanOrEqual(3);
    // ...and their scenarios mark the age indicator somewhere.
    const withChildIndicator = scenarios.filter(({ scenario }) =>
      Object.values(scenario.nodes).some((n) => n.present?.includes('child-under-18')),
    );
    expect(withChildIndicator.length).toBeGreaterThanOrEqual(3);
  });

  it('have at least one timeout node in every pack', () => {
    for (const pack of packs) {
      const timeouts = pack.scenarios.flatMap((s) =>
        Object.values(s.nodes).filter((n) => 'timeout' in n && n.timeout),
      );
      expect(timeouts.length, pack.id).toBeGreaterThan(0);
    }
  });

  it('have at least 15 nodes and three endings in every scenario', () => {
    for (const { pack, scenario } of scenarios) {
      const nodes = Object.values(scenario.nodes);
      expect(nodes.length, `${pack.id}/${scenario.id}`).toBeGreaterThanOrEqual(15);
      expect(nodes.filter((n) => 'ending' in n).length, `${pack.id}/${scenario.id}`).toBeGreaterThanOrEqual(
        3,
      );
    }
  });
});
