#include "url.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bool has_prefix_nocase(const char *text, const char *prefix) {
    return strncasecmp(text, prefix, strlen(prefix)) == 0;
}

char *nitro_endpoint_from_cloud_url(const char *cloud_url, char *err, size_t err_size) {
    const char *start = cloud_url ? cloud_url : "";
    while (isspace((unsigned char)*start))
        start++;
    size_t len = strlen(start);
    while (len > 0 && isspace((unsigned char)start[len - 1]))
        len--;
    if (len == 0) {
        start = NITRO_DEFAULT_CLOUD_URL;
        len = strlen(start);
    }

    const char *scheme = "https";
    const char *rest = start;
    if (has_prefix_nocase(start, "https://")) {
        rest = start + 8;
    } else if (has_prefix_nocase(start, "http://")) {
        scheme = "http";
        rest = start + 7;
    } else {
        const char *colon_slashes = strstr(start, "://");
        if (colon_slashes && colon_slashes < start + len) {
            snprintf(err, err_size, "invalid cloud URL '%.*s': only http:// and https:// are supported",
                     (int)(len > 200 ? 200 : len), start);
            return NULL;
        }
    }
    size_t rest_len = len - (size_t)(rest - start);
    /* The authority ends at the first '/', '?' or '#'. */
    size_t authority_len = strcspn(rest, "/?#");
    if (authority_len > rest_len) authority_len = rest_len;
    const char *authority = rest;
    const char *at = NULL;
    for (const char *p = authority; p < authority + authority_len; p++) {
        if (*p == '@') at = p;
    }
    if (at) {
        authority_len -= (size_t)(at + 1 - authority);
        authority = at + 1;
    }
    bool valid = authority_len > 0;
    for (size_t i = 0; i < authority_len && valid; i++) {
        unsigned char c = (unsigned char)authority[i];
        valid = isalnum(c) || strchr("-._:[]%", c) != NULL;
    }
    if (!valid) {
        snprintf(err, err_size, "invalid cloud URL '%.*s': expected a host name such as %s",
                 (int)(len > 200 ? 200 : len), start, NITRO_DEFAULT_CLOUD_URL);
        return NULL;
    }
    size_t size = strlen(scheme) + 3 + authority_len + sizeof "/graphql";
    char *endpoint = malloc(size);
    if (!endpoint) {
        snprintf(err, err_size, "out of memory");
        return NULL;
    }
    snprintf(endpoint, size, "%s://%.*s/graphql", scheme, (int)authority_len, authority);
    for (char *p = endpoint + strlen(scheme) + 3; *p && *p != '/'; p++)
        *p = (char)tolower((unsigned char)*p);
    return endpoint;
}

/* True for an IPv4 literal in 127.0.0.0/8 ("127.evil.com" is a DNS name, not loopback). */
static bool is_loopback_ipv4(const char *host, size_t len) {
    if (len < 4 || strncmp(host, "127.", 4) != 0) return false;
    int dots = 0;
    for (size_t i = 0; i < len; i++) {
        if (host[i] == '.') {
            dots++;
        } else if (!isdigit((unsigned char)host[i])) {
            return false;
        }
    }
    return dots == 3;
}

bool nitro_endpoint_is_plaintext_remote(const char *endpoint) {
    if (!has_prefix_nocase(endpoint, "http://")) return false;
    const char *host = endpoint + 7;
    size_t len = strcspn(host, host[0] == '[' ? "]" : ":/");
    if (host[0] == '[') {
        if (host[len] != ']') return true;
        len++;
    }
    if (host[len] != '\0' && host[len] != ':' && host[len] != '/') return true; /* "[::1].evil.com" */
    bool loopback = (len == 9 && strncasecmp(host, "localhost", 9) == 0) ||
                    (len == 5 && strncmp(host, "[::1]", 5) == 0) || is_loopback_ipv4(host, len);
    return !loopback;
}

char *nitro_url_escape(const char *text) {
    static const char hex[] = "0123456789ABCDEF";
    size_t len = strlen(text);
    char *out = malloc(len * 3 + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        /* Not isalnum: it follows the locale. */
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' ||
            *p == '.' || *p == '_' || *p == '~') {
            out[o++] = (char)*p;
        } else {
            out[o++] = '%';
            out[o++] = hex[*p >> 4];
            out[o++] = hex[*p & 15];
        }
    }
    out[o] = '\0';
    return out;
}
