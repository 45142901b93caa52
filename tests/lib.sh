# Shared by the shell test suites: one PASS or FAIL line per case.
# Set `suite` (the prefix of each case's name) before sourcing; a case
# starts with `t NAME`, records failures with `note`, and the suite ends
# with `finish`.
fails=0
current=
note() { printf '  %s\n' "$*"; fails=$((fails + 1)); }
t() { finish; current=$1; fails=0; }
finish() {
	if [ -n "$current" ]; then
		if [ "$fails" -eq 0 ]; then echo "PASS $suite/$current"; else echo "FAIL $suite/$current"; fi
	fi
	current=
}
