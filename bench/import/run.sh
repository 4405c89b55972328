#!/usr/bin/env bash
# bench/import/run.sh [ROWS] — times `zhicheng import` of ROWS (default 100,000) 人员 rows from one .xlsx into a fresh
# demo database, on SQLite and on a throwaway PostgreSQL, reporting wall time and peak memory of each run.
# Run as root (PostgreSQL runs as the postgres user). Output: bench/import/out/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rows="${1:-100000}"
out=bench/import/out; rm -rf "$out"; mkdir -p "$out"
./zhicheng --help >/dev/null   # publish Release once
app=.build/app/zhicheng.dll
export DOTNET_GCgen0size=0x2000000

bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
pg="$(mktemp -d /tmp/zhicheng-import-pg.XXXXXX)"; chown postgres "$pg"
port=$(shuf -i 20000-60000 -n 1)
runuser -u postgres -- "$bin/initdb" -D "$pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$pg/data" -l "$pg/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $pg" start >/dev/null
trap 'runuser -u postgres -- "$bin/pg_ctl" -D "$pg/data" -m fast stop >/dev/null; rm -rf "$pg"' EXIT
runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$port" zhicheng_import

for db in sqlite postgresql; do
  if [[ $db == sqlite ]]; then conn="Data Source=$PWD/$out/import.db"; else conn="Host=127.0.0.1;Port=$port;Username=postgres;Database=zhicheng_import"; fi
  ZHICHENG_DB="$conn" dotnet "$app" seed --demo >/dev/null
  # The demo city's first employer in 盐湖区 receives everyone.
  sql="SELECT credit_code FROM organisations WHERE kind='Employer' AND credit_code LIKE '__140802%' ORDER BY id LIMIT 1"
  if [[ $db == sqlite ]]; then code=$(sqlite3 "$out/import.db" "$sql"); else code=$(psql -h 127.0.0.1 -p "$port" -U postgres -d zhicheng_import -Atc "$sql"); fi
  dotnet run bench/import/generate.cs -- "$rows" "$out/people-$db.xlsx" "$code" >/dev/null
  for pass in first again; do
    /usr/bin/time -f "%e %M" -o "$out/time-$db-$pass" env ZHICHENG_DB="$conn" dotnet "$app" import "$out/people-$db.xlsx" >"$out/import-$db-$pass.log" 2>&1
    read -r seconds kb <"$out/time-$db-$pass"
    printf '%-10s %-6s %s rows  %6.1f s  peak %4d MB  %s\n' "$db" "$pass" "$rows" "$seconds" $((kb / 1024)) "$(tail -1 "$out/import-$db-$pass.log")"
  done
done | tee "$out/results.txt"
