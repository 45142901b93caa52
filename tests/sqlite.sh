#!/bin/sh
# The SQLite extension (sqlite/wsaerr_sqlite.c) through Debian's sqlite3
# command: the same answers as the tool, NULLs, blobs, huge texts, invalid
# UTF-8 and errors. Prints PASS/FAIL/SKIP lines.
# usage: sqlite.sh BUILD-DIR
set -u
build=$1
tool=$build/wsaerr
ext=$build/wsaerr_sqlite
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
unset LC_ALL LC_MESSAGES LANGUAGE
LANG=C.UTF-8
export LANG

if ! command -v sqlite3 > /dev/null 2>&1 || [ ! -f "$ext.so" ]; then
	echo "SKIP sqlite/all: needs the sqlite3 command and $ext.so (apt-get install sqlite3 libsqlite3-dev)"
	exit 0
fi

# A build with sanitizers makes an extension that needs their run time,
# which Debian's sqlite3 does not load.
if ! sqlite3 :memory: ".load $ext" "SELECT 1;" > /dev/null 2> "$T/load"; then
	if grep -q '__asan\|__ubsan\|__tsan\|__msan' "$T/load"; then
		echo "SKIP sqlite/all: the extension of a sanitizer build cannot load into sqlite3"
		exit 0
	fi
	echo "FAIL sqlite/loads: $(cat "$T/load")"
	exit 0
fi

group=sqlite
. tests/harness.sh
# q SQL: runs SQL with the extension loaded; output in $T/o, errors in $T/e
q() {
	sqlite3 -batch -noheader "$T/db" ".load $ext" "$@" > "$T/o" 2> "$T/e" < /dev/null
	rc=$?
}
# is SQL WANT: the one value SQL selects is WANT
is() {
	q "SELECT $1;"
	[ "$rc" = 0 ] && [ "$(cat "$T/o")" = "$2" ] || note "$1: got '$(head -c 300 "$T/o")' (status $rc, $(head -c 200 "$T/e")), wanted '$2'"
}

t lookups
is "wsaerr_name(10054)" "WSAECONNRESET"
is "wsaerr_name('0x80072746')" "WSAECONNRESET"
is "wsaerr_name('econnreset')" "WSAECONNRESET"
is "wsaerr_name(-2147014842)" "WSAECONNRESET"
is "wsaerr_name('0xC000020D')" "WSAECONNRESET"
is "wsaerr_name(64)" "ERROR_NETNAME_DELETED"
is "wsaerr_name(10054.0)" "WSAECONNRESET"
is "wsaerr_name(x'3130303534')" "WSAECONNRESET"
is "wsaerr_message(10061)" "$("$tool" --json 10061 | jq -r '.[0].message')"
is "wsaerr_message(10061, 'es')" "$("$tool" --lang es --json 10061 | jq -r '.[0].message')"
is "wsaerr_explanation('WSAETIMEDOUT', 'ko')" "$("$tool" --lang ko --json 10060 | jq -r '.[0].explanation')"
is "wsaerr_message(10061, 'es_ES.UTF-8')" "$("$tool" --lang es --json 10061 | jq -r '.[0].message')"

t nulls_and_unknowns
is "wsaerr_name(NULL) IS NULL" 1
is "wsaerr_name(12345) IS NULL" 1
is "wsaerr_name('nonsense words') IS NULL" 1
is "wsaerr_name(99999999999) IS NULL" 1
is "wsaerr_name(x'00') IS NULL" 1
is "wsaerr_message(NULL, 'es') IS NULL" 1
is "wsaerr_message(10054, NULL) IS NULL" 1
is "wsaerr_explanation(NULL) IS NULL" 1
is "wsaerr_codes(NULL) IS NULL" 1
is "wsaerr_explain(NULL) IS NULL" 1
is "wsaerr_explain('WSAECONNRESET', NULL) IS NULL" 1
is "wsaerr_codes('')" "[]"
is "wsaerr_explain('nothing here')" "[]"
is "wsaerr_codes(12345)" "[]"

t errors
q "SELECT wsaerr_message(10054, 'xx');"
[ "$rc" != 0 ] && grep -q "unknown language 'xx'" "$T/e" || note "unknown language: $rc $(cat "$T/e")"
q "SELECT * FROM wsaerr_catalogue('xx');"
[ "$rc" != 0 ] && grep -q "unknown language 'xx'" "$T/e" || note "catalogue, unknown language: $rc $(cat "$T/e")"
q "SELECT wsaerr_codes('a', 'b');"
[ "$rc" != 0 ] || note "wsaerr_codes with two arguments accepted"

t blobs_and_invalid_utf8
is "wsaerr_codes(x'536f636b6574204572726f723a203130303631')" "[10061]"
is "wsaerr_codes(x'ff00fe205753414554494d45444f555420c3')" "[10060]"
is "json_valid(wsaerr_explain(x'fffe57534145434f4e4e524553455420c320eda080'))" 1
is "json_extract(wsaerr_explain(CAST(x'ff20575341454e4f54534f434b20c0af' AS TEXT)), '\$[0].match')" "WSAENOTSOCK"
is "json_valid(wsaerr_explain(CAST(x'c3282057534145434f4e4e52454655534544fffe' AS TEXT)))" 1
is "json_extract(wsaerr_explain(x'57534145434f4e4e52455345540aff0a575341454143434553'), '\$[1].line')" 3

t huge_texts
# 50 MB with a code at each end; 300 codes on 300 lines (more than the
# extension keeps on its stack, so they go through a scanner)
is "wsaerr_codes('Socket Error: 10061 ' || printf('%.*c', 50000000, 'x') || ' [WinError 10054]')" "[10061,10054]"
is "json_array_length(wsaerr_codes(replace(printf('%.*c', 300, '#'), '#', 'WSAECONNRESET' || char(10))))" 300
is "json_array_length(wsaerr_explain(replace(printf('%.*c', 300, '#'), '#', 'WSAETIMEDOUT' || char(10)), 'es'))" 300
is "json_extract(wsaerr_explain(replace(printf('%.*c', 300, '#'), '#', 'WSAETIMEDOUT' || char(10))), '\$[299].line')" 300

# Every line of the real corpus: wsaerr_explain() equals `wsaerr --json
# explain` on that line, object for object.
t explain_equals_the_tool_on_the_corpus
grep -hv '^#' tests/corpus/real/*.tsv | cut -f6 > "$T/corpus"
python3 - "$T/corpus" "$T/lines.json" "$T/want.json" "$tool" <<'EOF' || note "cannot run the tool"
import json, subprocess, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')[:-1]
json.dump(lines, open(sys.argv[2], 'w'))
want = []
for i, line in enumerate(lines):
    lang = ['en', 'es', 'ko'][i % 3]
    r = subprocess.run([sys.argv[4], '--lang', lang, '--json', 'explain', '--', line],
                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
    want.append(json.loads(r.stdout))
json.dump(want, open(sys.argv[3], 'w'))
EOF
q "CREATE TABLE log AS SELECT key AS n, value AS line FROM json_each(readfile('$T/lines.json'));" \
  "SELECT json_group_array(json(wsaerr_explain(line, CASE n % 3 WHEN 0 THEN 'en' WHEN 1 THEN 'es' ELSE 'ko' END))) FROM (SELECT * FROM log ORDER BY n);"
python3 - "$T/o" "$T/want.json" <<'EOF' || note "wsaerr_explain differs from explain --json"
import json, sys
got = json.load(open(sys.argv[1]))
want = json.load(open(sys.argv[2]))
assert len(got) == len(want) > 1000, (len(got), len(want))
bad = [i for i, (g, w) in enumerate(zip(got, want)) if g != w]
assert not bad, (len(bad), bad[:3], got[bad[0]], want[bad[0]])
assert sum(len(w) for w in want) > 1000
EOF
# wsaerr_codes holds the Winsock codes of the hits (the mail and Internet
# codes have "system" other than "wsa" in wsaerr_explain)
q "SELECT count(*) FROM log WHERE wsaerr_codes(line) != (SELECT json_group_array(json_extract(h.value, '\$.wsa')) FROM json_each(wsaerr_explain(line)) h WHERE json_extract(h.value, '\$.system') = 'wsa');"
[ "$(cat "$T/o")" = 0 ] || note "wsaerr_codes disagrees with wsaerr_explain on $(cat "$T/o") lines $(cat "$T/e")"
q "SELECT count(*) FROM log, json_each(wsaerr_explain(line)) h WHERE json_extract(h.value, '\$.system') != 'wsa' AND json_extract(h.value, '\$.wsa') IS NULL;"
[ "$(cat "$T/o")" -gt 100 ] || note "wsaerr_explain lists $(cat "$T/o") hits of the mail systems $(cat "$T/e")"

# The catalogue table: every row and field, as `wsaerr --json export`.
t catalogue_equals_export
for l in en es ko; do
	q "SELECT json_group_array(json_object('code', code, 'hex', hex, 'name', name, 'system', system,
	     'wsa', wsa, 'aliases', json(aliases), 'category', category, 'category_label', category_label,
	     'transient', json(CASE transient WHEN 1 THEN 'true' ELSE 'false' END), 'errno', errno,
	     'message', message, 'explanation', explanation, 'checks', json(checks), 'same_as', same_as,
	     'lang', lang)) FROM wsaerr_catalogue('$l');"
	"$tool" --lang $l export --format json > "$T/want.json"
	python3 - "$T/o" "$T/want.json" <<'EOF' || note "wsaerr_catalogue('$l') differs from export"
import json, sys
got = json.load(open(sys.argv[1]))
want = json.load(open(sys.argv[2]))
assert len(got) == len(want) > 100, (len(got), len(want))
for g, w in zip(got, want):
    for k, v in g.items():
        assert w[k] == v, (k, v, w[k])
EOF
done
is "(SELECT count(*) FROM wsaerr_catalogue WHERE lang = 'es' AND system IN ('wsa', 'win32') AND message = wsaerr_message(code, 'es'))" \
   "$("$tool" --json list | grep -c '"system":"\(wsa\|win32\)"')"
is "(SELECT lang FROM wsaerr_catalogue LIMIT 1)" en
finish
