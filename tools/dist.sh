#!/bin/sh
# Puts the Windows package together: OUT/ with wsaerr.exe, wsaerr.html (the
# reference, as `wsaerr export --format html` writes it), README.txt (from
# docs/windows-README.txt, in English, Spanish and Korean) and LICENSE.txt,
# the text files with CRLF line ends and README.txt with a UTF-8 byte order
# mark for Notepad; then OUT.zip. Timestamps are those of the last commit
# (SOURCE_DATE_EPOCH when set), so the zip does not change from one build
# to the next.
# usage: dist.sh VERSION NATIVE-WSAERR WSAERR.EXE OUT-DIR
set -eu
version=$1
native=$2
exe=$3
out=$4
name=$(basename "$out")
rm -rf "$out" "$out.zip"
mkdir -p "$out"
crlf() { sed 's/$/\r/'; }
cp "$exe" "$out/wsaerr.exe"
LC_ALL=C LANG=C LANGUAGE= "$native" export --format html > "$out/wsaerr.html"
{ printf '\357\273\277'; sed "s/@VERSION@/$version/" docs/windows-README.txt | crlf; } > "$out/README.txt"
crlf < LICENSE > "$out/LICENSE.txt"
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2> /dev/null || echo 1700000000)}
stamp=$(date -u -d "@$epoch" +%Y%m%d%H%M.%S)
TZ=UTC touch -t "$stamp" "$out" "$out"/*
(cd "$(dirname "$out")" && TZ=UTC zip -q -X -r "$name.zip" "$name/wsaerr.exe" "$name/wsaerr.html" \
	"$name/README.txt" "$name/LICENSE.txt")
echo "wrote $out.zip"
