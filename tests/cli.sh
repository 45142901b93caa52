#!/bin/sh
# CLI tests: each runs the tool and checks stdout, stderr and the exit
# status. Prints PASS/FAIL/SKIP lines for tests/run.sh to count.
# usage: cli.sh BUILD-DIR EXE-SUFFIX [WRAPPER]
set -u
build=$1
exe=${2:-}
wrap=${3:-}
tool="$build/wsaerr$exe"
golden=tests/golden
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# Locale-independent defaults; single tests override.
unset LC_ALL LC_MESSAGES LANGUAGE NO_COLOR COLUMNS
LANG=C.UTF-8
export LANG

. tests/json.sh
fails=0
note() { printf '  %s\n' "$*"; fails=$((fails + 1)); }

# run ARGS...: runs the tool with stdin from /dev/null; leaves $rc, $T/o
# and $T/e (carriage returns removed, for Wine).
run() {
	$wrap "$tool" "$@" > "$T/out" 2> "$T/err" < /dev/null
	rc=$?
	tr -d '\r' < "$T/out" > "$T/o"
	tr -d '\r' < "$T/err" > "$T/e"
}

# want_rc N / want_out TEXT / want_err TEXT / want_no_err / want_no_out /
# want_golden FILE: assertions on the last run.
want_rc() { [ "$rc" = "$1" ] || note "exit status $rc, wanted $1"; }
want_out() { grep -qF -- "$1" "$T/o" || note "stdout lacks: $1"; }
want_not_out() { ! grep -qF -- "$1" "$T/o" || note "stdout has: $1"; }
want_err() { grep -qF -- "$1" "$T/e" || note "stderr lacks: $1 (it says: $(head -c 300 "$T/e"))"; }
want_no_err() { [ ! -s "$T/e" ] || note "stderr not empty: $(head -c 300 "$T/e")"; }
want_no_out() { [ ! -s "$T/o" ] || note "stdout not empty: $(head -c 300 "$T/o")"; }
# want_json "PATH VALUE"...: stdout is JSON (tests/json.c, no jq needed)
# and has each VALUE at its PATH, as json_values prints them
want_json() {
	json_values "$T/o" > "$T/v" || { note "stdout is not JSON: $(head -c 200 "$T/o")"; return; }
	for pv in "$@"; do
		grep -qxF "$(printf '%s\t%s' "${pv%% *}" "${pv#* }")" "$T/v" || note "JSON lacks $pv"
	done
}
want_golden() {
	if ! cmp -s "$T/o" "$golden/$1"; then
		note "stdout differs from $golden/$1:"
		diff "$golden/$1" "$T/o" | head -20 | sed 's/^/    /'
	fi
}

# A code line of wsaerr list starts with the code: a number, an HRESULT in
# hex (IXP) or the key of a system whose codes are their names; list_names
# prints the name of every code line.
codes_re='^ *([0-9]+|0x[0-9A-F]+|smtp|enh|pop3|imap)  '
list_names() {
	$wrap "$tool" list < /dev/null | tr -d '\r' | awk -v re="$codes_re" '$0 ~ re {print $2}'
}

# run_all_names [OPTION...]: looks every name up, in two halves, into $T/o;
# the status is the worse of the two. One run with all 596 names (12 KB of
# command line) once exited 1 under Wine in CI, which did not happen again
# in the same suite run locally; two shorter runs keep each well clear of
# Windows' command-line limits.
run_all_names() {
	list_names > "$T/names"
	half=$(( $(wc -l < "$T/names") / 2 ))
	# shellcheck disable=SC2046
	run "$@" $(head -n "$half" "$T/names")
	cp "$T/o" "$T/o.first"
	first_rc=$rc
	# shellcheck disable=SC2046
	run "$@" $(tail -n +"$((half + 1))" "$T/names")
	cat "$T/o.first" "$T/o" > "$T/o.all"
	mv "$T/o.all" "$T/o"
	[ "$first_rc" -gt "$rc" ] && rc=$first_rc
	return 0
}

# t NAME: ends the previous test, starts a new one.
current=
t() {
	finish
	current=$1
	fails=0
}
finish() {
	if [ -n "$current" ]; then
		if [ "$fails" -eq 0 ]; then echo "PASS cli/$current"; else echo "FAIL cli/$current"; fi
	fi
	current=
}
skip() { echo "SKIP cli/$1: $2"; }

# ---------------------------------------------------------------- lookups
t lookup_decimal
run 10054
want_rc 0; want_no_err
want_out "WSAECONNRESET  10054 (0x2746)"
want_out "What to check:"
want_out "POSIX errno: ECONNRESET"
want_golden lookup_10054.en.txt

for q in econnreset WSAECONNRESET wsa_econnreset 0x2746 0X2746 0x80072746 -2147014842 2147952454 " 10054 "; do
	t "lookup_form_$(echo "$q" | tr -c 'A-Za-z0-9\n' _)"
	run "$q"
	want_rc 0; want_no_err
	want_out "WSAECONNRESET  10054 (0x2746)"
done

t lookup_hresult_shows_reading
run 0x80072746
want_out "Read as: HRESULT 0x80072746 -> WSAECONNRESET (10054)"

# ---------------------------------------------------------------- other systems
t lookup_ntstatus_value
run 0xC000020D
want_rc 0; want_no_err
want_out "Read as: NTSTATUS 0xC000020D (STATUS_CONNECTION_RESET) -> WSAECONNRESET (10054)"
want_out "WSAECONNRESET  10054 (0x2746)"

t lookup_ntstatus_name
run status_connection_reset
want_rc 0
want_out "Read as: NTSTATUS 0xC000020D (STATUS_CONNECTION_RESET) -> WSAECONNRESET (10054)"

t lookup_hresult_nt_bit
run 0xD000020D
want_rc 0
want_out "Read as: HRESULT 0xD000020D (STATUS_CONNECTION_RESET) -> WSAECONNRESET (10054)"

t lookup_win32_code
run 64
want_rc 0; want_no_err
want_out "ERROR_NETNAME_DELETED  64 (0x40)"
want_out "Winsock equivalent: WSAECONNRESET (10054)"
want_out "POSIX errno: ECONNRESET"

t lookup_win32_name
run ERROR_NETNAME_DELETED 1225 error_host_down
want_rc 0
want_out "ERROR_NETNAME_DELETED  64 (0x40)"
want_out "ERROR_CONNECTION_REFUSED  1225 (0x4C9)"
want_out "ERROR_HOST_DOWN  1256 (0x4E8)"

t lookup_several_readings_labelled
run 8
want_rc 0
want_out "Read as: Winsock code 8 (WSA_NOT_ENOUGH_MEMORY)"
want_out "Read as: Win32 error 8 (ERROR_NOT_ENOUGH_MEMORY) -> WSA_NOT_ENOUGH_MEMORY (8)"
want_out "Read as: getaddrinfo result 8 (EAI_MEMORY) -> WSA_NOT_ENOUGH_MEMORY (8)"
[ "$(grep -c '^WSA_NOT_ENOUGH_MEMORY  8' "$T/o")" -eq 1 ] || note "the row is shown more than once"

t lookup_errno_name
run EAGAIN
want_rc 0
want_out "(EAGAIN) -> WSAEWOULDBLOCK (10035)"

t lookup_errno_option_not_a_number
run --errno abc
want_rc 2; want_err "'abc' is not a number"

t lookup_errno_option_missing
run --errno
want_rc 2; want_err "option '--errno' needs a value"

t lookup_json_systems
run --json 0xC000020D 64
want_rc 0
want_out '"system":"ntstatus","value":3221225997,"value_name":"STATUS_CONNECTION_RESET","wsa":10054,"code":10054'
want_out '"system":"win32","value":64,"value_name":"ERROR_NETNAME_DELETED","wsa":10054,"code":64'

finish
if [ -z "$wrap" ] && [ "$(uname -s)" = Linux ]; then
	# errno and EAI numbers of this host: Linux/glibc values.
	t lookup_errno_option
	run --errno 104
	want_rc 0; want_no_err
	want_out "Read as: errno on this system 104 (ECONNRESET) -> WSAECONNRESET (10054)"
	t lookup_eai_option
	run --eai -2
	want_rc 0
	want_out "Read as: getaddrinfo result -2 (EAI_NONAME) -> WSAHOST_NOT_FOUND (11001)"
	t lookup_errno_without_equivalent
	run --errno 2
	want_rc 1
	want_out "errno on this system 2 (No such file or directory): no Windows Sockets equivalent"
	t lookup_errno_json_without_equivalent
	run --json --errno 2
	want_rc 1
	want_out '"system":"errno","value":2,"value_name":null,"wsa":null,"code":null'
	finish
else
	skip lookup_errno_option "errno and EAI numbers are checked on Linux only"
fi

t lookup_zero_is_success
run 0
want_rc 0; want_no_err
want_out "NO_ERROR  0 (0x0)"
want_out "Directly send error"
want_out "the socket layer reported no error"

t lookup_alias_names
run WSANO_ADDRESS EAI_NODATA ERROR_IO_PENDING wsa_qos_eunknownpsobj EAI_NONAME
want_rc 0; want_no_err
want_out "WSANO_DATA  11004"
want_out "WSA_IO_PENDING  997"
want_out "WSA_QOS_EUNKOWNPSOBJ  11024"
want_out "WSAHOST_NOT_FOUND  11001"
want_out "Also known as: WSANO_ADDRESS, EAI_NODATA"

t lookup_twin
run 10102
want_out "Same meaning as: WSA_E_NO_MORE (10110)"

t lookup_several
run 10061 11001
want_rc 0
want_out "WSAECONNREFUSED  10061"
want_out "WSAHOST_NOT_FOUND  11001"

t lookup_unknown_number
run 12345
want_rc 1; want_no_out
want_err "wsaerr: 12345: Unknown Windows Sockets error 12345 (0x3039)"

t lookup_unknown_name
run NOSUCHNAME
want_rc 1; want_no_out
want_err "wsaerr: NOSUCHNAME: not found"

t lookup_mixed_found_and_not
run 10054 12345
want_rc 1
want_out "WSAECONNRESET"
want_err "12345"

t lookup_malformed_is_usage_error
run 12abc
want_rc 2; want_no_out
want_err "wsaerr: '12abc': unexpected characters after the number"

t lookup_malformed_wins_over_not_found
run 10054 12345 0x
want_rc 2
want_out "WSAECONNRESET"
want_err "a number needs digits"

t lookup_empty_argument
run ""
want_rc 2; want_err "empty query"

t lookup_blank_argument
run "   "
want_rc 2; want_err "empty query"

t lookup_dash_is_standard_input
run -
want_rc 2; want_err "wsaerr: nothing to look up"
printf '10054\n' | $wrap "$tool" - > "$T/out" 2> "$T/err"; rc=$?
tr -d '\r' < "$T/out" > "$T/o"
want_rc 0; want_out "WSAECONNRESET  10054"

t lookup_past_64_bits
run 123456789012345678901234567890
want_rc 2; want_err "does not fit in 32 bits"

t lookup_huge_hex
run 0xFFFFFFFFFFFFFFFFFFFF
want_rc 2; want_err "does not fit in 32 bits"

t lookup_not_a_name_is_text_with_nothing_found
run 'é%'
want_rc 1; want_err "'é%': no Winsock error found"
want_err "Try 'wsaerr search é%'"

t lookup_invalid_utf8
run "$(printf 'ECONN\377\376')"
want_rc 1; want_no_out; want_err "no Winsock error found"

t lookup_random_bytes
# Random bytes (no NUL: an argument cannot hold one) never crash the tool:
# each is a usage error or not found, with a diagnostic.
i=0
while [ $i -lt 20 ]; do
	arg=$(head -c 64 /dev/urandom | tr -d '\000')
	run "$arg"
	case $rc in 1|2) ;; *) note "exit status $rc for random bytes" ;; esac
	grep -q '^wsaerr: ' "$T/e" || note "no diagnostic for random bytes"
	i=$((i + 1))
done

t conflicting_options
run --errno 5 list
want_rc 2; want_no_out; want_err "'--errno' cannot be combined with 'list'"
run search refused --eai -2
want_rc 2; want_err "'--eai' cannot be combined with 'search'"

t lookup_after_double_dash
run -- -5
want_rc 1; want_err "Unknown Windows Sockets error -5 (0xFFFFFFFB)"

t lookup_long_argument
# Linux takes up to 128 KiB in one argument, Windows 32 KiB in a whole
# command line.
if [ -n "$wrap" ]; then size=30000; else size=120000; fi
big=$(head -c $size /dev/zero | tr '\0' A)
run "$big"
want_rc 1; want_err "not found"

# ---------------------------------------------------------------- list, search
t list_golden
run list
want_rc 0; want_no_err
want_golden list.en.txt

t list_json_golden
run --json list
want_rc 0; want_no_err
want_golden list.json

t list_one_line_per_code
run list
# one code line per code (a name longer than its column has its message
# on the next line)
n=$(grep -cE "$codes_re" "$T/o")
[ "$n" -eq 596 ] || note "list has $n code lines"

t list_takes_no_arguments
run list extra
want_rc 2; want_no_out; want_err "'list' takes no arguments"

t search_finds
run search refused connection
want_rc 0; want_no_err
want_out "10061  WSAECONNREFUSED"
want_not_out "WSAECONNRESET"

t search_case_insensitive
run search DNS SERVERS
want_rc 0
want_out "11002  WSATRY_AGAIN"

t search_by_alias
run search eai_fail
want_rc 0; want_out "11003  WSANO_RECOVERY"

t search_no_match
run search nosuchwordanywhere
want_rc 1; want_no_out
want_err "wsaerr: no code matches: nosuchwordanywhere"

t search_needs_words
run search
want_rc 2; want_err "search needs at least one word"

t search_json
run --json search refused connection
want_rc 0
want_out '"name":"WSAECONNREFUSED"'

# ---------------------------------------------------------------- JSON
t json_lookup_keys
run --json 0x80072746
want_rc 0; want_no_err
for k in '"query":"0x80072746"' '"system":"hresult"' '"value":2147952454' '"wsa":10054' '"code":10054' '"hex":"0x2746"' \
         '"name":"WSAECONNRESET"' '"aliases":[]' '"message":' '"explanation":' '"checks":["' \
         '"category":"connection"' '"transient":true' '"errno":"ECONNRESET"' '"same_as":null' '"lang":"en"'; do
	want_out "$k"
done

t json_not_found_is_empty_array
run --json 12345
want_rc 1
[ "$(cat "$T/o")" = "[]" ] || note "stdout is not []: $(cat "$T/o")"

t json_is_valid
run --json list
want_json '. array 596'
# every entry has at least one check
awk -F'\t' '$1 ~ /^\.\[[0-9]+\]$/ { n++ } $1 ~ /^\.\[[0-9]+\]\.checks$/ && $2 ~ /^array [1-9]/ { c++ }
	END { exit !(n > 0 && c == n) }' "$T/v" || note "an entry of list JSON has no checks"
run --json 10054 WSANO_ADDRESS 0
want_json '. array 4' '.[1].aliases array 2' '.[1].aliases[0] "WSANO_ADDRESS"' '.[1].aliases[1] "EAI_NODATA"' \
	'.[2].errno null' '.[3].system "win32"'
run --json search nosuchword
want_json '. array 0'

# ---------------------------------------------------------------- options
t help
run --help
want_rc 0; want_no_err
want_out "usage: wsaerr [options] QUERY..."
want_out "exit status: 0 all found, 1 something not found or no match,"

t help_short
run -h
want_rc 0; want_out "usage:"

t version
run --version
want_rc 0; want_no_err
want_out "wsaerr $(sed -n 's/^#define WSAERR_VERSION "\(.*\)"/\1/p' include/wsaerr.h)"

t no_arguments
run
want_rc 2; want_no_out
want_err "wsaerr: nothing to look up"
want_err "Try 'wsaerr --help'"

t unknown_option
run --bogus 10054
want_rc 2; want_no_out
want_err "wsaerr: unknown option '--bogus'"

t unknown_short_option
run -x
want_rc 2; want_err "unknown option '-x'"

t lang_unknown
run --lang xx 10054
want_rc 2; want_no_out
want_err "unknown language 'xx'"

t lang_empty
run --lang= 10054
want_rc 2; want_err "unknown language ''"

t lang_missing_value
run 10054 --lang
want_rc 2; want_err "option '--lang' needs a value"

t lang_english_explicit
run --lang=en 10054
want_rc 0; want_golden lookup_10054.en.txt

t lang_from_unknown_locale_is_english
LANG=fr_FR.UTF-8
run 10054
LANG=C.UTF-8
want_rc 0; want_golden lookup_10054.en.txt

# ---------------------------------------------------------------- languages
for l in en es ko; do
	t "list_golden_$l"
	run --lang "$l" list
	want_rc 0; want_no_err
	want_golden "list.$l.txt"
	t "lookup_golden_$l"
	run --lang "$l" 10054
	want_rc 0; want_no_err
	want_golden "lookup_10054.$l.txt"
	# one lookup of each mail and Internet system (Makefile: GOLDEN_MAIL)
	for q in smtp:550 5.7.1 pop3:IN-USE imap:ALERT 0x800CCC0E 0x80072EE7 winhttp:12175; do
		f=lookup_$(echo "$q" | tr ':.' '__').$l.txt
		t "lookup_golden_${f%.txt}"
		run --lang "$l" "$q"
		want_rc 0; want_no_err
		want_golden "$f"
	done
	t "json_says_language_$l"
	run --lang "$l" --json 10054
	want_out "\"lang\":\"$l\""
	t "lines_fit_80_columns_$l"
	run_all_names --lang "$l"
	want_rc 0
	w=$(LC_ALL=C.UTF-8 wc -L < "$T/o")
	[ "$w" -le 79 ] || note "a lookup line is $w columns wide in $l"
	run --lang "$l" list
	w=$(LC_ALL=C.UTF-8 wc -L < "$T/o")
	[ "$w" -le 79 ] || note "a list line is $w columns wide in $l"
	run --lang "$l" --help
	w=$(LC_ALL=C.UTF-8 wc -L < "$T/o")
	[ "$w" -le 79 ] || note "a help line is $w columns wide in $l"
done

t lang_from_lc_all_first
LC_ALL=es_ES.UTF-8; LC_MESSAGES=ko_KR.UTF-8; LANG=en_US.UTF-8
export LC_ALL LC_MESSAGES
run 10054
want_out "El otro lado cortó la conexión"
t lang_from_lc_messages_second
LC_ALL=
run 10054
want_out "상대방이 연결을 강제로 끊음"
t lang_from_lang_last
LC_MESSAGES=
LANG=es_MX.UTF-8
run 10054
want_out "El otro lado cortó la conexión"
t lang_option_beats_environment
run --lang en 10054
want_out "The connection was reset by the other side"
unset LC_ALL LC_MESSAGES
LANG=C.UTF-8

t diagnostics_in_language
run --lang es --bogus
want_rc 2; want_err "wsaerr: opción desconocida '--bogus'"
want_err "Pruebe 'wsaerr --help'"
run --lang ko 12abc
want_rc 2; want_err "wsaerr: '12abc': 숫자 뒤에 예상하지 못한 문자가 있음"
run --lang es 12345
want_rc 1; want_err "Error de Windows Sockets desconocido 12345 (0x3039)"
run --lang ko NOSUCH
want_rc 1; want_err "NOSUCH: 찾을 수 없음"

t help_in_language
run --lang es --help
want_rc 0; want_out "uso: wsaerr [opciones] CONSULTA..."
want_out "idioma de los textos: en, es, ko"
run --lang ko -h
want_out "사용법: wsaerr [옵션] 쿼리..."

t search_any_language_without_accents
run search conexion corto
want_rc 0; want_out "10054  WSAECONNRESET"
run search CONEXIÓN RECHAZÓ
want_rc 0; want_out "10061  WSAECONNREFUSED"
run --lang ko search 거부
want_rc 0; want_out "10061  WSAECONNREFUSED              연결이 거부됨"

t options_after_queries
run 10054 --json
want_rc 0; want_out '"code":10054'

# ---------------------------------------------------------------- layout
t lines_fit_80_columns
run_all_names
want_rc 0
awk 'length($0) > 79 { print FILENAME ": line " NR " has " length($0) " columns"; bad = 1 } END { exit bad }' "$T/o" \
	> "$T/long" || note "$(head -3 "$T/long")"

t no_color_when_piped
run 10054
if grep -q "$(printf '\033')" "$T/o"; then note "escape sequence in piped output"; fi

finish
# A terminal for the tool: script(1) runs it on a pseudo-terminal, which
# needs /dev/pts (a bare chroot may not have it mounted).
if [ -n "$wrap" ]; then
	no_tty="needs a native build"
elif ! command -v script > /dev/null 2>&1; then
	no_tty="needs script(1) (apt-get install bsdutils)"
elif ! script -qec true /dev/null < /dev/null > /dev/null 2>&1; then
	no_tty="script(1) cannot open a pseudo-terminal here (is /dev/pts mounted?)"
else
	no_tty=
fi
if [ -z "$no_tty" ]; then
	t color_on_terminal
	script -qec "$tool 10054" /dev/null < /dev/null > "$T/tty" 2>&1
	grep -q "$(printf '\033\\[1m')" "$T/tty" || note "no bold on a terminal"
	t no_color_env_on_terminal
	NO_COLOR=1 script -qec "$tool 10054" /dev/null < /dev/null > "$T/tty" 2>&1
	! grep -q "$(printf '\033')" "$T/tty" || note "colour despite NO_COLOR"
	t no_color_option_on_terminal
	script -qec "$tool --no-color 10054" /dev/null < /dev/null > "$T/tty" 2>&1
	! grep -q "$(printf '\033')" "$T/tty" || note "colour despite --no-color"
	finish
else
	for n in color_on_terminal no_color_env_on_terminal no_color_option_on_terminal; do
		skip $n "$no_tty"
	done
fi

# ---------------------------------------------------------------- output errors
if [ -z "$wrap" ] && [ -w /dev/full ]; then
	t write_error_dev_full
	"$tool" list > /dev/full 2> "$T/e"
	rc=$?
	want_rc 3
	want_err "wsaerr: write error"
	t closed_pipe_is_quiet
	"$tool" list 2> "$T/e" | head -2 > "$T/o"
	want_no_err
	want_out "NO_ERROR"
	finish
else
	skip write_error_dev_full "needs /dev/full and a native build"
fi

# ---------------------------------------------------------------- man page
if [ -f "$build/wsaerr.1" ]; then
	t man_page_lists_every_code
	n=$(grep -c '^\.TP$' "$build/wsaerr.1")
	codes=$(grep -A1 '^\.SH CODES' "$build/wsaerr.1" | wc -l)
	for name in $(list_names); do
		grep -q "^$name: " "$build/wsaerr.1" || note "man page lacks $name"
	done
	: "$n" "$codes"
	finish
	if command -v man > /dev/null 2>&1 && [ -z "$wrap" ]; then
		t man_page_no_warnings
		MANWIDTH=80 man --warnings -l "$build/wsaerr.1" > /dev/null 2> "$T/e"
		want_no_err
		finish
	elif [ -n "$wrap" ]; then
		skip man_page_no_warnings "needs a native build"
	else
		skip man_page_no_warnings "man is not installed (apt-get install man-db)"
	fi
fi
finish

# ---------------------------------------------------------------- export
t export_json_is_the_catalogue
run export --format json
want_rc 0; want_no_err
want_json '. array 596' '.[0].name "NO_ERROR"'
grep -q '^\.\[[0-9]*\]\.code	64$' "$T/v" || note "the JSON export has no code 64"

t export_default_is_json
run export
want_rc 0; want_out '"name":"WSAECONNRESET"'

t export_csv
run export --format csv --lang es
want_rc 0; want_no_err
want_out '"code","hex","name","system","wsa","aliases","category","transient","errno","message","explanation","checks","lang"'
want_out '"10054","0x2746","WSAECONNRESET","wsa","10054","","connection","true","ECONNRESET","El otro lado cortó la conexión"'
[ "$(grep -c '^"-\{0,1\}[0-9]' "$T/o")" -eq 596 ] || note "CSV does not have 596 rows"

t export_markdown
run export --format=markdown --lang ko
want_rc 0
want_out "# Windows Sockets 오류 코드"
want_out '| [10054](#10054) | `WSAECONNRESET` | 상대방이 연결을 강제로 끊음 |'
want_out '## 10054 `WSAECONNRESET`'
# the mail codes as their systems write them, and no errno line for them
want_out '| [0x800CCC0E](#ixp-IXP_E_FAILED_TO_CONNECT) | `IXP_E_FAILED_TO_CONNECT` |'
want_out '## X.7.1 `X.7.1`'
[ "$(grep -c 'errno' "$T/o")" -eq 114 ] || note "an errno line for a mail or Internet row"

t export_html_self_contained
run export --format html
want_rc 0
want_out '<!DOCTYPE html>'
want_out '<article id="10054"'
want_out '<textarea id="q"'
want_out '<select id="lang"'
if grep -qiE '(src|href)="(https?:)?//' "$T/o"; then note "the page loads something from the network"; fi

t export_unknown_format
run export --format pdf
want_rc 2; want_no_out; want_err "unknown format 'pdf' (known: json, csv, markdown, html)"

t export_takes_no_arguments
run export 10054
want_rc 2; want_err "'export' takes no arguments"

t export_format_elsewhere
run --format csv 10054
want_rc 2; want_err "'--format' cannot be combined with '10054'"
run --json export
want_rc 2; want_err "'--json' cannot be combined with 'export'"

# ---------------------------------------------------------------- probe
t probe_bad_port
run probe 127.0.0.1 70000
want_rc 2; want_err "'70000' is not a port number (1 to 65535)"
run probe 127.0.0.1 http
want_rc 2; want_err "'http' is not a port number"

t probe_needs_two_arguments
run probe 127.0.0.1
want_rc 2; want_err "'probe' needs HOST PORT"

t probe_bad_timeout
run probe 127.0.0.1 9 --timeout 0
want_rc 2; want_err "'0' is not a timeout in seconds"
run probe 127.0.0.1 9 --timeout=abc
want_rc 2; want_err "'abc' is not a timeout in seconds"
run --timeout 3 10054
want_rc 2; want_err "'--timeout' cannot be combined with '10054'"
finish

# The listener helper is a native program; Wine shares the host's loopback.
listener=$build/tests/listener
[ -x "$listener" ] || listener=build/tests/listener
if [ -x "$listener" ]; then
	t probe_refused
	port=$("$listener" open & echo $! > "$T/pid")
	kill "$(cat "$T/pid")" 2> /dev/null
	wait 2> /dev/null
	run probe 127.0.0.1 "$port"
	want_rc 1
	want_out "Connecting to 127.0.0.1 port $port: failed"
	want_out "WSAECONNREFUSED  10061 (0x274D)"
	want_out "What to check:"

	# the first address of localhost: 127.0.0.1, or ::1 where /etc/hosts
	# lists it first (as Debian's does); the listener is on 127.0.0.1
	if first=$("$listener" first localhost); then
		t probe_connected
		rm -f "$T/port"
		"$listener" open > "$T/port" &
		lpid=$!
		i=0; while [ ! -s "$T/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
		run probe localhost "$(cat "$T/port")" --lang es
		want_rc 0; want_no_err
		want_out "Buscando localhost: $first"
		want_out "Conectando con 127.0.0.1, puerto $(cat "$T/port"): conectado, hay un servicio escuchando"
		kill $lpid 2> /dev/null; wait $lpid 2> /dev/null
	else
		finish
		skip probe_connected "localhost does not resolve here (/etc/hosts has no line for it)"
	fi

	t probe_timeout
	rm -f "$T/port"
	"$listener" full > "$T/port" &
	lpid=$!
	i=0; while [ ! -s "$T/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	run probe 127.0.0.1 "$(cat "$T/port")" --timeout 0.5
	want_rc 1
	want_out "WSAETIMEDOUT  10060 (0x274C)"
	kill $lpid 2> /dev/null; wait $lpid 2> /dev/null

	t probe_json
	run --json probe 127.0.0.1 "$port"
	want_rc 1
	want_out '{"step":"resolve","target":"127.0.0.1","ok":true}'
	want_out '"step":"connect","target":"127.0.0.1 port '"$port"'","ok":false,"error":{"system":"wsa","value":10061'
	finish

	if [ -z "$wrap" ] && unshare -n true 2> /dev/null; then
		# No route anywhere: the lookup cannot leave the machine.
		t probe_name_not_resolved
		unshare -n "$tool" probe no-such-host.invalid 80 > "$T/o" 2> "$T/e" < /dev/null
		rc=$?
		want_rc 1
		grep -qE "WSAHOST_NOT_FOUND|WSATRY_AGAIN|WSANO_RECOVERY" "$T/o" || note "no name-resolution code: $(head -3 "$T/o")"
		finish
	else
		skip probe_name_not_resolved "needs unshare -n so that no lookup leaves the machine"
	fi
else
	skip probe_network "needs the native build and tests/listener"
fi

# ---------------------------------------------------------------- man pages, examples
if [ -z "$wrap" ]; then
	for page in "$build/wsaerr.1" "$build/wsaerr.3"; do
		name=$(basename "$page")
		if [ ! -f "$page" ]; then
			skip "man_$name" "not built"
			continue
		fi
		if command -v man > /dev/null 2>&1; then
			t "man_${name}_no_warnings"
			MANWIDTH=80 man --warnings -l "$page" > /dev/null 2> "$T/e"
			want_no_err
			finish
		fi
	done
	if [ -f "$build/wsaerr.3" ]; then
		t man3_documents_every_function
		for f in $(sed -n 's/^WSAERR_API [^(]*[ *]\(wsaerr_[a-z_0-9]*\)(.*/\1/p' include/wsaerr.h); do
			grep -q "$f" "$build/wsaerr.3" || note "wsaerr(3) lacks $f"
		done
		finish
	fi
	for ex in docs/man/examples/*.c; do
		n=$(basename "$ex" .c)
		t "man_example_$n"
		# shellcheck disable=SC2086
		if ${CC:-cc} -std=c99 -Wall -Wextra -Wpedantic -Werror ${CFLAGS:-} -Iinclude -o "$T/$n" "$ex" "$build/libwsaerr.a" ${LDFLAGS:-} 2> "$T/e"; then
			"$T/$n" > "$T/o" 2>&1 || note "example $n exits $?: $(head -3 "$T/o")"
		else
			note "example $n does not compile: $(head -5 "$T/e")"
		fi
		finish
	done
	sh tests/completion.sh "$tool"
fi
finish

# ---------------------------------------------------------------- explain, scan
t explain_text
run explain "Socket Error: 10061, Error Number: 0x800CCC0E"
want_rc 0; want_no_err
want_out 'line 1: "10061" -> WSAECONNREFUSED (10061)'
want_out "WSAECONNREFUSED  10061 (0x274D)"
want_out "What to check:"

t explain_several_formats
run explain "[WinError 10054] An existing connection was forcibly closed by the remote host"
want_rc 0
want_out '-> WSAECONNRESET (10054)'
[ "$(grep -c '^line ' "$T/o")" -eq 1 ] || note "one reference should be one hit"

t explain_stdin_json
printf 'ok\nconnect ECONNREFUSED 127.0.0.1:3000\nwsarecv: An existing connection was forcibly closed by the remote host.\n' > "$T/in"
$wrap "$tool" --json explain < "$T/in" > "$T/out" 2> "$T/err"; rc=$?
tr -d '\r' < "$T/out" > "$T/o"; tr -d '\r' < "$T/err" > "$T/e"
want_rc 0; want_no_err
want_out '"wsa":10061,"system":"wsa","value":10061,"name":"WSAECONNREFUSED","start":11,"end":23,"line":2,"match":"ECONNREFUSED","evidence":"errno_name"'
want_out '"wsa":10054,"system":"wsa","value":10054,"name":"WSAECONNRESET"'
want_out '"evidence":"message","confidence":'
want_json '. array 2'
for k in wsa name start end match evidence confidence; do
	for i in 0 1; do
		grep -q "^\.\[$i\]\.$k	" "$T/v" || note "hit $i of explain JSON lacks $k"
	done
done

t explain_nothing
run explain "took 10054 ms on port 10061, issue #10060"
want_rc 1; want_no_out
want_err "wsaerr: no Winsock error found"

t explain_language
run --lang ko explain "Connection reset by peer"
want_rc 0
want_out '줄 1: "Connection reset by peer" -> WSAECONNRESET (10054)'
want_out "상대방이 연결을 강제로 끊음"

t scan_counts_sorted
printf 'Socket Error: 10061\nConnection reset by peer\nok 10054 ms\nWSAECONNRESET again\nrecv failed: WSAECONNRESET\n' > "$T/a.log"
printf 'SocketException (10060): boom\nConnection reset by peer\n' > "$T/b.log"
run scan "$T/a.log" "$T/b.log"
want_rc 0; want_no_err
want_out "     count   code  name             first .. last seen"
want_out "         4  10054  WSAECONNRESET    $T/a.log:2 .. $T/b.log:2"
want_out "         1  10061  WSAECONNREFUSED  $T/a.log:1 .. $T/a.log:1"
head -2 "$T/o" | tail -1 | grep -q 10054 || note "the most frequent code is not first"

t scan_json
run --json scan "$T/a.log"
want_rc 0
want_out '"wsa":10054,"system":"wsa","value":10054,"name":"WSAECONNRESET","count":3,"first":{"file":"'"$T"'/a.log","line":2},"last":{"file":"'"$T"'/a.log","line":5}'

# ---------------------------------------------------------------- mail
# The dialog of issue 12, as Outlook prints it.
dialog="The connection to the server has failed. Account: 'work', Server: 'smtp.example.com', Protocol: SMTP, Server Response: '554 5.7.1 <x@example.org>: Relay access denied', Port: 25, Secure(SSL): No, Server Error: 554, Socket Error: 10061, Error Number: 0x800CCC79"

t explain_mail_codes_named_by_their_system
run explain "$dialog"
want_rc 0; want_no_err
want_out 'line 1: "554" -> 554 (SMTP reply)'
want_out 'line 1: "5.7.1" -> 5.7.1 (enhanced mail status code)'
want_out 'line 1: "10061" -> WSAECONNREFUSED (10061)'
want_out 'line 1: "0x800CCC79" -> IXP_E_SMTP_REJECTED_RECIPIENTS (Outlook transport error 0x800CCC79)'
# then each code's block: Winsock first, then by system
want_out 'IXP_E_SMTP_REJECTED_RECIPIENTS  0x800CCC79 (Outlook transport error)'
want_out '  5.X.X: permanent failure'
[ "$(grep -c '^X.7.1  (enhanced mail status code)' "$T/o")" = 1 ] || note "X.7.1 block not once"

t explain_dialog_part_by_part
run explain "$dialog"
want_out "A mail program's error, part by part:"
want_out '  Account          work'
want_out '  Server response  554 5.7.1 <x@example.org>: Relay access denied'
want_out '                   554 (SMTP reply): The transaction failed'
want_out '  Port             25'
want_out '                   for sending mail (SMTP)'
want_out '  Socket error     10061'
want_out '                   WSAECONNREFUSED (10061): The connection was refused'
want_out 'What the parts say together:'
want_out '  - The server refused to pass the message on (an X.7.1 code in a 5xx reply)'
# in the order of the text, before the code blocks
awk '/part by part/ { d = NR } /^WSAECONNREFUSED  10061/ { b = NR } END { exit !(d && b && d < b) }' "$T/o" ||
	note "the dialog does not come before the code blocks"

for l in en es ko; do
	t "explain_dialog_golden_$l"
	run --lang "$l" explain "$dialog"
	want_rc 0; want_no_err
	want_golden "explain_dialog.$l.txt"
done

t explain_dialog_in_other_languages_and_from_stdin
printf '%s\n' "Konto: \"Test\", Server: \"smtp.beispiel.com\", Protokoll: SMTP, Serverantwort: \"550 <jemand@beispiel.com>... Relay verweigert\", Anschluss: 25, Secure (SSL): Nein, Serverfehler: 550, Fehlernummer: 0x800CCC79" > "$T/in"
$wrap "$tool" explain < "$T/in" > "$T/out" 2> "$T/err"; rc=$?
tr -d '\r' < "$T/out" > "$T/o"
want_rc 0
want_out '  Server response  550 <jemand@beispiel.com>... Relay verweigert'
want_out '  Error number     0x800CCC79'
want_out 'The mail program reports a refused recipient (0x800CCC79)'
# a dialog with no error code, only a port and SSL that do not match
run explain "Account: 'a', Server: 'smtp.example.com', Protocol: SMTP, Port: 465, Secure(SSL): No"
want_rc 0
want_out 'Port 465 expects encryption from the very first byte, but SSL is off'
run --lang es explain "Port: 25, Socket Error: 10060"
want_out 'Nada respondió en el puerto 25.'
# what a dialog's values hold goes to the terminal escaped
run explain "$(printf "Account: 'a\033[31mred', Server: 'b'")"
want_out 'a\x1B[31mred'
want_not_out "$(printf '\033')"

t explain_json_mail_hits
run --json explain "$dialog"
want_rc 0
want_out '{"wsa":null,"system":"smtp","value":554,"name":"554","start":'
want_out '{"wsa":null,"system":"enhanced","value":5007001,"name":"X.7.1",'
want_out '{"wsa":null,"system":"ixp","value":2148322425,"name":"IXP_E_SMTP_REJECTED_RECIPIENTS",'
want_out '{"wsa":10061,"system":"wsa","value":10061,"name":"WSAECONNREFUSED",'
want_not_out 'part by part'
run --json explain "Add Outlook.com 550 5.7.515 SMTP error"
want_out '{"wsa":null,"system":"enhanced","value":5007515,"name":null,'
want_out '"message":null,"explanation":null,"checks":[]'
run explain "Add Outlook.com 550 5.7.515 SMTP error"
want_out 'line 1: "5.7.515" -> 5.7.515 (enhanced mail status code)'
want_out '5.7.515  (enhanced mail status code: not found)'
want_out '  X.7.X: about security or the server'

t explain_no_smtp_reply_without_smtp_context
run explain "HTTP/1.1 500 Internal Server Error"
want_rc 1; want_no_out
run explain "mail server listening on port 465, took 250 ms"
want_rc 1; want_no_out

t scan_counts_mail_codes_per_system_and_value
printf '%s\n' "$dialog" "Jan 1 postfix/smtp[1]: to=<a@example.org>, dsn=5.1.1, status=bounced (host x said: 550 5.1.1 User unknown)" "GET /x HTTP/1.1 500 1234" "ERROR 0x80072EE7 WinHttpSendRequest" "Socket Error: 10061, Error Number: 0x800CCC0E" > "$T/mail.log"
run scan "$T/mail.log"
want_rc 0; want_no_err
want_out '     count        code  name                             first .. last seen'
want_out '         2       10061  WSAECONNREFUSED                  '
want_out '         2         554  (SMTP reply)                     '
want_out '         2       5.1.1  (enhanced mail status code)      '
want_out '         1       5.7.1  (enhanced mail status code)      '
want_out '         1  0x800CCC79  IXP_E_SMTP_REJECTED_RECIPIENTS   '
want_out '         1       12007  ERROR_WINHTTP_NAME_NOT_RESOLVED  '
want_not_out ' 500  ('  # the code column: the temporary directory's name may hold 500
run --json scan "$T/mail.log"
want_out '{"wsa":null,"system":"smtp","value":550,"name":"550","count":1,'
want_out '{"wsa":null,"system":"winhttp","value":12007,"name":"ERROR_WINHTTP_NAME_NOT_RESOLVED","count":1,'
run scan -j 2 "$T/mail.log"
$wrap "$tool" scan "$T/mail.log" 2>&1 | tr -d '\r' | cmp -s - "$T/o" || note "-j 2 counts differ"

t scan_stdin
$wrap "$tool" scan < "$T/a.log" > "$T/out" 2> "$T/err"; rc=$?
tr -d '\r' < "$T/out" > "$T/o"
want_rc 0; want_out "-:1 .. -:1"

t scan_missing_file_others_still_scanned
run scan "$T/no-such-file.log" "$T/a.log"
want_rc 3
want_err "wsaerr: cannot read $T/no-such-file.log:"
want_out "WSAECONNRESET"

t scan_directory
run scan "$T"
want_rc 3
want_err "wsaerr: cannot read $T:"

# Root reads every file: as root, the tool runs as nobody for this test.
as_user=
if [ "$(id -u)" = 0 ] && command -v setpriv > /dev/null 2>&1; then
	as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
if [ -z "$wrap" ] && { [ "$(id -u)" != 0 ] || [ -n "$as_user" ]; }; then
	t scan_unreadable_file
	printf 'WSAECONNRESET\n' > "$T/secret.log"
	chmod 000 "$T/secret.log"
	chmod 755 "$T"
	chmod 644 "$T/a.log"
	$as_user "$tool" scan "$T/secret.log" "$T/a.log" > "$T/o" 2> "$T/e" < /dev/null
	rc=$?
	want_rc 3; want_err "cannot read $T/secret.log: Permission denied"
	want_out "WSAECONNRESET"
	chmod 600 "$T/secret.log"
	finish
else
	skip scan_unreadable_file "root reads every file, and setpriv is not installed"
fi

t scan_nothing_found
printf 'all good\n' > "$T/c.log"
run scan "$T/c.log"
want_rc 1; want_no_out; want_err "no Winsock error found"

t scan_binary_junk
head -c 200000 /dev/urandom > "$T/junk.bin"
printf '\0\0WSAETIMEDOUT\0\0' >> "$T/junk.bin"
run scan "$T/junk.bin"
case $rc in 0|1) ;; *) note "exit status $rc on binary junk" ;; esac
want_out "WSAETIMEDOUT"

t scan_long_lines
{ head -c 300000 /dev/zero | tr '\0' x; printf ' Connection refused '; head -c 300000 /dev/zero | tr '\0' y; printf '\n'; } > "$T/long.log"
run scan "$T/long.log"
want_rc 0
want_out "         1  10061  WSAECONNREFUSED  $T/long.log:1 .. $T/long.log:1"

t scan_and_explain_need_no_options
run --errno 5 scan
want_rc 2; want_err "'--errno' cannot be combined with 'scan'"
finish

if [ -z "$wrap" ]; then
	# A 1 GB line on stdin: memory stays bounded (the scanner keeps 8 KB
	# of it), for scan and for explain. tests/maxrss.c writes the tool's
	# peak memory in KB, as /usr/bin/time -f %M does.
	t scan_one_gigabyte_line_bounded_memory
	${HOSTCC:-cc} -std=c99 -O2 -o "$T/maxrss" tests/maxrss.c || note "cannot compile tests/maxrss.c"
	{ head -c 1073741824 /dev/zero | tr '\0' a; printf ' WSAECONNRESET\n'; } |
		"$T/maxrss" "$tool" scan > "$T/o" 2> "$T/e"
	rc=$?
	want_rc 0; want_out "WSAECONNRESET"
	kb=$(tail -1 "$T/e")
	[ "$kb" -lt 65536 ] || note "scan used $kb KB for a 1 GB line"
	t explain_one_gigabyte_line_bounded_memory
	{ head -c 1073741824 /dev/zero | tr '\0' b; printf ' ECONNREFUSED\n'; } |
		"$T/maxrss" "$tool" explain > "$T/o" 2> "$T/e"
	rc=$?
	want_rc 0; want_out "-> WSAECONNREFUSED (10061)"
	kb=$(tail -1 "$T/e")
	[ "$kb" -lt 65536 ] || note "explain used $kb KB for a 1 GB line"
	finish
else
	skip scan_one_gigabyte_line_bounded_memory "needs a native build"
	skip explain_one_gigabyte_line_bounded_memory "needs a native build"
fi
finish

# ---------------------------------------------------------------- what people paste
# An operand that is not a query is text, read by the recognizer.
t paste_socket_error
run "Socket Error: 10061"
want_rc 0; want_no_err
want_out 'Read as text: "10061" (a code beside words of an error) -> WSAECONNREFUSED'
want_out "WSAECONNREFUSED  10061 (0x274D)"

t paste_winerror
run "[WinError 10054]"
want_rc 0; want_no_err
want_out "WSAECONNRESET  10054 (0x2746)"

t paste_windows_message
run "An existing connection was forcibly closed by the remote host"
want_rc 0; want_no_err
want_out "(a message that Windows or a library prints) -> WSAECONNRESET"
want_out "WSAECONNRESET  10054 (0x2746)"

t paste_words_are_one_text
run connection refused
want_rc 0; want_no_err
want_out "WSAECONNREFUSED  10061"
[ "$(grep -c '^WSA' "$T/o")" -eq 1 ] || note "two words gave more than one answer"

t paste_context_words_are_not_errors
run Socket Error: 10061
want_rc 0; want_no_err
want_out "WSAECONNREFUSED  10061"

t paste_queries_and_text_together
run 11001 connection refused
want_rc 0; want_no_err
want_out "WSAHOST_NOT_FOUND  11001"
want_out "WSAECONNREFUSED  10061"

t paste_nothing_found_hints_search
run connection foo
want_rc 1; want_no_out
want_err "wsaerr: 'connection foo': no Winsock error found"
want_err "Try 'wsaerr search connection foo'"

t paste_json_says_how_it_was_read
run --json "Socket Error: 10061"
want_rc 0
want_out '"query":"Socket Error: 10061","read_as":"text","match":"10061","evidence":"code"'
run --json 10054
want_out '"query":"10054","read_as":"query","match":null,"evidence":null'

t typo_suggests_closest_name
run econreset
want_rc 1; want_err "wsaerr: econreset: not found"
want_err "did you mean WSAECONNRESET?"
run WSAETIMEOUT
want_err "did you mean WSAETIMEDOUT?"
run --lang es econnrefsed
want_err "¿quiso decir WSAECONNREFUSED?"

t typo_far_from_every_name_no_suggestion
run NOSUCHNAME
want_rc 1
! grep -q "did you mean" "$T/e" || note "suggests a name for NOSUCHNAME: $(cat "$T/e")"
want_err "Try 'wsaerr search NOSUCHNAME'"

t stdin_queries_when_piped
printf '10054\n\nSocket Error: 10061\r\n' | $wrap "$tool" > "$T/out" 2> "$T/err"; rc=$?
tr -d '\r' < "$T/out" > "$T/o"; tr -d '\r' < "$T/err" > "$T/e"
want_rc 0; want_no_err
want_out "WSAECONNRESET  10054"
want_out "WSAECONNREFUSED  10061"

t stdin_queries_json
printf 'econnreset\n' | $wrap "$tool" --json > "$T/out" 2> "$T/err"; rc=$?
tr -d '\r' < "$T/out" > "$T/o"
want_rc 0; want_out '"name":"WSAECONNRESET"'

t minus_one_is_socket_error
run -1
want_rc 0; want_no_err
want_out "SOCKET_ERROR, INVALID_SOCKET  -1"
want_out "WSAGetLastError()"
run --json -1
want_rc 0
want_out '"value":-1,"value_name":"SOCKET_ERROR","wsa":null'
run --lang ko 0xFFFFFFFF
want_rc 0; want_out "호출이 실패함"

finish
for c in explain scan -; do
	if [ -z "$no_tty" ]; then
		t "terminal_input_says_what_it_waits_for_$c"
		script -qec "$tool $c" /dev/null < /dev/null > "$T/tty" 2>&1
		grep -q "paste the text, then press Ctrl-D" "$T/tty" || note "no word on the terminal: $(head -c 200 "$T/tty")"
		finish
	else
		skip "terminal_input_says_what_it_waits_for_$c" "$no_tty"
	fi
done
if [ -z "$wrap" ]; then
	t piped_input_is_read_silently
	printf 'WSAECONNRESET\n' | "$tool" explain > "$T/o" 2> "$T/e"
	want_no_err
	finish
fi

# ---------------------------------------------------------------- conventions
t long_options_take_equals
run --errno=abc
want_rc 2; want_err "'abc' is not a number"
run --eai=x
want_rc 2; want_err "'x' is not a number"
run export --format=csv
want_rc 0; want_out '"code","hex"'
run --lang=es 10054
want_rc 0; want_out "Windows dice"
run probe 127.0.0.1 9 --timeout=0
want_rc 2; want_err "'0' is not a timeout"
finish
if [ -z "$wrap" ] && [ "$(uname -s)" = Linux ]; then
	t long_options_take_equals_numbers
	run --errno=104 --eai=-2
	want_rc 0; want_no_err
	want_out "(ECONNRESET) -> WSAECONNRESET (10054)"
	want_out "(EAI_NONAME) -> WSAHOST_NOT_FOUND (11001)"
	finish
fi

t option_value_never_an_option
run --errno --lang es
want_rc 2; want_no_out; want_err "la opción '--errno' necesita un valor"
run --lang --json 10054
want_rc 2; want_err "option '--lang' needs a value"
run --format --json export
want_rc 2; want_err "option '--format' needs a value"

t help_and_readme_say_exit_status_3
run --help
want_out "3 output could not be written"
want_out "or an input of explain or scan could not be read."
grep -q "or an input of .explain. or .scan. could not be read" README.md || note "README does not say when the exit status is 3"
run --lang es --help
want_out "leer una entrada de explain o scan"
run --lang ko --help
want_out "scan의 입력을 읽지 못함"

t double_dash_option_is_named
run -- --json
want_rc 2; want_no_out
want_err "'--json' comes after '--', so it is read as a query, not as an option"
run -- -5
want_rc 1; want_err "Unknown Windows Sockets error -5"

t search_names_the_words_that_match_nothing
run search connection nosuchword
want_rc 1; want_no_out
want_err "wsaerr: no code matches: nosuchword"
! grep -q "connection" "$T/e" || note "names a word that matches: $(cat "$T/e")"
run search refused gopher
want_rc 1
want_err "no code matches all of these words together: refused gopher"

t search_number_finds_its_code
run search 10054
want_rc 0; want_out "10054  WSAECONNRESET"
run search 0x274d
want_rc 0; want_out "10061  WSAECONNREFUSED"

t search_quoted_phrase
run search '"was refused"'
want_rc 0; want_out "10061  WSAECONNREFUSED"
run search '"refused' 'was"'
want_rc 1; want_err 'no code matches: "refused was"'
run search "reset by the other side"
want_rc 0; want_out "10054  WSAECONNRESET"
want_not_out "WSAECONNREFUSED"

t language_list_as_gnu_programs
LANG=es_ES.UTF-8 LANGUAGE=ko:es
export LANGUAGE
run 10054
want_out "Windows 메시지"
LANGUAGE=fr:es
run 10054
want_out "Windows dice"
LANGUAGE=fr
run 10054
want_out "Windows dice"
LANG=C LANGUAGE=ko:es
run 10054
want_out "Windows says"
LANG=en_US.UTF-8 LANGUAGE=es
run 10054
want_out "Windows dice"
run --lang en 10054
want_out "Windows says"
unset LANGUAGE
LANG=C.UTF-8

# ---------------------------------------------------------------- layout
t lookups_fit_the_terminal_width
names=$(list_names)
for l in en es ko; do
	for cols in 60 100; do
		# shellcheck disable=SC2086
		COLUMNS=$cols run --lang "$l" $names "Socket Error: 10061" -1
		w=$(LC_ALL=C.UTF-8 wc -L < "$T/o")
		[ "$w" -lt "$cols" ] || note "a lookup line is $w columns wide in $l at COLUMNS=$cols"
	done
	COLUMNS=60 run --lang "$l" --help
	w=$(LC_ALL=C.UTF-8 wc -L < "$T/o")
	[ "$w" -le 70 ] || note "a help line is $w columns wide in $l at COLUMNS=60"
done
COLUMNS=120 run 10054
[ "$(LC_ALL=C.UTF-8 wc -L < "$T/o")" -gt 80 ] || note "COLUMNS=120 does not widen the text"

t list_heading_per_system_numeric_order
run list
want_rc 0
want_out "Winsock codes (WSAGetLastError)"
want_out "Win32 errors of socket I/O (GetLastError, overlapped I/O)"
want_out "SMTP replies ("
want_out "WinHTTP errors ("
# numeric order within each system, and the message column of each
# system in one place, however long its names
# (a name longer than its column has its message on the next line); the
# Winsock, Win32 and the seven mail and Internet systems
COLUMNS=1000 run list
awk -v re="$codes_re" '
	$0 ~ re {
		if (NF > 2) {
			match($0, /^ *[^ ]+  [^ ]+ +/)
			if (col[sec] && col[sec] != RLENGTH) { print "column moves at " $2; bad = 1 }
			col[sec] = RLENGTH
		}
		if ($1 !~ /^[0-9]+$/)
			next
		if (seen[sec] && $1 + 0 <= last[sec]) { print "out of order at " $2; bad = 1 }
		last[sec] = $1 + 0; seen[sec] = 1
		next
	}
	/^[^ ]/ { sec++ }
	END { if (sec != 9) { print sec " headings"; bad = 1 }; exit bad }' "$T/o" > "$T/why" || note "$(head -3 "$T/why")"
run --lang ko list
want_out "소켓 I/O의 Win32 오류"
run export --format markdown
want_out "## Winsock codes (WSAGetLastError)"
want_out "## Win32 errors of socket I/O (GetLastError, overlapped I/O)"
want_out "## Outlook transport errors ("
if [ -f "$build/wsaerr.1" ]; then
	grep -q '^\.SS Winsock codes' "$build/wsaerr.1" || note "man page lacks the Winsock heading"
	grep -q '^\.SS Win32 errors' "$build/wsaerr.1" || note "man page lacks the Win32 heading"
	grep -q '^\.SS Enhanced mail status codes' "$build/wsaerr.1" || note "man page lacks the enhanced heading"
fi

t long_names_keep_the_columns
COLUMNS=1000 run list
line=$(grep 'ERROR_ADDRESS_ALREADY_ASSOCIATED' "$T/o")
other=$(grep 'ERROR_NETNAME_DELETED' "$T/o")
[ "$(printf '%s' "$line" | sed 's/\(.*ASSOCIATED *\).*/\1/' | wc -c)" = \
  "$(printf '%s' "$other" | sed 's/\(.*DELETED *\).*/\1/' | wc -c)" ] || note "the long name moves the message column"

t korean_help_columns_line_up
run --lang ko --help
# within each block, every description starts in the same display column
prev=; block=0
while IFS= read -r line; do
	case $line in
	'') block=$((block + 1)); prev= ;;
	'  '[!\ ]*'  '*)
		prefix=$(printf '%s\n' "$line" | sed 's/^\(  [^ ].*[^ ]  *\)[^ ].*/\1/')
		case $prefix in *'  '*'  '*) prefix=$(printf '%s\n' "$line" | sed 's/^\(  [^ ]\([^ ]\| [^ ]\)*  *\).*/\1/') ;; esac
		w=$(printf '%s' "$prefix" | LC_ALL=C.UTF-8 wc -L)
		if [ -n "$prev" ] && [ "$w" != "$prev" ]; then note "block $block: column $w after $prev: $line"; fi
		prev=$w ;;
	esac
done < "$T/o"

t scan_headers_translated
printf 'WSAECONNRESET\n' > "$T/s.log"
run --lang es scan "$T/s.log"
want_rc 0
want_out "código  nombre"
run --lang ko scan "$T/s.log"
want_out "코드  이름"

# ---------------------------------------------------------------- texts
t non_failures_get_no_retry_advice
for c in 0 11005 10101 10102 10110 11009 997 1226; do
	run "$c"
	if grep -q "Retry:" "$T/o"; then note "$c gives retry advice"; fi
done
run 10054
want_out "Retry: usually temporary"

t windows_says_what_windows_prints
run 10054
want_out 'Windows says: "An existing connection was forcibly closed by the remote host"'
COLUMNS=200 run --lang es 10061
want_out 'Windows dice: "No se puede establecer una conexión ya que el equipo de destino'
run --json 10054
want_out '"windows_message":{"en":"An existing connection was forcibly closed by the remote host"'
want_out '"es":"Se ha forzado la interrupción de una conexión existente por el host remoto"'
COLUMNS=200 run --lang ko 10035
want_out 'Windows 메시지: "비동기 소켓 작업을 즉시 완료하지 못했습니다"'
COLUMNS=200 run --lang ko 10036
want_out 'Windows 메시지 (en): "A blocking operation is currently executing"'
run --json 11005
want_out '"failure":false'
t glossaries_choose_the_words_of_the_texts
grep -q '^| to reset (a connection) | cortar' docs/glossary.es.md || note "the Spanish glossary still resets connections with another word"
grep -q '^| to reset (a connection) | 강제로 끊다' docs/glossary.ko.md || note "the Korean glossary still resets connections with another word"
grep -q '^| the other side / peer | 상대방' docs/glossary.ko.md || note "the Korean glossary has no word for the other side"
finish

# ---------------------------------------------------------------- README
# The README's examples are what the tool prints.
if [ -z "$wrap" ]; then
	t readme_examples_are_current
	"$tool" 10061 > "$T/o"
	sed -n '/^\$ wsaerr 10061$/,/^```$/p' README.md | sed '1d;$d' > "$T/want"
	cmp -s "$T/o" "$T/want" || note "README's 'wsaerr 10061' differs from the tool"
	"$tool" 8 | head -4 > "$T/o"
	sed -n '/^\$ wsaerr 8$/,/^\.\.\.$/p' README.md | sed '1d;$d' > "$T/want"
	cmp -s "$T/o" "$T/want" || note "README's 'wsaerr 8' differs from the tool"
	finish
fi
