#!/bin/sh
# Worst cases of the scanner (issue 11): throughput of `wsaerr scan` on
# hostile inputs, read from a file and from a pipe, best of 5 runs each;
# the target is at least 100 MB/s for every row.
# usage: hostile.sh WSAERR HOSTILE-GENERATOR MEGABYTES WORKDIR
set -eu
tool=$1
gen=$2
mb=$3
dir=$4
mkdir -p "$dir"
now() { date +%s%N; }
best() {
	b=0
	for i in 1 2 3 4 5; do
		t0=$(now)
		sh -c "$1" > /dev/null 2>&1 || true
		t=$(( $(now) - t0 ))
		if [ $b -eq 0 ] || [ $t -lt $b ]; then b=$t; fi
	done
	echo $b
}
mbps() { awk -v s="$1" -v t="$2" 'BEGIN { printf "%.0f", s / 1048576 / (t / 1e9) }'; }

echo "| input ($mb MB each) | file MB/s | pipe MB/s |"
echo "|---|---:|---:|"
worst=0
for kind in hex8007 einval sockeinval wsaetimeout win32 digits codes nuls highbytes wsae connection cjk nocand allcand \
            line:1 line:10 line:100 line:1000 line:10000 line:100000 line:1000000 line:10000000 line:67108864; do
	f="$dir/hostile.in"
	"$gen" "$kind" "$mb" > "$f"
	size=$(wc -c < "$f")
	cat "$f" > /dev/null
	tf=$(best "'$tool' scan '$f'")
	tp=$(best "cat '$f' | '$tool' scan")
	a=$(mbps "$size" "$tf")
	b=$(mbps "$size" "$tp")
	echo "| \`$kind\` | $a | $b |"
	for v in $a $b; do
		if [ "$worst" -eq 0 ] || [ "$v" -lt "$worst" ]; then worst=$v; fi
	done
	rm -f "$f"
done
echo
echo "slowest: $worst MB/s (target: at least 100 MB/s)"
