import { readFileSync } from 'node:fs';
import { uuidV5 } from '@ruta/curriculum';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { caseNamespace, defaultCaseBaseUri, toCase } from '../src/case';
import { CompetencyError } from '../src/evidence';
import { regionalFramework } from '../src/regional-framework';
import { smallFramework } from './fixtures/small-framework';

// The official CASE 1.1 CFPackage JSON Schema (draft 2020-12), copied unchanged from the specification.
// It names its meta-schema with `http://`; Ajv knows draft 2020-12 by its canonical `https://` id.
const schema = JSON.parse(
  readFileSync(new URL('./fixtures/case-v1p1-cfpackage-schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
expect(schema.$schema).toBe('http://json-schema.org/draft/2020-12/schema');
schema.$schema = 'https://json-schema.org/draft/2020-12/schema';
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function schemaErrors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('toCase', () => {
  it('exports the regional framework as a package the CASE 1.1 schema accepts, in every language', () => {
    for (const language of ['es', 'en', 'fr'] as const)
      expect(schemaErrors(toCase(regionalFramework, { language })), language).toEqual([]);
  });

  it('the schema check is not vacuous: it rejects an extra field and a malformed identifier', () => {
    const extra = toCase(smallFramework()) as unknown as { CFItems: Record<string, unknown>[] };
    extra.CFItems[0]!.title = 'not a CFItem field';
    expect(schemaErrors(extra)).not.toEqual([]);
    const badId = toCase(smallFramework());
    badId.CFDocument.identifier = 'rcm-regional';
    expect(schemaErrors(badId)).toEqual([
      '/CFDocument/identifier must match pattern "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[8-9a-b]{1}[0-9a-f]{3}-[0-9a-f]{12}"',
    ]);
    const badDate = toCase(smallFramework());
    badDate.CFItems[1]!.lastChangeDateTime = '2026-03-15';
    badDate.CFAssociations[0]!.uri = 'not a uri';
    expect(schemaErrors(badDate)).toEqual([
      '/CFItems/1/lastChangeDateTime must match format "date-time"',
      '/CFAssociations/0/uri must match format "uri"',
    ]);
  });

  it('is byte-identical between two runs', () => {
    expect(JSON.stringify(toCase(regionalFramework))).toBe(
      JSON.stringify(toCase(structuredClone(regionalFramework))),
    );
  });

  it('holds the areas, the competencies and their three levels, with unique identifiers', () => {
    const pkg = toCase(regionalFramework, { language: 'en' });
    const count = (type: string) => pkg.CFItems.filter((item) => item.CFItemType === type).length;
    expect(count('Area')).toBe(4);
    expect(count('Competency')).toBe(regionalFramework.competencies.length);
    expect(count('Proficiency level')).toBe(regionalFramework.competencies.length * 3);
    const ids = [pkg.CFDocument, ...pkg.CFItems, ...pkg.CFAssociations].map((node) => node.identifier);
    expect(new Set(ids).size).toBe(ids.length);
    const judgeItem = pkg.CFItems.find((item) => item.humanCodingScheme === 'apply-non-punishment');
    expect(judgeItem).toMatchObject({
      abbreviatedStatement: 'Apply the non-punishment principle',
      notes: 'Curriculum modules that teach it: M2, M3',
      language: 'en',
    });
  });

  it('links child (origin) to parent (destination) with isChildOf, and competency to level with hasSkillLevel', () => {
    const pkg = toCase(smallFramework(), { language: 'en' });
    const byCode = (code: string) => pkg.CFItems.find((item) => item.humanCodingScheme === code)!;
    const links = pkg.CFAssociations.map(
      (a) =>
        `${a.originNodeURI.title} ${a.associationType} ${a.destinationNodeURI.title} #${a.sequenceNumber}`,
    );
    // Areas in the order prevention, protection, prosecution (cross-cutting unused here).
    expect(links.filter((l) => l.includes(' isChildOf Small framework'))).toEqual([
      'Prevention isChildOf Small framework #1',
      'Victim protection isChildOf Small framework #2',
      'Prosecution isChildOf Small framework #3',
    ]);
    expect(links).toContain('Spot signs isChildOf Victim protection #1');
    expect(links).toContain('2. Practitioner isChildOf Spot signs #2');
    expect(links).toContain('Spot signs hasSkillLevel 3. Specialist and trainer #3');
    const skill = pkg.CFAssociations.find(
      (a) =>
        a.associationType === 'hasSkillLevel' &&
        a.destinationNodeURI.identifier === byCode('build-case.2').identifier,
    );
    expect(skill?.originNodeURI).toEqual({
      title: 'Build a case',
      identifier: byCode('build-case').identifier,
      uri: byCode('build-case').uri,
    });
    expect(byCode('build-case.2').fullStatement).toBe('build-case at level 2');
    expect(pkg.CFAssociations.find((a) => a.associationType === 'isChildOf')?.destinationNodeURI.uri).toBe(
      pkg.CFDocument.uri,
    );
  });

  it('derives identifiers as UUID v5 of stable names under the fixed namespace', () => {
    const pkg = toCase(smallFramework());
    expect(pkg.CFDocument.identifier).toBe(uuidV5('small/es', caseNamespace));
    expect(pkg.CFItems.find((i) => i.humanCodingScheme === 'spot-signs')?.identifier).toBe(
      uuidV5('small/es/competency/spot-signs', caseNamespace),
    );
    // A new version keeps the identifiers; only lastChangeDateTime and version move.
    const next = { ...smallFramework(), version: '0.3.0', versionDate: '2026-09-01' };
    const nextPkg = toCase(next);
    expect(nextPkg.CFItems.map((i) => i.identifier)).toEqual(pkg.CFItems.map((i) => i.identifier));
    expect(nextPkg.CFDocument).toMatchObject({
      version: '0.3.0',
      lastChangeDateTime: '2026-09-01T00:00:00Z',
    });
    // Another language is another document.
    expect(toCase(smallFramework(), { language: 'fr' }).CFDocument.identifier).not.toBe(
      pkg.CFDocument.identifier,
    );
  });

  it('takes lastChangeDateTime from the version date, not the clock, and builds every uri from the base URI', () => {
    const pkg = toCase(smallFramework(), {
      baseUri: 'https://case.example.org/academy/',
      adoptionStatus: 'Draft',
    });
    expect(pkg.CFDocument).toMatchObject({
      uri: `https://case.example.org/academy/CFDocuments/${pkg.CFDocument.identifier}`,
      lastChangeDateTime: '2026-03-15T00:00:00Z',
      creator: 'Test academy',
      title: 'Small framework (es)',
      caseVersion: '1.1',
      adoptionStatus: 'Draft',
    });
    for (const item of pkg.CFItems) {
      expect(item.uri).toBe(`https://case.example.org/academy/CFItems/${item.identifier}`);
      expect(item.lastChangeDateTime).toBe('2026-03-15T00:00:00Z');
    }
    for (const association of pkg.CFAssociations)
      expect(association.uri).toBe(
        `https://case.example.org/academy/CFAssociations/${association.identifier}`,
      );
    expect(toCase(smallFramework()).CFDocument.uri.startsWith(`${defaultCaseBaseUri}/CFDocuments/`)).toBe(
      true,
    );
  });

  it('rejects a base URI that is not absolute', () => {
    expect(() => toCase(smallFramework(), { baseUri: 'case/frameworks' })).toThrow(CompetencyError);
    expect(() => toCase(smallFramework(), { baseUri: 'case/frameworks' })).toThrow(
      /^baseUri: must be an absolute URI/,
    );
  });
});
