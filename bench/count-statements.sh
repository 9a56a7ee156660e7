#!/usr/bin/env bash
# Counts the SQL statements PostgreSQL receives for one order page (GET /orders/{id}, signed in as a manager)
# and one API read (GET /api/v1/orders/{id}), the orders view, the order's Invoice and Payments tabs, placing it and its shipments (API and tab): usage: bench/count-statements.sh target/ordino.jar 18202 (DUMP=/tmp/s writes each request's statements to /tmp/s.page.txt, /tmp/s.api.txt)
set -euo pipefail
JAR=$1; PORT=$2
DB="ordino_count_$PORT"; TOKEN="count-$PORT"; LOG=/var/log/postgresql/postgresql-15-main.log
W=$(mktemp -d)
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" ; psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
psql -h 127.0.0.1 -U postgres -qc "ALTER DATABASE $DB SET log_statement = 'all'"
SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" ORDINO_BOOTSTRAP_TOKEN="$TOKEN" \
  java -jar "$JAR" --server.port="$PORT" > "$W/service.log" 2>&1 &
PID=$!
trap 'kill $PID; wait $PID 2>/dev/null; psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB"; rm -rf $W' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break; sleep 0.5; done
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
B="http://localhost:$PORT/api/v1"
P=$(api -d '{"sku":"CNT-1","name":"Counted lamp","price":{"amount":"30.00","currency":"USD"}}' $B/products | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
C=$(api -d '{"type":"BUSINESS","email":"c@count.example","companyName":"Count Co","firstName":"Cora","lastName":"Count","addresses":[{"label":"Plant","line1":"1 A St","city":"Austin","postalCode":"73301","country":"US"}]}' $B/customers | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
O=$(api -d '{"customerId":"'$C'","lines":[{"productId":"'$P'","quantity":2}]}' $B/orders | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
api -d '{"email":"m@count.example","name":"M","role":"MANAGER","password":"count-password-long-enough"}' $B/users >/dev/null
J="$W/jar.txt"
CSRF=$(curl -s -c $J -b $J "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c $J -b $J -o /dev/null -d "username=m@count.example&password=count-password-long-enough&_csrf=$CSRF" "http://localhost:$PORT/login"
count() { # statements of this database logged while running "$@", best of 5 (background jobs add noise)
  local best=999999
  for _ in 1 2 3 4 5; do
    local before; before=$(wc -l < $LOG)
    "$@" > /dev/null; sleep 0.3
    local n; n=$(tail -n +$((before+1)) $LOG | grep "@$DB " | grep -cE "LOG:  (statement|execute)" || true)
    [ "$n" -lt "$best" ] && best=$n
    [ -n "${DUMP:-}" ] && tail -n +$((before+1)) $LOG | grep "@$DB " | grep -E "LOG:  (statement|execute)" | sed 's/.*LOG:  //' | cut -c1-160 > "${DUMP}.${LABEL:-x}.txt"
  done
  echo $best
}
curl -s -b $J -o $W/page.html -w "page %{http_code} %{redirect_url}\n" "http://localhost:$PORT/orders/$O"
grep -q "Counted lamp" $W/page.html || { echo "page not shown"; head -c 400 $W/page.html; exit 1; }
LABEL=page; echo "order page GET /orders/{id}: $(count curl -s -b $J "http://localhost:$PORT/orders/$O") statements"
LABEL=api; echo "API GET /api/v1/orders/{id}: $(count api $B/orders/$O) statements"
echo "orders view GET /orders: $(count curl -s -b $J "http://localhost:$PORT/orders") statements"
LABEL=invoice; echo "invoice tab GET /orders/{id}/invoice: $(count curl -s -b $J "http://localhost:$PORT/orders/$O/invoice") statements"
LABEL=payments; echo "payments tab GET /orders/{id}/payments: $(count curl -s -b $J "http://localhost:$PORT/orders/$O/payments") statements"
# placing the order makes its shipment (and reserves its stock): counted once, it happens once
api -X PATCH -d '{"shippingAddress":{"label":"Plant","line1":"1 A St","city":"Austin","postalCode":"73301","country":"US"}}' $B/orders/$O > /dev/null
before=$(wc -l < $LOG); api -X POST -d '{}' $B/orders/$O/place > /dev/null; sleep 0.3
echo "place POST /api/v1/orders/{id}/place: $(tail -n +$((before+1)) $LOG | grep "@$DB " | grep -cE "LOG:  (statement|execute)" || true) statements (once)"
[ -n "${DUMP:-}" ] && tail -n +$((before+1)) $LOG | grep "@$DB " | grep -E "LOG:  (statement|execute)" | sed 's/.*LOG:  //' | cut -c1-160 > "${DUMP}.place.txt"
LABEL=shipments; echo "API GET /api/v1/orders/{id}/shipments: $(count api $B/orders/$O/shipments) statements"
LABEL=shipmentsTab; echo "shipments tab GET /orders/{id}/shipments: $(count curl -s -b $J "http://localhost:$PORT/orders/$O/shipments") statements"
