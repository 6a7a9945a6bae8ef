#!/usr/bin/env bash
# Pattern-analysis speed, in process (no app, no database): times PatternAnalysis.Analyse on one thread for one
# synthetic person's year (about 8 shifts a day, two daily doses, check-ins, diary cards, weekly PHQ-9, daily cycle-tracker days; 20 runs after
# 5 warm-ups), then for a batch of people with 90 days each (about 3 shifts a day), and extrapolates the batch
# linearly to 10,000 people, saying so. Targets: a user-year under 100 ms; 10,000 users x 90 days under 10 minutes.
# Options pass through: --people N (batch size, default 200), --seed N.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building the benchmark (Release)..."
dotnet build bench/Sanctum.Bench -c Release -nologo -v quiet
dotnet bench/Sanctum.Bench/bin/Release/net10.0/Sanctum.Bench.dll patterns "$@"
