// `npm run test:e2e -w @ruta/lab` (after run.mjs): the lab's records and trust in Debian's Chromium — the
// results bundle exported from the browser and certified by `ruta certify` (and an edited one refused), the
// xAPI statements file, and certificate verification (valid, tampered, untrusted issuer). Ends with
// "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labDir, launch, servePreview } from './harness.mjs';
import { startLrs } from './lrs-server.mjs';

const require = createRequire(import.meta.url);
const root = join(labDir, '..', '..');
const ruta = join(root, 'packages', 'cli', 'bin', 'ruta.js');
const artifacts = join(labDir, 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'ruta-records-'));

const only = process.argv.slice(2);
const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** Runs the `ruta` command (the CLI of this repository) from the repository root. */
function cli(args) {
  const run = spawnSync(process.execPath, [ruta, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

let server;
let browser;
let page;

async function createProfile() {
  await page.goto(server.url);
  await page.locator('form select').first().selectOption('es');
  await page.locator('form button[type=submit]').click();
  await page.locator('.lab-page h1').first().waitFor();
}

const choiceButtons = () => page.locator('.ruta-player .ruta-choices button');

async function ensureTextMode() {
  const toggle = page.locator('.lab-mode button');
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-pressed')) !== 'true')
    await page.keyboard.press('t');
}

/** Plays the scenario at `route` to its end, always taking the first choice. */
async function playToEnd(route) {
  await page.goto(`${server.url}#/${route}`);
  await choiceButtons().first().waitFor();
  await ensureTextMode();
  for (let i = 0; i < 60 && (await page.locator('.lab-continue a').count()) === 0; i++) {
    // After the last choice the ending shows before its debrief link: wait for one or the other.
    await page.locator('.ruta-player .ruta-choices button, .lab-continue a').first().waitFor();
    if ((await page.locator('.lab-continue a').count()) === 0) await choiceButtons().first().click();
  }
  await page.locator('.lab-continue a').waitFor();
}

/** Clicks `locator` (or presses Enter on the focused element) and returns the downloaded file's text. */
async function downloadFrom(action) {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const file = join(work, download.suggestedFilename());
  await download.saveAs(file);
  return { file, name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

// A test scheme of the program office: the regional scheme's participation certificate, with attendance
// not required (the lab's bundle carries results; the office adds attendance from its sheets).
const { regionalScheme } = await import('@ruta/certification');
const scheme = {
  ...regionalScheme,
  id: 'lab-results-test',
  kinds: { participation: { ...regionalScheme.kinds.participation, minAttendance: 0 } },
};
writeFileSync(join(work, 'scheme.json'), JSON.stringify(scheme));
writeFileSync(
  join(work, 'issuer.json'),
  JSON.stringify({ id: 'https://rcm.example.org/issuer', name: 'Oficina del programa' }),
);
writeFileSync(
  join(work, 'other-issuer.json'),
  JSON.stringify({ id: 'https://other.example.org/issuer', name: 'Otra oficina' }),
);
for (const [prefix, label] of [
  ['rcm', 'program'],
  ['other', 'untrusted'],
]) {
  const made = cli(['keygen', '--alg', 'EdDSA', '--out', join(work, 'keys', prefix)]);
  if (made.code !== 0) throw new Error(`ruta keygen (${label}) failed: ${made.err}`);
}

let bundleFile;
let credential;

/* ---------------------------------------------------------------------------------------------------- */

test('the results bundle, exported from the browser with the keyboard, is certified by ruta certify', async () => {
  await createProfile();
  await playToEnd('play/rcm-regional/identification-border-post');
  // A practice attempt ("try again from here" at the third event): it must not go in the bundle.
  const attemptId = await page.evaluate(
    () => JSON.parse(localStorage.getItem('ruta-lab:attempts')).data[0].id,
  );
  await playToEnd(`practice/${attemptId}/2`);
  const attempts = await page.evaluate(() => JSON.parse(localStorage.getItem('ruta-lab:attempts')).data);
  assert(attempts.length === 2 && attempts.some((a) => a.practice), 'one counted and one practice attempt');

  await page.goto(`${server.url}#/records`);
  await page.locator('h1', { hasText: 'Resultados' }).waitFor();
  // Keyboard only: Tab into the name field, type, Tab to the cohort, type, then Enter submits the form.
  const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('id') ?? '');
  const nameId = await page.locator('.lab-records input').first().getAttribute('id');
  for (let i = 0; i < 40 && (await focusedId()) !== nameId; i++) await page.keyboard.press('Tab');
  assert((await focusedId()) === nameId, 'Tab never reached the name field');
  await page.keyboard.type('Ana Pérez');
  await page.keyboard.press('Tab');
  assert(
    (await page.locator('.lab-records input').nth(1).inputValue()) === 'ana-perez',
    'the id is suggested from the name',
  );
  await page.keyboard.press('Tab');
  await page.keyboard.type('rcm-2026-gt-1');
  await page.screenshot({ path: join(artifacts, 'records.png'), fullPage: true });
  const bundle = await downloadFrom(() => page.keyboard.press('Enter'));
  assert(bundle.name === 'ana-perez-results.json', `the bundle is named ${bundle.name}`);
  await page.locator('.lab-records [role=status]', { hasText: 'ana-perez-results.json' }).waitFor();
  const record = JSON.parse(bundle.text);
  assert(
    record.scenarioResults.length === 1,
    `${record.scenarioResults.length} results in the bundle, expected 1 (practice left out)`,
  );
  const [result] = record.scenarioResults;
  assert(
    result.packId === 'rcm-regional' && /^\d+\.\d+\.\d+$/.test(result.packVersion),
    'pack id and version',
  );
  assert(
    result.events.every((e) => typeof e.type === 'string'),
    'the events are the engine’s events',
  );
  bundleFile = bundle.file;

  const certified = cli([
    'certify',
    '--scheme',
    join(work, 'scheme.json'),
    '--record',
    bundle.file,
    '--packs',
    '@ruta/pack-regional',
    '--key',
    join(work, 'keys', 'rcm.private.jwk'),
    '--issuer',
    join(work, 'issuer.json'),
    '--out',
    join(work, 'certificates'),
  ]);
  assert(certified.code === 0, `ruta certify exited ${certified.code}:\n${certified.out}${certified.err}`);
  assert(
    certified.out.includes('1 verified') || /1\b.*verif/i.test(certified.out),
    `certify did not verify the result:\n${certified.out}`,
  );
  const files = readdirSync(join(work, 'certificates'));
  assert(files.includes('ana-perez-participation.jwt'), `credentials written: ${files.join(', ')}`);
  credential = readFileSync(join(work, 'certificates', 'ana-perez-participation.jwt'), 'utf8').trim();
  const verified = cli([
    'verify',
    join(work, 'certificates', 'ana-perez-participation.jwt'),
    '--trust',
    join(work, 'keys', 'rcm.public.jwk'),
    '--issuer',
    'https://rcm.example.org/issuer',
    '--json',
  ]);
  assert(verified.code === 0, `ruta verify exited ${verified.code}: ${verified.out}${verified.err}`);
  assert(verified.out.includes('Ana Pérez'), 'the credential names the trainee');
});

test('a bundle whose result was edited is refused by ruta certify (replay check)', async () => {
  assert(bundleFile, 'needs the bundle of the previous test');
  const record = JSON.parse(readFileSync(bundleFile, 'utf8'));
  const claimed = record.scenarioResults[0].claimed;
  record.scenarioResults[0].claimed = { overall: claimed.overall === 1 ? 0.5 : 1, outcome: 'protected' };
  const edited = join(work, 'edited.json');
  writeFileSync(edited, JSON.stringify(record));
  const run = cli([
    'certify',
    '--scheme',
    join(work, 'scheme.json'),
    '--record',
    edited,
    '--packs',
    '@ruta/pack-regional',
    '--key',
    join(work, 'keys', 'rcm.private.jwk'),
    '--issuer',
    join(work, 'issuer.json'),
    '--out',
    join(work, 'edited-certs'),
    '--json',
  ]);
  const report = JSON.parse(run.out);
  const refused = report.evaluation.results.refused;
  assert(report.evaluation.results.verified.length === 0, 'the edited result was verified');
  assert(refused.length === 1, `the edited result is not refused: ${run.out.slice(0, 600)}`);
  assert(/mismatch/.test(refused[0].reason), `refused for ${refused[0].reason}`);
});

test('the xAPI statements file: every counted statement, ids stable across exports, no credentials', async () => {
  await page.goto(`${server.url}#/records`);
  await page.locator('.lab-records h2').first().waitFor();
  const button = page.locator('.lab-records button', { hasText: 'xAPI' });
  const first = JSON.parse((await downloadFrom(() => button.click())).text);
  const again = JSON.parse((await downloadFrom(() => button.click())).text);
  assert(first.length > 3, `${first.length} statements`);
  assert(new Set(first.map((s) => s.id)).size === first.length, 'statement ids are unique');
  assert(
    JSON.stringify(first.map((s) => s.id)) === JSON.stringify(again.map((s) => s.id)),
    'ids change between exports',
  );
  assert(
    first.every((s) => s.actor.account.name === 'ana-perez'),
    'the actor is the person id',
  );
  const registrations = new Set(first.map((s) => s.context?.registration));
  assert(
    registrations.size === 1,
    `${registrations.size} registrations: the practice attempt's statements were exported`,
  );
});

test('certificate verification: valid, tampered, untrusted issuer', async () => {
  assert(credential, 'needs the credential of the first test');
  const other = cli([
    'certify',
    '--scheme',
    join(work, 'scheme.json'),
    '--record',
    bundleFile,
    '--packs',
    '@ruta/pack-regional',
    '--key',
    join(work, 'keys', 'other.private.jwk'),
    '--issuer',
    join(work, 'other-issuer.json'),
    '--out',
    join(work, 'other-certs'),
  ]);
  assert(other.code === 0, `certify with the other key exited ${other.code}`);
  const untrusted = readFileSync(join(work, 'other-certs', 'ana-perez-participation.jwt'), 'utf8').trim();
  const [h, p, s] = credential.split('.');
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
  // Edited: valid for longer than the office granted (participation never expires, so a date is added).
  payload.validUntil = '2099-01-01T00:00:00Z';
  const tampered = [h, Buffer.from(JSON.stringify(payload)).toString('base64url'), s].join('.');

  await page.goto(`${server.url}#/verify`);
  await page.locator('.lab-verify h1').waitFor();
  // The program key is added on this device (a public JWK bound to its issuer id).
  await page.locator('.lab-verify fieldset input').fill('https://rcm.example.org/issuer');
  await page
    .locator('.lab-verify fieldset textarea')
    .fill(readFileSync(join(work, 'keys', 'rcm.public.jwk'), 'utf8'));
  await page.locator('.lab-verify fieldset button[type=submit]').click();
  await page.locator('.lab-keys li').waitFor();
  // A private key is refused with a message.
  await page.locator('.lab-verify fieldset input').fill('https://rcm.example.org/issuer');
  await page
    .locator('.lab-verify fieldset textarea')
    .fill(readFileSync(join(work, 'keys', 'rcm.private.jwk'), 'utf8'));
  await page.locator('.lab-verify fieldset button[type=submit]').click();
  await page.locator('.lab-verify .lab-problem', { hasText: 'privada' }).waitFor();
  assert((await page.locator('.lab-keys li').count()) === 1, 'the private key was added');

  const check = async (jwt) => {
    await page.locator('.lab-verify textarea').first().fill(jwt);
    await page.locator('.lab-verify form').first().locator('button[type=submit]').click();
    await page.locator('.ruta-verification').waitFor();
    return page.locator('.lab-verify-result').textContent();
  };
  const valid = await check(credential);
  assert(valid.includes('Ana Pérez'), `the valid credential does not show its holder:\n${valid}`);
  assert(await page.locator('.ruta-verification.ruta-valid').count(), `not shown as valid:\n${valid}`);
  assert(valid.includes('Oficina del programa'), 'the issuer is shown');
  await page.screenshot({ path: join(artifacts, 'verify-valid.png'), fullPage: true });
  const bad = await check(tampered);
  assert(
    await page.locator('.ruta-verification.ruta-invalid').count(),
    `the tampered credential is not refused:\n${bad}`,
  );
  assert(bad.includes('bad-signature'), `the tampered credential: ${bad}`);
  const unknown = await check(untrusted);
  assert(unknown.includes('unknown-issuer'), `the untrusted issuer's credential: ${unknown}`);
  // After a reload the added key is still trusted.
  await page.reload();
  assert((await check(credential)).includes('Ana Pérez'), 'the added key is kept on this device');
  // Removing the key: the same credential is no longer trusted.
  await page.locator('.lab-keys button').click();
  assert((await check(credential)).includes('unknown-issuer'), 'the removed key is still trusted');
});

let lrs;
/** The ids of the statements of every counted attempt, as the records page exports them. */
async function exportedIds() {
  await page.goto(`${server.url}#/records`);
  const button = page.locator('.lab-records button', { hasText: 'xAPI' });
  await button.waitFor();
  const { text } = await downloadFrom(() => button.click());
  return { ids: JSON.parse(text).map((s) => s.id), text };
}
/** Waits until the test LRS holds `ids` (or throws after `ms`). */
async function arrived(ids, ms = 45_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (ids.every((id) => lrs.stored.has(id))) return;
    await page.waitForTimeout(250);
  }
  const missing = ids.filter((id) => !lrs.stored.has(id)).length;
  throw new Error(
    `${missing} of ${ids.length} statements never reached the LRS; refusals: ${JSON.stringify(lrs.refusals)}`,
  );
}
const queuedInBrowser = () =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('ruta-lab-xapi');
        req.onsuccess = () => {
          const count = req.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );

test('the test LRS checks the version header and basic auth', async () => {
  lrs = await startLrs();
  const statement = {
    actor: { account: { homePage: 'https://lab.example', name: 'x' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/launched' },
    object: { id: 'https://lab.example/a' },
  };
  const post = (headers) =>
    fetch(`${lrs.endpoint}statements`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify([statement]),
    });
  const auth = `Basic ${Buffer.from(`${lrs.key}:${lrs.secret}`).toString('base64')}`;
  assert(
    (await post({ Authorization: auth })).status === 400,
    'a request without the version header is accepted',
  );
  assert(
    (await post({ 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic eDp5' })).status === 401,
    'wrong credentials are accepted',
  );
  const valid = await post({ 'X-Experience-API-Version': '1.0.3', Authorization: auth });
  assert(valid.status === 200, `a valid statement is refused (${valid.status})`);
  const bad = await fetch(`${lrs.endpoint}statements`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: auth },
    body: JSON.stringify([{ ...statement, verb: { id: 'not an iri' } }]),
  });
  assert(bad.status === 400, 'xapi-validation lets an invalid verb through');
  lrs.stored.clear();
  lrs.deliveries.clear();
  lrs.refusals.length = 0;
});

test('xAPI to an LRS: every statement arrives once, with the version header; credentials never exported', async () => {
  assert(lrs, 'needs the test LRS');
  const { ids } = await exportedIds();
  await page.goto(`${server.url}#/records`);
  const lrsForm = page.locator('.lab-records form').nth(1);
  await lrsForm.locator('input').nth(0).fill(lrs.endpoint);
  await lrsForm.locator('input').nth(1).fill(lrs.key);
  await lrsForm.locator('input').nth(2).fill(lrs.secret);
  await lrsForm.locator('button[type=submit]').click();
  await arrived(ids);
  await page.locator('.lab-lrs-state', { hasText: 'Nada en espera' }).waitFor();
  await page.screenshot({ path: join(artifacts, 'records-lrs.png'), fullPage: true });
  assert(lrs.stored.size === ids.length, `${lrs.stored.size} statements stored, ${ids.length} expected`);
  const twice = [...lrs.deliveries.values()].filter((n) => n > 1).length;
  assert(twice === 0, `${twice} statements were sent twice`);
  assert(lrs.refusals.length === 0, `the LRS refused: ${JSON.stringify(lrs.refusals)}`);
  // A reload sends nothing again.
  await page.reload();
  await page.locator('.lab-lrs-state', { hasText: `${ids.length} enviadas` }).waitFor();
  assert(
    [...lrs.deliveries.values()].every((n) => n === 1),
    'a reload sent statements again',
  );
  // The key and secret stay on this device: neither export holds them.
  const again = await exportedIds();
  const bundle = await downloadFrom(() =>
    page.locator('.lab-records form').first().locator('button[type=submit]').click(),
  );
  for (const text of [again.text, bundle.text])
    assert(!text.includes(lrs.secret) && !text.includes(lrs.key), 'an export holds the LRS credentials');
});

test('the LRS stops in the middle of a batch and restarts: every statement arrives exactly once', async () => {
  assert(lrs, 'needs the test LRS');
  const before = new Set(lrs.stored.keys());
  lrs.crashMidBatch(3);
  await playToEnd('play/rcm-regional/identification-border-post');
  for (let i = 0; i < 100 && lrs.listening; i++) await page.waitForTimeout(100);
  assert(!lrs.listening, 'the LRS never received the batch');
  await page.waitForTimeout(1500);
  assert((await queuedInBrowser()) > 0, 'the queue is empty while the LRS is down');
  await lrs.restart();
  const { ids } = await exportedIds();
  await arrived(ids);
  const fresh = ids.filter((id) => !before.has(id));
  assert(fresh.length > 3, `${fresh.length} new statements`);
  assert(
    lrs.stored.size === ids.length,
    `${lrs.stored.size} stored, ${ids.length} expected: each exactly once`,
  );
  assert(lrs.refusals.length === 0, `the LRS refused: ${JSON.stringify(lrs.refusals)}`);
  assert((await queuedInBrowser()) === 0, 'statements are still queued');
});

test('a reload while the queue is not empty loses nothing', async () => {
  assert(lrs, 'needs the test LRS');
  await lrs.stop();
  await playToEnd('play/rcm-regional/identification-border-post');
  await page.goto(`${server.url}#/records`);
  await page.locator('.lab-lrs-state', { hasText: 'en espera' }).waitFor();
  const queued = await queuedInBrowser();
  assert(queued > 3, `${queued} statements queued while the LRS is down`);
  await page.reload();
  await page.locator('.lab-lrs-state').waitFor();
  assert((await queuedInBrowser()) === queued, 'the reload lost queued statements');
  await lrs.restart();
  const { ids } = await exportedIds();
  await arrived(ids);
  assert(lrs.stored.size === ids.length, `${lrs.stored.size} stored, ${ids.length} expected`);
  assert(lrs.refusals.length === 0, `the LRS refused: ${JSON.stringify(lrs.refusals)}`);
});

test('packs at run time: an invalid pack shows its issues and changes nothing; a valid one plays, updates, is removed', async () => {
  const regional = JSON.parse(readFileSync(require.resolve('@ruta/pack-regional/pack.json'), 'utf8'));
  const scenario = regional.scenarios.find((s) => s.id === 'identification-border-post');
  const valid = {
    ...regional,
    id: 'rcm-imported',
    version: '1.0.0',
    title: { es: 'Paquete importado', en: 'Imported pack', fr: 'Paquet importé' },
    scenarios: [scenario],
  };
  delete valid.journeys;
  const firstNode = scenario.start;
  const broken = structuredClone(valid);
  broken.scenarios[0].nodes[firstNode].choices[0].to = 'no-such-node';
  const libraryCards = async () => {
    await page.goto(`${server.url}#/library`);
    await page.locator('.lab-cards').first().waitFor();
    return page.locator('.lab-cards > li').count();
  };
  const upload = async (pack, name) => {
    await page.goto(`${server.url}#/packs`);
    await page.locator('.lab-packs h1').waitFor();
    await page
      .locator('.lab-packs input[type=file]')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await page.locator('.lab-import-result p').first().waitFor();
  };
  await page.goto(server.url);
  if ((await page.evaluate(() => localStorage.getItem('ruta-lab:profile'))) === null) await createProfile();
  const before = await libraryCards();
  await upload(broken, 'broken.json');
  await page.locator('.lab-import-result .lab-problem').waitFor();
  const panel = await page.locator('.lab-import-result').textContent();
  assert(panel.includes('no-such-node'), `the issues do not name the missing node: ${panel}`);
  assert(panel.includes(`scenarios[0].nodes.${firstNode}.choices[0].to`), `the issue has no path: ${panel}`);
  await page.screenshot({ path: join(artifacts, 'packs-invalid.png'), fullPage: true });
  assert((await libraryCards()) === before, 'the invalid pack changed the library');

  await upload(valid, 'valid.json');
  await page.locator('.lab-added').waitFor();
  assert((await libraryCards()) === before + 1, 'the valid pack is not in the library');
  await page.reload();
  await page.locator('.lab-cards').first().waitFor();
  assert((await page.locator('.lab-cards > li').count()) === before + 1, 'the imported pack did not persist');
  await playToEnd('play/rcm-imported/identification-border-post');
  await page.locator('.lab-continue a').click();
  await page.locator('h1', { hasText: 'Análisis' }).waitFor();
  const debriefUrl = page.url();

  // A newer version whose choices have other ids: the old one is kept while the attempt played on it refers
  // to it, and that attempt's debrief still replays on the version it was played on.
  const newer = structuredClone({ ...valid, version: '1.1.0' });
  for (const node of Object.values(newer.scenarios[0].nodes))
    for (const choice of node.choices ?? []) choice.id = `${choice.id}-v2`;
  await upload(newer, 'valid-1.1.0.json');
  await page.locator('.lab-added', { hasText: '1.1.0' }).waitFor();
  const item = page.locator('.lab-pack-list li[data-pack=rcm-imported]');
  const text = await item.textContent();
  assert(text.includes('1.1.0') && text.includes('1.0.0'), `the old version is not kept: ${text}`);
  await page.screenshot({ path: join(artifacts, 'packs.png'), fullPage: true });
  await page.goto(debriefUrl);
  await page.reload();
  await page.locator('h1', { hasText: 'Análisis' }).waitFor();
  await page.locator('.ruta-debrief, [role=alert]').first().waitFor();
  assert(
    (await page.locator('.ruta-debrief').count()) === 1,
    `the debrief of an attempt on 1.0.0 does not replay after 1.1.0 was imported: ${await page.locator('main').textContent()}`,
  );

  await page.goto(`${server.url}#/packs`);
  await page.locator('.lab-packs h1').waitFor();
  await item.locator('button').click();
  await page.locator('.lab-packs [role=status]', { hasText: 'quitado' }).waitFor();
  assert((await page.locator('.lab-pack-list li[data-pack=rcm-imported]').count()) === 0, 'still listed');
  assert((await libraryCards()) === before, 'the removed pack is still in the library');
  await page.reload();
  await page.locator('.lab-cards').first().waitFor();
  assert(
    (await page.locator('.lab-cards > li').count()) === before,
    'the removed pack came back after a reload',
  );
});

test('axe-core finds no violations on the records, packs and verification pages', async () => {
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.goto(server.url);
  if ((await page.evaluate(() => localStorage.getItem('ruta-lab:profile'))) === null) await createProfile();
  for (const [route, ready] of [
    ['records', '.lab-records h1'],
    ['packs', '.lab-packs h1'],
    ['verify', '.lab-verify h1'],
  ]) {
    await page.goto(`${server.url}#/${route}`);
    await page.locator(ready).waitFor();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    });
    assert(violations.length === 0, `axe on #/${route}:\n    ${violations.join('\n    ')}`);
  }
});

test('offline: after one visit, with the network cut, the lab reloads and a scenario plays to its end', async () => {
  // Every file of the build is precached: the pages, every pack's scenarios in every language, the scenes.
  const sw = readFileSync(join(labDir, 'dist', 'sw.js'), 'utf8');
  const assets = readdirSync(join(labDir, 'dist', 'assets')).filter((f) => f.endsWith('.js'));
  const missing = assets.filter((f) => !sw.includes(`assets/${f}`));
  assert(missing.length === 0, `not precached: ${missing.join(', ')}`);

  const fresh = await launch();
  try {
    const tab = fresh.context.pages()[0] ?? (await fresh.context.newPage());
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(server.url);
    await tab.locator('form button[type=submit]').click();
    await tab.locator('.lab-page h1').first().waitFor();
    await tab.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const cdp = await fresh.context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const reachable = await tab.evaluate(
      (url) =>
        fetch(`${url}not-cached-${Date.now()}.txt`).then(
          () => true,
          () => false,
        ),
      server.url,
    );
    assert(!reachable, 'the network is not cut');
    await tab.reload();
    await tab.locator('.lab-page h1').first().waitFor();
    await tab.goto(`${server.url}#/play/rcm-regional/identification-border-post`);
    await tab.reload();
    const choices = tab.locator('.ruta-player .ruta-choices button');
    await choices.first().waitFor();
    const toggle = tab.locator('.lab-mode button');
    if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-pressed')) !== 'true')
      await tab.keyboard.press('t');
    for (let i = 0; i < 60 && (await tab.locator('.lab-continue a').count()) === 0; i++) {
      await tab.locator('.ruta-player .ruta-choices button, .lab-continue a').first().waitFor();
      if ((await tab.locator('.lab-continue a').count()) === 0) await choices.first().click();
    }
    await tab.locator('.lab-continue a').click();
    await tab.locator('h1', { hasText: 'Análisis' }).waitFor();
    await tab.screenshot({ path: join(artifacts, 'offline-debrief.png') });
    assert(errors.length === 0, `page errors offline: ${errors.join('; ')}`);
  } finally {
    await fresh.close();
  }
});

test('a new version is offered, never in the middle of a play, and taken only when the trainee asks', async () => {
  // A copy of the build on a port of its own: the new version is deployed by restarting the server on it.
  const copy = join(work, 'dist-copy');
  cpSync(join(labDir, 'dist'), copy, { recursive: true });
  const port = 4800 + Math.floor(Math.random() * 400);
  let site = await servePreview(copy, port);
  const swFile = join(copy, 'sw.js');
  const original = readFileSync(swFile, 'utf8');
  const fresh = await launch();
  try {
    const tab = fresh.context.pages()[0] ?? (await fresh.context.newPage());
    await tab.goto(site.url);
    await tab.locator('form button[type=submit]').click();
    await tab.locator('.lab-page h1').first().waitFor();
    await tab.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // A later visit: the page is now served by the service worker.
    await tab.goto(`${site.url}#/play/rcm-regional/identification-border-post`);
    await tab.reload();
    assert(
      await tab.evaluate(() => navigator.serviceWorker.controller !== null),
      'the page is not served by the worker',
    );
    await tab.locator('.ruta-player .ruta-choices button').first().waitFor();
    await tab.locator('.ruta-player .ruta-choices button').first().click();
    await tab.evaluate(() => {
      window.__samePage = true;
    });
    // A new build is deployed: the service worker changes.
    site.stop();
    await new Promise((r) => setTimeout(r, 500));
    writeFileSync(swFile, `${original}\n// a new version ${Date.now()}\n`);
    site = await servePreview(copy, port);
    const served = await (await fetch(`${site.url}sw.js`)).text();
    assert(served.includes('a new version'), 'the new service worker is not served');
    await tab.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      for (let i = 0; i < 100 && !registration.waiting; i++) await new Promise((r) => setTimeout(r, 100));
      if (!registration.waiting) throw new Error('the new version was not installed beside the running one');
    });
    await tab.waitForTimeout(500);
    assert((await tab.locator('.lab-update').count()) === 0, 'an update is offered in the middle of a play');
    assert(await tab.evaluate(() => window.__samePage === true), 'the page reloaded by itself');
    await tab.goto(`${site.url}#/library`);
    await tab.locator('.lab-update').waitFor();
    assert(await tab.evaluate(() => window.__samePage === true), 'the page reloaded by itself');
    await tab.locator('.lab-update button').first().click();
    await tab.waitForFunction(() => window.__samePage === undefined, null, { timeout: 20_000 });
    await tab.locator('.lab-page h1').first().waitFor();
  } finally {
    await fresh.close();
    site.stop();
  }
});

/* ---------------------------------------------------------------------------------------------------- */

let passed = 0;
let failed = 0;
try {
  server = await servePreview();
  browser = await launch();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const [index, { name, fn }] of tests.entries()) {
    if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
    const started = Date.now();
    try {
      await fn();
      assert(errors.length === 0, `page errors: ${errors.splice(0).join('; ')}`);
      passed++;
      console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      await page
        ?.screenshot({ path: join(artifacts, `records-failed-${index + 1}.png`), fullPage: true })
        .catch(() => {});
      console.log(`  ✗ ${name}\n    ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} catch (error) {
  failed++;
  console.log(
    `  ✗ the records tests could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
} finally {
  await browser?.close();
  await lrs?.stop();
  server?.stop();
  rmSync(work, { recursive: true, force: true });
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
