/* The generic executors: one per kind of command (paged list, mutation,
 * query, local), driven by the generated nitro_behaviour tables. No command
 * of those kinds has C of its own. */
#ifndef NITRO_EXECUTOR_H
#define NITRO_EXECUTOR_H

#include <cjson/cJSON.h>
#include <stdbool.h>

#include "app.h"
#include "behaviour.h"
#include "json_out.h"

/* Runs a command declared by its behaviour; `opts` is its options struct. */
int nitro_behaviour_run(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts);

/* The value at a path below `root` (NULL when absent; JSON null is returned as is). */
const cJSON *nitro_value_at(const cJSON *root, const char *const *path);

/* A value as text in a format; malloc'd, NULL for JSON null or absent. */
char *nitro_value_text(const cJSON *value, nitro_format format);

/* The text of a value reference below `root`; malloc'd or NULL. */
char *nitro_ref_text(const cJSON *root, const nitro_value_ref *ref);

/* Writes a result object (`def`) read from `data` as JSON. */
void nitro_result_json(nitro_json *json, const nitro_field_def *def, const cJSON *data);

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
 * default; NULL (reported, *code set) when there is none. */
const char *nitro_resolve_workspace(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, int *code);

/* Runs a picker on the terminal; *value is the chosen item's value (malloc'd)
 * and *label its label. Returns an exit code. */
int nitro_pick(nitro_ctx *ctx, const nitro_picker *picker, const char *title, const void *opts, const char *workspace,
               char **value, char **label);

/* True when the command's request binds the workspace. */
bool nitro_behaviour_needs_workspace(const nitro_behaviour *behaviour);

/* A declared message with its placeholders filled; malloc'd, or NULL when none is declared. */
char *nitro_text_render(const nitro_text *text, const void *opts, const cJSON *data, const char *workspace);

/* Reports a declared message as an error. */
void nitro_text_scope_error(nitro_ctx *ctx, const nitro_text *text, const void *opts, const char *workspace);

/* Fills a picked option (`pick` in the spec) on a terminal; returns an exit
 * code, or -1 when the option has no picker. */
int nitro_fill_pick(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts, size_t offset);

#endif
