import type { Language } from '@ruta/curriculum';
import type { Pack } from '@ruta/scenario-engine';

/**
 * Values carried into a replayed play (`ruta play --events` with a saved result's `carry`) are verified, not
 * trusted: only the verified result of the journey's previous step can have produced them, and one saved
 * result does not hold that step. So a carry is refused — with a reason of its own — unless it is empty.
 * The whole journey (`--journey`) replays the carry itself; a trainee's record is verified by `ruta certify`.
 */

/** Names that are object machinery, never variables. */
const machinery = ['__proto__', 'constructor', 'prototype'];

const q = (lang: Language, value: string) =>
  lang === 'en' ? `"${value}"` : lang === 'es' ? `«${value}»` : `« ${value} »`;

const say = {
  notVariables: {
    es: (keys: string) => `los valores arrastrados nombran ${keys}, que no son variables: se rechazan`,
    en: (keys: string) => `the carried values name ${keys}, which are not variables: refused`,
    fr: (keys: string) => `les valeurs reportées nomment ${keys}, qui ne sont pas des variables : refusées`,
  },
  withJourney: {
    es: () =>
      'el archivo trae valores arrastrados («carry»), pero con --journey cada paso arrastra lo que el anterior produjo al reproducirse: quite «carry» del archivo',
    en: () =>
      'the file brings carried values ("carry"), but with --journey each step carries what the previous one produced when replayed: remove "carry" from the file',
    fr: () =>
      'le fichier apporte des valeurs reportées (« carry »), mais avec --journey chaque étape reporte ce que la précédente a produit au rejeu : retirez « carry » du fichier',
  },
  firstStep: {
    es: (scenario: string) =>
      `valores arrastrados no verificados: ${scenario} no es un paso posterior de ningún recorrido del paquete (un primer paso o un escenario suelto no arrastra nada)`,
    en: (scenario: string) =>
      `unverified carried values: ${scenario} is not a later step of any journey of the pack (a first step or a stand-alone scenario carries nothing)`,
    fr: (scenario: string) =>
      `valeurs reportées non vérifiées : ${scenario} n’est une étape ultérieure d’aucun parcours du paquet (une première étape ou un scénario isolé ne reporte rien)`,
  },
  laterStep: {
    es: (scenario: string, journeys: string) =>
      `valores arrastrados no verificados: solo el resultado verificado del paso anterior puede producirlos, y este archivo no lo contiene; reproduzca el recorrido completo con --journey ${journeys}, o verifique el expediente con «ruta certify» (${scenario})`,
    en: (scenario: string, journeys: string) =>
      `unverified carried values: only the verified result of the previous step can produce them, and this file does not hold it; replay the whole journey with --journey ${journeys}, or verify the record with "ruta certify" (${scenario})`,
    fr: (scenario: string, journeys: string) =>
      `valeurs reportées non vérifiées : seul le résultat vérifié de l’étape précédente peut les produire, et ce fichier ne le contient pas ; rejouez tout le parcours avec --journey ${journeys}, ou vérifiez le dossier avec « ruta certify » (${scenario})`,
  },
};

/**
 * Why the carry of a replayed play cannot be accepted, in the user's language; undefined when it carries
 * nothing. `journeyId` is set when the whole journey is replayed.
 */
export function carryRefusal(
  pack: Pack,
  scenarioId: string | undefined,
  journeyId: string | undefined,
  carry: object | undefined,
  lang: Language,
): string | undefined {
  if (carry === undefined) return undefined;
  const keys = Object.keys(carry);
  const bad = keys.filter((key) => machinery.includes(key));
  if (bad.length > 0) return say.notVariables[lang](bad.map((key) => q(lang, key)).join(', '));
  if (keys.length === 0) return undefined;
  if (journeyId !== undefined || scenarioId === undefined) return say.withJourney[lang]();
  const journeys = (pack.journeys ?? []).filter((journey) => journey.steps.indexOf(scenarioId, 1) > 0);
  if (journeys.length === 0) return say.firstStep[lang](q(lang, scenarioId));
  return say.laterStep[lang](q(lang, scenarioId), journeys.map((journey) => journey.id).join(' | '));
}
