import {
  type Framework,
  findCompetency,
  type Level,
  levelNames,
  regionalFramework,
  toCase,
} from '@ruta/competencies';
import { type Issue, issuesFromZod, type Language, localize, type ParseResult } from '@ruta/curriculum';
import type { Evaluation, EvidenceUsed, KindEvaluation } from './evaluation';
import {
  type Alignment,
  type Evidence,
  type IdentityObject,
  OpenBadgeCredential,
  obContext,
  vcContext,
} from './open-badge';
import type { CertificateKind, CertificationScheme } from './scheme';
import { type SigningOptions, signCredential } from './signing';
import { type FullText, hours, percent, score } from './wording';

/**
 * Turning an eligible evaluation into an Open Badges 3.0 credential, and signing it.
 */

export interface CredentialOptions {
  scheme: CertificationScheme;
  evaluation: Evaluation;
  kind: CertificateKind;
  /** Who issues it: an id (https URL or DID) and a display name. */
  issuer: { id: string; name: string; url?: string };
  /**
   * When it is issued (ISO date-time with a time zone); default: midnight UTC of the evaluation date. It
   * must be before the end of validity; an earlier moment than the evaluation date is back-dating, which
   * `issueCredential` reports (see {@link IssueNotice}).
   */
  issuedAt?: string;
  /** The credential id (`urn:uuid:…`); default: a random UUID. */
  id?: string;
  /** The language of the certificate's texts; default Spanish. */
  lang?: Language;
  /** Salt of the recipient's hashed identifier; default: the credential's UUID. */
  salt?: string;
  /** Put the person's name in the credential as a plain identifier (default true: a verifier compares it to an ID card). */
  includeName?: boolean;
  /** The achievement's id; default `urn:ruta:<scheme id>:<scheme version>:<kind>`. */
  achievementId?: string;
  /** The framework whose CASE items the alignments point to; default the regional framework. */
  framework?: Framework;
}

const labels = {
  hours: { es: 'horas académicas', en: 'academic hours', fr: 'heures académiques' },
  credits: { es: 'créditos', en: 'credits', fr: 'crédits' },
  required: { es: 'Nivel requerido', en: 'Required level', fr: 'Niveau requis' },
  sessions: { es: 'sesiones', en: 'sessions', fr: 'séances' },
  attendees: { es: 'asistentes', en: 'attendees', fr: 'participants' },
  level: { es: 'nivel', en: 'level', fr: 'niveau' },
  valid: { es: 'vigente hasta', en: 'valid until', fr: "valable jusqu'au" },
  noExpiry: { es: 'sin vencimiento', en: 'no expiry', fr: 'sans expiration' },
} as const;

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

function evidenceNarrative(item: EvidenceUsed, evaluation: Evaluation, lang: Language): string {
  switch (item.type) {
    case 'attendance':
      return `${item.date}: ${item.modules.join(', ')} (${hours(item.hours, lang)} h)`;
    case 'scenario-result': {
      const verified = evaluation.results.verified.find((result) => result.index === item.index);
      const title = verified ? localize(verified.scenario.title, lang) : item.scenarioId;
      const overall = item.overall === null ? '—' : score(item.overall, lang);
      return `«${title}» (${item.packId}@${item.packVersion}, ${item.completedOn}): ${overall}, ${item.outcome ?? '—'}`;
    }
    case 'replication':
      return `${item.date}, ${item.place}: ${item.attendees} ${labels.attendees[lang]}`;
    case 'certificate':
      return `${item.id} (${item.kind}, ${item.issuedOn}; ${item.validUntil ? `${labels.valid[lang]} ${item.validUntil}` : labels.noExpiry[lang]})`;
    case 'certificate-kind':
      return item.kind;
    case 'competency':
      return `${item.competency}: ${labels.level[lang]} ${item.level}${item.score === null ? '' : ` (${score(item.score, lang)})`}`;
  }
}

function evidenceSummary(decision: KindEvaluation, evaluation: Evaluation, lang: Language): Evidence[] {
  return decision.criteria.map((criterion) => {
    const attendance = criterion.evidence.filter((item) => item.type === 'attendance');
    let narrative: string;
    if (criterion.id === 'attendance' && attendance.length > 0) {
      const total = attendance.reduce((sum, item) => sum + item.hours, 0);
      narrative = `${attendance.length} ${labels.sessions[lang]}, ${hours(total, lang)} h (${percent(
        total / evaluation.cohort.plannedHours,
        lang,
      )})`;
    } else narrative = criterion.evidence.map((item) => evidenceNarrative(item, evaluation, lang)).join('; ');
    return {
      type: ['Evidence'] as ['Evidence'],
      name: criterion.label[lang],
      ...(narrative ? { narrative } : {}),
      genre: criterion.id,
    };
  });
}

function alignments(options: CredentialOptions, decision: KindEvaluation, lang: Language): Alignment[] {
  const rule = options.scheme.kinds[decision.kind];
  const required = rule?.requiredLevels[options.evaluation.person.role] ?? {};
  const entries = Object.entries(required) as [string, Level][];
  if (entries.length === 0) return [];
  const framework = options.framework ?? regionalFramework;
  const base = options.scheme.competencyFramework.url.replace(/\/+$/, '');
  const items = new Map(
    toCase(framework, { baseUri: base, language: lang })
      .CFItems.filter((item) => item.CFItemType === 'Competency')
      .map((item) => [item.humanCodingScheme, item.uri]),
  );
  return entries.map(([competency, level]) => {
    const found = findCompetency(framework, competency);
    return {
      type: ['Alignment'],
      targetName: found ? localize(found.title, lang) : competency,
      targetUrl: items.get(competency) ?? `${base}/${competency}`,
      targetDescription: `${labels.required[lang]}: ${level} (${localize(levelNames[level], lang)})`,
      targetFramework: options.scheme.competencyFramework.name,
      targetCode: competency,
      targetType: 'CFItem',
    };
  });
}

const dateTimeZ = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Why `issuedAt` cannot be signed: not a date-time, or not before the end of validity. */
function issuedAtProblem(issuedAt: unknown, validUntilDay: string | null): string | undefined {
  if (typeof issuedAt !== 'string' || !dateTimeZ.test(issuedAt) || Number.isNaN(Date.parse(issuedAt)))
    return `must be a date-time with a time zone such as 2026-06-30T15:00:00Z; received ${JSON.stringify(issuedAt)}`;
  if (validUntilDay === null) return undefined;
  const end = `${validUntilDay}T23:59:59Z`;
  if (Date.parse(issuedAt) >= Date.parse(end))
    return `${issuedAt} is not before the end of validity (${end}): the credential could never be valid`;
  return undefined;
}

/** Something `issueCredential` signed as asked but the issuer should know: a back-dated issue date. */
export interface IssueNotice {
  code: 'backdated';
  /** What was signed, in Spanish, English and French. */
  message: FullText;
}

function backdatingNotice(issuedAt: string, asOf: string): IssueNotice | undefined {
  const decided = `${asOf}T00:00:00Z`;
  if (Date.parse(issuedAt) >= Date.parse(decided)) return undefined;
  return {
    code: 'backdated',
    message: {
      es: `Fecha anterior a la decisión: el certificado se firma como emitido y válido desde ${issuedAt}, antes de la evaluación del ${asOf}.`,
      en: `Back-dated: the credential is signed as issued and valid from ${issuedAt}, before the evaluation of ${asOf}.`,
      fr: `Antidaté : l'attestation est signée comme délivrée et valable depuis ${issuedAt}, avant l'évaluation du ${asOf}.`,
    },
  };
}

/**
 * Builds the Open Badges 3.0 `OpenBadgeCredential` for one kind of certificate the evaluation found the
 * person eligible for. Returns issues (never throws) when the kind was not evaluated or not earned, or
 * when an option is invalid.
 */
export async function buildCredential(options: CredentialOptions): Promise<ParseResult<OpenBadgeCredential>> {
  const { scheme, evaluation, kind } = options;
  const lang = options.lang ?? 'es';
  const decision = evaluation.kinds[kind];
  const issues: Issue[] = [];
  if (decision === undefined)
    issues.push({
      path: 'kind',
      message: `the evaluation has no decision for "${kind}" (the scheme does not define it)`,
    });
  else if (!decision.eligible)
    issues.push({
      path: `kinds.${kind}`,
      message: `the person is not eligible for "${kind}": unmet ${decision.criteria
        .filter((criterion) => !criterion.met)
        .map((criterion) => criterion.id)
        .join(', ')}`,
    });
  if (scheme.id !== evaluation.schemeId || scheme.version !== evaluation.schemeVersion)
    issues.push({
      path: 'scheme',
      message: `the evaluation was made under ${evaluation.schemeId}@${evaluation.schemeVersion}, not ${scheme.id}@${scheme.version}`,
    });
  if (issues.length > 0 || decision === undefined) return { ok: false, issues };

  const id = options.id ?? `urn:uuid:${randomUuid()}`;
  const issuedAt = options.issuedAt ?? `${evaluation.asOf}T00:00:00Z`;
  const dateProblem = issuedAtProblem(issuedAt, decision.validUntil);
  if (dateProblem) return { ok: false, issues: [{ path: 'issuedAt', message: dateProblem }] };
  const rule = scheme.kinds[kind];
  const renewed = decision.renews ? scheme.kinds[decision.renews.kind] : undefined;
  const name = renewed
    ? `${localize(decision.title, lang)}: ${localize(renewed.title, lang)}`
    : localize(decision.title, lang);
  const person = evaluation.person;
  const salt = options.salt ?? id.replace(/^urn:uuid:/, '');
  const identifier: IdentityObject[] = [
    {
      type: 'IdentityObject',
      hashed: true,
      identityHash: `sha256$${await sha256Hex(`${person.id}${salt}`)}`,
      identityType: 'identifier',
      salt,
    },
  ];
  if (options.includeName ?? true)
    identifier.push({
      type: 'IdentityObject',
      hashed: false,
      identityHash: person.name,
      identityType: 'name',
    });
  const aligned = alignments(options, decision, lang);
  const description = `${localize(rule?.description ?? decision.title, lang)} ${hours(decision.academicHours, lang)} ${labels.hours[lang]}, ${decision.credits} ${labels.credits[lang]}.`;

  const credential = {
    '@context': [vcContext, obContext],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {
      id: options.issuer.id,
      type: ['Profile'],
      name: options.issuer.name,
      ...(options.issuer.url ? { url: options.issuer.url } : {}),
    },
    validFrom: issuedAt,
    ...(decision.validUntil === null ? {} : { validUntil: `${decision.validUntil}T23:59:59Z` }),
    awardedDate: issuedAt,
    name,
    description,
    credentialSubject: {
      type: ['AchievementSubject'],
      ...(person.did ? { id: person.did } : {}),
      identifier,
      creditsEarned: decision.credits,
      achievement: {
        id: options.achievementId ?? `urn:ruta:${scheme.id}:${scheme.version}:${kind}`,
        type: ['Achievement'],
        name,
        description,
        criteria: {
          narrative: decision.criteria.map((criterion) => `- ${criterion.label[lang]}`).join('\n'),
        },
        ...(rule ? { achievementType: rule.achievementType } : {}),
        creditsAvailable: decision.credits,
        humanCode: `${scheme.id}/${kind}`,
        inLanguage: lang,
        ...(aligned.length > 0 ? { alignment: aligned } : {}),
      },
    },
    evidence: evidenceSummary(decision, evaluation, lang),
  };
  const parsed = OpenBadgeCredential.safeParse(credential);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  return { ok: true, value: parsed.data };
}

/**
 * Builds and signs a credential (see {@link buildCredential}) as a VC-JOSE JWT with the issuer's private
 * key, which the caller passes in. Returns the JWT and the credential, or the issues that prevent issuing
 * (among them an `issuedAt` at or after the end of validity). `notices` says what was signed that the
 * issuer should know: an `issuedAt` before the evaluation date is back-dating.
 */
export async function issueCredential(
  options: CredentialOptions & SigningOptions,
): Promise<
  | { ok: true; jwt: string; credential: OpenBadgeCredential; notices: IssueNotice[] }
  | { ok: false; issues: Issue[] }
> {
  const built = await buildCredential(options);
  if (!built.ok) return built;
  const jwt = await signCredential(built.value, options);
  const backdated = backdatingNotice(built.value.validFrom, options.evaluation.asOf);
  return { ok: true, jwt, credential: built.value, notices: backdated ? [backdated] : [] };
}
