/* Generated from spec/nitro.toml by generator/generate.py. Do not edit. */
#ifndef NITRO_GENERATED_CLI_H
#define NITRO_GENERATED_CLI_H

#include <stdatomic.h>
#include <stdbool.h>

#include "args.h"

#define NITRO_PROGRAM_NAME "nitro"
#define NITRO_VERSION "0.1.0"

/* Defaults of the environment variables that belong to no option ([environment] in the spec). */
#define NITRO_TIMEOUT_DEFAULT 30
#define NITRO_CONNECT_TIMEOUT_DEFAULT 10
#define TMPDIR_DEFAULT "/tmp"

/* Whether the tables `flag` guards were filled before, marking them filled. An exchange rather than a test then
 * a set: a run's first touch of a page of zeroed memory costs one page fault if it writes, two if it reads
 * first, and these flags are the first thing a run touches in their page. */
static inline bool nitro_filled_already(atomic_bool *flag) {
    return atomic_exchange_explicit(flag, true, memory_order_relaxed);
}

/* Exit statuses, from [exit-codes] in the spec. */
enum {
    NITRO_EXIT_OK = 0, /* The command succeeded. */
    NITRO_EXIT_FAILURE = 1, /* The operation failed: the server refused it, the network failed, or a confirmation was declined. */
    NITRO_EXIT_USAGE = 2, /* Usage error: an unknown option, a bad value, or a missing required input without a terminal. */
    NITRO_EXIT_AUTH = 4, /* Authentication is needed or was rejected. */
    NITRO_EXIT_INTERRUPTED = 130, /* Interrupted (Ctrl-C or SIGTERM). */
};

/* The payload error types that end a command with another status than 1 (`payload-errors` in [exit-codes]);
 * the table is in generated/commands.c, beside the behaviours that read it. */
typedef struct {
    const char *typename;
    int code;
} nitro_payload_exit;

/* The global options, first member of every command's options struct. */
typedef struct {
    nitro_str_value cloud_url;
    nitro_str_value api_key;
    nitro_str_value output;
    nitro_flag_value verbose;
    nitro_str_value cursor;
    nitro_flag_value all;
    nitro_int_value limit;
    nitro_str_value jq;
} nitro_global_opts;

/* pat create: Create a new personal access token. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value description;
    nitro_int_value expires;
} nitro_opts_pat_create;

/* pat list: List the personal access tokens on your user account. */
typedef struct {
    nitro_global_opts global;
} nitro_opts_pat_list;

/* pat revoke: Revoke a personal access token by its ID. */
typedef struct {
    nitro_global_opts global;
    nitro_flag_value force;
    nitro_str_value id;
} nitro_opts_pat_revoke;

/* pat rotate: Replace a personal access token with a new one, then revoke it. */
typedef struct {
    nitro_global_opts global;
    nitro_int_value expires;
    nitro_flag_value force;
    nitro_str_value id;
} nitro_opts_pat_rotate;

/* workspace create: Create a new workspace. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value name;
    nitro_flag_value default_;
} nitro_opts_workspace_create;

/* workspace show: Show details of a workspace. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value id;
} nitro_opts_workspace_show;

/* workspace list: List the workspaces you are a member of. */
typedef struct {
    nitro_global_opts global;
} nitro_opts_workspace_list;

/* workspace current: Show the default workspace of your session. */
typedef struct {
    nitro_global_opts global;
} nitro_opts_workspace_current;

/* workspace set-default: Choose the default workspace of your session. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value workspace_id;
} nitro_opts_workspace_set_default;

/* api-key create: Create a new API key. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value name;
    nitro_str_value api_id;
    nitro_str_value workspace_id;
    nitro_str_value stage_condition;
} nitro_opts_api_key_create;

/* api-key list: List the API keys of a workspace. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value workspace_id;
} nitro_opts_api_key_list;

/* api-key delete: Delete an API key by its ID. */
typedef struct {
    nitro_global_opts global;
    nitro_flag_value force;
    nitro_str_value id;
} nitro_opts_api_key_delete;

/* api create: Create a new API. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value path;
    nitro_str_value name;
    nitro_str_value workspace_id;
    nitro_str_value kind;
} nitro_opts_api_create;

/* api list: List the APIs of a workspace. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value workspace_id;
} nitro_opts_api_list;

/* api show: Show details of an API. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value id;
} nitro_opts_api_show;

/* api delete: Delete an API by its ID. */
typedef struct {
    nitro_global_opts global;
    nitro_flag_value force;
    nitro_str_value id;
} nitro_opts_api_delete;

/* client create: Create a new client. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value name;
} nitro_opts_client_create;

/* client delete: Delete a client. */
typedef struct {
    nitro_global_opts global;
    nitro_flag_value force;
    nitro_str_value id;
} nitro_opts_client_delete;

/* client show: Show details of a client. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value id;
} nitro_opts_client_show;

/* client list: List all clients of an API. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
} nitro_opts_client_list;

/* client list versions: List all versions of a client. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value client_id;
} nitro_opts_client_list_versions;

/* client list published-versions: List the published versions of a client. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value client_id;
} nitro_opts_client_list_published_versions;

/* client upload: Upload a new client version. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value client_id;
    nitro_str_value tag;
    nitro_str_value operations_file;
    nitro_str_value source_metadata;
} nitro_opts_client_upload;

/* client validate: Validate a client version. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value client_id;
    nitro_str_value stage;
    nitro_str_value operations_file;
    nitro_str_value source_metadata;
} nitro_opts_client_validate;

/* client publish: Publish a client version to a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value client_id;
    nitro_str_value tag;
    nitro_str_value stage;
    nitro_flag_value force;
    nitro_flag_value wait_for_approval;
    nitro_str_value source_metadata;
} nitro_opts_client_publish;

/* client unpublish: Unpublish a client version from a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_list_value tag;
    nitro_str_value stage;
    nitro_str_value client_id;
    nitro_flag_value force;
} nitro_opts_client_unpublish;

/* client download: Download the queries from a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_str_value path;
    nitro_str_value format;
} nitro_opts_client_download;

/* stage list: List all stages of an API. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
} nitro_opts_stage_list;

/* stage edit: Edit stages of an API. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value configuration;
} nitro_opts_stage_edit;

/* stage delete: Delete a stage by name. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_flag_value force;
} nitro_opts_stage_delete;

/* environment create: Create a new environment. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value name;
    nitro_str_value workspace_id;
} nitro_opts_environment_create;

/* environment list: List all environments of a workspace. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value workspace_id;
} nitro_opts_environment_list;

/* environment show: Show details of an environment. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value id;
} nitro_opts_environment_show;

/* openapi create: Create a new OpenAPI collection. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value name;
} nitro_opts_openapi_create;

/* openapi delete: Delete an OpenAPI collection. */
typedef struct {
    nitro_global_opts global;
    nitro_flag_value force;
    nitro_str_value id;
} nitro_opts_openapi_delete;

/* openapi list: List all OpenAPI collections of an API. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
} nitro_opts_openapi_list;

/* openapi upload: Upload a new OpenAPI collection version. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value openapi_collection_id;
    nitro_str_value tag;
    nitro_list_value pattern;
    nitro_str_value source_metadata;
} nitro_opts_openapi_upload;

/* openapi validate: Validate an OpenAPI collection against a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value openapi_collection_id;
    nitro_str_value stage;
    nitro_list_value pattern;
    nitro_str_value source_metadata;
} nitro_opts_openapi_validate;

/* openapi publish: Publish an OpenAPI collection version to a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value openapi_collection_id;
    nitro_str_value tag;
    nitro_str_value stage;
    nitro_flag_value force;
    nitro_flag_value wait_for_approval;
    nitro_str_value source_metadata;
} nitro_opts_openapi_publish;

/* mcp create: Create a new MCP feature collection. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value name;
} nitro_opts_mcp_create;

/* mcp delete: Delete an MCP feature collection. */
typedef struct {
    nitro_global_opts global;
    nitro_flag_value force;
    nitro_str_value id;
} nitro_opts_mcp_delete;

/* mcp list: List all MCP feature collections of an API. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
} nitro_opts_mcp_list;

/* mcp upload: Upload a new MCP feature collection version. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value mcp_feature_collection_id;
    nitro_str_value tag;
    nitro_list_value prompt_pattern;
    nitro_list_value tool_pattern;
    nitro_str_value source_metadata;
} nitro_opts_mcp_upload;

/* mcp validate: Validate an MCP feature collection against a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value mcp_feature_collection_id;
    nitro_str_value stage;
    nitro_list_value prompt_pattern;
    nitro_list_value tool_pattern;
    nitro_str_value source_metadata;
} nitro_opts_mcp_validate;

/* mcp publish: Publish an MCP feature collection version to a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value mcp_feature_collection_id;
    nitro_str_value tag;
    nitro_str_value stage;
    nitro_flag_value force;
    nitro_flag_value wait_for_approval;
    nitro_str_value source_metadata;
} nitro_opts_mcp_publish;

/* login: Sign in to Nitro and store a session. */
typedef struct {
    nitro_global_opts global;
    nitro_flag_value device;
    nitro_flag_value with_token;
    nitro_flag_value no_browser;
    nitro_str_value client_id;
    nitro_str_value scopes;
    nitro_int_value timeout;
    nitro_str_value workspace_id;
    nitro_str_value url;
} nitro_opts_login;
int nitro_cmd_login(nitro_ctx *ctx, nitro_opts_login *opts);

/* logout: Sign out and delete the stored session. */
typedef struct {
    nitro_global_opts global;
} nitro_opts_logout;
int nitro_cmd_logout(nitro_ctx *ctx, nitro_opts_logout *opts);

/* status: Show who you are signed in as and which credential is in use. */
typedef struct {
    nitro_global_opts global;
} nitro_opts_status;
int nitro_cmd_status(nitro_ctx *ctx, nitro_opts_status *opts);

/* completion: Print the shell completion script for bash, zsh or fish. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value shell;
} nitro_opts_completion;
int nitro_cmd_completion(nitro_ctx *ctx, nitro_opts_completion *opts);

/* mock create: Create a new mock. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value name;
    nitro_str_value schema;
    nitro_str_value extension;
    nitro_str_value url;
} nitro_opts_mock_create;

/* mock list: List the mocks of an API. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
} nitro_opts_mock_list;

/* mock update: Update a mock. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value name;
    nitro_str_value schema;
    nitro_str_value extension;
    nitro_str_value url;
    nitro_str_value id;
} nitro_opts_mock_update;

/* schema upload: Upload a new schema version. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value tag;
    nitro_str_value schema_file;
    nitro_str_value source_metadata;
} nitro_opts_schema_upload;

/* schema validate: Validate a schema against a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_str_value schema_file;
    nitro_str_value source_metadata;
} nitro_opts_schema_validate;

/* schema download: Download a schema from a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_str_value output_file;
} nitro_opts_schema_download;

/* schema publish: Publish a schema version to a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value tag;
    nitro_str_value stage;
    nitro_flag_value force;
    nitro_flag_value wait_for_approval;
    nitro_str_value source_metadata;
} nitro_opts_schema_publish;

/* schema clients: Show the clients that use a schema coordinate on a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_str_value coordinate;
    nitro_str_value from;
    nitro_str_value to;
} nitro_opts_schema_clients;

/* schema impact: Show what removing a schema coordinate would break on a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_str_value coordinate;
    nitro_str_value from;
    nitro_str_value to;
} nitro_opts_schema_impact;

/* schema operations: Show the operations that use a schema coordinate on a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_str_value coordinate;
    nitro_str_value from;
    nitro_str_value to;
} nitro_opts_schema_operations;

/* schema unused: List the fields of a stage's schema that nothing used. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_flag_value deprecated_only;
    nitro_str_value from;
    nitro_str_value to;
} nitro_opts_schema_unused;

/* schema usage: Show the usage of a schema coordinate on a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_str_value coordinate;
    nitro_str_value from;
    nitro_str_value to;
} nitro_opts_schema_usage;

/* __complete: Print completion candidates, one 'value<TAB>description' a line. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value workspace_id;
    nitro_str_value api_id;
    nitro_str_value completer;
    nitro_str_value prefix;
} nitro_opts_complete;
int nitro_cmd_complete(nitro_ctx *ctx, nitro_opts_complete *opts);

/* fusion compose: Compose a gateway configuration (not in nitro: see why). */
typedef struct {
    nitro_global_opts global;
} nitro_opts_fusion_compose;
int nitro_cmd_fusion_compose(nitro_ctx *ctx, nitro_opts_fusion_compose *opts);

/* fusion publish: Publish a Fusion configuration to a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value tag;
    nitro_str_value stage;
    nitro_str_value archive;
    nitro_flag_value force;
    nitro_flag_value wait_for_approval;
    nitro_str_value source_metadata;
} nitro_opts_fusion_publish;

/* fusion publish begin: Begin a configuration publish: request a deployment slot. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value tag;
    nitro_str_value stage;
    nitro_flag_value wait_for_approval;
    nitro_str_value source_metadata;
} nitro_opts_fusion_publish_begin;

/* fusion publish start: Start a Fusion configuration publish: claim the deployment slot. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value request_id;
    nitro_str_value api_id;
    nitro_str_value stage;
} nitro_opts_fusion_publish_start;

/* fusion publish validate: Validate a Fusion configuration against the schema and clients. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value request_id;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_str_value archive;
} nitro_opts_fusion_publish_validate;

/* fusion publish commit: Commit a Fusion configuration publish: publish the archive. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value request_id;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_str_value archive;
} nitro_opts_fusion_publish_commit;

/* fusion publish cancel: Cancel a Fusion configuration publish. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value request_id;
    nitro_str_value api_id;
    nitro_str_value stage;
} nitro_opts_fusion_publish_cancel;

/* fusion download: Download the most recent gateway configuration. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_str_value output_file;
} nitro_opts_fusion_download;

/* fusion upload: Upload a source schema for a later composition. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value tag;
    nitro_str_value source_schema_file;
    nitro_str_value source_metadata;
} nitro_opts_fusion_upload;

/* fusion validate: Validate the gateway schema of a Fusion archive against a stage. */
typedef struct {
    nitro_global_opts global;
    nitro_str_value api_id;
    nitro_str_value stage;
    nitro_str_value archive;
    nitro_str_value source_metadata;
} nitro_opts_fusion_validate;

/* Fills a command's tables (its node, options and arguments, and the names of its subcommands) the first time
 * it is asked for; returns the command. The parser calls it through nitro_root_command.load. */
const nitro_command *nitro_command_load(const nitro_command *command);

/* What a command does (NITRO_CMD_BEHAVIOUR), its tables filled; NULL for one that runs code of its own. */
const struct nitro_behaviour *nitro_command_behaviour(const nitro_command *command);

/* Runs a command whose code is hand-written (NITRO_CMD_HAND_WRITTEN). */
int nitro_run_hand_written(const nitro_command *command, nitro_ctx *ctx, void *opts);

#endif
