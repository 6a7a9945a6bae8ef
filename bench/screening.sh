#!/usr/bin/env bash
# Crisis-screening throughput: screens the labelled phrase table (tests/Sanctum.UnitTests/Screening/phrases.tsv)
# over and over on one thread pinned to one core for 5 s after a 1 s warm-up, and prints phrases/s and the
# per-phrase p50/p99 in microseconds. In process: no app, no network. Target: at least 10,000 phrases/s.
# Options pass through: --seconds N, --warmup-seconds N.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building the benchmark (Release)..."
dotnet build bench/Sanctum.Bench -c Release -nologo -v quiet
dotnet bench/Sanctum.Bench/bin/Release/net10.0/Sanctum.Bench.dll screening --seconds 5 --warmup-seconds 1 "$@"
