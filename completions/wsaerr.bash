# bash completion for wsaerr(1): commands, options (--opt value and
# --opt=value), option values, file names after scan, and the names of
# every code and of the functions --call knows, in any case (asked of the
# tool itself, so they match its catalogue). Install as
# share/bash-completion/completions/wsaerr.

# _wsaerr_calls TOOL PREFIX WORD: the functions --call knows that start
# with WORD, in any case (as the tool accepts them), each after PREFIX; the
# tool lists them for a function it does not know.
_wsaerr_calls()
{
	local c calls
	calls=$("$1" --lang=en --call= 2>&1 > /dev/null | sed -n 's/.*(known: \(.*\))$/\1/p' | tr -d ,)
	COMPREPLY=()
	for c in $calls; do
		[[ ${c,,} == "${3,,}"* ]] && COMPREPLY+=("$2$c")
	done
}

_wsaerr()
{
	local cur prev words cword
	if declare -F _init_completion > /dev/null 2>&1; then
		_init_completion -n = || return
	else
		COMPREPLY=()
		cur=${COMP_WORDS[COMP_CWORD]}
		prev=${COMP_WORDS[COMP_CWORD-1]}
		words=("${COMP_WORDS[@]}")
		cword=$COMP_CWORD
	fi
	local tool=${words[0]}
	local langs="en es ko" formats="json csv markdown html"
	# Without bash-completion, "--lang=e" arrives as three words.
	[[ $prev == = && $cword -ge 2 ]] && prev=${words[cword-2]}
	local commands="list search export probe explain scan"

	case $prev in
	--lang)
		COMPREPLY=($(compgen -W "$langs" -- "$cur"))
		return ;;
	--format)
		COMPREPLY=($(compgen -W "$formats" -- "$cur"))
		return ;;
	--call)
		_wsaerr_calls "$tool" "" "$cur"
		return ;;
	--timeout|--errno|--eai)
		return ;;
	esac

	case $cur in
	--lang=*)
		COMPREPLY=($(compgen -P --lang= -W "$langs" -- "${cur#--lang=}"))
		return ;;
	--format=*)
		COMPREPLY=($(compgen -P --format= -W "$formats" -- "${cur#--format=}"))
		return ;;
	--call=*)
		_wsaerr_calls "$tool" --call= "${cur#--call=}"
		return ;;
	-*)
		COMPREPLY=($(compgen -W "--json --lang --no-color --errno --eai --call --format --timeout --help --version" -- "$cur"))
		return ;;
	esac

	# The first word that is not an option (or an option's value) is the command.
	local i cmd=
	for ((i = 1; i < cword; i++)); do
		case ${words[i]} in
		--lang|--format|--timeout|--errno|--eai|--call) ((i++)) ;;
		-*) ;;
		*) cmd=${words[i]}; break ;;
		esac
	done
	case $cmd in
	scan)
		if declare -F _filedir > /dev/null 2>&1; then
			_filedir
		else
			COMPREPLY=($(compgen -f -- "$cur"))
		fi
		return ;;
	search|probe|export|explain)
		return ;;
	esac
	local names candidates
	# a code line of list: the code (a number, an IXP HRESULT, or the key
	# of a system whose codes are their names), then the name
	names=$("$tool" list 2> /dev/null | awk '/^ *([0-9]+|0x[0-9A-F]+|smtp|enh|pop3|imap)  / { print $2 }')
	candidates=$names
	[[ -z $cmd ]] && candidates="$commands $names"
	# Matched in any case, as the tool accepts names.
	COMPREPLY=()
	for c in $candidates; do
		[[ ${c,,} == "${cur,,}"* ]] && COMPREPLY+=("$c")
	done
} &&
complete -F _wsaerr wsaerr
