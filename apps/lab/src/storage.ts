import {
  type Country,
  countryCodes,
  kebabCase,
  type Language,
  languages,
  type Role,
  roleIds,
} from '@ruta/curriculum';
import type { PlaySave } from '@ruta/scenario-engine';

/**
 * Everything the lab keeps lives on this machine, in localStorage, one key per part (profile, settings,
 * attempts, journeys, plays in progress), each as `{ v, data }`. Reading is defensive: a part that is not
 * JSON, has another format version or holds entries of the wrong shape is set aside (copied under a
 * `set-aside` key, never deleted) with a notice, and the rest is kept. When storage is denied (private
 * mode) or full, the lab says so and goes on in memory.
 */

export const storagePrefix = 'ruta-lab:';
export const storageVersion = 1;

export interface Profile {
  lang: Language;
  role: Role;
  country: Country;
}

export interface StoredSettings {
  textMode?: boolean;
  reducedMotion?: boolean;
  textSize?: 'normal' | 'large' | 'x-large';
  pauseTimer?: boolean;
  exam?: boolean;
}

/** A finished play: enough to replay it (and so to rebuild its debrief, or submit it for certification). */
export interface Attempt {
  id: string;
  packId: string;
  packVersion: string;
  scenarioId: string;
  /** The save's encoded events (`c:<choice>`, `n:<indicator>`, `u:<indicator>`, `t`). */
  events: string[];
  carry?: Record<string, number | boolean>;
  startedAt: string;
  completedAt: string;
  /** "Try again from here": a practice attempt, never counted for certification. */
  practice?: { from: string; eventIndex: number };
  /** A step of a journey run. */
  journey?: { run: string; journeyId: string; step: number };
  /** What the home page shows and recommends from (recomputed by replay wherever it matters). */
  summary?: { outcome: string | null; overall: number | null; competencies: Record<string, number> };
}

export interface JourneyRun {
  id: string;
  packId: string;
  journeyId: string;
  startedAt: string;
  completedAt?: string;
  /** The attempt ids of the steps finished, in order. */
  attempts: string[];
}

/** A play in progress, saved after every event. A journey keeps the saves of its finished steps too. */
export interface InProgress {
  kind: 'scenario' | 'journey' | 'practice';
  packId: string;
  scenarioId: string;
  journeyId?: string;
  run?: string;
  steps?: PlaySave[];
  save: PlaySave;
  startedAt: string;
  updatedAt: string;
  practice?: { from: string; eventIndex: number };
}

export type Part = 'profile' | 'settings' | 'attempts' | 'journeys' | 'progress';
export type NoticeReason = 'unreadable' | 'old-format' | 'invalid' | 'not-resumable';
export interface Notice {
  id: number;
  part: Part;
  reason: NoticeReason;
  /** How many entries were set aside (for lists). */
  count: number;
}

export type StorageProblem = 'denied' | 'full';

export interface LabData {
  profile: Profile | undefined;
  settings: StoredSettings;
  attempts: Attempt[];
  journeys: JourneyRun[];
  progress: Record<string, InProgress>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const encodedEvent = /^(t|[cnu]:[a-z0-9]+(-[a-z0-9]+)*)$/;
const isCarry = (v: unknown) =>
  v === undefined ||
  (isObject(v) && Object.values(v).every((x) => typeof x === 'boolean' || Number.isFinite(x)));
const isPractice = (v: unknown) =>
  v === undefined || (isObject(v) && isString(v.from) && Number.isInteger(v.eventIndex));

function isProfile(v: unknown): v is Profile {
  return (
    isObject(v) &&
    (languages as readonly unknown[]).includes(v.lang) &&
    (roleIds as readonly unknown[]).includes(v.role) &&
    (countryCodes as readonly unknown[]).includes(v.country)
  );
}

function isSettings(v: unknown): v is StoredSettings {
  if (!isObject(v)) return false;
  for (const key of ['textMode', 'reducedMotion', 'pauseTimer', 'exam'])
    if (v[key] !== undefined && typeof v[key] !== 'boolean') return false;
  return v.textSize === undefined || ['normal', 'large', 'x-large'].includes(v.textSize as string);
}

function isAttempt(v: unknown): v is Attempt {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.packId) &&
    isString(v.packVersion) &&
    isString(v.scenarioId) &&
    Array.isArray(v.events) &&
    v.events.every((e) => typeof e === 'string' && encodedEvent.test(e)) &&
    isCarry(v.carry) &&
    isDate(v.startedAt) &&
    isDate(v.completedAt) &&
    isPractice(v.practice) &&
    (v.journey === undefined ||
      (isObject(v.journey) &&
        isString(v.journey.run) &&
        isString(v.journey.journeyId) &&
        Number.isInteger(v.journey.step))) &&
    (v.summary === undefined ||
      (isObject(v.summary) &&
        isObject(v.summary.competencies) &&
        Object.values(v.summary.competencies).every((x) => typeof x === 'number')))
  );
}

function isJourneyRun(v: unknown): v is JourneyRun {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.packId) &&
    isString(v.journeyId) &&
    isDate(v.startedAt) &&
    (v.completedAt === undefined || isDate(v.completedAt)) &&
    Array.isArray(v.attempts) &&
    v.attempts.every(isString)
  );
}

const isId = (v: unknown) => typeof v === 'string' && v.length <= 64 && kebabCase.test(v);
const saveKeys = new Set(['v', 'pack', 'version', 'scenario', 'carry', 'accommodations', 'events']);
/**
 * The shape of the engine's save format (`PlaySave`), checked by hand so that the first page needs no schema
 * library; resuming a save runs the engine's full check (`resume`) and reports what it refuses.
 */
const isSave = (v: unknown) =>
  isObject(v) &&
  Object.keys(v).every((key) => saveKeys.has(key)) &&
  v.v === 1 &&
  isId(v.pack) &&
  typeof v.version === 'string' &&
  v.version.length > 0 &&
  isId(v.scenario) &&
  (v.carry === undefined ||
    (isObject(v.carry) &&
      Object.entries(v.carry).every(
        ([key, x]) => isId(key) && (typeof x === 'boolean' || (typeof x === 'number' && !Number.isNaN(x))),
      ))) &&
  (v.accommodations === undefined ||
    (isObject(v.accommodations) &&
      Object.entries(v.accommodations).every(
        ([key, x]) => key === 'timerPaused' && typeof x === 'boolean',
      ))) &&
  Array.isArray(v.events) &&
  v.events.length <= 100_000 &&
  v.events.every((event) => typeof event === 'string' && encodedEvent.test(event));

function isInProgress(v: unknown): v is InProgress {
  return (
    isObject(v) &&
    ['scenario', 'journey', 'practice'].includes(v.kind as string) &&
    isString(v.packId) &&
    isString(v.scenarioId) &&
    isSave(v.save) &&
    (v.steps === undefined || (Array.isArray(v.steps) && v.steps.every(isSave))) &&
    isDate(v.startedAt) &&
    isDate(v.updatedAt) &&
    isPractice(v.practice)
  );
}

export function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The lab's local store: in memory always, mirrored to localStorage while it works. */
export class LabStore {
  data: LabData = { profile: undefined, settings: {}, attempts: [], journeys: [], progress: {} };
  notices: Notice[] = [];
  problem: StorageProblem | undefined;
  #storage: Storage | undefined;
  #listeners = new Set<() => void>();
  #version = 0;
  #noticeId = 0;

  constructor(storage?: Storage | null) {
    try {
      this.#storage = storage === undefined ? globalThis.localStorage : (storage ?? undefined);
      // Private modes may expose localStorage but refuse every read or write.
      this.#storage?.getItem(`${storagePrefix}profile`);
    } catch {
      this.#storage = undefined;
    }
    if (this.#storage === undefined) this.problem = 'denied';
    this.#load();
  }

  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };
  getVersion = () => this.#version;

  #changed() {
    this.#version++;
    for (const listener of this.#listeners) listener();
  }

  #notice(part: Part, reason: NoticeReason, count = 1) {
    this.notices = [...this.notices, { id: ++this.#noticeId, part, reason, count }];
  }

  dismiss(id: number) {
    this.notices = this.notices.filter((n) => n.id !== id);
    this.#changed();
  }

  #setAside(part: Part, raw: string) {
    try {
      this.#storage?.setItem(`${storagePrefix}set-aside:${part}:${new Date().toISOString()}`, raw);
    } catch {
      // Full or denied: the notice still tells the trainee; the raw text stays where it was.
    }
  }

  #read(part: Part): { ok: true; value: unknown } | { ok: false } {
    let raw: string | null = null;
    try {
      raw = this.#storage?.getItem(`${storagePrefix}${part}`) ?? null;
    } catch {
      return { ok: false };
    }
    if (raw === null) return { ok: false };
    let envelope: unknown;
    try {
      envelope = JSON.parse(raw);
    } catch {
      this.#setAside(part, raw);
      this.#notice(part, 'unreadable');
      return { ok: false };
    }
    if (!isObject(envelope) || !('data' in envelope)) {
      this.#setAside(part, raw);
      this.#notice(part, 'unreadable');
      return { ok: false };
    }
    if (envelope.v !== storageVersion) {
      this.#setAside(part, raw);
      this.#notice(part, 'old-format');
      return { ok: false };
    }
    return { ok: true, value: envelope.data };
  }

  #readList<T>(part: Part, check: (v: unknown) => v is T): T[] {
    const read = this.#read(part);
    if (!read.ok) return [];
    if (!Array.isArray(read.value)) {
      this.#setAside(part, JSON.stringify(read.value));
      this.#notice(part, 'invalid');
      return [];
    }
    const good = read.value.filter(check);
    const bad = read.value.filter((v) => !check(v));
    if (bad.length > 0) {
      this.#setAside(part, JSON.stringify(bad));
      this.#notice(part, 'invalid', bad.length);
      this.#write(part, good);
    }
    return good;
  }

  #load() {
    const profile = this.#read('profile');
    if (profile.ok) {
      if (isProfile(profile.value)) this.data.profile = profile.value;
      else {
        this.#setAside('profile', JSON.stringify(profile.value));
        this.#notice('profile', 'invalid');
      }
    }
    const settings = this.#read('settings');
    if (settings.ok) {
      if (isSettings(settings.value)) this.data.settings = settings.value;
      else {
        this.#setAside('settings', JSON.stringify(settings.value));
        this.#notice('settings', 'invalid');
      }
    }
    this.data.attempts = this.#readList('attempts', isAttempt);
    this.data.journeys = this.#readList('journeys', isJourneyRun);
    const progress = this.#read('progress');
    if (progress.ok) {
      if (!isObject(progress.value)) {
        this.#setAside('progress', JSON.stringify(progress.value));
        this.#notice('progress', 'invalid');
      } else {
        const bad: Record<string, unknown> = {};
        for (const [key, entry] of Object.entries(progress.value))
          if (isInProgress(entry)) this.data.progress[key] = entry;
          else bad[key] = entry;
        if (Object.keys(bad).length > 0) {
          this.#setAside('progress', JSON.stringify(bad));
          this.#notice('progress', 'invalid', Object.keys(bad).length);
          this.#write('progress', this.data.progress);
        }
      }
    }
  }

  #write(part: Part, value: unknown) {
    if (this.#storage === undefined) return;
    try {
      this.#storage.setItem(`${storagePrefix}${part}`, JSON.stringify({ v: storageVersion, data: value }));
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      this.problem =
        name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'denied';
      this.#storage = undefined;
    }
  }

  setProfile(profile: Profile) {
    this.data = { ...this.data, profile };
    this.#write('profile', profile);
    this.#changed();
  }

  setSettings(settings: StoredSettings) {
    this.data = { ...this.data, settings };
    this.#write('settings', settings);
    this.#changed();
  }

  saveProgress(key: string, entry: InProgress) {
    this.data = { ...this.data, progress: { ...this.data.progress, [key]: entry } };
    this.#write('progress', this.data.progress);
    this.#changed();
  }

  clearProgress(key: string) {
    if (!(key in this.data.progress)) return;
    const { [key]: _gone, ...rest } = this.data.progress;
    this.data = { ...this.data, progress: rest };
    this.#write('progress', rest);
    this.#changed();
  }

  /** A save that no longer resumes (the pack changed): set aside with a notice, the rest kept. */
  setAsideProgress(key: string) {
    const entry = this.data.progress[key];
    if (entry === undefined) return;
    this.#setAside('progress', JSON.stringify({ [key]: entry }));
    this.#notice('progress', 'not-resumable');
    this.clearProgress(key);
  }

  addAttempt(attempt: Attempt) {
    this.data = { ...this.data, attempts: [...this.data.attempts, attempt] };
    this.#write('attempts', this.data.attempts);
    this.#changed();
  }

  saveJourney(run: JourneyRun) {
    const others = this.data.journeys.filter((j) => j.id !== run.id);
    this.data = { ...this.data, journeys: [...others, run] };
    this.#write('journeys', this.data.journeys);
    this.#changed();
  }
}
