# fish completion for nitro.
# Generated from spec/nitro.toml by generator/generate.py. Do not edit.
#
# Install as share/fish/vendor_completions.d/nitro.fish, or:
# nitro completion fish | source
# Values that live on the server (token IDs) come from the hidden
# `nitro __complete <completer> [<prefix>]`: one "value<TAB>description" a line,
# nothing when there are no credentials.

# Whether option $argv[2] of command $argv[1] ("pat create") takes a value.
function __nitro_takes_value
    switch "$argv[1]|$argv[2]"
        case '*|--cloud-url' '*|--api-key' '*|--output' 'pat create|--description' 'pat create|--expires' 'pat create|--jq' 'pat list|--cursor' 'pat list|--limit' 'pat list|--jq' 'pat revoke|--jq' 'pat rotate|--expires' 'pat rotate|--jq' 'workspace create|--name' 'workspace create|--jq' 'workspace show|--jq' 'workspace list|--cursor' 'workspace list|--limit' 'workspace list|--jq' 'workspace current|--jq' 'workspace set-default|--workspace-id' 'workspace set-default|--jq' 'api-key create|--name' 'api-key create|--api-id' 'api-key create|--workspace-id' 'api-key create|--stage-condition' 'api-key create|--jq' 'api-key list|--workspace-id' 'api-key list|--cursor' 'api-key list|--limit' 'api-key list|--jq' 'api-key delete|--jq' 'api create|--path' 'api create|--name' 'api create|--workspace-id' 'api create|--kind' 'api create|--jq' 'api list|--workspace-id' 'api list|--cursor' 'api list|--limit' 'api list|--jq' 'api show|--jq' 'api delete|--jq' 'client create|--api-id' 'client create|--name' 'client create|--jq' 'client delete|--jq' 'client show|--jq' 'client list|--api-id' 'client list|--cursor' 'client list|--limit' 'client list|--jq' 'client list versions|--client-id' 'client list versions|--cursor' 'client list versions|--limit' 'client list versions|--jq' 'client list published-versions|--client-id' 'client list published-versions|--cursor' 'client list published-versions|--limit' 'client list published-versions|--jq' 'client upload|--client-id' 'client upload|--tag' 'client upload|--operations-file' 'client upload|--jq' 'client validate|--client-id' 'client validate|--stage' 'client validate|--operations-file' 'client validate|--jq' 'client publish|--client-id' 'client publish|--tag' 'client publish|--stage' 'client publish|--jq' 'client unpublish|--tag' 'client unpublish|--stage' 'client unpublish|--client-id' 'client unpublish|--jq' 'client download|--api-id' 'client download|--stage' 'client download|--path' 'client download|--format' 'client download|--jq' 'stage list|--api-id' 'stage list|--jq' 'stage edit|--api-id' 'stage edit|--configuration' 'stage edit|--jq' 'stage delete|--api-id' 'stage delete|--stage' 'stage delete|--jq' 'environment create|--name' 'environment create|--workspace-id' 'environment create|--jq' 'environment list|--workspace-id' 'environment list|--cursor' 'environment list|--limit' 'environment list|--jq' 'environment show|--jq' 'openapi create|--api-id' 'openapi create|--name' 'openapi create|--jq' 'openapi delete|--jq' 'openapi list|--api-id' 'openapi list|--cursor' 'openapi list|--limit' 'openapi list|--jq' 'openapi upload|--openapi-collection-id' 'openapi upload|--tag' 'openapi upload|--pattern' 'openapi upload|--jq' 'openapi validate|--openapi-collection-id' 'openapi validate|--stage' 'openapi validate|--pattern' 'openapi validate|--jq' 'openapi publish|--openapi-collection-id' 'openapi publish|--tag' 'openapi publish|--stage' 'openapi publish|--jq' 'mcp create|--api-id' 'mcp create|--name' 'mcp create|--jq' 'mcp delete|--jq' 'mcp list|--api-id' 'mcp list|--cursor' 'mcp list|--limit' 'mcp list|--jq' 'mcp upload|--mcp-feature-collection-id' 'mcp upload|--tag' 'mcp upload|--prompt-pattern' 'mcp upload|--tool-pattern' 'mcp upload|--jq' 'mcp validate|--mcp-feature-collection-id' 'mcp validate|--stage' 'mcp validate|--prompt-pattern' 'mcp validate|--tool-pattern' 'mcp validate|--jq' 'mcp publish|--mcp-feature-collection-id' 'mcp publish|--tag' 'mcp publish|--stage' 'mcp publish|--jq' 'login|--client-id' 'login|--scopes' 'login|--timeout' 'login|--workspace-id' 'status|--jq' 'mock create|--api-id' 'mock create|--name' 'mock create|--schema' 'mock create|--extension' 'mock create|--url' 'mock create|--jq' 'mock list|--api-id' 'mock list|--cursor' 'mock list|--limit' 'mock list|--jq' 'mock update|--name' 'mock update|--schema' 'mock update|--extension' 'mock update|--url' 'mock update|--jq' 'schema upload|--api-id' 'schema upload|--tag' 'schema upload|--schema-file' 'schema upload|--jq' 'schema validate|--api-id' 'schema validate|--stage' 'schema validate|--schema-file' 'schema validate|--jq' 'schema download|--api-id' 'schema download|--stage' 'schema download|--output-file' 'schema download|--jq' 'schema publish|--api-id' 'schema publish|--tag' 'schema publish|--stage' 'schema publish|--jq' 'schema clients|--api-id' 'schema clients|--stage' 'schema clients|--coordinate' 'schema clients|--from' 'schema clients|--to' 'schema clients|--jq' 'schema impact|--api-id' 'schema impact|--stage' 'schema impact|--coordinate' 'schema impact|--from' 'schema impact|--to' 'schema impact|--jq' 'schema operations|--api-id' 'schema operations|--stage' 'schema operations|--coordinate' 'schema operations|--from' 'schema operations|--to' 'schema operations|--jq' 'schema unused|--api-id' 'schema unused|--stage' 'schema unused|--from' 'schema unused|--to' 'schema unused|--jq' 'schema usage|--api-id' 'schema usage|--stage' 'schema usage|--coordinate' 'schema usage|--from' 'schema usage|--to' 'schema usage|--jq' 'fusion publish|--api-id' 'fusion publish|--tag' 'fusion publish|--stage' 'fusion publish|--archive' 'fusion publish|--jq' 'fusion publish begin|--api-id' 'fusion publish begin|--tag' 'fusion publish begin|--stage' 'fusion publish begin|--jq' 'fusion publish start|--request-id' 'fusion publish start|--api-id' 'fusion publish start|--stage' 'fusion publish start|--jq' 'fusion publish validate|--request-id' 'fusion publish validate|--api-id' 'fusion publish validate|--stage' 'fusion publish validate|--archive' 'fusion publish validate|--jq' 'fusion publish commit|--request-id' 'fusion publish commit|--api-id' 'fusion publish commit|--stage' 'fusion publish commit|--archive' 'fusion publish commit|--jq' 'fusion publish cancel|--request-id' 'fusion publish cancel|--api-id' 'fusion publish cancel|--stage' 'fusion publish cancel|--jq' 'fusion download|--api-id' 'fusion download|--stage' 'fusion download|--output-file' 'fusion download|--jq' 'fusion upload|--api-id' 'fusion upload|--tag' 'fusion upload|--source-schema-file' 'fusion upload|--jq' 'fusion validate|--api-id' 'fusion validate|--stage' 'fusion validate|--archive' 'fusion validate|--jq' 
            return 0
    end
    return 1
end

# Whether $argv[2] is a subcommand of $argv[1].
function __nitro_is_command
    switch "$argv[1]|$argv[2]"
        case '|pat' 'pat|create' 'pat|list' 'pat|revoke' 'pat|rotate' '|workspace' 'workspace|create' 'workspace|show' 'workspace|list' 'workspace|current' 'workspace|set-default' '|api-key' 'api-key|create' 'api-key|list' 'api-key|delete' '|api' 'api|create' 'api|list' 'api|show' 'api|delete' '|client' 'client|create' 'client|delete' 'client|show' 'client|list' 'client list|versions' 'client list|published-versions' 'client|upload' 'client|validate' 'client|publish' 'client|unpublish' 'client|download' '|stage' 'stage|list' 'stage|edit' 'stage|delete' '|environment' 'environment|create' 'environment|list' 'environment|show' '|openapi' 'openapi|create' 'openapi|delete' 'openapi|list' 'openapi|upload' 'openapi|validate' 'openapi|publish' '|mcp' 'mcp|create' 'mcp|delete' 'mcp|list' 'mcp|upload' 'mcp|validate' 'mcp|publish' '|login' '|logout' '|status' '|completion' '|mock' 'mock|create' 'mock|list' 'mock|update' '|schema' 'schema|upload' 'schema|validate' 'schema|download' 'schema|publish' 'schema|clients' 'schema|impact' 'schema|operations' 'schema|unused' 'schema|usage' '|fusion' 'fusion|compose' 'fusion|publish' 'fusion publish|begin' 'fusion publish|start' 'fusion publish|validate' 'fusion publish|commit' 'fusion publish|cancel' 'fusion|download' 'fusion|upload' 'fusion|validate'
            return 0
    end
    return 1
end

# "<positional arguments so far>|<command words>" of the line before the cursor.
# An option is matched with a regular expression: fish 4 no longer reads `?`
# as a wildcard (qmark-noglob), so a glob '-?*' would match no option there.
function __nitro_state
    set -l tokens (commandline -opc)
    set -l path ''
    set -l npos 0
    set -l skip 0
    set -l only_args 0
    for token in $tokens[2..-1]
        if test $skip = 1
            set skip 0
        else if test $only_args = 0; and test "$token" = --
            set only_args 1
        else if test $only_args = 0; and string match -qr -- '^-.' "$token"
            if not string match -q -- '*=*' "$token"; and __nitro_takes_value "$path" "$token"
                set skip 1
            end
        else if test $only_args = 0; and __nitro_is_command "$path" "$token"
            set path (string trim -- "$path $token")
        else
            set npos (math $npos + 1)
        end
    end
    echo "$npos|$path"
end

# The command is $argv[1].
function __nitro_at
    string match -q -- "*|$argv[1]" (__nitro_state)
end

# The command is $argv[1] and the cursor is on its positional argument $argv[2] (from 0).
function __nitro_arg
    test (__nitro_state) = "$argv[2]|$argv[1]"
end

# The candidates of `nitro __complete $argv[1]`, passing on the
# --cloud-url and --api-key of the command line. fish escapes each value as
# it inserts it (a value such as $(cmd) never runs), shows the descriptions
# and, with `complete -k`, keeps the server's order (token IDs newest first).
function __nitro_dynamic
    set -l tokens (commandline -opc)
    set -l forward
    set -l count (count $tokens)
    for i in (seq 2 $count)
        switch $tokens[$i]
            case '--cloud-url=*' '--api-key=*' '--output=*' '--workspace-id=*' '--api-id=*'
                set -a forward $tokens[$i]
            case '--cloud-url' '--api-key' '--output' '--workspace-id' '--api-id'
                test $i -lt $count; and set -a forward $tokens[$i] $tokens[(math $i + 1)]
        end
    end
    $tokens[1] __complete $forward -- $argv[1] (commandline -ct) 2>/dev/null
end

complete -c nitro -f

# Everywhere
complete -c nitro -s h -l help -d 'Show help and usage information.'
complete -c nitro -l cloud-url -x -d 'Host of the Nitro API; the endpoint is <scheme>://<host>/graphql.'
complete -c nitro -l api-key -x -d 'An API key or personal access token used to authenticate.'
complete -c nitro -l output -x -a 'json' -d 'Print results as JSON and never prompt.'
complete -c nitro -l verbose -d 'Trace each request and response on stderr, credentials redacted.'
complete -c nitro -n '__nitro_at ""' -l version -d 'Show version information.'

# nitro
complete -c nitro -n '__nitro_at \'\'' -a pat -d 'Manage personal access tokens.'
complete -c nitro -n '__nitro_at \'\'' -a workspace -d 'Manage workspaces.'
complete -c nitro -n '__nitro_at \'\'' -a api-key -d 'Manage API keys.'
complete -c nitro -n '__nitro_at \'\'' -a api -d 'Manage APIs.'
complete -c nitro -n '__nitro_at \'\'' -a client -d 'Manage the clients of an API and their versions.'
complete -c nitro -n '__nitro_at \'\'' -a stage -d 'Manage stages.'
complete -c nitro -n '__nitro_at \'\'' -a environment -d 'Manage environments.'
complete -c nitro -n '__nitro_at \'\'' -a openapi -d 'Manage OpenAPI collections.'
complete -c nitro -n '__nitro_at \'\'' -a mcp -d 'Manage MCP feature collections.'
complete -c nitro -n '__nitro_at \'\'' -a login -d 'Sign in to Nitro and store a session.'
complete -c nitro -n '__nitro_at \'\'' -a logout -d 'Sign out and delete the stored session.'
complete -c nitro -n '__nitro_at \'\'' -a status -d 'Show who you are signed in as and which credential is in use.'
complete -c nitro -n '__nitro_at \'\'' -a completion -d 'Print the shell completion script for bash, zsh or fish.'
complete -c nitro -n '__nitro_at \'\'' -a mock -d 'Create, update and list mocks.'
complete -c nitro -n '__nitro_at \'\'' -a schema -d 'Upload, validate, publish and download the schema of an API.'
complete -c nitro -n '__nitro_at \'\'' -a fusion -d 'Publish Fusion gateway configurations.'

# nitro pat
complete -c nitro -n '__nitro_at \'pat\'' -a create -d 'Create a new personal access token.'
complete -c nitro -n '__nitro_at \'pat\'' -a list -d 'List the personal access tokens on your user account.'
complete -c nitro -n '__nitro_at \'pat\'' -a revoke -d 'Revoke a personal access token by its ID.'
complete -c nitro -n '__nitro_at \'pat\'' -a rotate -d 'Replace a personal access token with a new one, then revoke it.'

# nitro pat create
complete -c nitro -n '__nitro_at \'pat create\'' -l description -x -d 'Human-readable description used to identify the token later.'
complete -c nitro -n '__nitro_at \'pat create\'' -l expires -x -d 'Expiration time of the token in days.'
complete -c nitro -n '__nitro_at \'pat create\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro pat list
complete -c nitro -n '__nitro_at \'pat list\'' -l cursor -x -d 'Pagination cursor to resume from. Useful for non-interactive paging.'
complete -c nitro -n '__nitro_at \'pat list\'' -l all -d 'Fetch every page and print one JSON document.'
complete -c nitro -n '__nitro_at \'pat list\'' -l limit -x -d 'Print at most this many items, as one JSON document; its cursor resumes.'
complete -c nitro -n '__nitro_at \'pat list\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro pat revoke
complete -c nitro -n '__nitro_at \'pat revoke\'' -l force -d 'Skip the confirmation. Required without a terminal or with --output json.'
complete -c nitro -n '__nitro_at \'pat revoke\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'
complete -c nitro -n '__nitro_arg \'pat revoke\' 0' -k -a '(__nitro_dynamic pat-ids)' -d 'ID of the personal access token to revoke.'

# nitro pat rotate
complete -c nitro -n '__nitro_at \'pat rotate\'' -l expires -x -d 'Lifetime of the new token in days (default: the old token\'s).'
complete -c nitro -n '__nitro_at \'pat rotate\'' -l force -d 'Skip the confirmation. Required without a terminal or with --output json.'
complete -c nitro -n '__nitro_at \'pat rotate\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'
complete -c nitro -n '__nitro_arg \'pat rotate\' 0' -k -a '(__nitro_dynamic pat-ids)' -d 'ID of the personal access token to replace.'

# nitro workspace
complete -c nitro -n '__nitro_at \'workspace\'' -a create -d 'Create a new workspace.'
complete -c nitro -n '__nitro_at \'workspace\'' -a show -d 'Show details of a workspace.'
complete -c nitro -n '__nitro_at \'workspace\'' -a list -d 'List the workspaces you are a member of.'
complete -c nitro -n '__nitro_at \'workspace\'' -a current -d 'Show the default workspace of your session.'
complete -c nitro -n '__nitro_at \'workspace\'' -a set-default -d 'Choose the default workspace of your session.'

# nitro workspace create
complete -c nitro -n '__nitro_at \'workspace create\'' -l name -x -d 'The name of the workspace.'
complete -c nitro -n '__nitro_at \'workspace create\'' -l default -d 'Make it the default workspace (--default false: do not; asked on a terminal).'
complete -c nitro -n '__nitro_at \'workspace create\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro workspace show
complete -c nitro -n '__nitro_at \'workspace show\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'
complete -c nitro -n '__nitro_arg \'workspace show\' 0' -k -a '(__nitro_dynamic workspace-ids)' -d 'The ID of the workspace.'

# nitro workspace list
complete -c nitro -n '__nitro_at \'workspace list\'' -l cursor -x -d 'Pagination cursor to resume from. Useful for non-interactive paging.'
complete -c nitro -n '__nitro_at \'workspace list\'' -l all -d 'Fetch every page and print one JSON document.'
complete -c nitro -n '__nitro_at \'workspace list\'' -l limit -x -d 'Print at most this many items, as one JSON document; its cursor resumes.'
complete -c nitro -n '__nitro_at \'workspace list\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro workspace current
complete -c nitro -n '__nitro_at \'workspace current\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro workspace set-default
complete -c nitro -n '__nitro_at \'workspace set-default\'' -l workspace-id -x -k -a '(__nitro_dynamic workspace-ids)' -d 'ID of the workspace to use by default.'
complete -c nitro -n '__nitro_at \'workspace set-default\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro api-key
complete -c nitro -n '__nitro_at \'api-key\'' -a create -d 'Create a new API key.'
complete -c nitro -n '__nitro_at \'api-key\'' -a list -d 'List the API keys of a workspace.'
complete -c nitro -n '__nitro_at \'api-key\'' -a delete -d 'Delete an API key by its ID.'

# nitro api-key create
complete -c nitro -n '__nitro_at \'api-key create\'' -l name -x -d 'The name of the API key (for later reference).'
complete -c nitro -n '__nitro_at \'api-key create\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API the key is for.'
complete -c nitro -n '__nitro_at \'api-key create\'' -l workspace-id -x -k -a '(__nitro_dynamic workspace-ids)' -d 'The ID of the workspace (default: the session\'s).'
complete -c nitro -n '__nitro_at \'api-key create\'' -l stage-condition -x -d '[Preview] Limit the key to one stage name (default: all stages).'
complete -c nitro -n '__nitro_at \'api-key create\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro api-key list
complete -c nitro -n '__nitro_at \'api-key list\'' -l workspace-id -x -k -a '(__nitro_dynamic workspace-ids)' -d 'The ID of the workspace (default: the session\'s).'
complete -c nitro -n '__nitro_at \'api-key list\'' -l cursor -x -d 'Pagination cursor to resume from. Useful for non-interactive paging.'
complete -c nitro -n '__nitro_at \'api-key list\'' -l all -d 'Fetch every page and print one JSON document.'
complete -c nitro -n '__nitro_at \'api-key list\'' -l limit -x -d 'Print at most this many items, as one JSON document; its cursor resumes.'
complete -c nitro -n '__nitro_at \'api-key list\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro api-key delete
complete -c nitro -n '__nitro_at \'api-key delete\'' -l force -d 'Skip the confirmation. Required without a terminal or with --output json.'
complete -c nitro -n '__nitro_at \'api-key delete\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro api
complete -c nitro -n '__nitro_at \'api\'' -a create -d 'Create a new API.'
complete -c nitro -n '__nitro_at \'api\'' -a list -d 'List the APIs of a workspace.'
complete -c nitro -n '__nitro_at \'api\'' -a show -d 'Show details of an API.'
complete -c nitro -n '__nitro_at \'api\'' -a delete -d 'Delete an API by its ID.'

# nitro api create
complete -c nitro -n '__nitro_at \'api create\'' -l path -x -d 'The path of the API, starting with \'/\'.'
complete -c nitro -n '__nitro_at \'api create\'' -l name -x -d 'The name of the API.'
complete -c nitro -n '__nitro_at \'api create\'' -l workspace-id -x -k -a '(__nitro_dynamic workspace-ids)' -d 'The ID of the workspace (default: the session\'s).'
complete -c nitro -n '__nitro_at \'api create\'' -l kind -x -a 'collection gateway service' -d 'The kind of the API.'
complete -c nitro -n '__nitro_at \'api create\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro api list
complete -c nitro -n '__nitro_at \'api list\'' -l workspace-id -x -k -a '(__nitro_dynamic workspace-ids)' -d 'The ID of the workspace (default: the session\'s).'
complete -c nitro -n '__nitro_at \'api list\'' -l cursor -x -d 'Pagination cursor to resume from. Useful for non-interactive paging.'
complete -c nitro -n '__nitro_at \'api list\'' -l all -d 'Fetch every page and print one JSON document.'
complete -c nitro -n '__nitro_at \'api list\'' -l limit -x -d 'Print at most this many items, as one JSON document; its cursor resumes.'
complete -c nitro -n '__nitro_at \'api list\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro api show
complete -c nitro -n '__nitro_at \'api show\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro api delete
complete -c nitro -n '__nitro_at \'api delete\'' -l force -d 'Skip the confirmation. Required without a terminal or with --output json.'
complete -c nitro -n '__nitro_at \'api delete\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro client
complete -c nitro -n '__nitro_at \'client\'' -a create -d 'Create a new client.'
complete -c nitro -n '__nitro_at \'client\'' -a delete -d 'Delete a client.'
complete -c nitro -n '__nitro_at \'client\'' -a show -d 'Show details of a client.'
complete -c nitro -n '__nitro_at \'client\'' -a list -d 'List all clients of an API.'
complete -c nitro -n '__nitro_at \'client\'' -a upload -d 'Upload a new client version.'
complete -c nitro -n '__nitro_at \'client\'' -a validate -d 'Validate a client version.'
complete -c nitro -n '__nitro_at \'client\'' -a publish -d 'Publish a client version to a stage.'
complete -c nitro -n '__nitro_at \'client\'' -a unpublish -d 'Unpublish a client version from a stage.'
complete -c nitro -n '__nitro_at \'client\'' -a download -d 'Download the queries from a stage.'

# nitro client create
complete -c nitro -n '__nitro_at \'client create\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'client create\'' -l name -x -d 'The name of the client.'
complete -c nitro -n '__nitro_at \'client create\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro client delete
complete -c nitro -n '__nitro_at \'client delete\'' -l force -d 'Skip the confirmation. Required without a terminal or with --output json.'
complete -c nitro -n '__nitro_at \'client delete\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro client show
complete -c nitro -n '__nitro_at \'client show\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro client list
complete -c nitro -n '__nitro_at \'client list\'' -a versions -d 'List all versions of a client.'
complete -c nitro -n '__nitro_at \'client list\'' -a published-versions -d 'List the published versions of a client.'
complete -c nitro -n '__nitro_at \'client list\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'client list\'' -l cursor -x -d 'Pagination cursor to resume from. Useful for non-interactive paging.'
complete -c nitro -n '__nitro_at \'client list\'' -l all -d 'Fetch every page and print one JSON document.'
complete -c nitro -n '__nitro_at \'client list\'' -l limit -x -d 'Print at most this many items, as one JSON document; its cursor resumes.'
complete -c nitro -n '__nitro_at \'client list\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro client list versions
complete -c nitro -n '__nitro_at \'client list versions\'' -l client-id -x -k -a '(__nitro_dynamic client-ids)' -d 'The ID of the client.'
complete -c nitro -n '__nitro_at \'client list versions\'' -l cursor -x -d 'Pagination cursor to resume from. Useful for non-interactive paging.'
complete -c nitro -n '__nitro_at \'client list versions\'' -l all -d 'Fetch every page and print one JSON document.'
complete -c nitro -n '__nitro_at \'client list versions\'' -l limit -x -d 'Print at most this many items, as one JSON document; its cursor resumes.'
complete -c nitro -n '__nitro_at \'client list versions\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro client list published-versions
complete -c nitro -n '__nitro_at \'client list published-versions\'' -l client-id -x -k -a '(__nitro_dynamic client-ids)' -d 'The ID of the client.'
complete -c nitro -n '__nitro_at \'client list published-versions\'' -l cursor -x -d 'Pagination cursor to resume from. Useful for non-interactive paging.'
complete -c nitro -n '__nitro_at \'client list published-versions\'' -l all -d 'Fetch every page and print one JSON document.'
complete -c nitro -n '__nitro_at \'client list published-versions\'' -l limit -x -d 'Print at most this many items, as one JSON document; its cursor resumes.'
complete -c nitro -n '__nitro_at \'client list published-versions\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro client upload
complete -c nitro -n '__nitro_at \'client upload\'' -l client-id -x -k -a '(__nitro_dynamic client-ids)' -d 'The ID of the client.'
complete -c nitro -n '__nitro_at \'client upload\'' -l tag -x -d 'The tag of the client version to upload.'
complete -c nitro -n '__nitro_at \'client upload\'' -l operations-file -x -d 'The path to the JSON file with the operations.'
complete -c nitro -n '__nitro_at \'client upload\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro client validate
complete -c nitro -n '__nitro_at \'client validate\'' -l client-id -x -k -a '(__nitro_dynamic client-ids)' -d 'The ID of the client.'
complete -c nitro -n '__nitro_at \'client validate\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'client validate\'' -l operations-file -x -d 'The path to the JSON file with the operations.'
complete -c nitro -n '__nitro_at \'client validate\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro client publish
complete -c nitro -n '__nitro_at \'client publish\'' -l client-id -x -k -a '(__nitro_dynamic client-ids)' -d 'The ID of the client.'
complete -c nitro -n '__nitro_at \'client publish\'' -l tag -x -d 'The tag of the client version to publish.'
complete -c nitro -n '__nitro_at \'client publish\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'client publish\'' -l force -d 'Publish even with breaking changes.'
complete -c nitro -n '__nitro_at \'client publish\'' -l wait-for-approval -d 'Wait for the deployment to be approved before completing.'
complete -c nitro -n '__nitro_at \'client publish\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro client unpublish
complete -c nitro -n '__nitro_at \'client unpublish\'' -l tag -x -d 'One or more client version tags to unpublish.'
complete -c nitro -n '__nitro_at \'client unpublish\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'client unpublish\'' -l client-id -x -k -a '(__nitro_dynamic client-ids)' -d 'The ID of the client.'
complete -c nitro -n '__nitro_at \'client unpublish\'' -l force -d 'Skip the confirmation. Required without a terminal or with --output json.'
complete -c nitro -n '__nitro_at \'client unpublish\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro client download
complete -c nitro -n '__nitro_at \'client download\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'client download\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'client download\'' -l path -x -d 'The path where the client is stored.'
complete -c nitro -n '__nitro_at \'client download\'' -l format -x -a 'folder relay' -d 'The format to store the queries in.'
complete -c nitro -n '__nitro_at \'client download\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro stage
complete -c nitro -n '__nitro_at \'stage\'' -a list -d 'List all stages of an API.'
complete -c nitro -n '__nitro_at \'stage\'' -a edit -d 'Edit stages of an API.'
complete -c nitro -n '__nitro_at \'stage\'' -a delete -d 'Delete a stage by name.'

# nitro stage list
complete -c nitro -n '__nitro_at \'stage list\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'stage list\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro stage edit
complete -c nitro -n '__nitro_at \'stage edit\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'stage edit\'' -l configuration -x -d 'The stages, a JSON array of {name, displayName, conditions}.'
complete -c nitro -n '__nitro_at \'stage edit\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro stage delete
complete -c nitro -n '__nitro_at \'stage delete\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'stage delete\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'stage delete\'' -l force -d 'Skip the confirmation. Required without a terminal or with --output json.'
complete -c nitro -n '__nitro_at \'stage delete\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro environment
complete -c nitro -n '__nitro_at \'environment\'' -a create -d 'Create a new environment.'
complete -c nitro -n '__nitro_at \'environment\'' -a list -d 'List all environments of a workspace.'
complete -c nitro -n '__nitro_at \'environment\'' -a show -d 'Show details of an environment.'

# nitro environment create
complete -c nitro -n '__nitro_at \'environment create\'' -l name -x -d 'The name of the environment.'
complete -c nitro -n '__nitro_at \'environment create\'' -l workspace-id -x -k -a '(__nitro_dynamic workspace-ids)' -d 'The ID of the workspace (default: the session\'s).'
complete -c nitro -n '__nitro_at \'environment create\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro environment list
complete -c nitro -n '__nitro_at \'environment list\'' -l workspace-id -x -k -a '(__nitro_dynamic workspace-ids)' -d 'The ID of the workspace (default: the session\'s).'
complete -c nitro -n '__nitro_at \'environment list\'' -l cursor -x -d 'Pagination cursor to resume from. Useful for non-interactive paging.'
complete -c nitro -n '__nitro_at \'environment list\'' -l all -d 'Fetch every page and print one JSON document.'
complete -c nitro -n '__nitro_at \'environment list\'' -l limit -x -d 'Print at most this many items, as one JSON document; its cursor resumes.'
complete -c nitro -n '__nitro_at \'environment list\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro environment show
complete -c nitro -n '__nitro_at \'environment show\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro openapi
complete -c nitro -n '__nitro_at \'openapi\'' -a create -d 'Create a new OpenAPI collection.'
complete -c nitro -n '__nitro_at \'openapi\'' -a delete -d 'Delete an OpenAPI collection.'
complete -c nitro -n '__nitro_at \'openapi\'' -a list -d 'List all OpenAPI collections of an API.'
complete -c nitro -n '__nitro_at \'openapi\'' -a upload -d 'Upload a new OpenAPI collection version.'
complete -c nitro -n '__nitro_at \'openapi\'' -a validate -d 'Validate an OpenAPI collection against a stage.'
complete -c nitro -n '__nitro_at \'openapi\'' -a publish -d 'Publish an OpenAPI collection version to a stage.'

# nitro openapi create
complete -c nitro -n '__nitro_at \'openapi create\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'openapi create\'' -l name -x -d 'The name of the OpenAPI collection.'
complete -c nitro -n '__nitro_at \'openapi create\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro openapi delete
complete -c nitro -n '__nitro_at \'openapi delete\'' -l force -d 'Skip the confirmation. Required without a terminal or with --output json.'
complete -c nitro -n '__nitro_at \'openapi delete\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro openapi list
complete -c nitro -n '__nitro_at \'openapi list\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'openapi list\'' -l cursor -x -d 'Pagination cursor to resume from. Useful for non-interactive paging.'
complete -c nitro -n '__nitro_at \'openapi list\'' -l all -d 'Fetch every page and print one JSON document.'
complete -c nitro -n '__nitro_at \'openapi list\'' -l limit -x -d 'Print at most this many items, as one JSON document; its cursor resumes.'
complete -c nitro -n '__nitro_at \'openapi list\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro openapi upload
complete -c nitro -n '__nitro_at \'openapi upload\'' -l openapi-collection-id -x -d 'The ID of the OpenAPI collection.'
complete -c nitro -n '__nitro_at \'openapi upload\'' -l tag -x -d 'The tag of the OpenAPI collection version to upload.'
complete -c nitro -n '__nitro_at \'openapi upload\'' -l pattern -x -d 'One or more glob patterns for selecting OpenAPI document files (*.graphql).'
complete -c nitro -n '__nitro_at \'openapi upload\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro openapi validate
complete -c nitro -n '__nitro_at \'openapi validate\'' -l openapi-collection-id -x -d 'The ID of the OpenAPI collection.'
complete -c nitro -n '__nitro_at \'openapi validate\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'openapi validate\'' -l pattern -x -d 'One or more glob patterns for selecting OpenAPI document files (*.graphql).'
complete -c nitro -n '__nitro_at \'openapi validate\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro openapi publish
complete -c nitro -n '__nitro_at \'openapi publish\'' -l openapi-collection-id -x -d 'The ID of the OpenAPI collection.'
complete -c nitro -n '__nitro_at \'openapi publish\'' -l tag -x -d 'The tag of the OpenAPI collection version to publish.'
complete -c nitro -n '__nitro_at \'openapi publish\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'openapi publish\'' -l force -d 'Publish even with breaking changes.'
complete -c nitro -n '__nitro_at \'openapi publish\'' -l wait-for-approval -d 'Wait for the deployment to be approved before completing.'
complete -c nitro -n '__nitro_at \'openapi publish\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro mcp
complete -c nitro -n '__nitro_at \'mcp\'' -a create -d 'Create a new MCP feature collection.'
complete -c nitro -n '__nitro_at \'mcp\'' -a delete -d 'Delete an MCP feature collection.'
complete -c nitro -n '__nitro_at \'mcp\'' -a list -d 'List all MCP feature collections of an API.'
complete -c nitro -n '__nitro_at \'mcp\'' -a upload -d 'Upload a new MCP feature collection version.'
complete -c nitro -n '__nitro_at \'mcp\'' -a validate -d 'Validate an MCP feature collection against a stage.'
complete -c nitro -n '__nitro_at \'mcp\'' -a publish -d 'Publish an MCP feature collection version to a stage.'

# nitro mcp create
complete -c nitro -n '__nitro_at \'mcp create\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'mcp create\'' -l name -x -d 'The name of the MCP feature collection.'
complete -c nitro -n '__nitro_at \'mcp create\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro mcp delete
complete -c nitro -n '__nitro_at \'mcp delete\'' -l force -d 'Skip the confirmation. Required without a terminal or with --output json.'
complete -c nitro -n '__nitro_at \'mcp delete\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro mcp list
complete -c nitro -n '__nitro_at \'mcp list\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'mcp list\'' -l cursor -x -d 'Pagination cursor to resume from. Useful for non-interactive paging.'
complete -c nitro -n '__nitro_at \'mcp list\'' -l all -d 'Fetch every page and print one JSON document.'
complete -c nitro -n '__nitro_at \'mcp list\'' -l limit -x -d 'Print at most this many items, as one JSON document; its cursor resumes.'
complete -c nitro -n '__nitro_at \'mcp list\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro mcp upload
complete -c nitro -n '__nitro_at \'mcp upload\'' -l mcp-feature-collection-id -x -d 'The ID of the MCP feature collection.'
complete -c nitro -n '__nitro_at \'mcp upload\'' -l tag -x -d 'The tag of the MCP feature collection version to upload.'
complete -c nitro -n '__nitro_at \'mcp upload\'' -l prompt-pattern -x -d 'One or more glob patterns for selecting MCP prompt definition files (*.json).'
complete -c nitro -n '__nitro_at \'mcp upload\'' -l tool-pattern -x -d 'One or more glob patterns for selecting MCP tool definition files (*.graphql).'
complete -c nitro -n '__nitro_at \'mcp upload\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro mcp validate
complete -c nitro -n '__nitro_at \'mcp validate\'' -l mcp-feature-collection-id -x -d 'The ID of the MCP feature collection.'
complete -c nitro -n '__nitro_at \'mcp validate\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'mcp validate\'' -l prompt-pattern -x -d 'One or more glob patterns for selecting MCP prompt definition files (*.json).'
complete -c nitro -n '__nitro_at \'mcp validate\'' -l tool-pattern -x -d 'One or more glob patterns for selecting MCP tool definition files (*.graphql).'
complete -c nitro -n '__nitro_at \'mcp validate\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro mcp publish
complete -c nitro -n '__nitro_at \'mcp publish\'' -l mcp-feature-collection-id -x -d 'The ID of the MCP feature collection.'
complete -c nitro -n '__nitro_at \'mcp publish\'' -l tag -x -d 'The tag of the MCP feature collection version to publish.'
complete -c nitro -n '__nitro_at \'mcp publish\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'mcp publish\'' -l force -d 'Publish even with breaking changes.'
complete -c nitro -n '__nitro_at \'mcp publish\'' -l wait-for-approval -d 'Wait for the deployment to be approved before completing.'
complete -c nitro -n '__nitro_at \'mcp publish\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro login
complete -c nitro -n '__nitro_at \'login\'' -l device -d 'Sign in with a device code, for machines without a browser.'
complete -c nitro -n '__nitro_at \'login\'' -l with-token -d 'Read a personal access token or API key from standard input.'
complete -c nitro -n '__nitro_at \'login\'' -l no-browser -d 'Print the sign-in URL instead of opening a browser.'
complete -c nitro -n '__nitro_at \'login\'' -l client-id -x -d 'OAuth client id registered with the identity server.'
complete -c nitro -n '__nitro_at \'login\'' -l scopes -x -d 'OAuth scopes to ask for, separated by spaces.'
complete -c nitro -n '__nitro_at \'login\'' -l timeout -x -d 'How long to wait for the sign-in to complete.'
complete -c nitro -n '__nitro_at \'login\'' -l workspace-id -x -k -a '(__nitro_dynamic workspace-ids)' -d 'Workspace to use by default after signing in.'

# nitro status
complete -c nitro -n '__nitro_at \'status\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro completion
complete -c nitro -n '__nitro_arg \'completion\' 0' -a 'bash zsh fish' -d 'The shell to print the script for.'

# nitro mock
complete -c nitro -n '__nitro_at \'mock\'' -a create -d 'Create a new mock.'
complete -c nitro -n '__nitro_at \'mock\'' -a list -d 'List the mocks of an API.'
complete -c nitro -n '__nitro_at \'mock\'' -a update -d 'Update a mock.'

# nitro mock create
complete -c nitro -n '__nitro_at \'mock create\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'mock create\'' -l name -x -d 'The name of the mock.'
complete -c nitro -n '__nitro_at \'mock create\'' -l schema -x -d 'The path to the GraphQL file with the base schema of the mock.'
complete -c nitro -n '__nitro_at \'mock create\'' -l extension -x -d 'The path to the GraphQL file with the schema extension of the mock.'
complete -c nitro -n '__nitro_at \'mock create\'' -l url -x -d 'The URL of the downstream service the mock forwards to.'
complete -c nitro -n '__nitro_at \'mock create\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro mock list
complete -c nitro -n '__nitro_at \'mock list\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'mock list\'' -l cursor -x -d 'Pagination cursor to resume from. Useful for non-interactive paging.'
complete -c nitro -n '__nitro_at \'mock list\'' -l all -d 'Fetch every page and print one JSON document.'
complete -c nitro -n '__nitro_at \'mock list\'' -l limit -x -d 'Print at most this many items, as one JSON document; its cursor resumes.'
complete -c nitro -n '__nitro_at \'mock list\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro mock update
complete -c nitro -n '__nitro_at \'mock update\'' -l name -x -d 'The new name of the mock.'
complete -c nitro -n '__nitro_at \'mock update\'' -l schema -x -d 'The path to the GraphQL file with the base schema of the mock.'
complete -c nitro -n '__nitro_at \'mock update\'' -l extension -x -d 'The path to the GraphQL file with the schema extension of the mock.'
complete -c nitro -n '__nitro_at \'mock update\'' -l url -x -d 'The URL of the downstream service the mock forwards to.'
complete -c nitro -n '__nitro_at \'mock update\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro schema
complete -c nitro -n '__nitro_at \'schema\'' -a upload -d 'Upload a new schema version.'
complete -c nitro -n '__nitro_at \'schema\'' -a validate -d 'Validate a schema against a stage.'
complete -c nitro -n '__nitro_at \'schema\'' -a download -d 'Download a schema from a stage.'
complete -c nitro -n '__nitro_at \'schema\'' -a publish -d 'Publish a schema version to a stage.'
complete -c nitro -n '__nitro_at \'schema\'' -a clients -d 'Show the clients that use a schema coordinate on a stage.'
complete -c nitro -n '__nitro_at \'schema\'' -a impact -d 'Show what removing a schema coordinate would break on a stage.'
complete -c nitro -n '__nitro_at \'schema\'' -a operations -d 'Show the operations that use a schema coordinate on a stage.'
complete -c nitro -n '__nitro_at \'schema\'' -a unused -d 'List the fields of a stage\'s schema that nothing used.'
complete -c nitro -n '__nitro_at \'schema\'' -a usage -d 'Show the usage of a schema coordinate on a stage.'

# nitro schema upload
complete -c nitro -n '__nitro_at \'schema upload\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'schema upload\'' -l tag -x -d 'The tag of the schema version to upload.'
complete -c nitro -n '__nitro_at \'schema upload\'' -l schema-file -x -d 'The path to the GraphQL file with the schema definition.'
complete -c nitro -n '__nitro_at \'schema upload\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro schema validate
complete -c nitro -n '__nitro_at \'schema validate\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'schema validate\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'schema validate\'' -l schema-file -x -d 'The path to the GraphQL file with the schema definition.'
complete -c nitro -n '__nitro_at \'schema validate\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro schema download
complete -c nitro -n '__nitro_at \'schema download\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'schema download\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'schema download\'' -l output-file -x -d 'The file path to write the output to.'
complete -c nitro -n '__nitro_at \'schema download\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro schema publish
complete -c nitro -n '__nitro_at \'schema publish\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'schema publish\'' -l tag -x -d 'The tag of the schema version to publish.'
complete -c nitro -n '__nitro_at \'schema publish\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'schema publish\'' -l force -d 'Publish even with breaking changes.'
complete -c nitro -n '__nitro_at \'schema publish\'' -l wait-for-approval -d 'Wait for the deployment to be approved before completing.'
complete -c nitro -n '__nitro_at \'schema publish\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro schema clients
complete -c nitro -n '__nitro_at \'schema clients\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'schema clients\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'schema clients\'' -l coordinate -x -d 'A schema coordinate such as \'User.email\' or \'Query.users\'.'
complete -c nitro -n '__nitro_at \'schema clients\'' -l from -x -d 'Start of the time window, a date or date-time (default: 7 days before --to).'
complete -c nitro -n '__nitro_at \'schema clients\'' -l to -x -d 'End of the time window, as --from (default: now).'
complete -c nitro -n '__nitro_at \'schema clients\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro schema impact
complete -c nitro -n '__nitro_at \'schema impact\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'schema impact\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'schema impact\'' -l coordinate -x -d 'A schema coordinate such as \'User.email\' or \'Query.users\'.'
complete -c nitro -n '__nitro_at \'schema impact\'' -l from -x -d 'Start of the time window, a date or date-time (default: 7 days before --to).'
complete -c nitro -n '__nitro_at \'schema impact\'' -l to -x -d 'End of the time window, as --from (default: now).'
complete -c nitro -n '__nitro_at \'schema impact\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro schema operations
complete -c nitro -n '__nitro_at \'schema operations\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'schema operations\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'schema operations\'' -l coordinate -x -d 'A schema coordinate such as \'User.email\' or \'Query.users\'.'
complete -c nitro -n '__nitro_at \'schema operations\'' -l from -x -d 'Start of the time window, a date or date-time (default: 7 days before --to).'
complete -c nitro -n '__nitro_at \'schema operations\'' -l to -x -d 'End of the time window, as --from (default: now).'
complete -c nitro -n '__nitro_at \'schema operations\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro schema unused
complete -c nitro -n '__nitro_at \'schema unused\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'schema unused\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'schema unused\'' -l deprecated-only -d 'Only deprecated fields: the ones safe to remove now.'
complete -c nitro -n '__nitro_at \'schema unused\'' -l from -x -d 'Start of the time window, a date or date-time (default: 7 days before --to).'
complete -c nitro -n '__nitro_at \'schema unused\'' -l to -x -d 'End of the time window, as --from (default: now).'
complete -c nitro -n '__nitro_at \'schema unused\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro schema usage
complete -c nitro -n '__nitro_at \'schema usage\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'schema usage\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'schema usage\'' -l coordinate -x -d 'A schema coordinate such as \'User.email\' or \'Query.users\'.'
complete -c nitro -n '__nitro_at \'schema usage\'' -l from -x -d 'Start of the time window, a date or date-time (default: 7 days before --to).'
complete -c nitro -n '__nitro_at \'schema usage\'' -l to -x -d 'End of the time window, as --from (default: now).'
complete -c nitro -n '__nitro_at \'schema usage\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro fusion
complete -c nitro -n '__nitro_at \'fusion\'' -a compose -d 'Compose a gateway configuration (not in nitro: see why).'
complete -c nitro -n '__nitro_at \'fusion\'' -a publish -d 'Publish a Fusion configuration to a stage.'
complete -c nitro -n '__nitro_at \'fusion\'' -a download -d 'Download the most recent gateway configuration.'
complete -c nitro -n '__nitro_at \'fusion\'' -a upload -d 'Upload a source schema for a later composition.'
complete -c nitro -n '__nitro_at \'fusion\'' -a validate -d 'Validate the gateway schema of a Fusion archive against a stage.'

# nitro fusion publish
complete -c nitro -n '__nitro_at \'fusion publish\'' -a begin -d 'Begin a configuration publish: request a deployment slot.'
complete -c nitro -n '__nitro_at \'fusion publish\'' -a start -d 'Start a Fusion configuration publish: claim the deployment slot.'
complete -c nitro -n '__nitro_at \'fusion publish\'' -a validate -d 'Validate a Fusion configuration against the schema and clients.'
complete -c nitro -n '__nitro_at \'fusion publish\'' -a commit -d 'Commit a Fusion configuration publish: publish the archive.'
complete -c nitro -n '__nitro_at \'fusion publish\'' -a cancel -d 'Cancel a Fusion configuration publish.'
complete -c nitro -n '__nitro_at \'fusion publish\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'fusion publish\'' -l tag -x -d 'The tag of the configuration to publish.'
complete -c nitro -n '__nitro_at \'fusion publish\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'fusion publish\'' -l archive -x -d 'The Fusion archive (gateway.far) the Fusion composer built.'
complete -c nitro -n '__nitro_at \'fusion publish\'' -l force -d 'Commit even when the validation fails.'
complete -c nitro -n '__nitro_at \'fusion publish\'' -l wait-for-approval -d 'Wait for the deployment to be approved before completing.'
complete -c nitro -n '__nitro_at \'fusion publish\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro fusion publish begin
complete -c nitro -n '__nitro_at \'fusion publish begin\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'fusion publish begin\'' -l tag -x -d 'The tag of the configuration to publish.'
complete -c nitro -n '__nitro_at \'fusion publish begin\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'fusion publish begin\'' -l wait-for-approval -d 'Wait for the deployment to be approved before completing.'
complete -c nitro -n '__nitro_at \'fusion publish begin\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro fusion publish start
complete -c nitro -n '__nitro_at \'fusion publish start\'' -l request-id -x -d 'The ID of a request (default: the one \'fusion publish begin\' kept).'
complete -c nitro -n '__nitro_at \'fusion publish start\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'With no --request-id: the API whose kept request to take.'
complete -c nitro -n '__nitro_at \'fusion publish start\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'With no --request-id: the stage whose kept request to take.'
complete -c nitro -n '__nitro_at \'fusion publish start\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro fusion publish validate
complete -c nitro -n '__nitro_at \'fusion publish validate\'' -l request-id -x -d 'The ID of a request (default: the one \'fusion publish begin\' kept).'
complete -c nitro -n '__nitro_at \'fusion publish validate\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'With no --request-id: the API whose kept request to take.'
complete -c nitro -n '__nitro_at \'fusion publish validate\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'With no --request-id: the stage whose kept request to take.'
complete -c nitro -n '__nitro_at \'fusion publish validate\'' -l archive -x -d 'The Fusion archive (gateway.far) the Fusion composer built.'
complete -c nitro -n '__nitro_at \'fusion publish validate\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro fusion publish commit
complete -c nitro -n '__nitro_at \'fusion publish commit\'' -l request-id -x -d 'The ID of a request (default: the one \'fusion publish begin\' kept).'
complete -c nitro -n '__nitro_at \'fusion publish commit\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'With no --request-id: the API whose kept request to take.'
complete -c nitro -n '__nitro_at \'fusion publish commit\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'With no --request-id: the stage whose kept request to take.'
complete -c nitro -n '__nitro_at \'fusion publish commit\'' -l archive -x -d 'The Fusion archive (gateway.far) the Fusion composer built.'
complete -c nitro -n '__nitro_at \'fusion publish commit\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro fusion publish cancel
complete -c nitro -n '__nitro_at \'fusion publish cancel\'' -l request-id -x -d 'The ID of a request (default: the one \'fusion publish begin\' kept).'
complete -c nitro -n '__nitro_at \'fusion publish cancel\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'With no --request-id: the API whose kept request to take.'
complete -c nitro -n '__nitro_at \'fusion publish cancel\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'With no --request-id: the stage whose kept request to take.'
complete -c nitro -n '__nitro_at \'fusion publish cancel\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro fusion download
complete -c nitro -n '__nitro_at \'fusion download\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'fusion download\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'fusion download\'' -l output-file -x -d 'The file path to write the output to.'
complete -c nitro -n '__nitro_at \'fusion download\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro fusion upload
complete -c nitro -n '__nitro_at \'fusion upload\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'fusion upload\'' -l tag -x -d 'The tag of the source schema version.'
complete -c nitro -n '__nitro_at \'fusion upload\'' -l source-schema-file -x -d 'The source schema file (GraphQL SDL) to upload.'
complete -c nitro -n '__nitro_at \'fusion upload\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'

# nitro fusion validate
complete -c nitro -n '__nitro_at \'fusion validate\'' -l api-id -x -k -a '(__nitro_dynamic api-ids)' -d 'The ID of the API.'
complete -c nitro -n '__nitro_at \'fusion validate\'' -l stage -x -k -a '(__nitro_dynamic stage-names)' -d 'The name of the stage.'
complete -c nitro -n '__nitro_at \'fusion validate\'' -l archive -x -d 'The Fusion archive (gateway.far) the Fusion composer built.'
complete -c nitro -n '__nitro_at \'fusion validate\'' -l jq -x -d 'Filter the JSON result with jq; strings print raw. With --all: each page.'
