import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { brokenPackIssues } from '../src/fixtures';
import * as program from '../src/program.stories';

const stories = composeStories(program);

test.each([
  ['es', stories.PackImportWithErrors],
  ['en', stories.PackImportWithErrorsEnglish],
  ['fr', stories.PackImportWithErrorsFrench],
] as const)(
  'the pack import story in %s shows validatePack’s own messages in that language, with their paths',
  (lang, Story) => {
    render(<Story />);
    const panel = screen.getByRole('alert');
    const issues = brokenPackIssues(lang);
    expect(issues.length).toBeGreaterThan(1);
    for (const issue of issues) {
      const message = within(panel).getByText(issue.message);
      const item = message.closest('li');
      expect(item?.querySelector('code')?.textContent).toBe(issue.path);
    }
    // The three languages' messages differ, so a story in the wrong language fails above.
    expect(new Set(['es', 'en', 'fr'].map((l) => brokenPackIssues(l as typeof lang)[0]?.message)).size).toBe(
      3,
    );
  },
);
