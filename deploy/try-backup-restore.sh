#!/bin/bash
# Tries README's backup and restore end to end on one machine: a throwaway PostgreSQL cluster (Debian's
# postgresql package), the jar with the demo network on it, pg_dump and a copy of the media directory, then a
# dropped database restored with pg_restore and a node started on the restored copy.
#   mvn -B -q -DskipTests package && deploy/try-backup-restore.sh
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=$(realpath "$(ls "$(dirname "$0")"/../target/redaksi-*.jar | head -1)")
WORK=$(mktemp -d /tmp/redaksi-backup.XXXX)
chmod 777 "$WORK"
PORT=55432
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sh -c "$*"; fi; }
psql_() { "$PGBIN/psql" -h "$WORK" -p $PORT -U postgres "$@"; }
start() {
  (cd "$WORK/node" && "$JAVA" -Xmx512m -jar "$JAR" --server.port=18080 \
     --spring.datasource.url=jdbc:postgresql://127.0.0.1:$PORT/redaksi --spring.datasource.username=postgres "$@" \
     > "$WORK/node.log" 2>&1 &)
  for _ in $(seq 1 900); do curl -sf -o /dev/null localhost:18080/actuator/health && return 0; sleep 1; done
  echo "the node did not start: $WORK/node.log"; exit 1
}
stop() { pkill -f -- "-jar $JAR --server.port=18080" || true; sleep 3; }
trap 'stop; as_postgres "$PGBIN/pg_ctl -D $WORK/pg stop -m fast" >/dev/null 2>&1 || true' EXIT

mkdir -p "$WORK/node"
as_postgres "$PGBIN/initdb -D $WORK/pg -U postgres -A trust" >/dev/null
as_postgres "$PGBIN/pg_ctl -D $WORK/pg -o \"-p $PORT -k $WORK\" -l $WORK/pg.log start" >/dev/null
"$PGBIN/createdb" -h "$WORK" -p $PORT -U postgres redaksi
start --spring.profiles.active=demo
echo "before: $(psql_ -d redaksi -Atc 'select count(*) from article') articles, $(du -sh "$WORK/node/data/media" | cut -f1) of media"
stop

# the backup: the database, then the media directory (or the bucket: aws s3 sync s3://bucket DIR)
"$PGBIN/pg_dump" -h "$WORK" -p $PORT -U postgres -Fc -f "$WORK/redaksi.dump" redaksi
tar -C "$WORK/node/data" -czf "$WORK/media.tgz" media
echo "backup: $(du -h "$WORK/redaksi.dump" | cut -f1) database dump, $(du -h "$WORK/media.tgz" | cut -f1) media archive"

# the disaster, then the restore into an empty database
"$PGBIN/dropdb" -h "$WORK" -p $PORT -U postgres redaksi
rm -rf "$WORK/node/data/media"
"$PGBIN/createdb" -h "$WORK" -p $PORT -U postgres redaksi
"$PGBIN/pg_restore" -h "$WORK" -p $PORT -U postgres -d redaksi --no-owner "$WORK/redaksi.dump"
tar -C "$WORK/node/data" -xzf "$WORK/media.tgz"
echo "restored: $(psql_ -d redaksi -Atc 'select count(*) from article') articles"

start
host=$(psql_ -d redaksi -Atc 'select host from site_host order by site_id limit 1')
picture=$(curl -s -H "Host: $host" localhost:18080/ | grep -o '/media/[^" ]*' | head -1 || true)
echo "after restart: home $(curl -s -o /dev/null -w '%{http_code}' -H "Host: $host" localhost:18080/)," \
     "a picture $(curl -s -o /dev/null -w '%{http_code}' -H "Host: $host" "localhost:18080$picture")"
