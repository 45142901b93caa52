#!/bin/sh
# The SQLite extension against `wsaerr scan` on the same lines: the
# generated log loaded into a table log(line), one row per line, then
#   SELECT wsaerr_codes(line) FROM log
# timed in Debian's sqlite3, beside `wsaerr -j 1 scan` on the log file and
# `SELECT length(line) FROM log` (the cost of reading the rows). Best of 3.
# The hits counted are Winsock's (wsaerr_codes holds no other system).
# usage: sqlite.sh WSAERR EXTENSION GENLOG MEGABYTES WORKDIR
set -eu
tool=$1
ext=$2
genlog=$3
mb=$4
dir=$5
log=$dir/sqlite-$mb.log
db=$dir/sqlite-$mb.db
mkdir -p "$dir"
if [ ! -f "$db" ]; then
	"$genlog" "$mb" > "$log" 2> /dev/null
	python3 - "$log" "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[2])
db.execute('CREATE TABLE log(line TEXT)')
with open(sys.argv[1], 'rb') as f:
    db.executemany('INSERT INTO log VALUES (?)', ((l.rstrip(b'\n').decode('utf-8', 'replace'),) for l in f))
db.commit()
PY
fi
size=$(wc -c < "$log")
cat "$log" "$db" > /dev/null
now() { date +%s%N; }
best() {
	b=0
	for i in 1 2 3; do
		t0=$(now)
		sh -c "$1" > /dev/null
		t=$(( $(now) - t0 ))
		if [ $b -eq 0 ] || [ $t -lt $b ]; then b=$t; fi
	done
	echo $b
}
mbps() { awk -v s="$size" -v t="$1" 'BEGIN { printf "%.0f", s / 1048576 / (t / 1e9) }'; }
t_codes=$(best "sqlite3 '$db' '.load $ext' 'SELECT wsaerr_codes(line) FROM log;'")
t_len=$(best "sqlite3 '$db' 'SELECT length(line) FROM log;'")
t_scan=$(best "'$tool' -j 1 scan '$log'")
hits_sql=$(sqlite3 "$db" ".load $ext" "SELECT sum(json_array_length(wsaerr_codes(line))) FROM log;")
hits_scan=$("$tool" -j 1 --json scan "$log" | awk -F'"count":' 'NF > 1 && /"system":"wsa"/ { split($2, a, ","); s += a[1] } END { print s + 0 }')
rows=$(sqlite3 "$db" "SELECT count(*) FROM log;")
echo "| command (the same $((size >> 20)) MB, $rows lines; best of 3) | MB/s | hits |"
echo "|---|---:|---:|"
echo "| \`SELECT wsaerr_codes(line) FROM log\` (sqlite3, extension loaded) | $(mbps "$t_codes") | $hits_sql |"
echo "| \`SELECT length(line) FROM log\` (reading the rows only) | $(mbps "$t_len") | |"
echo "| \`wsaerr -j 1 scan\` on the log file | $(mbps "$t_scan") | $hits_scan |"
