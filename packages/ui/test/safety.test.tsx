import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import regional from '@ruta/pack-regional';
import { type Pack, parsePack, startScenario } from '@ruta/scenario-engine';
import { act, screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { Debrief, ScenarioPlayer } from '../src/index';
import { renderInFrame } from './harness';

const img = '<img src=x onerror="globalThis.__rutaPwned = true">';
const link = '<a href="javascript:globalThis.__rutaPwned=true">ver el expediente</a>';
const hostile = `${img} ${link}`;

/** The regional pack with markup and `javascript:` links in every text of the first scenario. */
function hostilePack(): Pack {
  const pack = structuredClone(regional) as Pack;
  const scenario = pack.scenarios[0]!;
  scenario.title = { es: `${scenario.title.es} ${hostile}`, en: hostile, fr: hostile };
  for (const node of Object.values(scenario.nodes)) {
    node.text = { es: `${node.text.es} ${hostile}`, en: hostile, fr: link };
    if ('choices' in node)
      for (const choice of node.choices) {
        choice.text = { es: `${choice.text.es} ${img}`, en: link, fr: link };
        choice.assessment.feedback = { es: hostile, en: hostile, fr: hostile };
      }
    else node.ending.summary = { es: hostile, en: link, fr: link };
  }
  for (const character of scenario.characters ?? []) character.name = `${character.name} ${img}`;
  const parsed = parsePack(pack);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed.value;
}

test('markup and javascript: links in a pack are shown as text and never run', async () => {
  const onerror = vi.fn();
  (globalThis as { __rutaPwned?: boolean }).__rutaPwned = false;
  const pack = hostilePack();
  const play = startScenario(pack, pack.scenarios[0]!.id, { timers: false });
  const { container, unmount } = renderInFrame(<ScenarioPlayer play={play} />);
  const inert = () => {
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container.querySelector('[href^="javascript"]')).toBeNull();
  };
  // The markup is there, visibly, as text.
  expect(container.querySelector('.ruta-node-text')?.textContent).toContain('<img src=x onerror=');
  expect(screen.getAllByText(/javascript:globalThis/).length).toBeGreaterThan(0);
  inert();
  while (!play.done) {
    await act(async () => {
      (
        within(screen.getByRole('navigation', { name: 'Opciones' })).getAllByRole('button')[0] as HTMLElement
      ).click();
    });
    inert();
  }
  unmount();
  const debrief = renderInFrame(<Debrief result={play.result()} pack={pack} />);
  expect(debrief.container.textContent).toContain('<a href="javascript:');
  expect(debrief.container.querySelector('img, a, [onerror]')).toBeNull();
  expect((globalThis as { __rutaPwned?: boolean }).__rutaPwned).toBe(false);
  expect(onerror).not.toHaveBeenCalled();
});

test('no component renders HTML from strings', async () => {
  const dir = join(__dirname, '..', 'src');
  const files = (await readdir(dir, { recursive: true })).filter((f) => /\.tsx?$/.test(f));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const source = await readFile(join(dir, file), 'utf8');
    expect(source, file).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/);
  }
});
