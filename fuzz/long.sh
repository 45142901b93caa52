#!/bin/sh
# The long run of the recognizer's two targets (docs/reliability.md): RUNS
# executions of each, in parallel, inputs up to 1 MB, each on a copy of its
# seed corpus (fuzz/run.sh). Prints a PASS/FAIL line per target.
# usage: long.sh BUILD-DIR RUNS
set -u
build=$1
runs=$2
pids=
for t in recognize stream; do
	sh fuzz/run.sh "$build" "runs=$runs" "$t" > "$build/$t.out" 2>&1 &
	pids="$pids $!"
done
fails=0
for p in $pids; do
	wait "$p" || fails=$((fails + 1))
done
cat "$build/recognize.out" "$build/stream.out"
[ $fails -eq 0 ]
