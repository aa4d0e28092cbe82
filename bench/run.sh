#!/usr/bin/env bash
# The serving benchmark, all of it in one run (see README.md, "Serving"):
#   1. rendered: a node with the page cache off renders every public page kind for each request;
#   2. first minute: a node with the page cache on, loaded from the moment it says it is ready;
#   3. kept pages against nginx serving the same bytes from a file, at 1 and at 2 worker processes;
#   4. the read beacon, every hit of a different reader, then the database's count compared with the hits sent.
# Every measured load is wrk on this machine, ROUNDS times, alternating (each round runs every case once), and the
# summary gives the median and the spread. Usage: bench/run.sh [duration] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-10s}
CONNECTIONS=${2:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}
QUOTA=${QUOTA:-100000}
PORT=${PORT:-8088}
HOST=malang.localhost
OUT=bench/out
# a JDK 25 for the build and the node; the machine's default java may be older
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
JAR=target/redaksi-0.1.0-SNAPSHOT.jar

for tool in wrk nginx psql curl gzip bc python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install wrk nginx postgresql-client curl gzip bc python3"; exit 1; }
done
[ -f "$JAR" ] || mvn -B -q -DskipTests package
rm -rf "$OUT/runs" && mkdir -p "$OUT/nginx/www" "$OUT/runs"
SUMMARY=$OUT/summary.txt
: > "$SUMMARY"

NODE=
stop_node() {
  if [ -n "$NODE" ]; then kill "$NODE" 2>/dev/null || true; wait "$NODE" 2>/dev/null || true; NODE=; fi
}
stop_nginx() {
  [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true
  for _ in $(seq 1 50); do [ -f "$OUT/nginx/nginx.pid" ] || break; sleep 0.1; done
}
trap 'stop_node; stop_nginx' EXIT

# start_node LOG [args...]: the demo network (a jar loads it only when asked; it logs in nowhere, so needs no
# password) on the embedded PostgreSQL kept in $OUT/data, so the second start finds the first one's content
start_node() {
  local log=$1; shift
  "$JAVA" ${JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseZGC} -jar "$JAR" --server.port="$PORT" \
    --spring.profiles.active=demo \
    --redaksi.embedded-database.directory="$OUT/data" --redaksi.media.directory="$OUT/data/media" \
    --logging.level.root=WARN --logging.level.id.redaksi=INFO "$@" > "$log" 2>&1 &
  NODE=$!
  for _ in $(seq 1 300); do
    # ready: migrated, the demo content loaded and the warm-up (redaksi.warm-up) done, as a load balancer sees it
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ] && return
    sleep 0.5
  done
  echo "the node did not start; see $log"; exit 2
}

# load NAME [wrk args...]: one measured wrk run, kept as $OUT/runs/NAME.N.txt (N: the first free number)
load() {
  local name=$1; shift
  local n=1
  while [ -f "$OUT/runs/$name.$n.txt" ]; do n=$((n + 1)); done
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$OUT/runs/$name.$n.txt"
  printf '   %-28s %10s req/s  p99 %s\n' "$name.$n" "$(rps "$OUT/runs/$name.$n.txt")" "$(p99 "$OUT/runs/$name.$n.txt")"
  sleep 1
}
rps() { sed -n 's/Requests\/sec: *//p' "$1"; }
p99() { awk '$1 == "99%" { print $2 }' "$1"; }
warm() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM:-15s}" "$@" > /dev/null; }
first_link() { grep -o "href=\"$1[^\"?#]*" | sed -n 1p | sed 's/^href="//'; }

echo "== 1. rendered for each request: a node with the page cache off (log $OUT/node-rendered.log)"
start_node "$OUT/node-rendered.log" --redaksi.page-cache.enabled=false
PGPORT=$(sed -n 's/.*Embedded PostgreSQL on port \([0-9]*\).*/\1/p' "$OUT/node-rendered.log" | tail -1)
site() { curl -s -H "Host: $HOST" "http://127.0.0.1:$PORT$1"; }
HOME_PAGE=$(site /)
ARTICLE=$(echo "$HOME_PAGE" | first_link /baca/)
ARTICLE_PAGE=$(site "$ARTICLE")
RUBRIC=$(echo "$HOME_PAGE" | first_link /kanal/)
TOPIC=$(echo "$ARTICLE_PAGE" | first_link /topik/)
PERSON=$(echo "$ARTICLE_PAGE" | first_link /penulis/)
# every article of the site, from its monthly sitemaps: the long tail a crawler walks
for month in $(site /sitemap.xml | grep -o '<loc>[^<]*sitemap-articles-[^<]*</loc>' | sed 's#<loc>[a-z]*://[^/]*##; s#</loc>##'); do
  site "$month" | grep -o '<loc>[^<]*/baca/[^<]*</loc>' | sed 's#<loc>[a-z]*://[^/]*##; s#</loc>##'
done > "$OUT/articles.txt"
echo "   article $ARTICLE; $(wc -l < "$OUT/articles.txt") articles in the sitemaps"
PAGES=(
  "article|$ARTICLE"
  "home|/"
  "rubric|$RUBRIC"
  "topic|$TOPIC"
  "person|$PERSON"
  "search|/cari?q=banjir"
  "rss|/rss.xml"
  "api-list|/api/v1/articles"
)
echo "   warming up the JIT on every page (${WARM:-15s} each, not measured)"
for entry in "${PAGES[@]}"; do warm -H "Host: $HOST" "http://127.0.0.1:$PORT${entry#*|}"; done
warm -H "Host: $HOST" -s bench/paths.lua "http://127.0.0.1:$PORT" -- "$OUT/articles.txt"
for round in $(seq 1 "$ROUNDS"); do
  for entry in "${PAGES[@]}"; do load "rendered-${entry%%|*}" -H "Host: $HOST" "http://127.0.0.1:$PORT${entry#*|}"; done
  load rendered-article-long-tail -H "Host: $HOST" -s bench/paths.lua "http://127.0.0.1:$PORT" -- "$OUT/articles.txt"
done
stop_node

echo "== 2. the first minute: a node with the page cache on, loaded from the moment it is ready (log $OUT/node.log)"
start_node "$OUT/node.log"
PGPORT=$(sed -n 's/.*Embedded PostgreSQL on port \([0-9]*\).*/\1/p' "$OUT/node.log" | tail -1)
for slice in 1 2 3 4 5 6; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s --latency -H "Host: $HOST" "http://127.0.0.1:$PORT$ARTICLE" > "$OUT/runs/first-minute.$slice.txt"
  printf '   %3d-%3d s after ready  %10s req/s  p99 %s\n' $(( (slice - 1) * 10 )) $(( slice * 10 )) \
    "$(rps "$OUT/runs/first-minute.$slice.txt")" "$(p99 "$OUT/runs/first-minute.$slice.txt")"
done

echo "== 3. kept pages against nginx serving the same bytes"
curl -s -H "Host: $HOST" "http://127.0.0.1:$PORT$ARTICLE" -o "$OUT/nginx/www/article.html"
gzip -9 -c "$OUT/nginx/www/article.html" > "$OUT/nginx/www/article.html.gz"
# the same bytes: what the node sends gzipped is what nginx's gzip_static sends
curl -s -H "Host: $HOST" -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT$ARTICLE" -o "$OUT/kept.gz"
echo "   $(wc -c < "$OUT/nginx/www/article.html") bytes, $(wc -c < "$OUT/nginx/www/article.html.gz") gzipped by nginx's copy, $(wc -c < "$OUT/kept.gz") by the node"
nginx_with() { stop_nginx; nginx -p "$PWD/$OUT/nginx/" -c "$PWD/bench/nginx.conf" -g "worker_processes $1;"; sleep 0.5; }
for round in $(seq 1 "$ROUNDS"); do
  load kept-redaksi -H "Host: $HOST" "http://127.0.0.1:$PORT$ARTICLE"
  for workers in 1 2; do nginx_with "$workers"; load "kept-nginx-$workers" "http://127.0.0.1:8181/article"; done
  load kept-redaksi-gzip -H "Host: $HOST" -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT$ARTICLE"
  for workers in 1 2; do nginx_with "$workers"; load "kept-nginx-$workers-gzip" -H "Accept-Encoding: gzip" "http://127.0.0.1:8181/article"; done
  stop_nginx
done

echo "== 4. the beacon: $QUOTA hits per wrk thread, each of a different reader"
TOKEN=$(grep -o 'data-token="[^"]*"' "$OUT/nginx/www/article.html" | head -1 | sed 's/data-token="//;s/"$//')
ID=$(echo "$ARTICLE" | cut -d/ -f3)
[ -n "$TOKEN" ] || { echo "no read token in the article page"; exit 2; }
counted() { psql -h localhost -p "$PGPORT" -U postgres -Atc "select coalesce((select total from article_reads where article_id = $ID), 0)" postgres; }
BEACON_OK=yes
# the JIT's turn first: hits for id 0, which the node answers but never counts
warm -H "Host: $HOST" -s bench/beacon.lua "http://127.0.0.1:$PORT" -- 0 "$ID" "$TOKEN"
for round in $(seq 1 "$ROUNDS"); do
  before=$(counted)
  load beacon -H "Host: $HOST" -s bench/beacon.lua "http://127.0.0.1:$PORT" -- "$QUOTA" "$ID" "$TOKEN" "$round"
  sleep 3
  file=$(ls -t "$OUT"/runs/beacon.*.txt | head -1)
  sent=$(sed -n 's/beacon hits sent: //p' "$file")
  got=$(( $(counted) - before ))
  echo "beacon counted: $got" >> "$file"
  echo "   sent $sent distinct-reader hits, the database counted $got"
  # wrk may build a last request per connection that it never writes when time runs out; only a run in which
  # every thread reached its quota (and then sent uncounted filler) gives an exact figure to compare
  if [ "$sent" -lt "$((QUOTA * THREADS))" ]; then echo "   quota not reached within $DURATION: lower QUOTA or run longer"; BEACON_OK=no; fi
  [ "$sent" = "$got" ] || { echo "   COUNT MISMATCH"; BEACON_OK=no; }
done
stop_node

python3 bench/summary.py "$OUT/runs" | tee "$SUMMARY"
[ "$BEACON_OK" = yes ] || { echo "the beacon's count was not exact (see above)"; exit 1; }
