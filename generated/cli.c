/* Generated from spec/nitro.toml by generator/generate.py. Do not edit. */
/* The tables are filled by code when the parser reaches a command, not initialised statically: in a
 * position-independent executable the loader would relocate every pointer of every command's tables at every
 * start. A command's node, options and arguments are filled by its load function; its parent fills the name,
 * summary and flags of each subcommand, which is what finding and suggesting one needs. Only the root is a
 * constant: it is where the parser starts. */
#include <stddef.h>
#include <string.h>

#include "generated/commands.h"
#include "generated/cli.h"

/* Text printed only by --help and usage errors: apart from the data every run reads, so that reading that
 * data does not bring the help of every command into memory with it. */
#define NITRO_COLD __attribute__((section("nitro_cold")))
/* The code every run goes through (the dispatcher, the root's load, the global options'), beside main in the
 * program's first page of code rather than wherever this file's code lands. */
#define NITRO_START_CODE __attribute__((section(".text.hot.nitro_start")))

static nitro_exit_code exit_codes[5];
const nitro_exit_code *nitro_exit_codes(void) {
    static atomic_bool filled;
    if (nitro_filled_already(&filled)) return exit_codes;
    exit_codes[0] = (nitro_exit_code){0, "ok", "The command succeeded."};
    exit_codes[1] = (nitro_exit_code){1, "failure", "The operation failed: the server refused it, the network failed, or a confirmation was declined."};
    exit_codes[2] = (nitro_exit_code){2, "usage", "Usage error: an unknown option, a bad value, or a missing required input without a terminal."};
    exit_codes[3] = (nitro_exit_code){4, "auth", "Authentication is needed or was rejected."};
    exit_codes[4] = (nitro_exit_code){130, "interrupted", "Interrupted (Ctrl-C or SIGTERM)."};
    return exit_codes;
}
const size_t nitro_exit_code_count = 5;

/* What every run fills: the global options and the root's subcommands. One block, and among the initialised
 * data rather than the zeroed: that data is small and sits between pages every start writes anyway (the
 * dynamic loader's table of libc addresses before it, the first page of zeroed data after it), so filling the
 * block costs no page fault of its own; scattered through the zeroed data, it cost four. */
static struct {
    atomic_bool globals_filled, root_filled;
    nitro_option global_options[4];
    const char *env_global_api_key[3];
    const char *env_global_cloud_url[3];
    const char *env_global_cursor[3];
    const char *env_global_output[3];
    const char *choices_global_output[2];
    const char *env_global_verbose[3];
    const nitro_command *subcommands_root[17];
    nitro_command command_pat;
    nitro_command command_workspace;
    nitro_command command_api_key;
    nitro_command command_api;
    nitro_command command_client;
    nitro_command command_stage;
    nitro_command command_environment;
    nitro_command command_openapi;
    nitro_command command_mcp;
    nitro_command command_login;
    nitro_command command_logout;
    nitro_command command_status;
    nitro_command command_completion;
    nitro_command command_mock;
    nitro_command command_schema;
    nitro_command command_complete;
    nitro_command command_fusion;
} start __attribute__((section(".data.nitro_start")));

/* The global options alone, for options given before the subcommand (not the
 * ones only some commands take, such as --cursor). Their offsets are valid in
 * every command's struct: `global` is its first member. */
NITRO_START_CODE const nitro_option *nitro_global_options(void) {
    if (nitro_filled_already(&start.globals_filled)) return start.global_options;
    start.env_global_api_key[0] = "NITRO_API_KEY";
    start.env_global_api_key[1] = "BARISTA_API_KEY";
    start.env_global_cloud_url[0] = "NITRO_CLOUD_URL";
    start.env_global_cloud_url[1] = "BARISTA_CLOUD_URL";
    start.env_global_cursor[0] = "NITRO_CURSOR";
    start.env_global_cursor[1] = "BARISTA_CURSOR";
    start.env_global_output[0] = "NITRO_OUTPUT_FORMAT";
    start.env_global_output[1] = "BARISTA_OUTPUT_FORMAT";
    start.choices_global_output[0] = "json";
    start.env_global_verbose[0] = "NITRO_VERBOSE";
    start.env_global_verbose[1] = "BARISTA_VERBOSE";
    start.global_options[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_global_opts, api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    start.global_options[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_global_opts, cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    start.global_options[2] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_global_opts, output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    start.global_options[3] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_global_opts, verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    return start.global_options;
}
const size_t nitro_global_option_count = 4;

/* The load functions; each stays a function of its own (not inlined into the dispatcher), so that the code
 * every run goes through stays small. */
static void load_root(void) NITRO_START_CODE;
static void load_pat(void) __attribute__((noinline));
static void load_pat_create(void) __attribute__((noinline));
static void load_pat_list(void) __attribute__((noinline));
static void load_pat_revoke(void) __attribute__((noinline));
static void load_pat_rotate(void) __attribute__((noinline));
static void load_workspace(void) __attribute__((noinline));
static void load_workspace_create(void) __attribute__((noinline));
static void load_workspace_show(void) __attribute__((noinline));
static void load_workspace_list(void) __attribute__((noinline));
static void load_workspace_current(void) __attribute__((noinline));
static void load_workspace_set_default(void) __attribute__((noinline));
static void load_api_key(void) __attribute__((noinline));
static void load_api_key_create(void) __attribute__((noinline));
static void load_api_key_list(void) __attribute__((noinline));
static void load_api_key_delete(void) __attribute__((noinline));
static void load_api(void) __attribute__((noinline));
static void load_api_create(void) __attribute__((noinline));
static void load_api_list(void) __attribute__((noinline));
static void load_api_show(void) __attribute__((noinline));
static void load_api_delete(void) __attribute__((noinline));
static void load_client(void) __attribute__((noinline));
static void load_client_create(void) __attribute__((noinline));
static void load_client_delete(void) __attribute__((noinline));
static void load_client_show(void) __attribute__((noinline));
static void load_client_list(void) __attribute__((noinline));
static void load_client_list_versions(void) __attribute__((noinline));
static void load_client_list_published_versions(void) __attribute__((noinline));
static void load_client_upload(void) __attribute__((noinline));
static void load_client_validate(void) __attribute__((noinline));
static void load_client_publish(void) __attribute__((noinline));
static void load_client_unpublish(void) __attribute__((noinline));
static void load_client_download(void) __attribute__((noinline));
static void load_stage(void) __attribute__((noinline));
static void load_stage_list(void) __attribute__((noinline));
static void load_stage_edit(void) __attribute__((noinline));
static void load_stage_delete(void) __attribute__((noinline));
static void load_environment(void) __attribute__((noinline));
static void load_environment_create(void) __attribute__((noinline));
static void load_environment_list(void) __attribute__((noinline));
static void load_environment_show(void) __attribute__((noinline));
static void load_openapi(void) __attribute__((noinline));
static void load_openapi_create(void) __attribute__((noinline));
static void load_openapi_delete(void) __attribute__((noinline));
static void load_openapi_list(void) __attribute__((noinline));
static void load_openapi_upload(void) __attribute__((noinline));
static void load_openapi_validate(void) __attribute__((noinline));
static void load_openapi_publish(void) __attribute__((noinline));
static void load_mcp(void) __attribute__((noinline));
static void load_mcp_create(void) __attribute__((noinline));
static void load_mcp_delete(void) __attribute__((noinline));
static void load_mcp_list(void) __attribute__((noinline));
static void load_mcp_upload(void) __attribute__((noinline));
static void load_mcp_validate(void) __attribute__((noinline));
static void load_mcp_publish(void) __attribute__((noinline));
static void load_login(void) __attribute__((noinline));
static void load_logout(void) __attribute__((noinline));
static void load_status(void) __attribute__((noinline));
static void load_completion(void) __attribute__((noinline));
static void load_mock(void) __attribute__((noinline));
static void load_mock_create(void) __attribute__((noinline));
static void load_mock_list(void) __attribute__((noinline));
static void load_mock_update(void) __attribute__((noinline));
static void load_schema(void) __attribute__((noinline));
static void load_schema_upload(void) __attribute__((noinline));
static void load_schema_validate(void) __attribute__((noinline));
static void load_schema_download(void) __attribute__((noinline));
static void load_schema_publish(void) __attribute__((noinline));
static void load_schema_clients(void) __attribute__((noinline));
static void load_schema_impact(void) __attribute__((noinline));
static void load_schema_operations(void) __attribute__((noinline));
static void load_schema_unused(void) __attribute__((noinline));
static void load_schema_usage(void) __attribute__((noinline));
static void load_complete(void) __attribute__((noinline));
static void load_fusion(void) __attribute__((noinline));
static void load_fusion_compose(void) __attribute__((noinline));
static void load_fusion_publish(void) __attribute__((noinline));
static void load_fusion_publish_begin(void) __attribute__((noinline));
static void load_fusion_publish_start(void) __attribute__((noinline));
static void load_fusion_publish_validate(void) __attribute__((noinline));
static void load_fusion_publish_commit(void) __attribute__((noinline));
static void load_fusion_publish_cancel(void) __attribute__((noinline));
static void load_fusion_download(void) __attribute__((noinline));
static void load_fusion_upload(void) __attribute__((noinline));
static void load_fusion_validate(void) __attribute__((noinline));

NITRO_START_CODE const nitro_command *nitro_command_load(const nitro_command *command) {
    switch (command->id) {
    case 0: load_root(); break;
    case 1: load_pat(); break;
    case 2: load_pat_create(); break;
    case 3: load_pat_list(); break;
    case 4: load_pat_revoke(); break;
    case 5: load_pat_rotate(); break;
    case 6: load_workspace(); break;
    case 7: load_workspace_create(); break;
    case 8: load_workspace_show(); break;
    case 9: load_workspace_list(); break;
    case 10: load_workspace_current(); break;
    case 11: load_workspace_set_default(); break;
    case 12: load_api_key(); break;
    case 13: load_api_key_create(); break;
    case 14: load_api_key_list(); break;
    case 15: load_api_key_delete(); break;
    case 16: load_api(); break;
    case 17: load_api_create(); break;
    case 18: load_api_list(); break;
    case 19: load_api_show(); break;
    case 20: load_api_delete(); break;
    case 21: load_client(); break;
    case 22: load_client_create(); break;
    case 23: load_client_delete(); break;
    case 24: load_client_show(); break;
    case 25: load_client_list(); break;
    case 26: load_client_list_versions(); break;
    case 27: load_client_list_published_versions(); break;
    case 28: load_client_upload(); break;
    case 29: load_client_validate(); break;
    case 30: load_client_publish(); break;
    case 31: load_client_unpublish(); break;
    case 32: load_client_download(); break;
    case 33: load_stage(); break;
    case 34: load_stage_list(); break;
    case 35: load_stage_edit(); break;
    case 36: load_stage_delete(); break;
    case 37: load_environment(); break;
    case 38: load_environment_create(); break;
    case 39: load_environment_list(); break;
    case 40: load_environment_show(); break;
    case 41: load_openapi(); break;
    case 42: load_openapi_create(); break;
    case 43: load_openapi_delete(); break;
    case 44: load_openapi_list(); break;
    case 45: load_openapi_upload(); break;
    case 46: load_openapi_validate(); break;
    case 47: load_openapi_publish(); break;
    case 48: load_mcp(); break;
    case 49: load_mcp_create(); break;
    case 50: load_mcp_delete(); break;
    case 51: load_mcp_list(); break;
    case 52: load_mcp_upload(); break;
    case 53: load_mcp_validate(); break;
    case 54: load_mcp_publish(); break;
    case 55: load_login(); break;
    case 56: load_logout(); break;
    case 57: load_status(); break;
    case 58: load_completion(); break;
    case 59: load_mock(); break;
    case 60: load_mock_create(); break;
    case 61: load_mock_list(); break;
    case 62: load_mock_update(); break;
    case 63: load_schema(); break;
    case 64: load_schema_upload(); break;
    case 65: load_schema_validate(); break;
    case 66: load_schema_download(); break;
    case 67: load_schema_publish(); break;
    case 68: load_schema_clients(); break;
    case 69: load_schema_impact(); break;
    case 70: load_schema_operations(); break;
    case 71: load_schema_unused(); break;
    case 72: load_schema_usage(); break;
    case 73: load_complete(); break;
    case 74: load_fusion(); break;
    case 75: load_fusion_compose(); break;
    case 76: load_fusion_publish(); break;
    case 77: load_fusion_publish_begin(); break;
    case 78: load_fusion_publish_start(); break;
    case 79: load_fusion_publish_validate(); break;
    case 80: load_fusion_publish_commit(); break;
    case 81: load_fusion_publish_cancel(); break;
    case 82: load_fusion_download(); break;
    case 83: load_fusion_upload(); break;
    case 84: load_fusion_validate(); break;
    }
    return command;
}

const struct nitro_behaviour *nitro_command_behaviour(const nitro_command *command) {
    switch (command->id) {
    case 2: return nitro_behaviour_pat_create();
    case 3: return nitro_behaviour_pat_list();
    case 4: return nitro_behaviour_pat_revoke();
    case 5: return nitro_behaviour_pat_rotate();
    case 7: return nitro_behaviour_workspace_create();
    case 8: return nitro_behaviour_workspace_show();
    case 9: return nitro_behaviour_workspace_list();
    case 10: return nitro_behaviour_workspace_current();
    case 11: return nitro_behaviour_workspace_set_default();
    case 13: return nitro_behaviour_api_key_create();
    case 14: return nitro_behaviour_api_key_list();
    case 15: return nitro_behaviour_api_key_delete();
    case 17: return nitro_behaviour_api_create();
    case 18: return nitro_behaviour_api_list();
    case 19: return nitro_behaviour_api_show();
    case 20: return nitro_behaviour_api_delete();
    case 22: return nitro_behaviour_client_create();
    case 23: return nitro_behaviour_client_delete();
    case 24: return nitro_behaviour_client_show();
    case 25: return nitro_behaviour_client_list();
    case 26: return nitro_behaviour_client_list_versions();
    case 27: return nitro_behaviour_client_list_published_versions();
    case 28: return nitro_behaviour_client_upload();
    case 29: return nitro_behaviour_client_validate();
    case 30: return nitro_behaviour_client_publish();
    case 31: return nitro_behaviour_client_unpublish();
    case 32: return nitro_behaviour_client_download();
    case 34: return nitro_behaviour_stage_list();
    case 35: return nitro_behaviour_stage_edit();
    case 36: return nitro_behaviour_stage_delete();
    case 38: return nitro_behaviour_environment_create();
    case 39: return nitro_behaviour_environment_list();
    case 40: return nitro_behaviour_environment_show();
    case 42: return nitro_behaviour_openapi_create();
    case 43: return nitro_behaviour_openapi_delete();
    case 44: return nitro_behaviour_openapi_list();
    case 45: return nitro_behaviour_openapi_upload();
    case 46: return nitro_behaviour_openapi_validate();
    case 47: return nitro_behaviour_openapi_publish();
    case 49: return nitro_behaviour_mcp_create();
    case 50: return nitro_behaviour_mcp_delete();
    case 51: return nitro_behaviour_mcp_list();
    case 52: return nitro_behaviour_mcp_upload();
    case 53: return nitro_behaviour_mcp_validate();
    case 54: return nitro_behaviour_mcp_publish();
    case 60: return nitro_behaviour_mock_create();
    case 61: return nitro_behaviour_mock_list();
    case 62: return nitro_behaviour_mock_update();
    case 64: return nitro_behaviour_schema_upload();
    case 65: return nitro_behaviour_schema_validate();
    case 66: return nitro_behaviour_schema_download();
    case 67: return nitro_behaviour_schema_publish();
    case 68: return nitro_behaviour_schema_clients();
    case 69: return nitro_behaviour_schema_impact();
    case 70: return nitro_behaviour_schema_operations();
    case 71: return nitro_behaviour_schema_unused();
    case 72: return nitro_behaviour_schema_usage();
    case 76: return nitro_behaviour_fusion_publish();
    case 77: return nitro_behaviour_fusion_publish_begin();
    case 78: return nitro_behaviour_fusion_publish_start();
    case 79: return nitro_behaviour_fusion_publish_validate();
    case 80: return nitro_behaviour_fusion_publish_commit();
    case 81: return nitro_behaviour_fusion_publish_cancel();
    case 82: return nitro_behaviour_fusion_download();
    case 83: return nitro_behaviour_fusion_upload();
    case 84: return nitro_behaviour_fusion_validate();
    }
    return NULL;
}

int nitro_run_hand_written(const nitro_command *command, nitro_ctx *ctx, void *opts) {
    switch (command->id) {
    case 55: return nitro_cmd_login(ctx, opts);
    case 56: return nitro_cmd_logout(ctx, opts);
    case 57: return nitro_cmd_status(ctx, opts);
    case 58: return nitro_cmd_completion(ctx, opts);
    case 73: return nitro_cmd_complete(ctx, opts);
    }
    return NITRO_EXIT_FAILURE; /* every command that runs code is in the switch */
}


/* ---- nitro ---- */
static const char help_root[] NITRO_COLD =
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
    .subcommands = start.subcommands_root, /* sorted by name for bsearch; help lists them in spec order */
    .n_subcommands = 17,
    .options = start.global_options, /* those taken before the subcommand */
    .n_options = 4,
    .flags = 0,
    .id = 0,
    .load = nitro_command_load,
};
static void load_root(void) {
    if (nitro_filled_already(&start.root_filled)) return;
    nitro_global_options();
    start.subcommands_root[0] = &start.command_complete;
    start.command_complete.name = "__complete";
    start.command_complete.summary = "Print completion candidates, one 'value<TAB>description' a line.";
    start.command_complete.flags = NITRO_CMD_HIDDEN | NITRO_CMD_HAND_WRITTEN;
    start.command_complete.id = 73;
    start.subcommands_root[1] = &start.command_api;
    start.command_api.name = "api";
    start.command_api.summary = "Manage APIs.";
    start.command_api.flags = 0;
    start.command_api.id = 16;
    start.subcommands_root[2] = &start.command_api_key;
    start.command_api_key.name = "api-key";
    start.command_api_key.summary = "Manage API keys.";
    start.command_api_key.flags = 0;
    start.command_api_key.id = 12;
    start.subcommands_root[3] = &start.command_client;
    start.command_client.name = "client";
    start.command_client.summary = "Manage the clients of an API and their versions.";
    start.command_client.flags = 0;
    start.command_client.id = 21;
    start.subcommands_root[4] = &start.command_completion;
    start.command_completion.name = "completion";
    start.command_completion.summary = "Print the shell completion script for bash, zsh or fish.";
    start.command_completion.flags = 0 | NITRO_CMD_HAND_WRITTEN;
    start.command_completion.id = 58;
    start.subcommands_root[5] = &start.command_environment;
    start.command_environment.name = "environment";
    start.command_environment.summary = "Manage environments.";
    start.command_environment.flags = 0;
    start.command_environment.id = 37;
    start.subcommands_root[6] = &start.command_fusion;
    start.command_fusion.name = "fusion";
    start.command_fusion.summary = "Publish Fusion gateway configurations.";
    start.command_fusion.flags = 0;
    start.command_fusion.id = 74;
    start.subcommands_root[7] = &start.command_login;
    start.command_login.name = "login";
    start.command_login.summary = "Sign in to Nitro and store a session.";
    start.command_login.flags = 0 | NITRO_CMD_HAND_WRITTEN;
    start.command_login.id = 55;
    start.subcommands_root[8] = &start.command_logout;
    start.command_logout.name = "logout";
    start.command_logout.summary = "Sign out and delete the stored session.";
    start.command_logout.flags = 0 | NITRO_CMD_HAND_WRITTEN;
    start.command_logout.id = 56;
    start.subcommands_root[9] = &start.command_mcp;
    start.command_mcp.name = "mcp";
    start.command_mcp.summary = "Manage MCP feature collections.";
    start.command_mcp.flags = 0;
    start.command_mcp.id = 48;
    start.subcommands_root[10] = &start.command_mock;
    start.command_mock.name = "mock";
    start.command_mock.summary = "Create, update and list mocks.";
    start.command_mock.flags = 0;
    start.command_mock.id = 59;
    start.subcommands_root[11] = &start.command_openapi;
    start.command_openapi.name = "openapi";
    start.command_openapi.summary = "Manage OpenAPI collections.";
    start.command_openapi.flags = 0;
    start.command_openapi.id = 41;
    start.subcommands_root[12] = &start.command_pat;
    start.command_pat.name = "pat";
    start.command_pat.summary = "Manage personal access tokens.";
    start.command_pat.flags = 0;
    start.command_pat.id = 1;
    start.subcommands_root[13] = &start.command_schema;
    start.command_schema.name = "schema";
    start.command_schema.summary = "Upload, validate, publish and download the schema of an API.";
    start.command_schema.flags = 0;
    start.command_schema.id = 63;
    start.subcommands_root[14] = &start.command_stage;
    start.command_stage.name = "stage";
    start.command_stage.summary = "Manage stages.";
    start.command_stage.flags = 0;
    start.command_stage.id = 33;
    start.subcommands_root[15] = &start.command_status;
    start.command_status.name = "status";
    start.command_status.summary = "Show who you are signed in as and which credential is in use.";
    start.command_status.flags = 0 | NITRO_CMD_HAND_WRITTEN;
    start.command_status.id = 57;
    start.subcommands_root[16] = &start.command_workspace;
    start.command_workspace.name = "workspace";
    start.command_workspace.summary = "Manage workspaces.";
    start.command_workspace.flags = 0;
    start.command_workspace.id = 6;
}

/* ---- nitro pat ---- */
static atomic_bool filled_pat;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_pat[4];
static nitro_command command_pat_create;
static nitro_command command_pat_list;
static nitro_command command_pat_revoke;
static nitro_command command_pat_rotate;
static const char help_pat[] NITRO_COLD =
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
static void load_pat(void) {
    if (nitro_filled_already(&filled_pat)) return;
    subcommands_pat[0] = &command_pat_create;
    command_pat_create.name = "create";
    command_pat_create.summary = "Create a new personal access token.";
    command_pat_create.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_pat_create.id = 2;
    subcommands_pat[1] = &command_pat_list;
    command_pat_list.name = "list";
    command_pat_list.summary = "List the personal access tokens on your user account.";
    command_pat_list.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_pat_list.id = 3;
    subcommands_pat[2] = &command_pat_revoke;
    command_pat_revoke.name = "revoke";
    command_pat_revoke.summary = "Revoke a personal access token by its ID.";
    command_pat_revoke.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_pat_revoke.id = 4;
    subcommands_pat[3] = &command_pat_rotate;
    command_pat_rotate.name = "rotate";
    command_pat_rotate.summary = "Replace a personal access token with a new one, then revoke it.";
    command_pat_rotate.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_pat_rotate.id = 5;
    start.command_pat = (nitro_command){
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
        .flags = 0,
        .id = 1,
    };
}

/* ---- nitro pat create ---- */
static atomic_bool filled_pat_create;
static const char *env_pat_create_description[3];
static const char *env_pat_create_expires[3];
static nitro_option options_pat_create[7];
static const char help_pat_create[] NITRO_COLD =
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
static void load_pat_create(void) {
    if (nitro_filled_already(&filled_pat_create)) return;
    env_pat_create_description[0] = "NITRO_DESCRIPTION";
    env_pat_create_description[1] = "BARISTA_DESCRIPTION";
    env_pat_create_expires[0] = "NITRO_EXPIRES";
    env_pat_create_expires[1] = "BARISTA_EXPIRES";
    options_pat_create[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_create, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_pat_create[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_create, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_pat_create[2] = (nitro_option){
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
    };
    options_pat_create[3] = (nitro_option){
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
    };
    options_pat_create[4] = (nitro_option){
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
    };
    options_pat_create[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_create, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_pat_create[6] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_pat_create, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_pat_create = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 2,
    };
}

/* ---- nitro pat list ---- */
static atomic_bool filled_pat_list;
static nitro_option options_pat_list[8];
static const char help_pat_list[] NITRO_COLD =
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
static void load_pat_list(void) {
    if (nitro_filled_already(&filled_pat_list)) return;
    options_pat_list[0] = (nitro_option){
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
    };
    options_pat_list[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_list, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_pat_list[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_list, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_pat_list[3] = (nitro_option){
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_list, global.cursor),
        .env = start.env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_pat_list[4] = (nitro_option){
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
    };
    options_pat_list[5] = (nitro_option){
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
    };
    options_pat_list[6] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_list, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_pat_list[7] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_pat_list, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_pat_list = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 3,
    };
}

/* ---- nitro pat revoke ---- */
static atomic_bool filled_pat_revoke;
static nitro_option options_pat_revoke[6];
static nitro_arg args_pat_revoke[1];
static const char help_pat_revoke[] NITRO_COLD =
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
static void load_pat_revoke(void) {
    if (nitro_filled_already(&filled_pat_revoke)) return;
    options_pat_revoke[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_revoke, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_pat_revoke[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_revoke, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_pat_revoke[2] = (nitro_option){
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
    };
    options_pat_revoke[3] = (nitro_option){
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
    };
    options_pat_revoke[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_revoke, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_pat_revoke[5] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_pat_revoke, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    args_pat_revoke[0] = (nitro_arg){
        .value_name = "id",
        .offset = offsetof(nitro_opts_pat_revoke, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    };
    command_pat_revoke = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 4,
    };
}

/* ---- nitro pat rotate ---- */
static atomic_bool filled_pat_rotate;
static nitro_option options_pat_rotate[7];
static nitro_arg args_pat_rotate[1];
static const char help_pat_rotate[] NITRO_COLD =
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
static void load_pat_rotate(void) {
    if (nitro_filled_already(&filled_pat_rotate)) return;
    options_pat_rotate[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_rotate, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_pat_rotate[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_rotate, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_pat_rotate[2] = (nitro_option){
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
    };
    options_pat_rotate[3] = (nitro_option){
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
    };
    options_pat_rotate[4] = (nitro_option){
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
    };
    options_pat_rotate[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_pat_rotate, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_pat_rotate[6] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_pat_rotate, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    args_pat_rotate[0] = (nitro_arg){
        .value_name = "id",
        .offset = offsetof(nitro_opts_pat_rotate, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    };
    command_pat_rotate = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 5,
    };
}

/* ---- nitro workspace ---- */
static atomic_bool filled_workspace;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_workspace[5];
static nitro_command command_workspace_create;
static nitro_command command_workspace_show;
static nitro_command command_workspace_list;
static nitro_command command_workspace_current;
static nitro_command command_workspace_set_default;
static const char help_workspace[] NITRO_COLD =
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
static void load_workspace(void) {
    if (nitro_filled_already(&filled_workspace)) return;
    subcommands_workspace[0] = &command_workspace_create;
    command_workspace_create.name = "create";
    command_workspace_create.summary = "Create a new workspace.";
    command_workspace_create.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_workspace_create.id = 7;
    subcommands_workspace[1] = &command_workspace_current;
    command_workspace_current.name = "current";
    command_workspace_current.summary = "Show the default workspace of your session.";
    command_workspace_current.flags = 0 | NITRO_CMD_BEHAVIOUR;
    command_workspace_current.id = 10;
    subcommands_workspace[2] = &command_workspace_list;
    command_workspace_list.name = "list";
    command_workspace_list.summary = "List the workspaces you are a member of.";
    command_workspace_list.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_workspace_list.id = 9;
    subcommands_workspace[3] = &command_workspace_set_default;
    command_workspace_set_default.name = "set-default";
    command_workspace_set_default.summary = "Choose the default workspace of your session.";
    command_workspace_set_default.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_workspace_set_default.id = 11;
    subcommands_workspace[4] = &command_workspace_show;
    command_workspace_show.name = "show";
    command_workspace_show.summary = "Show details of a workspace.";
    command_workspace_show.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_workspace_show.id = 8;
    start.command_workspace = (nitro_command){
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
        .flags = 0,
        .id = 6,
    };
}

/* ---- nitro workspace create ---- */
static atomic_bool filled_workspace_create;
static nitro_option options_workspace_create[7];
static const char help_workspace_create[] NITRO_COLD =
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
static void load_workspace_create(void) {
    if (nitro_filled_already(&filled_workspace_create)) return;
    options_workspace_create[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_create, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_workspace_create[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_create, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_workspace_create[2] = (nitro_option){
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
    };
    options_workspace_create[3] = (nitro_option){
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
    };
    options_workspace_create[4] = (nitro_option){
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
    };
    options_workspace_create[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_create, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_workspace_create[6] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_workspace_create, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_workspace_create = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 7,
    };
}

/* ---- nitro workspace show ---- */
static atomic_bool filled_workspace_show;
static nitro_option options_workspace_show[5];
static nitro_arg args_workspace_show[1];
static const char help_workspace_show[] NITRO_COLD =
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
static void load_workspace_show(void) {
    if (nitro_filled_already(&filled_workspace_show)) return;
    options_workspace_show[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_show, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_workspace_show[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_show, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_workspace_show[2] = (nitro_option){
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
    };
    options_workspace_show[3] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_show, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_workspace_show[4] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_workspace_show, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    args_workspace_show[0] = (nitro_arg){
        .value_name = "id",
        .offset = offsetof(nitro_opts_workspace_show, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    };
    command_workspace_show = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 8,
    };
}

/* ---- nitro workspace list ---- */
static atomic_bool filled_workspace_list;
static nitro_option options_workspace_list[8];
static const char help_workspace_list[] NITRO_COLD =
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
static void load_workspace_list(void) {
    if (nitro_filled_already(&filled_workspace_list)) return;
    options_workspace_list[0] = (nitro_option){
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
    };
    options_workspace_list[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_list, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_workspace_list[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_list, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_workspace_list[3] = (nitro_option){
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_list, global.cursor),
        .env = start.env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_workspace_list[4] = (nitro_option){
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
    };
    options_workspace_list[5] = (nitro_option){
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
    };
    options_workspace_list[6] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_list, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_workspace_list[7] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_workspace_list, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_workspace_list = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 9,
    };
}

/* ---- nitro workspace current ---- */
static atomic_bool filled_workspace_current;
static nitro_option options_workspace_current[5];
static const char help_workspace_current[] NITRO_COLD =
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
static void load_workspace_current(void) {
    if (nitro_filled_already(&filled_workspace_current)) return;
    options_workspace_current[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_current, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_workspace_current[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_current, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_workspace_current[2] = (nitro_option){
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
    };
    options_workspace_current[3] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_current, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_workspace_current[4] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_workspace_current, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_workspace_current = (nitro_command){
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
        .flags = 0 | NITRO_CMD_BEHAVIOUR,
        .id = 10,
    };
}

/* ---- nitro workspace set-default ---- */
static atomic_bool filled_workspace_set_default;
static const char *env_workspace_set_default_workspace_id[3];
static nitro_option options_workspace_set_default[6];
static const char help_workspace_set_default[] NITRO_COLD =
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
static void load_workspace_set_default(void) {
    if (nitro_filled_already(&filled_workspace_set_default)) return;
    env_workspace_set_default_workspace_id[0] = "NITRO_WORKSPACE_ID";
    env_workspace_set_default_workspace_id[1] = "BARISTA_WORKSPACE_ID";
    options_workspace_set_default[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_set_default, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_workspace_set_default[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_set_default, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_workspace_set_default[2] = (nitro_option){
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
    };
    options_workspace_set_default[3] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_workspace_set_default, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_workspace_set_default[4] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_workspace_set_default, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_workspace_set_default[5] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    command_workspace_set_default = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 11,
    };
}

/* ---- nitro api-key ---- */
static atomic_bool filled_api_key;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_api_key[3];
static nitro_command command_api_key_create;
static nitro_command command_api_key_list;
static nitro_command command_api_key_delete;
static const char help_api_key[] NITRO_COLD =
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
static void load_api_key(void) {
    if (nitro_filled_already(&filled_api_key)) return;
    subcommands_api_key[0] = &command_api_key_create;
    command_api_key_create.name = "create";
    command_api_key_create.summary = "Create a new API key.";
    command_api_key_create.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_api_key_create.id = 13;
    subcommands_api_key[1] = &command_api_key_delete;
    command_api_key_delete.name = "delete";
    command_api_key_delete.summary = "Delete an API key by its ID.";
    command_api_key_delete.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_api_key_delete.id = 15;
    subcommands_api_key[2] = &command_api_key_list;
    command_api_key_list.name = "list";
    command_api_key_list.summary = "List the API keys of a workspace.";
    command_api_key_list.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_api_key_list.id = 14;
    start.command_api_key = (nitro_command){
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
        .flags = 0,
        .id = 12,
    };
}

/* ---- nitro api-key create ---- */
static atomic_bool filled_api_key_create;
static const char *env_api_key_create_api_id[3];
static const char *env_api_key_create_name[3];
static const char *env_api_key_create_workspace_id[3];
static nitro_option options_api_key_create[9];
static const char help_api_key_create[] NITRO_COLD =
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
static void load_api_key_create(void) {
    if (nitro_filled_already(&filled_api_key_create)) return;
    env_api_key_create_api_id[0] = "NITRO_API_ID";
    env_api_key_create_api_id[1] = "BARISTA_API_ID";
    env_api_key_create_name[0] = "NITRO_API_KEY_NAME";
    env_api_key_create_name[1] = "BARISTA_API_KEY_NAME";
    env_api_key_create_workspace_id[0] = "NITRO_WORKSPACE_ID";
    env_api_key_create_workspace_id[1] = "BARISTA_WORKSPACE_ID";
    options_api_key_create[0] = (nitro_option){
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
    };
    options_api_key_create[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_create, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_api_key_create[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_create, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_key_create[3] = (nitro_option){
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
    };
    options_api_key_create[4] = (nitro_option){
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
    };
    options_api_key_create[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_create, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_key_create[6] = (nitro_option){
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
    };
    options_api_key_create[7] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_key_create, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_key_create[8] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    command_api_key_create = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 13,
    };
}

/* ---- nitro api-key list ---- */
static atomic_bool filled_api_key_list;
static const char *env_api_key_list_workspace_id[3];
static nitro_option options_api_key_list[9];
static const char help_api_key_list[] NITRO_COLD =
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
static void load_api_key_list(void) {
    if (nitro_filled_already(&filled_api_key_list)) return;
    env_api_key_list_workspace_id[0] = "NITRO_WORKSPACE_ID";
    env_api_key_list_workspace_id[1] = "BARISTA_WORKSPACE_ID";
    options_api_key_list[0] = (nitro_option){
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
    };
    options_api_key_list[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_list, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_api_key_list[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_list, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_key_list[3] = (nitro_option){
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_list, global.cursor),
        .env = start.env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_key_list[4] = (nitro_option){
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
    };
    options_api_key_list[5] = (nitro_option){
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
    };
    options_api_key_list[6] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_list, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_key_list[7] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_key_list, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_key_list[8] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    command_api_key_list = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 14,
    };
}

/* ---- nitro api-key delete ---- */
static atomic_bool filled_api_key_delete;
static nitro_option options_api_key_delete[6];
static nitro_arg args_api_key_delete[1];
static const char help_api_key_delete[] NITRO_COLD =
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
static void load_api_key_delete(void) {
    if (nitro_filled_already(&filled_api_key_delete)) return;
    options_api_key_delete[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_delete, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_api_key_delete[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_delete, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_key_delete[2] = (nitro_option){
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
    };
    options_api_key_delete[3] = (nitro_option){
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
    };
    options_api_key_delete[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_key_delete, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_key_delete[5] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_key_delete, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    args_api_key_delete[0] = (nitro_arg){
        .value_name = "id",
        .offset = offsetof(nitro_opts_api_key_delete, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    };
    command_api_key_delete = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 15,
    };
}

/* ---- nitro api ---- */
static atomic_bool filled_api;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_api[4];
static nitro_command command_api_create;
static nitro_command command_api_list;
static nitro_command command_api_show;
static nitro_command command_api_delete;
static const char help_api[] NITRO_COLD =
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
static void load_api(void) {
    if (nitro_filled_already(&filled_api)) return;
    subcommands_api[0] = &command_api_create;
    command_api_create.name = "create";
    command_api_create.summary = "Create a new API.";
    command_api_create.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_api_create.id = 17;
    subcommands_api[1] = &command_api_delete;
    command_api_delete.name = "delete";
    command_api_delete.summary = "Delete an API by its ID.";
    command_api_delete.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_api_delete.id = 20;
    subcommands_api[2] = &command_api_list;
    command_api_list.name = "list";
    command_api_list.summary = "List the APIs of a workspace.";
    command_api_list.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_api_list.id = 18;
    subcommands_api[3] = &command_api_show;
    command_api_show.name = "show";
    command_api_show.summary = "Show details of an API.";
    command_api_show.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_api_show.id = 19;
    start.command_api = (nitro_command){
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
        .flags = 0,
        .id = 16,
    };
}

/* ---- nitro api create ---- */
static atomic_bool filled_api_create;
static const char *env_api_create_kind[3];
static const char *choices_api_create_kind[4];
static const char *env_api_create_name[3];
static const char *env_api_create_path[3];
static const char *env_api_create_workspace_id[3];
static nitro_option options_api_create[9];
static const char help_api_create[] NITRO_COLD =
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
static void load_api_create(void) {
    if (nitro_filled_already(&filled_api_create)) return;
    env_api_create_kind[0] = "NITRO_API_KIND";
    env_api_create_kind[1] = "BARISTA_API_KIND";
    choices_api_create_kind[0] = "collection";
    choices_api_create_kind[1] = "gateway";
    choices_api_create_kind[2] = "service";
    env_api_create_name[0] = "NITRO_API_NAME";
    env_api_create_name[1] = "BARISTA_API_NAME";
    env_api_create_path[0] = "NITRO_API_PATH";
    env_api_create_path[1] = "BARISTA_API_PATH";
    env_api_create_workspace_id[0] = "NITRO_WORKSPACE_ID";
    env_api_create_workspace_id[1] = "BARISTA_WORKSPACE_ID";
    options_api_create[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_create, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_api_create[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_create, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_create[2] = (nitro_option){
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
    };
    options_api_create[3] = (nitro_option){
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
    };
    options_api_create[4] = (nitro_option){
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
    };
    options_api_create[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_create, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_create[6] = (nitro_option){
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
    };
    options_api_create[7] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_create, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_create[8] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    command_api_create = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 17,
    };
}

/* ---- nitro api list ---- */
static atomic_bool filled_api_list;
static const char *env_api_list_workspace_id[3];
static nitro_option options_api_list[9];
static const char help_api_list[] NITRO_COLD =
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
static void load_api_list(void) {
    if (nitro_filled_already(&filled_api_list)) return;
    env_api_list_workspace_id[0] = "NITRO_WORKSPACE_ID";
    env_api_list_workspace_id[1] = "BARISTA_WORKSPACE_ID";
    options_api_list[0] = (nitro_option){
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
    };
    options_api_list[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_list, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_api_list[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_list, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_list[3] = (nitro_option){
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_list, global.cursor),
        .env = start.env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_list[4] = (nitro_option){
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
    };
    options_api_list[5] = (nitro_option){
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
    };
    options_api_list[6] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_list, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_list[7] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_list, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_list[8] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    command_api_list = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 18,
    };
}

/* ---- nitro api show ---- */
static atomic_bool filled_api_show;
static nitro_option options_api_show[5];
static nitro_arg args_api_show[1];
static const char help_api_show[] NITRO_COLD =
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
static void load_api_show(void) {
    if (nitro_filled_already(&filled_api_show)) return;
    options_api_show[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_show, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_api_show[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_show, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_show[2] = (nitro_option){
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
    };
    options_api_show[3] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_show, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_show[4] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_show, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    args_api_show[0] = (nitro_arg){
        .value_name = "id",
        .offset = offsetof(nitro_opts_api_show, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    };
    command_api_show = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 19,
    };
}

/* ---- nitro api delete ---- */
static atomic_bool filled_api_delete;
static nitro_option options_api_delete[6];
static nitro_arg args_api_delete[1];
static const char help_api_delete[] NITRO_COLD =
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
static void load_api_delete(void) {
    if (nitro_filled_already(&filled_api_delete)) return;
    options_api_delete[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_delete, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_api_delete[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_delete, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_delete[2] = (nitro_option){
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
    };
    options_api_delete[3] = (nitro_option){
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
    };
    options_api_delete[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_api_delete, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_api_delete[5] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_api_delete, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    args_api_delete[0] = (nitro_arg){
        .value_name = "id",
        .offset = offsetof(nitro_opts_api_delete, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    };
    command_api_delete = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 20,
    };
}

/* ---- nitro client ---- */
static atomic_bool filled_client;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_client[9];
static nitro_command command_client_create;
static nitro_command command_client_delete;
static nitro_command command_client_show;
static nitro_command command_client_list;
static nitro_command command_client_upload;
static nitro_command command_client_validate;
static nitro_command command_client_publish;
static nitro_command command_client_unpublish;
static nitro_command command_client_download;
static const char help_client[] NITRO_COLD =
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
static void load_client(void) {
    if (nitro_filled_already(&filled_client)) return;
    subcommands_client[0] = &command_client_create;
    command_client_create.name = "create";
    command_client_create.summary = "Create a new client.";
    command_client_create.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_client_create.id = 22;
    subcommands_client[1] = &command_client_delete;
    command_client_delete.name = "delete";
    command_client_delete.summary = "Delete a client.";
    command_client_delete.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_client_delete.id = 23;
    subcommands_client[2] = &command_client_download;
    command_client_download.name = "download";
    command_client_download.summary = "Download the queries from a stage.";
    command_client_download.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_client_download.id = 32;
    subcommands_client[3] = &command_client_list;
    command_client_list.name = "list";
    command_client_list.summary = "List all clients of an API.";
    command_client_list.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_client_list.id = 25;
    subcommands_client[4] = &command_client_publish;
    command_client_publish.name = "publish";
    command_client_publish.summary = "Publish a client version to a stage.";
    command_client_publish.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_client_publish.id = 30;
    subcommands_client[5] = &command_client_show;
    command_client_show.name = "show";
    command_client_show.summary = "Show details of a client.";
    command_client_show.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_client_show.id = 24;
    subcommands_client[6] = &command_client_unpublish;
    command_client_unpublish.name = "unpublish";
    command_client_unpublish.summary = "Unpublish a client version from a stage.";
    command_client_unpublish.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_client_unpublish.id = 31;
    subcommands_client[7] = &command_client_upload;
    command_client_upload.name = "upload";
    command_client_upload.summary = "Upload a new client version.";
    command_client_upload.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_client_upload.id = 28;
    subcommands_client[8] = &command_client_validate;
    command_client_validate.name = "validate";
    command_client_validate.summary = "Validate a client version.";
    command_client_validate.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_client_validate.id = 29;
    start.command_client = (nitro_command){
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
        .flags = 0,
        .id = 21,
    };
}

/* ---- nitro client create ---- */
static atomic_bool filled_client_create;
static const char *env_client_create_api_id[3];
static const char *env_client_create_name[3];
static nitro_option options_client_create[7];
static const char help_client_create[] NITRO_COLD =
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
static void load_client_create(void) {
    if (nitro_filled_already(&filled_client_create)) return;
    env_client_create_api_id[0] = "NITRO_API_ID";
    env_client_create_api_id[1] = "BARISTA_API_ID";
    env_client_create_name[0] = "NITRO_CLIENT_NAME";
    env_client_create_name[1] = "BARISTA_CLIENT_NAME";
    options_client_create[0] = (nitro_option){
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
    };
    options_client_create[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_create, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_client_create[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_create, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_create[3] = (nitro_option){
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
    };
    options_client_create[4] = (nitro_option){
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
    };
    options_client_create[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_create, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_create[6] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_create, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_client_create = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 22,
    };
}

/* ---- nitro client delete ---- */
static atomic_bool filled_client_delete;
static nitro_option options_client_delete[6];
static nitro_arg args_client_delete[1];
static const char help_client_delete[] NITRO_COLD =
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
static void load_client_delete(void) {
    if (nitro_filled_already(&filled_client_delete)) return;
    options_client_delete[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_delete, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_client_delete[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_delete, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_delete[2] = (nitro_option){
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
    };
    options_client_delete[3] = (nitro_option){
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
    };
    options_client_delete[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_delete, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_delete[5] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_delete, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    args_client_delete[0] = (nitro_arg){
        .value_name = "id",
        .offset = offsetof(nitro_opts_client_delete, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    };
    command_client_delete = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 23,
    };
}

/* ---- nitro client show ---- */
static atomic_bool filled_client_show;
static nitro_option options_client_show[5];
static nitro_arg args_client_show[1];
static const char help_client_show[] NITRO_COLD =
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
static void load_client_show(void) {
    if (nitro_filled_already(&filled_client_show)) return;
    options_client_show[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_show, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_client_show[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_show, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_show[2] = (nitro_option){
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
    };
    options_client_show[3] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_show, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_show[4] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_show, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    args_client_show[0] = (nitro_arg){
        .value_name = "id",
        .offset = offsetof(nitro_opts_client_show, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    };
    command_client_show = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 24,
    };
}

/* ---- nitro client list ---- */
static atomic_bool filled_client_list;
static const char *env_client_list_api_id[3];
static nitro_option options_client_list[9];
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_client_list[2];
static nitro_command command_client_list_versions;
static nitro_command command_client_list_published_versions;
static const char help_client_list[] NITRO_COLD =
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
static void load_client_list(void) {
    if (nitro_filled_already(&filled_client_list)) return;
    env_client_list_api_id[0] = "NITRO_API_ID";
    env_client_list_api_id[1] = "BARISTA_API_ID";
    options_client_list[0] = (nitro_option){
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
    };
    options_client_list[1] = (nitro_option){
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
    };
    options_client_list[2] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_client_list[3] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_list[4] = (nitro_option){
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list, global.cursor),
        .env = start.env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_list[5] = (nitro_option){
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
    };
    options_client_list[6] = (nitro_option){
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
    };
    options_client_list[7] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_list[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_list, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    subcommands_client_list[0] = &command_client_list_published_versions;
    command_client_list_published_versions.name = "published-versions";
    command_client_list_published_versions.summary = "List the published versions of a client.";
    command_client_list_published_versions.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_client_list_published_versions.id = 27;
    subcommands_client_list[1] = &command_client_list_versions;
    command_client_list_versions.name = "versions";
    command_client_list_versions.summary = "List all versions of a client.";
    command_client_list_versions.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_client_list_versions.id = 26;
    command_client_list = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 25,
    };
}

/* ---- nitro client list versions ---- */
static atomic_bool filled_client_list_versions;
static const char *env_client_list_versions_client_id[3];
static nitro_option options_client_list_versions[9];
static const char help_client_list_versions[] NITRO_COLD =
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
static void load_client_list_versions(void) {
    if (nitro_filled_already(&filled_client_list_versions)) return;
    env_client_list_versions_client_id[0] = "NITRO_CLIENT_ID";
    env_client_list_versions_client_id[1] = "BARISTA_CLIENT_ID";
    options_client_list_versions[0] = (nitro_option){
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
    };
    options_client_list_versions[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_versions, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_client_list_versions[2] = (nitro_option){
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
    };
    options_client_list_versions[3] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_versions, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_list_versions[4] = (nitro_option){
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_versions, global.cursor),
        .env = start.env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_list_versions[5] = (nitro_option){
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
    };
    options_client_list_versions[6] = (nitro_option){
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
    };
    options_client_list_versions[7] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_versions, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_list_versions[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_list_versions, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_client_list_versions = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 26,
    };
}

/* ---- nitro client list published-versions ---- */
static atomic_bool filled_client_list_published_versions;
static const char *env_client_list_published_versions_client_id[3];
static nitro_option options_client_list_published_versions[9];
static const char help_client_list_published_versions[] NITRO_COLD =
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
static void load_client_list_published_versions(void) {
    if (nitro_filled_already(&filled_client_list_published_versions)) return;
    env_client_list_published_versions_client_id[0] = "NITRO_CLIENT_ID";
    env_client_list_published_versions_client_id[1] = "BARISTA_CLIENT_ID";
    options_client_list_published_versions[0] = (nitro_option){
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
    };
    options_client_list_published_versions[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_client_list_published_versions[2] = (nitro_option){
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
    };
    options_client_list_published_versions[3] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_list_published_versions[4] = (nitro_option){
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.cursor),
        .env = start.env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_list_published_versions[5] = (nitro_option){
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
    };
    options_client_list_published_versions[6] = (nitro_option){
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
    };
    options_client_list_published_versions[7] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_list_published_versions[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_list_published_versions, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_client_list_published_versions = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 27,
    };
}

/* ---- nitro client upload ---- */
static atomic_bool filled_client_upload;
static const char *env_client_upload_client_id[3];
static const char *env_client_upload_operations_file[3];
static const char *env_client_upload_tag[3];
static nitro_option options_client_upload[9];
static const char help_client_upload[] NITRO_COLD =
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
static void load_client_upload(void) {
    if (nitro_filled_already(&filled_client_upload)) return;
    env_client_upload_client_id[0] = "NITRO_CLIENT_ID";
    env_client_upload_client_id[1] = "BARISTA_CLIENT_ID";
    env_client_upload_operations_file[0] = "NITRO_OPERATIONS_FILE";
    env_client_upload_operations_file[1] = "BARISTA_OPERATIONS_FILE";
    env_client_upload_tag[0] = "NITRO_TAG";
    env_client_upload_tag[1] = "BARISTA_TAG";
    options_client_upload[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_upload, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_client_upload[1] = (nitro_option){
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
    };
    options_client_upload[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_upload, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_upload[3] = (nitro_option){
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
    };
    options_client_upload[4] = (nitro_option){
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
    };
    options_client_upload[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_upload, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_upload[6] = (nitro_option){
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
    };
    options_client_upload[7] = (nitro_option){
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
    };
    options_client_upload[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_upload, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_client_upload = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 28,
    };
}

/* ---- nitro client validate ---- */
static atomic_bool filled_client_validate;
static const char *env_client_validate_client_id[3];
static const char *env_client_validate_operations_file[3];
static const char *env_client_validate_stage[3];
static nitro_option options_client_validate[9];
static const char help_client_validate[] NITRO_COLD =
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
static void load_client_validate(void) {
    if (nitro_filled_already(&filled_client_validate)) return;
    env_client_validate_client_id[0] = "NITRO_CLIENT_ID";
    env_client_validate_client_id[1] = "BARISTA_CLIENT_ID";
    env_client_validate_operations_file[0] = "NITRO_OPERATIONS_FILE";
    env_client_validate_operations_file[1] = "BARISTA_OPERATIONS_FILE";
    env_client_validate_stage[0] = "NITRO_STAGE";
    env_client_validate_stage[1] = "BARISTA_STAGE";
    options_client_validate[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_validate, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_client_validate[1] = (nitro_option){
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
    };
    options_client_validate[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_validate, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_validate[3] = (nitro_option){
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
    };
    options_client_validate[4] = (nitro_option){
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
    };
    options_client_validate[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_validate, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_validate[6] = (nitro_option){
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
    };
    options_client_validate[7] = (nitro_option){
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
    };
    options_client_validate[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_validate, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_client_validate = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 29,
    };
}

/* ---- nitro client publish ---- */
static atomic_bool filled_client_publish;
static const char *env_client_publish_client_id[3];
static const char *env_client_publish_stage[3];
static const char *env_client_publish_tag[3];
static const char *env_client_publish_wait_for_approval[3];
static nitro_option options_client_publish[11];
static const char help_client_publish[] NITRO_COLD =
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
static void load_client_publish(void) {
    if (nitro_filled_already(&filled_client_publish)) return;
    env_client_publish_client_id[0] = "NITRO_CLIENT_ID";
    env_client_publish_client_id[1] = "BARISTA_CLIENT_ID";
    env_client_publish_stage[0] = "NITRO_STAGE";
    env_client_publish_stage[1] = "BARISTA_STAGE";
    env_client_publish_tag[0] = "NITRO_TAG";
    env_client_publish_tag[1] = "BARISTA_TAG";
    env_client_publish_wait_for_approval[0] = "NITRO_WAIT_FOR_APPROVAL";
    env_client_publish_wait_for_approval[1] = "BARISTA_WAIT_FOR_APPROVAL";
    options_client_publish[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_publish, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_client_publish[1] = (nitro_option){
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
    };
    options_client_publish[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_publish, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_publish[3] = (nitro_option){
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
    };
    options_client_publish[4] = (nitro_option){
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
    };
    options_client_publish[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_publish, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_publish[6] = (nitro_option){
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
    };
    options_client_publish[7] = (nitro_option){
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
    };
    options_client_publish[8] = (nitro_option){
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
    };
    options_client_publish[9] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_publish, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_publish[10] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    command_client_publish = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 30,
    };
}

/* ---- nitro client unpublish ---- */
static atomic_bool filled_client_unpublish;
static const char *env_client_unpublish_client_id[3];
static const char *env_client_unpublish_stage[3];
static const char *env_client_unpublish_tag[3];
static nitro_option options_client_unpublish[9];
static const char help_client_unpublish[] NITRO_COLD =
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
static void load_client_unpublish(void) {
    if (nitro_filled_already(&filled_client_unpublish)) return;
    env_client_unpublish_client_id[0] = "NITRO_CLIENT_ID";
    env_client_unpublish_client_id[1] = "BARISTA_CLIENT_ID";
    env_client_unpublish_stage[0] = "NITRO_STAGE";
    env_client_unpublish_stage[1] = "BARISTA_STAGE";
    env_client_unpublish_tag[0] = "NITRO_TAG";
    env_client_unpublish_tag[1] = "BARISTA_TAG";
    options_client_unpublish[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_unpublish, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_client_unpublish[1] = (nitro_option){
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
    };
    options_client_unpublish[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_unpublish, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_unpublish[3] = (nitro_option){
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
    };
    options_client_unpublish[4] = (nitro_option){
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
    };
    options_client_unpublish[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_unpublish, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_unpublish[6] = (nitro_option){
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
    };
    options_client_unpublish[7] = (nitro_option){
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
    };
    options_client_unpublish[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_unpublish, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_client_unpublish = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 31,
    };
}

/* ---- nitro client download ---- */
static atomic_bool filled_client_download;
static const char *env_client_download_api_id[3];
static const char *choices_client_download_format[3];
static const char *env_client_download_stage[3];
static nitro_option options_client_download[9];
static const char help_client_download[] NITRO_COLD =
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
static void load_client_download(void) {
    if (nitro_filled_already(&filled_client_download)) return;
    env_client_download_api_id[0] = "NITRO_API_ID";
    env_client_download_api_id[1] = "BARISTA_API_ID";
    choices_client_download_format[0] = "folder";
    choices_client_download_format[1] = "relay";
    env_client_download_stage[0] = "NITRO_STAGE";
    env_client_download_stage[1] = "BARISTA_STAGE";
    options_client_download[0] = (nitro_option){
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
    };
    options_client_download[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_download, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_client_download[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_download, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_download[3] = (nitro_option){
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
    };
    options_client_download[4] = (nitro_option){
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
    };
    options_client_download[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_client_download, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_client_download[6] = (nitro_option){
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
    };
    options_client_download[7] = (nitro_option){
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
    };
    options_client_download[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_client_download, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_client_download = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 32,
    };
}

/* ---- nitro stage ---- */
static atomic_bool filled_stage;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_stage[3];
static nitro_command command_stage_list;
static nitro_command command_stage_edit;
static nitro_command command_stage_delete;
static const char help_stage[] NITRO_COLD =
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
static void load_stage(void) {
    if (nitro_filled_already(&filled_stage)) return;
    subcommands_stage[0] = &command_stage_delete;
    command_stage_delete.name = "delete";
    command_stage_delete.summary = "Delete a stage by name.";
    command_stage_delete.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_stage_delete.id = 36;
    subcommands_stage[1] = &command_stage_edit;
    command_stage_edit.name = "edit";
    command_stage_edit.summary = "Edit stages of an API.";
    command_stage_edit.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_stage_edit.id = 35;
    subcommands_stage[2] = &command_stage_list;
    command_stage_list.name = "list";
    command_stage_list.summary = "List all stages of an API.";
    command_stage_list.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_stage_list.id = 34;
    start.command_stage = (nitro_command){
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
        .flags = 0,
        .id = 33,
    };
}

/* ---- nitro stage list ---- */
static atomic_bool filled_stage_list;
static const char *env_stage_list_api_id[3];
static nitro_option options_stage_list[6];
static const char help_stage_list[] NITRO_COLD =
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
static void load_stage_list(void) {
    if (nitro_filled_already(&filled_stage_list)) return;
    env_stage_list_api_id[0] = "NITRO_API_ID";
    env_stage_list_api_id[1] = "BARISTA_API_ID";
    options_stage_list[0] = (nitro_option){
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
    };
    options_stage_list[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_list, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_stage_list[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_list, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_stage_list[3] = (nitro_option){
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
    };
    options_stage_list[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_list, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_stage_list[5] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_stage_list, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_stage_list = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 34,
    };
}

/* ---- nitro stage edit ---- */
static atomic_bool filled_stage_edit;
static const char *env_stage_edit_api_id[3];
static nitro_option options_stage_edit[7];
static const char help_stage_edit[] NITRO_COLD =
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
static void load_stage_edit(void) {
    if (nitro_filled_already(&filled_stage_edit)) return;
    env_stage_edit_api_id[0] = "NITRO_API_ID";
    env_stage_edit_api_id[1] = "BARISTA_API_ID";
    options_stage_edit[0] = (nitro_option){
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
    };
    options_stage_edit[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_edit, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_stage_edit[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_edit, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_stage_edit[3] = (nitro_option){
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
    };
    options_stage_edit[4] = (nitro_option){
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
    };
    options_stage_edit[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_edit, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_stage_edit[6] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_stage_edit, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_stage_edit = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 35,
    };
}

/* ---- nitro stage delete ---- */
static atomic_bool filled_stage_delete;
static const char *env_stage_delete_api_id[3];
static const char *env_stage_delete_stage[3];
static nitro_option options_stage_delete[8];
static const char help_stage_delete[] NITRO_COLD =
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
static void load_stage_delete(void) {
    if (nitro_filled_already(&filled_stage_delete)) return;
    env_stage_delete_api_id[0] = "NITRO_API_ID";
    env_stage_delete_api_id[1] = "BARISTA_API_ID";
    env_stage_delete_stage[0] = "NITRO_STAGE";
    env_stage_delete_stage[1] = "BARISTA_STAGE";
    options_stage_delete[0] = (nitro_option){
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
    };
    options_stage_delete[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_delete, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_stage_delete[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_delete, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_stage_delete[3] = (nitro_option){
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
    };
    options_stage_delete[4] = (nitro_option){
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
    };
    options_stage_delete[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_stage_delete, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_stage_delete[6] = (nitro_option){
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
    };
    options_stage_delete[7] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_stage_delete, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_stage_delete = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 36,
    };
}

/* ---- nitro environment ---- */
static atomic_bool filled_environment;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_environment[3];
static nitro_command command_environment_create;
static nitro_command command_environment_list;
static nitro_command command_environment_show;
static const char help_environment[] NITRO_COLD =
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
static void load_environment(void) {
    if (nitro_filled_already(&filled_environment)) return;
    subcommands_environment[0] = &command_environment_create;
    command_environment_create.name = "create";
    command_environment_create.summary = "Create a new environment.";
    command_environment_create.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_environment_create.id = 38;
    subcommands_environment[1] = &command_environment_list;
    command_environment_list.name = "list";
    command_environment_list.summary = "List all environments of a workspace.";
    command_environment_list.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_environment_list.id = 39;
    subcommands_environment[2] = &command_environment_show;
    command_environment_show.name = "show";
    command_environment_show.summary = "Show details of an environment.";
    command_environment_show.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_environment_show.id = 40;
    start.command_environment = (nitro_command){
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
        .flags = 0,
        .id = 37,
    };
}

/* ---- nitro environment create ---- */
static atomic_bool filled_environment_create;
static const char *env_environment_create_workspace_id[3];
static nitro_option options_environment_create[7];
static const char help_environment_create[] NITRO_COLD =
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
static void load_environment_create(void) {
    if (nitro_filled_already(&filled_environment_create)) return;
    env_environment_create_workspace_id[0] = "NITRO_WORKSPACE_ID";
    env_environment_create_workspace_id[1] = "BARISTA_WORKSPACE_ID";
    options_environment_create[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_create, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_environment_create[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_create, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_environment_create[2] = (nitro_option){
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
    };
    options_environment_create[3] = (nitro_option){
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
    };
    options_environment_create[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_create, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_environment_create[5] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_environment_create, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_environment_create[6] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    command_environment_create = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 38,
    };
}

/* ---- nitro environment list ---- */
static atomic_bool filled_environment_list;
static const char *env_environment_list_workspace_id[3];
static nitro_option options_environment_list[9];
static const char help_environment_list[] NITRO_COLD =
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
static void load_environment_list(void) {
    if (nitro_filled_already(&filled_environment_list)) return;
    env_environment_list_workspace_id[0] = "NITRO_WORKSPACE_ID";
    env_environment_list_workspace_id[1] = "BARISTA_WORKSPACE_ID";
    options_environment_list[0] = (nitro_option){
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
    };
    options_environment_list[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_list, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_environment_list[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_list, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_environment_list[3] = (nitro_option){
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_list, global.cursor),
        .env = start.env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_environment_list[4] = (nitro_option){
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
    };
    options_environment_list[5] = (nitro_option){
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
    };
    options_environment_list[6] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_list, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_environment_list[7] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_environment_list, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_environment_list[8] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    command_environment_list = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 39,
    };
}

/* ---- nitro environment show ---- */
static atomic_bool filled_environment_show;
static nitro_option options_environment_show[5];
static nitro_arg args_environment_show[1];
static const char help_environment_show[] NITRO_COLD =
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
static void load_environment_show(void) {
    if (nitro_filled_already(&filled_environment_show)) return;
    options_environment_show[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_show, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_environment_show[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_show, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_environment_show[2] = (nitro_option){
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
    };
    options_environment_show[3] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_environment_show, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_environment_show[4] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_environment_show, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    args_environment_show[0] = (nitro_arg){
        .value_name = "id",
        .offset = offsetof(nitro_opts_environment_show, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    };
    command_environment_show = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 40,
    };
}

/* ---- nitro openapi ---- */
static atomic_bool filled_openapi;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_openapi[6];
static nitro_command command_openapi_create;
static nitro_command command_openapi_delete;
static nitro_command command_openapi_list;
static nitro_command command_openapi_upload;
static nitro_command command_openapi_validate;
static nitro_command command_openapi_publish;
static const char help_openapi[] NITRO_COLD =
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
static void load_openapi(void) {
    if (nitro_filled_already(&filled_openapi)) return;
    subcommands_openapi[0] = &command_openapi_create;
    command_openapi_create.name = "create";
    command_openapi_create.summary = "Create a new OpenAPI collection.";
    command_openapi_create.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_openapi_create.id = 42;
    subcommands_openapi[1] = &command_openapi_delete;
    command_openapi_delete.name = "delete";
    command_openapi_delete.summary = "Delete an OpenAPI collection.";
    command_openapi_delete.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_openapi_delete.id = 43;
    subcommands_openapi[2] = &command_openapi_list;
    command_openapi_list.name = "list";
    command_openapi_list.summary = "List all OpenAPI collections of an API.";
    command_openapi_list.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_openapi_list.id = 44;
    subcommands_openapi[3] = &command_openapi_publish;
    command_openapi_publish.name = "publish";
    command_openapi_publish.summary = "Publish an OpenAPI collection version to a stage.";
    command_openapi_publish.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_openapi_publish.id = 47;
    subcommands_openapi[4] = &command_openapi_upload;
    command_openapi_upload.name = "upload";
    command_openapi_upload.summary = "Upload a new OpenAPI collection version.";
    command_openapi_upload.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_openapi_upload.id = 45;
    subcommands_openapi[5] = &command_openapi_validate;
    command_openapi_validate.name = "validate";
    command_openapi_validate.summary = "Validate an OpenAPI collection against a stage.";
    command_openapi_validate.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_openapi_validate.id = 46;
    start.command_openapi = (nitro_command){
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
        .flags = 0,
        .id = 41,
    };
}

/* ---- nitro openapi create ---- */
static atomic_bool filled_openapi_create;
static const char *env_openapi_create_api_id[3];
static const char *env_openapi_create_name[3];
static nitro_option options_openapi_create[7];
static const char help_openapi_create[] NITRO_COLD =
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
static void load_openapi_create(void) {
    if (nitro_filled_already(&filled_openapi_create)) return;
    env_openapi_create_api_id[0] = "NITRO_API_ID";
    env_openapi_create_api_id[1] = "BARISTA_API_ID";
    env_openapi_create_name[0] = "NITRO_OPENAPI_COLLECTION_NAME";
    env_openapi_create_name[1] = "BARISTA_OPENAPI_COLLECTION_NAME";
    options_openapi_create[0] = (nitro_option){
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
    };
    options_openapi_create[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_create, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_openapi_create[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_create, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_create[3] = (nitro_option){
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
    };
    options_openapi_create[4] = (nitro_option){
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
    };
    options_openapi_create[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_create, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_create[6] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_create, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_openapi_create = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 42,
    };
}

/* ---- nitro openapi delete ---- */
static atomic_bool filled_openapi_delete;
static nitro_option options_openapi_delete[6];
static nitro_arg args_openapi_delete[1];
static const char help_openapi_delete[] NITRO_COLD =
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
static void load_openapi_delete(void) {
    if (nitro_filled_already(&filled_openapi_delete)) return;
    options_openapi_delete[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_delete, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_openapi_delete[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_delete, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_delete[2] = (nitro_option){
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
    };
    options_openapi_delete[3] = (nitro_option){
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
    };
    options_openapi_delete[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_delete, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_delete[5] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_delete, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    args_openapi_delete[0] = (nitro_arg){
        .value_name = "id",
        .offset = offsetof(nitro_opts_openapi_delete, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    };
    command_openapi_delete = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 43,
    };
}

/* ---- nitro openapi list ---- */
static atomic_bool filled_openapi_list;
static const char *env_openapi_list_api_id[3];
static nitro_option options_openapi_list[9];
static const char help_openapi_list[] NITRO_COLD =
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
static void load_openapi_list(void) {
    if (nitro_filled_already(&filled_openapi_list)) return;
    env_openapi_list_api_id[0] = "NITRO_API_ID";
    env_openapi_list_api_id[1] = "BARISTA_API_ID";
    options_openapi_list[0] = (nitro_option){
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
    };
    options_openapi_list[1] = (nitro_option){
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
    };
    options_openapi_list[2] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_list, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_openapi_list[3] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_list, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_list[4] = (nitro_option){
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_list, global.cursor),
        .env = start.env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_list[5] = (nitro_option){
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
    };
    options_openapi_list[6] = (nitro_option){
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
    };
    options_openapi_list[7] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_list, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_list[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_list, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_openapi_list = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 44,
    };
}

/* ---- nitro openapi upload ---- */
static atomic_bool filled_openapi_upload;
static const char *env_openapi_upload_openapi_collection_id[3];
static const char *env_openapi_upload_tag[3];
static nitro_option options_openapi_upload[9];
static const char help_openapi_upload[] NITRO_COLD =
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
static void load_openapi_upload(void) {
    if (nitro_filled_already(&filled_openapi_upload)) return;
    env_openapi_upload_openapi_collection_id[0] = "NITRO_OPENAPI_COLLECTION_ID";
    env_openapi_upload_openapi_collection_id[1] = "BARISTA_OPENAPI_COLLECTION_ID";
    env_openapi_upload_tag[0] = "NITRO_TAG";
    env_openapi_upload_tag[1] = "BARISTA_TAG";
    options_openapi_upload[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_upload, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_openapi_upload[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_upload, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_upload[2] = (nitro_option){
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
    };
    options_openapi_upload[3] = (nitro_option){
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
    };
    options_openapi_upload[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_upload, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_upload[5] = (nitro_option){
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
    };
    options_openapi_upload[6] = (nitro_option){
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
    };
    options_openapi_upload[7] = (nitro_option){
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
    };
    options_openapi_upload[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_upload, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_openapi_upload = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 45,
    };
}

/* ---- nitro openapi validate ---- */
static atomic_bool filled_openapi_validate;
static const char *env_openapi_validate_openapi_collection_id[3];
static const char *env_openapi_validate_stage[3];
static nitro_option options_openapi_validate[9];
static const char help_openapi_validate[] NITRO_COLD =
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
static void load_openapi_validate(void) {
    if (nitro_filled_already(&filled_openapi_validate)) return;
    env_openapi_validate_openapi_collection_id[0] = "NITRO_OPENAPI_COLLECTION_ID";
    env_openapi_validate_openapi_collection_id[1] = "BARISTA_OPENAPI_COLLECTION_ID";
    env_openapi_validate_stage[0] = "NITRO_STAGE";
    env_openapi_validate_stage[1] = "BARISTA_STAGE";
    options_openapi_validate[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_validate, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_openapi_validate[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_validate, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_validate[2] = (nitro_option){
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
    };
    options_openapi_validate[3] = (nitro_option){
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
    };
    options_openapi_validate[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_validate, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_validate[5] = (nitro_option){
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
    };
    options_openapi_validate[6] = (nitro_option){
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
    };
    options_openapi_validate[7] = (nitro_option){
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
    };
    options_openapi_validate[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_validate, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_openapi_validate = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 46,
    };
}

/* ---- nitro openapi publish ---- */
static atomic_bool filled_openapi_publish;
static const char *env_openapi_publish_openapi_collection_id[3];
static const char *env_openapi_publish_stage[3];
static const char *env_openapi_publish_tag[3];
static const char *env_openapi_publish_wait_for_approval[3];
static nitro_option options_openapi_publish[11];
static const char help_openapi_publish[] NITRO_COLD =
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
static void load_openapi_publish(void) {
    if (nitro_filled_already(&filled_openapi_publish)) return;
    env_openapi_publish_openapi_collection_id[0] = "NITRO_OPENAPI_COLLECTION_ID";
    env_openapi_publish_openapi_collection_id[1] = "BARISTA_OPENAPI_COLLECTION_ID";
    env_openapi_publish_stage[0] = "NITRO_STAGE";
    env_openapi_publish_stage[1] = "BARISTA_STAGE";
    env_openapi_publish_tag[0] = "NITRO_TAG";
    env_openapi_publish_tag[1] = "BARISTA_TAG";
    env_openapi_publish_wait_for_approval[0] = "NITRO_WAIT_FOR_APPROVAL";
    env_openapi_publish_wait_for_approval[1] = "BARISTA_WAIT_FOR_APPROVAL";
    options_openapi_publish[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_publish, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_openapi_publish[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_publish, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_publish[2] = (nitro_option){
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
    };
    options_openapi_publish[3] = (nitro_option){
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
    };
    options_openapi_publish[4] = (nitro_option){
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
    };
    options_openapi_publish[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_openapi_publish, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_publish[6] = (nitro_option){
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
    };
    options_openapi_publish[7] = (nitro_option){
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
    };
    options_openapi_publish[8] = (nitro_option){
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
    };
    options_openapi_publish[9] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_openapi_publish, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_openapi_publish[10] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    command_openapi_publish = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 47,
    };
}

/* ---- nitro mcp ---- */
static atomic_bool filled_mcp;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_mcp[6];
static nitro_command command_mcp_create;
static nitro_command command_mcp_delete;
static nitro_command command_mcp_list;
static nitro_command command_mcp_upload;
static nitro_command command_mcp_validate;
static nitro_command command_mcp_publish;
static const char help_mcp[] NITRO_COLD =
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
static void load_mcp(void) {
    if (nitro_filled_already(&filled_mcp)) return;
    subcommands_mcp[0] = &command_mcp_create;
    command_mcp_create.name = "create";
    command_mcp_create.summary = "Create a new MCP feature collection.";
    command_mcp_create.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_mcp_create.id = 49;
    subcommands_mcp[1] = &command_mcp_delete;
    command_mcp_delete.name = "delete";
    command_mcp_delete.summary = "Delete an MCP feature collection.";
    command_mcp_delete.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_mcp_delete.id = 50;
    subcommands_mcp[2] = &command_mcp_list;
    command_mcp_list.name = "list";
    command_mcp_list.summary = "List all MCP feature collections of an API.";
    command_mcp_list.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_mcp_list.id = 51;
    subcommands_mcp[3] = &command_mcp_publish;
    command_mcp_publish.name = "publish";
    command_mcp_publish.summary = "Publish an MCP feature collection version to a stage.";
    command_mcp_publish.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_mcp_publish.id = 54;
    subcommands_mcp[4] = &command_mcp_upload;
    command_mcp_upload.name = "upload";
    command_mcp_upload.summary = "Upload a new MCP feature collection version.";
    command_mcp_upload.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_mcp_upload.id = 52;
    subcommands_mcp[5] = &command_mcp_validate;
    command_mcp_validate.name = "validate";
    command_mcp_validate.summary = "Validate an MCP feature collection against a stage.";
    command_mcp_validate.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_mcp_validate.id = 53;
    start.command_mcp = (nitro_command){
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
        .flags = 0,
        .id = 48,
    };
}

/* ---- nitro mcp create ---- */
static atomic_bool filled_mcp_create;
static const char *env_mcp_create_api_id[3];
static const char *env_mcp_create_name[3];
static nitro_option options_mcp_create[7];
static const char help_mcp_create[] NITRO_COLD =
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
static void load_mcp_create(void) {
    if (nitro_filled_already(&filled_mcp_create)) return;
    env_mcp_create_api_id[0] = "NITRO_API_ID";
    env_mcp_create_api_id[1] = "BARISTA_API_ID";
    env_mcp_create_name[0] = "NITRO_MCP_FEATURE_COLLECTION_NAME";
    env_mcp_create_name[1] = "BARISTA_MCP_FEATURE_COLLECTION_NAME";
    options_mcp_create[0] = (nitro_option){
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
    };
    options_mcp_create[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_create, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_mcp_create[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_create, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_create[3] = (nitro_option){
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
    };
    options_mcp_create[4] = (nitro_option){
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
    };
    options_mcp_create[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_create, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_create[6] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_create, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_mcp_create = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 49,
    };
}

/* ---- nitro mcp delete ---- */
static atomic_bool filled_mcp_delete;
static nitro_option options_mcp_delete[6];
static nitro_arg args_mcp_delete[1];
static const char help_mcp_delete[] NITRO_COLD =
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
static void load_mcp_delete(void) {
    if (nitro_filled_already(&filled_mcp_delete)) return;
    options_mcp_delete[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_delete, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_mcp_delete[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_delete, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_delete[2] = (nitro_option){
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
    };
    options_mcp_delete[3] = (nitro_option){
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
    };
    options_mcp_delete[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_delete, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_delete[5] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_delete, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    args_mcp_delete[0] = (nitro_arg){
        .value_name = "id",
        .offset = offsetof(nitro_opts_mcp_delete, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    };
    command_mcp_delete = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 50,
    };
}

/* ---- nitro mcp list ---- */
static atomic_bool filled_mcp_list;
static const char *env_mcp_list_api_id[3];
static nitro_option options_mcp_list[9];
static const char help_mcp_list[] NITRO_COLD =
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
static void load_mcp_list(void) {
    if (nitro_filled_already(&filled_mcp_list)) return;
    env_mcp_list_api_id[0] = "NITRO_API_ID";
    env_mcp_list_api_id[1] = "BARISTA_API_ID";
    options_mcp_list[0] = (nitro_option){
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
    };
    options_mcp_list[1] = (nitro_option){
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
    };
    options_mcp_list[2] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_list, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_mcp_list[3] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_list, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_list[4] = (nitro_option){
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_list, global.cursor),
        .env = start.env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_list[5] = (nitro_option){
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
    };
    options_mcp_list[6] = (nitro_option){
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
    };
    options_mcp_list[7] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_list, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_list[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_list, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_mcp_list = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 51,
    };
}

/* ---- nitro mcp upload ---- */
static atomic_bool filled_mcp_upload;
static const char *env_mcp_upload_mcp_feature_collection_id[3];
static const char *env_mcp_upload_tag[3];
static nitro_option options_mcp_upload[10];
static const char help_mcp_upload[] NITRO_COLD =
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
static void load_mcp_upload(void) {
    if (nitro_filled_already(&filled_mcp_upload)) return;
    env_mcp_upload_mcp_feature_collection_id[0] = "NITRO_MCP_FEATURE_COLLECTION_ID";
    env_mcp_upload_mcp_feature_collection_id[1] = "BARISTA_MCP_FEATURE_COLLECTION_ID";
    env_mcp_upload_tag[0] = "NITRO_TAG";
    env_mcp_upload_tag[1] = "BARISTA_TAG";
    options_mcp_upload[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_upload, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_mcp_upload[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_upload, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_upload[2] = (nitro_option){
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
    };
    options_mcp_upload[3] = (nitro_option){
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
    };
    options_mcp_upload[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_upload, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_upload[5] = (nitro_option){
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
    };
    options_mcp_upload[6] = (nitro_option){
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
    };
    options_mcp_upload[7] = (nitro_option){
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
    };
    options_mcp_upload[8] = (nitro_option){
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
    };
    options_mcp_upload[9] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_upload, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_mcp_upload = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 52,
    };
}

/* ---- nitro mcp validate ---- */
static atomic_bool filled_mcp_validate;
static const char *env_mcp_validate_mcp_feature_collection_id[3];
static const char *env_mcp_validate_stage[3];
static nitro_option options_mcp_validate[10];
static const char help_mcp_validate[] NITRO_COLD =
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
static void load_mcp_validate(void) {
    if (nitro_filled_already(&filled_mcp_validate)) return;
    env_mcp_validate_mcp_feature_collection_id[0] = "NITRO_MCP_FEATURE_COLLECTION_ID";
    env_mcp_validate_mcp_feature_collection_id[1] = "BARISTA_MCP_FEATURE_COLLECTION_ID";
    env_mcp_validate_stage[0] = "NITRO_STAGE";
    env_mcp_validate_stage[1] = "BARISTA_STAGE";
    options_mcp_validate[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_validate, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_mcp_validate[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_validate, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_validate[2] = (nitro_option){
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
    };
    options_mcp_validate[3] = (nitro_option){
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
    };
    options_mcp_validate[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_validate, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_validate[5] = (nitro_option){
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
    };
    options_mcp_validate[6] = (nitro_option){
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
    };
    options_mcp_validate[7] = (nitro_option){
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
    };
    options_mcp_validate[8] = (nitro_option){
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
    };
    options_mcp_validate[9] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_validate, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_mcp_validate = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 53,
    };
}

/* ---- nitro mcp publish ---- */
static atomic_bool filled_mcp_publish;
static const char *env_mcp_publish_mcp_feature_collection_id[3];
static const char *env_mcp_publish_stage[3];
static const char *env_mcp_publish_tag[3];
static const char *env_mcp_publish_wait_for_approval[3];
static nitro_option options_mcp_publish[11];
static const char help_mcp_publish[] NITRO_COLD =
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
static void load_mcp_publish(void) {
    if (nitro_filled_already(&filled_mcp_publish)) return;
    env_mcp_publish_mcp_feature_collection_id[0] = "NITRO_MCP_FEATURE_COLLECTION_ID";
    env_mcp_publish_mcp_feature_collection_id[1] = "BARISTA_MCP_FEATURE_COLLECTION_ID";
    env_mcp_publish_stage[0] = "NITRO_STAGE";
    env_mcp_publish_stage[1] = "BARISTA_STAGE";
    env_mcp_publish_tag[0] = "NITRO_TAG";
    env_mcp_publish_tag[1] = "BARISTA_TAG";
    env_mcp_publish_wait_for_approval[0] = "NITRO_WAIT_FOR_APPROVAL";
    env_mcp_publish_wait_for_approval[1] = "BARISTA_WAIT_FOR_APPROVAL";
    options_mcp_publish[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_publish, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_mcp_publish[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_publish, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_publish[2] = (nitro_option){
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
    };
    options_mcp_publish[3] = (nitro_option){
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
    };
    options_mcp_publish[4] = (nitro_option){
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
    };
    options_mcp_publish[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mcp_publish, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_publish[6] = (nitro_option){
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
    };
    options_mcp_publish[7] = (nitro_option){
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
    };
    options_mcp_publish[8] = (nitro_option){
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
    };
    options_mcp_publish[9] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mcp_publish, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mcp_publish[10] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    command_mcp_publish = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 54,
    };
}

/* ---- nitro login ---- */
static atomic_bool filled_login;
static const char *env_login_client_id[3];
static const char *env_login_scopes[3];
static const char *env_login_timeout[3];
static const char *env_login_workspace_id[3];
static nitro_option options_login[11];
static nitro_arg args_login[1];
static const char help_login[] NITRO_COLD =
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
static void load_login(void) {
    if (nitro_filled_already(&filled_login)) return;
    env_login_client_id[0] = "NITRO_CLIENT_ID";
    env_login_client_id[1] = "BARISTA_CLIENT_ID";
    env_login_scopes[0] = "NITRO_SCOPES";
    env_login_scopes[1] = "BARISTA_SCOPES";
    env_login_timeout[0] = "NITRO_LOGIN_TIMEOUT";
    env_login_timeout[1] = "BARISTA_LOGIN_TIMEOUT";
    env_login_workspace_id[0] = "NITRO_WORKSPACE_ID";
    env_login_workspace_id[1] = "BARISTA_WORKSPACE_ID";
    options_login[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_login, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_login[1] = (nitro_option){
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
    };
    options_login[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_login, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_login[3] = (nitro_option){
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
    };
    options_login[4] = (nitro_option){
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
    };
    options_login[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_login, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_login[6] = (nitro_option){
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
    };
    options_login[7] = (nitro_option){
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
    };
    options_login[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_login, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_login[9] = (nitro_option){
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
    };
    options_login[10] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    args_login[0] = (nitro_arg){
        .value_name = "url",
        .offset = offsetof(nitro_opts_login, url),
        .prompt = NULL,
        .required = false,
        .choices = NULL,
    };
    start.command_login = (nitro_command){
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
        .flags = 0 | NITRO_CMD_HAND_WRITTEN,
        .id = 55,
    };
}

/* ---- nitro logout ---- */
static atomic_bool filled_logout;
static nitro_option options_logout[4];
static const char help_logout[] NITRO_COLD =
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
static void load_logout(void) {
    if (nitro_filled_already(&filled_logout)) return;
    options_logout[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_logout, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_logout[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_logout, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_logout[2] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_logout, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_logout[3] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_logout, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    start.command_logout = (nitro_command){
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
        .flags = 0 | NITRO_CMD_HAND_WRITTEN,
        .id = 56,
    };
}

/* ---- nitro status ---- */
static atomic_bool filled_status;
static nitro_option options_status[5];
static const char help_status[] NITRO_COLD =
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
static void load_status(void) {
    if (nitro_filled_already(&filled_status)) return;
    options_status[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_status, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_status[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_status, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_status[2] = (nitro_option){
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
    };
    options_status[3] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_status, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_status[4] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_status, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    start.command_status = (nitro_command){
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
        .flags = 0 | NITRO_CMD_HAND_WRITTEN,
        .id = 57,
    };
}

/* ---- nitro completion ---- */
static atomic_bool filled_completion;
static nitro_option options_completion[4];
static const char *choices_completion_arg_shell[4];
static nitro_arg args_completion[1];
static const char help_completion[] NITRO_COLD =
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
static void load_completion(void) {
    if (nitro_filled_already(&filled_completion)) return;
    options_completion[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_completion, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_completion[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_completion, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_completion[2] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_completion, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_completion[3] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_completion, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    choices_completion_arg_shell[0] = "bash";
    choices_completion_arg_shell[1] = "zsh";
    choices_completion_arg_shell[2] = "fish";
    args_completion[0] = (nitro_arg){
        .value_name = "shell",
        .offset = offsetof(nitro_opts_completion, shell),
        .prompt = NULL,
        .required = true,
        .choices = choices_completion_arg_shell,
    };
    start.command_completion = (nitro_command){
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
        .flags = 0 | NITRO_CMD_HAND_WRITTEN,
        .id = 58,
    };
}

/* ---- nitro mock ---- */
static atomic_bool filled_mock;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_mock[3];
static nitro_command command_mock_create;
static nitro_command command_mock_list;
static nitro_command command_mock_update;
static const char help_mock[] NITRO_COLD =
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
static void load_mock(void) {
    if (nitro_filled_already(&filled_mock)) return;
    subcommands_mock[0] = &command_mock_create;
    command_mock_create.name = "create";
    command_mock_create.summary = "Create a new mock.";
    command_mock_create.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_mock_create.id = 60;
    subcommands_mock[1] = &command_mock_list;
    command_mock_list.name = "list";
    command_mock_list.summary = "List the mocks of an API.";
    command_mock_list.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_mock_list.id = 61;
    subcommands_mock[2] = &command_mock_update;
    command_mock_update.name = "update";
    command_mock_update.summary = "Update a mock.";
    command_mock_update.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_mock_update.id = 62;
    start.command_mock = (nitro_command){
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
        .flags = 0,
        .id = 59,
    };
}

/* ---- nitro mock create ---- */
static atomic_bool filled_mock_create;
static const char *env_mock_create_api_id[3];
static const char *env_mock_create_extension[3];
static const char *env_mock_create_name[3];
static const char *env_mock_create_schema[3];
static const char *env_mock_create_url[3];
static nitro_option options_mock_create[10];
static const char help_mock_create[] NITRO_COLD =
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
static void load_mock_create(void) {
    if (nitro_filled_already(&filled_mock_create)) return;
    env_mock_create_api_id[0] = "NITRO_API_ID";
    env_mock_create_api_id[1] = "BARISTA_API_ID";
    env_mock_create_extension[0] = "NITRO_SCHEMA_EXTENSION_FILE";
    env_mock_create_extension[1] = "BARISTA_SCHEMA_EXTENSION_FILE";
    env_mock_create_name[0] = "NITRO_MOCK_SCHEMA_NAME";
    env_mock_create_name[1] = "BARISTA_MOCK_SCHEMA_NAME";
    env_mock_create_schema[0] = "NITRO_SCHEMA_FILE";
    env_mock_create_schema[1] = "BARISTA_SCHEMA_FILE";
    env_mock_create_url[0] = "NITRO_DOWNSTREAM_URL";
    env_mock_create_url[1] = "BARISTA_DOWNSTREAM_URL";
    options_mock_create[0] = (nitro_option){
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
    };
    options_mock_create[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_create, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_mock_create[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_create, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mock_create[3] = (nitro_option){
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
    };
    options_mock_create[4] = (nitro_option){
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
    };
    options_mock_create[5] = (nitro_option){
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
    };
    options_mock_create[6] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_create, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mock_create[7] = (nitro_option){
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
    };
    options_mock_create[8] = (nitro_option){
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
    };
    options_mock_create[9] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mock_create, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_mock_create = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 60,
    };
}

/* ---- nitro mock list ---- */
static atomic_bool filled_mock_list;
static const char *env_mock_list_api_id[3];
static nitro_option options_mock_list[9];
static const char help_mock_list[] NITRO_COLD =
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
static void load_mock_list(void) {
    if (nitro_filled_already(&filled_mock_list)) return;
    env_mock_list_api_id[0] = "NITRO_API_ID";
    env_mock_list_api_id[1] = "BARISTA_API_ID";
    options_mock_list[0] = (nitro_option){
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
    };
    options_mock_list[1] = (nitro_option){
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
    };
    options_mock_list[2] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_list, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_mock_list[3] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_list, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mock_list[4] = (nitro_option){
        .name = "cursor",
        .value_name = "cursor",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_list, global.cursor),
        .env = start.env_global_cursor,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mock_list[5] = (nitro_option){
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
    };
    options_mock_list[6] = (nitro_option){
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
    };
    options_mock_list[7] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_list, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mock_list[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mock_list, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_mock_list = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 61,
    };
}

/* ---- nitro mock update ---- */
static atomic_bool filled_mock_update;
static const char *env_mock_update_extension[3];
static const char *env_mock_update_name[3];
static const char *env_mock_update_schema[3];
static const char *env_mock_update_url[3];
static nitro_option options_mock_update[9];
static nitro_arg args_mock_update[1];
static const char help_mock_update[] NITRO_COLD =
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
static void load_mock_update(void) {
    if (nitro_filled_already(&filled_mock_update)) return;
    env_mock_update_extension[0] = "NITRO_SCHEMA_EXTENSION_FILE";
    env_mock_update_extension[1] = "BARISTA_SCHEMA_EXTENSION_FILE";
    env_mock_update_name[0] = "NITRO_MOCK_SCHEMA_NAME";
    env_mock_update_name[1] = "BARISTA_MOCK_SCHEMA_NAME";
    env_mock_update_schema[0] = "NITRO_SCHEMA_FILE";
    env_mock_update_schema[1] = "BARISTA_SCHEMA_FILE";
    env_mock_update_url[0] = "NITRO_DOWNSTREAM_URL";
    env_mock_update_url[1] = "BARISTA_DOWNSTREAM_URL";
    options_mock_update[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_update, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_mock_update[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_update, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mock_update[2] = (nitro_option){
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
    };
    options_mock_update[3] = (nitro_option){
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
    };
    options_mock_update[4] = (nitro_option){
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
    };
    options_mock_update[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_mock_update, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_mock_update[6] = (nitro_option){
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
    };
    options_mock_update[7] = (nitro_option){
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
    };
    options_mock_update[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_mock_update, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    args_mock_update[0] = (nitro_arg){
        .value_name = "id",
        .offset = offsetof(nitro_opts_mock_update, id),
        .prompt = NULL,
        .required = true,
        .choices = NULL,
    };
    command_mock_update = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 62,
    };
}

/* ---- nitro schema ---- */
static atomic_bool filled_schema;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_schema[9];
static nitro_command command_schema_upload;
static nitro_command command_schema_validate;
static nitro_command command_schema_download;
static nitro_command command_schema_publish;
static nitro_command command_schema_clients;
static nitro_command command_schema_impact;
static nitro_command command_schema_operations;
static nitro_command command_schema_unused;
static nitro_command command_schema_usage;
static const char help_schema[] NITRO_COLD =
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
static void load_schema(void) {
    if (nitro_filled_already(&filled_schema)) return;
    subcommands_schema[0] = &command_schema_clients;
    command_schema_clients.name = "clients";
    command_schema_clients.summary = "Show the clients that use a schema coordinate on a stage.";
    command_schema_clients.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_schema_clients.id = 68;
    subcommands_schema[1] = &command_schema_download;
    command_schema_download.name = "download";
    command_schema_download.summary = "Download a schema from a stage.";
    command_schema_download.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_schema_download.id = 66;
    subcommands_schema[2] = &command_schema_impact;
    command_schema_impact.name = "impact";
    command_schema_impact.summary = "Show what removing a schema coordinate would break on a stage.";
    command_schema_impact.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_schema_impact.id = 69;
    subcommands_schema[3] = &command_schema_operations;
    command_schema_operations.name = "operations";
    command_schema_operations.summary = "Show the operations that use a schema coordinate on a stage.";
    command_schema_operations.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_schema_operations.id = 70;
    subcommands_schema[4] = &command_schema_publish;
    command_schema_publish.name = "publish";
    command_schema_publish.summary = "Publish a schema version to a stage.";
    command_schema_publish.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_schema_publish.id = 67;
    subcommands_schema[5] = &command_schema_unused;
    command_schema_unused.name = "unused";
    command_schema_unused.summary = "List the fields of a stage's schema that nothing used.";
    command_schema_unused.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_schema_unused.id = 71;
    subcommands_schema[6] = &command_schema_upload;
    command_schema_upload.name = "upload";
    command_schema_upload.summary = "Upload a new schema version.";
    command_schema_upload.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_schema_upload.id = 64;
    subcommands_schema[7] = &command_schema_usage;
    command_schema_usage.name = "usage";
    command_schema_usage.summary = "Show the usage of a schema coordinate on a stage.";
    command_schema_usage.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_schema_usage.id = 72;
    subcommands_schema[8] = &command_schema_validate;
    command_schema_validate.name = "validate";
    command_schema_validate.summary = "Validate a schema against a stage.";
    command_schema_validate.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_schema_validate.id = 65;
    start.command_schema = (nitro_command){
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
        .flags = 0,
        .id = 63,
    };
}

/* ---- nitro schema upload ---- */
static atomic_bool filled_schema_upload;
static const char *env_schema_upload_api_id[3];
static const char *env_schema_upload_schema_file[3];
static const char *env_schema_upload_tag[3];
static nitro_option options_schema_upload[9];
static const char help_schema_upload[] NITRO_COLD =
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
static void load_schema_upload(void) {
    if (nitro_filled_already(&filled_schema_upload)) return;
    env_schema_upload_api_id[0] = "NITRO_API_ID";
    env_schema_upload_api_id[1] = "BARISTA_API_ID";
    env_schema_upload_schema_file[0] = "NITRO_SCHEMA_FILE";
    env_schema_upload_schema_file[1] = "BARISTA_SCHEMA_FILE";
    env_schema_upload_tag[0] = "NITRO_TAG";
    env_schema_upload_tag[1] = "BARISTA_TAG";
    options_schema_upload[0] = (nitro_option){
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
    };
    options_schema_upload[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_upload, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_schema_upload[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_upload, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_upload[3] = (nitro_option){
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
    };
    options_schema_upload[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_upload, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_upload[5] = (nitro_option){
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
    };
    options_schema_upload[6] = (nitro_option){
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
    };
    options_schema_upload[7] = (nitro_option){
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
    };
    options_schema_upload[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_upload, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_schema_upload = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 64,
    };
}

/* ---- nitro schema validate ---- */
static atomic_bool filled_schema_validate;
static const char *env_schema_validate_api_id[3];
static const char *env_schema_validate_schema_file[3];
static const char *env_schema_validate_stage[3];
static nitro_option options_schema_validate[9];
static const char help_schema_validate[] NITRO_COLD =
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
static void load_schema_validate(void) {
    if (nitro_filled_already(&filled_schema_validate)) return;
    env_schema_validate_api_id[0] = "NITRO_API_ID";
    env_schema_validate_api_id[1] = "BARISTA_API_ID";
    env_schema_validate_schema_file[0] = "NITRO_SCHEMA_FILE";
    env_schema_validate_schema_file[1] = "BARISTA_SCHEMA_FILE";
    env_schema_validate_stage[0] = "NITRO_STAGE";
    env_schema_validate_stage[1] = "BARISTA_STAGE";
    options_schema_validate[0] = (nitro_option){
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
    };
    options_schema_validate[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_validate, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_schema_validate[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_validate, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_validate[3] = (nitro_option){
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
    };
    options_schema_validate[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_validate, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_validate[5] = (nitro_option){
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
    };
    options_schema_validate[6] = (nitro_option){
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
    };
    options_schema_validate[7] = (nitro_option){
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
    };
    options_schema_validate[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_validate, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_schema_validate = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 65,
    };
}

/* ---- nitro schema download ---- */
static atomic_bool filled_schema_download;
static const char *env_schema_download_api_id[3];
static const char *env_schema_download_output_file[3];
static const char *env_schema_download_stage[3];
static nitro_option options_schema_download[8];
static const char help_schema_download[] NITRO_COLD =
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
static void load_schema_download(void) {
    if (nitro_filled_already(&filled_schema_download)) return;
    env_schema_download_api_id[0] = "NITRO_API_ID";
    env_schema_download_api_id[1] = "BARISTA_API_ID";
    env_schema_download_output_file[0] = "NITRO_OUTPUT_FILE";
    env_schema_download_output_file[1] = "BARISTA_OUTPUT_FILE";
    env_schema_download_stage[0] = "NITRO_STAGE";
    env_schema_download_stage[1] = "BARISTA_STAGE";
    options_schema_download[0] = (nitro_option){
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
    };
    options_schema_download[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_download, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_schema_download[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_download, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_download[3] = (nitro_option){
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
    };
    options_schema_download[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_download, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_download[5] = (nitro_option){
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
    };
    options_schema_download[6] = (nitro_option){
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
    };
    options_schema_download[7] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_download, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_schema_download = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 66,
    };
}

/* ---- nitro schema publish ---- */
static atomic_bool filled_schema_publish;
static const char *env_schema_publish_api_id[3];
static const char *env_schema_publish_stage[3];
static const char *env_schema_publish_tag[3];
static const char *env_schema_publish_wait_for_approval[3];
static nitro_option options_schema_publish[11];
static const char help_schema_publish[] NITRO_COLD =
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
static void load_schema_publish(void) {
    if (nitro_filled_already(&filled_schema_publish)) return;
    env_schema_publish_api_id[0] = "NITRO_API_ID";
    env_schema_publish_api_id[1] = "BARISTA_API_ID";
    env_schema_publish_stage[0] = "NITRO_STAGE";
    env_schema_publish_stage[1] = "BARISTA_STAGE";
    env_schema_publish_tag[0] = "NITRO_TAG";
    env_schema_publish_tag[1] = "BARISTA_TAG";
    env_schema_publish_wait_for_approval[0] = "NITRO_WAIT_FOR_APPROVAL";
    env_schema_publish_wait_for_approval[1] = "BARISTA_WAIT_FOR_APPROVAL";
    options_schema_publish[0] = (nitro_option){
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
    };
    options_schema_publish[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_publish, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_schema_publish[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_publish, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_publish[3] = (nitro_option){
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
    };
    options_schema_publish[4] = (nitro_option){
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
    };
    options_schema_publish[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_publish, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_publish[6] = (nitro_option){
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
    };
    options_schema_publish[7] = (nitro_option){
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
    };
    options_schema_publish[8] = (nitro_option){
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
    };
    options_schema_publish[9] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_publish, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_publish[10] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    command_schema_publish = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 67,
    };
}

/* ---- nitro schema clients ---- */
static atomic_bool filled_schema_clients;
static const char *env_schema_clients_api_id[3];
static const char *env_schema_clients_stage[3];
static nitro_option options_schema_clients[10];
static const char help_schema_clients[] NITRO_COLD =
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
static void load_schema_clients(void) {
    if (nitro_filled_already(&filled_schema_clients)) return;
    env_schema_clients_api_id[0] = "NITRO_API_ID";
    env_schema_clients_api_id[1] = "BARISTA_API_ID";
    env_schema_clients_stage[0] = "NITRO_STAGE";
    env_schema_clients_stage[1] = "BARISTA_STAGE";
    options_schema_clients[0] = (nitro_option){
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
    };
    options_schema_clients[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_clients, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_schema_clients[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_clients, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_clients[3] = (nitro_option){
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
    };
    options_schema_clients[4] = (nitro_option){
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
    };
    options_schema_clients[5] = (nitro_option){
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
    };
    options_schema_clients[6] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_clients, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_clients[7] = (nitro_option){
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
    };
    options_schema_clients[8] = (nitro_option){
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
    };
    options_schema_clients[9] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_clients, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_schema_clients = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 68,
    };
}

/* ---- nitro schema impact ---- */
static atomic_bool filled_schema_impact;
static const char *env_schema_impact_api_id[3];
static const char *env_schema_impact_stage[3];
static nitro_option options_schema_impact[10];
static const char help_schema_impact[] NITRO_COLD =
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
static void load_schema_impact(void) {
    if (nitro_filled_already(&filled_schema_impact)) return;
    env_schema_impact_api_id[0] = "NITRO_API_ID";
    env_schema_impact_api_id[1] = "BARISTA_API_ID";
    env_schema_impact_stage[0] = "NITRO_STAGE";
    env_schema_impact_stage[1] = "BARISTA_STAGE";
    options_schema_impact[0] = (nitro_option){
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
    };
    options_schema_impact[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_impact, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_schema_impact[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_impact, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_impact[3] = (nitro_option){
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
    };
    options_schema_impact[4] = (nitro_option){
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
    };
    options_schema_impact[5] = (nitro_option){
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
    };
    options_schema_impact[6] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_impact, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_impact[7] = (nitro_option){
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
    };
    options_schema_impact[8] = (nitro_option){
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
    };
    options_schema_impact[9] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_impact, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_schema_impact = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 69,
    };
}

/* ---- nitro schema operations ---- */
static atomic_bool filled_schema_operations;
static const char *env_schema_operations_api_id[3];
static const char *env_schema_operations_stage[3];
static nitro_option options_schema_operations[10];
static const char help_schema_operations[] NITRO_COLD =
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
static void load_schema_operations(void) {
    if (nitro_filled_already(&filled_schema_operations)) return;
    env_schema_operations_api_id[0] = "NITRO_API_ID";
    env_schema_operations_api_id[1] = "BARISTA_API_ID";
    env_schema_operations_stage[0] = "NITRO_STAGE";
    env_schema_operations_stage[1] = "BARISTA_STAGE";
    options_schema_operations[0] = (nitro_option){
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
    };
    options_schema_operations[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_operations, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_schema_operations[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_operations, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_operations[3] = (nitro_option){
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
    };
    options_schema_operations[4] = (nitro_option){
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
    };
    options_schema_operations[5] = (nitro_option){
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
    };
    options_schema_operations[6] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_operations, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_operations[7] = (nitro_option){
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
    };
    options_schema_operations[8] = (nitro_option){
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
    };
    options_schema_operations[9] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_operations, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_schema_operations = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 70,
    };
}

/* ---- nitro schema unused ---- */
static atomic_bool filled_schema_unused;
static const char *env_schema_unused_api_id[3];
static const char *env_schema_unused_deprecated_only[3];
static const char *env_schema_unused_stage[3];
static nitro_option options_schema_unused[10];
static const char help_schema_unused[] NITRO_COLD =
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
static void load_schema_unused(void) {
    if (nitro_filled_already(&filled_schema_unused)) return;
    env_schema_unused_api_id[0] = "NITRO_API_ID";
    env_schema_unused_api_id[1] = "BARISTA_API_ID";
    env_schema_unused_deprecated_only[0] = "NITRO_DEPRECATED_ONLY";
    env_schema_unused_deprecated_only[1] = "BARISTA_DEPRECATED_ONLY";
    env_schema_unused_stage[0] = "NITRO_STAGE";
    env_schema_unused_stage[1] = "BARISTA_STAGE";
    options_schema_unused[0] = (nitro_option){
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
    };
    options_schema_unused[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_unused, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_schema_unused[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_unused, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_unused[3] = (nitro_option){
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
    };
    options_schema_unused[4] = (nitro_option){
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
    };
    options_schema_unused[5] = (nitro_option){
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
    };
    options_schema_unused[6] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_unused, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_unused[7] = (nitro_option){
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
    };
    options_schema_unused[8] = (nitro_option){
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
    };
    options_schema_unused[9] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_unused, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_schema_unused = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 71,
    };
}

/* ---- nitro schema usage ---- */
static atomic_bool filled_schema_usage;
static const char *env_schema_usage_api_id[3];
static const char *env_schema_usage_stage[3];
static nitro_option options_schema_usage[10];
static const char help_schema_usage[] NITRO_COLD =
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
static void load_schema_usage(void) {
    if (nitro_filled_already(&filled_schema_usage)) return;
    env_schema_usage_api_id[0] = "NITRO_API_ID";
    env_schema_usage_api_id[1] = "BARISTA_API_ID";
    env_schema_usage_stage[0] = "NITRO_STAGE";
    env_schema_usage_stage[1] = "BARISTA_STAGE";
    options_schema_usage[0] = (nitro_option){
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
    };
    options_schema_usage[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_usage, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_schema_usage[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_usage, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_usage[3] = (nitro_option){
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
    };
    options_schema_usage[4] = (nitro_option){
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
    };
    options_schema_usage[5] = (nitro_option){
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
    };
    options_schema_usage[6] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_schema_usage, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_schema_usage[7] = (nitro_option){
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
    };
    options_schema_usage[8] = (nitro_option){
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
    };
    options_schema_usage[9] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_schema_usage, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_schema_usage = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 72,
    };
}

/* ---- nitro __complete ---- */
static atomic_bool filled_complete;
static const char *env_complete_api_id[3];
static const char *env_complete_workspace_id[3];
static nitro_option options_complete[6];
static const char *choices_complete_arg_completer[6];
static nitro_arg args_complete[2];
static const char help_complete[] NITRO_COLD =
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
static void load_complete(void) {
    if (nitro_filled_already(&filled_complete)) return;
    env_complete_api_id[0] = "NITRO_API_ID";
    env_complete_api_id[1] = "BARISTA_API_ID";
    env_complete_workspace_id[0] = "NITRO_WORKSPACE_ID";
    env_complete_workspace_id[1] = "BARISTA_WORKSPACE_ID";
    options_complete[0] = (nitro_option){
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
    };
    options_complete[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_complete, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_complete[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_complete, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_complete[3] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_complete, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_complete[4] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_complete, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_complete[5] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    choices_complete_arg_completer[0] = "pat-ids";
    choices_complete_arg_completer[1] = "workspace-ids";
    choices_complete_arg_completer[2] = "api-ids";
    choices_complete_arg_completer[3] = "client-ids";
    choices_complete_arg_completer[4] = "stage-names";
    args_complete[0] = (nitro_arg){
        .value_name = "completer",
        .offset = offsetof(nitro_opts_complete, completer),
        .prompt = NULL,
        .required = true,
        .choices = choices_complete_arg_completer,
    };
    args_complete[1] = (nitro_arg){
        .value_name = "prefix",
        .offset = offsetof(nitro_opts_complete, prefix),
        .prompt = NULL,
        .required = false,
        .choices = NULL,
    };
    start.command_complete = (nitro_command){
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
        .flags = NITRO_CMD_HIDDEN | NITRO_CMD_HAND_WRITTEN,
        .id = 73,
    };
}

/* ---- nitro fusion ---- */
static atomic_bool filled_fusion;
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_fusion[5];
static nitro_command command_fusion_compose;
static nitro_command command_fusion_publish;
static nitro_command command_fusion_download;
static nitro_command command_fusion_upload;
static nitro_command command_fusion_validate;
static const char help_fusion[] NITRO_COLD =
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
static void load_fusion(void) {
    if (nitro_filled_already(&filled_fusion)) return;
    subcommands_fusion[0] = &command_fusion_compose;
    command_fusion_compose.name = "compose";
    command_fusion_compose.summary = "Compose a gateway configuration (not in nitro: see why).";
    command_fusion_compose.flags = 0;
    command_fusion_compose.id = 75;
    subcommands_fusion[1] = &command_fusion_download;
    command_fusion_download.name = "download";
    command_fusion_download.summary = "Download the most recent gateway configuration.";
    command_fusion_download.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_fusion_download.id = 82;
    subcommands_fusion[2] = &command_fusion_publish;
    command_fusion_publish.name = "publish";
    command_fusion_publish.summary = "Publish a Fusion configuration to a stage.";
    command_fusion_publish.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_fusion_publish.id = 76;
    subcommands_fusion[3] = &command_fusion_upload;
    command_fusion_upload.name = "upload";
    command_fusion_upload.summary = "Upload a source schema for a later composition.";
    command_fusion_upload.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_fusion_upload.id = 83;
    subcommands_fusion[4] = &command_fusion_validate;
    command_fusion_validate.name = "validate";
    command_fusion_validate.summary = "Validate the gateway schema of a Fusion archive against a stage.";
    command_fusion_validate.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_fusion_validate.id = 84;
    start.command_fusion = (nitro_command){
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
        .flags = 0,
        .id = 74,
    };
}

/* ---- nitro fusion compose ---- */
static atomic_bool filled_fusion_compose;
static nitro_option options_fusion_compose[4];
static const char help_fusion_compose[] NITRO_COLD =
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
static void load_fusion_compose(void) {
    if (nitro_filled_already(&filled_fusion_compose)) return;
    options_fusion_compose[0] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_compose, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_fusion_compose[1] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_compose, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_compose[2] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_compose, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_compose[3] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_compose, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_fusion_compose = (nitro_command){
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
        .explains = "nitro does not compose Fusion configurations: the Fusion composer is a compiler of its own.\n  hint: build the archive with the Nitro CLI (dotnet tool install -g ChilliCream.Nitro.CommandLine):\n          nitro fusion compose --source-schema-file <schema.graphqls> ... --archive gateway.far\n        then publish it with nitro:\n          nitro fusion publish --api-id <api-id> --tag <tag> --stage <stage> --archive gateway.far",
        .flags = 0,
        .id = 75,
    };
}

/* ---- nitro fusion publish ---- */
static atomic_bool filled_fusion_publish;
static const char *env_fusion_publish_api_id[3];
static const char *env_fusion_publish_archive[3];
static const char *env_fusion_publish_stage[3];
static const char *env_fusion_publish_tag[3];
static const char *env_fusion_publish_wait_for_approval[3];
static nitro_option options_fusion_publish[12];
/* Sorted by name for bsearch; help lists them in spec order. */
static const nitro_command *subcommands_fusion_publish[5];
static nitro_command command_fusion_publish_begin;
static nitro_command command_fusion_publish_start;
static nitro_command command_fusion_publish_validate;
static nitro_command command_fusion_publish_commit;
static nitro_command command_fusion_publish_cancel;
static const char help_fusion_publish[] NITRO_COLD =
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
static void load_fusion_publish(void) {
    if (nitro_filled_already(&filled_fusion_publish)) return;
    env_fusion_publish_api_id[0] = "NITRO_API_ID";
    env_fusion_publish_api_id[1] = "BARISTA_API_ID";
    env_fusion_publish_archive[0] = "NITRO_FUSION_CONFIG_FILE";
    env_fusion_publish_archive[1] = "BARISTA_FUSION_CONFIG_FILE";
    env_fusion_publish_stage[0] = "NITRO_STAGE";
    env_fusion_publish_stage[1] = "BARISTA_STAGE";
    env_fusion_publish_tag[0] = "NITRO_TAG";
    env_fusion_publish_tag[1] = "BARISTA_TAG";
    env_fusion_publish_wait_for_approval[0] = "NITRO_WAIT_FOR_APPROVAL";
    env_fusion_publish_wait_for_approval[1] = "BARISTA_WAIT_FOR_APPROVAL";
    options_fusion_publish[0] = (nitro_option){
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
    };
    options_fusion_publish[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_fusion_publish[2] = (nitro_option){
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
    };
    options_fusion_publish[3] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish[4] = (nitro_option){
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
    };
    options_fusion_publish[5] = (nitro_option){
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
    };
    options_fusion_publish[6] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish[7] = (nitro_option){
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
    };
    options_fusion_publish[8] = (nitro_option){
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
    };
    options_fusion_publish[9] = (nitro_option){
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
    };
    options_fusion_publish[10] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish[11] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    subcommands_fusion_publish[0] = &command_fusion_publish_begin;
    command_fusion_publish_begin.name = "begin";
    command_fusion_publish_begin.summary = "Begin a configuration publish: request a deployment slot.";
    command_fusion_publish_begin.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_fusion_publish_begin.id = 77;
    subcommands_fusion_publish[1] = &command_fusion_publish_cancel;
    command_fusion_publish_cancel.name = "cancel";
    command_fusion_publish_cancel.summary = "Cancel a Fusion configuration publish.";
    command_fusion_publish_cancel.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_fusion_publish_cancel.id = 81;
    subcommands_fusion_publish[2] = &command_fusion_publish_commit;
    command_fusion_publish_commit.name = "commit";
    command_fusion_publish_commit.summary = "Commit a Fusion configuration publish: publish the archive.";
    command_fusion_publish_commit.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_fusion_publish_commit.id = 80;
    subcommands_fusion_publish[3] = &command_fusion_publish_start;
    command_fusion_publish_start.name = "start";
    command_fusion_publish_start.summary = "Start a Fusion configuration publish: claim the deployment slot.";
    command_fusion_publish_start.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_fusion_publish_start.id = 78;
    subcommands_fusion_publish[4] = &command_fusion_publish_validate;
    command_fusion_publish_validate.name = "validate";
    command_fusion_publish_validate.summary = "Validate a Fusion configuration against the schema and clients.";
    command_fusion_publish_validate.flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR;
    command_fusion_publish_validate.id = 79;
    command_fusion_publish = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 76,
    };
}

/* ---- nitro fusion publish begin ---- */
static atomic_bool filled_fusion_publish_begin;
static const char *env_fusion_publish_begin_api_id[3];
static const char *env_fusion_publish_begin_stage[3];
static const char *env_fusion_publish_begin_tag[3];
static const char *env_fusion_publish_begin_wait_for_approval[3];
static nitro_option options_fusion_publish_begin[10];
static const char help_fusion_publish_begin[] NITRO_COLD =
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
static void load_fusion_publish_begin(void) {
    if (nitro_filled_already(&filled_fusion_publish_begin)) return;
    env_fusion_publish_begin_api_id[0] = "NITRO_API_ID";
    env_fusion_publish_begin_api_id[1] = "BARISTA_API_ID";
    env_fusion_publish_begin_stage[0] = "NITRO_STAGE";
    env_fusion_publish_begin_stage[1] = "BARISTA_STAGE";
    env_fusion_publish_begin_tag[0] = "NITRO_TAG";
    env_fusion_publish_begin_tag[1] = "BARISTA_TAG";
    env_fusion_publish_begin_wait_for_approval[0] = "NITRO_WAIT_FOR_APPROVAL";
    env_fusion_publish_begin_wait_for_approval[1] = "BARISTA_WAIT_FOR_APPROVAL";
    options_fusion_publish_begin[0] = (nitro_option){
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
    };
    options_fusion_publish_begin[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_begin, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_fusion_publish_begin[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_begin, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish_begin[3] = (nitro_option){
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
    };
    options_fusion_publish_begin[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_begin, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish_begin[5] = (nitro_option){
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
    };
    options_fusion_publish_begin[6] = (nitro_option){
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
    };
    options_fusion_publish_begin[7] = (nitro_option){
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
    };
    options_fusion_publish_begin[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish_begin, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish_begin[9] = (nitro_option){
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
    };
    nitro_global_options(); /* the env lists of the global options */
    command_fusion_publish_begin = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 77,
    };
}

/* ---- nitro fusion publish start ---- */
static atomic_bool filled_fusion_publish_start;
static const char *env_fusion_publish_start_api_id[3];
static const char *env_fusion_publish_start_request_id[3];
static const char *env_fusion_publish_start_stage[3];
static nitro_option options_fusion_publish_start[8];
static const char help_fusion_publish_start[] NITRO_COLD =
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
static void load_fusion_publish_start(void) {
    if (nitro_filled_already(&filled_fusion_publish_start)) return;
    env_fusion_publish_start_api_id[0] = "NITRO_API_ID";
    env_fusion_publish_start_api_id[1] = "BARISTA_API_ID";
    env_fusion_publish_start_request_id[0] = "NITRO_REQUEST_ID";
    env_fusion_publish_start_request_id[1] = "BARISTA_REQUEST_ID";
    env_fusion_publish_start_stage[0] = "NITRO_STAGE";
    env_fusion_publish_start_stage[1] = "BARISTA_STAGE";
    options_fusion_publish_start[0] = (nitro_option){
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
    };
    options_fusion_publish_start[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_start, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_fusion_publish_start[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_start, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish_start[3] = (nitro_option){
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
    };
    options_fusion_publish_start[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_start, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish_start[5] = (nitro_option){
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
    };
    options_fusion_publish_start[6] = (nitro_option){
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
    };
    options_fusion_publish_start[7] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish_start, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_fusion_publish_start = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 78,
    };
}

/* ---- nitro fusion publish validate ---- */
static atomic_bool filled_fusion_publish_validate;
static const char *env_fusion_publish_validate_api_id[3];
static const char *env_fusion_publish_validate_archive[3];
static const char *env_fusion_publish_validate_request_id[3];
static const char *env_fusion_publish_validate_stage[3];
static nitro_option options_fusion_publish_validate[9];
static const char help_fusion_publish_validate[] NITRO_COLD =
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
static void load_fusion_publish_validate(void) {
    if (nitro_filled_already(&filled_fusion_publish_validate)) return;
    env_fusion_publish_validate_api_id[0] = "NITRO_API_ID";
    env_fusion_publish_validate_api_id[1] = "BARISTA_API_ID";
    env_fusion_publish_validate_archive[0] = "NITRO_FUSION_CONFIG_FILE";
    env_fusion_publish_validate_archive[1] = "BARISTA_FUSION_CONFIG_FILE";
    env_fusion_publish_validate_request_id[0] = "NITRO_REQUEST_ID";
    env_fusion_publish_validate_request_id[1] = "BARISTA_REQUEST_ID";
    env_fusion_publish_validate_stage[0] = "NITRO_STAGE";
    env_fusion_publish_validate_stage[1] = "BARISTA_STAGE";
    options_fusion_publish_validate[0] = (nitro_option){
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
    };
    options_fusion_publish_validate[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_validate, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_fusion_publish_validate[2] = (nitro_option){
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
    };
    options_fusion_publish_validate[3] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_validate, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish_validate[4] = (nitro_option){
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
    };
    options_fusion_publish_validate[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_validate, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish_validate[6] = (nitro_option){
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
    };
    options_fusion_publish_validate[7] = (nitro_option){
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
    };
    options_fusion_publish_validate[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish_validate, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_fusion_publish_validate = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 79,
    };
}

/* ---- nitro fusion publish commit ---- */
static atomic_bool filled_fusion_publish_commit;
static const char *env_fusion_publish_commit_api_id[3];
static const char *env_fusion_publish_commit_archive[3];
static const char *env_fusion_publish_commit_request_id[3];
static const char *env_fusion_publish_commit_stage[3];
static nitro_option options_fusion_publish_commit[9];
static const char help_fusion_publish_commit[] NITRO_COLD =
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
static void load_fusion_publish_commit(void) {
    if (nitro_filled_already(&filled_fusion_publish_commit)) return;
    env_fusion_publish_commit_api_id[0] = "NITRO_API_ID";
    env_fusion_publish_commit_api_id[1] = "BARISTA_API_ID";
    env_fusion_publish_commit_archive[0] = "NITRO_FUSION_CONFIG_FILE";
    env_fusion_publish_commit_archive[1] = "BARISTA_FUSION_CONFIG_FILE";
    env_fusion_publish_commit_request_id[0] = "NITRO_REQUEST_ID";
    env_fusion_publish_commit_request_id[1] = "BARISTA_REQUEST_ID";
    env_fusion_publish_commit_stage[0] = "NITRO_STAGE";
    env_fusion_publish_commit_stage[1] = "BARISTA_STAGE";
    options_fusion_publish_commit[0] = (nitro_option){
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
    };
    options_fusion_publish_commit[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_commit, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_fusion_publish_commit[2] = (nitro_option){
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
    };
    options_fusion_publish_commit[3] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_commit, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish_commit[4] = (nitro_option){
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
    };
    options_fusion_publish_commit[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_commit, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish_commit[6] = (nitro_option){
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
    };
    options_fusion_publish_commit[7] = (nitro_option){
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
    };
    options_fusion_publish_commit[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish_commit, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_fusion_publish_commit = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 80,
    };
}

/* ---- nitro fusion publish cancel ---- */
static atomic_bool filled_fusion_publish_cancel;
static const char *env_fusion_publish_cancel_api_id[3];
static const char *env_fusion_publish_cancel_request_id[3];
static const char *env_fusion_publish_cancel_stage[3];
static nitro_option options_fusion_publish_cancel[8];
static const char help_fusion_publish_cancel[] NITRO_COLD =
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
static void load_fusion_publish_cancel(void) {
    if (nitro_filled_already(&filled_fusion_publish_cancel)) return;
    env_fusion_publish_cancel_api_id[0] = "NITRO_API_ID";
    env_fusion_publish_cancel_api_id[1] = "BARISTA_API_ID";
    env_fusion_publish_cancel_request_id[0] = "NITRO_REQUEST_ID";
    env_fusion_publish_cancel_request_id[1] = "BARISTA_REQUEST_ID";
    env_fusion_publish_cancel_stage[0] = "NITRO_STAGE";
    env_fusion_publish_cancel_stage[1] = "BARISTA_STAGE";
    options_fusion_publish_cancel[0] = (nitro_option){
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
    };
    options_fusion_publish_cancel[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_cancel, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_fusion_publish_cancel[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_cancel, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish_cancel[3] = (nitro_option){
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
    };
    options_fusion_publish_cancel[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_publish_cancel, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_publish_cancel[5] = (nitro_option){
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
    };
    options_fusion_publish_cancel[6] = (nitro_option){
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
    };
    options_fusion_publish_cancel[7] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_publish_cancel, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_fusion_publish_cancel = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 81,
    };
}

/* ---- nitro fusion download ---- */
static atomic_bool filled_fusion_download;
static const char *env_fusion_download_api_id[3];
static const char *env_fusion_download_output_file[3];
static const char *env_fusion_download_stage[3];
static nitro_option options_fusion_download[8];
static const char help_fusion_download[] NITRO_COLD =
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
static void load_fusion_download(void) {
    if (nitro_filled_already(&filled_fusion_download)) return;
    env_fusion_download_api_id[0] = "NITRO_API_ID";
    env_fusion_download_api_id[1] = "BARISTA_API_ID";
    env_fusion_download_output_file[0] = "NITRO_OUTPUT_FILE";
    env_fusion_download_output_file[1] = "BARISTA_OUTPUT_FILE";
    env_fusion_download_stage[0] = "NITRO_STAGE";
    env_fusion_download_stage[1] = "BARISTA_STAGE";
    options_fusion_download[0] = (nitro_option){
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
    };
    options_fusion_download[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_download, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_fusion_download[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_download, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_download[3] = (nitro_option){
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
    };
    options_fusion_download[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_download, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_download[5] = (nitro_option){
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
    };
    options_fusion_download[6] = (nitro_option){
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
    };
    options_fusion_download[7] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_download, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_fusion_download = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 82,
    };
}

/* ---- nitro fusion upload ---- */
static atomic_bool filled_fusion_upload;
static const char *env_fusion_upload_api_id[3];
static const char *env_fusion_upload_tag[3];
static nitro_option options_fusion_upload[9];
static const char help_fusion_upload[] NITRO_COLD =
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
static void load_fusion_upload(void) {
    if (nitro_filled_already(&filled_fusion_upload)) return;
    env_fusion_upload_api_id[0] = "NITRO_API_ID";
    env_fusion_upload_api_id[1] = "BARISTA_API_ID";
    env_fusion_upload_tag[0] = "NITRO_TAG";
    env_fusion_upload_tag[1] = "BARISTA_TAG";
    options_fusion_upload[0] = (nitro_option){
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
    };
    options_fusion_upload[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_upload, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_fusion_upload[2] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_upload, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_upload[3] = (nitro_option){
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
    };
    options_fusion_upload[4] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_upload, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_upload[5] = (nitro_option){
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
    };
    options_fusion_upload[6] = (nitro_option){
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
    };
    options_fusion_upload[7] = (nitro_option){
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
    };
    options_fusion_upload[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_upload, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_fusion_upload = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 83,
    };
}

/* ---- nitro fusion validate ---- */
static atomic_bool filled_fusion_validate;
static const char *env_fusion_validate_api_id[3];
static const char *env_fusion_validate_archive[3];
static const char *env_fusion_validate_stage[3];
static nitro_option options_fusion_validate[9];
static const char help_fusion_validate[] NITRO_COLD =
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
static void load_fusion_validate(void) {
    if (nitro_filled_already(&filled_fusion_validate)) return;
    env_fusion_validate_api_id[0] = "NITRO_API_ID";
    env_fusion_validate_api_id[1] = "BARISTA_API_ID";
    env_fusion_validate_archive[0] = "NITRO_FUSION_CONFIG_FILE";
    env_fusion_validate_archive[1] = "BARISTA_FUSION_CONFIG_FILE";
    env_fusion_validate_stage[0] = "NITRO_STAGE";
    env_fusion_validate_stage[1] = "BARISTA_STAGE";
    options_fusion_validate[0] = (nitro_option){
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
    };
    options_fusion_validate[1] = (nitro_option){
        .name = "api-key",
        .value_name = "api-key",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_validate, global.api_key),
        .env = start.env_global_api_key,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_SECRET | NITRO_OPT_GLOBAL | NITRO_OPT_NON_EMPTY,
    };
    options_fusion_validate[2] = (nitro_option){
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
    };
    options_fusion_validate[3] = (nitro_option){
        .name = "cloud-url",
        .value_name = "cloud-url",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_validate, global.cloud_url),
        .env = start.env_global_cloud_url,
        .default_text = "api.chillicream.com",
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_validate[4] = (nitro_option){
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
    };
    options_fusion_validate[5] = (nitro_option){
        .name = "output",
        .value_name = "format",
        .type = NITRO_OPT_STRING,
        .offset = offsetof(nitro_opts_fusion_validate, global.output),
        .env = start.env_global_output,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = start.choices_global_output,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    options_fusion_validate[6] = (nitro_option){
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
    };
    options_fusion_validate[7] = (nitro_option){
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
    };
    options_fusion_validate[8] = (nitro_option){
        .name = "verbose",
        .value_name = NULL,
        .type = NITRO_OPT_FLAG,
        .offset = offsetof(nitro_opts_fusion_validate, global.verbose),
        .env = start.env_global_verbose,
        .default_text = NULL,
        .min = NITRO_INT_MIN,
        .max = NITRO_INT_MAX,
        .choices = NULL,
        .prompt = NULL,
        .prompt_default = NULL,
        .flags = NITRO_OPT_GLOBAL,
    };
    nitro_global_options(); /* the env lists of the global options */
    command_fusion_validate = (nitro_command){
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
        .flags = NITRO_CMD_AUTH_REQUIRED | NITRO_CMD_BEHAVIOUR,
        .id = 84,
    };
}

