import type { Decorator, Preview } from '@storybook/react-vite';
import { RutaFrame } from '../src/frame';

/** Every story renders inside the Ruta frame: the language (toolbar, or the story's own) and the settings. */
const withRuta: Decorator = (Story, context) => {
  const ruta = (context.parameters.ruta ?? {}) as Parameters<typeof RutaFrame>[0];
  const lang = ruta.lang ?? (context.globals.lang as 'es' | 'en' | 'fr' | undefined) ?? 'es';
  return (
    <RutaFrame key={lang} {...ruta} lang={lang}>
      <Story />
    </RutaFrame>
  );
};

const preview: Preview = {
  decorators: [withRuta],
  globalTypes: {
    lang: {
      description: 'Language of the interface and of the pack texts',
      toolbar: {
        title: 'Idioma / Language / Langue',
        icon: 'globe',
        items: [
          { value: 'es', title: 'Español' },
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'es' },
  parameters: {
    layout: 'padded',
    options: { storySort: { order: ['Docs', 'Play', 'After play', 'Program', 'Frame', 'Scene'] } },
  },
};

export default preview;
