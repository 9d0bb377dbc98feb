# bash completion for nitro                                -*- shell-script -*-
# Generated from spec/nitro.toml by generator/generate.py. Do not edit.
#
# Install as share/bash-completion/completions/nitro, or: source <(nitro completion bash)
# Uses bash-completion's _init_completion when it is loaded; without it, the
# same words are worked out here (plain `complete -F`).
# Values that live on the server (token IDs) come from the hidden
# `nitro __complete <completer> [<prefix>]`: one "value<TAB>description" a line,
# nothing when there are no credentials. They are the server's text: it
# leaves out any value a shell would have to quote (such as $(cmd)), because
# readline inserts the common start of several candidates unquoted; each is
# still inserted through printf %q.

# _nitro_state CMD: sets _nitro_value_opts (the options of CMD that take a
# value) and _nitro_opts (all its options), with spaces around each name.
_nitro_state()
{
    case $1 in
        '')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help --version "
            _nitro_subs="pat workspace api-key api client stage environment openapi mcp login logout status completion mock schema fusion"
            ;;
        'pat')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
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
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
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
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
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
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
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
        'client')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
            _nitro_subs="create delete show list upload validate publish unpublish download"
            ;;
        'client create')
            _nitro_value_opts=" --api-id --name --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --name --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'client delete')
            _nitro_value_opts=" --jq --cloud-url --api-key --output "
            _nitro_opts=" --force --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'client show')
            _nitro_value_opts=" --jq --cloud-url --api-key --output "
            _nitro_opts=" --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'client list')
            _nitro_value_opts=" --api-id --cursor --limit --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --cursor --all --limit --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs="versions published-versions"
            ;;
        'client list versions')
            _nitro_value_opts=" --client-id --cursor --limit --jq --cloud-url --api-key --output "
            _nitro_opts=" --client-id --cursor --all --limit --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'client list published-versions')
            _nitro_value_opts=" --client-id --cursor --limit --jq --cloud-url --api-key --output "
            _nitro_opts=" --client-id --cursor --all --limit --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'client upload')
            _nitro_value_opts=" --client-id --tag --operations-file --jq --cloud-url --api-key --output "
            _nitro_opts=" --client-id --tag --operations-file --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'client validate')
            _nitro_value_opts=" --client-id --stage --operations-file --jq --cloud-url --api-key --output "
            _nitro_opts=" --client-id --stage --operations-file --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'client publish')
            _nitro_value_opts=" --client-id --tag --stage --jq --cloud-url --api-key --output "
            _nitro_opts=" --client-id --tag --stage --force --wait-for-approval --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'client unpublish')
            _nitro_value_opts=" --tag --stage --client-id --jq --cloud-url --api-key --output "
            _nitro_opts=" --tag --stage --client-id --force --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'client download')
            _nitro_value_opts=" --api-id --stage --path --format --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --stage --path --format --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'stage')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
            _nitro_subs="list edit delete"
            ;;
        'stage list')
            _nitro_value_opts=" --api-id --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'stage edit')
            _nitro_value_opts=" --api-id --configuration --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --configuration --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'stage delete')
            _nitro_value_opts=" --api-id --stage --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --stage --force --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'environment')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
            _nitro_subs="create list show"
            ;;
        'environment create')
            _nitro_value_opts=" --name --workspace-id --jq --cloud-url --api-key --output "
            _nitro_opts=" --name --workspace-id --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'environment list')
            _nitro_value_opts=" --workspace-id --cursor --limit --jq --cloud-url --api-key --output "
            _nitro_opts=" --workspace-id --cursor --all --limit --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'environment show')
            _nitro_value_opts=" --jq --cloud-url --api-key --output "
            _nitro_opts=" --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'openapi')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
            _nitro_subs="create delete list upload validate publish"
            ;;
        'openapi create')
            _nitro_value_opts=" --api-id --name --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --name --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'openapi delete')
            _nitro_value_opts=" --jq --cloud-url --api-key --output "
            _nitro_opts=" --force --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'openapi list')
            _nitro_value_opts=" --api-id --cursor --limit --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --cursor --all --limit --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'openapi upload')
            _nitro_value_opts=" --openapi-collection-id --tag --pattern --jq --cloud-url --api-key --output "
            _nitro_opts=" --openapi-collection-id --tag --pattern --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'openapi validate')
            _nitro_value_opts=" --openapi-collection-id --stage --pattern --jq --cloud-url --api-key --output "
            _nitro_opts=" --openapi-collection-id --stage --pattern --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'openapi publish')
            _nitro_value_opts=" --openapi-collection-id --tag --stage --jq --cloud-url --api-key --output "
            _nitro_opts=" --openapi-collection-id --tag --stage --force --wait-for-approval --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'mcp')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
            _nitro_subs="create delete list upload validate publish"
            ;;
        'mcp create')
            _nitro_value_opts=" --api-id --name --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --name --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'mcp delete')
            _nitro_value_opts=" --jq --cloud-url --api-key --output "
            _nitro_opts=" --force --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'mcp list')
            _nitro_value_opts=" --api-id --cursor --limit --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --cursor --all --limit --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'mcp upload')
            _nitro_value_opts=" --mcp-feature-collection-id --tag --prompt-pattern --tool-pattern --jq --cloud-url --api-key --output "
            _nitro_opts=" --mcp-feature-collection-id --tag --prompt-pattern --tool-pattern --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'mcp validate')
            _nitro_value_opts=" --mcp-feature-collection-id --stage --prompt-pattern --tool-pattern --jq --cloud-url --api-key --output "
            _nitro_opts=" --mcp-feature-collection-id --stage --prompt-pattern --tool-pattern --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'mcp publish')
            _nitro_value_opts=" --mcp-feature-collection-id --tag --stage --jq --cloud-url --api-key --output "
            _nitro_opts=" --mcp-feature-collection-id --tag --stage --force --wait-for-approval --jq --cloud-url --api-key --output --verbose --help "
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
        'mock')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
            _nitro_subs="create list update"
            ;;
        'mock create')
            _nitro_value_opts=" --api-id --name --schema --extension --url --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --name --schema --extension --url --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'mock list')
            _nitro_value_opts=" --api-id --cursor --limit --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --cursor --all --limit --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'mock update')
            _nitro_value_opts=" --name --schema --extension --url --jq --cloud-url --api-key --output "
            _nitro_opts=" --name --schema --extension --url --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'schema')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
            _nitro_subs="upload validate download publish clients impact operations unused usage"
            ;;
        'schema upload')
            _nitro_value_opts=" --api-id --tag --schema-file --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --tag --schema-file --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'schema validate')
            _nitro_value_opts=" --api-id --stage --schema-file --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --stage --schema-file --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'schema download')
            _nitro_value_opts=" --api-id --stage --output-file --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --stage --output-file --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'schema publish')
            _nitro_value_opts=" --api-id --tag --stage --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --tag --stage --force --wait-for-approval --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'schema clients')
            _nitro_value_opts=" --api-id --stage --coordinate --from --to --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --stage --coordinate --from --to --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'schema impact')
            _nitro_value_opts=" --api-id --stage --coordinate --from --to --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --stage --coordinate --from --to --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'schema operations')
            _nitro_value_opts=" --api-id --stage --coordinate --from --to --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --stage --coordinate --from --to --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'schema unused')
            _nitro_value_opts=" --api-id --stage --from --to --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --stage --deprecated-only --from --to --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'schema usage')
            _nitro_value_opts=" --api-id --stage --coordinate --from --to --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --stage --coordinate --from --to --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'fusion')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
            _nitro_subs="compose publish download upload validate"
            ;;
        'fusion compose')
            _nitro_value_opts=" --cloud-url --api-key --output "
            _nitro_opts=" --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'fusion publish')
            _nitro_value_opts=" --api-id --tag --stage --archive --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --tag --stage --archive --force --wait-for-approval --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs="begin start validate commit cancel"
            ;;
        'fusion publish begin')
            _nitro_value_opts=" --api-id --tag --stage --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --tag --stage --wait-for-approval --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'fusion publish start')
            _nitro_value_opts=" --request-id --api-id --stage --jq --cloud-url --api-key --output "
            _nitro_opts=" --request-id --api-id --stage --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'fusion publish validate')
            _nitro_value_opts=" --request-id --api-id --stage --archive --jq --cloud-url --api-key --output "
            _nitro_opts=" --request-id --api-id --stage --archive --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'fusion publish commit')
            _nitro_value_opts=" --request-id --api-id --stage --archive --jq --cloud-url --api-key --output "
            _nitro_opts=" --request-id --api-id --stage --archive --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'fusion publish cancel')
            _nitro_value_opts=" --request-id --api-id --stage --jq --cloud-url --api-key --output "
            _nitro_opts=" --request-id --api-id --stage --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'fusion download')
            _nitro_value_opts=" --api-id --stage --output-file --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --stage --output-file --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'fusion upload')
            _nitro_value_opts=" --api-id --tag --source-schema-file --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --tag --source-schema-file --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        'fusion validate')
            _nitro_value_opts=" --api-id --stage --archive --jq --cloud-url --api-key --output "
            _nitro_opts=" --api-id --stage --archive --jq --cloud-url --api-key --output --verbose --help "
            _nitro_subs=""
            ;;
        *)
            _nitro_value_opts=" " _nitro_opts=" " _nitro_subs=""
            ;;
    esac
}

# _nitro_dynamic COMPLETER: the candidates of `nitro __complete`, with the
# --cloud-url and --api-key of the command line. With more than one, each is
# a row "value  description" (padded to half the width: one a row), in the
# order given (token IDs newest first), and readline inserts the common start
# of the values; a single one is inserted alone.
_nitro_dynamic()
{
    # $cur is shell text (what was typed); the prefix asked for is a value, so
    # it is passed on only when typing it needed no quoting.
    local prefix=$cur quoted
    printf -v quoted %q "$cur"
    [[ $cur && $quoted != "$cur" ]] && prefix=""
    local -a lines values descriptions
    mapfile -t lines < <("${words[0]}" __complete "${_nitro_forward[@]}" -- "$1" "$prefix" 2>/dev/null)
    local line value width=0
    for line in "${lines[@]}"; do
        [[ $line ]] || continue
        printf -v value %q "${line%%$'\t'*}"
        [[ $value == "$cur"* ]] || continue
        values+=("$value")
        if [[ $line == *$'\t'* ]]; then
            descriptions+=("${line#*$'\t'}")
        else
            descriptions+=("")
        fi
        ((${#value} > width)) && width=${#value}
    done
    if ((${#values[@]} == 1)); then
        COMPREPLY+=("${values[0]}")
        return
    fi
    compopt -o nosort 2>/dev/null
    local i entry columns=${COLUMNS:-80}
    for i in "${!values[@]}"; do
        entry=${values[i]}
        if [[ ${descriptions[i]} ]]; then
            printf -v entry '%-*s  %s' "$width" "${values[i]}" "${descriptions[i]}"
            ((${#entry} >= columns && columns > width + 5)) && entry="${entry:0:columns - 4}..."
        fi
        printf -v entry '%-*s' $((columns / 2)) "$entry"
        COMPREPLY+=("$entry")
    done
}

# _nitro_init: without bash-completion, what `_init_completion -s -n :` sets:
# words (the line split at blanks only, so --opt=value and a:b stay one word),
# cword, cur (the word up to the cursor), prev, and split (--opt=value).
_nitro_init()
{
    local i word rest=$COMP_LINE trimmed pos=0 start=0
    words=() cword=0 split=false
    for ((i = 0; i < ${#COMP_WORDS[@]}; i++)); do
        word=${COMP_WORDS[i]}
        trimmed=${rest#"${rest%%[![:blank:]]*}"}
        if [[ $trimmed != "$word"* ]]; then # not the line bash split: take its words
            words=("${COMP_WORDS[@]}") cword=$COMP_CWORD
            cur=${COMP_WORDS[COMP_CWORD]} start=-1
            break
        fi
        ((pos += ${#rest} - ${#trimmed}))
        if ((i > 0 && ${#rest} == ${#trimmed})); then
            words[-1]+=$word
        else
            words+=("$word")
            ((i <= COMP_CWORD)) && start=$pos
        fi
        ((i == COMP_CWORD)) && cword=$((${#words[@]} - 1))
        ((pos += ${#word}))
        rest=${trimmed:${#word}}
    done
    if ((start >= 0)); then
        cur=${words[cword]:0:COMP_POINT - start}
    fi
    prev=${words[cword - 1]}
    if [[ $cur == --?*=* ]]; then
        prev=${cur%%=*} cur=${cur#*=} split=true
    fi
}

# Files, with bash-completion's _filedir when it is there.
_nitro_files()
{
    if declare -F _filedir >/dev/null; then
        _filedir
    else
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
}

# readline replaces only what follows the last ':' of the word: drop the rest
# from the candidates (bash-completion's __ltrim_colon_completions).
_nitro_ltrim_colon()
{
    if [[ $1 == *:* && $COMP_WORDBREAKS == *:* ]]; then
        local colon_word=${1%"${1##*:}"} i=${#COMPREPLY[@]}
        while ((i-- > 0)); do
            COMPREPLY[i]=${COMPREPLY[i]#"$colon_word"}
        done
    fi
}

_nitro()
{
    local cur prev words cword split
    if declare -F _init_completion >/dev/null; then
        _init_completion -s -n : || return
    else
        _nitro_init
    fi

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
                --workspace-id=*) _nitro_forward+=("$word") ;;
                --workspace-id) ((i + 1 < cword)) && _nitro_forward+=("$word" "${words[i + 1]}") ;;
                --api-id=*) _nitro_forward+=("$word") ;;
                --api-id) ((i + 1 < cword)) && _nitro_forward+=("$word" "${words[i + 1]}") ;;
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
                _nitro_dynamic workspace-ids
                ;;
            'workspace set-default'/--jq)
                COMPREPLY=()
                ;;
            'api-key create'/--name)
                COMPREPLY=()
                ;;
            'api-key create'/--api-id)
                _nitro_dynamic api-ids
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
            'client create'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'client create'/--name)
                COMPREPLY=()
                ;;
            'client create'/--jq)
                COMPREPLY=()
                ;;
            'client delete'/--jq)
                COMPREPLY=()
                ;;
            'client show'/--jq)
                COMPREPLY=()
                ;;
            'client list'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'client list'/--cursor)
                COMPREPLY=()
                ;;
            'client list'/--limit)
                COMPREPLY=()
                ;;
            'client list'/--jq)
                COMPREPLY=()
                ;;
            'client list versions'/--client-id)
                _nitro_dynamic client-ids
                ;;
            'client list versions'/--cursor)
                COMPREPLY=()
                ;;
            'client list versions'/--limit)
                COMPREPLY=()
                ;;
            'client list versions'/--jq)
                COMPREPLY=()
                ;;
            'client list published-versions'/--client-id)
                _nitro_dynamic client-ids
                ;;
            'client list published-versions'/--cursor)
                COMPREPLY=()
                ;;
            'client list published-versions'/--limit)
                COMPREPLY=()
                ;;
            'client list published-versions'/--jq)
                COMPREPLY=()
                ;;
            'client upload'/--client-id)
                _nitro_dynamic client-ids
                ;;
            'client upload'/--tag)
                COMPREPLY=()
                ;;
            'client upload'/--operations-file)
                COMPREPLY=()
                ;;
            'client upload'/--jq)
                COMPREPLY=()
                ;;
            'client validate'/--client-id)
                _nitro_dynamic client-ids
                ;;
            'client validate'/--stage)
                _nitro_dynamic stage-names
                ;;
            'client validate'/--operations-file)
                COMPREPLY=()
                ;;
            'client validate'/--jq)
                COMPREPLY=()
                ;;
            'client publish'/--client-id)
                _nitro_dynamic client-ids
                ;;
            'client publish'/--tag)
                COMPREPLY=()
                ;;
            'client publish'/--stage)
                _nitro_dynamic stage-names
                ;;
            'client publish'/--jq)
                COMPREPLY=()
                ;;
            'client unpublish'/--tag)
                COMPREPLY=()
                ;;
            'client unpublish'/--stage)
                _nitro_dynamic stage-names
                ;;
            'client unpublish'/--client-id)
                _nitro_dynamic client-ids
                ;;
            'client unpublish'/--jq)
                COMPREPLY=()
                ;;
            'client download'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'client download'/--stage)
                _nitro_dynamic stage-names
                ;;
            'client download'/--path)
                COMPREPLY=()
                ;;
            'client download'/--format)
                COMPREPLY=($(compgen -W 'folder relay' -- "$cur"))
                ;;
            'client download'/--jq)
                COMPREPLY=()
                ;;
            'stage list'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'stage list'/--jq)
                COMPREPLY=()
                ;;
            'stage edit'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'stage edit'/--configuration)
                COMPREPLY=()
                ;;
            'stage edit'/--jq)
                COMPREPLY=()
                ;;
            'stage delete'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'stage delete'/--stage)
                _nitro_dynamic stage-names
                ;;
            'stage delete'/--jq)
                COMPREPLY=()
                ;;
            'environment create'/--name)
                COMPREPLY=()
                ;;
            'environment create'/--workspace-id)
                _nitro_dynamic workspace-ids
                ;;
            'environment create'/--jq)
                COMPREPLY=()
                ;;
            'environment list'/--workspace-id)
                _nitro_dynamic workspace-ids
                ;;
            'environment list'/--cursor)
                COMPREPLY=()
                ;;
            'environment list'/--limit)
                COMPREPLY=()
                ;;
            'environment list'/--jq)
                COMPREPLY=()
                ;;
            'environment show'/--jq)
                COMPREPLY=()
                ;;
            'openapi create'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'openapi create'/--name)
                COMPREPLY=()
                ;;
            'openapi create'/--jq)
                COMPREPLY=()
                ;;
            'openapi delete'/--jq)
                COMPREPLY=()
                ;;
            'openapi list'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'openapi list'/--cursor)
                COMPREPLY=()
                ;;
            'openapi list'/--limit)
                COMPREPLY=()
                ;;
            'openapi list'/--jq)
                COMPREPLY=()
                ;;
            'openapi upload'/--openapi-collection-id)
                COMPREPLY=()
                ;;
            'openapi upload'/--tag)
                COMPREPLY=()
                ;;
            'openapi upload'/--pattern)
                COMPREPLY=()
                ;;
            'openapi upload'/--jq)
                COMPREPLY=()
                ;;
            'openapi validate'/--openapi-collection-id)
                COMPREPLY=()
                ;;
            'openapi validate'/--stage)
                _nitro_dynamic stage-names
                ;;
            'openapi validate'/--pattern)
                COMPREPLY=()
                ;;
            'openapi validate'/--jq)
                COMPREPLY=()
                ;;
            'openapi publish'/--openapi-collection-id)
                COMPREPLY=()
                ;;
            'openapi publish'/--tag)
                COMPREPLY=()
                ;;
            'openapi publish'/--stage)
                _nitro_dynamic stage-names
                ;;
            'openapi publish'/--jq)
                COMPREPLY=()
                ;;
            'mcp create'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'mcp create'/--name)
                COMPREPLY=()
                ;;
            'mcp create'/--jq)
                COMPREPLY=()
                ;;
            'mcp delete'/--jq)
                COMPREPLY=()
                ;;
            'mcp list'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'mcp list'/--cursor)
                COMPREPLY=()
                ;;
            'mcp list'/--limit)
                COMPREPLY=()
                ;;
            'mcp list'/--jq)
                COMPREPLY=()
                ;;
            'mcp upload'/--mcp-feature-collection-id)
                COMPREPLY=()
                ;;
            'mcp upload'/--tag)
                COMPREPLY=()
                ;;
            'mcp upload'/--prompt-pattern)
                COMPREPLY=()
                ;;
            'mcp upload'/--tool-pattern)
                COMPREPLY=()
                ;;
            'mcp upload'/--jq)
                COMPREPLY=()
                ;;
            'mcp validate'/--mcp-feature-collection-id)
                COMPREPLY=()
                ;;
            'mcp validate'/--stage)
                _nitro_dynamic stage-names
                ;;
            'mcp validate'/--prompt-pattern)
                COMPREPLY=()
                ;;
            'mcp validate'/--tool-pattern)
                COMPREPLY=()
                ;;
            'mcp validate'/--jq)
                COMPREPLY=()
                ;;
            'mcp publish'/--mcp-feature-collection-id)
                COMPREPLY=()
                ;;
            'mcp publish'/--tag)
                COMPREPLY=()
                ;;
            'mcp publish'/--stage)
                _nitro_dynamic stage-names
                ;;
            'mcp publish'/--jq)
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
                _nitro_dynamic workspace-ids
                ;;
            'status'/--jq)
                COMPREPLY=()
                ;;
            'mock create'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'mock create'/--name)
                COMPREPLY=()
                ;;
            'mock create'/--schema)
                COMPREPLY=()
                ;;
            'mock create'/--extension)
                COMPREPLY=()
                ;;
            'mock create'/--url)
                COMPREPLY=()
                ;;
            'mock create'/--jq)
                COMPREPLY=()
                ;;
            'mock list'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'mock list'/--cursor)
                COMPREPLY=()
                ;;
            'mock list'/--limit)
                COMPREPLY=()
                ;;
            'mock list'/--jq)
                COMPREPLY=()
                ;;
            'mock update'/--name)
                COMPREPLY=()
                ;;
            'mock update'/--schema)
                COMPREPLY=()
                ;;
            'mock update'/--extension)
                COMPREPLY=()
                ;;
            'mock update'/--url)
                COMPREPLY=()
                ;;
            'mock update'/--jq)
                COMPREPLY=()
                ;;
            'schema upload'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'schema upload'/--tag)
                COMPREPLY=()
                ;;
            'schema upload'/--schema-file)
                COMPREPLY=()
                ;;
            'schema upload'/--jq)
                COMPREPLY=()
                ;;
            'schema validate'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'schema validate'/--stage)
                _nitro_dynamic stage-names
                ;;
            'schema validate'/--schema-file)
                COMPREPLY=()
                ;;
            'schema validate'/--jq)
                COMPREPLY=()
                ;;
            'schema download'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'schema download'/--stage)
                _nitro_dynamic stage-names
                ;;
            'schema download'/--output-file)
                COMPREPLY=()
                ;;
            'schema download'/--jq)
                COMPREPLY=()
                ;;
            'schema publish'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'schema publish'/--tag)
                COMPREPLY=()
                ;;
            'schema publish'/--stage)
                _nitro_dynamic stage-names
                ;;
            'schema publish'/--jq)
                COMPREPLY=()
                ;;
            'schema clients'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'schema clients'/--stage)
                _nitro_dynamic stage-names
                ;;
            'schema clients'/--coordinate)
                COMPREPLY=()
                ;;
            'schema clients'/--from)
                COMPREPLY=()
                ;;
            'schema clients'/--to)
                COMPREPLY=()
                ;;
            'schema clients'/--jq)
                COMPREPLY=()
                ;;
            'schema impact'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'schema impact'/--stage)
                _nitro_dynamic stage-names
                ;;
            'schema impact'/--coordinate)
                COMPREPLY=()
                ;;
            'schema impact'/--from)
                COMPREPLY=()
                ;;
            'schema impact'/--to)
                COMPREPLY=()
                ;;
            'schema impact'/--jq)
                COMPREPLY=()
                ;;
            'schema operations'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'schema operations'/--stage)
                _nitro_dynamic stage-names
                ;;
            'schema operations'/--coordinate)
                COMPREPLY=()
                ;;
            'schema operations'/--from)
                COMPREPLY=()
                ;;
            'schema operations'/--to)
                COMPREPLY=()
                ;;
            'schema operations'/--jq)
                COMPREPLY=()
                ;;
            'schema unused'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'schema unused'/--stage)
                _nitro_dynamic stage-names
                ;;
            'schema unused'/--from)
                COMPREPLY=()
                ;;
            'schema unused'/--to)
                COMPREPLY=()
                ;;
            'schema unused'/--jq)
                COMPREPLY=()
                ;;
            'schema usage'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'schema usage'/--stage)
                _nitro_dynamic stage-names
                ;;
            'schema usage'/--coordinate)
                COMPREPLY=()
                ;;
            'schema usage'/--from)
                COMPREPLY=()
                ;;
            'schema usage'/--to)
                COMPREPLY=()
                ;;
            'schema usage'/--jq)
                COMPREPLY=()
                ;;
            'fusion publish'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'fusion publish'/--tag)
                COMPREPLY=()
                ;;
            'fusion publish'/--stage)
                _nitro_dynamic stage-names
                ;;
            'fusion publish'/--archive)
                COMPREPLY=()
                ;;
            'fusion publish'/--jq)
                COMPREPLY=()
                ;;
            'fusion publish begin'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'fusion publish begin'/--tag)
                COMPREPLY=()
                ;;
            'fusion publish begin'/--stage)
                _nitro_dynamic stage-names
                ;;
            'fusion publish begin'/--jq)
                COMPREPLY=()
                ;;
            'fusion publish start'/--request-id)
                COMPREPLY=()
                ;;
            'fusion publish start'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'fusion publish start'/--stage)
                _nitro_dynamic stage-names
                ;;
            'fusion publish start'/--jq)
                COMPREPLY=()
                ;;
            'fusion publish validate'/--request-id)
                COMPREPLY=()
                ;;
            'fusion publish validate'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'fusion publish validate'/--stage)
                _nitro_dynamic stage-names
                ;;
            'fusion publish validate'/--archive)
                COMPREPLY=()
                ;;
            'fusion publish validate'/--jq)
                COMPREPLY=()
                ;;
            'fusion publish commit'/--request-id)
                COMPREPLY=()
                ;;
            'fusion publish commit'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'fusion publish commit'/--stage)
                _nitro_dynamic stage-names
                ;;
            'fusion publish commit'/--archive)
                COMPREPLY=()
                ;;
            'fusion publish commit'/--jq)
                COMPREPLY=()
                ;;
            'fusion publish cancel'/--request-id)
                COMPREPLY=()
                ;;
            'fusion publish cancel'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'fusion publish cancel'/--stage)
                _nitro_dynamic stage-names
                ;;
            'fusion publish cancel'/--jq)
                COMPREPLY=()
                ;;
            'fusion download'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'fusion download'/--stage)
                _nitro_dynamic stage-names
                ;;
            'fusion download'/--output-file)
                COMPREPLY=()
                ;;
            'fusion download'/--jq)
                COMPREPLY=()
                ;;
            'fusion upload'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'fusion upload'/--tag)
                COMPREPLY=()
                ;;
            'fusion upload'/--source-schema-file)
                COMPREPLY=()
                ;;
            'fusion upload'/--jq)
                COMPREPLY=()
                ;;
            'fusion validate'/--api-id)
                _nitro_dynamic api-ids
                ;;
            'fusion validate'/--stage)
                _nitro_dynamic stage-names
                ;;
            'fusion validate'/--archive)
                COMPREPLY=()
                ;;
            'fusion validate'/--jq)
                COMPREPLY=()
                ;;
        esac
        # Without '=' in COMP_WORDBREAKS bash replaces the whole --opt=value word.
        if [[ $split == true && $COMP_WORDBREAKS != *=* ]]; then
            COMPREPLY=("${COMPREPLY[@]/#/$prev=}")
        fi
        _nitro_ltrim_colon "$cur"
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
    _nitro_ltrim_colon "$cur"
} &&
    complete -F _nitro nitro

# ex: filetype=sh
