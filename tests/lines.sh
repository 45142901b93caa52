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

# The real corpus: each row equals the Winsock codes `explain --json` finds
# in that line alone, in order (the TSV row holds Winsock codes only; the
# JSON row every hit, of every system).
corpus=$T/corpus.txt
grep -hv '^#' tests/corpus/real/*.tsv | cut -f6 > "$corpus"
t rows_equal_explain_of_each_line
rows "$corpus"
[ "$rc" = 0 ] || note "exit status $rc"
[ "$(wc -l < "$T/rows")" = "$(wc -l < "$corpus")" ] || note "$(wc -l < "$T/rows") rows for $(wc -l < "$corpus") lines"
# explain --json of each line alone, as [codes] like a row
python3 - "$corpus" "$T/want" "$T/want_all" $wrap "$tool" <<'EOF' || note "cannot run explain per line"
import json, subprocess, sys
lines = open(sys.argv[1], 'rb').read().split(b'\n')[:-1]
with open(sys.argv[2], 'w') as out, open(sys.argv[3], 'w') as all_:
    for line in lines:
        r = subprocess.run(sys.argv[4:] + ['--json', 'explain', '--', line], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE)
        hits = json.loads(r.stdout)
        out.write(json.dumps([h['wsa'] for h in hits if h['system'] == 'wsa'], separators=(',', ':')) + '\n')
        all_.write(json.dumps([[h['system'], h['value']] for h in hits], separators=(',', ':')) + '\n')
EOF
same_file "$T/want" "$T/rows" "rows differ from explain --json, line by line"
# and something is found: the test can fail
[ "$(grep -vc '^\[\]$' "$T/rows")" -gt 1000 ] || note "too few rows with hits"

t json_rows_are_json_lines
rows "$corpus" --json
python3 - "$T/rows" "$T/want_all" <<'EOF' || note "JSON rows do not match"
import json, sys
rows = open(sys.argv[1], 'rb').read().split(b'\n')[:-1]
want = open(sys.argv[2]).read().split('\n')[:-1]
assert len(rows) == len(want), (len(rows), len(want))
mail = 0
for i, (r, w) in enumerate(zip(rows, want), 1):
    o = json.loads(r.decode('utf-8'))
    assert o['line'] == i, (o['line'], i)
    assert [[h['system'], h['value']] for h in o['hits']] == json.loads(w), (i, r)
    for h in o['hits']:
        assert set(h) == {'wsa', 'system', 'value', 'name', 'start', 'end', 'match', 'evidence',
                          'confidence', 'message'}, h
        assert (h['wsa'] is None) == (h['system'] != 'wsa'), h
        mail += h['system'] != 'wsa'
# the corpus holds mail codes too: the JSON rows carry them
assert mail > 100, mail
EOF

t tsv_rows_hold_winsock_codes_only
printf 'Socket Error: 10061, Error Number: 0x800CCC0E\nsaid: 550 5.1.1 User unknown\n' > "$T/in"
rows "$T/in"
printf '[10061]\n[]\n' > "$T/want"
same_file "$T/want" "$T/rows" "rows"
rows "$T/in" --json
python3 - "$T/rows" <<'EOF' || note "JSON rows lack the mail codes"
import json, sys
rows = [json.loads(r) for r in open(sys.argv[1], 'rb').read().split(b'\n')[:-1]]
assert [(h['system'], h['value'], h['wsa']) for h in rows[0]['hits']] == [('wsa', 10061, 10061), ('ixp', 0x800CCC0E, None)], rows[0]
assert [(h['system'], h['value']) for h in rows[1]['hits']] == [('smtp', 550), ('enhanced', 5001001)], rows[1]
EOF

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
python3 - "$T/rows" <<'EOF' || note "invalid JSON rows"
import json, sys
rows = open(sys.argv[1], 'rb').read().split(b'\n')[:-1]
assert len(rows) == 3, rows
objs = [json.loads(r.decode('utf-8')) for r in rows]
assert [h['wsa'] for h in objs[0]['hits']] == [10054], objs[0]
assert objs[1]['hits'] == [], objs[1]
assert [h['wsa'] for h in objs[2]['hits']] == [10013], objs[2]
EOF

t very_long_lines
# a 5 MB line with a code at each end, then a short line, then a 3 MB line
# of digits with no code
python3 - "$T/in" <<'EOF'
import sys
with open(sys.argv[1], 'wb') as f:
    f.write(b'Socket Error: 10061 ' + b'x' * (5 << 20) + b' [WinError 10054]\n')
    f.write(b'WSAETIMEDOUT\n')
    f.write(b'1' * (3 << 20) + b'\n')
EOF
rows "$T/in"
printf '[10061,10054]\n[10060]\n[]\n' > "$T/want"
same_file "$T/want" "$T/rows" "rows"
rows "$T/in" --json
python3 - "$T/rows" <<'EOF' || note "JSON offsets of a long line"
import json, sys
rows = [json.loads(r) for r in open(sys.argv[1], 'rb').read().split(b'\n')[:-1]]
h = rows[0]['hits']
assert h[0]['start'] == 14 and h[1]['match'] == 'WinError 10054', h
assert h[1]['start'] == 20 + (5 << 20) + 2, h
EOF

t one_row_written_before_the_next_line_is_read
# A peer that sends a line and waits for its row before sending the next
# one: a tool that buffers its rows never answers (the test then times out).
python3 - "$tool" <<'EOF' || note "rows not written one by one"
import os, select, subprocess, sys
p = subprocess.Popen([sys.argv[1], 'explain', '--lines'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
lines = [b'Socket Error: 10061', b'', b'nothing', b'[WinError 10054]'] * 3
want = [b'[10061]', b'[]', b'[]', b'[10054]'] * 3
for line, row in zip(lines, want):
    p.stdin.write(line + b'\n')
    p.stdin.flush()
    r, _, _ = select.select([p.stdout], [], [], 20)
    assert r, 'no row within 20 s for %r' % line
    got = p.stdout.readline().rstrip(b'\r\n')
    assert got == row, (line, got)
p.stdin.close()
assert p.stdout.read() == b''
assert p.wait() == 0
EOF

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
		finish
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
