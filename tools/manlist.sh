#!/bin/sh
# Fills the @CODES@ line of a man page template with the catalogue, as the
# tool itself lists it (a heading per system, then one entry per code), so
# the man page can never drift from data/.
# usage: manlist.sh PATH-TO-WSAERR < template > page
set -eu
tool=$1
list=$(mktemp)
trap 'rm -f "$list"' EXIT
# A wide terminal, so that no message is wrapped.
COLUMNS=1000 "$tool" --lang en list | tr -d '\r' | awk '
/^ *[0-9]+  / {
	code = $1; name = $2; $1 = ""; $2 = "";
	sub(/^ +/, "");
	gsub(/\\/, "\\e");
	printf ".TP\n.B %s\n%s: %s\n", code, name, $0
	next
}
NF {
	gsub(/\\/, "\\e");
	printf ".SS %s\n", $0
}' > "$list"
while IFS= read -r line; do
	if [ "$line" = "@CODES@" ]; then
		cat "$list"
	else
		printf '%s\n' "$line"
	fi
done
