/**
 * Entry point of the Ruta benchmarks (see README.md):
 *   node --expose-gc run.mjs      full run: prints the tables, writes results.json and results.md
 *   node run.mjs --smoke          smallest N, tiny repeat counts: checks that everything still works
 * The benchmarks themselves are in benchmarks.mjs; this only turns a failure (a variant that disagrees,
 * a pack the engine refuses, a missing build) into one clear line and a non-zero exit code.
 */
try {
  await import('./benchmarks.mjs');
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`\nbench failed: ${message}\n`);
  if (error?.code === 'ERR_MODULE_NOT_FOUND')
    process.stderr.write(
      'Build the packages first: npx --no-install turbo run build --filter=./packages/*\n',
    );
  process.exitCode = 1;
}
