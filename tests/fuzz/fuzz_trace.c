#define _GNU_SOURCE /* memmem */
/* libFuzzer target: the --verbose trace's redaction (runtime/net/trace.c), the
 * Retry-After parser and the response judge for other statuses.
 *
 * Input: "<known secret>\n<body>". The property checked: whatever the body,
 * the redacted output never contains the known secret. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "graphql_client.h"
#include "trace.h"

static bool plain_secret(const char *s, size_t n) {
    if (n < 4 || n > 64) return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    }
    /* Text the redaction itself writes cannot count as a leak. */
    char copy[65];
    memcpy(copy, s, n);
    copy[n] = '\0';
    return strstr("[redacted]", copy) == NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static FILE *sink;
    if (!sink) sink = fopen("/dev/null", "w");
    const char *text = (const char *)data;
    const char *newline = memchr(text, '\n', size);
    size_t secret_len = newline ? (size_t)(newline - text) : 0;
    char secret[65] = "";
    const char *known[2] = {NULL, NULL};
    if (newline && plain_secret(text, secret_len)) {
        memcpy(secret, text, secret_len);
        secret[secret_len] = '\0';
        known[0] = secret;
    }
    const char *body = newline ? newline + 1 : text;
    size_t len = size - (size_t)(body - text);

    static char out[NITRO_TRACE_BODY_MAX + 1];
    size_t caps[] = {sizeof out, 64, 11, 1};
    for (size_t c = 0; c < sizeof caps / sizeof *caps; c++) {
        size_t consumed = 0;
        size_t n = nitro_redact(body, len, known, out, caps[c], &consumed);
        if (n >= caps[c] || out[n] != '\0' || consumed > len) abort();
        if (known[0] && memmem(out, n, known[0], secret_len)) abort();
    }
    if (sink) {
        nitro_trace_response_body(sink, body, len, known);
        nitro_trace_response_header(sink, body, len, known);
    }
    (void)nitro_trace_token_like(body, len);
    long ms = nitro_parse_retry_after(body, len, (time_t)1767225600);
    if (ms < -1 || ms > 86400000L) abort();

    nitro_result result;
    memset(&result, 0, sizeof result);
    long statuses[] = {401, 503};
    nitro_result_from_response(statuses[size % 2], body, len, &result);
    nitro_result_free(&result);
    return 0;
}
