import type { LabStore } from '../storage';
import { idPattern } from './bundle';
import { loadPerson } from './local';
import { type LrsSettings, loadLrs } from './lrs-config';
import { acknowledge, counts, enqueue, peek } from './outbox';
import { statementsOf } from './xapi';

/**
 * Sends the queued xAPI statements to the LRS. A small fetch-based sender rather than `@xapi/xapi`: that
 * client brings axios and a wrapper for the whole xAPI (documents, agents, activities) where the lab needs one
 * request, `POST <endpoint>statements` with a batch, HTTP basic auth and the version header; fetch also
 * reports going offline the way the backoff needs. Statement ids come from the engine (one UUID per
 * attempt and statement), so a batch sent again after a lost answer is kept once by the LRS (xAPI 1.0.3:
 * an LRS does not change a statement it already has) — a statement is never lost, and never stored twice.
 */
export const batchSize = 10;
export const xapiVersion = '1.0.3';
const maxDelayMs = 60_000;

export type SendOutcome =
  | { ok: true; ids: string[] }
  | { ok: false; kind: 'offline' | 'network' | 'auth' | 'rejected' | 'server'; status?: number };

function basic(settings: LrsSettings): string {
  const bytes = new TextEncoder().encode(`${settings.key}:${settings.secret}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

/** One batch to the LRS. */
export async function sendBatch(settings: LrsSettings, statements: readonly unknown[]): Promise<SendOutcome> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { ok: false, kind: 'offline' };
  let response: Response;
  try {
    response = await fetch(`${settings.endpoint}statements`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Experience-API-Version': xapiVersion,
        Authorization: basic(settings),
      },
      body: JSON.stringify(statements),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  if (response.ok) return { ok: true, ids: statements.map((s) => (s as { id: string }).id) };
  if (response.status === 401 || response.status === 403)
    return { ok: false, kind: 'auth', status: response.status };
  if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429)
    return { ok: false, kind: 'rejected', status: response.status };
  return { ok: false, kind: 'server', status: response.status };
}

export interface SyncState {
  queued: number;
  sent: number;
  sending: boolean;
  /** The last failure, until a batch goes through. */
  failure?: Extract<SendOutcome, { ok: false }>;
  /** When the next attempt is due (after a failure). */
  retryAt?: number;
}

type Listener = (state: SyncState) => void;

/**
 * The background sync: queues the statements of every counted attempt (when an LRS is set and the trainee
 * entered their id), then sends the outbox batch by batch. After a failure it waits 1 s, 2 s, 4 s … up to
 * a minute (with jitter), and at once when the browser comes back online or the settings change. One tab
 * sends at a time (Web Locks), so two open tabs never send the same batch together.
 */
export class LrsSync {
  state: SyncState = { queued: 0, sent: 0, sending: false };
  #store: LabStore;
  #listeners = new Set<Listener>();
  #failures = 0;
  #timer: number | undefined;
  #running = false;
  #again = false;
  #stopped = false;
  #seen = -1;
  #unsubscribe: () => void;

  constructor(store: LabStore) {
    this.#store = store;
    // A new attempt (not every saved move) may bring statements to queue.
    this.#unsubscribe = store.subscribe(() => {
      if (store.data.attempts.length !== this.#seen) this.kick();
    });
    window.addEventListener('online', this.kick);
    window.addEventListener('storage', this.kick);
    this.kick();
  }

  subscribe(listener: Listener) {
    this.#listeners.add(listener);
    listener(this.state);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #set(next: Partial<SyncState>) {
    this.state = { ...this.state, ...next };
    for (const listener of this.#listeners) listener(this.state);
  }

  stop() {
    this.#stopped = true;
    this.#unsubscribe();
    window.removeEventListener('online', this.kick);
    window.removeEventListener('storage', this.kick);
    window.clearTimeout(this.#timer);
  }

  /** Runs a pass now (a pass already running runs once more after it). */
  kick = () => {
    if (this.#stopped) return;
    window.clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    void this.#locked()
      .catch(() => undefined)
      .finally(() => {
        this.#running = false;
        if (this.#again) {
          this.#again = false;
          this.kick();
        }
      });
  };

  async #locked() {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    if (locks) await locks.request('ruta-lab-xapi', () => this.#pass());
    else await this.#pass();
  }

  async #pass() {
    const settings = loadLrs();
    const person = loadPerson();
    this.#seen = this.#store.data.attempts.length;
    if (settings !== undefined && idPattern.test(person.id)) {
      const statements = await statementsOf(this.#store.data, person.id);
      await enqueue(statements);
    }
    this.#set(await counts());
    if (settings === undefined) return;
    this.#set({ sending: true });
    try {
      for (;;) {
        const batch = await peek(batchSize);
        if (batch.length === 0 || this.#stopped) break;
        const outcome = await sendBatch(
          settings,
          batch.map((q) => q.statement),
        );
        if (!outcome.ok) {
          this.#failures++;
          const delay = Math.min(maxDelayMs, 1000 * 2 ** (this.#failures - 1)) * (0.75 + Math.random() * 0.5);
          this.#set({ failure: outcome, retryAt: Date.now() + delay });
          this.#timer = window.setTimeout(this.kick, delay);
          return;
        }
        await acknowledge(outcome.ids);
        this.#failures = 0;
        this.#set({ ...(await counts()), failure: undefined, retryAt: undefined });
      }
    } finally {
      this.#set({ sending: false });
    }
  }
}

let current: LrsSync | undefined;
/** Starts the sync once per page (the records page and the app share it). */
export function startLrsSync(store: LabStore): LrsSync {
  current ??= new LrsSync(store);
  return current;
}
