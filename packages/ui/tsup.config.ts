import { rutaTsup } from '../../tsup.base';

/**
 * Two entries: the main one (React only) and `scene` (react-three-fiber and three). React, three and r3f
 * are peers and stay external, so the main entry never pulls three into an app's first load.
 */
export default rutaTsup(
  { index: 'src/index.ts', scene: 'src/scene.ts' },
  {
    target: 'es2022',
    external: ['react', 'react-dom', 'react/jsx-runtime', 'three', '@react-three/fiber'],
    esbuildOptions(options) {
      options.jsx = 'automatic';
    },
  },
);
