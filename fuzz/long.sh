#!/bin/sh
# The long run of the recognizer's two targets (docs/reliability.md): RUNS
# executions of each, in parallel, inputs up to 1 MB, each on a copy of its
# seed corpus. Prints a PASS/FAIL line per target with its executions and
# time.
# usage: long.sh BUILD-DIR RUNS
set -u
build=$1
runs=$2
pids=
for t in recognize stream; do
	rm -rf "$build/corpus-$t"
	mkdir -p "$build/corpus-$t"
	cp fuzz/corpus/"$t"/* "$build/corpus-$t"/
	"$build/fuzz_$t" -runs="$runs" -max_len=1048576 -timeout=10 -rss_limit_mb=2048 \
	        -print_final_stats=1 -artifact_prefix="$build/crash-$t-" "$build/corpus-$t" \
	        > "$build/$t.log" 2>&1 &
	pids="$pids $!"
done
fails=0
set -- $pids
for t in recognize stream; do
	if wait "$1"; then
		execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/$t.log")
		secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$build/$t.log")
		echo "PASS fuzz-long/$t ($execs executions in ${secs:-?} s)"
	else
		tail -30 "$build/$t.log"
		echo "FAIL fuzz-long/$t (log: $build/$t.log)"
		fails=$((fails + 1))
	fi
	shift
done
[ $fails -eq 0 ]
