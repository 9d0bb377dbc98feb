/* Generated from spec/nitro.toml by generator/generate.py. Do not edit. */
/* Each table is filled by code the first time it is asked for (generator/behaviour_c.py says why). */
#include <stddef.h>
#include <string.h>

#include "generated/commands.h"
#include "generated/cli.h"
#include "generated/graphql.h"

/* ---- picker api ---- */
static const char *path_picker_api_var_0[2]; /* NULL-terminated */
static const char *path_picker_api_var_1[2]; /* NULL-terminated */
static const char *path_picker_api_var_2[2]; /* NULL-terminated */
static nitro_binding bindings_picker_api[3];
static const char *path_picker_api_connection[3]; /* NULL-terminated */
static const char *path_picker_api_value[2]; /* NULL-terminated */
static const char *path_picker_api_label[2]; /* NULL-terminated */
static const char *path_picker_api_detail[2]; /* NULL-terminated */
static nitro_picker picker_api;
const nitro_picker *nitro_picker_api(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_picker_api_var_0[0] = "workspaceId";
        path_picker_api_var_1[0] = "after";
        path_picker_api_var_2[0] = "first";
        bindings_picker_api[0] = (nitro_binding){path_picker_api_var_0, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_picker_api[1] = (nitro_binding){path_picker_api_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_picker_api[2] = (nitro_binding){path_picker_api_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_picker_api_connection[0] = "workspaceById";
        path_picker_api_connection[1] = "apis";
        path_picker_api_value[0] = "id";
        path_picker_api_label[0] = "name";
        path_picker_api_detail[0] = "path";
        picker_api = (nitro_picker){
            .name = "api",
            .request = {gql_select_api_operation(), bindings_picker_api, 3},
            .connection = path_picker_api_connection,
            .page_size = 5,
            .value = {path_picker_api_value, NITRO_FMT_NONE},
            .label = {path_picker_api_label, NITRO_FMT_NONE},
            .detail = {path_picker_api_detail, NITRO_FMT_NONE},
            .empty = "The workspace has no APIs. Create one with `nitro api create`.",
            .marks_default = false,
        };
    }
    return &picker_api;
}

/* ---- picker workspace ---- */
static const char *path_picker_workspace_var_0[2]; /* NULL-terminated */
static const char *path_picker_workspace_var_1[2]; /* NULL-terminated */
static nitro_binding bindings_picker_workspace[2];
static const char *path_picker_workspace_connection[3]; /* NULL-terminated */
static const char *path_picker_workspace_value[2]; /* NULL-terminated */
static const char *path_picker_workspace_label[2]; /* NULL-terminated */
static nitro_picker picker_workspace;
const nitro_picker *nitro_picker_workspace(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_picker_workspace_var_0[0] = "after";
        path_picker_workspace_var_1[0] = "first";
        bindings_picker_workspace[0] = (nitro_binding){path_picker_workspace_var_0, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_picker_workspace[1] = (nitro_binding){path_picker_workspace_var_1, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_picker_workspace_connection[0] = "me";
        path_picker_workspace_connection[1] = "workspaces";
        path_picker_workspace_value[0] = "id";
        path_picker_workspace_label[0] = "name";
        picker_workspace = (nitro_picker){
            .name = "workspace",
            .request = {gql_select_workspace_operation(), bindings_picker_workspace, 2},
            .connection = path_picker_workspace_connection,
            .page_size = 5,
            .value = {path_picker_workspace_value, NITRO_FMT_NONE},
            .label = {path_picker_workspace_label, NITRO_FMT_NONE},
            .detail = {0},
            .empty = "You do not have any workspaces. Run `nitro launch` and create one.",
            .marks_default = true,
        };
    }
    return &picker_workspace;
}

/* ---- pat create ---- */
static const char *path_pat_create_var_0[3]; /* NULL-terminated */
static const char *path_pat_create_var_1[3]; /* NULL-terminated */
static nitro_binding bindings_pat_create[2];
static const char *path_pat_create_data[3]; /* NULL-terminated */
static const char *path_pat_create_result_secret[2]; /* NULL-terminated */
static const char *path_pat_create_result_details_id[3]; /* NULL-terminated */
static const char *path_pat_create_result_details_description[3]; /* NULL-terminated */
static const char *path_pat_create_result_details_createdAt[3]; /* NULL-terminated */
static const char *path_pat_create_result_details_expiresAt[3]; /* NULL-terminated */
static nitro_field_def fields_pat_create_result_details[4];
static nitro_field_def fields_pat_create_result[2];
static const char *path_pat_create_errors_0[3]; /* NULL-terminated */
static const char *const *errors_pat_create[1];
static const char *verbatim_pat_create[1];
static nitro_text_part text_pat_create_activity[1];
static const char *path_pat_create_success_1[3]; /* NULL-terminated */
static nitro_text_part text_pat_create_success[3];
static nitro_text_part text_pat_create_no_data[1];
static nitro_text_part text_pat_create_notice[1];
static const char *path_pat_create_human_0[3]; /* NULL-terminated */
static const char *path_pat_create_human_1[3]; /* NULL-terminated */
static const char *path_pat_create_human_2[3]; /* NULL-terminated */
static const char *path_pat_create_human_3[3]; /* NULL-terminated */
static const char *path_pat_create_human_4[2]; /* NULL-terminated */
static nitro_human_line human_pat_create[5];
static nitro_behaviour behaviour_pat_create;
const nitro_behaviour *nitro_behaviour_pat_create(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_pat_create_var_0[0] = "input";
        path_pat_create_var_0[1] = "description";
        path_pat_create_var_1[0] = "input";
        path_pat_create_var_1[1] = "expiresAt";
        bindings_pat_create[0] = (nitro_binding){path_pat_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_pat_create, description), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "description", NITRO_NO_OPTION, 0, NULL};
        bindings_pat_create[1] = (nitro_binding){path_pat_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_pat_create, expires), NITRO_OPT_INT, NITRO_XF_DAYS_FROM_NOW, NULL, 0, false, false, "expires", NITRO_NO_OPTION, 0, NULL};
        path_pat_create_data[0] = "createPersonalAccessToken";
        path_pat_create_data[1] = "result";
        path_pat_create_result_secret[0] = "secret";
        path_pat_create_result_details_id[0] = "token";
        path_pat_create_result_details_id[1] = "id";
        path_pat_create_result_details_description[0] = "token";
        path_pat_create_result_details_description[1] = "description";
        path_pat_create_result_details_createdAt[0] = "token";
        path_pat_create_result_details_createdAt[1] = "createdAt";
        path_pat_create_result_details_expiresAt[0] = "token";
        path_pat_create_result_details_expiresAt[1] = "expiresAt";
        fields_pat_create_result_details[0] = (nitro_field_def){"id", path_pat_create_result_details_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_pat_create_result_details[1] = (nitro_field_def){"description", path_pat_create_result_details_description, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_pat_create_result_details[2] = (nitro_field_def){"createdAt", path_pat_create_result_details_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_pat_create_result_details[3] = (nitro_field_def){"expiresAt", path_pat_create_result_details_expiresAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_pat_create_result[0] = (nitro_field_def){"secret", path_pat_create_result_secret, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_pat_create_result[1] = (nitro_field_def){"details", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_pat_create_result_details, 4, NULL, false, 0, NITRO_OPT_STRING};
        path_pat_create_errors_0[0] = "createPersonalAccessToken";
        path_pat_create_errors_0[1] = "errors";
        errors_pat_create[0] = path_pat_create_errors_0;
        verbatim_pat_create[0] = "UnauthorizedOperation";
        text_pat_create_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Creating personal access token", {0}, 0, 0};
        path_pat_create_success_1[0] = "token";
        path_pat_create_success_1[1] = "description";
        text_pat_create_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Created personal access token '", {0}, 0, 0};
        text_pat_create_success[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_pat_create_success_1, NITRO_FMT_NONE}, 0, 0};
        text_pat_create_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_pat_create_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        text_pat_create_notice[0] = (nitro_text_part){NITRO_PART_TEXT, "store the secret now, for example in a secret manager: it is shown only once and cannot be shown again.", {0}, 0, 0};
        path_pat_create_human_0[0] = "token";
        path_pat_create_human_0[1] = "id";
        path_pat_create_human_1[0] = "token";
        path_pat_create_human_1[1] = "description";
        path_pat_create_human_2[0] = "token";
        path_pat_create_human_2[1] = "createdAt";
        path_pat_create_human_3[0] = "token";
        path_pat_create_human_3[1] = "expiresAt";
        path_pat_create_human_4[0] = "secret";
        human_pat_create[0] = (nitro_human_line){"Id", {path_pat_create_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_pat_create[1] = (nitro_human_line){"Description", {path_pat_create_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_pat_create[2] = (nitro_human_line){"Created at", {path_pat_create_human_2, NITRO_FMT_DATETIME}, {NULL, 0}};
        human_pat_create[3] = (nitro_human_line){"Expires at", {path_pat_create_human_3, NITRO_FMT_WITH_EXPIRES_IN}, {NULL, 0}};
        human_pat_create[4] = (nitro_human_line){"Secret", {path_pat_create_human_4, NITRO_FMT_NONE}, {NULL, 0}};
        behaviour_pat_create = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_create_pat_operation(), bindings_pat_create, 2},
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
    }
    return &behaviour_pat_create;
}

/* ---- pat list ---- */
static const char *path_pat_list_var_0[2]; /* NULL-terminated */
static const char *path_pat_list_var_1[2]; /* NULL-terminated */
static nitro_binding bindings_pat_list[2];
static const char *path_pat_list_data[3]; /* NULL-terminated */
static const char *path_pat_list_result_id[2]; /* NULL-terminated */
static const char *path_pat_list_result_description[2]; /* NULL-terminated */
static const char *path_pat_list_result_createdAt[2]; /* NULL-terminated */
static const char *path_pat_list_result_expiresAt[2]; /* NULL-terminated */
static nitro_field_def fields_pat_list_result[4];
static nitro_text_part text_pat_list_activity[1];
static const char *path_pat_list_human_0[2]; /* NULL-terminated */
static const char *path_pat_list_human_1[2]; /* NULL-terminated */
static const char *path_pat_list_human_2[2]; /* NULL-terminated */
static const char *path_pat_list_human_3[2]; /* NULL-terminated */
static nitro_human_line human_pat_list[4];
static const char *path_pat_list_column_0[2]; /* NULL-terminated */
static const char *path_pat_list_column_1[2]; /* NULL-terminated */
static const char *path_pat_list_column_2[2]; /* NULL-terminated */
static nitro_column columns_pat_list[3];
static nitro_behaviour behaviour_pat_list;
const nitro_behaviour *nitro_behaviour_pat_list(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_pat_list_var_0[0] = "after";
        path_pat_list_var_1[0] = "first";
        bindings_pat_list[0] = (nitro_binding){path_pat_list_var_0, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_pat_list[1] = (nitro_binding){path_pat_list_var_1, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_pat_list_data[0] = "me";
        path_pat_list_data[1] = "personalAccessTokens";
        path_pat_list_result_id[0] = "id";
        path_pat_list_result_description[0] = "description";
        path_pat_list_result_createdAt[0] = "createdAt";
        path_pat_list_result_expiresAt[0] = "expiresAt";
        fields_pat_list_result[0] = (nitro_field_def){"id", path_pat_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_pat_list_result[1] = (nitro_field_def){"description", path_pat_list_result_description, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_pat_list_result[2] = (nitro_field_def){"createdAt", path_pat_list_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_pat_list_result[3] = (nitro_field_def){"expiresAt", path_pat_list_result_expiresAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        text_pat_list_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching personal access tokens", {0}, 0, 0};
        path_pat_list_human_0[0] = "id";
        path_pat_list_human_1[0] = "description";
        path_pat_list_human_2[0] = "createdAt";
        path_pat_list_human_3[0] = "expiresAt";
        human_pat_list[0] = (nitro_human_line){"Id", {path_pat_list_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_pat_list[1] = (nitro_human_line){"Description", {path_pat_list_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_pat_list[2] = (nitro_human_line){"Created at", {path_pat_list_human_2, NITRO_FMT_DATETIME}, {NULL, 0}};
        human_pat_list[3] = (nitro_human_line){"Expires at", {path_pat_list_human_3, NITRO_FMT_WITH_EXPIRES_IN}, {NULL, 0}};
        path_pat_list_column_0[0] = "id";
        path_pat_list_column_1[0] = "description";
        path_pat_list_column_2[0] = "expiresAt";
        columns_pat_list[0] = (nitro_column){"Id", {path_pat_list_column_0, NITRO_FMT_NONE}};
        columns_pat_list[1] = (nitro_column){"Description", {path_pat_list_column_1, NITRO_FMT_NONE}};
        columns_pat_list[2] = (nitro_column){"Expires in", {path_pat_list_column_2, NITRO_FMT_EXPIRES_IN}};
        behaviour_pat_list = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_list_pats_operation(), bindings_pat_list, 2},
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
    }
    return &behaviour_pat_list;
}

/* ---- workspace create ---- */
static const char *path_workspace_create_var_0[3]; /* NULL-terminated */
static nitro_binding bindings_workspace_create[1];
static const char *path_workspace_create_data[3]; /* NULL-terminated */
static const char *path_workspace_create_result_id[2]; /* NULL-terminated */
static const char *path_workspace_create_result_name[2]; /* NULL-terminated */
static const char *path_workspace_create_result_personal[2]; /* NULL-terminated */
static nitro_field_def fields_workspace_create_result[3];
static const char *path_workspace_create_errors_0[3]; /* NULL-terminated */
static const char *const *errors_workspace_create[1];
static const char *verbatim_workspace_create[2];
static nitro_text_part text_workspace_create_activity[3];
static nitro_text_part text_workspace_create_success[3];
static nitro_text_part text_workspace_create_no_data[1];
static const char *path_workspace_create_human_0[2]; /* NULL-terminated */
static const char *path_workspace_create_human_1[2]; /* NULL-terminated */
static const char *path_workspace_create_human_2[2]; /* NULL-terminated */
static nitro_human_line human_workspace_create[3];
static nitro_behaviour behaviour_workspace_create;
const nitro_behaviour *nitro_behaviour_workspace_create(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_workspace_create_var_0[0] = "input";
        path_workspace_create_var_0[1] = "name";
        bindings_workspace_create[0] = (nitro_binding){path_workspace_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_workspace_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL};
        path_workspace_create_data[0] = "createWorkspace";
        path_workspace_create_data[1] = "workspace";
        path_workspace_create_result_id[0] = "id";
        path_workspace_create_result_name[0] = "name";
        path_workspace_create_result_personal[0] = "personal";
        fields_workspace_create_result[0] = (nitro_field_def){"id", path_workspace_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_workspace_create_result[1] = (nitro_field_def){"name", path_workspace_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_workspace_create_result[2] = (nitro_field_def){"personal", path_workspace_create_result_personal, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_workspace_create_errors_0[0] = "createWorkspace";
        path_workspace_create_errors_0[1] = "errors";
        errors_workspace_create[0] = path_workspace_create_errors_0;
        verbatim_workspace_create[0] = "UnauthorizedOperation";
        verbatim_workspace_create[1] = "ValidationError";
        text_workspace_create_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Creating workspace '", {0}, 0, 0};
        text_workspace_create_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_workspace_create, name), NITRO_OPT_STRING};
        text_workspace_create_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_workspace_create_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Created workspace '", {0}, 0, 0};
        text_workspace_create_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_workspace_create, name), NITRO_OPT_STRING};
        text_workspace_create_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_workspace_create_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        path_workspace_create_human_0[0] = "id";
        path_workspace_create_human_1[0] = "name";
        path_workspace_create_human_2[0] = "personal";
        human_workspace_create[0] = (nitro_human_line){"Id", {path_workspace_create_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_workspace_create[1] = (nitro_human_line){"Name", {path_workspace_create_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_workspace_create[2] = (nitro_human_line){"Personal", {path_workspace_create_human_2, NITRO_FMT_YES_NO}, {NULL, 0}};
        behaviour_workspace_create = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_create_workspace_operation(), bindings_workspace_create, 1},
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
    }
    return &behaviour_workspace_create;
}

/* ---- workspace show ---- */
static const char *path_workspace_show_var_0[2]; /* NULL-terminated */
static nitro_binding bindings_workspace_show[1];
static const char *path_workspace_show_data[2]; /* NULL-terminated */
static const char *path_workspace_show_result_id[2]; /* NULL-terminated */
static const char *path_workspace_show_result_name[2]; /* NULL-terminated */
static const char *path_workspace_show_result_personal[2]; /* NULL-terminated */
static nitro_field_def fields_workspace_show_result[3];
static nitro_text_part text_workspace_show_activity[1];
static nitro_text_part text_workspace_show_not_found[3];
static const char *path_workspace_show_human_0[2]; /* NULL-terminated */
static const char *path_workspace_show_human_1[2]; /* NULL-terminated */
static const char *path_workspace_show_human_2[2]; /* NULL-terminated */
static nitro_human_line human_workspace_show[3];
static nitro_behaviour behaviour_workspace_show;
const nitro_behaviour *nitro_behaviour_workspace_show(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_workspace_show_var_0[0] = "workspaceId";
        bindings_workspace_show[0] = (nitro_binding){path_workspace_show_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_workspace_show, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        path_workspace_show_data[0] = "node";
        path_workspace_show_result_id[0] = "id";
        path_workspace_show_result_name[0] = "name";
        path_workspace_show_result_personal[0] = "personal";
        fields_workspace_show_result[0] = (nitro_field_def){"id", path_workspace_show_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_workspace_show_result[1] = (nitro_field_def){"name", path_workspace_show_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_workspace_show_result[2] = (nitro_field_def){"personal", path_workspace_show_result_personal, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        text_workspace_show_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching workspace", {0}, 0, 0};
        text_workspace_show_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The workspace with ID '", {0}, 0, 0};
        text_workspace_show_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_workspace_show, id), NITRO_OPT_STRING};
        text_workspace_show_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_workspace_show_human_0[0] = "id";
        path_workspace_show_human_1[0] = "name";
        path_workspace_show_human_2[0] = "personal";
        human_workspace_show[0] = (nitro_human_line){"Id", {path_workspace_show_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_workspace_show[1] = (nitro_human_line){"Name", {path_workspace_show_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_workspace_show[2] = (nitro_human_line){"Personal", {path_workspace_show_human_2, NITRO_FMT_YES_NO}, {NULL, 0}};
        behaviour_workspace_show = (nitro_behaviour){
            .kind = NITRO_KIND_QUERY,
            .request = {gql_show_workspace_operation(), bindings_workspace_show, 1},
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
    }
    return &behaviour_workspace_show;
}

/* ---- workspace list ---- */
static const char *path_workspace_list_var_0[2]; /* NULL-terminated */
static const char *path_workspace_list_var_1[2]; /* NULL-terminated */
static nitro_binding bindings_workspace_list[2];
static const char *path_workspace_list_data[3]; /* NULL-terminated */
static const char *path_workspace_list_result_id[2]; /* NULL-terminated */
static const char *path_workspace_list_result_name[2]; /* NULL-terminated */
static const char *path_workspace_list_result_personal[2]; /* NULL-terminated */
static nitro_field_def fields_workspace_list_result[3];
static nitro_text_part text_workspace_list_activity[1];
static const char *path_workspace_list_human_0[2]; /* NULL-terminated */
static const char *path_workspace_list_human_1[2]; /* NULL-terminated */
static const char *path_workspace_list_human_2[2]; /* NULL-terminated */
static nitro_human_line human_workspace_list[3];
static const char *path_workspace_list_column_0[2]; /* NULL-terminated */
static const char *path_workspace_list_column_1[2]; /* NULL-terminated */
static const char *path_workspace_list_column_2[2]; /* NULL-terminated */
static nitro_column columns_workspace_list[3];
static nitro_behaviour behaviour_workspace_list;
const nitro_behaviour *nitro_behaviour_workspace_list(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_workspace_list_var_0[0] = "after";
        path_workspace_list_var_1[0] = "first";
        bindings_workspace_list[0] = (nitro_binding){path_workspace_list_var_0, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_workspace_list[1] = (nitro_binding){path_workspace_list_var_1, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_workspace_list_data[0] = "me";
        path_workspace_list_data[1] = "workspaces";
        path_workspace_list_result_id[0] = "id";
        path_workspace_list_result_name[0] = "name";
        path_workspace_list_result_personal[0] = "personal";
        fields_workspace_list_result[0] = (nitro_field_def){"id", path_workspace_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_workspace_list_result[1] = (nitro_field_def){"name", path_workspace_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_workspace_list_result[2] = (nitro_field_def){"personal", path_workspace_list_result_personal, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        text_workspace_list_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching workspaces", {0}, 0, 0};
        path_workspace_list_human_0[0] = "id";
        path_workspace_list_human_1[0] = "name";
        path_workspace_list_human_2[0] = "personal";
        human_workspace_list[0] = (nitro_human_line){"Id", {path_workspace_list_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_workspace_list[1] = (nitro_human_line){"Name", {path_workspace_list_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_workspace_list[2] = (nitro_human_line){"Personal", {path_workspace_list_human_2, NITRO_FMT_YES_NO}, {NULL, 0}};
        path_workspace_list_column_0[0] = "id";
        path_workspace_list_column_1[0] = "name";
        path_workspace_list_column_2[0] = "personal";
        columns_workspace_list[0] = (nitro_column){"Id", {path_workspace_list_column_0, NITRO_FMT_NONE}};
        columns_workspace_list[1] = (nitro_column){"Name", {path_workspace_list_column_1, NITRO_FMT_NONE}};
        columns_workspace_list[2] = (nitro_column){"IsPersonal", {path_workspace_list_column_2, NITRO_FMT_YES_NO}};
        behaviour_workspace_list = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_list_workspaces_operation(), bindings_workspace_list, 2},
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
    }
    return &behaviour_workspace_list;
}

/* ---- workspace current ---- */
static const char *path_workspace_current_data[2]; /* NULL-terminated */
static const char *path_workspace_current_result_id[2]; /* NULL-terminated */
static const char *path_workspace_current_result_name[2]; /* NULL-terminated */
static nitro_field_def fields_workspace_current_result[2];
static nitro_text_part text_workspace_current_not_found[1];
static const char *path_workspace_current_human_0_0[2]; /* NULL-terminated */
static const char *path_workspace_current_human_0_2[2]; /* NULL-terminated */
static nitro_text_part text_workspace_current_human_0[4];
static nitro_human_line human_workspace_current[1];
static nitro_behaviour behaviour_workspace_current;
const nitro_behaviour *nitro_behaviour_workspace_current(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_workspace_current_data[0] = "workspace";
        path_workspace_current_result_id[0] = "id";
        path_workspace_current_result_name[0] = "name";
        fields_workspace_current_result[0] = (nitro_field_def){"id", path_workspace_current_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_workspace_current_result[1] = (nitro_field_def){"name", path_workspace_current_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        text_workspace_current_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "No workspace selected. Run 'nitro workspace set-default' to set a default.", {0}, 0, 0};
        path_workspace_current_human_0_0[0] = "name";
        path_workspace_current_human_0_2[0] = "id";
        text_workspace_current_human_0[0] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_workspace_current_human_0_0, NITRO_FMT_NONE}, 0, 0};
        text_workspace_current_human_0[1] = (nitro_text_part){NITRO_PART_TEXT, " (", {0}, 0, 0};
        text_workspace_current_human_0[2] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_workspace_current_human_0_2, NITRO_FMT_NONE}, 0, 0};
        text_workspace_current_human_0[3] = (nitro_text_part){NITRO_PART_TEXT, ")", {0}, 0, 0};
        human_workspace_current[0] = (nitro_human_line){NULL, {0}, {text_workspace_current_human_0, 4}};
        behaviour_workspace_current = (nitro_behaviour){
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
    }
    return &behaviour_workspace_current;
}

/* ---- workspace set-default ---- */
static const char *path_workspace_set_default_var_0[2]; /* NULL-terminated */
static nitro_binding bindings_workspace_set_default[1];
static const char *path_workspace_set_default_data[2]; /* NULL-terminated */
static const char *path_workspace_set_default_result_id[2]; /* NULL-terminated */
static const char *path_workspace_set_default_result_name[2]; /* NULL-terminated */
static nitro_field_def fields_workspace_set_default_result[2];
static nitro_text_part text_workspace_set_default_activity[1];
static nitro_text_part text_workspace_set_default_not_found[3];
static const char *path_workspace_set_default_human_0_1[2]; /* NULL-terminated */
static const char *path_workspace_set_default_human_0_3[2]; /* NULL-terminated */
static nitro_text_part text_workspace_set_default_human_0[5];
static nitro_human_line human_workspace_set_default[1];
static nitro_pick_def picks_workspace_set_default[1];
static nitro_behaviour behaviour_workspace_set_default;
const nitro_behaviour *nitro_behaviour_workspace_set_default(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_workspace_set_default_var_0[0] = "workspaceId";
        bindings_workspace_set_default[0] = (nitro_binding){path_workspace_set_default_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_workspace_set_default, workspace_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "workspace-id", NITRO_NO_OPTION, 0, NULL};
        path_workspace_set_default_data[0] = "node";
        path_workspace_set_default_result_id[0] = "id";
        path_workspace_set_default_result_name[0] = "name";
        fields_workspace_set_default_result[0] = (nitro_field_def){"id", path_workspace_set_default_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_workspace_set_default_result[1] = (nitro_field_def){"name", path_workspace_set_default_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        text_workspace_set_default_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching workspace", {0}, 0, 0};
        text_workspace_set_default_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The workspace with ID '", {0}, 0, 0};
        text_workspace_set_default_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_workspace_set_default, workspace_id), NITRO_OPT_STRING};
        text_workspace_set_default_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_workspace_set_default_human_0_1[0] = "name";
        path_workspace_set_default_human_0_3[0] = "id";
        text_workspace_set_default_human_0[0] = (nitro_text_part){NITRO_PART_TEXT, "Default workspace: ", {0}, 0, 0};
        text_workspace_set_default_human_0[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_workspace_set_default_human_0_1, NITRO_FMT_NONE}, 0, 0};
        text_workspace_set_default_human_0[2] = (nitro_text_part){NITRO_PART_TEXT, " (", {0}, 0, 0};
        text_workspace_set_default_human_0[3] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_workspace_set_default_human_0_3, NITRO_FMT_NONE}, 0, 0};
        text_workspace_set_default_human_0[4] = (nitro_text_part){NITRO_PART_TEXT, ")", {0}, 0, 0};
        human_workspace_set_default[0] = (nitro_human_line){NULL, {0}, {text_workspace_set_default_human_0, 5}};
        picks_workspace_set_default[0] = (nitro_pick_def){offsetof(nitro_opts_workspace_set_default, workspace_id), "workspace-id", nitro_picker_workspace(), "Which workspace do you want to use as your default\?"};
        behaviour_workspace_set_default = (nitro_behaviour){
            .kind = NITRO_KIND_QUERY,
            .request = {gql_show_workspace_operation(), bindings_workspace_set_default, 1},
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
    }
    return &behaviour_workspace_set_default;
}

/* ---- api-key create ---- */
static const char *path_api_key_create_var_0[3]; /* NULL-terminated */
static const char *path_api_key_create_var_1[3]; /* NULL-terminated */
static const char *path_api_key_create_var_2[4]; /* NULL-terminated */
static const char *path_api_key_create_var_3[4]; /* NULL-terminated */
static const char *path_api_key_create_var_4[5]; /* NULL-terminated */
static nitro_binding bindings_api_key_create[5];
static const char *path_api_key_create_data[3]; /* NULL-terminated */
static const char *path_api_key_create_result_secret[2]; /* NULL-terminated */
static const char *path_api_key_create_result_details_id[3]; /* NULL-terminated */
static const char *path_api_key_create_result_details_name[3]; /* NULL-terminated */
static const char *path_api_key_create_result_details_workspace_name[4]; /* NULL-terminated */
static nitro_field_def fields_api_key_create_result_details_workspace[1];
static const char *path_api_key_create_result_details_workspace[3]; /* NULL-terminated */
static nitro_field_def fields_api_key_create_result_details[3];
static nitro_field_def fields_api_key_create_result[2];
static const char *path_api_key_create_errors_0[3]; /* NULL-terminated */
static const char *const *errors_api_key_create[1];
static const char *verbatim_api_key_create[5];
static nitro_text_part text_api_key_create_activity[3];
static nitro_text_part text_api_key_create_success[3];
static nitro_text_part text_api_key_create_no_data[1];
static nitro_text_part text_api_key_create_notice[1];
static const char *path_api_key_create_human_0[3]; /* NULL-terminated */
static const char *path_api_key_create_human_1[3]; /* NULL-terminated */
static const char *path_api_key_create_human_2[4]; /* NULL-terminated */
static const char *path_api_key_create_human_3[2]; /* NULL-terminated */
static nitro_human_line human_api_key_create[4];
static nitro_pick_def picks_api_key_create[1];
static size_t one_of_offsets_api_key_create[2];
static nitro_choice one_of_choices_api_key_create[2];
static nitro_one_of one_of_api_key_create;
static nitro_behaviour behaviour_api_key_create;
const nitro_behaviour *nitro_behaviour_api_key_create(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_api_key_create_var_0[0] = "input";
        path_api_key_create_var_0[1] = "name";
        path_api_key_create_var_1[0] = "input";
        path_api_key_create_var_1[1] = "workspaceId";
        path_api_key_create_var_2[0] = "input";
        path_api_key_create_var_2[1] = "permissionScope";
        path_api_key_create_var_2[2] = "apiId";
        path_api_key_create_var_3[0] = "input";
        path_api_key_create_var_3[1] = "permissionScope";
        path_api_key_create_var_3[2] = "workspaceId";
        path_api_key_create_var_4[0] = "input";
        path_api_key_create_var_4[1] = "roleAssigmentCondition";
        path_api_key_create_var_4[2] = "stageAuthorizationCondition";
        path_api_key_create_var_4[3] = "name";
        bindings_api_key_create[0] = (nitro_binding){path_api_key_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_api_key_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL};
        bindings_api_key_create[1] = (nitro_binding){path_api_key_create_var_1, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_api_key_create[2] = (nitro_binding){path_api_key_create_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_api_key_create, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 3, true, true, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_api_key_create[3] = (nitro_binding){path_api_key_create_var_3, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, true, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_api_key_create[4] = (nitro_binding){path_api_key_create_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_api_key_create, stage_condition), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 2, false, false, "stage-condition", NITRO_NO_OPTION, 0, NULL};
        path_api_key_create_data[0] = "createApiKey";
        path_api_key_create_data[1] = "result";
        path_api_key_create_result_secret[0] = "secret";
        path_api_key_create_result_details_id[0] = "key";
        path_api_key_create_result_details_id[1] = "id";
        path_api_key_create_result_details_name[0] = "key";
        path_api_key_create_result_details_name[1] = "name";
        path_api_key_create_result_details_workspace_name[0] = "key";
        path_api_key_create_result_details_workspace_name[1] = "workspace";
        path_api_key_create_result_details_workspace_name[2] = "name";
        fields_api_key_create_result_details_workspace[0] = (nitro_field_def){"name", path_api_key_create_result_details_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_api_key_create_result_details_workspace[0] = "key";
        path_api_key_create_result_details_workspace[1] = "workspace";
        fields_api_key_create_result_details[0] = (nitro_field_def){"id", path_api_key_create_result_details_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_key_create_result_details[1] = (nitro_field_def){"name", path_api_key_create_result_details_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_key_create_result_details[2] = (nitro_field_def){"workspace", path_api_key_create_result_details_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_key_create_result_details_workspace, 1, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_key_create_result[0] = (nitro_field_def){"secret", path_api_key_create_result_secret, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_key_create_result[1] = (nitro_field_def){"details", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_key_create_result_details, 3, NULL, false, 0, NITRO_OPT_STRING};
        path_api_key_create_errors_0[0] = "createApiKey";
        path_api_key_create_errors_0[1] = "errors";
        errors_api_key_create[0] = path_api_key_create_errors_0;
        verbatim_api_key_create[0] = "ApiNotFoundError";
        verbatim_api_key_create[1] = "WorkspaceNotFound";
        verbatim_api_key_create[2] = "PersonalWorkspaceNotSupportedError";
        verbatim_api_key_create[3] = "RoleNotFoundError";
        verbatim_api_key_create[4] = "ValidationError";
        text_api_key_create_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Creating API key '", {0}, 0, 0};
        text_api_key_create_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_key_create, name), NITRO_OPT_STRING};
        text_api_key_create_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_api_key_create_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Created API key '", {0}, 0, 0};
        text_api_key_create_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_key_create, name), NITRO_OPT_STRING};
        text_api_key_create_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_api_key_create_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        text_api_key_create_notice[0] = (nitro_text_part){NITRO_PART_TEXT, "store the secret now, for example in a secret manager: it is shown only once and cannot be shown again.", {0}, 0, 0};
        path_api_key_create_human_0[0] = "key";
        path_api_key_create_human_0[1] = "id";
        path_api_key_create_human_1[0] = "key";
        path_api_key_create_human_1[1] = "name";
        path_api_key_create_human_2[0] = "key";
        path_api_key_create_human_2[1] = "workspace";
        path_api_key_create_human_2[2] = "name";
        path_api_key_create_human_3[0] = "secret";
        human_api_key_create[0] = (nitro_human_line){"Id", {path_api_key_create_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_key_create[1] = (nitro_human_line){"Name", {path_api_key_create_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_key_create[2] = (nitro_human_line){"Workspace", {path_api_key_create_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_key_create[3] = (nitro_human_line){"Secret", {path_api_key_create_human_3, NITRO_FMT_NONE}, {NULL, 0}};
        picks_api_key_create[0] = (nitro_pick_def){offsetof(nitro_opts_api_key_create, api_id), "api-id", nitro_picker_api(), "For which API do you want to create an API key\?"};
        one_of_offsets_api_key_create[0] = offsetof(nitro_opts_api_key_create, workspace_id);
        one_of_offsets_api_key_create[1] = offsetof(nitro_opts_api_key_create, api_id);
        one_of_choices_api_key_create[0] = (nitro_choice){"Api", offsetof(nitro_opts_api_key_create, api_id), nitro_picker_api(), "For which API do you want to create an API key\?"};
        one_of_choices_api_key_create[1] = (nitro_choice){"Workspace", offsetof(nitro_opts_api_key_create, workspace_id), NULL, NULL};
        one_of_api_key_create = (nitro_one_of){
            .missing = "'--workspace-id' or '--api-id'",
            .offsets = one_of_offsets_api_key_create,
            .n_offsets = 2,
            .question = "Do you want to create the API key scoped to an API or the whole workspace\?",
            .choices = one_of_choices_api_key_create,
            .n_choices = 2,
        };
        behaviour_api_key_create = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_create_api_key_operation(), bindings_api_key_create, 5},
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
    }
    return &behaviour_api_key_create;
}

/* ---- api-key list ---- */
static const char *path_api_key_list_var_0[2]; /* NULL-terminated */
static const char *path_api_key_list_var_1[2]; /* NULL-terminated */
static const char *path_api_key_list_var_2[2]; /* NULL-terminated */
static nitro_binding bindings_api_key_list[3];
static const char *path_api_key_list_data[3]; /* NULL-terminated */
static const char *path_api_key_list_result_id[2]; /* NULL-terminated */
static const char *path_api_key_list_result_name[2]; /* NULL-terminated */
static const char *path_api_key_list_result_workspace_name[3]; /* NULL-terminated */
static nitro_field_def fields_api_key_list_result_workspace[1];
static const char *path_api_key_list_result_workspace[2]; /* NULL-terminated */
static nitro_field_def fields_api_key_list_result[3];
static nitro_text_part text_api_key_list_activity[1];
static nitro_text_part text_api_key_list_not_found[3];
static const char *path_api_key_list_human_0[2]; /* NULL-terminated */
static const char *path_api_key_list_human_1[2]; /* NULL-terminated */
static const char *path_api_key_list_human_2[3]; /* NULL-terminated */
static nitro_human_line human_api_key_list[3];
static const char *path_api_key_list_column_0[2]; /* NULL-terminated */
static const char *path_api_key_list_column_1[2]; /* NULL-terminated */
static nitro_column columns_api_key_list[2];
static nitro_behaviour behaviour_api_key_list;
const nitro_behaviour *nitro_behaviour_api_key_list(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_api_key_list_var_0[0] = "workspaceId";
        path_api_key_list_var_1[0] = "after";
        path_api_key_list_var_2[0] = "first";
        bindings_api_key_list[0] = (nitro_binding){path_api_key_list_var_0, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_api_key_list[1] = (nitro_binding){path_api_key_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_api_key_list[2] = (nitro_binding){path_api_key_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_api_key_list_data[0] = "workspaceById";
        path_api_key_list_data[1] = "apiKeys";
        path_api_key_list_result_id[0] = "id";
        path_api_key_list_result_name[0] = "name";
        path_api_key_list_result_workspace_name[0] = "workspace";
        path_api_key_list_result_workspace_name[1] = "name";
        fields_api_key_list_result_workspace[0] = (nitro_field_def){"name", path_api_key_list_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_api_key_list_result_workspace[0] = "workspace";
        fields_api_key_list_result[0] = (nitro_field_def){"id", path_api_key_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_key_list_result[1] = (nitro_field_def){"name", path_api_key_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_key_list_result[2] = (nitro_field_def){"workspace", path_api_key_list_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_key_list_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING};
        text_api_key_list_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching API keys", {0}, 0, 0};
        text_api_key_list_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The workspace with ID '", {0}, 0, 0};
        text_api_key_list_not_found[1] = (nitro_text_part){NITRO_PART_WORKSPACE, NULL, {0}, 0, 0};
        text_api_key_list_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_api_key_list_human_0[0] = "id";
        path_api_key_list_human_1[0] = "name";
        path_api_key_list_human_2[0] = "workspace";
        path_api_key_list_human_2[1] = "name";
        human_api_key_list[0] = (nitro_human_line){"Id", {path_api_key_list_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_key_list[1] = (nitro_human_line){"Name", {path_api_key_list_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_key_list[2] = (nitro_human_line){"Workspace", {path_api_key_list_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        path_api_key_list_column_0[0] = "id";
        path_api_key_list_column_1[0] = "name";
        columns_api_key_list[0] = (nitro_column){"Id", {path_api_key_list_column_0, NITRO_FMT_NONE}};
        columns_api_key_list[1] = (nitro_column){"Name", {path_api_key_list_column_1, NITRO_FMT_NONE}};
        behaviour_api_key_list = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_list_api_keys_operation(), bindings_api_key_list, 3},
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
    }
    return &behaviour_api_key_list;
}

/* ---- api create ---- */
static const char *path_api_create_var_0[2]; /* NULL-terminated */
static const char *path_api_create_var_1[2]; /* NULL-terminated */
static const char *path_api_create_var_2[2]; /* NULL-terminated */
static const char *path_api_create_var_3[2]; /* NULL-terminated */
static nitro_binding bindings_api_create[4];
static const char *path_api_create_data[5]; /* NULL-terminated */
static const char *path_api_create_result_id[2]; /* NULL-terminated */
static const char *path_api_create_result_name[2]; /* NULL-terminated */
static const char *path_api_create_result_path[2]; /* NULL-terminated */
static const char *path_api_create_result_workspace_name[3]; /* NULL-terminated */
static nitro_field_def fields_api_create_result_workspace[1];
static const char *path_api_create_result_workspace[2]; /* NULL-terminated */
static const char *path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[4]; /* NULL-terminated */
static const char *path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[4]; /* NULL-terminated */
static nitro_field_def fields_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[2];
static nitro_field_def fields_api_create_result_apiDetailPromptSettings[1];
static nitro_field_def fields_api_create_result[5];
static const char *path_api_create_errors_0[3]; /* NULL-terminated */
static const char *path_api_create_errors_1[5]; /* NULL-terminated */
static const char *const *errors_api_create[2];
static const char *verbatim_api_create[3];
static nitro_text_part text_api_create_activity[3];
static nitro_text_part text_api_create_success[3];
static nitro_text_part text_api_create_no_data[1];
static const char *path_api_create_human_0[2]; /* NULL-terminated */
static const char *path_api_create_human_1[2]; /* NULL-terminated */
static const char *path_api_create_human_2[2]; /* NULL-terminated */
static const char *path_api_create_human_3[3]; /* NULL-terminated */
static nitro_human_line human_api_create[4];
static nitro_behaviour behaviour_api_create;
const nitro_behaviour *nitro_behaviour_api_create(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_api_create_var_0[0] = "workspaceId";
        path_api_create_var_1[0] = "path";
        path_api_create_var_2[0] = "name";
        path_api_create_var_3[0] = "kind";
        bindings_api_create[0] = (nitro_binding){path_api_create_var_0, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_api_create[1] = (nitro_binding){path_api_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_api_create, path), NITRO_OPT_STRING, NITRO_XF_SPLIT_PATH, NULL, 0, false, false, "path", NITRO_NO_OPTION, 0, NULL};
        bindings_api_create[2] = (nitro_binding){path_api_create_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_api_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL};
        bindings_api_create[3] = (nitro_binding){path_api_create_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_api_create, kind), NITRO_OPT_STRING, NITRO_XF_UPPER, NULL, 1, false, false, "kind", NITRO_NO_OPTION, 0, NULL};
        path_api_create_data[0] = "pushWorkspaceChanges";
        path_api_create_data[1] = "changes";
        path_api_create_data[2] = "[0]";
        path_api_create_data[3] = "result";
        path_api_create_result_id[0] = "id";
        path_api_create_result_name[0] = "name";
        path_api_create_result_path[0] = "path";
        path_api_create_result_workspace_name[0] = "workspace";
        path_api_create_result_workspace_name[1] = "name";
        fields_api_create_result_workspace[0] = (nitro_field_def){"name", path_api_create_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_api_create_result_workspace[0] = "workspace";
        path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[0] = "settings";
        path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[1] = "schemaRegistry";
        path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[2] = "treatDangerousAsBreaking";
        path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[0] = "settings";
        path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[1] = "schemaRegistry";
        path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[2] = "allowBreakingSchemaChanges";
        fields_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[0] = (nitro_field_def){"treatDangerousAsBreaking", path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[1] = (nitro_field_def){"allowBreakingSchemaChanges", path_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_create_result_apiDetailPromptSettings[0] = (nitro_field_def){"apiDetailPromptSchemaRegistry", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_create_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry, 2, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_create_result[0] = (nitro_field_def){"id", path_api_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_create_result[1] = (nitro_field_def){"name", path_api_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_create_result[2] = (nitro_field_def){"path", path_api_create_result_path, NITRO_VALUE_STRING, NITRO_FMT_JOIN_PATH, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_create_result[3] = (nitro_field_def){"workspace", path_api_create_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_create_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_create_result[4] = (nitro_field_def){"apiDetailPromptSettings", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_create_result_apiDetailPromptSettings, 1, NULL, false, 0, NITRO_OPT_STRING};
        path_api_create_errors_0[0] = "pushWorkspaceChanges";
        path_api_create_errors_0[1] = "errors";
        path_api_create_errors_1[0] = "pushWorkspaceChanges";
        path_api_create_errors_1[1] = "changes";
        path_api_create_errors_1[2] = "[0]";
        path_api_create_errors_1[3] = "error";
        errors_api_create[0] = path_api_create_errors_0;
        errors_api_create[1] = path_api_create_errors_1;
        verbatim_api_create[0] = "ChangeValidationFailed";
        verbatim_api_create[1] = "UnexpectedErrorOnChange";
        verbatim_api_create[2] = "WorkspaceNotFoundForChange";
        text_api_create_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Creating API '", {0}, 0, 0};
        text_api_create_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_create, name), NITRO_OPT_STRING};
        text_api_create_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_api_create_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Created API '", {0}, 0, 0};
        text_api_create_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_create, name), NITRO_OPT_STRING};
        text_api_create_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_api_create_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        path_api_create_human_0[0] = "id";
        path_api_create_human_1[0] = "name";
        path_api_create_human_2[0] = "path";
        path_api_create_human_3[0] = "workspace";
        path_api_create_human_3[1] = "name";
        human_api_create[0] = (nitro_human_line){"Id", {path_api_create_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_create[1] = (nitro_human_line){"Name", {path_api_create_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_create[2] = (nitro_human_line){"Path", {path_api_create_human_2, NITRO_FMT_JOIN_PATH}, {NULL, 0}};
        human_api_create[3] = (nitro_human_line){"Workspace", {path_api_create_human_3, NITRO_FMT_NONE}, {NULL, 0}};
        behaviour_api_create = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_create_api_operation(), bindings_api_create, 4},
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
    }
    return &behaviour_api_create;
}

/* ---- api list ---- */
static const char *path_api_list_var_0[2]; /* NULL-terminated */
static const char *path_api_list_var_1[2]; /* NULL-terminated */
static const char *path_api_list_var_2[2]; /* NULL-terminated */
static nitro_binding bindings_api_list[3];
static const char *path_api_list_data[3]; /* NULL-terminated */
static const char *path_api_list_result_id[2]; /* NULL-terminated */
static const char *path_api_list_result_name[2]; /* NULL-terminated */
static const char *path_api_list_result_path[2]; /* NULL-terminated */
static const char *path_api_list_result_workspace_name[3]; /* NULL-terminated */
static nitro_field_def fields_api_list_result_workspace[1];
static const char *path_api_list_result_workspace[2]; /* NULL-terminated */
static const char *path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[4]; /* NULL-terminated */
static const char *path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[4]; /* NULL-terminated */
static nitro_field_def fields_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[2];
static nitro_field_def fields_api_list_result_apiDetailPromptSettings[1];
static nitro_field_def fields_api_list_result[5];
static nitro_text_part text_api_list_activity[1];
static nitro_text_part text_api_list_not_found[3];
static const char *path_api_list_human_0[2]; /* NULL-terminated */
static const char *path_api_list_human_1[2]; /* NULL-terminated */
static const char *path_api_list_human_2[2]; /* NULL-terminated */
static const char *path_api_list_human_3[3]; /* NULL-terminated */
static nitro_human_line human_api_list[4];
static const char *path_api_list_column_0[2]; /* NULL-terminated */
static const char *path_api_list_column_1[2]; /* NULL-terminated */
static const char *path_api_list_column_2[2]; /* NULL-terminated */
static nitro_column columns_api_list[3];
static nitro_behaviour behaviour_api_list;
const nitro_behaviour *nitro_behaviour_api_list(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_api_list_var_0[0] = "workspaceId";
        path_api_list_var_1[0] = "after";
        path_api_list_var_2[0] = "first";
        bindings_api_list[0] = (nitro_binding){path_api_list_var_0, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_api_list[1] = (nitro_binding){path_api_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_api_list[2] = (nitro_binding){path_api_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_api_list_data[0] = "workspaceById";
        path_api_list_data[1] = "apis";
        path_api_list_result_id[0] = "id";
        path_api_list_result_name[0] = "name";
        path_api_list_result_path[0] = "path";
        path_api_list_result_workspace_name[0] = "workspace";
        path_api_list_result_workspace_name[1] = "name";
        fields_api_list_result_workspace[0] = (nitro_field_def){"name", path_api_list_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_api_list_result_workspace[0] = "workspace";
        path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[0] = "settings";
        path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[1] = "schemaRegistry";
        path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[2] = "treatDangerousAsBreaking";
        path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[0] = "settings";
        path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[1] = "schemaRegistry";
        path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[2] = "allowBreakingSchemaChanges";
        fields_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[0] = (nitro_field_def){"treatDangerousAsBreaking", path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[1] = (nitro_field_def){"allowBreakingSchemaChanges", path_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_list_result_apiDetailPromptSettings[0] = (nitro_field_def){"apiDetailPromptSchemaRegistry", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_list_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry, 2, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_list_result[0] = (nitro_field_def){"id", path_api_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_list_result[1] = (nitro_field_def){"name", path_api_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_list_result[2] = (nitro_field_def){"path", path_api_list_result_path, NITRO_VALUE_STRING, NITRO_FMT_JOIN_PATH, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_list_result[3] = (nitro_field_def){"workspace", path_api_list_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_list_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_list_result[4] = (nitro_field_def){"apiDetailPromptSettings", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_list_result_apiDetailPromptSettings, 1, NULL, false, 0, NITRO_OPT_STRING};
        text_api_list_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching APIs", {0}, 0, 0};
        text_api_list_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The workspace with ID '", {0}, 0, 0};
        text_api_list_not_found[1] = (nitro_text_part){NITRO_PART_WORKSPACE, NULL, {0}, 0, 0};
        text_api_list_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_api_list_human_0[0] = "id";
        path_api_list_human_1[0] = "name";
        path_api_list_human_2[0] = "path";
        path_api_list_human_3[0] = "workspace";
        path_api_list_human_3[1] = "name";
        human_api_list[0] = (nitro_human_line){"Id", {path_api_list_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_list[1] = (nitro_human_line){"Name", {path_api_list_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_list[2] = (nitro_human_line){"Path", {path_api_list_human_2, NITRO_FMT_JOIN_PATH}, {NULL, 0}};
        human_api_list[3] = (nitro_human_line){"Workspace", {path_api_list_human_3, NITRO_FMT_NONE}, {NULL, 0}};
        path_api_list_column_0[0] = "id";
        path_api_list_column_1[0] = "name";
        path_api_list_column_2[0] = "path";
        columns_api_list[0] = (nitro_column){"Id", {path_api_list_column_0, NITRO_FMT_NONE}};
        columns_api_list[1] = (nitro_column){"Name", {path_api_list_column_1, NITRO_FMT_NONE}};
        columns_api_list[2] = (nitro_column){"Path", {path_api_list_column_2, NITRO_FMT_JOIN_PATH}};
        behaviour_api_list = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_list_apis_operation(), bindings_api_list, 3},
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
    }
    return &behaviour_api_list;
}

/* ---- api show ---- */
static const char *path_api_show_var_0[2]; /* NULL-terminated */
static nitro_binding bindings_api_show[1];
static const char *path_api_show_data[2]; /* NULL-terminated */
static const char *path_api_show_result_id[2]; /* NULL-terminated */
static const char *path_api_show_result_name[2]; /* NULL-terminated */
static const char *path_api_show_result_path[2]; /* NULL-terminated */
static const char *path_api_show_result_workspace_name[3]; /* NULL-terminated */
static nitro_field_def fields_api_show_result_workspace[1];
static const char *path_api_show_result_workspace[2]; /* NULL-terminated */
static const char *path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[4]; /* NULL-terminated */
static const char *path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[4]; /* NULL-terminated */
static nitro_field_def fields_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[2];
static nitro_field_def fields_api_show_result_apiDetailPromptSettings[1];
static nitro_field_def fields_api_show_result[5];
static nitro_text_part text_api_show_activity[1];
static nitro_text_part text_api_show_not_found[3];
static const char *path_api_show_human_0[2]; /* NULL-terminated */
static const char *path_api_show_human_1[2]; /* NULL-terminated */
static const char *path_api_show_human_2[2]; /* NULL-terminated */
static const char *path_api_show_human_3[3]; /* NULL-terminated */
static nitro_human_line human_api_show[4];
static nitro_behaviour behaviour_api_show;
const nitro_behaviour *nitro_behaviour_api_show(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_api_show_var_0[0] = "apiId";
        bindings_api_show[0] = (nitro_binding){path_api_show_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_api_show, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        path_api_show_data[0] = "node";
        path_api_show_result_id[0] = "id";
        path_api_show_result_name[0] = "name";
        path_api_show_result_path[0] = "path";
        path_api_show_result_workspace_name[0] = "workspace";
        path_api_show_result_workspace_name[1] = "name";
        fields_api_show_result_workspace[0] = (nitro_field_def){"name", path_api_show_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_api_show_result_workspace[0] = "workspace";
        path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[0] = "settings";
        path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[1] = "schemaRegistry";
        path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[2] = "treatDangerousAsBreaking";
        path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[0] = "settings";
        path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[1] = "schemaRegistry";
        path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[2] = "allowBreakingSchemaChanges";
        fields_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[0] = (nitro_field_def){"treatDangerousAsBreaking", path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[1] = (nitro_field_def){"allowBreakingSchemaChanges", path_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_show_result_apiDetailPromptSettings[0] = (nitro_field_def){"apiDetailPromptSchemaRegistry", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_show_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry, 2, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_show_result[0] = (nitro_field_def){"id", path_api_show_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_show_result[1] = (nitro_field_def){"name", path_api_show_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_show_result[2] = (nitro_field_def){"path", path_api_show_result_path, NITRO_VALUE_STRING, NITRO_FMT_JOIN_PATH, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_show_result[3] = (nitro_field_def){"workspace", path_api_show_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_show_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_show_result[4] = (nitro_field_def){"apiDetailPromptSettings", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_show_result_apiDetailPromptSettings, 1, NULL, false, 0, NITRO_OPT_STRING};
        text_api_show_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching API", {0}, 0, 0};
        text_api_show_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0};
        text_api_show_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_show, id), NITRO_OPT_STRING};
        text_api_show_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_api_show_human_0[0] = "id";
        path_api_show_human_1[0] = "name";
        path_api_show_human_2[0] = "path";
        path_api_show_human_3[0] = "workspace";
        path_api_show_human_3[1] = "name";
        human_api_show[0] = (nitro_human_line){"Id", {path_api_show_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_show[1] = (nitro_human_line){"Name", {path_api_show_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_show[2] = (nitro_human_line){"Path", {path_api_show_human_2, NITRO_FMT_JOIN_PATH}, {NULL, 0}};
        human_api_show[3] = (nitro_human_line){"Workspace", {path_api_show_human_3, NITRO_FMT_NONE}, {NULL, 0}};
        behaviour_api_show = (nitro_behaviour){
            .kind = NITRO_KIND_QUERY,
            .request = {gql_show_api_operation(), bindings_api_show, 1},
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
    }
    return &behaviour_api_show;
}

/* ---- api delete ---- */
static const char *path_api_delete_var_0[2]; /* NULL-terminated */
static nitro_binding bindings_api_delete[1];
static const char *path_api_delete_data[3]; /* NULL-terminated */
static const char *path_api_delete_result_id[2]; /* NULL-terminated */
static const char *path_api_delete_result_name[2]; /* NULL-terminated */
static const char *path_api_delete_result_path[2]; /* NULL-terminated */
static const char *path_api_delete_result_workspace_name[3]; /* NULL-terminated */
static nitro_field_def fields_api_delete_result_workspace[1];
static const char *path_api_delete_result_workspace[2]; /* NULL-terminated */
static const char *path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[4]; /* NULL-terminated */
static const char *path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[4]; /* NULL-terminated */
static nitro_field_def fields_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[2];
static nitro_field_def fields_api_delete_result_apiDetailPromptSettings[1];
static nitro_field_def fields_api_delete_result[5];
static const char *path_api_delete_errors_0[3]; /* NULL-terminated */
static const char *const *errors_api_delete[1];
static nitro_text_part text_api_delete_activity[3];
static nitro_text_part text_api_delete_success[3];
static nitro_text_part text_api_delete_no_data[1];
static const char *path_api_delete_confirm_1[2]; /* NULL-terminated */
static nitro_text_part text_api_delete_confirm[2];
static nitro_text_part text_api_delete_declined[1];
static const char *path_api_delete_human_0[2]; /* NULL-terminated */
static const char *path_api_delete_human_1[2]; /* NULL-terminated */
static const char *path_api_delete_human_2[2]; /* NULL-terminated */
static const char *path_api_delete_human_3[3]; /* NULL-terminated */
static nitro_human_line human_api_delete[4];
static const char *path_api_delete_check_var_0[2]; /* NULL-terminated */
static nitro_binding bindings_api_delete_check[1];
static const char *path_api_delete_check_data[2]; /* NULL-terminated */
static nitro_text_part text_api_delete_check_not_found[3];
static nitro_behaviour behaviour_api_delete_check;
static nitro_behaviour behaviour_api_delete;
const nitro_behaviour *nitro_behaviour_api_delete(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_api_delete_var_0[0] = "apiId";
        bindings_api_delete[0] = (nitro_binding){path_api_delete_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_api_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        path_api_delete_data[0] = "deleteApiById";
        path_api_delete_data[1] = "api";
        path_api_delete_result_id[0] = "id";
        path_api_delete_result_name[0] = "name";
        path_api_delete_result_path[0] = "path";
        path_api_delete_result_workspace_name[0] = "workspace";
        path_api_delete_result_workspace_name[1] = "name";
        fields_api_delete_result_workspace[0] = (nitro_field_def){"name", path_api_delete_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_api_delete_result_workspace[0] = "workspace";
        path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[0] = "settings";
        path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[1] = "schemaRegistry";
        path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking[2] = "treatDangerousAsBreaking";
        path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[0] = "settings";
        path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[1] = "schemaRegistry";
        path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges[2] = "allowBreakingSchemaChanges";
        fields_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[0] = (nitro_field_def){"treatDangerousAsBreaking", path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_treatDangerousAsBreaking, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry[1] = (nitro_field_def){"allowBreakingSchemaChanges", path_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry_allowBreakingSchemaChanges, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_delete_result_apiDetailPromptSettings[0] = (nitro_field_def){"apiDetailPromptSchemaRegistry", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_delete_result_apiDetailPromptSettings_apiDetailPromptSchemaRegistry, 2, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_delete_result[0] = (nitro_field_def){"id", path_api_delete_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_delete_result[1] = (nitro_field_def){"name", path_api_delete_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_delete_result[2] = (nitro_field_def){"path", path_api_delete_result_path, NITRO_VALUE_STRING, NITRO_FMT_JOIN_PATH, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_delete_result[3] = (nitro_field_def){"workspace", path_api_delete_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_delete_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_delete_result[4] = (nitro_field_def){"apiDetailPromptSettings", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_delete_result_apiDetailPromptSettings, 1, NULL, false, 0, NITRO_OPT_STRING};
        path_api_delete_errors_0[0] = "deleteApiById";
        path_api_delete_errors_0[1] = "errors";
        errors_api_delete[0] = path_api_delete_errors_0;
        text_api_delete_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Deleting API '", {0}, 0, 0};
        text_api_delete_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_delete, id), NITRO_OPT_STRING};
        text_api_delete_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_api_delete_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Deleted API '", {0}, 0, 0};
        text_api_delete_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_delete, id), NITRO_OPT_STRING};
        text_api_delete_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_api_delete_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        path_api_delete_confirm_1[0] = "name";
        text_api_delete_confirm[0] = (nitro_text_part){NITRO_PART_TEXT, "Do you really want to delete API ", {0}, 0, 0};
        text_api_delete_confirm[1] = (nitro_text_part){NITRO_PART_CHECK, NULL, {path_api_delete_confirm_1, NITRO_FMT_NONE}, 0, 0};
        text_api_delete_declined[0] = (nitro_text_part){NITRO_PART_TEXT, "The API was not deleted.", {0}, 0, 0};
        path_api_delete_human_0[0] = "id";
        path_api_delete_human_1[0] = "name";
        path_api_delete_human_2[0] = "path";
        path_api_delete_human_3[0] = "workspace";
        path_api_delete_human_3[1] = "name";
        human_api_delete[0] = (nitro_human_line){"Id", {path_api_delete_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_delete[1] = (nitro_human_line){"Name", {path_api_delete_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_delete[2] = (nitro_human_line){"Path", {path_api_delete_human_2, NITRO_FMT_JOIN_PATH}, {NULL, 0}};
        human_api_delete[3] = (nitro_human_line){"Workspace", {path_api_delete_human_3, NITRO_FMT_NONE}, {NULL, 0}};
        path_api_delete_check_var_0[0] = "apiId";
        bindings_api_delete_check[0] = (nitro_binding){path_api_delete_check_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_api_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        path_api_delete_check_data[0] = "node";
        text_api_delete_check_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0};
        text_api_delete_check_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_delete, id), NITRO_OPT_STRING};
        text_api_delete_check_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        behaviour_api_delete_check = (nitro_behaviour){
            .kind = NITRO_KIND_QUERY,
            .request = {gql_delete_api_check_operation(), bindings_api_delete_check, 1},
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
        behaviour_api_delete = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_delete_api_operation(), bindings_api_delete, 1},
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
            .check = &behaviour_api_delete_check,
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
    }
    return &behaviour_api_delete;
}

/* ---- client create ---- */
static const char *path_client_create_var_0[3]; /* NULL-terminated */
static const char *path_client_create_var_1[3]; /* NULL-terminated */
static nitro_binding bindings_client_create[2];
static const char *path_client_create_data[3]; /* NULL-terminated */
static const char *path_client_create_result_id[2]; /* NULL-terminated */
static const char *path_client_create_result_name[2]; /* NULL-terminated */
static const char *path_client_create_result_api_name[3]; /* NULL-terminated */
static nitro_field_def fields_client_create_result_api[1];
static const char *path_client_create_result_api[2]; /* NULL-terminated */
static nitro_field_def fields_client_create_result[3];
static const char *path_client_create_errors_0[3]; /* NULL-terminated */
static const char *const *errors_client_create[1];
static const char *verbatim_client_create[2];
static nitro_text_part text_client_create_activity[5];
static nitro_text_part text_client_create_success[3];
static nitro_text_part text_client_create_no_data[1];
static const char *path_client_create_human_0[2]; /* NULL-terminated */
static const char *path_client_create_human_1[2]; /* NULL-terminated */
static const char *path_client_create_human_2[3]; /* NULL-terminated */
static nitro_human_line human_client_create[3];
static nitro_pick_def picks_client_create[1];
static nitro_behaviour behaviour_client_create;
const nitro_behaviour *nitro_behaviour_client_create(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_client_create_var_0[0] = "input";
        path_client_create_var_0[1] = "apiId";
        path_client_create_var_1[0] = "input";
        path_client_create_var_1[1] = "name";
        bindings_client_create[0] = (nitro_binding){path_client_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_create, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_client_create[1] = (nitro_binding){path_client_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_client_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL};
        path_client_create_data[0] = "createClient";
        path_client_create_data[1] = "client";
        path_client_create_result_id[0] = "id";
        path_client_create_result_name[0] = "name";
        path_client_create_result_api_name[0] = "api";
        path_client_create_result_api_name[1] = "name";
        fields_client_create_result_api[0] = (nitro_field_def){"name", path_client_create_result_api_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_client_create_result_api[0] = "api";
        fields_client_create_result[0] = (nitro_field_def){"id", path_client_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_create_result[1] = (nitro_field_def){"name", path_client_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_create_result[2] = (nitro_field_def){"api", path_client_create_result_api, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_create_result_api, 1, NULL, false, 0, NITRO_OPT_STRING};
        path_client_create_errors_0[0] = "createClient";
        path_client_create_errors_0[1] = "errors";
        errors_client_create[0] = path_client_create_errors_0;
        verbatim_client_create[0] = "ApiNotFoundError";
        verbatim_client_create[1] = "UnauthorizedOperation";
        text_client_create_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Creating client '", {0}, 0, 0};
        text_client_create_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_create, name), NITRO_OPT_STRING};
        text_client_create_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' for API '", {0}, 0, 0};
        text_client_create_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_create, api_id), NITRO_OPT_STRING};
        text_client_create_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_client_create_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Created client '", {0}, 0, 0};
        text_client_create_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_create, name), NITRO_OPT_STRING};
        text_client_create_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_client_create_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        path_client_create_human_0[0] = "id";
        path_client_create_human_1[0] = "name";
        path_client_create_human_2[0] = "api";
        path_client_create_human_2[1] = "name";
        human_client_create[0] = (nitro_human_line){"Id", {path_client_create_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_client_create[1] = (nitro_human_line){"Name", {path_client_create_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_client_create[2] = (nitro_human_line){"Api", {path_client_create_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        picks_client_create[0] = (nitro_pick_def){offsetof(nitro_opts_client_create, api_id), "api-id", nitro_picker_api(), "For which API do you want to create a client\?"};
        behaviour_client_create = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_create_client_operation(), bindings_client_create, 2},
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
    }
    return &behaviour_client_create;
}

/* ---- client delete ---- */
static const char *path_client_delete_var_0[3]; /* NULL-terminated */
static nitro_binding bindings_client_delete[1];
static const char *path_client_delete_data[3]; /* NULL-terminated */
static const char *path_client_delete_result_id[2]; /* NULL-terminated */
static const char *path_client_delete_result_name[2]; /* NULL-terminated */
static const char *path_client_delete_result_api_name[3]; /* NULL-terminated */
static nitro_field_def fields_client_delete_result_api[1];
static const char *path_client_delete_result_api[2]; /* NULL-terminated */
static nitro_field_def fields_client_delete_result[3];
static const char *path_client_delete_errors_0[3]; /* NULL-terminated */
static const char *const *errors_client_delete[1];
static const char *verbatim_client_delete[2];
static nitro_text_part text_client_delete_activity[3];
static nitro_text_part text_client_delete_success[3];
static nitro_text_part text_client_delete_no_data[1];
static const char *path_client_delete_confirm_1[2]; /* NULL-terminated */
static nitro_text_part text_client_delete_confirm[5];
static nitro_text_part text_client_delete_declined[1];
static const char *path_client_delete_human_0[2]; /* NULL-terminated */
static const char *path_client_delete_human_1[2]; /* NULL-terminated */
static const char *path_client_delete_human_2[3]; /* NULL-terminated */
static nitro_human_line human_client_delete[3];
static const char *path_client_delete_check_var_0[2]; /* NULL-terminated */
static nitro_binding bindings_client_delete_check[1];
static const char *path_client_delete_check_data[2]; /* NULL-terminated */
static nitro_text_part text_client_delete_check_not_found[3];
static nitro_behaviour behaviour_client_delete_check;
static nitro_behaviour behaviour_client_delete;
const nitro_behaviour *nitro_behaviour_client_delete(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_client_delete_var_0[0] = "input";
        path_client_delete_var_0[1] = "clientId";
        bindings_client_delete[0] = (nitro_binding){path_client_delete_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        path_client_delete_data[0] = "deleteClientById";
        path_client_delete_data[1] = "client";
        path_client_delete_result_id[0] = "id";
        path_client_delete_result_name[0] = "name";
        path_client_delete_result_api_name[0] = "api";
        path_client_delete_result_api_name[1] = "name";
        fields_client_delete_result_api[0] = (nitro_field_def){"name", path_client_delete_result_api_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_client_delete_result_api[0] = "api";
        fields_client_delete_result[0] = (nitro_field_def){"id", path_client_delete_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_delete_result[1] = (nitro_field_def){"name", path_client_delete_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_delete_result[2] = (nitro_field_def){"api", path_client_delete_result_api, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_delete_result_api, 1, NULL, false, 0, NITRO_OPT_STRING};
        path_client_delete_errors_0[0] = "deleteClientById";
        path_client_delete_errors_0[1] = "errors";
        errors_client_delete[0] = path_client_delete_errors_0;
        verbatim_client_delete[0] = "ClientNotFoundError";
        verbatim_client_delete[1] = "UnauthorizedOperation";
        text_client_delete_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Deleting client '", {0}, 0, 0};
        text_client_delete_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_delete, id), NITRO_OPT_STRING};
        text_client_delete_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_client_delete_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Deleted client '", {0}, 0, 0};
        text_client_delete_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_delete, id), NITRO_OPT_STRING};
        text_client_delete_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_client_delete_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        path_client_delete_confirm_1[0] = "name";
        text_client_delete_confirm[0] = (nitro_text_part){NITRO_PART_TEXT, "Do you want to delete the client '", {0}, 0, 0};
        text_client_delete_confirm[1] = (nitro_text_part){NITRO_PART_CHECK, NULL, {path_client_delete_confirm_1, NITRO_FMT_NONE}, 0, 0};
        text_client_delete_confirm[2] = (nitro_text_part){NITRO_PART_TEXT, "' with ID ", {0}, 0, 0};
        text_client_delete_confirm[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_delete, id), NITRO_OPT_STRING};
        text_client_delete_confirm[4] = (nitro_text_part){NITRO_PART_TEXT, "\?", {0}, 0, 0};
        text_client_delete_declined[0] = (nitro_text_part){NITRO_PART_TEXT, "Aborted.", {0}, 0, 0};
        path_client_delete_human_0[0] = "id";
        path_client_delete_human_1[0] = "name";
        path_client_delete_human_2[0] = "api";
        path_client_delete_human_2[1] = "name";
        human_client_delete[0] = (nitro_human_line){"Id", {path_client_delete_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_client_delete[1] = (nitro_human_line){"Name", {path_client_delete_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_client_delete[2] = (nitro_human_line){"Api", {path_client_delete_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        path_client_delete_check_var_0[0] = "clientId";
        bindings_client_delete_check[0] = (nitro_binding){path_client_delete_check_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        path_client_delete_check_data[0] = "node";
        text_client_delete_check_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The client with ID '", {0}, 0, 0};
        text_client_delete_check_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_delete, id), NITRO_OPT_STRING};
        text_client_delete_check_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        behaviour_client_delete_check = (nitro_behaviour){
            .kind = NITRO_KIND_QUERY,
            .request = {gql_show_client_operation(), bindings_client_delete_check, 1},
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
        behaviour_client_delete = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_delete_client_operation(), bindings_client_delete, 1},
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
            .check = &behaviour_client_delete_check,
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
    }
    return &behaviour_client_delete;
}

/* ---- client show ---- */
static const char *path_client_show_var_0[2]; /* NULL-terminated */
static nitro_binding bindings_client_show[1];
static const char *path_client_show_data[2]; /* NULL-terminated */
static const char *path_client_show_result_id[2]; /* NULL-terminated */
static const char *path_client_show_result_name[2]; /* NULL-terminated */
static const char *path_client_show_result_api_name[3]; /* NULL-terminated */
static nitro_field_def fields_client_show_result_api[1];
static const char *path_client_show_result_api[2]; /* NULL-terminated */
static nitro_field_def fields_client_show_result[3];
static nitro_text_part text_client_show_activity[1];
static nitro_text_part text_client_show_not_found[3];
static const char *path_client_show_human_0[2]; /* NULL-terminated */
static const char *path_client_show_human_1[2]; /* NULL-terminated */
static const char *path_client_show_human_2[3]; /* NULL-terminated */
static nitro_human_line human_client_show[3];
static nitro_behaviour behaviour_client_show;
const nitro_behaviour *nitro_behaviour_client_show(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_client_show_var_0[0] = "clientId";
        bindings_client_show[0] = (nitro_binding){path_client_show_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_show, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        path_client_show_data[0] = "node";
        path_client_show_result_id[0] = "id";
        path_client_show_result_name[0] = "name";
        path_client_show_result_api_name[0] = "api";
        path_client_show_result_api_name[1] = "name";
        fields_client_show_result_api[0] = (nitro_field_def){"name", path_client_show_result_api_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_client_show_result_api[0] = "api";
        fields_client_show_result[0] = (nitro_field_def){"id", path_client_show_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_show_result[1] = (nitro_field_def){"name", path_client_show_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_show_result[2] = (nitro_field_def){"api", path_client_show_result_api, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_show_result_api, 1, NULL, false, 0, NITRO_OPT_STRING};
        text_client_show_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching client", {0}, 0, 0};
        text_client_show_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The client with ID '", {0}, 0, 0};
        text_client_show_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_show, id), NITRO_OPT_STRING};
        text_client_show_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_client_show_human_0[0] = "id";
        path_client_show_human_1[0] = "name";
        path_client_show_human_2[0] = "api";
        path_client_show_human_2[1] = "name";
        human_client_show[0] = (nitro_human_line){"Id", {path_client_show_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_client_show[1] = (nitro_human_line){"Name", {path_client_show_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_client_show[2] = (nitro_human_line){"Api", {path_client_show_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        behaviour_client_show = (nitro_behaviour){
            .kind = NITRO_KIND_QUERY,
            .request = {gql_show_client_operation(), bindings_client_show, 1},
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
    }
    return &behaviour_client_show;
}

/* ---- client list ---- */
static const char *path_client_list_var_0[2]; /* NULL-terminated */
static const char *path_client_list_var_1[2]; /* NULL-terminated */
static const char *path_client_list_var_2[2]; /* NULL-terminated */
static nitro_binding bindings_client_list[3];
static const char *path_client_list_data[3]; /* NULL-terminated */
static const char *path_client_list_result_id[2]; /* NULL-terminated */
static const char *path_client_list_result_name[2]; /* NULL-terminated */
static const char *path_client_list_result_api_name[3]; /* NULL-terminated */
static nitro_field_def fields_client_list_result_api[1];
static const char *path_client_list_result_api[2]; /* NULL-terminated */
static nitro_field_def fields_client_list_result[3];
static nitro_text_part text_client_list_activity[1];
static nitro_text_part text_client_list_not_found[3];
static const char *path_client_list_human_0[2]; /* NULL-terminated */
static const char *path_client_list_human_1[2]; /* NULL-terminated */
static const char *path_client_list_human_2[3]; /* NULL-terminated */
static nitro_human_line human_client_list[3];
static const char *path_client_list_column_0[2]; /* NULL-terminated */
static const char *path_client_list_column_1[2]; /* NULL-terminated */
static nitro_column columns_client_list[2];
static nitro_pick_def picks_client_list[1];
static nitro_behaviour behaviour_client_list;
const nitro_behaviour *nitro_behaviour_client_list(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_client_list_var_0[0] = "apiId";
        path_client_list_var_1[0] = "after";
        path_client_list_var_2[0] = "first";
        bindings_client_list[0] = (nitro_binding){path_client_list_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_list, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_client_list[1] = (nitro_binding){path_client_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_client_list[2] = (nitro_binding){path_client_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_client_list_data[0] = "node";
        path_client_list_data[1] = "clients";
        path_client_list_result_id[0] = "id";
        path_client_list_result_name[0] = "name";
        path_client_list_result_api_name[0] = "api";
        path_client_list_result_api_name[1] = "name";
        fields_client_list_result_api[0] = (nitro_field_def){"name", path_client_list_result_api_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_client_list_result_api[0] = "api";
        fields_client_list_result[0] = (nitro_field_def){"id", path_client_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_list_result[1] = (nitro_field_def){"name", path_client_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_list_result[2] = (nitro_field_def){"api", path_client_list_result_api, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_client_list_result_api, 1, NULL, false, 0, NITRO_OPT_STRING};
        text_client_list_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching clients", {0}, 0, 0};
        text_client_list_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0};
        text_client_list_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_list, api_id), NITRO_OPT_STRING};
        text_client_list_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_client_list_human_0[0] = "id";
        path_client_list_human_1[0] = "name";
        path_client_list_human_2[0] = "api";
        path_client_list_human_2[1] = "name";
        human_client_list[0] = (nitro_human_line){"Id", {path_client_list_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_client_list[1] = (nitro_human_line){"Name", {path_client_list_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_client_list[2] = (nitro_human_line){"Api", {path_client_list_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        path_client_list_column_0[0] = "id";
        path_client_list_column_1[0] = "name";
        columns_client_list[0] = (nitro_column){"Id", {path_client_list_column_0, NITRO_FMT_NONE}};
        columns_client_list[1] = (nitro_column){"Name", {path_client_list_column_1, NITRO_FMT_NONE}};
        picks_client_list[0] = (nitro_pick_def){offsetof(nitro_opts_client_list, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        behaviour_client_list = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_list_clients_operation(), bindings_client_list, 3},
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
    }
    return &behaviour_client_list;
}

/* ---- client list versions ---- */
static const char *path_client_list_versions_var_0[2]; /* NULL-terminated */
static nitro_binding bindings_client_list_versions[1];
static const char *path_client_list_versions_data[3]; /* NULL-terminated */
static const char *path_client_list_versions_result_tag[2]; /* NULL-terminated */
static const char *path_client_list_versions_result_createdAt[2]; /* NULL-terminated */
static const char *path_client_list_versions_result_stages_item[3]; /* NULL-terminated */
static nitro_field_def fields_client_list_versions_result_stages[1];
static const char *path_client_list_versions_result_stages[2]; /* NULL-terminated */
static nitro_field_def fields_client_list_versions_result[3];
static nitro_text_part text_client_list_versions_activity[1];
static nitro_text_part text_client_list_versions_not_found[3];
static const char *path_client_list_versions_column_0[2]; /* NULL-terminated */
static const char *path_client_list_versions_column_1[2]; /* NULL-terminated */
static nitro_column columns_client_list_versions[2];
static const char *path_client_list_versions_next_page_var_0[2]; /* NULL-terminated */
static const char *path_client_list_versions_next_page_var_1[2]; /* NULL-terminated */
static nitro_binding bindings_client_list_versions_next_page[2];
static const char *path_client_list_versions_next_page_connection[3]; /* NULL-terminated */
static nitro_next_page_def next_page_client_list_versions;
static nitro_behaviour behaviour_client_list_versions;
const nitro_behaviour *nitro_behaviour_client_list_versions(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_client_list_versions_var_0[0] = "clientId";
        bindings_client_list_versions[0] = (nitro_binding){path_client_list_versions_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_list_versions, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL};
        path_client_list_versions_data[0] = "node";
        path_client_list_versions_data[1] = "versions";
        path_client_list_versions_result_tag[0] = "tag";
        path_client_list_versions_result_createdAt[0] = "createdAt";
        path_client_list_versions_result_stages_item[0] = "stage";
        path_client_list_versions_result_stages_item[1] = "name";
        fields_client_list_versions_result_stages[0] = (nitro_field_def){"", path_client_list_versions_result_stages_item, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_client_list_versions_result_stages[0] = "publishedTo";
        fields_client_list_versions_result[0] = (nitro_field_def){"tag", path_client_list_versions_result_tag, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_list_versions_result[1] = (nitro_field_def){"createdAt", path_client_list_versions_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_list_versions_result[2] = (nitro_field_def){"stages", path_client_list_versions_result_stages, NITRO_VALUE_STRING_LIST, NITRO_FMT_NONE, fields_client_list_versions_result_stages, 1, NULL, false, 0, NITRO_OPT_STRING};
        text_client_list_versions_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching client versions", {0}, 0, 0};
        text_client_list_versions_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The client with ID '", {0}, 0, 0};
        text_client_list_versions_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_list_versions, client_id), NITRO_OPT_STRING};
        text_client_list_versions_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_client_list_versions_column_0[0] = "tag";
        path_client_list_versions_column_1[0] = "createdAt";
        columns_client_list_versions[0] = (nitro_column){"Tag", {path_client_list_versions_column_0, NITRO_FMT_NONE}};
        columns_client_list_versions[1] = (nitro_column){"Created at", {path_client_list_versions_column_1, NITRO_FMT_DATETIME}};
        path_client_list_versions_next_page_var_0[0] = "id";
        path_client_list_versions_next_page_var_1[0] = "after";
        bindings_client_list_versions_next_page[0] = (nitro_binding){path_client_list_versions_next_page_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_list_versions, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL};
        bindings_client_list_versions_next_page[1] = (nitro_binding){path_client_list_versions_next_page_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_client_list_versions_next_page_connection[0] = "node";
        path_client_list_versions_next_page_connection[1] = "versions";
        next_page_client_list_versions = (nitro_next_page_def){
            .request = {gql_page_client_versions_operation(), bindings_client_list_versions_next_page, 2},
            .connection = path_client_list_versions_next_page_connection,
        };
        behaviour_client_list_versions = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_show_client_operation(), bindings_client_list_versions, 1},
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
    }
    return &behaviour_client_list_versions;
}

/* ---- client list published-versions ---- */
static const char *path_client_list_published_versions_var_0[2]; /* NULL-terminated */
static nitro_binding bindings_client_list_published_versions[1];
static const char *path_client_list_published_versions_data[3]; /* NULL-terminated */
static const char *path_client_list_published_versions_result_tag[2]; /* NULL-terminated */
static const char *path_client_list_published_versions_result_createdAt[2]; /* NULL-terminated */
static const char *path_client_list_published_versions_result_stages_item[3]; /* NULL-terminated */
static nitro_field_def fields_client_list_published_versions_result_stages[1];
static const char *path_client_list_published_versions_result_stages[2]; /* NULL-terminated */
static nitro_field_def fields_client_list_published_versions_result[3];
static nitro_text_part text_client_list_published_versions_activity[1];
static nitro_text_part text_client_list_published_versions_not_found[3];
static const char *path_client_list_published_versions_column_0[2]; /* NULL-terminated */
static const char *path_client_list_published_versions_column_1[2]; /* NULL-terminated */
static nitro_column columns_client_list_published_versions[2];
static const char *path_client_list_published_versions_next_page_var_0[2]; /* NULL-terminated */
static const char *path_client_list_published_versions_next_page_var_1[2]; /* NULL-terminated */
static nitro_binding bindings_client_list_published_versions_next_page[2];
static const char *path_client_list_published_versions_next_page_connection[3]; /* NULL-terminated */
static nitro_next_page_def next_page_client_list_published_versions;
static const char *path_client_list_published_versions_keep_if_any[2]; /* NULL-terminated */
static nitro_behaviour behaviour_client_list_published_versions;
const nitro_behaviour *nitro_behaviour_client_list_published_versions(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_client_list_published_versions_var_0[0] = "clientId";
        bindings_client_list_published_versions[0] = (nitro_binding){path_client_list_published_versions_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_list_published_versions, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL};
        path_client_list_published_versions_data[0] = "node";
        path_client_list_published_versions_data[1] = "versions";
        path_client_list_published_versions_result_tag[0] = "tag";
        path_client_list_published_versions_result_createdAt[0] = "createdAt";
        path_client_list_published_versions_result_stages_item[0] = "stage";
        path_client_list_published_versions_result_stages_item[1] = "name";
        fields_client_list_published_versions_result_stages[0] = (nitro_field_def){"", path_client_list_published_versions_result_stages_item, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_client_list_published_versions_result_stages[0] = "publishedTo";
        fields_client_list_published_versions_result[0] = (nitro_field_def){"tag", path_client_list_published_versions_result_tag, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_list_published_versions_result[1] = (nitro_field_def){"createdAt", path_client_list_published_versions_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_list_published_versions_result[2] = (nitro_field_def){"stages", path_client_list_published_versions_result_stages, NITRO_VALUE_STRING_LIST, NITRO_FMT_NONE, fields_client_list_published_versions_result_stages, 1, NULL, false, 0, NITRO_OPT_STRING};
        text_client_list_published_versions_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching published client versions", {0}, 0, 0};
        text_client_list_published_versions_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The client with ID '", {0}, 0, 0};
        text_client_list_published_versions_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_list_published_versions, client_id), NITRO_OPT_STRING};
        text_client_list_published_versions_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_client_list_published_versions_column_0[0] = "tag";
        path_client_list_published_versions_column_1[0] = "createdAt";
        columns_client_list_published_versions[0] = (nitro_column){"Tag", {path_client_list_published_versions_column_0, NITRO_FMT_NONE}};
        columns_client_list_published_versions[1] = (nitro_column){"Created at", {path_client_list_published_versions_column_1, NITRO_FMT_DATETIME}};
        path_client_list_published_versions_next_page_var_0[0] = "id";
        path_client_list_published_versions_next_page_var_1[0] = "after";
        bindings_client_list_published_versions_next_page[0] = (nitro_binding){path_client_list_published_versions_next_page_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_list_published_versions, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL};
        bindings_client_list_published_versions_next_page[1] = (nitro_binding){path_client_list_published_versions_next_page_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_client_list_published_versions_next_page_connection[0] = "node";
        path_client_list_published_versions_next_page_connection[1] = "versions";
        next_page_client_list_published_versions = (nitro_next_page_def){
            .request = {gql_page_client_versions_operation(), bindings_client_list_published_versions_next_page, 2},
            .connection = path_client_list_published_versions_next_page_connection,
        };
        path_client_list_published_versions_keep_if_any[0] = "publishedTo";
        behaviour_client_list_published_versions = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_show_client_operation(), bindings_client_list_published_versions, 1},
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
    }
    return &behaviour_client_list_published_versions;
}

/* ---- client upload ---- */
static const char *path_client_upload_var_0[3]; /* NULL-terminated */
static const char *path_client_upload_var_1[3]; /* NULL-terminated */
static const char *path_client_upload_var_2[3]; /* NULL-terminated */
static nitro_binding bindings_client_upload[3];
static const char *path_client_upload_data[3]; /* NULL-terminated */
static const char *path_client_upload_result_clientVersionId[2]; /* NULL-terminated */
static nitro_field_def fields_client_upload_result[3];
static const char *path_client_upload_errors_0[3]; /* NULL-terminated */
static const char *const *errors_client_upload[1];
static const char *verbatim_client_upload[4];
static nitro_text_part text_client_upload_activity[5];
static nitro_text_part text_client_upload_success[3];
static nitro_text_part text_client_upload_no_data[1];
static const char *path_client_upload_upload_0[3]; /* NULL-terminated */
static nitro_upload_def uploads_client_upload[1];
static nitro_behaviour behaviour_client_upload;
const nitro_behaviour *nitro_behaviour_client_upload(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_client_upload_var_0[0] = "input";
        path_client_upload_var_0[1] = "clientId";
        path_client_upload_var_1[0] = "input";
        path_client_upload_var_1[1] = "tag";
        path_client_upload_var_2[0] = "input";
        path_client_upload_var_2[1] = "source";
        bindings_client_upload[0] = (nitro_binding){path_client_upload_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_upload, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL};
        bindings_client_upload[1] = (nitro_binding){path_client_upload_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_client_upload, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL};
        bindings_client_upload[2] = (nitro_binding){path_client_upload_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_client_upload, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_client_upload_data[0] = "uploadClient";
        path_client_upload_data[1] = "clientVersion";
        path_client_upload_result_clientVersionId[0] = "id";
        fields_client_upload_result[0] = (nitro_field_def){"clientVersionId", path_client_upload_result_clientVersionId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_upload_result[1] = (nitro_field_def){"clientId", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_client_upload, client_id), NITRO_OPT_STRING};
        fields_client_upload_result[2] = (nitro_field_def){"tag", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_client_upload, tag), NITRO_OPT_STRING};
        path_client_upload_errors_0[0] = "uploadClient";
        path_client_upload_errors_0[1] = "errors";
        errors_client_upload[0] = path_client_upload_errors_0;
        verbatim_client_upload[0] = "UnauthorizedOperation";
        verbatim_client_upload[1] = "ClientNotFoundError";
        verbatim_client_upload[2] = "DuplicatedTagError";
        verbatim_client_upload[3] = "ConcurrentOperationError";
        text_client_upload_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Uploading new client version '", {0}, 0, 0};
        text_client_upload_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_upload, tag), NITRO_OPT_STRING};
        text_client_upload_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' for client '", {0}, 0, 0};
        text_client_upload_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_upload, client_id), NITRO_OPT_STRING};
        text_client_upload_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_client_upload_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Uploaded new client version '", {0}, 0, 0};
        text_client_upload_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_upload, tag), NITRO_OPT_STRING};
        text_client_upload_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_client_upload_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not upload client.", {0}, 0, 0};
        path_client_upload_upload_0[0] = "input";
        path_client_upload_upload_0[1] = "operations";
        uploads_client_upload[0] = (nitro_upload_def){path_client_upload_upload_0, offsetof(nitro_opts_client_upload, operations_file), "operations-file", "operations.graphql", NULL, 0, false, NULL};
        behaviour_client_upload = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_upload_client_operation(), bindings_client_upload, 3},
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
    }
    return &behaviour_client_upload;
}

/* ---- client validate ---- */
static const char *path_client_validate_var_0[3]; /* NULL-terminated */
static const char *path_client_validate_var_1[3]; /* NULL-terminated */
static const char *path_client_validate_var_2[3]; /* NULL-terminated */
static nitro_binding bindings_client_validate[3];
static const char *path_client_validate_data[2]; /* NULL-terminated */
static const char *path_client_validate_result_requestId[2]; /* NULL-terminated */
static nitro_field_def fields_client_validate_result[2];
static const char *path_client_validate_errors_0[3]; /* NULL-terminated */
static const char *const *errors_client_validate[1];
static const char *verbatim_client_validate[3];
static nitro_text_part text_client_validate_activity[5];
static nitro_text_part text_client_validate_success[3];
static nitro_text_part text_client_validate_no_data[1];
static const char *path_client_validate_upload_0[3]; /* NULL-terminated */
static nitro_upload_def uploads_client_validate[1];
static const char *path_client_validate_follow_var_0[2]; /* NULL-terminated */
static const char *path_client_validate_follow_value_0[2]; /* NULL-terminated */
static const char *const *follow_variables_client_validate[1];
static const char *const *follow_values_client_validate[1];
static nitro_text_part text_client_validate_event_0_say[1];
static nitro_text_part text_client_validate_event_1_say[1];
static nitro_text_part text_client_validate_event_2_say[1];
static nitro_text_part text_client_validate_event_3_say[1];
static const char *path_client_validate_event_3_errors[2]; /* NULL-terminated */
static nitro_event_def events_client_validate[4];
static const char *path_client_validate_follow_created_1[2]; /* NULL-terminated */
static nitro_text_part text_client_validate_follow_created[3];
static nitro_text_part text_client_validate_follow_failed[1];
static nitro_text_part text_client_validate_follow_ended[1];
static const char *path_client_validate_follow_stopped_1[2]; /* NULL-terminated */
static nitro_text_part text_client_validate_follow_stopped[3];
static const char *path_client_validate_follow_data[2]; /* NULL-terminated */
static nitro_follow_def follow_client_validate;
static nitro_behaviour behaviour_client_validate;
const nitro_behaviour *nitro_behaviour_client_validate(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_client_validate_var_0[0] = "input";
        path_client_validate_var_0[1] = "clientId";
        path_client_validate_var_1[0] = "input";
        path_client_validate_var_1[1] = "stage";
        path_client_validate_var_2[0] = "input";
        path_client_validate_var_2[1] = "source";
        bindings_client_validate[0] = (nitro_binding){path_client_validate_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_validate, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL};
        bindings_client_validate[1] = (nitro_binding){path_client_validate_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_client_validate, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL};
        bindings_client_validate[2] = (nitro_binding){path_client_validate_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_client_validate, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_client_validate_data[0] = "validateClient";
        path_client_validate_result_requestId[0] = "id";
        fields_client_validate_result[0] = (nitro_field_def){"requestId", path_client_validate_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_client_validate_result[1] = (nitro_field_def){"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING};
        path_client_validate_errors_0[0] = "validateClient";
        path_client_validate_errors_0[1] = "errors";
        errors_client_validate[0] = path_client_validate_errors_0;
        verbatim_client_validate[0] = "UnauthorizedOperation";
        verbatim_client_validate[1] = "StageNotFoundError";
        verbatim_client_validate[2] = "ClientNotFoundError";
        text_client_validate_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating client against stage '", {0}, 0, 0};
        text_client_validate_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_validate, stage), NITRO_OPT_STRING};
        text_client_validate_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' of client '", {0}, 0, 0};
        text_client_validate_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_validate, client_id), NITRO_OPT_STRING};
        text_client_validate_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_client_validate_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Validated client against stage '", {0}, 0, 0};
        text_client_validate_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_validate, stage), NITRO_OPT_STRING};
        text_client_validate_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_client_validate_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not create client validation request.", {0}, 0, 0};
        path_client_validate_upload_0[0] = "input";
        path_client_validate_upload_0[1] = "operations";
        uploads_client_validate[0] = (nitro_upload_def){path_client_validate_upload_0, offsetof(nitro_opts_client_validate, operations_file), "operations-file", "operations.graphql", NULL, 0, false, NULL};
        path_client_validate_follow_var_0[0] = "requestId";
        path_client_validate_follow_value_0[0] = "id";
        follow_variables_client_validate[0] = path_client_validate_follow_var_0;
        follow_values_client_validate[0] = path_client_validate_follow_value_0;
        text_client_validate_event_0_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_client_validate_event_1_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_client_validate_event_2_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0};
        text_client_validate_event_3_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation failed.", {0}, 0, 0};
        path_client_validate_event_3_errors[0] = "errors";
        events_client_validate[0] = (nitro_event_def){"OperationInProgress", {text_client_validate_event_0_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_client_validate[1] = (nitro_event_def){"ValidationInProgress", {text_client_validate_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_client_validate[2] = (nitro_event_def){"ClientVersionValidationSuccess", {text_client_validate_event_2_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL};
        events_client_validate[3] = (nitro_event_def){"ClientVersionValidationFailed", {text_client_validate_event_3_say, 1}, path_client_validate_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        path_client_validate_follow_created_1[0] = "id";
        text_client_validate_follow_created[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation request created (ID: ", {0}, 0, 0};
        text_client_validate_follow_created[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_client_validate_follow_created_1, NITRO_FMT_NONE}, 0, 0};
        text_client_validate_follow_created[2] = (nitro_text_part){NITRO_PART_TEXT, ").", {0}, 0, 0};
        text_client_validate_follow_failed[0] = (nitro_text_part){NITRO_PART_TEXT, "Client validation failed.", {0}, 0, 0};
        text_client_validate_follow_ended[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation failed: the server ended the stream without a result.", {0}, 0, 0};
        path_client_validate_follow_stopped_1[0] = "id";
        text_client_validate_follow_stopped[0] = (nitro_text_part){NITRO_PART_TEXT, "The validation request ", {0}, 0, 0};
        text_client_validate_follow_stopped[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_client_validate_follow_stopped_1, NITRO_FMT_NONE}, 0, 0};
        text_client_validate_follow_stopped[2] = (nitro_text_part){NITRO_PART_TEXT, " may go on on the server; it publishes nothing.", {0}, 0, 0};
        path_client_validate_follow_data[0] = "onClientVersionValidationUpdate";
        follow_client_validate = (nitro_follow_def){
            .operation = gql_on_client_validation_operation(),
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
        behaviour_client_validate = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_validate_client_operation(), bindings_client_validate, 3},
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
    }
    return &behaviour_client_validate;
}

/* ---- client publish ---- */
static const char *path_client_publish_var_0[3]; /* NULL-terminated */
static const char *path_client_publish_var_1[3]; /* NULL-terminated */
static const char *path_client_publish_var_2[3]; /* NULL-terminated */
static const char *path_client_publish_var_3[3]; /* NULL-terminated */
static const char *path_client_publish_var_4[3]; /* NULL-terminated */
static const char *path_client_publish_var_5[3]; /* NULL-terminated */
static nitro_binding bindings_client_publish[6];
static const char *path_client_publish_data[2]; /* NULL-terminated */
static const char *path_client_publish_result_requestId[2]; /* NULL-terminated */
static nitro_field_def fields_client_publish_result[3];
static const char *path_client_publish_errors_0[3]; /* NULL-terminated */
static const char *const *errors_client_publish[1];
static const char *verbatim_client_publish[4];
static nitro_text_part text_client_publish_activity[7];
static nitro_text_part text_client_publish_success[5];
static nitro_text_part text_client_publish_no_data[1];
static const char *path_client_publish_follow_var_0[2]; /* NULL-terminated */
static const char *path_client_publish_follow_value_0[2]; /* NULL-terminated */
static const char *const *follow_variables_client_publish[1];
static const char *const *follow_values_client_publish[1];
static const char *path_client_publish_event_0_say_1[2]; /* NULL-terminated */
static nitro_text_part text_client_publish_event_0_say[3];
static nitro_text_part text_client_publish_event_1_say[1];
static nitro_text_part text_client_publish_event_2_say[1];
static nitro_text_part text_client_publish_event_3_say[1];
static const char *path_client_publish_event_3_errors[3]; /* NULL-terminated */
static nitro_text_part text_client_publish_event_4_say[1];
static nitro_text_part text_client_publish_event_5_say[1];
static nitro_text_part text_client_publish_event_6_say[1];
static const char *path_client_publish_event_6_errors[2]; /* NULL-terminated */
static nitro_event_def events_client_publish[7];
static const char *path_client_publish_follow_created_1[2]; /* NULL-terminated */
static nitro_text_part text_client_publish_follow_created[3];
static nitro_text_part text_client_publish_follow_failed[1];
static nitro_text_part text_client_publish_follow_ended[1];
static const char *path_client_publish_follow_stopped_1[2]; /* NULL-terminated */
static nitro_text_part text_client_publish_follow_stopped[5];
static const char *path_client_publish_follow_data[2]; /* NULL-terminated */
static nitro_follow_def follow_client_publish;
static nitro_behaviour behaviour_client_publish;
const nitro_behaviour *nitro_behaviour_client_publish(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_client_publish_var_0[0] = "input";
        path_client_publish_var_0[1] = "clientId";
        path_client_publish_var_1[0] = "input";
        path_client_publish_var_1[1] = "stage";
        path_client_publish_var_2[0] = "input";
        path_client_publish_var_2[1] = "tag";
        path_client_publish_var_3[0] = "input";
        path_client_publish_var_3[1] = "waitForApproval";
        path_client_publish_var_4[0] = "input";
        path_client_publish_var_4[1] = "force";
        path_client_publish_var_5[0] = "input";
        path_client_publish_var_5[1] = "source";
        bindings_client_publish[0] = (nitro_binding){path_client_publish_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_publish, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL};
        bindings_client_publish[1] = (nitro_binding){path_client_publish_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_client_publish, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL};
        bindings_client_publish[2] = (nitro_binding){path_client_publish_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_client_publish, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL};
        bindings_client_publish[3] = (nitro_binding){path_client_publish_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_client_publish, wait_for_approval), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "wait-for-approval", NITRO_NO_OPTION, 0, NULL};
        bindings_client_publish[4] = (nitro_binding){path_client_publish_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_client_publish, force), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "force", NITRO_NO_OPTION, 0, NULL};
        bindings_client_publish[5] = (nitro_binding){path_client_publish_var_5, NITRO_BIND_INPUT, offsetof(nitro_opts_client_publish, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_client_publish_data[0] = "publishClient";
        path_client_publish_result_requestId[0] = "id";
        fields_client_publish_result[0] = (nitro_field_def){"stage", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_client_publish, stage), NITRO_OPT_STRING};
        fields_client_publish_result[1] = (nitro_field_def){"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING};
        fields_client_publish_result[2] = (nitro_field_def){"requestId", path_client_publish_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_client_publish_errors_0[0] = "publishClient";
        path_client_publish_errors_0[1] = "errors";
        errors_client_publish[0] = path_client_publish_errors_0;
        verbatim_client_publish[0] = "UnauthorizedOperation";
        verbatim_client_publish[1] = "StageNotFoundError";
        verbatim_client_publish[2] = "ClientNotFoundError";
        verbatim_client_publish[3] = "ClientVersionNotFoundError";
        text_client_publish_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Publishing new client version '", {0}, 0, 0};
        text_client_publish_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_publish, tag), NITRO_OPT_STRING};
        text_client_publish_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' to stage '", {0}, 0, 0};
        text_client_publish_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_publish, stage), NITRO_OPT_STRING};
        text_client_publish_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "' of client '", {0}, 0, 0};
        text_client_publish_activity[5] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_publish, client_id), NITRO_OPT_STRING};
        text_client_publish_activity[6] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_client_publish_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Published new client version '", {0}, 0, 0};
        text_client_publish_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_publish, tag), NITRO_OPT_STRING};
        text_client_publish_success[2] = (nitro_text_part){NITRO_PART_TEXT, "' to stage '", {0}, 0, 0};
        text_client_publish_success[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_publish, stage), NITRO_OPT_STRING};
        text_client_publish_success[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_client_publish_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not create publish request.", {0}, 0, 0};
        path_client_publish_follow_var_0[0] = "requestId";
        path_client_publish_follow_value_0[0] = "id";
        follow_variables_client_publish[0] = path_client_publish_follow_var_0;
        follow_values_client_publish[0] = path_client_publish_follow_value_0;
        path_client_publish_event_0_say_1[0] = "queuePosition";
        text_client_publish_event_0_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is queued. The current position in the queue is ", {0}, 0, 0};
        text_client_publish_event_0_say[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_client_publish_event_0_say_1, NITRO_FMT_NONE}, 0, 0};
        text_client_publish_event_0_say[2] = (nitro_text_part){NITRO_PART_TEXT, ".", {0}, 0, 0};
        text_client_publish_event_1_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is ready for processing.", {0}, 0, 0};
        text_client_publish_event_2_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is being processed.", {0}, 0, 0};
        text_client_publish_event_3_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is waiting for approval. Check Nitro to approve the request.", {0}, 0, 0};
        path_client_publish_event_3_errors[0] = "deployment";
        path_client_publish_event_3_errors[1] = "errors";
        text_client_publish_event_4_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request has been approved.", {0}, 0, 0};
        text_client_publish_event_5_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Published successfully.", {0}, 0, 0};
        text_client_publish_event_6_say[0] = (nitro_text_part){NITRO_PART_TEXT, "The client version was rejected.", {0}, 0, 0};
        path_client_publish_event_6_errors[0] = "errors";
        events_client_publish[0] = (nitro_event_def){"ProcessingTaskIsQueued", {text_client_publish_event_0_say, 3}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_client_publish[1] = (nitro_event_def){"ProcessingTaskIsReady", {text_client_publish_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_client_publish[2] = (nitro_event_def){"OperationInProgress", {text_client_publish_event_2_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_client_publish[3] = (nitro_event_def){"WaitForApproval", {text_client_publish_event_3_say, 1}, path_client_publish_event_3_errors, NITRO_OUTCOME_CONTINUE, true, NULL};
        events_client_publish[4] = (nitro_event_def){"ProcessingTaskApproved", {text_client_publish_event_4_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_client_publish[5] = (nitro_event_def){"ClientVersionPublishSuccess", {text_client_publish_event_5_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL};
        events_client_publish[6] = (nitro_event_def){"ClientVersionPublishFailed", {text_client_publish_event_6_say, 1}, path_client_publish_event_6_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        path_client_publish_follow_created_1[0] = "id";
        text_client_publish_follow_created[0] = (nitro_text_part){NITRO_PART_TEXT, "Publish request created (ID: ", {0}, 0, 0};
        text_client_publish_follow_created[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_client_publish_follow_created_1, NITRO_FMT_NONE}, 0, 0};
        text_client_publish_follow_created[2] = (nitro_text_part){NITRO_PART_TEXT, ").", {0}, 0, 0};
        text_client_publish_follow_failed[0] = (nitro_text_part){NITRO_PART_TEXT, "Client publish failed.", {0}, 0, 0};
        text_client_publish_follow_ended[0] = (nitro_text_part){NITRO_PART_TEXT, "Processing failed: the server ended the stream without a result.", {0}, 0, 0};
        path_client_publish_follow_stopped_1[0] = "id";
        text_client_publish_follow_stopped[0] = (nitro_text_part){NITRO_PART_TEXT, "The publish request ", {0}, 0, 0};
        text_client_publish_follow_stopped[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_client_publish_follow_stopped_1, NITRO_FMT_NONE}, 0, 0};
        text_client_publish_follow_stopped[2] = (nitro_text_part){NITRO_PART_TEXT, " may go on on the server: 'nitro client list published-versions --client-id ", {0}, 0, 0};
        text_client_publish_follow_stopped[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_publish, client_id), NITRO_OPT_STRING};
        text_client_publish_follow_stopped[4] = (nitro_text_part){NITRO_PART_TEXT, "' shows what is published.", {0}, 0, 0};
        path_client_publish_follow_data[0] = "onClientVersionPublishingUpdate";
        follow_client_publish = (nitro_follow_def){
            .operation = gql_on_client_publish_operation(),
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
        behaviour_client_publish = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_publish_client_operation(), bindings_client_publish, 6},
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
    }
    return &behaviour_client_publish;
}

/* ---- client unpublish ---- */
static const char *path_client_unpublish_var_0[3]; /* NULL-terminated */
static const char *path_client_unpublish_var_1[3]; /* NULL-terminated */
static const char *path_client_unpublish_var_2[3]; /* NULL-terminated */
static nitro_binding bindings_client_unpublish[3];
static const char *path_client_unpublish_data[3]; /* NULL-terminated */
static const char *path_client_unpublish_errors_0[3]; /* NULL-terminated */
static const char *const *errors_client_unpublish[1];
static const char *verbatim_client_unpublish[5];
static nitro_text_part text_client_unpublish_activity[5];
static nitro_text_part text_client_unpublish_success[5];
static nitro_text_part text_client_unpublish_no_data[1];
static nitro_text_part text_client_unpublish_confirm[5];
static nitro_text_part text_client_unpublish_declined[1];
static const char *path_client_unpublish_each_say_1[3]; /* NULL-terminated */
static nitro_text_part text_client_unpublish_each_say[6];
static nitro_text_part text_client_unpublish_each_done[3];
static nitro_each_def each_client_unpublish;
static nitro_behaviour behaviour_client_unpublish;
const nitro_behaviour *nitro_behaviour_client_unpublish(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_client_unpublish_var_0[0] = "input";
        path_client_unpublish_var_0[1] = "clientId";
        path_client_unpublish_var_1[0] = "input";
        path_client_unpublish_var_1[1] = "stage";
        path_client_unpublish_var_2[0] = "input";
        path_client_unpublish_var_2[1] = "tag";
        bindings_client_unpublish[0] = (nitro_binding){path_client_unpublish_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_client_unpublish, client_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "client-id", NITRO_NO_OPTION, 0, NULL};
        bindings_client_unpublish[1] = (nitro_binding){path_client_unpublish_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_client_unpublish, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL};
        bindings_client_unpublish[2] = (nitro_binding){path_client_unpublish_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_client_unpublish, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL};
        path_client_unpublish_data[0] = "unpublishClient";
        path_client_unpublish_data[1] = "clientVersion";
        path_client_unpublish_errors_0[0] = "unpublishClient";
        path_client_unpublish_errors_0[1] = "errors";
        errors_client_unpublish[0] = path_client_unpublish_errors_0;
        verbatim_client_unpublish[0] = "UnauthorizedOperation";
        verbatim_client_unpublish[1] = "StageNotFoundError";
        verbatim_client_unpublish[2] = "ClientNotFoundError";
        verbatim_client_unpublish[3] = "ClientVersionNotFoundError";
        verbatim_client_unpublish[4] = "ConcurrentOperationError";
        text_client_unpublish_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Unpublishing client '", {0}, 0, 0};
        text_client_unpublish_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, client_id), NITRO_OPT_STRING};
        text_client_unpublish_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' from stage '", {0}, 0, 0};
        text_client_unpublish_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, stage), NITRO_OPT_STRING};
        text_client_unpublish_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_client_unpublish_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Unpublished client '", {0}, 0, 0};
        text_client_unpublish_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, client_id), NITRO_OPT_STRING};
        text_client_unpublish_success[2] = (nitro_text_part){NITRO_PART_TEXT, "' from stage '", {0}, 0, 0};
        text_client_unpublish_success[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, stage), NITRO_OPT_STRING};
        text_client_unpublish_success[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_client_unpublish_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        text_client_unpublish_confirm[0] = (nitro_text_part){NITRO_PART_TEXT, "Do you want to unpublish the given tags of client ", {0}, 0, 0};
        text_client_unpublish_confirm[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, client_id), NITRO_OPT_STRING};
        text_client_unpublish_confirm[2] = (nitro_text_part){NITRO_PART_TEXT, " from stage ", {0}, 0, 0};
        text_client_unpublish_confirm[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, stage), NITRO_OPT_STRING};
        text_client_unpublish_confirm[4] = (nitro_text_part){NITRO_PART_TEXT, "\?", {0}, 0, 0};
        text_client_unpublish_declined[0] = (nitro_text_part){NITRO_PART_TEXT, "Aborted.", {0}, 0, 0};
        path_client_unpublish_each_say_1[0] = "client";
        path_client_unpublish_each_say_1[1] = "name";
        text_client_unpublish_each_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Unpublished ", {0}, 0, 0};
        text_client_unpublish_each_say[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_client_unpublish_each_say_1, NITRO_FMT_NONE}, 0, 0};
        text_client_unpublish_each_say[2] = (nitro_text_part){NITRO_PART_TEXT, ":", {0}, 0, 0};
        text_client_unpublish_each_say[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, tag), NITRO_OPT_STRING};
        text_client_unpublish_each_say[4] = (nitro_text_part){NITRO_PART_TEXT, " from ", {0}, 0, 0};
        text_client_unpublish_each_say[5] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, stage), NITRO_OPT_STRING};
        text_client_unpublish_each_done[0] = (nitro_text_part){NITRO_PART_TEXT, "Unpublished from stage '", {0}, 0, 0};
        text_client_unpublish_each_done[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_unpublish, stage), NITRO_OPT_STRING};
        text_client_unpublish_each_done[2] = (nitro_text_part){NITRO_PART_TEXT, "' before this failure:", {0}, 0, 0};
        each_client_unpublish = (nitro_each_def){
            .offset = offsetof(nitro_opts_client_unpublish, tag),
            .option = "tag",
            .say = {text_client_unpublish_each_say, 6},
            .done = {text_client_unpublish_each_done, 3},
        };
        behaviour_client_unpublish = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_unpublish_client_operation(), bindings_client_unpublish, 3},
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
    }
    return &behaviour_client_unpublish;
}

/* ---- client download ---- */
static nitro_field_def fields_client_download_result[2];
static nitro_text_part text_client_download_activity[5];
static nitro_text_part text_client_download_success[5];
static nitro_text_part text_client_download_download_path[4];
static nitro_text_part text_client_download_download_not_found[3];
static nitro_download_def download_client_download;
static nitro_behaviour behaviour_client_download;
const nitro_behaviour *nitro_behaviour_client_download(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        fields_client_download_result[0] = (nitro_field_def){"file", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_client_download, path), NITRO_OPT_STRING};
        fields_client_download_result[1] = (nitro_field_def){"format", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_client_download, format), NITRO_OPT_STRING};
        text_client_download_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Downloading the queries from stage '", {0}, 0, 0};
        text_client_download_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, stage), NITRO_OPT_STRING};
        text_client_download_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' of API '", {0}, 0, 0};
        text_client_download_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, api_id), NITRO_OPT_STRING};
        text_client_download_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_client_download_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Downloaded the queries from stage '", {0}, 0, 0};
        text_client_download_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, stage), NITRO_OPT_STRING};
        text_client_download_success[2] = (nitro_text_part){NITRO_PART_TEXT, "' into '", {0}, 0, 0};
        text_client_download_success[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, path), NITRO_OPT_STRING};
        text_client_download_success[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_client_download_download_path[0] = (nitro_text_part){NITRO_PART_TEXT, "/api/v1/apis/", {0}, 0, 0};
        text_client_download_download_path[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, api_id), NITRO_OPT_STRING};
        text_client_download_download_path[2] = (nitro_text_part){NITRO_PART_TEXT, "/persistedQueries\?stage=", {0}, 0, 0};
        text_client_download_download_path[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, stage), NITRO_OPT_STRING};
        text_client_download_download_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not find a published client on stage '", {0}, 0, 0};
        text_client_download_download_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_client_download, stage), NITRO_OPT_STRING};
        text_client_download_download_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        download_client_download = (nitro_download_def){
            .path = {text_client_download_download_path, 4},
            .file_offset = offsetof(nitro_opts_client_download, path),
            .not_found = {text_client_download_download_not_found, 3},
            .format_offset = offsetof(nitro_opts_client_download, format),
        };
        behaviour_client_download = (nitro_behaviour){
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
    }
    return &behaviour_client_download;
}

/* ---- stage list ---- */
static const char *path_stage_list_var_0[2]; /* NULL-terminated */
static nitro_binding bindings_stage_list[1];
static const char *path_stage_list_data[3]; /* NULL-terminated */
static const char *path_stage_list_result_id[2]; /* NULL-terminated */
static const char *path_stage_list_result_name[2]; /* NULL-terminated */
static const char *path_stage_list_result_conditions_name[3]; /* NULL-terminated */
static nitro_field_def fields_stage_list_result_conditions[2];
static const char *path_stage_list_result_conditions[2]; /* NULL-terminated */
static nitro_field_def fields_stage_list_result[3];
static nitro_text_part text_stage_list_activity[1];
static nitro_text_part text_stage_list_not_found[3];
static const char *path_stage_list_human_0[2]; /* NULL-terminated */
static const char *path_stage_list_human_1[2]; /* NULL-terminated */
static nitro_human_line human_stage_list[2];
static const char *path_stage_list_column_0[2]; /* NULL-terminated */
static const char *path_stage_list_column_1[2]; /* NULL-terminated */
static nitro_column columns_stage_list[2];
static nitro_pick_def picks_stage_list[1];
static nitro_behaviour behaviour_stage_list;
const nitro_behaviour *nitro_behaviour_stage_list(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_stage_list_var_0[0] = "apiId";
        bindings_stage_list[0] = (nitro_binding){path_stage_list_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_stage_list, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        path_stage_list_data[0] = "node";
        path_stage_list_data[1] = "stages";
        path_stage_list_result_id[0] = "id";
        path_stage_list_result_name[0] = "name";
        path_stage_list_result_conditions_name[0] = "afterStage";
        path_stage_list_result_conditions_name[1] = "name";
        fields_stage_list_result_conditions[0] = (nitro_field_def){"kind", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "AfterStage", false, 0, NITRO_OPT_STRING};
        fields_stage_list_result_conditions[1] = (nitro_field_def){"name", path_stage_list_result_conditions_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_stage_list_result_conditions[0] = "conditions";
        fields_stage_list_result[0] = (nitro_field_def){"id", path_stage_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_stage_list_result[1] = (nitro_field_def){"name", path_stage_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_stage_list_result[2] = (nitro_field_def){"conditions", path_stage_list_result_conditions, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_stage_list_result_conditions, 2, NULL, false, 0, NITRO_OPT_STRING};
        text_stage_list_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching stages", {0}, 0, 0};
        text_stage_list_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0};
        text_stage_list_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_list, api_id), NITRO_OPT_STRING};
        text_stage_list_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_stage_list_human_0[0] = "id";
        path_stage_list_human_1[0] = "name";
        human_stage_list[0] = (nitro_human_line){"Id", {path_stage_list_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_stage_list[1] = (nitro_human_line){"Name", {path_stage_list_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        path_stage_list_column_0[0] = "id";
        path_stage_list_column_1[0] = "name";
        columns_stage_list[0] = (nitro_column){"Id", {path_stage_list_column_0, NITRO_FMT_NONE}};
        columns_stage_list[1] = (nitro_column){"Name", {path_stage_list_column_1, NITRO_FMT_NONE}};
        picks_stage_list[0] = (nitro_pick_def){offsetof(nitro_opts_stage_list, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        behaviour_stage_list = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_list_stages_operation(), bindings_stage_list, 1},
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
    }
    return &behaviour_stage_list;
}

/* ---- stage edit ---- */
static const char *path_stage_edit_var_0[3]; /* NULL-terminated */
static const char *path_stage_edit_var_1[3]; /* NULL-terminated */
static nitro_binding bindings_stage_edit[2];
static const char *path_stage_edit_data[3]; /* NULL-terminated */
static const char *path_stage_edit_result_values_id[2]; /* NULL-terminated */
static const char *path_stage_edit_result_values_name[2]; /* NULL-terminated */
static const char *path_stage_edit_result_values_conditions_name[3]; /* NULL-terminated */
static nitro_field_def fields_stage_edit_result_values_conditions[2];
static const char *path_stage_edit_result_values_conditions[2]; /* NULL-terminated */
static nitro_field_def fields_stage_edit_result_values[3];
static const char *path_stage_edit_result_values[2]; /* NULL-terminated */
static nitro_field_def fields_stage_edit_result[2];
static const char *path_stage_edit_errors_0[3]; /* NULL-terminated */
static const char *const *errors_stage_edit[1];
static const char *verbatim_stage_edit[4];
static nitro_text_part text_stage_edit_activity[3];
static nitro_text_part text_stage_edit_success[3];
static nitro_text_part text_stage_edit_no_data[1];
static nitro_pick_def picks_stage_edit[1];
static nitro_behaviour behaviour_stage_edit;
const nitro_behaviour *nitro_behaviour_stage_edit(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_stage_edit_var_0[0] = "input";
        path_stage_edit_var_0[1] = "apiId";
        path_stage_edit_var_1[0] = "input";
        path_stage_edit_var_1[1] = "updatedStages";
        bindings_stage_edit[0] = (nitro_binding){path_stage_edit_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_stage_edit, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_stage_edit[1] = (nitro_binding){path_stage_edit_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_stage_edit, configuration), NITRO_OPT_STRING, NITRO_XF_JSON_LIST, "Could not parse stage configuration", 0, false, false, "configuration", NITRO_NO_OPTION, 0, NULL};
        path_stage_edit_data[0] = "updateStages";
        path_stage_edit_data[1] = "api";
        path_stage_edit_result_values_id[0] = "id";
        path_stage_edit_result_values_name[0] = "name";
        path_stage_edit_result_values_conditions_name[0] = "afterStage";
        path_stage_edit_result_values_conditions_name[1] = "name";
        fields_stage_edit_result_values_conditions[0] = (nitro_field_def){"kind", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "AfterStage", false, 0, NITRO_OPT_STRING};
        fields_stage_edit_result_values_conditions[1] = (nitro_field_def){"name", path_stage_edit_result_values_conditions_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_stage_edit_result_values_conditions[0] = "conditions";
        fields_stage_edit_result_values[0] = (nitro_field_def){"id", path_stage_edit_result_values_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_stage_edit_result_values[1] = (nitro_field_def){"name", path_stage_edit_result_values_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_stage_edit_result_values[2] = (nitro_field_def){"conditions", path_stage_edit_result_values_conditions, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_stage_edit_result_values_conditions, 2, NULL, false, 0, NITRO_OPT_STRING};
        path_stage_edit_result_values[0] = "stages";
        fields_stage_edit_result[0] = (nitro_field_def){"values", path_stage_edit_result_values, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_stage_edit_result_values, 3, NULL, false, 0, NITRO_OPT_STRING};
        fields_stage_edit_result[1] = (nitro_field_def){"cursor", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_stage_edit_errors_0[0] = "updateStages";
        path_stage_edit_errors_0[1] = "errors";
        errors_stage_edit[0] = path_stage_edit_errors_0;
        verbatim_stage_edit[0] = "ApiNotFoundError";
        verbatim_stage_edit[1] = "StageNotFoundError";
        verbatim_stage_edit[2] = "StagesHavePublishedDependenciesError";
        verbatim_stage_edit[3] = "StageValidationError";
        text_stage_edit_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Updating stages for API '", {0}, 0, 0};
        text_stage_edit_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_edit, api_id), NITRO_OPT_STRING};
        text_stage_edit_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_stage_edit_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Updated stages for API '", {0}, 0, 0};
        text_stage_edit_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_edit, api_id), NITRO_OPT_STRING};
        text_stage_edit_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_stage_edit_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        picks_stage_edit[0] = (nitro_pick_def){offsetof(nitro_opts_stage_edit, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        behaviour_stage_edit = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_update_stages_operation(), bindings_stage_edit, 2},
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
    }
    return &behaviour_stage_edit;
}

/* ---- stage delete ---- */
static const char *path_stage_delete_var_0[3]; /* NULL-terminated */
static const char *path_stage_delete_var_1[3]; /* NULL-terminated */
static nitro_binding bindings_stage_delete[2];
static const char *path_stage_delete_data[3]; /* NULL-terminated */
static const char *path_stage_delete_result_values_id[2]; /* NULL-terminated */
static const char *path_stage_delete_result_values_name[2]; /* NULL-terminated */
static const char *path_stage_delete_result_values_conditions_name[3]; /* NULL-terminated */
static nitro_field_def fields_stage_delete_result_values_conditions[2];
static const char *path_stage_delete_result_values_conditions[2]; /* NULL-terminated */
static nitro_field_def fields_stage_delete_result_values[3];
static const char *path_stage_delete_result_values[2]; /* NULL-terminated */
static nitro_field_def fields_stage_delete_result[2];
static const char *path_stage_delete_errors_0[3]; /* NULL-terminated */
static const char *const *errors_stage_delete[1];
static const char *verbatim_stage_delete[3];
static nitro_text_part text_stage_delete_activity[5];
static nitro_text_part text_stage_delete_success[3];
static nitro_text_part text_stage_delete_no_data[1];
static nitro_text_part text_stage_delete_confirm[2];
static nitro_text_part text_stage_delete_declined[1];
static nitro_pick_def picks_stage_delete[1];
static nitro_behaviour behaviour_stage_delete;
const nitro_behaviour *nitro_behaviour_stage_delete(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_stage_delete_var_0[0] = "input";
        path_stage_delete_var_0[1] = "apiId";
        path_stage_delete_var_1[0] = "input";
        path_stage_delete_var_1[1] = "stageName";
        bindings_stage_delete[0] = (nitro_binding){path_stage_delete_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_stage_delete, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_stage_delete[1] = (nitro_binding){path_stage_delete_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_stage_delete, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL};
        path_stage_delete_data[0] = "forceDeleteStageByApiId";
        path_stage_delete_data[1] = "api";
        path_stage_delete_result_values_id[0] = "id";
        path_stage_delete_result_values_name[0] = "name";
        path_stage_delete_result_values_conditions_name[0] = "afterStage";
        path_stage_delete_result_values_conditions_name[1] = "name";
        fields_stage_delete_result_values_conditions[0] = (nitro_field_def){"kind", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "AfterStage", false, 0, NITRO_OPT_STRING};
        fields_stage_delete_result_values_conditions[1] = (nitro_field_def){"name", path_stage_delete_result_values_conditions_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_stage_delete_result_values_conditions[0] = "conditions";
        fields_stage_delete_result_values[0] = (nitro_field_def){"id", path_stage_delete_result_values_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_stage_delete_result_values[1] = (nitro_field_def){"name", path_stage_delete_result_values_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_stage_delete_result_values[2] = (nitro_field_def){"conditions", path_stage_delete_result_values_conditions, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_stage_delete_result_values_conditions, 2, NULL, false, 0, NITRO_OPT_STRING};
        path_stage_delete_result_values[0] = "stages";
        fields_stage_delete_result[0] = (nitro_field_def){"values", path_stage_delete_result_values, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_stage_delete_result_values, 3, NULL, false, 0, NITRO_OPT_STRING};
        fields_stage_delete_result[1] = (nitro_field_def){"cursor", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_stage_delete_errors_0[0] = "forceDeleteStageByApiId";
        path_stage_delete_errors_0[1] = "errors";
        errors_stage_delete[0] = path_stage_delete_errors_0;
        verbatim_stage_delete[0] = "ApiNotFoundError";
        verbatim_stage_delete[1] = "StageNotFoundError";
        verbatim_stage_delete[2] = "UnauthorizedOperation";
        text_stage_delete_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Deleting stage '", {0}, 0, 0};
        text_stage_delete_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_delete, stage), NITRO_OPT_STRING};
        text_stage_delete_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' of API '", {0}, 0, 0};
        text_stage_delete_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_delete, api_id), NITRO_OPT_STRING};
        text_stage_delete_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_stage_delete_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Deleted stage '", {0}, 0, 0};
        text_stage_delete_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_delete, stage), NITRO_OPT_STRING};
        text_stage_delete_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_stage_delete_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        text_stage_delete_confirm[0] = (nitro_text_part){NITRO_PART_TEXT, "Do you really want to force delete stage ", {0}, 0, 0};
        text_stage_delete_confirm[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_stage_delete, stage), NITRO_OPT_STRING};
        text_stage_delete_declined[0] = (nitro_text_part){NITRO_PART_TEXT, "Stage was not deleted.", {0}, 0, 0};
        picks_stage_delete[0] = (nitro_pick_def){offsetof(nitro_opts_stage_delete, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        behaviour_stage_delete = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_delete_stage_operation(), bindings_stage_delete, 2},
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
    }
    return &behaviour_stage_delete;
}

/* ---- environment create ---- */
static const char *path_environment_create_var_0[2]; /* NULL-terminated */
static const char *path_environment_create_var_1[2]; /* NULL-terminated */
static nitro_binding bindings_environment_create[2];
static const char *path_environment_create_data[5]; /* NULL-terminated */
static const char *path_environment_create_result_id[2]; /* NULL-terminated */
static const char *path_environment_create_result_name[2]; /* NULL-terminated */
static const char *path_environment_create_result_workspace_name[3]; /* NULL-terminated */
static nitro_field_def fields_environment_create_result_workspace[1];
static const char *path_environment_create_result_workspace[2]; /* NULL-terminated */
static nitro_field_def fields_environment_create_result[3];
static const char *path_environment_create_errors_0[3]; /* NULL-terminated */
static const char *path_environment_create_errors_1[5]; /* NULL-terminated */
static const char *const *errors_environment_create[2];
static const char *verbatim_environment_create[3];
static nitro_text_part text_environment_create_activity[3];
static nitro_text_part text_environment_create_success[3];
static nitro_text_part text_environment_create_no_data[1];
static const char *path_environment_create_human_0[2]; /* NULL-terminated */
static const char *path_environment_create_human_1[2]; /* NULL-terminated */
static const char *path_environment_create_human_2[3]; /* NULL-terminated */
static nitro_human_line human_environment_create[3];
static nitro_behaviour behaviour_environment_create;
const nitro_behaviour *nitro_behaviour_environment_create(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_environment_create_var_0[0] = "workspaceId";
        path_environment_create_var_1[0] = "name";
        bindings_environment_create[0] = (nitro_binding){path_environment_create_var_0, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_environment_create[1] = (nitro_binding){path_environment_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_environment_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL};
        path_environment_create_data[0] = "pushWorkspaceChanges";
        path_environment_create_data[1] = "changes";
        path_environment_create_data[2] = "[0]";
        path_environment_create_data[3] = "result";
        path_environment_create_result_id[0] = "id";
        path_environment_create_result_name[0] = "name";
        path_environment_create_result_workspace_name[0] = "workspace";
        path_environment_create_result_workspace_name[1] = "name";
        fields_environment_create_result_workspace[0] = (nitro_field_def){"name", path_environment_create_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_environment_create_result_workspace[0] = "workspace";
        fields_environment_create_result[0] = (nitro_field_def){"id", path_environment_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_environment_create_result[1] = (nitro_field_def){"name", path_environment_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_environment_create_result[2] = (nitro_field_def){"workspace", path_environment_create_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_environment_create_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING};
        path_environment_create_errors_0[0] = "pushWorkspaceChanges";
        path_environment_create_errors_0[1] = "errors";
        path_environment_create_errors_1[0] = "pushWorkspaceChanges";
        path_environment_create_errors_1[1] = "changes";
        path_environment_create_errors_1[2] = "[0]";
        path_environment_create_errors_1[3] = "error";
        errors_environment_create[0] = path_environment_create_errors_0;
        errors_environment_create[1] = path_environment_create_errors_1;
        verbatim_environment_create[0] = "ChangeValidationFailed";
        verbatim_environment_create[1] = "UnexpectedErrorOnChange";
        verbatim_environment_create[2] = "WorkspaceNotFoundForChange";
        text_environment_create_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Creating environment '", {0}, 0, 0};
        text_environment_create_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_environment_create, name), NITRO_OPT_STRING};
        text_environment_create_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_environment_create_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Created environment '", {0}, 0, 0};
        text_environment_create_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_environment_create, name), NITRO_OPT_STRING};
        text_environment_create_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_environment_create_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        path_environment_create_human_0[0] = "id";
        path_environment_create_human_1[0] = "name";
        path_environment_create_human_2[0] = "workspace";
        path_environment_create_human_2[1] = "name";
        human_environment_create[0] = (nitro_human_line){"Id", {path_environment_create_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_environment_create[1] = (nitro_human_line){"Name", {path_environment_create_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_environment_create[2] = (nitro_human_line){"Workspace", {path_environment_create_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        behaviour_environment_create = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_create_environment_operation(), bindings_environment_create, 2},
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
    }
    return &behaviour_environment_create;
}

/* ---- environment list ---- */
static const char *path_environment_list_var_0[2]; /* NULL-terminated */
static const char *path_environment_list_var_1[2]; /* NULL-terminated */
static const char *path_environment_list_var_2[2]; /* NULL-terminated */
static nitro_binding bindings_environment_list[3];
static const char *path_environment_list_data[3]; /* NULL-terminated */
static const char *path_environment_list_result_id[2]; /* NULL-terminated */
static const char *path_environment_list_result_name[2]; /* NULL-terminated */
static const char *path_environment_list_result_workspace_name[3]; /* NULL-terminated */
static nitro_field_def fields_environment_list_result_workspace[1];
static const char *path_environment_list_result_workspace[2]; /* NULL-terminated */
static nitro_field_def fields_environment_list_result[3];
static nitro_text_part text_environment_list_activity[1];
static nitro_text_part text_environment_list_not_found[3];
static const char *path_environment_list_human_0[2]; /* NULL-terminated */
static const char *path_environment_list_human_1[2]; /* NULL-terminated */
static const char *path_environment_list_human_2[3]; /* NULL-terminated */
static nitro_human_line human_environment_list[3];
static const char *path_environment_list_column_0[2]; /* NULL-terminated */
static const char *path_environment_list_column_1[2]; /* NULL-terminated */
static nitro_column columns_environment_list[2];
static nitro_behaviour behaviour_environment_list;
const nitro_behaviour *nitro_behaviour_environment_list(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_environment_list_var_0[0] = "workspaceId";
        path_environment_list_var_1[0] = "after";
        path_environment_list_var_2[0] = "first";
        bindings_environment_list[0] = (nitro_binding){path_environment_list_var_0, NITRO_BIND_WORKSPACE, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_environment_list[1] = (nitro_binding){path_environment_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_environment_list[2] = (nitro_binding){path_environment_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_environment_list_data[0] = "workspaceById";
        path_environment_list_data[1] = "environments";
        path_environment_list_result_id[0] = "id";
        path_environment_list_result_name[0] = "name";
        path_environment_list_result_workspace_name[0] = "workspace";
        path_environment_list_result_workspace_name[1] = "name";
        fields_environment_list_result_workspace[0] = (nitro_field_def){"name", path_environment_list_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_environment_list_result_workspace[0] = "workspace";
        fields_environment_list_result[0] = (nitro_field_def){"id", path_environment_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_environment_list_result[1] = (nitro_field_def){"name", path_environment_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_environment_list_result[2] = (nitro_field_def){"workspace", path_environment_list_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_environment_list_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING};
        text_environment_list_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching environments", {0}, 0, 0};
        text_environment_list_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The workspace with ID '", {0}, 0, 0};
        text_environment_list_not_found[1] = (nitro_text_part){NITRO_PART_WORKSPACE, NULL, {0}, 0, 0};
        text_environment_list_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_environment_list_human_0[0] = "id";
        path_environment_list_human_1[0] = "name";
        path_environment_list_human_2[0] = "workspace";
        path_environment_list_human_2[1] = "name";
        human_environment_list[0] = (nitro_human_line){"Id", {path_environment_list_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_environment_list[1] = (nitro_human_line){"Name", {path_environment_list_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_environment_list[2] = (nitro_human_line){"Workspace", {path_environment_list_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        path_environment_list_column_0[0] = "id";
        path_environment_list_column_1[0] = "name";
        columns_environment_list[0] = (nitro_column){"Id", {path_environment_list_column_0, NITRO_FMT_NONE}};
        columns_environment_list[1] = (nitro_column){"Name", {path_environment_list_column_1, NITRO_FMT_NONE}};
        behaviour_environment_list = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_list_environments_operation(), bindings_environment_list, 3},
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
    }
    return &behaviour_environment_list;
}

/* ---- environment show ---- */
static const char *path_environment_show_var_0[2]; /* NULL-terminated */
static nitro_binding bindings_environment_show[1];
static const char *path_environment_show_data[2]; /* NULL-terminated */
static const char *path_environment_show_result_id[2]; /* NULL-terminated */
static const char *path_environment_show_result_name[2]; /* NULL-terminated */
static const char *path_environment_show_result_workspace_name[3]; /* NULL-terminated */
static nitro_field_def fields_environment_show_result_workspace[1];
static const char *path_environment_show_result_workspace[2]; /* NULL-terminated */
static nitro_field_def fields_environment_show_result[3];
static nitro_text_part text_environment_show_activity[1];
static nitro_text_part text_environment_show_not_found[3];
static const char *path_environment_show_human_0[2]; /* NULL-terminated */
static const char *path_environment_show_human_1[2]; /* NULL-terminated */
static const char *path_environment_show_human_2[3]; /* NULL-terminated */
static nitro_human_line human_environment_show[3];
static nitro_behaviour behaviour_environment_show;
const nitro_behaviour *nitro_behaviour_environment_show(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_environment_show_var_0[0] = "workspaceId";
        bindings_environment_show[0] = (nitro_binding){path_environment_show_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_environment_show, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        path_environment_show_data[0] = "node";
        path_environment_show_result_id[0] = "id";
        path_environment_show_result_name[0] = "name";
        path_environment_show_result_workspace_name[0] = "workspace";
        path_environment_show_result_workspace_name[1] = "name";
        fields_environment_show_result_workspace[0] = (nitro_field_def){"name", path_environment_show_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_environment_show_result_workspace[0] = "workspace";
        fields_environment_show_result[0] = (nitro_field_def){"id", path_environment_show_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_environment_show_result[1] = (nitro_field_def){"name", path_environment_show_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_environment_show_result[2] = (nitro_field_def){"workspace", path_environment_show_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_environment_show_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING};
        text_environment_show_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching environment", {0}, 0, 0};
        text_environment_show_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The environment with ID '", {0}, 0, 0};
        text_environment_show_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_environment_show, id), NITRO_OPT_STRING};
        text_environment_show_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_environment_show_human_0[0] = "id";
        path_environment_show_human_1[0] = "name";
        path_environment_show_human_2[0] = "workspace";
        path_environment_show_human_2[1] = "name";
        human_environment_show[0] = (nitro_human_line){"Id", {path_environment_show_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_environment_show[1] = (nitro_human_line){"Name", {path_environment_show_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_environment_show[2] = (nitro_human_line){"Workspace", {path_environment_show_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        behaviour_environment_show = (nitro_behaviour){
            .kind = NITRO_KIND_QUERY,
            .request = {gql_show_environment_operation(), bindings_environment_show, 1},
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
    }
    return &behaviour_environment_show;
}

/* ---- openapi create ---- */
static const char *path_openapi_create_var_0[3]; /* NULL-terminated */
static const char *path_openapi_create_var_1[3]; /* NULL-terminated */
static nitro_binding bindings_openapi_create[2];
static const char *path_openapi_create_data[3]; /* NULL-terminated */
static const char *path_openapi_create_result_id[2]; /* NULL-terminated */
static const char *path_openapi_create_result_name[2]; /* NULL-terminated */
static nitro_field_def fields_openapi_create_result[2];
static const char *path_openapi_create_errors_0[3]; /* NULL-terminated */
static const char *const *errors_openapi_create[1];
static const char *verbatim_openapi_create[2];
static nitro_text_part text_openapi_create_activity[5];
static nitro_text_part text_openapi_create_success[3];
static nitro_text_part text_openapi_create_no_data[1];
static const char *path_openapi_create_human_0[2]; /* NULL-terminated */
static const char *path_openapi_create_human_1[2]; /* NULL-terminated */
static nitro_human_line human_openapi_create[2];
static nitro_pick_def picks_openapi_create[1];
static nitro_behaviour behaviour_openapi_create;
const nitro_behaviour *nitro_behaviour_openapi_create(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_openapi_create_var_0[0] = "input";
        path_openapi_create_var_0[1] = "apiId";
        path_openapi_create_var_1[0] = "input";
        path_openapi_create_var_1[1] = "name";
        bindings_openapi_create[0] = (nitro_binding){path_openapi_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_create, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_openapi_create[1] = (nitro_binding){path_openapi_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL};
        path_openapi_create_data[0] = "createOpenApiCollection";
        path_openapi_create_data[1] = "openApiCollection";
        path_openapi_create_result_id[0] = "id";
        path_openapi_create_result_name[0] = "name";
        fields_openapi_create_result[0] = (nitro_field_def){"id", path_openapi_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_openapi_create_result[1] = (nitro_field_def){"name", path_openapi_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_openapi_create_errors_0[0] = "createOpenApiCollection";
        path_openapi_create_errors_0[1] = "errors";
        errors_openapi_create[0] = path_openapi_create_errors_0;
        verbatim_openapi_create[0] = "ApiNotFoundError";
        verbatim_openapi_create[1] = "UnauthorizedOperation";
        text_openapi_create_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Creating OpenAPI collection '", {0}, 0, 0};
        text_openapi_create_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_create, name), NITRO_OPT_STRING};
        text_openapi_create_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' for API '", {0}, 0, 0};
        text_openapi_create_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_create, api_id), NITRO_OPT_STRING};
        text_openapi_create_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_openapi_create_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Created OpenAPI collection '", {0}, 0, 0};
        text_openapi_create_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_create, name), NITRO_OPT_STRING};
        text_openapi_create_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_openapi_create_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        path_openapi_create_human_0[0] = "id";
        path_openapi_create_human_1[0] = "name";
        human_openapi_create[0] = (nitro_human_line){"Id", {path_openapi_create_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_openapi_create[1] = (nitro_human_line){"Name", {path_openapi_create_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        picks_openapi_create[0] = (nitro_pick_def){offsetof(nitro_opts_openapi_create, api_id), "api-id", nitro_picker_api(), "For which API do you want to create an OpenAPI collection\?"};
        behaviour_openapi_create = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_create_openapi_collection_operation(), bindings_openapi_create, 2},
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
    }
    return &behaviour_openapi_create;
}

/* ---- openapi delete ---- */
static const char *path_openapi_delete_var_0[3]; /* NULL-terminated */
static nitro_binding bindings_openapi_delete[1];
static const char *path_openapi_delete_data[3]; /* NULL-terminated */
static const char *path_openapi_delete_result_id[2]; /* NULL-terminated */
static const char *path_openapi_delete_result_name[2]; /* NULL-terminated */
static nitro_field_def fields_openapi_delete_result[2];
static const char *path_openapi_delete_errors_0[3]; /* NULL-terminated */
static const char *const *errors_openapi_delete[1];
static const char *verbatim_openapi_delete[2];
static nitro_text_part text_openapi_delete_activity[3];
static nitro_text_part text_openapi_delete_success[3];
static nitro_text_part text_openapi_delete_no_data[1];
static nitro_text_part text_openapi_delete_confirm[3];
static nitro_text_part text_openapi_delete_declined[1];
static const char *path_openapi_delete_human_0[2]; /* NULL-terminated */
static const char *path_openapi_delete_human_1[2]; /* NULL-terminated */
static nitro_human_line human_openapi_delete[2];
static nitro_behaviour behaviour_openapi_delete;
const nitro_behaviour *nitro_behaviour_openapi_delete(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_openapi_delete_var_0[0] = "input";
        path_openapi_delete_var_0[1] = "openApiCollectionId";
        bindings_openapi_delete[0] = (nitro_binding){path_openapi_delete_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        path_openapi_delete_data[0] = "deleteOpenApiCollectionById";
        path_openapi_delete_data[1] = "openApiCollection";
        path_openapi_delete_result_id[0] = "id";
        path_openapi_delete_result_name[0] = "name";
        fields_openapi_delete_result[0] = (nitro_field_def){"id", path_openapi_delete_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_openapi_delete_result[1] = (nitro_field_def){"name", path_openapi_delete_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_openapi_delete_errors_0[0] = "deleteOpenApiCollectionById";
        path_openapi_delete_errors_0[1] = "errors";
        errors_openapi_delete[0] = path_openapi_delete_errors_0;
        verbatim_openapi_delete[0] = "OpenApiCollectionNotFoundError";
        verbatim_openapi_delete[1] = "UnauthorizedOperation";
        text_openapi_delete_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Deleting OpenAPI collection '", {0}, 0, 0};
        text_openapi_delete_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_delete, id), NITRO_OPT_STRING};
        text_openapi_delete_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_openapi_delete_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Deleted OpenAPI collection '", {0}, 0, 0};
        text_openapi_delete_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_delete, id), NITRO_OPT_STRING};
        text_openapi_delete_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_openapi_delete_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        text_openapi_delete_confirm[0] = (nitro_text_part){NITRO_PART_TEXT, "Do you want to delete the OpenAPI collection with ID ", {0}, 0, 0};
        text_openapi_delete_confirm[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_delete, id), NITRO_OPT_STRING};
        text_openapi_delete_confirm[2] = (nitro_text_part){NITRO_PART_TEXT, "\?", {0}, 0, 0};
        text_openapi_delete_declined[0] = (nitro_text_part){NITRO_PART_TEXT, "Aborted.", {0}, 0, 0};
        path_openapi_delete_human_0[0] = "id";
        path_openapi_delete_human_1[0] = "name";
        human_openapi_delete[0] = (nitro_human_line){"Id", {path_openapi_delete_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_openapi_delete[1] = (nitro_human_line){"Name", {path_openapi_delete_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        behaviour_openapi_delete = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_delete_openapi_collection_operation(), bindings_openapi_delete, 1},
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
    }
    return &behaviour_openapi_delete;
}

/* ---- openapi list ---- */
static const char *path_openapi_list_var_0[2]; /* NULL-terminated */
static const char *path_openapi_list_var_1[2]; /* NULL-terminated */
static const char *path_openapi_list_var_2[2]; /* NULL-terminated */
static nitro_binding bindings_openapi_list[3];
static const char *path_openapi_list_data[3]; /* NULL-terminated */
static const char *path_openapi_list_result_id[2]; /* NULL-terminated */
static const char *path_openapi_list_result_name[2]; /* NULL-terminated */
static nitro_field_def fields_openapi_list_result[2];
static nitro_text_part text_openapi_list_activity[1];
static nitro_text_part text_openapi_list_not_found[3];
static const char *path_openapi_list_human_0[2]; /* NULL-terminated */
static const char *path_openapi_list_human_1[2]; /* NULL-terminated */
static nitro_human_line human_openapi_list[2];
static const char *path_openapi_list_column_0[2]; /* NULL-terminated */
static const char *path_openapi_list_column_1[2]; /* NULL-terminated */
static nitro_column columns_openapi_list[2];
static nitro_pick_def picks_openapi_list[1];
static nitro_behaviour behaviour_openapi_list;
const nitro_behaviour *nitro_behaviour_openapi_list(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_openapi_list_var_0[0] = "apiId";
        path_openapi_list_var_1[0] = "after";
        path_openapi_list_var_2[0] = "first";
        bindings_openapi_list[0] = (nitro_binding){path_openapi_list_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_list, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_openapi_list[1] = (nitro_binding){path_openapi_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_openapi_list[2] = (nitro_binding){path_openapi_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_openapi_list_data[0] = "node";
        path_openapi_list_data[1] = "openApiCollections";
        path_openapi_list_result_id[0] = "id";
        path_openapi_list_result_name[0] = "name";
        fields_openapi_list_result[0] = (nitro_field_def){"id", path_openapi_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_openapi_list_result[1] = (nitro_field_def){"name", path_openapi_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        text_openapi_list_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching OpenAPI collections", {0}, 0, 0};
        text_openapi_list_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0};
        text_openapi_list_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_list, api_id), NITRO_OPT_STRING};
        text_openapi_list_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_openapi_list_human_0[0] = "id";
        path_openapi_list_human_1[0] = "name";
        human_openapi_list[0] = (nitro_human_line){"Id", {path_openapi_list_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_openapi_list[1] = (nitro_human_line){"Name", {path_openapi_list_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        path_openapi_list_column_0[0] = "id";
        path_openapi_list_column_1[0] = "name";
        columns_openapi_list[0] = (nitro_column){"Id", {path_openapi_list_column_0, NITRO_FMT_NONE}};
        columns_openapi_list[1] = (nitro_column){"Name", {path_openapi_list_column_1, NITRO_FMT_NONE}};
        picks_openapi_list[0] = (nitro_pick_def){offsetof(nitro_opts_openapi_list, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        behaviour_openapi_list = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_list_openapi_collections_operation(), bindings_openapi_list, 3},
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
    }
    return &behaviour_openapi_list;
}

/* ---- openapi upload ---- */
static const char *path_openapi_upload_var_0[3]; /* NULL-terminated */
static const char *path_openapi_upload_var_1[3]; /* NULL-terminated */
static const char *path_openapi_upload_var_2[3]; /* NULL-terminated */
static nitro_binding bindings_openapi_upload[3];
static const char *path_openapi_upload_data[3]; /* NULL-terminated */
static const char *path_openapi_upload_result_openApiCollectionVersionId[2]; /* NULL-terminated */
static nitro_field_def fields_openapi_upload_result[2];
static const char *path_openapi_upload_errors_0[3]; /* NULL-terminated */
static const char *const *errors_openapi_upload[1];
static const char *verbatim_openapi_upload[5];
static nitro_text_part text_openapi_upload_activity[5];
static nitro_text_part text_openapi_upload_success[3];
static nitro_text_part text_openapi_upload_no_data[1];
static nitro_zip_entry_def zip_openapi_upload_0[1];
static const char *path_openapi_upload_upload_0[3]; /* NULL-terminated */
static nitro_upload_def uploads_openapi_upload[1];
static nitro_behaviour behaviour_openapi_upload;
const nitro_behaviour *nitro_behaviour_openapi_upload(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_openapi_upload_var_0[0] = "input";
        path_openapi_upload_var_0[1] = "openApiCollectionId";
        path_openapi_upload_var_1[0] = "input";
        path_openapi_upload_var_1[1] = "tag";
        path_openapi_upload_var_2[0] = "input";
        path_openapi_upload_var_2[1] = "source";
        bindings_openapi_upload[0] = (nitro_binding){path_openapi_upload_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_upload, openapi_collection_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "openapi-collection-id", NITRO_NO_OPTION, 0, NULL};
        bindings_openapi_upload[1] = (nitro_binding){path_openapi_upload_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_upload, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL};
        bindings_openapi_upload[2] = (nitro_binding){path_openapi_upload_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_upload, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_openapi_upload_data[0] = "uploadOpenApiCollection";
        path_openapi_upload_data[1] = "openApiCollectionVersion";
        path_openapi_upload_result_openApiCollectionVersionId[0] = "id";
        fields_openapi_upload_result[0] = (nitro_field_def){"openApiCollectionVersionId", path_openapi_upload_result_openApiCollectionVersionId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_openapi_upload_result[1] = (nitro_field_def){"tag", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_openapi_upload, tag), NITRO_OPT_STRING};
        path_openapi_upload_errors_0[0] = "uploadOpenApiCollection";
        path_openapi_upload_errors_0[1] = "errors";
        errors_openapi_upload[0] = path_openapi_upload_errors_0;
        verbatim_openapi_upload[0] = "UnauthorizedOperation";
        verbatim_openapi_upload[1] = "OpenApiCollectionNotFoundError";
        verbatim_openapi_upload[2] = "InvalidOpenApiCollectionArchiveError";
        verbatim_openapi_upload[3] = "DuplicatedTagError";
        verbatim_openapi_upload[4] = "ConcurrentOperationError";
        text_openapi_upload_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Uploading new OpenAPI collection version '", {0}, 0, 0};
        text_openapi_upload_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_upload, tag), NITRO_OPT_STRING};
        text_openapi_upload_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' for collection '", {0}, 0, 0};
        text_openapi_upload_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_upload, openapi_collection_id), NITRO_OPT_STRING};
        text_openapi_upload_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_openapi_upload_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Uploaded new OpenAPI collection version '", {0}, 0, 0};
        text_openapi_upload_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_upload, tag), NITRO_OPT_STRING};
        text_openapi_upload_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_openapi_upload_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not upload OpenAPI collection version.", {0}, 0, 0};
        zip_openapi_upload_0[0] = (nitro_zip_entry_def){offsetof(nitro_opts_openapi_upload, pattern), NITRO_OPT_STRING_LIST, "pattern", NULL, NULL};
        path_openapi_upload_upload_0[0] = "input";
        path_openapi_upload_upload_0[1] = "collection";
        uploads_openapi_upload[0] = (nitro_upload_def){path_openapi_upload_upload_0, NITRO_NO_OPTION, NULL, "collection.zip", zip_openapi_upload_0, 1, false, NULL};
        behaviour_openapi_upload = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_upload_openapi_collection_operation(), bindings_openapi_upload, 3},
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
    }
    return &behaviour_openapi_upload;
}

/* ---- openapi validate ---- */
static const char *path_openapi_validate_var_0[3]; /* NULL-terminated */
static const char *path_openapi_validate_var_1[3]; /* NULL-terminated */
static const char *path_openapi_validate_var_2[3]; /* NULL-terminated */
static nitro_binding bindings_openapi_validate[3];
static const char *path_openapi_validate_data[2]; /* NULL-terminated */
static const char *path_openapi_validate_result_requestId[2]; /* NULL-terminated */
static nitro_field_def fields_openapi_validate_result[2];
static const char *path_openapi_validate_errors_0[3]; /* NULL-terminated */
static const char *const *errors_openapi_validate[1];
static const char *verbatim_openapi_validate[3];
static nitro_text_part text_openapi_validate_activity[5];
static nitro_text_part text_openapi_validate_success[3];
static nitro_text_part text_openapi_validate_no_data[1];
static nitro_zip_entry_def zip_openapi_validate_0[1];
static const char *path_openapi_validate_upload_0[3]; /* NULL-terminated */
static nitro_upload_def uploads_openapi_validate[1];
static const char *path_openapi_validate_follow_var_0[2]; /* NULL-terminated */
static const char *path_openapi_validate_follow_value_0[2]; /* NULL-terminated */
static const char *const *follow_variables_openapi_validate[1];
static const char *const *follow_values_openapi_validate[1];
static nitro_text_part text_openapi_validate_event_0_say[1];
static nitro_text_part text_openapi_validate_event_1_say[1];
static nitro_text_part text_openapi_validate_event_2_say[1];
static nitro_text_part text_openapi_validate_event_3_say[1];
static const char *path_openapi_validate_event_3_errors[2]; /* NULL-terminated */
static nitro_event_def events_openapi_validate[4];
static const char *path_openapi_validate_follow_created_1[2]; /* NULL-terminated */
static nitro_text_part text_openapi_validate_follow_created[3];
static nitro_text_part text_openapi_validate_follow_failed[1];
static nitro_text_part text_openapi_validate_follow_ended[1];
static const char *path_openapi_validate_follow_stopped_1[2]; /* NULL-terminated */
static nitro_text_part text_openapi_validate_follow_stopped[3];
static const char *path_openapi_validate_follow_data[2]; /* NULL-terminated */
static nitro_follow_def follow_openapi_validate;
static nitro_behaviour behaviour_openapi_validate;
const nitro_behaviour *nitro_behaviour_openapi_validate(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_openapi_validate_var_0[0] = "input";
        path_openapi_validate_var_0[1] = "openApiCollectionId";
        path_openapi_validate_var_1[0] = "input";
        path_openapi_validate_var_1[1] = "stage";
        path_openapi_validate_var_2[0] = "input";
        path_openapi_validate_var_2[1] = "source";
        bindings_openapi_validate[0] = (nitro_binding){path_openapi_validate_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_validate, openapi_collection_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "openapi-collection-id", NITRO_NO_OPTION, 0, NULL};
        bindings_openapi_validate[1] = (nitro_binding){path_openapi_validate_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_validate, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL};
        bindings_openapi_validate[2] = (nitro_binding){path_openapi_validate_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_validate, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_openapi_validate_data[0] = "validateOpenApiCollection";
        path_openapi_validate_result_requestId[0] = "id";
        fields_openapi_validate_result[0] = (nitro_field_def){"requestId", path_openapi_validate_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_openapi_validate_result[1] = (nitro_field_def){"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING};
        path_openapi_validate_errors_0[0] = "validateOpenApiCollection";
        path_openapi_validate_errors_0[1] = "errors";
        errors_openapi_validate[0] = path_openapi_validate_errors_0;
        verbatim_openapi_validate[0] = "UnauthorizedOperation";
        verbatim_openapi_validate[1] = "StageNotFoundError";
        verbatim_openapi_validate[2] = "OpenApiCollectionNotFoundError";
        text_openapi_validate_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating OpenAPI collection '", {0}, 0, 0};
        text_openapi_validate_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_validate, openapi_collection_id), NITRO_OPT_STRING};
        text_openapi_validate_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' against stage '", {0}, 0, 0};
        text_openapi_validate_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_validate, stage), NITRO_OPT_STRING};
        text_openapi_validate_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_openapi_validate_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Validated OpenAPI collection against stage '", {0}, 0, 0};
        text_openapi_validate_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_validate, stage), NITRO_OPT_STRING};
        text_openapi_validate_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_openapi_validate_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not create validation request!", {0}, 0, 0};
        zip_openapi_validate_0[0] = (nitro_zip_entry_def){offsetof(nitro_opts_openapi_validate, pattern), NITRO_OPT_STRING_LIST, "pattern", NULL, NULL};
        path_openapi_validate_upload_0[0] = "input";
        path_openapi_validate_upload_0[1] = "collection";
        uploads_openapi_validate[0] = (nitro_upload_def){path_openapi_validate_upload_0, NITRO_NO_OPTION, NULL, "collection.zip", zip_openapi_validate_0, 1, false, NULL};
        path_openapi_validate_follow_var_0[0] = "requestId";
        path_openapi_validate_follow_value_0[0] = "id";
        follow_variables_openapi_validate[0] = path_openapi_validate_follow_var_0;
        follow_values_openapi_validate[0] = path_openapi_validate_follow_value_0;
        text_openapi_validate_event_0_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_openapi_validate_event_1_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_openapi_validate_event_2_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0};
        text_openapi_validate_event_3_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation failed.", {0}, 0, 0};
        path_openapi_validate_event_3_errors[0] = "errors";
        events_openapi_validate[0] = (nitro_event_def){"OperationInProgress", {text_openapi_validate_event_0_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_openapi_validate[1] = (nitro_event_def){"ValidationInProgress", {text_openapi_validate_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_openapi_validate[2] = (nitro_event_def){"OpenApiCollectionVersionValidationSuccess", {text_openapi_validate_event_2_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL};
        events_openapi_validate[3] = (nitro_event_def){"OpenApiCollectionVersionValidationFailed", {text_openapi_validate_event_3_say, 1}, path_openapi_validate_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        path_openapi_validate_follow_created_1[0] = "id";
        text_openapi_validate_follow_created[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation request created (ID: ", {0}, 0, 0};
        text_openapi_validate_follow_created[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_openapi_validate_follow_created_1, NITRO_FMT_NONE}, 0, 0};
        text_openapi_validate_follow_created[2] = (nitro_text_part){NITRO_PART_TEXT, ").", {0}, 0, 0};
        text_openapi_validate_follow_failed[0] = (nitro_text_part){NITRO_PART_TEXT, "OpenAPI collection validation failed.", {0}, 0, 0};
        text_openapi_validate_follow_ended[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation failed: the server ended the stream without a result.", {0}, 0, 0};
        path_openapi_validate_follow_stopped_1[0] = "id";
        text_openapi_validate_follow_stopped[0] = (nitro_text_part){NITRO_PART_TEXT, "The validation request ", {0}, 0, 0};
        text_openapi_validate_follow_stopped[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_openapi_validate_follow_stopped_1, NITRO_FMT_NONE}, 0, 0};
        text_openapi_validate_follow_stopped[2] = (nitro_text_part){NITRO_PART_TEXT, " may go on on the server; it publishes nothing.", {0}, 0, 0};
        path_openapi_validate_follow_data[0] = "onOpenApiCollectionVersionValidationUpdate";
        follow_openapi_validate = (nitro_follow_def){
            .operation = gql_on_openapi_collection_validation_operation(),
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
        behaviour_openapi_validate = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_validate_openapi_collection_operation(), bindings_openapi_validate, 3},
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
    }
    return &behaviour_openapi_validate;
}

/* ---- openapi publish ---- */
static const char *path_openapi_publish_var_0[3]; /* NULL-terminated */
static const char *path_openapi_publish_var_1[3]; /* NULL-terminated */
static const char *path_openapi_publish_var_2[3]; /* NULL-terminated */
static const char *path_openapi_publish_var_3[3]; /* NULL-terminated */
static const char *path_openapi_publish_var_4[3]; /* NULL-terminated */
static const char *path_openapi_publish_var_5[3]; /* NULL-terminated */
static nitro_binding bindings_openapi_publish[6];
static const char *path_openapi_publish_data[2]; /* NULL-terminated */
static const char *path_openapi_publish_result_requestId[2]; /* NULL-terminated */
static nitro_field_def fields_openapi_publish_result[3];
static const char *path_openapi_publish_errors_0[3]; /* NULL-terminated */
static const char *const *errors_openapi_publish[1];
static const char *verbatim_openapi_publish[4];
static nitro_text_part text_openapi_publish_activity[7];
static nitro_text_part text_openapi_publish_success[5];
static nitro_text_part text_openapi_publish_no_data[1];
static const char *path_openapi_publish_follow_var_0[2]; /* NULL-terminated */
static const char *path_openapi_publish_follow_value_0[2]; /* NULL-terminated */
static const char *const *follow_variables_openapi_publish[1];
static const char *const *follow_values_openapi_publish[1];
static const char *path_openapi_publish_event_0_say_1[2]; /* NULL-terminated */
static nitro_text_part text_openapi_publish_event_0_say[3];
static nitro_text_part text_openapi_publish_event_1_say[1];
static nitro_text_part text_openapi_publish_event_2_say[1];
static nitro_text_part text_openapi_publish_event_3_say[1];
static const char *path_openapi_publish_event_3_errors[3]; /* NULL-terminated */
static nitro_text_part text_openapi_publish_event_4_say[1];
static nitro_text_part text_openapi_publish_event_5_say[1];
static nitro_text_part text_openapi_publish_event_6_say[1];
static const char *path_openapi_publish_event_6_errors[2]; /* NULL-terminated */
static nitro_event_def events_openapi_publish[7];
static const char *path_openapi_publish_follow_created_1[2]; /* NULL-terminated */
static nitro_text_part text_openapi_publish_follow_created[3];
static nitro_text_part text_openapi_publish_follow_failed[1];
static nitro_text_part text_openapi_publish_follow_ended[1];
static const char *path_openapi_publish_follow_stopped_1[2]; /* NULL-terminated */
static nitro_text_part text_openapi_publish_follow_stopped[5];
static const char *path_openapi_publish_follow_data[2]; /* NULL-terminated */
static nitro_follow_def follow_openapi_publish;
static nitro_behaviour behaviour_openapi_publish;
const nitro_behaviour *nitro_behaviour_openapi_publish(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_openapi_publish_var_0[0] = "input";
        path_openapi_publish_var_0[1] = "openApiCollectionId";
        path_openapi_publish_var_1[0] = "input";
        path_openapi_publish_var_1[1] = "stage";
        path_openapi_publish_var_2[0] = "input";
        path_openapi_publish_var_2[1] = "tag";
        path_openapi_publish_var_3[0] = "input";
        path_openapi_publish_var_3[1] = "waitForApproval";
        path_openapi_publish_var_4[0] = "input";
        path_openapi_publish_var_4[1] = "force";
        path_openapi_publish_var_5[0] = "input";
        path_openapi_publish_var_5[1] = "source";
        bindings_openapi_publish[0] = (nitro_binding){path_openapi_publish_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_publish, openapi_collection_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "openapi-collection-id", NITRO_NO_OPTION, 0, NULL};
        bindings_openapi_publish[1] = (nitro_binding){path_openapi_publish_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_publish, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL};
        bindings_openapi_publish[2] = (nitro_binding){path_openapi_publish_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_publish, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL};
        bindings_openapi_publish[3] = (nitro_binding){path_openapi_publish_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_publish, wait_for_approval), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "wait-for-approval", NITRO_NO_OPTION, 0, NULL};
        bindings_openapi_publish[4] = (nitro_binding){path_openapi_publish_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_publish, force), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "force", NITRO_NO_OPTION, 0, NULL};
        bindings_openapi_publish[5] = (nitro_binding){path_openapi_publish_var_5, NITRO_BIND_INPUT, offsetof(nitro_opts_openapi_publish, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_openapi_publish_data[0] = "publishOpenApiCollection";
        path_openapi_publish_result_requestId[0] = "id";
        fields_openapi_publish_result[0] = (nitro_field_def){"stage", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_openapi_publish, stage), NITRO_OPT_STRING};
        fields_openapi_publish_result[1] = (nitro_field_def){"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING};
        fields_openapi_publish_result[2] = (nitro_field_def){"requestId", path_openapi_publish_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_openapi_publish_errors_0[0] = "publishOpenApiCollection";
        path_openapi_publish_errors_0[1] = "errors";
        errors_openapi_publish[0] = path_openapi_publish_errors_0;
        verbatim_openapi_publish[0] = "UnauthorizedOperation";
        verbatim_openapi_publish[1] = "StageNotFoundError";
        verbatim_openapi_publish[2] = "OpenApiCollectionNotFoundError";
        verbatim_openapi_publish[3] = "OpenApiCollectionVersionNotFoundError";
        text_openapi_publish_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Publishing new version '", {0}, 0, 0};
        text_openapi_publish_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_publish, tag), NITRO_OPT_STRING};
        text_openapi_publish_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' of OpenAPI collection '", {0}, 0, 0};
        text_openapi_publish_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_publish, openapi_collection_id), NITRO_OPT_STRING};
        text_openapi_publish_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "' to stage '", {0}, 0, 0};
        text_openapi_publish_activity[5] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_publish, stage), NITRO_OPT_STRING};
        text_openapi_publish_activity[6] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_openapi_publish_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Published new OpenAPI collection version '", {0}, 0, 0};
        text_openapi_publish_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_publish, tag), NITRO_OPT_STRING};
        text_openapi_publish_success[2] = (nitro_text_part){NITRO_PART_TEXT, "' to stage '", {0}, 0, 0};
        text_openapi_publish_success[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_publish, stage), NITRO_OPT_STRING};
        text_openapi_publish_success[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_openapi_publish_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not create publish request.", {0}, 0, 0};
        path_openapi_publish_follow_var_0[0] = "requestId";
        path_openapi_publish_follow_value_0[0] = "id";
        follow_variables_openapi_publish[0] = path_openapi_publish_follow_var_0;
        follow_values_openapi_publish[0] = path_openapi_publish_follow_value_0;
        path_openapi_publish_event_0_say_1[0] = "queuePosition";
        text_openapi_publish_event_0_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is queued. The current position in the queue is ", {0}, 0, 0};
        text_openapi_publish_event_0_say[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_openapi_publish_event_0_say_1, NITRO_FMT_NONE}, 0, 0};
        text_openapi_publish_event_0_say[2] = (nitro_text_part){NITRO_PART_TEXT, ".", {0}, 0, 0};
        text_openapi_publish_event_1_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is ready for processing.", {0}, 0, 0};
        text_openapi_publish_event_2_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is being processed.", {0}, 0, 0};
        text_openapi_publish_event_3_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is waiting for approval. Check Nitro to approve the request.", {0}, 0, 0};
        path_openapi_publish_event_3_errors[0] = "deployment";
        path_openapi_publish_event_3_errors[1] = "errors";
        text_openapi_publish_event_4_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request has been approved.", {0}, 0, 0};
        text_openapi_publish_event_5_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Published successfully.", {0}, 0, 0};
        text_openapi_publish_event_6_say[0] = (nitro_text_part){NITRO_PART_TEXT, "OpenAPI collection version was rejected.", {0}, 0, 0};
        path_openapi_publish_event_6_errors[0] = "errors";
        events_openapi_publish[0] = (nitro_event_def){"ProcessingTaskIsQueued", {text_openapi_publish_event_0_say, 3}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_openapi_publish[1] = (nitro_event_def){"ProcessingTaskIsReady", {text_openapi_publish_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_openapi_publish[2] = (nitro_event_def){"OperationInProgress", {text_openapi_publish_event_2_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_openapi_publish[3] = (nitro_event_def){"WaitForApproval", {text_openapi_publish_event_3_say, 1}, path_openapi_publish_event_3_errors, NITRO_OUTCOME_CONTINUE, true, NULL};
        events_openapi_publish[4] = (nitro_event_def){"ProcessingTaskApproved", {text_openapi_publish_event_4_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_openapi_publish[5] = (nitro_event_def){"OpenApiCollectionVersionPublishSuccess", {text_openapi_publish_event_5_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL};
        events_openapi_publish[6] = (nitro_event_def){"OpenApiCollectionVersionPublishFailed", {text_openapi_publish_event_6_say, 1}, path_openapi_publish_event_6_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        path_openapi_publish_follow_created_1[0] = "id";
        text_openapi_publish_follow_created[0] = (nitro_text_part){NITRO_PART_TEXT, "Publish request created (ID: ", {0}, 0, 0};
        text_openapi_publish_follow_created[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_openapi_publish_follow_created_1, NITRO_FMT_NONE}, 0, 0};
        text_openapi_publish_follow_created[2] = (nitro_text_part){NITRO_PART_TEXT, ").", {0}, 0, 0};
        text_openapi_publish_follow_failed[0] = (nitro_text_part){NITRO_PART_TEXT, "OpenAPI collection publish failed.", {0}, 0, 0};
        text_openapi_publish_follow_ended[0] = (nitro_text_part){NITRO_PART_TEXT, "Processing failed: the server ended the stream without a result.", {0}, 0, 0};
        path_openapi_publish_follow_stopped_1[0] = "id";
        text_openapi_publish_follow_stopped[0] = (nitro_text_part){NITRO_PART_TEXT, "The publish request ", {0}, 0, 0};
        text_openapi_publish_follow_stopped[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_openapi_publish_follow_stopped_1, NITRO_FMT_NONE}, 0, 0};
        text_openapi_publish_follow_stopped[2] = (nitro_text_part){NITRO_PART_TEXT, " may go on on the server; Nitro shows what stage '", {0}, 0, 0};
        text_openapi_publish_follow_stopped[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_openapi_publish, stage), NITRO_OPT_STRING};
        text_openapi_publish_follow_stopped[4] = (nitro_text_part){NITRO_PART_TEXT, "' has.", {0}, 0, 0};
        path_openapi_publish_follow_data[0] = "onOpenApiCollectionVersionPublishingUpdate";
        follow_openapi_publish = (nitro_follow_def){
            .operation = gql_on_openapi_collection_publish_operation(),
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
        behaviour_openapi_publish = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_publish_openapi_collection_operation(), bindings_openapi_publish, 6},
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
    }
    return &behaviour_openapi_publish;
}

/* ---- mcp create ---- */
static const char *path_mcp_create_var_0[3]; /* NULL-terminated */
static const char *path_mcp_create_var_1[3]; /* NULL-terminated */
static nitro_binding bindings_mcp_create[2];
static const char *path_mcp_create_data[3]; /* NULL-terminated */
static const char *path_mcp_create_result_id[2]; /* NULL-terminated */
static const char *path_mcp_create_result_name[2]; /* NULL-terminated */
static nitro_field_def fields_mcp_create_result[2];
static const char *path_mcp_create_errors_0[3]; /* NULL-terminated */
static const char *const *errors_mcp_create[1];
static const char *verbatim_mcp_create[2];
static nitro_text_part text_mcp_create_activity[5];
static nitro_text_part text_mcp_create_success[3];
static nitro_text_part text_mcp_create_no_data[1];
static const char *path_mcp_create_human_0[2]; /* NULL-terminated */
static const char *path_mcp_create_human_1[2]; /* NULL-terminated */
static nitro_human_line human_mcp_create[2];
static nitro_pick_def picks_mcp_create[1];
static nitro_behaviour behaviour_mcp_create;
const nitro_behaviour *nitro_behaviour_mcp_create(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_mcp_create_var_0[0] = "input";
        path_mcp_create_var_0[1] = "apiId";
        path_mcp_create_var_1[0] = "input";
        path_mcp_create_var_1[1] = "name";
        bindings_mcp_create[0] = (nitro_binding){path_mcp_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_create, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_mcp_create[1] = (nitro_binding){path_mcp_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL};
        path_mcp_create_data[0] = "createMcpFeatureCollection";
        path_mcp_create_data[1] = "mcpFeatureCollection";
        path_mcp_create_result_id[0] = "id";
        path_mcp_create_result_name[0] = "name";
        fields_mcp_create_result[0] = (nitro_field_def){"id", path_mcp_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mcp_create_result[1] = (nitro_field_def){"name", path_mcp_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_mcp_create_errors_0[0] = "createMcpFeatureCollection";
        path_mcp_create_errors_0[1] = "errors";
        errors_mcp_create[0] = path_mcp_create_errors_0;
        verbatim_mcp_create[0] = "ApiNotFoundError";
        verbatim_mcp_create[1] = "UnauthorizedOperation";
        text_mcp_create_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Creating MCP feature collection '", {0}, 0, 0};
        text_mcp_create_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_create, name), NITRO_OPT_STRING};
        text_mcp_create_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' for API '", {0}, 0, 0};
        text_mcp_create_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_create, api_id), NITRO_OPT_STRING};
        text_mcp_create_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_mcp_create_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Created MCP feature collection '", {0}, 0, 0};
        text_mcp_create_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_create, name), NITRO_OPT_STRING};
        text_mcp_create_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_mcp_create_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        path_mcp_create_human_0[0] = "id";
        path_mcp_create_human_1[0] = "name";
        human_mcp_create[0] = (nitro_human_line){"Id", {path_mcp_create_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_mcp_create[1] = (nitro_human_line){"Name", {path_mcp_create_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        picks_mcp_create[0] = (nitro_pick_def){offsetof(nitro_opts_mcp_create, api_id), "api-id", nitro_picker_api(), "For which API do you want to create an MCP feature collection\?"};
        behaviour_mcp_create = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_create_mcp_feature_collection_operation(), bindings_mcp_create, 2},
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
    }
    return &behaviour_mcp_create;
}

/* ---- mcp delete ---- */
static const char *path_mcp_delete_var_0[3]; /* NULL-terminated */
static nitro_binding bindings_mcp_delete[1];
static const char *path_mcp_delete_data[3]; /* NULL-terminated */
static const char *path_mcp_delete_result_id[2]; /* NULL-terminated */
static const char *path_mcp_delete_result_name[2]; /* NULL-terminated */
static nitro_field_def fields_mcp_delete_result[2];
static const char *path_mcp_delete_errors_0[3]; /* NULL-terminated */
static const char *const *errors_mcp_delete[1];
static const char *verbatim_mcp_delete[2];
static nitro_text_part text_mcp_delete_activity[3];
static nitro_text_part text_mcp_delete_success[3];
static nitro_text_part text_mcp_delete_no_data[1];
static nitro_text_part text_mcp_delete_confirm[3];
static nitro_text_part text_mcp_delete_declined[1];
static const char *path_mcp_delete_human_0[2]; /* NULL-terminated */
static const char *path_mcp_delete_human_1[2]; /* NULL-terminated */
static nitro_human_line human_mcp_delete[2];
static nitro_behaviour behaviour_mcp_delete;
const nitro_behaviour *nitro_behaviour_mcp_delete(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_mcp_delete_var_0[0] = "input";
        path_mcp_delete_var_0[1] = "mcpFeatureCollectionId";
        bindings_mcp_delete[0] = (nitro_binding){path_mcp_delete_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        path_mcp_delete_data[0] = "deleteMcpFeatureCollectionById";
        path_mcp_delete_data[1] = "mcpFeatureCollection";
        path_mcp_delete_result_id[0] = "id";
        path_mcp_delete_result_name[0] = "name";
        fields_mcp_delete_result[0] = (nitro_field_def){"id", path_mcp_delete_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mcp_delete_result[1] = (nitro_field_def){"name", path_mcp_delete_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_mcp_delete_errors_0[0] = "deleteMcpFeatureCollectionById";
        path_mcp_delete_errors_0[1] = "errors";
        errors_mcp_delete[0] = path_mcp_delete_errors_0;
        verbatim_mcp_delete[0] = "McpFeatureCollectionNotFoundError";
        verbatim_mcp_delete[1] = "UnauthorizedOperation";
        text_mcp_delete_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Deleting MCP feature collection '", {0}, 0, 0};
        text_mcp_delete_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_delete, id), NITRO_OPT_STRING};
        text_mcp_delete_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_mcp_delete_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Deleted MCP feature collection '", {0}, 0, 0};
        text_mcp_delete_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_delete, id), NITRO_OPT_STRING};
        text_mcp_delete_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_mcp_delete_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        text_mcp_delete_confirm[0] = (nitro_text_part){NITRO_PART_TEXT, "Do you want to delete the MCP feature collection with ID ", {0}, 0, 0};
        text_mcp_delete_confirm[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_delete, id), NITRO_OPT_STRING};
        text_mcp_delete_confirm[2] = (nitro_text_part){NITRO_PART_TEXT, "\?", {0}, 0, 0};
        text_mcp_delete_declined[0] = (nitro_text_part){NITRO_PART_TEXT, "Aborted.", {0}, 0, 0};
        path_mcp_delete_human_0[0] = "id";
        path_mcp_delete_human_1[0] = "name";
        human_mcp_delete[0] = (nitro_human_line){"Id", {path_mcp_delete_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_mcp_delete[1] = (nitro_human_line){"Name", {path_mcp_delete_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        behaviour_mcp_delete = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_delete_mcp_feature_collection_operation(), bindings_mcp_delete, 1},
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
    }
    return &behaviour_mcp_delete;
}

/* ---- mcp list ---- */
static const char *path_mcp_list_var_0[2]; /* NULL-terminated */
static const char *path_mcp_list_var_1[2]; /* NULL-terminated */
static const char *path_mcp_list_var_2[2]; /* NULL-terminated */
static nitro_binding bindings_mcp_list[3];
static const char *path_mcp_list_data[3]; /* NULL-terminated */
static const char *path_mcp_list_result_id[2]; /* NULL-terminated */
static const char *path_mcp_list_result_name[2]; /* NULL-terminated */
static nitro_field_def fields_mcp_list_result[2];
static nitro_text_part text_mcp_list_activity[1];
static nitro_text_part text_mcp_list_not_found[3];
static const char *path_mcp_list_human_0[2]; /* NULL-terminated */
static const char *path_mcp_list_human_1[2]; /* NULL-terminated */
static nitro_human_line human_mcp_list[2];
static const char *path_mcp_list_column_0[2]; /* NULL-terminated */
static const char *path_mcp_list_column_1[2]; /* NULL-terminated */
static nitro_column columns_mcp_list[2];
static nitro_pick_def picks_mcp_list[1];
static nitro_behaviour behaviour_mcp_list;
const nitro_behaviour *nitro_behaviour_mcp_list(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_mcp_list_var_0[0] = "apiId";
        path_mcp_list_var_1[0] = "after";
        path_mcp_list_var_2[0] = "first";
        bindings_mcp_list[0] = (nitro_binding){path_mcp_list_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_list, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_mcp_list[1] = (nitro_binding){path_mcp_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_mcp_list[2] = (nitro_binding){path_mcp_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_mcp_list_data[0] = "node";
        path_mcp_list_data[1] = "mcpFeatureCollections";
        path_mcp_list_result_id[0] = "id";
        path_mcp_list_result_name[0] = "name";
        fields_mcp_list_result[0] = (nitro_field_def){"id", path_mcp_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mcp_list_result[1] = (nitro_field_def){"name", path_mcp_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        text_mcp_list_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching MCP feature collections", {0}, 0, 0};
        text_mcp_list_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0};
        text_mcp_list_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_list, api_id), NITRO_OPT_STRING};
        text_mcp_list_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_mcp_list_human_0[0] = "id";
        path_mcp_list_human_1[0] = "name";
        human_mcp_list[0] = (nitro_human_line){"Id", {path_mcp_list_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_mcp_list[1] = (nitro_human_line){"Name", {path_mcp_list_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        path_mcp_list_column_0[0] = "id";
        path_mcp_list_column_1[0] = "name";
        columns_mcp_list[0] = (nitro_column){"Id", {path_mcp_list_column_0, NITRO_FMT_NONE}};
        columns_mcp_list[1] = (nitro_column){"Name", {path_mcp_list_column_1, NITRO_FMT_NONE}};
        picks_mcp_list[0] = (nitro_pick_def){offsetof(nitro_opts_mcp_list, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        behaviour_mcp_list = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_list_mcp_feature_collections_operation(), bindings_mcp_list, 3},
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
    }
    return &behaviour_mcp_list;
}

/* ---- mcp upload ---- */
static const char *path_mcp_upload_var_0[3]; /* NULL-terminated */
static const char *path_mcp_upload_var_1[3]; /* NULL-terminated */
static const char *path_mcp_upload_var_2[3]; /* NULL-terminated */
static nitro_binding bindings_mcp_upload[3];
static const char *path_mcp_upload_data[3]; /* NULL-terminated */
static const char *path_mcp_upload_result_mcpFeatureCollectionVersionId[2]; /* NULL-terminated */
static nitro_field_def fields_mcp_upload_result[2];
static const char *path_mcp_upload_errors_0[3]; /* NULL-terminated */
static const char *const *errors_mcp_upload[1];
static const char *verbatim_mcp_upload[5];
static nitro_text_part text_mcp_upload_activity[5];
static nitro_text_part text_mcp_upload_success[3];
static nitro_text_part text_mcp_upload_no_data[1];
static nitro_zip_entry_def zip_mcp_upload_0[2];
static const char *path_mcp_upload_upload_0[3]; /* NULL-terminated */
static nitro_upload_def uploads_mcp_upload[1];
static nitro_behaviour behaviour_mcp_upload;
const nitro_behaviour *nitro_behaviour_mcp_upload(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_mcp_upload_var_0[0] = "input";
        path_mcp_upload_var_0[1] = "mcpFeatureCollectionId";
        path_mcp_upload_var_1[0] = "input";
        path_mcp_upload_var_1[1] = "tag";
        path_mcp_upload_var_2[0] = "input";
        path_mcp_upload_var_2[1] = "source";
        bindings_mcp_upload[0] = (nitro_binding){path_mcp_upload_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_upload, mcp_feature_collection_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "mcp-feature-collection-id", NITRO_NO_OPTION, 0, NULL};
        bindings_mcp_upload[1] = (nitro_binding){path_mcp_upload_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_upload, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL};
        bindings_mcp_upload[2] = (nitro_binding){path_mcp_upload_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_upload, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_mcp_upload_data[0] = "uploadMcpFeatureCollection";
        path_mcp_upload_data[1] = "mcpFeatureCollectionVersion";
        path_mcp_upload_result_mcpFeatureCollectionVersionId[0] = "id";
        fields_mcp_upload_result[0] = (nitro_field_def){"mcpFeatureCollectionVersionId", path_mcp_upload_result_mcpFeatureCollectionVersionId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mcp_upload_result[1] = (nitro_field_def){"tag", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_mcp_upload, tag), NITRO_OPT_STRING};
        path_mcp_upload_errors_0[0] = "uploadMcpFeatureCollection";
        path_mcp_upload_errors_0[1] = "errors";
        errors_mcp_upload[0] = path_mcp_upload_errors_0;
        verbatim_mcp_upload[0] = "UnauthorizedOperation";
        verbatim_mcp_upload[1] = "McpFeatureCollectionNotFoundError";
        verbatim_mcp_upload[2] = "InvalidMcpFeatureCollectionArchiveError";
        verbatim_mcp_upload[3] = "DuplicatedTagError";
        verbatim_mcp_upload[4] = "ConcurrentOperationError";
        text_mcp_upload_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Uploading new MCP feature collection version '", {0}, 0, 0};
        text_mcp_upload_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_upload, tag), NITRO_OPT_STRING};
        text_mcp_upload_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' for collection '", {0}, 0, 0};
        text_mcp_upload_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_upload, mcp_feature_collection_id), NITRO_OPT_STRING};
        text_mcp_upload_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_mcp_upload_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Uploaded new MCP feature collection version '", {0}, 0, 0};
        text_mcp_upload_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_upload, tag), NITRO_OPT_STRING};
        text_mcp_upload_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_mcp_upload_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not upload MCP feature collection version.", {0}, 0, 0};
        zip_mcp_upload_0[0] = (nitro_zip_entry_def){offsetof(nitro_opts_mcp_upload, prompt_pattern), NITRO_OPT_STRING_LIST, "prompt-pattern", "prompts/", NULL};
        zip_mcp_upload_0[1] = (nitro_zip_entry_def){offsetof(nitro_opts_mcp_upload, tool_pattern), NITRO_OPT_STRING_LIST, "tool-pattern", "tools/", NULL};
        path_mcp_upload_upload_0[0] = "input";
        path_mcp_upload_upload_0[1] = "collection";
        uploads_mcp_upload[0] = (nitro_upload_def){path_mcp_upload_upload_0, NITRO_NO_OPTION, NULL, "collection.zip", zip_mcp_upload_0, 2, false, NULL};
        behaviour_mcp_upload = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_upload_mcp_feature_collection_operation(), bindings_mcp_upload, 3},
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
    }
    return &behaviour_mcp_upload;
}

/* ---- mcp validate ---- */
static const char *path_mcp_validate_var_0[3]; /* NULL-terminated */
static const char *path_mcp_validate_var_1[3]; /* NULL-terminated */
static const char *path_mcp_validate_var_2[3]; /* NULL-terminated */
static nitro_binding bindings_mcp_validate[3];
static const char *path_mcp_validate_data[2]; /* NULL-terminated */
static const char *path_mcp_validate_result_requestId[2]; /* NULL-terminated */
static nitro_field_def fields_mcp_validate_result[2];
static const char *path_mcp_validate_errors_0[3]; /* NULL-terminated */
static const char *const *errors_mcp_validate[1];
static const char *verbatim_mcp_validate[3];
static nitro_text_part text_mcp_validate_activity[5];
static nitro_text_part text_mcp_validate_success[3];
static nitro_text_part text_mcp_validate_no_data[1];
static nitro_zip_entry_def zip_mcp_validate_0[2];
static const char *path_mcp_validate_upload_0[3]; /* NULL-terminated */
static nitro_upload_def uploads_mcp_validate[1];
static const char *path_mcp_validate_follow_var_0[2]; /* NULL-terminated */
static const char *path_mcp_validate_follow_value_0[2]; /* NULL-terminated */
static const char *const *follow_variables_mcp_validate[1];
static const char *const *follow_values_mcp_validate[1];
static nitro_text_part text_mcp_validate_event_0_say[1];
static nitro_text_part text_mcp_validate_event_1_say[1];
static nitro_text_part text_mcp_validate_event_2_say[1];
static nitro_text_part text_mcp_validate_event_3_say[1];
static const char *path_mcp_validate_event_3_errors[2]; /* NULL-terminated */
static nitro_event_def events_mcp_validate[4];
static const char *path_mcp_validate_follow_created_1[2]; /* NULL-terminated */
static nitro_text_part text_mcp_validate_follow_created[3];
static nitro_text_part text_mcp_validate_follow_failed[1];
static nitro_text_part text_mcp_validate_follow_ended[1];
static const char *path_mcp_validate_follow_stopped_1[2]; /* NULL-terminated */
static nitro_text_part text_mcp_validate_follow_stopped[3];
static const char *path_mcp_validate_follow_data[2]; /* NULL-terminated */
static nitro_follow_def follow_mcp_validate;
static nitro_behaviour behaviour_mcp_validate;
const nitro_behaviour *nitro_behaviour_mcp_validate(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_mcp_validate_var_0[0] = "input";
        path_mcp_validate_var_0[1] = "mcpFeatureCollectionId";
        path_mcp_validate_var_1[0] = "input";
        path_mcp_validate_var_1[1] = "stage";
        path_mcp_validate_var_2[0] = "input";
        path_mcp_validate_var_2[1] = "source";
        bindings_mcp_validate[0] = (nitro_binding){path_mcp_validate_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_validate, mcp_feature_collection_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "mcp-feature-collection-id", NITRO_NO_OPTION, 0, NULL};
        bindings_mcp_validate[1] = (nitro_binding){path_mcp_validate_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_validate, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL};
        bindings_mcp_validate[2] = (nitro_binding){path_mcp_validate_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_validate, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_mcp_validate_data[0] = "validateMcpFeatureCollection";
        path_mcp_validate_result_requestId[0] = "id";
        fields_mcp_validate_result[0] = (nitro_field_def){"requestId", path_mcp_validate_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mcp_validate_result[1] = (nitro_field_def){"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING};
        path_mcp_validate_errors_0[0] = "validateMcpFeatureCollection";
        path_mcp_validate_errors_0[1] = "errors";
        errors_mcp_validate[0] = path_mcp_validate_errors_0;
        verbatim_mcp_validate[0] = "UnauthorizedOperation";
        verbatim_mcp_validate[1] = "StageNotFoundError";
        verbatim_mcp_validate[2] = "McpFeatureCollectionNotFoundError";
        text_mcp_validate_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating MCP feature collection '", {0}, 0, 0};
        text_mcp_validate_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_validate, mcp_feature_collection_id), NITRO_OPT_STRING};
        text_mcp_validate_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' against stage '", {0}, 0, 0};
        text_mcp_validate_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_validate, stage), NITRO_OPT_STRING};
        text_mcp_validate_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_mcp_validate_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Validated MCP feature collection against stage '", {0}, 0, 0};
        text_mcp_validate_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_validate, stage), NITRO_OPT_STRING};
        text_mcp_validate_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_mcp_validate_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not create validation request!", {0}, 0, 0};
        zip_mcp_validate_0[0] = (nitro_zip_entry_def){offsetof(nitro_opts_mcp_validate, prompt_pattern), NITRO_OPT_STRING_LIST, "prompt-pattern", "prompts/", NULL};
        zip_mcp_validate_0[1] = (nitro_zip_entry_def){offsetof(nitro_opts_mcp_validate, tool_pattern), NITRO_OPT_STRING_LIST, "tool-pattern", "tools/", NULL};
        path_mcp_validate_upload_0[0] = "input";
        path_mcp_validate_upload_0[1] = "collection";
        uploads_mcp_validate[0] = (nitro_upload_def){path_mcp_validate_upload_0, NITRO_NO_OPTION, NULL, "collection.zip", zip_mcp_validate_0, 2, false, NULL};
        path_mcp_validate_follow_var_0[0] = "requestId";
        path_mcp_validate_follow_value_0[0] = "id";
        follow_variables_mcp_validate[0] = path_mcp_validate_follow_var_0;
        follow_values_mcp_validate[0] = path_mcp_validate_follow_value_0;
        text_mcp_validate_event_0_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_mcp_validate_event_1_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_mcp_validate_event_2_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0};
        text_mcp_validate_event_3_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation failed.", {0}, 0, 0};
        path_mcp_validate_event_3_errors[0] = "errors";
        events_mcp_validate[0] = (nitro_event_def){"OperationInProgress", {text_mcp_validate_event_0_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_mcp_validate[1] = (nitro_event_def){"ValidationInProgress", {text_mcp_validate_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_mcp_validate[2] = (nitro_event_def){"McpFeatureCollectionVersionValidationSuccess", {text_mcp_validate_event_2_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL};
        events_mcp_validate[3] = (nitro_event_def){"McpFeatureCollectionVersionValidationFailed", {text_mcp_validate_event_3_say, 1}, path_mcp_validate_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        path_mcp_validate_follow_created_1[0] = "id";
        text_mcp_validate_follow_created[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation request created (ID: ", {0}, 0, 0};
        text_mcp_validate_follow_created[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_mcp_validate_follow_created_1, NITRO_FMT_NONE}, 0, 0};
        text_mcp_validate_follow_created[2] = (nitro_text_part){NITRO_PART_TEXT, ").", {0}, 0, 0};
        text_mcp_validate_follow_failed[0] = (nitro_text_part){NITRO_PART_TEXT, "MCP feature collection validation failed.", {0}, 0, 0};
        text_mcp_validate_follow_ended[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation failed: the server ended the stream without a result.", {0}, 0, 0};
        path_mcp_validate_follow_stopped_1[0] = "id";
        text_mcp_validate_follow_stopped[0] = (nitro_text_part){NITRO_PART_TEXT, "The validation request ", {0}, 0, 0};
        text_mcp_validate_follow_stopped[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_mcp_validate_follow_stopped_1, NITRO_FMT_NONE}, 0, 0};
        text_mcp_validate_follow_stopped[2] = (nitro_text_part){NITRO_PART_TEXT, " may go on on the server; it publishes nothing.", {0}, 0, 0};
        path_mcp_validate_follow_data[0] = "onMcpFeatureCollectionVersionValidationUpdate";
        follow_mcp_validate = (nitro_follow_def){
            .operation = gql_on_mcp_feature_collection_validation_operation(),
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
        behaviour_mcp_validate = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_validate_mcp_feature_collection_operation(), bindings_mcp_validate, 3},
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
    }
    return &behaviour_mcp_validate;
}

/* ---- mcp publish ---- */
static const char *path_mcp_publish_var_0[3]; /* NULL-terminated */
static const char *path_mcp_publish_var_1[3]; /* NULL-terminated */
static const char *path_mcp_publish_var_2[3]; /* NULL-terminated */
static const char *path_mcp_publish_var_3[3]; /* NULL-terminated */
static const char *path_mcp_publish_var_4[3]; /* NULL-terminated */
static const char *path_mcp_publish_var_5[3]; /* NULL-terminated */
static nitro_binding bindings_mcp_publish[6];
static const char *path_mcp_publish_data[2]; /* NULL-terminated */
static const char *path_mcp_publish_result_requestId[2]; /* NULL-terminated */
static nitro_field_def fields_mcp_publish_result[3];
static const char *path_mcp_publish_errors_0[3]; /* NULL-terminated */
static const char *const *errors_mcp_publish[1];
static const char *verbatim_mcp_publish[4];
static nitro_text_part text_mcp_publish_activity[7];
static nitro_text_part text_mcp_publish_success[5];
static nitro_text_part text_mcp_publish_no_data[1];
static const char *path_mcp_publish_follow_var_0[2]; /* NULL-terminated */
static const char *path_mcp_publish_follow_value_0[2]; /* NULL-terminated */
static const char *const *follow_variables_mcp_publish[1];
static const char *const *follow_values_mcp_publish[1];
static const char *path_mcp_publish_event_0_say_1[2]; /* NULL-terminated */
static nitro_text_part text_mcp_publish_event_0_say[3];
static nitro_text_part text_mcp_publish_event_1_say[1];
static nitro_text_part text_mcp_publish_event_2_say[1];
static nitro_text_part text_mcp_publish_event_3_say[1];
static const char *path_mcp_publish_event_3_errors[3]; /* NULL-terminated */
static nitro_text_part text_mcp_publish_event_4_say[1];
static nitro_text_part text_mcp_publish_event_5_say[1];
static nitro_text_part text_mcp_publish_event_6_say[1];
static const char *path_mcp_publish_event_6_errors[2]; /* NULL-terminated */
static nitro_event_def events_mcp_publish[7];
static const char *path_mcp_publish_follow_created_1[2]; /* NULL-terminated */
static nitro_text_part text_mcp_publish_follow_created[3];
static nitro_text_part text_mcp_publish_follow_failed[1];
static nitro_text_part text_mcp_publish_follow_ended[1];
static const char *path_mcp_publish_follow_stopped_1[2]; /* NULL-terminated */
static nitro_text_part text_mcp_publish_follow_stopped[5];
static const char *path_mcp_publish_follow_data[2]; /* NULL-terminated */
static nitro_follow_def follow_mcp_publish;
static nitro_behaviour behaviour_mcp_publish;
const nitro_behaviour *nitro_behaviour_mcp_publish(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_mcp_publish_var_0[0] = "input";
        path_mcp_publish_var_0[1] = "mcpFeatureCollectionId";
        path_mcp_publish_var_1[0] = "input";
        path_mcp_publish_var_1[1] = "stage";
        path_mcp_publish_var_2[0] = "input";
        path_mcp_publish_var_2[1] = "tag";
        path_mcp_publish_var_3[0] = "input";
        path_mcp_publish_var_3[1] = "waitForApproval";
        path_mcp_publish_var_4[0] = "input";
        path_mcp_publish_var_4[1] = "force";
        path_mcp_publish_var_5[0] = "input";
        path_mcp_publish_var_5[1] = "source";
        bindings_mcp_publish[0] = (nitro_binding){path_mcp_publish_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_publish, mcp_feature_collection_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "mcp-feature-collection-id", NITRO_NO_OPTION, 0, NULL};
        bindings_mcp_publish[1] = (nitro_binding){path_mcp_publish_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_publish, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL};
        bindings_mcp_publish[2] = (nitro_binding){path_mcp_publish_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_publish, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL};
        bindings_mcp_publish[3] = (nitro_binding){path_mcp_publish_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_publish, wait_for_approval), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "wait-for-approval", NITRO_NO_OPTION, 0, NULL};
        bindings_mcp_publish[4] = (nitro_binding){path_mcp_publish_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_publish, force), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "force", NITRO_NO_OPTION, 0, NULL};
        bindings_mcp_publish[5] = (nitro_binding){path_mcp_publish_var_5, NITRO_BIND_INPUT, offsetof(nitro_opts_mcp_publish, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_mcp_publish_data[0] = "publishMcpFeatureCollection";
        path_mcp_publish_result_requestId[0] = "id";
        fields_mcp_publish_result[0] = (nitro_field_def){"stage", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_mcp_publish, stage), NITRO_OPT_STRING};
        fields_mcp_publish_result[1] = (nitro_field_def){"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING};
        fields_mcp_publish_result[2] = (nitro_field_def){"requestId", path_mcp_publish_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_mcp_publish_errors_0[0] = "publishMcpFeatureCollection";
        path_mcp_publish_errors_0[1] = "errors";
        errors_mcp_publish[0] = path_mcp_publish_errors_0;
        verbatim_mcp_publish[0] = "UnauthorizedOperation";
        verbatim_mcp_publish[1] = "StageNotFoundError";
        verbatim_mcp_publish[2] = "McpFeatureCollectionNotFoundError";
        verbatim_mcp_publish[3] = "McpFeatureCollectionVersionNotFoundError";
        text_mcp_publish_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Publishing new version '", {0}, 0, 0};
        text_mcp_publish_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_publish, tag), NITRO_OPT_STRING};
        text_mcp_publish_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' of MCP feature collection '", {0}, 0, 0};
        text_mcp_publish_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_publish, mcp_feature_collection_id), NITRO_OPT_STRING};
        text_mcp_publish_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "' to stage '", {0}, 0, 0};
        text_mcp_publish_activity[5] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_publish, stage), NITRO_OPT_STRING};
        text_mcp_publish_activity[6] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_mcp_publish_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Published new MCP feature collection version '", {0}, 0, 0};
        text_mcp_publish_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_publish, tag), NITRO_OPT_STRING};
        text_mcp_publish_success[2] = (nitro_text_part){NITRO_PART_TEXT, "' to stage '", {0}, 0, 0};
        text_mcp_publish_success[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_publish, stage), NITRO_OPT_STRING};
        text_mcp_publish_success[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_mcp_publish_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not create publish request.", {0}, 0, 0};
        path_mcp_publish_follow_var_0[0] = "requestId";
        path_mcp_publish_follow_value_0[0] = "id";
        follow_variables_mcp_publish[0] = path_mcp_publish_follow_var_0;
        follow_values_mcp_publish[0] = path_mcp_publish_follow_value_0;
        path_mcp_publish_event_0_say_1[0] = "queuePosition";
        text_mcp_publish_event_0_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is queued. The current position in the queue is ", {0}, 0, 0};
        text_mcp_publish_event_0_say[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_mcp_publish_event_0_say_1, NITRO_FMT_NONE}, 0, 0};
        text_mcp_publish_event_0_say[2] = (nitro_text_part){NITRO_PART_TEXT, ".", {0}, 0, 0};
        text_mcp_publish_event_1_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is ready for processing.", {0}, 0, 0};
        text_mcp_publish_event_2_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is being processed.", {0}, 0, 0};
        text_mcp_publish_event_3_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is waiting for approval. Check Nitro to approve the request.", {0}, 0, 0};
        path_mcp_publish_event_3_errors[0] = "deployment";
        path_mcp_publish_event_3_errors[1] = "errors";
        text_mcp_publish_event_4_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request has been approved.", {0}, 0, 0};
        text_mcp_publish_event_5_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Published successfully.", {0}, 0, 0};
        text_mcp_publish_event_6_say[0] = (nitro_text_part){NITRO_PART_TEXT, "MCP feature collection version was rejected.", {0}, 0, 0};
        path_mcp_publish_event_6_errors[0] = "errors";
        events_mcp_publish[0] = (nitro_event_def){"ProcessingTaskIsQueued", {text_mcp_publish_event_0_say, 3}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_mcp_publish[1] = (nitro_event_def){"ProcessingTaskIsReady", {text_mcp_publish_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_mcp_publish[2] = (nitro_event_def){"OperationInProgress", {text_mcp_publish_event_2_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_mcp_publish[3] = (nitro_event_def){"WaitForApproval", {text_mcp_publish_event_3_say, 1}, path_mcp_publish_event_3_errors, NITRO_OUTCOME_CONTINUE, true, NULL};
        events_mcp_publish[4] = (nitro_event_def){"ProcessingTaskApproved", {text_mcp_publish_event_4_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_mcp_publish[5] = (nitro_event_def){"McpFeatureCollectionVersionPublishSuccess", {text_mcp_publish_event_5_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL};
        events_mcp_publish[6] = (nitro_event_def){"McpFeatureCollectionVersionPublishFailed", {text_mcp_publish_event_6_say, 1}, path_mcp_publish_event_6_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        path_mcp_publish_follow_created_1[0] = "id";
        text_mcp_publish_follow_created[0] = (nitro_text_part){NITRO_PART_TEXT, "Publish request created (ID: ", {0}, 0, 0};
        text_mcp_publish_follow_created[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_mcp_publish_follow_created_1, NITRO_FMT_NONE}, 0, 0};
        text_mcp_publish_follow_created[2] = (nitro_text_part){NITRO_PART_TEXT, ").", {0}, 0, 0};
        text_mcp_publish_follow_failed[0] = (nitro_text_part){NITRO_PART_TEXT, "MCP feature collection publish failed.", {0}, 0, 0};
        text_mcp_publish_follow_ended[0] = (nitro_text_part){NITRO_PART_TEXT, "Processing failed: the server ended the stream without a result.", {0}, 0, 0};
        path_mcp_publish_follow_stopped_1[0] = "id";
        text_mcp_publish_follow_stopped[0] = (nitro_text_part){NITRO_PART_TEXT, "The publish request ", {0}, 0, 0};
        text_mcp_publish_follow_stopped[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_mcp_publish_follow_stopped_1, NITRO_FMT_NONE}, 0, 0};
        text_mcp_publish_follow_stopped[2] = (nitro_text_part){NITRO_PART_TEXT, " may go on on the server; Nitro shows what stage '", {0}, 0, 0};
        text_mcp_publish_follow_stopped[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mcp_publish, stage), NITRO_OPT_STRING};
        text_mcp_publish_follow_stopped[4] = (nitro_text_part){NITRO_PART_TEXT, "' has.", {0}, 0, 0};
        path_mcp_publish_follow_data[0] = "onMcpFeatureCollectionVersionPublishingUpdate";
        follow_mcp_publish = (nitro_follow_def){
            .operation = gql_on_mcp_feature_collection_publish_operation(),
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
        behaviour_mcp_publish = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_publish_mcp_feature_collection_operation(), bindings_mcp_publish, 6},
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
    }
    return &behaviour_mcp_publish;
}

/* ---- mock create ---- */
static const char *path_mock_create_var_0[2]; /* NULL-terminated */
static const char *path_mock_create_var_1[2]; /* NULL-terminated */
static const char *path_mock_create_var_2[2]; /* NULL-terminated */
static nitro_binding bindings_mock_create[3];
static const char *path_mock_create_data[3]; /* NULL-terminated */
static const char *path_mock_create_result_id[2]; /* NULL-terminated */
static const char *path_mock_create_result_name[2]; /* NULL-terminated */
static const char *path_mock_create_result_createdAt[2]; /* NULL-terminated */
static const char *path_mock_create_result_createdBy_username[3]; /* NULL-terminated */
static nitro_field_def fields_mock_create_result_createdBy[1];
static const char *path_mock_create_result_createdBy[2]; /* NULL-terminated */
static const char *path_mock_create_result_modifiedAt[2]; /* NULL-terminated */
static const char *path_mock_create_result_modifiedBy_username[3]; /* NULL-terminated */
static nitro_field_def fields_mock_create_result_modifiedBy[1];
static const char *path_mock_create_result_modifiedBy[2]; /* NULL-terminated */
static const char *path_mock_create_result_downstreamUrl[2]; /* NULL-terminated */
static const char *path_mock_create_result_url[2]; /* NULL-terminated */
static nitro_field_def fields_mock_create_result[8];
static const char *path_mock_create_errors_0[3]; /* NULL-terminated */
static const char *const *errors_mock_create[1];
static const char *verbatim_mock_create[4];
static nitro_text_part text_mock_create_activity[5];
static nitro_text_part text_mock_create_success[3];
static nitro_text_part text_mock_create_no_data[1];
static const char *path_mock_create_human_0[2]; /* NULL-terminated */
static const char *path_mock_create_human_1[2]; /* NULL-terminated */
static const char *path_mock_create_human_2[2]; /* NULL-terminated */
static const char *path_mock_create_human_3[2]; /* NULL-terminated */
static const char *path_mock_create_human_4[2]; /* NULL-terminated */
static const char *path_mock_create_human_5[2]; /* NULL-terminated */
static nitro_human_line human_mock_create[6];
static nitro_pick_def picks_mock_create[1];
static const char *path_mock_create_upload_0[2]; /* NULL-terminated */
static const char *path_mock_create_upload_1[2]; /* NULL-terminated */
static nitro_upload_def uploads_mock_create[2];
static nitro_behaviour behaviour_mock_create;
const nitro_behaviour *nitro_behaviour_mock_create(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_mock_create_var_0[0] = "apiId";
        path_mock_create_var_1[0] = "name";
        path_mock_create_var_2[0] = "downstreamUrl";
        bindings_mock_create[0] = (nitro_binding){path_mock_create_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_create, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_mock_create[1] = (nitro_binding){path_mock_create_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_create, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "name", NITRO_NO_OPTION, 0, NULL};
        bindings_mock_create[2] = (nitro_binding){path_mock_create_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_create, url), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "url", NITRO_NO_OPTION, 0, NULL};
        path_mock_create_data[0] = "createMockSchema";
        path_mock_create_data[1] = "mockSchema";
        path_mock_create_result_id[0] = "id";
        path_mock_create_result_name[0] = "name";
        path_mock_create_result_createdAt[0] = "createdAt";
        path_mock_create_result_createdBy_username[0] = "createdBy";
        path_mock_create_result_createdBy_username[1] = "username";
        fields_mock_create_result_createdBy[0] = (nitro_field_def){"username", path_mock_create_result_createdBy_username, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_mock_create_result_createdBy[0] = "createdBy";
        path_mock_create_result_modifiedAt[0] = "modifiedAt";
        path_mock_create_result_modifiedBy_username[0] = "modifiedBy";
        path_mock_create_result_modifiedBy_username[1] = "username";
        fields_mock_create_result_modifiedBy[0] = (nitro_field_def){"username", path_mock_create_result_modifiedBy_username, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_mock_create_result_modifiedBy[0] = "modifiedBy";
        path_mock_create_result_downstreamUrl[0] = "downstreamUrl";
        path_mock_create_result_url[0] = "url";
        fields_mock_create_result[0] = (nitro_field_def){"id", path_mock_create_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_create_result[1] = (nitro_field_def){"name", path_mock_create_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_create_result[2] = (nitro_field_def){"createdAt", path_mock_create_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_create_result[3] = (nitro_field_def){"createdBy", path_mock_create_result_createdBy, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_create_result_createdBy, 1, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_create_result[4] = (nitro_field_def){"modifiedAt", path_mock_create_result_modifiedAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_create_result[5] = (nitro_field_def){"modifiedBy", path_mock_create_result_modifiedBy, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_create_result_modifiedBy, 1, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_create_result[6] = (nitro_field_def){"downstreamUrl", path_mock_create_result_downstreamUrl, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_create_result[7] = (nitro_field_def){"url", path_mock_create_result_url, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_mock_create_errors_0[0] = "createMockSchema";
        path_mock_create_errors_0[1] = "errors";
        errors_mock_create[0] = path_mock_create_errors_0;
        verbatim_mock_create[0] = "ApiNotFoundError";
        verbatim_mock_create[1] = "MockSchemaNonUniqueNameError";
        verbatim_mock_create[2] = "UnauthorizedOperation";
        verbatim_mock_create[3] = "ValidationError";
        text_mock_create_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Creating mock '", {0}, 0, 0};
        text_mock_create_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mock_create, name), NITRO_OPT_STRING};
        text_mock_create_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' for API '", {0}, 0, 0};
        text_mock_create_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mock_create, api_id), NITRO_OPT_STRING};
        text_mock_create_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_mock_create_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Created mock '", {0}, 0, 0};
        text_mock_create_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mock_create, name), NITRO_OPT_STRING};
        text_mock_create_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_mock_create_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not create the mock.", {0}, 0, 0};
        path_mock_create_human_0[0] = "id";
        path_mock_create_human_1[0] = "name";
        path_mock_create_human_2[0] = "url";
        path_mock_create_human_3[0] = "downstreamUrl";
        path_mock_create_human_4[0] = "createdAt";
        path_mock_create_human_5[0] = "modifiedAt";
        human_mock_create[0] = (nitro_human_line){"Id", {path_mock_create_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_mock_create[1] = (nitro_human_line){"Name", {path_mock_create_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_mock_create[2] = (nitro_human_line){"Url", {path_mock_create_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        human_mock_create[3] = (nitro_human_line){"Downstream url", {path_mock_create_human_3, NITRO_FMT_NONE}, {NULL, 0}};
        human_mock_create[4] = (nitro_human_line){"Created at", {path_mock_create_human_4, NITRO_FMT_DATETIME}, {NULL, 0}};
        human_mock_create[5] = (nitro_human_line){"Modified at", {path_mock_create_human_5, NITRO_FMT_DATETIME}, {NULL, 0}};
        picks_mock_create[0] = (nitro_pick_def){offsetof(nitro_opts_mock_create, api_id), "api-id", nitro_picker_api(), "For which API do you want to create a mock\?"};
        path_mock_create_upload_0[0] = "baseSchemaFile";
        path_mock_create_upload_1[0] = "extensionsSchemaFile";
        uploads_mock_create[0] = (nitro_upload_def){path_mock_create_upload_0, offsetof(nitro_opts_mock_create, schema), "schema", "schema.graphql", NULL, 0, false, NULL};
        uploads_mock_create[1] = (nitro_upload_def){path_mock_create_upload_1, offsetof(nitro_opts_mock_create, extension), "extension", "extension.graphql", NULL, 0, false, NULL};
        behaviour_mock_create = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_create_mock_operation(), bindings_mock_create, 3},
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
    }
    return &behaviour_mock_create;
}

/* ---- mock list ---- */
static const char *path_mock_list_var_0[2]; /* NULL-terminated */
static const char *path_mock_list_var_1[2]; /* NULL-terminated */
static const char *path_mock_list_var_2[2]; /* NULL-terminated */
static nitro_binding bindings_mock_list[3];
static const char *path_mock_list_data[3]; /* NULL-terminated */
static const char *path_mock_list_result_id[2]; /* NULL-terminated */
static const char *path_mock_list_result_name[2]; /* NULL-terminated */
static const char *path_mock_list_result_createdAt[2]; /* NULL-terminated */
static const char *path_mock_list_result_createdBy_username[3]; /* NULL-terminated */
static nitro_field_def fields_mock_list_result_createdBy[1];
static const char *path_mock_list_result_createdBy[2]; /* NULL-terminated */
static const char *path_mock_list_result_modifiedAt[2]; /* NULL-terminated */
static const char *path_mock_list_result_modifiedBy_username[3]; /* NULL-terminated */
static nitro_field_def fields_mock_list_result_modifiedBy[1];
static const char *path_mock_list_result_modifiedBy[2]; /* NULL-terminated */
static const char *path_mock_list_result_downstreamUrl[2]; /* NULL-terminated */
static const char *path_mock_list_result_url[2]; /* NULL-terminated */
static nitro_field_def fields_mock_list_result[8];
static nitro_text_part text_mock_list_activity[1];
static nitro_text_part text_mock_list_not_found[3];
static const char *path_mock_list_human_0[2]; /* NULL-terminated */
static const char *path_mock_list_human_1[2]; /* NULL-terminated */
static const char *path_mock_list_human_2[2]; /* NULL-terminated */
static const char *path_mock_list_human_3[2]; /* NULL-terminated */
static const char *path_mock_list_human_4[2]; /* NULL-terminated */
static const char *path_mock_list_human_5[2]; /* NULL-terminated */
static nitro_human_line human_mock_list[6];
static const char *path_mock_list_column_0[2]; /* NULL-terminated */
static const char *path_mock_list_column_1[2]; /* NULL-terminated */
static const char *path_mock_list_column_2[2]; /* NULL-terminated */
static nitro_column columns_mock_list[3];
static nitro_pick_def picks_mock_list[1];
static nitro_behaviour behaviour_mock_list;
const nitro_behaviour *nitro_behaviour_mock_list(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_mock_list_var_0[0] = "apiId";
        path_mock_list_var_1[0] = "after";
        path_mock_list_var_2[0] = "first";
        bindings_mock_list[0] = (nitro_binding){path_mock_list_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_list, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_mock_list[1] = (nitro_binding){path_mock_list_var_1, NITRO_BIND_AFTER, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_mock_list[2] = (nitro_binding){path_mock_list_var_2, NITRO_BIND_FIRST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_mock_list_data[0] = "apiById";
        path_mock_list_data[1] = "mockSchemas";
        path_mock_list_result_id[0] = "id";
        path_mock_list_result_name[0] = "name";
        path_mock_list_result_createdAt[0] = "createdAt";
        path_mock_list_result_createdBy_username[0] = "createdBy";
        path_mock_list_result_createdBy_username[1] = "username";
        fields_mock_list_result_createdBy[0] = (nitro_field_def){"username", path_mock_list_result_createdBy_username, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_mock_list_result_createdBy[0] = "createdBy";
        path_mock_list_result_modifiedAt[0] = "modifiedAt";
        path_mock_list_result_modifiedBy_username[0] = "modifiedBy";
        path_mock_list_result_modifiedBy_username[1] = "username";
        fields_mock_list_result_modifiedBy[0] = (nitro_field_def){"username", path_mock_list_result_modifiedBy_username, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_mock_list_result_modifiedBy[0] = "modifiedBy";
        path_mock_list_result_downstreamUrl[0] = "downstreamUrl";
        path_mock_list_result_url[0] = "url";
        fields_mock_list_result[0] = (nitro_field_def){"id", path_mock_list_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_list_result[1] = (nitro_field_def){"name", path_mock_list_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_list_result[2] = (nitro_field_def){"createdAt", path_mock_list_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_list_result[3] = (nitro_field_def){"createdBy", path_mock_list_result_createdBy, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_list_result_createdBy, 1, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_list_result[4] = (nitro_field_def){"modifiedAt", path_mock_list_result_modifiedAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_list_result[5] = (nitro_field_def){"modifiedBy", path_mock_list_result_modifiedBy, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_list_result_modifiedBy, 1, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_list_result[6] = (nitro_field_def){"downstreamUrl", path_mock_list_result_downstreamUrl, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_list_result[7] = (nitro_field_def){"url", path_mock_list_result_url, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        text_mock_list_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching mocks", {0}, 0, 0};
        text_mock_list_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The API with ID '", {0}, 0, 0};
        text_mock_list_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mock_list, api_id), NITRO_OPT_STRING};
        text_mock_list_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_mock_list_human_0[0] = "id";
        path_mock_list_human_1[0] = "name";
        path_mock_list_human_2[0] = "url";
        path_mock_list_human_3[0] = "downstreamUrl";
        path_mock_list_human_4[0] = "createdAt";
        path_mock_list_human_5[0] = "modifiedAt";
        human_mock_list[0] = (nitro_human_line){"Id", {path_mock_list_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_mock_list[1] = (nitro_human_line){"Name", {path_mock_list_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_mock_list[2] = (nitro_human_line){"Url", {path_mock_list_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        human_mock_list[3] = (nitro_human_line){"Downstream url", {path_mock_list_human_3, NITRO_FMT_NONE}, {NULL, 0}};
        human_mock_list[4] = (nitro_human_line){"Created at", {path_mock_list_human_4, NITRO_FMT_DATETIME}, {NULL, 0}};
        human_mock_list[5] = (nitro_human_line){"Modified at", {path_mock_list_human_5, NITRO_FMT_DATETIME}, {NULL, 0}};
        path_mock_list_column_0[0] = "id";
        path_mock_list_column_1[0] = "name";
        path_mock_list_column_2[0] = "url";
        columns_mock_list[0] = (nitro_column){"Id", {path_mock_list_column_0, NITRO_FMT_NONE}};
        columns_mock_list[1] = (nitro_column){"Name", {path_mock_list_column_1, NITRO_FMT_NONE}};
        columns_mock_list[2] = (nitro_column){"Url", {path_mock_list_column_2, NITRO_FMT_NONE}};
        picks_mock_list[0] = (nitro_pick_def){offsetof(nitro_opts_mock_list, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        behaviour_mock_list = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_list_mocks_operation(), bindings_mock_list, 3},
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
    }
    return &behaviour_mock_list;
}

/* ---- mock update ---- */
static const char *path_mock_update_var_0[2]; /* NULL-terminated */
static const char *path_mock_update_var_1[2]; /* NULL-terminated */
static const char *path_mock_update_var_2[2]; /* NULL-terminated */
static nitro_binding bindings_mock_update[3];
static const char *path_mock_update_data[3]; /* NULL-terminated */
static const char *path_mock_update_result_id[2]; /* NULL-terminated */
static const char *path_mock_update_result_name[2]; /* NULL-terminated */
static const char *path_mock_update_result_createdAt[2]; /* NULL-terminated */
static const char *path_mock_update_result_createdBy_username[3]; /* NULL-terminated */
static nitro_field_def fields_mock_update_result_createdBy[1];
static const char *path_mock_update_result_createdBy[2]; /* NULL-terminated */
static const char *path_mock_update_result_modifiedAt[2]; /* NULL-terminated */
static const char *path_mock_update_result_modifiedBy_username[3]; /* NULL-terminated */
static nitro_field_def fields_mock_update_result_modifiedBy[1];
static const char *path_mock_update_result_modifiedBy[2]; /* NULL-terminated */
static const char *path_mock_update_result_downstreamUrl[2]; /* NULL-terminated */
static const char *path_mock_update_result_url[2]; /* NULL-terminated */
static nitro_field_def fields_mock_update_result[8];
static const char *path_mock_update_errors_0[3]; /* NULL-terminated */
static const char *const *errors_mock_update[1];
static const char *verbatim_mock_update[4];
static nitro_text_part text_mock_update_activity[3];
static nitro_text_part text_mock_update_success[3];
static nitro_text_part text_mock_update_no_data[1];
static const char *path_mock_update_human_0[2]; /* NULL-terminated */
static const char *path_mock_update_human_1[2]; /* NULL-terminated */
static const char *path_mock_update_human_2[2]; /* NULL-terminated */
static const char *path_mock_update_human_3[2]; /* NULL-terminated */
static const char *path_mock_update_human_4[2]; /* NULL-terminated */
static const char *path_mock_update_human_5[2]; /* NULL-terminated */
static nitro_human_line human_mock_update[6];
static const char *path_mock_update_upload_0[2]; /* NULL-terminated */
static const char *path_mock_update_upload_1[2]; /* NULL-terminated */
static nitro_upload_def uploads_mock_update[2];
static nitro_behaviour behaviour_mock_update;
const nitro_behaviour *nitro_behaviour_mock_update(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_mock_update_var_0[0] = "mockSchemaId";
        path_mock_update_var_1[0] = "name";
        path_mock_update_var_2[0] = "downstreamUrl";
        bindings_mock_update[0] = (nitro_binding){path_mock_update_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_update, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        bindings_mock_update[1] = (nitro_binding){path_mock_update_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_update, name), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, "name", NITRO_NO_OPTION, 0, NULL};
        bindings_mock_update[2] = (nitro_binding){path_mock_update_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_mock_update, url), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 1, false, false, "url", NITRO_NO_OPTION, 0, NULL};
        path_mock_update_data[0] = "updateMockSchema";
        path_mock_update_data[1] = "mockSchema";
        path_mock_update_result_id[0] = "id";
        path_mock_update_result_name[0] = "name";
        path_mock_update_result_createdAt[0] = "createdAt";
        path_mock_update_result_createdBy_username[0] = "createdBy";
        path_mock_update_result_createdBy_username[1] = "username";
        fields_mock_update_result_createdBy[0] = (nitro_field_def){"username", path_mock_update_result_createdBy_username, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_mock_update_result_createdBy[0] = "createdBy";
        path_mock_update_result_modifiedAt[0] = "modifiedAt";
        path_mock_update_result_modifiedBy_username[0] = "modifiedBy";
        path_mock_update_result_modifiedBy_username[1] = "username";
        fields_mock_update_result_modifiedBy[0] = (nitro_field_def){"username", path_mock_update_result_modifiedBy_username, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_mock_update_result_modifiedBy[0] = "modifiedBy";
        path_mock_update_result_downstreamUrl[0] = "downstreamUrl";
        path_mock_update_result_url[0] = "url";
        fields_mock_update_result[0] = (nitro_field_def){"id", path_mock_update_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_update_result[1] = (nitro_field_def){"name", path_mock_update_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_update_result[2] = (nitro_field_def){"createdAt", path_mock_update_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_update_result[3] = (nitro_field_def){"createdBy", path_mock_update_result_createdBy, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_update_result_createdBy, 1, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_update_result[4] = (nitro_field_def){"modifiedAt", path_mock_update_result_modifiedAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_update_result[5] = (nitro_field_def){"modifiedBy", path_mock_update_result_modifiedBy, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_mock_update_result_modifiedBy, 1, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_update_result[6] = (nitro_field_def){"downstreamUrl", path_mock_update_result_downstreamUrl, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_mock_update_result[7] = (nitro_field_def){"url", path_mock_update_result_url, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_mock_update_errors_0[0] = "updateMockSchema";
        path_mock_update_errors_0[1] = "errors";
        errors_mock_update[0] = path_mock_update_errors_0;
        verbatim_mock_update[0] = "MockSchemaNotFoundError";
        verbatim_mock_update[1] = "MockSchemaNonUniqueNameError";
        verbatim_mock_update[2] = "UnauthorizedOperation";
        verbatim_mock_update[3] = "ValidationError";
        text_mock_update_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Updating mock '", {0}, 0, 0};
        text_mock_update_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mock_update, id), NITRO_OPT_STRING};
        text_mock_update_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_mock_update_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Updated mock '", {0}, 0, 0};
        text_mock_update_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_mock_update, id), NITRO_OPT_STRING};
        text_mock_update_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_mock_update_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not update the mock.", {0}, 0, 0};
        path_mock_update_human_0[0] = "id";
        path_mock_update_human_1[0] = "name";
        path_mock_update_human_2[0] = "url";
        path_mock_update_human_3[0] = "downstreamUrl";
        path_mock_update_human_4[0] = "createdAt";
        path_mock_update_human_5[0] = "modifiedAt";
        human_mock_update[0] = (nitro_human_line){"Id", {path_mock_update_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_mock_update[1] = (nitro_human_line){"Name", {path_mock_update_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_mock_update[2] = (nitro_human_line){"Url", {path_mock_update_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        human_mock_update[3] = (nitro_human_line){"Downstream url", {path_mock_update_human_3, NITRO_FMT_NONE}, {NULL, 0}};
        human_mock_update[4] = (nitro_human_line){"Created at", {path_mock_update_human_4, NITRO_FMT_DATETIME}, {NULL, 0}};
        human_mock_update[5] = (nitro_human_line){"Modified at", {path_mock_update_human_5, NITRO_FMT_DATETIME}, {NULL, 0}};
        path_mock_update_upload_0[0] = "baseSchemaFile";
        path_mock_update_upload_1[0] = "extensionsSchemaFile";
        uploads_mock_update[0] = (nitro_upload_def){path_mock_update_upload_0, offsetof(nitro_opts_mock_update, schema), "schema", "schema.graphql", NULL, 0, false, NULL};
        uploads_mock_update[1] = (nitro_upload_def){path_mock_update_upload_1, offsetof(nitro_opts_mock_update, extension), "extension", "extension.graphql", NULL, 0, false, NULL};
        behaviour_mock_update = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_update_mock_operation(), bindings_mock_update, 3},
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
    }
    return &behaviour_mock_update;
}

/* ---- schema upload ---- */
static const char *path_schema_upload_var_0[3]; /* NULL-terminated */
static const char *path_schema_upload_var_1[3]; /* NULL-terminated */
static const char *path_schema_upload_var_2[3]; /* NULL-terminated */
static nitro_binding bindings_schema_upload[3];
static const char *path_schema_upload_data[3]; /* NULL-terminated */
static const char *path_schema_upload_result_schemaVersionId[2]; /* NULL-terminated */
static nitro_field_def fields_schema_upload_result[2];
static const char *path_schema_upload_errors_0[3]; /* NULL-terminated */
static const char *const *errors_schema_upload[1];
static const char *verbatim_schema_upload[4];
static nitro_text_part text_schema_upload_activity[5];
static nitro_text_part text_schema_upload_success[3];
static nitro_text_part text_schema_upload_no_data[1];
static nitro_pick_def picks_schema_upload[1];
static const char *path_schema_upload_upload_0[3]; /* NULL-terminated */
static nitro_upload_def uploads_schema_upload[1];
static nitro_behaviour behaviour_schema_upload;
const nitro_behaviour *nitro_behaviour_schema_upload(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_schema_upload_var_0[0] = "input";
        path_schema_upload_var_0[1] = "apiId";
        path_schema_upload_var_1[0] = "input";
        path_schema_upload_var_1[1] = "tag";
        path_schema_upload_var_2[0] = "input";
        path_schema_upload_var_2[1] = "source";
        bindings_schema_upload[0] = (nitro_binding){path_schema_upload_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_upload, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_upload[1] = (nitro_binding){path_schema_upload_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_upload, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_upload[2] = (nitro_binding){path_schema_upload_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_upload, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_schema_upload_data[0] = "uploadSchema";
        path_schema_upload_data[1] = "schemaVersion";
        path_schema_upload_result_schemaVersionId[0] = "id";
        fields_schema_upload_result[0] = (nitro_field_def){"schemaVersionId", path_schema_upload_result_schemaVersionId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_upload_result[1] = (nitro_field_def){"tag", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_schema_upload, tag), NITRO_OPT_STRING};
        path_schema_upload_errors_0[0] = "uploadSchema";
        path_schema_upload_errors_0[1] = "errors";
        errors_schema_upload[0] = path_schema_upload_errors_0;
        verbatim_schema_upload[0] = "UnauthorizedOperation";
        verbatim_schema_upload[1] = "DuplicatedTagError";
        verbatim_schema_upload[2] = "ConcurrentOperationError";
        verbatim_schema_upload[3] = "ApiNotFoundError";
        text_schema_upload_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Uploading new schema version '", {0}, 0, 0};
        text_schema_upload_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_upload, tag), NITRO_OPT_STRING};
        text_schema_upload_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' to API '", {0}, 0, 0};
        text_schema_upload_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_upload, api_id), NITRO_OPT_STRING};
        text_schema_upload_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_schema_upload_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Uploaded new schema version '", {0}, 0, 0};
        text_schema_upload_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_upload, tag), NITRO_OPT_STRING};
        text_schema_upload_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_schema_upload_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not upload schema.", {0}, 0, 0};
        picks_schema_upload[0] = (nitro_pick_def){offsetof(nitro_opts_schema_upload, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        path_schema_upload_upload_0[0] = "input";
        path_schema_upload_upload_0[1] = "schema";
        uploads_schema_upload[0] = (nitro_upload_def){path_schema_upload_upload_0, offsetof(nitro_opts_schema_upload, schema_file), "schema-file", "schema.graphql", NULL, 0, false, NULL};
        behaviour_schema_upload = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_upload_schema_operation(), bindings_schema_upload, 3},
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
    }
    return &behaviour_schema_upload;
}

/* ---- schema validate ---- */
static const char *path_schema_validate_var_0[3]; /* NULL-terminated */
static const char *path_schema_validate_var_1[3]; /* NULL-terminated */
static const char *path_schema_validate_var_2[3]; /* NULL-terminated */
static nitro_binding bindings_schema_validate[3];
static const char *path_schema_validate_data[2]; /* NULL-terminated */
static const char *path_schema_validate_result_requestId[2]; /* NULL-terminated */
static nitro_field_def fields_schema_validate_result[2];
static const char *path_schema_validate_errors_0[3]; /* NULL-terminated */
static const char *const *errors_schema_validate[1];
static const char *verbatim_schema_validate[4];
static nitro_text_part text_schema_validate_activity[5];
static nitro_text_part text_schema_validate_success[3];
static nitro_text_part text_schema_validate_no_data[1];
static nitro_pick_def picks_schema_validate[1];
static const char *path_schema_validate_upload_0[3]; /* NULL-terminated */
static nitro_upload_def uploads_schema_validate[1];
static const char *path_schema_validate_follow_var_0[2]; /* NULL-terminated */
static const char *path_schema_validate_follow_value_0[2]; /* NULL-terminated */
static const char *const *follow_variables_schema_validate[1];
static const char *const *follow_values_schema_validate[1];
static nitro_text_part text_schema_validate_event_0_say[1];
static nitro_text_part text_schema_validate_event_1_say[1];
static nitro_text_part text_schema_validate_event_2_say[1];
static const char *path_schema_validate_event_2_details[2]; /* NULL-terminated */
static nitro_text_part text_schema_validate_event_3_say[1];
static const char *path_schema_validate_event_3_errors[2]; /* NULL-terminated */
static nitro_event_def events_schema_validate[4];
static const char *path_schema_validate_follow_created_1[2]; /* NULL-terminated */
static nitro_text_part text_schema_validate_follow_created[3];
static nitro_text_part text_schema_validate_follow_failed[1];
static nitro_text_part text_schema_validate_follow_ended[1];
static const char *path_schema_validate_follow_stopped_1[2]; /* NULL-terminated */
static nitro_text_part text_schema_validate_follow_stopped[3];
static const char *path_schema_validate_follow_data[2]; /* NULL-terminated */
static nitro_follow_def follow_schema_validate;
static nitro_behaviour behaviour_schema_validate;
const nitro_behaviour *nitro_behaviour_schema_validate(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_schema_validate_var_0[0] = "input";
        path_schema_validate_var_0[1] = "apiId";
        path_schema_validate_var_1[0] = "input";
        path_schema_validate_var_1[1] = "stage";
        path_schema_validate_var_2[0] = "input";
        path_schema_validate_var_2[1] = "source";
        bindings_schema_validate[0] = (nitro_binding){path_schema_validate_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_validate, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_validate[1] = (nitro_binding){path_schema_validate_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_validate, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_validate[2] = (nitro_binding){path_schema_validate_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_validate, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_schema_validate_data[0] = "validateSchema";
        path_schema_validate_result_requestId[0] = "id";
        fields_schema_validate_result[0] = (nitro_field_def){"requestId", path_schema_validate_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_validate_result[1] = (nitro_field_def){"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING};
        path_schema_validate_errors_0[0] = "validateSchema";
        path_schema_validate_errors_0[1] = "errors";
        errors_schema_validate[0] = path_schema_validate_errors_0;
        verbatim_schema_validate[0] = "UnauthorizedOperation";
        verbatim_schema_validate[1] = "ApiNotFoundError";
        verbatim_schema_validate[2] = "StageNotFoundError";
        verbatim_schema_validate[3] = "SchemaNotFoundError";
        text_schema_validate_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating schema against stage '", {0}, 0, 0};
        text_schema_validate_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_validate, stage), NITRO_OPT_STRING};
        text_schema_validate_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' of API '", {0}, 0, 0};
        text_schema_validate_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_validate, api_id), NITRO_OPT_STRING};
        text_schema_validate_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_schema_validate_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Validated schema against stage '", {0}, 0, 0};
        text_schema_validate_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_validate, stage), NITRO_OPT_STRING};
        text_schema_validate_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_schema_validate_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not create validation request!", {0}, 0, 0};
        picks_schema_validate[0] = (nitro_pick_def){offsetof(nitro_opts_schema_validate, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        path_schema_validate_upload_0[0] = "input";
        path_schema_validate_upload_0[1] = "schema";
        uploads_schema_validate[0] = (nitro_upload_def){path_schema_validate_upload_0, offsetof(nitro_opts_schema_validate, schema_file), "schema-file", "schema.graphql", NULL, 0, false, NULL};
        path_schema_validate_follow_var_0[0] = "requestId";
        path_schema_validate_follow_value_0[0] = "id";
        follow_variables_schema_validate[0] = path_schema_validate_follow_var_0;
        follow_values_schema_validate[0] = path_schema_validate_follow_value_0;
        text_schema_validate_event_0_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_schema_validate_event_1_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_schema_validate_event_2_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0};
        path_schema_validate_event_2_details[0] = "changes";
        text_schema_validate_event_3_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation failed.", {0}, 0, 0};
        path_schema_validate_event_3_errors[0] = "errors";
        events_schema_validate[0] = (nitro_event_def){"OperationInProgress", {text_schema_validate_event_0_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_schema_validate[1] = (nitro_event_def){"ValidationInProgress", {text_schema_validate_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_schema_validate[2] = (nitro_event_def){"SchemaVersionValidationSuccess", {text_schema_validate_event_2_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, path_schema_validate_event_2_details};
        events_schema_validate[3] = (nitro_event_def){"SchemaVersionValidationFailed", {text_schema_validate_event_3_say, 1}, path_schema_validate_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        path_schema_validate_follow_created_1[0] = "id";
        text_schema_validate_follow_created[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation request created (ID: ", {0}, 0, 0};
        text_schema_validate_follow_created[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_schema_validate_follow_created_1, NITRO_FMT_NONE}, 0, 0};
        text_schema_validate_follow_created[2] = (nitro_text_part){NITRO_PART_TEXT, ").", {0}, 0, 0};
        text_schema_validate_follow_failed[0] = (nitro_text_part){NITRO_PART_TEXT, "Schema validation failed.", {0}, 0, 0};
        text_schema_validate_follow_ended[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation failed: the server ended the stream without a result.", {0}, 0, 0};
        path_schema_validate_follow_stopped_1[0] = "id";
        text_schema_validate_follow_stopped[0] = (nitro_text_part){NITRO_PART_TEXT, "The validation request ", {0}, 0, 0};
        text_schema_validate_follow_stopped[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_schema_validate_follow_stopped_1, NITRO_FMT_NONE}, 0, 0};
        text_schema_validate_follow_stopped[2] = (nitro_text_part){NITRO_PART_TEXT, " may go on on the server; it publishes nothing.", {0}, 0, 0};
        path_schema_validate_follow_data[0] = "onSchemaVersionValidationUpdate";
        follow_schema_validate = (nitro_follow_def){
            .operation = gql_on_schema_validation_operation(),
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
        behaviour_schema_validate = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_validate_schema_operation(), bindings_schema_validate, 3},
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
    }
    return &behaviour_schema_validate;
}

/* ---- schema download ---- */
static nitro_text_part text_schema_download_activity[5];
static nitro_text_part text_schema_download_success[3];
static nitro_text_part text_schema_download_download_path[4];
static nitro_text_part text_schema_download_download_not_found[3];
static nitro_download_def download_schema_download;
static nitro_behaviour behaviour_schema_download;
const nitro_behaviour *nitro_behaviour_schema_download(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        text_schema_download_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Downloading schema from stage '", {0}, 0, 0};
        text_schema_download_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_download, stage), NITRO_OPT_STRING};
        text_schema_download_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' of API '", {0}, 0, 0};
        text_schema_download_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_download, api_id), NITRO_OPT_STRING};
        text_schema_download_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_schema_download_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Downloaded the schema from stage '", {0}, 0, 0};
        text_schema_download_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_download, stage), NITRO_OPT_STRING};
        text_schema_download_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_schema_download_download_path[0] = (nitro_text_part){NITRO_PART_TEXT, "/api/v1/apis/", {0}, 0, 0};
        text_schema_download_download_path[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_download, api_id), NITRO_OPT_STRING};
        text_schema_download_download_path[2] = (nitro_text_part){NITRO_PART_TEXT, "/schemas/latest/download\?stage=", {0}, 0, 0};
        text_schema_download_download_path[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_download, stage), NITRO_OPT_STRING};
        text_schema_download_download_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not find a published schema on stage '", {0}, 0, 0};
        text_schema_download_download_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_download, stage), NITRO_OPT_STRING};
        text_schema_download_download_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        download_schema_download = (nitro_download_def){
            .path = {text_schema_download_download_path, 4},
            .file_offset = offsetof(nitro_opts_schema_download, output_file),
            .not_found = {text_schema_download_download_not_found, 3},
            .format_offset = NITRO_NO_OPTION,
        };
        behaviour_schema_download = (nitro_behaviour){
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
    }
    return &behaviour_schema_download;
}

/* ---- schema publish ---- */
static const char *path_schema_publish_var_0[3]; /* NULL-terminated */
static const char *path_schema_publish_var_1[3]; /* NULL-terminated */
static const char *path_schema_publish_var_2[3]; /* NULL-terminated */
static const char *path_schema_publish_var_3[3]; /* NULL-terminated */
static const char *path_schema_publish_var_4[3]; /* NULL-terminated */
static const char *path_schema_publish_var_5[3]; /* NULL-terminated */
static nitro_binding bindings_schema_publish[6];
static const char *path_schema_publish_data[2]; /* NULL-terminated */
static const char *path_schema_publish_result_requestId[2]; /* NULL-terminated */
static nitro_field_def fields_schema_publish_result[3];
static const char *path_schema_publish_errors_0[3]; /* NULL-terminated */
static const char *const *errors_schema_publish[1];
static const char *verbatim_schema_publish[4];
static nitro_text_part text_schema_publish_activity[7];
static nitro_text_part text_schema_publish_success[5];
static nitro_text_part text_schema_publish_no_data[1];
static nitro_pick_def picks_schema_publish[1];
static const char *path_schema_publish_follow_var_0[2]; /* NULL-terminated */
static const char *path_schema_publish_follow_value_0[2]; /* NULL-terminated */
static const char *const *follow_variables_schema_publish[1];
static const char *const *follow_values_schema_publish[1];
static const char *path_schema_publish_event_0_say_1[2]; /* NULL-terminated */
static nitro_text_part text_schema_publish_event_0_say[3];
static nitro_text_part text_schema_publish_event_1_say[1];
static nitro_text_part text_schema_publish_event_2_say[1];
static nitro_text_part text_schema_publish_event_3_say[1];
static const char *path_schema_publish_event_3_errors[3]; /* NULL-terminated */
static nitro_text_part text_schema_publish_event_4_say[1];
static nitro_text_part text_schema_publish_event_5_say[1];
static nitro_text_part text_schema_publish_event_6_say[1];
static const char *path_schema_publish_event_6_errors[2]; /* NULL-terminated */
static nitro_event_def events_schema_publish[7];
static const char *path_schema_publish_follow_created_1[2]; /* NULL-terminated */
static nitro_text_part text_schema_publish_follow_created[3];
static nitro_text_part text_schema_publish_follow_failed[1];
static nitro_text_part text_schema_publish_follow_ended[1];
static const char *path_schema_publish_follow_stopped_1[2]; /* NULL-terminated */
static nitro_text_part text_schema_publish_follow_stopped[7];
static const char *path_schema_publish_follow_data[2]; /* NULL-terminated */
static nitro_follow_def follow_schema_publish;
static nitro_behaviour behaviour_schema_publish;
const nitro_behaviour *nitro_behaviour_schema_publish(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_schema_publish_var_0[0] = "input";
        path_schema_publish_var_0[1] = "apiId";
        path_schema_publish_var_1[0] = "input";
        path_schema_publish_var_1[1] = "stage";
        path_schema_publish_var_2[0] = "input";
        path_schema_publish_var_2[1] = "tag";
        path_schema_publish_var_3[0] = "input";
        path_schema_publish_var_3[1] = "waitForApproval";
        path_schema_publish_var_4[0] = "input";
        path_schema_publish_var_4[1] = "force";
        path_schema_publish_var_5[0] = "input";
        path_schema_publish_var_5[1] = "source";
        bindings_schema_publish[0] = (nitro_binding){path_schema_publish_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_publish, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_publish[1] = (nitro_binding){path_schema_publish_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_publish, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_publish[2] = (nitro_binding){path_schema_publish_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_publish, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_publish[3] = (nitro_binding){path_schema_publish_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_publish, wait_for_approval), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "wait-for-approval", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_publish[4] = (nitro_binding){path_schema_publish_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_publish, force), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "force", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_publish[5] = (nitro_binding){path_schema_publish_var_5, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_publish, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_schema_publish_data[0] = "publishSchema";
        path_schema_publish_result_requestId[0] = "id";
        fields_schema_publish_result[0] = (nitro_field_def){"stage", NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, offsetof(nitro_opts_schema_publish, stage), NITRO_OPT_STRING};
        fields_schema_publish_result[1] = (nitro_field_def){"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING};
        fields_schema_publish_result[2] = (nitro_field_def){"requestId", path_schema_publish_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_schema_publish_errors_0[0] = "publishSchema";
        path_schema_publish_errors_0[1] = "errors";
        errors_schema_publish[0] = path_schema_publish_errors_0;
        verbatim_schema_publish[0] = "UnauthorizedOperation";
        verbatim_schema_publish[1] = "ApiNotFoundError";
        verbatim_schema_publish[2] = "StageNotFoundError";
        verbatim_schema_publish[3] = "SchemaNotFoundError";
        text_schema_publish_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Publishing new schema version '", {0}, 0, 0};
        text_schema_publish_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, tag), NITRO_OPT_STRING};
        text_schema_publish_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' to stage '", {0}, 0, 0};
        text_schema_publish_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, stage), NITRO_OPT_STRING};
        text_schema_publish_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "' of API '", {0}, 0, 0};
        text_schema_publish_activity[5] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, api_id), NITRO_OPT_STRING};
        text_schema_publish_activity[6] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_schema_publish_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Published new schema version '", {0}, 0, 0};
        text_schema_publish_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, tag), NITRO_OPT_STRING};
        text_schema_publish_success[2] = (nitro_text_part){NITRO_PART_TEXT, "' to stage '", {0}, 0, 0};
        text_schema_publish_success[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, stage), NITRO_OPT_STRING};
        text_schema_publish_success[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_schema_publish_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not create publish request.", {0}, 0, 0};
        picks_schema_publish[0] = (nitro_pick_def){offsetof(nitro_opts_schema_publish, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        path_schema_publish_follow_var_0[0] = "requestId";
        path_schema_publish_follow_value_0[0] = "id";
        follow_variables_schema_publish[0] = path_schema_publish_follow_var_0;
        follow_values_schema_publish[0] = path_schema_publish_follow_value_0;
        path_schema_publish_event_0_say_1[0] = "queuePosition";
        text_schema_publish_event_0_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is queued. The current position in the queue is ", {0}, 0, 0};
        text_schema_publish_event_0_say[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_schema_publish_event_0_say_1, NITRO_FMT_NONE}, 0, 0};
        text_schema_publish_event_0_say[2] = (nitro_text_part){NITRO_PART_TEXT, ".", {0}, 0, 0};
        text_schema_publish_event_1_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is ready for processing.", {0}, 0, 0};
        text_schema_publish_event_2_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is being processed.", {0}, 0, 0};
        text_schema_publish_event_3_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is waiting for approval. Check Nitro to approve the request.", {0}, 0, 0};
        path_schema_publish_event_3_errors[0] = "deployment";
        path_schema_publish_event_3_errors[1] = "errors";
        text_schema_publish_event_4_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request has been approved.", {0}, 0, 0};
        text_schema_publish_event_5_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Published successfully.", {0}, 0, 0};
        text_schema_publish_event_6_say[0] = (nitro_text_part){NITRO_PART_TEXT, "The new schema version was rejected.", {0}, 0, 0};
        path_schema_publish_event_6_errors[0] = "errors";
        events_schema_publish[0] = (nitro_event_def){"ProcessingTaskIsQueued", {text_schema_publish_event_0_say, 3}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_schema_publish[1] = (nitro_event_def){"ProcessingTaskIsReady", {text_schema_publish_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_schema_publish[2] = (nitro_event_def){"OperationInProgress", {text_schema_publish_event_2_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_schema_publish[3] = (nitro_event_def){"WaitForApproval", {text_schema_publish_event_3_say, 1}, path_schema_publish_event_3_errors, NITRO_OUTCOME_CONTINUE, true, NULL};
        events_schema_publish[4] = (nitro_event_def){"ProcessingTaskApproved", {text_schema_publish_event_4_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_schema_publish[5] = (nitro_event_def){"SchemaVersionPublishSuccess", {text_schema_publish_event_5_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL};
        events_schema_publish[6] = (nitro_event_def){"SchemaVersionPublishFailed", {text_schema_publish_event_6_say, 1}, path_schema_publish_event_6_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        path_schema_publish_follow_created_1[0] = "id";
        text_schema_publish_follow_created[0] = (nitro_text_part){NITRO_PART_TEXT, "Publish request created (ID: ", {0}, 0, 0};
        text_schema_publish_follow_created[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_schema_publish_follow_created_1, NITRO_FMT_NONE}, 0, 0};
        text_schema_publish_follow_created[2] = (nitro_text_part){NITRO_PART_TEXT, ").", {0}, 0, 0};
        text_schema_publish_follow_failed[0] = (nitro_text_part){NITRO_PART_TEXT, "Schema publish failed.", {0}, 0, 0};
        text_schema_publish_follow_ended[0] = (nitro_text_part){NITRO_PART_TEXT, "Processing failed: the server ended the stream without a result.", {0}, 0, 0};
        path_schema_publish_follow_stopped_1[0] = "id";
        text_schema_publish_follow_stopped[0] = (nitro_text_part){NITRO_PART_TEXT, "The publish request ", {0}, 0, 0};
        text_schema_publish_follow_stopped[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_schema_publish_follow_stopped_1, NITRO_FMT_NONE}, 0, 0};
        text_schema_publish_follow_stopped[2] = (nitro_text_part){NITRO_PART_TEXT, " may go on on the server: 'nitro schema download --api-id ", {0}, 0, 0};
        text_schema_publish_follow_stopped[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, api_id), NITRO_OPT_STRING};
        text_schema_publish_follow_stopped[4] = (nitro_text_part){NITRO_PART_TEXT, " --stage ", {0}, 0, 0};
        text_schema_publish_follow_stopped[5] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_publish, stage), NITRO_OPT_STRING};
        text_schema_publish_follow_stopped[6] = (nitro_text_part){NITRO_PART_TEXT, "' shows what the stage has.", {0}, 0, 0};
        path_schema_publish_follow_data[0] = "onSchemaVersionPublishingUpdate";
        follow_schema_publish = (nitro_follow_def){
            .operation = gql_on_schema_publish_operation(),
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
        behaviour_schema_publish = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_publish_schema_operation(), bindings_schema_publish, 6},
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
    }
    return &behaviour_schema_publish;
}

/* ---- schema clients ---- */
static const char *path_schema_clients_var_0[2]; /* NULL-terminated */
static const char *path_schema_clients_var_1[2]; /* NULL-terminated */
static const char *path_schema_clients_var_2[2]; /* NULL-terminated */
static const char *path_schema_clients_var_3[2]; /* NULL-terminated */
static nitro_binding bindings_schema_clients[4];
static const char *path_schema_clients_data[4]; /* NULL-terminated */
static const char *path_schema_clients_result_name[2]; /* NULL-terminated */
static const char *path_schema_clients_result_clientId[3]; /* NULL-terminated */
static const char *path_schema_clients_result_totalVersions[2]; /* NULL-terminated */
static const char *path_schema_clients_result_totalOperations[2]; /* NULL-terminated */
static const char *path_schema_clients_result_totalRequests[2]; /* NULL-terminated */
static nitro_field_def fields_schema_clients_result[5];
static nitro_text_part text_schema_clients_activity[3];
static nitro_text_part text_schema_clients_not_found[5];
static const char *path_schema_clients_column_0[2]; /* NULL-terminated */
static const char *path_schema_clients_column_1[2]; /* NULL-terminated */
static const char *path_schema_clients_column_2[2]; /* NULL-terminated */
static const char *path_schema_clients_column_3[2]; /* NULL-terminated */
static nitro_column columns_schema_clients[4];
static nitro_pick_def picks_schema_clients[1];
static const char *path_schema_clients_select[3]; /* NULL-terminated */
static nitro_text_part text_schema_clients_select_not_found[5];
static nitro_select_def select_schema_clients;
static nitro_behaviour behaviour_schema_clients;
const nitro_behaviour *nitro_behaviour_schema_clients(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_schema_clients_var_0[0] = "apiId";
        path_schema_clients_var_1[0] = "coordinate";
        path_schema_clients_var_2[0] = "from";
        path_schema_clients_var_3[0] = "to";
        bindings_schema_clients[0] = (nitro_binding){path_schema_clients_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_clients, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_clients[1] = (nitro_binding){path_schema_clients_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_clients, coordinate), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "coordinate", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_clients[2] = (nitro_binding){path_schema_clients_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_clients, from), NITRO_OPT_STRING, NITRO_XF_DAYS_BEFORE, NULL, 0, false, false, "from", offsetof(nitro_opts_schema_clients, to), 7, "to"};
        bindings_schema_clients[3] = (nitro_binding){path_schema_clients_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_clients, to), NITRO_OPT_STRING, NITRO_XF_DATE_TIME, NULL, 0, false, false, "to", NITRO_NO_OPTION, 0, NULL};
        path_schema_clients_data[0] = "coordinate";
        path_schema_clients_data[1] = "metrics";
        path_schema_clients_data[2] = "clientUsages";
        path_schema_clients_result_name[0] = "name";
        path_schema_clients_result_clientId[0] = "client";
        path_schema_clients_result_clientId[1] = "id";
        path_schema_clients_result_totalVersions[0] = "totalVersions";
        path_schema_clients_result_totalOperations[0] = "totalOperations";
        path_schema_clients_result_totalRequests[0] = "totalRequests";
        fields_schema_clients_result[0] = (nitro_field_def){"name", path_schema_clients_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_clients_result[1] = (nitro_field_def){"clientId", path_schema_clients_result_clientId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_clients_result[2] = (nitro_field_def){"totalVersions", path_schema_clients_result_totalVersions, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_clients_result[3] = (nitro_field_def){"totalOperations", path_schema_clients_result_totalOperations, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_clients_result[4] = (nitro_field_def){"totalRequests", path_schema_clients_result_totalRequests, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        text_schema_clients_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching the clients of '", {0}, 0, 0};
        text_schema_clients_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_clients, coordinate), NITRO_OPT_STRING};
        text_schema_clients_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_schema_clients_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "Coordinate '", {0}, 0, 0};
        text_schema_clients_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_clients, coordinate), NITRO_OPT_STRING};
        text_schema_clients_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found on stage '", {0}, 0, 0};
        text_schema_clients_not_found[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_clients, stage), NITRO_OPT_STRING};
        text_schema_clients_not_found[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        path_schema_clients_column_0[0] = "name";
        path_schema_clients_column_1[0] = "totalVersions";
        path_schema_clients_column_2[0] = "totalOperations";
        path_schema_clients_column_3[0] = "totalRequests";
        columns_schema_clients[0] = (nitro_column){"Client", {path_schema_clients_column_0, NITRO_FMT_NONE}};
        columns_schema_clients[1] = (nitro_column){"Versions", {path_schema_clients_column_1, NITRO_FMT_NONE}};
        columns_schema_clients[2] = (nitro_column){"Operations", {path_schema_clients_column_2, NITRO_FMT_NONE}};
        columns_schema_clients[3] = (nitro_column){"Requests", {path_schema_clients_column_3, NITRO_FMT_NONE}};
        picks_schema_clients[0] = (nitro_pick_def){offsetof(nitro_opts_schema_clients, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        path_schema_clients_select[0] = "apiById";
        path_schema_clients_select[1] = "stages";
        text_schema_clients_select_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "Stage '", {0}, 0, 0};
        text_schema_clients_select_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_clients, stage), NITRO_OPT_STRING};
        text_schema_clients_select_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found on API '", {0}, 0, 0};
        text_schema_clients_select_not_found[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_clients, api_id), NITRO_OPT_STRING};
        text_schema_clients_select_not_found[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        select_schema_clients = (nitro_select_def){
            .list = path_schema_clients_select,
            .field = "name",
            .offset = offsetof(nitro_opts_schema_clients, stage),
            .not_found = {text_schema_clients_select_not_found, 5},
        };
        behaviour_schema_clients = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_schema_clients_operation(), bindings_schema_clients, 4},
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
    }
    return &behaviour_schema_clients;
}

/* ---- schema impact ---- */
static const char *path_schema_impact_var_0[2]; /* NULL-terminated */
static const char *path_schema_impact_var_1[2]; /* NULL-terminated */
static const char *path_schema_impact_var_2[2]; /* NULL-terminated */
static const char *path_schema_impact_var_3[2]; /* NULL-terminated */
static const char *path_schema_impact_var_4[2]; /* NULL-terminated */
static nitro_binding bindings_schema_impact[5];
static const char *path_schema_impact_data[2]; /* NULL-terminated */
static const char *path_schema_impact_result_coordinate[2]; /* NULL-terminated */
static const char *path_schema_impact_result_isDeprecated[2]; /* NULL-terminated */
static const char *path_schema_impact_result_usage_totalRequests[3]; /* NULL-terminated */
static const char *path_schema_impact_result_usage_clientCount[3]; /* NULL-terminated */
static const char *path_schema_impact_result_usage_operationCount[3]; /* NULL-terminated */
static const char *path_schema_impact_result_usage_firstSeen[3]; /* NULL-terminated */
static const char *path_schema_impact_result_usage_lastSeen[3]; /* NULL-terminated */
static const char *path_schema_impact_result_usage_errorRate[3]; /* NULL-terminated */
static const char *path_schema_impact_result_usage_meanDuration[3]; /* NULL-terminated */
static nitro_field_def fields_schema_impact_result_usage[7];
static const char *path_schema_impact_result_clients_name[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_clientId[3]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_totalVersions[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_totalOperations[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_totalRequests[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_operations_operationName[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_operations_hash[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_operations_kind[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_operations_opm[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_operations_totalCount[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_operations_totalCountWithErrors[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_operations_errorRate[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_operations_averageLatency[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_operations_impact[2]; /* NULL-terminated */
static const char *path_schema_impact_result_clients_operations_totalVersions[2]; /* NULL-terminated */
static nitro_field_def fields_schema_impact_result_clients_operations[10];
static const char *path_schema_impact_result_clients_operations[4]; /* NULL-terminated */
static nitro_field_def fields_schema_impact_result_clients[6];
static const char *path_schema_impact_result_clients[3]; /* NULL-terminated */
static nitro_field_def fields_schema_impact_result[4];
static nitro_text_part text_schema_impact_activity[3];
static nitro_text_part text_schema_impact_not_found[5];
static const char *path_schema_impact_human_0[2]; /* NULL-terminated */
static const char *path_schema_impact_human_1[2]; /* NULL-terminated */
static const char *path_schema_impact_human_2[3]; /* NULL-terminated */
static const char *path_schema_impact_human_3[3]; /* NULL-terminated */
static const char *path_schema_impact_human_4[3]; /* NULL-terminated */
static const char *path_schema_impact_human_5[3]; /* NULL-terminated */
static const char *path_schema_impact_human_6[3]; /* NULL-terminated */
static const char *path_schema_impact_human_7[3]; /* NULL-terminated */
static nitro_human_line human_schema_impact[8];
static nitro_pick_def picks_schema_impact[1];
static const char *path_schema_impact_select[3]; /* NULL-terminated */
static nitro_text_part text_schema_impact_select_not_found[5];
static nitro_select_def select_schema_impact;
static nitro_behaviour behaviour_schema_impact;
const nitro_behaviour *nitro_behaviour_schema_impact(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_schema_impact_var_0[0] = "apiId";
        path_schema_impact_var_1[0] = "coordinate";
        path_schema_impact_var_2[0] = "from";
        path_schema_impact_var_3[0] = "to";
        path_schema_impact_var_4[0] = "operationsPerClient";
        bindings_schema_impact[0] = (nitro_binding){path_schema_impact_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_impact, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_impact[1] = (nitro_binding){path_schema_impact_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_impact, coordinate), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "coordinate", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_impact[2] = (nitro_binding){path_schema_impact_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_impact, from), NITRO_OPT_STRING, NITRO_XF_DAYS_BEFORE, NULL, 0, false, false, "from", offsetof(nitro_opts_schema_impact, to), 7, "to"};
        bindings_schema_impact[3] = (nitro_binding){path_schema_impact_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_impact, to), NITRO_OPT_STRING, NITRO_XF_DATE_TIME, NULL, 0, false, false, "to", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_impact[4] = (nitro_binding){path_schema_impact_var_4, NITRO_BIND_CONST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, "100", 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_schema_impact_data[0] = "coordinate";
        path_schema_impact_result_coordinate[0] = "coordinate";
        path_schema_impact_result_isDeprecated[0] = "isDeprecated";
        path_schema_impact_result_usage_totalRequests[0] = "usage";
        path_schema_impact_result_usage_totalRequests[1] = "totalRequests";
        path_schema_impact_result_usage_clientCount[0] = "usage";
        path_schema_impact_result_usage_clientCount[1] = "clientCount";
        path_schema_impact_result_usage_operationCount[0] = "usage";
        path_schema_impact_result_usage_operationCount[1] = "operationCount";
        path_schema_impact_result_usage_firstSeen[0] = "usage";
        path_schema_impact_result_usage_firstSeen[1] = "firstSeen";
        path_schema_impact_result_usage_lastSeen[0] = "usage";
        path_schema_impact_result_usage_lastSeen[1] = "lastSeen";
        path_schema_impact_result_usage_errorRate[0] = "usage";
        path_schema_impact_result_usage_errorRate[1] = "errorRate";
        path_schema_impact_result_usage_meanDuration[0] = "usage";
        path_schema_impact_result_usage_meanDuration[1] = "meanDuration";
        fields_schema_impact_result_usage[0] = (nitro_field_def){"totalRequests", path_schema_impact_result_usage_totalRequests, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_usage[1] = (nitro_field_def){"clientCount", path_schema_impact_result_usage_clientCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_usage[2] = (nitro_field_def){"operationCount", path_schema_impact_result_usage_operationCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_usage[3] = (nitro_field_def){"firstSeen", path_schema_impact_result_usage_firstSeen, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_usage[4] = (nitro_field_def){"lastSeen", path_schema_impact_result_usage_lastSeen, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_usage[5] = (nitro_field_def){"errorRate", path_schema_impact_result_usage_errorRate, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_usage[6] = (nitro_field_def){"meanDuration", path_schema_impact_result_usage_meanDuration, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_schema_impact_result_clients_name[0] = "name";
        path_schema_impact_result_clients_clientId[0] = "client";
        path_schema_impact_result_clients_clientId[1] = "id";
        path_schema_impact_result_clients_totalVersions[0] = "totalVersions";
        path_schema_impact_result_clients_totalOperations[0] = "totalOperations";
        path_schema_impact_result_clients_totalRequests[0] = "totalRequests";
        path_schema_impact_result_clients_operations_operationName[0] = "operationName";
        path_schema_impact_result_clients_operations_hash[0] = "hash";
        path_schema_impact_result_clients_operations_kind[0] = "kind";
        path_schema_impact_result_clients_operations_opm[0] = "opm";
        path_schema_impact_result_clients_operations_totalCount[0] = "totalCount";
        path_schema_impact_result_clients_operations_totalCountWithErrors[0] = "totalCountWithErrors";
        path_schema_impact_result_clients_operations_errorRate[0] = "errorRate";
        path_schema_impact_result_clients_operations_averageLatency[0] = "averageLatency";
        path_schema_impact_result_clients_operations_impact[0] = "impact";
        path_schema_impact_result_clients_operations_totalVersions[0] = "totalVersions";
        fields_schema_impact_result_clients_operations[0] = (nitro_field_def){"operationName", path_schema_impact_result_clients_operations_operationName, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients_operations[1] = (nitro_field_def){"hash", path_schema_impact_result_clients_operations_hash, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients_operations[2] = (nitro_field_def){"kind", path_schema_impact_result_clients_operations_kind, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients_operations[3] = (nitro_field_def){"opm", path_schema_impact_result_clients_operations_opm, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients_operations[4] = (nitro_field_def){"totalCount", path_schema_impact_result_clients_operations_totalCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients_operations[5] = (nitro_field_def){"totalCountWithErrors", path_schema_impact_result_clients_operations_totalCountWithErrors, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients_operations[6] = (nitro_field_def){"errorRate", path_schema_impact_result_clients_operations_errorRate, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients_operations[7] = (nitro_field_def){"averageLatency", path_schema_impact_result_clients_operations_averageLatency, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients_operations[8] = (nitro_field_def){"impact", path_schema_impact_result_clients_operations_impact, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients_operations[9] = (nitro_field_def){"totalVersions", path_schema_impact_result_clients_operations_totalVersions, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_schema_impact_result_clients_operations[0] = "metrics";
        path_schema_impact_result_clients_operations[1] = "operations";
        path_schema_impact_result_clients_operations[2] = "nodes";
        fields_schema_impact_result_clients[0] = (nitro_field_def){"name", path_schema_impact_result_clients_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients[1] = (nitro_field_def){"clientId", path_schema_impact_result_clients_clientId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients[2] = (nitro_field_def){"totalVersions", path_schema_impact_result_clients_totalVersions, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients[3] = (nitro_field_def){"totalOperations", path_schema_impact_result_clients_totalOperations, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients[4] = (nitro_field_def){"totalRequests", path_schema_impact_result_clients_totalRequests, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result_clients[5] = (nitro_field_def){"operations", path_schema_impact_result_clients_operations, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_schema_impact_result_clients_operations, 10, NULL, false, 0, NITRO_OPT_STRING};
        path_schema_impact_result_clients[0] = "metrics";
        path_schema_impact_result_clients[1] = "clientUsages";
        fields_schema_impact_result[0] = (nitro_field_def){"coordinate", path_schema_impact_result_coordinate, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result[1] = (nitro_field_def){"isDeprecated", path_schema_impact_result_isDeprecated, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result[2] = (nitro_field_def){"usage", NULL, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_schema_impact_result_usage, 7, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_impact_result[3] = (nitro_field_def){"clients", path_schema_impact_result_clients, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_schema_impact_result_clients, 6, NULL, false, 0, NITRO_OPT_STRING};
        text_schema_impact_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching the impact of removing '", {0}, 0, 0};
        text_schema_impact_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_impact, coordinate), NITRO_OPT_STRING};
        text_schema_impact_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_schema_impact_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "Coordinate '", {0}, 0, 0};
        text_schema_impact_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_impact, coordinate), NITRO_OPT_STRING};
        text_schema_impact_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found on stage '", {0}, 0, 0};
        text_schema_impact_not_found[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_impact, stage), NITRO_OPT_STRING};
        text_schema_impact_not_found[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        path_schema_impact_human_0[0] = "coordinate";
        path_schema_impact_human_1[0] = "isDeprecated";
        path_schema_impact_human_2[0] = "usage";
        path_schema_impact_human_2[1] = "totalRequests";
        path_schema_impact_human_3[0] = "usage";
        path_schema_impact_human_3[1] = "clientCount";
        path_schema_impact_human_4[0] = "usage";
        path_schema_impact_human_4[1] = "operationCount";
        path_schema_impact_human_5[0] = "usage";
        path_schema_impact_human_5[1] = "firstSeen";
        path_schema_impact_human_6[0] = "usage";
        path_schema_impact_human_6[1] = "lastSeen";
        path_schema_impact_human_7[0] = "usage";
        path_schema_impact_human_7[1] = "errorRate";
        human_schema_impact[0] = (nitro_human_line){"Coordinate", {path_schema_impact_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_schema_impact[1] = (nitro_human_line){"Deprecated", {path_schema_impact_human_1, NITRO_FMT_YES_NO}, {NULL, 0}};
        human_schema_impact[2] = (nitro_human_line){"Total requests", {path_schema_impact_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        human_schema_impact[3] = (nitro_human_line){"Clients", {path_schema_impact_human_3, NITRO_FMT_NONE}, {NULL, 0}};
        human_schema_impact[4] = (nitro_human_line){"Operations", {path_schema_impact_human_4, NITRO_FMT_NONE}, {NULL, 0}};
        human_schema_impact[5] = (nitro_human_line){"First seen", {path_schema_impact_human_5, NITRO_FMT_DATETIME}, {NULL, 0}};
        human_schema_impact[6] = (nitro_human_line){"Last seen", {path_schema_impact_human_6, NITRO_FMT_DATETIME}, {NULL, 0}};
        human_schema_impact[7] = (nitro_human_line){"Error rate", {path_schema_impact_human_7, NITRO_FMT_NONE}, {NULL, 0}};
        picks_schema_impact[0] = (nitro_pick_def){offsetof(nitro_opts_schema_impact, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        path_schema_impact_select[0] = "apiById";
        path_schema_impact_select[1] = "stages";
        text_schema_impact_select_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "Stage '", {0}, 0, 0};
        text_schema_impact_select_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_impact, stage), NITRO_OPT_STRING};
        text_schema_impact_select_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found on API '", {0}, 0, 0};
        text_schema_impact_select_not_found[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_impact, api_id), NITRO_OPT_STRING};
        text_schema_impact_select_not_found[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        select_schema_impact = (nitro_select_def){
            .list = path_schema_impact_select,
            .field = "name",
            .offset = offsetof(nitro_opts_schema_impact, stage),
            .not_found = {text_schema_impact_select_not_found, 5},
        };
        behaviour_schema_impact = (nitro_behaviour){
            .kind = NITRO_KIND_QUERY,
            .request = {gql_schema_impact_operation(), bindings_schema_impact, 5},
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
    }
    return &behaviour_schema_impact;
}

/* ---- schema operations ---- */
static const char *path_schema_operations_var_0[2]; /* NULL-terminated */
static const char *path_schema_operations_var_1[2]; /* NULL-terminated */
static const char *path_schema_operations_var_2[2]; /* NULL-terminated */
static const char *path_schema_operations_var_3[2]; /* NULL-terminated */
static const char *path_schema_operations_var_4[2]; /* NULL-terminated */
static nitro_binding bindings_schema_operations[5];
static const char *path_schema_operations_data[4]; /* NULL-terminated */
static const char *path_schema_operations_result_name[2]; /* NULL-terminated */
static const char *path_schema_operations_result_clientId[3]; /* NULL-terminated */
static const char *path_schema_operations_result_operations_operationName[2]; /* NULL-terminated */
static const char *path_schema_operations_result_operations_hash[2]; /* NULL-terminated */
static const char *path_schema_operations_result_operations_kind[2]; /* NULL-terminated */
static const char *path_schema_operations_result_operations_opm[2]; /* NULL-terminated */
static const char *path_schema_operations_result_operations_totalCount[2]; /* NULL-terminated */
static const char *path_schema_operations_result_operations_totalCountWithErrors[2]; /* NULL-terminated */
static const char *path_schema_operations_result_operations_errorRate[2]; /* NULL-terminated */
static const char *path_schema_operations_result_operations_averageLatency[2]; /* NULL-terminated */
static const char *path_schema_operations_result_operations_impact[2]; /* NULL-terminated */
static const char *path_schema_operations_result_operations_totalVersions[2]; /* NULL-terminated */
static nitro_field_def fields_schema_operations_result_operations[10];
static const char *path_schema_operations_result_operations[4]; /* NULL-terminated */
static nitro_field_def fields_schema_operations_result[3];
static nitro_text_part text_schema_operations_activity[3];
static nitro_text_part text_schema_operations_not_found[5];
static const char *path_schema_operations_column_0[2]; /* NULL-terminated */
static const char *path_schema_operations_column_1[3]; /* NULL-terminated */
static nitro_column columns_schema_operations[2];
static nitro_pick_def picks_schema_operations[1];
static const char *path_schema_operations_select[3]; /* NULL-terminated */
static nitro_text_part text_schema_operations_select_not_found[5];
static nitro_select_def select_schema_operations;
static nitro_behaviour behaviour_schema_operations;
const nitro_behaviour *nitro_behaviour_schema_operations(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_schema_operations_var_0[0] = "apiId";
        path_schema_operations_var_1[0] = "coordinate";
        path_schema_operations_var_2[0] = "from";
        path_schema_operations_var_3[0] = "to";
        path_schema_operations_var_4[0] = "operationsPerClient";
        bindings_schema_operations[0] = (nitro_binding){path_schema_operations_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_operations, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_operations[1] = (nitro_binding){path_schema_operations_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_operations, coordinate), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "coordinate", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_operations[2] = (nitro_binding){path_schema_operations_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_operations, from), NITRO_OPT_STRING, NITRO_XF_DAYS_BEFORE, NULL, 0, false, false, "from", offsetof(nitro_opts_schema_operations, to), 7, "to"};
        bindings_schema_operations[3] = (nitro_binding){path_schema_operations_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_operations, to), NITRO_OPT_STRING, NITRO_XF_DATE_TIME, NULL, 0, false, false, "to", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_operations[4] = (nitro_binding){path_schema_operations_var_4, NITRO_BIND_CONST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, "100", 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_schema_operations_data[0] = "coordinate";
        path_schema_operations_data[1] = "metrics";
        path_schema_operations_data[2] = "clientUsages";
        path_schema_operations_result_name[0] = "name";
        path_schema_operations_result_clientId[0] = "client";
        path_schema_operations_result_clientId[1] = "id";
        path_schema_operations_result_operations_operationName[0] = "operationName";
        path_schema_operations_result_operations_hash[0] = "hash";
        path_schema_operations_result_operations_kind[0] = "kind";
        path_schema_operations_result_operations_opm[0] = "opm";
        path_schema_operations_result_operations_totalCount[0] = "totalCount";
        path_schema_operations_result_operations_totalCountWithErrors[0] = "totalCountWithErrors";
        path_schema_operations_result_operations_errorRate[0] = "errorRate";
        path_schema_operations_result_operations_averageLatency[0] = "averageLatency";
        path_schema_operations_result_operations_impact[0] = "impact";
        path_schema_operations_result_operations_totalVersions[0] = "totalVersions";
        fields_schema_operations_result_operations[0] = (nitro_field_def){"operationName", path_schema_operations_result_operations_operationName, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_operations_result_operations[1] = (nitro_field_def){"hash", path_schema_operations_result_operations_hash, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_operations_result_operations[2] = (nitro_field_def){"kind", path_schema_operations_result_operations_kind, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_operations_result_operations[3] = (nitro_field_def){"opm", path_schema_operations_result_operations_opm, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_operations_result_operations[4] = (nitro_field_def){"totalCount", path_schema_operations_result_operations_totalCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_operations_result_operations[5] = (nitro_field_def){"totalCountWithErrors", path_schema_operations_result_operations_totalCountWithErrors, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_operations_result_operations[6] = (nitro_field_def){"errorRate", path_schema_operations_result_operations_errorRate, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_operations_result_operations[7] = (nitro_field_def){"averageLatency", path_schema_operations_result_operations_averageLatency, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_operations_result_operations[8] = (nitro_field_def){"impact", path_schema_operations_result_operations_impact, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_operations_result_operations[9] = (nitro_field_def){"totalVersions", path_schema_operations_result_operations_totalVersions, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_schema_operations_result_operations[0] = "metrics";
        path_schema_operations_result_operations[1] = "operations";
        path_schema_operations_result_operations[2] = "nodes";
        fields_schema_operations_result[0] = (nitro_field_def){"name", path_schema_operations_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_operations_result[1] = (nitro_field_def){"clientId", path_schema_operations_result_clientId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_operations_result[2] = (nitro_field_def){"operations", path_schema_operations_result_operations, NITRO_VALUE_OBJECT_LIST, NITRO_FMT_NONE, fields_schema_operations_result_operations, 10, NULL, false, 0, NITRO_OPT_STRING};
        text_schema_operations_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching the operations that use '", {0}, 0, 0};
        text_schema_operations_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_operations, coordinate), NITRO_OPT_STRING};
        text_schema_operations_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_schema_operations_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "Coordinate '", {0}, 0, 0};
        text_schema_operations_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_operations, coordinate), NITRO_OPT_STRING};
        text_schema_operations_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found on stage '", {0}, 0, 0};
        text_schema_operations_not_found[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_operations, stage), NITRO_OPT_STRING};
        text_schema_operations_not_found[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        path_schema_operations_column_0[0] = "name";
        path_schema_operations_column_1[0] = "client";
        path_schema_operations_column_1[1] = "id";
        columns_schema_operations[0] = (nitro_column){"Client", {path_schema_operations_column_0, NITRO_FMT_NONE}};
        columns_schema_operations[1] = (nitro_column){"Id", {path_schema_operations_column_1, NITRO_FMT_NONE}};
        picks_schema_operations[0] = (nitro_pick_def){offsetof(nitro_opts_schema_operations, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        path_schema_operations_select[0] = "apiById";
        path_schema_operations_select[1] = "stages";
        text_schema_operations_select_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "Stage '", {0}, 0, 0};
        text_schema_operations_select_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_operations, stage), NITRO_OPT_STRING};
        text_schema_operations_select_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found on API '", {0}, 0, 0};
        text_schema_operations_select_not_found[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_operations, api_id), NITRO_OPT_STRING};
        text_schema_operations_select_not_found[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        select_schema_operations = (nitro_select_def){
            .list = path_schema_operations_select,
            .field = "name",
            .offset = offsetof(nitro_opts_schema_operations, stage),
            .not_found = {text_schema_operations_select_not_found, 5},
        };
        behaviour_schema_operations = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_schema_operations_operation(), bindings_schema_operations, 5},
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
    }
    return &behaviour_schema_operations;
}

/* ---- schema unused ---- */
static const char *path_schema_unused_var_0[2]; /* NULL-terminated */
static const char *path_schema_unused_var_1[2]; /* NULL-terminated */
static const char *path_schema_unused_var_2[2]; /* NULL-terminated */
static const char *path_schema_unused_var_3[2]; /* NULL-terminated */
static const char *path_schema_unused_var_4[2]; /* NULL-terminated */
static const char *path_schema_unused_var_5[2]; /* NULL-terminated */
static nitro_binding bindings_schema_unused[6];
static const char *path_schema_unused_data[3]; /* NULL-terminated */
static const char *path_schema_unused_result_coordinate[2]; /* NULL-terminated */
static const char *path_schema_unused_result_isDeprecated[2]; /* NULL-terminated */
static const char *path_schema_unused_result_totalRequests[3]; /* NULL-terminated */
static const char *path_schema_unused_result_clientCount[3]; /* NULL-terminated */
static const char *path_schema_unused_result_operationCount[3]; /* NULL-terminated */
static const char *path_schema_unused_result_lastSeen[3]; /* NULL-terminated */
static nitro_field_def fields_schema_unused_result[6];
static nitro_text_part text_schema_unused_activity[3];
static const char *path_schema_unused_column_0[2]; /* NULL-terminated */
static const char *path_schema_unused_column_1[2]; /* NULL-terminated */
static const char *path_schema_unused_column_2[3]; /* NULL-terminated */
static nitro_column columns_schema_unused[3];
static nitro_pick_def picks_schema_unused[1];
static const char *path_schema_unused_select[3]; /* NULL-terminated */
static nitro_text_part text_schema_unused_select_not_found[5];
static nitro_select_def select_schema_unused;
static const char *path_schema_unused_filter[3]; /* NULL-terminated */
static nitro_behaviour behaviour_schema_unused;
const nitro_behaviour *nitro_behaviour_schema_unused(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_schema_unused_var_0[0] = "apiId";
        path_schema_unused_var_1[0] = "from";
        path_schema_unused_var_2[0] = "to";
        path_schema_unused_var_3[0] = "kinds";
        path_schema_unused_var_4[0] = "isDeprecated";
        path_schema_unused_var_5[0] = "first";
        bindings_schema_unused[0] = (nitro_binding){path_schema_unused_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_unused, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_unused[1] = (nitro_binding){path_schema_unused_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_unused, from), NITRO_OPT_STRING, NITRO_XF_DAYS_BEFORE, NULL, 0, false, false, "from", offsetof(nitro_opts_schema_unused, to), 7, "to"};
        bindings_schema_unused[2] = (nitro_binding){path_schema_unused_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_unused, to), NITRO_OPT_STRING, NITRO_XF_DATE_TIME, NULL, 0, false, false, "to", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_unused[3] = (nitro_binding){path_schema_unused_var_3, NITRO_BIND_CONST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, "[\"FIELD\"]", 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        bindings_schema_unused[4] = (nitro_binding){path_schema_unused_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_unused, deprecated_only), NITRO_OPT_FLAG, NITRO_XF_TRUE_OR_NULL, NULL, 0, false, false, "deprecated-only", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_unused[5] = (nitro_binding){path_schema_unused_var_5, NITRO_BIND_CONST, 0, NITRO_OPT_STRING, NITRO_XF_NONE, "100", 0, false, false, NULL, NITRO_NO_OPTION, 0, NULL};
        path_schema_unused_data[0] = "coordinates";
        path_schema_unused_data[1] = "nodes";
        path_schema_unused_result_coordinate[0] = "coordinate";
        path_schema_unused_result_isDeprecated[0] = "isDeprecated";
        path_schema_unused_result_totalRequests[0] = "usage";
        path_schema_unused_result_totalRequests[1] = "totalRequests";
        path_schema_unused_result_clientCount[0] = "usage";
        path_schema_unused_result_clientCount[1] = "clientCount";
        path_schema_unused_result_operationCount[0] = "usage";
        path_schema_unused_result_operationCount[1] = "operationCount";
        path_schema_unused_result_lastSeen[0] = "usage";
        path_schema_unused_result_lastSeen[1] = "lastSeen";
        fields_schema_unused_result[0] = (nitro_field_def){"coordinate", path_schema_unused_result_coordinate, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_unused_result[1] = (nitro_field_def){"isDeprecated", path_schema_unused_result_isDeprecated, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_unused_result[2] = (nitro_field_def){"totalRequests", path_schema_unused_result_totalRequests, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_unused_result[3] = (nitro_field_def){"clientCount", path_schema_unused_result_clientCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_unused_result[4] = (nitro_field_def){"operationCount", path_schema_unused_result_operationCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_unused_result[5] = (nitro_field_def){"lastSeen", path_schema_unused_result_lastSeen, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        text_schema_unused_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching the unused coordinates of stage '", {0}, 0, 0};
        text_schema_unused_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_unused, stage), NITRO_OPT_STRING};
        text_schema_unused_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        path_schema_unused_column_0[0] = "coordinate";
        path_schema_unused_column_1[0] = "isDeprecated";
        path_schema_unused_column_2[0] = "usage";
        path_schema_unused_column_2[1] = "lastSeen";
        columns_schema_unused[0] = (nitro_column){"Coordinate", {path_schema_unused_column_0, NITRO_FMT_NONE}};
        columns_schema_unused[1] = (nitro_column){"Deprecated", {path_schema_unused_column_1, NITRO_FMT_YES_NO}};
        columns_schema_unused[2] = (nitro_column){"Last seen", {path_schema_unused_column_2, NITRO_FMT_DATETIME}};
        picks_schema_unused[0] = (nitro_pick_def){offsetof(nitro_opts_schema_unused, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        path_schema_unused_select[0] = "apiById";
        path_schema_unused_select[1] = "stages";
        text_schema_unused_select_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "Stage '", {0}, 0, 0};
        text_schema_unused_select_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_unused, stage), NITRO_OPT_STRING};
        text_schema_unused_select_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found on API '", {0}, 0, 0};
        text_schema_unused_select_not_found[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_unused, api_id), NITRO_OPT_STRING};
        text_schema_unused_select_not_found[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        select_schema_unused = (nitro_select_def){
            .list = path_schema_unused_select,
            .field = "name",
            .offset = offsetof(nitro_opts_schema_unused, stage),
            .not_found = {text_schema_unused_select_not_found, 5},
        };
        path_schema_unused_filter[0] = "usage";
        path_schema_unused_filter[1] = "totalRequests";
        behaviour_schema_unused = (nitro_behaviour){
            .kind = NITRO_KIND_LIST,
            .request = {gql_schema_unused_operation(), bindings_schema_unused, 6},
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
    }
    return &behaviour_schema_unused;
}

/* ---- schema usage ---- */
static const char *path_schema_usage_var_0[2]; /* NULL-terminated */
static const char *path_schema_usage_var_1[2]; /* NULL-terminated */
static const char *path_schema_usage_var_2[2]; /* NULL-terminated */
static const char *path_schema_usage_var_3[2]; /* NULL-terminated */
static nitro_binding bindings_schema_usage[4];
static const char *path_schema_usage_data[2]; /* NULL-terminated */
static const char *path_schema_usage_result_coordinate[2]; /* NULL-terminated */
static const char *path_schema_usage_result_isDeprecated[2]; /* NULL-terminated */
static const char *path_schema_usage_result_totalRequests[3]; /* NULL-terminated */
static const char *path_schema_usage_result_clientCount[3]; /* NULL-terminated */
static const char *path_schema_usage_result_operationCount[3]; /* NULL-terminated */
static const char *path_schema_usage_result_firstSeen[3]; /* NULL-terminated */
static const char *path_schema_usage_result_lastSeen[3]; /* NULL-terminated */
static const char *path_schema_usage_result_errorRate[3]; /* NULL-terminated */
static const char *path_schema_usage_result_meanDuration[3]; /* NULL-terminated */
static nitro_field_def fields_schema_usage_result[9];
static nitro_text_part text_schema_usage_activity[3];
static nitro_text_part text_schema_usage_not_found[5];
static const char *path_schema_usage_human_0[2]; /* NULL-terminated */
static const char *path_schema_usage_human_1[2]; /* NULL-terminated */
static const char *path_schema_usage_human_2[3]; /* NULL-terminated */
static const char *path_schema_usage_human_3[3]; /* NULL-terminated */
static const char *path_schema_usage_human_4[3]; /* NULL-terminated */
static const char *path_schema_usage_human_5[3]; /* NULL-terminated */
static const char *path_schema_usage_human_6[3]; /* NULL-terminated */
static const char *path_schema_usage_human_7[3]; /* NULL-terminated */
static const char *path_schema_usage_human_8[3]; /* NULL-terminated */
static nitro_human_line human_schema_usage[9];
static nitro_pick_def picks_schema_usage[1];
static const char *path_schema_usage_select[3]; /* NULL-terminated */
static nitro_text_part text_schema_usage_select_not_found[5];
static nitro_select_def select_schema_usage;
static nitro_behaviour behaviour_schema_usage;
const nitro_behaviour *nitro_behaviour_schema_usage(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_schema_usage_var_0[0] = "apiId";
        path_schema_usage_var_1[0] = "coordinate";
        path_schema_usage_var_2[0] = "from";
        path_schema_usage_var_3[0] = "to";
        bindings_schema_usage[0] = (nitro_binding){path_schema_usage_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_usage, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_usage[1] = (nitro_binding){path_schema_usage_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_usage, coordinate), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "coordinate", NITRO_NO_OPTION, 0, NULL};
        bindings_schema_usage[2] = (nitro_binding){path_schema_usage_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_usage, from), NITRO_OPT_STRING, NITRO_XF_DAYS_BEFORE, NULL, 0, false, false, "from", offsetof(nitro_opts_schema_usage, to), 7, "to"};
        bindings_schema_usage[3] = (nitro_binding){path_schema_usage_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_schema_usage, to), NITRO_OPT_STRING, NITRO_XF_DATE_TIME, NULL, 0, false, false, "to", NITRO_NO_OPTION, 0, NULL};
        path_schema_usage_data[0] = "coordinate";
        path_schema_usage_result_coordinate[0] = "coordinate";
        path_schema_usage_result_isDeprecated[0] = "isDeprecated";
        path_schema_usage_result_totalRequests[0] = "usage";
        path_schema_usage_result_totalRequests[1] = "totalRequests";
        path_schema_usage_result_clientCount[0] = "usage";
        path_schema_usage_result_clientCount[1] = "clientCount";
        path_schema_usage_result_operationCount[0] = "usage";
        path_schema_usage_result_operationCount[1] = "operationCount";
        path_schema_usage_result_firstSeen[0] = "usage";
        path_schema_usage_result_firstSeen[1] = "firstSeen";
        path_schema_usage_result_lastSeen[0] = "usage";
        path_schema_usage_result_lastSeen[1] = "lastSeen";
        path_schema_usage_result_errorRate[0] = "usage";
        path_schema_usage_result_errorRate[1] = "errorRate";
        path_schema_usage_result_meanDuration[0] = "usage";
        path_schema_usage_result_meanDuration[1] = "meanDuration";
        fields_schema_usage_result[0] = (nitro_field_def){"coordinate", path_schema_usage_result_coordinate, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_usage_result[1] = (nitro_field_def){"isDeprecated", path_schema_usage_result_isDeprecated, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_usage_result[2] = (nitro_field_def){"totalRequests", path_schema_usage_result_totalRequests, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_usage_result[3] = (nitro_field_def){"clientCount", path_schema_usage_result_clientCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_usage_result[4] = (nitro_field_def){"operationCount", path_schema_usage_result_operationCount, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_usage_result[5] = (nitro_field_def){"firstSeen", path_schema_usage_result_firstSeen, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_usage_result[6] = (nitro_field_def){"lastSeen", path_schema_usage_result_lastSeen, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_usage_result[7] = (nitro_field_def){"errorRate", path_schema_usage_result_errorRate, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_schema_usage_result[8] = (nitro_field_def){"meanDuration", path_schema_usage_result_meanDuration, NITRO_VALUE_NUMBER, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        text_schema_usage_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Fetching the usage of '", {0}, 0, 0};
        text_schema_usage_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_usage, coordinate), NITRO_OPT_STRING};
        text_schema_usage_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_schema_usage_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "Coordinate '", {0}, 0, 0};
        text_schema_usage_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_usage, coordinate), NITRO_OPT_STRING};
        text_schema_usage_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found on stage '", {0}, 0, 0};
        text_schema_usage_not_found[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_usage, stage), NITRO_OPT_STRING};
        text_schema_usage_not_found[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        path_schema_usage_human_0[0] = "coordinate";
        path_schema_usage_human_1[0] = "isDeprecated";
        path_schema_usage_human_2[0] = "usage";
        path_schema_usage_human_2[1] = "totalRequests";
        path_schema_usage_human_3[0] = "usage";
        path_schema_usage_human_3[1] = "clientCount";
        path_schema_usage_human_4[0] = "usage";
        path_schema_usage_human_4[1] = "operationCount";
        path_schema_usage_human_5[0] = "usage";
        path_schema_usage_human_5[1] = "firstSeen";
        path_schema_usage_human_6[0] = "usage";
        path_schema_usage_human_6[1] = "lastSeen";
        path_schema_usage_human_7[0] = "usage";
        path_schema_usage_human_7[1] = "errorRate";
        path_schema_usage_human_8[0] = "usage";
        path_schema_usage_human_8[1] = "meanDuration";
        human_schema_usage[0] = (nitro_human_line){"Coordinate", {path_schema_usage_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_schema_usage[1] = (nitro_human_line){"Deprecated", {path_schema_usage_human_1, NITRO_FMT_YES_NO}, {NULL, 0}};
        human_schema_usage[2] = (nitro_human_line){"Total requests", {path_schema_usage_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        human_schema_usage[3] = (nitro_human_line){"Clients", {path_schema_usage_human_3, NITRO_FMT_NONE}, {NULL, 0}};
        human_schema_usage[4] = (nitro_human_line){"Operations", {path_schema_usage_human_4, NITRO_FMT_NONE}, {NULL, 0}};
        human_schema_usage[5] = (nitro_human_line){"First seen", {path_schema_usage_human_5, NITRO_FMT_DATETIME}, {NULL, 0}};
        human_schema_usage[6] = (nitro_human_line){"Last seen", {path_schema_usage_human_6, NITRO_FMT_DATETIME}, {NULL, 0}};
        human_schema_usage[7] = (nitro_human_line){"Error rate", {path_schema_usage_human_7, NITRO_FMT_NONE}, {NULL, 0}};
        human_schema_usage[8] = (nitro_human_line){"Mean duration", {path_schema_usage_human_8, NITRO_FMT_NONE}, {NULL, 0}};
        picks_schema_usage[0] = (nitro_pick_def){offsetof(nitro_opts_schema_usage, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        path_schema_usage_select[0] = "apiById";
        path_schema_usage_select[1] = "stages";
        text_schema_usage_select_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "Stage '", {0}, 0, 0};
        text_schema_usage_select_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_usage, stage), NITRO_OPT_STRING};
        text_schema_usage_select_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found on API '", {0}, 0, 0};
        text_schema_usage_select_not_found[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_schema_usage, api_id), NITRO_OPT_STRING};
        text_schema_usage_select_not_found[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        select_schema_usage = (nitro_select_def){
            .list = path_schema_usage_select,
            .field = "name",
            .offset = offsetof(nitro_opts_schema_usage, stage),
            .not_found = {text_schema_usage_select_not_found, 5},
        };
        behaviour_schema_usage = (nitro_behaviour){
            .kind = NITRO_KIND_QUERY,
            .request = {gql_schema_usage_operation(), bindings_schema_usage, 4},
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
    }
    return &behaviour_schema_usage;
}

/* ---- fusion publish begin ---- */
static const char *path_fusion_publish_begin_var_0[3]; /* NULL-terminated */
static const char *path_fusion_publish_begin_var_1[3]; /* NULL-terminated */
static const char *path_fusion_publish_begin_var_2[3]; /* NULL-terminated */
static const char *path_fusion_publish_begin_var_3[3]; /* NULL-terminated */
static const char *path_fusion_publish_begin_var_4[3]; /* NULL-terminated */
static nitro_binding bindings_fusion_publish_begin[5];
static const char *path_fusion_publish_begin_data[2]; /* NULL-terminated */
static const char *path_fusion_publish_begin_result_requestId[2]; /* NULL-terminated */
static nitro_field_def fields_fusion_publish_begin_result[1];
static const char *path_fusion_publish_begin_errors_0[3]; /* NULL-terminated */
static const char *const *errors_fusion_publish_begin[1];
static const char *verbatim_fusion_publish_begin[6];
static nitro_text_part text_fusion_publish_begin_activity[5];
static const char *path_fusion_publish_begin_success_1[2]; /* NULL-terminated */
static nitro_text_part text_fusion_publish_begin_success[3];
static nitro_text_part text_fusion_publish_begin_no_data[1];
static nitro_pick_def picks_fusion_publish_begin[1];
static const char *path_fusion_publish_begin_follow_var_0[2]; /* NULL-terminated */
static const char *path_fusion_publish_begin_follow_value_0[2]; /* NULL-terminated */
static const char *const *follow_variables_fusion_publish_begin[1];
static const char *const *follow_values_fusion_publish_begin[1];
static const char *path_fusion_publish_begin_event_0_say_1[2]; /* NULL-terminated */
static nitro_text_part text_fusion_publish_begin_event_0_say[3];
static nitro_text_part text_fusion_publish_begin_event_1_say[1];
static nitro_text_part text_fusion_publish_begin_event_2_say[1];
static const char *path_fusion_publish_begin_event_3_errors[2]; /* NULL-terminated */
static nitro_event_def events_fusion_publish_begin[4];
static const char *path_fusion_publish_begin_follow_created_1[2]; /* NULL-terminated */
static nitro_text_part text_fusion_publish_begin_follow_created[3];
static nitro_text_part text_fusion_publish_begin_follow_failed[1];
static nitro_text_part text_fusion_publish_begin_follow_ended[1];
static const char *path_fusion_publish_begin_follow_stopped_1[2]; /* NULL-terminated */
static const char *path_fusion_publish_begin_follow_stopped_3[2]; /* NULL-terminated */
static nitro_text_part text_fusion_publish_begin_follow_stopped[5];
static const char *path_fusion_publish_begin_follow_data[2]; /* NULL-terminated */
static nitro_follow_def follow_fusion_publish_begin;
static const char *keep_by_fusion_publish_begin[3];
static size_t keep_offsets_fusion_publish_begin[3];
static nitro_kept_def keep_fusion_publish_begin;
static const char *path_fusion_publish_begin_keep[2]; /* NULL-terminated */
static nitro_behaviour behaviour_fusion_publish_begin;
const nitro_behaviour *nitro_behaviour_fusion_publish_begin(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_fusion_publish_begin_var_0[0] = "input";
        path_fusion_publish_begin_var_0[1] = "apiId";
        path_fusion_publish_begin_var_1[0] = "input";
        path_fusion_publish_begin_var_1[1] = "stageName";
        path_fusion_publish_begin_var_2[0] = "input";
        path_fusion_publish_begin_var_2[1] = "tag";
        path_fusion_publish_begin_var_3[0] = "input";
        path_fusion_publish_begin_var_3[1] = "waitForApproval";
        path_fusion_publish_begin_var_4[0] = "input";
        path_fusion_publish_begin_var_4[1] = "source";
        bindings_fusion_publish_begin[0] = (nitro_binding){path_fusion_publish_begin_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_begin, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_fusion_publish_begin[1] = (nitro_binding){path_fusion_publish_begin_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_begin, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL};
        bindings_fusion_publish_begin[2] = (nitro_binding){path_fusion_publish_begin_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_begin, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL};
        bindings_fusion_publish_begin[3] = (nitro_binding){path_fusion_publish_begin_var_3, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_begin, wait_for_approval), NITRO_OPT_FLAG, NITRO_XF_NONE, NULL, 0, false, false, "wait-for-approval", NITRO_NO_OPTION, 0, NULL};
        bindings_fusion_publish_begin[4] = (nitro_binding){path_fusion_publish_begin_var_4, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_begin, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_fusion_publish_begin_data[0] = "beginFusionConfigurationPublish";
        path_fusion_publish_begin_result_requestId[0] = "requestId";
        fields_fusion_publish_begin_result[0] = (nitro_field_def){"requestId", path_fusion_publish_begin_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_fusion_publish_begin_errors_0[0] = "beginFusionConfigurationPublish";
        path_fusion_publish_begin_errors_0[1] = "errors";
        errors_fusion_publish_begin[0] = path_fusion_publish_begin_errors_0;
        verbatim_fusion_publish_begin[0] = "UnauthorizedOperation";
        verbatim_fusion_publish_begin[1] = "InvalidSourceMetadataInputError";
        verbatim_fusion_publish_begin[2] = "StageNotFoundError";
        verbatim_fusion_publish_begin[3] = "ApiNotFoundError";
        verbatim_fusion_publish_begin[4] = "SubgraphInvalidError";
        verbatim_fusion_publish_begin[5] = "InvalidProcessingStateTransitionError";
        text_fusion_publish_begin_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Requesting a deployment slot for stage '", {0}, 0, 0};
        text_fusion_publish_begin_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_begin, stage), NITRO_OPT_STRING};
        text_fusion_publish_begin_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' of API '", {0}, 0, 0};
        text_fusion_publish_begin_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_begin, api_id), NITRO_OPT_STRING};
        text_fusion_publish_begin_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        path_fusion_publish_begin_success_1[0] = "requestId";
        text_fusion_publish_begin_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Deployment slot ready (request ", {0}, 0, 0};
        text_fusion_publish_begin_success[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_fusion_publish_begin_success_1, NITRO_FMT_NONE}, 0, 0};
        text_fusion_publish_begin_success[2] = (nitro_text_part){NITRO_PART_TEXT, ").", {0}, 0, 0};
        text_fusion_publish_begin_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not create the publish request.", {0}, 0, 0};
        picks_fusion_publish_begin[0] = (nitro_pick_def){offsetof(nitro_opts_fusion_publish_begin, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        path_fusion_publish_begin_follow_var_0[0] = "requestId";
        path_fusion_publish_begin_follow_value_0[0] = "requestId";
        follow_variables_fusion_publish_begin[0] = path_fusion_publish_begin_follow_var_0;
        follow_values_fusion_publish_begin[0] = path_fusion_publish_begin_follow_value_0;
        path_fusion_publish_begin_event_0_say_1[0] = "queuePosition";
        text_fusion_publish_begin_event_0_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Queued at position ", {0}, 0, 0};
        text_fusion_publish_begin_event_0_say[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_fusion_publish_begin_event_0_say_1, NITRO_FMT_NONE}, 0, 0};
        text_fusion_publish_begin_event_0_say[2] = (nitro_text_part){NITRO_PART_TEXT, ".", {0}, 0, 0};
        text_fusion_publish_begin_event_1_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Ready for processing.", {0}, 0, 0};
        text_fusion_publish_begin_event_2_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Already published.", {0}, 0, 0};
        path_fusion_publish_begin_event_3_errors[0] = "errors";
        events_fusion_publish_begin[0] = (nitro_event_def){"ProcessingTaskIsQueued", {text_fusion_publish_begin_event_0_say, 3}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_publish_begin[1] = (nitro_event_def){"ProcessingTaskIsReady", {text_fusion_publish_begin_event_1_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL};
        events_fusion_publish_begin[2] = (nitro_event_def){"FusionConfigurationPublishingSuccess", {text_fusion_publish_begin_event_2_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_publish_begin[3] = (nitro_event_def){"FusionConfigurationPublishingFailed", {NULL, 0}, path_fusion_publish_begin_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        path_fusion_publish_begin_follow_created_1[0] = "requestId";
        text_fusion_publish_begin_follow_created[0] = (nitro_text_part){NITRO_PART_TEXT, "Publication request created (ID: ", {0}, 0, 0};
        text_fusion_publish_begin_follow_created[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_fusion_publish_begin_follow_created_1, NITRO_FMT_NONE}, 0, 0};
        text_fusion_publish_begin_follow_created[2] = (nitro_text_part){NITRO_PART_TEXT, ").", {0}, 0, 0};
        text_fusion_publish_begin_follow_failed[0] = (nitro_text_part){NITRO_PART_TEXT, "Fusion configuration version was rejected.", {0}, 0, 0};
        text_fusion_publish_begin_follow_ended[0] = (nitro_text_part){NITRO_PART_TEXT, "Subscription terminated before request was ready for processing.", {0}, 0, 0};
        path_fusion_publish_begin_follow_stopped_1[0] = "requestId";
        path_fusion_publish_begin_follow_stopped_3[0] = "requestId";
        text_fusion_publish_begin_follow_stopped[0] = (nitro_text_part){NITRO_PART_TEXT, "The request ", {0}, 0, 0};
        text_fusion_publish_begin_follow_stopped[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_fusion_publish_begin_follow_stopped_1, NITRO_FMT_NONE}, 0, 0};
        text_fusion_publish_begin_follow_stopped[2] = (nitro_text_part){NITRO_PART_TEXT, " holds or waits for the stage's deployment slot: 'nitro fusion publish cancel --request-id ", {0}, 0, 0};
        text_fusion_publish_begin_follow_stopped[3] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_fusion_publish_begin_follow_stopped_3, NITRO_FMT_NONE}, 0, 0};
        text_fusion_publish_begin_follow_stopped[4] = (nitro_text_part){NITRO_PART_TEXT, "' gives it back.", {0}, 0, 0};
        path_fusion_publish_begin_follow_data[0] = "onFusionConfigurationPublishingTaskChanged";
        follow_fusion_publish_begin = (nitro_follow_def){
            .operation = gql_on_fusion_publish_operation(),
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
        keep_by_fusion_publish_begin[0] = "api-id";
        keep_by_fusion_publish_begin[1] = "stage";
        keep_by_fusion_publish_begin[2] = NULL;
        keep_offsets_fusion_publish_begin[0] = offsetof(nitro_opts_fusion_publish_begin, api_id);
        keep_offsets_fusion_publish_begin[1] = offsetof(nitro_opts_fusion_publish_begin, stage);
        keep_offsets_fusion_publish_begin[2] = 0;
        keep_fusion_publish_begin = (nitro_kept_def){
            .name = "request-id",
            .by = keep_by_fusion_publish_begin,
            .by_offsets = keep_offsets_fusion_publish_begin,
            .n_by = 2,
        };
        path_fusion_publish_begin_keep[0] = "requestId";
        behaviour_fusion_publish_begin = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_fusion_publish_begin_operation(), bindings_fusion_publish_begin, 5},
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
            .keep = &keep_fusion_publish_begin,
            .keep_path = path_fusion_publish_begin_keep,
        };
    }
    return &behaviour_fusion_publish_begin;
}

/* ---- fusion publish start ---- */
static const char *path_fusion_publish_start_var_0[3]; /* NULL-terminated */
static nitro_binding bindings_fusion_publish_start[1];
static const char *path_fusion_publish_start_data[2]; /* NULL-terminated */
static const char *path_fusion_publish_start_errors_0[3]; /* NULL-terminated */
static const char *const *errors_fusion_publish_start[1];
static const char *verbatim_fusion_publish_start[3];
static nitro_text_part text_fusion_publish_start_activity[3];
static nitro_text_part text_fusion_publish_start_success[1];
static nitro_text_part text_fusion_publish_start_no_data[1];
static nitro_pick_def picks_fusion_publish_start[1];
static const char *kept_by_fusion_publish_start[3];
static size_t kept_offsets_fusion_publish_start[3];
static nitro_kept_def kept_fusion_publish_start;
static nitro_behaviour behaviour_fusion_publish_start;
const nitro_behaviour *nitro_behaviour_fusion_publish_start(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_fusion_publish_start_var_0[0] = "input";
        path_fusion_publish_start_var_0[1] = "requestId";
        bindings_fusion_publish_start[0] = (nitro_binding){path_fusion_publish_start_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_start, request_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "request-id", NITRO_NO_OPTION, 0, NULL};
        path_fusion_publish_start_data[0] = "startFusionConfigurationComposition";
        path_fusion_publish_start_errors_0[0] = "startFusionConfigurationComposition";
        path_fusion_publish_start_errors_0[1] = "errors";
        errors_fusion_publish_start[0] = path_fusion_publish_start_errors_0;
        verbatim_fusion_publish_start[0] = "UnauthorizedOperation";
        verbatim_fusion_publish_start[1] = "FusionConfigurationRequestNotFoundError";
        verbatim_fusion_publish_start[2] = "InvalidProcessingStateTransitionError";
        text_fusion_publish_start_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Starting the composition of request '", {0}, 0, 0};
        text_fusion_publish_start_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_start, request_id), NITRO_OPT_STRING};
        text_fusion_publish_start_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_fusion_publish_start_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Started composition of Fusion configuration.", {0}, 0, 0};
        text_fusion_publish_start_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        picks_fusion_publish_start[0] = (nitro_pick_def){offsetof(nitro_opts_fusion_publish_start, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        kept_by_fusion_publish_start[0] = "api-id";
        kept_by_fusion_publish_start[1] = "stage";
        kept_by_fusion_publish_start[2] = NULL;
        kept_offsets_fusion_publish_start[0] = offsetof(nitro_opts_fusion_publish_start, api_id);
        kept_offsets_fusion_publish_start[1] = offsetof(nitro_opts_fusion_publish_start, stage);
        kept_offsets_fusion_publish_start[2] = 0;
        kept_fusion_publish_start = (nitro_kept_def){
            .name = "request-id",
            .by = kept_by_fusion_publish_start,
            .by_offsets = kept_offsets_fusion_publish_start,
            .n_by = 2,
        };
        behaviour_fusion_publish_start = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_fusion_publish_start_operation(), bindings_fusion_publish_start, 1},
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
            .kept = &kept_fusion_publish_start,
            .kept_offset = offsetof(nitro_opts_fusion_publish_start, request_id),
            .kept_missing = "pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.",
            .forget = false,
        };
    }
    return &behaviour_fusion_publish_start;
}

/* ---- fusion publish validate ---- */
static const char *path_fusion_publish_validate_var_0[3]; /* NULL-terminated */
static nitro_binding bindings_fusion_publish_validate[1];
static const char *path_fusion_publish_validate_data[2]; /* NULL-terminated */
static const char *path_fusion_publish_validate_errors_0[3]; /* NULL-terminated */
static const char *const *errors_fusion_publish_validate[1];
static const char *verbatim_fusion_publish_validate[3];
static nitro_text_part text_fusion_publish_validate_activity[1];
static nitro_text_part text_fusion_publish_validate_success[1];
static nitro_text_part text_fusion_publish_validate_no_data[1];
static nitro_pick_def picks_fusion_publish_validate[1];
static const char *path_fusion_publish_validate_upload_0[3]; /* NULL-terminated */
static nitro_upload_def uploads_fusion_publish_validate[1];
static const char *path_fusion_publish_validate_follow_var_0[2]; /* NULL-terminated */
static const char *const *follow_variables_fusion_publish_validate[1];
static const char *const *follow_values_fusion_publish_validate[1];
static size_t follow_offsets_fusion_publish_validate[1];
static nitro_text_part text_fusion_publish_validate_event_0_say[1];
static nitro_text_part text_fusion_publish_validate_event_1_say[1];
static nitro_text_part text_fusion_publish_validate_event_2_say[1];
static const char *path_fusion_publish_validate_event_2_details[2]; /* NULL-terminated */
static nitro_text_part text_fusion_publish_validate_event_3_say[1];
static const char *path_fusion_publish_validate_event_3_errors[2]; /* NULL-terminated */
static nitro_text_part text_fusion_publish_validate_event_4_say[1];
static const char *path_fusion_publish_validate_event_4_errors[2]; /* NULL-terminated */
static nitro_text_part text_fusion_publish_validate_event_5_say[1];
static nitro_event_def events_fusion_publish_validate[6];
static nitro_text_part text_fusion_publish_validate_follow_created[3];
static nitro_text_part text_fusion_publish_validate_follow_failed[1];
static nitro_text_part text_fusion_publish_validate_follow_ended[1];
static nitro_text_part text_fusion_publish_validate_follow_stopped[5];
static const char *path_fusion_publish_validate_follow_data[2]; /* NULL-terminated */
static nitro_follow_def follow_fusion_publish_validate;
static const char *kept_by_fusion_publish_validate[3];
static size_t kept_offsets_fusion_publish_validate[3];
static nitro_kept_def kept_fusion_publish_validate;
static nitro_behaviour behaviour_fusion_publish_validate;
const nitro_behaviour *nitro_behaviour_fusion_publish_validate(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_fusion_publish_validate_var_0[0] = "input";
        path_fusion_publish_validate_var_0[1] = "requestId";
        bindings_fusion_publish_validate[0] = (nitro_binding){path_fusion_publish_validate_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_validate, request_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "request-id", NITRO_NO_OPTION, 0, NULL};
        path_fusion_publish_validate_data[0] = "validateFusionConfigurationComposition";
        path_fusion_publish_validate_errors_0[0] = "validateFusionConfigurationComposition";
        path_fusion_publish_validate_errors_0[1] = "errors";
        errors_fusion_publish_validate[0] = path_fusion_publish_validate_errors_0;
        verbatim_fusion_publish_validate[0] = "UnauthorizedOperation";
        verbatim_fusion_publish_validate[1] = "FusionConfigurationRequestNotFoundError";
        verbatim_fusion_publish_validate[2] = "InvalidProcessingStateTransitionError";
        text_fusion_publish_validate_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating Fusion configuration", {0}, 0, 0};
        text_fusion_publish_validate_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Validated the Fusion configuration.", {0}, 0, 0};
        text_fusion_publish_validate_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        picks_fusion_publish_validate[0] = (nitro_pick_def){offsetof(nitro_opts_fusion_publish_validate, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        path_fusion_publish_validate_upload_0[0] = "input";
        path_fusion_publish_validate_upload_0[1] = "configuration";
        uploads_fusion_publish_validate[0] = (nitro_upload_def){path_fusion_publish_validate_upload_0, offsetof(nitro_opts_fusion_publish_validate, archive), "archive", "gateway.fgp", NULL, 0, true, NULL};
        path_fusion_publish_validate_follow_var_0[0] = "requestId";
        follow_variables_fusion_publish_validate[0] = path_fusion_publish_validate_follow_var_0;
        follow_values_fusion_publish_validate[0] = NULL;
        follow_offsets_fusion_publish_validate[0] = offsetof(nitro_opts_fusion_publish_validate, request_id);
        text_fusion_publish_validate_event_0_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_fusion_publish_validate_event_1_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_fusion_publish_validate_event_2_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0};
        path_fusion_publish_validate_event_2_details[0] = "changes";
        text_fusion_publish_validate_event_3_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Fusion configuration failed validation.", {0}, 0, 0};
        path_fusion_publish_validate_event_3_errors[0] = "errors";
        text_fusion_publish_validate_event_4_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request has already failed.", {0}, 0, 0};
        path_fusion_publish_validate_event_4_errors[0] = "errors";
        text_fusion_publish_validate_event_5_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is already published.", {0}, 0, 0};
        events_fusion_publish_validate[0] = (nitro_event_def){"OperationInProgress", {text_fusion_publish_validate_event_0_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_publish_validate[1] = (nitro_event_def){"ValidationInProgress", {text_fusion_publish_validate_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_publish_validate[2] = (nitro_event_def){"FusionConfigurationValidationSuccess", {text_fusion_publish_validate_event_2_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, path_fusion_publish_validate_event_2_details};
        events_fusion_publish_validate[3] = (nitro_event_def){"FusionConfigurationValidationFailed", {text_fusion_publish_validate_event_3_say, 1}, path_fusion_publish_validate_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        events_fusion_publish_validate[4] = (nitro_event_def){"FusionConfigurationPublishingFailed", {text_fusion_publish_validate_event_4_say, 1}, path_fusion_publish_validate_event_4_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        events_fusion_publish_validate[5] = (nitro_event_def){"FusionConfigurationPublishingSuccess", {text_fusion_publish_validate_event_5_say, 1}, NULL, NITRO_OUTCOME_FAILURE, false, NULL};
        text_fusion_publish_validate_follow_created[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation of request ", {0}, 0, 0};
        text_fusion_publish_validate_follow_created[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_validate, request_id), NITRO_OPT_STRING};
        text_fusion_publish_validate_follow_created[2] = (nitro_text_part){NITRO_PART_TEXT, " started.", {0}, 0, 0};
        text_fusion_publish_validate_follow_failed[0] = (nitro_text_part){NITRO_PART_TEXT, "The validation failed.", {0}, 0, 0};
        text_fusion_publish_validate_follow_ended[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation failed: the server ended the stream without a result.", {0}, 0, 0};
        text_fusion_publish_validate_follow_stopped[0] = (nitro_text_part){NITRO_PART_TEXT, "The request ", {0}, 0, 0};
        text_fusion_publish_validate_follow_stopped[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_validate, request_id), NITRO_OPT_STRING};
        text_fusion_publish_validate_follow_stopped[2] = (nitro_text_part){NITRO_PART_TEXT, " holds the stage's deployment slot: 'nitro fusion publish cancel --request-id ", {0}, 0, 0};
        text_fusion_publish_validate_follow_stopped[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_validate, request_id), NITRO_OPT_STRING};
        text_fusion_publish_validate_follow_stopped[4] = (nitro_text_part){NITRO_PART_TEXT, "' gives it back.", {0}, 0, 0};
        path_fusion_publish_validate_follow_data[0] = "onFusionConfigurationPublishingTaskChanged";
        follow_fusion_publish_validate = (nitro_follow_def){
            .operation = gql_on_fusion_publish_operation(),
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
        kept_by_fusion_publish_validate[0] = "api-id";
        kept_by_fusion_publish_validate[1] = "stage";
        kept_by_fusion_publish_validate[2] = NULL;
        kept_offsets_fusion_publish_validate[0] = offsetof(nitro_opts_fusion_publish_validate, api_id);
        kept_offsets_fusion_publish_validate[1] = offsetof(nitro_opts_fusion_publish_validate, stage);
        kept_offsets_fusion_publish_validate[2] = 0;
        kept_fusion_publish_validate = (nitro_kept_def){
            .name = "request-id",
            .by = kept_by_fusion_publish_validate,
            .by_offsets = kept_offsets_fusion_publish_validate,
            .n_by = 2,
        };
        behaviour_fusion_publish_validate = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_fusion_publish_validate_operation(), bindings_fusion_publish_validate, 1},
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
            .kept = &kept_fusion_publish_validate,
            .kept_offset = offsetof(nitro_opts_fusion_publish_validate, request_id),
            .kept_missing = "pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.",
            .forget = false,
        };
    }
    return &behaviour_fusion_publish_validate;
}

/* ---- fusion publish commit ---- */
static const char *path_fusion_publish_commit_var_0[3]; /* NULL-terminated */
static nitro_binding bindings_fusion_publish_commit[1];
static const char *path_fusion_publish_commit_data[2]; /* NULL-terminated */
static const char *path_fusion_publish_commit_errors_0[3]; /* NULL-terminated */
static const char *const *errors_fusion_publish_commit[1];
static const char *verbatim_fusion_publish_commit[3];
static nitro_text_part text_fusion_publish_commit_activity[1];
static nitro_text_part text_fusion_publish_commit_success[1];
static nitro_text_part text_fusion_publish_commit_no_data[1];
static nitro_pick_def picks_fusion_publish_commit[1];
static const char *path_fusion_publish_commit_upload_0[3]; /* NULL-terminated */
static nitro_upload_def uploads_fusion_publish_commit[1];
static const char *path_fusion_publish_commit_follow_var_0[2]; /* NULL-terminated */
static const char *const *follow_variables_fusion_publish_commit[1];
static const char *const *follow_values_fusion_publish_commit[1];
static size_t follow_offsets_fusion_publish_commit[1];
static const char *path_fusion_publish_commit_event_0_say_1[2]; /* NULL-terminated */
static nitro_text_part text_fusion_publish_commit_event_0_say[3];
static nitro_text_part text_fusion_publish_commit_event_1_say[1];
static nitro_text_part text_fusion_publish_commit_event_2_say[1];
static nitro_text_part text_fusion_publish_commit_event_3_say[1];
static nitro_text_part text_fusion_publish_commit_event_4_say[1];
static nitro_text_part text_fusion_publish_commit_event_5_say[1];
static const char *path_fusion_publish_commit_event_5_errors[2]; /* NULL-terminated */
static nitro_text_part text_fusion_publish_commit_event_6_say[1];
static const char *path_fusion_publish_commit_event_6_errors[3]; /* NULL-terminated */
static nitro_text_part text_fusion_publish_commit_event_7_say[1];
static nitro_text_part text_fusion_publish_commit_event_8_say[1];
static nitro_text_part text_fusion_publish_commit_event_9_say[1];
static const char *path_fusion_publish_commit_event_9_errors[2]; /* NULL-terminated */
static nitro_event_def events_fusion_publish_commit[10];
static nitro_text_part text_fusion_publish_commit_follow_created[3];
static nitro_text_part text_fusion_publish_commit_follow_failed[1];
static nitro_text_part text_fusion_publish_commit_follow_ended[1];
static nitro_text_part text_fusion_publish_commit_follow_stopped[5];
static const char *path_fusion_publish_commit_follow_data[2]; /* NULL-terminated */
static nitro_follow_def follow_fusion_publish_commit;
static const char *kept_by_fusion_publish_commit[3];
static size_t kept_offsets_fusion_publish_commit[3];
static nitro_kept_def kept_fusion_publish_commit;
static nitro_behaviour behaviour_fusion_publish_commit;
const nitro_behaviour *nitro_behaviour_fusion_publish_commit(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_fusion_publish_commit_var_0[0] = "input";
        path_fusion_publish_commit_var_0[1] = "requestId";
        bindings_fusion_publish_commit[0] = (nitro_binding){path_fusion_publish_commit_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_commit, request_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "request-id", NITRO_NO_OPTION, 0, NULL};
        path_fusion_publish_commit_data[0] = "commitFusionConfigurationPublish";
        path_fusion_publish_commit_errors_0[0] = "commitFusionConfigurationPublish";
        path_fusion_publish_commit_errors_0[1] = "errors";
        errors_fusion_publish_commit[0] = path_fusion_publish_commit_errors_0;
        verbatim_fusion_publish_commit[0] = "UnauthorizedOperation";
        verbatim_fusion_publish_commit[1] = "FusionConfigurationRequestNotFoundError";
        verbatim_fusion_publish_commit[2] = "InvalidProcessingStateTransitionError";
        text_fusion_publish_commit_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Committing...", {0}, 0, 0};
        text_fusion_publish_commit_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Fusion composition was successful.", {0}, 0, 0};
        text_fusion_publish_commit_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        picks_fusion_publish_commit[0] = (nitro_pick_def){offsetof(nitro_opts_fusion_publish_commit, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        path_fusion_publish_commit_upload_0[0] = "input";
        path_fusion_publish_commit_upload_0[1] = "configuration";
        uploads_fusion_publish_commit[0] = (nitro_upload_def){path_fusion_publish_commit_upload_0, offsetof(nitro_opts_fusion_publish_commit, archive), "archive", "gateway.far", NULL, 0, true, NULL};
        path_fusion_publish_commit_follow_var_0[0] = "requestId";
        follow_variables_fusion_publish_commit[0] = path_fusion_publish_commit_follow_var_0;
        follow_values_fusion_publish_commit[0] = NULL;
        follow_offsets_fusion_publish_commit[0] = offsetof(nitro_opts_fusion_publish_commit, request_id);
        path_fusion_publish_commit_event_0_say_1[0] = "queuePosition";
        text_fusion_publish_commit_event_0_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Queued at position ", {0}, 0, 0};
        text_fusion_publish_commit_event_0_say[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_fusion_publish_commit_event_0_say_1, NITRO_FMT_NONE}, 0, 0};
        text_fusion_publish_commit_event_0_say[2] = (nitro_text_part){NITRO_PART_TEXT, ".", {0}, 0, 0};
        text_fusion_publish_commit_event_1_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is ready for processing.", {0}, 0, 0};
        text_fusion_publish_commit_event_2_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request is being processed.", {0}, 0, 0};
        text_fusion_publish_commit_event_3_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_fusion_publish_commit_event_4_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0};
        text_fusion_publish_commit_event_5_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation failed.", {0}, 0, 0};
        path_fusion_publish_commit_event_5_errors[0] = "errors";
        text_fusion_publish_commit_event_6_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Waiting for approval. Approve in Nitro to continue.", {0}, 0, 0};
        path_fusion_publish_commit_event_6_errors[0] = "deployment";
        path_fusion_publish_commit_event_6_errors[1] = "errors";
        text_fusion_publish_commit_event_7_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Your request has been approved.", {0}, 0, 0};
        text_fusion_publish_commit_event_8_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Published successfully.", {0}, 0, 0};
        text_fusion_publish_commit_event_9_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Fusion configuration version was rejected.", {0}, 0, 0};
        path_fusion_publish_commit_event_9_errors[0] = "errors";
        events_fusion_publish_commit[0] = (nitro_event_def){"ProcessingTaskIsQueued", {text_fusion_publish_commit_event_0_say, 3}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_publish_commit[1] = (nitro_event_def){"ProcessingTaskIsReady", {text_fusion_publish_commit_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_publish_commit[2] = (nitro_event_def){"OperationInProgress", {text_fusion_publish_commit_event_2_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_publish_commit[3] = (nitro_event_def){"ValidationInProgress", {text_fusion_publish_commit_event_3_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_publish_commit[4] = (nitro_event_def){"FusionConfigurationValidationSuccess", {text_fusion_publish_commit_event_4_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_publish_commit[5] = (nitro_event_def){"FusionConfigurationValidationFailed", {text_fusion_publish_commit_event_5_say, 1}, path_fusion_publish_commit_event_5_errors, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_publish_commit[6] = (nitro_event_def){"WaitForApproval", {text_fusion_publish_commit_event_6_say, 1}, path_fusion_publish_commit_event_6_errors, NITRO_OUTCOME_CONTINUE, true, NULL};
        events_fusion_publish_commit[7] = (nitro_event_def){"ProcessingTaskApproved", {text_fusion_publish_commit_event_7_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_publish_commit[8] = (nitro_event_def){"FusionConfigurationPublishingSuccess", {text_fusion_publish_commit_event_8_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, NULL};
        events_fusion_publish_commit[9] = (nitro_event_def){"FusionConfigurationPublishingFailed", {text_fusion_publish_commit_event_9_say, 1}, path_fusion_publish_commit_event_9_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        text_fusion_publish_commit_follow_created[0] = (nitro_text_part){NITRO_PART_TEXT, "Commit of request ", {0}, 0, 0};
        text_fusion_publish_commit_follow_created[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_commit, request_id), NITRO_OPT_STRING};
        text_fusion_publish_commit_follow_created[2] = (nitro_text_part){NITRO_PART_TEXT, " sent.", {0}, 0, 0};
        text_fusion_publish_commit_follow_failed[0] = (nitro_text_part){NITRO_PART_TEXT, "Fusion configuration version was rejected.", {0}, 0, 0};
        text_fusion_publish_commit_follow_ended[0] = (nitro_text_part){NITRO_PART_TEXT, "The commit has failed: the server ended the stream without a result.", {0}, 0, 0};
        text_fusion_publish_commit_follow_stopped[0] = (nitro_text_part){NITRO_PART_TEXT, "The request ", {0}, 0, 0};
        text_fusion_publish_commit_follow_stopped[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_commit, request_id), NITRO_OPT_STRING};
        text_fusion_publish_commit_follow_stopped[2] = (nitro_text_part){NITRO_PART_TEXT, " may go on on the server: 'nitro fusion download' shows what the stage has, 'nitro fusion publish cancel --request-id ", {0}, 0, 0};
        text_fusion_publish_commit_follow_stopped[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_commit, request_id), NITRO_OPT_STRING};
        text_fusion_publish_commit_follow_stopped[4] = (nitro_text_part){NITRO_PART_TEXT, "' gives the slot back.", {0}, 0, 0};
        path_fusion_publish_commit_follow_data[0] = "onFusionConfigurationPublishingTaskChanged";
        follow_fusion_publish_commit = (nitro_follow_def){
            .operation = gql_on_fusion_publish_operation(),
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
        kept_by_fusion_publish_commit[0] = "api-id";
        kept_by_fusion_publish_commit[1] = "stage";
        kept_by_fusion_publish_commit[2] = NULL;
        kept_offsets_fusion_publish_commit[0] = offsetof(nitro_opts_fusion_publish_commit, api_id);
        kept_offsets_fusion_publish_commit[1] = offsetof(nitro_opts_fusion_publish_commit, stage);
        kept_offsets_fusion_publish_commit[2] = 0;
        kept_fusion_publish_commit = (nitro_kept_def){
            .name = "request-id",
            .by = kept_by_fusion_publish_commit,
            .by_offsets = kept_offsets_fusion_publish_commit,
            .n_by = 2,
        };
        behaviour_fusion_publish_commit = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_fusion_publish_commit_operation(), bindings_fusion_publish_commit, 1},
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
            .kept = &kept_fusion_publish_commit,
            .kept_offset = offsetof(nitro_opts_fusion_publish_commit, request_id),
            .kept_missing = "pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.",
            .forget = true,
        };
    }
    return &behaviour_fusion_publish_commit;
}

/* ---- fusion publish cancel ---- */
static const char *path_fusion_publish_cancel_var_0[3]; /* NULL-terminated */
static nitro_binding bindings_fusion_publish_cancel[1];
static const char *path_fusion_publish_cancel_data[2]; /* NULL-terminated */
static const char *path_fusion_publish_cancel_errors_0[3]; /* NULL-terminated */
static const char *const *errors_fusion_publish_cancel[1];
static const char *verbatim_fusion_publish_cancel[3];
static nitro_text_part text_fusion_publish_cancel_activity[1];
static nitro_text_part text_fusion_publish_cancel_success[3];
static nitro_text_part text_fusion_publish_cancel_no_data[1];
static nitro_pick_def picks_fusion_publish_cancel[1];
static const char *kept_by_fusion_publish_cancel[3];
static size_t kept_offsets_fusion_publish_cancel[3];
static nitro_kept_def kept_fusion_publish_cancel;
static nitro_behaviour behaviour_fusion_publish_cancel;
const nitro_behaviour *nitro_behaviour_fusion_publish_cancel(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_fusion_publish_cancel_var_0[0] = "input";
        path_fusion_publish_cancel_var_0[1] = "requestId";
        bindings_fusion_publish_cancel[0] = (nitro_binding){path_fusion_publish_cancel_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_publish_cancel, request_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "request-id", NITRO_NO_OPTION, 0, NULL};
        path_fusion_publish_cancel_data[0] = "cancelFusionConfigurationComposition";
        path_fusion_publish_cancel_errors_0[0] = "cancelFusionConfigurationComposition";
        path_fusion_publish_cancel_errors_0[1] = "errors";
        errors_fusion_publish_cancel[0] = path_fusion_publish_cancel_errors_0;
        verbatim_fusion_publish_cancel[0] = "UnauthorizedOperation";
        verbatim_fusion_publish_cancel[1] = "FusionConfigurationRequestNotFoundError";
        verbatim_fusion_publish_cancel[2] = "InvalidProcessingStateTransitionError";
        text_fusion_publish_cancel_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Canceling publication", {0}, 0, 0};
        text_fusion_publish_cancel_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Canceled publication for request '", {0}, 0, 0};
        text_fusion_publish_cancel_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish_cancel, request_id), NITRO_OPT_STRING};
        text_fusion_publish_cancel_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_fusion_publish_cancel_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        picks_fusion_publish_cancel[0] = (nitro_pick_def){offsetof(nitro_opts_fusion_publish_cancel, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        kept_by_fusion_publish_cancel[0] = "api-id";
        kept_by_fusion_publish_cancel[1] = "stage";
        kept_by_fusion_publish_cancel[2] = NULL;
        kept_offsets_fusion_publish_cancel[0] = offsetof(nitro_opts_fusion_publish_cancel, api_id);
        kept_offsets_fusion_publish_cancel[1] = offsetof(nitro_opts_fusion_publish_cancel, stage);
        kept_offsets_fusion_publish_cancel[2] = 0;
        kept_fusion_publish_cancel = (nitro_kept_def){
            .name = "request-id",
            .by = kept_by_fusion_publish_cancel,
            .by_offsets = kept_offsets_fusion_publish_cancel,
            .n_by = 2,
        };
        behaviour_fusion_publish_cancel = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_fusion_publish_cancel_operation(), bindings_fusion_publish_cancel, 1},
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
            .kept = &kept_fusion_publish_cancel,
            .kept_offset = offsetof(nitro_opts_fusion_publish_cancel, request_id),
            .kept_missing = "pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.",
            .forget = true,
        };
    }
    return &behaviour_fusion_publish_cancel;
}

/* ---- fusion download ---- */
static nitro_text_part text_fusion_download_activity[5];
static nitro_text_part text_fusion_download_success[2];
static nitro_text_part text_fusion_download_download_path[5];
static nitro_text_part text_fusion_download_download_not_found[1];
static nitro_download_def download_fusion_download;
static nitro_behaviour behaviour_fusion_download;
const nitro_behaviour *nitro_behaviour_fusion_download(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        text_fusion_download_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Downloading the Fusion configuration from stage '", {0}, 0, 0};
        text_fusion_download_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_download, stage), NITRO_OPT_STRING};
        text_fusion_download_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' of API '", {0}, 0, 0};
        text_fusion_download_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_download, api_id), NITRO_OPT_STRING};
        text_fusion_download_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_fusion_download_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Downloaded Fusion configuration to: ", {0}, 0, 0};
        text_fusion_download_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_download, output_file), NITRO_OPT_STRING};
        text_fusion_download_download_path[0] = (nitro_text_part){NITRO_PART_TEXT, "/api/v1/apis/", {0}, 0, 0};
        text_fusion_download_download_path[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_download, api_id), NITRO_OPT_STRING};
        text_fusion_download_download_path[2] = (nitro_text_part){NITRO_PART_TEXT, "/fusion/configurations/latest/download\?stage=", {0}, 0, 0};
        text_fusion_download_download_path[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_download, stage), NITRO_OPT_STRING};
        text_fusion_download_download_path[4] = (nitro_text_part){NITRO_PART_TEXT, "&format=far&fusionVersion=2.0.0", {0}, 0, 0};
        text_fusion_download_download_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The API with the given ID does not exist or does not have a download URL.", {0}, 0, 0};
        download_fusion_download = (nitro_download_def){
            .path = {text_fusion_download_download_path, 5},
            .file_offset = offsetof(nitro_opts_fusion_download, output_file),
            .not_found = {text_fusion_download_download_not_found, 1},
            .format_offset = NITRO_NO_OPTION,
        };
        behaviour_fusion_download = (nitro_behaviour){
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
    }
    return &behaviour_fusion_download;
}

/* ---- fusion upload ---- */
static const char *path_fusion_upload_var_0[3]; /* NULL-terminated */
static const char *path_fusion_upload_var_1[3]; /* NULL-terminated */
static const char *path_fusion_upload_var_2[3]; /* NULL-terminated */
static nitro_binding bindings_fusion_upload[3];
static const char *path_fusion_upload_data[3]; /* NULL-terminated */
static const char *path_fusion_upload_errors_0[3]; /* NULL-terminated */
static const char *const *errors_fusion_upload[1];
static const char *verbatim_fusion_upload[5];
static nitro_text_part text_fusion_upload_activity[3];
static nitro_text_part text_fusion_upload_success[1];
static nitro_text_part text_fusion_upload_no_data[1];
static nitro_pick_def picks_fusion_upload[1];
static nitro_zip_entry_def zip_fusion_upload_0[1];
static const char *path_fusion_upload_upload_0[3]; /* NULL-terminated */
static nitro_upload_def uploads_fusion_upload[1];
static nitro_behaviour behaviour_fusion_upload;
const nitro_behaviour *nitro_behaviour_fusion_upload(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_fusion_upload_var_0[0] = "input";
        path_fusion_upload_var_0[1] = "apiId";
        path_fusion_upload_var_1[0] = "input";
        path_fusion_upload_var_1[1] = "tag";
        path_fusion_upload_var_2[0] = "input";
        path_fusion_upload_var_2[1] = "source";
        bindings_fusion_upload[0] = (nitro_binding){path_fusion_upload_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_upload, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_fusion_upload[1] = (nitro_binding){path_fusion_upload_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_upload, tag), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "tag", NITRO_NO_OPTION, 0, NULL};
        bindings_fusion_upload[2] = (nitro_binding){path_fusion_upload_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_upload, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_fusion_upload_data[0] = "uploadFusionSubgraph";
        path_fusion_upload_data[1] = "fusionSubgraphVersion";
        path_fusion_upload_errors_0[0] = "uploadFusionSubgraph";
        path_fusion_upload_errors_0[1] = "errors";
        errors_fusion_upload[0] = path_fusion_upload_errors_0;
        verbatim_fusion_upload[0] = "UnauthorizedOperation";
        verbatim_fusion_upload[1] = "InvalidSourceMetadataInputError";
        verbatim_fusion_upload[2] = "DuplicatedTagError";
        verbatim_fusion_upload[3] = "ConcurrentOperationError";
        verbatim_fusion_upload[4] = "InvalidFusionSourceSchemaArchiveError";
        text_fusion_upload_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Uploading source schema '", {0}, 0, 0};
        text_fusion_upload_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_upload, source_schema_file), NITRO_OPT_STRING};
        text_fusion_upload_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_fusion_upload_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Successfully uploaded source schema!", {0}, 0, 0};
        text_fusion_upload_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Upload of source schema failed!", {0}, 0, 0};
        picks_fusion_upload[0] = (nitro_pick_def){offsetof(nitro_opts_fusion_upload, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        zip_fusion_upload_0[0] = (nitro_zip_entry_def){offsetof(nitro_opts_fusion_upload, source_schema_file), NITRO_OPT_STRING, "source-schema-file", NULL, "schema.graphqls"};
        path_fusion_upload_upload_0[0] = "input";
        path_fusion_upload_upload_0[1] = "archive";
        uploads_fusion_upload[0] = (nitro_upload_def){path_fusion_upload_upload_0, NITRO_NO_OPTION, NULL, "source-schema.zip", zip_fusion_upload_0, 1, false, NULL};
        behaviour_fusion_upload = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_fusion_upload_operation(), bindings_fusion_upload, 3},
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
    }
    return &behaviour_fusion_upload;
}

/* ---- fusion validate ---- */
static const char *path_fusion_validate_var_0[3]; /* NULL-terminated */
static const char *path_fusion_validate_var_1[3]; /* NULL-terminated */
static const char *path_fusion_validate_var_2[3]; /* NULL-terminated */
static nitro_binding bindings_fusion_validate[3];
static const char *path_fusion_validate_data[2]; /* NULL-terminated */
static const char *path_fusion_validate_result_requestId[2]; /* NULL-terminated */
static nitro_field_def fields_fusion_validate_result[2];
static const char *path_fusion_validate_errors_0[3]; /* NULL-terminated */
static const char *const *errors_fusion_validate[1];
static const char *verbatim_fusion_validate[4];
static nitro_text_part text_fusion_validate_activity[5];
static nitro_text_part text_fusion_validate_success[3];
static nitro_text_part text_fusion_validate_no_data[1];
static nitro_pick_def picks_fusion_validate[1];
static const char *path_fusion_validate_upload_0[3]; /* NULL-terminated */
static nitro_upload_def uploads_fusion_validate[1];
static const char *path_fusion_validate_follow_var_0[2]; /* NULL-terminated */
static const char *path_fusion_validate_follow_value_0[2]; /* NULL-terminated */
static const char *const *follow_variables_fusion_validate[1];
static const char *const *follow_values_fusion_validate[1];
static nitro_text_part text_fusion_validate_event_0_say[1];
static nitro_text_part text_fusion_validate_event_1_say[1];
static nitro_text_part text_fusion_validate_event_2_say[1];
static const char *path_fusion_validate_event_2_details[2]; /* NULL-terminated */
static nitro_text_part text_fusion_validate_event_3_say[1];
static const char *path_fusion_validate_event_3_errors[2]; /* NULL-terminated */
static nitro_event_def events_fusion_validate[4];
static const char *path_fusion_validate_follow_created_1[2]; /* NULL-terminated */
static nitro_text_part text_fusion_validate_follow_created[3];
static nitro_text_part text_fusion_validate_follow_failed[1];
static nitro_text_part text_fusion_validate_follow_ended[1];
static const char *path_fusion_validate_follow_stopped_1[2]; /* NULL-terminated */
static nitro_text_part text_fusion_validate_follow_stopped[3];
static const char *path_fusion_validate_follow_data[2]; /* NULL-terminated */
static nitro_follow_def follow_fusion_validate;
static nitro_behaviour behaviour_fusion_validate;
const nitro_behaviour *nitro_behaviour_fusion_validate(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_fusion_validate_var_0[0] = "input";
        path_fusion_validate_var_0[1] = "apiId";
        path_fusion_validate_var_1[0] = "input";
        path_fusion_validate_var_1[1] = "stage";
        path_fusion_validate_var_2[0] = "input";
        path_fusion_validate_var_2[1] = "source";
        bindings_fusion_validate[0] = (nitro_binding){path_fusion_validate_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_validate, api_id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "api-id", NITRO_NO_OPTION, 0, NULL};
        bindings_fusion_validate[1] = (nitro_binding){path_fusion_validate_var_1, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_validate, stage), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "stage", NITRO_NO_OPTION, 0, NULL};
        bindings_fusion_validate[2] = (nitro_binding){path_fusion_validate_var_2, NITRO_BIND_INPUT, offsetof(nitro_opts_fusion_validate, source_metadata), NITRO_OPT_STRING, NITRO_XF_SOURCE_METADATA, NULL, 2, false, false, "source-metadata", NITRO_NO_OPTION, 0, NULL};
        path_fusion_validate_data[0] = "validateSchema";
        path_fusion_validate_result_requestId[0] = "id";
        fields_fusion_validate_result[0] = (nitro_field_def){"requestId", path_fusion_validate_result_requestId, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_fusion_validate_result[1] = (nitro_field_def){"status", NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "success", false, 0, NITRO_OPT_STRING};
        path_fusion_validate_errors_0[0] = "validateSchema";
        path_fusion_validate_errors_0[1] = "errors";
        errors_fusion_validate[0] = path_fusion_validate_errors_0;
        verbatim_fusion_validate[0] = "UnauthorizedOperation";
        verbatim_fusion_validate[1] = "ApiNotFoundError";
        verbatim_fusion_validate[2] = "StageNotFoundError";
        verbatim_fusion_validate[3] = "SchemaNotFoundError";
        text_fusion_validate_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating the gateway schema against stage '", {0}, 0, 0};
        text_fusion_validate_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_validate, stage), NITRO_OPT_STRING};
        text_fusion_validate_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "' of API '", {0}, 0, 0};
        text_fusion_validate_activity[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_validate, api_id), NITRO_OPT_STRING};
        text_fusion_validate_activity[4] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_fusion_validate_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Validated the gateway schema against stage '", {0}, 0, 0};
        text_fusion_validate_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_validate, stage), NITRO_OPT_STRING};
        text_fusion_validate_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_fusion_validate_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not create validation request!", {0}, 0, 0};
        picks_fusion_validate[0] = (nitro_pick_def){offsetof(nitro_opts_fusion_validate, api_id), "api-id", nitro_picker_api(), "Which API\?"};
        path_fusion_validate_upload_0[0] = "input";
        path_fusion_validate_upload_0[1] = "schema";
        uploads_fusion_validate[0] = (nitro_upload_def){path_fusion_validate_upload_0, offsetof(nitro_opts_fusion_validate, archive), "archive", "schema.graphql", NULL, 0, false, "gateway/2.0.0/gateway.graphqls"};
        path_fusion_validate_follow_var_0[0] = "requestId";
        path_fusion_validate_follow_value_0[0] = "id";
        follow_variables_fusion_validate[0] = path_fusion_validate_follow_var_0;
        follow_values_fusion_validate[0] = path_fusion_validate_follow_value_0;
        text_fusion_validate_event_0_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_fusion_validate_event_1_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validating...", {0}, 0, 0};
        text_fusion_validate_event_2_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation passed.", {0}, 0, 0};
        path_fusion_validate_event_2_details[0] = "changes";
        text_fusion_validate_event_3_say[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation failed.", {0}, 0, 0};
        path_fusion_validate_event_3_errors[0] = "errors";
        events_fusion_validate[0] = (nitro_event_def){"OperationInProgress", {text_fusion_validate_event_0_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_validate[1] = (nitro_event_def){"ValidationInProgress", {text_fusion_validate_event_1_say, 1}, NULL, NITRO_OUTCOME_CONTINUE, false, NULL};
        events_fusion_validate[2] = (nitro_event_def){"SchemaVersionValidationSuccess", {text_fusion_validate_event_2_say, 1}, NULL, NITRO_OUTCOME_SUCCESS, false, path_fusion_validate_event_2_details};
        events_fusion_validate[3] = (nitro_event_def){"SchemaVersionValidationFailed", {text_fusion_validate_event_3_say, 1}, path_fusion_validate_event_3_errors, NITRO_OUTCOME_FAILURE, false, NULL};
        path_fusion_validate_follow_created_1[0] = "id";
        text_fusion_validate_follow_created[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation request created (ID: ", {0}, 0, 0};
        text_fusion_validate_follow_created[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_fusion_validate_follow_created_1, NITRO_FMT_NONE}, 0, 0};
        text_fusion_validate_follow_created[2] = (nitro_text_part){NITRO_PART_TEXT, ").", {0}, 0, 0};
        text_fusion_validate_follow_failed[0] = (nitro_text_part){NITRO_PART_TEXT, "Schema validation failed.", {0}, 0, 0};
        text_fusion_validate_follow_ended[0] = (nitro_text_part){NITRO_PART_TEXT, "Validation failed: the server ended the stream without a result.", {0}, 0, 0};
        path_fusion_validate_follow_stopped_1[0] = "id";
        text_fusion_validate_follow_stopped[0] = (nitro_text_part){NITRO_PART_TEXT, "The validation request ", {0}, 0, 0};
        text_fusion_validate_follow_stopped[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_fusion_validate_follow_stopped_1, NITRO_FMT_NONE}, 0, 0};
        text_fusion_validate_follow_stopped[2] = (nitro_text_part){NITRO_PART_TEXT, " may go on on the server; it publishes nothing.", {0}, 0, 0};
        path_fusion_validate_follow_data[0] = "onSchemaVersionValidationUpdate";
        follow_fusion_validate = (nitro_follow_def){
            .operation = gql_on_schema_validation_operation(),
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
        behaviour_fusion_validate = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_validate_schema_operation(), bindings_fusion_validate, 3},
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
    }
    return &behaviour_fusion_validate;
}

/* ---- pat revoke ---- */
static const char *path_pat_revoke_var_0[3]; /* NULL-terminated */
static nitro_binding bindings_pat_revoke[1];
static const char *path_pat_revoke_data[3]; /* NULL-terminated */
static const char *path_pat_revoke_result_id[2]; /* NULL-terminated */
static const char *path_pat_revoke_result_description[2]; /* NULL-terminated */
static const char *path_pat_revoke_result_createdAt[2]; /* NULL-terminated */
static const char *path_pat_revoke_result_expiresAt[2]; /* NULL-terminated */
static nitro_field_def fields_pat_revoke_result[4];
static const char *path_pat_revoke_errors_0[3]; /* NULL-terminated */
static const char *const *errors_pat_revoke[1];
static const char *verbatim_pat_revoke[1];
static nitro_text_part text_pat_revoke_activity[3];
static const char *path_pat_revoke_success_1[2]; /* NULL-terminated */
static nitro_text_part text_pat_revoke_success[3];
static nitro_text_part text_pat_revoke_no_data[1];
static const char *path_pat_revoke_confirm_1[2]; /* NULL-terminated */
static nitro_text_part text_pat_revoke_confirm[4];
static nitro_text_part text_pat_revoke_declined[1];
static const char *path_pat_revoke_human_0[2]; /* NULL-terminated */
static const char *path_pat_revoke_human_1[2]; /* NULL-terminated */
static const char *path_pat_revoke_human_2[2]; /* NULL-terminated */
static const char *path_pat_revoke_human_3[2]; /* NULL-terminated */
static nitro_human_line human_pat_revoke[4];
static nitro_text_part text_pat_revoke_check_not_found[3];
static nitro_find_def find_pat_revoke_check;
static const char *path_pat_revoke_check_id[2]; /* NULL-terminated */
static nitro_behaviour behaviour_pat_revoke_check;
static nitro_behaviour behaviour_pat_revoke;
const nitro_behaviour *nitro_behaviour_pat_revoke(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_pat_revoke_var_0[0] = "input";
        path_pat_revoke_var_0[1] = "id";
        bindings_pat_revoke[0] = (nitro_binding){path_pat_revoke_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_pat_revoke, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        path_pat_revoke_data[0] = "revokePersonalAccessToken";
        path_pat_revoke_data[1] = "personalAccessToken";
        path_pat_revoke_result_id[0] = "id";
        path_pat_revoke_result_description[0] = "description";
        path_pat_revoke_result_createdAt[0] = "createdAt";
        path_pat_revoke_result_expiresAt[0] = "expiresAt";
        fields_pat_revoke_result[0] = (nitro_field_def){"id", path_pat_revoke_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_pat_revoke_result[1] = (nitro_field_def){"description", path_pat_revoke_result_description, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_pat_revoke_result[2] = (nitro_field_def){"createdAt", path_pat_revoke_result_createdAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_pat_revoke_result[3] = (nitro_field_def){"expiresAt", path_pat_revoke_result_expiresAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_pat_revoke_errors_0[0] = "revokePersonalAccessToken";
        path_pat_revoke_errors_0[1] = "errors";
        errors_pat_revoke[0] = path_pat_revoke_errors_0;
        verbatim_pat_revoke[0] = "PersonalAccessTokenNotFoundError";
        text_pat_revoke_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Revoking personal access token '", {0}, 0, 0};
        text_pat_revoke_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_pat_revoke, id), NITRO_OPT_STRING};
        text_pat_revoke_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        path_pat_revoke_success_1[0] = "description";
        text_pat_revoke_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Revoked personal access token '", {0}, 0, 0};
        text_pat_revoke_success[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_pat_revoke_success_1, NITRO_FMT_NONE}, 0, 0};
        text_pat_revoke_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_pat_revoke_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "Could not revoke personal access token.", {0}, 0, 0};
        path_pat_revoke_confirm_1[0] = "description";
        text_pat_revoke_confirm[0] = (nitro_text_part){NITRO_PART_TEXT, "Do you really want to delete PAT '", {0}, 0, 0};
        text_pat_revoke_confirm[1] = (nitro_text_part){NITRO_PART_CHECK, NULL, {path_pat_revoke_confirm_1, NITRO_FMT_NONE}, 0, 0};
        text_pat_revoke_confirm[2] = (nitro_text_part){NITRO_PART_TEXT, "' with ID ", {0}, 0, 0};
        text_pat_revoke_confirm[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_pat_revoke, id), NITRO_OPT_STRING};
        text_pat_revoke_declined[0] = (nitro_text_part){NITRO_PART_TEXT, "PAT was not deleted.", {0}, 0, 0};
        path_pat_revoke_human_0[0] = "id";
        path_pat_revoke_human_1[0] = "description";
        path_pat_revoke_human_2[0] = "createdAt";
        path_pat_revoke_human_3[0] = "expiresAt";
        human_pat_revoke[0] = (nitro_human_line){"Id", {path_pat_revoke_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_pat_revoke[1] = (nitro_human_line){"Description", {path_pat_revoke_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_pat_revoke[2] = (nitro_human_line){"Created at", {path_pat_revoke_human_2, NITRO_FMT_DATETIME}, {NULL, 0}};
        human_pat_revoke[3] = (nitro_human_line){"Expires at", {path_pat_revoke_human_3, NITRO_FMT_WITH_EXPIRES_IN}, {NULL, 0}};
        text_pat_revoke_check_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The personal access token with ID '", {0}, 0, 0};
        text_pat_revoke_check_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_pat_revoke, id), NITRO_OPT_STRING};
        text_pat_revoke_check_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_pat_revoke_check_id[0] = "id";
        find_pat_revoke_check = (nitro_find_def){nitro_behaviour_pat_list(), {path_pat_revoke_check_id, NITRO_FMT_NONE}, offsetof(nitro_opts_pat_revoke, id)};
        behaviour_pat_revoke_check = (nitro_behaviour){
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
        behaviour_pat_revoke = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_revoke_pat_operation(), bindings_pat_revoke, 1},
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
            .check = &behaviour_pat_revoke_check,
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
    }
    return &behaviour_pat_revoke;
}

/* ---- api-key delete ---- */
static const char *path_api_key_delete_var_0[3]; /* NULL-terminated */
static nitro_binding bindings_api_key_delete[1];
static const char *path_api_key_delete_data[3]; /* NULL-terminated */
static const char *path_api_key_delete_result_id[2]; /* NULL-terminated */
static const char *path_api_key_delete_result_name[2]; /* NULL-terminated */
static const char *path_api_key_delete_result_workspace_name[3]; /* NULL-terminated */
static nitro_field_def fields_api_key_delete_result_workspace[1];
static const char *path_api_key_delete_result_workspace[2]; /* NULL-terminated */
static nitro_field_def fields_api_key_delete_result[3];
static const char *path_api_key_delete_errors_0[3]; /* NULL-terminated */
static const char *const *errors_api_key_delete[1];
static const char *verbatim_api_key_delete[1];
static nitro_text_part text_api_key_delete_activity[3];
static nitro_text_part text_api_key_delete_success[3];
static nitro_text_part text_api_key_delete_no_data[1];
static const char *path_api_key_delete_confirm_1[2]; /* NULL-terminated */
static nitro_text_part text_api_key_delete_confirm[5];
static nitro_text_part text_api_key_delete_confirm_by_id[3];
static nitro_text_part text_api_key_delete_declined[1];
static const char *path_api_key_delete_human_0[2]; /* NULL-terminated */
static const char *path_api_key_delete_human_1[2]; /* NULL-terminated */
static const char *path_api_key_delete_human_2[3]; /* NULL-terminated */
static nitro_human_line human_api_key_delete[3];
static nitro_find_def find_api_key_delete_check;
static const char *path_api_key_delete_check_id[2]; /* NULL-terminated */
static nitro_behaviour behaviour_api_key_delete_check;
static nitro_behaviour behaviour_api_key_delete;
const nitro_behaviour *nitro_behaviour_api_key_delete(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        path_api_key_delete_var_0[0] = "input";
        path_api_key_delete_var_0[1] = "apiKeyId";
        bindings_api_key_delete[0] = (nitro_binding){path_api_key_delete_var_0, NITRO_BIND_INPUT, offsetof(nitro_opts_api_key_delete, id), NITRO_OPT_STRING, NITRO_XF_NONE, NULL, 0, false, false, "id", NITRO_NO_OPTION, 0, NULL};
        path_api_key_delete_data[0] = "deleteApiKey";
        path_api_key_delete_data[1] = "apiKey";
        path_api_key_delete_result_id[0] = "id";
        path_api_key_delete_result_name[0] = "name";
        path_api_key_delete_result_workspace_name[0] = "workspace";
        path_api_key_delete_result_workspace_name[1] = "name";
        fields_api_key_delete_result_workspace[0] = (nitro_field_def){"name", path_api_key_delete_result_workspace_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        path_api_key_delete_result_workspace[0] = "workspace";
        fields_api_key_delete_result[0] = (nitro_field_def){"id", path_api_key_delete_result_id, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_key_delete_result[1] = (nitro_field_def){"name", path_api_key_delete_result_name, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, false, 0, NITRO_OPT_STRING};
        fields_api_key_delete_result[2] = (nitro_field_def){"workspace", path_api_key_delete_result_workspace, NITRO_VALUE_OBJECT, NITRO_FMT_NONE, fields_api_key_delete_result_workspace, 1, NULL, false, 0, NITRO_OPT_STRING};
        path_api_key_delete_errors_0[0] = "deleteApiKey";
        path_api_key_delete_errors_0[1] = "errors";
        errors_api_key_delete[0] = path_api_key_delete_errors_0;
        verbatim_api_key_delete[0] = "ApiKeyNotFoundError";
        text_api_key_delete_activity[0] = (nitro_text_part){NITRO_PART_TEXT, "Deleting API key '", {0}, 0, 0};
        text_api_key_delete_activity[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_key_delete, id), NITRO_OPT_STRING};
        text_api_key_delete_activity[2] = (nitro_text_part){NITRO_PART_TEXT, "'", {0}, 0, 0};
        text_api_key_delete_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Deleted API key '", {0}, 0, 0};
        text_api_key_delete_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_key_delete, id), NITRO_OPT_STRING};
        text_api_key_delete_success[2] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        text_api_key_delete_no_data[0] = (nitro_text_part){NITRO_PART_TEXT, "The GraphQL mutation completed without errors, but the server did not return the expected data.", {0}, 0, 0};
        path_api_key_delete_confirm_1[0] = "name";
        text_api_key_delete_confirm[0] = (nitro_text_part){NITRO_PART_TEXT, "Do you really want to delete API key '", {0}, 0, 0};
        text_api_key_delete_confirm[1] = (nitro_text_part){NITRO_PART_CHECK, NULL, {path_api_key_delete_confirm_1, NITRO_FMT_NONE}, 0, 0};
        text_api_key_delete_confirm[2] = (nitro_text_part){NITRO_PART_TEXT, "' with ID '", {0}, 0, 0};
        text_api_key_delete_confirm[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_key_delete, id), NITRO_OPT_STRING};
        text_api_key_delete_confirm[4] = (nitro_text_part){NITRO_PART_TEXT, "'\?", {0}, 0, 0};
        text_api_key_delete_confirm_by_id[0] = (nitro_text_part){NITRO_PART_TEXT, "Do you really want to delete API key with ID '", {0}, 0, 0};
        text_api_key_delete_confirm_by_id[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_api_key_delete, id), NITRO_OPT_STRING};
        text_api_key_delete_confirm_by_id[2] = (nitro_text_part){NITRO_PART_TEXT, "'\?", {0}, 0, 0};
        text_api_key_delete_declined[0] = (nitro_text_part){NITRO_PART_TEXT, "API key was not deleted.", {0}, 0, 0};
        path_api_key_delete_human_0[0] = "id";
        path_api_key_delete_human_1[0] = "name";
        path_api_key_delete_human_2[0] = "workspace";
        path_api_key_delete_human_2[1] = "name";
        human_api_key_delete[0] = (nitro_human_line){"Id", {path_api_key_delete_human_0, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_key_delete[1] = (nitro_human_line){"Name", {path_api_key_delete_human_1, NITRO_FMT_NONE}, {NULL, 0}};
        human_api_key_delete[2] = (nitro_human_line){"Workspace", {path_api_key_delete_human_2, NITRO_FMT_NONE}, {NULL, 0}};
        path_api_key_delete_check_id[0] = "id";
        find_api_key_delete_check = (nitro_find_def){nitro_behaviour_api_key_list(), {path_api_key_delete_check_id, NITRO_FMT_NONE}, offsetof(nitro_opts_api_key_delete, id)};
        behaviour_api_key_delete_check = (nitro_behaviour){
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
        behaviour_api_key_delete = (nitro_behaviour){
            .kind = NITRO_KIND_MUTATION,
            .request = {gql_delete_api_key_operation(), bindings_api_key_delete, 1},
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
            .check = &behaviour_api_key_delete_check,
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
    }
    return &behaviour_api_key_delete;
}

/* ---- pat rotate ---- */
static nitro_text_part text_pat_rotate_not_found[3];
static const char *path_pat_rotate_confirm_1[2]; /* NULL-terminated */
static nitro_text_part text_pat_rotate_confirm[4];
static nitro_text_part text_pat_rotate_declined[1];
static nitro_inherit inherit_pat_rotate[2];
static const char *path_pat_rotate_inherit_0_0[2]; /* NULL-terminated */
static const char *path_pat_rotate_inherit_1_0[2]; /* NULL-terminated */
static const char *path_pat_rotate_inherit_1_1[2]; /* NULL-terminated */
static const char *path_pat_rotate_id[2]; /* NULL-terminated */
static nitro_replace replace_pat_rotate;
static nitro_behaviour behaviour_pat_rotate;
const nitro_behaviour *nitro_behaviour_pat_rotate(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        text_pat_rotate_not_found[0] = (nitro_text_part){NITRO_PART_TEXT, "The personal access token with ID '", {0}, 0, 0};
        text_pat_rotate_not_found[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_pat_rotate, id), NITRO_OPT_STRING};
        text_pat_rotate_not_found[2] = (nitro_text_part){NITRO_PART_TEXT, "' was not found.", {0}, 0, 0};
        path_pat_rotate_confirm_1[0] = "description";
        text_pat_rotate_confirm[0] = (nitro_text_part){NITRO_PART_TEXT, "Do you really want to replace PAT '", {0}, 0, 0};
        text_pat_rotate_confirm[1] = (nitro_text_part){NITRO_PART_DATA, NULL, {path_pat_rotate_confirm_1, NITRO_FMT_NONE}, 0, 0};
        text_pat_rotate_confirm[2] = (nitro_text_part){NITRO_PART_TEXT, "' with ID ", {0}, 0, 0};
        text_pat_rotate_confirm[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_pat_rotate, id), NITRO_OPT_STRING};
        text_pat_rotate_declined[0] = (nitro_text_part){NITRO_PART_TEXT, "PAT was not rotated.", {0}, 0, 0};
        inherit_pat_rotate[0] = (nitro_inherit){offsetof(nitro_opts_pat_create, description), NITRO_OPT_STRING, NITRO_NO_OPTION, NITRO_INHERIT_VALUE, {{0}}};
        inherit_pat_rotate[1] = (nitro_inherit){offsetof(nitro_opts_pat_create, expires), NITRO_OPT_INT, offsetof(nitro_opts_pat_rotate, expires), NITRO_INHERIT_DAYS, {{0}}};
        path_pat_rotate_inherit_0_0[0] = "description";
        inherit_pat_rotate[0].values[0] = (nitro_value_ref){path_pat_rotate_inherit_0_0, NITRO_FMT_NONE};
        path_pat_rotate_inherit_1_0[0] = "createdAt";
        inherit_pat_rotate[1].values[0] = (nitro_value_ref){path_pat_rotate_inherit_1_0, NITRO_FMT_DATETIME};
        path_pat_rotate_inherit_1_1[0] = "expiresAt";
        inherit_pat_rotate[1].values[1] = (nitro_value_ref){path_pat_rotate_inherit_1_1, NITRO_FMT_DATETIME};
        path_pat_rotate_id[0] = "id";
        replace_pat_rotate = (nitro_replace){
            .find = {nitro_behaviour_pat_list(), {path_pat_rotate_id, NITRO_FMT_NONE}, offsetof(nitro_opts_pat_rotate, id)},
            .create = nitro_behaviour_pat_create(),
            .remove = nitro_behaviour_pat_revoke(),
            .find_words = "nitro pat list",
            .remove_words = "nitro pat revoke",
            .create_opts_size = sizeof(nitro_opts_pat_create),
            .remove_opts_size = sizeof(nitro_opts_pat_revoke),
            .inherit = inherit_pat_rotate,
            .n_inherit = 2,
            .remove_id_offset = offsetof(nitro_opts_pat_revoke, id),
            .remove_force_offset = offsetof(nitro_opts_pat_revoke, force),
        };
        behaviour_pat_rotate = (nitro_behaviour){
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
    }
    return &behaviour_pat_rotate;
}

/* ---- fusion publish ---- */
static nitro_text_part text_fusion_publish_success[5];
static nitro_option_copy copies_fusion_publish_0[5];
static nitro_option_copy copies_fusion_publish_1[2];
static nitro_option_copy copies_fusion_publish_2[3];
static nitro_option_copy copies_fusion_publish_3[3];
static nitro_step_def steps_fusion_publish[4];
static nitro_option_copy copies_fusion_publish_undo[2];
static const char *path_fusion_publish_carry[2]; /* NULL-terminated */
static nitro_steps_def sequence_fusion_publish;
static nitro_behaviour behaviour_fusion_publish;
const nitro_behaviour *nitro_behaviour_fusion_publish(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        text_fusion_publish_success[0] = (nitro_text_part){NITRO_PART_TEXT, "Published configuration '", {0}, 0, 0};
        text_fusion_publish_success[1] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish, tag), NITRO_OPT_STRING};
        text_fusion_publish_success[2] = (nitro_text_part){NITRO_PART_TEXT, "' to '", {0}, 0, 0};
        text_fusion_publish_success[3] = (nitro_text_part){NITRO_PART_INPUT, NULL, {0}, offsetof(nitro_opts_fusion_publish, stage), NITRO_OPT_STRING};
        text_fusion_publish_success[4] = (nitro_text_part){NITRO_PART_TEXT, "'.", {0}, 0, 0};
        copies_fusion_publish_0[0] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, api_id), offsetof(nitro_opts_fusion_publish_begin, api_id), NITRO_OPT_STRING};
        copies_fusion_publish_0[1] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, tag), offsetof(nitro_opts_fusion_publish_begin, tag), NITRO_OPT_STRING};
        copies_fusion_publish_0[2] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, stage), offsetof(nitro_opts_fusion_publish_begin, stage), NITRO_OPT_STRING};
        copies_fusion_publish_0[3] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, wait_for_approval), offsetof(nitro_opts_fusion_publish_begin, wait_for_approval), NITRO_OPT_FLAG};
        copies_fusion_publish_0[4] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, source_metadata), offsetof(nitro_opts_fusion_publish_begin, source_metadata), NITRO_OPT_STRING};
        copies_fusion_publish_1[0] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, api_id), offsetof(nitro_opts_fusion_publish_start, api_id), NITRO_OPT_STRING};
        copies_fusion_publish_1[1] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, stage), offsetof(nitro_opts_fusion_publish_start, stage), NITRO_OPT_STRING};
        copies_fusion_publish_2[0] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, api_id), offsetof(nitro_opts_fusion_publish_validate, api_id), NITRO_OPT_STRING};
        copies_fusion_publish_2[1] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, stage), offsetof(nitro_opts_fusion_publish_validate, stage), NITRO_OPT_STRING};
        copies_fusion_publish_2[2] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, archive), offsetof(nitro_opts_fusion_publish_validate, archive), NITRO_OPT_STRING};
        copies_fusion_publish_3[0] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, api_id), offsetof(nitro_opts_fusion_publish_commit, api_id), NITRO_OPT_STRING};
        copies_fusion_publish_3[1] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, stage), offsetof(nitro_opts_fusion_publish_commit, stage), NITRO_OPT_STRING};
        copies_fusion_publish_3[2] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, archive), offsetof(nitro_opts_fusion_publish_commit, archive), NITRO_OPT_STRING};
        steps_fusion_publish[0] = (nitro_step_def){nitro_behaviour_fusion_publish_begin(), sizeof(nitro_opts_fusion_publish_begin), copies_fusion_publish_0, 5, NITRO_NO_OPTION, NITRO_NO_OPTION, NITRO_NO_OPTION};
        steps_fusion_publish[1] = (nitro_step_def){nitro_behaviour_fusion_publish_start(), sizeof(nitro_opts_fusion_publish_start), copies_fusion_publish_1, 2, offsetof(nitro_opts_fusion_publish_start, request_id), NITRO_NO_OPTION, NITRO_NO_OPTION};
        steps_fusion_publish[2] = (nitro_step_def){nitro_behaviour_fusion_publish_validate(), sizeof(nitro_opts_fusion_publish_validate), copies_fusion_publish_2, 3, offsetof(nitro_opts_fusion_publish_validate, request_id), offsetof(nitro_opts_fusion_publish, wait_for_approval), offsetof(nitro_opts_fusion_publish, force)};
        steps_fusion_publish[3] = (nitro_step_def){nitro_behaviour_fusion_publish_commit(), sizeof(nitro_opts_fusion_publish_commit), copies_fusion_publish_3, 3, offsetof(nitro_opts_fusion_publish_commit, request_id), NITRO_NO_OPTION, NITRO_NO_OPTION};
        copies_fusion_publish_undo[0] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, api_id), offsetof(nitro_opts_fusion_publish_cancel, api_id), NITRO_OPT_STRING};
        copies_fusion_publish_undo[1] = (nitro_option_copy){offsetof(nitro_opts_fusion_publish, stage), offsetof(nitro_opts_fusion_publish_cancel, stage), NITRO_OPT_STRING};
        path_fusion_publish_carry[0] = "requestId";
        sequence_fusion_publish = (nitro_steps_def){
            .steps = steps_fusion_publish,
            .n_steps = 4,
            .carry_from = 0,
            .carry_path = path_fusion_publish_carry,
            .carry_name = "request-id",
            .undo = {nitro_behaviour_fusion_publish_cancel(), sizeof(nitro_opts_fusion_publish_cancel), copies_fusion_publish_undo, 2, offsetof(nitro_opts_fusion_publish_cancel, request_id), NITRO_NO_OPTION, NITRO_NO_OPTION},
            .undo_words = "nitro fusion publish cancel",
        };
        behaviour_fusion_publish = (nitro_behaviour){
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
    }
    return &behaviour_fusion_publish;
}

/* The payload error types that end a command with another status than 1. */
static nitro_payload_exit payload_exits[2];
const nitro_payload_exit *nitro_payload_exits(void) {
    static atomic_bool filled;
    if (!nitro_filled_already(&filled)) {
        payload_exits[0] = (nitro_payload_exit){"UnauthorizedOperation", 4};
        payload_exits[1] = (nitro_payload_exit){NULL, 0};
    }
    return payload_exits;
}

const size_t nitro_payload_exit_count = 1;

const nitro_behaviour *nitro_behaviour_at(size_t index) {
    switch (index) {
    case 0: return nitro_behaviour_pat_create();
    case 1: return nitro_behaviour_pat_list();
    case 2: return nitro_behaviour_workspace_create();
    case 3: return nitro_behaviour_workspace_show();
    case 4: return nitro_behaviour_workspace_list();
    case 5: return nitro_behaviour_workspace_current();
    case 6: return nitro_behaviour_workspace_set_default();
    case 7: return nitro_behaviour_api_key_create();
    case 8: return nitro_behaviour_api_key_list();
    case 9: return nitro_behaviour_api_create();
    case 10: return nitro_behaviour_api_list();
    case 11: return nitro_behaviour_api_show();
    case 12: return nitro_behaviour_api_delete();
    case 13: return nitro_behaviour_client_create();
    case 14: return nitro_behaviour_client_delete();
    case 15: return nitro_behaviour_client_show();
    case 16: return nitro_behaviour_client_list();
    case 17: return nitro_behaviour_client_list_versions();
    case 18: return nitro_behaviour_client_list_published_versions();
    case 19: return nitro_behaviour_client_upload();
    case 20: return nitro_behaviour_client_validate();
    case 21: return nitro_behaviour_client_publish();
    case 22: return nitro_behaviour_client_unpublish();
    case 23: return nitro_behaviour_client_download();
    case 24: return nitro_behaviour_stage_list();
    case 25: return nitro_behaviour_stage_edit();
    case 26: return nitro_behaviour_stage_delete();
    case 27: return nitro_behaviour_environment_create();
    case 28: return nitro_behaviour_environment_list();
    case 29: return nitro_behaviour_environment_show();
    case 30: return nitro_behaviour_openapi_create();
    case 31: return nitro_behaviour_openapi_delete();
    case 32: return nitro_behaviour_openapi_list();
    case 33: return nitro_behaviour_openapi_upload();
    case 34: return nitro_behaviour_openapi_validate();
    case 35: return nitro_behaviour_openapi_publish();
    case 36: return nitro_behaviour_mcp_create();
    case 37: return nitro_behaviour_mcp_delete();
    case 38: return nitro_behaviour_mcp_list();
    case 39: return nitro_behaviour_mcp_upload();
    case 40: return nitro_behaviour_mcp_validate();
    case 41: return nitro_behaviour_mcp_publish();
    case 42: return nitro_behaviour_mock_create();
    case 43: return nitro_behaviour_mock_list();
    case 44: return nitro_behaviour_mock_update();
    case 45: return nitro_behaviour_schema_upload();
    case 46: return nitro_behaviour_schema_validate();
    case 47: return nitro_behaviour_schema_download();
    case 48: return nitro_behaviour_schema_publish();
    case 49: return nitro_behaviour_schema_clients();
    case 50: return nitro_behaviour_schema_impact();
    case 51: return nitro_behaviour_schema_operations();
    case 52: return nitro_behaviour_schema_unused();
    case 53: return nitro_behaviour_schema_usage();
    case 54: return nitro_behaviour_fusion_publish_begin();
    case 55: return nitro_behaviour_fusion_publish_start();
    case 56: return nitro_behaviour_fusion_publish_validate();
    case 57: return nitro_behaviour_fusion_publish_commit();
    case 58: return nitro_behaviour_fusion_publish_cancel();
    case 59: return nitro_behaviour_fusion_download();
    case 60: return nitro_behaviour_fusion_upload();
    case 61: return nitro_behaviour_fusion_validate();
    case 62: return nitro_behaviour_pat_revoke();
    case 63: return nitro_behaviour_api_key_delete();
    case 64: return nitro_behaviour_pat_rotate();
    case 65: return nitro_behaviour_fusion_publish();
    }
    return NULL;
}
const size_t nitro_behaviour_count = 66;

/* ---- completers ---- */
static const char *path_completer_pat_ids_value[2]; /* NULL-terminated */
static const char *path_completer_pat_ids_description[2]; /* NULL-terminated */
static const char *path_completer_pat_ids_newest[2]; /* NULL-terminated */
static nitro_completer completer_pat_ids;
static const char *path_completer_workspace_ids_value[2]; /* NULL-terminated */
static const char *path_completer_workspace_ids_description[2]; /* NULL-terminated */
static nitro_completer completer_workspace_ids;
static const char *path_completer_api_ids_value[2]; /* NULL-terminated */
static const char *path_completer_api_ids_description[2]; /* NULL-terminated */
static nitro_completer_input completer_api_ids_inputs[1];
static nitro_completer completer_api_ids;
static const char *path_completer_client_ids_value[2]; /* NULL-terminated */
static const char *path_completer_client_ids_description[2]; /* NULL-terminated */
static nitro_completer_input completer_client_ids_inputs[1];
static nitro_completer completer_client_ids;
static const char *path_completer_stage_names_value[2]; /* NULL-terminated */
static nitro_completer_input completer_stage_names_inputs[1];
static nitro_completer completer_stage_names;
const nitro_completer *nitro_completer_named(const char *name) {
    if (strcmp(name, "pat-ids") == 0) {
        static atomic_bool filled;
        if (!nitro_filled_already(&filled)) {
            path_completer_pat_ids_value[0] = "id";
            path_completer_pat_ids_description[0] = "description";
            path_completer_pat_ids_newest[0] = "createdAt";
            completer_pat_ids = (nitro_completer){
                .name = "pat-ids",
                .list = nitro_behaviour_pat_list(),
                .value = {path_completer_pat_ids_value, NITRO_FMT_NONE},
                .description = {path_completer_pat_ids_description, NITRO_FMT_NONE},
                .newest = {path_completer_pat_ids_newest, NITRO_FMT_DATETIME},
                .opts_size = sizeof(nitro_opts_pat_list),
                .inputs = NULL,
                .n_inputs = 0,
            };
        }
        return &completer_pat_ids;
    }
    if (strcmp(name, "workspace-ids") == 0) {
        static atomic_bool filled;
        if (!nitro_filled_already(&filled)) {
            path_completer_workspace_ids_value[0] = "id";
            path_completer_workspace_ids_description[0] = "name";
            completer_workspace_ids = (nitro_completer){
                .name = "workspace-ids",
                .list = nitro_behaviour_workspace_list(),
                .value = {path_completer_workspace_ids_value, NITRO_FMT_NONE},
                .description = {path_completer_workspace_ids_description, NITRO_FMT_NONE},
                .newest = {0},
                .opts_size = sizeof(nitro_opts_workspace_list),
                .inputs = NULL,
                .n_inputs = 0,
            };
        }
        return &completer_workspace_ids;
    }
    if (strcmp(name, "api-ids") == 0) {
        static atomic_bool filled;
        if (!nitro_filled_already(&filled)) {
            path_completer_api_ids_value[0] = "id";
            path_completer_api_ids_description[0] = "name";
            completer_api_ids_inputs[0] = (nitro_completer_input){offsetof(nitro_opts_api_list, workspace_id), "workspace-id"};
            completer_api_ids = (nitro_completer){
                .name = "api-ids",
                .list = nitro_behaviour_api_list(),
                .value = {path_completer_api_ids_value, NITRO_FMT_NONE},
                .description = {path_completer_api_ids_description, NITRO_FMT_NONE},
                .newest = {0},
                .opts_size = sizeof(nitro_opts_api_list),
                .inputs = completer_api_ids_inputs,
                .n_inputs = 1,
            };
        }
        return &completer_api_ids;
    }
    if (strcmp(name, "client-ids") == 0) {
        static atomic_bool filled;
        if (!nitro_filled_already(&filled)) {
            path_completer_client_ids_value[0] = "id";
            path_completer_client_ids_description[0] = "name";
            completer_client_ids_inputs[0] = (nitro_completer_input){offsetof(nitro_opts_client_list, api_id), "api-id"};
            completer_client_ids = (nitro_completer){
                .name = "client-ids",
                .list = nitro_behaviour_client_list(),
                .value = {path_completer_client_ids_value, NITRO_FMT_NONE},
                .description = {path_completer_client_ids_description, NITRO_FMT_NONE},
                .newest = {0},
                .opts_size = sizeof(nitro_opts_client_list),
                .inputs = completer_client_ids_inputs,
                .n_inputs = 1,
            };
        }
        return &completer_client_ids;
    }
    if (strcmp(name, "stage-names") == 0) {
        static atomic_bool filled;
        if (!nitro_filled_already(&filled)) {
            path_completer_stage_names_value[0] = "name";
            completer_stage_names_inputs[0] = (nitro_completer_input){offsetof(nitro_opts_stage_list, api_id), "api-id"};
            completer_stage_names = (nitro_completer){
                .name = "stage-names",
                .list = nitro_behaviour_stage_list(),
                .value = {path_completer_stage_names_value, NITRO_FMT_NONE},
                .description = {0},
                .newest = {0},
                .opts_size = sizeof(nitro_opts_stage_list),
                .inputs = completer_stage_names_inputs,
                .n_inputs = 1,
            };
        }
        return &completer_stage_names;
    }
    return NULL;
}
