#!/bin/sh
# The row contract of `wsaerr explain --lines` (cli/lines.c): one row per
# input line, in order, each written out before the next line is read;
# empty lines, very long lines, invalid UTF-8, a million lines; and a
# `parallel --pipe` run equal to a plain one. Prints PASS/FAIL/SKIP lines.
# usage: lines.sh BUILD-DIR EXE-SUFFIX [WRAPPER]
set -u
build=$1
exe=${2:-}
wrap=${3:-}
tool="$build/wsaerr$exe"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
unset LC_ALL LC_MESSAGES LANGUAGE
LANG=C.UTF-8
export LANG

group=lines
. tests/harness.sh
. tests/json.sh
# rows FILE [OPTIONS]: runs --lines on FILE into $T/rows (CR removed), $rc
rows() {
	f=$1
	shift
	$wrap "$tool" "$@" explain --lines < "$f" > "$T/rows.raw" 2> "$T/err"
	rc=$?
	tr -d '\r' < "$T/rows.raw" > "$T/rows"
}
same_file() { cmp -s "$1" "$2" || { note "$3"; diff "$1" "$2" | head -10 | sed 's/^/    /'; }; }
have() { command -v "$1" > /dev/null 2>&1; }
# wsa_rows: from json_values output of a list of results (each .[N] an
# array of hits, or a row object with "hits"), one line per result with
# the codes of its hits, as a row of --lines writes them: [10061,10054]
wsa_rows() {
	awk -F'\t' '
		$1 ~ /^\.\[[0-9]+\]$/ { n++; row[n] = "" }
		$1 ~ /^\.\[[0-9]+\](\.hits)?\[[0-9]+\]\.wsa$/ { w = $2 }
		$1 ~ /^\.\[[0-9]+\](\.hits)?\[[0-9]+\]\.system$/ && $2 == "\"wsa\"" {
			row[n] = row[n] (row[n] == "" ? "" : ",") w
		}
		END { for (i = 1; i <= n; i++) print "[" row[i] "]" }'
}
# all_rows: as wsa_rows, every hit as [system,value]: [["wsa",10061],["ixp",2148322318]]
all_rows() {
	awk -F'\t' '
		$1 ~ /^\.\[[0-9]+\]$/ { n++; row[n] = "" }
		$1 ~ /^\.\[[0-9]+\](\.hits)?\[[0-9]+\]\.system$/ { sys = $2 }
		$1 ~ /^\.\[[0-9]+\](\.hits)?\[[0-9]+\]\.value$/ {
			row[n] = row[n] (row[n] == "" ? "" : ",") "[" sys "," $2 "]"
		}
		END { for (i = 1; i <= n; i++) print "[" row[i] "]" }'
}

# The real corpus: each row equals the Winsock codes `explain --json` finds
# in that line alone, in order (the TSV row holds Winsock codes only; the
# JSON row every hit, of every system).
corpus=$T/corpus.txt
grep -hv '^#' tests/corpus/real/*.tsv | cut -f6 > "$corpus"
t rows_equal_explain_of_each_line
rows "$corpus"
[ "$rc" = 0 ] || note "exit status $rc"
[ "$(wc -l < "$T/rows")" = "$(wc -l < "$corpus")" ] || note "$(wc -l < "$T/rows") rows for $(wc -l < "$corpus") lines"
# explain --json of each line alone, as [codes] like a row; the answers
# joined into one JSON array
{
	printf '['
	sep=
	while IFS= read -r line; do
		printf '%s' "$sep"
		sep=,
		$wrap "$tool" --json explain -- "$line" < /dev/null
	done < "$corpus"
	printf ']'
} > "$T/each.json"
json_values "$T/each.json" > "$T/each" || note "explain --json of a line is not JSON"
wsa_rows < "$T/each" > "$T/want"
[ "$(wc -l < "$T/want")" = "$(wc -l < "$corpus")" ] || note "cannot run explain per line"
all_rows < "$T/each" > "$T/want_all"
same_file "$T/want" "$T/rows" "rows differ from explain --json, line by line"
# and something is found: the test can fail
[ "$(grep -vc '^\[\]$' "$T/rows")" -gt 1000 ] || note "too few rows with hits"

t json_rows_are_json_lines
rows "$corpus" --json
json_values -l "$T/rows" > "$T/v" || note "the rows are not JSON Lines"
wsa_rows < "$T/v" > "$T/got"
same_file "$T/want" "$T/got" "the codes of the JSON rows differ from explain --json"
# .line counts the rows from 1; each hit has these members and no other
awk -F'\t' -v rows="$(wc -l < "$T/want")" '
	BEGIN { split("wsa system value name start end match evidence confidence message", k, " "); for (i in k) want[k[i]] = 1 }
	$1 ~ /^\.\[[0-9]+\]\.line$/ {
		lines++
		if ($2 != substr($1, 3) + 1 && bad++ < 5)
			print "  " $1 " is " $2
	}
	$1 ~ /^\.\[[0-9]+\]\.hits\[[0-9]+\]$/ { hit[$1] = $2 }
	$1 ~ /^\.\[[0-9]+\]\.hits\[[0-9]+\]\.[A-Za-z_][A-Za-z0-9_]*$/ {
		h = $1; sub(/\.[^.]*$/, "", h); m = $1; sub(/.*\./, "", m)
		if (m in want && !((h, m) in seen)) { seen[h, m] = 1; good[h]++ }
	}
	END {
		for (h in hit)
			if ((hit[h] != "object 10" || good[h] != 10) && bad++ < 5)
				print "  " h ": " hit[h] ", " good[h] + 0 " of the 10 members"
		if (lines != rows && bad++ < 5)
			print "  " lines + 0 " rows have .line, of " rows
		exit bad > 0
	}' "$T/v" || note "JSON rows do not match"
all_rows < "$T/v" > "$T/got_all"
same_file "$T/want_all" "$T/got_all" "the hits of the JSON rows (every system) differ from explain --json"
# the corpus holds mail codes too: the JSON rows carry them
[ "$(grep -o '\["[a-z0-9]*",' "$T/got_all" | grep -vc '"wsa"')" -gt 100 ] || note "the JSON rows carry few mail codes"

t tsv_rows_hold_winsock_codes_only
printf 'Socket Error: 10061, Error Number: 0x800CCC0E\nsaid: 550 5.1.1 User unknown\n' > "$T/in"
rows "$T/in"
printf '[10061]\n[]\n' > "$T/want"
same_file "$T/want" "$T/rows" "rows"
rows "$T/in" --json
json_values -l "$T/rows" > "$T/v" || note "invalid JSON rows"
all_rows < "$T/v" > "$T/got"
printf '[["wsa",10061],["ixp",2148322318]]\n[["smtp",550],["enhanced",5001001]]\n' > "$T/want"
same_file "$T/want" "$T/got" "JSON rows lack the mail codes"
grep -q '^\.\[0\]\.hits\[1\]\.wsa	null$' "$T/v" || note "a mail hit's wsa is not null"

t empty_lines_and_last_line_without_newline
printf '\n\nSocket Error: 10061\n\n[WinError 10054]' > "$T/in"
rows "$T/in"
printf '[]\n[]\n[10061]\n[]\n[10054]\n' > "$T/want"
same_file "$T/want" "$T/rows" "rows"
printf '' > "$T/in"
rows "$T/in"
[ ! -s "$T/rows" ] && [ "$rc" = 0 ] || note "empty input: rows or status $rc"

t crlf_lines
printf 'Socket Error: 10061\r\nok\r\n' > "$T/in"
rows "$T/in"
printf '[10061]\n[]\n' > "$T/want"
same_file "$T/want" "$T/rows" "rows"

t invalid_utf8_gives_valid_json
printf 'WSAECONNRESET \377\376 \303( An existing \355\240\200 connection was forcibly closed by the remote host \300\257\n\377\n\000WSAEACCES\000\n' > "$T/in"
rows "$T/in" --json
json_values -l "$T/rows" > "$T/v" || note "invalid JSON rows"
wsa_rows < "$T/v" > "$T/got"
printf '[10054]\n[]\n[10013]\n' > "$T/want"
same_file "$T/want" "$T/got" "codes of the JSON rows"
grep -qxF '.[1].hits	array 0' "$T/v" || note "the row of a line of invalid UTF-8 has hits"

t very_long_lines
# a 5 MB line with a code at each end, then a short line, then a 3 MB line
# of digits with no code
{
	printf 'Socket Error: 10061 '
	head -c $((5 << 20)) /dev/zero | tr '\0' x
	printf ' [WinError 10054]\nWSAETIMEDOUT\n'
	head -c $((3 << 20)) /dev/zero | tr '\0' 1
	printf '\n'
} > "$T/in"
rows "$T/in"
printf '[10061,10054]\n[10060]\n[]\n' > "$T/want"
same_file "$T/want" "$T/rows" "rows"
rows "$T/in" --json
json_values -l "$T/rows" > "$T/v" || note "JSON rows of long lines"
for v in '.[0].hits[0].start	14' '.[0].hits[1].match	"WinError 10054"' ".[0].hits[1].start	$((20 + (5 << 20) + 2))"; do
	grep -qxF "$v" "$T/v" || note "JSON offsets of a long line: no $v"
done

t one_row_written_before_the_next_line_is_read
# A peer that sends a line and waits for its row before sending the next
# one, through two named pipes: a tool that buffers its rows never
# answers, and timeout(1) ends it after 20 s (then the read finds the end).
mkfifo "$T/to" "$T/from"
timeout 20 $wrap "$tool" explain --lines < "$T/to" > "$T/from" 2> "$T/err" &
tpid=$!
exec 3> "$T/to" 4< "$T/from"
(
	trap '' PIPE
	for i in 1 2 3; do
		for pair in 'Socket Error: 10061|[10061]' '|[]' 'nothing|[]' '[WinError 10054]|[10054]'; do
			printf '%s\n' "${pair%|*}" >&3 || { echo "  cannot send ${pair%|*}"; exit 1; }
			IFS= read -r got <&4 || { echo "  no row within 20 s for '${pair%|*}'"; exit 1; }
			got=${got%"$(printf '\r')"}
			[ "$got" = "${pair##*|}" ] || { echo "  '${pair%|*}' gave $got"; exit 1; }
		done
	done
) || fails=$((fails + 1))
exec 3>&-
cat <&4 > "$T/rest"
exec 4<&-
wait $tpid
rc=$?
[ ! -s "$T/rest" ] || note "more rows after the last line: $(head -c 100 "$T/rest")"
[ "$rc" = 0 ] || note "exit status $rc"

t a_million_lines
if [ -x "$build/bench/genlog" ] || cc -O2 -o "$T/genlog" bench/genlog.c 2> /dev/null; then
	g=$build/bench/genlog
	[ -x "$g" ] || g=$T/genlog
	"$g" 100 2> /dev/null | head -n 1000000 > "$T/big"
	rows "$T/big"
	cp "$T/rows" "$T/plain"
	[ "$(wc -l < "$T/rows")" = 1000000 ] || note "$(wc -l < "$T/rows") rows for a million lines"
	# every row that has codes is the row of its own line
	grep -n -v '^\[\]$' "$T/rows" | sed -n '1~20p' > "$T/some"
	cut -d: -f2 "$T/some" > "$T/want"
	cut -d: -f1 "$T/some" | awk 'NR == FNR { want[$1] = 1; next } FNR in want' - "$T/big" > "$T/sel"
	rows "$T/sel"
	same_file "$T/want" "$T/rows" "rows of lines judged alone differ"
	[ "$(wc -l < "$T/want")" -gt 200 ] || note "too few rows with codes"
	finish
	t parallel_pipe_equals_plain_run
	if have parallel && parallel --version 2> /dev/null | grep -q GNU; then
		parallel --pipe -k --block 1M -j 2 $wrap "$tool" explain --lines < "$T/big" 2> "$T/err" | tr -d '\r' > "$T/par"
		same_file "$T/plain" "$T/par" "parallel --pipe rows differ from a plain run"
	else
		current=
		skip parallel_pipe_equals_plain_run "GNU parallel is not installed (apt-get install parallel)"
	fi
else
	note "cannot build bench/genlog"
fi

t usage
$wrap "$tool" explain --lines "some text" > /dev/null 2> "$T/err" < /dev/null
[ $? = 2 ] || note "--lines with TEXT is not a usage error"
grep -q -- "'--lines' cannot be combined" "$T/err" || note "stderr: $(cat "$T/err")"
$wrap "$tool" --lines list > /dev/null 2>&1 < /dev/null
[ $? = 2 ] || note "--lines with list is not a usage error"
finish
