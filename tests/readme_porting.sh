#!/bin/sh
# The README's porting example compiles and prints what it says: against
# <wsaerr_compat.h> with the wrappers natively, and, when MinGW-w64 is
# installed, unchanged against the real Winsock.
# usage: readme_porting.sh BUILD-DIR (CC, CFLAGS from the environment)
set -u
build=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cc=${CC:-cc}
fails=0
note() { printf '  %s\n' "$*"; fails=$((fails + 1)); }

sed -n '/^### Porting Winsock code$/,/^## /p' README.md |
	sed -n '/^```c$/,/^```$/p' | sed '1d;$d' > "$T/client.c"
[ -s "$T/client.c" ] || note "no C example under '### Porting Winsock code' in README.md"
want=$(sed -n 's/^It prints `\(connect: [0-9]*\)`.*/\1/p' README.md)
[ -n "$want" ] || note "README.md does not say what the example prints"

if $cc ${CFLAGS:-} ${LDFLAGS:-} -std=c99 -Wall -Wextra -Wpedantic -Werror -Iinclude -o "$T/client" "$T/client.c" \
       "$build/libwsaerr.a" > "$T/log" 2>&1; then
	out=$("$T/client")
	[ "$out" = "$want" ] || note "the example prints '$out', the README says '$want'"
else
	note "the example does not compile: $(head -5 "$T/log")"
fi
if command -v x86_64-w64-mingw32-gcc > /dev/null 2>&1; then
	x86_64-w64-mingw32-gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -Iinclude -o "$T/client.exe" \
		"$T/client.c" -lws2_32 > "$T/log" 2>&1 ||
		note "the example does not compile against Winsock: $(head -5 "$T/log")"
else
	echo "  (MinGW-w64 not installed: the Windows build of the example is not tried)"
fi
if [ $fails -eq 0 ]; then echo "PASS readme/porting_example"; else echo "FAIL readme/porting_example"; fi
