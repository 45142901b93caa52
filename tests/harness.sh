# The PASS/FAIL lines of a shell test file, for tests/run.sh to count.
# Source it after setting `suite` (the prefix of the test names; the older
# name `group` is read too):
#   t NAME      ends the test before, starts NAME
#   note TEXT   records a failure of the current test, with why
#   finish      ends the current test (call it at the end)
#   skip NAME REASON
fails=0
current=
note() { printf '  %s\n' "$*"; fails=$((fails + 1)); }
t() { finish; current=$1; fails=0; }
finish() {
	if [ -n "$current" ]; then
		if [ "$fails" -eq 0 ]; then echo "PASS ${suite:-$group}/$current"; else echo "FAIL ${suite:-$group}/$current"; fi
	fi
	current=
}
skip() { echo "SKIP ${suite:-$group}/$1: $2"; }
