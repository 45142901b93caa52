#!/bin/sh
# Fills the @CODES@ line of a man page template with the catalogue, as the
# tool itself lists it (a heading per system, then one entry per code), so
# the man page can never drift from data/.
# usage: manlist.sh PATH-TO-WSAERR < template > page
set -eu
tool=$1
list=$(mktemp)
trap 'rm -f "$list"' EXIT
# A wide terminal, so that no message is wrapped. A code line starts with
# the code: a number, an HRESULT in hex (IXP) or the key of a system whose
# codes are their names (smtp, enh, pop3, imap). A line that starts with 6
# blanks continues the message above it (the message of a name longer than
# its column). Any other line is the heading of a system.
COLUMNS=1000 "$tool" --lang en list | tr -d '\r' | awk '
function flush() { if (name != "") printf ".TP\n.B %s\n%s: %s\n", code, name, msg; name = "" }
/^      / {
	sub(/^ +/, "");
	gsub(/\\/, "\\e");
	msg = msg (msg == "" ? "" : " ") $0
	next
}
/^ *([0-9]+|0x[0-9A-F]+|smtp|enh|pop3|imap)  / {
	flush()
	code = $1; name = $2; $1 = ""; $2 = "";
	sub(/^ +/, "");
	gsub(/\\/, "\\e");
	msg = $0
	next
}
NF {
	flush()
	gsub(/\\/, "\\e");
	printf ".SS %s\n", $0
}
END { flush() }' > "$list"
while IFS= read -r line; do
	if [ "$line" = "@CODES@" ]; then
		cat "$list"
	else
		printf '%s\n' "$line"
	fi
done
