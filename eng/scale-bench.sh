#!/bin/bash
# Extraction throughput with 1, 2 and 3 extraction replicas: for each count, a fresh container stack
# (deploy/compose, images from eng/images/build.sh) ingests the same generated corpus through the load harness
# (--writes-only) and waits until every document is extracted; each service's CPU seconds over the run come from
# its containers' cgroups, to say what bounds the throughput. Ends with one table.
#
# Usage: eng/scale-bench.sh [--documents N (2000)] [--replicas "1 2 3"]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DOCUMENTS=2000
REPLICAS="1 2 3"
while [ $# -gt 0 ]; do
	case "$1" in
		--documents) DOCUMENTS=$2; shift 2 ;;
		--replicas) REPLICAS=$2; shift 2 ;;
		*) echo "usage: $0 [--documents N] [--replicas \"1 2 3\"]" >&2; exit 2 ;;
	esac
done
say() { echo "scale-bench: [$(date +%T)] $*"; }

"$ROOT/eng/images/build.sh" >/dev/null
HARNESS=$ROOT/artifacts/load-harness
dotnet build "$ROOT/tests/Platform.LoadHarness" -c Release -o "$HARNESS" --nologo -v quiet >/dev/null

WORK=$(mktemp -d /tmp/platform-scale-bench.XXXXXX)
PROJECT=
cleanup() {
	[ -z "$PROJECT" ] || compose down --volumes --timeout 5 >/dev/null 2>&1 || true
	rm -rf "$WORK"
}
trap cleanup EXIT
compose() { docker-compose --project-name "$PROJECT" --file "$ROOT/deploy/compose/compose.yaml" --env-file "$WORK/.env" "$@"; }

# CPU nanoseconds each compose service's containers used so far (cgroup v1 cpuacct, else v2 cpu.stat).
service_cpu() {
	local id full service usage
	for id in $(compose ps -q); do
		read -r full service < <(docker inspect --format '{{.Id}} {{index .Config.Labels "com.docker.compose.service"}}' "$id")
		if [ -f "/sys/fs/cgroup/cpuacct/docker/$full/cpuacct.usage" ]; then
			usage=$(cat "/sys/fs/cgroup/cpuacct/docker/$full/cpuacct.usage")
		else
			usage=$(awk '$1 == "usage_usec" { print $2 * 1000 }' "/sys/fs/cgroup/docker/$full/cpu.stat" 2>/dev/null || echo 0)
		fi
		echo "$service $usage"
	done | awk '{ cpu[$1] += $2 } END { for (s in cpu) print s, cpu[s] }' | sort
}

wait_healthy() {
	local id health
	for id in $(compose ps -q); do
		[ "$(docker inspect --format '{{index .Config.Labels "com.docker.compose.service"}}' "$id")" != migrations ] || continue
		for _ in $(seq 240); do
			health=$(docker inspect --format '{{.State.Health.Status}}' "$id")
			[ "$health" = healthy ] && break
			sleep 0.5
		done
		[ "$health" = healthy ] || { echo "scale-bench: $id is $health" >&2; exit 1; }
	done
}

results=()
for replicas in $REPLICAS; do
	PROJECT=platform-bench-$replicas
	{ "$ROOT/deploy/compose/env.sh"; printf 'PLATFORM_DOCUMENTS_PORT=\nPLATFORM_QUERY_PORT=\nPLATFORM_FRONTDOOR_PORT=\n'; } >"$WORK/.env"
	set -a; . "$WORK/.env"; set +a
	say "$replicas extraction replica(s): starting"
	compose up -d --scale "extraction=$replicas" >/dev/null 2>&1
	wait_healthy
	postgres=$(docker inspect --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$(compose ps -q postgres)")
	service_cpu >"$WORK/cpu-before"
	say "$replicas extraction replica(s): ingesting $DOCUMENTS documents"
	dotnet "$HARNESS/Platform.LoadHarness.dll" --writes-only --documents "$DOCUMENTS" --api-key "$PLATFORM_ADMIN_KEY" \
		--documents-address "http://$(compose port documents 7101)" --query-address "http://$(compose port query 7103)" \
		--connection-string "Host=$postgres;Username=postgres;Password=$POSTGRES_PASSWORD;Database=platformdb" | tee "$WORK/harness.log"
	service_cpu >"$WORK/cpu-after"
	rate=$(awk -F'│' '$2 ~ /^ *documents\/s *$/ { gsub(/ /, "", $3); print $3 }' "$WORK/harness.log")
	seconds=$(awk -F'│' '$2 ~ /documents ingested and extracted/ { if (match($3, /in [0-9]+ s/)) print substr($3, RSTART + 3, RLENGTH - 5) }' "$WORK/harness.log")
	cpu=$(join "$WORK/cpu-before" "$WORK/cpu-after" | awk -v t="${seconds:-1}" '{ printf "%s %.2f, ", $1, ($3 - $2) / 1e9 / t }' | sed 's/, $//')
	results+=("$replicas|$rate|$cpu")
	compose down --volumes --timeout 5 >/dev/null 2>&1
	PROJECT=
done

echo
echo "Extraction throughput, $DOCUMENTS generated documents per run, $(nproc) cores:"
printf '%-9s %-12s %s\n' replicas documents/s "cores used on average, per service"
for row in "${results[@]}"; do IFS='|' read -r r d c <<<"$row"; printf '%-9s %-12s %s\n' "$r" "$d" "$c"; done
