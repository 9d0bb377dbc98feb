/* nitro pat create | list | revoke */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "generated/graphql.h"
#include "generated/lists.h"
#include "json_out.h"
#include "list.h"
#include "term.h"
#include "timefmt.h"

typedef gql_create_pat_data_create_personal_access_token create_payload;
typedef gql_revoke_pat_data_revoke_personal_access_token revoke_payload;
typedef gql_list_pats_data_me_personal_access_tokens_edges_node listed_pat;

static void print_token_json(nitro_json *json, const char *id, const char *description, const char *created_at,
                             const char *expires_at) {
    nitro_json_begin_object(json);
    nitro_json_field(json, "id", id);
    nitro_json_field(json, "description", description);
    nitro_json_field(json, "createdAt", created_at);
    nitro_json_field(json, "expiresAt", expires_at);
    nitro_json_end_object(json);
}

static void print_token_human(FILE *out, const char *id, const char *description, const char *created_at,
                              const char *expires_at) {
    char expires_in[32];
    nitro_expires_in(expires_at, time(NULL), expires_in, sizeof expires_in);
    fprintf(out, "Id:          %s\nDescription: %s\nCreated at:  %s\nExpires at:  %s (%s)\n", id, description,
            created_at, expires_at, expires_in);
}

int nitro_cmd_pat_create(nitro_ctx *ctx, nitro_opts_pat_create *opts) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    char expires_at[48];
    if (!nitro_iso_after_days(&now, opts->expires.value, expires_at, sizeof expires_at)) {
        nitro_error(ctx, "invalid value '%lld' for '--expires <expires>': the date is out of range",
                    opts->expires.value);
        return NITRO_EXIT_USAGE;
    }
    gql_create_pat_vars vars = {.input = {.description = opts->description.value, .expires_at = expires_at}};
    if (ctx->interactive) fputs("Creating personal access token\n", ctx->err);
    nitro_result result;
    int code = nitro_execute(ctx, &gql_create_pat_operation, gql_create_pat_variables(&vars),
                             "Creating personal access token", &result);
    if (code) return code;
    gql_create_pat_data data;
    gql_error err;
    if (!gql_create_pat_decode(result.data, &data, &err))
        return nitro_decode_failed(ctx, &gql_create_pat_operation, &result, &err);
    nitro_result_free(&result);
    const create_payload *payload = data.create_personal_access_token;
    if (payload->errors_count > 0) {
        const char *message = payload->errors[0].message ? payload->errors[0].message : payload->errors[0].typename;
        if (payload->errors[0].kind == GQL_CREATE_PAT_DATA_CREATE_PERSONAL_ACCESS_TOKEN_ERRORS_UNAUTHORIZED_OPERATION) {
            nitro_error(ctx, "%s", message);
        } else {
            nitro_error(ctx, "Unexpected mutation error: %s", message);
        }
        code = NITRO_EXIT_FAILURE;
    } else if (!payload->result) {
        nitro_error(ctx, "The GraphQL mutation completed without errors, but the server did not return the "
                         "expected data.");
        code = NITRO_EXIT_FAILURE;
    } else {
        const gql_create_pat_data_create_personal_access_token_result_token *token = payload->result->token;
        if (ctx->json) {
            nitro_json json;
            nitro_json_init(&json, ctx->out);
            nitro_json_begin_object(&json);
            nitro_json_field(&json, "secret", payload->result->secret);
            nitro_json_key(&json, "details");
            print_token_json(&json, token->id, token->description, token->created_at, token->expires_at);
            nitro_json_end_object(&json);
            nitro_json_finish(&json);
        } else {
            fprintf(ctx->err, "✓ Created personal access token '%s'.\n", token->description);
            print_token_human(ctx->out, token->id, token->description, token->created_at, token->expires_at);
            fprintf(ctx->out, "Secret:      %s\n", payload->result->secret);
            fputs("\nwarning: store the secret now, for example in a secret manager: it is shown only once and "
                  "cannot be shown again.\n",
                  ctx->err);
        }
    }
    gql_create_pat_free(&data);
    return code;
}

static void pat_cell(const nitro_item *item, size_t column, char *out, size_t size) {
    if (column == 2) {
        nitro_expires_in(item->fields[3].text, time(NULL), out, size);
    } else {
        snprintf(out, size, "%s", item->fields[column].text);
    }
}

static const nitro_list_def pat_list = {
    .title = "PersonalAccessTokens",
    .columns = {"Id", "Description", "Expires in"},
    .n_columns = 3,
    .n_fields = 4,
    .fetch = nitro_fetch_pat_list,
    .cell = pat_cell,
};

int nitro_cmd_pat_list(nitro_ctx *ctx, nitro_opts_pat_list *opts) {
    return nitro_list_run(ctx, &pat_list, opts->cursor.value, opts->all.value);
}

int nitro_cmd_pat_revoke(nitro_ctx *ctx, nitro_opts_pat_revoke *opts) {
    const char *id = opts->id.value;
    if (!opts->force.value) {
        if (!ctx->interactive) {
            nitro_error(ctx, "Attempted to prompt the user for confirmation, but the console is running in "
                             "non-interactive mode.");
            fputs("\n  tip: pass '--force' to revoke without a confirmation (required without a terminal and with "
                  "--output json)\n",
                  ctx->err);
            return NITRO_EXIT_USAGE;
        }
        char question[512];
        snprintf(question, sizeof question, "Do you really want to delete PAT with ID %s", id);
        bool yes = false;
        nitro_prompt_status status = nitro_prompt_confirm(ctx->err, question, true, &yes);
        if (status == NITRO_PROMPT_INTERRUPTED) return NITRO_EXIT_INTERRUPTED;
        if (status != NITRO_PROMPT_OK || !yes) {
            fputs("PAT was not deleted.\n", ctx->err);
            return NITRO_EXIT_FAILURE;
        }
    }
    gql_revoke_pat_vars vars = {.input = {.id = id}};
    nitro_result result;
    int code = nitro_execute(ctx, &gql_revoke_pat_operation, gql_revoke_pat_variables(&vars),
                             "Revoking personal access token", &result);
    if (code) return code;
    gql_revoke_pat_data data;
    gql_error err;
    if (!gql_revoke_pat_decode(result.data, &data, &err))
        return nitro_decode_failed(ctx, &gql_revoke_pat_operation, &result, &err);
    nitro_result_free(&result);
    const revoke_payload *payload = data.revoke_personal_access_token;
    if (payload->errors_count > 0) {
        const char *message = payload->errors[0].message ? payload->errors[0].message : payload->errors[0].typename;
        if (payload->errors[0].kind ==
            GQL_REVOKE_PAT_DATA_REVOKE_PERSONAL_ACCESS_TOKEN_ERRORS_PERSONAL_ACCESS_TOKEN_NOT_FOUND_ERROR) {
            nitro_error(ctx, "%s", message);
        } else {
            nitro_error(ctx, "Unexpected mutation error: %s", message);
        }
        code = NITRO_EXIT_FAILURE;
    } else if (!payload->personal_access_token) {
        nitro_error(ctx, "Could not revoke personal access token.");
        code = NITRO_EXIT_FAILURE;
    } else {
        const gql_revoke_pat_data_revoke_personal_access_token_personal_access_token *token =
            payload->personal_access_token;
        if (ctx->json) {
            nitro_json json;
            nitro_json_init(&json, ctx->out);
            print_token_json(&json, token->id, token->description, token->created_at, token->expires_at);
            nitro_json_finish(&json);
        } else {
            fprintf(ctx->err, "✓ Revoked personal access token '%s'.\n", token->description);
            print_token_human(ctx->out, token->id, token->description, token->created_at, token->expires_at);
        }
    }
    gql_revoke_pat_free(&data);
    return code;
}
