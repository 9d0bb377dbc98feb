/* nitro logout and nitro status: ending the stored session (here and at the
 * identity server) and showing who is signed in with which credential. */
#include "account.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "context.h"
#include "credentials.h"
#include "identity.h"
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

/* An API's path as its JSON shows it: the segments joined with '/'. */
static char *joined_path(char **segments, size_t count) {
    size_t size = 1;
    for (size_t i = 0; i < count; i++)
        size += strlen(segments[i]) + 1;
    char *text = malloc(size);
    if (!text) return NULL;
    text[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        if (i) strcat(text, "/");
        strcat(text, segments[i]);
    }
    return text;
}

static void print_key_json(nitro_json *json, const gql_nitro_identity_data_current_api_key *key, const char *path) {
    if (!key) {
        nitro_json_null(json);
        return;
    }
    nitro_json_begin_object(json);
    nitro_json_field(json, "id", key->id);
    nitro_json_field(json, "name", key->name);
    nitro_json_key(json, "workspace");
    nitro_print_workspace_json(json, key->workspace ? key->workspace->id : NULL,
                               key->workspace ? key->workspace->name : NULL);
    nitro_json_key(json, "api");
    if (key->api) {
        nitro_json_begin_object(json);
        nitro_json_field(json, "id", key->api->id);
        nitro_json_field(json, "name", key->api->name);
        nitro_json_field(json, "path", path);
        nitro_json_end_object(json);
    } else {
        nitro_json_null(json);
    }
    nitro_json_end_object(json);
}

/* "name (id)", made safe for a terminal: the server's or the session file's words. */
static void put_named(FILE *out, const char *name, const char *id) {
    nitro_put_safe(out, name ? name : "");
    if (id) {
        fputs(" (", out);
        nitro_put_safe(out, id);
        fputc(')', out);
    }
}

int nitro_cmd_status(nitro_ctx *ctx, nitro_opts_status *opts) {
    (void)opts;
    const nitro_str_value *api_key = &ctx->global->api_key;
    nitro_session_status status = nitro_ctx_session(ctx);
    const nitro_session *session = status == NITRO_SESSION_OK ? &ctx->session : NULL;
    const char *credential = NULL;
    bool overrides = nitro_credential_overrides_session(ctx);
    if (overrides) {
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
    /* A sign-in's session knows its user (the id token's e-mail); a token's does not, and a credential from
     * --api-key or NITRO_API_KEY may be anyone's or an API key: the server says whom it acts for. */
    nitro_identity who = {0};
    bool asked = overrides || strcmp(credential, "session access token") != 0;
    if (asked) {
        int code = nitro_identity_fetch(ctx, &who);
        if (code) return code;
    }
    /* The session's sign-in (tenant, default workspace) is the credential's only when it is the same
     * identity: never an API key's, nor another user's. */
    bool session_identity = session && (!overrides || nitro_identity_takes_session_workspace(ctx, &who));
    const char *api_url = ctx->global->cloud_url.source != NITRO_SRC_DEFAULT || !session
                              ? ctx->global->cloud_url.value
                              : (nitro_session_value(session, NITRO_SESSION_FIELD_API_URL)
                                     ? nitro_session_value(session, NITRO_SESSION_FIELD_API_URL)
                                     : ctx->global->cloud_url.value);
    char why[300];
    char *endpoint = nitro_endpoint_from_cloud_url(api_url, why, sizeof why);
    const char *session_email = session ? nitro_session_value(session, NITRO_SESSION_FIELD_EMAIL) : NULL;
    const char *email = asked ? who.user_email : session_email;
    const char *tenant = session_identity ? nitro_session_value(session, NITRO_SESSION_FIELD_TENANT) : NULL;
    const char *workspace_id = session_identity ? nitro_session_value(session, NITRO_SESSION_FIELD_WORKSPACE_ID) : NULL;
    const char *workspace_name =
        session_identity ? nitro_session_value(session, NITRO_SESSION_FIELD_WORKSPACE_NAME) : NULL;
    if (who.key) {
        workspace_id = who.key->workspace ? who.key->workspace->id : NULL;
        workspace_name = who.key->workspace ? who.key->workspace->name : NULL;
    }
    const char *expires_at = session && strcmp(credential, "session access token") == 0
                                 ? nitro_session_value(session, NITRO_SESSION_FIELD_EXPIRES_AT)
                                 : NULL;
    char *path = who.key && who.key->api ? joined_path(who.key->api->path, who.key->api->path_count) : NULL;
    /* A session the credential in use overrides: said, or its user would seem to be the one acting. */
    bool session_unused = overrides && session &&
                          (nitro_session_value(session, NITRO_SESSION_FIELD_API_KEY) ||
                           nitro_session_value(session, NITRO_SESSION_FIELD_ACCESS_TOKEN));
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
        nitro_json_key(&json, "user");
        if (who.user_id) {
            nitro_json_begin_object(&json);
            nitro_json_field(&json, "id", who.user_id);
            nitro_json_field(&json, "email", who.user_email);
            nitro_json_field(&json, "name", who.user_name);
            nitro_json_end_object(&json);
        } else {
            nitro_json_null(&json);
        }
        nitro_json_key(&json, "apiKey");
        print_key_json(&json, who.key, path);
        nitro_json_key(&json, "sessionOverridden");
        nitro_json_bool(&json, session_unused);
        nitro_json_end_object(&json);
        nitro_json_finish(&json);
    } else {
        /* The session file's values and the server's are made safe for a terminal: anyone may have written
         * them. */
        if (who.key) {
            fputs("API key:    ", ctx->out);
            put_named(ctx->out, who.key->name, who.key->id);
            fputs("\nScope:      ", ctx->out);
            if (who.key->api) {
                fputs("the API ", ctx->out);
                nitro_put_safe(ctx->out, who.key->api->name);
                fputs(" (", ctx->out);
                nitro_put_safe(ctx->out, path ? path : "");
                fputs(", ", ctx->out);
                nitro_put_safe(ctx->out, who.key->api->id);
                fputc(')', ctx->out);
            } else {
                fputs("the whole workspace", ctx->out);
            }
        } else if (who.key_unknown) {
            fputs("API key:    (the server does not say what it acts for)", ctx->out);
        } else if (asked) {
            fputs("User:       ", ctx->out);
            nitro_put_safe(ctx->out, who.user_name ? who.user_name : "");
            fputs(" <", ctx->out);
            nitro_put_safe(ctx->out, who.user_email ? who.user_email : "");
            fputc('>', ctx->out);
        } else {
            fputs("User:       ", ctx->out);
            nitro_put_safe(ctx->out, email ? email : "(unknown: signed in with a token)");
        }
        if (tenant) {
            fputs("\nTenant:     ", ctx->out);
            nitro_put_safe(ctx->out, tenant);
        }
        fputs("\nWorkspace:  ", ctx->out);
        put_named(ctx->out, workspace_name ? workspace_name : "(none)", workspace_id);
        fputs("\nAPI:        ", ctx->out);
        nitro_put_safe(ctx->out, endpoint ? endpoint : api_url);
        fprintf(ctx->out, "\nCredential: %s\n", credential);
        if (session_unused) {
            fprintf(ctx->out, "Session:    not in use while %s is set", credential);
            if (session_email) {
                fputs(" (signed in as ", ctx->out);
                nitro_put_safe(ctx->out, session_email);
                fputc(')', ctx->out);
            }
            fputc('\n', ctx->out);
        }
        if (expires_at) {
            long long when;
            bool expired = nitro_iso_parse(expires_at, &when) && when <= (long long)time(NULL);
            fputs("Expires:    ", ctx->out);
            nitro_put_safe(ctx->out, expires_at);
            fprintf(ctx->out, "%s\n", expired ? " (expired; renewed on the next request)" : "");
        }
    }
    free(path);
    nitro_identity_free(&who);
    free(endpoint);
    return NITRO_EXIT_OK;
}
