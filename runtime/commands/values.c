/* Values a command reads and prints: a value at a path of the response, as
 * text in a declared format or as JSON in the declared result shape; an
 * option's value; and the spec's messages with their placeholders filled. */
#include "executor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "safe_text.h"
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

const cJSON *nitro_select_item(const nitro_select_def *select, const cJSON *data, const void *opts) {
    if (!opts) return NULL;
    const char *wanted = ((const nitro_str_value *)((const char *)opts + select->offset))->value;
    const cJSON *list = nitro_value_at(data, select->list);
    const cJSON *item;
    if (!wanted || !cJSON_IsArray(list)) return NULL;
    cJSON_ArrayForEach(item, list) {
        const cJSON *value = cJSON_GetObjectItemCaseSensitive(item, select->field);
        if (cJSON_IsString(value) && strcmp(value->valuestring, wanted) == 0) return item;
    }
    return NULL;
}

bool nitro_filter_keeps(const nitro_behaviour *behaviour, const cJSON *item) {
    if (!behaviour->filter_path) return true;
    cJSON *wanted = cJSON_Parse(behaviour->filter_equals);
    bool keeps = wanted && cJSON_Compare(nitro_value_at(item, behaviour->filter_path), wanted, true);
    cJSON_Delete(wanted);
    return keeps;
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
        /* A list of strings, or one string read from each object of a list (`out <- list[].field`). */
        nitro_json_begin_array(json);
        const cJSON *item;
        cJSON_ArrayForEach(item, value) {
            const cJSON *text = def->n_fields == 1 ? nitro_value_at(item, def->fields[0].path) : item;
            nitro_json_string(json, cJSON_IsString(text) ? text->valuestring : NULL);
        }
        nitro_json_end_array(json);
    }
}

static char *input_text(const void *opts, size_t offset, nitro_opt_type type);

static void object_list_json(nitro_json *json, const nitro_field_def *def, const cJSON *list, const void *opts) {
    if (!cJSON_IsArray(list)) {
        nitro_json_null(json);
        return;
    }
    nitro_json_begin_array(json);
    const cJSON *item;
    cJSON_ArrayForEach(item, list) {
        nitro_json_begin_object(json);
        for (size_t i = 0; i < def->n_fields; i++) {
            nitro_json_key(json, def->fields[i].key);
            nitro_result_json_opts(json, &def->fields[i], item, opts);
        }
        nitro_json_end_object(json);
    }
    nitro_json_end_array(json);
}

void nitro_result_json(nitro_json *json, const nitro_field_def *def, const cJSON *data) {
    nitro_result_json_opts(json, def, data, NULL);
}

void nitro_result_json_opts(nitro_json *json, const nitro_field_def *def, const cJSON *data, const void *opts) {
    if (def->kind == NITRO_VALUE_CONSTANT) {
        if (def->constant) {
            nitro_json_string(json, def->constant);
        } else {
            nitro_json_null(json);
        }
        return;
    }
    if (def->constant) {
        nitro_json_string(json, def->constant);
        return;
    }
    if (def->kind == NITRO_VALUE_OBJECT_LIST) {
        object_list_json(json, def, nitro_value_at(data, def->path), opts);
        return;
    }
    if (def->from_input) {
        char *text = input_text(opts, def->input_offset, def->input_type);
        if (text) {
            nitro_json_string(json, text);
        } else {
            nitro_json_null(json);
        }
        free(text);
        return;
    }
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
        nitro_result_json_opts(json, &def->fields[i], data, opts);
    }
    nitro_json_end_object(json);
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

char *nitro_text_render_scope(const nitro_text *text, const nitro_text_scope *scope) {
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
        /* Declared messages are for a person: what fills them is made safe for a terminal. */
        if (value) nitro_put_safe(stream, value);
        free(value);
    }
    fclose(stream);
    return out;
}

bool nitro_option_given(const void *opts, size_t offset) {
    return offset != NITRO_NO_OPTION && ((const nitro_str_value *)((const char *)opts + offset))->value;
}

char *nitro_text_render(const nitro_text *text, const void *opts, const cJSON *data, const char *workspace) {
    nitro_text_scope scope = {.opts = opts, .data = data, .workspace = workspace};
    return nitro_text_render_scope(text, &scope);
}

void nitro_text_scope_error(nitro_ctx *ctx, const nitro_text *text, const void *opts, const char *workspace) {
    char *message = nitro_text_render(text, opts, NULL, workspace);
    nitro_error(ctx, "%s", message ? message : "");
    free(message);
}
