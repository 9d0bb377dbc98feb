/* nitro login: signs in (auth/signin.c) or takes a token from stdin, checks
 * the credential against the API, writes the session file, and chooses the
 * default workspace (a sign-in is kept before the picker asks). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "account.h"
#include "context.h"
#include "credentials.h"
#include "executor.h"
#include "generated/commands.h"
#include "http.h"
#include "json_out.h"
#include "list.h"
#include "oauth.h"
#include "safe_text.h"
#include "signin.h"
#include "term.h"

#define DEFAULT_AUTHORITY "https://identity.chillicream.com"
#define OAUTH_CALL_TIMEOUT_MS 30000

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
    choice->id = nitro_ref_text(node, &nitro_picker_workspace()->value);
    choice->name = nitro_ref_text(node, &nitro_picker_workspace()->label);
    return choice->id && choice->name;
}

/* Chooses the default workspace among the caller's: `wanted_id` when given,
 * the only one, or (interactive) the picker. Leaves *choice empty when there
 * is none to choose or several without a terminal. Returns an exit code. */
static int choose_workspace(nitro_ctx *ctx, const char *wanted_id, workspace_choice *choice) {
    const nitro_picker *picker = nitro_picker_workspace();
    nitro_choices choices;
    int code = nitro_choices_fetch(ctx, picker, NULL, NULL, 50, &choices);
    for (size_t p = 0; !code && wanted_id && p < choices.n_pages && !choice->id; p++) {
        const nitro_page *page = &choices.pages[p];
        for (size_t i = 0; i < page->count && !choice->id; i++) {
            char *id = nitro_ref_text(page->nodes[i], &picker->value);
            if (id && strcmp(id, wanted_id) == 0 && !choice_set(choice, page->nodes[i])) code = NITRO_EXIT_FAILURE;
            free(id);
        }
    }
    if (code) {
        /* reported already */
    } else if (wanted_id && !choice->id) {
        char *safe = nitro_safe_text(wanted_id);
        nitro_error(ctx, "The workspace '%s' is not one of yours. 'nitro workspace list' shows them.",
                    safe ? safe : "");
        free(safe);
        code = NITRO_EXIT_FAILURE;
    } else if (!wanted_id && choices.total == 0) {
        fputs("You do not have any workspaces. Run nitro launch and create one.\n", ctx->err);
    } else if (!wanted_id && choices.total == 1) {
        if (!choice_set(choice, choices.pages[0].nodes[0])) code = NITRO_EXIT_FAILURE;
    } else if (!wanted_id && ctx->interactive) {
        /* The same pages: asking needs no second fetch. */
        code = nitro_choices_ask(ctx, picker,
                                 "Which workspace do you want to use as default? (You are signed in; 'nitro "
                                 "workspace set-default' sets or changes it later.)",
                                 &choices, &choice->id, &choice->name);
    } else if (!wanted_id) {
        fputs("You have several workspaces: choose the default one with 'nitro workspace set-default "
              "--workspace-id <id>'.\n",
              ctx->err);
    }
    nitro_choices_free(&choices);
    return code;
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
            if (cap >= 65536) { /* far past any header's limit: say so, not a bare exit 2 */
                nitro_secret_free(text);
                nitro_error(ctx,
                            "The token read from standard input is longer than %d bytes, so it cannot be sent "
                            "in an HTTP header.",
                            NITRO_HEADER_VALUE_MAX);
                return NULL;
            }
            char *grown = realloc(text, cap *= 2);
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
    if (memchr(text, '\0', len)) { /* it would cut the token short, silently */
        nitro_secret_free(text);
        nitro_error(ctx, "The token read from standard input contains a control character, so it cannot be sent "
                         "in an HTTP header.");
        return NULL;
    }
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
        nitro_print_workspace_json(&json, workspace->id, workspace->name);
        nitro_json_end_object(&json);
        nitro_json_finish(&json);
        return;
    }
    /* What the identity server and the API said, made safe for a terminal. */
    char *safe[] = {nitro_safe_text(email),           nitro_safe_text(tenant ? tenant : "no tenant"),
                    nitro_safe_text(authority),       nitro_safe_text(api_url),
                    nitro_safe_text(workspace->name), nitro_safe_text(workspace->id)};
    if (email) {
        fprintf(ctx->out, "Logged in as %s (%s on %s)\n", safe[0], safe[1], safe[2] ? safe[2] : "");
    } else {
        fprintf(ctx->out, "Logged in with a token for %s\n", safe[3] ? safe[3] : "");
    }
    if (workspace->id) fprintf(ctx->out, "Default workspace: %s (%s)\n", safe[4] ? safe[4] : "", safe[5]);
    for (size_t i = 0; i < sizeof safe / sizeof *safe; i++)
        free(safe[i]);
}

/* A credential in the environment wins over the session just stored: said, or the next command would
 * seem to ignore the sign-in. */
static void warn_overridden(nitro_ctx *ctx) {
    const char *used;
    if (nitro_env_either(ctx->getenv_fn, ctx->env_data, "NITRO_API_KEY", "BARISTA_API_KEY", &used)) {
        fprintf(ctx->err, "warning: %s is set: commands use it instead of this session until it is unset.\n", used);
    }
}

static int login_with_token(nitro_ctx *ctx, nitro_opts_login *opts) {
    char *secret = read_token(ctx);
    if (!secret) return NITRO_EXIT_USAGE;
    const char *api_url = ctx->global->cloud_url.value;
    int code = NITRO_EXIT_OK;
    workspace_choice workspace = {0};
    /* The token is checked against the API before anything is stored. */
    /* A second line is refused, not dropped: two lines are likely the wrong input. */
    if (!nitro_ctx_connect_as(ctx, NITRO_AUTH_API_KEY, secret, "The token read from standard input", NITRO_EXIT_USAGE,
                              api_url, &code) ||
        (code = choose_workspace(ctx, opts->workspace_id.value, &workspace))) {
        nitro_secret_free(secret);
        choice_free(&workspace);
        return code;
    }
    nitro_session_free(&ctx->session);
    bool ok =
        nitro_session_store(&ctx->session, NITRO_SESSION_FIELD_API_URL, api_url) &&
        nitro_session_store(&ctx->session, NITRO_SESSION_FIELD_API_KEY, secret) &&
        (!workspace.id || (nitro_session_store(&ctx->session, NITRO_SESSION_FIELD_WORKSPACE_ID, workspace.id) &&
                           nitro_session_store(&ctx->session, NITRO_SESSION_FIELD_WORKSPACE_NAME, workspace.name)));
    nitro_secret_free(secret);
    if (!ok || !nitro_ctx_save_session(ctx)) {
        if (!ok) nitro_error(ctx, "out of memory");
        choice_free(&workspace);
        return NITRO_EXIT_FAILURE;
    }
    print_login(ctx, NULL, NULL, NULL, api_url, &workspace);
    choice_free(&workspace);
    warn_overridden(ctx);
    return NITRO_EXIT_OK;
}

int nitro_cmd_login(nitro_ctx *ctx, nitro_opts_login *opts) {
    if (opts->with_token.value && opts->device.value) {
        nitro_error(ctx, "'--with-token' and '--device' cannot be used together.");
        return NITRO_EXIT_USAGE;
    }
    if (opts->with_token.value) return login_with_token(ctx, opts);
    /* Signing in again: the client id and identity server of the session it replaces (copied: that session is
     * freed before the new one is stored). */
    const nitro_session *previous = nitro_ctx_session(ctx) == NITRO_SESSION_OK ? &ctx->session : NULL;
    const char *stored_client = previous ? nitro_session_value(previous, NITRO_SESSION_FIELD_CLIENT_ID) : NULL;
    if (!opts->client_id.value && stored_client) {
        const char *stored_server = nitro_session_value(previous, NITRO_SESSION_FIELD_IDENTITY_SERVER);
        opts->client_id.value = opts->client_id.owned = strdup(stored_client);
        opts->client_id.source = NITRO_SRC_DEFAULT;
        if (!opts->url.value && stored_server) opts->url.value = opts->url.owned = strdup(stored_server);
        if (!opts->client_id.value || (stored_server && !opts->url.value)) {
            nitro_error(ctx, "out of memory");
            return NITRO_EXIT_FAILURE;
        }
    }
    if (!opts->client_id.value) {
        nitro_error(ctx, "Signing in needs the OAuth client id registered with the identity server: pass "
                         "'--client-id' or set NITRO_CLIENT_ID (the Nitro cloud's is not public).");
        return NITRO_EXIT_USAGE;
    }
    const char *authority = opts->url.value ? opts->url.value : DEFAULT_AUTHORITY;
    nitro_oauth oauth = {0};
    nitro_oidc_config config = {0};
    nitro_signed_in result = {0};
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
    nitro_signin_params params = {
        .client_id = opts->client_id.value,
        .scopes = opts->scopes.value,
        .timeout = opts->timeout.value,
        .no_browser = opts->no_browser.value,
    };
    const nitro_signin_io io = {ctx->err, ctx->getenv_fn, ctx->env_data, ctx->command->options,
                                ctx->command->n_options};
    code = opts->device.value ? nitro_signin_device(&io, &params, &oauth, &config, &result)
                              : nitro_signin_browser(&io, &params, &oauth, &config, &result);
    if (code) goto done;

    /* The API URL: --cloud-url or NITRO_CLOUD_URL when given, else the token's api_url claim. */
    const char *api_url = ctx->global->cloud_url.value;
    if (ctx->global->cloud_url.source == NITRO_SRC_DEFAULT && nitro_claim(result.claims, "api_url")) {
        api_url = nitro_claim(result.claims, "api_url");
    }
    if (!nitro_ctx_connect(ctx, NITRO_AUTH_BEARER, result.tokens.access_token, api_url, &code)) goto done;
    nitro_session_free(&ctx->session);
    nitro_session *session = &ctx->session;
    bool ok = nitro_session_store(session, NITRO_SESSION_FIELD_SESSION_ID, nitro_claim(result.claims, "sid")) &&
              nitro_session_store(session, NITRO_SESSION_FIELD_SUBJECT_ID, nitro_claim(result.claims, "sub")) &&
              nitro_session_store(session, NITRO_SESSION_FIELD_TENANT, nitro_claim(result.claims, "tenant")) &&
              nitro_session_store(session, NITRO_SESSION_FIELD_IDENTITY_SERVER, authority) &&
              nitro_session_store(session, NITRO_SESSION_FIELD_API_URL, api_url) &&
              nitro_session_store(session, NITRO_SESSION_FIELD_EMAIL, nitro_claim(result.claims, "email")) &&
              nitro_session_store(session, NITRO_SESSION_FIELD_CLIENT_ID, opts->client_id.value) &&
              nitro_session_set_tokens(session, result.tokens.access_token, result.tokens.refresh_token,
                                       result.tokens.id_token, result.tokens.expires_in);
    if (!ok) {
        nitro_error(ctx, "out of memory");
        code = NITRO_EXIT_FAILURE;
        goto done;
    }
    /* A working sign-in is kept before anything is asked, so Ctrl-C at the workspace picker keeps it (with no
     * default workspace). A --workspace-id is checked first: a wrong one stores nothing. */
    bool saved = false;
    if (!opts->workspace_id.value) {
        if (nitro_interrupted || !nitro_ctx_save_session(ctx)) {
            code = nitro_interrupted ? NITRO_EXIT_INTERRUPTED : NITRO_EXIT_FAILURE;
            goto done;
        }
        saved = true;
    }
    if ((code = choose_workspace(ctx, opts->workspace_id.value, &workspace))) goto done;
    if (workspace.id) {
        saved = false;
        if (!nitro_session_store(session, NITRO_SESSION_FIELD_WORKSPACE_ID, workspace.id) ||
            !nitro_session_store(session, NITRO_SESSION_FIELD_WORKSPACE_NAME, workspace.name)) {
            nitro_error(ctx, "out of memory");
            code = NITRO_EXIT_FAILURE;
            goto done;
        }
    }
    if (!saved && (nitro_interrupted || !nitro_ctx_save_session(ctx))) {
        code = nitro_interrupted ? NITRO_EXIT_INTERRUPTED : NITRO_EXIT_FAILURE;
        goto done;
    }
    print_login(ctx, nitro_claim(result.claims, "email"), nitro_claim(result.claims, "tenant"), authority, api_url,
                &workspace);
    code = NITRO_EXIT_OK;
done:
    choice_free(&workspace);
    nitro_tokens_free(&result.tokens);
    cJSON_Delete(result.claims);
    nitro_oidc_config_free(&config);
    nitro_oauth_cleanup(&oauth);
    return code;
}
