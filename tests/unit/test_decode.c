/* The generated GraphQL bindings (generated/graphql.c): decoders over
 * recorded responses (the .json files in tests/unit/fixtures), the same responses
 * damaged one field at a time, and the variable builders. Every decoded
 * struct is released with its generated free function; the sanitizer build
 * (CK_FORK=no) turns any leak, including after a failed decode, into a failure. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* strdup, strtok_r */
#endif
#include <check.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "executor.h"
#include "generated/cli.h"
#include "generated/commands.h"
#include "generated/graphql.h"
#include "suites.h"

#define FIXTURE_DIR NITRO_SOURCE_DIR "/tests/unit/fixtures"

/* The response under test; deleted after each test. */
static cJSON *document;
static gql_error err;

static void setup(void) {
    document = NULL;
    memset(&err, 0, sizeof err);
}

static void teardown(void) {
    cJSON_Delete(document);
    document = NULL;
}

static char *read_file(const char *path) {
    FILE *file = fopen(path, "rb");
    ck_assert_msg(file != NULL, "cannot open %s", path);
    ck_assert_int_eq(fseek(file, 0, SEEK_END), 0);
    long size = ftell(file);
    ck_assert_int_ge(size, 0);
    rewind(file);
    char *text = malloc((size_t)size + 1);
    ck_assert_ptr_nonnull(text);
    ck_assert_uint_eq(fread(text, 1, (size_t)size, file), (size_t)size);
    text[size] = '\0';
    fclose(file);
    return text;
}

/* Loads fixtures/<name> (a whole GraphQL response) and returns its "data". */
static cJSON *load(const char *name) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", FIXTURE_DIR, name);
    char *text = read_file(path);
    cJSON_Delete(document);
    document = cJSON_Parse(text);
    free(text);
    ck_assert_msg(document != NULL, "%s is not valid JSON", path);
    cJSON *data = cJSON_GetObjectItemCaseSensitive(document, "data");
    ck_assert_ptr_nonnull(data);
    return data;
}

/* Parses a small inline document written with single quotes for readability. */
static cJSON *inline_json(const char *single_quoted) {
    char *text = strdup(single_quoted);
    ck_assert_ptr_nonnull(text);
    for (char *p = text; *p; p++) {
        if (*p == '\'') *p = '"';
    }
    cJSON_Delete(document);
    document = cJSON_Parse(text);
    free(text);
    ck_assert_msg(document != NULL, "invalid inline JSON: %s", single_quoted);
    return document;
}

/* The node at a dotted path below `node`; numbers index arrays. */
static cJSON *at(cJSON *node, const char *path) {
    char copy[256];
    snprintf(copy, sizeof copy, "%s", path);
    char *save = NULL;
    for (char *key = strtok_r(copy, ".", &save); key; key = strtok_r(NULL, ".", &save)) {
        if (cJSON_IsArray(node) && strspn(key, "0123456789") == strlen(key)) {
            node = cJSON_GetArrayItem(node, atoi(key));
        } else {
            node = cJSON_GetObjectItemCaseSensitive(node, key);
        }
        ck_assert_msg(node != NULL, "fixture has no '%s' (at '%s')", path, key);
    }
    return node;
}

/* Replaces (or with NULL, removes) `key` of the object at `path`. */
static void set(cJSON *root, const char *path, const char *key, cJSON *value) {
    cJSON *object = at(root, path);
    ck_assert(cJSON_IsObject(object));
    if (value) {
        ck_assert(cJSON_ReplaceItemInObjectCaseSensitive(object, key, value));
    } else {
        ck_assert_ptr_nonnull(cJSON_GetObjectItemCaseSensitive(object, key));
        cJSON_DeleteItemFromObjectCaseSensitive(object, key);
    }
}

/* Compares the unformatted JSON of a built variables object, then deletes it. */
#define ASSERT_VARIABLES(built, expected)                                                                              \
    do {                                                                                                               \
        cJSON *variables_ = (built);                                                                                   \
        ck_assert_ptr_nonnull(variables_);                                                                             \
        char *text_ = cJSON_PrintUnformatted(variables_);                                                              \
        cJSON_Delete(variables_);                                                                                      \
        ck_assert_ptr_nonnull(text_);                                                                                  \
        int same_ = strcmp(text_, (expected)) == 0;                                                                    \
        if (!same_) fprintf(stderr, "built %s\n", text_);                                                              \
        cJSON_free(text_);                                                                                             \
        ck_assert_msg(same_, "variables differ from %s", (expected));                                                  \
    } while (0)

/* ---- ListPersonalAccessTokenCommandQuery -------------------------------- */

START_TEST(list_pats_page) {
    gql_list_pats_data out;
    ck_assert_msg(gql_list_pats_decode(load("list-pats-page.json"), &out, &err), "%s", err.message);
    ck_assert_ptr_nonnull(out.me);
    const gql_list_pats_data_me_personal_access_tokens *tokens = out.me->personal_access_tokens;
    ck_assert_ptr_nonnull(tokens);
    ck_assert_uint_eq(tokens->edges_count, 2);

    ck_assert_str_eq(tokens->edges[0].cursor, "Y3Vyc29yOjE=");
    ck_assert_ptr_nonnull(tokens->edges[0].node);
    ck_assert_str_eq(tokens->edges[0].node->id, "UGVyc29uYWxBY2Nlc3NUb2tlbjox");
    ck_assert_str_eq(tokens->edges[0].node->description, "CI token");
    ck_assert_str_eq(tokens->edges[0].node->expires_at, "2026-11-27T12:00:00.000+00:00");
    ck_assert_str_eq(tokens->edges[0].node->created_at, "2026-05-31T12:00:00.000+00:00");

    ck_assert_str_eq(tokens->edges[1].cursor, "Y3Vyc29yOjI=");
    ck_assert_str_eq(tokens->edges[1].node->id, "UGVyc29uYWxBY2Nlc3NUb2tlbjoy");
    ck_assert_str_eq(tokens->edges[1].node->description, "Laptop \xe2\x9c\x93 \"home\"");
    ck_assert_str_eq(tokens->edges[1].node->expires_at, "2026-06-30T08:15:00.123+00:00");
    ck_assert_str_eq(tokens->edges[1].node->created_at, "2026-05-31T08:15:00.123+00:00");

    ck_assert_ptr_nonnull(tokens->page_info);
    ck_assert(tokens->page_info->has_next_page);
    ck_assert(!tokens->page_info->has_previous_page);
    ck_assert_str_eq(tokens->page_info->end_cursor, "Y3Vyc29yOjI=");
    ck_assert_str_eq(tokens->page_info->start_cursor, "Y3Vyc29yOjE=");

    gql_list_pats_free(&out);
    ck_assert_ptr_null(out.me);
}
END_TEST

START_TEST(list_pats_last_page) {
    gql_list_pats_data out;
    ck_assert_msg(gql_list_pats_decode(load("list-pats-last-page.json"), &out, &err), "%s", err.message);
    const gql_list_pats_data_me_personal_access_tokens *tokens = out.me->personal_access_tokens;
    ck_assert_uint_eq(tokens->edges_count, 0);
    ck_assert(!tokens->page_info->has_next_page);
    ck_assert(tokens->page_info->has_previous_page);
    ck_assert_ptr_null(tokens->page_info->end_cursor);
    ck_assert_ptr_null(tokens->page_info->start_cursor);
    gql_list_pats_free(&out);
}
END_TEST

START_TEST(list_pats_null_me) {
    gql_list_pats_data out;
    ck_assert_msg(gql_list_pats_decode(inline_json("{'me': null}"), &out, &err), "%s", err.message);
    ck_assert_ptr_null(out.me);
    gql_list_pats_free(&out);

    ck_assert_msg(
        gql_list_pats_decode(inline_json("{'me': {'__typename': 'Viewer', 'personalAccessTokens': null}}"), &out, &err),
        "%s", err.message);
    ck_assert_ptr_nonnull(out.me);
    ck_assert_ptr_null(out.me->personal_access_tokens);
    gql_list_pats_free(&out);
}
END_TEST

START_TEST(list_pats_null_edges) {
    cJSON *data = load("list-pats-page.json");
    set(data, "me.personalAccessTokens", "edges", cJSON_CreateNull());
    gql_list_pats_data out;
    ck_assert_msg(gql_list_pats_decode(data, &out, &err), "%s", err.message);
    ck_assert_ptr_null(out.me->personal_access_tokens->edges);
    ck_assert_uint_eq(out.me->personal_access_tokens->edges_count, 0);
    ck_assert(out.me->personal_access_tokens->page_info->has_next_page);
    gql_list_pats_free(&out);
}
END_TEST

START_TEST(list_pats_extra_fields_ignored) {
    cJSON *data = load("list-pats-page.json");
    cJSON_AddStringToObject(data, "extensions", "ignored");
    cJSON_AddNumberToObject(at(data, "me"), "futureCount", 3);
    cJSON_AddItemToObject(at(data, "me.personalAccessTokens"), "totalCount", cJSON_CreateNumber(2));
    cJSON_AddItemToObject(at(data, "me.personalAccessTokens.edges.0.node"), "lastUsedAt",
                          cJSON_CreateString("2026-06-01T00:00:00Z"));
    cJSON_AddItemToObject(at(data, "me.personalAccessTokens.edges.1"), "scopes", cJSON_CreateArray());
    cJSON_AddItemToObject(at(data, "me.personalAccessTokens.pageInfo"), "extra", cJSON_CreateObject());
    gql_list_pats_data out;
    ck_assert_msg(gql_list_pats_decode(data, &out, &err), "%s", err.message);
    ck_assert_uint_eq(out.me->personal_access_tokens->edges_count, 2);
    ck_assert_str_eq(out.me->personal_access_tokens->edges[0].node->description, "CI token");
    ck_assert_str_eq(out.me->personal_access_tokens->page_info->end_cursor, "Y3Vyc29yOjI=");
    gql_list_pats_free(&out);
}
END_TEST

/* One damaged field of the recorded page and the error it must give. The
 * damage sits in the second edge where it can, so the first edge has been
 * decoded (and must be freed) when decoding fails. */
static const struct {
    const char *path, *key;
    enum { REMOVE, MAKE_NULL, MAKE_NUMBER, MAKE_STRING, MAKE_OBJECT, MAKE_ARRAY } change;
    const char *error;
} list_damage[] = {
    {"me.personalAccessTokens.edges.1.node", "description", REMOVE,
     "field 'me.personalAccessTokens.edges.node.description' is missing"},
    {"me.personalAccessTokens.edges.1.node", "id", MAKE_NULL, "field 'me.personalAccessTokens.edges.node.id' is null"},
    {"me.personalAccessTokens.edges.1.node", "id", MAKE_NUMBER,
     "field 'me.personalAccessTokens.edges.node.id' is not a string"},
    {"me.personalAccessTokens.edges.1.node", "createdAt", MAKE_OBJECT,
     "field 'me.personalAccessTokens.edges.node.createdAt' is not a string"},
    {"me.personalAccessTokens.edges.1", "cursor", REMOVE, "field 'me.personalAccessTokens.edges.cursor' is missing"},
    {"me.personalAccessTokens.edges.1", "node", MAKE_NULL, "field 'me.personalAccessTokens.edges.node' is null"},
    {"me.personalAccessTokens.edges.1", "node", MAKE_STRING,
     "field 'me.personalAccessTokens.edges.node' is not an object"},
    {"me.personalAccessTokens", "pageInfo", REMOVE, "field 'me.personalAccessTokens.pageInfo' is missing"},
    {"me.personalAccessTokens", "pageInfo", MAKE_ARRAY, "field 'me.personalAccessTokens.pageInfo' is not an object"},
    {"me.personalAccessTokens", "edges", MAKE_OBJECT, "field 'me.personalAccessTokens.edges' is not a list"},
    {"me.personalAccessTokens.pageInfo", "hasNextPage", REMOVE,
     "field 'me.personalAccessTokens.pageInfo.hasNextPage' is missing"},
    {"me.personalAccessTokens.pageInfo", "hasNextPage", MAKE_STRING,
     "field 'me.personalAccessTokens.pageInfo.hasNextPage' is not a boolean"},
    {"me.personalAccessTokens.pageInfo", "hasPreviousPage", MAKE_NUMBER,
     "field 'me.personalAccessTokens.pageInfo.hasPreviousPage' is not a boolean"},
    {"me.personalAccessTokens.pageInfo", "endCursor", MAKE_NUMBER,
     "field 'me.personalAccessTokens.pageInfo.endCursor' is not a string"},
    {"me", "personalAccessTokens", MAKE_STRING, "field 'me.personalAccessTokens' is not an object"},
};

START_TEST(list_pats_damaged) {
    cJSON *data = load("list-pats-page.json");
    cJSON *value = NULL;
    switch (list_damage[_i].change) {
    case REMOVE: value = NULL; break;
    case MAKE_NULL: value = cJSON_CreateNull(); break;
    case MAKE_NUMBER: value = cJSON_CreateNumber(42); break;
    case MAKE_STRING: value = cJSON_CreateString("true"); break;
    case MAKE_OBJECT: value = cJSON_CreateObject(); break;
    case MAKE_ARRAY: value = cJSON_CreateArray(); break;
    }
    set(data, list_damage[_i].path, list_damage[_i].key, value);
    gql_list_pats_data out;
    ck_assert(!gql_list_pats_decode(data, &out, &err));
    ck_assert_str_eq(err.message, list_damage[_i].error);
    ck_assert_ptr_null(out.me); /* the partial result is freed and cleared */
}
END_TEST

START_TEST(list_pats_wrong_shapes) {
    gql_list_pats_data out;
    ck_assert(!gql_list_pats_decode(inline_json("[]"), &out, &err));
    ck_assert_str_eq(err.message, "field 'data' is not an object");
    ck_assert(!gql_list_pats_decode(inline_json("{'me': 'x'}"), &out, &err));
    ck_assert_str_eq(err.message, "field 'me' is not an object");
    ck_assert(!gql_list_pats_decode(inline_json("{'me': {'personalAccessTokens': {'edges': [1], 'pageInfo': {}}}}"),
                                    &out, &err));
    ck_assert_str_eq(err.message, "field 'me.personalAccessTokens.edges' is not an object");
    ck_assert_ptr_null(out.me);
}
END_TEST

/* ---- CreatePersonalAccessTokenCommandMutation --------------------------- */

START_TEST(create_pat_result) {
    gql_create_pat_data out;
    ck_assert_msg(gql_create_pat_decode(load("create-pat-result.json"), &out, &err), "%s", err.message);
    const gql_create_pat_data_create_personal_access_token *payload = out.create_personal_access_token;
    ck_assert_ptr_nonnull(payload);
    ck_assert_ptr_nonnull(payload->result);
    ck_assert_str_eq(payload->result->secret, "nitro_pat_5f3c9a0e1b2d4c6f8a7b");
    ck_assert_ptr_nonnull(payload->result->token);
    ck_assert_str_eq(payload->result->token->id, "UGVyc29uYWxBY2Nlc3NUb2tlbjoz");
    ck_assert_str_eq(payload->result->token->description, "deploy");
    ck_assert_str_eq(payload->result->token->created_at, "2026-05-31T12:00:00.000+00:00");
    ck_assert_str_eq(payload->result->token->expires_at, "2026-11-27T12:00:00.000+00:00");
    ck_assert_ptr_null(payload->errors);
    ck_assert_uint_eq(payload->errors_count, 0);
    gql_create_pat_free(&out);
    ck_assert_ptr_null(out.create_personal_access_token);
}
END_TEST

START_TEST(create_pat_errors_of_each_kind) {
    gql_create_pat_data out;
    ck_assert_msg(gql_create_pat_decode(load("create-pat-errors.json"), &out, &err), "%s", err.message);
    const gql_create_pat_data_create_personal_access_token *payload = out.create_personal_access_token;
    ck_assert_ptr_null(payload->result);
    ck_assert_uint_eq(payload->errors_count, 3);

    ck_assert_int_eq(payload->errors[0].kind,
                     GQL_CREATE_PAT_DATA_CREATE_PERSONAL_ACCESS_TOKEN_ERRORS_UNAUTHORIZED_OPERATION);
    ck_assert_str_eq(payload->errors[0].typename, "UnauthorizedOperation");
    ck_assert_str_eq(payload->errors[0].message, "You are not authorized to perform this operation.");

    ck_assert_int_eq(payload->errors[1].kind, GQL_CREATE_PAT_DATA_CREATE_PERSONAL_ACCESS_TOKEN_ERRORS_VALIDATION_ERROR);
    ck_assert_str_eq(payload->errors[1].typename, "ValidationError");
    ck_assert_str_eq(payload->errors[1].message, "The description must not be empty.");

    ck_assert_int_eq(payload->errors[2].kind, GQL_CREATE_PAT_DATA_CREATE_PERSONAL_ACCESS_TOKEN_ERRORS_OTHER);
    ck_assert_str_eq(payload->errors[2].typename, "FutureError");
    ck_assert_str_eq(payload->errors[2].message, "Something this client does not know yet.");
    gql_create_pat_free(&out);
}
END_TEST

START_TEST(create_pat_error_without_message) {
    /* A type outside the Error interface has no message selected; null is allowed too. */
    gql_create_pat_data out;
    ck_assert_msg(gql_create_pat_decode(inline_json("{'createPersonalAccessToken': {'result': null, 'errors': ["
                                                    "{'__typename': 'FutureThing'},"
                                                    "{'__typename': 'ValidationError', 'message': null}]}}"),
                                        &out, &err),
                  "%s", err.message);
    const gql_create_pat_data_create_personal_access_token *payload = out.create_personal_access_token;
    ck_assert_uint_eq(payload->errors_count, 2);
    ck_assert_int_eq(payload->errors[0].kind, GQL_CREATE_PAT_DATA_CREATE_PERSONAL_ACCESS_TOKEN_ERRORS_OTHER);
    ck_assert_str_eq(payload->errors[0].typename, "FutureThing");
    ck_assert_ptr_null(payload->errors[0].message);
    ck_assert_int_eq(payload->errors[1].kind, GQL_CREATE_PAT_DATA_CREATE_PERSONAL_ACCESS_TOKEN_ERRORS_VALIDATION_ERROR);
    ck_assert_ptr_null(payload->errors[1].message);
    gql_create_pat_free(&out);
}
END_TEST

START_TEST(create_pat_neither_result_nor_errors) {
    gql_create_pat_data out;
    ck_assert_msg(gql_create_pat_decode(inline_json("{'createPersonalAccessToken': {"
                                                    "'__typename': 'CreatePersonalAccessTokenPayload',"
                                                    "'result': null, 'errors': null}}"),
                                        &out, &err),
                  "%s", err.message);
    ck_assert_ptr_nonnull(out.create_personal_access_token);
    ck_assert_ptr_null(out.create_personal_access_token->result);
    ck_assert_ptr_null(out.create_personal_access_token->errors);
    ck_assert_uint_eq(out.create_personal_access_token->errors_count, 0);
    gql_create_pat_free(&out);

    ck_assert_msg(
        gql_create_pat_decode(inline_json("{'createPersonalAccessToken': {'result': null, 'errors': []}}"), &out, &err),
        "%s", err.message);
    ck_assert_ptr_null(out.create_personal_access_token->result);
    ck_assert_uint_eq(out.create_personal_access_token->errors_count, 0);
    gql_create_pat_free(&out);
}
END_TEST

START_TEST(create_pat_damaged) {
    gql_create_pat_data out;
    ck_assert(!gql_create_pat_decode(inline_json("{'createPersonalAccessToken': null}"), &out, &err));
    ck_assert_str_eq(err.message, "field 'createPersonalAccessToken' is null");
    ck_assert(!gql_create_pat_decode(inline_json("{}"), &out, &err));
    ck_assert_str_eq(err.message, "field 'createPersonalAccessToken' is missing");

    cJSON *data = load("create-pat-result.json");
    set(data, "createPersonalAccessToken.result", "secret", NULL);
    ck_assert(!gql_create_pat_decode(data, &out, &err));
    ck_assert_str_eq(err.message, "field 'createPersonalAccessToken.result.secret' is missing");
    ck_assert_ptr_null(out.create_personal_access_token);

    data = load("create-pat-result.json");
    set(data, "createPersonalAccessToken.result.token", "expiresAt", cJSON_CreateNumber(1780228800));
    ck_assert(!gql_create_pat_decode(data, &out, &err));
    ck_assert_str_eq(err.message, "field 'createPersonalAccessToken.result.token.expiresAt' is not a string");

    data = load("create-pat-result.json");
    set(data, "createPersonalAccessToken.result", "token", cJSON_CreateNull());
    ck_assert(!gql_create_pat_decode(data, &out, &err));
    ck_assert_str_eq(err.message, "field 'createPersonalAccessToken.result.token' is null");

    data = load("create-pat-errors.json");
    set(data, "createPersonalAccessToken.errors.2", "__typename", NULL);
    ck_assert(!gql_create_pat_decode(data, &out, &err));
    ck_assert_str_eq(err.message, "field 'createPersonalAccessToken.errors.__typename' is missing");
    ck_assert_ptr_null(out.create_personal_access_token);

    data = load("create-pat-errors.json");
    set(data, "createPersonalAccessToken.errors.1", "message", cJSON_CreateFalse());
    ck_assert(!gql_create_pat_decode(data, &out, &err));
    ck_assert_str_eq(err.message, "field 'createPersonalAccessToken.errors.message' is not a string");

    data = load("create-pat-errors.json");
    set(data, "createPersonalAccessToken", "errors", cJSON_CreateString("oops"));
    ck_assert(!gql_create_pat_decode(data, &out, &err));
    ck_assert_str_eq(err.message, "field 'createPersonalAccessToken.errors' is not a list");
}
END_TEST

/* ---- RevokePersonalAccessTokenCommandMutation --------------------------- */

START_TEST(revoke_pat_result) {
    gql_revoke_pat_data out;
    ck_assert_msg(gql_revoke_pat_decode(load("revoke-pat-result.json"), &out, &err), "%s", err.message);
    const gql_revoke_pat_data_revoke_personal_access_token *payload = out.revoke_personal_access_token;
    ck_assert_ptr_nonnull(payload->personal_access_token);
    ck_assert_str_eq(payload->personal_access_token->id, "UGVyc29uYWxBY2Nlc3NUb2tlbjox");
    ck_assert_str_eq(payload->personal_access_token->description, "CI token");
    ck_assert_str_eq(payload->personal_access_token->created_at, "2026-05-31T12:00:00.000+00:00");
    ck_assert_str_eq(payload->personal_access_token->expires_at, "2026-11-27T12:00:00.000+00:00");
    ck_assert_ptr_null(payload->errors);
    ck_assert_uint_eq(payload->errors_count, 0);
    gql_revoke_pat_free(&out);
}
END_TEST

START_TEST(revoke_pat_not_found) {
    gql_revoke_pat_data out;
    ck_assert_msg(gql_revoke_pat_decode(load("revoke-pat-not-found.json"), &out, &err), "%s", err.message);
    const gql_revoke_pat_data_revoke_personal_access_token *payload = out.revoke_personal_access_token;
    ck_assert_ptr_null(payload->personal_access_token);
    ck_assert_uint_eq(payload->errors_count, 1);
    ck_assert_int_eq(payload->errors[0].kind,
                     GQL_REVOKE_PAT_DATA_REVOKE_PERSONAL_ACCESS_TOKEN_ERRORS_PERSONAL_ACCESS_TOKEN_NOT_FOUND_ERROR);
    ck_assert_str_eq(payload->errors[0].typename, "PersonalAccessTokenNotFoundError");
    ck_assert_str_eq(payload->errors[0].message, "The personal access token with the ID 'nope' was not found.");
    gql_revoke_pat_free(&out);
}
END_TEST

START_TEST(revoke_pat_other_errors) {
    gql_revoke_pat_data out;
    ck_assert_msg(
        gql_revoke_pat_decode(inline_json("{'revokePersonalAccessToken': {'personalAccessToken': null,"
                                          "'errors': [{'__typename': 'UnauthorizedOperation', 'message': 'no'},"
                                          "{'__typename': 'FutureError', 'message': 'later'}]}}"),
                              &out, &err),
        "%s", err.message);
    const gql_revoke_pat_data_revoke_personal_access_token *payload = out.revoke_personal_access_token;
    ck_assert_uint_eq(payload->errors_count, 2);
    ck_assert_int_eq(payload->errors[0].kind,
                     GQL_REVOKE_PAT_DATA_REVOKE_PERSONAL_ACCESS_TOKEN_ERRORS_UNAUTHORIZED_OPERATION);
    ck_assert_str_eq(payload->errors[0].message, "no");
    ck_assert_int_eq(payload->errors[1].kind, GQL_REVOKE_PAT_DATA_REVOKE_PERSONAL_ACCESS_TOKEN_ERRORS_OTHER);
    ck_assert_str_eq(payload->errors[1].typename, "FutureError");
    ck_assert_str_eq(payload->errors[1].message, "later");
    gql_revoke_pat_free(&out);
}
END_TEST

START_TEST(revoke_pat_neither) {
    gql_revoke_pat_data out;
    ck_assert_msg(
        gql_revoke_pat_decode(
            inline_json("{'revokePersonalAccessToken': {'personalAccessToken': null, 'errors': null}}"), &out, &err),
        "%s", err.message);
    ck_assert_ptr_null(out.revoke_personal_access_token->personal_access_token);
    ck_assert_ptr_null(out.revoke_personal_access_token->errors);
    gql_revoke_pat_free(&out);

    cJSON *data = load("revoke-pat-result.json");
    set(data, "revokePersonalAccessToken.personalAccessToken", "id", cJSON_CreateNumber(1));
    ck_assert(!gql_revoke_pat_decode(data, &out, &err));
    ck_assert_str_eq(err.message, "field 'revokePersonalAccessToken.personalAccessToken.id' is not a string");
    ck_assert_ptr_null(out.revoke_personal_access_token);
}
END_TEST

/* ---- ListWorkspaceCommandQuery ------------------------------------------ */

START_TEST(list_workspaces) {
    gql_list_workspaces_data out;
    ck_assert_msg(gql_list_workspaces_decode(load("list-workspaces.json"), &out, &err), "%s", err.message);
    const gql_list_workspaces_data_me_workspaces *workspaces = out.me->workspaces;
    ck_assert_uint_eq(workspaces->edges_count, 2);
    ck_assert_str_eq(workspaces->edges[0].node->id, "V29ya3NwYWNlOjE=");
    ck_assert_str_eq(workspaces->edges[0].node->name, "Personal");
    ck_assert(workspaces->edges[0].node->personal);
    ck_assert_str_eq(workspaces->edges[1].node->name, "ChilliCream");
    ck_assert(!workspaces->edges[1].node->personal);
    ck_assert(!workspaces->page_info->has_next_page);
    ck_assert_str_eq(workspaces->page_info->end_cursor, "d3M6Mg==");
    gql_list_workspaces_free(&out);

    cJSON *data = load("list-workspaces.json");
    set(data, "me.workspaces.edges.1.node", "personal", cJSON_CreateString("false"));
    ck_assert(!gql_list_workspaces_decode(data, &out, &err));
    ck_assert_str_eq(err.message, "field 'me.workspaces.edges.node.personal' is not a boolean");
    ck_assert_ptr_null(out.me);
}
END_TEST

/* ---- variables ---------------------------------------------------------- */

/* Variables come from the generated binding tables (spec `variables`). */
static cJSON *variables(const nitro_request_def *request, const void *opts, const char *after, long long first,
                        const char *workspace, int *code) {
    nitro_ctx ctx = {.err = tmpfile()};
    ck_assert_ptr_nonnull(ctx.err);
    cJSON *built = nitro_request_variables(&ctx, request, opts, after, first, workspace, code);
    fclose(ctx.err);
    return built;
}

static void set_str(nitro_str_value *value, const char *text) {
    value->value = text;
    value->source = NITRO_SRC_ARGV;
}

START_TEST(list_variables) {
    int code;
    ASSERT_VARIABLES(variables(&nitro_behaviour_pat_list()->request, NULL, NULL, 10, NULL, &code),
                     "{\"after\":null,\"first\":10}");
    ASSERT_VARIABLES(variables(&nitro_behaviour_pat_list()->request, NULL, "Y3Vyc29yOjI=", 50, NULL, &code),
                     "{\"after\":\"Y3Vyc29yOjI=\",\"first\":50}");
    ASSERT_VARIABLES(variables(&nitro_behaviour_workspace_list()->request, NULL, "d3M6Mg==", 10, NULL, &code),
                     "{\"after\":\"d3M6Mg==\",\"first\":10}");
    /* The workspace of api-key list is bound too: it was once sent as null. */
    ASSERT_VARIABLES(variables(&nitro_behaviour_api_key_list()->request, NULL, NULL, 10, "V3M6Mg==", &code),
                     "{\"workspaceId\":\"V3M6Mg==\",\"after\":null,\"first\":10}");
}
END_TEST

START_TEST(create_variables) {
    nitro_opts_pat_create opts = {0};
    set_str(&opts.description, "say \"hi\"\n\xe2\x9c\x93");
    opts.expires = (nitro_int_value){.value = 30, .source = NITRO_SRC_ARGV};
    int code;
    cJSON *built = variables(&nitro_behaviour_pat_create()->request, &opts, NULL, 0, NULL, &code);
    ck_assert_ptr_nonnull(built);
    const cJSON *input = cJSON_GetObjectItemCaseSensitive(built, "input");
    ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(input, "description")->valuestring, "say \"hi\"\n\xe2\x9c\x93");
    /* expiresAt: now + 30 days, in UTC with milliseconds, as the Nitro CLI sends it. */
    const char *expires = cJSON_GetObjectItemCaseSensitive(input, "expiresAt")->valuestring;
    ck_assert_uint_eq(strlen(expires), 24);
    ck_assert_int_eq(expires[10], 'T');
    ck_assert_int_eq(expires[19], '.');
    ck_assert_int_eq(expires[23], 'Z');
    cJSON_Delete(built);
}
END_TEST

START_TEST(revoke_variables) {
    nitro_opts_pat_revoke opts = {0};
    set_str(&opts.id, "UGVyc29uYWxBY2Nlc3NUb2tlbjox");
    int code;
    ASSERT_VARIABLES(variables(&nitro_behaviour_pat_revoke()->request, &opts, NULL, 0, NULL, &code),
                     "{\"input\":{\"id\":\"UGVyc29uYWxBY2Nlc3NUb2tlbjox\"}}");
}
END_TEST

/* @oneOf: the first bound member with a value is sent, the others omitted; an
 * absent optional input makes its nearest nullable object null. */
START_TEST(api_key_variables) {
    nitro_opts_api_key_create opts = {0};
    set_str(&opts.name, "ci");
    int code;
    ASSERT_VARIABLES(variables(&nitro_behaviour_api_key_create()->request, &opts, NULL, 0, "ws", &code),
                     "{\"input\":{\"name\":\"ci\",\"workspaceId\":\"ws\",\"permissionScope\":{\"workspaceId\":\"ws\"},"
                     "\"roleAssigmentCondition\":null}}");
    set_str(&opts.api_id, "api");
    set_str(&opts.stage_condition, "prod");
    ASSERT_VARIABLES(variables(&nitro_behaviour_api_key_create()->request, &opts, NULL, 0, "ws", &code),
                     "{\"input\":{\"name\":\"ci\",\"workspaceId\":\"ws\",\"permissionScope\":{\"apiId\":\"api\"},"
                     "\"roleAssigmentCondition\":{\"stageAuthorizationCondition\":{\"name\":\"prod\"}}}}");
}
END_TEST

START_TEST(api_variables) {
    nitro_opts_api_create opts = {0};
    set_str(&opts.name, "catalog");
    set_str(&opts.path, "/products/ catalog //");
    int code;
    ASSERT_VARIABLES(variables(&nitro_behaviour_api_create()->request, &opts, NULL, 0, "ws", &code),
                     "{\"workspaceId\":\"ws\",\"path\":[\"products\",\"catalog\"],\"name\":\"catalog\",\"kind\":null}");
    set_str(&opts.path, "/");
    set_str(&opts.kind, "gateway");
    ASSERT_VARIABLES(variables(&nitro_behaviour_api_create()->request, &opts, NULL, 0, "ws", &code),
                     "{\"workspaceId\":\"ws\",\"path\":[],\"name\":\"catalog\",\"kind\":\"GATEWAY\"}");
    set_str(&opts.path, "products");
    ck_assert_ptr_null(variables(&nitro_behaviour_api_create()->request, &opts, NULL, 0, "ws", &code));
    ck_assert_int_eq(code, NITRO_EXIT_USAGE);
}
END_TEST

/* The operations are sent byte for byte as spec/operations/ publishes them. */
START_TEST(operation_documents) {
    const struct {
        const gql_operation *operation;
        const char *file, *name;
        bool is_mutation;
    } operations[] = {
        {gql_create_pat_operation(), "create-pat.graphql", "CreatePersonalAccessTokenCommandMutation", true},
        {gql_list_pats_operation(), "list-pats.graphql", "ListPersonalAccessTokenCommandQuery", false},
        {gql_list_workspaces_operation(), "list-workspaces.graphql", "ListWorkspaceCommandQuery", false},
        {gql_revoke_pat_operation(), "revoke-pat.graphql", "RevokePersonalAccessTokenCommandMutation", true},
    };
    for (size_t i = 0; i < sizeof operations / sizeof *operations; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/spec/operations/%s", NITRO_SOURCE_DIR, operations[i].file);
        char *text = read_file(path);
        size_t len = strlen(text);
        while (len > 0 && text[len - 1] == '\n')
            text[--len] = '\0';
        int same = strcmp(operations[i].operation->document, text) == 0;
        free(text);
        ck_assert_msg(same, "the document of %s differs from %s", operations[i].name, path);
        ck_assert_str_eq(operations[i].operation->name, operations[i].name);
        ck_assert_int_eq(operations[i].operation->is_mutation, operations[i].is_mutation);
    }
}
END_TEST

/* ---- the runtime readers the generated code does not exercise ----------- */

START_TEST(read_int_and_float) {
    cJSON *object = inline_json("{'n': 3, 'half': 3.5, 'text': '3', 'big': 9007199254740994, 'neg': -9007199254740992,"
                                "'none': null}");
    long long number = 0;
    bool has = false;
    ck_assert(gql_read_int(object, "n", 0, &number, &has, "n", &err));
    ck_assert(has);
    ck_assert_int_eq(number, 3);
    ck_assert(gql_read_int(object, "neg", 0, &number, &has, "neg", &err));
    ck_assert(number == -9007199254740992LL);
    ck_assert(!gql_read_int(object, "half", 0, &number, &has, "half", &err));
    ck_assert_str_eq(err.message, "field 'half' is not an integer");
    ck_assert(!gql_read_int(object, "text", 0, &number, &has, "text", &err));
    ck_assert_str_eq(err.message, "field 'text' is not an integer");
    ck_assert(!gql_read_int(object, "big", 0, &number, &has, "big", &err));
    ck_assert_str_eq(err.message, "field 'big' is not an integer");
    ck_assert(gql_read_int(object, "none", GQL_NULLABLE, &number, &has, "none", &err));
    ck_assert(!has);
    ck_assert(gql_read_int(object, "absent", GQL_OPTIONAL, &number, &has, "absent", &err));
    ck_assert(!has);
    ck_assert(!gql_read_int(object, "absent", 0, &number, &has, "a.absent", &err));
    ck_assert_str_eq(err.message, "field 'a.absent' is missing");

    double real = 0;
    ck_assert(gql_read_float(object, "half", 0, &real, &has, "half", &err));
    ck_assert(has);
    ck_assert_double_eq(real, 3.5);
    ck_assert(!gql_read_float(object, "text", 0, &real, &has, "text", &err));
    ck_assert_str_eq(err.message, "field 'text' is not a number");
}
END_TEST

Suite *decode_suite(void) {
    Suite *suite = suite_create("decode");
    TCase *list = tcase_create("list pats");
    tcase_add_checked_fixture(list, setup, teardown);
    tcase_add_test(list, list_pats_page);
    tcase_add_test(list, list_pats_last_page);
    tcase_add_test(list, list_pats_null_me);
    tcase_add_test(list, list_pats_null_edges);
    tcase_add_test(list, list_pats_extra_fields_ignored);
    tcase_add_loop_test(list, list_pats_damaged, 0, (int)(sizeof list_damage / sizeof *list_damage));
    tcase_add_test(list, list_pats_wrong_shapes);
    suite_add_tcase(suite, list);

    TCase *mutations = tcase_create("mutations");
    tcase_add_checked_fixture(mutations, setup, teardown);
    tcase_add_test(mutations, create_pat_result);
    tcase_add_test(mutations, create_pat_errors_of_each_kind);
    tcase_add_test(mutations, create_pat_error_without_message);
    tcase_add_test(mutations, create_pat_neither_result_nor_errors);
    tcase_add_test(mutations, create_pat_damaged);
    tcase_add_test(mutations, revoke_pat_result);
    tcase_add_test(mutations, revoke_pat_not_found);
    tcase_add_test(mutations, revoke_pat_other_errors);
    tcase_add_test(mutations, revoke_pat_neither);
    suite_add_tcase(suite, mutations);

    TCase *other = tcase_create("workspaces, variables, operations");
    tcase_add_checked_fixture(other, setup, teardown);
    tcase_add_test(other, list_workspaces);
    tcase_add_test(other, list_variables);
    tcase_add_test(other, create_variables);
    tcase_add_test(other, revoke_variables);
    tcase_add_test(other, api_key_variables);
    tcase_add_test(other, api_variables);
    tcase_add_test(other, operation_documents);
    tcase_add_test(other, read_int_and_float);
    suite_add_tcase(suite, other);
    return suite;
}
