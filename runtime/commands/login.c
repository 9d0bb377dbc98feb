/* nitro login | logout | status, nitro workspace current | set-default */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "executor.h"
#include "generated/commands.h"
#include "json_out.h"
#include "list.h"
#include "loopback.h"
#include "oauth.h"
#include "term.h"
#include "timefmt.h"
#include "url.h"

#define DEFAULT_AUTHORITY "https://identity.chillicream.com"
#define REDIRECT_PATH "/signin-redirect"
#define OAUTH_CALL_TIMEOUT_MS 30000
#define MAX_WORKSPACE_PAGES 20

/* ---- the default workspace ----------------------------------------------- */

typedef struct {
    char *id;
    char *name;
} workspace_choice;

static void choice_free(workspace_choice *choice) {
    free(choice->id);
    free(choice->name);
    choice->id = choice->name = NULL;
}

/* The workspaces are read through the workspace picker's query and its
 * declared value (id) and label (name). */
static bool choice_set(workspace_choice *choice, const cJSON *node) {
    choice->id = nitro_ref_text(node, &nitro_picker_workspace.value);
    choice->name = nitro_ref_text(node, &nitro_picker_workspace.label);
    return choice->id && choice->name;
}

/* Chooses the default workspace among the caller's: `wanted_id` when given,
 * the only one, or (interactive) the picker. Leaves *choice empty when there
 * is none to choose or several without a terminal. Returns an exit code. */
static int choose_workspace(nitro_ctx *ctx, const char *wanted_id, workspace_choice *choice) {
    const nitro_picker *picker = &nitro_picker_workspace;
    nitro_page pages[MAX_WORKSPACE_PAGES];
    size_t n_pages = 0, total = 0;
    int code = NITRO_EXIT_OK;
    const char *after = NULL;
    do {
        code = nitro_page_fetch(ctx, &picker->request, picker->connection, NULL, after, 50, NULL, NULL,
                                &pages[n_pages]);
        if (code) break;
        total += pages[n_pages].count;
        after = pages[n_pages].has_next ? pages[n_pages].end_cursor : NULL;
        n_pages++;
    } while (after && n_pages < MAX_WORKSPACE_PAGES);

    for (size_t p = 0; !code && wanted_id && p < n_pages && !choice->id; p++) {
        for (size_t i = 0; i < pages[p].count && !choice->id; i++) {
            char *id = nitro_ref_text(pages[p].nodes[i], &picker->value);
            if (id && strcmp(id, wanted_id) == 0 && !choice_set(choice, pages[p].nodes[i])) code = NITRO_EXIT_FAILURE;
            free(id);
        }
    }
    bool several = !wanted_id && total > 1;
    if (code) {
        /* reported already */
    } else if (wanted_id && !choice->id) {
        nitro_error(ctx, "The workspace '%s' is not one of yours. 'nitro workspace list' shows them.", wanted_id);
        code = NITRO_EXIT_FAILURE;
    } else if (!wanted_id && total == 0) {
        fputs("You do not have any workspaces. Run nitro launch and create one.\n", ctx->err);
    } else if (!wanted_id && total == 1) {
        if (!choice_set(choice, pages[0].nodes[0])) code = NITRO_EXIT_FAILURE;
    } else if (several && !ctx->interactive) {
        fputs("You have several workspaces: choose the default one with 'nitro workspace set-default "
              "--workspace-id <id>'.\n",
              ctx->err);
    }
    for (size_t p = 0; p < n_pages; p++)
        nitro_page_free(&pages[p]);
    if (!code && several && ctx->interactive)
        code = nitro_pick(ctx, picker, "Which workspace do you want to use as default?", NULL, NULL, &choice->id,
                          &choice->name);
    return code;
}

static void print_workspace_json(nitro_json *json, const char *id, const char *name) {
    if (!id) {
        nitro_json_null(json);
        return;
    }
    nitro_json_begin_object(json);
    nitro_json_field(json, "id", id);
    nitro_json_field(json, "name", name);
    nitro_json_end_object(json);
}

/* ---- login --------------------------------------------------------------- */

/* What the sign-in produced, before it is stored. */
typedef struct {
    nitro_tokens tokens;
    cJSON *claims;
    const char *authority;
} signed_in;

static const char *claim(const cJSON *claims, const char *name) {
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(claims, name);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

static bool audience_has(const cJSON *claims, const char *client_id) {
    const cJSON *aud = cJSON_GetObjectItemCaseSensitive(claims, "aud");
    if (cJSON_IsString(aud)) return strcmp(aud->valuestring, client_id) == 0;
    const cJSON *entry;
    cJSON_ArrayForEach(entry, aud) {
        if (cJSON_IsString(entry) && strcmp(entry->valuestring, client_id) == 0) return true;
    }
    return false;
}

/* Checks the id token came for us: issuer, audience, expiry and nonce. */
static bool check_id_token(nitro_ctx *ctx, signed_in *result, const nitro_oidc_config *config, const char *client_id,
                           const char *nonce) {
    result->claims = nitro_jwt_claims(result->tokens.id_token);
    const char *problem = NULL;
    const cJSON *exp = cJSON_GetObjectItemCaseSensitive(result->claims, "exp");
    if (!result->claims) {
        problem = "the identity server returned no readable id token";
    } else if (!claim(result->claims, "iss") || strcmp(claim(result->claims, "iss"), config->issuer) != 0) {
        problem = "the id token comes from another issuer";
    } else if (!audience_has(result->claims, client_id)) {
        problem = "the id token was issued to another client";
    } else if (!cJSON_IsNumber(exp) || exp->valuedouble < (double)time(NULL)) {
        problem = "the id token has expired";
    } else if (nonce && (!claim(result->claims, "nonce") || strcmp(claim(result->claims, "nonce"), nonce) != 0)) {
        problem = "the id token does not carry this sign-in's nonce";
    }
    if (problem) nitro_error(ctx, "The sign-in failed: %s.", problem);
    return problem == NULL;
}

static int browser_sign_in(nitro_ctx *ctx, nitro_opts_login *opts, nitro_oauth *oauth, const nitro_oidc_config *config,
                           signed_in *result) {
    char why[300];
    nitro_loopback loopback;
    if (!nitro_loopback_open(&loopback, why, sizeof why)) {
        nitro_error(ctx, "The sign-in failed: %s", why);
        return NITRO_EXIT_FAILURE;
    }
    char redirect_uri[64];
    snprintf(redirect_uri, sizeof redirect_uri, "http://127.0.0.1:%d%s", loopback.port, REDIRECT_PATH);
    char *verifier = nitro_random_token(32);
    char *challenge = verifier ? nitro_pkce_challenge(verifier) : NULL;
    char *state = nitro_random_token(16);
    char *nonce = nitro_random_token(16);
    char *query = NULL, *code = NULL, *returned_state = NULL, *error = NULL;
    nitro_form url = {0}, form = {0};
    int exit_code = NITRO_EXIT_FAILURE;
    if (!challenge || !state || !nonce) {
        nitro_error(ctx, "The sign-in failed: no random data could be read");
        goto done;
    }
    nitro_form_add(&url, "response_type", "code");
    nitro_form_add(&url, "client_id", opts->client_id.value);
    nitro_form_add(&url, "redirect_uri", redirect_uri);
    nitro_form_add(&url, "scope", opts->scopes.value);
    nitro_form_add(&url, "state", state);
    nitro_form_add(&url, "nonce", nonce);
    nitro_form_add(&url, "code_challenge", challenge);
    nitro_form_add(&url, "code_challenge_method", "S256");
    if (!nitro_form_text(&url)) goto done;
    size_t size = strlen(config->authorization_endpoint) + strlen(url.text) + 2;
    char *authorize = malloc(size);
    if (!authorize) goto done;
    snprintf(authorize, size, "%s%c%s", config->authorization_endpoint,
             strchr(config->authorization_endpoint, '?') ? '&' : '?', url.text);
    fprintf(ctx->err, "To sign in, open this page in a browser:\n  %s\n", authorize);
    if (!opts->no_browser.value && !nitro_open_browser(authorize, ctx->getenv_fn, ctx->env_data)) {
        fputs("(No browser could be opened: open the page yourself.)\n", ctx->err);
    }
    free(authorize);
    fputs("Waiting for the sign-in to complete...\n", ctx->err);

    switch (nitro_loopback_wait(&loopback, REDIRECT_PATH, (long)opts->timeout.value * 1000, &query)) {
    case NITRO_LOOPBACK_OK: break;
    case NITRO_LOOPBACK_TIMEOUT:
        nitro_error(ctx, "The sign-in did not complete within %lld seconds.", opts->timeout.value);
        goto done;
    case NITRO_LOOPBACK_INTERRUPTED: exit_code = NITRO_EXIT_INTERRUPTED; goto done;
    case NITRO_LOOPBACK_ERROR: nitro_error(ctx, "The sign-in failed: the redirect could not be read."); goto done;
    }
    error = nitro_query_param(query, "error");
    code = nitro_query_param(query, "code");
    returned_state = nitro_query_param(query, "state");
    if (!returned_state || strcmp(returned_state, state) != 0) {
        nitro_error(ctx, "The sign-in failed: the redirect's state does not match this sign-in.");
        goto done;
    }
    if (error || !code) {
        char *description = nitro_query_param(query, "error_description");
        nitro_error(ctx, "The sign-in was refused: %s%s%s", error ? error : "no code", description ? ": " : "",
                    description ? description : "");
        free(description);
        exit_code = NITRO_EXIT_AUTH;
        goto done;
    }
    nitro_form_add(&form, "grant_type", "authorization_code");
    nitro_form_add(&form, "code", code);
    nitro_form_add(&form, "redirect_uri", redirect_uri);
    nitro_form_add(&form, "code_verifier", verifier);
    nitro_form_add(&form, "client_id", opts->client_id.value);
    if (!nitro_form_text(&form) || !nitro_oauth_token(oauth, config->token_endpoint, form.text, &result->tokens)) {
        nitro_error(ctx, "The sign-in failed: %s", oauth->error);
        exit_code = NITRO_EXIT_AUTH;
        goto done;
    }
    exit_code = check_id_token(ctx, result, config, opts->client_id.value, nonce) ? NITRO_EXIT_OK : NITRO_EXIT_AUTH;
done:
    nitro_loopback_close(&loopback);
    nitro_form_free(&url);
    nitro_form_free(&form);
    free(verifier);
    free(challenge);
    free(state);
    free(nonce);
    free(query);
    free(code);
    free(returned_state);
    free(error);
    return exit_code;
}

/* Sleeps in short steps so that Ctrl-C is noticed; false when interrupted. */
static bool wait_seconds(long long seconds) {
    for (long long i = 0; i < seconds * 10; i++) {
        if (nitro_interrupted) return false;
        struct timespec step = {0, 100 * 1000000L};
        nanosleep(&step, NULL);
    }
    return !nitro_interrupted;
}

static int device_sign_in(nitro_ctx *ctx, nitro_opts_login *opts, nitro_oauth *oauth, const nitro_oidc_config *config,
                          signed_in *result) {
    if (!config->device_authorization_endpoint) {
        nitro_error(ctx, "The identity server does not offer the device-code sign-in; use 'nitro login' without "
                         "--device.");
        return NITRO_EXIT_FAILURE;
    }
    nitro_form form = {0};
    nitro_form_add(&form, "client_id", opts->client_id.value);
    nitro_form_add(&form, "scope", opts->scopes.value);
    cJSON *grant = NULL;
    if (!nitro_form_text(&form) ||
        !nitro_oauth_post_form(oauth, config->device_authorization_endpoint, form.text, &grant)) {
        nitro_error(ctx, "The sign-in failed: %s", oauth->error);
        nitro_form_free(&form);
        return NITRO_EXIT_AUTH;
    }
    nitro_form_free(&form);
    const char *device_code = claim(grant, "device_code");
    const char *user_code = claim(grant, "user_code");
    const char *verification_uri = claim(grant, "verification_uri");
    const char *complete_uri = claim(grant, "verification_uri_complete");
    const cJSON *interval_item = cJSON_GetObjectItemCaseSensitive(grant, "interval");
    const cJSON *expires_item = cJSON_GetObjectItemCaseSensitive(grant, "expires_in");
    long long interval =
        cJSON_IsNumber(interval_item) && interval_item->valuedouble >= 1 ? (long long)interval_item->valuedouble : 5;
    long long lifetime = cJSON_IsNumber(expires_item) ? (long long)expires_item->valuedouble : opts->timeout.value;
    if (lifetime > opts->timeout.value) lifetime = opts->timeout.value;
    int exit_code = NITRO_EXIT_AUTH;
    if (!device_code || !user_code || !verification_uri) {
        nitro_error(ctx, "The sign-in failed: the device authorization answer lacks device_code, user_code or "
                         "verification_uri.");
        goto done;
    }
    fprintf(ctx->err, "To sign in, open %s and enter the code %s\n", verification_uri, user_code);
    if (complete_uri) fprintf(ctx->err, "(or open %s)\n", complete_uri);
    fputs("Waiting for the sign-in to complete...\n", ctx->err);
    time_t deadline = time(NULL) + lifetime;
    for (;;) {
        if (!wait_seconds(interval)) {
            exit_code = NITRO_EXIT_INTERRUPTED;
            goto done;
        }
        if (time(NULL) > deadline) {
            nitro_error(ctx, "The sign-in did not complete in time: the code %s has expired.", user_code);
            goto done;
        }
        nitro_form poll = {0};
        nitro_form_add(&poll, "grant_type", "urn:ietf:params:oauth:grant-type:device_code");
        nitro_form_add(&poll, "device_code", device_code);
        nitro_form_add(&poll, "client_id", opts->client_id.value);
        bool ok =
            nitro_form_text(&poll) && nitro_oauth_token(oauth, config->token_endpoint, poll.text, &result->tokens);
        nitro_form_free(&poll);
        if (ok) break;
        if (strcmp(oauth->error_code, "authorization_pending") == 0) continue;
        if (strcmp(oauth->error_code, "slow_down") == 0) {
            interval += 5; /* RFC 8628 3.5 */
            continue;
        }
        nitro_error(ctx, "The sign-in failed: %s", oauth->error);
        goto done;
    }
    exit_code = check_id_token(ctx, result, config, opts->client_id.value, NULL) ? NITRO_EXIT_OK : NITRO_EXIT_AUTH;
done:
    cJSON_Delete(grant);
    return exit_code;
}

/* Reads the whole of stdin, trimmed; never from argv, so it stays out of `ps`. */
static char *read_token(nitro_ctx *ctx) {
    if (isatty(STDIN_FILENO)) {
        fputs("error: --with-token reads the token from standard input: pipe it in, for example\n"
              "  echo \"$SECRET\" | nitro login --with-token\n",
              ctx->err);
        return NULL;
    }
    size_t cap = 256, len = 0;
    char *text = malloc(cap);
    while (text) {
        if (len + 1 >= cap) {
            char *grown = cap < 65536 ? realloc(text, cap *= 2) : NULL;
            if (!grown) {
                free(text);
                text = NULL;
                break;
            }
            text = grown;
        }
        ssize_t n = read(STDIN_FILENO, text + len, cap - len - 1);
        if (n <= 0) break;
        len += (size_t)n;
    }
    if (!text) return NULL;
    while (len > 0 && strchr(" \t\r\n", text[len - 1]))
        len--;
    text[len] = '\0';
    size_t start = strspn(text, " \t\r\n");
    memmove(text, text + start, len - start + 1);
    if (!*text) {
        free(text);
        nitro_error(ctx, "No token was read from standard input.");
        return NULL;
    }
    return text;
}

static void print_login(nitro_ctx *ctx, const char *email, const char *tenant, const char *authority,
                        const char *api_url, const workspace_choice *workspace) {
    if (ctx->json) {
        nitro_json json;
        nitro_ctx_json(ctx, &json);
        nitro_json_begin_object(&json);
        nitro_json_field(&json, "email", email);
        nitro_json_field(&json, "tenant", tenant);
        nitro_json_field(&json, "identityServer", authority);
        nitro_json_field(&json, "apiUrl", api_url);
        nitro_json_key(&json, "workspace");
        print_workspace_json(&json, workspace->id, workspace->name);
        nitro_json_end_object(&json);
        nitro_json_finish(&json);
        return;
    }
    if (email) {
        fprintf(ctx->out, "Logged in as %s (%s on %s)\n", email, tenant ? tenant : "no tenant", authority);
    } else {
        fprintf(ctx->out, "Logged in with a token for %s\n", api_url);
    }
    if (workspace->id) fprintf(ctx->out, "Default workspace: %s (%s)\n", workspace->name, workspace->id);
}

static int login_with_token(nitro_ctx *ctx, nitro_opts_login *opts) {
    char *secret = read_token(ctx);
    if (!secret) return NITRO_EXIT_USAGE;
    const char *api_url = ctx->global->cloud_url.value;
    int code = NITRO_EXIT_OK;
    workspace_choice workspace = {0};
    /* The token is checked against the API before anything is stored. */
    if (!nitro_ctx_connect(ctx, NITRO_AUTH_API_KEY, secret, api_url, &code) ||
        (code = choose_workspace(ctx, opts->workspace_id.value, &workspace))) {
        nitro_secret_free(secret);
        choice_free(&workspace);
        return code;
    }
    nitro_session_free(&ctx->session);
    bool ok = nitro_session_set(&ctx->session, "apiUrl", api_url) &&
              nitro_session_set(&ctx->session, "apiKey", secret) &&
              (!workspace.id || (nitro_session_set(&ctx->session, "workspace.id", workspace.id) &&
                                 nitro_session_set(&ctx->session, "workspace.name", workspace.name)));
    nitro_secret_free(secret);
    if (!ok || !nitro_ctx_save_session(ctx)) {
        if (!ok) nitro_error(ctx, "out of memory");
        choice_free(&workspace);
        return NITRO_EXIT_FAILURE;
    }
    print_login(ctx, NULL, NULL, NULL, api_url, &workspace);
    choice_free(&workspace);
    return NITRO_EXIT_OK;
}

int nitro_cmd_login(nitro_ctx *ctx, nitro_opts_login *opts) {
    if (opts->with_token.value && opts->device.value) {
        nitro_error(ctx, "'--with-token' and '--device' cannot be used together.");
        return NITRO_EXIT_USAGE;
    }
    if (opts->with_token.value) return login_with_token(ctx, opts);
    if (!opts->client_id.value) {
        nitro_error(ctx, "Signing in needs the OAuth client id registered with the identity server: pass "
                         "'--client-id' or set NITRO_CLIENT_ID (the Nitro cloud's is not public).");
        return NITRO_EXIT_USAGE;
    }
    const char *authority = opts->url.value ? opts->url.value : DEFAULT_AUTHORITY;
    nitro_oauth oauth = {0};
    nitro_oidc_config config = {0};
    signed_in result = {.authority = authority};
    workspace_choice workspace = {0};
    int code = NITRO_EXIT_FAILURE;
    const char *ca_file = NULL;
    if (!nitro_ctx_ca_file(ctx, &ca_file)) {
        code = NITRO_EXIT_USAGE;
        goto done;
    }
    if (!nitro_oauth_init(&oauth, OAUTH_CALL_TIMEOUT_MS, ca_file) || !nitro_oidc_discover(&oauth, authority, &config)) {
        nitro_error(ctx, "Cannot reach the identity server: %s", oauth.error);
        goto done;
    }
    code = opts->device.value ? device_sign_in(ctx, opts, &oauth, &config, &result)
                              : browser_sign_in(ctx, opts, &oauth, &config, &result);
    if (code) goto done;

    /* The API URL: --cloud-url or NITRO_CLOUD_URL when given, else the token's api_url claim. */
    const char *api_url = ctx->global->cloud_url.value;
    if (ctx->global->cloud_url.source == NITRO_SRC_DEFAULT && claim(result.claims, "api_url")) {
        api_url = claim(result.claims, "api_url");
    }
    if (!nitro_ctx_connect(ctx, NITRO_AUTH_BEARER, result.tokens.access_token, api_url, &code) ||
        (code = choose_workspace(ctx, opts->workspace_id.value, &workspace))) {
        goto done;
    }
    /* Only now, with everything known, is the session written (Ctrl-C before leaves none). */
    nitro_session_free(&ctx->session);
    nitro_session *session = &ctx->session;
    bool ok = nitro_session_set(session, "sessionId", claim(result.claims, "sid")) &&
              nitro_session_set(session, "subjectId", claim(result.claims, "sub")) &&
              nitro_session_set(session, "tenant", claim(result.claims, "tenant")) &&
              nitro_session_set(session, "identityServer", authority) &&
              nitro_session_set(session, "apiUrl", api_url) &&
              nitro_session_set(session, "email", claim(result.claims, "email")) &&
              nitro_session_set(session, "clientId", opts->client_id.value) &&
              nitro_session_set_tokens(session, result.tokens.access_token, result.tokens.refresh_token,
                                       result.tokens.id_token, result.tokens.expires_in) &&
              (!workspace.id || (nitro_session_set(session, "workspace.id", workspace.id) &&
                                 nitro_session_set(session, "workspace.name", workspace.name)));
    if (!ok) nitro_error(ctx, "out of memory");
    if (!ok || nitro_interrupted || !nitro_ctx_save_session(ctx)) {
        code = nitro_interrupted ? NITRO_EXIT_INTERRUPTED : NITRO_EXIT_FAILURE;
        goto done;
    }
    print_login(ctx, claim(result.claims, "email"), claim(result.claims, "tenant"), authority, api_url, &workspace);
    code = NITRO_EXIT_OK;
done:
    choice_free(&workspace);
    nitro_tokens_free(&result.tokens);
    cJSON_Delete(result.claims);
    nitro_oidc_config_free(&config);
    nitro_oauth_cleanup(&oauth);
    return code;
}

/* ---- logout, status ------------------------------------------------------ */

/* Ends the session at the identity server; failures only cost a note. */
static void end_remote_session(nitro_ctx *ctx) {
    const char *authority = nitro_session_get(&ctx->session, "identityServer");
    const char *id_token = nitro_session_get(&ctx->session, "tokens.idToken");
    if (!authority || !id_token) return;
    nitro_oauth oauth = {0};
    nitro_oidc_config config = {0};
    const char *ca_file = NULL;
    if (nitro_ctx_ca_file(ctx, &ca_file) && nitro_oauth_init(&oauth, 5000, ca_file) &&
        nitro_oidc_discover(&oauth, authority, &config) && config.end_session_endpoint) {
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
    if (status == NITRO_SESSION_MISSING) {
        fputs("You are not logged in.\n", ctx->err);
        return NITRO_EXIT_OK;
    }
    if (status == NITRO_SESSION_OK) end_remote_session(ctx);
    /* A damaged file is removed too: logging out is the way out of it. */
    if (!ctx->session_path || unlink(ctx->session_path) != 0) {
        nitro_error(ctx, "cannot remove %s", ctx->session_path ? ctx->session_path : "the session file");
        return NITRO_EXIT_FAILURE;
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
    } else if (session && nitro_session_get(session, "apiKey")) {
        credential = "session token (from login --with-token)";
    } else if (session && nitro_session_get(session, "tokens.accessToken")) {
        credential = "session access token";
    }
    if (status == NITRO_SESSION_CORRUPT || status == NITRO_SESSION_ERROR) {
        fprintf(ctx->err, "warning: the session file %s cannot be used: %s.\n", ctx->session_path, ctx->session_why);
    }
    if (!credential) {
        nitro_error(ctx, "You are not logged in. Run 'nitro login', or pass '--api-key'.");
        return NITRO_EXIT_AUTH;
    }
    const char *api_url = ctx->global->cloud_url.source != NITRO_SRC_DEFAULT || !session
                              ? ctx->global->cloud_url.value
                              : (nitro_session_get(session, "apiUrl") ? nitro_session_get(session, "apiUrl")
                                                                      : ctx->global->cloud_url.value);
    char why[300];
    char *endpoint = nitro_endpoint_from_cloud_url(api_url, why, sizeof why);
    const char *email = session ? nitro_session_get(session, "email") : NULL;
    const char *tenant = session ? nitro_session_get(session, "tenant") : NULL;
    const char *workspace_id = session ? nitro_session_get(session, "workspace.id") : NULL;
    const char *workspace_name = session ? nitro_session_get(session, "workspace.name") : NULL;
    const char *expires_at = session && strcmp(credential, "session access token") == 0
                                 ? nitro_session_get(session, "tokens.expiresAt")
                                 : NULL;
    if (ctx->json) {
        nitro_json json;
        nitro_ctx_json(ctx, &json);
        nitro_json_begin_object(&json);
        nitro_json_field(&json, "email", email);
        nitro_json_field(&json, "tenant", tenant);
        nitro_json_key(&json, "workspace");
        print_workspace_json(&json, workspace_id, workspace_name);
        nitro_json_field(&json, "apiUrl", endpoint ? endpoint : api_url);
        nitro_json_field(&json, "credential", credential);
        nitro_json_field(&json, "expiresAt", expires_at);
        nitro_json_end_object(&json);
        nitro_json_finish(&json);
    } else {
        fprintf(ctx->out, "User:       %s\n", email ? email : "(unknown: signed in with a token)");
        if (tenant) fprintf(ctx->out, "Tenant:     %s\n", tenant);
        fprintf(ctx->out, "Workspace:  %s%s%s%s\n", workspace_name ? workspace_name : "(none)",
                workspace_id ? " (" : "", workspace_id ? workspace_id : "", workspace_id ? ")" : "");
        fprintf(ctx->out, "API:        %s\n", endpoint ? endpoint : api_url);
        fprintf(ctx->out, "Credential: %s\n", credential);
        if (expires_at) {
            long long when;
            bool expired = nitro_iso_parse(expires_at, &when) && when <= (long long)time(NULL);
            fprintf(ctx->out, "Expires:    %s%s\n", expires_at,
                    expired ? " (expired; renewed on the next request)" : "");
        }
    }
    free(endpoint);
    return NITRO_EXIT_OK;
}
