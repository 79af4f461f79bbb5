/**
 * Where the trainee's or office's learning record store is: endpoint, key and secret (HTTP basic auth),
 * kept in this browser's localStorage only — never in an export, never sent anywhere but that endpoint.
 * This module is small on purpose: the app reads it at start to decide whether to load the sender.
 */
export interface LrsSettings {
  /** The LRS's xAPI endpoint, e.g. `https://lrs.example.org/xapi/` (statements go to `<endpoint>statements`). */
  endpoint: string;
  key: string;
  secret: string;
}

export const lrsKey = 'ruta-lab:lrs';

export function loadLrs(): LrsSettings | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(lrsKey);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<LrsSettings>;
    if (
      typeof value.endpoint !== 'string' ||
      typeof value.key !== 'string' ||
      typeof value.secret !== 'string'
    )
      return undefined;
    return { endpoint: value.endpoint, key: value.key, secret: value.secret };
  } catch {
    return undefined;
  }
}

export function saveLrs(settings: LrsSettings | undefined) {
  try {
    if (settings === undefined) globalThis.localStorage?.removeItem(lrsKey);
    else globalThis.localStorage?.setItem(lrsKey, JSON.stringify(settings));
  } catch {
    // Storage denied: the settings last for this page only (the lab's notice says so).
  }
}

/** An endpoint the lab can send to: http(s), ending with a slash (added when missing). */
export function normalizeEndpoint(endpoint: string): string | undefined {
  const trimmed = endpoint.trim();
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.username || url.password || url.search || url.hash) return undefined;
    return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
  } catch {
    return undefined;
  }
}
