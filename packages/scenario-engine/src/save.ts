import type { Issue, ParseResult } from '@ruta/curriculum';
import { guardInput } from './guard';
import { readJsonText } from './json-text';
import { type Play, type StartOptions, startScenario } from './play';
import { PlayError } from './play-event';
import { decodeEvents, PlaySave } from './save-format';
import type { Pack } from './schema';
import { schemaIssues } from './schema-issues';

/**
 * Resumes a saved play (`play.save()`, or its JSON text) against the packs at hand. The pack must be the
 * same id and version the play was saved with, and every saved event must still replay; otherwise the issue
 * says which. Never throws and never leaves a half-started play behind.
 */
export function resume(
  packs: Pack | readonly Pack[],
  save: unknown,
  options: Pick<StartOptions, 'timers' | 'clock'> = {},
): ParseResult<Play> {
  const fail = (path: string, message: string): ParseResult<Play> => ({
    ok: false,
    issues: [{ path, message }],
  });
  let input = save;
  if (typeof save === 'string') {
    const read = readJsonText(save);
    if (!read.ok)
      return {
        ok: false,
        issues: read.issues.map((issue) => ({
          ...issue,
          message: `the save is not valid JSON: ${issue.message}`,
        })),
      };
    input = read.value;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return fail('(root)', 'expected a saved play: an object { v, pack, version, scenario, events }');
  const unsafe: Issue[] = guardInput(input);
  if (unsafe.length > 0) return { ok: false, issues: unsafe };
  const shaped = PlaySave.safeParse(input);
  if (!shaped.success) return { ok: false, issues: schemaIssues(shaped.error, input) };
  const saved = shaped.data;
  const list: readonly Pack[] = Array.isArray(packs) ? packs : [packs as Pack];
  const sameId = list.filter((pack) => pack?.id === saved.pack);
  if (sameId.length === 0)
    return fail('pack', `the play was saved with pack "${saved.pack}", which is not available here`);
  const pack = sameId.find((candidate) => candidate.version === saved.version);
  if (pack === undefined)
    return fail(
      'version',
      `the play was saved with pack "${saved.pack}" version ${saved.version}, but version ${sameId.map((p) => p.version).join(', ')} is installed; its scenarios may differ, so the play cannot be resumed`,
    );
  if (!pack.scenarios.some((scenario) => scenario.id === saved.scenario))
    return fail('scenario', `pack "${pack.id}" has no scenario "${saved.scenario}"`);
  const events = decodeEvents(saved.events);
  let play: Play | undefined;
  try {
    play = startScenario(pack, saved.scenario, {
      carry: saved.carry,
      ...(saved.accommodations === undefined ? {} : { accommodations: saved.accommodations }),
      timers: options.timers,
      clock: options.clock,
    });
    for (let index = 0; index < events.length; index++) {
      try {
        play.send(events[index] as (typeof events)[number]);
      } catch (error) {
        play.stop();
        const reason = error instanceof Error ? error.message : String(error);
        return fail(
          `events[${index}]`,
          `the saved event "${saved.events[index]}" no longer replays: ${reason}`,
        );
      }
    }
  } catch (error) {
    play?.stop();
    const reason = error instanceof PlayError || error instanceof Error ? error.message : String(error);
    return fail(error instanceof PlayError && error.code === 'invalid-carry' ? 'carry' : '(root)', reason);
  }
  return { ok: true, value: play };
}
