// Writes the results file from one or more harness runs (benchmarks/results/runs/<run>):
//   node benchmarks/load/report.mjs <run dir> [<run dir> ...] [--out benchmarks/results/<date>.md]
// Per run: machine, dataset, load average, and per concurrency a table of every page with p50/p95/p99,
// req/s, errors and its ratio to /health and to its own SQL replayed by pgbench; the targets of issues 10
// and 11; EXPLAIN (ANALYZE, BUFFERS) of every list statement; an SVG of p95 by page per run.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

const argv = process.argv.slice(2);
const outAt = argv.indexOf('--out');
const out = outAt >= 0 ? argv[outAt + 1] : null;
const dirs = argv.filter((arg, i) => !arg.startsWith('--') && (outAt < 0 || i !== outAt + 1));
const json = file => JSON.parse(readFileSync(file, 'utf8'));
const lines = file => existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line)) : [];
const fmt = (n, digits = 0) => n === null || n === undefined ? '–' : Number(n).toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const runs = dirs.map(dir => {
  const machine = json(join(dir, 'machine.json'));
  const statements = existsSync(join(dir, 'statements/statements.json')) ? json(join(dir, 'statements/statements.json')) : [];
  const byUsers = {};
  for (const file of readdirSync(dir).filter(name => /^http-\d+\.json$/.test(name)).map(name => join(dir, name))) {
    const http = json(file);
    byUsers[http.connections] = { http: http.results, sql: lines(join(dir, `pgbench-${http.connections}.jsonl`)) };
  }
  return { dir, machine, statements, byUsers, load: lines(join(dir, 'load.jsonl')) };
});

const md = [];
const date = new Date().toISOString().slice(0, 10);
md.push(`# Load test results, ${date}`, '');
md.push('Produced by `benchmarks/load/run.sh` (see benchmarks/README.md): the real app (Release, Kestrel, `ASPNETCORE_ENVIRONMENT=Production`, HTTPS) on this machine, each page driven by autocannon at N concurrent connections (closed loop, no think time) for the stated seconds after a 3-second warm-up, signed in as load-test officers, SPOs and court liaison officers spread over the teams. Baselines in the same run: `/health` (one query) and each list page\'s own SQL replayed by `pgbench -M prepared` at the same concurrency (one pgbench transaction = one page view\'s statements). p50/p95/p99 in ms.', '');

for (const run of runs) {
  const m = run.machine;
  md.push(`## Scale ${m.label} (\`${m.database}\`)`, '');
  md.push(`- Machine: ${m.nproc} cores (${m.cpu}), ${m.memory}; PostgreSQL ${m.postgres}; .NET SDK ${m.dotnet}; app and database on the same machine.`);
  md.push(`- PostgreSQL settings: ${Object.entries(m.settings ?? {}).map(([k, v]) => `${k}=${v}`).join(', ')}.`);
  if (m.dataset) {
    const d = m.dataset;
    md.push(`- Dataset: scale ${d.scale}, seed ${d.seed}, as of ${String(d.as_of).slice(0, 10)}: ${fmt(d.teams)} teams, ${fmt(d.people)} people, ${fmt(d.contacts)} contacts, ${fmt(d.rows)} rows; generated in ${fmt(d.total_seconds)} s (${fmt(d.generate_seconds)} s generating and copying, ${fmt(d.index_seconds)} s indexes and keys, ${fmt(d.vacuum_seconds)} s VACUUM ANALYZE).`);
  }
  for (const l of run.load) md.push(`- Load average (1, 5, 15 min) before the ${l.users}-user run: ${l.before}; after: ${l.after}.`);
  md.push('', '<details><summary>Row counts</summary>', '', '| table | rows |', '| --- | ---: |');
  for (const [table, rows] of Object.entries(m.rows ?? {})) md.push(`| ${table} | ${fmt(rows)} |`);
  md.push('', '</details>', '');

  for (const [users, { http, sql }] of Object.entries(run.byUsers)) {
    const health = http.find(r => r.name === 'health');
    md.push(`### ${users} concurrent users`, '');
    md.push('| page | p50 | p95 | p99 | req/s | errors | req/s ÷ /health | p95 ÷ /health p95 | SQL p95 (pgbench) | SQL req/s | p95 ÷ SQL p95 | CPU ms/req: app | PostgreSQL |');
    md.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of http) {
      if (r.error) { md.push(`| ${r.name} | failed: ${r.error} |||||||||| `); continue; }
      const slug = run.statements.find(s => s.name === r.name)?.slug;
      const q = slug ? sql.find(s => s.name === slug) : null;
      md.push(`| ${r.name} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.rps, 1)} | ${fmt(r.errors)} | ${health && r !== health ? fmt(100 * r.rps / health.rps, 1) + '%' : ''} | ${health && r !== health ? fmt(r.p95 / health.p95, 1) + '×' : ''} | ${q ? fmt(q.p95, 1) : ''} | ${q ? fmt(q.rps, 0) : ''} | ${q && q.p95 ? fmt(r.p95 / q.p95, 1) + '×' : ''} | ${r.cpuMsPerRequest?.app ?? ''} | ${r.cpuMsPerRequest?.postgres ?? ''} |`);
    }
    md.push('');
  }
}

// Targets (issue 11 "Must show" 2, issue 10 "Must show" 5): at scale 1 (else the largest run), 20 users.
const find = (run, users, name) => run?.byUsers[users]?.http.find(r => r.name === name);
const largest = runs.reduce((a, b) => (Number(b.machine.dataset?.scale ?? 0) > Number(a?.machine.dataset?.scale ?? -1) ? b : a), null);
const smallest = runs.reduce((a, b) => (Number(b.machine.dataset?.scale ?? 9) < Number(a?.machine.dataset?.scale ?? 9) ? b : a), null);
if (largest) {
  const shown = (value, unit) => value == null || Number.isNaN(value) ? '–' : unit === 'ms' ? `${fmt(value)} ms` : `${fmt(value, unit === '×' ? 2 : 1)}${unit}`;
  const row = (name, wanted, value, unit, verdict) => md.push(`| ${name} | ${wanted} | ${shown(value, unit)} | ${value == null ? 'not measured' : verdict} |`);
  const health = find(largest, 20, 'health');
  const myCases = find(largest, 20, 'My cases, first page');
  const small = find(smallest, 20, 'My cases, first page');
  const fifty = largest.byUsers[50]?.http ?? [];
  md.push(`## Targets (scale ${largest.machine.label}, 20 users)`, '');
  md.push('| target | wanted | measured | |', '| --- | --- | ---: | --- |');
  for (const [name, page, limit] of [
    ['My cases p95', 'My cases, first page', 50], ['Team caseload p95', 'Team caseload, first page', 100],
    ['Dashboard p95', 'Dashboard', 250], ['Record an outcome (POST) p95', 'Record an outcome (POST)', 60]]) {
    const value = find(largest, 20, page)?.p95;
    row(name, `≤ ${limit} ms`, value, 'ms', value <= limit ? 'met' : `missed by ${fmt(value - limit)} ms`);
  }
  const share = myCases && health ? 100 * myCases.rps / health.rps : null;
  row('My cases throughput ÷ /health', '≥ 20%', share, '%', share >= 20 ? 'met' : `missed by ${fmt(20 - share, 1)} points`);
  if (smallest !== largest && small && myCases) {
    const ratio = myCases.p95 / small.p95;
    row(`My cases p95, scale ${largest.machine.label} ÷ scale ${smallest.machine.label}`, '≤ 1.3×', ratio, '×', ratio <= 1.3 ? 'met' : `missed by ${fmt(ratio - 1.3, 2)}×`);
  }
  const errors50 = fifty.reduce((sum, r) => sum + (r.errors ?? 0), 0);
  md.push(`| Errors at 50 users (all pages) | 0 in a 10-minute run | ${largest.byUsers[50] ? fmt(errors50) : '–'} | ${largest.byUsers[50] ? `${fifty.length} pages × ${fifty[0]?.seconds ?? '?'} s each, not one 10-minute run` : 'not measured'} |`, '');
}

// The chart: p95 by page, one bar per run, at 20 users.
const pages = [...new Set(runs.flatMap(run => (run.byUsers[20]?.http ?? []).filter(r => !r.error).map(r => r.name)))];
if (pages.length > 0) {
  const colours = ['#1d70b8', '#d4351c', '#00703c', '#f47738'];
  const max = Math.max(1, ...runs.flatMap(run => (run.byUsers[20]?.http ?? []).map(r => r.p95 ?? 0)));
  const barHeight = 12, groupGap = 10, left = 230, width = 760, chartWidth = width - left - 60;
  const groupHeight = runs.length * barHeight + groupGap;
  const height = 60 + pages.length * groupHeight;
  const svg = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Arial, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">p95 by page at 20 concurrent users (ms)</text>`];
  runs.forEach((run, i) => svg.push(`<rect x="${left + i * 140}" y="30" width="12" height="12" fill="${colours[i % colours.length]}"/><text x="${left + i * 140 + 16}" y="40">scale ${run.machine.label}</text>`));
  pages.forEach((page, p) => {
    const y = 55 + p * groupHeight;
    svg.push(`<text x="${left - 8}" y="${y + runs.length * barHeight / 2 + 4}" text-anchor="end">${page.replace('&', '&amp;')}</text>`);
    runs.forEach((run, i) => {
      const r = run.byUsers[20]?.http.find(x => x.name === page);
      if (!r || r.p95 == null) return;
      const w = Math.max(1, r.p95 / max * chartWidth);
      svg.push(`<rect x="${left}" y="${y + i * barHeight}" width="${w.toFixed(1)}" height="${barHeight - 2}" fill="${colours[i % colours.length]}"/>`);
      svg.push(`<text x="${left + w + 4}" y="${y + i * barHeight + 9}" font-size="10">${fmt(r.p95)}</text>`);
    });
  });
  svg.push('</svg>');
  const svgFile = out ? out.replace(/\.md$/, '-p95.svg') : join(runs[0].dir, 'p95.svg');
  writeFileSync(svgFile, svg.join('\n'));
  md.push('## p95 by page', '', `![p95 by page at 20 users](${basename(svgFile)})`, '');
}

md.push('## Plans', '');
for (const run of runs) {
  const plans = join(run.dir, 'statements/plans.md');
  if (!existsSync(plans)) continue;
  md.push(`<details><summary>EXPLAIN (ANALYZE, BUFFERS) of every list statement, scale ${run.machine.label}</summary>`, '');
  md.push(readFileSync(plans, 'utf8'), '</details>', '');
}

const target = out ?? join(runs[0].dir, 'summary.md');
writeFileSync(target, md.join('\n'));
console.log(`Wrote ${target}${out ? '' : ` (combine runs with: node benchmarks/load/report.mjs ${runs.map(r => relative(process.cwd(), r.dir)).join(' ')} --out benchmarks/results/${date}.md)`}`);
void dirname;
