/* Generated from spec/schema.graphql and spec/operations/ by generator/generate.py. Do not edit. */
#include <stdlib.h>
#include <string.h>

#include "generated/graphql.h"

static cJSON *build_gql_create_personal_access_token_input(const gql_create_personal_access_token_input *in) {
    cJSON *object = cJSON_CreateObject();
    if (!object) return NULL;
    if (!gql_add_string(object, "description", in->description)) goto fail;
    if (!gql_add_string(object, "expiresAt", in->expires_at)) goto fail;
    return object;
fail:
    cJSON_Delete(object);
    return NULL;
}

static cJSON *build_gql_revoke_personal_access_token_input(const gql_revoke_personal_access_token_input *in) {
    cJSON *object = cJSON_CreateObject();
    if (!object) return NULL;
    if (!gql_add_string(object, "id", in->id)) goto fail;
    return object;
fail:
    cJSON_Delete(object);
    return NULL;
}

/* ==== CreatePersonalAccessTokenCommandMutation ==== */
const gql_operation gql_create_pat_operation = {
    .name = "CreatePersonalAccessTokenCommandMutation",
    .is_mutation = true,
    .document = "mutation CreatePersonalAccessTokenCommandMutation($input: CreatePersonalAccessTokenInput!) { createPersonalAccessToken(input: $input) { __typename result { __typename token { __typename ... CreatePersonalAccessTokenCommandMutation_PersonalAccessToken } secret } errors { __typename ... UnauthorizedOperation ... Error } } } fragment CreatePersonalAccessTokenCommandMutation_PersonalAccessToken on PersonalAccessToken { id ... PersonalAccessTokenDetailPrompt_PersonalAccessToken } fragment PersonalAccessTokenDetailPrompt_PersonalAccessToken on PersonalAccessToken { id description createdAt expiresAt } fragment UnauthorizedOperation on UnauthorizedOperation { __typename message ... Error } fragment Error on Error { message }",
};

cJSON *gql_create_pat_variables(const gql_create_pat_vars *vars) {
    cJSON *object = cJSON_CreateObject();
    if (!object) return NULL;
    if (!gql_add_object(object, "input", build_gql_create_personal_access_token_input(&vars->input))) goto fail;
    return object;
fail:
    cJSON_Delete(object);
    return NULL;
}

static void free_gql_create_pat_data_create_personal_access_token_result_token(gql_create_pat_data_create_personal_access_token_result_token *value) {
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

/* ==== ListPersonalAccessTokenCommandQuery ==== */
const gql_operation gql_list_pats_operation = {
    .name = "ListPersonalAccessTokenCommandQuery",
    .is_mutation = false,
    .document = "query ListPersonalAccessTokenCommandQuery($after: String, $first: Int) { me { __typename personalAccessTokens(after: $after, first: $first) { __typename edges { __typename ... ListPersonalAccessTokenCommand_PersonalAccessTokenEdge } pageInfo { __typename ... PageInfo } } } } fragment ListPersonalAccessTokenCommand_PersonalAccessTokenEdge on PersonalAccessTokensEdge { cursor node { __typename ... ListPersonalAccessTokenCommand_PersonalAccessToken } } fragment ListPersonalAccessTokenCommand_PersonalAccessToken on PersonalAccessToken { id description expiresAt createdAt ... PersonalAccessTokenDetailPrompt_PersonalAccessToken } fragment PersonalAccessTokenDetailPrompt_PersonalAccessToken on PersonalAccessToken { id description createdAt expiresAt } fragment PageInfo on PageInfo { hasPreviousPage hasNextPage endCursor startCursor }",
};

cJSON *gql_list_pats_variables(const gql_list_pats_vars *vars) {
    cJSON *object = cJSON_CreateObject();
    if (!object) return NULL;
    if (!gql_add_string(object, "after", vars->after)) goto fail;
    if (!gql_add_int(object, "first", vars->has_first, vars->first)) goto fail;
    return object;
fail:
    cJSON_Delete(object);
    return NULL;
}

static void free_gql_list_pats_data_me_personal_access_tokens_edges_node(gql_list_pats_data_me_personal_access_tokens_edges_node *value) {
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

/* ==== ListWorkspaceCommandQuery ==== */
const gql_operation gql_list_workspaces_operation = {
    .name = "ListWorkspaceCommandQuery",
    .is_mutation = false,
    .document = "query ListWorkspaceCommandQuery($after: String, $first: Int) { me { workspaces(after: $after, first: $first) { edges { cursor node { id name personal } } pageInfo { hasNextPage endCursor } } } }",
};

cJSON *gql_list_workspaces_variables(const gql_list_workspaces_vars *vars) {
    cJSON *object = cJSON_CreateObject();
    if (!object) return NULL;
    if (!gql_add_string(object, "after", vars->after)) goto fail;
    if (!gql_add_int(object, "first", vars->has_first, vars->first)) goto fail;
    return object;
fail:
    cJSON_Delete(object);
    return NULL;
}

static void free_gql_list_workspaces_data_me_workspaces_edges_node(gql_list_workspaces_data_me_workspaces_edges_node *value) {
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
    free(value->end_cursor);
}

static bool decode_gql_list_workspaces_data_me_workspaces_page_info(const cJSON *json, gql_list_workspaces_data_me_workspaces_page_info *out, gql_error *err) {
    if (!cJSON_IsObject(json)) return gql_fail(err, "me.workspaces.pageInfo", "is not an object");
    if (!gql_read_bool(json, "hasNextPage", 0, &out->has_next_page, NULL, "me.workspaces.pageInfo.hasNextPage", err)) return false;
    if (!gql_read_string(json, "endCursor", GQL_NULLABLE, &out->end_cursor, "me.workspaces.pageInfo.endCursor", err)) return false;
    return true;
}

static void free_gql_list_workspaces_data_me_workspaces(gql_list_workspaces_data_me_workspaces *value) {
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

/* ==== RevokePersonalAccessTokenCommandMutation ==== */
const gql_operation gql_revoke_pat_operation = {
    .name = "RevokePersonalAccessTokenCommandMutation",
    .is_mutation = true,
    .document = "mutation RevokePersonalAccessTokenCommandMutation($input: RevokePersonalAccessTokenInput!) { revokePersonalAccessToken(input: $input) { __typename personalAccessToken { __typename ... RevokePersonalAccessTokenCommand_PersonalAccessToken } errors { __typename ... PersonalAccessTokenNotFoundError ... Error } } } fragment RevokePersonalAccessTokenCommand_PersonalAccessToken on PersonalAccessToken { id description ... PersonalAccessTokenDetailPrompt_PersonalAccessToken } fragment PersonalAccessTokenDetailPrompt_PersonalAccessToken on PersonalAccessToken { id description createdAt expiresAt } fragment PersonalAccessTokenNotFoundError on PersonalAccessTokenNotFoundError { __typename message ... Error } fragment Error on Error { message }",
};

cJSON *gql_revoke_pat_variables(const gql_revoke_pat_vars *vars) {
    cJSON *object = cJSON_CreateObject();
    if (!object) return NULL;
    if (!gql_add_object(object, "input", build_gql_revoke_personal_access_token_input(&vars->input))) goto fail;
    return object;
fail:
    cJSON_Delete(object);
    return NULL;
}

static void free_gql_revoke_pat_data_revoke_personal_access_token_personal_access_token(gql_revoke_pat_data_revoke_personal_access_token_personal_access_token *value) {
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
