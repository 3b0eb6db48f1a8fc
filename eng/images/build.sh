#!/bin/bash
# Builds the image of every project resource in aspire-manifest.json, tagged platform/<resource> (and
# platform/<resource>:<git revision> when git can tell): a framework-dependent `dotnet publish` (Release) on
# platform/aspnet, the Debian base eng/images/dotnet/build.sh makes here (eng/prerequisites.sh builds it).
# Docker's layer cache keeps the base and data layers; an unchanged publish reuses its layer too.
#
# Usage: eng/images/build.sh [resource...]     (default: all; e.g. eng/images/build.sh extraction documents)
# Needs the .NET SDK and a Docker engine this user may use; not root. Staging in artifacts/images/<resource>.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
STAGING=$ROOT/artifacts/images
NAME=build-images

say() { echo "$NAME: [$(date +%T)] $*"; }
die() { echo "$NAME: error: $*" >&2; exit 1; }

docker info >/dev/null 2>&1 || die "the Docker engine does not answer (eng/prerequisites.sh starts it)"
BASE=$("$ROOT/eng/images/dotnet/base-image.sh") || exit 1
docker image inspect "$BASE" >/dev/null 2>&1 \
	|| die "the base image $BASE is missing: eng/prerequisites.sh builds it (as root: eng/images/dotnet/build.sh)"

# name<TAB>project path<TAB>"service" when it has endpoints, else "job": the manifest's project resources.
mapfile -t RESOURCES < <(python3 - "$ROOT/aspire-manifest.json" <<'PY'
import json, sys
for name, resource in json.load(open(sys.argv[1]))["resources"].items():
    if resource["type"] == "project.v0":
        print(f'{name}\t{resource["path"]}\t{"service" if resource.get("bindings") else "job"}')
PY
)
[ ${#RESOURCES[@]} -gt 0 ] || die "no project resource in aspire-manifest.json"
WANTED=("$@")
wanted() { [ ${#WANTED[@]} -eq 0 ] && return 0; local w; for w in "${WANTED[@]}"; do [ "$w" = "$1" ] && return 0; done; return 1; }
for w in "${WANTED[@]}"; do
	printf '%s\n' "${RESOURCES[@]}" | cut -f1 | grep -qx "$w" \
		|| die "no project resource \"$w\" in aspire-manifest.json (there are: $(printf '%s\n' "${RESOURCES[@]}" | cut -f1 | tr '\n' ' '))"
done

# The extraction service reads Baidu LAC-small and jieba's dictionary, which Debian's python3-jieba installs (the
# machine has it: eng/prerequisites.sh). Only those files go into the image, not the Python package around them.
stage_jieba() {  # $1 = the data folder
	local jieba=/usr/lib/python3/dist-packages/jieba
	dpkg-query -W python3-jieba >/dev/null 2>&1 && [ -f "$jieba/lac_small/model_baseline/word_emb" ] && [ -f "$jieba/dict.txt" ] \
		|| die "the extraction image needs Debian's python3-jieba on this machine (eng/prerequisites.sh installs it)"
	mkdir -p "$1$jieba" "$1/usr/share/doc/python3-jieba"
	cp -a "$jieba/lac_small" "$jieba/dict.txt" "$1$jieba/"
	cp -a /usr/share/doc/python3-jieba/copyright "$1/usr/share/doc/python3-jieba/"
}

revision=$(git -C "$ROOT" rev-parse --short=12 HEAD 2>/dev/null || true)
built=()
for row in "${RESOURCES[@]}"; do
	IFS=$'\t' read -r name project target <<<"$row"
	wanted "$name" || continue
	context=$STAGING/$name
	rm -rf "$context"; mkdir -p "$context/data/usr/share/doc/platform"
	# The project's notices (the third-party data and models it ships) travel with every image; this also keeps
	# data/ non-empty, which the classic builder needs (an empty COPY fails on the containerd image store).
	cp "$ROOT/NOTICE" "$context/data/usr/share/doc/platform/"
	say "$name: dotnet publish $project"
	dotnet publish "$ROOT/$project" -c Release -o "$context/app" -p:UseAppHost=true --nologo -v quiet \
		>"$STAGING/$name.publish.log" 2>&1 || { tail -n 30 "$STAGING/$name.publish.log" >&2; die "dotnet publish $project failed"; }
	# app/service: one entry point name for the Dockerfile; the executable finds its assembly through the link.
	ln -s "$(basename "$project" .csproj)" "$context/app/service"
	[ "$name" != extraction ] || stage_jieba "$context/data"

	say "$name: docker build (target $target)"
	tags=(-t "platform/$name:latest")
	[ -z "$revision" ] || tags+=(-t "platform/$name:$revision")
	DOCKER_BUILDKIT=0 docker build -q -f "$ROOT/deploy/Dockerfile" --target "$target" --build-arg "BASE=$BASE" "${tags[@]}" \
		--label "org.opencontainers.image.title=platform/$name" --label "org.opencontainers.image.revision=${revision:-unknown}" \
		"$context" >/dev/null 2>"$STAGING/$name.docker.log" || { cat "$STAGING/$name.docker.log" >&2; die "docker build of $name failed"; }
	built+=("platform/$name")
done

say "built ${#built[@]} images on $BASE ($(docker image inspect "$BASE" --format '{{.Size}}' | awk '{ printf "%.0f MB", $1 / 1e6 }')):"
for image in "${built[@]}"; do
	docker image inspect "$image" --format '{{.Size}}' | awk -v i="$image" -v b="$(docker image inspect "$BASE" --format '{{.Size}}')" \
		'{ printf "  %-22s %4.0f MB (%3.0f MB above the base)\n", i, $1 / 1e6, ($1 - b) / 1e6 }'
done
