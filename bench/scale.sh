#!/usr/bin/env bash
# Times the uncached render of the public pages of one site of a running Redaksi node.
#
#   bench/scale.sh [HOST] [PORT] [SITE_HOST]        defaults: localhost 8095 malang.localhost
#
# Every request carries a throwaway parameter x=<run>-<n> that the pages ignore (same status and body as without it),
# so no request can be answered from an in-memory page cache keyed on the address. Requests are sequential:
# WARMUP untimed ones for every page first, then per page WARMUP more untimed and N timed ones; p50 and p95 of
# curl's time_total, in ms.
# Environment overrides: N (200), WARMUP (20), DEEP (400: rubric page number, halved until it exists),
# RUBRIC, TOPIC, PERSON (slugs; default: the first linked from the home page / the recent article), QUERY (banjir),
# RARE (an article's path to time as well).
set -eu

host=${1:-localhost}
port=${2:-8095}
site=${3:-malang.localhost}
n=${N:-200}
warmup=${WARMUP:-20}
deep=${DEEP:-400}
query=${QUERY:-banjir}
base="http://$host:$port"
run=$(date +%s)

get() { curl -sS -H "Host: $site" "$base$1"; }
status() { curl -sS -o /dev/null -w '%{http_code}' -H "Host: $site" "$base$1"; }
first_link() { grep -o "href=\"$1[^\"?#]*" | sed -n 1p | sed 's/^href="//'; }

home=$(get /)
recent=$(echo "$home" | first_link /baca/)
rubric=${RUBRIC:-$(echo "$home" | first_link /kanal/ | sed 's#^/kanal/##')}
# the oldest month's sitemap lists the site's oldest articles first
oldest_month=$(get /sitemap.xml | grep -o '<loc>[^<]*sitemap-articles-[^<]*</loc>' | sed -n 1p | sed 's#<loc>[a-z]*://[^/]*##; s#</loc>##')
old=$(get "$oldest_month" | grep -o '<loc>[^<]*/baca/[^<]*</loc>' | sed -n 1p | sed 's#<loc>[a-z]*://[^/]*##; s#</loc>##')
article=$(get "$recent")
topic=${TOPIC:-$(echo "$article" | first_link /topik/ | sed 's#^/topik/##')}
person=${PERSON:-$(echo "$article" | first_link /penulis/ | sed 's#^/penulis/##')}
while (( deep > 1 )) && [[ $(status "/kanal/$rubric?halaman=$deep") != 200 ]]; do deep=$(( deep / 2 )); done

pages=(
    "article (recent)|$recent"
    "article (oldest)|$old"
    "rubric /kanal/$rubric|/kanal/$rubric"
    "rubric page $deep|/kanal/$rubric?halaman=$deep"
    "home|/"
    "topic /topik/$topic|/topik/$topic"
    "person /penulis/$person|/penulis/$person"
    "search q=$query|/cari?q=$query"
    "search q=$query, by relevance|/cari?q=$query&urut=relevan"
)
# RARE: an article's path, such as one with the site's rarest topic, whose related links are the hardest to find
[[ -n ${RARE:-} ]] && pages+=("article (RARE)|$RARE")

# warm every page before timing any: the JIT compiles the render paths during the first few hundred requests,
# which would otherwise fall on whichever page is timed first
for entry in "${pages[@]}"; do
    path=${entry#*|}
    sep=$([[ $path == *\?* ]] && echo '&' || echo '?')
    for ((i = 0; i < warmup; i++)); do curl -s -o /dev/null -H "Host: $site" "$base$path${sep}x=$run-v$i"; done
done

echo "# $(date -u +%FT%TZ) $base Host: $site; N=$n sequential requests per page, after $warmup untimed for every page and $warmup more for this one"
printf '| %-40s | %6s | %8s | %8s | %8s |\n' page status 'p50 ms' 'p95 ms' 'max ms'
printf '|%s|%s|%s|%s|%s|\n' ------------------------------------------ -------- ---------- ---------- ----------
for entry in "${pages[@]}"; do
    name=${entry%%|*}
    path=${entry#*|}
    sep=$([[ $path == *\?* ]] && echo '&' || echo '?')
    code=$(status "$path${sep}x=$run-check")
    for ((i = 0; i < warmup; i++)); do curl -s -o /dev/null -H "Host: $site" "$base$path${sep}x=$run-w$i"; done
    times=$(for ((i = 0; i < n; i++)); do
        curl -s -o /dev/null -H "Host: $site" -w '%{time_total}\n' "$base$path${sep}x=$run-$i"
    done | sort -g)
    pct() { echo "$times" | awk -v p="$1" '{ v[NR] = $1 } END { i = int(NR * p + 0.999999); if (i < 1) i = 1; printf "%.1f", v[i] * 1000 }'; }
    printf '| %-40s | %6s | %8s | %8s | %8s |\n' "$name" "$code" "$(pct 0.50)" "$(pct 0.95)" "$(pct 1.0)"
done
echo "article (recent) = $recent"
echo "article (oldest) = $old"
