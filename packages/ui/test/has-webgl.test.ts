import { afterEach, expect, test, vi } from 'vitest';
import { hasWebGL } from '../src/index';
import { hasWebGL as sceneHasWebGL } from '../src/scene';

/** Stands in for the browser's WebGL context class, so the check gets past its first test in jsdom. */
class FakeWebGLRenderingContext {}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

test('@ruta/ui and @ruta/ui/scene export one and the same WebGL check', () => {
  expect(hasWebGL).toBe(sceneHasWebGL);
});

test('the check says false without a WebGL context, and true with one, releasing the scratch context', () => {
  expect(hasWebGL()).toBe(false);
  vi.stubGlobal('WebGLRenderingContext', FakeWebGLRenderingContext);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  expect(hasWebGL()).toBe(false);
  const loseContext = vi.fn();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
    cast({ getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext } : null) }),
  );
  expect(hasWebGL()).toBe(true);
  // A browser allows only a few live contexts: the probe must not hold one the scene will need.
  expect(loseContext).toHaveBeenCalledTimes(1);
});

function cast<T>(value: unknown): T {
  return value as T;
}
