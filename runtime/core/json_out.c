#include "json_out.h"

#include <errno.h>
#include <poll.h>
#include <stdio_ext.h>

#include "safe_text.h"
#include "term.h"

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
    if (ferror(json->out)) return;
    open_container(json, '{');
}
void nitro_json_end_object(nitro_json *json) {
    if (ferror(json->out)) return;
    close_container(json, '}');
}
void nitro_json_begin_array(nitro_json *json) {
    if (ferror(json->out)) return;
    open_container(json, '[');
}
void nitro_json_end_array(nitro_json *json) {
    if (ferror(json->out)) return;
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
            } else if (*p < 0x80) {
                fputc(*p, out);
            } else {
                /* C1 controls (U+0080 to U+009F), bidi controls and invisible characters are escaped: the
                 * same value, but a terminal showing the document cannot read them as CSI or OSC, reorder
                 * it or hide a character. Bytes that are not UTF-8 cannot be in JSON. */
                size_t n = nitro_utf8_length(p, SIZE_MAX);
                unsigned invisible = n ? nitro_invisible_code(p, n) : 0;
                if (n == 0) {
                    fputs("\\ufffd", out);
                } else if (n == 2 && p[0] == 0xc2 && p[1] < 0xa0) {
                    fprintf(out, "\\u%04x", p[1]);
                    p++;
                } else if (invisible > 0xffff) {
                    unsigned v = invisible - 0x10000; /* a tag character: a UTF-16 surrogate pair */
                    fprintf(out, "\\u%04x\\u%04x", 0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
                    p += n - 1;
                } else if (invisible) {
                    fprintf(out, "\\u%04x", invisible);
                    p += n - 1;
                } else {
                    fwrite(p, 1, n, out);
                    p += n - 1;
                }
            }
        }
    }
    fputc('"', out);
}

void nitro_json_key(nitro_json *json, const char *key) {
    if (ferror(json->out)) return;
    before_value(json);
    write_string(json->out, key);
    fputs(": ", json->out);
    json->after_key = true;
}

void nitro_json_string(nitro_json *json, const char *value) {
    if (ferror(json->out)) return;
    if (!value) {
        nitro_json_null(json);
        return;
    }
    before_value(json);
    write_string(json->out, value);
}

void nitro_json_bool(nitro_json *json, bool value) {
    if (ferror(json->out)) return;
    before_value(json);
    fputs(value ? "true" : "false", json->out);
}

void nitro_json_number(nitro_json *json, double value) {
    if (ferror(json->out)) return;
    before_value(json);
    /* Integers as integers; anything else round-trips with 17 digits. */
    if (value == (double)(long long)value && value > -9e15 && value < 9e15) {
        fprintf(json->out, "%lld", (long long)value);
    } else {
        fprintf(json->out, "%.17g", value);
    }
}

void nitro_json_null(nitro_json *json) {
    if (ferror(json->out)) return;
    before_value(json);
    fputs("null", json->out);
}

void nitro_json_finish(nitro_json *json) {
    if (ferror(json->out)) return; /* a failed page is not filtered either */
    fputc('\n', json->out);
    if (json->on_finish) json->on_finish(json->finish_data);
}

void nitro_json_field(nitro_json *json, const char *key, const char *value) {
    nitro_json_key(json, key);
    nitro_json_string(json, value);
}

/* Whether a write to `fd` would go through now; a memory stream (no
 * descriptor) always takes it. */
static bool writable_now(int fd) {
    if (fd < 0) return true;
    struct pollfd pfd = {.fd = fd, .events = POLLOUT};
    return poll(&pfd, 1, 0) == 1 && (pfd.revents & POLLOUT);
}

/* Why the last write failed, said again when the stream is asked after. */
static int write_error;

bool nitro_output_flush(FILE *out) {
    /* Interrupted: the user is not kept waiting on a reader that stopped reading. */
    if (nitro_interrupted && !writable_now(fileno(out))) {
        __fpurge(out);
        return false;
    }
    errno = 0;
    if (fflush(out) == 0 && !ferror(out)) return true;
    if (errno) write_error = errno;
    __fpurge(out);
    errno = write_error;
    return false;
}
