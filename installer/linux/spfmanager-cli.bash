# bash completion for spfmanager-cli                                -*- shell-script -*-

# Each command and the options it accepts. A new command is one more line here.
declare -gA _spfmanager_cli_command_options=(
    [lint]="--zone --json --help"
    [check-host]="--ip --sender --helo --zone --json --help"
)

# Options that take a value, and what completes that value: @file (a file name), @none (free text, nothing to
# offer) or a list of the accepted words.
declare -gA _spfmanager_cli_option_values=(
    [--zone]=@file
    [--ip]=@none
    [--sender]=@none
    [--helo]=@none
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
        if [[ -n ${_spfmanager_cli_command_options[${COMP_WORDS[i]}]+set} ]]; then
            command=${COMP_WORDS[i]}
            break
        fi
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$_spfmanager_cli_global_options" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "${!_spfmanager_cli_command_options[*]}" -- "$cur")
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

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "${_spfmanager_cli_command_options[$command]}" -- "$cur")
    else
        # Arguments are project files or records: offer file names.
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
    return 0
}

complete -F _spfmanager_cli spfmanager-cli
