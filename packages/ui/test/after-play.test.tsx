import regional from '@ruta/pack-regional';
import { type Pack, startScenario } from '@ruta/scenario-engine';
import { validatePack } from '@ruta/scenario-engine/validate';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { Debrief, PackImportPanel } from '../src/index';
import { renderInFrame } from './harness';

const scenarioId = 'identification-border-post';

/** A play that takes the harmful choice wherever one is offered, else the first, to its ending. */
function harmfulPlay() {
  const play = startScenario(regional, scenarioId, { timers: false });
  play.note('ilo-retention-of-documents');
  play.note('ilo-excessive-overtime');
  while (!play.done) {
    const node = play.node;
    const offered = play.choices().map((c) => c.id);
    const harmful =
      'choices' in node
        ? node.choices.find((c) => offered.includes(c.id) && c.assessment.quality === 'harmful')
        : undefined;
    play.choose(harmful?.id ?? (offered[0] as string));
  }
  return play;
}

test('the debrief of a harmful ending names the harmful decisions, the best choice offered and the indicators', async () => {
  const user = userEvent.setup();
  const play = harmfulPlay();
  const result = play.result();
  expect(result.harmful.length).toBeGreaterThan(0);
  const retries: number[] = [];
  renderInFrame(<Debrief result={result} pack={regional} onRetryFrom={(i) => retries.push(i)} />, {
    lang: 'en',
  });
  expect(screen.getByText(/^Harmful decisions: Decision 1/)).toBeTruthy();
  const first = screen
    .getAllByRole('listitem')
    .find((li) => li.querySelector('h4')?.textContent === 'Decision 1')!;
  expect(within(first).getByText('The best choice offered:')).toBeTruthy();
  expect(within(first).getAllByText('Harmful').length).toBe(1);
  expect(within(first).getByText('Best')).toBeTruthy();
  expect(screen.getByRole('heading', { name: /1 found/ })).toBeTruthy();
  expect(screen.getByRole('heading', { name: /1 noted but not present/ })).toBeTruthy();
  expect(screen.getByText('Excessive overtime')).toBeTruthy();
  // Retry from the first decision: its CHOOSE is event 2 (after the two notes).
  await user.click(screen.getByRole('button', { name: 'Try again from decision 1' }));
  expect(retries).toEqual([2]);
  expect(result.events[2]).toEqual({ type: 'CHOOSE', choiceId: result.decisions[0]?.made.choice });
});

test('the meters hidden during an exam are shown in the debrief with their final values', () => {
  const play = harmfulPlay();
  renderInFrame(<Debrief result={play.result()} pack={regional} />, { lang: 'fr' });
  expect(screen.getByRole('heading', { name: 'Valeurs finales des jauges' })).toBeTruthy();
  expect(screen.getByRole('meter', { name: 'Confiance' }).getAttribute('aria-valuenow')).toBe(
    String(play.variables.trust),
  );
});

test.each([
  ['es', 'No se pudo importar el paquete «rcm-regional»'],
  ['fr', "Le paquet « rcm-regional » n'a pas pu être importé"],
] as const)(
  'pack import issues in %s: each message as validatePack gave it, with its path',
  (lang, heading) => {
    const broken = structuredClone(regional) as Pack;
    broken.version = '1.0';
    const validation = validatePack(broken, { lang });
    expect(validation.ok).toBe(false);
    const issues = validation.ok ? [] : validation.issues;
    const versionIssue = issues.find((issue) => issue.path === 'version');
    expect(versionIssue).toBeDefined();
    renderInFrame(<PackImportPanel issues={issues} packName="rcm-regional" />, { lang });
    const panel = screen.getByRole('alert');
    expect(panel.textContent).toContain(heading);
    // The message as the engine wrote it in the user's language: not re-worded, not marked as another language.
    const message = within(panel).getByText(versionIssue?.message ?? '');
    expect(message.closest('[lang]')?.getAttribute('lang')).toBe(lang);
    expect(panel.textContent).not.toMatch(/\[(EN|ES|FR)\]/);
    // Each issue's path, as written in the file.
    const paths = within(panel).getAllByText((_, element) => element?.tagName === 'CODE');
    expect(paths.map((path) => path.textContent)).toEqual(issues.map((issue) => issue.path));
  },
);

test('a static-check issue shows which check found it', () => {
  renderInFrame(
    <PackImportPanel
      issues={[
        {
          path: 'scenarios[0].nodes.debrief',
          message: 'Ningún camino lleva al nodo «debrief».',
          check: 'unreachable-node',
        },
      ]}
    />,
  );
  const item = within(screen.getByRole('alert')).getByRole('listitem');
  expect(item.textContent).toContain('Ningún camino lleva al nodo «debrief». (unreachable-node)');
  expect(item.textContent).toContain('Ruta: scenarios[0].nodes.debrief');
});
