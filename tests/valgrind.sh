#!/bin/sh
# valgrind memcheck over the unit tests and a sample of tool commands:
# any error or leak fails.
set -u
build=$1
vg="valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all"
fails=0
check() {
	name=$1
	shift
	$vg "$@" < "${vg_in:-/dev/null}" > /dev/null 2> /tmp/vg.$$
	rc=$?
	if [ $rc -eq 99 ] || grep -q "==[0-9]*==" /tmp/vg.$$; then
		cat /tmp/vg.$$
		echo "FAIL valgrind/$name"
		fails=$((fails + 1))
	else
		echo "PASS valgrind/$name"
	fi
	rm -f /tmp/vg.$$
}
check unit "$build/tests/unit"
check lookup "$build/wsaerr" 10054 0x80072746 econnreset 8 64 0xC000020D EAGAIN
check lookup_json "$build/wsaerr" --json --lang ko 10054 12345 NOSUCH
check list "$build/wsaerr" --lang es list
check search "$build/wsaerr" search conexion rechazada
check errno "$build/wsaerr" --errno 104 --eai -2 --errno 2
check bad_option "$build/wsaerr" --bogus
check bad_query "$build/wsaerr" 12abc 0x ""
check help "$build/wsaerr" --help
check pasted "$build/wsaerr" "Socket Error: 10061" connection refused econreset -1 -- --json
printf '10054\nSocket Error: 10061\n' > /tmp/vg-in.$$
vg_in=/tmp/vg-in.$$ check stdin "$build/wsaerr"
rm -f /tmp/vg-in.$$
check search_phrase "$build/wsaerr" search '"was refused"' nosuch 0x2746
check explain "$build/wsaerr" explain "Socket Error: 10061 and [WinError 10054] An existing connection was forcibly closed by the remote host"
check scan "$build/wsaerr" --json scan tests/corpus/positive.tsv tests/corpus/negative.tsv no-such-file
[ $fails -eq 0 ]
