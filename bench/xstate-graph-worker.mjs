/**
 * Runs `@xstate/graph`'s `getShortestPaths` on the bare XState machine of a generated story, in a worker
 * thread so the main thread can stop it when it runs past its time cap. Posts `{ ms, paths }` (CPU
 * milliseconds: the main thread only waits meanwhile).
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
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const start = cpu();
const paths = getShortestPaths(machine, { events: (snapshot) => events.get(snapshot.value) ?? [] });
const ms = cpu() - start;
parentPort.postMessage({ ms, paths: paths.length });
