/* The generic executors: a mutation or query, a local read of the session,
 * and a replacement (create the successor, then remove the old one), each
 * driven by the command's generated nitro_behaviour; lists are list.c's.
 * Values and messages are values.c's, requests request.c's, choices pick.c's. */
#include "executor.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "credentials.h"
#include "follow.h"
#include "generated/commands.h"
#include "kept.h"
#include "list.h"
#include "rest.h"
#include "safe_text.h"
#include "term.h"
#include "timefmt.h"

/* The field of a result named `key` at its top level, or NULL. */
static const nitro_field_def *result_field(const nitro_field_def *result, const char *key) {
    for (size_t i = 0; i < result->n_fields; i++)
        if (strcmp(result->fields[i].key, key) == 0) return &result->fields[i];
    return NULL;
}

static bool flag_at(const void *opts, size_t offset) {
    return offset != NITRO_NO_OPTION && ((const nitro_flag_value *)((const char *)opts + offset))->value;
}

/* ---- output ------------------------------------------------------------------ */

static void print_human(nitro_ctx *ctx, const nitro_behaviour *behaviour, const nitro_text_scope *scope) {
    size_t width = 0;
    for (size_t i = 0; i < behaviour->n_human; i++)
        if (behaviour->human[i].label && strlen(behaviour->human[i].label) > width)
            width = strlen(behaviour->human[i].label);
    for (size_t i = 0; i < behaviour->n_human; i++) {
        const nitro_human_line *line = &behaviour->human[i];
        if (line->label) {
            fprintf(ctx->out, "%s:%*s", line->label, (int)(width - strlen(line->label) + 1), "");
            char *text = nitro_ref_text(scope->data, &line->value);
            nitro_put_safe(ctx->out, text);
            free(text);
        } else {
            char *text = nitro_text_render_scope(&line->template_text, scope); /* made safe */
            fputs(text ? text : "", ctx->out);
            free(text);
        }
        fputc('\n', ctx->out);
    }
}

static void print_result(nitro_ctx *ctx, const nitro_behaviour *behaviour, const nitro_text_scope *scope) {
    if (!ctx->json) {
        char *success = nitro_text_render_scope(&behaviour->success, scope);
        if (success) fprintf(ctx->err, "%s %s\n", nitro_glyph(NITRO_GLYPH_OK), success);
        free(success);
    }
    if (ctx->json || !behaviour->n_human) {
        nitro_json json;
        nitro_ctx_json(ctx, &json);
        nitro_result_json_opts(&json, &behaviour->result, scope->data, scope->opts);
        nitro_json_finish(&json);
    } else {
        print_human(ctx, behaviour, scope);
    }
    char *notice = ctx->json ? NULL : nitro_text_render_scope(&behaviour->notice, scope);
    if (notice) fprintf(ctx->err, "\nwarning: %s\n", notice);
    free(notice);
}

/* Stores the result's id and name as the session's default workspace. */
static int save_workspace(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, const cJSON *data) {
    bool wanted =
        behaviour->save_workspace == NITRO_SAVE_WORKSPACE_ALWAYS ||
        (behaviour->save_workspace == NITRO_SAVE_WORKSPACE_OPTION && flag_at(opts, behaviour->save_workspace_offset));
    if (!wanted) return NITRO_EXIT_OK;
    const nitro_field_def *id = result_field(&behaviour->result, "id");
    const nitro_field_def *name = result_field(&behaviour->result, "name");
    char *id_text = nitro_value_text(nitro_value_at(data, id->path), id->format);
    char *name_text = nitro_value_text(nitro_value_at(data, name->path), name->format);
    /* Keep whatever else the session holds; without one, a file holding only the workspace. */
    if (nitro_ctx_session(ctx) != NITRO_SESSION_OK) nitro_session_free(&ctx->session);
    bool ok = id_text && nitro_session_store(&ctx->session, NITRO_SESSION_FIELD_WORKSPACE_ID, id_text) &&
              nitro_session_store(&ctx->session, NITRO_SESSION_FIELD_WORKSPACE_NAME, name_text);
    if (!ok) nitro_error(ctx, "There was an unexpected error: out of memory");
    ok = ok && nitro_ctx_save_session(ctx);
    if (ok && behaviour->save_workspace == NITRO_SAVE_WORKSPACE_OPTION) {
        nitro_put_safe(ctx->err, name_text);
        fputs(" set as default workspace\n", ctx->err);
    }
    free(id_text);
    free(name_text);
    return ok ? NITRO_EXIT_OK : NITRO_EXIT_FAILURE;
}

/* ---- payload errors ---------------------------------------------------------- */

static bool is_verbatim(const nitro_behaviour *behaviour, const char *typename) {
    for (size_t i = 0; typename && i < behaviour->n_verbatim; i++)
        if (strcmp(behaviour->verbatim[i], typename) == 0) return true;
    return false;
}

/* The exit status a payload error of this type ends a command with: 1 unless the spec's [exit-codes] says
 * otherwise (UnauthorizedOperation: the credentials were refused, 4). */
static int payload_error_exit(const char *typename) {
    const nitro_payload_exit *exits = nitro_payload_exits();
    for (size_t i = 0; typename && i < nitro_payload_exit_count; i++)
        if (strcmp(exits[i].typename, typename) == 0) return exits[i].code;
    return NITRO_EXIT_FAILURE;
}

/* Reports one payload error; the exit code it ends the command with (0: not an error object). */
static int report_error(nitro_ctx *ctx, const nitro_behaviour *behaviour, const cJSON *error) {
    if (!cJSON_IsObject(error)) return NITRO_EXIT_OK;
    const cJSON *typename = cJSON_GetObjectItemCaseSensitive(error, "__typename");
    const cJSON *message = cJSON_GetObjectItemCaseSensitive(error, "message");
    const char *type_text = cJSON_IsString(typename) ? typename->valuestring : NULL;
    char *text = nitro_safe_text(cJSON_IsString(message) ? message->valuestring : type_text);
    if (is_verbatim(behaviour, type_text)) {
        nitro_error(ctx, "%s", text ? text : "");
    } else if (text) {
        nitro_error(ctx, "Unexpected mutation error: %s", text);
    } else {
        nitro_error(ctx, "Unexpected mutation error.");
    }
    free(text);
    return payload_error_exit(type_text); /* the spec's [exit-codes] mapping */
}

/* Reports the payload's errors; the exit code of the first (0: there were none). */
static int payload_errors(nitro_ctx *ctx, const nitro_behaviour *behaviour, const cJSON *data) {
    int code = NITRO_EXIT_OK;
    for (size_t i = 0; i < behaviour->n_errors; i++) {
        const cJSON *errors = nitro_value_at(data, behaviour->errors[i]);
        if (cJSON_IsArray(errors)) {
            const cJSON *error;
            cJSON_ArrayForEach(error, errors) {
                if (code && !behaviour->all_errors) return code;
                int reported = report_error(ctx, behaviour, error);
                if (!code) code = reported;
            }
        } else if (errors && !cJSON_IsNull(errors)) {
            if (code && !behaviour->all_errors) return code;
            int reported = report_error(ctx, behaviour, errors);
            if (!code) code = reported;
        }
    }
    return code;
}

/* The result object of a response, NULL when it is null or not of the declared type. */
static const cJSON *data_object(const nitro_behaviour *behaviour, const cJSON *data) {
    const cJSON *object = nitro_value_at(data, behaviour->data);
    if (!cJSON_IsObject(object)) return NULL;
    if (behaviour->data_type) {
        const cJSON *typename = cJSON_GetObjectItemCaseSensitive(object, "__typename");
        if (!cJSON_IsString(typename) || strcmp(typename->valuestring, behaviour->data_type) != 0) return NULL;
    }
    return object;
}

/* ---- values kept between runs (fusion publish begin's request ID) -------------- */

/* The values of the options that key a kept value (NULL where the command has none or it is unset). */
static void kept_key(const nitro_kept_def *def, const void *opts, const char **values) {
    for (size_t i = 0; i < def->n_by && i < 8; i++)
        values[i] = def->by_offsets[i] == NITRO_NO_OPTION
                        ? NULL
                        : ((const nitro_str_value *)((const char *)opts + def->by_offsets[i]))->value;
}

/* Keeps the result field `keep` names for the commands after this one; a failure only warns. */
static void keep_result(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, const cJSON *data) {
    char *value = nitro_value_text(nitro_value_at(data, behaviour->keep_path), NITRO_FMT_NONE);
    char *path = nitro_kept_path(ctx->getenv_fn, ctx->env_data);
    const char *key[8] = {0};
    char why[256] = "no home directory";
    kept_key(behaviour->keep, opts, key);
    if (value && (!path || !ctx->endpoint ||
                  !nitro_kept_store(path, behaviour->keep->name, ctx->endpoint, behaviour->keep->by, key,
                                    behaviour->keep->n_by, value, why, sizeof why)))
        fprintf(ctx->err, "warning: the %s could not be kept for the next commands (%s): pass it with --%s.\n",
                behaviour->keep->name, why, behaviour->keep->name);
    free(path);
    free(value);
}

/* Fills the kept option when it was not given, from what an earlier command kept for this endpoint and the
 * command's keying options; without one it is a usage error naming where the value may come from. */
static int fill_kept(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    nitro_str_value *option = nitro_str_at(opts, behaviour->kept_offset);
    if (option->value) return NITRO_EXIT_OK;
    int code = NITRO_EXIT_OK;
    if (!nitro_ctx_client(ctx, &code)) return code; /* the endpoint keys what is kept */
    char *path = nitro_kept_path(ctx->getenv_fn, ctx->env_data);
    const char *key[8] = {0};
    kept_key(behaviour->kept, opts, key);
    char *value = NULL;
    bool unsafe = false;
    size_t found = path && ctx->endpoint
                       ? nitro_kept_find(path, behaviour->kept->name, ctx->endpoint, behaviour->kept->by, key,
                                         behaviour->kept->n_by, &value, &unsafe)
                       : 0;
    if (unsafe) { /* the path comes from XDG_CONFIG_HOME or HOME: shown escaped */
        fputs("warning: ", ctx->err);
        nitro_put_safe(ctx->err, path ? path : "");
        fputs(" is not read: another user owns it or may write it (the file or its directory).\n", ctx->err);
    }
    free(path);
    if (found == 1) {
        option->owned = value;
        option->value = value;
        option->source = NITRO_SRC_DEFAULT;
        char *shown = nitro_safe_text(value);
        fprintf(ctx->err, "Using --%s %s, kept by an earlier command.\n", behaviour->kept->name, shown ? shown : "");
        free(shown);
        return NITRO_EXIT_OK;
    }
    if (found > 1) {
        nitro_error(ctx, "Several values of --%s are kept for this API: pass --%s.", behaviour->kept->name,
                    behaviour->kept->name);
        fputs("  hint: or choose with", ctx->err);
        for (size_t i = 0; i < behaviour->kept->n_by; i++)
            fprintf(ctx->err, "%s --%s", i ? " and" : "", behaviour->kept->by[i]);
        fputs(".\n", ctx->err);
    } else {
        nitro_error(ctx, "Missing required option '--%s'.", behaviour->kept->name);
        if (behaviour->kept_missing) fprintf(ctx->err, "  hint: %s\n", behaviour->kept_missing);
    }
    return NITRO_EXIT_USAGE;
}

/* Forgets the kept value the command used, once it succeeded (the request is committed or cancelled). */
static void forget_kept(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts) {
    const char *value = ((const nitro_str_value *)((const char *)opts + behaviour->kept_offset))->value;
    char *path = value ? nitro_kept_path(ctx->getenv_fn, ctx->env_data) : NULL;
    char why[256];
    if (path && !nitro_kept_forget(path, behaviour->kept->name, value, why, sizeof why))
        fprintf(ctx->err, "warning: %s could not be updated (%s).\n", path, why);
    free(path);
}

/* ---- the executors ------------------------------------------------------------ */

static int not_found(nitro_ctx *ctx, const nitro_text *text, const nitro_text_scope *scope) {
    char *message = nitro_text_render_scope(text, scope);
    nitro_error(ctx, "%s", message ? message : "Not found.");
    free(message);
    return NITRO_EXIT_FAILURE;
}

/* Pages through the find's list for the item whose id is the command's <id>; 0 with *found holding a copy of
 * it, or the reported exit code. An item not listed is reported with `not_found`, or, when that is NULL, is
 * no failure (*found stays NULL). */
static int find_item(nitro_ctx *ctx, const nitro_find_def *find, const void *opts, const char *workspace,
                     const nitro_text *not_found_text, cJSON **found) {
    const nitro_behaviour *list = find->list;
    const char *id = ((const nitro_str_value *)((const char *)opts + find->id_offset))->value;
    char *after = NULL;
    nitro_cursor_set seen = {0};
    int code = NITRO_EXIT_OK;
    *found = NULL;
    while (!*found) {
        nitro_page page;
        code = nitro_page_fetch(ctx, &list->request, list->data, NULL, after, 50, workspace, list, &page);
        if (code) break;
        for (size_t i = 0; i < page.count && !*found; i++) {
            char *value = nitro_ref_text(page.nodes[i], &find->id);
            if (value && id && strcmp(value, id) == 0) *found = cJSON_Duplicate(page.nodes[i], true);
            free(value);
        }
        free(after);
        after = page.has_next && !*found ? strdup(page.end_cursor) : NULL;
        nitro_page_free(&page);
        if (!after) break;
        code = nitro_cursor_seen(ctx, &seen, after); /* pages in a circle would never end */
        if (code) break;
        if (nitro_interrupted) {
            code = NITRO_EXIT_INTERRUPTED;
            break;
        }
    }
    free(after);
    nitro_cursor_set_free(&seen);
    if (!code && !*found && not_found_text) {
        nitro_text_scope scope = {.opts = opts, .workspace = workspace};
        code = not_found(ctx, not_found_text, &scope);
    }
    return code;
}

/* Runs the check of a command: its query (client delete looks the client up) or its item found in a list
 * (pat revoke's in pat list); *item owns a copy of what was found. With `confirm_by_id`, an item the check
 * cannot name (the list's workspace is not known, or the item is not in it) is no failure: *item stays NULL
 * and the question asks by ID. */
static int run_check(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, cJSON **item) {
    const nitro_behaviour *check = behaviour->check;
    int code = NITRO_EXIT_OK;
    *item = NULL;
    if (check->find) {
        bool by_id = behaviour->confirm_by_id.n_parts > 0;
        const char *workspace = NULL;
        if (nitro_request_needs_workspace(&check->find->list->request)) {
            /* The command's own workspace resolution, as the list's would be. */
            workspace = by_id ? nitro_known_workspace(ctx, behaviour, opts, &code)
                              : nitro_resolve_workspace(ctx, behaviour, opts, &code);
            if (!workspace) return code;
        }
        return find_item(ctx, check->find, opts, workspace, by_id ? NULL : &check->not_found, item);
    }
    cJSON *variables = nitro_request_variables(ctx, &check->request, opts, NULL, 0, NULL, &code);
    if (!variables) return code;
    nitro_result response = {0};
    code = nitro_request_send(ctx, &check->request, variables, NULL, NULL, &response);
    if (code) return code;
    const cJSON *data = data_object(check, response.data);
    if (!data) {
        nitro_text_scope scope = {.opts = opts};
        code = not_found(ctx, &check->not_found, &scope);
    } else if (!(*item = cJSON_Duplicate(data, true))) {
        nitro_error(ctx, "There was an unexpected error: out of memory");
        code = NITRO_EXIT_FAILURE;
    }
    nitro_result_free(&response);
    return code;
}

static int confirm(nitro_ctx *ctx, const nitro_behaviour *behaviour, const nitro_text_scope *scope) {
    if (!ctx->interactive) {
        nitro_error(ctx, "Attempted to prompt the user for confirmation, but the console is running in "
                         "non-interactive mode.");
        fputs("\n  tip: pass '--force' to skip the confirmation (required without a terminal and with --output "
              "json)\n",
              ctx->err);
        return NITRO_EXIT_USAGE;
    }
    /* A check that could not name the item (confirm_by_id) asks by its ID. */
    bool by_id = behaviour->check && !scope->check && behaviour->confirm_by_id.n_parts;
    char *question = nitro_text_render_scope(by_id ? &behaviour->confirm_by_id : &behaviour->confirm, scope);
    bool yes = false;
    /* What it confirms cannot be undone (revoke, delete, replace): Enter alone keeps everything. */
    nitro_prompt_status status = nitro_prompt_confirm(ctx->err, question ? question : "Continue?", false, &yes);
    free(question);
    if (status == NITRO_PROMPT_INTERRUPTED) return NITRO_EXIT_INTERRUPTED;
    if (status != NITRO_PROMPT_OK || !yes) {
        char *declined = nitro_text_render_scope(&behaviour->declined, scope);
        fprintf(ctx->err, "%s\n", declined ? declined : "Cancelled.");
        free(declined);
        return NITRO_EXIT_FAILURE;
    }
    return NITRO_EXIT_OK;
}

/* A bool option left unset is asked on a terminal, and false otherwise. */
static int confirm_option(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    if (behaviour->confirm_offset == NITRO_NO_OPTION) return NITRO_EXIT_OK;
    nitro_flag_value *option = (nitro_flag_value *)((char *)opts + behaviour->confirm_offset);
    if (option->source != NITRO_SRC_UNSET || !ctx->interactive) return NITRO_EXIT_OK;
    bool yes = false;
    nitro_prompt_status status = nitro_prompt_confirm(ctx->err, behaviour->confirm_question, false, &yes);
    if (status == NITRO_PROMPT_INTERRUPTED) return NITRO_EXIT_INTERRUPTED;
    if (status != NITRO_PROMPT_OK) return NITRO_EXIT_USAGE;
    option->value = yes;
    option->source = NITRO_SRC_PROMPT;
    return NITRO_EXIT_OK;
}

/* The text of the result's "id" (at any depth: pat create's is details.id), or NULL. */
static char *result_id(const nitro_field_def *def, const cJSON *data) {
    for (size_t i = 0; i < def->n_fields; i++) {
        const nitro_field_def *field = &def->fields[i];
        char *id = strcmp(field->key, "id") == 0 && field->kind != NITRO_VALUE_OBJECT
                       ? nitro_value_text(nitro_value_at(data, field->path), field->format)
                       : result_id(field, data);
        if (id) return id;
    }
    return NULL;
}

/* How a mutation or query ends: printed; quiet (the second step of a
 * replacement, whose output is the first step's: nothing printed, nothing
 * followed); or as a step of a sequence (followed, its success said on
 * stderr, its result object kept for the later steps, nothing on stdout). */
typedef enum { RUN_PRINT, RUN_QUIET, RUN_STEP } run_mode;

/* What a mutation's or query's "data" (checked against its document) makes
 * of the command: its payload errors, a missing result, or the result
 * printed (and the workspace saved, where the command says so). When a
 * mutation's result is lost (its write or its --jq filter failed), *lost
 * (may be NULL) holds the id of what it made; a step's result is copied
 * into *kept. */
static int respond(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts, nitro_text_scope *scope,
                   const cJSON *response, run_mode mode, char **lost, cJSON **kept) {
    bool quiet = mode != RUN_PRINT;
    const cJSON *root = behaviour->select ? nitro_select_item(behaviour->select, response, opts) : response;
    if (!root) return not_found(ctx, &behaviour->select->not_found, scope);
    const cJSON *data = data_object(behaviour, root);
    scope->data = data;
    int failed = payload_errors(ctx, behaviour, response);
    if (failed) return failed;
    if (!data && behaviour->kind == NITRO_KIND_MUTATION) {
        char *message = nitro_text_render_scope(&behaviour->no_data, scope);
        nitro_error(ctx, "%s", message ? message : "");
        free(message);
        return NITRO_EXIT_FAILURE;
    }
    if (!data) return not_found(ctx, &behaviour->not_found, scope);
    if (behaviour->follow && mode != RUN_QUIET) {
        int followed = nitro_follow_run(ctx, behaviour, opts, scope); /* the request it made, to its end */
        if (followed) return followed;
    }
    if (behaviour->keep) keep_result(ctx, behaviour, opts, data);
    /* What was made is printed before what is done with it (made the default); a command whose whole job
     * is saving it (set-default) prints only once it is saved. */
    bool saving_is_the_job = behaviour->save_workspace == NITRO_SAVE_WORKSPACE_ALWAYS;
    int code = saving_is_the_job ? save_workspace(ctx, behaviour, opts, data) : NITRO_EXIT_OK;
    if (!code && !quiet) {
        print_result(ctx, behaviour, scope);
        if (behaviour->kind == NITRO_KIND_MUTATION) {
            char *made = result_id(&behaviour->result, data);
            ctx->made_id = made;
            code = nitro_result_written(ctx, true);
            ctx->made_id = NULL;
            if (code && lost)
                *lost = made;
            else
                free(made);
        }
    }
    if (!saving_is_the_job) {
        int saved = save_workspace(ctx, behaviour, opts, data); /* made, even when its output was lost */
        if (!code) code = saved;
    }
    if (!code && mode == RUN_STEP) {
        char *success = nitro_text_render_scope(&behaviour->success, scope);
        if (success) fprintf(ctx->err, "%s %s\n", nitro_glyph(NITRO_GLYPH_OK), success);
        free(success);
        *kept = cJSON_Duplicate(data, true);
        if (!*kept) {
            nitro_error(ctx, "There was an unexpected error: out of memory");
            code = NITRO_EXIT_FAILURE;
        }
    }
    return code;
}

/* The values done before a failure of `each`, after its `done` text: the server did those. */
static void each_done_hint(nitro_ctx *ctx, const nitro_each_def *each, const nitro_text_scope *scope,
                           const char *const *values, size_t done) {
    char *text = nitro_text_render_scope(&each->done, scope);
    fprintf(ctx->err, "  hint: %s", text ? text : "");
    free(text);
    for (size_t i = 0; i < done; i++) {
        char *value = nitro_safe_text(values[i]); /* typed by the user */
        fprintf(ctx->err, "%s%s", i ? ", " : " ", value ? value : "");
        free(value);
    }
    fputs(".\n", ctx->err);
}

/* A mutation sent once for each value of the `each` option, in order, each saying its line; the first failure
 * (or Ctrl-C) ends it, after naming the values done before it. The result is printed once, at the end. */
static int run_each(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts, nitro_text_scope *scope,
                    const char *workspace) {
    const nitro_each_def *each = behaviour->each;
    size_t count = 0, done = 0;
    const char *const *values = nitro_list_values(opts, each->offset, &count);
    nitro_str_value *current = nitro_str_at(opts, each->offset);
    const char *first = current->value;
    int code = NITRO_EXIT_OK;
    while (done < count) {
        if (nitro_interrupted) {
            code = NITRO_EXIT_INTERRUPTED;
            break;
        }
        current->value = values[done]; /* what the bindings and messages read */
        cJSON *variables = nitro_request_variables(ctx, &behaviour->request, opts, NULL, 0, workspace, &code);
        if (!variables) break;
        char *activity = nitro_text_render_scope(&behaviour->activity, scope);
        nitro_result result = {0};
        code = nitro_request_send(ctx, &behaviour->request, variables, activity, behaviour->recheck, &result);
        free(activity);
        if (!code) code = payload_errors(ctx, behaviour, result.data);
        const cJSON *data = code ? NULL : data_object(behaviour, result.data);
        if (!code && !data) {
            char *message = nitro_text_render_scope(&behaviour->no_data, scope);
            nitro_error(ctx, "%s", message ? message : "");
            free(message);
            code = NITRO_EXIT_FAILURE;
        }
        if (!code) {
            scope->data = data;
            char *say = nitro_text_render_scope(&each->say, scope); /* made safe */
            if (say) fprintf(ctx->err, "%s %s\n", nitro_glyph(NITRO_GLYPH_OK), say);
            free(say);
            scope->data = NULL;
            done++;
        }
        nitro_result_free(&result);
        if (code) break;
    }
    if (code && done) each_done_hint(ctx, each, scope, values, done);
    current->value = first;
    if (code) return code;
    print_result(ctx, behaviour, scope);
    return nitro_result_written(ctx, false);
}

/* Runs a mutation or query, ending as `mode` says; *lost and *kept as for respond. */
static int run_operation(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts, run_mode mode, char **lost,
                         cJSON **kept) {
    int code = nitro_exclusive_check(ctx, behaviour, opts);
    if (!code && behaviour->kept) code = fill_kept(ctx, behaviour, opts);
    if (!code) code = nitro_choose_inputs(ctx, behaviour, opts);
    if (!code) code = nitro_files_check(ctx, behaviour, opts);
    if (code) return code;
    code = confirm_option(ctx, behaviour, opts);
    if (code) return code;
    const char *workspace = NULL;
    if (nitro_request_needs_workspace(&behaviour->request)) {
        workspace = nitro_resolve_workspace(ctx, behaviour, opts, &code);
        if (!workspace) return code;
    }
    bool will_confirm = behaviour->confirm.n_parts && !flag_at(opts, behaviour->force_offset);
    if (will_confirm && !ctx->interactive) {
        nitro_text_scope scope = {.opts = opts};
        return confirm(ctx, behaviour, &scope);
    }
    cJSON *checked = NULL;
    if (behaviour->check && (will_confirm || !behaviour->check->only_to_confirm)) {
        code = run_check(ctx, behaviour, opts, &checked);
        if (code) return code;
    }
    nitro_text_scope scope = {.opts = opts, .check = checked, .workspace = workspace};
    if (will_confirm) code = confirm(ctx, behaviour, &scope);
    if (!code && behaviour->each) {
        code = run_each(ctx, behaviour, opts, &scope, workspace);
        cJSON_Delete(checked);
        return code;
    }
    cJSON *variables = code ? NULL : nitro_request_variables(ctx, &behaviour->request, opts, NULL, 0, workspace, &code);
    char *activity = nitro_text_render_scope(&behaviour->activity, &scope);
    nitro_result result = {0};
    if (variables) {
        if (ctx->interactive && behaviour->kind == NITRO_KIND_MUTATION && activity) fprintf(ctx->err, "%s\n", activity);
        /* Without a file (update's are optional) the request is plain JSON, as the Nitro CLI sends it. */
        code = nitro_files_given(behaviour, opts)
                   ? nitro_files_send(ctx, behaviour, opts, variables, activity, &result)
                   : nitro_request_send(ctx, &behaviour->request, variables, activity, behaviour->recheck, &result);
    }
    free(activity);
    if (!code) {
        code = respond(ctx, behaviour, opts, &scope, result.data, mode, lost, kept);
        nitro_result_free(&result);
    }
    cJSON_Delete(checked);
    if (!code && behaviour->forget) forget_kept(ctx, behaviour, opts);
    return code;
}

int nitro_behaviour_respond(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts, const cJSON *response) {
    nitro_text_scope scope = {.opts = opts};
    return respond(ctx, behaviour, opts, &scope, response, RUN_PRINT, NULL, NULL);
}

static int run_local(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    const cJSON *data =
        nitro_ctx_session(ctx) == NITRO_SESSION_OK ? nitro_value_at(ctx->session.json, behaviour->data) : NULL;
    nitro_text_scope scope = {.opts = opts, .data = data};
    const nitro_field_def *id = result_field(&behaviour->result, "id");
    if (!cJSON_IsObject(data) || (id && !cJSON_IsString(nitro_value_at(data, id->path))))
        return not_found(ctx, &behaviour->not_found, &scope);
    print_result(ctx, behaviour, &scope);
    return NITRO_EXIT_OK;
}

/* ---- replacing an item (pat rotate) ------------------------------------------ */

/* A command's options struct for a step of a replacement: the same global
 * options, nothing else set. */
static void *step_options(size_t opts_size, const void *opts) {
    void *step = calloc(1, opts_size);
    if (step) memcpy(step, opts, sizeof(nitro_global_opts));
    return step;
}

/* Whole days from one DateTime to another, rounded; false when either is not a date. */
static bool days_between(const cJSON *start, const cJSON *end, long long *days) {
    long long from, to;
    if (!cJSON_IsString(start) || !cJSON_IsString(end) || !nitro_iso_parse(start->valuestring, &from) ||
        !nitro_iso_parse(end->valuestring, &to) || to <= from)
        return false;
    *days = (to - from + 43200) / 86400;
    return *days >= 1;
}

/* Fills the create command's options from the found item, or from this
 * command's option of the same name when it was given. */
static bool inherit(nitro_ctx *ctx, const nitro_replace *replace, const void *opts, const cJSON *item, void *create) {
    for (size_t i = 0; i < replace->n_inherit; i++) {
        const nitro_inherit *row = &replace->inherit[i];
        char *at = (char *)create + row->target_offset;
        if (row->target_type == NITRO_OPT_INT) {
            nitro_int_value *target = (nitro_int_value *)at;
            const nitro_int_value *own = row->own_offset == NITRO_NO_OPTION
                                             ? NULL
                                             : (const nitro_int_value *)((const char *)opts + row->own_offset);
            if (own && own->source != NITRO_SRC_UNSET) {
                *target = *own;
            } else if (row->kind == NITRO_INHERIT_DAYS &&
                       days_between(nitro_value_at(item, row->values[0].path),
                                    nitro_value_at(item, row->values[1].path), &target->value)) {
                target->source = NITRO_SRC_DEFAULT;
            } else {
                nitro_error(ctx, "The server returned an unexpected response: the item's dates give no lifetime");
                return false;
            }
        } else {
            nitro_str_value *target = (nitro_str_value *)at;
            const nitro_str_value *own = row->own_offset == NITRO_NO_OPTION
                                             ? NULL
                                             : (const nitro_str_value *)((const char *)opts + row->own_offset);
            target->owned = own && own->value ? strdup(own->value) : nitro_ref_text(item, &row->values[0]);
            target->value = target->owned;
            target->source = NITRO_SRC_DEFAULT;
            if (!target->value) {
                nitro_error(ctx, "The server returned an unexpected response: the item has no value to keep");
                return false;
            }
        }
    }
    return true;
}

static void free_step(const nitro_replace *replace, void *create) {
    for (size_t i = 0; create && i < replace->n_inherit; i++)
        if (replace->inherit[i].target_type == NITRO_OPT_STRING)
            free(((nitro_str_value *)((char *)create + replace->inherit[i].target_offset))->owned);
    free(create);
}

static int run_replace(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    const nitro_replace *replace = behaviour->replace;
    const char *id = nitro_str_at(opts, replace->find.id_offset)->value;
    nitro_text_scope scope = {.opts = opts};
    bool will_confirm = behaviour->confirm.n_parts && !flag_at(opts, behaviour->force_offset);
    if (will_confirm && !ctx->interactive) return confirm(ctx, behaviour, &scope); /* refused before any request */
    cJSON *item = NULL;
    int code = find_item(ctx, &replace->find, opts, NULL, &behaviour->not_found, &item);
    if (code) return code;
    /* Asked once the item is found, so that the question names it (its description), not only its id. */
    scope.data = item;
    if (will_confirm && (code = confirm(ctx, behaviour, &scope))) {
        cJSON_Delete(item);
        return code;
    }
    scope.data = NULL;
    char *shown = nitro_safe_text(id); /* typed by the user, echoed in the hints below */
    void *create = step_options(replace->create_opts_size, opts);
    void *remove = step_options(replace->remove_opts_size, opts);
    if (!create || !remove) {
        nitro_error(ctx, "There was an unexpected error: out of memory");
        code = NITRO_EXIT_FAILURE;
    } else if (!inherit(ctx, replace, opts, item, create)) {
        code = NITRO_EXIT_FAILURE;
    } else {
        /* The successor first: if it cannot be made, or what it answered (its secret) is lost, nothing is
         * removed. */
        char *successor = NULL;
        code = run_operation(ctx, replace->create, create, RUN_PRINT, &successor, NULL);
        fflush(ctx->out);
        if (successor) {
            char *made = nitro_safe_text(successor);
            fprintf(ctx->err,
                    "  hint: '%s' was not removed; the new one, '%s', exists: '%s' shows it, '%s \"%s\"' "
                    "revokes it.\n",
                    shown, made ? made : "", replace->find_words, replace->remove_words, made ? made : "");
            free(made);
            free(successor);
        }
    }
    if (!code && nitro_interrupted) {
        fputs("Interrupted.\n", ctx->err);
        ctx->said_interrupted = true;
        fprintf(ctx->err,
                "  hint: the new one was created and printed above; '%s' was not removed: run '%s' after "
                "checking it.\n",
                shown, replace->remove_words);
        code = NITRO_EXIT_INTERRUPTED;
    } else if (!code) {
        nitro_str_value *remove_id = nitro_str_at(remove, replace->remove_id_offset);
        remove_id->value = id;
        remove_id->source = NITRO_SRC_ARGV;
        ((nitro_flag_value *)((char *)remove + replace->remove_force_offset))->value = true;
        code = run_operation(ctx, replace->remove, remove, RUN_QUIET, NULL, NULL);
        if (code) {
            /* It failed, or its outcome is unknown: the old one may or may not be gone. */
            fprintf(ctx->err,
                    "  hint: the new one was created and printed above; '%s' may still be valid: '%s' shows it, "
                    "'%s \"%s\"' removes it.\n",
                    shown, replace->find_words, replace->remove_words, shown);
        } else if (!ctx->json) {
            fprintf(ctx->err, "%s Removed the old one, '%s'.\n", nitro_glyph(NITRO_GLYPH_OK), shown);
        }
    }
    cJSON_Delete(item);
    free(shown);
    free_step(replace, create);
    free(remove);
    return code;
}

/* A REST download: nothing to confirm, the file written, then the result. */
static int run_download(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    nitro_text_scope scope = {.opts = opts};
    char *activity = nitro_text_render_scope(&behaviour->activity, &scope);
    int code = nitro_download_run(ctx, behaviour, opts, activity);
    free(activity);
    if (code) return code;
    print_result(ctx, behaviour, &scope);
    return nitro_result_written(ctx, false);
}

/* ---- a command that runs its subcommands in turn (fusion publish) ------------ */

/* A step's options struct: the globals, this command's options of the same names (shallow: this
 * command's struct owns what they point to) and the carried value. */
static void *fill_step(const nitro_step_def *step, const void *opts, const char *carried) {
    void *filled = step_options(step->opts_size, opts);
    for (size_t i = 0; filled && i < step->n_copies; i++) {
        const nitro_option_copy *copy = &step->copies[i];
        const char *from = (const char *)opts + copy->from;
        char *to = (char *)filled + copy->to;
        if (copy->type == NITRO_OPT_STRING) {
            nitro_str_value value = *(const nitro_str_value *)from;
            value.owned = NULL;
            memcpy(to, &value, sizeof value);
        } else if (copy->type == NITRO_OPT_INT) {
            memcpy(to, from, sizeof(nitro_int_value));
        } else {
            memcpy(to, from, sizeof(nitro_flag_value));
        }
    }
    if (filled && carried && step->carried_offset != NITRO_NO_OPTION) {
        nitro_str_value *value = nitro_str_at(filled, step->carried_offset);
        value->value = carried;
        value->source = NITRO_SRC_DEFAULT;
    }
    return filled;
}

static int run_step(nitro_ctx *ctx, const nitro_step_def *step, const void *opts, const char *carried, cJSON **kept) {
    void *filled = fill_step(step, opts, carried);
    if (!filled) {
        nitro_error(ctx, "There was an unexpected error: out of memory");
        return NITRO_EXIT_FAILURE;
    }
    cJSON *ignored = NULL;
    int code = run_operation(ctx, step->behaviour, filled, RUN_STEP, NULL, kept ? kept : &ignored);
    cJSON_Delete(ignored);
    if (step->carried_offset != NITRO_NO_OPTION) free(nitro_str_at(filled, step->carried_offset)->owned);
    free(filled);
    return code;
}

/* After a step before the last one failed or was interrupted, with what the first steps made (a request
 * holding a stage's slot): a failure gives it back with the `undo` step, as the Nitro CLI does, so a
 * failed job does not hold the stage; Ctrl-C sends nothing more. Either way the user is told what the
 * server has and the command that gives it back. */
static void after_failed_step(nitro_ctx *ctx, const nitro_steps_def *steps, const void *opts, const char *carried,
                              int code) {
    char *shown = nitro_safe_text(carried);
    const char *id = shown ? shown : "";
    if (code == NITRO_EXIT_INTERRUPTED || nitro_interrupted) {
        if (!ctx->said_interrupted) fputs("Interrupted.\n", ctx->err);
        ctx->said_interrupted = true;
        fprintf(ctx->err,
                "  hint: the request %s was begun and not committed; it holds (or waits for) the stage's "
                "slot until it is cancelled: '%s --%s %s'.\n",
                id, steps->undo_words, steps->carry_name, id);
    } else if (steps->undo.behaviour) {
        fprintf(ctx->err, "Cancelling the request %s, begun and not committed...\n", id);
        if (run_step(ctx, &steps->undo, opts, carried, NULL) == NITRO_EXIT_OK)
            fprintf(ctx->err, "  hint: the request %s was cancelled: nothing of it was published.\n", id);
        else
            fprintf(ctx->err, "  hint: the request %s may still hold the stage's slot: '%s --%s %s' gives it back.\n",
                    id, steps->undo_words, steps->carry_name, id);
    }
    free(shown);
}

static int run_steps(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    const nitro_steps_def *steps = behaviour->steps;
    int code = nitro_exclusive_check(ctx, behaviour, opts);
    char *carried = NULL;
    size_t at = 0;
    for (; !code && at < steps->n_steps; at++) {
        const nitro_step_def *step = &steps->steps[at];
        if (flag_at(opts, step->skip_offset)) continue;
        cJSON *kept = NULL;
        code = run_step(ctx, step, opts, carried, at == steps->carry_from ? &kept : NULL);
        if (!code && at == steps->carry_from) {
            carried = nitro_value_text(nitro_value_at(kept, steps->carry_path), NITRO_FMT_NONE);
            if (!carried) {
                nitro_error(ctx, "The server returned an unexpected response: no %s", steps->carry_name);
                code = NITRO_EXIT_FAILURE;
            }
        }
        cJSON_Delete(kept);
        if (code == NITRO_EXIT_FAILURE && !nitro_interrupted && flag_at(opts, step->pass_offset)) {
            fprintf(ctx->err, "! Going on despite the failure above (--force).\n");
            code = NITRO_EXIT_OK;
        }
        if (!code && nitro_interrupted) code = NITRO_EXIT_INTERRUPTED;
    }
    /* `at` is past the step that failed: the last one's outcome is its own to tell (its follow's hint). */
    if (code && carried && at < steps->n_steps) after_failed_step(ctx, steps, opts, carried, code);
    free(carried);
    if (code) return code;
    nitro_text_scope scope = {.opts = opts};
    char *success = nitro_text_render_scope(&behaviour->success, &scope);
    if (success) fprintf(ctx->err, "%s %s\n", nitro_glyph(NITRO_GLYPH_OK), success);
    free(success);
    nitro_json json;
    nitro_ctx_json(ctx, &json);
    nitro_result_json_opts(&json, &behaviour->result, NULL, opts);
    nitro_json_finish(&json);
    return nitro_result_written(ctx, true);
}

int nitro_behaviour_run(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    switch (behaviour->kind) {
    case NITRO_KIND_STEPS: return run_steps(ctx, behaviour, opts);
    case NITRO_KIND_DOWNLOAD: return run_download(ctx, behaviour, opts);
    case NITRO_KIND_LIST: return nitro_list_run(ctx, behaviour, opts);
    case NITRO_KIND_LOCAL: return run_local(ctx, behaviour, opts);
    case NITRO_KIND_REPLACE: return run_replace(ctx, behaviour, opts);
    default: return run_operation(ctx, behaviour, opts, RUN_PRINT, NULL, NULL);
    }
}
