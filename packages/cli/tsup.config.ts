import { rutaTsup } from '../../tsup.base';

/**
 * Two builds: the library (`run(argv, io)`, ESM + CJS + types) and the `ruta` executable (ESM only, with a
 * shebang). Each build cleans only its own files, so the two can run side by side.
 */
export default [
  rutaTsup({ index: 'src/index.ts' }, { clean: ['!bin.*'], shims: true }),
  rutaTsup(
    { bin: 'src/bin.ts' },
    { format: ['esm'], dts: false, shims: true, clean: ['!index.*'], banner: { js: '#!/usr/bin/env node' } },
  ),
];
