#!/bin/sh
# The habits of a project others can pick up: a license stated everywhere
# a user of the library looks, NEWS for the current version, the style
# files, a contributing section.
# usage: project.sh BUILD-DIR
set -u
build=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
suite=project
. tests/harness.sh

t license_stated_everywhere
grep -q 'Permission to use, copy, modify, and/or distribute this software for any' LICENSE 2> /dev/null ||
	note "LICENSE lacks the 0BSD text"
grep -q 'Zero-Clause BSD license (SPDX `0BSD`' README.md || note "the README does not state the license"
grep -q '^License: 0BSD$' wsaerr.pc.in || note "wsaerr.pc does not state the license"
grep -q '^## License: Zero-Clause BSD' docs/decisions.md || note "docs/decisions.md does not say why"
if sh tools/amalgamate.sh "$build" "$T/amal" > /dev/null 2>&1; then
	head -12 "$T/amal/wsaerr.c" | grep -q 'SPDX-License-Identifier: 0BSD' ||
		note "the amalgamation's header comment does not state the license"
else
	note "tools/amalgamate.sh failed"
fi

# One file: two sources' static names must not meet (gcc, as a user of the
# drop-in source would build it).
if command -v gcc > /dev/null 2>&1; then
	t amalgamation_compiles
	gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -c -o "$T/amal/wsaerr.o" "$T/amal/wsaerr.c" > "$T/log" 2>&1 ||
		note "the amalgamation does not compile: $(grep error "$T/log" | head -3)"
else
	finish
	skip amalgamation_compiles "gcc is not installed"
fi

t news_for_this_version
version=$(sed -n 's/^#define WSAERR_VERSION "\(.*\)"/\1/p' include/wsaerr.h)
grep -q "^$version\$" NEWS 2> /dev/null || note "NEWS has no section for $version"
grep -q 'wsaerr_capture' NEWS 2> /dev/null && grep -q 'SONAME' NEWS ||
	note "NEWS does not say that issue 14 changes wsaerr_capture and the SONAME"

t version_agrees
# one version everywhere: the header, the Makefile (library file name,
# pkg-config, dist zip), the man page, and the SONAME's major number
mk=$(sed -n 's/^VERSION *= *//p' Makefile)
somajor=$(sed -n 's/^SOMAJOR *= *//p' Makefile)
major=$(sed -n 's/^#define WSAERR_VERSION_MAJOR \([0-9]*\)$/\1/p' include/wsaerr.h)
[ -n "$version" ] || note "include/wsaerr.h has no WSAERR_VERSION"
[ "$mk" = "$version" ] || note "VERSION in the Makefile is $mk, WSAERR_VERSION is $version"
[ "$major.$(sed -n 's/^#define WSAERR_VERSION_MINOR \([0-9]*\)$/\1/p' include/wsaerr.h).$(sed -n 's/^#define WSAERR_VERSION_PATCH \([0-9]*\)$/\1/p' include/wsaerr.h)" = "$version" ] ||
	note "WSAERR_VERSION_MAJOR/MINOR/PATCH do not spell $version"
[ "$somajor" = "$major" ] || note "SOMAJOR is $somajor, the major version $major"
head -1 docs/man/wsaerr.1.in | grep -q "\"wsaerr $version\"" || note "wsaerr(1) does not say wsaerr $version"

t style_files
[ -f .editorconfig ] || note "no .editorconfig"
[ -f .clang-format ] || note "no .clang-format"
grep -q '^style:' Makefile || note "no make style"
grep -q 'make -s style' .ci/run || note "CI does not check the style"

t contributing_section
grep -q '^## Contributing' README.md || note "the README has no Contributing section"
for w in '\*\*A code\*\*' '\*\*A language\*\*' '\*\*A recognition pattern\*\*'; do
	grep -q "$w" README.md || note "Contributing does not say: $w"
done
finish
