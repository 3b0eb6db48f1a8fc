#!/bin/bash
# The README's first command: make the machine ready, then start PostgreSQL, the services, the sample
# documents and the Aspire dashboard. Arguments go to the AppHost (e.g. --Platform:Ports:documents=7201).
set -euo pipefail
cd "$(dirname "$0")/.."
eng/prerequisites.sh
exec dotnet run --project src/Platform.AppHost -- "$@"
