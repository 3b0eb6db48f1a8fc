# Sourced by the image build scripts: a Debian root filesystem made with debootstrap from the host's own mirror,
# packages installed in a chroot, slimmed, and imported into Docker. No image registry is reachable from the
# project's machines, so every image starts here. Needs root, a running Docker engine and debootstrap.
#
# Usage, after setting NAME (used in messages and temporary paths):
#   debian_image_begin;  debian_bootstrap trixie;  debian_install pkg...;  (edit "$R")
#   debian_slim;  debian_import IMAGE "Docker instruction"... -- "label=value"...;  debian_image_done
# Environment: MIRROR / SECURITY_MIRROR (read from the host's apt sources when unset).

SOURCES=/etc/apt/sources.list.d/debian.sources

step() { echo "$NAME: [$(date +%T)] $*"; }
die() { echo "$NAME: error: $*" >&2; exit 1; }

# The URIs of the first stanza of the host's deb822 sources whose Suites are (not) *-security.
source_uri() {  # $1 = main|security
	awk -v want="$1" '
		/^[[:space:]]*$/ { uri = ""; next }
		/^URIs:/ { uri = $2 }
		/^Suites:/ && uri != "" { sec = ($0 ~ /-security/); if ((want == "security") == sec) { print uri; exit } }
	' "$SOURCES" 2>/dev/null
}

debian_image_begin() {
	[ "$(id -u)" = 0 ] || die "run as root (debootstrap and chroot need it)"
	command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
	docker info >/dev/null 2>&1 || die "the Docker engine does not answer (is dockerd running?)"
	MIRROR=${MIRROR:-$(source_uri main)}
	[ -n "$MIRROR" ] || die "no Debian mirror found in $SOURCES (set MIRROR=http://...)"
	SECURITY_MIRROR=${SECURITY_MIRROR:-$(source_uri security)}
	SECURITY_MIRROR=${SECURITY_MIRROR:-$MIRROR-security}
	WORK=$(mktemp -d "/tmp/$NAME.XXXXXX")
	R=$WORK/rootfs   # the image's root filesystem
	IMAGE_OK=
	trap debian_image_cleanup EXIT
}

debian_image_cleanup() {
	set +e   # best effort; the script's own exit status stands
	# Unmount whatever is still mounted inside the root filesystem (debootstrap or our chroot may
	# leave /proc or /sys behind on failure) before deleting it, deepest first.
	awk -v r="$R/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r | while read -r m; do umount -l "$m"; done
	rm -rf --one-file-system "$R" "$WORK/context"
	if [ -n "$IMAGE_OK" ]; then rm -rf "$WORK"; else echo "$NAME: failed; logs kept in $WORK" >&2; fi
}

debian_bootstrap() {  # $1 = suite
	SUITE=$1
	step "debootstrap $SUITE from $MIRROR (log: $WORK/debootstrap.log)"
	debootstrap --variant=minbase "$SUITE" "$R" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
		|| { tail -n 20 "$WORK/debootstrap.log" >&2; die "debootstrap failed"; }
	# The suite, its updates and its security suite, like the host's sources: the current point release.
	rm -f "$R/etc/apt/sources.list"
	cat >"$R/etc/apt/sources.list.d/debian.sources" <<-SOURCES
	Types: deb
	URIs: $MIRROR
	Suites: $SUITE $SUITE-updates
	Components: main
	Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

	Types: deb
	URIs: $SECURITY_MIRROR
	Suites: $SUITE-security
	Components: main
	Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
	SOURCES
	# No service may start inside the chroot.
	printf '#!/bin/sh\nexit 101\n' >"$R/usr/sbin/policy-rc.d"
	chmod 755 "$R/usr/sbin/policy-rc.d"
}

debian_install() {  # packages to install in the chroot, without recommends
	step "apt-get install $* (log: $WORK/apt.log)"
	mount -t proc proc "$R/proc"
	chroot "$R" /bin/sh -c "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
		--no-install-recommends -o Dpkg::Options::=--force-confold $* && apt-get clean" \
		>>"$WORK/apt.log" 2>&1 || { tail -n 20 "$WORK/apt.log" >&2; die "apt-get install in the chroot failed"; }
	umount "$R/proc"
}

debian_slim() {
	step "slim"
	rm -f "$R/usr/sbin/policy-rc.d"
	# Documentation, manuals and translations are not needed in a server image; the copyright files stay.
	find "$R/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
	find "$R/usr/share/doc" -mindepth 1 -type d -empty -delete
	rm -rf "$R"/usr/share/man/* "$R"/usr/share/info/* "$R"/usr/share/locale/* "$R"/usr/share/lintian \
		"$R"/var/lib/apt/lists/* "$R"/var/cache/apt/* "$R"/var/cache/debconf/*-old "$R"/var/log/*.log "$R"/tmp/*
	# debootstrap copied the host's resolver settings and name: Docker provides its own at run time.
	: >"$R/etc/resolv.conf"; : >"$R/etc/hostname"
}

# debian_import IMAGE INSTRUCTION... -- LABEL=VALUE...
# INSTRUCTIONs are Dockerfile lines (ENV, USER, STOPSIGNAL, ENTRYPOINT, ...). "docker import --change" accepts only
# some of them (not STOPSIGNAL or HEALTHCHECK), so the root filesystem is imported bare and a one-stage build, offline
# since its base is local, adds them. DOCKER_BUILDKIT=0: the classic builder needs no buildx plugin.
debian_import() {
	local image=$1 base label previous revision source_url; shift
	local instructions=() labels=()
	while [ $# -gt 0 ] && [ "$1" != -- ]; do instructions+=("$1"); shift; done
	[ "${1:-}" != -- ] || shift
	labels=("$@" "org.opencontainers.image.created=$(date -u +%Y-%m-%dT%H:%M:%SZ)")
	# Where the build came from, when git can tell (as root in another user's clone it may refuse).
	revision=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse HEAD 2>/dev/null || true)
	source_url=$(git -C "$(dirname "${BASH_SOURCE[0]}")" config --get remote.origin.url 2>/dev/null || true)
	[ -z "$revision" ] || labels+=("org.opencontainers.image.revision=$revision")
	[ -z "$source_url" ] || labels+=("org.opencontainers.image.source=$source_url")

	step "docker import"
	base="$image-import-$$"
	tar --numeric-owner -C "$R" -c . | docker import - "$base" >/dev/null
	mkdir -p "$WORK/context"
	{
		echo "FROM $base"
		printf '%s\n' "${instructions[@]}"
		printf 'LABEL'
		for label in "${labels[@]}"; do printf ' \\\n\t%s="%s"' "${label%%=*}" "${label#*=}"; done
		echo
	} >"$WORK/context/Dockerfile"
	previous=$(docker image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
	DOCKER_BUILDKIT=0 docker build -q -t "$image" "$WORK/context" >/dev/null 2>"$WORK/docker-build.log" \
		|| { cat "$WORK/docker-build.log" >&2; docker rmi "$base" >/dev/null 2>&1; die "docker build failed"; }
	docker rmi "$base" >/dev/null
	# The image this one replaces, unless a container still uses it.
	if [ -n "$previous" ] && [ "$previous" != "$(docker image inspect --format '{{.Id}}' "$image")" ]; then
		docker rmi "$previous" >/dev/null 2>&1 || true
	fi
}

debian_image_done() {  # $1 = image; $2 = what it holds
	IMAGE_OK=1
	step "done: $1 ($2, $(docker image inspect "$1" --format '{{.Size}}' | awk '{ printf "%.0f MB", $1 / 1e6 }'))"
}
