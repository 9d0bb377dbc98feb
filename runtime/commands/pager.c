#include "pager.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "executor.h"
#include "safe_text.h"
#include "term.h"

/* No cell is wider than this, however wide the window. */
#define TABLE_CELL_MAX 40
#define TABLE_MAX_COLUMNS 8
/* Narrower than this beside whole ids, a row wraps instead. */
#define WRAP_CELL_MIN 12
/* Without a known window size, the classic terminal's. */
#define DEFAULT_COLUMNS 80
#define DEFAULT_ROWS 24

typedef struct {
    char *text; /* fitted to the window, safe for the terminal */
    bool reverse;
    bool bold;
} screen_line;

typedef struct {
    nitro_ctx *ctx;
    const nitro_pager_source *source;
    nitro_page *pages; /* pages seen so far, kept for going back */
    size_t n_pages;
    size_t current;
    size_t selected;
    size_t top;  /* the first row shown when the window is too short for the page */
    char *error; /* the report of the page that failed to load, or NULL */
    bool redraw; /* the alternate screen; else plain, appended output */
    bool wrap;   /* the last layout put the ids on a line of their own, the other cells on the next */
    int columns; /* the window's size at the last draw */
    int rows;
    screen_line *lines;
    size_t n_lines;
    size_t lines_size;
} pager;

static void lines_clear(pager *p) {
    for (size_t i = 0; i < p->n_lines; i++)
        free(p->lines[i].text);
    p->n_lines = 0;
}

/* Adds a line (taking `text`); false when out of memory. */
static bool add_line(pager *p, char *text, bool reverse, bool bold) {
    if (!text) return false;
    if (p->n_lines == p->lines_size) {
        size_t bigger = p->lines_size ? p->lines_size * 2 : 32;
        screen_line *grown = realloc(p->lines, bigger * sizeof *grown);
        if (!grown) {
            free(text);
            return false;
        }
        p->lines = grown;
        p->lines_size = bigger;
    }
    p->lines[p->n_lines++] = (screen_line){.text = text, .reverse = reverse, .bold = bold};
    return true;
}

/* A cell cut to `width`: a single word (an id, a name) keeps its start and
 * its end, where ids that share a prefix differ; text keeps its start. */
static char *fit_cell(const char *text, size_t width) {
    return strchr(text, ' ') ? nitro_text_fit(text, width) : nitro_text_fit_middle(text, width);
}

/* Appends `text` fitted to `width` columns, padded with spaces to exactly
 * `width` when `pad`; false when out of memory. */
static bool append_cell(char **line, size_t *len, const char *text, size_t width, bool pad) {
    char *fitted = fit_cell(text, width);
    if (!fitted) return false;
    size_t used = nitro_text_width(fitted);
    size_t n = strlen(fitted), spaces = pad && used < width ? width - used : 0;
    char *grown = realloc(*line, *len + n + spaces + 1);
    if (!grown) {
        free(fitted);
        return false;
    }
    memcpy(grown + *len, fitted, n);
    memset(grown + *len + n, ' ', spaces);
    *len += n + spaces;
    grown[*len] = '\0';
    *line = grown;
    free(fitted);
    return true;
}

/* One row of the table: the marker, then each cell in its column. */
static char *row_text(const char *marker, char *const *cells, const size_t *widths, size_t n_columns, size_t columns) {
    char *line = NULL;
    size_t len = 0;
    size_t indent = strlen(marker) > 2 ? strlen(marker) : 2;
    bool ok = append_cell(&line, &len, marker, indent, true);
    for (size_t c = 0; ok && c < n_columns; c++) {
        if (c > 0) ok = append_cell(&line, &len, "  ", 2, true);
        if (ok) ok = append_cell(&line, &len, cells[c], widths[c], c + 1 < n_columns);
    }
    if (!ok) {
        free(line);
        return NULL;
    }
    /* A window narrower than the narrowest table: cut the row itself. */
    char *fitted = nitro_text_fit(line, columns);
    free(line);
    return fitted;
}

/* Adds the row of the columns `which` (all, or one line of a wrapped row). */
static bool add_part_line(pager *p, const char *marker, const char **cells, const size_t *widths, const size_t *which,
                          size_t n, size_t columns, bool selected) {
    char *part_cells[TABLE_MAX_COLUMNS];
    size_t part_widths[TABLE_MAX_COLUMNS];
    for (size_t i = 0; i < n; i++) {
        part_cells[i] = (char *)cells[which[i]];
        part_widths[i] = widths[which[i]];
    }
    return add_line(p, row_text(marker, part_cells, part_widths, n, columns), selected, false);
}

/* Shrinks the widest column that may shrink, one column of the screen at a
 * time, until the row fits `available` (each keeps at least one). An id
 * column never shrinks: an id cut in the middle cannot be copied; a window
 * narrower than the ids cuts the row at its edge. */
static void fit_widths(size_t *widths, const bool *whole, size_t n_columns, size_t available) {
    for (;;) {
        size_t sum = 0, widest = n_columns;
        for (size_t c = 0; c < n_columns; c++) {
            sum += widths[c];
            if (!whole[c] && (widest == n_columns || widths[c] > widths[widest])) widest = c;
        }
        if (sum <= available || widest == n_columns || widths[widest] <= 1) return;
        widths[widest]--;
    }
}

/* A column of ids (its value is the node's `id`): shown whole. */
static bool id_column(const nitro_value_ref *value) {
    return value->path && value->path[0] && strcmp(value->path[0], "id") == 0 && !value->path[1];
}

/* The footer: every hint in words when they fit, else the keys alone, as
 * many as fit with the most needed first. */
static char *footer_text(const pager *p, size_t columns) {
    const nitro_page *page = &p->pages[p->current];
    char page_label[64];
    snprintf(page_label, sizeof page_label, "Page %zu%s", p->current + 1, page->has_next ? "" : " (last)");
    char select[32];
    snprintf(select, sizeof select, "%s select", nitro_glyph(NITRO_GLYPH_UP_DOWN));
    /* Only the moves there are: no "next" on the last page, no "previous" on the first. */
    bool has_next = page->has_next || p->current + 1 < p->n_pages, has_previous = p->current > 0;
    const char *moves = has_next && has_previous ? "n/p" : has_next ? "n next" : has_previous ? "p prev" : NULL;
    struct {
        const char *text, *brief;
        int priority; /* lower is more needed */
    } hints[] = {
        {page_label, page_label, 0},
        {"r retry", "r retry", 1},
        {select, nitro_glyph(NITRO_GLYPH_UP_DOWN), 3},
        {"Enter show", "Enter", 5},
        {has_next ? "n next" : NULL, moves, 4},
        {has_previous ? "p previous" : NULL, NULL, 4},
        {"q quit", "q quit", 2},
    };
    size_t n_hints = sizeof hints / sizeof *hints;
    bool keep[sizeof hints / sizeof *hints] = {false};
    for (int pass = 0; pass < 2; pass++) {
        const char *separator = pass == 0 ? "  " : " ";
        size_t used = 0;
        bool all = true;
        memset(keep, 0, sizeof keep);
        for (int priority = 0; priority <= 5; priority++) {
            for (size_t i = 0; i < n_hints; i++) {
                const char *text = pass == 0 ? hints[i].text : hints[i].brief;
                if (hints[i].priority != priority || !text || (i == 1 && !p->error)) continue;
                size_t width = nitro_text_width(text) + (used ? strlen(separator) : 0);
                if (used + width <= columns) {
                    keep[i] = true;
                    used += width;
                } else {
                    all = false;
                }
            }
        }
        if (all || pass == 1) {
            char buffer[256];
            size_t len = 0;
            buffer[0] = '\0';
            for (size_t i = 0; i < n_hints; i++) {
                if (!keep[i]) continue;
                int n = snprintf(buffer + len, sizeof buffer - len, "%s%s", len ? separator : "",
                                 pass == 0 ? hints[i].text : hints[i].brief);
                if (n > 0 && (size_t)n < sizeof buffer - len) len += (size_t)n;
            }
            return nitro_text_fit(buffer, columns);
        }
    }
    return NULL;
}

static void window_size(pager *p) {
    int columns = 0, rows = 0;
    if (!nitro_term_size(STDOUT_FILENO, &columns, &rows) && !nitro_term_size(STDIN_FILENO, &columns, &rows)) {
        columns = DEFAULT_COLUMNS;
        rows = DEFAULT_ROWS;
    }
    p->columns = columns;
    p->rows = rows;
}

/* Lays the screen out in p->lines: title, header, the rows that fit (a
 * window around the selection), the footer and the failed page's report.
 * Every line fits `columns`, so none wraps and the rows drawn are the lines. */
static bool layout(pager *p, size_t columns, size_t height, bool all_rows) {
    lines_clear(p);
    const nitro_behaviour *def = p->source->behaviour;
    const nitro_page *page = &p->pages[p->current];
    size_t n_columns = def->n_columns < TABLE_MAX_COLUMNS ? def->n_columns : TABLE_MAX_COLUMNS;

    /* The failed page's report, a line at a time, made safe. */
    size_t n_error = 0;
    char *error_lines[8];
    for (const char *e = p->error; e && *e && n_error < 8;) {
        const char *end = strchr(e, '\n');
        size_t n = end ? (size_t)(end - e) : strlen(e);
        char *raw = strndup(e, n);
        char *safe = nitro_safe_text(raw);
        free(raw);
        error_lines[n_error++] = safe ? nitro_text_fit(safe, columns) : NULL;
        free(safe);
        e += n + (end ? 1 : 0);
    }

    /* Column widths over the whole page, so they stay put while scrolling. */
    size_t widths[TABLE_MAX_COLUMNS];
    bool whole[TABLE_MAX_COLUMNS];
    for (size_t c = 0; c < n_columns; c++) {
        widths[c] = nitro_text_width(def->columns[c].label);
        whole[c] = id_column(&def->columns[c].value);
    }
    char **cells = calloc(page->count * n_columns + 1, sizeof *cells);
    bool ok = cells != NULL;
    for (size_t r = 0; ok && r < page->count; r++) {
        for (size_t c = 0; c < n_columns; c++) {
            char *raw = nitro_ref_text(page->nodes[r], &def->columns[c].value);
            char *safe = nitro_safe_text(raw ? raw : "");
            free(raw);
            char *cell = safe ? (whole[c] ? strdup(safe) : fit_cell(safe, TABLE_CELL_MAX)) : NULL;
            free(safe);
            if (!cell) {
                ok = false;
                break;
            }
            cells[r * n_columns + c] = cell;
            size_t w = nitro_text_width(cell);
            if (w > widths[c]) widths[c] = w;
        }
    }
    /* Ids stay whole: when they leave the other cells too little room (a narrow window), each row wraps: its
     * ids on one line, the other cells, indented, on the next. */
    size_t gaps = 2 + 2 * (n_columns ? n_columns - 1 : 0);
    size_t least = gaps, n_whole = 0;
    for (size_t c = 0; c < n_columns; c++) {
        least += whole[c] ? widths[c] : (widths[c] < WRAP_CELL_MIN ? widths[c] : WRAP_CELL_MIN);
        n_whole += whole[c];
    }
    p->wrap = n_whole > 0 && n_whole < n_columns && least > columns;
    size_t first[TABLE_MAX_COLUMNS], second[TABLE_MAX_COLUMNS], n_first = 0, n_second = 0;
    for (size_t c = 0; c < n_columns; c++) {
        if (!p->wrap || whole[c])
            first[n_first++] = c;
        else
            second[n_second++] = c;
    }
    if (p->wrap) {
        size_t w2[TABLE_MAX_COLUMNS];
        bool shrinks[TABLE_MAX_COLUMNS] = {false};
        for (size_t i = 0; i < n_second; i++)
            w2[i] = widths[second[i]];
        size_t gaps2 = 4 + 2 * (n_second - 1);
        fit_widths(w2, shrinks, n_second, columns > gaps2 ? columns - gaps2 : n_second);
        for (size_t i = 0; i < n_second; i++)
            widths[second[i]] = w2[i];
    } else {
        fit_widths(widths, whole, n_columns, columns > gaps ? columns - gaps : n_columns);
    }

    /* The rows that fit: everything but the title, header and footer. */
    size_t per_row = p->wrap ? 2 : 1;
    size_t fixed = 3 + n_error + (p->wrap ? 1 : 0);
    size_t visible = all_rows || height == 0 ? page->count : height > fixed + per_row ? (height - fixed) / per_row : 1;
    if (visible > page->count) visible = page->count;
    if (p->selected < p->top) p->top = p->selected;
    if (visible && p->selected >= p->top + visible) p->top = p->selected - visible + 1;
    if (p->top + visible > page->count) p->top = page->count - visible;

    if (ok) ok = add_line(p, nitro_text_fit(def->table_title, columns), false, true);
    if (ok) {
        const char *labels[TABLE_MAX_COLUMNS];
        for (size_t c = 0; c < n_columns; c++)
            labels[c] = def->columns[c].label;
        ok = add_part_line(p, "", labels, widths, first, n_first, columns, false);
        if (ok && p->wrap) ok = add_part_line(p, "    ", labels, widths, second, n_second, columns, false);
    }
    for (size_t r = p->top; ok && r < p->top + visible; r++) {
        bool selected = r == p->selected;
        const char **row = (const char **)cells + r * n_columns;
        ok = add_part_line(p, selected ? "> " : "", row, widths, first, n_first, columns, selected);
        if (ok && p->wrap) ok = add_part_line(p, "    ", row, widths, second, n_second, columns, selected);
    }
    if (ok) ok = add_line(p, footer_text(p, columns), false, false);
    for (size_t i = 0; i < n_error; i++) {
        if (ok)
            ok = add_line(p, error_lines[i], false, false);
        else
            free(error_lines[i]);
    }
    if (cells)
        for (size_t i = 0; i < page->count * n_columns; i++)
            free(cells[i]);
    free(cells);
    return ok;
}

/* Draws the whole screen from its top-left corner: each line is erased and
 * written in place, then everything below is erased, so nothing of an
 * earlier draw (or a spinner) is left, whatever the window did meanwhile. */
static void draw_screen(pager *p) {
    FILE *out = p->ctx->out;
    window_size(p);
    size_t height = (size_t)p->rows;
    if (!layout(p, (size_t)p->columns, height, false)) return;
    size_t n = p->n_lines < height ? p->n_lines : height;
    bool color = p->ctx->color;
    for (size_t i = 0; i < n; i++) {
        const screen_line *line = &p->lines[i];
        fprintf(out, "\033[%zu;1H\033[2K", i + 1);
        if (color && (line->reverse || line->bold)) fputs(line->reverse ? "\033[7m" : "\033[1m", out);
        fputs(line->text, out);
        if (color && (line->reverse || line->bold)) fputs("\033[0m", out);
    }
    /* The cursor waits on the line below the table, where a spinner may draw. */
    if (n < height)
        fprintf(out, "\033[%zu;1H\033[J", n + 1);
    else
        fputs("\033[J", out);
    fflush(out);
}

/* A terminal without cursor movement: the table is printed once per page,
 * one column short of the edge, with no escape sequence. */
static void print_plain(pager *p) {
    window_size(p);
    size_t columns = p->columns > 1 ? (size_t)p->columns - 1 : 1;
    if (!layout(p, columns, 0, true)) return;
    for (size_t i = 0; i < p->n_lines; i++)
        fprintf(p->ctx->out, "%s\n", p->lines[i].text);
    fflush(p->ctx->out);
}

/* ... and a move of the selection as one line naming the row. */
static void print_plain_selection(pager *p) {
    size_t columns = p->columns > 1 ? (size_t)p->columns - 1 : 1;
    size_t top = p->top;
    p->top = p->selected;
    if (layout(p, columns, 4, false)) {
        size_t first = p->wrap ? 3 : 2, n = p->wrap ? 2 : 1; /* below the title and the header */
        for (size_t i = first; i < first + n && i < p->n_lines; i++)
            fprintf(p->ctx->out, "%s\n", p->lines[i].text);
    }
    p->top = top;
    fflush(p->ctx->out);
}

/* After q on the alternate screen, whose table is gone with it: the page
 * last shown, printed plain below the shell's screen (as gh does), so that
 * what was read stays readable: the title, the header and every row. */
static void print_kept(pager *p) {
    window_size(p);
    size_t columns = p->columns > 1 ? (size_t)p->columns - 1 : 1;
    size_t selected = p->selected;
    p->selected = p->pages[p->current].count; /* no row marked */
    bool ok = layout(p, columns, 0, true);
    p->selected = selected;
    if (!ok) return;
    size_t rows = p->wrap ? 3 + 2 * p->pages[p->current].count : 2 + p->pages[p->current].count;
    for (size_t i = 0; i < p->n_lines && i < rows; i++)
        fprintf(p->ctx->out, "%s\n", p->lines[i].text);
    fflush(p->ctx->out);
}

int nitro_table_print(nitro_ctx *ctx, const nitro_behaviour *behaviour, const nitro_page *pages, size_t n_pages) {
    size_t total = 0;
    for (size_t i = 0; i < n_pages; i++)
        total += pages[i].count;
    if (total == 0) {
        fputs("There was no data found.\n", ctx->out);
        return NITRO_EXIT_OK;
    }
    /* One page of them all: the nodes stay the pages' own. */
    nitro_page all = {.nodes = calloc(total, sizeof *all.nodes), .count = total};
    nitro_pager_source source = {.behaviour = behaviour};
    pager p = {.ctx = ctx, .source = &source, .pages = &all, .n_pages = 1};
    if (!all.nodes) {
        nitro_error(ctx, "There was an unexpected error: out of memory");
        return NITRO_EXIT_FAILURE;
    }
    for (size_t i = 0, at = 0; i < n_pages; i++)
        for (size_t j = 0; j < pages[i].count; j++)
            all.nodes[at++] = pages[i].nodes[j];
    print_kept(&p);
    lines_clear(&p);
    free(p.lines);
    free(all.nodes);
    return nitro_result_written(ctx, false);
}

/* Fetches a page with the failure's report kept for the screen, not written
 * over it. An interruption is left for the end of the run to report. */
static int fetch_page(pager *p, const char *after, nitro_page *page) {
    nitro_ctx *ctx = p->ctx;
    char *report = NULL;
    size_t size = 0;
    FILE *capture = open_memstream(&report, &size);
    FILE *err = ctx->err;
    if (capture) ctx->err = capture;
    int code = p->source->fetch(p->source->data, ctx, after, page);
    ctx->err = err;
    if (capture) fclose(capture);
    free(p->error);
    p->error = NULL;
    if (code == NITRO_EXIT_INTERRUPTED) {
        ctx->said_interrupted = false;
    } else if (code) {
        p->error = report && *report ? report : strdup("error: The page could not be loaded.");
        if (p->error == report) report = NULL;
    }
    free(report);
    return code;
}

/* n: the next page, from the cache or the server. An exit code only when
 * the run must end (interrupted, out of memory). */
static int next_page(pager *p) {
    if (p->current + 1 < p->n_pages) {
        p->current++;
        p->selected = p->top = 0;
        return NITRO_EXIT_OK;
    }
    const nitro_page *last = &p->pages[p->current];
    if (!last->has_next || !last->end_cursor) return NITRO_EXIT_OK;
    nitro_page *grown = realloc(p->pages, (p->n_pages + 1) * sizeof *grown);
    if (!grown) return NITRO_EXIT_FAILURE;
    p->pages = grown;
    nitro_page *page = &p->pages[p->n_pages];
    memset(page, 0, sizeof *page);
    int code = fetch_page(p, p->pages[p->current].end_cursor, page);
    if (code == NITRO_EXIT_INTERRUPTED) return code;
    if (code) return NITRO_EXIT_OK; /* shown under the table; r tries again */
    if (page->count == 0) {
        nitro_page_free(page);
        return NITRO_EXIT_OK;
    }
    p->current = p->n_pages++;
    p->selected = p->top = 0;
    return NITRO_EXIT_OK;
}

static void render(pager *p, bool page_changed) {
    if (p->redraw)
        draw_screen(p);
    else if (page_changed)
        print_plain(p);
    else
        print_plain_selection(p);
}

int nitro_pager_run(nitro_ctx *ctx, const nitro_pager_source *source, const char *cursor) {
    pager p = {.ctx = ctx, .source = source};
    p.redraw = nitro_term_can_redraw(ctx->getenv_fn, ctx->env_data);
    p.pages = calloc(1, sizeof *p.pages);
    if (!p.pages) return NITRO_EXIT_FAILURE;
    int code = source->fetch(source->data, ctx, cursor, &p.pages[0]);
    if (code) {
        free(p.pages);
        return code;
    }
    p.n_pages = 1;
    if (p.pages[0].count == 0) {
        fputs("There was no data found.\n", ctx->out);
        goto done;
    }
    if (!nitro_term_raw_begin()) {
        source->show(source->data, ctx, p.pages[0].nodes[0]);
        goto done;
    }
    if (!p.redraw) {
        /* A plain terminal gets no colour either. */
        ctx->color = false;
    } else {
        /* The alternate screen rather than counting the rows drawn: a terminal
         * reflows its screen when the window is resized, so rows counted at the
         * last draw are not the rows shown any more. A screen of its own, drawn
         * from the top-left corner, is erased exactly every time, and the
         * shell's screen comes back untouched on exit. */
        nitro_term_alt_begin(ctx->out);
    }
    bool dirty = true, page_changed = true, keep = false;
    for (;;) {
        if (dirty) render(&p, page_changed);
        dirty = page_changed = false;
        nitro_page *page = &p.pages[p.current];
        nitro_key key = nitro_term_read_key();
        if (p.error && key != NITRO_KEY_RESIZE && key != NITRO_KEY_RETRY && key != NITRO_KEY_NEXT) {
            free(p.error); /* moving on: the report has been read */
            p.error = NULL;
            dirty = page_changed = true;
        }
        if (key == NITRO_KEY_UP && p.selected > 0) {
            p.selected--;
            dirty = true;
        } else if (key == NITRO_KEY_DOWN && p.selected + 1 < page->count) {
            p.selected++;
            dirty = true;
        } else if (key == NITRO_KEY_PREVIOUS && p.current > 0) {
            p.current--;
            p.selected = p.top = 0;
            dirty = page_changed = true;
        } else if (key == NITRO_KEY_NEXT || (key == NITRO_KEY_RETRY && p.error)) {
            size_t was = p.current;
            bool had_error = p.error != NULL;
            code = next_page(&p);
            if (code) break;
            if (p.current != was || p.error || had_error) dirty = page_changed = true;
        } else if (key == NITRO_KEY_ENTER) {
            nitro_term_alt_end(ctx->out);
            nitro_term_raw_end();
            source->show(source->data, ctx, page->nodes[p.selected]);
            break;
        } else if (key == NITRO_KEY_QUIT || key == NITRO_KEY_EOF) {
            keep = p.redraw;
            break;
        } else if (key == NITRO_KEY_INTERRUPTED) {
            code = NITRO_EXIT_INTERRUPTED;
            break;
        } else if (key == NITRO_KEY_RESIZE) {
            dirty = p.redraw; /* printed lines cannot be redrawn */
        }
    }
    nitro_term_alt_end(ctx->out);
    nitro_term_raw_end();
    if (keep) print_kept(&p);
done:
    lines_clear(&p);
    free(p.lines);
    free(p.error);
    for (size_t i = 0; i < p.n_pages; i++)
        nitro_page_free(&p.pages[i]);
    free(p.pages);
    return code;
}
