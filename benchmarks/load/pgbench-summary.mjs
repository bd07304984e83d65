// Summarises pgbench per-transaction logs (-l) into the harness's shape: one transaction = one page's SQL.
//   node pgbench-summary.mjs <name> <connections> <seconds> <log files...>
import { readFileSync } from 'node:fs';

const [name, connections, seconds, ...files] = process.argv.slice(2);
const latencies = [];
let failures = 0;
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 6) continue;
    if (fields[2] === 'failed' || fields[2] === 'skipped') { failures++; continue; }
    latencies.push(Number(fields[2]) / 1000);
  }
}
latencies.sort((a, b) => a - b);
const at = p => latencies.length === 0 ? null : Math.round(latencies[Math.min(latencies.length - 1, Math.ceil(p / 100 * latencies.length) - 1)] * 100) / 100;
console.log(JSON.stringify({
  name, connections: Number(connections), requests: latencies.length,
  rps: Math.round(latencies.length / Number(seconds) * 10) / 10, p50: at(50), p95: at(95), p99: at(99), errors: failures,
}));
