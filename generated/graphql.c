/* Generated from spec/schema.graphql and spec/operations/ by generator/generate.py. Do not edit. */
#include <stdlib.h>
#include <string.h>

#include "generated/graphql.h"
/* ==== CreateApiKeyCommandMutation ==== */
static bool validate_gql_create_api_key(const cJSON *data, gql_error *err);

const gql_operation gql_create_api_key_operation = {
    .name = "CreateApiKeyCommandMutation",
    .is_mutation = true,
    .document = "mutation CreateApiKeyCommandMutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename result { __typename key { __typename ... CreateApiKeyCommandMutation_ApiKey } secret } errors { __typename ... ApiNotFoundError ... WorkspaceNotFound ... PersonalWorkspaceNotSupportedError ... ValidationError ... RoleNotFoundError ... Error } } } fragment CreateApiKeyCommandMutation_ApiKey on ApiKey { id ... ApiKeyDetailPrompt_ApiKey } fragment ApiKeyDetailPrompt_ApiKey on ApiKey { id name workspace { __typename name } } fragment ApiNotFoundError on ApiNotFoundError { __typename message apiId ... Error } fragment Error on Error { message } fragment WorkspaceNotFound on WorkspaceNotFound { __typename message workspaceId ... Error } fragment PersonalWorkspaceNotSupportedError on PersonalWorkspaceNotSupportedError { __typename message ... Error } fragment ValidationError on ValidationError { __typename message errors { __typename message } ... Error } fragment RoleNotFoundError on RoleNotFoundError { __typename message roleId ... Error }",
    .validate = validate_gql_create_api_key,
};


static void free_gql_create_api_key_data_create_api_key_result_key_workspace(gql_create_api_key_data_create_api_key_result_key_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_create_api_key_data_create_api_key_result_key_workspace(const cJSON *json, gql_create_api_key_data_create_api_key_result_key_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createApiKey.result.key.workspace", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "createApiKey.result.key.workspace.name", err)) return false;
    return true;
}

static void free_gql_create_api_key_data_create_api_key_result_key(gql_create_api_key_data_create_api_key_result_key *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
    if (value->workspace) free_gql_create_api_key_data_create_api_key_result_key_workspace(value->workspace);
    free(value->workspace);
}

static bool decode_gql_create_api_key_data_create_api_key_result_key(const cJSON *json, gql_create_api_key_data_create_api_key_result_key *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createApiKey.result.key", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "createApiKey.result.key.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "createApiKey.result.key.name", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE, &value, "createApiKey.result.key.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "createApiKey.result.key.workspace", "is too large");
            if (!decode_gql_create_api_key_data_create_api_key_result_key_workspace(value, out->workspace, err)) return false;
        }
    }
    return true;
}

static void free_gql_create_api_key_data_create_api_key_result(gql_create_api_key_data_create_api_key_result *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->key) free_gql_create_api_key_data_create_api_key_result_key(value->key);
    free(value->key);
    free(value->secret);
}

static bool decode_gql_create_api_key_data_create_api_key_result(const cJSON *json, gql_create_api_key_data_create_api_key_result *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createApiKey.result", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "key", 0, &value, "createApiKey.result.key", err)) return false;
        if (value) {
            out->key = calloc(1, sizeof *out->key);
            if (!out->key) return gql_fail(err, "createApiKey.result.key", "is too large");
            if (!decode_gql_create_api_key_data_create_api_key_result_key(value, out->key, err)) return false;
        }
    }
    if (!gql_read_string(json, "secret", 0, &out->secret, "createApiKey.result.secret", err)) return false;
    return true;
}

static void free_gql_create_api_key_data_create_api_key_errors_errors(gql_create_api_key_data_create_api_key_errors_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->message);
}

static bool decode_gql_create_api_key_data_create_api_key_errors_errors(const cJSON *json, gql_create_api_key_data_create_api_key_errors_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createApiKey.errors.errors", "is not an object");
    if (!gql_read_string(json, "message", 0, &out->message, "createApiKey.errors.errors.message", err)) return false;
    return true;
}

static void free_gql_create_api_key_data_create_api_key_errors(gql_create_api_key_data_create_api_key_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->api_id);
    free(value->workspace_id);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_create_api_key_data_create_api_key_errors_errors(&value->errors[i]);
    }
    free(value->errors);
    free(value->role_id);
}

static bool decode_gql_create_api_key_data_create_api_key_errors(const cJSON *json, gql_create_api_key_data_create_api_key_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createApiKey.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "createApiKey.errors.__typename", err)) return false;
    out->kind = GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_OTHER;
    if (strcmp(out->typename, "ApiNotFoundError") == 0) out->kind = GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_API_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "PersonalWorkspaceNotSupportedError") == 0) out->kind = GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_PERSONAL_WORKSPACE_NOT_SUPPORTED_ERROR;
    else if (strcmp(out->typename, "RoleNotFoundError") == 0) out->kind = GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_ROLE_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_UNAUTHORIZED_OPERATION;
    else if (strcmp(out->typename, "ValidationError") == 0) out->kind = GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_VALIDATION_ERROR;
    else if (strcmp(out->typename, "WorkspaceNotFound") == 0) out->kind = GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_WORKSPACE_NOT_FOUND;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "createApiKey.errors.message", err)) return false;
    if (!gql_read_string(json, "apiId", GQL_OPTIONAL, &out->api_id, "createApiKey.errors.apiId", err)) return false;
    if (!gql_read_string(json, "workspaceId", GQL_OPTIONAL, &out->workspace_id, "createApiKey.errors.workspaceId", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_OPTIONAL, &list, &count, "createApiKey.errors.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "createApiKey.errors.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_create_api_key_data_create_api_key_errors_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "roleId", GQL_OPTIONAL, &out->role_id, "createApiKey.errors.roleId", err)) return false;
    return true;
}

static void free_gql_create_api_key_data_create_api_key(gql_create_api_key_data_create_api_key *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->result) free_gql_create_api_key_data_create_api_key_result(value->result);
    free(value->result);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_create_api_key_data_create_api_key_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_create_api_key_data_create_api_key(const cJSON *json, gql_create_api_key_data_create_api_key *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createApiKey", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "result", GQL_NULLABLE, &value, "createApiKey.result", err)) return false;
        if (value) {
            out->result = calloc(1, sizeof *out->result);
            if (!out->result) return gql_fail(err, "createApiKey.result", "is too large");
            if (!decode_gql_create_api_key_data_create_api_key_result(value, out->result, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "createApiKey.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "createApiKey.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_create_api_key_data_create_api_key_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_create_api_key_data(gql_create_api_key_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->create_api_key) free_gql_create_api_key_data_create_api_key(value->create_api_key);
    free(value->create_api_key);
}

static bool decode_gql_create_api_key_data(const cJSON *json, gql_create_api_key_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "createApiKey", 0, &value, "createApiKey", err)) return false;
        if (value) {
            out->create_api_key = calloc(1, sizeof *out->create_api_key);
            if (!out->create_api_key) return gql_fail(err, "createApiKey", "is too large");
            if (!decode_gql_create_api_key_data_create_api_key(value, out->create_api_key, err)) return false;
        }
    }
    return true;
}

bool gql_create_api_key_decode(const cJSON *data, gql_create_api_key_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_create_api_key_data(data, out, err)) return true;
    free_gql_create_api_key_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_create_api_key_free(gql_create_api_key_data *data) {
    free_gql_create_api_key_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_create_api_key(const cJSON *data, gql_error *err) {
    gql_create_api_key_data decoded;
    if (!gql_create_api_key_decode(data, &decoded, err)) return false;
    gql_create_api_key_free(&decoded);
    return true;
}

/* ==== CreateApiCommandMutation ==== */
static bool validate_gql_create_api(const cJSON *data, gql_error *err);

const gql_operation gql_create_api_operation = {
    .name = "CreateApiCommandMutation",
    .is_mutation = true,
    .document = "mutation CreateApiCommandMutation($workspaceId: ID!, $path: [String!]!, $name: String!, $kind: ApiKind) { pushWorkspaceChanges(input: { changes: [{ api: { create: { name: $name, path: $path, referenceId: \"api\", workspaceId: $workspaceId, kind: $kind } } }] }) { __typename changes { __typename referenceId error { __typename ... Error } result { __typename ... CreateApiCommandMutation_Api } } errors { __typename ... Error } } } fragment Error on Error { message } fragment CreateApiCommandMutation_Api on Api { name ... ApiDetailPrompt_Api } fragment ApiDetailPrompt_Api on Api { id name path workspace { __typename id name } settings { __typename schemaRegistry { __typename treatDangerousAsBreaking allowBreakingSchemaChanges } } }",
    .validate = validate_gql_create_api,
};


static void free_gql_create_api_data_push_workspace_changes_changes_error(gql_create_api_data_push_workspace_changes_changes_error *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
}

static bool decode_gql_create_api_data_push_workspace_changes_changes_error(const cJSON *json, gql_create_api_data_push_workspace_changes_changes_error *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges.changes.error", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "pushWorkspaceChanges.changes.error.__typename", err)) return false;
    out->kind = GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_OTHER;
    if (strcmp(out->typename, "ChangeValidationFailed") == 0) out->kind = GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_CHANGE_VALIDATION_FAILED;
    else if (strcmp(out->typename, "UnexpectedErrorOnChange") == 0) out->kind = GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_UNEXPECTED_ERROR_ON_CHANGE;
    else if (strcmp(out->typename, "WorkspaceNotFoundForChange") == 0) out->kind = GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_WORKSPACE_NOT_FOUND_FOR_CHANGE;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "pushWorkspaceChanges.changes.error.message", err)) return false;
    return true;
}

static void free_gql_create_api_data_push_workspace_changes_changes_result_workspace(gql_create_api_data_push_workspace_changes_changes_result_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_create_api_data_push_workspace_changes_changes_result_workspace(const cJSON *json, gql_create_api_data_push_workspace_changes_changes_result_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges.changes.result.workspace", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "pushWorkspaceChanges.changes.result.workspace.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "pushWorkspaceChanges.changes.result.workspace.name", err)) return false;
    return true;
}

static void free_gql_create_api_data_push_workspace_changes_changes_result_settings_schema_registry(gql_create_api_data_push_workspace_changes_changes_result_settings_schema_registry *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_create_api_data_push_workspace_changes_changes_result_settings_schema_registry(const cJSON *json, gql_create_api_data_push_workspace_changes_changes_result_settings_schema_registry *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges.changes.result.settings.schemaRegistry", "is not an object");
    if (!gql_read_bool(json, "treatDangerousAsBreaking", 0, &out->treat_dangerous_as_breaking, NULL, "pushWorkspaceChanges.changes.result.settings.schemaRegistry.treatDangerousAsBreaking", err)) return false;
    if (!gql_read_bool(json, "allowBreakingSchemaChanges", 0, &out->allow_breaking_schema_changes, NULL, "pushWorkspaceChanges.changes.result.settings.schemaRegistry.allowBreakingSchemaChanges", err)) return false;
    return true;
}

static void free_gql_create_api_data_push_workspace_changes_changes_result_settings(gql_create_api_data_push_workspace_changes_changes_result_settings *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->schema_registry) free_gql_create_api_data_push_workspace_changes_changes_result_settings_schema_registry(value->schema_registry);
    free(value->schema_registry);
}

static bool decode_gql_create_api_data_push_workspace_changes_changes_result_settings(const cJSON *json, gql_create_api_data_push_workspace_changes_changes_result_settings *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges.changes.result.settings", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "schemaRegistry", 0, &value, "pushWorkspaceChanges.changes.result.settings.schemaRegistry", err)) return false;
        if (value) {
            out->schema_registry = calloc(1, sizeof *out->schema_registry);
            if (!out->schema_registry) return gql_fail(err, "pushWorkspaceChanges.changes.result.settings.schemaRegistry", "is too large");
            if (!decode_gql_create_api_data_push_workspace_changes_changes_result_settings_schema_registry(value, out->schema_registry, err)) return false;
        }
    }
    return true;
}

static void free_gql_create_api_data_push_workspace_changes_changes_result(gql_create_api_data_push_workspace_changes_changes_result *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->name);
    free(value->id);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    if (value->workspace) free_gql_create_api_data_push_workspace_changes_changes_result_workspace(value->workspace);
    free(value->workspace);
    if (value->settings) free_gql_create_api_data_push_workspace_changes_changes_result_settings(value->settings);
    free(value->settings);
}

static bool decode_gql_create_api_data_push_workspace_changes_changes_result(const cJSON *json, gql_create_api_data_push_workspace_changes_changes_result *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges.changes.result", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "pushWorkspaceChanges.changes.result.__typename", err)) return false;
    out->kind = GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_RESULT_OTHER;
    if (strcmp(out->typename, "Api") == 0) out->kind = GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_RESULT_API;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "pushWorkspaceChanges.changes.result.name", err)) return false;
    if (!gql_read_string(json, "id", GQL_OPTIONAL, &out->id, "pushWorkspaceChanges.changes.result.id", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", GQL_OPTIONAL, &list, &count, "pushWorkspaceChanges.changes.result.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "pushWorkspaceChanges.changes.result.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "pushWorkspaceChanges.changes.result.path", err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE | GQL_OPTIONAL, &value, "pushWorkspaceChanges.changes.result.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "pushWorkspaceChanges.changes.result.workspace", "is too large");
            if (!decode_gql_create_api_data_push_workspace_changes_changes_result_workspace(value, out->workspace, err)) return false;
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "settings", GQL_OPTIONAL, &value, "pushWorkspaceChanges.changes.result.settings", err)) return false;
        if (value) {
            out->settings = calloc(1, sizeof *out->settings);
            if (!out->settings) return gql_fail(err, "pushWorkspaceChanges.changes.result.settings", "is too large");
            if (!decode_gql_create_api_data_push_workspace_changes_changes_result_settings(value, out->settings, err)) return false;
        }
    }
    return true;
}

static void free_gql_create_api_data_push_workspace_changes_changes(gql_create_api_data_push_workspace_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->reference_id);
    if (value->error) free_gql_create_api_data_push_workspace_changes_changes_error(value->error);
    free(value->error);
    if (value->result) free_gql_create_api_data_push_workspace_changes_changes_result(value->result);
    free(value->result);
}

static bool decode_gql_create_api_data_push_workspace_changes_changes(const cJSON *json, gql_create_api_data_push_workspace_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges.changes", "is not an object");
    if (!gql_read_string(json, "referenceId", 0, &out->reference_id, "pushWorkspaceChanges.changes.referenceId", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "error", GQL_NULLABLE, &value, "pushWorkspaceChanges.changes.error", err)) return false;
        if (value) {
            out->error = calloc(1, sizeof *out->error);
            if (!out->error) return gql_fail(err, "pushWorkspaceChanges.changes.error", "is too large");
            if (!decode_gql_create_api_data_push_workspace_changes_changes_error(value, out->error, err)) return false;
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "result", GQL_NULLABLE, &value, "pushWorkspaceChanges.changes.result", err)) return false;
        if (value) {
            out->result = calloc(1, sizeof *out->result);
            if (!out->result) return gql_fail(err, "pushWorkspaceChanges.changes.result", "is too large");
            if (!decode_gql_create_api_data_push_workspace_changes_changes_result(value, out->result, err)) return false;
        }
    }
    return true;
}

static void free_gql_create_api_data_push_workspace_changes_errors(gql_create_api_data_push_workspace_changes_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
}

static bool decode_gql_create_api_data_push_workspace_changes_errors(const cJSON *json, gql_create_api_data_push_workspace_changes_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "pushWorkspaceChanges.errors.__typename", err)) return false;
    out->kind = GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_ERRORS_OTHER;
    if (strcmp(out->typename, "ChangeStructureInvalid") == 0) out->kind = GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_ERRORS_CHANGE_STRUCTURE_INVALID;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "pushWorkspaceChanges.errors.message", err)) return false;
    return true;
}

static void free_gql_create_api_data_push_workspace_changes(gql_create_api_data_push_workspace_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_create_api_data_push_workspace_changes_changes(&value->changes[i]);
    }
    free(value->changes);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_create_api_data_push_workspace_changes_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_create_api_data_push_workspace_changes(const cJSON *json, gql_create_api_data_push_workspace_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE, &list, &count, "pushWorkspaceChanges.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "pushWorkspaceChanges.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_create_api_data_push_workspace_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "pushWorkspaceChanges.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "pushWorkspaceChanges.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_create_api_data_push_workspace_changes_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_create_api_data(gql_create_api_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->push_workspace_changes) free_gql_create_api_data_push_workspace_changes(value->push_workspace_changes);
    free(value->push_workspace_changes);
}

static bool decode_gql_create_api_data(const cJSON *json, gql_create_api_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pushWorkspaceChanges", 0, &value, "pushWorkspaceChanges", err)) return false;
        if (value) {
            out->push_workspace_changes = calloc(1, sizeof *out->push_workspace_changes);
            if (!out->push_workspace_changes) return gql_fail(err, "pushWorkspaceChanges", "is too large");
            if (!decode_gql_create_api_data_push_workspace_changes(value, out->push_workspace_changes, err)) return false;
        }
    }
    return true;
}

bool gql_create_api_decode(const cJSON *data, gql_create_api_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_create_api_data(data, out, err)) return true;
    free_gql_create_api_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_create_api_free(gql_create_api_data *data) {
    free_gql_create_api_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_create_api(const cJSON *data, gql_error *err) {
    gql_create_api_data decoded;
    if (!gql_create_api_decode(data, &decoded, err)) return false;
    gql_create_api_free(&decoded);
    return true;
}

/* ==== CreatePersonalAccessTokenCommandMutation ==== */
static bool validate_gql_create_pat(const cJSON *data, gql_error *err);

const gql_operation gql_create_pat_operation = {
    .name = "CreatePersonalAccessTokenCommandMutation",
    .is_mutation = true,
    .document = "mutation CreatePersonalAccessTokenCommandMutation($input: CreatePersonalAccessTokenInput!) { createPersonalAccessToken(input: $input) { __typename result { __typename token { __typename ... CreatePersonalAccessTokenCommandMutation_PersonalAccessToken } secret } errors { __typename ... UnauthorizedOperation ... Error } } } fragment CreatePersonalAccessTokenCommandMutation_PersonalAccessToken on PersonalAccessToken { id ... PersonalAccessTokenDetailPrompt_PersonalAccessToken } fragment PersonalAccessTokenDetailPrompt_PersonalAccessToken on PersonalAccessToken { id description createdAt expiresAt } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error } fragment Error on Error { message }",
    .validate = validate_gql_create_pat,
};


static void free_gql_create_pat_data_create_personal_access_token_result_token(gql_create_pat_data_create_personal_access_token_result_token *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->description);
    free(value->created_at);
    free(value->expires_at);
}

static bool decode_gql_create_pat_data_create_personal_access_token_result_token(const cJSON *json, gql_create_pat_data_create_personal_access_token_result_token *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createPersonalAccessToken.result.token", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "createPersonalAccessToken.result.token.id", err)) return false;
    if (!gql_read_string(json, "description", 0, &out->description, "createPersonalAccessToken.result.token.description", err)) return false;
    if (!gql_read_string(json, "createdAt", 0, &out->created_at, "createPersonalAccessToken.result.token.createdAt", err)) return false;
    if (!gql_read_string(json, "expiresAt", 0, &out->expires_at, "createPersonalAccessToken.result.token.expiresAt", err)) return false;
    return true;
}

static void free_gql_create_pat_data_create_personal_access_token_result(gql_create_pat_data_create_personal_access_token_result *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->token) free_gql_create_pat_data_create_personal_access_token_result_token(value->token);
    free(value->token);
    free(value->secret);
}

static bool decode_gql_create_pat_data_create_personal_access_token_result(const cJSON *json, gql_create_pat_data_create_personal_access_token_result *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createPersonalAccessToken.result", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "token", 0, &value, "createPersonalAccessToken.result.token", err)) return false;
        if (value) {
            out->token = calloc(1, sizeof *out->token);
            if (!out->token) return gql_fail(err, "createPersonalAccessToken.result.token", "is too large");
            if (!decode_gql_create_pat_data_create_personal_access_token_result_token(value, out->token, err)) return false;
        }
    }
    if (!gql_read_string(json, "secret", 0, &out->secret, "createPersonalAccessToken.result.secret", err)) return false;
    return true;
}

static void free_gql_create_pat_data_create_personal_access_token_errors(gql_create_pat_data_create_personal_access_token_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
}

static bool decode_gql_create_pat_data_create_personal_access_token_errors(const cJSON *json, gql_create_pat_data_create_personal_access_token_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createPersonalAccessToken.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "createPersonalAccessToken.errors.__typename", err)) return false;
    out->kind = GQL_CREATE_PAT_DATA_CREATE_PERSONAL_ACCESS_TOKEN_ERRORS_OTHER;
    if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_CREATE_PAT_DATA_CREATE_PERSONAL_ACCESS_TOKEN_ERRORS_UNAUTHORIZED_OPERATION;
    else if (strcmp(out->typename, "ValidationError") == 0) out->kind = GQL_CREATE_PAT_DATA_CREATE_PERSONAL_ACCESS_TOKEN_ERRORS_VALIDATION_ERROR;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "createPersonalAccessToken.errors.message", err)) return false;
    return true;
}

static void free_gql_create_pat_data_create_personal_access_token(gql_create_pat_data_create_personal_access_token *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->result) free_gql_create_pat_data_create_personal_access_token_result(value->result);
    free(value->result);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_create_pat_data_create_personal_access_token_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_create_pat_data_create_personal_access_token(const cJSON *json, gql_create_pat_data_create_personal_access_token *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createPersonalAccessToken", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "result", GQL_NULLABLE, &value, "createPersonalAccessToken.result", err)) return false;
        if (value) {
            out->result = calloc(1, sizeof *out->result);
            if (!out->result) return gql_fail(err, "createPersonalAccessToken.result", "is too large");
            if (!decode_gql_create_pat_data_create_personal_access_token_result(value, out->result, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "createPersonalAccessToken.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "createPersonalAccessToken.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_create_pat_data_create_personal_access_token_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_create_pat_data(gql_create_pat_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->create_personal_access_token) free_gql_create_pat_data_create_personal_access_token(value->create_personal_access_token);
    free(value->create_personal_access_token);
}

static bool decode_gql_create_pat_data(const cJSON *json, gql_create_pat_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "createPersonalAccessToken", 0, &value, "createPersonalAccessToken", err)) return false;
        if (value) {
            out->create_personal_access_token = calloc(1, sizeof *out->create_personal_access_token);
            if (!out->create_personal_access_token) return gql_fail(err, "createPersonalAccessToken", "is too large");
            if (!decode_gql_create_pat_data_create_personal_access_token(value, out->create_personal_access_token, err)) return false;
        }
    }
    return true;
}

bool gql_create_pat_decode(const cJSON *data, gql_create_pat_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_create_pat_data(data, out, err)) return true;
    free_gql_create_pat_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_create_pat_free(gql_create_pat_data *data) {
    free_gql_create_pat_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_create_pat(const cJSON *data, gql_error *err) {
    gql_create_pat_data decoded;
    if (!gql_create_pat_decode(data, &decoded, err)) return false;
    gql_create_pat_free(&decoded);
    return true;
}

/* ==== CreateWorkspaceCommandMutation ==== */
static bool validate_gql_create_workspace(const cJSON *data, gql_error *err);

const gql_operation gql_create_workspace_operation = {
    .name = "CreateWorkspaceCommandMutation",
    .is_mutation = true,
    .document = "mutation CreateWorkspaceCommandMutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { __typename workspace { __typename id name ... WorkspaceDetailPrompt_Workspace } errors { __typename ... UnauthorizedOperation ... ValidationError ... Error } } } fragment WorkspaceDetailPrompt_Workspace on Workspace { id name personal } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error } fragment Error on Error { message } fragment ValidationError on ValidationError { __typename message errors { __typename message } ... Error }",
    .validate = validate_gql_create_workspace,
};


static void free_gql_create_workspace_data_create_workspace_workspace(gql_create_workspace_data_create_workspace_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_create_workspace_data_create_workspace_workspace(const cJSON *json, gql_create_workspace_data_create_workspace_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createWorkspace.workspace", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "createWorkspace.workspace.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "createWorkspace.workspace.name", err)) return false;
    if (!gql_read_bool(json, "personal", 0, &out->personal, NULL, "createWorkspace.workspace.personal", err)) return false;
    return true;
}

static void free_gql_create_workspace_data_create_workspace_errors_errors(gql_create_workspace_data_create_workspace_errors_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->message);
}

static bool decode_gql_create_workspace_data_create_workspace_errors_errors(const cJSON *json, gql_create_workspace_data_create_workspace_errors_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createWorkspace.errors.errors", "is not an object");
    if (!gql_read_string(json, "message", 0, &out->message, "createWorkspace.errors.errors.message", err)) return false;
    return true;
}

static void free_gql_create_workspace_data_create_workspace_errors(gql_create_workspace_data_create_workspace_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_create_workspace_data_create_workspace_errors_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_create_workspace_data_create_workspace_errors(const cJSON *json, gql_create_workspace_data_create_workspace_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createWorkspace.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "createWorkspace.errors.__typename", err)) return false;
    out->kind = GQL_CREATE_WORKSPACE_DATA_CREATE_WORKSPACE_ERRORS_OTHER;
    if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_CREATE_WORKSPACE_DATA_CREATE_WORKSPACE_ERRORS_UNAUTHORIZED_OPERATION;
    else if (strcmp(out->typename, "ValidationError") == 0) out->kind = GQL_CREATE_WORKSPACE_DATA_CREATE_WORKSPACE_ERRORS_VALIDATION_ERROR;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "createWorkspace.errors.message", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_OPTIONAL, &list, &count, "createWorkspace.errors.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "createWorkspace.errors.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_create_workspace_data_create_workspace_errors_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_create_workspace_data_create_workspace(gql_create_workspace_data_create_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->workspace) free_gql_create_workspace_data_create_workspace_workspace(value->workspace);
    free(value->workspace);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_create_workspace_data_create_workspace_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_create_workspace_data_create_workspace(const cJSON *json, gql_create_workspace_data_create_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createWorkspace", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE, &value, "createWorkspace.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "createWorkspace.workspace", "is too large");
            if (!decode_gql_create_workspace_data_create_workspace_workspace(value, out->workspace, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "createWorkspace.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "createWorkspace.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_create_workspace_data_create_workspace_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_create_workspace_data(gql_create_workspace_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->create_workspace) free_gql_create_workspace_data_create_workspace(value->create_workspace);
    free(value->create_workspace);
}

static bool decode_gql_create_workspace_data(const cJSON *json, gql_create_workspace_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "createWorkspace", 0, &value, "createWorkspace", err)) return false;
        if (value) {
            out->create_workspace = calloc(1, sizeof *out->create_workspace);
            if (!out->create_workspace) return gql_fail(err, "createWorkspace", "is too large");
            if (!decode_gql_create_workspace_data_create_workspace(value, out->create_workspace, err)) return false;
        }
    }
    return true;
}

bool gql_create_workspace_decode(const cJSON *data, gql_create_workspace_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_create_workspace_data(data, out, err)) return true;
    free_gql_create_workspace_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_create_workspace_free(gql_create_workspace_data *data) {
    free_gql_create_workspace_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_create_workspace(const cJSON *data, gql_error *err) {
    gql_create_workspace_data decoded;
    if (!gql_create_workspace_decode(data, &decoded, err)) return false;
    gql_create_workspace_free(&decoded);
    return true;
}

/* ==== DeleteApiCommandQuery ==== */
static bool validate_gql_delete_api_check(const cJSON *data, gql_error *err);

const gql_operation gql_delete_api_check_operation = {
    .name = "DeleteApiCommandQuery",
    .is_mutation = false,
    .document = "query DeleteApiCommandQuery($apiId: ID!) { node(id: $apiId) { __typename ... DeleteApiCommandQuery_Api } } fragment DeleteApiCommandQuery_Api on Api { name version workspace { __typename id } }",
    .validate = validate_gql_delete_api_check,
};


static void free_gql_delete_api_check_data_node_workspace(gql_delete_api_check_data_node_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
}

static bool decode_gql_delete_api_check_data_node_workspace(const cJSON *json, gql_delete_api_check_data_node_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.workspace", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "node.workspace.id", err)) return false;
    return true;
}

static void free_gql_delete_api_check_data_node(gql_delete_api_check_data_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->name);
    free(value->version);
    if (value->workspace) free_gql_delete_api_check_data_node_workspace(value->workspace);
    free(value->workspace);
}

static bool decode_gql_delete_api_check_data_node(const cJSON *json, gql_delete_api_check_data_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "node.__typename", err)) return false;
    out->kind = GQL_DELETE_API_CHECK_DATA_NODE_OTHER;
    if (strcmp(out->typename, "Api") == 0) out->kind = GQL_DELETE_API_CHECK_DATA_NODE_API;
    else if (strcmp(out->typename, "ApiKey") == 0) out->kind = GQL_DELETE_API_CHECK_DATA_NODE_API_KEY;
    else if (strcmp(out->typename, "PersonalAccessToken") == 0) out->kind = GQL_DELETE_API_CHECK_DATA_NODE_PERSONAL_ACCESS_TOKEN;
    else if (strcmp(out->typename, "User") == 0) out->kind = GQL_DELETE_API_CHECK_DATA_NODE_USER;
    else if (strcmp(out->typename, "Workspace") == 0) out->kind = GQL_DELETE_API_CHECK_DATA_NODE_WORKSPACE;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "node.name", err)) return false;
    if (!gql_read_string(json, "version", GQL_OPTIONAL, &out->version, "node.version", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE | GQL_OPTIONAL, &value, "node.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "node.workspace", "is too large");
            if (!decode_gql_delete_api_check_data_node_workspace(value, out->workspace, err)) return false;
        }
    }
    return true;
}

static void free_gql_delete_api_check_data(gql_delete_api_check_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->node) free_gql_delete_api_check_data_node(value->node);
    free(value->node);
}

static bool decode_gql_delete_api_check_data(const cJSON *json, gql_delete_api_check_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "node", "is too large");
            if (!decode_gql_delete_api_check_data_node(value, out->node, err)) return false;
        }
    }
    return true;
}

bool gql_delete_api_check_decode(const cJSON *data, gql_delete_api_check_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_delete_api_check_data(data, out, err)) return true;
    free_gql_delete_api_check_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_delete_api_check_free(gql_delete_api_check_data *data) {
    free_gql_delete_api_check_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_delete_api_check(const cJSON *data, gql_error *err) {
    gql_delete_api_check_data decoded;
    if (!gql_delete_api_check_decode(data, &decoded, err)) return false;
    gql_delete_api_check_free(&decoded);
    return true;
}

/* ==== DeleteApiKeyCommandMutation ==== */
static bool validate_gql_delete_api_key(const cJSON *data, gql_error *err);

const gql_operation gql_delete_api_key_operation = {
    .name = "DeleteApiKeyCommandMutation",
    .is_mutation = true,
    .document = "mutation DeleteApiKeyCommandMutation($input: DeleteApiKeyInput!) { deleteApiKey(input: $input) { __typename apiKey { __typename ... DeleteApiKeyCommand_ApiKey } errors { __typename ... ApiKeyNotFoundError ... Error } } } fragment DeleteApiKeyCommand_ApiKey on ApiKey { id ... ApiKeyDetailPrompt_ApiKey } fragment ApiKeyDetailPrompt_ApiKey on ApiKey { id name workspace { __typename name } } fragment ApiKeyNotFoundError on ApiKeyNotFoundError { __typename message apiKeyId ... Error } fragment Error on Error { message }",
    .validate = validate_gql_delete_api_key,
};


static void free_gql_delete_api_key_data_delete_api_key_api_key_workspace(gql_delete_api_key_data_delete_api_key_api_key_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_delete_api_key_data_delete_api_key_api_key_workspace(const cJSON *json, gql_delete_api_key_data_delete_api_key_api_key_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteApiKey.apiKey.workspace", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "deleteApiKey.apiKey.workspace.name", err)) return false;
    return true;
}

static void free_gql_delete_api_key_data_delete_api_key_api_key(gql_delete_api_key_data_delete_api_key_api_key *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
    if (value->workspace) free_gql_delete_api_key_data_delete_api_key_api_key_workspace(value->workspace);
    free(value->workspace);
}

static bool decode_gql_delete_api_key_data_delete_api_key_api_key(const cJSON *json, gql_delete_api_key_data_delete_api_key_api_key *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteApiKey.apiKey", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "deleteApiKey.apiKey.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "deleteApiKey.apiKey.name", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE, &value, "deleteApiKey.apiKey.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "deleteApiKey.apiKey.workspace", "is too large");
            if (!decode_gql_delete_api_key_data_delete_api_key_api_key_workspace(value, out->workspace, err)) return false;
        }
    }
    return true;
}

static void free_gql_delete_api_key_data_delete_api_key_errors(gql_delete_api_key_data_delete_api_key_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->api_key_id);
}

static bool decode_gql_delete_api_key_data_delete_api_key_errors(const cJSON *json, gql_delete_api_key_data_delete_api_key_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteApiKey.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "deleteApiKey.errors.__typename", err)) return false;
    out->kind = GQL_DELETE_API_KEY_DATA_DELETE_API_KEY_ERRORS_OTHER;
    if (strcmp(out->typename, "ApiKeyNotFoundError") == 0) out->kind = GQL_DELETE_API_KEY_DATA_DELETE_API_KEY_ERRORS_API_KEY_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_DELETE_API_KEY_DATA_DELETE_API_KEY_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "deleteApiKey.errors.message", err)) return false;
    if (!gql_read_string(json, "apiKeyId", GQL_OPTIONAL, &out->api_key_id, "deleteApiKey.errors.apiKeyId", err)) return false;
    return true;
}

static void free_gql_delete_api_key_data_delete_api_key(gql_delete_api_key_data_delete_api_key *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->api_key) free_gql_delete_api_key_data_delete_api_key_api_key(value->api_key);
    free(value->api_key);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_delete_api_key_data_delete_api_key_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_delete_api_key_data_delete_api_key(const cJSON *json, gql_delete_api_key_data_delete_api_key *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteApiKey", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "apiKey", GQL_NULLABLE, &value, "deleteApiKey.apiKey", err)) return false;
        if (value) {
            out->api_key = calloc(1, sizeof *out->api_key);
            if (!out->api_key) return gql_fail(err, "deleteApiKey.apiKey", "is too large");
            if (!decode_gql_delete_api_key_data_delete_api_key_api_key(value, out->api_key, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "deleteApiKey.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "deleteApiKey.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_delete_api_key_data_delete_api_key_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_delete_api_key_data(gql_delete_api_key_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->delete_api_key) free_gql_delete_api_key_data_delete_api_key(value->delete_api_key);
    free(value->delete_api_key);
}

static bool decode_gql_delete_api_key_data(const cJSON *json, gql_delete_api_key_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "deleteApiKey", 0, &value, "deleteApiKey", err)) return false;
        if (value) {
            out->delete_api_key = calloc(1, sizeof *out->delete_api_key);
            if (!out->delete_api_key) return gql_fail(err, "deleteApiKey", "is too large");
            if (!decode_gql_delete_api_key_data_delete_api_key(value, out->delete_api_key, err)) return false;
        }
    }
    return true;
}

bool gql_delete_api_key_decode(const cJSON *data, gql_delete_api_key_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_delete_api_key_data(data, out, err)) return true;
    free_gql_delete_api_key_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_delete_api_key_free(gql_delete_api_key_data *data) {
    free_gql_delete_api_key_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_delete_api_key(const cJSON *data, gql_error *err) {
    gql_delete_api_key_data decoded;
    if (!gql_delete_api_key_decode(data, &decoded, err)) return false;
    gql_delete_api_key_free(&decoded);
    return true;
}

/* ==== DeleteApiCommandMutation ==== */
static bool validate_gql_delete_api(const cJSON *data, gql_error *err);

const gql_operation gql_delete_api_operation = {
    .name = "DeleteApiCommandMutation",
    .is_mutation = true,
    .document = "mutation DeleteApiCommandMutation($apiId: ID!) { deleteApiById(input: { apiId: $apiId }) { __typename api { __typename name ... ApiDetailPrompt_Api } errors { __typename ... Error } } } fragment ApiDetailPrompt_Api on Api { id name path workspace { __typename id name } settings { __typename schemaRegistry { __typename treatDangerousAsBreaking allowBreakingSchemaChanges } } } fragment Error on Error { message }",
    .validate = validate_gql_delete_api,
};


static void free_gql_delete_api_data_delete_api_by_id_api_workspace(gql_delete_api_data_delete_api_by_id_api_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_delete_api_data_delete_api_by_id_api_workspace(const cJSON *json, gql_delete_api_data_delete_api_by_id_api_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteApiById.api.workspace", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "deleteApiById.api.workspace.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "deleteApiById.api.workspace.name", err)) return false;
    return true;
}

static void free_gql_delete_api_data_delete_api_by_id_api_settings_schema_registry(gql_delete_api_data_delete_api_by_id_api_settings_schema_registry *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_delete_api_data_delete_api_by_id_api_settings_schema_registry(const cJSON *json, gql_delete_api_data_delete_api_by_id_api_settings_schema_registry *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteApiById.api.settings.schemaRegistry", "is not an object");
    if (!gql_read_bool(json, "treatDangerousAsBreaking", 0, &out->treat_dangerous_as_breaking, NULL, "deleteApiById.api.settings.schemaRegistry.treatDangerousAsBreaking", err)) return false;
    if (!gql_read_bool(json, "allowBreakingSchemaChanges", 0, &out->allow_breaking_schema_changes, NULL, "deleteApiById.api.settings.schemaRegistry.allowBreakingSchemaChanges", err)) return false;
    return true;
}

static void free_gql_delete_api_data_delete_api_by_id_api_settings(gql_delete_api_data_delete_api_by_id_api_settings *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->schema_registry) free_gql_delete_api_data_delete_api_by_id_api_settings_schema_registry(value->schema_registry);
    free(value->schema_registry);
}

static bool decode_gql_delete_api_data_delete_api_by_id_api_settings(const cJSON *json, gql_delete_api_data_delete_api_by_id_api_settings *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteApiById.api.settings", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "schemaRegistry", 0, &value, "deleteApiById.api.settings.schemaRegistry", err)) return false;
        if (value) {
            out->schema_registry = calloc(1, sizeof *out->schema_registry);
            if (!out->schema_registry) return gql_fail(err, "deleteApiById.api.settings.schemaRegistry", "is too large");
            if (!decode_gql_delete_api_data_delete_api_by_id_api_settings_schema_registry(value, out->schema_registry, err)) return false;
        }
    }
    return true;
}

static void free_gql_delete_api_data_delete_api_by_id_api(gql_delete_api_data_delete_api_by_id_api *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
    free(value->id);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    if (value->workspace) free_gql_delete_api_data_delete_api_by_id_api_workspace(value->workspace);
    free(value->workspace);
    if (value->settings) free_gql_delete_api_data_delete_api_by_id_api_settings(value->settings);
    free(value->settings);
}

static bool decode_gql_delete_api_data_delete_api_by_id_api(const cJSON *json, gql_delete_api_data_delete_api_by_id_api *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteApiById.api", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "deleteApiById.api.name", err)) return false;
    if (!gql_read_string(json, "id", 0, &out->id, "deleteApiById.api.id", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", 0, &list, &count, "deleteApiById.api.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "deleteApiById.api.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "deleteApiById.api.path", err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE, &value, "deleteApiById.api.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "deleteApiById.api.workspace", "is too large");
            if (!decode_gql_delete_api_data_delete_api_by_id_api_workspace(value, out->workspace, err)) return false;
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "settings", 0, &value, "deleteApiById.api.settings", err)) return false;
        if (value) {
            out->settings = calloc(1, sizeof *out->settings);
            if (!out->settings) return gql_fail(err, "deleteApiById.api.settings", "is too large");
            if (!decode_gql_delete_api_data_delete_api_by_id_api_settings(value, out->settings, err)) return false;
        }
    }
    return true;
}

static void free_gql_delete_api_data_delete_api_by_id_errors(gql_delete_api_data_delete_api_by_id_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
}

static bool decode_gql_delete_api_data_delete_api_by_id_errors(const cJSON *json, gql_delete_api_data_delete_api_by_id_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteApiById.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "deleteApiById.errors.__typename", err)) return false;
    out->kind = GQL_DELETE_API_DATA_DELETE_API_BY_ID_ERRORS_OTHER;
    if (strcmp(out->typename, "ApiDeletionFailedError") == 0) out->kind = GQL_DELETE_API_DATA_DELETE_API_BY_ID_ERRORS_API_DELETION_FAILED_ERROR;
    else if (strcmp(out->typename, "ApiNotFoundError") == 0) out->kind = GQL_DELETE_API_DATA_DELETE_API_BY_ID_ERRORS_API_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_DELETE_API_DATA_DELETE_API_BY_ID_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "deleteApiById.errors.message", err)) return false;
    return true;
}

static void free_gql_delete_api_data_delete_api_by_id(gql_delete_api_data_delete_api_by_id *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->api) free_gql_delete_api_data_delete_api_by_id_api(value->api);
    free(value->api);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_delete_api_data_delete_api_by_id_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_delete_api_data_delete_api_by_id(const cJSON *json, gql_delete_api_data_delete_api_by_id *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteApiById", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "api", GQL_NULLABLE, &value, "deleteApiById.api", err)) return false;
        if (value) {
            out->api = calloc(1, sizeof *out->api);
            if (!out->api) return gql_fail(err, "deleteApiById.api", "is too large");
            if (!decode_gql_delete_api_data_delete_api_by_id_api(value, out->api, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "deleteApiById.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "deleteApiById.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_delete_api_data_delete_api_by_id_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_delete_api_data(gql_delete_api_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->delete_api_by_id) free_gql_delete_api_data_delete_api_by_id(value->delete_api_by_id);
    free(value->delete_api_by_id);
}

static bool decode_gql_delete_api_data(const cJSON *json, gql_delete_api_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "deleteApiById", 0, &value, "deleteApiById", err)) return false;
        if (value) {
            out->delete_api_by_id = calloc(1, sizeof *out->delete_api_by_id);
            if (!out->delete_api_by_id) return gql_fail(err, "deleteApiById", "is too large");
            if (!decode_gql_delete_api_data_delete_api_by_id(value, out->delete_api_by_id, err)) return false;
        }
    }
    return true;
}

bool gql_delete_api_decode(const cJSON *data, gql_delete_api_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_delete_api_data(data, out, err)) return true;
    free_gql_delete_api_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_delete_api_free(gql_delete_api_data *data) {
    free_gql_delete_api_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_delete_api(const cJSON *data, gql_error *err) {
    gql_delete_api_data decoded;
    if (!gql_delete_api_decode(data, &decoded, err)) return false;
    gql_delete_api_free(&decoded);
    return true;
}

/* ==== ListApiKeyCommandQuery ==== */
static bool validate_gql_list_api_keys(const cJSON *data, gql_error *err);

const gql_operation gql_list_api_keys_operation = {
    .name = "ListApiKeyCommandQuery",
    .is_mutation = false,
    .document = "query ListApiKeyCommandQuery($workspaceId: ID!, $after: String, $first: Int) { workspaceById(workspaceId: $workspaceId) { __typename apiKeys(after: $after, first: $first) { __typename edges { __typename ... ListApiKeyCommand_ApiKeyEdge } pageInfo { __typename ... PageInfo } } } } fragment ListApiKeyCommand_ApiKeyEdge on ApiKeysEdge { cursor node { __typename ... ListApiKeyCommand_ApiKey } } fragment ListApiKeyCommand_ApiKey on ApiKey { id name ... ApiKeyDetailPrompt_ApiKey } fragment ApiKeyDetailPrompt_ApiKey on ApiKey { id name workspace { __typename name } } fragment PageInfo on PageInfo { hasPreviousPage hasNextPage endCursor startCursor }",
    .validate = validate_gql_list_api_keys,
};


static void free_gql_list_api_keys_data_workspace_by_id_api_keys_edges_node_workspace(gql_list_api_keys_data_workspace_by_id_api_keys_edges_node_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_list_api_keys_data_workspace_by_id_api_keys_edges_node_workspace(const cJSON *json, gql_list_api_keys_data_workspace_by_id_api_keys_edges_node_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apiKeys.edges.node.workspace", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "workspaceById.apiKeys.edges.node.workspace.name", err)) return false;
    return true;
}

static void free_gql_list_api_keys_data_workspace_by_id_api_keys_edges_node(gql_list_api_keys_data_workspace_by_id_api_keys_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
    if (value->workspace) free_gql_list_api_keys_data_workspace_by_id_api_keys_edges_node_workspace(value->workspace);
    free(value->workspace);
}

static bool decode_gql_list_api_keys_data_workspace_by_id_api_keys_edges_node(const cJSON *json, gql_list_api_keys_data_workspace_by_id_api_keys_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apiKeys.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "workspaceById.apiKeys.edges.node.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "workspaceById.apiKeys.edges.node.name", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE, &value, "workspaceById.apiKeys.edges.node.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "workspaceById.apiKeys.edges.node.workspace", "is too large");
            if (!decode_gql_list_api_keys_data_workspace_by_id_api_keys_edges_node_workspace(value, out->workspace, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_api_keys_data_workspace_by_id_api_keys_edges(gql_list_api_keys_data_workspace_by_id_api_keys_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_list_api_keys_data_workspace_by_id_api_keys_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_list_api_keys_data_workspace_by_id_api_keys_edges(const cJSON *json, gql_list_api_keys_data_workspace_by_id_api_keys_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apiKeys.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "workspaceById.apiKeys.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", 0, &value, "workspaceById.apiKeys.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "workspaceById.apiKeys.edges.node", "is too large");
            if (!decode_gql_list_api_keys_data_workspace_by_id_api_keys_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_api_keys_data_workspace_by_id_api_keys_page_info(gql_list_api_keys_data_workspace_by_id_api_keys_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
    free(value->start_cursor);
}

static bool decode_gql_list_api_keys_data_workspace_by_id_api_keys_page_info(const cJSON *json, gql_list_api_keys_data_workspace_by_id_api_keys_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apiKeys.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasPreviousPage", 0, &out->has_previous_page, NULL, "workspaceById.apiKeys.pageInfo.hasPreviousPage", err)) return false;
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "workspaceById.apiKeys.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "workspaceById.apiKeys.pageInfo.endCursor", err)) return false;
    if (!gql_read_string(json, "startCursor", GQL_NULLABLE, &out->start_cursor, "workspaceById.apiKeys.pageInfo.startCursor", err)) return false;
    return true;
}

static void free_gql_list_api_keys_data_workspace_by_id_api_keys(gql_list_api_keys_data_workspace_by_id_api_keys *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_list_api_keys_data_workspace_by_id_api_keys_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_list_api_keys_data_workspace_by_id_api_keys_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_list_api_keys_data_workspace_by_id_api_keys(const cJSON *json, gql_list_api_keys_data_workspace_by_id_api_keys *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apiKeys", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "workspaceById.apiKeys.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "workspaceById.apiKeys.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_list_api_keys_data_workspace_by_id_api_keys_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", 0, &value, "workspaceById.apiKeys.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "workspaceById.apiKeys.pageInfo", "is too large");
            if (!decode_gql_list_api_keys_data_workspace_by_id_api_keys_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_api_keys_data_workspace_by_id(gql_list_api_keys_data_workspace_by_id *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->api_keys) free_gql_list_api_keys_data_workspace_by_id_api_keys(value->api_keys);
    free(value->api_keys);
}

static bool decode_gql_list_api_keys_data_workspace_by_id(const cJSON *json, gql_list_api_keys_data_workspace_by_id *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "apiKeys", GQL_NULLABLE, &value, "workspaceById.apiKeys", err)) return false;
        if (value) {
            out->api_keys = calloc(1, sizeof *out->api_keys);
            if (!out->api_keys) return gql_fail(err, "workspaceById.apiKeys", "is too large");
            if (!decode_gql_list_api_keys_data_workspace_by_id_api_keys(value, out->api_keys, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_api_keys_data(gql_list_api_keys_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->workspace_by_id) free_gql_list_api_keys_data_workspace_by_id(value->workspace_by_id);
    free(value->workspace_by_id);
}

static bool decode_gql_list_api_keys_data(const cJSON *json, gql_list_api_keys_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspaceById", GQL_NULLABLE, &value, "workspaceById", err)) return false;
        if (value) {
            out->workspace_by_id = calloc(1, sizeof *out->workspace_by_id);
            if (!out->workspace_by_id) return gql_fail(err, "workspaceById", "is too large");
            if (!decode_gql_list_api_keys_data_workspace_by_id(value, out->workspace_by_id, err)) return false;
        }
    }
    return true;
}

bool gql_list_api_keys_decode(const cJSON *data, gql_list_api_keys_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_list_api_keys_data(data, out, err)) return true;
    free_gql_list_api_keys_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_list_api_keys_free(gql_list_api_keys_data *data) {
    free_gql_list_api_keys_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_list_api_keys(const cJSON *data, gql_error *err) {
    gql_list_api_keys_data decoded;
    if (!gql_list_api_keys_decode(data, &decoded, err)) return false;
    gql_list_api_keys_free(&decoded);
    return true;
}

/* ==== ListApiCommandQuery ==== */
static bool validate_gql_list_apis(const cJSON *data, gql_error *err);

const gql_operation gql_list_apis_operation = {
    .name = "ListApiCommandQuery",
    .is_mutation = false,
    .document = "query ListApiCommandQuery($workspaceId: ID!, $after: Version, $first: Int) { workspaceById(workspaceId: $workspaceId) { __typename apis(after: $after, first: $first) { __typename edges { __typename ... ListApiCommand_ApiEdge } pageInfo { __typename ... PageInfo } } } } fragment ListApiCommand_ApiEdge on ApisEdge { cursor node { __typename ... ListApiCommand_Api } } fragment ListApiCommand_Api on Api { id name path ... ApiDetailPrompt_Api } fragment ApiDetailPrompt_Api on Api { id name path workspace { __typename id name } settings { __typename schemaRegistry { __typename treatDangerousAsBreaking allowBreakingSchemaChanges } } } fragment PageInfo on PageInfo { hasPreviousPage hasNextPage endCursor startCursor }",
    .validate = validate_gql_list_apis,
};


static void free_gql_list_apis_data_workspace_by_id_apis_edges_node_workspace(gql_list_apis_data_workspace_by_id_apis_edges_node_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_list_apis_data_workspace_by_id_apis_edges_node_workspace(const cJSON *json, gql_list_apis_data_workspace_by_id_apis_edges_node_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis.edges.node.workspace", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "workspaceById.apis.edges.node.workspace.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "workspaceById.apis.edges.node.workspace.name", err)) return false;
    return true;
}

static void free_gql_list_apis_data_workspace_by_id_apis_edges_node_settings_schema_registry(gql_list_apis_data_workspace_by_id_apis_edges_node_settings_schema_registry *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_list_apis_data_workspace_by_id_apis_edges_node_settings_schema_registry(const cJSON *json, gql_list_apis_data_workspace_by_id_apis_edges_node_settings_schema_registry *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis.edges.node.settings.schemaRegistry", "is not an object");
    if (!gql_read_bool(json, "treatDangerousAsBreaking", 0, &out->treat_dangerous_as_breaking, NULL, "workspaceById.apis.edges.node.settings.schemaRegistry.treatDangerousAsBreaking", err)) return false;
    if (!gql_read_bool(json, "allowBreakingSchemaChanges", 0, &out->allow_breaking_schema_changes, NULL, "workspaceById.apis.edges.node.settings.schemaRegistry.allowBreakingSchemaChanges", err)) return false;
    return true;
}

static void free_gql_list_apis_data_workspace_by_id_apis_edges_node_settings(gql_list_apis_data_workspace_by_id_apis_edges_node_settings *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->schema_registry) free_gql_list_apis_data_workspace_by_id_apis_edges_node_settings_schema_registry(value->schema_registry);
    free(value->schema_registry);
}

static bool decode_gql_list_apis_data_workspace_by_id_apis_edges_node_settings(const cJSON *json, gql_list_apis_data_workspace_by_id_apis_edges_node_settings *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis.edges.node.settings", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "schemaRegistry", 0, &value, "workspaceById.apis.edges.node.settings.schemaRegistry", err)) return false;
        if (value) {
            out->schema_registry = calloc(1, sizeof *out->schema_registry);
            if (!out->schema_registry) return gql_fail(err, "workspaceById.apis.edges.node.settings.schemaRegistry", "is too large");
            if (!decode_gql_list_apis_data_workspace_by_id_apis_edges_node_settings_schema_registry(value, out->schema_registry, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_apis_data_workspace_by_id_apis_edges_node(gql_list_apis_data_workspace_by_id_apis_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    if (value->workspace) free_gql_list_apis_data_workspace_by_id_apis_edges_node_workspace(value->workspace);
    free(value->workspace);
    if (value->settings) free_gql_list_apis_data_workspace_by_id_apis_edges_node_settings(value->settings);
    free(value->settings);
}

static bool decode_gql_list_apis_data_workspace_by_id_apis_edges_node(const cJSON *json, gql_list_apis_data_workspace_by_id_apis_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "workspaceById.apis.edges.node.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "workspaceById.apis.edges.node.name", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", 0, &list, &count, "workspaceById.apis.edges.node.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "workspaceById.apis.edges.node.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "workspaceById.apis.edges.node.path", err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE, &value, "workspaceById.apis.edges.node.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "workspaceById.apis.edges.node.workspace", "is too large");
            if (!decode_gql_list_apis_data_workspace_by_id_apis_edges_node_workspace(value, out->workspace, err)) return false;
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "settings", 0, &value, "workspaceById.apis.edges.node.settings", err)) return false;
        if (value) {
            out->settings = calloc(1, sizeof *out->settings);
            if (!out->settings) return gql_fail(err, "workspaceById.apis.edges.node.settings", "is too large");
            if (!decode_gql_list_apis_data_workspace_by_id_apis_edges_node_settings(value, out->settings, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_apis_data_workspace_by_id_apis_edges(gql_list_apis_data_workspace_by_id_apis_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_list_apis_data_workspace_by_id_apis_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_list_apis_data_workspace_by_id_apis_edges(const cJSON *json, gql_list_apis_data_workspace_by_id_apis_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "workspaceById.apis.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", 0, &value, "workspaceById.apis.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "workspaceById.apis.edges.node", "is too large");
            if (!decode_gql_list_apis_data_workspace_by_id_apis_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_apis_data_workspace_by_id_apis_page_info(gql_list_apis_data_workspace_by_id_apis_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
    free(value->start_cursor);
}

static bool decode_gql_list_apis_data_workspace_by_id_apis_page_info(const cJSON *json, gql_list_apis_data_workspace_by_id_apis_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasPreviousPage", 0, &out->has_previous_page, NULL, "workspaceById.apis.pageInfo.hasPreviousPage", err)) return false;
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "workspaceById.apis.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "workspaceById.apis.pageInfo.endCursor", err)) return false;
    if (!gql_read_string(json, "startCursor", GQL_NULLABLE, &out->start_cursor, "workspaceById.apis.pageInfo.startCursor", err)) return false;
    return true;
}

static void free_gql_list_apis_data_workspace_by_id_apis(gql_list_apis_data_workspace_by_id_apis *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_list_apis_data_workspace_by_id_apis_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_list_apis_data_workspace_by_id_apis_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_list_apis_data_workspace_by_id_apis(const cJSON *json, gql_list_apis_data_workspace_by_id_apis *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "workspaceById.apis.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "workspaceById.apis.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_list_apis_data_workspace_by_id_apis_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", 0, &value, "workspaceById.apis.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "workspaceById.apis.pageInfo", "is too large");
            if (!decode_gql_list_apis_data_workspace_by_id_apis_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_apis_data_workspace_by_id(gql_list_apis_data_workspace_by_id *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->apis) free_gql_list_apis_data_workspace_by_id_apis(value->apis);
    free(value->apis);
}

static bool decode_gql_list_apis_data_workspace_by_id(const cJSON *json, gql_list_apis_data_workspace_by_id *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "apis", GQL_NULLABLE, &value, "workspaceById.apis", err)) return false;
        if (value) {
            out->apis = calloc(1, sizeof *out->apis);
            if (!out->apis) return gql_fail(err, "workspaceById.apis", "is too large");
            if (!decode_gql_list_apis_data_workspace_by_id_apis(value, out->apis, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_apis_data(gql_list_apis_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->workspace_by_id) free_gql_list_apis_data_workspace_by_id(value->workspace_by_id);
    free(value->workspace_by_id);
}

static bool decode_gql_list_apis_data(const cJSON *json, gql_list_apis_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspaceById", GQL_NULLABLE, &value, "workspaceById", err)) return false;
        if (value) {
            out->workspace_by_id = calloc(1, sizeof *out->workspace_by_id);
            if (!out->workspace_by_id) return gql_fail(err, "workspaceById", "is too large");
            if (!decode_gql_list_apis_data_workspace_by_id(value, out->workspace_by_id, err)) return false;
        }
    }
    return true;
}

bool gql_list_apis_decode(const cJSON *data, gql_list_apis_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_list_apis_data(data, out, err)) return true;
    free_gql_list_apis_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_list_apis_free(gql_list_apis_data *data) {
    free_gql_list_apis_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_list_apis(const cJSON *data, gql_error *err) {
    gql_list_apis_data decoded;
    if (!gql_list_apis_decode(data, &decoded, err)) return false;
    gql_list_apis_free(&decoded);
    return true;
}

/* ==== ListPersonalAccessTokenCommandQuery ==== */
static bool validate_gql_list_pats(const cJSON *data, gql_error *err);

const gql_operation gql_list_pats_operation = {
    .name = "ListPersonalAccessTokenCommandQuery",
    .is_mutation = false,
    .document = "query ListPersonalAccessTokenCommandQuery($after: String, $first: Int) { me { __typename personalAccessTokens(after: $after, first: $first) { __typename edges { __typename ... ListPersonalAccessTokenCommand_PersonalAccessTokenEdge } pageInfo { __typename ... PageInfo } } } } fragment ListPersonalAccessTokenCommand_PersonalAccessTokenEdge on PersonalAccessTokensEdge { cursor node { __typename ... ListPersonalAccessTokenCommand_PersonalAccessToken } } fragment ListPersonalAccessTokenCommand_PersonalAccessToken on PersonalAccessToken { id description expiresAt createdAt ... PersonalAccessTokenDetailPrompt_PersonalAccessToken } fragment PersonalAccessTokenDetailPrompt_PersonalAccessToken on PersonalAccessToken { id description createdAt expiresAt } fragment PageInfo on PageInfo { hasPreviousPage hasNextPage endCursor startCursor }",
    .validate = validate_gql_list_pats,
};


static void free_gql_list_pats_data_me_personal_access_tokens_edges_node(gql_list_pats_data_me_personal_access_tokens_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->description);
    free(value->expires_at);
    free(value->created_at);
}

static bool decode_gql_list_pats_data_me_personal_access_tokens_edges_node(const cJSON *json, gql_list_pats_data_me_personal_access_tokens_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.personalAccessTokens.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "me.personalAccessTokens.edges.node.id", err)) return false;
    if (!gql_read_string(json, "description", 0, &out->description, "me.personalAccessTokens.edges.node.description", err)) return false;
    if (!gql_read_string(json, "expiresAt", 0, &out->expires_at, "me.personalAccessTokens.edges.node.expiresAt", err)) return false;
    if (!gql_read_string(json, "createdAt", 0, &out->created_at, "me.personalAccessTokens.edges.node.createdAt", err)) return false;
    return true;
}

static void free_gql_list_pats_data_me_personal_access_tokens_edges(gql_list_pats_data_me_personal_access_tokens_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_list_pats_data_me_personal_access_tokens_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_list_pats_data_me_personal_access_tokens_edges(const cJSON *json, gql_list_pats_data_me_personal_access_tokens_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.personalAccessTokens.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "me.personalAccessTokens.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", 0, &value, "me.personalAccessTokens.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "me.personalAccessTokens.edges.node", "is too large");
            if (!decode_gql_list_pats_data_me_personal_access_tokens_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_pats_data_me_personal_access_tokens_page_info(gql_list_pats_data_me_personal_access_tokens_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
    free(value->start_cursor);
}

static bool decode_gql_list_pats_data_me_personal_access_tokens_page_info(const cJSON *json, gql_list_pats_data_me_personal_access_tokens_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.personalAccessTokens.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasPreviousPage", 0, &out->has_previous_page, NULL, "me.personalAccessTokens.pageInfo.hasPreviousPage", err)) return false;
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "me.personalAccessTokens.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "me.personalAccessTokens.pageInfo.endCursor", err)) return false;
    if (!gql_read_string(json, "startCursor", GQL_NULLABLE, &out->start_cursor, "me.personalAccessTokens.pageInfo.startCursor", err)) return false;
    return true;
}

static void free_gql_list_pats_data_me_personal_access_tokens(gql_list_pats_data_me_personal_access_tokens *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_list_pats_data_me_personal_access_tokens_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_list_pats_data_me_personal_access_tokens_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_list_pats_data_me_personal_access_tokens(const cJSON *json, gql_list_pats_data_me_personal_access_tokens *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.personalAccessTokens", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "me.personalAccessTokens.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "me.personalAccessTokens.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_list_pats_data_me_personal_access_tokens_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", 0, &value, "me.personalAccessTokens.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "me.personalAccessTokens.pageInfo", "is too large");
            if (!decode_gql_list_pats_data_me_personal_access_tokens_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_pats_data_me(gql_list_pats_data_me *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->personal_access_tokens) free_gql_list_pats_data_me_personal_access_tokens(value->personal_access_tokens);
    free(value->personal_access_tokens);
}

static bool decode_gql_list_pats_data_me(const cJSON *json, gql_list_pats_data_me *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "personalAccessTokens", GQL_NULLABLE, &value, "me.personalAccessTokens", err)) return false;
        if (value) {
            out->personal_access_tokens = calloc(1, sizeof *out->personal_access_tokens);
            if (!out->personal_access_tokens) return gql_fail(err, "me.personalAccessTokens", "is too large");
            if (!decode_gql_list_pats_data_me_personal_access_tokens(value, out->personal_access_tokens, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_pats_data(gql_list_pats_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->me) free_gql_list_pats_data_me(value->me);
    free(value->me);
}

static bool decode_gql_list_pats_data(const cJSON *json, gql_list_pats_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "me", GQL_NULLABLE, &value, "me", err)) return false;
        if (value) {
            out->me = calloc(1, sizeof *out->me);
            if (!out->me) return gql_fail(err, "me", "is too large");
            if (!decode_gql_list_pats_data_me(value, out->me, err)) return false;
        }
    }
    return true;
}

bool gql_list_pats_decode(const cJSON *data, gql_list_pats_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_list_pats_data(data, out, err)) return true;
    free_gql_list_pats_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_list_pats_free(gql_list_pats_data *data) {
    free_gql_list_pats_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_list_pats(const cJSON *data, gql_error *err) {
    gql_list_pats_data decoded;
    if (!gql_list_pats_decode(data, &decoded, err)) return false;
    gql_list_pats_free(&decoded);
    return true;
}

/* ==== ListWorkspaceCommandQuery ==== */
static bool validate_gql_list_workspaces(const cJSON *data, gql_error *err);

const gql_operation gql_list_workspaces_operation = {
    .name = "ListWorkspaceCommandQuery",
    .is_mutation = false,
    .document = "query ListWorkspaceCommandQuery($after: String, $first: Int) { me { __typename workspaces(after: $after, first: $first) { __typename edges { __typename ... ListWorkspaceCommand_WorkspaceEdge } pageInfo { __typename ... PageInfo } } } } fragment ListWorkspaceCommand_WorkspaceEdge on WorkspacesEdge { cursor node { __typename ... ListWorkspaceCommand_Workspace } } fragment ListWorkspaceCommand_Workspace on Workspace { id name personal ... WorkspaceDetailPrompt_Workspace } fragment WorkspaceDetailPrompt_Workspace on Workspace { id name personal } fragment PageInfo on PageInfo { hasPreviousPage hasNextPage endCursor startCursor }",
    .validate = validate_gql_list_workspaces,
};


static void free_gql_list_workspaces_data_me_workspaces_edges_node(gql_list_workspaces_data_me_workspaces_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_list_workspaces_data_me_workspaces_edges_node(const cJSON *json, gql_list_workspaces_data_me_workspaces_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.workspaces.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "me.workspaces.edges.node.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "me.workspaces.edges.node.name", err)) return false;
    if (!gql_read_bool(json, "personal", 0, &out->personal, NULL, "me.workspaces.edges.node.personal", err)) return false;
    return true;
}

static void free_gql_list_workspaces_data_me_workspaces_edges(gql_list_workspaces_data_me_workspaces_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_list_workspaces_data_me_workspaces_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_list_workspaces_data_me_workspaces_edges(const cJSON *json, gql_list_workspaces_data_me_workspaces_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.workspaces.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "me.workspaces.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", 0, &value, "me.workspaces.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "me.workspaces.edges.node", "is too large");
            if (!decode_gql_list_workspaces_data_me_workspaces_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_workspaces_data_me_workspaces_page_info(gql_list_workspaces_data_me_workspaces_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
    free(value->start_cursor);
}

static bool decode_gql_list_workspaces_data_me_workspaces_page_info(const cJSON *json, gql_list_workspaces_data_me_workspaces_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.workspaces.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasPreviousPage", 0, &out->has_previous_page, NULL, "me.workspaces.pageInfo.hasPreviousPage", err)) return false;
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "me.workspaces.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "me.workspaces.pageInfo.endCursor", err)) return false;
    if (!gql_read_string(json, "startCursor", GQL_NULLABLE, &out->start_cursor, "me.workspaces.pageInfo.startCursor", err)) return false;
    return true;
}

static void free_gql_list_workspaces_data_me_workspaces(gql_list_workspaces_data_me_workspaces *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_list_workspaces_data_me_workspaces_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_list_workspaces_data_me_workspaces_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_list_workspaces_data_me_workspaces(const cJSON *json, gql_list_workspaces_data_me_workspaces *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.workspaces", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "me.workspaces.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "me.workspaces.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_list_workspaces_data_me_workspaces_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", 0, &value, "me.workspaces.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "me.workspaces.pageInfo", "is too large");
            if (!decode_gql_list_workspaces_data_me_workspaces_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_workspaces_data_me(gql_list_workspaces_data_me *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->workspaces) free_gql_list_workspaces_data_me_workspaces(value->workspaces);
    free(value->workspaces);
}

static bool decode_gql_list_workspaces_data_me(const cJSON *json, gql_list_workspaces_data_me *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspaces", GQL_NULLABLE, &value, "me.workspaces", err)) return false;
        if (value) {
            out->workspaces = calloc(1, sizeof *out->workspaces);
            if (!out->workspaces) return gql_fail(err, "me.workspaces", "is too large");
            if (!decode_gql_list_workspaces_data_me_workspaces(value, out->workspaces, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_workspaces_data(gql_list_workspaces_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->me) free_gql_list_workspaces_data_me(value->me);
    free(value->me);
}

static bool decode_gql_list_workspaces_data(const cJSON *json, gql_list_workspaces_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "me", GQL_NULLABLE, &value, "me", err)) return false;
        if (value) {
            out->me = calloc(1, sizeof *out->me);
            if (!out->me) return gql_fail(err, "me", "is too large");
            if (!decode_gql_list_workspaces_data_me(value, out->me, err)) return false;
        }
    }
    return true;
}

bool gql_list_workspaces_decode(const cJSON *data, gql_list_workspaces_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_list_workspaces_data(data, out, err)) return true;
    free_gql_list_workspaces_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_list_workspaces_free(gql_list_workspaces_data *data) {
    free_gql_list_workspaces_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_list_workspaces(const cJSON *data, gql_error *err) {
    gql_list_workspaces_data decoded;
    if (!gql_list_workspaces_decode(data, &decoded, err)) return false;
    gql_list_workspaces_free(&decoded);
    return true;
}

/* ==== RevokePersonalAccessTokenCommandMutation ==== */
static bool validate_gql_revoke_pat(const cJSON *data, gql_error *err);

const gql_operation gql_revoke_pat_operation = {
    .name = "RevokePersonalAccessTokenCommandMutation",
    .is_mutation = true,
    .document = "mutation RevokePersonalAccessTokenCommandMutation($input: RevokePersonalAccessTokenInput!) { revokePersonalAccessToken(input: $input) { __typename personalAccessToken { __typename ... RevokePersonalAccessTokenCommand_PersonalAccessToken } errors { __typename ... PersonalAccessTokenNotFoundError ... Error } } } fragment RevokePersonalAccessTokenCommand_PersonalAccessToken on PersonalAccessToken { id description ... PersonalAccessTokenDetailPrompt_PersonalAccessToken } fragment PersonalAccessTokenDetailPrompt_PersonalAccessToken on PersonalAccessToken { id description createdAt expiresAt } fragment PersonalAccessTokenNotFoundError on PersonalAccessTokenNotFoundError { __typename message ... Error } fragment Error on Error { message }",
    .validate = validate_gql_revoke_pat,
};


static void free_gql_revoke_pat_data_revoke_personal_access_token_personal_access_token(gql_revoke_pat_data_revoke_personal_access_token_personal_access_token *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->description);
    free(value->created_at);
    free(value->expires_at);
}

static bool decode_gql_revoke_pat_data_revoke_personal_access_token_personal_access_token(const cJSON *json, gql_revoke_pat_data_revoke_personal_access_token_personal_access_token *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "revokePersonalAccessToken.personalAccessToken", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "revokePersonalAccessToken.personalAccessToken.id", err)) return false;
    if (!gql_read_string(json, "description", 0, &out->description, "revokePersonalAccessToken.personalAccessToken.description", err)) return false;
    if (!gql_read_string(json, "createdAt", 0, &out->created_at, "revokePersonalAccessToken.personalAccessToken.createdAt", err)) return false;
    if (!gql_read_string(json, "expiresAt", 0, &out->expires_at, "revokePersonalAccessToken.personalAccessToken.expiresAt", err)) return false;
    return true;
}

static void free_gql_revoke_pat_data_revoke_personal_access_token_errors(gql_revoke_pat_data_revoke_personal_access_token_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
}

static bool decode_gql_revoke_pat_data_revoke_personal_access_token_errors(const cJSON *json, gql_revoke_pat_data_revoke_personal_access_token_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "revokePersonalAccessToken.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "revokePersonalAccessToken.errors.__typename", err)) return false;
    out->kind = GQL_REVOKE_PAT_DATA_REVOKE_PERSONAL_ACCESS_TOKEN_ERRORS_OTHER;
    if (strcmp(out->typename, "PersonalAccessTokenNotFoundError") == 0) out->kind = GQL_REVOKE_PAT_DATA_REVOKE_PERSONAL_ACCESS_TOKEN_ERRORS_PERSONAL_ACCESS_TOKEN_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_REVOKE_PAT_DATA_REVOKE_PERSONAL_ACCESS_TOKEN_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "revokePersonalAccessToken.errors.message", err)) return false;
    return true;
}

static void free_gql_revoke_pat_data_revoke_personal_access_token(gql_revoke_pat_data_revoke_personal_access_token *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->personal_access_token) free_gql_revoke_pat_data_revoke_personal_access_token_personal_access_token(value->personal_access_token);
    free(value->personal_access_token);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_revoke_pat_data_revoke_personal_access_token_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_revoke_pat_data_revoke_personal_access_token(const cJSON *json, gql_revoke_pat_data_revoke_personal_access_token *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "revokePersonalAccessToken", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "personalAccessToken", GQL_NULLABLE, &value, "revokePersonalAccessToken.personalAccessToken", err)) return false;
        if (value) {
            out->personal_access_token = calloc(1, sizeof *out->personal_access_token);
            if (!out->personal_access_token) return gql_fail(err, "revokePersonalAccessToken.personalAccessToken", "is too large");
            if (!decode_gql_revoke_pat_data_revoke_personal_access_token_personal_access_token(value, out->personal_access_token, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "revokePersonalAccessToken.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "revokePersonalAccessToken.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_revoke_pat_data_revoke_personal_access_token_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_revoke_pat_data(gql_revoke_pat_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->revoke_personal_access_token) free_gql_revoke_pat_data_revoke_personal_access_token(value->revoke_personal_access_token);
    free(value->revoke_personal_access_token);
}

static bool decode_gql_revoke_pat_data(const cJSON *json, gql_revoke_pat_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "revokePersonalAccessToken", 0, &value, "revokePersonalAccessToken", err)) return false;
        if (value) {
            out->revoke_personal_access_token = calloc(1, sizeof *out->revoke_personal_access_token);
            if (!out->revoke_personal_access_token) return gql_fail(err, "revokePersonalAccessToken", "is too large");
            if (!decode_gql_revoke_pat_data_revoke_personal_access_token(value, out->revoke_personal_access_token, err)) return false;
        }
    }
    return true;
}

bool gql_revoke_pat_decode(const cJSON *data, gql_revoke_pat_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_revoke_pat_data(data, out, err)) return true;
    free_gql_revoke_pat_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_revoke_pat_free(gql_revoke_pat_data *data) {
    free_gql_revoke_pat_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_revoke_pat(const cJSON *data, gql_error *err) {
    gql_revoke_pat_data decoded;
    if (!gql_revoke_pat_decode(data, &decoded, err)) return false;
    gql_revoke_pat_free(&decoded);
    return true;
}

/* ==== SelectApiPromptQuery ==== */
static bool validate_gql_select_api(const cJSON *data, gql_error *err);

const gql_operation gql_select_api_operation = {
    .name = "SelectApiPromptQuery",
    .is_mutation = false,
    .document = "query SelectApiPromptQuery($workspaceId: ID!, $after: Version, $first: Int) { workspaceById(workspaceId: $workspaceId) { __typename apis(after: $after, first: $first) { __typename edges { __typename ... SelectApiPrompt_ApiEdge } pageInfo { __typename ... PageInfo } } } } fragment SelectApiPrompt_ApiEdge on ApisEdge { cursor node { __typename ... SelectApiPrompt_Api } } fragment SelectApiPrompt_Api on Api { id name path ... ApiDetailPrompt_Api } fragment ApiDetailPrompt_Api on Api { id name path workspace { __typename id name } settings { __typename schemaRegistry { __typename treatDangerousAsBreaking allowBreakingSchemaChanges } } } fragment PageInfo on PageInfo { hasPreviousPage hasNextPage endCursor startCursor }",
    .validate = validate_gql_select_api,
};


static void free_gql_select_api_data_workspace_by_id_apis_edges_node_workspace(gql_select_api_data_workspace_by_id_apis_edges_node_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_select_api_data_workspace_by_id_apis_edges_node_workspace(const cJSON *json, gql_select_api_data_workspace_by_id_apis_edges_node_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis.edges.node.workspace", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "workspaceById.apis.edges.node.workspace.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "workspaceById.apis.edges.node.workspace.name", err)) return false;
    return true;
}

static void free_gql_select_api_data_workspace_by_id_apis_edges_node_settings_schema_registry(gql_select_api_data_workspace_by_id_apis_edges_node_settings_schema_registry *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_select_api_data_workspace_by_id_apis_edges_node_settings_schema_registry(const cJSON *json, gql_select_api_data_workspace_by_id_apis_edges_node_settings_schema_registry *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis.edges.node.settings.schemaRegistry", "is not an object");
    if (!gql_read_bool(json, "treatDangerousAsBreaking", 0, &out->treat_dangerous_as_breaking, NULL, "workspaceById.apis.edges.node.settings.schemaRegistry.treatDangerousAsBreaking", err)) return false;
    if (!gql_read_bool(json, "allowBreakingSchemaChanges", 0, &out->allow_breaking_schema_changes, NULL, "workspaceById.apis.edges.node.settings.schemaRegistry.allowBreakingSchemaChanges", err)) return false;
    return true;
}

static void free_gql_select_api_data_workspace_by_id_apis_edges_node_settings(gql_select_api_data_workspace_by_id_apis_edges_node_settings *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->schema_registry) free_gql_select_api_data_workspace_by_id_apis_edges_node_settings_schema_registry(value->schema_registry);
    free(value->schema_registry);
}

static bool decode_gql_select_api_data_workspace_by_id_apis_edges_node_settings(const cJSON *json, gql_select_api_data_workspace_by_id_apis_edges_node_settings *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis.edges.node.settings", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "schemaRegistry", 0, &value, "workspaceById.apis.edges.node.settings.schemaRegistry", err)) return false;
        if (value) {
            out->schema_registry = calloc(1, sizeof *out->schema_registry);
            if (!out->schema_registry) return gql_fail(err, "workspaceById.apis.edges.node.settings.schemaRegistry", "is too large");
            if (!decode_gql_select_api_data_workspace_by_id_apis_edges_node_settings_schema_registry(value, out->schema_registry, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_api_data_workspace_by_id_apis_edges_node(gql_select_api_data_workspace_by_id_apis_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    if (value->workspace) free_gql_select_api_data_workspace_by_id_apis_edges_node_workspace(value->workspace);
    free(value->workspace);
    if (value->settings) free_gql_select_api_data_workspace_by_id_apis_edges_node_settings(value->settings);
    free(value->settings);
}

static bool decode_gql_select_api_data_workspace_by_id_apis_edges_node(const cJSON *json, gql_select_api_data_workspace_by_id_apis_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "workspaceById.apis.edges.node.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "workspaceById.apis.edges.node.name", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", 0, &list, &count, "workspaceById.apis.edges.node.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "workspaceById.apis.edges.node.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "workspaceById.apis.edges.node.path", err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE, &value, "workspaceById.apis.edges.node.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "workspaceById.apis.edges.node.workspace", "is too large");
            if (!decode_gql_select_api_data_workspace_by_id_apis_edges_node_workspace(value, out->workspace, err)) return false;
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "settings", 0, &value, "workspaceById.apis.edges.node.settings", err)) return false;
        if (value) {
            out->settings = calloc(1, sizeof *out->settings);
            if (!out->settings) return gql_fail(err, "workspaceById.apis.edges.node.settings", "is too large");
            if (!decode_gql_select_api_data_workspace_by_id_apis_edges_node_settings(value, out->settings, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_api_data_workspace_by_id_apis_edges(gql_select_api_data_workspace_by_id_apis_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_select_api_data_workspace_by_id_apis_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_select_api_data_workspace_by_id_apis_edges(const cJSON *json, gql_select_api_data_workspace_by_id_apis_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "workspaceById.apis.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", 0, &value, "workspaceById.apis.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "workspaceById.apis.edges.node", "is too large");
            if (!decode_gql_select_api_data_workspace_by_id_apis_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_api_data_workspace_by_id_apis_page_info(gql_select_api_data_workspace_by_id_apis_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
    free(value->start_cursor);
}

static bool decode_gql_select_api_data_workspace_by_id_apis_page_info(const cJSON *json, gql_select_api_data_workspace_by_id_apis_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasPreviousPage", 0, &out->has_previous_page, NULL, "workspaceById.apis.pageInfo.hasPreviousPage", err)) return false;
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "workspaceById.apis.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "workspaceById.apis.pageInfo.endCursor", err)) return false;
    if (!gql_read_string(json, "startCursor", GQL_NULLABLE, &out->start_cursor, "workspaceById.apis.pageInfo.startCursor", err)) return false;
    return true;
}

static void free_gql_select_api_data_workspace_by_id_apis(gql_select_api_data_workspace_by_id_apis *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_select_api_data_workspace_by_id_apis_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_select_api_data_workspace_by_id_apis_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_select_api_data_workspace_by_id_apis(const cJSON *json, gql_select_api_data_workspace_by_id_apis *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.apis", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "workspaceById.apis.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "workspaceById.apis.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_select_api_data_workspace_by_id_apis_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", 0, &value, "workspaceById.apis.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "workspaceById.apis.pageInfo", "is too large");
            if (!decode_gql_select_api_data_workspace_by_id_apis_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_api_data_workspace_by_id(gql_select_api_data_workspace_by_id *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->apis) free_gql_select_api_data_workspace_by_id_apis(value->apis);
    free(value->apis);
}

static bool decode_gql_select_api_data_workspace_by_id(const cJSON *json, gql_select_api_data_workspace_by_id *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "apis", GQL_NULLABLE, &value, "workspaceById.apis", err)) return false;
        if (value) {
            out->apis = calloc(1, sizeof *out->apis);
            if (!out->apis) return gql_fail(err, "workspaceById.apis", "is too large");
            if (!decode_gql_select_api_data_workspace_by_id_apis(value, out->apis, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_api_data(gql_select_api_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->workspace_by_id) free_gql_select_api_data_workspace_by_id(value->workspace_by_id);
    free(value->workspace_by_id);
}

static bool decode_gql_select_api_data(const cJSON *json, gql_select_api_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspaceById", GQL_NULLABLE, &value, "workspaceById", err)) return false;
        if (value) {
            out->workspace_by_id = calloc(1, sizeof *out->workspace_by_id);
            if (!out->workspace_by_id) return gql_fail(err, "workspaceById", "is too large");
            if (!decode_gql_select_api_data_workspace_by_id(value, out->workspace_by_id, err)) return false;
        }
    }
    return true;
}

bool gql_select_api_decode(const cJSON *data, gql_select_api_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_select_api_data(data, out, err)) return true;
    free_gql_select_api_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_select_api_free(gql_select_api_data *data) {
    free_gql_select_api_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_select_api(const cJSON *data, gql_error *err) {
    gql_select_api_data decoded;
    if (!gql_select_api_decode(data, &decoded, err)) return false;
    gql_select_api_free(&decoded);
    return true;
}

/* ==== SetDefaultWorkspaceCommand_SelectWorkspace_Query ==== */
static bool validate_gql_select_workspace(const cJSON *data, gql_error *err);

const gql_operation gql_select_workspace_operation = {
    .name = "SetDefaultWorkspaceCommand_SelectWorkspace_Query",
    .is_mutation = false,
    .document = "query SetDefaultWorkspaceCommand_SelectWorkspace_Query($after: String, $first: Int) { me { __typename workspaces(after: $after, first: $first) { __typename edges { __typename cursor node { __typename ... SetDefaultWorkspaceCommand_Workspace } } pageInfo { __typename ... PageInfo } } } } fragment SetDefaultWorkspaceCommand_Workspace on Workspace { id name personal } fragment PageInfo on PageInfo { hasPreviousPage hasNextPage endCursor startCursor }",
    .validate = validate_gql_select_workspace,
};


static void free_gql_select_workspace_data_me_workspaces_edges_node(gql_select_workspace_data_me_workspaces_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_select_workspace_data_me_workspaces_edges_node(const cJSON *json, gql_select_workspace_data_me_workspaces_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.workspaces.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "me.workspaces.edges.node.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "me.workspaces.edges.node.name", err)) return false;
    if (!gql_read_bool(json, "personal", 0, &out->personal, NULL, "me.workspaces.edges.node.personal", err)) return false;
    return true;
}

static void free_gql_select_workspace_data_me_workspaces_edges(gql_select_workspace_data_me_workspaces_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_select_workspace_data_me_workspaces_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_select_workspace_data_me_workspaces_edges(const cJSON *json, gql_select_workspace_data_me_workspaces_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.workspaces.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "me.workspaces.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", 0, &value, "me.workspaces.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "me.workspaces.edges.node", "is too large");
            if (!decode_gql_select_workspace_data_me_workspaces_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_workspace_data_me_workspaces_page_info(gql_select_workspace_data_me_workspaces_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
    free(value->start_cursor);
}

static bool decode_gql_select_workspace_data_me_workspaces_page_info(const cJSON *json, gql_select_workspace_data_me_workspaces_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.workspaces.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasPreviousPage", 0, &out->has_previous_page, NULL, "me.workspaces.pageInfo.hasPreviousPage", err)) return false;
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "me.workspaces.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "me.workspaces.pageInfo.endCursor", err)) return false;
    if (!gql_read_string(json, "startCursor", GQL_NULLABLE, &out->start_cursor, "me.workspaces.pageInfo.startCursor", err)) return false;
    return true;
}

static void free_gql_select_workspace_data_me_workspaces(gql_select_workspace_data_me_workspaces *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_select_workspace_data_me_workspaces_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_select_workspace_data_me_workspaces_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_select_workspace_data_me_workspaces(const cJSON *json, gql_select_workspace_data_me_workspaces *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.workspaces", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "me.workspaces.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "me.workspaces.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_select_workspace_data_me_workspaces_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", 0, &value, "me.workspaces.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "me.workspaces.pageInfo", "is too large");
            if (!decode_gql_select_workspace_data_me_workspaces_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_workspace_data_me(gql_select_workspace_data_me *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->workspaces) free_gql_select_workspace_data_me_workspaces(value->workspaces);
    free(value->workspaces);
}

static bool decode_gql_select_workspace_data_me(const cJSON *json, gql_select_workspace_data_me *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspaces", GQL_NULLABLE, &value, "me.workspaces", err)) return false;
        if (value) {
            out->workspaces = calloc(1, sizeof *out->workspaces);
            if (!out->workspaces) return gql_fail(err, "me.workspaces", "is too large");
            if (!decode_gql_select_workspace_data_me_workspaces(value, out->workspaces, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_workspace_data(gql_select_workspace_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->me) free_gql_select_workspace_data_me(value->me);
    free(value->me);
}

static bool decode_gql_select_workspace_data(const cJSON *json, gql_select_workspace_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "me", GQL_NULLABLE, &value, "me", err)) return false;
        if (value) {
            out->me = calloc(1, sizeof *out->me);
            if (!out->me) return gql_fail(err, "me", "is too large");
            if (!decode_gql_select_workspace_data_me(value, out->me, err)) return false;
        }
    }
    return true;
}

bool gql_select_workspace_decode(const cJSON *data, gql_select_workspace_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_select_workspace_data(data, out, err)) return true;
    free_gql_select_workspace_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_select_workspace_free(gql_select_workspace_data *data) {
    free_gql_select_workspace_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_select_workspace(const cJSON *data, gql_error *err) {
    gql_select_workspace_data decoded;
    if (!gql_select_workspace_decode(data, &decoded, err)) return false;
    gql_select_workspace_free(&decoded);
    return true;
}

/* ==== ShowApiCommandQuery ==== */
static bool validate_gql_show_api(const cJSON *data, gql_error *err);

const gql_operation gql_show_api_operation = {
    .name = "ShowApiCommandQuery",
    .is_mutation = false,
    .document = "query ShowApiCommandQuery($apiId: ID!) { node(id: $apiId) { __typename ... ApiDetailPrompt_Api } } fragment ApiDetailPrompt_Api on Api { id name path workspace { __typename id name } settings { __typename schemaRegistry { __typename treatDangerousAsBreaking allowBreakingSchemaChanges } } }",
    .validate = validate_gql_show_api,
};


static void free_gql_show_api_data_node_workspace(gql_show_api_data_node_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_show_api_data_node_workspace(const cJSON *json, gql_show_api_data_node_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.workspace", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "node.workspace.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "node.workspace.name", err)) return false;
    return true;
}

static void free_gql_show_api_data_node_settings_schema_registry(gql_show_api_data_node_settings_schema_registry *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_show_api_data_node_settings_schema_registry(const cJSON *json, gql_show_api_data_node_settings_schema_registry *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.settings.schemaRegistry", "is not an object");
    if (!gql_read_bool(json, "treatDangerousAsBreaking", 0, &out->treat_dangerous_as_breaking, NULL, "node.settings.schemaRegistry.treatDangerousAsBreaking", err)) return false;
    if (!gql_read_bool(json, "allowBreakingSchemaChanges", 0, &out->allow_breaking_schema_changes, NULL, "node.settings.schemaRegistry.allowBreakingSchemaChanges", err)) return false;
    return true;
}

static void free_gql_show_api_data_node_settings(gql_show_api_data_node_settings *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->schema_registry) free_gql_show_api_data_node_settings_schema_registry(value->schema_registry);
    free(value->schema_registry);
}

static bool decode_gql_show_api_data_node_settings(const cJSON *json, gql_show_api_data_node_settings *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.settings", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "schemaRegistry", 0, &value, "node.settings.schemaRegistry", err)) return false;
        if (value) {
            out->schema_registry = calloc(1, sizeof *out->schema_registry);
            if (!out->schema_registry) return gql_fail(err, "node.settings.schemaRegistry", "is too large");
            if (!decode_gql_show_api_data_node_settings_schema_registry(value, out->schema_registry, err)) return false;
        }
    }
    return true;
}

static void free_gql_show_api_data_node(gql_show_api_data_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->id);
    free(value->name);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    if (value->workspace) free_gql_show_api_data_node_workspace(value->workspace);
    free(value->workspace);
    if (value->settings) free_gql_show_api_data_node_settings(value->settings);
    free(value->settings);
}

static bool decode_gql_show_api_data_node(const cJSON *json, gql_show_api_data_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "node.__typename", err)) return false;
    out->kind = GQL_SHOW_API_DATA_NODE_OTHER;
    if (strcmp(out->typename, "Api") == 0) out->kind = GQL_SHOW_API_DATA_NODE_API;
    else if (strcmp(out->typename, "ApiKey") == 0) out->kind = GQL_SHOW_API_DATA_NODE_API_KEY;
    else if (strcmp(out->typename, "PersonalAccessToken") == 0) out->kind = GQL_SHOW_API_DATA_NODE_PERSONAL_ACCESS_TOKEN;
    else if (strcmp(out->typename, "User") == 0) out->kind = GQL_SHOW_API_DATA_NODE_USER;
    else if (strcmp(out->typename, "Workspace") == 0) out->kind = GQL_SHOW_API_DATA_NODE_WORKSPACE;
    if (!gql_read_string(json, "id", GQL_OPTIONAL, &out->id, "node.id", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "node.name", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", GQL_OPTIONAL, &list, &count, "node.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "node.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "node.path", err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE | GQL_OPTIONAL, &value, "node.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "node.workspace", "is too large");
            if (!decode_gql_show_api_data_node_workspace(value, out->workspace, err)) return false;
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "settings", GQL_OPTIONAL, &value, "node.settings", err)) return false;
        if (value) {
            out->settings = calloc(1, sizeof *out->settings);
            if (!out->settings) return gql_fail(err, "node.settings", "is too large");
            if (!decode_gql_show_api_data_node_settings(value, out->settings, err)) return false;
        }
    }
    return true;
}

static void free_gql_show_api_data(gql_show_api_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->node) free_gql_show_api_data_node(value->node);
    free(value->node);
}

static bool decode_gql_show_api_data(const cJSON *json, gql_show_api_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "node", "is too large");
            if (!decode_gql_show_api_data_node(value, out->node, err)) return false;
        }
    }
    return true;
}

bool gql_show_api_decode(const cJSON *data, gql_show_api_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_show_api_data(data, out, err)) return true;
    free_gql_show_api_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_show_api_free(gql_show_api_data *data) {
    free_gql_show_api_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_show_api(const cJSON *data, gql_error *err) {
    gql_show_api_data decoded;
    if (!gql_show_api_decode(data, &decoded, err)) return false;
    gql_show_api_free(&decoded);
    return true;
}

/* ==== ShowWorkspaceCommandQuery ==== */
static bool validate_gql_show_workspace(const cJSON *data, gql_error *err);

const gql_operation gql_show_workspace_operation = {
    .name = "ShowWorkspaceCommandQuery",
    .is_mutation = false,
    .document = "query ShowWorkspaceCommandQuery($workspaceId: ID!) { node(id: $workspaceId) { __typename ... WorkspaceDetailPrompt_Workspace } } fragment WorkspaceDetailPrompt_Workspace on Workspace { id name personal }",
    .validate = validate_gql_show_workspace,
};


static void free_gql_show_workspace_data_node(gql_show_workspace_data_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->id);
    free(value->name);
}

static bool decode_gql_show_workspace_data_node(const cJSON *json, gql_show_workspace_data_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "node.__typename", err)) return false;
    out->kind = GQL_SHOW_WORKSPACE_DATA_NODE_OTHER;
    if (strcmp(out->typename, "Api") == 0) out->kind = GQL_SHOW_WORKSPACE_DATA_NODE_API;
    else if (strcmp(out->typename, "ApiKey") == 0) out->kind = GQL_SHOW_WORKSPACE_DATA_NODE_API_KEY;
    else if (strcmp(out->typename, "PersonalAccessToken") == 0) out->kind = GQL_SHOW_WORKSPACE_DATA_NODE_PERSONAL_ACCESS_TOKEN;
    else if (strcmp(out->typename, "User") == 0) out->kind = GQL_SHOW_WORKSPACE_DATA_NODE_USER;
    else if (strcmp(out->typename, "Workspace") == 0) out->kind = GQL_SHOW_WORKSPACE_DATA_NODE_WORKSPACE;
    if (!gql_read_string(json, "id", GQL_OPTIONAL, &out->id, "node.id", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "node.name", err)) return false;
    if (!gql_read_bool(json, "personal", GQL_OPTIONAL, &out->personal, &out->has_personal, "node.personal", err)) return false;
    return true;
}

static void free_gql_show_workspace_data(gql_show_workspace_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->node) free_gql_show_workspace_data_node(value->node);
    free(value->node);
}

static bool decode_gql_show_workspace_data(const cJSON *json, gql_show_workspace_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "node", "is too large");
            if (!decode_gql_show_workspace_data_node(value, out->node, err)) return false;
        }
    }
    return true;
}

bool gql_show_workspace_decode(const cJSON *data, gql_show_workspace_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_show_workspace_data(data, out, err)) return true;
    free_gql_show_workspace_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_show_workspace_free(gql_show_workspace_data *data) {
    free_gql_show_workspace_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_show_workspace(const cJSON *data, gql_error *err) {
    gql_show_workspace_data decoded;
    if (!gql_show_workspace_decode(data, &decoded, err)) return false;
    gql_show_workspace_free(&decoded);
    return true;
}
const gql_operation *const gql_operations[] = {
    &gql_create_api_key_operation,
    &gql_create_api_operation,
    &gql_create_pat_operation,
    &gql_create_workspace_operation,
    &gql_delete_api_check_operation,
    &gql_delete_api_key_operation,
    &gql_delete_api_operation,
    &gql_list_api_keys_operation,
    &gql_list_apis_operation,
    &gql_list_pats_operation,
    &gql_list_workspaces_operation,
    &gql_revoke_pat_operation,
    &gql_select_api_operation,
    &gql_select_workspace_operation,
    &gql_show_api_operation,
    &gql_show_workspace_operation,
};
const size_t gql_operation_count = 16;
