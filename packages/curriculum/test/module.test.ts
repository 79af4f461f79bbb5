import { describe, expect, it } from 'vitest';
import { parseModule, regionalProgram } from '../src/index';

const m4 = regionalProgram.modules[3]!;

describe('parseModule', () => {
  it('accepts a module of the regional program', () => {
    expect(parseModule(m4)).toEqual({ ok: true, value: m4 });
  });

  it('rejects more than six objectives, no area, an unknown module id and negative hours', () => {
    const objectives = [...m4.learningObjectives, m4.title, m4.description];
    const result = parseModule({
      ...m4,
      id: 'M10',
      learningObjectives: objectives,
      areas: [],
      contactHours: -4,
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'id', message: 'must be a module id M1–M9, found the text "M10"' },
        { path: 'learningObjectives', message: 'allows at most 6 learning objectives' },
        { path: 'areas', message: 'must serve at least one area' },
        { path: 'contactHours', message: 'must be more than 0 hours' },
      ],
    });
  });

  it('rejects an objective with an empty translation', () => {
    const objectives = [{ ...m4.learningObjectives[0], en: ' ' }, ...m4.learningObjectives.slice(1)];
    expect(parseModule({ ...m4, learningObjectives: objectives })).toEqual({
      ok: false,
      issues: [{ path: 'learningObjectives[0].en', message: 'must not be empty' }],
    });
  });
});
