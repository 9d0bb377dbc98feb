/* nitro logout and nitro status: ending the stored session (here and at the
 * identity server) and showing who is signed in with which credential. */
#include "account.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "context.h"
#include "credentials.h"
#include "oauth.h"
#include "safe_text.h"
#include "timefmt.h"
#include "url.h"

void nitro_print_workspace_json(nitro_json *json, const char *id, const char *name) {
    if (!id) {
        nitro_json_null(json);
        return;
    }
    nitro_json_begin_object(json);
    nitro_json_field(json, "id", id);
    nitro_json_field(json, "name", name);
    nitro_json_end_object(json);
}

/* Ends the session at the identity server; failures only cost a note. */
static void end_remote_session(nitro_ctx *ctx) {
    const char *authority = nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_IDENTITY_SERVER);
    const char *id_token = nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_ID_TOKEN);
    if (!authority || !id_token) return;
    nitro_oauth oauth = {0};
    nitro_oidc_config config = {0};
    const char *ca_file = NULL;
    /* No answer from the server (refused, unreachable) is the one case it could not be told. */
    if (!nitro_ctx_ca_file(ctx, &ca_file) || !nitro_oauth_init(&oauth, 5000, ca_file) ||
        !nitro_oidc_discover(&oauth, authority, &config)) {
        fputs("note: the identity server could not be told.\n", ctx->err);
    } else if (config.end_session_endpoint) {
        nitro_form query = {0};
        nitro_form_add(&query, "id_token_hint", id_token);
        const char *text = nitro_form_text(&query);
        size_t size = strlen(config.end_session_endpoint) + (text ? strlen(text) : 0) + 2;
        char *url = text ? malloc(size) : NULL;
        if (url) {
            snprintf(url, size, "%s%c%s", config.end_session_endpoint,
                     strchr(config.end_session_endpoint, '?') ? '&' : '?', text);
            if (!nitro_oauth_get(&oauth, url)) fputs("note: the identity server could not be told.\n", ctx->err);
            free(url);
        }
        nitro_form_free(&query);
    }
    nitro_oidc_config_free(&config);
    nitro_oauth_cleanup(&oauth);
}

int nitro_cmd_logout(nitro_ctx *ctx, nitro_opts_logout *opts) {
    (void)opts;
    nitro_session_status status = nitro_ctx_session(ctx);
    if (status == NITRO_SESSION_OK) end_remote_session(ctx);
    /* A damaged file is removed too: logging out is the way out of it. So are the temporary files a killed
     * writer left, signed in or not: they hold secrets. */
    char why[300];
    bool existed = false;
    if (!ctx->session_path || !nitro_session_remove(ctx->session_path, &existed, why, sizeof why)) {
        nitro_error(ctx, "cannot remove %s: %s", ctx->session_path ? ctx->session_path : "the session file",
                    ctx->session_path ? why : "neither XDG_CONFIG_HOME nor HOME is set");
        return NITRO_EXIT_FAILURE;
    }
    if (status == NITRO_SESSION_MISSING && !existed) {
        fputs("You are not logged in.\n", ctx->err);
        return NITRO_EXIT_OK;
    }
    if (ctx->json) {
        fputs("{}\n", ctx->out);
    } else {
        fputs("Logged you out of Nitro CLI.\n", ctx->out);
    }
    return NITRO_EXIT_OK;
}

int nitro_cmd_status(nitro_ctx *ctx, nitro_opts_status *opts) {
    (void)opts;
    const nitro_str_value *api_key = &ctx->global->api_key;
    nitro_session_status status = nitro_ctx_session(ctx);
    const nitro_session *session = status == NITRO_SESSION_OK ? &ctx->session : NULL;
    const char *credential = NULL;
    if (api_key->value && *api_key->value) {
        credential = api_key->source == NITRO_SRC_ENV ? api_key->env_name : "--api-key";
    } else if (session && nitro_session_value(session, NITRO_SESSION_FIELD_API_KEY)) {
        credential = "session token (from login --with-token)";
    } else if (session && nitro_session_value(session, NITRO_SESSION_FIELD_ACCESS_TOKEN)) {
        credential = "session access token";
    }
    if (status == NITRO_SESSION_CORRUPT || status == NITRO_SESSION_ERROR || status == NITRO_SESSION_UNSAFE) {
        /* The path comes from XDG_CONFIG_HOME or HOME, the reason may quote the file. */
        fputs("warning: the session file ", ctx->err);
        nitro_put_safe(ctx->err, ctx->session_path);
        fputs(" cannot be used: ", ctx->err);
        nitro_put_safe(ctx->err, ctx->session_why);
        fputs(".\n", ctx->err);
    }
    if (!credential) {
        nitro_error(ctx, "You are not logged in. Run 'nitro login', or pass '--api-key'.");
        return NITRO_EXIT_AUTH;
    }
    const char *api_url = ctx->global->cloud_url.source != NITRO_SRC_DEFAULT || !session
                              ? ctx->global->cloud_url.value
                              : (nitro_session_value(session, NITRO_SESSION_FIELD_API_URL)
                                     ? nitro_session_value(session, NITRO_SESSION_FIELD_API_URL)
                                     : ctx->global->cloud_url.value);
    char why[300];
    char *endpoint = nitro_endpoint_from_cloud_url(api_url, why, sizeof why);
    const char *email = session ? nitro_session_value(session, NITRO_SESSION_FIELD_EMAIL) : NULL;
    const char *tenant = session ? nitro_session_value(session, NITRO_SESSION_FIELD_TENANT) : NULL;
    const char *workspace_id = session ? nitro_session_value(session, NITRO_SESSION_FIELD_WORKSPACE_ID) : NULL;
    const char *workspace_name = session ? nitro_session_value(session, NITRO_SESSION_FIELD_WORKSPACE_NAME) : NULL;
    const char *expires_at = session && strcmp(credential, "session access token") == 0
                                 ? nitro_session_value(session, NITRO_SESSION_FIELD_EXPIRES_AT)
                                 : NULL;
    if (ctx->json) {
        nitro_json json;
        nitro_ctx_json(ctx, &json);
        nitro_json_begin_object(&json);
        nitro_json_field(&json, "email", email);
        nitro_json_field(&json, "tenant", tenant);
        nitro_json_key(&json, "workspace");
        nitro_print_workspace_json(&json, workspace_id, workspace_name);
        nitro_json_field(&json, "apiUrl", endpoint ? endpoint : api_url);
        nitro_json_field(&json, "credential", credential);
        nitro_json_field(&json, "expiresAt", expires_at);
        nitro_json_end_object(&json);
        nitro_json_finish(&json);
    } else {
        /* The session file's values are made safe for a terminal: anyone may have written it. */
        fputs("User:       ", ctx->out);
        nitro_put_safe(ctx->out, email ? email : "(unknown: signed in with a token)");
        if (tenant) {
            fputs("\nTenant:     ", ctx->out);
            nitro_put_safe(ctx->out, tenant);
        }
        fputs("\nWorkspace:  ", ctx->out);
        nitro_put_safe(ctx->out, workspace_name ? workspace_name : "(none)");
        if (workspace_id) {
            fputs(" (", ctx->out);
            nitro_put_safe(ctx->out, workspace_id);
            fputc(')', ctx->out);
        }
        fputs("\nAPI:        ", ctx->out);
        nitro_put_safe(ctx->out, endpoint ? endpoint : api_url);
        fprintf(ctx->out, "\nCredential: %s\n", credential);
        if (expires_at) {
            long long when;
            bool expired = nitro_iso_parse(expires_at, &when) && when <= (long long)time(NULL);
            fputs("Expires:    ", ctx->out);
            nitro_put_safe(ctx->out, expires_at);
            fprintf(ctx->out, "%s\n", expired ? " (expired; renewed on the next request)" : "");
        }
    }
    free(endpoint);
    return NITRO_EXIT_OK;
}
