#!/usr/bin/env bash
# Adds COUNT generated published articles to the site SITE_SLUG of a running Redaksi database, in chunks of
# CHUNK (default 100,000) each in its own transaction, then VACUUM (ANALYZE)s the article tables.
#
#   bench/generate.sh SITE_SLUG COUNT [PGPORT] [YEARS]
#
# PGPORT is the embedded PostgreSQL's port, printed in the application's log ("Embedded PostgreSQL on port N");
# user postgres, database postgres. YEARS (default 6) is how far back the articles reach. See README-scale.md.
set -euo pipefail

site=${1:?usage: generate.sh SITE_SLUG COUNT [PGPORT] [YEARS]}
count=${2:?usage: generate.sh SITE_SLUG COUNT [PGPORT] [YEARS]}
port=${3:-${PGPORT:-5432}}
years=${4:-6}
chunk=${CHUNK:-100000}
here=$(cd "$(dirname "$0")" && pwd)
psql=(psql -X -q -h "${PGHOST:-localhost}" -p "$port" -U "${PGUSER:-postgres}" -d "${PGDATABASE:-postgres}")

start=$(date +%s)
first=0
while (( first < count )); do
    n=$(( count - first < chunk ? count - first : chunk ))
    t0=$(date +%s)
    "${psql[@]}" -v site="$site" -v n="$n" -v first="$first" -v total="$count" -v years="$years" \
        -f "$here/generate-articles.sql"
    first=$(( first + n ))
    echo "$(date +%T) $first / $count articles ($(( $(date +%s) - t0 )) s for this chunk)"
done
t0=$(date +%s)
"${psql[@]}" -c 'vacuum (analyze) article, article_writer, article_topic'
echo "vacuum analyze: $(( $(date +%s) - t0 )) s; total $(( $(date +%s) - start )) s"
"${psql[@]}" -A -t -c "select 'site ' || s.slug || ' now has ' || count(a.id) || ' articles' from site s
                       left join article a on a.site_id = s.id where s.slug = '$site' group by s.slug"
