/* nitro completion <shell>, and the hidden nitro __complete (see complete.h). */
#include "complete.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "executor.h"
#include "generated/commands.h"
#include "list.h"

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

/* Prints the first page of the completer's list command as candidates. */
static void complete_from(nitro_ctx *ctx, const nitro_completer *completer, const char *prefix) {
    const nitro_behaviour *list = completer->list;
    nitro_page page;
    if (nitro_page_fetch(ctx, &list->request, list->data, NULL, NULL, NITRO_COMPLETE_MAX_ITEMS, NULL, NULL, &page))
        return;
    for (size_t i = 0; i < page.count; i++) {
        char *value = nitro_ref_text(page.nodes[i], &completer->value);
        char *description = nitro_ref_text(page.nodes[i], &completer->description);
        put_candidate(ctx->out, prefix, value, description);
        free(value);
        free(description);
    }
    nitro_page_free(&page);
}

int nitro_cmd_complete(nitro_ctx *ctx, nitro_opts_complete *opts) {
    const nitro_completer *found = NULL;
    for (size_t i = 0; i < nitro_completer_count && !found; i++) {
        if (strcmp(nitro_completers[i].name, opts->completer.value) == 0) found = &nitro_completers[i];
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
    complete_from(&quiet, found, opts->prefix.value ? opts->prefix.value : "");
    nitro_client_free(quiet.client);
    free(quiet.endpoint);
    fclose(devnull);
    return NITRO_EXIT_OK;
}
