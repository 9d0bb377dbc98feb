#include "list.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "executor.h"
#include "json_out.h"
#include "page.h"
#include "pager.h"
#include "safe_text.h"
#include "term.h"

/* The page size the Nitro CLI uses, and a larger one for --all: fewer round trips. */
#define PAGE_SIZE 10
#define ALL_PAGE_SIZE 50

/* What a list command reads from its options. */
typedef struct {
    const nitro_behaviour *behaviour;
    const void *opts;
    const char *workspace;
} list_run;

/* Leaves out the items whose `keep_if_any` list is empty or absent (client list published-versions). */
static void keep_if_any(const nitro_behaviour *behaviour, nitro_page *page) {
    if (!behaviour->keep_if_any) return;
    size_t kept = 0;
    for (size_t i = 0; i < page->count; i++) {
        const cJSON *list = nitro_value_at(page->nodes[i], behaviour->keep_if_any);
        if (cJSON_IsArray(list) && cJSON_GetArraySize(list) > 0) page->nodes[kept++] = page->nodes[i];
    }
    page->count = kept;
}

/* One page: the first from the command's operation, the ones after a cursor from its `next_page` query when it
 * has one (the first page's operation takes no cursor). `fetched` >= 0: the spinner counts the items fetched so
 * far (a long --all or --limit). */
static int fetch_counted(const list_run *run, nitro_ctx *ctx, const char *after, long long first, long long fetched,
                         nitro_page *page) {
    const nitro_behaviour *behaviour = run->behaviour;
    bool next = after && behaviour->next_page;
    int code = nitro_page_fetch_counted(ctx, next ? &behaviour->next_page->request : &behaviour->request,
                                        next ? behaviour->next_page->connection : behaviour->data, run->opts, after,
                                        first, run->workspace, behaviour, fetched, page);
    if (!code) keep_if_any(behaviour, page);
    return code;
}

static int fetch(const list_run *run, nitro_ctx *ctx, const char *after, long long first, nitro_page *page) {
    return fetch_counted(run, ctx, after, first, -1, page);
}

static void item_json(nitro_json *json, const list_run *run, const cJSON *node) {
    nitro_result_json(json, &run->behaviour->result, node);
}

/* The next page to ask for, or NULL at the end. */
static const char *next_cursor(const nitro_page *page) {
    return page->has_next ? page->end_cursor : NULL;
}

/* One page as the Nitro CLI prints it: `cursor` is the page's endCursor as the
 * server sent it, on the last page too, so a script loops until `values` is empty. */
static int print_one_page(nitro_ctx *ctx, const list_run *run, const char *cursor) {
    nitro_page page;
    int code = fetch(run, ctx, cursor, PAGE_SIZE, &page);
    if (code) return code;
    nitro_json json;
    nitro_ctx_json(ctx, &json);
    nitro_json_begin_object(&json);
    nitro_json_key(&json, "values");
    nitro_json_begin_array(&json);
    for (size_t i = 0; i < page.count; i++)
        item_json(&json, run, page.nodes[i]);
    nitro_json_end_array(&json);
    nitro_json_field(&json, "cursor", page.end_cursor);
    nitro_json_end_object(&json);
    nitro_json_finish(&json);
    nitro_page_free(&page);
    return NITRO_EXIT_OK;
}

/* Writes {"values": [...] (the page's items), "cursor"} as its own document:
 * --all with --jq filters each page, as gh's --paginate --jq does. */
static void print_page_document(nitro_ctx *ctx, const list_run *run, const nitro_page *page) {
    nitro_json json;
    nitro_ctx_json(ctx, &json);
    nitro_json_begin_object(&json);
    nitro_json_key(&json, "values");
    nitro_json_begin_array(&json);
    for (size_t i = 0; i < page->count; i++)
        item_json(&json, run, page->nodes[i]);
    nitro_json_end_array(&json);
    nitro_json_field(&json, "cursor", page->end_cursor);
    nitro_json_end_object(&json);
    nitro_json_finish(&json);
}

/* Streams every page (or, with `limit`, up to that many items) into one
 * document, holding one page at a time, each written out before the next is
 * asked for. If a page fails (a request, a malformed page: a cursor seen
 * before, or a write), the document is left unterminated so no consumer
 * mistakes it for whole; with --jq each page is its own document and the exit
 * status says the list is incomplete. The closing cursor is null after every
 * page, or where a --cursor run would resume after a limit. */
static int print_pages(nitro_ctx *ctx, const list_run *run, const char *cursor, long long limit) {
    bool per_page = ctx->jq && !limit;
    nitro_json json;
    nitro_ctx_json(ctx, &json);
    nitro_cursor_set seen = {0};
    char *after = cursor ? strdup(cursor) : NULL;
    char *resume = NULL;
    bool started = false, written = true;
    long long left = limit, fetched = 0;
    int code = after ? nitro_cursor_seen(ctx, &seen, after) : NITRO_EXIT_OK;
    while (!code) {
        nitro_page page;
        long long first = limit && left < ALL_PAGE_SIZE ? left : ALL_PAGE_SIZE;
        code = fetch_counted(run, ctx, after, first, fetched, &page);
        fetched += code ? 0 : (long long)page.count;
        if (code) break;
        const char *next = next_cursor(&page);
        /* Any cursor seen before (A, B, A, B) would go round for ever. */
        if (next && (code = nitro_cursor_seen(ctx, &seen, next)) != NITRO_EXIT_OK) {
            nitro_page_free(&page);
            break;
        }
        if (per_page) {
            print_page_document(ctx, run, &page);
        } else {
            if (!started) {
                nitro_json_begin_object(&json);
                nitro_json_key(&json, "values");
                nitro_json_begin_array(&json);
                started = true;
            }
            size_t count = limit && (long long)page.count > left ? (size_t)left : page.count;
            for (size_t i = 0; i < count; i++)
                item_json(&json, run, page.nodes[i]);
            left -= (long long)count;
        }
        free(resume);
        resume = page.end_cursor ? strdup(page.end_cursor) : NULL;
        free(after);
        after = next ? strdup(next) : NULL;
        nitro_page_free(&page);
        /* Nobody reads what is not written: no further page is asked for. */
        code = nitro_result_written(ctx, false);
        written = !code;
        if (code || !after || (limit && left <= 0)) break;
        if (nitro_interrupted) code = NITRO_EXIT_INTERRUPTED;
    }
    free(after);
    nitro_cursor_set_free(&seen);
    if (code == NITRO_EXIT_OK && !per_page) {
        nitro_json_end_array(&json);
        nitro_json_field(&json, "cursor", limit ? resume : NULL);
        nitro_json_end_object(&json);
        nitro_json_finish(&json);
    } else if (code && started && written) {
        fputc('\n', ctx->out); /* the unterminated document ends its line */
    }
    free(resume);
    return code;
}

/* ---- the interactive table (pager.c) ------------------------------------ */

static int pager_fetch(void *data, nitro_ctx *ctx, const char *after, nitro_page *page) {
    return fetch(data, ctx, after, PAGE_SIZE, page);
}

static void pager_show(void *data, nitro_ctx *ctx, const cJSON *node) {
    nitro_json json;
    nitro_ctx_json(ctx, &json);
    item_json(&json, data, node);
    nitro_json_finish(&json);
}

/* --limit on a terminal: the first `limit` items as one table, printed (as gh prints a list with --limit), and
 * where the list goes on, the cursor that resumes it. */
static int print_table(nitro_ctx *ctx, const list_run *run, const char *cursor, long long limit) {
    nitro_page *pages = NULL;
    size_t n_pages = 0;
    nitro_cursor_set seen = {0};
    long long left = limit, fetched = 0;
    const char *after = cursor, *resume = NULL;
    bool more = false;
    int code = after ? nitro_cursor_seen(ctx, &seen, after) : NITRO_EXIT_OK;
    while (!code && left > 0) {
        nitro_page *grown = realloc(pages, (n_pages + 1) * sizeof *pages);
        if (!grown) {
            nitro_error(ctx, "There was an unexpected error: out of memory");
            code = NITRO_EXIT_FAILURE;
            break;
        }
        pages = grown;
        nitro_page *page = &pages[n_pages];
        code = fetch_counted(run, ctx, after, left < ALL_PAGE_SIZE ? left : ALL_PAGE_SIZE, fetched, page);
        if (code) break;
        n_pages++;
        if (page->count > (size_t)left) page->count = (size_t)left;
        left -= (long long)page->count;
        fetched += (long long)page->count;
        resume = page->end_cursor;
        more = page->has_next;
        after = next_cursor(page);
        if (!after || page->count == 0) break;
        if ((code = nitro_cursor_seen(ctx, &seen, after))) break;
        if (nitro_interrupted) code = NITRO_EXIT_INTERRUPTED;
    }
    if (!code) {
        code = nitro_table_print(ctx, run->behaviour, pages, n_pages);
        if (!code && more && resume) {
            char *safe = nitro_safe_text(resume);
            fprintf(ctx->err, "More items follow: '--cursor %s' resumes after the last one.\n", safe ? safe : "");
            free(safe);
        }
    }
    for (size_t i = 0; i < n_pages; i++)
        nitro_page_free(&pages[i]);
    free(pages);
    nitro_cursor_set_free(&seen);
    return code;
}

static int run_pager(nitro_ctx *ctx, list_run *run, const char *cursor) {
    nitro_pager_source source = {.behaviour = run->behaviour, .fetch = pager_fetch, .show = pager_show, .data = run};
    return nitro_pager_run(ctx, &source, cursor);
}

int nitro_list_run(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    list_run run = {.behaviour = behaviour, .opts = opts};
    int code = NITRO_EXIT_OK;
    if (nitro_behaviour_needs_workspace(behaviour)) {
        run.workspace = nitro_resolve_workspace(ctx, behaviour, opts, &code);
        if (!run.workspace) return code;
    }
    const char *cursor =
        behaviour->cursor_offset == NITRO_NO_OPTION ? NULL : nitro_str_at(opts, behaviour->cursor_offset)->value;
    bool all = behaviour->all_offset != NITRO_NO_OPTION &&
               ((const nitro_flag_value *)((const char *)opts + behaviour->all_offset))->value;
    const nitro_int_value *limit = behaviour->limit_offset == NITRO_NO_OPTION
                                       ? NULL
                                       : (const nitro_int_value *)((const char *)opts + behaviour->limit_offset);
    if (limit && limit->source != NITRO_SRC_UNSET) {
        if (all) {
            nitro_error(ctx, "the argument '--limit <limit>' cannot be used with '--all'");
            return NITRO_EXIT_USAGE;
        }
        if (ctx->interactive) return print_table(ctx, &run, cursor, limit->value);
        return print_pages(ctx, &run, cursor, limit->value);
    }
    if (all) return print_pages(ctx, &run, cursor, 0);
    if (ctx->interactive) return run_pager(ctx, &run, cursor);
    return print_one_page(ctx, &run, cursor);
}
