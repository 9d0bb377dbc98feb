/* Who the credential in use acts for (identity.h). */
#include "identity.h"

#include <stdlib.h>
#include <string.h>

#include "credentials.h"
#include "operation.h"

/* A server without nitro's currentApiKey refuses the document as invalid: a GraphQL error, or a 400 whose
 * body is one (Hot Chocolate). */
static bool unknown_field(const nitro_result *result) {
    return result->kind == NITRO_RESULT_GRAPHQL || (result->kind == NITRO_RESULT_HTTP && result->http_status == 400);
}

static int ask(nitro_ctx *ctx, const gql_operation *operation, nitro_result *result, bool *refused_as_unknown) {
    int code = NITRO_EXIT_OK;
    nitro_client *client = nitro_ctx_client(ctx, &code);
    memset(result, 0, sizeof *result);
    if (!client) return code;
    cJSON *variables = cJSON_CreateObject();
    if (!variables) {
        nitro_error(ctx, "There was an unexpected error: out of memory");
        return NITRO_EXIT_FAILURE;
    }
    if (nitro_client_execute(client, operation, variables, "Asking the server who the credential acts for", result))
        return NITRO_EXIT_OK;
    if (refused_as_unknown && unknown_field(result)) {
        *refused_as_unknown = true;
        nitro_result_free(result);
        return NITRO_EXIT_OK;
    }
    code = nitro_report_failure(ctx, result);
    nitro_result_free(result);
    return code;
}

int nitro_identity_fetch(nitro_ctx *ctx, nitro_identity *who) {
    memset(who, 0, sizeof *who);
    nitro_result result;
    bool unknown = false;
    int code = ask(ctx, gql_nitro_identity_operation(), &result, &unknown);
    if (code) return code;
    gql_error err = {{0}};
    if (!unknown) {
        if (!gql_nitro_identity_decode(result.data, &who->data, &err))
            return nitro_decode_failed(ctx, gql_nitro_identity_operation(), &result, &err);
        nitro_result_free(&result);
        const gql_nitro_identity_data_me_user *user = who->data.me ? who->data.me->user : NULL;
        if (user) {
            who->user_id = user->id;
            who->user_email = user->email;
            who->user_name = user->name;
        } else {
            who->key = who->data.current_api_key;
            who->key_unknown = !who->key;
        }
        return NITRO_EXIT_OK;
    }
    /* The server knows no currentApiKey: `me` alone says whether a user is behind the credential. */
    if ((code = ask(ctx, gql_nitro_viewer_operation(), &result, NULL))) return code;
    if (!gql_nitro_viewer_decode(result.data, &who->viewer, &err))
        return nitro_decode_failed(ctx, gql_nitro_viewer_operation(), &result, &err);
    nitro_result_free(&result);
    const gql_nitro_viewer_data_me_user *user = who->viewer.me ? who->viewer.me->user : NULL;
    if (user) {
        who->user_id = user->id;
        who->user_email = user->email;
        who->user_name = user->name;
    } else {
        who->key_unknown = true;
    }
    return NITRO_EXIT_OK;
}

void nitro_identity_free(nitro_identity *who) {
    gql_nitro_identity_free(&who->data);
    gql_nitro_viewer_free(&who->viewer);
    memset(who, 0, sizeof *who);
}

bool nitro_credential_overrides_session(const nitro_ctx *ctx) {
    const nitro_str_value *api_key = &ctx->global->api_key;
    return api_key->value && *api_key->value;
}

bool nitro_identity_takes_session_workspace(nitro_ctx *ctx, const nitro_identity *who) {
    if (!who->user_id) return false;
    const char *email = nitro_ctx_session(ctx) == NITRO_SESSION_OK
                            ? nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_EMAIL)
                            : NULL;
    return !email || (who->user_email && strcmp(email, who->user_email) == 0);
}
