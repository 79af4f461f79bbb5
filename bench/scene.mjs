/**
 * The 3D scene rows of the bench: for each of the 11 environments of @ruta/ui/scene, drawn by real WebGL
 * (ANGLE + SwiftShader) in headless Chromium, the draw calls and triangles of one frame (`renderer.info`) and
 * the median frame time beside a bare three.js scene with the same camera and canvas (the ratio is the
 * figure); and the gzip size of the `@ruta/ui/scene` entry without three.
 *
 *   node scene.mjs                 print the scene rows (used by run.mjs)
 *   node scene.mjs --shots [dir]   also save a screenshot of each environment (default .cache/scene-shots)
 *
 * The page (scene/index.html) is built with Vite from the built package, served from this process and
 * opened with Debian's /usr/bin/chromium through playwright-core (no browser is downloaded).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..');
export const sceneEnvironments = [
  'border-post',
  'bus-terminal',
  'port',
  'worksite',
  'farm',
  'street',
  'office',
  'shelter',
  'hospital',
  'consulate',
  'courtroom',
];
const budget = { drawCalls: 60, triangles: 60_000 };
const chromium = '/usr/bin/chromium';

/** gzip -6 of the scene entry bundled and minified: with @react-three/fiber (and its reconciler) but without
 * three and React, and with every peer external (the package's own code). */
async function sceneEntrySize() {
  const { build } = await import('esbuild');
  const entry = join(repo, 'packages/ui/dist/scene.js');
  statSync(entry);
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    external: ['three', 'react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  const own = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    external: ['three', 'react', 'react-dom', 'react/jsx-runtime', '@react-three/fiber', '@ruta/*'],
    logLevel: 'silent',
  });
  return {
    gzipBytes: gzipSync(code, { level: 6 }).length,
    ownGzipBytes: gzipSync(own.outputFiles[0].contents, { level: 6 }).length,
  };
}

async function buildPage(outDir, fromSource) {
  const { build } = await import('vite');
  if (fromSource) process.env.RUTA_SOURCE = '1';
  process.env.RUTA_SCENE_OUT = outDir;
  await build({ configFile: join(here, 'scene/vite.config.mjs'), logLevel: 'error' });
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
function serve(dir) {
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    try {
      const body = readFileSync(path.endsWith('/') ? join(path, 'index.html') : path);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * In the page: stop r3f's loop, then time `frames` renders of the scene and of a bare three.js scene (a
 * ground, a box, the same two kinds of light) with the same camera, canvas size and pixel ratio, alternating
 * in rounds. Each render ends with a 1-pixel readPixels so the GPU work is inside the timing.
 */
function measureInPage({ frames, rounds }) {
  const state = window.__scene;
  const THREE = window.__three;
  state.setFrameloop('never');
  const gl = state.gl;
  const size = gl.getSize(new THREE.Vector2());
  const bare = new THREE.WebGLRenderer({ antialias: true });
  bare.setPixelRatio(gl.getPixelRatio());
  bare.setSize(size.x, size.y);
  document.body.appendChild(bare.domElement);
  const baseline = new THREE.Scene();
  baseline.background = new THREE.Color('#8fb8de');
  baseline.add(new THREE.HemisphereLight('#ffffff', '#886644', 1.2));
  const sun = new THREE.DirectionalLight('#ffffff', 2);
  sun.position.set(-20, 30, 15);
  baseline.add(sun);
  const ground = new THREE.Mesh(
    new THREE.PlaneGeometry(200, 200),
    new THREE.MeshLambertMaterial({ color: '#9a8a70' }),
  );
  ground.rotation.x = -Math.PI / 2;
  baseline.add(ground);
  const box = new THREE.Mesh(
    new THREE.BoxGeometry(2, 2, 2),
    new THREE.MeshLambertMaterial({ color: '#c0392b' }),
  );
  box.position.set(0, 1, 0);
  baseline.add(box);
  const pixel = new Uint8Array(4);
  const frame = (renderer, scene) => {
    const t0 = performance.now();
    renderer.render(scene, state.camera);
    const ctx = renderer.getContext();
    ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel);
    return performance.now() - t0;
  };
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
  };
  for (let i = 0; i < 5; i++) {
    frame(gl, state.scene);
    frame(bare, baseline);
  }
  frame(gl, state.scene);
  const info = { drawCalls: gl.info.render.calls, triangles: gl.info.render.triangles };
  const sceneTimes = [];
  const bareTimes = [];
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    const a = [];
    const b = [];
    for (let i = 0; i < frames; i++) {
      b.push(frame(bare, baseline));
      a.push(frame(gl, state.scene));
    }
    sceneTimes.push(median(a));
    bareTimes.push(median(b));
    ratios.push(median(a) / median(b));
  }
  bare.dispose();
  bare.domElement.remove();
  return { ...info, frameMs: median(sceneTimes), bareFrameMs: median(bareTimes), ratio: median(ratios) };
}

/** Runs the scene rows. `target(name, value, goal, met)` records a row; returns the per-environment figures. */
export async function sceneBench({
  smoke = false,
  target = () => {},
  log = () => {},
  shots,
  fromSource = false,
  only = sceneEnvironments,
} = {}) {
  const { chromium: launcher } = await import('playwright-core');
  const results = { environments: [], entry: null };
  if (!fromSource) {
    results.entry = await sceneEntrySize();
    const kb = (bytes) => Math.round(bytes / 102.4) / 10;
    log(
      `  @ruta/ui/scene: ${kb(results.entry.ownGzipBytes)} KB gzip with its peers (React, three, @react-three/fiber) external; ${kb(results.entry.gzipBytes)} KB with @react-three/fiber bundled`,
    );
    target(
      '@ruta/ui/scene, peers (React, three, r3f) external (gzip KB)',
      kb(results.entry.ownGzipBytes),
      '≤ 60',
      results.entry.ownGzipBytes <= 60 * 1024,
    );
    target(
      '@ruta/ui/scene with @react-three/fiber, without three and React (gzip KB)',
      kb(results.entry.gzipBytes),
      'reported',
      true,
    );
  }
  const pageDir = join(here, '.cache/scene-page');
  await buildPage(pageDir, fromSource);
  const server = await serve(pageDir);
  const profile = mkdtempSync(join(tmpdir(), 'ruta-scene-chromium-'));
  // A fresh profile each run (playwright's persistent context is how it takes a user data dir).
  const launch = (dir, extra = []) =>
    launcher.launchPersistentContext(dir, {
      executablePath: chromium,
      viewport: { width: 1000, height: 600 },
      deviceScaleFactor: 1,
      args: [...flags, ...extra],
    });
  const flags = [
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
  const browser = await launch(profile);
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (shots) mkdirSync(shots, { recursive: true });
    for (const environment of only) {
      const url = `http://127.0.0.1:${server.address().port}/index.html?env=${environment}&n=5&speaker=ana`;
      await page.goto(url);
      await page.waitForFunction(() => window.__scene !== undefined, null, { timeout: 60_000 });
      await page.waitForTimeout(smoke ? 300 : 1500);
      if (errors.length) throw new Error(`scene page ${environment}: ${errors.join('; ')}`);
      if (shots) await page.locator('#root').screenshot({ path: join(shots, `${environment}.png`) });
      const m = await page.evaluate(
        measureInPage,
        smoke ? { frames: 3, rounds: 1 } : { frames: 7, rounds: 3 },
      );
      results.environments.push({ environment, ...m });
      log(
        `  ${environment}: ${m.drawCalls} draw calls, ${m.triangles} triangles, ${m.frameMs.toFixed(2)} ms/frame (bare three.js ${m.bareFrameMs.toFixed(2)} ms, ×${m.ratio.toFixed(2)})`,
      );
      target(
        `scene ${environment}: draw calls`,
        m.drawCalls,
        `≤ ${budget.drawCalls}`,
        m.drawCalls <= budget.drawCalls,
      );
      target(
        `scene ${environment}: triangles`,
        m.triangles,
        `≤ ${budget.triangles}`,
        m.triangles <= budget.triangles,
      );
      target(
        `scene ${environment}: frame time ÷ bare three.js`,
        Math.round(m.ratio * 100) / 100,
        'reported',
        true,
      );
    }
    await browser.close();
    // Without a software rasterizer there is no WebGL: the view must say so and leave the page alive.
    const bare = mkdtempSync(join(tmpdir(), 'ruta-scene-chromium-'));
    const noGl = await launch(bare, ['--disable-software-rasterizer']);
    try {
      const page = noGl.pages()[0] ?? (await noGl.newPage());
      await page.goto(`http://127.0.0.1:${server.address().port}/index.html?env=courtroom`);
      const reason = await page
        .waitForFunction(() => window.__unavailable, null, { timeout: 30_000 })
        .then((h) => h.jsonValue())
        .catch(() => null);
      results.withoutWebGL = reason;
      log(`  without WebGL: onUnavailable(${JSON.stringify(reason)})`);
      target(
        'scene without WebGL: onUnavailable called (the app shows the text mode)',
        reason ?? 'not called',
        "'no-webgl'",
        reason === 'no-webgl',
      );
    } finally {
      await noGl.close();
      rmSync(bare, { recursive: true, force: true });
    }
  } finally {
    await browser.close().catch(() => {});
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--shots');
  const shots =
    i < 0
      ? undefined
      : process.argv[i + 1] && !process.argv[i + 1].startsWith('--')
        ? resolve(process.argv[i + 1])
        : join(here, '.cache/scene-shots');
  const rows = [];
  await sceneBench({
    smoke: process.argv.includes('--smoke'),
    shots,
    fromSource: process.argv.includes('--source'),
    only: process.argv.includes('--only')
      ? process.argv[process.argv.indexOf('--only') + 1].split(',')
      : undefined,
    log: (m) => process.stderr.write(`${m}\n`),
    target: (name, value, goal, met) => rows.push({ name, value, goal, met }),
  });
  for (const r of rows) process.stdout.write(`${r.met ? '✓' : '✗'} ${r.name}: ${r.value} (${r.goal})\n`);
}
