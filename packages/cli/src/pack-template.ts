import { type Country, countryNames, type Language } from '@ruta/curriculum';

/**
 * What `ruta new-pack` writes: a scenario-pack workspace package laid out like the packs in this repository
 * (`scenarios/regional`), with one small complete scenario — a labour inspection at a farm — that
 * validates and passes the engine's analysis: a step with a timeout, a variable, a condition, a referral
 * and three endings (protected, partial, harmed). Its texts are in the languages asked for.
 */

export interface PackTemplateOptions {
  /** The pack id (kebab-case). */
  id: string;
  /** The npm package name. */
  packageName: string;
  /** An RCM member country code, or "RCM". */
  country: Country | 'RCM';
  /** The pack's languages, the first being its default. */
  languages: Language[];
  /** The version range of `@ruta/scenario-engine` to depend on. */
  engineRange: string;
  /** The version range of `vitest`, `tsup`, `typescript` and `@types/node` to develop with. */
  toolRanges: Record<'vitest' | 'tsup' | 'typescript' | '@types/node' | '@ruta/cli', string>;
}

type Words = Record<Language, string>;

const placeName = (country: Country | 'RCM', lang: Language): string =>
  country === 'RCM'
    ? { es: 'un país de la región', en: 'a country of the region', fr: 'un pays de la région' }[lang]
    : countryNames[country][lang];

/** A Text holding only the pack's languages (every Text of a pack must carry each of them). */
function textIn(languages: readonly Language[], words: Words): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of languages) out[lang] = words[lang];
  return out;
}

/** The scaffolded `pack.json` document. */
export function templatePack(options: PackTemplateOptions): Record<string, unknown> {
  const { languages } = options;
  const tx = (es: string, en: string, fr: string) => textIn(languages, { es, en, fr });
  const place = (lang: Language) => placeName(options.country, lang);
  const txPlace = (f: (lang: Language, where: string) => string) =>
    textIn(languages, { es: f('es', place('es')), en: f('en', place('en')), fr: f('fr', place('fr')) });

  return {
    format: 'ruta.pack/1',
    id: options.id,
    version: '0.1.0',
    country: options.country,
    languages,
    title: txPlace((lang, where) =>
      lang === 'es'
        ? `Paquete de escenarios de ${where}`
        : lang === 'en'
          ? `Scenario pack of ${where}`
          : `Paquet de scénarios : ${where}`,
    ),
    description: tx(
      'Escenarios de formación sobre trata de personas. Empieza con una inspección laboral en una finca: reconocer los indicios, hablar en privado y derivar sin sancionar.',
      'Training scenarios on trafficking in persons. It starts with a labour inspection at a farm: recognise the signs, talk in private and refer without punishing.',
      'Scénarios de formation sur la traite des personnes. Il commence par une inspection du travail dans une exploitation agricole : reconnaître les indices, parler en privé et orienter sans sanctionner.',
    ),
    authors: [{ name: 'Pack authors', organization: 'National anti-trafficking commission' }],
    license: 'MIT',
    references: [
      {
        id: 'palermo-protocol-art-3',
        kind: 'treaty',
        title: tx(
          'Protocolo de Palermo, artículo 3 (definición de trata de personas)',
          'Palermo Protocol, article 3 (definition of trafficking in persons)',
          'Protocole de Palerme, article 3 (définition de la traite des personnes)',
        ),
        citation:
          'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000), art. 3',
      },
    ],
    referrals: [
      {
        id: 'victim-shelter',
        kind: 'shelter',
        name: tx(
          'Albergue especializado para víctimas de trata',
          'Specialised shelter for trafficking victims',
          'Foyer spécialisé pour les victimes de la traite',
        ),
        description: tx(
          'Alojamiento seguro, atención médica y psicológica y asesoría jurídica, con el consentimiento de la persona.',
          'Safe accommodation, medical and psychological care and legal advice, with the person’s consent.',
          'Hébergement sûr, soins médicaux et psychologiques et conseil juridique, avec le consentement de la personne.',
        ),
      },
    ],
    indicators: [
      {
        id: 'recruitment-debt-grows',
        label: tx(
          'La deuda por el reclutamiento crece en lugar de bajar',
          'The recruitment debt grows instead of shrinking',
          'La dette de recrutement augmente au lieu de diminuer',
        ),
        group: 'labour-exploitation',
      },
    ],
    scenarios: [
      {
        id: 'farm-inspection',
        title: tx(
          'Inspección laboral en una finca',
          'Labour inspection at a farm',
          'Inspection du travail dans une exploitation agricole',
        ),
        summary: txPlace((lang, where) =>
          lang === 'es'
            ? `En una finca de ${where}, una inspectora del trabajo encuentra a una trabajadora cuyo documento guarda el capataz. Debe reconocer los indicios, hablar con ella en privado y derivarla sin sancionarla.`
            : lang === 'en'
              ? `At a farm in ${where}, a labour inspector meets a worker whose ID the foreman keeps. She must recognise the signs, talk with her in private and refer her without punishing her.`
              : `Dans une exploitation agricole (${where}), une inspectrice du travail rencontre une ouvrière dont le contremaître garde le document d'identité. Elle doit reconnaître les indices, lui parler en privé et l'orienter sans la sanctionner.`,
        ),
        stage: 'identification',
        roles: ['labour-inspector'],
        modules: ['M1', 'M4'],
        competencies: [
          'recognise-indicators',
          'trauma-informed-interviewing',
          'refer-to-services',
          'apply-non-punishment',
        ],
        setting: {
          environment: 'farm',
          description: tx(
            'Plantación de café al amanecer; galpón de trabajadores junto al camino.',
            'A coffee plantation at dawn; a workers’ shed by the road.',
            'Une plantation de café à l’aube ; un hangar pour les ouvriers au bord du chemin.',
          ),
        },
        characters: [
          { id: 'lucia', name: 'Lucía', role: 'victim', age: 26 },
          { id: 'foreman', name: 'Don Ramiro', role: 'suspect', age: 50 },
        ],
        variables: {
          trust: { type: 'number', initial: 1, min: 0, max: 3 },
        },
        start: 'arrival',
        nodes: {
          arrival: {
            speaker: 'foreman',
            text: tx(
              'El capataz responde por Lucía y enseña el documento de ella: «Se lo guardo yo, para que no lo pierda. Todavía debe el viaje». Lucía mira al suelo.',
              'The foreman answers for Lucía and shows her ID: “I keep it for her so she does not lose it. She still owes for the journey.” Lucía looks at the ground.',
              "Le contremaître répond à la place de Lucía et montre son document : « Je le garde pour qu'elle ne le perde pas. Elle doit encore le voyage. » Lucía regarde le sol.",
            ),
            present: ['ilo-retention-of-documents', 'ilo-debt-bondage'],
            timeout: { seconds: 60, to: 'foreman-takes-over' },
            choices: [
              {
                id: 'talk-in-private',
                text: tx(
                  'Pedir hablar con cada trabajador por separado, empezando por Lucía, lejos del capataz.',
                  'Ask to talk with each worker separately, starting with Lucía, away from the foreman.',
                  'Demander à parler à chaque ouvrier séparément, en commençant par Lucía, loin du contremaître.',
                ),
                to: 'private-talk',
                effects: [{ add: 'trust', value: 1 }],
                assessment: {
                  quality: 'best',
                  feedback: tx(
                    'Un tercero que guarda el documento y habla de una deuda son indicios de trabajo forzoso. Hablar en privado la protege y le permite contar lo que pasa.',
                    'A third party who keeps her document and speaks of a debt are signs of forced labour. Talking in private protects her and lets her tell what is happening.',
                    "Un tiers qui garde son document et parle d'une dette sont des indices de travail forcé. Parler en privé la protège et lui permet de raconter ce qui se passe.",
                  ),
                  competencies: { 'recognise-indicators': 1, 'trauma-informed-interviewing': 1 },
                  principles: ['do-no-harm', 'presumption-of-victim-status'],
                  references: ['palermo-protocol-art-3'],
                },
              },
              {
                id: 'question-in-front-of-foreman',
                text: tx(
                  'Preguntarle a Lucía, delante del capataz, si está ahí por voluntad propia.',
                  'Ask Lucía, in front of the foreman, whether she is there of her own free will.',
                  'Demander à Lucía, devant le contremaître, si elle est là de son plein gré.',
                ),
                to: 'foreman-takes-over',
                effects: [{ add: 'trust', value: -1 }],
                assessment: {
                  quality: 'poor',
                  feedback: tx(
                    'Delante de quien la controla no puede hablar con libertad, y la pregunta la pone en riesgo.',
                    'In front of the person who controls her she cannot speak freely, and the question puts her at risk.',
                    'Devant la personne qui la contrôle, elle ne peut pas parler librement, et la question la met en danger.',
                  ),
                  competencies: { 'trauma-informed-interviewing': 1 },
                  principles: ['do-no-harm'],
                },
              },
            ],
          },
          'foreman-takes-over': {
            speaker: 'foreman',
            text: tx(
              'El capataz se interpone: «Aquí todos están contentos. ¿Ya terminó?». Lucía se aleja hacia el galpón.',
              'The foreman steps in: “Everybody is happy here. Are you done?” Lucía walks away towards the shed.',
              "Le contremaître s'interpose : « Ici tout le monde est content. Vous avez fini ? » Lucía s'éloigne vers le hangar.",
            ),
            present: ['ilo-intimidation-threats'],
            choices: [
              {
                id: 'come-back-with-colleague',
                text: tx(
                  'Cerrar la visita con calma y volver al día siguiente con una colega, para hablar con Lucía a solas.',
                  'Close the visit calmly and come back the next day with a colleague, to talk with Lucía alone.',
                  'Clore la visite calmement et revenir le lendemain avec une collègue pour parler seule à seule avec Lucía.',
                ),
                to: 'private-talk',
                assessment: {
                  quality: 'good',
                  feedback: tx(
                    'Volver preparada permite hablar con ella en un lugar seguro, aunque su confianza ya se resintió.',
                    'Coming back prepared makes it possible to talk with her somewhere safe, though her trust has already suffered.',
                    'Revenir préparée permet de lui parler dans un lieu sûr, même si sa confiance en a déjà souffert.',
                  ),
                  competencies: { 'recognise-indicators': 1 },
                  principles: ['do-no-harm'],
                },
              },
              {
                id: 'close-without-findings',
                text: tx(
                  'Cerrar la inspección sin hallazgos: nadie se quejó.',
                  'Close the inspection without findings: nobody complained.',
                  "Clore l'inspection sans constat : personne ne s'est plaint.",
                ),
                to: 'harmed',
                assessment: {
                  quality: 'harmful',
                  feedback: tx(
                    'Las víctimas rara vez se identifican a sí mismas; basta la sospecha razonable para actuar.',
                    'Victims rarely identify themselves; reasonable suspicion is enough to act.',
                    "Les victimes s'identifient rarement elles-mêmes ; le soupçon raisonnable suffit pour agir.",
                  ),
                  competencies: { 'recognise-indicators': 1 },
                  principles: ['presumption-of-victim-status'],
                },
              },
            ],
          },
          'private-talk': {
            speaker: 'lucia',
            text: tx(
              'A solas, Lucía cuenta que le prometieron un sueldo que nunca recibe y que la deuda del viaje crece cada mes. Teme que la deporten si habla.',
              'Alone, Lucía says she was promised wages she never receives and that the travel debt grows every month. She fears deportation if she speaks.',
              "Seule, Lucía raconte qu'on lui a promis un salaire qu'elle ne reçoit jamais et que la dette du voyage augmente chaque mois. Elle craint d'être expulsée si elle parle.",
            ),
            present: ['ilo-deception', 'ilo-withholding-of-wages', 'recruitment-debt-grows'],
            choices: [
              {
                id: 'refer-to-shelter',
                text: tx(
                  'Explicarle sus derechos y, con su consentimiento, derivarla al albergue especializado.',
                  'Explain her rights and, with her consent, refer her to the specialised shelter.',
                  "Lui expliquer ses droits et, avec son consentement, l'orienter vers le foyer spécialisé.",
                ),
                to: 'protected',
                when: { var: 'trust', gte: 1 },
                referral: 'victim-shelter',
                assessment: {
                  quality: 'best',
                  feedback: tx(
                    'Informarla y pedir su consentimiento antes de derivarla respeta su autonomía y la pone a salvo.',
                    'Informing her and asking for her consent before referring her respects her autonomy and gets her to safety.',
                    "L'informer et demander son consentement avant de l'orienter respecte son autonomie et la met en sécurité.",
                  ),
                  competencies: { 'refer-to-services': 1, 'trauma-informed-interviewing': 1 },
                  principles: ['informed-consent', 'do-no-harm'],
                },
              },
              {
                id: 'report-wages-only',
                text: tx(
                  'Levantar un acta por salarios impagos y dejar a Lucía en la finca.',
                  'Write up the unpaid wages and leave Lucía at the farm.',
                  "Dresser un procès-verbal pour salaires impayés et laisser Lucía à l'exploitation.",
                ),
                to: 'partial',
                assessment: {
                  quality: 'poor',
                  feedback: tx(
                    'El acta ayuda, pero tratar el caso solo como una infracción laboral la deja bajo el control del capataz.',
                    'The report helps, but treating the case as a mere labour offence leaves her under the foreman’s control.',
                    "Le procès-verbal aide, mais traiter l'affaire comme une simple infraction au droit du travail la laisse sous le contrôle du contremaître.",
                  ),
                  competencies: { 'refer-to-services': 1 },
                },
              },
              {
                id: 'report-irregular-status',
                text: tx(
                  'Avisar a migración de que Lucía no tiene permiso de trabajo.',
                  'Notify migration that Lucía has no work permit.',
                  "Signaler aux services de migration que Lucía n'a pas de permis de travail.",
                ),
                to: 'harmed',
                assessment: {
                  quality: 'harmful',
                  feedback: tx(
                    'Una presunta víctima no debe ser sancionada por su situación migratoria: es el principio de no sanción.',
                    'A presumed victim must not be punished for her migration status: that is the non-punishment principle.',
                    "Une victime présumée ne doit pas être sanctionnée pour sa situation migratoire : c'est le principe de non-sanction.",
                  ),
                  competencies: { 'apply-non-punishment': 1 },
                  principles: ['non-punishment'],
                },
              },
            ],
          },
          protected: {
            ending: {
              outcome: 'protected',
              summary: tx(
                'Lucía está en el albergue, recibe atención y decide con calma si denuncia.',
                'Lucía is at the shelter, receives care and decides calmly whether to report.',
                'Lucía est au foyer, reçoit des soins et décide sereinement si elle porte plainte.',
              ),
            },
            text: tx(
              'Dos días después, Lucía duerme tranquila por primera vez en meses.',
              'Two days later, Lucía sleeps peacefully for the first time in months.',
              'Deux jours plus tard, Lucía dort paisiblement pour la première fois depuis des mois.',
            ),
          },
          partial: {
            ending: {
              outcome: 'partial',
              summary: tx(
                'La finca paga una multa, pero Lucía sigue debiendo y sin su documento.',
                'The farm pays a fine, but Lucía still owes the debt and has no ID.',
                "L'exploitation paie une amende, mais Lucía doit toujours sa dette et n'a pas son document.",
              ),
            },
            text: tx(
              'Un mes después, Lucía sigue en la finca.',
              'A month later, Lucía is still at the farm.',
              "Un mois plus tard, Lucía est toujours à l'exploitation.",
            ),
          },
          harmed: {
            ending: {
              outcome: 'harmed',
              summary: tx(
                'Lucía queda expuesta a represalias y sin ayuda.',
                'Lucía is left exposed to reprisals and without help.',
                'Lucía reste exposée à des représailles et sans aide.',
              ),
            },
            text: tx(
              'La inspección termina. Nadie vuelve a ver a Lucía en la finca.',
              'The inspection ends. Nobody sees Lucía at the farm again.',
              "L'inspection se termine. Personne ne revoit Lucía à l'exploitation.",
            ),
          },
        },
      },
    ],
  };
}

/**
 * JSON laid out as the repository's formatter (biome, 110 columns) lays it out: objects one member per
 * line, a list of plain values on one line when it fits, so a scaffolded pack is already formatted.
 */
export function formatJson(value: unknown, width = 110): string {
  const layout = (item: unknown, indent: string, prefix: string, suffix: string): string => {
    if (Array.isArray(item)) {
      if (item.length === 0) return `${indent}${prefix}[]${suffix}`;
      const plain = item.every((x) => x === null || typeof x !== 'object');
      const inline = `${indent}${prefix}[${item.map((x) => JSON.stringify(x)).join(', ')}]${suffix}`;
      if (plain && inline.length <= width) return inline;
      const inner = item.map((x, i) => layout(x, `${indent}  `, '', i < item.length - 1 ? ',' : ''));
      return `${indent}${prefix}[\n${inner.join('\n')}\n${indent}]${suffix}`;
    }
    if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item);
      if (entries.length === 0) return `${indent}${prefix}{}${suffix}`;
      const inner = entries.map(([key, x], i) =>
        layout(x, `${indent}  `, `${JSON.stringify(key)}: `, i < entries.length - 1 ? ',' : ''),
      );
      return `${indent}${prefix}{\n${inner.join('\n')}\n${indent}}${suffix}`;
    }
    return `${indent}${prefix}${JSON.stringify(item)}${suffix}`;
  };
  return `${layout(value, '', '', '')}\n`;
}

const json = (value: unknown) => formatJson(value);

function packageJson(options: PackTemplateOptions): Record<string, unknown> {
  return {
    name: options.packageName,
    version: '0.1.0',
    description: `Scenario pack ${options.id} (ruta.pack/1) for the Ruta counter-trafficking simulation lab`,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19' },
    files: ['dist', 'src', 'pack.json'],
    main: './dist/index.cjs',
    module: './dist/index.js',
    types: './dist/index.d.cts',
    exports: {
      '.': {
        '@ruta/source': './src/index.ts',
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      './pack.json': './pack.json',
      './package.json': './package.json',
    },
    scripts: {
      build: 'tsup',
      test: 'vitest run',
      typecheck: 'tsc -p tsconfig.json',
    },
    dependencies: { '@ruta/scenario-engine': options.engineRange },
    devDependencies: { ...options.toolRanges },
    keywords: ['trafficking-in-persons', 'training', 'scenario-pack', 'ruta'],
  };
}

const indexSource = (id: string) => `import type { Pack } from '@ruta/scenario-engine';
import packJson from '../pack.json';

/**
 * The scenario pack "${id}" (\`ruta.pack/1\`): the data in \`pack.json\`, typed.
 * It is plain data; validate it with \`validatePack\` from \`@ruta/scenario-engine/validate\` before playing
 * it (\`test/pack.test.ts\` proves it is valid, so the cast below only narrows JSON's widened literal types).
 */
export const pack: Pack = packJson as unknown as Pack;

export default pack;
`;

const testSource = (id: string) => `import { type PlayEvent, replay } from '@ruta/scenario-engine';
import { analyzePack } from '@ruta/scenario-engine/analysis';
import { validatePack } from '@ruta/scenario-engine/validate';
import { describe, expect, it } from 'vitest';
import packJson from '../pack.json';
import { pack } from '../src/index';

const eventsOf = (path: { choice?: string; timeout?: true }[]): PlayEvent[] =>
  path.flatMap((step): PlayEvent[] =>
    step.choice !== undefined
      ? [{ type: 'CHOOSE', choiceId: step.choice }]
      : step.timeout
        ? [{ type: 'TIMEOUT' }]
        : [],
  );

describe('scenario pack ${id}', () => {
  it('is a valid ruta.pack/1 pack: it passes the static checks and every field rule (validatePack)', () => {
    const checked = validatePack(packJson);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it('reaches every ending, a protected one included', () => {
    const analysis = analyzePack(pack);
    for (const scenario of analysis.scenarios) {
      expect(scenario.metrics.reachableEndings.map((ending) => ending.outcome)).toContain('protected');
      expect(scenario.metrics.unreachableEndings).toEqual([]);
    }
  });

  it('plays the best and the worst path of every scenario to an ending', () => {
    const analysis = analyzePack(pack);
    for (const scenario of analysis.scenarios) {
      for (const figure of [scenario.metrics.bestScore, scenario.metrics.worstScore]) {
        expect(figure).not.toBeNull();
        if (figure === null) continue;
        const result = replay(pack, scenario.scenario, eventsOf(figure.path));
        expect(result.complete).toBe(true);
        expect(result.scores.overall).toBeCloseTo(figure.overall, 9);
      }
    }
  });
});
`;

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    customConditions: ['@ruta/source'],
    resolveJsonModule: true,
    strict: true,
    noUncheckedIndexedAccess: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
  },
  include: ['src', 'test', '*.ts'],
};

const tsupConfig = `import { defineConfig } from 'tsup';

// The package's build: ESM + CJS + type declarations of src/index.ts (pack.json is shipped as it is).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});
`;

const vitestConfig = `import { defineConfig } from 'vitest/config';

// "@ruta/source" lets the tests run on the engine's TypeScript sources inside the Ruta monorepo; elsewhere
// the engine's published build is used.
export default defineConfig({
  resolve: { conditions: ['@ruta/source'] },
  ssr: { resolve: { conditions: ['@ruta/source'] } },
  test: { include: ['test/**/*.test.ts'] },
});
`;

const readmes: Record<Language, (o: PackTemplateOptions) => string> = {
  es: (o) => `# ${o.packageName}

Paquete de escenarios \`${o.id}\` (formato \`ruta.pack/1\`) para el laboratorio de simulación Ruta del programa
regional de la Conferencia Regional sobre Migración sobre trata de personas.

## Cómo trabajar

- \`pack.json\` es el paquete: solo datos (escenarios, nodos, elecciones, indicadores, derivaciones). El formato
  está descrito en la especificación \`ruta.pack/1\`; \`npx --no-install ruta schema > pack.schema.json\` da el JSON Schema para
  el editor.
- \`npx --no-install ruta validate .\` comprueba cada campo y cada regla (traducciones, ids, destinos de las elecciones) y
  las comprobaciones estáticas: cada nodo es alcanzable, nadie queda sin opción y un final \`protected\` es
  alcanzable. Válido quiere decir las dos cosas.
- \`npx --no-install ruta analyze .\` hace las mismas comprobaciones estáticas y muestra los caminos más corto y más largo y
  las puntuaciones extremas.
- \`npx --no-install ruta play . --scenario farm-inspection --lang ${o.languages[0]}\` juega el escenario en la terminal.
- \`npm test\` valida y analiza el paquete (\`test/pack.test.ts\`); \`npm run build\` genera \`dist/\`.

Cada texto debe estar en todos los idiomas del paquete (${o.languages.join(', ')}). Sustituya el escenario de
ejemplo por los suyos, con casos, leyes e instituciones de derivación reales de su país.
`,
  en: (o) => `# ${o.packageName}

Scenario pack \`${o.id}\` (format \`ruta.pack/1\`) for Ruta, the simulation lab of the Regional Conference on
Migration's regional training program on trafficking in persons.

## How to work on it

- \`pack.json\` is the pack: data only (scenarios, nodes, choices, indicators, referrals). The format is
  described in the \`ruta.pack/1\` specification; \`npx --no-install ruta schema > pack.schema.json\` gives your editor the JSON
  Schema.
- \`npx --no-install ruta validate .\` checks every field and every rule (translations, ids, where choices lead) and the
  static checks: every node can be reached, nobody is left without a choice and a \`protected\` ending can
  be reached. Valid means both.
- \`npx --no-install ruta analyze .\` runs the same static checks and shows the shortest and longest paths and the extreme
  scores.
- \`npx --no-install ruta play . --scenario farm-inspection --lang ${o.languages[0]}\` plays the scenario in the terminal.
- \`npm test\` validates and analyses the pack (\`test/pack.test.ts\`); \`npm run build\` writes \`dist/\`.

Every text must be in every language of the pack (${o.languages.join(', ')}). Replace the sample scenario
with your own, with your country's real cases, laws and referral institutions.
`,
  fr: (o) => `# ${o.packageName}

Paquet de scénarios \`${o.id}\` (format \`ruta.pack/1\`) pour Ruta, le laboratoire de simulation du programme
régional de formation de la Conférence régionale sur les migrations sur la traite des personnes.

## Comment y travailler

- \`pack.json\` est le paquet : des données seulement (scénarios, nœuds, choix, indicateurs, orientations). Le
  format est décrit dans la spécification \`ruta.pack/1\` ; \`npx --no-install ruta schema > pack.schema.json\` donne le JSON
  Schema à votre éditeur.
- \`npx --no-install ruta validate .\` vérifie chaque champ et chaque règle (traductions, identifiants, destinations des choix)
  et les vérifications statiques : chaque nœud est atteignable, personne ne reste sans choix et une fin
  \`protected\` est atteignable. Valide veut dire les deux.
- \`npx --no-install ruta analyze .\` fait les mêmes vérifications statiques et montre les chemins le plus court et le plus
  long et les scores extrêmes.
- \`npx --no-install ruta play . --scenario farm-inspection --lang ${o.languages[0]}\` joue le scénario dans le terminal.
- \`npm test\` valide et analyse le paquet (\`test/pack.test.ts\`) ; \`npm run build\` produit \`dist/\`.

Chaque texte doit exister dans toutes les langues du paquet (${o.languages.join(', ')}). Remplacez le scénario
d'exemple par les vôtres, avec les cas, les lois et les institutions d'orientation réels de votre pays.
`,
};

/** Every file of the scaffolded package: relative path → content. */
export function packTemplateFiles(options: PackTemplateOptions): Record<string, string> {
  const readme = readmes[options.languages[0] ?? 'es'];
  return {
    // package.json as npm writes it (every list expanded), which is also how the formatter keeps it.
    'package.json': `${JSON.stringify(packageJson(options), null, 2)}\n`,
    'pack.json': json(templatePack(options)),
    'src/index.ts': indexSource(options.id),
    'test/pack.test.ts': testSource(options.id),
    'tsconfig.json': json(tsconfig),
    'tsup.config.ts': tsupConfig,
    'vitest.config.ts': vitestConfig,
    'README.md': readme(options),
    '.gitignore': 'node_modules/\ndist/\n',
  };
}
