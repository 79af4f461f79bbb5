// The program's constants and the plain functions over them, with no schema library: a browser page that
// needs only a language list or a role's name loads this module without zod. primitives.ts builds the schemas
// on these constants and re-exports everything here (the package's API is the same either way).

type Language = (typeof languages)[number];
type Text = Partial<Record<Language, string>>;

/** The lab's languages: Spanish (default), English, French. */
export const languages = ['es', 'en', 'fr'] as const;

/** The languages of `required` that `text` does not carry (empty when complete). */
export function missingLanguages(text: Text, required: readonly Language[]): Language[] {
  return required.filter((lang) => typeof text[lang] !== 'string' || text[lang].trim() === '');
}

/** Picks the best string of a Text for a reader: the requested language, then Spanish, English, French. */
export function localize(text: Text, lang: Language): string {
  return text[lang] ?? text.es ?? text.en ?? text.fr ?? '';
}

export const languageNames: Record<Language, Record<Language, string>> = {
  es: { es: 'español', en: 'inglés', fr: 'francés' },
  en: { es: 'Spanish', en: 'English', fr: 'French' },
  fr: { es: 'espagnol', en: 'anglais', fr: 'français' },
};

/** kebab-case identifier, at most 64 characters: `sv-core`, `trust-level`. */
export const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Member countries of the Regional Conference on Migration (ISO 3166-1 alpha-2). */
export const countryCodes = ['BZ', 'CA', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'US'] as const;

export const countryNames: Record<(typeof countryCodes)[number], Record<Language, string>> = {
  BZ: { es: 'Belice', en: 'Belize', fr: 'Belize' },
  CA: { es: 'Canadá', en: 'Canada', fr: 'Canada' },
  CR: { es: 'Costa Rica', en: 'Costa Rica', fr: 'Costa Rica' },
  DO: { es: 'República Dominicana', en: 'Dominican Republic', fr: 'République dominicaine' },
  SV: { es: 'El Salvador', en: 'El Salvador', fr: 'El Salvador' },
  GT: { es: 'Guatemala', en: 'Guatemala', fr: 'Guatemala' },
  HN: { es: 'Honduras', en: 'Honduras', fr: 'Honduras' },
  MX: { es: 'México', en: 'Mexico', fr: 'Mexique' },
  NI: { es: 'Nicaragua', en: 'Nicaragua', fr: 'Nicaragua' },
  PA: { es: 'Panamá', en: 'Panama', fr: 'Panama' },
  US: { es: 'Estados Unidos', en: 'United States', fr: 'États-Unis' },
};

/** The program's three areas (seed: "prevención, protección a las víctimas y represión penal"). */
export const areas = ['prevention', 'protection', 'prosecution'] as const;

export const areaNames: Record<(typeof areas)[number], Text> = {
  prevention: { es: 'Prevención', en: 'Prevention', fr: 'Prévention' },
  protection: { es: 'Protección a las víctimas', en: 'Victim protection', fr: 'Protection des victimes' },
  prosecution: { es: 'Persecución penal', en: 'Prosecution', fr: 'Poursuites pénales' },
};

/** The nine curriculum modules, M1–M9. */
export const moduleIds = ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'M9'] as const;

/** The trainee roles the program serves (the same 11 ids scenario packs use). */
export const roleIds = [
  'migration-officer',
  'labour-inspector',
  'police-investigator',
  'prosecutor',
  'judge',
  'social-worker',
  'shelter-staff',
  'consular-officer',
  'health-worker',
  'child-protection-officer',
  'ngo-caseworker',
] as const;

export const roleNames: Record<(typeof roleIds)[number], Text> = {
  'migration-officer': { es: 'Oficial de migración', en: 'Migration officer', fr: "Agent d'immigration" },
  'labour-inspector': { es: 'Inspector/a de trabajo', en: 'Labour inspector', fr: 'Inspecteur du travail' },
  'police-investigator': {
    es: 'Investigador/a policial',
    en: 'Police investigator',
    fr: 'Enquêteur de police',
  },
  prosecutor: { es: 'Fiscal', en: 'Prosecutor', fr: 'Procureur' },
  judge: { es: 'Juez/a', en: 'Judge', fr: 'Juge' },
  'social-worker': { es: 'Trabajador/a social', en: 'Social worker', fr: 'Travailleur social' },
  'shelter-staff': {
    es: 'Personal de albergue',
    en: 'Shelter staff',
    fr: "Personnel de centre d'hébergement",
  },
  'consular-officer': { es: 'Funcionario/a consular', en: 'Consular officer', fr: 'Agent consulaire' },
  'health-worker': { es: 'Personal de salud', en: 'Health worker', fr: 'Professionnel de santé' },
  'child-protection-officer': {
    es: 'Oficial de protección de la niñez',
    en: 'Child-protection officer',
    fr: "Agent de protection de l'enfance",
  },
  'ngo-caseworker': { es: 'Gestor/a de casos de ONG', en: 'NGO caseworker', fr: "Chargé de dossiers d'ONG" },
};
