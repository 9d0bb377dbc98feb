#include "trace.h"

#include <stdarg.h>
#include <string.h>
#include <strings.h>

#define TRACE_LINE_MAX 1024

static bool equals_nocase(const char *text, size_t len, const char *word) {
    return strlen(word) == len && strncasecmp(text, word, len) == 0;
}

static bool starts_with(const char *text, size_t len, const char *prefix) {
    size_t n = strlen(prefix);
    return len >= n && memcmp(text, prefix, n) == 0;
}

bool nitro_trace_secret_header(const char *name, size_t len) {
    static const char *const names[] = {"ccc-api-key", "authorization", "proxy-authorization",
                                        "cookie",      "set-cookie",    "x-api-key",
                                        "api-key",     "x-auth-token",  "x-access-token"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (equals_nocase(name, len, names[i])) return true;
    }
    return false;
}

bool nitro_trace_secret_key(const char *key, size_t len) {
    static const char *const keys[] = {
        "secret",   "password",      "token",         "accessToken",   "refreshToken", "idToken",
        "apiKey",   "api_key",       "clientSecret",  "client_secret", "access_token", "refresh_token",
        "id_token", "code_verifier", "authorization", "credential",    "privateKey",   "sessionToken",
    };
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        if (equals_nocase(key, len, keys[i])) return true;
    }
    return false;
}

static bool is_word_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.' || c == '~' || c == '+' || c == '/' || c == '=';
}

static int base64_value(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

/* A Relay global ID or cursor: base64 of printable text holding a ':'
 * ("PersonalAccessToken:1"). Those are not secrets and stay readable. */
static bool is_relay_id(const char *text, size_t len) {
    while (len > 0 && text[len - 1] == '=')
        len--;
    unsigned bits = 0, acc = 0;
    bool colon = false;
    for (size_t i = 0; i < len; i++) {
        int v = base64_value((unsigned char)text[i]);
        if (v < 0) return false;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            unsigned char byte = (unsigned char)(acc >> bits) & 0xff;
            acc &= (1u << bits) - 1;
            if (byte < 0x20 || byte > 0x7e) return false;
            colon = colon || byte == ':';
        }
    }
    return colon;
}

/* One run of word characters: a credential by its shape? */
static bool word_token_like(const char *word, size_t len) {
    if (starts_with(word, len, "nitro_") && len >= 16) return true;
    if (starts_with(word, len, "eyJ") && len >= 20 && memchr(word, '.', len)) return true; /* a JWT */
    if (len < 32) return false;
    bool digit = false, upper = false, lower = false, hex = true;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)word[i];
        if (c >= '0' && c <= '9') {
            digit = true;
        } else if (c >= 'A' && c <= 'Z') {
            upper = true;
            hex = hex && c <= 'F';
        } else if (c >= 'a' && c <= 'z') {
            lower = true;
            hex = hex && c <= 'f';
        } else if (c == '.') {
            return false; /* a host or file name, not a random run */
        } else {
            hex = false;
        }
    }
    if (hex && digit && (upper || lower)) return true; /* a hex digest or key */
    return digit && upper && lower && !is_relay_id(word, len);
}

bool nitro_trace_token_like(const char *text, size_t len) {
    if (starts_with(text, len, "Bearer ") || starts_with(text, len, "bearer ") || starts_with(text, len, "Basic "))
        return true;
    size_t i = 0;
    while (i < len) {
        if (!is_word_char((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t start = i;
        while (i < len && is_word_char((unsigned char)text[i]))
            i++;
        if (word_token_like(text + start, i - start)) return true;
    }
    return false;
}

static bool contains(const char *text, size_t len, const char *needle) {
    size_t n = strlen(needle);
    if (n == 0 || n > len) return false;
    for (size_t i = 0; i + n <= len; i++) {
        if (text[i] == needle[0] && memcmp(text + i, needle, n) == 0) return true;
    }
    return false;
}

static bool sensitive(const char *text, size_t len, const char *const *known) {
    for (const char *const *k = known; k && *k; k++) {
        if (contains(text, len, *k)) return true;
    }
    return nitro_trace_token_like(text, len);
}

typedef struct {
    char *out;
    size_t cap; /* bytes of text, without the NUL */
    size_t len;
    size_t consumed;
    bool full;
} sink;

/* Input bytes [from, from + n) copied as they are. */
static void put_raw(sink *s, const char *in, size_t from, size_t n) {
    if (s->full) return;
    size_t room = s->cap - s->len;
    size_t take = n < room ? n : room;
    memcpy(s->out + s->len, in + from, take);
    s->len += take;
    s->consumed = from + take;
    if (take < n) s->full = true;
}

/* Input bytes [from, to) replaced by `text`: all of it or nothing. */
static void put_replacement(sink *s, const char *text, size_t from, size_t to) {
    if (s->full) return;
    size_t n = strlen(text);
    if (n > s->cap - s->len) {
        s->consumed = from;
        s->full = true;
        return;
    }
    memcpy(s->out + s->len, text, n);
    s->len += n;
    s->consumed = to;
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

size_t nitro_redact(const char *in, size_t len, const char *const *known, char *out, size_t cap, size_t *consumed) {
    if (cap == 0) {
        if (consumed) *consumed = 0;
        return 0;
    }
    sink s = {.out = out, .cap = cap - 1};
    bool secret_value_next = false; /* the last key was a secret's */
    size_t i = 0;
    while (i < len && !s.full) {
        unsigned char c = (unsigned char)in[i];
        if (c == '"') {
            size_t j = i + 1;
            while (j < len && in[j] != '"')
                j += in[j] == '\\' ? 2 : 1;
            bool terminated = j < len;
            size_t content_end = terminated ? j : len;
            size_t end = terminated ? j + 1 : len;
            const char *content = in + i + 1;
            size_t content_len = content_end - (i + 1);
            size_t k = end;
            while (k < len && is_space(in[k]))
                k++;
            bool is_key = terminated && k < len && in[k] == ':';
            bool redact = sensitive(content, content_len, known) || (!is_key && secret_value_next);
            secret_value_next = is_key && nitro_trace_secret_key(content, content_len);
            if (redact) {
                put_replacement(&s, terminated ? "\"" NITRO_TRACE_REDACTED "\"" : "\"" NITRO_TRACE_REDACTED, i, end);
            } else {
                put_raw(&s, in, i, end - i);
            }
            i = end;
        } else if (is_word_char(c)) {
            size_t j = i;
            while (j < len && is_word_char((unsigned char)in[j]))
                j++;
            if (sensitive(in + i, j - i, known)) {
                put_replacement(&s, NITRO_TRACE_REDACTED, i, j);
            } else {
                put_raw(&s, in, i, j - i);
            }
            secret_value_next = false;
            i = j;
        } else {
            if (c == '{' || c == '[' || c == ',' || c == '}' || c == ']') secret_value_next = false;
            put_raw(&s, in, i, 1);
            i++;
        }
    }
    /* A known secret could also hide in text the lexer splits apart (inside
     * other punctuation): never let one through. */
    for (const char *const *k = known; k && *k; k++) {
        size_t n = strlen(*k);
        if (n == 0) continue;
        for (size_t at = 0; at + n <= s.len; at++) {
            if (memcmp(s.out + at, *k, n) == 0) memset(s.out + at, '*', n);
        }
    }
    s.out[s.len] = '\0';
    if (consumed) *consumed = s.full ? s.consumed : len;
    return s.len;
}

/* Writes text after `prefix`, one prefixed line per line of text; control
 * characters (a server's escape sequences included) become '.'. */
static void write_prefixed(FILE *out, const char *prefix, const char *text, size_t len) {
    fputs(prefix, out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '\n') {
            if (i + 1 < len) {
                fputc('\n', out);
                fputs(prefix, out);
            }
        } else if (c == '\r') {
            continue;
        } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
            fputc('.', out);
        } else {
            fputc(c, out);
        }
    }
    fputc('\n', out);
}

static void trace_text(FILE *out, const char *prefix, const char *text, size_t len, size_t max,
                       const char *const *known) {
    char buffer[NITRO_TRACE_BODY_MAX + 1];
    if (max > NITRO_TRACE_BODY_MAX) max = NITRO_TRACE_BODY_MAX;
    size_t consumed = 0;
    size_t n = nitro_redact(text, len, known, buffer, max + 1, &consumed);
    write_prefixed(out, prefix, buffer, n);
    if (consumed < len) fprintf(out, "%s… (%zu more bytes)\n", prefix, len - consumed);
}

static void trace_header(FILE *out, const char *prefix, const char *line, size_t len, const char *const *known) {
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        len--;
    const char *colon = memchr(line, ':', len);
    if (colon && nitro_trace_secret_header(line, (size_t)(colon - line))) {
        fprintf(out, "%s%.*s: %s\n", prefix, (int)(colon - line), line, NITRO_TRACE_REDACTED);
        return;
    }
    trace_text(out, prefix, line, len, TRACE_LINE_MAX, known);
}

void nitro_trace_request(FILE *out, const char *url, const char *const *headers, const char *body, size_t len,
                         const char *const *known) {
    char line[TRACE_LINE_MAX];
    snprintf(line, sizeof line, "POST %s", url);
    trace_text(out, "> ", line, strlen(line), TRACE_LINE_MAX, known);
    for (const char *const *h = headers; h && *h; h++)
        trace_header(out, "> ", *h, strlen(*h), known);
    fputs(">\n", out);
    trace_text(out, "> ", body ? body : "", body ? len : 0, NITRO_TRACE_BODY_MAX, known);
    fflush(out);
}

void nitro_trace_response_header(FILE *out, const char *line, size_t len, const char *const *known) {
    size_t trimmed = len;
    while (trimmed > 0 && (line[trimmed - 1] == '\n' || line[trimmed - 1] == '\r'))
        trimmed--;
    if (trimmed == 0) {
        fputs("<\n", out);
    } else {
        trace_header(out, "< ", line, trimmed, known);
    }
    fflush(out);
}

void nitro_trace_response_body(FILE *out, const char *body, size_t len, const char *const *known) {
    if (body && len > 0) trace_text(out, "< ", body, len, NITRO_TRACE_BODY_MAX, known);
    fflush(out);
}

void nitro_trace_note(FILE *out, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("* ", out);
    vfprintf(out, fmt, ap);
    fputc('\n', out);
    va_end(ap);
    fflush(out);
}
