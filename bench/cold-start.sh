#!/usr/bin/env bash
# Cold start of the AppHost: from launching it with a brand-new data folder (initdb, empty Redis, Azurite
# and MailDev, every service's first start) to all resources healthy. Builds once first, in Release unless
# CONFIGURATION says otherwise: the AppHost, whose build builds the services it runs (the test projects are
# not needed here). Then stops it with SIGTERM and checks that no child is left.
# Target: under 20 s on the 2-core development machine.
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=${CONFIGURATION:-Release}
target_seconds=20
timeout_seconds=180

echo "Building Sanctum.AppHost and the services ($configuration)..."
dotnet build Sanctum.AppHost -c "$configuration" -nologo -v quiet

data=$(mktemp -d -t sanctum-cold-start-XXXXXX)
log="$data.log"
apphost=
cleanup() {
  if [[ -n $apphost ]] && kill -0 "$apphost" 2>/dev/null; then kill -TERM "$apphost"; wait "$apphost" || true; fi
  rm -rf "$data" "$log"
}
trap cleanup EXIT

started=$(date +%s%N)
dotnet "Sanctum.AppHost/bin/$configuration/net10.0/Sanctum.AppHost.dll" --data-dir "$data" --web-port 0 >"$log" 2>&1 &
apphost=$!

until grep -q 'Sanctum: all healthy in' "$log"; do
  if ! kill -0 "$apphost" 2>/dev/null; then
    echo "The AppHost exited before everything was healthy:"; tail -40 "$log"; exit 1
  fi
  if (( ($(date +%s%N) - started) / 1000000000 > timeout_seconds )); then
    echo "Not healthy after $timeout_seconds s:"; tail -40 "$log"; exit 1
  fi
  sleep 0.1
done
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
elapsed=$(printf '%d.%01d' $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100)))
children=$(grep -o '"pid": [0-9]*' "$data/endpoints.json" | grep -o '[0-9]*$')

kill -TERM "$apphost"
status=0
wait "$apphost" || status=$?
apphost=

# PID 1 here does not reap orphans, so a dead child may linger as a zombie (Z): only live ones count.
left=()
for pid in $children; do
  state=$(ps -o stat= -p "$pid" || true)
  if [[ -n $state && $state != Z* ]]; then left+=("$pid"); fi
done

echo "Cold start ($configuration): ${elapsed} s from launch to all healthy ($(grep -o 'all healthy in [0-9.]* s' "$log" | head -1) by the AppHost's clock); target < ${target_seconds} s"
if (( elapsed_ms > target_seconds * 1000 )); then echo "OVER TARGET"; fi
if (( status != 0 )); then echo "The AppHost exited with $status after SIGTERM"; exit 1; fi
if (( ${#left[@]} > 0 )); then echo "Still running after stop: ${left[*]}"; exit 1; fi
echo "Stopped cleanly: $(echo $children | wc -w) child processes, none left"
