/**
 * The four ways to play a generated story (Ruta, bare XState, hand-written, inkjs), the cross-check that
 * they tell the same story, and the recorded playthroughs every timed figure replays.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startScenario } from '@ruta/scenario-engine';
import { Story } from 'inkjs';
import { Compiler } from 'inkjs/full';
import { createActor } from 'xstate';
import { seededRandom, toHandWritten, toInkSource, toPack, toXStateMachine, variables } from './generate.mjs';

export const scenarioId = 'generated';
const cacheDir = new URL('./.cache/', import.meta.url);

/**
 * Compiles the story's ink source with `inkjs/compiler` (the JSON is cached in bench/.cache by a hash of
 * the source: compiling 10,000 knots takes tens of seconds and is not what is measured).
 */
export function compileInk(story) {
  const source = toInkSource(story);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const file = new URL(`ink-${story.n}-${hash}.json`, cacheDir);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const compiler = new Compiler(source);
  const json = compiler.Compile().ToJson();
  if (compiler.errors.length > 0)
    throw new Error(
      `the ink story of N = ${story.n} does not compile: ${compiler.errors.slice(0, 3).join('; ')}`,
    );
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, json);
  return json;
}

/**
 * Everything built from one story: the validated Ruta pack, the XState machine, the hand-written
 * interpreter and the compiled ink JSON.
 */
export function buildVariants(story, parsePack) {
  const document = toPack(story);
  const packText = JSON.stringify(document);
  const parsed = parsePack(JSON.parse(packText));
  if (!parsed.ok)
    throw new Error(
      `the generated pack of N = ${story.n} is not a valid ruta.pack/1: ${parsed.issues
        .slice(0, 3)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join('; ')}`,
    );
  return {
    story,
    packText,
    pack: parsed.value,
    machine: toXStateMachine(story),
    hand: toHandWritten(story),
    inkJson: compileInk(story),
    candidates: new Map(story.nodes.map((node) => [node.id, (node.choices ?? []).map((c) => c.id)])),
  };
}

/* --- one interactive play per variant: offered choice ids, choose one, read the end ------------------ */

function rutaPlayer(v) {
  const play = startScenario(v.pack, scenarioId, { timers: false });
  return {
    offered: () => play.choices().map((choice) => choice.id),
    choose: (id) => play.choose(id),
    done: () => play.done,
    end: () => ({ node: play.nodeId, variables: { ...play.variables } }),
  };
}

function xstatePlayer(v) {
  const actor = createActor(v.machine).start();
  return {
    offered: () => {
      const snapshot = actor.getSnapshot();
      return v.candidates
        .get(snapshot.value)
        .filter((choiceId) => snapshot.can({ type: 'CHOOSE', choiceId }));
    },
    choose: (choiceId) => actor.send({ type: 'CHOOSE', choiceId }),
    done: () => actor.getSnapshot().status === 'done',
    end: () => {
      const snapshot = actor.getSnapshot();
      return { node: snapshot.value, variables: { ...snapshot.context } };
    },
  };
}

function handPlayer(v) {
  const play = v.hand.start();
  return {
    offered: () => v.hand.offered(play),
    choose: (id) => v.hand.choose(play, id),
    done: () => play.done,
    end: () => ({ node: play.node, variables: { ...play.vars } }),
  };
}

function inkPlayer(v, story = new Story(v.inkJson)) {
  story.ResetState();
  story.ContinueMaximally();
  const ids = () => story.currentChoices.map((choice) => choice.tags[0].slice(2));
  return {
    offered: ids,
    choose: (id) => {
      story.ChooseChoiceIndex(ids().indexOf(id));
      story.ContinueMaximally();
    },
    done: () => story.currentChoices.length === 0 && !story.canContinue,
    end: () => ({
      node: story.variablesState.$('ending'),
      variables: Object.fromEntries(
        Object.keys(variables).map((name) => [name, story.variablesState.$(name)]),
      ),
    }),
  };
}

export const players = { ruta: rutaPlayer, xstate: xstatePlayer, hand: handPlayer, ink: inkPlayer };
export const variantNames = { ruta: 'Ruta', xstate: 'bare XState', hand: 'hand-written', ink: 'inkjs' };

/** Plays one seeded random playthrough: at each step a uniformly random offered choice. */
function playThrough(player, seed, n) {
  const random = seededRandom(seed);
  const steps = [];
  for (let guard = 0; !player.done(); guard++) {
    if (guard > n) throw new Error('the play does not end');
    const offered = player.offered();
    if (offered.length === 0) throw new Error(`no choice is offered after ${steps.length} steps`);
    const index = Math.floor(random() * offered.length);
    steps.push({ offered, index, choice: offered[index] });
    player.choose(offered[index]);
  }
  return { steps, end: player.end() };
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Plays `count` seeded random playthroughs with each variant and checks they agree, step by step (the
 * choices offered, the one taken) and at the end (the ending node and every variable). Throws a message
 * naming the variant, the playthrough and the step where one disagrees. Returns the playthroughs (choice
 * ids, and the index among those offered, which is how ink chooses).
 */
export function crossCheck(v, count) {
  const story = new Story(v.inkJson);
  const playthroughs = [];
  for (let p = 0; p < count; p++) {
    const seed = 1000 + p;
    const reference = playThrough(rutaPlayer(v), seed, v.story.n);
    for (const name of ['xstate', 'hand', 'ink']) {
      const player = name === 'ink' ? inkPlayer(v, story) : players[name](v);
      let other;
      try {
        other = playThrough(player, seed, v.story.n);
      } catch (error) {
        throw new Error(
          `cross-check failed (N = ${v.story.n}, playthrough ${p}): ${variantNames[name]}: ${error.message}`,
        );
      }
      const at = reference.steps.findIndex((step, i) => !same(step, other.steps[i]));
      const where = `cross-check failed (N = ${v.story.n}, playthrough ${p}, step ${at >= 0 ? at : reference.steps.length})`;
      const offered = (run, i) =>
        run.steps[i] === undefined
          ? `had already ended at ${run.end.node}`
          : `offered ${JSON.stringify(run.steps[i].offered)}`;
      if (at >= 0 || other.steps.length !== reference.steps.length) {
        const i = at >= 0 ? at : reference.steps.length;
        throw new Error(
          `${where}: Ruta ${offered(reference, i)} but ${variantNames[name]} ${offered(other, i)}`,
        );
      }
      if (!same(reference.end, other.end))
        throw new Error(
          `cross-check failed (N = ${v.story.n}, playthrough ${p}): Ruta ended at ${JSON.stringify(reference.end)} ` +
            `but ${variantNames[name]} at ${JSON.stringify(other.end)}`,
        );
    }
    playthroughs.push({
      seed,
      choices: reference.steps.map((step) => step.choice),
      indexes: reference.steps.map((step) => step.index),
      ending: reference.end.node,
    });
  }
  return playthroughs;
}
