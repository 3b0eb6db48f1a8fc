#!/bin/bash
# Entrypoint of platform/postgres: the environment contract of the official postgres image, so that
# Testcontainers.PostgreSql and Aspire's AddPostgres work with this image unchanged.
#
#   POSTGRES_PASSWORD (required unless POSTGRES_HOST_AUTH_METHOD=trust), POSTGRES_USER (postgres),
#   POSTGRES_DB (= POSTGRES_USER), POSTGRES_INITDB_ARGS, POSTGRES_HOST_AUTH_METHOD (scram-sha-256),
#   each also as <NAME>_FILE; PGDATA; /docker-entrypoint-initdb.d/*.sh|*.sql|*.sql.gz on first start.
#
# The cluster is created only when $PGDATA holds none, so a data volume keeps its data (and its
# password) across restarts. Leading "-c name=value" arguments are passed to postgres.
# No "set -u": non-executable init scripts are sourced, and may rely on unset variables being empty.
set -Eeo pipefail

log() { echo "docker-entrypoint: $*"; }
die() { echo "docker-entrypoint: error: $*" >&2; exit 1; }

# VAR or VAR_FILE (docker secrets), as the official image allows.
file_env() {
	local var=$1 fileVar="${1}_FILE" def=${2:-}
	[ -n "${!var:-}" ] && [ -n "${!fileVar:-}" ] && die "both $var and $fileVar are set (they are exclusive)"
	local val=$def
	if [ -n "${!var:-}" ]; then val=${!var}; elif [ -n "${!fileVar:-}" ]; then val=$(< "${!fileVar}"); fi
	export "$var"="$val"
	unset "$fileVar"
}

# "postgres --version", "-C setting" and the like must not create a cluster.
wants_help() {
	local arg
	for arg; do
		case "$arg" in -'?'|--help|--describe-config|-V|--version|-C) return 0 ;; esac
	done
	return 1
}

# "docker run image -c fsync=off" => "postgres -c fsync=off" (Testcontainers passes -c flags as CMD).
if [ "$#" -eq 0 ] || [ "${1:0:1}" = '-' ]; then
	set -- postgres "$@"
fi

if [ "$1" != 'postgres' ] || wants_help "$@"; then
	exec "$@"
fi

: "${PGDATA:=/var/lib/postgresql/data}"
export PGDATA

# As root: make the data and socket directories the postgres user's (a fresh volume may be root's),
# then run this script again as postgres. setpriv replaces the process, so postgres ends up PID 1
# and receives the container's stop signal (SIGINT: fast shutdown) directly.
if [ "$(id -u)" = '0' ]; then
	mkdir -p "$PGDATA" /var/run/postgresql
	chmod 700 "$PGDATA"
	chmod 2775 /var/run/postgresql
	find "$PGDATA" /var/run/postgresql \! -user postgres -exec chown postgres:postgres '{}' +
	exec setpriv --reuid=postgres --regid=postgres --init-groups "$BASH_SOURCE" "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
	file_env POSTGRES_PASSWORD
	file_env POSTGRES_USER postgres
	file_env POSTGRES_DB "$POSTGRES_USER"
	file_env POSTGRES_INITDB_ARGS
	: "${POSTGRES_HOST_AUTH_METHOD:=scram-sha-256}"   # PostgreSQL 17's default password_encryption
	if [ -z "$POSTGRES_PASSWORD" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != 'trust' ]; then
		die 'the database is uninitialized and no superuser password is given: set POSTGRES_PASSWORD (or POSTGRES_HOST_AUTH_METHOD=trust, insecure).'
	fi

	log "initialising $PGDATA"
	# eval, as the official image does, so that POSTGRES_INITDB_ARGS may hold quoted values
	# (Aspire passes "--auth-host=scram-sha-256 --auth-local=scram-sha-256").
	if [ -n "$POSTGRES_PASSWORD" ]; then
		eval 'initdb --username="$POSTGRES_USER" --pwfile=<(printf "%s\n" "$POSTGRES_PASSWORD") '"$POSTGRES_INITDB_ARGS"
	else
		eval 'initdb --username="$POSTGRES_USER" '"$POSTGRES_INITDB_ARGS"
	fi
	# listen_addresses='*' comes from the image's postgresql.conf.sample; connections from outside the
	# container authenticate with POSTGRES_HOST_AUTH_METHOD.
	printf '\nhost all all all %s\n' "$POSTGRES_HOST_AUTH_METHOD" >> "$PGDATA/pg_hba.conf"

	# A temporary server on the unix socket only: nothing sees TCP readiness before set-up is done
	# (Testcontainers' probe is "pg_isready --host localhost").
	pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p ${PGPORT:-5432}" -w start
	export PGPASSWORD="${PGPASSWORD:-$POSTGRES_PASSWORD}"   # --auth-local=scram-sha-256 needs it
	psql=(psql -v ON_ERROR_STOP=1 --no-password --no-psqlrc --username "$POSTGRES_USER")
	exists=$("${psql[@]}" --dbname postgres --tuples-only --no-align --set db="$POSTGRES_DB" \
		<<<"SELECT 1 FROM pg_database WHERE datname = :'db';")
	if [ -z "$exists" ]; then
		"${psql[@]}" --dbname postgres --set db="$POSTGRES_DB" <<<'CREATE DATABASE :"db";'
	fi
	if [ -d /docker-entrypoint-initdb.d ] && ! { [ -r /docker-entrypoint-initdb.d ] && [ -x /docker-entrypoint-initdb.d ]; }; then
		log "warning: /docker-entrypoint-initdb.d is not readable by $(id -un): its scripts are not run"
	fi
	for f in /docker-entrypoint-initdb.d/*; do
		case "$f" in
			*.sh)     log "running $f"; if [ -x "$f" ]; then "$f"; else . "$f"; fi ;;
			*.sql)    log "running $f"; "${psql[@]}" --dbname "$POSTGRES_DB" -f "$f" ;;
			*.sql.gz) log "running $f"; gunzip -c "$f" | "${psql[@]}" --dbname "$POSTGRES_DB" ;;
			*)        [ -e "$f" ] && log "ignoring $f" ;;
		esac
	done
	pg_ctl -D "$PGDATA" -m fast -w stop
	unset PGPASSWORD
	echo 'PostgreSQL init process complete; ready for start up.'
else
	log "$PGDATA holds a cluster (PostgreSQL $(< "$PGDATA/PG_VERSION")); skipping initialisation"
fi

exec "$@"
