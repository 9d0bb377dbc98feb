#include "executor.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "list.h"
#include "term.h"
#include "timefmt.h"

/* ---- reading the response ------------------------------------------------ */

const cJSON *nitro_value_at(const cJSON *root, const char *const *path) {
    const cJSON *value = root;
    for (size_t i = 0; path && path[i] && value; i++) {
        if (cJSON_IsNull(value)) return value;
        if (path[i][0] == '[') {
            value = cJSON_IsArray(value) ? cJSON_GetArrayItem(value, atoi(path[i] + 1)) : NULL;
        } else {
            value = cJSON_IsObject(value) ? cJSON_GetObjectItemCaseSensitive(value, path[i]) : NULL;
        }
    }
    return value;
}

static char *dup_or_null(const char *text) {
    return text ? strdup(text) : NULL;
}

static char *join_path(const cJSON *list) {
    size_t size = 1;
    const cJSON *item;
    cJSON_ArrayForEach(item, list) size += strlen(cJSON_IsString(item) ? item->valuestring : "") + 1;
    char *out = malloc(size);
    if (!out) return NULL;
    out[0] = '\0';
    bool first = true;
    cJSON_ArrayForEach(item, list) {
        if (!first) strcat(out, "/");
        strcat(out, cJSON_IsString(item) ? item->valuestring : "");
        first = false;
    }
    return out;
}

char *nitro_value_text(const cJSON *value, nitro_format format) {
    if (!value || cJSON_IsNull(value)) return NULL;
    char buffer[160];
    if (cJSON_IsBool(value)) {
        bool on = cJSON_IsTrue(value);
        if (format == NITRO_FMT_YES_NO) return strdup(on ? "Yes" : "No");
        return strdup(on ? "true" : "false");
    }
    if (cJSON_IsNumber(value)) {
        snprintf(buffer, sizeof buffer, "%.17g", value->valuedouble);
        return strdup(buffer);
    }
    if (cJSON_IsArray(value)) return join_path(value);
    if (!cJSON_IsString(value)) return NULL;
    const char *text = value->valuestring;
    char date[64];
    switch (format) {
    case NITRO_FMT_DATETIME: return strdup(nitro_datetime_net(text, date, sizeof date) ? date : text);
    case NITRO_FMT_EXPIRES_IN: nitro_expires_in(text, time(NULL), buffer, sizeof buffer); return strdup(buffer);
    case NITRO_FMT_WITH_EXPIRES_IN: {
        char in[64];
        nitro_expires_in(text, time(NULL), in, sizeof in);
        const char *shown = nitro_datetime_net(text, date, sizeof date) ? date : text;
        size_t size = strlen(shown) + strlen(in) + 4;
        char *out = malloc(size);
        if (out) snprintf(out, size, "%s (%s)", shown, in);
        return out;
    }
    default: return strdup(text);
    }
}

char *nitro_ref_text(const cJSON *root, const nitro_value_ref *ref) {
    return nitro_value_text(nitro_value_at(root, ref->path), ref->format);
}

static void leaf_json(nitro_json *json, const nitro_field_def *def, const cJSON *value) {
    if (!value || cJSON_IsNull(value)) {
        nitro_json_null(json);
    } else if (def->format != NITRO_FMT_NONE || def->kind == NITRO_VALUE_STRING) {
        char *text = nitro_value_text(value, def->format);
        nitro_json_string(json, text);
        free(text);
    } else if (def->kind == NITRO_VALUE_BOOL) {
        nitro_json_bool(json, cJSON_IsTrue(value));
    } else if (def->kind == NITRO_VALUE_NUMBER) {
        nitro_json_number(json, value->valuedouble);
    } else {
        nitro_json_begin_array(json);
        const cJSON *item;
        cJSON_ArrayForEach(item, value) nitro_json_string(json, cJSON_IsString(item) ? item->valuestring : NULL);
        nitro_json_end_array(json);
    }
}

void nitro_result_json(nitro_json *json, const nitro_field_def *def, const cJSON *data) {
    if (def->kind != NITRO_VALUE_OBJECT) {
        leaf_json(json, def, nitro_value_at(data, def->path));
        return;
    }
    if (def->path) {
        const cJSON *holder = nitro_value_at(data, def->path);
        if (!holder || cJSON_IsNull(holder)) {
            nitro_json_null(json);
            return;
        }
    }
    nitro_json_begin_object(json);
    for (size_t i = 0; i < def->n_fields; i++) {
        nitro_json_key(json, def->fields[i].key);
        nitro_result_json(json, &def->fields[i], data);
    }
    nitro_json_end_object(json);
}

/* The field of a result named `key` at its top level, or NULL. */
static const nitro_field_def *result_field(const nitro_field_def *result, const char *key) {
    for (size_t i = 0; i < result->n_fields; i++)
        if (strcmp(result->fields[i].key, key) == 0) return &result->fields[i];
    return NULL;
}

/* ---- inputs and texts ---------------------------------------------------- */

/* An option's or argument's value as text; NULL when it has none. */
static char *input_text(const void *opts, size_t offset, nitro_opt_type type) {
    if (!opts) return NULL;
    const char *at = (const char *)opts + offset;
    char buffer[32];
    switch (type) {
    case NITRO_OPT_STRING: return dup_or_null(((const nitro_str_value *)at)->value);
    case NITRO_OPT_INT: {
        const nitro_int_value *value = (const nitro_int_value *)at;
        if (value->source == NITRO_SRC_UNSET) return NULL;
        snprintf(buffer, sizeof buffer, "%lld", value->value);
        return strdup(buffer);
    }
    default: return strdup(((const nitro_flag_value *)at)->value ? "true" : "false");
    }
}

typedef struct {
    const void *opts;
    const cJSON *data;  /* the result object */
    const cJSON *check; /* the pre-query's data object */
    const char *workspace;
} text_scope;

/* A declared message with its placeholders filled; malloc'd, NULL when the
 * spec declares none. */
static char *render_text(const nitro_text *text, const text_scope *scope) {
    if (!text->n_parts) return NULL;
    char *out = NULL;
    size_t size = 0;
    FILE *stream = open_memstream(&out, &size);
    if (!stream) return NULL;
    for (size_t i = 0; i < text->n_parts; i++) {
        const nitro_text_part *part = &text->parts[i];
        char *value = NULL;
        switch (part->kind) {
        case NITRO_PART_TEXT: fputs(part->text, stream); break;
        case NITRO_PART_DATA: value = nitro_ref_text(scope->data, &part->value); break;
        case NITRO_PART_CHECK: value = nitro_ref_text(scope->check, &part->value); break;
        case NITRO_PART_INPUT: value = input_text(scope->opts, part->offset, part->type); break;
        case NITRO_PART_WORKSPACE: value = dup_or_null(scope->workspace); break;
        }
        if (value) fputs(value, stream);
        free(value);
    }
    fclose(stream);
    return out;
}

static bool option_given(const void *opts, size_t offset) {
    return offset != NITRO_NO_OPTION && ((const nitro_str_value *)((const char *)opts + offset))->value;
}

static bool flag_at(const void *opts, size_t offset) {
    return offset != NITRO_NO_OPTION && ((const nitro_flag_value *)((const char *)opts + offset))->value;
}

/* ---- requests ------------------------------------------------------------ */

/* The object at path[0..depth) below `root`, created as needed; NULL when a
 * value that is not an object is in the way (a null already set). */
static cJSON *object_at(cJSON *root, const char *const *path, size_t depth) {
    cJSON *object = root;
    for (size_t i = 0; i < depth && object; i++) {
        cJSON *child = cJSON_GetObjectItemCaseSensitive(object, path[i]);
        if (!child) {
            child = cJSON_AddObjectToObject(object, path[i]);
        } else if (!cJSON_IsObject(child)) {
            return NULL;
        }
        object = child;
    }
    return object;
}

static size_t path_length(const char *const *path) {
    size_t n = 0;
    while (path[n]) n++;
    return n;
}

/* "/a/b/" -> ["a","b"]; false when it does not start with '/'. */
static cJSON *split_path(const char *text) {
    if (text[0] != '/') return NULL;
    cJSON *list = cJSON_CreateArray();
    const char *start = text;
    while (list && *start) {
        while (*start == '/') start++;
        const char *end = start;
        while (*end && *end != '/') end++;
        /* Trimmed, empties dropped, as the Nitro CLI does. */
        const char *a = start, *b = end;
        while (a < b && (*a == ' ' || *a == '\t')) a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t')) b--;
        if (b > a) {
            char *segment = strndup(a, (size_t)(b - a));
            cJSON *item = segment ? cJSON_CreateString(segment) : NULL;
            free(segment);
            if (!item) {
                cJSON_Delete(list);
                return NULL;
            }
            cJSON_AddItemToArray(list, item);
        }
        start = end;
    }
    return list;
}

static cJSON *bound_value(nitro_ctx *ctx, const nitro_binding *binding, const void *opts, const char *after,
                          long long first, const char *workspace, int *code) {
    switch (binding->kind) {
    case NITRO_BIND_AFTER: return after ? cJSON_CreateString(after) : NULL;
    case NITRO_BIND_FIRST: return cJSON_CreateNumber((double)first);
    case NITRO_BIND_WORKSPACE: return workspace ? cJSON_CreateString(workspace) : NULL;
    case NITRO_BIND_CONST: return cJSON_Parse(binding->constant);
    case NITRO_BIND_INPUT: break;
    }
    if (!opts) return NULL;
    const char *at = (const char *)opts + binding->offset;
    if (binding->type == NITRO_OPT_INT) {
        const nitro_int_value *value = (const nitro_int_value *)at;
        if (value->source == NITRO_SRC_UNSET) return NULL;
        if (binding->transform == NITRO_XF_DAYS_FROM_NOW) {
            struct timespec now;
            clock_gettime(CLOCK_REALTIME, &now);
            char date[48];
            if (!nitro_iso_after_days(&now, value->value, date, sizeof date)) {
                nitro_error(ctx, "invalid value '%lld' for '--%s': the date is out of range", value->value,
                            binding->option);
                *code = NITRO_EXIT_USAGE;
                return NULL;
            }
            return cJSON_CreateString(date);
        }
        return cJSON_CreateNumber((double)value->value);
    }
    if (binding->type == NITRO_OPT_FLAG || binding->type == NITRO_OPT_BOOL) {
        return cJSON_CreateBool(((const nitro_flag_value *)at)->value);
    }
    const char *text = ((const nitro_str_value *)at)->value;
    if (!text) return NULL;
    if (binding->transform == NITRO_XF_SPLIT_PATH) {
        cJSON *list = split_path(text);
        if (!list) {
            nitro_error(ctx, "The path '%s' is invalid. It must start with '/'.", text);
            *code = NITRO_EXIT_USAGE;
        }
        return list;
    }
    if (binding->transform == NITRO_XF_UPPER) {
        char *upper = strdup(text);
        if (!upper) return NULL;
        for (char *p = upper; *p; p++)
            if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 'a' + 'A');
        cJSON *value = cJSON_CreateString(upper);
        free(upper);
        return value;
    }
    return cJSON_CreateString(text);
}

cJSON *nitro_request_variables(nitro_ctx *ctx, const nitro_request_def *request, const void *opts, const char *after,
                               long long first, const char *workspace, int *code) {
    cJSON *variables = cJSON_CreateObject();
    *code = NITRO_EXIT_OK;
    for (size_t i = 0; variables && i < request->n_bindings; i++) {
        const nitro_binding *binding = &request->bindings[i];
        size_t depth = path_length(binding->path);
        cJSON *value = bound_value(ctx, binding, opts, after, first, workspace, code);
        if (*code) break;
        if (value) {
            cJSON *parent = object_at(variables, binding->path, depth - 1);
            /* A @oneOf input takes one member: the first bound one with a value. */
            if (!parent || (binding->one_of && cJSON_GetArraySize(parent) > 0)) {
                cJSON_Delete(value);
            } else {
                cJSON_AddItemToObject(parent, binding->path[depth - 1], value);
            }
        } else if (!binding->omit && binding->absent_depth > 0) {
            cJSON *parent = object_at(variables, binding->path, binding->absent_depth - 1);
            const char *key = binding->path[binding->absent_depth - 1];
            if (parent && !cJSON_GetObjectItemCaseSensitive(parent, key)) cJSON_AddNullToObject(parent, key);
        }
    }
    if (*code || !variables) {
        cJSON_Delete(variables);
        if (!*code) {
            nitro_error(ctx, "There was an unexpected error: out of memory");
            *code = NITRO_EXIT_FAILURE;
        }
        return NULL;
    }
    return variables;
}

int nitro_request_send(nitro_ctx *ctx, const nitro_request_def *request, cJSON *variables, const char *label,
                       const char *recheck, nitro_result *result) {
    ctx->recheck = recheck;
    int code = nitro_execute(ctx, request->operation, variables, label, result);
    if (code) return code;
    gql_error err = {{0}};
    if (!request->operation->validate(result->data, &err)) return nitro_decode_failed(ctx, request->operation, result, &err);
    return NITRO_EXIT_OK;
}

const char *nitro_resolve_workspace(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, int *code) {
    if (option_given(opts, behaviour->workspace_offset))
        return ((const nitro_str_value *)((const char *)opts + behaviour->workspace_offset))->value;
    if (nitro_ctx_session(ctx) == NITRO_SESSION_OK) {
        const char *id = nitro_session_get(&ctx->session, "workspace.id");
        if (id) return id;
    }
    nitro_error(ctx, "Could not determine workspace. Either login via `nitro login` or specify the "
                     "'--workspace-id' option.");
    *code = NITRO_EXIT_USAGE;
    return NULL;
}

static bool needs_workspace(const nitro_request_def *request) {
    for (size_t i = 0; i < request->n_bindings; i++)
        if (request->bindings[i].kind == NITRO_BIND_WORKSPACE) return true;
    return false;
}

bool nitro_behaviour_needs_workspace(const nitro_behaviour *behaviour) {
    return needs_workspace(&behaviour->request);
}

char *nitro_text_render(const nitro_text *text, const void *opts, const cJSON *data, const char *workspace) {
    text_scope scope = {.opts = opts, .data = data, .workspace = workspace};
    return render_text(text, &scope);
}

void nitro_text_scope_error(nitro_ctx *ctx, const nitro_text *text, const void *opts, const char *workspace) {
    char *message = nitro_text_render(text, opts, NULL, workspace);
    nitro_error(ctx, "%s", message ? message : "");
    free(message);
}

/* ---- pickers and choices --------------------------------------------------- */

#define PICKER_MAX_PAGES 20

int nitro_pick(nitro_ctx *ctx, const nitro_picker *picker, const char *title, const void *opts, const char *workspace,
               char **value, char **label) {
    nitro_page pages[PICKER_MAX_PAGES];
    size_t n_pages = 0, total = 0;
    int code = NITRO_EXIT_OK;
    const char *after = NULL;
    *value = *label = NULL;
    do {
        code = nitro_page_fetch(ctx, &picker->request, picker->connection, opts, after, picker->page_size, workspace,
                                NULL, &pages[n_pages]);
        if (code) break;
        total += pages[n_pages].count;
        after = pages[n_pages].has_next ? pages[n_pages].end_cursor : NULL;
        n_pages++;
    } while (after && n_pages < PICKER_MAX_PAGES);
    if (!code && total == 0) {
        nitro_error(ctx, "%s", picker->empty);
        code = NITRO_EXIT_FAILURE;
    }
    if (!code) {
        fprintf(ctx->err, "%s\n", title);
        size_t number = 0;
        for (size_t p = 0; p < n_pages; p++) {
            for (size_t i = 0; i < pages[p].count; i++) {
                char *text = nitro_ref_text(pages[p].nodes[i], &picker->label);
                fprintf(ctx->err, "  %zu) %s\n", ++number, text ? text : "");
                free(text);
            }
        }
        for (;;) {
            char *answer = NULL;
            nitro_prompt_status status = nitro_prompt_line(ctx->err, "Number", &answer);
            if (status == NITRO_PROMPT_INTERRUPTED) {
                code = NITRO_EXIT_INTERRUPTED;
                break;
            }
            if (status != NITRO_PROMPT_OK) {
                code = NITRO_EXIT_USAGE;
                break;
            }
            long long chosen;
            bool valid = nitro_parse_int(answer, 1, (long long)number, &chosen);
            free(answer);
            if (!valid) {
                fprintf(ctx->err, "Please answer with a number from 1 to %zu.\n", number);
                continue;
            }
            for (size_t p = 0; p < n_pages; p++) {
                if ((size_t)chosen <= pages[p].count) {
                    *value = nitro_ref_text(pages[p].nodes[chosen - 1], &picker->value);
                    *label = nitro_ref_text(pages[p].nodes[chosen - 1], &picker->label);
                    break;
                }
                chosen -= (long long)pages[p].count;
            }
            if (!*value) code = NITRO_EXIT_FAILURE;
            break;
        }
    }
    for (size_t p = 0; p < n_pages; p++)
        nitro_page_free(&pages[p]);
    return code;
}

/* Stores a picked value in its option (owned by the options struct). */
static void set_option(void *opts, size_t offset, char *value) {
    nitro_str_value *option = nitro_str_at(opts, offset);
    free(option->owned);
    option->value = option->owned = value;
    option->source = NITRO_SRC_PROMPT;
}

/* Fills the options a terminal user chooses: one of a group, then pickers. */
static int choose_inputs(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    const nitro_one_of *one_of = behaviour->one_of;
    if (one_of) {
        bool any = false;
        for (size_t i = 0; i < one_of->n_offsets; i++) any |= option_given(opts, one_of->offsets[i]);
        if (!any && !ctx->interactive) {
            nitro_error(ctx, "Missing required option %s.", one_of->missing);
            return NITRO_EXIT_USAGE;
        }
        if (!any) {
            fprintf(ctx->err, "%s\n", one_of->question);
            for (size_t i = 0; i < one_of->n_choices; i++) fprintf(ctx->err, "  %zu) %s\n", i + 1, one_of->choices[i].label);
            long long chosen = 0;
            for (;;) {
                char *answer = NULL;
                nitro_prompt_status status = nitro_prompt_line(ctx->err, "Number", &answer);
                if (status == NITRO_PROMPT_INTERRUPTED) return NITRO_EXIT_INTERRUPTED;
                if (status != NITRO_PROMPT_OK) return NITRO_EXIT_USAGE;
                bool valid = nitro_parse_int(answer, 1, (long long)one_of->n_choices, &chosen);
                free(answer);
                if (valid) break;
                fprintf(ctx->err, "Please answer with a number from 1 to %zu.\n", one_of->n_choices);
            }
            const nitro_choice *choice = &one_of->choices[chosen - 1];
            if (choice->picker) {
                int code = NITRO_EXIT_OK;
                const char *workspace =
                    needs_workspace(&choice->picker->request) ? nitro_resolve_workspace(ctx, behaviour, opts, &code)
                                                              : NULL;
                if (code) return code;
                char *value = NULL, *label = NULL;
                code = nitro_pick(ctx, choice->picker, choice->title, opts, workspace, &value, &label);
                free(label);
                if (code) return code;
                set_option(opts, choice->offset, value);
            }
        }
    }
    return NITRO_EXIT_OK;
}

int nitro_fill_pick(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts, size_t offset) {
    for (size_t i = 0; i < behaviour->n_picks; i++) {
        const nitro_pick_def *pick = &behaviour->picks[i];
        if (pick->offset != offset) continue;
        int code = NITRO_EXIT_OK;
        const char *workspace = needs_workspace(&pick->picker->request)
                                    ? nitro_resolve_workspace(ctx, behaviour, opts, &code)
                                    : NULL;
        if (code) return code;
        char *value = NULL, *label = NULL;
        code = nitro_pick(ctx, pick->picker, pick->title, opts, workspace, &value, &label);
        free(label);
        if (code) return code;
        set_option(opts, offset, value);
        return NITRO_EXIT_OK;
    }
    return -1;
}

/* ---- output ------------------------------------------------------------------ */

static void print_human(nitro_ctx *ctx, const nitro_behaviour *behaviour, const text_scope *scope) {
    size_t width = 0;
    for (size_t i = 0; i < behaviour->n_human; i++)
        if (behaviour->human[i].label && strlen(behaviour->human[i].label) > width)
            width = strlen(behaviour->human[i].label);
    for (size_t i = 0; i < behaviour->n_human; i++) {
        const nitro_human_line *line = &behaviour->human[i];
        char *text = line->label ? nitro_ref_text(scope->data, &line->value) : render_text(&line->template_text, scope);
        if (line->label) {
            fprintf(ctx->out, "%s:%*s%s\n", line->label, (int)(width - strlen(line->label) + 1), "", text ? text : "");
        } else {
            fprintf(ctx->out, "%s\n", text ? text : "");
        }
        free(text);
    }
}

static void print_result(nitro_ctx *ctx, const nitro_behaviour *behaviour, const text_scope *scope) {
    if (!ctx->json) {
        char *success = render_text(&behaviour->success, scope);
        if (success) fprintf(ctx->err, "✓ %s\n", success);
        free(success);
    }
    if (ctx->json || !behaviour->n_human) {
        nitro_json json;
        nitro_ctx_json(ctx, &json);
        nitro_result_json(&json, &behaviour->result, scope->data);
        nitro_json_finish(&json);
    } else {
        print_human(ctx, behaviour, scope);
    }
    char *notice = ctx->json ? NULL : render_text(&behaviour->notice, scope);
    if (notice) fprintf(ctx->err, "\nwarning: %s\n", notice);
    free(notice);
}

/* Stores the result's id and name as the session's default workspace. */
static int save_workspace(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, const cJSON *data) {
    bool wanted = behaviour->save_workspace == NITRO_SAVE_WORKSPACE_ALWAYS ||
                  (behaviour->save_workspace == NITRO_SAVE_WORKSPACE_OPTION &&
                   flag_at(opts, behaviour->save_workspace_offset));
    if (!wanted) return NITRO_EXIT_OK;
    const nitro_field_def *id = result_field(&behaviour->result, "id");
    const nitro_field_def *name = result_field(&behaviour->result, "name");
    char *id_text = nitro_value_text(nitro_value_at(data, id->path), id->format);
    char *name_text = nitro_value_text(nitro_value_at(data, name->path), name->format);
    /* Keep whatever else the session holds; without one, a file holding only the workspace. */
    if (nitro_ctx_session(ctx) != NITRO_SESSION_OK) nitro_session_free(&ctx->session);
    bool ok = id_text && nitro_session_set(&ctx->session, "workspace.id", id_text) &&
              nitro_session_set(&ctx->session, "workspace.name", name_text);
    if (!ok) nitro_error(ctx, "There was an unexpected error: out of memory");
    ok = ok && nitro_ctx_save_session(ctx);
    if (ok && behaviour->save_workspace == NITRO_SAVE_WORKSPACE_OPTION) {
        fprintf(ctx->err, "%s set as default workspace\n", name_text ? name_text : "");
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

static bool report_error(nitro_ctx *ctx, const nitro_behaviour *behaviour, const cJSON *error) {
    if (!cJSON_IsObject(error)) return false;
    const cJSON *typename = cJSON_GetObjectItemCaseSensitive(error, "__typename");
    const cJSON *message = cJSON_GetObjectItemCaseSensitive(error, "message");
    const char *type_text = cJSON_IsString(typename) ? typename->valuestring : NULL;
    const char *text = cJSON_IsString(message) ? message->valuestring : type_text;
    if (is_verbatim(behaviour, type_text)) {
        nitro_error(ctx, "%s", text ? text : "");
    } else if (text) {
        nitro_error(ctx, "Unexpected mutation error: %s", text);
    } else {
        nitro_error(ctx, "Unexpected mutation error.");
    }
    return true;
}

/* Reports the payload's errors; true when there were any. */
static bool payload_errors(nitro_ctx *ctx, const nitro_behaviour *behaviour, const cJSON *data) {
    bool any = false;
    for (size_t i = 0; i < behaviour->n_errors; i++) {
        const cJSON *errors = nitro_value_at(data, behaviour->errors[i]);
        if (cJSON_IsArray(errors)) {
            const cJSON *error;
            cJSON_ArrayForEach(error, errors) {
                if (any && !behaviour->all_errors) return true;
                any |= report_error(ctx, behaviour, error);
            }
        } else if (errors && !cJSON_IsNull(errors)) {
            if (any && !behaviour->all_errors) return true;
            any |= report_error(ctx, behaviour, errors);
        }
    }
    return any;
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

/* ---- the executors ------------------------------------------------------------ */

static int not_found(nitro_ctx *ctx, const nitro_text *text, const text_scope *scope) {
    char *message = render_text(text, scope);
    nitro_error(ctx, "%s", message ? message : "Not found.");
    free(message);
    return NITRO_EXIT_FAILURE;
}

/* Runs the pre-query of a command (api delete looks the API up); *response
 * owns the check's data on success. */
static int run_check(nitro_ctx *ctx, const nitro_behaviour *check, const void *opts, nitro_result *response,
                     const cJSON **data) {
    int code = NITRO_EXIT_OK;
    cJSON *variables = nitro_request_variables(ctx, &check->request, opts, NULL, 0, NULL, &code);
    if (!variables) return code;
    code = nitro_request_send(ctx, &check->request, variables, NULL, NULL, response);
    if (code) return code;
    *data = data_object(check, response->data);
    if (!*data) {
        text_scope scope = {.opts = opts};
        code = not_found(ctx, &check->not_found, &scope);
        nitro_result_free(response);
    }
    return code;
}

static int confirm(nitro_ctx *ctx, const nitro_behaviour *behaviour, const text_scope *scope) {
    if (!ctx->interactive) {
        nitro_error(ctx, "Attempted to prompt the user for confirmation, but the console is running in "
                         "non-interactive mode.");
        fputs("\n  tip: pass '--force' to skip the confirmation (required without a terminal and with --output "
              "json)\n",
              ctx->err);
        return NITRO_EXIT_USAGE;
    }
    char *question = render_text(&behaviour->confirm, scope);
    bool yes = false;
    nitro_prompt_status status = nitro_prompt_confirm(ctx->err, question ? question : "Continue?", true, &yes);
    free(question);
    if (status == NITRO_PROMPT_INTERRUPTED) return NITRO_EXIT_INTERRUPTED;
    if (status != NITRO_PROMPT_OK || !yes) {
        char *declined = render_text(&behaviour->declined, scope);
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

/* Runs a mutation or query; `quiet` prints nothing on success (the second
 * step of a replacement, whose output is the first step's). */
static int run_operation(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts, bool quiet) {
    int code = choose_inputs(ctx, behaviour, opts);
    if (code) return code;
    code = confirm_option(ctx, behaviour, opts);
    if (code) return code;
    const char *workspace = NULL;
    if (needs_workspace(&behaviour->request)) {
        workspace = nitro_resolve_workspace(ctx, behaviour, opts, &code);
        if (!workspace) return code;
    }
    bool will_confirm = behaviour->confirm.n_parts && !flag_at(opts, behaviour->force_offset);
    if (will_confirm && !ctx->interactive) {
        text_scope scope = {.opts = opts};
        return confirm(ctx, behaviour, &scope);
    }
    nitro_result check_response = {0};
    const cJSON *check_data = NULL;
    if (behaviour->check) {
        code = run_check(ctx, behaviour->check, opts, &check_response, &check_data);
        if (code) return code;
    }
    text_scope scope = {.opts = opts, .check = check_data, .workspace = workspace};
    if (will_confirm) code = confirm(ctx, behaviour, &scope);
    cJSON *variables = code ? NULL : nitro_request_variables(ctx, &behaviour->request, opts, NULL, 0, workspace, &code);
    char *activity = render_text(&behaviour->activity, &scope);
    nitro_result result = {0};
    if (variables) {
        if (ctx->interactive && behaviour->kind == NITRO_KIND_MUTATION && activity) fprintf(ctx->err, "%s\n", activity);
        code = nitro_request_send(ctx, &behaviour->request, variables, activity, behaviour->recheck, &result);
    }
    free(activity);
    if (!code) {
        const cJSON *data = data_object(behaviour, result.data);
        scope.data = data;
        if (payload_errors(ctx, behaviour, result.data)) {
            code = NITRO_EXIT_FAILURE;
        } else if (!data && behaviour->kind == NITRO_KIND_MUTATION) {
            char *message = render_text(&behaviour->no_data, &scope);
            nitro_error(ctx, "%s", message ? message : "");
            free(message);
            code = NITRO_EXIT_FAILURE;
        } else if (!data) {
            code = not_found(ctx, &behaviour->not_found, &scope);
        } else {
            code = save_workspace(ctx, behaviour, opts, data);
            if (!code && !quiet) print_result(ctx, behaviour, &scope);
        }
        nitro_result_free(&result);
    }
    nitro_result_free(&check_response);
    return code;
}

static int run_local(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    const cJSON *data =
        nitro_ctx_session(ctx) == NITRO_SESSION_OK ? nitro_value_at(ctx->session.json, behaviour->data) : NULL;
    text_scope scope = {.opts = opts, .data = data};
    const nitro_field_def *id = result_field(&behaviour->result, "id");
    if (!cJSON_IsObject(data) || (id && !cJSON_IsString(nitro_value_at(data, id->path))))
        return not_found(ctx, &behaviour->not_found, &scope);
    print_result(ctx, behaviour, &scope);
    return NITRO_EXIT_OK;
}

/* ---- replacing an item (pat rotate) ------------------------------------------ */

/* A command's options struct for a step of a replacement: the same global
 * options, nothing else set. */
static void *step_options(const nitro_command *command, const void *opts) {
    void *step = calloc(1, command->opts_size);
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
            const nitro_int_value *own =
                row->own_offset == NITRO_NO_OPTION ? NULL : (const nitro_int_value *)((const char *)opts + row->own_offset);
            if (own && own->source != NITRO_SRC_UNSET) {
                *target = *own;
            } else if (row->kind == NITRO_INHERIT_DAYS &&
                       days_between(nitro_value_at(item, row->values[0].path), nitro_value_at(item, row->values[1].path),
                                    &target->value)) {
                target->source = NITRO_SRC_DEFAULT;
            } else {
                nitro_error(ctx, "The server returned an unexpected response: the item's dates give no lifetime");
                return false;
            }
        } else {
            nitro_str_value *target = (nitro_str_value *)at;
            const nitro_str_value *own =
                row->own_offset == NITRO_NO_OPTION ? NULL : (const nitro_str_value *)((const char *)opts + row->own_offset);
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

/* Pages through the find command's list for the item with `id`; 0 with
 * *found holding a copy of it, or the reported exit code. */
static int find_item(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, const char *id,
                     cJSON **found) {
    const nitro_replace *replace = behaviour->replace;
    const nitro_behaviour *list = replace->find;
    char *after = NULL;
    int code = NITRO_EXIT_OK;
    *found = NULL;
    for (int pages = 0; !*found && pages < 10000; pages++) {
        nitro_page page;
        code = nitro_page_fetch(ctx, &list->request, list->data, NULL, after, 50, NULL, list, &page);
        if (code) break;
        for (size_t i = 0; i < page.count && !*found; i++) {
            char *value = nitro_ref_text(page.nodes[i], &replace->id);
            if (value && strcmp(value, id) == 0) *found = cJSON_Duplicate(page.nodes[i], true);
            free(value);
        }
        free(after);
        after = page.has_next && page.end_cursor ? strdup(page.end_cursor) : NULL;
        nitro_page_free(&page);
        if (!after) break;
        if (nitro_interrupted) {
            code = NITRO_EXIT_INTERRUPTED;
            break;
        }
    }
    free(after);
    if (!code && !*found) {
        text_scope scope = {.opts = opts};
        code = not_found(ctx, &behaviour->not_found, &scope);
    }
    return code;
}

static int run_replace(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    const nitro_replace *replace = behaviour->replace;
    const char *id = nitro_str_at(opts, replace->id_offset)->value;
    text_scope scope = {.opts = opts};
    if (behaviour->confirm.n_parts && !flag_at(opts, behaviour->force_offset)) {
        int code = confirm(ctx, behaviour, &scope);
        if (code) return code;
    }
    cJSON *item = NULL;
    int code = find_item(ctx, behaviour, opts, id, &item);
    if (code) return code;
    void *create = step_options(replace->create_command, opts);
    void *remove = step_options(replace->remove_command, opts);
    if (!create || !remove) {
        nitro_error(ctx, "There was an unexpected error: out of memory");
        code = NITRO_EXIT_FAILURE;
    } else if (!inherit(ctx, replace, opts, item, create)) {
        code = NITRO_EXIT_FAILURE;
    } else {
        /* The successor first: if it cannot be made, nothing is removed. */
        code = run_operation(ctx, replace->create, create, false);
        fflush(ctx->out);
    }
    if (!code && nitro_interrupted) {
        fputs("Interrupted.\n", ctx->err);
        fprintf(ctx->err, "  hint: the new one was created and printed above; '%s' was not removed: run '%s' after "
                          "checking it.\n",
                id, replace->remove_command->words);
        code = NITRO_EXIT_INTERRUPTED;
    } else if (!code) {
        nitro_str_value *remove_id = nitro_str_at(remove, replace->remove_id_offset);
        remove_id->value = id;
        remove_id->source = NITRO_SRC_ARGV;
        ((nitro_flag_value *)((char *)remove + replace->remove_force_offset))->value = true;
        code = run_operation(ctx, replace->remove, remove, true);
        if (code) {
            fprintf(ctx->err, "  hint: the new one was created and printed above; '%s' is still valid: run '%s "
                              "\"%s\"' to remove it.\n",
                    id, replace->remove_command->words, id);
        } else if (!ctx->json) {
            fprintf(ctx->err, "✓ Removed the old one, '%s'.\n", id);
        }
    }
    cJSON_Delete(item);
    free_step(replace, create);
    free(remove);
    return code;
}

int nitro_behaviour_run(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    switch (behaviour->kind) {
    case NITRO_KIND_LIST: return nitro_list_run(ctx, behaviour, opts);
    case NITRO_KIND_LOCAL: return run_local(ctx, behaviour, opts);
    case NITRO_KIND_REPLACE: return run_replace(ctx, behaviour, opts);
    default: return run_operation(ctx, behaviour, opts, false);
    }
}
