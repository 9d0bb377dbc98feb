#include "app.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "executor.h"
#include "http.h"
#include "jq.h"
#include "oauth.h"
#include "term.h"
#include "timefmt.h"
#include "url.h"

void nitro_error(nitro_ctx *ctx, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("error: ", ctx->err);
    vfprintf(ctx->err, fmt, ap);
    fputc('\n', ctx->err);
    va_end(ap);
}

static const char *env(nitro_ctx *ctx, const char *name) {
    const char *value = ctx->getenv_fn(ctx->env_data, name);
    return value && *value ? value : NULL;
}

/* A whole number of seconds from an env var; false (reported) when invalid. */
static bool env_seconds(nitro_ctx *ctx, const char *name, long long fallback, long *ms) {
    const char *text = env(ctx, name);
    long long seconds = fallback;
    if (text && !nitro_parse_int(text, 1, 3600, &seconds)) {
        nitro_error(ctx, "invalid value '%.40s' for %s: expected whole seconds from 1 to 3600", text, name);
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
    const char *expires_at = nitro_session_get(session, "tokens.expiresAt");
    long long expires;
    return expires_at && nitro_iso_parse(expires_at, &expires) && expires - 30 <= (long long)time(NULL);
}

/* Renews the session's access token with its refresh token and saves it. */
static bool refresh_session(nitro_ctx *ctx, char *why, size_t why_size) {
    nitro_session *session = &ctx->session;
    const char *refresh_token = nitro_session_get(session, "tokens.refreshToken");
    const char *authority = nitro_session_get(session, "identityServer");
    const char *client_id =
        env(ctx, "NITRO_CLIENT_ID") ? env(ctx, "NITRO_CLIENT_ID") : nitro_session_get(session, "clientId");
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
    const char *mine = nitro_session_get(&ctx->session, "tokens.accessToken");
    const char *theirs = nitro_session_get(&fresh, "tokens.accessToken");
    if (!theirs || (mine && strcmp(mine, theirs) == 0) || token_expired(&fresh)) {
        nitro_session_free(&fresh);
        return false;
    }
    nitro_session_free(&ctx->session);
    ctx->session = fresh;
    return true;
}

static void not_authenticated(nitro_ctx *ctx, int *exit_code) {
    nitro_error(ctx, "This command requires an authenticated user. Either specify '--api-key' or run "
                     "'nitro login'.");
    *exit_code = NITRO_EXIT_AUTH;
}

/* The credential for this run: --api-key / NITRO_API_KEY first, then the
 * session (its API key, or its access token, renewed when expired). */
static bool resolve_credential(nitro_ctx *ctx, nitro_auth_kind *auth, const char **credential, int *exit_code) {
    const char *api_key = ctx->global->api_key.value;
    if (api_key && *api_key) {
        *auth = NITRO_AUTH_API_KEY;
        *credential = api_key;
        return true;
    }
    switch (nitro_ctx_session(ctx)) {
    case NITRO_SESSION_OK: break;
    case NITRO_SESSION_MISSING: not_authenticated(ctx, exit_code); return false;
    case NITRO_SESSION_CORRUPT:
    case NITRO_SESSION_ERROR:
        nitro_error(ctx,
                    "The session file %s cannot be used: %s. Run 'nitro login' to sign in again, or 'nitro "
                    "logout' to remove it.",
                    ctx->session_path ? ctx->session_path : "session.json", ctx->session_why);
        *exit_code = NITRO_EXIT_AUTH;
        return false;
    }
    if ((*credential = nitro_session_get(&ctx->session, "apiKey"))) {
        *auth = NITRO_AUTH_API_KEY;
        return true;
    }
    if (!nitro_session_get(&ctx->session, "tokens.accessToken")) {
        not_authenticated(ctx, exit_code);
        return false;
    }
    if (token_expired(&ctx->session)) {
        char why[600];
        if (!refresh_session(ctx, why, sizeof why) && !adopt_renewed_session(ctx)) {
            nitro_error(ctx,
                        "Your session has expired and could not be renewed: %s. Run 'nitro login' to sign in "
                        "again.",
                        why);
            *exit_code = NITRO_EXIT_AUTH;
            return false;
        }
    }
    *auth = NITRO_AUTH_BEARER;
    *credential = nitro_session_get(&ctx->session, "tokens.accessToken");
    return true;
}

nitro_client *nitro_ctx_connect(nitro_ctx *ctx, nitro_auth_kind auth, const char *credential, const char *cloud_url,
                                int *exit_code) {
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
        .client_version = env(ctx, "NITRO_CLIENT_VERSION") ? env(ctx, "NITRO_CLIENT_VERSION") : NITRO_VERSION,
        .spinner = ctx->interactive && isatty(STDERR_FILENO) ? ctx->err : NULL,
        .trace = ctx->global->verbose.value ? ctx->err : NULL,
    };
    if (!env_seconds(ctx, "NITRO_TIMEOUT", NITRO_TIMEOUT_DEFAULT, &config.timeout_ms) ||
        !env_seconds(ctx, "NITRO_CONNECT_TIMEOUT", NITRO_CONNECT_TIMEOUT_DEFAULT, &config.connect_timeout_ms)) {
        free(endpoint);
        *exit_code = NITRO_EXIT_USAGE;
        return NULL;
    }
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
    if (!resolve_credential(ctx, &auth, &credential, exit_code)) return NULL;
    /* --cloud-url > NITRO_CLOUD_URL > the session's apiUrl > the default. */
    const char *cloud_url = ctx->global->cloud_url.value;
    if (ctx->global->cloud_url.source == NITRO_SRC_DEFAULT && nitro_ctx_session(ctx) == NITRO_SESSION_OK &&
        nitro_session_get(&ctx->session, "apiUrl")) {
        cloud_url = nitro_session_get(&ctx->session, "apiUrl");
    }
    return nitro_ctx_connect(ctx, auth, credential, cloud_url, exit_code);
}

int nitro_report_failure(nitro_ctx *ctx, const nitro_result *result) {
    int code = NITRO_EXIT_FAILURE;
    switch (result->kind) {
    case NITRO_RESULT_OK: return NITRO_EXIT_OK;
    case NITRO_RESULT_AUTH:
        nitro_error(ctx, "The server rejected your request as unauthorized. Ensure your account or API key has the "
                         "proper permissions for this action.");
        if (ctx->global->cloud_url.source != NITRO_SRC_DEFAULT) {
            fprintf(ctx->err, "  hint: the request went to %s; check that --cloud-url names the right server.\n",
                    ctx->endpoint);
        }
        code = NITRO_EXIT_AUTH;
        break;
    case NITRO_RESULT_HTTP:
        /* The Nitro CLI's wording: .NET's status names, and 413 explained on its own. */
        if (result->http_status == 413) {
            nitro_error(ctx, "The server returned a 413 (Request Entity Too Large) HTTP status code. If you are "
                             "running a self-hosted instance, check your ingress controller body-size limits, "
                             "reverse proxy settings, or load balancer request size limits.");
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
        } else if (result->code[0]) {
            nitro_error(ctx, "The server returned an unexpected GraphQL error: %s (%s)", result->message, result->code);
        } else {
            nitro_error(ctx, "The server returned an unexpected GraphQL error: %s", result->message);
        }
        break;
    case NITRO_RESULT_BAD_RESPONSE:
    case NITRO_RESULT_TRANSPORT: nitro_error(ctx, "%s", result->message); break;
    case NITRO_RESULT_INTERRUPTED:
        fputs("Interrupted.\n", ctx->err);
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
        fprintf(ctx->err, "  hint: the server may have carried out the request; run '%s' to check before trying again.\n",
                ctx->recheck ? ctx->recheck : "nitro --help");
    }
    return NITRO_EXIT_FAILURE;
}

static void report_missing(nitro_ctx *ctx, const nitro_parsed *parsed) {
    if (parsed->missing_arg) {
        nitro_error(ctx, "Missing required argument '<%s>'.", parsed->missing_arg->value_name);
    } else {
        nitro_error(ctx, "Missing required option '--%s'.", parsed->missing_option->name);
    }
    fprintf(ctx->err, "\nUsage: %s\n\nFor more information, try '%s --help'.\n", parsed->command->usage,
            parsed->command->words);
}

/* Prompts for each missing required input; returns an exit code, or -1 to go on. */
static int prompt_missing(nitro_ctx *ctx, nitro_parsed *parsed) {
    while (parsed->missing_option || parsed->missing_arg) {
        const char *question = parsed->missing_arg ? parsed->missing_arg->prompt : parsed->missing_option->prompt;
        size_t offset = parsed->missing_arg ? parsed->missing_arg->offset : parsed->missing_option->offset;
        const nitro_behaviour *behaviour = parsed->command->behaviour;
        if (ctx->interactive && behaviour && !parsed->missing_arg) {
            int code = nitro_fill_pick(ctx, behaviour, parsed->opts, offset);
            if (code > 0) return code;
            if (code == 0) {
                nitro_parsed_find_missing(parsed);
                continue;
            }
        }
        if (!ctx->interactive || !question) {
            report_missing(ctx, parsed);
            return NITRO_EXIT_USAGE;
        }
        char *answer = NULL;
        nitro_prompt_status status = nitro_prompt_line(ctx->err, question, &answer);
        if (status == NITRO_PROMPT_INTERRUPTED) return NITRO_EXIT_INTERRUPTED;
        if (status == NITRO_PROMPT_EOF) {
            report_missing(ctx, parsed);
            return NITRO_EXIT_USAGE;
        }
        if (*answer == '\0') {
            free(answer);
            continue; /* a required value cannot be empty: ask again */
        }
        nitro_str_value *value = nitro_str_at(parsed->opts, offset);
        value->value = value->owned = answer;
        value->source = NITRO_SRC_PROMPT;
        nitro_parsed_find_missing(parsed);
    }
    return -1;
}

/* ---- --jq ----------------------------------------------------------------- */

/* Filters the finished document onto the real stdout and starts the next one. */
static void filter_document(void *data) {
    nitro_ctx *ctx = data;
    fclose(ctx->out);
    char why[512];
    if (!ctx->jq_failed && !nitro_jq_run(ctx->jq, ctx->jq_buffer, ctx->jq_size, ctx->stdout_real, why, sizeof why)) {
        nitro_error(ctx, "the --jq expression failed: %s", why);
        ctx->jq_failed = true;
    }
    fflush(ctx->stdout_real);
    free(ctx->jq_buffer);
    ctx->jq_buffer = NULL;
    ctx->out = open_memstream(&ctx->jq_buffer, &ctx->jq_size);
    if (!ctx->out) ctx->out = fopen("/dev/null", "w"); /* out of memory: what follows is lost, and said so */
    if (!ctx->out) ctx->jq_failed = true;
}

void nitro_ctx_json(nitro_ctx *ctx, nitro_json *json) {
    nitro_json_init(json, ctx->out);
    if (ctx->jq) {
        json->on_finish = filter_document;
        json->finish_data = ctx;
    }
}

/* Compiles --jq before anything is sent: a bad expression is a usage error. */
static int jq_begin(nitro_ctx *ctx, const char *expression) {
    char why[512];
    switch (nitro_jq_compile(expression, &ctx->jq, why, sizeof why)) {
    case NITRO_JQ_OK: break;
    case NITRO_JQ_SYNTAX:
        nitro_error(ctx, "invalid value '%s' for '--jq <expression>': %s", expression, why);
        return NITRO_EXIT_USAGE;
    case NITRO_JQ_UNAVAILABLE:
        nitro_error(ctx, "--jq needs libjq (Debian: apt-get install libjq1): %s", why);
        return NITRO_EXIT_FAILURE;
    case NITRO_JQ_NOMEM: nitro_error(ctx, "There was an unexpected error: out of memory"); return NITRO_EXIT_FAILURE;
    }
    ctx->stdout_real = ctx->out;
    ctx->out = open_memstream(&ctx->jq_buffer, &ctx->jq_size);
    if (!ctx->out) {
        ctx->out = ctx->stdout_real;
        nitro_error(ctx, "There was an unexpected error: out of memory");
        return NITRO_EXIT_FAILURE;
    }
    /* Filtered output is for scripts: JSON in, no prompts, no tables. */
    ctx->interactive = false;
    ctx->json = true;
    return NITRO_EXIT_OK;
}

static void jq_end(nitro_ctx *ctx) {
    if (!ctx->jq) return;
    fclose(ctx->out); /* an unfinished document (a failure midway) is not filtered */
    free(ctx->jq_buffer);
    ctx->out = ctx->stdout_real;
    nitro_jq_free(ctx->jq);
    ctx->jq = NULL;
}

int nitro_app_run(nitro_parsed *parsed, nitro_getenv_fn getenv_fn, void *env_data) {
    const nitro_command *command = parsed->command;
    nitro_ctx ctx = {
        .command = command,
        .global = parsed->opts,
        .out = stdout,
        .err = stderr,
        .getenv_fn = getenv_fn,
        .env_data = env_data,
    };
    ctx.interactive = ctx.global->output.value == NULL && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) &&
                      !nitro_term_agent_detected(getenv_fn, env_data);
    ctx.json = !ctx.interactive;
    ctx.color = nitro_term_color(getenv_fn, env_data);

    int code = ctx.global->jq.value ? jq_begin(&ctx, ctx.global->jq.value) : NITRO_EXIT_OK;
    if (code) return code;
    if (!ctx.interactive && (parsed->missing_option || parsed->missing_arg)) {
        report_missing(&ctx, parsed);
        jq_end(&ctx);
        return NITRO_EXIT_USAGE;
    }
    /* Credentials first, so nobody types an answer for a command that cannot run. */
    if (!(command->flags & NITRO_CMD_AUTH_REQUIRED) || nitro_ctx_client(&ctx, &code)) {
        code = prompt_missing(&ctx, parsed);
        if (code < 0)
            code = command->behaviour ? nitro_behaviour_run(&ctx, command->behaviour, parsed->opts)
                                      : command->run(&ctx, parsed->opts);
    }
    if (ctx.jq_failed && code == NITRO_EXIT_OK) code = NITRO_EXIT_FAILURE;
    jq_end(&ctx);
    if (nitro_interrupted && code != NITRO_EXIT_INTERRUPTED) code = NITRO_EXIT_INTERRUPTED;
    nitro_client_free(ctx.client);
    free(ctx.endpoint);
    nitro_session_free(&ctx.session);
    free(ctx.session_path);
    return code;
}
