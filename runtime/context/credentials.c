/* Which credential a run uses and how it reaches the server: resolution
 * (--api-key, NITRO_API_KEY, the session), renewal of an expired access token
 * with the refresh grant, adopting a session another nitro renewed first, the
 * CA bundle rule, the env timeouts, and connecting: the context's, kept apart so
 * the run's flow and the credential rules can each be read on their own. */
#include "credentials.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "context.h"
#include "http.h"
#include "oauth.h"
#include "timefmt.h"
#include "url.h"

static const char *env(nitro_ctx *ctx, const char *name) {
    const char *value = ctx->getenv_fn(ctx->env_data, name);
    return value && *value ? value : NULL;
}

/* A whole number of seconds from an env var (or its BARISTA_ name); false (reported) when invalid. */
static bool env_seconds(nitro_ctx *ctx, const char *name, const char *legacy, long long fallback, long *ms) {
    const char *used;
    const char *text = nitro_env_either(ctx->getenv_fn, ctx->env_data, name, legacy, &used);
    long long seconds = fallback;
    if (text && !nitro_parse_int(text, 1, 3600, &seconds)) {
        nitro_error(ctx, "invalid value '%.40s' for %s: expected whole seconds from 1 to 3600", text, used);
        return false;
    }
    *ms = (long)(seconds * 1000);
    return true;
}

bool nitro_ctx_ca_file(nitro_ctx *ctx, const char **ca_file) {
    /* Named as curl's tool reads them: libcurl itself reads neither. */
    const char *variable = env(ctx, "CURL_CA_BUNDLE") ? "CURL_CA_BUNDLE" : "SSL_CERT_FILE";
    *ca_file = env(ctx, variable);
    if (*ca_file && access(*ca_file, R_OK) != 0) {
        nitro_error(ctx, "%s names '%.200s', which cannot be read", variable, *ca_file);
        return false;
    }
    return true;
}

nitro_session_status nitro_ctx_session(nitro_ctx *ctx) {
    if (ctx->session_loaded) return ctx->session_status;
    ctx->session_loaded = true;
    ctx->session_path = nitro_session_path(ctx->getenv_fn, ctx->env_data);
    if (!ctx->session_path) {
        snprintf(ctx->session_why, sizeof ctx->session_why, "neither XDG_CONFIG_HOME nor HOME is set");
        ctx->session_status = NITRO_SESSION_ERROR;
    } else {
        ctx->session_status =
            nitro_session_load(ctx->session_path, &ctx->session, ctx->session_why, sizeof ctx->session_why);
    }
    return ctx->session_status;
}

bool nitro_ctx_save_session(nitro_ctx *ctx) {
    char why[300];
    if (!ctx->session_path) ctx->session_path = nitro_session_path(ctx->getenv_fn, ctx->env_data);
    if (!ctx->session_path) {
        nitro_error(ctx, "cannot store the session: neither XDG_CONFIG_HOME nor HOME is set");
        return false;
    }
    if (!nitro_session_save(ctx->session_path, &ctx->session, why, sizeof why)) {
        nitro_error(ctx, "cannot store the session: %s", why);
        return false;
    }
    ctx->session_loaded = true;
    ctx->session_status = NITRO_SESSION_OK;
    return true;
}

/* True when the access token's expiresAt is past, or so close that it could
 * lapse on the way (a request may take the whole NITRO_TIMEOUT). */
static bool token_expired(const nitro_session *session) {
    const char *expires_at = nitro_session_value(session, NITRO_SESSION_FIELD_EXPIRES_AT);
    long long expires;
    return expires_at && nitro_iso_parse(expires_at, &expires) && expires - 30 <= (long long)time(NULL);
}

/* Renews the session's access token with its refresh token and saves it. */
static bool refresh_session(nitro_ctx *ctx, char *why, size_t why_size) {
    nitro_session *session = &ctx->session;
    const char *refresh_token = nitro_session_value(session, NITRO_SESSION_FIELD_REFRESH_TOKEN);
    const char *authority = nitro_session_value(session, NITRO_SESSION_FIELD_IDENTITY_SERVER);
    const char *client_id = env(ctx, "NITRO_CLIENT_ID") ? env(ctx, "NITRO_CLIENT_ID")
                                                        : nitro_session_value(session, NITRO_SESSION_FIELD_CLIENT_ID);
    if (!refresh_token || !authority) {
        snprintf(why, why_size, "the session has no refresh token");
        return false;
    }
    nitro_oauth oauth = {0};
    nitro_oidc_config config = {0};
    nitro_tokens tokens = {0};
    nitro_form form = {0};
    const char *ca_file = NULL;
    if (!nitro_ctx_ca_file(ctx, &ca_file)) {
        snprintf(why, why_size, "the CA bundle cannot be read");
        return false;
    }
    bool ok = nitro_oauth_init(&oauth, 30000, ca_file) && nitro_oidc_discover(&oauth, authority, &config);
    if (ok) {
        nitro_form_add(&form, "grant_type", "refresh_token");
        nitro_form_add(&form, "refresh_token", refresh_token);
        if (client_id) nitro_form_add(&form, "client_id", client_id);
        ok =
            nitro_form_text(&form) && nitro_oauth_token(&oauth, config.token_endpoint, nitro_form_text(&form), &tokens);
    }
    if (ok) {
        ok = nitro_session_set_tokens(session, tokens.access_token, tokens.refresh_token, tokens.id_token,
                                      tokens.expires_in);
    }
    if (!ok) snprintf(why, why_size, "%s", oauth.error[0] ? oauth.error : "out of memory");
    nitro_form_free(&form);
    nitro_tokens_free(&tokens);
    nitro_oidc_config_free(&config);
    nitro_oauth_cleanup(&oauth);
    if (ok && !nitro_ctx_save_session(ctx)) {
        snprintf(why, why_size, "the renewed session could not be saved");
        ok = false;
    }
    return ok;
}

/* Another nitro may have renewed the session first (refresh tokens are used
 * once): when the file now holds a different, live token, take it. */
static bool adopt_renewed_session(nitro_ctx *ctx) {
    nitro_session fresh;
    char why[256];
    if (nitro_session_load(ctx->session_path, &fresh, why, sizeof why) != NITRO_SESSION_OK) return false;
    const char *mine = nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_ACCESS_TOKEN);
    const char *theirs = nitro_session_value(&fresh, NITRO_SESSION_FIELD_ACCESS_TOKEN);
    if (!theirs || (mine && strcmp(mine, theirs) == 0) || token_expired(&fresh)) {
        nitro_session_free(&fresh);
        return false;
    }
    nitro_session_free(&ctx->session);
    ctx->session = fresh;
    return true;
}

const char *nitro_ctx_login_command(nitro_ctx *ctx) {
    /* A browser or device sign-in needs the OAuth client id: the session's, or NITRO_CLIENT_ID. Without one,
     * the sign-in that works is a token on standard input. */
    bool have_session = nitro_ctx_session(ctx) == NITRO_SESSION_OK;
    if ((have_session && nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_CLIENT_ID)) ||
        nitro_env_either(ctx->getenv_fn, ctx->env_data, "NITRO_CLIENT_ID", "BARISTA_CLIENT_ID", NULL))
        return "nitro login";
    return "nitro login --with-token";
}

static void not_authenticated(nitro_ctx *ctx, int *exit_code) {
    nitro_error(ctx, "This command requires an authenticated user. Either specify '--api-key' or run "
                     "'nitro login'.");
    *exit_code = NITRO_EXIT_AUTH;
}

/* Where the credential of a run came from, for the message that refuses it. */
typedef struct {
    char name[64];
    int refused_code;
} credential_source;

/* The credential for this run: --api-key / NITRO_API_KEY first, then the
 * session (its API key, or its access token, renewed when expired). */
static bool resolve_credential(nitro_ctx *ctx, nitro_auth_kind *auth, const char **credential,
                               credential_source *source, int *exit_code) {
    const nitro_str_value *option = &ctx->global->api_key;
    if (option->value && *option->value) {
        *auth = NITRO_AUTH_API_KEY;
        *credential = option->value;
        snprintf(source->name, sizeof source->name, "The API key from %s",
                 option->source == NITRO_SRC_ENV && option->env_name ? option->env_name : "--api-key");
        source->refused_code = NITRO_EXIT_USAGE;
        return true;
    }
    /* What the session file holds was written by nitro, or by someone else. */
    source->refused_code = NITRO_EXIT_AUTH;
    switch (nitro_ctx_session(ctx)) {
    case NITRO_SESSION_OK: break;
    case NITRO_SESSION_MISSING: not_authenticated(ctx, exit_code); return false;
    case NITRO_SESSION_CORRUPT:
    case NITRO_SESSION_UNSAFE: /* refused before (nitro_ctx_client); here for the exhaustive switch */
    case NITRO_SESSION_ERROR:
        nitro_error(ctx,
                    "The session file %s cannot be used: %s. Run '%s' to sign in again, or 'nitro logout' to "
                    "remove it.",
                    ctx->session_path ? ctx->session_path : "session.json", ctx->session_why,
                    nitro_env_either(ctx->getenv_fn, ctx->env_data, "NITRO_CLIENT_ID", "BARISTA_CLIENT_ID", NULL)
                        ? "nitro login"
                        : "nitro login --with-token");
        *exit_code = NITRO_EXIT_AUTH;
        return false;
    }
    if ((*credential = nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_API_KEY))) {
        *auth = NITRO_AUTH_API_KEY;
        snprintf(source->name, sizeof source->name, "The session file's API key");
        return true;
    }
    if (!nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_ACCESS_TOKEN)) {
        not_authenticated(ctx, exit_code);
        return false;
    }
    if (token_expired(&ctx->session)) {
        char why[600] = "";
        /* One renewal at a time: under the lock the file is read again, and a token another nitro renewed
         * while this one waited is used as it is (the refresh token this one read is spent). */
        bool ok = nitro_session_lock(ctx->session_path, why, sizeof why);
        if (ok) {
            ok = nitro_session_reload(ctx->session_path, &ctx->session, why, sizeof why) == NITRO_SESSION_OK &&
                 (!token_expired(&ctx->session) || refresh_session(ctx, why, sizeof why)) &&
                 nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_ACCESS_TOKEN);
            if (!ok && !why[0]) snprintf(why, sizeof why, "the session file no longer holds a sign-in");
            nitro_session_unlock();
        }
        if (!ok && !adopt_renewed_session(ctx)) {
            nitro_error(ctx, "Your session has expired and could not be renewed: %s. Run '%s' to sign in again.", why,
                        nitro_ctx_login_command(ctx));
            *exit_code = NITRO_EXIT_AUTH;
            return false;
        }
    }
    *auth = NITRO_AUTH_BEARER;
    *credential = nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_ACCESS_TOKEN);
    snprintf(source->name, sizeof source->name, "The session file's access token");
    return true;
}

/* Every value that goes into a request header, checked where its source is
 * still known (the check itself is http.c's). The value is never shown. */
static bool header_values_ok(nitro_ctx *ctx, nitro_auth_kind auth, const char *credential, const char *source,
                             int refused_code, const char *client_version, int *exit_code) {
    const char *problem = auth != NITRO_AUTH_NONE && credential ? nitro_header_value_problem(credential) : NULL;
    if (problem) {
        if (refused_code == NITRO_EXIT_AUTH) {
            nitro_error(ctx, "%s %s, so it cannot be sent in an HTTP header. Run '%s' to sign in again.", source,
                        problem, nitro_ctx_login_command(ctx));
        } else {
            nitro_error(ctx, "%s %s, so it cannot be sent in an HTTP header.", source, problem);
        }
        *exit_code = refused_code;
        return false;
    }
    if ((problem = nitro_header_value_problem(client_version))) {
        const char *used;
        nitro_env_either(ctx->getenv_fn, ctx->env_data, "NITRO_CLIENT_VERSION", "BARISTA_CLIENT_VERSION", &used);
        nitro_error(ctx, "%s %s, so it cannot be sent in an HTTP header.", used, problem);
        *exit_code = NITRO_EXIT_USAGE;
        return false;
    }
    return true;
}

nitro_client *nitro_ctx_connect(nitro_ctx *ctx, nitro_auth_kind auth, const char *credential, const char *cloud_url,
                                int *exit_code) {
    return auth == NITRO_AUTH_BEARER
               ? nitro_ctx_connect_as(ctx, auth, credential, "The access token from the identity server",
                                      NITRO_EXIT_AUTH, cloud_url, exit_code)
               : nitro_ctx_connect_as(ctx, auth, credential, "The API key", NITRO_EXIT_USAGE, cloud_url, exit_code);
}

nitro_client *nitro_ctx_connect_as(nitro_ctx *ctx, nitro_auth_kind auth, const char *credential, const char *source,
                                   int refused_code, const char *cloud_url, int *exit_code) {
    const char *client_version =
        nitro_env_either(ctx->getenv_fn, ctx->env_data, "NITRO_CLIENT_VERSION", "BARISTA_CLIENT_VERSION", NULL);
    if (!client_version) client_version = NITRO_VERSION;
    if (!header_values_ok(ctx, auth, credential, source, refused_code, client_version, exit_code)) return NULL;
    snprintf(ctx->credential_source, sizeof ctx->credential_source, "%s", source);
    if (!ctx->cloud_url_origin) {
        const nitro_str_value *option = &ctx->global->cloud_url;
        ctx->cloud_url_origin = option->source == NITRO_SRC_ENV && option->env_name ? option->env_name
                                : option->source == NITRO_SRC_DEFAULT               ? "the default"
                                                                                    : "--cloud-url";
    }
    char why[300];
    char *endpoint = nitro_endpoint_from_cloud_url(cloud_url, why, sizeof why);
    if (!endpoint) {
        const nitro_str_value *option = &ctx->global->cloud_url;
        nitro_error(ctx, "%s (from %s)", why,
                    option->source == NITRO_SRC_ENV       ? option->env_name
                    : option->source == NITRO_SRC_DEFAULT ? "the session's apiUrl"
                                                          : "--cloud-url");
        *exit_code = NITRO_EXIT_USAGE;
        return NULL;
    }
    nitro_client_config config = {
        .endpoint = endpoint,
        .auth = auth,
        .credential = credential,
        .client_version = client_version,
        .spinner = ctx->interactive && isatty(STDERR_FILENO) ? ctx->err : NULL,
        .trace = ctx->global->verbose.value ? ctx->err : NULL,
    };
    if (!env_seconds(ctx, "NITRO_TIMEOUT", "BARISTA_TIMEOUT", NITRO_TIMEOUT_DEFAULT, &config.timeout_ms) ||
        !env_seconds(ctx, "NITRO_CONNECT_TIMEOUT", "BARISTA_CONNECT_TIMEOUT", NITRO_CONNECT_TIMEOUT_DEFAULT,
                     &config.connect_timeout_ms)) {
        free(endpoint);
        *exit_code = NITRO_EXIT_USAGE;
        return NULL;
    }
    if (ctx->timeout_cap_ms > 0 && config.timeout_ms > ctx->timeout_cap_ms) config.timeout_ms = ctx->timeout_cap_ms;
    if (!nitro_ctx_ca_file(ctx, &config.ca_file)) {
        free(endpoint);
        *exit_code = NITRO_EXIT_USAGE;
        return NULL;
    }
    if (nitro_endpoint_is_plaintext_remote(endpoint)) {
        fprintf(ctx->err, "warning: %s is not encrypted: credentials would travel in clear text.\n", endpoint);
    }
    free(ctx->endpoint);
    ctx->endpoint = endpoint;
    nitro_client_free(ctx->client);
    ctx->client = nitro_client_new(&config);
    if (!ctx->client) {
        nitro_error(ctx, "There was an unexpected error: could not set up the HTTP client");
        *exit_code = NITRO_EXIT_FAILURE;
    }
    return ctx->client;
}

nitro_client *nitro_ctx_client(nitro_ctx *ctx, int *exit_code) {
    if (ctx->client) return ctx->client;
    nitro_auth_kind auth;
    const char *credential;
    credential_source source;
    /* A session file someone else could have written (its apiUrl would get the credential) stops every command
     * that sends anything, whatever the command line says. */
    if (nitro_ctx_session(ctx) == NITRO_SESSION_UNSAFE) {
        nitro_error(ctx, "The session file %s cannot be trusted: %s.", ctx->session_path, ctx->session_why);
        *exit_code = NITRO_EXIT_FAILURE;
        return NULL;
    }
    if (!resolve_credential(ctx, &auth, &credential, &source, exit_code)) return NULL;
    /* --cloud-url > NITRO_CLOUD_URL > the session's apiUrl > the default. */
    const char *cloud_url = ctx->global->cloud_url.value;
    if (ctx->global->cloud_url.source == NITRO_SRC_DEFAULT && nitro_ctx_session(ctx) == NITRO_SESSION_OK &&
        nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_API_URL)) {
        cloud_url = nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_API_URL);
        ctx->cloud_url_origin = "the session's apiUrl";
    }
    return nitro_ctx_connect_as(ctx, auth, credential, source.name, source.refused_code, cloud_url, exit_code);
}
