#!/bin/bash
# The README's second command: make the machine ready, then run every test (unit, service tests on a
# containerised PostgreSQL, end-to-end and interop on the AppHost). Arguments go to dotnet test.
set -euo pipefail
cd "$(dirname "$0")/.."
eng/prerequisites.sh
exec dotnet test Platform.sln "$@"
