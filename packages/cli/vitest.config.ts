import { mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The tests run the built `ruta` executable as a user would; the global setup rebuilds it, and each library
// it imports, when its build is missing or older than its sources.
export default mergeConfig(shared, { test: { globalSetup: ['test/global-setup.ts'] } });
