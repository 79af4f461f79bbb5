import { createContext, useContext, useSyncExternalStore } from 'react';
import type { LabStore } from './storage';

export const StoreContext = createContext<LabStore | undefined>(undefined);

/** The lab's store; the component re-renders whenever the stored data changes. */
export function useStore(): LabStore {
  const store = useContext(StoreContext);
  if (store === undefined) throw new Error('useStore outside StoreContext');
  useSyncExternalStore(store.subscribe, store.getVersion);
  return store;
}
