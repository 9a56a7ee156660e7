#!/usr/bin/env bash
# Reliability promise for integrations (docs/integrations.md, docs/reliability.md): the service is killed (kill -9)
# while ShipStation is answering a push, before the answer was recorded. After the restart the push is sent again
# with the same orderKey, so ShipStation updates the order it has rather than making a second one; the push ends
# SENT, and every request ShipStation saw carried that one key.
#
#   reliability/push-crash.sh
# A WireMock server (the test dependency's standalone jar) stands in for ShipStation.
set -euo pipefail
cd "$(dirname "$0")/.."

DB="ordino_push_crash_$$"
PORT=${PUSH_CRASH_PORT:-18097}
STUB_PORT=${PUSH_CRASH_STUB_PORT:-18096}
TOKEN="push-crash-$$"
WORK=$(mktemp -d)
SERVICE_PID=""
STUB_PID=""
cleanup() {
  [ -n "$SERVICE_PID" ] && { kill -9 "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; }
  [ -n "$STUB_PID" ] && { kill "$STUB_PID" 2>/dev/null || true; wait "$STUB_PID" 2>/dev/null || true; }
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; tail -n 40 "$WORK/service.log" >&2 || true; exit 1; }

WIREMOCK_VERSION=$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' pom.xml)
WIREMOCK_JAR="$HOME/.m2/repository/org/wiremock/wiremock-standalone/$WIREMOCK_VERSION/wiremock-standalone-$WIREMOCK_VERSION.jar"
[ -f "$WIREMOCK_JAR" ] || ./mvnw -B -q dependency:get -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION"
[ -f "$WIREMOCK_JAR" ] || fail "no WireMock standalone jar at $WIREMOCK_JAR"
[ -f target/ordino.jar ] || ./mvnw -B -q -DskipTests package

java -jar "$WIREMOCK_JAR" --port "$STUB_PORT" --disable-banner > "$WORK/stub.log" 2>&1 &
STUB_PID=$!
STUB="http://localhost:$STUB_PORT"
for _ in $(seq 1 60); do curl -sf "$STUB/__admin/mappings" > /dev/null && break; sleep 0.5; done
# ShipStation takes its time answering: long enough to kill the service while it waits
curl -sf "$STUB/__admin/mappings" -d '{"request": {"method": "POST", "url": "/orders/createorder"},
  "response": {"status": 200, "headers": {"Content-Type": "application/json"},
    "jsonBody": {"orderId": 424242}, "fixedDelayMilliseconds": 4000}}' > /dev/null

start() {
  SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    ORDINO_BOOTSTRAP_TOKEN="$TOKEN" ORDINO_DEMO_DATA=false \
    ORDINO_SECRETS_KEY="MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=" \
    ORDINO_INTEGRATIONS_ALLOW_PRIVATE_TARGETS=true \
    ORDINO_JOBS_POLLING_INTERVAL=1s ORDINO_JOBS_HEARTBEAT_INTERVAL=2s \
    ORDINO_INTEGRATIONS_PUSH_INTERVAL=1s ORDINO_INTEGRATIONS_LEASE=10s ORDINO_INTEGRATIONS_READ_TIMEOUT=20s \
    java -jar target/ordino.jar --server.port="$PORT" >> "$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/actuator/health" > /dev/null && return 0; sleep 0.5; done
  fail "the service did not start"
}
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "$1"; }
requests() { curl -sf "$STUB/__admin/requests" | jq '[.requests[] | select(.request.url == "/orders/createorder")]'; }

psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
start
ORDINO="http://localhost:$PORT/api/v1"

INTEGRATION=$(api "$ORDINO/integrations" -d '{"type": "SHIPSTATION", "name": "ShipStation (stub)",
  "baseUrl": "'"$STUB"'", "settings": {"apiKey": "key", "apiSecret": "secret", "storeId": "1"}}' | jq -r .id)
CHANNEL=$(api "$ORDINO/channels" -d '{"code": "wholesale-crash", "name": "Wholesale", "internal": true,
  "workflow": "DIRECT", "orderPush": {"integrationId": "'"$INTEGRATION"'", "pushFulfillmentUpdates": true}}' | jq -r .id)
CUSTOMER=$(api "$ORDINO/customers" -d '{"type": "BUSINESS", "email": "crash@example.com", "firstName": "Ada",
  "lastName": "Buyer", "companyName": "Example Works", "addresses": [{"label": "Plant", "line1": "1 Factory Lane",
  "city": "Dayton", "region": "OH", "postalCode": "45402", "country": "US"}]}')
CUSTOMER_ID=$(echo "$CUSTOMER" | jq -r .id)
ADDRESS=$(echo "$CUSTOMER" | jq -r '.addresses[0].id')
ORDER_ID=$(api "$ORDINO/orders" -d '{"customerId": "'"$CUSTOMER_ID"'", "channelId": "'"$CHANNEL"'",
  "shippingAddress": {"addressId": "'"$ADDRESS"'"}, "billingAddress": {"addressId": "'"$ADDRESS"'"},
  "lines": [{"quantity": 2, "custom": {"title": "Desk lamp", "price": {"amount": "40.00", "currency": "USD"}}}]}' \
  | jq -r .id)
api -X POST "$ORDINO/orders/$ORDER_ID/place" > /dev/null || fail "the order was not placed"

# ShipStation has the request and is taking its time; the service dies before it hears the answer
for _ in $(seq 1 60); do [ "$(requests | jq length)" -ge 1 ] && break; sleep 0.5; done
[ "$(requests | jq length)" -ge 1 ] || fail "the push never reached ShipStation"
kill -9 "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=""
[ "$(sql "SELECT attempts FROM integration_pushes WHERE order_id = '$ORDER_ID'")" = 0 ] \
  || fail "the attempt was recorded before the kill (nothing to test)"
echo "killed the service while ShipStation was answering the push; restarting"
start

# the dead instance's job is taken over once its heartbeats stop, and the push's lease runs out
for _ in $(seq 1 120); do
  [ "$(sql "SELECT status FROM integration_pushes WHERE order_id = '$ORDER_ID'")" = SENT ] && break; sleep 1
done
[ "$(sql "SELECT status FROM integration_pushes WHERE order_id = '$ORDER_ID'")" = SENT ] \
  || fail "the push is $(sql "SELECT status FROM integration_pushes WHERE order_id = '$ORDER_ID'") after the restart"
seen=$(requests | jq length)
keys=$(requests | jq -r '[.[].request.body | fromjson | .orderKey] | unique | join(",")')
[ "$seen" -ge 2 ] || fail "ShipStation saw $seen requests: the push was not sent again"
[ "$keys" = "$ORDER_ID" ] || fail "the requests carried the keys $keys, not only $ORDER_ID"
[ "$(sql "SELECT external_id FROM integration_pushes WHERE order_id = '$ORDER_ID'")" = 424242 ] \
  || fail "the push did not record ShipStation's order id"
echo "PASSED: after kill -9 during a push, it was sent again with the same orderKey ($seen requests, one key):" \
  "an update at ShipStation, not a duplicate"
