#!/usr/bin/env bash
# Runs every Sanctum test (unit, integration against real PostgreSQL/Redis/Azurite/maildev, and
# end-to-end in Chromium), installing whatever is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-prerequisites.sh

dotnet build Sanctum.sln -c Debug -warnaserror -nologo -v:q

results="$(pwd)/TestResults"
rm -rf "$results"
status=0
dotnet test Sanctum.sln -c Debug --no-build --nologo --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$results" || status=$?

# One plain summary line over every test project, for people and for CI.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(f"{sys.argv[1]}/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
