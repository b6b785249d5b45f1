#!/usr/bin/env bash
# The verification engine's spatial and temporal join, side by side with PostGIS.
#
#   bench/postgis-side-by-side.sh [--reports N] [--sites M] [--seed S]
#
# 1. `truce bench verify --export DIR` generates the reproducible claims and sites, times the
#    engine (correlation + determinations, and the matches alone), and writes the data and the
#    engine's matches: every pair of linked claims and every claim-site match, with a checksum.
# 2. The same data is loaded into PostgreSQL + PostGIS (database `test` on 127.0.0.1 as postgres,
#    schema bench_verify; the extension in schema `postgis` unless already installed), with GiST
#    indexes on geography, and the equivalent join runs: ST_DWithin on geography (sphere, as the
#    engine measures) with the sum of the radii (one table and index per radius, so that each index
#    search has a constant radius), the time tolerance and the category rule; then claims to sites
#    with ST_DWithin within the claim's radius.
# 3. Both answers are compared (counts and checksums) and both times printed, with the ratio.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reports=100000
sites=10000
seed=20250318
while [[ $# -gt 0 ]]; do
  case "$1" in
    --reports) reports="$2"; shift 2 ;;
    --sites) sites="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "usage: $0 [--reports N] [--sites M] [--seed S]" >&2; exit 2 ;;
  esac
done
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-test}"
dir="$(mktemp -d /tmp/truce-postgis-XXXXXX)"
trap 'rm -rf "$dir"' EXIT

echo "== Truce (in memory) =="
"$here/truce" bench verify --reports "$reports" --sites "$sites" --seed "$seed" --export "$dir" | tee "$dir/truce.txt"
truce_ms="$(sed -n 's/^matches only.*: \([0-9,]*\) ms.*/\1/p' "$dir/truce.txt" | tr -d ,)"
read -r truce_pairs truce_sites truce_sum < "$dir/truce-matches.txt"

echo "== PostGIS =="
psql -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS postgis SCHEMA postgis;
DROP SCHEMA IF EXISTS bench_verify CASCADE;
CREATE SCHEMA bench_verify;
SQL
ext_schema="$(psql -qAt -c "SELECT extnamespace::regnamespace FROM pg_extension WHERE extname = 'postgis'")"
path="SET search_path = bench_verify, $ext_schema, public;"
psql -q -v ON_ERROR_STOP=1 <<SQL
$path
CREATE TABLE claims (i int PRIMARY KEY, lon float8, lat float8, r float8, e bigint, l bigint, tol bigint, cat text, g geography);
CREATE TABLE sites (i int PRIMARY KEY, cat text, g geography);
\copy claims (i, lon, lat, r, e, l, tol, cat) FROM '$dir/claims.csv' WITH (FORMAT csv)
\copy sites (i, cat, g) FROM '$dir/sites.csv' WITH (FORMAT csv)
UPDATE claims SET g = ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography;
CREATE INDEX ON claims USING gist (g);
CREATE INDEX ON sites USING gist (g);
ANALYZE claims;
ANALYZE sites;
SQL
# One table per radius (the generator uses each precision's default radius), each with its GiST
# index, so that every index search uses a constant radius: the larger-radius class is the outer
# side of each pair of classes, and the index of the other class is searched with the sum of radii.
radii=($(psql -qAt -c "$path SELECT DISTINCT r FROM claims ORDER BY r"))
{
  echo "$path"
  for r in "${radii[@]}"; do
    t="claims_$(printf '%.0f' "$r")"
    echo "CREATE TABLE $t AS SELECT * FROM claims WHERE r = $r; CREATE INDEX ON $t USING gist (g); ANALYZE $t;"
  done
} > "$dir/split.sql"
{
  echo "$path"
  echo "CREATE TABLE pg_pairs (a int, b int);"
  for ((x = 0; x < ${#radii[@]}; x++)); do
    for ((y = x; y < ${#radii[@]}; y++)); do
      small="claims_$(printf '%.0f' "${radii[$x]}")"
      large="claims_$(printf '%.0f' "${radii[$y]}")"
      same=$([[ $x -eq $y ]] && echo "AND o.i < n.i" || echo "")
      echo "INSERT INTO pg_pairs SELECT least(o.i, n.i), greatest(o.i, n.i) FROM $large o JOIN $small n
              ON ST_DWithin(o.g, n.g, o.r + ${radii[$x]}, false) $same
             AND greatest(o.e, n.e) - least(o.l, n.l) <= greatest(o.tol, n.tol)
             AND (o.cat IS NULL OR n.cat IS NULL OR o.cat = n.cat);"
    done
  done
  echo "CREATE TABLE pg_site_matches AS SELECT c.i AS c, s.i AS s FROM claims c JOIN sites s ON ST_DWithin(c.g, s.g, c.r, false);"
} > "$dir/join.sql"
psql -q -v ON_ERROR_STOP=1 -f "$dir/split.sql"
start=$(date +%s%N)
psql -q -v ON_ERROR_STOP=1 -f "$dir/join.sql"
pg_ms=$(( ($(date +%s%N) - start) / 1000000 ))
read -r pg_pairs pg_sites pg_sum < <(psql -qAt -F ' ' -c "$path
  SELECT (SELECT count(*) FROM pg_pairs), (SELECT count(*) FROM pg_site_matches),
         (SELECT coalesce(sum(a::numeric * 1000003 + b), 0) FROM pg_pairs)
       + (SELECT coalesce(sum(c::numeric * 1000003 + s + 7000000000000), 0) FROM pg_site_matches)")
echo "PostGIS join: ${pg_ms} ms -> ${pg_pairs} linked claim pairs, ${pg_sites} claim-site matches, checksum ${pg_sum}"

echo "== Side by side =="
if [[ "$pg_pairs $pg_sites $pg_sum" == "$truce_pairs $truce_sites $truce_sum" ]]; then
  echo "same matches: yes (${truce_pairs} pairs, ${truce_sites} site matches, checksum ${truce_sum})"
else
  echo "same matches: NO (Truce ${truce_pairs}/${truce_sites}/${truce_sum}, PostGIS ${pg_pairs}/${pg_sites}/${pg_sum})"
fi
awk -v t="$truce_ms" -v p="$pg_ms" 'BEGIN { printf "Truce %d ms, PostGIS %d ms: Truce is %.1fx faster\n", t, p, (t > 0 ? p / t : 0) }'
