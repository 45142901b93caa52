#!/bin/sh
# The Windows package as people get it: unzipped, it holds wsaerr.exe (with
# no DLL but Windows' own), the HTML reference, a README in English, Spanish
# and Korean and the license; and the zipped tool works under Wine.
# usage: dist.sh ZIP
set -u
zip=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
suite=dist
. tests/harness.sh

t zip_holds_the_package
if ! unzip -q "$zip" -d "$T" 2> "$T/err"; then
	note "cannot unzip $zip: $(head -3 "$T/err")"
	finish
	exit 1
fi
dir=$T/$(basename "$zip" .zip)
for f in wsaerr.exe wsaerr.html README.txt LICENSE.txt; do
	[ -s "$dir/$f" ] || note "missing $f"
done

t readme_in_three_languages
for w in "English" "Español" "한국어" "wsaerr 10054" "wsaerr.html" "0BSD"; do
	grep -q "$w" "$dir/README.txt" || note "README.txt lacks $w"
done
grep -q "$(printf '\r')$" "$dir/README.txt" || note "README.txt has no CRLF line ends"

t html_reference
grep -q '<!DOCTYPE html>' "$dir/wsaerr.html" || note "wsaerr.html is not the HTML page"
grep -q '<article id="10054"' "$dir/wsaerr.html" || note "wsaerr.html lacks 10054"

t exe_linked_statically
if command -v x86_64-w64-mingw32-objdump > /dev/null 2>&1; then
	x86_64-w64-mingw32-objdump -p "$dir/wsaerr.exe" | sed -n 's/.*DLL Name: //p' > "$T/dlls"
	[ -s "$T/dlls" ] || note "no imports found"
	while IFS= read -r d; do
		case $(printf '%s' "$d" | tr 'A-Z' 'a-z') in
		kernel32.dll|msvcrt.dll|ws2_32.dll|shell32.dll|user32.dll|advapi32.dll|api-ms-win-*) ;;
		*) note "wsaerr.exe needs $d" ;;
		esac
	done < "$T/dlls"
else
	note "x86_64-w64-mingw32-objdump is not installed"
fi
finish

if command -v wine64 > /dev/null 2>&1; then wine=wine64
elif [ -x /usr/lib/wine/wine64 ]; then wine=/usr/lib/wine/wine64
elif command -v wine > /dev/null 2>&1; then wine=wine
else
	echo "SKIP dist/runs_under_wine: Wine is not installed"
	exit 0
fi
WINEDEBUG=-all
export WINEDEBUG
# run ARGS...: the zipped tool under Wine; $rc, $T/o, $T/e
run() {
	(cd "$dir" && $wine ./wsaerr.exe "$@") > "$T/out" 2> "$T/err" < /dev/null
	rc=$?
	tr -d '\r' < "$T/out" > "$T/o"
	tr -d '\r' < "$T/err" > "$T/e"
}
t runs_under_wine
run 10054
[ "$rc" = 0 ] || note "exit status $rc"
grep -q "WSAECONNRESET  10054 (0x2746)" "$T/o" || note "no answer for 10054: $(head -3 "$T/o" "$T/e")"
grep -q 'Windows says: "An existing connection was forcibly closed' "$T/o" || note "no Windows message"
run "Socket Error: 10061"
grep -q "WSAECONNREFUSED  10061" "$T/o" || note "pasted text not read: $(head -3 "$T/o" "$T/e")"
run --lang ko 10054
grep -q "상대방이 연결을 강제로 끊음" "$T/o" || note "no Korean: $(head -3 "$T/o")"
run NOSUCHNAME
[ "$rc" = 1 ] || note "exit status $rc for a name not found"
finish
