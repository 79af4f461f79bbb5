import type { Language } from '@ruta/curriculum';

/**
 * Every message `parsePack`, `parsePackJson` and `validatePack` write, in the program's three languages
 * (`{ lang }`). Only the `message` of an issue is written for people; its `path` (a JSON path into the pack)
 * is the same in every language. The English catalogue is the reference: the others have exactly its keys
 * (the type says so).
 */
export interface PackMessages {
  // ---- values and names in a sentence ----
  /** An id or name the author wrote, quoted as the language quotes. */
  q(value: string): string;
  /** What was found where something else was expected (`the number 3`, `a list`…). */
  found(value: unknown): string;
  /** What was expected: `string` → `a text`, `array` → `a list`… */
  typeWord(type: string): string;
  languageName(lang: Language): string;

  // ---- the reader (parse.ts) ----
  notAPack(format: string): string;
  couldNotBeReadBecause(reason: string): string;
  couldNotBeRead: string;

  // ---- the guard ----
  tooManyValues(max: number): string;
  textTooLong(length: number, max: number): string;
  nestedTooDeep(max: number): string;
  cycle: string;
  notPlainObject: string;
  forbiddenKey(key: string): string;

  // ---- JSON text ----
  notJsonText: string;
  fileTooLong(length: number, max: number): string;
  syntaxError(line: number, column: number, detail: string): string;
  endOfFile: string;
  byteOrderMark: string;
  textNotClosed: string;
  controlCharacter: string;
  badUnicodeEscape: string;
  unknownEscape(sequence: string): string;
  stringTooLong(max: number): string;
  unexpected(what: string): string;
  numberTooLarge(literal: string): string;
  expectedValue(what: string): string;
  expectedCommaOrBracket(what: string): string;
  expectedKey(what: string): string;
  expectedColon(key: string, what: string): string;
  expectedCommaOrBrace(what: string): string;
  emptyFile: string;
  afterEnd(what: string): string;
  duplicateKey(key: string, line: number, column: number, firstLine: number, firstColumn: number): string;

  // ---- shapes (zod issues) ----
  required(expected: string): string;
  expectedFound(expected: string, found: string): string;
  unknownFields(keys: readonly string[]): string;
  requiredOneOf(allowed: string): string;
  oneOf(allowed: string): string;
  /** `custom` (already in the language) followed by what was found. */
  withFound(custom: string, found: string): string;
  atLeastItems(n: number): string;
  notEmpty: string;
  atLeastCharacters(n: number): string;
  atLeast(n: number | bigint, inclusive: boolean): string;
  atMostItems(n: number): string;
  atMostCharacters(n: number): string;
  atMost(n: number | bigint, inclusive: boolean): string;
  invalidFormat(format: string): string;
  multipleOf(n: number | bigint): string;
  noShape: string;
  invalidName(key: string, reason: string): string;
  notLanguages(keys: readonly string[]): string;
  nodeNotObject: string;
  nodeBoth: string;
  nodeNeither: string;
  effectNotObject: string;
  effectNeither: string;
  conditionNotObject: string;
  conditionShapes: string;
  conditionNoComparison: string;
  /** The messages the schemas write for a field, by their English text (see `customMessage`). */
  custom: Readonly<Record<string, string>>;

  // ---- the rules (rules.ts) ----
  languageTwice(lang: string): string;
  missingTranslation(lang: Language): string;
  duplicateId(what: IdKind, id: string, also: string): string;
  builtinRedefined(id: string): string;
  unknownCompetency(id: string): string;
  competencyTwice(id: string): string;
  minAboveMax(min: number, max: number): string;
  initialOutOfRange(min: number, max: number): string;
  needsANode: string;
  noNode(id: string, scenario: string): string;
  startIsEnding(id: string): string;
  noVariable(name: string, scenario: string): string;
  booleanOperator(name: string, op: string): string;
  booleanCompare(name: string): string;
  numberCompare(name: string): string;
  unknownIndicator(id: string): string;
  booleanAdd(name: string): string;
  booleanSet(name: string): string;
  numberValue(name: string): string;
  setOutOfRange(min: number, max: number, name: string): string;
  competencyNotListed(id: string, scenario: string): string;
  unknownPrinciple(id: string, known: readonly string[]): string;
  noReference(id: string): string;
  noReferral(id: string): string;
  noCharacter(id: string, scenario: string): string;
  noScenario(id: string): string;
  stepTwice(id: string): string;
  carriedTwice(name: string): string;
  carryUndeclared(name: string, scenario: string): string;
  carryTypes(name: string, type: string, from: string, other: string, at: string): string;

  // ---- validatePack ----
  /** `limit`: why the exploration stopped (`max-states`, `pack-budget`, `too-many-noted-indicators`…). */
  notExhaustive(scenario: string, states: number, limit: string): string;
}

export type IdKind =
  | 'reference'
  | 'referral'
  | 'indicator'
  | 'scenario'
  | 'journey'
  | 'character'
  | 'choice'
  | 'other';

const json = (value: string) => JSON.stringify(value);

/** A short description of a found value, with the words of a language. */
function foundIn(words: {
  list: string;
  textOf: (n: number) => string;
  text: (s: string) => string;
  number: (n: number) => string;
  nothing: string;
  object: string;
}) {
  return (value: unknown): string => {
    if (value === null) return 'null';
    if (Array.isArray(value)) return words.list;
    switch (typeof value) {
      case 'string':
        return value.length > 40 ? words.textOf(value.length) : words.text(json(value));
      case 'number':
        return words.number(value);
      case 'boolean':
        return `${value}`;
      case 'undefined':
        return words.nothing;
      case 'object':
        return words.object;
      default:
        return typeof value;
    }
  };
}

const quoteList = (keys: readonly string[]) => keys.map(json).join(', ');

/** Why an exploration stopped, in words (an unknown reason is shown as the analysis names it). */
const limitWords = (words: Readonly<Record<string, string>>, limit: string) =>
  Object.hasOwn(words, limit) ? (words[limit] as string) : limit;
const enLimits = {
  'max-states': 'the limit of states per scenario, maxStates',
  'pack-budget': 'the pack-wide budget of the analysis',
  'too-many-noted-indicators': 'too many indicators in its conditions',
};
const esLimits = {
  'max-states': 'el límite de estados por escenario, maxStates',
  'pack-budget': 'el presupuesto del análisis para todo el paquete',
  'too-many-noted-indicators': 'demasiados indicadores en sus condiciones',
};
const frLimits = {
  'max-states': 'la limite d’états par scénario, maxStates',
  'pack-budget': 'le budget de l’analyse pour tout le paquet',
  'too-many-noted-indicators': 'trop d’indicateurs dans ses conditions',
};

// ------------------------------------------------------------------------------------------------------
// English (the reference)
// ------------------------------------------------------------------------------------------------------

const enConditionShapes =
  'a condition is one of { "var": name, "eq"|"ne"|"lt"|"lte"|"gt"|"gte": value }, { "noted": indicator }, { "visited": node }, { "all": [ … ] }, { "any": [ … ] }, { "not": condition }';
const enTypes: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
  date: 'a date',
  bigint: 'a number',
};
const enLanguages: Record<Language, string> = { es: 'Spanish', en: 'English', fr: 'French' };

const en: PackMessages = {
  q: json,
  found: foundIn({
    list: 'a list',
    textOf: (n) => `a text of ${n} characters`,
    text: (s) => `the text ${s}`,
    number: (n) => `the number ${n}`,
    nothing: 'nothing',
    object: 'an object',
  }),
  typeWord: (type) => enTypes[type] ?? type,
  languageName: (lang) => enLanguages[lang],

  notAPack: (format) => `expected a pack: an object with "format": "${format}"`,
  couldNotBeReadBecause: (reason) => `could not be read: ${reason}`,
  couldNotBeRead: 'could not be read',

  tooManyValues: (max) => `the document holds more than ${max} values; a pack is far smaller`,
  textTooLong: (length, max) => `a text of ${length} characters is too long (at most ${max})`,
  nestedTooDeep: (max) => `nested more than ${max} levels deep; a pack never needs that`,
  cycle: 'refers back to an object that contains it (a cycle); a pack must be plain JSON data',
  notPlainObject: 'must be a plain object (JSON data), not an instance of a class',
  forbiddenKey: (key) => `the key "${key}" is not allowed (it could alter every object of the program)`,

  notJsonText: 'expected the text of a JSON document',
  fileTooLong: (length, max) => `the file has ${length} characters; a pack file holds at most ${max}`,
  syntaxError: (line, column, detail) => `JSON syntax error at line ${line}, column ${column}: ${detail}`,
  endOfFile: 'the end of the file',
  byteOrderMark: 'a byte-order mark (U+FEFF; one at the very start is the most a file may have)',
  textNotClosed: 'a text is not closed with "',
  controlCharacter: 'a control character (such as a line break) must be escaped inside a text',
  badUnicodeEscape: '"\\u" must be followed by 4 hexadecimal digits',
  unknownEscape: (sequence) => `unknown escape "\\${sequence}"`,
  stringTooLong: (max) => `a text longer than ${max} characters; a pack never needs that`,
  unexpected: (what) => `unexpected ${what}`,
  numberTooLarge: (literal) => `the number ${literal} is too large`,
  expectedValue: (what) => `expected a value, found ${what}`,
  expectedCommaOrBracket: (what) => `expected "," or "]" after a list item, found ${what}`,
  expectedKey: (what) => `expected a key in double quotes, found ${what}`,
  expectedColon: (key, what) => `expected ":" after the key ${json(key)}, found ${what}`,
  expectedCommaOrBrace: (what) => `expected "," or "}" after a value, found ${what}`,
  emptyFile: 'the file is empty',
  afterEnd: (what) => `unexpected ${what} after the end of the document`,
  duplicateKey: (key, line, column, firstLine, firstColumn) =>
    `the key ${json(key)} appears twice in this object (line ${line}, column ${column}, first at line ${firstLine}, column ${firstColumn}); only one is allowed`,

  required: (expected) => `is required (expected ${expected})`,
  expectedFound: (expected, found) => `expected ${expected}, found ${found}`,
  unknownFields: (keys) =>
    `unknown field${keys.length > 1 ? 's' : ''} ${quoteList(keys)} (a typo? only the documented fields are allowed)`,
  requiredOneOf: (allowed) => `is required (one of ${allowed})`,
  oneOf: (allowed) => `must be one of ${allowed}`,
  withFound: (custom, found) => `${custom}, found ${found}`,
  atLeastItems: (n) => `needs at least ${n} item${n === 1 ? '' : 's'}`,
  notEmpty: 'must not be empty',
  atLeastCharacters: (n) => `needs at least ${n} characters`,
  atLeast: (n, inclusive) => `must be ${inclusive ? 'at least' : 'more than'} ${n}`,
  atMostItems: (n) => `allows at most ${n} items`,
  atMostCharacters: (n) => `allows at most ${n} characters`,
  atMost: (n, inclusive) => `must be ${inclusive ? 'at most' : 'less than'} ${n}`,
  invalidFormat: (format) => `is not a valid ${format}`,
  multipleOf: (n) => `must be a multiple of ${n}`,
  noShape: 'does not match any allowed shape',
  invalidName: (key, reason) => `the name ${json(key)} ${reason}`,
  notLanguages: (keys) =>
    `${quoteList(keys)} ${keys.length > 1 ? 'are not languages' : 'is not a language'} of the lab: a text carries "es", "en" or "fr"`,
  nodeNotObject: 'expected a node: an object with "choices" (a step) or "ending"',
  nodeBoth: 'a node is either a step (with "choices") or an ending (with "ending"), not both',
  nodeNeither: 'a node needs either "choices" (a step) or "ending" (an ending)',
  effectNotObject: 'expected an effect: { "set": name, "value": v } or { "add": name, "value": n }',
  effectNeither: 'an effect needs "set" or "add": { "set": name, "value": v } or { "add": name, "value": n }',
  conditionNotObject: `expected a condition object; ${enConditionShapes}`,
  conditionShapes: enConditionShapes,
  conditionNoComparison: 'a variable condition needs one comparison: "eq", "ne", "lt", "lte", "gt" or "gte"',
  custom: {},

  languageTwice: (lang) => `the language ${json(lang)} is listed twice`,
  missingTranslation: (lang) => `missing the ${enLanguages[lang]} (${lang}) translation`,
  duplicateId: (what, id, also) =>
    `duplicate ${what === 'other' ? '' : `${what} `}id ${json(id)} (also ${also})`,
  builtinRedefined: (id) =>
    `${json(id)} is a built-in indicator; a pack may use it without declaring it, but may not redefine it`,
  unknownCompetency: (id) => `unknown competency ${json(id)} (not in the regional competency framework)`,
  competencyTwice: (id) => `the competency ${json(id)} is listed twice`,
  minAboveMax: (min, max) => `min ${min} must not be greater than max ${max}`,
  initialOutOfRange: (min, max) => `must lie between min ${min} and max ${max}`,
  needsANode: 'needs at least one node',
  noNode: (id, scenario) => `no node ${json(id)} in scenario ${json(scenario)}`,
  startIsEnding: (id) => `${json(id)} is an ending; a scenario must start at a step`,
  noVariable: (name, scenario) => `no variable ${json(name)} in scenario ${json(scenario)}`,
  booleanOperator: (name, op) =>
    `variable ${json(name)} is true/false: compare it only with "eq" or "ne", not ${json(op)}`,
  booleanCompare: (name) => `variable ${json(name)} is true/false: compare it with true or false`,
  numberCompare: (name) => `variable ${json(name)} is a number: compare it with a number`,
  unknownIndicator: (id) => `unknown indicator ${json(id)} (not built in and not in the pack's indicators)`,
  booleanAdd: (name) => `variable ${json(name)} is true/false: "add" works only on numbers; use "set"`,
  booleanSet: (name) => `variable ${json(name)} is true/false: set it to true or false`,
  numberValue: (name) => `variable ${json(name)} is a number: the value must be a number`,
  setOutOfRange: (min, max, name) => `must lie within [${min}, ${max}], the range of variable ${json(name)}`,
  competencyNotListed: (id, scenario) =>
    `competency ${json(id)} is not listed in the competencies of scenario ${json(scenario)}`,
  unknownPrinciple: (id, known) => `unknown principle ${json(id)} (one of: ${known.join(', ')})`,
  noReference: (id) => `no reference ${json(id)} in the pack's references`,
  noReferral: (id) => `no referral ${json(id)} in the pack's referrals`,
  noCharacter: (id, scenario) => `no character ${json(id)} in scenario ${json(scenario)}`,
  noScenario: (id) => `no scenario ${json(id)} in this pack`,
  stepTwice: (id) => `scenario ${json(id)} appears twice; a journey's steps are distinct`,
  carriedTwice: (name) => `the variable ${json(name)} is carried twice`,
  carryUndeclared: (name, scenario) =>
    `variable ${json(name)} is not declared in scenario ${json(scenario)}; a carried variable must be declared in every step`,
  carryTypes: (name, type, from, other, at) =>
    `variable ${json(name)} is a ${type} in scenario ${json(from)} but a ${other} in scenario ${json(at)}`,

  notExhaustive: (scenario, states, limit) =>
    `the static checks of scenario ${json(scenario)} stopped after ${states} play states (${limitWords(enLimits, limit)}) before every play was explored, so the pack cannot be shown valid; simplify the scenario or raise maxStates`,
};

// ------------------------------------------------------------------------------------------------------
// Español
// ------------------------------------------------------------------------------------------------------

const esQ = (value: string) => `«${value}»`;
const esConditionShapes =
  'una condición es una de { "var": nombre, "eq"|"ne"|"lt"|"lte"|"gt"|"gte": valor }, { "noted": indicador }, { "visited": nodo }, { "all": [ … ] }, { "any": [ … ] }, { "not": condición }';
const esTypes: Record<string, string> = {
  string: 'un texto',
  number: 'un número',
  int: 'un número entero',
  boolean: 'true o false',
  object: 'un objeto',
  array: 'una lista',
  record: 'un objeto',
  date: 'una fecha',
  bigint: 'un número',
};
const esLanguages: Record<Language, string> = { es: 'español', en: 'inglés', fr: 'francés' };
const esIdKinds: Record<IdKind, string> = {
  reference: 'de referencia',
  referral: 'de derivación',
  indicator: 'de indicador',
  scenario: 'de escenario',
  journey: 'de recorrido',
  character: 'de personaje',
  choice: 'de opción',
  other: '',
};
const esTypeNames: Record<string, string> = { number: 'número', boolean: 'verdadero/falso' };

const es: PackMessages = {
  q: esQ,
  found: foundIn({
    list: 'una lista',
    textOf: (n) => `un texto de ${n} caracteres`,
    text: (s) => `el texto ${s}`,
    number: (n) => `el número ${n}`,
    nothing: 'nada',
    object: 'un objeto',
  }),
  typeWord: (type) => esTypes[type] ?? type,
  languageName: (lang) => esLanguages[lang],

  notAPack: (format) => `se esperaba un paquete: un objeto con "format": "${format}"`,
  couldNotBeReadBecause: (reason) => `no se pudo leer: ${reason}`,
  couldNotBeRead: 'no se pudo leer',

  tooManyValues: (max) => `el documento contiene más de ${max} valores; un paquete es mucho más pequeño`,
  textTooLong: (length, max) => `un texto de ${length} caracteres es demasiado largo (como máximo ${max})`,
  nestedTooDeep: (max) => `anidado a más de ${max} niveles; un paquete nunca lo necesita`,
  cycle: 'remite a un objeto que lo contiene (un ciclo); un paquete debe ser datos JSON simples',
  notPlainObject: 'debe ser un objeto simple (datos JSON), no una instancia de una clase',
  forbiddenKey: (key) =>
    `la clave "${key}" no está permitida (podría alterar todos los objetos del programa)`,

  notJsonText: 'se esperaba el texto de un documento JSON',
  fileTooLong: (length, max) =>
    `el archivo tiene ${length} caracteres; un archivo de paquete tiene como máximo ${max}`,
  syntaxError: (line, column, detail) =>
    `error de sintaxis JSON en la línea ${line}, columna ${column}: ${detail}`,
  endOfFile: 'el final del archivo',
  byteOrderMark: 'una marca de orden de bytes (U+FEFF; un archivo puede tener como mucho una, al principio)',
  textNotClosed: 'un texto no se cierra con "',
  controlCharacter: 'un carácter de control (como un salto de línea) debe escaparse dentro de un texto',
  badUnicodeEscape: 'a "\\u" deben seguirle 4 dígitos hexadecimales',
  unknownEscape: (sequence) => `secuencia de escape desconocida "\\${sequence}"`,
  stringTooLong: (max) => `un texto de más de ${max} caracteres; un paquete nunca lo necesita`,
  unexpected: (what) => `no se esperaba ${what}`,
  numberTooLarge: (literal) => `el número ${literal} es demasiado grande`,
  expectedValue: (what) => `se esperaba un valor, se encontró ${what}`,
  expectedCommaOrBracket: (what) =>
    `se esperaba "," o "]" después de un elemento de la lista, se encontró ${what}`,
  expectedKey: (what) => `se esperaba una clave entre comillas dobles, se encontró ${what}`,
  expectedColon: (key, what) => `se esperaba ":" después de la clave ${json(key)}, se encontró ${what}`,
  expectedCommaOrBrace: (what) => `se esperaba "," o "}" después de un valor, se encontró ${what}`,
  emptyFile: 'el archivo está vacío',
  afterEnd: (what) => `no se esperaba ${what} después del final del documento`,
  duplicateKey: (key, line, column, firstLine, firstColumn) =>
    `la clave ${json(key)} aparece dos veces en este objeto (línea ${line}, columna ${column}; la primera en la línea ${firstLine}, columna ${firstColumn}); solo se permite una`,

  required: (expected) => `es obligatorio (se esperaba ${expected})`,
  expectedFound: (expected, found) => `se esperaba ${expected}, se encontró ${found}`,
  unknownFields: (keys) =>
    `${keys.length > 1 ? 'campos desconocidos' : 'campo desconocido'} ${quoteList(keys)} (¿una errata? solo se permiten los campos documentados)`,
  requiredOneOf: (allowed) => `es obligatorio (uno de ${allowed})`,
  oneOf: (allowed) => `debe ser uno de ${allowed}`,
  withFound: (custom, found) => `${custom}; se encontró ${found}`,
  atLeastItems: (n) => `necesita al menos ${n} ${n === 1 ? 'elemento' : 'elementos'}`,
  notEmpty: 'no debe estar vacío',
  atLeastCharacters: (n) => `necesita al menos ${n} caracteres`,
  atLeast: (n, inclusive) => `debe ser ${inclusive ? 'como mínimo' : 'mayor que'} ${n}`,
  atMostItems: (n) => `admite como máximo ${n} elementos`,
  atMostCharacters: (n) => `admite como máximo ${n} caracteres`,
  atMost: (n, inclusive) => `debe ser ${inclusive ? 'como máximo' : 'menor que'} ${n}`,
  invalidFormat: (format) => `no es un ${format} válido`,
  multipleOf: (n) => `debe ser múltiplo de ${n}`,
  noShape: 'no coincide con ninguna forma permitida',
  invalidName: (key, reason) => `el nombre ${json(key)}: ${reason}`,
  notLanguages: (keys) =>
    `${quoteList(keys)} no ${keys.length > 1 ? 'son idiomas' : 'es un idioma'} del laboratorio: un texto lleva "es", "en" o "fr"`,
  nodeNotObject: 'se esperaba un nodo: un objeto con "choices" (un paso) o "ending" (un final)',
  nodeBoth: 'un nodo es un paso (con "choices") o un final (con "ending"), no ambos',
  nodeNeither: 'un nodo necesita "choices" (un paso) o "ending" (un final)',
  effectNotObject: 'se esperaba un efecto: { "set": nombre, "value": v } o { "add": nombre, "value": n }',
  effectNeither:
    'un efecto necesita "set" o "add": { "set": nombre, "value": v } o { "add": nombre, "value": n }',
  conditionNotObject: `se esperaba un objeto de condición; ${esConditionShapes}`,
  conditionShapes: esConditionShapes,
  conditionNoComparison:
    'una condición sobre una variable necesita una comparación: "eq", "ne", "lt", "lte", "gt" o "gte"',
  custom: {
    'must not be empty': 'no debe estar vacío',
    'must be a whole number': 'debe ser un número entero',
    'a variable is { "type": "number", "initial", "min", "max" } or { "type": "boolean", "initial" }':
      'una variable es { "type": "number", "initial", "min", "max" } o { "type": "boolean", "initial" }',
    'must be a number or true/false': 'debe ser un número o true/false',
    'needs at least one condition': 'necesita al menos una condición',
    'must be a weight greater than 0': 'debe ser un peso mayor que 0',
    'must be a whole number of seconds': 'debe ser un número entero de segundos',
    'must be more than 0 seconds': 'debe ser de más de 0 segundos',
    'a step needs at least one choice': 'un paso necesita al menos una opción',
    'needs at least one role': 'necesita al menos un rol',
    'needs at least one curriculum module': 'necesita al menos un módulo del currículo',
    'needs at least one competency': 'necesita al menos una competencia',
    'a journey needs at least 2 steps': 'un recorrido necesita al menos 2 etapas',
    'must be a Semantic Versioning 2.0.0 version such as "1.2.0" or "1.2.0-beta.1"':
      'debe ser una versión de Semantic Versioning 2.0.0, como "1.2.0" o "1.2.0-beta.1"',
    'needs at least one language': 'necesita al menos un idioma',
    'needs at least one author': 'necesita al menos un autor o autora',
    'must be an SPDX license id such as "CC-BY-4.0" or "MIT"':
      'debe ser un identificador de licencia SPDX, como "CC-BY-4.0" o "MIT"',
    'needs at least one scenario': 'necesita al menos un escenario',
    'must be at most 64 characters': 'debe tener como máximo 64 caracteres',
    'must be kebab-case: lowercase letters and digits separated by single hyphens (e.g. "border-post")':
      'debe estar en kebab-case: letras minúsculas y cifras separadas por guiones simples (p. ej. "border-post")',
    'must be a module id M1–M9': 'debe ser un identificador de módulo M1–M9',
    'must be "ruta.pack/1"': 'debe ser "ruta.pack/1"',
    'must be an RCM member country code (BZ, CA, CR, DO, SV, GT, HN, MX, NI, PA, US) or "RCM" for a regional pack':
      'debe ser el código de un país miembro de la CRM (BZ, CA, CR, DO, SV, GT, HN, MX, NI, PA, US) o "RCM" para un paquete regional',
    'must be the code of an RCM member country (BZ, CA, CR, DO, SV, GT, HN, MX, NI, PA, US)':
      'debe ser el código de un país miembro de la CRM (BZ, CA, CR, DO, SV, GT, HN, MX, NI, PA, US)',
  },

  languageTwice: (lang) => `el idioma ${esQ(lang)} aparece dos veces`,
  missingTranslation: (lang) => `falta la traducción al ${esLanguages[lang]} (${lang})`,
  duplicateId: (what, id, also) =>
    `identificador ${esIdKinds[what] === '' ? '' : `${esIdKinds[what]} `}${esQ(id)} repetido (también en ${also})`,
  builtinRedefined: (id) =>
    `${esQ(id)} es un indicador incorporado; un paquete puede usarlo sin declararlo, pero no redefinirlo`,
  unknownCompetency: (id) =>
    `competencia desconocida ${esQ(id)} (no está en el marco regional de competencias)`,
  competencyTwice: (id) => `la competencia ${esQ(id)} aparece dos veces`,
  minAboveMax: (min, max) => `min ${min} no debe ser mayor que max ${max}`,
  initialOutOfRange: (min, max) => `debe estar entre min ${min} y max ${max}`,
  needsANode: 'necesita al menos un nodo',
  noNode: (id, scenario) => `no hay ningún nodo ${esQ(id)} en el escenario ${esQ(scenario)}`,
  startIsEnding: (id) => `${esQ(id)} es un final; un escenario debe empezar en un paso`,
  noVariable: (name, scenario) => `no hay ninguna variable ${esQ(name)} en el escenario ${esQ(scenario)}`,
  booleanOperator: (name, op) =>
    `la variable ${esQ(name)} es verdadero/falso: compárela solo con "eq" o "ne", no con "${op}"`,
  booleanCompare: (name) => `la variable ${esQ(name)} es verdadero/falso: compárela con true o false`,
  numberCompare: (name) => `la variable ${esQ(name)} es un número: compárela con un número`,
  unknownIndicator: (id) =>
    `indicador desconocido ${esQ(id)} (ni incorporado ni entre los indicadores del paquete)`,
  booleanAdd: (name) =>
    `la variable ${esQ(name)} es verdadero/falso: "add" solo funciona con números; use "set"`,
  booleanSet: (name) => `la variable ${esQ(name)} es verdadero/falso: asígnele true o false`,
  numberValue: (name) => `la variable ${esQ(name)} es un número: el valor debe ser un número`,
  setOutOfRange: (min, max, name) =>
    `debe estar dentro de [${min}, ${max}], el rango de la variable ${esQ(name)}`,
  competencyNotListed: (id, scenario) =>
    `la competencia ${esQ(id)} no figura entre las competencias del escenario ${esQ(scenario)}`,
  unknownPrinciple: (id, known) => `principio desconocido ${esQ(id)} (uno de: ${known.join(', ')})`,
  noReference: (id) => `no hay ninguna referencia ${esQ(id)} entre las referencias del paquete`,
  noReferral: (id) => `no hay ninguna derivación ${esQ(id)} entre las derivaciones del paquete`,
  noCharacter: (id, scenario) => `no hay ningún personaje ${esQ(id)} en el escenario ${esQ(scenario)}`,
  noScenario: (id) => `no hay ningún escenario ${esQ(id)} en este paquete`,
  stepTwice: (id) => `el escenario ${esQ(id)} aparece dos veces; las etapas de un recorrido son distintas`,
  carriedTwice: (name) => `la variable ${esQ(name)} se traslada dos veces`,
  carryUndeclared: (name, scenario) =>
    `la variable ${esQ(name)} no está declarada en el escenario ${esQ(scenario)}; una variable trasladada debe declararse en cada etapa`,
  carryTypes: (name, type, from, other, at) =>
    `la variable ${esQ(name)} es ${esTypeNames[type] ?? type} en el escenario ${esQ(from)} pero ${esTypeNames[other] ?? other} en el escenario ${esQ(at)}`,

  notExhaustive: (scenario, states, limit) =>
    `las comprobaciones estáticas del escenario ${esQ(scenario)} se detuvieron tras ${states} estados de juego (${limitWords(esLimits, limit)}) antes de explorar todas las jugadas, así que no se puede mostrar que el paquete sea válido; simplifique el escenario o aumente maxStates`,
};

// ------------------------------------------------------------------------------------------------------
// Français
// ------------------------------------------------------------------------------------------------------

const frQ = (value: string) => `« ${value} »`;
const frConditionShapes =
  'une condition est l’une de { "var": nom, "eq"|"ne"|"lt"|"lte"|"gt"|"gte": valeur }, { "noted": indicateur }, { "visited": nœud }, { "all": [ … ] }, { "any": [ … ] }, { "not": condition }';
const frTypes: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  object: 'un objet',
  array: 'une liste',
  record: 'un objet',
  date: 'une date',
  bigint: 'un nombre',
};
const frLanguages: Record<Language, string> = { es: 'espagnol', en: 'anglais', fr: 'français' };
const frIdKinds: Record<IdKind, string> = {
  reference: 'de référence',
  referral: 'd’orientation',
  indicator: 'd’indicateur',
  scenario: 'de scénario',
  journey: 'de parcours',
  character: 'de personnage',
  choice: 'de choix',
  other: '',
};
const frTypeNames: Record<string, string> = { number: 'un nombre', boolean: 'un vrai/faux' };

const fr: PackMessages = {
  q: frQ,
  found: foundIn({
    list: 'une liste',
    textOf: (n) => `un texte de ${n} caractères`,
    text: (s) => `le texte ${s}`,
    number: (n) => `le nombre ${n}`,
    nothing: 'rien',
    object: 'un objet',
  }),
  typeWord: (type) => frTypes[type] ?? type,
  languageName: (lang) => frLanguages[lang],

  notAPack: (format) => `un paquet était attendu : un objet avec "format": "${format}"`,
  couldNotBeReadBecause: (reason) => `illisible : ${reason}`,
  couldNotBeRead: 'illisible',

  tooManyValues: (max) => `le document contient plus de ${max} valeurs ; un paquet est bien plus petit`,
  textTooLong: (length, max) => `un texte de ${length} caractères est trop long (au plus ${max})`,
  nestedTooDeep: (max) => `imbriqué sur plus de ${max} niveaux ; un paquet n’en a jamais besoin`,
  cycle: 'renvoie à un objet qui le contient (un cycle) ; un paquet doit être fait de simples données JSON',
  notPlainObject: 'doit être un objet simple (données JSON), pas l’instance d’une classe',
  forbiddenKey: (key) =>
    `la clé "${key}" n’est pas permise (elle pourrait modifier tous les objets du programme)`,

  notJsonText: 'le texte d’un document JSON était attendu',
  fileTooLong: (length, max) =>
    `le fichier compte ${length} caractères ; un fichier de paquet en compte au plus ${max}`,
  syntaxError: (line, column, detail) =>
    `erreur de syntaxe JSON à la ligne ${line}, colonne ${column} : ${detail}`,
  endOfFile: 'la fin du fichier',
  byteOrderMark:
    'une marque d’ordre des octets (U+FEFF ; un fichier peut en avoir une au plus, au tout début)',
  textNotClosed: 'un texte n’est pas fermé par "',
  controlCharacter: 'un caractère de contrôle (comme un saut de ligne) doit être échappé dans un texte',
  badUnicodeEscape: '"\\u" doit être suivi de 4 chiffres hexadécimaux',
  unknownEscape: (sequence) => `séquence d’échappement inconnue "\\${sequence}"`,
  stringTooLong: (max) => `un texte de plus de ${max} caractères ; un paquet n’en a jamais besoin`,
  unexpected: (what) => `inattendu : ${what}`,
  numberTooLarge: (literal) => `le nombre ${literal} est trop grand`,
  expectedValue: (what) => `une valeur était attendue, trouvé ${what}`,
  expectedCommaOrBracket: (what) => `"," ou "]" était attendu après un élément de liste, trouvé ${what}`,
  expectedKey: (what) => `une clé entre guillemets droits était attendue, trouvé ${what}`,
  expectedColon: (key, what) => `":" était attendu après la clé ${json(key)}, trouvé ${what}`,
  expectedCommaOrBrace: (what) => `"," ou "}" était attendu après une valeur, trouvé ${what}`,
  emptyFile: 'le fichier est vide',
  afterEnd: (what) => `inattendu après la fin du document : ${what}`,
  duplicateKey: (key, line, column, firstLine, firstColumn) =>
    `la clé ${json(key)} apparaît deux fois dans cet objet (ligne ${line}, colonne ${column} ; la première à la ligne ${firstLine}, colonne ${firstColumn}) ; une seule est permise`,

  required: (expected) => `est obligatoire (${expected} attendu)`,
  expectedFound: (expected, found) => `${expected} était attendu, trouvé ${found}`,
  unknownFields: (keys) =>
    `${keys.length > 1 ? 'champs inconnus' : 'champ inconnu'} ${quoteList(keys)} (une faute de frappe ? seuls les champs documentés sont permis)`,
  requiredOneOf: (allowed) => `est obligatoire (l’un de ${allowed})`,
  oneOf: (allowed) => `doit être l’un de ${allowed}`,
  withFound: (custom, found) => `${custom} ; trouvé ${found}`,
  atLeastItems: (n) => `il faut au moins ${n} ${n === 1 ? 'élément' : 'éléments'}`,
  notEmpty: 'ne doit pas être vide',
  atLeastCharacters: (n) => `il faut au moins ${n} caractères`,
  atLeast: (n, inclusive) => `doit être ${inclusive ? 'au moins' : 'supérieur à'} ${n}`,
  atMostItems: (n) => `admet au plus ${n} éléments`,
  atMostCharacters: (n) => `admet au plus ${n} caractères`,
  atMost: (n, inclusive) => `doit être ${inclusive ? 'au plus' : 'inférieur à'} ${n}`,
  invalidFormat: (format) => `n’est pas un ${format} valide`,
  multipleOf: (n) => `doit être un multiple de ${n}`,
  noShape: 'ne correspond à aucune forme permise',
  invalidName: (key, reason) => `le nom ${json(key)} : ${reason}`,
  notLanguages: (keys) =>
    `${quoteList(keys)} ${keys.length > 1 ? 'ne sont pas des langues' : 'n’est pas une langue'} du laboratoire : un texte porte "es", "en" ou "fr"`,
  nodeNotObject: 'un nœud était attendu : un objet avec "choices" (une étape) ou "ending" (une fin)',
  nodeBoth: 'un nœud est soit une étape (avec "choices"), soit une fin (avec "ending"), pas les deux',
  nodeNeither: 'un nœud a besoin de "choices" (une étape) ou de "ending" (une fin)',
  effectNotObject: 'un effet était attendu : { "set": nom, "value": v } ou { "add": nom, "value": n }',
  effectNeither:
    'un effet a besoin de "set" ou de "add" : { "set": nom, "value": v } ou { "add": nom, "value": n }',
  conditionNotObject: `un objet condition était attendu ; ${frConditionShapes}`,
  conditionShapes: frConditionShapes,
  conditionNoComparison:
    'une condition sur une variable a besoin d’une comparaison : "eq", "ne", "lt", "lte", "gt" ou "gte"',
  custom: {
    'must not be empty': 'ne doit pas être vide',
    'must be a whole number': 'doit être un nombre entier',
    'a variable is { "type": "number", "initial", "min", "max" } or { "type": "boolean", "initial" }':
      'une variable est { "type": "number", "initial", "min", "max" } ou { "type": "boolean", "initial" }',
    'must be a number or true/false': 'doit être un nombre ou true/false',
    'needs at least one condition': 'il faut au moins une condition',
    'must be a weight greater than 0': 'doit être un poids supérieur à 0',
    'must be a whole number of seconds': 'doit être un nombre entier de secondes',
    'must be more than 0 seconds': 'doit dépasser 0 seconde',
    'a step needs at least one choice': 'une étape a besoin d’au moins un choix',
    'needs at least one role': 'il faut au moins un rôle',
    'needs at least one curriculum module': 'il faut au moins un module du programme',
    'needs at least one competency': 'il faut au moins une compétence',
    'a journey needs at least 2 steps': 'un parcours a besoin d’au moins 2 étapes',
    'must be a Semantic Versioning 2.0.0 version such as "1.2.0" or "1.2.0-beta.1"':
      'doit être une version Semantic Versioning 2.0.0, comme "1.2.0" ou "1.2.0-beta.1"',
    'needs at least one language': 'il faut au moins une langue',
    'needs at least one author': 'il faut au moins un auteur ou une autrice',
    'must be an SPDX license id such as "CC-BY-4.0" or "MIT"':
      'doit être un identifiant de licence SPDX, comme "CC-BY-4.0" ou "MIT"',
    'needs at least one scenario': 'il faut au moins un scénario',
    'must be at most 64 characters': 'doit compter au plus 64 caractères',
    'must be kebab-case: lowercase letters and digits separated by single hyphens (e.g. "border-post")':
      'doit être en kebab-case : lettres minuscules et chiffres séparés par des tirets simples (p. ex. "border-post")',
    'must be a module id M1–M9': 'doit être un identifiant de module M1–M9',
    'must be "ruta.pack/1"': 'doit être "ruta.pack/1"',
    'must be an RCM member country code (BZ, CA, CR, DO, SV, GT, HN, MX, NI, PA, US) or "RCM" for a regional pack':
      'doit être le code d’un pays membre de la CRM (BZ, CA, CR, DO, SV, GT, HN, MX, NI, PA, US) ou "RCM" pour un paquet régional',
    'must be the code of an RCM member country (BZ, CA, CR, DO, SV, GT, HN, MX, NI, PA, US)':
      'doit être le code d’un pays membre de la CRM (BZ, CA, CR, DO, SV, GT, HN, MX, NI, PA, US)',
  },

  languageTwice: (lang) => `la langue ${frQ(lang)} figure deux fois`,
  missingTranslation: (lang) => `il manque la traduction en ${frLanguages[lang]} (${lang})`,
  duplicateId: (what, id, also) =>
    `identifiant ${frIdKinds[what] === '' ? '' : `${frIdKinds[what]} `}${frQ(id)} en double (aussi en ${also})`,
  builtinRedefined: (id) =>
    `${frQ(id)} est un indicateur intégré ; un paquet peut l’utiliser sans le déclarer, mais pas le redéfinir`,
  unknownCompetency: (id) =>
    `compétence inconnue ${frQ(id)} (absente du référentiel régional de compétences)`,
  competencyTwice: (id) => `la compétence ${frQ(id)} figure deux fois`,
  minAboveMax: (min, max) => `min ${min} ne doit pas dépasser max ${max}`,
  initialOutOfRange: (min, max) => `doit être compris entre min ${min} et max ${max}`,
  needsANode: 'il faut au moins un nœud',
  noNode: (id, scenario) => `aucun nœud ${frQ(id)} dans le scénario ${frQ(scenario)}`,
  startIsEnding: (id) => `${frQ(id)} est une fin ; un scénario doit commencer par une étape`,
  noVariable: (name, scenario) => `aucune variable ${frQ(name)} dans le scénario ${frQ(scenario)}`,
  booleanOperator: (name, op) =>
    `la variable ${frQ(name)} est vrai/faux : comparez-la seulement avec "eq" ou "ne", pas avec "${op}"`,
  booleanCompare: (name) => `la variable ${frQ(name)} est vrai/faux : comparez-la avec true ou false`,
  numberCompare: (name) => `la variable ${frQ(name)} est un nombre : comparez-la avec un nombre`,
  unknownIndicator: (id) => `indicateur inconnu ${frQ(id)} (ni intégré ni parmi les indicateurs du paquet)`,
  booleanAdd: (name) =>
    `la variable ${frQ(name)} est vrai/faux : "add" ne s’applique qu’aux nombres ; utilisez "set"`,
  booleanSet: (name) => `la variable ${frQ(name)} est vrai/faux : donnez-lui true ou false`,
  numberValue: (name) => `la variable ${frQ(name)} est un nombre : la valeur doit être un nombre`,
  setOutOfRange: (min, max, name) =>
    `doit être compris dans [${min}, ${max}], l’intervalle de la variable ${frQ(name)}`,
  competencyNotListed: (id, scenario) =>
    `la compétence ${frQ(id)} ne figure pas parmi les compétences du scénario ${frQ(scenario)}`,
  unknownPrinciple: (id, known) => `principe inconnu ${frQ(id)} (l’un de : ${known.join(', ')})`,
  noReference: (id) => `aucune référence ${frQ(id)} parmi les références du paquet`,
  noReferral: (id) => `aucune orientation ${frQ(id)} parmi les orientations du paquet`,
  noCharacter: (id, scenario) => `aucun personnage ${frQ(id)} dans le scénario ${frQ(scenario)}`,
  noScenario: (id) => `aucun scénario ${frQ(id)} dans ce paquet`,
  stepTwice: (id) => `le scénario ${frQ(id)} figure deux fois ; les étapes d’un parcours sont distinctes`,
  carriedTwice: (name) => `la variable ${frQ(name)} est reportée deux fois`,
  carryUndeclared: (name, scenario) =>
    `la variable ${frQ(name)} n’est pas déclarée dans le scénario ${frQ(scenario)} ; une variable reportée doit être déclarée à chaque étape`,
  carryTypes: (name, type, from, other, at) =>
    `la variable ${frQ(name)} est ${frTypeNames[type] ?? type} dans le scénario ${frQ(from)} mais ${frTypeNames[other] ?? other} dans le scénario ${frQ(at)}`,

  notExhaustive: (scenario, states, limit) =>
    `les vérifications statiques du scénario ${frQ(scenario)} se sont arrêtées après ${states} états de jeu (${limitWords(frLimits, limit)}) avant d’avoir exploré toutes les parties : impossible de montrer que le paquet est valide ; simplifiez le scénario ou augmentez maxStates`,
};

export const packMessages: Readonly<Record<Language, PackMessages>> = { es, en, fr };

/** The messages of a language (English when none is given, as before `{ lang }` existed). */
export function packMessagesFor(lang: Language | undefined): PackMessages {
  return lang !== undefined && Object.hasOwn(packMessages, lang) ? packMessages[lang] : en;
}
