#!/bin/bash
# The load harness (tests/Platform.LoadHarness), built in Release: starts the AppHost with nothing kept and the
# services bound directly, ingests a generated corpus, drives every read RPC and prints each figure beside the
# health check and pgbench ceilings of the same run. Arguments go to the harness (--help lists them), e.g.
#   eng/load.sh --documents 10000 --runs 2
#   eng/load.sh --documents-address http://127.0.0.1:7101 --query-address http://127.0.0.1:7103 --connection-string "Host=…"
set -euo pipefail
cd "$(dirname "$0")/.."
eng/prerequisites.sh
exec dotnet run -c Release --project tests/Platform.LoadHarness -- "$@"
