// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SceneView, sceneLabel, sceneMessages, usePrefersReducedMotion } from '../../src/scene';
import { sceneEnvironments } from '../../src/scene/types';
import { cast } from './fixtures';

/** Stands in for the browser's WebGL context class, so the WebGL check gets past its first test. */
class FakeWebGLRenderingContext {}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function Page({ onUnavailable }: { onUnavailable: (reason: string) => void }) {
  return (
    <main>
      <h1>Escenario</h1>
      <div style={{ height: 300 }}>
        <SceneView
          environment="border-post"
          characters={cast}
          speakerId="ana"
          onUnavailable={onUnavailable}
        />
      </div>
      <button type="button">Elegir</button>
    </main>
  );
}

describe('SceneView guards the page', () => {
  it('without WebGL calls onUnavailable("no-webgl") once, draws nothing and leaves the page as it was', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const onUnavailable = vi.fn();
    await act(async () => {
      render(<Page onUnavailable={onUnavailable} />);
    });
    expect(onUnavailable).toHaveBeenCalledTimes(1);
    expect(onUnavailable).toHaveBeenCalledWith('no-webgl');
    expect(document.querySelector('canvas')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('button', { name: 'Elegir' })).toBeDefined();
  });

  it('when the canvas fails while drawing calls onUnavailable("error"), draws nothing and the page stays', async () => {
    // A context that claims WebGL but cannot do anything: three.js throws while setting up the renderer.
    const broken = { getExtension: () => null } as unknown as RenderingContext;
    vi.stubGlobal('WebGLRenderingContext', FakeWebGLRenderingContext);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(broken);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onUnavailable = vi.fn();
    await act(async () => {
      render(<Page onUnavailable={onUnavailable} />);
    });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(onUnavailable).toHaveBeenCalledTimes(1);
    expect(onUnavailable).toHaveBeenCalledWith('error');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Escenario' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Elegir' })).toBeDefined();
  });
});

describe('SceneView with an environment that is not one of the 11', () => {
  it('says so on the console, calls onUnavailable("error") and leaves the page alive', async () => {
    vi.stubGlobal('WebGLRenderingContext', FakeWebGLRenderingContext);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
      getExtension: () => null,
    } as never);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onUnavailable = vi.fn();
    await act(async () => {
      render(
        <main>
          <SceneView environment={'airport' as never} characters={cast} onUnavailable={onUnavailable} />
          <button type="button">Elegir</button>
        </main>,
      );
    });
    expect(onUnavailable).toHaveBeenCalledWith('error');
    expect(error.mock.calls.flat().join(' ')).toMatch(/no stage for environment "airport"/);
    expect(screen.getByRole('button', { name: 'Elegir' })).toBeDefined();
  });
});

describe('the accessible label', () => {
  it('names the place, who speaks and who is there, in es, en and fr', () => {
    const two = cast.slice(0, 2);
    expect(sceneLabel('es', 'courtroom', two, 'ana')).toBe(
      'Escena 3D: una sala de audiencias. Habla Ana (presunta víctima). Presentes: Ana (presunta víctima), Luis (funcionario).',
    );
    expect(sceneLabel('en', 'port', two)).toBe(
      '3D scene: a port. Present: Ana (presumed victim), Luis (official).',
    );
    expect(sceneLabel('fr', 'farm', two, 'luis')).toContain('Luis (agent) parle.');
  });

  it('has every environment and role in every language', () => {
    for (const lang of ['es', 'en', 'fr'] as const) {
      const m = sceneMessages[lang];
      expect(Object.keys(m.environments).sort()).toEqual([...sceneEnvironments].sort());
      for (const e of sceneEnvironments) expect(m.environments[e].length, `${lang} ${e}`).toBeGreaterThan(3);
      expect(Object.keys(m.roles).sort()).toEqual(Object.keys(sceneMessages.es.roles).sort());
    }
  });
});

function Probe() {
  return <p>{usePrefersReducedMotion() ? 'still' : 'moving'}</p>;
}

describe('prefers-reduced-motion', () => {
  it('follows the system setting', () => {
    const listeners: (() => void)[] = [];
    let matches = true;
    vi.stubGlobal('matchMedia', (query: string) => ({
      get matches() {
        return query === '(prefers-reduced-motion: reduce)' && matches;
      },
      addEventListener: (_: string, f: () => void) => listeners.push(f),
      removeEventListener: () => {},
    }));
    render(<Probe />);
    expect(screen.getByText('still')).toBeDefined();
    matches = false;
    act(() => {
      for (const f of listeners) f();
    });
    expect(screen.getByText('moving')).toBeDefined();
    vi.unstubAllGlobals();
  });
});
