#!/bin/sh
# Runs the socket scenarios natively and under Wine and compares them,
# scenario by scenario. Prints a PASS/FAIL line per scenario and a summary.
# Network: loopback only; when unshare(1) can make a network namespace, both
# runs happen in one with nothing but "lo", so nothing can leave the machine.
# usage: parity.sh NATIVE-SCENARIOS WINDOWS-SCENARIOS.exe WINE
#        parity.sh --native NATIVE-SCENARIOS
# The second form (run by make check) compares the native run with what
# Windows documents, allowing only the Linux departures listed in
# tests/parity_known.txt.
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

# A namespace needs unshare(1) and ip(8) (to bring its loopback up).
if unshare -n true 2>/dev/null && command -v ip > /dev/null 2>&1; then
	netns=1
	where="a network namespace with only loopback"
else
	netns=0
	where="the host's loopback: a namespace of its own needs ip, apt-get install iproute2"
fi
isolate() {
	if [ $netns = 1 ]; then
		unshare -n sh -c 'ip link set lo up && exec "$@"' sh "$@"
	else
		"$@"
	fi
}

isolate "$native" > "$T/native" 2>&1 || echo "FAIL parity/native_run"

if [ $mode = native ]; then
	total=0
	ok=0
	while IFS="$(printf '\t')" read -r name code expect; do
		total=$((total + 1))
		known=$(awk -v n="$name" '$1 == n && ($4 == "linux" || $4 == "both") { print $2 }' tests/parity_known.txt)
		if [ "$code" = "$expect" ]; then
			ok=$((ok + 1))
			if [ -n "$known" ]; then
				echo "  $name now gives Windows' answer ($code): update tests/parity_known.txt and docs/parity.md"
				echo "FAIL capture/$name"
			else
				echo "PASS capture/$name"
			fi
		elif [ "$known" = "$code" ]; then
			echo "PASS capture/$name (known Linux departure: $code, Windows $expect; docs/parity.md)"
		elif [ "$name" = name_localhost_from_hosts ] && ! getent ahostsv4 localhost > /dev/null 2>&1; then
			# the scenario asks /etc/hosts; a bare chroot may have none
			echo "SKIP capture/$name: localhost does not resolve here (/etc/hosts has no line for it)"
		else
			echo "  $name: libwsaerr $code, Windows documents $expect"
			echo "FAIL capture/$name"
		fi
	done < "$T/native"
	[ "$total" -ge 30 ] || echo "FAIL capture/at_least_30_scenarios ($total)"
	echo "capture: libwsaerr gives Windows' documented answer in $ok of $total scenarios (run in $where)"
	exit 0
fi

(cd "$(dirname "$winexe")" && WINEDEBUG=-all timeout 300 sh -c "$(command -v unshare > /dev/null && unshare -n true 2>/dev/null && echo 'unshare -n sh -c "ip link set lo up && exec \"\$0\" \"\$@\""') $wine ./$(basename "$winexe")") \
	| tr -d '\r' > "$T/wine" 2>&1 || echo "FAIL parity/wine_run"

agree=0
total=0
windows_native=0
windows_wine=0
while IFS="$(printf '\t')" read -r name code expect; do
	total=$((total + 1))
	wcode=$(awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$T/wine")
	known=$(awk -v n="$name" '$1 == n && $3 != "=" { print $2 " " $3 }' tests/parity_known.txt)
	[ "$code" = "$expect" ] && windows_native=$((windows_native + 1))
	[ "$wcode" = "$expect" ] && windows_wine=$((windows_wine + 1))
	if [ "$code" = "$wcode" ]; then
		agree=$((agree + 1))
		if [ -n "$known" ]; then
			echo "  $name now agrees ($code): remove it from tests/parity_known.txt and docs/parity.md"
			echo "FAIL parity/$name"
		else
			echo "PASS parity/$name"
		fi
	elif [ "$known" = "$code $wcode" ]; then
		echo "PASS parity/$name (known difference: native $code, Wine $wcode; docs/parity.md)"
	else
		echo "  $name: native $code, Wine ${wcode:-missing}, Windows documents $expect"
		echo "FAIL parity/$name"
	fi
done < "$T/native"
[ "$total" -ge 30 ] || echo "FAIL parity/at_least_30_scenarios ($total)"
echo "parity: $agree of $total scenarios agree between libwsaerr on Linux and Winsock under Wine (run in $where);"
echo "parity: against Windows' documented result: libwsaerr $windows_native of $total, Wine $windows_wine of $total"
