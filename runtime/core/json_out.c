#include "json_out.h"

void nitro_json_init(nitro_json *json, FILE *out) {
    json->out = out;
    json->depth = 0;
    json->has_items[0] = false;
    json->after_key = false;
    json->on_finish = NULL;
    json->finish_data = NULL;
}

static void indent(nitro_json *json) {
    fputc('\n', json->out);
    for (int i = 0; i < json->depth; i++)
        fputs("  ", json->out);
}

/* Separator and indentation before a value (or a key). */
static void before_value(nitro_json *json) {
    if (json->after_key) {
        json->after_key = false;
        return;
    }
    if (json->depth == 0) return;
    if (json->has_items[json->depth]) fputc(',', json->out);
    json->has_items[json->depth] = true;
    indent(json);
}

static void open_container(nitro_json *json, char bracket) {
    before_value(json);
    fputc(bracket, json->out);
    if (json->depth + 1 < NITRO_JSON_MAX_DEPTH) json->depth++;
    json->has_items[json->depth] = false;
}

static void close_container(nitro_json *json, char bracket) {
    bool had_items = json->has_items[json->depth];
    if (json->depth > 0) json->depth--;
    if (had_items) indent(json);
    fputc(bracket, json->out);
}

void nitro_json_begin_object(nitro_json *json) {
    open_container(json, '{');
}
void nitro_json_end_object(nitro_json *json) {
    close_container(json, '}');
}
void nitro_json_begin_array(nitro_json *json) {
    open_container(json, '[');
}
void nitro_json_end_array(nitro_json *json) {
    close_container(json, ']');
}

static void write_string(FILE *out, const char *value) {
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        case '\b': fputs("\\b", out); break;
        case '\f': fputs("\\f", out); break;
        default:
            if (*p < 0x20 || *p == 0x7f) {
                fprintf(out, "\\u%04x", *p);
            } else {
                fputc(*p, out);
            }
        }
    }
    fputc('"', out);
}

void nitro_json_key(nitro_json *json, const char *key) {
    before_value(json);
    write_string(json->out, key);
    fputs(": ", json->out);
    json->after_key = true;
}

void nitro_json_string(nitro_json *json, const char *value) {
    if (!value) {
        nitro_json_null(json);
        return;
    }
    before_value(json);
    write_string(json->out, value);
}

void nitro_json_bool(nitro_json *json, bool value) {
    before_value(json);
    fputs(value ? "true" : "false", json->out);
}

void nitro_json_number(nitro_json *json, double value) {
    before_value(json);
    /* Integers as integers; anything else round-trips with 17 digits. */
    if (value == (double)(long long)value && value > -9e15 && value < 9e15) {
        fprintf(json->out, "%lld", (long long)value);
    } else {
        fprintf(json->out, "%.17g", value);
    }
}

void nitro_json_null(nitro_json *json) {
    before_value(json);
    fputs("null", json->out);
}

void nitro_json_finish(nitro_json *json) {
    fputc('\n', json->out);
    if (json->on_finish) json->on_finish(json->finish_data);
}

void nitro_json_field(nitro_json *json, const char *key, const char *value) {
    nitro_json_key(json, key);
    nitro_json_string(json, value);
}
