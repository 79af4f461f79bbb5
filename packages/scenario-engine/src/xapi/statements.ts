import type { Language, Text } from '@ruta/curriculum';
import { isUuid, urlNamespace, uuidV5 } from '@ruta/curriculum';
import type { PlayResult } from '../result';
import type { Pack } from '../schema';
import type { XapiActivity, XapiStatement } from './statement';

/** ADL verb ids (`http://adlnet.gov/expapi/verbs/…`) with their display names. */
export const verbs = {
  launched: { en: 'launched', es: 'inició', fr: 'a lancé' },
  initialized: { en: 'initialized', es: 'inicializó', fr: 'a initialisé' },
  answered: { en: 'answered', es: 'respondió', fr: 'a répondu' },
  completed: { en: 'completed', es: 'completó', fr: 'a terminé' },
  passed: { en: 'passed', es: 'aprobó', fr: 'a réussi' },
  failed: { en: 'failed', es: 'no aprobó', fr: 'a échoué' },
  terminated: { en: 'terminated', es: 'finalizó', fr: 'a quitté' },
} as const;
export type VerbName = keyof typeof verbs;

export const adlVerbBase = 'http://adlnet.gov/expapi/verbs/';
export const cmi5Category = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const cmi5MoveOnCategory = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const cmi5SessionExtension = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const cmi5MasteryScoreExtension = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
/** The default base of Ruta's activity ids; partners set `activityBase` to an IRI they control. */
export const defaultActivityBase = 'https://w3id.org/ruta/xapi';
/** The name-based UUID namespace of Ruta statement ids (the v5 UUID of the default base URL). */
export const statementNamespace = uuidV5(defaultActivityBase, urlNamespace);

const activityTypes = {
  pack: 'http://adlnet.gov/expapi/activities/module',
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  node: 'http://adlnet.gov/expapi/activities/question',
  choice: 'http://adlnet.gov/expapi/activities/interaction',
};

/** Options of {@link toXapiStatements}. */
export interface XapiOptions {
  /** The learner, as an account on the partner's system (no e-mail address needed). */
  actor: { homePage: string; name: string; displayName?: string };
  /**
   * The registration (a UUID) the statements belong to. Statement ids are derived from it, so sending the
   * same statements again is idempotent. Default: a new random UUID (keep the returned statements to retry).
   */
  registration?: string;
  /** When the play started (statement `i` is stamped `i` milliseconds later, keeping their order). Default: now. */
  timestamp?: Date | string;
  /** Stamps each statement instead of `timestamp` (index in the returned list, and the verb). */
  clock?: (index: number, verb: VerbName) => Date | string;
  /** Time the trainee spent, in seconds: `result.duration` of completed, passed/failed and terminated. */
  durationSeconds?: number;
  /** Base IRI of activity ids (`{base}/packs/{pack}/scenarios/{scenario}/nodes/{node}/choices/{choice}`). */
  activityBase?: string;
  /** The pack played: adds names and descriptions (titles, texts) to the activity definitions. */
  pack?: Pack;
  /** Languages of names and descriptions. Default: every language the text carries. */
  lang?: Language | readonly Language[];
  /** Overall score needed, with a `protected` ending, for `passed` (else `failed`). Default 0.7. */
  passThreshold?: number;
  /**
   * cmi5 launch data. With it the first statement is `initialized` (not `launched`), the cmi5-defined
   * statements (initialized, completed, passed/failed, terminated) carry the cmi5 category (and moveOn where
   * cmi5 asks), every statement carries the session id, and a `terminated` statement ends the list.
   */
  cmi5?: {
    sessionId: string;
    activityId?: string;
    masteryScore?: number;
    /**
     * The `contextTemplate` of the LMS launch data: its context activities (such as the publisher id in
     * `grouping`) and extensions are added to every statement, as cmi5 asks.
     */
    contextTemplate?: {
      contextActivities?: NonNullable<XapiStatement['context']>['contextActivities'];
      extensions?: Record<string, unknown>;
    };
  };
}

type ContextActivities = NonNullable<NonNullable<XapiStatement['context']>['contextActivities']>;

/** Ours first, then the template's activities (an activity already listed is not repeated). */
function withTemplate(ours: ContextActivities, template: ContextActivities | undefined): ContextActivities {
  if (template === undefined) return ours;
  const out: ContextActivities = { ...ours };
  for (const key of ['parent', 'grouping', 'category', 'other'] as const) {
    const extra = template[key];
    if (extra === undefined || extra.length === 0) continue;
    const listed = out[key] ?? [];
    out[key] = [...listed, ...extra.filter((a) => !listed.some((b) => b.id === a.id))];
  }
  return out;
}

function languageMap(
  text: Text | undefined,
  langs: readonly Language[] | undefined,
): Record<string, string> | undefined {
  if (text === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const [lang, value] of Object.entries(text) as [Language, string | undefined][])
    if (value !== undefined && (langs === undefined || langs.includes(lang))) out[lang] = value;
  return Object.keys(out).length === 0 ? undefined : out;
}

function verb(name: VerbName): XapiStatement['verb'] {
  const display = verbs[name];
  return { id: `${adlVerbBase}${name}`, display: { 'en-US': display.en, es: display.es, fr: display.fr } };
}

function iso(value: Date | string, what: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new TypeError(`${what}: ${JSON.stringify(String(value))} is not a date and time`);
  return date.toISOString();
}

function duration(seconds: number): string {
  const rounded = Math.round(seconds * 100) / 100;
  return `PT${rounded}S`;
}

function randomUuid(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID === undefined)
    throw new TypeError('registration: no UUID given and this runtime has no crypto.randomUUID; pass one');
  return crypto.randomUUID();
}

/**
 * Turns a play result into xAPI 1.0.3 statements for a learning record store: `launched` (or cmi5
 * `initialized`), one `answered` per choice made (score = the choice's quality points), then, when an
 * ending was reached, `completed` and `passed` or `failed` (passed: a `protected` ending and an overall
 * score of at least `passThreshold`), and with cmi5 a final `terminated`. Statement ids are name-based
 * UUIDs of the registration, session, scenario and position, so a retry sends the same ids.
 *
 * Throws a `TypeError` naming the option when an option is invalid (a registration that is not a UUID…).
 *
 * @example
 * const statements = toXapiStatements(play.result(), {
 *   actor: { homePage: 'https://lms.example.org', name: 'officer-0042' },
 *   registration: '6f1c7a52-2d1e-4c55-9f8e-3b2a1d0c9e87',
 * });
 */
export function toXapiStatements(result: PlayResult, options: XapiOptions): XapiStatement[] {
  const base = (options.activityBase ?? defaultActivityBase).replace(/\/+$/, '');
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(base))
    throw new TypeError(`activityBase: ${JSON.stringify(base)} is not an absolute IRI such as https://…`);
  if (
    typeof options.actor?.homePage !== 'string' ||
    !/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(options.actor.homePage)
  )
    throw new TypeError('actor.homePage: must be an absolute IRI such as https://lms.example.org');
  if (typeof options.actor.name !== 'string' || options.actor.name.length === 0)
    throw new TypeError('actor.name: must be the learner’s account name on that system');
  const registration = options.registration ?? randomUuid();
  if (!isUuid(registration))
    throw new TypeError(`registration: ${JSON.stringify(registration)} is not a UUID`);
  const thresholdOption = options.cmi5?.masteryScore === undefined ? 'passThreshold' : 'cmi5.masteryScore';
  const threshold = options.cmi5?.masteryScore ?? options.passThreshold ?? 0.7;
  if (!(threshold >= 0 && threshold <= 1))
    throw new TypeError(`${thresholdOption}: ${threshold} must lie between 0 and 1`);
  if (
    options.durationSeconds !== undefined &&
    !(Number.isFinite(options.durationSeconds) && options.durationSeconds >= 0)
  )
    throw new TypeError(`durationSeconds: ${options.durationSeconds} must be a number of seconds, 0 or more`);
  if (
    options.cmi5?.activityId !== undefined &&
    !/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(options.cmi5.activityId)
  )
    throw new TypeError(`cmi5.activityId: ${JSON.stringify(options.cmi5.activityId)} is not an absolute IRI`);
  if (options.pack !== undefined && options.pack.id !== result.packId)
    throw new TypeError(`pack: the result is of pack "${result.packId}", not of pack "${options.pack.id}"`);
  if (
    options.cmi5 !== undefined &&
    (typeof options.cmi5.sessionId !== 'string' || options.cmi5.sessionId === '')
  )
    throw new TypeError('cmi5.sessionId: must be the session id from the cmi5 launch');
  const start = iso(options.timestamp ?? new Date(), 'timestamp');
  const langs =
    options.lang === undefined ? undefined : typeof options.lang === 'string' ? [options.lang] : options.lang;

  const pack = options.pack;
  const scenario = pack?.scenarios.find((s) => s.id === result.scenarioId);
  const packIri = `${base}/packs/${result.packId}`;
  const scenarioIri = `${packIri}/scenarios/${result.scenarioId}`;
  const definition = (
    type: string,
    name?: Text,
    description?: Text,
  ): NonNullable<XapiActivity['definition']> => {
    const out: NonNullable<XapiActivity['definition']> = { type };
    const n = languageMap(name, langs);
    const d = languageMap(description, langs);
    if (n !== undefined) out.name = n;
    if (d !== undefined) out.description = d;
    return out;
  };
  const packActivity: XapiActivity = {
    objectType: 'Activity',
    id: packIri,
    definition: definition(activityTypes.pack, pack?.title, pack?.description),
  };
  const scenarioActivity: XapiActivity = {
    objectType: 'Activity',
    id: scenarioIri,
    definition: definition(activityTypes.scenario, scenario?.title, scenario?.summary),
  };
  const cmi5 = options.cmi5;
  const au: XapiActivity =
    cmi5?.activityId === undefined ? scenarioActivity : { objectType: 'Activity', id: cmi5.activityId };
  const actor: XapiStatement['actor'] = {
    objectType: 'Agent',
    account: { homePage: options.actor.homePage, name: options.actor.name },
    ...(options.actor.displayName === undefined ? {} : { name: options.actor.displayName }),
  };
  const extensions = cmi5 === undefined ? undefined : { [cmi5SessionExtension]: cmi5.sessionId };
  const category = (moveOn: boolean): XapiActivity[] | undefined =>
    cmi5 === undefined
      ? undefined
      : [
          { objectType: 'Activity', id: cmi5Category },
          ...(moveOn ? [{ objectType: 'Activity' as const, id: cmi5MoveOnCategory }] : []),
        ];

  const statements: XapiStatement[] = [];
  const push = (
    name: VerbName,
    object: XapiActivity,
    contextActivities: ContextActivities,
    result?: XapiStatement['result'],
    extra?: Record<string, unknown>,
  ) => {
    const index = statements.length;
    const id = uuidV5(`${registration}|${cmi5?.sessionId ?? ''}|${scenarioIri}|${index}`, statementNamespace);
    const stamp = options.clock
      ? iso(options.clock(index, name), `clock(${index})`)
      : new Date(Date.parse(start) + index).toISOString();
    const statement: XapiStatement = {
      id,
      actor,
      verb: verb(name),
      object,
      context: {
        registration,
        contextActivities: withTemplate(contextActivities, cmi5?.contextTemplate?.contextActivities),
        ...(extensions === undefined && extra === undefined
          ? {}
          : { extensions: { ...cmi5?.contextTemplate?.extensions, ...extensions, ...extra } }),
      },
      timestamp: stamp,
    };
    if (result !== undefined) statement.result = result;
    statements.push(statement);
  };
  const scenarioContext = (moveOn: boolean) => {
    const categories = category(moveOn);
    return {
      ...(au.id === scenarioActivity.id ? {} : { parent: [scenarioActivity] }),
      grouping: [packActivity],
      ...(categories === undefined ? {} : { category: categories }),
    };
  };
  const timed = options.durationSeconds === undefined ? {} : { duration: duration(options.durationSeconds) };
  const extension = (name: string) => `${base}/extensions/${name}`;

  push(cmi5 === undefined ? 'launched' : 'initialized', au, scenarioContext(false));

  for (const decision of result.decisions) {
    const nodeIri = `${scenarioIri}/nodes/${decision.node}`;
    const node = scenario?.nodes[decision.node];
    const choiceActivity: XapiActivity = {
      objectType: 'Activity',
      id: `${nodeIri}/choices/${decision.made.choice}`,
      definition: definition(activityTypes.choice, decision.made.text, node?.text),
    };
    const nodeActivity: XapiActivity = {
      objectType: 'Activity',
      id: nodeIri,
      definition: definition(activityTypes.node, node?.text),
    };
    const points = decision.made.points;
    const answer: NonNullable<XapiStatement['result']> = {
      score: { scaled: points, raw: points, min: 0, max: 1 },
      response: decision.made.choice,
      extensions: {
        [extension('quality')]: decision.made.quality,
        ...(decision.made.referral === undefined ? {} : { [extension('referral')]: decision.made.referral }),
      },
    };
    push(
      'answered',
      choiceActivity,
      { parent: [scenarioActivity], grouping: [packActivity], other: [nodeActivity] },
      answer,
    );
  }

  if (result.complete && result.ending !== undefined) {
    const overall = result.scores.overall;
    // The accessibility accommodations used (e.g. the timer paused), so an LRS sees the conditions of the
    // attempt: a context extension, never part of the score.
    const accommodations =
      result.accommodations === undefined
        ? undefined
        : { [extension('accommodations')]: { ...result.accommodations } };
    push(
      'completed',
      au,
      scenarioContext(true),
      {
        completion: true,
        ...timed,
        extensions: { [extension('outcome')]: result.ending.outcome },
      },
      accommodations,
    );
    const passed = result.ending.outcome === 'protected' && overall !== null && overall >= threshold;
    push(
      passed ? 'passed' : 'failed',
      au,
      scenarioContext(true),
      {
        ...(overall === null ? {} : { score: { scaled: overall, raw: overall, min: 0, max: 1 } }),
        success: passed,
        ...timed,
      },
      cmi5?.masteryScore === undefined && accommodations === undefined
        ? undefined
        : {
            ...(cmi5?.masteryScore === undefined ? {} : { [cmi5MasteryScoreExtension]: cmi5.masteryScore }),
            ...accommodations,
          },
    );
  }
  if (cmi5 !== undefined) push('terminated', au, scenarioContext(false), { ...timed });
  return statements;
}
