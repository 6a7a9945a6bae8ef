#!/usr/bin/env bash
# Turn latency of the built-in companion (no language model configured) over HTTP. Builds Release, then
# bench/Sanctum.Bench boots the whole app through the AppHost's own code in a throw-away data folder, registers one
# person per client, and has each hold conversations for the measured time: a whole good-morning check-in (saving a
# baseline), a described mood shift (a proposal) and small talk, each round in a new session. Every turn includes
# crisis screening, the protocol, the saves and the session memory write. Prints turns, p50/p95/p99 in ms.
# Target: p99 under 50 ms. Options pass through: --clients N (default 4), --seconds N (20), --warmup-seconds N (5).
# For steady figures, run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building the benchmark, the AppHost and the services (Release)..."
dotnet build bench/Sanctum.Bench -c Release -nologo -v quiet
dotnet bench/Sanctum.Bench/bin/Release/net10.0/Sanctum.Bench.dll companion "$@"
