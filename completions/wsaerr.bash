# bash completion for wsaerr(1): commands, options, option values and the
# names of every code (asked of the tool itself, so they match its
# catalogue). Install as share/bash-completion/completions/wsaerr.
_wsaerr()
{
	local cur prev words cword
	if declare -F _init_completion > /dev/null 2>&1; then
		_init_completion || return
	else
		COMPREPLY=()
		cur=${COMP_WORDS[COMP_CWORD]}
		prev=${COMP_WORDS[COMP_CWORD-1]}
		words=("${COMP_WORDS[@]}")
		cword=$COMP_CWORD
	fi
	local tool=${words[0]}

	case $prev in
	--lang)
		COMPREPLY=($(compgen -W "en es ko" -- "$cur"))
		return ;;
	--format)
		COMPREPLY=($(compgen -W "json csv markdown html" -- "$cur"))
		return ;;
	--timeout|--errno|--eai)
		return ;;
	esac

	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "--json --lang --no-color --errno --eai --format --timeout --help --version" -- "$cur"))
		return
	fi

	# The first word that is not an option (or an option's value) is the command.
	local i cmd=
	for ((i = 1; i < cword; i++)); do
		case ${words[i]} in
		--lang|--format|--timeout|--errno|--eai) ((i++)) ;;
		-*) ;;
		*) cmd=${words[i]}; break ;;
		esac
	done
	case $cmd in
	search|probe|export)
		return ;;
	esac
	local names
	names=$("$tool" list 2> /dev/null | awk '{ print $2 }')
	if [[ -z $cmd ]]; then
		COMPREPLY=($(compgen -W "list search export probe $names" -- "$cur"))
	else
		COMPREPLY=($(compgen -W "$names" -- "$cur"))
	fi
	# Names are matched in any case, as the tool accepts them.
	if [[ ${#COMPREPLY[@]} -eq 0 && -n $cur ]]; then
		COMPREPLY=($(compgen -W "$names" -- "${cur^^}"))
	fi
} &&
complete -F _wsaerr wsaerr
