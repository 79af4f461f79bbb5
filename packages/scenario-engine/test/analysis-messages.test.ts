import { describe, expect, it } from 'vitest';
import { analyzePack } from '../src/analysis';
import type { Pack } from '../src/schema';
import { choice, ending, pack, scenario, step } from './fixtures/analysis/build';

/** One pack with every kind of error and the journey warning. */
function faulty(): Pack {
  const identification = scenario(
    'identification',
    {
      interview: step([
        choice('coerce', 'statement', 'harmful', { effects: [{ set: 'trust', value: false }] }),
        choice('support', 'statement', 'best'),
        choice('refer', 'referred', 'best'),
        choice('ask', 'notes', 'good'),
      ]),
      notes: step([choice('refer-now', 'referred', 'best', { when: { noted: 'ilo-deception' } })]),
      orphan: step([choice('listen', 'statement', 'good')]),
      statement: ending('partial'),
      referred: ending('protected'),
    },
    { variables: { trust: { type: 'boolean', initial: true } } },
  );
  const prosecution = scenario(
    'prosecution',
    {
      hearing: step([
        choice('testify', 'conviction', 'best', { when: { var: 'trust', eq: true } }),
        choice('withdraw', 'acquittal', 'poor'),
        choice('wait', 'corridor', 'poor'),
      ]),
      corridor: step([choice('back', 'lobby', 'poor')]),
      lobby: step([choice('again', 'corridor', 'poor')]),
      conviction: ending('protected'),
      acquittal: ending('harmed'),
    },
    { variables: { trust: { type: 'boolean', initial: true } } },
  );
  const noProtected = scenario('closure', {
    start: step([choice('close', 'closed', 'poor')]),
    closed: ending('harmed'),
  });
  return pack([identification, prosecution, noProtected], {
    journeys: [
      {
        id: 'one-case',
        title: { en: 'One case' },
        steps: ['identification', 'prosecution'],
        carry: ['trust'],
      },
    ],
  });
}

const withoutMessages = (report: ReturnType<typeof analyzePack>) =>
  JSON.parse(JSON.stringify(report, (key, value) => (key === 'message' ? undefined : value)));

describe('analysis: messages in the program’s three languages', () => {
  const reports = {
    en: analyzePack(faulty()),
    es: analyzePack(faulty(), { lang: 'es' }),
    fr: analyzePack(faulty(), { lang: 'fr' }),
  };

  it('finds every kind of error and the journey warning in the test pack', () => {
    expect(reports.en.errors.map((e) => e.kind).sort()).toEqual([
      'no-exit-loop',
      'no-protected-ending',
      'soft-lock',
      'unreachable-node',
    ]);
    expect(reports.en.warnings.map((w) => w.kind)).toEqual(['journey-doomed-start']);
  });

  it('changes only the messages: kinds, paths, nodes, values and ways there are the same', () => {
    expect(withoutMessages(reports.es)).toEqual(withoutMessages(reports.en));
    expect(withoutMessages(reports.fr)).toEqual(withoutMessages(reports.en));
  });

  it('writes each message in the language asked, naming the same nodes and values', () => {
    const messages = (lang: keyof typeof reports) => [
      ...reports[lang].errors.map((e) => e.message),
      ...reports[lang].warnings.map((w) => w.message),
    ];
    const words = {
      en: ['cannot be reached', 'offers no choice', 'loop', '"protected"', 'journey'],
      es: ['es inalcanzable', 'no ofrece ninguna opción', 'bucle', '"protected"', 'recorrido'],
      fr: ['est inatteignable', 'n’offre aucun choix', 'boucle', '"protected"', 'parcours'],
    } as const;
    for (const lang of ['en', 'es', 'fr'] as const) {
      const all = messages(lang).join('\n');
      for (const word of words[lang]) expect(all).toContain(word);
      for (const id of ['orphan', 'notes', 'ilo-deception', 'corridor', 'lobby', 'one-case', 'trust = false'])
        expect(all).toContain(id);
      expect(all).not.toContain('undefined');
    }
    expect(messages('es')).not.toEqual(messages('en'));
    expect(messages('fr')).not.toEqual(messages('es'));
  });

  it('says which notes leave a step with nothing to offer, in each language', () => {
    const softLock = (lang: keyof typeof reports) =>
      reports[lang].errors.find((e) => e.kind === 'soft-lock')!;
    expect(softLock('en').message).toBe(
      'step "notes" offers no choice, when "ilo-deception" is not noted, and has no timeout: the trainee is stuck',
    );
    expect(softLock('es').message).toBe(
      'el paso «notes» no ofrece ninguna opción, cuando «ilo-deception» no está anotado, y no tiene límite de tiempo: quien se forma queda sin salida',
    );
    expect(softLock('fr').message).toBe(
      'l’étape « notes » n’offre aucun choix, quand « ilo-deception » n’est pas noté, et n’a pas de limite de temps : la personne en formation est bloquée',
    );
  });
});
