import { describe, expect, it } from 'vitest';
import { Country, Id, localize, missingLanguages, parseWith, roleIds, roleNames, textIn } from '../src/index';

describe('Text helpers', () => {
  it('lists missing translations and localizes with a Spanish fallback', () => {
    expect(missingLanguages({ es: 'Fiscal', en: ' ' }, ['es', 'en', 'fr'])).toEqual(['en', 'fr']);
    expect(localize({ es: 'Juez/a', en: 'Judge' }, 'fr')).toBe('Juez/a');
    expect(localize({ en: 'Judge' }, 'fr')).toBe('Judge');
  });

  it('textIn reports each missing language at its own path', () => {
    expect(parseWith(textIn(['es', 'fr']), { es: 'Hola' })).toEqual({
      ok: false,
      issues: [{ path: 'fr', message: 'missing the French (fr) translation' }],
    });
  });
});

describe('codes', () => {
  it('accepts kebab-case ids only', () => {
    expect(parseWith(Id, 'border-post').ok).toBe(true);
    expect(parseWith(Id, 'Border_Post').ok).toBe(false);
    expect(parseWith(Id, 'a'.repeat(65)).ok).toBe(false);
  });

  it('accepts the eleven RCM members and names a non-member plainly', () => {
    expect(Country.options).toHaveLength(11);
    expect(parseWith(Country, 'CO')).toEqual({
      ok: false,
      issues: [
        {
          path: '(root)',
          message:
            'must be the code of an RCM member country (BZ, CA, CR, DO, SV, GT, HN, MX, NI, PA, US), found the text "CO"',
        },
      ],
    });
  });

  it('names every role in the three languages', () => {
    for (const role of roleIds) expect(missingLanguages(roleNames[role], ['es', 'en', 'fr'])).toEqual([]);
  });
});
