/* Paged lists (pat list, workspace list): one page as {values, cursor},
 * every page streamed with --all, or an interactive table on a terminal. */
#ifndef NITRO_LIST_H
#define NITRO_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "json_out.h"

#define NITRO_LIST_MAX_FIELDS 4

/* One value of a listed item; strings point into the page's decoded data. */
typedef struct {
    const char *key; /* JSON key */
    const char *text;
    bool is_bool;
    bool flag;
} nitro_field;

typedef struct {
    nitro_field fields[NITRO_LIST_MAX_FIELDS];
} nitro_item;

typedef struct {
    nitro_item *items;
    size_t count;
    const char *end_cursor; /* NULL when the server sent none */
    bool has_next;
    void *owner; /* the decoded response the strings point into */
    void (*free_owner)(void *owner);
} nitro_page;

typedef struct {
    const char *title; /* of the interactive table */
    const char *columns[NITRO_LIST_MAX_FIELDS];
    size_t n_columns;
    size_t n_fields;
    const char *progress; /* spinner label */
    /* Fetches one page; on failure returns an exit code (>0) after reporting. */
    int (*fetch)(nitro_ctx *ctx, const char *after, long long first, nitro_page *page);
    /* The text of one table cell. */
    void (*cell)(const nitro_item *item, size_t column, char *out, size_t size);
} nitro_list_def;

/* Runs a list command: --all streams every page, a terminal gets the table,
 * anything else one page as JSON. Returns the exit code. */
int nitro_list_run(nitro_ctx *ctx, const nitro_list_def *def, const char *cursor, bool all);

void nitro_page_free(nitro_page *page);

/* For the generated fetchers (generated/lists.c): reports credentials that
 * are no user's (the connection came back null), frees the page, returns 4. */
int nitro_page_without_user(nitro_ctx *ctx, nitro_page *page);

/* Allocates `count` items; on failure reports it and frees the page. */
bool nitro_page_alloc(nitro_ctx *ctx, nitro_page *page, size_t count);

/* Writes one item as a JSON object. */
void nitro_item_json(nitro_json *json, const nitro_item *item, size_t n_fields);

#endif
