import type { Play } from '@ruta/scenario-engine';
import { useCallback, useSyncExternalStore } from 'react';

/**
 * Subscribes a component to a play: it re-renders after every accepted event and every timeout that fires.
 * Returns the same play (read it as usual: `play.node`, `play.choices(lang)`, `play.notebook`…).
 */
export function usePlay(play: Play): Play {
  const subscribe = useCallback((onChange: () => void) => play.subscribe(onChange), [play]);
  // The events view is a new frozen array after each change and the same one otherwise.
  const snapshot = () => play.events;
  // The same snapshot on the server, so the player renders in server-side rendering (Next.js, Remix…).
  useSyncExternalStore(subscribe, snapshot, snapshot);
  return play;
}
