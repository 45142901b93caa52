#!/bin/sh
# Rewrites the block of language constants in include/wsaerr.h (read on
# stdin, written on stdout) from the language files, in the order the
# Makefile compiles them in (English first, then by tag): one
#   #define WSAERR_LANG_<TAG> <number>
# per data/lang/<tag>.def. `make lang-constants` runs it; tests/run.sh
# fails when the header differs from what it writes.
# usage: langs.sh [data/lang/en.def data/lang/xx.def ...] < wsaerr.h
set -eu
if [ $# -eq 0 ]; then
	set -- data/lang/en.def
	for f in data/lang/*.def; do
		[ "$f" = data/lang/en.def ] || set -- "$@" "$f"
	done
fi
begin="/* BEGIN generated language constants"
end='/* END generated language constants */'
block=$(
	n=0
	for f in "$@"; do
		tag=$(sed -n 's/^LANG([^,]*, *"\([^"]*\)".*/\1/p' "$f" | head -1)
		english=$(sed -n 's/^LANG(.*, *"\([^"]*\)")[[:space:]]*$/\1/p' "$f" | head -1)
		macro=$(printf '%s' "$tag" | tr 'a-z' 'A-Z' | tr -c 'A-Z0-9\n' _)
		printf '#define WSAERR_LANG_%s %d /* %s */\n' "$macro" "$n" "$english"
		n=$((n + 1))
	done
)
state=out
while IFS= read -r line || [ -n "$line" ]; do
	case $state in
	out)
		printf '%s\n' "$line"
		case $line in "$begin"*) state=in; printf '%s\n' "$block" ;; esac ;;
	in)
		case $line in "$end"*) state=out; printf '%s\n' "$line" ;; esac ;;
	esac
done
