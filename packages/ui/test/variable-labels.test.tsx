import mx from '@ruta/pack-mx';
import regional from '@ruta/pack-regional';
import sv from '@ruta/pack-sv';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { langs, RutaUiProvider, uiMessages } from '../src/index';
import { VariableList } from '../src/meters';

afterEach(cleanup);

const packs = [regional, sv, mx];

test('every variable of the shipped packs has a name for people in es, en and fr', () => {
  const missing: string[] = [];
  for (const pack of packs)
    for (const scenario of pack.scenarios)
      for (const name of Object.keys(scenario.variables ?? {}))
        for (const lang of langs)
          if (!Object.hasOwn(uiMessages[lang], `variable.${name}`))
            missing.push(`${pack.id} ${scenario.id} ${name} (${lang})`);
  expect(missing).toEqual([]);
});

test('the meters show a variable by its name in the language, not its id', () => {
  render(
    <RutaUiProvider lang="es">
      <VariableList
        declarations={{ 'coerced-statement': { type: 'boolean', initial: false } }}
        values={{ 'coerced-statement': true }}
      />
    </RutaUiProvider>,
  );
  expect(screen.getByText('Declaración bajo coacción')).toBeTruthy();
  expect(screen.queryByText('coerced statement')).toBeNull();
});
