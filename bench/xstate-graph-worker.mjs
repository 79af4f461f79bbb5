/**
 * Runs `@xstate/graph`'s `getShortestPaths` on the bare XState machine of a generated story, in a worker
 * thread so the main thread can stop it when it runs past its time cap. Posts `{ ms, paths }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getShortestPaths } from '@xstate/graph';
import { generateStory, toXStateMachine } from './generate.mjs';

const { n, seed } = workerData;
const story = generateStory(n, seed);
const machine = toXStateMachine(story);
const events = new Map(
  story.nodes.map((node) => [
    node.id,
    (node.choices ?? []).map((choice) => ({ type: 'CHOOSE', choiceId: choice.id })),
  ]),
);
const start = process.hrtime.bigint();
const paths = getShortestPaths(machine, { events: (snapshot) => events.get(snapshot.value) ?? [] });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
parentPort.postMessage({ ms, paths: paths.length });
