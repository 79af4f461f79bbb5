import { describe, expect, it } from 'vitest';
import {
  academicCredits,
  areas,
  languages,
  moduleIds,
  parseProgram,
  regionalProgram,
  totalHours,
} from '../src/index';

/** Fields that hold codes or numbers, not words a reader sees; every other string must sit inside a Text. */
const codeFields = new Set(['id', 'languages', 'areas', 'status', 'country']);

type Found = { texts: { path: string; text: Record<string, unknown> }[]; loose: string[] };

function isText(value: object): value is Record<string, unknown> {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => (languages as readonly string[]).includes(key));
}

/** Walks the whole program, collecting every Text and every string that is neither a code nor in a Text. */
function walk(value: unknown, path: string, field: string, found: Found): Found {
  if (typeof value === 'string') {
    if (!codeFields.has(field)) found.loose.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(item, `${path}[${index}]`, field, found);
    });
  } else if (typeof value === 'object' && value !== null) {
    if (isText(value)) found.texts.push({ path, text: value });
    else for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, key, found);
  }
  return found;
}

describe('regionalProgram', () => {
  it('validates', () => {
    expect(parseProgram(regionalProgram)).toEqual({ ok: true, value: regionalProgram });
  });

  it('carries every text in Spanish, English and French, and no untranslated words elsewhere', () => {
    const { texts, loose } = walk(regionalProgram, 'program', '', { texts: [], loose: [] });
    expect(loose).toEqual([]);
    // 2 program texts, 9 × (title, description, profile) + every objective, 1 credit unit, 2 bodies.
    const objectives = regionalProgram.modules.reduce((n, m) => n + m.learningObjectives.length, 0);
    expect(texts).toHaveLength(2 + 9 * 3 + objectives + 1 + 2);
    for (const { path, text } of texts) {
      for (const lang of languages) {
        expect(typeof text[lang], `${path}.${lang}`).toBe('string');
        expect((text[lang] as string).trim().length, `${path}.${lang}`).toBeGreaterThan(3);
      }
      expect(text.es, `${path}: es and en are the same text`).not.toBe(text.en);
    }
  });

  it('has the nine modules M1–M9 in order, each with 3–6 learning objectives', () => {
    expect(regionalProgram.modules.map((m) => m.id)).toEqual([...moduleIds]);
    for (const module of regionalProgram.modules) {
      expect(module.learningObjectives.length).toBeGreaterThanOrEqual(3);
      expect(module.learningObjectives.length).toBeLessThanOrEqual(6);
    }
  });

  it('looks at trafficking from the three areas, each served by several modules', () => {
    expect(regionalProgram.areas).toEqual([...areas]);
    for (const area of areas)
      expect(regionalProgram.modules.filter((m) => m.areas.includes(area)).length).toBeGreaterThanOrEqual(4);
  });

  it('is an intensive course of 100 contact hours worth 5 credits, sought by IOM and El Salvador', () => {
    expect(totalHours(regionalProgram)).toBe(100);
    expect(academicCredits(regionalProgram)).toBe(5);
    expect(regionalProgram.accreditation.status).toBe('sought');
    expect(regionalProgram.accreditation.bodies.map((b) => b.id)).toEqual([
      'iom-el-salvador',
      'government-of-el-salvador',
    ]);
  });

  it('names the seed’s subjects faithfully', () => {
    const titles = regionalProgram.modules.map((m) => m.title.es ?? '');
    expect(titles[0]).toMatch(/modus operandi y mapeo/);
    expect(titles[3]).toMatch(/Victimología/);
    expect(titles[8]).toMatch(/albergues y reinserción social/);
    expect(regionalProgram.modules[1]?.learningObjectives[0]?.en).toMatch(/Palermo Protocol/);
  });
});
