/* Generated from spec/nitro.toml by generator/generate.py. Do not edit. */
#include <stddef.h>

#include "generated/commands.h"
#include "generated/cli.h"
#include "generated/graphql.h"

static const char *const path_picker_api_var_0[] = {"workspaceId", NULL};
static const char *const path_picker_api_var_1[] = {"after", NULL};
static const char *const path_picker_api_var_2[] = {"first", NULL};
static const nitro_binding bindings_picker_api[] = {
    {path_picker_api_var_0, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_picker_api_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_picker_api_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_picker_api_connection[] = {"workspaceById", "apis", NULL};
static const char *const path_picker_api_value[] = {"id", NULL};
static const char *const path_picker_api_label[] = {"name", NULL};
static const char *const path_picker_api_detail[] = {"path", NULL};
const nitro_picker nitro_picker_api = {
    .name = "api",
    .request = {&gql_select_api_operation, bindings_picker_api, 3},
    .connection = path_picker_api_connection,
    .page_size = 5,
    .value = {path_picker_api_value, NITRO_FMT_NONE},
    .label = {path_picker_api_label, NITRO_FMT_NONE},
    .detail = {path_picker_api_detail, NITRO_FMT_NONE},
    .empty = "The workspace has no APIs. Create one with `nitro api create`.",
    .marks_default = false,
};

static const char *const path_picker_workspace_var_0[] = {"after", NULL};
static const char *const path_picker_workspace_var_1[] = {"first", NULL};
static const nitro_binding bindings_picker_workspace[] = {
    {path_picker_workspace_var_0, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_picker_workspace_var_1, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_picker_workspace_connection[] = {"me", "workspaces", NULL};
static const char *const path_picker_workspace_value[] = {"id", NULL};
static const char *const path_picker_workspace_label[] = {"name", NULL};
const nitro_picker nitro_picker_workspace = {
    .name = "workspace",
    .request = {&gql_select_workspace_operation, bindings_picker_workspace, 2},
    .connection = path_picker_workspace_connection,
    .page_size = 5,
    .value = {path_picker_workspace_value, NITRO_FMT_NONE},
    .label = {path_picker_workspace_label, NITRO_FMT_NONE},
    .detail = {0},
    .empty = "You do not have any workspaces. Run `nitro launch` and create one.",
    .marks_default = true,
};

/* ---- pat create ---- */
static const char *const path_pat_create_var_0[] = {"input", "description", NULL};
static const char *const path_pat_create_var_1[] = {"input", "expiresAt", NULL};
static const nitro_binding bindings_pat_create[] = {
    {path_pat_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_pat_create, description), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "description", NITRO_NO_OPTION, 0, NULL},
    {path_pat_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_pat_create, expires), NITRO_OPT_INT, NITRO_XF_DAYS_FROM_NOW, NULL, 0, false, false, "expires", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_pat_create_data[] = {"createPersonalAccessToken", "result", NULL};
static const char *const path_pat_create_result_secret[] = {"secret", NULL};
static const char *const path_pat_create_result_details_id[] = {"token", "id", NULL};
static const char *const path_pat_create_result_details_description[] = {"token", "description", NULL};
static const char *const path_pat_create_result_details_createdAt[] = {"token", "createdAt", NULL};
static const char *const path_pat_create_result_details_expiresAt[] = {"token", "expiresAt", NULL};
static const nitro_field_def fields_pat_create_result_details[] = {
    {"id", path_pat_create_result_details_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"description", path_pat_create_result_details_description, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"createdAt", path_pat_create_result_details_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"expiresAt", path_pat_create_result_details_expiresAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_field_def fields_pat_create_result[] = {
    {"secret", path_pat_create_result_secret, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"details", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_pat_create_result_details, 4, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_pat_create_errors_0[] = {"createPersonalAccessToken", "errors", NULL};
static const char *const *const errors_pat_create[] = {path_pat_create_errors_0};
static const char *const verbatim_pat_create[] = {"UnauthorizedOperation"};
static const nitro_text_part text_pat_create_activity[] = {
    {NITRO_PART_TEXT, "Creating personal access token", {0}, 0, 0},
};
static const char *const path_pat_create_success_1[] = {"token", "description", NULL};
static const nitro_text_part text_pat_create_success[] = {
    {NITRO_PART_TEXT, "Created personal access token '", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_pat_create_success_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_pat_create_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const nitro_text_part text_pat_create_notice[] = {
    {NITRO_PART_TEXT, "store the secret now, for example in a secret manager: it is shown only once and cannot be shown again.", {0}, 0, 0},
};
static const char *const path_pat_create_human_0[] = {"token", "id", NULL};
static const char *const path_pat_create_human_1[] = {"token", "description", NULL};
static const char *const path_pat_create_human_2[] = {"token", "createdAt", NULL};
static const char *const path_pat_create_human_3[] = {"token", "expiresAt", NULL};
static const char *const path_pat_create_human_4[] = {"secret", NULL};
static const nitro_human_line human_pat_create[] = {
    {"Id", {path_pat_create_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Description", {path_pat_create_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Created at", {path_pat_create_human_2, NITRO_FMT_DATETIME}, {NULL, 0}},
    {"Expires at", {path_pat_create_human_3, NITRO_FMT_WITH_EXPIRES_IN}, {NULL, 0}},
    {"Secret", {path_pat_create_human_4, NITRO_FMT_NONE}, {NULL, 0}},
};
const nitro_behaviour nitro_behaviour_pat_create = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_create_pat_operation, bindings_pat_create, 2},
    .data = path_pat_create_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_pat_create_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_pat_create,
    .n_errors = 1,
    .verbatim = verbatim_pat_create,
    .n_verbatim = 1,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_pat_create_activity, 1},
    .success = {text_pat_create_success, 3},
    .no_data = {text_pat_create_no_data, 1},
    .notice = {text_pat_create_notice, 1},
    .recheck = "nitro pat list",
    .human = human_pat_create,
    .n_human = 5,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- pat list ---- */
static const char *const path_pat_list_var_0[] = {"after", NULL};
static const char *const path_pat_list_var_1[] = {"first", NULL};
static const nitro_binding bindings_pat_list[] = {
    {path_pat_list_var_0, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_pat_list_var_1, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_pat_list_data[] = {"me", "personalAccessTokens", NULL};
static const char *const path_pat_list_result_id[] = {"id", NULL};
static const char *const path_pat_list_result_description[] = {"description", NULL};
static const char *const path_pat_list_result_createdAt[] = {"createdAt", NULL};
static const char *const path_pat_list_result_expiresAt[] = {"expiresAt", NULL};
static const nitro_field_def fields_pat_list_result[] = {
    {"id", path_pat_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"description", path_pat_list_result_description, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"createdAt", path_pat_list_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"expiresAt", path_pat_list_result_expiresAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_pat_list_activity[] = {
    {NITRO_PART_TEXT, "Fetching personal access tokens", {0}, 0, 0},
};
static const char *const path_pat_list_human_0[] = {"id", NULL};
static const char *const path_pat_list_human_1[] = {"description", NULL};
static const char *const path_pat_list_human_2[] = {"createdAt", NULL};
static const char *const path_pat_list_human_3[] = {"expiresAt", NULL};
static const nitro_human_line human_pat_list[] = {
    {"Id", {path_pat_list_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Description", {path_pat_list_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Created at", {path_pat_list_human_2, NITRO_FMT_DATETIME}, {NULL, 0}},
    {"Expires at", {path_pat_list_human_3, NITRO_FMT_WITH_EXPIRES_IN}, {NULL, 0}},
};
static const char *const path_pat_list_column_0[] = {"id", NULL};
static const char *const path_pat_list_column_1[] = {"description", NULL};
static const char *const path_pat_list_column_2[] = {"expiresAt", NULL};
static const nitro_column columns_pat_list[] = {
    {"Id", {path_pat_list_column_0, NITRO_FMT_NONE}},
    {"Description", {path_pat_list_column_1, NITRO_FMT_NONE}},
    {"Expires in", {path_pat_list_column_2, NITRO_FMT_EXPIRES_IN}},
};
const nitro_behaviour nitro_behaviour_pat_list = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_list_pats_operation, bindings_pat_list, 2},
    .data = path_pat_list_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_pat_list_result, 4, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = true,
    .activity = {text_pat_list_activity, 1},
    .recheck = NULL,
    .human = human_pat_list,
    .n_human = 4,
    .table_title = "PersonalAccessTokens",
    .columns = columns_pat_list,
    .n_columns = 3,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = offsetof(nitro_opts_pat_list, global.cursor),
    .all_offset = offsetof(nitro_opts_pat_list, global.all),
    .limit_offset = offsetof(nitro_opts_pat_list, global.limit),
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- workspace create ---- */
static const char *const path_workspace_create_var_0[] = {"input", "name", NULL};
static const nitro_binding bindings_workspace_create[] = {
    {path_workspace_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_workspace_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_workspace_create_data[] = {"createWorkspace", "workspace", NULL};
static const char *const path_workspace_create_result_id[] = {"id", NULL};
static const char *const path_workspace_create_result_name[] = {"name", NULL};
static const char *const path_workspace_create_result_personal[] = {"personal", NULL};
static const nitro_field_def fields_workspace_create_result[] = {
    {"id", path_workspace_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_workspace_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"personal", path_workspace_create_result_personal, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_workspace_create_errors_0[] = {"createWorkspace", "errors", NULL};
static const char *const *const errors_workspace_create[] = {path_workspace_create_errors_0};
static const char *const verbatim_workspace_create[] = {"UnauthorizedOperation", "ValidationError"};
static const nitro_text_part text_workspace_create_activity[] = {
    {NITRO_PART_TEXT, "Creating workspace '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_workspace_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_workspace_create_success[] = {
    {NITRO_PART_TEXT, "Created workspace '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_workspace_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_workspace_create_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const char *const path_workspace_create_human_0[] = {"id", NULL};
static const char *const path_workspace_create_human_1[] = {"name", NULL};
static const char *const path_workspace_create_human_2[] = {"personal", NULL};
static const nitro_human_line human_workspace_create[] = {
    {"Id", {path_workspace_create_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_workspace_create_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Personal", {path_workspace_create_human_2, NITRO_FMT_YES_NO}, {NULL, 0}},
};
const nitro_behaviour nitro_behaviour_workspace_create = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_create_workspace_operation, bindings_workspace_create, 1},
    .data = path_workspace_create_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_workspace_create_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_workspace_create,
    .n_errors = 1,
    .verbatim = verbatim_workspace_create,
    .n_verbatim = 2,
    .all_errors = true,
    .not_a_user = false,
    .activity = {text_workspace_create_activity, 3},
    .success = {text_workspace_create_success, 3},
    .no_data = {text_workspace_create_no_data, 1},
    .recheck = "nitro workspace list",
    .human = human_workspace_create,
    .n_human = 3,
    .save_workspace = NITRO_SAVE_WORKSPACE_OPTION,
    .save_workspace_offset = offsetof(nitro_opts_workspace_create, default_),
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = offsetof(nitro_opts_workspace_create, default_),
    .confirm_question = "Set as default workspace\?",
};

/* ---- workspace show ---- */
static const char *const path_workspace_show_var_0[] = {"workspaceId", NULL};
static const nitro_binding bindings_workspace_show[] = {
    {path_workspace_show_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_workspace_show, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_workspace_show_data[] = {"node", NULL};
static const char *const path_workspace_show_result_id[] = {"id", NULL};
static const char *const path_workspace_show_result_name[] = {"name", NULL};
static const char *const path_workspace_show_result_personal[] = {"personal", NULL};
static const nitro_field_def fields_workspace_show_result[] = {
    {"id", path_workspace_show_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_workspace_show_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"personal", path_workspace_show_result_personal, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_workspace_show_activity[] = {
    {NITRO_PART_TEXT, "Fetching workspace", {0}, 0, 0},
};
static const nitro_text_part text_workspace_show_not_found[] = {
    {NITRO_PART_TEXT, "The workspace with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_workspace_show, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_workspace_show_human_0[] = {"id", NULL};
static const char *const path_workspace_show_human_1[] = {"name", NULL};
static const char *const path_workspace_show_human_2[] = {"personal", NULL};
static const nitro_human_line human_workspace_show[] = {
    {"Id", {path_workspace_show_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_workspace_show_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Personal", {path_workspace_show_human_2, NITRO_FMT_YES_NO}, {NULL, 0}},
};
const nitro_behaviour nitro_behaviour_workspace_show = {
    .kind = NITRO_KIND_QUERY,
    .request = {&gql_show_workspace_operation, bindings_workspace_show, 1},
    .data = path_workspace_show_data,
    .data_type = "Workspace",
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_workspace_show_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_workspace_show_activity, 1},
    .not_found = {text_workspace_show_not_found, 3},
    .recheck = NULL,
    .human = human_workspace_show,
    .n_human = 3,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- workspace list ---- */
static const char *const path_workspace_list_var_0[] = {"after", NULL};
static const char *const path_workspace_list_var_1[] = {"first", NULL};
static const nitro_binding bindings_workspace_list[] = {
    {path_workspace_list_var_0, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_workspace_list_var_1, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_workspace_list_data[] = {"me", "workspaces", NULL};
static const char *const path_workspace_list_result_id[] = {"id", NULL};
static const char *const path_workspace_list_result_name[] = {"name", NULL};
static const char *const path_workspace_list_result_personal[] = {"personal", NULL};
static const nitro_field_def fields_workspace_list_result[] = {
    {"id", path_workspace_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_workspace_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"personal", path_workspace_list_result_personal, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_workspace_list_activity[] = {
    {NITRO_PART_TEXT, "Fetching workspaces", {0}, 0, 0},
};
static const char *const path_workspace_list_human_0[] = {"id", NULL};
static const char *const path_workspace_list_human_1[] = {"name", NULL};
static const char *const path_workspace_list_human_2[] = {"personal", NULL};
static const nitro_human_line human_workspace_list[] = {
    {"Id", {path_workspace_list_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_workspace_list_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Personal", {path_workspace_list_human_2, NITRO_FMT_YES_NO}, {NULL, 0}},
};
static const char *const path_workspace_list_column_0[] = {"id", NULL};
static const char *const path_workspace_list_column_1[] = {"name", NULL};
static const char *const path_workspace_list_column_2[] = {"personal", NULL};
static const nitro_column columns_workspace_list[] = {
    {"Id", {path_workspace_list_column_0, NITRO_FMT_NONE}},
    {"Name", {path_workspace_list_column_1, NITRO_FMT_NONE}},
    {"IsPersonal", {path_workspace_list_column_2, NITRO_FMT_YES_NO}},
};
const nitro_behaviour nitro_behaviour_workspace_list = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_list_workspaces_operation, bindings_workspace_list, 2},
    .data = path_workspace_list_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_workspace_list_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = true,
    .activity = {text_workspace_list_activity, 1},
    .recheck = NULL,
    .human = human_workspace_list,
    .n_human = 3,
    .table_title = "Workspaces",
    .columns = columns_workspace_list,
    .n_columns = 3,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = offsetof(nitro_opts_workspace_list, global.cursor),
    .all_offset = offsetof(nitro_opts_workspace_list, global.all),
    .limit_offset = offsetof(nitro_opts_workspace_list, global.limit),
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- workspace current ---- */
static const char *const path_workspace_current_data[] = {"workspace", NULL};
static const char *const path_workspace_current_result_id[] = {"id", NULL};
static const char *const path_workspace_current_result_name[] = {"name", NULL};
static const nitro_field_def fields_workspace_current_result[] = {
    {"id", path_workspace_current_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_workspace_current_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_workspace_current_not_found[] = {
    {NITRO_PART_TEXT, "No workspace selected. Run 'nitro workspace set-default' to set a default.", {0}, 0, 0},
};
static const char *const path_workspace_current_human_0_0[] = {"name", NULL};
static const char *const path_workspace_current_human_0_2[] = {"id", NULL};
static const nitro_text_part text_workspace_current_human_0[] = {
    {NITRO_PART_DATA, NULL, {path_workspace_current_human_0_0, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, " (", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_workspace_current_human_0_2, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ")", {0}, 0, 0},
};
static const nitro_human_line human_workspace_current[] = {
    {NULL, {0}, {text_workspace_current_human_0, 4}},
};
const nitro_behaviour nitro_behaviour_workspace_current = {
    .kind = NITRO_KIND_LOCAL,
    .data = path_workspace_current_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_workspace_current_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .not_found = {text_workspace_current_not_found, 1},
    .recheck = NULL,
    .human = human_workspace_current,
    .n_human = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- workspace set-default ---- */
static const char *const path_workspace_set_default_var_0[] = {"workspaceId", NULL};
static const nitro_binding bindings_workspace_set_default[] = {
    {path_workspace_set_default_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_workspace_set_default, workspace_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "workspace-id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_workspace_set_default_data[] = {"node", NULL};
static const char *const path_workspace_set_default_result_id[] = {"id", NULL};
static const char *const path_workspace_set_default_result_name[] = {"name", NULL};
static const nitro_field_def fields_workspace_set_default_result[] = {
    {"id", path_workspace_set_default_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_workspace_set_default_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_workspace_set_default_activity[] = {
    {NITRO_PART_TEXT, "Fetching workspace", {0}, 0, 0},
};
static const nitro_text_part text_workspace_set_default_not_found[] = {
    {NITRO_PART_TEXT, "The workspace with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_workspace_set_default, workspace_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_workspace_set_default_human_0_1[] = {"name", NULL};
static const char *const path_workspace_set_default_human_0_3[] = {"id", NULL};
static const nitro_text_part text_workspace_set_default_human_0[] = {
    {NITRO_PART_TEXT, "Default workspace: ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_workspace_set_default_human_0_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, " (", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_workspace_set_default_human_0_3, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ")", {0}, 0, 0},
};
static const nitro_human_line human_workspace_set_default[] = {
    {NULL, {0}, {text_workspace_set_default_human_0, 5}},
};
static const nitro_pick_def picks_workspace_set_default[] = {
    {offsetof(nitro_opts_workspace_set_default, workspace_id), "workspace-id", &nitro_picker_workspace, "Which workspace do you want to use as your default\?"},
};
const nitro_behaviour nitro_behaviour_workspace_set_default = {
    .kind = NITRO_KIND_QUERY,
    .request = {&gql_show_workspace_operation, bindings_workspace_set_default, 1},
    .data = path_workspace_set_default_data,
    .data_type = "Workspace",
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_workspace_set_default_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_workspace_set_default_activity, 1},
    .not_found = {text_workspace_set_default_not_found, 3},
    .recheck = NULL,
    .human = human_workspace_set_default,
    .n_human = 1,
    .picks = picks_workspace_set_default,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_ALWAYS,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = offsetof(nitro_opts_workspace_set_default, workspace_id),
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- api-key create ---- */
static const char *const path_api_key_create_var_0[] = {"input", "name", NULL};
static const char *const path_api_key_create_var_1[] = {"input", "workspaceId", NULL};
static const char *const path_api_key_create_var_2[] = {"input", "permissionScope", "apiId", NULL};
static const char *const path_api_key_create_var_3[] = {"input", "permissionScope", "workspaceId", NULL};
static const char *const path_api_key_create_var_4[] = {"input", "roleAssigmentCondition", "stageAuthorizationCondition", "name", NULL};
static const nitro_binding bindings_api_key_create[] = {
    {path_api_key_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_api_key_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL},
    {path_api_key_create_var_1, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_api_key_create_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_api_key_create, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 3, true, true, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_api_key_create_var_3, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, true, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_api_key_create_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_api_key_create, stage_condition), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 2, false, false, "stage-condition", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_api_key_create_data[] = {"createApiKey", "result", NULL};
static const char *const path_api_key_create_result_secret[] = {"secret", NULL};
static const char *const path_api_key_create_result_details_id[] = {"key", "id", NULL};
static const char *const path_api_key_create_result_details_name[] = {"key", "name", NULL};
static const char *const path_api_key_create_result_details_workspace_name[] = {"key", "workspace", "name", NULL};
static const nitro_field_def fields_api_key_create_result_details_workspace[] = {
    {"name", path_api_key_create_result_details_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_api_key_create_result_details_workspace[] = {"key", "workspace", NULL};
static const nitro_field_def fields_api_key_create_result_details[] = {
    {"id", path_api_key_create_result_details_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_api_key_create_result_details_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"workspace", path_api_key_create_result_details_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_key_create_result_details_workspace, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_field_def fields_api_key_create_result[] = {
    {"secret", path_api_key_create_result_secret, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"details", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_key_create_result_details, 3, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_api_key_create_errors_0[] = {"createApiKey", "errors", NULL};
static const char *const *const errors_api_key_create[] = {path_api_key_create_errors_0};
static const char *const verbatim_api_key_create[] = {"ApiNotFoundError", "WorkspaceNotFound", "PersonalWorkspaceNotSupportedError", "RoleNotFoundError", "ValidationError"};
static const nitro_text_part text_api_key_create_activity[] = {
    {NITRO_PART_TEXT, "Creating API key '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_key_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_api_key_create_success[] = {
    {NITRO_PART_TEXT, "Created API key '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_key_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_api_key_create_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const nitro_text_part text_api_key_create_notice[] = {
    {NITRO_PART_TEXT, "store the secret now, for example in a secret manager: it is shown only once and cannot be shown again.", {0}, 0, 0},
};
static const char *const path_api_key_create_human_0[] = {"key", "id", NULL};
static const char *const path_api_key_create_human_1[] = {"key", "name", NULL};
static const char *const path_api_key_create_human_2[] = {"key", "workspace", "name", NULL};
static const char *const path_api_key_create_human_3[] = {"secret", NULL};
static const nitro_human_line human_api_key_create[] = {
    {"Id", {path_api_key_create_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_api_key_create_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Workspace", {path_api_key_create_human_2, NITRO_FMT_NONE}, {NULL, 0}},
    {"Secret", {path_api_key_create_human_3, NITRO_FMT_NONE}, {NULL, 0}},
};
static const nitro_pick_def picks_api_key_create[] = {
    {offsetof(nitro_opts_api_key_create, api_id), "api-id", &nitro_picker_api, "For which API do you want to create an API key\?"},
};
static const size_t one_of_offsets_api_key_create[] = {offsetof(nitro_opts_api_key_create, workspace_id), offsetof(nitro_opts_api_key_create, api_id)};
static const nitro_choice one_of_choices_api_key_create[] = {
    {"Api", offsetof(nitro_opts_api_key_create, api_id), &nitro_picker_api, "For which API do you want to create an API key\?"},
    {"Workspace", offsetof(nitro_opts_api_key_create, workspace_id), NULL, NULL},
};
static const nitro_one_of one_of_api_key_create = {
    .missing = "'--workspace-id' or '--api-id'",
    .offsets = one_of_offsets_api_key_create,
    .n_offsets = 2,
    .question = "Do you want to create the API key scoped to an API or the whole workspace\?",
    .choices = one_of_choices_api_key_create,
    .n_choices = 2,
};
const nitro_behaviour nitro_behaviour_api_key_create = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_create_api_key_operation, bindings_api_key_create, 5},
    .data = path_api_key_create_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_key_create_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_api_key_create,
    .n_errors = 1,
    .verbatim = verbatim_api_key_create,
    .n_verbatim = 5,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_api_key_create_activity, 3},
    .success = {text_api_key_create_success, 3},
    .no_data = {text_api_key_create_no_data, 1},
    .notice = {text_api_key_create_notice, 1},
    .recheck = "nitro api-key list",
    .human = human_api_key_create,
    .n_human = 4,
    .picks = picks_api_key_create,
    .n_picks = 1,
    .one_of = &one_of_api_key_create,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = offsetof(nitro_opts_api_key_create, workspace_id),
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- api-key list ---- */
static const char *const path_api_key_list_var_0[] = {"workspaceId", NULL};
static const char *const path_api_key_list_var_1[] = {"after", NULL};
static const char *const path_api_key_list_var_2[] = {"first", NULL};
static const nitro_binding bindings_api_key_list[] = {
    {path_api_key_list_var_0, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_api_key_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_api_key_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_api_key_list_data[] = {"workspaceById", "apiKeys", NULL};
static const char *const path_api_key_list_result_id[] = {"id", NULL};
static const char *const path_api_key_list_result_name[] = {"name", NULL};
static const char *const path_api_key_list_result_workspace_name[] = {"workspace", "name", NULL};
static const nitro_field_def fields_api_key_list_result_workspace[] = {
    {"name", path_api_key_list_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_api_key_list_result_workspace[] = {"workspace", NULL};
static const nitro_field_def fields_api_key_list_result[] = {
    {"id", path_api_key_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_api_key_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"workspace", path_api_key_list_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_key_list_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_api_key_list_activity[] = {
    {NITRO_PART_TEXT, "Fetching API keys", {0}, 0, 0},
};
static const nitro_text_part text_api_key_list_not_found[] = {
    {NITRO_PART_TEXT, "The workspace with ID '", {0}, 0, 0},
    {NITRO_PART_WORKSPACE, NULL, {0}, 0, 0},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_api_key_list_human_0[] = {"id", NULL};
static const char *const path_api_key_list_human_1[] = {"name", NULL};
static const char *const path_api_key_list_human_2[] = {"workspace", "name", NULL};
static const nitro_human_line human_api_key_list[] = {
    {"Id", {path_api_key_list_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_api_key_list_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Workspace", {path_api_key_list_human_2, NITRO_FMT_NONE}, {NULL, 0}},
};
static const char *const path_api_key_list_column_0[] = {"id", NULL};
static const char *const path_api_key_list_column_1[] = {"name", NULL};
static const nitro_column columns_api_key_list[] = {
    {"Id", {path_api_key_list_column_0, NITRO_FMT_NONE}},
    {"Name", {path_api_key_list_column_1, NITRO_FMT_NONE}},
};
const nitro_behaviour nitro_behaviour_api_key_list = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_list_api_keys_operation, bindings_api_key_list, 3},
    .data = path_api_key_list_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_key_list_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_api_key_list_activity, 1},
    .not_found = {text_api_key_list_not_found, 3},
    .recheck = NULL,
    .human = human_api_key_list,
    .n_human = 3,
    .table_title = "API Keys",
    .columns = columns_api_key_list,
    .n_columns = 2,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = offsetof(nitro_opts_api_key_list, global.cursor),
    .all_offset = offsetof(nitro_opts_api_key_list, global.all),
    .limit_offset = offsetof(nitro_opts_api_key_list, global.limit),
    .workspace_offset = offsetof(nitro_opts_api_key_list, workspace_id),
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- api create ---- */
static const char *const path_api_create_var_0[] = {"workspaceId", NULL};
static const char *const path_api_create_var_1[] = {"path", NULL};
static const char *const path_api_create_var_2[] = {"name", NULL};
static const char *const path_api_create_var_3[] = {"kind", NULL};
static const nitro_binding bindings_api_create[] = {
    {path_api_create_var_0, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_api_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_api_create, path), NITRO_OPT_STRING, NITRO_XF_SPLIT_PATH, NULL, 0, false, false, "path", NITRO_NO_OPTION, 0, NULL},
    {path_api_create_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_api_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL},
    {path_api_create_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_api_create, kind), NITRO_OPT_STRING, NITRO_XF_UPPER, NULL, 1, false, false, "kind", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_api_create_data[] = {"pushWorkspaceChanges", "changes", "[0]", "result", NULL};
static const char *const path_api_create_result_id[] = {"id", NULL};
static const char *const path_api_create_result_name[] = {"name", NULL};
static const char *const path_api_create_result_path[] = {"path", NULL};
static const char *const path_api_create_result_workspace_name[] = {"workspace", "name", NULL};
static const nitro_field_def fields_api_create_result_workspace[] = {
    {"name", path_api_create_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_api_create_result_workspace[] = {"workspace", NULL};
static const char *const path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[] = {"settings", "schemaRegistry", "treatDangerousAsBreaking", NULL};
static const char *const path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[] = {"settings", "schemaRegistry", "allowBreakingSchemaChanges", NULL};
static const nitro_field_def fields_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[] = {
    {"treatDangerousAsBreaking", path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"allowBreakingSchemaChanges", path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_field_def fields_api_create_result_apiDetailPromptSettings[] = {
    {"apiDetailPromptSchemaRegistry", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry, 2, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_field_def fields_api_create_result[] = {
    {"id", path_api_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_api_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"path", path_api_create_result_path, NITRO_VALUE_STRING, NITRO_FMT_JOIN_PATH, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"workspace", path_api_create_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_create_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING},
    {"apiDetailPromptSettings", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_create_result_apiDetailPromptSettings, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_api_create_errors_0[] = {"pushWorkspaceChanges", "errors", NULL};
static const char *const path_api_create_errors_1[] = {"pushWorkspaceChanges", "changes", "[0]", "error", NULL};
static const char *const *const errors_api_create[] = {path_api_create_errors_0, path_api_create_errors_1};
static const char *const verbatim_api_create[] = {"ChangeValidationFailed", "UnexpectedErrorOnChange", "WorkspaceNotFoundForChange"};
static const nitro_text_part text_api_create_activity[] = {
    {NITRO_PART_TEXT, "Creating API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_api_create_success[] = {
    {NITRO_PART_TEXT, "Created API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_api_create_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const char *const path_api_create_human_0[] = {"id", NULL};
static const char *const path_api_create_human_1[] = {"name", NULL};
static const char *const path_api_create_human_2[] = {"path", NULL};
static const char *const path_api_create_human_3[] = {"workspace", "name", NULL};
static const nitro_human_line human_api_create[] = {
    {"Id", {path_api_create_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_api_create_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Path", {path_api_create_human_2, NITRO_FMT_JOIN_PATH}, {NULL, 0}},
    {"Workspace", {path_api_create_human_3, NITRO_FMT_NONE}, {NULL, 0}},
};
const nitro_behaviour nitro_behaviour_api_create = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_create_api_operation, bindings_api_create, 4},
    .data = path_api_create_data,
    .data_type = "Api",
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_create_result, 5, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_api_create,
    .n_errors = 2,
    .verbatim = verbatim_api_create,
    .n_verbatim = 3,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_api_create_activity, 3},
    .success = {text_api_create_success, 3},
    .no_data = {text_api_create_no_data, 1},
    .recheck = "nitro api list",
    .human = human_api_create,
    .n_human = 4,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = offsetof(nitro_opts_api_create, workspace_id),
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- api list ---- */
static const char *const path_api_list_var_0[] = {"workspaceId", NULL};
static const char *const path_api_list_var_1[] = {"after", NULL};
static const char *const path_api_list_var_2[] = {"first", NULL};
static const nitro_binding bindings_api_list[] = {
    {path_api_list_var_0, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_api_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_api_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_api_list_data[] = {"workspaceById", "apis", NULL};
static const char *const path_api_list_result_id[] = {"id", NULL};
static const char *const path_api_list_result_name[] = {"name", NULL};
static const char *const path_api_list_result_path[] = {"path", NULL};
static const char *const path_api_list_result_workspace_name[] = {"workspace", "name", NULL};
static const nitro_field_def fields_api_list_result_workspace[] = {
    {"name", path_api_list_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_api_list_result_workspace[] = {"workspace", NULL};
static const char *const path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[] = {"settings", "schemaRegistry", "treatDangerousAsBreaking", NULL};
static const char *const path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[] = {"settings", "schemaRegistry", "allowBreakingSchemaChanges", NULL};
static const nitro_field_def fields_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[] = {
    {"treatDangerousAsBreaking", path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"allowBreakingSchemaChanges", path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_field_def fields_api_list_result_apiDetailPromptSettings[] = {
    {"apiDetailPromptSchemaRegistry", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry, 2, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_field_def fields_api_list_result[] = {
    {"id", path_api_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_api_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"path", path_api_list_result_path, NITRO_VALUE_STRING, NITRO_FMT_JOIN_PATH, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"workspace", path_api_list_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_list_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING},
    {"apiDetailPromptSettings", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_list_result_apiDetailPromptSettings, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_api_list_activity[] = {
    {NITRO_PART_TEXT, "Fetching APIs", {0}, 0, 0},
};
static const nitro_text_part text_api_list_not_found[] = {
    {NITRO_PART_TEXT, "The workspace with ID '", {0}, 0, 0},
    {NITRO_PART_WORKSPACE, NULL, {0}, 0, 0},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_api_list_human_0[] = {"id", NULL};
static const char *const path_api_list_human_1[] = {"name", NULL};
static const char *const path_api_list_human_2[] = {"path", NULL};
static const char *const path_api_list_human_3[] = {"workspace", "name", NULL};
static const nitro_human_line human_api_list[] = {
    {"Id", {path_api_list_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_api_list_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Path", {path_api_list_human_2, NITRO_FMT_JOIN_PATH}, {NULL, 0}},
    {"Workspace", {path_api_list_human_3, NITRO_FMT_NONE}, {NULL, 0}},
};
static const char *const path_api_list_column_0[] = {"id", NULL};
static const char *const path_api_list_column_1[] = {"name", NULL};
static const char *const path_api_list_column_2[] = {"path", NULL};
static const nitro_column columns_api_list[] = {
    {"Id", {path_api_list_column_0, NITRO_FMT_NONE}},
    {"Name", {path_api_list_column_1, NITRO_FMT_NONE}},
    {"Path", {path_api_list_column_2, NITRO_FMT_JOIN_PATH}},
};
const nitro_behaviour nitro_behaviour_api_list = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_list_apis_operation, bindings_api_list, 3},
    .data = path_api_list_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_list_result, 5, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_api_list_activity, 1},
    .not_found = {text_api_list_not_found, 3},
    .recheck = NULL,
    .human = human_api_list,
    .n_human = 4,
    .table_title = "APIs",
    .columns = columns_api_list,
    .n_columns = 3,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = offsetof(nitro_opts_api_list, global.cursor),
    .all_offset = offsetof(nitro_opts_api_list, global.all),
    .limit_offset = offsetof(nitro_opts_api_list, global.limit),
    .workspace_offset = offsetof(nitro_opts_api_list, workspace_id),
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- api show ---- */
static const char *const path_api_show_var_0[] = {"apiId", NULL};
static const nitro_binding bindings_api_show[] = {
    {path_api_show_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_api_show, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_api_show_data[] = {"node", NULL};
static const char *const path_api_show_result_id[] = {"id", NULL};
static const char *const path_api_show_result_name[] = {"name", NULL};
static const char *const path_api_show_result_path[] = {"path", NULL};
static const char *const path_api_show_result_workspace_name[] = {"workspace", "name", NULL};
static const nitro_field_def fields_api_show_result_workspace[] = {
    {"name", path_api_show_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_api_show_result_workspace[] = {"workspace", NULL};
static const char *const path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[] = {"settings", "schemaRegistry", "treatDangerousAsBreaking", NULL};
static const char *const path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[] = {"settings", "schemaRegistry", "allowBreakingSchemaChanges", NULL};
static const nitro_field_def fields_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[] = {
    {"treatDangerousAsBreaking", path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"allowBreakingSchemaChanges", path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_field_def fields_api_show_result_apiDetailPromptSettings[] = {
    {"apiDetailPromptSchemaRegistry", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry, 2, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_field_def fields_api_show_result[] = {
    {"id", path_api_show_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_api_show_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"path", path_api_show_result_path, NITRO_VALUE_STRING, NITRO_FMT_JOIN_PATH, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"workspace", path_api_show_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_show_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING},
    {"apiDetailPromptSettings", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_show_result_apiDetailPromptSettings, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_api_show_activity[] = {
    {NITRO_PART_TEXT, "Fetching API", {0}, 0, 0},
};
static const nitro_text_part text_api_show_not_found[] = {
    {NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_show, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_api_show_human_0[] = {"id", NULL};
static const char *const path_api_show_human_1[] = {"name", NULL};
static const char *const path_api_show_human_2[] = {"path", NULL};
static const char *const path_api_show_human_3[] = {"workspace", "name", NULL};
static const nitro_human_line human_api_show[] = {
    {"Id", {path_api_show_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_api_show_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Path", {path_api_show_human_2, NITRO_FMT_JOIN_PATH}, {NULL, 0}},
    {"Workspace", {path_api_show_human_3, NITRO_FMT_NONE}, {NULL, 0}},
};
const nitro_behaviour nitro_behaviour_api_show = {
    .kind = NITRO_KIND_QUERY,
    .request = {&gql_show_api_operation, bindings_api_show, 1},
    .data = path_api_show_data,
    .data_type = "Api",
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_show_result, 5, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_api_show_activity, 1},
    .not_found = {text_api_show_not_found, 3},
    .recheck = NULL,
    .human = human_api_show,
    .n_human = 4,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- api delete ---- */
static const char *const path_api_delete_var_0[] = {"apiId", NULL};
static const nitro_binding bindings_api_delete[] = {
    {path_api_delete_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_api_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_api_delete_data[] = {"deleteApiById", "api", NULL};
static const char *const path_api_delete_result_id[] = {"id", NULL};
static const char *const path_api_delete_result_name[] = {"name", NULL};
static const char *const path_api_delete_result_path[] = {"path", NULL};
static const char *const path_api_delete_result_workspace_name[] = {"workspace", "name", NULL};
static const nitro_field_def fields_api_delete_result_workspace[] = {
    {"name", path_api_delete_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_api_delete_result_workspace[] = {"workspace", NULL};
static const char *const path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[] = {"settings", "schemaRegistry", "treatDangerousAsBreaking", NULL};
static const char *const path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[] = {"settings", "schemaRegistry", "allowBreakingSchemaChanges", NULL};
static const nitro_field_def fields_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[] = {
    {"treatDangerousAsBreaking", path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"allowBreakingSchemaChanges", path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_field_def fields_api_delete_result_apiDetailPromptSettings[] = {
    {"apiDetailPromptSchemaRegistry", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry, 2, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_field_def fields_api_delete_result[] = {
    {"id", path_api_delete_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_api_delete_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"path", path_api_delete_result_path, NITRO_VALUE_STRING, NITRO_FMT_JOIN_PATH, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"workspace", path_api_delete_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_delete_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING},
    {"apiDetailPromptSettings", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_delete_result_apiDetailPromptSettings, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_api_delete_errors_0[] = {"deleteApiById", "errors", NULL};
static const char *const *const errors_api_delete[] = {path_api_delete_errors_0};
static const nitro_text_part text_api_delete_activity[] = {
    {NITRO_PART_TEXT, "Deleting API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_api_delete_success[] = {
    {NITRO_PART_TEXT, "Deleted API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_api_delete_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const char *const path_api_delete_confirm_1[] = {"name", NULL};
static const nitro_text_part text_api_delete_confirm[] = {
    {NITRO_PART_TEXT, "Do you really want to delete API ", {0}, 0, 0},
    {NITRO_PART_CHECK, NULL, {path_api_delete_confirm_1, NITRO_FMT_NONE}, 0, 0},
};
static const nitro_text_part text_api_delete_declined[] = {
    {NITRO_PART_TEXT, "The API was not deleted.", {0}, 0, 0},
};
static const char *const path_api_delete_human_0[] = {"id", NULL};
static const char *const path_api_delete_human_1[] = {"name", NULL};
static const char *const path_api_delete_human_2[] = {"path", NULL};
static const char *const path_api_delete_human_3[] = {"workspace", "name", NULL};
static const nitro_human_line human_api_delete[] = {
    {"Id", {path_api_delete_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_api_delete_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Path", {path_api_delete_human_2, NITRO_FMT_JOIN_PATH}, {NULL, 0}},
    {"Workspace", {path_api_delete_human_3, NITRO_FMT_NONE}, {NULL, 0}},
};
static const char *const path_api_delete_check_var_0[] = {"apiId", NULL};
static const nitro_binding bindings_api_delete_check[] = {
    {path_api_delete_check_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_api_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_api_delete_check_data[] = {"node", NULL};
static const nitro_text_part text_api_delete_check_not_found[] = {
    {NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const nitro_behaviour nitro_behaviour_api_delete_check = {
    .kind = NITRO_KIND_QUERY,
    .request = {&gql_delete_api_check_operation, bindings_api_delete_check, 1},
    .data = path_api_delete_check_data,
    .data_type = "Api",
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .not_found = {text_api_delete_check_not_found, 3},
    .recheck = NULL,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_api_delete, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

const nitro_behaviour nitro_behaviour_api_delete = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_delete_api_operation, bindings_api_delete, 1},
    .data = path_api_delete_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_delete_result, 5, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_api_delete,
    .n_errors = 1,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_api_delete_activity, 3},
    .success = {text_api_delete_success, 3},
    .no_data = {text_api_delete_no_data, 1},
    .confirm = {text_api_delete_confirm, 2},
    .declined = {text_api_delete_declined, 1},
    .recheck = "nitro api list",
    .human = human_api_delete,
    .n_human = 4,
    .check = &nitro_behaviour_api_delete_check,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_api_delete, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- client create ---- */
static const char *const path_client_create_var_0[] = {"input", "apiId", NULL};
static const char *const path_client_create_var_1[] = {"input", "name", NULL};
static const nitro_binding bindings_client_create[] = {
    {path_client_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_create, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_client_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_client_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_create_data[] = {"createClient", "client", NULL};
static const char *const path_client_create_result_id[] = {"id", NULL};
static const char *const path_client_create_result_name[] = {"name", NULL};
static const char *const path_client_create_result_api_name[] = {"api", "name", NULL};
static const nitro_field_def fields_client_create_result_api[] = {
    {"name", path_client_create_result_api_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_client_create_result_api[] = {"api", NULL};
static const nitro_field_def fields_client_create_result[] = {
    {"id", path_client_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_client_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"api", path_client_create_result_api, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_create_result_api, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_client_create_errors_0[] = {"createClient", "errors", NULL};
static const char *const *const errors_client_create[] = {path_client_create_errors_0};
static const char *const verbatim_client_create[] = {"ApiNotFoundError", "UnauthorizedOperation"};
static const nitro_text_part text_client_create_activity[] = {
    {NITRO_PART_TEXT, "Creating client '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' for API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_create, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_client_create_success[] = {
    {NITRO_PART_TEXT, "Created client '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_client_create_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const char *const path_client_create_human_0[] = {"id", NULL};
static const char *const path_client_create_human_1[] = {"name", NULL};
static const char *const path_client_create_human_2[] = {"api", "name", NULL};
static const nitro_human_line human_client_create[] = {
    {"Id", {path_client_create_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_client_create_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Api", {path_client_create_human_2, NITRO_FMT_NONE}, {NULL, 0}},
};
static const nitro_pick_def picks_client_create[] = {
    {offsetof(nitro_opts_client_create, api_id), "api-id", &nitro_picker_api, "For which API do you want to create a client\?"},
};
const nitro_behaviour nitro_behaviour_client_create = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_create_client_operation, bindings_client_create, 2},
    .data = path_client_create_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_create_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_client_create,
    .n_errors = 1,
    .verbatim = verbatim_client_create,
    .n_verbatim = 2,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_client_create_activity, 5},
    .success = {text_client_create_success, 3},
    .no_data = {text_client_create_no_data, 1},
    .recheck = "nitro client list",
    .human = human_client_create,
    .n_human = 3,
    .picks = picks_client_create,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- client delete ---- */
static const char *const path_client_delete_var_0[] = {"input", "clientId", NULL};
static const nitro_binding bindings_client_delete[] = {
    {path_client_delete_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_delete_data[] = {"deleteClientById", "client", NULL};
static const char *const path_client_delete_result_id[] = {"id", NULL};
static const char *const path_client_delete_result_name[] = {"name", NULL};
static const char *const path_client_delete_result_api_name[] = {"api", "name", NULL};
static const nitro_field_def fields_client_delete_result_api[] = {
    {"name", path_client_delete_result_api_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_client_delete_result_api[] = {"api", NULL};
static const nitro_field_def fields_client_delete_result[] = {
    {"id", path_client_delete_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_client_delete_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"api", path_client_delete_result_api, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_delete_result_api, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_client_delete_errors_0[] = {"deleteClientById", "errors", NULL};
static const char *const *const errors_client_delete[] = {path_client_delete_errors_0};
static const char *const verbatim_client_delete[] = {"ClientNotFoundError", "UnauthorizedOperation"};
static const nitro_text_part text_client_delete_activity[] = {
    {NITRO_PART_TEXT, "Deleting client '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_client_delete_success[] = {
    {NITRO_PART_TEXT, "Deleted client '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_client_delete_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const char *const path_client_delete_confirm_1[] = {"name", NULL};
static const nitro_text_part text_client_delete_confirm[] = {
    {NITRO_PART_TEXT, "Do you want to delete the client '", {0}, 0, 0},
    {NITRO_PART_CHECK, NULL, {path_client_delete_confirm_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, "' with ID ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "\?", {0}, 0, 0},
};
static const nitro_text_part text_client_delete_declined[] = {
    {NITRO_PART_TEXT, "Aborted.", {0}, 0, 0},
};
static const char *const path_client_delete_human_0[] = {"id", NULL};
static const char *const path_client_delete_human_1[] = {"name", NULL};
static const char *const path_client_delete_human_2[] = {"api", "name", NULL};
static const nitro_human_line human_client_delete[] = {
    {"Id", {path_client_delete_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_client_delete_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Api", {path_client_delete_human_2, NITRO_FMT_NONE}, {NULL, 0}},
};
static const char *const path_client_delete_check_var_0[] = {"clientId", NULL};
static const nitro_binding bindings_client_delete_check[] = {
    {path_client_delete_check_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_delete_check_data[] = {"node", NULL};
static const nitro_text_part text_client_delete_check_not_found[] = {
    {NITRO_PART_TEXT, "The client with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const nitro_behaviour nitro_behaviour_client_delete_check = {
    .kind = NITRO_KIND_QUERY,
    .request = {&gql_show_client_operation, bindings_client_delete_check, 1},
    .data = path_client_delete_check_data,
    .data_type = "Client",
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .only_to_confirm = true,
    .not_found = {text_client_delete_check_not_found, 3},
    .recheck = NULL,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_client_delete, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

const nitro_behaviour nitro_behaviour_client_delete = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_delete_client_operation, bindings_client_delete, 1},
    .data = path_client_delete_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_delete_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_client_delete,
    .n_errors = 1,
    .verbatim = verbatim_client_delete,
    .n_verbatim = 2,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_client_delete_activity, 3},
    .success = {text_client_delete_success, 3},
    .no_data = {text_client_delete_no_data, 1},
    .confirm = {text_client_delete_confirm, 5},
    .declined = {text_client_delete_declined, 1},
    .recheck = "nitro client list",
    .human = human_client_delete,
    .n_human = 3,
    .check = &nitro_behaviour_client_delete_check,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_client_delete, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- client show ---- */
static const char *const path_client_show_var_0[] = {"clientId", NULL};
static const nitro_binding bindings_client_show[] = {
    {path_client_show_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_show, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_show_data[] = {"node", NULL};
static const char *const path_client_show_result_id[] = {"id", NULL};
static const char *const path_client_show_result_name[] = {"name", NULL};
static const char *const path_client_show_result_api_name[] = {"api", "name", NULL};
static const nitro_field_def fields_client_show_result_api[] = {
    {"name", path_client_show_result_api_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_client_show_result_api[] = {"api", NULL};
static const nitro_field_def fields_client_show_result[] = {
    {"id", path_client_show_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_client_show_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"api", path_client_show_result_api, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_show_result_api, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_client_show_activity[] = {
    {NITRO_PART_TEXT, "Fetching client", {0}, 0, 0},
};
static const nitro_text_part text_client_show_not_found[] = {
    {NITRO_PART_TEXT, "The client with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_show, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_client_show_human_0[] = {"id", NULL};
static const char *const path_client_show_human_1[] = {"name", NULL};
static const char *const path_client_show_human_2[] = {"api", "name", NULL};
static const nitro_human_line human_client_show[] = {
    {"Id", {path_client_show_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_client_show_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Api", {path_client_show_human_2, NITRO_FMT_NONE}, {NULL, 0}},
};
const nitro_behaviour nitro_behaviour_client_show = {
    .kind = NITRO_KIND_QUERY,
    .request = {&gql_show_client_operation, bindings_client_show, 1},
    .data = path_client_show_data,
    .data_type = "Client",
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_show_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_client_show_activity, 1},
    .not_found = {text_client_show_not_found, 3},
    .recheck = NULL,
    .human = human_client_show,
    .n_human = 3,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- client list ---- */
static const char *const path_client_list_var_0[] = {"apiId", NULL};
static const char *const path_client_list_var_1[] = {"after", NULL};
static const char *const path_client_list_var_2[] = {"first", NULL};
static const nitro_binding bindings_client_list[] = {
    {path_client_list_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_list, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_client_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_client_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_list_data[] = {"node", "clients", NULL};
static const char *const path_client_list_result_id[] = {"id", NULL};
static const char *const path_client_list_result_name[] = {"name", NULL};
static const char *const path_client_list_result_api_name[] = {"api", "name", NULL};
static const nitro_field_def fields_client_list_result_api[] = {
    {"name", path_client_list_result_api_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_client_list_result_api[] = {"api", NULL};
static const nitro_field_def fields_client_list_result[] = {
    {"id", path_client_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_client_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"api", path_client_list_result_api, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_list_result_api, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_client_list_activity[] = {
    {NITRO_PART_TEXT, "Fetching clients", {0}, 0, 0},
};
static const nitro_text_part text_client_list_not_found[] = {
    {NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_list, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_client_list_human_0[] = {"id", NULL};
static const char *const path_client_list_human_1[] = {"name", NULL};
static const char *const path_client_list_human_2[] = {"api", "name", NULL};
static const nitro_human_line human_client_list[] = {
    {"Id", {path_client_list_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_client_list_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Api", {path_client_list_human_2, NITRO_FMT_NONE}, {NULL, 0}},
};
static const char *const path_client_list_column_0[] = {"id", NULL};
static const char *const path_client_list_column_1[] = {"name", NULL};
static const nitro_column columns_client_list[] = {
    {"Id", {path_client_list_column_0, NITRO_FMT_NONE}},
    {"Name", {path_client_list_column_1, NITRO_FMT_NONE}},
};
static const nitro_pick_def picks_client_list[] = {
    {offsetof(nitro_opts_client_list, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
const nitro_behaviour nitro_behaviour_client_list = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_list_clients_operation, bindings_client_list, 3},
    .data = path_client_list_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_list_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_client_list_activity, 1},
    .not_found = {text_client_list_not_found, 3},
    .recheck = NULL,
    .human = human_client_list,
    .n_human = 3,
    .table_title = "Clients of API",
    .columns = columns_client_list,
    .n_columns = 2,
    .picks = picks_client_list,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = offsetof(nitro_opts_client_list, global.cursor),
    .all_offset = offsetof(nitro_opts_client_list, global.all),
    .limit_offset = offsetof(nitro_opts_client_list, global.limit),
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- client list versions ---- */
static const char *const path_client_list_versions_var_0[] = {"clientId", NULL};
static const nitro_binding bindings_client_list_versions[] = {
    {path_client_list_versions_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_list_versions, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_list_versions_data[] = {"node", "versions", NULL};
static const char *const path_client_list_versions_result_tag[] = {"tag", NULL};
static const char *const path_client_list_versions_result_createdAt[] = {"createdAt", NULL};
static const char *const path_client_list_versions_result_stages_item[] = {"stage", "name", NULL};
static const nitro_field_def fields_client_list_versions_result_stages[] = {
    {"", path_client_list_versions_result_stages_item, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_client_list_versions_result_stages[] = {"publishedTo", NULL};
static const nitro_field_def fields_client_list_versions_result[] = {
    {"tag", path_client_list_versions_result_tag, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"createdAt", path_client_list_versions_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"stages", path_client_list_versions_result_stages, NITRO_VALUE_STRING_LIST, NITRO_FMT_NONE, fields_client_list_versions_result_stages, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_client_list_versions_activity[] = {
    {NITRO_PART_TEXT, "Fetching client versions", {0}, 0, 0},
};
static const nitro_text_part text_client_list_versions_not_found[] = {
    {NITRO_PART_TEXT, "The client with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_list_versions, client_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_client_list_versions_column_0[] = {"tag", NULL};
static const char *const path_client_list_versions_column_1[] = {"createdAt", NULL};
static const nitro_column columns_client_list_versions[] = {
    {"Tag", {path_client_list_versions_column_0, NITRO_FMT_NONE}},
    {"Created at", {path_client_list_versions_column_1, NITRO_FMT_DATETIME}},
};
static const char *const path_client_list_versions_next_page_var_0[] = {"id", NULL};
static const char *const path_client_list_versions_next_page_var_1[] = {"after", NULL};
static const nitro_binding bindings_client_list_versions_next_page[] = {
    {path_client_list_versions_next_page_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_list_versions, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL},
    {path_client_list_versions_next_page_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_list_versions_next_page_connection[] = {"node", "versions", NULL};
static const nitro_next_page_def next_page_client_list_versions = {
    .request = {&gql_page_client_versions_operation, bindings_client_list_versions_next_page, 2},
    .connection = path_client_list_versions_next_page_connection,
};
const nitro_behaviour nitro_behaviour_client_list_versions = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_show_client_operation, bindings_client_list_versions, 1},
    .data = path_client_list_versions_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_list_versions_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_client_list_versions_activity, 1},
    .not_found = {text_client_list_versions_not_found, 3},
    .recheck = NULL,
    .table_title = "Versions of client",
    .columns = columns_client_list_versions,
    .n_columns = 2,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = offsetof(nitro_opts_client_list_versions, global.cursor),
    .all_offset = offsetof(nitro_opts_client_list_versions, global.all),
    .limit_offset = offsetof(nitro_opts_client_list_versions, global.limit),
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .next_page = &next_page_client_list_versions,
};

/* ---- client list published-versions ---- */
static const char *const path_client_list_published_versions_var_0[] = {"clientId", NULL};
static const nitro_binding bindings_client_list_published_versions[] = {
    {path_client_list_published_versions_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_list_published_versions, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_list_published_versions_data[] = {"node", "versions", NULL};
static const char *const path_client_list_published_versions_result_tag[] = {"tag", NULL};
static const char *const path_client_list_published_versions_result_createdAt[] = {"createdAt", NULL};
static const char *const path_client_list_published_versions_result_stages_item[] = {"stage", "name", NULL};
static const nitro_field_def fields_client_list_published_versions_result_stages[] = {
    {"", path_client_list_published_versions_result_stages_item, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_client_list_published_versions_result_stages[] = {"publishedTo", NULL};
static const nitro_field_def fields_client_list_published_versions_result[] = {
    {"tag", path_client_list_published_versions_result_tag, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"createdAt", path_client_list_published_versions_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"stages", path_client_list_published_versions_result_stages, NITRO_VALUE_STRING_LIST, NITRO_FMT_NONE, fields_client_list_published_versions_result_stages, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_client_list_published_versions_activity[] = {
    {NITRO_PART_TEXT, "Fetching published client versions", {0}, 0, 0},
};
static const nitro_text_part text_client_list_published_versions_not_found[] = {
    {NITRO_PART_TEXT, "The client with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_list_published_versions, client_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_client_list_published_versions_column_0[] = {"tag", NULL};
static const char *const path_client_list_published_versions_column_1[] = {"createdAt", NULL};
static const nitro_column columns_client_list_published_versions[] = {
    {"Tag", {path_client_list_published_versions_column_0, NITRO_FMT_NONE}},
    {"Created at", {path_client_list_published_versions_column_1, NITRO_FMT_DATETIME}},
};
static const char *const path_client_list_published_versions_next_page_var_0[] = {"id", NULL};
static const char *const path_client_list_published_versions_next_page_var_1[] = {"after", NULL};
static const nitro_binding bindings_client_list_published_versions_next_page[] = {
    {path_client_list_published_versions_next_page_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_list_published_versions, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL},
    {path_client_list_published_versions_next_page_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_list_published_versions_next_page_connection[] = {"node", "versions", NULL};
static const nitro_next_page_def next_page_client_list_published_versions = {
    .request = {&gql_page_client_versions_operation, bindings_client_list_published_versions_next_page, 2},
    .connection = path_client_list_published_versions_next_page_connection,
};
static const char *const path_client_list_published_versions_keep_if_any[] = {"publishedTo", NULL};
const nitro_behaviour nitro_behaviour_client_list_published_versions = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_show_client_operation, bindings_client_list_published_versions, 1},
    .data = path_client_list_published_versions_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_list_published_versions_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_client_list_published_versions_activity, 1},
    .not_found = {text_client_list_published_versions_not_found, 3},
    .recheck = NULL,
    .table_title = "Published versions of client",
    .columns = columns_client_list_published_versions,
    .n_columns = 2,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = offsetof(nitro_opts_client_list_published_versions, global.cursor),
    .all_offset = offsetof(nitro_opts_client_list_published_versions, global.all),
    .limit_offset = offsetof(nitro_opts_client_list_published_versions, global.limit),
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .next_page = &next_page_client_list_published_versions,
    .keep_if_any = path_client_list_published_versions_keep_if_any,
};

/* ---- client upload ---- */
static const char *const path_client_upload_var_0[] = {"input", "clientId", NULL};
static const char *const path_client_upload_var_1[] = {"input", "tag", NULL};
static const char *const path_client_upload_var_2[] = {"input", "source", NULL};
static const nitro_binding bindings_client_upload[] = {
    {path_client_upload_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_upload, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL},
    {path_client_upload_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_client_upload, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL},
    {path_client_upload_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_client_upload, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_upload_data[] = {"uploadClient", "clientVersion", NULL};
static const char *const path_client_upload_result_clientVersionId[] = {"id", NULL};
static const nitro_field_def fields_client_upload_result[] = {
    {"clientVersionId", path_client_upload_result_clientVersionId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"clientId", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_client_upload, client_id), NITRO_OPT_STRING},
    {"tag", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_client_upload, tag), NITRO_OPT_STRING},
};
static const char *const path_client_upload_errors_0[] = {"uploadClient", "errors", NULL};
static const char *const *const errors_client_upload[] = {path_client_upload_errors_0};
static const char *const verbatim_client_upload[] = {"UnauthorizedOperation", "ClientNotFoundError", "DuplicatedTagError", "ConcurrentOperationError"};
static const nitro_text_part text_client_upload_activity[] = {
    {NITRO_PART_TEXT, "Uploading new client version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_upload, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' for client '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_upload, client_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_client_upload_success[] = {
    {NITRO_PART_TEXT, "Uploaded new client version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_upload, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_client_upload_no_data[] = {
    {NITRO_PART_TEXT, "Could not upload client.", {0}, 0, 0},
};
static const char *const path_client_upload_upload_0[] = {"input", "operations", NULL};
static const nitro_upload_def uploads_client_upload[] = {
    {path_client_upload_upload_0, offsetof(nitro_opts_client_upload, operations_file), "operations-file", "operations.graphql", NULL, 0, false, NULL},
};
const nitro_behaviour nitro_behaviour_client_upload = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_upload_client_operation, bindings_client_upload, 3},
    .data = path_client_upload_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_upload_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_client_upload,
    .n_errors = 1,
    .verbatim = verbatim_client_upload,
    .n_verbatim = 4,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_client_upload_activity, 5},
    .success = {text_client_upload_success, 3},
    .no_data = {text_client_upload_no_data, 1},
    .recheck = "nitro client list versions --client-id <client-id>",
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_client_upload,
    .n_uploads = 1,
};

/* ---- client validate ---- */
static const char *const path_client_validate_var_0[] = {"input", "clientId", NULL};
static const char *const path_client_validate_var_1[] = {"input", "stage", NULL};
static const char *const path_client_validate_var_2[] = {"input", "source", NULL};
static const nitro_binding bindings_client_validate[] = {
    {path_client_validate_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_validate, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL},
    {path_client_validate_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_client_validate, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL},
    {path_client_validate_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_client_validate, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_validate_data[] = {"validateClient", NULL};
static const char *const path_client_validate_result_requestId[] = {"id", NULL};
static const nitro_field_def fields_client_validate_result[] = {
    {"requestId", path_client_validate_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING},
};
static const char *const path_client_validate_errors_0[] = {"validateClient", "errors", NULL};
static const char *const *const errors_client_validate[] = {path_client_validate_errors_0};
static const char *const verbatim_client_validate[] = {"UnauthorizedOperation", "StageNotFoundError", "ClientNotFoundError"};
static const nitro_text_part text_client_validate_activity[] = {
    {NITRO_PART_TEXT, "Validating client against stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_validate, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' of client '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_validate, client_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_client_validate_success[] = {
    {NITRO_PART_TEXT, "Validated client against stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_validate, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_client_validate_no_data[] = {
    {NITRO_PART_TEXT, "Could not create client validation request.", {0}, 0, 0},
};
static const char *const path_client_validate_upload_0[] = {"input", "operations", NULL};
static const nitro_upload_def uploads_client_validate[] = {
    {path_client_validate_upload_0, offsetof(nitro_opts_client_validate, operations_file), "operations-file", "operations.graphql", NULL, 0, false, NULL},
};
static const char *const path_client_validate_follow_var_0[] = {"requestId", NULL};
static const char *const path_client_validate_follow_value_0[] = {"id", NULL};
static const char *const *const follow_variables_client_validate[] = {path_client_validate_follow_var_0};
static const char *const *const follow_values_client_validate[] = {path_client_validate_follow_value_0};
static const nitro_text_part text_client_validate_event_0_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_client_validate_event_1_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_client_validate_event_2_say[] = {
    {NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0},
};
static const nitro_text_part text_client_validate_event_3_say[] = {
    {NITRO_PART_TEXT, "Validation failed.", {0}, 0, 0},
};
static const char *const path_client_validate_event_3_errors[] = {"errors", NULL};
static const nitro_event_def events_client_validate[] = {
    {"OperationInProgress", {text_client_validate_event_0_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ValidationInProgress", {text_client_validate_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ClientVersionValidationSuccess", {text_client_validate_event_2_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL},
    {"ClientVersionValidationFailed", {text_client_validate_event_3_say, 1}, path_client_validate_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL},
};
static const char *const path_client_validate_follow_created_1[] = {"id", NULL};
static const nitro_text_part text_client_validate_follow_created[] = {
    {NITRO_PART_TEXT, "Validation request created (ID: ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_client_validate_follow_created_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ").", {0}, 0, 0},
};
static const nitro_text_part text_client_validate_follow_failed[] = {
    {NITRO_PART_TEXT, "Client validation failed.", {0}, 0, 0},
};
static const nitro_text_part text_client_validate_follow_ended[] = {
    {NITRO_PART_TEXT, "Validation failed: the server ended the stream without a result.", {0}, 0, 0},
};
static const char *const path_client_validate_follow_stopped_1[] = {"id", NULL};
static const nitro_text_part text_client_validate_follow_stopped[] = {
    {NITRO_PART_TEXT, "The validation request ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_client_validate_follow_stopped_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, " may go on on the server; it publishes nothing.", {0}, 0, 0},
};
static const char *const path_client_validate_follow_data[] = {"onClientVersionValidationUpdate", NULL};
static const nitro_follow_def follow_client_validate = {
    .operation = &gql_on_client_validation_operation,
    .variable_paths = follow_variables_client_validate,
    .value_paths = follow_values_client_validate,
    .n_variables = 1,
    .data = path_client_validate_follow_data,
    .events = events_client_validate,
    .n_events = 4,
    .created = {text_client_validate_follow_created, 3},
    .failed = {text_client_validate_follow_failed, 1},
    .ended = {text_client_validate_follow_ended, 1},
    .stopped = {text_client_validate_follow_stopped, 3},
    .wait_offset = NITRO_NO_OPTION,
};
const nitro_behaviour nitro_behaviour_client_validate = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_validate_client_operation, bindings_client_validate, 3},
    .data = path_client_validate_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_validate_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_client_validate,
    .n_errors = 1,
    .verbatim = verbatim_client_validate,
    .n_verbatim = 3,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_client_validate_activity, 5},
    .success = {text_client_validate_success, 3},
    .no_data = {text_client_validate_no_data, 1},
    .recheck = "nitro client validate --help",
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_client_validate,
    .n_uploads = 1,
    .follow = &follow_client_validate,
};

/* ---- client publish ---- */
static const char *const path_client_publish_var_0[] = {"input", "clientId", NULL};
static const char *const path_client_publish_var_1[] = {"input", "stage", NULL};
static const char *const path_client_publish_var_2[] = {"input", "tag", NULL};
static const char *const path_client_publish_var_3[] = {"input", "waitForApproval", NULL};
static const char *const path_client_publish_var_4[] = {"input", "force", NULL};
static const char *const path_client_publish_var_5[] = {"input", "source", NULL};
static const nitro_binding bindings_client_publish[] = {
    {path_client_publish_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_publish, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL},
    {path_client_publish_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_client_publish, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL},
    {path_client_publish_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_client_publish, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL},
    {path_client_publish_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_client_publish, wait_for_approval), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "wait-for-approval", NITRO_NO_OPTION, 0, NULL},
    {path_client_publish_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_client_publish, force), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "force", NITRO_NO_OPTION, 0, NULL},
    {path_client_publish_var_5, NITRO_BIND_INPUT, offsetof(nitro_opts_client_publish, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_publish_data[] = {"publishClient", NULL};
static const char *const path_client_publish_result_requestId[] = {"id", NULL};
static const nitro_field_def fields_client_publish_result[] = {
    {"stage", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_client_publish, stage), NITRO_OPT_STRING},
    {"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING},
    {"requestId", path_client_publish_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_client_publish_errors_0[] = {"publishClient", "errors", NULL};
static const char *const *const errors_client_publish[] = {path_client_publish_errors_0};
static const char *const verbatim_client_publish[] = {"UnauthorizedOperation", "StageNotFoundError", "ClientNotFoundError", "ClientVersionNotFoundError"};
static const nitro_text_part text_client_publish_activity[] = {
    {NITRO_PART_TEXT, "Publishing new client version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_publish, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' to stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_publish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' of client '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_publish, client_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_client_publish_success[] = {
    {NITRO_PART_TEXT, "Published new client version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_publish, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' to stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_publish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_client_publish_no_data[] = {
    {NITRO_PART_TEXT, "Could not create publish request.", {0}, 0, 0},
};
static const char *const path_client_publish_follow_var_0[] = {"requestId", NULL};
static const char *const path_client_publish_follow_value_0[] = {"id", NULL};
static const char *const *const follow_variables_client_publish[] = {path_client_publish_follow_var_0};
static const char *const *const follow_values_client_publish[] = {path_client_publish_follow_value_0};
static const char *const path_client_publish_event_0_say_1[] = {"queuePosition", NULL};
static const nitro_text_part text_client_publish_event_0_say[] = {
    {NITRO_PART_TEXT, "Your request is queued. The current position in the queue is ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_client_publish_event_0_say_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ".", {0}, 0, 0},
};
static const nitro_text_part text_client_publish_event_1_say[] = {
    {NITRO_PART_TEXT, "Your request is ready for processing.", {0}, 0, 0},
};
static const nitro_text_part text_client_publish_event_2_say[] = {
    {NITRO_PART_TEXT, "Your request is being processed.", {0}, 0, 0},
};
static const nitro_text_part text_client_publish_event_3_say[] = {
    {NITRO_PART_TEXT, "Your request is waiting for approval. Check Nitro to approve the request.", {0}, 0, 0},
};
static const char *const path_client_publish_event_3_errors[] = {"deployment", "errors", NULL};
static const nitro_text_part text_client_publish_event_4_say[] = {
    {NITRO_PART_TEXT, "Your request has been approved.", {0}, 0, 0},
};
static const nitro_text_part text_client_publish_event_5_say[] = {
    {NITRO_PART_TEXT, "Published successfully.", {0}, 0, 0},
};
static const nitro_text_part text_client_publish_event_6_say[] = {
    {NITRO_PART_TEXT, "The client version was rejected.", {0}, 0, 0},
};
static const char *const path_client_publish_event_6_errors[] = {"errors", NULL};
static const nitro_event_def events_client_publish[] = {
    {"ProcessingTaskIsQueued", {text_client_publish_event_0_say, 3}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ProcessingTaskIsReady", {text_client_publish_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"OperationInProgress", {text_client_publish_event_2_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"WaitForApproval", {text_client_publish_event_3_say, 1}, path_client_publish_event_3_errors, NITRO_OUTCOME_CONTINUE, true, NULL},
    {"ProcessingTaskApproved", {text_client_publish_event_4_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ClientVersionPublishSuccess", {text_client_publish_event_5_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL},
    {"ClientVersionPublishFailed", {text_client_publish_event_6_say, 1}, path_client_publish_event_6_errors, NITRO_OUTCOME_FAILURE, false, NULL},
};
static const char *const path_client_publish_follow_created_1[] = {"id", NULL};
static const nitro_text_part text_client_publish_follow_created[] = {
    {NITRO_PART_TEXT, "Publish request created (ID: ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_client_publish_follow_created_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ").", {0}, 0, 0},
};
static const nitro_text_part text_client_publish_follow_failed[] = {
    {NITRO_PART_TEXT, "Client publish failed.", {0}, 0, 0},
};
static const nitro_text_part text_client_publish_follow_ended[] = {
    {NITRO_PART_TEXT, "Processing failed: the server ended the stream without a result.", {0}, 0, 0},
};
static const char *const path_client_publish_follow_stopped_1[] = {"id", NULL};
static const nitro_text_part text_client_publish_follow_stopped[] = {
    {NITRO_PART_TEXT, "The publish request ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_client_publish_follow_stopped_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, " may go on on the server: 'nitro client list published-versions --client-id ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_publish, client_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' shows what is published.", {0}, 0, 0},
};
static const char *const path_client_publish_follow_data[] = {"onClientVersionPublishingUpdate", NULL};
static const nitro_follow_def follow_client_publish = {
    .operation = &gql_on_client_publish_operation,
    .variable_paths = follow_variables_client_publish,
    .value_paths = follow_values_client_publish,
    .n_variables = 1,
    .data = path_client_publish_follow_data,
    .events = events_client_publish,
    .n_events = 7,
    .created = {text_client_publish_follow_created, 3},
    .failed = {text_client_publish_follow_failed, 1},
    .ended = {text_client_publish_follow_ended, 1},
    .stopped = {text_client_publish_follow_stopped, 5},
    .wait_offset = offsetof(nitro_opts_client_publish, wait_for_approval),
};
const nitro_behaviour nitro_behaviour_client_publish = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_publish_client_operation, bindings_client_publish, 6},
    .data = path_client_publish_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_publish_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_client_publish,
    .n_errors = 1,
    .verbatim = verbatim_client_publish,
    .n_verbatim = 4,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_client_publish_activity, 7},
    .success = {text_client_publish_success, 5},
    .no_data = {text_client_publish_no_data, 1},
    .recheck = "nitro client list published-versions --client-id <client-id>",
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_client_publish, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .follow = &follow_client_publish,
    .exclusive_offsets = {offsetof(nitro_opts_client_publish, force), offsetof(nitro_opts_client_publish, wait_for_approval)},
    .exclusive_names = {"force", "wait-for-approval"},
};

/* ---- client unpublish ---- */
static const char *const path_client_unpublish_var_0[] = {"input", "clientId", NULL};
static const char *const path_client_unpublish_var_1[] = {"input", "stage", NULL};
static const char *const path_client_unpublish_var_2[] = {"input", "tag", NULL};
static const nitro_binding bindings_client_unpublish[] = {
    {path_client_unpublish_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_unpublish, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL},
    {path_client_unpublish_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_client_unpublish, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL},
    {path_client_unpublish_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_client_unpublish, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_client_unpublish_data[] = {"unpublishClient", "clientVersion", NULL};
static const char *const path_client_unpublish_errors_0[] = {"unpublishClient", "errors", NULL};
static const char *const *const errors_client_unpublish[] = {path_client_unpublish_errors_0};
static const char *const verbatim_client_unpublish[] = {"UnauthorizedOperation", "StageNotFoundError", "ClientNotFoundError", "ClientVersionNotFoundError", "ConcurrentOperationError"};
static const nitro_text_part text_client_unpublish_activity[] = {
    {NITRO_PART_TEXT, "Unpublishing client '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, client_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' from stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_client_unpublish_success[] = {
    {NITRO_PART_TEXT, "Unpublished client '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, client_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' from stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_client_unpublish_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const nitro_text_part text_client_unpublish_confirm[] = {
    {NITRO_PART_TEXT, "Do you want to unpublish the given tags of client ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, client_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, " from stage ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "\?", {0}, 0, 0},
};
static const nitro_text_part text_client_unpublish_declined[] = {
    {NITRO_PART_TEXT, "Aborted.", {0}, 0, 0},
};
static const char *const path_client_unpublish_each_say_1[] = {"client", "name", NULL};
static const nitro_text_part text_client_unpublish_each_say[] = {
    {NITRO_PART_TEXT, "Unpublished ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_client_unpublish_each_say_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ":", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, " from ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, stage), NITRO_OPT_STRING},
};
static const nitro_text_part text_client_unpublish_each_done[] = {
    {NITRO_PART_TEXT, "Unpublished from stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' before this failure:", {0}, 0, 0},
};
static const nitro_each_def each_client_unpublish = {
    .offset = offsetof(nitro_opts_client_unpublish, tag),
    .option = "tag",
    .say = {text_client_unpublish_each_say, 6},
    .done = {text_client_unpublish_each_done, 3},
};
const nitro_behaviour nitro_behaviour_client_unpublish = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_unpublish_client_operation, bindings_client_unpublish, 3},
    .data = path_client_unpublish_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_client_unpublish,
    .n_errors = 1,
    .verbatim = verbatim_client_unpublish,
    .n_verbatim = 5,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_client_unpublish_activity, 5},
    .success = {text_client_unpublish_success, 5},
    .no_data = {text_client_unpublish_no_data, 1},
    .confirm = {text_client_unpublish_confirm, 5},
    .declined = {text_client_unpublish_declined, 1},
    .recheck = "nitro client list published-versions --client-id <client-id>",
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_client_unpublish, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .each = &each_client_unpublish,
};

/* ---- client download ---- */
static const nitro_field_def fields_client_download_result[] = {
    {"file", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_client_download, path), NITRO_OPT_STRING},
    {"format", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_client_download, format), NITRO_OPT_STRING},
};
static const nitro_text_part text_client_download_activity[] = {
    {NITRO_PART_TEXT, "Downloading the queries from stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' of API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_client_download_success[] = {
    {NITRO_PART_TEXT, "Downloaded the queries from stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' into '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, path), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_client_download_download_path[] = {
    {NITRO_PART_TEXT, "/api/v1/apis/", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "/persistedQueries\?stage=", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, stage), NITRO_OPT_STRING},
};
static const nitro_text_part text_client_download_download_not_found[] = {
    {NITRO_PART_TEXT, "Could not find a published client on stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_download_def download_client_download = {
    .path = {text_client_download_download_path, 4},
    .file_offset = offsetof(nitro_opts_client_download, path),
    .not_found = {text_client_download_download_not_found, 3},
    .format_offset = offsetof(nitro_opts_client_download, format),
};
const nitro_behaviour nitro_behaviour_client_download = {
    .kind = NITRO_KIND_DOWNLOAD,
    .data = NULL,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_download_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_client_download_activity, 5},
    .success = {text_client_download_success, 5},
    .recheck = NULL,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .download = &download_client_download,
};

/* ---- stage list ---- */
static const char *const path_stage_list_var_0[] = {"apiId", NULL};
static const nitro_binding bindings_stage_list[] = {
    {path_stage_list_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_stage_list, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_stage_list_data[] = {"node", "stages", NULL};
static const char *const path_stage_list_result_id[] = {"id", NULL};
static const char *const path_stage_list_result_name[] = {"name", NULL};
static const char *const path_stage_list_result_conditions_name[] = {"afterStage", "name", NULL};
static const nitro_field_def fields_stage_list_result_conditions[] = {
    {"kind", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "AfterStage", false, 0, NITRO_OPT_STRING},
    {"name", path_stage_list_result_conditions_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_stage_list_result_conditions[] = {"conditions", NULL};
static const nitro_field_def fields_stage_list_result[] = {
    {"id", path_stage_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_stage_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"conditions", path_stage_list_result_conditions, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_stage_list_result_conditions, 2, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_stage_list_activity[] = {
    {NITRO_PART_TEXT, "Fetching stages", {0}, 0, 0},
};
static const nitro_text_part text_stage_list_not_found[] = {
    {NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_list, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_stage_list_human_0[] = {"id", NULL};
static const char *const path_stage_list_human_1[] = {"name", NULL};
static const nitro_human_line human_stage_list[] = {
    {"Id", {path_stage_list_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_stage_list_human_1, NITRO_FMT_NONE}, {NULL, 0}},
};
static const char *const path_stage_list_column_0[] = {"id", NULL};
static const char *const path_stage_list_column_1[] = {"name", NULL};
static const nitro_column columns_stage_list[] = {
    {"Id", {path_stage_list_column_0, NITRO_FMT_NONE}},
    {"Name", {path_stage_list_column_1, NITRO_FMT_NONE}},
};
static const nitro_pick_def picks_stage_list[] = {
    {offsetof(nitro_opts_stage_list, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
const nitro_behaviour nitro_behaviour_stage_list = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_list_stages_operation, bindings_stage_list, 1},
    .data = path_stage_list_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_stage_list_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_stage_list_activity, 1},
    .not_found = {text_stage_list_not_found, 3},
    .recheck = NULL,
    .human = human_stage_list,
    .n_human = 2,
    .table_title = "Stages of API",
    .columns = columns_stage_list,
    .n_columns = 2,
    .picks = picks_stage_list,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- stage edit ---- */
static const char *const path_stage_edit_var_0[] = {"input", "apiId", NULL};
static const char *const path_stage_edit_var_1[] = {"input", "updatedStages", NULL};
static const nitro_binding bindings_stage_edit[] = {
    {path_stage_edit_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_stage_edit, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_stage_edit_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_stage_edit, configuration), NITRO_OPT_STRING, NITRO_XF_JSON_LIST, "Could not parse stage configuration", 0, false, false, "configuration", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_stage_edit_data[] = {"updateStages", "api", NULL};
static const char *const path_stage_edit_result_values_id[] = {"id", NULL};
static const char *const path_stage_edit_result_values_name[] = {"name", NULL};
static const char *const path_stage_edit_result_values_conditions_name[] = {"afterStage", "name", NULL};
static const nitro_field_def fields_stage_edit_result_values_conditions[] = {
    {"kind", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "AfterStage", false, 0, NITRO_OPT_STRING},
    {"name", path_stage_edit_result_values_conditions_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_stage_edit_result_values_conditions[] = {"conditions", NULL};
static const nitro_field_def fields_stage_edit_result_values[] = {
    {"id", path_stage_edit_result_values_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_stage_edit_result_values_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"conditions", path_stage_edit_result_values_conditions, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_stage_edit_result_values_conditions, 2, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_stage_edit_result_values[] = {"stages", NULL};
static const nitro_field_def fields_stage_edit_result[] = {
    {"values", path_stage_edit_result_values, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_stage_edit_result_values, 3, NULL, false, 0, NITRO_OPT_STRING},
    {"cursor", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_stage_edit_errors_0[] = {"updateStages", "errors", NULL};
static const char *const *const errors_stage_edit[] = {path_stage_edit_errors_0};
static const char *const verbatim_stage_edit[] = {"ApiNotFoundError", "StageNotFoundError", "StagesHavePublishedDependenciesError", "StageValidationError"};
static const nitro_text_part text_stage_edit_activity[] = {
    {NITRO_PART_TEXT, "Updating stages for API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_edit, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_stage_edit_success[] = {
    {NITRO_PART_TEXT, "Updated stages for API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_edit, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_stage_edit_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const nitro_pick_def picks_stage_edit[] = {
    {offsetof(nitro_opts_stage_edit, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
const nitro_behaviour nitro_behaviour_stage_edit = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_update_stages_operation, bindings_stage_edit, 2},
    .data = path_stage_edit_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_stage_edit_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_stage_edit,
    .n_errors = 1,
    .verbatim = verbatim_stage_edit,
    .n_verbatim = 4,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_stage_edit_activity, 3},
    .success = {text_stage_edit_success, 3},
    .no_data = {text_stage_edit_no_data, 1},
    .recheck = "nitro stage list",
    .picks = picks_stage_edit,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- stage delete ---- */
static const char *const path_stage_delete_var_0[] = {"input", "apiId", NULL};
static const char *const path_stage_delete_var_1[] = {"input", "stageName", NULL};
static const nitro_binding bindings_stage_delete[] = {
    {path_stage_delete_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_stage_delete, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_stage_delete_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_stage_delete, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_stage_delete_data[] = {"forceDeleteStageByApiId", "api", NULL};
static const char *const path_stage_delete_result_values_id[] = {"id", NULL};
static const char *const path_stage_delete_result_values_name[] = {"name", NULL};
static const char *const path_stage_delete_result_values_conditions_name[] = {"afterStage", "name", NULL};
static const nitro_field_def fields_stage_delete_result_values_conditions[] = {
    {"kind", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "AfterStage", false, 0, NITRO_OPT_STRING},
    {"name", path_stage_delete_result_values_conditions_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_stage_delete_result_values_conditions[] = {"conditions", NULL};
static const nitro_field_def fields_stage_delete_result_values[] = {
    {"id", path_stage_delete_result_values_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_stage_delete_result_values_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"conditions", path_stage_delete_result_values_conditions, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_stage_delete_result_values_conditions, 2, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_stage_delete_result_values[] = {"stages", NULL};
static const nitro_field_def fields_stage_delete_result[] = {
    {"values", path_stage_delete_result_values, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_stage_delete_result_values, 3, NULL, false, 0, NITRO_OPT_STRING},
    {"cursor", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_stage_delete_errors_0[] = {"forceDeleteStageByApiId", "errors", NULL};
static const char *const *const errors_stage_delete[] = {path_stage_delete_errors_0};
static const char *const verbatim_stage_delete[] = {"ApiNotFoundError", "StageNotFoundError", "UnauthorizedOperation"};
static const nitro_text_part text_stage_delete_activity[] = {
    {NITRO_PART_TEXT, "Deleting stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_delete, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' of API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_delete, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_stage_delete_success[] = {
    {NITRO_PART_TEXT, "Deleted stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_delete, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_stage_delete_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const nitro_text_part text_stage_delete_confirm[] = {
    {NITRO_PART_TEXT, "Do you really want to force delete stage ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_delete, stage), NITRO_OPT_STRING},
};
static const nitro_text_part text_stage_delete_declined[] = {
    {NITRO_PART_TEXT, "Stage was not deleted.", {0}, 0, 0},
};
static const nitro_pick_def picks_stage_delete[] = {
    {offsetof(nitro_opts_stage_delete, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
const nitro_behaviour nitro_behaviour_stage_delete = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_delete_stage_operation, bindings_stage_delete, 2},
    .data = path_stage_delete_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_stage_delete_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_stage_delete,
    .n_errors = 1,
    .verbatim = verbatim_stage_delete,
    .n_verbatim = 3,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_stage_delete_activity, 5},
    .success = {text_stage_delete_success, 3},
    .no_data = {text_stage_delete_no_data, 1},
    .confirm = {text_stage_delete_confirm, 2},
    .declined = {text_stage_delete_declined, 1},
    .recheck = "nitro stage list",
    .picks = picks_stage_delete,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_stage_delete, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- environment create ---- */
static const char *const path_environment_create_var_0[] = {"workspaceId", NULL};
static const char *const path_environment_create_var_1[] = {"name", NULL};
static const nitro_binding bindings_environment_create[] = {
    {path_environment_create_var_0, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_environment_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_environment_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_environment_create_data[] = {"pushWorkspaceChanges", "changes", "[0]", "result", NULL};
static const char *const path_environment_create_result_id[] = {"id", NULL};
static const char *const path_environment_create_result_name[] = {"name", NULL};
static const char *const path_environment_create_result_workspace_name[] = {"workspace", "name", NULL};
static const nitro_field_def fields_environment_create_result_workspace[] = {
    {"name", path_environment_create_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_environment_create_result_workspace[] = {"workspace", NULL};
static const nitro_field_def fields_environment_create_result[] = {
    {"id", path_environment_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_environment_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"workspace", path_environment_create_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_environment_create_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_environment_create_errors_0[] = {"pushWorkspaceChanges", "errors", NULL};
static const char *const path_environment_create_errors_1[] = {"pushWorkspaceChanges", "changes", "[0]", "error", NULL};
static const char *const *const errors_environment_create[] = {path_environment_create_errors_0, path_environment_create_errors_1};
static const char *const verbatim_environment_create[] = {"ChangeValidationFailed", "UnexpectedErrorOnChange", "WorkspaceNotFoundForChange"};
static const nitro_text_part text_environment_create_activity[] = {
    {NITRO_PART_TEXT, "Creating environment '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_environment_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_environment_create_success[] = {
    {NITRO_PART_TEXT, "Created environment '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_environment_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_environment_create_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const char *const path_environment_create_human_0[] = {"id", NULL};
static const char *const path_environment_create_human_1[] = {"name", NULL};
static const char *const path_environment_create_human_2[] = {"workspace", "name", NULL};
static const nitro_human_line human_environment_create[] = {
    {"Id", {path_environment_create_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_environment_create_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Workspace", {path_environment_create_human_2, NITRO_FMT_NONE}, {NULL, 0}},
};
const nitro_behaviour nitro_behaviour_environment_create = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_create_environment_operation, bindings_environment_create, 2},
    .data = path_environment_create_data,
    .data_type = "Environment",
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_environment_create_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_environment_create,
    .n_errors = 2,
    .verbatim = verbatim_environment_create,
    .n_verbatim = 3,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_environment_create_activity, 3},
    .success = {text_environment_create_success, 3},
    .no_data = {text_environment_create_no_data, 1},
    .recheck = "nitro environment list",
    .human = human_environment_create,
    .n_human = 3,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = offsetof(nitro_opts_environment_create, workspace_id),
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- environment list ---- */
static const char *const path_environment_list_var_0[] = {"workspaceId", NULL};
static const char *const path_environment_list_var_1[] = {"after", NULL};
static const char *const path_environment_list_var_2[] = {"first", NULL};
static const nitro_binding bindings_environment_list[] = {
    {path_environment_list_var_0, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_environment_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_environment_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_environment_list_data[] = {"workspaceById", "environments", NULL};
static const char *const path_environment_list_result_id[] = {"id", NULL};
static const char *const path_environment_list_result_name[] = {"name", NULL};
static const char *const path_environment_list_result_workspace_name[] = {"workspace", "name", NULL};
static const nitro_field_def fields_environment_list_result_workspace[] = {
    {"name", path_environment_list_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_environment_list_result_workspace[] = {"workspace", NULL};
static const nitro_field_def fields_environment_list_result[] = {
    {"id", path_environment_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_environment_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"workspace", path_environment_list_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_environment_list_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_environment_list_activity[] = {
    {NITRO_PART_TEXT, "Fetching environments", {0}, 0, 0},
};
static const nitro_text_part text_environment_list_not_found[] = {
    {NITRO_PART_TEXT, "The workspace with ID '", {0}, 0, 0},
    {NITRO_PART_WORKSPACE, NULL, {0}, 0, 0},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_environment_list_human_0[] = {"id", NULL};
static const char *const path_environment_list_human_1[] = {"name", NULL};
static const char *const path_environment_list_human_2[] = {"workspace", "name", NULL};
static const nitro_human_line human_environment_list[] = {
    {"Id", {path_environment_list_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_environment_list_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Workspace", {path_environment_list_human_2, NITRO_FMT_NONE}, {NULL, 0}},
};
static const char *const path_environment_list_column_0[] = {"id", NULL};
static const char *const path_environment_list_column_1[] = {"name", NULL};
static const nitro_column columns_environment_list[] = {
    {"Id", {path_environment_list_column_0, NITRO_FMT_NONE}},
    {"Name", {path_environment_list_column_1, NITRO_FMT_NONE}},
};
const nitro_behaviour nitro_behaviour_environment_list = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_list_environments_operation, bindings_environment_list, 3},
    .data = path_environment_list_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_environment_list_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_environment_list_activity, 1},
    .not_found = {text_environment_list_not_found, 3},
    .recheck = NULL,
    .human = human_environment_list,
    .n_human = 3,
    .table_title = "Environments",
    .columns = columns_environment_list,
    .n_columns = 2,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = offsetof(nitro_opts_environment_list, global.cursor),
    .all_offset = offsetof(nitro_opts_environment_list, global.all),
    .limit_offset = offsetof(nitro_opts_environment_list, global.limit),
    .workspace_offset = offsetof(nitro_opts_environment_list, workspace_id),
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- environment show ---- */
static const char *const path_environment_show_var_0[] = {"workspaceId", NULL};
static const nitro_binding bindings_environment_show[] = {
    {path_environment_show_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_environment_show, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_environment_show_data[] = {"node", NULL};
static const char *const path_environment_show_result_id[] = {"id", NULL};
static const char *const path_environment_show_result_name[] = {"name", NULL};
static const char *const path_environment_show_result_workspace_name[] = {"workspace", "name", NULL};
static const nitro_field_def fields_environment_show_result_workspace[] = {
    {"name", path_environment_show_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_environment_show_result_workspace[] = {"workspace", NULL};
static const nitro_field_def fields_environment_show_result[] = {
    {"id", path_environment_show_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_environment_show_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"workspace", path_environment_show_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_environment_show_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_environment_show_activity[] = {
    {NITRO_PART_TEXT, "Fetching environment", {0}, 0, 0},
};
static const nitro_text_part text_environment_show_not_found[] = {
    {NITRO_PART_TEXT, "The environment with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_environment_show, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_environment_show_human_0[] = {"id", NULL};
static const char *const path_environment_show_human_1[] = {"name", NULL};
static const char *const path_environment_show_human_2[] = {"workspace", "name", NULL};
static const nitro_human_line human_environment_show[] = {
    {"Id", {path_environment_show_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_environment_show_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Workspace", {path_environment_show_human_2, NITRO_FMT_NONE}, {NULL, 0}},
};
const nitro_behaviour nitro_behaviour_environment_show = {
    .kind = NITRO_KIND_QUERY,
    .request = {&gql_show_environment_operation, bindings_environment_show, 1},
    .data = path_environment_show_data,
    .data_type = "Environment",
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_environment_show_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_environment_show_activity, 1},
    .not_found = {text_environment_show_not_found, 3},
    .recheck = NULL,
    .human = human_environment_show,
    .n_human = 3,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- openapi create ---- */
static const char *const path_openapi_create_var_0[] = {"input", "apiId", NULL};
static const char *const path_openapi_create_var_1[] = {"input", "name", NULL};
static const nitro_binding bindings_openapi_create[] = {
    {path_openapi_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_create, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_openapi_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_openapi_create_data[] = {"createOpenApiCollection", "openApiCollection", NULL};
static const char *const path_openapi_create_result_id[] = {"id", NULL};
static const char *const path_openapi_create_result_name[] = {"name", NULL};
static const nitro_field_def fields_openapi_create_result[] = {
    {"id", path_openapi_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_openapi_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_openapi_create_errors_0[] = {"createOpenApiCollection", "errors", NULL};
static const char *const *const errors_openapi_create[] = {path_openapi_create_errors_0};
static const char *const verbatim_openapi_create[] = {"ApiNotFoundError", "UnauthorizedOperation"};
static const nitro_text_part text_openapi_create_activity[] = {
    {NITRO_PART_TEXT, "Creating OpenAPI collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' for API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_create, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_openapi_create_success[] = {
    {NITRO_PART_TEXT, "Created OpenAPI collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_create_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const char *const path_openapi_create_human_0[] = {"id", NULL};
static const char *const path_openapi_create_human_1[] = {"name", NULL};
static const nitro_human_line human_openapi_create[] = {
    {"Id", {path_openapi_create_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_openapi_create_human_1, NITRO_FMT_NONE}, {NULL, 0}},
};
static const nitro_pick_def picks_openapi_create[] = {
    {offsetof(nitro_opts_openapi_create, api_id), "api-id", &nitro_picker_api, "For which API do you want to create an OpenAPI collection\?"},
};
const nitro_behaviour nitro_behaviour_openapi_create = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_create_openapi_collection_operation, bindings_openapi_create, 2},
    .data = path_openapi_create_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_openapi_create_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_openapi_create,
    .n_errors = 1,
    .verbatim = verbatim_openapi_create,
    .n_verbatim = 2,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_openapi_create_activity, 5},
    .success = {text_openapi_create_success, 3},
    .no_data = {text_openapi_create_no_data, 1},
    .recheck = "nitro openapi list --api-id <api-id>",
    .human = human_openapi_create,
    .n_human = 2,
    .picks = picks_openapi_create,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- openapi delete ---- */
static const char *const path_openapi_delete_var_0[] = {"input", "openApiCollectionId", NULL};
static const nitro_binding bindings_openapi_delete[] = {
    {path_openapi_delete_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_openapi_delete_data[] = {"deleteOpenApiCollectionById", "openApiCollection", NULL};
static const char *const path_openapi_delete_result_id[] = {"id", NULL};
static const char *const path_openapi_delete_result_name[] = {"name", NULL};
static const nitro_field_def fields_openapi_delete_result[] = {
    {"id", path_openapi_delete_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_openapi_delete_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_openapi_delete_errors_0[] = {"deleteOpenApiCollectionById", "errors", NULL};
static const char *const *const errors_openapi_delete[] = {path_openapi_delete_errors_0};
static const char *const verbatim_openapi_delete[] = {"OpenApiCollectionNotFoundError", "UnauthorizedOperation"};
static const nitro_text_part text_openapi_delete_activity[] = {
    {NITRO_PART_TEXT, "Deleting OpenAPI collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_openapi_delete_success[] = {
    {NITRO_PART_TEXT, "Deleted OpenAPI collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_delete_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_delete_confirm[] = {
    {NITRO_PART_TEXT, "Do you want to delete the OpenAPI collection with ID ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "\?", {0}, 0, 0},
};
static const nitro_text_part text_openapi_delete_declined[] = {
    {NITRO_PART_TEXT, "Aborted.", {0}, 0, 0},
};
static const char *const path_openapi_delete_human_0[] = {"id", NULL};
static const char *const path_openapi_delete_human_1[] = {"name", NULL};
static const nitro_human_line human_openapi_delete[] = {
    {"Id", {path_openapi_delete_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_openapi_delete_human_1, NITRO_FMT_NONE}, {NULL, 0}},
};
const nitro_behaviour nitro_behaviour_openapi_delete = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_delete_openapi_collection_operation, bindings_openapi_delete, 1},
    .data = path_openapi_delete_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_openapi_delete_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_openapi_delete,
    .n_errors = 1,
    .verbatim = verbatim_openapi_delete,
    .n_verbatim = 2,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_openapi_delete_activity, 3},
    .success = {text_openapi_delete_success, 3},
    .no_data = {text_openapi_delete_no_data, 1},
    .confirm = {text_openapi_delete_confirm, 3},
    .declined = {text_openapi_delete_declined, 1},
    .recheck = "nitro openapi list --api-id <api-id>",
    .human = human_openapi_delete,
    .n_human = 2,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_openapi_delete, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- openapi list ---- */
static const char *const path_openapi_list_var_0[] = {"apiId", NULL};
static const char *const path_openapi_list_var_1[] = {"after", NULL};
static const char *const path_openapi_list_var_2[] = {"first", NULL};
static const nitro_binding bindings_openapi_list[] = {
    {path_openapi_list_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_list, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_openapi_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_openapi_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_openapi_list_data[] = {"node", "openApiCollections", NULL};
static const char *const path_openapi_list_result_id[] = {"id", NULL};
static const char *const path_openapi_list_result_name[] = {"name", NULL};
static const nitro_field_def fields_openapi_list_result[] = {
    {"id", path_openapi_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_openapi_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_openapi_list_activity[] = {
    {NITRO_PART_TEXT, "Fetching OpenAPI collections", {0}, 0, 0},
};
static const nitro_text_part text_openapi_list_not_found[] = {
    {NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_list, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_openapi_list_human_0[] = {"id", NULL};
static const char *const path_openapi_list_human_1[] = {"name", NULL};
static const nitro_human_line human_openapi_list[] = {
    {"Id", {path_openapi_list_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_openapi_list_human_1, NITRO_FMT_NONE}, {NULL, 0}},
};
static const char *const path_openapi_list_column_0[] = {"id", NULL};
static const char *const path_openapi_list_column_1[] = {"name", NULL};
static const nitro_column columns_openapi_list[] = {
    {"Id", {path_openapi_list_column_0, NITRO_FMT_NONE}},
    {"Name", {path_openapi_list_column_1, NITRO_FMT_NONE}},
};
static const nitro_pick_def picks_openapi_list[] = {
    {offsetof(nitro_opts_openapi_list, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
const nitro_behaviour nitro_behaviour_openapi_list = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_list_openapi_collections_operation, bindings_openapi_list, 3},
    .data = path_openapi_list_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_openapi_list_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_openapi_list_activity, 1},
    .not_found = {text_openapi_list_not_found, 3},
    .recheck = NULL,
    .human = human_openapi_list,
    .n_human = 2,
    .table_title = "OpenAPI collections of API",
    .columns = columns_openapi_list,
    .n_columns = 2,
    .picks = picks_openapi_list,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = offsetof(nitro_opts_openapi_list, global.cursor),
    .all_offset = offsetof(nitro_opts_openapi_list, global.all),
    .limit_offset = offsetof(nitro_opts_openapi_list, global.limit),
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- openapi upload ---- */
static const char *const path_openapi_upload_var_0[] = {"input", "openApiCollectionId", NULL};
static const char *const path_openapi_upload_var_1[] = {"input", "tag", NULL};
static const char *const path_openapi_upload_var_2[] = {"input", "source", NULL};
static const nitro_binding bindings_openapi_upload[] = {
    {path_openapi_upload_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_upload, openapi_collection_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "openapi-collection-id", NITRO_NO_OPTION, 0, NULL},
    {path_openapi_upload_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_upload, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL},
    {path_openapi_upload_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_upload, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_openapi_upload_data[] = {"uploadOpenApiCollection", "openApiCollectionVersion", NULL};
static const char *const path_openapi_upload_result_openApiCollectionVersionId[] = {"id", NULL};
static const nitro_field_def fields_openapi_upload_result[] = {
    {"openApiCollectionVersionId", path_openapi_upload_result_openApiCollectionVersionId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"tag", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_openapi_upload, tag), NITRO_OPT_STRING},
};
static const char *const path_openapi_upload_errors_0[] = {"uploadOpenApiCollection", "errors", NULL};
static const char *const *const errors_openapi_upload[] = {path_openapi_upload_errors_0};
static const char *const verbatim_openapi_upload[] = {"UnauthorizedOperation", "OpenApiCollectionNotFoundError", "InvalidOpenApiCollectionArchiveError", "DuplicatedTagError", "ConcurrentOperationError"};
static const nitro_text_part text_openapi_upload_activity[] = {
    {NITRO_PART_TEXT, "Uploading new OpenAPI collection version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_upload, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' for collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_upload, openapi_collection_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_openapi_upload_success[] = {
    {NITRO_PART_TEXT, "Uploaded new OpenAPI collection version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_upload, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_upload_no_data[] = {
    {NITRO_PART_TEXT, "Could not upload OpenAPI collection version.", {0}, 0, 0},
};
static const nitro_zip_entry_def zip_openapi_upload_0[] = {
    {offsetof(nitro_opts_openapi_upload, pattern), NITRO_OPT_STRING_LIST, "pattern", NULL, NULL},
};
static const char *const path_openapi_upload_upload_0[] = {"input", "collection", NULL};
static const nitro_upload_def uploads_openapi_upload[] = {
    {path_openapi_upload_upload_0, NITRO_NO_OPTION, NULL, "collection.zip", zip_openapi_upload_0, 1, false, NULL},
};
const nitro_behaviour nitro_behaviour_openapi_upload = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_upload_openapi_collection_operation, bindings_openapi_upload, 3},
    .data = path_openapi_upload_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_openapi_upload_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_openapi_upload,
    .n_errors = 1,
    .verbatim = verbatim_openapi_upload,
    .n_verbatim = 5,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_openapi_upload_activity, 5},
    .success = {text_openapi_upload_success, 3},
    .no_data = {text_openapi_upload_no_data, 1},
    .recheck = "nitro openapi upload --help",
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_openapi_upload,
    .n_uploads = 1,
};

/* ---- openapi validate ---- */
static const char *const path_openapi_validate_var_0[] = {"input", "openApiCollectionId", NULL};
static const char *const path_openapi_validate_var_1[] = {"input", "stage", NULL};
static const char *const path_openapi_validate_var_2[] = {"input", "source", NULL};
static const nitro_binding bindings_openapi_validate[] = {
    {path_openapi_validate_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_validate, openapi_collection_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "openapi-collection-id", NITRO_NO_OPTION, 0, NULL},
    {path_openapi_validate_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_validate, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL},
    {path_openapi_validate_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_validate, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_openapi_validate_data[] = {"validateOpenApiCollection", NULL};
static const char *const path_openapi_validate_result_requestId[] = {"id", NULL};
static const nitro_field_def fields_openapi_validate_result[] = {
    {"requestId", path_openapi_validate_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING},
};
static const char *const path_openapi_validate_errors_0[] = {"validateOpenApiCollection", "errors", NULL};
static const char *const *const errors_openapi_validate[] = {path_openapi_validate_errors_0};
static const char *const verbatim_openapi_validate[] = {"UnauthorizedOperation", "StageNotFoundError", "OpenApiCollectionNotFoundError"};
static const nitro_text_part text_openapi_validate_activity[] = {
    {NITRO_PART_TEXT, "Validating OpenAPI collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_validate, openapi_collection_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' against stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_validate, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_openapi_validate_success[] = {
    {NITRO_PART_TEXT, "Validated OpenAPI collection against stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_validate, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_validate_no_data[] = {
    {NITRO_PART_TEXT, "Could not create validation request!", {0}, 0, 0},
};
static const nitro_zip_entry_def zip_openapi_validate_0[] = {
    {offsetof(nitro_opts_openapi_validate, pattern), NITRO_OPT_STRING_LIST, "pattern", NULL, NULL},
};
static const char *const path_openapi_validate_upload_0[] = {"input", "collection", NULL};
static const nitro_upload_def uploads_openapi_validate[] = {
    {path_openapi_validate_upload_0, NITRO_NO_OPTION, NULL, "collection.zip", zip_openapi_validate_0, 1, false, NULL},
};
static const char *const path_openapi_validate_follow_var_0[] = {"requestId", NULL};
static const char *const path_openapi_validate_follow_value_0[] = {"id", NULL};
static const char *const *const follow_variables_openapi_validate[] = {path_openapi_validate_follow_var_0};
static const char *const *const follow_values_openapi_validate[] = {path_openapi_validate_follow_value_0};
static const nitro_text_part text_openapi_validate_event_0_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_openapi_validate_event_1_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_openapi_validate_event_2_say[] = {
    {NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_validate_event_3_say[] = {
    {NITRO_PART_TEXT, "Validation failed.", {0}, 0, 0},
};
static const char *const path_openapi_validate_event_3_errors[] = {"errors", NULL};
static const nitro_event_def events_openapi_validate[] = {
    {"OperationInProgress", {text_openapi_validate_event_0_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ValidationInProgress", {text_openapi_validate_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"OpenApiCollectionVersionValidationSuccess", {text_openapi_validate_event_2_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL},
    {"OpenApiCollectionVersionValidationFailed", {text_openapi_validate_event_3_say, 1}, path_openapi_validate_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL},
};
static const char *const path_openapi_validate_follow_created_1[] = {"id", NULL};
static const nitro_text_part text_openapi_validate_follow_created[] = {
    {NITRO_PART_TEXT, "Validation request created (ID: ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_openapi_validate_follow_created_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ").", {0}, 0, 0},
};
static const nitro_text_part text_openapi_validate_follow_failed[] = {
    {NITRO_PART_TEXT, "OpenAPI collection validation failed.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_validate_follow_ended[] = {
    {NITRO_PART_TEXT, "Validation failed: the server ended the stream without a result.", {0}, 0, 0},
};
static const char *const path_openapi_validate_follow_stopped_1[] = {"id", NULL};
static const nitro_text_part text_openapi_validate_follow_stopped[] = {
    {NITRO_PART_TEXT, "The validation request ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_openapi_validate_follow_stopped_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, " may go on on the server; it publishes nothing.", {0}, 0, 0},
};
static const char *const path_openapi_validate_follow_data[] = {"onOpenApiCollectionVersionValidationUpdate", NULL};
static const nitro_follow_def follow_openapi_validate = {
    .operation = &gql_on_openapi_collection_validation_operation,
    .variable_paths = follow_variables_openapi_validate,
    .value_paths = follow_values_openapi_validate,
    .n_variables = 1,
    .data = path_openapi_validate_follow_data,
    .events = events_openapi_validate,
    .n_events = 4,
    .created = {text_openapi_validate_follow_created, 3},
    .failed = {text_openapi_validate_follow_failed, 1},
    .ended = {text_openapi_validate_follow_ended, 1},
    .stopped = {text_openapi_validate_follow_stopped, 3},
    .wait_offset = NITRO_NO_OPTION,
};
const nitro_behaviour nitro_behaviour_openapi_validate = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_validate_openapi_collection_operation, bindings_openapi_validate, 3},
    .data = path_openapi_validate_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_openapi_validate_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_openapi_validate,
    .n_errors = 1,
    .verbatim = verbatim_openapi_validate,
    .n_verbatim = 3,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_openapi_validate_activity, 5},
    .success = {text_openapi_validate_success, 3},
    .no_data = {text_openapi_validate_no_data, 1},
    .recheck = "nitro openapi validate --help",
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_openapi_validate,
    .n_uploads = 1,
    .follow = &follow_openapi_validate,
};

/* ---- openapi publish ---- */
static const char *const path_openapi_publish_var_0[] = {"input", "openApiCollectionId", NULL};
static const char *const path_openapi_publish_var_1[] = {"input", "stage", NULL};
static const char *const path_openapi_publish_var_2[] = {"input", "tag", NULL};
static const char *const path_openapi_publish_var_3[] = {"input", "waitForApproval", NULL};
static const char *const path_openapi_publish_var_4[] = {"input", "force", NULL};
static const char *const path_openapi_publish_var_5[] = {"input", "source", NULL};
static const nitro_binding bindings_openapi_publish[] = {
    {path_openapi_publish_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_publish, openapi_collection_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "openapi-collection-id", NITRO_NO_OPTION, 0, NULL},
    {path_openapi_publish_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_publish, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL},
    {path_openapi_publish_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_publish, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL},
    {path_openapi_publish_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_publish, wait_for_approval), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "wait-for-approval", NITRO_NO_OPTION, 0, NULL},
    {path_openapi_publish_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_publish, force), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "force", NITRO_NO_OPTION, 0, NULL},
    {path_openapi_publish_var_5, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_publish, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_openapi_publish_data[] = {"publishOpenApiCollection", NULL};
static const char *const path_openapi_publish_result_requestId[] = {"id", NULL};
static const nitro_field_def fields_openapi_publish_result[] = {
    {"stage", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_openapi_publish, stage), NITRO_OPT_STRING},
    {"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING},
    {"requestId", path_openapi_publish_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_openapi_publish_errors_0[] = {"publishOpenApiCollection", "errors", NULL};
static const char *const *const errors_openapi_publish[] = {path_openapi_publish_errors_0};
static const char *const verbatim_openapi_publish[] = {"UnauthorizedOperation", "StageNotFoundError", "OpenApiCollectionNotFoundError", "OpenApiCollectionVersionNotFoundError"};
static const nitro_text_part text_openapi_publish_activity[] = {
    {NITRO_PART_TEXT, "Publishing new version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_publish, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' of OpenAPI collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_publish, openapi_collection_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' to stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_publish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_openapi_publish_success[] = {
    {NITRO_PART_TEXT, "Published new OpenAPI collection version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_publish, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' to stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_publish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_publish_no_data[] = {
    {NITRO_PART_TEXT, "Could not create publish request.", {0}, 0, 0},
};
static const char *const path_openapi_publish_follow_var_0[] = {"requestId", NULL};
static const char *const path_openapi_publish_follow_value_0[] = {"id", NULL};
static const char *const *const follow_variables_openapi_publish[] = {path_openapi_publish_follow_var_0};
static const char *const *const follow_values_openapi_publish[] = {path_openapi_publish_follow_value_0};
static const char *const path_openapi_publish_event_0_say_1[] = {"queuePosition", NULL};
static const nitro_text_part text_openapi_publish_event_0_say[] = {
    {NITRO_PART_TEXT, "Your request is queued. The current position in the queue is ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_openapi_publish_event_0_say_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ".", {0}, 0, 0},
};
static const nitro_text_part text_openapi_publish_event_1_say[] = {
    {NITRO_PART_TEXT, "Your request is ready for processing.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_publish_event_2_say[] = {
    {NITRO_PART_TEXT, "Your request is being processed.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_publish_event_3_say[] = {
    {NITRO_PART_TEXT, "Your request is waiting for approval. Check Nitro to approve the request.", {0}, 0, 0},
};
static const char *const path_openapi_publish_event_3_errors[] = {"deployment", "errors", NULL};
static const nitro_text_part text_openapi_publish_event_4_say[] = {
    {NITRO_PART_TEXT, "Your request has been approved.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_publish_event_5_say[] = {
    {NITRO_PART_TEXT, "Published successfully.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_publish_event_6_say[] = {
    {NITRO_PART_TEXT, "OpenAPI collection version was rejected.", {0}, 0, 0},
};
static const char *const path_openapi_publish_event_6_errors[] = {"errors", NULL};
static const nitro_event_def events_openapi_publish[] = {
    {"ProcessingTaskIsQueued", {text_openapi_publish_event_0_say, 3}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ProcessingTaskIsReady", {text_openapi_publish_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"OperationInProgress", {text_openapi_publish_event_2_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"WaitForApproval", {text_openapi_publish_event_3_say, 1}, path_openapi_publish_event_3_errors, NITRO_OUTCOME_CONTINUE, true, NULL},
    {"ProcessingTaskApproved", {text_openapi_publish_event_4_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"OpenApiCollectionVersionPublishSuccess", {text_openapi_publish_event_5_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL},
    {"OpenApiCollectionVersionPublishFailed", {text_openapi_publish_event_6_say, 1}, path_openapi_publish_event_6_errors, NITRO_OUTCOME_FAILURE, false, NULL},
};
static const char *const path_openapi_publish_follow_created_1[] = {"id", NULL};
static const nitro_text_part text_openapi_publish_follow_created[] = {
    {NITRO_PART_TEXT, "Publish request created (ID: ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_openapi_publish_follow_created_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ").", {0}, 0, 0},
};
static const nitro_text_part text_openapi_publish_follow_failed[] = {
    {NITRO_PART_TEXT, "OpenAPI collection publish failed.", {0}, 0, 0},
};
static const nitro_text_part text_openapi_publish_follow_ended[] = {
    {NITRO_PART_TEXT, "Processing failed: the server ended the stream without a result.", {0}, 0, 0},
};
static const char *const path_openapi_publish_follow_stopped_1[] = {"id", NULL};
static const nitro_text_part text_openapi_publish_follow_stopped[] = {
    {NITRO_PART_TEXT, "The publish request ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_openapi_publish_follow_stopped_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, " may go on on the server; Nitro shows what stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_publish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' has.", {0}, 0, 0},
};
static const char *const path_openapi_publish_follow_data[] = {"onOpenApiCollectionVersionPublishingUpdate", NULL};
static const nitro_follow_def follow_openapi_publish = {
    .operation = &gql_on_openapi_collection_publish_operation,
    .variable_paths = follow_variables_openapi_publish,
    .value_paths = follow_values_openapi_publish,
    .n_variables = 1,
    .data = path_openapi_publish_follow_data,
    .events = events_openapi_publish,
    .n_events = 7,
    .created = {text_openapi_publish_follow_created, 3},
    .failed = {text_openapi_publish_follow_failed, 1},
    .ended = {text_openapi_publish_follow_ended, 1},
    .stopped = {text_openapi_publish_follow_stopped, 5},
    .wait_offset = offsetof(nitro_opts_openapi_publish, wait_for_approval),
};
const nitro_behaviour nitro_behaviour_openapi_publish = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_publish_openapi_collection_operation, bindings_openapi_publish, 6},
    .data = path_openapi_publish_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_openapi_publish_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_openapi_publish,
    .n_errors = 1,
    .verbatim = verbatim_openapi_publish,
    .n_verbatim = 4,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_openapi_publish_activity, 7},
    .success = {text_openapi_publish_success, 5},
    .no_data = {text_openapi_publish_no_data, 1},
    .recheck = "nitro openapi publish --help",
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_openapi_publish, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .follow = &follow_openapi_publish,
    .exclusive_offsets = {offsetof(nitro_opts_openapi_publish, force), offsetof(nitro_opts_openapi_publish, wait_for_approval)},
    .exclusive_names = {"force", "wait-for-approval"},
};

/* ---- mcp create ---- */
static const char *const path_mcp_create_var_0[] = {"input", "apiId", NULL};
static const char *const path_mcp_create_var_1[] = {"input", "name", NULL};
static const nitro_binding bindings_mcp_create[] = {
    {path_mcp_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_create, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_mcp_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_mcp_create_data[] = {"createMcpFeatureCollection", "mcpFeatureCollection", NULL};
static const char *const path_mcp_create_result_id[] = {"id", NULL};
static const char *const path_mcp_create_result_name[] = {"name", NULL};
static const nitro_field_def fields_mcp_create_result[] = {
    {"id", path_mcp_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_mcp_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_mcp_create_errors_0[] = {"createMcpFeatureCollection", "errors", NULL};
static const char *const *const errors_mcp_create[] = {path_mcp_create_errors_0};
static const char *const verbatim_mcp_create[] = {"ApiNotFoundError", "UnauthorizedOperation"};
static const nitro_text_part text_mcp_create_activity[] = {
    {NITRO_PART_TEXT, "Creating MCP feature collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' for API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_create, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_mcp_create_success[] = {
    {NITRO_PART_TEXT, "Created MCP feature collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_create_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const char *const path_mcp_create_human_0[] = {"id", NULL};
static const char *const path_mcp_create_human_1[] = {"name", NULL};
static const nitro_human_line human_mcp_create[] = {
    {"Id", {path_mcp_create_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_mcp_create_human_1, NITRO_FMT_NONE}, {NULL, 0}},
};
static const nitro_pick_def picks_mcp_create[] = {
    {offsetof(nitro_opts_mcp_create, api_id), "api-id", &nitro_picker_api, "For which API do you want to create an MCP feature collection\?"},
};
const nitro_behaviour nitro_behaviour_mcp_create = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_create_mcp_feature_collection_operation, bindings_mcp_create, 2},
    .data = path_mcp_create_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mcp_create_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_mcp_create,
    .n_errors = 1,
    .verbatim = verbatim_mcp_create,
    .n_verbatim = 2,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_mcp_create_activity, 5},
    .success = {text_mcp_create_success, 3},
    .no_data = {text_mcp_create_no_data, 1},
    .recheck = "nitro mcp list --api-id <api-id>",
    .human = human_mcp_create,
    .n_human = 2,
    .picks = picks_mcp_create,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- mcp delete ---- */
static const char *const path_mcp_delete_var_0[] = {"input", "mcpFeatureCollectionId", NULL};
static const nitro_binding bindings_mcp_delete[] = {
    {path_mcp_delete_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_mcp_delete_data[] = {"deleteMcpFeatureCollectionById", "mcpFeatureCollection", NULL};
static const char *const path_mcp_delete_result_id[] = {"id", NULL};
static const char *const path_mcp_delete_result_name[] = {"name", NULL};
static const nitro_field_def fields_mcp_delete_result[] = {
    {"id", path_mcp_delete_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_mcp_delete_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_mcp_delete_errors_0[] = {"deleteMcpFeatureCollectionById", "errors", NULL};
static const char *const *const errors_mcp_delete[] = {path_mcp_delete_errors_0};
static const char *const verbatim_mcp_delete[] = {"McpFeatureCollectionNotFoundError", "UnauthorizedOperation"};
static const nitro_text_part text_mcp_delete_activity[] = {
    {NITRO_PART_TEXT, "Deleting MCP feature collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_mcp_delete_success[] = {
    {NITRO_PART_TEXT, "Deleted MCP feature collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_delete_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_delete_confirm[] = {
    {NITRO_PART_TEXT, "Do you want to delete the MCP feature collection with ID ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "\?", {0}, 0, 0},
};
static const nitro_text_part text_mcp_delete_declined[] = {
    {NITRO_PART_TEXT, "Aborted.", {0}, 0, 0},
};
static const char *const path_mcp_delete_human_0[] = {"id", NULL};
static const char *const path_mcp_delete_human_1[] = {"name", NULL};
static const nitro_human_line human_mcp_delete[] = {
    {"Id", {path_mcp_delete_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_mcp_delete_human_1, NITRO_FMT_NONE}, {NULL, 0}},
};
const nitro_behaviour nitro_behaviour_mcp_delete = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_delete_mcp_feature_collection_operation, bindings_mcp_delete, 1},
    .data = path_mcp_delete_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mcp_delete_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_mcp_delete,
    .n_errors = 1,
    .verbatim = verbatim_mcp_delete,
    .n_verbatim = 2,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_mcp_delete_activity, 3},
    .success = {text_mcp_delete_success, 3},
    .no_data = {text_mcp_delete_no_data, 1},
    .confirm = {text_mcp_delete_confirm, 3},
    .declined = {text_mcp_delete_declined, 1},
    .recheck = "nitro mcp list --api-id <api-id>",
    .human = human_mcp_delete,
    .n_human = 2,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_mcp_delete, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- mcp list ---- */
static const char *const path_mcp_list_var_0[] = {"apiId", NULL};
static const char *const path_mcp_list_var_1[] = {"after", NULL};
static const char *const path_mcp_list_var_2[] = {"first", NULL};
static const nitro_binding bindings_mcp_list[] = {
    {path_mcp_list_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_list, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_mcp_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_mcp_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_mcp_list_data[] = {"node", "mcpFeatureCollections", NULL};
static const char *const path_mcp_list_result_id[] = {"id", NULL};
static const char *const path_mcp_list_result_name[] = {"name", NULL};
static const nitro_field_def fields_mcp_list_result[] = {
    {"id", path_mcp_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_mcp_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_mcp_list_activity[] = {
    {NITRO_PART_TEXT, "Fetching MCP feature collections", {0}, 0, 0},
};
static const nitro_text_part text_mcp_list_not_found[] = {
    {NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_list, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_mcp_list_human_0[] = {"id", NULL};
static const char *const path_mcp_list_human_1[] = {"name", NULL};
static const nitro_human_line human_mcp_list[] = {
    {"Id", {path_mcp_list_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_mcp_list_human_1, NITRO_FMT_NONE}, {NULL, 0}},
};
static const char *const path_mcp_list_column_0[] = {"id", NULL};
static const char *const path_mcp_list_column_1[] = {"name", NULL};
static const nitro_column columns_mcp_list[] = {
    {"Id", {path_mcp_list_column_0, NITRO_FMT_NONE}},
    {"Name", {path_mcp_list_column_1, NITRO_FMT_NONE}},
};
static const nitro_pick_def picks_mcp_list[] = {
    {offsetof(nitro_opts_mcp_list, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
const nitro_behaviour nitro_behaviour_mcp_list = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_list_mcp_feature_collections_operation, bindings_mcp_list, 3},
    .data = path_mcp_list_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mcp_list_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_mcp_list_activity, 1},
    .not_found = {text_mcp_list_not_found, 3},
    .recheck = NULL,
    .human = human_mcp_list,
    .n_human = 2,
    .table_title = "MCP feature collections of API",
    .columns = columns_mcp_list,
    .n_columns = 2,
    .picks = picks_mcp_list,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = offsetof(nitro_opts_mcp_list, global.cursor),
    .all_offset = offsetof(nitro_opts_mcp_list, global.all),
    .limit_offset = offsetof(nitro_opts_mcp_list, global.limit),
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- mcp upload ---- */
static const char *const path_mcp_upload_var_0[] = {"input", "mcpFeatureCollectionId", NULL};
static const char *const path_mcp_upload_var_1[] = {"input", "tag", NULL};
static const char *const path_mcp_upload_var_2[] = {"input", "source", NULL};
static const nitro_binding bindings_mcp_upload[] = {
    {path_mcp_upload_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_upload, mcp_feature_collection_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "mcp-feature-collection-id", NITRO_NO_OPTION, 0, NULL},
    {path_mcp_upload_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_upload, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL},
    {path_mcp_upload_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_upload, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_mcp_upload_data[] = {"uploadMcpFeatureCollection", "mcpFeatureCollectionVersion", NULL};
static const char *const path_mcp_upload_result_mcpFeatureCollectionVersionId[] = {"id", NULL};
static const nitro_field_def fields_mcp_upload_result[] = {
    {"mcpFeatureCollectionVersionId", path_mcp_upload_result_mcpFeatureCollectionVersionId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"tag", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_mcp_upload, tag), NITRO_OPT_STRING},
};
static const char *const path_mcp_upload_errors_0[] = {"uploadMcpFeatureCollection", "errors", NULL};
static const char *const *const errors_mcp_upload[] = {path_mcp_upload_errors_0};
static const char *const verbatim_mcp_upload[] = {"UnauthorizedOperation", "McpFeatureCollectionNotFoundError", "InvalidMcpFeatureCollectionArchiveError", "DuplicatedTagError", "ConcurrentOperationError"};
static const nitro_text_part text_mcp_upload_activity[] = {
    {NITRO_PART_TEXT, "Uploading new MCP feature collection version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_upload, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' for collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_upload, mcp_feature_collection_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_mcp_upload_success[] = {
    {NITRO_PART_TEXT, "Uploaded new MCP feature collection version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_upload, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_upload_no_data[] = {
    {NITRO_PART_TEXT, "Could not upload MCP feature collection version.", {0}, 0, 0},
};
static const nitro_zip_entry_def zip_mcp_upload_0[] = {
    {offsetof(nitro_opts_mcp_upload, prompt_pattern), NITRO_OPT_STRING_LIST, "prompt-pattern", "prompts/", NULL},
    {offsetof(nitro_opts_mcp_upload, tool_pattern), NITRO_OPT_STRING_LIST, "tool-pattern", "tools/", NULL},
};
static const char *const path_mcp_upload_upload_0[] = {"input", "collection", NULL};
static const nitro_upload_def uploads_mcp_upload[] = {
    {path_mcp_upload_upload_0, NITRO_NO_OPTION, NULL, "collection.zip", zip_mcp_upload_0, 2, false, NULL},
};
const nitro_behaviour nitro_behaviour_mcp_upload = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_upload_mcp_feature_collection_operation, bindings_mcp_upload, 3},
    .data = path_mcp_upload_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mcp_upload_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_mcp_upload,
    .n_errors = 1,
    .verbatim = verbatim_mcp_upload,
    .n_verbatim = 5,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_mcp_upload_activity, 5},
    .success = {text_mcp_upload_success, 3},
    .no_data = {text_mcp_upload_no_data, 1},
    .recheck = "nitro mcp upload --help",
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_mcp_upload,
    .n_uploads = 1,
};

/* ---- mcp validate ---- */
static const char *const path_mcp_validate_var_0[] = {"input", "mcpFeatureCollectionId", NULL};
static const char *const path_mcp_validate_var_1[] = {"input", "stage", NULL};
static const char *const path_mcp_validate_var_2[] = {"input", "source", NULL};
static const nitro_binding bindings_mcp_validate[] = {
    {path_mcp_validate_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_validate, mcp_feature_collection_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "mcp-feature-collection-id", NITRO_NO_OPTION, 0, NULL},
    {path_mcp_validate_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_validate, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL},
    {path_mcp_validate_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_validate, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_mcp_validate_data[] = {"validateMcpFeatureCollection", NULL};
static const char *const path_mcp_validate_result_requestId[] = {"id", NULL};
static const nitro_field_def fields_mcp_validate_result[] = {
    {"requestId", path_mcp_validate_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING},
};
static const char *const path_mcp_validate_errors_0[] = {"validateMcpFeatureCollection", "errors", NULL};
static const char *const *const errors_mcp_validate[] = {path_mcp_validate_errors_0};
static const char *const verbatim_mcp_validate[] = {"UnauthorizedOperation", "StageNotFoundError", "McpFeatureCollectionNotFoundError"};
static const nitro_text_part text_mcp_validate_activity[] = {
    {NITRO_PART_TEXT, "Validating MCP feature collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_validate, mcp_feature_collection_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' against stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_validate, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_mcp_validate_success[] = {
    {NITRO_PART_TEXT, "Validated MCP feature collection against stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_validate, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_validate_no_data[] = {
    {NITRO_PART_TEXT, "Could not create validation request!", {0}, 0, 0},
};
static const nitro_zip_entry_def zip_mcp_validate_0[] = {
    {offsetof(nitro_opts_mcp_validate, prompt_pattern), NITRO_OPT_STRING_LIST, "prompt-pattern", "prompts/", NULL},
    {offsetof(nitro_opts_mcp_validate, tool_pattern), NITRO_OPT_STRING_LIST, "tool-pattern", "tools/", NULL},
};
static const char *const path_mcp_validate_upload_0[] = {"input", "collection", NULL};
static const nitro_upload_def uploads_mcp_validate[] = {
    {path_mcp_validate_upload_0, NITRO_NO_OPTION, NULL, "collection.zip", zip_mcp_validate_0, 2, false, NULL},
};
static const char *const path_mcp_validate_follow_var_0[] = {"requestId", NULL};
static const char *const path_mcp_validate_follow_value_0[] = {"id", NULL};
static const char *const *const follow_variables_mcp_validate[] = {path_mcp_validate_follow_var_0};
static const char *const *const follow_values_mcp_validate[] = {path_mcp_validate_follow_value_0};
static const nitro_text_part text_mcp_validate_event_0_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_mcp_validate_event_1_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_mcp_validate_event_2_say[] = {
    {NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_validate_event_3_say[] = {
    {NITRO_PART_TEXT, "Validation failed.", {0}, 0, 0},
};
static const char *const path_mcp_validate_event_3_errors[] = {"errors", NULL};
static const nitro_event_def events_mcp_validate[] = {
    {"OperationInProgress", {text_mcp_validate_event_0_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ValidationInProgress", {text_mcp_validate_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"McpFeatureCollectionVersionValidationSuccess", {text_mcp_validate_event_2_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL},
    {"McpFeatureCollectionVersionValidationFailed", {text_mcp_validate_event_3_say, 1}, path_mcp_validate_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL},
};
static const char *const path_mcp_validate_follow_created_1[] = {"id", NULL};
static const nitro_text_part text_mcp_validate_follow_created[] = {
    {NITRO_PART_TEXT, "Validation request created (ID: ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_mcp_validate_follow_created_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ").", {0}, 0, 0},
};
static const nitro_text_part text_mcp_validate_follow_failed[] = {
    {NITRO_PART_TEXT, "MCP feature collection validation failed.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_validate_follow_ended[] = {
    {NITRO_PART_TEXT, "Validation failed: the server ended the stream without a result.", {0}, 0, 0},
};
static const char *const path_mcp_validate_follow_stopped_1[] = {"id", NULL};
static const nitro_text_part text_mcp_validate_follow_stopped[] = {
    {NITRO_PART_TEXT, "The validation request ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_mcp_validate_follow_stopped_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, " may go on on the server; it publishes nothing.", {0}, 0, 0},
};
static const char *const path_mcp_validate_follow_data[] = {"onMcpFeatureCollectionVersionValidationUpdate", NULL};
static const nitro_follow_def follow_mcp_validate = {
    .operation = &gql_on_mcp_feature_collection_validation_operation,
    .variable_paths = follow_variables_mcp_validate,
    .value_paths = follow_values_mcp_validate,
    .n_variables = 1,
    .data = path_mcp_validate_follow_data,
    .events = events_mcp_validate,
    .n_events = 4,
    .created = {text_mcp_validate_follow_created, 3},
    .failed = {text_mcp_validate_follow_failed, 1},
    .ended = {text_mcp_validate_follow_ended, 1},
    .stopped = {text_mcp_validate_follow_stopped, 3},
    .wait_offset = NITRO_NO_OPTION,
};
const nitro_behaviour nitro_behaviour_mcp_validate = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_validate_mcp_feature_collection_operation, bindings_mcp_validate, 3},
    .data = path_mcp_validate_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mcp_validate_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_mcp_validate,
    .n_errors = 1,
    .verbatim = verbatim_mcp_validate,
    .n_verbatim = 3,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_mcp_validate_activity, 5},
    .success = {text_mcp_validate_success, 3},
    .no_data = {text_mcp_validate_no_data, 1},
    .recheck = "nitro mcp validate --help",
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_mcp_validate,
    .n_uploads = 1,
    .follow = &follow_mcp_validate,
};

/* ---- mcp publish ---- */
static const char *const path_mcp_publish_var_0[] = {"input", "mcpFeatureCollectionId", NULL};
static const char *const path_mcp_publish_var_1[] = {"input", "stage", NULL};
static const char *const path_mcp_publish_var_2[] = {"input", "tag", NULL};
static const char *const path_mcp_publish_var_3[] = {"input", "waitForApproval", NULL};
static const char *const path_mcp_publish_var_4[] = {"input", "force", NULL};
static const char *const path_mcp_publish_var_5[] = {"input", "source", NULL};
static const nitro_binding bindings_mcp_publish[] = {
    {path_mcp_publish_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_publish, mcp_feature_collection_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "mcp-feature-collection-id", NITRO_NO_OPTION, 0, NULL},
    {path_mcp_publish_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_publish, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL},
    {path_mcp_publish_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_publish, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL},
    {path_mcp_publish_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_publish, wait_for_approval), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "wait-for-approval", NITRO_NO_OPTION, 0, NULL},
    {path_mcp_publish_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_publish, force), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "force", NITRO_NO_OPTION, 0, NULL},
    {path_mcp_publish_var_5, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_publish, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_mcp_publish_data[] = {"publishMcpFeatureCollection", NULL};
static const char *const path_mcp_publish_result_requestId[] = {"id", NULL};
static const nitro_field_def fields_mcp_publish_result[] = {
    {"stage", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_mcp_publish, stage), NITRO_OPT_STRING},
    {"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING},
    {"requestId", path_mcp_publish_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_mcp_publish_errors_0[] = {"publishMcpFeatureCollection", "errors", NULL};
static const char *const *const errors_mcp_publish[] = {path_mcp_publish_errors_0};
static const char *const verbatim_mcp_publish[] = {"UnauthorizedOperation", "StageNotFoundError", "McpFeatureCollectionNotFoundError", "McpFeatureCollectionVersionNotFoundError"};
static const nitro_text_part text_mcp_publish_activity[] = {
    {NITRO_PART_TEXT, "Publishing new version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_publish, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' of MCP feature collection '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_publish, mcp_feature_collection_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' to stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_publish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_mcp_publish_success[] = {
    {NITRO_PART_TEXT, "Published new MCP feature collection version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_publish, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' to stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_publish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_publish_no_data[] = {
    {NITRO_PART_TEXT, "Could not create publish request.", {0}, 0, 0},
};
static const char *const path_mcp_publish_follow_var_0[] = {"requestId", NULL};
static const char *const path_mcp_publish_follow_value_0[] = {"id", NULL};
static const char *const *const follow_variables_mcp_publish[] = {path_mcp_publish_follow_var_0};
static const char *const *const follow_values_mcp_publish[] = {path_mcp_publish_follow_value_0};
static const char *const path_mcp_publish_event_0_say_1[] = {"queuePosition", NULL};
static const nitro_text_part text_mcp_publish_event_0_say[] = {
    {NITRO_PART_TEXT, "Your request is queued. The current position in the queue is ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_mcp_publish_event_0_say_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ".", {0}, 0, 0},
};
static const nitro_text_part text_mcp_publish_event_1_say[] = {
    {NITRO_PART_TEXT, "Your request is ready for processing.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_publish_event_2_say[] = {
    {NITRO_PART_TEXT, "Your request is being processed.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_publish_event_3_say[] = {
    {NITRO_PART_TEXT, "Your request is waiting for approval. Check Nitro to approve the request.", {0}, 0, 0},
};
static const char *const path_mcp_publish_event_3_errors[] = {"deployment", "errors", NULL};
static const nitro_text_part text_mcp_publish_event_4_say[] = {
    {NITRO_PART_TEXT, "Your request has been approved.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_publish_event_5_say[] = {
    {NITRO_PART_TEXT, "Published successfully.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_publish_event_6_say[] = {
    {NITRO_PART_TEXT, "MCP feature collection version was rejected.", {0}, 0, 0},
};
static const char *const path_mcp_publish_event_6_errors[] = {"errors", NULL};
static const nitro_event_def events_mcp_publish[] = {
    {"ProcessingTaskIsQueued", {text_mcp_publish_event_0_say, 3}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ProcessingTaskIsReady", {text_mcp_publish_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"OperationInProgress", {text_mcp_publish_event_2_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"WaitForApproval", {text_mcp_publish_event_3_say, 1}, path_mcp_publish_event_3_errors, NITRO_OUTCOME_CONTINUE, true, NULL},
    {"ProcessingTaskApproved", {text_mcp_publish_event_4_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"McpFeatureCollectionVersionPublishSuccess", {text_mcp_publish_event_5_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL},
    {"McpFeatureCollectionVersionPublishFailed", {text_mcp_publish_event_6_say, 1}, path_mcp_publish_event_6_errors, NITRO_OUTCOME_FAILURE, false, NULL},
};
static const char *const path_mcp_publish_follow_created_1[] = {"id", NULL};
static const nitro_text_part text_mcp_publish_follow_created[] = {
    {NITRO_PART_TEXT, "Publish request created (ID: ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_mcp_publish_follow_created_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ").", {0}, 0, 0},
};
static const nitro_text_part text_mcp_publish_follow_failed[] = {
    {NITRO_PART_TEXT, "MCP feature collection publish failed.", {0}, 0, 0},
};
static const nitro_text_part text_mcp_publish_follow_ended[] = {
    {NITRO_PART_TEXT, "Processing failed: the server ended the stream without a result.", {0}, 0, 0},
};
static const char *const path_mcp_publish_follow_stopped_1[] = {"id", NULL};
static const nitro_text_part text_mcp_publish_follow_stopped[] = {
    {NITRO_PART_TEXT, "The publish request ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_mcp_publish_follow_stopped_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, " may go on on the server; Nitro shows what stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_publish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' has.", {0}, 0, 0},
};
static const char *const path_mcp_publish_follow_data[] = {"onMcpFeatureCollectionVersionPublishingUpdate", NULL};
static const nitro_follow_def follow_mcp_publish = {
    .operation = &gql_on_mcp_feature_collection_publish_operation,
    .variable_paths = follow_variables_mcp_publish,
    .value_paths = follow_values_mcp_publish,
    .n_variables = 1,
    .data = path_mcp_publish_follow_data,
    .events = events_mcp_publish,
    .n_events = 7,
    .created = {text_mcp_publish_follow_created, 3},
    .failed = {text_mcp_publish_follow_failed, 1},
    .ended = {text_mcp_publish_follow_ended, 1},
    .stopped = {text_mcp_publish_follow_stopped, 5},
    .wait_offset = offsetof(nitro_opts_mcp_publish, wait_for_approval),
};
const nitro_behaviour nitro_behaviour_mcp_publish = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_publish_mcp_feature_collection_operation, bindings_mcp_publish, 6},
    .data = path_mcp_publish_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mcp_publish_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_mcp_publish,
    .n_errors = 1,
    .verbatim = verbatim_mcp_publish,
    .n_verbatim = 4,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_mcp_publish_activity, 7},
    .success = {text_mcp_publish_success, 5},
    .no_data = {text_mcp_publish_no_data, 1},
    .recheck = "nitro mcp publish --help",
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_mcp_publish, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .follow = &follow_mcp_publish,
    .exclusive_offsets = {offsetof(nitro_opts_mcp_publish, force), offsetof(nitro_opts_mcp_publish, wait_for_approval)},
    .exclusive_names = {"force", "wait-for-approval"},
};

/* ---- mock create ---- */
static const char *const path_mock_create_var_0[] = {"apiId", NULL};
static const char *const path_mock_create_var_1[] = {"name", NULL};
static const char *const path_mock_create_var_2[] = {"downstreamUrl", NULL};
static const nitro_binding bindings_mock_create[] = {
    {path_mock_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_create, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_mock_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL},
    {path_mock_create_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_create, url), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "url", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_mock_create_data[] = {"createMockSchema", "mockSchema", NULL};
static const char *const path_mock_create_result_id[] = {"id", NULL};
static const char *const path_mock_create_result_name[] = {"name", NULL};
static const char *const path_mock_create_result_createdAt[] = {"createdAt", NULL};
static const char *const path_mock_create_result_createdBy_username[] = {"createdBy", "username", NULL};
static const nitro_field_def fields_mock_create_result_createdBy[] = {
    {"username", path_mock_create_result_createdBy_username, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_mock_create_result_createdBy[] = {"createdBy", NULL};
static const char *const path_mock_create_result_modifiedAt[] = {"modifiedAt", NULL};
static const char *const path_mock_create_result_modifiedBy_username[] = {"modifiedBy", "username", NULL};
static const nitro_field_def fields_mock_create_result_modifiedBy[] = {
    {"username", path_mock_create_result_modifiedBy_username, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_mock_create_result_modifiedBy[] = {"modifiedBy", NULL};
static const char *const path_mock_create_result_downstreamUrl[] = {"downstreamUrl", NULL};
static const char *const path_mock_create_result_url[] = {"url", NULL};
static const nitro_field_def fields_mock_create_result[] = {
    {"id", path_mock_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_mock_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"createdAt", path_mock_create_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"createdBy", path_mock_create_result_createdBy, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_create_result_createdBy, 1, NULL, false, 0, NITRO_OPT_STRING},
    {"modifiedAt", path_mock_create_result_modifiedAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"modifiedBy", path_mock_create_result_modifiedBy, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_create_result_modifiedBy, 1, NULL, false, 0, NITRO_OPT_STRING},
    {"downstreamUrl", path_mock_create_result_downstreamUrl, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"url", path_mock_create_result_url, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_mock_create_errors_0[] = {"createMockSchema", "errors", NULL};
static const char *const *const errors_mock_create[] = {path_mock_create_errors_0};
static const char *const verbatim_mock_create[] = {"ApiNotFoundError", "MockSchemaNonUniqueNameError", "UnauthorizedOperation", "ValidationError"};
static const nitro_text_part text_mock_create_activity[] = {
    {NITRO_PART_TEXT, "Creating mock '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mock_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' for API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mock_create, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_mock_create_success[] = {
    {NITRO_PART_TEXT, "Created mock '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mock_create, name), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_mock_create_no_data[] = {
    {NITRO_PART_TEXT, "Could not create the mock.", {0}, 0, 0},
};
static const char *const path_mock_create_human_0[] = {"id", NULL};
static const char *const path_mock_create_human_1[] = {"name", NULL};
static const char *const path_mock_create_human_2[] = {"url", NULL};
static const char *const path_mock_create_human_3[] = {"downstreamUrl", NULL};
static const char *const path_mock_create_human_4[] = {"createdAt", NULL};
static const char *const path_mock_create_human_5[] = {"modifiedAt", NULL};
static const nitro_human_line human_mock_create[] = {
    {"Id", {path_mock_create_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_mock_create_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Url", {path_mock_create_human_2, NITRO_FMT_NONE}, {NULL, 0}},
    {"Downstream url", {path_mock_create_human_3, NITRO_FMT_NONE}, {NULL, 0}},
    {"Created at", {path_mock_create_human_4, NITRO_FMT_DATETIME}, {NULL, 0}},
    {"Modified at", {path_mock_create_human_5, NITRO_FMT_DATETIME}, {NULL, 0}},
};
static const nitro_pick_def picks_mock_create[] = {
    {offsetof(nitro_opts_mock_create, api_id), "api-id", &nitro_picker_api, "For which API do you want to create a mock\?"},
};
static const char *const path_mock_create_upload_0[] = {"baseSchemaFile", NULL};
static const char *const path_mock_create_upload_1[] = {"extensionsSchemaFile", NULL};
static const nitro_upload_def uploads_mock_create[] = {
    {path_mock_create_upload_0, offsetof(nitro_opts_mock_create, schema), "schema", "schema.graphql", NULL, 0, false, NULL},
    {path_mock_create_upload_1, offsetof(nitro_opts_mock_create, extension), "extension", "extension.graphql", NULL, 0, false, NULL},
};
const nitro_behaviour nitro_behaviour_mock_create = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_create_mock_operation, bindings_mock_create, 3},
    .data = path_mock_create_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_create_result, 8, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_mock_create,
    .n_errors = 1,
    .verbatim = verbatim_mock_create,
    .n_verbatim = 4,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_mock_create_activity, 5},
    .success = {text_mock_create_success, 3},
    .no_data = {text_mock_create_no_data, 1},
    .recheck = "nitro mock list --api-id <api-id>",
    .human = human_mock_create,
    .n_human = 6,
    .picks = picks_mock_create,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_mock_create,
    .n_uploads = 2,
};

/* ---- mock list ---- */
static const char *const path_mock_list_var_0[] = {"apiId", NULL};
static const char *const path_mock_list_var_1[] = {"after", NULL};
static const char *const path_mock_list_var_2[] = {"first", NULL};
static const nitro_binding bindings_mock_list[] = {
    {path_mock_list_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_list, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_mock_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_mock_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_mock_list_data[] = {"apiById", "mockSchemas", NULL};
static const char *const path_mock_list_result_id[] = {"id", NULL};
static const char *const path_mock_list_result_name[] = {"name", NULL};
static const char *const path_mock_list_result_createdAt[] = {"createdAt", NULL};
static const char *const path_mock_list_result_createdBy_username[] = {"createdBy", "username", NULL};
static const nitro_field_def fields_mock_list_result_createdBy[] = {
    {"username", path_mock_list_result_createdBy_username, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_mock_list_result_createdBy[] = {"createdBy", NULL};
static const char *const path_mock_list_result_modifiedAt[] = {"modifiedAt", NULL};
static const char *const path_mock_list_result_modifiedBy_username[] = {"modifiedBy", "username", NULL};
static const nitro_field_def fields_mock_list_result_modifiedBy[] = {
    {"username", path_mock_list_result_modifiedBy_username, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_mock_list_result_modifiedBy[] = {"modifiedBy", NULL};
static const char *const path_mock_list_result_downstreamUrl[] = {"downstreamUrl", NULL};
static const char *const path_mock_list_result_url[] = {"url", NULL};
static const nitro_field_def fields_mock_list_result[] = {
    {"id", path_mock_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_mock_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"createdAt", path_mock_list_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"createdBy", path_mock_list_result_createdBy, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_list_result_createdBy, 1, NULL, false, 0, NITRO_OPT_STRING},
    {"modifiedAt", path_mock_list_result_modifiedAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"modifiedBy", path_mock_list_result_modifiedBy, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_list_result_modifiedBy, 1, NULL, false, 0, NITRO_OPT_STRING},
    {"downstreamUrl", path_mock_list_result_downstreamUrl, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"url", path_mock_list_result_url, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_mock_list_activity[] = {
    {NITRO_PART_TEXT, "Fetching mocks", {0}, 0, 0},
};
static const nitro_text_part text_mock_list_not_found[] = {
    {NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mock_list, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_mock_list_human_0[] = {"id", NULL};
static const char *const path_mock_list_human_1[] = {"name", NULL};
static const char *const path_mock_list_human_2[] = {"url", NULL};
static const char *const path_mock_list_human_3[] = {"downstreamUrl", NULL};
static const char *const path_mock_list_human_4[] = {"createdAt", NULL};
static const char *const path_mock_list_human_5[] = {"modifiedAt", NULL};
static const nitro_human_line human_mock_list[] = {
    {"Id", {path_mock_list_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_mock_list_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Url", {path_mock_list_human_2, NITRO_FMT_NONE}, {NULL, 0}},
    {"Downstream url", {path_mock_list_human_3, NITRO_FMT_NONE}, {NULL, 0}},
    {"Created at", {path_mock_list_human_4, NITRO_FMT_DATETIME}, {NULL, 0}},
    {"Modified at", {path_mock_list_human_5, NITRO_FMT_DATETIME}, {NULL, 0}},
};
static const char *const path_mock_list_column_0[] = {"id", NULL};
static const char *const path_mock_list_column_1[] = {"name", NULL};
static const char *const path_mock_list_column_2[] = {"url", NULL};
static const nitro_column columns_mock_list[] = {
    {"Id", {path_mock_list_column_0, NITRO_FMT_NONE}},
    {"Name", {path_mock_list_column_1, NITRO_FMT_NONE}},
    {"Url", {path_mock_list_column_2, NITRO_FMT_NONE}},
};
static const nitro_pick_def picks_mock_list[] = {
    {offsetof(nitro_opts_mock_list, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
const nitro_behaviour nitro_behaviour_mock_list = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_list_mocks_operation, bindings_mock_list, 3},
    .data = path_mock_list_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_list_result, 8, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_mock_list_activity, 1},
    .not_found = {text_mock_list_not_found, 3},
    .recheck = NULL,
    .human = human_mock_list,
    .n_human = 6,
    .table_title = "Mocks of API",
    .columns = columns_mock_list,
    .n_columns = 3,
    .picks = picks_mock_list,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = offsetof(nitro_opts_mock_list, global.cursor),
    .all_offset = offsetof(nitro_opts_mock_list, global.all),
    .limit_offset = offsetof(nitro_opts_mock_list, global.limit),
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- mock update ---- */
static const char *const path_mock_update_var_0[] = {"mockSchemaId", NULL};
static const char *const path_mock_update_var_1[] = {"name", NULL};
static const char *const path_mock_update_var_2[] = {"downstreamUrl", NULL};
static const nitro_binding bindings_mock_update[] = {
    {path_mock_update_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_update, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
    {path_mock_update_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_update, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, "name", NITRO_NO_OPTION, 0, NULL},
    {path_mock_update_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_update, url), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, "url", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_mock_update_data[] = {"updateMockSchema", "mockSchema", NULL};
static const char *const path_mock_update_result_id[] = {"id", NULL};
static const char *const path_mock_update_result_name[] = {"name", NULL};
static const char *const path_mock_update_result_createdAt[] = {"createdAt", NULL};
static const char *const path_mock_update_result_createdBy_username[] = {"createdBy", "username", NULL};
static const nitro_field_def fields_mock_update_result_createdBy[] = {
    {"username", path_mock_update_result_createdBy_username, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_mock_update_result_createdBy[] = {"createdBy", NULL};
static const char *const path_mock_update_result_modifiedAt[] = {"modifiedAt", NULL};
static const char *const path_mock_update_result_modifiedBy_username[] = {"modifiedBy", "username", NULL};
static const nitro_field_def fields_mock_update_result_modifiedBy[] = {
    {"username", path_mock_update_result_modifiedBy_username, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_mock_update_result_modifiedBy[] = {"modifiedBy", NULL};
static const char *const path_mock_update_result_downstreamUrl[] = {"downstreamUrl", NULL};
static const char *const path_mock_update_result_url[] = {"url", NULL};
static const nitro_field_def fields_mock_update_result[] = {
    {"id", path_mock_update_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_mock_update_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"createdAt", path_mock_update_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"createdBy", path_mock_update_result_createdBy, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_update_result_createdBy, 1, NULL, false, 0, NITRO_OPT_STRING},
    {"modifiedAt", path_mock_update_result_modifiedAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"modifiedBy", path_mock_update_result_modifiedBy, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_update_result_modifiedBy, 1, NULL, false, 0, NITRO_OPT_STRING},
    {"downstreamUrl", path_mock_update_result_downstreamUrl, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"url", path_mock_update_result_url, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_mock_update_errors_0[] = {"updateMockSchema", "errors", NULL};
static const char *const *const errors_mock_update[] = {path_mock_update_errors_0};
static const char *const verbatim_mock_update[] = {"MockSchemaNotFoundError", "MockSchemaNonUniqueNameError", "UnauthorizedOperation", "ValidationError"};
static const nitro_text_part text_mock_update_activity[] = {
    {NITRO_PART_TEXT, "Updating mock '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mock_update, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_mock_update_success[] = {
    {NITRO_PART_TEXT, "Updated mock '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mock_update, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_mock_update_no_data[] = {
    {NITRO_PART_TEXT, "Could not update the mock.", {0}, 0, 0},
};
static const char *const path_mock_update_human_0[] = {"id", NULL};
static const char *const path_mock_update_human_1[] = {"name", NULL};
static const char *const path_mock_update_human_2[] = {"url", NULL};
static const char *const path_mock_update_human_3[] = {"downstreamUrl", NULL};
static const char *const path_mock_update_human_4[] = {"createdAt", NULL};
static const char *const path_mock_update_human_5[] = {"modifiedAt", NULL};
static const nitro_human_line human_mock_update[] = {
    {"Id", {path_mock_update_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_mock_update_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Url", {path_mock_update_human_2, NITRO_FMT_NONE}, {NULL, 0}},
    {"Downstream url", {path_mock_update_human_3, NITRO_FMT_NONE}, {NULL, 0}},
    {"Created at", {path_mock_update_human_4, NITRO_FMT_DATETIME}, {NULL, 0}},
    {"Modified at", {path_mock_update_human_5, NITRO_FMT_DATETIME}, {NULL, 0}},
};
static const char *const path_mock_update_upload_0[] = {"baseSchemaFile", NULL};
static const char *const path_mock_update_upload_1[] = {"extensionsSchemaFile", NULL};
static const nitro_upload_def uploads_mock_update[] = {
    {path_mock_update_upload_0, offsetof(nitro_opts_mock_update, schema), "schema", "schema.graphql", NULL, 0, false, NULL},
    {path_mock_update_upload_1, offsetof(nitro_opts_mock_update, extension), "extension", "extension.graphql", NULL, 0, false, NULL},
};
const nitro_behaviour nitro_behaviour_mock_update = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_update_mock_operation, bindings_mock_update, 3},
    .data = path_mock_update_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_update_result, 8, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_mock_update,
    .n_errors = 1,
    .verbatim = verbatim_mock_update,
    .n_verbatim = 4,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_mock_update_activity, 3},
    .success = {text_mock_update_success, 3},
    .no_data = {text_mock_update_no_data, 1},
    .recheck = "nitro mock list --api-id <api-id>",
    .human = human_mock_update,
    .n_human = 6,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_mock_update,
    .n_uploads = 2,
};

/* ---- schema upload ---- */
static const char *const path_schema_upload_var_0[] = {"input", "apiId", NULL};
static const char *const path_schema_upload_var_1[] = {"input", "tag", NULL};
static const char *const path_schema_upload_var_2[] = {"input", "source", NULL};
static const nitro_binding bindings_schema_upload[] = {
    {path_schema_upload_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_upload, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_schema_upload_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_upload, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL},
    {path_schema_upload_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_upload, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_schema_upload_data[] = {"uploadSchema", "schemaVersion", NULL};
static const char *const path_schema_upload_result_schemaVersionId[] = {"id", NULL};
static const nitro_field_def fields_schema_upload_result[] = {
    {"schemaVersionId", path_schema_upload_result_schemaVersionId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"tag", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_schema_upload, tag), NITRO_OPT_STRING},
};
static const char *const path_schema_upload_errors_0[] = {"uploadSchema", "errors", NULL};
static const char *const *const errors_schema_upload[] = {path_schema_upload_errors_0};
static const char *const verbatim_schema_upload[] = {"UnauthorizedOperation", "DuplicatedTagError", "ConcurrentOperationError", "ApiNotFoundError"};
static const nitro_text_part text_schema_upload_activity[] = {
    {NITRO_PART_TEXT, "Uploading new schema version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_upload, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' to API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_upload, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_schema_upload_success[] = {
    {NITRO_PART_TEXT, "Uploaded new schema version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_upload, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_schema_upload_no_data[] = {
    {NITRO_PART_TEXT, "Could not upload schema.", {0}, 0, 0},
};
static const nitro_pick_def picks_schema_upload[] = {
    {offsetof(nitro_opts_schema_upload, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const path_schema_upload_upload_0[] = {"input", "schema", NULL};
static const nitro_upload_def uploads_schema_upload[] = {
    {path_schema_upload_upload_0, offsetof(nitro_opts_schema_upload, schema_file), "schema-file", "schema.graphql", NULL, 0, false, NULL},
};
const nitro_behaviour nitro_behaviour_schema_upload = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_upload_schema_operation, bindings_schema_upload, 3},
    .data = path_schema_upload_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_schema_upload_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_schema_upload,
    .n_errors = 1,
    .verbatim = verbatim_schema_upload,
    .n_verbatim = 4,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_schema_upload_activity, 5},
    .success = {text_schema_upload_success, 3},
    .no_data = {text_schema_upload_no_data, 1},
    .recheck = "nitro schema download --api-id <api-id> --stage <stage>",
    .picks = picks_schema_upload,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_schema_upload,
    .n_uploads = 1,
};

/* ---- schema validate ---- */
static const char *const path_schema_validate_var_0[] = {"input", "apiId", NULL};
static const char *const path_schema_validate_var_1[] = {"input", "stage", NULL};
static const char *const path_schema_validate_var_2[] = {"input", "source", NULL};
static const nitro_binding bindings_schema_validate[] = {
    {path_schema_validate_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_validate, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_schema_validate_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_validate, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL},
    {path_schema_validate_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_validate, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_schema_validate_data[] = {"validateSchema", NULL};
static const char *const path_schema_validate_result_requestId[] = {"id", NULL};
static const nitro_field_def fields_schema_validate_result[] = {
    {"requestId", path_schema_validate_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING},
};
static const char *const path_schema_validate_errors_0[] = {"validateSchema", "errors", NULL};
static const char *const *const errors_schema_validate[] = {path_schema_validate_errors_0};
static const char *const verbatim_schema_validate[] = {"UnauthorizedOperation", "ApiNotFoundError", "StageNotFoundError", "SchemaNotFoundError"};
static const nitro_text_part text_schema_validate_activity[] = {
    {NITRO_PART_TEXT, "Validating schema against stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_validate, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' of API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_validate, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_schema_validate_success[] = {
    {NITRO_PART_TEXT, "Validated schema against stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_validate, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_schema_validate_no_data[] = {
    {NITRO_PART_TEXT, "Could not create validation request!", {0}, 0, 0},
};
static const nitro_pick_def picks_schema_validate[] = {
    {offsetof(nitro_opts_schema_validate, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const path_schema_validate_upload_0[] = {"input", "schema", NULL};
static const nitro_upload_def uploads_schema_validate[] = {
    {path_schema_validate_upload_0, offsetof(nitro_opts_schema_validate, schema_file), "schema-file", "schema.graphql", NULL, 0, false, NULL},
};
static const char *const path_schema_validate_follow_var_0[] = {"requestId", NULL};
static const char *const path_schema_validate_follow_value_0[] = {"id", NULL};
static const char *const *const follow_variables_schema_validate[] = {path_schema_validate_follow_var_0};
static const char *const *const follow_values_schema_validate[] = {path_schema_validate_follow_value_0};
static const nitro_text_part text_schema_validate_event_0_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_schema_validate_event_1_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_schema_validate_event_2_say[] = {
    {NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0},
};
static const char *const path_schema_validate_event_2_details[] = {"changes", NULL};
static const nitro_text_part text_schema_validate_event_3_say[] = {
    {NITRO_PART_TEXT, "Validation failed.", {0}, 0, 0},
};
static const char *const path_schema_validate_event_3_errors[] = {"errors", NULL};
static const nitro_event_def events_schema_validate[] = {
    {"OperationInProgress", {text_schema_validate_event_0_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ValidationInProgress", {text_schema_validate_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"SchemaVersionValidationSuccess", {text_schema_validate_event_2_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, path_schema_validate_event_2_details},
    {"SchemaVersionValidationFailed", {text_schema_validate_event_3_say, 1}, path_schema_validate_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL},
};
static const char *const path_schema_validate_follow_created_1[] = {"id", NULL};
static const nitro_text_part text_schema_validate_follow_created[] = {
    {NITRO_PART_TEXT, "Validation request created (ID: ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_schema_validate_follow_created_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ").", {0}, 0, 0},
};
static const nitro_text_part text_schema_validate_follow_failed[] = {
    {NITRO_PART_TEXT, "Schema validation failed.", {0}, 0, 0},
};
static const nitro_text_part text_schema_validate_follow_ended[] = {
    {NITRO_PART_TEXT, "Validation failed: the server ended the stream without a result.", {0}, 0, 0},
};
static const char *const path_schema_validate_follow_stopped_1[] = {"id", NULL};
static const nitro_text_part text_schema_validate_follow_stopped[] = {
    {NITRO_PART_TEXT, "The validation request ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_schema_validate_follow_stopped_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, " may go on on the server; it publishes nothing.", {0}, 0, 0},
};
static const char *const path_schema_validate_follow_data[] = {"onSchemaVersionValidationUpdate", NULL};
static const nitro_follow_def follow_schema_validate = {
    .operation = &gql_on_schema_validation_operation,
    .variable_paths = follow_variables_schema_validate,
    .value_paths = follow_values_schema_validate,
    .n_variables = 1,
    .data = path_schema_validate_follow_data,
    .events = events_schema_validate,
    .n_events = 4,
    .created = {text_schema_validate_follow_created, 3},
    .failed = {text_schema_validate_follow_failed, 1},
    .ended = {text_schema_validate_follow_ended, 1},
    .stopped = {text_schema_validate_follow_stopped, 3},
    .wait_offset = NITRO_NO_OPTION,
};
const nitro_behaviour nitro_behaviour_schema_validate = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_validate_schema_operation, bindings_schema_validate, 3},
    .data = path_schema_validate_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_schema_validate_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_schema_validate,
    .n_errors = 1,
    .verbatim = verbatim_schema_validate,
    .n_verbatim = 4,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_schema_validate_activity, 5},
    .success = {text_schema_validate_success, 3},
    .no_data = {text_schema_validate_no_data, 1},
    .recheck = "nitro schema validate --help",
    .picks = picks_schema_validate,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_schema_validate,
    .n_uploads = 1,
    .follow = &follow_schema_validate,
};

/* ---- schema download ---- */
static const nitro_text_part text_schema_download_activity[] = {
    {NITRO_PART_TEXT, "Downloading schema from stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_download, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' of API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_download, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_schema_download_success[] = {
    {NITRO_PART_TEXT, "Downloaded the schema from stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_download, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_schema_download_download_path[] = {
    {NITRO_PART_TEXT, "/api/v1/apis/", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_download, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "/schemas/latest/download\?stage=", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_download, stage), NITRO_OPT_STRING},
};
static const nitro_text_part text_schema_download_download_not_found[] = {
    {NITRO_PART_TEXT, "Could not find a published schema on stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_download, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_download_def download_schema_download = {
    .path = {text_schema_download_download_path, 4},
    .file_offset = offsetof(nitro_opts_schema_download, output_file),
    .not_found = {text_schema_download_download_not_found, 3},
    .format_offset = NITRO_NO_OPTION,
};
const nitro_behaviour nitro_behaviour_schema_download = {
    .kind = NITRO_KIND_DOWNLOAD,
    .data = NULL,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_schema_download_activity, 5},
    .success = {text_schema_download_success, 3},
    .recheck = NULL,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .download = &download_schema_download,
};

/* ---- schema publish ---- */
static const char *const path_schema_publish_var_0[] = {"input", "apiId", NULL};
static const char *const path_schema_publish_var_1[] = {"input", "stage", NULL};
static const char *const path_schema_publish_var_2[] = {"input", "tag", NULL};
static const char *const path_schema_publish_var_3[] = {"input", "waitForApproval", NULL};
static const char *const path_schema_publish_var_4[] = {"input", "force", NULL};
static const char *const path_schema_publish_var_5[] = {"input", "source", NULL};
static const nitro_binding bindings_schema_publish[] = {
    {path_schema_publish_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_publish, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_schema_publish_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_publish, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL},
    {path_schema_publish_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_publish, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL},
    {path_schema_publish_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_publish, wait_for_approval), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "wait-for-approval", NITRO_NO_OPTION, 0, NULL},
    {path_schema_publish_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_publish, force), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "force", NITRO_NO_OPTION, 0, NULL},
    {path_schema_publish_var_5, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_publish, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_schema_publish_data[] = {"publishSchema", NULL};
static const char *const path_schema_publish_result_requestId[] = {"id", NULL};
static const nitro_field_def fields_schema_publish_result[] = {
    {"stage", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_schema_publish, stage), NITRO_OPT_STRING},
    {"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING},
    {"requestId", path_schema_publish_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_schema_publish_errors_0[] = {"publishSchema", "errors", NULL};
static const char *const *const errors_schema_publish[] = {path_schema_publish_errors_0};
static const char *const verbatim_schema_publish[] = {"UnauthorizedOperation", "ApiNotFoundError", "StageNotFoundError", "SchemaNotFoundError"};
static const nitro_text_part text_schema_publish_activity[] = {
    {NITRO_PART_TEXT, "Publishing new schema version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' to stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' of API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_schema_publish_success[] = {
    {NITRO_PART_TEXT, "Published new schema version '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' to stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_schema_publish_no_data[] = {
    {NITRO_PART_TEXT, "Could not create publish request.", {0}, 0, 0},
};
static const nitro_pick_def picks_schema_publish[] = {
    {offsetof(nitro_opts_schema_publish, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const path_schema_publish_follow_var_0[] = {"requestId", NULL};
static const char *const path_schema_publish_follow_value_0[] = {"id", NULL};
static const char *const *const follow_variables_schema_publish[] = {path_schema_publish_follow_var_0};
static const char *const *const follow_values_schema_publish[] = {path_schema_publish_follow_value_0};
static const char *const path_schema_publish_event_0_say_1[] = {"queuePosition", NULL};
static const nitro_text_part text_schema_publish_event_0_say[] = {
    {NITRO_PART_TEXT, "Your request is queued. The current position in the queue is ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_schema_publish_event_0_say_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ".", {0}, 0, 0},
};
static const nitro_text_part text_schema_publish_event_1_say[] = {
    {NITRO_PART_TEXT, "Your request is ready for processing.", {0}, 0, 0},
};
static const nitro_text_part text_schema_publish_event_2_say[] = {
    {NITRO_PART_TEXT, "Your request is being processed.", {0}, 0, 0},
};
static const nitro_text_part text_schema_publish_event_3_say[] = {
    {NITRO_PART_TEXT, "Your request is waiting for approval. Check Nitro to approve the request.", {0}, 0, 0},
};
static const char *const path_schema_publish_event_3_errors[] = {"deployment", "errors", NULL};
static const nitro_text_part text_schema_publish_event_4_say[] = {
    {NITRO_PART_TEXT, "Your request has been approved.", {0}, 0, 0},
};
static const nitro_text_part text_schema_publish_event_5_say[] = {
    {NITRO_PART_TEXT, "Published successfully.", {0}, 0, 0},
};
static const nitro_text_part text_schema_publish_event_6_say[] = {
    {NITRO_PART_TEXT, "The new schema version was rejected.", {0}, 0, 0},
};
static const char *const path_schema_publish_event_6_errors[] = {"errors", NULL};
static const nitro_event_def events_schema_publish[] = {
    {"ProcessingTaskIsQueued", {text_schema_publish_event_0_say, 3}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ProcessingTaskIsReady", {text_schema_publish_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"OperationInProgress", {text_schema_publish_event_2_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"WaitForApproval", {text_schema_publish_event_3_say, 1}, path_schema_publish_event_3_errors, NITRO_OUTCOME_CONTINUE, true, NULL},
    {"ProcessingTaskApproved", {text_schema_publish_event_4_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"SchemaVersionPublishSuccess", {text_schema_publish_event_5_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL},
    {"SchemaVersionPublishFailed", {text_schema_publish_event_6_say, 1}, path_schema_publish_event_6_errors, NITRO_OUTCOME_FAILURE, false, NULL},
};
static const char *const path_schema_publish_follow_created_1[] = {"id", NULL};
static const nitro_text_part text_schema_publish_follow_created[] = {
    {NITRO_PART_TEXT, "Publish request created (ID: ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_schema_publish_follow_created_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ").", {0}, 0, 0},
};
static const nitro_text_part text_schema_publish_follow_failed[] = {
    {NITRO_PART_TEXT, "Schema publish failed.", {0}, 0, 0},
};
static const nitro_text_part text_schema_publish_follow_ended[] = {
    {NITRO_PART_TEXT, "Processing failed: the server ended the stream without a result.", {0}, 0, 0},
};
static const char *const path_schema_publish_follow_stopped_1[] = {"id", NULL};
static const nitro_text_part text_schema_publish_follow_stopped[] = {
    {NITRO_PART_TEXT, "The publish request ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_schema_publish_follow_stopped_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, " may go on on the server: 'nitro schema download --api-id ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, " --stage ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' shows what the stage has.", {0}, 0, 0},
};
static const char *const path_schema_publish_follow_data[] = {"onSchemaVersionPublishingUpdate", NULL};
static const nitro_follow_def follow_schema_publish = {
    .operation = &gql_on_schema_publish_operation,
    .variable_paths = follow_variables_schema_publish,
    .value_paths = follow_values_schema_publish,
    .n_variables = 1,
    .data = path_schema_publish_follow_data,
    .events = events_schema_publish,
    .n_events = 7,
    .created = {text_schema_publish_follow_created, 3},
    .failed = {text_schema_publish_follow_failed, 1},
    .ended = {text_schema_publish_follow_ended, 1},
    .stopped = {text_schema_publish_follow_stopped, 7},
    .wait_offset = offsetof(nitro_opts_schema_publish, wait_for_approval),
};
const nitro_behaviour nitro_behaviour_schema_publish = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_publish_schema_operation, bindings_schema_publish, 6},
    .data = path_schema_publish_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_schema_publish_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_schema_publish,
    .n_errors = 1,
    .verbatim = verbatim_schema_publish,
    .n_verbatim = 4,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_schema_publish_activity, 7},
    .success = {text_schema_publish_success, 5},
    .no_data = {text_schema_publish_no_data, 1},
    .recheck = "nitro schema download --api-id <api-id> --stage <stage>",
    .picks = picks_schema_publish,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_schema_publish, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .follow = &follow_schema_publish,
    .exclusive_offsets = {offsetof(nitro_opts_schema_publish, force), offsetof(nitro_opts_schema_publish, wait_for_approval)},
    .exclusive_names = {"force", "wait-for-approval"},
};

/* ---- schema clients ---- */
static const char *const path_schema_clients_var_0[] = {"apiId", NULL};
static const char *const path_schema_clients_var_1[] = {"coordinate", NULL};
static const char *const path_schema_clients_var_2[] = {"from", NULL};
static const char *const path_schema_clients_var_3[] = {"to", NULL};
static const nitro_binding bindings_schema_clients[] = {
    {path_schema_clients_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_clients, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_schema_clients_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_clients, coordinate), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "coordinate", NITRO_NO_OPTION, 0, NULL},
    {path_schema_clients_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_clients, from), NITRO_OPT_STRING, NITRO_XF_DAYS_BEFORE, NULL, 0, false, false, "from", offsetof(nitro_opts_schema_clients, to), 7, "to"},
    {path_schema_clients_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_clients, to), NITRO_OPT_STRING, NITRO_XF_DATE_TIME, NULL, 0, false, false, "to", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_schema_clients_data[] = {"coordinate", "metrics", "clientUsages", NULL};
static const char *const path_schema_clients_result_name[] = {"name", NULL};
static const char *const path_schema_clients_result_clientId[] = {"client", "id", NULL};
static const char *const path_schema_clients_result_totalVersions[] = {"totalVersions", NULL};
static const char *const path_schema_clients_result_totalOperations[] = {"totalOperations", NULL};
static const char *const path_schema_clients_result_totalRequests[] = {"totalRequests", NULL};
static const nitro_field_def fields_schema_clients_result[] = {
    {"name", path_schema_clients_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"clientId", path_schema_clients_result_clientId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalVersions", path_schema_clients_result_totalVersions, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalOperations", path_schema_clients_result_totalOperations, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalRequests", path_schema_clients_result_totalRequests, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_schema_clients_activity[] = {
    {NITRO_PART_TEXT, "Fetching the clients of '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_clients, coordinate), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_schema_clients_not_found[] = {
    {NITRO_PART_TEXT, "Coordinate '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_clients, coordinate), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found on stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_clients, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const char *const path_schema_clients_column_0[] = {"name", NULL};
static const char *const path_schema_clients_column_1[] = {"totalVersions", NULL};
static const char *const path_schema_clients_column_2[] = {"totalOperations", NULL};
static const char *const path_schema_clients_column_3[] = {"totalRequests", NULL};
static const nitro_column columns_schema_clients[] = {
    {"Client", {path_schema_clients_column_0, NITRO_FMT_NONE}},
    {"Versions", {path_schema_clients_column_1, NITRO_FMT_NONE}},
    {"Operations", {path_schema_clients_column_2, NITRO_FMT_NONE}},
    {"Requests", {path_schema_clients_column_3, NITRO_FMT_NONE}},
};
static const nitro_pick_def picks_schema_clients[] = {
    {offsetof(nitro_opts_schema_clients, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const path_schema_clients_select[] = {"apiById", "stages", NULL};
static const nitro_text_part text_schema_clients_select_not_found[] = {
    {NITRO_PART_TEXT, "Stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_clients, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found on API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_clients, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_select_def select_schema_clients = {
    .list = path_schema_clients_select,
    .field = "name",
    .offset = offsetof(nitro_opts_schema_clients, stage),
    .not_found = {text_schema_clients_select_not_found, 5},
};
const nitro_behaviour nitro_behaviour_schema_clients = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_schema_clients_operation, bindings_schema_clients, 4},
    .data = path_schema_clients_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_schema_clients_result, 5, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_schema_clients_activity, 3},
    .not_found = {text_schema_clients_not_found, 5},
    .recheck = NULL,
    .table_title = "Clients",
    .columns = columns_schema_clients,
    .n_columns = 4,
    .picks = picks_schema_clients,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .select = &select_schema_clients,
};

/* ---- schema impact ---- */
static const char *const path_schema_impact_var_0[] = {"apiId", NULL};
static const char *const path_schema_impact_var_1[] = {"coordinate", NULL};
static const char *const path_schema_impact_var_2[] = {"from", NULL};
static const char *const path_schema_impact_var_3[] = {"to", NULL};
static const char *const path_schema_impact_var_4[] = {"operationsPerClient", NULL};
static const nitro_binding bindings_schema_impact[] = {
    {path_schema_impact_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_impact, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_schema_impact_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_impact, coordinate), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "coordinate", NITRO_NO_OPTION, 0, NULL},
    {path_schema_impact_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_impact, from), NITRO_OPT_STRING, NITRO_XF_DAYS_BEFORE, NULL, 0, false, false, "from", offsetof(nitro_opts_schema_impact, to), 7, "to"},
    {path_schema_impact_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_impact, to), NITRO_OPT_STRING, NITRO_XF_DATE_TIME, NULL, 0, false, false, "to", NITRO_NO_OPTION, 0, NULL},
    {path_schema_impact_var_4, NITRO_BIND_CONST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, "100", 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_schema_impact_data[] = {"coordinate", NULL};
static const char *const path_schema_impact_result_coordinate[] = {"coordinate", NULL};
static const char *const path_schema_impact_result_isDeprecated[] = {"isDeprecated", NULL};
static const char *const path_schema_impact_result_usage_totalRequests[] = {"usage", "totalRequests", NULL};
static const char *const path_schema_impact_result_usage_clientCount[] = {"usage", "clientCount", NULL};
static const char *const path_schema_impact_result_usage_operationCount[] = {"usage", "operationCount", NULL};
static const char *const path_schema_impact_result_usage_firstSeen[] = {"usage", "firstSeen", NULL};
static const char *const path_schema_impact_result_usage_lastSeen[] = {"usage", "lastSeen", NULL};
static const char *const path_schema_impact_result_usage_errorRate[] = {"usage", "errorRate", NULL};
static const char *const path_schema_impact_result_usage_meanDuration[] = {"usage", "meanDuration", NULL};
static const nitro_field_def fields_schema_impact_result_usage[] = {
    {"totalRequests", path_schema_impact_result_usage_totalRequests, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"clientCount", path_schema_impact_result_usage_clientCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"operationCount", path_schema_impact_result_usage_operationCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"firstSeen", path_schema_impact_result_usage_firstSeen, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"lastSeen", path_schema_impact_result_usage_lastSeen, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"errorRate", path_schema_impact_result_usage_errorRate, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"meanDuration", path_schema_impact_result_usage_meanDuration, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_schema_impact_result_clients_name[] = {"name", NULL};
static const char *const path_schema_impact_result_clients_clientId[] = {"client", "id", NULL};
static const char *const path_schema_impact_result_clients_totalVersions[] = {"totalVersions", NULL};
static const char *const path_schema_impact_result_clients_totalOperations[] = {"totalOperations", NULL};
static const char *const path_schema_impact_result_clients_totalRequests[] = {"totalRequests", NULL};
static const char *const path_schema_impact_result_clients_operations_operationName[] = {"operationName", NULL};
static const char *const path_schema_impact_result_clients_operations_hash[] = {"hash", NULL};
static const char *const path_schema_impact_result_clients_operations_kind[] = {"kind", NULL};
static const char *const path_schema_impact_result_clients_operations_opm[] = {"opm", NULL};
static const char *const path_schema_impact_result_clients_operations_totalCount[] = {"totalCount", NULL};
static const char *const path_schema_impact_result_clients_operations_totalCountWithErrors[] = {"totalCountWithErrors", NULL};
static const char *const path_schema_impact_result_clients_operations_errorRate[] = {"errorRate", NULL};
static const char *const path_schema_impact_result_clients_operations_averageLatency[] = {"averageLatency", NULL};
static const char *const path_schema_impact_result_clients_operations_impact[] = {"impact", NULL};
static const char *const path_schema_impact_result_clients_operations_totalVersions[] = {"totalVersions", NULL};
static const nitro_field_def fields_schema_impact_result_clients_operations[] = {
    {"operationName", path_schema_impact_result_clients_operations_operationName, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"hash", path_schema_impact_result_clients_operations_hash, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"kind", path_schema_impact_result_clients_operations_kind, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"opm", path_schema_impact_result_clients_operations_opm, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalCount", path_schema_impact_result_clients_operations_totalCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalCountWithErrors", path_schema_impact_result_clients_operations_totalCountWithErrors, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"errorRate", path_schema_impact_result_clients_operations_errorRate, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"averageLatency", path_schema_impact_result_clients_operations_averageLatency, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"impact", path_schema_impact_result_clients_operations_impact, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalVersions", path_schema_impact_result_clients_operations_totalVersions, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_schema_impact_result_clients_operations[] = {"metrics", "operations", "nodes", NULL};
static const nitro_field_def fields_schema_impact_result_clients[] = {
    {"name", path_schema_impact_result_clients_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"clientId", path_schema_impact_result_clients_clientId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalVersions", path_schema_impact_result_clients_totalVersions, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalOperations", path_schema_impact_result_clients_totalOperations, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalRequests", path_schema_impact_result_clients_totalRequests, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"operations", path_schema_impact_result_clients_operations, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_schema_impact_result_clients_operations, 10, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_schema_impact_result_clients[] = {"metrics", "clientUsages", NULL};
static const nitro_field_def fields_schema_impact_result[] = {
    {"coordinate", path_schema_impact_result_coordinate, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"isDeprecated", path_schema_impact_result_isDeprecated, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"usage", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_schema_impact_result_usage, 7, NULL, false, 0, NITRO_OPT_STRING},
    {"clients", path_schema_impact_result_clients, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_schema_impact_result_clients, 6, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_schema_impact_activity[] = {
    {NITRO_PART_TEXT, "Fetching the impact of removing '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_impact, coordinate), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_schema_impact_not_found[] = {
    {NITRO_PART_TEXT, "Coordinate '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_impact, coordinate), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found on stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_impact, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const char *const path_schema_impact_human_0[] = {"coordinate", NULL};
static const char *const path_schema_impact_human_1[] = {"isDeprecated", NULL};
static const char *const path_schema_impact_human_2[] = {"usage", "totalRequests", NULL};
static const char *const path_schema_impact_human_3[] = {"usage", "clientCount", NULL};
static const char *const path_schema_impact_human_4[] = {"usage", "operationCount", NULL};
static const char *const path_schema_impact_human_5[] = {"usage", "firstSeen", NULL};
static const char *const path_schema_impact_human_6[] = {"usage", "lastSeen", NULL};
static const char *const path_schema_impact_human_7[] = {"usage", "errorRate", NULL};
static const nitro_human_line human_schema_impact[] = {
    {"Coordinate", {path_schema_impact_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Deprecated", {path_schema_impact_human_1, NITRO_FMT_YES_NO}, {NULL, 0}},
    {"Total requests", {path_schema_impact_human_2, NITRO_FMT_NONE}, {NULL, 0}},
    {"Clients", {path_schema_impact_human_3, NITRO_FMT_NONE}, {NULL, 0}},
    {"Operations", {path_schema_impact_human_4, NITRO_FMT_NONE}, {NULL, 0}},
    {"First seen", {path_schema_impact_human_5, NITRO_FMT_DATETIME}, {NULL, 0}},
    {"Last seen", {path_schema_impact_human_6, NITRO_FMT_DATETIME}, {NULL, 0}},
    {"Error rate", {path_schema_impact_human_7, NITRO_FMT_NONE}, {NULL, 0}},
};
static const nitro_pick_def picks_schema_impact[] = {
    {offsetof(nitro_opts_schema_impact, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const path_schema_impact_select[] = {"apiById", "stages", NULL};
static const nitro_text_part text_schema_impact_select_not_found[] = {
    {NITRO_PART_TEXT, "Stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_impact, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found on API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_impact, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_select_def select_schema_impact = {
    .list = path_schema_impact_select,
    .field = "name",
    .offset = offsetof(nitro_opts_schema_impact, stage),
    .not_found = {text_schema_impact_select_not_found, 5},
};
const nitro_behaviour nitro_behaviour_schema_impact = {
    .kind = NITRO_KIND_QUERY,
    .request = {&gql_schema_impact_operation, bindings_schema_impact, 5},
    .data = path_schema_impact_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_schema_impact_result, 4, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_schema_impact_activity, 3},
    .not_found = {text_schema_impact_not_found, 5},
    .recheck = NULL,
    .human = human_schema_impact,
    .n_human = 8,
    .picks = picks_schema_impact,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .select = &select_schema_impact,
};

/* ---- schema operations ---- */
static const char *const path_schema_operations_var_0[] = {"apiId", NULL};
static const char *const path_schema_operations_var_1[] = {"coordinate", NULL};
static const char *const path_schema_operations_var_2[] = {"from", NULL};
static const char *const path_schema_operations_var_3[] = {"to", NULL};
static const char *const path_schema_operations_var_4[] = {"operationsPerClient", NULL};
static const nitro_binding bindings_schema_operations[] = {
    {path_schema_operations_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_operations, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_schema_operations_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_operations, coordinate), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "coordinate", NITRO_NO_OPTION, 0, NULL},
    {path_schema_operations_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_operations, from), NITRO_OPT_STRING, NITRO_XF_DAYS_BEFORE, NULL, 0, false, false, "from", offsetof(nitro_opts_schema_operations, to), 7, "to"},
    {path_schema_operations_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_operations, to), NITRO_OPT_STRING, NITRO_XF_DATE_TIME, NULL, 0, false, false, "to", NITRO_NO_OPTION, 0, NULL},
    {path_schema_operations_var_4, NITRO_BIND_CONST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, "100", 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_schema_operations_data[] = {"coordinate", "metrics", "clientUsages", NULL};
static const char *const path_schema_operations_result_name[] = {"name", NULL};
static const char *const path_schema_operations_result_clientId[] = {"client", "id", NULL};
static const char *const path_schema_operations_result_operations_operationName[] = {"operationName", NULL};
static const char *const path_schema_operations_result_operations_hash[] = {"hash", NULL};
static const char *const path_schema_operations_result_operations_kind[] = {"kind", NULL};
static const char *const path_schema_operations_result_operations_opm[] = {"opm", NULL};
static const char *const path_schema_operations_result_operations_totalCount[] = {"totalCount", NULL};
static const char *const path_schema_operations_result_operations_totalCountWithErrors[] = {"totalCountWithErrors", NULL};
static const char *const path_schema_operations_result_operations_errorRate[] = {"errorRate", NULL};
static const char *const path_schema_operations_result_operations_averageLatency[] = {"averageLatency", NULL};
static const char *const path_schema_operations_result_operations_impact[] = {"impact", NULL};
static const char *const path_schema_operations_result_operations_totalVersions[] = {"totalVersions", NULL};
static const nitro_field_def fields_schema_operations_result_operations[] = {
    {"operationName", path_schema_operations_result_operations_operationName, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"hash", path_schema_operations_result_operations_hash, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"kind", path_schema_operations_result_operations_kind, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"opm", path_schema_operations_result_operations_opm, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalCount", path_schema_operations_result_operations_totalCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalCountWithErrors", path_schema_operations_result_operations_totalCountWithErrors, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"errorRate", path_schema_operations_result_operations_errorRate, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"averageLatency", path_schema_operations_result_operations_averageLatency, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"impact", path_schema_operations_result_operations_impact, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalVersions", path_schema_operations_result_operations_totalVersions, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_schema_operations_result_operations[] = {"metrics", "operations", "nodes", NULL};
static const nitro_field_def fields_schema_operations_result[] = {
    {"name", path_schema_operations_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"clientId", path_schema_operations_result_clientId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"operations", path_schema_operations_result_operations, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_schema_operations_result_operations, 10, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_schema_operations_activity[] = {
    {NITRO_PART_TEXT, "Fetching the operations that use '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_operations, coordinate), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_schema_operations_not_found[] = {
    {NITRO_PART_TEXT, "Coordinate '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_operations, coordinate), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found on stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_operations, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const char *const path_schema_operations_column_0[] = {"name", NULL};
static const char *const path_schema_operations_column_1[] = {"client", "id", NULL};
static const nitro_column columns_schema_operations[] = {
    {"Client", {path_schema_operations_column_0, NITRO_FMT_NONE}},
    {"Id", {path_schema_operations_column_1, NITRO_FMT_NONE}},
};
static const nitro_pick_def picks_schema_operations[] = {
    {offsetof(nitro_opts_schema_operations, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const path_schema_operations_select[] = {"apiById", "stages", NULL};
static const nitro_text_part text_schema_operations_select_not_found[] = {
    {NITRO_PART_TEXT, "Stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_operations, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found on API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_operations, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_select_def select_schema_operations = {
    .list = path_schema_operations_select,
    .field = "name",
    .offset = offsetof(nitro_opts_schema_operations, stage),
    .not_found = {text_schema_operations_select_not_found, 5},
};
const nitro_behaviour nitro_behaviour_schema_operations = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_schema_operations_operation, bindings_schema_operations, 5},
    .data = path_schema_operations_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_schema_operations_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_schema_operations_activity, 3},
    .not_found = {text_schema_operations_not_found, 5},
    .recheck = NULL,
    .table_title = "Clients",
    .columns = columns_schema_operations,
    .n_columns = 2,
    .picks = picks_schema_operations,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .select = &select_schema_operations,
};

/* ---- schema unused ---- */
static const char *const path_schema_unused_var_0[] = {"apiId", NULL};
static const char *const path_schema_unused_var_1[] = {"from", NULL};
static const char *const path_schema_unused_var_2[] = {"to", NULL};
static const char *const path_schema_unused_var_3[] = {"kinds", NULL};
static const char *const path_schema_unused_var_4[] = {"isDeprecated", NULL};
static const char *const path_schema_unused_var_5[] = {"first", NULL};
static const nitro_binding bindings_schema_unused[] = {
    {path_schema_unused_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_unused, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_schema_unused_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_unused, from), NITRO_OPT_STRING, NITRO_XF_DAYS_BEFORE, NULL, 0, false, false, "from", offsetof(nitro_opts_schema_unused, to), 7, "to"},
    {path_schema_unused_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_unused, to), NITRO_OPT_STRING, NITRO_XF_DATE_TIME, NULL, 0, false, false, "to", NITRO_NO_OPTION, 0, NULL},
    {path_schema_unused_var_3, NITRO_BIND_CONST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, "[\"FIELD\"]", 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
    {path_schema_unused_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_unused, deprecated_only), NITRO_OPT_FLAG, NITRO_XF_TRUE_OR_NULL, NULL, 0, false, false, "deprecated-only", NITRO_NO_OPTION, 0, NULL},
    {path_schema_unused_var_5, NITRO_BIND_CONST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, "100", 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_schema_unused_data[] = {"coordinates", "nodes", NULL};
static const char *const path_schema_unused_result_coordinate[] = {"coordinate", NULL};
static const char *const path_schema_unused_result_isDeprecated[] = {"isDeprecated", NULL};
static const char *const path_schema_unused_result_totalRequests[] = {"usage", "totalRequests", NULL};
static const char *const path_schema_unused_result_clientCount[] = {"usage", "clientCount", NULL};
static const char *const path_schema_unused_result_operationCount[] = {"usage", "operationCount", NULL};
static const char *const path_schema_unused_result_lastSeen[] = {"usage", "lastSeen", NULL};
static const nitro_field_def fields_schema_unused_result[] = {
    {"coordinate", path_schema_unused_result_coordinate, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"isDeprecated", path_schema_unused_result_isDeprecated, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalRequests", path_schema_unused_result_totalRequests, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"clientCount", path_schema_unused_result_clientCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"operationCount", path_schema_unused_result_operationCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"lastSeen", path_schema_unused_result_lastSeen, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_schema_unused_activity[] = {
    {NITRO_PART_TEXT, "Fetching the unused coordinates of stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_unused, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const char *const path_schema_unused_column_0[] = {"coordinate", NULL};
static const char *const path_schema_unused_column_1[] = {"isDeprecated", NULL};
static const char *const path_schema_unused_column_2[] = {"usage", "lastSeen", NULL};
static const nitro_column columns_schema_unused[] = {
    {"Coordinate", {path_schema_unused_column_0, NITRO_FMT_NONE}},
    {"Deprecated", {path_schema_unused_column_1, NITRO_FMT_YES_NO}},
    {"Last seen", {path_schema_unused_column_2, NITRO_FMT_DATETIME}},
};
static const nitro_pick_def picks_schema_unused[] = {
    {offsetof(nitro_opts_schema_unused, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const path_schema_unused_select[] = {"apiById", "stages", NULL};
static const nitro_text_part text_schema_unused_select_not_found[] = {
    {NITRO_PART_TEXT, "Stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_unused, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found on API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_unused, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_select_def select_schema_unused = {
    .list = path_schema_unused_select,
    .field = "name",
    .offset = offsetof(nitro_opts_schema_unused, stage),
    .not_found = {text_schema_unused_select_not_found, 5},
};
static const char *const path_schema_unused_filter[] = {"usage", "totalRequests", NULL};
const nitro_behaviour nitro_behaviour_schema_unused = {
    .kind = NITRO_KIND_LIST,
    .request = {&gql_schema_unused_operation, bindings_schema_unused, 6},
    .data = path_schema_unused_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_schema_unused_result, 6, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_schema_unused_activity, 3},
    .recheck = NULL,
    .table_title = "Unused coordinates",
    .columns = columns_schema_unused,
    .n_columns = 3,
    .picks = picks_schema_unused,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .select = &select_schema_unused,
    .filter_path = path_schema_unused_filter,
    .filter_equals = "0",
};

/* ---- schema usage ---- */
static const char *const path_schema_usage_var_0[] = {"apiId", NULL};
static const char *const path_schema_usage_var_1[] = {"coordinate", NULL};
static const char *const path_schema_usage_var_2[] = {"from", NULL};
static const char *const path_schema_usage_var_3[] = {"to", NULL};
static const nitro_binding bindings_schema_usage[] = {
    {path_schema_usage_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_usage, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_schema_usage_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_usage, coordinate), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "coordinate", NITRO_NO_OPTION, 0, NULL},
    {path_schema_usage_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_usage, from), NITRO_OPT_STRING, NITRO_XF_DAYS_BEFORE, NULL, 0, false, false, "from", offsetof(nitro_opts_schema_usage, to), 7, "to"},
    {path_schema_usage_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_usage, to), NITRO_OPT_STRING, NITRO_XF_DATE_TIME, NULL, 0, false, false, "to", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_schema_usage_data[] = {"coordinate", NULL};
static const char *const path_schema_usage_result_coordinate[] = {"coordinate", NULL};
static const char *const path_schema_usage_result_isDeprecated[] = {"isDeprecated", NULL};
static const char *const path_schema_usage_result_totalRequests[] = {"usage", "totalRequests", NULL};
static const char *const path_schema_usage_result_clientCount[] = {"usage", "clientCount", NULL};
static const char *const path_schema_usage_result_operationCount[] = {"usage", "operationCount", NULL};
static const char *const path_schema_usage_result_firstSeen[] = {"usage", "firstSeen", NULL};
static const char *const path_schema_usage_result_lastSeen[] = {"usage", "lastSeen", NULL};
static const char *const path_schema_usage_result_errorRate[] = {"usage", "errorRate", NULL};
static const char *const path_schema_usage_result_meanDuration[] = {"usage", "meanDuration", NULL};
static const nitro_field_def fields_schema_usage_result[] = {
    {"coordinate", path_schema_usage_result_coordinate, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"isDeprecated", path_schema_usage_result_isDeprecated, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"totalRequests", path_schema_usage_result_totalRequests, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"clientCount", path_schema_usage_result_clientCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"operationCount", path_schema_usage_result_operationCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"firstSeen", path_schema_usage_result_firstSeen, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"lastSeen", path_schema_usage_result_lastSeen, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"errorRate", path_schema_usage_result_errorRate, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"meanDuration", path_schema_usage_result_meanDuration, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const nitro_text_part text_schema_usage_activity[] = {
    {NITRO_PART_TEXT, "Fetching the usage of '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_usage, coordinate), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_schema_usage_not_found[] = {
    {NITRO_PART_TEXT, "Coordinate '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_usage, coordinate), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found on stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_usage, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const char *const path_schema_usage_human_0[] = {"coordinate", NULL};
static const char *const path_schema_usage_human_1[] = {"isDeprecated", NULL};
static const char *const path_schema_usage_human_2[] = {"usage", "totalRequests", NULL};
static const char *const path_schema_usage_human_3[] = {"usage", "clientCount", NULL};
static const char *const path_schema_usage_human_4[] = {"usage", "operationCount", NULL};
static const char *const path_schema_usage_human_5[] = {"usage", "firstSeen", NULL};
static const char *const path_schema_usage_human_6[] = {"usage", "lastSeen", NULL};
static const char *const path_schema_usage_human_7[] = {"usage", "errorRate", NULL};
static const char *const path_schema_usage_human_8[] = {"usage", "meanDuration", NULL};
static const nitro_human_line human_schema_usage[] = {
    {"Coordinate", {path_schema_usage_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Deprecated", {path_schema_usage_human_1, NITRO_FMT_YES_NO}, {NULL, 0}},
    {"Total requests", {path_schema_usage_human_2, NITRO_FMT_NONE}, {NULL, 0}},
    {"Clients", {path_schema_usage_human_3, NITRO_FMT_NONE}, {NULL, 0}},
    {"Operations", {path_schema_usage_human_4, NITRO_FMT_NONE}, {NULL, 0}},
    {"First seen", {path_schema_usage_human_5, NITRO_FMT_DATETIME}, {NULL, 0}},
    {"Last seen", {path_schema_usage_human_6, NITRO_FMT_DATETIME}, {NULL, 0}},
    {"Error rate", {path_schema_usage_human_7, NITRO_FMT_NONE}, {NULL, 0}},
    {"Mean duration", {path_schema_usage_human_8, NITRO_FMT_NONE}, {NULL, 0}},
};
static const nitro_pick_def picks_schema_usage[] = {
    {offsetof(nitro_opts_schema_usage, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const path_schema_usage_select[] = {"apiById", "stages", NULL};
static const nitro_text_part text_schema_usage_select_not_found[] = {
    {NITRO_PART_TEXT, "Stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_usage, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found on API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_usage, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_select_def select_schema_usage = {
    .list = path_schema_usage_select,
    .field = "name",
    .offset = offsetof(nitro_opts_schema_usage, stage),
    .not_found = {text_schema_usage_select_not_found, 5},
};
const nitro_behaviour nitro_behaviour_schema_usage = {
    .kind = NITRO_KIND_QUERY,
    .request = {&gql_schema_usage_operation, bindings_schema_usage, 4},
    .data = path_schema_usage_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_schema_usage_result, 9, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_schema_usage_activity, 3},
    .not_found = {text_schema_usage_not_found, 5},
    .recheck = NULL,
    .human = human_schema_usage,
    .n_human = 9,
    .picks = picks_schema_usage,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .select = &select_schema_usage,
};

/* ---- fusion publish begin ---- */
static const char *const path_fusion_publish_begin_var_0[] = {"input", "apiId", NULL};
static const char *const path_fusion_publish_begin_var_1[] = {"input", "stageName", NULL};
static const char *const path_fusion_publish_begin_var_2[] = {"input", "tag", NULL};
static const char *const path_fusion_publish_begin_var_3[] = {"input", "waitForApproval", NULL};
static const char *const path_fusion_publish_begin_var_4[] = {"input", "source", NULL};
static const nitro_binding bindings_fusion_publish_begin[] = {
    {path_fusion_publish_begin_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_begin, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_fusion_publish_begin_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_begin, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL},
    {path_fusion_publish_begin_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_begin, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL},
    {path_fusion_publish_begin_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_begin, wait_for_approval), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "wait-for-approval", NITRO_NO_OPTION, 0, NULL},
    {path_fusion_publish_begin_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_begin, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_fusion_publish_begin_data[] = {"beginFusionConfigurationPublish", NULL};
static const char *const path_fusion_publish_begin_result_requestId[] = {"requestId", NULL};
static const nitro_field_def fields_fusion_publish_begin_result[] = {
    {"requestId", path_fusion_publish_begin_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_fusion_publish_begin_errors_0[] = {"beginFusionConfigurationPublish", "errors", NULL};
static const char *const *const errors_fusion_publish_begin[] = {path_fusion_publish_begin_errors_0};
static const char *const verbatim_fusion_publish_begin[] = {"UnauthorizedOperation", "InvalidSourceMetadataInputError", "StageNotFoundError", "ApiNotFoundError", "SubgraphInvalidError", "InvalidProcessingStateTransitionError"};
static const nitro_text_part text_fusion_publish_begin_activity[] = {
    {NITRO_PART_TEXT, "Requesting a deployment slot for stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_begin, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' of API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_begin, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const char *const path_fusion_publish_begin_success_1[] = {"requestId", NULL};
static const nitro_text_part text_fusion_publish_begin_success[] = {
    {NITRO_PART_TEXT, "Deployment slot ready (request ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_fusion_publish_begin_success_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ").", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_begin_no_data[] = {
    {NITRO_PART_TEXT, "Could not create the publish request.", {0}, 0, 0},
};
static const nitro_pick_def picks_fusion_publish_begin[] = {
    {offsetof(nitro_opts_fusion_publish_begin, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const path_fusion_publish_begin_follow_var_0[] = {"requestId", NULL};
static const char *const path_fusion_publish_begin_follow_value_0[] = {"requestId", NULL};
static const char *const *const follow_variables_fusion_publish_begin[] = {path_fusion_publish_begin_follow_var_0};
static const char *const *const follow_values_fusion_publish_begin[] = {path_fusion_publish_begin_follow_value_0};
static const char *const path_fusion_publish_begin_event_0_say_1[] = {"queuePosition", NULL};
static const nitro_text_part text_fusion_publish_begin_event_0_say[] = {
    {NITRO_PART_TEXT, "Queued at position ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_fusion_publish_begin_event_0_say_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ".", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_begin_event_1_say[] = {
    {NITRO_PART_TEXT, "Ready for processing.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_begin_event_2_say[] = {
    {NITRO_PART_TEXT, "Already published.", {0}, 0, 0},
};
static const char *const path_fusion_publish_begin_event_3_errors[] = {"errors", NULL};
static const nitro_event_def events_fusion_publish_begin[] = {
    {"ProcessingTaskIsQueued", {text_fusion_publish_begin_event_0_say, 3}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ProcessingTaskIsReady", {text_fusion_publish_begin_event_1_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL},
    {"FusionConfigurationPublishingSuccess", {text_fusion_publish_begin_event_2_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"FusionConfigurationPublishingFailed", {NULL, 0}, path_fusion_publish_begin_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL},
};
static const char *const path_fusion_publish_begin_follow_created_1[] = {"requestId", NULL};
static const nitro_text_part text_fusion_publish_begin_follow_created[] = {
    {NITRO_PART_TEXT, "Publication request created (ID: ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_fusion_publish_begin_follow_created_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ").", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_begin_follow_failed[] = {
    {NITRO_PART_TEXT, "Fusion configuration version was rejected.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_begin_follow_ended[] = {
    {NITRO_PART_TEXT, "Subscription terminated before request was ready for processing.", {0}, 0, 0},
};
static const char *const path_fusion_publish_begin_follow_stopped_1[] = {"requestId", NULL};
static const char *const path_fusion_publish_begin_follow_stopped_3[] = {"requestId", NULL};
static const nitro_text_part text_fusion_publish_begin_follow_stopped[] = {
    {NITRO_PART_TEXT, "The request ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_fusion_publish_begin_follow_stopped_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, " holds or waits for the stage's deployment slot: 'nitro fusion publish cancel --request-id ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_fusion_publish_begin_follow_stopped_3, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, "' gives it back.", {0}, 0, 0},
};
static const char *const path_fusion_publish_begin_follow_data[] = {"onFusionConfigurationPublishingTaskChanged", NULL};
static const nitro_follow_def follow_fusion_publish_begin = {
    .operation = &gql_on_fusion_publish_operation,
    .variable_paths = follow_variables_fusion_publish_begin,
    .value_paths = follow_values_fusion_publish_begin,
    .n_variables = 1,
    .data = path_fusion_publish_begin_follow_data,
    .events = events_fusion_publish_begin,
    .n_events = 4,
    .created = {text_fusion_publish_begin_follow_created, 3},
    .failed = {text_fusion_publish_begin_follow_failed, 1},
    .ended = {text_fusion_publish_begin_follow_ended, 1},
    .stopped = {text_fusion_publish_begin_follow_stopped, 5},
    .wait_offset = NITRO_NO_OPTION,
};
static const char *const keep_by_fusion_publish_begin[] = {
    "api-id",
    "stage",
    NULL,
};
static const size_t keep_offsets_fusion_publish_begin[] = {
    offsetof(nitro_opts_fusion_publish_begin, api_id),
    offsetof(nitro_opts_fusion_publish_begin, stage),
    0,
};
static const char *const path_fusion_publish_begin_keep[] = {"requestId", NULL};
const nitro_behaviour nitro_behaviour_fusion_publish_begin = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_fusion_publish_begin_operation, bindings_fusion_publish_begin, 5},
    .data = path_fusion_publish_begin_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_fusion_publish_begin_result, 1, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_fusion_publish_begin,
    .n_errors = 1,
    .verbatim = verbatim_fusion_publish_begin,
    .n_verbatim = 6,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_fusion_publish_begin_activity, 5},
    .success = {text_fusion_publish_begin_success, 3},
    .no_data = {text_fusion_publish_begin_no_data, 1},
    .recheck = "nitro fusion publish cancel --request-id <the request's ID>",
    .picks = picks_fusion_publish_begin,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .follow = &follow_fusion_publish_begin,
    .keep = &(const nitro_kept_def){"request-id", keep_by_fusion_publish_begin, keep_offsets_fusion_publish_begin, 2},
    .keep_path = path_fusion_publish_begin_keep,
};

/* ---- fusion publish start ---- */
static const char *const path_fusion_publish_start_var_0[] = {"input", "requestId", NULL};
static const nitro_binding bindings_fusion_publish_start[] = {
    {path_fusion_publish_start_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_start, request_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "request-id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_fusion_publish_start_data[] = {"startFusionConfigurationComposition", NULL};
static const char *const path_fusion_publish_start_errors_0[] = {"startFusionConfigurationComposition", "errors", NULL};
static const char *const *const errors_fusion_publish_start[] = {path_fusion_publish_start_errors_0};
static const char *const verbatim_fusion_publish_start[] = {"UnauthorizedOperation", "FusionConfigurationRequestNotFoundError", "InvalidProcessingStateTransitionError"};
static const nitro_text_part text_fusion_publish_start_activity[] = {
    {NITRO_PART_TEXT, "Starting the composition of request '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_start, request_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_start_success[] = {
    {NITRO_PART_TEXT, "Started composition of Fusion configuration.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_start_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const nitro_pick_def picks_fusion_publish_start[] = {
    {offsetof(nitro_opts_fusion_publish_start, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const kept_by_fusion_publish_start[] = {
    "api-id",
    "stage",
    NULL,
};
static const size_t kept_offsets_fusion_publish_start[] = {
    offsetof(nitro_opts_fusion_publish_start, api_id),
    offsetof(nitro_opts_fusion_publish_start, stage),
    0,
};
const nitro_behaviour nitro_behaviour_fusion_publish_start = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_fusion_publish_start_operation, bindings_fusion_publish_start, 1},
    .data = path_fusion_publish_start_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_fusion_publish_start,
    .n_errors = 1,
    .verbatim = verbatim_fusion_publish_start,
    .n_verbatim = 3,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_fusion_publish_start_activity, 3},
    .success = {text_fusion_publish_start_success, 1},
    .no_data = {text_fusion_publish_start_no_data, 1},
    .recheck = "nitro fusion publish cancel --request-id <request-id>",
    .picks = picks_fusion_publish_start,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .kept = &(const nitro_kept_def){"request-id", kept_by_fusion_publish_start, kept_offsets_fusion_publish_start, 2},
    .kept_offset = offsetof(nitro_opts_fusion_publish_start, request_id),
    .kept_missing = "pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.",
    .forget = false,
};

/* ---- fusion publish validate ---- */
static const char *const path_fusion_publish_validate_var_0[] = {"input", "requestId", NULL};
static const nitro_binding bindings_fusion_publish_validate[] = {
    {path_fusion_publish_validate_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_validate, request_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "request-id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_fusion_publish_validate_data[] = {"validateFusionConfigurationComposition", NULL};
static const char *const path_fusion_publish_validate_errors_0[] = {"validateFusionConfigurationComposition", "errors", NULL};
static const char *const *const errors_fusion_publish_validate[] = {path_fusion_publish_validate_errors_0};
static const char *const verbatim_fusion_publish_validate[] = {"UnauthorizedOperation", "FusionConfigurationRequestNotFoundError", "InvalidProcessingStateTransitionError"};
static const nitro_text_part text_fusion_publish_validate_activity[] = {
    {NITRO_PART_TEXT, "Validating Fusion configuration", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_validate_success[] = {
    {NITRO_PART_TEXT, "Validated the Fusion configuration.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_validate_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const nitro_pick_def picks_fusion_publish_validate[] = {
    {offsetof(nitro_opts_fusion_publish_validate, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const path_fusion_publish_validate_upload_0[] = {"input", "configuration", NULL};
static const nitro_upload_def uploads_fusion_publish_validate[] = {
    {path_fusion_publish_validate_upload_0, offsetof(nitro_opts_fusion_publish_validate, archive), "archive", "gateway.fgp", NULL, 0, true, NULL},
};
static const char *const path_fusion_publish_validate_follow_var_0[] = {"requestId", NULL};
static const char *const *const follow_variables_fusion_publish_validate[] = {path_fusion_publish_validate_follow_var_0};
static const char *const *const follow_values_fusion_publish_validate[] = {NULL};
static const size_t follow_offsets_fusion_publish_validate[] = {offsetof(nitro_opts_fusion_publish_validate, request_id)};
static const nitro_text_part text_fusion_publish_validate_event_0_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_validate_event_1_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_validate_event_2_say[] = {
    {NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0},
};
static const char *const path_fusion_publish_validate_event_2_details[] = {"changes", NULL};
static const nitro_text_part text_fusion_publish_validate_event_3_say[] = {
    {NITRO_PART_TEXT, "Fusion configuration failed validation.", {0}, 0, 0},
};
static const char *const path_fusion_publish_validate_event_3_errors[] = {"errors", NULL};
static const nitro_text_part text_fusion_publish_validate_event_4_say[] = {
    {NITRO_PART_TEXT, "Your request has already failed.", {0}, 0, 0},
};
static const char *const path_fusion_publish_validate_event_4_errors[] = {"errors", NULL};
static const nitro_text_part text_fusion_publish_validate_event_5_say[] = {
    {NITRO_PART_TEXT, "Your request is already published.", {0}, 0, 0},
};
static const nitro_event_def events_fusion_publish_validate[] = {
    {"OperationInProgress", {text_fusion_publish_validate_event_0_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ValidationInProgress", {text_fusion_publish_validate_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"FusionConfigurationValidationSuccess", {text_fusion_publish_validate_event_2_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, path_fusion_publish_validate_event_2_details},
    {"FusionConfigurationValidationFailed", {text_fusion_publish_validate_event_3_say, 1}, path_fusion_publish_validate_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL},
    {"FusionConfigurationPublishingFailed", {text_fusion_publish_validate_event_4_say, 1}, path_fusion_publish_validate_event_4_errors, NITRO_OUTCOME_FAILURE, false, NULL},
    {"FusionConfigurationPublishingSuccess", {text_fusion_publish_validate_event_5_say, 1}, NULL, NITRO_OUTCOME_FAILURE, false, NULL},
};
static const nitro_text_part text_fusion_publish_validate_follow_created[] = {
    {NITRO_PART_TEXT, "Validation of request ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_validate, request_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, " started.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_validate_follow_failed[] = {
    {NITRO_PART_TEXT, "The validation failed.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_validate_follow_ended[] = {
    {NITRO_PART_TEXT, "Validation failed: the server ended the stream without a result.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_validate_follow_stopped[] = {
    {NITRO_PART_TEXT, "The request ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_validate, request_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, " holds the stage's deployment slot: 'nitro fusion publish cancel --request-id ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_validate, request_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' gives it back.", {0}, 0, 0},
};
static const char *const path_fusion_publish_validate_follow_data[] = {"onFusionConfigurationPublishingTaskChanged", NULL};
static const nitro_follow_def follow_fusion_publish_validate = {
    .operation = &gql_on_fusion_publish_operation,
    .variable_paths = follow_variables_fusion_publish_validate,
    .value_paths = follow_values_fusion_publish_validate,
    .value_offsets = follow_offsets_fusion_publish_validate,
    .n_variables = 1,
    .data = path_fusion_publish_validate_follow_data,
    .events = events_fusion_publish_validate,
    .n_events = 6,
    .created = {text_fusion_publish_validate_follow_created, 3},
    .failed = {text_fusion_publish_validate_follow_failed, 1},
    .ended = {text_fusion_publish_validate_follow_ended, 1},
    .stopped = {text_fusion_publish_validate_follow_stopped, 5},
    .wait_offset = NITRO_NO_OPTION,
};
static const char *const kept_by_fusion_publish_validate[] = {
    "api-id",
    "stage",
    NULL,
};
static const size_t kept_offsets_fusion_publish_validate[] = {
    offsetof(nitro_opts_fusion_publish_validate, api_id),
    offsetof(nitro_opts_fusion_publish_validate, stage),
    0,
};
const nitro_behaviour nitro_behaviour_fusion_publish_validate = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_fusion_publish_validate_operation, bindings_fusion_publish_validate, 1},
    .data = path_fusion_publish_validate_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_fusion_publish_validate,
    .n_errors = 1,
    .verbatim = verbatim_fusion_publish_validate,
    .n_verbatim = 3,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_fusion_publish_validate_activity, 1},
    .success = {text_fusion_publish_validate_success, 1},
    .no_data = {text_fusion_publish_validate_no_data, 1},
    .recheck = "nitro fusion publish cancel --request-id <request-id>",
    .picks = picks_fusion_publish_validate,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_fusion_publish_validate,
    .n_uploads = 1,
    .follow = &follow_fusion_publish_validate,
    .kept = &(const nitro_kept_def){"request-id", kept_by_fusion_publish_validate, kept_offsets_fusion_publish_validate, 2},
    .kept_offset = offsetof(nitro_opts_fusion_publish_validate, request_id),
    .kept_missing = "pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.",
    .forget = false,
};

/* ---- fusion publish commit ---- */
static const char *const path_fusion_publish_commit_var_0[] = {"input", "requestId", NULL};
static const nitro_binding bindings_fusion_publish_commit[] = {
    {path_fusion_publish_commit_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_commit, request_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "request-id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_fusion_publish_commit_data[] = {"commitFusionConfigurationPublish", NULL};
static const char *const path_fusion_publish_commit_errors_0[] = {"commitFusionConfigurationPublish", "errors", NULL};
static const char *const *const errors_fusion_publish_commit[] = {path_fusion_publish_commit_errors_0};
static const char *const verbatim_fusion_publish_commit[] = {"UnauthorizedOperation", "FusionConfigurationRequestNotFoundError", "InvalidProcessingStateTransitionError"};
static const nitro_text_part text_fusion_publish_commit_activity[] = {
    {NITRO_PART_TEXT, "Committing...", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_commit_success[] = {
    {NITRO_PART_TEXT, "Fusion composition was successful.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_commit_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const nitro_pick_def picks_fusion_publish_commit[] = {
    {offsetof(nitro_opts_fusion_publish_commit, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const path_fusion_publish_commit_upload_0[] = {"input", "configuration", NULL};
static const nitro_upload_def uploads_fusion_publish_commit[] = {
    {path_fusion_publish_commit_upload_0, offsetof(nitro_opts_fusion_publish_commit, archive), "archive", "gateway.far", NULL, 0, true, NULL},
};
static const char *const path_fusion_publish_commit_follow_var_0[] = {"requestId", NULL};
static const char *const *const follow_variables_fusion_publish_commit[] = {path_fusion_publish_commit_follow_var_0};
static const char *const *const follow_values_fusion_publish_commit[] = {NULL};
static const size_t follow_offsets_fusion_publish_commit[] = {offsetof(nitro_opts_fusion_publish_commit, request_id)};
static const char *const path_fusion_publish_commit_event_0_say_1[] = {"queuePosition", NULL};
static const nitro_text_part text_fusion_publish_commit_event_0_say[] = {
    {NITRO_PART_TEXT, "Queued at position ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_fusion_publish_commit_event_0_say_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ".", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_commit_event_1_say[] = {
    {NITRO_PART_TEXT, "Your request is ready for processing.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_commit_event_2_say[] = {
    {NITRO_PART_TEXT, "Your request is being processed.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_commit_event_3_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_commit_event_4_say[] = {
    {NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_commit_event_5_say[] = {
    {NITRO_PART_TEXT, "Validation failed.", {0}, 0, 0},
};
static const char *const path_fusion_publish_commit_event_5_errors[] = {"errors", NULL};
static const nitro_text_part text_fusion_publish_commit_event_6_say[] = {
    {NITRO_PART_TEXT, "Waiting for approval. Approve in Nitro to continue.", {0}, 0, 0},
};
static const char *const path_fusion_publish_commit_event_6_errors[] = {"deployment", "errors", NULL};
static const nitro_text_part text_fusion_publish_commit_event_7_say[] = {
    {NITRO_PART_TEXT, "Your request has been approved.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_commit_event_8_say[] = {
    {NITRO_PART_TEXT, "Published successfully.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_commit_event_9_say[] = {
    {NITRO_PART_TEXT, "Fusion configuration version was rejected.", {0}, 0, 0},
};
static const char *const path_fusion_publish_commit_event_9_errors[] = {"errors", NULL};
static const nitro_event_def events_fusion_publish_commit[] = {
    {"ProcessingTaskIsQueued", {text_fusion_publish_commit_event_0_say, 3}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ProcessingTaskIsReady", {text_fusion_publish_commit_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"OperationInProgress", {text_fusion_publish_commit_event_2_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ValidationInProgress", {text_fusion_publish_commit_event_3_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"FusionConfigurationValidationSuccess", {text_fusion_publish_commit_event_4_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"FusionConfigurationValidationFailed", {text_fusion_publish_commit_event_5_say, 1}, path_fusion_publish_commit_event_5_errors, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"WaitForApproval", {text_fusion_publish_commit_event_6_say, 1}, path_fusion_publish_commit_event_6_errors, NITRO_OUTCOME_CONTINUE, true, NULL},
    {"ProcessingTaskApproved", {text_fusion_publish_commit_event_7_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"FusionConfigurationPublishingSuccess", {text_fusion_publish_commit_event_8_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL},
    {"FusionConfigurationPublishingFailed", {text_fusion_publish_commit_event_9_say, 1}, path_fusion_publish_commit_event_9_errors, NITRO_OUTCOME_FAILURE, false, NULL},
};
static const nitro_text_part text_fusion_publish_commit_follow_created[] = {
    {NITRO_PART_TEXT, "Commit of request ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_commit, request_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, " sent.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_commit_follow_failed[] = {
    {NITRO_PART_TEXT, "Fusion configuration version was rejected.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_commit_follow_ended[] = {
    {NITRO_PART_TEXT, "The commit has failed: the server ended the stream without a result.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_commit_follow_stopped[] = {
    {NITRO_PART_TEXT, "The request ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_commit, request_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, " may go on on the server: 'nitro fusion download' shows what the stage has, 'nitro fusion publish cancel --request-id ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_commit, request_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' gives the slot back.", {0}, 0, 0},
};
static const char *const path_fusion_publish_commit_follow_data[] = {"onFusionConfigurationPublishingTaskChanged", NULL};
static const nitro_follow_def follow_fusion_publish_commit = {
    .operation = &gql_on_fusion_publish_operation,
    .variable_paths = follow_variables_fusion_publish_commit,
    .value_paths = follow_values_fusion_publish_commit,
    .value_offsets = follow_offsets_fusion_publish_commit,
    .n_variables = 1,
    .data = path_fusion_publish_commit_follow_data,
    .events = events_fusion_publish_commit,
    .n_events = 10,
    .created = {text_fusion_publish_commit_follow_created, 3},
    .failed = {text_fusion_publish_commit_follow_failed, 1},
    .ended = {text_fusion_publish_commit_follow_ended, 1},
    .stopped = {text_fusion_publish_commit_follow_stopped, 5},
    .wait_offset = NITRO_NO_OPTION,
};
static const char *const kept_by_fusion_publish_commit[] = {
    "api-id",
    "stage",
    NULL,
};
static const size_t kept_offsets_fusion_publish_commit[] = {
    offsetof(nitro_opts_fusion_publish_commit, api_id),
    offsetof(nitro_opts_fusion_publish_commit, stage),
    0,
};
const nitro_behaviour nitro_behaviour_fusion_publish_commit = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_fusion_publish_commit_operation, bindings_fusion_publish_commit, 1},
    .data = path_fusion_publish_commit_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_fusion_publish_commit,
    .n_errors = 1,
    .verbatim = verbatim_fusion_publish_commit,
    .n_verbatim = 3,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_fusion_publish_commit_activity, 1},
    .success = {text_fusion_publish_commit_success, 1},
    .no_data = {text_fusion_publish_commit_no_data, 1},
    .recheck = "nitro fusion download --api-id <api-id> --stage <stage>",
    .picks = picks_fusion_publish_commit,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_fusion_publish_commit,
    .n_uploads = 1,
    .follow = &follow_fusion_publish_commit,
    .kept = &(const nitro_kept_def){"request-id", kept_by_fusion_publish_commit, kept_offsets_fusion_publish_commit, 2},
    .kept_offset = offsetof(nitro_opts_fusion_publish_commit, request_id),
    .kept_missing = "pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.",
    .forget = true,
};

/* ---- fusion publish cancel ---- */
static const char *const path_fusion_publish_cancel_var_0[] = {"input", "requestId", NULL};
static const nitro_binding bindings_fusion_publish_cancel[] = {
    {path_fusion_publish_cancel_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_cancel, request_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "request-id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_fusion_publish_cancel_data[] = {"cancelFusionConfigurationComposition", NULL};
static const char *const path_fusion_publish_cancel_errors_0[] = {"cancelFusionConfigurationComposition", "errors", NULL};
static const char *const *const errors_fusion_publish_cancel[] = {path_fusion_publish_cancel_errors_0};
static const char *const verbatim_fusion_publish_cancel[] = {"UnauthorizedOperation", "FusionConfigurationRequestNotFoundError", "InvalidProcessingStateTransitionError"};
static const nitro_text_part text_fusion_publish_cancel_activity[] = {
    {NITRO_PART_TEXT, "Canceling publication", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_cancel_success[] = {
    {NITRO_PART_TEXT, "Canceled publication for request '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_cancel, request_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_publish_cancel_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const nitro_pick_def picks_fusion_publish_cancel[] = {
    {offsetof(nitro_opts_fusion_publish_cancel, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const kept_by_fusion_publish_cancel[] = {
    "api-id",
    "stage",
    NULL,
};
static const size_t kept_offsets_fusion_publish_cancel[] = {
    offsetof(nitro_opts_fusion_publish_cancel, api_id),
    offsetof(nitro_opts_fusion_publish_cancel, stage),
    0,
};
const nitro_behaviour nitro_behaviour_fusion_publish_cancel = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_fusion_publish_cancel_operation, bindings_fusion_publish_cancel, 1},
    .data = path_fusion_publish_cancel_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_fusion_publish_cancel,
    .n_errors = 1,
    .verbatim = verbatim_fusion_publish_cancel,
    .n_verbatim = 3,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_fusion_publish_cancel_activity, 1},
    .success = {text_fusion_publish_cancel_success, 3},
    .no_data = {text_fusion_publish_cancel_no_data, 1},
    .recheck = "nitro fusion publish cancel --request-id <request-id>",
    .picks = picks_fusion_publish_cancel,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .kept = &(const nitro_kept_def){"request-id", kept_by_fusion_publish_cancel, kept_offsets_fusion_publish_cancel, 2},
    .kept_offset = offsetof(nitro_opts_fusion_publish_cancel, request_id),
    .kept_missing = "pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.",
    .forget = true,
};

/* ---- fusion download ---- */
static const nitro_text_part text_fusion_download_activity[] = {
    {NITRO_PART_TEXT, "Downloading the Fusion configuration from stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_download, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' of API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_download, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_fusion_download_success[] = {
    {NITRO_PART_TEXT, "Downloaded Fusion configuration to: ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_download, output_file), NITRO_OPT_STRING},
};
static const nitro_text_part text_fusion_download_download_path[] = {
    {NITRO_PART_TEXT, "/api/v1/apis/", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_download, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "/fusion/configurations/latest/download\?stage=", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_download, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "&format=far&fusionVersion=2.0.0", {0}, 0, 0},
};
static const nitro_text_part text_fusion_download_download_not_found[] = {
    {NITRO_PART_TEXT, "The API with the given ID does not exist or does not have a download URL.", {0}, 0, 0},
};
static const nitro_download_def download_fusion_download = {
    .path = {text_fusion_download_download_path, 5},
    .file_offset = offsetof(nitro_opts_fusion_download, output_file),
    .not_found = {text_fusion_download_download_not_found, 1},
    .format_offset = NITRO_NO_OPTION,
};
const nitro_behaviour nitro_behaviour_fusion_download = {
    .kind = NITRO_KIND_DOWNLOAD,
    .data = NULL,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_fusion_download_activity, 5},
    .success = {text_fusion_download_success, 2},
    .recheck = NULL,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .download = &download_fusion_download,
};

/* ---- fusion upload ---- */
static const char *const path_fusion_upload_var_0[] = {"input", "apiId", NULL};
static const char *const path_fusion_upload_var_1[] = {"input", "tag", NULL};
static const char *const path_fusion_upload_var_2[] = {"input", "source", NULL};
static const nitro_binding bindings_fusion_upload[] = {
    {path_fusion_upload_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_upload, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_fusion_upload_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_upload, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL},
    {path_fusion_upload_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_upload, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_fusion_upload_data[] = {"uploadFusionSubgraph", "fusionSubgraphVersion", NULL};
static const char *const path_fusion_upload_errors_0[] = {"uploadFusionSubgraph", "errors", NULL};
static const char *const *const errors_fusion_upload[] = {path_fusion_upload_errors_0};
static const char *const verbatim_fusion_upload[] = {"UnauthorizedOperation", "InvalidSourceMetadataInputError", "DuplicatedTagError", "ConcurrentOperationError", "InvalidFusionSourceSchemaArchiveError"};
static const nitro_text_part text_fusion_upload_activity[] = {
    {NITRO_PART_TEXT, "Uploading source schema '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_upload, source_schema_file), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_fusion_upload_success[] = {
    {NITRO_PART_TEXT, "Successfully uploaded source schema!", {0}, 0, 0},
};
static const nitro_text_part text_fusion_upload_no_data[] = {
    {NITRO_PART_TEXT, "Upload of source schema failed!", {0}, 0, 0},
};
static const nitro_pick_def picks_fusion_upload[] = {
    {offsetof(nitro_opts_fusion_upload, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const nitro_zip_entry_def zip_fusion_upload_0[] = {
    {offsetof(nitro_opts_fusion_upload, source_schema_file), NITRO_OPT_STRING, "source-schema-file", NULL, "schema.graphqls"},
};
static const char *const path_fusion_upload_upload_0[] = {"input", "archive", NULL};
static const nitro_upload_def uploads_fusion_upload[] = {
    {path_fusion_upload_upload_0, NITRO_NO_OPTION, NULL, "source-schema.zip", zip_fusion_upload_0, 1, false, NULL},
};
const nitro_behaviour nitro_behaviour_fusion_upload = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_fusion_upload_operation, bindings_fusion_upload, 3},
    .data = path_fusion_upload_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_fusion_upload,
    .n_errors = 1,
    .verbatim = verbatim_fusion_upload,
    .n_verbatim = 5,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_fusion_upload_activity, 3},
    .success = {text_fusion_upload_success, 1},
    .no_data = {text_fusion_upload_no_data, 1},
    .recheck = "nitro fusion upload --help",
    .picks = picks_fusion_upload,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_fusion_upload,
    .n_uploads = 1,
};

/* ---- fusion validate ---- */
static const char *const path_fusion_validate_var_0[] = {"input", "apiId", NULL};
static const char *const path_fusion_validate_var_1[] = {"input", "stage", NULL};
static const char *const path_fusion_validate_var_2[] = {"input", "source", NULL};
static const nitro_binding bindings_fusion_validate[] = {
    {path_fusion_validate_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_validate, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL},
    {path_fusion_validate_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_validate, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL},
    {path_fusion_validate_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_validate, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_fusion_validate_data[] = {"validateSchema", NULL};
static const char *const path_fusion_validate_result_requestId[] = {"id", NULL};
static const nitro_field_def fields_fusion_validate_result[] = {
    {"requestId", path_fusion_validate_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING},
};
static const char *const path_fusion_validate_errors_0[] = {"validateSchema", "errors", NULL};
static const char *const *const errors_fusion_validate[] = {path_fusion_validate_errors_0};
static const char *const verbatim_fusion_validate[] = {"UnauthorizedOperation", "ApiNotFoundError", "StageNotFoundError", "SchemaNotFoundError"};
static const nitro_text_part text_fusion_validate_activity[] = {
    {NITRO_PART_TEXT, "Validating the gateway schema against stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_validate, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' of API '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_validate, api_id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_fusion_validate_success[] = {
    {NITRO_PART_TEXT, "Validated the gateway schema against stage '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_validate, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_validate_no_data[] = {
    {NITRO_PART_TEXT, "Could not create validation request!", {0}, 0, 0},
};
static const nitro_pick_def picks_fusion_validate[] = {
    {offsetof(nitro_opts_fusion_validate, api_id), "api-id", &nitro_picker_api, "Which API\?"},
};
static const char *const path_fusion_validate_upload_0[] = {"input", "schema", NULL};
static const nitro_upload_def uploads_fusion_validate[] = {
    {path_fusion_validate_upload_0, offsetof(nitro_opts_fusion_validate, archive), "archive", "schema.graphql", NULL, 0, false, "gateway/2.0.0/gateway.graphqls"},
};
static const char *const path_fusion_validate_follow_var_0[] = {"requestId", NULL};
static const char *const path_fusion_validate_follow_value_0[] = {"id", NULL};
static const char *const *const follow_variables_fusion_validate[] = {path_fusion_validate_follow_var_0};
static const char *const *const follow_values_fusion_validate[] = {path_fusion_validate_follow_value_0};
static const nitro_text_part text_fusion_validate_event_0_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_fusion_validate_event_1_say[] = {
    {NITRO_PART_TEXT, "Validating...", {0}, 0, 0},
};
static const nitro_text_part text_fusion_validate_event_2_say[] = {
    {NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0},
};
static const char *const path_fusion_validate_event_2_details[] = {"changes", NULL};
static const nitro_text_part text_fusion_validate_event_3_say[] = {
    {NITRO_PART_TEXT, "Validation failed.", {0}, 0, 0},
};
static const char *const path_fusion_validate_event_3_errors[] = {"errors", NULL};
static const nitro_event_def events_fusion_validate[] = {
    {"OperationInProgress", {text_fusion_validate_event_0_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"ValidationInProgress", {text_fusion_validate_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL},
    {"SchemaVersionValidationSuccess", {text_fusion_validate_event_2_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, path_fusion_validate_event_2_details},
    {"SchemaVersionValidationFailed", {text_fusion_validate_event_3_say, 1}, path_fusion_validate_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL},
};
static const char *const path_fusion_validate_follow_created_1[] = {"id", NULL};
static const nitro_text_part text_fusion_validate_follow_created[] = {
    {NITRO_PART_TEXT, "Validation request created (ID: ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_fusion_validate_follow_created_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, ").", {0}, 0, 0},
};
static const nitro_text_part text_fusion_validate_follow_failed[] = {
    {NITRO_PART_TEXT, "Schema validation failed.", {0}, 0, 0},
};
static const nitro_text_part text_fusion_validate_follow_ended[] = {
    {NITRO_PART_TEXT, "Validation failed: the server ended the stream without a result.", {0}, 0, 0},
};
static const char *const path_fusion_validate_follow_stopped_1[] = {"id", NULL};
static const nitro_text_part text_fusion_validate_follow_stopped[] = {
    {NITRO_PART_TEXT, "The validation request ", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_fusion_validate_follow_stopped_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, " may go on on the server; it publishes nothing.", {0}, 0, 0},
};
static const char *const path_fusion_validate_follow_data[] = {"onSchemaVersionValidationUpdate", NULL};
static const nitro_follow_def follow_fusion_validate = {
    .operation = &gql_on_schema_validation_operation,
    .variable_paths = follow_variables_fusion_validate,
    .value_paths = follow_values_fusion_validate,
    .n_variables = 1,
    .data = path_fusion_validate_follow_data,
    .events = events_fusion_validate,
    .n_events = 4,
    .created = {text_fusion_validate_follow_created, 3},
    .failed = {text_fusion_validate_follow_failed, 1},
    .ended = {text_fusion_validate_follow_ended, 1},
    .stopped = {text_fusion_validate_follow_stopped, 3},
    .wait_offset = NITRO_NO_OPTION,
};
const nitro_behaviour nitro_behaviour_fusion_validate = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_validate_schema_operation, bindings_fusion_validate, 3},
    .data = path_fusion_validate_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_fusion_validate_result, 2, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_fusion_validate,
    .n_errors = 1,
    .verbatim = verbatim_fusion_validate,
    .n_verbatim = 4,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_fusion_validate_activity, 5},
    .success = {text_fusion_validate_success, 3},
    .no_data = {text_fusion_validate_no_data, 1},
    .recheck = "nitro fusion validate --help",
    .picks = picks_fusion_validate,
    .n_picks = 1,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = NITRO_NO_OPTION,
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .uploads = uploads_fusion_validate,
    .n_uploads = 1,
    .follow = &follow_fusion_validate,
};

/* ---- pat revoke ---- */
static const char *const path_pat_revoke_var_0[] = {"input", "id", NULL};
static const nitro_binding bindings_pat_revoke[] = {
    {path_pat_revoke_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_pat_revoke, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_pat_revoke_data[] = {"revokePersonalAccessToken", "personalAccessToken", NULL};
static const char *const path_pat_revoke_result_id[] = {"id", NULL};
static const char *const path_pat_revoke_result_description[] = {"description", NULL};
static const char *const path_pat_revoke_result_createdAt[] = {"createdAt", NULL};
static const char *const path_pat_revoke_result_expiresAt[] = {"expiresAt", NULL};
static const nitro_field_def fields_pat_revoke_result[] = {
    {"id", path_pat_revoke_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"description", path_pat_revoke_result_description, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"createdAt", path_pat_revoke_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"expiresAt", path_pat_revoke_result_expiresAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_pat_revoke_errors_0[] = {"revokePersonalAccessToken", "errors", NULL};
static const char *const *const errors_pat_revoke[] = {path_pat_revoke_errors_0};
static const char *const verbatim_pat_revoke[] = {"PersonalAccessTokenNotFoundError"};
static const nitro_text_part text_pat_revoke_activity[] = {
    {NITRO_PART_TEXT, "Revoking personal access token '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_pat_revoke, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const char *const path_pat_revoke_success_1[] = {"description", NULL};
static const nitro_text_part text_pat_revoke_success[] = {
    {NITRO_PART_TEXT, "Revoked personal access token '", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_pat_revoke_success_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_pat_revoke_no_data[] = {
    {NITRO_PART_TEXT, "Could not revoke personal access token.", {0}, 0, 0},
};
static const char *const path_pat_revoke_confirm_1[] = {"description", NULL};
static const nitro_text_part text_pat_revoke_confirm[] = {
    {NITRO_PART_TEXT, "Do you really want to delete PAT '", {0}, 0, 0},
    {NITRO_PART_CHECK, NULL, {path_pat_revoke_confirm_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, "' with ID ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_pat_revoke, id), NITRO_OPT_STRING},
};
static const nitro_text_part text_pat_revoke_declined[] = {
    {NITRO_PART_TEXT, "PAT was not deleted.", {0}, 0, 0},
};
static const char *const path_pat_revoke_human_0[] = {"id", NULL};
static const char *const path_pat_revoke_human_1[] = {"description", NULL};
static const char *const path_pat_revoke_human_2[] = {"createdAt", NULL};
static const char *const path_pat_revoke_human_3[] = {"expiresAt", NULL};
static const nitro_human_line human_pat_revoke[] = {
    {"Id", {path_pat_revoke_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Description", {path_pat_revoke_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Created at", {path_pat_revoke_human_2, NITRO_FMT_DATETIME}, {NULL, 0}},
    {"Expires at", {path_pat_revoke_human_3, NITRO_FMT_WITH_EXPIRES_IN}, {NULL, 0}},
};
static const nitro_text_part text_pat_revoke_check_not_found[] = {
    {NITRO_PART_TEXT, "The personal access token with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_pat_revoke, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_pat_revoke_check_id[] = {"id", NULL};
static const nitro_find_def find_pat_revoke_check = {&nitro_behaviour_pat_list, {path_pat_revoke_check_id, NITRO_FMT_NONE}, offsetof(nitro_opts_pat_revoke, id)};
static const nitro_behaviour nitro_behaviour_pat_revoke_check = {
    .kind = NITRO_KIND_QUERY,
    .data = NULL,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .only_to_confirm = true,
    .not_found = {text_pat_revoke_check_not_found, 3},
    .recheck = NULL,
    .find = &find_pat_revoke_check,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_pat_revoke, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

const nitro_behaviour nitro_behaviour_pat_revoke = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_revoke_pat_operation, bindings_pat_revoke, 1},
    .data = path_pat_revoke_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_pat_revoke_result, 4, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_pat_revoke,
    .n_errors = 1,
    .verbatim = verbatim_pat_revoke,
    .n_verbatim = 1,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_pat_revoke_activity, 3},
    .success = {text_pat_revoke_success, 3},
    .no_data = {text_pat_revoke_no_data, 1},
    .confirm = {text_pat_revoke_confirm, 4},
    .declined = {text_pat_revoke_declined, 1},
    .recheck = "nitro pat list",
    .human = human_pat_revoke,
    .n_human = 4,
    .check = &nitro_behaviour_pat_revoke_check,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_pat_revoke, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- api-key delete ---- */
static const char *const path_api_key_delete_var_0[] = {"input", "apiKeyId", NULL};
static const nitro_binding bindings_api_key_delete[] = {
    {path_api_key_delete_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_api_key_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL},
};
static const char *const path_api_key_delete_data[] = {"deleteApiKey", "apiKey", NULL};
static const char *const path_api_key_delete_result_id[] = {"id", NULL};
static const char *const path_api_key_delete_result_name[] = {"name", NULL};
static const char *const path_api_key_delete_result_workspace_name[] = {"workspace", "name", NULL};
static const nitro_field_def fields_api_key_delete_result_workspace[] = {
    {"name", path_api_key_delete_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_api_key_delete_result_workspace[] = {"workspace", NULL};
static const nitro_field_def fields_api_key_delete_result[] = {
    {"id", path_api_key_delete_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"name", path_api_key_delete_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    {"workspace", path_api_key_delete_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_key_delete_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING},
};
static const char *const path_api_key_delete_errors_0[] = {"deleteApiKey", "errors", NULL};
static const char *const *const errors_api_key_delete[] = {path_api_key_delete_errors_0};
static const char *const verbatim_api_key_delete[] = {"ApiKeyNotFoundError"};
static const nitro_text_part text_api_key_delete_activity[] = {
    {NITRO_PART_TEXT, "Deleting API key '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_key_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'", {0}, 0, 0},
};
static const nitro_text_part text_api_key_delete_success[] = {
    {NITRO_PART_TEXT, "Deleted API key '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_key_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_text_part text_api_key_delete_no_data[] = {
    {NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0},
};
static const char *const path_api_key_delete_confirm_1[] = {"name", NULL};
static const nitro_text_part text_api_key_delete_confirm[] = {
    {NITRO_PART_TEXT, "Do you really want to delete API key '", {0}, 0, 0},
    {NITRO_PART_CHECK, NULL, {path_api_key_delete_confirm_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, "' with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_key_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'\?", {0}, 0, 0},
};
static const nitro_text_part text_api_key_delete_confirm_by_id[] = {
    {NITRO_PART_TEXT, "Do you really want to delete API key with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_key_delete, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'\?", {0}, 0, 0},
};
static const nitro_text_part text_api_key_delete_declined[] = {
    {NITRO_PART_TEXT, "API key was not deleted.", {0}, 0, 0},
};
static const char *const path_api_key_delete_human_0[] = {"id", NULL};
static const char *const path_api_key_delete_human_1[] = {"name", NULL};
static const char *const path_api_key_delete_human_2[] = {"workspace", "name", NULL};
static const nitro_human_line human_api_key_delete[] = {
    {"Id", {path_api_key_delete_human_0, NITRO_FMT_NONE}, {NULL, 0}},
    {"Name", {path_api_key_delete_human_1, NITRO_FMT_NONE}, {NULL, 0}},
    {"Workspace", {path_api_key_delete_human_2, NITRO_FMT_NONE}, {NULL, 0}},
};
static const char *const path_api_key_delete_check_id[] = {"id", NULL};
static const nitro_find_def find_api_key_delete_check = {&nitro_behaviour_api_key_list, {path_api_key_delete_check_id, NITRO_FMT_NONE}, offsetof(nitro_opts_api_key_delete, id)};
static const nitro_behaviour nitro_behaviour_api_key_delete_check = {
    .kind = NITRO_KIND_QUERY,
    .data = NULL,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .only_to_confirm = true,
    .recheck = NULL,
    .find = &find_api_key_delete_check,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_api_key_delete, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

const nitro_behaviour nitro_behaviour_api_key_delete = {
    .kind = NITRO_KIND_MUTATION,
    .request = {&gql_delete_api_key_operation, bindings_api_key_delete, 1},
    .data = path_api_key_delete_data,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_key_delete_result, 3, NULL, false, 0, NITRO_OPT_STRING},
    .errors = errors_api_key_delete,
    .n_errors = 1,
    .verbatim = verbatim_api_key_delete,
    .n_verbatim = 1,
    .all_errors = false,
    .not_a_user = false,
    .activity = {text_api_key_delete_activity, 3},
    .success = {text_api_key_delete_success, 3},
    .no_data = {text_api_key_delete_no_data, 1},
    .confirm = {text_api_key_delete_confirm, 5},
    .confirm_by_id = {text_api_key_delete_confirm_by_id, 3},
    .declined = {text_api_key_delete_declined, 1},
    .recheck = "nitro api-key list",
    .human = human_api_key_delete,
    .n_human = 3,
    .check = &nitro_behaviour_api_key_delete_check,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_api_key_delete, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- pat rotate ---- */
static const nitro_text_part text_pat_rotate_not_found[] = {
    {NITRO_PART_TEXT, "The personal access token with ID '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_pat_rotate, id), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' was not found.", {0}, 0, 0},
};
static const char *const path_pat_rotate_confirm_1[] = {"description", NULL};
static const nitro_text_part text_pat_rotate_confirm[] = {
    {NITRO_PART_TEXT, "Do you really want to replace PAT '", {0}, 0, 0},
    {NITRO_PART_DATA, NULL, {path_pat_rotate_confirm_1, NITRO_FMT_NONE}, 0, 0},
    {NITRO_PART_TEXT, "' with ID ", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_pat_rotate, id), NITRO_OPT_STRING},
};
static const nitro_text_part text_pat_rotate_declined[] = {
    {NITRO_PART_TEXT, "PAT was not rotated.", {0}, 0, 0},
};
static const char *const path_pat_rotate_inherit_0_0[] = {"description", NULL};
static const char *const path_pat_rotate_inherit_1_0[] = {"createdAt", NULL};
static const char *const path_pat_rotate_inherit_1_1[] = {"expiresAt", NULL};
static const nitro_inherit inherit_pat_rotate[] = {
    {offsetof(nitro_opts_pat_create, description), NITRO_OPT_STRING, NITRO_NO_OPTION, NITRO_INHERIT_VALUE, {{path_pat_rotate_inherit_0_0, NITRO_FMT_NONE}, {0}}},
    {offsetof(nitro_opts_pat_create, expires), NITRO_OPT_INT, offsetof(nitro_opts_pat_rotate, expires), NITRO_INHERIT_DAYS, {{path_pat_rotate_inherit_1_0, NITRO_FMT_DATETIME}, {path_pat_rotate_inherit_1_1, NITRO_FMT_DATETIME}}},
};
static const char *const path_pat_rotate_id[] = {"id", NULL};
static const nitro_replace replace_pat_rotate = {
    .find = {&nitro_behaviour_pat_list, {path_pat_rotate_id, NITRO_FMT_NONE}, offsetof(nitro_opts_pat_rotate, id)},
    .create = &nitro_behaviour_pat_create,
    .remove = &nitro_behaviour_pat_revoke,
    .find_words = "nitro pat list",
    .remove_words = "nitro pat revoke",
    .create_opts_size = sizeof(nitro_opts_pat_create),
    .remove_opts_size = sizeof(nitro_opts_pat_revoke),
    .inherit = inherit_pat_rotate,
    .n_inherit = 2,
    .remove_id_offset = offsetof(nitro_opts_pat_revoke, id),
    .remove_force_offset = offsetof(nitro_opts_pat_revoke, force),
};
const nitro_behaviour nitro_behaviour_pat_rotate = {
    .kind = NITRO_KIND_REPLACE,
    .data = NULL,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .not_found = {text_pat_rotate_not_found, 3},
    .confirm = {text_pat_rotate_confirm, 4},
    .declined = {text_pat_rotate_declined, 1},
    .recheck = NULL,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_pat_rotate, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .replace = &replace_pat_rotate,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
};

/* ---- fusion publish ---- */
static const nitro_text_part text_fusion_publish_success[] = {
    {NITRO_PART_TEXT, "Published configuration '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish, tag), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "' to '", {0}, 0, 0},
    {NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish, stage), NITRO_OPT_STRING},
    {NITRO_PART_TEXT, "'.", {0}, 0, 0},
};
static const nitro_option_copy copies_fusion_publish_0[] = {
    {offsetof(nitro_opts_fusion_publish, api_id), offsetof(nitro_opts_fusion_publish_begin, api_id), NITRO_OPT_STRING},
    {offsetof(nitro_opts_fusion_publish, tag), offsetof(nitro_opts_fusion_publish_begin, tag), NITRO_OPT_STRING},
    {offsetof(nitro_opts_fusion_publish, stage), offsetof(nitro_opts_fusion_publish_begin, stage), NITRO_OPT_STRING},
    {offsetof(nitro_opts_fusion_publish, wait_for_approval), offsetof(nitro_opts_fusion_publish_begin, wait_for_approval), NITRO_OPT_FLAG},
    {offsetof(nitro_opts_fusion_publish, source_metadata), offsetof(nitro_opts_fusion_publish_begin, source_metadata), NITRO_OPT_STRING},
};
static const nitro_option_copy copies_fusion_publish_1[] = {
    {offsetof(nitro_opts_fusion_publish, api_id), offsetof(nitro_opts_fusion_publish_start, api_id), NITRO_OPT_STRING},
    {offsetof(nitro_opts_fusion_publish, stage), offsetof(nitro_opts_fusion_publish_start, stage), NITRO_OPT_STRING},
};
static const nitro_option_copy copies_fusion_publish_2[] = {
    {offsetof(nitro_opts_fusion_publish, api_id), offsetof(nitro_opts_fusion_publish_validate, api_id), NITRO_OPT_STRING},
    {offsetof(nitro_opts_fusion_publish, stage), offsetof(nitro_opts_fusion_publish_validate, stage), NITRO_OPT_STRING},
    {offsetof(nitro_opts_fusion_publish, archive), offsetof(nitro_opts_fusion_publish_validate, archive), NITRO_OPT_STRING},
};
static const nitro_option_copy copies_fusion_publish_3[] = {
    {offsetof(nitro_opts_fusion_publish, api_id), offsetof(nitro_opts_fusion_publish_commit, api_id), NITRO_OPT_STRING},
    {offsetof(nitro_opts_fusion_publish, stage), offsetof(nitro_opts_fusion_publish_commit, stage), NITRO_OPT_STRING},
    {offsetof(nitro_opts_fusion_publish, archive), offsetof(nitro_opts_fusion_publish_commit, archive), NITRO_OPT_STRING},
};
static const nitro_step_def steps_fusion_publish[] = {
    {&nitro_behaviour_fusion_publish_begin, sizeof(nitro_opts_fusion_publish_begin), copies_fusion_publish_0, 5, NITRO_NO_OPTION, NITRO_NO_OPTION, NITRO_NO_OPTION},
    {&nitro_behaviour_fusion_publish_start, sizeof(nitro_opts_fusion_publish_start), copies_fusion_publish_1, 2, offsetof(nitro_opts_fusion_publish_start, request_id), NITRO_NO_OPTION, NITRO_NO_OPTION},
    {&nitro_behaviour_fusion_publish_validate, sizeof(nitro_opts_fusion_publish_validate), copies_fusion_publish_2, 3, offsetof(nitro_opts_fusion_publish_validate, request_id), offsetof(nitro_opts_fusion_publish, wait_for_approval), offsetof(nitro_opts_fusion_publish, force)},
    {&nitro_behaviour_fusion_publish_commit, sizeof(nitro_opts_fusion_publish_commit), copies_fusion_publish_3, 3, offsetof(nitro_opts_fusion_publish_commit, request_id), NITRO_NO_OPTION, NITRO_NO_OPTION},
};
static const nitro_option_copy copies_fusion_publish_undo[] = {
    {offsetof(nitro_opts_fusion_publish, api_id), offsetof(nitro_opts_fusion_publish_cancel, api_id), NITRO_OPT_STRING},
    {offsetof(nitro_opts_fusion_publish, stage), offsetof(nitro_opts_fusion_publish_cancel, stage), NITRO_OPT_STRING},
};
static const char *const path_fusion_publish_carry[] = {"requestId", NULL};
static const nitro_steps_def sequence_fusion_publish = {
    .steps = steps_fusion_publish,
    .n_steps = 4,
    .carry_from = 0,
    .carry_path = path_fusion_publish_carry,
    .carry_name = "request-id",
    .undo = {&nitro_behaviour_fusion_publish_cancel, sizeof(nitro_opts_fusion_publish_cancel), copies_fusion_publish_undo, 2, offsetof(nitro_opts_fusion_publish_cancel, request_id), NITRO_NO_OPTION, NITRO_NO_OPTION},
    .undo_words = "nitro fusion publish cancel",
};
const nitro_behaviour nitro_behaviour_fusion_publish = {
    .kind = NITRO_KIND_STEPS,
    .data = NULL,
    .data_type = NULL,
    .result = {NULL, NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING},
    .all_errors = false,
    .not_a_user = false,
    .success = {text_fusion_publish_success, 5},
    .recheck = NULL,
    .save_workspace = NITRO_SAVE_WORKSPACE_NEVER,
    .save_workspace_offset = NITRO_NO_OPTION,
    .force_offset = offsetof(nitro_opts_fusion_publish, force),
    .cursor_offset = NITRO_NO_OPTION,
    .all_offset = NITRO_NO_OPTION,
    .limit_offset = NITRO_NO_OPTION,
    .workspace_offset = NITRO_NO_OPTION,
    .confirm_offset = NITRO_NO_OPTION,
    .confirm_question = NULL,
    .steps = &sequence_fusion_publish,
    .exclusive_offsets = {offsetof(nitro_opts_fusion_publish, force), offsetof(nitro_opts_fusion_publish, wait_for_approval)},
    .exclusive_names = {"force", "wait-for-approval"},
};

/* The payload error types that end a command with another status than 1. */
const nitro_payload_exit nitro_payload_exits[] = {
    {"UnauthorizedOperation", 4},
    {NULL, 0},
};
const size_t nitro_payload_exit_count = 1;

/* Every command's behaviour, for the fuzz targets. */
const nitro_behaviour *const nitro_behaviours[] = {
    &nitro_behaviour_pat_create,
    &nitro_behaviour_pat_list,
    &nitro_behaviour_workspace_create,
    &nitro_behaviour_workspace_show,
    &nitro_behaviour_workspace_list,
    &nitro_behaviour_workspace_current,
    &nitro_behaviour_workspace_set_default,
    &nitro_behaviour_api_key_create,
    &nitro_behaviour_api_key_list,
    &nitro_behaviour_api_create,
    &nitro_behaviour_api_list,
    &nitro_behaviour_api_show,
    &nitro_behaviour_api_delete,
    &nitro_behaviour_client_create,
    &nitro_behaviour_client_delete,
    &nitro_behaviour_client_show,
    &nitro_behaviour_client_list,
    &nitro_behaviour_client_list_versions,
    &nitro_behaviour_client_list_published_versions,
    &nitro_behaviour_client_upload,
    &nitro_behaviour_client_validate,
    &nitro_behaviour_client_publish,
    &nitro_behaviour_client_unpublish,
    &nitro_behaviour_client_download,
    &nitro_behaviour_stage_list,
    &nitro_behaviour_stage_edit,
    &nitro_behaviour_stage_delete,
    &nitro_behaviour_environment_create,
    &nitro_behaviour_environment_list,
    &nitro_behaviour_environment_show,
    &nitro_behaviour_openapi_create,
    &nitro_behaviour_openapi_delete,
    &nitro_behaviour_openapi_list,
    &nitro_behaviour_openapi_upload,
    &nitro_behaviour_openapi_validate,
    &nitro_behaviour_openapi_publish,
    &nitro_behaviour_mcp_create,
    &nitro_behaviour_mcp_delete,
    &nitro_behaviour_mcp_list,
    &nitro_behaviour_mcp_upload,
    &nitro_behaviour_mcp_validate,
    &nitro_behaviour_mcp_publish,
    &nitro_behaviour_mock_create,
    &nitro_behaviour_mock_list,
    &nitro_behaviour_mock_update,
    &nitro_behaviour_schema_upload,
    &nitro_behaviour_schema_validate,
    &nitro_behaviour_schema_download,
    &nitro_behaviour_schema_publish,
    &nitro_behaviour_schema_clients,
    &nitro_behaviour_schema_impact,
    &nitro_behaviour_schema_operations,
    &nitro_behaviour_schema_unused,
    &nitro_behaviour_schema_usage,
    &nitro_behaviour_fusion_publish_begin,
    &nitro_behaviour_fusion_publish_start,
    &nitro_behaviour_fusion_publish_validate,
    &nitro_behaviour_fusion_publish_commit,
    &nitro_behaviour_fusion_publish_cancel,
    &nitro_behaviour_fusion_download,
    &nitro_behaviour_fusion_upload,
    &nitro_behaviour_fusion_validate,
    &nitro_behaviour_pat_revoke,
    &nitro_behaviour_api_key_delete,
    &nitro_behaviour_pat_rotate,
    &nitro_behaviour_fusion_publish,
};
const size_t nitro_behaviour_count = 66;

static const char *const path_completer_pat_ids_value[] = {"id", NULL};
static const char *const path_completer_pat_ids_description[] = {"description", NULL};
static const char *const path_completer_pat_ids_newest[] = {"createdAt", NULL};
static const char *const path_completer_workspace_ids_value[] = {"id", NULL};
static const char *const path_completer_workspace_ids_description[] = {"name", NULL};
static const char *const path_completer_api_ids_value[] = {"id", NULL};
static const char *const path_completer_api_ids_description[] = {"name", NULL};
static const nitro_completer_input completer_api_ids_inputs[] = {
    {offsetof(nitro_opts_api_list, workspace_id), "workspace-id"},
};
static const char *const path_completer_client_ids_value[] = {"id", NULL};
static const char *const path_completer_client_ids_description[] = {"name", NULL};
static const nitro_completer_input completer_client_ids_inputs[] = {
    {offsetof(nitro_opts_client_list, api_id), "api-id"},
};
static const char *const path_completer_stage_names_value[] = {"name", NULL};
static const nitro_completer_input completer_stage_names_inputs[] = {
    {offsetof(nitro_opts_stage_list, api_id), "api-id"},
};
const nitro_completer nitro_completers[] = {
    {"pat-ids", &nitro_behaviour_pat_list, {path_completer_pat_ids_value, NITRO_FMT_NONE}, {path_completer_pat_ids_description, NITRO_FMT_NONE}, {path_completer_pat_ids_newest, NITRO_FMT_DATETIME}, sizeof(nitro_opts_pat_list), NULL, 0},
    {"workspace-ids", &nitro_behaviour_workspace_list, {path_completer_workspace_ids_value, NITRO_FMT_NONE}, {path_completer_workspace_ids_description, NITRO_FMT_NONE}, {0}, sizeof(nitro_opts_workspace_list), NULL, 0},
    {"api-ids", &nitro_behaviour_api_list, {path_completer_api_ids_value, NITRO_FMT_NONE}, {path_completer_api_ids_description, NITRO_FMT_NONE}, {0}, sizeof(nitro_opts_api_list), completer_api_ids_inputs, 1},
    {"client-ids", &nitro_behaviour_client_list, {path_completer_client_ids_value, NITRO_FMT_NONE}, {path_completer_client_ids_description, NITRO_FMT_NONE}, {0}, sizeof(nitro_opts_client_list), completer_client_ids_inputs, 1},
    {"stage-names", &nitro_behaviour_stage_list, {path_completer_stage_names_value, NITRO_FMT_NONE}, {0}, {0}, sizeof(nitro_opts_stage_list), completer_stage_names_inputs, 1},
};
const size_t nitro_completer_count = 5;
