#!/bin/sh
# Windows parity: tests/scenarios.c, one Winsock-style file, built twice
# (natively against <wsaerr_compat.h> with WSAERR_WRAP, and with MinGW-w64
# against the real Winsock), run, and compared line by line.
#
# usage: parity.sh NATIVE-SCENARIOS WINDOWS-SCENARIOS.exe WINE
#        parity.sh --native NATIVE-SCENARIOS
#
# The first form (make check-windows) runs both, prints a PASS/FAIL line per
# scenario, and fails on a difference between the two runs that
# tests/parity_known.txt does not list, or on a listed one that went away.
# It prints three figures: the scenarios where the native run gives
# Windows' documented result, where Wine does, and where the two agree; and
# fails when the native run gives Windows' result in less than 95% of the
# scenarios where Wine does.
# The second form (make check) compares the native run with Windows'
# documented result, allowing only the departures tests/parity_known.txt
# lists for the native run.
#
# Network: loopback only. When unshare(1) can, both runs happen in a network
# namespace with nothing but "lo", and in a mount namespace where
# /etc/nsswitch.conf says "hosts: files", so that names come from /etc/hosts
# alone (WSAERR_HOSTS_ONLY=1 tells the program). Otherwise the scenarios
# that look up a missing name are skipped.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mode=wine
if [ "$1" = --native ]; then
	mode=native
	shift
fi
native=$1
winexe=${2:-}
wine=${3:-}
tab=$(printf '\t')

printf 'hosts: files\n' > "$T/nsswitch.conf"
# isolate DIR CMD...: runs CMD in DIR, isolated as well as this machine
# allows; sets $where.
if unshare -n -m true 2>/dev/null && command -v ip > /dev/null 2>&1; then
	where="a network namespace with only loopback, names from /etc/hosts only"
	isolate() {
		dir=$1
		shift
		unshare -n -m sh -c 'ip link set lo up && mount --bind "$0" /etc/nsswitch.conf &&
		                     cd "$1" && shift && WSAERR_HOSTS_ONLY=1 exec "$@"' \
			"$T/nsswitch.conf" "$dir" "$@"
	}
elif unshare -n true 2>/dev/null && command -v ip > /dev/null 2>&1; then
	where="a network namespace with only loopback"
	isolate() {
		dir=$1
		shift
		unshare -n sh -c 'ip link set lo up && cd "$0" && exec "$@"' "$dir" "$@"
	}
else
	where="the host's loopback: a namespace of its own needs ip, apt-get install iproute2"
	isolate() {
		dir=$1
		shift
		(cd "$dir" && exec "$@")
	}
fi

isolate . timeout 300 "$native" > "$T/native" 2>&1 || echo "FAIL parity/native_run"

# known NAME COLUMN: the native (2) or Wine (3) value tests/parity_known.txt
# lists for NAME, or nothing.
known() {
	awk -v n="$1" -v c="$2" '!/^#/ && $1 == n { print $c }' tests/parity_known.txt
}

if [ $mode = native ]; then
	total=0
	ok=0
	while IFS="$tab" read -r name code expect; do
		total=$((total + 1))
		if [ "$code" = skip ]; then
			echo "SKIP capture/$name: needs names from /etc/hosts only (unshare -n -m)"
			continue
		fi
		k=$(known "$name" 2)
		if [ "$code" = "$expect" ]; then
			ok=$((ok + 1))
			if [ -n "$k" ] && [ "$k" != "$expect" ]; then
				echo "  $name now gives Windows' answer ($code): update tests/parity_known.txt and docs/parity.md"
				echo "FAIL capture/$name"
			else
				echo "PASS capture/$name"
			fi
		elif [ "$k" = "$code" ]; then
			echo "PASS capture/$name (known Linux departure: $code, Windows $expect; docs/parity.md)"
		elif [ "$name" = name_localhost_from_hosts ] && ! getent ahostsv4 localhost > /dev/null 2>&1; then
			# the scenario asks /etc/hosts; a bare chroot may have none
			echo "SKIP capture/$name: localhost does not resolve here (/etc/hosts has no line for it)"
		else
			echo "  $name: Linux with wsaerr $code, Windows documents $expect"
			echo "FAIL capture/$name"
		fi
	done < "$T/native"
	[ "$total" -ge 60 ] || echo "FAIL capture/at_least_60_scenarios ($total)"
	echo "capture: Linux with wsaerr gives Windows' documented result in $ok of $total scenarios (run in $where)"
	exit 0
fi

wdir=$(dirname "$winexe")
isolate "$wdir" env WINEDEBUG=-all timeout 300 "$wine" "./$(basename "$winexe")" 2> /dev/null |
	tr -d '\r' > "$T/wine" || echo "FAIL parity/wine_run"

agree=0
total=0
windows_native=0
windows_wine=0
wine_ok_native_ok=0
while IFS="$tab" read -r name code expect; do
	total=$((total + 1))
	wcode=$(awk -F"$tab" -v n="$name" '$1 == n { print $2 }' "$T/wine")
	if [ "$code" = skip ] || [ "$wcode" = skip ]; then
		echo "SKIP parity/$name: needs names from /etc/hosts only (unshare -n -m)"
		continue
	fi
	kn=$(known "$name" 2)
	kw=$(known "$name" 3)
	[ "$kw" = "=" ] && kw=$kn
	[ "$code" = "$expect" ] && windows_native=$((windows_native + 1))
	if [ "$wcode" = "$expect" ]; then
		windows_wine=$((windows_wine + 1))
		[ "$code" = "$expect" ] && wine_ok_native_ok=$((wine_ok_native_ok + 1))
	fi
	if [ "$code" = "$wcode" ]; then
		agree=$((agree + 1))
		if [ -n "$kn" ] && [ "$kn" != "$kw" ]; then
			echo "  $name now agrees ($code): remove it from tests/parity_known.txt and docs/parity.md"
			echo "FAIL parity/$name"
		else
			echo "PASS parity/$name"
		fi
	elif [ "$kn $kw" = "$code $wcode" ]; then
		echo "PASS parity/$name (known difference: Linux $code, Wine $wcode, Windows $expect; docs/parity.md)"
	else
		echo "  $name: Linux with wsaerr $code, Wine ${wcode:-missing}, Windows documents $expect"
		echo "FAIL parity/$name"
	fi
done < "$T/native"
[ "$total" -ge 60 ] || echo "FAIL parity/at_least_60_scenarios ($total)"
echo "parity: $agree of $total scenarios agree between Linux with wsaerr and Winsock under Wine (run in $where);"
echo "parity: Windows' documented result: Linux with wsaerr $windows_native of $total, Wine $windows_wine of $total;"
echo "parity: where Wine gives Windows' result, Linux with wsaerr does too in $wine_ok_native_ok of $windows_wine"
if [ "$windows_wine" -gt 0 ] && [ $((wine_ok_native_ok * 100)) -ge $((windows_wine * 95)) ]; then
	echo "PASS parity/linux_matches_windows_where_wine_does (target 95%)"
else
	echo "FAIL parity/linux_matches_windows_where_wine_does ($wine_ok_native_ok of $windows_wine; target 95%)"
fi
