import { describe, expect, it } from 'vitest';
import { LabStore, storagePrefix } from '../src/storage';

/** An in-memory Storage, optionally refusing writes the way a full or denied browser storage does. */
function memoryStorage(initial: Record<string, string> = {}, refuse?: 'full' | 'denied'): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (refuse === 'full') throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      if (refuse === 'denied') throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      map.set(k, String(v));
    },
    removeItem: (k) => {
      map.delete(k);
    },
    clear: () => map.clear(),
  };
}

const wrap = (data: unknown) => JSON.stringify({ v: 1, data });
const profile = { lang: 'en', role: 'judge', country: 'GT' };
const attempt = {
  id: 'a1',
  packId: 'rcm-regional',
  packVersion: '1.0.0',
  scenarioId: 'identification-border-post',
  events: ['c:separate-for-secondary-check'],
  startedAt: '2026-12-01T10:00:00Z',
  completedAt: '2026-12-01T10:10:00Z',
};

describe('LabStore', () => {
  it('keeps what it reads back: profile, attempts', () => {
    const storage = memoryStorage();
    const store = new LabStore(storage);
    store.setProfile(profile as never);
    store.addAttempt(attempt);
    const again = new LabStore(storage);
    expect(again.data.profile).toEqual(profile);
    expect(again.data.attempts).toEqual([attempt]);
    expect(again.notices).toEqual([]);
  });

  it('sets a truncated part aside with a notice and keeps the rest', () => {
    const storage = memoryStorage({
      [`${storagePrefix}profile`]: wrap(profile),
      [`${storagePrefix}attempts`]: wrap([attempt]).slice(0, 40),
    });
    const store = new LabStore(storage);
    expect(store.data.profile).toEqual(profile);
    expect(store.data.attempts).toEqual([]);
    expect(store.notices).toMatchObject([{ part: 'attempts', reason: 'unreadable' }]);
    const setAside = Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter((k) =>
      k.includes('set-aside'),
    );
    expect(setAside).toHaveLength(1);
  });

  it('sets aside only the bad entries of a list (hand-edited), and an old format whole', () => {
    const storage = memoryStorage({
      [`${storagePrefix}attempts`]: wrap([attempt, { ...attempt, id: 'a2', events: ['<script>'] }]),
      [`${storagePrefix}progress`]: JSON.stringify({ v: 0, data: {} }),
    });
    const store = new LabStore(storage);
    expect(store.data.attempts.map((a) => a.id)).toEqual(['a1']);
    expect(store.notices).toMatchObject([
      { part: 'attempts', reason: 'invalid', count: 1 },
      { part: 'progress', reason: 'old-format' },
    ]);
  });

  it('goes on in memory when storage is full, and says so', () => {
    const store = new LabStore(memoryStorage({}, 'full'));
    store.setProfile(profile as never);
    expect(store.problem).toBe('full');
    expect(store.data.profile).toEqual(profile);
    store.addAttempt(attempt);
    expect(store.data.attempts).toHaveLength(1);
  });

  it('goes on in memory when storage is denied (private mode)', () => {
    const store = new LabStore(null);
    expect(store.problem).toBe('denied');
    store.setProfile(profile as never);
    expect(store.data.profile).toEqual(profile);
  });
});
