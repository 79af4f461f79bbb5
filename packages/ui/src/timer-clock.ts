import type { Clock } from '@ruta/scenario-engine';

/**
 * A clock for a play's node timeouts that can be paused: pass it to `startScenario(pack, id, { clock })` and
 * to `<ScenarioPlayer clock={clock}>`, which shows the countdown and pauses it when the trainee asks for more
 * time. While paused, no timeout fires; on resume, each pending timeout gets the time it had left.
 */
export interface TimerClock extends Clock {
  pause(): void;
  resume(): void;
  readonly paused: boolean;
  /** Milliseconds left on the earliest pending timeout, or null when none is pending. */
  remaining(): number | null;
  /** Calls `listener` when a timeout is set, cleared, fired, paused or resumed; returns unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface TimerClockOptions {
  /** The timers underneath (default: the host's `setTimeout`/`clearTimeout`). */
  base?: Clock;
  /** The time in milliseconds (default `Date.now`; Vitest's and Sinon's fake timers fake it too). */
  now?: () => number;
}

interface Pending {
  fn: (...args: unknown[]) => void;
  /** Time left when paused; otherwise the deadline on `now()`. */
  deadline: number;
  left: number;
  handle: unknown;
}

const hostClock: Clock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as Parameters<typeof clearTimeout>[0]),
};

export function createTimerClock(options: TimerClockOptions = {}): TimerClock {
  const base = options.base ?? hostClock;
  const now = options.now ?? (() => Date.now());
  const pending = new Map<number, Pending>();
  const listeners = new Set<() => void>();
  let paused = false;
  let nextId = 1;
  const tell = () => {
    for (const listener of [...listeners]) listener();
  };
  const arm = (id: number, entry: Pending, ms: number) => {
    entry.deadline = now() + ms;
    entry.handle = base.setTimeout(() => {
      pending.delete(id);
      entry.fn();
      tell();
    }, ms);
  };
  return {
    setTimeout(fn, timeout) {
      const id = nextId++;
      const entry: Pending = { fn, deadline: 0, left: timeout, handle: undefined };
      pending.set(id, entry);
      if (!paused) arm(id, entry, timeout);
      tell();
      return id;
    },
    clearTimeout(id) {
      const entry = pending.get(id as number);
      if (entry === undefined) return;
      if (entry.handle !== undefined) base.clearTimeout(entry.handle);
      pending.delete(id as number);
      tell();
    },
    pause() {
      if (paused) return;
      paused = true;
      const at = now();
      for (const entry of pending.values()) {
        if (entry.handle !== undefined) base.clearTimeout(entry.handle);
        entry.handle = undefined;
        entry.left = Math.max(0, entry.deadline - at);
      }
      tell();
    },
    resume() {
      if (!paused) return;
      paused = false;
      for (const [id, entry] of pending) arm(id, entry, entry.left);
      tell();
    },
    get paused() {
      return paused;
    },
    remaining() {
      let least: number | null = null;
      const at = now();
      for (const entry of pending.values()) {
        const left = paused ? entry.left : Math.max(0, entry.deadline - at);
        if (least === null || left < least) least = left;
      }
      return least;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
