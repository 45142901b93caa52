#!/bin/sh
# The completions for bash, zsh and fish: commands, options, option values,
# file names after scan, code names in any case.
# usage: completion.sh PATH-TO-WSAERR
set -u
tool=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/dir"
: > "$T/dir/app.log"

# ---------------------------------------------------------------- bash
if command -v bash > /dev/null 2>&1; then
	# complete WORDS...: what the completion offers for the last word.
	complete_words() {
		bash -c '
			. completions/wsaerr.bash
			COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
			_wsaerr
			printf "%s\n" "${COMPREPLY[@]}"' bash "$@"
	}
	t() {
		name=$1
		want=$2
		shift 2
		got=$(complete_words "$tool" "$@" | tr '\n' ' ')
		case " $got" in
		*" $want "*) echo "PASS completion/$name" ;;
		*) echo "  offered: $got"; echo "FAIL completion/$name" ;;
		esac
	}
	t command list l
	t command_export export exp
	t command_explain explain expl
	t command_scan scan sc
	t option --json --js
	t option_lang_value ko --lang k
	t option_lang_equals_value --lang=ko --lang=k
	t option_format_value markdown --format ma
	t option_format_equals_value --format=markdown --format=ma
	t option_call --call --ca
	t option_call_value connect --call conn
	t option_call_value_any_case WSAStartup --call wsastar
	t option_call_equals_value --call=WSAPoll --call=WSAP
	t command_after_call_value list --call connect l
	t code_name WSAECONNRESET WSAECONNRES
	t code_name_lower_case WSAECONNREFUSED wsaeconnref
	t code_name_mixed_case WSAECONNREFUSED WsaEConnRef
	t code_name_after_option WSA_IO_PENDING --json WSA_IO_P
	t win32_name ERROR_NETNAME_DELETED ERROR_NETN
	t win32_name_lower_case ERROR_NETNAME_DELETED error_netn
	t ixp_name IXP_E_FAILED_TO_CONNECT IXP_E_FAILED_TO
	t wininet_name ERROR_INTERNET_NAME_NOT_RESOLVED error_internet_name_not
	t imap_name AUTHENTICATIONFAILED authenticationf
	t file_after_scan "$T/dir/app.log" scan "$T/dir/ap"
	t file_after_scan_second "$T/dir/app.log" scan x.log "$T/dir/ap"
	if [ -z "$(complete_words "$tool" search WSAE)" ]; then
		echo "PASS completion/no_names_after_search"
	else
		echo "FAIL completion/no_names_after_search"
	fi
	if [ -z "$(complete_words "$tool" explain WSAE)" ]; then
		echo "PASS completion/no_names_after_explain"
	else
		echo "FAIL completion/no_names_after_explain"
	fi
else
	echo "SKIP completion/bash: bash is not installed"
fi

# ---------------------------------------------------------------- zsh
# The completion function runs with compadd, compset, _files and
# _call_program replaced by functions that print what they were given.
if command -v zsh > /dev/null 2>&1; then
	zsh_offers() {
		zsh -f -c '
			compadd() { local a all=0; for a in "$@"; do if (( all )) || [[ $a != -* ]]; then print -r -- "$a"; fi
			            [[ $a == -- ]] && all=1; done
			            [[ $1 == -M ]] && print -r -- "MATCHER:$2"; [[ $* == *"-a names"* ]] && print -rl -- $names; }
			compset() { PREFIX=${PREFIX#--*=}; }
			_files() { print -r -- FILES; }
			_call_program() { shift; "$@"; }
			_wsaerr() { source completions/_wsaerr; }
			words=("$@"); CURRENT=$#; PREFIX=${words[CURRENT]}
			_wsaerr' zsh "$@" 2> /dev/null
	}
	z() {
		name=$1
		want=$2
		shift 2
		got=$(zsh_offers "$tool" "$@" | tr '\n' ' ')
		case " $got " in
		*" $want "*) echo "PASS completion/zsh_$name" ;;
		*) echo "  offered: $(printf '%s' "$got" | head -c 300)"; echo "FAIL completion/zsh_$name" ;;
		esac
	}
	z commands explain ""
	z command_scan scan ""
	z names WSAECONNRESET ""
	z ixp_names IXP_E_FAILED_TO_CONNECT ""
	z names_any_case "MATCHER:m:{a-zA-Z}={A-Za-z}" wsaeconn
	z option --json --j
	z lang_value ko --lang ""
	z lang_equals_value ko --lang=k
	z option_call --call --ca
	z call_value WSAStartup --call ""
	z call_equals_value getaddrinfo --call=get
	z files_after_scan FILES scan ""
else
	echo "SKIP completion/zsh: zsh is not installed (apt-get install zsh)"
fi

# ---------------------------------------------------------------- fish
if command -v fish > /dev/null 2>&1; then
	f() {
		name=$1
		want=$2
		shift
		shift
		got=$(cd "$T/dir" && PATH="$(dirname "$tool"):$PATH" fish --no-config -c \
			"source '$OLDPWD/completions/wsaerr.fish'; complete -C '$*'" 2> /dev/null | cut -f1 | tr '\n' ' ')
		case " $got " in
		*" $want "*) echo "PASS completion/fish_$name" ;;
		*) echo "  offered: $(printf '%s' "$got" | head -c 300)"; echo "FAIL completion/fish_$name" ;;
		esac
	}
	f command_scan scan wsaerr sc
	f command_explain explain wsaerr expl
	f names_any_case WSAECONNRESET wsaerr wsaeconnres
	f ixp_names IXP_E_FAILED_TO_CONNECT wsaerr ixp_e_failed_to
	f lang_value ko wsaerr --lang k
	f lang_equals_value --lang=ko wsaerr --lang=k
	f call_value connect wsaerr --call conn
	f call_equals_value --call=WSAStartup wsaerr --call=WSAS
	f files_after_scan app.log wsaerr scan ap
else
	echo "SKIP completion/fish: fish is not installed (apt-get install fish)"
fi
