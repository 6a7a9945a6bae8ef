#!/usr/bin/env bash
# The companion's context: GET /api/v1/companion/context read cold (the first read after one of its inputs changed, so
# it is assembled from PostgreSQL and cached) and from the Redis cache. Builds Release, then bench/Sanctum.Bench boots
# the whole app through the AppHost's own code in a throw-away data folder, sets up one person through the Api (a
# profile, a safety plan, 40 knowledge entries, 10 shifts in the last day, today's check-in, two medications), and times
# 300 cold reads (each after an untimed configuration save) and 2,000 cached ones, one at a time, after 50 warm-ups
# each. Prints p50/p95/p99/max in ms.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building the benchmark, the AppHost and the services (Release)..."
dotnet build bench/Sanctum.Bench -c Release -nologo -v quiet
dotnet bench/Sanctum.Bench/bin/Release/net10.0/Sanctum.Bench.dll context
