import type { CharacterRole, Environment } from './types';

export type SceneLang = 'es' | 'en' | 'fr';

/** The words of the scene's accessible label, in each language of the lab. */
export const sceneMessages: Record<
  SceneLang,
  {
    environments: Record<Environment, string>;
    roles: Record<CharacterRole, string>;
    scene: (place: string) => string;
    speaking: (name: string, role: string) => string;
    present: (names: string) => string;
  }
> = {
  es: {
    environments: {
      'border-post': 'un puesto fronterizo',
      'bus-terminal': 'una terminal de autobuses',
      port: 'un puerto',
      worksite: 'una obra en construcción',
      farm: 'una finca agrícola',
      street: 'una calle comercial de noche',
      office: 'una oficina',
      shelter: 'un albergue',
      hospital: 'una sala de hospital',
      consulate: 'un consulado',
      courtroom: 'una sala de audiencias',
    },
    roles: {
      victim: 'presunta víctima',
      suspect: 'sospechoso',
      witness: 'testigo',
      colleague: 'colega',
      interpreter: 'intérprete',
      official: 'funcionario',
      other: 'otra persona',
    },
    scene: (place) => `Escena 3D: ${place}.`,
    speaking: (name, role) => `Habla ${name} (${role}).`,
    present: (names) => `Presentes: ${names}.`,
  },
  en: {
    environments: {
      'border-post': 'a border post',
      'bus-terminal': 'a bus terminal',
      port: 'a port',
      worksite: 'a construction site',
      farm: 'a farm',
      street: 'a shopping street at night',
      office: 'an office',
      shelter: 'a shelter',
      hospital: 'a hospital room',
      consulate: 'a consulate',
      courtroom: 'a courtroom',
    },
    roles: {
      victim: 'presumed victim',
      suspect: 'suspect',
      witness: 'witness',
      colleague: 'colleague',
      interpreter: 'interpreter',
      official: 'official',
      other: 'other person',
    },
    scene: (place) => `3D scene: ${place}.`,
    speaking: (name, role) => `${name} (${role}) is speaking.`,
    present: (names) => `Present: ${names}.`,
  },
  fr: {
    environments: {
      'border-post': 'un poste frontière',
      'bus-terminal': 'une gare routière',
      port: 'un port',
      worksite: 'un chantier',
      farm: 'une exploitation agricole',
      street: 'une rue commerçante la nuit',
      office: 'un bureau',
      shelter: 'un foyer d’accueil',
      hospital: 'une chambre d’hôpital',
      consulate: 'un consulat',
      courtroom: 'une salle d’audience',
    },
    roles: {
      victim: 'victime présumée',
      suspect: 'suspect',
      witness: 'témoin',
      colleague: 'collègue',
      interpreter: 'interprète',
      official: 'agent',
      other: 'autre personne',
    },
    scene: (place) => `Scène 3D : ${place}.`,
    speaking: (name, role) => `${name} (${role}) parle.`,
    present: (names) => `Présents : ${names}.`,
  },
};

/** The accessible label of a scene: the place, who speaks and who is there (the text mode has the dialogue). */
export function sceneLabel(
  lang: SceneLang,
  environment: Environment,
  characters: readonly { id: string; name: string; role: CharacterRole }[],
  speakerId?: string,
): string {
  const m = sceneMessages[lang] ?? sceneMessages.es;
  const parts = [m.scene(m.environments[environment])];
  const speaker = characters.find((c) => c.id === speakerId);
  if (speaker) parts.push(m.speaking(speaker.name, m.roles[speaker.role]));
  if (characters.length > 0)
    parts.push(m.present(characters.map((c) => `${c.name} (${m.roles[c.role]})`).join(', ')));
  return parts.join(' ');
}
