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
unset LC_ALL LC_MESSAGES LANGUAGE NO_COLOR
LANG=C.UTF-8
export LANG

fails=0
current=
note() { printf '  %s\n' "$*"; fails=$((fails + 1)); }
run() {
	$wrap "$tool" "$@" > "$T/out" 2> "$T/err" < /dev/null
	rc=$?
	tr -d '\r' < "$T/out" > "$T/o"
	tr -d '\r' < "$T/err" > "$T/e"
}
want_rc() { [ "$rc" = "$1" ] || note "exit status $rc, wanted $1"; }
want_out() { grep -qF -- "$1" "$T/o" || note "stdout lacks: $1"; }
want_err() { grep -qF -- "$1" "$T/e" || note "stderr lacks: $1 (it says: $(head -c 300 "$T/e"))"; }
want_no_err() { [ ! -s "$T/e" ] || note "stderr not empty: $(head -c 300 "$T/e")"; }
t() {
	finish
	current=$1
	fails=0
}
finish() {
	if [ -n "$current" ]; then
		if [ "$fails" -eq 0 ]; then echo "PASS cli/$current"; else echo "FAIL cli/$current"; fi
	fi
	current=
}

page=https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2

t call_note_after_the_entry
run 10035 --call connect
want_rc 0; want_no_err
want_out "WSAEWOULDBLOCK  10035"
want_out "  When connect() returns it:"
want_out "  The normal start of a non-blocking connection, not a failure"
want_out "  Source: $page-connect"

t call_note_says_what_accept_means
run --call=ACCEPT WSAEINVAL
want_rc 0
want_out "  When accept() returns it:"
want_out "listen() was not called on this socket"
want_out "Source: $page-accept"

t call_note_in_spanish_and_korean
run --lang es 10035 --call "connect()"
want_rc 0
want_out "  Cuando lo devuelve connect():"
want_out "  Fuente: $page-connect"
run --lang ko 10035 --call connect
want_rc 0
want_out "  connect()에서 이 코드가 나오면:"
want_out "  출처: $page-connect"

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
else
	echo "SKIP cli/call_notes_in_json: jq is not installed"
fi
finish
