import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/**
 * Storybook for `@ruta/ui`: the stories read the workspace's sources through the `@ruta/source` condition,
 * so a change to a component shows without building the package first.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: false },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      resolve: { conditions: ['@ruta/source', ...defaultClientConditions] },
      build: { chunkSizeWarningLimit: 4096 },
    });
  },
};

export default config;
