#!/usr/bin/env bash
# The cluster test (issue 13): on this machine, one PostgreSQL (Debian's binaries, a throwaway cluster), s3proxy as
# the S3-compatible store, two Redaksi nodes from the packaged jar started the production way (an external database,
# s3 storage, no demo profile, the first admin through the setup token) and haproxy round-robin in front. Through
# haproxy it then logs in, uploads a picture, publishes, renames a rubric, schedules a story, kills a node under
# beacon load and stops the database for 30 s, measuring each; a summary table ends the output. Exit 0 when every
# check passed, 1 when one failed, 2 when the cluster could not be set up. See bench/README.md, "Cluster".
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

JAR=${JAR:-$ROOT/target/redaksi-0.1.0-SNAPSHOT.jar}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# C1 only and the serial collector: the test measures behaviour, not speed, and must leave the machine's two busy
# cores to the nodes' work (bench/run.sh measures speed with ZGC and the full JIT)
NODE_JAVA_OPTS=${NODE_JAVA_OPTS:--Xms256m -Xmx768m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-30}
PROPAGATION_LIMIT_MS=1000
SITE_HOST=klaster.test
SITE=klaster
PASSWORD=cluster-admin-$RANDOM$RANDOM
DB_PASSWORD=cluster-db-$RANDOM$RANDOM
SETUP_TOKEN=cluster-setup-$RANDOM$RANDOM$RANDOM
S3_KEY=redaksi
S3_SECRET=cluster-s3-$RANDOM$RANDOM
BUCKET=redaksi-media
RUN=$(date +%H%M%S)

say() { printf '== %s\n' "$*"; }
die() { printf 'SETUP FAILED: %s\n' "$*" >&2; exit 2; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

for tool in curl haproxy wrk python3 sed grep awk; do
  command -v "$tool" >/dev/null || die "missing $tool (Debian: apt-get install curl haproxy wrk python3)"
done
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || die "no PostgreSQL binaries under /usr/lib/postgresql (Debian: apt-get install postgresql)"
[ -f "$JAR" ] || die "no $JAR: build it first (mvn -B -DskipTests package)"

WORK=$(mktemp -d /tmp/redaksi-cluster.XXXXXX)
chmod 755 "$WORK"
PIDS_NODE1= PIDS_NODE2= S3_PID= LB_PID= WRK_PID=
STATUS=2

# PostgreSQL refuses to run as root: the cluster then belongs to the postgres user the Debian package made.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  local code=$?
  set +e
  for pid in $WRK_PID $LB_PID $PIDS_NODE1 $PIDS_NODE2 $S3_PID; do
    kill "$pid" 2>/dev/null
  done
  for pid in $WRK_PID $LB_PID $PIDS_NODE1 $PIDS_NODE2 $S3_PID; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null
  done
  [ -f "$WORK/pg/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1
  if [ "$code" -eq 0 ] && [ -z "${KEEP:-}" ]; then
    rm -rf "$WORK"
  else
    echo "logs kept in $WORK (node1.log, node2.log, s3proxy.log, haproxy.log, pg.log)"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_ports() {
  python3 - "$1" <<'EOF'
import socket, sys
sockets = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    sockets.append(s)
print(" ".join(str(s.getsockname()[1]) for s in sockets))
EOF
}
read -r PG_PORT S3_PORT NODE1_PORT NODE2_PORT LB_PORT STATS_PORT <<<"$(free_ports 6)"
LB=http://127.0.0.1:$LB_PORT
NODE1=http://127.0.0.1:$NODE1_PORT
NODE2=http://127.0.0.1:$NODE2_PORT

# ---------------------------------------------------------------------------------------------------- the parts
say "PostgreSQL $(basename "$(dirname "$PGBIN")") on port $PG_PORT (a throwaway cluster in $WORK/pg)"
mkdir "$WORK/pg" && chown "$(id -u postgres 2>/dev/null || id -u)" "$WORK/pg" 2>/dev/null || true
touch "$WORK/pg.log" && chmod 666 "$WORK/pg.log"
as_pg "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
  || die "initdb: $(tail -3 "$WORK/initdb.log")"
pg_start() {
  as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg" start >/dev/null
}
pg_start || die "PostgreSQL did not start: $(tail -3 "$WORK/pg.log")"
sql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${DB:-redaksi}" -v ON_ERROR_STOP=1 -Atqc "$1"; }
# README, "An external PostgreSQL": a user that owns its database may create the trusted extensions Flyway needs
DB=postgres sql "create role redaksi login password '$DB_PASSWORD'"
DB=postgres sql "create database redaksi owner redaksi"

say "s3proxy on port $S3_PORT (filesystem-backed, bucket $BUCKET)"
CLASSPATH_FILE=$ROOT/target/s3proxy.classpath
if [ ! -s "$CLASSPATH_FILE" ]; then
  mvn -B -q -f src/test/s3proxy/pom.xml dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" \
    >"$WORK/s3proxy-classpath.log" 2>&1 || die "could not resolve s3proxy's classpath: $WORK/s3proxy-classpath.log"
fi
mkdir -p "$WORK/s3/$BUCKET"
cat >"$WORK/s3proxy.properties" <<EOF
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_KEY
s3proxy.credential=$S3_SECRET
jclouds.provider=filesystem
jclouds.filesystem.basedir=$WORK/s3
EOF
"$JAVA" -Xmx256m -cp "$(cat "$CLASSPATH_FILE")" org.gaul.s3proxy.Main --properties "$WORK/s3proxy.properties" \
  >"$WORK/s3proxy.log" 2>&1 &
S3_PID=$!

# Two nodes as README's production section starts them: the database URL and credentials, the bucket, the setup
# token given (for automation); no profile. Settings that are not defaults are only those a test needs: the
# scheduler looks every second instead of every 15 s.
start_node() {
  local name=$1 port=$2
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/redaksi \
  SPRING_DATASOURCE_USERNAME=redaksi SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
  REDAKSI_MEDIA_STORAGE=s3 REDAKSI_MEDIA_S3_BUCKET=$BUCKET REDAKSI_MEDIA_S3_ENDPOINT=http://127.0.0.1:$S3_PORT \
  REDAKSI_MEDIA_S3_PATH_STYLE=true REDAKSI_MEDIA_S3_ACCESS_KEY=$S3_KEY REDAKSI_MEDIA_S3_SECRET_KEY=$S3_SECRET \
  REDAKSI_SETUP_TOKEN=$SETUP_TOKEN \
    "$JAVA" $NODE_JAVA_OPTS -jar "$JAR" --server.port="$port" --redaksi.newsroom.schedule-check=1s \
    >>"$WORK/$name.log" 2>&1 &
  echo $!
}
say "two Redaksi nodes on ports $NODE1_PORT and $NODE2_PORT ($(basename "$JAR"), $NODE_JAVA_OPTS)"
STARTED_AT=$(now_ms)
PIDS_NODE1=$(start_node node1 "$NODE1_PORT")
PIDS_NODE2=$(start_node node2 "$NODE2_PORT")

sed -e "s|@WORK@|$WORK|; s|@LB_PORT@|$LB_PORT|; s|@NODE1_PORT@|$NODE1_PORT|; s|@NODE2_PORT@|$NODE2_PORT|" \
  -e "s|@STATS_PORT@|$STATS_PORT|" bench/cluster-haproxy.cfg >"$WORK/haproxy.cfg"
haproxy -c -q -f "$WORK/haproxy.cfg" || die "haproxy refused bench/cluster-haproxy.cfg"
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
LB_PID=$!
say "haproxy round-robin on port $LB_PORT (stats on $STATS_PORT)"

ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1/actuator/health/readiness")" = 200 ]; }
# a minute on an idle machine; minutes on one busy with other builds: up to 10 are waited for
while [ $(($(now_ms) - STARTED_AT)) -lt 600000 ]; do
  ready "$NODE1" && ready "$NODE2" && break
  kill -0 "$PIDS_NODE1" 2>/dev/null || die "node1 exited: $(tail -5 "$WORK/node1.log")"
  kill -0 "$PIDS_NODE2" 2>/dev/null || die "node2 exited: $(tail -5 "$WORK/node2.log")"
  kill -0 "$S3_PID" 2>/dev/null || die "s3proxy exited: $(tail -5 "$WORK/s3proxy.log")"
  sleep 1
done
ready "$NODE1" && ready "$NODE2" || die "the nodes were not ready within 600 s"
STARTUP_MS=$(($(now_ms) - STARTED_AT))
say "both nodes ready after $STARTUP_MS ms"
# haproxy marks a node up after two good checks a second apart
for _ in $(seq 1 30); do
  [ "$(curl -s "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, '$1 == "nodes" && $18 == "UP"' | wc -l)" = 2 ] && break
  sleep 0.5
done

# ------------------------------------------------------------------------------------------------ the checks
declare -a ROWS=()
FAILED=0
row() { # what, figure, limit, ok|FAIL
  ROWS+=("$1|$2|$3|$4")
  printf '   %-4s %s: %s (limit %s)\n' "$4" "$1" "$2" "$3"
  [ "$4" = ok ] || FAILED=1
}
check() { # what, figure, limit, condition...
  local what=$1 figure=$2 limit=$3
  shift 3
  if "$@"; then row "$what" "$figure" "$limit" ok; else row "$what" "$figure" "$limit" FAIL; fi
}
le() { [ "$1" != timeout ] && [ "$1" -le "$2" ]; }

JAR_COOKIES=$WORK/cookies.txt
# generous time limits: on a machine busy with other builds an upload (decoding, renditions, the bucket) takes long
web() { curl -s --max-time 120 -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$@" || true; }
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//' || true; }
code() { curl -s -o /dev/null -w '%{http_code}' --max-time "${CODE_TIMEOUT:-60}" "$@" || true; }

say "the first network admin, through the setup token (README, \"The newsroom\")"
TOKEN=$(web "$LB/redaksi/setup" | csrf)
[ "$(web -o /dev/null -w '%{http_code}' "$LB/redaksi/setup" --data-urlencode "_csrf=$TOKEN" \
  --data-urlencode "token=$SETUP_TOKEN" --data-urlencode username=admin \
  --data-urlencode "displayName=Admin Klaster" --data-urlencode "password=$PASSWORD")" = 302 ] \
  || die "the setup form did not create the admin (node logs: $WORK)"

say "log in through haproxy; the session is in PostgreSQL, so both nodes know it"
rm -f "$JAR_COOKIES"
TOKEN=$(web "$LB/redaksi/masuk" | csrf)
LOGIN=$(web -o /dev/null -w '%{http_code} %{redirect_url}' "$LB/redaksi/masuk" --data-urlencode "_csrf=$TOKEN" \
  --data-urlencode username=admin --data-urlencode "password=$PASSWORD")
[ "${LOGIN%% *}" = 302 ] && [ "${LOGIN#* }" != "${LOGIN#*/redaksi/}" ] && [ "${LOGIN#*masuk}" = "$LOGIN" ] \
  || die "login refused: $LOGIN"
DESK1=$(web -o /dev/null -w '%{http_code}' "$NODE1/redaksi/")
DESK2=$(web -o /dev/null -w '%{http_code}' "$NODE2/redaksi/")
check "logged in through haproxy: the desk on node1 / node2" "$DESK1 / $DESK2" "200 / 200" \
  test "$DESK1 $DESK2" = "200 200"

say "a site ($SITE_HOST) and its rubrics, from the sites screen"
TOKEN=$(web "$LB/redaksi/admin/situs" | csrf)
web -o /dev/null "$LB/redaksi/admin/situs" --data-urlencode "_csrf=$TOKEN" --data-urlencode "name=Warta Klaster" \
  --data-urlencode "slug=$SITE" --data-urlencode dateline=WARTAKLASTER --data-urlencode "host=$SITE_HOST" \
  --data-urlencode "baseUrl=http://$SITE_HOST" --data-urlencode zone=Asia/Jakarta
SITE_ID=$(web "$LB/redaksi/admin/situs" | grep -o '/redaksi/admin/situs/[0-9]*/kanal"' | head -1 | grep -o '[0-9]\+' || true)
[ -n "$SITE_ID" ] || die "the site was not created"
for rubric in Politik Ekonomi; do
  TOKEN=$(web "$LB/redaksi/admin/situs" | csrf)
  web -o /dev/null "$LB/redaksi/admin/situs/$SITE_ID/kanal" --data-urlencode "_csrf=$TOKEN" \
    --data-urlencode "name=$rubric"
done

say "a picture uploaded through haproxy, read from the bucket by both nodes"
python3 - "$WORK/picture.png" <<'EOF'
import struct, sys, zlib
width, height = 640, 400
raw = bytearray()
for y in range(height):
    raw.append(0)
    for x in range(width):
        raw += bytes((x * 255 // width, y * 255 // height, (x ^ y) & 255))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
EOF
TOKEN=$(web "$LB/redaksi/$SITE/media" | csrf)
UPLOAD=$(web -o /dev/null -w '%{http_code} %{redirect_url}' -H "X-CSRF-TOKEN: $TOKEN" \
  -F "berkas=@$WORK/picture.png;type=image/png" -F "alt=Sungai di klaster" "$LB/redaksi/$SITE/media")
[ "${UPLOAD%% *}" = 302 ] || die "upload refused: $UPLOAD"
PICTURE=$(web "$LB/redaksi/$SITE/media.json" | grep -o '"value":"[^"]*"' | head -1 | sed 's/"value":"//;s/"$//' || true)
[ -n "$PICTURE" ] || die "the uploaded picture is not in the library"
# the first picture a node serves also starts its S3 client: a minute is not too long on a busy machine
PIC1=$(curl -s -o "$WORK/picture1" -w '%{http_code}' --max-time 60 "$NODE1$PICTURE" || true)
PIC2=$(curl -s -o "$WORK/picture2" -w '%{http_code}' --max-time 60 "$NODE2$PICTURE" || true)
SAME=$(cmp -s "$WORK/picture1" "$WORK/picture2" && [ -s "$WORK/picture1" ] && echo same || echo different)
OBJECTS=$(find "$WORK/s3/$BUCKET" -type f | wc -l)
check "uploaded picture ($OBJECTS objects in the bucket) from node1 / node2" "$PIC1 / $PIC2, $SAME bytes" \
  "200 / 200, same" test "$PIC1 $PIC2 $SAME" = "200 200 same"

# the first admin has no public profile: a story needs a writer to credit, made at /redaksi/admin/orang
TOKEN=$(web "$LB/redaksi/admin/orang" | csrf)
web -o /dev/null "$LB/redaksi/admin/orang" --data-urlencode "_csrf=$TOKEN" --data-urlencode "name=Rina Klaster" \
  --data-urlencode "bio=Wartawan uji klaster."
FORM=$(web "$LB/redaksi/$SITE/cerita/baru")
RUBRIC_ID=$(echo "$FORM" | grep -o '<option value="[0-9]*"[^>]*>Politik<' | grep -o '[0-9]\+' | head -1 || true)
WRITER_ID=$(echo "$FORM" | grep -o '<option value="[0-9]*"[^>]*>Rina Klaster<' | grep -o '[0-9]\+' | head -1 || true)
[ -n "$RUBRIC_ID" ] && [ -n "$WRITER_ID" ] || die "the story form offers no rubric ($RUBRIC_ID) or writer ($WRITER_ID)"
new_story() { # title, step (none for a draft): prints the story id
  local token location
  token=$(web "$LB/redaksi/$SITE/cerita/baru" | csrf)
  location=$(web -o /dev/null -w '%{redirect_url}' "$LB/redaksi/$SITE/cerita" --data-urlencode "_csrf=$token" \
    --data-urlencode version=0 --data-urlencode "rubricId=$RUBRIC_ID" --data-urlencode "writerIds=$WRITER_ID" \
    --data-urlencode "title=$1" --data-urlencode "lead=Laporan dari klaster dua node." \
    --data-urlencode "body=<p>Isi berita $1 untuk uji klaster.</p>" --data-urlencode "langkah=${2:-}")
  echo "$location" | grep -o '/cerita/[0-9]*$' | grep -o '[0-9]\+' || true
}

keep() { # path: rendered once and then kept by each node
  for _ in 1 2; do
    code -H "Host: $SITE_HOST" "$NODE1$1" >/dev/null
    code -H "Host: $SITE_HOST" "$NODE2$1" >/dev/null
  done
}
# Sends a newsroom form through haproxy and measures, per node, how long after its answer the node's page shows the
# text (bench/cluster-watch.py: one process polling every 20 ms on a kept connection per node).
watched_form() { # the page whose form it is, the form's address, the page to watch, the text, NAME=VALUE fields
  local from=$1 form=$2 page=$3 text=$4 token session
  shift 4
  token=$(web "$LB$from" | csrf)
  session=$(awk -F'\t' '$6 == "JSESSIONID" { value = $7 } END { print value }' "$JAR_COOKIES")
  read -r FORM_STATUS FORM_LOCATION SHOWN1 SHOWN2 < <(python3 bench/cluster-watch.py "$LB$form" "$session" \
    "$SITE_HOST" "$page" "$text" "$NODE1" "$NODE2" -- "_csrf=$token" "$@" || echo "failed - timeout timeout")
}
publish_watched() { # title
  watched_form "/redaksi/$SITE/cerita/baru" "/redaksi/$SITE/cerita" / "$1" version=0 \
    "rubricId=$RUBRIC_ID" "writerIds=$WRITER_ID" "title=$1" "lead=Laporan dari klaster dua node." \
    "body=<p>Isi berita $1 untuk uji klaster.</p>" langkah=terbitkan
  [ "$FORM_STATUS" = 302 ] || die "publishing answered $FORM_STATUS"
  PUBLISHED_ID=${FORM_LOCATION##*/}
}

# far enough ahead that the form's two requests end before it, however busy the machine
say "schedule a story 30 s ahead (both nodes' schedulers look every second)"
SCHEDULED_TITLE="Jadwal Klaster $RUN"
AT=$(TZ=Asia/Jakarta date -d '+30 seconds' +%Y-%m-%dT%H:%M:%S)
SCHEDULED_ID=$(new_story "$SCHEDULED_TITLE")
[ -n "$SCHEDULED_ID" ] || die "saving a draft did not answer with the story"
TOKEN=$(web "$LB/redaksi/$SITE/cerita/$SCHEDULED_ID" | csrf)
web -o /dev/null "$LB/redaksi/$SITE/cerita/$SCHEDULED_ID/jadwalkan" --data-urlencode "_csrf=$TOKEN" \
  --data-urlencode "waktu=$AT"
STATE=$(sql "select status || ' ' || coalesce(scheduled_at::text, '-') from story where id = $SCHEDULED_ID")
case "$STATE" in
  SCHEDULED*|PUBLISHED*) ;;
  *) die "the story was not scheduled for $AT (WIB): $STATE, $(web "$LB/redaksi/$SITE/cerita/$SCHEDULED_ID" \
       | grep -o 'role="status">[^<]*' | head -1)" ;;
esac

# A node in service has rendered its pages many times; these two publications are measured the same way but not
# held to the limit: they let the JIT compile the path from a publication to a rendered page on both nodes.
for warm in 1 2; do
  keep /
  publish_watched "Pemanasan $warm Klaster $RUN"
  say "warm-up publication $warm on node1 / node2 after $SHOWN1 / $SHOWN2 ms (not held to the limit)"
done

say "publish through haproxy; each node's kept front page polled every 20 ms"
FIRST="Banjir Surut di Klaster $RUN"
keep /
publish_watched "$FIRST"
ARTICLE_ID=$PUBLISHED_ID
check "published story on node1 / node2 kept front page after" "$SHOWN1 / $SHOWN2 ms" "$PROPAGATION_LIMIT_MS ms" \
  eval "le $SHOWN1 $PROPAGATION_LIMIT_MS && le $SHOWN2 $PROPAGATION_LIMIT_MS"

say "rename a rubric through haproxy; each node's kept front page polled every 20 ms"
RENAMED="Politik dan Pemerintahan $RUN"
keep /
watched_form /redaksi/admin/situs "/redaksi/admin/situs/$SITE_ID/kanal/politik/nama" / ">$RENAMED<" \
  "name=$RENAMED"
[ "$FORM_STATUS" = 302 ] || die "the rename answered $FORM_STATUS"
check "renamed rubric on node1 / node2 kept front page after" "$SHOWN1 / $SHOWN2 ms" "$PROPAGATION_LIMIT_MS ms" \
  eval "le $SHOWN1 $PROPAGATION_LIMIT_MS && le $SHOWN2 $PROPAGATION_LIMIT_MS"

say "the scheduled story: published once, whichever node took it"
for _ in $(seq 1 180); do
  [ "$(sql "select status from story where id = $SCHEDULED_ID")" = PUBLISHED ] && break
  sleep 0.5
done
sleep 3 # two more runs of each node's scheduler, which must find nothing
PUBLICATIONS=$(sql "select count(*) from audit_event where story_id = $SCHEDULED_ID and action = 'menerbitkan sesuai jadwal'")
ARTICLES=$(sql "select count(*) from article where id = $SCHEDULED_ID")
LATE=$(sql "select round(extract(epoch from (at - timestamp '$AT' at time zone 'Asia/Jakarta')) * 1000)
            from audit_event where story_id = $SCHEDULED_ID and action = 'menerbitkan sesuai jadwal'" || echo "?")
BY=$(grep -l "Published 1 scheduled stories" "$WORK/node1.log" "$WORK/node2.log" 2>/dev/null | xargs -rn1 basename \
  | sed 's/\.log//' | paste -sd+ -)
check "scheduled story: publications / articles (by ${BY:-?}, ${LATE} ms after its time)" \
  "$PUBLICATIONS / $ARTICLES" "1 / 1" test "$PUBLICATIONS $ARTICLES" = "1 1"

# ----------------------------------------------------------------------------------- kill -9 under beacon load
reads() { sql "select coalesce((select total from article_reads where article_id = $ARTICLE_ID), 0)"; }
node_2xx() { # the 2xx answers haproxy passed on from one node, by the column's name in its CSV
  curl -s --max-time 10 "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, -v n="$1" '
    NR == 1 { for (i = 1; i <= NF; i++) if ($i == "hrsp_2xx") col = i }
    $1 == "nodes" && $2 == n { print $col }' || true
}
READ_TOKEN=$(curl -s --max-time 60 -L -H "Host: $SITE_HOST" "$LB/baca/$ARTICLE_ID" | grep -o 'data-token="[^"]*"' \
  | head -1 | sed 's/data-token="//;s/"$//' || true)
[ -n "$READ_TOKEN" ] || die "the article page carries no read token"
stable_reads() { # waits until the count stops moving (the flushes run every 250 ms)
  local last=-1 now
  for _ in $(seq 1 40); do
    now=$(reads)
    [ "$now" = "$last" ] && [ "$now" -ge "${1:-0}" ] && break
    last=$now
    sleep 1
  done
  echo "$now"
}

say "kill -9 node2 under beacon load through haproxy (wrk, 2 threads, 8 connections, 4 ms between hits)"
BEFORE=$(reads)
N2_BEFORE=$(node_2xx node2)
wrk -t2 -c8 -d10s -H "Host: $SITE_HOST" -s bench/cluster-beacon.lua "$LB" -- "$ARTICLE_ID" "$READ_TOKEN" 4 >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
LOAD_FROM=$(now_ms)
sleep 4
kill -9 "$PIDS_NODE2"
KILLED=$(now_ms)
wait "$PIDS_NODE2" 2>/dev/null || true
PIDS_NODE2=
sleep 0.5
N2_AFTER=$(node_2xx node2)
wait "$WRK_PID" || true
WRK_PID=
ACKNOWLEDGED=$(sed -n 's/acknowledged: //p' "$WORK/wrk.txt")
[ -n "$ACKNOWLEDGED" ] || die "wrk reported nothing: $(cat "$WORK/wrk.txt")"
COUNTED=$(($(stable_reads "$((BEFORE + ACKNOWLEDGED))") - BEFORE))
LOST=$((ACKNOWLEDGED - COUNTED))
NODE2_HITS=$((N2_AFTER - N2_BEFORE))
NODE2_RATE=$((NODE2_HITS * 1000 / (KILLED - LOAD_FROM)))
check "kill -9 node2: hits acknowledged / counted / lost (node2 answered $NODE2_HITS, $NODE2_RATE/s)" \
  "$ACKNOWLEDGED / $COUNTED / $LOST" "lost <= $NODE2_RATE (1 s of node2)" \
  eval "[ $ACKNOWLEDGED -gt 0 ] && [ $LOST -le $NODE2_RATE ]"
AFTER_KILL=$(code -H "Host: $SITE_HOST" "$LB/")
check "front page through haproxy, node2 dead" "$AFTER_KILL" "200" test "$AFTER_KILL" = 200

# ------------------------------------------------------------------------------------ the database away for 30 s
say "stop PostgreSQL for $OUTAGE_SECONDS s while reading kept pages and sending beacons through haproxy"
ARTICLE_PATH=$(curl -s --max-time 60 -o /dev/null -w '%{redirect_url}' -H "Host: $SITE_HOST" "$LB/baca/$ARTICLE_ID" \
  | sed 's|^https\?://[^/]*||' || true)
ARTICLE_PATH=${ARTICLE_PATH:-/baca/$ARTICLE_ID}
for path in / "$ARTICLE_PATH"; do
  code -H "Host: $SITE_HOST" "$NODE1$path" >/dev/null
  code -H "Host: $SITE_HOST" "$NODE1$path" >/dev/null
done
BEFORE=$(stable_reads)
as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null
DOWN_AT=$(now_ms)
SERVED=0 REFUSED=0 SENT=0 BEACONS=0 n=0
while [ $(($(now_ms) - DOWN_AT)) -lt $((OUTAGE_SECONDS * 1000)) ]; do
  for path in / "$ARTICLE_PATH"; do
    if [ "$(CODE_TIMEOUT=10 code -H "Host: $SITE_HOST" "$LB$path")" = 200 ]; then SERVED=$((SERVED + 1)); else REFUSED=$((REFUSED + 1)); fi
  done
  n=$((n + 1))
  SENT=$((SENT + 1))
  [ "$(CODE_TIMEOUT=10 code -X POST -H "Host: $SITE_HOST" -H "X-Forwarded-For: 10.200.$((n / 256)).$((n % 256))" -H 'User-Agent: Mozilla/5.0 cluster' \
    --data "id=$ARTICLE_ID&token=$READ_TOKEN" "$LB/hit")" = 204 ] && BEACONS=$((BEACONS + 1))
  sleep 0.2
done
# -b alone: the answer while the database is away sets a new, empty session cookie, which would log us out
DESK_DOWN=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -b "$JAR_COOKIES" "$NODE1/redaksi/" || true)
pg_start || die "PostgreSQL did not start again"
UP_AT=$(now_ms)
check "database stopped ${OUTAGE_SECONDS} s: kept pages through haproxy, 200 / other" "$SERVED / $REFUSED" "all 200" \
  eval "[ $SERVED -gt 0 ] && [ $REFUSED -eq 0 ]"
# Polls until the command succeeds; prints the ms since the database came back, or "timeout" after 60 s.
since_up() {
  while [ $(($(now_ms) - UP_AT)) -lt 60000 ]; do
    if "$@"; then
      echo $(($(now_ms) - UP_AT))
      return
    fi
    sleep 0.05
  done
  echo timeout
}
desk_answers() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -b "$JAR_COOKIES" "$NODE1/redaksi/")" = 200 ]; }
listening() { curl -s --max-time 5 "$NODE1/actuator/health" | grep -q '"purgeListener":{"status":"UP"'; }
RECOVERED=$(since_up desk_answers)
check "desk on node1, same session, after the database is back (was $DESK_DOWN)" \
  "$RECOVERED ms" "30000 ms, no restart" le "$RECOVERED" 30000
LISTENER=$(since_up listening)
check "node1's purge listener UP again after the database is back" "$LISTENER ms" "30000 ms" le "$LISTENER" 30000
WRITTEN=$(($(stable_reads "$((BEFORE + BEACONS))") - BEFORE))
check "beacon hits acknowledged while the database was away / written after" "$BEACONS of $SENT / $WRITTEN" \
  "all written" eval "[ $BEACONS -gt 0 ] && [ $WRITTEN -eq $BEACONS ]"

# ---------------------------------------------------------------------------------------------------- figures
echo
echo "== cluster test summary ($(date -u +%Y-%m-%dT%H:%M:%SZ), PostgreSQL $(basename "$(dirname "$PGBIN")"),"\
  "nodes ready after $STARTUP_MS ms, $(($(now_ms) - STARTED_AT)) ms in all since they started)"
printf '%-6s | %-82s | %-22s | %s\n' result check figure limit
for r in "${ROWS[@]}"; do
  IFS='|' read -r what figure limit ok <<<"$r"
  printf '%-6s | %-82s | %-22s | %s\n' "$ok" "$what" "$figure" "$limit"
done
if [ "$FAILED" -ne 0 ]; then
  echo "CLUSTER TEST FAILED"
  exit 1
fi
echo "CLUSTER TEST PASSED"
