#include "trace.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "term.h"

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

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The four hex digits at `in` as a number, or -1. */
static long hex4(const char *in) {
    long value = 0;
    for (int i = 0; i < 4; i++) {
        int digit = hex_value(in[i]);
        if (digit < 0) return -1;
        value = value * 16 + digit;
    }
    return value;
}

/* Decodes the JSON escape at in[0..len) (in[0] is a backslash) into `out`
 * as UTF-8 (1 to 4 bytes, *out_len); returns the input bytes it spans, 0
 * when it is no valid escape. */
static size_t decode_escape(const char *in, size_t len, char out[4], size_t *out_len) {
    static const char plain[] = "\"\\/bfnrt", decoded[] = "\"\\/\b\f\n\r\t";
    if (len < 2) return 0;
    const char *simple = in[1] ? strchr(plain, in[1]) : NULL;
    if (simple) {
        out[0] = decoded[simple - plain];
        *out_len = 1;
        return 2;
    }
    if (in[1] != 'u' || len < 6) return 0;
    long cp = hex4(in + 2);
    size_t used = 6;
    if (cp >= 0xd800 && cp <= 0xdbff) { /* a pair of surrogates, or nothing */
        long low = len >= 12 && in[6] == '\\' && in[7] == 'u' ? hex4(in + 8) : -1;
        if (low < 0xdc00 || low > 0xdfff) return 0;
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        used = 12;
    } else if (cp < 0 || (cp >= 0xdc00 && cp <= 0xdfff)) {
        return 0;
    }
    if (cp < 0x80) {
        out[0] = (char)cp;
        *out_len = 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        *out_len = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        *out_len = 3;
    } else {
        out[0] = (char)(0xf0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[3] = (char)(0x80 | (cp & 0x3f));
        *out_len = 4;
    }
    return used;
}

/* How many bytes at in[0..len) spell `secret`, each of its characters raw or
 * as a JSON escape (a server may write "/" as "\/" and any character as
 * "\u00XX", in either case of hex); 0 when they do not. Decode, then compare. */
static size_t spelled_at(const char *in, size_t len, const char *secret) {
    size_t i = 0;
    for (const char *k = secret; *k;) {
        if (i >= len) return 0;
        char buf[4];
        size_t n = 0, used = in[i] == '\\' ? decode_escape(in + i, len - i, buf, &n) : 0;
        if (used && strnlen(k, n) == n && memcmp(buf, k, n) == 0) {
            i += used;
            k += n;
        } else if (in[i] == *k) {
            i++;
            k++;
        } else {
            return 0;
        }
    }
    return i;
}

/* The length of a known secret spelled at in[0..len), or 0. */
static size_t known_at(const char *in, size_t len, const char *const *known) {
    for (const char *const *k = known; k && *k; k++) {
        size_t n = **k ? spelled_at(in, len, *k) : 0;
        if (n) return n;
    }
    return 0;
}

static bool contains_known(const char *text, size_t len, const char *const *known) {
    if (!known || !*known) return false;
    for (size_t i = 0; i < len; i++) {
        if (known_at(text + i, len - i, known)) return true;
    }
    return false;
}

char *nitro_redact_known_text(const char *text, const char *const *known) {
    size_t len = strlen(text), count = 0;
    for (const char *const *k = known; k && *k; k++) {
        if (strlen(*k) < NITRO_KNOWN_SECRET_MIN) continue;
        for (const char *at = strstr(text, *k); at; at = strstr(at + strlen(*k), *k))
            count++;
    }
    if (count == 0) return NULL;
    /* The output is at most as long as the text plus one "[redacted]" per match. */
    char *out = malloc(len + count * strlen(NITRO_TRACE_REDACTED) + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        size_t match = 0;
        for (const char *const *k = known; k && *k && !match; k++) {
            size_t n = strlen(*k);
            if (n >= NITRO_KNOWN_SECRET_MIN && strncmp(text + i, *k, n) == 0) match = n;
        }
        if (match) {
            memcpy(out + o, NITRO_TRACE_REDACTED, strlen(NITRO_TRACE_REDACTED));
            o += strlen(NITRO_TRACE_REDACTED);
            i += match;
        } else {
            out[o++] = text[i++];
        }
    }
    out[o] = '\0';
    return out;
}

static bool sensitive(const char *text, size_t len, const char *const *known) {
    return contains_known(text, len, known) || nitro_trace_token_like(text, len);
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
    size_t i = 0, j_known;
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
        } else if ((j_known = known_at(in + i, len - i, known)) > 0) {
            /* A known secret outside a string, raw or escaped. */
            put_replacement(&s, NITRO_TRACE_REDACTED, i, i + j_known);
            secret_value_next = false;
            i += j_known;
        } else if (is_word_char(c)) {
            /* A word ends where a known secret starts (it may go on escaped). */
            size_t j = i + 1;
            while (j < len && is_word_char((unsigned char)in[j]) && !known_at(in + j, len - j, known))
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
    if (consumed < len)
        fprintf(out, "%s%s (%zu more bytes)\n", prefix, nitro_glyph(NITRO_GLYPH_ELLIPSIS), len - consumed);
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

void nitro_trace_request_head(FILE *out, const char *method, const char *url, const char *const *headers,
                              const char *const *known) {
    char line[TRACE_LINE_MAX];
    snprintf(line, sizeof line, "%s %s", method, url);
    trace_text(out, "> ", line, strlen(line), TRACE_LINE_MAX, known);
    for (const char *const *h = headers; h && *h; h++)
        trace_header(out, "> ", *h, strlen(*h), known);
    fputs(">\n", out);
    fflush(out);
}

void nitro_trace_request(FILE *out, const char *url, const char *const *headers, const char *body, size_t len,
                         const char *const *known) {
    nitro_trace_request_head(out, "POST", url, headers, known);
    trace_text(out, "> ", body ? body : "", body ? len : 0, NITRO_TRACE_BODY_MAX, known);
    fflush(out);
}

void nitro_trace_part(FILE *out, const char *name, const char *content_type, const char *filename, long long size,
                      const char *data, size_t len, const char *const *known) {
    char line[TRACE_LINE_MAX];
    int n = snprintf(line, sizeof line, "part \"%s\"", name);
    if (n > 0 && (size_t)n < sizeof line && content_type)
        n += snprintf(line + n, sizeof line - (size_t)n, " (Content-Type: %s)", content_type);
    if (n > 0 && (size_t)n < sizeof line && filename) {
        if (size >= 0) {
            snprintf(line + n, sizeof line - (size_t)n, ": file \"%s\", %lld bytes (not shown)", filename, size);
        } else {
            snprintf(line + n, sizeof line - (size_t)n, ": file \"%s\", read to its end (not shown)", filename);
        }
    }
    trace_text(out, "> ", line, strlen(line), TRACE_LINE_MAX, known);
    if (!filename) trace_text(out, "> ", data ? data : "", data ? len : 0, NITRO_TRACE_BODY_MAX, known);
    fflush(out);
}

void nitro_trace_event(FILE *out, const char *type, const char *data, size_t len, const char *const *known) {
    trace_text(out, "< event: ", type, strlen(type), TRACE_LINE_MAX, known);
    trace_text(out, "< data: ", data ? data : "", data ? len : 0, NITRO_TRACE_BODY_MAX, known);
    fputs("<\n", out);
    fflush(out);
}

void nitro_trace_comment(FILE *out, const char *text, size_t len, const char *const *known) {
    trace_text(out, "< :", text, len, TRACE_LINE_MAX, known);
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
