/* nitro completion <shell>, and the hidden nitro __complete (see complete.h). */
#include "complete.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "context.h"
#include "executor.h"
#include "generated/commands.h"
#include "list.h"
#include "safe_text.h"
#include "timefmt.h"

int nitro_cmd_completion(nitro_ctx *ctx, nitro_opts_completion *opts) {
    /* The parser has checked <shell> against the spec's choices; the generator
     * emits a script for each of them. */
    const char *script = nitro_completion_script(opts->shell.value);
    if (script) {
        fputs(script, ctx->out);
        return NITRO_EXIT_OK;
    }
    nitro_error(ctx, "no completion script for '%s'", opts->shell.value);
    return NITRO_EXIT_FAILURE;
}

/* ---- nitro __complete ----------------------------------------------------- */

/* The process environment, with a connection attempt bounded to a second
 * (the budget is two). */
static const char *quiet_getenv(void *data, const char *name) {
    const nitro_ctx *ctx = data;
    if (strcmp(name, "NITRO_CONNECT_TIMEOUT") == 0) return "1";
    return ctx->getenv_fn(ctx->env_data, name);
}

static long long now_ms(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

typedef struct {
    char *value;
    char *description;
    long long created; /* seconds since the epoch; 0 when unknown */
    size_t seq;        /* position in the server's order */
} candidate;

typedef struct {
    candidate *items;
    size_t count, capacity;
    size_t seen; /* items read so far, in the server's order */
    bool newest_first;
} candidates;

static void candidate_free(candidate *c) {
    free(c->value);
    free(c->description);
}

/* Newest first (later in the server's order on a tie or without dates), or
 * the server's order. */
static int by_order(const void *a, const void *b, bool newest_first) {
    const candidate *x = a, *y = b;
    if (!newest_first) return x->seq < y->seq ? -1 : x->seq > y->seq;
    if (x->created != y->created) return x->created > y->created ? -1 : 1;
    return x->seq > y->seq ? -1 : x->seq < y->seq;
}
static int by_newest(const void *a, const void *b) {
    return by_order(a, b, true);
}
static int by_server(const void *a, const void *b) {
    return by_order(a, b, false);
}

/* Keeps the first NITRO_COMPLETE_MAX_ITEMS in the order they are offered in. */
static void trim(candidates *list) {
    if (list->count > 1)
        qsort(list->items, list->count, sizeof *list->items, list->newest_first ? by_newest : by_server);
    while (list->count > NITRO_COMPLETE_MAX_ITEMS)
        candidate_free(&list->items[--list->count]);
}

/* A value a shell can offer as it is: UTF-8 without control characters
 * (which would reach the terminal in a listing) and no character a shell
 * reads as syntax. Such a value is left out rather than quoted: when several
 * candidates share a start, bash (readline) inserts that start unquoted, so a
 * quoted `$(cmd)` would run on Enter. Relay IDs (base64) never need quoting. */
static bool offerable(const char *value) {
    if (!value || !*value) return false;
    for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
        if (*p < 0x80 && !isalnum(*p) && !strchr("-_.:@%+=/", *p)) return false;
    }
    char *safe = nitro_safe_text(value);
    bool same = safe && strcmp(safe, value) == 0;
    free(safe);
    return same;
}

/* A description on one line and safe for the terminal the shell lists it on. */
static char *one_line(const char *text) {
    char *copy = strdup(text ? text : "");
    if (!copy) return NULL;
    for (char *p = copy; *p; p++)
        if (*p == '\t' || *p == '\n' || *p == '\r') *p = ' ';
    char *safe = nitro_safe_text(copy);
    free(copy);
    return safe;
}

static void add(candidates *list, const nitro_completer *completer, const cJSON *node, const char *prefix) {
    size_t seq = list->seen++;
    char *value = nitro_ref_text(node, &completer->value);
    if (!offerable(value) || strncmp(value, prefix, strlen(prefix)) != 0) {
        free(value);
        return;
    }
    for (size_t i = 0; i < list->count; i++) {
        if (strcmp(list->items[i].value, value) == 0) { /* a value offered twice is offered once */
            free(value);
            return;
        }
    }
    if (list->count == list->capacity) {
        size_t capacity = list->capacity ? list->capacity * 2 : 64;
        candidate *items = realloc(list->items, capacity * sizeof *items);
        if (!items) {
            free(value);
            return;
        }
        list->items = items;
        list->capacity = capacity;
    }
    char *raw = completer->description.path ? nitro_ref_text(node, &completer->description) : NULL;
    char *description = one_line(raw);
    free(raw);
    long long created = 0;
    if (completer->newest.path) {
        char *date = nitro_ref_text(node, &completer->newest);
        if (!date || !nitro_iso_parse(date, &created)) created = 0;
        free(date);
    }
    list->items[list->count++] = (candidate){value, description, created, seq};
}

/* Pages through the completer's list command until its end or the budget:
 * the list is oldest first and only `after`/`first` can be sent, so the
 * newest items are on the last pages. A failed page ends the paging; what
 * earlier pages gave is still offered. */
static void collect(nitro_ctx *quiet, const nitro_completer *completer, const void *opts, const char *workspace,
                    const char *prefix, candidates *list) {
    const nitro_behaviour *behaviour = completer->list;
    long long deadline = now_ms() + NITRO_COMPLETE_BUDGET_MS;
    nitro_cursor_set seen = {0}; /* a server whose cursors cycle is not paged until the budget runs out */
    char *after = NULL;
    for (int pages = 0; pages < NITRO_COMPLETE_MAX_PAGES; pages++) {
        /* No request may outlive the budget; one with less than a tenth of a second left is not worth sending. */
        long long left = deadline - now_ms();
        if (left < 100) break;
        quiet->timeout_cap_ms = (long)left;
        nitro_client_free(quiet->client); /* a new client takes the new timeout */
        quiet->client = NULL;
        nitro_page page;
        if (nitro_page_fetch(quiet, &behaviour->request, behaviour->data, opts, after, NITRO_COMPLETE_PAGE_SIZE,
                             workspace, NULL, &page))
            break;
        for (size_t i = 0; i < page.count; i++)
            add(list, completer, page.nodes[i], prefix);
        if (list->count > NITRO_COMPLETE_MAX_ITEMS) trim(list);
        bool more = page.has_next && page.end_cursor && page.count > 0 &&
                    nitro_cursor_seen(quiet, &seen, page.end_cursor) == NITRO_EXIT_OK;
        /* Offered in the server's order, the first items are enough. */
        if (!list->newest_first && list->count >= NITRO_COMPLETE_MAX_ITEMS) more = false;
        char *next = more ? strdup(page.end_cursor) : NULL;
        nitro_page_free(&page);
        free(after);
        after = next;
        if (!next) break;
    }
    free(after);
    nitro_cursor_set_free(&seen);
    trim(list);
}

/* The options struct of the completer's list command: the global options, and each input the list needs
 * (--api-id) from __complete's option of the same name. NULL (nothing to offer) when one it needs is missing. */
static void *list_options(nitro_ctx *ctx, const nitro_completer *completer, nitro_opts_complete *opts) {
    void *list = calloc(1, completer->opts_size);
    if (!list) return NULL;
    memcpy(list, opts, sizeof(nitro_global_opts));
    for (size_t i = 0; i < completer->n_inputs; i++) {
        const nitro_completer_input *input = &completer->inputs[i];
        const nitro_option *own = nitro_find_option(ctx->command, input->option);
        const nitro_str_value *value = own ? nitro_str_at(opts, own->offset) : NULL;
        /* A workspace may come from the session instead; every other input is needed. */
        bool workspace = completer->list->workspace_offset == input->offset;
        if ((!value || !value->value || !*value->value) && !workspace) {
            free(list);
            return NULL;
        }
        if (value) *nitro_str_at(list, input->offset) = (nitro_str_value){value->value, value->source, NULL, NULL};
    }
    return list;
}

int nitro_cmd_complete(nitro_ctx *ctx, nitro_opts_complete *opts) {
    /* Only an API key or PAT given by option or environment: a session may
     * need a token refresh, which is neither quick nor free of side effects. */
    const char *api_key = ctx->global->api_key.value;
    if (!api_key || !*api_key) return NITRO_EXIT_OK;
    const nitro_completer *found = nitro_completer_named(opts->completer.value);
    if (!found) return NITRO_EXIT_OK; /* the parser checked <completer> against the spec's choices */
    FILE *devnull = fopen("/dev/null", "w");
    if (!devnull) return NITRO_EXIT_OK;
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
        .env_data = ctx,
    };
    candidates list = {.newest_first = found->newest.path != NULL};
    void *list_opts = list_options(ctx, found, opts);
    int code = NITRO_EXIT_OK;
    const char *workspace = NULL;
    if (list_opts && nitro_behaviour_needs_workspace(found->list))
        workspace = nitro_resolve_workspace(&quiet, found->list, list_opts, &code); /* option, else the session's */
    if (list_opts && (workspace || !nitro_behaviour_needs_workspace(found->list)))
        collect(&quiet, found, list_opts, workspace, opts->prefix.value ? opts->prefix.value : "", &list);
    free(list_opts);
    for (size_t i = 0; i < list.count; i++) {
        fprintf(ctx->out, "%s\t%s\n", list.items[i].value, list.items[i].description ? list.items[i].description : "");
        candidate_free(&list.items[i]);
    }
    free(list.items);
    nitro_ctx_release(&quiet); /* the session it may have read, too */
    fclose(devnull);
    return NITRO_EXIT_OK;
}
