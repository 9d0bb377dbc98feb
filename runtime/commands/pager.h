/* The interactive table of a paged list on a terminal: one renderer for every
 * list, measured in screen columns and clipped to the window, redrawn on the
 * alternate screen (or printed plainly where the cursor cannot move). */
#ifndef NITRO_PAGER_H
#define NITRO_PAGER_H

#include "behaviour.h"
#include "context.h"
#include "page.h"

typedef struct {
    const nitro_behaviour *behaviour; /* the table's title and columns */
    /* Fetches the page after `after` (NULL: the first); an exit code, with
     * the failure reported on ctx->err. */
    int (*fetch)(void *data, nitro_ctx *ctx, const char *after, nitro_page *page);
    /* Prints one item as the command's result. */
    void (*show)(void *data, nitro_ctx *ctx, const cJSON *node);
    void *data;
} nitro_pager_source;

/* Shows the pages from `cursor` until q, Esc or Ctrl-C (or Enter, which
 * prints the selected item). A page that fails to load is reported under the
 * table and can be retried with r. Returns the exit code. */
int nitro_pager_run(nitro_ctx *ctx, const nitro_pager_source *source, const char *cursor);

/* The items of `pages` as one plain table (title, header, rows) fitted to the window: --limit on a terminal.
 * "There was no data found." when there are none. Returns the exit code. */
int nitro_table_print(nitro_ctx *ctx, const nitro_behaviour *behaviour, const nitro_page *pages, size_t n_pages);

#endif
