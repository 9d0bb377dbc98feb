/* OpenID Connect for `nitro login`: discovery, PKCE, the token endpoint
 * (authorization code, refresh, device code) and id token claims. */
#ifndef NITRO_OAUTH_H
#define NITRO_OAUTH_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

#include "http.h"

typedef struct {
    char *authority; /* the URL nitro was given, without trailing '/' */
    char *issuer;
    char *authorization_endpoint;
    char *token_endpoint;
    char *device_authorization_endpoint; /* NULL when the server has none */
    char *end_session_endpoint;          /* NULL when the server has none */
} nitro_oidc_config;

typedef struct {
    char *access_token;
    char *refresh_token;
    char *id_token;
    long long expires_in; /* seconds; 0 when the server did not say */
} nitro_tokens;

typedef struct {
    nitro_http *http;
    long timeout_ms;
    const char *ca_file; /* a custom CA bundle, or NULL for the system's */
    char error[512];     /* a sentence for the user when a call fails */
    char error_code[64]; /* the OAuth "error" value, e.g. authorization_pending */
} nitro_oauth;

bool nitro_oauth_init(nitro_oauth *oauth, long timeout_ms, const char *ca_file);
void nitro_oauth_cleanup(nitro_oauth *oauth);

/* Reads <authority>/.well-known/openid-configuration. Every endpoint it
 * names must be an https URL, an http URL on a loopback address, or an http
 * URL on the authority's own origin (scheme, host and port): a plaintext
 * endpoint elsewhere would receive codes, verifiers and refresh tokens in
 * clear text over the network. A URL with user-info, spaces or control
 * characters is refused as well. On failure *config is left empty. */
bool nitro_oidc_discover(nitro_oauth *oauth, const char *authority, nitro_oidc_config *config);
void nitro_oidc_config_free(nitro_oidc_config *config);

/* POSTs a form to the token endpoint; on an OAuth error, error_code is set. */
bool nitro_oauth_token(nitro_oauth *oauth, const char *token_endpoint, const char *form, nitro_tokens *tokens);
void nitro_tokens_free(nitro_tokens *tokens);

/* Wipes a secret string before freeing it. */
void nitro_secret_free(char *secret);

/* POSTs a form to any endpoint and parses a JSON object answer (the device
 * authorization endpoint). *json is owned by the caller. */
bool nitro_oauth_post_form(nitro_oauth *oauth, const char *url, const char *form, cJSON **json);

/* GETs a URL and ignores the answer beyond its status (end-session): true
 * for any 2xx, with or without a body; false for anything else or no answer. */
bool nitro_oauth_get(nitro_oauth *oauth, const char *url);

/* The claims of a JWT, decoded but not verified: nitro takes id tokens only
 * straight from the token endpoint over TLS (OpenID Connect Core 3.1.3.7). */
cJSON *nitro_jwt_claims(const char *jwt);

/* Random URL-safe text from `bytes` random bytes (state, nonce, verifier). */
char *nitro_random_token(size_t bytes);
/* base64url(SHA-256(verifier)), the S256 code challenge. */
char *nitro_pkce_challenge(const char *verifier);

/* A growing "k=v&k=v" form or query string with percent-encoding. */
typedef struct {
    char *text;
    size_t len, cap;
    bool failed;
} nitro_form;

void nitro_form_add(nitro_form *form, const char *key, const char *value);
/* The text (owned by the form), or NULL when out of memory. */
const char *nitro_form_text(nitro_form *form);
void nitro_form_free(nitro_form *form);

/* Percent-decodes a query value in place. */
void nitro_url_decode(char *text);

#endif
