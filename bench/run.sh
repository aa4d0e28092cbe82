#!/usr/bin/env bash
# The serving benchmark: starts a Redaksi node with the demo network on its own embedded PostgreSQL, and
# nginx serving the same article bytes from a file; loads both with wrk on this machine; then checks that
# the database counted exactly the beacon hits that were sent. Usage: bench/run.sh [duration] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-20s}
CONNECTIONS=${2:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-8088}
HOST=malang.localhost
OUT=bench/out
# a JDK 25 for the build and the node; the machine's default java may be older
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java

for tool in wrk nginx psql curl gzip; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install wrk nginx postgresql-client curl gzip"; exit 1; }
done
[ -f target/redaksi-0.1.0-SNAPSHOT.jar ] || mvn -B -q -DskipTests package
mkdir -p "$OUT/nginx/www"

echo "== starting Redaksi on port $PORT (data in $OUT/data)"
# the demo profile: a jar loads the demo network only when asked (it logs in nowhere, so needs no password)
"$JAVA" ${JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseZGC} -jar target/redaksi-0.1.0-SNAPSHOT.jar --server.port="$PORT" \
  --spring.profiles.active=demo \
  --redaksi.embedded-database.directory="$OUT/data" --redaksi.media.directory="$OUT/data/media" \
  --logging.level.root=WARN --logging.level.id.redaksi=INFO > "$OUT/node.log" 2>&1 &
NODE=$!
cleanup() {
  kill "$NODE" 2>/dev/null || true
  wait "$NODE" 2>/dev/null || true
  [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 180); do
  # the log first: a page asked for while the demo content loads would be kept, empty, for a minute
  grep -qE "Demo content (loaded|skipped)" "$OUT/node.log" && curl -sf -o /dev/null -H "Host: $HOST" "http://127.0.0.1:$PORT/" && break
  sleep 1
done
PGPORT=$(sed -n 's/.*Embedded PostgreSQL on port \([0-9]*\).*/\1/p' "$OUT/node.log" | tail -1)

ARTICLE=$(curl -s -H "Host: $HOST" "http://127.0.0.1:$PORT/" | grep -o 'href="/baca/[^"]*"' | awk 'NR == 1' | sed 's/href="//;s/"//')
ID=$(echo "$ARTICLE" | cut -d/ -f3)
echo "== article $ARTICLE"
curl -s -H "Host: $HOST" "http://127.0.0.1:$PORT$ARTICLE" -o "$OUT/nginx/www/article.html"
gzip -9 -c "$OUT/nginx/www/article.html" > "$OUT/nginx/www/article.html.gz"
# a hit counts only with the read token of the article's page, valid for 20 minutes at least: longer than a run
TOKEN=$(grep -o 'data-token="[^"]*"' "$OUT/nginx/www/article.html" | head -1 | sed 's/data-token="//;s/"$//')
[ -n "$TOKEN" ] || { echo "no read token in the article page"; exit 1; }
echo "   $(wc -c < "$OUT/nginx/www/article.html") bytes, $(wc -c < "$OUT/nginx/www/article.html.gz") gzipped"
nginx -p "$PWD/$OUT/nginx/" -c "$PWD/bench/nginx.conf"

load() {
  local name=$1; shift
  echo "== $name"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | tee "$OUT/$name.txt" \
    | grep -E "Requests/sec|Transfer/sec|^ +(50|99)%|Non-2xx|Socket errors|beacon hits sent"
  sleep 2
}
warm() { for _ in 1 2 3; do curl -s -o /dev/null "$@"; done; }

warm -H "Host: $HOST" "http://127.0.0.1:$PORT$ARTICLE"
warm -H "Host: $HOST" -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT$ARTICLE"
echo "== warming up the JIT (10 s, not measured)"
for url in "$ARTICLE" "/"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "Host: $HOST" -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT$url" > /dev/null
done
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "Host: $HOST" -s bench/beacon.lua "http://127.0.0.1:$PORT" -- 0 "$ID" "$TOKEN" > /dev/null
load article-redaksi -H "Host: $HOST" "http://127.0.0.1:$PORT$ARTICLE"
load article-nginx "http://127.0.0.1:8181/article"
load article-redaksi-gzip -H "Host: $HOST" -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT$ARTICLE"
load article-nginx-gzip -H "Accept-Encoding: gzip" "http://127.0.0.1:8181/article"
load home-redaksi -H "Host: $HOST" -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT/"

BEFORE=$(psql -h localhost -p "$PGPORT" -U postgres -Atc "select coalesce((select total from article_reads where article_id = $ID), 0)" postgres)
load beacon -H "Host: $HOST" -s bench/beacon.lua "http://127.0.0.1:$PORT" -- "${QUOTA:-300000}" "$ID" "$TOKEN"
sleep 3
AFTER=$(psql -h localhost -p "$PGPORT" -U postgres -Atc "select coalesce((select total from article_reads where article_id = $ID), 0)" postgres)
SENT=$(sed -n 's/beacon hits sent: //p' "$OUT/beacon.txt")
echo "== beacon: sent $SENT distinct-reader hits, database counted $((AFTER - BEFORE))"

rps() { sed -n 's/Requests\/sec: *//p' "$OUT/$1.txt"; }
echo "== ratio Redaksi/nginx, identity: $(echo "scale=2; $(rps article-redaksi) / $(rps article-nginx)" | bc)"
echo "== ratio Redaksi/nginx, gzip:     $(echo "scale=2; $(rps article-redaksi-gzip) / $(rps article-nginx-gzip)" | bc)"
# wrk may build a last request per connection that it never writes when time runs out; only a run in which
# every thread reached its quota (and then sent uncounted filler) gives an exact figure to compare.
if [ "$SENT" -lt "$(( ${QUOTA:-300000} * THREADS ))" ]; then
  echo "quota not reached within $DURATION: lower QUOTA or run longer to check the count exactly"; exit 2
fi
[ "$SENT" = "$((AFTER - BEFORE))" ] || { echo "COUNT MISMATCH"; exit 1; }
echo "== counts match exactly"
