#!/bin/bash
# Builds the docker image platform/postgres:17 from Debian packages only (Debian trixie, which packages
# PostgreSQL 17; see ../debian-image.sh for how a root filesystem is made here without a registry).
#
# The image follows the official postgres image's contract (see docker-entrypoint.sh), which is what
# Testcontainers.PostgreSql and Aspire's AddPostgres(...).WithImage("platform/postgres").WithImageTag("17")
# expect. Needs root, a running Docker engine and debootstrap. Takes 1.5-4 minutes, mostly downloads.
#
# Environment: IMAGE (platform/postgres:17), MIRROR / SECURITY_MIRROR (read from the host's apt sources).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
NAME=build-postgres-image
PG_MAJOR=17
IMAGE=${IMAGE:-platform/postgres:$PG_MAJOR}
# shellcheck source=../debian-image.sh
. "$HERE/../debian-image.sh"

debian_image_begin
debian_bootstrap trixie
# postgresql-common must not create a "main" cluster: the entrypoint creates the cluster in PGDATA on the
# container's first start.
mkdir -p "$R/etc/postgresql-common"
echo 'create_main_cluster = false' >"$R/etc/postgresql-common/createcluster.conf"
# util-linux provides setpriv, which the entrypoint uses to drop root.
debian_install "postgresql-$PG_MAJOR" util-linux
PG_VERSION=$(chroot "$R" dpkg-query -W -f='${Version}' "postgresql-$PG_MAJOR")
debian_slim

step "configure"
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

# No VOLUME for PGDATA (the official image declares one): every container would then leave an anonymous
# volume behind; Aspire's WithDataVolume and "docker run -v" mount one when wanted.
# SIGINT is PostgreSQL's "fast" shutdown (SIGTERM, "smart", waits for clients to leave).
debian_import "$IMAGE" \
	"ENV PATH=/usr/lib/postgresql/$PG_MAJOR/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
	"ENV PG_MAJOR=$PG_MAJOR PG_VERSION=$PG_VERSION PGDATA=/var/lib/postgresql/data LANG=C.UTF-8" \
	'EXPOSE 5432' \
	'STOPSIGNAL SIGINT' \
	'ENTRYPOINT ["docker-entrypoint.sh"]' \
	'CMD ["postgres"]' \
	-- \
	"org.opencontainers.image.title=platform/postgres" \
	"org.opencontainers.image.description=PostgreSQL $PG_MAJOR from Debian $SUITE packages, with the official postgres image's environment contract" \
	"org.opencontainers.image.version=$PG_VERSION" \
	"org.opencontainers.image.licenses=PostgreSQL"
debian_image_done "$IMAGE" "PostgreSQL $PG_VERSION"
