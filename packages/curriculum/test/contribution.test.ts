import { describe, expect, it } from 'vitest';
import { parseContribution } from '../src/index';

describe('parseContribution', () => {
  it('accepts technical support and funds', () => {
    const material = {
      id: 'mexico-manual',
      kind: 'technical',
      country: 'MX',
      support: 'teaching-material',
      description: {
        es: 'Manual de identificación',
        en: 'Identification manual',
        fr: 'Manuel d’identification',
      },
    };
    expect(parseContribution(material)).toEqual({ ok: true, value: material });
    const funds = { id: 'us-funds', kind: 'financial', country: 'US', amount: 25000, currency: 'USD' };
    expect(parseContribution(funds)).toEqual({ ok: true, value: funds });
  });

  it('rejects a zero amount, a lowercase currency and a kind that does not exist', () => {
    expect(
      parseContribution({ id: 'us-funds', kind: 'financial', country: 'US', amount: 0, currency: 'usd' }),
    ).toEqual({
      ok: false,
      issues: [
        { path: 'amount', message: 'must be more than 0' },
        {
          path: 'currency',
          message: 'must be an ISO 4217 currency code of three capital letters, e.g. "USD"',
        },
      ],
    });
    const result = parseContribution({ id: 'x', kind: 'in-kind', country: 'US' });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'kind', message: 'kind must be "technical" or "financial"' }],
    });
  });

  it('rejects financial fields on technical support', () => {
    const result = parseContribution({
      id: 'panama-officials',
      kind: 'technical',
      country: 'PA',
      support: 'assigned-officials',
      description: { es: 'Dos funcionarios asignados' },
      amount: 100,
    });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'amount', message: expect.stringContaining('unknown field') }],
    });
  });
});
