/* Generated from spec/schema.graphql and spec/operations/ by generator/generate.py. Do not edit. */
#ifndef NITRO_GENERATED_GRAPHQL_H
#define NITRO_GENERATED_GRAPHQL_H

#include <stdbool.h>
#include <stddef.h>

#include "gql_runtime.h"

/* input CreatePersonalAccessTokenInput */
typedef struct {
    const char *description;
    const char *expires_at;
} gql_create_personal_access_token_input;

/* input RevokePersonalAccessTokenInput */
typedef struct {
    const char *id;
} gql_revoke_personal_access_token_input;

/* ==== mutation CreatePersonalAccessTokenCommandMutation (spec/operations/create-pat.graphql) ==== */
extern const gql_operation gql_create_pat_operation;

typedef struct {
    gql_create_personal_access_token_input input;
} gql_create_pat_vars;

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

/* Builds the "variables" object; NULL when out of memory. */
cJSON *gql_create_pat_variables(const gql_create_pat_vars *vars);
/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_create_pat_decode(const cJSON *data, gql_create_pat_data *out, gql_error *err);
void gql_create_pat_free(gql_create_pat_data *data);

/* ==== query ListPersonalAccessTokenCommandQuery (spec/operations/list-pats.graphql) ==== */
extern const gql_operation gql_list_pats_operation;

typedef struct {
    const char *after; /* NULL sends null */
    bool has_first;
    long long first;
} gql_list_pats_vars;

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

/* Builds the "variables" object; NULL when out of memory. */
cJSON *gql_list_pats_variables(const gql_list_pats_vars *vars);
/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_list_pats_decode(const cJSON *data, gql_list_pats_data *out, gql_error *err);
void gql_list_pats_free(gql_list_pats_data *data);

/* ==== query ListWorkspaceCommandQuery (spec/operations/list-workspaces.graphql) ==== */
extern const gql_operation gql_list_workspaces_operation;

typedef struct {
    const char *after; /* NULL sends null */
    bool has_first;
    long long first;
} gql_list_workspaces_vars;

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
    bool has_next_page;
    char *end_cursor; /* NULL when null */
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

/* Builds the "variables" object; NULL when out of memory. */
cJSON *gql_list_workspaces_variables(const gql_list_workspaces_vars *vars);
/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_list_workspaces_decode(const cJSON *data, gql_list_workspaces_data *out, gql_error *err);
void gql_list_workspaces_free(gql_list_workspaces_data *data);

/* ==== mutation RevokePersonalAccessTokenCommandMutation (spec/operations/revoke-pat.graphql) ==== */
extern const gql_operation gql_revoke_pat_operation;

typedef struct {
    gql_revoke_personal_access_token_input input;
} gql_revoke_pat_vars;

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

/* Builds the "variables" object; NULL when out of memory. */
cJSON *gql_revoke_pat_variables(const gql_revoke_pat_vars *vars);
/* Decodes "data"; on failure `err` says which field, and *out is freed. */
bool gql_revoke_pat_decode(const cJSON *data, gql_revoke_pat_data *out, gql_error *err);
void gql_revoke_pat_free(gql_revoke_pat_data *data);

#endif
