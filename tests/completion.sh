#!/bin/sh
# The bash completion: commands, options, option values, code names.
# usage: completion.sh PATH-TO-WSAERR
set -u
tool=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
if ! command -v bash > /dev/null 2>&1; then
	echo "SKIP completion/bash: bash is not installed"
	exit 0
fi
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
t option --json --js
t option_lang_value ko --lang k
t option_format_value markdown --format ma
t code_name WSAECONNRESET WSAECONNRES
t code_name_lower_case WSAECONNREFUSED wsaeconnref
t code_name_after_option WSA_IO_PENDING --json WSA_IO_P
t win32_name ERROR_NETNAME_DELETED ERROR_NETN
if [ -z "$(complete_words "$tool" search WSAE)" ]; then
	echo "PASS completion/no_names_after_search"
else
	echo "FAIL completion/no_names_after_search"
fi
