import { rutaTsup } from '../../tsup.base';

export default rutaTsup({
  index: 'src/index.ts',
  analysis: 'src/analysis.ts',
  testing: 'src/testing.ts',
  validate: 'src/validate.ts',
  xapi: 'src/xapi.ts',
});
