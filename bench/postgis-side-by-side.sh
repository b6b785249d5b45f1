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
#    engine measures) with the sum of the radii (the index searched with the largest radius), the
#    time tolerance and the category rule; then claims to sites with ST_DWithin within the claim's
#    radius.
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
start=$(date +%s%N)
psql -q -v ON_ERROR_STOP=1 <<SQL
$path
-- the GiST index is searched with the largest radius the other claim may have, then the exact sum of radii
SELECT max(r) AS maxr FROM claims \gset
CREATE TABLE pg_pairs AS
SELECT a.i AS a, b.i AS b
  FROM claims a JOIN claims b
    ON ST_DWithin(a.g, b.g, a.r + :maxr, false)
   AND a.i < b.i
   AND ST_DWithin(a.g, b.g, a.r + b.r, false)
   AND greatest(a.e, b.e) - least(a.l, b.l) <= greatest(a.tol, b.tol)
   AND (a.cat IS NULL OR b.cat IS NULL OR a.cat = b.cat);
CREATE TABLE pg_site_matches AS
SELECT c.i AS c, s.i AS s FROM claims c JOIN sites s ON ST_DWithin(c.g, s.g, c.r, false);
SQL
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
