#!/bin/sh
# A translator adds a language by adding one file: copy the sources, add a
# nearly empty data/lang/xx.def, build, and check that the new language is
# offered, that what it has is used, that the rest falls back to English,
# and that the test suite names exactly what is still missing.
# NEWLANG_DIR keeps the copy (make coverage reads its counters);
# NEWLANG_CFLAGS builds it with other flags.
set -u
if [ -n "${NEWLANG_DIR:-}" ]; then
	T=$NEWLANG_DIR
	rm -rf "$T"
	mkdir -p "$T"
else
	T=$(mktemp -d)
	trap 'rm -rf "$T"' EXIT
fi
fails=0
note() { printf '  %s\n' "$*"; fails=$((fails + 1)); }

cp -r Makefile include src data tools cli tests docs wasm sqlite wsaerr.pc.in "$T"/
cat > "$T/data/lang/xx.def" <<'DEF'
LANG(xx, "xx", "Test language", "Test language")
T(WSAECONNRESET, "xx message", "xx explanation", "xx check")
C(CONNECTION, "xx connection")
U(WHAT_TO_CHECK, "xx what to check")
DEF
if ! make -C "$T" -s BUILD=b ${NEWLANG_CFLAGS:+"CFLAGS=$NEWLANG_CFLAGS" "LDFLAGS=$NEWLANG_CFLAGS"} \
        b/wsaerr b/tests/unit > "$T/build.log" 2>&1; then
	note "build with data/lang/xx.def failed: $(tail -5 "$T/build.log")"
else
	"$T/b/wsaerr" --lang xx 10054 > "$T/o" 2>&1
	grep -q "xx message" "$T/o" || note "the new language's message is not used"
	grep -q "xx what to check:" "$T/o" || note "the new language's label is not used"
	grep -q "Retry:" "$T/o" || note "a missing label does not fall back to English"
	"$T/b/wsaerr" --lang xx 10061 | grep -q "The connection was refused" || note "a missing row does not fall back to English"
	"$T/b/wsaerr" --lang yy 10054 2>&1 | grep -q "(known: en, es, ko, xx)" || note "xx is not listed among the languages"
	"$T/b/tests/unit" > "$T/unit" 2>&1
	grep -q "FAIL lang/nothing_missing" "$T/unit" || note "the suite does not fail for an incomplete language"
	grep -q "xx is missing:" "$T/unit" || note "the suite does not say what xx is missing"
	grep -q "^WSAECONNREFUSED message$" "$T/unit" || note "missing row not named"
	grep -q "^ui CATEGORY$" "$T/unit" || note "missing interface text not named"
	grep -q "^category qos$" "$T/unit" || note "missing category not named"
	if grep -q "^WSAECONNRESET " "$T/unit"; then note "a present row is reported missing"; fi
fi
if [ $fails -eq 0 ]; then echo "PASS lang/new_language_is_one_file"; else echo "FAIL lang/new_language_is_one_file"; fi
