#!/usr/bin/env bash
# Speed of the mood slice over HTTP against the running app, next to raw PostgreSQL on the same server.
# Builds Release, then bench/Sanctum.Bench boots the whole app through the AppHost's own code in a throw-away data
# folder, seeds it through the Api (one person with a year of about 8 shifts a day, 100 people with 90 days of about
# 3 a day, plus daily check-ins), and measures with 32 concurrent clients for 30 s each after a 5 s warm-up:
# POST a shift (spread over the 101 people) and GET a year of shifts (the timeline of the year person); then pgbench
# single-row inserts into a scratch database on the same PostgreSQL server. Prints a table, stops everything and
# checks no process is left. Options pass through: --clients N, --seconds N, --warmup-seconds N, --seed N.
# Targets: p99 under 25 ms for both; API write throughput at least half of raw pgbench.
# For steady figures, run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building the benchmark, the AppHost and the services (Release)..."
dotnet build bench/Sanctum.Bench -c Release -nologo -v quiet
dotnet bench/Sanctum.Bench/bin/Release/net10.0/Sanctum.Bench.dll "$@"
