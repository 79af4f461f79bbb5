import { Debrief, ResultsSummary } from '@ruta/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { borderPost, endedResult, mx, packs, regional, sv } from './fixtures';

function DebriefStory({
  outcome,
  harmful = false,
  retry = false,
}: {
  outcome: 'protected' | 'partial' | 'harmed';
  harmful?: boolean;
  retry?: boolean;
}) {
  const result = endedResult(regional, borderPost, outcome, { harmful });
  return <Debrief result={result} pack={regional} {...(retry ? { onRetryFrom: () => {} } : {})} />;
}

const meta = { title: 'After play/Debrief' } satisfies Meta;
export default meta;
type Story = StoryObj<typeof DebriefStory>;

export const Protected: Story = {
  render: (args) => <DebriefStory {...args} />,
  args: { outcome: 'protected' },
};
export const Partial: Story = { render: (args) => <DebriefStory {...args} />, args: { outcome: 'partial' } };

/** A harmful ending: the harmful choices against the best offered, with feedback, principles and law. */
export const HarmfulEnding: Story = {
  render: (args) => <DebriefStory {...args} />,
  args: { outcome: 'harmed', harmful: true },
};

export const HarmfulEndingEnglish: Story = {
  ...HarmfulEnding,
  parameters: { ruta: { lang: 'en' } },
};

export const HarmfulEndingFrench: Story = {
  ...HarmfulEnding,
  parameters: { ruta: { lang: 'fr' } },
};

/** With "try again from here" on each decision (the lab's retry). */
export const WithRetry: Story = {
  render: (args) => <DebriefStory {...args} />,
  args: { outcome: 'partial', retry: true },
};

/** Several plays across the packs, summarised per stage. */
export const Summary: StoryObj = {
  render: () => (
    <ResultsSummary
      results={[
        endedResult(regional, borderPost, 'protected'),
        endedResult(regional, borderPost, 'harmed', { harmful: true }),
        endedResult(regional, 'shelter-recovery', 'protected'),
        endedResult(sv, sv.scenarios[1]!.id, 'partial'),
        endedResult(mx, 'adolescent-forced-criminality', 'protected'),
      ]}
      packs={packs}
    />
  ),
};

export const SummaryEmpty: StoryObj = { render: () => <ResultsSummary results={[]} /> };
