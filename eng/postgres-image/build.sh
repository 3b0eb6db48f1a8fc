#!/bin/bash
# Builds the docker image platform/postgres:17 from Debian packages only: no image registry is
# reachable from the project's machines, so the root filesystem is made here with debootstrap
# (Debian trixie, which packages PostgreSQL 17) from the host's own Debian mirror, then imported.
#
# The image follows the official postgres image's contract (see docker-entrypoint.sh), which is what
# Testcontainers.PostgreSql and Aspire's AddPostgres(...).WithImage("platform/postgres").WithImageTag("17")
# expect. Needs root, a running Docker engine and debootstrap. Takes 1.5-4 minutes, mostly downloads.
#
# Environment: IMAGE (platform/postgres:17), MIRROR / SECURITY_MIRROR (read from the host's apt sources).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SUITE=trixie
PG_MAJOR=17
IMAGE=${IMAGE:-platform/postgres:$PG_MAJOR}
SOURCES=/etc/apt/sources.list.d/debian.sources

step() { echo "build-postgres-image: [$(date +%T)] $*"; }
die() { echo "build-postgres-image: error: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (debootstrap and chroot need it)"
command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
docker info >/dev/null 2>&1 || die "the Docker engine does not answer (is dockerd running?)"

# The URIs of the first stanza of the host's deb822 sources whose Suites are (not) *-security.
source_uri() {  # $1 = main|security
	awk -v want="$1" '
		/^[[:space:]]*$/ { uri = ""; next }
		/^URIs:/ { uri = $2 }
		/^Suites:/ && uri != "" { sec = ($0 ~ /-security/); if ((want == "security") == sec) { print uri; exit } }
	' "$SOURCES" 2>/dev/null
}
MIRROR=${MIRROR:-$(source_uri main)}
[ -n "$MIRROR" ] || die "no Debian mirror found in $SOURCES (set MIRROR=http://...)"
SECURITY_MIRROR=${SECURITY_MIRROR:-$(source_uri security)}
SECURITY_MIRROR=${SECURITY_MIRROR:-$MIRROR-security}

WORK=$(mktemp -d /tmp/platform-postgres-image.XXXXXX)
R=$WORK/rootfs   # the image's root filesystem
ok=
cleanup() {
	set +e   # best effort; the script's own exit status stands
	# Unmount whatever is still mounted inside the root filesystem (debootstrap or our chroot may
	# leave /proc or /sys behind on failure) before deleting it, deepest first.
	awk -v r="$R/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r | while read -r m; do umount -l "$m"; done
	rm -rf --one-file-system "$R" "$WORK/context"
	if [ -n "$ok" ]; then rm -rf "$WORK"; else echo "build-postgres-image: failed; logs kept in $WORK" >&2; fi
}
trap cleanup EXIT

step "debootstrap $SUITE from $MIRROR (log: $WORK/debootstrap.log)"
debootstrap --variant=minbase "$SUITE" "$R" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
	|| { tail -n 20 "$WORK/debootstrap.log" >&2; die "debootstrap failed"; }

# The suite, its updates and its security suite, like the host's sources: the current point release.
rm -f "$R/etc/apt/sources.list"
cat >"$R/etc/apt/sources.list.d/debian.sources" <<SOURCES
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
# No service may start inside the chroot, and postgresql-common must not create a "main" cluster:
# the entrypoint creates the cluster in PGDATA on the container's first start.
printf '#!/bin/sh\nexit 101\n' >"$R/usr/sbin/policy-rc.d"
chmod 755 "$R/usr/sbin/policy-rc.d"
mkdir -p "$R/etc/postgresql-common"
echo 'create_main_cluster = false' >"$R/etc/postgresql-common/createcluster.conf"

step "apt-get install postgresql-$PG_MAJOR (log: $WORK/apt.log)"
mount -t proc proc "$R/proc"
# util-linux provides setpriv, which the entrypoint uses to drop root.
chroot "$R" /bin/sh -c "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	--no-install-recommends -o Dpkg::Options::=--force-confold postgresql-$PG_MAJOR util-linux && apt-get clean" \
	>"$WORK/apt.log" 2>&1 || { tail -n 20 "$WORK/apt.log" >&2; die "apt-get install in the chroot failed"; }
PG_VERSION=$(chroot "$R" dpkg-query -W -f='${Version}' "postgresql-$PG_MAJOR")
umount "$R/proc"

step "configure and slim"
rm -f "$R/usr/sbin/policy-rc.d"
# Documentation, manuals and translations are not needed in a server image; the copyright files stay.
find "$R/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
find "$R/usr/share/doc" -mindepth 1 -type d -empty -delete
rm -rf "$R"/usr/share/man/* "$R"/usr/share/info/* "$R"/usr/share/locale/* "$R"/usr/share/lintian \
	"$R"/var/lib/apt/lists/* "$R"/var/cache/apt/* "$R"/var/cache/debconf/*-old "$R"/var/log/*.log "$R"/tmp/*
# debootstrap copied the host's resolver settings and name: Docker provides its own at run time.
: >"$R/etc/resolv.conf"; : >"$R/etc/hostname"
# New clusters listen on all addresses, as in the official image (pg_hba.conf decides who may connect).
sed -ri "s!^#?(listen_addresses)\s*=\s*\S+.*!\1 = '*'!" "$R/usr/share/postgresql/$PG_MAJOR/postgresql.conf.sample"
grep -q "^listen_addresses = '\*'" "$R/usr/share/postgresql/$PG_MAJOR/postgresql.conf.sample" \
	|| die "could not set listen_addresses in postgresql.conf.sample"
install -m 755 "$HERE/docker-entrypoint.sh" "$R/usr/local/bin/docker-entrypoint.sh"
mkdir -p "$R/docker-entrypoint-initdb.d" "$R/var/lib/postgresql/data" "$R/run/postgresql"
chroot "$R" chown postgres:postgres /var/lib/postgresql/data /run/postgresql
chmod 700 "$R/var/lib/postgresql/data"
chmod 2775 "$R/run/postgresql"
[ -x "$R/usr/bin/setpriv" ] && [ -x "$R/usr/lib/postgresql/$PG_MAJOR/bin/pg_isready" ] \
	|| die "setpriv or pg_isready missing from the root filesystem"

step "docker import"
# No VOLUME for PGDATA (the official image declares one): every container would then leave an
# anonymous volume behind; Aspire's WithDataVolume and "docker run -v" mount one when wanted.
base="$IMAGE-import-$$"
tar --numeric-owner -C "$R" -c . | docker import \
	--change "ENV PATH=/usr/lib/postgresql/$PG_MAJOR/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
	--change "ENV PG_MAJOR=$PG_MAJOR" \
	--change "ENV PG_VERSION=$PG_VERSION" \
	--change 'ENV PGDATA=/var/lib/postgresql/data' \
	--change 'ENV LANG=C.UTF-8' \
	--change 'EXPOSE 5432' \
	--change 'ENTRYPOINT ["docker-entrypoint.sh"]' \
	--change 'CMD ["postgres"]' \
	- "$base" >/dev/null

# "docker import --change" does not accept STOPSIGNAL: add it (and the labels) with a tiny build, offline
# since its base is local. SIGINT is PostgreSQL's "fast" shutdown (SIGTERM, "smart", waits for clients
# to leave). DOCKER_BUILDKIT=0: the classic builder needs no buildx plugin.
labels=(
	"org.opencontainers.image.title=platform/postgres"
	"org.opencontainers.image.description=PostgreSQL $PG_MAJOR from Debian $SUITE packages, with the official postgres image's environment contract"
	"org.opencontainers.image.version=$PG_VERSION"
	"org.opencontainers.image.created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
	"org.opencontainers.image.licenses=PostgreSQL"
)
# Where the build came from, when git can tell (as root in another user's clone it may refuse).
revision=$(git -C "$HERE" rev-parse HEAD 2>/dev/null || true)
source_url=$(git -C "$HERE" config --get remote.origin.url 2>/dev/null || true)
[ -z "$revision" ] || labels+=("org.opencontainers.image.revision=$revision")
[ -z "$source_url" ] || labels+=("org.opencontainers.image.source=$source_url")
mkdir -p "$WORK/context"
{
	printf 'FROM %s\nSTOPSIGNAL SIGINT\nLABEL' "$base"
	for label in "${labels[@]}"; do printf ' \\\n\t%s="%s"' "${label%%=*}" "${label#*=}"; done
	echo
} >"$WORK/context/Dockerfile"
previous=$(docker image inspect --format '{{.Id}}' "$IMAGE" 2>/dev/null || true)
DOCKER_BUILDKIT=0 docker build -q -t "$IMAGE" "$WORK/context" >/dev/null 2>"$WORK/docker-build.log" \
	|| { cat "$WORK/docker-build.log" >&2; docker rmi "$base" >/dev/null 2>&1; die "docker build failed"; }
docker rmi "$base" >/dev/null
# The image this one replaces, unless a container still uses it.
if [ -n "$previous" ] && [ "$previous" != "$(docker image inspect --format '{{.Id}}' "$IMAGE")" ]; then
	docker rmi "$previous" >/dev/null 2>&1 || true
fi

ok=1
step "done: $IMAGE (PostgreSQL $PG_VERSION, $(docker image inspect "$IMAGE" --format '{{.Size}}' | awk '{ printf "%.0f MB", $1 / 1e6 }'))"
