#!/usr/bin/env bash
# PDF report speed: renders a 30-day psychiatrist report (the unit tests' made-up month) once cold and 20 times warm,
# in process, and prints the times. Target: under 1 s per report. No app, no database.
# Options pass through: --runs N; --days N for a longer period; --samples DIR also writes every report kind's pages as PNGs (60 dpi) into DIR,
# e.g. bench/pdf.sh --samples docs/reports to refresh the committed pictures.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building the benchmark (Release)..."
dotnet build bench/Sanctum.Bench -c Release -nologo -v quiet
dotnet bench/Sanctum.Bench/bin/Release/net10.0/Sanctum.Bench.dll pdf "$@"
