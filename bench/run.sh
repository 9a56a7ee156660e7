#!/usr/bin/env bash
# Runs the load harness against Ordino on PostgreSQL and prints the table for bench/README.md.
#
#   bench/run.sh                      every scenario at 1, 8 and 32 users, 60 s each, and the raw baseline
#   bench/run.sh full-order raw       only these (full-order, reviewed-order, order-to-shipment, search, raw,
#                                     startup)
#
# Settings (environment): BENCH_DB (ordino_bench), BENCH_ORDERS (1000000), BENCH_CUSTOMERS (100000),
# BENCH_PRODUCTS (5000), BENCH_USERS ("1 8 32"), BENCH_SECONDS (60), BENCH_WARMUP (20), BENCH_HEAP (200m),
# BENCH_PORT (18090). The database is created and filled by the generator the first time; later runs reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-ordino_bench}
ORDERS=${BENCH_ORDERS:-1000000}
CUSTOMERS=${BENCH_CUSTOMERS:-100000}
PRODUCTS=${BENCH_PRODUCTS:-5000}
USERS=${BENCH_USERS:-1 8 32}
SECONDS_EACH=${BENCH_SECONDS:-60}
WARMUP=${BENCH_WARMUP:-20}
HEAP=${BENCH_HEAP:-200m}
PORT=${BENCH_PORT:-18090}
TOKEN="bench-$DB"
SCENARIOS=${*:-startup full-order reviewed-order order-to-shipment search raw}
JDBC="jdbc:postgresql://127.0.0.1:5432/$DB"
RESULTS="bench/target/results-$(date +%Y%m%d-%H%M%S)"
MVN="./mvnw -B -q"
mkdir -p "$RESULTS"

log() { printf '==> %s\n' "$*" >&2; }

[ -f target/ordino.jar ] || { log "Building target/ordino.jar"; $MVN -DskipTests package; }
log "Compiling the harness"
$MVN -f bench/pom.xml test-compile

# --- the database: created and generated once ------------------------------------------------------------
if ! psql -h 127.0.0.1 -U postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
fi
generated=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc \
  "SELECT count(*) FROM orders WHERE number LIKE 'G0-%'" 2>/dev/null || echo 0)
if [ "$generated" -lt "$ORDERS" ]; then
  log "Generating $ORDERS orders, $CUSTOMERS customers, $PRODUCTS products into $DB"
  SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="$JDBC" \
    java -jar target/ordino.jar generate --orders "$ORDERS" --customers "$CUSTOMERS" --products "$PRODUCTS" --seed 0
fi

# --- the service -----------------------------------------------------------------------------------------
SERVICE_PID=""
SAMPLER_PID=""
stop_service() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -n "$SERVICE_PID" ] && { kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; }
  SERVICE_PID=""; SAMPLER_PID=""
}
trap stop_service EXIT

healthy_within() { # seconds to wait; prints the seconds it took
  local started; started=$(date +%s%N)
  for _ in $(seq 1 $(($1 * 10))); do
    if curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; then
      awk -v ns=$(($(date +%s%N) - started)) 'BEGIN { printf "%.1f\n", ns / 1e9 }'; return 0
    fi
    sleep 0.1
  done
  return 1
}

start_service() {
  SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="$JDBC" ORDINO_BOOTSTRAP_TOKEN="$TOKEN" \
    java -Xmx"$HEAP" -jar target/ordino.jar --server.port="$PORT" > "$RESULTS/service.log" 2>&1 &
  SERVICE_PID=$!
  healthy_within 120 > "$RESULTS/startup-postgres.txt" || { tail -50 "$RESULTS/service.log"; exit 1; }
  # Resident set size and heap after GC, sampled every second while the service runs.
  ( while kill -0 "$SERVICE_PID" 2>/dev/null; do
      rss=$(awk '/VmRSS/ {print $2}' /proc/"$SERVICE_PID"/status 2>/dev/null || echo 0)
      heap=$(curl -sf "http://localhost:$PORT/actuator/metrics/jvm.memory.used?tag=area:heap" \
        -H "Authorization: Bearer $TOKEN" | sed -E 's/.*"value":([0-9.E]+).*/\1/' || echo 0)
      echo "$rss $heap"
      sleep 1
    done ) > "$RESULTS/memory.txt" &
  SAMPLER_PID=$!
}

gatling() { # simulation users seconds -> the report directory
  mkdir -p bench/target/gatling
  local before; before=$(ls bench/target/gatling | wc -l)
  $MVN -f bench/pom.xml gatling:test -Dsimulation="$1" -Dusers="$2" -Dseconds="$3" \
    -DbaseUrl="http://localhost:$PORT" -Dtoken="$TOKEN" -Dcustomers="$CUSTOMERS" -Dproducts="$PRODUCTS" \
    > "$RESULTS/gatling-$1-$2-$3.log" 2>&1 || true
  if [ "$(ls bench/target/gatling 2>/dev/null | wc -l)" -le "$before" ]; then
    tail -40 "$RESULTS/gatling-$1-$2-$3.log" >&2
    echo "Gatling wrote no report for $1 at $2 users" >&2
    exit 1
  fi
  ls -td bench/target/gatling/*/ | head -1
}

# One table row per measured run: scenario, users, what was counted, orders (or requests) per second, p50, p95, p99.
row() { printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$@" | tee -a "$RESULTS/table.md"; }
printf '| scenario | users | measured | per second | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|---|---|\n' \
  > "$RESULTS/table.md"

per_second() { awk -v n="$1" -v s="$SECONDS_EACH" 'BEGIN { printf "%.1f", n / s }'; }

measure() { # scenario simulation group-or-empty
  local scenario=$1 simulation=$2 group=$3
  log "$scenario: warm-up ${WARMUP}s at 8 users"
  gatling "$simulation" 8 "$WARMUP" > /dev/null
  for users in $USERS; do
    log "$scenario: ${SECONDS_EACH}s at $users users"
    local report; report=$(gatling "$simulation" "$users" "$SECONDS_EACH")
    python3 bench/gatling_stats.py "$report" > "$RESULTS/$scenario-$users.tsv"
    if ! awk -F'\t' '$3 > 0 { found = 1 } END { exit !found }' "$RESULTS/$scenario-$users.tsv"; then
      echo "$scenario at $users users: not one request succeeded (see $report)" >&2
      exit 1
    fi
    while IFS=$'\t' read -r kind name ok ko p50 p95 p99 max; do
      if [ -n "$group" ] && [ "$kind" = group ] && [ "$name" = "$group" ]; then
        row "$scenario" "$users" "orders" "$(per_second "$ok")" "$p50" "$p95" "$p99" "$ko"
      elif [ -z "$group" ] && [ "$kind" = req ]; then
        row "$scenario: $name" "$users" "requests" "$(per_second "$ok")" "$p50" "$p95" "$p99" "$ko"
      fi
    done < "$RESULTS/$scenario-$users.tsv"
  done
}

# Memory and garbage collection of the service while it ran (once, before it stops).
service_summary() {
  [ -n "$SERVICE_PID" ] && [ ! -s "$RESULTS/memory-summary.txt" ] || return 0
  awk '{ if ($1 > rss) rss = $1; if ($2 > heap) heap = $2 }
       END { printf "service (-Xmx%s): max RSS %.0f MiB, max heap used %.0f MiB\n", heap_limit, rss / 1024, heap / 1048576 }' \
    heap_limit="$HEAP" "$RESULTS/memory.txt" | tee "$RESULTS/memory-summary.txt"
  curl -sf "http://localhost:$PORT/actuator/metrics/jvm.gc.pause" -H "Authorization: Bearer $TOKEN" \
    | python3 -c 'import json, sys
m = {x["statistic"]: x["value"] for x in json.load(sys.stdin)["measurements"]}
print("garbage collection: %d pauses, %.1f s in total" % (m["COUNT"], m["TOTAL_TIME"]))' \
    | tee "$RESULTS/gc.txt" || true
  echo "OutOfMemoryError in the service log: $(grep -c OutOfMemoryError "$RESULTS/service.log" || true)" \
    | tee -a "$RESULTS/gc.txt"
}

for scenario in $SCENARIOS; do
  case $scenario in
    startup)
      # Start-up to healthy on a fresh H2 database (the default, nothing to install), three times as built,
      # then three times from the extracted jar with a class-data-sharing archive made by one training start
      # (Spring Boot's CDS support: https://docs.spring.io/spring-boot/reference/packaging/class-data-sharing.html).
      cds="bench/target/cds"
      rm -rf "$cds"
      java -Djarmode=tools -jar target/ordino.jar extract --destination "$cds/app" > /dev/null
      data=$(mktemp -d)
      ORDINO_DATA_DIR="$data" java -XX:ArchiveClassesAtExit="$cds/app.jsa" -Dspring.context.exit=onRefresh \
        -jar "$cds/app/ordino.jar" > "$RESULTS/cds-training.log" 2>&1
      rm -rf "$data"
      for kind in jar cds; do
        for i in 1 2 3; do
          data=$(mktemp -d)
          if [ "$kind" = jar ]; then
            set -- -jar target/ordino.jar
          else
            set -- -XX:SharedArchiveFile="$cds/app.jsa" -jar "$cds/app/ordino.jar"
          fi
          ORDINO_DATA_DIR="$data" java -Xmx"$HEAP" "$@" --server.port="$PORT" > "$RESULTS/startup-$kind-$i.log" 2>&1 &
          pid=$!
          took=$(healthy_within 60 || echo "failed")
          kill "$pid"; wait "$pid" 2>/dev/null || true; rm -rf "$data"
          log "start-up to healthy on H2 ($kind): $took s"
          echo "$took" >> "$RESULTS/startup-$kind.txt"
        done
      done
      ;;
    full-order)     [ -n "$SERVICE_PID" ] || start_service; measure full-order FullOrderSimulation "full order" ;;
    reviewed-order) [ -n "$SERVICE_PID" ] || start_service; measure reviewed-order ReviewedOrderSimulation "reviewed order" ;;
    order-to-shipment)
      [ -n "$SERVICE_PID" ] || start_service; measure order-to-shipment OrderToShipmentSimulation "order to shipment" ;;
    search)         [ -n "$SERVICE_PID" ] || start_service; measure search SearchSimulation "" ;;
    raw)
      service_summary
      stop_service
      for users in $USERS; do
        log "raw JDBC baseline: ${SECONDS_EACH}s at $users users"
        $MVN -f bench/pom.xml exec:java -Djdbc="$JDBC?user=postgres" -Dusers="$users" -Dseconds="$SECONDS_EACH" \
          -Dwarmup="$WARMUP" -Dcustomers="$CUSTOMERS" -Dproducts="$PRODUCTS" | tee "$RESULTS/raw-$users.txt" >&2
        set -- $(grep '^RESULT raw' "$RESULTS/raw-$users.txt" | sed -E 's/[a-zA-Z0-9]+=//g')
        # RESULT raw users seconds orders errors ordersPerSecond p50 p95 p99
        row "raw JDBC full order" "$users" "orders" "$7" "$8" "$9" "${10}" "$6"
      done
      ;;
    *) echo "unknown scenario: $scenario" >&2; exit 2 ;;
  esac
done

service_summary
# Ordino / raw: full orders per second over the raw baseline's, at each number of users measured for both.
for users in $USERS; do
  awk -F' [|] ' -v u="$users" '$1 == "| full-order" && $2 == u { o = $4 } $1 == "| raw JDBC full order" && $2 == u { r = $4 }
    END { if (o != "" && r > 0) printf "full order / raw at %s users: %.2f\n", u, o / r }' "$RESULTS/table.md"
done | tee "$RESULTS/ratio.txt"
for kind in jar cds; do
  [ -s "$RESULTS/startup-$kind.txt" ] && echo "start-up to healthy on H2, $kind (s): $(tr '\n' ' ' < "$RESULTS/startup-$kind.txt")"
done
echo "commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)'), results in $RESULTS"
cat "$RESULTS/table.md"
