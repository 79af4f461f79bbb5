import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxStringLength } from '../src/guard';
import { parsePack, parsePackJson } from '../src/index';
import { countJsonKeys, readJsonText } from '../src/json-text';
import { arbitraryPack } from '../src/testing';
import { samplePack } from './fixtures/sample-pack';

const sampleJson = JSON.stringify(samplePack, null, 2);

describe('parsePackJson', () => {
  it('accepts the text of a valid pack', () => {
    const parsed = parsePackJson(sampleJson);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.scenarios.map((s) => s.id)).toEqual(['border-stop', 'shelter-intake']);
  });

  it('reports a syntax error with its line and column', () => {
    const parsed = parsePackJson('{\n  "format": "ruta.pack/1",\n  "id": "x" oops\n}');
    expect(parsed).toEqual({
      ok: false,
      issues: [
        {
          path: '(root)',
          message: 'JSON syntax error at line 3, column 13: expected "," or "}" after a value, found "o"',
        },
      ],
    });
  });

  it('reports a text that is not closed', () => {
    const parsed = parsePackJson('{"id": "sv-');
    expect(parsed.ok ? '' : parsed.issues[0]?.message).toMatch(/line 1, column 8: a text is not closed/);
  });

  it('reports a trailing comma, a truncated file and an empty file', () => {
    for (const [text, message] of [
      ['{"a": [1, 2,]}', /line 1, column 13: expected a value, found "\]"/],
      ['{"a": {"b": 1}', /expected "," or "}" after a value, found the end of the file/],
      ['   ', /the file is empty/],
      ['{"a": 1} {"b": 2}', /after the end of the document/],
      ['{"a": 01}', /expected "," or "}"/],
      ['{"a": "\\x"}', /unknown escape/],
    ] as const) {
      const parsed = parsePackJson(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issues[0]?.message).toMatch(message);
    }
  });

  it('reports a key repeated within one object, with its path (two nodes with the same id)', () => {
    const text = sampleJson.replace(
      '"detention": {',
      '"sheltered": { "text": { "es": "x", "en": "x" }, "ending": { "outcome": "harmed", "summary": { "es": "x", "en": "x" } } },\n        "detention": {',
    );
    const parsed = parsePackJson(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const duplicate = parsed.issues.find((issue) => issue.path === 'scenarios[0].nodes.sheltered');
    expect(duplicate?.message).toMatch(
      /the key "sheltered" appears twice in this object \(line \d+, column \d+, first at line \d+, column \d+\)/,
    );
    expect(duplicate?.packId).toBe('sv-sample');
  });

  it('reads escapes and unicode exactly as JSON.parse does', () => {
    const text = JSON.stringify({ a: 'línea\n"cita"\t\u00e9\u{1F600}\\', b: [1.5e3, -0, true, false, null] });
    const parsed = parsePackJson(text);
    expect(parsed.ok).toBe(false); // not a pack, but it was read: the issue is about the shape
    if (!parsed.ok) expect(parsed.issues[0]?.message).not.toMatch(/syntax/);
  });

  it('refuses nesting deeper than a pack needs, without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const parsed = parsePackJson(deep);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.message).toMatch(/nested more than 64 levels/);
  });

  it('refuses a huge string', () => {
    const parsed = parsePackJson(`{"id": "${'a'.repeat(200_000)}"}`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.message).toMatch(/longer than 100000 characters/);
  });

  it('rejects a __proto__ key without polluting any prototype', () => {
    const text = sampleJson.replace('"format":', '"__proto__": { "polluted": true }, "format":');
    const parsed = parsePackJson(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues).toContainEqual(expect.objectContaining({ path: '__proto__' }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never throws on text that is not a string', () => {
    expect(parsePackJson(42 as unknown as string).ok).toBe(false);
  });
});

describe('countJsonKeys', () => {
  it('counts the keys written, not texts that look like keys, through escaped quotes', () => {
    expect(countJsonKeys('{"a\\"": "b\\\\", "c" : ["\\"d\\":", {"e":1,"e":2}], "f": {}}')).toBe(5);
    expect(countJsonKeys('[1, "x", true, null]')).toBe(0);
  });

  it('leaves long texts to the full reader', () => {
    expect(countJsonKeys(`{"a": "${'x'.repeat(maxStringLength + 1)}"}`)).toBeUndefined();
  });
});

describe('parsePackJson on valid and nearly valid packs', () => {
  it('gives what parsePack gives on the parsed text, for every generated pack and one edit of it', () => {
    fc.assert(
      fc.property(
        arbitraryPack(),
        fc.constantFrom(
          'none',
          'duplicate-key',
          'bom',
          'bad-id',
          'deep-text',
          'deep-condition',
          'escaped-key',
        ),
        (pack, edit) => {
          let text = JSON.stringify(pack, null, 1);
          if (edit === 'duplicate-key')
            text = text.replace('"title": {', `"title": {"${pack.languages[0]}": "x", `);
          if (edit === 'bom') text = `\uFEFF${text}`;
          if (edit === 'bad-id') text = text.replace(`"id": "${pack.id}"`, '"id": "Bad Id"');
          if (edit === 'deep-text')
            text = text.replace('"title": {', `"title": {"de": ${'['.repeat(62)}${']'.repeat(62)}, `);
          if (edit === 'deep-condition') {
            // Valid for the schema, but nested deeper than the reader accepts.
            const deep = `${'{"not": '.repeat(70)}{"noted": "ilo-deception"}${'}'.repeat(70)}`;
            text = text.replace('"assessment": {', `"when": ${deep}, "assessment": {`);
          }
          // A key written with escapes is the same key: still a repeat.
          if (edit === 'escaped-key') text = text.replace('"title": {', '"title": "x", "t\\u0069tle": {');
          const fromText = parsePackJson(text);
          const read = readJsonText(text);
          if (!read.ok) {
            expect(fromText).toEqual({ ok: false, issues: read.issues });
            return;
          }
          const fromValue = parsePack(read.value);
          if (read.duplicates.length > 0) {
            expect(fromText.ok).toBe(false);
            if (!fromText.ok) expect(fromText.issues[0]?.message).toMatch(/appears twice/);
          } else expect(fromText).toEqual(fromValue);
          expect([edit, fromText.ok]).toEqual([edit, edit === 'none' || edit === 'bom']);
        },
      ),
      { numRuns: 60 },
    );
  });
});
