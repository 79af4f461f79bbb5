import { areas, languages, moduleIds, roleIds } from '@ruta/curriculum';
import { describe, expect, it } from 'vitest';
import { competencyAreas, findRoleProfile, parseFramework } from '../src/framework';
import { competencyIds } from '../src/ids';
import { regionalFramework } from '../src/regional-framework';

/** The 17 ids the pack format `ruta.pack/1` guarantees to pack authors, in the spec's order. */
const specIds = [
  'recognise-indicators',
  'apply-trafficking-definition',
  'distinguish-smuggling',
  'trauma-informed-interviewing',
  'work-with-interpreters',
  'child-protection',
  'risk-assessment',
  'refer-to-services',
  'shelter-case-management',
  'reintegration-planning',
  'evidence-beyond-testimony',
  'financial-investigation',
  'victim-witness-protection',
  'apply-non-punishment',
  'multi-agency-cooperation',
  'transnational-cooperation',
  'confidentiality-data-protection',
];

/** Every object in `value` that looks like a Text (only language keys), with its path. */
function texts(value: unknown, path = ''): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((key) => (languages as readonly string[]).includes(key)))
    return [{ path, text: value as Record<string, unknown> }];
  return Object.entries(value).flatMap(([key, child]) => texts(child, path ? `${path}.${key}` : key));
}

const requirementsOf = (role: (typeof roleIds)[number]) =>
  Object.fromEntries(
    (findRoleProfile(regionalFramework, role)?.requirements ?? []).map((r) => [r.competency, r.level]),
  );

describe('regionalFramework', () => {
  it('validates', () => {
    const result = parseFramework(regionalFramework);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('holds exactly the ids of competencyIds, in order, the 17 spec ids first', () => {
    expect(regionalFramework.competencies.map((c) => c.id)).toEqual([...competencyIds]);
    expect(competencyIds.slice(0, 17)).toEqual(specIds);
    expect(competencyIds.length).toBeGreaterThanOrEqual(24);
  });

  it('is taught by every module M1–M9 and covers every area and cross-cutting competencies', () => {
    const taught = new Set(regionalFramework.competencies.flatMap((c) => c.modules));
    expect([...taught].sort()).toEqual([...moduleIds]);
    const covered = new Set(regionalFramework.competencies.map((c) => c.area));
    for (const area of [...areas, 'cross-cutting']) expect(covered).toContain(area);
    expect([...covered].sort()).toEqual([...competencyAreas].sort());
  });

  it('describes every competency at levels 1, 2 and 3 with observable behaviours', () => {
    for (const competency of regionalFramework.competencies) {
      expect(
        competency.levels.map((l) => l.level),
        competency.id,
      ).toEqual([1, 2, 3]);
      for (const level of competency.levels) expect(level.behaviours.length).toBeGreaterThan(0);
    }
  });

  it('has a profile for each of the 11 roles, naming only competencies of the framework', () => {
    expect(regionalFramework.roleProfiles.map((p) => p.role).sort()).toEqual([...roleIds].sort());
    const known = new Set<string>(competencyIds);
    for (const profile of regionalFramework.roleProfiles) {
      for (const requirement of profile.requirements)
        expect(known.has(requirement.competency), `${profile.role}: ${requirement.competency}`).toBe(true);
      expect(
        profile.requirements.some((r) => r.importance === 'essential'),
        profile.role,
      ).toBe(true);
    }
  });

  it('requires every competency for at least one role', () => {
    const required = new Set(
      regionalFramework.roleProfiles.flatMap((p) => p.requirements.map((r) => r.competency)),
    );
    expect(competencyIds.filter((id) => !required.has(id))).toEqual([]);
  });

  it('asks of each role what its work needs', () => {
    expect(requirementsOf('judge')).toMatchObject({
      'victim-witness-protection': 3,
      'apply-non-punishment': 3,
    });
    expect(requirementsOf('migration-officer')).toMatchObject({
      'recognise-indicators': 2,
      'distinguish-smuggling': 2,
      'apply-non-punishment': 2,
    });
    expect(requirementsOf('prosecutor')).toMatchObject({ 'evidence-beyond-testimony': 3 });
    expect(requirementsOf('labour-inspector')).toMatchObject({ 'worksite-inspection': 2 });
    expect(requirementsOf('child-protection-officer')).toMatchObject({
      'child-protection': 3,
      'age-assessment': 2,
    });
    expect(requirementsOf('shelter-staff')).toMatchObject({ 'shelter-case-management': 2 });
    expect(requirementsOf('consular-officer')).toMatchObject({ 'return-and-reintegration': 2 });
  });

  it('cannot be changed by one program for every other', () => {
    expect(() => {
      regionalFramework.roleProfiles[0]!.requirements[0]!.level = 1;
    }).toThrow(TypeError);
    expect(() => regionalFramework.competencies.pop()).toThrow(TypeError);
    // A copy is a normal, editable framework.
    const national = structuredClone(regionalFramework);
    national.competencies.pop();
    expect(national.competencies).toHaveLength(regionalFramework.competencies.length - 1);
  });

  it('carries every text in Spanish, English and French, none empty and none left untranslated', () => {
    const all = texts(regionalFramework);
    // title + description, 29 × (title, description, 3 behaviours), 11 summaries.
    expect(all.length).toBe(2 + regionalFramework.competencies.length * 5 + 11);
    for (const { path, text } of all) {
      for (const lang of languages) {
        expect(typeof text[lang], `${path}.${lang}`).toBe('string');
        expect((text[lang] as string).trim().length, `${path}.${lang}`).toBeGreaterThan(0);
      }
      expect(text.es, `${path}: es equals en`).not.toBe(text.en);
      expect(text.fr, `${path}: fr equals en`).not.toBe(text.en);
    }
  });
});
