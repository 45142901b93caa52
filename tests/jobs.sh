#!/bin/sh
# scan -j N (cli/scan_jobs.c): the same counts, first and last lines as
# -j 1, on a generated log, on several files, and on inputs built so that
# matches cross the cuts between the parts of a file. Prints PASS/FAIL/SKIP.
# usage: jobs.sh BUILD-DIR EXE-SUFFIX [WRAPPER]
set -u
build=$1
exe=${2:-}
wrap=${3:-}
tool="$build/wsaerr$exe"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
unset LC_ALL LC_MESSAGES LANGUAGE WSAERR_SCAN_PART WSAERR_SCAN_OVERLAP WSAERR_SCAN_ALIGN WSAERR_SCAN_TRACE
LANG=C.UTF-8
export LANG

group=jobs
. tests/harness.sh
# same J ARGS...: `scan -j J ARGS` prints, says and exits as `scan -j 1 ARGS`
same() {
	j=$1
	shift
	$wrap "$tool" -j 1 "$@" > "$T/o1" 2> "$T/e1" < /dev/null
	r1=$?
	$wrap "$tool" -j "$j" "$@" > "$T/oj" 2> "$T/ej" < /dev/null
	rj=$?
	grep -v '^wsaerr: scan: .* parts' "$T/ej" > "$T/ej2"
	if ! cmp -s "$T/o1" "$T/oj" || ! cmp -s "$T/e1" "$T/ej2" || [ "$r1" != "$rj" ]; then
		note "-j $j differs from -j 1 for $* (status $rj, $r1):"
		diff "$T/o1" "$T/oj" | head -6 | sed 's/^/    /'
		diff "$T/e1" "$T/ej2" | head -4 | sed 's/^/    /'
	fi
}
# parts: the "N parts, M cuts scanned again" line of the last -j run
parts() { sed -n 's/^wsaerr: scan: .*: \([0-9]*\) parts, \([0-9]*\) cuts.*/\1 \2/p' "$T/ej" | head -1; }

g=$build/bench/genlog
[ -x "$g" ] || { cc -O2 -o "$T/genlog" bench/genlog.c && g=$T/genlog; }

t generated_log_split_in_two
"$g" 40 > "$T/gen.log" 2> /dev/null
WSAERR_SCAN_TRACE=1 same 2 --json scan "$T/gen.log"
[ "$(parts)" = "2 0" ] || note "wanted 2 parts and no cut scanned again, got: $(parts)"
grep -q '"count":' "$T/oj" || note "nothing found"
same 2 scan "$T/gen.log"

t several_files_stdin_and_errors
head -c 3000000 "$T/gen.log" > "$T/small.log"
mkdir "$T/dir"
same 2 scan "$T/small.log" "$T/no-such.log" "$T/gen.log" "$T/dir" "$T/small.log"
[ "$rj" = 3 ] || note "exit status $rj, wanted 3"
$wrap "$tool" -j 2 scan < "$T/small.log" > "$T/a" 2>&1
$wrap "$tool" -j 1 scan < "$T/small.log" > "$T/b" 2>&1
cmp -s "$T/a" "$T/b" || note "stdin differs"
$wrap "$tool" -j 2 scan - "$T/small.log" < "$T/small.log" > "$T/a" 2>&1
$wrap "$tool" -j 1 scan - "$T/small.log" < "$T/small.log" > "$T/b" 2>&1
cmp -s "$T/a" "$T/b" || note "- and a file differ"

# Lines from the real corpus, cut and glued so that messages cross line
# breaks, several hits share a line, lines are longer than a part, CRLF,
# and no newline at the end; then scanned in parts of a few hundred bytes
# to some kilobytes, so that every kind of line meets a cut somewhere.
grep -hv '^#' tests/corpus/real/*.tsv | cut -f6 > "$T/corpus"
# (awk with bytes for characters, seeded: the same file at each run)
LC_ALL=C awk '
	function pick(n) { return int(rand() * n) }
	{ lines[++n] = $0 }
	END {
		srand(13)
		split("\n|\r\n|\n  ", breaks, "|")
		for (i = 0; i < 800; i++) {
			l = lines[1 + pick(n)]
			k = pick(6)
			if (k <= 1 && length(l) > 8) {         # a line break inside the line
				p = 1 + pick(length(l) - 2)
				l = substr(l, 1, p) breaks[1 + pick(3)] substr(l, p + 1)
			} else if (k == 2) {                   # several hits on one line
				l = l " " lines[1 + pick(n)] " " l
			} else if (k == 3) {                   # longer than a part
				m = 5 + pick(35)
				l = lines[1 + pick(n)]
				for (j = 1; j < m; j++)
					l = l " " lines[1 + pick(n)]
			} else if (k == 4) {
				l = l "\r"
			}
			printf "%s%s", i ? "\n" : "", l       # no newline at the end
		}
	}' "$T/corpus" > "$T/cross.log"

t cuts_everywhere_same_as_one_thread
for part in 500 2000 8000; do
	WSAERR_SCAN_PART=$part WSAERR_SCAN_TRACE=1 same 2 --json scan "$T/cross.log"
	set -- $(parts)
	[ "${1:-0}" -gt 10 ] || note "part size $part: only ${1:-0} parts"
	grep -q '"count":' "$T/oj" || note "nothing found"
	WSAERR_SCAN_PART=$part same 3 scan "$T/cross.log" "$T/small.log"
done

t cut_without_overlap_is_caught_and_scanned_again
# With no bytes read before each part, a message cut by a line break at a
# cut is found from its second half by the part after the cut, and not
# there by the part before it: the check must see it and scan again.
awk 'BEGIN { for (i = 0; i < 2000; i++) printf "An existing\nconnection was forcibly closed by the remote host.\n" }' > "$T/halves.log"
WSAERR_SCAN_PART=1000 WSAERR_SCAN_OVERLAP=0 WSAERR_SCAN_ALIGN=1 WSAERR_SCAN_TRACE=1 same 2 --json scan "$T/halves.log"
set -- $(parts)
[ "${2:-0}" -gt 0 ] || note "no cut was scanned again: ${1:-0} parts, ${2:-0} cuts"
grep -q '"count":2000,' "$T/oj" || note "not 2000 hits: $(head -c 200 "$T/oj")"
WSAERR_SCAN_PART=1000 WSAERR_SCAN_TRACE=1 same 2 --json scan "$T/halves.log"
set -- $(parts)
[ "${2:-1}" = 0 ] || note "with the overlap, cuts were scanned again: ${2:-}"

t long_line_cut_inside_and_kept_scanner_used
# One line of 3 MB with no newline: cut after a blank inside it. Its hits
# are one code, merging into hits cut where the stream's offset is a
# multiple of 1024, so a part's scanner that starts 16 KB before its cut,
# at such a multiple, cuts them as one thread does: no cut disagrees.
awk 'BEGIN { for (i = 0; i < 131072; i++) printf "setsockopt EINVAL 10054 " }' > "$T/oneline.log"
WSAERR_SCAN_PART=1000000 WSAERR_SCAN_TRACE=1 same 2 --json scan "$T/oneline.log"
set -- $(parts)
[ "${1:-0}" -ge 3 ] || note "a line of 3 MB in parts of 1 MB: ${1:-0} parts"
[ "${2:-1}" = 0 ] || note "a line of one code: ${2:-} cuts scanned again"
grep -q '"count":' "$T/oj" || note "nothing found"
# A part's scanner that starts anywhere (not at a multiple of 1024) cuts
# that run otherwise: the part after each cut is scanned again from the
# scanner kept at the cut, and the counts and lines are those of one
# thread.
WSAERR_SCAN_ALIGN=1 WSAERR_SCAN_OVERLAP=5000 WSAERR_SCAN_PART=1000000 WSAERR_SCAN_TRACE=1 \
	same 2 --json scan "$T/oneline.log"
set -- $(parts)
[ "${2:-0}" -gt 0 ] || note "no cut scanned again: ${1:-0} parts, ${2:-0} cuts"
WSAERR_SCAN_PART=1000000 same 3 scan "$T/oneline.log" "$T/small.log"
# and lines of 3 MB, several: cut inside each
awk 'BEGIN { for (l = 0; l < 3; l++) { for (i = 0; i < 40000; i++) printf "Socket Error: 10061 WSAECONNRESET 0x80072746 Connection refused EINVAL "; printf "\n" } }' > "$T/lines.log"
WSAERR_SCAN_PART=1000000 WSAERR_SCAN_TRACE=1 same 2 --json scan "$T/lines.log"
set -- $(parts)
[ "${1:-0}" -ge 8 ] || note "three lines of 2.9 MB in parts of 1 MB: ${1:-0} parts"

t pipe_in_batches_same_as_one_thread
# A pipe is read in batches of parts, one per thread, held in memory; cuts
# are checked as a file's, across batches too. Parts of 2000 bytes of the
# cut and glued corpus, then of 100 KB of the line of one code, with parts'
# scanners that start anywhere, so that cuts disagree (after one, the next
# batches go on one thread).
same_pipe() {
	j=$1 f=$2
	shift 2
	cat "$f" | $wrap "$tool" -j 1 "$@" > "$T/o1" 2> "$T/e1"
	r1=$?
	cat "$f" | WSAERR_SCAN_TRACE=1 $wrap "$tool" -j "$j" "$@" > "$T/oj" 2> "$T/ej"
	rj=$?
	grep -v '^wsaerr: scan: .* parts' "$T/ej" > "$T/ej2"
	if ! cmp -s "$T/o1" "$T/oj" || ! cmp -s "$T/e1" "$T/ej2" || [ "$r1" != "$rj" ]; then
		note "-j $j differs from -j 1 for a pipe of $f, $* (status $rj, $r1):"
		diff "$T/o1" "$T/oj" | head -6 | sed 's/^/    /'
	fi
}
WSAERR_SCAN_PART=2000 same_pipe 2 "$T/cross.log" --json scan
set -- $(parts)
[ "${1:-0}" -gt 10 ] || note "a pipe in parts of 2000 bytes: ${1:-0} parts"
WSAERR_SCAN_PART=2000 same_pipe 3 "$T/cross.log" scan - "$T/small.log"
WSAERR_SCAN_ALIGN=1 WSAERR_SCAN_OVERLAP=5000 WSAERR_SCAN_PART=100000 same_pipe 2 "$T/oneline.log" --json scan
set -- $(parts)
[ "${2:-0}" -gt 0 ] || note "a pipe of one code: no cut scanned again (${1:-0} parts)"
grep -q '"count":' "$T/oj" || note "nothing found in the pipe"
# a FIFO named on the command line is a pipe too
if mkfifo "$T/fifo" 2> /dev/null; then
	cat "$T/cross.log" > "$T/fifo" &
	WSAERR_SCAN_PART=3000 WSAERR_SCAN_TRACE=1 $wrap "$tool" -j 2 --json scan "$T/fifo" > "$T/oj" 2> "$T/ej"
	wait
	$wrap "$tool" -j 1 --json scan "$T/cross.log" | sed "s|$T/cross.log|$T/fifo|g" > "$T/o1"
	cmp -s "$T/o1" "$T/oj" || note "a FIFO scanned in parts differs from the file"
	set -- $(parts)
	[ "${1:-0}" -gt 10 ] || note "a FIFO in parts of 3000 bytes: ${1:-0} parts"
fi

t options
$wrap "$tool" -j 0 scan "$T/small.log" > /dev/null 2>&1 < /dev/null
[ $? = 0 ] || note "-j 0 refused"
$wrap "$tool" --jobs=2 scan "$T/small.log" > /dev/null 2>&1 < /dev/null
[ $? = 0 ] || note "--jobs=2 refused"
$wrap "$tool" -j x scan "$T/small.log" > /dev/null 2> "$T/e" < /dev/null
[ $? = 2 ] || note "-j x accepted"
$wrap "$tool" -j 2 10054 > /dev/null 2> "$T/e" < /dev/null
[ $? = 2 ] || note "-j with a lookup accepted"
grep -q "'-j' cannot be combined" "$T/e" || note "stderr: $(cat "$T/e")"
finish
