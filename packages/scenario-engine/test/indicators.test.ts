import { describe, expect, it } from 'vitest';
import {
  builtinIndicator,
  builtinIndicatorIds,
  builtinIndicators,
  indicatorGroupNames,
  indicatorGroups,
} from '../src/index';

describe('built-in indicator catalogue', () => {
  it('holds the 11 ILO forced-labour indicators with the ids of the spec, and child-under-18', () => {
    const ilo = builtinIndicators.filter((i) => i.group === 'ilo-forced-labour').map((i) => i.id);
    expect(ilo).toEqual([
      'ilo-abuse-of-vulnerability',
      'ilo-deception',
      'ilo-restriction-of-movement',
      'ilo-isolation',
      'ilo-physical-sexual-violence',
      'ilo-intimidation-threats',
      'ilo-retention-of-documents',
      'ilo-withholding-of-wages',
      'ilo-debt-bondage',
      'ilo-abusive-conditions',
      'ilo-excessive-overtime',
    ]);
    expect(builtinIndicator('child-under-18')?.group).toBe('children');
  });

  it("groups further indicators as UNODC's lists do", () => {
    for (const group of [
      'general',
      'children',
      'domestic-servitude',
      'sexual-exploitation',
      'labour-exploitation',
      'begging-and-petty-crime',
    ] as const)
      expect(builtinIndicators.filter((i) => i.group === group).length).toBeGreaterThanOrEqual(3);
  });

  it('labels every indicator and group in es, en and fr, with unique kebab-case ids', () => {
    for (const indicator of builtinIndicators) {
      expect(indicator.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const lang of ['es', 'en', 'fr'] as const) expect(indicator.label[lang].trim()).not.toBe('');
    }
    for (const group of indicatorGroups)
      expect(Object.keys(indicatorGroupNames[group])).toEqual(['es', 'en', 'fr']);
    expect(builtinIndicatorIds.size).toBe(builtinIndicators.length);
  });
});
