import { PlaySave } from '@ruta/scenario-engine';
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

  it("keeps a play in progress exactly when its save has the engine's save format", () => {
    const save = {
      v: 1,
      pack: 'rcm-regional',
      version: '1.0.0',
      scenario: 'shelter-recovery',
      events: ['c:a', 't'],
    };
    const saves: Record<string, unknown> = {
      plain: save,
      carried: { ...save, carry: { trust: 3, 'shelter-ok': true } },
      empty: { ...save, events: [] },
      'other-format': { ...save, v: 2 },
      'bad-event': { ...save, events: ['c:Bad Id'] },
      'extra-key': { ...save, score: 100 },
      'bad-pack': { ...save, pack: 'RCM' },
      'long-id': { ...save, scenario: 'a'.repeat(65) },
      'empty-version': { ...save, version: '' },
      'bad-carry': { ...save, carry: { trust: 'high' } },
      'no-events': { v: 1, pack: 'rcm-regional', version: '1.0.0', scenario: 'shelter-recovery' },
    };
    const progress = Object.fromEntries(
      Object.entries(saves).map(([key, s]) => [
        key,
        {
          kind: 'scenario',
          packId: 'rcm-regional',
          scenarioId: 'shelter-recovery',
          save: s,
          startedAt: '2026-12-01T10:00:00Z',
          updatedAt: '2026-12-01T10:05:00Z',
        },
      ]),
    );
    const store = new LabStore(memoryStorage({ [`${storagePrefix}progress`]: wrap(progress) }));
    const accepted = Object.keys(saves).filter((key) => PlaySave.safeParse(saves[key]).success);
    expect(accepted).toEqual(['plain', 'carried', 'empty']);
    expect(Object.keys(store.data.progress)).toEqual(accepted);
    expect(store.notices).toMatchObject([{ part: 'progress', reason: 'invalid', count: 8 }]);
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
