# Sourced by the shell tests that check JSON, after they set T (their
# temporary directory). No python3 or jq: tests/json.c, compiled on first
# use with the C compiler of this machine (HOSTCC, default cc).
#   json_values [-l] FILE   0 when FILE is strict JSON in valid UTF-8 (-l:
#                           JSON Lines); prints every value on a line,
#                           "PATH<TAB>VALUE" (see tests/json.c)
json_values() {
	if [ ! -x "$T/json" ] && ! ${HOSTCC:-cc} -std=c99 -O2 -o "$T/json" tests/json.c; then
		echo "  cannot compile tests/json.c with ${HOSTCC:-cc}" >&2
		return 2
	fi
	"$T/json" "$@"
}
