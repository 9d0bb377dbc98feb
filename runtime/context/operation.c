/* Running one operation for a command: the request with the run's
 * credentials, and the user-facing report of a failure (transport, HTTP,
 * GraphQL, auth), with what the server may have done after a mutation. */
#include "operation.h"

#include <stdlib.h>
#include <string.h>

#include "context.h"
#include "credentials.h"
#include "http.h"
#include "safe_text.h"

int nitro_report_failure(nitro_ctx *ctx, const nitro_result *result) {
    int code = NITRO_EXIT_FAILURE;
    switch (result->kind) {
    case NITRO_RESULT_OK: return NITRO_EXIT_OK;
    case NITRO_RESULT_AUTH: {
        /* Who refused what: a credential the server does not know (unknown, revoked, expired) is not one it
         * knows but does not allow this (a key outside its scope, a user without the right). */
        const char *who = ctx->credential_source[0] ? ctx->credential_source : "The credential";
        bool not_allowed = strcmp(result->code, "AUTH_NOT_AUTHORIZED") == 0 ||
                           (strcmp(result->code, "AUTH_NOT_AUTHENTICATED") != 0 && result->http_status == 403);
        if (not_allowed) {
            nitro_error(ctx,
                        "%s may not do this: the server refused it the permission (an API key scoped to another "
                        "workspace or API, or a user without the right).",
                        who);
        } else {
            nitro_error(ctx, "%s was not accepted (unknown, revoked or expired).", who);
            /* Credentials the server does not know may be meant for another server. */
            if (ctx->endpoint && ctx->cloud_url_origin && strcmp(ctx->cloud_url_origin, "the default") != 0) {
                fprintf(ctx->err, "  hint: the request went to %s (from %s); check that it names the right server.\n",
                        ctx->endpoint, ctx->cloud_url_origin);
            }
            if (strncmp(who, "The session file's", 18) == 0) {
                fprintf(ctx->err, "  hint: run '%s' to sign in again.\n", nitro_ctx_login_command(ctx));
            }
        }
        code = NITRO_EXIT_AUTH;
        break;
    }
    case NITRO_RESULT_HTTP:
        /* The Nitro CLI's wording: .NET's status names, and 413 explained on its own. */
        if (result->http_status == 413) {
            nitro_error(ctx, "The server returned a 413 (Request Entity Too Large) HTTP status code. If you are "
                             "running a self-hosted instance, check your ingress controller body-size limits, "
                             "reverse proxy settings, or load balancer request size limits.");
        } else if (result->http_status > 0 && result->server_said) {
            char number[24];
            nitro_error(ctx, "The server returned an unexpected HTTP status code (%ld - %s): %s%s%s%s",
                        result->http_status, nitro_http_status_name(result->http_status, number, sizeof number),
                        result->message, result->code[0] ? " (" : "", result->code, result->code[0] ? ")" : "");
        } else if (result->http_status > 0) {
            char number[24];
            nitro_error(ctx, "The server returned an unexpected HTTP status code (%ld - %s)", result->http_status,
                        nitro_http_status_name(result->http_status, number, sizeof number));
        } else {
            nitro_error(ctx, "The server returned an unexpected HTTP status code.");
        }
        break;
    case NITRO_RESULT_GRAPHQL:
        /* The server's codes for a document it does not know (HC0020 is the older one) say more than the
         * message does; the second line of HC0020 is indented like every continuation on stderr. */
        if (strcmp(result->code, "HC0067") == 0) {
            nitro_error(ctx, "The server rejected the persisted operation of the command. Make sure your Nitro "
                             "backend is on the latest version.");
        } else if (strcmp(result->code, "HC0020") == 0) {
            nitro_error(ctx, "The server rejected the persisted operation of the command.");
            fputs("  If you are targeting a self-hosted instance, make sure it's running the latest version, or "
                  "downgrade your CLI to match.\n",
                  ctx->err);
        } else {
            /* The server's words, made safe for a terminal. */
            char *message = nitro_safe_text(result->message), *code_text = nitro_safe_text(result->code);
            if (code_text && code_text[0]) {
                nitro_error(ctx, "The server returned an unexpected GraphQL error: %s (%s)", message, code_text);
            } else {
                nitro_error(ctx, "The server returned an unexpected GraphQL error: %s", message ? message : "");
            }
            free(message);
            free(code_text);
        }
        break;
    case NITRO_RESULT_BAD_RESPONSE:
    case NITRO_RESULT_TRANSPORT:
        nitro_error(ctx, "%s", result->message);
        if (result->hint[0]) fprintf(ctx->err, "  hint: %s\n", result->hint);
        break;
    case NITRO_RESULT_INTERRUPTED:
        fputs("Interrupted.\n", ctx->err);
        ctx->said_interrupted = true;
        code = NITRO_EXIT_INTERRUPTED;
        break;
    }
    if (result->maybe_applied) {
        fprintf(ctx->err,
                "  hint: the server may have carried out the request before it failed; nitro never sends it twice: "
                "run '%s' to check before trying again.\n",
                ctx->recheck ? ctx->recheck : "nitro --help");
    }
    return code;
}

int nitro_execute(nitro_ctx *ctx, const gql_operation *operation, cJSON *variables, const char *label,
                  nitro_result *result) {
    int code = NITRO_EXIT_OK;
    nitro_client *client = nitro_ctx_client(ctx, &code);
    memset(result, 0, sizeof *result);
    if (!client) {
        cJSON_Delete(variables);
        return code;
    }
    if (!nitro_client_execute(client, operation, variables, label, result)) {
        code = nitro_report_failure(ctx, result);
        nitro_result_free(result);
    }
    return code;
}

int nitro_decode_failed(nitro_ctx *ctx, const gql_operation *operation, nitro_result *result, const gql_error *err) {
    nitro_result_free(result);
    nitro_error(ctx, "The server returned an unexpected response: %s", err->message);
    if (operation->is_mutation) {
        fprintf(ctx->err,
                "  hint: the server may have carried out the request; run '%s' to check before trying again.\n",
                ctx->recheck ? ctx->recheck : "nitro --help");
    }
    return NITRO_EXIT_FAILURE;
}
