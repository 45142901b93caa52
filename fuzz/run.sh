#!/bin/sh
# Runs libFuzzer targets for a bounded time, or a bounded number of
# executions, each on a copy of its seed corpus, and prints a PASS/FAIL
# line per target with its execution count.
# usage: run.sh BUILD-DIR SECONDS|runs=N [TARGET...]
set -u
build=$1
limit=$2
shift 2
targets=${*:-parse name search format read recognize stream}
case $limit in
runs=*) stop="-runs=${limit#runs=}" ;;
*) stop="-max_total_time=$limit" ;;
esac
fails=0
for t in $targets; do
	work="$build/corpus/$t"
	rm -rf "$work"
	mkdir -p "$work"
	cp fuzz/corpus/"$t"/* "$work"/
	# the recognizer's targets take inputs of real sizes (1 MB)
	case $t in recognize|stream) maxlen=1048576 ;; *) maxlen=4096 ;; esac
	if "$build/fuzz_$t" "$stop" -print_final_stats=1 -max_len=$maxlen \
	        -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$build/crash-$t-" "$work" \
	        > "$build/$t.log" 2>&1; then
		execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/$t.log")
		case $limit in
		runs=*) took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$build/$t.log") ;;
		*) took=$limit ;;
		esac
		echo "PASS fuzz/$t ($execs executions in ${took}s)"
	else
		tail -30 "$build/$t.log"
		echo "FAIL fuzz/$t (log: $build/$t.log)"
		fails=$((fails + 1))
	fi
done
[ $fails -eq 0 ]
