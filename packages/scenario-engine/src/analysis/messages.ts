import type { Language } from '@ruta/curriculum';
import type { VariableValues } from './report';

/**
 * The analysis report's messages in the program's three languages (`analyzePack(pack, { lang })`). The
 * report's other fields (kinds, paths, nodes, values, ways there) are the same in every language; only
 * `message` is written for people.
 */
export interface AnalysisMessages {
  unreachableNode(node: string, start: string): string;
  /**
   * `asked`: the indicators the step's conditions name; `noted`: those noted when nothing is offered (the
   * others are not).
   */
  softLock(node: string, values: VariableValues, asked: readonly string[], noted: readonly string[]): string;
  noExitLoop(nodes: readonly string[], values: VariableValues): string;
  /** No `protected` ending reachable in play; `declared`: the scenario has one, play never gets there. */
  noProtectedEnding(start: string, declared: boolean): string;
  /** `step`: 1-based; `example`: the first doomed start's carried values. */
  doomedStart(
    journey: string,
    step: number,
    scenario: string,
    doomed: number,
    starts: number,
    example: VariableValues,
  ): string;
  /** `step`, `later`: 1-based; `endings`: the step's `harmed` endings that do not close the case. */
  harmedContinues(
    journey: string,
    step: number,
    scenario: string,
    endings: readonly string[],
    later: number,
  ): string;
}

const assignments = (values: VariableValues): string =>
  Object.entries(values)
    .map(([name, value]) => `${name} = ${value}`)
    .join(', ');

/** ` with a = 1, b = 2` (in the language's word), or nothing when there are no values. */
function valuesAfter(word: string, values: VariableValues): string {
  const text = assignments(values);
  return text === '' ? '' : ` ${word} ${text}`;
}

function quoted(open: string, close: string) {
  const q = (id: string) => `${open}${id}${close}`;
  return { q, list: (ids: readonly string[]) => ids.map(q).join(', ') };
}

const en = ((): AnalysisMessages => {
  const { q, list } = quoted('"', '"');
  const withValues = (values: VariableValues) => valuesAfter('with', values);
  const is = (n: number) => (n === 1 ? 'is' : 'are');
  return {
    unreachableNode: (node, start) =>
      `node ${q(node)} cannot be reached: no chain of choices ("to") or timeouts ("timeout.to") leads to it from start ${q(start)}`,
    softLock: (node, values, asked, noted) => {
      const notebook =
        asked.length === 0
          ? ''
          : noted.length === 0
            ? `, when ${list(asked)} ${is(asked.length)} not noted`
            : `, when only ${list(noted)} ${is(noted.length)} noted`;
      return `step ${q(node)} offers no choice${withValues(values)}${notebook}, and has no timeout: the trainee is stuck`;
    },
    noExitLoop: (nodes, values) =>
      `once play reaches ${list(nodes)}${withValues(values)}, it can only go round in a loop: no ending can be reached from there`,
    noProtectedEnding: (start, declared) =>
      declared
        ? `no ending with outcome "protected" can be reached in play from start ${q(start)} (with the declared initial values and any notes)`
        : 'the scenario has no ending with outcome "protected": at least one must be reachable',
    doomedStart: (journey, step, scenario, doomed, starts, example) => {
      const text = assignments(example);
      return `journey ${q(journey)}, step ${step} (${q(scenario)}): from ${doomed} of the ${starts} carried starts the previous steps can lead to, no "protected" ending can be reached${text === '' ? '' : ` (for example ${text})`}`;
    },
    harmedContinues: (journey, step, scenario, endings, later) =>
      `journey ${q(journey)}, step ${step} (${q(scenario)}): ${endings.length === 1 ? 'the ending' : 'the endings'} ${list(endings)} ${endings.length === 1 ? 'is' : 'are'} "harmed" without "closesCase", yet step ${later} can still end "protected": is that recovery realistic, or a lost case the journey forgets?`,
  };
})();

const es = ((): AnalysisMessages => {
  const { q, list } = quoted('«', '»');
  const withValues = (values: VariableValues) => valuesAfter('con', values);
  return {
    unreachableNode: (node, start) =>
      `el nodo ${q(node)} es inalcanzable: ninguna cadena de opciones ("to") ni de límites de tiempo ("timeout.to") lleva a él desde el inicio ${q(start)}`,
    softLock: (node, values, asked, noted) => {
      const notebook =
        asked.length === 0
          ? ''
          : noted.length === 0
            ? `, cuando ${list(asked)} ${asked.length === 1 ? 'no está anotado' : 'no están anotados'}`
            : `, cuando solo ${list(noted)} ${noted.length === 1 ? 'está anotado' : 'están anotados'}`;
      return `el paso ${q(node)} no ofrece ninguna opción${withValues(values)}${notebook}, y no tiene límite de tiempo: quien se forma queda sin salida`;
    },
    noExitLoop: (nodes, values) =>
      `cuando el juego llega a ${list(nodes)}${withValues(values)}, solo puede dar vueltas en un bucle: desde ahí no se alcanza ningún final`,
    noProtectedEnding: (start, declared) =>
      declared
        ? `ningún final con resultado "protected" es alcanzable en el juego desde el inicio ${q(start)} (con los valores iniciales declarados y cualquier anotación)`
        : 'el escenario no tiene ningún final con resultado "protected": al menos uno debe ser alcanzable',
    doomedStart: (journey, step, scenario, doomed, starts, example) => {
      const text = assignments(example);
      return `recorrido ${q(journey)}, etapa ${step} (${q(scenario)}): desde ${doomed} de los ${starts} puntos de partida que pueden dejar las etapas anteriores, ya no se alcanza ningún final "protected"${text === '' ? '' : ` (por ejemplo ${text})`}`;
    },
    harmedContinues: (journey, step, scenario, endings, later) =>
      `recorrido ${q(journey)}, etapa ${step} (${q(scenario)}): ${endings.length === 1 ? 'el final' : 'los finales'} ${list(endings)} ${endings.length === 1 ? 'es' : 'son'} "harmed" sin "closesCase", pero la etapa ${later} todavía puede terminar "protected": ¿es realista esa recuperación, o es un caso perdido que el recorrido olvida?`,
  };
})();

const fr = ((): AnalysisMessages => {
  const { q, list } = quoted('« ', ' »');
  const withValues = (values: VariableValues) => valuesAfter('avec', values);
  return {
    unreachableNode: (node, start) =>
      `le nœud ${q(node)} est inatteignable : aucune chaîne de choix ("to") ni de limites de temps ("timeout.to") n’y mène depuis le départ ${q(start)}`,
    softLock: (node, values, asked, noted) => {
      const notebook =
        asked.length === 0
          ? ''
          : noted.length === 0
            ? `, quand ${list(asked)} ${asked.length === 1 ? 'n’est pas noté' : 'ne sont pas notés'}`
            : `, quand ${noted.length === 1 ? 'seul' : 'seuls'} ${list(noted)} ${noted.length === 1 ? 'est noté' : 'sont notés'}`;
      return `l’étape ${q(node)} n’offre aucun choix${withValues(values)}${notebook}, et n’a pas de limite de temps : la personne en formation est bloquée`;
    },
    noExitLoop: (nodes, values) =>
      `une fois que le jeu atteint ${list(nodes)}${withValues(values)}, il ne peut que tourner en boucle : aucune fin n’est atteignable depuis là`,
    noProtectedEnding: (start, declared) =>
      declared
        ? `aucune fin au résultat "protected" n’est atteignable en jeu depuis le départ ${q(start)} (avec les valeurs initiales déclarées et toutes notes)`
        : 'le scénario n’a aucune fin au résultat "protected" : au moins une doit être atteignable',
    doomedStart: (journey, step, scenario, doomed, starts, example) => {
      const text = assignments(example);
      return `parcours ${q(journey)}, étape ${step} (${q(scenario)}) : depuis ${doomed} des ${starts} départs que les étapes précédentes peuvent laisser, aucune fin "protected" n’est plus atteignable${text === '' ? '' : ` (par exemple ${text})`}`;
    },
    harmedContinues: (journey, step, scenario, endings, later) =>
      `parcours ${q(journey)}, étape ${step} (${q(scenario)}) : ${endings.length === 1 ? 'la fin' : 'les fins'} ${list(endings)} ${endings.length === 1 ? 'est' : 'sont'} "harmed" sans "closesCase", mais l’étape ${later} peut encore finir "protected" : ce rétablissement est-il réaliste, ou est-ce un cas perdu que le parcours oublie ?`,
  };
})();

export const analysisMessages: Readonly<Record<Language, AnalysisMessages>> = { es, en, fr };
