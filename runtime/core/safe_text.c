#include "safe_text.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

size_t nitro_utf8_length(const unsigned char *s, size_t left) {
    if (s[0] < 0x80) return 1;
    if (s[0] >= 0xc2 && s[0] <= 0xdf) return left >= 2 && (s[1] & 0xc0) == 0x80 ? 2 : 0;
    if (s[0] >= 0xe0 && s[0] <= 0xef) {
        unsigned char low = s[0] == 0xe0 ? 0xa0 : 0x80, high = s[0] == 0xed ? 0x9f : 0xbf;
        return left >= 3 && s[1] >= low && s[1] <= high && (s[2] & 0xc0) == 0x80 ? 3 : 0;
    }
    if (s[0] >= 0xf0 && s[0] <= 0xf4) {
        unsigned char low = s[0] == 0xf0 ? 0x90 : 0x80, high = s[0] == 0xf4 ? 0x8f : 0xbf;
        return left >= 4 && s[1] >= low && s[1] <= high && (s[2] & 0xc0) == 0x80 && (s[3] & 0xc0) == 0x80 ? 4 : 0;
    }
    return 0;
}

/* U+202A to U+202E and U+2066 to U+2069: the bidirectional embeddings,
 * overrides and isolates, which make a terminal that honours them show text
 * in another order than it is (a name that reads as another). */
static bool is_bidi_control(const unsigned char *s) {
    return s[0] == 0xe2 &&
           ((s[1] == 0x80 && s[2] >= 0xaa && s[2] <= 0xae) || (s[1] == 0x81 && s[2] >= 0xa6 && s[2] <= 0xa9));
}

char *nitro_safe_text(const char *text) {
    if (!text) return NULL;
    const unsigned char *s = (const unsigned char *)text;
    /* At most six output bytes ("\u009b") for each input byte. */
    size_t size = strlen(text) * 6 + 1;
    char *out = malloc(size);
    if (!out) return NULL;
    size_t o = 0;
    while (*s) {
        if (*s < 0x20 || *s == 0x7f) {
            o += (size_t)snprintf(out + o, size - o, "\\x%02x", *s);
            s++;
            continue;
        }
        if (*s < 0x80) {
            out[o++] = (char)*s++;
            continue;
        }
        size_t n = nitro_utf8_length(s, SIZE_MAX);
        if (n == 0) {
            o += (size_t)snprintf(out + o, size - o, "\\x%02x", *s);
            s++;
        } else if (n == 2 && s[0] == 0xc2 && s[1] < 0xa0) {
            o += (size_t)snprintf(out + o, size - o, "\\u%04x", (unsigned)s[1]); /* a C1 control */
            s += 2;
        } else if (n == 3 && is_bidi_control(s)) {
            unsigned code = (s[0] & 0x0fu) << 12 | (s[1] & 0x3fu) << 6 | (s[2] & 0x3fu);
            o += (size_t)snprintf(out + o, size - o, "\\u%04x", code);
            s += 3;
        } else {
            memcpy(out + o, s, n);
            o += n;
            s += n;
        }
    }
    out[o] = '\0';
    return out;
}

void nitro_put_safe(FILE *out, const char *text) {
    char *safe = nitro_safe_text(text);
    if (safe) fputs(safe, out);
    free(safe);
}

void nitro_verror_to(FILE *err, const char *fmt, va_list ap) {
    va_list again;
    va_copy(again, ap);
    int len = vsnprintf(NULL, 0, fmt, ap);
    char *text = len >= 0 ? malloc((size_t)len + 1) : NULL;
    if (text) vsnprintf(text, (size_t)len + 1, fmt, again);
    va_end(again);
    fputs("error: ", err);
    nitro_put_safe(err, text ? text : "out of memory");
    fputc('\n', err);
    free(text);
}

void nitro_error_to(FILE *err, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    nitro_verror_to(err, fmt, ap);
    va_end(ap);
}
