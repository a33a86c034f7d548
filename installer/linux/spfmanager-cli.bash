# bash completion for spfmanager-cli                                -*- shell-script -*-

# Each command and what it accepts: its options, and @file when its arguments are file names.
# A new command is one more line here.
declare -gA _spfmanager_cli_commands=(
    [lint]="--json --zone --zone-origin --domain --ip --parked --ipv6-hosts --server --timeout --help --version"
    [check-host]="--ip --sender --helo --identity --receiver --server --timeout --batch --zone --zone-origin --json --trace --help --version"
    [init]="--primary --terms --all --mail-server --dependent --parked --ttl --output --force --help --version"
    [records]="--json --help --version @file"
    [export]="--format --output --force --server --port --key --published --assume-unpublished --help --version @file"
    [verify]="--server --timeout --authoritative --ns-port --zone --zone-origin --thorough --json --json-lines --nagios --help --version @file"
)

# Options that take a value, and what completes that value: @file (a file name), @none (free text, nothing to
# offer) or the list of accepted words.
declare -gA _spfmanager_cli_option_values=(
    [--zone]=@file
    [--zone-origin]=@none
    [--domain]=@none
    [--ip]=@none
    [--sender]=@none
    [--helo]=@none
    [--identity]="mailfrom helo"
    [--receiver]=@none
    [--server]=@none
    [--timeout]=@none
    [--primary]=@none
    [--terms]=@none
    [--all]=@none
    [--mail-server]=@none
    [--dependent]=@none
    [--parked]=@none
    [--ttl]=@none
    [--output]=@file
    [-o]=@file
    [--format]="bind nsupdate tinydns json csv"
    [--port]=@none
    [--key]=@none
    [--published]=@file
    [--batch]=@file
    [--ns-port]=@none
)

_spfmanager_cli_global_options="--help --version"

_spfmanager_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    local command= i
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} == help || -n ${_spfmanager_cli_commands[${COMP_WORDS[i]}]+set} ]]; then
            command=${COMP_WORDS[i]}
            break
        fi
    done

    if [[ -z $command || $command == help ]]; then
        if [[ -z $command && $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$_spfmanager_cli_global_options" -- "$cur")
        elif [[ -z $command || $prev == help ]]; then
            local words="${!_spfmanager_cli_commands[*]}"
            [[ -z $command ]] && words+=" help"
            mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
        fi
        return 0
    fi

    local values=${_spfmanager_cli_option_values[$prev]-}
    if [[ -n $values ]]; then
        case $values in
        @file)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            ;;
        @none) ;;
        *) mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur") ;;
        esac
        return 0
    fi

    local accepted=" ${_spfmanager_cli_commands[$command]} "
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "${accepted//@file/}" -- "$cur")
    elif [[ $accepted == *" @file "* ]]; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
    return 0
}

complete -F _spfmanager_cli spfmanager-cli
