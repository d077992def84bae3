// The simulator page (examples/web, assembled in CARTEGRISE_WEB_DIR) in headless Chromium, driven through
// the DevTools protocol over a pipe (--remote-debugging-pipe: no port, no dependency), served by a
// node:http server on a free local port. The README's Paris car reads 496,76 €, an error names its
// field, the language switch works, a phone gets one column; screenshots are saved in
// CARTEGRISE_SCREENSHOT_DIR (simulator.png, and simulator-small.png as in docs/images).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';

const webDir = process.env.CARTEGRISE_WEB_DIR;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

let server;
let origin;
let browser;
let profile;
let attached;  // the DevTools id of the page attached to
const pending = new Map();
const pageErrors = [];  // uncaught exceptions and console errors of the page, for the failure messages
let nextId = 1;

function send(method, params = {}, sessionId = attached) {
  const id = nextId++;
  const message = { id, method, params };
  if (sessionId) message.sessionId = sessionId;
  browser.stdio[3].write(`${JSON.stringify(message)}\0`);
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
}

async function evaluate(expression) {
  const r = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error(`${expression}: ${JSON.stringify(r.exceptionDetails)}`);
  return r.result.value;
}

async function waitFor(expression, what, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await evaluate(expression).catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; page errors: ${JSON.stringify(pageErrors)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function open(path) {
  await send('Page.navigate', { url: origin + path });
  await waitFor("document.readyState === 'complete' && document.body.classList.contains('ready')", `${path} to load`);
}

const text = (selector) => `document.querySelector(${JSON.stringify(selector)})?.innerText.replace(/\\s+/g, ' ').trim()`;

before(async () => {
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = path === '/' ? 'index.html' : path;
    try {
      const body = readFileSync(join(webDir, file));
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;

  profile = mkdtempSync(join(tmpdir(), 'cartegrise-chromium-'));
  const args = ['--headless', '--remote-debugging-pipe', '--disable-gpu', '--no-first-run', '--no-default-browser-check',
                '--disable-extensions', '--disable-dev-shm-usage', '--hide-scrollbars', `--user-data-dir=${profile}`, 'about:blank'];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  browser = spawn(process.env.CARTEGRISE_CHROMIUM ?? 'chromium', args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let log = '';
  browser.stderr.on('data', (d) => { log += d; });
  let buffer = '';
  browser.stdio[4].on('data', (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.method === 'Runtime.exceptionThrown') pageErrors.push(message.params.exceptionDetails);
      if (message.method === 'Runtime.consoleAPICalled' && message.params.type === 'error') pageErrors.push(message.params.args);
      const waiting = message.id && pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    }
  });
  browser.on('exit', (code) => {
    for (const p of pending.values()) p.reject(new Error(`chromium exited (${code}): ${log.slice(-2000)}`));
  });
  const { targetInfos } = await send('Target.getTargets', {}, null);
  const page = targetInfos.find((t) => t.type === 'page');
  ({ sessionId: attached } = await send('Target.attachToTarget', { targetId: page.targetId, flatten: true }, null));
  await send('Page.enable');
  await send('Runtime.enable');
  await send('Emulation.setDeviceMetricsOverride', { width: 1100, height: 1500, deviceScaleFactor: 1, mobile: false });
});

after(async () => {
  if (browser && browser.exitCode === null) {
    await send('Browser.close', {}, null).catch(() => {});
    await new Promise((r) => (browser.exitCode !== null ? r() : browser.once('exit', r)));
  }
  server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const paris = '/?department=75&date=2026-06-01&procedure=used&genre=VP&energy=ES&cv=7&first-registration=2019-05-03';

test('the Paris car from its link: Y.1 … Y.6, 496,76 €, explained in French', async () => {
  await open(paris);
  await waitFor(text('[data-line="y6"] .amount'), 'the total');
  assert.equal(await evaluate(text('[data-line="y6"] .amount')), '496,76 €');
  assert.equal(await evaluate(text('[data-line="y1"] .amount')), '482,65 €');
  assert.equal(await evaluate(text('[data-line="y1-idfm"] .amount')), '98,00 €');
  for (const line of ['y1', 'y2', 'y3', 'y4', 'y5', 'y6']) assert.ok(await evaluate(`!!document.querySelector('[data-line="${line}"]')`), line);
  assert.equal(await evaluate('document.documentElement.lang'), 'fr');
  assert.match(await evaluate(text('#steps li')), /^Y\.1 Tarif régional en Île-de-France : 54,95 €/);
  assert.match(await evaluate(text('#steps')), /Source : sources de presse concordantes/);
  assert.equal(await evaluate('document.querySelectorAll("#regions tr").length'), 18);
  assert.match(await evaluate(text('#regions tr.mine')), /^Île-de-France 482,65 € 496,76 €$/);
  assert.match(await evaluate(text('#next')), /^À partir du 1er janvier 2027 : 496,76 € → /);
  assert.equal(await evaluate('document.getElementById("cv").value'), '7');
  assert.equal(await evaluate('new URLSearchParams(location.search).get("first-registration")'), '2019-05-03');
  const { data } = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: false });
  writeFileSync(join(process.env.CARTEGRISE_SCREENSHOT_DIR, 'simulator.png'), Buffer.from(data, 'base64'));
  // The smaller one of docs/images/simulator.png: the form and the lines, scaled down.
  const small = await send('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: 0, width: 1100, height: 820, scale: 0.6 } });
  writeFileSync(join(process.env.CARTEGRISE_SCREENSHOT_DIR, 'simulator-small.png'), Buffer.from(small.data, 'base64'));
});

test('readable on a phone: one column, nothing wider than the screen', async () => {
  await send('Emulation.setDeviceMetricsOverride', { width: 375, height: 800, deviceScaleFactor: 1, mobile: true });
  try {
    await open(paris);
    assert.equal(await evaluate('document.documentElement.scrollWidth <= window.innerWidth'), true);
    assert.equal(await evaluate(text('[data-line="y6"] .amount')), '496,76 €');
    // Every input has its label.
    assert.equal(await evaluate('[...document.querySelectorAll("input, select")].every((i) => i.labels && i.labels.length === 1)'), true);
  } finally {
    await send('Emulation.setDeviceMetricsOverride', { width: 1100, height: 1500, deviceScaleFactor: 1, mobile: false });
  }
});

test('an error appears next to the field it names', async () => {
  await open(paris.replace('department=75', 'department=99'));
  await waitFor(text('#department-error'), 'the department error');
  assert.match(await evaluate(text('#department-error')), /^Code inconnu pour le département du titulaire .* : '99'\.$/);
  assert.equal(await evaluate('document.getElementById("department").getAttribute("aria-invalid")'), 'true');
  assert.equal(await evaluate('document.getElementById("result").hidden'), true);
  // A value the command line would not read: the option is named as well.
  await open(paris.replace('cv=7', 'cv=sept'));
  assert.match(await evaluate(text('#cv-error')), /nombre entier, pas 'sept'/);
  // A field the rules need: a new car without its CO2.
  await open(paris.replace('procedure=used', 'procedure=new').replace('&first-registration=2019-05-03', ''));
  await waitFor(text('#co2-error'), 'the CO2 error');
  assert.match(await evaluate(text('#co2-error')), /CO2/);
});

test('the language switch, the link and lang=en', async () => {
  await open(paris);
  await evaluate('document.getElementById("language").click()');
  await waitFor("document.documentElement.lang === 'en'", 'English');
  assert.equal(await evaluate(text('[data-line="y6"] .amount')), '€496.76');
  assert.match(await evaluate(text('#steps li')), /^Y\.1 Regional rate in Île-de-France/);
  assert.equal(await evaluate('new URLSearchParams(location.search).get("lang")'), 'en');
  assert.equal(await evaluate(text('label[for="cv"]')), 'Fiscal power (P.6), CV');
  // Changing the form updates the link.
  await evaluate('{ const cv = document.getElementById("cv"); cv.value = "10"; cv.dispatchEvent(new Event("input", { bubbles: true })); }');
  assert.equal(await evaluate('new URLSearchParams(location.search).get("cv")'), '10');
  assert.equal(await evaluate(text('[data-line="y6"] .amount')), '€703.76');
  // Opened with lang=en.
  await open(`${paris}&lang=en`);
  assert.equal(await evaluate('document.documentElement.lang'), 'en');
  assert.match(await evaluate(text('#steps li')), /^Y\.1 Regional rate/);
  await evaluate('document.getElementById("language").click()');
  await waitFor("document.documentElement.lang === 'fr'", 'French again');
  assert.equal(await evaluate('new URLSearchParams(location.search).has("lang")'), false);
});
