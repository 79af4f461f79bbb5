import { describe, expect, it } from 'vitest';
import { CompetencyError } from '../src/evidence';
import type { RoleProfile } from '../src/framework';
import { gap } from '../src/gap';
import { smallFramework } from './fixtures/small-framework';

describe('gap', () => {
  it('lists what a judge lacks, by importance, then gap size, then id (hand-worked)', () => {
    // The judge profile: essential victim-witness-protection 3, apply-non-punishment 3,
    // apply-trafficking-definition 3; important distinguish-smuggling 2, evidence-beyond-testimony 2,
    // compensation-and-redress 2, child-protection 2, human-rights-based-approach 2,
    // confidentiality-data-protection 2, trauma-informed-interviewing 1; useful work-with-interpreters 1,
    // transnational-cooperation 1.
    // Levels: victim-witness-protection 3 (met), distinguish-smuggling 2 (met), apply-non-punishment 1,
    // evidence-beyond-testimony 0, everything else absent (= 0). So:
    //   essential: apply-trafficking-definition 3 - 0 = 3, then apply-non-punishment 3 - 1 = 2;
    //   important with gap 2, by id: child-protection, compensation-and-redress,
    //     confidentiality-data-protection, evidence-beyond-testimony, human-rights-based-approach;
    //   important with gap 1: trauma-informed-interviewing;
    //   useful with gap 1, by id: transnational-cooperation, work-with-interpreters.
    const gaps = gap('judge', {
      'victim-witness-protection': 3,
      'distinguish-smuggling': 2,
      'apply-non-punishment': 1,
      'evidence-beyond-testimony': 0,
    });
    expect(gaps.map((g) => [g.competency, g.importance, g.required, g.current, g.gap])).toEqual([
      ['apply-trafficking-definition', 'essential', 3, 0, 3],
      ['apply-non-punishment', 'essential', 3, 1, 2],
      ['child-protection', 'important', 2, 0, 2],
      ['compensation-and-redress', 'important', 2, 0, 2],
      ['confidentiality-data-protection', 'important', 2, 0, 2],
      ['evidence-beyond-testimony', 'important', 2, 0, 2],
      ['human-rights-based-approach', 'important', 2, 0, 2],
      ['trauma-informed-interviewing', 'important', 1, 0, 1],
      ['transnational-cooperation', 'useful', 1, 0, 1],
      ['work-with-interpreters', 'useful', 1, 0, 1],
    ]);
    expect(gaps[1]?.modules).toEqual(['M2', 'M3']);
  });

  it('orders a larger gap before a smaller one of the same importance', () => {
    const framework = smallFramework();
    const profile: RoleProfile = {
      role: 'police-investigator',
      summary: { es: 'Investiga', en: 'Investigates', fr: 'Enquête' },
      requirements: [
        { competency: 'plan-policy', level: 2, importance: 'important' },
        { competency: 'spot-signs', level: 3, importance: 'important' },
        { competency: 'build-case', level: 1, importance: 'useful' },
      ],
    };
    // plan-policy: 2 - 1 = 1; spot-signs: 3 - 1 = 2 → spot-signs first although "p" < "s".
    expect(gap(profile, { 'plan-policy': 1, 'spot-signs': 1 }, { framework })).toEqual([
      {
        competency: 'spot-signs',
        importance: 'important',
        required: 3,
        current: 1,
        gap: 2,
        modules: ['M1', 'M4'],
      },
      {
        competency: 'plan-policy',
        importance: 'important',
        required: 2,
        current: 1,
        gap: 1,
        modules: ['M5', 'M7'],
      },
      { competency: 'build-case', importance: 'useful', required: 1, current: 0, gap: 1, modules: ['M2'] },
    ]);
  });

  it('is empty when every requirement is met or exceeded', () => {
    const framework = smallFramework();
    expect(gap('prosecutor', { 'build-case': 3, 'spot-signs': 3, 'plan-policy': 2 }, { framework })).toEqual(
      [],
    );
  });

  it('returns modules the caller can change without touching the framework', () => {
    const framework = smallFramework();
    const [first] = gap('prosecutor', {}, { framework });
    first?.modules.push('M9');
    expect(framework.competencies[1]?.modules).toEqual(['M2']);
  });

  it('says so when the role has no profile or the profile names an unknown competency', () => {
    const framework = smallFramework();
    expect(() => gap('judge', {}, { framework })).toThrow(CompetencyError);
    expect(() => gap('judge', {}, { framework })).toThrow(
      'profile: framework "small" has no profile for the role "judge"',
    );
    const profile = framework.roleProfiles[0]!;
    const stray = {
      ...profile,
      requirements: [
        ...profile.requirements,
        { competency: 'fly', level: 1 as const, importance: 'useful' as const },
      ],
    };
    expect(() => gap(stray, {}, { framework })).toThrow(
      'profile.requirements[3].competency: no competency "fly" in framework "small"',
    );
  });
});
