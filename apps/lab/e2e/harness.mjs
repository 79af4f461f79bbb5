// The browser-test harness: Debian's Chromium (never a downloaded browser) driven by playwright-core, against
// the built lab served by `vite preview` on 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const labDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const chromiumPath = process.env.RUTA_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts `vite preview` of dist/ on a free port of 127.0.0.1; resolves with its URL. */
export async function servePreview(
  dist = join(labDir, 'dist'),
  port = 4173 + Math.floor(Math.random() * 500),
) {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist} is not built: run npm run build -w @ruta/lab`);
  const vite = join(labDir, 'node_modules', '.bin', 'vite');
  const bin = existsSync(vite) ? vite : join(labDir, '..', '..', 'node_modules', '.bin', 'vite');
  const child = spawn(
    bin,
    [
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--bypass-lock',
      '--outDir',
      dist,
    ],
    {
      cwd: labDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return { url, stop: () => child.kill() };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
    if (child.exitCode !== null)
      throw new Error(`vite preview exited with ${child.exitCode}: ${output.trim()}`);
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}

/** Launches Chromium with a fresh profile directory (removed by close()). */
export async function launch(extraArgs = []) {
  if (!existsSync(chromiumPath))
    throw new Error(
      `no Chromium at ${chromiumPath}: install Debian's (apt-get install -y chromium) or set RUTA_CHROMIUM`,
    );
  const userDataDir = mkdtempSync(join(tmpdir(), 'ruta-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Launches Chromium for many isolated contexts (playwright gives it a fresh user-data-dir of its own). */
export async function launchBrowser(extraArgs = []) {
  if (!existsSync(chromiumPath))
    throw new Error(
      `no Chromium at ${chromiumPath}: install Debian's (apt-get install -y chromium) or set RUTA_CHROMIUM`,
    );
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
  });
}
