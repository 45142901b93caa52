#!/bin/sh
# The tool's --call option and the "calls" key of its JSON: what a code
# means when a given Winsock function returns it. Prints PASS/FAIL/SKIP
# lines for tests/run.sh. usage: cli_calls.sh BUILD-DIR EXE-SUFFIX [WRAPPER]
set -u
build=$1
exe=${2:-}
wrap=${3:-}
tool="$build/wsaerr$exe"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
unset LC_ALL LC_MESSAGES LANGUAGE NO_COLOR COLUMNS
LANG=C.UTF-8
export LANG
suite=cli
. "$(dirname "$0")/harness.sh"

run() {
	$wrap "$tool" "$@" > "$T/out" 2> "$T/err" < /dev/null
	rc=$?
	tr -d '\r' < "$T/out" > "$T/o"
	tr -d '\r' < "$T/err" > "$T/e"
}
want_rc() { [ "$rc" = "$1" ] || note "exit status $rc, wanted $1"; }
want_out() { grep -qF -- "$1" "$T/o" || note "stdout lacks: $1"; }
want_err() { grep -qF -- "$1" "$T/e" || note "stderr lacks: $1 (it says: $(head -c 300 "$T/e"))"; }
# "  LABEL: VALUE", or, where VALUE does not fit beside its label (a long
# address), "  LABEL:" and VALUE on the next line, indented by four
want_field() {
	grep -qF -- "  $1: $2" "$T/o" ||
		awk -v l="  $1:" -v v="    $2" 'p && $0 == v { f = 1 } { p = $0 == l } END { exit !f }' "$T/o" ||
		note "stdout lacks: $1: $2"
}
want_no_err() { [ ! -s "$T/e" ] || note "stderr not empty: $(head -c 300 "$T/e")"; }

page=https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2

t call_note_after_the_entry
run 10035 --call connect
want_rc 0; want_no_err
want_out "WSAEWOULDBLOCK  10035"
want_out "  When connect() returns it:"
want_out "  The normal start of a non-blocking connection, not a failure"
want_field Source "$page-connect"

t call_note_says_what_accept_means
run --call=ACCEPT WSAEINVAL
want_rc 0
want_out "  When accept() returns it:"
want_out "listen() was not called on this socket"
want_field Source "$page-accept"

t call_note_in_spanish_and_korean
run --lang es 10035 --call "connect()"
want_rc 0
want_out "  Cuando lo devuelve connect():"
want_field Fuente "$page-connect"
run --lang ko 10035 --call connect
want_rc 0
want_out "  connect()에서 이 코드가 나오면:"
want_field 출처 "$page-connect"

t call_not_listed_is_not_found
run 10040 --call connect
want_rc 1
want_out "WSAEMSGSIZE  10040"
want_err "wsaerr: WSAEMSGSIZE: Microsoft's page for connect() does not list this code."

t call_unknown_function_is_usage_error
run 10035 --call nosuchcall
want_rc 2
want_err "wsaerr: unknown function 'nosuchcall' (known: socket, bind,"
want_err "WSAPoll)"
want_err "Try 'wsaerr --help'"
run 10035 --call
want_rc 2
want_err "option '--call' needs a value"

t call_takes_no_option_as_its_value
run --call --json 10035
want_rc 2
want_err "option '--call' needs a value"
run --call=connect 10035
want_rc 0
want_out "  When connect() returns it:"

t call_note_for_text_and_standard_input
run connection refused --call connect
want_rc 0
want_out "WSAECONNREFUSED  10061"
want_out "  When connect() returns it:"
$wrap "$tool" --call connect > "$T/out" 2> "$T/err" <<EOF_IN
10035
EOF_IN
rc=$?
tr -d '\r' < "$T/out" > "$T/o"
want_rc 0
want_out "  When connect() returns it:"

t call_notes_only_for_winsock_rows
# an IMAP code's place in its registry (TRYCREATE is the 8th) is not a
# Winsock code (8 is WSA_NOT_ENOUGH_MEMORY, which getaddrinfo() returns)
run imap:TRYCREATE --call getaddrinfo
want_rc 1
want_err "TRYCREATE: Microsoft's page for getaddrinfo() does not list this code."
run WSA_NOT_ENOUGH_MEMORY --call getaddrinfo
want_rc 0
want_out "  When getaddrinfo() returns it:"

t call_with_a_command_is_usage_error
run list --call connect
want_rc 2
want_err "'--call' cannot be combined with 'list'"

t call_in_help
run --help
want_rc 0
want_out "  --call F        with QUERY: what the code means when function F returns it"
if [ -f "$build/wsaerr.1" ]; then
	grep -q 'call " F"' "$build/wsaerr.1" || note "wsaerr(1) does not document --call"
	grep -q '^\.B calls$' "$build/wsaerr.1" || note "wsaerr(1) does not document the calls key"
fi

if command -v jq > /dev/null 2>&1; then
	t call_notes_in_json
	run --json 10035
	want_rc 0
	jq -e '.[0].calls | length >= 5 and (map(.call) | index("connect") != null)
	       and all(.[]; (.note | length) > 20 and (.source | startswith("https://learn.microsoft.com/")))' \
		"$T/o" > /dev/null || note "lookup JSON lacks the calls of 10035"
	jq -e '.[0].calls[] | select(.call == "connect") | .note | startswith("The normal start")' \
		"$T/o" > /dev/null || note "lookup JSON: connect's note"
	run --json --call connect 10035 WSAEMSGSIZE 99999
	want_rc 1
	jq -e 'length == 2 and (.[0].calls | length == 1) and .[0].calls[0].call == "connect"
	       and (.[1].calls | length == 0)' "$T/o" > /dev/null ||
		note "JSON with --call: $(head -c 300 "$T/o")"
	run --json --lang ko 10035 --call connect
	jq -e '.[0].calls[0].note | test("비차단")' "$T/o" > /dev/null || note "JSON notes are not in the language"
	run --json list
	jq -e 'all(.[]; has("calls") | not)' "$T/o" > /dev/null || note "list JSON carries calls"
	run --json imap:TRYCREATE WSA_NOT_ENOUGH_MEMORY
	jq -e '(.[0].calls | length == 0) and (.[1].calls | length >= 1)' "$T/o" > /dev/null ||
		note "JSON: an IMAP row carries the notes of the Winsock code of the same number"
else
	finish
	skip call_notes_in_json "jq is not installed"
fi
finish
