#!/usr/bin/env bash
# Event-to-email latency of crisis alerts. Builds Release, then bench/Sanctum.Bench boots the whole app through the
# AppHost's own code in a throw-away data folder (Api and Workers as real processes, MailDev as the SMTP sink), sets up
# 200 people through the Api, each with one opted-in contact and a crisis alert rule, waits for their welcome emails,
# then posts one high-risk mood note per person, 10 a second from 4 clients. Each event is timed from the moment its
# POST answered 201 (crisis and outbox row committed) to the moment MailDev received the contact's alert; also where
# the time went, from the app's outbox and notification timestamps. Prints count, arrived, p50/p95/p99/max in ms.
# Exits non-zero if any alert did not arrive within the timeout (60 s after the last post) or arrived twice.
# Target: p99 under 2 s. Options pass through: --people N, --per-second N, --clients N, --timeout-seconds N.
# For steady figures, run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building the benchmark, the AppHost and the services (Release)..."
dotnet build bench/Sanctum.Bench -c Release -nologo -v quiet
dotnet bench/Sanctum.Bench/bin/Release/net10.0/Sanctum.Bench.dll alerts "$@"
