#!/usr/bin/env bash
# One harness run against a generated region: the real app (Release, Kestrel, Production, HTTPS), each page
# at each concurrency with autocannon, /health and each list page's own SQL (pgbench) as baselines in the
# same run, then the results file. See benchmarks/README.md.
#
#   benchmarks/load/run.sh --database pc_bench_s1 --label 1 [--users "20 50"] [--duration 20] [--only "my cases,health"]
#   benchmarks/load/run.sh --database pc_bench_s1 --label soak --users 50 --soak 600   # 10-minute soak, memory and connections
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

database=pc_bench; label=; users="20 50"; duration=20; only=; port=5443; soak=
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database=$2; shift 2 ;;
    --label) label=$2; shift 2 ;;
    --users) users=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --soak) soak=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
label=${label:-$database}

base_cs=${ConnectionStrings__ProbationCase:-"Host=localhost;Port=5432;Database=probationcase;Username=probationcase;Password=probationcase"}
cs=$(echo "$base_cs" | sed -E "s/Database=[^;]*/Database=$database/")
pg_host=$(echo "$cs" | sed -nE 's/.*Host=([^;]*).*/\1/p'); pg_port=$(echo "$cs" | sed -nE 's/.*Port=([^;]*).*/\1/p')
pg_user=$(echo "$cs" | sed -nE 's/.*Username=([^;]*).*/\1/p'); export PGPASSWORD=$(echo "$cs" | sed -nE 's/.*Password=([^;]*).*/\1/p')
pg_port=${pg_port:-5432}

stamp=$(date -u +%Y-%m-%dT%H%M)
out="benchmarks/results/runs/$stamp-scale-$label"
mkdir -p "$out"
say() { echo "[$(date -u +%H:%M:%S)] $*"; }

say "Building (Release)"
dotnet build src/ProbationCase.Web -c Release -nologo -v quiet >/dev/null
dotnet build benchmarks/ProbationCase.Benchmarks -c Release -nologo -v quiet >/dev/null
(cd benchmarks/load && [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null)

cert=benchmarks/load/.cert
if [ ! -f "$cert/cert.pem" ]; then
  mkdir -p "$cert"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$cert/key.pem" -out "$cert/cert.pem" -days 30 -subj "/CN=localhost" 2>/dev/null
fi
# Production refuses to start without a certificate that encrypts the data-protection keys at rest. The harness makes
# its own, kept beside the TLS one so keys written by an earlier run against the same database stay readable; the
# statements step below (an in-process host, also in Production) uses it too.
if [ ! -f "$cert/data-protection.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$cert/data-protection.key" -out "$cert/data-protection.pem" -days 3650 \
    -subj "/CN=ProbationCase load test data protection" 2>/dev/null
fi
export DataProtection__CertificatePath="$root/$cert/data-protection.pem" DataProtection__CertificateKeyPath="$root/$cert/data-protection.key"

say "Capturing each list page's SQL and plans ($database)"
dotnet benchmarks/ProbationCase.Benchmarks/bin/Release/net10.0/ProbationCase.Benchmarks.dll statements --database "$database" --out "$out/statements" | grep -v '^{' || true
teams=$(psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" -Atc "SELECT count(*) FROM teams")

say "Starting the app on https://localhost:$port (Production, Release)"
ASPNETCORE_ENVIRONMENT=Production \
ASPNETCORE_URLS="https://localhost:$port" \
Kestrel__Certificates__Default__Path="$root/$cert/cert.pem" \
Kestrel__Certificates__Default__KeyPath="$root/$cert/key.pem" \
ConnectionStrings__ProbationCase="$cs" \
Database__MigrateOnStartup=false Database__SeedDemoData=false \
  dotnet src/ProbationCase.Web/bin/Release/net10.0/ProbationCase.Web.dll --contentRoot "$root/src/ProbationCase.Web" >"$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -ksf "https://localhost:$port/health" >/dev/null && break
  sleep 1
done
curl -ksf "https://localhost:$port/health" >/dev/null || { say "The app did not start; see $out/app.log"; exit 1; }

{
  echo "{\"label\": \"$label\", \"database\": \"$database\", \"nproc\": $(nproc), \"memory\": \"$(free -g | awk '/Mem:/ {print $2}') GiB\","
  echo " \"cpu\": \"$(lscpu | sed -nE 's/^Model name: *//p' | head -1)\", \"postgres\": \"$(psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" -Atc 'SHOW server_version')\","
  echo " \"dotnet\": \"$(dotnet --version)\", \"dataset\": $(psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" -Atc "SELECT row_to_json(d) FROM (SELECT * FROM benchmark_dataset ORDER BY generated_at DESC LIMIT 1) d"),"
  echo " \"rows\": $(psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" -Atc "SELECT json_object_agg(relname, n_live_tup ORDER BY relname) FROM pg_stat_user_tables WHERE n_live_tup > 0"),"
  echo " \"settings\": $(psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" -Atc "SELECT json_object_agg(name, setting) FROM pg_settings WHERE name IN ('shared_buffers','work_mem','jit','max_connections','effective_cache_size','random_page_cost')")}"
} >"$out/machine.json"

# A just-started app runs tier-0 JIT code for its first seconds under load; one unrecorded pass over every page at
# the first concurrency lets tiered compilation finish, so the first measured round is not a warm-up in disguise.
say "Warm-up: every page once, not recorded"
node benchmarks/load/harness.mjs --base "https://localhost:$port" --connections "${users%% *}" --duration 5 --warmup 0 --teams "$teams" \
  --statements "$out/statements" --app-pid "$app" --out "$out/warm-up.json" ${only:+--only "$only"} >/dev/null 2>&1 || true

if [ -n "$soak" ]; then
  # One long run of every GET page mixed at the first concurrency, with the app's memory and the database's
  # connections sampled every 10 s: flat is the aim.
  u=${users%% *}
  say "== soak: $u concurrent users for $soak s =="
  PGHOST=$pg_host PGPORT=$pg_port PGUSER=$pg_user PGDATABASE=$database \
  node benchmarks/load/harness.mjs --base "https://localhost:$port" --connections "$u" --teams "$teams" \
    --statements "$out/statements" --app-pid "$app" --soak "$soak" --out "$out/soak-$u.json"
  kill $app; wait $app 2>/dev/null || true
  say "Soak results in $out/soak-$u.json"
  exit 0
fi

for u in $users; do
  say "== $u concurrent users =="
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  node benchmarks/load/harness.mjs --base "https://localhost:$port" --connections "$u" --duration "$duration" --teams "$teams" \
    --statements "$out/statements" --app-pid "$app" --out "$out/http-$u.json" ${only:+--only "$only"}
  echo "{\"users\": $u, \"before\": \"$load_before\", \"after\": \"$(cut -d' ' -f1-3 /proc/loadavg)\"}" >>"$out/load.jsonl"
done

kill $app; wait $app 2>/dev/null || true

# The SQL baselines after the app has stopped, so its connection pool does not take PostgreSQL's slots. pgbench's
# sessions get the app's session settings (ProbationCaseDatabase.WithDriverSettings: JIT off), so the two compare.
export PGOPTIONS="-c jit=off"
for u in $users; do
  say "pgbench: each list page's SQL, $u clients, ${duration} s each"
  : >"$out/pgbench-$u.jsonl"
  for script in "$out"/statements/*.pgbench.sql; do
    slug=$(basename "$script" .pgbench.sql)
    [ -s "$script" ] || continue
    logdir=$(mktemp -d)
    (cd "$logdir" && pgbench -n -M prepared -c "$u" -j 2 -T "$duration" -l -f "$root/$script" -h "$pg_host" -p "$pg_port" -U "$pg_user" "$database" >/dev/null 2>"$logdir/err" || cat "$logdir/err" >&2)
    node benchmarks/load/pgbench-summary.mjs "$slug" "$u" "$duration" "$logdir"/pgbench_log.* >>"$out/pgbench-$u.jsonl"
    rm -rf "$logdir"
  done
done
say "Results in $out"
node benchmarks/load/report.mjs "$out"
