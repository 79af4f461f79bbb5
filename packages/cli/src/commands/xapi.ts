import type { PlayResult } from '@ruta/scenario-engine';
import { replay } from '@ruta/scenario-engine';
import { toXapiStatements } from '@ruta/scenario-engine/xapi';
import { type Command, printJson } from '../command';
import { checkFailure, usageError } from '../failures';
import { readJsonArgument } from '../files';
import { positionals, requiredOption, stringOption } from '../options';
import { loadPack } from '../pack-files';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iri = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/** What `ruta play --json` prints, enough to be a result: ids, the event log and the path. */
function looksLikeResult(value: unknown): value is PlayResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.packId === 'string' &&
    typeof r.scenarioId === 'string' &&
    Array.isArray(r.events) &&
    Array.isArray(r.path) &&
    typeof r.scores === 'object' &&
    r.scores !== null
  );
}

/** A result, a list of results, or a journey result (its `steps`). */
function resultsIn(document: unknown): unknown[] | undefined {
  if (Array.isArray(document)) return document;
  if (typeof document !== 'object' || document === null) return undefined;
  const steps = (document as { steps?: unknown }).steps;
  if (Array.isArray(steps)) return steps;
  return [document];
}

/**
 * `ruta xapi <results.json> --actor <homePage|name>`: xAPI 1.0.3 statements of play results, as one JSON
 * list ready for an LRS import. With `--pack`, each result is first replayed against the pack (and the
 * recomputed result is what is reported), and activities get the pack's names.
 */
export const xapiCommand: Command = {
  name: 'xapi',
  options: {
    actor: { type: 'string' },
    'actor-name': { type: 'string' },
    registration: { type: 'string' },
    pack: { type: 'string' },
    timestamp: { type: 'string' },
  },
  async run(line, { io, lang, t }) {
    const [resultsArgument] = positionals(line, [t.argResults], t) as [string];
    const actorArgument = requiredOption(line, 'actor', t);
    const separator = actorArgument.lastIndexOf('|');
    const homePage = actorArgument.slice(0, separator);
    const name = actorArgument.slice(separator + 1);
    if (separator < 0 || !iri.test(homePage) || name.trim() === '')
      throw usageError(t.badActor(actorArgument));
    const registration = stringOption(line, 'registration');
    if (registration !== undefined && !uuid.test(registration))
      throw usageError(t.badUuid('--registration', registration));
    const timestampArgument = stringOption(line, 'timestamp');
    const timestamp = timestampArgument === undefined ? io.now() : new Date(timestampArgument);
    if (Number.isNaN(timestamp.getTime()))
      throw usageError(t.badDate('--timestamp', timestampArgument ?? ''));
    const packArgument = stringOption(line, 'pack');
    const pack = packArgument === undefined ? undefined : loadPack(io, t, packArgument, lang);

    const items = resultsIn(await readJsonArgument(io, t, resultsArgument));
    if (items === undefined || items.length === 0) throw checkFailure(t.notResults(resultsArgument));
    const results: PlayResult[] = items.map((item, index) => {
      if (!looksLikeResult(item)) throw checkFailure(t.notAResult(index));
      if (pack === undefined) return item;
      if (item.packId !== pack.id || item.packVersion !== pack.version)
        throw checkFailure(
          t.resultOfOtherPack(index, `${item.packId}@${item.packVersion}`, `${pack.id}@${pack.version}`),
        );
      try {
        return replay(
          pack,
          item.scenarioId,
          item.events,
          item.carry === undefined ? {} : { carry: item.carry },
        );
      } catch (error) {
        throw checkFailure(
          t.resultNotReplayable(index, error instanceof Error ? error.message : String(error)),
        );
      }
    });
    if (registration !== undefined) {
      const scenarios = results.map((r) => `${r.packId}/${r.scenarioId}`);
      if (new Set(scenarios).size !== scenarios.length) throw usageError(t.registrationShared);
    }
    const actorName = stringOption(line, 'actor-name');
    const statements = results.flatMap((result) =>
      toXapiStatements(result, {
        actor: { homePage, name, ...(actorName === undefined ? {} : { displayName: actorName }) },
        ...(registration === undefined ? {} : { registration }),
        timestamp,
        ...(pack === undefined ? {} : { pack }),
      }),
    );
    printJson(io, statements);
    return 0;
  },
};
