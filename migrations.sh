#!/usr/bin/env bash
# Adds a migration for both providers: ./migrations.sh NameOfChange
set -euo pipefail
cd "$(dirname "$0")/src/Rectify"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$1" --context "${provider}RectifyDbContext" --output-dir "Platform/Data/Migrations/$provider"
done
