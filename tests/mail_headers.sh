#!/bin/sh
# Every IXP, WinINet and WinHTTP value of data/mail/ against the headers
# installed on this machine, by reading them (make check-windows also
# compares WinINet and WinHTTP at compile time, tests/test_sdk*.c):
#   Wine's imnxport.idl (libwine-dev): each row marked WINE 1 has the same
#     name and value there, the row marked 2 is there under its misspelled
#     name, and no IXP name of Wine is missing from data/mail/ixp.def;
#   MinGW-w64's wininet.h, winineti.h, winhttp.h: each row marked SDK 1 has
#     the same value there, and every ERROR_* code of those headers is a row.
# A header that is not installed is a SKIP line.
set -u
fails=0
note() { printf '  %s\n' "$*"; fails=$((fails + 1)); }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# ---- IXP against Wine
idl=
for f in /usr/include/wine/wine/windows/imnxport.idl /usr/include/wine/windows/imnxport.idl; do
	[ -f "$f" ] && idl=$f && break
done
if [ -z "$idl" ]; then
	echo "SKIP mail/ixp_values_equal_wine: Wine's imnxport.idl is not installed (apt-get install libwine-dev)"
else
	# NAME VALUE(hex, 8 digits) from HR_E(0xCCnn) / HR_S(0xCCnn)
	sed -n 's/.*#define \(IXP_[A-Z0-9_]*\) *HR_\([ES]\)(0x\([0-9A-Fa-f]*\)).*/\1 \2 \3/p' "$idl" |
		awk '{ printf "%s 0x%s%s\n", $1, ($2 == "E" ? "800C" : "000C"), toupper($3) }' | sort > "$T/wine"
	sed -n 's/^IXP(\([A-Z0-9_]*\), *\(0x[0-9A-F]*\),.*, *\([0-9]\))$/\1 \2 \3/p' data/mail/ixp.def > "$T/ours"
	[ "$(wc -l < "$T/ours")" -eq 136 ] || note "data/mail/ixp.def has $(wc -l < "$T/ours") rows, expected 136"
	while read -r name value wine; do
		case $wine in
		1) grep -qx "$name $value" "$T/wine" || note "$name $value is not so in Wine" ;;
		2) v=$(awk -v v="$value" '$2 == v { print $1 }' "$T/wine")
		   [ -n "$v" ] && [ "$v" != "$name" ] || note "$name: Wine has no other name for $value"
		   echo "$v $value" >> "$T/known" ;;
		esac
	done < "$T/ours"
	while read -r name value; do
		grep -q "^$name $value " "$T/ours" || grep -qx "$name $value" "$T/known" 2>/dev/null ||
			note "Wine defines $name $value, which data/mail/ixp.def lacks"
	done < "$T/wine"
	n=$(grep -c ' [12]$' "$T/ours")
	[ "$n" -eq "$(wc -l < "$T/wine")" ] || note "Wine has $(wc -l < "$T/wine") IXP names, data/ marks $n"
	if [ $fails -eq 0 ]; then
		echo "PASS mail/ixp_values_equal_wine ($n of 136 in Wine, misspelled: $(cut -d' ' -f1 "$T/known"))"
	else
		echo "FAIL mail/ixp_values_equal_wine"
	fi
fi

# ---- WinINet and WinHTTP against MinGW-w64
inc=
for d in /usr/share/mingw-w64/include /usr/x86_64-w64-mingw32/include; do
	[ -f "$d/wininet.h" ] && [ -f "$d/winhttp.h" ] && inc=$d && break
done
check_header() { # TEST DEF MACRO HEADERS...
	test=$1; def=$2; macro=$3; shift 3
	fails=0
	cat "$@" | sed -n 's/^#define \(ERROR_[A-Z0-9_]*\) *([A-Z_]*ERROR_BASE *+ *\([0-9]*\)).*/\1 \2/p' |
		awk '{ print $1, 12000 + $2 }' | sort -u > "$T/h"
	sed -n "s/^$macro(\\([A-Z0-9_]*\\), *\\([0-9]*\\),.*, *\\([01]\\))\$/\\1 \\2 \\3/p" "$def" > "$T/d"
	while read -r name value sdk; do
		if [ "$sdk" = 1 ]; then
			grep -qx "$name $value" "$T/h" || note "$name $value is not so in $*"
		elif grep -q "^$name " "$T/h"; then
			note "$name is in the header but marked 0"
		fi
	done < "$T/d"
	while read -r name value; do
		grep -q "^$name $value " "$T/d" || note "the header defines $name $value, which $def lacks"
	done < "$T/h"
	if [ $fails -eq 0 ]; then
		echo "PASS mail/$test ($(wc -l < "$T/h") names in the header, $(wc -l < "$T/d") rows)"
	else
		echo "FAIL mail/$test"
	fi
}
if [ -z "$inc" ]; then
	echo "SKIP mail/wininet_values_equal_mingw: MinGW-w64's headers are not installed (apt-get install mingw-w64-x86-64-dev)"
	echo "SKIP mail/winhttp_values_equal_mingw: MinGW-w64's headers are not installed (apt-get install mingw-w64-x86-64-dev)"
else
	check_header wininet_values_equal_mingw data/mail/wininet.def INET "$inc/wininet.h" "$inc/winineti.h"
	check_header winhttp_values_equal_mingw data/mail/winhttp.def HTTP "$inc/winhttp.h"
fi
exit 0
