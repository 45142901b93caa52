#!/bin/sh
# scan -j: throughput of `wsaerr scan` on the generated log with 1 and 2
# threads, in one run, best of 5 each on a warm cache; and time per GB.
# usage: jobs.sh WSAERR GENLOG MEGABYTES WORKDIR
set -eu
tool=$1
genlog=$2
mb=$3
dir=$4
log=$dir/bench.log
mkdir -p "$dir"
if [ ! -f "$log" ] || [ "$(($(wc -c < "$log") >> 20))" -lt "$mb" ]; then
	"$genlog" "$mb" > "$log" 2> "$dir/truth.txt"
fi
size=$(wc -c < "$log")
cat "$log" > /dev/null
now() { date +%s%N; }
best() {
	b=0
	for i in 1 2 3 4 5; do
		t0=$(now)
		"$tool" -j "$1" scan "$log" > /dev/null
		t=$(( $(now) - t0 ))
		if [ $b -eq 0 ] || [ $t -lt $b ]; then b=$t; fi
	done
	echo $b
}
"$tool" -j 1 --json scan "$log" > "$dir/j1.json"
"$tool" -j 2 --json scan "$log" > "$dir/j2.json"
cmp -s "$dir/j1.json" "$dir/j2.json" || { echo "-j 2 and -j 1 differ" >&2; exit 1; }
t1=$(best 1)
t2=$(best 2)
row() { awk -v s="$size" -v t="$2" -v j="$1" 'BEGIN { printf "| `wsaerr -j %s scan` | %.0f | %.2f |\n", j, s / 1048576 / (t / 1e9), (t / 1e9) / (s / 1073741824) }'; }
echo "| command (same $((size >> 20)) MB file, best of 5) | MB/s | s per GB |"
echo "|---|---:|---:|"
row 1 "$t1"
row 2 "$t2"
echo
awk -v a="$t1" -v b="$t2" 'BEGIN { printf "-j 2 / -j 1 speed: %.2fx (target: at least 1.8x on 2 cores); same output\n", a / b }'
