#include "sse.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char bom[] = "\xef\xbb\xbf";

void nitro_sse_init(nitro_sse *sse, nitro_sse_event_fn on_event, nitro_sse_comment_fn on_comment, void *user,
                    size_t max_event) {
    memset(sse, 0, sizeof *sse);
    sse->on_event = on_event;
    sse->on_comment = on_comment;
    sse->user = user;
    sse->max_event = max_event ? max_event : NITRO_STREAM_EVENT_MAX;
}

void nitro_sse_free(nitro_sse *sse) {
    free(sse->line);
    free(sse->data);
    free(sse->type);
    sse->line = sse->data = sse->type = NULL;
    sse->line_len = sse->line_cap = sse->data_len = sse->data_cap = sse->type_len = 0;
}

bool nitro_sse_in_event(const nitro_sse *sse) {
    return sse->line_len > 0 || sse->in_event || (sse->bom_seen > 0 && sse->bom_seen < 3);
}

static nitro_sse_status fail(nitro_sse *sse, nitro_sse_status status) {
    sse->status = status;
    return status;
}

/* Room for `need` bytes in *buf; it grows by doubling, never past what an
 * event may hold (and its NUL). */
static bool reserve(nitro_sse *sse, char **buf, size_t *cap, size_t need) {
    if (need <= *cap) return true;
    size_t limit = sse->max_event + 1;
    size_t grown = *cap ? *cap : 256 < limit ? 256 : limit;
    while (grown < need)
        grown = grown > limit / 2 ? limit : grown * 2;
    if (grown < need) grown = need;
    char *more = realloc(*buf, grown);
    if (!more) return false;
    *buf = more;
    *cap = grown;
    return true;
}

/* The bytes the current event holds already, with `more` on top, past the limit? */
static bool too_large(const nitro_sse *sse, size_t more) {
    size_t held = sse->type_len + sse->data_len + sse->line_len;
    return more > sse->max_event || held > sse->max_event - more;
}

static void reset_event(nitro_sse *sse) {
    sse->data_len = 0;
    sse->type_len = 0;
    if (sse->type) sse->type[0] = '\0';
    sse->in_event = false;
}

static nitro_sse_status dispatch(nitro_sse *sse) {
    if (sse->data_len == 0 && sse->type_len == 0) {
        reset_event(sse);
        return NITRO_SSE_OK;
    }
    if (sse->data_len == 0 && !reserve(sse, &sse->data, &sse->data_cap, 1)) return fail(sse, NITRO_SSE_NO_MEMORY);
    size_t len = sse->data_len > 0 ? sse->data_len - 1 : 0; /* the last line's "\n" goes */
    sse->data[len] = '\0';
    const char *type = sse->type && sse->type_len > 0 ? sse->type : "message";
    bool go_on = sse->on_event(sse->user, type, sse->data, len);
    reset_event(sse);
    return go_on ? NITRO_SSE_OK : fail(sse, NITRO_SSE_STOPPED);
}

static bool field_is(const char *name, size_t len, const char *word) {
    return strlen(word) == len && memcmp(name, word, len) == 0;
}

static nitro_sse_status process_line(nitro_sse *sse, const char *line, size_t len) {
    if (len == 0) return dispatch(sse);
    if (line[0] == ':') {
        if (sse->on_comment && !sse->on_comment(sse->user, line + 1, len - 1)) return fail(sse, NITRO_SSE_STOPPED);
        return NITRO_SSE_OK;
    }
    sse->in_event = true;
    const char *colon = memchr(line, ':', len);
    size_t name_len = colon ? (size_t)(colon - line) : len;
    const char *value = colon ? colon + 1 : line + len;
    size_t value_len = colon ? len - name_len - 1 : 0;
    if (value_len > 0 && value[0] == ' ') {
        value++;
        value_len--;
    }
    if (field_is(line, name_len, "data")) {
        /* The line itself is no longer counted once it is in the data. */
        if (sse->type_len + sse->data_len + value_len + 1 > sse->max_event) return fail(sse, NITRO_SSE_TOO_LARGE);
        if (!reserve(sse, &sse->data, &sse->data_cap, sse->data_len + value_len + 2))
            return fail(sse, NITRO_SSE_NO_MEMORY);
        memcpy(sse->data + sse->data_len, value, value_len);
        sse->data_len += value_len;
        sse->data[sse->data_len++] = '\n';
    } else if (field_is(line, name_len, "event")) {
        if (sse->data_len + value_len > sse->max_event) return fail(sse, NITRO_SSE_TOO_LARGE);
        char *type = realloc(sse->type, value_len + 1);
        if (!type) return fail(sse, NITRO_SSE_NO_MEMORY);
        memcpy(type, value, value_len);
        type[value_len] = '\0';
        sse->type = type;
        sse->type_len = value_len;
    }
    /* id and retry (reconnection, which nitro never does) and unknown fields: ignored. */
    return NITRO_SSE_OK;
}

/* Keeps the start of a line that goes on in the next piece. */
static nitro_sse_status hold(nitro_sse *sse, const char *bytes, size_t n) {
    if (n == 0) return NITRO_SSE_OK;
    if (too_large(sse, n)) return fail(sse, NITRO_SSE_TOO_LARGE);
    if (!reserve(sse, &sse->line, &sse->line_cap, sse->line_len + n)) return fail(sse, NITRO_SSE_NO_MEMORY);
    memcpy(sse->line + sse->line_len, bytes, n);
    sse->line_len += n;
    return NITRO_SSE_OK;
}

static nitro_sse_status feed_lines(nitro_sse *sse, const char *bytes, size_t len) {
    size_t i = 0;
    size_t lf = 0; /* the next "\n" at or after i (len: none); found again only once passed */
    bool lf_known = false;
    while (i < len) {
        if (sse->after_cr) {
            sse->after_cr = false;
            if (bytes[i] == '\n') {
                i++;
                continue;
            }
        }
        /* The line's end: the next "\n", or a "\r" before it (memchr is the fast scan). */
        if (!lf_known || lf < i) {
            const char *at = memchr(bytes + i, '\n', len - i);
            lf = at ? (size_t)(at - bytes) : len;
            lf_known = true;
        }
        size_t j = lf;
        const char *cr = memchr(bytes + i, '\r', j - i);
        if (cr) j = (size_t)(cr - bytes);
        if (j == len) return hold(sse, bytes + i, len - i);
        nitro_sse_status status;
        if (sse->line_len == 0) {
            /* The whole line is in this piece: parsed where it lies. */
            if (too_large(sse, j - i)) return fail(sse, NITRO_SSE_TOO_LARGE);
            status = process_line(sse, bytes + i, j - i);
        } else {
            status = hold(sse, bytes + i, j - i);
            if (status != NITRO_SSE_OK) return status;
            size_t line_len = sse->line_len;
            sse->line_len = 0; /* counted in the data from here on */
            status = process_line(sse, sse->line, line_len);
        }
        if (status != NITRO_SSE_OK) return status;
        sse->after_cr = bytes[j] == '\r';
        i = j + 1;
    }
    return NITRO_SSE_OK;
}

nitro_sse_status nitro_sse_feed(nitro_sse *sse, const char *bytes, size_t len) {
    if (sse->status != NITRO_SSE_OK) return sse->status;
    size_t i = 0;
    while (sse->bom_seen != SIZE_MAX && i < len) {
        if (bytes[i] == bom[sse->bom_seen]) {
            i++;
            if (++sse->bom_seen == 3) sse->bom_seen = SIZE_MAX;
        } else {
            /* Not a byte order mark after all: what looked like its start is text. */
            size_t matched = sse->bom_seen;
            sse->bom_seen = SIZE_MAX;
            if (matched > 0 && feed_lines(sse, bom, matched) != NITRO_SSE_OK) return sse->status;
        }
    }
    return feed_lines(sse, bytes + i, len - i);
}
