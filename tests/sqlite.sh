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
# lang_of N: en, es or ko, in turn
lang_of() {
	case $(($1 % 3)) in 0) echo en ;; 1) echo es ;; *) echo ko ;; esac
}
# q SQL: runs SQL with the extension loaded; output in $T/o, errors in $T/e
q() {
	sqlite3 -batch -noheader "$T/db" ".load $ext" "$@" > "$T/o" 2> "$T/e" < /dev/null
	rc=$?
}
# answer PATH ARGS...: the value at the JSON path PATH (SQLite's syntax)
# of what `wsaerr ARGS` prints, as text
answer() {
	p=$1
	shift
	"$tool" "$@" > "$T/answer.json" < /dev/null
	sqlite3 -batch :memory: "SELECT json_extract(readfile('$T/answer.json'), '$p');" < /dev/null
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
is "wsaerr_message(10061)" "$(answer '$[0].message' --json 10061)"
is "wsaerr_message(10061, 'es')" "$(answer '$[0].message' --lang es --json 10061)"
is "wsaerr_explanation('WSAETIMEDOUT', 'ko')" "$(answer '$[0].explanation' --lang ko --json 10060)"
is "wsaerr_message(10061, 'es_ES.UTF-8')" "$(answer '$[0].message' --lang es --json 10061)"

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
# the tool's answer for each line, in en, es and ko in turn, gathered in
# one JSON array
{
	printf '['
	sep=
	n=0
	while IFS= read -r line; do
		printf '%s' "$sep"
		sep=,
		"$tool" --lang "$(lang_of $n)" --json explain -- "$line" < /dev/null
		n=$((n + 1))
	done < "$T/corpus"
	printf ']'
} > "$T/want.json"
# the lines into a table (.import with the ASCII separators: no quoting)
tr '\n' '\036' < "$T/corpus" > "$T/corpus.rs"
q "CREATE TABLE raw(line TEXT);" ".import --ascii $T/corpus.rs raw" \
  "CREATE TABLE log AS SELECT rowid - 1 AS n, line FROM raw ORDER BY rowid;" \
  "CREATE TABLE want AS SELECT key AS n, value AS hits FROM json_each(readfile('$T/want.json'));" \
  "SELECT (SELECT count(*) FROM log), (SELECT count(*) FROM want), (SELECT sum(json_array_length(hits)) FROM want);"
set -- $(tr '|' ' ' < "$T/o")
[ "$rc" = 0 ] && [ "${1:-0}" -gt 1000 ] && [ "${1:-0}" = "${2:-}" ] && [ "${3:-0}" -gt 1000 ] ||
	note "cannot run the tool on the corpus: $(cat "$T/o" "$T/e")"
# every node of each line's answer (path, type and value) is the same
q "CREATE TABLE got AS SELECT n, json(wsaerr_explain(line, CASE n % 3 WHEN 0 THEN 'en' WHEN 1 THEN 'es' ELSE 'ko' END)) AS hits FROM log;" \
  "CREATE TABLE gt AS SELECT n, t.fullkey, t.type, t.atom FROM got, json_tree(got.hits) t;" \
  "CREATE TABLE wt AS SELECT n, t.fullkey, t.type, t.atom FROM want, json_tree(want.hits) t;" \
  "SELECT (SELECT count(*) FROM (SELECT * FROM gt EXCEPT SELECT * FROM wt)) + (SELECT count(*) FROM (SELECT * FROM wt EXCEPT SELECT * FROM gt));"
[ "$rc" = 0 ] && [ "$(cat "$T/o")" = 0 ] || {
	note "wsaerr_explain differs from explain --json in $(cat "$T/o") places $(head -c 200 "$T/e")"
	q "SELECT * FROM (SELECT * FROM gt EXCEPT SELECT * FROM wt) LIMIT 3;"
	sed 's/^/    /' "$T/o"
}
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
	mv "$T/o" "$T/got.json"
	"$tool" --lang $l export --format json > "$T/want.json"
	# each member of each row is the same, node for node, as in the export
	q "CREATE TEMP TABLE g AS SELECT key AS i, value AS v FROM json_each(readfile('$T/got.json'));" \
	  "CREATE TEMP TABLE w AS SELECT key AS i, value AS v FROM json_each(readfile('$T/want.json'));" \
	  "CREATE TEMP TABLE gt AS SELECT i, t.fullkey, t.type, t.atom FROM g, json_each(g.v) f, json_tree(g.v, '\$.' || f.key) t;" \
	  "CREATE TEMP TABLE wt AS SELECT i, t.fullkey, t.type, t.atom FROM g JOIN w USING (i), json_each(g.v) f, json_tree(w.v, '\$.' || f.key) t;" \
	  "SELECT (SELECT count(*) FROM g), (SELECT count(*) FROM w), (SELECT count(*) FROM (SELECT * FROM gt EXCEPT SELECT * FROM wt)) + (SELECT count(*) FROM (SELECT * FROM wt EXCEPT SELECT * FROM gt));"
	set -- $(tr '|' ' ' < "$T/o")
	[ "$rc" = 0 ] && [ "${1:-0}" -gt 100 ] && [ "${1:-0}" = "${2:-}" ] && [ "${3:-}" = 0 ] ||
		note "wsaerr_catalogue('$l') differs from export: $(cat "$T/o") $(head -c 200 "$T/e")"
done
is "(SELECT count(*) FROM wsaerr_catalogue WHERE lang = 'es' AND system IN ('wsa', 'win32') AND message = wsaerr_message(code, 'es'))" \
   "$("$tool" --json list | grep -c '"system":"\(wsa\|win32\)"')"
is "(SELECT lang FROM wsaerr_catalogue LIMIT 1)" en
finish
