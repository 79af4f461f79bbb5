// The lab's first-load budget, read from the build output (dist/.vite/manifest.json): the JavaScript a
// browser downloads from opening the lab on a scenario's play page until its first choice is playable in
// text mode — the entry, the play page, their static imports, the interface messages in that language, and the
// pack's shell and scenario chunks.
// Taken for every scenario in every language; the figure is the largest (whichever a trainee opens first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const firstLoadBudgetBytes = 150 * 1024;

/** @param {string} dist */
export function firstLoad(dist) {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`no build manifest at ${manifestPath}: run npm run build -w @ruta/lab`);
  /** @type {Record<string, { file: string; imports?: string[]; isEntry?: boolean }>} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const gz = new Map();
  const size = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file)), { level: 6 }).length);
    return gz.get(file);
  };
  const closure = (keys) => {
    const seen = new Set();
    const visit = (key) => {
      if (seen.has(key)) return;
      const chunk = manifest[key];
      if (chunk === undefined) throw new Error(`the build manifest has no chunk "${key}"`);
      seen.add(key);
      for (const next of chunk.imports ?? []) visit(next);
    };
    keys.forEach(visit);
    return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  };
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const playPage = Object.keys(manifest).find((key) => key.endsWith('pages/PlayPage.tsx'));
  if (entry === undefined || playPage === undefined)
    throw new Error('the build manifest has no entry or no play page');
  const scenarios = Object.keys(manifest).filter(
    (key) => key.startsWith('virtual:ruta-pack/') && key.includes('/scenario/'),
  );
  const perScenario = scenarios.map((key) => {
    const [index, , id, lang] = key.slice('virtual:ruta-pack/'.length).split('/');
    const messages = `virtual:ruta-messages/${lang}`;
    const parts = [entry, playPage, `virtual:ruta-pack/${index}/shell/${lang}`, key];
    if (manifest[messages] !== undefined) parts.push(messages);
    const files = closure(parts);
    return {
      scenario: `${id} (${lang})`,
      files,
      gzipBytes: files.reduce((sum, file) => sum + size(file), 0),
    };
  });
  perScenario.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const all = Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => f.endsWith('.js'));
  // three.js announces itself in its bundle (`REVISION`, the renderer's class); certification code by its scheme.
  const threeFiles = [...new Set(all)].filter((f) =>
    readFileSync(join(dist, f), 'utf8').includes('WebGLRenderer'),
  );
  return {
    worst: perScenario[0],
    best: perScenario[perScenario.length - 1],
    scenarios: perScenario.length,
    entryFiles: closure([entry]),
    totalGzipBytes: [...new Set(all)].reduce((sum, file) => sum + size(file), 0),
    totalFiles: new Set(all).size,
    threeFiles,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = firstLoad(join(import.meta.dirname, '..', 'dist'));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `first load to a playable scenario in text mode: ${kb(report.worst.gzipBytes)} gzip at most (${report.worst.scenario}, ${report.worst.files.length} files), ${kb(report.best.gzipBytes)} at least; budget ${kb(firstLoadBudgetBytes)}`,
  );
  console.log(report.worst.files.map((f) => `  ${f}`).join('\n'));
}
