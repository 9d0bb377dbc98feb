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
    else if (strcmp(out->typename, "Environment") == 0) out->kind = GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_RESULT_ENVIRONMENT;
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

/* ==== CreateClientCommandMutation ==== */
static bool validate_gql_create_client(const cJSON *data, gql_error *err);

const gql_operation gql_create_client_operation = {
    .name = "CreateClientCommandMutation",
    .is_mutation = true,
    .document = "mutation CreateClientCommandMutation($input: CreateClientInput!) { createClient(input: $input) { __typename client { __typename ... CreateClientCommandMutation_Client } errors { __typename ... Error ... ApiNotFoundError ... UnauthorizedOperation } } } fragment CreateClientCommandMutation_Client on Client { name id ... ClientDetailPrompt_Client } fragment ClientDetailPrompt_Client on Client { id name api { __typename name path } versions { __typename edges { __typename ... ClientDetailPrompt_ClientVersionEdge } pageInfo { __typename hasNextPage endCursor } } } fragment ClientDetailPrompt_ClientVersionEdge on ClientVersionEdge { cursor node { __typename id createdAt tag publishedTo { __typename stage { __typename name } } } } fragment Error on Error { message } fragment ApiNotFoundError on ApiNotFoundError { __typename message apiId ... Error } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error }",
    .validate = validate_gql_create_client,
};


static void free_gql_create_client_data_create_client_client_api(gql_create_client_data_create_client_client_api *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
}

static bool decode_gql_create_client_data_create_client_client_api(const cJSON *json, gql_create_client_data_create_client_client_api *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createClient.client.api", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "createClient.client.api.name", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", 0, &list, &count, "createClient.client.api.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "createClient.client.api.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "createClient.client.api.path", err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_create_client_data_create_client_client_versions_edges_node_published_to_stage(gql_create_client_data_create_client_client_versions_edges_node_published_to_stage *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_create_client_data_create_client_client_versions_edges_node_published_to_stage(const cJSON *json, gql_create_client_data_create_client_client_versions_edges_node_published_to_stage *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createClient.client.versions.edges.node.publishedTo.stage", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "createClient.client.versions.edges.node.publishedTo.stage.name", err)) return false;
    return true;
}

static void free_gql_create_client_data_create_client_client_versions_edges_node_published_to(gql_create_client_data_create_client_client_versions_edges_node_published_to *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->stage) free_gql_create_client_data_create_client_client_versions_edges_node_published_to_stage(value->stage);
    free(value->stage);
}

static bool decode_gql_create_client_data_create_client_client_versions_edges_node_published_to(const cJSON *json, gql_create_client_data_create_client_client_versions_edges_node_published_to *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createClient.client.versions.edges.node.publishedTo", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "stage", GQL_NULLABLE, &value, "createClient.client.versions.edges.node.publishedTo.stage", err)) return false;
        if (value) {
            out->stage = calloc(1, sizeof *out->stage);
            if (!out->stage) return gql_fail(err, "createClient.client.versions.edges.node.publishedTo.stage", "is too large");
            if (!decode_gql_create_client_data_create_client_client_versions_edges_node_published_to_stage(value, out->stage, err)) return false;
        }
    }
    return true;
}

static void free_gql_create_client_data_create_client_client_versions_edges_node(gql_create_client_data_create_client_client_versions_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->created_at);
    free(value->tag);
    if (value->published_to) free_gql_create_client_data_create_client_client_versions_edges_node_published_to(value->published_to);
    free(value->published_to);
}

static bool decode_gql_create_client_data_create_client_client_versions_edges_node(const cJSON *json, gql_create_client_data_create_client_client_versions_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createClient.client.versions.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "createClient.client.versions.edges.node.id", err)) return false;
    if (!gql_read_string(json, "createdAt", 0, &out->created_at, "createClient.client.versions.edges.node.createdAt", err)) return false;
    if (!gql_read_string(json, "tag", 0, &out->tag, "createClient.client.versions.edges.node.tag", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "publishedTo", GQL_NULLABLE, &value, "createClient.client.versions.edges.node.publishedTo", err)) return false;
        if (value) {
            out->published_to = calloc(1, sizeof *out->published_to);
            if (!out->published_to) return gql_fail(err, "createClient.client.versions.edges.node.publishedTo", "is too large");
            if (!decode_gql_create_client_data_create_client_client_versions_edges_node_published_to(value, out->published_to, err)) return false;
        }
    }
    return true;
}

static void free_gql_create_client_data_create_client_client_versions_edges(gql_create_client_data_create_client_client_versions_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_create_client_data_create_client_client_versions_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_create_client_data_create_client_client_versions_edges(const cJSON *json, gql_create_client_data_create_client_client_versions_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createClient.client.versions.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "createClient.client.versions.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "createClient.client.versions.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "createClient.client.versions.edges.node", "is too large");
            if (!decode_gql_create_client_data_create_client_client_versions_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_create_client_data_create_client_client_versions_page_info(gql_create_client_data_create_client_client_versions_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
}

static bool decode_gql_create_client_data_create_client_client_versions_page_info(const cJSON *json, gql_create_client_data_create_client_client_versions_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createClient.client.versions.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "createClient.client.versions.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "createClient.client.versions.pageInfo.endCursor", err)) return false;
    return true;
}

static void free_gql_create_client_data_create_client_client_versions(gql_create_client_data_create_client_client_versions *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_create_client_data_create_client_client_versions_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_create_client_data_create_client_client_versions_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_create_client_data_create_client_client_versions(const cJSON *json, gql_create_client_data_create_client_client_versions *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createClient.client.versions", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "createClient.client.versions.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "createClient.client.versions.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_create_client_data_create_client_client_versions_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", GQL_NULLABLE, &value, "createClient.client.versions.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "createClient.client.versions.pageInfo", "is too large");
            if (!decode_gql_create_client_data_create_client_client_versions_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_create_client_data_create_client_client(gql_create_client_data_create_client_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
    free(value->id);
    if (value->api) free_gql_create_client_data_create_client_client_api(value->api);
    free(value->api);
    if (value->versions) free_gql_create_client_data_create_client_client_versions(value->versions);
    free(value->versions);
}

static bool decode_gql_create_client_data_create_client_client(const cJSON *json, gql_create_client_data_create_client_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createClient.client", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "createClient.client.name", err)) return false;
    if (!gql_read_string(json, "id", 0, &out->id, "createClient.client.id", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "api", GQL_NULLABLE, &value, "createClient.client.api", err)) return false;
        if (value) {
            out->api = calloc(1, sizeof *out->api);
            if (!out->api) return gql_fail(err, "createClient.client.api", "is too large");
            if (!decode_gql_create_client_data_create_client_client_api(value, out->api, err)) return false;
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "versions", GQL_NULLABLE, &value, "createClient.client.versions", err)) return false;
        if (value) {
            out->versions = calloc(1, sizeof *out->versions);
            if (!out->versions) return gql_fail(err, "createClient.client.versions", "is too large");
            if (!decode_gql_create_client_data_create_client_client_versions(value, out->versions, err)) return false;
        }
    }
    return true;
}

static void free_gql_create_client_data_create_client_errors(gql_create_client_data_create_client_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->api_id);
}

static bool decode_gql_create_client_data_create_client_errors(const cJSON *json, gql_create_client_data_create_client_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createClient.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "createClient.errors.__typename", err)) return false;
    out->kind = GQL_CREATE_CLIENT_DATA_CREATE_CLIENT_ERRORS_OTHER;
    if (strcmp(out->typename, "ApiNotFoundError") == 0) out->kind = GQL_CREATE_CLIENT_DATA_CREATE_CLIENT_ERRORS_API_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_CREATE_CLIENT_DATA_CREATE_CLIENT_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "createClient.errors.message", err)) return false;
    if (!gql_read_string(json, "apiId", GQL_OPTIONAL, &out->api_id, "createClient.errors.apiId", err)) return false;
    return true;
}

static void free_gql_create_client_data_create_client(gql_create_client_data_create_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->client) free_gql_create_client_data_create_client_client(value->client);
    free(value->client);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_create_client_data_create_client_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_create_client_data_create_client(const cJSON *json, gql_create_client_data_create_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "createClient", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "client", GQL_NULLABLE, &value, "createClient.client", err)) return false;
        if (value) {
            out->client = calloc(1, sizeof *out->client);
            if (!out->client) return gql_fail(err, "createClient.client", "is too large");
            if (!decode_gql_create_client_data_create_client_client(value, out->client, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "createClient.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "createClient.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_create_client_data_create_client_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_create_client_data(gql_create_client_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->create_client) free_gql_create_client_data_create_client(value->create_client);
    free(value->create_client);
}

static bool decode_gql_create_client_data(const cJSON *json, gql_create_client_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "createClient", GQL_NULLABLE, &value, "createClient", err)) return false;
        if (value) {
            out->create_client = calloc(1, sizeof *out->create_client);
            if (!out->create_client) return gql_fail(err, "createClient", "is too large");
            if (!decode_gql_create_client_data_create_client(value, out->create_client, err)) return false;
        }
    }
    return true;
}

bool gql_create_client_decode(const cJSON *data, gql_create_client_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_create_client_data(data, out, err)) return true;
    free_gql_create_client_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_create_client_free(gql_create_client_data *data) {
    free_gql_create_client_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_create_client(const cJSON *data, gql_error *err) {
    gql_create_client_data decoded;
    if (!gql_create_client_decode(data, &decoded, err)) return false;
    gql_create_client_free(&decoded);
    return true;
}

/* ==== CreateEnvironmentCommandMutation ==== */
static bool validate_gql_create_environment(const cJSON *data, gql_error *err);

const gql_operation gql_create_environment_operation = {
    .name = "CreateEnvironmentCommandMutation",
    .is_mutation = true,
    .document = "mutation CreateEnvironmentCommandMutation($workspaceId: ID!, $name: String!) { pushWorkspaceChanges(input: { changes: [{ environment: { create: { name: $name, referenceId: \"env\", workspaceId: $workspaceId } } }] }) { __typename changes { __typename referenceId error { __typename ... Error } result { __typename ... CreateEnvironmentCommandMutation_Environment } } errors { __typename ... Error } } } fragment Error on Error { message } fragment CreateEnvironmentCommandMutation_Environment on Environment { name ... EnvironmentDetailPrompt_Environment } fragment EnvironmentDetailPrompt_Environment on Environment { id name workspace { __typename name } }",
    .validate = validate_gql_create_environment,
};


static void free_gql_create_environment_data_push_workspace_changes_changes_error(gql_create_environment_data_push_workspace_changes_changes_error *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
}

static bool decode_gql_create_environment_data_push_workspace_changes_changes_error(const cJSON *json, gql_create_environment_data_push_workspace_changes_changes_error *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges.changes.error", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "pushWorkspaceChanges.changes.error.__typename", err)) return false;
    out->kind = GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_OTHER;
    if (strcmp(out->typename, "ChangeValidationFailed") == 0) out->kind = GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_CHANGE_VALIDATION_FAILED;
    else if (strcmp(out->typename, "UnexpectedErrorOnChange") == 0) out->kind = GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_UNEXPECTED_ERROR_ON_CHANGE;
    else if (strcmp(out->typename, "WorkspaceNotFoundForChange") == 0) out->kind = GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_WORKSPACE_NOT_FOUND_FOR_CHANGE;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "pushWorkspaceChanges.changes.error.message", err)) return false;
    return true;
}

static void free_gql_create_environment_data_push_workspace_changes_changes_result_workspace(gql_create_environment_data_push_workspace_changes_changes_result_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_create_environment_data_push_workspace_changes_changes_result_workspace(const cJSON *json, gql_create_environment_data_push_workspace_changes_changes_result_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges.changes.result.workspace", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "pushWorkspaceChanges.changes.result.workspace.name", err)) return false;
    return true;
}

static void free_gql_create_environment_data_push_workspace_changes_changes_result(gql_create_environment_data_push_workspace_changes_changes_result *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->name);
    free(value->id);
    if (value->workspace) free_gql_create_environment_data_push_workspace_changes_changes_result_workspace(value->workspace);
    free(value->workspace);
}

static bool decode_gql_create_environment_data_push_workspace_changes_changes_result(const cJSON *json, gql_create_environment_data_push_workspace_changes_changes_result *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges.changes.result", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "pushWorkspaceChanges.changes.result.__typename", err)) return false;
    out->kind = GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_RESULT_OTHER;
    if (strcmp(out->typename, "Api") == 0) out->kind = GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_RESULT_API;
    else if (strcmp(out->typename, "Environment") == 0) out->kind = GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_RESULT_ENVIRONMENT;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "pushWorkspaceChanges.changes.result.name", err)) return false;
    if (!gql_read_string(json, "id", GQL_OPTIONAL, &out->id, "pushWorkspaceChanges.changes.result.id", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE | GQL_OPTIONAL, &value, "pushWorkspaceChanges.changes.result.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "pushWorkspaceChanges.changes.result.workspace", "is too large");
            if (!decode_gql_create_environment_data_push_workspace_changes_changes_result_workspace(value, out->workspace, err)) return false;
        }
    }
    return true;
}

static void free_gql_create_environment_data_push_workspace_changes_changes(gql_create_environment_data_push_workspace_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->reference_id);
    if (value->error) free_gql_create_environment_data_push_workspace_changes_changes_error(value->error);
    free(value->error);
    if (value->result) free_gql_create_environment_data_push_workspace_changes_changes_result(value->result);
    free(value->result);
}

static bool decode_gql_create_environment_data_push_workspace_changes_changes(const cJSON *json, gql_create_environment_data_push_workspace_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges.changes", "is not an object");
    if (!gql_read_string(json, "referenceId", 0, &out->reference_id, "pushWorkspaceChanges.changes.referenceId", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "error", GQL_NULLABLE, &value, "pushWorkspaceChanges.changes.error", err)) return false;
        if (value) {
            out->error = calloc(1, sizeof *out->error);
            if (!out->error) return gql_fail(err, "pushWorkspaceChanges.changes.error", "is too large");
            if (!decode_gql_create_environment_data_push_workspace_changes_changes_error(value, out->error, err)) return false;
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "result", GQL_NULLABLE, &value, "pushWorkspaceChanges.changes.result", err)) return false;
        if (value) {
            out->result = calloc(1, sizeof *out->result);
            if (!out->result) return gql_fail(err, "pushWorkspaceChanges.changes.result", "is too large");
            if (!decode_gql_create_environment_data_push_workspace_changes_changes_result(value, out->result, err)) return false;
        }
    }
    return true;
}

static void free_gql_create_environment_data_push_workspace_changes_errors(gql_create_environment_data_push_workspace_changes_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
}

static bool decode_gql_create_environment_data_push_workspace_changes_errors(const cJSON *json, gql_create_environment_data_push_workspace_changes_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "pushWorkspaceChanges.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "pushWorkspaceChanges.errors.__typename", err)) return false;
    out->kind = GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_ERRORS_OTHER;
    if (strcmp(out->typename, "ChangeStructureInvalid") == 0) out->kind = GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_ERRORS_CHANGE_STRUCTURE_INVALID;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "pushWorkspaceChanges.errors.message", err)) return false;
    return true;
}

static void free_gql_create_environment_data_push_workspace_changes(gql_create_environment_data_push_workspace_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_create_environment_data_push_workspace_changes_changes(&value->changes[i]);
    }
    free(value->changes);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_create_environment_data_push_workspace_changes_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_create_environment_data_push_workspace_changes(const cJSON *json, gql_create_environment_data_push_workspace_changes *out, gql_error *err) {
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
                if (!decode_gql_create_environment_data_push_workspace_changes_changes(item, &out->changes[i++], err)) return false;
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
                if (!decode_gql_create_environment_data_push_workspace_changes_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_create_environment_data(gql_create_environment_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->push_workspace_changes) free_gql_create_environment_data_push_workspace_changes(value->push_workspace_changes);
    free(value->push_workspace_changes);
}

static bool decode_gql_create_environment_data(const cJSON *json, gql_create_environment_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pushWorkspaceChanges", 0, &value, "pushWorkspaceChanges", err)) return false;
        if (value) {
            out->push_workspace_changes = calloc(1, sizeof *out->push_workspace_changes);
            if (!out->push_workspace_changes) return gql_fail(err, "pushWorkspaceChanges", "is too large");
            if (!decode_gql_create_environment_data_push_workspace_changes(value, out->push_workspace_changes, err)) return false;
        }
    }
    return true;
}

bool gql_create_environment_decode(const cJSON *data, gql_create_environment_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_create_environment_data(data, out, err)) return true;
    free_gql_create_environment_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_create_environment_free(gql_create_environment_data *data) {
    free_gql_create_environment_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_create_environment(const cJSON *data, gql_error *err) {
    gql_create_environment_data decoded;
    if (!gql_create_environment_decode(data, &decoded, err)) return false;
    gql_create_environment_free(&decoded);
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
    else if (strcmp(out->typename, "Client") == 0) out->kind = GQL_DELETE_API_CHECK_DATA_NODE_CLIENT;
    else if (strcmp(out->typename, "Environment") == 0) out->kind = GQL_DELETE_API_CHECK_DATA_NODE_ENVIRONMENT;
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

/* ==== DeleteClientByIdCommandMutation ==== */
static bool validate_gql_delete_client(const cJSON *data, gql_error *err);

const gql_operation gql_delete_client_operation = {
    .name = "DeleteClientByIdCommandMutation",
    .is_mutation = true,
    .document = "mutation DeleteClientByIdCommandMutation($input: DeleteClientByIdInput!) { deleteClientById(input: $input) { __typename client { __typename ... DeleteClientByIdCommandMutation_Client } errors { __typename ... Error ... ClientNotFoundError ... UnauthorizedOperation } } } fragment DeleteClientByIdCommandMutation_Client on Client { name id ... ClientDetailPrompt_Client } fragment ClientDetailPrompt_Client on Client { id name api { __typename name path } versions { __typename edges { __typename ... ClientDetailPrompt_ClientVersionEdge } pageInfo { __typename hasNextPage endCursor } } } fragment ClientDetailPrompt_ClientVersionEdge on ClientVersionEdge { cursor node { __typename id createdAt tag publishedTo { __typename stage { __typename name } } } } fragment Error on Error { message } fragment ClientNotFoundError on ClientNotFoundError { message clientId ... Error } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error }",
    .validate = validate_gql_delete_client,
};


static void free_gql_delete_client_data_delete_client_by_id_client_api(gql_delete_client_data_delete_client_by_id_client_api *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
}

static bool decode_gql_delete_client_data_delete_client_by_id_client_api(const cJSON *json, gql_delete_client_data_delete_client_by_id_client_api *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteClientById.client.api", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "deleteClientById.client.api.name", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", 0, &list, &count, "deleteClientById.client.api.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "deleteClientById.client.api.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "deleteClientById.client.api.path", err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to_stage(gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to_stage *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to_stage(const cJSON *json, gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to_stage *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteClientById.client.versions.edges.node.publishedTo.stage", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "deleteClientById.client.versions.edges.node.publishedTo.stage.name", err)) return false;
    return true;
}

static void free_gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to(gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->stage) free_gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to_stage(value->stage);
    free(value->stage);
}

static bool decode_gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to(const cJSON *json, gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteClientById.client.versions.edges.node.publishedTo", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "stage", GQL_NULLABLE, &value, "deleteClientById.client.versions.edges.node.publishedTo.stage", err)) return false;
        if (value) {
            out->stage = calloc(1, sizeof *out->stage);
            if (!out->stage) return gql_fail(err, "deleteClientById.client.versions.edges.node.publishedTo.stage", "is too large");
            if (!decode_gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to_stage(value, out->stage, err)) return false;
        }
    }
    return true;
}

static void free_gql_delete_client_data_delete_client_by_id_client_versions_edges_node(gql_delete_client_data_delete_client_by_id_client_versions_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->created_at);
    free(value->tag);
    if (value->published_to) free_gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to(value->published_to);
    free(value->published_to);
}

static bool decode_gql_delete_client_data_delete_client_by_id_client_versions_edges_node(const cJSON *json, gql_delete_client_data_delete_client_by_id_client_versions_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteClientById.client.versions.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "deleteClientById.client.versions.edges.node.id", err)) return false;
    if (!gql_read_string(json, "createdAt", 0, &out->created_at, "deleteClientById.client.versions.edges.node.createdAt", err)) return false;
    if (!gql_read_string(json, "tag", 0, &out->tag, "deleteClientById.client.versions.edges.node.tag", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "publishedTo", GQL_NULLABLE, &value, "deleteClientById.client.versions.edges.node.publishedTo", err)) return false;
        if (value) {
            out->published_to = calloc(1, sizeof *out->published_to);
            if (!out->published_to) return gql_fail(err, "deleteClientById.client.versions.edges.node.publishedTo", "is too large");
            if (!decode_gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to(value, out->published_to, err)) return false;
        }
    }
    return true;
}

static void free_gql_delete_client_data_delete_client_by_id_client_versions_edges(gql_delete_client_data_delete_client_by_id_client_versions_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_delete_client_data_delete_client_by_id_client_versions_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_delete_client_data_delete_client_by_id_client_versions_edges(const cJSON *json, gql_delete_client_data_delete_client_by_id_client_versions_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteClientById.client.versions.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "deleteClientById.client.versions.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "deleteClientById.client.versions.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "deleteClientById.client.versions.edges.node", "is too large");
            if (!decode_gql_delete_client_data_delete_client_by_id_client_versions_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_delete_client_data_delete_client_by_id_client_versions_page_info(gql_delete_client_data_delete_client_by_id_client_versions_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
}

static bool decode_gql_delete_client_data_delete_client_by_id_client_versions_page_info(const cJSON *json, gql_delete_client_data_delete_client_by_id_client_versions_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteClientById.client.versions.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "deleteClientById.client.versions.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "deleteClientById.client.versions.pageInfo.endCursor", err)) return false;
    return true;
}

static void free_gql_delete_client_data_delete_client_by_id_client_versions(gql_delete_client_data_delete_client_by_id_client_versions *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_delete_client_data_delete_client_by_id_client_versions_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_delete_client_data_delete_client_by_id_client_versions_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_delete_client_data_delete_client_by_id_client_versions(const cJSON *json, gql_delete_client_data_delete_client_by_id_client_versions *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteClientById.client.versions", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "deleteClientById.client.versions.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "deleteClientById.client.versions.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_delete_client_data_delete_client_by_id_client_versions_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", GQL_NULLABLE, &value, "deleteClientById.client.versions.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "deleteClientById.client.versions.pageInfo", "is too large");
            if (!decode_gql_delete_client_data_delete_client_by_id_client_versions_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_delete_client_data_delete_client_by_id_client(gql_delete_client_data_delete_client_by_id_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
    free(value->id);
    if (value->api) free_gql_delete_client_data_delete_client_by_id_client_api(value->api);
    free(value->api);
    if (value->versions) free_gql_delete_client_data_delete_client_by_id_client_versions(value->versions);
    free(value->versions);
}

static bool decode_gql_delete_client_data_delete_client_by_id_client(const cJSON *json, gql_delete_client_data_delete_client_by_id_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteClientById.client", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "deleteClientById.client.name", err)) return false;
    if (!gql_read_string(json, "id", 0, &out->id, "deleteClientById.client.id", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "api", GQL_NULLABLE, &value, "deleteClientById.client.api", err)) return false;
        if (value) {
            out->api = calloc(1, sizeof *out->api);
            if (!out->api) return gql_fail(err, "deleteClientById.client.api", "is too large");
            if (!decode_gql_delete_client_data_delete_client_by_id_client_api(value, out->api, err)) return false;
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "versions", GQL_NULLABLE, &value, "deleteClientById.client.versions", err)) return false;
        if (value) {
            out->versions = calloc(1, sizeof *out->versions);
            if (!out->versions) return gql_fail(err, "deleteClientById.client.versions", "is too large");
            if (!decode_gql_delete_client_data_delete_client_by_id_client_versions(value, out->versions, err)) return false;
        }
    }
    return true;
}

static void free_gql_delete_client_data_delete_client_by_id_errors(gql_delete_client_data_delete_client_by_id_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->client_id);
}

static bool decode_gql_delete_client_data_delete_client_by_id_errors(const cJSON *json, gql_delete_client_data_delete_client_by_id_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteClientById.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "deleteClientById.errors.__typename", err)) return false;
    out->kind = GQL_DELETE_CLIENT_DATA_DELETE_CLIENT_BY_ID_ERRORS_OTHER;
    if (strcmp(out->typename, "ClientNotFoundError") == 0) out->kind = GQL_DELETE_CLIENT_DATA_DELETE_CLIENT_BY_ID_ERRORS_CLIENT_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_DELETE_CLIENT_DATA_DELETE_CLIENT_BY_ID_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "deleteClientById.errors.message", err)) return false;
    if (!gql_read_string(json, "clientId", GQL_OPTIONAL, &out->client_id, "deleteClientById.errors.clientId", err)) return false;
    return true;
}

static void free_gql_delete_client_data_delete_client_by_id(gql_delete_client_data_delete_client_by_id *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->client) free_gql_delete_client_data_delete_client_by_id_client(value->client);
    free(value->client);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_delete_client_data_delete_client_by_id_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_delete_client_data_delete_client_by_id(const cJSON *json, gql_delete_client_data_delete_client_by_id *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "deleteClientById", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "client", GQL_NULLABLE, &value, "deleteClientById.client", err)) return false;
        if (value) {
            out->client = calloc(1, sizeof *out->client);
            if (!out->client) return gql_fail(err, "deleteClientById.client", "is too large");
            if (!decode_gql_delete_client_data_delete_client_by_id_client(value, out->client, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "deleteClientById.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "deleteClientById.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_delete_client_data_delete_client_by_id_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_delete_client_data(gql_delete_client_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->delete_client_by_id) free_gql_delete_client_data_delete_client_by_id(value->delete_client_by_id);
    free(value->delete_client_by_id);
}

static bool decode_gql_delete_client_data(const cJSON *json, gql_delete_client_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "deleteClientById", GQL_NULLABLE, &value, "deleteClientById", err)) return false;
        if (value) {
            out->delete_client_by_id = calloc(1, sizeof *out->delete_client_by_id);
            if (!out->delete_client_by_id) return gql_fail(err, "deleteClientById", "is too large");
            if (!decode_gql_delete_client_data_delete_client_by_id(value, out->delete_client_by_id, err)) return false;
        }
    }
    return true;
}

bool gql_delete_client_decode(const cJSON *data, gql_delete_client_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_delete_client_data(data, out, err)) return true;
    free_gql_delete_client_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_delete_client_free(gql_delete_client_data *data) {
    free_gql_delete_client_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_delete_client(const cJSON *data, gql_error *err) {
    gql_delete_client_data decoded;
    if (!gql_delete_client_decode(data, &decoded, err)) return false;
    gql_delete_client_free(&decoded);
    return true;
}

/* ==== ForceDeleteStageByApiIdCommandMutation ==== */
static bool validate_gql_delete_stage(const cJSON *data, gql_error *err);

const gql_operation gql_delete_stage_operation = {
    .name = "ForceDeleteStageByApiIdCommandMutation",
    .is_mutation = true,
    .document = "mutation ForceDeleteStageByApiIdCommandMutation($input: ForceDeleteStageByApiIdInput!) { forceDeleteStageByApiId(input: $input) { __typename api { __typename stages { __typename ... StageDetailPrompt_Stage } } errors { __typename ... Error ... ApiNotFoundError ... StageNotFoundError ... UnauthorizedOperation } } } fragment StageDetailPrompt_Stage on Stage { id name displayName conditions { __typename ... StageCondition } } fragment StageCondition on StageCondition { ... AfterStageCondition } fragment AfterStageCondition on AfterStageCondition { afterStage { __typename name } } fragment Error on Error { message } fragment ApiNotFoundError on ApiNotFoundError { __typename message apiId ... Error } fragment StageNotFoundError on StageNotFoundError { __typename message name ... Error } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error }",
    .validate = validate_gql_delete_stage,
};


static void free_gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions_after_stage(gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions_after_stage *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions_after_stage(const cJSON *json, gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions_after_stage *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "forceDeleteStageByApiId.api.stages.conditions.afterStage", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "forceDeleteStageByApiId.api.stages.conditions.afterStage.name", err)) return false;
    return true;
}

static void free_gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions(gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    if (value->after_stage) free_gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions_after_stage(value->after_stage);
    free(value->after_stage);
}

static bool decode_gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions(const cJSON *json, gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "forceDeleteStageByApiId.api.stages.conditions", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "forceDeleteStageByApiId.api.stages.conditions.__typename", err)) return false;
    out->kind = GQL_DELETE_STAGE_DATA_FORCE_DELETE_STAGE_BY_API_ID_API_STAGES_CONDITIONS_OTHER;
    if (strcmp(out->typename, "AfterStageCondition") == 0) out->kind = GQL_DELETE_STAGE_DATA_FORCE_DELETE_STAGE_BY_API_ID_API_STAGES_CONDITIONS_AFTER_STAGE_CONDITION;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "afterStage", GQL_NULLABLE | GQL_OPTIONAL, &value, "forceDeleteStageByApiId.api.stages.conditions.afterStage", err)) return false;
        if (value) {
            out->after_stage = calloc(1, sizeof *out->after_stage);
            if (!out->after_stage) return gql_fail(err, "forceDeleteStageByApiId.api.stages.conditions.afterStage", "is too large");
            if (!decode_gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions_after_stage(value, out->after_stage, err)) return false;
        }
    }
    return true;
}

static void free_gql_delete_stage_data_force_delete_stage_by_api_id_api_stages(gql_delete_stage_data_force_delete_stage_by_api_id_api_stages *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
    free(value->display_name);
    for (size_t i = 0; i < value->conditions_count; i++) {
        free_gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions(&value->conditions[i]);
    }
    free(value->conditions);
}

static bool decode_gql_delete_stage_data_force_delete_stage_by_api_id_api_stages(const cJSON *json, gql_delete_stage_data_force_delete_stage_by_api_id_api_stages *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "forceDeleteStageByApiId.api.stages", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "forceDeleteStageByApiId.api.stages.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "forceDeleteStageByApiId.api.stages.name", err)) return false;
    if (!gql_read_string(json, "displayName", GQL_NULLABLE, &out->display_name, "forceDeleteStageByApiId.api.stages.displayName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "conditions", GQL_NULLABLE, &list, &count, "forceDeleteStageByApiId.api.stages.conditions", err)) return false;
        if (list) {
            out->conditions = calloc(count ? count : 1, sizeof *out->conditions);
            if (!out->conditions) return gql_fail(err, "forceDeleteStageByApiId.api.stages.conditions", "is too large");
            out->conditions_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions(item, &out->conditions[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_delete_stage_data_force_delete_stage_by_api_id_api(gql_delete_stage_data_force_delete_stage_by_api_id_api *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->stages_count; i++) {
        free_gql_delete_stage_data_force_delete_stage_by_api_id_api_stages(&value->stages[i]);
    }
    free(value->stages);
}

static bool decode_gql_delete_stage_data_force_delete_stage_by_api_id_api(const cJSON *json, gql_delete_stage_data_force_delete_stage_by_api_id_api *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "forceDeleteStageByApiId.api", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "stages", GQL_NULLABLE, &list, &count, "forceDeleteStageByApiId.api.stages", err)) return false;
        if (list) {
            out->stages = calloc(count ? count : 1, sizeof *out->stages);
            if (!out->stages) return gql_fail(err, "forceDeleteStageByApiId.api.stages", "is too large");
            out->stages_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_delete_stage_data_force_delete_stage_by_api_id_api_stages(item, &out->stages[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_delete_stage_data_force_delete_stage_by_api_id_errors(gql_delete_stage_data_force_delete_stage_by_api_id_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->api_id);
    free(value->name);
}

static bool decode_gql_delete_stage_data_force_delete_stage_by_api_id_errors(const cJSON *json, gql_delete_stage_data_force_delete_stage_by_api_id_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "forceDeleteStageByApiId.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "forceDeleteStageByApiId.errors.__typename", err)) return false;
    out->kind = GQL_DELETE_STAGE_DATA_FORCE_DELETE_STAGE_BY_API_ID_ERRORS_OTHER;
    if (strcmp(out->typename, "ApiNotFoundError") == 0) out->kind = GQL_DELETE_STAGE_DATA_FORCE_DELETE_STAGE_BY_API_ID_ERRORS_API_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "StageNotFoundError") == 0) out->kind = GQL_DELETE_STAGE_DATA_FORCE_DELETE_STAGE_BY_API_ID_ERRORS_STAGE_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_DELETE_STAGE_DATA_FORCE_DELETE_STAGE_BY_API_ID_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "forceDeleteStageByApiId.errors.message", err)) return false;
    if (!gql_read_string(json, "apiId", GQL_OPTIONAL, &out->api_id, "forceDeleteStageByApiId.errors.apiId", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "forceDeleteStageByApiId.errors.name", err)) return false;
    return true;
}

static void free_gql_delete_stage_data_force_delete_stage_by_api_id(gql_delete_stage_data_force_delete_stage_by_api_id *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->api) free_gql_delete_stage_data_force_delete_stage_by_api_id_api(value->api);
    free(value->api);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_delete_stage_data_force_delete_stage_by_api_id_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_delete_stage_data_force_delete_stage_by_api_id(const cJSON *json, gql_delete_stage_data_force_delete_stage_by_api_id *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "forceDeleteStageByApiId", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "api", GQL_NULLABLE, &value, "forceDeleteStageByApiId.api", err)) return false;
        if (value) {
            out->api = calloc(1, sizeof *out->api);
            if (!out->api) return gql_fail(err, "forceDeleteStageByApiId.api", "is too large");
            if (!decode_gql_delete_stage_data_force_delete_stage_by_api_id_api(value, out->api, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "forceDeleteStageByApiId.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "forceDeleteStageByApiId.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_delete_stage_data_force_delete_stage_by_api_id_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_delete_stage_data(gql_delete_stage_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->force_delete_stage_by_api_id) free_gql_delete_stage_data_force_delete_stage_by_api_id(value->force_delete_stage_by_api_id);
    free(value->force_delete_stage_by_api_id);
}

static bool decode_gql_delete_stage_data(const cJSON *json, gql_delete_stage_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "forceDeleteStageByApiId", GQL_NULLABLE, &value, "forceDeleteStageByApiId", err)) return false;
        if (value) {
            out->force_delete_stage_by_api_id = calloc(1, sizeof *out->force_delete_stage_by_api_id);
            if (!out->force_delete_stage_by_api_id) return gql_fail(err, "forceDeleteStageByApiId", "is too large");
            if (!decode_gql_delete_stage_data_force_delete_stage_by_api_id(value, out->force_delete_stage_by_api_id, err)) return false;
        }
    }
    return true;
}

bool gql_delete_stage_decode(const cJSON *data, gql_delete_stage_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_delete_stage_data(data, out, err)) return true;
    free_gql_delete_stage_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_delete_stage_free(gql_delete_stage_data *data) {
    free_gql_delete_stage_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_delete_stage(const cJSON *data, gql_error *err) {
    gql_delete_stage_data decoded;
    if (!gql_delete_stage_decode(data, &decoded, err)) return false;
    gql_delete_stage_free(&decoded);
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

/* ==== ListClientCommandQuery ==== */
static bool validate_gql_list_clients(const cJSON *data, gql_error *err);

const gql_operation gql_list_clients_operation = {
    .name = "ListClientCommandQuery",
    .is_mutation = false,
    .document = "query ListClientCommandQuery($apiId: ID!, $after: String, $first: Int) { node(id: $apiId) { __typename ... on Api { clients(after: $after, first: $first) { __typename edges { __typename cursor node { __typename id name ... ClientDetailPrompt_Client } } pageInfo { __typename ... PageInfo } } } } } fragment ClientDetailPrompt_Client on Client { id name api { __typename name path } versions { __typename edges { __typename ... ClientDetailPrompt_ClientVersionEdge } pageInfo { __typename hasNextPage endCursor } } } fragment ClientDetailPrompt_ClientVersionEdge on ClientVersionEdge { cursor node { __typename id createdAt tag publishedTo { __typename stage { __typename name } } } } fragment PageInfo on PageInfo { hasPreviousPage hasNextPage endCursor startCursor }",
    .validate = validate_gql_list_clients,
};


static void free_gql_list_clients_data_node_clients_edges_node_api(gql_list_clients_data_node_clients_edges_node_api *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
}

static bool decode_gql_list_clients_data_node_clients_edges_node_api(const cJSON *json, gql_list_clients_data_node_clients_edges_node_api *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.clients.edges.node.api", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "node.clients.edges.node.api.name", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", 0, &list, &count, "node.clients.edges.node.api.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "node.clients.edges.node.api.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "node.clients.edges.node.api.path", err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to_stage(gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to_stage *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to_stage(const cJSON *json, gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to_stage *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.clients.edges.node.versions.edges.node.publishedTo.stage", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "node.clients.edges.node.versions.edges.node.publishedTo.stage.name", err)) return false;
    return true;
}

static void free_gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to(gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->stage) free_gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to_stage(value->stage);
    free(value->stage);
}

static bool decode_gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to(const cJSON *json, gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.clients.edges.node.versions.edges.node.publishedTo", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "stage", GQL_NULLABLE, &value, "node.clients.edges.node.versions.edges.node.publishedTo.stage", err)) return false;
        if (value) {
            out->stage = calloc(1, sizeof *out->stage);
            if (!out->stage) return gql_fail(err, "node.clients.edges.node.versions.edges.node.publishedTo.stage", "is too large");
            if (!decode_gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to_stage(value, out->stage, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_clients_data_node_clients_edges_node_versions_edges_node(gql_list_clients_data_node_clients_edges_node_versions_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->created_at);
    free(value->tag);
    if (value->published_to) free_gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to(value->published_to);
    free(value->published_to);
}

static bool decode_gql_list_clients_data_node_clients_edges_node_versions_edges_node(const cJSON *json, gql_list_clients_data_node_clients_edges_node_versions_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.clients.edges.node.versions.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "node.clients.edges.node.versions.edges.node.id", err)) return false;
    if (!gql_read_string(json, "createdAt", 0, &out->created_at, "node.clients.edges.node.versions.edges.node.createdAt", err)) return false;
    if (!gql_read_string(json, "tag", 0, &out->tag, "node.clients.edges.node.versions.edges.node.tag", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "publishedTo", GQL_NULLABLE, &value, "node.clients.edges.node.versions.edges.node.publishedTo", err)) return false;
        if (value) {
            out->published_to = calloc(1, sizeof *out->published_to);
            if (!out->published_to) return gql_fail(err, "node.clients.edges.node.versions.edges.node.publishedTo", "is too large");
            if (!decode_gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to(value, out->published_to, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_clients_data_node_clients_edges_node_versions_edges(gql_list_clients_data_node_clients_edges_node_versions_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_list_clients_data_node_clients_edges_node_versions_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_list_clients_data_node_clients_edges_node_versions_edges(const cJSON *json, gql_list_clients_data_node_clients_edges_node_versions_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.clients.edges.node.versions.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "node.clients.edges.node.versions.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "node.clients.edges.node.versions.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "node.clients.edges.node.versions.edges.node", "is too large");
            if (!decode_gql_list_clients_data_node_clients_edges_node_versions_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_clients_data_node_clients_edges_node_versions_page_info(gql_list_clients_data_node_clients_edges_node_versions_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
}

static bool decode_gql_list_clients_data_node_clients_edges_node_versions_page_info(const cJSON *json, gql_list_clients_data_node_clients_edges_node_versions_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.clients.edges.node.versions.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "node.clients.edges.node.versions.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "node.clients.edges.node.versions.pageInfo.endCursor", err)) return false;
    return true;
}

static void free_gql_list_clients_data_node_clients_edges_node_versions(gql_list_clients_data_node_clients_edges_node_versions *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_list_clients_data_node_clients_edges_node_versions_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_list_clients_data_node_clients_edges_node_versions_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_list_clients_data_node_clients_edges_node_versions(const cJSON *json, gql_list_clients_data_node_clients_edges_node_versions *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.clients.edges.node.versions", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "node.clients.edges.node.versions.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "node.clients.edges.node.versions.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_list_clients_data_node_clients_edges_node_versions_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", GQL_NULLABLE, &value, "node.clients.edges.node.versions.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "node.clients.edges.node.versions.pageInfo", "is too large");
            if (!decode_gql_list_clients_data_node_clients_edges_node_versions_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_clients_data_node_clients_edges_node(gql_list_clients_data_node_clients_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
    if (value->api) free_gql_list_clients_data_node_clients_edges_node_api(value->api);
    free(value->api);
    if (value->versions) free_gql_list_clients_data_node_clients_edges_node_versions(value->versions);
    free(value->versions);
}

static bool decode_gql_list_clients_data_node_clients_edges_node(const cJSON *json, gql_list_clients_data_node_clients_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.clients.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "node.clients.edges.node.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "node.clients.edges.node.name", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "api", GQL_NULLABLE, &value, "node.clients.edges.node.api", err)) return false;
        if (value) {
            out->api = calloc(1, sizeof *out->api);
            if (!out->api) return gql_fail(err, "node.clients.edges.node.api", "is too large");
            if (!decode_gql_list_clients_data_node_clients_edges_node_api(value, out->api, err)) return false;
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "versions", GQL_NULLABLE, &value, "node.clients.edges.node.versions", err)) return false;
        if (value) {
            out->versions = calloc(1, sizeof *out->versions);
            if (!out->versions) return gql_fail(err, "node.clients.edges.node.versions", "is too large");
            if (!decode_gql_list_clients_data_node_clients_edges_node_versions(value, out->versions, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_clients_data_node_clients_edges(gql_list_clients_data_node_clients_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_list_clients_data_node_clients_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_list_clients_data_node_clients_edges(const cJSON *json, gql_list_clients_data_node_clients_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.clients.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "node.clients.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "node.clients.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "node.clients.edges.node", "is too large");
            if (!decode_gql_list_clients_data_node_clients_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_clients_data_node_clients_page_info(gql_list_clients_data_node_clients_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
    free(value->start_cursor);
}

static bool decode_gql_list_clients_data_node_clients_page_info(const cJSON *json, gql_list_clients_data_node_clients_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.clients.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasPreviousPage", 0, &out->has_previous_page, NULL, "node.clients.pageInfo.hasPreviousPage", err)) return false;
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "node.clients.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "node.clients.pageInfo.endCursor", err)) return false;
    if (!gql_read_string(json, "startCursor", GQL_NULLABLE, &out->start_cursor, "node.clients.pageInfo.startCursor", err)) return false;
    return true;
}

static void free_gql_list_clients_data_node_clients(gql_list_clients_data_node_clients *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_list_clients_data_node_clients_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_list_clients_data_node_clients_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_list_clients_data_node_clients(const cJSON *json, gql_list_clients_data_node_clients *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.clients", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "node.clients.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "node.clients.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_list_clients_data_node_clients_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", GQL_NULLABLE, &value, "node.clients.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "node.clients.pageInfo", "is too large");
            if (!decode_gql_list_clients_data_node_clients_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_clients_data_node(gql_list_clients_data_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    if (value->clients) free_gql_list_clients_data_node_clients(value->clients);
    free(value->clients);
}

static bool decode_gql_list_clients_data_node(const cJSON *json, gql_list_clients_data_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "node.__typename", err)) return false;
    out->kind = GQL_LIST_CLIENTS_DATA_NODE_OTHER;
    if (strcmp(out->typename, "Api") == 0) out->kind = GQL_LIST_CLIENTS_DATA_NODE_API;
    else if (strcmp(out->typename, "ApiKey") == 0) out->kind = GQL_LIST_CLIENTS_DATA_NODE_API_KEY;
    else if (strcmp(out->typename, "Client") == 0) out->kind = GQL_LIST_CLIENTS_DATA_NODE_CLIENT;
    else if (strcmp(out->typename, "Environment") == 0) out->kind = GQL_LIST_CLIENTS_DATA_NODE_ENVIRONMENT;
    else if (strcmp(out->typename, "PersonalAccessToken") == 0) out->kind = GQL_LIST_CLIENTS_DATA_NODE_PERSONAL_ACCESS_TOKEN;
    else if (strcmp(out->typename, "User") == 0) out->kind = GQL_LIST_CLIENTS_DATA_NODE_USER;
    else if (strcmp(out->typename, "Workspace") == 0) out->kind = GQL_LIST_CLIENTS_DATA_NODE_WORKSPACE;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "clients", GQL_NULLABLE | GQL_OPTIONAL, &value, "node.clients", err)) return false;
        if (value) {
            out->clients = calloc(1, sizeof *out->clients);
            if (!out->clients) return gql_fail(err, "node.clients", "is too large");
            if (!decode_gql_list_clients_data_node_clients(value, out->clients, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_clients_data(gql_list_clients_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->node) free_gql_list_clients_data_node(value->node);
    free(value->node);
}

static bool decode_gql_list_clients_data(const cJSON *json, gql_list_clients_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "node", "is too large");
            if (!decode_gql_list_clients_data_node(value, out->node, err)) return false;
        }
    }
    return true;
}

bool gql_list_clients_decode(const cJSON *data, gql_list_clients_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_list_clients_data(data, out, err)) return true;
    free_gql_list_clients_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_list_clients_free(gql_list_clients_data *data) {
    free_gql_list_clients_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_list_clients(const cJSON *data, gql_error *err) {
    gql_list_clients_data decoded;
    if (!gql_list_clients_decode(data, &decoded, err)) return false;
    gql_list_clients_free(&decoded);
    return true;
}

/* ==== ListEnvironmentCommandQuery ==== */
static bool validate_gql_list_environments(const cJSON *data, gql_error *err);

const gql_operation gql_list_environments_operation = {
    .name = "ListEnvironmentCommandQuery",
    .is_mutation = false,
    .document = "query ListEnvironmentCommandQuery($workspaceId: ID!, $after: Version, $first: Int) { workspaceById(workspaceId: $workspaceId) { __typename environments(after: $after, first: $first) { __typename edges { __typename ... ListEnvironmentCommand_EnvironmentEdge } pageInfo { __typename ... PageInfo } } } } fragment ListEnvironmentCommand_EnvironmentEdge on EnvironmentsEdge { cursor node { __typename ... ListEnvironmentCommand_Environment } } fragment ListEnvironmentCommand_Environment on Environment { id name ... EnvironmentDetailPrompt_Environment } fragment EnvironmentDetailPrompt_Environment on Environment { id name workspace { __typename name } } fragment PageInfo on PageInfo { hasPreviousPage hasNextPage endCursor startCursor }",
    .validate = validate_gql_list_environments,
};


static void free_gql_list_environments_data_workspace_by_id_environments_edges_node_workspace(gql_list_environments_data_workspace_by_id_environments_edges_node_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_list_environments_data_workspace_by_id_environments_edges_node_workspace(const cJSON *json, gql_list_environments_data_workspace_by_id_environments_edges_node_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.environments.edges.node.workspace", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "workspaceById.environments.edges.node.workspace.name", err)) return false;
    return true;
}

static void free_gql_list_environments_data_workspace_by_id_environments_edges_node(gql_list_environments_data_workspace_by_id_environments_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
    if (value->workspace) free_gql_list_environments_data_workspace_by_id_environments_edges_node_workspace(value->workspace);
    free(value->workspace);
}

static bool decode_gql_list_environments_data_workspace_by_id_environments_edges_node(const cJSON *json, gql_list_environments_data_workspace_by_id_environments_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.environments.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "workspaceById.environments.edges.node.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "workspaceById.environments.edges.node.name", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE, &value, "workspaceById.environments.edges.node.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "workspaceById.environments.edges.node.workspace", "is too large");
            if (!decode_gql_list_environments_data_workspace_by_id_environments_edges_node_workspace(value, out->workspace, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_environments_data_workspace_by_id_environments_edges(gql_list_environments_data_workspace_by_id_environments_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_list_environments_data_workspace_by_id_environments_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_list_environments_data_workspace_by_id_environments_edges(const cJSON *json, gql_list_environments_data_workspace_by_id_environments_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.environments.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "workspaceById.environments.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "workspaceById.environments.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "workspaceById.environments.edges.node", "is too large");
            if (!decode_gql_list_environments_data_workspace_by_id_environments_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_environments_data_workspace_by_id_environments_page_info(gql_list_environments_data_workspace_by_id_environments_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
    free(value->start_cursor);
}

static bool decode_gql_list_environments_data_workspace_by_id_environments_page_info(const cJSON *json, gql_list_environments_data_workspace_by_id_environments_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.environments.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasPreviousPage", 0, &out->has_previous_page, NULL, "workspaceById.environments.pageInfo.hasPreviousPage", err)) return false;
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "workspaceById.environments.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "workspaceById.environments.pageInfo.endCursor", err)) return false;
    if (!gql_read_string(json, "startCursor", GQL_NULLABLE, &out->start_cursor, "workspaceById.environments.pageInfo.startCursor", err)) return false;
    return true;
}

static void free_gql_list_environments_data_workspace_by_id_environments(gql_list_environments_data_workspace_by_id_environments *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_list_environments_data_workspace_by_id_environments_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_list_environments_data_workspace_by_id_environments_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_list_environments_data_workspace_by_id_environments(const cJSON *json, gql_list_environments_data_workspace_by_id_environments *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById.environments", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "workspaceById.environments.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "workspaceById.environments.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_list_environments_data_workspace_by_id_environments_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", GQL_NULLABLE, &value, "workspaceById.environments.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "workspaceById.environments.pageInfo", "is too large");
            if (!decode_gql_list_environments_data_workspace_by_id_environments_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_environments_data_workspace_by_id(gql_list_environments_data_workspace_by_id *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->environments) free_gql_list_environments_data_workspace_by_id_environments(value->environments);
    free(value->environments);
}

static bool decode_gql_list_environments_data_workspace_by_id(const cJSON *json, gql_list_environments_data_workspace_by_id *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "workspaceById", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "environments", GQL_NULLABLE, &value, "workspaceById.environments", err)) return false;
        if (value) {
            out->environments = calloc(1, sizeof *out->environments);
            if (!out->environments) return gql_fail(err, "workspaceById.environments", "is too large");
            if (!decode_gql_list_environments_data_workspace_by_id_environments(value, out->environments, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_environments_data(gql_list_environments_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->workspace_by_id) free_gql_list_environments_data_workspace_by_id(value->workspace_by_id);
    free(value->workspace_by_id);
}

static bool decode_gql_list_environments_data(const cJSON *json, gql_list_environments_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspaceById", GQL_NULLABLE, &value, "workspaceById", err)) return false;
        if (value) {
            out->workspace_by_id = calloc(1, sizeof *out->workspace_by_id);
            if (!out->workspace_by_id) return gql_fail(err, "workspaceById", "is too large");
            if (!decode_gql_list_environments_data_workspace_by_id(value, out->workspace_by_id, err)) return false;
        }
    }
    return true;
}

bool gql_list_environments_decode(const cJSON *data, gql_list_environments_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_list_environments_data(data, out, err)) return true;
    free_gql_list_environments_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_list_environments_free(gql_list_environments_data *data) {
    free_gql_list_environments_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_list_environments(const cJSON *data, gql_error *err) {
    gql_list_environments_data decoded;
    if (!gql_list_environments_decode(data, &decoded, err)) return false;
    gql_list_environments_free(&decoded);
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

/* ==== ListStagesQuery ==== */
static bool validate_gql_list_stages(const cJSON *data, gql_error *err);

const gql_operation gql_list_stages_operation = {
    .name = "ListStagesQuery",
    .is_mutation = false,
    .document = "query ListStagesQuery($apiId: ID!) { node(id: $apiId) { __typename ... on Api { stages { __typename id name displayName ... StageDetailPrompt_Stage } } } } fragment StageDetailPrompt_Stage on Stage { id name displayName conditions { __typename ... StageCondition } } fragment StageCondition on StageCondition { ... AfterStageCondition } fragment AfterStageCondition on AfterStageCondition { afterStage { __typename name } }",
    .validate = validate_gql_list_stages,
};


static void free_gql_list_stages_data_node_stages_conditions_after_stage(gql_list_stages_data_node_stages_conditions_after_stage *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_list_stages_data_node_stages_conditions_after_stage(const cJSON *json, gql_list_stages_data_node_stages_conditions_after_stage *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.stages.conditions.afterStage", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "node.stages.conditions.afterStage.name", err)) return false;
    return true;
}

static void free_gql_list_stages_data_node_stages_conditions(gql_list_stages_data_node_stages_conditions *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    if (value->after_stage) free_gql_list_stages_data_node_stages_conditions_after_stage(value->after_stage);
    free(value->after_stage);
}

static bool decode_gql_list_stages_data_node_stages_conditions(const cJSON *json, gql_list_stages_data_node_stages_conditions *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.stages.conditions", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "node.stages.conditions.__typename", err)) return false;
    out->kind = GQL_LIST_STAGES_DATA_NODE_STAGES_CONDITIONS_OTHER;
    if (strcmp(out->typename, "AfterStageCondition") == 0) out->kind = GQL_LIST_STAGES_DATA_NODE_STAGES_CONDITIONS_AFTER_STAGE_CONDITION;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "afterStage", GQL_NULLABLE | GQL_OPTIONAL, &value, "node.stages.conditions.afterStage", err)) return false;
        if (value) {
            out->after_stage = calloc(1, sizeof *out->after_stage);
            if (!out->after_stage) return gql_fail(err, "node.stages.conditions.afterStage", "is too large");
            if (!decode_gql_list_stages_data_node_stages_conditions_after_stage(value, out->after_stage, err)) return false;
        }
    }
    return true;
}

static void free_gql_list_stages_data_node_stages(gql_list_stages_data_node_stages *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
    free(value->display_name);
    for (size_t i = 0; i < value->conditions_count; i++) {
        free_gql_list_stages_data_node_stages_conditions(&value->conditions[i]);
    }
    free(value->conditions);
}

static bool decode_gql_list_stages_data_node_stages(const cJSON *json, gql_list_stages_data_node_stages *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.stages", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "node.stages.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "node.stages.name", err)) return false;
    if (!gql_read_string(json, "displayName", GQL_NULLABLE, &out->display_name, "node.stages.displayName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "conditions", GQL_NULLABLE, &list, &count, "node.stages.conditions", err)) return false;
        if (list) {
            out->conditions = calloc(count ? count : 1, sizeof *out->conditions);
            if (!out->conditions) return gql_fail(err, "node.stages.conditions", "is too large");
            out->conditions_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_list_stages_data_node_stages_conditions(item, &out->conditions[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_list_stages_data_node(gql_list_stages_data_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    for (size_t i = 0; i < value->stages_count; i++) {
        free_gql_list_stages_data_node_stages(&value->stages[i]);
    }
    free(value->stages);
}

static bool decode_gql_list_stages_data_node(const cJSON *json, gql_list_stages_data_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "node.__typename", err)) return false;
    out->kind = GQL_LIST_STAGES_DATA_NODE_OTHER;
    if (strcmp(out->typename, "Api") == 0) out->kind = GQL_LIST_STAGES_DATA_NODE_API;
    else if (strcmp(out->typename, "ApiKey") == 0) out->kind = GQL_LIST_STAGES_DATA_NODE_API_KEY;
    else if (strcmp(out->typename, "Client") == 0) out->kind = GQL_LIST_STAGES_DATA_NODE_CLIENT;
    else if (strcmp(out->typename, "Environment") == 0) out->kind = GQL_LIST_STAGES_DATA_NODE_ENVIRONMENT;
    else if (strcmp(out->typename, "PersonalAccessToken") == 0) out->kind = GQL_LIST_STAGES_DATA_NODE_PERSONAL_ACCESS_TOKEN;
    else if (strcmp(out->typename, "User") == 0) out->kind = GQL_LIST_STAGES_DATA_NODE_USER;
    else if (strcmp(out->typename, "Workspace") == 0) out->kind = GQL_LIST_STAGES_DATA_NODE_WORKSPACE;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "stages", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "node.stages", err)) return false;
        if (list) {
            out->stages = calloc(count ? count : 1, sizeof *out->stages);
            if (!out->stages) return gql_fail(err, "node.stages", "is too large");
            out->stages_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_list_stages_data_node_stages(item, &out->stages[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_list_stages_data(gql_list_stages_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->node) free_gql_list_stages_data_node(value->node);
    free(value->node);
}

static bool decode_gql_list_stages_data(const cJSON *json, gql_list_stages_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "node", "is too large");
            if (!decode_gql_list_stages_data_node(value, out->node, err)) return false;
        }
    }
    return true;
}

bool gql_list_stages_decode(const cJSON *data, gql_list_stages_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_list_stages_data(data, out, err)) return true;
    free_gql_list_stages_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_list_stages_free(gql_list_stages_data *data) {
    free_gql_list_stages_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_list_stages(const cJSON *data, gql_error *err) {
    gql_list_stages_data decoded;
    if (!gql_list_stages_decode(data, &decoded, err)) return false;
    gql_list_stages_free(&decoded);
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

/* ==== OnClientVersionPublishUpdated ==== */
static bool validate_gql_on_client_publish(const cJSON *data, gql_error *err);

const gql_operation gql_on_client_publish_operation = {
    .name = "OnClientVersionPublishUpdated",
    .is_mutation = false,
    .document = "subscription OnClientVersionPublishUpdated($requestId: ID!) { onClientVersionPublishingUpdate(requestId: $requestId) { __typename ... ClientVersionPublishFailed ... ClientVersionPublishSuccess ... OperationInProgress ... WaitForApproval ... ProcessingTaskApproved ... ProcessingTaskIsReady ... ProcessingTaskIsQueued } } fragment ClientVersionPublishFailed on ClientVersionPublishFailed { state errors { __typename ... UnexpectedProcessingError ... ProcessingTimeoutError ... ConcurrentOperationError ... PersistedQueryValidationError } } fragment UnexpectedProcessingError on UnexpectedProcessingError { __typename message } fragment ProcessingTimeoutError on ProcessingTimeoutError { __typename message } fragment ConcurrentOperationError on ConcurrentOperationError { __typename message ... Error } fragment Error on Error { message } fragment PersistedQueryValidationError on PersistedQueryValidationError { message client { __typename id name } queries { __typename deployedTags message hash errors { __typename message code path locations { __typename column line } } } } fragment ClientVersionPublishSuccess on ClientVersionPublishSuccess { state } fragment OperationInProgress on OperationInProgress { state } fragment WaitForApproval on WaitForApproval { state deployment { __typename ... SchemaDeployment ... ClientDeployment ... FusionConfigurationDeployment ... OpenApiCollectionDeployment ... McpFeatureCollectionDeployment } } fragment SchemaDeployment on SchemaDeployment { errors { __typename ... OperationsAreNotAllowedError ... SchemaVersionSyntaxError ... SchemaChangeViolationError ... InvalidGraphQLSchemaError ... PersistedQueryValidationError ... OpenApiCollectionValidationError ... McpFeatureCollectionValidationError } } fragment OperationsAreNotAllowedError on OperationsAreNotAllowedError { __typename message } fragment SchemaVersionSyntaxError on SchemaVersionSyntaxError { __typename message column position line } fragment SchemaChangeViolationError on SchemaChangeViolationError { message changes { __typename ... SchemaChangeLogEntry } } fragment SchemaChangeLogEntry on SchemaChangeLogEntry { __typename ... TypeSystemMemberAddedChange ... TypeSystemMemberRemovedChange ... ObjectModifiedChange ... InputObjectModifiedChange ... DirectiveModifiedChange ... ScalarModifiedChange ... EnumModifiedChange ... UnionModifiedChange ... InterfaceModifiedChange ... SchemaChange } fragment TypeSystemMemberAddedChange on TypeSystemMemberAddedChange { ... SchemaChange coordinate severity __typename } fragment SchemaChange on SchemaChange { severity } fragment TypeSystemMemberRemovedChange on TypeSystemMemberRemovedChange { ... SchemaChange coordinate severity __typename } fragment ObjectModifiedChange on ObjectModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... InterfaceImplementationAdded ... InterfaceImplementationRemoved ... DescriptionChanged ... FieldAddedChange ... FieldRemovedChange ... OutputFieldChanged } } fragment InterfaceImplementationAdded on InterfaceImplementationAdded { ... SchemaChange interfaceName severity } fragment InterfaceImplementationRemoved on InterfaceImplementationRemoved { ... SchemaChange interfaceName severity } fragment DescriptionChanged on DescriptionChanged { ... SchemaChange old new severity __typename } fragment FieldAddedChange on FieldAddedChange { ... SchemaChange coordinate typeName fieldName severity } fragment FieldRemovedChange on FieldRemovedChange { ... SchemaChange coordinate typeName fieldName severity } fragment OutputFieldChanged on OutputFieldChanged { ... SchemaChange coordinate severity fieldName changes { __typename ... ArgumentRemoved ... ArgumentAdded ... ArgumentChanged ... DescriptionChanged ... TypeChanged ... DeprecatedChange } } fragment ArgumentRemoved on ArgumentRemoved { ... SchemaChange coordinate severity name typeName __typename } fragment ArgumentAdded on ArgumentAdded { ... SchemaChange coordinate severity name typeName __typename } fragment ArgumentChanged on ArgumentChanged { ... SchemaChange coordinate severity name __typename changes { __typename ... DescriptionChanged ... DeprecatedChange ... TypeChanged } } fragment DeprecatedChange on DeprecatedChange { ... SchemaChange deprecationReason severity } fragment TypeChanged on TypeChanged { ... SchemaChange oldType newType severity __typename } fragment InputObjectModifiedChange on InputObjectModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DescriptionChanged ... FieldAddedChange ... FieldRemovedChange ... InputFieldChanged } } fragment InputFieldChanged on InputFieldChanged { ... SchemaChange coordinate severity fieldName changes { __typename ... DescriptionChanged ... TypeChanged ... DeprecatedChange } } fragment DirectiveModifiedChange on DirectiveModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DirectiveLocationAdded ... DirectiveLocationRemoved ... DescriptionChanged ... ArgumentRemoved ... ArgumentChanged ... ArgumentAdded } } fragment DirectiveLocationAdded on DirectiveLocationAdded { ... SchemaChange location severity __typename } fragment DirectiveLocationRemoved on DirectiveLocationRemoved { ... SchemaChange location severity __typename } fragment ScalarModifiedChange on ScalarModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DescriptionChanged } } fragment EnumModifiedChange on EnumModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DescriptionChanged ... EnumValueRemoved ... EnumValueAdded ... EnumValueChanged } } fragment EnumValueRemoved on EnumValueRemoved { ... SchemaChange coordinate severity } fragment EnumValueAdded on EnumValueAdded { ... SchemaChange coordinate severity } fragment EnumValueChanged on EnumValueChanged { ... SchemaChange coordinate severity changes { __typename ... DeprecatedChange ... DescriptionChanged } } fragment UnionModifiedChange on UnionModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DescriptionChanged ... UnionMemberRemoved ... UnionMemberAdded } } fragment UnionMemberRemoved on UnionMemberRemoved { ... SchemaChange typeName severity } fragment UnionMemberAdded on UnionMemberAdded { ... SchemaChange typeName severity } fragment InterfaceModifiedChange on InterfaceModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... InterfaceImplementationAdded ... InterfaceImplementationRemoved ... DescriptionChanged ... FieldAddedChange ... FieldRemovedChange ... OutputFieldChanged ... PossibleTypeAdded ... PossibleTypeRemoved } } fragment PossibleTypeAdded on PossibleTypeAdded { ... SchemaChange typeName severity } fragment PossibleTypeRemoved on PossibleTypeRemoved { ... SchemaChange typeName severity } fragment InvalidGraphQLSchemaError on InvalidGraphQLSchemaError { __typename message errors { __typename message code } } fragment OpenApiCollectionValidationError on OpenApiCollectionValidationError { collections { __typename ... OpenApiCollectionValidationCollection } } fragment OpenApiCollectionValidationCollection on OpenApiCollectionValidationCollection { openApiCollection { __typename id name } entities { __typename ... OpenApiCollectionValidationEntity } } fragment OpenApiCollectionValidationEntity on OpenApiCollectionValidationEntity { errors { __typename ... OpenApiCollectionValidationDocumentError ... OpenApiCollectionValidationEntityValidationError } ... OpenApiCollectionValidationEndpoint ... OpenApiCollectionValidationModel } fragment OpenApiCollectionValidationDocumentError on OpenApiCollectionValidationDocumentError { code message path locations { __typename column line } } fragment OpenApiCollectionValidationEntityValidationError on OpenApiCollectionValidationEntityValidationError { message } fragment OpenApiCollectionValidationEndpoint on OpenApiCollectionValidationEndpoint { httpMethod route } fragment OpenApiCollectionValidationModel on OpenApiCollectionValidationModel { name } fragment McpFeatureCollectionValidationError on McpFeatureCollectionValidationError { collections { __typename ... McpFeatureCollectionValidationCollection } } fragment McpFeatureCollectionValidationCollection on McpFeatureCollectionValidationCollection { mcpFeatureCollection { __typename id name } entities { __typename ... McpFeatureCollectionValidationEntity } } fragment McpFeatureCollectionValidationEntity on McpFeatureCollectionValidationEntity { errors { __typename ... McpFeatureCollectionValidationDocumentError ... McpFeatureCollectionValidationEntityValidationError } ... McpFeatureCollectionValidationPrompt ... McpFeatureCollectionValidationTool } fragment McpFeatureCollectionValidationDocumentError on McpFeatureCollectionValidationDocumentError { code message path locations { __typename column line } } fragment McpFeatureCollectionValidationEntityValidationError on McpFeatureCollectionValidationEntityValidationError { message } fragment McpFeatureCollectionValidationPrompt on McpFeatureCollectionValidationPrompt { name } fragment McpFeatureCollectionValidationTool on McpFeatureCollectionValidationTool { name } fragment ClientDeployment on ClientDeployment { errors { __typename ... PersistedQueryValidationError } } fragment FusionConfigurationDeployment on FusionConfigurationDeployment { errors { __typename ... SchemaChangeViolationError ... InvalidGraphQLSchemaError ... PersistedQueryValidationError ... OpenApiCollectionValidationError ... McpFeatureCollectionValidationError } } fragment OpenApiCollectionDeployment on OpenApiCollectionDeployment { errors { __typename ... OpenApiCollectionValidationError } } fragment McpFeatureCollectionDeployment on McpFeatureCollectionDeployment { errors { __typename ... McpFeatureCollectionValidationError } } fragment ProcessingTaskApproved on ProcessingTaskApproved { state } fragment ProcessingTaskIsReady on ProcessingTaskIsReady { ready: __typename } fragment ProcessingTaskIsQueued on ProcessingTaskIsQueued { queued: __typename queuePosition }",
    .validate = validate_gql_on_client_publish,
};


static void free_gql_on_client_publish_data_on_client_version_publishing_update_errors_client(gql_on_client_publish_data_on_client_version_publishing_update_errors_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_errors_client(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_errors_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.errors.client", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onClientVersionPublishingUpdate.errors.client.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onClientVersionPublishingUpdate.errors.client.name", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors_locations(gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors_locations *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors_locations(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors_locations *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.errors.queries.errors.locations", "is not an object");
    if (!gql_read_int(json, "column", 0, &out->column, NULL, "onClientVersionPublishingUpdate.errors.queries.errors.locations.column", err)) return false;
    if (!gql_read_int(json, "line", 0, &out->line, NULL, "onClientVersionPublishingUpdate.errors.queries.errors.locations.line", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors(gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->message);
    free(value->code);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    for (size_t i = 0; i < value->locations_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors_locations(&value->locations[i]);
    }
    free(value->locations);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.errors.queries.errors", "is not an object");
    if (!gql_read_string(json, "message", 0, &out->message, "onClientVersionPublishingUpdate.errors.queries.errors.message", err)) return false;
    if (!gql_read_string(json, "code", GQL_NULLABLE, &out->code, "onClientVersionPublishingUpdate.errors.queries.errors.code", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", GQL_NULLABLE, &list, &count, "onClientVersionPublishingUpdate.errors.queries.errors.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "onClientVersionPublishingUpdate.errors.queries.errors.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "onClientVersionPublishingUpdate.errors.queries.errors.path", err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "locations", GQL_NULLABLE, &list, &count, "onClientVersionPublishingUpdate.errors.queries.errors.locations", err)) return false;
        if (list) {
            out->locations = calloc(count ? count : 1, sizeof *out->locations);
            if (!out->locations) return gql_fail(err, "onClientVersionPublishingUpdate.errors.queries.errors.locations", "is too large");
            out->locations_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors_locations(item, &out->locations[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_errors_queries(gql_on_client_publish_data_on_client_version_publishing_update_errors_queries *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->deployed_tags_count; i++) {
        free(value->deployed_tags[i]);
    }
    free(value->deployed_tags);
    free(value->message);
    free(value->hash);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_errors_queries(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_errors_queries *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.errors.queries", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "deployedTags", 0, &list, &count, "onClientVersionPublishingUpdate.errors.queries.deployedTags", err)) return false;
        if (list) {
            out->deployed_tags = calloc(count ? count : 1, sizeof *out->deployed_tags);
            if (!out->deployed_tags) return gql_fail(err, "onClientVersionPublishingUpdate.errors.queries.deployedTags", "is too large");
            out->deployed_tags_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->deployed_tags[i++], "onClientVersionPublishingUpdate.errors.queries.deployedTags", err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "message", 0, &out->message, "onClientVersionPublishingUpdate.errors.queries.message", err)) return false;
    if (!gql_read_string(json, "hash", 0, &out->hash, "onClientVersionPublishingUpdate.errors.queries.hash", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "onClientVersionPublishingUpdate.errors.queries.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onClientVersionPublishingUpdate.errors.queries.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_errors(gql_on_client_publish_data_on_client_version_publishing_update_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    if (value->client) free_gql_on_client_publish_data_on_client_version_publishing_update_errors_client(value->client);
    free(value->client);
    for (size_t i = 0; i < value->queries_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_errors_queries(&value->queries[i]);
    }
    free(value->queries);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_errors(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onClientVersionPublishingUpdate.errors.__typename", err)) return false;
    out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_ERRORS_OTHER;
    if (strcmp(out->typename, "ConcurrentOperationError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_ERRORS_CONCURRENT_OPERATION_ERROR;
    else if (strcmp(out->typename, "PersistedQueryValidationError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR;
    else if (strcmp(out->typename, "ProcessingTimeoutError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_ERRORS_PROCESSING_TIMEOUT_ERROR;
    else if (strcmp(out->typename, "UnexpectedProcessingError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_ERRORS_UNEXPECTED_PROCESSING_ERROR;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "onClientVersionPublishingUpdate.errors.message", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "client", GQL_NULLABLE | GQL_OPTIONAL, &value, "onClientVersionPublishingUpdate.errors.client", err)) return false;
        if (value) {
            out->client = calloc(1, sizeof *out->client);
            if (!out->client) return gql_fail(err, "onClientVersionPublishingUpdate.errors.client", "is too large");
            if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_errors_client(value, out->client, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "queries", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.errors.queries", err)) return false;
        if (list) {
            out->queries = calloc(count ? count : 1, sizeof *out->queries);
            if (!out->queries) return gql_fail(err, "onClientVersionPublishingUpdate.errors.queries", "is too large");
            out->queries_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_errors_queries(item, &out->queries[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_changes(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->old);
    free(value->new);
    free(value->deprecation_reason);
    free(value->old_type);
    free(value->new_type);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_changes(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "DeprecatedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE;
    else if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "TypeChanged") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "deprecationReason", GQL_NULLABLE | GQL_OPTIONAL, &out->deprecation_reason, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.deprecationReason", err)) return false;
    if (!gql_read_string(json, "oldType", GQL_OPTIONAL, &out->old_type, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.oldType", err)) return false;
    if (!gql_read_string(json, "newType", GQL_OPTIONAL, &out->new_type, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.newType", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->coordinate);
    free(value->name);
    free(value->type_name);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_changes(&value->changes[i]);
    }
    free(value->changes);
    free(value->old);
    free(value->new);
    free(value->old_type);
    free(value->new_type);
    free(value->deprecation_reason);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "ArgumentAdded") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED;
    else if (strcmp(out->typename, "ArgumentChanged") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED;
    else if (strcmp(out->typename, "ArgumentRemoved") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED;
    else if (strcmp(out->typename, "DeprecatedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE;
    else if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "TypeChanged") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_TYPE_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.coordinate", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.name", err)) return false;
    if (!gql_read_string(json, "typeName", GQL_OPTIONAL, &out->type_name, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.typeName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "oldType", GQL_OPTIONAL, &out->old_type, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.oldType", err)) return false;
    if (!gql_read_string(json, "newType", GQL_OPTIONAL, &out->new_type, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.newType", err)) return false;
    if (!gql_read_string(json, "deprecationReason", GQL_NULLABLE | GQL_OPTIONAL, &out->deprecation_reason, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.deprecationReason", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->interface_name);
    free(value->old);
    free(value->new);
    free(value->coordinate);
    free(value->type_name);
    free(value->field_name);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes(&value->changes[i]);
    }
    free(value->changes);
    free(value->location);
    free(value->name);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "FieldAddedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_ADDED_CHANGE;
    else if (strcmp(out->typename, "FieldRemovedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_REMOVED_CHANGE;
    else if (strcmp(out->typename, "InterfaceImplementationAdded") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED;
    else if (strcmp(out->typename, "InterfaceImplementationRemoved") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED;
    else if (strcmp(out->typename, "OutputFieldChanged") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "interfaceName", GQL_OPTIONAL, &out->interface_name, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.interfaceName", err)) return false;
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.coordinate", err)) return false;
    if (!gql_read_string(json, "typeName", GQL_OPTIONAL, &out->type_name, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.typeName", err)) return false;
    if (!gql_read_string(json, "fieldName", GQL_OPTIONAL, &out->field_name, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.fieldName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "location", GQL_OPTIONAL, &out->location, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.location", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onClientVersionPublishingUpdate.deployment.errors.changes.changes.name", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->coordinate);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes(&value->changes[i]);
    }
    free(value->changes);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onClientVersionPublishingUpdate.deployment.errors.changes.__typename", err)) return false;
    out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_OTHER;
    if (strcmp(out->typename, "DirectiveModifiedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_DIRECTIVE_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "EnumModifiedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_ENUM_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "InputObjectModifiedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "InterfaceModifiedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_INTERFACE_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "ObjectModifiedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_OBJECT_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "ScalarModifiedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_SCALAR_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "TypeSystemMemberAddedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE;
    else if (strcmp(out->typename, "TypeSystemMemberRemovedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE;
    else if (strcmp(out->typename, "UnionModifiedChange") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_UNION_MODIFIED_CHANGE;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onClientVersionPublishingUpdate.deployment.errors.changes.severity", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onClientVersionPublishingUpdate.deployment.errors.changes.coordinate", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_errors(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->message);
    free(value->code);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_errors(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.errors", "is not an object");
    if (!gql_read_string(json, "message", 0, &out->message, "onClientVersionPublishingUpdate.deployment.errors.errors.message", err)) return false;
    if (!gql_read_string(json, "code", GQL_NULLABLE, &out->code, "onClientVersionPublishingUpdate.deployment.errors.errors.code", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_client(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_client(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.client", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onClientVersionPublishingUpdate.deployment.errors.client.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onClientVersionPublishingUpdate.deployment.errors.client.name", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors_locations(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors_locations *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors_locations(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors_locations *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.queries.errors.locations", "is not an object");
    if (!gql_read_int(json, "column", 0, &out->column, NULL, "onClientVersionPublishingUpdate.deployment.errors.queries.errors.locations.column", err)) return false;
    if (!gql_read_int(json, "line", 0, &out->line, NULL, "onClientVersionPublishingUpdate.deployment.errors.queries.errors.locations.line", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->message);
    free(value->code);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    for (size_t i = 0; i < value->locations_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors_locations(&value->locations[i]);
    }
    free(value->locations);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.queries.errors", "is not an object");
    if (!gql_read_string(json, "message", 0, &out->message, "onClientVersionPublishingUpdate.deployment.errors.queries.errors.message", err)) return false;
    if (!gql_read_string(json, "code", GQL_NULLABLE, &out->code, "onClientVersionPublishingUpdate.deployment.errors.queries.errors.code", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", GQL_NULLABLE, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.queries.errors.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.queries.errors.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "onClientVersionPublishingUpdate.deployment.errors.queries.errors.path", err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "locations", GQL_NULLABLE, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.queries.errors.locations", err)) return false;
        if (list) {
            out->locations = calloc(count ? count : 1, sizeof *out->locations);
            if (!out->locations) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.queries.errors.locations", "is too large");
            out->locations_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors_locations(item, &out->locations[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->deployed_tags_count; i++) {
        free(value->deployed_tags[i]);
    }
    free(value->deployed_tags);
    free(value->message);
    free(value->hash);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.queries", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "deployedTags", 0, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.queries.deployedTags", err)) return false;
        if (list) {
            out->deployed_tags = calloc(count ? count : 1, sizeof *out->deployed_tags);
            if (!out->deployed_tags) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.queries.deployedTags", "is too large");
            out->deployed_tags_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->deployed_tags[i++], "onClientVersionPublishingUpdate.deployment.errors.queries.deployedTags", err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "message", 0, &out->message, "onClientVersionPublishingUpdate.deployment.errors.queries.message", err)) return false;
    if (!gql_read_string(json, "hash", 0, &out->hash, "onClientVersionPublishingUpdate.deployment.errors.queries.hash", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.queries.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.queries.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_open_api_collection(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_open_api_collection *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_open_api_collection(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_open_api_collection *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections.openApiCollection", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onClientVersionPublishingUpdate.deployment.errors.collections.openApiCollection.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onClientVersionPublishingUpdate.deployment.errors.collections.openApiCollection.name", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors_locations(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors_locations *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors_locations(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors_locations *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations", "is not an object");
    if (!gql_read_int(json, "column", 0, &out->column, NULL, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations.column", err)) return false;
    if (!gql_read_int(json, "line", 0, &out->line, NULL, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations.line", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->code);
    free(value->message);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    for (size_t i = 0; i < value->locations_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors_locations(&value->locations[i]);
    }
    free(value->locations);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors.__typename", err)) return false;
    out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER;
    if (strcmp(out->typename, "OpenApiCollectionValidationDocumentError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR;
    else if (strcmp(out->typename, "OpenApiCollectionValidationEntityValidationError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR;
    if (!gql_read_string(json, "code", GQL_NULLABLE | GQL_OPTIONAL, &out->code, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors.code", err)) return false;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors.message", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors.path", err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "locations", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations", err)) return false;
        if (list) {
            out->locations = calloc(count ? count : 1, sizeof *out->locations);
            if (!out->locations) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations", "is too large");
            out->locations_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors_locations(item, &out->locations[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors(&value->errors[i]);
    }
    free(value->errors);
    free(value->http_method);
    free(value->route);
    free(value->name);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections.entities", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.__typename", err)) return false;
    out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OTHER;
    if (strcmp(out->typename, "OpenApiCollectionValidationEndpoint") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT;
    else if (strcmp(out->typename, "OpenApiCollectionValidationModel") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "httpMethod", GQL_OPTIONAL, &out->http_method, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.httpMethod", err)) return false;
    if (!gql_read_string(json, "route", GQL_OPTIONAL, &out->route, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.route", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onClientVersionPublishingUpdate.deployment.errors.collections.entities.name", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_mcp_feature_collection(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_mcp_feature_collection *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_mcp_feature_collection(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_mcp_feature_collection *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onClientVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onClientVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection.name", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->open_api_collection) free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_open_api_collection(value->open_api_collection);
    free(value->open_api_collection);
    for (size_t i = 0; i < value->entities_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities(&value->entities[i]);
    }
    free(value->entities);
    if (value->mcp_feature_collection) free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_mcp_feature_collection(value->mcp_feature_collection);
    free(value->mcp_feature_collection);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "openApiCollection", GQL_NULLABLE, &value, "onClientVersionPublishingUpdate.deployment.errors.collections.openApiCollection", err)) return false;
        if (value) {
            out->open_api_collection = calloc(1, sizeof *out->open_api_collection);
            if (!out->open_api_collection) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections.openApiCollection", "is too large");
            if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_open_api_collection(value, out->open_api_collection, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "entities", GQL_NULLABLE, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.collections.entities", err)) return false;
        if (list) {
            out->entities = calloc(count ? count : 1, sizeof *out->entities);
            if (!out->entities) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections.entities", "is too large");
            out->entities_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities(item, &out->entities[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "mcpFeatureCollection", GQL_NULLABLE | GQL_OPTIONAL, &value, "onClientVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection", err)) return false;
        if (value) {
            out->mcp_feature_collection = calloc(1, sizeof *out->mcp_feature_collection);
            if (!out->mcp_feature_collection) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection", "is too large");
            if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_mcp_feature_collection(value, out->mcp_feature_collection, err)) return false;
        }
    }
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors(gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes(&value->changes[i]);
    }
    free(value->changes);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_errors(&value->errors[i]);
    }
    free(value->errors);
    if (value->client) free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_client(value->client);
    free(value->client);
    for (size_t i = 0; i < value->queries_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries(&value->queries[i]);
    }
    free(value->queries);
    for (size_t i = 0; i < value->collections_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections(&value->collections[i]);
    }
    free(value->collections);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onClientVersionPublishingUpdate.deployment.errors.__typename", err)) return false;
    out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OTHER;
    if (strcmp(out->typename, "InvalidGraphQLSchemaError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_INVALID_GRAPH_QLSCHEMA_ERROR;
    else if (strcmp(out->typename, "McpFeatureCollectionValidationError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR;
    else if (strcmp(out->typename, "OpenApiCollectionValidationError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR;
    else if (strcmp(out->typename, "OperationsAreNotAllowedError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OPERATIONS_ARE_NOT_ALLOWED_ERROR;
    else if (strcmp(out->typename, "PersistedQueryValidationError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR;
    else if (strcmp(out->typename, "SchemaChangeViolationError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_SCHEMA_CHANGE_VIOLATION_ERROR;
    else if (strcmp(out->typename, "SchemaVersionSyntaxError") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_SCHEMA_VERSION_SYNTAX_ERROR;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "onClientVersionPublishingUpdate.deployment.errors.message", err)) return false;
    if (!gql_read_int(json, "column", GQL_OPTIONAL, &out->column, &out->has_column, "onClientVersionPublishingUpdate.deployment.errors.column", err)) return false;
    if (!gql_read_int(json, "position", GQL_OPTIONAL, &out->position, &out->has_position, "onClientVersionPublishingUpdate.deployment.errors.position", err)) return false;
    if (!gql_read_int(json, "line", GQL_OPTIONAL, &out->line, &out->has_line, "onClientVersionPublishingUpdate.deployment.errors.line", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "client", GQL_NULLABLE | GQL_OPTIONAL, &value, "onClientVersionPublishingUpdate.deployment.errors.client", err)) return false;
        if (value) {
            out->client = calloc(1, sizeof *out->client);
            if (!out->client) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.client", "is too large");
            if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_client(value, out->client, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "queries", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.queries", err)) return false;
        if (list) {
            out->queries = calloc(count ? count : 1, sizeof *out->queries);
            if (!out->queries) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.queries", "is too large");
            out->queries_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries(item, &out->queries[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "collections", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.deployment.errors.collections", err)) return false;
        if (list) {
            out->collections = calloc(count ? count : 1, sizeof *out->collections);
            if (!out->collections) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors.collections", "is too large");
            out->collections_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections(item, &out->collections[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update_deployment(gql_on_client_publish_data_on_client_version_publishing_update_deployment *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update_deployment *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate.deployment", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onClientVersionPublishingUpdate.deployment.__typename", err)) return false;
    out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_OTHER;
    if (strcmp(out->typename, "ClientDeployment") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_CLIENT_DEPLOYMENT;
    else if (strcmp(out->typename, "FusionConfigurationDeployment") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_FUSION_CONFIGURATION_DEPLOYMENT;
    else if (strcmp(out->typename, "McpFeatureCollectionDeployment") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_MCP_FEATURE_COLLECTION_DEPLOYMENT;
    else if (strcmp(out->typename, "OpenApiCollectionDeployment") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_OPEN_API_COLLECTION_DEPLOYMENT;
    else if (strcmp(out->typename, "SchemaDeployment") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_SCHEMA_DEPLOYMENT;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.deployment.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onClientVersionPublishingUpdate.deployment.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_publish_data_on_client_version_publishing_update(gql_on_client_publish_data_on_client_version_publishing_update *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->state);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_client_publish_data_on_client_version_publishing_update_errors(&value->errors[i]);
    }
    free(value->errors);
    if (value->deployment) free_gql_on_client_publish_data_on_client_version_publishing_update_deployment(value->deployment);
    free(value->deployment);
}

static bool decode_gql_on_client_publish_data_on_client_version_publishing_update(const cJSON *json, gql_on_client_publish_data_on_client_version_publishing_update *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionPublishingUpdate", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onClientVersionPublishingUpdate.__typename", err)) return false;
    out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_OTHER;
    if (strcmp(out->typename, "ClientVersionPublishFailed") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_CLIENT_VERSION_PUBLISH_FAILED;
    else if (strcmp(out->typename, "ClientVersionPublishSuccess") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_CLIENT_VERSION_PUBLISH_SUCCESS;
    else if (strcmp(out->typename, "OperationInProgress") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_OPERATION_IN_PROGRESS;
    else if (strcmp(out->typename, "ProcessingTaskApproved") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_APPROVED;
    else if (strcmp(out->typename, "ProcessingTaskIsQueued") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_IS_QUEUED;
    else if (strcmp(out->typename, "ProcessingTaskIsReady") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_IS_READY;
    else if (strcmp(out->typename, "WaitForApproval") == 0) out->kind = GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_WAIT_FOR_APPROVAL;
    if (!gql_read_string(json, "state", GQL_OPTIONAL, &out->state, "onClientVersionPublishingUpdate.state", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionPublishingUpdate.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onClientVersionPublishingUpdate.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "deployment", GQL_NULLABLE | GQL_OPTIONAL, &value, "onClientVersionPublishingUpdate.deployment", err)) return false;
        if (value) {
            out->deployment = calloc(1, sizeof *out->deployment);
            if (!out->deployment) return gql_fail(err, "onClientVersionPublishingUpdate.deployment", "is too large");
            if (!decode_gql_on_client_publish_data_on_client_version_publishing_update_deployment(value, out->deployment, err)) return false;
        }
    }
    if (!gql_read_int(json, "queuePosition", GQL_OPTIONAL, &out->queue_position, &out->has_queue_position, "onClientVersionPublishingUpdate.queuePosition", err)) return false;
    return true;
}

static void free_gql_on_client_publish_data(gql_on_client_publish_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->on_client_version_publishing_update) free_gql_on_client_publish_data_on_client_version_publishing_update(value->on_client_version_publishing_update);
    free(value->on_client_version_publishing_update);
}

static bool decode_gql_on_client_publish_data(const cJSON *json, gql_on_client_publish_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "onClientVersionPublishingUpdate", GQL_NULLABLE, &value, "onClientVersionPublishingUpdate", err)) return false;
        if (value) {
            out->on_client_version_publishing_update = calloc(1, sizeof *out->on_client_version_publishing_update);
            if (!out->on_client_version_publishing_update) return gql_fail(err, "onClientVersionPublishingUpdate", "is too large");
            if (!decode_gql_on_client_publish_data_on_client_version_publishing_update(value, out->on_client_version_publishing_update, err)) return false;
        }
    }
    return true;
}

bool gql_on_client_publish_decode(const cJSON *data, gql_on_client_publish_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_on_client_publish_data(data, out, err)) return true;
    free_gql_on_client_publish_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_on_client_publish_free(gql_on_client_publish_data *data) {
    free_gql_on_client_publish_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_on_client_publish(const cJSON *data, gql_error *err) {
    gql_on_client_publish_data decoded;
    if (!gql_on_client_publish_decode(data, &decoded, err)) return false;
    gql_on_client_publish_free(&decoded);
    return true;
}

/* ==== OnClientVersionValidationUpdated ==== */
static bool validate_gql_on_client_validation(const cJSON *data, gql_error *err);

const gql_operation gql_on_client_validation_operation = {
    .name = "OnClientVersionValidationUpdated",
    .is_mutation = false,
    .document = "subscription OnClientVersionValidationUpdated($requestId: ID!) { onClientVersionValidationUpdate(requestId: $requestId) { __typename ... ClientVersionValidationFailed ... ClientVersionValidationSuccess ... OperationInProgress ... ValidationInProgress } } fragment ClientVersionValidationFailed on ClientVersionValidationFailed { state errors { __typename ... PersistedQueryValidationError ... ProcessingTimeoutError ... UnexpectedProcessingError } } fragment PersistedQueryValidationError on PersistedQueryValidationError { message client { __typename id name } queries { __typename deployedTags message hash errors { __typename message code path locations { __typename column line } } } } fragment ProcessingTimeoutError on ProcessingTimeoutError { __typename message } fragment UnexpectedProcessingError on UnexpectedProcessingError { __typename message } fragment ClientVersionValidationSuccess on ClientVersionValidationSuccess { state } fragment OperationInProgress on OperationInProgress { state } fragment ValidationInProgress on ValidationInProgress { state }",
    .validate = validate_gql_on_client_validation,
};


static void free_gql_on_client_validation_data_on_client_version_validation_update_errors_client(gql_on_client_validation_data_on_client_version_validation_update_errors_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_client_validation_data_on_client_version_validation_update_errors_client(const cJSON *json, gql_on_client_validation_data_on_client_version_validation_update_errors_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionValidationUpdate.errors.client", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onClientVersionValidationUpdate.errors.client.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onClientVersionValidationUpdate.errors.client.name", err)) return false;
    return true;
}

static void free_gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors_locations(gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors_locations *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors_locations(const cJSON *json, gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors_locations *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionValidationUpdate.errors.queries.errors.locations", "is not an object");
    if (!gql_read_int(json, "column", 0, &out->column, NULL, "onClientVersionValidationUpdate.errors.queries.errors.locations.column", err)) return false;
    if (!gql_read_int(json, "line", 0, &out->line, NULL, "onClientVersionValidationUpdate.errors.queries.errors.locations.line", err)) return false;
    return true;
}

static void free_gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors(gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->message);
    free(value->code);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    for (size_t i = 0; i < value->locations_count; i++) {
        free_gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors_locations(&value->locations[i]);
    }
    free(value->locations);
}

static bool decode_gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors(const cJSON *json, gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionValidationUpdate.errors.queries.errors", "is not an object");
    if (!gql_read_string(json, "message", 0, &out->message, "onClientVersionValidationUpdate.errors.queries.errors.message", err)) return false;
    if (!gql_read_string(json, "code", GQL_NULLABLE, &out->code, "onClientVersionValidationUpdate.errors.queries.errors.code", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", GQL_NULLABLE, &list, &count, "onClientVersionValidationUpdate.errors.queries.errors.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "onClientVersionValidationUpdate.errors.queries.errors.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "onClientVersionValidationUpdate.errors.queries.errors.path", err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "locations", GQL_NULLABLE, &list, &count, "onClientVersionValidationUpdate.errors.queries.errors.locations", err)) return false;
        if (list) {
            out->locations = calloc(count ? count : 1, sizeof *out->locations);
            if (!out->locations) return gql_fail(err, "onClientVersionValidationUpdate.errors.queries.errors.locations", "is too large");
            out->locations_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors_locations(item, &out->locations[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_validation_data_on_client_version_validation_update_errors_queries(gql_on_client_validation_data_on_client_version_validation_update_errors_queries *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->deployed_tags_count; i++) {
        free(value->deployed_tags[i]);
    }
    free(value->deployed_tags);
    free(value->message);
    free(value->hash);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_on_client_validation_data_on_client_version_validation_update_errors_queries(const cJSON *json, gql_on_client_validation_data_on_client_version_validation_update_errors_queries *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionValidationUpdate.errors.queries", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "deployedTags", 0, &list, &count, "onClientVersionValidationUpdate.errors.queries.deployedTags", err)) return false;
        if (list) {
            out->deployed_tags = calloc(count ? count : 1, sizeof *out->deployed_tags);
            if (!out->deployed_tags) return gql_fail(err, "onClientVersionValidationUpdate.errors.queries.deployedTags", "is too large");
            out->deployed_tags_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->deployed_tags[i++], "onClientVersionValidationUpdate.errors.queries.deployedTags", err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "message", 0, &out->message, "onClientVersionValidationUpdate.errors.queries.message", err)) return false;
    if (!gql_read_string(json, "hash", 0, &out->hash, "onClientVersionValidationUpdate.errors.queries.hash", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "onClientVersionValidationUpdate.errors.queries.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onClientVersionValidationUpdate.errors.queries.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_validation_data_on_client_version_validation_update_errors(gql_on_client_validation_data_on_client_version_validation_update_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    if (value->client) free_gql_on_client_validation_data_on_client_version_validation_update_errors_client(value->client);
    free(value->client);
    for (size_t i = 0; i < value->queries_count; i++) {
        free_gql_on_client_validation_data_on_client_version_validation_update_errors_queries(&value->queries[i]);
    }
    free(value->queries);
}

static bool decode_gql_on_client_validation_data_on_client_version_validation_update_errors(const cJSON *json, gql_on_client_validation_data_on_client_version_validation_update_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionValidationUpdate.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onClientVersionValidationUpdate.errors.__typename", err)) return false;
    out->kind = GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_ERRORS_OTHER;
    if (strcmp(out->typename, "PersistedQueryValidationError") == 0) out->kind = GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR;
    else if (strcmp(out->typename, "ProcessingTimeoutError") == 0) out->kind = GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_ERRORS_PROCESSING_TIMEOUT_ERROR;
    else if (strcmp(out->typename, "UnexpectedProcessingError") == 0) out->kind = GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_ERRORS_UNEXPECTED_PROCESSING_ERROR;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "onClientVersionValidationUpdate.errors.message", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "client", GQL_NULLABLE | GQL_OPTIONAL, &value, "onClientVersionValidationUpdate.errors.client", err)) return false;
        if (value) {
            out->client = calloc(1, sizeof *out->client);
            if (!out->client) return gql_fail(err, "onClientVersionValidationUpdate.errors.client", "is too large");
            if (!decode_gql_on_client_validation_data_on_client_version_validation_update_errors_client(value, out->client, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "queries", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionValidationUpdate.errors.queries", err)) return false;
        if (list) {
            out->queries = calloc(count ? count : 1, sizeof *out->queries);
            if (!out->queries) return gql_fail(err, "onClientVersionValidationUpdate.errors.queries", "is too large");
            out->queries_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_validation_data_on_client_version_validation_update_errors_queries(item, &out->queries[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_validation_data_on_client_version_validation_update(gql_on_client_validation_data_on_client_version_validation_update *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->state);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_client_validation_data_on_client_version_validation_update_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_on_client_validation_data_on_client_version_validation_update(const cJSON *json, gql_on_client_validation_data_on_client_version_validation_update *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onClientVersionValidationUpdate", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onClientVersionValidationUpdate.__typename", err)) return false;
    out->kind = GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_OTHER;
    if (strcmp(out->typename, "ClientVersionValidationFailed") == 0) out->kind = GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_CLIENT_VERSION_VALIDATION_FAILED;
    else if (strcmp(out->typename, "ClientVersionValidationSuccess") == 0) out->kind = GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_CLIENT_VERSION_VALIDATION_SUCCESS;
    else if (strcmp(out->typename, "OperationInProgress") == 0) out->kind = GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_OPERATION_IN_PROGRESS;
    else if (strcmp(out->typename, "ValidationInProgress") == 0) out->kind = GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_VALIDATION_IN_PROGRESS;
    if (!gql_read_string(json, "state", GQL_OPTIONAL, &out->state, "onClientVersionValidationUpdate.state", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onClientVersionValidationUpdate.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onClientVersionValidationUpdate.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_client_validation_data_on_client_version_validation_update_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_client_validation_data(gql_on_client_validation_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->on_client_version_validation_update) free_gql_on_client_validation_data_on_client_version_validation_update(value->on_client_version_validation_update);
    free(value->on_client_version_validation_update);
}

static bool decode_gql_on_client_validation_data(const cJSON *json, gql_on_client_validation_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "onClientVersionValidationUpdate", GQL_NULLABLE, &value, "onClientVersionValidationUpdate", err)) return false;
        if (value) {
            out->on_client_version_validation_update = calloc(1, sizeof *out->on_client_version_validation_update);
            if (!out->on_client_version_validation_update) return gql_fail(err, "onClientVersionValidationUpdate", "is too large");
            if (!decode_gql_on_client_validation_data_on_client_version_validation_update(value, out->on_client_version_validation_update, err)) return false;
        }
    }
    return true;
}

bool gql_on_client_validation_decode(const cJSON *data, gql_on_client_validation_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_on_client_validation_data(data, out, err)) return true;
    free_gql_on_client_validation_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_on_client_validation_free(gql_on_client_validation_data *data) {
    free_gql_on_client_validation_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_on_client_validation(const cJSON *data, gql_error *err) {
    gql_on_client_validation_data decoded;
    if (!gql_on_client_validation_decode(data, &decoded, err)) return false;
    gql_on_client_validation_free(&decoded);
    return true;
}

/* ==== OnSchemaVersionPublishUpdated ==== */
static bool validate_gql_on_schema_publish(const cJSON *data, gql_error *err);

const gql_operation gql_on_schema_publish_operation = {
    .name = "OnSchemaVersionPublishUpdated",
    .is_mutation = false,
    .document = "subscription OnSchemaVersionPublishUpdated($requestId: ID!) { onSchemaVersionPublishingUpdate(requestId: $requestId) { __typename ... SchemaVersionPublishFailed ... SchemaVersionPublishSuccess ... OperationInProgress ... WaitForApproval ... ProcessingTaskApproved ... ProcessingTaskIsReady ... ProcessingTaskIsQueued } } fragment SchemaVersionPublishFailed on SchemaVersionPublishFailed { __typename state errors { __typename ... ConcurrentOperationError ... OperationsAreNotAllowedError ... SchemaVersionSyntaxError ... SchemaVersionChangeViolationError ... InvalidGraphQLSchemaError ... PersistedQueryValidationError ... UnexpectedProcessingError ... ProcessingTimeoutError ... OpenApiCollectionValidationError ... McpFeatureCollectionValidationError } } fragment ConcurrentOperationError on ConcurrentOperationError { __typename message ... Error } fragment Error on Error { message } fragment OperationsAreNotAllowedError on OperationsAreNotAllowedError { __typename message } fragment SchemaVersionSyntaxError on SchemaVersionSyntaxError { __typename message column position line } fragment SchemaVersionChangeViolationError on SchemaVersionChangeViolationError { __typename changes { __typename ... SchemaChangeLogEntry } } fragment SchemaChangeLogEntry on SchemaChangeLogEntry { __typename ... TypeSystemMemberAddedChange ... TypeSystemMemberRemovedChange ... ObjectModifiedChange ... InputObjectModifiedChange ... DirectiveModifiedChange ... ScalarModifiedChange ... EnumModifiedChange ... UnionModifiedChange ... InterfaceModifiedChange ... SchemaChange } fragment TypeSystemMemberAddedChange on TypeSystemMemberAddedChange { ... SchemaChange coordinate severity __typename } fragment SchemaChange on SchemaChange { severity } fragment TypeSystemMemberRemovedChange on TypeSystemMemberRemovedChange { ... SchemaChange coordinate severity __typename } fragment ObjectModifiedChange on ObjectModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... InterfaceImplementationAdded ... InterfaceImplementationRemoved ... DescriptionChanged ... FieldAddedChange ... FieldRemovedChange ... OutputFieldChanged } } fragment InterfaceImplementationAdded on InterfaceImplementationAdded { ... SchemaChange interfaceName severity } fragment InterfaceImplementationRemoved on InterfaceImplementationRemoved { ... SchemaChange interfaceName severity } fragment DescriptionChanged on DescriptionChanged { ... SchemaChange old new severity __typename } fragment FieldAddedChange on FieldAddedChange { ... SchemaChange coordinate typeName fieldName severity } fragment FieldRemovedChange on FieldRemovedChange { ... SchemaChange coordinate typeName fieldName severity } fragment OutputFieldChanged on OutputFieldChanged { ... SchemaChange coordinate severity fieldName changes { __typename ... ArgumentRemoved ... ArgumentAdded ... ArgumentChanged ... DescriptionChanged ... TypeChanged ... DeprecatedChange } } fragment ArgumentRemoved on ArgumentRemoved { ... SchemaChange coordinate severity name typeName __typename } fragment ArgumentAdded on ArgumentAdded { ... SchemaChange coordinate severity name typeName __typename } fragment ArgumentChanged on ArgumentChanged { ... SchemaChange coordinate severity name __typename changes { __typename ... DescriptionChanged ... DeprecatedChange ... TypeChanged } } fragment DeprecatedChange on DeprecatedChange { ... SchemaChange deprecationReason severity } fragment TypeChanged on TypeChanged { ... SchemaChange oldType newType severity __typename } fragment InputObjectModifiedChange on InputObjectModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DescriptionChanged ... FieldAddedChange ... FieldRemovedChange ... InputFieldChanged } } fragment InputFieldChanged on InputFieldChanged { ... SchemaChange coordinate severity fieldName changes { __typename ... DescriptionChanged ... TypeChanged ... DeprecatedChange } } fragment DirectiveModifiedChange on DirectiveModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DirectiveLocationAdded ... DirectiveLocationRemoved ... DescriptionChanged ... ArgumentRemoved ... ArgumentChanged ... ArgumentAdded } } fragment DirectiveLocationAdded on DirectiveLocationAdded { ... SchemaChange location severity __typename } fragment DirectiveLocationRemoved on DirectiveLocationRemoved { ... SchemaChange location severity __typename } fragment ScalarModifiedChange on ScalarModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DescriptionChanged } } fragment EnumModifiedChange on EnumModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DescriptionChanged ... EnumValueRemoved ... EnumValueAdded ... EnumValueChanged } } fragment EnumValueRemoved on EnumValueRemoved { ... SchemaChange coordinate severity } fragment EnumValueAdded on EnumValueAdded { ... SchemaChange coordinate severity } fragment EnumValueChanged on EnumValueChanged { ... SchemaChange coordinate severity changes { __typename ... DeprecatedChange ... DescriptionChanged } } fragment UnionModifiedChange on UnionModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DescriptionChanged ... UnionMemberRemoved ... UnionMemberAdded } } fragment UnionMemberRemoved on UnionMemberRemoved { ... SchemaChange typeName severity } fragment UnionMemberAdded on UnionMemberAdded { ... SchemaChange typeName severity } fragment InterfaceModifiedChange on InterfaceModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... InterfaceImplementationAdded ... InterfaceImplementationRemoved ... DescriptionChanged ... FieldAddedChange ... FieldRemovedChange ... OutputFieldChanged ... PossibleTypeAdded ... PossibleTypeRemoved } } fragment PossibleTypeAdded on PossibleTypeAdded { ... SchemaChange typeName severity } fragment PossibleTypeRemoved on PossibleTypeRemoved { ... SchemaChange typeName severity } fragment InvalidGraphQLSchemaError on InvalidGraphQLSchemaError { __typename message errors { __typename message code } } fragment PersistedQueryValidationError on PersistedQueryValidationError { message client { __typename id name } queries { __typename deployedTags message hash errors { __typename message code path locations { __typename column line } } } } fragment UnexpectedProcessingError on UnexpectedProcessingError { __typename message } fragment ProcessingTimeoutError on ProcessingTimeoutError { __typename message } fragment OpenApiCollectionValidationError on OpenApiCollectionValidationError { collections { __typename ... OpenApiCollectionValidationCollection } } fragment OpenApiCollectionValidationCollection on OpenApiCollectionValidationCollection { openApiCollection { __typename id name } entities { __typename ... OpenApiCollectionValidationEntity } } fragment OpenApiCollectionValidationEntity on OpenApiCollectionValidationEntity { errors { __typename ... OpenApiCollectionValidationDocumentError ... OpenApiCollectionValidationEntityValidationError } ... OpenApiCollectionValidationEndpoint ... OpenApiCollectionValidationModel } fragment OpenApiCollectionValidationDocumentError on OpenApiCollectionValidationDocumentError { code message path locations { __typename column line } } fragment OpenApiCollectionValidationEntityValidationError on OpenApiCollectionValidationEntityValidationError { message } fragment OpenApiCollectionValidationEndpoint on OpenApiCollectionValidationEndpoint { httpMethod route } fragment OpenApiCollectionValidationModel on OpenApiCollectionValidationModel { name } fragment McpFeatureCollectionValidationError on McpFeatureCollectionValidationError { collections { __typename ... McpFeatureCollectionValidationCollection } } fragment McpFeatureCollectionValidationCollection on McpFeatureCollectionValidationCollection { mcpFeatureCollection { __typename id name } entities { __typename ... McpFeatureCollectionValidationEntity } } fragment McpFeatureCollectionValidationEntity on McpFeatureCollectionValidationEntity { errors { __typename ... McpFeatureCollectionValidationDocumentError ... McpFeatureCollectionValidationEntityValidationError } ... McpFeatureCollectionValidationPrompt ... McpFeatureCollectionValidationTool } fragment McpFeatureCollectionValidationDocumentError on McpFeatureCollectionValidationDocumentError { code message path locations { __typename column line } } fragment McpFeatureCollectionValidationEntityValidationError on McpFeatureCollectionValidationEntityValidationError { message } fragment McpFeatureCollectionValidationPrompt on McpFeatureCollectionValidationPrompt { name } fragment McpFeatureCollectionValidationTool on McpFeatureCollectionValidationTool { name } fragment SchemaVersionPublishSuccess on SchemaVersionPublishSuccess { __typename state } fragment OperationInProgress on OperationInProgress { state } fragment WaitForApproval on WaitForApproval { state deployment { __typename ... SchemaDeployment ... ClientDeployment ... FusionConfigurationDeployment ... OpenApiCollectionDeployment ... McpFeatureCollectionDeployment } } fragment SchemaDeployment on SchemaDeployment { errors { __typename ... OperationsAreNotAllowedError ... SchemaVersionSyntaxError ... SchemaChangeViolationError ... InvalidGraphQLSchemaError ... PersistedQueryValidationError ... OpenApiCollectionValidationError ... McpFeatureCollectionValidationError } } fragment SchemaChangeViolationError on SchemaChangeViolationError { message changes { __typename ... SchemaChangeLogEntry } } fragment ClientDeployment on ClientDeployment { errors { __typename ... PersistedQueryValidationError } } fragment FusionConfigurationDeployment on FusionConfigurationDeployment { errors { __typename ... SchemaChangeViolationError ... InvalidGraphQLSchemaError ... PersistedQueryValidationError ... OpenApiCollectionValidationError ... McpFeatureCollectionValidationError } } fragment OpenApiCollectionDeployment on OpenApiCollectionDeployment { errors { __typename ... OpenApiCollectionValidationError } } fragment McpFeatureCollectionDeployment on McpFeatureCollectionDeployment { errors { __typename ... McpFeatureCollectionValidationError } } fragment ProcessingTaskApproved on ProcessingTaskApproved { state } fragment ProcessingTaskIsReady on ProcessingTaskIsReady { ready: __typename } fragment ProcessingTaskIsQueued on ProcessingTaskIsQueued { queued: __typename queuePosition }",
    .validate = validate_gql_on_schema_publish,
};


static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_changes(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->old);
    free(value->new);
    free(value->deprecation_reason);
    free(value->old_type);
    free(value->new_type);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_changes(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "DeprecatedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE;
    else if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "TypeChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "deprecationReason", GQL_NULLABLE | GQL_OPTIONAL, &out->deprecation_reason, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.changes.deprecationReason", err)) return false;
    if (!gql_read_string(json, "oldType", GQL_OPTIONAL, &out->old_type, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.changes.oldType", err)) return false;
    if (!gql_read_string(json, "newType", GQL_OPTIONAL, &out->new_type, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.changes.newType", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->coordinate);
    free(value->name);
    free(value->type_name);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_changes(&value->changes[i]);
    }
    free(value->changes);
    free(value->old);
    free(value->new);
    free(value->old_type);
    free(value->new_type);
    free(value->deprecation_reason);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "ArgumentAdded") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED;
    else if (strcmp(out->typename, "ArgumentChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED;
    else if (strcmp(out->typename, "ArgumentRemoved") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED;
    else if (strcmp(out->typename, "DeprecatedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE;
    else if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "TypeChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_TYPE_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.coordinate", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.name", err)) return false;
    if (!gql_read_string(json, "typeName", GQL_OPTIONAL, &out->type_name, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.typeName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "oldType", GQL_OPTIONAL, &out->old_type, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.oldType", err)) return false;
    if (!gql_read_string(json, "newType", GQL_OPTIONAL, &out->new_type, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.newType", err)) return false;
    if (!gql_read_string(json, "deprecationReason", GQL_NULLABLE | GQL_OPTIONAL, &out->deprecation_reason, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes.deprecationReason", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->interface_name);
    free(value->old);
    free(value->new);
    free(value->coordinate);
    free(value->type_name);
    free(value->field_name);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes(&value->changes[i]);
    }
    free(value->changes);
    free(value->location);
    free(value->name);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.errors.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "FieldAddedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_FIELD_ADDED_CHANGE;
    else if (strcmp(out->typename, "FieldRemovedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_FIELD_REMOVED_CHANGE;
    else if (strcmp(out->typename, "InterfaceImplementationAdded") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED;
    else if (strcmp(out->typename, "InterfaceImplementationRemoved") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED;
    else if (strcmp(out->typename, "OutputFieldChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionPublishingUpdate.errors.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "interfaceName", GQL_OPTIONAL, &out->interface_name, "onSchemaVersionPublishingUpdate.errors.changes.changes.interfaceName", err)) return false;
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onSchemaVersionPublishingUpdate.errors.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onSchemaVersionPublishingUpdate.errors.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onSchemaVersionPublishingUpdate.errors.changes.changes.coordinate", err)) return false;
    if (!gql_read_string(json, "typeName", GQL_OPTIONAL, &out->type_name, "onSchemaVersionPublishingUpdate.errors.changes.changes.typeName", err)) return false;
    if (!gql_read_string(json, "fieldName", GQL_OPTIONAL, &out->field_name, "onSchemaVersionPublishingUpdate.errors.changes.changes.fieldName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.changes.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "location", GQL_OPTIONAL, &out->location, "onSchemaVersionPublishingUpdate.errors.changes.changes.location", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onSchemaVersionPublishingUpdate.errors.changes.changes.name", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->coordinate);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes(&value->changes[i]);
    }
    free(value->changes);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.errors.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_OTHER;
    if (strcmp(out->typename, "DirectiveModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_DIRECTIVE_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "EnumModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_ENUM_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "InputObjectModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "InterfaceModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_INTERFACE_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "ObjectModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_OBJECT_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "ScalarModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_SCALAR_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "TypeSystemMemberAddedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE;
    else if (strcmp(out->typename, "TypeSystemMemberRemovedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE;
    else if (strcmp(out->typename, "UnionModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_UNION_MODIFIED_CHANGE;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionPublishingUpdate.errors.changes.severity", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onSchemaVersionPublishingUpdate.errors.changes.coordinate", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.errors.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_errors(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->message);
    free(value->code);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_errors(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.errors", "is not an object");
    if (!gql_read_string(json, "message", 0, &out->message, "onSchemaVersionPublishingUpdate.errors.errors.message", err)) return false;
    if (!gql_read_string(json, "code", GQL_NULLABLE, &out->code, "onSchemaVersionPublishingUpdate.errors.errors.code", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_client(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_client(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.client", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onSchemaVersionPublishingUpdate.errors.client.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onSchemaVersionPublishingUpdate.errors.client.name", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors_locations(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors_locations *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors_locations(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors_locations *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.queries.errors.locations", "is not an object");
    if (!gql_read_int(json, "column", 0, &out->column, NULL, "onSchemaVersionPublishingUpdate.errors.queries.errors.locations.column", err)) return false;
    if (!gql_read_int(json, "line", 0, &out->line, NULL, "onSchemaVersionPublishingUpdate.errors.queries.errors.locations.line", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->message);
    free(value->code);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    for (size_t i = 0; i < value->locations_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors_locations(&value->locations[i]);
    }
    free(value->locations);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.queries.errors", "is not an object");
    if (!gql_read_string(json, "message", 0, &out->message, "onSchemaVersionPublishingUpdate.errors.queries.errors.message", err)) return false;
    if (!gql_read_string(json, "code", GQL_NULLABLE, &out->code, "onSchemaVersionPublishingUpdate.errors.queries.errors.code", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", GQL_NULLABLE, &list, &count, "onSchemaVersionPublishingUpdate.errors.queries.errors.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.queries.errors.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "onSchemaVersionPublishingUpdate.errors.queries.errors.path", err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "locations", GQL_NULLABLE, &list, &count, "onSchemaVersionPublishingUpdate.errors.queries.errors.locations", err)) return false;
        if (list) {
            out->locations = calloc(count ? count : 1, sizeof *out->locations);
            if (!out->locations) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.queries.errors.locations", "is too large");
            out->locations_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors_locations(item, &out->locations[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->deployed_tags_count; i++) {
        free(value->deployed_tags[i]);
    }
    free(value->deployed_tags);
    free(value->message);
    free(value->hash);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.queries", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "deployedTags", 0, &list, &count, "onSchemaVersionPublishingUpdate.errors.queries.deployedTags", err)) return false;
        if (list) {
            out->deployed_tags = calloc(count ? count : 1, sizeof *out->deployed_tags);
            if (!out->deployed_tags) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.queries.deployedTags", "is too large");
            out->deployed_tags_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->deployed_tags[i++], "onSchemaVersionPublishingUpdate.errors.queries.deployedTags", err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "message", 0, &out->message, "onSchemaVersionPublishingUpdate.errors.queries.message", err)) return false;
    if (!gql_read_string(json, "hash", 0, &out->hash, "onSchemaVersionPublishingUpdate.errors.queries.hash", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "onSchemaVersionPublishingUpdate.errors.queries.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.queries.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_open_api_collection(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_open_api_collection *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_open_api_collection(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_open_api_collection *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections.openApiCollection", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onSchemaVersionPublishingUpdate.errors.collections.openApiCollection.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onSchemaVersionPublishingUpdate.errors.collections.openApiCollection.name", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors_locations(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors_locations *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors_locations(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors_locations *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors.locations", "is not an object");
    if (!gql_read_int(json, "column", 0, &out->column, NULL, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors.locations.column", err)) return false;
    if (!gql_read_int(json, "line", 0, &out->line, NULL, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors.locations.line", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->code);
    free(value->message);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    for (size_t i = 0; i < value->locations_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors_locations(&value->locations[i]);
    }
    free(value->locations);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER;
    if (strcmp(out->typename, "OpenApiCollectionValidationDocumentError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR;
    else if (strcmp(out->typename, "OpenApiCollectionValidationEntityValidationError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR;
    if (!gql_read_string(json, "code", GQL_NULLABLE | GQL_OPTIONAL, &out->code, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors.code", err)) return false;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors.message", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "onSchemaVersionPublishingUpdate.errors.collections.entities.errors.path", err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "locations", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors.locations", err)) return false;
        if (list) {
            out->locations = calloc(count ? count : 1, sizeof *out->locations);
            if (!out->locations) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors.locations", "is too large");
            out->locations_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors_locations(item, &out->locations[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors(&value->errors[i]);
    }
    free(value->errors);
    free(value->http_method);
    free(value->route);
    free(value->name);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections.entities", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.errors.collections.entities.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OTHER;
    if (strcmp(out->typename, "OpenApiCollectionValidationEndpoint") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT;
    else if (strcmp(out->typename, "OpenApiCollectionValidationModel") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections.entities.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "httpMethod", GQL_OPTIONAL, &out->http_method, "onSchemaVersionPublishingUpdate.errors.collections.entities.httpMethod", err)) return false;
    if (!gql_read_string(json, "route", GQL_OPTIONAL, &out->route, "onSchemaVersionPublishingUpdate.errors.collections.entities.route", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onSchemaVersionPublishingUpdate.errors.collections.entities.name", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_mcp_feature_collection(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_mcp_feature_collection *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_mcp_feature_collection(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_mcp_feature_collection *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections.mcpFeatureCollection", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onSchemaVersionPublishingUpdate.errors.collections.mcpFeatureCollection.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onSchemaVersionPublishingUpdate.errors.collections.mcpFeatureCollection.name", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections(gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->open_api_collection) free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_open_api_collection(value->open_api_collection);
    free(value->open_api_collection);
    for (size_t i = 0; i < value->entities_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities(&value->entities[i]);
    }
    free(value->entities);
    if (value->mcp_feature_collection) free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_mcp_feature_collection(value->mcp_feature_collection);
    free(value->mcp_feature_collection);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "openApiCollection", GQL_NULLABLE, &value, "onSchemaVersionPublishingUpdate.errors.collections.openApiCollection", err)) return false;
        if (value) {
            out->open_api_collection = calloc(1, sizeof *out->open_api_collection);
            if (!out->open_api_collection) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections.openApiCollection", "is too large");
            if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_open_api_collection(value, out->open_api_collection, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "entities", GQL_NULLABLE, &list, &count, "onSchemaVersionPublishingUpdate.errors.collections.entities", err)) return false;
        if (list) {
            out->entities = calloc(count ? count : 1, sizeof *out->entities);
            if (!out->entities) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections.entities", "is too large");
            out->entities_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities(item, &out->entities[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "mcpFeatureCollection", GQL_NULLABLE | GQL_OPTIONAL, &value, "onSchemaVersionPublishingUpdate.errors.collections.mcpFeatureCollection", err)) return false;
        if (value) {
            out->mcp_feature_collection = calloc(1, sizeof *out->mcp_feature_collection);
            if (!out->mcp_feature_collection) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections.mcpFeatureCollection", "is too large");
            if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_mcp_feature_collection(value, out->mcp_feature_collection, err)) return false;
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors(gql_on_schema_publish_data_on_schema_version_publishing_update_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes(&value->changes[i]);
    }
    free(value->changes);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_errors(&value->errors[i]);
    }
    free(value->errors);
    if (value->client) free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_client(value->client);
    free(value->client);
    for (size_t i = 0; i < value->queries_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries(&value->queries[i]);
    }
    free(value->queries);
    for (size_t i = 0; i < value->collections_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections(&value->collections[i]);
    }
    free(value->collections);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.errors.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_OTHER;
    if (strcmp(out->typename, "ConcurrentOperationError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CONCURRENT_OPERATION_ERROR;
    else if (strcmp(out->typename, "InvalidGraphQLSchemaError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_INVALID_GRAPH_QLSCHEMA_ERROR;
    else if (strcmp(out->typename, "McpFeatureCollectionValidationError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR;
    else if (strcmp(out->typename, "OpenApiCollectionValidationError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR;
    else if (strcmp(out->typename, "OperationsAreNotAllowedError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_OPERATIONS_ARE_NOT_ALLOWED_ERROR;
    else if (strcmp(out->typename, "PersistedQueryValidationError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR;
    else if (strcmp(out->typename, "ProcessingTimeoutError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_PROCESSING_TIMEOUT_ERROR;
    else if (strcmp(out->typename, "SchemaVersionChangeViolationError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_SCHEMA_VERSION_CHANGE_VIOLATION_ERROR;
    else if (strcmp(out->typename, "SchemaVersionSyntaxError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_SCHEMA_VERSION_SYNTAX_ERROR;
    else if (strcmp(out->typename, "UnexpectedProcessingError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_UNEXPECTED_PROCESSING_ERROR;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "onSchemaVersionPublishingUpdate.errors.message", err)) return false;
    if (!gql_read_int(json, "column", GQL_OPTIONAL, &out->column, &out->has_column, "onSchemaVersionPublishingUpdate.errors.column", err)) return false;
    if (!gql_read_int(json, "position", GQL_OPTIONAL, &out->position, &out->has_position, "onSchemaVersionPublishingUpdate.errors.position", err)) return false;
    if (!gql_read_int(json, "line", GQL_OPTIONAL, &out->line, &out->has_line, "onSchemaVersionPublishingUpdate.errors.line", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.errors.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.errors.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "client", GQL_NULLABLE | GQL_OPTIONAL, &value, "onSchemaVersionPublishingUpdate.errors.client", err)) return false;
        if (value) {
            out->client = calloc(1, sizeof *out->client);
            if (!out->client) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.client", "is too large");
            if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_client(value, out->client, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "queries", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.errors.queries", err)) return false;
        if (list) {
            out->queries = calloc(count ? count : 1, sizeof *out->queries);
            if (!out->queries) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.queries", "is too large");
            out->queries_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries(item, &out->queries[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "collections", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.errors.collections", err)) return false;
        if (list) {
            out->collections = calloc(count ? count : 1, sizeof *out->collections);
            if (!out->collections) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors.collections", "is too large");
            out->collections_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections(item, &out->collections[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_changes(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->old);
    free(value->new);
    free(value->deprecation_reason);
    free(value->old_type);
    free(value->new_type);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_changes(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "DeprecatedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE;
    else if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "TypeChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "deprecationReason", GQL_NULLABLE | GQL_OPTIONAL, &out->deprecation_reason, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.deprecationReason", err)) return false;
    if (!gql_read_string(json, "oldType", GQL_OPTIONAL, &out->old_type, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.oldType", err)) return false;
    if (!gql_read_string(json, "newType", GQL_OPTIONAL, &out->new_type, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes.newType", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->coordinate);
    free(value->name);
    free(value->type_name);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_changes(&value->changes[i]);
    }
    free(value->changes);
    free(value->old);
    free(value->new);
    free(value->old_type);
    free(value->new_type);
    free(value->deprecation_reason);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "ArgumentAdded") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED;
    else if (strcmp(out->typename, "ArgumentChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED;
    else if (strcmp(out->typename, "ArgumentRemoved") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED;
    else if (strcmp(out->typename, "DeprecatedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE;
    else if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "TypeChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_TYPE_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.coordinate", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.name", err)) return false;
    if (!gql_read_string(json, "typeName", GQL_OPTIONAL, &out->type_name, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.typeName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "oldType", GQL_OPTIONAL, &out->old_type, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.oldType", err)) return false;
    if (!gql_read_string(json, "newType", GQL_OPTIONAL, &out->new_type, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.newType", err)) return false;
    if (!gql_read_string(json, "deprecationReason", GQL_NULLABLE | GQL_OPTIONAL, &out->deprecation_reason, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.deprecationReason", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->interface_name);
    free(value->old);
    free(value->new);
    free(value->coordinate);
    free(value->type_name);
    free(value->field_name);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes(&value->changes[i]);
    }
    free(value->changes);
    free(value->location);
    free(value->name);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "FieldAddedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_ADDED_CHANGE;
    else if (strcmp(out->typename, "FieldRemovedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_REMOVED_CHANGE;
    else if (strcmp(out->typename, "InterfaceImplementationAdded") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED;
    else if (strcmp(out->typename, "InterfaceImplementationRemoved") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED;
    else if (strcmp(out->typename, "OutputFieldChanged") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "interfaceName", GQL_OPTIONAL, &out->interface_name, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.interfaceName", err)) return false;
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.coordinate", err)) return false;
    if (!gql_read_string(json, "typeName", GQL_OPTIONAL, &out->type_name, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.typeName", err)) return false;
    if (!gql_read_string(json, "fieldName", GQL_OPTIONAL, &out->field_name, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.fieldName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "location", GQL_OPTIONAL, &out->location, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.location", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.name", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->coordinate);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes(&value->changes[i]);
    }
    free(value->changes);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.deployment.errors.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_OTHER;
    if (strcmp(out->typename, "DirectiveModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_DIRECTIVE_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "EnumModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_ENUM_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "InputObjectModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "InterfaceModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_INTERFACE_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "ObjectModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_OBJECT_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "ScalarModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_SCALAR_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "TypeSystemMemberAddedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE;
    else if (strcmp(out->typename, "TypeSystemMemberRemovedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE;
    else if (strcmp(out->typename, "UnionModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_UNION_MODIFIED_CHANGE;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionPublishingUpdate.deployment.errors.changes.severity", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onSchemaVersionPublishingUpdate.deployment.errors.changes.coordinate", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_errors(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->message);
    free(value->code);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_errors(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.errors", "is not an object");
    if (!gql_read_string(json, "message", 0, &out->message, "onSchemaVersionPublishingUpdate.deployment.errors.errors.message", err)) return false;
    if (!gql_read_string(json, "code", GQL_NULLABLE, &out->code, "onSchemaVersionPublishingUpdate.deployment.errors.errors.code", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_client(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_client(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.client", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onSchemaVersionPublishingUpdate.deployment.errors.client.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onSchemaVersionPublishingUpdate.deployment.errors.client.name", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors_locations(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors_locations *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors_locations(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors_locations *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors.locations", "is not an object");
    if (!gql_read_int(json, "column", 0, &out->column, NULL, "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors.locations.column", err)) return false;
    if (!gql_read_int(json, "line", 0, &out->line, NULL, "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors.locations.line", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->message);
    free(value->code);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    for (size_t i = 0; i < value->locations_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors_locations(&value->locations[i]);
    }
    free(value->locations);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors", "is not an object");
    if (!gql_read_string(json, "message", 0, &out->message, "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors.message", err)) return false;
    if (!gql_read_string(json, "code", GQL_NULLABLE, &out->code, "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors.code", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", GQL_NULLABLE, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors.path", err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "locations", GQL_NULLABLE, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors.locations", err)) return false;
        if (list) {
            out->locations = calloc(count ? count : 1, sizeof *out->locations);
            if (!out->locations) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors.locations", "is too large");
            out->locations_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors_locations(item, &out->locations[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->deployed_tags_count; i++) {
        free(value->deployed_tags[i]);
    }
    free(value->deployed_tags);
    free(value->message);
    free(value->hash);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.queries", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "deployedTags", 0, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.queries.deployedTags", err)) return false;
        if (list) {
            out->deployed_tags = calloc(count ? count : 1, sizeof *out->deployed_tags);
            if (!out->deployed_tags) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.queries.deployedTags", "is too large");
            out->deployed_tags_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->deployed_tags[i++], "onSchemaVersionPublishingUpdate.deployment.errors.queries.deployedTags", err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "message", 0, &out->message, "onSchemaVersionPublishingUpdate.deployment.errors.queries.message", err)) return false;
    if (!gql_read_string(json, "hash", 0, &out->hash, "onSchemaVersionPublishingUpdate.deployment.errors.queries.hash", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.queries.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_open_api_collection(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_open_api_collection *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_open_api_collection(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_open_api_collection *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections.openApiCollection", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onSchemaVersionPublishingUpdate.deployment.errors.collections.openApiCollection.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onSchemaVersionPublishingUpdate.deployment.errors.collections.openApiCollection.name", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors_locations(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors_locations *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors_locations(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors_locations *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations", "is not an object");
    if (!gql_read_int(json, "column", 0, &out->column, NULL, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations.column", err)) return false;
    if (!gql_read_int(json, "line", 0, &out->line, NULL, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations.line", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->code);
    free(value->message);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    for (size_t i = 0; i < value->locations_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors_locations(&value->locations[i]);
    }
    free(value->locations);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER;
    if (strcmp(out->typename, "OpenApiCollectionValidationDocumentError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR;
    else if (strcmp(out->typename, "OpenApiCollectionValidationEntityValidationError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR;
    if (!gql_read_string(json, "code", GQL_NULLABLE | GQL_OPTIONAL, &out->code, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors.code", err)) return false;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors.message", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors.path", err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "locations", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations", err)) return false;
        if (list) {
            out->locations = calloc(count ? count : 1, sizeof *out->locations);
            if (!out->locations) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations", "is too large");
            out->locations_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors_locations(item, &out->locations[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors(&value->errors[i]);
    }
    free(value->errors);
    free(value->http_method);
    free(value->route);
    free(value->name);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OTHER;
    if (strcmp(out->typename, "OpenApiCollectionValidationEndpoint") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT;
    else if (strcmp(out->typename, "OpenApiCollectionValidationModel") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "httpMethod", GQL_OPTIONAL, &out->http_method, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.httpMethod", err)) return false;
    if (!gql_read_string(json, "route", GQL_OPTIONAL, &out->route, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.route", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.name", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_mcp_feature_collection(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_mcp_feature_collection *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_mcp_feature_collection(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_mcp_feature_collection *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onSchemaVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onSchemaVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection.name", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->open_api_collection) free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_open_api_collection(value->open_api_collection);
    free(value->open_api_collection);
    for (size_t i = 0; i < value->entities_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities(&value->entities[i]);
    }
    free(value->entities);
    if (value->mcp_feature_collection) free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_mcp_feature_collection(value->mcp_feature_collection);
    free(value->mcp_feature_collection);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "openApiCollection", GQL_NULLABLE, &value, "onSchemaVersionPublishingUpdate.deployment.errors.collections.openApiCollection", err)) return false;
        if (value) {
            out->open_api_collection = calloc(1, sizeof *out->open_api_collection);
            if (!out->open_api_collection) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections.openApiCollection", "is too large");
            if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_open_api_collection(value, out->open_api_collection, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "entities", GQL_NULLABLE, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities", err)) return false;
        if (list) {
            out->entities = calloc(count ? count : 1, sizeof *out->entities);
            if (!out->entities) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections.entities", "is too large");
            out->entities_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities(item, &out->entities[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "mcpFeatureCollection", GQL_NULLABLE | GQL_OPTIONAL, &value, "onSchemaVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection", err)) return false;
        if (value) {
            out->mcp_feature_collection = calloc(1, sizeof *out->mcp_feature_collection);
            if (!out->mcp_feature_collection) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection", "is too large");
            if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_mcp_feature_collection(value, out->mcp_feature_collection, err)) return false;
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes(&value->changes[i]);
    }
    free(value->changes);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_errors(&value->errors[i]);
    }
    free(value->errors);
    if (value->client) free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_client(value->client);
    free(value->client);
    for (size_t i = 0; i < value->queries_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries(&value->queries[i]);
    }
    free(value->queries);
    for (size_t i = 0; i < value->collections_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections(&value->collections[i]);
    }
    free(value->collections);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.deployment.errors.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OTHER;
    if (strcmp(out->typename, "InvalidGraphQLSchemaError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_INVALID_GRAPH_QLSCHEMA_ERROR;
    else if (strcmp(out->typename, "McpFeatureCollectionValidationError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR;
    else if (strcmp(out->typename, "OpenApiCollectionValidationError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR;
    else if (strcmp(out->typename, "OperationsAreNotAllowedError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OPERATIONS_ARE_NOT_ALLOWED_ERROR;
    else if (strcmp(out->typename, "PersistedQueryValidationError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR;
    else if (strcmp(out->typename, "SchemaChangeViolationError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_SCHEMA_CHANGE_VIOLATION_ERROR;
    else if (strcmp(out->typename, "SchemaVersionSyntaxError") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_SCHEMA_VERSION_SYNTAX_ERROR;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "onSchemaVersionPublishingUpdate.deployment.errors.message", err)) return false;
    if (!gql_read_int(json, "column", GQL_OPTIONAL, &out->column, &out->has_column, "onSchemaVersionPublishingUpdate.deployment.errors.column", err)) return false;
    if (!gql_read_int(json, "position", GQL_OPTIONAL, &out->position, &out->has_position, "onSchemaVersionPublishingUpdate.deployment.errors.position", err)) return false;
    if (!gql_read_int(json, "line", GQL_OPTIONAL, &out->line, &out->has_line, "onSchemaVersionPublishingUpdate.deployment.errors.line", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "client", GQL_NULLABLE | GQL_OPTIONAL, &value, "onSchemaVersionPublishingUpdate.deployment.errors.client", err)) return false;
        if (value) {
            out->client = calloc(1, sizeof *out->client);
            if (!out->client) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.client", "is too large");
            if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_client(value, out->client, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "queries", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.queries", err)) return false;
        if (list) {
            out->queries = calloc(count ? count : 1, sizeof *out->queries);
            if (!out->queries) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.queries", "is too large");
            out->queries_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries(item, &out->queries[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "collections", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors.collections", err)) return false;
        if (list) {
            out->collections = calloc(count ? count : 1, sizeof *out->collections);
            if (!out->collections) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors.collections", "is too large");
            out->collections_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections(item, &out->collections[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment(gql_on_schema_publish_data_on_schema_version_publishing_update_deployment *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update_deployment *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.deployment.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_OTHER;
    if (strcmp(out->typename, "ClientDeployment") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_CLIENT_DEPLOYMENT;
    else if (strcmp(out->typename, "FusionConfigurationDeployment") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_FUSION_CONFIGURATION_DEPLOYMENT;
    else if (strcmp(out->typename, "McpFeatureCollectionDeployment") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_MCP_FEATURE_COLLECTION_DEPLOYMENT;
    else if (strcmp(out->typename, "OpenApiCollectionDeployment") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_OPEN_API_COLLECTION_DEPLOYMENT;
    else if (strcmp(out->typename, "SchemaDeployment") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_SCHEMA_DEPLOYMENT;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.deployment.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_publish_data_on_schema_version_publishing_update(gql_on_schema_publish_data_on_schema_version_publishing_update *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->state);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_schema_publish_data_on_schema_version_publishing_update_errors(&value->errors[i]);
    }
    free(value->errors);
    if (value->deployment) free_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment(value->deployment);
    free(value->deployment);
}

static bool decode_gql_on_schema_publish_data_on_schema_version_publishing_update(const cJSON *json, gql_on_schema_publish_data_on_schema_version_publishing_update *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionPublishingUpdate", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionPublishingUpdate.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_OTHER;
    if (strcmp(out->typename, "OperationInProgress") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_OPERATION_IN_PROGRESS;
    else if (strcmp(out->typename, "ProcessingTaskApproved") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_APPROVED;
    else if (strcmp(out->typename, "ProcessingTaskIsQueued") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_IS_QUEUED;
    else if (strcmp(out->typename, "ProcessingTaskIsReady") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_IS_READY;
    else if (strcmp(out->typename, "SchemaVersionPublishFailed") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_SCHEMA_VERSION_PUBLISH_FAILED;
    else if (strcmp(out->typename, "SchemaVersionPublishSuccess") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_SCHEMA_VERSION_PUBLISH_SUCCESS;
    else if (strcmp(out->typename, "WaitForApproval") == 0) out->kind = GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_WAIT_FOR_APPROVAL;
    if (!gql_read_string(json, "state", GQL_OPTIONAL, &out->state, "onSchemaVersionPublishingUpdate.state", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionPublishingUpdate.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onSchemaVersionPublishingUpdate.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "deployment", GQL_NULLABLE | GQL_OPTIONAL, &value, "onSchemaVersionPublishingUpdate.deployment", err)) return false;
        if (value) {
            out->deployment = calloc(1, sizeof *out->deployment);
            if (!out->deployment) return gql_fail(err, "onSchemaVersionPublishingUpdate.deployment", "is too large");
            if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update_deployment(value, out->deployment, err)) return false;
        }
    }
    if (!gql_read_int(json, "queuePosition", GQL_OPTIONAL, &out->queue_position, &out->has_queue_position, "onSchemaVersionPublishingUpdate.queuePosition", err)) return false;
    return true;
}

static void free_gql_on_schema_publish_data(gql_on_schema_publish_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->on_schema_version_publishing_update) free_gql_on_schema_publish_data_on_schema_version_publishing_update(value->on_schema_version_publishing_update);
    free(value->on_schema_version_publishing_update);
}

static bool decode_gql_on_schema_publish_data(const cJSON *json, gql_on_schema_publish_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "onSchemaVersionPublishingUpdate", GQL_NULLABLE, &value, "onSchemaVersionPublishingUpdate", err)) return false;
        if (value) {
            out->on_schema_version_publishing_update = calloc(1, sizeof *out->on_schema_version_publishing_update);
            if (!out->on_schema_version_publishing_update) return gql_fail(err, "onSchemaVersionPublishingUpdate", "is too large");
            if (!decode_gql_on_schema_publish_data_on_schema_version_publishing_update(value, out->on_schema_version_publishing_update, err)) return false;
        }
    }
    return true;
}

bool gql_on_schema_publish_decode(const cJSON *data, gql_on_schema_publish_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_on_schema_publish_data(data, out, err)) return true;
    free_gql_on_schema_publish_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_on_schema_publish_free(gql_on_schema_publish_data *data) {
    free_gql_on_schema_publish_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_on_schema_publish(const cJSON *data, gql_error *err) {
    gql_on_schema_publish_data decoded;
    if (!gql_on_schema_publish_decode(data, &decoded, err)) return false;
    gql_on_schema_publish_free(&decoded);
    return true;
}

/* ==== OnSchemaVersionValidationUpdated ==== */
static bool validate_gql_on_schema_validation(const cJSON *data, gql_error *err);

const gql_operation gql_on_schema_validation_operation = {
    .name = "OnSchemaVersionValidationUpdated",
    .is_mutation = false,
    .document = "subscription OnSchemaVersionValidationUpdated($requestId: ID!) { onSchemaVersionValidationUpdate(requestId: $requestId) { __typename ... SchemaVersionValidationFailed ... SchemaVersionValidationSuccess ... OperationInProgress ... ValidationInProgress } } fragment SchemaVersionValidationFailed on SchemaVersionValidationFailed { state errors { __typename ... UnexpectedProcessingError ... ProcessingTimeoutError ... SchemaVersionSyntaxError ... InvalidGraphQLSchemaError ... PersistedQueryValidationError ... SchemaVersionChangeViolationError ... OperationsAreNotAllowedError ... OpenApiCollectionValidationError ... McpFeatureCollectionValidationError } } fragment UnexpectedProcessingError on UnexpectedProcessingError { __typename message } fragment ProcessingTimeoutError on ProcessingTimeoutError { __typename message } fragment SchemaVersionSyntaxError on SchemaVersionSyntaxError { __typename message column position line } fragment InvalidGraphQLSchemaError on InvalidGraphQLSchemaError { __typename message errors { __typename message code } } fragment PersistedQueryValidationError on PersistedQueryValidationError { message client { __typename id name } queries { __typename deployedTags message hash errors { __typename message code path locations { __typename column line } } } } fragment SchemaVersionChangeViolationError on SchemaVersionChangeViolationError { __typename changes { __typename ... SchemaChangeLogEntry } } fragment SchemaChangeLogEntry on SchemaChangeLogEntry { __typename ... TypeSystemMemberAddedChange ... TypeSystemMemberRemovedChange ... ObjectModifiedChange ... InputObjectModifiedChange ... DirectiveModifiedChange ... ScalarModifiedChange ... EnumModifiedChange ... UnionModifiedChange ... InterfaceModifiedChange ... SchemaChange } fragment TypeSystemMemberAddedChange on TypeSystemMemberAddedChange { ... SchemaChange coordinate severity __typename } fragment SchemaChange on SchemaChange { severity } fragment TypeSystemMemberRemovedChange on TypeSystemMemberRemovedChange { ... SchemaChange coordinate severity __typename } fragment ObjectModifiedChange on ObjectModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... InterfaceImplementationAdded ... InterfaceImplementationRemoved ... DescriptionChanged ... FieldAddedChange ... FieldRemovedChange ... OutputFieldChanged } } fragment InterfaceImplementationAdded on InterfaceImplementationAdded { ... SchemaChange interfaceName severity } fragment InterfaceImplementationRemoved on InterfaceImplementationRemoved { ... SchemaChange interfaceName severity } fragment DescriptionChanged on DescriptionChanged { ... SchemaChange old new severity __typename } fragment FieldAddedChange on FieldAddedChange { ... SchemaChange coordinate typeName fieldName severity } fragment FieldRemovedChange on FieldRemovedChange { ... SchemaChange coordinate typeName fieldName severity } fragment OutputFieldChanged on OutputFieldChanged { ... SchemaChange coordinate severity fieldName changes { __typename ... ArgumentRemoved ... ArgumentAdded ... ArgumentChanged ... DescriptionChanged ... TypeChanged ... DeprecatedChange } } fragment ArgumentRemoved on ArgumentRemoved { ... SchemaChange coordinate severity name typeName __typename } fragment ArgumentAdded on ArgumentAdded { ... SchemaChange coordinate severity name typeName __typename } fragment ArgumentChanged on ArgumentChanged { ... SchemaChange coordinate severity name __typename changes { __typename ... DescriptionChanged ... DeprecatedChange ... TypeChanged } } fragment DeprecatedChange on DeprecatedChange { ... SchemaChange deprecationReason severity } fragment TypeChanged on TypeChanged { ... SchemaChange oldType newType severity __typename } fragment InputObjectModifiedChange on InputObjectModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DescriptionChanged ... FieldAddedChange ... FieldRemovedChange ... InputFieldChanged } } fragment InputFieldChanged on InputFieldChanged { ... SchemaChange coordinate severity fieldName changes { __typename ... DescriptionChanged ... TypeChanged ... DeprecatedChange } } fragment DirectiveModifiedChange on DirectiveModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DirectiveLocationAdded ... DirectiveLocationRemoved ... DescriptionChanged ... ArgumentRemoved ... ArgumentChanged ... ArgumentAdded } } fragment DirectiveLocationAdded on DirectiveLocationAdded { ... SchemaChange location severity __typename } fragment DirectiveLocationRemoved on DirectiveLocationRemoved { ... SchemaChange location severity __typename } fragment ScalarModifiedChange on ScalarModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DescriptionChanged } } fragment EnumModifiedChange on EnumModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DescriptionChanged ... EnumValueRemoved ... EnumValueAdded ... EnumValueChanged } } fragment EnumValueRemoved on EnumValueRemoved { ... SchemaChange coordinate severity } fragment EnumValueAdded on EnumValueAdded { ... SchemaChange coordinate severity } fragment EnumValueChanged on EnumValueChanged { ... SchemaChange coordinate severity changes { __typename ... DeprecatedChange ... DescriptionChanged } } fragment UnionModifiedChange on UnionModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... DescriptionChanged ... UnionMemberRemoved ... UnionMemberAdded } } fragment UnionMemberRemoved on UnionMemberRemoved { ... SchemaChange typeName severity } fragment UnionMemberAdded on UnionMemberAdded { ... SchemaChange typeName severity } fragment InterfaceModifiedChange on InterfaceModifiedChange { ... SchemaChange coordinate severity __typename changes { __typename ... InterfaceImplementationAdded ... InterfaceImplementationRemoved ... DescriptionChanged ... FieldAddedChange ... FieldRemovedChange ... OutputFieldChanged ... PossibleTypeAdded ... PossibleTypeRemoved } } fragment PossibleTypeAdded on PossibleTypeAdded { ... SchemaChange typeName severity } fragment PossibleTypeRemoved on PossibleTypeRemoved { ... SchemaChange typeName severity } fragment OperationsAreNotAllowedError on OperationsAreNotAllowedError { __typename message } fragment OpenApiCollectionValidationError on OpenApiCollectionValidationError { collections { __typename ... OpenApiCollectionValidationCollection } } fragment OpenApiCollectionValidationCollection on OpenApiCollectionValidationCollection { openApiCollection { __typename id name } entities { __typename ... OpenApiCollectionValidationEntity } } fragment OpenApiCollectionValidationEntity on OpenApiCollectionValidationEntity { errors { __typename ... OpenApiCollectionValidationDocumentError ... OpenApiCollectionValidationEntityValidationError } ... OpenApiCollectionValidationEndpoint ... OpenApiCollectionValidationModel } fragment OpenApiCollectionValidationDocumentError on OpenApiCollectionValidationDocumentError { code message path locations { __typename column line } } fragment OpenApiCollectionValidationEntityValidationError on OpenApiCollectionValidationEntityValidationError { message } fragment OpenApiCollectionValidationEndpoint on OpenApiCollectionValidationEndpoint { httpMethod route } fragment OpenApiCollectionValidationModel on OpenApiCollectionValidationModel { name } fragment McpFeatureCollectionValidationError on McpFeatureCollectionValidationError { collections { __typename ... McpFeatureCollectionValidationCollection } } fragment McpFeatureCollectionValidationCollection on McpFeatureCollectionValidationCollection { mcpFeatureCollection { __typename id name } entities { __typename ... McpFeatureCollectionValidationEntity } } fragment McpFeatureCollectionValidationEntity on McpFeatureCollectionValidationEntity { errors { __typename ... McpFeatureCollectionValidationDocumentError ... McpFeatureCollectionValidationEntityValidationError } ... McpFeatureCollectionValidationPrompt ... McpFeatureCollectionValidationTool } fragment McpFeatureCollectionValidationDocumentError on McpFeatureCollectionValidationDocumentError { code message path locations { __typename column line } } fragment McpFeatureCollectionValidationEntityValidationError on McpFeatureCollectionValidationEntityValidationError { message } fragment McpFeatureCollectionValidationPrompt on McpFeatureCollectionValidationPrompt { name } fragment McpFeatureCollectionValidationTool on McpFeatureCollectionValidationTool { name } fragment SchemaVersionValidationSuccess on SchemaVersionValidationSuccess { state changes { __typename ... SchemaChangeLogEntry } } fragment OperationInProgress on OperationInProgress { state } fragment ValidationInProgress on ValidationInProgress { state }",
    .validate = validate_gql_on_schema_validation,
};


static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_errors(gql_on_schema_validation_data_on_schema_version_validation_update_errors_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->message);
    free(value->code);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_errors(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.errors", "is not an object");
    if (!gql_read_string(json, "message", 0, &out->message, "onSchemaVersionValidationUpdate.errors.errors.message", err)) return false;
    if (!gql_read_string(json, "code", GQL_NULLABLE, &out->code, "onSchemaVersionValidationUpdate.errors.errors.code", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_client(gql_on_schema_validation_data_on_schema_version_validation_update_errors_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_client(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.client", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onSchemaVersionValidationUpdate.errors.client.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onSchemaVersionValidationUpdate.errors.client.name", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors_locations(gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors_locations *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors_locations(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors_locations *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.queries.errors.locations", "is not an object");
    if (!gql_read_int(json, "column", 0, &out->column, NULL, "onSchemaVersionValidationUpdate.errors.queries.errors.locations.column", err)) return false;
    if (!gql_read_int(json, "line", 0, &out->line, NULL, "onSchemaVersionValidationUpdate.errors.queries.errors.locations.line", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors(gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->message);
    free(value->code);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    for (size_t i = 0; i < value->locations_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors_locations(&value->locations[i]);
    }
    free(value->locations);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.queries.errors", "is not an object");
    if (!gql_read_string(json, "message", 0, &out->message, "onSchemaVersionValidationUpdate.errors.queries.errors.message", err)) return false;
    if (!gql_read_string(json, "code", GQL_NULLABLE, &out->code, "onSchemaVersionValidationUpdate.errors.queries.errors.code", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", GQL_NULLABLE, &list, &count, "onSchemaVersionValidationUpdate.errors.queries.errors.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.queries.errors.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "onSchemaVersionValidationUpdate.errors.queries.errors.path", err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "locations", GQL_NULLABLE, &list, &count, "onSchemaVersionValidationUpdate.errors.queries.errors.locations", err)) return false;
        if (list) {
            out->locations = calloc(count ? count : 1, sizeof *out->locations);
            if (!out->locations) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.queries.errors.locations", "is too large");
            out->locations_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors_locations(item, &out->locations[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries(gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->deployed_tags_count; i++) {
        free(value->deployed_tags[i]);
    }
    free(value->deployed_tags);
    free(value->message);
    free(value->hash);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.queries", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "deployedTags", 0, &list, &count, "onSchemaVersionValidationUpdate.errors.queries.deployedTags", err)) return false;
        if (list) {
            out->deployed_tags = calloc(count ? count : 1, sizeof *out->deployed_tags);
            if (!out->deployed_tags) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.queries.deployedTags", "is too large");
            out->deployed_tags_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->deployed_tags[i++], "onSchemaVersionValidationUpdate.errors.queries.deployedTags", err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "message", 0, &out->message, "onSchemaVersionValidationUpdate.errors.queries.message", err)) return false;
    if (!gql_read_string(json, "hash", 0, &out->hash, "onSchemaVersionValidationUpdate.errors.queries.hash", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "onSchemaVersionValidationUpdate.errors.queries.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.queries.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_changes(gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->old);
    free(value->new);
    free(value->deprecation_reason);
    free(value->old_type);
    free(value->new_type);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_changes(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "DeprecatedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE;
    else if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "TypeChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "deprecationReason", GQL_NULLABLE | GQL_OPTIONAL, &out->deprecation_reason, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.changes.deprecationReason", err)) return false;
    if (!gql_read_string(json, "oldType", GQL_OPTIONAL, &out->old_type, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.changes.oldType", err)) return false;
    if (!gql_read_string(json, "newType", GQL_OPTIONAL, &out->new_type, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.changes.newType", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes(gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->coordinate);
    free(value->name);
    free(value->type_name);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_changes(&value->changes[i]);
    }
    free(value->changes);
    free(value->old);
    free(value->new);
    free(value->old_type);
    free(value->new_type);
    free(value->deprecation_reason);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.changes.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "ArgumentAdded") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED;
    else if (strcmp(out->typename, "ArgumentChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED;
    else if (strcmp(out->typename, "ArgumentRemoved") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED;
    else if (strcmp(out->typename, "DeprecatedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE;
    else if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "TypeChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_TYPE_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.coordinate", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.name", err)) return false;
    if (!gql_read_string(json, "typeName", GQL_OPTIONAL, &out->type_name, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.typeName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "oldType", GQL_OPTIONAL, &out->old_type, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.oldType", err)) return false;
    if (!gql_read_string(json, "newType", GQL_OPTIONAL, &out->new_type, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.newType", err)) return false;
    if (!gql_read_string(json, "deprecationReason", GQL_NULLABLE | GQL_OPTIONAL, &out->deprecation_reason, "onSchemaVersionValidationUpdate.errors.changes.changes.changes.deprecationReason", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes(gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->interface_name);
    free(value->old);
    free(value->new);
    free(value->coordinate);
    free(value->type_name);
    free(value->field_name);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes(&value->changes[i]);
    }
    free(value->changes);
    free(value->location);
    free(value->name);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionValidationUpdate.errors.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "FieldAddedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_FIELD_ADDED_CHANGE;
    else if (strcmp(out->typename, "FieldRemovedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_FIELD_REMOVED_CHANGE;
    else if (strcmp(out->typename, "InterfaceImplementationAdded") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED;
    else if (strcmp(out->typename, "InterfaceImplementationRemoved") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED;
    else if (strcmp(out->typename, "OutputFieldChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionValidationUpdate.errors.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "interfaceName", GQL_OPTIONAL, &out->interface_name, "onSchemaVersionValidationUpdate.errors.changes.changes.interfaceName", err)) return false;
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onSchemaVersionValidationUpdate.errors.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onSchemaVersionValidationUpdate.errors.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onSchemaVersionValidationUpdate.errors.changes.changes.coordinate", err)) return false;
    if (!gql_read_string(json, "typeName", GQL_OPTIONAL, &out->type_name, "onSchemaVersionValidationUpdate.errors.changes.changes.typeName", err)) return false;
    if (!gql_read_string(json, "fieldName", GQL_OPTIONAL, &out->field_name, "onSchemaVersionValidationUpdate.errors.changes.changes.fieldName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.errors.changes.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.changes.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "location", GQL_OPTIONAL, &out->location, "onSchemaVersionValidationUpdate.errors.changes.changes.location", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onSchemaVersionValidationUpdate.errors.changes.changes.name", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes(gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->coordinate);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes(&value->changes[i]);
    }
    free(value->changes);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionValidationUpdate.errors.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_OTHER;
    if (strcmp(out->typename, "DirectiveModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_DIRECTIVE_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "EnumModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_ENUM_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "InputObjectModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "InterfaceModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_INTERFACE_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "ObjectModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_OBJECT_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "ScalarModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_SCALAR_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "TypeSystemMemberAddedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE;
    else if (strcmp(out->typename, "TypeSystemMemberRemovedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE;
    else if (strcmp(out->typename, "UnionModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_UNION_MODIFIED_CHANGE;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionValidationUpdate.errors.changes.severity", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onSchemaVersionValidationUpdate.errors.changes.coordinate", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.errors.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_open_api_collection(gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_open_api_collection *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_open_api_collection(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_open_api_collection *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections.openApiCollection", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onSchemaVersionValidationUpdate.errors.collections.openApiCollection.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onSchemaVersionValidationUpdate.errors.collections.openApiCollection.name", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors_locations(gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors_locations *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors_locations(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors_locations *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections.entities.errors.locations", "is not an object");
    if (!gql_read_int(json, "column", 0, &out->column, NULL, "onSchemaVersionValidationUpdate.errors.collections.entities.errors.locations.column", err)) return false;
    if (!gql_read_int(json, "line", 0, &out->line, NULL, "onSchemaVersionValidationUpdate.errors.collections.entities.errors.locations.line", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors(gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->code);
    free(value->message);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
    for (size_t i = 0; i < value->locations_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors_locations(&value->locations[i]);
    }
    free(value->locations);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections.entities.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionValidationUpdate.errors.collections.entities.errors.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER;
    if (strcmp(out->typename, "OpenApiCollectionValidationDocumentError") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR;
    else if (strcmp(out->typename, "OpenApiCollectionValidationEntityValidationError") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR;
    if (!gql_read_string(json, "code", GQL_NULLABLE | GQL_OPTIONAL, &out->code, "onSchemaVersionValidationUpdate.errors.collections.entities.errors.code", err)) return false;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "onSchemaVersionValidationUpdate.errors.collections.entities.errors.message", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.errors.collections.entities.errors.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections.entities.errors.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "onSchemaVersionValidationUpdate.errors.collections.entities.errors.path", err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "locations", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.errors.collections.entities.errors.locations", err)) return false;
        if (list) {
            out->locations = calloc(count ? count : 1, sizeof *out->locations);
            if (!out->locations) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections.entities.errors.locations", "is too large");
            out->locations_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors_locations(item, &out->locations[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities(gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors(&value->errors[i]);
    }
    free(value->errors);
    free(value->http_method);
    free(value->route);
    free(value->name);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections.entities", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionValidationUpdate.errors.collections.entities.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OTHER;
    if (strcmp(out->typename, "OpenApiCollectionValidationEndpoint") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT;
    else if (strcmp(out->typename, "OpenApiCollectionValidationModel") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.errors.collections.entities.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections.entities.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "httpMethod", GQL_OPTIONAL, &out->http_method, "onSchemaVersionValidationUpdate.errors.collections.entities.httpMethod", err)) return false;
    if (!gql_read_string(json, "route", GQL_OPTIONAL, &out->route, "onSchemaVersionValidationUpdate.errors.collections.entities.route", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onSchemaVersionValidationUpdate.errors.collections.entities.name", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_mcp_feature_collection(gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_mcp_feature_collection *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_mcp_feature_collection(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_mcp_feature_collection *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections.mcpFeatureCollection", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "onSchemaVersionValidationUpdate.errors.collections.mcpFeatureCollection.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "onSchemaVersionValidationUpdate.errors.collections.mcpFeatureCollection.name", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections(gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->open_api_collection) free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_open_api_collection(value->open_api_collection);
    free(value->open_api_collection);
    for (size_t i = 0; i < value->entities_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities(&value->entities[i]);
    }
    free(value->entities);
    if (value->mcp_feature_collection) free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_mcp_feature_collection(value->mcp_feature_collection);
    free(value->mcp_feature_collection);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "openApiCollection", GQL_NULLABLE, &value, "onSchemaVersionValidationUpdate.errors.collections.openApiCollection", err)) return false;
        if (value) {
            out->open_api_collection = calloc(1, sizeof *out->open_api_collection);
            if (!out->open_api_collection) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections.openApiCollection", "is too large");
            if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_open_api_collection(value, out->open_api_collection, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "entities", GQL_NULLABLE, &list, &count, "onSchemaVersionValidationUpdate.errors.collections.entities", err)) return false;
        if (list) {
            out->entities = calloc(count ? count : 1, sizeof *out->entities);
            if (!out->entities) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections.entities", "is too large");
            out->entities_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities(item, &out->entities[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "mcpFeatureCollection", GQL_NULLABLE | GQL_OPTIONAL, &value, "onSchemaVersionValidationUpdate.errors.collections.mcpFeatureCollection", err)) return false;
        if (value) {
            out->mcp_feature_collection = calloc(1, sizeof *out->mcp_feature_collection);
            if (!out->mcp_feature_collection) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections.mcpFeatureCollection", "is too large");
            if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_mcp_feature_collection(value, out->mcp_feature_collection, err)) return false;
        }
    }
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_errors(gql_on_schema_validation_data_on_schema_version_validation_update_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_errors(&value->errors[i]);
    }
    free(value->errors);
    if (value->client) free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_client(value->client);
    free(value->client);
    for (size_t i = 0; i < value->queries_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries(&value->queries[i]);
    }
    free(value->queries);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes(&value->changes[i]);
    }
    free(value->changes);
    for (size_t i = 0; i < value->collections_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections(&value->collections[i]);
    }
    free(value->collections);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionValidationUpdate.errors.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_OTHER;
    if (strcmp(out->typename, "InvalidGraphQLSchemaError") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_INVALID_GRAPH_QLSCHEMA_ERROR;
    else if (strcmp(out->typename, "McpFeatureCollectionValidationError") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR;
    else if (strcmp(out->typename, "OpenApiCollectionValidationError") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR;
    else if (strcmp(out->typename, "OperationsAreNotAllowedError") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_OPERATIONS_ARE_NOT_ALLOWED_ERROR;
    else if (strcmp(out->typename, "PersistedQueryValidationError") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR;
    else if (strcmp(out->typename, "ProcessingTimeoutError") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_PROCESSING_TIMEOUT_ERROR;
    else if (strcmp(out->typename, "SchemaVersionChangeViolationError") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_SCHEMA_VERSION_CHANGE_VIOLATION_ERROR;
    else if (strcmp(out->typename, "SchemaVersionSyntaxError") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_SCHEMA_VERSION_SYNTAX_ERROR;
    else if (strcmp(out->typename, "UnexpectedProcessingError") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_UNEXPECTED_PROCESSING_ERROR;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "onSchemaVersionValidationUpdate.errors.message", err)) return false;
    if (!gql_read_int(json, "column", GQL_OPTIONAL, &out->column, &out->has_column, "onSchemaVersionValidationUpdate.errors.column", err)) return false;
    if (!gql_read_int(json, "position", GQL_OPTIONAL, &out->position, &out->has_position, "onSchemaVersionValidationUpdate.errors.position", err)) return false;
    if (!gql_read_int(json, "line", GQL_OPTIONAL, &out->line, &out->has_line, "onSchemaVersionValidationUpdate.errors.line", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.errors.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "client", GQL_NULLABLE | GQL_OPTIONAL, &value, "onSchemaVersionValidationUpdate.errors.client", err)) return false;
        if (value) {
            out->client = calloc(1, sizeof *out->client);
            if (!out->client) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.client", "is too large");
            if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_client(value, out->client, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "queries", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.errors.queries", err)) return false;
        if (list) {
            out->queries = calloc(count ? count : 1, sizeof *out->queries);
            if (!out->queries) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.queries", "is too large");
            out->queries_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries(item, &out->queries[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.errors.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "collections", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.errors.collections", err)) return false;
        if (list) {
            out->collections = calloc(count ? count : 1, sizeof *out->collections);
            if (!out->collections) return gql_fail(err, "onSchemaVersionValidationUpdate.errors.collections", "is too large");
            out->collections_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections(item, &out->collections[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_changes(gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->old);
    free(value->new);
    free(value->deprecation_reason);
    free(value->old_type);
    free(value->new_type);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_changes(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.changes.changes.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionValidationUpdate.changes.changes.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "DeprecatedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE;
    else if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "TypeChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionValidationUpdate.changes.changes.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onSchemaVersionValidationUpdate.changes.changes.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onSchemaVersionValidationUpdate.changes.changes.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "deprecationReason", GQL_NULLABLE | GQL_OPTIONAL, &out->deprecation_reason, "onSchemaVersionValidationUpdate.changes.changes.changes.changes.deprecationReason", err)) return false;
    if (!gql_read_string(json, "oldType", GQL_OPTIONAL, &out->old_type, "onSchemaVersionValidationUpdate.changes.changes.changes.changes.oldType", err)) return false;
    if (!gql_read_string(json, "newType", GQL_OPTIONAL, &out->new_type, "onSchemaVersionValidationUpdate.changes.changes.changes.changes.newType", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes(gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->coordinate);
    free(value->name);
    free(value->type_name);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_changes(&value->changes[i]);
    }
    free(value->changes);
    free(value->old);
    free(value->new);
    free(value->old_type);
    free(value->new_type);
    free(value->deprecation_reason);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.changes.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionValidationUpdate.changes.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "ArgumentAdded") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED;
    else if (strcmp(out->typename, "ArgumentChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED;
    else if (strcmp(out->typename, "ArgumentRemoved") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED;
    else if (strcmp(out->typename, "DeprecatedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE;
    else if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "TypeChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_TYPE_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionValidationUpdate.changes.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onSchemaVersionValidationUpdate.changes.changes.changes.coordinate", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onSchemaVersionValidationUpdate.changes.changes.changes.name", err)) return false;
    if (!gql_read_string(json, "typeName", GQL_OPTIONAL, &out->type_name, "onSchemaVersionValidationUpdate.changes.changes.changes.typeName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.changes.changes.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionValidationUpdate.changes.changes.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onSchemaVersionValidationUpdate.changes.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onSchemaVersionValidationUpdate.changes.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "oldType", GQL_OPTIONAL, &out->old_type, "onSchemaVersionValidationUpdate.changes.changes.changes.oldType", err)) return false;
    if (!gql_read_string(json, "newType", GQL_OPTIONAL, &out->new_type, "onSchemaVersionValidationUpdate.changes.changes.changes.newType", err)) return false;
    if (!gql_read_string(json, "deprecationReason", GQL_NULLABLE | GQL_OPTIONAL, &out->deprecation_reason, "onSchemaVersionValidationUpdate.changes.changes.changes.deprecationReason", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes(gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->interface_name);
    free(value->old);
    free(value->new);
    free(value->coordinate);
    free(value->type_name);
    free(value->field_name);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes(&value->changes[i]);
    }
    free(value->changes);
    free(value->location);
    free(value->name);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.changes.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionValidationUpdate.changes.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_OTHER;
    if (strcmp(out->typename, "DescriptionChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_DESCRIPTION_CHANGED;
    else if (strcmp(out->typename, "FieldAddedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_FIELD_ADDED_CHANGE;
    else if (strcmp(out->typename, "FieldRemovedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_FIELD_REMOVED_CHANGE;
    else if (strcmp(out->typename, "InterfaceImplementationAdded") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED;
    else if (strcmp(out->typename, "InterfaceImplementationRemoved") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED;
    else if (strcmp(out->typename, "OutputFieldChanged") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionValidationUpdate.changes.changes.severity", err)) return false;
    if (!gql_read_string(json, "interfaceName", GQL_OPTIONAL, &out->interface_name, "onSchemaVersionValidationUpdate.changes.changes.interfaceName", err)) return false;
    if (!gql_read_string(json, "old", GQL_NULLABLE | GQL_OPTIONAL, &out->old, "onSchemaVersionValidationUpdate.changes.changes.old", err)) return false;
    if (!gql_read_string(json, "new", GQL_NULLABLE | GQL_OPTIONAL, &out->new, "onSchemaVersionValidationUpdate.changes.changes.new", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onSchemaVersionValidationUpdate.changes.changes.coordinate", err)) return false;
    if (!gql_read_string(json, "typeName", GQL_OPTIONAL, &out->type_name, "onSchemaVersionValidationUpdate.changes.changes.typeName", err)) return false;
    if (!gql_read_string(json, "fieldName", GQL_OPTIONAL, &out->field_name, "onSchemaVersionValidationUpdate.changes.changes.fieldName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.changes.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionValidationUpdate.changes.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    if (!gql_read_string(json, "location", GQL_OPTIONAL, &out->location, "onSchemaVersionValidationUpdate.changes.changes.location", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "onSchemaVersionValidationUpdate.changes.changes.name", err)) return false;
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update_changes(gql_on_schema_validation_data_on_schema_version_validation_update_changes *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->severity);
    free(value->coordinate);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes(&value->changes[i]);
    }
    free(value->changes);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update_changes(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update_changes *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate.changes", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionValidationUpdate.changes.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_OTHER;
    if (strcmp(out->typename, "DirectiveModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_DIRECTIVE_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "EnumModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_ENUM_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "InputObjectModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "InterfaceModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_INTERFACE_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "ObjectModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_OBJECT_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "ScalarModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_SCALAR_MODIFIED_CHANGE;
    else if (strcmp(out->typename, "TypeSystemMemberAddedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE;
    else if (strcmp(out->typename, "TypeSystemMemberRemovedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE;
    else if (strcmp(out->typename, "UnionModifiedChange") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_UNION_MODIFIED_CHANGE;
    if (!gql_read_string(json, "severity", GQL_OPTIONAL, &out->severity, "onSchemaVersionValidationUpdate.changes.severity", err)) return false;
    if (!gql_read_string(json, "coordinate", GQL_OPTIONAL, &out->coordinate, "onSchemaVersionValidationUpdate.changes.coordinate", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.changes.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionValidationUpdate.changes.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_validation_data_on_schema_version_validation_update(gql_on_schema_validation_data_on_schema_version_validation_update *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->state);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_errors(&value->errors[i]);
    }
    free(value->errors);
    for (size_t i = 0; i < value->changes_count; i++) {
        free_gql_on_schema_validation_data_on_schema_version_validation_update_changes(&value->changes[i]);
    }
    free(value->changes);
}

static bool decode_gql_on_schema_validation_data_on_schema_version_validation_update(const cJSON *json, gql_on_schema_validation_data_on_schema_version_validation_update *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "onSchemaVersionValidationUpdate", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "onSchemaVersionValidationUpdate.__typename", err)) return false;
    out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_OTHER;
    if (strcmp(out->typename, "OperationInProgress") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_OPERATION_IN_PROGRESS;
    else if (strcmp(out->typename, "SchemaVersionValidationFailed") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_SCHEMA_VERSION_VALIDATION_FAILED;
    else if (strcmp(out->typename, "SchemaVersionValidationSuccess") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_SCHEMA_VERSION_VALIDATION_SUCCESS;
    else if (strcmp(out->typename, "ValidationInProgress") == 0) out->kind = GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_VALIDATION_IN_PROGRESS;
    if (!gql_read_string(json, "state", GQL_OPTIONAL, &out->state, "onSchemaVersionValidationUpdate.state", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "onSchemaVersionValidationUpdate.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "changes", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "onSchemaVersionValidationUpdate.changes", err)) return false;
        if (list) {
            out->changes = calloc(count ? count : 1, sizeof *out->changes);
            if (!out->changes) return gql_fail(err, "onSchemaVersionValidationUpdate.changes", "is too large");
            out->changes_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update_changes(item, &out->changes[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_on_schema_validation_data(gql_on_schema_validation_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->on_schema_version_validation_update) free_gql_on_schema_validation_data_on_schema_version_validation_update(value->on_schema_version_validation_update);
    free(value->on_schema_version_validation_update);
}

static bool decode_gql_on_schema_validation_data(const cJSON *json, gql_on_schema_validation_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "onSchemaVersionValidationUpdate", GQL_NULLABLE, &value, "onSchemaVersionValidationUpdate", err)) return false;
        if (value) {
            out->on_schema_version_validation_update = calloc(1, sizeof *out->on_schema_version_validation_update);
            if (!out->on_schema_version_validation_update) return gql_fail(err, "onSchemaVersionValidationUpdate", "is too large");
            if (!decode_gql_on_schema_validation_data_on_schema_version_validation_update(value, out->on_schema_version_validation_update, err)) return false;
        }
    }
    return true;
}

bool gql_on_schema_validation_decode(const cJSON *data, gql_on_schema_validation_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_on_schema_validation_data(data, out, err)) return true;
    free_gql_on_schema_validation_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_on_schema_validation_free(gql_on_schema_validation_data *data) {
    free_gql_on_schema_validation_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_on_schema_validation(const cJSON *data, gql_error *err) {
    gql_on_schema_validation_data decoded;
    if (!gql_on_schema_validation_decode(data, &decoded, err)) return false;
    gql_on_schema_validation_free(&decoded);
    return true;
}

/* ==== PageClientVersionDetailQuery ==== */
static bool validate_gql_page_client_versions(const cJSON *data, gql_error *err);

const gql_operation gql_page_client_versions_operation = {
    .name = "PageClientVersionDetailQuery",
    .is_mutation = false,
    .document = "query PageClientVersionDetailQuery($id: ID!, $after: String!) { node(id: $id) { __typename ... on Client { versions(first: 10, after: $after) { __typename pageInfo { __typename hasNextPage endCursor } edges { __typename ... ClientDetailPrompt_ClientVersionEdge } } } } } fragment ClientDetailPrompt_ClientVersionEdge on ClientVersionEdge { cursor node { __typename id createdAt tag publishedTo { __typename stage { __typename name } } } }",
    .validate = validate_gql_page_client_versions,
};


static void free_gql_page_client_versions_data_node_versions_page_info(gql_page_client_versions_data_node_versions_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
}

static bool decode_gql_page_client_versions_data_node_versions_page_info(const cJSON *json, gql_page_client_versions_data_node_versions_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.versions.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "node.versions.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "node.versions.pageInfo.endCursor", err)) return false;
    return true;
}

static void free_gql_page_client_versions_data_node_versions_edges_node_published_to_stage(gql_page_client_versions_data_node_versions_edges_node_published_to_stage *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_page_client_versions_data_node_versions_edges_node_published_to_stage(const cJSON *json, gql_page_client_versions_data_node_versions_edges_node_published_to_stage *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.versions.edges.node.publishedTo.stage", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "node.versions.edges.node.publishedTo.stage.name", err)) return false;
    return true;
}

static void free_gql_page_client_versions_data_node_versions_edges_node_published_to(gql_page_client_versions_data_node_versions_edges_node_published_to *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->stage) free_gql_page_client_versions_data_node_versions_edges_node_published_to_stage(value->stage);
    free(value->stage);
}

static bool decode_gql_page_client_versions_data_node_versions_edges_node_published_to(const cJSON *json, gql_page_client_versions_data_node_versions_edges_node_published_to *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.versions.edges.node.publishedTo", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "stage", GQL_NULLABLE, &value, "node.versions.edges.node.publishedTo.stage", err)) return false;
        if (value) {
            out->stage = calloc(1, sizeof *out->stage);
            if (!out->stage) return gql_fail(err, "node.versions.edges.node.publishedTo.stage", "is too large");
            if (!decode_gql_page_client_versions_data_node_versions_edges_node_published_to_stage(value, out->stage, err)) return false;
        }
    }
    return true;
}

static void free_gql_page_client_versions_data_node_versions_edges_node(gql_page_client_versions_data_node_versions_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->created_at);
    free(value->tag);
    if (value->published_to) free_gql_page_client_versions_data_node_versions_edges_node_published_to(value->published_to);
    free(value->published_to);
}

static bool decode_gql_page_client_versions_data_node_versions_edges_node(const cJSON *json, gql_page_client_versions_data_node_versions_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.versions.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "node.versions.edges.node.id", err)) return false;
    if (!gql_read_string(json, "createdAt", 0, &out->created_at, "node.versions.edges.node.createdAt", err)) return false;
    if (!gql_read_string(json, "tag", 0, &out->tag, "node.versions.edges.node.tag", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "publishedTo", GQL_NULLABLE, &value, "node.versions.edges.node.publishedTo", err)) return false;
        if (value) {
            out->published_to = calloc(1, sizeof *out->published_to);
            if (!out->published_to) return gql_fail(err, "node.versions.edges.node.publishedTo", "is too large");
            if (!decode_gql_page_client_versions_data_node_versions_edges_node_published_to(value, out->published_to, err)) return false;
        }
    }
    return true;
}

static void free_gql_page_client_versions_data_node_versions_edges(gql_page_client_versions_data_node_versions_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_page_client_versions_data_node_versions_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_page_client_versions_data_node_versions_edges(const cJSON *json, gql_page_client_versions_data_node_versions_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.versions.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "node.versions.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "node.versions.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "node.versions.edges.node", "is too large");
            if (!decode_gql_page_client_versions_data_node_versions_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_page_client_versions_data_node_versions(gql_page_client_versions_data_node_versions *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->page_info) free_gql_page_client_versions_data_node_versions_page_info(value->page_info);
    free(value->page_info);
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_page_client_versions_data_node_versions_edges(&value->edges[i]);
    }
    free(value->edges);
}

static bool decode_gql_page_client_versions_data_node_versions(const cJSON *json, gql_page_client_versions_data_node_versions *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.versions", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", GQL_NULLABLE, &value, "node.versions.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "node.versions.pageInfo", "is too large");
            if (!decode_gql_page_client_versions_data_node_versions_page_info(value, out->page_info, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "node.versions.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "node.versions.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_page_client_versions_data_node_versions_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_page_client_versions_data_node(gql_page_client_versions_data_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    if (value->versions) free_gql_page_client_versions_data_node_versions(value->versions);
    free(value->versions);
}

static bool decode_gql_page_client_versions_data_node(const cJSON *json, gql_page_client_versions_data_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "node.__typename", err)) return false;
    out->kind = GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_OTHER;
    if (strcmp(out->typename, "Api") == 0) out->kind = GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_API;
    else if (strcmp(out->typename, "ApiKey") == 0) out->kind = GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_API_KEY;
    else if (strcmp(out->typename, "Client") == 0) out->kind = GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_CLIENT;
    else if (strcmp(out->typename, "Environment") == 0) out->kind = GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_ENVIRONMENT;
    else if (strcmp(out->typename, "PersonalAccessToken") == 0) out->kind = GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_PERSONAL_ACCESS_TOKEN;
    else if (strcmp(out->typename, "User") == 0) out->kind = GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_USER;
    else if (strcmp(out->typename, "Workspace") == 0) out->kind = GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_WORKSPACE;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "versions", GQL_NULLABLE | GQL_OPTIONAL, &value, "node.versions", err)) return false;
        if (value) {
            out->versions = calloc(1, sizeof *out->versions);
            if (!out->versions) return gql_fail(err, "node.versions", "is too large");
            if (!decode_gql_page_client_versions_data_node_versions(value, out->versions, err)) return false;
        }
    }
    return true;
}

static void free_gql_page_client_versions_data(gql_page_client_versions_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->node) free_gql_page_client_versions_data_node(value->node);
    free(value->node);
}

static bool decode_gql_page_client_versions_data(const cJSON *json, gql_page_client_versions_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "node", "is too large");
            if (!decode_gql_page_client_versions_data_node(value, out->node, err)) return false;
        }
    }
    return true;
}

bool gql_page_client_versions_decode(const cJSON *data, gql_page_client_versions_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_page_client_versions_data(data, out, err)) return true;
    free_gql_page_client_versions_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_page_client_versions_free(gql_page_client_versions_data *data) {
    free_gql_page_client_versions_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_page_client_versions(const cJSON *data, gql_error *err) {
    gql_page_client_versions_data decoded;
    if (!gql_page_client_versions_decode(data, &decoded, err)) return false;
    gql_page_client_versions_free(&decoded);
    return true;
}

/* ==== PublishClientVersion ==== */
static bool validate_gql_publish_client(const cJSON *data, gql_error *err);

const gql_operation gql_publish_client_operation = {
    .name = "PublishClientVersion",
    .is_mutation = true,
    .document = "mutation PublishClientVersion($input: PublishClientInput!) { publishClient(input: $input) { __typename id errors { __typename ... UnauthorizedOperation ... InvalidSourceMetadataInputError ... StageNotFoundError ... ClientNotFoundError ... ClientVersionNotFoundError ... Error } } } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error } fragment Error on Error { message } fragment InvalidSourceMetadataInputError on InvalidSourceMetadataInputError { __typename message ... Error } fragment StageNotFoundError on StageNotFoundError { __typename message name ... Error } fragment ClientNotFoundError on ClientNotFoundError { message clientId ... Error } fragment ClientVersionNotFoundError on ClientVersionNotFoundError { tag message clientId ... Error }",
    .validate = validate_gql_publish_client,
};


static void free_gql_publish_client_data_publish_client_errors(gql_publish_client_data_publish_client_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->name);
    free(value->client_id);
    free(value->tag);
}

static bool decode_gql_publish_client_data_publish_client_errors(const cJSON *json, gql_publish_client_data_publish_client_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "publishClient.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "publishClient.errors.__typename", err)) return false;
    out->kind = GQL_PUBLISH_CLIENT_DATA_PUBLISH_CLIENT_ERRORS_OTHER;
    if (strcmp(out->typename, "ClientNotFoundError") == 0) out->kind = GQL_PUBLISH_CLIENT_DATA_PUBLISH_CLIENT_ERRORS_CLIENT_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "ClientVersionNotFoundError") == 0) out->kind = GQL_PUBLISH_CLIENT_DATA_PUBLISH_CLIENT_ERRORS_CLIENT_VERSION_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "InvalidSourceMetadataInputError") == 0) out->kind = GQL_PUBLISH_CLIENT_DATA_PUBLISH_CLIENT_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR;
    else if (strcmp(out->typename, "StageNotFoundError") == 0) out->kind = GQL_PUBLISH_CLIENT_DATA_PUBLISH_CLIENT_ERRORS_STAGE_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_PUBLISH_CLIENT_DATA_PUBLISH_CLIENT_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "publishClient.errors.message", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "publishClient.errors.name", err)) return false;
    if (!gql_read_string(json, "clientId", GQL_OPTIONAL, &out->client_id, "publishClient.errors.clientId", err)) return false;
    if (!gql_read_string(json, "tag", GQL_OPTIONAL, &out->tag, "publishClient.errors.tag", err)) return false;
    return true;
}

static void free_gql_publish_client_data_publish_client(gql_publish_client_data_publish_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_publish_client_data_publish_client_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_publish_client_data_publish_client(const cJSON *json, gql_publish_client_data_publish_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "publishClient", "is not an object");
    if (!gql_read_string(json, "id", GQL_NULLABLE, &out->id, "publishClient.id", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "publishClient.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "publishClient.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_publish_client_data_publish_client_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_publish_client_data(gql_publish_client_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->publish_client) free_gql_publish_client_data_publish_client(value->publish_client);
    free(value->publish_client);
}

static bool decode_gql_publish_client_data(const cJSON *json, gql_publish_client_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "publishClient", GQL_NULLABLE, &value, "publishClient", err)) return false;
        if (value) {
            out->publish_client = calloc(1, sizeof *out->publish_client);
            if (!out->publish_client) return gql_fail(err, "publishClient", "is too large");
            if (!decode_gql_publish_client_data_publish_client(value, out->publish_client, err)) return false;
        }
    }
    return true;
}

bool gql_publish_client_decode(const cJSON *data, gql_publish_client_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_publish_client_data(data, out, err)) return true;
    free_gql_publish_client_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_publish_client_free(gql_publish_client_data *data) {
    free_gql_publish_client_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_publish_client(const cJSON *data, gql_error *err) {
    gql_publish_client_data decoded;
    if (!gql_publish_client_decode(data, &decoded, err)) return false;
    gql_publish_client_free(&decoded);
    return true;
}

/* ==== PublishSchemaVersion ==== */
static bool validate_gql_publish_schema(const cJSON *data, gql_error *err);

const gql_operation gql_publish_schema_operation = {
    .name = "PublishSchemaVersion",
    .is_mutation = true,
    .document = "mutation PublishSchemaVersion($input: PublishSchemaInput!) { publishSchema(input: $input) { __typename id errors { __typename ... UnauthorizedOperation ... InvalidSourceMetadataInputError ... ApiNotFoundError ... StageNotFoundError ... SchemaNotFoundError ... Error } } } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error } fragment Error on Error { message } fragment InvalidSourceMetadataInputError on InvalidSourceMetadataInputError { __typename message ... Error } fragment ApiNotFoundError on ApiNotFoundError { __typename message apiId ... Error } fragment StageNotFoundError on StageNotFoundError { __typename message name ... Error } fragment SchemaNotFoundError on SchemaNotFoundError { message apiId tag ... Error }",
    .validate = validate_gql_publish_schema,
};


static void free_gql_publish_schema_data_publish_schema_errors(gql_publish_schema_data_publish_schema_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->api_id);
    free(value->name);
    free(value->tag);
}

static bool decode_gql_publish_schema_data_publish_schema_errors(const cJSON *json, gql_publish_schema_data_publish_schema_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "publishSchema.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "publishSchema.errors.__typename", err)) return false;
    out->kind = GQL_PUBLISH_SCHEMA_DATA_PUBLISH_SCHEMA_ERRORS_OTHER;
    if (strcmp(out->typename, "ApiNotFoundError") == 0) out->kind = GQL_PUBLISH_SCHEMA_DATA_PUBLISH_SCHEMA_ERRORS_API_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "InvalidSourceMetadataInputError") == 0) out->kind = GQL_PUBLISH_SCHEMA_DATA_PUBLISH_SCHEMA_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR;
    else if (strcmp(out->typename, "SchemaNotFoundError") == 0) out->kind = GQL_PUBLISH_SCHEMA_DATA_PUBLISH_SCHEMA_ERRORS_SCHEMA_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "StageNotFoundError") == 0) out->kind = GQL_PUBLISH_SCHEMA_DATA_PUBLISH_SCHEMA_ERRORS_STAGE_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_PUBLISH_SCHEMA_DATA_PUBLISH_SCHEMA_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "publishSchema.errors.message", err)) return false;
    if (!gql_read_string(json, "apiId", GQL_OPTIONAL, &out->api_id, "publishSchema.errors.apiId", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "publishSchema.errors.name", err)) return false;
    if (!gql_read_string(json, "tag", GQL_OPTIONAL, &out->tag, "publishSchema.errors.tag", err)) return false;
    return true;
}

static void free_gql_publish_schema_data_publish_schema(gql_publish_schema_data_publish_schema *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_publish_schema_data_publish_schema_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_publish_schema_data_publish_schema(const cJSON *json, gql_publish_schema_data_publish_schema *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "publishSchema", "is not an object");
    if (!gql_read_string(json, "id", GQL_NULLABLE, &out->id, "publishSchema.id", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "publishSchema.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "publishSchema.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_publish_schema_data_publish_schema_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_publish_schema_data(gql_publish_schema_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->publish_schema) free_gql_publish_schema_data_publish_schema(value->publish_schema);
    free(value->publish_schema);
}

static bool decode_gql_publish_schema_data(const cJSON *json, gql_publish_schema_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "publishSchema", GQL_NULLABLE, &value, "publishSchema", err)) return false;
        if (value) {
            out->publish_schema = calloc(1, sizeof *out->publish_schema);
            if (!out->publish_schema) return gql_fail(err, "publishSchema", "is too large");
            if (!decode_gql_publish_schema_data_publish_schema(value, out->publish_schema, err)) return false;
        }
    }
    return true;
}

bool gql_publish_schema_decode(const cJSON *data, gql_publish_schema_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_publish_schema_data(data, out, err)) return true;
    free_gql_publish_schema_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_publish_schema_free(gql_publish_schema_data *data) {
    free_gql_publish_schema_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_publish_schema(const cJSON *data, gql_error *err) {
    gql_publish_schema_data decoded;
    if (!gql_publish_schema_decode(data, &decoded, err)) return false;
    gql_publish_schema_free(&decoded);
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

/* ==== SelectClientPromptQuery ==== */
static bool validate_gql_select_client(const cJSON *data, gql_error *err);

const gql_operation gql_select_client_operation = {
    .name = "SelectClientPromptQuery",
    .is_mutation = false,
    .document = "query SelectClientPromptQuery($apiId: ID!, $after: String, $first: Int) { apiById(id: $apiId) { __typename clients(after: $after, first: $first) { __typename edges { __typename ... SelectClientPrompt_ClientEdge } pageInfo { __typename ... PageInfo } } } } fragment SelectClientPrompt_ClientEdge on ClientsEdge { cursor node { __typename ... SelectClientPrompt_Client } } fragment SelectClientPrompt_Client on Client { id name ... ClientDetailPrompt_Client } fragment ClientDetailPrompt_Client on Client { id name api { __typename name path } versions { __typename edges { __typename ... ClientDetailPrompt_ClientVersionEdge } pageInfo { __typename hasNextPage endCursor } } } fragment ClientDetailPrompt_ClientVersionEdge on ClientVersionEdge { cursor node { __typename id createdAt tag publishedTo { __typename stage { __typename name } } } } fragment PageInfo on PageInfo { hasPreviousPage hasNextPage endCursor startCursor }",
    .validate = validate_gql_select_client,
};


static void free_gql_select_client_data_api_by_id_clients_edges_node_api(gql_select_client_data_api_by_id_clients_edges_node_api *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
}

static bool decode_gql_select_client_data_api_by_id_clients_edges_node_api(const cJSON *json, gql_select_client_data_api_by_id_clients_edges_node_api *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "apiById.clients.edges.node.api", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "apiById.clients.edges.node.api.name", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", 0, &list, &count, "apiById.clients.edges.node.api.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "apiById.clients.edges.node.api.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "apiById.clients.edges.node.api.path", err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to_stage(gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to_stage *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to_stage(const cJSON *json, gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to_stage *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "apiById.clients.edges.node.versions.edges.node.publishedTo.stage", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "apiById.clients.edges.node.versions.edges.node.publishedTo.stage.name", err)) return false;
    return true;
}

static void free_gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to(gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->stage) free_gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to_stage(value->stage);
    free(value->stage);
}

static bool decode_gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to(const cJSON *json, gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "apiById.clients.edges.node.versions.edges.node.publishedTo", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "stage", GQL_NULLABLE, &value, "apiById.clients.edges.node.versions.edges.node.publishedTo.stage", err)) return false;
        if (value) {
            out->stage = calloc(1, sizeof *out->stage);
            if (!out->stage) return gql_fail(err, "apiById.clients.edges.node.versions.edges.node.publishedTo.stage", "is too large");
            if (!decode_gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to_stage(value, out->stage, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node(gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->created_at);
    free(value->tag);
    if (value->published_to) free_gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to(value->published_to);
    free(value->published_to);
}

static bool decode_gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node(const cJSON *json, gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "apiById.clients.edges.node.versions.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "apiById.clients.edges.node.versions.edges.node.id", err)) return false;
    if (!gql_read_string(json, "createdAt", 0, &out->created_at, "apiById.clients.edges.node.versions.edges.node.createdAt", err)) return false;
    if (!gql_read_string(json, "tag", 0, &out->tag, "apiById.clients.edges.node.versions.edges.node.tag", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "publishedTo", GQL_NULLABLE, &value, "apiById.clients.edges.node.versions.edges.node.publishedTo", err)) return false;
        if (value) {
            out->published_to = calloc(1, sizeof *out->published_to);
            if (!out->published_to) return gql_fail(err, "apiById.clients.edges.node.versions.edges.node.publishedTo", "is too large");
            if (!decode_gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to(value, out->published_to, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_client_data_api_by_id_clients_edges_node_versions_edges(gql_select_client_data_api_by_id_clients_edges_node_versions_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_select_client_data_api_by_id_clients_edges_node_versions_edges(const cJSON *json, gql_select_client_data_api_by_id_clients_edges_node_versions_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "apiById.clients.edges.node.versions.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "apiById.clients.edges.node.versions.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "apiById.clients.edges.node.versions.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "apiById.clients.edges.node.versions.edges.node", "is too large");
            if (!decode_gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_client_data_api_by_id_clients_edges_node_versions_page_info(gql_select_client_data_api_by_id_clients_edges_node_versions_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
}

static bool decode_gql_select_client_data_api_by_id_clients_edges_node_versions_page_info(const cJSON *json, gql_select_client_data_api_by_id_clients_edges_node_versions_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "apiById.clients.edges.node.versions.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "apiById.clients.edges.node.versions.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "apiById.clients.edges.node.versions.pageInfo.endCursor", err)) return false;
    return true;
}

static void free_gql_select_client_data_api_by_id_clients_edges_node_versions(gql_select_client_data_api_by_id_clients_edges_node_versions *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_select_client_data_api_by_id_clients_edges_node_versions_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_select_client_data_api_by_id_clients_edges_node_versions_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_select_client_data_api_by_id_clients_edges_node_versions(const cJSON *json, gql_select_client_data_api_by_id_clients_edges_node_versions *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "apiById.clients.edges.node.versions", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "apiById.clients.edges.node.versions.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "apiById.clients.edges.node.versions.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_select_client_data_api_by_id_clients_edges_node_versions_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", GQL_NULLABLE, &value, "apiById.clients.edges.node.versions.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "apiById.clients.edges.node.versions.pageInfo", "is too large");
            if (!decode_gql_select_client_data_api_by_id_clients_edges_node_versions_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_client_data_api_by_id_clients_edges_node(gql_select_client_data_api_by_id_clients_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
    if (value->api) free_gql_select_client_data_api_by_id_clients_edges_node_api(value->api);
    free(value->api);
    if (value->versions) free_gql_select_client_data_api_by_id_clients_edges_node_versions(value->versions);
    free(value->versions);
}

static bool decode_gql_select_client_data_api_by_id_clients_edges_node(const cJSON *json, gql_select_client_data_api_by_id_clients_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "apiById.clients.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "apiById.clients.edges.node.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "apiById.clients.edges.node.name", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "api", GQL_NULLABLE, &value, "apiById.clients.edges.node.api", err)) return false;
        if (value) {
            out->api = calloc(1, sizeof *out->api);
            if (!out->api) return gql_fail(err, "apiById.clients.edges.node.api", "is too large");
            if (!decode_gql_select_client_data_api_by_id_clients_edges_node_api(value, out->api, err)) return false;
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "versions", GQL_NULLABLE, &value, "apiById.clients.edges.node.versions", err)) return false;
        if (value) {
            out->versions = calloc(1, sizeof *out->versions);
            if (!out->versions) return gql_fail(err, "apiById.clients.edges.node.versions", "is too large");
            if (!decode_gql_select_client_data_api_by_id_clients_edges_node_versions(value, out->versions, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_client_data_api_by_id_clients_edges(gql_select_client_data_api_by_id_clients_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_select_client_data_api_by_id_clients_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_select_client_data_api_by_id_clients_edges(const cJSON *json, gql_select_client_data_api_by_id_clients_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "apiById.clients.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "apiById.clients.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "apiById.clients.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "apiById.clients.edges.node", "is too large");
            if (!decode_gql_select_client_data_api_by_id_clients_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_client_data_api_by_id_clients_page_info(gql_select_client_data_api_by_id_clients_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
    free(value->start_cursor);
}

static bool decode_gql_select_client_data_api_by_id_clients_page_info(const cJSON *json, gql_select_client_data_api_by_id_clients_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "apiById.clients.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasPreviousPage", 0, &out->has_previous_page, NULL, "apiById.clients.pageInfo.hasPreviousPage", err)) return false;
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "apiById.clients.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "apiById.clients.pageInfo.endCursor", err)) return false;
    if (!gql_read_string(json, "startCursor", GQL_NULLABLE, &out->start_cursor, "apiById.clients.pageInfo.startCursor", err)) return false;
    return true;
}

static void free_gql_select_client_data_api_by_id_clients(gql_select_client_data_api_by_id_clients *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_select_client_data_api_by_id_clients_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_select_client_data_api_by_id_clients_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_select_client_data_api_by_id_clients(const cJSON *json, gql_select_client_data_api_by_id_clients *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "apiById.clients", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "apiById.clients.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "apiById.clients.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_select_client_data_api_by_id_clients_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", GQL_NULLABLE, &value, "apiById.clients.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "apiById.clients.pageInfo", "is too large");
            if (!decode_gql_select_client_data_api_by_id_clients_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_client_data_api_by_id(gql_select_client_data_api_by_id *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->clients) free_gql_select_client_data_api_by_id_clients(value->clients);
    free(value->clients);
}

static bool decode_gql_select_client_data_api_by_id(const cJSON *json, gql_select_client_data_api_by_id *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "apiById", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "clients", GQL_NULLABLE, &value, "apiById.clients", err)) return false;
        if (value) {
            out->clients = calloc(1, sizeof *out->clients);
            if (!out->clients) return gql_fail(err, "apiById.clients", "is too large");
            if (!decode_gql_select_client_data_api_by_id_clients(value, out->clients, err)) return false;
        }
    }
    return true;
}

static void free_gql_select_client_data(gql_select_client_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->api_by_id) free_gql_select_client_data_api_by_id(value->api_by_id);
    free(value->api_by_id);
}

static bool decode_gql_select_client_data(const cJSON *json, gql_select_client_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "apiById", GQL_NULLABLE, &value, "apiById", err)) return false;
        if (value) {
            out->api_by_id = calloc(1, sizeof *out->api_by_id);
            if (!out->api_by_id) return gql_fail(err, "apiById", "is too large");
            if (!decode_gql_select_client_data_api_by_id(value, out->api_by_id, err)) return false;
        }
    }
    return true;
}

bool gql_select_client_decode(const cJSON *data, gql_select_client_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_select_client_data(data, out, err)) return true;
    free_gql_select_client_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_select_client_free(gql_select_client_data *data) {
    free_gql_select_client_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_select_client(const cJSON *data, gql_error *err) {
    gql_select_client_data decoded;
    if (!gql_select_client_decode(data, &decoded, err)) return false;
    gql_select_client_free(&decoded);
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
    else if (strcmp(out->typename, "Client") == 0) out->kind = GQL_SHOW_API_DATA_NODE_CLIENT;
    else if (strcmp(out->typename, "Environment") == 0) out->kind = GQL_SHOW_API_DATA_NODE_ENVIRONMENT;
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

/* ==== ShowClientCommandQuery ==== */
static bool validate_gql_show_client(const cJSON *data, gql_error *err);

const gql_operation gql_show_client_operation = {
    .name = "ShowClientCommandQuery",
    .is_mutation = false,
    .document = "query ShowClientCommandQuery($clientId: ID!) { node(id: $clientId) { __typename ... ClientDetailPrompt_Client } } fragment ClientDetailPrompt_Client on Client { id name api { __typename name path } versions { __typename edges { __typename ... ClientDetailPrompt_ClientVersionEdge } pageInfo { __typename hasNextPage endCursor } } } fragment ClientDetailPrompt_ClientVersionEdge on ClientVersionEdge { cursor node { __typename id createdAt tag publishedTo { __typename stage { __typename name } } } }",
    .validate = validate_gql_show_client,
};


static void free_gql_show_client_data_node_api(gql_show_client_data_node_api *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
    for (size_t i = 0; i < value->path_count; i++) {
        free(value->path[i]);
    }
    free(value->path);
}

static bool decode_gql_show_client_data_node_api(const cJSON *json, gql_show_client_data_node_api *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.api", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "node.api.name", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "path", 0, &list, &count, "node.api.path", err)) return false;
        if (list) {
            out->path = calloc(count ? count : 1, sizeof *out->path);
            if (!out->path) return gql_fail(err, "node.api.path", "is too large");
            out->path_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!gql_element_string(item, &out->path[i++], "node.api.path", err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_show_client_data_node_versions_edges_node_published_to_stage(gql_show_client_data_node_versions_edges_node_published_to_stage *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_show_client_data_node_versions_edges_node_published_to_stage(const cJSON *json, gql_show_client_data_node_versions_edges_node_published_to_stage *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.versions.edges.node.publishedTo.stage", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "node.versions.edges.node.publishedTo.stage.name", err)) return false;
    return true;
}

static void free_gql_show_client_data_node_versions_edges_node_published_to(gql_show_client_data_node_versions_edges_node_published_to *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->stage) free_gql_show_client_data_node_versions_edges_node_published_to_stage(value->stage);
    free(value->stage);
}

static bool decode_gql_show_client_data_node_versions_edges_node_published_to(const cJSON *json, gql_show_client_data_node_versions_edges_node_published_to *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.versions.edges.node.publishedTo", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "stage", GQL_NULLABLE, &value, "node.versions.edges.node.publishedTo.stage", err)) return false;
        if (value) {
            out->stage = calloc(1, sizeof *out->stage);
            if (!out->stage) return gql_fail(err, "node.versions.edges.node.publishedTo.stage", "is too large");
            if (!decode_gql_show_client_data_node_versions_edges_node_published_to_stage(value, out->stage, err)) return false;
        }
    }
    return true;
}

static void free_gql_show_client_data_node_versions_edges_node(gql_show_client_data_node_versions_edges_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->created_at);
    free(value->tag);
    if (value->published_to) free_gql_show_client_data_node_versions_edges_node_published_to(value->published_to);
    free(value->published_to);
}

static bool decode_gql_show_client_data_node_versions_edges_node(const cJSON *json, gql_show_client_data_node_versions_edges_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.versions.edges.node", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "node.versions.edges.node.id", err)) return false;
    if (!gql_read_string(json, "createdAt", 0, &out->created_at, "node.versions.edges.node.createdAt", err)) return false;
    if (!gql_read_string(json, "tag", 0, &out->tag, "node.versions.edges.node.tag", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "publishedTo", GQL_NULLABLE, &value, "node.versions.edges.node.publishedTo", err)) return false;
        if (value) {
            out->published_to = calloc(1, sizeof *out->published_to);
            if (!out->published_to) return gql_fail(err, "node.versions.edges.node.publishedTo", "is too large");
            if (!decode_gql_show_client_data_node_versions_edges_node_published_to(value, out->published_to, err)) return false;
        }
    }
    return true;
}

static void free_gql_show_client_data_node_versions_edges(gql_show_client_data_node_versions_edges *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->cursor);
    if (value->node) free_gql_show_client_data_node_versions_edges_node(value->node);
    free(value->node);
}

static bool decode_gql_show_client_data_node_versions_edges(const cJSON *json, gql_show_client_data_node_versions_edges *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.versions.edges", "is not an object");
    if (!gql_read_string(json, "cursor", 0, &out->cursor, "node.versions.edges.cursor", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "node.versions.edges.node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "node.versions.edges.node", "is too large");
            if (!decode_gql_show_client_data_node_versions_edges_node(value, out->node, err)) return false;
        }
    }
    return true;
}

static void free_gql_show_client_data_node_versions_page_info(gql_show_client_data_node_versions_page_info *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->end_cursor);
}

static bool decode_gql_show_client_data_node_versions_page_info(const cJSON *json, gql_show_client_data_node_versions_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.versions.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "node.versions.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "node.versions.pageInfo.endCursor", err)) return false;
    return true;
}

static void free_gql_show_client_data_node_versions(gql_show_client_data_node_versions *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->edges_count; i++) {
        free_gql_show_client_data_node_versions_edges(&value->edges[i]);
    }
    free(value->edges);
    if (value->page_info) free_gql_show_client_data_node_versions_page_info(value->page_info);
    free(value->page_info);
}

static bool decode_gql_show_client_data_node_versions(const cJSON *json, gql_show_client_data_node_versions *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.versions", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "edges", GQL_NULLABLE, &list, &count, "node.versions.edges", err)) return false;
        if (list) {
            out->edges = calloc(count ? count : 1, sizeof *out->edges);
            if (!out->edges) return gql_fail(err, "node.versions.edges", "is too large");
            out->edges_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_show_client_data_node_versions_edges(item, &out->edges[i++], err)) return false;
            }
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "pageInfo", GQL_NULLABLE, &value, "node.versions.pageInfo", err)) return false;
        if (value) {
            out->page_info = calloc(1, sizeof *out->page_info);
            if (!out->page_info) return gql_fail(err, "node.versions.pageInfo", "is too large");
            if (!decode_gql_show_client_data_node_versions_page_info(value, out->page_info, err)) return false;
        }
    }
    return true;
}

static void free_gql_show_client_data_node(gql_show_client_data_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->id);
    free(value->name);
    if (value->api) free_gql_show_client_data_node_api(value->api);
    free(value->api);
    if (value->versions) free_gql_show_client_data_node_versions(value->versions);
    free(value->versions);
}

static bool decode_gql_show_client_data_node(const cJSON *json, gql_show_client_data_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "node.__typename", err)) return false;
    out->kind = GQL_SHOW_CLIENT_DATA_NODE_OTHER;
    if (strcmp(out->typename, "Api") == 0) out->kind = GQL_SHOW_CLIENT_DATA_NODE_API;
    else if (strcmp(out->typename, "ApiKey") == 0) out->kind = GQL_SHOW_CLIENT_DATA_NODE_API_KEY;
    else if (strcmp(out->typename, "Client") == 0) out->kind = GQL_SHOW_CLIENT_DATA_NODE_CLIENT;
    else if (strcmp(out->typename, "Environment") == 0) out->kind = GQL_SHOW_CLIENT_DATA_NODE_ENVIRONMENT;
    else if (strcmp(out->typename, "PersonalAccessToken") == 0) out->kind = GQL_SHOW_CLIENT_DATA_NODE_PERSONAL_ACCESS_TOKEN;
    else if (strcmp(out->typename, "User") == 0) out->kind = GQL_SHOW_CLIENT_DATA_NODE_USER;
    else if (strcmp(out->typename, "Workspace") == 0) out->kind = GQL_SHOW_CLIENT_DATA_NODE_WORKSPACE;
    if (!gql_read_string(json, "id", GQL_OPTIONAL, &out->id, "node.id", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "node.name", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "api", GQL_NULLABLE | GQL_OPTIONAL, &value, "node.api", err)) return false;
        if (value) {
            out->api = calloc(1, sizeof *out->api);
            if (!out->api) return gql_fail(err, "node.api", "is too large");
            if (!decode_gql_show_client_data_node_api(value, out->api, err)) return false;
        }
    }
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "versions", GQL_NULLABLE | GQL_OPTIONAL, &value, "node.versions", err)) return false;
        if (value) {
            out->versions = calloc(1, sizeof *out->versions);
            if (!out->versions) return gql_fail(err, "node.versions", "is too large");
            if (!decode_gql_show_client_data_node_versions(value, out->versions, err)) return false;
        }
    }
    return true;
}

static void free_gql_show_client_data(gql_show_client_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->node) free_gql_show_client_data_node(value->node);
    free(value->node);
}

static bool decode_gql_show_client_data(const cJSON *json, gql_show_client_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "node", "is too large");
            if (!decode_gql_show_client_data_node(value, out->node, err)) return false;
        }
    }
    return true;
}

bool gql_show_client_decode(const cJSON *data, gql_show_client_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_show_client_data(data, out, err)) return true;
    free_gql_show_client_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_show_client_free(gql_show_client_data *data) {
    free_gql_show_client_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_show_client(const cJSON *data, gql_error *err) {
    gql_show_client_data decoded;
    if (!gql_show_client_decode(data, &decoded, err)) return false;
    gql_show_client_free(&decoded);
    return true;
}

/* ==== ShowEnvironmentCommandQuery ==== */
static bool validate_gql_show_environment(const cJSON *data, gql_error *err);

const gql_operation gql_show_environment_operation = {
    .name = "ShowEnvironmentCommandQuery",
    .is_mutation = false,
    .document = "query ShowEnvironmentCommandQuery($workspaceId: ID!) { node(id: $workspaceId) { __typename ... EnvironmentDetailPrompt_Environment } } fragment EnvironmentDetailPrompt_Environment on Environment { id name workspace { __typename name } }",
    .validate = validate_gql_show_environment,
};


static void free_gql_show_environment_data_node_workspace(gql_show_environment_data_node_workspace *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_show_environment_data_node_workspace(const cJSON *json, gql_show_environment_data_node_workspace *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node.workspace", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "node.workspace.name", err)) return false;
    return true;
}

static void free_gql_show_environment_data_node(gql_show_environment_data_node *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->id);
    free(value->name);
    if (value->workspace) free_gql_show_environment_data_node_workspace(value->workspace);
    free(value->workspace);
}

static bool decode_gql_show_environment_data_node(const cJSON *json, gql_show_environment_data_node *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "node", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "node.__typename", err)) return false;
    out->kind = GQL_SHOW_ENVIRONMENT_DATA_NODE_OTHER;
    if (strcmp(out->typename, "Api") == 0) out->kind = GQL_SHOW_ENVIRONMENT_DATA_NODE_API;
    else if (strcmp(out->typename, "ApiKey") == 0) out->kind = GQL_SHOW_ENVIRONMENT_DATA_NODE_API_KEY;
    else if (strcmp(out->typename, "Client") == 0) out->kind = GQL_SHOW_ENVIRONMENT_DATA_NODE_CLIENT;
    else if (strcmp(out->typename, "Environment") == 0) out->kind = GQL_SHOW_ENVIRONMENT_DATA_NODE_ENVIRONMENT;
    else if (strcmp(out->typename, "PersonalAccessToken") == 0) out->kind = GQL_SHOW_ENVIRONMENT_DATA_NODE_PERSONAL_ACCESS_TOKEN;
    else if (strcmp(out->typename, "User") == 0) out->kind = GQL_SHOW_ENVIRONMENT_DATA_NODE_USER;
    else if (strcmp(out->typename, "Workspace") == 0) out->kind = GQL_SHOW_ENVIRONMENT_DATA_NODE_WORKSPACE;
    if (!gql_read_string(json, "id", GQL_OPTIONAL, &out->id, "node.id", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "node.name", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "workspace", GQL_NULLABLE | GQL_OPTIONAL, &value, "node.workspace", err)) return false;
        if (value) {
            out->workspace = calloc(1, sizeof *out->workspace);
            if (!out->workspace) return gql_fail(err, "node.workspace", "is too large");
            if (!decode_gql_show_environment_data_node_workspace(value, out->workspace, err)) return false;
        }
    }
    return true;
}

static void free_gql_show_environment_data(gql_show_environment_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->node) free_gql_show_environment_data_node(value->node);
    free(value->node);
}

static bool decode_gql_show_environment_data(const cJSON *json, gql_show_environment_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "node", GQL_NULLABLE, &value, "node", err)) return false;
        if (value) {
            out->node = calloc(1, sizeof *out->node);
            if (!out->node) return gql_fail(err, "node", "is too large");
            if (!decode_gql_show_environment_data_node(value, out->node, err)) return false;
        }
    }
    return true;
}

bool gql_show_environment_decode(const cJSON *data, gql_show_environment_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_show_environment_data(data, out, err)) return true;
    free_gql_show_environment_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_show_environment_free(gql_show_environment_data *data) {
    free_gql_show_environment_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_show_environment(const cJSON *data, gql_error *err) {
    gql_show_environment_data decoded;
    if (!gql_show_environment_decode(data, &decoded, err)) return false;
    gql_show_environment_free(&decoded);
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
    else if (strcmp(out->typename, "Client") == 0) out->kind = GQL_SHOW_WORKSPACE_DATA_NODE_CLIENT;
    else if (strcmp(out->typename, "Environment") == 0) out->kind = GQL_SHOW_WORKSPACE_DATA_NODE_ENVIRONMENT;
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

/* ==== UnpublishClient ==== */
static bool validate_gql_unpublish_client(const cJSON *data, gql_error *err);

const gql_operation gql_unpublish_client_operation = {
    .name = "UnpublishClient",
    .is_mutation = true,
    .document = "mutation UnpublishClient($input: UnpublishClientInput!) { unpublishClient(input: $input) { __typename clientVersion { __typename id client { __typename name } } errors { __typename ... ConcurrentOperationError ... StageNotFoundError ... ClientVersionNotFoundError ... UnauthorizedOperation ... ClientNotFoundError ... Error } } } fragment ConcurrentOperationError on ConcurrentOperationError { __typename message ... Error } fragment Error on Error { message } fragment StageNotFoundError on StageNotFoundError { __typename message name ... Error } fragment ClientVersionNotFoundError on ClientVersionNotFoundError { tag message clientId ... Error } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error } fragment ClientNotFoundError on ClientNotFoundError { message clientId ... Error }",
    .validate = validate_gql_unpublish_client,
};


static void free_gql_unpublish_client_data_unpublish_client_client_version_client(gql_unpublish_client_data_unpublish_client_client_version_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_unpublish_client_data_unpublish_client_client_version_client(const cJSON *json, gql_unpublish_client_data_unpublish_client_client_version_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "unpublishClient.clientVersion.client", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "unpublishClient.clientVersion.client.name", err)) return false;
    return true;
}

static void free_gql_unpublish_client_data_unpublish_client_client_version(gql_unpublish_client_data_unpublish_client_client_version *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    if (value->client) free_gql_unpublish_client_data_unpublish_client_client_version_client(value->client);
    free(value->client);
}

static bool decode_gql_unpublish_client_data_unpublish_client_client_version(const cJSON *json, gql_unpublish_client_data_unpublish_client_client_version *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "unpublishClient.clientVersion", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "unpublishClient.clientVersion.id", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "client", GQL_NULLABLE, &value, "unpublishClient.clientVersion.client", err)) return false;
        if (value) {
            out->client = calloc(1, sizeof *out->client);
            if (!out->client) return gql_fail(err, "unpublishClient.clientVersion.client", "is too large");
            if (!decode_gql_unpublish_client_data_unpublish_client_client_version_client(value, out->client, err)) return false;
        }
    }
    return true;
}

static void free_gql_unpublish_client_data_unpublish_client_errors(gql_unpublish_client_data_unpublish_client_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->name);
    free(value->tag);
    free(value->client_id);
}

static bool decode_gql_unpublish_client_data_unpublish_client_errors(const cJSON *json, gql_unpublish_client_data_unpublish_client_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "unpublishClient.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "unpublishClient.errors.__typename", err)) return false;
    out->kind = GQL_UNPUBLISH_CLIENT_DATA_UNPUBLISH_CLIENT_ERRORS_OTHER;
    if (strcmp(out->typename, "ClientNotFoundError") == 0) out->kind = GQL_UNPUBLISH_CLIENT_DATA_UNPUBLISH_CLIENT_ERRORS_CLIENT_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "ClientVersionNotFoundError") == 0) out->kind = GQL_UNPUBLISH_CLIENT_DATA_UNPUBLISH_CLIENT_ERRORS_CLIENT_VERSION_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "ConcurrentOperationError") == 0) out->kind = GQL_UNPUBLISH_CLIENT_DATA_UNPUBLISH_CLIENT_ERRORS_CONCURRENT_OPERATION_ERROR;
    else if (strcmp(out->typename, "StageNotFoundError") == 0) out->kind = GQL_UNPUBLISH_CLIENT_DATA_UNPUBLISH_CLIENT_ERRORS_STAGE_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_UNPUBLISH_CLIENT_DATA_UNPUBLISH_CLIENT_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "unpublishClient.errors.message", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "unpublishClient.errors.name", err)) return false;
    if (!gql_read_string(json, "tag", GQL_OPTIONAL, &out->tag, "unpublishClient.errors.tag", err)) return false;
    if (!gql_read_string(json, "clientId", GQL_OPTIONAL, &out->client_id, "unpublishClient.errors.clientId", err)) return false;
    return true;
}

static void free_gql_unpublish_client_data_unpublish_client(gql_unpublish_client_data_unpublish_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->client_version) free_gql_unpublish_client_data_unpublish_client_client_version(value->client_version);
    free(value->client_version);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_unpublish_client_data_unpublish_client_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_unpublish_client_data_unpublish_client(const cJSON *json, gql_unpublish_client_data_unpublish_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "unpublishClient", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "clientVersion", GQL_NULLABLE, &value, "unpublishClient.clientVersion", err)) return false;
        if (value) {
            out->client_version = calloc(1, sizeof *out->client_version);
            if (!out->client_version) return gql_fail(err, "unpublishClient.clientVersion", "is too large");
            if (!decode_gql_unpublish_client_data_unpublish_client_client_version(value, out->client_version, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "unpublishClient.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "unpublishClient.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_unpublish_client_data_unpublish_client_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_unpublish_client_data(gql_unpublish_client_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->unpublish_client) free_gql_unpublish_client_data_unpublish_client(value->unpublish_client);
    free(value->unpublish_client);
}

static bool decode_gql_unpublish_client_data(const cJSON *json, gql_unpublish_client_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "unpublishClient", GQL_NULLABLE, &value, "unpublishClient", err)) return false;
        if (value) {
            out->unpublish_client = calloc(1, sizeof *out->unpublish_client);
            if (!out->unpublish_client) return gql_fail(err, "unpublishClient", "is too large");
            if (!decode_gql_unpublish_client_data_unpublish_client(value, out->unpublish_client, err)) return false;
        }
    }
    return true;
}

bool gql_unpublish_client_decode(const cJSON *data, gql_unpublish_client_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_unpublish_client_data(data, out, err)) return true;
    free_gql_unpublish_client_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_unpublish_client_free(gql_unpublish_client_data *data) {
    free_gql_unpublish_client_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_unpublish_client(const cJSON *data, gql_error *err) {
    gql_unpublish_client_data decoded;
    if (!gql_unpublish_client_decode(data, &decoded, err)) return false;
    gql_unpublish_client_free(&decoded);
    return true;
}

/* ==== UpdateStages ==== */
static bool validate_gql_update_stages(const cJSON *data, gql_error *err);

const gql_operation gql_update_stages_operation = {
    .name = "UpdateStages",
    .is_mutation = true,
    .document = "mutation UpdateStages($input: UpdateStagesInput!) { updateStages(input: $input) { __typename api { __typename stages { __typename ... StageDetailPrompt_Stage } } errors { __typename ... ApiNotFoundError ... StageNotFoundError ... StagesHavePublishedDependenciesError ... StageValidationError ... Error } } } fragment StageDetailPrompt_Stage on Stage { id name displayName conditions { __typename ... StageCondition } } fragment StageCondition on StageCondition { ... AfterStageCondition } fragment AfterStageCondition on AfterStageCondition { afterStage { __typename name } } fragment ApiNotFoundError on ApiNotFoundError { __typename message apiId ... Error } fragment Error on Error { message } fragment StageNotFoundError on StageNotFoundError { __typename message name ... Error } fragment StagesHavePublishedDependenciesError on StagesHavePublishedDependenciesError { __typename message stages { __typename name publishedSchema { __typename version { __typename tag } } publishedClients { __typename client { __typename name } publishedVersions { __typename version { __typename tag } } } } } fragment StageValidationError on StageValidationError { __typename message ... Error }",
    .validate = validate_gql_update_stages,
};


static void free_gql_update_stages_data_update_stages_api_stages_conditions_after_stage(gql_update_stages_data_update_stages_api_stages_conditions_after_stage *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_update_stages_data_update_stages_api_stages_conditions_after_stage(const cJSON *json, gql_update_stages_data_update_stages_api_stages_conditions_after_stage *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages.api.stages.conditions.afterStage", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "updateStages.api.stages.conditions.afterStage.name", err)) return false;
    return true;
}

static void free_gql_update_stages_data_update_stages_api_stages_conditions(gql_update_stages_data_update_stages_api_stages_conditions *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    if (value->after_stage) free_gql_update_stages_data_update_stages_api_stages_conditions_after_stage(value->after_stage);
    free(value->after_stage);
}

static bool decode_gql_update_stages_data_update_stages_api_stages_conditions(const cJSON *json, gql_update_stages_data_update_stages_api_stages_conditions *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages.api.stages.conditions", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "updateStages.api.stages.conditions.__typename", err)) return false;
    out->kind = GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_API_STAGES_CONDITIONS_OTHER;
    if (strcmp(out->typename, "AfterStageCondition") == 0) out->kind = GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_API_STAGES_CONDITIONS_AFTER_STAGE_CONDITION;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "afterStage", GQL_NULLABLE | GQL_OPTIONAL, &value, "updateStages.api.stages.conditions.afterStage", err)) return false;
        if (value) {
            out->after_stage = calloc(1, sizeof *out->after_stage);
            if (!out->after_stage) return gql_fail(err, "updateStages.api.stages.conditions.afterStage", "is too large");
            if (!decode_gql_update_stages_data_update_stages_api_stages_conditions_after_stage(value, out->after_stage, err)) return false;
        }
    }
    return true;
}

static void free_gql_update_stages_data_update_stages_api_stages(gql_update_stages_data_update_stages_api_stages *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    free(value->name);
    free(value->display_name);
    for (size_t i = 0; i < value->conditions_count; i++) {
        free_gql_update_stages_data_update_stages_api_stages_conditions(&value->conditions[i]);
    }
    free(value->conditions);
}

static bool decode_gql_update_stages_data_update_stages_api_stages(const cJSON *json, gql_update_stages_data_update_stages_api_stages *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages.api.stages", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "updateStages.api.stages.id", err)) return false;
    if (!gql_read_string(json, "name", 0, &out->name, "updateStages.api.stages.name", err)) return false;
    if (!gql_read_string(json, "displayName", GQL_NULLABLE, &out->display_name, "updateStages.api.stages.displayName", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "conditions", GQL_NULLABLE, &list, &count, "updateStages.api.stages.conditions", err)) return false;
        if (list) {
            out->conditions = calloc(count ? count : 1, sizeof *out->conditions);
            if (!out->conditions) return gql_fail(err, "updateStages.api.stages.conditions", "is too large");
            out->conditions_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_update_stages_data_update_stages_api_stages_conditions(item, &out->conditions[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_update_stages_data_update_stages_api(gql_update_stages_data_update_stages_api *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    for (size_t i = 0; i < value->stages_count; i++) {
        free_gql_update_stages_data_update_stages_api_stages(&value->stages[i]);
    }
    free(value->stages);
}

static bool decode_gql_update_stages_data_update_stages_api(const cJSON *json, gql_update_stages_data_update_stages_api *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages.api", "is not an object");
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "stages", GQL_NULLABLE, &list, &count, "updateStages.api.stages", err)) return false;
        if (list) {
            out->stages = calloc(count ? count : 1, sizeof *out->stages);
            if (!out->stages) return gql_fail(err, "updateStages.api.stages", "is too large");
            out->stages_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_update_stages_data_update_stages_api_stages(item, &out->stages[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_update_stages_data_update_stages_errors_stages_published_schema_version(gql_update_stages_data_update_stages_errors_stages_published_schema_version *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->tag);
}

static bool decode_gql_update_stages_data_update_stages_errors_stages_published_schema_version(const cJSON *json, gql_update_stages_data_update_stages_errors_stages_published_schema_version *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages.errors.stages.publishedSchema.version", "is not an object");
    if (!gql_read_string(json, "tag", 0, &out->tag, "updateStages.errors.stages.publishedSchema.version.tag", err)) return false;
    return true;
}

static void free_gql_update_stages_data_update_stages_errors_stages_published_schema(gql_update_stages_data_update_stages_errors_stages_published_schema *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->version) free_gql_update_stages_data_update_stages_errors_stages_published_schema_version(value->version);
    free(value->version);
}

static bool decode_gql_update_stages_data_update_stages_errors_stages_published_schema(const cJSON *json, gql_update_stages_data_update_stages_errors_stages_published_schema *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages.errors.stages.publishedSchema", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "version", GQL_NULLABLE, &value, "updateStages.errors.stages.publishedSchema.version", err)) return false;
        if (value) {
            out->version = calloc(1, sizeof *out->version);
            if (!out->version) return gql_fail(err, "updateStages.errors.stages.publishedSchema.version", "is too large");
            if (!decode_gql_update_stages_data_update_stages_errors_stages_published_schema_version(value, out->version, err)) return false;
        }
    }
    return true;
}

static void free_gql_update_stages_data_update_stages_errors_stages_published_clients_client(gql_update_stages_data_update_stages_errors_stages_published_clients_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
}

static bool decode_gql_update_stages_data_update_stages_errors_stages_published_clients_client(const cJSON *json, gql_update_stages_data_update_stages_errors_stages_published_clients_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages.errors.stages.publishedClients.client", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "updateStages.errors.stages.publishedClients.client.name", err)) return false;
    return true;
}

static void free_gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions_version(gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions_version *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->tag);
}

static bool decode_gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions_version(const cJSON *json, gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions_version *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages.errors.stages.publishedClients.publishedVersions.version", "is not an object");
    if (!gql_read_string(json, "tag", 0, &out->tag, "updateStages.errors.stages.publishedClients.publishedVersions.version.tag", err)) return false;
    return true;
}

static void free_gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions(gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->version) free_gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions_version(value->version);
    free(value->version);
}

static bool decode_gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions(const cJSON *json, gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages.errors.stages.publishedClients.publishedVersions", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "version", GQL_NULLABLE, &value, "updateStages.errors.stages.publishedClients.publishedVersions.version", err)) return false;
        if (value) {
            out->version = calloc(1, sizeof *out->version);
            if (!out->version) return gql_fail(err, "updateStages.errors.stages.publishedClients.publishedVersions.version", "is too large");
            if (!decode_gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions_version(value, out->version, err)) return false;
        }
    }
    return true;
}

static void free_gql_update_stages_data_update_stages_errors_stages_published_clients(gql_update_stages_data_update_stages_errors_stages_published_clients *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->client) free_gql_update_stages_data_update_stages_errors_stages_published_clients_client(value->client);
    free(value->client);
    for (size_t i = 0; i < value->published_versions_count; i++) {
        free_gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions(&value->published_versions[i]);
    }
    free(value->published_versions);
}

static bool decode_gql_update_stages_data_update_stages_errors_stages_published_clients(const cJSON *json, gql_update_stages_data_update_stages_errors_stages_published_clients *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages.errors.stages.publishedClients", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "client", GQL_NULLABLE, &value, "updateStages.errors.stages.publishedClients.client", err)) return false;
        if (value) {
            out->client = calloc(1, sizeof *out->client);
            if (!out->client) return gql_fail(err, "updateStages.errors.stages.publishedClients.client", "is too large");
            if (!decode_gql_update_stages_data_update_stages_errors_stages_published_clients_client(value, out->client, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "publishedVersions", GQL_NULLABLE, &list, &count, "updateStages.errors.stages.publishedClients.publishedVersions", err)) return false;
        if (list) {
            out->published_versions = calloc(count ? count : 1, sizeof *out->published_versions);
            if (!out->published_versions) return gql_fail(err, "updateStages.errors.stages.publishedClients.publishedVersions", "is too large");
            out->published_versions_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions(item, &out->published_versions[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_update_stages_data_update_stages_errors_stages(gql_update_stages_data_update_stages_errors_stages *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->name);
    if (value->published_schema) free_gql_update_stages_data_update_stages_errors_stages_published_schema(value->published_schema);
    free(value->published_schema);
    for (size_t i = 0; i < value->published_clients_count; i++) {
        free_gql_update_stages_data_update_stages_errors_stages_published_clients(&value->published_clients[i]);
    }
    free(value->published_clients);
}

static bool decode_gql_update_stages_data_update_stages_errors_stages(const cJSON *json, gql_update_stages_data_update_stages_errors_stages *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages.errors.stages", "is not an object");
    if (!gql_read_string(json, "name", 0, &out->name, "updateStages.errors.stages.name", err)) return false;
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "publishedSchema", GQL_NULLABLE, &value, "updateStages.errors.stages.publishedSchema", err)) return false;
        if (value) {
            out->published_schema = calloc(1, sizeof *out->published_schema);
            if (!out->published_schema) return gql_fail(err, "updateStages.errors.stages.publishedSchema", "is too large");
            if (!decode_gql_update_stages_data_update_stages_errors_stages_published_schema(value, out->published_schema, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "publishedClients", GQL_NULLABLE, &list, &count, "updateStages.errors.stages.publishedClients", err)) return false;
        if (list) {
            out->published_clients = calloc(count ? count : 1, sizeof *out->published_clients);
            if (!out->published_clients) return gql_fail(err, "updateStages.errors.stages.publishedClients", "is too large");
            out->published_clients_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_update_stages_data_update_stages_errors_stages_published_clients(item, &out->published_clients[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_update_stages_data_update_stages_errors(gql_update_stages_data_update_stages_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->api_id);
    free(value->name);
    for (size_t i = 0; i < value->stages_count; i++) {
        free_gql_update_stages_data_update_stages_errors_stages(&value->stages[i]);
    }
    free(value->stages);
}

static bool decode_gql_update_stages_data_update_stages_errors(const cJSON *json, gql_update_stages_data_update_stages_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "updateStages.errors.__typename", err)) return false;
    out->kind = GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_ERRORS_OTHER;
    if (strcmp(out->typename, "ApiNotFoundError") == 0) out->kind = GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_ERRORS_API_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "StageNotFoundError") == 0) out->kind = GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_ERRORS_STAGE_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "StageValidationError") == 0) out->kind = GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_ERRORS_STAGE_VALIDATION_ERROR;
    else if (strcmp(out->typename, "StagesHavePublishedDependenciesError") == 0) out->kind = GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_ERRORS_STAGES_HAVE_PUBLISHED_DEPENDENCIES_ERROR;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "updateStages.errors.message", err)) return false;
    if (!gql_read_string(json, "apiId", GQL_OPTIONAL, &out->api_id, "updateStages.errors.apiId", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "updateStages.errors.name", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "stages", GQL_NULLABLE | GQL_OPTIONAL, &list, &count, "updateStages.errors.stages", err)) return false;
        if (list) {
            out->stages = calloc(count ? count : 1, sizeof *out->stages);
            if (!out->stages) return gql_fail(err, "updateStages.errors.stages", "is too large");
            out->stages_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_update_stages_data_update_stages_errors_stages(item, &out->stages[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_update_stages_data_update_stages(gql_update_stages_data_update_stages *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->api) free_gql_update_stages_data_update_stages_api(value->api);
    free(value->api);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_update_stages_data_update_stages_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_update_stages_data_update_stages(const cJSON *json, gql_update_stages_data_update_stages *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "updateStages", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "api", GQL_NULLABLE, &value, "updateStages.api", err)) return false;
        if (value) {
            out->api = calloc(1, sizeof *out->api);
            if (!out->api) return gql_fail(err, "updateStages.api", "is too large");
            if (!decode_gql_update_stages_data_update_stages_api(value, out->api, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "updateStages.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "updateStages.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_update_stages_data_update_stages_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_update_stages_data(gql_update_stages_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->update_stages) free_gql_update_stages_data_update_stages(value->update_stages);
    free(value->update_stages);
}

static bool decode_gql_update_stages_data(const cJSON *json, gql_update_stages_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "updateStages", GQL_NULLABLE, &value, "updateStages", err)) return false;
        if (value) {
            out->update_stages = calloc(1, sizeof *out->update_stages);
            if (!out->update_stages) return gql_fail(err, "updateStages", "is too large");
            if (!decode_gql_update_stages_data_update_stages(value, out->update_stages, err)) return false;
        }
    }
    return true;
}

bool gql_update_stages_decode(const cJSON *data, gql_update_stages_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_update_stages_data(data, out, err)) return true;
    free_gql_update_stages_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_update_stages_free(gql_update_stages_data *data) {
    free_gql_update_stages_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_update_stages(const cJSON *data, gql_error *err) {
    gql_update_stages_data decoded;
    if (!gql_update_stages_decode(data, &decoded, err)) return false;
    gql_update_stages_free(&decoded);
    return true;
}

/* ==== UploadClient ==== */
static bool validate_gql_upload_client(const cJSON *data, gql_error *err);

const gql_operation gql_upload_client_operation = {
    .name = "UploadClient",
    .is_mutation = true,
    .document = "mutation UploadClient($input: UploadClientInput!) { uploadClient(input: $input) { __typename clientVersion { __typename id } errors { __typename ... UnauthorizedOperation ... InvalidSourceMetadataInputError ... ClientNotFoundError ... DuplicatedTagError ... ConcurrentOperationError ... Error } } } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error } fragment Error on Error { message } fragment InvalidSourceMetadataInputError on InvalidSourceMetadataInputError { __typename message ... Error } fragment ClientNotFoundError on ClientNotFoundError { message clientId ... Error } fragment DuplicatedTagError on DuplicatedTagError { __typename message ... Error } fragment ConcurrentOperationError on ConcurrentOperationError { __typename message ... Error }",
    .validate = validate_gql_upload_client,
};


static void free_gql_upload_client_data_upload_client_client_version(gql_upload_client_data_upload_client_client_version *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
}

static bool decode_gql_upload_client_data_upload_client_client_version(const cJSON *json, gql_upload_client_data_upload_client_client_version *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "uploadClient.clientVersion", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "uploadClient.clientVersion.id", err)) return false;
    return true;
}

static void free_gql_upload_client_data_upload_client_errors(gql_upload_client_data_upload_client_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->client_id);
}

static bool decode_gql_upload_client_data_upload_client_errors(const cJSON *json, gql_upload_client_data_upload_client_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "uploadClient.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "uploadClient.errors.__typename", err)) return false;
    out->kind = GQL_UPLOAD_CLIENT_DATA_UPLOAD_CLIENT_ERRORS_OTHER;
    if (strcmp(out->typename, "ClientNotFoundError") == 0) out->kind = GQL_UPLOAD_CLIENT_DATA_UPLOAD_CLIENT_ERRORS_CLIENT_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "ConcurrentOperationError") == 0) out->kind = GQL_UPLOAD_CLIENT_DATA_UPLOAD_CLIENT_ERRORS_CONCURRENT_OPERATION_ERROR;
    else if (strcmp(out->typename, "DuplicatedTagError") == 0) out->kind = GQL_UPLOAD_CLIENT_DATA_UPLOAD_CLIENT_ERRORS_DUPLICATED_TAG_ERROR;
    else if (strcmp(out->typename, "InvalidSourceMetadataInputError") == 0) out->kind = GQL_UPLOAD_CLIENT_DATA_UPLOAD_CLIENT_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_UPLOAD_CLIENT_DATA_UPLOAD_CLIENT_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "uploadClient.errors.message", err)) return false;
    if (!gql_read_string(json, "clientId", GQL_OPTIONAL, &out->client_id, "uploadClient.errors.clientId", err)) return false;
    return true;
}

static void free_gql_upload_client_data_upload_client(gql_upload_client_data_upload_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->client_version) free_gql_upload_client_data_upload_client_client_version(value->client_version);
    free(value->client_version);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_upload_client_data_upload_client_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_upload_client_data_upload_client(const cJSON *json, gql_upload_client_data_upload_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "uploadClient", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "clientVersion", GQL_NULLABLE, &value, "uploadClient.clientVersion", err)) return false;
        if (value) {
            out->client_version = calloc(1, sizeof *out->client_version);
            if (!out->client_version) return gql_fail(err, "uploadClient.clientVersion", "is too large");
            if (!decode_gql_upload_client_data_upload_client_client_version(value, out->client_version, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "uploadClient.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "uploadClient.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_upload_client_data_upload_client_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_upload_client_data(gql_upload_client_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->upload_client) free_gql_upload_client_data_upload_client(value->upload_client);
    free(value->upload_client);
}

static bool decode_gql_upload_client_data(const cJSON *json, gql_upload_client_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "uploadClient", GQL_NULLABLE, &value, "uploadClient", err)) return false;
        if (value) {
            out->upload_client = calloc(1, sizeof *out->upload_client);
            if (!out->upload_client) return gql_fail(err, "uploadClient", "is too large");
            if (!decode_gql_upload_client_data_upload_client(value, out->upload_client, err)) return false;
        }
    }
    return true;
}

bool gql_upload_client_decode(const cJSON *data, gql_upload_client_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_upload_client_data(data, out, err)) return true;
    free_gql_upload_client_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_upload_client_free(gql_upload_client_data *data) {
    free_gql_upload_client_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_upload_client(const cJSON *data, gql_error *err) {
    gql_upload_client_data decoded;
    if (!gql_upload_client_decode(data, &decoded, err)) return false;
    gql_upload_client_free(&decoded);
    return true;
}

/* ==== UploadSchema ==== */
static bool validate_gql_upload_schema(const cJSON *data, gql_error *err);

const gql_operation gql_upload_schema_operation = {
    .name = "UploadSchema",
    .is_mutation = true,
    .document = "mutation UploadSchema($input: UploadSchemaInput!) { uploadSchema(input: $input) { __typename schemaVersion { __typename id } errors { __typename ... UnauthorizedOperation ... InvalidSourceMetadataInputError ... DuplicatedTagError ... ConcurrentOperationError ... ApiNotFoundError ... Error } } } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error } fragment Error on Error { message } fragment InvalidSourceMetadataInputError on InvalidSourceMetadataInputError { __typename message ... Error } fragment DuplicatedTagError on DuplicatedTagError { __typename message ... Error } fragment ConcurrentOperationError on ConcurrentOperationError { __typename message ... Error } fragment ApiNotFoundError on ApiNotFoundError { __typename message apiId ... Error }",
    .validate = validate_gql_upload_schema,
};


static void free_gql_upload_schema_data_upload_schema_schema_version(gql_upload_schema_data_upload_schema_schema_version *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
}

static bool decode_gql_upload_schema_data_upload_schema_schema_version(const cJSON *json, gql_upload_schema_data_upload_schema_schema_version *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "uploadSchema.schemaVersion", "is not an object");
    if (!gql_read_string(json, "id", 0, &out->id, "uploadSchema.schemaVersion.id", err)) return false;
    return true;
}

static void free_gql_upload_schema_data_upload_schema_errors(gql_upload_schema_data_upload_schema_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->api_id);
}

static bool decode_gql_upload_schema_data_upload_schema_errors(const cJSON *json, gql_upload_schema_data_upload_schema_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "uploadSchema.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "uploadSchema.errors.__typename", err)) return false;
    out->kind = GQL_UPLOAD_SCHEMA_DATA_UPLOAD_SCHEMA_ERRORS_OTHER;
    if (strcmp(out->typename, "ApiNotFoundError") == 0) out->kind = GQL_UPLOAD_SCHEMA_DATA_UPLOAD_SCHEMA_ERRORS_API_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "ConcurrentOperationError") == 0) out->kind = GQL_UPLOAD_SCHEMA_DATA_UPLOAD_SCHEMA_ERRORS_CONCURRENT_OPERATION_ERROR;
    else if (strcmp(out->typename, "DuplicatedTagError") == 0) out->kind = GQL_UPLOAD_SCHEMA_DATA_UPLOAD_SCHEMA_ERRORS_DUPLICATED_TAG_ERROR;
    else if (strcmp(out->typename, "InvalidSourceMetadataInputError") == 0) out->kind = GQL_UPLOAD_SCHEMA_DATA_UPLOAD_SCHEMA_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_UPLOAD_SCHEMA_DATA_UPLOAD_SCHEMA_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "uploadSchema.errors.message", err)) return false;
    if (!gql_read_string(json, "apiId", GQL_OPTIONAL, &out->api_id, "uploadSchema.errors.apiId", err)) return false;
    return true;
}

static void free_gql_upload_schema_data_upload_schema(gql_upload_schema_data_upload_schema *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->schema_version) free_gql_upload_schema_data_upload_schema_schema_version(value->schema_version);
    free(value->schema_version);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_upload_schema_data_upload_schema_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_upload_schema_data_upload_schema(const cJSON *json, gql_upload_schema_data_upload_schema *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "uploadSchema", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "schemaVersion", GQL_NULLABLE, &value, "uploadSchema.schemaVersion", err)) return false;
        if (value) {
            out->schema_version = calloc(1, sizeof *out->schema_version);
            if (!out->schema_version) return gql_fail(err, "uploadSchema.schemaVersion", "is too large");
            if (!decode_gql_upload_schema_data_upload_schema_schema_version(value, out->schema_version, err)) return false;
        }
    }
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "uploadSchema.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "uploadSchema.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_upload_schema_data_upload_schema_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_upload_schema_data(gql_upload_schema_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->upload_schema) free_gql_upload_schema_data_upload_schema(value->upload_schema);
    free(value->upload_schema);
}

static bool decode_gql_upload_schema_data(const cJSON *json, gql_upload_schema_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "uploadSchema", GQL_NULLABLE, &value, "uploadSchema", err)) return false;
        if (value) {
            out->upload_schema = calloc(1, sizeof *out->upload_schema);
            if (!out->upload_schema) return gql_fail(err, "uploadSchema", "is too large");
            if (!decode_gql_upload_schema_data_upload_schema(value, out->upload_schema, err)) return false;
        }
    }
    return true;
}

bool gql_upload_schema_decode(const cJSON *data, gql_upload_schema_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_upload_schema_data(data, out, err)) return true;
    free_gql_upload_schema_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_upload_schema_free(gql_upload_schema_data *data) {
    free_gql_upload_schema_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_upload_schema(const cJSON *data, gql_error *err) {
    gql_upload_schema_data decoded;
    if (!gql_upload_schema_decode(data, &decoded, err)) return false;
    gql_upload_schema_free(&decoded);
    return true;
}

/* ==== ValidateClientVersion ==== */
static bool validate_gql_validate_client(const cJSON *data, gql_error *err);

const gql_operation gql_validate_client_operation = {
    .name = "ValidateClientVersion",
    .is_mutation = true,
    .document = "mutation ValidateClientVersion($input: ValidateClientInput!) { validateClient(input: $input) { __typename id errors { __typename ... UnauthorizedOperation ... InvalidSourceMetadataInputError ... StageNotFoundError ... ClientNotFoundError ... Error } } } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error } fragment Error on Error { message } fragment InvalidSourceMetadataInputError on InvalidSourceMetadataInputError { __typename message ... Error } fragment StageNotFoundError on StageNotFoundError { __typename message name ... Error } fragment ClientNotFoundError on ClientNotFoundError { message clientId ... Error }",
    .validate = validate_gql_validate_client,
};


static void free_gql_validate_client_data_validate_client_errors(gql_validate_client_data_validate_client_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->name);
    free(value->client_id);
}

static bool decode_gql_validate_client_data_validate_client_errors(const cJSON *json, gql_validate_client_data_validate_client_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "validateClient.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "validateClient.errors.__typename", err)) return false;
    out->kind = GQL_VALIDATE_CLIENT_DATA_VALIDATE_CLIENT_ERRORS_OTHER;
    if (strcmp(out->typename, "ClientNotFoundError") == 0) out->kind = GQL_VALIDATE_CLIENT_DATA_VALIDATE_CLIENT_ERRORS_CLIENT_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "InvalidSourceMetadataInputError") == 0) out->kind = GQL_VALIDATE_CLIENT_DATA_VALIDATE_CLIENT_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR;
    else if (strcmp(out->typename, "StageNotFoundError") == 0) out->kind = GQL_VALIDATE_CLIENT_DATA_VALIDATE_CLIENT_ERRORS_STAGE_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_VALIDATE_CLIENT_DATA_VALIDATE_CLIENT_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "validateClient.errors.message", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "validateClient.errors.name", err)) return false;
    if (!gql_read_string(json, "clientId", GQL_OPTIONAL, &out->client_id, "validateClient.errors.clientId", err)) return false;
    return true;
}

static void free_gql_validate_client_data_validate_client(gql_validate_client_data_validate_client *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_validate_client_data_validate_client_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_validate_client_data_validate_client(const cJSON *json, gql_validate_client_data_validate_client *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "validateClient", "is not an object");
    if (!gql_read_string(json, "id", GQL_NULLABLE, &out->id, "validateClient.id", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "validateClient.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "validateClient.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_validate_client_data_validate_client_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_validate_client_data(gql_validate_client_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->validate_client) free_gql_validate_client_data_validate_client(value->validate_client);
    free(value->validate_client);
}

static bool decode_gql_validate_client_data(const cJSON *json, gql_validate_client_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "validateClient", GQL_NULLABLE, &value, "validateClient", err)) return false;
        if (value) {
            out->validate_client = calloc(1, sizeof *out->validate_client);
            if (!out->validate_client) return gql_fail(err, "validateClient", "is too large");
            if (!decode_gql_validate_client_data_validate_client(value, out->validate_client, err)) return false;
        }
    }
    return true;
}

bool gql_validate_client_decode(const cJSON *data, gql_validate_client_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_validate_client_data(data, out, err)) return true;
    free_gql_validate_client_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_validate_client_free(gql_validate_client_data *data) {
    free_gql_validate_client_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_validate_client(const cJSON *data, gql_error *err) {
    gql_validate_client_data decoded;
    if (!gql_validate_client_decode(data, &decoded, err)) return false;
    gql_validate_client_free(&decoded);
    return true;
}

/* ==== ValidateSchemaVersion ==== */
static bool validate_gql_validate_schema(const cJSON *data, gql_error *err);

const gql_operation gql_validate_schema_operation = {
    .name = "ValidateSchemaVersion",
    .is_mutation = true,
    .document = "mutation ValidateSchemaVersion($input: ValidateSchemaInput!) { validateSchema(input: $input) { __typename id errors { __typename ... UnauthorizedOperation ... InvalidSourceMetadataInputError ... ApiNotFoundError ... StageNotFoundError ... SchemaNotFoundError ... Error } } } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error } fragment Error on Error { message } fragment InvalidSourceMetadataInputError on InvalidSourceMetadataInputError { __typename message ... Error } fragment ApiNotFoundError on ApiNotFoundError { __typename message apiId ... Error } fragment StageNotFoundError on StageNotFoundError { __typename message name ... Error } fragment SchemaNotFoundError on SchemaNotFoundError { message apiId tag ... Error }",
    .validate = validate_gql_validate_schema,
};


static void free_gql_validate_schema_data_validate_schema_errors(gql_validate_schema_data_validate_schema_errors *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->typename);
    free(value->message);
    free(value->api_id);
    free(value->name);
    free(value->tag);
}

static bool decode_gql_validate_schema_data_validate_schema_errors(const cJSON *json, gql_validate_schema_data_validate_schema_errors *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "validateSchema.errors", "is not an object");
    if (!gql_read_string(json, "__typename", 0, &out->typename, "validateSchema.errors.__typename", err)) return false;
    out->kind = GQL_VALIDATE_SCHEMA_DATA_VALIDATE_SCHEMA_ERRORS_OTHER;
    if (strcmp(out->typename, "ApiNotFoundError") == 0) out->kind = GQL_VALIDATE_SCHEMA_DATA_VALIDATE_SCHEMA_ERRORS_API_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "InvalidSourceMetadataInputError") == 0) out->kind = GQL_VALIDATE_SCHEMA_DATA_VALIDATE_SCHEMA_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR;
    else if (strcmp(out->typename, "SchemaNotFoundError") == 0) out->kind = GQL_VALIDATE_SCHEMA_DATA_VALIDATE_SCHEMA_ERRORS_SCHEMA_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "StageNotFoundError") == 0) out->kind = GQL_VALIDATE_SCHEMA_DATA_VALIDATE_SCHEMA_ERRORS_STAGE_NOT_FOUND_ERROR;
    else if (strcmp(out->typename, "UnauthorizedOperation") == 0) out->kind = GQL_VALIDATE_SCHEMA_DATA_VALIDATE_SCHEMA_ERRORS_UNAUTHORIZED_OPERATION;
    if (!gql_read_string(json, "message", GQL_OPTIONAL, &out->message, "validateSchema.errors.message", err)) return false;
    if (!gql_read_string(json, "apiId", GQL_OPTIONAL, &out->api_id, "validateSchema.errors.apiId", err)) return false;
    if (!gql_read_string(json, "name", GQL_OPTIONAL, &out->name, "validateSchema.errors.name", err)) return false;
    if (!gql_read_string(json, "tag", GQL_OPTIONAL, &out->tag, "validateSchema.errors.tag", err)) return false;
    return true;
}

static void free_gql_validate_schema_data_validate_schema(gql_validate_schema_data_validate_schema *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    free(value->id);
    for (size_t i = 0; i < value->errors_count; i++) {
        free_gql_validate_schema_data_validate_schema_errors(&value->errors[i]);
    }
    free(value->errors);
}

static bool decode_gql_validate_schema_data_validate_schema(const cJSON *json, gql_validate_schema_data_validate_schema *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "validateSchema", "is not an object");
    if (!gql_read_string(json, "id", GQL_NULLABLE, &out->id, "validateSchema.id", err)) return false;
    {
        const cJSON *list = NULL;
        size_t count = 0;
        if (!gql_read_list(json, "errors", GQL_NULLABLE, &list, &count, "validateSchema.errors", err)) return false;
        if (list) {
            out->errors = calloc(count ? count : 1, sizeof *out->errors);
            if (!out->errors) return gql_fail(err, "validateSchema.errors", "is too large");
            out->errors_count = count;
            size_t i = 0;
            const cJSON *item = NULL;
            cJSON_ArrayForEach(item, list) {
                if (!decode_gql_validate_schema_data_validate_schema_errors(item, &out->errors[i++], err)) return false;
            }
        }
    }
    return true;
}

static void free_gql_validate_schema_data(gql_validate_schema_data *value) {
    (void)value; /* a struct of booleans and numbers owns nothing */
    if (value->validate_schema) free_gql_validate_schema_data_validate_schema(value->validate_schema);
    free(value->validate_schema);
}

static bool decode_gql_validate_schema_data(const cJSON *json, gql_validate_schema_data *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "data", "is not an object");
    {
        const cJSON *value = NULL;
        if (!gql_read_object(json, "validateSchema", GQL_NULLABLE, &value, "validateSchema", err)) return false;
        if (value) {
            out->validate_schema = calloc(1, sizeof *out->validate_schema);
            if (!out->validate_schema) return gql_fail(err, "validateSchema", "is too large");
            if (!decode_gql_validate_schema_data_validate_schema(value, out->validate_schema, err)) return false;
        }
    }
    return true;
}

bool gql_validate_schema_decode(const cJSON *data, gql_validate_schema_data *out, gql_error *err) {
    memset(out, 0, sizeof *out);
    if (decode_gql_validate_schema_data(data, out, err)) return true;
    free_gql_validate_schema_data(out);
    memset(out, 0, sizeof *out);
    return false;
}

void gql_validate_schema_free(gql_validate_schema_data *data) {
    free_gql_validate_schema_data(data);
    memset(data, 0, sizeof *data);
}

/* The whole response checked against the document's selections, for the
 * commands that read it through their declared paths. */
static bool validate_gql_validate_schema(const cJSON *data, gql_error *err) {
    gql_validate_schema_data decoded;
    if (!gql_validate_schema_decode(data, &decoded, err)) return false;
    gql_validate_schema_free(&decoded);
    return true;
}
const gql_operation *const gql_operations[] = {
    &gql_create_api_key_operation,
    &gql_create_api_operation,
    &gql_create_client_operation,
    &gql_create_environment_operation,
    &gql_create_pat_operation,
    &gql_create_workspace_operation,
    &gql_delete_api_check_operation,
    &gql_delete_api_key_operation,
    &gql_delete_api_operation,
    &gql_delete_client_operation,
    &gql_delete_stage_operation,
    &gql_list_api_keys_operation,
    &gql_list_apis_operation,
    &gql_list_clients_operation,
    &gql_list_environments_operation,
    &gql_list_pats_operation,
    &gql_list_stages_operation,
    &gql_list_workspaces_operation,
    &gql_on_client_publish_operation,
    &gql_on_client_validation_operation,
    &gql_on_schema_publish_operation,
    &gql_on_schema_validation_operation,
    &gql_page_client_versions_operation,
    &gql_publish_client_operation,
    &gql_publish_schema_operation,
    &gql_revoke_pat_operation,
    &gql_select_api_operation,
    &gql_select_client_operation,
    &gql_select_workspace_operation,
    &gql_show_api_operation,
    &gql_show_client_operation,
    &gql_show_environment_operation,
    &gql_show_workspace_operation,
    &gql_unpublish_client_operation,
    &gql_update_stages_operation,
    &gql_upload_client_operation,
    &gql_upload_schema_operation,
    &gql_validate_client_operation,
    &gql_validate_schema_operation,
};
const size_t gql_operation_count = 39;
