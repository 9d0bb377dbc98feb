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

unsigned nitro_invisible_code(const unsigned char *s, size_t n) {
    unsigned code;
    if (n == 2) {
        code = (s[0] & 0x1fu) << 6 | (s[1] & 0x3fu);
    } else if (n == 3) {
        code = (s[0] & 0x0fu) << 12 | (s[1] & 0x3fu) << 6 | (s[2] & 0x3fu);
    } else if (n == 4) {
        code = (s[0] & 0x07u) << 18 | (s[1] & 0x3fu) << 12 | (s[2] & 0x3fu) << 6 | (s[3] & 0x3fu);
    } else {
        return 0;
    }
    /* The bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A-U+202E,
     * U+2066-U+2069), which show text in another order than it is; and the characters that take no space
     * (soft hyphen, U+180E, zero-width space, joiners, word joiner and invisible operators, the deprecated
     * format characters, the byte order mark, interlinear annotations, tags), which make two different
     * names look alike. */
    bool invisible = code == 0x00ad || code == 0x061c || code == 0x180e || (code >= 0x200b && code <= 0x200f) ||
                     (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064) ||
                     (code >= 0x2066 && code <= 0x206f) || code == 0xfeff || (code >= 0xfff9 && code <= 0xfffb) ||
                     (code >= 0xe0000 && code <= 0xe007f);
    return invisible ? code : 0;
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
        } else if (nitro_invisible_code(s, n)) {
            o += (size_t)snprintf(out + o, size - o, n == 4 ? "\\U%08x" : "\\u%04x", nitro_invisible_code(s, n));
            s += n;
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
