#!/bin/sh
# Runs every test of a build and ends with one line "N passed, N failed"
# (", N skipped" when any). Exits 1 when anything failed.
# usage: run.sh BUILD-DIR EXE-SUFFIX [wine]
set -u
build=$1
exe=${2:-}
wrap=
if [ "${3:-}" = wine ]; then
	if command -v wine64 >/dev/null 2>&1; then wrap=wine64
	elif [ -x /usr/lib/wine/wine64 ]; then wrap=/usr/lib/wine/wine64
	else wrap=wine
	fi
	WINEDEBUG=-all
	export WINEDEBUG
fi

log=$(mktemp)
parts=$(mktemp -d)
trap 'rm -rf "$log" "$log.part" "$parts"' EXIT

# Runs one test program; a crash or a non-zero exit is a failure of its own.
prog() {
	name=$1
	shift
	"$@" > "$log.part" 2>&1
	rc=$?
	tr -d '\r' < "$log.part" | tee -a "$log"
	if [ $rc -ne 0 ]; then
		echo "FAIL $name/exit-status ($rc)" | tee -a "$log"
	fi
}

# The long suites run beside the others (natively; under Wine one at a
# time): each writes to its own file, and later() prints them, in the
# order they were started, once all have ended. None of them measures
# time, and none builds in the build directory.
started=
beside() {
	name=$1
	shift
	if [ -n "$wrap" ]; then
		prog "$name" "$@"
		return
	fi
	( "$@" > "$parts/$name.out" 2>&1; echo $? > "$parts/$name.rc" ) &
	started="$started $name"
}
later() {
	wait
	for name in $started; do
		tr -d '\r' < "$parts/$name.out" | tee -a "$log"
		rc=$(cat "$parts/$name.rc" 2> /dev/null || echo 127)
		if [ "$rc" -ne 0 ]; then
			echo "FAIL $name/exit-status ($rc)" | tee -a "$log"
		fi
	done
}

if [ -z "$wrap" ]; then
	beside cli sh tests/cli.sh "$build" "$exe" "$wrap"
	beside newlang sh tests/newlang.sh
	beside hostile sh tests/hostile.sh "$build" "$exe" "$wrap"
	beside lines sh tests/lines.sh "$build" "$exe"
	beside jobs sh tests/jobs.sh "$build" "$exe"
fi
prog unit $wrap "$build/tests/unit$exe"
if [ -f "$build/tests/sdk$exe" ]; then
	prog sdk $wrap "$build/tests/sdk$exe"
fi
if [ -n "$wrap" ]; then
	prog cli sh tests/cli.sh "$build" "$exe" "$wrap"
	prog hostile sh tests/hostile.sh "$build" "$exe" "$wrap"
fi
prog texts sh tests/texts.sh "$build" "$exe" "$wrap"
prog explain sh tests/explain.sh "$build" "$exe" "$wrap"
prog cli_calls sh tests/cli_calls.sh "$build" "$exe" "$wrap"
if [ -n "$wrap" ] && [ -f "$build/tests/scenarios$exe" ] && [ -x build/tests/scenarios ]; then
	prog parity sh tests/parity.sh build/tests/scenarios "$build/tests/scenarios$exe" "$wrap"
fi
if [ -z "$wrap" ] && [ -x "$build/tests/scenarios" ]; then
	prog capture sh tests/parity.sh --native "$build/tests/scenarios"
fi
if [ -z "$wrap" ]; then
	prog project sh tests/project.sh "$build"
	prog mail-headers sh tests/mail_headers.sh
	# the recognizer's SSE4.1 and scalar paths, under qemu-x86_64
	prog isa sh tests/isa.sh "$build"
	prog sqlite sh tests/sqlite.sh "$build"
	prog capture_api sh tests/capture_api.sh
	prog readme_porting sh tests/readme_porting.sh "$build"
	if "$build/gen/gen" compat | cmp -s - include/wsaerr_compat.h; then
		echo "PASS generated/compat_header_current" | tee -a "$log"
	else
		echo "  include/wsaerr_compat.h is stale: run make compat-header" | tee -a "$log"
		echo "FAIL generated/compat_header_current" | tee -a "$log"
	fi
	if sh tools/langs.sh < include/wsaerr.h | cmp -s - include/wsaerr.h; then
		echo "PASS generated/lang_constants_current" | tee -a "$log"
	else
		echo "  the WSAERR_LANG_* constants of include/wsaerr.h are stale: run make lang-constants" | tee -a "$log"
		echo "FAIL generated/lang_constants_current" | tee -a "$log"
	fi
fi

later
if [ -z "$wrap" ]; then
	# after the suites that run beside the others: make may build in the
	# build directory they read
	# make install puts the tool, its man pages and the completions for
	# bash, zsh and fish in place.
	stage=$(mktemp -d)
	if make -s BUILD="$build" CC="${CC:-cc}" CFLAGS="${CFLAGS:--O2 -g}" LDFLAGS="${LDFLAGS:-}" \
	        DESTDIR="$stage" PREFIX=/usr install > "$log.part" 2>&1 &&
	   [ -f "$stage/usr/share/bash-completion/completions/wsaerr" ] &&
	   [ -f "$stage/usr/share/zsh/site-functions/_wsaerr" ] &&
	   [ -f "$stage/usr/share/fish/vendor_completions.d/wsaerr.fish" ] &&
	   [ -x "$stage/usr/bin/wsaerr" ]; then
		echo "PASS install/tool_and_completions" | tee -a "$log"
	else
		sed 's/^/  /' "$log.part" | tail -5 | tee -a "$log"
		echo "FAIL install/tool_and_completions" | tee -a "$log"
	fi
	rm -rf "$stage"
fi

passed=$(grep -c '^PASS ' "$log")
failed=$(grep -c '^FAIL ' "$log")
skipped=$(grep -c '^SKIP ' "$log")
echo
if [ "$failed" -gt 0 ]; then
	echo "Failed:"
	grep '^FAIL ' "$log" | sed 's/^/  /'
fi
if [ "$skipped" -gt 0 ]; then
	echo "Skipped:"
	grep '^SKIP ' "$log" | sed 's/^/  /'
	echo "$passed passed, $failed failed, $skipped skipped"
else
	echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
