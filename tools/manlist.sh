#!/bin/sh
# Fills the @CODES@ line of a man page template with the catalogue, as the
# tool itself lists it, so the man page can never drift from data/.
# usage: manlist.sh PATH-TO-WSAERR < template > page
set -eu
tool=$1
list=$(mktemp)
trap 'rm -f "$list"' EXIT
# A line that starts with 7 spaces continues the message of the line above
# (list puts a message there when the name is long).
"$tool" --lang en list | tr -d '\r' | awk '
function flush() { if (name != "") printf ".TP\n.B %s\n%s: %s\n", code, name, msg; name = "" }
substr($0, 1, 7) == "       " { sub(/^ +/, ""); gsub(/\\/, "\\e"); msg = msg (msg == "" ? "" : " ") $0; next }
{
	flush();
	code = $1; name = $2; $1 = ""; $2 = "";
	sub(/^ +/, "");
	gsub(/\\/, "\\e");
	msg = $0
}
END { flush() }' > "$list"
while IFS= read -r line; do
	if [ "$line" = "@CODES@" ]; then
		cat "$list"
	else
		printf '%s\n' "$line"
	fi
done
