/* Generated from spec/nitro.toml by generator/generate.py. Do not edit. */
#include <stddef.h>

#include "generated/commands.h"
#include "generated/cli.h"

const nitro_exit_code nitro_exit_codes[] = {
    {0, "ok", "The command succeeded."},
    {1, "failure", "The operation failed: the server refused it, the network failed, or a confirmation was declined."},
    {2, "usage", "Usage error: an unknown option, a bad value, or a missing required input without a terminal."},
    {4, "auth", "Authentication is needed or was rejected."},
    {130, "interrupted", "Interrupted (Ctrl-C or SIGTERM)."},
};
const size_t nitro_exit_code_count = 5;

/* The global options alone, for options given before the subcommand (not the
 * ones only some commands take, such as --cursor). Their offsets are valid in
 * every command's struct: `global` is its first member. */
static const char *const env_global_api_key[] = {"NITRO_API_KEY", "BARISTA_API_KEY", NULL};
static const char *const env_global_cloud_url[] = {"NITRO_CLOUD_URL", "BARISTA_CLOUD_URL", NULL};
static const char *const env_global_cursor[] = {"NITRO_CURSOR", "BARISTA_CURSOR", NULL};
static const char *const env_global_output[] = {"NITRO_OUTPUT_FORMAT", "BARISTA_OUTPUT_FORMAT", NULL};
static const char *const choices_global_output[] = {"json", NULL};
static const char *const env_global_verbose[] = {"NITRO_VERBOSE", "BARISTA_VERBOSE", NULL};
const nitro_option nitro_global_options[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_global_opts, api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_global_opts, cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_global_opts, output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_global_opts, verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
const size_t nitro_global_option_count = 4;

/* ---- nitro ---- */
extern const nitro_command command_pat, command_workspace, command_api_key, command_api, command_client, command_stage, command_environment, command_openapi, command_mcp, command_login, command_logout, command_status, command_completion, command_mock, command_schema, command_complete, command_fusion;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_root[] = {
    &command_complete,
    &command_api,
    &command_api_key,
    &command_client,
    &command_completion,
    &command_environment,
    &command_fusion,
    &command_login,
    &command_logout,
    &command_mcp,
    &command_mock,
    &command_openapi,
    &command_pat,
    &command_schema,
    &command_stage,
    &command_status,
    &command_workspace,
};
static const char help_root[] =
    "Description:\n"
    "  nitro manages Nitro from scripts, CI, containers and your own shell:\n"
    "  personal access tokens, workspaces, APIs, API keys and your sign-in session,\n"
    "  and the registry a CI job publishes to: schemas, clients, stages,\n"
    "  environments, OpenAPI and MCP collections, mocks and Fusion configurations.\n"
    "  It accepts the options, environment variables, JSON shapes and documents of\n"
    "  the Nitro CLI.\n"
    "\n"
    "Usage:\n"
    "  nitro [command] [options]\n"
    "\n"
    "Options:\n"
    "  --version       Show version information.\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  pat          Manage personal access tokens.\n"
    "  workspace    Manage workspaces.\n"
    "  api-key      Manage API keys.\n"
    "  api          Manage APIs.\n"
    "  client       Manage the clients of an API and their versions.\n"
    "  stage        Manage stages.\n"
    "  environment  Manage environments.\n"
    "  openapi      Manage OpenAPI collections.\n"
    "  mcp          Manage MCP feature collections.\n"
    "  login        Sign in to Nitro and store a session.\n"
    "  logout       Sign out and delete the stored session.\n"
    "  status       Show who you are signed in as and which credential is in use.\n"
    "  completion   Print the shell completion script for bash, zsh or fish.\n"
    "  mock         Create, update and list mocks.\n"
    "  schema       Upload, validate, publish and download the schema of an API.\n"
    "  fusion       Publish Fusion gateway configurations.\n"
    "\n"
    "Exit codes:\n"
    "  0    The command succeeded.\n"
    "  1    The operation failed: the server refused it, the network failed, or a\n"
    "       confirmation was declined.\n"
    "  2    Usage error: an unknown option, a bad value, or a missing required\n"
    "       input without a terminal.\n"
    "  4    Authentication is needed or was rejected.\n"
    "  130  Interrupted (Ctrl-C or SIGTERM).\n"
    "\n"
    "Examples:\n"
    "  nitro pat create --description \"<description>\"\n"
    "  nitro pat list --output json\n"
    "  nitro schema publish --api-id <api-id> --tag v1 --stage dev\n";
const nitro_command nitro_root_command = {
    .name = "",
    .words = "nitro",
    .summary = "A fast, native command-line client for ChilliCream's Nitro GraphQL platform.",
    .help = help_root,
    .usage = "nitro [command] [options]",
    .subcommands = subcommands_root,
    .n_subcommands = 17,
    .options = nitro_global_options, /* those taken before the subcommand */
    .n_options = 4,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro pat ---- */
extern const nitro_command command_pat_create, command_pat_list, command_pat_revoke, command_pat_rotate;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_pat[] = {
    &command_pat_create,
    &command_pat_list,
    &command_pat_revoke,
    &command_pat_rotate,
};
static const char help_pat[] =
    "Description:\n"
    "  A personal access token (PAT) is bound to your user account and acts on your\n"
    "  behalf across every workspace and API you are a member of. Pass one with\n"
    "  --api-key (or NITRO_API_KEY) for non-interactive calls. Treat it like a\n"
    "  password.\n"
    "\n"
    "Usage:\n"
    "  nitro pat [command] [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  create  Create a new personal access token.\n"
    "  list    List the personal access tokens on your user account.\n"
    "  revoke  Revoke a personal access token by its ID.\n"
    "  rotate  Replace a personal access token with a new one, then revoke it.\n"
    "\n"
    "Examples:\n"
    "  nitro pat list\n";
const nitro_command command_pat = {
    .name = "pat",
    .words = "nitro pat",
    .summary = "Manage personal access tokens.",
    .help = help_pat,
    .usage = "nitro pat [command] [options]",
    .subcommands = subcommands_pat,
    .n_subcommands = 4,
    .options = NULL,
    .n_options = 0,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro pat create ---- */
static const char *const env_pat_create_description[] = {"NITRO_DESCRIPTION", "BARISTA_DESCRIPTION", NULL};
static const char *const env_pat_create_expires[] = {"NITRO_EXPIRES", "BARISTA_EXPIRES", NULL};
static const nitro_option options_pat_create[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_create, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_create, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "description",
        .value_name = "description",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_create, description),
        .env = env_pat_create_description,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Description of the Personal Access Token",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "expires",
        .value_name = "expires",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_pat_create, expires),
        .env = env_pat_create_expires,
        .default_text = "180",
        .min = 1,
        .max = 36500,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_create, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_create, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_pat_create, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_pat_create[] =
    "Description:\n"
    "  Create a new personal access token. The secret is returned only once, at\n"
    "  creation time: store it in a secure location, for example a secret manager.\n"
    "\n"
    "Usage:\n"
    "  nitro pat create [options]\n"
    "\n"
    "Options:\n"
    "  --description <description>  Human-readable description used to identify the\n"
    "                               token later. [env: NITRO_DESCRIPTION]\n"
    "                               (REQUIRED)\n"
    "  --expires <expires>          Expiration time of the token in days.\n"
    "                               [env: NITRO_EXPIRES] [default: 180]\n"
    "  --jq <expression>            Filter the JSON result with jq; strings print\n"
    "                               raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>      Host of the Nitro API; the endpoint is\n"
    "                               <scheme>://<host>/graphql.\n"
    "                               [env: NITRO_CLOUD_URL]\n"
    "                               [default: api.chillicream.com]\n"
    "  --api-key <api-key>          An API key or personal access token used to\n"
    "                               authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>            Print results as JSON and never prompt.\n"
    "                               [env: NITRO_OUTPUT_FORMAT]\n"
    "                               [possible values: json]\n"
    "  --verbose                    Trace each request and response on stderr,\n"
    "                               credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help               Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro pat create --description \"<description>\"\n"
    "  nitro pat create --description \"<description>\" --expires \"30\"\n"
    "  SECRET=$(nitro pat create \\\n"
    "    --description \"<description>\" \\\n"
    "    --output json | jq -r '.secret')\n";
const nitro_command command_pat_create = {
    .name = "create",
    .words = "nitro pat create",
    .summary = "Create a new personal access token.",
    .help = help_pat_create,
    .usage = "nitro pat create [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_pat_create,
    .n_options = 7,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_pat_create),
    .run = NULL,
    .behaviour = &nitro_behaviour_pat_create,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro pat list ---- */
static const nitro_option options_pat_list[] = {
    {
        .name = "all",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_pat_list, global.all),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_list, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_list, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_list, global.cursor),
        .env = env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_list, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "limit",
        .value_name = "limit",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_pat_list, global.limit),
        .env = NULL,
        .default_text = NULL,
        .min = 1,
        .max = 1000000,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_list, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_pat_list, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_pat_list[] =
    "Description:\n"
    "  List the personal access tokens on your user account. Results are paginated:\n"
    "  use the returned cursor to fetch the next page, or --all for every page.\n"
    "  Secrets are not returned, only metadata.\n"
    "\n"
    "Usage:\n"
    "  nitro pat list [options]\n"
    "\n"
    "Options:\n"
    "  --cursor <cursor>        Pagination cursor to resume from. Useful for\n"
    "                           non-interactive paging. [env: NITRO_CURSOR]\n"
    "  --all                    Fetch every page and print one JSON document.\n"
    "  --limit <limit>          Print at most this many items, as one JSON\n"
    "                           document; its cursor resumes.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro pat list\n"
    "  nitro pat list --output json --cursor \"<cursor>\"\n"
    "  nitro pat list --all --output json\n";
const nitro_command command_pat_list = {
    .name = "list",
    .words = "nitro pat list",
    .summary = "List the personal access tokens on your user account.",
    .help = help_pat_list,
    .usage = "nitro pat list [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_pat_list,
    .n_options = 8,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_pat_list),
    .run = NULL,
    .behaviour = &nitro_behaviour_pat_list,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro pat revoke ---- */
static const nitro_option options_pat_revoke[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_revoke, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_revoke, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_pat_revoke, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_revoke, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_revoke, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_pat_revoke, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const nitro_arg args_pat_revoke[] = {
    {
        .value_name = "id",
        .offset = offsetof(nitro_opts_pat_revoke, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    },
};
static const char help_pat_revoke[] =
    "Description:\n"
    "  Revoke a personal access token by its ID. Once revoked, any client using the\n"
    "  token loses access immediately.\n"
    "\n"
    "Usage:\n"
    "  nitro pat revoke <id> [options]\n"
    "\n"
    "Arguments:\n"
    "  <id>  ID of the personal access token to revoke. (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  --force                  Skip the confirmation. Required without a terminal\n"
    "                           or with --output json.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro pat revoke \"<pat-id>\"\n"
    "  nitro pat revoke \"<pat-id>\" --force --output json\n";
const nitro_command command_pat_revoke = {
    .name = "revoke",
    .words = "nitro pat revoke",
    .summary = "Revoke a personal access token by its ID.",
    .help = help_pat_revoke,
    .usage = "nitro pat revoke <id> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_pat_revoke,
    .n_options = 6,
    .args = args_pat_revoke,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_pat_revoke),
    .run = NULL,
    .behaviour = &nitro_behaviour_pat_revoke,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro pat rotate ---- */
static const nitro_option options_pat_rotate[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_rotate, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_rotate, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "expires",
        .value_name = "expires",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_pat_rotate, expires),
        .env = NULL,
        .default_text = NULL,
        .min = 1,
        .max = 36500,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_pat_rotate, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_rotate, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_rotate, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_pat_rotate, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const nitro_arg args_pat_rotate[] = {
    {
        .value_name = "id",
        .offset = offsetof(nitro_opts_pat_rotate, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    },
};
static const char help_pat_rotate[] =
    "Description:\n"
    "  Create a successor of a personal access token with the same description and,\n"
    "  unless --expires is given, the same lifetime in days; print its secret as\n"
    "  pat create does; then revoke the old token. If the create fails, or its\n"
    "  secret cannot be printed (a failed write or --jq filter), nothing is\n"
    "  revoked; if the revoke fails, the new secret is still printed and the exit\n"
    "  code is 1.\n"
    "\n"
    "Usage:\n"
    "  nitro pat rotate <id> [options]\n"
    "\n"
    "Arguments:\n"
    "  <id>  ID of the personal access token to replace. (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  --expires <expires>      Lifetime of the new token in days (default: the old\n"
    "                           token's).\n"
    "  --force                  Skip the confirmation. Required without a terminal\n"
    "                           or with --output json.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro pat rotate \"<pat-id>\"\n"
    "  SECRET=$(nitro pat rotate \"<pat-id>\" --force --jq .secret)\n";
const nitro_command command_pat_rotate = {
    .name = "rotate",
    .words = "nitro pat rotate",
    .summary = "Replace a personal access token with a new one, then revoke it.",
    .help = help_pat_rotate,
    .usage = "nitro pat rotate <id> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_pat_rotate,
    .n_options = 7,
    .args = args_pat_rotate,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_pat_rotate),
    .run = NULL,
    .behaviour = &nitro_behaviour_pat_rotate,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro workspace ---- */
extern const nitro_command command_workspace_create, command_workspace_show, command_workspace_list, command_workspace_current, command_workspace_set_default;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_workspace[] = {
    &command_workspace_create,
    &command_workspace_current,
    &command_workspace_list,
    &command_workspace_set_default,
    &command_workspace_show,
};
static const char help_workspace[] =
    "Description:\n"
    "  Create, show and list your workspaces and choose the default one.\n"
    "\n"
    "Usage:\n"
    "  nitro workspace [command] [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  create       Create a new workspace.\n"
    "  show         Show details of a workspace.\n"
    "  list         List the workspaces you are a member of.\n"
    "  current      Show the default workspace of your session.\n"
    "  set-default  Choose the default workspace of your session.\n"
    "\n"
    "Examples:\n"
    "  nitro workspace list\n";
const nitro_command command_workspace = {
    .name = "workspace",
    .words = "nitro workspace",
    .summary = "Manage workspaces.",
    .help = help_workspace,
    .usage = "nitro workspace [command] [options]",
    .subcommands = subcommands_workspace,
    .n_subcommands = 5,
    .options = NULL,
    .n_options = 0,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro workspace create ---- */
static const nitro_option options_workspace_create[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_create, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_create, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "default",
        .value_name = NULL,
        .type = NITRO_OPT_BOOL,
        .offset = offsetof(nitro_opts_workspace_create, default_),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_create, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "name",
        .value_name = "name",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_create, name),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Name",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_create, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_workspace_create, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_workspace_create[] =
    "Description:\n"
    "  Create a new workspace; you become its member. With --default (or when you\n"
    "  say so at the prompt) it becomes the default workspace of your session.\n"
    "\n"
    "Usage:\n"
    "  nitro workspace create [options]\n"
    "\n"
    "Options:\n"
    "  --name <name>            The name of the workspace. (REQUIRED)\n"
    "  --default                Make it the default workspace (--default false: do\n"
    "                           not; asked on a terminal).\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro workspace create --name \"my-workspace\"\n";
const nitro_command command_workspace_create = {
    .name = "create",
    .words = "nitro workspace create",
    .summary = "Create a new workspace.",
    .help = help_workspace_create,
    .usage = "nitro workspace create [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_workspace_create,
    .n_options = 7,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_workspace_create),
    .run = NULL,
    .behaviour = &nitro_behaviour_workspace_create,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro workspace show ---- */
static const nitro_option options_workspace_show[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_show, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_show, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_show, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_show, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_workspace_show, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const nitro_arg args_workspace_show[] = {
    {
        .value_name = "id",
        .offset = offsetof(nitro_opts_workspace_show, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    },
};
static const char help_workspace_show[] =
    "Description:\n"
    "  Show the ID, name and kind of a workspace by its ID.\n"
    "\n"
    "Usage:\n"
    "  nitro workspace show <id> [options]\n"
    "\n"
    "Arguments:\n"
    "  <id>  The ID of the workspace. (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro workspace show \"<workspace-id>\"\n";
const nitro_command command_workspace_show = {
    .name = "show",
    .words = "nitro workspace show",
    .summary = "Show details of a workspace.",
    .help = help_workspace_show,
    .usage = "nitro workspace show <id> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_workspace_show,
    .n_options = 5,
    .args = args_workspace_show,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_workspace_show),
    .run = NULL,
    .behaviour = &nitro_behaviour_workspace_show,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro workspace list ---- */
static const nitro_option options_workspace_list[] = {
    {
        .name = "all",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_workspace_list, global.all),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_list, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_list, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_list, global.cursor),
        .env = env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_list, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "limit",
        .value_name = "limit",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_workspace_list, global.limit),
        .env = NULL,
        .default_text = NULL,
        .min = 1,
        .max = 1000000,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_list, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_workspace_list, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_workspace_list[] =
    "Description:\n"
    "  List the workspaces you are a member of. Results are paginated: use the\n"
    "  returned cursor to fetch the next page, or --all for every page.\n"
    "\n"
    "Usage:\n"
    "  nitro workspace list [options]\n"
    "\n"
    "Options:\n"
    "  --cursor <cursor>        Pagination cursor to resume from. Useful for\n"
    "                           non-interactive paging. [env: NITRO_CURSOR]\n"
    "  --all                    Fetch every page and print one JSON document.\n"
    "  --limit <limit>          Print at most this many items, as one JSON\n"
    "                           document; its cursor resumes.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro workspace list\n"
    "  nitro workspace list --api-key \"$SECRET\"\n";
const nitro_command command_workspace_list = {
    .name = "list",
    .words = "nitro workspace list",
    .summary = "List the workspaces you are a member of.",
    .help = help_workspace_list,
    .usage = "nitro workspace list [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_workspace_list,
    .n_options = 8,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_workspace_list),
    .run = NULL,
    .behaviour = &nitro_behaviour_workspace_list,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro workspace current ---- */
static const nitro_option options_workspace_current[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_current, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_current, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_current, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_current, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_workspace_current, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_workspace_current[] =
    "Description:\n"
    "  Show the workspace that commands use when none is given.\n"
    "\n"
    "Usage:\n"
    "  nitro workspace current [options]\n"
    "\n"
    "Options:\n"
    "  --jq <expression>  Filter the JSON result with jq; strings print raw. With\n"
    "                     --all: each page.\n"
    "  --output <format>  Print results as JSON and never prompt.\n"
    "                     [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  -\?, -h, --help     Show help and usage information.\n"
    "\n"
    "Ignored options:\n"
    "  Accepted and ignored, as the Nitro CLI accepts them everywhere: --cloud-url,\n"
    "  --api-key, --verbose.\n"
    "\n"
    "Examples:\n"
    "  nitro workspace current\n"
    "  nitro workspace current --output json\n";
const nitro_command command_workspace_current = {
    .name = "current",
    .words = "nitro workspace current",
    .summary = "Show the default workspace of your session.",
    .help = help_workspace_current,
    .usage = "nitro workspace current [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_workspace_current,
    .n_options = 5,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_workspace_current),
    .run = NULL,
    .behaviour = &nitro_behaviour_workspace_current,
    .flags = 0,
};

/* ---- nitro workspace set-default ---- */
static const char *const env_workspace_set_default_workspace_id[] = {"NITRO_WORKSPACE_ID", "BARISTA_WORKSPACE_ID", NULL};
static const nitro_option options_workspace_set_default[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_set_default, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_set_default, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_set_default, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_set_default, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_workspace_set_default, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "workspace-id",
        .value_name = "workspace-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_set_default, workspace_id),
        .env = env_workspace_set_default_workspace_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which workspace do you want to use as your default\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED,
    },
};
static const char help_workspace_set_default[] =
    "Description:\n"
    "  Choose the workspace that commands use when none is given. Without\n"
    "  --workspace-id a terminal shows a picker.\n"
    "\n"
    "Usage:\n"
    "  nitro workspace set-default [options]\n"
    "\n"
    "Options:\n"
    "  --workspace-id <workspace-id>  ID of the workspace to use by default.\n"
    "                                 [env: NITRO_WORKSPACE_ID] (REQUIRED)\n"
    "  --jq <expression>              Filter the JSON result with jq; strings print\n"
    "                                 raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>        Host of the Nitro API; the endpoint is\n"
    "                                 <scheme>://<host>/graphql.\n"
    "                                 [env: NITRO_CLOUD_URL]\n"
    "                                 [default: api.chillicream.com]\n"
    "  --api-key <api-key>            An API key or personal access token used to\n"
    "                                 authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>              Print results as JSON and never prompt.\n"
    "                                 [env: NITRO_OUTPUT_FORMAT]\n"
    "                                 [possible values: json]\n"
    "  --verbose                      Trace each request and response on stderr,\n"
    "                                 credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                 Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro workspace set-default --workspace-id \"<workspace-id>\"\n";
const nitro_command command_workspace_set_default = {
    .name = "set-default",
    .words = "nitro workspace set-default",
    .summary = "Choose the default workspace of your session.",
    .help = help_workspace_set_default,
    .usage = "nitro workspace set-default [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_workspace_set_default,
    .n_options = 6,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_workspace_set_default),
    .run = NULL,
    .behaviour = &nitro_behaviour_workspace_set_default,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro api-key ---- */
extern const nitro_command command_api_key_create, command_api_key_list, command_api_key_delete;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_api_key[] = {
    &command_api_key_create,
    &command_api_key_delete,
    &command_api_key_list,
};
static const char help_api_key[] =
    "Description:\n"
    "  An API key acts for one workspace, or for one API in it, and nothing else:\n"
    "  the credential to prefer in CI. Creating and deleting keys needs a user (a\n"
    "  personal access token or a login session).\n"
    "\n"
    "Usage:\n"
    "  nitro api-key [command] [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  create  Create a new API key.\n"
    "  list    List the API keys of a workspace.\n"
    "  delete  Delete an API key by its ID.\n"
    "\n"
    "Examples:\n"
    "  nitro api-key list\n";
const nitro_command command_api_key = {
    .name = "api-key",
    .words = "nitro api-key",
    .summary = "Manage API keys.",
    .help = help_api_key,
    .usage = "nitro api-key [command] [options]",
    .subcommands = subcommands_api_key,
    .n_subcommands = 3,
    .options = NULL,
    .n_options = 0,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro api-key create ---- */
static const char *const env_api_key_create_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_api_key_create_name[] = {"NITRO_API_KEY_NAME", "BARISTA_API_KEY_NAME", NULL};
static const char *const env_api_key_create_workspace_id[] = {"NITRO_WORKSPACE_ID", "BARISTA_WORKSPACE_ID", NULL};
static const nitro_option options_api_key_create[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_create, api_id),
        .env = env_api_key_create_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "For which API do you want to create an API key\?",
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_create, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_create, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_create, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "name",
        .value_name = "name",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_create, name),
        .env = env_api_key_create_name,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Name",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_create, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "stage-condition",
        .value_name = "stage-condition",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_create, stage_condition),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_key_create, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "workspace-id",
        .value_name = "workspace-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_create, workspace_id),
        .env = env_api_key_create_workspace_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const char help_api_key_create[] =
    "Description:\n"
    "  Create an API key scoped to a workspace (--workspace-id) or to one API in it\n"
    "  (--api-id). The secret is returned only once: store it in a secure location.\n"
    "\n"
    "Usage:\n"
    "  nitro api-key create [options]\n"
    "\n"
    "Options:\n"
    "  --name <name>                   The name of the API key (for later\n"
    "                                  reference). [env: NITRO_API_KEY_NAME]\n"
    "                                  (REQUIRED)\n"
    "  --api-id <api-id>               The ID of the API the key is for.\n"
    "                                  [env: NITRO_API_ID]\n"
    "  --workspace-id <workspace-id>   The ID of the workspace (default: the\n"
    "                                  session's). [env: NITRO_WORKSPACE_ID]\n"
    "  --stage-condition <stage-condition>\n"
    "                                  [Preview] Limit the key to one stage name\n"
    "                                  (default: all stages).\n"
    "  --jq <expression>               Filter the JSON result with jq; strings\n"
    "                                  print raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>         Host of the Nitro API; the endpoint is\n"
    "                                  <scheme>://<host>/graphql.\n"
    "                                  [env: NITRO_CLOUD_URL]\n"
    "                                  [default: api.chillicream.com]\n"
    "  --api-key <api-key>             An API key or personal access token used to\n"
    "                                  authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>               Print results as JSON and never prompt.\n"
    "                                  [env: NITRO_OUTPUT_FORMAT]\n"
    "                                  [possible values: json]\n"
    "  --verbose                       Trace each request and response on stderr,\n"
    "                                  credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                  Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro api-key create \\\n"
    "    --name \"my-api-key\" \\\n"
    "    --api-id \"<api-id>\"\n"
    "  KEY=$(nitro api-key create --name ci --api-id \"<api-id>\" \\\n"
    "    --output json | jq -r '.secret')\n";
const nitro_command command_api_key_create = {
    .name = "create",
    .words = "nitro api-key create",
    .summary = "Create a new API key.",
    .help = help_api_key_create,
    .usage = "nitro api-key create [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_api_key_create,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_api_key_create),
    .run = NULL,
    .behaviour = &nitro_behaviour_api_key_create,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro api-key list ---- */
static const char *const env_api_key_list_workspace_id[] = {"NITRO_WORKSPACE_ID", "BARISTA_WORKSPACE_ID", NULL};
static const nitro_option options_api_key_list[] = {
    {
        .name = "all",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_key_list, global.all),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_list, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_list, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_list, global.cursor),
        .env = env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_list, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "limit",
        .value_name = "limit",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_api_key_list, global.limit),
        .env = NULL,
        .default_text = NULL,
        .min = 1,
        .max = 1000000,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_list, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_key_list, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "workspace-id",
        .value_name = "workspace-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_list, workspace_id),
        .env = env_api_key_list_workspace_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const char help_api_key_list[] =
    "Description:\n"
    "  List the API keys of a workspace (--workspace-id, else your default\n"
    "  workspace). Results are paginated like pat list.\n"
    "\n"
    "Usage:\n"
    "  nitro api-key list [options]\n"
    "\n"
    "Options:\n"
    "  --workspace-id <workspace-id>  The ID of the workspace (default: the\n"
    "                                 session's). [env: NITRO_WORKSPACE_ID]\n"
    "  --cursor <cursor>              Pagination cursor to resume from. Useful for\n"
    "                                 non-interactive paging. [env: NITRO_CURSOR]\n"
    "  --all                          Fetch every page and print one JSON document.\n"
    "  --limit <limit>                Print at most this many items, as one JSON\n"
    "                                 document; its cursor resumes.\n"
    "  --jq <expression>              Filter the JSON result with jq; strings print\n"
    "                                 raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>        Host of the Nitro API; the endpoint is\n"
    "                                 <scheme>://<host>/graphql.\n"
    "                                 [env: NITRO_CLOUD_URL]\n"
    "                                 [default: api.chillicream.com]\n"
    "  --api-key <api-key>            An API key or personal access token used to\n"
    "                                 authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>              Print results as JSON and never prompt.\n"
    "                                 [env: NITRO_OUTPUT_FORMAT]\n"
    "                                 [possible values: json]\n"
    "  --verbose                      Trace each request and response on stderr,\n"
    "                                 credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                 Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro api-key list\n"
    "  nitro api-key list --workspace-id \"<workspace-id>\" --all --output json\n";
const nitro_command command_api_key_list = {
    .name = "list",
    .words = "nitro api-key list",
    .summary = "List the API keys of a workspace.",
    .help = help_api_key_list,
    .usage = "nitro api-key list [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_api_key_list,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_api_key_list),
    .run = NULL,
    .behaviour = &nitro_behaviour_api_key_list,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro api-key delete ---- */
static const nitro_option options_api_key_delete[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_delete, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_delete, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_key_delete, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_delete, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_delete, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_key_delete, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const nitro_arg args_api_key_delete[] = {
    {
        .value_name = "id",
        .offset = offsetof(nitro_opts_api_key_delete, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    },
};
static const char help_api_key_delete[] =
    "Description:\n"
    "  Delete an API key by its ID. Clients using its secret lose access at once.\n"
    "\n"
    "Usage:\n"
    "  nitro api-key delete <id> [options]\n"
    "\n"
    "Arguments:\n"
    "  <id>  The ID of the API key. (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  --force                  Skip the confirmation. Required without a terminal\n"
    "                           or with --output json.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro api-key delete \"<api-key-id>\"\n";
const nitro_command command_api_key_delete = {
    .name = "delete",
    .words = "nitro api-key delete",
    .summary = "Delete an API key by its ID.",
    .help = help_api_key_delete,
    .usage = "nitro api-key delete <id> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_api_key_delete,
    .n_options = 6,
    .args = args_api_key_delete,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_api_key_delete),
    .run = NULL,
    .behaviour = &nitro_behaviour_api_key_delete,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro api ---- */
extern const nitro_command command_api_create, command_api_list, command_api_show, command_api_delete;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_api[] = {
    &command_api_create,
    &command_api_delete,
    &command_api_list,
    &command_api_show,
};
static const char help_api[] =
    "Description:\n"
    "  Create, show, list and delete the APIs of a workspace.\n"
    "\n"
    "Usage:\n"
    "  nitro api [command] [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  create  Create a new API.\n"
    "  list    List the APIs of a workspace.\n"
    "  show    Show details of an API.\n"
    "  delete  Delete an API by its ID.\n"
    "\n"
    "Examples:\n"
    "  nitro api list\n";
const nitro_command command_api = {
    .name = "api",
    .words = "nitro api",
    .summary = "Manage APIs.",
    .help = help_api,
    .usage = "nitro api [command] [options]",
    .subcommands = subcommands_api,
    .n_subcommands = 4,
    .options = NULL,
    .n_options = 0,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro api create ---- */
static const char *const env_api_create_kind[] = {"NITRO_API_KIND", "BARISTA_API_KIND", NULL};
static const char *const choices_api_create_kind[] = {"collection", "gateway", "service", NULL};
static const char *const env_api_create_name[] = {"NITRO_API_NAME", "BARISTA_API_NAME", NULL};
static const char *const env_api_create_path[] = {"NITRO_API_PATH", "BARISTA_API_PATH", NULL};
static const char *const env_api_create_workspace_id[] = {"NITRO_WORKSPACE_ID", "BARISTA_WORKSPACE_ID", NULL};
static const nitro_option options_api_create[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_create, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_create, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_create, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "kind",
        .value_name = "kind",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_create, kind),
        .env = env_api_create_kind,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_api_create_kind,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "name",
        .value_name = "name",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_create, name),
        .env = env_api_create_name,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Name",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_create, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "path",
        .value_name = "path",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_create, path),
        .env = env_api_create_path,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Path (e.g. /foo/bar)",
        .prompt_default = "/",
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_create, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "workspace-id",
        .value_name = "workspace-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_create, workspace_id),
        .env = env_api_create_workspace_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const char help_api_create[] =
    "Description:\n"
    "  Create an API in a workspace (--workspace-id, else your default workspace)\n"
    "  at a path such as /products/catalog.\n"
    "\n"
    "Usage:\n"
    "  nitro api create [options]\n"
    "\n"
    "Options:\n"
    "  --path <path>                  The path of the API, starting with '/'.\n"
    "                                 [env: NITRO_API_PATH] (REQUIRED)\n"
    "  --name <name>                  The name of the API. [env: NITRO_API_NAME]\n"
    "                                 (REQUIRED)\n"
    "  --workspace-id <workspace-id>  The ID of the workspace (default: the\n"
    "                                 session's). [env: NITRO_WORKSPACE_ID]\n"
    "  --kind <kind>                  The kind of the API. [env: NITRO_API_KIND]\n"
    "                                 [possible values: collection, gateway,\n"
    "                                 service]\n"
    "  --jq <expression>              Filter the JSON result with jq; strings print\n"
    "                                 raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>        Host of the Nitro API; the endpoint is\n"
    "                                 <scheme>://<host>/graphql.\n"
    "                                 [env: NITRO_CLOUD_URL]\n"
    "                                 [default: api.chillicream.com]\n"
    "  --api-key <api-key>            An API key or personal access token used to\n"
    "                                 authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>              Print results as JSON and never prompt.\n"
    "                                 [env: NITRO_OUTPUT_FORMAT]\n"
    "                                 [possible values: json]\n"
    "  --verbose                      Trace each request and response on stderr,\n"
    "                                 credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                 Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro api create --name \"my-api\" --path \"/products/catalog\"\n";
const nitro_command command_api_create = {
    .name = "create",
    .words = "nitro api create",
    .summary = "Create a new API.",
    .help = help_api_create,
    .usage = "nitro api create [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_api_create,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_api_create),
    .run = NULL,
    .behaviour = &nitro_behaviour_api_create,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro api list ---- */
static const char *const env_api_list_workspace_id[] = {"NITRO_WORKSPACE_ID", "BARISTA_WORKSPACE_ID", NULL};
static const nitro_option options_api_list[] = {
    {
        .name = "all",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_list, global.all),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_list, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_list, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_list, global.cursor),
        .env = env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_list, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "limit",
        .value_name = "limit",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_api_list, global.limit),
        .env = NULL,
        .default_text = NULL,
        .min = 1,
        .max = 1000000,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_list, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_list, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "workspace-id",
        .value_name = "workspace-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_list, workspace_id),
        .env = env_api_list_workspace_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const char help_api_list[] =
    "Description:\n"
    "  List the APIs of a workspace (--workspace-id, else your default workspace).\n"
    "  Results are paginated like pat list.\n"
    "\n"
    "Usage:\n"
    "  nitro api list [options]\n"
    "\n"
    "Options:\n"
    "  --workspace-id <workspace-id>  The ID of the workspace (default: the\n"
    "                                 session's). [env: NITRO_WORKSPACE_ID]\n"
    "  --cursor <cursor>              Pagination cursor to resume from. Useful for\n"
    "                                 non-interactive paging. [env: NITRO_CURSOR]\n"
    "  --all                          Fetch every page and print one JSON document.\n"
    "  --limit <limit>                Print at most this many items, as one JSON\n"
    "                                 document; its cursor resumes.\n"
    "  --jq <expression>              Filter the JSON result with jq; strings print\n"
    "                                 raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>        Host of the Nitro API; the endpoint is\n"
    "                                 <scheme>://<host>/graphql.\n"
    "                                 [env: NITRO_CLOUD_URL]\n"
    "                                 [default: api.chillicream.com]\n"
    "  --api-key <api-key>            An API key or personal access token used to\n"
    "                                 authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>              Print results as JSON and never prompt.\n"
    "                                 [env: NITRO_OUTPUT_FORMAT]\n"
    "                                 [possible values: json]\n"
    "  --verbose                      Trace each request and response on stderr,\n"
    "                                 credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                 Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro api list\n"
    "  nitro api list --all --output json\n";
const nitro_command command_api_list = {
    .name = "list",
    .words = "nitro api list",
    .summary = "List the APIs of a workspace.",
    .help = help_api_list,
    .usage = "nitro api list [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_api_list,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_api_list),
    .run = NULL,
    .behaviour = &nitro_behaviour_api_list,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro api show ---- */
static const nitro_option options_api_show[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_show, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_show, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_show, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_show, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_show, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const nitro_arg args_api_show[] = {
    {
        .value_name = "id",
        .offset = offsetof(nitro_opts_api_show, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    },
};
static const char help_api_show[] =
    "Description:\n"
    "  Show an API's name, path, workspace and schema registry settings.\n"
    "\n"
    "Usage:\n"
    "  nitro api show <id> [options]\n"
    "\n"
    "Arguments:\n"
    "  <id>  The ID of the API. (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro api show \"<api-id>\"\n";
const nitro_command command_api_show = {
    .name = "show",
    .words = "nitro api show",
    .summary = "Show details of an API.",
    .help = help_api_show,
    .usage = "nitro api show <id> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_api_show,
    .n_options = 5,
    .args = args_api_show,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_api_show),
    .run = NULL,
    .behaviour = &nitro_behaviour_api_show,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro api delete ---- */
static const nitro_option options_api_delete[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_delete, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_delete, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_delete, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_delete, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_delete, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_delete, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const nitro_arg args_api_delete[] = {
    {
        .value_name = "id",
        .offset = offsetof(nitro_opts_api_delete, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    },
};
static const char help_api_delete[] =
    "Description:\n"
    "  Delete an API by its ID, with the API keys scoped to it. The confirmation\n"
    "  names the API, looked up first.\n"
    "\n"
    "Usage:\n"
    "  nitro api delete <id> [options]\n"
    "\n"
    "Arguments:\n"
    "  <id>  The ID of the API. (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  --force                  Skip the confirmation. Required without a terminal\n"
    "                           or with --output json.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro api delete \"<api-id>\"\n";
const nitro_command command_api_delete = {
    .name = "delete",
    .words = "nitro api delete",
    .summary = "Delete an API by its ID.",
    .help = help_api_delete,
    .usage = "nitro api delete <id> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_api_delete,
    .n_options = 6,
    .args = args_api_delete,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_api_delete),
    .run = NULL,
    .behaviour = &nitro_behaviour_api_delete,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro client ---- */
extern const nitro_command command_client_create, command_client_delete, command_client_show, command_client_list, command_client_upload, command_client_validate, command_client_publish, command_client_unpublish, command_client_download;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_client[] = {
    &command_client_create,
    &command_client_delete,
    &command_client_download,
    &command_client_list,
    &command_client_publish,
    &command_client_show,
    &command_client_unpublish,
    &command_client_upload,
    &command_client_validate,
};
static const char help_client[] =
    "Description:\n"
    "  A client is a set of persisted operations of an API. Create, show, list and\n"
    "  delete clients; upload their versions, validate them against a stage and\n"
    "  publish them to a stage.\n"
    "\n"
    "Usage:\n"
    "  nitro client [command] [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  create     Create a new client.\n"
    "  delete     Delete a client.\n"
    "  show       Show details of a client.\n"
    "  list       List all clients of an API.\n"
    "  upload     Upload a new client version.\n"
    "  validate   Validate a client version.\n"
    "  publish    Publish a client version to a stage.\n"
    "  unpublish  Unpublish a client version from a stage.\n"
    "  download   Download the queries from a stage.\n"
    "\n"
    "Examples:\n"
    "  nitro client list --api-id \"<api-id>\"\n"
    "  nitro client publish --client-id <client-id> --tag v1 --stage dev\n";
const nitro_command command_client = {
    .name = "client",
    .words = "nitro client",
    .summary = "Manage the clients of an API and their versions.",
    .help = help_client,
    .usage = "nitro client [command] [options]",
    .subcommands = subcommands_client,
    .n_subcommands = 9,
    .options = NULL,
    .n_options = 0,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro client create ---- */
static const char *const env_client_create_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_client_create_name[] = {"NITRO_CLIENT_NAME", "BARISTA_CLIENT_NAME", NULL};
static const nitro_option options_client_create[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_create, api_id),
        .env = env_client_create_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "For which API do you want to create a client\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_create, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_create, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_create, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "name",
        .value_name = "name",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_create, name),
        .env = env_client_create_name,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Name",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_create, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_create, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_client_create[] =
    "Description:\n"
    "  Create a client of an API, to upload and publish its operations.\n"
    "\n"
    "Usage:\n"
    "  nitro client create [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --name <name>            The name of the client. [env: NITRO_CLIENT_NAME]\n"
    "                           (REQUIRED)\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro client create --api-id \"<api-id>\" --name \"my-client\"\n";
const nitro_command command_client_create = {
    .name = "create",
    .words = "nitro client create",
    .summary = "Create a new client.",
    .help = help_client_create,
    .usage = "nitro client create [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_client_create,
    .n_options = 7,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_client_create),
    .run = NULL,
    .behaviour = &nitro_behaviour_client_create,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro client delete ---- */
static const nitro_option options_client_delete[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_delete, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_delete, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_delete, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_delete, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_delete, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_delete, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const nitro_arg args_client_delete[] = {
    {
        .value_name = "id",
        .offset = offsetof(nitro_opts_client_delete, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    },
};
static const char help_client_delete[] =
    "Description:\n"
    "  Delete a client by its ID, with its versions.\n"
    "\n"
    "Usage:\n"
    "  nitro client delete <id> [options]\n"
    "\n"
    "Arguments:\n"
    "  <id>  The ID of the client. (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  --force                  Skip the confirmation. Required without a terminal\n"
    "                           or with --output json.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro client delete \"<client-id>\"\n";
const nitro_command command_client_delete = {
    .name = "delete",
    .words = "nitro client delete",
    .summary = "Delete a client.",
    .help = help_client_delete,
    .usage = "nitro client delete <id> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_client_delete,
    .n_options = 6,
    .args = args_client_delete,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_client_delete),
    .run = NULL,
    .behaviour = &nitro_behaviour_client_delete,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro client show ---- */
static const nitro_option options_client_show[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_show, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_show, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_show, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_show, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_show, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const nitro_arg args_client_show[] = {
    {
        .value_name = "id",
        .offset = offsetof(nitro_opts_client_show, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    },
};
static const char help_client_show[] =
    "Description:\n"
    "  Show a client's ID, name and API.\n"
    "\n"
    "Usage:\n"
    "  nitro client show <id> [options]\n"
    "\n"
    "Arguments:\n"
    "  <id>  The ID of the client. (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro client show \"<client-id>\"\n";
const nitro_command command_client_show = {
    .name = "show",
    .words = "nitro client show",
    .summary = "Show details of a client.",
    .help = help_client_show,
    .usage = "nitro client show <id> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_client_show,
    .n_options = 5,
    .args = args_client_show,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_client_show),
    .run = NULL,
    .behaviour = &nitro_behaviour_client_show,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro client list ---- */
static const char *const env_client_list_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const nitro_option options_client_list[] = {
    {
        .name = "all",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_list, global.all),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list, api_id),
        .env = env_client_list_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list, global.cursor),
        .env = env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "limit",
        .value_name = "limit",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_client_list, global.limit),
        .env = NULL,
        .default_text = NULL,
        .min = 1,
        .max = 1000000,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_list, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
extern const nitro_command command_client_list_versions, command_client_list_published_versions;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_client_list[] = {
    &command_client_list_published_versions,
    &command_client_list_versions,
};
static const char help_client_list[] =
    "Description:\n"
    "  List the clients of an API. Results are paginated like pat list.\n"
    "\n"
    "Usage:\n"
    "  nitro client list [<command>] [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --cursor <cursor>        Pagination cursor to resume from. Useful for\n"
    "                           non-interactive paging. [env: NITRO_CURSOR]\n"
    "  --all                    Fetch every page and print one JSON document.\n"
    "  --limit <limit>          Print at most this many items, as one JSON\n"
    "                           document; its cursor resumes.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  versions            List all versions of a client.\n"
    "  published-versions  List the published versions of a client.\n"
    "\n"
    "Examples:\n"
    "  nitro client list --api-id \"<api-id>\"\n"
    "  nitro client list --api-id \"<api-id>\" --all --output json\n";
const nitro_command command_client_list = {
    .name = "list",
    .words = "nitro client list",
    .summary = "List all clients of an API.",
    .help = help_client_list,
    .usage = "nitro client list [<command>] [options]",
    .subcommands = subcommands_client_list,
    .n_subcommands = 2,
    .options = options_client_list,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_client_list),
    .run = NULL,
    .behaviour = &nitro_behaviour_client_list,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro client list versions ---- */
static const char *const env_client_list_versions_client_id[] = {"NITRO_CLIENT_ID", "BARISTA_CLIENT_ID", NULL};
static const nitro_option options_client_list_versions[] = {
    {
        .name = "all",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_list_versions, global.all),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_versions, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "client-id",
        .value_name = "client-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_versions, client_id),
        .env = env_client_list_versions_client_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_versions, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_versions, global.cursor),
        .env = env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_versions, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "limit",
        .value_name = "limit",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_client_list_versions, global.limit),
        .env = NULL,
        .default_text = NULL,
        .min = 1,
        .max = 1000000,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_versions, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_list_versions, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_client_list_versions[] =
    "Description:\n"
    "  List the versions of a client, oldest first, with the stages each is\n"
    "  published on. Paged like client list: the first page comes with the client,\n"
    "  the next ones (--cursor) ten at a time.\n"
    "\n"
    "Usage:\n"
    "  nitro client list versions [options]\n"
    "\n"
    "Options:\n"
    "  --client-id <client-id>  The ID of the client. [env: NITRO_CLIENT_ID]\n"
    "                           (REQUIRED)\n"
    "  --cursor <cursor>        Pagination cursor to resume from. Useful for\n"
    "                           non-interactive paging. [env: NITRO_CURSOR]\n"
    "  --all                    Fetch every page and print one JSON document.\n"
    "  --limit <limit>          Print at most this many items, as one JSON\n"
    "                           document; its cursor resumes.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro client list versions --client-id \"<client-id>\"\n"
    "  nitro client list versions --client-id \"<client-id>\" --all --output json\n";
const nitro_command command_client_list_versions = {
    .name = "versions",
    .words = "nitro client list versions",
    .summary = "List all versions of a client.",
    .help = help_client_list_versions,
    .usage = "nitro client list versions [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_client_list_versions,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_client_list_versions),
    .run = NULL,
    .behaviour = &nitro_behaviour_client_list_versions,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro client list published-versions ---- */
static const char *const env_client_list_published_versions_client_id[] = {"NITRO_CLIENT_ID", "BARISTA_CLIENT_ID", NULL};
static const nitro_option options_client_list_published_versions[] = {
    {
        .name = "all",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.all),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "client-id",
        .value_name = "client-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_published_versions, client_id),
        .env = env_client_list_published_versions_client_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.cursor),
        .env = env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "limit",
        .value_name = "limit",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.limit),
        .env = NULL,
        .default_text = NULL,
        .min = 1,
        .max = 1000000,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_client_list_published_versions[] =
    "Description:\n"
    "  List the versions of a client that are published on at least one stage, with\n"
    "  those stages. Paged as client list versions: a page may hold fewer items\n"
    "  than ten, or none, and a later page still more.\n"
    "\n"
    "Usage:\n"
    "  nitro client list published-versions [options]\n"
    "\n"
    "Options:\n"
    "  --client-id <client-id>  The ID of the client. [env: NITRO_CLIENT_ID]\n"
    "                           (REQUIRED)\n"
    "  --cursor <cursor>        Pagination cursor to resume from. Useful for\n"
    "                           non-interactive paging. [env: NITRO_CURSOR]\n"
    "  --all                    Fetch every page and print one JSON document.\n"
    "  --limit <limit>          Print at most this many items, as one JSON\n"
    "                           document; its cursor resumes.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro client list published-versions --client-id \"<client-id>\"\n";
const nitro_command command_client_list_published_versions = {
    .name = "published-versions",
    .words = "nitro client list published-versions",
    .summary = "List the published versions of a client.",
    .help = help_client_list_published_versions,
    .usage = "nitro client list published-versions [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_client_list_published_versions,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_client_list_published_versions),
    .run = NULL,
    .behaviour = &nitro_behaviour_client_list_published_versions,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro client upload ---- */
static const char *const env_client_upload_client_id[] = {"NITRO_CLIENT_ID", "BARISTA_CLIENT_ID", NULL};
static const char *const env_client_upload_operations_file[] = {"NITRO_OPERATIONS_FILE", "BARISTA_OPERATIONS_FILE", NULL};
static const char *const env_client_upload_tag[] = {"NITRO_TAG", "BARISTA_TAG", NULL};
static const nitro_option options_client_upload[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_upload, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "client-id",
        .value_name = "client-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_upload, client_id),
        .env = env_client_upload_client_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_upload, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_upload, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "operations-file",
        .value_name = "operations-file",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_upload, operations_file),
        .env = env_client_upload_operations_file,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_upload, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_upload, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "tag",
        .value_name = "tag",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_upload, tag),
        .env = env_client_upload_tag,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_upload, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_client_upload[] =
    "Description:\n"
    "  Upload a file of persisted operations (JSON, { \"<hash>\": \"<document>\" }) as\n"
    "  a new version of a client under a tag. The file is checked (it exists, is\n"
    "  readable, is UTF-8) before anything is sent.\n"
    "\n"
    "Usage:\n"
    "  nitro client upload [options]\n"
    "\n"
    "Options:\n"
    "  --client-id <client-id>         The ID of the client. [env: NITRO_CLIENT_ID]\n"
    "                                  (REQUIRED)\n"
    "  --tag <tag>                     The tag of the client version to upload.\n"
    "                                  [env: NITRO_TAG] (REQUIRED)\n"
    "  --operations-file <operations-file>\n"
    "                                  The path to the JSON file with the\n"
    "                                  operations. [env: NITRO_OPERATIONS_FILE]\n"
    "                                  (REQUIRED)\n"
    "  --jq <expression>               Filter the JSON result with jq; strings\n"
    "                                  print raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>         Host of the Nitro API; the endpoint is\n"
    "                                  <scheme>://<host>/graphql.\n"
    "                                  [env: NITRO_CLOUD_URL]\n"
    "                                  [default: api.chillicream.com]\n"
    "  --api-key <api-key>             An API key or personal access token used to\n"
    "                                  authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>               Print results as JSON and never prompt.\n"
    "                                  [env: NITRO_OUTPUT_FORMAT]\n"
    "                                  [possible values: json]\n"
    "  --verbose                       Trace each request and response on stderr,\n"
    "                                  credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                  Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro client upload --client-id <client-id> --tag v1 \\\n"
    "    --operations-file operations.json\n";
const nitro_command command_client_upload = {
    .name = "upload",
    .words = "nitro client upload",
    .summary = "Upload a new client version.",
    .help = help_client_upload,
    .usage = "nitro client upload [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_client_upload,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_client_upload),
    .run = NULL,
    .behaviour = &nitro_behaviour_client_upload,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro client validate ---- */
static const char *const env_client_validate_client_id[] = {"NITRO_CLIENT_ID", "BARISTA_CLIENT_ID", NULL};
static const char *const env_client_validate_operations_file[] = {"NITRO_OPERATIONS_FILE", "BARISTA_OPERATIONS_FILE", NULL};
static const char *const env_client_validate_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_client_validate[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_validate, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "client-id",
        .value_name = "client-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_validate, client_id),
        .env = env_client_validate_client_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_validate, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_validate, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "operations-file",
        .value_name = "operations-file",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_validate, operations_file),
        .env = env_client_validate_operations_file,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_validate, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_validate, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_validate, stage),
        .env = env_client_validate_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_validate, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_client_validate[] =
    "Description:\n"
    "  Send a file of persisted operations to be checked against the schema of a\n"
    "  stage, and wait for the result. Nothing is published.\n"
    "\n"
    "Usage:\n"
    "  nitro client validate [options]\n"
    "\n"
    "Options:\n"
    "  --client-id <client-id>         The ID of the client. [env: NITRO_CLIENT_ID]\n"
    "                                  (REQUIRED)\n"
    "  --stage <stage>                 The name of the stage. [env: NITRO_STAGE]\n"
    "                                  (REQUIRED)\n"
    "  --operations-file <operations-file>\n"
    "                                  The path to the JSON file with the\n"
    "                                  operations. [env: NITRO_OPERATIONS_FILE]\n"
    "                                  (REQUIRED)\n"
    "  --jq <expression>               Filter the JSON result with jq; strings\n"
    "                                  print raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>         Host of the Nitro API; the endpoint is\n"
    "                                  <scheme>://<host>/graphql.\n"
    "                                  [env: NITRO_CLOUD_URL]\n"
    "                                  [default: api.chillicream.com]\n"
    "  --api-key <api-key>             An API key or personal access token used to\n"
    "                                  authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>               Print results as JSON and never prompt.\n"
    "                                  [env: NITRO_OUTPUT_FORMAT]\n"
    "                                  [possible values: json]\n"
    "  --verbose                       Trace each request and response on stderr,\n"
    "                                  credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                  Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro client validate --client-id <client-id> --stage dev \\\n"
    "    --operations-file operations.json\n";
const nitro_command command_client_validate = {
    .name = "validate",
    .words = "nitro client validate",
    .summary = "Validate a client version.",
    .help = help_client_validate,
    .usage = "nitro client validate [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_client_validate,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_client_validate),
    .run = NULL,
    .behaviour = &nitro_behaviour_client_validate,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro client publish ---- */
static const char *const env_client_publish_client_id[] = {"NITRO_CLIENT_ID", "BARISTA_CLIENT_ID", NULL};
static const char *const env_client_publish_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const char *const env_client_publish_tag[] = {"NITRO_TAG", "BARISTA_TAG", NULL};
static const char *const env_client_publish_wait_for_approval[] = {"NITRO_WAIT_FOR_APPROVAL", "BARISTA_WAIT_FOR_APPROVAL", NULL};
static const nitro_option options_client_publish[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_publish, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "client-id",
        .value_name = "client-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_publish, client_id),
        .env = env_client_publish_client_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_publish, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_publish, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_publish, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_publish, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_publish, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_publish, stage),
        .env = env_client_publish_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "tag",
        .value_name = "tag",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_publish, tag),
        .env = env_client_publish_tag,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_publish, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "wait-for-approval",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_publish, wait_for_approval),
        .env = env_client_publish_wait_for_approval,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const char help_client_publish[] =
    "Description:\n"
    "  Publish an uploaded client version to a stage and follow the request until\n"
    "  the server says it succeeded or failed; a stage that needs an approval waits\n"
    "  with --wait-for-approval.\n"
    "\n"
    "Usage:\n"
    "  nitro client publish [options]\n"
    "\n"
    "Options:\n"
    "  --client-id <client-id>  The ID of the client. [env: NITRO_CLIENT_ID]\n"
    "                           (REQUIRED)\n"
    "  --tag <tag>              The tag of the client version to publish.\n"
    "                           [env: NITRO_TAG] (REQUIRED)\n"
    "  --stage <stage>          The name of the stage. [env: NITRO_STAGE]\n"
    "                           (REQUIRED)\n"
    "  --force                  Publish even with breaking changes.\n"
    "  --wait-for-approval      Wait for the deployment to be approved before\n"
    "                           completing. [env: NITRO_WAIT_FOR_APPROVAL]\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro client publish --client-id <client-id> --tag v1 --stage dev\n";
const nitro_command command_client_publish = {
    .name = "publish",
    .words = "nitro client publish",
    .summary = "Publish a client version to a stage.",
    .help = help_client_publish,
    .usage = "nitro client publish [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_client_publish,
    .n_options = 11,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_client_publish),
    .run = NULL,
    .behaviour = &nitro_behaviour_client_publish,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro client unpublish ---- */
static const char *const env_client_unpublish_client_id[] = {"NITRO_CLIENT_ID", "BARISTA_CLIENT_ID", NULL};
static const char *const env_client_unpublish_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const char *const env_client_unpublish_tag[] = {"NITRO_TAG", "BARISTA_TAG", NULL};
static const nitro_option options_client_unpublish[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_unpublish, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "client-id",
        .value_name = "client-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_unpublish, client_id),
        .env = env_client_unpublish_client_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_unpublish, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_unpublish, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_unpublish, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_unpublish, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_unpublish, stage),
        .env = env_client_unpublish_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "tag",
        .value_name = "tag",
        .type = NITRO_OPT_STRING_LIST,
        .offset = offsetof(nitro_opts_client_unpublish, tag),
        .env = env_client_unpublish_tag,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_unpublish, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_client_unpublish[] =
    "Description:\n"
    "  Unpublish one or more versions of a client from a stage, one request for\n"
    "  each tag, in the order given. The first that fails ends the command (exit\n"
    "  1), after saying which tags were unpublished before it.\n"
    "\n"
    "Usage:\n"
    "  nitro client unpublish [options]\n"
    "\n"
    "Options:\n"
    "  --tag <tag>...           One or more client version tags to unpublish.\n"
    "                           [env: NITRO_TAG] (REQUIRED)\n"
    "  --stage <stage>          The name of the stage. [env: NITRO_STAGE]\n"
    "                           (REQUIRED)\n"
    "  --client-id <client-id>  The ID of the client. [env: NITRO_CLIENT_ID]\n"
    "                           (REQUIRED)\n"
    "  --force                  Skip the confirmation. Required without a terminal\n"
    "                           or with --output json.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro client unpublish --client-id <client-id> --stage dev --tag v1 --force\n"
    "  nitro client unpublish --client-id <client-id> --stage dev \\\n"
    "    --tag v1 v2 --force\n";
const nitro_command command_client_unpublish = {
    .name = "unpublish",
    .words = "nitro client unpublish",
    .summary = "Unpublish a client version from a stage.",
    .help = help_client_unpublish,
    .usage = "nitro client unpublish [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_client_unpublish,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_client_unpublish),
    .run = NULL,
    .behaviour = &nitro_behaviour_client_unpublish,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro client download ---- */
static const char *const env_client_download_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const choices_client_download_format[] = {"folder", "relay", NULL};
static const char *const env_client_download_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_client_download[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_download, api_id),
        .env = env_client_download_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_download, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_download, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "format",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_download, format),
        .env = NULL,
        .default_text = "relay",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_client_download_format,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_download, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_download, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "path",
        .value_name = "path",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_download, path),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_download, stage),
        .env = env_client_download_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_download, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_client_download[] =
    "Description:\n"
    "  Download the persisted operations published on a stage: as one JSON object\n"
    "  of document ids to documents (--format relay, the file --path) or as one\n"
    "  <document id>.graphql file each (--format folder, in the folder --path).\n"
    "  Written whole or not at all.\n"
    "\n"
    "Usage:\n"
    "  nitro client download [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --stage <stage>          The name of the stage. [env: NITRO_STAGE]\n"
    "                           (REQUIRED)\n"
    "  --path <path>            The path where the client is stored. (REQUIRED)\n"
    "  --format <format>        The format to store the queries in.\n"
    "                           [default: relay] [possible values: folder, relay]\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro client download --api-id <api-id> --stage dev \\\n"
    "    --path operations.json\n";
const nitro_command command_client_download = {
    .name = "download",
    .words = "nitro client download",
    .summary = "Download the queries from a stage.",
    .help = help_client_download,
    .usage = "nitro client download [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_client_download,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_client_download),
    .run = NULL,
    .behaviour = &nitro_behaviour_client_download,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro stage ---- */
extern const nitro_command command_stage_list, command_stage_edit, command_stage_delete;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_stage[] = {
    &command_stage_delete,
    &command_stage_edit,
    &command_stage_list,
};
static const char help_stage[] =
    "Description:\n"
    "  List, edit and delete the stages of an API.\n"
    "\n"
    "Usage:\n"
    "  nitro stage [command] [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  list    List all stages of an API.\n"
    "  edit    Edit stages of an API.\n"
    "  delete  Delete a stage by name.\n"
    "\n"
    "Examples:\n"
    "  nitro stage list --api-id \"<api-id>\"\n";
const nitro_command command_stage = {
    .name = "stage",
    .words = "nitro stage",
    .summary = "Manage stages.",
    .help = help_stage,
    .usage = "nitro stage [command] [options]",
    .subcommands = subcommands_stage,
    .n_subcommands = 3,
    .options = NULL,
    .n_options = 0,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro stage list ---- */
static const char *const env_stage_list_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const nitro_option options_stage_list[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_list, api_id),
        .env = env_stage_list_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_list, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_list, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_list, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_list, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_stage_list, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_stage_list[] =
    "Description:\n"
    "  List the stages of an API with the stage each comes after. The list is not\n"
    "  paged: the cursor is always null.\n"
    "\n"
    "Usage:\n"
    "  nitro stage list [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro stage list --api-id \"<api-id>\"\n";
const nitro_command command_stage_list = {
    .name = "list",
    .words = "nitro stage list",
    .summary = "List all stages of an API.",
    .help = help_stage_list,
    .usage = "nitro stage list [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_stage_list,
    .n_options = 6,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_stage_list),
    .run = NULL,
    .behaviour = &nitro_behaviour_stage_list,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro stage edit ---- */
static const char *const env_stage_edit_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const nitro_option options_stage_edit[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_edit, api_id),
        .env = env_stage_edit_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_edit, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_edit, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "configuration",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_edit, configuration),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Configuration (a JSON array of stages)",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_edit, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_edit, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_stage_edit, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_stage_edit[] =
    "Description:\n"
    "  Replace the stages of an API with the ones of --configuration, a JSON array\n"
    "  of {\"name\", \"displayName\", \"conditions\": [{\"afterStage\": \"<stage>\"}]}. A\n"
    "  stage left out is removed. Prints the stages that result.\n"
    "\n"
    "Usage:\n"
    "  nitro stage edit [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --configuration <json>   The stages, a JSON array of {name, displayName,\n"
    "                           conditions}. (REQUIRED)\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro stage edit --api-id \"<api-id>\" \\\n"
    "    --configuration '[{\"name\":\"dev\",\"displayName\":\"Dev\",\"conditions\":[]}]'\n";
const nitro_command command_stage_edit = {
    .name = "edit",
    .words = "nitro stage edit",
    .summary = "Edit stages of an API.",
    .help = help_stage_edit,
    .usage = "nitro stage edit [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_stage_edit,
    .n_options = 7,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_stage_edit),
    .run = NULL,
    .behaviour = &nitro_behaviour_stage_edit,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro stage delete ---- */
static const char *const env_stage_delete_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_stage_delete_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_stage_delete[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_delete, api_id),
        .env = env_stage_delete_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_delete, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_delete, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_stage_delete, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_delete, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_delete, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_delete, stage),
        .env = env_stage_delete_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Stage",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_stage_delete, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_stage_delete[] =
    "Description:\n"
    "  Delete a stage of an API by its name, with whatever is published on it\n"
    "  (forced). Prints the stages that remain.\n"
    "\n"
    "Usage:\n"
    "  nitro stage delete [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --stage <stage>          The name of the stage. [env: NITRO_STAGE]\n"
    "                           (REQUIRED)\n"
    "  --force                  Skip the confirmation. Required without a terminal\n"
    "                           or with --output json.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro stage delete --api-id \"<api-id>\" --stage \"dev\" --force\n";
const nitro_command command_stage_delete = {
    .name = "delete",
    .words = "nitro stage delete",
    .summary = "Delete a stage by name.",
    .help = help_stage_delete,
    .usage = "nitro stage delete [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_stage_delete,
    .n_options = 8,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_stage_delete),
    .run = NULL,
    .behaviour = &nitro_behaviour_stage_delete,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro environment ---- */
extern const nitro_command command_environment_create, command_environment_list, command_environment_show;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_environment[] = {
    &command_environment_create,
    &command_environment_list,
    &command_environment_show,
};
static const char help_environment[] =
    "Description:\n"
    "  Create, list and show the environments of a workspace.\n"
    "\n"
    "Usage:\n"
    "  nitro environment [command] [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  create  Create a new environment.\n"
    "  list    List all environments of a workspace.\n"
    "  show    Show details of an environment.\n"
    "\n"
    "Examples:\n"
    "  nitro environment list\n";
const nitro_command command_environment = {
    .name = "environment",
    .words = "nitro environment",
    .summary = "Manage environments.",
    .help = help_environment,
    .usage = "nitro environment [command] [options]",
    .subcommands = subcommands_environment,
    .n_subcommands = 3,
    .options = NULL,
    .n_options = 0,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro environment create ---- */
static const char *const env_environment_create_workspace_id[] = {"NITRO_WORKSPACE_ID", "BARISTA_WORKSPACE_ID", NULL};
static const nitro_option options_environment_create[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_create, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_create, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_create, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "name",
        .value_name = "name",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_create, name),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Name",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_create, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_environment_create, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "workspace-id",
        .value_name = "workspace-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_create, workspace_id),
        .env = env_environment_create_workspace_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const char help_environment_create[] =
    "Description:\n"
    "  Create an environment in a workspace (--workspace-id, else your default\n"
    "  workspace).\n"
    "\n"
    "Usage:\n"
    "  nitro environment create [options]\n"
    "\n"
    "Options:\n"
    "  --name <name>                  The name of the environment. (REQUIRED)\n"
    "  --workspace-id <workspace-id>  The ID of the workspace (default: the\n"
    "                                 session's). [env: NITRO_WORKSPACE_ID]\n"
    "  --jq <expression>              Filter the JSON result with jq; strings print\n"
    "                                 raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>        Host of the Nitro API; the endpoint is\n"
    "                                 <scheme>://<host>/graphql.\n"
    "                                 [env: NITRO_CLOUD_URL]\n"
    "                                 [default: api.chillicream.com]\n"
    "  --api-key <api-key>            An API key or personal access token used to\n"
    "                                 authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>              Print results as JSON and never prompt.\n"
    "                                 [env: NITRO_OUTPUT_FORMAT]\n"
    "                                 [possible values: json]\n"
    "  --verbose                      Trace each request and response on stderr,\n"
    "                                 credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                 Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro environment create --name \"production\"\n";
const nitro_command command_environment_create = {
    .name = "create",
    .words = "nitro environment create",
    .summary = "Create a new environment.",
    .help = help_environment_create,
    .usage = "nitro environment create [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_environment_create,
    .n_options = 7,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_environment_create),
    .run = NULL,
    .behaviour = &nitro_behaviour_environment_create,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro environment list ---- */
static const char *const env_environment_list_workspace_id[] = {"NITRO_WORKSPACE_ID", "BARISTA_WORKSPACE_ID", NULL};
static const nitro_option options_environment_list[] = {
    {
        .name = "all",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_environment_list, global.all),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_list, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_list, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_list, global.cursor),
        .env = env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_list, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "limit",
        .value_name = "limit",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_environment_list, global.limit),
        .env = NULL,
        .default_text = NULL,
        .min = 1,
        .max = 1000000,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_list, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_environment_list, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "workspace-id",
        .value_name = "workspace-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_list, workspace_id),
        .env = env_environment_list_workspace_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const char help_environment_list[] =
    "Description:\n"
    "  List the environments of a workspace (--workspace-id, else your default\n"
    "  workspace). Results are paginated like pat list.\n"
    "\n"
    "Usage:\n"
    "  nitro environment list [options]\n"
    "\n"
    "Options:\n"
    "  --workspace-id <workspace-id>  The ID of the workspace (default: the\n"
    "                                 session's). [env: NITRO_WORKSPACE_ID]\n"
    "  --cursor <cursor>              Pagination cursor to resume from. Useful for\n"
    "                                 non-interactive paging. [env: NITRO_CURSOR]\n"
    "  --all                          Fetch every page and print one JSON document.\n"
    "  --limit <limit>                Print at most this many items, as one JSON\n"
    "                                 document; its cursor resumes.\n"
    "  --jq <expression>              Filter the JSON result with jq; strings print\n"
    "                                 raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>        Host of the Nitro API; the endpoint is\n"
    "                                 <scheme>://<host>/graphql.\n"
    "                                 [env: NITRO_CLOUD_URL]\n"
    "                                 [default: api.chillicream.com]\n"
    "  --api-key <api-key>            An API key or personal access token used to\n"
    "                                 authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>              Print results as JSON and never prompt.\n"
    "                                 [env: NITRO_OUTPUT_FORMAT]\n"
    "                                 [possible values: json]\n"
    "  --verbose                      Trace each request and response on stderr,\n"
    "                                 credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                 Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro environment list\n"
    "  nitro environment list --all --output json\n";
const nitro_command command_environment_list = {
    .name = "list",
    .words = "nitro environment list",
    .summary = "List all environments of a workspace.",
    .help = help_environment_list,
    .usage = "nitro environment list [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_environment_list,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_environment_list),
    .run = NULL,
    .behaviour = &nitro_behaviour_environment_list,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro environment show ---- */
static const nitro_option options_environment_show[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_show, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_show, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_show, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_show, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_environment_show, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const nitro_arg args_environment_show[] = {
    {
        .value_name = "id",
        .offset = offsetof(nitro_opts_environment_show, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    },
};
static const char help_environment_show[] =
    "Description:\n"
    "  Show an environment's ID, name and workspace.\n"
    "\n"
    "Usage:\n"
    "  nitro environment show <id> [options]\n"
    "\n"
    "Arguments:\n"
    "  <id>  The ID of the environment. (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro environment show \"<environment-id>\"\n";
const nitro_command command_environment_show = {
    .name = "show",
    .words = "nitro environment show",
    .summary = "Show details of an environment.",
    .help = help_environment_show,
    .usage = "nitro environment show <id> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_environment_show,
    .n_options = 5,
    .args = args_environment_show,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_environment_show),
    .run = NULL,
    .behaviour = &nitro_behaviour_environment_show,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro openapi ---- */
extern const nitro_command command_openapi_create, command_openapi_delete, command_openapi_list, command_openapi_upload, command_openapi_validate, command_openapi_publish;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_openapi[] = {
    &command_openapi_create,
    &command_openapi_delete,
    &command_openapi_list,
    &command_openapi_publish,
    &command_openapi_upload,
    &command_openapi_validate,
};
static const char help_openapi[] =
    "Description:\n"
    "  An OpenAPI collection maps GraphQL operations (each with its @http\n"
    "  directive) of an API to REST endpoints. Create, list and delete OpenAPI\n"
    "  collections of an API; upload their versions, validate them against a stage\n"
    "  and publish them to a stage.\n"
    "\n"
    "Usage:\n"
    "  nitro openapi [command] [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  create    Create a new OpenAPI collection.\n"
    "  delete    Delete an OpenAPI collection.\n"
    "  list      List all OpenAPI collections of an API.\n"
    "  upload    Upload a new OpenAPI collection version.\n"
    "  validate  Validate an OpenAPI collection against a stage.\n"
    "  publish   Publish an OpenAPI collection version to a stage.\n"
    "\n"
    "Examples:\n"
    "  nitro openapi list --api-id \"<api-id>\"\n"
    "  nitro openapi upload --openapi-collection-id <id> --tag v1 \\\n"
    "    -p 'openapi/**/*.graphql'\n";
const nitro_command command_openapi = {
    .name = "openapi",
    .words = "nitro openapi",
    .summary = "Manage OpenAPI collections.",
    .help = help_openapi,
    .usage = "nitro openapi [command] [options]",
    .subcommands = subcommands_openapi,
    .n_subcommands = 6,
    .options = NULL,
    .n_options = 0,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro openapi create ---- */
static const char *const env_openapi_create_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_openapi_create_name[] = {"NITRO_OPENAPI_COLLECTION_NAME", "BARISTA_OPENAPI_COLLECTION_NAME", NULL};
static const nitro_option options_openapi_create[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_create, api_id),
        .env = env_openapi_create_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "For which API do you want to create an OpenAPI collection\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_create, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_create, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_create, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "name",
        .value_name = "name",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_create, name),
        .env = env_openapi_create_name,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Name",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_create, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_create, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_openapi_create[] =
    "Description:\n"
    "  Create an OpenAPI collection in an API, to upload and publish its versions.\n"
    "\n"
    "Usage:\n"
    "  nitro openapi create [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --name <name>            The name of the OpenAPI collection.\n"
    "                           [env: NITRO_OPENAPI_COLLECTION_NAME] (REQUIRED)\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro openapi create --api-id \"<api-id>\" --name \"my-collection\"\n";
const nitro_command command_openapi_create = {
    .name = "create",
    .words = "nitro openapi create",
    .summary = "Create a new OpenAPI collection.",
    .help = help_openapi_create,
    .usage = "nitro openapi create [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_openapi_create,
    .n_options = 7,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_openapi_create),
    .run = NULL,
    .behaviour = &nitro_behaviour_openapi_create,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro openapi delete ---- */
static const nitro_option options_openapi_delete[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_delete, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_delete, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_delete, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_delete, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_delete, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_delete, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const nitro_arg args_openapi_delete[] = {
    {
        .value_name = "id",
        .offset = offsetof(nitro_opts_openapi_delete, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    },
};
static const char help_openapi_delete[] =
    "Description:\n"
    "  Delete an OpenAPI collection by its ID, with its versions.\n"
    "\n"
    "Usage:\n"
    "  nitro openapi delete <id> [options]\n"
    "\n"
    "Arguments:\n"
    "  <id>  The ID of the OpenAPI collection. (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  --force                  Skip the confirmation. Required without a terminal\n"
    "                           or with --output json.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro openapi delete \"<id>\" --force\n";
const nitro_command command_openapi_delete = {
    .name = "delete",
    .words = "nitro openapi delete",
    .summary = "Delete an OpenAPI collection.",
    .help = help_openapi_delete,
    .usage = "nitro openapi delete <id> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_openapi_delete,
    .n_options = 6,
    .args = args_openapi_delete,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_openapi_delete),
    .run = NULL,
    .behaviour = &nitro_behaviour_openapi_delete,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro openapi list ---- */
static const char *const env_openapi_list_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const nitro_option options_openapi_list[] = {
    {
        .name = "all",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_list, global.all),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_list, api_id),
        .env = env_openapi_list_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_list, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_list, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_list, global.cursor),
        .env = env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_list, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "limit",
        .value_name = "limit",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_openapi_list, global.limit),
        .env = NULL,
        .default_text = NULL,
        .min = 1,
        .max = 1000000,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_list, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_list, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_openapi_list[] =
    "Description:\n"
    "  List the OpenAPI collections of an API. Results are paginated like pat list.\n"
    "\n"
    "Usage:\n"
    "  nitro openapi list [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --cursor <cursor>        Pagination cursor to resume from. Useful for\n"
    "                           non-interactive paging. [env: NITRO_CURSOR]\n"
    "  --all                    Fetch every page and print one JSON document.\n"
    "  --limit <limit>          Print at most this many items, as one JSON\n"
    "                           document; its cursor resumes.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro openapi list --api-id \"<api-id>\"\n";
const nitro_command command_openapi_list = {
    .name = "list",
    .words = "nitro openapi list",
    .summary = "List all OpenAPI collections of an API.",
    .help = help_openapi_list,
    .usage = "nitro openapi list [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_openapi_list,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_openapi_list),
    .run = NULL,
    .behaviour = &nitro_behaviour_openapi_list,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro openapi upload ---- */
static const char *const env_openapi_upload_openapi_collection_id[] = {"NITRO_OPENAPI_COLLECTION_ID", "BARISTA_OPENAPI_COLLECTION_ID", NULL};
static const char *const env_openapi_upload_tag[] = {"NITRO_TAG", "BARISTA_TAG", NULL};
static const nitro_option options_openapi_upload[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_upload, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_upload, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_upload, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "openapi-collection-id",
        .value_name = "openapi-collection-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_upload, openapi_collection_id),
        .env = env_openapi_upload_openapi_collection_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_upload, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "pattern",
        .short_name = 'p',
        .value_name = "pattern",
        .type = NITRO_OPT_STRING_LIST,
        .offset = offsetof(nitro_opts_openapi_upload, pattern),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_upload, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "tag",
        .value_name = "tag",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_upload, tag),
        .env = env_openapi_upload_tag,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_upload, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_openapi_upload[] =
    "Description:\n"
    "  Zip the OpenAPI documents the --pattern globs match into collection.zip and\n"
    "  upload it as a new version of the collection under a tag. Each pattern must\n"
    "  match a file; nothing is sent otherwise.\n"
    "\n"
    "Usage:\n"
    "  nitro openapi upload [options]\n"
    "\n"
    "Options:\n"
    "  --openapi-collection-id <openapi-collection-id>\n"
    "                                  The ID of the OpenAPI collection.\n"
    "                                  [env: NITRO_OPENAPI_COLLECTION_ID]\n"
    "                                  (REQUIRED)\n"
    "  --tag <tag>                     The tag of the OpenAPI collection version to\n"
    "                                  upload. [env: NITRO_TAG] (REQUIRED)\n"
    "  -p, --pattern <pattern>...      One or more glob patterns for selecting\n"
    "                                  OpenAPI document files (*.graphql).\n"
    "                                  (REQUIRED)\n"
    "  --jq <expression>               Filter the JSON result with jq; strings\n"
    "                                  print raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>         Host of the Nitro API; the endpoint is\n"
    "                                  <scheme>://<host>/graphql.\n"
    "                                  [env: NITRO_CLOUD_URL]\n"
    "                                  [default: api.chillicream.com]\n"
    "  --api-key <api-key>             An API key or personal access token used to\n"
    "                                  authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>               Print results as JSON and never prompt.\n"
    "                                  [env: NITRO_OUTPUT_FORMAT]\n"
    "                                  [possible values: json]\n"
    "  --verbose                       Trace each request and response on stderr,\n"
    "                                  credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                  Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro openapi upload --openapi-collection-id <id> --tag v1 \\\n"
    "    -p 'openapi/**/*.graphql'\n";
const nitro_command command_openapi_upload = {
    .name = "upload",
    .words = "nitro openapi upload",
    .summary = "Upload a new OpenAPI collection version.",
    .help = help_openapi_upload,
    .usage = "nitro openapi upload [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_openapi_upload,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_openapi_upload),
    .run = NULL,
    .behaviour = &nitro_behaviour_openapi_upload,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro openapi validate ---- */
static const char *const env_openapi_validate_openapi_collection_id[] = {"NITRO_OPENAPI_COLLECTION_ID", "BARISTA_OPENAPI_COLLECTION_ID", NULL};
static const char *const env_openapi_validate_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_openapi_validate[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_validate, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_validate, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_validate, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "openapi-collection-id",
        .value_name = "openapi-collection-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_validate, openapi_collection_id),
        .env = env_openapi_validate_openapi_collection_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_validate, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "pattern",
        .short_name = 'p',
        .value_name = "pattern",
        .type = NITRO_OPT_STRING_LIST,
        .offset = offsetof(nitro_opts_openapi_validate, pattern),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_validate, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_validate, stage),
        .env = env_openapi_validate_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_validate, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_openapi_validate[] =
    "Description:\n"
    "  Send the files the patterns match, zipped, to be checked against a stage,\n"
    "  and wait for the result. Nothing is published.\n"
    "\n"
    "Usage:\n"
    "  nitro openapi validate [options]\n"
    "\n"
    "Options:\n"
    "  --openapi-collection-id <openapi-collection-id>\n"
    "                                  The ID of the OpenAPI collection.\n"
    "                                  [env: NITRO_OPENAPI_COLLECTION_ID]\n"
    "                                  (REQUIRED)\n"
    "  --stage <stage>                 The name of the stage. [env: NITRO_STAGE]\n"
    "                                  (REQUIRED)\n"
    "  -p, --pattern <pattern>...      One or more glob patterns for selecting\n"
    "                                  OpenAPI document files (*.graphql).\n"
    "                                  (REQUIRED)\n"
    "  --jq <expression>               Filter the JSON result with jq; strings\n"
    "                                  print raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>         Host of the Nitro API; the endpoint is\n"
    "                                  <scheme>://<host>/graphql.\n"
    "                                  [env: NITRO_CLOUD_URL]\n"
    "                                  [default: api.chillicream.com]\n"
    "  --api-key <api-key>             An API key or personal access token used to\n"
    "                                  authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>               Print results as JSON and never prompt.\n"
    "                                  [env: NITRO_OUTPUT_FORMAT]\n"
    "                                  [possible values: json]\n"
    "  --verbose                       Trace each request and response on stderr,\n"
    "                                  credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                  Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro openapi validate --openapi-collection-id <id> --stage dev \\\n"
    "    -p 'openapi/**/*.graphql'\n";
const nitro_command command_openapi_validate = {
    .name = "validate",
    .words = "nitro openapi validate",
    .summary = "Validate an OpenAPI collection against a stage.",
    .help = help_openapi_validate,
    .usage = "nitro openapi validate [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_openapi_validate,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_openapi_validate),
    .run = NULL,
    .behaviour = &nitro_behaviour_openapi_validate,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro openapi publish ---- */
static const char *const env_openapi_publish_openapi_collection_id[] = {"NITRO_OPENAPI_COLLECTION_ID", "BARISTA_OPENAPI_COLLECTION_ID", NULL};
static const char *const env_openapi_publish_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const char *const env_openapi_publish_tag[] = {"NITRO_TAG", "BARISTA_TAG", NULL};
static const char *const env_openapi_publish_wait_for_approval[] = {"NITRO_WAIT_FOR_APPROVAL", "BARISTA_WAIT_FOR_APPROVAL", NULL};
static const nitro_option options_openapi_publish[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_publish, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_publish, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_publish, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_publish, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "openapi-collection-id",
        .value_name = "openapi-collection-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_publish, openapi_collection_id),
        .env = env_openapi_publish_openapi_collection_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_publish, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_publish, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_publish, stage),
        .env = env_openapi_publish_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "tag",
        .value_name = "tag",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_publish, tag),
        .env = env_openapi_publish_tag,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_publish, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "wait-for-approval",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_publish, wait_for_approval),
        .env = env_openapi_publish_wait_for_approval,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const char help_openapi_publish[] =
    "Description:\n"
    "  Publish an uploaded OpenAPI collection version to a stage and follow the\n"
    "  request until the server says it succeeded or failed; a stage that needs an\n"
    "  approval waits with --wait-for-approval.\n"
    "\n"
    "Usage:\n"
    "  nitro openapi publish [options]\n"
    "\n"
    "Options:\n"
    "  --openapi-collection-id <openapi-collection-id>\n"
    "                                  The ID of the OpenAPI collection.\n"
    "                                  [env: NITRO_OPENAPI_COLLECTION_ID]\n"
    "                                  (REQUIRED)\n"
    "  --tag <tag>                     The tag of the OpenAPI collection version to\n"
    "                                  publish. [env: NITRO_TAG] (REQUIRED)\n"
    "  --stage <stage>                 The name of the stage. [env: NITRO_STAGE]\n"
    "                                  (REQUIRED)\n"
    "  --force                         Publish even with breaking changes.\n"
    "  --wait-for-approval             Wait for the deployment to be approved\n"
    "                                  before completing.\n"
    "                                  [env: NITRO_WAIT_FOR_APPROVAL]\n"
    "  --jq <expression>               Filter the JSON result with jq; strings\n"
    "                                  print raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>         Host of the Nitro API; the endpoint is\n"
    "                                  <scheme>://<host>/graphql.\n"
    "                                  [env: NITRO_CLOUD_URL]\n"
    "                                  [default: api.chillicream.com]\n"
    "  --api-key <api-key>             An API key or personal access token used to\n"
    "                                  authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>               Print results as JSON and never prompt.\n"
    "                                  [env: NITRO_OUTPUT_FORMAT]\n"
    "                                  [possible values: json]\n"
    "  --verbose                       Trace each request and response on stderr,\n"
    "                                  credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                  Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro openapi publish --openapi-collection-id <id> --tag v1 --stage dev\n";
const nitro_command command_openapi_publish = {
    .name = "publish",
    .words = "nitro openapi publish",
    .summary = "Publish an OpenAPI collection version to a stage.",
    .help = help_openapi_publish,
    .usage = "nitro openapi publish [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_openapi_publish,
    .n_options = 11,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_openapi_publish),
    .run = NULL,
    .behaviour = &nitro_behaviour_openapi_publish,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro mcp ---- */
extern const nitro_command command_mcp_create, command_mcp_delete, command_mcp_list, command_mcp_upload, command_mcp_validate, command_mcp_publish;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_mcp[] = {
    &command_mcp_create,
    &command_mcp_delete,
    &command_mcp_list,
    &command_mcp_publish,
    &command_mcp_upload,
    &command_mcp_validate,
};
static const char help_mcp[] =
    "Description:\n"
    "  An MCP feature collection holds the prompts (JSON) and tools (GraphQL\n"
    "  operations) an API serves over MCP. Create, list and delete MCP feature\n"
    "  collections of an API; upload their versions, validate them against a stage\n"
    "  and publish them to a stage.\n"
    "\n"
    "Usage:\n"
    "  nitro mcp [command] [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  create    Create a new MCP feature collection.\n"
    "  delete    Delete an MCP feature collection.\n"
    "  list      List all MCP feature collections of an API.\n"
    "  upload    Upload a new MCP feature collection version.\n"
    "  validate  Validate an MCP feature collection against a stage.\n"
    "  publish   Publish an MCP feature collection version to a stage.\n"
    "\n"
    "Examples:\n"
    "  nitro mcp list --api-id \"<api-id>\"\n"
    "  nitro mcp upload --mcp-feature-collection-id <id> --tag v1 \\\n"
    "    -p 'prompts/*.json' -t 'tools/*.graphql'\n";
const nitro_command command_mcp = {
    .name = "mcp",
    .words = "nitro mcp",
    .summary = "Manage MCP feature collections.",
    .help = help_mcp,
    .usage = "nitro mcp [command] [options]",
    .subcommands = subcommands_mcp,
    .n_subcommands = 6,
    .options = NULL,
    .n_options = 0,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro mcp create ---- */
static const char *const env_mcp_create_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_mcp_create_name[] = {"NITRO_MCP_FEATURE_COLLECTION_NAME", "BARISTA_MCP_FEATURE_COLLECTION_NAME", NULL};
static const nitro_option options_mcp_create[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_create, api_id),
        .env = env_mcp_create_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "For which API do you want to create an MCP feature collection\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_create, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_create, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_create, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "name",
        .value_name = "name",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_create, name),
        .env = env_mcp_create_name,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Name",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_create, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_create, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_mcp_create[] =
    "Description:\n"
    "  Create an MCP feature collection in an API, to upload and publish its\n"
    "  versions.\n"
    "\n"
    "Usage:\n"
    "  nitro mcp create [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --name <name>            The name of the MCP feature collection.\n"
    "                           [env: NITRO_MCP_FEATURE_COLLECTION_NAME] (REQUIRED)\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro mcp create --api-id \"<api-id>\" --name \"my-collection\"\n";
const nitro_command command_mcp_create = {
    .name = "create",
    .words = "nitro mcp create",
    .summary = "Create a new MCP feature collection.",
    .help = help_mcp_create,
    .usage = "nitro mcp create [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_mcp_create,
    .n_options = 7,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_mcp_create),
    .run = NULL,
    .behaviour = &nitro_behaviour_mcp_create,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro mcp delete ---- */
static const nitro_option options_mcp_delete[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_delete, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_delete, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_delete, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_delete, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_delete, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_delete, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const nitro_arg args_mcp_delete[] = {
    {
        .value_name = "id",
        .offset = offsetof(nitro_opts_mcp_delete, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    },
};
static const char help_mcp_delete[] =
    "Description:\n"
    "  Delete an MCP feature collection by its ID, with its versions.\n"
    "\n"
    "Usage:\n"
    "  nitro mcp delete <id> [options]\n"
    "\n"
    "Arguments:\n"
    "  <id>  The ID of the MCP feature collection. (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  --force                  Skip the confirmation. Required without a terminal\n"
    "                           or with --output json.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro mcp delete \"<id>\" --force\n";
const nitro_command command_mcp_delete = {
    .name = "delete",
    .words = "nitro mcp delete",
    .summary = "Delete an MCP feature collection.",
    .help = help_mcp_delete,
    .usage = "nitro mcp delete <id> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_mcp_delete,
    .n_options = 6,
    .args = args_mcp_delete,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_mcp_delete),
    .run = NULL,
    .behaviour = &nitro_behaviour_mcp_delete,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro mcp list ---- */
static const char *const env_mcp_list_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const nitro_option options_mcp_list[] = {
    {
        .name = "all",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_list, global.all),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_list, api_id),
        .env = env_mcp_list_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_list, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_list, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_list, global.cursor),
        .env = env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_list, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "limit",
        .value_name = "limit",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_mcp_list, global.limit),
        .env = NULL,
        .default_text = NULL,
        .min = 1,
        .max = 1000000,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_list, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_list, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_mcp_list[] =
    "Description:\n"
    "  List the MCP feature collections of an API. Results are paginated like pat\n"
    "  list.\n"
    "\n"
    "Usage:\n"
    "  nitro mcp list [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --cursor <cursor>        Pagination cursor to resume from. Useful for\n"
    "                           non-interactive paging. [env: NITRO_CURSOR]\n"
    "  --all                    Fetch every page and print one JSON document.\n"
    "  --limit <limit>          Print at most this many items, as one JSON\n"
    "                           document; its cursor resumes.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro mcp list --api-id \"<api-id>\"\n";
const nitro_command command_mcp_list = {
    .name = "list",
    .words = "nitro mcp list",
    .summary = "List all MCP feature collections of an API.",
    .help = help_mcp_list,
    .usage = "nitro mcp list [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_mcp_list,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_mcp_list),
    .run = NULL,
    .behaviour = &nitro_behaviour_mcp_list,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro mcp upload ---- */
static const char *const env_mcp_upload_mcp_feature_collection_id[] = {"NITRO_MCP_FEATURE_COLLECTION_ID", "BARISTA_MCP_FEATURE_COLLECTION_ID", NULL};
static const char *const env_mcp_upload_tag[] = {"NITRO_TAG", "BARISTA_TAG", NULL};
static const nitro_option options_mcp_upload[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_upload, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_upload, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_upload, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "mcp-feature-collection-id",
        .value_name = "mcp-feature-collection-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_upload, mcp_feature_collection_id),
        .env = env_mcp_upload_mcp_feature_collection_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_upload, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "prompt-pattern",
        .short_name = 'p',
        .value_name = "prompt-pattern",
        .type = NITRO_OPT_STRING_LIST,
        .offset = offsetof(nitro_opts_mcp_upload, prompt_pattern),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_upload, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "tag",
        .value_name = "tag",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_upload, tag),
        .env = env_mcp_upload_tag,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "tool-pattern",
        .short_name = 't',
        .value_name = "tool-pattern",
        .type = NITRO_OPT_STRING_LIST,
        .offset = offsetof(nitro_opts_mcp_upload, tool_pattern),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_upload, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_mcp_upload[] =
    "Description:\n"
    "  Zip the prompt (*.json) and tool (*.graphql) files the --prompt-pattern and\n"
    "  --tool-pattern globs match into collection.zip (prompts/ and tools/) and\n"
    "  upload it as a new version of the collection under a tag. At least one of\n"
    "  the two is needed. Each pattern must match a file; nothing is sent\n"
    "  otherwise.\n"
    "\n"
    "Usage:\n"
    "  nitro mcp upload [options]\n"
    "\n"
    "Options:\n"
    "  --mcp-feature-collection-id <mcp-feature-collection-id>\n"
    "                                  The ID of the MCP feature collection.\n"
    "                                  [env: NITRO_MCP_FEATURE_COLLECTION_ID]\n"
    "                                  (REQUIRED)\n"
    "  --tag <tag>                     The tag of the MCP feature collection\n"
    "                                  version to upload. [env: NITRO_TAG]\n"
    "                                  (REQUIRED)\n"
    "  -p, --prompt-pattern <prompt-pattern>...\n"
    "                                  One or more glob patterns for selecting MCP\n"
    "                                  prompt definition files (*.json).\n"
    "  -t, --tool-pattern <tool-pattern>...\n"
    "                                  One or more glob patterns for selecting MCP\n"
    "                                  tool definition files (*.graphql).\n"
    "  --jq <expression>               Filter the JSON result with jq; strings\n"
    "                                  print raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>         Host of the Nitro API; the endpoint is\n"
    "                                  <scheme>://<host>/graphql.\n"
    "                                  [env: NITRO_CLOUD_URL]\n"
    "                                  [default: api.chillicream.com]\n"
    "  --api-key <api-key>             An API key or personal access token used to\n"
    "                                  authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>               Print results as JSON and never prompt.\n"
    "                                  [env: NITRO_OUTPUT_FORMAT]\n"
    "                                  [possible values: json]\n"
    "  --verbose                       Trace each request and response on stderr,\n"
    "                                  credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                  Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro mcp upload --mcp-feature-collection-id <id> --tag v1 \\\n"
    "    -p 'prompts/*.json' -t 'tools/*.graphql'\n";
const nitro_command command_mcp_upload = {
    .name = "upload",
    .words = "nitro mcp upload",
    .summary = "Upload a new MCP feature collection version.",
    .help = help_mcp_upload,
    .usage = "nitro mcp upload [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_mcp_upload,
    .n_options = 10,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_mcp_upload),
    .run = NULL,
    .behaviour = &nitro_behaviour_mcp_upload,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro mcp validate ---- */
static const char *const env_mcp_validate_mcp_feature_collection_id[] = {"NITRO_MCP_FEATURE_COLLECTION_ID", "BARISTA_MCP_FEATURE_COLLECTION_ID", NULL};
static const char *const env_mcp_validate_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_mcp_validate[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_validate, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_validate, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_validate, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "mcp-feature-collection-id",
        .value_name = "mcp-feature-collection-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_validate, mcp_feature_collection_id),
        .env = env_mcp_validate_mcp_feature_collection_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_validate, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "prompt-pattern",
        .short_name = 'p',
        .value_name = "prompt-pattern",
        .type = NITRO_OPT_STRING_LIST,
        .offset = offsetof(nitro_opts_mcp_validate, prompt_pattern),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_validate, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_validate, stage),
        .env = env_mcp_validate_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "tool-pattern",
        .short_name = 't',
        .value_name = "tool-pattern",
        .type = NITRO_OPT_STRING_LIST,
        .offset = offsetof(nitro_opts_mcp_validate, tool_pattern),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_validate, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_mcp_validate[] =
    "Description:\n"
    "  Send the files the patterns match, zipped, to be checked against a stage,\n"
    "  and wait for the result. Nothing is published.\n"
    "\n"
    "Usage:\n"
    "  nitro mcp validate [options]\n"
    "\n"
    "Options:\n"
    "  --mcp-feature-collection-id <mcp-feature-collection-id>\n"
    "                                  The ID of the MCP feature collection.\n"
    "                                  [env: NITRO_MCP_FEATURE_COLLECTION_ID]\n"
    "                                  (REQUIRED)\n"
    "  --stage <stage>                 The name of the stage. [env: NITRO_STAGE]\n"
    "                                  (REQUIRED)\n"
    "  -p, --prompt-pattern <prompt-pattern>...\n"
    "                                  One or more glob patterns for selecting MCP\n"
    "                                  prompt definition files (*.json).\n"
    "  -t, --tool-pattern <tool-pattern>...\n"
    "                                  One or more glob patterns for selecting MCP\n"
    "                                  tool definition files (*.graphql).\n"
    "  --jq <expression>               Filter the JSON result with jq; strings\n"
    "                                  print raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>         Host of the Nitro API; the endpoint is\n"
    "                                  <scheme>://<host>/graphql.\n"
    "                                  [env: NITRO_CLOUD_URL]\n"
    "                                  [default: api.chillicream.com]\n"
    "  --api-key <api-key>             An API key or personal access token used to\n"
    "                                  authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>               Print results as JSON and never prompt.\n"
    "                                  [env: NITRO_OUTPUT_FORMAT]\n"
    "                                  [possible values: json]\n"
    "  --verbose                       Trace each request and response on stderr,\n"
    "                                  credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                  Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro mcp validate --mcp-feature-collection-id <id> --stage dev \\\n"
    "    -p 'prompts/*.json' -t 'tools/*.graphql'\n";
const nitro_command command_mcp_validate = {
    .name = "validate",
    .words = "nitro mcp validate",
    .summary = "Validate an MCP feature collection against a stage.",
    .help = help_mcp_validate,
    .usage = "nitro mcp validate [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_mcp_validate,
    .n_options = 10,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_mcp_validate),
    .run = NULL,
    .behaviour = &nitro_behaviour_mcp_validate,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro mcp publish ---- */
static const char *const env_mcp_publish_mcp_feature_collection_id[] = {"NITRO_MCP_FEATURE_COLLECTION_ID", "BARISTA_MCP_FEATURE_COLLECTION_ID", NULL};
static const char *const env_mcp_publish_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const char *const env_mcp_publish_tag[] = {"NITRO_TAG", "BARISTA_TAG", NULL};
static const char *const env_mcp_publish_wait_for_approval[] = {"NITRO_WAIT_FOR_APPROVAL", "BARISTA_WAIT_FOR_APPROVAL", NULL};
static const nitro_option options_mcp_publish[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_publish, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_publish, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_publish, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_publish, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "mcp-feature-collection-id",
        .value_name = "mcp-feature-collection-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_publish, mcp_feature_collection_id),
        .env = env_mcp_publish_mcp_feature_collection_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_publish, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_publish, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_publish, stage),
        .env = env_mcp_publish_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "tag",
        .value_name = "tag",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_publish, tag),
        .env = env_mcp_publish_tag,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_publish, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "wait-for-approval",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_publish, wait_for_approval),
        .env = env_mcp_publish_wait_for_approval,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const char help_mcp_publish[] =
    "Description:\n"
    "  Publish an uploaded MCP feature collection version to a stage and follow the\n"
    "  request until the server says it succeeded or failed; a stage that needs an\n"
    "  approval waits with --wait-for-approval.\n"
    "\n"
    "Usage:\n"
    "  nitro mcp publish [options]\n"
    "\n"
    "Options:\n"
    "  --mcp-feature-collection-id <mcp-feature-collection-id>\n"
    "                                  The ID of the MCP feature collection.\n"
    "                                  [env: NITRO_MCP_FEATURE_COLLECTION_ID]\n"
    "                                  (REQUIRED)\n"
    "  --tag <tag>                     The tag of the MCP feature collection\n"
    "                                  version to publish. [env: NITRO_TAG]\n"
    "                                  (REQUIRED)\n"
    "  --stage <stage>                 The name of the stage. [env: NITRO_STAGE]\n"
    "                                  (REQUIRED)\n"
    "  --force                         Publish even with breaking changes.\n"
    "  --wait-for-approval             Wait for the deployment to be approved\n"
    "                                  before completing.\n"
    "                                  [env: NITRO_WAIT_FOR_APPROVAL]\n"
    "  --jq <expression>               Filter the JSON result with jq; strings\n"
    "                                  print raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>         Host of the Nitro API; the endpoint is\n"
    "                                  <scheme>://<host>/graphql.\n"
    "                                  [env: NITRO_CLOUD_URL]\n"
    "                                  [default: api.chillicream.com]\n"
    "  --api-key <api-key>             An API key or personal access token used to\n"
    "                                  authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>               Print results as JSON and never prompt.\n"
    "                                  [env: NITRO_OUTPUT_FORMAT]\n"
    "                                  [possible values: json]\n"
    "  --verbose                       Trace each request and response on stderr,\n"
    "                                  credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                  Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro mcp publish --mcp-feature-collection-id <id> --tag v1 --stage dev\n";
const nitro_command command_mcp_publish = {
    .name = "publish",
    .words = "nitro mcp publish",
    .summary = "Publish an MCP feature collection version to a stage.",
    .help = help_mcp_publish,
    .usage = "nitro mcp publish [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_mcp_publish,
    .n_options = 11,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_mcp_publish),
    .run = NULL,
    .behaviour = &nitro_behaviour_mcp_publish,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro login ---- */
static const char *const env_login_client_id[] = {"NITRO_CLIENT_ID", "BARISTA_CLIENT_ID", NULL};
static const char *const env_login_scopes[] = {"NITRO_SCOPES", "BARISTA_SCOPES", NULL};
static const char *const env_login_timeout[] = {"NITRO_LOGIN_TIMEOUT", "BARISTA_LOGIN_TIMEOUT", NULL};
static const char *const env_login_workspace_id[] = {"NITRO_WORKSPACE_ID", "BARISTA_WORKSPACE_ID", NULL};
static const nitro_option options_login[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_login, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "client-id",
        .value_name = "client-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_login, client_id),
        .env = env_login_client_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_login, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "device",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_login, device),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "no-browser",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_login, no_browser),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_login, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "scopes",
        .value_name = "scopes",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_login, scopes),
        .env = env_login_scopes,
        .default_text = "openid email offline_access",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "timeout",
        .value_name = "seconds",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_login, timeout),
        .env = env_login_timeout,
        .default_text = "600",
        .min = 1,
        .max = 86400,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_login, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "with-token",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_login, with_token),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "workspace-id",
        .value_name = "workspace-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_login, workspace_id),
        .env = env_login_workspace_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const nitro_arg args_login[] = {
    {
        .value_name = "url",
        .offset = offsetof(nitro_opts_login, url),
        .prompt = NULL,
        .required = false,
        .choices = NULL,
    },
};
static int run_login(nitro_ctx *ctx, void *opts) {
    return nitro_cmd_login(ctx, opts);
}
static const char help_login[] =
    "Description:\n"
    "  Sign in through your browser (authorization code with PKCE and a loopback\n"
    "  redirect), with a device code on machines without a browser, or with a\n"
    "  personal access token or API key read from standard input. The session is\n"
    "  stored in $XDG_CONFIG_HOME/nitro/session.json (default ~/.config/nitro),\n"
    "  readable by the Nitro CLI too. The OAuth client id of the Nitro cloud is not\n"
    "  public: pass the one you were given with --client-id or NITRO_CLIENT_ID.\n"
    "\n"
    "Usage:\n"
    "  nitro login [<url>] [options]\n"
    "\n"
    "Arguments:\n"
    "  <url>  Identity server to sign in with. [default:\n"
    "         https://identity.chillicream.com]\n"
    "\n"
    "Options:\n"
    "  --device                       Sign in with a device code, for machines\n"
    "                                 without a browser.\n"
    "  --with-token                   Read a personal access token or API key from\n"
    "                                 standard input.\n"
    "  --no-browser                   Print the sign-in URL instead of opening a\n"
    "                                 browser.\n"
    "  --client-id <client-id>        OAuth client id registered with the identity\n"
    "                                 server. [env: NITRO_CLIENT_ID]\n"
    "  --scopes <scopes>              OAuth scopes to ask for, separated by spaces.\n"
    "                                 [env: NITRO_SCOPES]\n"
    "                                 [default: openid email offline_access]\n"
    "  --timeout <seconds>            How long to wait for the sign-in to complete.\n"
    "                                 [env: NITRO_LOGIN_TIMEOUT] [default: 600]\n"
    "  --workspace-id <workspace-id>  Workspace to use by default after signing in.\n"
    "                                 [env: NITRO_WORKSPACE_ID]\n"
    "  --cloud-url <cloud-url>        Host of the Nitro API; the endpoint is\n"
    "                                 <scheme>://<host>/graphql.\n"
    "                                 [env: NITRO_CLOUD_URL]\n"
    "                                 [default: api.chillicream.com]\n"
    "  --output <format>              Print results as JSON and never prompt.\n"
    "                                 [env: NITRO_OUTPUT_FORMAT]\n"
    "                                 [possible values: json]\n"
    "  --verbose                      Trace each request and response on stderr,\n"
    "                                 credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                 Show help and usage information.\n"
    "\n"
    "Ignored options:\n"
    "  Accepted and ignored, as the Nitro CLI accepts them everywhere: --api-key.\n"
    "\n"
    "Examples:\n"
    "  nitro login --client-id <client-id>\n"
    "  nitro login --device --client-id <client-id>\n"
    "  echo \"$SECRET\" | nitro login --with-token\n";
const nitro_command command_login = {
    .name = "login",
    .words = "nitro login",
    .summary = "Sign in to Nitro and store a session.",
    .help = help_login,
    .usage = "nitro login [<url>] [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_login,
    .n_options = 11,
    .args = args_login,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_login),
    .run = run_login,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro logout ---- */
static const nitro_option options_logout[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_logout, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_logout, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_logout, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_logout, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static int run_logout(nitro_ctx *ctx, void *opts) {
    return nitro_cmd_logout(ctx, opts);
}
static const char help_logout[] =
    "Description:\n"
    "  End the session on the identity server and delete session.json.\n"
    "\n"
    "Usage:\n"
    "  nitro logout [options]\n"
    "\n"
    "Options:\n"
    "  --output <format>  Print results as JSON and never prompt.\n"
    "                     [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  -\?, -h, --help     Show help and usage information.\n"
    "\n"
    "Ignored options:\n"
    "  Accepted and ignored, as the Nitro CLI accepts them everywhere: --cloud-url,\n"
    "  --api-key, --verbose.\n"
    "\n"
    "Examples:\n"
    "  nitro logout\n";
const nitro_command command_logout = {
    .name = "logout",
    .words = "nitro logout",
    .summary = "Sign out and delete the stored session.",
    .help = help_logout,
    .usage = "nitro logout [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_logout,
    .n_options = 4,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_logout),
    .run = run_logout,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro status ---- */
static const nitro_option options_status[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_status, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_status, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_status, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_status, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_status, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static int run_status(nitro_ctx *ctx, void *opts) {
    return nitro_cmd_status(ctx, opts);
}
static const char help_status[] =
    "Description:\n"
    "  Show the user, tenant, default workspace, API URL, token expiry and which\n"
    "  credential commands use. When the credential is not a sign-in's (--api-key,\n"
    "  NITRO_API_KEY, or a token from login --with-token) the server is asked whom\n"
    "  it acts for: a user, or an API key with its workspace and API. Never prints\n"
    "  a secret.\n"
    "\n"
    "Usage:\n"
    "  nitro status [options]\n"
    "\n"
    "Options:\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro status\n"
    "  nitro status --output json\n";
const nitro_command command_status = {
    .name = "status",
    .words = "nitro status",
    .summary = "Show who you are signed in as and which credential is in use.",
    .help = help_status,
    .usage = "nitro status [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_status,
    .n_options = 5,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_status),
    .run = run_status,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro completion ---- */
static const nitro_option options_completion[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_completion, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_completion, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_completion, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_completion, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char *const choices_completion_arg_shell[] = {"bash", "zsh", "fish", NULL};
static const nitro_arg args_completion[] = {
    {
        .value_name = "shell",
        .offset = offsetof(nitro_opts_completion, shell),
        .prompt = NULL,
        .required = true,
        .choices = choices_completion_arg_shell,
    },
};
static int run_completion(nitro_ctx *ctx, void *opts) {
    return nitro_cmd_completion(ctx, opts);
}
static const char help_completion[] =
    "Description:\n"
    "  Print the completion script for a shell on standard output, for people who\n"
    "  install nitro by hand; packages install the scripts where each shell looks.\n"
    "  The scripts complete commands, options, their values and the IDs of your\n"
    "  personal access tokens when credentials are available.\n"
    "\n"
    "Usage:\n"
    "  nitro completion <shell> [options]\n"
    "\n"
    "Arguments:\n"
    "  <shell>  The shell to print the script for.\n"
    "           [possible values: bash, zsh, fish] (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Ignored options:\n"
    "  Accepted and ignored, as the Nitro CLI accepts them everywhere: --cloud-url,\n"
    "  --api-key, --output, --verbose.\n"
    "\n"
    "Examples:\n"
    "  nitro completion bash > ~/.local/share/bash-completion/completions/nitro\n"
    "  nitro completion zsh > ~/.zfunc/_nitro\n"
    "  nitro completion fish > ~/.config/fish/completions/nitro.fish\n";
const nitro_command command_completion = {
    .name = "completion",
    .words = "nitro completion",
    .summary = "Print the shell completion script for bash, zsh or fish.",
    .help = help_completion,
    .usage = "nitro completion <shell> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_completion,
    .n_options = 4,
    .args = args_completion,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_completion),
    .run = run_completion,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro mock ---- */
extern const nitro_command command_mock_create, command_mock_list, command_mock_update;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_mock[] = {
    &command_mock_create,
    &command_mock_list,
    &command_mock_update,
};
static const char help_mock[] =
    "Description:\n"
    "  A mock serves a base schema with an extension of it, and forwards what it\n"
    "  does not mock to a downstream service. Create the mocks of an API, list them\n"
    "  and update their files, name or downstream URL.\n"
    "\n"
    "Usage:\n"
    "  nitro mock [command] [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  create  Create a new mock.\n"
    "  list    List the mocks of an API.\n"
    "  update  Update a mock.\n"
    "\n"
    "Examples:\n"
    "  nitro mock list --api-id \"<api-id>\"\n";
const nitro_command command_mock = {
    .name = "mock",
    .words = "nitro mock",
    .summary = "Create, update and list mocks.",
    .help = help_mock,
    .usage = "nitro mock [command] [options]",
    .subcommands = subcommands_mock,
    .n_subcommands = 3,
    .options = NULL,
    .n_options = 0,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro mock create ---- */
static const char *const env_mock_create_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_mock_create_extension[] = {"NITRO_SCHEMA_EXTENSION_FILE", "BARISTA_SCHEMA_EXTENSION_FILE", NULL};
static const char *const env_mock_create_name[] = {"NITRO_MOCK_SCHEMA_NAME", "BARISTA_MOCK_SCHEMA_NAME", NULL};
static const char *const env_mock_create_schema[] = {"NITRO_SCHEMA_FILE", "BARISTA_SCHEMA_FILE", NULL};
static const char *const env_mock_create_url[] = {"NITRO_DOWNSTREAM_URL", "BARISTA_DOWNSTREAM_URL", NULL};
static const nitro_option options_mock_create[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_create, api_id),
        .env = env_mock_create_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "For which API do you want to create a mock\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_create, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_create, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "extension",
        .value_name = "extension",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_create, extension),
        .env = env_mock_create_extension,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_create, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "name",
        .value_name = "name",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_create, name),
        .env = env_mock_create_name,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Name",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_create, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "schema",
        .value_name = "schema",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_create, schema),
        .env = env_mock_create_schema,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "url",
        .value_name = "url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_create, url),
        .env = env_mock_create_url,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Downstream URL",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mock_create, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_mock_create[] =
    "Description:\n"
    "  Create a mock of an API from a base schema file and an extension file,\n"
    "  forwarding to a downstream URL. The files are checked (they exist, are\n"
    "  readable, are UTF-8) before anything is sent.\n"
    "\n"
    "Usage:\n"
    "  nitro mock create [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --name <name>            The name of the mock. [env: NITRO_MOCK_SCHEMA_NAME]\n"
    "                           (REQUIRED)\n"
    "  --schema <schema>        The path to the GraphQL file with the base schema\n"
    "                           of the mock. [env: NITRO_SCHEMA_FILE] (REQUIRED)\n"
    "  --extension <extension>  The path to the GraphQL file with the schema\n"
    "                           extension of the mock.\n"
    "                           [env: NITRO_SCHEMA_EXTENSION_FILE] (REQUIRED)\n"
    "  --url <url>              The URL of the downstream service the mock forwards\n"
    "                           to. [env: NITRO_DOWNSTREAM_URL] (REQUIRED)\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro mock create --api-id \"<api-id>\" --name products \\\n"
    "    --schema schema.graphql --extension extension.graphql \\\n"
    "    --url https://products.example.com/graphql\n";
const nitro_command command_mock_create = {
    .name = "create",
    .words = "nitro mock create",
    .summary = "Create a new mock.",
    .help = help_mock_create,
    .usage = "nitro mock create [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_mock_create,
    .n_options = 10,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_mock_create),
    .run = NULL,
    .behaviour = &nitro_behaviour_mock_create,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro mock list ---- */
static const char *const env_mock_list_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const nitro_option options_mock_list[] = {
    {
        .name = "all",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mock_list, global.all),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_list, api_id),
        .env = env_mock_list_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_list, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_list, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_list, global.cursor),
        .env = env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_list, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "limit",
        .value_name = "limit",
        .type = NITRO_OPT_INT,
        .offset = offsetof(nitro_opts_mock_list, global.limit),
        .env = NULL,
        .default_text = NULL,
        .min = 1,
        .max = 1000000,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_list, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mock_list, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_mock_list[] =
    "Description:\n"
    "  List the mocks of an API with their URLs. Results are paginated like pat\n"
    "  list.\n"
    "\n"
    "Usage:\n"
    "  nitro mock list [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --cursor <cursor>        Pagination cursor to resume from. Useful for\n"
    "                           non-interactive paging. [env: NITRO_CURSOR]\n"
    "  --all                    Fetch every page and print one JSON document.\n"
    "  --limit <limit>          Print at most this many items, as one JSON\n"
    "                           document; its cursor resumes.\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro mock list --api-id \"<api-id>\"\n";
const nitro_command command_mock_list = {
    .name = "list",
    .words = "nitro mock list",
    .summary = "List the mocks of an API.",
    .help = help_mock_list,
    .usage = "nitro mock list [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_mock_list,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_mock_list),
    .run = NULL,
    .behaviour = &nitro_behaviour_mock_list,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro mock update ---- */
static const char *const env_mock_update_extension[] = {"NITRO_SCHEMA_EXTENSION_FILE", "BARISTA_SCHEMA_EXTENSION_FILE", NULL};
static const char *const env_mock_update_name[] = {"NITRO_MOCK_SCHEMA_NAME", "BARISTA_MOCK_SCHEMA_NAME", NULL};
static const char *const env_mock_update_schema[] = {"NITRO_SCHEMA_FILE", "BARISTA_SCHEMA_FILE", NULL};
static const char *const env_mock_update_url[] = {"NITRO_DOWNSTREAM_URL", "BARISTA_DOWNSTREAM_URL", NULL};
static const nitro_option options_mock_update[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_update, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_update, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "extension",
        .value_name = "extension",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_update, extension),
        .env = env_mock_update_extension,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_update, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "name",
        .value_name = "name",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_update, name),
        .env = env_mock_update_name,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_update, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "schema",
        .value_name = "schema",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_update, schema),
        .env = env_mock_update_schema,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "url",
        .value_name = "url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_update, url),
        .env = env_mock_update_url,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mock_update, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const nitro_arg args_mock_update[] = {
    {
        .value_name = "id",
        .offset = offsetof(nitro_opts_mock_update, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    },
};
static const char help_mock_update[] =
    "Description:\n"
    "  Change a mock's name, downstream URL, base schema or extension; what is not\n"
    "  given stays as it is, and only the files given are sent.\n"
    "\n"
    "Usage:\n"
    "  nitro mock update <id> [options]\n"
    "\n"
    "Arguments:\n"
    "  <id>  The ID of the mock. (REQUIRED)\n"
    "\n"
    "Options:\n"
    "  --name <name>            The new name of the mock.\n"
    "                           [env: NITRO_MOCK_SCHEMA_NAME]\n"
    "  --schema <schema>        The path to the GraphQL file with the base schema\n"
    "                           of the mock. [env: NITRO_SCHEMA_FILE]\n"
    "  --extension <extension>  The path to the GraphQL file with the schema\n"
    "                           extension of the mock.\n"
    "                           [env: NITRO_SCHEMA_EXTENSION_FILE]\n"
    "  --url <url>              The URL of the downstream service the mock forwards\n"
    "                           to. [env: NITRO_DOWNSTREAM_URL]\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro mock update \"<mock-id>\" --schema schema.graphql\n";
const nitro_command command_mock_update = {
    .name = "update",
    .words = "nitro mock update",
    .summary = "Update a mock.",
    .help = help_mock_update,
    .usage = "nitro mock update <id> [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_mock_update,
    .n_options = 9,
    .args = args_mock_update,
    .n_args = 1,
    .opts_size = sizeof(nitro_opts_mock_update),
    .run = NULL,
    .behaviour = &nitro_behaviour_mock_update,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro schema ---- */
extern const nitro_command command_schema_upload, command_schema_validate, command_schema_download, command_schema_publish, command_schema_clients, command_schema_impact, command_schema_operations, command_schema_unused, command_schema_usage;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_schema[] = {
    &command_schema_clients,
    &command_schema_download,
    &command_schema_impact,
    &command_schema_operations,
    &command_schema_publish,
    &command_schema_unused,
    &command_schema_upload,
    &command_schema_usage,
    &command_schema_validate,
};
static const char help_schema[] =
    "Description:\n"
    "  The schema registry: upload a schema version under a tag, validate a schema\n"
    "  against a stage, publish a version to a stage (breaking changes are refused\n"
    "  unless forced; a stage may wait for an approval) and download the schema a\n"
    "  stage has.\n"
    "\n"
    "Usage:\n"
    "  nitro schema [command] [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  upload      Upload a new schema version.\n"
    "  validate    Validate a schema against a stage.\n"
    "  download    Download a schema from a stage.\n"
    "  publish     Publish a schema version to a stage.\n"
    "  clients     Show the clients that use a schema coordinate on a stage.\n"
    "  impact      Show what removing a schema coordinate would break on a stage.\n"
    "  operations  Show the operations that use a schema coordinate on a stage.\n"
    "  unused      List the fields of a stage's schema that nothing used.\n"
    "  usage       Show the usage of a schema coordinate on a stage.\n"
    "\n"
    "Examples:\n"
    "  nitro schema publish --api-id <api-id> --tag v1 --stage dev\n";
const nitro_command command_schema = {
    .name = "schema",
    .words = "nitro schema",
    .summary = "Upload, validate, publish and download the schema of an API.",
    .help = help_schema,
    .usage = "nitro schema [command] [options]",
    .subcommands = subcommands_schema,
    .n_subcommands = 9,
    .options = NULL,
    .n_options = 0,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro schema upload ---- */
static const char *const env_schema_upload_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_schema_upload_schema_file[] = {"NITRO_SCHEMA_FILE", "BARISTA_SCHEMA_FILE", NULL};
static const char *const env_schema_upload_tag[] = {"NITRO_TAG", "BARISTA_TAG", NULL};
static const nitro_option options_schema_upload[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_upload, api_id),
        .env = env_schema_upload_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_upload, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_upload, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_upload, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_upload, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "schema-file",
        .value_name = "schema-file",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_upload, schema_file),
        .env = env_schema_upload_schema_file,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_upload, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "tag",
        .value_name = "tag",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_upload, tag),
        .env = env_schema_upload_tag,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_upload, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_schema_upload[] =
    "Description:\n"
    "  Upload a schema file as a new version of an API under a tag. The file is\n"
    "  checked (it exists, is readable, is UTF-8) before anything is sent.\n"
    "\n"
    "Usage:\n"
    "  nitro schema upload [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>            The ID of the API. [env: NITRO_API_ID]\n"
    "                               (REQUIRED)\n"
    "  --tag <tag>                  The tag of the schema version to upload.\n"
    "                               [env: NITRO_TAG] (REQUIRED)\n"
    "  --schema-file <schema-file>  The path to the GraphQL file with the schema\n"
    "                               definition. [env: NITRO_SCHEMA_FILE] (REQUIRED)\n"
    "  --jq <expression>            Filter the JSON result with jq; strings print\n"
    "                               raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>      Host of the Nitro API; the endpoint is\n"
    "                               <scheme>://<host>/graphql.\n"
    "                               [env: NITRO_CLOUD_URL]\n"
    "                               [default: api.chillicream.com]\n"
    "  --api-key <api-key>          An API key or personal access token used to\n"
    "                               authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>            Print results as JSON and never prompt.\n"
    "                               [env: NITRO_OUTPUT_FORMAT]\n"
    "                               [possible values: json]\n"
    "  --verbose                    Trace each request and response on stderr,\n"
    "                               credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help               Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro schema upload --api-id <api-id> --tag v1 \\\n"
    "    --schema-file schema.graphql\n";
const nitro_command command_schema_upload = {
    .name = "upload",
    .words = "nitro schema upload",
    .summary = "Upload a new schema version.",
    .help = help_schema_upload,
    .usage = "nitro schema upload [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_schema_upload,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_schema_upload),
    .run = NULL,
    .behaviour = &nitro_behaviour_schema_upload,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro schema validate ---- */
static const char *const env_schema_validate_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_schema_validate_schema_file[] = {"NITRO_SCHEMA_FILE", "BARISTA_SCHEMA_FILE", NULL};
static const char *const env_schema_validate_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_schema_validate[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_validate, api_id),
        .env = env_schema_validate_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_validate, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_validate, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_validate, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_validate, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "schema-file",
        .value_name = "schema-file",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_validate, schema_file),
        .env = env_schema_validate_schema_file,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_validate, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_validate, stage),
        .env = env_schema_validate_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_validate, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_schema_validate[] =
    "Description:\n"
    "  Send a schema file to be checked against the schema a stage has, and wait\n"
    "  for the result. Nothing is published.\n"
    "\n"
    "Usage:\n"
    "  nitro schema validate [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>            The ID of the API. [env: NITRO_API_ID]\n"
    "                               (REQUIRED)\n"
    "  --stage <stage>              The name of the stage. [env: NITRO_STAGE]\n"
    "                               (REQUIRED)\n"
    "  --schema-file <schema-file>  The path to the GraphQL file with the schema\n"
    "                               definition. [env: NITRO_SCHEMA_FILE] (REQUIRED)\n"
    "  --jq <expression>            Filter the JSON result with jq; strings print\n"
    "                               raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>      Host of the Nitro API; the endpoint is\n"
    "                               <scheme>://<host>/graphql.\n"
    "                               [env: NITRO_CLOUD_URL]\n"
    "                               [default: api.chillicream.com]\n"
    "  --api-key <api-key>          An API key or personal access token used to\n"
    "                               authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>            Print results as JSON and never prompt.\n"
    "                               [env: NITRO_OUTPUT_FORMAT]\n"
    "                               [possible values: json]\n"
    "  --verbose                    Trace each request and response on stderr,\n"
    "                               credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help               Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro schema validate --api-id <api-id> --stage dev \\\n"
    "    --schema-file schema.graphql\n";
const nitro_command command_schema_validate = {
    .name = "validate",
    .words = "nitro schema validate",
    .summary = "Validate a schema against a stage.",
    .help = help_schema_validate,
    .usage = "nitro schema validate [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_schema_validate,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_schema_validate),
    .run = NULL,
    .behaviour = &nitro_behaviour_schema_validate,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro schema download ---- */
static const char *const env_schema_download_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_schema_download_output_file[] = {"NITRO_OUTPUT_FILE", "BARISTA_OUTPUT_FILE", NULL};
static const char *const env_schema_download_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_schema_download[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_download, api_id),
        .env = env_schema_download_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_download, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_download, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_download, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_download, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output-file",
        .value_name = "output-file",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_download, output_file),
        .env = env_schema_download_output_file,
        .default_text = "schema.graphqls",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_download, stage),
        .env = env_schema_download_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_download, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_schema_download[] =
    "Description:\n"
    "  Download the schema published on a stage into a file (default\n"
    "  schema.graphqls). The file is written whole or not at all: a failed download\n"
    "  leaves an existing file as it was.\n"
    "\n"
    "Usage:\n"
    "  nitro schema download [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>            The ID of the API. [env: NITRO_API_ID]\n"
    "                               (REQUIRED)\n"
    "  --stage <stage>              The name of the stage. [env: NITRO_STAGE]\n"
    "                               (REQUIRED)\n"
    "  --output-file <output-file>  The file path to write the output to.\n"
    "                               [env: NITRO_OUTPUT_FILE]\n"
    "                               [default: schema.graphqls]\n"
    "  --jq <expression>            Filter the JSON result with jq; strings print\n"
    "                               raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>      Host of the Nitro API; the endpoint is\n"
    "                               <scheme>://<host>/graphql.\n"
    "                               [env: NITRO_CLOUD_URL]\n"
    "                               [default: api.chillicream.com]\n"
    "  --api-key <api-key>          An API key or personal access token used to\n"
    "                               authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>            Print results as JSON and never prompt.\n"
    "                               [env: NITRO_OUTPUT_FORMAT]\n"
    "                               [possible values: json]\n"
    "  --verbose                    Trace each request and response on stderr,\n"
    "                               credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help               Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro schema download --api-id <api-id> --stage dev\n";
const nitro_command command_schema_download = {
    .name = "download",
    .words = "nitro schema download",
    .summary = "Download a schema from a stage.",
    .help = help_schema_download,
    .usage = "nitro schema download [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_schema_download,
    .n_options = 8,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_schema_download),
    .run = NULL,
    .behaviour = &nitro_behaviour_schema_download,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro schema publish ---- */
static const char *const env_schema_publish_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_schema_publish_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const char *const env_schema_publish_tag[] = {"NITRO_TAG", "BARISTA_TAG", NULL};
static const char *const env_schema_publish_wait_for_approval[] = {"NITRO_WAIT_FOR_APPROVAL", "BARISTA_WAIT_FOR_APPROVAL", NULL};
static const nitro_option options_schema_publish[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_publish, api_id),
        .env = env_schema_publish_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_publish, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_publish, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_publish, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_publish, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_publish, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_publish, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_publish, stage),
        .env = env_schema_publish_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "tag",
        .value_name = "tag",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_publish, tag),
        .env = env_schema_publish_tag,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_publish, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "wait-for-approval",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_publish, wait_for_approval),
        .env = env_schema_publish_wait_for_approval,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const char help_schema_publish[] =
    "Description:\n"
    "  Publish an uploaded schema version to a stage and follow the request until\n"
    "  the server says it succeeded or failed. Breaking changes are refused unless\n"
    "  --force is given; a stage that needs an approval waits with\n"
    "  --wait-for-approval.\n"
    "\n"
    "Usage:\n"
    "  nitro schema publish [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --tag <tag>              The tag of the schema version to publish.\n"
    "                           [env: NITRO_TAG] (REQUIRED)\n"
    "  --stage <stage>          The name of the stage. [env: NITRO_STAGE]\n"
    "                           (REQUIRED)\n"
    "  --force                  Publish even with breaking changes.\n"
    "  --wait-for-approval      Wait for the deployment to be approved before\n"
    "                           completing. [env: NITRO_WAIT_FOR_APPROVAL]\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro schema publish --api-id <api-id> --tag v1 --stage dev\n";
const nitro_command command_schema_publish = {
    .name = "publish",
    .words = "nitro schema publish",
    .summary = "Publish a schema version to a stage.",
    .help = help_schema_publish,
    .usage = "nitro schema publish [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_schema_publish,
    .n_options = 11,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_schema_publish),
    .run = NULL,
    .behaviour = &nitro_behaviour_schema_publish,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro schema clients ---- */
static const char *const env_schema_clients_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_schema_clients_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_schema_clients[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_clients, api_id),
        .env = env_schema_clients_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_clients, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_clients, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "coordinate",
        .value_name = "coordinate",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_clients, coordinate),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "from",
        .value_name = "date",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_clients, from),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_clients, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_clients, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_clients, stage),
        .env = env_schema_clients_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "to",
        .value_name = "date",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_clients, to),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_clients, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_schema_clients[] =
    "Description:\n"
    "  Show, for one schema coordinate, each client whose operations published on\n"
    "  the stage use it, with its versions, operations and requests in the time\n"
    "  window.\n"
    "\n"
    "Usage:\n"
    "  nitro schema clients [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>          The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --stage <stage>            The name of the stage. [env: NITRO_STAGE]\n"
    "                             (REQUIRED)\n"
    "  --coordinate <coordinate>  A schema coordinate such as 'User.email' or\n"
    "                             'Query.users'. (REQUIRED)\n"
    "  --from <date>              Start of the time window, a date or date-time\n"
    "                             (default: 7 days before --to).\n"
    "  --to <date>                End of the time window, as --from (default: now).\n"
    "  --jq <expression>          Filter the JSON result with jq; strings print\n"
    "                             raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>    Host of the Nitro API; the endpoint is\n"
    "                             <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                             [default: api.chillicream.com]\n"
    "  --api-key <api-key>        An API key or personal access token used to\n"
    "                             authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>          Print results as JSON and never prompt.\n"
    "                             [env: NITRO_OUTPUT_FORMAT]\n"
    "                             [possible values: json]\n"
    "  --verbose                  Trace each request and response on stderr,\n"
    "                             credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help             Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro schema clients --api-id <api-id> --stage dev --coordinate \"User.email\"\n";
const nitro_command command_schema_clients = {
    .name = "clients",
    .words = "nitro schema clients",
    .summary = "Show the clients that use a schema coordinate on a stage.",
    .help = help_schema_clients,
    .usage = "nitro schema clients [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_schema_clients,
    .n_options = 10,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_schema_clients),
    .run = NULL,
    .behaviour = &nitro_behaviour_schema_clients,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro schema impact ---- */
static const char *const env_schema_impact_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_schema_impact_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_schema_impact[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_impact, api_id),
        .env = env_schema_impact_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_impact, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_impact, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "coordinate",
        .value_name = "coordinate",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_impact, coordinate),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "from",
        .value_name = "date",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_impact, from),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_impact, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_impact, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_impact, stage),
        .env = env_schema_impact_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "to",
        .value_name = "date",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_impact, to),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_impact, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_schema_impact[] =
    "Description:\n"
    "  Show the usage of one schema coordinate on a stage in the time window, and\n"
    "  each client whose published operations use it, with those operations: what\n"
    "  removing the coordinate would break.\n"
    "\n"
    "Usage:\n"
    "  nitro schema impact [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>          The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --stage <stage>            The name of the stage. [env: NITRO_STAGE]\n"
    "                             (REQUIRED)\n"
    "  --coordinate <coordinate>  A schema coordinate such as 'User.email' or\n"
    "                             'Query.users'. (REQUIRED)\n"
    "  --from <date>              Start of the time window, a date or date-time\n"
    "                             (default: 7 days before --to).\n"
    "  --to <date>                End of the time window, as --from (default: now).\n"
    "  --jq <expression>          Filter the JSON result with jq; strings print\n"
    "                             raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>    Host of the Nitro API; the endpoint is\n"
    "                             <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                             [default: api.chillicream.com]\n"
    "  --api-key <api-key>        An API key or personal access token used to\n"
    "                             authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>          Print results as JSON and never prompt.\n"
    "                             [env: NITRO_OUTPUT_FORMAT]\n"
    "                             [possible values: json]\n"
    "  --verbose                  Trace each request and response on stderr,\n"
    "                             credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help             Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro schema impact --api-id <api-id> --stage dev --coordinate \"User.email\"\n";
const nitro_command command_schema_impact = {
    .name = "impact",
    .words = "nitro schema impact",
    .summary = "Show what removing a schema coordinate would break on a stage.",
    .help = help_schema_impact,
    .usage = "nitro schema impact [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_schema_impact,
    .n_options = 10,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_schema_impact),
    .run = NULL,
    .behaviour = &nitro_behaviour_schema_impact,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro schema operations ---- */
static const char *const env_schema_operations_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_schema_operations_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_schema_operations[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_operations, api_id),
        .env = env_schema_operations_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_operations, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_operations, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "coordinate",
        .value_name = "coordinate",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_operations, coordinate),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "from",
        .value_name = "date",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_operations, from),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_operations, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_operations, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_operations, stage),
        .env = env_schema_operations_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "to",
        .value_name = "date",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_operations, to),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_operations, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_schema_operations[] =
    "Description:\n"
    "  Show, for one schema coordinate, each client whose operations published on\n"
    "  the stage use it, with those operations and their requests in the time\n"
    "  window (up to 100 a client).\n"
    "\n"
    "Usage:\n"
    "  nitro schema operations [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>          The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --stage <stage>            The name of the stage. [env: NITRO_STAGE]\n"
    "                             (REQUIRED)\n"
    "  --coordinate <coordinate>  A schema coordinate such as 'User.email' or\n"
    "                             'Query.users'. (REQUIRED)\n"
    "  --from <date>              Start of the time window, a date or date-time\n"
    "                             (default: 7 days before --to).\n"
    "  --to <date>                End of the time window, as --from (default: now).\n"
    "  --jq <expression>          Filter the JSON result with jq; strings print\n"
    "                             raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>    Host of the Nitro API; the endpoint is\n"
    "                             <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                             [default: api.chillicream.com]\n"
    "  --api-key <api-key>        An API key or personal access token used to\n"
    "                             authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>          Print results as JSON and never prompt.\n"
    "                             [env: NITRO_OUTPUT_FORMAT]\n"
    "                             [possible values: json]\n"
    "  --verbose                  Trace each request and response on stderr,\n"
    "                             credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help             Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro schema operations --api-id <api-id> --stage dev \\\n"
    "    --coordinate User.email\n";
const nitro_command command_schema_operations = {
    .name = "operations",
    .words = "nitro schema operations",
    .summary = "Show the operations that use a schema coordinate on a stage.",
    .help = help_schema_operations,
    .usage = "nitro schema operations [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_schema_operations,
    .n_options = 10,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_schema_operations),
    .run = NULL,
    .behaviour = &nitro_behaviour_schema_operations,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro schema unused ---- */
static const char *const env_schema_unused_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_schema_unused_deprecated_only[] = {"NITRO_DEPRECATED_ONLY", "BARISTA_DEPRECATED_ONLY", NULL};
static const char *const env_schema_unused_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_schema_unused[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_unused, api_id),
        .env = env_schema_unused_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_unused, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_unused, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "deprecated-only",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_unused, deprecated_only),
        .env = env_schema_unused_deprecated_only,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "from",
        .value_name = "date",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_unused, from),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_unused, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_unused, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_unused, stage),
        .env = env_schema_unused_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "to",
        .value_name = "date",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_unused, to),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_unused, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_schema_unused[] =
    "Description:\n"
    "  List the fields of the schema published on a stage that no request used in\n"
    "  the time window (at most 100), with when each was last used; with\n"
    "  --deprecated-only, only deprecated ones: those ready to be removed.\n"
    "\n"
    "Usage:\n"
    "  nitro schema unused [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --stage <stage>          The name of the stage. [env: NITRO_STAGE]\n"
    "                           (REQUIRED)\n"
    "  --deprecated-only        Only deprecated fields: the ones safe to remove\n"
    "                           now. [env: NITRO_DEPRECATED_ONLY]\n"
    "  --from <date>            Start of the time window, a date or date-time\n"
    "                           (default: 7 days before --to).\n"
    "  --to <date>              End of the time window, as --from (default: now).\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro schema unused --api-id <api-id> --stage dev --deprecated-only\n";
const nitro_command command_schema_unused = {
    .name = "unused",
    .words = "nitro schema unused",
    .summary = "List the fields of a stage's schema that nothing used.",
    .help = help_schema_unused,
    .usage = "nitro schema unused [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_schema_unused,
    .n_options = 10,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_schema_unused),
    .run = NULL,
    .behaviour = &nitro_behaviour_schema_unused,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro schema usage ---- */
static const char *const env_schema_usage_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_schema_usage_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_schema_usage[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_usage, api_id),
        .env = env_schema_usage_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_usage, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_usage, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "coordinate",
        .value_name = "coordinate",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_usage, coordinate),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "from",
        .value_name = "date",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_usage, from),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_usage, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_usage, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_usage, stage),
        .env = env_schema_usage_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "to",
        .value_name = "date",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_usage, to),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_usage, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_schema_usage[] =
    "Description:\n"
    "  Show how much one schema coordinate was used on a stage in the time window:\n"
    "  requests, clients, operations, when it was first and last seen, its error\n"
    "  rate and mean duration.\n"
    "\n"
    "Usage:\n"
    "  nitro schema usage [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>          The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --stage <stage>            The name of the stage. [env: NITRO_STAGE]\n"
    "                             (REQUIRED)\n"
    "  --coordinate <coordinate>  A schema coordinate such as 'User.email' or\n"
    "                             'Query.users'. (REQUIRED)\n"
    "  --from <date>              Start of the time window, a date or date-time\n"
    "                             (default: 7 days before --to).\n"
    "  --to <date>                End of the time window, as --from (default: now).\n"
    "  --jq <expression>          Filter the JSON result with jq; strings print\n"
    "                             raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>    Host of the Nitro API; the endpoint is\n"
    "                             <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                             [default: api.chillicream.com]\n"
    "  --api-key <api-key>        An API key or personal access token used to\n"
    "                             authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>          Print results as JSON and never prompt.\n"
    "                             [env: NITRO_OUTPUT_FORMAT]\n"
    "                             [possible values: json]\n"
    "  --verbose                  Trace each request and response on stderr,\n"
    "                             credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help             Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro schema usage --api-id <api-id> --stage dev --coordinate \"User.email\"\n";
const nitro_command command_schema_usage = {
    .name = "usage",
    .words = "nitro schema usage",
    .summary = "Show the usage of a schema coordinate on a stage.",
    .help = help_schema_usage,
    .usage = "nitro schema usage [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_schema_usage,
    .n_options = 10,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_schema_usage),
    .run = NULL,
    .behaviour = &nitro_behaviour_schema_usage,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro __complete ---- */
static const char *const env_complete_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_complete_workspace_id[] = {"NITRO_WORKSPACE_ID", "BARISTA_WORKSPACE_ID", NULL};
static const nitro_option options_complete[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_complete, api_id),
        .env = env_complete_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_complete, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_complete, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_complete, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_complete, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "workspace-id",
        .value_name = "workspace-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_complete, workspace_id),
        .env = env_complete_workspace_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const char *const choices_complete_arg_completer[] = {"pat-ids", "workspace-ids", "api-ids", "client-ids", "stage-names", NULL};
static const nitro_arg args_complete[] = {
    {
        .value_name = "completer",
        .offset = offsetof(nitro_opts_complete, completer),
        .prompt = NULL,
        .required = true,
        .choices = choices_complete_arg_completer,
    },
    {
        .value_name = "prefix",
        .offset = offsetof(nitro_opts_complete, prefix),
        .prompt = NULL,
        .required = false,
        .choices = NULL,
    },
};
static int run_complete(nitro_ctx *ctx, void *opts) {
    return nitro_cmd_complete(ctx, opts);
}
static const char help_complete[] =
    "Description:\n"
    "  Print the candidates of a dynamic completer for the completion scripts.\n"
    "  Never prompts, prints no errors and gives up after 2 seconds: without\n"
    "  credentials or a reachable server it prints nothing and exits 0.\n"
    "\n"
    "Usage:\n"
    "  nitro __complete <completer> [<prefix>] [options]\n"
    "\n"
    "Arguments:\n"
    "  <completer>  What to complete. [possible values: pat-ids, workspace-ids,\n"
    "               api-ids, client-ids, stage-names] (REQUIRED)\n"
    "  <prefix>     Print only the candidates that start with it.\n"
    "\n"
    "Options:\n"
    "  --workspace-id <workspace-id>  The workspace whose APIs to offer (default:\n"
    "                                 the session's). [env: NITRO_WORKSPACE_ID]\n"
    "  --api-id <api-id>              The API whose clients or stages to offer.\n"
    "                                 [env: NITRO_API_ID]\n"
    "  --cloud-url <cloud-url>        Host of the Nitro API; the endpoint is\n"
    "                                 <scheme>://<host>/graphql.\n"
    "                                 [env: NITRO_CLOUD_URL]\n"
    "                                 [default: api.chillicream.com]\n"
    "  --api-key <api-key>            An API key or personal access token used to\n"
    "                                 authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>              Print results as JSON and never prompt.\n"
    "                                 [env: NITRO_OUTPUT_FORMAT]\n"
    "                                 [possible values: json]\n"
    "  --verbose                      Trace each request and response on stderr,\n"
    "                                 credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                 Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro __complete pat-ids \"<prefix>\"\n";
const nitro_command command_complete = {
    .name = "__complete",
    .words = "nitro __complete",
    .summary = "Print completion candidates, one 'value<TAB>description' a line.",
    .help = help_complete,
    .usage = "nitro __complete <completer> [<prefix>] [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_complete,
    .n_options = 6,
    .args = args_complete,
    .n_args = 2,
    .opts_size = sizeof(nitro_opts_complete),
    .run = run_complete,
    .behaviour = NULL,
    .flags = NITRO_CMD_HIDDEN,
};

/* ---- nitro fusion ---- */
extern const nitro_command command_fusion_compose, command_fusion_publish, command_fusion_download, command_fusion_upload, command_fusion_validate;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_fusion[] = {
    &command_fusion_compose,
    &command_fusion_download,
    &command_fusion_publish,
    &command_fusion_upload,
    &command_fusion_validate,
};
static const char help_fusion[] =
    "Description:\n"
    "  Publish a Fusion gateway configuration (an archive the Fusion composer\n"
    "  built) to a stage, in one go or step by step, and download what a stage has.\n"
    "\n"
    "Usage:\n"
    "  nitro fusion [command] [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  compose   Compose a gateway configuration (not in nitro: see why).\n"
    "  publish   Publish a Fusion configuration to a stage.\n"
    "  download  Download the most recent gateway configuration.\n"
    "  upload    Upload a source schema for a later composition.\n"
    "  validate  Validate the gateway schema of a Fusion archive against a stage.\n"
    "\n"
    "Examples:\n"
    "  nitro fusion publish --api-id <api-id> --tag v1 --stage dev \\\n"
    "    --archive gateway.far\n";
const nitro_command command_fusion = {
    .name = "fusion",
    .words = "nitro fusion",
    .summary = "Publish Fusion gateway configurations.",
    .help = help_fusion,
    .usage = "nitro fusion [command] [options]",
    .subcommands = subcommands_fusion,
    .n_subcommands = 5,
    .options = NULL,
    .n_options = 0,
    .args = NULL,
    .n_args = 0,
    .opts_size = 0,
    .run = NULL,
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro fusion compose ---- */
static const nitro_option options_fusion_compose[] = {
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_compose, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_compose, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_compose, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_compose, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_fusion_compose[] =
    "Description:\n"
    "  The Fusion composer is a compiler of its own; nitro does not reimplement it.\n"
    "  Build the archive with the Nitro CLI, then publish it with nitro.\n"
    "\n"
    "Usage:\n"
    "  nitro fusion compose [options]\n"
    "\n"
    "Options:\n"
    "  -\?, -h, --help  Show help and usage information.\n"
    "\n"
    "Ignored options:\n"
    "  Accepted and ignored, as every other option and argument (the command says\n"
    "  what to use instead): --cloud-url, --api-key, --output, --verbose, --cursor,\n"
    "  --all, --limit, --jq.\n"
    "\n"
    "Examples:\n"
    "  nitro fusion compose\n";
const nitro_command command_fusion_compose = {
    .name = "compose",
    .words = "nitro fusion compose",
    .summary = "Compose a gateway configuration (not in nitro: see why).",
    .help = help_fusion_compose,
    .usage = "nitro fusion compose [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_fusion_compose,
    .n_options = 4,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_fusion_compose),
    .run = NULL,
    .explains = "nitro does not compose Fusion configurations: the Fusion composer is a compiler of its own.\n  hint: build the archive with the Nitro CLI (dotnet tool install -g ChilliCream.Nitro.CommandLine):\n          nitro fusion compose --source-schema-file <schema.graphqls> ... --archive gateway.far\n        then publish it with nitro:\n          nitro fusion publish --api-id <api-id> --tag <tag> --stage <stage> --archive gateway.far",
    .behaviour = NULL,
    .flags = 0,
};

/* ---- nitro fusion publish ---- */
static const char *const env_fusion_publish_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_fusion_publish_archive[] = {"NITRO_FUSION_CONFIG_FILE", "BARISTA_FUSION_CONFIG_FILE", NULL};
static const char *const env_fusion_publish_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const char *const env_fusion_publish_tag[] = {"NITRO_TAG", "BARISTA_TAG", NULL};
static const char *const env_fusion_publish_wait_for_approval[] = {"NITRO_WAIT_FOR_APPROVAL", "BARISTA_WAIT_FOR_APPROVAL", NULL};
static const nitro_option options_fusion_publish[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish, api_id),
        .env = env_fusion_publish_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "archive",
        .short_name = 'a',
        .value_name = "file",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish, archive),
        .env = env_fusion_publish_archive,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .missing_hint = "build it with the Fusion composer: 'nitro fusion compose' says how.",
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "force",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish, force),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish, stage),
        .env = env_fusion_publish_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "tag",
        .value_name = "tag",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish, tag),
        .env = env_fusion_publish_tag,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "wait-for-approval",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish, wait_for_approval),
        .env = env_fusion_publish_wait_for_approval,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
extern const nitro_command command_fusion_publish_begin, command_fusion_publish_start, command_fusion_publish_validate, command_fusion_publish_commit, command_fusion_publish_cancel;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *const subcommands_fusion_publish[] = {
    &command_fusion_publish_begin,
    &command_fusion_publish_cancel,
    &command_fusion_publish_commit,
    &command_fusion_publish_start,
    &command_fusion_publish_validate,
};
static const char help_fusion_publish[] =
    "Description:\n"
    "  Publish a Fusion gateway configuration (an archive the Fusion composer\n"
    "  built) to a stage: request the stage's deployment slot, claim it, validate\n"
    "  the archive, commit it and follow the request until it is published. Each\n"
    "  step is also a command of its own.\n"
    "\n"
    "Usage:\n"
    "  nitro fusion publish [<command>] [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --tag <tag>              The tag of the configuration to publish.\n"
    "                           [env: NITRO_TAG] (REQUIRED)\n"
    "  --stage <stage>          The name of the stage. [env: NITRO_STAGE]\n"
    "                           (REQUIRED)\n"
    "  -a, --archive <file>     The Fusion archive (gateway.far) the Fusion\n"
    "                           composer built. [env: NITRO_FUSION_CONFIG_FILE]\n"
    "                           (REQUIRED)\n"
    "  --force                  Commit even when the validation fails.\n"
    "  --wait-for-approval      Wait for the deployment to be approved before\n"
    "                           completing. [env: NITRO_WAIT_FOR_APPROVAL]\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Commands:\n"
    "  begin     Begin a configuration publish: request a deployment slot.\n"
    "  start     Start a Fusion configuration publish: claim the deployment slot.\n"
    "  validate  Validate a Fusion configuration against the schema and clients.\n"
    "  commit    Commit a Fusion configuration publish: publish the archive.\n"
    "  cancel    Cancel a Fusion configuration publish.\n"
    "\n"
    "Examples:\n"
    "  nitro fusion publish --api-id <api-id> --tag v1 --stage dev \\\n"
    "    --archive gateway.far\n";
const nitro_command command_fusion_publish = {
    .name = "publish",
    .words = "nitro fusion publish",
    .summary = "Publish a Fusion configuration to a stage.",
    .help = help_fusion_publish,
    .usage = "nitro fusion publish [<command>] [options]",
    .subcommands = subcommands_fusion_publish,
    .n_subcommands = 5,
    .options = options_fusion_publish,
    .n_options = 12,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_fusion_publish),
    .run = NULL,
    .behaviour = &nitro_behaviour_fusion_publish,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro fusion publish begin ---- */
static const char *const env_fusion_publish_begin_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_fusion_publish_begin_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const char *const env_fusion_publish_begin_tag[] = {"NITRO_TAG", "BARISTA_TAG", NULL};
static const char *const env_fusion_publish_begin_wait_for_approval[] = {"NITRO_WAIT_FOR_APPROVAL", "BARISTA_WAIT_FOR_APPROVAL", NULL};
static const nitro_option options_fusion_publish_begin[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_begin, api_id),
        .env = env_fusion_publish_begin_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_begin, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_begin, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_begin, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_begin, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_begin, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_begin, stage),
        .env = env_fusion_publish_begin_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "tag",
        .value_name = "tag",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_begin, tag),
        .env = env_fusion_publish_begin_tag,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish_begin, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "wait-for-approval",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish_begin, wait_for_approval),
        .env = env_fusion_publish_begin_wait_for_approval,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0,
    },
};
static const char help_fusion_publish_begin[] =
    "Description:\n"
    "  Request a deployment slot on a stage and wait until it is ready (a stage\n"
    "  publishes one configuration at a time; the request waits in a queue). Prints\n"
    "  the request ID the other steps take with --request-id.\n"
    "\n"
    "Usage:\n"
    "  nitro fusion publish begin [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --tag <tag>              The tag of the configuration to publish.\n"
    "                           [env: NITRO_TAG] (REQUIRED)\n"
    "  --stage <stage>          The name of the stage. [env: NITRO_STAGE]\n"
    "                           (REQUIRED)\n"
    "  --wait-for-approval      Wait for the deployment to be approved before\n"
    "                           completing. [env: NITRO_WAIT_FOR_APPROVAL]\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro fusion publish begin --api-id <api-id> --tag v1 --stage dev\n";
const nitro_command command_fusion_publish_begin = {
    .name = "begin",
    .words = "nitro fusion publish begin",
    .summary = "Begin a configuration publish: request a deployment slot.",
    .help = help_fusion_publish_begin,
    .usage = "nitro fusion publish begin [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_fusion_publish_begin,
    .n_options = 10,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_fusion_publish_begin),
    .run = NULL,
    .behaviour = &nitro_behaviour_fusion_publish_begin,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro fusion publish start ---- */
static const char *const env_fusion_publish_start_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_fusion_publish_start_request_id[] = {"NITRO_REQUEST_ID", "BARISTA_REQUEST_ID", NULL};
static const char *const env_fusion_publish_start_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_fusion_publish_start[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_start, api_id),
        .env = env_fusion_publish_start_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_start, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_start, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_start, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_start, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "request-id",
        .value_name = "request-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_start, request_id),
        .env = env_fusion_publish_start_request_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .missing_hint = "pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.",
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_start, stage),
        .env = env_fusion_publish_start_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish_start, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_fusion_publish_start[] =
    "Description:\n"
    "  Claim the deployment slot of a request that 'fusion publish begin' made\n"
    "  ready; validate and commit come next.\n"
    "\n"
    "Usage:\n"
    "  nitro fusion publish start [options]\n"
    "\n"
    "Options:\n"
    "  --request-id <request-id>  The ID of a request (default: the one 'fusion\n"
    "                             publish begin' kept). [env: NITRO_REQUEST_ID]\n"
    "  --api-id <api-id>          With no --request-id: the API whose kept request\n"
    "                             to take. [env: NITRO_API_ID]\n"
    "  --stage <stage>            With no --request-id: the stage whose kept\n"
    "                             request to take. [env: NITRO_STAGE]\n"
    "  --jq <expression>          Filter the JSON result with jq; strings print\n"
    "                             raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>    Host of the Nitro API; the endpoint is\n"
    "                             <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                             [default: api.chillicream.com]\n"
    "  --api-key <api-key>        An API key or personal access token used to\n"
    "                             authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>          Print results as JSON and never prompt.\n"
    "                             [env: NITRO_OUTPUT_FORMAT]\n"
    "                             [possible values: json]\n"
    "  --verbose                  Trace each request and response on stderr,\n"
    "                             credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help             Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro fusion publish start --request-id <request-id>\n";
const nitro_command command_fusion_publish_start = {
    .name = "start",
    .words = "nitro fusion publish start",
    .summary = "Start a Fusion configuration publish: claim the deployment slot.",
    .help = help_fusion_publish_start,
    .usage = "nitro fusion publish start [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_fusion_publish_start,
    .n_options = 8,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_fusion_publish_start),
    .run = NULL,
    .behaviour = &nitro_behaviour_fusion_publish_start,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro fusion publish validate ---- */
static const char *const env_fusion_publish_validate_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_fusion_publish_validate_archive[] = {"NITRO_FUSION_CONFIG_FILE", "BARISTA_FUSION_CONFIG_FILE", NULL};
static const char *const env_fusion_publish_validate_request_id[] = {"NITRO_REQUEST_ID", "BARISTA_REQUEST_ID", NULL};
static const char *const env_fusion_publish_validate_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_fusion_publish_validate[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_validate, api_id),
        .env = env_fusion_publish_validate_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_validate, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "archive",
        .short_name = 'a',
        .value_name = "file",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_validate, archive),
        .env = env_fusion_publish_validate_archive,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .missing_hint = "build it with the Fusion composer: 'nitro fusion compose' says how.",
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_validate, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_validate, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_validate, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "request-id",
        .value_name = "request-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_validate, request_id),
        .env = env_fusion_publish_validate_request_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .missing_hint = "pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.",
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_validate, stage),
        .env = env_fusion_publish_validate_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish_validate, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_fusion_publish_validate[] =
    "Description:\n"
    "  Send the archive to be checked against the stage of a started request (its\n"
    "  schema changes, the clients and collections published there), and wait for\n"
    "  the result. Nothing is published.\n"
    "\n"
    "Usage:\n"
    "  nitro fusion publish validate [options]\n"
    "\n"
    "Options:\n"
    "  --request-id <request-id>  The ID of a request (default: the one 'fusion\n"
    "                             publish begin' kept). [env: NITRO_REQUEST_ID]\n"
    "  --api-id <api-id>          With no --request-id: the API whose kept request\n"
    "                             to take. [env: NITRO_API_ID]\n"
    "  --stage <stage>            With no --request-id: the stage whose kept\n"
    "                             request to take. [env: NITRO_STAGE]\n"
    "  -a, --archive <file>       The Fusion archive (gateway.far) the Fusion\n"
    "                             composer built. [env: NITRO_FUSION_CONFIG_FILE]\n"
    "                             (REQUIRED)\n"
    "  --jq <expression>          Filter the JSON result with jq; strings print\n"
    "                             raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>    Host of the Nitro API; the endpoint is\n"
    "                             <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                             [default: api.chillicream.com]\n"
    "  --api-key <api-key>        An API key or personal access token used to\n"
    "                             authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>          Print results as JSON and never prompt.\n"
    "                             [env: NITRO_OUTPUT_FORMAT]\n"
    "                             [possible values: json]\n"
    "  --verbose                  Trace each request and response on stderr,\n"
    "                             credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help             Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro fusion publish validate --request-id <request-id> \\\n"
    "    --archive gateway.far\n";
const nitro_command command_fusion_publish_validate = {
    .name = "validate",
    .words = "nitro fusion publish validate",
    .summary = "Validate a Fusion configuration against the schema and clients.",
    .help = help_fusion_publish_validate,
    .usage = "nitro fusion publish validate [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_fusion_publish_validate,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_fusion_publish_validate),
    .run = NULL,
    .behaviour = &nitro_behaviour_fusion_publish_validate,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro fusion publish commit ---- */
static const char *const env_fusion_publish_commit_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_fusion_publish_commit_archive[] = {"NITRO_FUSION_CONFIG_FILE", "BARISTA_FUSION_CONFIG_FILE", NULL};
static const char *const env_fusion_publish_commit_request_id[] = {"NITRO_REQUEST_ID", "BARISTA_REQUEST_ID", NULL};
static const char *const env_fusion_publish_commit_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_fusion_publish_commit[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_commit, api_id),
        .env = env_fusion_publish_commit_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_commit, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "archive",
        .short_name = 'a',
        .value_name = "file",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_commit, archive),
        .env = env_fusion_publish_commit_archive,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .missing_hint = "build it with the Fusion composer: 'nitro fusion compose' says how.",
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_commit, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_commit, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_commit, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "request-id",
        .value_name = "request-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_commit, request_id),
        .env = env_fusion_publish_commit_request_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .missing_hint = "pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.",
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_commit, stage),
        .env = env_fusion_publish_commit_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish_commit, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_fusion_publish_commit[] =
    "Description:\n"
    "  Send the archive of a started request to be published on its stage and\n"
    "  follow the request until the server says it succeeded or failed (a stage\n"
    "  that needs an approval waits for it when begin had --wait-for-approval).\n"
    "\n"
    "Usage:\n"
    "  nitro fusion publish commit [options]\n"
    "\n"
    "Options:\n"
    "  --request-id <request-id>  The ID of a request (default: the one 'fusion\n"
    "                             publish begin' kept). [env: NITRO_REQUEST_ID]\n"
    "  --api-id <api-id>          With no --request-id: the API whose kept request\n"
    "                             to take. [env: NITRO_API_ID]\n"
    "  --stage <stage>            With no --request-id: the stage whose kept\n"
    "                             request to take. [env: NITRO_STAGE]\n"
    "  -a, --archive <file>       The Fusion archive (gateway.far) the Fusion\n"
    "                             composer built. [env: NITRO_FUSION_CONFIG_FILE]\n"
    "                             (REQUIRED)\n"
    "  --jq <expression>          Filter the JSON result with jq; strings print\n"
    "                             raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>    Host of the Nitro API; the endpoint is\n"
    "                             <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                             [default: api.chillicream.com]\n"
    "  --api-key <api-key>        An API key or personal access token used to\n"
    "                             authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>          Print results as JSON and never prompt.\n"
    "                             [env: NITRO_OUTPUT_FORMAT]\n"
    "                             [possible values: json]\n"
    "  --verbose                  Trace each request and response on stderr,\n"
    "                             credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help             Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro fusion publish commit --request-id <request-id> \\\n"
    "    --archive gateway.far\n";
const nitro_command command_fusion_publish_commit = {
    .name = "commit",
    .words = "nitro fusion publish commit",
    .summary = "Commit a Fusion configuration publish: publish the archive.",
    .help = help_fusion_publish_commit,
    .usage = "nitro fusion publish commit [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_fusion_publish_commit,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_fusion_publish_commit),
    .run = NULL,
    .behaviour = &nitro_behaviour_fusion_publish_commit,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro fusion publish cancel ---- */
static const char *const env_fusion_publish_cancel_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_fusion_publish_cancel_request_id[] = {"NITRO_REQUEST_ID", "BARISTA_REQUEST_ID", NULL};
static const char *const env_fusion_publish_cancel_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_fusion_publish_cancel[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_cancel, api_id),
        .env = env_fusion_publish_cancel_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_cancel, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_cancel, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_cancel, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_cancel, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "request-id",
        .value_name = "request-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_cancel, request_id),
        .env = env_fusion_publish_cancel_request_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .missing_hint = "pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.",
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_cancel, stage),
        .env = env_fusion_publish_cancel_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish_cancel, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_fusion_publish_cancel[] =
    "Description:\n"
    "  Give back the deployment slot of a request: nothing of it is published and\n"
    "  the next request in the stage's queue goes on.\n"
    "\n"
    "Usage:\n"
    "  nitro fusion publish cancel [options]\n"
    "\n"
    "Options:\n"
    "  --request-id <request-id>  The ID of a request (default: the one 'fusion\n"
    "                             publish begin' kept). [env: NITRO_REQUEST_ID]\n"
    "  --api-id <api-id>          With no --request-id: the API whose kept request\n"
    "                             to take. [env: NITRO_API_ID]\n"
    "  --stage <stage>            With no --request-id: the stage whose kept\n"
    "                             request to take. [env: NITRO_STAGE]\n"
    "  --jq <expression>          Filter the JSON result with jq; strings print\n"
    "                             raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>    Host of the Nitro API; the endpoint is\n"
    "                             <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                             [default: api.chillicream.com]\n"
    "  --api-key <api-key>        An API key or personal access token used to\n"
    "                             authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>          Print results as JSON and never prompt.\n"
    "                             [env: NITRO_OUTPUT_FORMAT]\n"
    "                             [possible values: json]\n"
    "  --verbose                  Trace each request and response on stderr,\n"
    "                             credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help             Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro fusion publish cancel --request-id <request-id>\n";
const nitro_command command_fusion_publish_cancel = {
    .name = "cancel",
    .words = "nitro fusion publish cancel",
    .summary = "Cancel a Fusion configuration publish.",
    .help = help_fusion_publish_cancel,
    .usage = "nitro fusion publish cancel [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_fusion_publish_cancel,
    .n_options = 8,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_fusion_publish_cancel),
    .run = NULL,
    .behaviour = &nitro_behaviour_fusion_publish_cancel,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro fusion download ---- */
static const char *const env_fusion_download_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_fusion_download_output_file[] = {"NITRO_OUTPUT_FILE", "BARISTA_OUTPUT_FILE", NULL};
static const char *const env_fusion_download_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_fusion_download[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_download, api_id),
        .env = env_fusion_download_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_download, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_download, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_download, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_download, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output-file",
        .value_name = "output-file",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_download, output_file),
        .env = env_fusion_download_output_file,
        .default_text = "gateway.far",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_download, stage),
        .env = env_fusion_download_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_download, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_fusion_download[] =
    "Description:\n"
    "  Download the Fusion configuration published on a stage (a gateway.far\n"
    "  archive) into a file. The file is written whole or not at all.\n"
    "\n"
    "Usage:\n"
    "  nitro fusion download [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>            The ID of the API. [env: NITRO_API_ID]\n"
    "                               (REQUIRED)\n"
    "  --stage <stage>              The name of the stage. [env: NITRO_STAGE]\n"
    "                               (REQUIRED)\n"
    "  --output-file <output-file>  The file path to write the output to.\n"
    "                               [env: NITRO_OUTPUT_FILE] [default: gateway.far]\n"
    "  --jq <expression>            Filter the JSON result with jq; strings print\n"
    "                               raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>      Host of the Nitro API; the endpoint is\n"
    "                               <scheme>://<host>/graphql.\n"
    "                               [env: NITRO_CLOUD_URL]\n"
    "                               [default: api.chillicream.com]\n"
    "  --api-key <api-key>          An API key or personal access token used to\n"
    "                               authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>            Print results as JSON and never prompt.\n"
    "                               [env: NITRO_OUTPUT_FORMAT]\n"
    "                               [possible values: json]\n"
    "  --verbose                    Trace each request and response on stderr,\n"
    "                               credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help               Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro fusion download --api-id <api-id> --stage dev\n";
const nitro_command command_fusion_download = {
    .name = "download",
    .words = "nitro fusion download",
    .summary = "Download the most recent gateway configuration.",
    .help = help_fusion_download,
    .usage = "nitro fusion download [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_fusion_download,
    .n_options = 8,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_fusion_download),
    .run = NULL,
    .behaviour = &nitro_behaviour_fusion_download,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro fusion upload ---- */
static const char *const env_fusion_upload_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_fusion_upload_tag[] = {"NITRO_TAG", "BARISTA_TAG", NULL};
static const nitro_option options_fusion_upload[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_upload, api_id),
        .env = env_fusion_upload_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_upload, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_upload, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_upload, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_upload, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_upload, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "source-schema-file",
        .short_name = 'f',
        .value_name = "file",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_upload, source_schema_file),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "tag",
        .value_name = "tag",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_upload, tag),
        .env = env_fusion_upload_tag,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_upload, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_fusion_upload[] =
    "Description:\n"
    "  Zip the source schema file into source-schema.zip (as schema.graphqls) and\n"
    "  upload it to the API as a version under a tag, for the compositions that\n"
    "  name it. The file must exist; nothing is sent otherwise.\n"
    "\n"
    "Usage:\n"
    "  nitro fusion upload [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>               The ID of the API. [env: NITRO_API_ID]\n"
    "                                  (REQUIRED)\n"
    "  --tag <tag>                     The tag of the source schema version.\n"
    "                                  [env: NITRO_TAG] (REQUIRED)\n"
    "  -f, --source-schema-file <file>\n"
    "                                  The source schema file (GraphQL SDL) to\n"
    "                                  upload. (REQUIRED)\n"
    "  --jq <expression>               Filter the JSON result with jq; strings\n"
    "                                  print raw. With --all: each page.\n"
    "  --cloud-url <cloud-url>         Host of the Nitro API; the endpoint is\n"
    "                                  <scheme>://<host>/graphql.\n"
    "                                  [env: NITRO_CLOUD_URL]\n"
    "                                  [default: api.chillicream.com]\n"
    "  --api-key <api-key>             An API key or personal access token used to\n"
    "                                  authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>               Print results as JSON and never prompt.\n"
    "                                  [env: NITRO_OUTPUT_FORMAT]\n"
    "                                  [possible values: json]\n"
    "  --verbose                       Trace each request and response on stderr,\n"
    "                                  credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help                  Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro fusion upload --api-id <api-id> --tag v1 \\\n"
    "    --source-schema-file products/schema.graphqls\n";
const nitro_command command_fusion_upload = {
    .name = "upload",
    .words = "nitro fusion upload",
    .summary = "Upload a source schema for a later composition.",
    .help = help_fusion_upload,
    .usage = "nitro fusion upload [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_fusion_upload,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_fusion_upload),
    .run = NULL,
    .behaviour = &nitro_behaviour_fusion_upload,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};

/* ---- nitro fusion validate ---- */
static const char *const env_fusion_validate_api_id[] = {"NITRO_API_ID", "BARISTA_API_ID", NULL};
static const char *const env_fusion_validate_archive[] = {"NITRO_FUSION_CONFIG_FILE", "BARISTA_FUSION_CONFIG_FILE", NULL};
static const char *const env_fusion_validate_stage[] = {"NITRO_STAGE", "BARISTA_STAGE", NULL};
static const nitro_option options_fusion_validate[] = {
    {
        .name = "api-id",
        .value_name = "api-id",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_validate, api_id),
        .env = env_fusion_validate_api_id,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = "Which API\?",
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_validate, global.api_key),
        .env = env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "archive",
        .short_name = 'a',
        .value_name = "file",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_validate, archive),
        .env = env_fusion_validate_archive,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .missing_hint = "build it with the Fusion composer: 'nitro fusion compose' says how.",
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_validate, global.cloud_url),
        .env = env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "jq",
        .value_name = "expression",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_validate, global.jq),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_validate, global.output),
        .env = env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
    {
        .name = "source-metadata",
        .value_name = "json",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_validate, source_metadata),
        .env = NULL,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = 0 | NITRO_OPT_HIDDEN,
    },
    {
        .name = "stage",
        .value_name = "stage",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_validate, stage),
        .env = env_fusion_validate_stage,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_REQUIRED | NITRO_OPT_NON_EMPTY,
    },
    {
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_validate, global.verbose),
        .env = env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    },
};
static const char help_fusion_validate[] =
    "Description:\n"
    "  Take the gateway schema out of a Fusion archive (gateway.far) and send it to\n"
    "  be checked against the schema a stage has, as 'schema validate' does, and\n"
    "  wait for the result. Nothing is published.\n"
    "\n"
    "Usage:\n"
    "  nitro fusion validate [options]\n"
    "\n"
    "Options:\n"
    "  --api-id <api-id>        The ID of the API. [env: NITRO_API_ID] (REQUIRED)\n"
    "  --stage <stage>          The name of the stage. [env: NITRO_STAGE]\n"
    "                           (REQUIRED)\n"
    "  -a, --archive <file>     The Fusion archive (gateway.far) the Fusion\n"
    "                           composer built. [env: NITRO_FUSION_CONFIG_FILE]\n"
    "                           (REQUIRED)\n"
    "  --jq <expression>        Filter the JSON result with jq; strings print raw.\n"
    "                           With --all: each page.\n"
    "  --cloud-url <cloud-url>  Host of the Nitro API; the endpoint is\n"
    "                           <scheme>://<host>/graphql. [env: NITRO_CLOUD_URL]\n"
    "                           [default: api.chillicream.com]\n"
    "  --api-key <api-key>      An API key or personal access token used to\n"
    "                           authenticate. [env: NITRO_API_KEY]\n"
    "  --output <format>        Print results as JSON and never prompt.\n"
    "                           [env: NITRO_OUTPUT_FORMAT] [possible values: json]\n"
    "  --verbose                Trace each request and response on stderr,\n"
    "                           credentials redacted. [env: NITRO_VERBOSE]\n"
    "  -\?, -h, --help           Show help and usage information.\n"
    "\n"
    "Examples:\n"
    "  nitro fusion validate --api-id <api-id> --stage dev \\\n"
    "    --archive gateway.far\n";
const nitro_command command_fusion_validate = {
    .name = "validate",
    .words = "nitro fusion validate",
    .summary = "Validate the gateway schema of a Fusion archive against a stage.",
    .help = help_fusion_validate,
    .usage = "nitro fusion validate [options]",
    .subcommands = NULL,
    .n_subcommands = 0,
    .options = options_fusion_validate,
    .n_options = 9,
    .args = NULL,
    .n_args = 0,
    .opts_size = sizeof(nitro_opts_fusion_validate),
    .run = NULL,
    .behaviour = &nitro_behaviour_fusion_validate,
    .flags = NITRO_CMD_AUTH_REQUIRED,
};
