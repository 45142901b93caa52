#!/bin/sh
# explain on real text, as people paste it (issue 10): each case is a
# line of the kind the corpus holds, written here to pin one rule.
# usage: explain.sh BUILD-DIR EXE-SUFFIX [WRAPPER]
set -u
build=$1
exe=${2:-}
wrap=${3:-}
tool="$build/wsaerr$exe"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
LANG=C.UTF-8
export LANG
suite=explain
. "$(dirname "$0")/harness.sh"
# codes TEXT: the Winsock codes explain --json finds in TEXT, sorted.
codes() {
	printf '%s\n' "$1" | $wrap "$tool" --json explain 2>/dev/null | tr -d '\r' |
		grep -o '"wsa":[0-9][0-9]*' | cut -d: -f2 | sort -u | tr '\n' ' ' | sed 's/ $//'
}
# want TEXT CODES
want() {
	got=$(codes "$1")
	[ "$got" = "$2" ] || note "'$1': found '$got', wanted '$2'"
}
# mail TEXT: the codes of the mail and Internet systems explain --json
# finds in TEXT, as system:value, in order.
mail() {
	printf '%s\n' "$1" | $wrap "$tool" --json explain 2>/dev/null | tr -d '\r' |
		grep -o '"system":"[a-z]*","value":[0-9]*' | grep -v '"system":"wsa"' |
		sed 's/"system":"\([a-z]*\)","value":/\1:/' | tr '\n' ' ' | sed 's/ $//'
}
# want_mail TEXT CODES
want_mail() {
	got=$(mail "$1")
	[ "$got" = "$2" ] || note "'$1': found '$got', wanted '$2'"
}

t messages_however_blanks_and_case_fall
want "An existing connection was forcibly closed by the remote ho st" 10054
want "Co     nnection timed out" 10060
want "No connection could be made becausethe target machine actively refused it" 10061
want "Connection Reset By Peer" 10054
want "Connexion refusée" 10061

t messages_cut_or_reworded
want "An existing connection was forcibly closed by the remo" 10054
want "Connect reset by peer" 10054
want "no connection could be made, because the target machine activity refused it" 10061
want "Error: Requested address not valid in its context" 10049
want "An ooperation was attempted on something that is not a socket" 10038
want "A socket operation was atempted to an unreachable host" 10065
want "I keep getting \"forcibly closed by the remote host\" errors" 10054
want "Only one usage of each socket address" 10048
want "Error: An invalid operation was attempted" ""
want "Windows - CI - 995 The I/O operation has been aborted" 995
want "Connection failed: the semaphore timeout has expired" 10060

t numbers_by_their_context
want "It keeps saying error 10061" 10061
want "bind failed: 10022" 10022
want "Socket-Fehler: 10060, Fehlernummer: 0x800CCC0E" 10060
want "ConnectionResetError(10054, 'x', None, 10054, None)" 10054
want "listening on port 10054" ""
want "took 10061 ms" ""
want "Cloudflare API error code 10013" ""
want "Error code \`10004 Unknown guild\` is reported." ""
want "Fixes [Issue #10054](https://example.com/issues/10054)" ""
want "see https://example.com/issues/10054" ""
want "timeout=10060 retries=3" ""
want "Downloaded 11002 of 11033 files" ""
want "一直报10061" 10061
want "Socket Error #10061" 10061
want "Error#10060" 10060
want "see #10054" ""
want "connect: refused [system:10061]" 10061
want "localhost:10061" ""
want "Código de erro TCP 10061" 10061
want "TCP 10061 open" ""
want "error:8000274C:system library:BIO_connect:Unknown error" 10060
want "error:8000006F:system library::Connection refused" 10061
want "TCP Provider: Error 0x2746" 10054
want "NativeErrorCode: 10054" 10054
want "Получаю ошибку 10054" 10054

t own_timers_are_not_winsock_errors
want "curl: (28) Operation timed out after 10000 milliseconds with 0 bytes received" ""
want "Timed out waiting for device sda1" ""
want "port 443: Timed out" 10060
want "curl: (28) Connection timed out after 30001 milliseconds" ""
want "socket.timeout: timed out" ""

t names_in_odd_forms
want "recv failed: WSAEDISCON10101" 10101
want "wSAETIMEDOUT" 10060
want "connect() = -1 EINPROGRESS (Operation now in progress)" 10035
want "Yields WSAWOULDBLOCK instead" 10035
want "{error,econnrefused}" 10061
want "Error: socket hang up" 10054
want "%HTTPoison.Error{id: nil, reason: :etimedout}" 10060

t mail_codes_as_mta_logs_and_mail_programs_print_them
want_mail "Sep 7 13:35:41 mail postfix/lmtp[26538]: 81EE0980F16: to=<a@example.com>, relay=172.19.0.7[172.19.0.7]:2525, delay=0.72, dsn=5.1.1, status=bounced (host 172.19.0.7 said: 550 5.1.1 <a@example.com> User doesn't exist (in reply to RCPT TO command))" "enhanced:5001001 smtp:550 enhanced:5001001"
want_mail "SMTP error from remote mail server after RCPT TO:<a@example.nl>: 554 No relaying allowed" "smtp:554"
want_mail "stat=Deferred: 421 4.7.0 Try again later" "smtp:421 enhanced:4007000"
want_mail "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'" "smtp:550 enhanced:5007001"
want_mail "SMTP error: 535 5.7.8" "smtp:535 enhanced:5007008"
want_mail "Error SMTP sendmail: (535, b'5.7.8 Username and Password not accepted.')" "smtp:535 enhanced:5007008"
want_mail "Protocol: SMTP, Server Error: 554, Socket Error: 10061" "smtp:554"
want_mail "Socket-Fehler: 10060, Fehlernummer: 0x800CCC0E" "ixp:2148322318"
want_mail "WinHttpSendRequest: 0x80072EFD" "winhttp:12029"
want_mail "HTTP/1.1 503 Service Unavailable" ""
want_mail "Server Error: 554" ""
want_mail "listening on port 587, pid 550" ""
want_mail "postfix 2.2.4 is installed" ""


t a_code_typed_alone_is_a_low_confidence_reading
$wrap "$tool" explain 10061 > "$T/o" 2> "$T/e"
rc=$?
[ $rc -eq 0 ] || note "exit status $rc"
grep -q 'WSAECONNREFUSED' "$T/o" || note "10061 alone is not read"
grep -q 'low-confidence' "$T/o" || note "the reading is not marked"
$wrap "$tool" --json explain 0x2746 | grep -q '"confidence":30' || note "0x2746 alone: no confidence 30"
printf '10061\n' | $wrap "$tool" explain > /dev/null 2>&1 && note "a bare code read from standard input counts"
printf '10061\n' > "$T/f"
$wrap "$tool" scan "$T/f" > /dev/null 2>&1 && note "a bare code in scan counts"

finish
