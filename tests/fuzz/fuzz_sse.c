/* libFuzzer target: the server-sent events parser (runtime/net/sse.c).
 *
 * Input: the first byte picks the sizes of the pieces the rest is fed in;
 * the rest is the stream. Properties checked:
 * - the events and comments (and whether the stream ends inside an event) are
 *   those of a plain, whole-input reading of the format written here from the
 *   standard, whatever the pieces;
 * - fed a byte at a time, the parser reports exactly the same;
 * - with a small event limit it never holds more than the limit, and stops
 *   at the same point whatever the pieces;
 * - data handed to a callback is NUL-terminated at its length. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sse.h"

#define SMALL_LIMIT 64

/* A running digest of what was reported, in order. */
typedef struct {
    uint64_t hash;
    size_t events, comments;
} digest;

static void mix(digest *d, const char *bytes, size_t len) {
    uint64_t h = d->hash ? d->hash : 1469598103934665603u;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)bytes[i];
        h *= 1099511628211u;
    }
    h ^= len;
    h *= 1099511628211u;
    d->hash = h;
}

static bool on_event(void *user, const char *type, const char *data, size_t len) {
    digest *d = user;
    if (data[len] != '\0') abort();
    mix(d, "E", 1);
    mix(d, type, strlen(type));
    mix(d, data, len);
    d->events++;
    return true;
}

static bool on_comment(void *user, const char *text, size_t len) {
    digest *d = user;
    mix(d, "C", 1);
    mix(d, text, len);
    d->comments++;
    return true;
}

typedef struct {
    digest d;
    nitro_sse_status status;
    bool in_event;
    size_t max_cap;
} outcome;

static outcome run(const char *bytes, size_t len, const uint8_t *pieces, size_t n_pieces, size_t limit) {
    outcome o = {0};
    nitro_sse sse;
    nitro_sse_init(&sse, on_event, on_comment, &o.d, limit);
    size_t i = 0, p = 0;
    while (i < len && o.status == NITRO_SSE_OK) {
        size_t n = n_pieces ? (size_t)pieces[p++ % n_pieces] % 17 + 1 : len - i;
        if (n > len - i) n = len - i;
        o.status = nitro_sse_feed(&sse, bytes + i, n);
        i += n;
        size_t cap = sse.line_cap > sse.data_cap ? sse.line_cap : sse.data_cap;
        if (cap > o.max_cap) o.max_cap = cap;
    }
    o.in_event = nitro_sse_in_event(&sse);
    nitro_sse_free(&sse);
    return o;
}

/* The format read the plain way: the whole input split into lines first. */
static digest reference(const char *bytes, size_t len, bool *in_event) {
    digest d = {0};
    if (len >= 3 && memcmp(bytes, "\xef\xbb\xbf", 3) == 0) {
        bytes += 3;
        len -= 3;
    }
    char *data = malloc(len + 2);
    char *type = malloc(len + 1);
    size_t data_len = 0, type_len = 0;
    bool fields = false;
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (bytes[i] != '\r' && bytes[i] != '\n') continue;
        const char *line = bytes + start;
        size_t n = i - start;
        if (bytes[i] == '\r' && i + 1 < len && bytes[i + 1] == '\n') i++;
        start = i + 1;
        if (n == 0) {
            if (data_len > 0 || type_len > 0) {
                size_t dl = data_len ? data_len - 1 : 0;
                data[dl] = '\0';
                type[type_len] = '\0';
                on_event(&d, type_len ? type : "message", data, dl);
            }
            data_len = type_len = 0;
            fields = false;
        } else if (line[0] == ':') {
            on_comment(&d, line + 1, n - 1);
        } else {
            fields = true;
            const char *colon = memchr(line, ':', n);
            size_t name = colon ? (size_t)(colon - line) : n;
            const char *value = colon ? colon + 1 : line + n;
            size_t value_len = colon ? n - name - 1 : 0;
            if (value_len && *value == ' ') value++, value_len--;
            if (name == 4 && memcmp(line, "data", 4) == 0) {
                memcpy(data + data_len, value, value_len);
                data_len += value_len;
                data[data_len++] = '\n';
            } else if (name == 5 && memcmp(line, "event", 5) == 0) {
                memcpy(type, value, value_len);
                type_len = value_len;
            }
        }
    }
    /* A line without its end, or fields without the blank line: the stream ended inside an event. A "\r"
     * last is a whole line end. */
    *in_event = start < len || fields;
    free(data);
    free(type);
    return d;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    const uint8_t *pieces = data;
    size_t n_pieces = data[0] % 8 + 1;
    if (n_pieces > size) n_pieces = size;
    const char *stream = (const char *)data + 1;
    size_t len = size - 1;

    bool ref_in_event;
    digest ref = reference(stream, len, &ref_in_event);
    outcome whole = run(stream, len, NULL, 0, 1 << 20);
    outcome split = run(stream, len, pieces, n_pieces, 1 << 20);
    static const uint8_t one = 0;
    outcome bytes = run(stream, len, &one, 1, 1 << 20);
    const outcome *all[] = {&whole, &split, &bytes};
    for (size_t i = 0; i < 3; i++) {
        if (all[i]->status != NITRO_SSE_OK) abort();
        if (all[i]->d.hash != ref.hash || all[i]->d.events != ref.events || all[i]->d.comments != ref.comments) abort();
        if (all[i]->in_event != ref_in_event) abort();
    }

    /* A small limit: bounded memory, the same stop whatever the pieces. */
    outcome small_whole = run(stream, len, NULL, 0, SMALL_LIMIT);
    outcome small_split = run(stream, len, pieces, n_pieces, SMALL_LIMIT);
    if (small_whole.max_cap > SMALL_LIMIT + 1 || small_split.max_cap > SMALL_LIMIT + 1) abort();
    if (small_whole.status != small_split.status || small_whole.d.hash != small_split.d.hash) abort();
    return 0;
}
