import type { Language } from '@ruta/curriculum';
import type { Pack } from '@ruta/scenario-engine';
import type { ValidationIssue } from '@ruta/scenario-engine/validate';
import { type PackEntry, packs, registerRuntimePack, unregisterRuntimePack } from './packs';

/**
 * Packs imported at run time, from a file or a URL, kept in IndexedDB (`ruta-lab-packs`, one record per
 * pack id and version). The full validation (`validatePack`: field rules and the engine's static checks, in
 * the reader's language) runs before anything is kept: an invalid pack changes nothing. The newest version
 * of each id plays; an older one stays stored while an attempt or a play in progress on this device refers
 * to it (its results still replay for the debrief, the bundle and the xAPI statements), and goes when none
 * does.
 */
const dbName = 'ruta-lab-packs';

interface Stored {
  key: string;
  id: string;
  version: string;
  pack: Pack;
  importedAt: string;
  source: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let opening: Promise<IDBDatabase> | undefined;
function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(dbName, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('packs', { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opening;
}

async function all(): Promise<Stored[]> {
  const db = await open();
  return (await request(db.transaction('packs').objectStore('packs').getAll())) as Stored[];
}

/** Semantic-version order (pre-releases before their release). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.split('+')[0]!.split(/-(.*)/s);
    return { nums: core.split('.').map(Number), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if (x.nums[i] !== y.nums[i]) return (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre.localeCompare(y.pre, 'en', { numeric: true });
}

function entryOf(pack: Pack): PackEntry {
  return {
    package: '',
    id: pack.id,
    version: pack.version,
    country: pack.country,
    languages: [...pack.languages],
    title: pack.title,
    description: pack.description,
    scenarios: pack.scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      summary: s.summary,
      stage: s.stage,
      roles: [...s.roles],
      modules: [...s.modules],
      competencies: [...s.competencies],
      environment: s.setting.environment,
    })),
    journeys: [...(pack.journeys ?? [])],
  } as PackEntry;
}

const stored = new Map<string, Stored>();

/** Reads the imported packs and joins the newest version of each to the catalogue. */
export async function loadRuntimePacks(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const records = await all();
  const newest = new Map<string, Stored>();
  for (const record of records) {
    stored.set(record.key, record);
    const known = newest.get(record.id);
    if (known === undefined || compareVersions(record.version, known.version) > 0)
      newest.set(record.id, record);
  }
  for (const record of newest.values()) registerRuntimePack(record.pack, entryOf(record.pack));
}

/** An imported pack at an exact version (an older one replays the attempts played on it). */
export function runtimePack(id: string, version: string): Pack | undefined {
  return stored.get(`${id}@${version}`)?.pack;
}

/** Every imported pack version kept on this device. */
export function importedVersions(): { id: string; version: string; importedAt: string; source: string }[] {
  return [...stored.values()].map(({ id, version, importedAt, source }) => ({
    id,
    version,
    importedAt,
    source,
  }));
}

export type ImportOutcome =
  | { ok: true; pack: Pack; replaced?: string }
  | { ok: false; issues: ValidationIssue[] }
  | { ok: false; reason: 'json' | 'fetch' | 'built-in' | 'same-version' | 'older'; detail?: string };

/**
 * Validates a pack file's text and, when it is valid, keeps it and joins it to the catalogue. `inUse` are
 * the `id@version` keys that attempts or plays in progress refer to: an older version among them is kept.
 */
export async function importPack(
  text: string,
  source: string,
  lang: Language,
  inUse: ReadonlySet<string>,
): Promise<ImportOutcome> {
  const { validatePackJson } = await import('@ruta/scenario-engine/validate');
  const validation = validatePackJson(text, { lang });
  if (!validation.ok) return { ok: false, issues: validation.issues };
  const pack = validation.value;
  if (packs.some((p) => p.id === pack.id && p.package !== ''))
    return { ok: false, reason: 'built-in', detail: pack.id };
  const versions = [...stored.values()].filter((s) => s.id === pack.id);
  if (versions.some((s) => s.version === pack.version))
    return { ok: false, reason: 'same-version', detail: pack.version };
  const newest = versions.sort((a, b) => compareVersions(b.version, a.version))[0];
  if (newest && compareVersions(pack.version, newest.version) < 0)
    return { ok: false, reason: 'older', detail: newest.version };
  const record: Stored = {
    key: `${pack.id}@${pack.version}`,
    id: pack.id,
    version: pack.version,
    pack,
    importedAt: new Date().toISOString(),
    source,
  };
  const db = await open();
  const tx = db.transaction('packs', 'readwrite');
  const store = tx.objectStore('packs');
  store.put(record);
  // Older versions no attempt or play refers to are not needed any more.
  for (const old of versions)
    if (!inUse.has(old.key)) {
      store.delete(old.key);
      stored.delete(old.key);
    }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  stored.set(record.key, record);
  registerRuntimePack(pack, entryOf(pack));
  return { ok: true, pack, ...(newest ? { replaced: newest.version } : {}) };
}

/** Removes every version of an imported pack from this device and from the catalogue. */
export async function removePack(id: string): Promise<void> {
  const db = await open();
  const tx = db.transaction('packs', 'readwrite');
  for (const record of [...stored.values()])
    if (record.id === id) {
      tx.objectStore('packs').delete(record.key);
      stored.delete(record.key);
    }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  unregisterRuntimePack(id);
}
