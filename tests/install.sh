#!/bin/sh
# Checks an installed tree: header, static and shared libraries, SONAME,
# exported symbols, pkg-config file, tool, man page and completions; builds a consumer
# with `pkg-config --cflags --libs wsaerr`, static and shared, and runs it.
# usage: install.sh DESTDIR PREFIX
set -eu
stage=$1
prefix=$2
root=$stage$prefix
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "install: $*" >&2; exit 1; }
version=$(sed -n 's/^VERSION *= *//p' Makefile)
somajor=$(sed -n 's/^SOMAJOR *= *//p' Makefile)

for f in include/wsaerr.h include/wsaerr_compat.h include/wsaerr_wrap.h lib/libwsaerr.a \
         lib/libwsaerr.so.$version lib/libwsaerr.so.$somajor \
         lib/libwsaerr.so lib/pkgconfig/wsaerr.pc bin/wsaerr share/man/man1/wsaerr.1 \
         share/man/man3/wsaerr.3 share/bash-completion/completions/wsaerr \
         share/zsh/site-functions/_wsaerr share/fish/vendor_completions.d/wsaerr.fish; do
	[ -e "$root/$f" ] || fail "missing $prefix/$f"
done

soname=$(objdump -p "$root/lib/libwsaerr.so.$version" | awk '/SONAME/ {print $2}')
[ "$soname" = "libwsaerr.so.$somajor" ] || fail "SONAME is '$soname'"

others=$(nm -D --defined-only "$root/lib/libwsaerr.so.$version" | awk '{print $3}' | grep -v '^wsaerr_' || true)
[ -z "$others" ] || fail "the shared library exports more than the API: $others"
nm -D --defined-only "$root/lib/libwsaerr.so.$version" | grep -q ' wsaerr_by_code$' || fail "wsaerr_by_code not exported"

export PKG_CONFIG_PATH="$root/lib/pkgconfig"
export PKG_CONFIG_SYSROOT_DIR="$stage"
flags=$(pkg-config --cflags --libs wsaerr)
static_flags=$(pkg-config --cflags --libs --static wsaerr)

# shellcheck disable=SC2086
cc -std=c99 -Wall -Wextra -Werror -o "$T/shared" tests/consumer/main.c $flags
LD_LIBRARY_PATH="$root/lib" "$T/shared" | grep -q "WSAECONNRESET (10054)" || fail "shared consumer"
ldd "$T/shared" 2>/dev/null | grep -q "libwsaerr.so.$somajor" || fail "consumer not linked to libwsaerr.so.$somajor"

# shellcheck disable=SC2086
cc -std=c99 -Wall -Wextra -Werror -static -o "$T/static" tests/consumer/main.c $static_flags 2>/dev/null ||
	cc -std=c99 -Wall -Wextra -Werror -o "$T/static" tests/consumer/main.c "$root/lib/libwsaerr.a" -I"$root/include"
"$T/static" | grep -q "WSAECONNRESET (10054)" || fail "static consumer"
if ldd "$T/static" 2>/dev/null | grep -q libwsaerr; then fail "static consumer uses the shared library"; fi

"$root/bin/wsaerr" 10054 > /dev/null || fail "installed tool"
# the SQLite extension, where the build has one
if [ -f build/wsaerr_sqlite.so ] && command -v sqlite3 > /dev/null 2>&1; then
	[ -e "$root/lib/wsaerr_sqlite.so" ] || fail "missing $prefix/lib/wsaerr_sqlite.so"
	[ "$(sqlite3 :memory: ".load $root/lib/wsaerr_sqlite" "SELECT wsaerr_name(10054);")" = WSAECONNRESET ] ||
		fail "installed SQLite extension"
fi
echo "install: header, libraries (SONAME $soname, API-only exports), pkg-config, tool, man page: ok"
