/**
 * The lab's figures (apps/lab), run by benchmarks.mjs after the engine's:
 * - the JavaScript loaded before the first scenario is playable in text mode (gzip, from the build manifest,
 *   the largest over every scenario), against the 150 KB budget;
 * - the bundle holds no signing code and no private key;
 * - navigation to the first clickable choice in text mode, in headless Chromium with 4× CPU throttling (CDP),
 *   beside a bare React page built by the same Vite: the ratio of the two (goal ≤ 2).
 * The lab is built first (`npm run build -w @ruta/lab`), so the bundle row of the report has a figure. The smoke
 * run (`npm test`) skips it: it needs a browser.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const labDir = join(here, '..', 'apps', 'lab');
const signingMarkers = [
  'signCredential',
  'generateIssuerKeys',
  'exportPrivateJwk',
  'importPKCS8',
  'SignJWT',
  'BEGIN PRIVATE KEY',
];

/** The first-choice time of one page load (ms since navigation start, measured in the page). */
async function timeToChoice(browser, url, profile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript((stored) => {
    for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
    const check = () => {
      const button = document.querySelector('.ruta-choices button');
      if (button && !button.disabled && window.__firstChoice === undefined)
        window.__firstChoice = performance.now();
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  }, profile);
  await page.goto(url);
  const handle = await page.waitForFunction(() => window.__firstChoice, null, { timeout: 120_000 });
  const ms = await handle.jsonValue();
  await context.close();
  return ms;
}

export async function labBench({ results, target, log, smoke, median, medianRatio, round }) {
  if (smoke) {
    log('lab: skipped in the smoke run (it builds the lab and drives a browser)');
    return;
  }
  log('lab: building apps/lab');
  execFileSync('npm', ['run', 'build', '-w', '@ruta/lab'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    cwd: join(here, '..'),
  });
  const { firstLoad, firstLoadBudgetBytes } = await import(
    pathToFileURL(join(labDir, 'build', 'first-load.mjs')).href
  );
  const load = firstLoad(join(labDir, 'dist'));
  const assets = join(labDir, 'dist', 'assets');
  const code = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  const found = signingMarkers.filter((m) => code.includes(m));
  results.lab = {
    firstLoadGzipBytes: load.worst.gzipBytes,
    firstLoadScenario: load.worst.scenario,
    firstLoadFiles: load.worst.files.length,
    signingMarkersFound: found,
  };
  target(
    'lab: JS before the first scenario is playable in text mode (KB gzip)',
    round(load.worst.gzipBytes / 1024, 1),
    '≤ 150',
    load.worst.gzipBytes <= firstLoadBudgetBytes,
  );
  target('lab: signing code or private key in the bundle', found.length, '0', found.length === 0);

  // The baseline: a bare React page built by the same Vite.
  const require = createRequire(join(labDir, 'package.json'));
  const vite = await import(pathToFileURL(require.resolve('vite')).href);
  const react = (await import(pathToFileURL(require.resolve('@vitejs/plugin-react')).href)).default;
  const baselineDist = join(here, '.cache', 'lab-baseline');
  await vite.build({
    root: join(here, 'lab-baseline'),
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    base: './',
    build: { outDir: baselineDist, emptyOutDir: true },
  });

  const { launchBrowser, servePreview } = await import(
    pathToFileURL(join(labDir, 'e2e', 'harness.mjs')).href
  );
  const lab = await servePreview(join(labDir, 'dist'));
  const bare = await servePreview(baselineDist);
  const browser = await launchBrowser();
  const profile = {
    'ruta-lab:profile': JSON.stringify({
      v: 1,
      data: { lang: 'es', role: 'migration-officer', country: 'SV' },
    }),
    'ruta-lab:settings': JSON.stringify({ v: 1, data: { textMode: true } }),
  };
  const labMs = [];
  const bareMs = [];
  const roundsCount = 7;
  try {
    for (let i = 0; i < roundsCount; i++) {
      log(`lab: navigation round ${i + 1} of ${roundsCount}`);
      bareMs.push(await timeToChoice(browser, bare.url, {}));
      labMs.push(
        await timeToChoice(browser, `${lab.url}#/play/rcm-regional/identification-border-post`, profile),
      );
    }
  } finally {
    await browser.close();
    lab.stop();
    bare.stop();
  }
  const ratio = medianRatio(labMs, bareMs);
  results.lab.navigation = {
    rounds: roundsCount,
    cpuThrottling: 4,
    labMs: round(median(labMs)),
    baselineMs: round(median(bareMs)),
    ratio: round(ratio),
  };
  target(
    `lab: navigation to the first clickable choice, text mode, 4× CPU (${round(median(labMs), 0)} ms) ÷ bare React page (${round(median(bareMs), 0)} ms)`,
    round(ratio),
    '≤ 2',
    ratio <= 2,
  );
}
