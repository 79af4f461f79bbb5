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

type ByLanguage<T> = Partial<Record<Language, () => Promise<{ default: T }>>>;

/** Per pack: its shell and each scenario, one chunk per language of the pack. */
export interface PackLoaders {
  shell: ByLanguage<Omit<Pack, 'scenarios'>>;
  scenarios: Record<string, ByLanguage<Scenario>>;
}

const catalogue = virtualPacks.catalogue as PackEntry[];
const loaders = virtualPacks.loaders as Record<string, PackLoaders>;

export const packs: readonly PackEntry[] = catalogue;

/**
 * Packs imported at run time (src/runtime-packs.ts keeps them in IndexedDB): whole packs, validated before
 * they were kept, joined to the catalogue (`package` is `''`) and played without chunks.
 */
const runtime = new Map<string, Pack>();
export function registerRuntimePack(pack: Pack, entry: PackEntry) {
  unregisterRuntimePack(pack.id);
  runtime.set(pack.id, pack);
  catalogue.push(entry);
}
export function unregisterRuntimePack(packId: string) {
  if (!runtime.delete(packId)) return;
  const index = catalogue.findIndex((p) => p.id === packId && p.package === '');
  if (index >= 0) catalogue.splice(index, 1);
}
/** Resolves once the packs imported on this device have joined the catalogue (a page that lists packs waits for it). */
export const runtimePacksReady: Promise<void> = import('./runtime-packs')
  .then((m) => m.loadRuntimePacks())
  .catch(() => undefined);

export function findPack(packId: string): PackEntry | undefined {
  return packs.find((p) => p.id === packId);
}

export function findScenario(packId: string, scenarioId: string): ScenarioEntry | undefined {
  return findPack(packId)?.scenarios.find((s) => s.id === scenarioId);
}

/**
 * One Pack object per pack and language, filled scenario by scenario as they are needed: each scenario is
 * its own chunk, in the reader's language only (the pack's default language when it does not carry the
 * reader's), so opening one never downloads the others. The engine caches compiled scenarios per pack
 * object, so the object is kept and only its `scenarios` list grows (in the pack's own order). Every
 * language's Pack has the same id, version and logic: a save or a result replays on any of them.
 */
const loaded = new Map<string, Pack>();

/** The language a pack is read in: the reader's when the pack carries it, else the pack's default. */
export function packLanguage(entry: PackEntry, lang: Language): Language {
  return entry.languages.includes(lang) ? lang : (entry.languages[0] as Language);
}

/**
 * A pack with (at least) the scenarios named, in the reader's language. `version`, when given, asks for the
 * version an attempt was played on: an imported pack keeps its older versions while attempts refer to them,
 * so the debrief of an attempt on an older version replays on that version, not on the newest.
 */
export async function loadPack(
  packId: string,
  scenarioIds: readonly string[],
  readerLang: Language,
  version?: string,
): Promise<Pack> {
  if (findPack(packId) === undefined) await runtimePacksReady;
  const imported = runtime.get(packId);
  if (imported !== undefined) {
    if (version === undefined || version === imported.version) return imported;
    return (await import('./runtime-packs')).runtimePack(packId, version) ?? imported;
  }
  const entry = findPack(packId);
  const packLoaders = loaders[packId];
  if (entry === undefined || packLoaders === undefined) throw new Error(`no pack "${packId}" in this lab`);
  const lang = packLanguage(entry, readerLang);
  const key = `${packId}:${lang}`;
  const load = {
    shell: packLoaders.shell[lang]!,
    scenarios: Object.fromEntries(
      Object.entries(packLoaders.scenarios).map(([id, byLang]) => [id, byLang[lang]]),
    ),
  };
  // The shell and the scenarios are fetched together, not one after the other.
  const known = loaded.get(key);
  const missing = scenarioIds.filter((id) => !known?.scenarios.some((s) => s.id === id));
  const [shell, fetched] = await Promise.all([
    known === undefined ? load.shell().then((m) => m.default) : undefined,
    Promise.all(
      missing.map((id) => {
        const loader = load.scenarios[id];
        if (loader === undefined) throw new Error(`pack "${packId}" has no scenario "${id}"`);
        return loader().then((m) => m.default);
      }),
    ),
  ]);
  let pack = loaded.get(key);
  if (pack === undefined) {
    pack = { ...shell, scenarios: [] } as unknown as Pack;
    loaded.set(key, pack);
  }
  const order = entry.scenarios.map((s) => s.id);
  const merged = [...pack.scenarios];
  for (const scenario of fetched) if (!merged.some((s) => s.id === scenario.id)) merged.push(scenario);
  merged.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  (pack as { scenarios: Scenario[] }).scenarios = merged;
  return pack;
}

/** Every pack with every scenario (the certification self-check replays results against them). */
export function loadAllPacks(lang: Language): Promise<Pack[]> {
  return Promise.all(
    packs.map((p) =>
      loadPack(
        p.id,
        p.scenarios.map((s) => s.id),
        lang,
      ),
    ),
  );
}
