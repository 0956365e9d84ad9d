#!/usr/bin/env bash
# Usage: scripts/slurm/submit.sh SUITE SHARDS [TIER] [OUT]
# Queues SHARDS array tasks of SUITE, then the merge once they have all ended (afterany: a task that died
# leaves its cells missing, and the merge then says which ones instead of deciding).
set -euo pipefail
SUITE=${1:?usage: submit.sh SUITE SHARDS [TIER] [OUT]}
SHARDS=${2:?usage: submit.sh SUITE SHARDS [TIER] [OUT]}
TIER=${3:-full}
OUT=${4:-$PWD/results/slurm-$SUITE-$TIER}
here=$(dirname "$0")
array=$(sbatch --parsable --array=0-$((SHARDS - 1)) --export=ALL,SUITE="$SUITE",TIER="$TIER",OUT="$OUT" "$here/repro-array.sbatch")
merge=$(sbatch --parsable --dependency=afterany:"${array%%;*}" --export=ALL,OUT="$OUT" "$here/repro-merge.sbatch")
echo "array job $array ($SHARDS shards of $SUITE, tier $TIER) → merge job $merge → $OUT/report/index.html"
