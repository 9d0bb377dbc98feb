/* Generated from spec/nitro.toml by generator/generate.py. Do not edit. */
#ifndef NITRO_GENERATED_COMMANDS_H
#define NITRO_GENERATED_COMMANDS_H

#include "behaviour.h"
#include "generated/cli.h"

/* What each command does (runtime/commands/behaviour.h), run by runtime/commands/executor.c. */
extern const nitro_behaviour nitro_behaviour_pat_create; /* pat create */
extern const nitro_behaviour nitro_behaviour_pat_list; /* pat list */
extern const nitro_behaviour nitro_behaviour_workspace_create; /* workspace create */
extern const nitro_behaviour nitro_behaviour_workspace_show; /* workspace show */
extern const nitro_behaviour nitro_behaviour_workspace_list; /* workspace list */
extern const nitro_behaviour nitro_behaviour_workspace_current; /* workspace current */
extern const nitro_behaviour nitro_behaviour_workspace_set_default; /* workspace set-default */
extern const nitro_behaviour nitro_behaviour_api_key_create; /* api-key create */
extern const nitro_behaviour nitro_behaviour_api_key_list; /* api-key list */
extern const nitro_behaviour nitro_behaviour_api_create; /* api create */
extern const nitro_behaviour nitro_behaviour_api_list; /* api list */
extern const nitro_behaviour nitro_behaviour_api_show; /* api show */
extern const nitro_behaviour nitro_behaviour_api_delete; /* api delete */
extern const nitro_behaviour nitro_behaviour_client_create; /* client create */
extern const nitro_behaviour nitro_behaviour_client_delete; /* client delete */
extern const nitro_behaviour nitro_behaviour_client_show; /* client show */
extern const nitro_behaviour nitro_behaviour_client_list; /* client list */
extern const nitro_behaviour nitro_behaviour_client_list_versions; /* client list versions */
extern const nitro_behaviour nitro_behaviour_client_list_published_versions; /* client list published-versions */
extern const nitro_behaviour nitro_behaviour_client_upload; /* client upload */
extern const nitro_behaviour nitro_behaviour_client_validate; /* client validate */
extern const nitro_behaviour nitro_behaviour_client_publish; /* client publish */
extern const nitro_behaviour nitro_behaviour_client_unpublish; /* client unpublish */
extern const nitro_behaviour nitro_behaviour_client_download; /* client download */
extern const nitro_behaviour nitro_behaviour_stage_list; /* stage list */
extern const nitro_behaviour nitro_behaviour_stage_edit; /* stage edit */
extern const nitro_behaviour nitro_behaviour_stage_delete; /* stage delete */
extern const nitro_behaviour nitro_behaviour_environment_create; /* environment create */
extern const nitro_behaviour nitro_behaviour_environment_list; /* environment list */
extern const nitro_behaviour nitro_behaviour_environment_show; /* environment show */
extern const nitro_behaviour nitro_behaviour_openapi_create; /* openapi create */
extern const nitro_behaviour nitro_behaviour_openapi_delete; /* openapi delete */
extern const nitro_behaviour nitro_behaviour_openapi_list; /* openapi list */
extern const nitro_behaviour nitro_behaviour_openapi_upload; /* openapi upload */
extern const nitro_behaviour nitro_behaviour_openapi_validate; /* openapi validate */
extern const nitro_behaviour nitro_behaviour_openapi_publish; /* openapi publish */
extern const nitro_behaviour nitro_behaviour_mcp_create; /* mcp create */
extern const nitro_behaviour nitro_behaviour_mcp_delete; /* mcp delete */
extern const nitro_behaviour nitro_behaviour_mcp_list; /* mcp list */
extern const nitro_behaviour nitro_behaviour_mcp_upload; /* mcp upload */
extern const nitro_behaviour nitro_behaviour_mcp_validate; /* mcp validate */
extern const nitro_behaviour nitro_behaviour_mcp_publish; /* mcp publish */
extern const nitro_behaviour nitro_behaviour_mock_create; /* mock create */
extern const nitro_behaviour nitro_behaviour_mock_list; /* mock list */
extern const nitro_behaviour nitro_behaviour_mock_update; /* mock update */
extern const nitro_behaviour nitro_behaviour_schema_upload; /* schema upload */
extern const nitro_behaviour nitro_behaviour_schema_validate; /* schema validate */
extern const nitro_behaviour nitro_behaviour_schema_download; /* schema download */
extern const nitro_behaviour nitro_behaviour_schema_publish; /* schema publish */
extern const nitro_behaviour nitro_behaviour_schema_clients; /* schema clients */
extern const nitro_behaviour nitro_behaviour_schema_impact; /* schema impact */
extern const nitro_behaviour nitro_behaviour_schema_operations; /* schema operations */
extern const nitro_behaviour nitro_behaviour_schema_unused; /* schema unused */
extern const nitro_behaviour nitro_behaviour_schema_usage; /* schema usage */
extern const nitro_behaviour nitro_behaviour_fusion_publish_begin; /* fusion publish begin */
extern const nitro_behaviour nitro_behaviour_fusion_publish_start; /* fusion publish start */
extern const nitro_behaviour nitro_behaviour_fusion_publish_validate; /* fusion publish validate */
extern const nitro_behaviour nitro_behaviour_fusion_publish_commit; /* fusion publish commit */
extern const nitro_behaviour nitro_behaviour_fusion_publish_cancel; /* fusion publish cancel */
extern const nitro_behaviour nitro_behaviour_fusion_download; /* fusion download */
extern const nitro_behaviour nitro_behaviour_fusion_upload; /* fusion upload */
extern const nitro_behaviour nitro_behaviour_fusion_validate; /* fusion validate */
extern const nitro_behaviour nitro_behaviour_pat_revoke; /* pat revoke */
extern const nitro_behaviour nitro_behaviour_api_key_delete; /* api-key delete */
extern const nitro_behaviour nitro_behaviour_pat_rotate; /* pat rotate */
extern const nitro_behaviour nitro_behaviour_fusion_publish; /* fusion publish */

/* Pickers ([pickers] in the spec). */
extern const nitro_picker nitro_picker_api;
extern const nitro_picker nitro_picker_workspace;

/* The payload error types that end a command with another status than 1 ([exit-codes] payload-errors). */
extern const nitro_payload_exit nitro_payload_exits[];
extern const size_t nitro_payload_exit_count;

/* Every command's behaviour, for the fuzz targets. */
extern const nitro_behaviour *const nitro_behaviours[];
extern const size_t nitro_behaviour_count;

/* Shell completers ([completers] in the spec), for nitro __complete. */
extern const nitro_completer nitro_completers[];
extern const size_t nitro_completer_count;

#endif
