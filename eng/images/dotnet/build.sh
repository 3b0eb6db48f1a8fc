#!/bin/bash
# Builds platform/aspnet:<runtime version> (and :10.0), the base of the service images: Debian trixie from Debian
# packages (see ../debian-image.sh) with the libraries .NET needs (ICU, OpenSSL, CA certificates, time zones), the
# ASP.NET Core shared runtime of the .NET SDK this machine builds with, and the user "app" (uid 1654, as in
# Microsoft's images) the services run as. Framework-dependent publishes then add only their own assemblies,
# so the five service images share this layer.
#
# Needs root, a running Docker engine, debootstrap and the .NET SDK. About 1-2 minutes.
# Environment: DOTNET_ROOT (where the runtime is copied from; default: the one the dotnet on PATH runs on).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
NAME=build-dotnet-image
APP_UID=1654
# shellcheck source=../debian-image.sh
. "$HERE/../debian-image.sh"

DOTNET_ROOT=${DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}
IMAGE=$("$HERE/base-image.sh" "$DOTNET_ROOT") || exit 1
RUNTIME_VERSION=${IMAGE#*:}
[ -d "$DOTNET_ROOT/shared/Microsoft.NETCore.App/$RUNTIME_VERSION" ] && [ -d "$DOTNET_ROOT/host/fxr/$RUNTIME_VERSION" ] \
	|| die "$DOTNET_ROOT lacks Microsoft.NETCore.App or host/fxr $RUNTIME_VERSION"

debian_image_begin
debian_bootstrap trixie
# libgssapi-krb5-2: Npgsql asks for GSSAPI (Kerberos) when it connects, and without it .NET prints an error on every start.
debian_install libicu76 libssl3t64 libgssapi-krb5-2 ca-certificates tzdata
debian_slim

step "add the ASP.NET Core $RUNTIME_VERSION runtime from $DOTNET_ROOT"
target=$R/usr/share/dotnet
mkdir -p "$target/host/fxr" "$target/shared/Microsoft.NETCore.App" "$target/shared/Microsoft.AspNetCore.App"
cp -a "$DOTNET_ROOT/dotnet" "$DOTNET_ROOT/LICENSE.txt" "$DOTNET_ROOT/ThirdPartyNotices.txt" "$target/"
cp -a "$DOTNET_ROOT/host/fxr/$RUNTIME_VERSION" "$target/host/fxr/"
for framework in Microsoft.NETCore.App Microsoft.AspNetCore.App; do
	cp -a "$DOTNET_ROOT/shared/$framework/$RUNTIME_VERSION" "$target/shared/$framework/"
done
ln -s /usr/share/dotnet/dotnet "$R/usr/bin/dotnet"
chroot "$R" dotnet --list-runtimes | grep -q "Microsoft.AspNetCore.App $RUNTIME_VERSION" || die "the runtime does not run in the image"

step "user app ($APP_UID) and the health probe"
chroot "$R" groupadd --gid "$APP_UID" app
chroot "$R" useradd --uid "$APP_UID" --gid app --no-create-home --home-dir /app --shell /usr/sbin/nologin app
mkdir -p "$R/app"
install -m 755 "$HERE/http-probe" "$R/usr/local/bin/http-probe"

debian_import "$IMAGE" \
	"ENV APP_UID=$APP_UID DOTNET_ROOT=/usr/share/dotnet DOTNET_RUNNING_IN_CONTAINER=true DOTNET_VERSION=$RUNTIME_VERSION ASPNET_VERSION=$RUNTIME_VERSION LANG=C.UTF-8" \
	'WORKDIR /app' \
	"USER $APP_UID" \
	-- \
	"org.opencontainers.image.title=platform/aspnet" \
	"org.opencontainers.image.description=Debian $SUITE with the ASP.NET Core $RUNTIME_VERSION runtime, the base of Platform's service images" \
	"org.opencontainers.image.version=$RUNTIME_VERSION" \
	"org.opencontainers.image.licenses=MIT"
docker tag "$IMAGE" platform/aspnet:10.0
debian_image_done "$IMAGE" "ASP.NET Core $RUNTIME_VERSION"
