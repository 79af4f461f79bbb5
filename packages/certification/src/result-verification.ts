import type { Area, Program } from '@ruta/curriculum';
import {
  type CarriedValues,
  carriedValues,
  type Journey,
  type Pack,
  PlayError,
  type PlayResult,
  replay,
  type Scenario,
} from '@ruta/scenario-engine';
import { isoDateOf } from './calendar';
import type { SubmittedResult } from './record';
import type { FullText } from './wording';

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
  'unverified-carry',
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
  message: FullText;
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

function refusalMessage(reason: RefusalReason, submitted: SubmittedResult, detail: string): FullText {
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
    case 'unverified-carry':
      return {
        es: `Los valores arrastrados a «${scenarioId}» no provienen de un resultado verificado del paso anterior del recorrido en este expediente (${detail}); un primer paso o un escenario suelto no arrastra nada.`,
        en: `The values carried into "${scenarioId}" do not come from a verified result of the journey's previous step in this record (${detail}); a first step or a stand-alone scenario carries nothing.`,
        fr: `Les valeurs reportées dans « ${scenarioId} » ne proviennent pas d'un résultat vérifié de l'étape précédente du parcours dans ce dossier (${detail}) ; une première étape ou un scénario isolé ne reporte rien.`,
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
 * verified and refused (with the reason). Carried values are verified, not trusted: a result may carry
 * values into a scenario only when that scenario is a later step of a journey of its pack and a verified
 * result of the previous step, in the same `results` and completed no later, carries exactly those values
 * out (the engine's `carriedValues`); a first step or a stand-alone scenario carries nothing. Results are
 * checked in the order they were completed. Pure: the same results and packs always give the same answer.
 */
export function verifyResults(
  results: readonly SubmittedResult[],
  packs: readonly Pack[],
  program: Program,
): { verified: VerifiedResult[]; refused: RefusedResult[] } {
  const verified: VerifiedResult[] = [];
  const refused: RefusedResult[] = [];
  const order = results
    .map((submitted, index) => ({ submitted, index, at: Date.parse(submitted.completedAt) }))
    .sort((a, b) => (a.at === b.at || Number.isNaN(a.at - b.at) ? a.index - b.index : a.at - b.at));
  const record = ({ submitted, index }: (typeof order)[number], checked: ReplayCheck): void => {
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
  };
  // In completion order; a result whose carry no verified result vouches for (yet) waits, and the waiting
  // ones are checked again while that verifies more (a step completed at the same second as the one before
  // it may come first in the record). What still waits when nothing changes is refused.
  let pending = order;
  while (pending.length > 0) {
    const waiting: { entry: (typeof order)[number]; checked: ReplayCheck }[] = [];
    for (const entry of pending) {
      const checked = replayOne(entry.submitted, packs, verified);
      if ('reason' in checked && checked.reason === 'unverified-carry') waiting.push({ entry, checked });
      else record(entry, checked);
    }
    if (waiting.length === pending.length) {
      for (const { entry, checked } of waiting) record(entry, checked);
      break;
    }
    pending = waiting.map(({ entry }) => entry);
  }
  const byIndex = (a: { index: number }, b: { index: number }) => a.index - b.index;
  return { verified: verified.sort(byIndex), refused: refused.sort(byIndex) };
}

/** Names that are object machinery, never variables: refused outright rather than dropped. */
const machineryKeys = new Set(['__proto__', 'constructor', 'prototype']);

function sameValues(a: CarriedValues, b: CarriedValues): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]))
  );
}

/**
 * Why `carry` cannot be accepted for `submitted` (undefined when it can): it must be what a verified result
 * of the previous step of one of the pack's journeys carries out.
 */
function carryProblem(
  submitted: SubmittedResult,
  carry: CarriedValues,
  pack: Pack,
  verified: readonly VerifiedResult[],
): string | undefined {
  const previousSteps: { journey: Journey; previous: string }[] = [];
  for (const journey of pack.journeys ?? [])
    journey.steps.forEach((step, position) => {
      if (step === submitted.scenarioId && position > 0)
        previousSteps.push({ journey, previous: journey.steps[position - 1] as string });
    });
  if (previousSteps.length === 0)
    return `"${submitted.scenarioId}" is not a later step of any journey of ${pack.id}@${pack.version}, so nothing can be carried into it`;
  const completed = Date.parse(submitted.completedAt);
  for (const { journey, previous } of previousSteps)
    for (const earlier of verified) {
      if (
        earlier.submitted.packId !== pack.id ||
        earlier.submitted.packVersion !== pack.version ||
        earlier.scenario.id !== previous ||
        !(Date.parse(earlier.submitted.completedAt) <= completed)
      )
        continue;
      if (sameValues(carriedValues(pack, journey, earlier.replayed, submitted.scenarioId), carry))
        return undefined;
    }
  const steps = previousSteps
    .map(({ journey, previous }) => `"${previous}" in journey "${journey.id}"`)
    .join(', ');
  return `no verified result of the previous step (${steps}) in this record carries out these values`;
}

type ReplayCheck = { replayed: PlayResult; scenario: Scenario } | { reason: RefusalReason; detail?: string };

function replayOne(
  submitted: SubmittedResult,
  packs: readonly Pack[],
  verified: readonly VerifiedResult[],
): ReplayCheck {
  const sameId = packs.filter((pack) => pack.id === submitted.packId);
  if (sameId.length === 0) return { reason: 'unknown-pack' };
  const pack = sameId.find((candidate) => candidate.version === submitted.packVersion);
  if (pack === undefined) return { reason: 'unknown-pack-version' };
  const scenario = pack.scenarios.find((candidate) => candidate.id === submitted.scenarioId);
  if (scenario === undefined) return { reason: 'unknown-scenario' };

  const carry = submitted.carry;
  if (carry !== undefined) {
    if (typeof carry !== 'object' || carry === null || Array.isArray(carry))
      return { reason: 'invalid-carry', detail: 'carry must be an object: variable name → value' };
    const machinery = Object.keys(carry).filter((key) => machineryKeys.has(key));
    if (machinery.length > 0)
      return {
        reason: 'invalid-carry',
        detail: `${machinery.map((key) => `"${key}"`).join(', ')} is not a variable name`,
      };
  }

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
  // Values the scenario accepts (the replay checked their names and types) must also come from somewhere.
  if (carry !== undefined && Object.keys(carry).length > 0) {
    const problem = carryProblem(submitted, carry, pack, verified);
    if (problem) return { reason: 'unverified-carry', detail: problem };
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
