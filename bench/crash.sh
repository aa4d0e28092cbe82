#!/usr/bin/env bash
# How many acknowledged reads a kill -9 loses, in seconds of reads: beacon load on a node (every hit a distinct
# reader, bench/crash.lua counts the hits the node answered 2xx), kill -9 of the JVM alone at a random moment, a
# restart on the same data directory (which must stop the PostgreSQL the killed JVM left running), then
# acknowledged minus counted, divided by the hit rate. RUNS times. See bench/README.md, "Crash".
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
CONNECTIONS=${2:-32}
PORT=${PORT:-8089}
HOST=malang.localhost
OUT=bench/out/crash
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java

for tool in wrk psql curl bc; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install wrk postgresql-client curl bc"; exit 1; }
done
[ -f target/redaksi-0.1.0-SNAPSHOT.jar ] || mvn -B -q -DskipTests package
mkdir -p "$OUT"

NODE=
start() {
  "$JAVA" ${JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseZGC} -jar target/redaksi-0.1.0-SNAPSHOT.jar --server.port="$PORT" \
    --spring.profiles.active=demo \
    --redaksi.embedded-database.directory="$OUT/data" --redaksi.media.directory="$OUT/data/media" \
    --logging.level.root=WARN --logging.level.id.redaksi=INFO >> "$OUT/node.log" 2>&1 &
  NODE=$!
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null -H "Host: $HOST" "http://127.0.0.1:$PORT/" && return
    kill -0 "$NODE" 2>/dev/null || { echo "the node did not start: $OUT/node.log"; exit 1; }
    sleep 1
  done
  echo "the node did not answer within 180 s"; exit 1
}
cleanup() {
  [ -n "$NODE" ] && kill "$NODE" 2>/dev/null && wait "$NODE" 2>/dev/null || true
}
trap cleanup EXIT
reads() {
  psql -h localhost -p "$(sed -n 4p "$OUT/data/postgres/postmaster.pid")" -U postgres -Atc \
    "select coalesce((select total from article_reads where article_id = $ID), 0)" postgres
}

echo "== starting Redaksi on port $PORT (data in $OUT/data)"
start
ARTICLE=$(curl -s -H "Host: $HOST" "http://127.0.0.1:$PORT/" | grep -o 'href="/baca/[^"]*"' | awk 'NR == 1' | sed 's/href="//;s/"//')
ID=$(echo "$ARTICLE" | cut -d/ -f3)
echo "== article $ARTICLE"

for run in $(seq 1 "$RUNS"); do
  # the token of the page this node rendered: a restarted node signs with a new key
  TOKEN=$(curl -s -H "Host: $HOST" "http://127.0.0.1:$PORT$ARTICLE" | grep -o 'data-token="[^"]*"' | head -1 \
    | sed 's/data-token="//;s/"$//')
  # warm the JIT with hits for id 0, answered and never counted
  wrk -t2 -c"$CONNECTIONS" -d5s -H "Host: $HOST" -s bench/crash.lua "http://127.0.0.1:$PORT" -- 0 "$TOKEN" "$run" \
    > /dev/null
  BEFORE=$(reads)
  wrk -t2 -c"$CONNECTIONS" -d12s -H "Host: $HOST" -s bench/crash.lua "http://127.0.0.1:$PORT" -- "$ID" "$TOKEN" \
    "$run" > "$OUT/wrk-$run.txt" 2>&1 &
  WRK=$!
  STARTED=$(date +%s.%N)
  sleep "$((3 + RANDOM % 5)).$((RANDOM % 1000))"
  kill -9 "$NODE"
  KILLED=$(date +%s.%N)
  wait "$NODE" 2>/dev/null || true
  ORPHAN=$(sed -n 1p "$OUT/data/postgres/postmaster.pid")
  kill -0 "$ORPHAN" 2>/dev/null && echo "   run $run: PostgreSQL $ORPHAN outlived the killed JVM"
  wait "$WRK" || true
  ACKNOWLEDGED=$(sed -n 's/acknowledged: //p' "$OUT/wrk-$run.txt")
  start
  kill -0 "$ORPHAN" 2>/dev/null && { echo "   run $run: the restart left PostgreSQL $ORPHAN running"; exit 1; }
  COUNTED=$(( $(reads) - BEFORE ))
  RATE=$(echo "$ACKNOWLEDGED / ($KILLED - $STARTED)" | bc)
  LOST=$((ACKNOWLEDGED - COUNTED))
  echo "== run $run: killed after $(echo "$KILLED - $STARTED" | bc | cut -c1-5) s at $RATE hits/s;" \
    "acknowledged $ACKNOWLEDGED, counted $COUNTED, lost $LOST = $(echo "scale=3; $LOST / $RATE" | bc) s of reads"
done
echo "== SIGTERM"
kill "$NODE"
wait "$NODE" || true
NODE=
if [ -f "$OUT/data/postgres/postmaster.pid" ] && kill -0 "$(sed -n 1p "$OUT/data/postgres/postmaster.pid")" 2>/dev/null; then
  echo "PostgreSQL still running after the node stopped"; exit 1
fi
echo "== no PostgreSQL left running"
