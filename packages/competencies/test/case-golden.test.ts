import { uuidV5 } from '@ruta/curriculum';
import { describe, expect, it } from 'vitest';
import { caseNamespace, toCase } from '../src/case';
import { regionalFramework } from '../src/regional-framework';

/**
 * Golden values, written out literally: every published CASE identifier (and every credential alignment that
 * points at one) derives from them, so a change to the namespace, the names or the UUID algorithm must fail
 * here rather than pass with expectations computed by the same code.
 */
describe('CASE identifiers (golden)', () => {
  it('keeps the namespace every identifier is derived under', () => {
    expect(caseNamespace).toBe('142654ce-f88e-4835-a24b-2e6bf416ca48');
  });

  it('derives UUID v5 as RFC 9562 does (the DNS namespace example)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('keeps the document id and item ids of the regional framework, in Spanish and English', () => {
    const items = (language: 'es' | 'en') => {
      const pkg = toCase(regionalFramework, { language });
      const ids = Object.fromEntries(pkg.CFItems.map((item) => [item.humanCodingScheme, item.identifier]));
      return { document: pkg.CFDocument.identifier, uri: pkg.CFDocument.uri, ids };
    };
    const es = items('es');
    expect(es.document).toBe('78d2b785-2a77-5703-95d8-f5dd56a3d384');
    expect(es.uri).toBe(
      'https://ruta.example/ims/case/v1p1/CFDocuments/78d2b785-2a77-5703-95d8-f5dd56a3d384',
    );
    expect(es.ids).toMatchObject({
      prevention: 'cbd37407-6aed-5806-9920-4736172c808b',
      protection: '5cfb7b17-c416-5226-84be-b8f596461127',
      'recognise-indicators': '14cd2b38-d1b6-5d74-ab17-f34a7898f47a',
      'recognise-indicators.2': '369cc392-09c8-585a-9b49-d571de6ab87f',
    });
    const en = items('en');
    expect(en.document).toBe('13836246-8796-565b-a593-1948751a0a8e');
    expect(en.ids).toMatchObject({
      'recognise-indicators': 'dc8110ce-4370-517f-837f-6ce287ca3465',
      prosecution: '2c01669f-c6a4-546d-823d-aeae37eaeae3',
    });
  });
});
