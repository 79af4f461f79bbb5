import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';

test('jsx renders in jsdom', () => {
  render(<p>hola</p>);
  expect(screen.getByText('hola')).toBeTruthy();
});
