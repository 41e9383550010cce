// sm-compose/testing from Playwright (#18 item 6): the README's sample, run against the built
// drop-in bundle in Chromium (after `npm run build`, as `npm test` does).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome-path.mjs';
import { serve } from '../../bench/lib/server.mjs';
import { composeHarness } from '../../src/testing/index.js';

const ready = existsSync('dist/sm-compose.bundle.js') && chromePath();

describe('sm-compose/testing from Playwright', { skip: ready ? false : 'run `npm run build` first, with Chromium installed' }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  before(async () => {
    server = await serve({ '/': 'test/pages', '/dist/': 'dist' });
    browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends a refill in under ten lines (the README sample)', async () => {
    page = await browser.newPage();
    await page.goto(`${server.url}/portal.html`);
    const sm = composeHarness(page);
    await sm.answer('Who is this message about?', 'Me');
    await sm.chooseCategory('Prescription or refill');
    await sm.answer({ 'Medicine name': 'Metformin', 'Dose or strength': '500 mg', Pharmacy: 'Main Street' });
    assert.equal(await sm.review(), 'review');
    const payload = await sm.send();
    assert.equal(payload.category.id, 'prescription');
    assert.equal(payload.fields.find((field) => field.id === 'medication')?.value, 'Metformin');
    assert.deepEqual(payload.urgency?.reported, []);
    assert.deepEqual(sm.lastPayload(), payload);
    await page.close();
  });

  it('drives a Spanish page with the same calls, lists problems, and stops at an emergency', async () => {
    page = await browser.newPage();
    await page.goto(`${server.url}/module-bundle.html`);
    const sm = composeHarness(page.locator('sm-compose'));
    await sm.answer('¿Sobre quién es este mensaje?', 'Sobre mí');
    await sm.chooseCategory('Pregunta médica no urgente');
    await sm.answer('¿Cuándo empezó?', 'hace una hora');
    assert.equal(await sm.review(), 'errors');
    assert.deepEqual(await sm.errors(), ['Su equipo médico necesitará: ¿qué le está pasando']);
    await sm.answer({ '¿Qué le está pasando?': 'Me duele mucho el pecho y tengo el brazo izquierdo dormido', 'Su pregunta': '¿Qué hago?' });
    assert.equal(await sm.review(), 'urgency-check');
    await sm.passUrgencyCheck();
    const payload = await sm.send();
    assert.equal(payload.locale, 'es');
    assert.equal(payload.urgency?.level, 'emergency');
    await page.close();
  });
});
