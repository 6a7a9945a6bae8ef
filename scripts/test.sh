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

# One plain summary over every test project, for people and for CI, with each failure's message and the
# end of its output last, where a truncated CI log still shows them.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
failures = []
for path in glob.glob(f"{sys.argv[1]}/*.trx"):
    root = ET.parse(path).getroot()
    counters = root.find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
    for result in root.iterfind(".//t:UnitTestResult", ns):
        if result.get("outcome") not in ("Failed", "Error", "Timeout"):
            continue
        text = lambda tag: (result.findtext(f".//t:{tag}", "", ns) or "").strip()
        failures.append((result.get("testName"), text("Message"), text("StackTrace"), text("StdOut")))
for name, message, stack, out in failures:
    print(f"\nFAILED {name}\n{message}\n" + "\n".join(stack.splitlines()[:15]))
    # The output of an end-to-end test is the whole app's log; its warnings and errors are what explain a failure.
    alarming = [line for line in out.splitlines() if any(word in line for word in ("warn:", "fail:", "crit:", "Exception", "ERROR"))]
    if alarming:
        print("... warnings and errors in its output:\n" + "\n".join(alarming[-40:]))
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
