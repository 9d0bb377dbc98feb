/* libFuzzer target: what crosses the wire (runtime/net/http.c, response.c).
 *
 * Input: "<secret>\n<body>". Properties checked:
 * - the header-value check refuses a value exactly when it holds a byte outside
 *   printable ASCII or is longer than NITRO_HEADER_VALUE_MAX, and names a line
 *   break whenever there is one;
 * - whatever the body, every string of a judged response is valid UTF-8 (bytes
 *   that are not become U+FFFD) and none holds the known secret, however the
 *   body spelled it (raw, \/, \u0041); nor does the error message. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graphql_client.h"
#include "http.h"
#include "trace.h"
#include "utf8_oracle.h"

static bool valid_utf8(const char *text) {
    size_t n = strlen(text);
    for (size_t i = 0; i < n;) {
        size_t k = utf8_at((const unsigned char *)text + i, n - i);
        if (k == 0) return false;
        i += k;
    }
    return true;
}

static void check_strings(const cJSON *item, const char *secret) {
    for (; item; item = item->next) {
        if (item->string && !valid_utf8(item->string)) abort();
        if (cJSON_IsString(item)) {
            if (!valid_utf8(item->valuestring)) abort();
            if (secret && strstr(item->valuestring, secret)) abort();
        }
        check_strings(item->child, secret);
    }
}

/* A secret the property can hold for: printable, at least as long as the
 * redaction looks for, and not made of the text "[redacted]" itself. */
static bool usable_secret(const char *s, size_t n) {
    if (n < NITRO_KNOWN_SECRET_MIN || n > 64) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 0x21 || s[i] > 0x7e || s[i] == '[' || s[i] == ']') return false;
    char copy[65];
    memcpy(copy, s, n);
    copy[n] = '\0';
    return strstr(NITRO_TRACE_REDACTED, copy) == NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* The header check, on the input as a C string. */
    char *value = malloc(size + 1);
    if (!value) return 0;
    memcpy(value, data, size);
    value[size] = '\0';
    size_t len = strlen(value);
    bool printable = len <= NITRO_HEADER_VALUE_MAX, line_break = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)value[i];
        printable = printable && c >= 0x20 && c < 0x7f;
        line_break = line_break || c == '\r' || c == '\n';
    }
    const char *problem = nitro_header_value_problem(value);
    if ((problem == NULL) != printable) abort();
    if (line_break != (problem && strcmp(problem, "contains a line break") == 0)) abort();
    free(value);

    /* The body judge with a known secret. */
    const char *text = (const char *)data;
    const char *newline = memchr(text, '\n', size);
    char secret[65] = "";
    const char *known[2] = {NULL, NULL};
    if (newline && usable_secret(text, (size_t)(newline - text))) {
        memcpy(secret, text, (size_t)(newline - text));
        secret[newline - text] = '\0';
        known[0] = secret;
    }
    const char *body = newline ? newline + 1 : text;
    size_t body_len = size - (size_t)(body - text);
    nitro_result result;
    memset(&result, 0, sizeof result);
    nitro_result_from_response_known(size % 3 ? 200 : 400, body, body_len, known, &result);
    check_strings(result.response, known[0]);
    if (known[0] && strstr(result.message, known[0])) abort();
    if (result.kind == NITRO_RESULT_OK && !cJSON_IsObject(result.data)) abort();
    nitro_result_free(&result);
    return 0;
}
