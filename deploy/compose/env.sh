#!/bin/bash
# Prints a .env for compose.yaml with new random secrets:  deploy/compose/env.sh > deploy/compose/.env
# Keep the file: PostgreSQL takes the owner's password only when it initialises an empty volume, and the migrations
# set the roles' passwords from it on every start. Hex values, so they need no quoting in connection strings.
set -euo pipefail
secret() { od -An -N32 -tx1 /dev/urandom | tr -d ' \n'; }
cat <<ENV
POSTGRES_PASSWORD=$(secret)
PLATFORMDB_DOCUMENTS_PASSWORD=$(secret)
PLATFORMDB_EXTRACTION_PASSWORD=$(secret)
PLATFORMDB_QUERY_PASSWORD=$(secret)
PLATFORM_SERVICE_KEY=$(secret)
PLATFORM_ADMIN_KEY=$(secret)
ENV
