#!/usr/bin/env bash
# Reliability promise 1 (docs/reliability.md): under steady load, PostgreSQL stops for 15 s and starts again.
# While it is down the API answers 503 problem+json with Retry-After (never 500) and /actuator/health is DOWN;
# afterwards the service recovers by itself, and every order acknowledged with 201 is stored exactly once.
#
#   reliability/db-outage.sh                 (needs root: it stops and starts the local PostgreSQL cluster)
#   reliability/db-outage.sh -m immediate    (the stop mode given to pg_ctlcluster: fast, the default, ends
#                                             every session and shuts down cleanly; immediate aborts, and the
#                                             start after it runs crash recovery)
#
# Not part of CI: it stops the database CI runs on, and every other test using that cluster with it.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=fast
while getopts "m:" option; do
  case "$option" in
    m) MODE=$OPTARG ;;
    *) echo "usage: $0 [-m fast|immediate]" >&2; exit 2 ;;
  esac
done
case "$MODE" in
  fast | immediate) ;;
  *) echo "usage: $0 [-m fast|immediate]; not: -m $MODE" >&2; exit 2 ;;
esac

CLUSTER=$(ls /etc/postgresql | sort -V | tail -n 1)
DB="ordino_outage_$$"
PORT=${OUTAGE_PORT:-18098}
TOKEN="outage-$$"
WORK=$(mktemp -d)
SERVICE_PID=""
cleanup() {
  touch "$WORK/stop"
  pg_isready -h 127.0.0.1 -q || pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main start
  [ -n "$SERVICE_PID" ] && { kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; }
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

[ -f target/ordino.jar ] || ./mvnw -B -q -DskipTests package
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  ORDINO_BOOTSTRAP_TOKEN="$TOKEN" java -jar target/ordino.jar --server.port="$PORT" > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/actuator/health" > /dev/null && break; sleep 0.5; done
curl -sf "http://localhost:$PORT/actuator/health" > /dev/null || fail "the service did not start"

# Four clients create drafts one after another, each with its own Idempotency-Key, which is also the order's
# reference id; every answer is written down as "status key content-type retry-after".
client() {
  while [ ! -f "$WORK/stop" ]; do
    local key; key="out-$1-$(date +%s%N)"
    curl -s -o /dev/null -D "$WORK/h.$1" -w '%{http_code}' --max-time 30 \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
      -d '{"referenceId": "'"$key"'"}' "http://localhost:$PORT/api/v1/orders" > "$WORK/code.$1" || echo 000 > "$WORK/code.$1"
    printf '%s %s %s %s\n' "$(cat "$WORK/code.$1")" "$key" \
      "$(grep -i '^content-type:' "$WORK/h.$1" | tr -d '\r' | awk '{print $2}')" \
      "$(grep -i '^retry-after:' "$WORK/h.$1" | tr -d '\r' | awk '{print $2}')" >> "$WORK/answers"
    sleep 0.05
  done
}
CLIENTS=()
for i in 1 2 3 4; do client "$i" & CLIENTS+=($!); done

sleep 10
echo "stopping PostgreSQL for 15 s (-m $MODE)"
pg_ctlcluster --skip-systemctl-redirect -m "$MODE" "$CLUSTER" main stop
sleep 7
health_down=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/actuator/health")
sleep 8
pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main start
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
echo "PostgreSQL is back; load goes on for 20 s"
sleep 20
touch "$WORK/stop"; wait "${CLIENTS[@]}" 2>/dev/null || true
health_after=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/actuator/health")

awk '{print $1}' "$WORK/answers" | sort | uniq -c | sed 's/^/answers: /'
grep -q '^503 ' "$WORK/answers" || fail "no request was answered 503 while the database was down"
! grep -Ev '^(201|503) ' "$WORK/answers" > "$WORK/other" || { cat "$WORK/other" | head; fail "answers other than 201 and 503"; }
awk '$1 == 503 && ($3 != "application/problem+json" || $4 == "") {bad = 1} END {exit bad}' "$WORK/answers" \
  || fail "a 503 without problem+json or without Retry-After"
[ "$health_down" = 503 ] || fail "/actuator/health answered $health_down while the database was down"
[ "$health_after" = 200 ] || fail "/actuator/health answered $health_after after the database came back"
last_201=$(grep -n '^201 ' "$WORK/answers" | tail -1 | cut -d: -f1)
first_503=$(grep -n '^503 ' "$WORK/answers" | head -1 | cut -d: -f1)
[ "$last_201" -gt "$first_503" ] || fail "no order was created after the outage: the service did not recover"

# Every acknowledged order exactly once; nothing stored that was not acknowledged.
grep '^201 ' "$WORK/answers" | awk '{print $2}' | sort > "$WORK/acknowledged"
psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "SELECT reference_id FROM orders WHERE reference_id LIKE 'out-%'" \
  | sort > "$WORK/stored"
dupes=$(uniq -d "$WORK/stored" | wc -l)
[ "$dupes" -eq 0 ] || fail "$dupes orders stored twice"
diff "$WORK/acknowledged" "$WORK/stored" > /dev/null \
  || fail "acknowledged and stored orders differ: $(diff "$WORK/acknowledged" "$WORK/stored" | head -5)"
echo "PASSED (-m $MODE): $(wc -l < "$WORK/acknowledged") acknowledged orders stored exactly once; 503 with Retry-After while down; health $health_down then $health_after"
