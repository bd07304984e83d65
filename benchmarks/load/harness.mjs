// HTTP load harness for ProbationCase: signed-in sessions as each role, one page at a time under N
// concurrent connections (autocannon), p50/p95/p99 from every response's own latency. See benchmarks/README.md.
//
//   node harness.mjs --base https://localhost:5443 --connections 20 --duration 20 --statements dir --out file.json
//
// Sessions sign in through the real sign-in page (antiforgery included). Pages are found as a user finds
// them: cases, a warning filter, the deepest page and the RAR page are links on the pages themselves.
import autocannon from 'autocannon';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // the harness's own self-signed certificate (run.sh)

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const base = args.base ?? 'https://localhost:5443';
const connections = Number(args.connections ?? 20);
const duration = Number(args.duration ?? 20);
const warmup = Number(args.warmup ?? 3);
const teams = Number(args.teams ?? 60);
const sessionsPerRole = Number(args.sessions ?? Math.min(connections, 20));
const only = args.only ? args.only.split(',') : null;
const password = 'LoadTest-Password-1';
const domain = 'loadtest.probation.test';
const pad = (n, width) => String(n).padStart(width, '0');
const officerEmail = (team, officer) => `t${pad(team, 4)}.o${pad(officer, 2)}@${domain}`;
const spoEmail = team => `t${pad(team, 4)}.spo@${domain}`;
const courtEmail = team => `t${pad(team, 4)}.court@${domain}`;
const say = message => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

// ---- a tiny cookie-keeping client for sign-in and discovery -----------------------------------------
class Session {
  constructor(email) { this.email = email; this.cookies = new Map(); }

  get cookieHeader() { return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '); }

  async request(path, options = {}) {
    const response = await fetch(base + path, {
      ...options,
      redirect: 'manual',
      headers: { ...(options.headers ?? {}), cookie: this.cookieHeader },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }

  async html(path) {
    const response = await this.request(path);
    if (response.status !== 200) throw new Error(`GET ${path} as ${this.email} gave ${response.status}`);
    return response.text();
  }

  async post(path, fields) {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  async signIn() {
    const form = await this.html('/Account/SignIn');
    const response = await this.post('/Account/SignIn', {
      __RequestVerificationToken: token(form), 'Input.Email': this.email, 'Input.Password': password,
    });
    if (response.status !== 302) throw new Error(`Signing in as ${this.email} gave ${response.status}`);
    return this;
  }
}

const decode = text => text.replaceAll('&amp;', '&').replaceAll('&#x2B;', '+').replaceAll('&quot;', '"').replaceAll('&#x27;', "'");
const links = html => [...html.matchAll(/href="([^"]+)"/g)].map(match => decode(match[1]));
const token = html => /name="__RequestVerificationToken" type="hidden" value="([^"]+)"/.exec(html)[1];
const deepestPage = (html, path) => links(html)
  .filter(link => link.startsWith(path + '?'))
  .map(link => ({ link, page: Number((/[?&][A-Za-z]*[Pp]age[A-Za-z]*=(\d+)/.exec(link) ?? [])[1] ?? NaN) }))
  .filter(candidate => !Number.isNaN(candidate.page))
  .sort((a, b) => b.page - a.page)[0]?.link;
const hiddenFields = (html, formStart) => {
  const form = html.slice(html.indexOf('<form', formStart));
  const inputs = form.slice(0, form.indexOf('</form>')).matchAll(/<input[^>]*>/g);
  const fields = {};
  for (const [input] of inputs) {
    if (!/type="hidden"/.test(input)) continue;
    const name = /name="([^"]+)"/.exec(input)?.[1];
    if (name) fields[name] = decode(/value="([^"]*)"/.exec(input)?.[1] ?? '');
  }
  return fields;
};

// ---- discovery ------------------------------------------------------------------------------------
const spread = count => Array.from({ length: count }, (_, i) => 1 + Math.floor(i * teams / count));

async function officerSession(team) {
  const session = await new Session(officerEmail(team, 1)).signIn();
  const myCases = await session.html('/Officer');
  const found = links(myCases);
  session.cases = [...new Set(found.filter(link => /^\/Cases\/[0-9a-f-]{36}$/.test(link)))];
  session.warning = found.find(link => link.startsWith('/Officer?') && link.includes('Warning='));
  session.deepest = deepestPage(myCases, '/Officer');
  for (const person of session.cases.slice(0, 25)) {
    const rar = links(await session.html(person)).find(link => link.startsWith(person + '/Orders/') && link.endsWith('/Rar'));
    if (rar) { session.rar = rar; break; }
  }
  return session;
}

async function spoSession(team) {
  const session = await new Session(spoEmail(team)).signIn();
  session.deepest = deepestPage(await session.html('/Spo/Caseload'), '/Spo/Caseload');
  return session;
}

// The history path of the work list: one court's reports, closed ones included (a court from the filter's own options).
async function courtSession(team, index) {
  const session = await new Session(courtEmail(team)).signIn();
  const select = /<select[^>]*name="Filter.Court"[^>]*>([\s\S]*?)<\/select>/.exec(await session.html('/Court'))?.[1] ?? '';
  const courts = [...select.matchAll(/<option[^>]*value="([^"]+)"/g)].map(match => decode(match[1]));
  if (courts.length > 0) {
    session.history = `/Court?${new URLSearchParams({ 'Filter.Court': courts[index % courts.length], 'Filter.IncludeClosed': 'true' })}`;
  }
  return session;
}

// Contacts booked (not measured) so that each measured POST records an outcome once, as an officer would.
async function prepareOutcomes(sessions, count) {
  const today = new Date();
  const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(today).reduce((parts, part) => ({ ...parts, [part.type]: part.value }), {});
  const prepared = [];
  let next = 0;
  async function worker(session) {
    while (next < count) {
      const mine = next++;
      const person = session.cases[mine % session.cases.length];
      const book = await session.html(`${person}/Contacts/Book`);
      const orderId = /name="Input.OrderId"[^>]*value="([0-9a-f-]{36})"/.exec(book)?.[1] ?? /value="([0-9a-f-]{36})"[^>]*name="Input.OrderId"/.exec(book)?.[1];
      const booked = await session.post(`${person}/Contacts/Book`, {
        __RequestVerificationToken: token(book), 'Input.OrderId': orderId, 'Input.Type': 'OfficeAppointment', 'Input.IsFaceToFace': 'true',
        'Input.Date.Day': london.day, 'Input.Date.Month': london.month, 'Input.Date.Year': london.year, 'Input.Time': '00:01', 'Input.EndTime': '00:31', 'Input.LocationChoice': 'elsewhere', 'Input.Location': 'Probation office', 'Input.Repeat': 'DoesNotRepeat', Step: 'check',
      });
      const location = booked.headers.get('location') ?? '';
      const contact = /\/Contacts\/([0-9a-f-]{36})\//.exec(location)?.[1];
      if (booked.status !== 302 || !contact) throw new Error(`Booking a contact gave ${booked.status} (${location})`);
      const path = `${person}/Contacts/${contact}/Outcome`;
      const form = await session.html(path);
      const fields = { ...hiddenFields(form, form.indexOf('<main')), 'Input.Outcome': 'AttendedComplied', Step: 'check' };
      delete fields.Change;
      prepared.push({ path, cookie: session.cookieHeader, body: new URLSearchParams(fields).toString() });
    }
  }
  await Promise.all(sessions.map(worker));
  return prepared;
}

// ---- CPU per request: where a page's time goes, robust to a busy machine -----------------------------
// utime + stime (clock ticks, 100 per second) of the app, of every PostgreSQL process, and of this driver.
const appPid = args['app-pid'] ? Number(args['app-pid']) : null;
const ticks = pid => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch { return 0; }
};
const postgresTicks = () => readdirSync('/proc').filter(name => /^\d+$/.test(name)).reduce((sum, pid) => {
  try { return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres' ? sum + ticks(pid) : sum; } catch { return sum; }
}, 0);
const cpuNow = () => ({ app: appPid ? ticks(appPid) : 0, postgres: postgresTicks(), driver: ticks(process.pid) });

// ---- measuring --------------------------------------------------------------------------------------
const round = n => n === null ? null : Math.round(n * 10) / 10;

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
}

async function measure(name, next, { expected = 200, amount } = {}) {
  const run = (seconds, record) => new Promise((resolve, reject) => {
    const latencies = [];
    const statuses = {};
    let errors = 0;
    const instance = autocannon({
      url: base,
      connections,
      duration: seconds,
      amount: record ? amount : undefined,
      timeout: 30,
      requests: [{ setupRequest: (request, context) => ({ ...request, ...next(context) }) }],
    }, (error, result) => error ? reject(error) : resolve({ result, latencies, statuses, errors }));
    instance.on('response', (client, statusCode, bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode !== expected) errors++;
    });
  });
  if (warmup > 0 && amount === undefined) await run(warmup, false);
  const started = Date.now();
  const cpuBefore = cpuNow();
  const { result, latencies, statuses, errors } = await run(duration, true);
  const elapsed = (Date.now() - started) / 1000;
  const cpuAfter = cpuNow();
  const cpuMs = part => latencies.length ? round((cpuAfter[part] - cpuBefore[part]) * 10 / latencies.length) : null;
  latencies.sort((a, b) => a - b);
  const summary = {
    name, connections, seconds: Math.round(elapsed * 10) / 10, requests: latencies.length,
    rps: Math.round(latencies.length / Math.min(elapsed, result.duration ?? elapsed) * 10) / 10,
    p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)),
    errors: errors + result.errors + result.timeouts, statuses,
    cpuMsPerRequest: { app: appPid ? cpuMs('app') : null, postgres: cpuMs('postgres'), driver: cpuMs('driver') },
  };
  say(`${name.padEnd(28)} ${String(summary.rps).padStart(8)} req/s  p50 ${summary.p50} ms  p95 ${summary.p95} ms  p99 ${summary.p99} ms  errors ${summary.errors}  CPU ms/request app ${summary.cpuMsPerRequest.app} db ${summary.cpuMsPerRequest.postgres} driver ${summary.cpuMsPerRequest.driver}`);
  return summary;
}

const rotate = items => { let i = 0; return () => items[i++ % items.length]; };
const perSession = (pool, pick) => {
  if (pool.length === 0) return null;
  const sessionFor = rotate(pool);
  return context => {
    context.session ??= sessionFor();
    context.turn = (context.turn ?? 0) + 1;
    return { method: 'GET', path: pick(context.session, context.turn), headers: { cookie: context.session.cookieHeader } };
  };
};

// ---- the run ----------------------------------------------------------------------------------------
const statements = args.statements ? JSON.parse(readFileSync(`${args.statements}/statements.json`, 'utf8')) : [];
const searchUrl = name => statements.find(page => page.name === name)?.url;

say(`Signing in ${sessionsPerRole} officers and ${sessionsPerRole} SPOs across ${teams} teams`);
const officers = await Promise.all(spread(sessionsPerRole).map(officerSession));
const spos = await Promise.all(spread(sessionsPerRole).map(spoSession));
const courts = await Promise.all(spread(Math.min(5, sessionsPerRole)).map(courtSession));

const scenarios = [
  ['health', () => ({ method: 'GET', path: '/health' })],
  ['My cases, first page', perSession(officers, () => '/Officer')],
  ['My cases, warning filter', perSession(officers.filter(s => s.warning), s => s.warning)],
  ['My cases, deepest page', perSession(officers.filter(s => s.deepest), s => s.deepest)],
  ['Case overview', perSession(officers, (s, turn) => s.cases[turn % s.cases.length])],
  ['Activity log', perSession(officers, (s, turn) => `${s.cases[turn % s.cases.length]}/Activity`)],
  ['RAR page', perSession(officers.filter(s => s.rar), s => s.rar)],
  ['Team caseload, first page', perSession(spos, () => '/Spo/Caseload')],
  ['Team caseload, deepest page', perSession(spos.filter(s => s.deepest), s => s.deepest)],
  ['Dashboard', perSession(spos, () => '/Spo/Dashboard')],
  ['Search by name', perSession(officers, () => searchUrl('Search by name'))],
  ['Search by CRN', perSession(officers, () => searchUrl('Search by CRN'))],
  ['Court work list', perSession(courts, () => '/Court')],
  ['Court work list, closed reports at one court', perSession(courts.filter(s => s.history), s => s.history)],
];

// ---- soak: every GET page mixed, for a long run, with the app's memory and PostgreSQL's connections sampled ----
const soakSeconds = Number(args.soak ?? 0);
if (soakSeconds > 0) {
  const mixed = scenarios.filter(([, next]) => next !== null).map(([name, next]) => ({ name, next }));
  const pick = rotate(mixed);
  const samples = [];
  const sample = () => {
    const rssKb = appPid ? Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${appPid}/status`, 'utf8'))?.[1] ?? 0) : null;
    let connections = null;
    try {
      connections = Number(execFileSync('psql', ['-Atc', "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"], { encoding: 'utf8' }).trim());
    } catch { /* psql not reachable: leave it out */ }
    samples.push({ at: new Date().toISOString(), rssMb: rssKb === null ? null : Math.round(rssKb / 1024), connections });
  };
  sample();
  const timer = setInterval(sample, 10_000);
  const saved = duration;
  const summary = await (async () => {
    const latencies = [];
    const statuses = {};
    let errors = 0;
    const result = await new Promise((resolve, reject) => {
      const instance = autocannon({
        url: base, connections, duration: soakSeconds, timeout: 30,
        requests: [{ setupRequest: (request, context) => ({ ...request, ...pick().next(context) }) }],
      }, (error, done) => error ? reject(error) : resolve(done));
      instance.on('response', (client, statusCode, bytes, responseTime) => {
        latencies.push(responseTime);
        statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
        if (statusCode !== 200) errors++;
      });
    });
    latencies.sort((a, b) => a - b);
    return {
      name: `Soak: ${mixed.length} pages mixed`, connections, seconds: soakSeconds, requests: latencies.length,
      rps: Math.round(latencies.length / soakSeconds * 10) / 10,
      p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)),
      errors: errors + result.errors + result.timeouts, statuses,
    };
  })();
  clearInterval(timer);
  sample();
  say(`${summary.name}: ${summary.requests} requests, ${summary.rps} req/s, p95 ${summary.p95} ms, errors ${summary.errors}`);
  const rss = samples.map(s => s.rssMb).filter(v => v !== null);
  const conns = samples.map(s => s.connections).filter(v => v !== null);
  say(`App memory (MB) first/min/max/last: ${rss[0]}/${Math.min(...rss)}/${Math.max(...rss)}/${rss.at(-1)}; PostgreSQL connections: ${conns[0]}/${Math.min(...conns)}/${Math.max(...conns)}/${conns.at(-1)}`);
  writeFileSync(args.out ?? 'soak.json', JSON.stringify({ base, connections, soak: soakSeconds, duration: saved, at: new Date().toISOString(), results: [summary], samples }, null, 2));
  process.exit(0);
}

const results = [];
for (const [name, next] of scenarios) {
  if (only && !only.some(word => name.toLowerCase().includes(word))) continue;
  if (next === null) {
    say(`${name}: no session found a link to it`);
    results.push({ name, connections, error: 'no link to it on the pages' });
    continue;
  }
  try {
    results.push(await measure(name, next));
  } catch (error) {
    say(`${name}: ${error.message}`);
    results.push({ name, connections, error: error.message });
  }
}

if (!only || only.some(word => 'record an outcome'.includes(word))) {
  const count = Number(args.outcomes ?? Math.max(200, connections * 25));
  say(`Booking ${count} contacts to record outcomes against (not measured)`);
  const pool = await prepareOutcomes(officers, count);
  const nextOutcome = rotate(pool);
  results.push(await measure('Record an outcome (POST)', () => {
    const { path, cookie, body } = nextOutcome();
    return { method: 'POST', path, body, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } };
  }, { expected: 302, amount: pool.length }));
}

writeFileSync(args.out ?? 'results.json', JSON.stringify({ base, connections, duration, at: new Date().toISOString(), results }, null, 2));
