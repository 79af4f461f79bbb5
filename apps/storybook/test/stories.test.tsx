import { composeStories } from '@storybook/react-vite';
import { act, render } from '@testing-library/react';
import axe from 'axe-core';
import type { ComponentType } from 'react';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>('../src/**/*.stories.tsx', { eager: true });

// Errors React or react-intl report (a missing message, a key warning, a failed render) fail the story;
// not a countdown's tick after the test's act(), nor the error a scene boundary caught on purpose.
const expected = [/not wrapped in act/, /using the error boundary you provided, SceneBoundary/];
const errors: string[] = [];
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (!expected.some((pattern) => pattern.test(message))) errors.push(message);
  });
});
afterAll(() => {
  vi.restoreAllMocks();
});

test('the stories are found', () => {
  expect(Object.keys(modules).length).toBeGreaterThanOrEqual(5);
});

for (const [file, module] of Object.entries(modules)) {
  describe(file.replace('../src/', ''), () => {
    const stories = composeStories(module) as Record<string, ComponentType>;
    for (const [name, Story] of Object.entries(stories)) {
      test(`${name} renders with no axe violations`, async () => {
        errors.length = 0;
        const { container } = render(<Story />);
        await act(async () => {
          await new Promise((resolve) => setTimeout(resolve, 0));
        });
        expect(container.textContent?.trim().length ?? 0).toBeGreaterThan(0);
        const results = await axe.run(container, { resultTypes: ['violations'] });
        const violations = results.violations.map(
          (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(violations).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}
