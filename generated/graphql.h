/* Generated from spec/schema.graphql and spec/operations/ by generator/generate.py. Do not edit. */
#ifndef NITRO_GENERATED_GRAPHQL_H
#define NITRO_GENERATED_GRAPHQL_H

#include <stdbool.h>
#include <stddef.h>

#include "gql_runtime.h"
/* ==== mutation CreateApiKeyCommandMutation (spec/operations/create-api-key.graphql) ==== */
const gql_operation *gql_create_api_key_operation(void);


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
const gql_operation *gql_create_api_operation(void);


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
    GQL_CREATE_API_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_RESULT_ENVIRONMENT,
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

/* ==== mutation CreateClientCommandMutation (spec/operations/create-client.graphql) ==== */
const gql_operation *gql_create_client_operation(void);


/* Api at createClient.client.api */
typedef struct gql_create_client_data_create_client_client_api {
    char *name;
    char **path; /* NULL when null */
    size_t path_count;
} gql_create_client_data_create_client_client_api;

/* Stage at createClient.client.versions.edges.node.publishedTo.stage */
typedef struct gql_create_client_data_create_client_client_versions_edges_node_published_to_stage {
    char *name;
} gql_create_client_data_create_client_client_versions_edges_node_published_to_stage;

/* PublishedClientVersion at createClient.client.versions.edges.node.publishedTo */
typedef struct gql_create_client_data_create_client_client_versions_edges_node_published_to {
    struct gql_create_client_data_create_client_client_versions_edges_node_published_to_stage *stage; /* NULL when null */
} gql_create_client_data_create_client_client_versions_edges_node_published_to;

/* ClientVersion at createClient.client.versions.edges.node */
typedef struct gql_create_client_data_create_client_client_versions_edges_node {
    char *id;
    char *created_at;
    char *tag;
    struct gql_create_client_data_create_client_client_versions_edges_node_published_to *published_to; /* NULL when null */
    size_t published_to_count;
} gql_create_client_data_create_client_client_versions_edges_node;

/* ClientVersionEdge at createClient.client.versions.edges */
typedef struct gql_create_client_data_create_client_client_versions_edges {
    char *cursor;
    struct gql_create_client_data_create_client_client_versions_edges_node *node; /* NULL when null */
} gql_create_client_data_create_client_client_versions_edges;

/* PageInfo at createClient.client.versions.pageInfo */
typedef struct gql_create_client_data_create_client_client_versions_page_info {
    bool has_next_page;
    char *end_cursor; /* NULL when null */
} gql_create_client_data_create_client_client_versions_page_info;

/* ClientVersionsConnection at createClient.client.versions */
typedef struct gql_create_client_data_create_client_client_versions {
    struct gql_create_client_data_create_client_client_versions_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_create_client_data_create_client_client_versions_page_info *page_info; /* NULL when null */
} gql_create_client_data_create_client_client_versions;

/* Client at createClient.client */
typedef struct gql_create_client_data_create_client_client {
    char *name;
    char *id;
    struct gql_create_client_data_create_client_client_api *api; /* NULL when null */
    struct gql_create_client_data_create_client_client_versions *versions; /* NULL when null */
} gql_create_client_data_create_client_client;

typedef enum {
    GQL_CREATE_CLIENT_DATA_CREATE_CLIENT_ERRORS_API_NOT_FOUND_ERROR,
    GQL_CREATE_CLIENT_DATA_CREATE_CLIENT_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_CREATE_CLIENT_DATA_CREATE_CLIENT_ERRORS_OTHER, /* a type this client does not know */
} gql_create_client_data_create_client_errors_kind;

/* CreateClientPayloadErrors at createClient.errors */
typedef struct gql_create_client_data_create_client_errors {
    gql_create_client_data_create_client_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *api_id; /* NULL when null */
} gql_create_client_data_create_client_errors;

/* CreateClientPayload at createClient */
typedef struct gql_create_client_data_create_client {
    struct gql_create_client_data_create_client_client *client; /* NULL when null */
    struct gql_create_client_data_create_client_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_create_client_data_create_client;

/* Mutation at data */
typedef struct gql_create_client_data {
    struct gql_create_client_data_create_client *create_client; /* NULL when null */
} gql_create_client_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_create_client_decode(const cJSON *data, gql_create_client_data *out, gql_error *err);
void gql_create_client_free(gql_create_client_data *data);

/* ==== mutation CreateEnvironmentCommandMutation (spec/operations/create-environment.graphql) ==== */
const gql_operation *gql_create_environment_operation(void);


typedef enum {
    GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_CHANGE_VALIDATION_FAILED,
    GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_UNEXPECTED_ERROR_ON_CHANGE,
    GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_WORKSPACE_NOT_FOUND_FOR_CHANGE,
    GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_ERROR_OTHER, /* a type this client does not know */
} gql_create_environment_data_push_workspace_changes_changes_error_kind;

/* WorkspaceChangeError at pushWorkspaceChanges.changes.error */
typedef struct gql_create_environment_data_push_workspace_changes_changes_error {
    gql_create_environment_data_push_workspace_changes_changes_error_kind kind;
    char *typename;
    char *message; /* NULL when null */
} gql_create_environment_data_push_workspace_changes_changes_error;

/* Workspace at pushWorkspaceChanges.changes.result.workspace */
typedef struct gql_create_environment_data_push_workspace_changes_changes_result_workspace {
    char *name;
} gql_create_environment_data_push_workspace_changes_changes_result_workspace;

typedef enum {
    GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_RESULT_API,
    GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_RESULT_ENVIRONMENT,
    GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_CHANGES_RESULT_OTHER, /* a type this client does not know */
} gql_create_environment_data_push_workspace_changes_changes_result_kind;

/* WorkspaceChangeResult at pushWorkspaceChanges.changes.result */
typedef struct gql_create_environment_data_push_workspace_changes_changes_result {
    gql_create_environment_data_push_workspace_changes_changes_result_kind kind;
    char *typename;
    char *name; /* NULL when null */
    char *id; /* NULL when null */
    struct gql_create_environment_data_push_workspace_changes_changes_result_workspace *workspace; /* NULL when null */
} gql_create_environment_data_push_workspace_changes_changes_result;

/* WorkspaceChangePayload at pushWorkspaceChanges.changes */
typedef struct gql_create_environment_data_push_workspace_changes_changes {
    char *reference_id;
    struct gql_create_environment_data_push_workspace_changes_changes_error *error; /* NULL when null */
    struct gql_create_environment_data_push_workspace_changes_changes_result *result; /* NULL when null */
} gql_create_environment_data_push_workspace_changes_changes;

typedef enum {
    GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_ERRORS_CHANGE_STRUCTURE_INVALID,
    GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_CREATE_ENVIRONMENT_DATA_PUSH_WORKSPACE_CHANGES_ERRORS_OTHER, /* a type this client does not know */
} gql_create_environment_data_push_workspace_changes_errors_kind;

/* PushWorkspaceChangesError at pushWorkspaceChanges.errors */
typedef struct gql_create_environment_data_push_workspace_changes_errors {
    gql_create_environment_data_push_workspace_changes_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
} gql_create_environment_data_push_workspace_changes_errors;

/* PushWorkspaceChangesPayload at pushWorkspaceChanges */
typedef struct gql_create_environment_data_push_workspace_changes {
    struct gql_create_environment_data_push_workspace_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    struct gql_create_environment_data_push_workspace_changes_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_create_environment_data_push_workspace_changes;

/* Mutation at data */
typedef struct gql_create_environment_data {
    struct gql_create_environment_data_push_workspace_changes *push_workspace_changes;
} gql_create_environment_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_create_environment_decode(const cJSON *data, gql_create_environment_data *out, gql_error *err);
void gql_create_environment_free(gql_create_environment_data *data);

/* ==== mutation CreateMcpFeatureCollectionCommandMutation (spec/operations/create-mcp-feature-collection.graphql) ==== */
const gql_operation *gql_create_mcp_feature_collection_operation(void);


/* McpFeatureCollection at createMcpFeatureCollection.mcpFeatureCollection */
typedef struct gql_create_mcp_feature_collection_data_create_mcp_feature_collection_mcp_feature_collection {
    char *name;
    char *id;
} gql_create_mcp_feature_collection_data_create_mcp_feature_collection_mcp_feature_collection;

typedef enum {
    GQL_CREATE_MCP_FEATURE_COLLECTION_DATA_CREATE_MCP_FEATURE_COLLECTION_ERRORS_API_NOT_FOUND_ERROR,
    GQL_CREATE_MCP_FEATURE_COLLECTION_DATA_CREATE_MCP_FEATURE_COLLECTION_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_CREATE_MCP_FEATURE_COLLECTION_DATA_CREATE_MCP_FEATURE_COLLECTION_ERRORS_OTHER, /* a type this client does not know */
} gql_create_mcp_feature_collection_data_create_mcp_feature_collection_errors_kind;

/* CreateMcpFeatureCollectionPayloadErrors at createMcpFeatureCollection.errors */
typedef struct gql_create_mcp_feature_collection_data_create_mcp_feature_collection_errors {
    gql_create_mcp_feature_collection_data_create_mcp_feature_collection_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *api_id; /* NULL when null */
} gql_create_mcp_feature_collection_data_create_mcp_feature_collection_errors;

/* CreateMcpFeatureCollectionPayload at createMcpFeatureCollection */
typedef struct gql_create_mcp_feature_collection_data_create_mcp_feature_collection {
    struct gql_create_mcp_feature_collection_data_create_mcp_feature_collection_mcp_feature_collection *mcp_feature_collection; /* NULL when null */
    struct gql_create_mcp_feature_collection_data_create_mcp_feature_collection_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_create_mcp_feature_collection_data_create_mcp_feature_collection;

/* Mutation at data */
typedef struct gql_create_mcp_feature_collection_data {
    struct gql_create_mcp_feature_collection_data_create_mcp_feature_collection *create_mcp_feature_collection; /* NULL when null */
} gql_create_mcp_feature_collection_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_create_mcp_feature_collection_decode(const cJSON *data, gql_create_mcp_feature_collection_data *out, gql_error *err);
void gql_create_mcp_feature_collection_free(gql_create_mcp_feature_collection_data *data);

/* ==== mutation CreateMockSchema (spec/operations/create-mock.graphql) ==== */
const gql_operation *gql_create_mock_operation(void);


/* UserInfo at createMockSchema.mockSchema.createdBy */
typedef struct gql_create_mock_data_create_mock_schema_mock_schema_created_by {
    char *username;
} gql_create_mock_data_create_mock_schema_mock_schema_created_by;

/* UserInfo at createMockSchema.mockSchema.modifiedBy */
typedef struct gql_create_mock_data_create_mock_schema_mock_schema_modified_by {
    char *username;
} gql_create_mock_data_create_mock_schema_mock_schema_modified_by;

/* MockSchema at createMockSchema.mockSchema */
typedef struct gql_create_mock_data_create_mock_schema_mock_schema {
    char *id;
    char *name;
    char *created_at;
    struct gql_create_mock_data_create_mock_schema_mock_schema_created_by *created_by; /* NULL when null */
    char *modified_at; /* NULL when null */
    struct gql_create_mock_data_create_mock_schema_mock_schema_modified_by *modified_by; /* NULL when null */
    char *downstream_url;
    char *url;
} gql_create_mock_data_create_mock_schema_mock_schema;

/* ValidationErrorProperty at createMockSchema.errors.errors */
typedef struct gql_create_mock_data_create_mock_schema_errors_errors {
    char *message;
} gql_create_mock_data_create_mock_schema_errors_errors;

typedef enum {
    GQL_CREATE_MOCK_DATA_CREATE_MOCK_SCHEMA_ERRORS_API_NOT_FOUND_ERROR,
    GQL_CREATE_MOCK_DATA_CREATE_MOCK_SCHEMA_ERRORS_MOCK_SCHEMA_NON_UNIQUE_NAME_ERROR,
    GQL_CREATE_MOCK_DATA_CREATE_MOCK_SCHEMA_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_CREATE_MOCK_DATA_CREATE_MOCK_SCHEMA_ERRORS_VALIDATION_ERROR,
    GQL_CREATE_MOCK_DATA_CREATE_MOCK_SCHEMA_ERRORS_OTHER, /* a type this client does not know */
} gql_create_mock_data_create_mock_schema_errors_kind;

/* CreateMockSchemaPayloadErrors at createMockSchema.errors */
typedef struct gql_create_mock_data_create_mock_schema_errors {
    gql_create_mock_data_create_mock_schema_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *api_id; /* NULL when null */
    char *name; /* NULL when null */
    struct gql_create_mock_data_create_mock_schema_errors_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_create_mock_data_create_mock_schema_errors;

/* CreateMockSchemaPayload at createMockSchema */
typedef struct gql_create_mock_data_create_mock_schema {
    struct gql_create_mock_data_create_mock_schema_mock_schema *mock_schema; /* NULL when null */
    struct gql_create_mock_data_create_mock_schema_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_create_mock_data_create_mock_schema;

/* Mutation at data */
typedef struct gql_create_mock_data {
    struct gql_create_mock_data_create_mock_schema *create_mock_schema; /* NULL when null */
} gql_create_mock_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_create_mock_decode(const cJSON *data, gql_create_mock_data *out, gql_error *err);
void gql_create_mock_free(gql_create_mock_data *data);

/* ==== mutation CreateOpenApiCollectionCommandMutation (spec/operations/create-openapi-collection.graphql) ==== */
const gql_operation *gql_create_openapi_collection_operation(void);


/* OpenApiCollection at createOpenApiCollection.openApiCollection */
typedef struct gql_create_openapi_collection_data_create_open_api_collection_open_api_collection {
    char *name;
    char *id;
} gql_create_openapi_collection_data_create_open_api_collection_open_api_collection;

typedef enum {
    GQL_CREATE_OPENAPI_COLLECTION_DATA_CREATE_OPEN_API_COLLECTION_ERRORS_API_NOT_FOUND_ERROR,
    GQL_CREATE_OPENAPI_COLLECTION_DATA_CREATE_OPEN_API_COLLECTION_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_CREATE_OPENAPI_COLLECTION_DATA_CREATE_OPEN_API_COLLECTION_ERRORS_OTHER, /* a type this client does not know */
} gql_create_openapi_collection_data_create_open_api_collection_errors_kind;

/* CreateOpenApiCollectionPayloadErrors at createOpenApiCollection.errors */
typedef struct gql_create_openapi_collection_data_create_open_api_collection_errors {
    gql_create_openapi_collection_data_create_open_api_collection_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *api_id; /* NULL when null */
} gql_create_openapi_collection_data_create_open_api_collection_errors;

/* CreateOpenApiCollectionPayload at createOpenApiCollection */
typedef struct gql_create_openapi_collection_data_create_open_api_collection {
    struct gql_create_openapi_collection_data_create_open_api_collection_open_api_collection *open_api_collection; /* NULL when null */
    struct gql_create_openapi_collection_data_create_open_api_collection_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_create_openapi_collection_data_create_open_api_collection;

/* Mutation at data */
typedef struct gql_create_openapi_collection_data {
    struct gql_create_openapi_collection_data_create_open_api_collection *create_open_api_collection; /* NULL when null */
} gql_create_openapi_collection_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_create_openapi_collection_decode(const cJSON *data, gql_create_openapi_collection_data *out, gql_error *err);
void gql_create_openapi_collection_free(gql_create_openapi_collection_data *data);

/* ==== mutation CreatePersonalAccessTokenCommandMutation (spec/operations/create-pat.graphql) ==== */
const gql_operation *gql_create_pat_operation(void);


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
const gql_operation *gql_create_workspace_operation(void);


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
const gql_operation *gql_delete_api_check_operation(void);


/* Workspace at node.workspace */
typedef struct gql_delete_api_check_data_node_workspace {
    char *id;
} gql_delete_api_check_data_node_workspace;

typedef enum {
    GQL_DELETE_API_CHECK_DATA_NODE_API,
    GQL_DELETE_API_CHECK_DATA_NODE_API_KEY,
    GQL_DELETE_API_CHECK_DATA_NODE_CLIENT,
    GQL_DELETE_API_CHECK_DATA_NODE_ENVIRONMENT,
    GQL_DELETE_API_CHECK_DATA_NODE_MCP_FEATURE_COLLECTION,
    GQL_DELETE_API_CHECK_DATA_NODE_MOCK_SCHEMA,
    GQL_DELETE_API_CHECK_DATA_NODE_OPEN_API_COLLECTION,
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
const gql_operation *gql_delete_api_key_operation(void);


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
const gql_operation *gql_delete_api_operation(void);


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

/* ==== mutation DeleteClientByIdCommandMutation (spec/operations/delete-client.graphql) ==== */
const gql_operation *gql_delete_client_operation(void);


/* Api at deleteClientById.client.api */
typedef struct gql_delete_client_data_delete_client_by_id_client_api {
    char *name;
    char **path; /* NULL when null */
    size_t path_count;
} gql_delete_client_data_delete_client_by_id_client_api;

/* Stage at deleteClientById.client.versions.edges.node.publishedTo.stage */
typedef struct gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to_stage {
    char *name;
} gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to_stage;

/* PublishedClientVersion at deleteClientById.client.versions.edges.node.publishedTo */
typedef struct gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to {
    struct gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to_stage *stage; /* NULL when null */
} gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to;

/* ClientVersion at deleteClientById.client.versions.edges.node */
typedef struct gql_delete_client_data_delete_client_by_id_client_versions_edges_node {
    char *id;
    char *created_at;
    char *tag;
    struct gql_delete_client_data_delete_client_by_id_client_versions_edges_node_published_to *published_to; /* NULL when null */
    size_t published_to_count;
} gql_delete_client_data_delete_client_by_id_client_versions_edges_node;

/* ClientVersionEdge at deleteClientById.client.versions.edges */
typedef struct gql_delete_client_data_delete_client_by_id_client_versions_edges {
    char *cursor;
    struct gql_delete_client_data_delete_client_by_id_client_versions_edges_node *node; /* NULL when null */
} gql_delete_client_data_delete_client_by_id_client_versions_edges;

/* PageInfo at deleteClientById.client.versions.pageInfo */
typedef struct gql_delete_client_data_delete_client_by_id_client_versions_page_info {
    bool has_next_page;
    char *end_cursor; /* NULL when null */
} gql_delete_client_data_delete_client_by_id_client_versions_page_info;

/* ClientVersionsConnection at deleteClientById.client.versions */
typedef struct gql_delete_client_data_delete_client_by_id_client_versions {
    struct gql_delete_client_data_delete_client_by_id_client_versions_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_delete_client_data_delete_client_by_id_client_versions_page_info *page_info; /* NULL when null */
} gql_delete_client_data_delete_client_by_id_client_versions;

/* Client at deleteClientById.client */
typedef struct gql_delete_client_data_delete_client_by_id_client {
    char *name;
    char *id;
    struct gql_delete_client_data_delete_client_by_id_client_api *api; /* NULL when null */
    struct gql_delete_client_data_delete_client_by_id_client_versions *versions; /* NULL when null */
} gql_delete_client_data_delete_client_by_id_client;

typedef enum {
    GQL_DELETE_CLIENT_DATA_DELETE_CLIENT_BY_ID_ERRORS_CLIENT_NOT_FOUND_ERROR,
    GQL_DELETE_CLIENT_DATA_DELETE_CLIENT_BY_ID_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_DELETE_CLIENT_DATA_DELETE_CLIENT_BY_ID_ERRORS_OTHER, /* a type this client does not know */
} gql_delete_client_data_delete_client_by_id_errors_kind;

/* DeleteClientByIdPayloadErrors at deleteClientById.errors */
typedef struct gql_delete_client_data_delete_client_by_id_errors {
    gql_delete_client_data_delete_client_by_id_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *client_id; /* NULL when null */
} gql_delete_client_data_delete_client_by_id_errors;

/* DeleteClientByIdPayload at deleteClientById */
typedef struct gql_delete_client_data_delete_client_by_id {
    struct gql_delete_client_data_delete_client_by_id_client *client; /* NULL when null */
    struct gql_delete_client_data_delete_client_by_id_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_delete_client_data_delete_client_by_id;

/* Mutation at data */
typedef struct gql_delete_client_data {
    struct gql_delete_client_data_delete_client_by_id *delete_client_by_id; /* NULL when null */
} gql_delete_client_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_delete_client_decode(const cJSON *data, gql_delete_client_data *out, gql_error *err);
void gql_delete_client_free(gql_delete_client_data *data);

/* ==== mutation DeleteMcpFeatureCollectionByIdCommandMutation (spec/operations/delete-mcp-feature-collection.graphql) ==== */
const gql_operation *gql_delete_mcp_feature_collection_operation(void);


/* McpFeatureCollection at deleteMcpFeatureCollectionById.mcpFeatureCollection */
typedef struct gql_delete_mcp_feature_collection_data_delete_mcp_feature_collection_by_id_mcp_feature_collection {
    char *name;
    char *id;
} gql_delete_mcp_feature_collection_data_delete_mcp_feature_collection_by_id_mcp_feature_collection;

typedef enum {
    GQL_DELETE_MCP_FEATURE_COLLECTION_DATA_DELETE_MCP_FEATURE_COLLECTION_BY_ID_ERRORS_MCP_FEATURE_COLLECTION_NOT_FOUND_ERROR,
    GQL_DELETE_MCP_FEATURE_COLLECTION_DATA_DELETE_MCP_FEATURE_COLLECTION_BY_ID_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_DELETE_MCP_FEATURE_COLLECTION_DATA_DELETE_MCP_FEATURE_COLLECTION_BY_ID_ERRORS_OTHER, /* a type this client does not know */
} gql_delete_mcp_feature_collection_data_delete_mcp_feature_collection_by_id_errors_kind;

/* DeleteMcpFeatureCollectionByIdPayloadErrors at deleteMcpFeatureCollectionById.errors */
typedef struct gql_delete_mcp_feature_collection_data_delete_mcp_feature_collection_by_id_errors {
    gql_delete_mcp_feature_collection_data_delete_mcp_feature_collection_by_id_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *mcp_feature_collection_id; /* NULL when null */
} gql_delete_mcp_feature_collection_data_delete_mcp_feature_collection_by_id_errors;

/* DeleteMcpFeatureCollectionByIdPayload at deleteMcpFeatureCollectionById */
typedef struct gql_delete_mcp_feature_collection_data_delete_mcp_feature_collection_by_id {
    struct gql_delete_mcp_feature_collection_data_delete_mcp_feature_collection_by_id_mcp_feature_collection *mcp_feature_collection; /* NULL when null */
    struct gql_delete_mcp_feature_collection_data_delete_mcp_feature_collection_by_id_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_delete_mcp_feature_collection_data_delete_mcp_feature_collection_by_id;

/* Mutation at data */
typedef struct gql_delete_mcp_feature_collection_data {
    struct gql_delete_mcp_feature_collection_data_delete_mcp_feature_collection_by_id *delete_mcp_feature_collection_by_id; /* NULL when null */
} gql_delete_mcp_feature_collection_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_delete_mcp_feature_collection_decode(const cJSON *data, gql_delete_mcp_feature_collection_data *out, gql_error *err);
void gql_delete_mcp_feature_collection_free(gql_delete_mcp_feature_collection_data *data);

/* ==== mutation DeleteOpenApiCollectionByIdCommandMutation (spec/operations/delete-openapi-collection.graphql) ==== */
const gql_operation *gql_delete_openapi_collection_operation(void);


/* OpenApiCollection at deleteOpenApiCollectionById.openApiCollection */
typedef struct gql_delete_openapi_collection_data_delete_open_api_collection_by_id_open_api_collection {
    char *name;
    char *id;
} gql_delete_openapi_collection_data_delete_open_api_collection_by_id_open_api_collection;

typedef enum {
    GQL_DELETE_OPENAPI_COLLECTION_DATA_DELETE_OPEN_API_COLLECTION_BY_ID_ERRORS_OPEN_API_COLLECTION_NOT_FOUND_ERROR,
    GQL_DELETE_OPENAPI_COLLECTION_DATA_DELETE_OPEN_API_COLLECTION_BY_ID_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_DELETE_OPENAPI_COLLECTION_DATA_DELETE_OPEN_API_COLLECTION_BY_ID_ERRORS_OTHER, /* a type this client does not know */
} gql_delete_openapi_collection_data_delete_open_api_collection_by_id_errors_kind;

/* DeleteOpenApiCollectionByIdPayloadErrors at deleteOpenApiCollectionById.errors */
typedef struct gql_delete_openapi_collection_data_delete_open_api_collection_by_id_errors {
    gql_delete_openapi_collection_data_delete_open_api_collection_by_id_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *open_api_collection_id; /* NULL when null */
} gql_delete_openapi_collection_data_delete_open_api_collection_by_id_errors;

/* DeleteOpenApiCollectionByIdPayload at deleteOpenApiCollectionById */
typedef struct gql_delete_openapi_collection_data_delete_open_api_collection_by_id {
    struct gql_delete_openapi_collection_data_delete_open_api_collection_by_id_open_api_collection *open_api_collection; /* NULL when null */
    struct gql_delete_openapi_collection_data_delete_open_api_collection_by_id_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_delete_openapi_collection_data_delete_open_api_collection_by_id;

/* Mutation at data */
typedef struct gql_delete_openapi_collection_data {
    struct gql_delete_openapi_collection_data_delete_open_api_collection_by_id *delete_open_api_collection_by_id; /* NULL when null */
} gql_delete_openapi_collection_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_delete_openapi_collection_decode(const cJSON *data, gql_delete_openapi_collection_data *out, gql_error *err);
void gql_delete_openapi_collection_free(gql_delete_openapi_collection_data *data);

/* ==== mutation ForceDeleteStageByApiIdCommandMutation (spec/operations/delete-stage.graphql) ==== */
const gql_operation *gql_delete_stage_operation(void);


/* Stage at forceDeleteStageByApiId.api.stages.conditions.afterStage */
typedef struct gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions_after_stage {
    char *name;
} gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions_after_stage;

typedef enum {
    GQL_DELETE_STAGE_DATA_FORCE_DELETE_STAGE_BY_API_ID_API_STAGES_CONDITIONS_AFTER_STAGE_CONDITION,
    GQL_DELETE_STAGE_DATA_FORCE_DELETE_STAGE_BY_API_ID_API_STAGES_CONDITIONS_OTHER, /* a type this client does not know */
} gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions_kind;

/* StageCondition at forceDeleteStageByApiId.api.stages.conditions */
typedef struct gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions {
    gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions_kind kind;
    char *typename;
    struct gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions_after_stage *after_stage; /* NULL when null */
} gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions;

/* Stage at forceDeleteStageByApiId.api.stages */
typedef struct gql_delete_stage_data_force_delete_stage_by_api_id_api_stages {
    char *id;
    char *name;
    char *display_name; /* NULL when null */
    struct gql_delete_stage_data_force_delete_stage_by_api_id_api_stages_conditions *conditions; /* NULL when null */
    size_t conditions_count;
} gql_delete_stage_data_force_delete_stage_by_api_id_api_stages;

/* Api at forceDeleteStageByApiId.api */
typedef struct gql_delete_stage_data_force_delete_stage_by_api_id_api {
    struct gql_delete_stage_data_force_delete_stage_by_api_id_api_stages *stages; /* NULL when null */
    size_t stages_count;
} gql_delete_stage_data_force_delete_stage_by_api_id_api;

typedef enum {
    GQL_DELETE_STAGE_DATA_FORCE_DELETE_STAGE_BY_API_ID_ERRORS_API_NOT_FOUND_ERROR,
    GQL_DELETE_STAGE_DATA_FORCE_DELETE_STAGE_BY_API_ID_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_DELETE_STAGE_DATA_FORCE_DELETE_STAGE_BY_API_ID_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_DELETE_STAGE_DATA_FORCE_DELETE_STAGE_BY_API_ID_ERRORS_OTHER, /* a type this client does not know */
} gql_delete_stage_data_force_delete_stage_by_api_id_errors_kind;

/* ForceDeleteStageByApiIdPayloadErrors at forceDeleteStageByApiId.errors */
typedef struct gql_delete_stage_data_force_delete_stage_by_api_id_errors {
    gql_delete_stage_data_force_delete_stage_by_api_id_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *api_id; /* NULL when null */
    char *name; /* NULL when null */
} gql_delete_stage_data_force_delete_stage_by_api_id_errors;

/* ForceDeleteStageByApiIdPayload at forceDeleteStageByApiId */
typedef struct gql_delete_stage_data_force_delete_stage_by_api_id {
    struct gql_delete_stage_data_force_delete_stage_by_api_id_api *api; /* NULL when null */
    struct gql_delete_stage_data_force_delete_stage_by_api_id_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_delete_stage_data_force_delete_stage_by_api_id;

/* Mutation at data */
typedef struct gql_delete_stage_data {
    struct gql_delete_stage_data_force_delete_stage_by_api_id *force_delete_stage_by_api_id; /* NULL when null */
} gql_delete_stage_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_delete_stage_decode(const cJSON *data, gql_delete_stage_data *out, gql_error *err);
void gql_delete_stage_free(gql_delete_stage_data *data);

/* ==== mutation BeginFusionConfigurationPublish (spec/operations/fusion-publish-begin.graphql) ==== */
const gql_operation *gql_fusion_publish_begin_operation(void);


typedef enum {
    GQL_FUSION_PUBLISH_BEGIN_DATA_BEGIN_FUSION_CONFIGURATION_PUBLISH_ERRORS_API_NOT_FOUND_ERROR,
    GQL_FUSION_PUBLISH_BEGIN_DATA_BEGIN_FUSION_CONFIGURATION_PUBLISH_ERRORS_INVALID_PROCESSING_STATE_TRANSITION_ERROR,
    GQL_FUSION_PUBLISH_BEGIN_DATA_BEGIN_FUSION_CONFIGURATION_PUBLISH_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_FUSION_PUBLISH_BEGIN_DATA_BEGIN_FUSION_CONFIGURATION_PUBLISH_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_FUSION_PUBLISH_BEGIN_DATA_BEGIN_FUSION_CONFIGURATION_PUBLISH_ERRORS_SUBGRAPH_INVALID_ERROR,
    GQL_FUSION_PUBLISH_BEGIN_DATA_BEGIN_FUSION_CONFIGURATION_PUBLISH_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_FUSION_PUBLISH_BEGIN_DATA_BEGIN_FUSION_CONFIGURATION_PUBLISH_ERRORS_OTHER, /* a type this client does not know */
} gql_fusion_publish_begin_data_begin_fusion_configuration_publish_errors_kind;

/* BeginFusionConfigurationPublishPayloadErrors at beginFusionConfigurationPublish.errors */
typedef struct gql_fusion_publish_begin_data_begin_fusion_configuration_publish_errors {
    gql_fusion_publish_begin_data_begin_fusion_configuration_publish_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *name; /* NULL when null */
    char *api_id; /* NULL when null */
} gql_fusion_publish_begin_data_begin_fusion_configuration_publish_errors;

/* BeginFusionConfigurationPublishPayload at beginFusionConfigurationPublish */
typedef struct gql_fusion_publish_begin_data_begin_fusion_configuration_publish {
    char *request_id; /* NULL when null */
    struct gql_fusion_publish_begin_data_begin_fusion_configuration_publish_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_fusion_publish_begin_data_begin_fusion_configuration_publish;

/* Mutation at data */
typedef struct gql_fusion_publish_begin_data {
    struct gql_fusion_publish_begin_data_begin_fusion_configuration_publish *begin_fusion_configuration_publish; /* NULL when null */
} gql_fusion_publish_begin_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_fusion_publish_begin_decode(const cJSON *data, gql_fusion_publish_begin_data *out, gql_error *err);
void gql_fusion_publish_begin_free(gql_fusion_publish_begin_data *data);

/* ==== mutation CancelFusionConfigurationPublish (spec/operations/fusion-publish-cancel.graphql) ==== */
const gql_operation *gql_fusion_publish_cancel_operation(void);


typedef enum {
    GQL_FUSION_PUBLISH_CANCEL_DATA_CANCEL_FUSION_CONFIGURATION_COMPOSITION_ERRORS_FUSION_CONFIGURATION_REQUEST_NOT_FOUND_ERROR,
    GQL_FUSION_PUBLISH_CANCEL_DATA_CANCEL_FUSION_CONFIGURATION_COMPOSITION_ERRORS_INVALID_PROCESSING_STATE_TRANSITION_ERROR,
    GQL_FUSION_PUBLISH_CANCEL_DATA_CANCEL_FUSION_CONFIGURATION_COMPOSITION_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_FUSION_PUBLISH_CANCEL_DATA_CANCEL_FUSION_CONFIGURATION_COMPOSITION_ERRORS_OTHER, /* a type this client does not know */
} gql_fusion_publish_cancel_data_cancel_fusion_configuration_composition_errors_kind;

/* FusionConfigurationStepErrors at cancelFusionConfigurationComposition.errors */
typedef struct gql_fusion_publish_cancel_data_cancel_fusion_configuration_composition_errors {
    gql_fusion_publish_cancel_data_cancel_fusion_configuration_composition_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
} gql_fusion_publish_cancel_data_cancel_fusion_configuration_composition_errors;

/* CancelFusionConfigurationCompositionPayload at cancelFusionConfigurationComposition */
typedef struct gql_fusion_publish_cancel_data_cancel_fusion_configuration_composition {
    struct gql_fusion_publish_cancel_data_cancel_fusion_configuration_composition_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_fusion_publish_cancel_data_cancel_fusion_configuration_composition;

/* Mutation at data */
typedef struct gql_fusion_publish_cancel_data {
    struct gql_fusion_publish_cancel_data_cancel_fusion_configuration_composition *cancel_fusion_configuration_composition; /* NULL when null */
} gql_fusion_publish_cancel_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_fusion_publish_cancel_decode(const cJSON *data, gql_fusion_publish_cancel_data *out, gql_error *err);
void gql_fusion_publish_cancel_free(gql_fusion_publish_cancel_data *data);

/* ==== mutation CommitFusionConfigurationPublish (spec/operations/fusion-publish-commit.graphql) ==== */
const gql_operation *gql_fusion_publish_commit_operation(void);


typedef enum {
    GQL_FUSION_PUBLISH_COMMIT_DATA_COMMIT_FUSION_CONFIGURATION_PUBLISH_ERRORS_FUSION_CONFIGURATION_REQUEST_NOT_FOUND_ERROR,
    GQL_FUSION_PUBLISH_COMMIT_DATA_COMMIT_FUSION_CONFIGURATION_PUBLISH_ERRORS_INVALID_PROCESSING_STATE_TRANSITION_ERROR,
    GQL_FUSION_PUBLISH_COMMIT_DATA_COMMIT_FUSION_CONFIGURATION_PUBLISH_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_FUSION_PUBLISH_COMMIT_DATA_COMMIT_FUSION_CONFIGURATION_PUBLISH_ERRORS_OTHER, /* a type this client does not know */
} gql_fusion_publish_commit_data_commit_fusion_configuration_publish_errors_kind;

/* FusionConfigurationStepErrors at commitFusionConfigurationPublish.errors */
typedef struct gql_fusion_publish_commit_data_commit_fusion_configuration_publish_errors {
    gql_fusion_publish_commit_data_commit_fusion_configuration_publish_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
} gql_fusion_publish_commit_data_commit_fusion_configuration_publish_errors;

/* CommitFusionConfigurationPublishPayload at commitFusionConfigurationPublish */
typedef struct gql_fusion_publish_commit_data_commit_fusion_configuration_publish {
    struct gql_fusion_publish_commit_data_commit_fusion_configuration_publish_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_fusion_publish_commit_data_commit_fusion_configuration_publish;

/* Mutation at data */
typedef struct gql_fusion_publish_commit_data {
    struct gql_fusion_publish_commit_data_commit_fusion_configuration_publish *commit_fusion_configuration_publish; /* NULL when null */
} gql_fusion_publish_commit_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_fusion_publish_commit_decode(const cJSON *data, gql_fusion_publish_commit_data *out, gql_error *err);
void gql_fusion_publish_commit_free(gql_fusion_publish_commit_data *data);

/* ==== mutation StartFusionConfigurationPublish (spec/operations/fusion-publish-start.graphql) ==== */
const gql_operation *gql_fusion_publish_start_operation(void);


typedef enum {
    GQL_FUSION_PUBLISH_START_DATA_START_FUSION_CONFIGURATION_COMPOSITION_ERRORS_FUSION_CONFIGURATION_REQUEST_NOT_FOUND_ERROR,
    GQL_FUSION_PUBLISH_START_DATA_START_FUSION_CONFIGURATION_COMPOSITION_ERRORS_INVALID_PROCESSING_STATE_TRANSITION_ERROR,
    GQL_FUSION_PUBLISH_START_DATA_START_FUSION_CONFIGURATION_COMPOSITION_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_FUSION_PUBLISH_START_DATA_START_FUSION_CONFIGURATION_COMPOSITION_ERRORS_OTHER, /* a type this client does not know */
} gql_fusion_publish_start_data_start_fusion_configuration_composition_errors_kind;

/* FusionConfigurationStepErrors at startFusionConfigurationComposition.errors */
typedef struct gql_fusion_publish_start_data_start_fusion_configuration_composition_errors {
    gql_fusion_publish_start_data_start_fusion_configuration_composition_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
} gql_fusion_publish_start_data_start_fusion_configuration_composition_errors;

/* StartFusionConfigurationCompositionPayload at startFusionConfigurationComposition */
typedef struct gql_fusion_publish_start_data_start_fusion_configuration_composition {
    struct gql_fusion_publish_start_data_start_fusion_configuration_composition_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_fusion_publish_start_data_start_fusion_configuration_composition;

/* Mutation at data */
typedef struct gql_fusion_publish_start_data {
    struct gql_fusion_publish_start_data_start_fusion_configuration_composition *start_fusion_configuration_composition; /* NULL when null */
} gql_fusion_publish_start_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_fusion_publish_start_decode(const cJSON *data, gql_fusion_publish_start_data *out, gql_error *err);
void gql_fusion_publish_start_free(gql_fusion_publish_start_data *data);

/* ==== mutation ValidateFusionConfigurationPublish (spec/operations/fusion-publish-validate.graphql) ==== */
const gql_operation *gql_fusion_publish_validate_operation(void);


typedef enum {
    GQL_FUSION_PUBLISH_VALIDATE_DATA_VALIDATE_FUSION_CONFIGURATION_COMPOSITION_ERRORS_FUSION_CONFIGURATION_REQUEST_NOT_FOUND_ERROR,
    GQL_FUSION_PUBLISH_VALIDATE_DATA_VALIDATE_FUSION_CONFIGURATION_COMPOSITION_ERRORS_INVALID_PROCESSING_STATE_TRANSITION_ERROR,
    GQL_FUSION_PUBLISH_VALIDATE_DATA_VALIDATE_FUSION_CONFIGURATION_COMPOSITION_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_FUSION_PUBLISH_VALIDATE_DATA_VALIDATE_FUSION_CONFIGURATION_COMPOSITION_ERRORS_OTHER, /* a type this client does not know */
} gql_fusion_publish_validate_data_validate_fusion_configuration_composition_errors_kind;

/* FusionConfigurationStepErrors at validateFusionConfigurationComposition.errors */
typedef struct gql_fusion_publish_validate_data_validate_fusion_configuration_composition_errors {
    gql_fusion_publish_validate_data_validate_fusion_configuration_composition_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
} gql_fusion_publish_validate_data_validate_fusion_configuration_composition_errors;

/* ValidateFusionConfigurationCompositionPayload at validateFusionConfigurationComposition */
typedef struct gql_fusion_publish_validate_data_validate_fusion_configuration_composition {
    struct gql_fusion_publish_validate_data_validate_fusion_configuration_composition_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_fusion_publish_validate_data_validate_fusion_configuration_composition;

/* Mutation at data */
typedef struct gql_fusion_publish_validate_data {
    struct gql_fusion_publish_validate_data_validate_fusion_configuration_composition *validate_fusion_configuration_composition; /* NULL when null */
} gql_fusion_publish_validate_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_fusion_publish_validate_decode(const cJSON *data, gql_fusion_publish_validate_data *out, gql_error *err);
void gql_fusion_publish_validate_free(gql_fusion_publish_validate_data *data);

/* ==== mutation UploadFusionSubgraph (spec/operations/fusion-upload.graphql) ==== */
const gql_operation *gql_fusion_upload_operation(void);


/* FusionSubgraphVersion at uploadFusionSubgraph.fusionSubgraphVersion */
typedef struct gql_fusion_upload_data_upload_fusion_subgraph_fusion_subgraph_version {
    char *id;
} gql_fusion_upload_data_upload_fusion_subgraph_fusion_subgraph_version;

typedef enum {
    GQL_FUSION_UPLOAD_DATA_UPLOAD_FUSION_SUBGRAPH_ERRORS_CONCURRENT_OPERATION_ERROR,
    GQL_FUSION_UPLOAD_DATA_UPLOAD_FUSION_SUBGRAPH_ERRORS_DUPLICATED_TAG_ERROR,
    GQL_FUSION_UPLOAD_DATA_UPLOAD_FUSION_SUBGRAPH_ERRORS_INVALID_FUSION_SOURCE_SCHEMA_ARCHIVE_ERROR,
    GQL_FUSION_UPLOAD_DATA_UPLOAD_FUSION_SUBGRAPH_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_FUSION_UPLOAD_DATA_UPLOAD_FUSION_SUBGRAPH_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_FUSION_UPLOAD_DATA_UPLOAD_FUSION_SUBGRAPH_ERRORS_OTHER, /* a type this client does not know */
} gql_fusion_upload_data_upload_fusion_subgraph_errors_kind;

/* UploadFusionSubgraphPayloadErrors at uploadFusionSubgraph.errors */
typedef struct gql_fusion_upload_data_upload_fusion_subgraph_errors {
    gql_fusion_upload_data_upload_fusion_subgraph_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
} gql_fusion_upload_data_upload_fusion_subgraph_errors;

/* UploadFusionSubgraphPayload at uploadFusionSubgraph */
typedef struct gql_fusion_upload_data_upload_fusion_subgraph {
    struct gql_fusion_upload_data_upload_fusion_subgraph_fusion_subgraph_version *fusion_subgraph_version; /* NULL when null */
    struct gql_fusion_upload_data_upload_fusion_subgraph_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_fusion_upload_data_upload_fusion_subgraph;

/* Mutation at data */
typedef struct gql_fusion_upload_data {
    struct gql_fusion_upload_data_upload_fusion_subgraph *upload_fusion_subgraph; /* NULL when null */
} gql_fusion_upload_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_fusion_upload_decode(const cJSON *data, gql_fusion_upload_data *out, gql_error *err);
void gql_fusion_upload_free(gql_fusion_upload_data *data);

/* ==== query ListApiKeyCommandQuery (spec/operations/list-api-keys.graphql) ==== */
const gql_operation *gql_list_api_keys_operation(void);


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
const gql_operation *gql_list_apis_operation(void);


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

/* ==== query ListClientCommandQuery (spec/operations/list-clients.graphql) ==== */
const gql_operation *gql_list_clients_operation(void);


/* Api at node.clients.edges.node.api */
typedef struct gql_list_clients_data_node_clients_edges_node_api {
    char *name;
    char **path; /* NULL when null */
    size_t path_count;
} gql_list_clients_data_node_clients_edges_node_api;

/* Stage at node.clients.edges.node.versions.edges.node.publishedTo.stage */
typedef struct gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to_stage {
    char *name;
} gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to_stage;

/* PublishedClientVersion at node.clients.edges.node.versions.edges.node.publishedTo */
typedef struct gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to {
    struct gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to_stage *stage; /* NULL when null */
} gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to;

/* ClientVersion at node.clients.edges.node.versions.edges.node */
typedef struct gql_list_clients_data_node_clients_edges_node_versions_edges_node {
    char *id;
    char *created_at;
    char *tag;
    struct gql_list_clients_data_node_clients_edges_node_versions_edges_node_published_to *published_to; /* NULL when null */
    size_t published_to_count;
} gql_list_clients_data_node_clients_edges_node_versions_edges_node;

/* ClientVersionEdge at node.clients.edges.node.versions.edges */
typedef struct gql_list_clients_data_node_clients_edges_node_versions_edges {
    char *cursor;
    struct gql_list_clients_data_node_clients_edges_node_versions_edges_node *node; /* NULL when null */
} gql_list_clients_data_node_clients_edges_node_versions_edges;

/* PageInfo at node.clients.edges.node.versions.pageInfo */
typedef struct gql_list_clients_data_node_clients_edges_node_versions_page_info {
    bool has_next_page;
    char *end_cursor; /* NULL when null */
} gql_list_clients_data_node_clients_edges_node_versions_page_info;

/* ClientVersionsConnection at node.clients.edges.node.versions */
typedef struct gql_list_clients_data_node_clients_edges_node_versions {
    struct gql_list_clients_data_node_clients_edges_node_versions_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_list_clients_data_node_clients_edges_node_versions_page_info *page_info; /* NULL when null */
} gql_list_clients_data_node_clients_edges_node_versions;

/* Client at node.clients.edges.node */
typedef struct gql_list_clients_data_node_clients_edges_node {
    char *id;
    char *name;
    struct gql_list_clients_data_node_clients_edges_node_api *api; /* NULL when null */
    struct gql_list_clients_data_node_clients_edges_node_versions *versions; /* NULL when null */
} gql_list_clients_data_node_clients_edges_node;

/* ClientsEdge at node.clients.edges */
typedef struct gql_list_clients_data_node_clients_edges {
    char *cursor;
    struct gql_list_clients_data_node_clients_edges_node *node; /* NULL when null */
} gql_list_clients_data_node_clients_edges;

/* PageInfo at node.clients.pageInfo */
typedef struct gql_list_clients_data_node_clients_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_list_clients_data_node_clients_page_info;

/* ClientsConnection at node.clients */
typedef struct gql_list_clients_data_node_clients {
    struct gql_list_clients_data_node_clients_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_list_clients_data_node_clients_page_info *page_info; /* NULL when null */
} gql_list_clients_data_node_clients;

typedef enum {
    GQL_LIST_CLIENTS_DATA_NODE_API,
    GQL_LIST_CLIENTS_DATA_NODE_API_KEY,
    GQL_LIST_CLIENTS_DATA_NODE_CLIENT,
    GQL_LIST_CLIENTS_DATA_NODE_ENVIRONMENT,
    GQL_LIST_CLIENTS_DATA_NODE_MCP_FEATURE_COLLECTION,
    GQL_LIST_CLIENTS_DATA_NODE_MOCK_SCHEMA,
    GQL_LIST_CLIENTS_DATA_NODE_OPEN_API_COLLECTION,
    GQL_LIST_CLIENTS_DATA_NODE_PERSONAL_ACCESS_TOKEN,
    GQL_LIST_CLIENTS_DATA_NODE_USER,
    GQL_LIST_CLIENTS_DATA_NODE_WORKSPACE,
    GQL_LIST_CLIENTS_DATA_NODE_OTHER, /* a type this client does not know */
} gql_list_clients_data_node_kind;

/* Node at node */
typedef struct gql_list_clients_data_node {
    gql_list_clients_data_node_kind kind;
    char *typename;
    struct gql_list_clients_data_node_clients *clients; /* NULL when null */
} gql_list_clients_data_node;

/* Query at data */
typedef struct gql_list_clients_data {
    struct gql_list_clients_data_node *node; /* NULL when null */
} gql_list_clients_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_list_clients_decode(const cJSON *data, gql_list_clients_data *out, gql_error *err);
void gql_list_clients_free(gql_list_clients_data *data);

/* ==== query ListEnvironmentCommandQuery (spec/operations/list-environments.graphql) ==== */
const gql_operation *gql_list_environments_operation(void);


/* Workspace at workspaceById.environments.edges.node.workspace */
typedef struct gql_list_environments_data_workspace_by_id_environments_edges_node_workspace {
    char *name;
} gql_list_environments_data_workspace_by_id_environments_edges_node_workspace;

/* Environment at workspaceById.environments.edges.node */
typedef struct gql_list_environments_data_workspace_by_id_environments_edges_node {
    char *id;
    char *name;
    struct gql_list_environments_data_workspace_by_id_environments_edges_node_workspace *workspace; /* NULL when null */
} gql_list_environments_data_workspace_by_id_environments_edges_node;

/* EnvironmentsEdge at workspaceById.environments.edges */
typedef struct gql_list_environments_data_workspace_by_id_environments_edges {
    char *cursor;
    struct gql_list_environments_data_workspace_by_id_environments_edges_node *node; /* NULL when null */
} gql_list_environments_data_workspace_by_id_environments_edges;

/* PageInfo at workspaceById.environments.pageInfo */
typedef struct gql_list_environments_data_workspace_by_id_environments_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_list_environments_data_workspace_by_id_environments_page_info;

/* EnvironmentsConnection at workspaceById.environments */
typedef struct gql_list_environments_data_workspace_by_id_environments {
    struct gql_list_environments_data_workspace_by_id_environments_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_list_environments_data_workspace_by_id_environments_page_info *page_info; /* NULL when null */
} gql_list_environments_data_workspace_by_id_environments;

/* Workspace at workspaceById */
typedef struct gql_list_environments_data_workspace_by_id {
    struct gql_list_environments_data_workspace_by_id_environments *environments; /* NULL when null */
} gql_list_environments_data_workspace_by_id;

/* Query at data */
typedef struct gql_list_environments_data {
    struct gql_list_environments_data_workspace_by_id *workspace_by_id; /* NULL when null */
} gql_list_environments_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_list_environments_decode(const cJSON *data, gql_list_environments_data *out, gql_error *err);
void gql_list_environments_free(gql_list_environments_data *data);

/* ==== query ListMcpFeatureCollectionCommandQuery (spec/operations/list-mcp-feature-collections.graphql) ==== */
const gql_operation *gql_list_mcp_feature_collections_operation(void);


/* McpFeatureCollection at node.mcpFeatureCollections.edges.node */
typedef struct gql_list_mcp_feature_collections_data_node_mcp_feature_collections_edges_node {
    char *id;
    char *name;
} gql_list_mcp_feature_collections_data_node_mcp_feature_collections_edges_node;

/* ApiMcpFeatureCollectionsEdge at node.mcpFeatureCollections.edges */
typedef struct gql_list_mcp_feature_collections_data_node_mcp_feature_collections_edges {
    char *cursor;
    struct gql_list_mcp_feature_collections_data_node_mcp_feature_collections_edges_node *node; /* NULL when null */
} gql_list_mcp_feature_collections_data_node_mcp_feature_collections_edges;

/* PageInfo at node.mcpFeatureCollections.pageInfo */
typedef struct gql_list_mcp_feature_collections_data_node_mcp_feature_collections_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_list_mcp_feature_collections_data_node_mcp_feature_collections_page_info;

/* ApiMcpFeatureCollectionsConnection at node.mcpFeatureCollections */
typedef struct gql_list_mcp_feature_collections_data_node_mcp_feature_collections {
    struct gql_list_mcp_feature_collections_data_node_mcp_feature_collections_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_list_mcp_feature_collections_data_node_mcp_feature_collections_page_info *page_info; /* NULL when null */
} gql_list_mcp_feature_collections_data_node_mcp_feature_collections;

typedef enum {
    GQL_LIST_MCP_FEATURE_COLLECTIONS_DATA_NODE_API,
    GQL_LIST_MCP_FEATURE_COLLECTIONS_DATA_NODE_API_KEY,
    GQL_LIST_MCP_FEATURE_COLLECTIONS_DATA_NODE_CLIENT,
    GQL_LIST_MCP_FEATURE_COLLECTIONS_DATA_NODE_ENVIRONMENT,
    GQL_LIST_MCP_FEATURE_COLLECTIONS_DATA_NODE_MCP_FEATURE_COLLECTION,
    GQL_LIST_MCP_FEATURE_COLLECTIONS_DATA_NODE_MOCK_SCHEMA,
    GQL_LIST_MCP_FEATURE_COLLECTIONS_DATA_NODE_OPEN_API_COLLECTION,
    GQL_LIST_MCP_FEATURE_COLLECTIONS_DATA_NODE_PERSONAL_ACCESS_TOKEN,
    GQL_LIST_MCP_FEATURE_COLLECTIONS_DATA_NODE_USER,
    GQL_LIST_MCP_FEATURE_COLLECTIONS_DATA_NODE_WORKSPACE,
    GQL_LIST_MCP_FEATURE_COLLECTIONS_DATA_NODE_OTHER, /* a type this client does not know */
} gql_list_mcp_feature_collections_data_node_kind;

/* Node at node */
typedef struct gql_list_mcp_feature_collections_data_node {
    gql_list_mcp_feature_collections_data_node_kind kind;
    char *typename;
    struct gql_list_mcp_feature_collections_data_node_mcp_feature_collections *mcp_feature_collections; /* NULL when null */
} gql_list_mcp_feature_collections_data_node;

/* Query at data */
typedef struct gql_list_mcp_feature_collections_data {
    struct gql_list_mcp_feature_collections_data_node *node; /* NULL when null */
} gql_list_mcp_feature_collections_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_list_mcp_feature_collections_decode(const cJSON *data, gql_list_mcp_feature_collections_data *out, gql_error *err);
void gql_list_mcp_feature_collections_free(gql_list_mcp_feature_collections_data *data);

/* ==== query ListMockCommandQuery (spec/operations/list-mocks.graphql) ==== */
const gql_operation *gql_list_mocks_operation(void);


/* UserInfo at apiById.mockSchemas.edges.node.createdBy */
typedef struct gql_list_mocks_data_api_by_id_mock_schemas_edges_node_created_by {
    char *username;
} gql_list_mocks_data_api_by_id_mock_schemas_edges_node_created_by;

/* UserInfo at apiById.mockSchemas.edges.node.modifiedBy */
typedef struct gql_list_mocks_data_api_by_id_mock_schemas_edges_node_modified_by {
    char *username;
} gql_list_mocks_data_api_by_id_mock_schemas_edges_node_modified_by;

/* MockSchema at apiById.mockSchemas.edges.node */
typedef struct gql_list_mocks_data_api_by_id_mock_schemas_edges_node {
    char *id;
    char *name;
    char *created_at;
    struct gql_list_mocks_data_api_by_id_mock_schemas_edges_node_created_by *created_by; /* NULL when null */
    char *modified_at; /* NULL when null */
    struct gql_list_mocks_data_api_by_id_mock_schemas_edges_node_modified_by *modified_by; /* NULL when null */
    char *downstream_url;
    char *url;
} gql_list_mocks_data_api_by_id_mock_schemas_edges_node;

/* MockSchemasEdge at apiById.mockSchemas.edges */
typedef struct gql_list_mocks_data_api_by_id_mock_schemas_edges {
    char *cursor;
    struct gql_list_mocks_data_api_by_id_mock_schemas_edges_node *node; /* NULL when null */
} gql_list_mocks_data_api_by_id_mock_schemas_edges;

/* PageInfo at apiById.mockSchemas.pageInfo */
typedef struct gql_list_mocks_data_api_by_id_mock_schemas_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_list_mocks_data_api_by_id_mock_schemas_page_info;

/* MockSchemasConnection at apiById.mockSchemas */
typedef struct gql_list_mocks_data_api_by_id_mock_schemas {
    struct gql_list_mocks_data_api_by_id_mock_schemas_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_list_mocks_data_api_by_id_mock_schemas_page_info *page_info; /* NULL when null */
} gql_list_mocks_data_api_by_id_mock_schemas;

/* Api at apiById */
typedef struct gql_list_mocks_data_api_by_id {
    struct gql_list_mocks_data_api_by_id_mock_schemas *mock_schemas; /* NULL when null */
} gql_list_mocks_data_api_by_id;

/* Query at data */
typedef struct gql_list_mocks_data {
    struct gql_list_mocks_data_api_by_id *api_by_id; /* NULL when null */
} gql_list_mocks_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_list_mocks_decode(const cJSON *data, gql_list_mocks_data *out, gql_error *err);
void gql_list_mocks_free(gql_list_mocks_data *data);

/* ==== query ListOpenApiCollectionCommandQuery (spec/operations/list-openapi-collections.graphql) ==== */
const gql_operation *gql_list_openapi_collections_operation(void);


/* OpenApiCollection at node.openApiCollections.edges.node */
typedef struct gql_list_openapi_collections_data_node_open_api_collections_edges_node {
    char *id;
    char *name;
} gql_list_openapi_collections_data_node_open_api_collections_edges_node;

/* ApiOpenApiCollectionsEdge at node.openApiCollections.edges */
typedef struct gql_list_openapi_collections_data_node_open_api_collections_edges {
    char *cursor;
    struct gql_list_openapi_collections_data_node_open_api_collections_edges_node *node; /* NULL when null */
} gql_list_openapi_collections_data_node_open_api_collections_edges;

/* PageInfo at node.openApiCollections.pageInfo */
typedef struct gql_list_openapi_collections_data_node_open_api_collections_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_list_openapi_collections_data_node_open_api_collections_page_info;

/* ApiOpenApiCollectionsConnection at node.openApiCollections */
typedef struct gql_list_openapi_collections_data_node_open_api_collections {
    struct gql_list_openapi_collections_data_node_open_api_collections_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_list_openapi_collections_data_node_open_api_collections_page_info *page_info; /* NULL when null */
} gql_list_openapi_collections_data_node_open_api_collections;

typedef enum {
    GQL_LIST_OPENAPI_COLLECTIONS_DATA_NODE_API,
    GQL_LIST_OPENAPI_COLLECTIONS_DATA_NODE_API_KEY,
    GQL_LIST_OPENAPI_COLLECTIONS_DATA_NODE_CLIENT,
    GQL_LIST_OPENAPI_COLLECTIONS_DATA_NODE_ENVIRONMENT,
    GQL_LIST_OPENAPI_COLLECTIONS_DATA_NODE_MCP_FEATURE_COLLECTION,
    GQL_LIST_OPENAPI_COLLECTIONS_DATA_NODE_MOCK_SCHEMA,
    GQL_LIST_OPENAPI_COLLECTIONS_DATA_NODE_OPEN_API_COLLECTION,
    GQL_LIST_OPENAPI_COLLECTIONS_DATA_NODE_PERSONAL_ACCESS_TOKEN,
    GQL_LIST_OPENAPI_COLLECTIONS_DATA_NODE_USER,
    GQL_LIST_OPENAPI_COLLECTIONS_DATA_NODE_WORKSPACE,
    GQL_LIST_OPENAPI_COLLECTIONS_DATA_NODE_OTHER, /* a type this client does not know */
} gql_list_openapi_collections_data_node_kind;

/* Node at node */
typedef struct gql_list_openapi_collections_data_node {
    gql_list_openapi_collections_data_node_kind kind;
    char *typename;
    struct gql_list_openapi_collections_data_node_open_api_collections *open_api_collections; /* NULL when null */
} gql_list_openapi_collections_data_node;

/* Query at data */
typedef struct gql_list_openapi_collections_data {
    struct gql_list_openapi_collections_data_node *node; /* NULL when null */
} gql_list_openapi_collections_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_list_openapi_collections_decode(const cJSON *data, gql_list_openapi_collections_data *out, gql_error *err);
void gql_list_openapi_collections_free(gql_list_openapi_collections_data *data);

/* ==== query ListPersonalAccessTokenCommandQuery (spec/operations/list-pats.graphql) ==== */
const gql_operation *gql_list_pats_operation(void);


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

/* ==== query ListStagesQuery (spec/operations/list-stages.graphql) ==== */
const gql_operation *gql_list_stages_operation(void);


/* Stage at node.stages.conditions.afterStage */
typedef struct gql_list_stages_data_node_stages_conditions_after_stage {
    char *name;
} gql_list_stages_data_node_stages_conditions_after_stage;

typedef enum {
    GQL_LIST_STAGES_DATA_NODE_STAGES_CONDITIONS_AFTER_STAGE_CONDITION,
    GQL_LIST_STAGES_DATA_NODE_STAGES_CONDITIONS_OTHER, /* a type this client does not know */
} gql_list_stages_data_node_stages_conditions_kind;

/* StageCondition at node.stages.conditions */
typedef struct gql_list_stages_data_node_stages_conditions {
    gql_list_stages_data_node_stages_conditions_kind kind;
    char *typename;
    struct gql_list_stages_data_node_stages_conditions_after_stage *after_stage; /* NULL when null */
} gql_list_stages_data_node_stages_conditions;

/* Stage at node.stages */
typedef struct gql_list_stages_data_node_stages {
    char *id;
    char *name;
    char *display_name; /* NULL when null */
    struct gql_list_stages_data_node_stages_conditions *conditions; /* NULL when null */
    size_t conditions_count;
} gql_list_stages_data_node_stages;

typedef enum {
    GQL_LIST_STAGES_DATA_NODE_API,
    GQL_LIST_STAGES_DATA_NODE_API_KEY,
    GQL_LIST_STAGES_DATA_NODE_CLIENT,
    GQL_LIST_STAGES_DATA_NODE_ENVIRONMENT,
    GQL_LIST_STAGES_DATA_NODE_MCP_FEATURE_COLLECTION,
    GQL_LIST_STAGES_DATA_NODE_MOCK_SCHEMA,
    GQL_LIST_STAGES_DATA_NODE_OPEN_API_COLLECTION,
    GQL_LIST_STAGES_DATA_NODE_PERSONAL_ACCESS_TOKEN,
    GQL_LIST_STAGES_DATA_NODE_USER,
    GQL_LIST_STAGES_DATA_NODE_WORKSPACE,
    GQL_LIST_STAGES_DATA_NODE_OTHER, /* a type this client does not know */
} gql_list_stages_data_node_kind;

/* Node at node */
typedef struct gql_list_stages_data_node {
    gql_list_stages_data_node_kind kind;
    char *typename;
    struct gql_list_stages_data_node_stages *stages; /* NULL when null */
    size_t stages_count;
} gql_list_stages_data_node;

/* Query at data */
typedef struct gql_list_stages_data {
    struct gql_list_stages_data_node *node; /* NULL when null */
} gql_list_stages_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_list_stages_decode(const cJSON *data, gql_list_stages_data *out, gql_error *err);
void gql_list_stages_free(gql_list_stages_data *data);

/* ==== query ListWorkspaceCommandQuery (spec/operations/list-workspaces.graphql) ==== */
const gql_operation *gql_list_workspaces_operation(void);


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

/* ==== query NitroIdentityQuery (spec/operations/nitro-identity.graphql) ==== */
const gql_operation *gql_nitro_identity_operation(void);


/* User at me.user */
typedef struct gql_nitro_identity_data_me_user {
    char *id;
    char *email;
    char *name;
} gql_nitro_identity_data_me_user;

/* Viewer at me */
typedef struct gql_nitro_identity_data_me {
    struct gql_nitro_identity_data_me_user *user; /* NULL when null */
} gql_nitro_identity_data_me;

/* Workspace at currentApiKey.workspace */
typedef struct gql_nitro_identity_data_current_api_key_workspace {
    char *id;
    char *name;
} gql_nitro_identity_data_current_api_key_workspace;

/* Api at currentApiKey.api */
typedef struct gql_nitro_identity_data_current_api_key_api {
    char *id;
    char *name;
    char **path; /* NULL when null */
    size_t path_count;
} gql_nitro_identity_data_current_api_key_api;

/* CurrentApiKey at currentApiKey */
typedef struct gql_nitro_identity_data_current_api_key {
    char *id;
    char *name;
    struct gql_nitro_identity_data_current_api_key_workspace *workspace; /* NULL when null */
    struct gql_nitro_identity_data_current_api_key_api *api; /* NULL when null */
} gql_nitro_identity_data_current_api_key;

/* Query at data */
typedef struct gql_nitro_identity_data {
    struct gql_nitro_identity_data_me *me; /* NULL when null */
    struct gql_nitro_identity_data_current_api_key *current_api_key; /* NULL when null */
} gql_nitro_identity_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_nitro_identity_decode(const cJSON *data, gql_nitro_identity_data *out, gql_error *err);
void gql_nitro_identity_free(gql_nitro_identity_data *data);

/* ==== query NitroViewerQuery (spec/operations/nitro-viewer.graphql) ==== */
const gql_operation *gql_nitro_viewer_operation(void);


/* User at me.user */
typedef struct gql_nitro_viewer_data_me_user {
    char *id;
    char *email;
    char *name;
} gql_nitro_viewer_data_me_user;

/* Viewer at me */
typedef struct gql_nitro_viewer_data_me {
    struct gql_nitro_viewer_data_me_user *user; /* NULL when null */
} gql_nitro_viewer_data_me;

/* Query at data */
typedef struct gql_nitro_viewer_data {
    struct gql_nitro_viewer_data_me *me; /* NULL when null */
} gql_nitro_viewer_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_nitro_viewer_decode(const cJSON *data, gql_nitro_viewer_data *out, gql_error *err);
void gql_nitro_viewer_free(gql_nitro_viewer_data *data);

/* ==== subscription OnClientVersionPublishUpdated (spec/operations/on-client-publish.graphql) ==== */
const gql_operation *gql_on_client_publish_operation(void);


/* Client at onClientVersionPublishingUpdate.errors.client */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_errors_client {
    char *id;
    char *name;
} gql_on_client_publish_data_on_client_version_publishing_update_errors_client;

/* ErrorLocation at onClientVersionPublishingUpdate.errors.queries.errors.locations */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors_locations {
    long long column;
    long long line;
} gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors_locations;

/* PersistedQueryValidationEntryError at onClientVersionPublishingUpdate.errors.queries.errors */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors {
    char *message;
    char *code; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors;

/* PersistedQueryError at onClientVersionPublishingUpdate.errors.queries */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_errors_queries {
    char **deployed_tags; /* NULL when null */
    size_t deployed_tags_count;
    char *message;
    char *hash;
    struct gql_on_client_publish_data_on_client_version_publishing_update_errors_queries_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_client_publish_data_on_client_version_publishing_update_errors_queries;

typedef enum {
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_ERRORS_CONCURRENT_OPERATION_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_ERRORS_PROCESSING_TIMEOUT_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_ERRORS_UNEXPECTED_PROCESSING_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_ERRORS_OTHER, /* a type this client does not know */
} gql_on_client_publish_data_on_client_version_publishing_update_errors_kind;

/* ClientVersionPublishFailedErrors at onClientVersionPublishingUpdate.errors */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_errors {
    gql_on_client_publish_data_on_client_version_publishing_update_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    struct gql_on_client_publish_data_on_client_version_publishing_update_errors_client *client; /* NULL when null */
    struct gql_on_client_publish_data_on_client_version_publishing_update_errors_queries *queries; /* NULL when null */
    size_t queries_count;
} gql_on_client_publish_data_on_client_version_publishing_update_errors;

typedef enum {
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_changes_kind;

/* ArgumentChangedChanges at onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_changes {
    gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_changes;

typedef enum {
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_kind;

/* OutputFieldChangedChanges at onClientVersionPublishingUpdate.deployment.errors.changes.changes.changes */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes {
    gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *name; /* NULL when null */
    char *type_name; /* NULL when null */
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes;

typedef enum {
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_ADDED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_REMOVED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_kind;

/* ObjectModifiedChangeChanges at onClientVersionPublishingUpdate.deployment.errors.changes.changes */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes {
    gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *interface_name; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *type_name; /* NULL when null */
    char *field_name; /* NULL when null */
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *location; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes;

typedef enum {
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_DIRECTIVE_MODIFIED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_ENUM_MODIFIED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_INTERFACE_MODIFIED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_OBJECT_MODIFIED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_SCALAR_MODIFIED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_UNION_MODIFIED_CHANGE,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_OTHER, /* a type this client does not know */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_kind;

/* SchemaChangeLogEntry at onClientVersionPublishingUpdate.deployment.errors.changes */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes {
    gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes_changes *changes; /* NULL when null */
    size_t changes_count;
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes;

/* SchemaError at onClientVersionPublishingUpdate.deployment.errors.errors */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_errors {
    char *message;
    char *code; /* NULL when null */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_errors;

/* Client at onClientVersionPublishingUpdate.deployment.errors.client */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_client {
    char *id;
    char *name;
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_client;

/* ErrorLocation at onClientVersionPublishingUpdate.deployment.errors.queries.errors.locations */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors_locations {
    long long column;
    long long line;
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors_locations;

/* PersistedQueryValidationEntryError at onClientVersionPublishingUpdate.deployment.errors.queries.errors */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors {
    char *message;
    char *code; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors;

/* PersistedQueryError at onClientVersionPublishingUpdate.deployment.errors.queries */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries {
    char **deployed_tags; /* NULL when null */
    size_t deployed_tags_count;
    char *message;
    char *hash;
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries;

/* OpenApiCollection at onClientVersionPublishingUpdate.deployment.errors.collections.openApiCollection */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_open_api_collection {
    char *id;
    char *name;
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_open_api_collection;

/* ErrorLocation at onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors_locations {
    long long column;
    long long line;
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors_locations;

typedef enum {
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER, /* a type this client does not know */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors_kind;

/* OpenApiCollectionValidationEntityErrors at onClientVersionPublishingUpdate.deployment.errors.collections.entities.errors */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors {
    gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors_kind kind;
    char *typename;
    char *code; /* NULL when null */
    char *message; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors;

typedef enum {
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OTHER, /* a type this client does not know */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_kind;

/* OpenApiCollectionValidationEntity at onClientVersionPublishingUpdate.deployment.errors.collections.entities */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities {
    gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_kind kind;
    char *typename;
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities_errors *errors; /* NULL when null */
    size_t errors_count;
    char *http_method; /* NULL when null */
    char *route; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities;

/* McpFeatureCollection at onClientVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_mcp_feature_collection {
    char *id;
    char *name;
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_mcp_feature_collection;

/* OpenApiCollectionValidationCollection at onClientVersionPublishingUpdate.deployment.errors.collections */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections {
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_open_api_collection *open_api_collection; /* NULL when null */
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_entities *entities; /* NULL when null */
    size_t entities_count;
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections_mcp_feature_collection *mcp_feature_collection; /* NULL when null */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections;

typedef enum {
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_INVALID_GRAPH_QLSCHEMA_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OPERATIONS_ARE_NOT_ALLOWED_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_SCHEMA_CHANGE_VIOLATION_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_SCHEMA_VERSION_SYNTAX_ERROR,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OTHER, /* a type this client does not know */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_kind;

/* SchemaDeploymentErrors at onClientVersionPublishingUpdate.deployment.errors */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors {
    gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    bool has_column;
    long long column;
    bool has_position;
    long long position;
    bool has_line;
    long long line;
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_changes *changes; /* NULL when null */
    size_t changes_count;
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_client *client; /* NULL when null */
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_queries *queries; /* NULL when null */
    size_t queries_count;
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors_collections *collections; /* NULL when null */
    size_t collections_count;
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors;

typedef enum {
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_CLIENT_DEPLOYMENT,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_FUSION_CONFIGURATION_DEPLOYMENT,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_MCP_FEATURE_COLLECTION_DEPLOYMENT,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_OPEN_API_COLLECTION_DEPLOYMENT,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_SCHEMA_DEPLOYMENT,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_OTHER, /* a type this client does not know */
} gql_on_client_publish_data_on_client_version_publishing_update_deployment_kind;

/* WaitForApprovalDeployment at onClientVersionPublishingUpdate.deployment */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update_deployment {
    gql_on_client_publish_data_on_client_version_publishing_update_deployment_kind kind;
    char *typename;
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_client_publish_data_on_client_version_publishing_update_deployment;

typedef enum {
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_CLIENT_VERSION_PUBLISH_FAILED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_CLIENT_VERSION_PUBLISH_SUCCESS,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_OPERATION_IN_PROGRESS,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_APPROVED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_IS_QUEUED,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_IS_READY,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_WAIT_FOR_APPROVAL,
    GQL_ON_CLIENT_PUBLISH_DATA_ON_CLIENT_VERSION_PUBLISHING_UPDATE_OTHER, /* a type this client does not know */
} gql_on_client_publish_data_on_client_version_publishing_update_kind;

/* SubscriptionOnClientVersionPublishingUpdate at onClientVersionPublishingUpdate */
typedef struct gql_on_client_publish_data_on_client_version_publishing_update {
    gql_on_client_publish_data_on_client_version_publishing_update_kind kind;
    char *typename;
    char *state; /* NULL when null */
    struct gql_on_client_publish_data_on_client_version_publishing_update_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_client_publish_data_on_client_version_publishing_update_deployment *deployment; /* NULL when null */
    bool has_queue_position;
    long long queue_position;
} gql_on_client_publish_data_on_client_version_publishing_update;

/* Subscription at data */
typedef struct gql_on_client_publish_data {
    struct gql_on_client_publish_data_on_client_version_publishing_update *on_client_version_publishing_update; /* NULL when null */
} gql_on_client_publish_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_on_client_publish_decode(const cJSON *data, gql_on_client_publish_data *out, gql_error *err);
void gql_on_client_publish_free(gql_on_client_publish_data *data);

/* ==== subscription OnClientVersionValidationUpdated (spec/operations/on-client-validation.graphql) ==== */
const gql_operation *gql_on_client_validation_operation(void);


/* Client at onClientVersionValidationUpdate.errors.client */
typedef struct gql_on_client_validation_data_on_client_version_validation_update_errors_client {
    char *id;
    char *name;
} gql_on_client_validation_data_on_client_version_validation_update_errors_client;

/* ErrorLocation at onClientVersionValidationUpdate.errors.queries.errors.locations */
typedef struct gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors_locations {
    long long column;
    long long line;
} gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors_locations;

/* PersistedQueryValidationEntryError at onClientVersionValidationUpdate.errors.queries.errors */
typedef struct gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors {
    char *message;
    char *code; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors;

/* PersistedQueryError at onClientVersionValidationUpdate.errors.queries */
typedef struct gql_on_client_validation_data_on_client_version_validation_update_errors_queries {
    char **deployed_tags; /* NULL when null */
    size_t deployed_tags_count;
    char *message;
    char *hash;
    struct gql_on_client_validation_data_on_client_version_validation_update_errors_queries_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_client_validation_data_on_client_version_validation_update_errors_queries;

typedef enum {
    GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR,
    GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_ERRORS_PROCESSING_TIMEOUT_ERROR,
    GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_ERRORS_UNEXPECTED_PROCESSING_ERROR,
    GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_ERRORS_OTHER, /* a type this client does not know */
} gql_on_client_validation_data_on_client_version_validation_update_errors_kind;

/* ClientVersionValidationFailedErrors at onClientVersionValidationUpdate.errors */
typedef struct gql_on_client_validation_data_on_client_version_validation_update_errors {
    gql_on_client_validation_data_on_client_version_validation_update_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    struct gql_on_client_validation_data_on_client_version_validation_update_errors_client *client; /* NULL when null */
    struct gql_on_client_validation_data_on_client_version_validation_update_errors_queries *queries; /* NULL when null */
    size_t queries_count;
} gql_on_client_validation_data_on_client_version_validation_update_errors;

typedef enum {
    GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_CLIENT_VERSION_VALIDATION_FAILED,
    GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_CLIENT_VERSION_VALIDATION_SUCCESS,
    GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_OPERATION_IN_PROGRESS,
    GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_VALIDATION_IN_PROGRESS,
    GQL_ON_CLIENT_VALIDATION_DATA_ON_CLIENT_VERSION_VALIDATION_UPDATE_OTHER, /* a type this client does not know */
} gql_on_client_validation_data_on_client_version_validation_update_kind;

/* SubscriptionOnClientVersionValidationUpdate at onClientVersionValidationUpdate */
typedef struct gql_on_client_validation_data_on_client_version_validation_update {
    gql_on_client_validation_data_on_client_version_validation_update_kind kind;
    char *typename;
    char *state; /* NULL when null */
    struct gql_on_client_validation_data_on_client_version_validation_update_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_client_validation_data_on_client_version_validation_update;

/* Subscription at data */
typedef struct gql_on_client_validation_data {
    struct gql_on_client_validation_data_on_client_version_validation_update *on_client_version_validation_update; /* NULL when null */
} gql_on_client_validation_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_on_client_validation_decode(const cJSON *data, gql_on_client_validation_data *out, gql_error *err);
void gql_on_client_validation_free(gql_on_client_validation_data *data);

/* ==== subscription OnFusionConfigurationPublishingTaskChanged (spec/operations/on-fusion-publish.graphql) ==== */
const gql_operation *gql_on_fusion_publish_operation(void);


/* SchemaError at onFusionConfigurationPublishingTaskChanged.errors.errors */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_errors {
    char *message;
    char *code; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_errors;

/* Client at onFusionConfigurationPublishingTaskChanged.errors.client */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_client {
    char *id;
    char *name;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_client;

/* ErrorLocation at onFusionConfigurationPublishingTaskChanged.errors.queries.errors.locations */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_queries_errors_locations {
    long long column;
    long long line;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_queries_errors_locations;

/* PersistedQueryValidationEntryError at onFusionConfigurationPublishingTaskChanged.errors.queries.errors */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_queries_errors {
    char *message;
    char *code; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_queries_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_queries_errors;

/* PersistedQueryError at onFusionConfigurationPublishingTaskChanged.errors.queries */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_queries {
    char **deployed_tags; /* NULL when null */
    size_t deployed_tags_count;
    char *message;
    char *hash;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_queries_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_queries;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes_changes_changes_kind;

/* ArgumentChangedChanges at onFusionConfigurationPublishingTaskChanged.errors.changes.changes.changes.changes */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes_changes_changes {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes_changes_changes;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes_changes_kind;

/* OutputFieldChangedChanges at onFusionConfigurationPublishingTaskChanged.errors.changes.changes.changes */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes_changes {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *name; /* NULL when null */
    char *type_name; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes_changes;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_FIELD_ADDED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_FIELD_REMOVED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes_kind;

/* ObjectModifiedChangeChanges at onFusionConfigurationPublishingTaskChanged.errors.changes.changes */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *interface_name; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *type_name; /* NULL when null */
    char *field_name; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *location; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_DIRECTIVE_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_ENUM_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_INTERFACE_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_OBJECT_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_SCALAR_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_UNION_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_kind;

/* SchemaChangeLogEntry at onFusionConfigurationPublishingTaskChanged.errors.changes */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes_changes *changes; /* NULL when null */
    size_t changes_count;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes;

/* OpenApiCollection at onFusionConfigurationPublishingTaskChanged.errors.collections.openApiCollection */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_open_api_collection {
    char *id;
    char *name;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_open_api_collection;

/* ErrorLocation at onFusionConfigurationPublishingTaskChanged.errors.collections.entities.errors.locations */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities_errors_locations {
    long long column;
    long long line;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities_errors_locations;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities_errors_kind;

/* OpenApiCollectionValidationEntityErrors at onFusionConfigurationPublishingTaskChanged.errors.collections.entities.errors */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities_errors {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities_errors_kind kind;
    char *typename;
    char *code; /* NULL when null */
    char *message; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities_errors;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_COLLECTIONS_ENTITIES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities_kind;

/* OpenApiCollectionValidationEntity at onFusionConfigurationPublishingTaskChanged.errors.collections.entities */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities_kind kind;
    char *typename;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities_errors *errors; /* NULL when null */
    size_t errors_count;
    char *http_method; /* NULL when null */
    char *route; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities;

/* McpFeatureCollection at onFusionConfigurationPublishingTaskChanged.errors.collections.mcpFeatureCollection */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_mcp_feature_collection {
    char *id;
    char *name;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_mcp_feature_collection;

/* OpenApiCollectionValidationCollection at onFusionConfigurationPublishingTaskChanged.errors.collections */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections {
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_open_api_collection *open_api_collection; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_entities *entities; /* NULL when null */
    size_t entities_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections_mcp_feature_collection *mcp_feature_collection; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_API_DELETION_FAILED_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_API_KEY_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_API_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGE_STRUCTURE_INVALID,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CHANGE_VALIDATION_FAILED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CLIENT_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CLIENT_VERSION_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_CONCURRENT_OPERATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_DUPLICATED_TAG_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_FUSION_CONFIGURATION_REQUEST_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_INVALID_FUSION_SOURCE_SCHEMA_ARCHIVE_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_INVALID_GRAPH_QLSCHEMA_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_INVALID_MCP_FEATURE_COLLECTION_ARCHIVE_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_INVALID_OPEN_API_COLLECTION_ARCHIVE_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_INVALID_PROCESSING_STATE_TRANSITION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_MCP_FEATURE_COLLECTION_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ARCHIVE_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_MCP_FEATURE_COLLECTION_VERSION_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_MOCK_SCHEMA_NON_UNIQUE_NAME_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_MOCK_SCHEMA_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_OPEN_API_COLLECTION_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_OPEN_API_COLLECTION_VALIDATION_ARCHIVE_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_OPEN_API_COLLECTION_VERSION_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_OPERATIONS_ARE_NOT_ALLOWED_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_PERSISTED_QUERY_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_PERSISTED_QUERY_VALIDATION_ENTRY_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_PERSONAL_ACCESS_TOKEN_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_PERSONAL_WORKSPACE_NOT_SUPPORTED_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_PROCESSING_TIMEOUT_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_ROLE_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_SCHEMA_CHANGE_VIOLATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_SCHEMA_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_SCHEMA_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_SCHEMA_VERSION_SYNTAX_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_STAGE_VALIDATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_STAGES_HAVE_PUBLISHED_DEPENDENCIES_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_SUBGRAPH_INVALID_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_UNEXPECTED_ERROR_ON_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_UNEXPECTED_PROCESSING_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_VALIDATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_WORKSPACE_NOT_FOUND,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_WORKSPACE_NOT_FOUND_FOR_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_ERRORS_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_kind;

/* Error at onFusionConfigurationPublishingTaskChanged.errors */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_client *client; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_queries *queries; /* NULL when null */
    size_t queries_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_changes *changes; /* NULL when null */
    size_t changes_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors_collections *collections; /* NULL when null */
    size_t collections_count;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes_changes_changes_kind;

/* ArgumentChangedChanges at onFusionConfigurationPublishingTaskChanged.changes.changes.changes.changes */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes_changes_changes {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes_changes_changes;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes_changes_kind;

/* OutputFieldChangedChanges at onFusionConfigurationPublishingTaskChanged.changes.changes.changes */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes_changes {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *name; /* NULL when null */
    char *type_name; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes_changes;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_FIELD_ADDED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_FIELD_REMOVED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes_kind;

/* ObjectModifiedChangeChanges at onFusionConfigurationPublishingTaskChanged.changes.changes */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *interface_name; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *type_name; /* NULL when null */
    char *field_name; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *location; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_DIRECTIVE_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_ENUM_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_INTERFACE_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_OBJECT_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_SCALAR_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_UNION_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_CHANGES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_kind;

/* SchemaChangeLogEntry at onFusionConfigurationPublishingTaskChanged.changes */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes_changes *changes; /* NULL when null */
    size_t changes_count;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes_changes_changes_kind;

/* ArgumentChangedChanges at onFusionConfigurationPublishingTaskChanged.deployment.errors.changes.changes.changes.changes */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes_changes_changes {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes_changes_changes;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes_changes_kind;

/* OutputFieldChangedChanges at onFusionConfigurationPublishingTaskChanged.deployment.errors.changes.changes.changes */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes_changes {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *name; /* NULL when null */
    char *type_name; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes_changes;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_ADDED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_REMOVED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes_kind;

/* ObjectModifiedChangeChanges at onFusionConfigurationPublishingTaskChanged.deployment.errors.changes.changes */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *interface_name; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *type_name; /* NULL when null */
    char *field_name; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *location; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_DIRECTIVE_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_ENUM_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_INTERFACE_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_OBJECT_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_SCALAR_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_UNION_MODIFIED_CHANGE,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_CHANGES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_kind;

/* SchemaChangeLogEntry at onFusionConfigurationPublishingTaskChanged.deployment.errors.changes */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes_changes *changes; /* NULL when null */
    size_t changes_count;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes;

/* SchemaError at onFusionConfigurationPublishingTaskChanged.deployment.errors.errors */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_errors {
    char *message;
    char *code; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_errors;

/* Client at onFusionConfigurationPublishingTaskChanged.deployment.errors.client */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_client {
    char *id;
    char *name;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_client;

/* ErrorLocation at onFusionConfigurationPublishingTaskChanged.deployment.errors.queries.errors.locations */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_queries_errors_locations {
    long long column;
    long long line;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_queries_errors_locations;

/* PersistedQueryValidationEntryError at onFusionConfigurationPublishingTaskChanged.deployment.errors.queries.errors */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_queries_errors {
    char *message;
    char *code; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_queries_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_queries_errors;

/* PersistedQueryError at onFusionConfigurationPublishingTaskChanged.deployment.errors.queries */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_queries {
    char **deployed_tags; /* NULL when null */
    size_t deployed_tags_count;
    char *message;
    char *hash;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_queries_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_queries;

/* OpenApiCollection at onFusionConfigurationPublishingTaskChanged.deployment.errors.collections.openApiCollection */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_open_api_collection {
    char *id;
    char *name;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_open_api_collection;

/* ErrorLocation at onFusionConfigurationPublishingTaskChanged.deployment.errors.collections.entities.errors.locations */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities_errors_locations {
    long long column;
    long long line;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities_errors_locations;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities_errors_kind;

/* OpenApiCollectionValidationEntityErrors at onFusionConfigurationPublishingTaskChanged.deployment.errors.collections.entities.errors */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities_errors {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities_errors_kind kind;
    char *typename;
    char *code; /* NULL when null */
    char *message; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities_errors;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities_kind;

/* OpenApiCollectionValidationEntity at onFusionConfigurationPublishingTaskChanged.deployment.errors.collections.entities */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities_kind kind;
    char *typename;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities_errors *errors; /* NULL when null */
    size_t errors_count;
    char *http_method; /* NULL when null */
    char *route; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities;

/* McpFeatureCollection at onFusionConfigurationPublishingTaskChanged.deployment.errors.collections.mcpFeatureCollection */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_mcp_feature_collection {
    char *id;
    char *name;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_mcp_feature_collection;

/* OpenApiCollectionValidationCollection at onFusionConfigurationPublishingTaskChanged.deployment.errors.collections */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections {
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_open_api_collection *open_api_collection; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_entities *entities; /* NULL when null */
    size_t entities_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections_mcp_feature_collection *mcp_feature_collection; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_INVALID_GRAPH_QLSCHEMA_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_OPERATIONS_ARE_NOT_ALLOWED_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_SCHEMA_CHANGE_VIOLATION_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_SCHEMA_VERSION_SYNTAX_ERROR,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_ERRORS_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_kind;

/* SchemaDeploymentErrors at onFusionConfigurationPublishingTaskChanged.deployment.errors */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    bool has_column;
    long long column;
    bool has_position;
    long long position;
    bool has_line;
    long long line;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_changes *changes; /* NULL when null */
    size_t changes_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_client *client; /* NULL when null */
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_queries *queries; /* NULL when null */
    size_t queries_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors_collections *collections; /* NULL when null */
    size_t collections_count;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_CLIENT_DEPLOYMENT,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_FUSION_CONFIGURATION_DEPLOYMENT,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_MCP_FEATURE_COLLECTION_DEPLOYMENT,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_OPEN_API_COLLECTION_DEPLOYMENT,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_SCHEMA_DEPLOYMENT,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_DEPLOYMENT_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_kind;

/* WaitForApprovalDeployment at onFusionConfigurationPublishingTaskChanged.deployment */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_kind kind;
    char *typename;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment;

typedef enum {
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_FUSION_CONFIGURATION_PUBLISHING_FAILED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_FUSION_CONFIGURATION_PUBLISHING_SUCCESS,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_FUSION_CONFIGURATION_VALIDATION_FAILED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_FUSION_CONFIGURATION_VALIDATION_SUCCESS,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_MCP_FEATURE_COLLECTION_VERSION_PUBLISH_FAILED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_MCP_FEATURE_COLLECTION_VERSION_PUBLISH_SUCCESS,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_FAILED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_SUCCESS,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_OPEN_API_COLLECTION_VERSION_PUBLISH_FAILED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_OPEN_API_COLLECTION_VERSION_PUBLISH_SUCCESS,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_OPEN_API_COLLECTION_VERSION_VALIDATION_FAILED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_OPEN_API_COLLECTION_VERSION_VALIDATION_SUCCESS,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_OPERATION_IN_PROGRESS,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_PROCESSING_TASK_APPROVED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_PROCESSING_TASK_IS_QUEUED,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_PROCESSING_TASK_IS_READY,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_VALIDATION_IN_PROGRESS,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_WAIT_FOR_APPROVAL,
    GQL_ON_FUSION_PUBLISH_DATA_ON_FUSION_CONFIGURATION_PUBLISHING_TASK_CHANGED_OTHER, /* a type this client does not know */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_kind;

/* ProcessingUpdate at onFusionConfigurationPublishingTaskChanged */
typedef struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed {
    gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_kind kind;
    char *typename;
    char *state; /* NULL when null */
    bool has_queue_position;
    long long queue_position;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_changes *changes; /* NULL when null */
    size_t changes_count;
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed_deployment *deployment; /* NULL when null */
} gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed;

/* Subscription at data */
typedef struct gql_on_fusion_publish_data {
    struct gql_on_fusion_publish_data_on_fusion_configuration_publishing_task_changed *on_fusion_configuration_publishing_task_changed; /* NULL when null */
} gql_on_fusion_publish_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_on_fusion_publish_decode(const cJSON *data, gql_on_fusion_publish_data *out, gql_error *err);
void gql_on_fusion_publish_free(gql_on_fusion_publish_data *data);

/* ==== subscription PublishMcpFeatureCollectionCommandSubscription (spec/operations/on-mcp-feature-collection-publish.graphql) ==== */
const gql_operation *gql_on_mcp_feature_collection_publish_operation(void);


/* McpFeatureCollection at onMcpFeatureCollectionVersionPublishingUpdate.errors.collections.mcpFeatureCollection */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_mcp_feature_collection {
    char *id;
    char *name;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_mcp_feature_collection;

/* ErrorLocation at onMcpFeatureCollectionVersionPublishingUpdate.errors.collections.entities.errors.locations */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities_errors_locations {
    long long column;
    long long line;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities_errors_locations;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities_errors_kind;

/* McpFeatureCollectionValidationEntityErrors at onMcpFeatureCollectionVersionPublishingUpdate.errors.collections.entities.errors */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities_errors {
    gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities_errors_kind kind;
    char *typename;
    char *code; /* NULL when null */
    char *message; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities_errors;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_MCP_FEATURE_COLLECTION_VALIDATION_PROMPT,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_MCP_FEATURE_COLLECTION_VALIDATION_TOOL,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities_kind;

/* McpFeatureCollectionValidationEntity at onMcpFeatureCollectionVersionPublishingUpdate.errors.collections.entities */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities {
    gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities_kind kind;
    char *typename;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities_errors *errors; /* NULL when null */
    size_t errors_count;
    char *name; /* NULL when null */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities;

/* McpFeatureCollectionValidationCollection at onMcpFeatureCollectionVersionPublishingUpdate.errors.collections */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections {
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_mcp_feature_collection *mcp_feature_collection; /* NULL when null */
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections_entities *entities; /* NULL when null */
    size_t entities_count;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_CONCURRENT_OPERATION_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_PROCESSING_TIMEOUT_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_UNEXPECTED_PROCESSING_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_kind;

/* McpFeatureCollectionVersionPublishFailedErrors at onMcpFeatureCollectionVersionPublishingUpdate.errors */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors {
    gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors_collections *collections; /* NULL when null */
    size_t collections_count;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes_changes_changes_kind;

/* ArgumentChangedChanges at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes_changes_changes {
    gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes_changes_changes;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes_changes_kind;

/* OutputFieldChangedChanges at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.changes.changes.changes */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes_changes {
    gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *name; /* NULL when null */
    char *type_name; /* NULL when null */
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes_changes;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_ADDED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_REMOVED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes_kind;

/* ObjectModifiedChangeChanges at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.changes.changes */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes {
    gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *interface_name; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *type_name; /* NULL when null */
    char *field_name; /* NULL when null */
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *location; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_DIRECTIVE_MODIFIED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_ENUM_MODIFIED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_INTERFACE_MODIFIED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_OBJECT_MODIFIED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_SCALAR_MODIFIED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_UNION_MODIFIED_CHANGE,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_kind;

/* SchemaChangeLogEntry at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.changes */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes {
    gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes_changes *changes; /* NULL when null */
    size_t changes_count;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes;

/* SchemaError at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.errors */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_errors {
    char *message;
    char *code; /* NULL when null */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_errors;

/* Client at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.client */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_client {
    char *id;
    char *name;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_client;

/* ErrorLocation at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.queries.errors.locations */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_queries_errors_locations {
    long long column;
    long long line;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_queries_errors_locations;

/* PersistedQueryValidationEntryError at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.queries.errors */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_queries_errors {
    char *message;
    char *code; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_queries_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_queries_errors;

/* PersistedQueryError at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.queries */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_queries {
    char **deployed_tags; /* NULL when null */
    size_t deployed_tags_count;
    char *message;
    char *hash;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_queries_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_queries;

/* OpenApiCollection at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.collections.openApiCollection */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_open_api_collection {
    char *id;
    char *name;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_open_api_collection;

/* ErrorLocation at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities_errors_locations {
    long long column;
    long long line;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities_errors_locations;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities_errors_kind;

/* OpenApiCollectionValidationEntityErrors at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.collections.entities.errors */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities_errors {
    gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities_errors_kind kind;
    char *typename;
    char *code; /* NULL when null */
    char *message; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities_errors;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities_kind;

/* OpenApiCollectionValidationEntity at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.collections.entities */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities {
    gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities_kind kind;
    char *typename;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities_errors *errors; /* NULL when null */
    size_t errors_count;
    char *http_method; /* NULL when null */
    char *route; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities;

/* McpFeatureCollection at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_mcp_feature_collection {
    char *id;
    char *name;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_mcp_feature_collection;

/* OpenApiCollectionValidationCollection at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors.collections */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections {
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_open_api_collection *open_api_collection; /* NULL when null */
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_entities *entities; /* NULL when null */
    size_t entities_count;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections_mcp_feature_collection *mcp_feature_collection; /* NULL when null */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_INVALID_GRAPH_QLSCHEMA_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OPERATIONS_ARE_NOT_ALLOWED_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_SCHEMA_CHANGE_VIOLATION_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_SCHEMA_VERSION_SYNTAX_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_kind;

/* SchemaDeploymentErrors at onMcpFeatureCollectionVersionPublishingUpdate.deployment.errors */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors {
    gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    bool has_column;
    long long column;
    bool has_position;
    long long position;
    bool has_line;
    long long line;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_changes *changes; /* NULL when null */
    size_t changes_count;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_client *client; /* NULL when null */
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_queries *queries; /* NULL when null */
    size_t queries_count;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors_collections *collections; /* NULL when null */
    size_t collections_count;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_CLIENT_DEPLOYMENT,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_FUSION_CONFIGURATION_DEPLOYMENT,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_MCP_FEATURE_COLLECTION_DEPLOYMENT,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_OPEN_API_COLLECTION_DEPLOYMENT,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_SCHEMA_DEPLOYMENT,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_kind;

/* WaitForApprovalDeployment at onMcpFeatureCollectionVersionPublishingUpdate.deployment */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment {
    gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_kind kind;
    char *typename;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_MCP_FEATURE_COLLECTION_VERSION_PUBLISH_FAILED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_MCP_FEATURE_COLLECTION_VERSION_PUBLISH_SUCCESS,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_OPERATION_IN_PROGRESS,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_APPROVED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_IS_QUEUED,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_IS_READY,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_WAIT_FOR_APPROVAL,
    GQL_ON_MCP_FEATURE_COLLECTION_PUBLISH_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_PUBLISHING_UPDATE_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_kind;

/* SubscriptionOnMcpFeatureCollectionVersionPublishingUpdate at onMcpFeatureCollectionVersionPublishingUpdate */
typedef struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update {
    gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_kind kind;
    char *typename;
    char *state; /* NULL when null */
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update_deployment *deployment; /* NULL when null */
    bool has_queue_position;
    long long queue_position;
} gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update;

/* Subscription at data */
typedef struct gql_on_mcp_feature_collection_publish_data {
    struct gql_on_mcp_feature_collection_publish_data_on_mcp_feature_collection_version_publishing_update *on_mcp_feature_collection_version_publishing_update; /* NULL when null */
} gql_on_mcp_feature_collection_publish_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_on_mcp_feature_collection_publish_decode(const cJSON *data, gql_on_mcp_feature_collection_publish_data *out, gql_error *err);
void gql_on_mcp_feature_collection_publish_free(gql_on_mcp_feature_collection_publish_data *data);

/* ==== subscription ValidateMcpFeatureCollectionCommandSubscription (spec/operations/on-mcp-feature-collection-validation.graphql) ==== */
const gql_operation *gql_on_mcp_feature_collection_validation_operation(void);


/* McpFeatureCollection at onMcpFeatureCollectionVersionValidationUpdate.errors.collections.mcpFeatureCollection */
typedef struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_mcp_feature_collection {
    char *id;
    char *name;
} gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_mcp_feature_collection;

/* ErrorLocation at onMcpFeatureCollectionVersionValidationUpdate.errors.collections.entities.errors.locations */
typedef struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities_errors_locations {
    long long column;
    long long line;
} gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities_errors_locations;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities_errors_kind;

/* McpFeatureCollectionValidationEntityErrors at onMcpFeatureCollectionVersionValidationUpdate.errors.collections.entities.errors */
typedef struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities_errors {
    gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities_errors_kind kind;
    char *typename;
    char *code; /* NULL when null */
    char *message; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities_errors;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_MCP_FEATURE_COLLECTION_VALIDATION_PROMPT,
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_MCP_FEATURE_COLLECTION_VALIDATION_TOOL,
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities_kind;

/* McpFeatureCollectionValidationEntity at onMcpFeatureCollectionVersionValidationUpdate.errors.collections.entities */
typedef struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities {
    gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities_kind kind;
    char *typename;
    struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities_errors *errors; /* NULL when null */
    size_t errors_count;
    char *name; /* NULL when null */
} gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities;

/* McpFeatureCollectionValidationCollection at onMcpFeatureCollectionVersionValidationUpdate.errors.collections */
typedef struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections {
    struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_mcp_feature_collection *mcp_feature_collection; /* NULL when null */
    struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections_entities *entities; /* NULL when null */
    size_t entities_count;
} gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ARCHIVE_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_PROCESSING_TIMEOUT_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_UNEXPECTED_PROCESSING_ERROR,
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_kind;

/* McpFeatureCollectionVersionValidationFailedErrors at onMcpFeatureCollectionVersionValidationUpdate.errors */
typedef struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors {
    gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors_collections *collections; /* NULL when null */
    size_t collections_count;
} gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors;

typedef enum {
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_FAILED,
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_SUCCESS,
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_OPERATION_IN_PROGRESS,
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_VALIDATION_IN_PROGRESS,
    GQL_ON_MCP_FEATURE_COLLECTION_VALIDATION_DATA_ON_MCP_FEATURE_COLLECTION_VERSION_VALIDATION_UPDATE_OTHER, /* a type this client does not know */
} gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_kind;

/* SubscriptionOnMcpFeatureCollectionVersionValidationUpdate at onMcpFeatureCollectionVersionValidationUpdate */
typedef struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update {
    gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_kind kind;
    char *typename;
    char *state; /* NULL when null */
    struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update;

/* Subscription at data */
typedef struct gql_on_mcp_feature_collection_validation_data {
    struct gql_on_mcp_feature_collection_validation_data_on_mcp_feature_collection_version_validation_update *on_mcp_feature_collection_version_validation_update; /* NULL when null */
} gql_on_mcp_feature_collection_validation_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_on_mcp_feature_collection_validation_decode(const cJSON *data, gql_on_mcp_feature_collection_validation_data *out, gql_error *err);
void gql_on_mcp_feature_collection_validation_free(gql_on_mcp_feature_collection_validation_data *data);

/* ==== subscription PublishOpenApiCollectionCommandSubscription (spec/operations/on-openapi-collection-publish.graphql) ==== */
const gql_operation *gql_on_openapi_collection_publish_operation(void);


/* OpenApiCollection at onOpenApiCollectionVersionPublishingUpdate.errors.collections.openApiCollection */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_open_api_collection {
    char *id;
    char *name;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_open_api_collection;

/* ErrorLocation at onOpenApiCollectionVersionPublishingUpdate.errors.collections.entities.errors.locations */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities_errors_locations {
    long long column;
    long long line;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities_errors_locations;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities_errors_kind;

/* OpenApiCollectionValidationEntityErrors at onOpenApiCollectionVersionPublishingUpdate.errors.collections.entities.errors */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities_errors {
    gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities_errors_kind kind;
    char *typename;
    char *code; /* NULL when null */
    char *message; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities_errors;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities_kind;

/* OpenApiCollectionValidationEntity at onOpenApiCollectionVersionPublishingUpdate.errors.collections.entities */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities {
    gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities_kind kind;
    char *typename;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities_errors *errors; /* NULL when null */
    size_t errors_count;
    char *http_method; /* NULL when null */
    char *route; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities;

/* OpenApiCollectionValidationCollection at onOpenApiCollectionVersionPublishingUpdate.errors.collections */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections {
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_open_api_collection *open_api_collection; /* NULL when null */
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections_entities *entities; /* NULL when null */
    size_t entities_count;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_CONCURRENT_OPERATION_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_PROCESSING_TIMEOUT_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_UNEXPECTED_PROCESSING_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_ERRORS_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_kind;

/* OpenApiCollectionVersionPublishFailedErrors at onOpenApiCollectionVersionPublishingUpdate.errors */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors {
    gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors_collections *collections; /* NULL when null */
    size_t collections_count;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes_changes_changes_kind;

/* ArgumentChangedChanges at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes_changes_changes {
    gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes_changes_changes;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes_changes_kind;

/* OutputFieldChangedChanges at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.changes.changes.changes */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes_changes {
    gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *name; /* NULL when null */
    char *type_name; /* NULL when null */
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes_changes;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_ADDED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_REMOVED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes_kind;

/* ObjectModifiedChangeChanges at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.changes.changes */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes {
    gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *interface_name; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *type_name; /* NULL when null */
    char *field_name; /* NULL when null */
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *location; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_DIRECTIVE_MODIFIED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_ENUM_MODIFIED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_INTERFACE_MODIFIED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_OBJECT_MODIFIED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_SCALAR_MODIFIED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_UNION_MODIFIED_CHANGE,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_kind;

/* SchemaChangeLogEntry at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.changes */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes {
    gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes_changes *changes; /* NULL when null */
    size_t changes_count;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes;

/* SchemaError at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.errors */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_errors {
    char *message;
    char *code; /* NULL when null */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_errors;

/* Client at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.client */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_client {
    char *id;
    char *name;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_client;

/* ErrorLocation at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.queries.errors.locations */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_queries_errors_locations {
    long long column;
    long long line;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_queries_errors_locations;

/* PersistedQueryValidationEntryError at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.queries.errors */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_queries_errors {
    char *message;
    char *code; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_queries_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_queries_errors;

/* PersistedQueryError at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.queries */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_queries {
    char **deployed_tags; /* NULL when null */
    size_t deployed_tags_count;
    char *message;
    char *hash;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_queries_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_queries;

/* OpenApiCollection at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.collections.openApiCollection */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_open_api_collection {
    char *id;
    char *name;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_open_api_collection;

/* ErrorLocation at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities_errors_locations {
    long long column;
    long long line;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities_errors_locations;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities_errors_kind;

/* OpenApiCollectionValidationEntityErrors at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.collections.entities.errors */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities_errors {
    gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities_errors_kind kind;
    char *typename;
    char *code; /* NULL when null */
    char *message; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities_errors;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities_kind;

/* OpenApiCollectionValidationEntity at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.collections.entities */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities {
    gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities_kind kind;
    char *typename;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities_errors *errors; /* NULL when null */
    size_t errors_count;
    char *http_method; /* NULL when null */
    char *route; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities;

/* McpFeatureCollection at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_mcp_feature_collection {
    char *id;
    char *name;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_mcp_feature_collection;

/* OpenApiCollectionValidationCollection at onOpenApiCollectionVersionPublishingUpdate.deployment.errors.collections */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections {
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_open_api_collection *open_api_collection; /* NULL when null */
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_entities *entities; /* NULL when null */
    size_t entities_count;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections_mcp_feature_collection *mcp_feature_collection; /* NULL when null */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_INVALID_GRAPH_QLSCHEMA_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OPERATIONS_ARE_NOT_ALLOWED_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_SCHEMA_CHANGE_VIOLATION_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_SCHEMA_VERSION_SYNTAX_ERROR,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_kind;

/* SchemaDeploymentErrors at onOpenApiCollectionVersionPublishingUpdate.deployment.errors */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors {
    gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    bool has_column;
    long long column;
    bool has_position;
    long long position;
    bool has_line;
    long long line;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_changes *changes; /* NULL when null */
    size_t changes_count;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_client *client; /* NULL when null */
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_queries *queries; /* NULL when null */
    size_t queries_count;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors_collections *collections; /* NULL when null */
    size_t collections_count;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_CLIENT_DEPLOYMENT,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_FUSION_CONFIGURATION_DEPLOYMENT,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_MCP_FEATURE_COLLECTION_DEPLOYMENT,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_OPEN_API_COLLECTION_DEPLOYMENT,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_SCHEMA_DEPLOYMENT,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_kind;

/* WaitForApprovalDeployment at onOpenApiCollectionVersionPublishingUpdate.deployment */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment {
    gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_kind kind;
    char *typename;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_OPEN_API_COLLECTION_VERSION_PUBLISH_FAILED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_OPEN_API_COLLECTION_VERSION_PUBLISH_SUCCESS,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_OPERATION_IN_PROGRESS,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_APPROVED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_IS_QUEUED,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_IS_READY,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_WAIT_FOR_APPROVAL,
    GQL_ON_OPENAPI_COLLECTION_PUBLISH_DATA_ON_OPEN_API_COLLECTION_VERSION_PUBLISHING_UPDATE_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_kind;

/* SubscriptionOnOpenApiCollectionVersionPublishingUpdate at onOpenApiCollectionVersionPublishingUpdate */
typedef struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update {
    gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_kind kind;
    char *typename;
    char *state; /* NULL when null */
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update_deployment *deployment; /* NULL when null */
    bool has_queue_position;
    long long queue_position;
} gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update;

/* Subscription at data */
typedef struct gql_on_openapi_collection_publish_data {
    struct gql_on_openapi_collection_publish_data_on_open_api_collection_version_publishing_update *on_open_api_collection_version_publishing_update; /* NULL when null */
} gql_on_openapi_collection_publish_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_on_openapi_collection_publish_decode(const cJSON *data, gql_on_openapi_collection_publish_data *out, gql_error *err);
void gql_on_openapi_collection_publish_free(gql_on_openapi_collection_publish_data *data);

/* ==== subscription ValidateOpenApiCollectionCommandSubscription (spec/operations/on-openapi-collection-validation.graphql) ==== */
const gql_operation *gql_on_openapi_collection_validation_operation(void);


/* OpenApiCollection at onOpenApiCollectionVersionValidationUpdate.errors.collections.openApiCollection */
typedef struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_open_api_collection {
    char *id;
    char *name;
} gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_open_api_collection;

/* ErrorLocation at onOpenApiCollectionVersionValidationUpdate.errors.collections.entities.errors.locations */
typedef struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities_errors_locations {
    long long column;
    long long line;
} gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities_errors_locations;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities_errors_kind;

/* OpenApiCollectionValidationEntityErrors at onOpenApiCollectionVersionValidationUpdate.errors.collections.entities.errors */
typedef struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities_errors {
    gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities_errors_kind kind;
    char *typename;
    char *code; /* NULL when null */
    char *message; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities_errors;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT,
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL,
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities_kind;

/* OpenApiCollectionValidationEntity at onOpenApiCollectionVersionValidationUpdate.errors.collections.entities */
typedef struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities {
    gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities_kind kind;
    char *typename;
    struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities_errors *errors; /* NULL when null */
    size_t errors_count;
    char *http_method; /* NULL when null */
    char *route; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities;

/* OpenApiCollectionValidationCollection at onOpenApiCollectionVersionValidationUpdate.errors.collections */
typedef struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections {
    struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_open_api_collection *open_api_collection; /* NULL when null */
    struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections_entities *entities; /* NULL when null */
    size_t entities_count;
} gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_OPEN_API_COLLECTION_VALIDATION_ARCHIVE_ERROR,
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR,
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_PROCESSING_TIMEOUT_ERROR,
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_UNEXPECTED_PROCESSING_ERROR,
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_ERRORS_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_kind;

/* OpenApiCollectionVersionValidationFailedErrors at onOpenApiCollectionVersionValidationUpdate.errors */
typedef struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors {
    gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors_collections *collections; /* NULL when null */
    size_t collections_count;
} gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors;

typedef enum {
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_OPEN_API_COLLECTION_VERSION_VALIDATION_FAILED,
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_OPEN_API_COLLECTION_VERSION_VALIDATION_SUCCESS,
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_OPERATION_IN_PROGRESS,
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_VALIDATION_IN_PROGRESS,
    GQL_ON_OPENAPI_COLLECTION_VALIDATION_DATA_ON_OPEN_API_COLLECTION_VERSION_VALIDATION_UPDATE_OTHER, /* a type this client does not know */
} gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_kind;

/* SubscriptionOnOpenApiCollectionVersionValidationUpdate at onOpenApiCollectionVersionValidationUpdate */
typedef struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update {
    gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_kind kind;
    char *typename;
    char *state; /* NULL when null */
    struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update;

/* Subscription at data */
typedef struct gql_on_openapi_collection_validation_data {
    struct gql_on_openapi_collection_validation_data_on_open_api_collection_version_validation_update *on_open_api_collection_version_validation_update; /* NULL when null */
} gql_on_openapi_collection_validation_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_on_openapi_collection_validation_decode(const cJSON *data, gql_on_openapi_collection_validation_data *out, gql_error *err);
void gql_on_openapi_collection_validation_free(gql_on_openapi_collection_validation_data *data);

/* ==== subscription OnSchemaVersionPublishUpdated (spec/operations/on-schema-publish.graphql) ==== */
const gql_operation *gql_on_schema_publish_operation(void);


typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_changes_kind;

/* ArgumentChangedChanges at onSchemaVersionPublishingUpdate.errors.changes.changes.changes.changes */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_changes {
    gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_changes;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_kind;

/* OutputFieldChangedChanges at onSchemaVersionPublishingUpdate.errors.changes.changes.changes */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes {
    gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *name; /* NULL when null */
    char *type_name; /* NULL when null */
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_FIELD_ADDED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_FIELD_REMOVED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_kind;

/* ObjectModifiedChangeChanges at onSchemaVersionPublishingUpdate.errors.changes.changes */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes {
    gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *interface_name; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *type_name; /* NULL when null */
    char *field_name; /* NULL when null */
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *location; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_DIRECTIVE_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_ENUM_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_INTERFACE_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_OBJECT_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_SCALAR_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_UNION_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_kind;

/* SchemaChangeLogEntry at onSchemaVersionPublishingUpdate.errors.changes */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes {
    gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes_changes *changes; /* NULL when null */
    size_t changes_count;
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes;

/* SchemaError at onSchemaVersionPublishingUpdate.errors.errors */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_errors {
    char *message;
    char *code; /* NULL when null */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_errors;

/* Client at onSchemaVersionPublishingUpdate.errors.client */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_client {
    char *id;
    char *name;
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_client;

/* ErrorLocation at onSchemaVersionPublishingUpdate.errors.queries.errors.locations */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors_locations {
    long long column;
    long long line;
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors_locations;

/* PersistedQueryValidationEntryError at onSchemaVersionPublishingUpdate.errors.queries.errors */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors {
    char *message;
    char *code; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors;

/* PersistedQueryError at onSchemaVersionPublishingUpdate.errors.queries */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries {
    char **deployed_tags; /* NULL when null */
    size_t deployed_tags_count;
    char *message;
    char *hash;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries;

/* OpenApiCollection at onSchemaVersionPublishingUpdate.errors.collections.openApiCollection */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_open_api_collection {
    char *id;
    char *name;
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_open_api_collection;

/* ErrorLocation at onSchemaVersionPublishingUpdate.errors.collections.entities.errors.locations */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors_locations {
    long long column;
    long long line;
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors_locations;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors_kind;

/* OpenApiCollectionValidationEntityErrors at onSchemaVersionPublishingUpdate.errors.collections.entities.errors */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors {
    gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors_kind kind;
    char *typename;
    char *code; /* NULL when null */
    char *message; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_kind;

/* OpenApiCollectionValidationEntity at onSchemaVersionPublishingUpdate.errors.collections.entities */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities {
    gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_kind kind;
    char *typename;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities_errors *errors; /* NULL when null */
    size_t errors_count;
    char *http_method; /* NULL when null */
    char *route; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities;

/* McpFeatureCollection at onSchemaVersionPublishingUpdate.errors.collections.mcpFeatureCollection */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_mcp_feature_collection {
    char *id;
    char *name;
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_mcp_feature_collection;

/* OpenApiCollectionValidationCollection at onSchemaVersionPublishingUpdate.errors.collections */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections {
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_open_api_collection *open_api_collection; /* NULL when null */
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_entities *entities; /* NULL when null */
    size_t entities_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections_mcp_feature_collection *mcp_feature_collection; /* NULL when null */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_CONCURRENT_OPERATION_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_INVALID_GRAPH_QLSCHEMA_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_OPERATIONS_ARE_NOT_ALLOWED_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_PROCESSING_TIMEOUT_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_SCHEMA_VERSION_CHANGE_VIOLATION_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_SCHEMA_VERSION_SYNTAX_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_UNEXPECTED_PROCESSING_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_ERRORS_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors_kind;

/* SchemaVersionPublishFailedErrors at onSchemaVersionPublishingUpdate.errors */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors {
    gql_on_schema_publish_data_on_schema_version_publishing_update_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    bool has_column;
    long long column;
    bool has_position;
    long long position;
    bool has_line;
    long long line;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_changes *changes; /* NULL when null */
    size_t changes_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_client *client; /* NULL when null */
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_queries *queries; /* NULL when null */
    size_t queries_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors_collections *collections; /* NULL when null */
    size_t collections_count;
} gql_on_schema_publish_data_on_schema_version_publishing_update_errors;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_changes_kind;

/* ArgumentChangedChanges at onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes.changes */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_changes {
    gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_changes;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_kind;

/* OutputFieldChangedChanges at onSchemaVersionPublishingUpdate.deployment.errors.changes.changes.changes */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes {
    gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *name; /* NULL when null */
    char *type_name; /* NULL when null */
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_ADDED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_FIELD_REMOVED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_kind;

/* ObjectModifiedChangeChanges at onSchemaVersionPublishingUpdate.deployment.errors.changes.changes */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes {
    gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *interface_name; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *type_name; /* NULL when null */
    char *field_name; /* NULL when null */
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *location; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_DIRECTIVE_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_ENUM_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_INTERFACE_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_OBJECT_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_SCALAR_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_UNION_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_kind;

/* SchemaChangeLogEntry at onSchemaVersionPublishingUpdate.deployment.errors.changes */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes {
    gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes_changes *changes; /* NULL when null */
    size_t changes_count;
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes;

/* SchemaError at onSchemaVersionPublishingUpdate.deployment.errors.errors */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_errors {
    char *message;
    char *code; /* NULL when null */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_errors;

/* Client at onSchemaVersionPublishingUpdate.deployment.errors.client */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_client {
    char *id;
    char *name;
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_client;

/* ErrorLocation at onSchemaVersionPublishingUpdate.deployment.errors.queries.errors.locations */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors_locations {
    long long column;
    long long line;
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors_locations;

/* PersistedQueryValidationEntryError at onSchemaVersionPublishingUpdate.deployment.errors.queries.errors */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors {
    char *message;
    char *code; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors;

/* PersistedQueryError at onSchemaVersionPublishingUpdate.deployment.errors.queries */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries {
    char **deployed_tags; /* NULL when null */
    size_t deployed_tags_count;
    char *message;
    char *hash;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries;

/* OpenApiCollection at onSchemaVersionPublishingUpdate.deployment.errors.collections.openApiCollection */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_open_api_collection {
    char *id;
    char *name;
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_open_api_collection;

/* ErrorLocation at onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors.locations */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors_locations {
    long long column;
    long long line;
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors_locations;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors_kind;

/* OpenApiCollectionValidationEntityErrors at onSchemaVersionPublishingUpdate.deployment.errors.collections.entities.errors */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors {
    gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors_kind kind;
    char *typename;
    char *code; /* NULL when null */
    char *message; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_COLLECTIONS_ENTITIES_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_kind;

/* OpenApiCollectionValidationEntity at onSchemaVersionPublishingUpdate.deployment.errors.collections.entities */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities {
    gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_kind kind;
    char *typename;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities_errors *errors; /* NULL when null */
    size_t errors_count;
    char *http_method; /* NULL when null */
    char *route; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities;

/* McpFeatureCollection at onSchemaVersionPublishingUpdate.deployment.errors.collections.mcpFeatureCollection */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_mcp_feature_collection {
    char *id;
    char *name;
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_mcp_feature_collection;

/* OpenApiCollectionValidationCollection at onSchemaVersionPublishingUpdate.deployment.errors.collections */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections {
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_open_api_collection *open_api_collection; /* NULL when null */
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_entities *entities; /* NULL when null */
    size_t entities_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections_mcp_feature_collection *mcp_feature_collection; /* NULL when null */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_INVALID_GRAPH_QLSCHEMA_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OPERATIONS_ARE_NOT_ALLOWED_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_SCHEMA_CHANGE_VIOLATION_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_SCHEMA_VERSION_SYNTAX_ERROR,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_ERRORS_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_kind;

/* SchemaDeploymentErrors at onSchemaVersionPublishingUpdate.deployment.errors */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors {
    gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    bool has_column;
    long long column;
    bool has_position;
    long long position;
    bool has_line;
    long long line;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_changes *changes; /* NULL when null */
    size_t changes_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_client *client; /* NULL when null */
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_queries *queries; /* NULL when null */
    size_t queries_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors_collections *collections; /* NULL when null */
    size_t collections_count;
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_CLIENT_DEPLOYMENT,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_FUSION_CONFIGURATION_DEPLOYMENT,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_MCP_FEATURE_COLLECTION_DEPLOYMENT,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_OPEN_API_COLLECTION_DEPLOYMENT,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_SCHEMA_DEPLOYMENT,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_DEPLOYMENT_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_kind;

/* WaitForApprovalDeployment at onSchemaVersionPublishingUpdate.deployment */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment {
    gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_kind kind;
    char *typename;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_schema_publish_data_on_schema_version_publishing_update_deployment;

typedef enum {
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_OPERATION_IN_PROGRESS,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_APPROVED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_IS_QUEUED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_PROCESSING_TASK_IS_READY,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_SCHEMA_VERSION_PUBLISH_FAILED,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_SCHEMA_VERSION_PUBLISH_SUCCESS,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_WAIT_FOR_APPROVAL,
    GQL_ON_SCHEMA_PUBLISH_DATA_ON_SCHEMA_VERSION_PUBLISHING_UPDATE_OTHER, /* a type this client does not know */
} gql_on_schema_publish_data_on_schema_version_publishing_update_kind;

/* SubscriptionOnSchemaVersionPublishingUpdate at onSchemaVersionPublishingUpdate */
typedef struct gql_on_schema_publish_data_on_schema_version_publishing_update {
    gql_on_schema_publish_data_on_schema_version_publishing_update_kind kind;
    char *typename;
    char *state; /* NULL when null */
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_schema_publish_data_on_schema_version_publishing_update_deployment *deployment; /* NULL when null */
    bool has_queue_position;
    long long queue_position;
} gql_on_schema_publish_data_on_schema_version_publishing_update;

/* Subscription at data */
typedef struct gql_on_schema_publish_data {
    struct gql_on_schema_publish_data_on_schema_version_publishing_update *on_schema_version_publishing_update; /* NULL when null */
} gql_on_schema_publish_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_on_schema_publish_decode(const cJSON *data, gql_on_schema_publish_data *out, gql_error *err);
void gql_on_schema_publish_free(gql_on_schema_publish_data *data);

/* ==== subscription OnSchemaVersionValidationUpdated (spec/operations/on-schema-validation.graphql) ==== */
const gql_operation *gql_on_schema_validation_operation(void);


/* SchemaError at onSchemaVersionValidationUpdate.errors.errors */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_errors {
    char *message;
    char *code; /* NULL when null */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_errors;

/* Client at onSchemaVersionValidationUpdate.errors.client */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_client {
    char *id;
    char *name;
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_client;

/* ErrorLocation at onSchemaVersionValidationUpdate.errors.queries.errors.locations */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors_locations {
    long long column;
    long long line;
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors_locations;

/* PersistedQueryValidationEntryError at onSchemaVersionValidationUpdate.errors.queries.errors */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors {
    char *message;
    char *code; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors;

/* PersistedQueryError at onSchemaVersionValidationUpdate.errors.queries */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries {
    char **deployed_tags; /* NULL when null */
    size_t deployed_tags_count;
    char *message;
    char *hash;
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries;

typedef enum {
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_changes_kind;

/* ArgumentChangedChanges at onSchemaVersionValidationUpdate.errors.changes.changes.changes.changes */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_changes {
    gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_changes;

typedef enum {
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_kind;

/* OutputFieldChangedChanges at onSchemaVersionValidationUpdate.errors.changes.changes.changes */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes {
    gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *name; /* NULL when null */
    char *type_name; /* NULL when null */
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes;

typedef enum {
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_FIELD_ADDED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_FIELD_REMOVED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_kind;

/* ObjectModifiedChangeChanges at onSchemaVersionValidationUpdate.errors.changes.changes */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes {
    gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *interface_name; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *type_name; /* NULL when null */
    char *field_name; /* NULL when null */
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *location; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes;

typedef enum {
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_DIRECTIVE_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_ENUM_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_INTERFACE_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_OBJECT_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_SCALAR_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_UNION_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_kind;

/* SchemaChangeLogEntry at onSchemaVersionValidationUpdate.errors.changes */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes {
    gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes_changes *changes; /* NULL when null */
    size_t changes_count;
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes;

/* OpenApiCollection at onSchemaVersionValidationUpdate.errors.collections.openApiCollection */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_open_api_collection {
    char *id;
    char *name;
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_open_api_collection;

/* ErrorLocation at onSchemaVersionValidationUpdate.errors.collections.entities.errors.locations */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors_locations {
    long long column;
    long long line;
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors_locations;

typedef enum {
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_DOCUMENT_ERROR,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OPEN_API_COLLECTION_VALIDATION_ENTITY_VALIDATION_ERROR,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_ERRORS_OTHER, /* a type this client does not know */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors_kind;

/* OpenApiCollectionValidationEntityErrors at onSchemaVersionValidationUpdate.errors.collections.entities.errors */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors {
    gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors_kind kind;
    char *typename;
    char *code; /* NULL when null */
    char *message; /* NULL when null */
    char **path; /* NULL when null */
    size_t path_count;
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors_locations *locations; /* NULL when null */
    size_t locations_count;
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors;

typedef enum {
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_ENDPOINT,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OPEN_API_COLLECTION_VALIDATION_MODEL,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_COLLECTIONS_ENTITIES_OTHER, /* a type this client does not know */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_kind;

/* OpenApiCollectionValidationEntity at onSchemaVersionValidationUpdate.errors.collections.entities */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities {
    gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_kind kind;
    char *typename;
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities_errors *errors; /* NULL when null */
    size_t errors_count;
    char *http_method; /* NULL when null */
    char *route; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities;

/* McpFeatureCollection at onSchemaVersionValidationUpdate.errors.collections.mcpFeatureCollection */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_mcp_feature_collection {
    char *id;
    char *name;
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_mcp_feature_collection;

/* OpenApiCollectionValidationCollection at onSchemaVersionValidationUpdate.errors.collections */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections {
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_open_api_collection *open_api_collection; /* NULL when null */
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_entities *entities; /* NULL when null */
    size_t entities_count;
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections_mcp_feature_collection *mcp_feature_collection; /* NULL when null */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections;

typedef enum {
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_INVALID_GRAPH_QLSCHEMA_ERROR,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_MCP_FEATURE_COLLECTION_VALIDATION_ERROR,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_OPEN_API_COLLECTION_VALIDATION_ERROR,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_OPERATIONS_ARE_NOT_ALLOWED_ERROR,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_PERSISTED_QUERY_VALIDATION_ERROR,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_PROCESSING_TIMEOUT_ERROR,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_SCHEMA_VERSION_CHANGE_VIOLATION_ERROR,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_SCHEMA_VERSION_SYNTAX_ERROR,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_UNEXPECTED_PROCESSING_ERROR,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_ERRORS_OTHER, /* a type this client does not know */
} gql_on_schema_validation_data_on_schema_version_validation_update_errors_kind;

/* SchemaVersionValidationFailedErrors at onSchemaVersionValidationUpdate.errors */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_errors {
    gql_on_schema_validation_data_on_schema_version_validation_update_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    bool has_column;
    long long column;
    bool has_position;
    long long position;
    bool has_line;
    long long line;
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_client *client; /* NULL when null */
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_queries *queries; /* NULL when null */
    size_t queries_count;
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_changes *changes; /* NULL when null */
    size_t changes_count;
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors_collections *collections; /* NULL when null */
    size_t collections_count;
} gql_on_schema_validation_data_on_schema_version_validation_update_errors;

typedef enum {
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_changes_kind;

/* ArgumentChangedChanges at onSchemaVersionValidationUpdate.changes.changes.changes.changes */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_changes {
    gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
} gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_changes;

typedef enum {
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_ARGUMENT_ADDED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_ARGUMENT_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_ARGUMENT_REMOVED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_DEPRECATED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_TYPE_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_kind;

/* OutputFieldChangedChanges at onSchemaVersionValidationUpdate.changes.changes.changes */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes {
    gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *name; /* NULL when null */
    char *type_name; /* NULL when null */
    struct gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *old_type; /* NULL when null */
    char *new_type; /* NULL when null */
    char *deprecation_reason; /* NULL when null */
} gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes;

typedef enum {
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_DESCRIPTION_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_FIELD_ADDED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_FIELD_REMOVED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_ADDED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_INTERFACE_IMPLEMENTATION_REMOVED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_OUTPUT_FIELD_CHANGED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_kind;

/* ObjectModifiedChangeChanges at onSchemaVersionValidationUpdate.changes.changes */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes {
    gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *interface_name; /* NULL when null */
    char *old; /* NULL when null */
    char *new; /* NULL when null */
    char *coordinate; /* NULL when null */
    char *type_name; /* NULL when null */
    char *field_name; /* NULL when null */
    struct gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes_changes *changes; /* NULL when null */
    size_t changes_count;
    char *location; /* NULL when null */
    char *name; /* NULL when null */
} gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes;

typedef enum {
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_DIRECTIVE_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_ENUM_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_INPUT_OBJECT_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_INTERFACE_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_OBJECT_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_SCALAR_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_TYPE_SYSTEM_MEMBER_ADDED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_TYPE_SYSTEM_MEMBER_REMOVED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_UNION_MODIFIED_CHANGE,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_CHANGES_OTHER, /* a type this client does not know */
} gql_on_schema_validation_data_on_schema_version_validation_update_changes_kind;

/* SchemaChangeLogEntry at onSchemaVersionValidationUpdate.changes */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update_changes {
    gql_on_schema_validation_data_on_schema_version_validation_update_changes_kind kind;
    char *typename;
    char *severity; /* NULL when null */
    char *coordinate; /* NULL when null */
    struct gql_on_schema_validation_data_on_schema_version_validation_update_changes_changes *changes; /* NULL when null */
    size_t changes_count;
} gql_on_schema_validation_data_on_schema_version_validation_update_changes;

typedef enum {
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_OPERATION_IN_PROGRESS,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_SCHEMA_VERSION_VALIDATION_FAILED,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_SCHEMA_VERSION_VALIDATION_SUCCESS,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_VALIDATION_IN_PROGRESS,
    GQL_ON_SCHEMA_VALIDATION_DATA_ON_SCHEMA_VERSION_VALIDATION_UPDATE_OTHER, /* a type this client does not know */
} gql_on_schema_validation_data_on_schema_version_validation_update_kind;

/* SubscriptionOnSchemaVersionValidationUpdate at onSchemaVersionValidationUpdate */
typedef struct gql_on_schema_validation_data_on_schema_version_validation_update {
    gql_on_schema_validation_data_on_schema_version_validation_update_kind kind;
    char *typename;
    char *state; /* NULL when null */
    struct gql_on_schema_validation_data_on_schema_version_validation_update_errors *errors; /* NULL when null */
    size_t errors_count;
    struct gql_on_schema_validation_data_on_schema_version_validation_update_changes *changes; /* NULL when null */
    size_t changes_count;
} gql_on_schema_validation_data_on_schema_version_validation_update;

/* Subscription at data */
typedef struct gql_on_schema_validation_data {
    struct gql_on_schema_validation_data_on_schema_version_validation_update *on_schema_version_validation_update; /* NULL when null */
} gql_on_schema_validation_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_on_schema_validation_decode(const cJSON *data, gql_on_schema_validation_data *out, gql_error *err);
void gql_on_schema_validation_free(gql_on_schema_validation_data *data);

/* ==== query PageClientVersionDetailQuery (spec/operations/page-client-versions.graphql) ==== */
const gql_operation *gql_page_client_versions_operation(void);


/* PageInfo at node.versions.pageInfo */
typedef struct gql_page_client_versions_data_node_versions_page_info {
    bool has_next_page;
    char *end_cursor; /* NULL when null */
} gql_page_client_versions_data_node_versions_page_info;

/* Stage at node.versions.edges.node.publishedTo.stage */
typedef struct gql_page_client_versions_data_node_versions_edges_node_published_to_stage {
    char *name;
} gql_page_client_versions_data_node_versions_edges_node_published_to_stage;

/* PublishedClientVersion at node.versions.edges.node.publishedTo */
typedef struct gql_page_client_versions_data_node_versions_edges_node_published_to {
    struct gql_page_client_versions_data_node_versions_edges_node_published_to_stage *stage; /* NULL when null */
} gql_page_client_versions_data_node_versions_edges_node_published_to;

/* ClientVersion at node.versions.edges.node */
typedef struct gql_page_client_versions_data_node_versions_edges_node {
    char *id;
    char *created_at;
    char *tag;
    struct gql_page_client_versions_data_node_versions_edges_node_published_to *published_to; /* NULL when null */
    size_t published_to_count;
} gql_page_client_versions_data_node_versions_edges_node;

/* ClientVersionEdge at node.versions.edges */
typedef struct gql_page_client_versions_data_node_versions_edges {
    char *cursor;
    struct gql_page_client_versions_data_node_versions_edges_node *node; /* NULL when null */
} gql_page_client_versions_data_node_versions_edges;

/* ClientVersionsConnection at node.versions */
typedef struct gql_page_client_versions_data_node_versions {
    struct gql_page_client_versions_data_node_versions_page_info *page_info; /* NULL when null */
    struct gql_page_client_versions_data_node_versions_edges *edges; /* NULL when null */
    size_t edges_count;
} gql_page_client_versions_data_node_versions;

typedef enum {
    GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_API,
    GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_API_KEY,
    GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_CLIENT,
    GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_ENVIRONMENT,
    GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_MCP_FEATURE_COLLECTION,
    GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_MOCK_SCHEMA,
    GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_OPEN_API_COLLECTION,
    GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_PERSONAL_ACCESS_TOKEN,
    GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_USER,
    GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_WORKSPACE,
    GQL_PAGE_CLIENT_VERSIONS_DATA_NODE_OTHER, /* a type this client does not know */
} gql_page_client_versions_data_node_kind;

/* Node at node */
typedef struct gql_page_client_versions_data_node {
    gql_page_client_versions_data_node_kind kind;
    char *typename;
    struct gql_page_client_versions_data_node_versions *versions; /* NULL when null */
} gql_page_client_versions_data_node;

/* Query at data */
typedef struct gql_page_client_versions_data {
    struct gql_page_client_versions_data_node *node; /* NULL when null */
} gql_page_client_versions_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_page_client_versions_decode(const cJSON *data, gql_page_client_versions_data *out, gql_error *err);
void gql_page_client_versions_free(gql_page_client_versions_data *data);

/* ==== mutation PublishClientVersion (spec/operations/publish-client.graphql) ==== */
const gql_operation *gql_publish_client_operation(void);


typedef enum {
    GQL_PUBLISH_CLIENT_DATA_PUBLISH_CLIENT_ERRORS_CLIENT_NOT_FOUND_ERROR,
    GQL_PUBLISH_CLIENT_DATA_PUBLISH_CLIENT_ERRORS_CLIENT_VERSION_NOT_FOUND_ERROR,
    GQL_PUBLISH_CLIENT_DATA_PUBLISH_CLIENT_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_PUBLISH_CLIENT_DATA_PUBLISH_CLIENT_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_PUBLISH_CLIENT_DATA_PUBLISH_CLIENT_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_PUBLISH_CLIENT_DATA_PUBLISH_CLIENT_ERRORS_OTHER, /* a type this client does not know */
} gql_publish_client_data_publish_client_errors_kind;

/* PublishClientPayloadErrors at publishClient.errors */
typedef struct gql_publish_client_data_publish_client_errors {
    gql_publish_client_data_publish_client_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *name; /* NULL when null */
    char *client_id; /* NULL when null */
    char *tag; /* NULL when null */
} gql_publish_client_data_publish_client_errors;

/* PublishClientPayload at publishClient */
typedef struct gql_publish_client_data_publish_client {
    char *id; /* NULL when null */
    struct gql_publish_client_data_publish_client_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_publish_client_data_publish_client;

/* Mutation at data */
typedef struct gql_publish_client_data {
    struct gql_publish_client_data_publish_client *publish_client; /* NULL when null */
} gql_publish_client_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_publish_client_decode(const cJSON *data, gql_publish_client_data *out, gql_error *err);
void gql_publish_client_free(gql_publish_client_data *data);

/* ==== mutation PublishMcpFeatureCollectionCommandMutation (spec/operations/publish-mcp-feature-collection.graphql) ==== */
const gql_operation *gql_publish_mcp_feature_collection_operation(void);


typedef enum {
    GQL_PUBLISH_MCP_FEATURE_COLLECTION_DATA_PUBLISH_MCP_FEATURE_COLLECTION_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_PUBLISH_MCP_FEATURE_COLLECTION_DATA_PUBLISH_MCP_FEATURE_COLLECTION_ERRORS_MCP_FEATURE_COLLECTION_NOT_FOUND_ERROR,
    GQL_PUBLISH_MCP_FEATURE_COLLECTION_DATA_PUBLISH_MCP_FEATURE_COLLECTION_ERRORS_MCP_FEATURE_COLLECTION_VERSION_NOT_FOUND_ERROR,
    GQL_PUBLISH_MCP_FEATURE_COLLECTION_DATA_PUBLISH_MCP_FEATURE_COLLECTION_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_PUBLISH_MCP_FEATURE_COLLECTION_DATA_PUBLISH_MCP_FEATURE_COLLECTION_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_PUBLISH_MCP_FEATURE_COLLECTION_DATA_PUBLISH_MCP_FEATURE_COLLECTION_ERRORS_OTHER, /* a type this client does not know */
} gql_publish_mcp_feature_collection_data_publish_mcp_feature_collection_errors_kind;

/* PublishMcpFeatureCollectionPayloadErrors at publishMcpFeatureCollection.errors */
typedef struct gql_publish_mcp_feature_collection_data_publish_mcp_feature_collection_errors {
    gql_publish_mcp_feature_collection_data_publish_mcp_feature_collection_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *name; /* NULL when null */
    char *mcp_feature_collection_id; /* NULL when null */
    char *tag; /* NULL when null */
} gql_publish_mcp_feature_collection_data_publish_mcp_feature_collection_errors;

/* PublishMcpFeatureCollectionPayload at publishMcpFeatureCollection */
typedef struct gql_publish_mcp_feature_collection_data_publish_mcp_feature_collection {
    char *id; /* NULL when null */
    struct gql_publish_mcp_feature_collection_data_publish_mcp_feature_collection_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_publish_mcp_feature_collection_data_publish_mcp_feature_collection;

/* Mutation at data */
typedef struct gql_publish_mcp_feature_collection_data {
    struct gql_publish_mcp_feature_collection_data_publish_mcp_feature_collection *publish_mcp_feature_collection; /* NULL when null */
} gql_publish_mcp_feature_collection_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_publish_mcp_feature_collection_decode(const cJSON *data, gql_publish_mcp_feature_collection_data *out, gql_error *err);
void gql_publish_mcp_feature_collection_free(gql_publish_mcp_feature_collection_data *data);

/* ==== mutation PublishOpenApiCollectionCommandMutation (spec/operations/publish-openapi-collection.graphql) ==== */
const gql_operation *gql_publish_openapi_collection_operation(void);


typedef enum {
    GQL_PUBLISH_OPENAPI_COLLECTION_DATA_PUBLISH_OPEN_API_COLLECTION_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_PUBLISH_OPENAPI_COLLECTION_DATA_PUBLISH_OPEN_API_COLLECTION_ERRORS_OPEN_API_COLLECTION_NOT_FOUND_ERROR,
    GQL_PUBLISH_OPENAPI_COLLECTION_DATA_PUBLISH_OPEN_API_COLLECTION_ERRORS_OPEN_API_COLLECTION_VERSION_NOT_FOUND_ERROR,
    GQL_PUBLISH_OPENAPI_COLLECTION_DATA_PUBLISH_OPEN_API_COLLECTION_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_PUBLISH_OPENAPI_COLLECTION_DATA_PUBLISH_OPEN_API_COLLECTION_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_PUBLISH_OPENAPI_COLLECTION_DATA_PUBLISH_OPEN_API_COLLECTION_ERRORS_OTHER, /* a type this client does not know */
} gql_publish_openapi_collection_data_publish_open_api_collection_errors_kind;

/* PublishOpenApiCollectionPayloadErrors at publishOpenApiCollection.errors */
typedef struct gql_publish_openapi_collection_data_publish_open_api_collection_errors {
    gql_publish_openapi_collection_data_publish_open_api_collection_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *name; /* NULL when null */
    char *open_api_collection_id; /* NULL when null */
    char *tag; /* NULL when null */
} gql_publish_openapi_collection_data_publish_open_api_collection_errors;

/* PublishOpenApiCollectionPayload at publishOpenApiCollection */
typedef struct gql_publish_openapi_collection_data_publish_open_api_collection {
    char *id; /* NULL when null */
    struct gql_publish_openapi_collection_data_publish_open_api_collection_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_publish_openapi_collection_data_publish_open_api_collection;

/* Mutation at data */
typedef struct gql_publish_openapi_collection_data {
    struct gql_publish_openapi_collection_data_publish_open_api_collection *publish_open_api_collection; /* NULL when null */
} gql_publish_openapi_collection_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_publish_openapi_collection_decode(const cJSON *data, gql_publish_openapi_collection_data *out, gql_error *err);
void gql_publish_openapi_collection_free(gql_publish_openapi_collection_data *data);

/* ==== mutation PublishSchemaVersion (spec/operations/publish-schema.graphql) ==== */
const gql_operation *gql_publish_schema_operation(void);


typedef enum {
    GQL_PUBLISH_SCHEMA_DATA_PUBLISH_SCHEMA_ERRORS_API_NOT_FOUND_ERROR,
    GQL_PUBLISH_SCHEMA_DATA_PUBLISH_SCHEMA_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_PUBLISH_SCHEMA_DATA_PUBLISH_SCHEMA_ERRORS_SCHEMA_NOT_FOUND_ERROR,
    GQL_PUBLISH_SCHEMA_DATA_PUBLISH_SCHEMA_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_PUBLISH_SCHEMA_DATA_PUBLISH_SCHEMA_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_PUBLISH_SCHEMA_DATA_PUBLISH_SCHEMA_ERRORS_OTHER, /* a type this client does not know */
} gql_publish_schema_data_publish_schema_errors_kind;

/* PublishSchemaPayloadErrors at publishSchema.errors */
typedef struct gql_publish_schema_data_publish_schema_errors {
    gql_publish_schema_data_publish_schema_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *api_id; /* NULL when null */
    char *name; /* NULL when null */
    char *tag; /* NULL when null */
} gql_publish_schema_data_publish_schema_errors;

/* PublishSchemaPayload at publishSchema */
typedef struct gql_publish_schema_data_publish_schema {
    char *id; /* NULL when null */
    struct gql_publish_schema_data_publish_schema_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_publish_schema_data_publish_schema;

/* Mutation at data */
typedef struct gql_publish_schema_data {
    struct gql_publish_schema_data_publish_schema *publish_schema; /* NULL when null */
} gql_publish_schema_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_publish_schema_decode(const cJSON *data, gql_publish_schema_data *out, gql_error *err);
void gql_publish_schema_free(gql_publish_schema_data *data);

/* ==== mutation RevokePersonalAccessTokenCommandMutation (spec/operations/revoke-pat.graphql) ==== */
const gql_operation *gql_revoke_pat_operation(void);


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

/* ==== query CoordinateClientsQuery (spec/operations/schema-clients.graphql) ==== */
const gql_operation *gql_schema_clients_operation(void);


/* Client at apiById.stages.coordinate.metrics.clientUsages.client */
typedef struct gql_schema_clients_data_api_by_id_stages_coordinate_metrics_client_usages_client {
    char *id;
    char *name;
} gql_schema_clients_data_api_by_id_stages_coordinate_metrics_client_usages_client;

/* CoordinateClientUsage at apiById.stages.coordinate.metrics.clientUsages */
typedef struct gql_schema_clients_data_api_by_id_stages_coordinate_metrics_client_usages {
    char *name;
    long long total_versions;
    long long total_operations;
    long long total_requests;
    struct gql_schema_clients_data_api_by_id_stages_coordinate_metrics_client_usages_client *client; /* NULL when null */
} gql_schema_clients_data_api_by_id_stages_coordinate_metrics_client_usages;

/* CoordinateMetrics at apiById.stages.coordinate.metrics */
typedef struct gql_schema_clients_data_api_by_id_stages_coordinate_metrics {
    struct gql_schema_clients_data_api_by_id_stages_coordinate_metrics_client_usages *client_usages; /* NULL when null */
    size_t client_usages_count;
} gql_schema_clients_data_api_by_id_stages_coordinate_metrics;

typedef enum {
    GQL_SCHEMA_CLIENTS_DATA_API_BY_ID_STAGES_COORDINATE_TYPE_SYSTEM_MEMBER,
    GQL_SCHEMA_CLIENTS_DATA_API_BY_ID_STAGES_COORDINATE_OTHER, /* a type this client does not know */
} gql_schema_clients_data_api_by_id_stages_coordinate_kind;

/* GraphQLTypeSystemMember at apiById.stages.coordinate */
typedef struct gql_schema_clients_data_api_by_id_stages_coordinate {
    gql_schema_clients_data_api_by_id_stages_coordinate_kind kind;
    char *typename;
    char *coordinate; /* NULL when null */
    bool has_is_deprecated;
    bool is_deprecated;
    struct gql_schema_clients_data_api_by_id_stages_coordinate_metrics *metrics; /* NULL when null */
} gql_schema_clients_data_api_by_id_stages_coordinate;

/* Stage at apiById.stages */
typedef struct gql_schema_clients_data_api_by_id_stages {
    char *name;
    struct gql_schema_clients_data_api_by_id_stages_coordinate *coordinate; /* NULL when null */
} gql_schema_clients_data_api_by_id_stages;

/* Api at apiById */
typedef struct gql_schema_clients_data_api_by_id {
    char *id;
    char *name;
    struct gql_schema_clients_data_api_by_id_stages *stages; /* NULL when null */
    size_t stages_count;
} gql_schema_clients_data_api_by_id;

/* Query at data */
typedef struct gql_schema_clients_data {
    struct gql_schema_clients_data_api_by_id *api_by_id; /* NULL when null */
} gql_schema_clients_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_schema_clients_decode(const cJSON *data, gql_schema_clients_data *out, gql_error *err);
void gql_schema_clients_free(gql_schema_clients_data *data);

/* ==== query CoordinateImpactQuery (spec/operations/schema-impact.graphql) ==== */
const gql_operation *gql_schema_impact_operation(void);


/* CoordinateUsage at apiById.stages.coordinate.usage */
typedef struct gql_schema_impact_data_api_by_id_stages_coordinate_usage {
    long long total_requests;
    long long client_count;
    long long operation_count;
    char *first_seen; /* NULL when null */
    char *last_seen; /* NULL when null */
    double error_rate;
    double mean_duration;
} gql_schema_impact_data_api_by_id_stages_coordinate_usage;

/* Client at apiById.stages.coordinate.metrics.clientUsages.client */
typedef struct gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages_client {
    char *id;
    char *name;
} gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages_client;

/* CoordinateClientUsageOperationInsight at apiById.stages.coordinate.metrics.clientUsages.metrics.operations.nodes */
typedef struct gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages_metrics_operations_nodes {
    char *operation_name; /* NULL when null */
    char *hash;
    char *kind;
    double opm;
    long long total_count;
    long long total_count_with_errors;
    double error_rate;
    double average_latency;
    double impact;
    long long total_versions;
} gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages_metrics_operations_nodes;

/* CoordinateClientUsageOperationsConnection at apiById.stages.coordinate.metrics.clientUsages.metrics.operations */
typedef struct gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages_metrics_operations {
    struct gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages_metrics_operations_nodes *nodes; /* NULL when null */
    size_t nodes_count;
} gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages_metrics_operations;

/* CoordinateClientUsageMetrics at apiById.stages.coordinate.metrics.clientUsages.metrics */
typedef struct gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages_metrics {
    struct gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages_metrics_operations *operations; /* NULL when null */
} gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages_metrics;

/* CoordinateClientUsage at apiById.stages.coordinate.metrics.clientUsages */
typedef struct gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages {
    char *name;
    long long total_versions;
    long long total_operations;
    long long total_requests;
    struct gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages_client *client; /* NULL when null */
    struct gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages_metrics *metrics; /* NULL when null */
} gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages;

/* CoordinateMetrics at apiById.stages.coordinate.metrics */
typedef struct gql_schema_impact_data_api_by_id_stages_coordinate_metrics {
    struct gql_schema_impact_data_api_by_id_stages_coordinate_metrics_client_usages *client_usages; /* NULL when null */
    size_t client_usages_count;
} gql_schema_impact_data_api_by_id_stages_coordinate_metrics;

typedef enum {
    GQL_SCHEMA_IMPACT_DATA_API_BY_ID_STAGES_COORDINATE_TYPE_SYSTEM_MEMBER,
    GQL_SCHEMA_IMPACT_DATA_API_BY_ID_STAGES_COORDINATE_OTHER, /* a type this client does not know */
} gql_schema_impact_data_api_by_id_stages_coordinate_kind;

/* GraphQLTypeSystemMember at apiById.stages.coordinate */
typedef struct gql_schema_impact_data_api_by_id_stages_coordinate {
    gql_schema_impact_data_api_by_id_stages_coordinate_kind kind;
    char *typename;
    char *coordinate; /* NULL when null */
    bool has_is_deprecated;
    bool is_deprecated;
    struct gql_schema_impact_data_api_by_id_stages_coordinate_usage *usage; /* NULL when null */
    struct gql_schema_impact_data_api_by_id_stages_coordinate_metrics *metrics; /* NULL when null */
} gql_schema_impact_data_api_by_id_stages_coordinate;

/* Stage at apiById.stages */
typedef struct gql_schema_impact_data_api_by_id_stages {
    char *name;
    struct gql_schema_impact_data_api_by_id_stages_coordinate *coordinate; /* NULL when null */
} gql_schema_impact_data_api_by_id_stages;

/* Api at apiById */
typedef struct gql_schema_impact_data_api_by_id {
    char *id;
    char *name;
    struct gql_schema_impact_data_api_by_id_stages *stages; /* NULL when null */
    size_t stages_count;
} gql_schema_impact_data_api_by_id;

/* Query at data */
typedef struct gql_schema_impact_data {
    struct gql_schema_impact_data_api_by_id *api_by_id; /* NULL when null */
} gql_schema_impact_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_schema_impact_decode(const cJSON *data, gql_schema_impact_data *out, gql_error *err);
void gql_schema_impact_free(gql_schema_impact_data *data);

/* ==== query CoordinateOperationsQuery (spec/operations/schema-operations.graphql) ==== */
const gql_operation *gql_schema_operations_operation(void);


/* Client at apiById.stages.coordinate.metrics.clientUsages.client */
typedef struct gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages_client {
    char *id;
    char *name;
} gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages_client;

/* CoordinateClientUsageOperationInsight at apiById.stages.coordinate.metrics.clientUsages.metrics.operations.nodes */
typedef struct gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages_metrics_operations_nodes {
    char *operation_name; /* NULL when null */
    char *hash;
    char *kind;
    double opm;
    long long total_count;
    long long total_count_with_errors;
    double error_rate;
    double average_latency;
    double impact;
    long long total_versions;
} gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages_metrics_operations_nodes;

/* CoordinateClientUsageOperationsConnection at apiById.stages.coordinate.metrics.clientUsages.metrics.operations */
typedef struct gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages_metrics_operations {
    struct gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages_metrics_operations_nodes *nodes; /* NULL when null */
    size_t nodes_count;
} gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages_metrics_operations;

/* CoordinateClientUsageMetrics at apiById.stages.coordinate.metrics.clientUsages.metrics */
typedef struct gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages_metrics {
    struct gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages_metrics_operations *operations; /* NULL when null */
} gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages_metrics;

/* CoordinateClientUsage at apiById.stages.coordinate.metrics.clientUsages */
typedef struct gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages {
    char *name;
    struct gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages_client *client; /* NULL when null */
    struct gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages_metrics *metrics; /* NULL when null */
} gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages;

/* CoordinateMetrics at apiById.stages.coordinate.metrics */
typedef struct gql_schema_operations_data_api_by_id_stages_coordinate_metrics {
    struct gql_schema_operations_data_api_by_id_stages_coordinate_metrics_client_usages *client_usages; /* NULL when null */
    size_t client_usages_count;
} gql_schema_operations_data_api_by_id_stages_coordinate_metrics;

typedef enum {
    GQL_SCHEMA_OPERATIONS_DATA_API_BY_ID_STAGES_COORDINATE_TYPE_SYSTEM_MEMBER,
    GQL_SCHEMA_OPERATIONS_DATA_API_BY_ID_STAGES_COORDINATE_OTHER, /* a type this client does not know */
} gql_schema_operations_data_api_by_id_stages_coordinate_kind;

/* GraphQLTypeSystemMember at apiById.stages.coordinate */
typedef struct gql_schema_operations_data_api_by_id_stages_coordinate {
    gql_schema_operations_data_api_by_id_stages_coordinate_kind kind;
    char *typename;
    char *coordinate; /* NULL when null */
    bool has_is_deprecated;
    bool is_deprecated;
    struct gql_schema_operations_data_api_by_id_stages_coordinate_metrics *metrics; /* NULL when null */
} gql_schema_operations_data_api_by_id_stages_coordinate;

/* Stage at apiById.stages */
typedef struct gql_schema_operations_data_api_by_id_stages {
    char *name;
    struct gql_schema_operations_data_api_by_id_stages_coordinate *coordinate; /* NULL when null */
} gql_schema_operations_data_api_by_id_stages;

/* Api at apiById */
typedef struct gql_schema_operations_data_api_by_id {
    char *id;
    char *name;
    struct gql_schema_operations_data_api_by_id_stages *stages; /* NULL when null */
    size_t stages_count;
} gql_schema_operations_data_api_by_id;

/* Query at data */
typedef struct gql_schema_operations_data {
    struct gql_schema_operations_data_api_by_id *api_by_id; /* NULL when null */
} gql_schema_operations_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_schema_operations_decode(const cJSON *data, gql_schema_operations_data *out, gql_error *err);
void gql_schema_operations_free(gql_schema_operations_data *data);

/* ==== query UnusedCoordinatesQuery (spec/operations/schema-unused.graphql) ==== */
const gql_operation *gql_schema_unused_operation(void);


/* CoordinateUsage at apiById.stages.coordinates.nodes.usage */
typedef struct gql_schema_unused_data_api_by_id_stages_coordinates_nodes_usage {
    long long total_requests;
    long long client_count;
    long long operation_count;
    char *last_seen; /* NULL when null */
} gql_schema_unused_data_api_by_id_stages_coordinates_nodes_usage;

typedef enum {
    GQL_SCHEMA_UNUSED_DATA_API_BY_ID_STAGES_COORDINATES_NODES_TYPE_SYSTEM_MEMBER,
    GQL_SCHEMA_UNUSED_DATA_API_BY_ID_STAGES_COORDINATES_NODES_OTHER, /* a type this client does not know */
} gql_schema_unused_data_api_by_id_stages_coordinates_nodes_kind;

/* GraphQLTypeSystemMember at apiById.stages.coordinates.nodes */
typedef struct gql_schema_unused_data_api_by_id_stages_coordinates_nodes {
    gql_schema_unused_data_api_by_id_stages_coordinates_nodes_kind kind;
    char *typename;
    char *coordinate; /* NULL when null */
    bool has_is_deprecated;
    bool is_deprecated;
    struct gql_schema_unused_data_api_by_id_stages_coordinates_nodes_usage *usage; /* NULL when null */
} gql_schema_unused_data_api_by_id_stages_coordinates_nodes;

/* CoordinatesConnection at apiById.stages.coordinates */
typedef struct gql_schema_unused_data_api_by_id_stages_coordinates {
    struct gql_schema_unused_data_api_by_id_stages_coordinates_nodes *nodes; /* NULL when null */
    size_t nodes_count;
} gql_schema_unused_data_api_by_id_stages_coordinates;

/* Stage at apiById.stages */
typedef struct gql_schema_unused_data_api_by_id_stages {
    char *name;
    struct gql_schema_unused_data_api_by_id_stages_coordinates *coordinates; /* NULL when null */
} gql_schema_unused_data_api_by_id_stages;

/* Api at apiById */
typedef struct gql_schema_unused_data_api_by_id {
    char *id;
    char *name;
    struct gql_schema_unused_data_api_by_id_stages *stages; /* NULL when null */
    size_t stages_count;
} gql_schema_unused_data_api_by_id;

/* Query at data */
typedef struct gql_schema_unused_data {
    struct gql_schema_unused_data_api_by_id *api_by_id; /* NULL when null */
} gql_schema_unused_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_schema_unused_decode(const cJSON *data, gql_schema_unused_data *out, gql_error *err);
void gql_schema_unused_free(gql_schema_unused_data *data);

/* ==== query CoordinateUsageQuery (spec/operations/schema-usage.graphql) ==== */
const gql_operation *gql_schema_usage_operation(void);


/* CoordinateUsage at apiById.stages.coordinate.usage */
typedef struct gql_schema_usage_data_api_by_id_stages_coordinate_usage {
    long long total_requests;
    long long client_count;
    long long operation_count;
    char *first_seen; /* NULL when null */
    char *last_seen; /* NULL when null */
    double error_rate;
    double mean_duration;
} gql_schema_usage_data_api_by_id_stages_coordinate_usage;

typedef enum {
    GQL_SCHEMA_USAGE_DATA_API_BY_ID_STAGES_COORDINATE_TYPE_SYSTEM_MEMBER,
    GQL_SCHEMA_USAGE_DATA_API_BY_ID_STAGES_COORDINATE_OTHER, /* a type this client does not know */
} gql_schema_usage_data_api_by_id_stages_coordinate_kind;

/* GraphQLTypeSystemMember at apiById.stages.coordinate */
typedef struct gql_schema_usage_data_api_by_id_stages_coordinate {
    gql_schema_usage_data_api_by_id_stages_coordinate_kind kind;
    char *typename;
    char *coordinate; /* NULL when null */
    bool has_is_deprecated;
    bool is_deprecated;
    struct gql_schema_usage_data_api_by_id_stages_coordinate_usage *usage; /* NULL when null */
} gql_schema_usage_data_api_by_id_stages_coordinate;

/* Stage at apiById.stages */
typedef struct gql_schema_usage_data_api_by_id_stages {
    char *name;
    struct gql_schema_usage_data_api_by_id_stages_coordinate *coordinate; /* NULL when null */
} gql_schema_usage_data_api_by_id_stages;

/* Api at apiById */
typedef struct gql_schema_usage_data_api_by_id {
    char *id;
    char *name;
    struct gql_schema_usage_data_api_by_id_stages *stages; /* NULL when null */
    size_t stages_count;
} gql_schema_usage_data_api_by_id;

/* Query at data */
typedef struct gql_schema_usage_data {
    struct gql_schema_usage_data_api_by_id *api_by_id; /* NULL when null */
} gql_schema_usage_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_schema_usage_decode(const cJSON *data, gql_schema_usage_data *out, gql_error *err);
void gql_schema_usage_free(gql_schema_usage_data *data);

/* ==== query SelectApiPromptQuery (spec/operations/select-api.graphql) ==== */
const gql_operation *gql_select_api_operation(void);


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

/* ==== query SelectClientPromptQuery (spec/operations/select-client.graphql) ==== */
const gql_operation *gql_select_client_operation(void);


/* Api at apiById.clients.edges.node.api */
typedef struct gql_select_client_data_api_by_id_clients_edges_node_api {
    char *name;
    char **path; /* NULL when null */
    size_t path_count;
} gql_select_client_data_api_by_id_clients_edges_node_api;

/* Stage at apiById.clients.edges.node.versions.edges.node.publishedTo.stage */
typedef struct gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to_stage {
    char *name;
} gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to_stage;

/* PublishedClientVersion at apiById.clients.edges.node.versions.edges.node.publishedTo */
typedef struct gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to {
    struct gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to_stage *stage; /* NULL when null */
} gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to;

/* ClientVersion at apiById.clients.edges.node.versions.edges.node */
typedef struct gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node {
    char *id;
    char *created_at;
    char *tag;
    struct gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node_published_to *published_to; /* NULL when null */
    size_t published_to_count;
} gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node;

/* ClientVersionEdge at apiById.clients.edges.node.versions.edges */
typedef struct gql_select_client_data_api_by_id_clients_edges_node_versions_edges {
    char *cursor;
    struct gql_select_client_data_api_by_id_clients_edges_node_versions_edges_node *node; /* NULL when null */
} gql_select_client_data_api_by_id_clients_edges_node_versions_edges;

/* PageInfo at apiById.clients.edges.node.versions.pageInfo */
typedef struct gql_select_client_data_api_by_id_clients_edges_node_versions_page_info {
    bool has_next_page;
    char *end_cursor; /* NULL when null */
} gql_select_client_data_api_by_id_clients_edges_node_versions_page_info;

/* ClientVersionsConnection at apiById.clients.edges.node.versions */
typedef struct gql_select_client_data_api_by_id_clients_edges_node_versions {
    struct gql_select_client_data_api_by_id_clients_edges_node_versions_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_select_client_data_api_by_id_clients_edges_node_versions_page_info *page_info; /* NULL when null */
} gql_select_client_data_api_by_id_clients_edges_node_versions;

/* Client at apiById.clients.edges.node */
typedef struct gql_select_client_data_api_by_id_clients_edges_node {
    char *id;
    char *name;
    struct gql_select_client_data_api_by_id_clients_edges_node_api *api; /* NULL when null */
    struct gql_select_client_data_api_by_id_clients_edges_node_versions *versions; /* NULL when null */
} gql_select_client_data_api_by_id_clients_edges_node;

/* ClientsEdge at apiById.clients.edges */
typedef struct gql_select_client_data_api_by_id_clients_edges {
    char *cursor;
    struct gql_select_client_data_api_by_id_clients_edges_node *node; /* NULL when null */
} gql_select_client_data_api_by_id_clients_edges;

/* PageInfo at apiById.clients.pageInfo */
typedef struct gql_select_client_data_api_by_id_clients_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_select_client_data_api_by_id_clients_page_info;

/* ClientsConnection at apiById.clients */
typedef struct gql_select_client_data_api_by_id_clients {
    struct gql_select_client_data_api_by_id_clients_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_select_client_data_api_by_id_clients_page_info *page_info; /* NULL when null */
} gql_select_client_data_api_by_id_clients;

/* Api at apiById */
typedef struct gql_select_client_data_api_by_id {
    struct gql_select_client_data_api_by_id_clients *clients; /* NULL when null */
} gql_select_client_data_api_by_id;

/* Query at data */
typedef struct gql_select_client_data {
    struct gql_select_client_data_api_by_id *api_by_id; /* NULL when null */
} gql_select_client_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_select_client_decode(const cJSON *data, gql_select_client_data *out, gql_error *err);
void gql_select_client_free(gql_select_client_data *data);

/* ==== query SelectMcpFeatureCollectionPromptQuery (spec/operations/select-mcp-feature-collection.graphql) ==== */
const gql_operation *gql_select_mcp_feature_collection_operation(void);


/* McpFeatureCollection at apiById.mcpFeatureCollections.edges.node */
typedef struct gql_select_mcp_feature_collection_data_api_by_id_mcp_feature_collections_edges_node {
    char *id;
    char *name;
} gql_select_mcp_feature_collection_data_api_by_id_mcp_feature_collections_edges_node;

/* ApiMcpFeatureCollectionsEdge at apiById.mcpFeatureCollections.edges */
typedef struct gql_select_mcp_feature_collection_data_api_by_id_mcp_feature_collections_edges {
    char *cursor;
    struct gql_select_mcp_feature_collection_data_api_by_id_mcp_feature_collections_edges_node *node; /* NULL when null */
} gql_select_mcp_feature_collection_data_api_by_id_mcp_feature_collections_edges;

/* PageInfo at apiById.mcpFeatureCollections.pageInfo */
typedef struct gql_select_mcp_feature_collection_data_api_by_id_mcp_feature_collections_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_select_mcp_feature_collection_data_api_by_id_mcp_feature_collections_page_info;

/* ApiMcpFeatureCollectionsConnection at apiById.mcpFeatureCollections */
typedef struct gql_select_mcp_feature_collection_data_api_by_id_mcp_feature_collections {
    struct gql_select_mcp_feature_collection_data_api_by_id_mcp_feature_collections_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_select_mcp_feature_collection_data_api_by_id_mcp_feature_collections_page_info *page_info; /* NULL when null */
} gql_select_mcp_feature_collection_data_api_by_id_mcp_feature_collections;

/* Api at apiById */
typedef struct gql_select_mcp_feature_collection_data_api_by_id {
    struct gql_select_mcp_feature_collection_data_api_by_id_mcp_feature_collections *mcp_feature_collections; /* NULL when null */
} gql_select_mcp_feature_collection_data_api_by_id;

/* Query at data */
typedef struct gql_select_mcp_feature_collection_data {
    struct gql_select_mcp_feature_collection_data_api_by_id *api_by_id; /* NULL when null */
} gql_select_mcp_feature_collection_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_select_mcp_feature_collection_decode(const cJSON *data, gql_select_mcp_feature_collection_data *out, gql_error *err);
void gql_select_mcp_feature_collection_free(gql_select_mcp_feature_collection_data *data);

/* ==== query SelectMockSchemaPromptQuery (spec/operations/select-mock.graphql) ==== */
const gql_operation *gql_select_mock_operation(void);


/* UserInfo at apiById.mockSchemas.edges.node.createdBy */
typedef struct gql_select_mock_data_api_by_id_mock_schemas_edges_node_created_by {
    char *username;
} gql_select_mock_data_api_by_id_mock_schemas_edges_node_created_by;

/* UserInfo at apiById.mockSchemas.edges.node.modifiedBy */
typedef struct gql_select_mock_data_api_by_id_mock_schemas_edges_node_modified_by {
    char *username;
} gql_select_mock_data_api_by_id_mock_schemas_edges_node_modified_by;

/* MockSchema at apiById.mockSchemas.edges.node */
typedef struct gql_select_mock_data_api_by_id_mock_schemas_edges_node {
    char *id;
    char *name;
    char *created_at;
    struct gql_select_mock_data_api_by_id_mock_schemas_edges_node_created_by *created_by; /* NULL when null */
    char *modified_at; /* NULL when null */
    struct gql_select_mock_data_api_by_id_mock_schemas_edges_node_modified_by *modified_by; /* NULL when null */
    char *downstream_url;
    char *url;
} gql_select_mock_data_api_by_id_mock_schemas_edges_node;

/* MockSchemasEdge at apiById.mockSchemas.edges */
typedef struct gql_select_mock_data_api_by_id_mock_schemas_edges {
    char *cursor;
    struct gql_select_mock_data_api_by_id_mock_schemas_edges_node *node; /* NULL when null */
} gql_select_mock_data_api_by_id_mock_schemas_edges;

/* PageInfo at apiById.mockSchemas.pageInfo */
typedef struct gql_select_mock_data_api_by_id_mock_schemas_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_select_mock_data_api_by_id_mock_schemas_page_info;

/* MockSchemasConnection at apiById.mockSchemas */
typedef struct gql_select_mock_data_api_by_id_mock_schemas {
    struct gql_select_mock_data_api_by_id_mock_schemas_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_select_mock_data_api_by_id_mock_schemas_page_info *page_info; /* NULL when null */
} gql_select_mock_data_api_by_id_mock_schemas;

/* Api at apiById */
typedef struct gql_select_mock_data_api_by_id {
    struct gql_select_mock_data_api_by_id_mock_schemas *mock_schemas; /* NULL when null */
} gql_select_mock_data_api_by_id;

/* Query at data */
typedef struct gql_select_mock_data {
    struct gql_select_mock_data_api_by_id *api_by_id; /* NULL when null */
} gql_select_mock_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_select_mock_decode(const cJSON *data, gql_select_mock_data *out, gql_error *err);
void gql_select_mock_free(gql_select_mock_data *data);

/* ==== query SelectOpenApiCollectionPromptQuery (spec/operations/select-openapi-collection.graphql) ==== */
const gql_operation *gql_select_openapi_collection_operation(void);


/* OpenApiCollection at apiById.openApiCollections.edges.node */
typedef struct gql_select_openapi_collection_data_api_by_id_open_api_collections_edges_node {
    char *id;
    char *name;
} gql_select_openapi_collection_data_api_by_id_open_api_collections_edges_node;

/* ApiOpenApiCollectionsEdge at apiById.openApiCollections.edges */
typedef struct gql_select_openapi_collection_data_api_by_id_open_api_collections_edges {
    char *cursor;
    struct gql_select_openapi_collection_data_api_by_id_open_api_collections_edges_node *node; /* NULL when null */
} gql_select_openapi_collection_data_api_by_id_open_api_collections_edges;

/* PageInfo at apiById.openApiCollections.pageInfo */
typedef struct gql_select_openapi_collection_data_api_by_id_open_api_collections_page_info {
    bool has_previous_page;
    bool has_next_page;
    char *end_cursor; /* NULL when null */
    char *start_cursor; /* NULL when null */
} gql_select_openapi_collection_data_api_by_id_open_api_collections_page_info;

/* ApiOpenApiCollectionsConnection at apiById.openApiCollections */
typedef struct gql_select_openapi_collection_data_api_by_id_open_api_collections {
    struct gql_select_openapi_collection_data_api_by_id_open_api_collections_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_select_openapi_collection_data_api_by_id_open_api_collections_page_info *page_info; /* NULL when null */
} gql_select_openapi_collection_data_api_by_id_open_api_collections;

/* Api at apiById */
typedef struct gql_select_openapi_collection_data_api_by_id {
    struct gql_select_openapi_collection_data_api_by_id_open_api_collections *open_api_collections; /* NULL when null */
} gql_select_openapi_collection_data_api_by_id;

/* Query at data */
typedef struct gql_select_openapi_collection_data {
    struct gql_select_openapi_collection_data_api_by_id *api_by_id; /* NULL when null */
} gql_select_openapi_collection_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_select_openapi_collection_decode(const cJSON *data, gql_select_openapi_collection_data *out, gql_error *err);
void gql_select_openapi_collection_free(gql_select_openapi_collection_data *data);

/* ==== query SetDefaultWorkspaceCommand_SelectWorkspace_Query (spec/operations/select-workspace.graphql) ==== */
const gql_operation *gql_select_workspace_operation(void);


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
const gql_operation *gql_show_api_operation(void);


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
    GQL_SHOW_API_DATA_NODE_CLIENT,
    GQL_SHOW_API_DATA_NODE_ENVIRONMENT,
    GQL_SHOW_API_DATA_NODE_MCP_FEATURE_COLLECTION,
    GQL_SHOW_API_DATA_NODE_MOCK_SCHEMA,
    GQL_SHOW_API_DATA_NODE_OPEN_API_COLLECTION,
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

/* ==== query ShowClientCommandQuery (spec/operations/show-client.graphql) ==== */
const gql_operation *gql_show_client_operation(void);


/* Api at node.api */
typedef struct gql_show_client_data_node_api {
    char *name;
    char **path; /* NULL when null */
    size_t path_count;
} gql_show_client_data_node_api;

/* Stage at node.versions.edges.node.publishedTo.stage */
typedef struct gql_show_client_data_node_versions_edges_node_published_to_stage {
    char *name;
} gql_show_client_data_node_versions_edges_node_published_to_stage;

/* PublishedClientVersion at node.versions.edges.node.publishedTo */
typedef struct gql_show_client_data_node_versions_edges_node_published_to {
    struct gql_show_client_data_node_versions_edges_node_published_to_stage *stage; /* NULL when null */
} gql_show_client_data_node_versions_edges_node_published_to;

/* ClientVersion at node.versions.edges.node */
typedef struct gql_show_client_data_node_versions_edges_node {
    char *id;
    char *created_at;
    char *tag;
    struct gql_show_client_data_node_versions_edges_node_published_to *published_to; /* NULL when null */
    size_t published_to_count;
} gql_show_client_data_node_versions_edges_node;

/* ClientVersionEdge at node.versions.edges */
typedef struct gql_show_client_data_node_versions_edges {
    char *cursor;
    struct gql_show_client_data_node_versions_edges_node *node; /* NULL when null */
} gql_show_client_data_node_versions_edges;

/* PageInfo at node.versions.pageInfo */
typedef struct gql_show_client_data_node_versions_page_info {
    bool has_next_page;
    char *end_cursor; /* NULL when null */
} gql_show_client_data_node_versions_page_info;

/* ClientVersionsConnection at node.versions */
typedef struct gql_show_client_data_node_versions {
    struct gql_show_client_data_node_versions_edges *edges; /* NULL when null */
    size_t edges_count;
    struct gql_show_client_data_node_versions_page_info *page_info; /* NULL when null */
} gql_show_client_data_node_versions;

typedef enum {
    GQL_SHOW_CLIENT_DATA_NODE_API,
    GQL_SHOW_CLIENT_DATA_NODE_API_KEY,
    GQL_SHOW_CLIENT_DATA_NODE_CLIENT,
    GQL_SHOW_CLIENT_DATA_NODE_ENVIRONMENT,
    GQL_SHOW_CLIENT_DATA_NODE_MCP_FEATURE_COLLECTION,
    GQL_SHOW_CLIENT_DATA_NODE_MOCK_SCHEMA,
    GQL_SHOW_CLIENT_DATA_NODE_OPEN_API_COLLECTION,
    GQL_SHOW_CLIENT_DATA_NODE_PERSONAL_ACCESS_TOKEN,
    GQL_SHOW_CLIENT_DATA_NODE_USER,
    GQL_SHOW_CLIENT_DATA_NODE_WORKSPACE,
    GQL_SHOW_CLIENT_DATA_NODE_OTHER, /* a type this client does not know */
} gql_show_client_data_node_kind;

/* Node at node */
typedef struct gql_show_client_data_node {
    gql_show_client_data_node_kind kind;
    char *typename;
    char *id; /* NULL when null */
    char *name; /* NULL when null */
    struct gql_show_client_data_node_api *api; /* NULL when null */
    struct gql_show_client_data_node_versions *versions; /* NULL when null */
} gql_show_client_data_node;

/* Query at data */
typedef struct gql_show_client_data {
    struct gql_show_client_data_node *node; /* NULL when null */
} gql_show_client_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_show_client_decode(const cJSON *data, gql_show_client_data *out, gql_error *err);
void gql_show_client_free(gql_show_client_data *data);

/* ==== query ShowEnvironmentCommandQuery (spec/operations/show-environment.graphql) ==== */
const gql_operation *gql_show_environment_operation(void);


/* Workspace at node.workspace */
typedef struct gql_show_environment_data_node_workspace {
    char *name;
} gql_show_environment_data_node_workspace;

typedef enum {
    GQL_SHOW_ENVIRONMENT_DATA_NODE_API,
    GQL_SHOW_ENVIRONMENT_DATA_NODE_API_KEY,
    GQL_SHOW_ENVIRONMENT_DATA_NODE_CLIENT,
    GQL_SHOW_ENVIRONMENT_DATA_NODE_ENVIRONMENT,
    GQL_SHOW_ENVIRONMENT_DATA_NODE_MCP_FEATURE_COLLECTION,
    GQL_SHOW_ENVIRONMENT_DATA_NODE_MOCK_SCHEMA,
    GQL_SHOW_ENVIRONMENT_DATA_NODE_OPEN_API_COLLECTION,
    GQL_SHOW_ENVIRONMENT_DATA_NODE_PERSONAL_ACCESS_TOKEN,
    GQL_SHOW_ENVIRONMENT_DATA_NODE_USER,
    GQL_SHOW_ENVIRONMENT_DATA_NODE_WORKSPACE,
    GQL_SHOW_ENVIRONMENT_DATA_NODE_OTHER, /* a type this client does not know */
} gql_show_environment_data_node_kind;

/* Node at node */
typedef struct gql_show_environment_data_node {
    gql_show_environment_data_node_kind kind;
    char *typename;
    char *id; /* NULL when null */
    char *name; /* NULL when null */
    struct gql_show_environment_data_node_workspace *workspace; /* NULL when null */
} gql_show_environment_data_node;

/* Query at data */
typedef struct gql_show_environment_data {
    struct gql_show_environment_data_node *node; /* NULL when null */
} gql_show_environment_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_show_environment_decode(const cJSON *data, gql_show_environment_data *out, gql_error *err);
void gql_show_environment_free(gql_show_environment_data *data);

/* ==== query ShowWorkspaceCommandQuery (spec/operations/show-workspace.graphql) ==== */
const gql_operation *gql_show_workspace_operation(void);


typedef enum {
    GQL_SHOW_WORKSPACE_DATA_NODE_API,
    GQL_SHOW_WORKSPACE_DATA_NODE_API_KEY,
    GQL_SHOW_WORKSPACE_DATA_NODE_CLIENT,
    GQL_SHOW_WORKSPACE_DATA_NODE_ENVIRONMENT,
    GQL_SHOW_WORKSPACE_DATA_NODE_MCP_FEATURE_COLLECTION,
    GQL_SHOW_WORKSPACE_DATA_NODE_MOCK_SCHEMA,
    GQL_SHOW_WORKSPACE_DATA_NODE_OPEN_API_COLLECTION,
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

/* ==== mutation UnpublishClient (spec/operations/unpublish-client.graphql) ==== */
const gql_operation *gql_unpublish_client_operation(void);


/* Client at unpublishClient.clientVersion.client */
typedef struct gql_unpublish_client_data_unpublish_client_client_version_client {
    char *name;
} gql_unpublish_client_data_unpublish_client_client_version_client;

/* ClientVersion at unpublishClient.clientVersion */
typedef struct gql_unpublish_client_data_unpublish_client_client_version {
    char *id;
    struct gql_unpublish_client_data_unpublish_client_client_version_client *client; /* NULL when null */
} gql_unpublish_client_data_unpublish_client_client_version;

typedef enum {
    GQL_UNPUBLISH_CLIENT_DATA_UNPUBLISH_CLIENT_ERRORS_CLIENT_NOT_FOUND_ERROR,
    GQL_UNPUBLISH_CLIENT_DATA_UNPUBLISH_CLIENT_ERRORS_CLIENT_VERSION_NOT_FOUND_ERROR,
    GQL_UNPUBLISH_CLIENT_DATA_UNPUBLISH_CLIENT_ERRORS_CONCURRENT_OPERATION_ERROR,
    GQL_UNPUBLISH_CLIENT_DATA_UNPUBLISH_CLIENT_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_UNPUBLISH_CLIENT_DATA_UNPUBLISH_CLIENT_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_UNPUBLISH_CLIENT_DATA_UNPUBLISH_CLIENT_ERRORS_OTHER, /* a type this client does not know */
} gql_unpublish_client_data_unpublish_client_errors_kind;

/* UnpublishClientPayloadErrors at unpublishClient.errors */
typedef struct gql_unpublish_client_data_unpublish_client_errors {
    gql_unpublish_client_data_unpublish_client_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *name; /* NULL when null */
    char *tag; /* NULL when null */
    char *client_id; /* NULL when null */
} gql_unpublish_client_data_unpublish_client_errors;

/* UnpublishClientPayload at unpublishClient */
typedef struct gql_unpublish_client_data_unpublish_client {
    struct gql_unpublish_client_data_unpublish_client_client_version *client_version; /* NULL when null */
    struct gql_unpublish_client_data_unpublish_client_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_unpublish_client_data_unpublish_client;

/* Mutation at data */
typedef struct gql_unpublish_client_data {
    struct gql_unpublish_client_data_unpublish_client *unpublish_client; /* NULL when null */
} gql_unpublish_client_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_unpublish_client_decode(const cJSON *data, gql_unpublish_client_data *out, gql_error *err);
void gql_unpublish_client_free(gql_unpublish_client_data *data);

/* ==== mutation UpdateMockSchema (spec/operations/update-mock.graphql) ==== */
const gql_operation *gql_update_mock_operation(void);


/* UserInfo at updateMockSchema.mockSchema.createdBy */
typedef struct gql_update_mock_data_update_mock_schema_mock_schema_created_by {
    char *username;
} gql_update_mock_data_update_mock_schema_mock_schema_created_by;

/* UserInfo at updateMockSchema.mockSchema.modifiedBy */
typedef struct gql_update_mock_data_update_mock_schema_mock_schema_modified_by {
    char *username;
} gql_update_mock_data_update_mock_schema_mock_schema_modified_by;

/* MockSchema at updateMockSchema.mockSchema */
typedef struct gql_update_mock_data_update_mock_schema_mock_schema {
    char *id;
    char *name;
    char *created_at;
    struct gql_update_mock_data_update_mock_schema_mock_schema_created_by *created_by; /* NULL when null */
    char *modified_at; /* NULL when null */
    struct gql_update_mock_data_update_mock_schema_mock_schema_modified_by *modified_by; /* NULL when null */
    char *downstream_url;
    char *url;
} gql_update_mock_data_update_mock_schema_mock_schema;

/* ValidationErrorProperty at updateMockSchema.errors.errors */
typedef struct gql_update_mock_data_update_mock_schema_errors_errors {
    char *message;
} gql_update_mock_data_update_mock_schema_errors_errors;

typedef enum {
    GQL_UPDATE_MOCK_DATA_UPDATE_MOCK_SCHEMA_ERRORS_MOCK_SCHEMA_NON_UNIQUE_NAME_ERROR,
    GQL_UPDATE_MOCK_DATA_UPDATE_MOCK_SCHEMA_ERRORS_MOCK_SCHEMA_NOT_FOUND_ERROR,
    GQL_UPDATE_MOCK_DATA_UPDATE_MOCK_SCHEMA_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_UPDATE_MOCK_DATA_UPDATE_MOCK_SCHEMA_ERRORS_VALIDATION_ERROR,
    GQL_UPDATE_MOCK_DATA_UPDATE_MOCK_SCHEMA_ERRORS_OTHER, /* a type this client does not know */
} gql_update_mock_data_update_mock_schema_errors_kind;

/* UpdateMockSchemaPayloadErrors at updateMockSchema.errors */
typedef struct gql_update_mock_data_update_mock_schema_errors {
    gql_update_mock_data_update_mock_schema_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *name; /* NULL when null */
    struct gql_update_mock_data_update_mock_schema_errors_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_update_mock_data_update_mock_schema_errors;

/* UpdateMockSchemaPayload at updateMockSchema */
typedef struct gql_update_mock_data_update_mock_schema {
    struct gql_update_mock_data_update_mock_schema_mock_schema *mock_schema; /* NULL when null */
    struct gql_update_mock_data_update_mock_schema_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_update_mock_data_update_mock_schema;

/* Mutation at data */
typedef struct gql_update_mock_data {
    struct gql_update_mock_data_update_mock_schema *update_mock_schema; /* NULL when null */
} gql_update_mock_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_update_mock_decode(const cJSON *data, gql_update_mock_data *out, gql_error *err);
void gql_update_mock_free(gql_update_mock_data *data);

/* ==== mutation UpdateStages (spec/operations/update-stages.graphql) ==== */
const gql_operation *gql_update_stages_operation(void);


/* Stage at updateStages.api.stages.conditions.afterStage */
typedef struct gql_update_stages_data_update_stages_api_stages_conditions_after_stage {
    char *name;
} gql_update_stages_data_update_stages_api_stages_conditions_after_stage;

typedef enum {
    GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_API_STAGES_CONDITIONS_AFTER_STAGE_CONDITION,
    GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_API_STAGES_CONDITIONS_OTHER, /* a type this client does not know */
} gql_update_stages_data_update_stages_api_stages_conditions_kind;

/* StageCondition at updateStages.api.stages.conditions */
typedef struct gql_update_stages_data_update_stages_api_stages_conditions {
    gql_update_stages_data_update_stages_api_stages_conditions_kind kind;
    char *typename;
    struct gql_update_stages_data_update_stages_api_stages_conditions_after_stage *after_stage; /* NULL when null */
} gql_update_stages_data_update_stages_api_stages_conditions;

/* Stage at updateStages.api.stages */
typedef struct gql_update_stages_data_update_stages_api_stages {
    char *id;
    char *name;
    char *display_name; /* NULL when null */
    struct gql_update_stages_data_update_stages_api_stages_conditions *conditions; /* NULL when null */
    size_t conditions_count;
} gql_update_stages_data_update_stages_api_stages;

/* Api at updateStages.api */
typedef struct gql_update_stages_data_update_stages_api {
    struct gql_update_stages_data_update_stages_api_stages *stages; /* NULL when null */
    size_t stages_count;
} gql_update_stages_data_update_stages_api;

/* SchemaVersion at updateStages.errors.stages.publishedSchema.version */
typedef struct gql_update_stages_data_update_stages_errors_stages_published_schema_version {
    char *tag;
} gql_update_stages_data_update_stages_errors_stages_published_schema_version;

/* PublishedSchemaVersion at updateStages.errors.stages.publishedSchema */
typedef struct gql_update_stages_data_update_stages_errors_stages_published_schema {
    struct gql_update_stages_data_update_stages_errors_stages_published_schema_version *version; /* NULL when null */
} gql_update_stages_data_update_stages_errors_stages_published_schema;

/* Client at updateStages.errors.stages.publishedClients.client */
typedef struct gql_update_stages_data_update_stages_errors_stages_published_clients_client {
    char *name;
} gql_update_stages_data_update_stages_errors_stages_published_clients_client;

/* ClientVersion at updateStages.errors.stages.publishedClients.publishedVersions.version */
typedef struct gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions_version {
    char *tag;
} gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions_version;

/* PublishedClientVersion at updateStages.errors.stages.publishedClients.publishedVersions */
typedef struct gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions {
    struct gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions_version *version; /* NULL when null */
} gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions;

/* PublishedClient at updateStages.errors.stages.publishedClients */
typedef struct gql_update_stages_data_update_stages_errors_stages_published_clients {
    struct gql_update_stages_data_update_stages_errors_stages_published_clients_client *client; /* NULL when null */
    struct gql_update_stages_data_update_stages_errors_stages_published_clients_published_versions *published_versions; /* NULL when null */
    size_t published_versions_count;
} gql_update_stages_data_update_stages_errors_stages_published_clients;

/* Stage at updateStages.errors.stages */
typedef struct gql_update_stages_data_update_stages_errors_stages {
    char *name;
    struct gql_update_stages_data_update_stages_errors_stages_published_schema *published_schema; /* NULL when null */
    struct gql_update_stages_data_update_stages_errors_stages_published_clients *published_clients; /* NULL when null */
    size_t published_clients_count;
} gql_update_stages_data_update_stages_errors_stages;

typedef enum {
    GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_ERRORS_API_NOT_FOUND_ERROR,
    GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_ERRORS_STAGE_VALIDATION_ERROR,
    GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_ERRORS_STAGES_HAVE_PUBLISHED_DEPENDENCIES_ERROR,
    GQL_UPDATE_STAGES_DATA_UPDATE_STAGES_ERRORS_OTHER, /* a type this client does not know */
} gql_update_stages_data_update_stages_errors_kind;

/* UpdateStagesPayloadErrors at updateStages.errors */
typedef struct gql_update_stages_data_update_stages_errors {
    gql_update_stages_data_update_stages_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *api_id; /* NULL when null */
    char *name; /* NULL when null */
    struct gql_update_stages_data_update_stages_errors_stages *stages; /* NULL when null */
    size_t stages_count;
} gql_update_stages_data_update_stages_errors;

/* UpdateStagesPayload at updateStages */
typedef struct gql_update_stages_data_update_stages {
    struct gql_update_stages_data_update_stages_api *api; /* NULL when null */
    struct gql_update_stages_data_update_stages_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_update_stages_data_update_stages;

/* Mutation at data */
typedef struct gql_update_stages_data {
    struct gql_update_stages_data_update_stages *update_stages; /* NULL when null */
} gql_update_stages_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_update_stages_decode(const cJSON *data, gql_update_stages_data *out, gql_error *err);
void gql_update_stages_free(gql_update_stages_data *data);

/* ==== mutation UploadClient (spec/operations/upload-client.graphql) ==== */
const gql_operation *gql_upload_client_operation(void);


/* ClientVersion at uploadClient.clientVersion */
typedef struct gql_upload_client_data_upload_client_client_version {
    char *id;
} gql_upload_client_data_upload_client_client_version;

typedef enum {
    GQL_UPLOAD_CLIENT_DATA_UPLOAD_CLIENT_ERRORS_CLIENT_NOT_FOUND_ERROR,
    GQL_UPLOAD_CLIENT_DATA_UPLOAD_CLIENT_ERRORS_CONCURRENT_OPERATION_ERROR,
    GQL_UPLOAD_CLIENT_DATA_UPLOAD_CLIENT_ERRORS_DUPLICATED_TAG_ERROR,
    GQL_UPLOAD_CLIENT_DATA_UPLOAD_CLIENT_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_UPLOAD_CLIENT_DATA_UPLOAD_CLIENT_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_UPLOAD_CLIENT_DATA_UPLOAD_CLIENT_ERRORS_OTHER, /* a type this client does not know */
} gql_upload_client_data_upload_client_errors_kind;

/* UploadClientPayloadErrors at uploadClient.errors */
typedef struct gql_upload_client_data_upload_client_errors {
    gql_upload_client_data_upload_client_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *client_id; /* NULL when null */
} gql_upload_client_data_upload_client_errors;

/* UploadClientPayload at uploadClient */
typedef struct gql_upload_client_data_upload_client {
    struct gql_upload_client_data_upload_client_client_version *client_version; /* NULL when null */
    struct gql_upload_client_data_upload_client_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_upload_client_data_upload_client;

/* Mutation at data */
typedef struct gql_upload_client_data {
    struct gql_upload_client_data_upload_client *upload_client; /* NULL when null */
} gql_upload_client_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_upload_client_decode(const cJSON *data, gql_upload_client_data *out, gql_error *err);
void gql_upload_client_free(gql_upload_client_data *data);

/* ==== mutation UploadMcpFeatureCollectionCommandMutation (spec/operations/upload-mcp-feature-collection.graphql) ==== */
const gql_operation *gql_upload_mcp_feature_collection_operation(void);


/* McpFeatureCollectionVersion at uploadMcpFeatureCollection.mcpFeatureCollectionVersion */
typedef struct gql_upload_mcp_feature_collection_data_upload_mcp_feature_collection_mcp_feature_collection_version {
    char *id;
} gql_upload_mcp_feature_collection_data_upload_mcp_feature_collection_mcp_feature_collection_version;

typedef enum {
    GQL_UPLOAD_MCP_FEATURE_COLLECTION_DATA_UPLOAD_MCP_FEATURE_COLLECTION_ERRORS_CONCURRENT_OPERATION_ERROR,
    GQL_UPLOAD_MCP_FEATURE_COLLECTION_DATA_UPLOAD_MCP_FEATURE_COLLECTION_ERRORS_DUPLICATED_TAG_ERROR,
    GQL_UPLOAD_MCP_FEATURE_COLLECTION_DATA_UPLOAD_MCP_FEATURE_COLLECTION_ERRORS_INVALID_MCP_FEATURE_COLLECTION_ARCHIVE_ERROR,
    GQL_UPLOAD_MCP_FEATURE_COLLECTION_DATA_UPLOAD_MCP_FEATURE_COLLECTION_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_UPLOAD_MCP_FEATURE_COLLECTION_DATA_UPLOAD_MCP_FEATURE_COLLECTION_ERRORS_MCP_FEATURE_COLLECTION_NOT_FOUND_ERROR,
    GQL_UPLOAD_MCP_FEATURE_COLLECTION_DATA_UPLOAD_MCP_FEATURE_COLLECTION_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_UPLOAD_MCP_FEATURE_COLLECTION_DATA_UPLOAD_MCP_FEATURE_COLLECTION_ERRORS_OTHER, /* a type this client does not know */
} gql_upload_mcp_feature_collection_data_upload_mcp_feature_collection_errors_kind;

/* UploadMcpFeatureCollectionPayloadErrors at uploadMcpFeatureCollection.errors */
typedef struct gql_upload_mcp_feature_collection_data_upload_mcp_feature_collection_errors {
    gql_upload_mcp_feature_collection_data_upload_mcp_feature_collection_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *mcp_feature_collection_id; /* NULL when null */
} gql_upload_mcp_feature_collection_data_upload_mcp_feature_collection_errors;

/* UploadMcpFeatureCollectionPayload at uploadMcpFeatureCollection */
typedef struct gql_upload_mcp_feature_collection_data_upload_mcp_feature_collection {
    struct gql_upload_mcp_feature_collection_data_upload_mcp_feature_collection_mcp_feature_collection_version *mcp_feature_collection_version; /* NULL when null */
    struct gql_upload_mcp_feature_collection_data_upload_mcp_feature_collection_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_upload_mcp_feature_collection_data_upload_mcp_feature_collection;

/* Mutation at data */
typedef struct gql_upload_mcp_feature_collection_data {
    struct gql_upload_mcp_feature_collection_data_upload_mcp_feature_collection *upload_mcp_feature_collection; /* NULL when null */
} gql_upload_mcp_feature_collection_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_upload_mcp_feature_collection_decode(const cJSON *data, gql_upload_mcp_feature_collection_data *out, gql_error *err);
void gql_upload_mcp_feature_collection_free(gql_upload_mcp_feature_collection_data *data);

/* ==== mutation UploadOpenApiCollectionCommandMutation (spec/operations/upload-openapi-collection.graphql) ==== */
const gql_operation *gql_upload_openapi_collection_operation(void);


/* OpenApiCollectionVersion at uploadOpenApiCollection.openApiCollectionVersion */
typedef struct gql_upload_openapi_collection_data_upload_open_api_collection_open_api_collection_version {
    char *id;
} gql_upload_openapi_collection_data_upload_open_api_collection_open_api_collection_version;

typedef enum {
    GQL_UPLOAD_OPENAPI_COLLECTION_DATA_UPLOAD_OPEN_API_COLLECTION_ERRORS_CONCURRENT_OPERATION_ERROR,
    GQL_UPLOAD_OPENAPI_COLLECTION_DATA_UPLOAD_OPEN_API_COLLECTION_ERRORS_DUPLICATED_TAG_ERROR,
    GQL_UPLOAD_OPENAPI_COLLECTION_DATA_UPLOAD_OPEN_API_COLLECTION_ERRORS_INVALID_OPEN_API_COLLECTION_ARCHIVE_ERROR,
    GQL_UPLOAD_OPENAPI_COLLECTION_DATA_UPLOAD_OPEN_API_COLLECTION_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_UPLOAD_OPENAPI_COLLECTION_DATA_UPLOAD_OPEN_API_COLLECTION_ERRORS_OPEN_API_COLLECTION_NOT_FOUND_ERROR,
    GQL_UPLOAD_OPENAPI_COLLECTION_DATA_UPLOAD_OPEN_API_COLLECTION_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_UPLOAD_OPENAPI_COLLECTION_DATA_UPLOAD_OPEN_API_COLLECTION_ERRORS_OTHER, /* a type this client does not know */
} gql_upload_openapi_collection_data_upload_open_api_collection_errors_kind;

/* UploadOpenApiCollectionPayloadErrors at uploadOpenApiCollection.errors */
typedef struct gql_upload_openapi_collection_data_upload_open_api_collection_errors {
    gql_upload_openapi_collection_data_upload_open_api_collection_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *open_api_collection_id; /* NULL when null */
} gql_upload_openapi_collection_data_upload_open_api_collection_errors;

/* UploadOpenApiCollectionPayload at uploadOpenApiCollection */
typedef struct gql_upload_openapi_collection_data_upload_open_api_collection {
    struct gql_upload_openapi_collection_data_upload_open_api_collection_open_api_collection_version *open_api_collection_version; /* NULL when null */
    struct gql_upload_openapi_collection_data_upload_open_api_collection_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_upload_openapi_collection_data_upload_open_api_collection;

/* Mutation at data */
typedef struct gql_upload_openapi_collection_data {
    struct gql_upload_openapi_collection_data_upload_open_api_collection *upload_open_api_collection; /* NULL when null */
} gql_upload_openapi_collection_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_upload_openapi_collection_decode(const cJSON *data, gql_upload_openapi_collection_data *out, gql_error *err);
void gql_upload_openapi_collection_free(gql_upload_openapi_collection_data *data);

/* ==== mutation UploadSchema (spec/operations/upload-schema.graphql) ==== */
const gql_operation *gql_upload_schema_operation(void);


/* SchemaVersion at uploadSchema.schemaVersion */
typedef struct gql_upload_schema_data_upload_schema_schema_version {
    char *id;
} gql_upload_schema_data_upload_schema_schema_version;

typedef enum {
    GQL_UPLOAD_SCHEMA_DATA_UPLOAD_SCHEMA_ERRORS_API_NOT_FOUND_ERROR,
    GQL_UPLOAD_SCHEMA_DATA_UPLOAD_SCHEMA_ERRORS_CONCURRENT_OPERATION_ERROR,
    GQL_UPLOAD_SCHEMA_DATA_UPLOAD_SCHEMA_ERRORS_DUPLICATED_TAG_ERROR,
    GQL_UPLOAD_SCHEMA_DATA_UPLOAD_SCHEMA_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_UPLOAD_SCHEMA_DATA_UPLOAD_SCHEMA_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_UPLOAD_SCHEMA_DATA_UPLOAD_SCHEMA_ERRORS_OTHER, /* a type this client does not know */
} gql_upload_schema_data_upload_schema_errors_kind;

/* UploadSchemaPayloadErrors at uploadSchema.errors */
typedef struct gql_upload_schema_data_upload_schema_errors {
    gql_upload_schema_data_upload_schema_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *api_id; /* NULL when null */
} gql_upload_schema_data_upload_schema_errors;

/* UploadSchemaPayload at uploadSchema */
typedef struct gql_upload_schema_data_upload_schema {
    struct gql_upload_schema_data_upload_schema_schema_version *schema_version; /* NULL when null */
    struct gql_upload_schema_data_upload_schema_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_upload_schema_data_upload_schema;

/* Mutation at data */
typedef struct gql_upload_schema_data {
    struct gql_upload_schema_data_upload_schema *upload_schema; /* NULL when null */
} gql_upload_schema_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_upload_schema_decode(const cJSON *data, gql_upload_schema_data *out, gql_error *err);
void gql_upload_schema_free(gql_upload_schema_data *data);

/* ==== mutation ValidateClientVersion (spec/operations/validate-client.graphql) ==== */
const gql_operation *gql_validate_client_operation(void);


typedef enum {
    GQL_VALIDATE_CLIENT_DATA_VALIDATE_CLIENT_ERRORS_CLIENT_NOT_FOUND_ERROR,
    GQL_VALIDATE_CLIENT_DATA_VALIDATE_CLIENT_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_VALIDATE_CLIENT_DATA_VALIDATE_CLIENT_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_VALIDATE_CLIENT_DATA_VALIDATE_CLIENT_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_VALIDATE_CLIENT_DATA_VALIDATE_CLIENT_ERRORS_OTHER, /* a type this client does not know */
} gql_validate_client_data_validate_client_errors_kind;

/* ValidateClientPayloadErrors at validateClient.errors */
typedef struct gql_validate_client_data_validate_client_errors {
    gql_validate_client_data_validate_client_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *name; /* NULL when null */
    char *client_id; /* NULL when null */
} gql_validate_client_data_validate_client_errors;

/* ValidateClientPayload at validateClient */
typedef struct gql_validate_client_data_validate_client {
    char *id; /* NULL when null */
    struct gql_validate_client_data_validate_client_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_validate_client_data_validate_client;

/* Mutation at data */
typedef struct gql_validate_client_data {
    struct gql_validate_client_data_validate_client *validate_client; /* NULL when null */
} gql_validate_client_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_validate_client_decode(const cJSON *data, gql_validate_client_data *out, gql_error *err);
void gql_validate_client_free(gql_validate_client_data *data);

/* ==== mutation ValidateMcpFeatureCollectionCommandMutation (spec/operations/validate-mcp-feature-collection.graphql) ==== */
const gql_operation *gql_validate_mcp_feature_collection_operation(void);


typedef enum {
    GQL_VALIDATE_MCP_FEATURE_COLLECTION_DATA_VALIDATE_MCP_FEATURE_COLLECTION_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_VALIDATE_MCP_FEATURE_COLLECTION_DATA_VALIDATE_MCP_FEATURE_COLLECTION_ERRORS_MCP_FEATURE_COLLECTION_NOT_FOUND_ERROR,
    GQL_VALIDATE_MCP_FEATURE_COLLECTION_DATA_VALIDATE_MCP_FEATURE_COLLECTION_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_VALIDATE_MCP_FEATURE_COLLECTION_DATA_VALIDATE_MCP_FEATURE_COLLECTION_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_VALIDATE_MCP_FEATURE_COLLECTION_DATA_VALIDATE_MCP_FEATURE_COLLECTION_ERRORS_OTHER, /* a type this client does not know */
} gql_validate_mcp_feature_collection_data_validate_mcp_feature_collection_errors_kind;

/* ValidateMcpFeatureCollectionPayloadErrors at validateMcpFeatureCollection.errors */
typedef struct gql_validate_mcp_feature_collection_data_validate_mcp_feature_collection_errors {
    gql_validate_mcp_feature_collection_data_validate_mcp_feature_collection_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *name; /* NULL when null */
    char *mcp_feature_collection_id; /* NULL when null */
} gql_validate_mcp_feature_collection_data_validate_mcp_feature_collection_errors;

/* ValidateMcpFeatureCollectionPayload at validateMcpFeatureCollection */
typedef struct gql_validate_mcp_feature_collection_data_validate_mcp_feature_collection {
    char *id; /* NULL when null */
    struct gql_validate_mcp_feature_collection_data_validate_mcp_feature_collection_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_validate_mcp_feature_collection_data_validate_mcp_feature_collection;

/* Mutation at data */
typedef struct gql_validate_mcp_feature_collection_data {
    struct gql_validate_mcp_feature_collection_data_validate_mcp_feature_collection *validate_mcp_feature_collection; /* NULL when null */
} gql_validate_mcp_feature_collection_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_validate_mcp_feature_collection_decode(const cJSON *data, gql_validate_mcp_feature_collection_data *out, gql_error *err);
void gql_validate_mcp_feature_collection_free(gql_validate_mcp_feature_collection_data *data);

/* ==== mutation ValidateOpenApiCollectionCommandMutation (spec/operations/validate-openapi-collection.graphql) ==== */
const gql_operation *gql_validate_openapi_collection_operation(void);


typedef enum {
    GQL_VALIDATE_OPENAPI_COLLECTION_DATA_VALIDATE_OPEN_API_COLLECTION_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_VALIDATE_OPENAPI_COLLECTION_DATA_VALIDATE_OPEN_API_COLLECTION_ERRORS_OPEN_API_COLLECTION_NOT_FOUND_ERROR,
    GQL_VALIDATE_OPENAPI_COLLECTION_DATA_VALIDATE_OPEN_API_COLLECTION_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_VALIDATE_OPENAPI_COLLECTION_DATA_VALIDATE_OPEN_API_COLLECTION_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_VALIDATE_OPENAPI_COLLECTION_DATA_VALIDATE_OPEN_API_COLLECTION_ERRORS_OTHER, /* a type this client does not know */
} gql_validate_openapi_collection_data_validate_open_api_collection_errors_kind;

/* ValidateOpenApiCollectionPayloadErrors at validateOpenApiCollection.errors */
typedef struct gql_validate_openapi_collection_data_validate_open_api_collection_errors {
    gql_validate_openapi_collection_data_validate_open_api_collection_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *name; /* NULL when null */
    char *open_api_collection_id; /* NULL when null */
} gql_validate_openapi_collection_data_validate_open_api_collection_errors;

/* ValidateOpenApiCollectionPayload at validateOpenApiCollection */
typedef struct gql_validate_openapi_collection_data_validate_open_api_collection {
    char *id; /* NULL when null */
    struct gql_validate_openapi_collection_data_validate_open_api_collection_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_validate_openapi_collection_data_validate_open_api_collection;

/* Mutation at data */
typedef struct gql_validate_openapi_collection_data {
    struct gql_validate_openapi_collection_data_validate_open_api_collection *validate_open_api_collection; /* NULL when null */
} gql_validate_openapi_collection_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_validate_openapi_collection_decode(const cJSON *data, gql_validate_openapi_collection_data *out, gql_error *err);
void gql_validate_openapi_collection_free(gql_validate_openapi_collection_data *data);

/* ==== mutation ValidateSchemaVersion (spec/operations/validate-schema.graphql) ==== */
const gql_operation *gql_validate_schema_operation(void);


typedef enum {
    GQL_VALIDATE_SCHEMA_DATA_VALIDATE_SCHEMA_ERRORS_API_NOT_FOUND_ERROR,
    GQL_VALIDATE_SCHEMA_DATA_VALIDATE_SCHEMA_ERRORS_INVALID_SOURCE_METADATA_INPUT_ERROR,
    GQL_VALIDATE_SCHEMA_DATA_VALIDATE_SCHEMA_ERRORS_SCHEMA_NOT_FOUND_ERROR,
    GQL_VALIDATE_SCHEMA_DATA_VALIDATE_SCHEMA_ERRORS_STAGE_NOT_FOUND_ERROR,
    GQL_VALIDATE_SCHEMA_DATA_VALIDATE_SCHEMA_ERRORS_UNAUTHORIZED_OPERATION,
    GQL_VALIDATE_SCHEMA_DATA_VALIDATE_SCHEMA_ERRORS_OTHER, /* a type this client does not know */
} gql_validate_schema_data_validate_schema_errors_kind;

/* ValidateSchemaPayloadErrors at validateSchema.errors */
typedef struct gql_validate_schema_data_validate_schema_errors {
    gql_validate_schema_data_validate_schema_errors_kind kind;
    char *typename;
    char *message; /* NULL when null */
    char *api_id; /* NULL when null */
    char *name; /* NULL when null */
    char *tag; /* NULL when null */
} gql_validate_schema_data_validate_schema_errors;

/* ValidateSchemaPayload at validateSchema */
typedef struct gql_validate_schema_data_validate_schema {
    char *id; /* NULL when null */
    struct gql_validate_schema_data_validate_schema_errors *errors; /* NULL when null */
    size_t errors_count;
} gql_validate_schema_data_validate_schema;

/* Mutation at data */
typedef struct gql_validate_schema_data {
    struct gql_validate_schema_data_validate_schema *validate_schema; /* NULL when null */
} gql_validate_schema_data;

/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_validate_schema_decode(const cJSON *data, gql_validate_schema_data *out, gql_error *err);
void gql_validate_schema_free(gql_validate_schema_data *data);

/* Checks "data" against every field the operation's document selects. */
bool gql_validate(const gql_operation *operation, const cJSON *data, gql_error *err);

/* Every operation by its index (0 to gql_operation_count - 1), for the fuzz targets. */
const gql_operation *gql_operation_at(size_t index);
extern const size_t gql_operation_count;

#endif
