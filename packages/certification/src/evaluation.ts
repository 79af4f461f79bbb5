import {
  type AssessedLevel,
  assessDetailed,
  type CompetencyAssessment,
  type Evidence as CompetencyEvidence,
  type Framework,
  findCompetency,
  type Level,
  levelNames,
  regionalFramework,
} from '@ruta/competencies';
import {
  type Area,
  areaNames,
  areas,
  type Issue,
  type Language,
  localize,
  type ModuleId,
  type Program,
  parseWith,
  regionalProgram,
  type Text,
} from '@ruta/curriculum';
import type { Outcome, Pack, Stage } from '@ruta/scenario-engine';
import { addDays, addMonths, dayNumber } from './calendar';
import {
  type AttendedSession,
  type CohortPlan,
  type Person,
  type PriorCertificate,
  parseRecord,
  type ReplicationReport,
  type TraineeRecord,
} from './record';
import { type RefusedResult, type VerifiedResult, verifyResults } from './result-verification';
import {
  type CertificateKind,
  type CertificationScheme,
  CertificationScheme as CertificationSchemeSchema,
  certificateKinds,
  type RenewalRule,
  type RequiredLevels,
  type ScenarioPerformance,
  type TrainerRule,
} from './scheme';
import { anyOf, each, type FullText, hours, list, percent, score, stageNames } from './wording';

/** Comparisons of shares and scores allow for floating-point error. */
const epsilon = 1e-9;

/** One piece of evidence a criterion used. Indexes point into the record's lists. */
export type EvidenceUsed =
  | { type: 'attendance'; index: number; date: string; modules: ModuleId[]; hours: number }
  | {
      type: 'scenario-result';
      index: number;
      packId: string;
      packVersion: string;
      scenarioId: string;
      stage: Stage;
      areas: Area[];
      overall: number | null;
      outcome: Outcome | null;
      completedOn: string;
      harmful: { node: string; choice: string }[];
    }
  | { type: 'replication'; index: number; date: string; place: string; attendees: number }
  | { type: 'certificate'; id: string; kind: CertificateKind; issuedOn: string; validUntil: string | null }
  | { type: 'certificate-kind'; kind: CertificateKind; eligible: boolean }
  | {
      type: 'competency';
      competency: string;
      level: AssessedLevel;
      required: Level;
      score: number | null;
      evidence: number;
    };

/** One rule of a kind of certificate, applied to the record. */
export interface Criterion {
  /** Stable id: `attendance`, `modules-covered`, `area-score:protection`, `stage:shelter`, `no-harmful-choice`,
   * `competency:recognise-indicators`, `completion`, `replication-sessions`, `replication-colleagues`,
   * `expired-certificate`, `recent-results`. */
  id: string;
  met: boolean;
  /** What the criterion asks, in Spanish, English and French. */
  label: FullText;
  /** The evidence the decision used. */
  evidence: EvidenceUsed[];
  /** When unmet: what is missing, in plain words (es, en, fr). */
  missing?: FullText;
}

/** The decision for one kind of certificate. */
export interface KindEvaluation {
  kind: CertificateKind;
  title: Text;
  eligible: boolean;
  criteria: Criterion[];
  /** The certificate would be valid from the evaluation date… */
  validFrom: string;
  /** …through this day (inclusive); `null` when it does not expire. */
  validUntil: string | null;
  academicHours: number;
  credits: number;
  /** Renewal only: the expired certificate it renews. */
  renews?: { id: string; kind: CertificateKind };
}

export interface Evaluation {
  schemeId: string;
  schemeVersion: string;
  asOf: string;
  person: Person;
  cohort: CohortPlan;
  /** Every submitted result, replayed: the verified ones and the refused ones with their reason. */
  results: { verified: VerifiedResult[]; refused: RefusedResult[] };
  kinds: Partial<Record<CertificateKind, KindEvaluation>>;
}

export interface EvaluateOptions {
  /** The reference packs results are replayed against (matched by exact id and version). */
  packs: readonly Pack[];
  /** The evaluation date (`YYYY-MM-DD`); nothing after it counts. The clock is never read. */
  asOf: string;
  /** The program whose module → areas map gives a scenario its areas. Default: the regional program. */
  program?: Program;
  /** The competency framework that names competencies in explanations. Default: the regional framework. */
  framework?: Framework;
}

/** Thrown by `evaluate` when the scheme, the record or `asOf` is invalid; `issues` name what and where. */
export class CertificationError extends Error {
  override name = 'CertificationError';
  readonly issues: Issue[];
  constructor(subject: string, issues: Issue[]) {
    super(`${subject} is invalid:\n${issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}`);
    this.issues = issues;
  }
}

interface Context {
  scheme: CertificationScheme;
  record: TraineeRecord;
  asOf: string;
  today: number;
  program: Program;
  framework: Framework;
  verified: VerifiedResult[];
  competencies: Record<string, CompetencyAssessment>;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Decides, for each kind of certificate the scheme defines, whether the trainee is eligible, and explains
 * every criterion: met or not, the evidence used, and what is missing in plain words (es, en, fr).
 *
 * Every submitted scenario result is first replayed against the pack with its exact id and version; a
 * refused result (forged score or outcome, impossible path, unknown pack version, values carried in that no
 * verified previous journey step of the record carried out) never counts.
 * Deterministic and pure: the same scheme, record, packs and `asOf` always give the same evaluation.
 * Throws a {@link CertificationError} when the scheme or record is not valid (use `parseScheme` and
 * `parseRecord` first to report problems to a person).
 */
export function evaluate(
  scheme: CertificationScheme,
  record: TraineeRecord,
  options: EvaluateOptions,
): Evaluation {
  const parsedScheme = parseWith(CertificationSchemeSchema, scheme);
  if (!parsedScheme.ok) throw new CertificationError('the certification scheme', parsedScheme.issues);
  const parsedRecord = parseRecord(record);
  if (!parsedRecord.ok) throw new CertificationError('the trainee record', parsedRecord.issues);
  if (!isoDate.test(options.asOf) || Number.isNaN(dayNumber(options.asOf)))
    throw new CertificationError('the evaluation options', [
      { path: 'asOf', message: 'must be a date written YYYY-MM-DD' },
    ]);
  const program = options.program ?? regionalProgram;
  const framework = options.framework ?? regionalFramework;
  const today = dayNumber(options.asOf);
  const results = verifyResults(parsedRecord.value.scenarioResults, options.packs, program);
  const context: Context = {
    scheme: parsedScheme.value,
    record: parsedRecord.value,
    asOf: options.asOf,
    today,
    program,
    framework,
    verified: results.verified,
    competencies: assessCompetencies(parsedRecord.value, results.verified, options.asOf),
  };

  const kinds: Partial<Record<CertificateKind, KindEvaluation>> = {};
  const { participation, completion, trainer, renewal } = context.scheme.kinds;
  if (participation)
    kinds.participation = decide(context, 'participation', [
      attendanceCriterion(context, participation.minAttendance),
      ...competencyCriteria(context, participation.requiredLevels),
    ]);
  if (completion)
    kinds.completion = decide(context, 'completion', [
      attendanceCriterion(context, completion.minAttendance),
      modulesCriterion(context),
      ...performanceCriteria(context, completion.performance),
      ...competencyCriteria(context, completion.requiredLevels),
    ]);
  if (trainer)
    kinds.trainer = decide(context, 'trainer', [
      completedCriterion(context, kinds.completion),
      ...replicationCriteria(context, trainer),
      ...competencyCriteria(context, trainer.requiredLevels),
    ]);
  if (renewal) {
    const { criterion, certificate } = expiredCertificateCriterion(context, renewal);
    const evaluation = decide(context, 'renewal', [
      criterion,
      recentResultsCriterion(context, renewal),
      ...performanceCriteria(context, renewal.performance),
      ...competencyCriteria(context, renewal.requiredLevels),
    ]);
    if (certificate) evaluation.renews = { id: certificate.id, kind: certificate.kind };
    kinds.renewal = evaluation;
  }
  // Kinds in their canonical order, whatever order they were decided in.
  const ordered: Partial<Record<CertificateKind, KindEvaluation>> = {};
  for (const kind of certificateKinds) if (kinds[kind]) ordered[kind] = kinds[kind];
  return {
    schemeId: context.scheme.id,
    schemeVersion: context.scheme.version,
    asOf: options.asOf,
    person: context.record.person,
    cohort: context.record.cohort,
    results,
    kinds: ordered,
  };
}

function decide(context: Context, kind: CertificateKind, criteria: Criterion[]): KindEvaluation {
  const rule = context.scheme.kinds[kind];
  if (!rule) throw new Error(`unreachable: no rule for ${kind}`);
  return {
    kind,
    title: rule.title,
    eligible: criteria.every((criterion) => criterion.met),
    criteria,
    validFrom: context.asOf,
    validUntil: rule.validityMonths === null ? null : lastValidDay(context.asOf, rule.validityMonths),
    academicHours: rule.academicHours,
    credits: rule.credits,
  };
}

/**
 * The last day a certificate issued on `issuedOn` is valid for `months`: the day before the same day
 * `months` later (2026-06-30 + 24 → 2028-06-29); when that day does not exist, the month's last day
 * (2026-01-31 + 1 → 2026-02-28).
 */
export function lastValidDay(issuedOn: string, months: number): string {
  const target = addMonths(issuedOn, months);
  if (target.slice(8, 10) !== issuedOn.slice(8, 10)) return target;
  return addDays(target, -1);
}

function met(id: string, label: FullText, evidence: EvidenceUsed[]): Criterion {
  return { id, met: true, label, evidence };
}
function unmet(id: string, label: FullText, evidence: EvidenceUsed[], missing: FullText): Criterion {
  return { id, met: false, label, evidence, missing };
}

// ——— attendance and modules ———

function attendedSessions(context: Context): { session: AttendedSession; index: number }[] {
  return context.record.attendance
    .map((session, index) => ({ session, index }))
    .filter(({ session }) => dayNumber(session.date) <= context.today);
}

function attendanceEvidence(sessions: { session: AttendedSession; index: number }[]): EvidenceUsed[] {
  return sessions.map(({ session, index }) => ({
    type: 'attendance',
    index,
    date: session.date,
    modules: session.modules,
    hours: session.hours,
  }));
}

function attendanceCriterion(context: Context, minAttendance: number): Criterion {
  const sessions = attendedSessions(context);
  const planned = context.record.cohort.plannedHours;
  const attended = sessions.reduce((sum, { session }) => sum + session.hours, 0);
  const share = attended / planned;
  const needed = minAttendance * planned;
  const label = each(
    (lang) =>
      ({
        es: `Asistencia de al menos ${percent(minAttendance, lang)} de las ${hours(planned, lang)} horas del curso`,
        en: `Attendance of at least ${percent(minAttendance, lang)} of the course's ${hours(planned, lang)} hours`,
        fr: `Présence d'au moins ${percent(minAttendance, lang)} des ${hours(planned, lang)} heures du cours`,
      })[lang],
  );
  const evidence = attendanceEvidence(sessions);
  if (share >= minAttendance - epsilon) return met('attendance', label, evidence);
  return unmet(
    'attendance',
    label,
    evidence,
    each(
      (lang) =>
        ({
          es: `Asistió ${hours(attended, lang)} de ${hours(planned, lang)} horas (${percent(share, lang)}); se requieren ${hours(needed, lang)} horas: faltan ${hours(needed - attended, lang)}.`,
          en: `Attended ${hours(attended, lang)} of ${hours(planned, lang)} hours (${percent(share, lang)}); ${hours(needed, lang)} hours are required: ${hours(needed - attended, lang)} more.`,
          fr: `A assisté à ${hours(attended, lang)} heures sur ${hours(planned, lang)} (${percent(share, lang)}) ; ${hours(needed, lang)} heures sont requises : il en manque ${hours(needed - attended, lang)}.`,
        })[lang],
    ),
  );
}

function moduleName(context: Context, id: ModuleId, lang: Language): string {
  const module = context.program.modules.find((candidate) => candidate.id === id);
  return module ? `${id} (${localize(module.title, lang)})` : id;
}

function modulesCriterion(context: Context): Criterion {
  const sessions = attendedSessions(context);
  const covered = new Set(sessions.flatMap(({ session }) => session.modules));
  const missing = context.record.cohort.modules.filter((id) => !covered.has(id));
  const label = each(
    (lang) =>
      ({
        es: `Haber cursado todos los módulos de la cohorte (${context.record.cohort.modules.join(', ')})`,
        en: `Attended every module of the cohort (${context.record.cohort.modules.join(', ')})`,
        fr: `Avoir suivi tous les modules de la cohorte (${context.record.cohort.modules.join(', ')})`,
      })[lang],
  );
  const evidence = attendanceEvidence(sessions);
  if (missing.length === 0) return met('modules-covered', label, evidence);
  return unmet(
    'modules-covered',
    label,
    evidence,
    each((lang) => {
      const names = list(
        missing.map((id) => moduleName(context, id, lang)),
        lang,
      );
      return {
        es: `No asistió a ninguna sesión de: ${names}.`,
        en: `Attended no session of: ${names}.`,
        fr: `N'a assisté à aucune séance de : ${names}.`,
      }[lang];
    }),
  );
}

// ——— scenario performance ———

function resultEvidence(result: VerifiedResult): EvidenceUsed {
  return {
    type: 'scenario-result',
    index: result.index,
    packId: result.submitted.packId,
    packVersion: result.submitted.packVersion,
    scenarioId: result.scenario.id,
    stage: result.scenario.stage,
    areas: result.areas,
    overall: result.replayed.scores.overall,
    outcome: result.replayed.ending?.outcome ?? null,
    completedOn: result.completedOn,
    harmful: result.replayed.harmful.map(({ node, choice }) => ({ node, choice })),
  };
}

/**
 * The attempts that count: verified results completed on or after `asOf − windowDays` and on or before
 * `asOf`, and of those the best per scenario (highest overall score; on a tie the latest, then the first
 * submitted). Returned in submission order.
 */
export function countingAttempts(
  verified: readonly VerifiedResult[],
  asOf: string,
  windowDays: number,
): VerifiedResult[] {
  const last = dayNumber(asOf);
  const first = last - windowDays;
  const best = new Map<string, VerifiedResult>();
  for (const result of verified) {
    const day = dayNumber(result.completedOn);
    if (day < first || day > last) continue;
    const key = `${result.submitted.packId}\u0000${result.scenario.id}`;
    const current = best.get(key);
    if (current === undefined || better(result, current)) best.set(key, result);
  }
  return [...best.values()].sort((a, b) => a.index - b.index);
}

function better(a: VerifiedResult, b: VerifiedResult): boolean {
  const sa = a.replayed.scores.overall ?? -1;
  const sb = b.replayed.scores.overall ?? -1;
  if (sa !== sb) return sa > sb;
  const ta = Date.parse(a.submitted.completedAt);
  const tb = Date.parse(b.submitted.completedAt);
  if (ta !== tb) return ta > tb;
  return a.index < b.index;
}

function scenarioTitle(result: VerifiedResult, lang: Language): string {
  return `«${localize(result.scenario.title, lang)}»`;
}

function performanceCriteria(context: Context, performance: ScenarioPerformance): Criterion[] {
  const counting = countingAttempts(context.verified, context.asOf, performance.windowDays);
  const days = performance.windowDays;
  const criteria: Criterion[] = [];

  for (const area of areas) {
    const threshold = performance.areaThresholds[area];
    if (threshold === undefined) continue;
    const inArea = counting.filter(
      (result) => result.areas.includes(area) && result.replayed.scores.overall !== null,
    );
    const mean =
      inArea.length === 0
        ? null
        : inArea.reduce((sum, result) => sum + (result.replayed.scores.overall ?? 0), 0) / inArea.length;
    const label = each(
      (lang) =>
        ({
          es: `Puntaje medio de al menos ${score(threshold, lang)} en escenarios del área ${localize(areaNames[area], lang)} (mejor intento por escenario, últimos ${days} días)`,
          en: `Mean score of at least ${score(threshold, lang)} in ${localize(areaNames[area], lang)} scenarios (best attempt per scenario, last ${days} days)`,
          fr: `Score moyen d'au moins ${score(threshold, lang)} dans les scénarios du domaine ${localize(areaNames[area], lang)} (meilleure tentative par scénario, ${days} derniers jours)`,
        })[lang],
    );
    const id = `area-score:${area}`;
    const evidence = inArea.map(resultEvidence);
    if (mean !== null && mean >= threshold - epsilon) {
      criteria.push(met(id, label, evidence));
      continue;
    }
    criteria.push(
      unmet(
        id,
        label,
        evidence,
        each((lang) => {
          const name = localize(areaNames[area], lang);
          if (mean === null)
            return {
              es: `No hay resultados verificados de escenarios del área ${name} en los últimos ${days} días.`,
              en: `No verified result of a ${name} scenario in the last ${days} days.`,
              fr: `Aucun résultat vérifié d'un scénario du domaine ${name} au cours des ${days} derniers jours.`,
            }[lang];
          return {
            es: `El puntaje medio en ${name} es ${score(mean, lang)} (${inArea.length} escenario${inArea.length === 1 ? '' : 's'}); se requiere ${score(threshold, lang)}. Vuelva a jugar escenarios de esta área.`,
            en: `The mean score in ${name} is ${score(mean, lang)} (${inArea.length} scenario${inArea.length === 1 ? '' : 's'}); ${score(threshold, lang)} is required. Play scenarios of this area again.`,
            fr: `Le score moyen en ${name} est de ${score(mean, lang)} (${inArea.length} scénario${inArea.length === 1 ? '' : 's'}) ; ${score(threshold, lang)} est requis. Rejouez des scénarios de ce domaine.`,
          }[lang];
        }),
      ),
    );
  }

  for (const stage of performance.requiredStages) {
    const inStage = counting.filter((result) => result.scenario.stage === stage);
    const label = each(
      (lang) =>
        ({
          es: `Al menos un escenario terminado de la etapa de ${stageNames[stage][lang]} (últimos ${days} días)`,
          en: `At least one finished ${stageNames[stage][lang]} scenario (last ${days} days)`,
          fr: `Au moins un scénario terminé de l'étape ${stageNames[stage][lang]} (${days} derniers jours)`,
        })[lang],
    );
    const id = `stage:${stage}`;
    if (inStage.length > 0) criteria.push(met(id, label, inStage.map(resultEvidence)));
    else
      criteria.push(
        unmet(
          id,
          label,
          [],
          each(
            (lang) =>
              ({
                es: `Falta un escenario verificado de la etapa de ${stageNames[stage][lang]} en los últimos ${days} días.`,
                en: `No verified ${stageNames[stage][lang]} scenario in the last ${days} days.`,
                fr: `Aucun scénario vérifié de l'étape ${stageNames[stage][lang]} au cours des ${days} derniers jours.`,
              })[lang],
          ),
        ),
      );
  }

  if (performance.forbidHarmful) {
    const harmful = counting.filter((result) => result.replayed.harmful.length > 0);
    const label = each(
      (lang) =>
        ({
          es: 'Ninguna decisión dañina en los intentos que cuentan',
          en: 'No harmful choice in the attempts that count',
          fr: 'Aucun choix préjudiciable dans les tentatives retenues',
        })[lang],
    );
    if (harmful.length === 0) criteria.push(met('no-harmful-choice', label, counting.map(resultEvidence)));
    else
      criteria.push(
        unmet(
          'no-harmful-choice',
          label,
          harmful.map(resultEvidence),
          each((lang) => {
            const which = list(
              harmful.map(
                (result) =>
                  `${scenarioTitle(result, lang)} (${result.replayed.harmful.map((h) => `${h.node} → ${h.choice}`).join(', ')})`,
              ),
              lang,
            );
            return {
              es: `Los intentos que cuentan incluyen decisiones dañinas: ${which}. Vuelva a jugar ${harmful.length === 1 ? 'ese escenario' : 'esos escenarios'} sin ellas.`,
              en: `The attempts that count include harmful choices: ${which}. Play ${harmful.length === 1 ? 'that scenario' : 'those scenarios'} again without them.`,
              fr: `Les tentatives retenues comportent des choix préjudiciables : ${which}. Rejouez ${harmful.length === 1 ? 'ce scénario' : 'ces scénarios'} sans eux.`,
            }[lang];
          }),
        ),
      );
  }
  return criteria;
}

// ——— competencies ———

/**
 * The trainee's level per competency as of `asOf`, by `@ruta/competencies`' `assessDetailed`: the record's
 * own competency evidence plus, from every verified result completed by then, one `scenario-result`
 * evidence item per competency the scenario scored.
 */
function assessCompetencies(
  record: TraineeRecord,
  verified: readonly VerifiedResult[],
  asOf: string,
): Record<string, CompetencyAssessment> {
  const evidence: CompetencyEvidence[] = [...(record.competencyEvidence ?? [])];
  for (const result of verified) {
    if (result.completedOn > asOf) continue;
    for (const [competency, value] of Object.entries(result.replayed.scores.competencies)) {
      evidence.push({
        competency,
        score: Math.min(1, Math.max(0, value)),
        source: 'scenario-result',
        date: result.completedOn,
        reference: `${result.submitted.packId}@${result.submitted.packVersion}/${result.scenario.id}`,
      });
    }
  }
  return assessDetailed(evidence, { asOf }).competencies;
}

function competencyName(context: Context, id: string, lang: Language): string {
  const competency = findCompetency(context.framework, id);
  return competency ? `«${localize(competency.title, lang)}»` : `«${id}»`;
}

function levelName(level: AssessedLevel, lang: Language): string {
  if (level === 0)
    return {
      es: '0 (sin evidencia suficiente)',
      en: '0 (not enough evidence)',
      fr: '0 (preuves insuffisantes)',
    }[lang];
  return `${level} (${localize(levelNames[level], lang)})`;
}

function competencyCriteria(context: Context, requiredLevels: RequiredLevels): Criterion[] {
  const required = requiredLevels[context.record.person.role] ?? {};
  return (Object.entries(required) as [string, Level][]).map(([competency, level]) => {
    const assessed = context.competencies[competency];
    const reached: AssessedLevel = assessed?.level ?? 0;
    const label = each(
      (lang) =>
        ({
          es: `Nivel ${levelName(level, lang)} o superior en ${competencyName(context, competency, lang)}`,
          en: `Level ${levelName(level, lang)} or higher in ${competencyName(context, competency, lang)}`,
          fr: `Niveau ${levelName(level, lang)} ou plus en ${competencyName(context, competency, lang)}`,
        })[lang],
    );
    const evidence: EvidenceUsed[] = [
      {
        type: 'competency',
        competency,
        level: reached,
        required: level,
        score: assessed?.score ?? null,
        evidence: assessed?.evidence ?? 0,
      },
    ];
    const id = `competency:${competency}`;
    if (reached >= level) return met(id, label, evidence);
    return unmet(
      id,
      label,
      evidence,
      each((lang) => {
        const base = {
          es: `Nivel actual en ${competencyName(context, competency, lang)}: ${levelName(reached, lang)}; se requiere ${levelName(level, lang)}.`,
          en: `Current level in ${competencyName(context, competency, lang)}: ${levelName(reached, lang)}; ${levelName(level, lang)} is required.`,
          fr: `Niveau actuel en ${competencyName(context, competency, lang)} : ${levelName(reached, lang)} ; ${levelName(level, lang)} est requis.`,
        }[lang];
        if (assessed?.cappedFrom === undefined) return base;
        return `${base} ${
          {
            es: 'El nivel 2 o superior requiere evidencia de al menos dos fuentes (por ejemplo, una evaluación o una observación del facilitador además de los escenarios).',
            en: 'Level 2 or above needs evidence from at least two sources (for example an assessment or a facilitator observation besides the scenarios).',
            fr: "Le niveau 2 ou plus exige des preuves d'au moins deux sources (par exemple une évaluation ou une observation du formateur en plus des scénarios).",
          }[lang]
        }`;
      }),
    );
  });
}

// ——— trainer ———

function validOn(certificate: PriorCertificate, day: number): boolean {
  return (
    dayNumber(certificate.issuedOn) <= day &&
    (certificate.validUntil === null || dayNumber(certificate.validUntil) >= day)
  );
}

function certificateEvidence(certificate: PriorCertificate): EvidenceUsed {
  return {
    type: 'certificate',
    id: certificate.id,
    kind: certificate.kind,
    issuedOn: certificate.issuedOn,
    validUntil: certificate.validUntil,
  };
}

/** Whether a prior certificate attests `kind` (a renewal attests the kind it renewed). */
function attests(certificate: PriorCertificate, kind: CertificateKind): boolean {
  return certificate.kind === kind || (certificate.kind === 'renewal' && certificate.renews === kind);
}

function completedCriterion(context: Context, completion: KindEvaluation | undefined): Criterion {
  const completionTitle = context.scheme.kinds.completion?.title;
  const label = each((lang) => {
    const name = completionTitle ? `«${localize(completionTitle, lang)}»` : '';
    return {
      es: `Cumplir los requisitos del ${name} o tener ese certificado vigente`,
      en: `Meet the requirements of the ${name} or hold that certificate, still valid`,
      fr: `Remplir les conditions du ${name} ou détenir ce certificat en cours de validité`,
    }[lang];
  });
  const held = context.record.priorCertificates.filter(
    (certificate) =>
      (attests(certificate, 'completion') || attests(certificate, 'trainer')) &&
      validOn(certificate, context.today),
  );
  if (held.length > 0) return met('completion', label, held.map(certificateEvidence));
  const evidence: EvidenceUsed[] = [
    { type: 'certificate-kind', kind: 'completion', eligible: completion?.eligible ?? false },
  ];
  if (completion?.eligible) return met('completion', label, evidence);
  const open = completion?.criteria.filter((criterion) => !criterion.met) ?? [];
  return unmet(
    'completion',
    label,
    evidence,
    each((lang) => {
      const reasons = open.map((criterion) => criterion.missing?.[lang] ?? criterion.label[lang]).join(' ');
      return {
        es: `Primero debe obtener la aprobación del curso. ${reasons}`.trim(),
        en: `The course must be completed first. ${reasons}`.trim(),
        fr: `Le cours doit d'abord être validé. ${reasons}`.trim(),
      }[lang];
    }),
  );
}

/** A colleague counted once, by id, or else by name and institution (case, accents and spacing ignored). */
function colleagueKey(attendee: ReplicationReport['attendees'][number]): string {
  const norm = (text: string | undefined) =>
    (text ?? '')
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  return attendee.id
    ? `id:${norm(attendee.id)}`
    : `name:${norm(attendee.name)}|${norm(attendee.institution)}`;
}

function replicationCriteria(context: Context, rule: TrainerRule): Criterion[] {
  const earliest =
    rule.replicationWindowMonths === null
      ? null
      : dayNumber(addMonths(context.asOf, -rule.replicationWindowMonths));
  const counted = context.record.replications
    .map((report, index) => ({ report, index }))
    .filter(({ report }) => {
      const day = dayNumber(report.date);
      return day <= context.today && (earliest === null || day >= earliest);
    });
  const evidence: EvidenceUsed[] = counted.map(({ report, index }) => ({
    type: 'replication',
    index,
    date: report.date,
    place: report.place,
    attendees: report.attendees.length,
  }));
  const colleagues = new Set(counted.flatMap(({ report }) => report.attendees.map(colleagueKey)));
  const window = rule.replicationWindowMonths;
  const within = (lang: Language) =>
    window === null
      ? ''
      : {
          es: ` en los últimos ${window} meses`,
          en: ` in the last ${window} months`,
          fr: ` au cours des ${window} derniers mois`,
        }[lang];

  const sessionsLabel = each(
    (lang) =>
      ({
        es: `Al menos ${rule.minSessions} sesión(es) de réplica registradas con fecha, lugar y asistentes${within(lang)}`,
        en: `At least ${rule.minSessions} replication session(s) recorded with date, place and attendees${within(lang)}`,
        fr: `Au moins ${rule.minSessions} séance(s) de démultiplication enregistrée(s) avec date, lieu et participants${within(lang)}`,
      })[lang],
  );
  const sessions =
    counted.length >= rule.minSessions
      ? met('replication-sessions', sessionsLabel, evidence)
      : unmet(
          'replication-sessions',
          sessionsLabel,
          evidence,
          each(
            (lang) =>
              ({
                es: `Registró ${counted.length} sesión(es) de réplica${within(lang)}; se requieren ${rule.minSessions}: faltan ${rule.minSessions - counted.length}.`,
                en: `Recorded ${counted.length} replication session(s)${within(lang)}; ${rule.minSessions} are required: ${rule.minSessions - counted.length} more.`,
                fr: `A enregistré ${counted.length} séance(s) de démultiplication${within(lang)} ; ${rule.minSessions} sont requises : il en manque ${rule.minSessions - counted.length}.`,
              })[lang],
          ),
        );

  const colleaguesLabel = each(
    (lang) =>
      ({
        es: `Haber replicado la capacitación con al menos ${rule.minColleagues} colegas distintos`,
        en: `Replicated the training with at least ${rule.minColleagues} different colleagues`,
        fr: `Avoir démultiplié la formation auprès d'au moins ${rule.minColleagues} collègues différents`,
      })[lang],
  );
  const reached = colleagues.size;
  const colleaguesCriterion =
    reached >= rule.minColleagues
      ? met('replication-colleagues', colleaguesLabel, evidence)
      : unmet(
          'replication-colleagues',
          colleaguesLabel,
          evidence,
          each(
            (lang) =>
              ({
                es: `Capacitó a ${reached} colega(s) distinto(s)${within(lang)}; se requieren ${rule.minColleagues}: faltan ${rule.minColleagues - reached}.`,
                en: `Trained ${reached} different colleague(s)${within(lang)}; ${rule.minColleagues} are required: ${rule.minColleagues - reached} more.`,
                fr: `A formé ${reached} collègue(s) différent(s)${within(lang)} ; ${rule.minColleagues} sont requis : il en manque ${rule.minColleagues - reached}.`,
              })[lang],
          ),
        );
  return [sessions, colleaguesCriterion];
}

// ——— renewal ———

function expiredCertificateCriterion(
  context: Context,
  rule: RenewalRule,
): { criterion: Criterion; certificate?: PriorCertificate & { kind: CertificateKind } } {
  const renewable = context.record.priorCertificates.filter((certificate) =>
    rule.renews.some((kind) => attests(certificate, kind)),
  );
  // Any one of the kinds can be renewed: "completion or trainer", never "and".
  const kindNames = (lang: Language) =>
    anyOf(
      rule.renews.map((kind) => {
        const title = context.scheme.kinds[kind]?.title;
        return title ? `«${localize(title, lang)}»` : kind;
      }),
      lang,
    );
  const label = each(
    (lang) =>
      ({
        es: `Tener un certificado vencido que renovar (${kindNames(lang)})${rule.graceMonths === null ? '' : `, vencido hace no más de ${rule.graceMonths} meses`}`,
        en: `Hold an expired certificate to renew (${kindNames(lang)})${rule.graceMonths === null ? '' : `, expired no more than ${rule.graceMonths} months ago`}`,
        fr: `Détenir un certificat expiré à renouveler (${kindNames(lang)})${rule.graceMonths === null ? '' : `, expiré depuis au plus ${rule.graceMonths} mois`}`,
      })[lang],
  );
  const stillValid = renewable.filter((certificate) => validOn(certificate, context.today));
  if (stillValid.length > 0) {
    const latest = [...stillValid].sort((a, b) =>
      (a.validUntil ?? '9999') < (b.validUntil ?? '9999') ? 1 : -1,
    )[0]!;
    return {
      criterion: unmet(
        'expired-certificate',
        label,
        stillValid.map(certificateEvidence),
        each(
          (lang) =>
            ({
              es: `El certificado ${latest.id} sigue vigente${latest.validUntil ? ` hasta el ${latest.validUntil}` : ''}; la renovación se abre cuando venza.`,
              en: `Certificate ${latest.id} is still valid${latest.validUntil ? ` until ${latest.validUntil}` : ''}; renewal opens when it expires.`,
              fr: `Le certificat ${latest.id} est encore valide${latest.validUntil ? ` jusqu'au ${latest.validUntil}` : ''} ; le renouvellement ouvre à son expiration.`,
            })[lang],
        ),
      ),
    };
  }
  const expired = renewable
    .filter(
      (certificate) => certificate.validUntil !== null && dayNumber(certificate.validUntil) < context.today,
    )
    .sort((a, b) => ((a.validUntil ?? '') < (b.validUntil ?? '') ? 1 : -1));
  const latest = expired[0];
  if (latest === undefined)
    return {
      criterion: unmet(
        'expired-certificate',
        label,
        [],
        each(
          (lang) =>
            ({
              es: `No hay un certificado vencido de tipo ${kindNames(lang)} que renovar.`,
              en: `There is no expired ${kindNames(lang)} certificate to renew.`,
              fr: `Il n'y a pas de certificat ${kindNames(lang)} expiré à renouveler.`,
            })[lang],
        ),
      ),
    };
  const until = latest.validUntil as string;
  if (rule.graceMonths !== null && dayNumber(addMonths(until, rule.graceMonths)) < context.today)
    return {
      criterion: unmet(
        'expired-certificate',
        label,
        [certificateEvidence(latest)],
        each(
          (lang) =>
            ({
              es: `El certificado ${latest.id} venció el ${until}, hace más de ${rule.graceMonths} meses: debe volver a cursar el programa.`,
              en: `Certificate ${latest.id} expired on ${until}, more than ${rule.graceMonths} months ago: the program must be taken again.`,
              fr: `Le certificat ${latest.id} a expiré le ${until}, il y a plus de ${rule.graceMonths} mois : le programme doit être suivi à nouveau.`,
            })[lang],
        ),
      ),
    };
  const kind: CertificateKind = latest.kind === 'renewal' ? (latest.renews ?? 'completion') : latest.kind;
  return {
    criterion: met('expired-certificate', label, [certificateEvidence(latest)]),
    certificate: { ...latest, kind },
  };
}

function recentResultsCriterion(context: Context, rule: RenewalRule): Criterion {
  const counting = countingAttempts(context.verified, context.asOf, rule.performance.windowDays);
  const days = rule.performance.windowDays;
  const label = each(
    (lang) =>
      ({
        es: `Al menos ${rule.minRecentResults} escenarios distintos terminados y verificados en los últimos ${days} días`,
        en: `At least ${rule.minRecentResults} different scenarios finished and verified in the last ${days} days`,
        fr: `Au moins ${rule.minRecentResults} scénarios différents terminés et vérifiés au cours des ${days} derniers jours`,
      })[lang],
  );
  const evidence = counting.map(resultEvidence);
  if (counting.length >= rule.minRecentResults) return met('recent-results', label, evidence);
  return unmet(
    'recent-results',
    label,
    evidence,
    each(
      (lang) =>
        ({
          es: `Tiene ${counting.length} escenario(s) verificado(s) en los últimos ${days} días; se requieren ${rule.minRecentResults}: faltan ${rule.minRecentResults - counting.length}.`,
          en: `Has ${counting.length} verified scenario(s) in the last ${days} days; ${rule.minRecentResults} are required: ${rule.minRecentResults - counting.length} more.`,
          fr: `A ${counting.length} scénario(s) vérifié(s) au cours des ${days} derniers jours ; ${rule.minRecentResults} sont requis : il en manque ${rule.minRecentResults - counting.length}.`,
        })[lang],
    ),
  );
}
