#!/usr/bin/env bash
# The long reliability runs (docs/reliability.md), after "./mvnw -Psoak verify" has run the suite with the fuzz test
# at 1,000 requests an operation and built the jar:
#   - crash-under-load.sh with SOAK_CRASH_ROUNDS kills (20) of 6 clients,
#   - idempotency-crash.sh,
#   - db-outage.sh, when run as root (it stops and starts the local PostgreSQL cluster).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "==> kill -9 under load, ${SOAK_CRASH_ROUNDS:-20} times"
CRASH_ROUNDS=${SOAK_CRASH_ROUNDS:-20} CRASH_THREADS=6 bash reliability/crash-under-load.sh
echo "==> a lost response, kill -9, the retry with the same Idempotency-Key"
bash reliability/idempotency-crash.sh
if [ "$(id -u)" -eq 0 ]; then
  echo "==> PostgreSQL stopped for 15 s under load"
  bash reliability/db-outage.sh
else
  echo "==> skipped db-outage.sh: it needs root to stop and start PostgreSQL"
fi
