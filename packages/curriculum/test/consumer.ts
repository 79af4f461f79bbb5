// A partner organisation's program, type-checked and run against the installed tarball by scripts/consumer-test.mjs.
import assert from 'node:assert/strict';
import { type Country, countryNames, type Language, missingLanguages } from '@ruta/curriculum';

const lang: Language = 'fr';
const country: Country = 'SV';
assert.equal(countryNames[country][lang], 'El Salvador');
assert.deepEqual(missingLanguages({ es: 'hola' }, ['es', 'en']), ['en']);
