import { LanguageSwitcher, SettingsPanel } from '@ruta/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';

const meta = { title: 'Frame/Controls' } satisfies Meta;
export default meta;

export const Language: StoryObj = { render: () => <LanguageSwitcher /> };
export const LanguageFrench: StoryObj = {
  render: () => <LanguageSwitcher />,
  parameters: { ruta: { lang: 'fr' } },
};
export const Settings: StoryObj = { render: () => <SettingsPanel /> };
export const SettingsEnglishAllOn: StoryObj = {
  render: () => <SettingsPanel />,
  parameters: {
    ruta: {
      lang: 'en',
      settings: { textMode: true, reducedMotion: true, pauseTimer: true, exam: true, textSize: 'large' },
    },
  },
};
