/* The generic executors: one per kind of command (paged list, mutation,
 * query, local, replacement), driven by the generated nitro_behaviour tables.
 * No command of those kinds has C of its own. Their parts, by file:
 *   executor.c  running a behaviour: confirmation, payload errors, output
 *   values.c    values of a response and of the options; declared messages
 *   request.c   the variables of a request, sending it, the workspace
 *   pick.c      pickers and the options chosen with them on a terminal
 *   list.c      paged lists (list.h) */
#ifndef NITRO_EXECUTOR_H
#define NITRO_EXECUTOR_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stdint.h>

#include "behaviour.h"
#include "context.h"
#include "json_out.h"
#include "list.h"

/* ---- executor.c ---------------------------------------------------------- */

/* Runs a command declared by its behaviour; `opts` is its options struct. */
int nitro_behaviour_run(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts);

/* What a mutation or query does with the "data" of its response (already
 * checked against its document): exposed for the fuzz targets. */
int nitro_behaviour_respond(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts, const cJSON *response);

/* ---- request.c: the cursors of a paging loop ----------------------------- */

/* The cursors a paging loop was given (hashes, bounded), to refuse a server
 * that leads it in a circle (A, B, A, B). Zero-initialise. */
typedef struct {
    uint64_t *slots;
    size_t size, used;
} nitro_cursor_set;

/* Adds `cursor`; 0 when it is new, else reports the repeat (or more pages
 * than any list has) and returns the exit code. */
int nitro_cursor_seen(nitro_ctx *ctx, nitro_cursor_set *set, const char *cursor);
void nitro_cursor_set_free(nitro_cursor_set *set);

/* ---- values.c ------------------------------------------------------------ */

/* The value at a path below `root` (NULL when absent; JSON null is returned as is). */
const cJSON *nitro_value_at(const cJSON *root, const char *const *path);

/* The item of `select`'s list (below `data`) whose field equals the option's value; NULL when there is none. */
const cJSON *nitro_select_item(const nitro_select_def *select, const cJSON *data, const void *opts);

/* Whether an item is kept by the behaviour's `filter` (always, without one). */
bool nitro_filter_keeps(const nitro_behaviour *behaviour, const cJSON *item);

/* A value as text in a format; malloc'd, NULL for JSON null or absent. */
char *nitro_value_text(const cJSON *value, nitro_format format);

/* The text of a value reference below `root`; malloc'd or NULL. */
char *nitro_ref_text(const cJSON *root, const nitro_value_ref *ref);

/* Writes a result object (`def`) read from `data` as JSON. */
void nitro_result_json(nitro_json *json, const nitro_field_def *def, const cJSON *data);

/* The same, with the options struct the fields taken from options (`key <- @option`) read. */
void nitro_result_json_opts(nitro_json *json, const nitro_field_def *def, const cJSON *data, const void *opts);

/* True when the string option at `offset` of an options struct has a value. */
bool nitro_option_given(const void *opts, size_t offset);

/* What a declared message's placeholders are filled from. */
typedef struct {
    const void *opts;
    const cJSON *data;  /* the result object */
    const cJSON *check; /* the pre-query's data object */
    const char *workspace;
} nitro_text_scope;

/* A declared message with its placeholders filled; malloc'd, NULL when the
 * spec declares none. */
char *nitro_text_render_scope(const nitro_text *text, const nitro_text_scope *scope);

/* A declared message with its placeholders filled; malloc'd, or NULL when none is declared. */
char *nitro_text_render(const nitro_text *text, const void *opts, const cJSON *data, const char *workspace);

/* Reports a declared message as an error. */
void nitro_text_scope_error(nitro_ctx *ctx, const nitro_text *text, const void *opts, const char *workspace);

/* ---- request.c ----------------------------------------------------------- */

/* Builds the "variables" of a request. `after`/`first` feed the page
 * bindings, `workspace` the workspace binding; NULL with the exit code in
 * *code (reported) when a value is invalid. */
cJSON *nitro_request_variables(nitro_ctx *ctx, const nitro_request_def *request, const void *opts, const char *after,
                               long long first, const char *workspace, int *code);

/* Sends a request and checks the response against the document; 0 with
 * `result` to read and free, or the reported exit code. `recheck` is the
 * command named when a mutation's outcome is unknown. */
int nitro_request_send(nitro_ctx *ctx, const nitro_request_def *request, cJSON *variables, const char *label,
                       const char *recheck, nitro_result *result);

/* The workspace a command acts on: its --workspace-id, else the session's
 * default for the session's credential; for --api-key / NITRO_API_KEY the
 * server is asked whose the credential is: an API key's own workspace, or the
 * session's default for a user the session does not name as another. NULL
 * (reported, *code set) when there is none. */
const char *nitro_resolve_workspace(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, int *code);

/* The same workspace, or NULL with *code 0 and nothing said when it cannot be
 * determined (a lookup that can do without it); a failed request to the server
 * is still reported, with its code. */
const char *nitro_known_workspace(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, int *code);

/* True when a request binds the workspace. */
bool nitro_request_needs_workspace(const nitro_request_def *request);

/* True when the command's request binds the workspace. */
bool nitro_behaviour_needs_workspace(const nitro_behaviour *behaviour);

/* ---- pick.c -------------------------------------------------------------- */

/* Every item of a picker's query (at most NITRO_PICKER_MAX_PAGES pages). */
#define NITRO_PICKER_MAX_PAGES 20
typedef struct {
    nitro_page pages[NITRO_PICKER_MAX_PAGES];
    size_t n_pages, total;
} nitro_choices;

/* Fetches the picker's items in pages of `page_size`; an exit code (reported),
 * or 0 with `choices` to free. */
int nitro_choices_fetch(nitro_ctx *ctx, const nitro_picker *picker, const void *opts, const char *workspace,
                        long long page_size, nitro_choices *choices);

/* Numbers the items on the terminal and asks for one; *value is its value
 * and *label its label (malloc'd). Returns an exit code. */
int nitro_choices_ask(nitro_ctx *ctx, const nitro_picker *picker, const char *title, const nitro_choices *choices,
                      char **value, char **label);

void nitro_choices_free(nitro_choices *choices);

/* Runs a picker on the terminal (fetch, then ask; an empty list is an error
 * with the picker's message); *value is the chosen item's value (malloc'd)
 * and *label its label. Returns an exit code. */
int nitro_pick(nitro_ctx *ctx, const nitro_picker *picker, const char *title, const void *opts, const char *workspace,
               char **value, char **label);

/* Fills the options a terminal user chooses: one of a group, then pickers.
 * Returns an exit code. */
int nitro_choose_inputs(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts);

/* Fills a picked option (`pick` in the spec) on a terminal; returns an exit
 * code, or -1 when the option has no picker. */
/* Whether a typed answer for the option at `offset` meets the rules its binding declares (an API path starts
 * with '/'); when not, *why says so, to ask again. */
bool nitro_answer_ok(const nitro_behaviour *behaviour, size_t offset, const char *answer, char *why, size_t size);

int nitro_fill_pick(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts, size_t offset);

#endif
