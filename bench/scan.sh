#!/bin/sh
# Scan throughput on one realistic log, side by side in one run: wsaerr scan,
# ripgrep with the naive patterns, grep -oEw | sort | uniq -c, and wc -l as
# the memory-speed ceiling. Each is run 5 times on a warm cache; the best
# time counts. Also prints how many hits each reports against the real
# errors the generator wrote (Winsock hits: the Outlook lines' 0x800CCC0E
# is a hit of its own system, not counted here).
# usage: scan.sh WSAERR GENLOG MEGABYTES WORKDIR
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
truth=$(sed -n 's/.* \([0-9]*\) real errors/\1/p' "$dir/truth.txt")
size=$(wc -c < "$log")
cat "$log" > /dev/null

now() { date +%s%N; }
# best CMD: best wall time of 5 runs, in ns
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
mbps() { awk -v s="$size" -v t="$1" 'BEGIN { printf "%.0f", s / 1048576 / (t / 1e9) }'; }

pat="-e 'WSA[A-Z_]+' -e '1[01][0-9]{3}'"
t_wsaerr=$(best "'$tool' scan '$log'")
t_wsaerr1=$(best "'$tool' -j 1 scan '$log'")
t_pipe=$(best "cat '$log' | '$tool' scan")
t_pipe1=$(best "cat '$log' | '$tool' -j 1 scan")
t_rg=$(best "rg -c -w $pat '$log'")
t_grep=$(best "grep -oEw 'WSA[A-Z_]+|1[01][0-9]{3}' '$log' | sort | uniq -c")
t_wc=$(best "wc -l '$log'")

# CPU time of wsaerr -j 1 scan (user + system: the work of its one core)
cpu_best=0
if command -v /usr/bin/time > /dev/null 2>&1; then
	for i in 1 2 3 4 5; do
		c=$( { /usr/bin/time -f "%U %S" "$tool" -j 1 scan "$log" > /dev/null; } 2>&1 | awk '{ printf "%.0f", ($1 + $2) * 1e9 }')
		if [ "$cpu_best" -eq 0 ] || [ "$c" -lt "$cpu_best" ]; then cpu_best=$c; fi
	done
fi

hits_wsaerr=$("$tool" --json scan "$log" | awk -F'"count":' 'NF > 1 && /"system":"wsa"/ { split($2, a, ","); s += a[1] } END { print s + 0 }')
hits_rg=$(rg -o -w -e 'WSA[A-Z_]+' -e '1[01][0-9]{3}' "$log" | wc -l)

echo "| command (same $((size >> 20)) MB file, best of 5) | MB/s | hits reported |"
echo "|---|---:|---:|"
echo "| \`wsaerr scan\` (-j: both cores) | $(mbps "$t_wsaerr") | $hits_wsaerr |"
echo "| \`wsaerr -j 1 scan\` (one thread) | $(mbps "$t_wsaerr1") | $hits_wsaerr |"
echo "| \`cat FILE \| wsaerr scan\` (a pipe, -j: both cores) | $(mbps "$t_pipe") | $hits_wsaerr |"
echo "| \`cat FILE \| wsaerr -j 1 scan\` (a pipe, one thread) | $(mbps "$t_pipe1") | $hits_wsaerr |"
echo "| \`rg -c -w -e 'WSA[A-Z_]+' -e '1[01][0-9]{3}'\` | $(mbps "$t_rg") | $hits_rg (with -o) |"
echo "| \`grep -oEw 'WSA[A-Z_]+\\|1[01][0-9]{3}' \\| sort \\| uniq -c\` | $(mbps "$t_grep") | $hits_rg |"
echo "| \`wc -l\` (memory-speed ceiling) | $(mbps "$t_wc") | |"
[ "$cpu_best" -gt 0 ] && echo "| \`wsaerr -j 1 scan\`, CPU time (user + system) instead of wall time | $(mbps "$cpu_best") | |"
echo
echo "real errors written by the generator: $truth"
awk -v a="$t_rg" -v b="$t_wsaerr" -v c="$t_wsaerr1" 'BEGIN { printf "wsaerr scan / ripgrep speed: %.2fx with both cores, %.2fx with one thread (target: at least 3x)\n", a / b, a / c }'
