#include "list.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "executor.h"
#include "json_out.h"
#include "safe_text.h"
#include "term.h"

/* The page size the Nitro CLI uses, and a larger one for --all: fewer round trips. */
#define PAGE_SIZE 10
#define ALL_PAGE_SIZE 50
#define TABLE_CELL_MAX 40

void nitro_page_free(nitro_page *page) {
    nitro_result_free(&page->response);
    free(page->nodes);
    memset(page, 0, sizeof *page);
}

static int null_connection(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, const char *workspace,
                           nitro_page *page) {
    int code = NITRO_EXIT_OK;
    if (behaviour && behaviour->not_a_user) {
        nitro_error(ctx, "These credentials are not a user's: this command needs a personal access token or a "
                         "login session, not an API key.");
        code = NITRO_EXIT_AUTH;
    } else if (behaviour && behaviour->not_found.n_parts) {
        nitro_text_scope_error(ctx, &behaviour->not_found, opts, workspace);
        code = NITRO_EXIT_FAILURE;
    }
    if (code) nitro_page_free(page);
    return code;
}

int nitro_page_fetch(nitro_ctx *ctx, const nitro_request_def *request, const char *const *connection, const void *opts,
                     const char *after, long long first, const char *workspace, const nitro_behaviour *behaviour,
                     nitro_page *page) {
    memset(page, 0, sizeof *page);
    int code = NITRO_EXIT_OK;
    cJSON *variables = nitro_request_variables(ctx, request, opts, after, first, workspace, &code);
    if (!variables) return code;
    char *label = NULL;
    if (behaviour) label = nitro_text_render(&behaviour->activity, opts, NULL, workspace);
    code = nitro_request_send(ctx, request, variables, label, NULL, &page->response);
    free(label);
    if (code) return code;
    const cJSON *found = nitro_value_at(page->response.data, connection);
    if (!cJSON_IsObject(found)) return null_connection(ctx, behaviour, opts, workspace, page);
    const cJSON *edges = cJSON_GetObjectItemCaseSensitive(found, "edges");
    size_t count = cJSON_IsArray(edges) ? (size_t)cJSON_GetArraySize(edges) : 0;
    page->nodes = calloc(count ? count : 1, sizeof *page->nodes);
    if (!page->nodes) {
        nitro_error(ctx, "There was an unexpected error: out of memory");
        nitro_page_free(page);
        return NITRO_EXIT_FAILURE;
    }
    const cJSON *edge;
    cJSON_ArrayForEach(edge, edges) page->nodes[page->count++] = cJSON_GetObjectItemCaseSensitive(edge, "node");
    const cJSON *info = cJSON_GetObjectItemCaseSensitive(found, "pageInfo");
    const cJSON *end = cJSON_GetObjectItemCaseSensitive(info, "endCursor");
    page->end_cursor = cJSON_IsString(end) ? end->valuestring : NULL;
    page->has_next = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(info, "hasNextPage"));
    return NITRO_EXIT_OK;
}

/* What a list command reads from its options. */
typedef struct {
    const nitro_behaviour *behaviour;
    const void *opts;
    const char *workspace;
} list_run;

static int fetch(const list_run *run, nitro_ctx *ctx, const char *after, long long first, nitro_page *page) {
    return nitro_page_fetch(ctx, &run->behaviour->request, run->behaviour->data, run->opts, after, first,
                            run->workspace, run->behaviour, page);
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
 * document, holding one page at a time. If a page fails, the document is left
 * unterminated so no consumer mistakes it for whole. The closing cursor is
 * null after every page, or where a --cursor run would resume after a limit. */
static int print_pages(nitro_ctx *ctx, const list_run *run, const char *cursor, long long limit) {
    bool per_page = ctx->jq && !limit;
    nitro_json json;
    nitro_ctx_json(ctx, &json);
    char *after = cursor ? strdup(cursor) : NULL;
    char *resume = NULL;
    bool started = false;
    long long left = limit;
    int code = NITRO_EXIT_OK;
    for (;;) {
        nitro_page page;
        long long first = limit && left < ALL_PAGE_SIZE ? left : ALL_PAGE_SIZE;
        code = fetch(run, ctx, after, first, &page);
        if (code) break;
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
        const char *next = next_cursor(&page);
        if (next && after && strcmp(next, after) == 0) {
            nitro_page_free(&page);
            nitro_error(ctx, "The server returned an unexpected response: the next page starts where the last one did");
            code = NITRO_EXIT_FAILURE;
            break;
        }
        free(resume);
        resume = page.end_cursor ? strdup(page.end_cursor) : NULL;
        free(after);
        after = next ? strdup(next) : NULL;
        nitro_page_free(&page);
        if (!after || (limit && left <= 0)) break;
        if (nitro_interrupted) {
            code = NITRO_EXIT_INTERRUPTED;
            break;
        }
    }
    free(after);
    if (code == NITRO_EXIT_OK && !per_page) {
        nitro_json_end_array(&json);
        nitro_json_field(&json, "cursor", limit ? resume : NULL);
        nitro_json_end_object(&json);
        nitro_json_finish(&json);
    } else if (code && started) {
        fflush(ctx->out);
        fputc('\n', ctx->out);
    }
    free(resume);
    return code;
}

/* ---- the interactive table ---------------------------------------------- */

typedef struct {
    nitro_page *pages; /* pages seen so far, cached for going back */
    size_t n_pages;
    size_t current;
    size_t selected;
    int drawn_lines;
} pager_state;

/* Copies at most `max` display characters (UTF-8 aware), ending in "…" when cut. */
static void clip(const char *text, size_t max, char *out, size_t size) {
    size_t chars = 0, i = 0, o = 0;
    while (text[i] && o + 4 < size) {
        if (((unsigned char)text[i] & 0xc0) != 0x80) {
            if (chars == max) {
                memcpy(out + o, "…", 3);
                o += 3;
                break;
            }
            chars++;
        }
        out[o++] = text[i++];
    }
    out[o] = '\0';
}

static size_t display_width(const char *text) {
    size_t width = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        width += (*p & 0xc0) != 0x80;
    return width;
}

#define TABLE_MAX_COLUMNS 8

static void draw(nitro_ctx *ctx, const nitro_behaviour *def, pager_state *state) {
    FILE *out = ctx->out;
    if (state->drawn_lines > 0) fprintf(out, "\033[%dA\r\033[J", state->drawn_lines);
    const nitro_page *page = &state->pages[state->current];
    char cells[PAGE_SIZE][TABLE_MAX_COLUMNS][TABLE_CELL_MAX * 4 + 8];
    size_t widths[TABLE_MAX_COLUMNS];
    size_t n_columns = def->n_columns < TABLE_MAX_COLUMNS ? def->n_columns : TABLE_MAX_COLUMNS;
    for (size_t c = 0; c < n_columns; c++)
        widths[c] = display_width(def->columns[c].label);
    size_t rows = page->count < PAGE_SIZE ? page->count : PAGE_SIZE;
    for (size_t r = 0; r < rows; r++) {
        for (size_t c = 0; c < n_columns; c++) {
            char *raw = nitro_ref_text(page->nodes[r], &def->columns[c].value);
            char *safe = nitro_safe_text(raw);
            clip(safe ? safe : "", TABLE_CELL_MAX, cells[r][c], sizeof cells[r][c]);
            free(safe);
            free(raw);
            size_t w = display_width(cells[r][c]);
            if (w > widths[c]) widths[c] = w;
        }
    }
    int lines = 0;
    fprintf(out, "%s%s%s\n", ctx->color ? "\033[1m" : "", def->table_title, ctx->color ? "\033[0m" : "");
    lines++;
    fputs("  ", out);
    for (size_t c = 0; c < n_columns; c++) {
        fprintf(out, "%-*s%s", (int)widths[c], def->columns[c].label, c + 1 < n_columns ? "  " : "\n");
    }
    lines++;
    for (size_t r = 0; r < rows; r++) {
        bool selected = r == state->selected;
        fputs(selected ? (ctx->color ? "\033[7m> " : "> ") : "  ", out);
        for (size_t c = 0; c < n_columns; c++) {
            /* Pad by display width, not bytes, so UTF-8 text lines up. */
            fputs(cells[r][c], out);
            if (c + 1 < n_columns) fprintf(out, "%*s", (int)(widths[c] - display_width(cells[r][c]) + 2), "");
        }
        fputs(selected && ctx->color ? "\033[0m\n" : "\n", out);
        lines++;
    }
    fprintf(out, "Page %zu%s  ↑/↓ select  Enter show  n next  p previous  q quit\n", state->current + 1,
            page->has_next ? "" : " (last)");
    lines++;
    fflush(out);
    state->drawn_lines = lines;
}

static int show_selected(nitro_ctx *ctx, const list_run *run, const pager_state *state) {
    const nitro_page *page = &state->pages[state->current];
    nitro_json json;
    nitro_ctx_json(ctx, &json);
    item_json(&json, run, page->nodes[state->selected]);
    nitro_json_finish(&json);
    return NITRO_EXIT_OK;
}

static int run_pager(nitro_ctx *ctx, const list_run *run, const char *cursor) {
    const nitro_behaviour *def = run->behaviour;
    pager_state state = {0};
    state.pages = calloc(1, sizeof *state.pages);
    if (!state.pages) return NITRO_EXIT_FAILURE;
    int code = fetch(run, ctx, cursor, PAGE_SIZE, &state.pages[0]);
    if (code) {
        free(state.pages);
        return code;
    }
    state.n_pages = 1;
    if (state.pages[0].count == 0) {
        fputs("There was no data found.\n", ctx->out);
        nitro_page_free(&state.pages[0]);
        free(state.pages);
        return NITRO_EXIT_OK;
    }
    if (!nitro_term_raw_begin()) {
        code = show_selected(ctx, run, &state);
        goto done;
    }
    for (;;) {
        draw(ctx, def, &state);
        nitro_page *page = &state.pages[state.current];
        nitro_key key = nitro_term_read_key();
        if (key == NITRO_KEY_UP && state.selected > 0) {
            state.selected--;
        } else if (key == NITRO_KEY_DOWN && state.selected + 1 < page->count) {
            state.selected++;
        } else if (key == NITRO_KEY_PREVIOUS && state.current > 0) {
            state.current--;
            state.selected = 0;
        } else if (key == NITRO_KEY_NEXT && state.current + 1 < state.n_pages) {
            state.current++;
            state.selected = 0;
        } else if (key == NITRO_KEY_NEXT && next_cursor(page)) {
            nitro_page *grown = realloc(state.pages, (state.n_pages + 1) * sizeof *grown);
            if (!grown) {
                code = NITRO_EXIT_FAILURE;
                break;
            }
            state.pages = grown;
            memset(&state.pages[state.n_pages], 0, sizeof *grown);
            nitro_term_raw_end();
            code = fetch(run, ctx, next_cursor(&state.pages[state.current]), PAGE_SIZE, &state.pages[state.n_pages]);
            if (code) break;
            nitro_term_raw_begin();
            if (state.pages[state.n_pages].count == 0) {
                nitro_page_free(&state.pages[state.n_pages]);
                continue;
            }
            state.current = state.n_pages++;
            state.selected = 0;
        } else if (key == NITRO_KEY_ENTER) {
            nitro_term_raw_end();
            code = show_selected(ctx, run, &state);
            break;
        } else if (key == NITRO_KEY_QUIT || key == NITRO_KEY_EOF) {
            break;
        } else if (key == NITRO_KEY_INTERRUPTED) {
            code = NITRO_EXIT_INTERRUPTED;
            break;
        }
    }
    nitro_term_raw_end();
done:
    for (size_t i = 0; i < state.n_pages; i++)
        nitro_page_free(&state.pages[i]);
    free(state.pages);
    return code;
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
        return print_pages(ctx, &run, cursor, limit->value);
    }
    if (all) return print_pages(ctx, &run, cursor, 0);
    if (ctx->interactive) return run_pager(ctx, &run, cursor);
    return print_one_page(ctx, &run, cursor);
}
