import type { Area, Program, Text } from '@ruta/curriculum';
import { type Pack, PlayError, type PlayResult, replay, type Scenario } from '@ruta/scenario-engine';
import { isoDateOf } from './calendar';
import type { SubmittedResult } from './record';

/**
 * Replay verification: a submitted scenario result counts only if replaying its events against the pack
 * with that exact id and version gives the score and outcome it claims. The lab runs in a browser the
 * trainee controls; the replay is what makes a result evidence.
 */

/** Why a submitted result was refused. */
export const refusalReasons = [
  'unknown-pack',
  'unknown-pack-version',
  'unknown-scenario',
  'impossible-path',
  'invalid-carry',
  'incomplete',
  'score-mismatch',
  'outcome-mismatch',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

/** A result whose replay confirmed its claim. */
export interface VerifiedResult {
  /** Its position in `record.scenarioResults`. */
  index: number;
  submitted: SubmittedResult;
  /** The result the engine recomputed (the one that counts). */
  replayed: PlayResult;
  scenario: Scenario;
  /** The program areas the scenario counts toward (see `scenarioAreas`). */
  areas: Area[];
  /** The UTC date it was completed. */
  completedOn: string;
}

/** A result that does not count, and why. */
export interface RefusedResult {
  index: number;
  packId: string;
  packVersion: string;
  scenarioId: string;
  reason: RefusalReason;
  /** The reason in plain words, in Spanish, English and French. */
  message: Text;
}

/** Overall scores closer than this are equal (the lab may round what it displays and submits). */
export const scoreTolerance = 1e-6;

/**
 * The areas a scenario counts toward: the union of the areas its curriculum modules serve in `program`
 * (the curriculum's module → areas map), in the program's area order. A module the program does not
 * know contributes nothing.
 */
export function scenarioAreas(scenario: Pick<Scenario, 'modules'>, program: Program): Area[] {
  const served = new Set<Area>();
  for (const moduleId of scenario.modules)
    for (const area of program.modules.find((module) => module.id === moduleId)?.areas ?? [])
      served.add(area);
  return program.areas.filter((area) => served.has(area));
}

const fmt = (score: number | null) => (score === null ? '—' : score.toFixed(2));

function refusalMessage(reason: RefusalReason, submitted: SubmittedResult, detail: string): Text {
  const { packId, packVersion, scenarioId } = submitted;
  const pack = `${packId}@${packVersion}`;
  switch (reason) {
    case 'unknown-pack':
      return {
        es: `El paquete «${packId}» no está entre los paquetes de referencia; el resultado no puede verificarse.`,
        en: `Pack "${packId}" is not among the reference packs; the result cannot be verified.`,
        fr: `Le paquet « ${packId} » ne figure pas parmi les paquets de référence ; le résultat ne peut pas être vérifié.`,
      };
    case 'unknown-pack-version':
      return {
        es: `La versión ${packVersion} del paquete «${packId}» no está entre los paquetes de referencia; el resultado no puede verificarse.`,
        en: `Version ${packVersion} of pack "${packId}" is not among the reference packs; the result cannot be verified.`,
        fr: `La version ${packVersion} du paquet « ${packId} » ne figure pas parmi les paquets de référence ; le résultat ne peut pas être vérifié.`,
      };
    case 'unknown-scenario':
      return {
        es: `El paquete ${pack} no tiene el escenario «${scenarioId}».`,
        en: `Pack ${pack} has no scenario "${scenarioId}".`,
        fr: `Le paquet ${pack} n'a pas de scénario « ${scenarioId} ».`,
      };
    case 'impossible-path':
      return {
        es: `Los eventos de «${scenarioId}» no pueden reproducirse en ${pack} (${detail}): el recorrido es imposible.`,
        en: `The events of "${scenarioId}" cannot be replayed on ${pack} (${detail}): the path is impossible.`,
        fr: `Les événements de « ${scenarioId} » ne peuvent pas être rejoués sur ${pack} (${detail}) : le parcours est impossible.`,
      };
    case 'invalid-carry':
      return {
        es: `Los valores arrastrados a «${scenarioId}» no corresponden a ${pack} (${detail}).`,
        en: `The values carried into "${scenarioId}" do not fit ${pack} (${detail}).`,
        fr: `Les valeurs reportées dans « ${scenarioId} » ne correspondent pas à ${pack} (${detail}).`,
      };
    case 'incomplete':
      return {
        es: `La partida de «${scenarioId}» no llegó a un final; solo cuentan escenarios terminados.`,
        en: `The play of "${scenarioId}" did not reach an ending; only finished scenarios count.`,
        fr: `La partie de « ${scenarioId} » n'a pas atteint de fin ; seuls les scénarios terminés comptent.`,
      };
    case 'score-mismatch':
      return {
        es: `El puntaje declarado de «${scenarioId}» no coincide con el recalculado (${detail}).`,
        en: `The claimed score of "${scenarioId}" does not match the recomputed one (${detail}).`,
        fr: `Le score déclaré de « ${scenarioId} » ne correspond pas au score recalculé (${detail}).`,
      };
    case 'outcome-mismatch':
      return {
        es: `El desenlace declarado de «${scenarioId}» no coincide con el recalculado (${detail}).`,
        en: `The claimed outcome of "${scenarioId}" does not match the recomputed one (${detail}).`,
        fr: `L'issue déclarée de « ${scenarioId} » ne correspond pas à l'issue recalculée (${detail}).`,
      };
  }
}

/**
 * Re-plays every submitted result against the pack with its exact id and version and sorts them into
 * verified and refused (with the reason). Pure: the same results and packs always give the same answer.
 */
export function verifyResults(
  results: readonly SubmittedResult[],
  packs: readonly Pack[],
  program: Program,
): { verified: VerifiedResult[]; refused: RefusedResult[] } {
  const verified: VerifiedResult[] = [];
  const refused: RefusedResult[] = [];
  results.forEach((submitted, index) => {
    const checked = replayOne(submitted, packs);
    if ('reason' in checked) {
      refused.push({
        index,
        packId: submitted.packId,
        packVersion: submitted.packVersion,
        scenarioId: submitted.scenarioId,
        reason: checked.reason,
        message: refusalMessage(checked.reason, submitted, checked.detail ?? ''),
      });
      return;
    }
    verified.push({
      index,
      submitted,
      replayed: checked.replayed,
      scenario: checked.scenario,
      areas: scenarioAreas(checked.scenario, program),
      completedOn: isoDateOf(submitted.completedAt),
    });
  });
  return { verified, refused };
}

type ReplayCheck = { replayed: PlayResult; scenario: Scenario } | { reason: RefusalReason; detail?: string };

function replayOne(submitted: SubmittedResult, packs: readonly Pack[]): ReplayCheck {
  const sameId = packs.filter((pack) => pack.id === submitted.packId);
  if (sameId.length === 0) return { reason: 'unknown-pack' };
  const pack = sameId.find((candidate) => candidate.version === submitted.packVersion);
  if (pack === undefined) return { reason: 'unknown-pack-version' };
  const scenario = pack.scenarios.find((candidate) => candidate.id === submitted.scenarioId);
  if (scenario === undefined) return { reason: 'unknown-scenario' };

  let replayed: PlayResult;
  try {
    replayed = replay(
      pack,
      scenario.id,
      submitted.events,
      submitted.carry === undefined ? undefined : { carry: submitted.carry },
    );
  } catch (error) {
    if (error instanceof PlayError && error.code === 'invalid-carry')
      return { reason: 'invalid-carry', detail: error.message };
    if (error instanceof PlayError)
      return {
        reason: 'impossible-path',
        detail:
          error.eventIndex === undefined ? error.message : `events[${error.eventIndex}]: ${error.message}`,
      };
    return { reason: 'impossible-path', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!replayed.complete) return { reason: 'incomplete' };
  const overall = replayed.scores.overall;
  const claimed = submitted.claimed.overall;
  if (
    (overall === null) !== (claimed === null) ||
    (overall !== null && claimed !== null && Math.abs(overall - claimed) > scoreTolerance)
  )
    return { reason: 'score-mismatch', detail: `${fmt(claimed)} ≠ ${fmt(overall)}` };
  const outcome = replayed.ending?.outcome ?? null;
  if (outcome !== submitted.claimed.outcome)
    return { reason: 'outcome-mismatch', detail: `${submitted.claimed.outcome ?? '—'} ≠ ${outcome ?? '—'}` };
  return { replayed, scenario };
}
