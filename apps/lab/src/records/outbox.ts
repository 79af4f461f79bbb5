import type { XapiStatement } from '@ruta/scenario-engine/xapi';

/**
 * The xAPI outbox in IndexedDB (database `ruta-lab-xapi`): `outbox` holds each statement waiting to be sent,
 * keyed by its id, so putting the same statement twice keeps one; `sent` holds the id of each statement the
 * LRS acknowledged, so a statement is queued once in the browser's life. A statement leaves `outbox` only
 * in the same transaction that records it in `sent`, after the LRS answered 2xx: a reload, a closed tab or
 * a failure in between leaves it queued, never lost. (Sending it again is harmless: the ids are the
 * engine's, and an LRS keeps one statement per id.)
 */
const dbName = 'ruta-lab-xapi';

export interface Queued {
  id: string;
  statement: XapiStatement;
  queuedAt: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

let opening: Promise<IDBDatabase> | undefined;
export function openOutbox(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(dbName, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      db.createObjectStore('outbox', { keyPath: 'id' });
      db.createObjectStore('sent');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  }).catch((error) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** Queues the statements not queued or sent before; resolves with how many were added. */
export async function enqueue(statements: readonly XapiStatement[]): Promise<number> {
  const db = await openOutbox();
  const tx = db.transaction(['outbox', 'sent'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const sent = tx.objectStore('sent');
  let added = 0;
  const now = new Date().toISOString();
  for (const statement of statements) {
    const id = statement.id as string;
    const [queued, acknowledged] = await Promise.all([request(outbox.getKey(id)), request(sent.getKey(id))]);
    if (queued !== undefined || acknowledged !== undefined) continue;
    outbox.put({ id, statement, queuedAt: now } satisfies Queued);
    added++;
  }
  await done(tx);
  return added;
}

/** The oldest `limit` queued statements, in the order they were queued. */
export async function peek(limit: number): Promise<Queued[]> {
  const db = await openOutbox();
  const all = (await request(db.transaction('outbox').objectStore('outbox').getAll())) as Queued[];
  return all
    .sort(
      (a, b) =>
        a.queuedAt.localeCompare(b.queuedAt) || a.statement.timestamp!.localeCompare(b.statement.timestamp!),
    )
    .slice(0, limit);
}

/** How many statements wait, and how many were acknowledged. */
export async function counts(): Promise<{ queued: number; sent: number }> {
  const db = await openOutbox();
  const tx = db.transaction(['outbox', 'sent']);
  const [queued, sent] = await Promise.all([
    request(tx.objectStore('outbox').count()),
    request(tx.objectStore('sent').count()),
  ]);
  return { queued, sent };
}

/** The LRS acknowledged these: out of the outbox and into `sent`, in one transaction. */
export async function acknowledge(ids: readonly string[]): Promise<void> {
  const db = await openOutbox();
  const tx = db.transaction(['outbox', 'sent'], 'readwrite');
  const at = new Date().toISOString();
  for (const id of ids) {
    tx.objectStore('outbox').delete(id);
    tx.objectStore('sent').put(at, id);
  }
  await done(tx);
}
