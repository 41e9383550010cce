// The patient's path on a 390 px phone (issue #17, item 5): for each default category, in
// English and Spanish, what it takes to send a message by keyboard alone with the built drop-in
// bundle: the screens of the writing step, the fields shown and required, and the keys pressed.
// `node bench/short-path.mjs` (after `npm run build`) prints a Markdown table.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../scripts/chrome-path.mjs';
import { pageHtml } from './lib/page.mjs';
import { serve } from './lib/server.mjs';

export const PHONE = { width: 390, height: 844 };

/** What a patient types into each required prompt (realistic lengths, same before and after). */
const ANSWERS = {
  en: { medication: 'Lisinopril', dose: '10 mg once a day', pharmacy: 'CVS on Main Street', concern: 'A dry cough for two weeks, worse at night', since: 'Two weeks ago', question: 'Should I come in?', test: 'Cholesterol', specialty: 'Skin doctor', reason: 'A mole that changed', visit: 'Dr. Lee on May 3', update: 'I feel better', topic: 'A form for work' },
  es: { medication: 'Lisinopril', dose: '10 mg una vez al día', pharmacy: 'Farmacia Guadalajara, calle Juárez', concern: 'Tos seca desde hace dos semanas, peor en la noche', since: 'Hace dos semanas', question: '¿Debo ir a consulta?', test: 'Colesterol', specialty: 'Dermatólogo', reason: 'Un lunar que cambió', visit: 'Dra. Lee el 3 de mayo', update: 'Me siento mejor', topic: 'Un formulario del trabajo' },
};
/** A portal with care teams (`config.recipients`): the refill must reach the pharmacy team. */
const TEAMS = {
  recipients: [
    { id: 'pc-main', label: { en: 'Primary care: Dr. Rivera’s team', es: 'Atención primaria: equipo de la Dra. Rivera' }, group: 'Main Street Clinic', recent: true },
    { id: 'cardio', label: { en: 'Cardiology', es: 'Cardiología' }, group: 'Main Street Clinic' },
    { id: 'derm', label: { en: 'Dermatology', es: 'Dermatología' }, group: 'Eastside Clinic', categories: ['medical-question', 'test-results'] },
    { id: 'pharmacy', label: { en: 'Pharmacy team', es: 'Equipo de farmacia' }, group: 'Eastside Clinic', categories: ['prescription'] },
  ],
};
export const CATEGORIES = ['prescription', 'medical-question', 'test-results', 'scheduling', 'referral', 'follow-up', 'other'];

function helpers() {
  const active = () => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a;
  };
  const all = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  window.__path = {
    focused() {
      const a = active();
      if (!a) return null;
      return { tag: a.localName, id: a.id, name: a.getAttribute('name'), value: a.value, type: a.type, part: a.getAttribute('part'), required: a.required || a.getAttribute('aria-required') === 'true', inDialog: Boolean(a.closest('dialog')) || a.getRootNode().host?.localName === 'sm-urgency-dialog', text: (a.textContent ?? '').trim().slice(0, 60) };
    },
    dialogOpen: () => all(document).some((el) => el.localName === 'dialog' && el.open),
    /** The writing step as shown: fields, required ones, and the height to the Review button. */
    layout() {
      const compose = document.querySelector('sm-compose');
      const fields = all(compose.shadowRoot).filter((el) => ['input', 'textarea', 'select'].includes(el.localName) && el.type !== 'hidden' && visible(el) && !el.closest('sm-category-picker') && el.getRootNode().host?.localName !== 'sm-category-picker');
      const groups = new Set();
      let count = 0;
      let required = 0;
      for (const el of fields) {
        const key = el.type === 'radio' ? `radio:${el.name}` : el;
        if (groups.has(key)) continue;
        groups.add(key);
        count++;
        const group = el.type === 'radio' ? el.closest('[role="radiogroup"], fieldset') : null;
        if (el.required || el.getAttribute('aria-required') === 'true' || group?.getAttribute('aria-required') === 'true') required++;
      }
      const review = all(compose.shadowRoot).find((el) => el.getAttribute('part')?.split(' ').includes('review-button'));
      const bottom = review.getBoundingClientRect().bottom + scrollY;
      return { fields: count, required, height: Math.round(bottom) };
    },
  };
}

async function press(page, key, counter) {
  await page.keyboard.press(key);
  counter.keys++;
}

/** Tabs until `match(focused)`; at most 80 presses. */
async function tabTo(page, match, counter, what) {
  for (let i = 0; i < 80; i++) {
    const f = await page.evaluate(() => window.__path.focused());
    if (f && match(f)) {
      if (process.env.PATH_DEBUG) counter.log.push(`${what}:${i}`);
      return f;
    }
    if (process.env.PATH_DEBUG) console.log(what, JSON.stringify(f));
    await press(page, 'Tab', counter);
  }
  throw new Error(`Tab never reached ${what}; focus on ${JSON.stringify(await page.evaluate(() => window.__path.focused()))}`);
}

/** Sends one message of `category` by keyboard; returns the figures. */
async function sendByKeyboard(page, category, lang, recipient) {
  const counter = { keys: 0, typed: 0, log: [] };
  await page.evaluate(() => window.__bench.ready);
  // "Who is this message about?": Myself.
  await tabTo(page, (f) => f.name === 'regarding', counter, 'regarding');
  const regarding = await page.evaluate(() => window.__path.focused());
  if (regarding.value !== 'self') await press(page, 'ArrowUp', counter);
  await press(page, 'Space', counter);
  // The category: arrows browse the choices, Space chooses.
  await tabTo(page, (f) => f.type === 'radio' && f.name !== 'regarding', counter, 'the categories');
  for (let i = 0; i < 12; i++) {
    const f = await page.evaluate(() => window.__path.focused());
    if (f.value === category) break;
    await press(page, 'ArrowDown', counter);
  }
  await press(page, 'Space', counter);
  await page.waitForFunction(() => document.querySelector('sm-compose').shadowRoot.querySelector('[part~="review-button"]'));
  if (recipient) {
    // "Who should get this message?": arrows to the team, Space chooses.
    await tabTo(page, (f) => f.name === 'recipient', counter, 'the care teams');
    for (let i = 0; i < 12; i++) {
      const f = await page.evaluate(() => window.__path.focused());
      if (f.value === recipient) break;
      await press(page, 'ArrowDown', counter);
    }
    await press(page, 'Space', counter);
  }
  // Writing starts at the first field: the "is this an emergency?" check opens.
  await tabTo(page, (f) => ['input', 'textarea', 'select'].includes(f.tag) && f.name !== 'regarding' && f.type !== 'radio' || f.inDialog, counter, 'the first field');
  await page.waitForFunction(() => window.__path.dialogOpen(), null, { timeout: 5000 });
  await tabTo(page, (f) => f.inDialog && f.part === 'continue-button', counter, '"none of these"');
  await press(page, 'Enter', counter);
  await page.waitForFunction(() => !window.__path.dialogOpen());
  const layout = await page.evaluate(() => window.__path.layout());
  // Each required field, in order: typed (a choice: the first option).
  const requiredIds = await page.evaluate(() => {
    const fields = document.querySelector('sm-compose').shadowRoot.querySelector('sm-prompt-fields');
    return [...fields.shadowRoot.querySelectorAll('input, textarea, select')].filter((el) => el.required || el.getAttribute('aria-required') === 'true').map((el) => el.id);
  });
  for (const id of requiredIds) {
    const f = await tabTo(page, (x) => x.id === id, counter, id);
    const prompt = id.replace(/^field-/, '');
    if (f.tag === 'select') await press(page, 'ArrowDown', counter);
    else {
      const text = ANSWERS[lang][prompt] ?? 'Yes';
      await page.keyboard.type(text);
      counter.keys += [...text].length;
      counter.typed += [...text].length;
    }
  }
  await tabTo(page, (f) => f.part?.split(' ').includes('review-button'), counter, 'Review');
  await press(page, 'Enter', counter);
  await page.waitForFunction(() => document.querySelector('sm-compose').shadowRoot.querySelector('[part~="send-button"], [part~="error-summary"]'));
  const blocked = await page.evaluate(() => Boolean(document.querySelector('sm-compose').shadowRoot.querySelector('[part~="error-summary"]')));
  if (blocked) throw new Error(`${category} (${lang}): Review listed problems`);
  await tabTo(page, (f) => f.part?.split(' ').includes('send-button'), counter, 'Send');
  await press(page, 'Enter', counter);
  await page.waitForFunction(() => window.__sent === true, null, { timeout: 5000 });
  if (process.env.PATH_DEBUG) console.log(counter.log.join(' '));
  return { category, lang, ...layout, screens: layout.height / PHONE.height, keys: counter.keys, typed: counter.typed };
}

/** The figures as a Markdown table. */
export function pathMarkdown(rows) {
  const lines = ['| Category | Language | Screens to Review (390×844) | Fields shown | Required | Keys to send (typed) |', '| --- | --- | ---: | ---: | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${r.category}${r.teams ? ', to a care team' : ''} | ${r.lang} | ${r.screens.toFixed(1)} | ${r.fields} | ${r.required} | ${r.keys} (${r.typed}) |`);
  return lines.join('\n');
}

export async function measurePath() {
  const dir = mkdtempSync(join(tmpdir(), 'sm-path-'));
  const setup = (config) => `async () => {
    const el = document.querySelector('sm-compose');
    ${config ? `el.config = ${JSON.stringify(config)};` : ''}
    el.addEventListener('sm-submit', (event) => (window.__sent = true, window.__recipient = event.detail.payload.recipient?.id));
  }`;
  for (const lang of ['en', 'es']) {
    writeFileSync(join(dir, `path-${lang}.html`), pageHtml({ title: 'path', markup: `<sm-compose lang="${lang}"></sm-compose>`, script: '/dist/sm-compose.bundle.js', setup: setup() }));
    writeFileSync(join(dir, `path-${lang}-teams.html`), pageHtml({ title: 'path', markup: `<sm-compose lang="${lang}"></sm-compose>`, script: '/dist/sm-compose.bundle.js', setup: setup(TEAMS) }));
  }
  const runs = [
    ...['en', 'es'].flatMap((lang) => CATEGORIES.map((category) => ({ lang, category, page: `path-${lang}.html` }))),
    // The issue's case: a Spanish-speaking patient sends a refill to the right care team.
    { lang: 'es', category: 'prescription', page: 'path-es-teams.html', recipient: 'pharmacy' },
  ];
  const server = await serve({ '/': dir, '/dist': new URL('../dist', import.meta.url).pathname });
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  const rows = [];
  try {
    for (const run of runs) {
      const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.addInitScript(helpers);
      await page.goto(`${server.url}/${run.page}`);
      const row = await sendByKeyboard(page, run.category, run.lang, run.recipient);
      const sentTo = await page.evaluate(() => window.__recipient);
      if (run.recipient && sentTo !== run.recipient) throw new Error(`sent to ${sentTo}, not ${run.recipient}`);
      rows.push({ ...row, teams: Boolean(run.recipient) });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measurePath();
  console.log(pathMarkdown(rows));
}
