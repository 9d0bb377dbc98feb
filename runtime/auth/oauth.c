#include "oauth.h"

#include <ctype.h>
#include <fcntl.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "safe_text.h"
#include "sha256.h"
#include "url.h"

#define MAX_OAUTH_RESPONSE (1u << 20)
/* An access token's lifetime is kept within this (seconds): a server's 1e300
 * must neither overflow the cast nor the expiry date computed from it. */
#define TOKEN_LIFETIME_MAX (366LL * 24 * 3600)

bool nitro_oauth_init(nitro_oauth *oauth, long timeout_ms, const char *ca_file) {
    memset(oauth, 0, sizeof *oauth);
    oauth->timeout_ms = timeout_ms;
    oauth->ca_file = ca_file;
    oauth->http = nitro_http_new();
    if (!oauth->http) snprintf(oauth->error, sizeof oauth->error, "could not set up the HTTP client");
    return oauth->http != NULL;
}

void nitro_oauth_cleanup(nitro_oauth *oauth) {
    nitro_http_free(oauth->http);
    oauth->http = NULL;
}

/* ---- encodings --------------------------------------------------------- */

static char *base64url(const uint8_t *data, size_t len) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char *out = malloc(len * 4 / 3 + 4);
    if (!out) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len; i += 3) {
        uint32_t v = (uint32_t)data[i] << 16;
        if (i + 1 < len) v |= (uint32_t)data[i + 1] << 8;
        if (i + 2 < len) v |= data[i + 2];
        out[o++] = alphabet[(v >> 18) & 63];
        out[o++] = alphabet[(v >> 12) & 63];
        if (i + 1 < len) out[o++] = alphabet[(v >> 6) & 63];
        if (i + 2 < len) out[o++] = alphabet[v & 63];
    }
    out[o] = '\0';
    return out;
}

/* Decodes base64url (padding optional); NULL on a bad character. */
static char *base64url_decode(const char *text, size_t len, size_t *out_len) {
    char *out = malloc(len * 3 / 4 + 4);
    if (!out) return NULL;
    uint32_t acc = 0;
    int bits = 0;
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        int v;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            v = c - '0' + 52;
        else if (c == '-' || c == '+')
            v = 62;
        else if (c == '_' || c == '/')
            v = 63;
        else if (c == '=')
            break;
        else {
            free(out);
            return NULL;
        }
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (char)((acc >> bits) & 0xff);
        }
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}

char *nitro_random_token(size_t bytes) {
    uint8_t buffer[64];
    if (bytes > sizeof buffer) return NULL;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    size_t got = 0;
    while (got < bytes) {
        ssize_t n = read(fd, buffer + got, bytes - got);
        if (n <= 0) break;
        got += (size_t)n;
    }
    close(fd);
    return got == bytes ? base64url(buffer, bytes) : NULL;
}

char *nitro_pkce_challenge(const char *verifier) {
    uint8_t digest[32];
    nitro_sha256(verifier, strlen(verifier), digest);
    return base64url(digest, sizeof digest);
}

static void form_append(nitro_form *form, const char *text, size_t len) {
    if (form->failed) return;
    if (form->len + len + 1 > form->cap) {
        size_t cap = form->cap ? form->cap * 2 : 256;
        while (cap < form->len + len + 1)
            cap *= 2;
        char *grown = realloc(form->text, cap);
        if (!grown) {
            form->failed = true;
            return;
        }
        form->text = grown;
        form->cap = cap;
    }
    memcpy(form->text + form->len, text, len);
    form->len += len;
    form->text[form->len] = '\0';
}

static void form_append_encoded(nitro_form *form, const char *text) {
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || strchr("-._~", *p)) {
            form_append(form, (const char *)p, 1);
        } else {
            char escaped[4];
            snprintf(escaped, sizeof escaped, "%%%02X", *p);
            form_append(form, escaped, 3);
        }
    }
}

void nitro_form_add(nitro_form *form, const char *key, const char *value) {
    if (form->len > 0) form_append(form, "&", 1);
    form_append_encoded(form, key);
    form_append(form, "=", 1);
    form_append_encoded(form, value ? value : "");
}

const char *nitro_form_text(nitro_form *form) {
    if (!form->text && !form->failed) form_append(form, "", 0);
    return form->failed ? NULL : form->text;
}

void nitro_form_free(nitro_form *form) {
    if (form->text) memset(form->text, 0, form->len); /* forms carry codes and refresh tokens */
    free(form->text);
    memset(form, 0, sizeof *form);
}

void nitro_url_decode(char *text) {
    char *out = text;
    for (char *p = text; *p; p++) {
        if (*p == '+') {
            *out++ = ' ';
        } else if (*p == '%' && p[1] && p[2]) {
            char hex[3] = {p[1], p[2], '\0'};
            char *end;
            long v = strtol(hex, &end, 16);
            if (*end == '\0') {
                *out++ = (char)v;
                p += 2;
            } else {
                *out++ = *p;
            }
        } else {
            *out++ = *p;
        }
    }
    *out = '\0';
}

/* ---- requests ---------------------------------------------------------- */

/* Sends a GET (form NULL) or a form POST; *json is the parsed object answer.
 * With need_json false a 2xx without a JSON object is fine too. */
static bool send_request(nitro_oauth *oauth, const char *url, const char *form, long *status, cJSON **json,
                         bool need_json) {
    const char *headers[] = {"Accept: application/json",
                             form ? "Content-Type: application/x-www-form-urlencoded" : NULL, NULL};
    nitro_http_request request = {
        .url = url,
        .headers = headers,
        .body = form,
        .body_len = form ? strlen(form) : 0,
        .connect_timeout_ms = oauth->timeout_ms < 10000 ? oauth->timeout_ms : 10000,
        .timeout_ms = oauth->timeout_ms,
        .max_response_bytes = MAX_OAUTH_RESPONSE,
        .ca_file = oauth->ca_file,
    };
    nitro_http_response response;
    nitro_http_status result = nitro_http_post(oauth->http, &request, &response);
    *json = NULL;
    if (result != NITRO_HTTP_OK) {
        snprintf(oauth->error, sizeof oauth->error, "%s: %s", url, response.error);
        nitro_http_response_free(&response);
        return false;
    }
    *status = response.status;
    cJSON *parsed = response.body ? cJSON_ParseWithLength(response.body, response.len) : NULL;
    nitro_http_response_free(&response);
    if (!cJSON_IsObject(parsed)) {
        cJSON_Delete(parsed);
        if (need_json && *status >= 200 && *status <= 299) {
            snprintf(oauth->error, sizeof oauth->error, "%s did not answer with a JSON object", url);
            return false;
        }
        return true; /* the status says enough */
    }
    *json = parsed;
    return true;
}

static bool exchange(nitro_oauth *oauth, const char *url, const char *form, long *status, cJSON **json) {
    return send_request(oauth, url, form, status, json, true);
}

static char *dup_string(const cJSON *object, const char *key) {
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    return cJSON_IsString(item) ? strdup(item->valuestring) : NULL;
}

/* The origin of an http(s) URL, lower-cased with the default port dropped
 * ("http://host:80/x" -> "http://host"), into `out`; false for anything
 * else, or a URL with user-info ("https://good@evil") or odd characters. */
static bool url_origin(const char *url, char *out, size_t size) {
    size_t scheme_len = strncasecmp(url, "https://", 8) == 0 ? 8 : strncasecmp(url, "http://", 7) == 0 ? 7 : 0;
    if (!scheme_len) return false;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
        if (*p <= ' ' || *p >= 0x7f || *p == '\\') return false;
    }
    size_t len = strcspn(url + scheme_len, "/?#");
    if (len == 0 || memchr(url + scheme_len, '@', len) || scheme_len + len >= size) return false;
    for (size_t i = 0; i < scheme_len + len; i++)
        out[i] = (char)tolower((unsigned char)url[i]);
    out[scheme_len + len] = '\0';
    const char *default_port = scheme_len == 8 ? ":443" : ":80";
    size_t total = scheme_len + len, port_len = strlen(default_port);
    if (total > port_len && strcmp(out + total - port_len, default_port) == 0) out[total - port_len] = '\0';
    return true;
}

/* NULL when `endpoint` may be used (see nitro_oidc_discover), else why not. */
static const char *endpoint_problem(const char *endpoint, const char *authority_origin) {
    char origin[1024];
    if (!url_origin(endpoint, origin, sizeof origin)) return "is not an http(s) URL";
    /* https, or http that never leaves this machine (the API's rule for its plaintext warning). */
    if (!nitro_endpoint_is_plaintext_remote(endpoint)) return NULL;
    if (authority_origin && strcmp(origin, authority_origin) == 0) return NULL;
    return "is plain http on another address than the identity server's: it would receive secrets in clear text";
}

bool nitro_oidc_discover(nitro_oauth *oauth, const char *authority, nitro_oidc_config *config) {
    memset(config, 0, sizeof *config);
    size_t len = strlen(authority);
    while (len > 0 && authority[len - 1] == '/')
        len--;
    config->authority = strndup(authority, len);
    if (!config->authority) {
        snprintf(oauth->error, sizeof oauth->error, "out of memory");
        return false;
    }
    char url[1024];
    snprintf(url, sizeof url, "%.*s/.well-known/openid-configuration", (int)(len > 900 ? 900 : len), authority);
    long status = 0;
    cJSON *json = NULL;
    bool answered = exchange(oauth, url, NULL, &status, &json);
    if (!answered || status != 200 || !json) {
        if (answered) {
            snprintf(oauth->error, sizeof oauth->error, "%.400s answered %ld: is it an OpenID Connect server?", url,
                     status);
        }
        cJSON_Delete(json);
        nitro_oidc_config_free(config); /* nothing half-filled is left behind */
        return false;
    }
    config->issuer = dup_string(json, "issuer");
    config->authorization_endpoint = dup_string(json, "authorization_endpoint");
    config->token_endpoint = dup_string(json, "token_endpoint");
    config->device_authorization_endpoint = dup_string(json, "device_authorization_endpoint");
    config->end_session_endpoint = dup_string(json, "end_session_endpoint");
    cJSON_Delete(json);
    if (!config->issuer || !config->authorization_endpoint || !config->token_endpoint) {
        snprintf(oauth->error, sizeof oauth->error, "%.400s lacks issuer, authorization_endpoint or token_endpoint",
                 url);
        nitro_oidc_config_free(config);
        return false;
    }
    char authority_origin[1024];
    bool has_origin = url_origin(config->authority, authority_origin, sizeof authority_origin);
    const struct {
        const char *name, *value;
    } endpoints[] = {
        {"authorization_endpoint", config->authorization_endpoint},
        {"token_endpoint", config->token_endpoint},
        {"device_authorization_endpoint", config->device_authorization_endpoint},
        {"end_session_endpoint", config->end_session_endpoint},
    };
    for (size_t i = 0; i < sizeof endpoints / sizeof *endpoints; i++) {
        const char *problem =
            endpoints[i].value ? endpoint_problem(endpoints[i].value, has_origin ? authority_origin : NULL) : NULL;
        if (problem) {
            /* Refused before anything is sent to it; the server's text is made safe for the terminal. */
            char *safe = nitro_safe_text(endpoints[i].value);
            snprintf(oauth->error, sizeof oauth->error, "the discovery document's %s (%.300s) %s", endpoints[i].name,
                     safe ? safe : "", problem);
            free(safe);
            nitro_oidc_config_free(config);
            return false;
        }
    }
    return true;
}

void nitro_oidc_config_free(nitro_oidc_config *config) {
    free(config->authority);
    free(config->issuer);
    free(config->authorization_endpoint);
    free(config->token_endpoint);
    free(config->device_authorization_endpoint);
    free(config->end_session_endpoint);
    memset(config, 0, sizeof *config);
}

/* Records an OAuth error answer ({"error", "error_description"}). The
 * sentence for the user has the server's words made safe for a terminal;
 * error_code keeps the raw value for comparisons. */
static void read_oauth_error(nitro_oauth *oauth, const cJSON *json, long status) {
    const cJSON *code = cJSON_GetObjectItemCaseSensitive(json, "error");
    const cJSON *description = cJSON_GetObjectItemCaseSensitive(json, "error_description");
    snprintf(oauth->error_code, sizeof oauth->error_code, "%s", cJSON_IsString(code) ? code->valuestring : "");
    char *safe_code = nitro_safe_text(oauth->error_code);
    char *safe_description = cJSON_IsString(description) ? nitro_safe_text(description->valuestring) : NULL;
    if (safe_description) {
        snprintf(oauth->error, sizeof oauth->error, "%s (%s)", safe_description, safe_code ? safe_code : "");
    } else if (oauth->error_code[0]) {
        snprintf(oauth->error, sizeof oauth->error, "the identity server answered %s", safe_code ? safe_code : "");
    } else {
        snprintf(oauth->error, sizeof oauth->error, "the identity server answered HTTP %ld", status);
    }
    free(safe_code);
    free(safe_description);
}

bool nitro_oauth_token(nitro_oauth *oauth, const char *token_endpoint, const char *form, nitro_tokens *tokens) {
    memset(tokens, 0, sizeof *tokens);
    oauth->error_code[0] = '\0';
    long status = 0;
    cJSON *json = NULL;
    if (!exchange(oauth, token_endpoint, form, &status, &json)) return false;
    if (status != 200 || !json) {
        read_oauth_error(oauth, json, status);
        cJSON_Delete(json);
        return false;
    }
    tokens->access_token = dup_string(json, "access_token");
    tokens->refresh_token = dup_string(json, "refresh_token");
    tokens->id_token = dup_string(json, "id_token");
    const cJSON *expires = cJSON_GetObjectItemCaseSensitive(json, "expires_in");
    /* The double is checked before the cast: NaN, 1e300 or a negative value is not a lifetime. */
    double lifetime = cJSON_IsNumber(expires) ? expires->valuedouble : 0;
    tokens->expires_in = isnan(lifetime) || lifetime <= 0        ? 0
                         : lifetime > (double)TOKEN_LIFETIME_MAX ? TOKEN_LIFETIME_MAX
                                                                 : (long long)lifetime;
    cJSON_Delete(json);
    if (!tokens->access_token) {
        snprintf(oauth->error, sizeof oauth->error, "the token endpoint returned no access_token");
        nitro_tokens_free(tokens);
        return false;
    }
    return true;
}

void nitro_secret_free(char *secret) {
    if (secret) memset(secret, 0, strlen(secret));
    free(secret);
}

void nitro_tokens_free(nitro_tokens *tokens) {
    nitro_secret_free(tokens->access_token);
    nitro_secret_free(tokens->refresh_token);
    nitro_secret_free(tokens->id_token);
    memset(tokens, 0, sizeof *tokens);
}

bool nitro_oauth_post_form(nitro_oauth *oauth, const char *url, const char *form, cJSON **json) {
    long status = 0;
    oauth->error_code[0] = '\0';
    if (!exchange(oauth, url, form, &status, json)) return false;
    if (status != 200 || !*json) {
        read_oauth_error(oauth, *json, status);
        cJSON_Delete(*json);
        *json = NULL;
        return false;
    }
    return true;
}

bool nitro_oauth_get(nitro_oauth *oauth, const char *url) {
    long status = 0;
    cJSON *json = NULL;
    bool ok = send_request(oauth, url, NULL, &status, &json, false);
    cJSON_Delete(json);
    return ok && status >= 200 && status <= 299;
}

cJSON *nitro_jwt_claims(const char *jwt) {
    const char *first = jwt ? strchr(jwt, '.') : NULL;
    const char *second = first ? strchr(first + 1, '.') : NULL;
    if (!second) return NULL;
    size_t len = 0;
    char *payload = base64url_decode(first + 1, (size_t)(second - first - 1), &len);
    if (!payload) return NULL;
    cJSON *claims = cJSON_ParseWithLength(payload, len);
    free(payload);
    if (!cJSON_IsObject(claims)) {
        cJSON_Delete(claims);
        return NULL;
    }
    return claims;
}
