#!/bin/sh
# The capture API refuses swapped arguments at compile time: an operation
# is a wsaerr_op struct, a socket an integer, so wsaerr_capture(fd,
# WSAERR_OP_RECV) is a type error in C and in C++, where two ints would
# compile and answer wrongly. usage: capture_api.sh (CC, CXX from the
# environment)
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cc=${CC:-cc}
cxx=${CXX:-c++}
fails=0
note() { printf '  %s\n' "$*"; fails=$((fails + 1)); }

cat > "$T/right.c" <<'C'
#include <wsaerr.h>
int f(wsaerr_socket fd) { return wsaerr_capture(WSAERR_OP_RECV, fd) + wsaerr_capture(WSAERR_OP_SOCKET, WSAERR_NO_SOCKET); }
C
cat > "$T/swapped.c" <<'C'
#include <wsaerr.h>
int f(wsaerr_socket fd) { return wsaerr_capture(fd, WSAERR_OP_RECV); }
C
cat > "$T/int_op.c" <<'C'
#include <wsaerr.h>
int f(wsaerr_socket fd) { return wsaerr_capture(7, fd); }
C
$cc -std=c99 -Iinclude -c -o "$T/r.o" "$T/right.c" > "$T/log" 2>&1 || note "the right order does not compile: $(head -3 "$T/log")"
if $cc -std=c99 -Iinclude -c -o "$T/s.o" "$T/swapped.c" > /dev/null 2>&1; then
	note "wsaerr_capture(fd, WSAERR_OP_RECV) compiles"
fi
if $cc -std=c99 -Iinclude -c -o "$T/i.o" "$T/int_op.c" > /dev/null 2>&1; then
	note "wsaerr_capture(7, fd) compiles"
fi
if command -v "$cxx" > /dev/null 2>&1; then
	cp "$T/right.c" "$T/right.cc"
	cp "$T/swapped.c" "$T/swapped.cc"
	$cxx -std=c++11 -Iinclude -c -o "$T/r2.o" "$T/right.cc" > "$T/log" 2>&1 ||
		note "C++: the right order does not compile: $(head -3 "$T/log")"
	if $cxx -std=c++11 -Iinclude -c -o "$T/s2.o" "$T/swapped.cc" > /dev/null 2>&1; then
		note "C++: wsaerr_capture(fd, WSAERR_OP_RECV) compiles"
	fi
fi
if [ $fails -eq 0 ]; then echo "PASS capture/swapped_arguments_do_not_compile"; else echo "FAIL capture/swapped_arguments_do_not_compile"; fi
