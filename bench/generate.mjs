/**
 * Generates one branching scenario of N nodes (a seeded, reproducible story model) and writes it four ways:
 *
 * - `toPack(story)`: a Ruta scenario pack (`ruta.pack/1`, Spanish and English texts);
 * - `toXStateMachine(story)`: a bare XState v5 machine (`createMachine` with inline guards and `assign`);
 * - `toHandWritten(story)`: a hand-written interpreter over a plain object graph;
 * - `toInkSource(story)`: an ink story (compile it with `inkjs/compiler`, play it with `inkjs`).
 *
 * The model: nodes in topological order (a DAG, so every play ends), steps first and endings last. Each
 * step offers 2–4 choices that lead forward within a window, so paths merge often; about 1 in 10 choices
 * (and every choice near the end) leads to an ending. Four variables, the sizes the shipped packs use:
 * `trust` 0–3 (starts at 1), `evidence` 0–4, `safety` 0–10 (changed by effects, read by no condition) and
 * the boolean `documented`. A quarter of the choices after the first are guarded by a condition on trust,
 * evidence or documented (the first choice of a step never is, so no play is ever left without a choice).
 * The window is sized so a play lasts about 2·log2(N) choices, like a real scenario grown wider.
 */
import { assign, createMachine } from 'xstate';

/** mulberry32: a small, fast, seeded pseudo-random generator (the same seed gives the same numbers). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const variables = {
  trust: { type: 'number', initial: 1, min: 0, max: 3 },
  evidence: { type: 'number', initial: 0, min: 0, max: 4 },
  safety: { type: 'number', initial: 5, min: 0, max: 10 },
  documented: { type: 'boolean', initial: false },
};

const choicePool = [
  ['listen', 'Escuchar con calma', 'Listen calmly'],
  ['ask-privately', 'Preguntar en privado', 'Ask in private'],
  ['call-interpreter', 'Llamar a un intérprete calificado', 'Call a qualified interpreter'],
  ['refer-shelter', 'Derivar al albergue', 'Refer to the shelter'],
  ['take-statement', 'Tomar la declaración', 'Take the statement'],
  ['check-documents', 'Revisar los documentos', 'Check the documents'],
  ['wait', 'Esperar', 'Wait'],
  ['contact-prosecutor', 'Avisar a la fiscalía', 'Contact the prosecutor'],
];
const qualities = ['best', 'good', 'poor', 'harmful'];
const competencyPool = [
  'recognise-indicators',
  'trauma-informed-interviewing',
  'refer-to-services',
  'risk-assessment',
];
const presentPool = ['ilo-deception', 'ilo-retention-of-documents', 'ilo-debt-bondage', 'ilo-isolation'];

const pick = (random, list) => list[Math.floor(random() * list.length)];

function randomCondition(random) {
  const r = random();
  if (r < 0.35) return { var: 'trust', gte: 1 + Math.floor(random() * 3) };
  if (r < 0.6) return { var: 'evidence', gte: 1 + Math.floor(random() * 2) };
  if (r < 0.75) return { var: 'documented', eq: true };
  if (r < 0.9)
    return {
      all: [
        { var: 'trust', gte: 1 + Math.floor(random() * 2) },
        { var: 'evidence', gte: 1 },
      ],
    };
  return { not: { var: 'trust', lt: 1 } };
}

function randomEffects(random) {
  const effects = [];
  if (random() < 0.6) effects.push({ add: 'trust', value: random() < 0.6 ? 1 : -1 });
  if (random() < 0.4) effects.push({ add: 'evidence', value: 1 });
  if (random() < 0.3) effects.push({ add: 'safety', value: random() < 0.5 ? 2 : -2 });
  if (random() < 0.1) effects.push({ set: 'documented', value: true });
  return effects;
}

/**
 * The story model: `{ n, seed, start, steps, nodes: [{ id, index, choices?: [{ id, es, en, to, when?,
 * effects, quality }], ending?: outcome }] }`. Node ids are `n-<index>`; node 0 is the start.
 */
export function generateStory(n, seed = 1) {
  if (!Number.isInteger(n) || n < 20) throw new Error(`generateStory: N must be an integer ≥ 20 (got ${n})`);
  const random = seededRandom(seed * 7919 + n);
  const endings = Math.max(3, Math.round(n * 0.1));
  const steps = n - endings;
  const depth = Math.round(2 * Math.log2(n));
  const window = Math.max(3, Math.round((2 * steps) / depth));

  const capacity = [];
  for (let i = 0; i < steps; i++) capacity.push(2 + Math.floor(random() * 3));
  const targets = Array.from({ length: steps }, () => []);
  const spare = (i) => targets[i].length < capacity[i];

  // Coverage first: every node but the start gets one incoming link from a step with a free slot.
  const predecessorFor = (lo, hi) => {
    lo = Math.max(0, lo);
    for (let attempt = 0; attempt < 32; attempt++) {
      const p = lo + Math.floor(random() * (hi - lo + 1));
      if (spare(p)) return p;
    }
    for (let p = hi; p >= lo; p--) if (spare(p)) return p;
    throw new Error(`generateStory: no free choice slot in steps ${lo}…${hi} (N = ${n}, seed = ${seed})`);
  };
  for (let j = 1; j < steps; j++) targets[predecessorFor(j - window, j - 1)].push(j);
  for (let e = steps; e < n; e++) targets[predecessorFor(steps - 2 * window, steps - 1)].push(e);
  // Then fill every step's other slots: forward within the window, or now and then straight to an ending.
  for (let i = 0; i < steps; i++) {
    while (spare(i)) {
      const ahead = i + 1 + Math.floor(random() * window);
      targets[i].push(ahead >= steps || random() < 0.1 ? steps + Math.floor(random() * endings) : ahead);
    }
    // Shuffle so the coverage link is not always first (the first choice is the unguarded one).
    for (let k = targets[i].length - 1; k > 0; k--) {
      const m = Math.floor(random() * (k + 1));
      [targets[i][k], targets[i][m]] = [targets[i][m], targets[i][k]];
    }
  }

  const nodes = [];
  for (let i = 0; i < steps; i++) {
    const pool = choicePool.slice();
    const choices = targets[i].map((to, k) => {
      const [id, es, en] = pool.splice(Math.floor(random() * pool.length), 1)[0];
      const choice = {
        id,
        es,
        en,
        to: `n-${to}`,
        effects: randomEffects(random),
        quality: pick(random, qualities),
      };
      if (k > 0 && random() < 0.25) choice.when = randomCondition(random);
      return choice;
    });
    const node = { id: `n-${i}`, index: i, choices };
    if (random() < 0.1) node.present = [pick(random, presentPool)];
    nodes.push(node);
  }
  const outcomes = ['protected', 'partial', 'harmed'];
  for (let e = steps; e < n; e++)
    nodes.push({ id: `n-${e}`, index: e, ending: e === steps ? 'protected' : pick(random, outcomes) });
  return { n, seed, start: 'n-0', steps, depth, window, nodes };
}

/* ----------------------------------------------------------------------------------------------------- */
/* (a) Ruta pack                                                                                          */

const stepText = (i) => ({
  es: `Paso ${i}. La persona espera y mira al suelo.`,
  en: `Step ${i}. The person waits, looking at the floor.`,
});
const endingText = (i, outcome) => ({
  es: `Final ${i} (${outcome}). El caso se cierra por ahora.`,
  en: `Ending ${i} (${outcome}). The case is closed for now.`,
});

/** The story as a `ruta.pack/1` document (a plain object; `JSON.stringify` it for the file). */
export function toPack(story) {
  const nodes = {};
  for (const node of story.nodes) {
    if (node.ending !== undefined) {
      nodes[node.id] = {
        text: endingText(node.index, node.ending),
        ending: { outcome: node.ending, summary: endingText(node.index, node.ending) },
      };
      continue;
    }
    const out = {
      text: stepText(node.index),
      choices: node.choices.map((choice, k) => {
        const c = { id: choice.id, text: { es: choice.es, en: choice.en }, to: choice.to };
        if (choice.when !== undefined) c.when = choice.when;
        if (choice.effects.length > 0) c.effects = choice.effects;
        c.assessment = {
          quality: choice.quality,
          feedback: {
            es: `Comentario sobre la opción ${k + 1}.`,
            en: `Feedback on option ${k + 1}.`,
          },
          competencies: { [competencyPool[(node.index + k) % competencyPool.length]]: 1 },
        };
        return c;
      }),
    };
    if (node.present !== undefined) out.present = node.present;
    nodes[node.id] = out;
  }
  return {
    format: 'ruta.pack/1',
    id: `bench-${story.n}`,
    version: '1.0.0',
    country: 'RCM',
    languages: ['es', 'en'],
    title: { es: `Escenario generado de ${story.n} nodos`, en: `Generated scenario of ${story.n} nodes` },
    description: { es: 'Generado para medir el motor.', en: 'Generated to measure the engine.' },
    authors: [{ name: 'Ruta benchmarks' }],
    scenarios: [
      {
        id: 'generated',
        title: { es: 'Escenario generado', en: 'Generated scenario' },
        summary: { es: 'Un caso con muchas ramas.', en: 'A case with many branches.' },
        stage: 'identification',
        roles: ['migration-officer'],
        modules: ['M2'],
        competencies: competencyPool,
        setting: { environment: 'office' },
        variables,
        start: story.start,
        nodes,
      },
    ],
  };
}

/**
 * The same pack with loops: every 25th step (from the fifth) also offers "ask again", back to the nearest
 * step that links to it, so the two form a loop a trainee can go round (quality "poor"; one in two also
 * raises trust, which then repeats once trust is at its maximum). The node graph then has cycles, so the
 * analysis explores it state by state and measures the loops (their means, and that the longest play is
 * unbounded). Returns a new document; `pack` is not changed.
 */
export function withLoops(pack) {
  const document = structuredClone(pack);
  const nodes = document.scenarios[0].nodes;
  const ids = Object.keys(nodes);
  const index = new Map(ids.map((id, i) => [id, i]));
  const nearestFrom = new Map();
  ids.forEach((id, i) => {
    for (const choice of nodes[id].choices ?? []) {
      const to = index.get(choice.to);
      if (to > i && (nearestFrom.get(to) ?? -1) < i) nearestFrom.set(to, i);
    }
  });
  let loops = 0;
  ids.forEach((id, i) => {
    const node = nodes[id];
    if (node.choices === undefined || i < 5 || i % 25 !== 0 || !nearestFrom.has(i)) return;
    const back = {
      id: 'ask-again',
      text: { es: 'Volver a preguntar', en: 'Ask again' },
      to: ids[nearestFrom.get(i)],
      assessment: { quality: 'poor', feedback: { es: 'Repetir la pregunta.', en: 'Asking the same again.' } },
    };
    if (loops++ % 2 === 0) back.effects = [{ add: 'trust', value: 1 }];
    node.choices.push(back);
  });
  document.id = `${document.id}-loops`;
  return document;
}

/* ----------------------------------------------------------------------------------------------------- */
/* Conditions and effects as JavaScript (XState guards, hand-written interpreter) and as ink               */

const ops = { eq: '===', ne: '!==', lt: '<', lte: '<=', gt: '>', gte: '>=' };
const inkOps = { eq: '==', ne: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=' };

/** A condition as a closure over a plain variables object (what an XState inline guard calls). */
export function conditionFunction(condition) {
  if ('all' in condition) {
    const parts = condition.all.map(conditionFunction);
    return (v) => parts.every((part) => part(v));
  }
  if ('any' in condition) {
    const parts = condition.any.map(conditionFunction);
    return (v) => parts.some((part) => part(v));
  }
  if ('not' in condition) {
    const inner = conditionFunction(condition.not);
    return (v) => !inner(v);
  }
  const name = condition.var;
  const op = Object.keys(ops).find((key) => key in condition);
  const value = condition[op];
  switch (op) {
    case 'eq':
      return (v) => v[name] === value;
    case 'ne':
      return (v) => v[name] !== value;
    case 'lt':
      return (v) => v[name] < value;
    case 'lte':
      return (v) => v[name] <= value;
    case 'gt':
      return (v) => v[name] > value;
    default:
      return (v) => v[name] >= value;
  }
}

const clamp = (value, { min, max }) => Math.min(max, Math.max(min, value));

/** Effects as a function from variables to the changed variables (a partial object, for `assign`). */
export function effectsFunction(effects) {
  return (v) => {
    const changed = {};
    for (const effect of effects) {
      const name = effect.add ?? effect.set;
      const current = name in changed ? changed[name] : v[name];
      changed[name] = 'add' in effect ? clamp(current + effect.value, variables[name]) : effect.value;
    }
    return changed;
  };
}

const initialValues = () =>
  Object.fromEntries(Object.entries(variables).map(([name, d]) => [name, d.initial]));

/* ----------------------------------------------------------------------------------------------------- */
/* (b) bare XState v5                                                                                     */

/**
 * The story as one XState v5 machine: one state per node, a choice is a `CHOOSE` transition with an inline
 * guard (the choice id, then its condition) and an inline `assign` of its effects; endings are final.
 */
export function toXStateMachine(story) {
  const states = {};
  for (const node of story.nodes) {
    if (node.ending !== undefined) {
      states[node.id] = { type: 'final' };
      continue;
    }
    states[node.id] = {
      on: {
        CHOOSE: node.choices.map((choice) => {
          const id = choice.id;
          const holds = choice.when === undefined ? undefined : conditionFunction(choice.when);
          const transition = {
            target: choice.to,
            guard:
              holds === undefined
                ? ({ event }) => event.choiceId === id
                : ({ context, event }) => event.choiceId === id && holds(context),
          };
          if (choice.effects.length > 0) {
            const apply = effectsFunction(choice.effects);
            transition.actions = assign(({ context }) => apply(context));
          }
          return transition;
        }),
      },
    };
  }
  return createMachine({ id: `bench-${story.n}`, initial: story.start, context: initialValues(), states });
}

/* ----------------------------------------------------------------------------------------------------- */
/* (c) hand-written interpreter over a plain object graph                                                 */

function holds(condition, v) {
  if ('all' in condition) return condition.all.every((c) => holds(c, v));
  if ('any' in condition) return condition.any.some((c) => holds(c, v));
  if ('not' in condition) return !holds(condition.not, v);
  const value = v[condition.var];
  if ('eq' in condition) return value === condition.eq;
  if ('ne' in condition) return value !== condition.ne;
  if ('lt' in condition) return value < condition.lt;
  if ('lte' in condition) return value <= condition.lte;
  if ('gt' in condition) return value > condition.gt;
  return value >= condition.gte;
}

/**
 * The story as a plain object graph (`{ [nodeId]: { choices: { [choiceId]: { to, when, effects } } } }`)
 * and the smallest interpreter that plays it: conditions and effects read as data, as Ruta does.
 */
export function toHandWritten(story) {
  const graph = {};
  for (const node of story.nodes) {
    if (node.ending !== undefined) {
      graph[node.id] = { ending: node.ending, choices: null, order: [] };
      continue;
    }
    const choices = {};
    for (const choice of node.choices)
      choices[choice.id] = { to: choice.to, when: choice.when, effects: choice.effects };
    graph[node.id] = { ending: undefined, choices, order: node.choices.map((choice) => choice.id) };
  }
  return {
    graph,
    start() {
      return { node: story.start, vars: initialValues(), done: false };
    },
    offered(play) {
      const node = graph[play.node];
      return node.order.filter((id) => {
        const when = node.choices[id].when;
        return when === undefined || holds(when, play.vars);
      });
    },
    choose(play, choiceId) {
      if (play.done) throw new Error(`the play has ended at ${play.node}`);
      const choice = graph[play.node].choices[choiceId];
      if (choice === undefined) throw new Error(`node ${play.node} has no choice ${choiceId}`);
      if (choice.when !== undefined && !holds(choice.when, play.vars))
        throw new Error(`choice ${choiceId} is not offered at ${play.node}`);
      for (const effect of choice.effects) {
        if ('add' in effect)
          play.vars[effect.add] = clamp(play.vars[effect.add] + effect.value, variables[effect.add]);
        else play.vars[effect.set] = effect.value;
      }
      play.node = choice.to;
      play.done = graph[choice.to].ending !== undefined;
    },
  };
}

/* ----------------------------------------------------------------------------------------------------- */
/* (d) ink                                                                                                */

const knot = (id) => id.replace(/-/g, '_');

function inkCondition(condition) {
  if ('all' in condition) return `(${condition.all.map(inkCondition).join(' && ')})`;
  if ('any' in condition) return `(${condition.any.map(inkCondition).join(' || ')})`;
  if ('not' in condition) return `(not ${inkCondition(condition.not)})`;
  const op = Object.keys(inkOps).find((key) => key in condition);
  return `(${condition.var} ${inkOps[op]} ${condition[op]})`;
}

function inkEffect(effect) {
  if ('set' in effect) return `~ ${effect.set} = ${effect.value}`;
  const { min, max } = variables[effect.add];
  return `~ ${effect.add} = MIN(MAX(${effect.add} + ${effect.value}, ${min}), ${max})`;
}

/**
 * The story as ink source (English texts): one knot per node, sticky choices (`+`) with their condition,
 * effects as `~` assignments (clamped with MIN/MAX), each choice tagged `#c:<id>`; an ending knot records
 * its id in the `ending` variable and ends the story.
 */
export function toInkSource(story) {
  const lines = [];
  for (const [name, d] of Object.entries(variables)) lines.push(`VAR ${name} = ${d.initial}`);
  lines.push('VAR ending = ""', `-> ${knot(story.start)}`, '');
  for (const node of story.nodes) {
    lines.push(`=== ${knot(node.id)} ===`);
    if (node.ending !== undefined) {
      lines.push(`~ ending = "${node.id}"`, endingText(node.index, node.ending).en, '-> END', '');
      continue;
    }
    lines.push(stepText(node.index).en);
    for (const choice of node.choices) {
      const guard = choice.when === undefined ? '' : `{${inkCondition(choice.when)}} `;
      const head = `+ ${guard}[${choice.en} #c:${choice.id}]`;
      if (choice.effects.length === 0) lines.push(`${head} -> ${knot(choice.to)}`);
      else {
        lines.push(head);
        for (const effect of choice.effects) lines.push(`  ${inkEffect(effect)}`);
        lines.push(`  -> ${knot(choice.to)}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}
