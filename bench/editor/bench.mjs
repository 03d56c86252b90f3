// Editor benchmark: on a running Waymark server, creates a 60-step x 15-lane map through the REST API, then in
// headless Chromium (Debian's, never a downloaded one) measures
//   (a) navigation start -> the map grid drawn (median of --runs fresh page loads after one warm-up);
//   (b) the Enter that commits a text-cell edit -> the new text shown in the cell (median of --edits edits).
// Times are taken inside the page with performance.now(). Prints a table and writes RESULTS.md beside this file.
//   node bench.mjs --base http://127.0.0.1:5080 [--runs 5] [--edits 5] [--workspace demo] [--out RESULTS.md]
// bench/editor/run.sh starts a throwaway server and calls this.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { bigMap, laneKinds } from './bigmap.mjs';

const GRID = '[data-testid="map-grid"][data-ready="true"]';
const GOALS = { grid: 500, edit: 50 };

const args = parseArgs(process.argv.slice(2));
const base = args.base ?? 'http://127.0.0.1:5080';
const workspace = args.workspace ?? 'demo';
const runs = Number(args.runs ?? 5);
const edits = Number(args.edits ?? 5);
const out = args.out ?? fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const executablePath = process.env.WAYMARK_CHROMIUM ?? '/usr/bin/chromium';
const loadAtStart = os.loadavg();

function parseArgs(list) {
  const parsed = {};
  for (let i = 0; i < list.length; i += 2) parsed[list[i].replace(/^--/, '')] = list[i + 1];
  return parsed;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const ms = (x) => (x === undefined ? 'n/a' : x.toFixed(1));

async function api(path, init = {}) {
  const response = await fetch(base + path, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

async function createMap() {
  const created = await api(`/api/workspaces/${workspace}/maps`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-waymark-client': 'bench' },
    body: JSON.stringify({ name: 'Editor benchmark: 60 steps x 15 lanes', kind: 'currentState' }),
  });
  const { id } = await created.json();
  const doc = bigMap({ id, name: 'Editor benchmark: 60 steps x 15 lanes' });
  const body = JSON.stringify(doc);
  await api(`/api/workspaces/${workspace}/maps/${id}`, {
    method: 'PUT', headers: { 'content-type': 'application/json', 'if-match': created.headers.get('etag'), 'x-waymark-client': 'bench' }, body,
  });
  const steps = doc.stages.flatMap((s) => s.steps);
  const cells = doc.lanes.reduce((n, l) => n + Object.keys(l.cells).length, 0);
  return { id, steps, lanes: doc.lanes, cells, bytes: Buffer.byteLength(body) };
}

// Runs in the page before its own scripts: notes when the ready grid enters the DOM and when the frame that shows
// it has been painted (a message posted from requestAnimationFrame runs after that frame's style, layout and paint).
function watchGrid(selector) {
  const found = () => {
    if (window.__wmGrid && window.__wmGrid.complete === undefined && document.querySelector('[data-testid="map-grid"][data-complete="true"]')) {
      window.__wmGrid.complete = performance.now();
    }
    if (window.__wmGrid || !document.querySelector(selector)) return;
    const mark = { dom: performance.now() };
    window.__wmGrid = mark;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { mark.frame = performance.now(); };
      channel.port2.postMessage(null);
    });
  };
  new MutationObserver(found).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-complete'] });
  setTimeout(found, 0);
}

async function openMap(browser, mapId) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(watchGrid, GRID);
  await page.goto(`${base}/maps/${mapId}`);
  try {
    await page.waitForFunction(() => window.__wmGrid?.frame !== undefined && window.__wmGrid?.complete !== undefined, null, { timeout: 30_000 });
  } catch {
    await context.close();
    throw new Error(`the grid never became ready (${GRID}) at /maps/${mapId}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
  }
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const doc = performance.getEntriesByType('resource').find((r) => /\/api\/workspaces\/[^/]+\/maps\/[^/?]+$/.test(r.name));
    return {
      dom: window.__wmGrid.dom, frame: window.__wmGrid.frame, complete: window.__wmGrid.complete, dcl: nav?.domContentLoadedEventEnd,
      fetch: doc ? doc.responseEnd - doc.startTime : undefined, received: doc?.responseEnd,
      nodes: document.getElementsByTagName('*').length,
    };
  });
  return { context, page, timing };
}

// Arms a one-shot capture listener: from the committing Enter's timestamp to the cell showing the text (and no editor).
function watchEdit({ selector, text }) {
  const mark = {};
  window.__wmEdit = mark;
  const shown = () => {
    const cell = document.querySelector(selector);
    return cell && !cell.querySelector('input, textarea, [contenteditable="true"]') && (cell.textContent ?? '').includes(text);
  };
  // Event Timing gives the browser's own "input to next paint" for the keydown (reported only from 16 ms up).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown' && Math.abs(entry.startTime - mark.start) < 1) mark.eventDuration = entry.duration;
    }
  }).observe({ type: 'event', durationThreshold: 16 });
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    mark.start = event.timeStamp;
    const observer = new MutationObserver(() => {
      if (mark.dom !== undefined || !shown()) return;
      mark.dom = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { mark.frame = performance.now(); };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, { capture: true, once: true });
}

async function measureEdit(page, laneId, stepId, n) {
  const selector = `[data-testid="cell-${laneId}-${stepId}"]`;
  const text = `Benchmark edit ${n} ${Date.now()}`;
  const cell = page.locator(selector);
  await cell.scrollIntoViewIfNeeded();
  await cell.click();
  await page.keyboard.press('Enter');
  try {
    await page.locator(`${selector} textarea, ${selector} input`).first().waitFor({ timeout: 5_000 });
  } catch {
    throw new Error(`Enter on ${selector} did not open a text field in the cell`);
  }
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
  await page.evaluate(watchEdit, { selector, text });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__wmEdit.frame !== undefined, null, { timeout: 10_000 });
  await page.waitForTimeout(100); // lets the PerformanceObserver deliver the keydown's entry
  const mark = await page.evaluate(() => window.__wmEdit);
  await waitForSaved(page);
  return { dom: mark.dom - mark.start, frame: mark.frame - mark.start, inp: mark.eventDuration };
}

// Each edit starts on a quiet page: the previous edit's autosave (debounced) has finished.
async function waitForSaved(page) {
  try {
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 10_000 });
  } catch {
    await page.waitForTimeout(1_500);
  }
}

function report({ map, browserVersion, grid, edit, notes }) {
  const row = (what, xs, key, goal) => xs.length
    ? `| ${what} | ${ms(median(xs.map((x) => x[key])))} | ${ms(Math.min(...xs.map((x) => x[key])))} | ${ms(Math.max(...xs.map((x) => x[key])))} | ${xs.length} | <= ${goal} | ${median(xs.map((x) => x[key])) <= goal ? 'yes' : 'no'} |`
    : `| ${what} | n/a | n/a | n/a | 0 | <= ${goal} | - |`;
  const lines = [
    '# Editor benchmark',
    '',
    `Run by \`bench/editor/run.sh\` on ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}, headless Chromium ${browserVersion}, viewport 1366x768.`,
    `Map: ${map.steps.length} steps x ${map.lanes.length} lanes (${laneKinds.join(', ')}), ${map.cells} filled cells, ${(map.bytes / 1024).toFixed(0)} KB of JSON.`,
    'Times in ms, measured in the page with performance.now(); goals are targets, not asserted.',
    `Load average when the run started: ${loadAtStart.map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min); above the core count the figures are noisy.`,
    '',
    '| measure | median | min | max | runs | goal | met |',
    '|---|---:|---:|---:|---:|---:|---|',
    row('grid drawn: navigation start -> the grid on screen painted', grid, 'frame', GOALS.grid),
    row('grid in DOM: navigation start -> the grid on screen in the DOM', grid, 'dom', GOALS.grid),
    row('whole grid: navigation start -> every lane and step in the DOM', grid, 'complete', GOALS.grid),
    row('edit shown: committing Enter -> new text painted', edit, 'frame', GOALS.edit),
    row('edit in DOM: committing Enter -> new text in the DOM', edit, 'dom', GOALS.edit),
    '',
  ];
  if (edit.length) {
    const inp = edit.map((e) => (e.inp === undefined ? '< 16' : String(e.inp)));
    lines.push(`Edit commit as the browser's Event Timing sees it (keydown to next paint, 8 ms steps): ${inp.join(', ')} ms.`, '');
  }
  if (grid.length) {
    const fetched = grid.filter((g) => g.received !== undefined);
    lines.push(`Per load (median): DOMContentLoaded ${ms(median(grid.map((g) => g.dcl)))} ms; map document fetched in `
      + `${ms(median(fetched.map((g) => g.fetch)))} ms, received at ${ms(median(fetched.map((g) => g.received)))} ms; `
      + `grid in the DOM ${ms(median(fetched.map((g) => g.dom - g.received)))} ms after the document arrived; `
      + `${median(grid.map((g) => g.nodes))} DOM elements.`, '');
  }
  for (const note of notes) lines.push(`- ${note}`);
  return lines.join('\n') + '\n';
}

async function main() {
  const map = await createMap();
  console.log(`map ${map.id}: ${map.steps.length} steps x ${map.lanes.length} lanes, ${map.cells} cells, ${map.bytes} bytes`);
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-dev-shm-usage'] });
  const grid = [];
  const edit = [];
  const notes = [];
  try {
    let last;
    for (let i = 0; i <= runs; i++) {
      if (last) await last.context.close();
      last = await openMap(browser, map.id);
      if (i > 0) grid.push(last.timing); // run 0 warms the server and the disk cache
      console.log(`load ${i}${i ? '' : ' (warm-up)'}: grid in DOM ${ms(last.timing.dom)} ms, drawn ${ms(last.timing.frame)} ms`);
    }
    try {
      const textLane = map.lanes.find((l) => l.kind === 'text');
      for (let i = 0; i < edits; i++) {
        const result = await measureEdit(last.page, textLane.id, map.steps[(i * 7) % map.steps.length].id, i);
        edit.push(result);
        console.log(`edit ${i}: in DOM ${ms(result.dom)} ms, drawn ${ms(result.frame)} ms, event timing ${result.inp ?? '< 16'} ms`);
      }
    } catch (e) {
      notes.push(`Edit not measured: ${e.message.split('\n')[0]}`);
      console.error(notes.at(-1));
    }
    await last.context.close();
  } catch (e) {
    notes.push(`Not measured: ${e.message.split('\n')[0]}`);
    console.error(notes.at(-1));
  } finally {
    const text = report({ map, browserVersion: browser.version(), grid, edit, notes });
    await browser.close();
    writeFileSync(out, text);
    console.log('\n' + text);
    console.log(`written to ${out}`);
  }
  if (grid.length === 0 || edit.length === 0) process.exitCode = 1;
}

await main();
