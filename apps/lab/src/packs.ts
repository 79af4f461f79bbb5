import * as virtualPacks from 'virtual:ruta-packs';
import type { Language, ModuleId, Role, Text } from '@ruta/curriculum';
import type { Journey, Pack, Scenario, Stage } from '@ruta/scenario-engine';

/** What the home and the library know of a scenario without loading it. */
export interface ScenarioEntry {
  id: string;
  title: Text;
  summary: Text;
  stage: Stage;
  roles: Role[];
  modules: ModuleId[];
  competencies: string[];
  environment: string;
}

/** A pack built into the lab (validated at build time), without its scenarios. */
export interface PackEntry {
  package: string;
  id: string;
  version: string;
  country: string;
  languages: Language[];
  title: Text;
  description: Text;
  scenarios: ScenarioEntry[];
  journeys: Journey[];
}

export interface PackLoaders {
  shell: () => Promise<{ default: Omit<Pack, 'scenarios'> }>;
  scenarios: Record<string, () => Promise<{ default: Scenario }>>;
}

const catalogue = virtualPacks.catalogue as PackEntry[];
const loaders = virtualPacks.loaders as Record<string, PackLoaders>;

export const packs: readonly PackEntry[] = catalogue;

export function findPack(packId: string): PackEntry | undefined {
  return packs.find((p) => p.id === packId);
}

export function findScenario(packId: string, scenarioId: string): ScenarioEntry | undefined {
  return findPack(packId)?.scenarios.find((s) => s.id === scenarioId);
}

/**
 * One Pack object per pack, filled scenario by scenario as they are needed: each scenario is its own chunk,
 * so opening one never downloads the others. The engine caches compiled scenarios per pack object, so the
 * object is kept and only its `scenarios` list grows (in the pack's own order).
 */
const loaded = new Map<string, Pack>();

export async function loadPack(packId: string, scenarioIds: readonly string[]): Promise<Pack> {
  const entry = findPack(packId);
  const load = loaders[packId];
  if (entry === undefined || load === undefined) throw new Error(`no pack "${packId}" in this lab`);
  let pack = loaded.get(packId);
  if (pack === undefined) {
    const shell = (await load.shell()).default;
    pack = loaded.get(packId) ?? ({ ...shell, scenarios: [] } as unknown as Pack);
    loaded.set(packId, pack);
  }
  const missing = scenarioIds.filter((id) => !pack.scenarios.some((s) => s.id === id));
  const fetched = await Promise.all(
    missing.map((id) => {
      const loader = load.scenarios[id];
      if (loader === undefined) throw new Error(`pack "${packId}" has no scenario "${id}"`);
      return loader().then((m) => m.default);
    }),
  );
  const order = entry.scenarios.map((s) => s.id);
  const merged = [...pack.scenarios];
  for (const scenario of fetched) if (!merged.some((s) => s.id === scenario.id)) merged.push(scenario);
  merged.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  (pack as { scenarios: Scenario[] }).scenarios = merged;
  return pack;
}

/** Every pack with every scenario (the certification self-check replays results against them). */
export function loadAllPacks(): Promise<Pack[]> {
  return Promise.all(
    packs.map((p) =>
      loadPack(
        p.id,
        p.scenarios.map((s) => s.id),
      ),
    ),
  );
}
