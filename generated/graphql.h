/* Generated from spec/schema.graphql and spec/operations/ by generator/generate.py. Do not edit. */
#ifndef NITRO_GENERATED_GRAPHQL_H
#define NITRO_GENERATED_GRAPHQL_H

#include <stdbool.h>
#include <stddef.h>

#include "gql_runtime.h"
/* ==== mutation CreateApiKeyCommandMutation (spec/operations/create-api-key.graphql) ==== */
extern const gql_operation gql_create_api_key_operation;


/* Workspace at createApiKey.result.key.workspace */
typedef struct gql_create_api_key_data_create_api_key_result_key_workspace {
    char *name;
} gql_create_api_key_data_create_api_key_result_key_workspace;

/* ApiKey at createApiKey.result.key */
typedef struct gql_create_api_key_data_create_api_key_result_key {
    char *id;
    char *name;
    struct gql_create_api_key_data_create_api_key_result_key_workspace *workspace; /* NULL when null */
} gql_create_api_key_data_create_api_key_result_key;

/* ApiKeyWithSecret at createApiKey.result */
typedef struct gql_create_api_key_data_create_api_key_result {
    struct gql_create_api_key_data_create_api_key_result_key *key;
    char *secret;
} gql_create_api_key_data_create_api_key_result;

/* ValidationErrorProperty at createApiKey.errors.errors */
typedef struct gql_create_api_key_data_create_api_key_errors_errors {
    char *message;
} gql_create_api_key_data_create_api_key_errors_errors;

typedef enum {
    GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_API_NOT_FOUND_ERROR,
    GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_PERSONAL_WORKSPACE_NOT_SUPPORTED_ERROR,
    GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_ROLE_NOT_FOUND_ERROR,
    GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_VALIDATION_ERROR,
    GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_WORKSPACE_NOT_FOUND,
    GQL_CREATE_API_KEY_DATA_CREATE_API_KEY_ERRORS_OTHER, /* a type this client does not know */
} gql_create_api_key_data_create_api_key_errors_kind;

/* CreateApiKeyError at createApiKey.errors */
typedef struct gql_create_api_key_data_create_api_key_errors {
    gql_create_api_key_data_create_api_key_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *api_id; /* NULL when null */
    char *workspace_id; /* NULL when null */
    struct gql_create_api_key_data_create_api_key_errors_errors *errors; /* NULL when null */
    size_t errors_count;
    char *role_id; /* NULL when null */
} gql_create_api_key_data_create_api_key_errors;

/* CreateApiKeyPayload at createApiKey */
typedef struct gql_create_api_key_data_create_api_key {
    struct gql_create_api_key_data_create_api_key_result *result; /* NULL when null */
    struct gql_create_api_key_data_create_api_key_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_create_api_key_data_create_api_key;

/* Mutation at data */
typedef struct gql_create_api_key_data {
    struct gql_create_api_key_data_create_api_key *create_api_key;
} gql_create_api_key_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_create_api_key_decode(const cJSON *data, gql_create_api_key_data *out, gql_error *err);
void gql_create_api_key_free(gql_create_api_key_data *data);

/* ==== mutation CreateApiCommandMutation (spec/operations/create-api.graphql) ==== */
extern const gql_operation gql_create_api_operation;


typedef enum {
    GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_CHANGE_VALIDATION_FAILED,
    GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_UNEXPECTED_ERROR_ON_CHANGE,
    GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_WORKSPACE_NOT_FOUND_FOR_CHANGE,
    GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_OTHER, /* a type this client does not know */
} gql_create_api_data_push_workspace_changes_changes_error_kind;

/* WorkspaceChangeError at pushWorkspaceChanges.changes.error */
typedef struct gql_create_api_data_push_workspace_changes_changes_error {
    gql_create_api_data_push_workspace_changes_changes_error_kind kind;
    char *typename;
    char *message; /* NULL when null */
} gql_create_api_data_push_workspace_changes_changes_error;

/* Workspace at pushWorkspaceChanges.changes.result.workspace */
typedef struct gql_create_api_data_push_workspace_changes_changes_result_workspace {
    char *id;
    char *name;
} gql_create_api_data_push_workspace_changes_changes_result_workspace;

/* SchemaRegistrySettings at pushWorkspaceChanges.changes.result.settings.schemaRegistry */
typedef struct gql_create_api_data_push_workspace_changes_changes_result_settings_schema_registry {
    bool treat_dangerous_as_breaking;
    bool allow_breaking_schema_changes;
} gql_create_api_data_push_workspace_changes_changes_result_settings_schema_registry;

/* ApiSettings at pushWorkspaceChanges.changes.result.settings */
typedef struct gql_create_api_data_push_workspace_changes_changes_result_settings {
    struct gql_create_api_data_push_workspace_changes_changes_result_settings_schema_registry *schema_registry;
} gql_create_api_data_push_workspace_changes_changes_result_settings;

typedef enum {
    GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_RESULT_API,
    GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_RESULT_OTHER, /* a type this client does not know */
} gql_create_api_data_push_workspace_changes_changes_result_kind;

/* WorkspaceChangeResult at pushWorkspaceChanges.changes.result */
typedef struct gql_create_api_data_push_workspace_changes_changes_result {
    gql_create_api_data_push_workspace_changes_changes_result_kind kind;
    char *typename;
    char *name; /* NULL when null */
    char *id; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_create_api_data_push_workspace_changes_changes_result_workspace *workspace; /* NULL when null */
    struct gql_create_api_data_push_workspace_changes_changes_result_settings *settings; /* NULL when null */
} gql_create_api_data_push_workspace_changes_changes_result;

/* WorkspaceChangePayload at pushWorkspaceChanges.changes */
typedef struct gql_create_api_data_push_workspace_changes_changes {
    char *reference_id;
    struct gql_create_api_data_push_workspace_changes_changes_error *error; /* NULL when null */
    struct gql_create_api_data_push_workspace_changes_changes_result *result; /* NULL when null */
} gql_create_api_data_push_workspace_changes_changes;

typedef enum {
    GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_ERRORS_CHANGE_STRUCTURE_INVALID,
    GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_ERRORS_OTHER, /* a type this client does not know */
} gql_create_api_data_push_workspace_changes_errors_kind;

/* PushWorkspaceChangesError at pushWorkspaceChanges.errors */
typedef struct gql_create_api_data_push_workspace_changes_errors {
    gql_create_api_data_push_workspace_changes_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
} gql_create_api_data_push_workspace_changes_errors;

/* PushWorkspaceChangesPayload at pushWorkspaceChanges */
typedef struct gql_create_api_data_push_workspace_changes {
    struct gql_create_api_data_push_workspace_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    struct gql_create_api_data_push_workspace_changes_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_create_api_data_push_workspace_changes;

/* Mutation at data */
typedef struct gql_create_api_data {
    struct gql_create_api_data_push_workspace_changes *push_workspace_changes;
} gql_create_api_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_create_api_decode(const cJSON *data, gql_create_api_data *out, gql_error *err);
void gql_create_api_free(gql_create_api_data *data);

/* ==== mutation CreatePersonalAccessTokenCommandMutation (spec/operations/create-pat.graphql) ==== */
extern const gql_operation gql_create_pat_operation;


/* PersonalAccessToken at createPersonalAccessToken.result.token */
typedef struct gql_create_pat_data_create_personal_access_token_result_token {
    char *id;
    char *description;
    char *created_at;
    char *expires_at;
} gql_create_pat_data_create_personal_access_token_result_token;

/* PersonalAccessTokenWithSecret at createPersonalAccessToken.result */
typedef struct gql_create_pat_data_create_personal_access_token_result {
    struct gql_create_pat_data_create_personal_access_token_result_token *token;
    char *secret;
} gql_create_pat_data_create_personal_access_token_result;

typedef enum {
    GQL_CREATE_PAT_DATA_CREATE_PERSONAL_ACCESS_TOKEN_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_CREATE_PAT_DATA_CREATE_PERSONAL_ACCESS_TOKEN_ERRORS_VALIDATION_ERROR,
    GQL_CREATE_PAT_DATA_CREATE_PERSONAL_ACCESS_TOKEN_ERRORS_OTHER, /* a type this client does not know */
} gql_create_pat_data_create_personal_access_token_errors_kind;

/* CreatePersonalAccessTokenError at createPersonalAccessToken.errors */
typedef struct gql_create_pat_data_create_personal_access_token_errors {
    gql_create_pat_data_create_personal_access_token_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
} gql_create_pat_data_create_personal_access_token_errors;

/* CreatePersonalAccessTokenPayload at createPersonalAccessToken */
typedef struct gql_create_pat_data_create_personal_access_token {
    struct gql_create_pat_data_create_personal_access_token_result *result; /* NULL when null */
    struct gql_create_pat_data_create_personal_access_token_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_create_pat_data_create_personal_access_token;

/* Mutation at data */
typedef struct gql_create_pat_data {
    struct gql_create_pat_data_create_personal_access_token *create_personal_access_token;
} gql_create_pat_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_create_pat_decode(const cJSON *data, gql_create_pat_data *out, gql_error *err);
void gql_create_pat_free(gql_create_pat_data *data);

/* ==== mutation CreateWorkspaceCommandMutation (spec/operations/create-workspace.graphql) ==== */
extern const gql_operation gql_create_workspace_operation;


/* Workspace at createWorkspace.workspace */
typedef struct gql_create_workspace_data_create_workspace_workspace {
    char *id;
    char *name;
    bool personal;
} gql_create_workspace_data_create_workspace_workspace;

/* ValidationErrorProperty at createWorkspace.errors.errors */
typedef struct gql_create_workspace_data_create_workspace_errors_errors {
    char *message;
} gql_create_workspace_data_create_workspace_errors_errors;

typedef enum {
    GQL_CREATE_WORKSPACE_DATA_CREATE_WORKSPACE_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_CREATE_WORKSPACE_DATA_CREATE_WORKSPACE_ERRORS_VALIDATION_ERROR,
    GQL_CREATE_WORKSPACE_DATA_CREATE_WORKSPACE_ERRORS_OTHER, /* a type this client does not know */
} gql_create_workspace_data_create_workspace_errors_kind;

/* CreateWorkspaceError at createWorkspace.errors */
typedef struct gql_create_workspace_data_create_workspace_errors {
    gql_create_workspace_data_create_workspace_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    struct gql_create_workspace_data_create_workspace_errors_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_create_workspace_data_create_workspace_errors;

/* CreateWorkspacePayload at createWorkspace */
typedef struct gql_create_workspace_data_create_workspace {
    struct gql_create_workspace_data_create_workspace_workspace *workspace; /* NULL when null */
    struct gql_create_workspace_data_create_workspace_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_create_workspace_data_create_workspace;

/* Mutation at data */
typedef struct gql_create_workspace_data {
    struct gql_create_workspace_data_create_workspace *create_workspace;
} gql_create_workspace_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_create_workspace_decode(const cJSON *data, gql_create_workspace_data *out, gql_error *err);
void gql_create_workspace_free(gql_create_workspace_data *data);

/* ==== query DeleteApiCommandQuery (spec/operations/delete-api-check.graphql) ==== */
extern const gql_operation gql_delete_api_check_operation;


/* Workspace at node.workspace */
typedef struct gql_delete_api_check_data_node_workspace {
    char *id;
} gql_delete_api_check_data_node_workspace;

typedef enum {
    GQL_DELETE_API_CHECK_DATA_NODE_API,
    GQL_DELETE_API_CHECK_DATA_NODE_API_KEY,
    GQL_DELETE_API_CHECK_DATA_NODE_PERSONAL_ACCESS_TOKEN,
    GQL_DELETE_API_CHECK_DATA_NODE_USER,
    GQL_DELETE_API_CHECK_DATA_NODE_WORKSPACE,
    GQL_DELETE_API_CHECK_DATA_NODE_OTHER, /* a type this client does not know */
} gql_delete_api_check_data_node_kind;

/* Node at node */
typedef struct gql_delete_api_check_data_node {
    gql_delete_api_check_data_node_kind kind;
    char *typename;
    char *name; /* NULL when null */
    char *version; /* NULL when null */
    struct gql_delete_api_check_data_node_workspace *workspace; /* NULL when null */
} gql_delete_api_check_data_node;

/* Query at data */
typedef struct gql_delete_api_check_data {
    struct gql_delete_api_check_data_node *node; /* NULL when null */
} gql_delete_api_check_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_delete_api_check_decode(const cJSON *data, gql_delete_api_check_data *out, gql_error *err);
void gql_delete_api_check_free(gql_delete_api_check_data *data);

/* ==== mutation DeleteApiKeyCommandMutation (spec/operations/delete-api-key.graphql) ==== */
extern const gql_operation gql_delete_api_key_operation;


/* Workspace at deleteApiKey.apiKey.workspace */
typedef struct gql_delete_api_key_data_delete_api_key_api_key_workspace {
    char *name;
} gql_delete_api_key_data_delete_api_key_api_key_workspace;

/* ApiKey at deleteApiKey.apiKey */
typedef struct gql_delete_api_key_data_delete_api_key_api_key {
    char *id;
    char *name;
    struct gql_delete_api_key_data_delete_api_key_api_key_workspace *workspace; /* NULL when null */
} gql_delete_api_key_data_delete_api_key_api_key;

typedef enum {
    GQL_DELETE_API_KEY_DATA_DELETE_API_KEY_ERRORS_API_KEY_NOT_FOUND_ERROR,
    GQL_DELETE_API_KEY_DATA_DELETE_API_KEY_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_DELETE_API_KEY_DATA_DELETE_API_KEY_ERRORS_OTHER, /* a type this client does not know */
} gql_delete_api_key_data_delete_api_key_errors_kind;

/* DeleteApiKeyError at deleteApiKey.errors */
typedef struct gql_delete_api_key_data_delete_api_key_errors {
    gql_delete_api_key_data_delete_api_key_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *api_key_id; /* NULL when null */
} gql_delete_api_key_data_delete_api_key_errors;

/* DeleteApiKeyPayload at deleteApiKey */
typedef struct gql_delete_api_key_data_delete_api_key {
    struct gql_delete_api_key_data_delete_api_key_api_key *api_key; /* NULL when null */
    struct gql_delete_api_key_data_delete_api_key_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_delete_api_key_data_delete_api_key;

/* Mutation at data */
typedef struct gql_delete_api_key_data {
    struct gql_delete_api_key_data_delete_api_key *delete_api_key;
} gql_delete_api_key_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_delete_api_key_decode(const cJSON *data, gql_delete_api_key_data *out, gql_error *err);
void gql_delete_api_key_free(gql_delete_api_key_data *data);

/* ==== mutation DeleteApiCommandMutation (spec/operations/delete-api.graphql) ==== */
extern const gql_operation gql_delete_api_operation;


/* Workspace at deleteApiById.api.workspace */
typedef struct gql_delete_api_data_delete_api_by_id_api_workspace {
    char *id;
    char *name;
} gql_delete_api_data_delete_api_by_id_api_workspace;

/* SchemaRegistrySettings at deleteApiById.api.settings.schemaRegistry */
typedef struct gql_delete_api_data_delete_api_by_id_api_settings_schema_registry {
    bool treat_dangerous_as_breaking;
    bool allow_breaking_schema_changes;
} gql_delete_api_data_delete_api_by_id_api_settings_schema_registry;

/* ApiSettings at deleteApiById.api.settings */
typedef struct gql_delete_api_data_delete_api_by_id_api_settings {
    struct gql_delete_api_data_delete_api_by_id_api_settings_schema_registry *schema_registry;
} gql_delete_api_data_delete_api_by_id_api_settings;

/* Api at deleteApiById.api */
typedef struct gql_delete_api_data_delete_api_by_id_api {
    char *name;
    char *id;
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_delete_api_data_delete_api_by_id_api_workspace *workspace; /* NULL when null */
    struct gql_delete_api_data_delete_api_by_id_api_settings *settings;
} gql_delete_api_data_delete_api_by_id_api;

typedef enum {
    GQL_DELETE_API_DATA_DELETE_API_BY_ID_ERRORS_API_DELETION_FAILED_ERROR,
    GQL_DELETE_API_DATA_DELETE_API_BY_ID_ERRORS_API_NOT_FOUND_ERROR,
    GQL_DELETE_API_DATA_DELETE_API_BY_ID_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_DELETE_API_DATA_DELETE_API_BY_ID_ERRORS_OTHER, /* a type this client does not know */
} gql_delete_api_data_delete_api_by_id_errors_kind;

/* DeleteApiByIdError at deleteApiById.errors */
typedef struct gql_delete_api_data_delete_api_by_id_errors {
    gql_delete_api_data_delete_api_by_id_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
} gql_delete_api_data_delete_api_by_id_errors;

/* DeleteApiByIdPayload at deleteApiById */
typedef struct gql_delete_api_data_delete_api_by_id {
    struct gql_delete_api_data_delete_api_by_id_api *api; /* NULL when null */
    struct gql_delete_api_data_delete_api_by_id_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_delete_api_data_delete_api_by_id;

/* Mutation at data */
typedef struct gql_delete_api_data {
    struct gql_delete_api_data_delete_api_by_id *delete_api_by_id;
} gql_delete_api_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_delete_api_decode(const cJSON *data, gql_delete_api_data *out, gql_error *err);
void gql_delete_api_free(gql_delete_api_data *data);

/* ==== query ListApiKeyCommandQuery (spec/operations/list-api-keys.graphql) ==== */
extern const gql_operation gql_list_api_keys_operation;


/* Workspace at workspaceById.apiKeys.edges.node.workspace */
typedef struct gql_list_api_keys_data_workspace_by_id_api_keys_edges_node_workspace {
    char *name;
} gql_list_api_keys_data_workspace_by_id_api_keys_edges_node_workspace;

/* ApiKey at workspaceById.apiKeys.edges.node */
typedef struct gql_list_api_keys_data_workspace_by_id_api_keys_edges_node {
    char *id;
    char *name;
    struct gql_list_api_keys_data_workspace_by_id_api_keys_edges_node_workspace *workspace; /* NULL when null */
} gql_list_api_keys_data_workspace_by_id_api_keys_edges_node;

/* ApiKeysEdge at workspaceById.apiKeys.edges */
typedef struct gql_list_api_keys_data_workspace_by_id_api_keys_edges {
    char *cursor;
    struct gql_list_api_keys_data_workspace_by_id_api_keys_edges_node *node;
} gql_list_api_keys_data_workspace_by_id_api_keys_edges;

/* PageInfo at workspaceById.apiKeys.pageInfo */
typedef struct gql_list_api_keys_data_workspace_by_id_api_keys_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_list_api_keys_data_workspace_by_id_api_keys_page_info;

/* ApiKeysConnection at workspaceById.apiKeys */
typedef struct gql_list_api_keys_data_workspace_by_id_api_keys {
    struct gql_list_api_keys_data_workspace_by_id_api_keys_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_list_api_keys_data_workspace_by_id_api_keys_page_info *page_info;
} gql_list_api_keys_data_workspace_by_id_api_keys;

/* Workspace at workspaceById */
typedef struct gql_list_api_keys_data_workspace_by_id {
    struct gql_list_api_keys_data_workspace_by_id_api_keys *api_keys; /* NULL when null */
} gql_list_api_keys_data_workspace_by_id;

/* Query at data */
typedef struct gql_list_api_keys_data {
    struct gql_list_api_keys_data_workspace_by_id *workspace_by_id; /* NULL when null */
} gql_list_api_keys_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_list_api_keys_decode(const cJSON *data, gql_list_api_keys_data *out, gql_error *err);
void gql_list_api_keys_free(gql_list_api_keys_data *data);

/* ==== query ListApiCommandQuery (spec/operations/list-apis.graphql) ==== */
extern const gql_operation gql_list_apis_operation;


/* Workspace at workspaceById.apis.edges.node.workspace */
typedef struct gql_list_apis_data_workspace_by_id_apis_edges_node_workspace {
    char *id;
    char *name;
} gql_list_apis_data_workspace_by_id_apis_edges_node_workspace;

/* SchemaRegistrySettings at workspaceById.apis.edges.node.settings.schemaRegistry */
typedef struct gql_list_apis_data_workspace_by_id_apis_edges_node_settings_schema_registry {
    bool treat_dangerous_as_breaking;
    bool allow_breaking_schema_changes;
} gql_list_apis_data_workspace_by_id_apis_edges_node_settings_schema_registry;

/* ApiSettings at workspaceById.apis.edges.node.settings */
typedef struct gql_list_apis_data_workspace_by_id_apis_edges_node_settings {
    struct gql_list_apis_data_workspace_by_id_apis_edges_node_settings_schema_registry *schema_registry;
} gql_list_apis_data_workspace_by_id_apis_edges_node_settings;

/* Api at workspaceById.apis.edges.node */
typedef struct gql_list_apis_data_workspace_by_id_apis_edges_node {
    char *id;
    char *name;
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_list_apis_data_workspace_by_id_apis_edges_node_workspace *workspace; /* NULL when null */
    struct gql_list_apis_data_workspace_by_id_apis_edges_node_settings *settings;
} gql_list_apis_data_workspace_by_id_apis_edges_node;

/* ApisEdge at workspaceById.apis.edges */
typedef struct gql_list_apis_data_workspace_by_id_apis_edges {
    char *cursor;
    struct gql_list_apis_data_workspace_by_id_apis_edges_node *node;
} gql_list_apis_data_workspace_by_id_apis_edges;

/* PageInfo at workspaceById.apis.pageInfo */
typedef struct gql_list_apis_data_workspace_by_id_apis_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_list_apis_data_workspace_by_id_apis_page_info;

/* ApisConnection at workspaceById.apis */
typedef struct gql_list_apis_data_workspace_by_id_apis {
    struct gql_list_apis_data_workspace_by_id_apis_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_list_apis_data_workspace_by_id_apis_page_info *page_info;
} gql_list_apis_data_workspace_by_id_apis;

/* Workspace at workspaceById */
typedef struct gql_list_apis_data_workspace_by_id {
    struct gql_list_apis_data_workspace_by_id_apis *apis; /* NULL when null */
} gql_list_apis_data_workspace_by_id;

/* Query at data */
typedef struct gql_list_apis_data {
    struct gql_list_apis_data_workspace_by_id *workspace_by_id; /* NULL when null */
} gql_list_apis_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_list_apis_decode(const cJSON *data, gql_list_apis_data *out, gql_error *err);
void gql_list_apis_free(gql_list_apis_data *data);

/* ==== query ListPersonalAccessTokenCommandQuery (spec/operations/list-pats.graphql) ==== */
extern const gql_operation gql_list_pats_operation;


/* PersonalAccessToken at me.personalAccessTokens.edges.node */
typedef struct gql_list_pats_data_me_personal_access_tokens_edges_node {
    char *id;
    char *description;
    char *expires_at;
    char *created_at;
} gql_list_pats_data_me_personal_access_tokens_edges_node;

/* PersonalAccessTokensEdge at me.personalAccessTokens.edges */
typedef struct gql_list_pats_data_me_personal_access_tokens_edges {
    char *cursor;
    struct gql_list_pats_data_me_personal_access_tokens_edges_node *node;
} gql_list_pats_data_me_personal_access_tokens_edges;

/* PageInfo at me.personalAccessTokens.pageInfo */
typedef struct gql_list_pats_data_me_personal_access_tokens_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_list_pats_data_me_personal_access_tokens_page_info;

/* PersonalAccessTokensConnection at me.personalAccessTokens */
typedef struct gql_list_pats_data_me_personal_access_tokens {
    struct gql_list_pats_data_me_personal_access_tokens_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_list_pats_data_me_personal_access_tokens_page_info *page_info;
} gql_list_pats_data_me_personal_access_tokens;

/* Viewer at me */
typedef struct gql_list_pats_data_me {
    struct gql_list_pats_data_me_personal_access_tokens *personal_access_tokens; /* NULL when null */
} gql_list_pats_data_me;

/* Query at data */
typedef struct gql_list_pats_data {
    struct gql_list_pats_data_me *me; /* NULL when null */
} gql_list_pats_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_list_pats_decode(const cJSON *data, gql_list_pats_data *out, gql_error *err);
void gql_list_pats_free(gql_list_pats_data *data);

/* ==== query ListWorkspaceCommandQuery (spec/operations/list-workspaces.graphql) ==== */
extern const gql_operation gql_list_workspaces_operation;


/* Workspace at me.workspaces.edges.node */
typedef struct gql_list_workspaces_data_me_workspaces_edges_node {
    char *id;
    char *name;
    bool personal;
} gql_list_workspaces_data_me_workspaces_edges_node;

/* WorkspacesEdge at me.workspaces.edges */
typedef struct gql_list_workspaces_data_me_workspaces_edges {
    char *cursor;
    struct gql_list_workspaces_data_me_workspaces_edges_node *node;
} gql_list_workspaces_data_me_workspaces_edges;

/* PageInfo at me.workspaces.pageInfo */
typedef struct gql_list_workspaces_data_me_workspaces_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_list_workspaces_data_me_workspaces_page_info;

/* WorkspacesConnection at me.workspaces */
typedef struct gql_list_workspaces_data_me_workspaces {
    struct gql_list_workspaces_data_me_workspaces_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_list_workspaces_data_me_workspaces_page_info *page_info;
} gql_list_workspaces_data_me_workspaces;

/* Viewer at me */
typedef struct gql_list_workspaces_data_me {
    struct gql_list_workspaces_data_me_workspaces *workspaces; /* NULL when null */
} gql_list_workspaces_data_me;

/* Query at data */
typedef struct gql_list_workspaces_data {
    struct gql_list_workspaces_data_me *me; /* NULL when null */
} gql_list_workspaces_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_list_workspaces_decode(const cJSON *data, gql_list_workspaces_data *out, gql_error *err);
void gql_list_workspaces_free(gql_list_workspaces_data *data);

/* ==== mutation RevokePersonalAccessTokenCommandMutation (spec/operations/revoke-pat.graphql) ==== */
extern const gql_operation gql_revoke_pat_operation;


/* PersonalAccessToken at revokePersonalAccessToken.personalAccessToken */
typedef struct gql_revoke_pat_data_revoke_personal_access_token_personal_access_token {
    char *id;
    char *description;
    char *created_at;
    char *expires_at;
} gql_revoke_pat_data_revoke_personal_access_token_personal_access_token;

typedef enum {
    GQL_REVOKE_PAT_DATA_REVOKE_PERSONAL_ACCESS_TOKEN_ERRORS_PERSONAL_ACCESS_TOKEN_NOT_FOUND_ERROR,
    GQL_REVOKE_PAT_DATA_REVOKE_PERSONAL_ACCESS_TOKEN_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_REVOKE_PAT_DATA_REVOKE_PERSONAL_ACCESS_TOKEN_ERRORS_OTHER, /* a type this client does not know */
} gql_revoke_pat_data_revoke_personal_access_token_errors_kind;

/* RevokePersonalAccessTokenError at revokePersonalAccessToken.errors */
typedef struct gql_revoke_pat_data_revoke_personal_access_token_errors {
    gql_revoke_pat_data_revoke_personal_access_token_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
} gql_revoke_pat_data_revoke_personal_access_token_errors;

/* RevokePersonalAccessTokenPayload at revokePersonalAccessToken */
typedef struct gql_revoke_pat_data_revoke_personal_access_token {
    struct gql_revoke_pat_data_revoke_personal_access_token_personal_access_token *personal_access_token; /* NULL when null */
    struct gql_revoke_pat_data_revoke_personal_access_token_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_revoke_pat_data_revoke_personal_access_token;

/* Mutation at data */
typedef struct gql_revoke_pat_data {
    struct gql_revoke_pat_data_revoke_personal_access_token *revoke_personal_access_token;
} gql_revoke_pat_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_revoke_pat_decode(const cJSON *data, gql_revoke_pat_data *out, gql_error *err);
void gql_revoke_pat_free(gql_revoke_pat_data *data);

/* ==== query SelectApiPromptQuery (spec/operations/select-api.graphql) ==== */
extern const gql_operation gql_select_api_operation;


/* Workspace at workspaceById.apis.edges.node.workspace */
typedef struct gql_select_api_data_workspace_by_id_apis_edges_node_workspace {
    char *id;
    char *name;
} gql_select_api_data_workspace_by_id_apis_edges_node_workspace;

/* SchemaRegistrySettings at workspaceById.apis.edges.node.settings.schemaRegistry */
typedef struct gql_select_api_data_workspace_by_id_apis_edges_node_settings_schema_registry {
    bool treat_dangerous_as_breaking;
    bool allow_breaking_schema_changes;
} gql_select_api_data_workspace_by_id_apis_edges_node_settings_schema_registry;

/* ApiSettings at workspaceById.apis.edges.node.settings */
typedef struct gql_select_api_data_workspace_by_id_apis_edges_node_settings {
    struct gql_select_api_data_workspace_by_id_apis_edges_node_settings_schema_registry *schema_registry;
} gql_select_api_data_workspace_by_id_apis_edges_node_settings;

/* Api at workspaceById.apis.edges.node */
typedef struct gql_select_api_data_workspace_by_id_apis_edges_node {
    char *id;
    char *name;
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_select_api_data_workspace_by_id_apis_edges_node_workspace *workspace; /* NULL when null */
    struct gql_select_api_data_workspace_by_id_apis_edges_node_settings *settings;
} gql_select_api_data_workspace_by_id_apis_edges_node;

/* ApisEdge at workspaceById.apis.edges */
typedef struct gql_select_api_data_workspace_by_id_apis_edges {
    char *cursor;
    struct gql_select_api_data_workspace_by_id_apis_edges_node *node;
} gql_select_api_data_workspace_by_id_apis_edges;

/* PageInfo at workspaceById.apis.pageInfo */
typedef struct gql_select_api_data_workspace_by_id_apis_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_select_api_data_workspace_by_id_apis_page_info;

/* ApisConnection at workspaceById.apis */
typedef struct gql_select_api_data_workspace_by_id_apis {
    struct gql_select_api_data_workspace_by_id_apis_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_select_api_data_workspace_by_id_apis_page_info *page_info;
} gql_select_api_data_workspace_by_id_apis;

/* Workspace at workspaceById */
typedef struct gql_select_api_data_workspace_by_id {
    struct gql_select_api_data_workspace_by_id_apis *apis; /* NULL when null */
} gql_select_api_data_workspace_by_id;

/* Query at data */
typedef struct gql_select_api_data {
    struct gql_select_api_data_workspace_by_id *workspace_by_id; /* NULL when null */
} gql_select_api_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_select_api_decode(const cJSON *data, gql_select_api_data *out, gql_error *err);
void gql_select_api_free(gql_select_api_data *data);

/* ==== query SetDefaultWorkspaceCommand_SelectWorkspace_Query (spec/operations/select-workspace.graphql) ==== */
extern const gql_operation gql_select_workspace_operation;


/* Workspace at me.workspaces.edges.node */
typedef struct gql_select_workspace_data_me_workspaces_edges_node {
    char *id;
    char *name;
    bool personal;
} gql_select_workspace_data_me_workspaces_edges_node;

/* WorkspacesEdge at me.workspaces.edges */
typedef struct gql_select_workspace_data_me_workspaces_edges {
    char *cursor;
    struct gql_select_workspace_data_me_workspaces_edges_node *node;
} gql_select_workspace_data_me_workspaces_edges;

/* PageInfo at me.workspaces.pageInfo */
typedef struct gql_select_workspace_data_me_workspaces_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_select_workspace_data_me_workspaces_page_info;

/* WorkspacesConnection at me.workspaces */
typedef struct gql_select_workspace_data_me_workspaces {
    struct gql_select_workspace_data_me_workspaces_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_select_workspace_data_me_workspaces_page_info *page_info;
} gql_select_workspace_data_me_workspaces;

/* Viewer at me */
typedef struct gql_select_workspace_data_me {
    struct gql_select_workspace_data_me_workspaces *workspaces; /* NULL when null */
} gql_select_workspace_data_me;

/* Query at data */
typedef struct gql_select_workspace_data {
    struct gql_select_workspace_data_me *me; /* NULL when null */
} gql_select_workspace_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_select_workspace_decode(const cJSON *data, gql_select_workspace_data *out, gql_error *err);
void gql_select_workspace_free(gql_select_workspace_data *data);

/* ==== query ShowApiCommandQuery (spec/operations/show-api.graphql) ==== */
extern const gql_operation gql_show_api_operation;


/* Workspace at node.workspace */
typedef struct gql_show_api_data_node_workspace {
    char *id;
    char *name;
} gql_show_api_data_node_workspace;

/* SchemaRegistrySettings at node.settings.schemaRegistry */
typedef struct gql_show_api_data_node_settings_schema_registry {
    bool treat_dangerous_as_breaking;
    bool allow_breaking_schema_changes;
} gql_show_api_data_node_settings_schema_registry;

/* ApiSettings at node.settings */
typedef struct gql_show_api_data_node_settings {
    struct gql_show_api_data_node_settings_schema_registry *schema_registry;
} gql_show_api_data_node_settings;

typedef enum {
    GQL_SHOW_API_DATA_NODE_API,
    GQL_SHOW_API_DATA_NODE_API_KEY,
    GQL_SHOW_API_DATA_NODE_PERSONAL_ACCESS_TOKEN,
    GQL_SHOW_API_DATA_NODE_USER,
    GQL_SHOW_API_DATA_NODE_WORKSPACE,
    GQL_SHOW_API_DATA_NODE_OTHER, /* a type this client does not know */
} gql_show_api_data_node_kind;

/* Node at node */
typedef struct gql_show_api_data_node {
    gql_show_api_data_node_kind kind;
    char *typename;
    char *id; /* NULL when null */
    char *name; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_show_api_data_node_workspace *workspace; /* NULL when null */
    struct gql_show_api_data_node_settings *settings; /* NULL when null */
} gql_show_api_data_node;

/* Query at data */
typedef struct gql_show_api_data {
    struct gql_show_api_data_node *node; /* NULL when null */
} gql_show_api_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_show_api_decode(const cJSON *data, gql_show_api_data *out, gql_error *err);
void gql_show_api_free(gql_show_api_data *data);

/* ==== query ShowWorkspaceCommandQuery (spec/operations/show-workspace.graphql) ==== */
extern const gql_operation gql_show_workspace_operation;


typedef enum {
    GQL_SHOW_WORKSPACE_DATA_NODE_API,
    GQL_SHOW_WORKSPACE_DATA_NODE_API_KEY,
    GQL_SHOW_WORKSPACE_DATA_NODE_PERSONAL_ACCESS_TOKEN,
    GQL_SHOW_WORKSPACE_DATA_NODE_USER,
    GQL_SHOW_WORKSPACE_DATA_NODE_WORKSPACE,
    GQL_SHOW_WORKSPACE_DATA_NODE_OTHER, /* a type this client does not know */
} gql_show_workspace_data_node_kind;

/* Node at node */
typedef struct gql_show_workspace_data_node {
    gql_show_workspace_data_node_kind kind;
    char *typename;
    char *id; /* NULL when null */
    char *name; /* NULL when null */
    bool has_personal;
    bool personal;
} gql_show_workspace_data_node;

/* Query at data */
typedef struct gql_show_workspace_data {
    struct gql_show_workspace_data_node *node; /* NULL when null */
} gql_show_workspace_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_show_workspace_decode(const cJSON *data, gql_show_workspace_data *out, gql_error *err);
void gql_show_workspace_free(gql_show_workspace_data *data);

/* Every operation, for the fuzz targets. */
extern const gql_operation *const gql_operations[];
extern const size_t gql_operation_count;

#endif
