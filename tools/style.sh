#!/bin/sh
# Checks what .editorconfig and .clang-format promise, and prints
# PASS/FAIL lines:
#   style/editorconfig  every tracked text file (test inputs and expected
#                       outputs aside) is UTF-8 with LF line ends, a final
#                       newline and no trailing blanks; C, shell and the
#                       Makefile indent with tabs, data/*.def with spaces;
#   style/clang_format  every line of C changed since BASE is laid out as
#                       .clang-format says (git clang-format). BASE defaults
#                       to the commit before the style was adopted.
#                       include/wsaerr.h is laid out by hand (its comments
#                       stand in a column) and is not checked.
# usage: style.sh [BASE]
set -u
cd "$(dirname "$0")/.."
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

if ! git rev-parse --git-dir > /dev/null 2>&1; then
	echo "SKIP style/editorconfig: not a git checkout"
	echo "SKIP style/clang_format: not a git checkout"
	exit 0
fi

# ---------------------------------------------------------------- editorconfig
git ls-files | grep -v -e '^tests/corpus/' -e '^fuzz/corpus/' -e '^tests/golden/' > "$T/files"
bad=0
while IFS= read -r f; do
	[ -f "$f" ] || continue
	case $f in *.png|*.jpg|*.zip|*.gz) continue ;; esac
	if ! iconv -f UTF-8 -t UTF-8 "$f" > /dev/null 2>&1; then echo "  $f: not UTF-8"; bad=1; fi
	if grep -q "$(printf '\r')" "$f"; then echo "  $f: CR line ends"; bad=1; fi
	if grep -n '[[:blank:]]$' "$f" > "$T/t"; then echo "  $f:$(head -1 "$T/t" | cut -d: -f1): trailing blanks"; bad=1; fi
	if [ -s "$f" ] && [ -n "$(tail -c 1 "$f")" ]; then echo "  $f: no final newline"; bad=1; fi
	case $f in
	*.c|*.h|*.sh|Makefile|.ci/run)
		# a tab after spaces at the start of a line
		if grep -n "^ \{8\}$(printf '\t')" "$f" > "$T/t"; then echo "  $f:$(head -1 "$T/t" | cut -d: -f1): spaces before a tab"; bad=1; fi ;;
	*.def)
		if grep -n "$(printf '\t')" "$f" > "$T/t"; then echo "  $f:$(head -1 "$T/t" | cut -d: -f1): a tab"; bad=1; fi ;;
	esac
done < "$T/files"
if [ $bad -eq 0 ]; then echo "PASS style/editorconfig"; else echo "FAIL style/editorconfig"; fi

# ---------------------------------------------------------------- clang-format
if ! command -v git-clang-format > /dev/null 2>&1 || ! command -v clang-format > /dev/null 2>&1; then
	echo "SKIP style/clang_format: clang-format is not installed"
	exit $bad
fi
base=${1:-}
if [ -z "$base" ]; then
	first=$(git log --format=%H --diff-filter=A -- .clang-format | tail -1)
	if [ -n "$first" ]; then base=$(git rev-parse "$first^"); else base=HEAD; fi
fi
git clang-format --diff --extensions c,h "$base" -- src cli tools tests fuzz bench > "$T/diff" 2>&1
if grep -q '^diff --git' "$T/diff"; then
	sed 's/^/  /' "$T/diff" | head -40
	echo "  (git clang-format $base fixes these lines)"
	echo "FAIL style/clang_format"
	exit 1
fi
echo "PASS style/clang_format"
[ $bad -eq 0 ]
