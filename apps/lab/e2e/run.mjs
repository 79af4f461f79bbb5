// `npm run test:e2e -w @ruta/lab`: the lab's browser tests. Debian's Chromium driven by playwright-core
// against the built lab (dist/, served by `vite preview` on 127.0.0.1). Screenshots of the play page and the
// debrief are saved in e2e/artifacts/. Ends with "N passed, N failed".
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { firstLoad, firstLoadBudgetBytes } from '../build/first-load.mjs';
import { labDir, launch, servePreview } from './harness.mjs';

const require = createRequire(import.meta.url);
const artifacts = join(labDir, 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const regional = JSON.parse(readFileSync(require.resolve('@ruta/pack-regional/pack.json'), 'utf8'));
const scenario = (id) => regional.scenarios.find((s) => s.id === id);
const choiceText = (scenarioId, nodeId, choiceId, lang = 'es') =>
  scenario(scenarioId)
    .nodes[nodeId].choices.find((c) => c.id === choiceId)
    .text[lang].trim();
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const only = process.argv.slice(2);
const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

let server;
let current;
/** A fresh browser profile per test (nothing carried over between tests). */
async function withPage(fn, { init } = {}) {
  const browser = await launch();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (init) await page.addInitScript(init);
  try {
    await fn(page, errors);
  } catch (error) {
    await page
      .screenshot({
        path: join(artifacts, `failed-${tests.findIndex((t) => t.fn === current) + 1}.png`),
        fullPage: true,
      })
      .catch(() => {});
    throw error;
  } finally {
    await browser.close();
  }
}

async function createProfile(page, lang = 'es') {
  await page.goto(server.url);
  await page.locator('form select').first().selectOption(lang);
  await page.locator('form button[type=submit]').click();
  await page.locator('.lab-page h1').first().waitFor();
}

/** Presses Tab until the focused element matches `predicate` (keyboard only). */
async function tabTo(page, predicate, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  throw new Error('Tab never reached the element');
}

const choiceButtons = (page) => page.locator('.ruta-player .ruta-choices button');

async function choiceTexts(page) {
  return (await page.locator('.ruta-player .ruta-choices button > span[lang]').allInnerTexts()).map((t) =>
    t.trim(),
  );
}

async function clickChoice(page, text) {
  const buttons = choiceButtons(page);
  const texts = await choiceTexts(page);
  const index = texts.findIndex((t) => t === text.trim());
  assert(index >= 0, `no choice "${text}" among: ${texts.join(' | ')}`);
  await buttons.nth(index).click();
}

async function nextStage(page) {
  const panel = page.locator('.ruta-journey-player > .ruta-panel');
  await panel.locator('button').first().click();
  await panel.waitFor({ state: 'detached' });
}

async function axeCheck(page, where) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  });
  assert(result.length === 0, `axe found violations on ${where}:\n    ${result.join('\n    ')}`);
}

async function distinctColours(page, locator) {
  const png = await locator.screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return seen.size;
  }, png.toString('base64'));
}

async function ensureTextMode(page) {
  const toggle = page.locator('.lab-mode button');
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-pressed')) !== 'true')
    await page.keyboard.press('t');
}

/* ---------------------------------------------------------------------------------------------------- */

test('a full identification scenario played with the keyboard alone', async () => {
  await withPage(async (page, errors) => {
    await page.goto(server.url);
    // Profile: Tab to the start button, Enter.
    await tabTo(page, () => document.activeElement?.getAttribute('type') === 'submit');
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: 'Inicio' }).waitFor();
    // Library, then the scenario's play link.
    await tabTo(page, () => document.activeElement?.getAttribute('href') === '#/library');
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: 'Biblioteca' }).waitFor();
    await tabTo(
      page,
      () => document.activeElement?.getAttribute('href') === '#/play/rcm-regional/identification-border-post',
    );
    await page.keyboard.press('Enter');
    await choiceButtons(page).first().waitFor();
    await ensureTextMode(page);
    // Into the choices, then the number keys.
    await tabTo(
      page,
      () =>
        document.activeElement?.closest('.ruta-player') !== null &&
        document.activeElement?.tagName === 'BUTTON' &&
        /^\d/.test(document.activeElement.textContent ?? ''),
    );
    let moves = 0;
    while ((await page.locator('.lab-continue a').count()) === 0 && moves < 40) {
      await page.keyboard.press('1');
      moves++;
      await page.waitForTimeout(60);
    }
    assert(moves > 3, `the scenario ended after ${moves} choices`);
    await page.locator('.lab-continue a').waitFor();
    assert(
      await page.evaluate(() => document.activeElement?.closest('.lab-continue') !== null),
      'the debrief link is not focused at the ending',
    );
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: 'Análisis' }).waitFor();
    await page.locator('.ruta-debrief, section[aria-labelledby]').first().waitFor();
    await page.screenshot({ path: join(artifacts, 'debrief.png'), fullPage: true });
    await page.goto(`${server.url}#/history`);
    await page.locator('.lab-table').waitFor();
    const rows = await page.locator('.lab-table tbody tr').count();
    assert(rows === 1, `the history shows ${rows} attempts, expected 1`);
    // The self-check replays the attempt and counts it.
    await page.goto(`${server.url}#/progress`);
    await page.locator('.lab-criteria').first().waitFor({ timeout: 60_000 });
    const selfCheck = await page.locator('.lab-self-check').innerText();
    assert(
      selfCheck.includes('1 resultado contado'),
      'the certification self-check does not count the attempt',
    );
    assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
  });
});

test('a journey across its four stages; a carried value changes what the next stage offers', async () => {
  // At the consulate's first meeting the same words lead on differently: with the trust built at the border
  // she opens up (needs-assessment); with trust 1 carried in she stays silent (silent-meeting).
  const referral = scenario('referral-consular-protection');
  const meeting = referral.nodes['first-meeting'].choices[0].text.es.trim();
  const opensUp = referral.nodes['needs-assessment'].text.es.trim().slice(0, 60);
  const silent = referral.nodes['silent-meeting'].text.es.trim().slice(0, 60);
  const lowTrust = [
    'separate-for-secondary-check',
    'explain-and-offer-care',
    'treat-and-document-later',
    'call-qualified-interpreter',
    'identify-trafficking',
    'alert-police-discreetly',
    'require-complaint',
    'proceed-as-witness',
    'repeat-to-everyone',
  ];
  const firstStage = scenario('identification-border-post');
  const textOf = (choiceId) => {
    for (const node of Object.values(firstStage.nodes))
      for (const c of node.choices ?? []) if (c.id === choiceId) return c.text.es;
    throw new Error(`no choice ${choiceId}`);
  };
  await withPage(async (page, errors) => {
    await createProfile(page);
    // Run 1: the best path at the border (trust 10) through all four stages.
    await page.goto(`${server.url}#/journey/rcm-regional/marisol-honduras-guatemala`);
    await choiceButtons(page).first().waitFor();
    await ensureTextMode(page);
    let afterMeeting;
    for (let stage = 0; stage < 4; stage++) {
      let guard = 0;
      while ((await page.locator('.ruta-journey-player > .ruta-panel').count()) === 0 && guard++ < 40) {
        const atMeeting = stage === 1 && (await choiceTexts(page)).includes(meeting);
        await choiceButtons(page).first().click();
        if (atMeeting) afterMeeting ??= await page.locator('.ruta-player').first().innerText();
        await page.waitForTimeout(30);
      }
      if (stage < 3) await nextStage(page);
    }
    await page.locator('.lab-continue a').waitFor();
    await page.screenshot({ path: join(artifacts, 'journey-end.png'), fullPage: true });
    assert(
      afterMeeting?.includes(opensUp) && !afterMeeting.includes(silent),
      'with the trust built at the border, she opens up at the first meeting',
    );
    await page.locator('.lab-continue a').click();
    await page.locator('h1', { hasText: 'recorrido' }).waitFor();
    const stages = await page.locator('.lab-journey-step').count();
    assert(stages === 4, `the journey debrief shows ${stages} stages, expected 4`);
    // Run 2: a path at the border that leaves trust at 3; the consulate's first meeting is guarded.
    await page.goto(`${server.url}#/journey/rcm-regional/marisol-honduras-guatemala`);
    await choiceButtons(page).first().waitFor();
    for (const id of lowTrust) await clickChoice(page, textOf(id));
    await nextStage(page);
    for (let guard = 0; guard < 10 && !(await choiceTexts(page)).includes(meeting); guard++)
      await choiceButtons(page).first().click();
    await clickChoice(page, meeting);
    const text = await page.locator('.ruta-player').first().innerText();
    assert(
      text.includes(silent) && !text.includes(opensUp),
      'with trust 1 carried in, she stays silent at the first meeting',
    );
    assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
  });
});

test('a reload in the middle of a scenario resumes at the same node with the same notebook', async () => {
  await withPage(async (page) => {
    await createProfile(page);
    await page.goto(`${server.url}#/play/rcm-regional/identification-border-post`);
    await choiceButtons(page).first().waitFor();
    await ensureTextMode(page);
    await choiceButtons(page).first().click();
    await choiceButtons(page).first().click();
    const firstGroup = page.locator('.ruta-group summary').first();
    await firstGroup.click();
    const box = page.locator('.ruta-group input[type=checkbox]').first();
    await box.check();
    const beforeText = await page.locator('.ruta-player').first().innerText();
    const before = await choiceTexts(page);
    const noted = await page.locator('.ruta-noted label').allInnerTexts();
    assert(noted.length === 1, 'one indicator noted before the reload');
    await page.reload();
    await choiceButtons(page).first().waitFor();
    const after = await choiceTexts(page);
    const notedAfter = await page.locator('.ruta-noted label').allInnerTexts();
    assert(
      JSON.stringify(before) === JSON.stringify(after),
      `other choices after reload:\n ${before.join(' | ')}\n ${after.join(' | ')}`,
    );
    assert(
      JSON.stringify(noted) === JSON.stringify(notedAfter),
      `notebook after reload: ${notedAfter.join(', ')} (was ${noted.join(', ')})`,
    );
    const afterText = await page.locator('.ruta-player').first().innerText();
    assert(
      afterText.split('\n').slice(0, 4).join() === beforeText.split('\n').slice(0, 4).join(),
      'the same node text after reload',
    );
  });
});

test('the 3D canvas draws a non-blank image, and the text mode shows the same choices', async () => {
  await withPage(async (page, errors) => {
    await createProfile(page);
    await page.goto(`${server.url}#/play/rcm-regional/identification-border-post`);
    const canvas = page.locator('canvas').first();
    await canvas.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(2500);
    const colours = await distinctColours(page, canvas);
    assert(colours > 50, `the canvas shows only ${colours} distinct colours`);
    await page.screenshot({ path: join(artifacts, 'play.png') });
    const with3d = await choiceTexts(page);
    await page.keyboard.press('t');
    await page.waitForTimeout(300);
    assert((await page.locator('canvas').count()) === 0, 'text mode still shows the canvas');
    const text = await choiceTexts(page);
    assert(
      with3d.length > 0 && JSON.stringify(with3d) === JSON.stringify(text),
      'the text mode shows other choices than the 3D mode',
    );
    await page.screenshot({ path: join(artifacts, 'play-text.png') });
    assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
  });
});

test("the 3D scene's accessible label is in the trainee's language", async () => {
  for (const [lang, start] of [
    ['en', '3D scene: '],
    ['fr', 'Scène 3D : '],
  ]) {
    await withPage(async (page) => {
      await createProfile(page, lang);
      await page.goto(`${server.url}#/play/rcm-regional/identification-border-post`);
      await page.locator('canvas').first().waitFor({ timeout: 60_000 });
      const label = await page.locator('[role=img][data-environment]').first().getAttribute('aria-label');
      assert(label?.startsWith(start), `the ${lang} scene is labelled "${label}"`);
    });
  }
});

test('switching to English and French changes the interface and the pack texts', async () => {
  const title = scenario('identification-border-post').title;
  await withPage(async (page) => {
    await createProfile(page);
    await page.goto(`${server.url}#/play/rcm-regional/identification-border-post`);
    await choiceButtons(page).first().waitFor();
    const first = choiceText(
      'identification-border-post',
      scenario('identification-border-post').start,
      scenario('identification-border-post').nodes[scenario('identification-border-post').start].choices[0]
        .id,
      'es',
    );
    assert((await choiceTexts(page)).includes(first.trim()), 'Spanish choice shown');
    for (const [lang, label, home] of [
      ['en', 'English', 'Home'],
      ['fr', 'Français', 'Accueil'],
    ]) {
      await page.getByRole('button', { name: label }).click();
      await page.locator('nav a', { hasText: home }).waitFor();
      const heading = await page.locator('.ruta-player h2').first().innerText();
      assert(heading.includes(title[lang]), `the scenario title in ${lang}: got "${heading}"`);
      const texts = await choiceTexts(page);
      const expected = scenario('identification-border-post').nodes[
        scenario('identification-border-post').start
      ].choices[0].text[lang];
      assert(texts.includes(expected.trim()), `the choices in ${lang}: ${texts.join(' | ')}`);
      assert((await page.getAttribute('html', 'lang')) === lang, `html lang is ${lang}`);
    }
  });
});

test('axe-core finds no violations on each page', async () => {
  await withPage(async (page) => {
    await page.goto(server.url);
    await page.locator('form').waitFor();
    await axeCheck(page, 'the start page');
    await createProfile(page);
    // One finished attempt, so the debrief and history have content.
    await page.goto(`${server.url}#/play/rcm-regional/identification-border-post`);
    await choiceButtons(page).first().waitFor();
    await ensureTextMode(page);
    await axeCheck(page, 'the play page');
    for (let i = 0; i < 40 && (await page.locator('.lab-continue a').count()) === 0; i++)
      await choiceButtons(page).first().click();
    await page.locator('.lab-continue a').click();
    await page.locator('h1', { hasText: 'Análisis' }).waitFor();
    await page.locator('.lab-debrief h2').first().waitFor();
    await axeCheck(page, 'the debrief');
    for (const [route, ready] of [
      ['', 'h1'],
      ['library', '.lab-cards'],
      ['history', '.lab-table'],
      ['progress', '.lab-criteria'],
      ['profile', 'form'],
      ['journey/rcm-regional/marisol-honduras-guatemala', '.ruta-player'],
    ]) {
      await page.goto(`${server.url}#/${route}`);
      await page.locator(ready).first().waitFor({ timeout: 30_000 });
      await axeCheck(page, `#/${route}`);
    }
  });
});

test('storage full: a message, and play goes on in memory', async () => {
  await withPage(
    async (page) => {
      await page.goto(server.url);
      await page.locator('form button[type=submit]').click();
      await page.locator('.lab-notice-warn').waitFor();
      await page.goto(`${server.url}#/play/rcm-regional/identification-border-post`);
      await choiceButtons(page).first().waitFor();
      assert((await page.locator('[role=alert]').count()) > 0, 'no message about the full storage');
      const before = await choiceTexts(page);
      await choiceButtons(page).first().click();
      assert(JSON.stringify(await choiceTexts(page)) !== JSON.stringify(before), 'play did not go on');
    },
    {
      init: () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      },
    },
  );
});

test('corrupt local data is set aside with a message; the rest is kept', async () => {
  await withPage(async (page) => {
    await createProfile(page, 'en');
    await page.evaluate(() => {
      localStorage.setItem('ruta-lab:attempts', '{"v":1,"data":[{"id":"x"');
      localStorage.setItem('ruta-lab:progress', '{"v":0,"data":{}}');
    });
    await page.reload();
    await page.locator('[role=alert]').first().waitFor();
    const alerts = await page.locator('[role=alert]').allInnerTexts();
    assert(
      alerts.some((a) => a.includes('history of attempts')),
      `no message about the attempts: ${alerts.join(' / ')}`,
    );
    assert(
      alerts.some((a) => a.includes('old format')),
      `no message about the old format: ${alerts.join(' / ')}`,
    );
    assert(
      (await page.locator('h1', { hasText: 'Home' }).count()) === 1,
      'the profile (English) was not kept',
    );
    const setAside = await page.evaluate(
      () => Object.keys(localStorage).filter((k) => k.includes('set-aside')).length,
    );
    assert(setAside === 2, `${setAside} parts set aside, expected 2`);
  });
});

test('the first-load budget, from the build output', async () => {
  const report = firstLoad(join(labDir, 'dist'));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `    first load to a playable scenario in text mode: ${kb(report.worst.gzipBytes)} gzip (${report.worst.scenario}); budget ${kb(firstLoadBudgetBytes)}`,
  );
  assert(
    !report.worst.files.some((f) => report.threeFiles.includes(f)),
    'three.js or the scenes are in the first load',
  );
  assert(
    report.worst.gzipBytes <= firstLoadBudgetBytes,
    `${kb(report.worst.gzipBytes)} is over the budget of ${kb(firstLoadBudgetBytes)}`,
  );
});

/* ---------------------------------------------------------------------------------------------------- */

let passed = 0;
let failed = 0;
try {
  server = await servePreview();
  for (const { name, fn } of tests) {
    if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
    const started = Date.now();
    try {
      current = fn;
      await fn();
      passed++;
      console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${name}\n    ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} catch (error) {
  failed++;
  console.log(
    `  ✗ the browser tests could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
} finally {
  server?.stop();
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
