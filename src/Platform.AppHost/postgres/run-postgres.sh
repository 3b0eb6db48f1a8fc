#!/usr/bin/env bash
# PostgreSQL as an Aspire executable resource, for machines without a Docker engine.
# From the AppHost: PG_BIN (server binaries), PG_DATA (data folder, kept across runs),
# PG_PASSWORD (the postgres user's password), PGPORT (the port DCP allocated).
set -euo pipefail
: "${PG_BIN:?}" "${PG_DATA:?}" "${PG_PASSWORD:?}" "${PGPORT:?}"

# initdb and postgres refuse to run as root: run them as the postgres user then.
as_postgres=()
if [ "$(id -u)" -eq 0 ]; then
  as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups --)
fi

mkdir -p "$PG_DATA"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PG_DATA" "$(dirname "$PG_DATA")"; fi
chmod 700 "$PG_DATA"

if [ ! -s "$PG_DATA/PG_VERSION" ]; then
  echo "run-postgres: initialising $PG_DATA"
  pwfile=$(mktemp)
  printf '%s\n' "$PG_PASSWORD" >"$pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pwfile"; fi
  "${as_postgres[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
fi

# exec (setpriv execs in place): the process DCP watches and stops is the postmaster itself.
exec "${as_postgres[@]}" "$PG_BIN/postgres" -D "$PG_DATA" -p "$PGPORT" \
  -c listen_addresses=127.0.0.1 -c unix_socket_directories="$PG_DATA"
