import { describe, expect, it } from 'vitest';
import {
  academicCredits,
  modulesByArea,
  type Program,
  parseProgram,
  regionalProgram,
  totalHours,
} from '../src/index';

function copy(): Program {
  return structuredClone(regionalProgram);
}

function issuesOf(input: unknown) {
  const result = parseProgram(input);
  if (result.ok) throw new Error('expected the program to be rejected');
  return result.issues;
}

describe('Program', () => {
  it('rejects a duplicated module id', () => {
    const program = copy();
    program.modules[4] = { ...program.modules[4]!, id: 'M2' };
    expect(issuesOf(program)).toEqual([
      { path: 'modules[4].id', message: 'duplicated module id "M2" (already used at modules[1])' },
    ]);
  });

  it('rejects a text missing one of the declared languages, at the text', () => {
    const program = copy();
    delete program.modules[2]!.learningObjectives[1]!.fr;
    expect(issuesOf(program)).toEqual([
      {
        path: 'modules[2].learningObjectives[1].fr',
        message: 'missing the fr translation (the program declares es, en, fr)',
      },
    ]);
    program.languages = ['es', 'en'];
    expect(parseProgram(program).ok).toBe(true);
  });

  it('rejects a module serving an area outside the program, and an area no module serves', () => {
    const program = copy();
    program.areas = ['prevention', 'protection'];
    const issues = issuesOf(program);
    expect(issues[0]).toEqual({
      path: 'modules[0].areas[2]',
      message:
        'serves the area "prosecution", which is not one of the program\'s areas (prevention, protection)',
    });
    const single = copy();
    single.modules = single.modules.filter((m) => m.id === 'M9');
    expect(issuesOf(single)).toEqual([
      { path: 'areas[0]', message: 'no module serves the area "prevention"' },
      { path: 'areas[2]', message: 'no module serves the area "prosecution"' },
    ]);
  });

  it('rejects too few learning objectives and zero contact hours', () => {
    const program = copy();
    program.modules[0]!.learningObjectives = program.modules[0]!.learningObjectives.slice(0, 2);
    program.modules[5]!.contactHours = 0;
    expect(issuesOf(program)).toEqual([
      { path: 'modules[0].learningObjectives', message: 'needs at least 3 learning objectives' },
      { path: 'modules[5].contactHours', message: 'must be more than 0 hours' },
    ]);
  });
});

describe('modulesByArea', () => {
  it('lists the modules serving an area, in program order', () => {
    expect(modulesByArea(regionalProgram, 'prosecution').map((m) => m.id)).toEqual([
      'M1',
      'M2',
      'M4',
      'M7',
      'M8',
    ]);
    expect(modulesByArea(regionalProgram, 'protection').map((m) => m.id)).toEqual([
      'M1',
      'M2',
      'M3',
      'M4',
      'M5',
      'M7',
      'M8',
      'M9',
    ]);
  });
});

describe('totalHours and academicCredits', () => {
  it('add the contact hours and award credits for each full block of hours only', () => {
    const program = copy();
    expect(totalHours(program)).toBe(12 + 12 + 8 + 12 + 8 + 8 + 8 + 12 + 20);
    program.modules[8]!.contactHours = 19; // 99 h: the fifth block of 20 h is not complete
    expect(totalHours(program)).toBe(99);
    expect(academicCredits(program)).toBe(4);
    program.accreditation.creditsPerHours = { hours: 15, credits: 0.5 };
    expect(academicCredits(program)).toBe(3); // 6 full blocks of 15 h × 0.5
  });
});
