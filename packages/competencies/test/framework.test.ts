import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  Framework,
  findCompetency,
  findRoleProfile,
  frameworkJsonSchema,
  parseFramework,
} from '../src/framework';
import { regionalFramework } from '../src/regional-framework';
import { smallFramework } from './fixtures/small-framework';

function issuesOf(input: unknown) {
  const result = parseFramework(input);
  if (result.ok) throw new Error('expected the framework to be rejected');
  return result.issues;
}

describe('parseFramework', () => {
  it('accepts a valid framework and returns it unchanged', () => {
    const result = parseFramework(smallFramework());
    expect(result).toEqual({ ok: true, value: smallFramework() });
  });

  it('never throws on input that is not a framework', () => {
    for (const input of [null, 42, 'framework', [], undefined]) {
      const result = parseFramework(input);
      expect(result.ok).toBe(false);
    }
    expect(issuesOf(null)).toEqual([{ path: '(root)', message: 'expected an object, found null' }]);
  });

  it('names a role profile requiring a competency the framework lacks', () => {
    const framework = smallFramework();
    framework.roleProfiles[0]!.requirements[1]!.competency = 'spot-sign';
    expect(issuesOf(framework)).toEqual([
      {
        path: 'roleProfiles[0].requirements[1].competency',
        message: 'no competency "spot-sign" in this framework',
      },
    ]);
  });

  it('rejects duplicate competency ids, role profiles and requirements', () => {
    const framework = smallFramework();
    framework.competencies[2]!.id = 'spot-signs';
    framework.roleProfiles.push({ ...framework.roleProfiles[0]!, requirements: [] });
    framework.roleProfiles[1]!.requirements = [
      { competency: 'build-case', level: 2, importance: 'essential' },
      { competency: 'build-case', level: 3, importance: 'useful' },
    ];
    // The role profile requiring plan-policy still resolves: the id now exists (twice).
    expect(issuesOf(framework)).toEqual([
      {
        path: 'competencies[2].id',
        message: 'duplicate competency id "spot-signs" (already used by competencies[0])',
      },
      {
        path: 'roleProfiles[0].requirements[0].competency',
        message: 'no competency "plan-policy" in this framework',
      },
      { path: 'roleProfiles[1].role', message: 'role "prosecutor" already has a profile (roleProfiles[0])' },
      {
        path: 'roleProfiles[1].requirements[1].competency',
        message: 'competency "build-case" is already required by requirements[0]',
      },
    ]);
  });

  it('requires all three proficiency levels, each described once', () => {
    const framework = smallFramework();
    const levels = framework.competencies[1]!.levels;
    framework.competencies[1]!.levels = [levels[0]!, { ...levels[2]!, level: 1 }];
    expect(issuesOf(framework)).toEqual([
      { path: 'competencies[1].levels[1].level', message: 'level 1 is described twice' },
      {
        path: 'competencies[1].levels',
        message:
          'must describe all three proficiency levels; missing level 2 (practitioner), level 3 (specialist and trainer)',
      },
    ]);
  });

  it('rejects a module listed twice and a module outside M1–M9', () => {
    const twice = smallFramework();
    twice.competencies[0]!.modules = ['M4', 'M1', 'M4'];
    expect(issuesOf(twice)).toEqual([
      { path: 'competencies[0].modules[2]', message: 'module M4 is listed twice' },
    ]);
    const unknown = smallFramework() as unknown as { competencies: { modules: string[] }[] };
    unknown.competencies[0]!.modules = ['M10'];
    expect(issuesOf(unknown)).toEqual([
      { path: 'competencies[0].modules[0]', message: 'must be a module id M1–M9, found the text "M10"' },
    ]);
  });

  it('requires every text in Spanish, English and French', () => {
    const framework = smallFramework();
    delete framework.competencies[2]!.levels[1]!.behaviours[0]!.fr;
    delete framework.roleProfiles[0]!.summary.es;
    expect(issuesOf(framework)).toEqual([
      { path: 'competencies[2].levels[1].behaviours[0].fr', message: 'missing the French (fr) translation' },
      { path: 'roleProfiles[0].summary.es', message: 'missing the Spanish (es) translation' },
    ]);
    const blank = smallFramework();
    blank.title.en = '  ';
    expect(issuesOf(blank)).toContainEqual({ path: 'title.en', message: 'must not be empty' });
  });

  it('reports wrong values and unknown fields with their paths', () => {
    const framework = smallFramework() as unknown as Record<string, unknown> & {
      competencies: Record<string, unknown>[];
      roleProfiles: { role: string; requirements: Record<string, unknown>[] }[];
    };
    framework.version = 'v1';
    framework.competencies[0]!.area = 'assistance';
    framework.competencies[1]!.level = 2;
    framework.roleProfiles[0]!.role = 'border-guard';
    framework.roleProfiles[0]!.requirements[2]!.level = 4;
    framework.competencies[2]!.id = 'Plan Policy';
    const paths = issuesOf(framework).map((issue) => `${issue.path}: ${issue.message}`);
    expect(paths).toEqual([
      'version: must be a Semantic Versioning 2.0.0 version such as "1.0.0"',
      'competencies[0].area: must be one of "prevention", "protection", "prosecution", "cross-cutting", found the text "assistance"',
      'competencies[1].level: unknown field (a typo? only the documented fields are allowed)',
      'competencies[2].id: must be kebab-case: lowercase letters and digits separated by single hyphens (e.g. "border-post")',
      expect.stringMatching(/^roleProfiles\[0\]\.role: must be one of "migration-officer", /),
      'roleProfiles[0].requirements[2].level: must be a proficiency level: 1, 2 or 3, found the number 4',
    ]);
  });

  it('is also what the Framework schema checks', () => {
    const framework = smallFramework();
    framework.roleProfiles[0]!.requirements[0]!.competency = 'nowhere';
    expect(Framework.safeParse(framework).success).toBe(false);
  });
});

describe('lookups', () => {
  it('finds a competency and a role profile, or nothing', () => {
    const framework = smallFramework();
    expect(findCompetency(framework, 'build-case')?.modules).toEqual(['M2']);
    expect(findCompetency(framework, 'nope')).toBeUndefined();
    expect(findRoleProfile(framework, 'prosecutor')?.requirements).toHaveLength(3);
    expect(findRoleProfile(framework, 'judge')).toBeUndefined();
  });
});

describe('frameworkJsonSchema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(frameworkJsonSchema());
  const errors = (value: unknown) =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

  it('accepts the regional framework and the small one', () => {
    expect(errors(JSON.parse(JSON.stringify(regionalFramework)))).toEqual([]);
    expect(errors(smallFramework())).toEqual([]);
  });

  it('requires every language of a text and rejects unknown fields, as the zod schema does', () => {
    const framework = smallFramework() as unknown as Record<string, unknown> & {
      competencies: Record<string, unknown>[];
    };
    delete (framework.competencies[0]!.title as Record<string, string>).fr;
    framework.competencies[1]!.level = 2;
    expect(errors(framework)).toEqual([
      "/competencies/0/title must have required property 'fr'",
      '/competencies/1 must NOT have additional properties',
    ]);
  });
});
