#!/usr/bin/env bash
# Reliability promise 3 (docs/reliability.md): a POST whose response never reached the client, followed by a
# crash of the service (kill -9), retried with the same Idempotency-Key after the restart, returns the
# original result and creates nothing new.
#
#   reliability/idempotency-crash.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DB="ordino_crash_$$"
PORT=${CRASH_PORT:-18099}
TOKEN="crash-$$"
WORK=$(mktemp -d)
SERVICE_PID=""
cleanup() {
  [ -n "$SERVICE_PID" ] && { kill -9 "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; }
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

start() {
  SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    ORDINO_BOOTSTRAP_TOKEN="$TOKEN" java -jar target/ordino.jar --server.port="$PORT" >> "$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/actuator/health" > /dev/null && return 0; sleep 0.5; done
  fail "the service did not start"
}
post() { # key -> writes status, headers and body to $WORK/$1.*
  curl -s -o "$WORK/$1.body" -D "$WORK/$1.headers" -w '%{http_code}' \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: $1" \
    -d '{"referenceId": "'"$1"'", "notes": "sent once, answered twice"}' "http://localhost:$PORT/api/v1/orders"
}
stored() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "SELECT count(*) FROM orders WHERE reference_id = '$1'"; }

[ -f target/ordino.jar ] || ./mvnw -B -q -DskipTests package
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
start

# The client gives up before it reads the answer (the response is lost); the service has committed by then,
# or commits right after; then the service dies without a chance to clean up.
key="lost-$(date +%s%N)"
curl -s -o /dev/null --max-time 0.05 \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
  -d '{"referenceId": "'"$key"'", "notes": "sent once, answered twice"}' "http://localhost:$PORT/api/v1/orders" || true
for _ in $(seq 1 50); do [ "$(stored "$key")" = 1 ] && break; sleep 0.1; done
[ "$(stored "$key")" = 1 ] || fail "the first request did not commit (nothing to test)"
kill -9 "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=""
echo "killed the service after the commit; restarting"
start

status=$(post "$key")
[ "$status" = 201 ] || fail "the retry answered $status, not the original 201: $(cat "$WORK/$key.body")"
grep -qi '^Idempotent-Replayed: true' "$WORK/$key.headers" || fail "the retry was not a replay"
[ "$(stored "$key")" = 1 ] || fail "the retry created another order ($(stored "$key") with this reference)"
id=$(sed -E 's/.*"id":"([^"]+)".*/\1/' "$WORK/$key.body")
[ "$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "SELECT reference_id FROM orders WHERE id = '$id'")" = "$key" ] \
  || fail "the replayed order $id is not the stored one"
echo "PASSED: after a lost response and kill -9, the retry replayed the original 201 (order $id) and created nothing"
