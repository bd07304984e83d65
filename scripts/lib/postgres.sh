# Sourced by scripts/run and scripts/test: makes sure a PostgreSQL database is reachable and
# exports ConnectionStrings__ProbationCase. An already-set connection string is used as it is.
# Usage: ensure_database <database-name>

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

install_postgres_if_missing() {
  if ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then return; fi
  echo "==> Installing PostgreSQL (Debian package 'postgresql')"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
}

start_local_cluster() {
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    echo "==> Creating PostgreSQL $version cluster 'main'"
    as_root pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    echo "==> Starting PostgreSQL $version"
    as_root pg_ctlcluster "$version" main start
  fi
  PG_PORT=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
  for _ in $(seq 1 30); do
    as_postgres pg_isready -q -p "$PG_PORT" && return
    sleep 1
  done
  echo "PostgreSQL did not become ready" >&2
  exit 1
}

ensure_database() {
  local database=$1
  if [ -n "${ConnectionStrings__ProbationCase:-}" ]; then
    echo "==> Using the database in ConnectionStrings__ProbationCase"
    return
  fi
  install_postgres_if_missing
  start_local_cluster
  local role=probationcase password=probationcase
  as_postgres psql -q -p "$PG_PORT" -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN PASSWORD '$password' CREATEDB;
  END IF;
END \$\$;
SQL
  if ! as_postgres psql -p "$PG_PORT" -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    as_postgres createdb -p "$PG_PORT" -O "$role" "$database"
  fi
  export ConnectionStrings__ProbationCase="Host=localhost;Port=$PG_PORT;Database=$database;Username=$role;Password=$password"
}
