# Sourced by tests/lines.sh, jobs.sh and sqlite.sh: the PASS/FAIL lines of
# one group of tests. Set `group` before sourcing.
#   t NAME     ends the previous test, starts NAME
#   note TEXT  says why the current test fails
#   finish     ends the last test
#   skip NAME REASON
fails=0
current=
note() { printf '  %s\n' "$*"; fails=$((fails + 1)); }
t() { finish; current=$1; fails=0; }
finish() {
	if [ -n "$current" ]; then
		if [ "$fails" -eq 0 ]; then echo "PASS $group/$current"; else echo "FAIL $group/$current"; fi
	fi
	current=
}
skip() { echo "SKIP $group/$1: $2"; }
