# fish completion for wsaerr(1): commands, options, option values, file
# names after scan, and the names of every code and of the functions --call
# knows (asked of the tool itself, so they match its catalogue; fish matches
# them in any case). Install as share/fish/vendor_completions.d/wsaerr.fish.
function __wsaerr_names
    command wsaerr list 2>/dev/null | string match -r -g '^ *(?:[0-9]+|0x[0-9A-F]+|smtp|enh|pop3|imap)  (\S+)'
end

# The functions --call knows: the tool lists them for one it does not know.
function __wsaerr_calls
    command wsaerr --lang=en --call= 2>&1 >/dev/null | string match -r -g '\(known: (.*)\)$' | string split ', '
end

set -l commands list search export probe explain scan
complete -c wsaerr -f
complete -c wsaerr -n "not __fish_seen_subcommand_from $commands" -a "$commands"
complete -c wsaerr -n "not __fish_seen_subcommand_from $commands" -a "(__wsaerr_names)"
complete -c wsaerr -n "__fish_seen_subcommand_from scan" -F
complete -c wsaerr -l json -d 'print JSON instead of text'
complete -c wsaerr -l lang -x -a 'en es ko' -d 'language of the texts'
complete -c wsaerr -l format -x -a 'json csv markdown html' -d 'export format'
complete -c wsaerr -l errno -x -d 'an errno number of this system'
complete -c wsaerr -l eai -x -d 'a getaddrinfo() result of this system'
complete -c wsaerr -l call -x -a '(__wsaerr_calls)' -d 'what the code means from function F'
complete -c wsaerr -l timeout -x -d 'probe: seconds to wait'
complete -c wsaerr -l no-color -d 'never colour the output'
complete -c wsaerr -s h -l help -d 'show the help'
complete -c wsaerr -l version -d 'show the version'
