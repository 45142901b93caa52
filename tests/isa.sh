#!/bin/sh
# The recognizer's instruction-set paths (src/recognize.c: judge() picks
# AVX2, else SSE4.1, else the scalar loop; newlines() AVX2 with POPCNT,
# else eight bytes at a time). On a host with AVX2 only the AVX2 paths
# run, so qemu-x86_64 (Debian: qemu-user) runs the same tool on a CPU
# without AVX2 (Nehalem: SSE4.1 and POPCNT) and on one with neither
# (qemu64), on the real corpus lines and on a generated log: the output
# must be byte-identical to the native run. A coverage build's counters
# are written under qemu too. SKIP lines when qemu-x86_64 is missing, the
# host is not x86-64, or the build has a sanitizer (it cannot run under
# qemu-user). Prints PASS/FAIL/SKIP lines.
# usage: isa.sh BUILD-DIR
set -u
build=$1
tool=$build/wsaerr
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
unset LC_ALL LC_MESSAGES LANGUAGE
LANG=C.UTF-8
export LANG
suite=isa
. tests/harness.sh

why=
if [ "$(uname -m)" != x86_64 ]; then
	why="not an x86-64 host"
elif ! command -v qemu-x86_64 > /dev/null 2>&1; then
	why="qemu-x86_64 is not installed (Debian: qemu-user)"
else
	case " ${CFLAGS:-} ${LDFLAGS:-} " in
	*-fsanitize*) why="a sanitizer build does not run under qemu-user" ;;
	esac
fi
if [ -n "$why" ]; then
	skip qemu_cpus_hide_avx2 "$why"
	skip nehalem_sse41_same_output "$why"
	skip qemu64_scalar_same_output "$why"
	exit 0
fi

# What each CPU offers, as the tool's dispatch asks (GCC's and clang's
# __builtin_cpu_supports).
t qemu_cpus_hide_avx2
cat > "$T/cpu.c" << 'EOF'
#include <stdio.h>
int main(void)
{
	__builtin_cpu_init();
	printf("avx2=%d sse4.1=%d popcnt=%d\n", __builtin_cpu_supports("avx2") != 0,
	       __builtin_cpu_supports("sse4.1") != 0, __builtin_cpu_supports("popcnt") != 0);
	return 0;
}
EOF
if ${CC:-cc} -o "$T/cpu" "$T/cpu.c" > "$T/err" 2>&1; then
	got=$(qemu-x86_64 -cpu Nehalem "$T/cpu")
	[ "$got" = "avx2=0 sse4.1=1 popcnt=1" ] || note "Nehalem: $got"
	got=$(qemu-x86_64 -cpu qemu64 "$T/cpu")
	[ "$got" = "avx2=0 sse4.1=0 popcnt=0" ] || note "qemu64: $got"
else
	note "cannot build the check: $(head -1 "$T/err")"
fi

# The inputs: every line of the real corpus, and a 2 MB log (bench/genlog.c).
grep -hv '^#' tests/corpus/real/*.tsv | cut -f6 > "$T/corpus.txt"
if ${CC:-cc} -O2 -o "$T/genlog" bench/genlog.c > "$T/err" 2>&1; then
	"$T/genlog" 2 > "$T/log.txt" 2> /dev/null
else
	note "cannot build bench/genlog.c: $(head -1 "$T/err")"
	: > "$T/log.txt"
fi

# outputs DIR [WRAPPER...]: what the tool prints for the inputs, into DIR
outputs() {
	d=$1
	shift
	mkdir -p "$d"
	"$@" "$tool" --json explain < "$T/corpus.txt" > "$d/corpus.json" 2>&1
	echo "exit $?" >> "$d/corpus.json"
	"$@" "$tool" explain --lines < "$T/corpus.txt" > "$d/corpus.lines" 2>&1
	echo "exit $?" >> "$d/corpus.lines"
	"$@" "$tool" --json explain < "$T/log.txt" > "$d/log.json" 2>&1
	echo "exit $?" >> "$d/log.json"
	"$@" "$tool" -j 2 scan "$T/log.txt" > "$d/log.scan" 2>&1
	echo "exit $?" >> "$d/log.scan"
}
outputs "$T/native"
for cpu in Nehalem qemu64; do
	case $cpu in
	Nehalem) t nehalem_sse41_same_output ;;
	*) t qemu64_scalar_same_output ;;
	esac
	grep -q '"wsa":10054' "$T/native/log.json" || note "the native run found nothing in the log"
	outputs "$T/$cpu" qemu-x86_64 -cpu "$cpu"
	for f in corpus.json corpus.lines log.json log.scan; do
		if ! cmp -s "$T/native/$f" "$T/$cpu/$f"; then
			note "$f differs under -cpu $cpu"
			diff "$T/native/$f" "$T/$cpu/$f" | head -6 | sed 's/^/    /'
		fi
	done
done
finish
