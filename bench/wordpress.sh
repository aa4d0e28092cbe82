#!/usr/bin/env bash
# Imports a generated WordPress export of COUNT posts (default 100,000) into the demo network's site malang, on
# its own embedded PostgreSQL under bench/out/wordpress, and reports the import's time and the peak memory of the
# Java process (GNU time's maximum resident set size) with a capped heap (JAVA_OPTS, default -Xmx512m).
#
#   bench/wordpress.sh [COUNT]
#
# Needs python3 and GNU time (/usr/bin/time), and a built jar (mvn -DskipTests package; built when missing).
set -euo pipefail

count=${1:-100000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out="$here/out/wordpress"
java_opts=${JAVA_OPTS:--Xmx512m -XX:+UseZGC}

jar=$(ls "$root"/target/redaksi-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$jar" ]]; then
    (cd "$root" && mvn -B -q -DskipTests package)
    jar=$(ls "$root"/target/redaksi-*.jar | grep -v original | head -1)
fi

rm -rf "$out" && mkdir -p "$out"
t0=$(date +%s)
python3 "$here/wordpress-export.py" "$count" > "$out/export.xml"
echo "export: $count posts, $(du -h "$out/export.xml" | cut -f1), written in $(( $(date +%s) - t0 )) s"

# the demo network gives the site and its rubrics; one demo article per site keeps its own load short
/usr/bin/time -v -o "$out/time.txt" java $java_opts -jar "$jar" import-wordpress \
    --site malang "$out/export.xml" --rubrics "$here/wordpress-rubrics.txt" --no-download \
    --spring.profiles.active=demo --redaksi.demo.articles-per-site=1 \
    --redaksi.embedded-database.directory="$out/data" --redaksi.media.directory="$out/media" \
    > "$out/import.log" 2>&1 || true

grep -E "Started RedaksiApplication|WordPress export|posts [0-9,]+ / |WordPress import finished" "$out/import.log" \
    | sed -E 's/^[0-9-]+T([0-9:]+)\.[0-9]+Z.* : /\1 /' | sed -n '1,3p;$p'
grep -A3 "WordPress import finished" "$out/import.log" | tail -n +2 || true
grep -E "Elapsed \(wall clock\)|Maximum resident set size|Exit status" "$out/time.txt"
