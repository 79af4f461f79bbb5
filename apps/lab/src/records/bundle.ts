import { type Country, type Language, type ModuleId, moduleIds, type Role } from '@ruta/curriculum';
import { decodeEvents, type Pack, type PlayResult } from '@ruta/scenario-engine';
import { resultOf } from '../attempts';
import { findPack, loadPack } from '../packs';
import type { Attempt, LabData } from '../storage';

/**
 * The results bundle a trainee hands to the program office: a trainee record (`ruta schema record`) that
 * `ruta certify` reads as it is. It holds the profile (role, country) with the name and id the trainee
 * enters, the cohort, every finished attempt that counts (never a practice attempt) with its events, the
 * pack id and exact version it was played on, and the claimed score and outcome (which certify never
 * trusts: it replays the events). Attendance, replications and prior certificates are the office's to add;
 * they leave the lab empty.
 */

export interface BundlePerson {
  id: string;
  name: string;
  cohortId: string;
  modules: ModuleId[];
  plannedHours: number;
}

export interface SubmittedResult {
  packId: string;
  packVersion: string;
  scenarioId: string;
  events: ReturnType<typeof decodeEvents>;
  carry?: Record<string, number | boolean>;
  completedAt: string;
  claimed: { overall: number | null; outcome: 'protected' | 'partial' | 'harmed' | null };
}

export interface ResultsBundle {
  person: { id: string; name: string; role: Role; country: Country };
  cohort: { id: string; modules: ModuleId[]; plannedHours: number };
  attendance: [];
  scenarioResults: SubmittedResult[];
  replications: [];
  priorCertificates: [];
}

export const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type BundleProblem = 'name' | 'id' | 'cohortId' | 'modules' | 'plannedHours';

/** What is wrong with the person and cohort the trainee entered (empty when nothing is). */
export function personProblems(person: BundlePerson): BundleProblem[] {
  const problems: BundleProblem[] = [];
  if (person.name.trim() === '' || person.name.trim().length > 200) problems.push('name');
  if (!idPattern.test(person.id) || person.id.length > 64) problems.push('id');
  if (!idPattern.test(person.cohortId) || person.cohortId.length > 64) problems.push('cohortId');
  if (person.modules.length === 0 || person.modules.some((m) => !moduleIds.includes(m)))
    problems.push('modules');
  if (!(Number.isFinite(person.plannedHours) && person.plannedHours > 0)) problems.push('plannedHours');
  return problems;
}

/** A name as an id: "Ana Pérez" → "ana-perez". */
export function suggestId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** The attempts that go in the bundle: finished, not practice. */
export function countedAttempts(attempts: readonly Attempt[]): Attempt[] {
  return attempts
    .filter((a) => a.practice === undefined)
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt));
}

/** The replayed result of an attempt on the pack it was played on, when this lab still has that version. */
export async function replayedResult(
  attempt: Attempt,
  lang: Language,
): Promise<{ result: PlayResult; pack: Pack } | undefined> {
  const entry = findPack(attempt.packId);
  try {
    let pack: Pack | undefined;
    if (entry?.package === '')
      pack = (await import('../runtime-packs')).runtimePack(attempt.packId, attempt.packVersion);
    else if (entry !== undefined && entry.version === attempt.packVersion)
      pack = await loadPack(attempt.packId, [attempt.scenarioId], lang);
    if (pack === undefined) return undefined;
    return { result: resultOf(pack, attempt), pack };
  } catch {
    return undefined;
  }
}

function claimedOf(attempt: Attempt, result: PlayResult | undefined): SubmittedResult['claimed'] {
  const outcome = (result ? result.ending?.outcome : attempt.summary?.outcome) ?? null;
  const overall = (result ? result.scores.overall : attempt.summary?.overall) ?? null;
  return {
    overall,
    outcome: outcome === 'protected' || outcome === 'partial' || outcome === 'harmed' ? outcome : null,
  };
}

/** Builds the bundle; throws a TypeError when the profile is missing. */
export async function buildBundle(data: LabData, person: BundlePerson): Promise<ResultsBundle> {
  const profile = data.profile;
  if (profile === undefined) throw new TypeError('no profile: the trainee has not started yet');
  const scenarioResults: SubmittedResult[] = [];
  for (const attempt of countedAttempts(data.attempts)) {
    const result = (await replayedResult(attempt, profile.lang))?.result;
    const submitted: SubmittedResult = {
      packId: attempt.packId,
      packVersion: attempt.packVersion,
      scenarioId: attempt.scenarioId,
      events: decodeEvents(attempt.events),
      completedAt: attempt.completedAt,
      claimed: claimedOf(attempt, result),
    };
    if (attempt.carry !== undefined) submitted.carry = attempt.carry;
    scenarioResults.push(submitted);
  }
  return {
    person: { id: person.id, name: person.name.trim(), role: profile.role, country: profile.country },
    cohort: { id: person.cohortId, modules: [...person.modules], plannedHours: person.plannedHours },
    attendance: [],
    scenarioResults,
    replications: [],
    priorCertificates: [],
  };
}

/** The file name of a bundle: `<person>-results.json`. */
export const bundleFileName = (personId: string) => `${personId}-results.json`;

/** Offers `text` as a download named `name`. */
export function download(name: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
