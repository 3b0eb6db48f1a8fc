#!/bin/bash
# Prints the tag of the services' base image, platform/aspnet:<version>, where <version> is the newest ASP.NET Core 10
# runtime of the .NET installation at $1 (default: the one the dotnet on PATH runs from). The one place that says
# which base eng/prerequisites.sh builds, build.sh here makes and ../build.sh builds on.
set -euo pipefail
root=${1:-}
if [ -z "$root" ]; then
	command -v dotnet >/dev/null || { echo "base-image: dotnet is not on PATH; install the .NET 10 SDK" >&2; exit 1; }
	root=$(dirname "$(readlink -f "$(command -v dotnet)")")
fi
version=$("$root/dotnet" --list-runtimes | awk '$1 == "Microsoft.AspNetCore.App" && $2 ~ /^10\./ { v = $2 } END { print v }')
[ -n "$version" ] || { echo "base-image: no ASP.NET Core 10 runtime in $root (dotnet --list-runtimes); install the .NET 10 SDK" >&2; exit 1; }
echo "platform/aspnet:$version"
