import { createInterface } from 'node:readline';
import { type Language, localize } from '@ruta/curriculum';
import {
  builtinIndicators,
  type CarriedValues,
  type JourneyPlay,
  type Pack,
  type Play,
  PlayError,
  PlayEvent,
  type PlayResult,
  startJourney,
  startScenario,
} from '@ruta/scenario-engine';
import { carryRefusal } from '../carry';
import { type Command, type Context, printJson } from '../command';
import { debrief, journeyDebrief, textFallbackNote, textLanguage, wrapLines } from '../debrief';
import { checkFailure, usageError } from '../failures';
import { readJsonArgument } from '../files';
import type { Messages } from '../messages';
import { flag, positionals, stringOption } from '../options';
import { loadPack, scenarioOf } from '../pack-files';

/** One scenario, or a journey's steps one after another: what both play modes drive. */
interface Session {
  readonly play: Play;
  readonly done: boolean;
  /** After a step's ending: starts the next step of a journey; false when there is none. */
  advance(): boolean;
  result(): unknown;
  text(lang: Language, t: Messages): string;
  stop(): void;
}

function scenarioSession(pack: Pack, scenarioId: string, timers: boolean, carry?: CarriedValues): Session {
  const play = startScenario(pack, scenarioId, { timers, ...(carry === undefined ? {} : { carry }) });
  return {
    play,
    get done() {
      return play.done;
    },
    advance: () => false,
    result: () => play.result(),
    text: (lang, t) => debrief(pack, play.result(), lang, t),
    stop: () => play.stop(),
  };
}

function journeySession(pack: Pack, journeyId: string, timers: boolean): Session {
  const journey: JourneyPlay = startJourney(pack, journeyId, { timers });
  return {
    get play() {
      return journey.play;
    },
    get done() {
      return journey.done;
    },
    advance() {
      if (journey.done || !journey.play.done) return false;
      journey.next();
      return true;
    },
    result: () => journey.result(),
    text: (lang, t) => journeyDebrief(pack, journey.result(), lang, t),
    stop: () => journey.stop(),
  };
}

/** Why the engine refused an event, in the user's language, naming the event and the node. */
function refusal(error: unknown, event: PlayEvent, index: number, play: Play, t: Messages): string {
  if (!(error instanceof PlayError))
    return t.eventRefused(index, error instanceof Error ? error.message : String(error));
  const offered = play.choices().map((c) => c.id);
  switch (error.code) {
    case 'unknown-choice':
    case 'choice-not-offered':
      return t.choiceNotOffered(index, event.type === 'CHOOSE' ? event.choiceId : '?', play.nodeId, offered);
    case 'unknown-indicator':
      return t.unknownIndicator(index, 'indicatorId' in event ? event.indicatorId : '?');
    case 'no-timeout':
      return t.noTimeout(index, play.nodeId);
    case 'play-over':
    case 'journey-over':
      return t.playOver(index);
    default:
      return t.eventRefused(index, error.message);
  }
}

/** What a saved play claims: its overall score and outcome (a play result's, or a submitted result's `claimed`). */
interface Claim {
  overall: number | null;
  outcome: string | null;
}

interface Script {
  events: PlayEvent[];
  scenarioId?: string;
  carry?: CarriedValues;
  claim?: Claim;
}

function claimOf(holder: Record<string, unknown>): Claim | undefined {
  const claimed = holder.claimed as { overall?: unknown; outcome?: unknown } | undefined;
  const scores = holder.scores as { overall?: unknown } | undefined;
  const ending = holder.ending as { outcome?: unknown } | undefined;
  const overall = claimed !== undefined ? claimed.overall : scores?.overall;
  const outcome =
    claimed !== undefined ? claimed.outcome : (ending?.outcome ?? (scores !== undefined ? null : undefined));
  if (overall === undefined && outcome === undefined) return undefined;
  return {
    overall: typeof overall === 'number' ? overall : null,
    outcome: typeof outcome === 'string' ? outcome : null,
  };
}

/** The events of a scripted play: `--events <file|->` (a JSON list, or an object with `events`) or `--choices`. */
async function scriptedEvents(
  context: Context,
  eventsArgument: string | undefined,
  choices: string | undefined,
): Promise<Script> {
  const { t } = context;
  if (choices !== undefined)
    return {
      events: choices
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== '')
        .map((choiceId) => ({ type: 'CHOOSE', choiceId })),
    };
  const document = await readJsonArgument(context.io, t, eventsArgument as string);
  const holder =
    typeof document === 'object' && document !== null && !Array.isArray(document)
      ? (document as Record<string, unknown>)
      : undefined;
  const list = Array.isArray(document) ? document : holder?.events;
  if (!Array.isArray(list)) throw checkFailure(t.eventsNotAList(eventsArgument as string));
  const events: PlayEvent[] = [];
  list.forEach((event, index) => {
    const parsed = PlayEvent.safeParse(event);
    if (!parsed.success) throw checkFailure(t.invalidEvent(index));
    events.push(parsed.data);
  });
  const carry = holder?.carry;
  const claim = holder === undefined ? undefined : claimOf(holder);
  return {
    events,
    ...(typeof holder?.scenarioId === 'string' ? { scenarioId: holder.scenarioId } : {}),
    ...(typeof carry === 'object' && carry !== null && !Array.isArray(carry)
      ? { carry: carry as CarriedValues }
      : {}),
    ...(claim === undefined ? {} : { claim }),
  };
}

/** Where a saved play's claim and its replay disagree, in the user's words; empty when they agree. */
function claimMismatches(claim: Claim, result: PlayResult, t: Messages): string[] {
  const problems: string[] = [];
  const overall = result.scores.overall;
  const same =
    claim.overall === null || overall === null
      ? claim.overall === overall
      : Math.abs(claim.overall - overall) <= 1e-6;
  if (!same) problems.push(t.claimedScore(claim.overall, overall));
  const outcome = result.ending?.outcome ?? null;
  if (claim.outcome !== outcome) problems.push(t.claimedOutcome(claim.outcome, outcome));
  return problems;
}

function playScripted(session: Session, events: readonly PlayEvent[], t: Messages): void {
  events.forEach((event, index) => {
    if (session.play.done && !session.advance()) throw checkFailure(t.playOver(index));
    try {
      session.play.send(event);
    } catch (error) {
      throw checkFailure(refusal(error, event, index, session.play, t));
    }
  });
  while (session.play.done && session.advance()) {
    // A journey whose events stop at a step's ending moves on to the next step (which is not played).
  }
}

/** All indicators a trainee may note: the built-in catalogue and the pack's own. */
function indicatorCatalogue(pack: Pack, lang: Language): { id: string; label: string }[] {
  const tl = textLanguage(pack, lang);
  return [
    ...builtinIndicators.map((i) => ({ id: i.id, label: i.label[lang] })),
    ...(pack.indicators ?? []).map((i) => ({ id: i.id, label: localize(i.label, tl) })),
  ];
}

function renderNode(pack: Pack, play: Play, lang: Language, t: Messages): string {
  const tl = textLanguage(pack, lang);
  const node = play.node;
  const speaker = node.speaker
    ? (play.scenario.characters?.find((c) => c.id === node.speaker)?.name ?? node.speaker)
    : undefined;
  // A text shown in the pack's default language, not the user's, is marked as such.
  const mark = tl === lang ? '' : ` ${t.textFallbackMark(tl)}`;
  const lines = [
    '',
    `── ${play.nodeId} ──${mark}`,
    `${speaker ? `${speaker}: ` : ''}${localize(node.text, tl)}`,
  ];
  if (play.done) return `${lines.join('\n')}\n`;
  if ('timeout' in node && node.timeout !== undefined) lines.push(t.timeoutNotice(node.timeout.seconds));
  play.choices(tl).forEach((choice, i) => {
    const referral = choice.referral ? pack.referrals?.find((r) => r.id === choice.referral) : undefined;
    lines.push(`  ${i + 1}) ${choice.text}${referral ? `  → ${localize(referral.name, tl)}` : ''}`);
  });
  lines.push(t.playKeys('timeout' in node && node.timeout !== undefined));
  return `${lines.join('\n')}\n`;
}

async function playInteractive(context: Context, pack: Pack, session: Session): Promise<boolean> {
  const { lang, t } = context;
  const width = context.io.columns === undefined ? undefined : Math.min(context.io.columns, 100) - 1;
  const io = {
    ...context.io,
    out: (text: string) => context.io.out(width === undefined ? text : wrapLines(text, width)),
  };
  const catalogue = indicatorCatalogue(pack, lang);
  let shownPlay = session.play;
  let shownNode = session.play.nodeId;
  let pending: 'note' | 'unnote' | undefined;
  const render = () => {
    shownPlay = session.play;
    shownNode = session.play.nodeId;
    io.out(renderNode(pack, session.play, lang, t));
    io.out('> ');
  };
  let sending = false;
  const watch = (play: Play) =>
    play.subscribe((changed) => {
      if (sending || changed.nodeId === shownNode) return;
      pending = undefined;
      io.out(`\n${t.timeRanOut}\n`);
      render();
    });
  let unwatch = watch(session.play);
  const lines = createInterface({ input: io.stdin, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const fallback = textFallbackNote(pack, lang, t);
  if (fallback !== undefined) io.out(`${fallback}\n`);
  render();
  const send = (event: PlayEvent) => {
    sending = true;
    try {
      session.play.send(event);
    } finally {
      sending = false;
    }
  };
  const pick = (answer: string, list: { id: string }[]) => {
    const n = Number(answer);
    if (Number.isInteger(n) && n >= 1 && n <= list.length) return list[n - 1]?.id;
    return list.find((x) => x.id === answer)?.id;
  };
  const listIndicators = (list: { id: string; label: string }[], noted: readonly string[]) =>
    `${list.map((x, i) => `  ${String(i + 1).padStart(3)}) ${noted.includes(x.id) ? '✓' : ' '} ${x.label} [${x.id}]`).join('\n')}\n`;
  try {
    for await (const raw of lines) {
      const answer = raw.trim();
      if (session.play !== shownPlay) {
        unwatch();
        unwatch = watch(session.play);
      }
      const play = session.play;
      const [word, ...rest] = answer.split(/\s+/);
      const argument = rest.join(' ');
      if (pending !== undefined) {
        const list = pending === 'note' ? catalogue : catalogue.filter((x) => play.notebook.includes(x.id));
        const id = answer === '' ? undefined : pick(answer, list);
        if (answer !== '' && id === undefined) io.out(`${t.noSuchIndicator(answer)}\n`);
        else if (id !== undefined) {
          send({ type: pending === 'note' ? 'NOTE' : 'UNNOTE', indicatorId: id });
          io.out(`${pending === 'note' ? t.noted(id) : t.unnoted(id)}\n`);
        }
        pending = undefined;
        io.out('> ');
        continue;
      }
      if (word === 'q') return false;
      if (word === 'n' || word === 'u') {
        const mode = word === 'n' ? 'note' : 'unnote';
        const list = mode === 'note' ? catalogue : catalogue.filter((x) => play.notebook.includes(x.id));
        if (mode === 'unnote' && list.length === 0) {
          io.out(`${t.notebookEmpty}\n> `);
          continue;
        }
        if (argument !== '') {
          const id = pick(argument, list);
          if (id === undefined) io.out(`${t.noSuchIndicator(argument)}\n`);
          else {
            send({ type: mode === 'note' ? 'NOTE' : 'UNNOTE', indicatorId: id });
            io.out(`${mode === 'note' ? t.noted(id) : t.unnoted(id)}\n`);
          }
          io.out('> ');
          continue;
        }
        io.out(listIndicators(list, play.notebook));
        io.out(`${mode === 'note' ? t.whichToNote : t.whichToUnnote}\n> `);
        pending = mode;
        continue;
      }
      if (word === 't') {
        if ('timeout' in play.node && play.node.timeout !== undefined) {
          send({ type: 'TIMEOUT' });
          io.out(`${t.timeRanOut}\n`);
        } else {
          io.out(`${t.noTimeoutHere}\n> `);
          continue;
        }
      } else {
        const offered = play.choices(textLanguage(pack, lang));
        const n = Number(answer);
        const choice = Number.isInteger(n) && n >= 1 ? offered[n - 1] : offered.find((c) => c.id === answer);
        if (choice === undefined) {
          io.out(`${t.notAnOption(answer, offered.length)}\n> `);
          continue;
        }
        send({ type: 'CHOOSE', choiceId: choice.id });
      }
      if (session.play.done) {
        io.out(renderNode(pack, session.play, lang, t));
        if (!session.advance()) return true;
        io.out(`\n${t.nextJourneyStep(session.play.scenario.id)}\n`);
        unwatch();
        unwatch = watch(session.play);
      }
      render();
    }
    return session.done;
  } finally {
    unwatch();
    lines.close();
  }
}

/**
 * `ruta play <pack> --scenario <id>` (or `--journey <id>`): interactive in a terminal, or scripted with
 * `--events <file|->` / `--choices a,b,c` (`--json` prints the result).
 */
export const playCommand: Command = {
  name: 'play',
  options: {
    scenario: { type: 'string' },
    journey: { type: 'string' },
    events: { type: 'string' },
    choices: { type: 'string' },
    json: { type: 'boolean' },
    untimed: { type: 'boolean' },
  },
  async run(line, context) {
    const { io, lang, t } = context;
    const [argument] = positionals(line, [t.argPack], t) as [string];
    const eventsArgument = stringOption(line, 'events');
    const choices = stringOption(line, 'choices');
    if (eventsArgument !== undefined && choices !== undefined)
      throw usageError(t.exclusiveOptions('--events', '--choices'));
    let scenarioId = stringOption(line, 'scenario');
    const journeyId = stringOption(line, 'journey');
    if (scenarioId !== undefined && journeyId !== undefined)
      throw usageError(t.exclusiveOptions('--scenario', '--journey'));
    const pack = loadPack(io, t, argument, lang);
    const scripted = eventsArgument !== undefined || choices !== undefined;
    const script = scripted ? await scriptedEvents(context, eventsArgument, choices) : undefined;
    scenarioId ??= journeyId === undefined ? script?.scenarioId : undefined;
    if (scenarioId === undefined && journeyId === undefined) throw usageError(t.missingOption('--scenario'));
    if (journeyId !== undefined && !(pack.journeys ?? []).some((j) => j.id === journeyId))
      throw usageError(
        t.unknownJourney(
          pack.id,
          journeyId,
          (pack.journeys ?? []).map((j) => j.id),
        ),
      );
    if (scenarioId !== undefined) scenarioOf(pack, scenarioId, t);
    // A saved result's carried values are verified, not trusted (see ../carry.ts): refused with their own reason.
    const carryProblem = carryRefusal(pack, scenarioId, journeyId, script?.carry, lang);
    if (carryProblem !== undefined) throw checkFailure(carryProblem);

    const timers = !scripted && !flag(line, 'untimed');
    const width = !scripted && io.columns !== undefined ? Math.min(io.columns, 100) - 1 : undefined;
    const show = (text: string) => io.out(width === undefined ? text : wrapLines(text, width));
    const session =
      journeyId !== undefined
        ? journeySession(pack, journeyId, timers)
        : scenarioSession(pack, scenarioId as string, timers, script?.carry);
    try {
      if (script !== undefined) playScripted(session, script.events, t);
      else {
        const finished = await playInteractive(context, pack, session);
        if (!finished) {
          io.out(`\n${t.playStopped}\n`);
          if (flag(line, 'json')) printJson(io, session.result());
          else show(session.text(lang, t));
          return 1;
        }
      }
      if (flag(line, 'json')) printJson(io, session.result());
      else show(`\n${session.text(lang, t)}`);
      // Scripted events that stop before an ending: the result is printed, and the play is unfinished.
      if (!session.done)
        throw checkFailure(t.scriptUnfinished(session.play.scenario.id, session.play.nodeId));
      // A saved result replayed: its claims must be what the replay gives (else it was altered).
      if (script?.claim !== undefined && journeyId === undefined) {
        const problems = claimMismatches(script.claim, session.result() as PlayResult, t);
        if (problems.length > 0) throw checkFailure(t.replayDisagrees, problems);
      }
      return 0;
    } finally {
      session.stop();
    }
  },
};
