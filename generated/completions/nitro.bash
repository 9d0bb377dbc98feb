# bash completion for nitro                                -*- shell-script -*-
# Generated from spec/nitro.toml by generator/generate.py. Do not edit.
#
# Needs bash-completion (_init_completion). Install as
# share/bash-completion/completions/nitro, or: source <(nitro completion bash)
# Values that live on the server (token IDs) come from the hidden
# `nitro __complete <completer> [<prefix>]`: one "value<TAB>description" a line,
# nothing when there are no credentials.

# _nitro_state CMD: sets _nitro_value_opts (the options of CMD that take a
# value) and _nitro_opts (all its options), with spaces around each name.
_nitro_state()
{
    case $1 in
        '')
            _nitro_value_opts=" --cloud-url --api-key --output --cursor --limit --jq "
            _nitro_opts=" --cloud-url --api-key --output --verbose --cursor --all --limit --jq --help --version "
            _nitro_subs="pat workspace api-key api login logout status completion"
            ;;
        'pat')
            _nitro_value_opts=" --cloud-url --api-key --output --cursor --limit --jq "
            _nitro_opts=" --cloud-url --api-key --output --verbose --cursor --all --limit --jq --help "
            _nitro_subs="create list revoke rotate"
            ;;
        'pat create')
            _nitro_value_opts=" --description --expires --jq --cloud-url --api-key --output "
            _nitro_opts=" --description --expires --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'pat list')
            _nitro_value_opts=" --cursor --limit --jq --cloud-url --api-key --output "
            _nitro_opts=" --cursor --all --limit --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'pat revoke')
            _nitro_value_opts=" --jq --cloud-url --api-key --output "
            _nitro_opts=" --force --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'pat rotate')
            _nitro_value_opts=" --expires --jq --cloud-url --api-key --output "
            _nitro_opts=" --expires --force --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'workspace')
            _nitro_value_opts=" --cloud-url --api-key --output --cursor --limit --jq "
            _nitro_opts=" --cloud-url --api-key --output --verbose --cursor --all --limit --jq --help "
            _nitro_subs="create show list current set-default"
            ;;
        'workspace create')
            _nitro_value_opts=" --name --jq --cloud-url --api-key --output "
            _nitro_opts=" --name --default --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'workspace show')
            _nitro_value_opts=" --jq --cloud-url --api-key --output "
            _nitro_opts=" --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'workspace list')
            _nitro_value_opts=" --cursor --limit --jq --cloud-url --api-key --output "
            _nitro_opts=" --cursor --all --limit --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'workspace current')
            _nitro_value_opts=" --jq --cloud-url --api-key --output "
            _nitro_opts=" --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'workspace set-default')
            _nitro_value_opts=" --workspace-id --jq --cloud-url --api-key --output "
            _nitro_opts=" --workspace-id --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'api-key')
            _nitro_value_opts=" --cloud-url --api-key --output --cursor --limit --jq "
            _nitro_opts=" --cloud-url --api-key --output --verbose --cursor --all --limit --jq --help "
            _nitro_subs="create list delete"
            ;;
        'api-key create')
            _nitro_value_opts=" --name --api-id --workspace-id --stage-condition --jq --cloud-url --api-key --output "
            _nitro_opts=" --name --api-id --workspace-id --stage-condition --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'api-key list')
            _nitro_value_opts=" --workspace-id --cursor --limit --jq --cloud-url --api-key --output "
            _nitro_opts=" --workspace-id --cursor --all --limit --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'api-key delete')
            _nitro_value_opts=" --jq --cloud-url --api-key --output "
            _nitro_opts=" --force --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'api')
            _nitro_value_opts=" --cloud-url --api-key --output --cursor --limit --jq "
            _nitro_opts=" --cloud-url --api-key --output --verbose --cursor --all --limit --jq --help "
            _nitro_subs="create list show delete"
            ;;
        'api create')
            _nitro_value_opts=" --path --name --workspace-id --kind --jq --cloud-url --api-key --output "
            _nitro_opts=" --path --name --workspace-id --kind --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'api list')
            _nitro_value_opts=" --workspace-id --cursor --limit --jq --cloud-url --api-key --output "
            _nitro_opts=" --workspace-id --cursor --all --limit --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'api show')
            _nitro_value_opts=" --jq --cloud-url --api-key --output "
            _nitro_opts=" --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'api delete')
            _nitro_value_opts=" --jq --cloud-url --api-key --output "
            _nitro_opts=" --force --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'login')
            _nitro_value_opts=" --client-id --scopes --timeout --workspace-id --cloud-url --api-key --output "
            _nitro_opts=" --device --with-token --no-browser --client-id --scopes --timeout --workspace-id --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'logout')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'status')
            _nitro_value_opts=" --jq --cloud-url --api-key --output "
            _nitro_opts=" --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'completion')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        *)
            _nitro_value_opts=" " _nitro_opts=" " _nitro_subs=""
            ;;
    esac
}

# _nitro_dynamic COMPLETER: the candidates of `nitro __complete`, with the
# --cloud-url and --api-key of the command line.
_nitro_dynamic()
{
    local -a lines
    mapfile -t lines < <("${words[0]}" __complete "${_nitro_forward[@]}" -- "$1" "$cur" 2>/dev/null)
    local line
    for line in "${lines[@]}"; do
        [[ $line ]] && COMPREPLY+=("${line%%$'\t'*}")
    done
}

_nitro()
{
    local cur prev words cword split
    _init_completion -s -n : || return

    # Walk the words before the cursor: options (and the values they take),
    # command words, and positional arguments.
    local cmd="" npos=0 i word only_args=""
    local _nitro_value_opts _nitro_opts _nitro_subs
    local -a _nitro_forward=()
    _nitro_state ""
    for ((i = 1; i < cword; i++)); do
        word=${words[i]}
        if [[ ! $only_args && $word == -- ]]; then
            only_args=1
        elif [[ ! $only_args && $word == -?* ]]; then
            case $word in
                --cloud-url=*) _nitro_forward+=("$word") ;;
                --cloud-url) ((i + 1 < cword)) && _nitro_forward+=("$word" "${words[i + 1]}") ;;
                --api-key=*) _nitro_forward+=("$word") ;;
                --api-key) ((i + 1 < cword)) && _nitro_forward+=("$word" "${words[i + 1]}") ;;
                --output=*) _nitro_forward+=("$word") ;;
                --output) ((i + 1 < cword)) && _nitro_forward+=("$word" "${words[i + 1]}") ;;
                --cursor=*) _nitro_forward+=("$word") ;;
                --cursor) ((i + 1 < cword)) && _nitro_forward+=("$word" "${words[i + 1]}") ;;
                --limit=*) _nitro_forward+=("$word") ;;
                --limit) ((i + 1 < cword)) && _nitro_forward+=("$word" "${words[i + 1]}") ;;
                --jq=*) _nitro_forward+=("$word") ;;
                --jq) ((i + 1 < cword)) && _nitro_forward+=("$word" "${words[i + 1]}") ;;
            esac
            [[ $word != *=* && $_nitro_value_opts == *" $word "* ]] && ((i++))
        elif [[ ! $only_args && " $_nitro_subs " == *" $word "* ]]; then
            cmd=${cmd:+$cmd }$word
            _nitro_state "$cmd"
        else
            ((npos++))
        fi
    done

    # The value of an option: --opt <TAB> or --opt=<TAB>.
    if [[ ! $only_args && ( $split == true || ( $prev == --?* && $_nitro_value_opts == *" $prev "* ) ) ]]; then
        case $cmd/$prev in
            */--cloud-url)
                COMPREPLY=()
                ;;
            */--api-key)
                COMPREPLY=()
                ;;
            */--output)
                COMPREPLY=($(compgen -W 'json' -- "$cur"))
                ;;
            */--cursor)
                COMPREPLY=()
                ;;
            */--limit)
                COMPREPLY=()
                ;;
            */--jq)
                COMPREPLY=()
                ;;
            'pat create'/--description)
                COMPREPLY=()
                ;;
            'pat create'/--expires)
                COMPREPLY=()
                ;;
            'pat create'/--jq)
                COMPREPLY=()
                ;;
            'pat list'/--cursor)
                COMPREPLY=()
                ;;
            'pat list'/--limit)
                COMPREPLY=()
                ;;
            'pat list'/--jq)
                COMPREPLY=()
                ;;
            'pat revoke'/--jq)
                COMPREPLY=()
                ;;
            'pat rotate'/--expires)
                COMPREPLY=()
                ;;
            'pat rotate'/--jq)
                COMPREPLY=()
                ;;
            'workspace create'/--name)
                COMPREPLY=()
                ;;
            'workspace create'/--jq)
                COMPREPLY=()
                ;;
            'workspace show'/--jq)
                COMPREPLY=()
                ;;
            'workspace list'/--cursor)
                COMPREPLY=()
                ;;
            'workspace list'/--limit)
                COMPREPLY=()
                ;;
            'workspace list'/--jq)
                COMPREPLY=()
                ;;
            'workspace current'/--jq)
                COMPREPLY=()
                ;;
            'workspace set-default'/--workspace-id)
                COMPREPLY=()
                ;;
            'workspace set-default'/--jq)
                COMPREPLY=()
                ;;
            'api-key create'/--name)
                COMPREPLY=()
                ;;
            'api-key create'/--api-id)
                COMPREPLY=()
                ;;
            'api-key create'/--workspace-id)
                _nitro_dynamic workspace-ids
                ;;
            'api-key create'/--stage-condition)
                COMPREPLY=()
                ;;
            'api-key create'/--jq)
                COMPREPLY=()
                ;;
            'api-key list'/--workspace-id)
                _nitro_dynamic workspace-ids
                ;;
            'api-key list'/--cursor)
                COMPREPLY=()
                ;;
            'api-key list'/--limit)
                COMPREPLY=()
                ;;
            'api-key list'/--jq)
                COMPREPLY=()
                ;;
            'api-key delete'/--jq)
                COMPREPLY=()
                ;;
            'api create'/--path)
                COMPREPLY=()
                ;;
            'api create'/--name)
                COMPREPLY=()
                ;;
            'api create'/--workspace-id)
                _nitro_dynamic workspace-ids
                ;;
            'api create'/--kind)
                COMPREPLY=($(compgen -W 'collection gateway service' -- "$cur"))
                ;;
            'api create'/--jq)
                COMPREPLY=()
                ;;
            'api list'/--workspace-id)
                _nitro_dynamic workspace-ids
                ;;
            'api list'/--cursor)
                COMPREPLY=()
                ;;
            'api list'/--limit)
                COMPREPLY=()
                ;;
            'api list'/--jq)
                COMPREPLY=()
                ;;
            'api show'/--jq)
                COMPREPLY=()
                ;;
            'api delete'/--jq)
                COMPREPLY=()
                ;;
            'login'/--client-id)
                COMPREPLY=()
                ;;
            'login'/--scopes)
                COMPREPLY=()
                ;;
            'login'/--timeout)
                COMPREPLY=()
                ;;
            'login'/--workspace-id)
                COMPREPLY=()
                ;;
            'status'/--jq)
                COMPREPLY=()
                ;;
        esac
        # Without '=' in COMP_WORDBREAKS bash replaces the whole --opt=value word.
        if [[ $split == true && $COMP_WORDBREAKS != *=* ]]; then
            COMPREPLY=("${COMPREPLY[@]/#/$prev=}")
        fi
        __ltrim_colon_completions "$cur"
        return
    fi

    if [[ ! $only_args && $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$_nitro_opts" -- "$cur"))
        return
    fi

    if [[ $_nitro_subs ]]; then
        COMPREPLY=($(compgen -W "$_nitro_subs" -- "$cur"))
        return
    fi

    # A positional argument.
    case $cmd/$npos in
        'pat revoke'/0)
            _nitro_dynamic pat-ids
            ;;
        'pat rotate'/0)
            _nitro_dynamic pat-ids
            ;;
        'workspace show'/0)
            _nitro_dynamic workspace-ids
            ;;
        'completion'/0)
            COMPREPLY=($(compgen -W 'bash zsh fish' -- "$cur"))
            ;;
    esac
    # bash completes the part after the last '=' when '=' breaks words.
    if [[ $cur == *=* && $COMP_WORDBREAKS == *=* ]]; then
        COMPREPLY=("${COMPREPLY[@]#"${cur%=*}="}")
    fi
    __ltrim_colon_completions "$cur"
} &&
    complete -F _nitro nitro

# ex: filetype=sh
