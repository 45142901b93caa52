#!/bin/sh
# The recognition tables (data/recognize/): how many catalogue codes have a
# known text, per source family and language, and checks that they can:
# every code of the catalogue has Windows' English text, every text names
# its source, and every name resolves (the generator checks that too).
# usage: texts.sh BUILD-DIR EXE-SUFFIX [WRAPPER]
set -u
build=$1
exe=${2:-}
wrap=${3:-}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# every code of the catalogue: "NAME CODE"
$wrap "$build/wsaerr$exe" --json list 2>/dev/null | tr -d '\r' |
	sed -n 's/.*"system":"\(wsa\|win32\)".*"code":\([0-9]*\),.*"name":"\([A-Z_0-9]*\)".*/\3 \2/p' > "$T/codes"
total=$(wc -l < "$T/codes")

echo "  catalogue codes with a known text, by file (of $total):"
fails=0
for f in data/recognize/*.def; do
	case $f in */context.def|*/vetoes.def) continue ;; esac
	# the Winsock codes the names stand for (errno and EAI names too)
	names=$(sed -n 's/^[MK](\([A-Z_0-9]*\),.*/\1/p' "$f" | sort -u)
	n=$($wrap "$build/wsaerr$exe" --json $names 2>/dev/null | tr -d '\r' |
		grep -o '"wsa":[0-9]*' | sort -u | wc -l)
	texts=$(grep -c '^[MK](' "$f")
	printf '    %-28s %4d texts, %3d codes\n' "$(basename "$f")" "$texts" "$n"
	# a source beside every text
	if grep '^[MKV](' "$f" | grep -vq ', "[^"]*")\( *\/\*.*\)\?$'; then
		echo "  a text without its source in $f:"
		grep '^[MKV](' "$f" | grep -v ', "[^"]*")\( *\/\*.*\)\?$' | head -3 | sed 's/^/    /'
		fails=$((fails + 1))
	fi
done
missing=$(cut -d' ' -f1 "$T/codes" | while read -r name; do
	grep -q "^M($name," data/recognize/windows.en.def || echo "$name"
done)
if [ -n "$missing" ]; then
	echo "  codes without Windows' English text: $missing"
	fails=$((fails + 1))
fi
if [ $fails -eq 0 ]; then echo "PASS texts/every_code_has_windows_english_and_every_text_a_source"
else echo "FAIL texts/every_code_has_windows_english_and_every_text_a_source"; fi
