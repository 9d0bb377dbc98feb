/* nitro completion <shell>, and the hidden nitro __complete (see complete.h). */
#include "complete.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "generated/lists.h"

int nitro_cmd_completion(nitro_ctx *ctx, nitro_opts_completion *opts) {
    /* The parser has checked <shell> against the spec's choices; the generator
     * emits a script for each of them. */
    for (size_t i = 0; i < nitro_completion_script_count; i++) {
        const nitro_completion_script *script = &nitro_completion_scripts[i];
        if (strcmp(script->shell, opts->shell.value) == 0) {
            for (const char *const *line = script->lines; *line; line++) {
                fputs(*line, ctx->out);
                fputc('\n', ctx->out);
            }
            return NITRO_EXIT_OK;
        }
    }
    nitro_error(ctx, "no completion script for '%s'", opts->shell.value);
    return NITRO_EXIT_FAILURE;
}

/* ---- nitro __complete ----------------------------------------------------- */

/* The process environment with the timeouts of a completion request. */
typedef struct {
    nitro_getenv_fn getenv_fn;
    void *env_data;
} quiet_env;

static const char *quiet_getenv(void *data, const char *name) {
    const quiet_env *env = data;
    if (strcmp(name, "NITRO_TIMEOUT") == 0) return "2";
    if (strcmp(name, "NITRO_CONNECT_TIMEOUT") == 0) return "1";
    return env->getenv_fn(env->env_data, name);
}

/* `text` with tabs and line breaks as spaces, so a candidate stays one line. */
static void put_field(FILE *out, const char *text) {
    for (const char *p = text ? text : ""; *p; p++)
        fputc(*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, out);
}

static void put_candidate(FILE *out, const char *prefix, const char *value, const char *description) {
    if (!value || !*value || strncmp(value, prefix, strlen(prefix)) != 0) return;
    put_field(out, value);
    fputc('\t', out);
    put_field(out, description);
    fputc('\n', out);
}

/* Prints the first page of a list as candidates: its id field and, as the
 * description, its second field (a PAT's description, a workspace's name). */
static void complete_from(nitro_ctx *ctx, const char *prefix,
                          int (*fetch)(nitro_ctx *, const char *, long long, nitro_page *)) {
    nitro_page page = {0};
    if (fetch(ctx, NULL, NITRO_COMPLETE_MAX_ITEMS, &page)) return;
    for (size_t i = 0; i < page.count; i++) {
        put_candidate(ctx->out, prefix, page.items[i].fields[0].text, page.items[i].fields[1].text);
    }
    nitro_page_free(&page);
}

static void complete_pat_ids(nitro_ctx *ctx, const char *prefix) {
    complete_from(ctx, prefix, nitro_fetch_pat_list);
}

static void complete_workspace_ids(nitro_ctx *ctx, const char *prefix) {
    complete_from(ctx, prefix, nitro_fetch_workspace_list);
}

typedef struct {
    const char *name;
    void (*run)(nitro_ctx *ctx, const char *prefix);
} completer;

static const completer completers[] = {
    {"pat-ids", complete_pat_ids},
    {"workspace-ids", complete_workspace_ids},
};

int nitro_cmd_complete(nitro_ctx *ctx, nitro_opts_complete *opts) {
    const size_t count = sizeof completers / sizeof *completers;
    const completer *found = NULL;
    for (size_t i = 0; i < count && !found; i++) {
        if (strcmp(completers[i].name, opts->completer.value) == 0) found = &completers[i];
    }
    if (!found) return NITRO_EXIT_OK; /* the parser checked <completer> against the spec's choices */
    /* Only an API key or PAT given by option or environment: a session may
     * need a token refresh, which is neither quick nor free of side effects. */
    const char *api_key = ctx->global->api_key.value;
    if (!api_key || !*api_key) return NITRO_EXIT_OK;
    FILE *devnull = fopen("/dev/null", "w");
    if (!devnull) return NITRO_EXIT_OK;
    quiet_env env = {ctx->getenv_fn, ctx->env_data};
    /* Never interactive, no colour, no spinner; errors and warnings go nowhere. */
    nitro_ctx quiet = {
        .command = ctx->command,
        .global = ctx->global,
        .interactive = false,
        .json = true,
        .color = false,
        .out = ctx->out,
        .err = devnull,
        .getenv_fn = quiet_getenv,
        .env_data = &env,
    };
    found->run(&quiet, opts->prefix.value ? opts->prefix.value : "");
    nitro_client_free(quiet.client);
    free(quiet.endpoint);
    fclose(devnull);
    return NITRO_EXIT_OK;
}
