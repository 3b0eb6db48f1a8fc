#!/bin/bash
# Makes a machine of the project's kind (Debian 12, no systemd) ready to build, run and test Platform:
# Debian packages, a running Docker engine, the local images platform/postgres:17 and platform/aspnet (the base of
# the service images, which eng/images/build.sh builds), the npm interop client and the npm Kubernetes schema validator.
# Idempotent, and quick (about a second) when everything is already there. Runs as root or as a user
# who may sudo.   Usage: eng/prerequisites.sh [--check]   (--check: report what is missing, change nothing)
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
IMAGE=platform/postgres:17
DOCKERD_LOG=/var/log/platform-dockerd.log
NODE_DIRS=("$ROOT/tests/interop/node" "$ROOT/tests/deploy")
# Extraction engine (LAC-small weights in /usr/lib/python3/dist-packages/jieba/lac_small), OpenCC tables,
# gRPC interop peers, container engine, image build and docker-compose (the stack as containers, deploy/compose).
# chromium and fonts-noto-cjk: the explorer's browser tests (Playwright drives Debian's chromium; CJK text legible in screenshots)
PACKAGES=(python3-jieba python3-numpy opencc python3-grpcio python3-grpc-tools grpc-proto docker.io docker-compose debootstrap chromium fonts-noto-cjk)
# kubectl renders deploy/ offline (kubectl kustomize) for the manifest schema test, which is skipped without it.
# Not every Debian mirror serves it, so it is tried, never required.
OPTIONAL_PACKAGES=(kubectl)
FALLBACK_PACKAGES=(postgresql postgresql-contrib)   # local server binaries, for when no engine can run

CHECK=; case "${1:-}" in --check) CHECK=1 ;; "") ;; *) echo "usage: $0 [--check]" >&2; exit 2 ;; esac
START=$EPOCHREALTIME
DONE=(); MISSING=(); APT_UPDATED=; DOCKER=(docker)

say() { echo "prerequisites: $*"; }
die() { echo "prerequisites: error: $*" >&2; exit 1; }
trap 'echo "prerequisites: error: \"$BASH_COMMAND\" failed (line $LINENO)" >&2' ERR

can_root() { [ "$(id -u)" = 0 ] || command -v sudo >/dev/null; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing_packages() {  # prints those of "$@" that are not installed
	local installed p
	installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null | awk '$2 == "installed" { print $1 }' || true)
	for p; do grep -qx "$p" <<<"$installed" || echo "$p"; done
}

ensure_packages() {  # apt-get update (once) and install, only for what is missing
	local missing; mapfile -t missing < <(missing_packages "$@")
	[ ${#missing[@]} -gt 0 ] || return 0
	if [ -n "$CHECK" ]; then MISSING+=("packages ${missing[*]}"); return 0; fi
	can_root || die "Debian packages ${missing[*]} are missing; run as root or as a user who may sudo"
	say "installing ${missing[*]}"
	local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300) log
	log=$(mktemp /tmp/platform-prerequisites-apt.XXXXXX)   # shown only on failure
	if [ -z "$APT_UPDATED" ]; then
		as_root "${apt[@]}" update >"$log" 2>&1 || { tail -n 20 "$log" >&2; die "apt-get update failed"; }
		APT_UPDATED=1
	fi
	as_root "${apt[@]}" install -y --no-install-recommends "${missing[@]}" >"$log" 2>&1 \
		|| { tail -n 20 "$log" >&2; die "apt-get install ${missing[*]} failed (log: $log)"; }
	rm -f "$log"
	DONE+=("installed ${missing[*]}")
}

check_docker_cli() {  # Aspire's DCP refuses a docker CLI older than 25 (Debian 12's docker.io has 20.10)
	local path version
	path=$(command -v docker) || { say "WARNING: no docker CLI on PATH"; return 0; }
	version=$(docker --version | sed -n 's/^Docker version \([0-9][0-9.]*\).*/\1/p')
	if [ -z "$version" ] || [ "${version%%.*}" -lt 25 ]; then
		say "WARNING: the first docker on PATH ($path, version ${version:-unknown}) is older than 25:" \
			"Aspire's orchestrator (DCP) refuses it; put a docker CLI >= 25 (e.g. /usr/local/bin/docker) first on PATH"
	fi
}

engine_up() {  # the engine answers, to this user or through sudo (then docker runs with sudo here)
	if docker info >/dev/null 2>&1; then DOCKER=(docker)
	elif [ "$(id -u)" != 0 ] && command -v sudo >/dev/null && sudo docker info >/dev/null 2>&1; then DOCKER=(sudo docker)
	else return 1; fi
}

no_socket_access() { [ "$(id -u)" != 0 ] && [ -S /var/run/docker.sock ] && [ ! -w /var/run/docker.sock ]; }

start_engine() {  # returns 1 when the engine cannot be started here
	can_root || return 1
	say "starting dockerd (log: $DOCKERD_LOG)"
	# setsid: a session of its own, so it outlives this script and the shell or CI job that ran it.
	# Stop it with: kill "$(cat /var/run/docker.pid)".
	local pid i
	pid=$(as_root sh -c 'setsid dockerd >>"$1" 2>&1 </dev/null & echo $!' sh "$DOCKERD_LOG") || return 1
	for i in $(seq 60); do
		engine_up && { DONE+=("started dockerd"); return 0; }
		as_root kill -0 "$pid" 2>/dev/null || break   # it exited: no use waiting
		sleep 0.5
	done
	as_root kill "$pid" 2>/dev/null || true   # not up within 30 s: do not leave it half alive
	tail -n 5 "$DOCKERD_LOG" 2>/dev/null | sed 's/^/  dockerd: /' >&2 || true
	return 1
}

ensure_image() {
	"${DOCKER[@]}" image inspect "$IMAGE" >/dev/null 2>&1 && return 0
	if [ -n "$CHECK" ]; then MISSING+=("image $IMAGE"); return 0; fi
	say "building $IMAGE (1-3 minutes)"
	as_root env IMAGE="$IMAGE" "$ROOT/eng/images/postgres/build.sh" | sed 's/^/  /' || die "building $IMAGE failed (see above)"
	DONE+=("built $IMAGE")
}

ensure_base_image() {  # platform/aspnet:<the ASP.NET Core 10 runtime the SDK here runs>, which the service images start from
	local image
	image=$("$ROOT/eng/images/dotnet/base-image.sh") || die "the services' base image needs the .NET 10 SDK (see above)"
	"${DOCKER[@]}" image inspect "$image" >/dev/null 2>&1 && return 0
	if [ -n "$CHECK" ]; then MISSING+=("image $image"); return 0; fi
	say "building $image (1-2 minutes)"
	# The root shell may not have dotnet on its PATH: name the installation.
	as_root env DOTNET_ROOT="$(dirname "$(readlink -f "$(command -v dotnet)")")" "$ROOT/eng/images/dotnet/build.sh" | sed 's/^/  /' \
		|| die "building $image failed (see above)"
	DONE+=("built $image")
}

ensure_node_modules() {  # npm ci in each of "$@" whose lock file is newer than its last install
	local dir stamp
	for dir; do
		stamp=$dir/node_modules/.package-lock.json   # npm (re)writes it on every install
		if [ -f "$stamp" ] && [ ! "$dir/package-lock.json" -nt "$stamp" ]; then continue; fi
		if [ -n "$CHECK" ]; then MISSING+=("npm packages in ${dir#"$ROOT"/}"); continue; fi
		command -v npm >/dev/null || die "npm is missing although nodejs and npm were installed"
		say "npm ci in ${dir#"$ROOT"/}"
		npm ci --prefix "$dir" --no-audit --no-fund --update-notifier=false --loglevel=error >/dev/null || die "npm ci failed in $dir"
		DONE+=("npm ci in ${dir#"$ROOT"/}")
	done
}

main() {
	local node_packages=() engine
	command -v npm >/dev/null || node_packages=(nodejs npm)
	ensure_packages "${PACKAGES[@]}" "${node_packages[@]}"
	if [ -z "$CHECK" ] && [ -n "$(missing_packages "${OPTIONAL_PACKAGES[@]}")" ]; then
		(ensure_packages "${OPTIONAL_PACKAGES[@]}") || say "WARNING: ${OPTIONAL_PACKAGES[*]} not installed; the tests that need it are skipped"
	fi
	check_docker_cli
	if [ -n "$CHECK" ]; then
		if engine_up; then ensure_image; ensure_base_image
		elif no_socket_access; then MISSING+=("access to the Docker engine for $(id -un) (docker group)")
		else MISSING+=("a running Docker engine"); fi
		engine="engine up"
	elif engine_up || start_engine; then
		ensure_image
		ensure_base_image
		engine="engine up"
	else
		if no_socket_access; then say "the Docker engine runs but $(id -un) cannot use it (docker group?);" \
			"using local PostgreSQL binaries instead (Debian ${FALLBACK_PACKAGES[*]})"
		else say "the Docker engine cannot be started here; using local PostgreSQL binaries instead (Debian ${FALLBACK_PACKAGES[*]})"; fi
		ensure_packages "${FALLBACK_PACKAGES[@]}"
		engine="no engine: local PostgreSQL"
	fi
	[ "${DOCKER[0]}" = docker ] || say "WARNING: $(id -un) reaches the engine only through sudo; tests need the socket:" \
		"sudo usermod -aG docker $(id -un), then log in again"
	ensure_node_modules "${NODE_DIRS[@]}"

	local took; took=$(awk -v a="$START" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
	if [ ${#MISSING[@]} -gt 0 ]; then
		say "missing: $(printf '%s; ' "${MISSING[@]}" | sed 's/; $//')"
		exit 1
	fi
	local did="nothing to do"; [ ${#DONE[@]} -eq 0 ] || did=$(printf '%s, ' "${DONE[@]}" | sed 's/, $//')
	say "ready ($engine; $did) in $took s"
}

main
