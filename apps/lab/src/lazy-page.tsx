import { type ComponentType, createElement, lazy } from 'react';

/**
 * `React.lazy` for a page, except when the page's module is already loaded (main.tsx loads the page a link
 * or a reload opens before the first render): then the page renders at once, with no Suspense fallback and
 * no reveal delay.
 */
// biome-ignore lint/suspicious/noExplicitAny: a page's props are its own
export function lazyPage<P extends Record<string, any>>(load: () => Promise<{ default: ComponentType<P> }>) {
  const state: { loaded?: ComponentType<P> } = {};
  const preload = () =>
    load().then((module) => {
      state.loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload) as unknown as ComponentType<P>;
  const render = (props: P) => createElement(state.loaded ?? Lazy, props);
  return Object.assign(render, { preload });
}
