/* How a GraphQL response body is judged: the lexical checks before parsing,
 * the known secrets redacted, errors[] read, data required. Every transport
 * (one request, an upload, each event of a subscription) judges with it. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "client_internal.h"
#include "safe_text.h"
#include "trace.h"

/* Deeper JSON than this is refused before parsing (cJSON recurses). */
#define MAX_JSON_DEPTH 64

void nitro_result_set(nitro_result *result, nitro_result_kind kind, const char *fmt, ...) {
    result->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(result->message, sizeof result->message, fmt, ap);
    va_end(ap);
}

/* What the lexical pass over a body found before it is parsed. */
typedef enum {
    BODY_OK,
    BODY_TOO_DEEP, /* nesting past MAX_JSON_DEPTH (cJSON recurses) */
    BODY_INVALID,  /* a NUL byte, raw or as \u0000 (C strings would end there, silently), or no memory */
} body_check;

/* One pass over a body before cJSON sees it: nesting depth, NUL bytes and
 * \u0000 escapes, and bytes that are not UTF-8. Each of those bytes becomes
 * U+FFFD (as in jq and browsers) in *clean (malloc'd, NUL-terminated; NULL
 * when the body needs no change): refusing the response instead would let one
 * bad byte in a description make a list unusable for good, and copying it
 * would make --output json invalid. */
static body_check check_body(const char *body, size_t len, char **clean, size_t *clean_len) {
    static const char replacement[] = "\xef\xbf\xbd";
    const unsigned char *b = (const unsigned char *)body;
    *clean = NULL;
    *clean_len = 0;
    char *out = NULL;
    size_t o = 0;
    int depth = 0;
    bool in_string = false;
    bool nul = false; /* the scan goes on: depth is judged first */
    body_check check = BODY_OK;
    for (size_t i = 0; i < len && check == BODY_OK;) {
        if (in_string && !out) {
            /* The common case, a run of plain text in a string: nothing to look at but its end. */
            size_t j = i;
            while (j < len && b[j] >= 0x20 && b[j] < 0x80 && b[j] != '"' && b[j] != '\\')
                j++;
            o += j - i;
            i = j;
            if (i == len) break;
        }
        unsigned char c = b[i];
        size_t n = c < 0x80 ? 1 : nitro_utf8_length(b + i, len - i);
        if (c == 0) {
            nul = true;
        } else if (n == 0) {
            if (!out && (out = malloc(len * 3 + 1))) { /* each byte may become three */
                memcpy(out, body, i);
            }
            if (!out) return BODY_INVALID;
            memcpy(out + o, replacement, 3);
            o += 3;
            i++;
            continue;
        } else if (in_string) {
            if (c == '\\') {
                if (len - i >= 6 && memcmp(body + i + 1, "u0000", 5) == 0) nul = true;
                /* The escaped character with it, so that \" does not end the string. */
                if (i + 1 < len && b[i + 1] != 0 && b[i + 1] < 0x80) n = 2;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (++depth > MAX_JSON_DEPTH) check = BODY_TOO_DEEP;
        } else if (c == '}' || c == ']') {
            depth--;
        }
        if (out) memcpy(out + o, body + i, n);
        o += n;
        i += n;
    }
    if (check != BODY_OK || nul) {
        free(out);
        return check != BODY_OK ? check : BODY_INVALID;
    }
    if (out) {
        out[o] = '\0';
        *clean = out;
        *clean_len = o;
    }
    return BODY_OK;
}

/* True when only JSON whitespace is left. */
static bool only_space(const char *p, const char *end) {
    for (; p < end; p++) {
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') return false;
    }
    return true;
}

/* Replaces, in every string of the response, each occurrence of a known
 * secret (the credential in use) by "[redacted]". The strings are decoded
 * already, so escaped forms of the secret (\/, \u0041) are caught too; the
 * messages, errors and results made from them cannot show it. */
static void redact_known(cJSON *item, const char *const *known) {
    for (; item; item = item->next) {
        if (cJSON_IsString(item) && item->valuestring) {
            char *redacted = nitro_redact_known_text(item->valuestring, known);
            if (redacted) {
                cJSON_free(item->valuestring);
                item->valuestring = redacted;
            }
        }
        if (item->child) redact_known(item->child, known);
    }
}

static bool is_auth_code(const char *code) {
    return strcmp(code, "AUTH_NOT_AUTHENTICATED") == 0 || strcmp(code, "AUTH_NOT_AUTHORIZED") == 0;
}

/* Reads errors[]: an auth code anywhere wins; otherwise the first message. */
static bool read_errors(const cJSON *errors, nitro_result *result) {
    if (!cJSON_IsArray(errors) || cJSON_GetArraySize(errors) == 0) return false;
    const cJSON *first = NULL;
    const cJSON *error;
    cJSON_ArrayForEach(error, errors) {
        const cJSON *code =
            cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(error, "extensions"), "code");
        if (cJSON_IsString(code) && is_auth_code(code->valuestring)) {
            result->kind = NITRO_RESULT_AUTH;
            snprintf(result->code, sizeof result->code, "%s", code->valuestring);
            return true;
        }
        if (!first) first = error;
    }
    const cJSON *message = cJSON_GetObjectItemCaseSensitive(first, "message");
    const cJSON *code = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(first, "extensions"), "code");
    nitro_result_set(result, NITRO_RESULT_GRAPHQL, "%s",
                     cJSON_IsString(message) ? message->valuestring : "(no message)");
    if (cJSON_IsString(code)) snprintf(result->code, sizeof result->code, "%s", code->valuestring);
    return true;
}

void nitro_result_from_response(long status, const char *body, size_t len, nitro_result *result) {
    nitro_judge(status, body, len, NULL, "returned a response", result);
}

void nitro_result_from_response_known(long status, const char *body, size_t len, const char *const *known,
                                      nitro_result *result) {
    nitro_judge(status, body, len, known, "returned a response", result);
}

void nitro_judge(long status, const char *body, size_t len, const char *const *known, const char *what,
                 nitro_result *result) {
    result->http_status = status;
    char *clean = NULL;
    size_t clean_len = 0;
    body_check check = body ? check_body(body, len, &clean, &clean_len) : BODY_OK;
    if (clean) {
        body = clean;
        len = clean_len;
    }
    cJSON *json = NULL;
    if (body && check == BODY_OK) {
        const char *end = NULL;
        json = cJSON_ParseWithLengthOpts(body, len, &end, false);
        /* Anything after the document is not part of it: a response cut and
         * glued, or a second answer smuggled in. */
        if (json && (!end || !only_space(end, body + len))) {
            cJSON_Delete(json);
            json = NULL;
        }
    }
    free(clean);
    if (json && known) redact_known(json, known);
    result->response = json;
    const cJSON *errors = cJSON_GetObjectItemCaseSensitive(json, "errors");
    if (status < 200 || status > 299) {
        /* A GraphQL auth error may come with 401 (application/graphql-response+json), and a refused
         * persisted operation with 400: both are reported as what they are, not as a status. */
        bool said = read_errors(errors, result);
        if (said && (result->kind == NITRO_RESULT_AUTH || strcmp(result->code, "HC0020") == 0 ||
                     strcmp(result->code, "HC0067") == 0))
            return;
        result->kind = status == 401 || status == 403 ? NITRO_RESULT_AUTH : NITRO_RESULT_HTTP;
        /* Hot Chocolate answers a request it refuses with 400 and a GraphQL error response: its message and
         * code say why, the status alone does not. */
        result->server_said = said && result->kind == NITRO_RESULT_HTTP;
        if (!result->server_said) {
            result->code[0] = '\0';
            snprintf(result->message, sizeof result->message, "%ld", status);
        }
        return;
    }
    if (check == BODY_TOO_DEEP) {
        nitro_result_set(result, NITRO_RESULT_BAD_RESPONSE,
                         "The server %s nested deeper than %d levels; it was refused.", what, MAX_JSON_DEPTH);
        return;
    }
    if (!cJSON_IsObject(json)) {
        nitro_result_set(result, NITRO_RESULT_BAD_RESPONSE, "The server %s that is not valid JSON.", what);
        return;
    }
    if (read_errors(errors, result)) return;
    const cJSON *data = cJSON_GetObjectItemCaseSensitive(json, "data");
    if (!cJSON_IsObject(data)) {
        nitro_result_set(result, NITRO_RESULT_BAD_RESPONSE, "The server %s without data.", what);
        return;
    }
    result->kind = NITRO_RESULT_OK;
    result->data = data;
}

void nitro_result_free(nitro_result *result) {
    cJSON_Delete(result->response);
    result->response = NULL;
    result->data = NULL;
}
