// Tidewater dashboard: reads the app's JSON routes with the key in the x-functions-key header (never in an address),
// draws tables and hand-made SVG charts, and refreshes every few seconds while a batch runs (never while hidden).

const KEY_NAME = 'tidewater.functionKey';
const FAST_MS = 3000;
const SLOW_MS = 30000;
const MAX_BATCHES = 25;
const SVG = 'http://www.w3.org/2000/svg';
const numbers = new Intl.NumberFormat('en-US');

// Where each phase starts and how much of the bar its pass covers (three passes over the chunks, then the report).
const PHASES = {
  planning: [0, 0], indexing: [0, 30], deduplicating: [30, 0], processing: [30, 30], merging: [60, 0],
  refreshing: [62, 0], scoring: [65, 30], reporting: [97, 0], completed: [100, 0],
};

const state = { key: null, timer: null, busy: false, reports: new Map(), interval: SLOW_MS };
const $ = (id) => document.getElementById(id);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

const count = (value) => (value === null || value === undefined ? '–' : numbers.format(value));
const utc = (iso) => (iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') : '–');
const windowName = (id) => (id ? `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)} ${id.slice(8, 10)}:${id.slice(10, 12)}` : '–');
const isActive = (batch) => ['pending', 'running', 'suspended'].includes(batch.runtimeStatus);

// ---- the key: asked once, kept in this tab (or on this device when remembered), sent only as a header ----

function storedKey() {
  return sessionStorage.getItem(KEY_NAME) ?? localStorage.getItem(KEY_NAME);
}

function saveKey(key, remember) {
  sessionStorage.setItem(KEY_NAME, key);
  if (remember) localStorage.setItem(KEY_NAME, key);
  else localStorage.removeItem(KEY_NAME);
}

function forgetKey() {
  sessionStorage.removeItem(KEY_NAME);
  localStorage.removeItem(KEY_NAME);
  state.key = null;
}

function askForKey(message) {
  clearTimeout(state.timer);
  forgetKey();
  $('content').hidden = true;
  $('refresh').hidden = true;
  $('forget-key').hidden = true;
  $('key-section').hidden = false;
  $('key-error').textContent = message ?? '';
  $('refresh-state').textContent = 'Waiting for a key';
  $('key').focus();
}

function showDashboard() {
  $('key-section').hidden = true;
  $('content').hidden = false;
  $('refresh').hidden = false;
  $('forget-key').hidden = false;
}

class Unauthorized extends Error {}

async function call(path) {
  const response = await fetch(path, {
    headers: { 'x-functions-key': state.key, accept: 'application/json' },
    cache: 'no-store',
    credentials: 'omit',
  });
  if (response.status === 401 || response.status === 403) throw new Unauthorized();
  if (!response.ok) throw new Error(`${path.split('?')[0]} answered ${response.status}`);
  return response;
}

const json = async (path) => (await call(path)).json();

// ---- refresh loop ----

function schedule() {
  clearTimeout(state.timer);
  if (document.hidden) {
    $('refresh-state').textContent = 'Paused while this tab is hidden';
    return;
  }

  state.timer = setTimeout(refresh, state.interval);
}

async function refresh() {
  if (state.busy || !state.key) return;
  state.busy = true;
  clearTimeout(state.timer);
  try {
    const [list, summary, model] = await Promise.all([json('/api/batches'), json('/api/dashboard/summary'), json('/api/models/current')]);
    const shown = list.batches.slice(0, MAX_BATCHES);
    await loadReports(shown);
    renderBatches(shown, list.batches.length);
    renderTimeline(summary.windows);
    renderAgreement(summary.windows);
    renderRealtime(summary.realtime);
    renderModels(model, summary.modelHistory);
    $('load-error').textContent = '';
    const running = list.batches.some(isActive);
    state.interval = running ? FAST_MS : SLOW_MS;
    $('refresh-state').textContent = `Updated ${utc(summary.generatedAt)} UTC · refreshing every ${state.interval / 1000} s${running ? ' while a batch runs' : ''}`;
  } catch (error) {
    if (error instanceof Unauthorized) {
      askForKey('The key was refused. Enter a valid function key.');
      return;
    }

    $('load-error').textContent = `Could not refresh: ${error.message}. Trying again shortly.`;
    state.interval = FAST_MS;
  } finally {
    state.busy = false;
  }

  schedule();
}

async function loadReports(batches) {
  for (const batch of batches) {
    if (batch.runtimeStatus === 'completed' && !state.reports.has(batch.id)) {
      try {
        state.reports.set(batch.id, await json(`/api/reports/${encodeURIComponent(batch.id)}`));
      } catch (error) {
        if (error instanceof Unauthorized) throw error;
      }
    }
  }
}

// ---- batches ----

function progressOf(batch) {
  const p = batch.progress;
  if (batch.runtimeStatus === 'completed') return { percent: 100, text: p ? passText(p) : 'done' };
  if (!p) return { percent: 0, text: batch.runtimeStatus === 'pending' ? 'waiting to start' : 'starting' };
  const [start, span] = PHASES[p.phase] ?? [0, 0];
  const share = p.chunksTotal > 0 ? p.chunksDone / p.chunksTotal : 0;
  return { percent: Math.min(99, Math.floor(start + span * share)), text: passText(p) };
}

function passText(p) {
  return `${p.phase}: ${count(p.chunksDone)} of ${count(p.chunksTotal)} chunks, ${count(p.itemsDone)} of ${count(p.itemsTotal)} records`;
}

function progressBar(batch) {
  const { percent, text } = progressOf(batch);
  const fill = el('span', { class: 'fill' });
  fill.style.width = `${percent}%`;
  const bar = el('div', {
    class: `bar ${batch.runtimeStatus}`, role: 'progressbar', 'aria-label': `Progress of ${batch.id}`,
    'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent, 'aria-valuetext': `${percent}%: ${text}`,
  }, fill);
  return el('td', {}, el('div', { class: 'progress' }, bar, el('span', { class: 'percent' }, `${percent}%`)), el('div', { class: 'muted small' }, text));
}

function renderBatches(batches, total) {
  const body = $('batches').tBodies[0];
  const rows = batches.map((batch) => {
    const report = state.reports.get(batch.id);
    const f = report?.findings;
    const out = batch.output;
    const decisions = f?.batchDecisions;
    const status = el('td', {}, el('span', { class: `status ${batch.runtimeStatus}` }, batch.runtimeStatus));
    if (batch.failure) status.append(el('div', { class: 'error small' }, batch.failure.errorMessage ?? 'failed'));
    const open = report
      ? el('button', { type: 'button', class: 'link', 'aria-label': `Open report of ${batch.id}`, 'data-report': batch.id }, 'Open')
      : '–';
    return el('tr', { 'data-batch': batch.id },
      el('th', { scope: 'row' }, batch.id),
      el('td', {}, windowName(batch.input?.windowId)),
      status,
      progressBar(batch),
      el('td', { class: 'n' }, count(f?.counts.records ?? out?.records ?? batch.progress?.itemsTotal)),
      el('td', { class: 'n' }, count(f?.counts.events ?? out?.events)),
      el('td', { class: 'n' }, count(decisions?.approve)),
      el('td', { class: 'n' }, count(decisions?.review)),
      el('td', { class: 'n' }, count(decisions?.decline)),
      el('td', { class: 'n' }, count(f?.reconciliation.differing)),
      el('td', {}, out ? `${out.modelIn} → ${out.modelOut}` : (batch.progress?.modelVersion ?? '–')),
      el('td', {}, out ? el('code', { title: out.checksum }, out.checksum.slice(0, 12)) : '–'),
      el('td', {}, open));
  });
  body.replaceChildren(...rows);
  if (rows.length === 0) body.append(el('tr', {}, el('td', { colspan: 13, class: 'muted' }, 'No batches yet.')));
  $('batches-note').textContent = total > batches.length ? `The newest ${batches.length} of ${numbers.format(total)} batches.` : '';
}

async function openReport(id) {
  try {
    const html = await (await call(`/api/reports/${encodeURIComponent(id)}?format=html`)).text();
    $('report-title').textContent = `Report of ${id}`;
    $('report-frame').srcdoc = html;
    $('report-dialog').showModal();
  } catch (error) {
    if (error instanceof Unauthorized) askForKey('The key was refused. Enter a valid function key.');
    else $('load-error').textContent = `Could not open the report: ${error.message}`;
  }
}

// ---- charts ----

function batchClass(window) {
  return window.batch ? window.batch.runtimeStatus : 'none';
}

function axisLabel(x, y, text, anchor = 'middle') {
  return svg('text', { x, y, 'text-anchor': anchor, class: 'axis' }, text);
}

function renderTimeline(windows) {
  const chart = $('timeline-chart');
  const width = 720, height = 220, left = 48, bottom = 28, top = 10;
  const most = Math.max(1, ...windows.map((w) => w.segments.closedRecords));
  const step = (width - left) / Math.max(1, windows.length);
  const scale = (height - bottom - top) / most;
  const parts = [svg('title', { id: 'timeline-title' }, 'Records per window'),
    svg('line', { x1: left, y1: height - bottom, x2: width, y2: height - bottom, class: 'baseline' }),
    axisLabel(left - 6, top + 8, count(most), 'end'), axisLabel(left - 6, height - bottom, '0', 'end')];
  const every = Math.ceil(windows.length / 8);
  windows.forEach((w, i) => {
    const h = Math.max(w.segments.closedRecords > 0 ? 2 : 0, w.segments.closedRecords * scale);
    const x = left + i * step + step * 0.15;
    const described = `${windowName(w.id)}: ${count(w.segments.closedRecords)} records${w.segments.complete ? '' : ' so far'}, ${w.state}` +
      (w.batch ? `; batch ${w.batch.id} ${w.batch.runtimeStatus}` : '; no batch') + (w.events !== null && w.events !== undefined ? `, ${count(w.events)} events counted` : '');
    parts.push(svg('rect', { x, y: height - bottom - h, width: step * 0.7, height: h, class: `col ${batchClass(w)} ${w.state}` }, svg('title', {}, described)));
    if (w.state !== 'sealed') parts.push(svg('rect', { x, y: top, width: step * 0.7, height: height - bottom - top, class: 'unsealed' }, svg('title', {}, described)));
    if (i % every === 0 || i === windows.length - 1) parts.push(axisLabel(x + step * 0.35, height - 10, w.id.slice(8, 10) + ':' + w.id.slice(10, 12)));
  });
  chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
  chart.replaceChildren(...parts);

  const states = ['none', 'pending', 'running', 'completed', 'failed', 'terminated'];
  $('timeline-legend').replaceChildren(...states.map((s) => el('span', { class: `key ${s}` }, s === 'none' ? 'no batch' : s)),
    el('span', { class: 'key unsealed' }, 'not sealed yet'));

  $('windows').tBodies[0].replaceChildren(...[...windows].reverse().map((w) => el('tr', {},
    el('th', { scope: 'row' }, windowName(w.id)),
    el('td', {}, w.state),
    el('td', { class: 'n' }, count(w.segments.segments)),
    el('td', { class: 'n' }, w.segments.complete ? count(w.segments.closedRecords) : `${count(w.segments.closedRecords)} + open`),
    el('td', { class: 'n' }, count(w.events)),
    el('td', {}, w.batch?.id ?? '–'),
    el('td', {}, w.batch ? `${w.batch.runtimeStatus}${w.batch.phase ? ` (${w.batch.phase})` : ''}` : '–'))));
}

function renderAgreement(windows) {
  const chart = $('agreement-chart');
  const points = windows.filter((w) => w.agreement);
  const width = 720, height = 170, left = 48, bottom = 20, top = 14;
  const lowest = Math.min(100, ...points.map((w) => w.agreement.rate * 100));
  const floor = Math.max(0, Math.floor((lowest - 5) / 10) * 10);
  const y = (percent) => top + (100 - percent) * (height - bottom - top) / Math.max(1, 100 - floor);
  const step = (width - left) / Math.max(1, windows.length);
  const parts = [svg('title', { id: 'agreement-title' }, 'Agreement per window'),
    svg('line', { x1: left, y1: y(100), x2: width, y2: y(100), class: 'grid' }),
    svg('line', { x1: left, y1: y(floor), x2: width, y2: y(floor), class: 'baseline' }),
    axisLabel(left - 6, y(100) + 4, '100%', 'end'), axisLabel(left - 6, y(floor) + 4, `${floor}%`, 'end')];
  if (points.length === 0) parts.push(axisLabel(width / 2, height / 2, 'No completed batch in these windows yet'));
  const coordinates = [];
  windows.forEach((w, i) => {
    if (!w.agreement) return;
    const percent = w.agreement.rate * 100;
    const cx = left + i * step + step / 2;
    coordinates.push(`${cx},${y(percent)}`);
    parts.push(svg('circle', { cx, cy: y(percent), r: 4, class: 'point' },
      svg('title', {}, `${windowName(w.id)}: ${percent.toFixed(2)}% agree (${count(w.agreement.differing)} of ${count(w.agreement.compared)} differ)`)));
  });
  if (coordinates.length > 1) parts.splice(5, 0, svg('polyline', { points: coordinates.join(' '), class: 'trend' }));
  chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
  chart.replaceChildren(...parts);

  $('agreement').tBodies[0].replaceChildren(...[...points].reverse().map((w) => el('tr', {},
    el('th', { scope: 'row' }, windowName(w.id)),
    el('td', {}, w.agreement.batchId),
    el('td', { class: 'n' }, count(w.agreement.compared)),
    el('td', { class: 'n' }, count(w.agreement.differing)),
    el('td', { class: 'n' }, `${(w.agreement.rate * 100).toFixed(2)}%`))));
}

// ---- real time (this host) ----

const ms = (value) => (value === null || value === undefined ? '–' : `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`);
const share = (part, total) => (total > 0 ? ` (${(100 * part / total).toFixed(1)}%)` : '');
const clock = (iso) => new Date(iso).toISOString().slice(11, 16);

function renderRealtime(view) {
  const d = view.decisions;
  const decided = d.approve + d.review + d.decline;
  const current = view.minutes.at(-1);
  const last = view.minutes.at(-2);
  const poisoned = Object.entries(view.poisoned);
  const fact = (term, value) => [el('dt', {}, term), el('dd', {}, value)];
  $('realtime-note').textContent = `This host's view: what this process recorded on its Tidewater meter since ${utc(view.observingSince)} UTC ` +
    '(minutes before that are empty, not quiet). Other instances of the app have their own.';
  $('realtime-facts').replaceChildren(
    ...fact('Accepted over HTTP', count(view.acceptedHttp)),
    ...fact('Accepted from the queue', count(view.acceptedQueue)),
    ...fact('Events per minute', `${count(current.acceptedHttp + current.acceptedQueue)} this minute, ${count(last.acceptedHttp + last.acceptedQueue)} the minute before`),
    ...fact('Duplicates, rejected, failed', `${count(view.duplicates)}, ${count(view.rejected)}, ${count(view.failed)}`),
    ...fact('Approve', count(d.approve) + share(d.approve, decided)),
    ...fact('Review', count(d.review) + share(d.review, decided)),
    ...fact('Decline', count(d.decline) + share(d.decline, decided)),
    ...fact('Ingest latency p50 / p99', `${ms(view.p50Millis)} / ${ms(view.p99Millis)} (accepted calls)`),
    ...fact('Alerts sent', count(view.alerts)),
    ...fact('Poisoned messages', poisoned.length === 0 ? '0' : poisoned.map(([reason, n]) => `${count(n)} ${reason}`).join(', ')));

  const width = 720, height = 150, left = 64, bottom = 20, top = 10;
  const step = (width - left) / view.minutes.length;
  const axis = (title, most, label) => [svg('title', {}, title),
    svg('line', { x1: left, y1: height - bottom, x2: width, y2: height - bottom, class: 'baseline' }),
    axisLabel(left - 6, top + 8, label(most), 'end'), axisLabel(left - 6, height - bottom, '0', 'end'),
    ...view.minutes.map((m, i) => (i % 10 === 0 || i === view.minutes.length - 1
      ? axisLabel(left + i * step + step / 2, height - 6, clock(m.start), i === view.minutes.length - 1 ? 'end' : 'middle') : null)).filter(Boolean)];

  const most = Math.max(1, ...view.minutes.map((m) => m.acceptedHttp + m.acceptedQueue));
  const scale = (height - bottom - top) / most;
  const bars = axis('Events accepted per minute', most, count);
  view.minutes.forEach((m, i) => {
    const x = left + i * step + step * 0.1;
    const described = `${clock(m.start)} UTC: ${count(m.acceptedHttp)} over HTTP, ${count(m.acceptedQueue)} from the queue; ` +
      `${count(m.approve)} approve, ${count(m.review)} review, ${count(m.decline)} decline; p50 ${ms(m.p50Millis)}, p99 ${ms(m.p99Millis)}`;
    const h = m.acceptedHttp * scale, q = m.acceptedQueue * scale;
    if (h > 0) bars.push(svg('rect', { x, y: height - bottom - h, width: step * 0.8, height: h, class: 'col http' }, svg('title', {}, described)));
    if (q > 0) bars.push(svg('rect', { x, y: height - bottom - h - q, width: step * 0.8, height: q, class: 'col queue' }, svg('title', {}, described)));
  });
  $('realtime-chart').setAttribute('viewBox', `0 0 ${width} ${height}`);
  $('realtime-chart').replaceChildren(...bars);

  const slowest = Math.max(1, ...view.minutes.map((m) => m.p99Millis ?? 0));
  const y = (value) => height - bottom - value * (height - bottom - top) / slowest;
  const lines = axis('Ingest latency per minute', slowest, ms);
  for (const [key, name] of [['p50Millis', 'p50'], ['p99Millis', 'p99']]) {
    const points = view.minutes.map((m, i) => (m[key] === null || m[key] === undefined ? null : [left + i * step + step / 2, y(m[key]), m])).filter(Boolean);
    if (points.length > 1) lines.push(svg('polyline', { points: points.map(([px, py]) => `${px},${py}`).join(' '), class: name }));
    for (const [px, py, m] of points) lines.push(svg('circle', { cx: px, cy: py, r: 2.5, class: `dot ${name}` }, svg('title', {}, `${clock(m.start)} UTC ${name} ${ms(m[key])}`)));
  }
  $('latency-chart').setAttribute('viewBox', `0 0 ${width} ${height}`);
  $('latency-chart').replaceChildren(...lines);
}

// ---- models ----

function renderModels(model, history) {
  const fact = (term, value) => [el('dt', {}, term), el('dd', {}, value)];
  $('model-current').replaceChildren(
    ...fact('Current version', model.version),
    ...fact('Pinned', model.pinned ? 'yes (batches do not switch it)' : 'no'),
    ...fact('Pointer updated', model.updatedAt ? `${utc(model.updatedAt)} UTC` : 'never (shipped default)'),
    ...fact('Served by this host', model.servingVersion),
    ...fact('Windows in its baselines', model.includedWindows.length === 0 ? 'none' : `${model.includedWindows.length}, newest ${windowName(model.includedWindows.at(-1))}`));
  const rows = history.map((h) => el('tr', { class: h.version === model.version ? 'current' : null },
    el('th', { scope: 'row' }, h.version, h.version === model.version ? el('span', { class: 'badge' }, model.pinned ? 'current, pinned' : 'current') : null),
    el('td', {}, h.baseVersion),
    el('td', {}, windowName(h.windowId)),
    el('td', {}, utc(h.madeAt)),
    el('td', { class: 'n' }, count(h.accountsMerged)),
    el('td', {}, h.refitOutcome),
    el('td', {}, h.published ? 'yes' : 'not yet')));
  const body = $('model-history').tBodies[0];
  body.replaceChildren(...rows);
  if (rows.length === 0) body.append(el('tr', {}, el('td', { colspan: 7, class: 'muted' }, 'No batch has refreshed a model yet; the shipped default v0 is in use.')));
}

// ---- wiring ----

function start() {
  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const key = $('key').value.trim();
    if (!key) return;
    saveKey(key, $('remember').checked);
    state.key = key;
    $('key').value = '';
    showDashboard();
    refresh();
  });
  $('refresh').addEventListener('click', refresh);
  $('forget-key').addEventListener('click', () => askForKey('The key was forgotten.'));
  $('report-close').addEventListener('click', () => $('report-dialog').close());
  $('report-dialog').addEventListener('close', () => { $('report-frame').srcdoc = ''; });
  $('batches').addEventListener('click', (event) => {
    const id = event.target.closest('button[data-report]')?.dataset.report;
    if (id) openReport(id);
  });
  document.addEventListener('visibilitychange', () => (document.hidden ? schedule() : refresh()));

  state.key = storedKey();
  if (state.key) {
    showDashboard();
    refresh();
  } else {
    askForKey();
  }
}

start();
