/**
 * Memory per live play, measured in its own process (run by run.mjs with `--expose-gc`):
 *   node --expose-gc memory-probe.mjs <variant> <n> <count> <playthroughs.json>
 * Starts <count> plays of the N-node story at once, each taken halfway through a recorded playthrough, keeps
 * them all alive and prints `{ bytesPerPlay }`: the growth of the used heap (after full garbage collection)
 * divided by <count>. Everything the plays share (the pack, the compiled machine, the ink JSON text) exists
 * before the first measurement, so only what each live play adds is counted.
 */
import { readFileSync } from 'node:fs';
import { parsePack, startScenario } from '@ruta/scenario-engine';
import { Story } from 'inkjs';
import { createActor } from 'xstate';
import { generateStory } from './generate.mjs';
import { buildVariants, scenarioId } from './players.mjs';

const [variant, n, count, file] = process.argv.slice(2);
if (typeof globalThis.gc !== 'function') {
  console.error('memory-probe.mjs needs node --expose-gc');
  process.exit(2);
}
const v = buildVariants(generateStory(Number(n), 1), parsePack);
const playthroughs = JSON.parse(readFileSync(file, 'utf8'));
const plays = Number(count);

const halfway = (list) => list.slice(0, Math.floor(list.length / 2));
const start = {
  ruta: (p) => {
    const play = startScenario(v.pack, scenarioId, { timers: false });
    for (const id of halfway(p.choices)) play.choose(id);
    return play;
  },
  xstate: (p) => {
    const actor = createActor(v.machine).start();
    for (const choiceId of halfway(p.choices)) actor.send({ type: 'CHOOSE', choiceId });
    return actor;
  },
  hand: (p) => {
    const play = v.hand.start();
    for (const id of halfway(p.choices)) v.hand.choose(play, id);
    return play;
  },
  ink: (p) => {
    const story = new Story(v.inkJson);
    story.ContinueMaximally();
    for (const index of halfway(p.indexes)) {
      story.ChooseChoiceIndex(index);
      story.ContinueMaximally();
    }
    return story;
  },
}[variant];

// One play first, so lazily built shared parts (the compiled scenario, caches) exist before measuring.
const first = start(playthroughs[0]);
const settle = () => {
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
};
const before = settle();
const live = new Array(plays);
for (let i = 0; i < plays; i++) live[i] = start(playthroughs[i % playthroughs.length]);
const after = settle();
process.stdout.write(
  JSON.stringify({ bytesPerPlay: (after - before) / plays, plays, live: live.length, first: !!first }),
);
