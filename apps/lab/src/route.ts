import { useSyncExternalStore } from 'react';

/**
 * Hash routes (a static host serves one index.html): `#/`, `#/library`, `#/play/<pack>/<scenario>`,
 * `#/journey/<pack>/<journey>`, `#/debrief/<attempt>`, `#/journey-debrief/<run>`,
 * `#/practice/<attempt>/<eventIndex>`, `#/compare/<attempt>`, `#/history`, `#/progress`, `#/profile`.
 */
export interface Route {
  name: string;
  params: string[];
}

function subscribe(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  return { name: parts[0] ?? 'home', params: parts.slice(1) };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function href(...parts: (string | number)[]): string {
  return `#/${parts.map((p) => encodeURIComponent(String(p))).join('/')}`;
}

export function navigate(...parts: (string | number)[]) {
  window.location.hash = href(...parts);
}
