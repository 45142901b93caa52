#!/bin/sh
# Runs every libFuzzer target for a bounded time, each on a copy of its seed
# corpus, and prints a PASS/FAIL line per target with its execution count.
# usage: run.sh BUILD-DIR SECONDS [TARGET...]
set -u
build=$1
seconds=$2
shift 2
targets=${*:-parse name search format read recognize stream}
fails=0
for t in $targets; do
	work="$build/corpus/$t"
	rm -rf "$work"
	mkdir -p "$work"
	cp fuzz/corpus/"$t"/* "$work"/
	# the recognizer's targets take inputs of real sizes (1 MB)
	case $t in recognize|stream) maxlen=1048576 ;; *) maxlen=4096 ;; esac
	if "$build/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 -max_len=$maxlen \
	        -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$build/crash-$t-" "$work" \
	        > "$build/$t.log" 2>&1; then
		execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/$t.log")
		echo "PASS fuzz/$t ($execs executions in ${seconds}s)"
	else
		tail -30 "$build/$t.log"
		echo "FAIL fuzz/$t (log: $build/$t.log)"
		fails=$((fails + 1))
	fi
done
[ $fails -eq 0 ]
