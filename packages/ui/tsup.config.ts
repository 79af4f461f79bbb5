import { rutaTsup } from '../../tsup.base';

export default rutaTsup({ "index": 'src/index.ts', "scene": 'src/scene.ts' });
