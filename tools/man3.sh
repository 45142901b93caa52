#!/bin/sh
# Generates wsaerr(3) from include/wsaerr.h: every declaration with the
# contract comment above it, grouped by the header's own sections, then the
# examples of docs/man/examples (which make check compiles and runs).
# One source: the header. usage: man3.sh VERSION > wsaerr.3
set -eu
version=$1
{
cat <<HEAD
.TH WSAERR 3 "2026-11-22" "wsaerr $version" "Library Functions Manual"
.SH NAME
wsaerr \\- Windows Sockets error codes: names, meanings, translations
.SH LIBRARY
libwsaerr (\\fB\\-lwsaerr\\fP; \\fBpkg\\-config \\-\\-cflags \\-\\-libs wsaerr\\fP)
.SH SYNOPSIS
.nf
.B #include <wsaerr.h>
.fi
HEAD
awk '
function esc(s) {
	gsub(/\\/, "\\e", s)
	gsub(/-/, "\\-", s)
	if (s ~ /^[.'"'"']/) s = "\\&" s
	return s
}
# Synopsis: the declarations only, without the export macro.
/^WSAERR_API/ {
	decl = $0
	while (decl !~ /;/) { getline; sub(/^[ \t]+/, " ", $0); decl = decl $0 }
	sub(/^WSAERR_API /, "", decl)
	gsub(/[ \t]+/, " ", decl)
	print ".PP\n.nf\n" esc(decl) "\n.fi"
}' include/wsaerr.h
describe='
function esc(s) {
	gsub(/\\/, "\\e", s)
	gsub(/-/, "\\-", s)
	if (s ~ /^[.'"'"']/) s = "\\&" s
	return s
}
function flush_comment(   t) {
	t = comment
	comment = ""
	return t
}
BEGIN { state = "top"; comment = ""; incomment = 0 }
# The first comment of the file is the overview.
state == "top" && /^\/\*/ { incomment = 1; next }
state == "top" && incomment && /\*\// { incomment = 0; state = "body"; next }
state == "top" && incomment { line = $0; sub(/^ \* ?/, "", line); if (line == "") print ".PP"; else print esc(line); next }
state == "top" { next }
# Section titles: a line of dashes, then the title.
/^\/\* -+ \*\/$/ { section = 1; next }
section && /^\/\* .* \*\/$/ { t = $0; sub(/^\/\* */, "", t); sub(/ *\*\/$/, "", t); print ".SS " esc(t); section = 0; comment = ""; next }
# Collect a contract comment.
/^\/\*/ && !/\*\// { incomment = 1; comment = ""; t = $0; sub(/^\/\* ?/, "", t); comment = t; next }
/^\/\*.*\*\/$/ { t = $0; sub(/^\/\* */, "", t); sub(/ *\*\/$/, "", t); comment = t; next }
incomment && /\*\// { t = $0; sub(/ *\*\/$/, "", t); sub(/^ \* ?/, "", t); sub(/^ *$/, "", t); if (t != "") comment = comment " " t; incomment = 0; next }
incomment { t = $0; sub(/^ \* ?/, "", t); comment = comment (t == "" ? "\n" : " " t); next }
# A declaration, type or constant with its comment.
/^WSAERR_API|^enum |^typedef struct|^#define WSAERR_[A-Z_]+ / {
	code = $0
	if ($0 ~ /^WSAERR_API/) { while (code !~ /;/) { getline; code = code "\n" $0 } sub(/^WSAERR_API /, "", code) }
	else if ($0 ~ /^enum |^typedef struct/ && $0 !~ /;[ \t]*$/) { while ($0 !~ /^}/) { getline; code = code "\n" $0 } }
	if ($0 ~ /^#define WSAERR_(VERSION|API)/ || code ~ /WSAERR_API/ && code !~ /\(/) { comment = ""; next }
	print ".PP\n.nf\n.B " esc(code) "\n.fi"
	if (comment != "") {
		n = split(comment, paras, "\n")
		print ".RS"
		for (i = 1; i <= n; i++) { p = paras[i]; sub(/^ +/, "", p); if (p != "") print esc(p); if (i < n) print ".PP" }
		print ".RE"
	}
	comment = ""
	next
}
'
echo ".SH DESCRIPTION"
awk "$describe" include/wsaerr.h
# The wrappers: their own header, read through <wsaerr_compat.h>.
echo ".SH WINSOCK CALLS ON POSIX"
printf '.nf\n.B #define WSAERR_WRAP\n.B #include <wsaerr_compat.h>\n.fi\n.PP\n'
awk "$describe" include/wsaerr_wrap.h
echo ".SH EXAMPLES"
for f in docs/man/examples/*.c; do
	printf '.SS %s\n.PP\n' "$(basename "$f")"
	sed -n '2,/\*\//{s/^ \* \{0,1\}//;/^\/\{0,1\}$/d;p}' "$f" | sed 's/\\/\\e/g; s/-/\\-/g; s/^\([.'"'"']\)/\\\&\1/'
	printf '.PP\n.in +4n\n.EX\n'
	sed 's/\\/\\e/g; s/-/\\-/g; s/^\([.'"'"']\)/\\\&\1/' "$f"
	printf '.EE\n.in\n'
done
cat <<TAIL
.SH THREAD SAFETY
Every function may be called from any number of threads at once. The last
error of \\fBwsaerr_get_last\\fP(), \\fBwsaerr_set_last\\fP() and
\\fBwsaerr_capture\\fP() is kept per thread.
.SH SEE ALSO
.BR wsaerr (1),
.BR errno (3),
.BR getaddrinfo (3)
TAIL
}
