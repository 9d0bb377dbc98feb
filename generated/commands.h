/* Generated from spec/nitro.toml by generator/generate.py. Do not edit. */
#ifndef NITRO_GENERATED_COMMANDS_H
#define NITRO_GENERATED_COMMANDS_H

#include "behaviour.h"
#include "generated/cli.h"

/* Each of these fills its tables the first time it is called and returns them (generator/behaviour_c.py says
 * why they are not initialised statically). */

/* What each command does (runtime/commands/behaviour.h), run by runtime/commands/executor.c. */
const nitro_behaviour *nitro_behaviour_pat_create(void); /* pat create */
const nitro_behaviour *nitro_behaviour_pat_list(void); /* pat list */
const nitro_behaviour *nitro_behaviour_workspace_create(void); /* workspace create */
const nitro_behaviour *nitro_behaviour_workspace_show(void); /* workspace show */
const nitro_behaviour *nitro_behaviour_workspace_list(void); /* workspace list */
const nitro_behaviour *nitro_behaviour_workspace_current(void); /* workspace current */
const nitro_behaviour *nitro_behaviour_workspace_set_default(void); /* workspace set-default */
const nitro_behaviour *nitro_behaviour_api_key_create(void); /* api-key create */
const nitro_behaviour *nitro_behaviour_api_key_list(void); /* api-key list */
const nitro_behaviour *nitro_behaviour_api_create(void); /* api create */
const nitro_behaviour *nitro_behaviour_api_list(void); /* api list */
const nitro_behaviour *nitro_behaviour_api_show(void); /* api show */
const nitro_behaviour *nitro_behaviour_api_delete(void); /* api delete */
const nitro_behaviour *nitro_behaviour_client_create(void); /* client create */
const nitro_behaviour *nitro_behaviour_client_delete(void); /* client delete */
const nitro_behaviour *nitro_behaviour_client_show(void); /* client show */
const nitro_behaviour *nitro_behaviour_client_list(void); /* client list */
const nitro_behaviour *nitro_behaviour_client_list_versions(void); /* client list versions */
const nitro_behaviour *nitro_behaviour_client_list_published_versions(void); /* client list published-versions */
const nitro_behaviour *nitro_behaviour_client_upload(void); /* client upload */
const nitro_behaviour *nitro_behaviour_client_validate(void); /* client validate */
const nitro_behaviour *nitro_behaviour_client_publish(void); /* client publish */
const nitro_behaviour *nitro_behaviour_client_unpublish(void); /* client unpublish */
const nitro_behaviour *nitro_behaviour_client_download(void); /* client download */
const nitro_behaviour *nitro_behaviour_stage_list(void); /* stage list */
const nitro_behaviour *nitro_behaviour_stage_edit(void); /* stage edit */
const nitro_behaviour *nitro_behaviour_stage_delete(void); /* stage delete */
const nitro_behaviour *nitro_behaviour_environment_create(void); /* environment create */
const nitro_behaviour *nitro_behaviour_environment_list(void); /* environment list */
const nitro_behaviour *nitro_behaviour_environment_show(void); /* environment show */
const nitro_behaviour *nitro_behaviour_openapi_create(void); /* openapi create */
const nitro_behaviour *nitro_behaviour_openapi_delete(void); /* openapi delete */
const nitro_behaviour *nitro_behaviour_openapi_list(void); /* openapi list */
const nitro_behaviour *nitro_behaviour_openapi_upload(void); /* openapi upload */
const nitro_behaviour *nitro_behaviour_openapi_validate(void); /* openapi validate */
const nitro_behaviour *nitro_behaviour_openapi_publish(void); /* openapi publish */
const nitro_behaviour *nitro_behaviour_mcp_create(void); /* mcp create */
const nitro_behaviour *nitro_behaviour_mcp_delete(void); /* mcp delete */
const nitro_behaviour *nitro_behaviour_mcp_list(void); /* mcp list */
const nitro_behaviour *nitro_behaviour_mcp_upload(void); /* mcp upload */
const nitro_behaviour *nitro_behaviour_mcp_validate(void); /* mcp validate */
const nitro_behaviour *nitro_behaviour_mcp_publish(void); /* mcp publish */
const nitro_behaviour *nitro_behaviour_mock_create(void); /* mock create */
const nitro_behaviour *nitro_behaviour_mock_list(void); /* mock list */
const nitro_behaviour *nitro_behaviour_mock_update(void); /* mock update */
const nitro_behaviour *nitro_behaviour_schema_upload(void); /* schema upload */
const nitro_behaviour *nitro_behaviour_schema_validate(void); /* schema validate */
const nitro_behaviour *nitro_behaviour_schema_download(void); /* schema download */
const nitro_behaviour *nitro_behaviour_schema_publish(void); /* schema publish */
const nitro_behaviour *nitro_behaviour_schema_clients(void); /* schema clients */
const nitro_behaviour *nitro_behaviour_schema_impact(void); /* schema impact */
const nitro_behaviour *nitro_behaviour_schema_operations(void); /* schema operations */
const nitro_behaviour *nitro_behaviour_schema_unused(void); /* schema unused */
const nitro_behaviour *nitro_behaviour_schema_usage(void); /* schema usage */
const nitro_behaviour *nitro_behaviour_fusion_publish_begin(void); /* fusion publish begin */
const nitro_behaviour *nitro_behaviour_fusion_publish_start(void); /* fusion publish start */
const nitro_behaviour *nitro_behaviour_fusion_publish_validate(void); /* fusion publish validate */
const nitro_behaviour *nitro_behaviour_fusion_publish_commit(void); /* fusion publish commit */
const nitro_behaviour *nitro_behaviour_fusion_publish_cancel(void); /* fusion publish cancel */
const nitro_behaviour *nitro_behaviour_fusion_download(void); /* fusion download */
const nitro_behaviour *nitro_behaviour_fusion_upload(void); /* fusion upload */
const nitro_behaviour *nitro_behaviour_fusion_validate(void); /* fusion validate */
const nitro_behaviour *nitro_behaviour_pat_revoke(void); /* pat revoke */
const nitro_behaviour *nitro_behaviour_api_key_delete(void); /* api-key delete */
const nitro_behaviour *nitro_behaviour_pat_rotate(void); /* pat rotate */
const nitro_behaviour *nitro_behaviour_fusion_publish(void); /* fusion publish */

/* Pickers ([pickers] in the spec). */
const nitro_picker *nitro_picker_api(void);
const nitro_picker *nitro_picker_workspace(void);

/* The payload error types that end a command with another status than 1 ([exit-codes] payload-errors). */
const nitro_payload_exit *nitro_payload_exits(void);
extern const size_t nitro_payload_exit_count;

/* Every command's behaviour by its index (0 to nitro_behaviour_count - 1), for the fuzz targets. */
const nitro_behaviour *nitro_behaviour_at(size_t index);
extern const size_t nitro_behaviour_count;

/* A shell completer ([completers] in the spec) by its name, for nitro __complete; NULL when none has it. */
const nitro_completer *nitro_completer_named(const char *name);

#endif
