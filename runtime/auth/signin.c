/* The OpenID Connect sign-in flows of `nitro login` (see signin.h): PKCE
 * and the loopback redirect, the device code poll, and the id token checks.
 * Apart from the command so the protocol can be read without the storing. */
#include "signin.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "generated/cli.h"
#include "loopback.h"
#include "safe_text.h"
#include "term.h"
#include "url.h"

#define REDIRECT_PATH "/signin-redirect"
/* Bounds of the device flow's numbers (RFC 8628 3.2): the poll interval,
 * and how long a code may live whatever the server says. */
#define INTERVAL_DEFAULT 5
#define INTERVAL_MIN 1
#define INTERVAL_MAX 60
#define CODE_LIFETIME_MAX 3600

/* The warning the API side gives for a plaintext server, for the identity server. */
static void warn_plaintext(const nitro_signin_io *io, const nitro_oidc_config *config) {
    if (config->authority && nitro_endpoint_is_plaintext_remote(config->authority)) {
        char *safe = nitro_safe_text(config->authority);
        fprintf(io->err, "warning: %s is not encrypted: credentials would travel in clear text.\n", safe ? safe : "");
        free(safe);
    }
}

/* Seconds from a server's JSON number, within [low, high]; `fallback` for a
 * missing value, a non-number or NaN. The double is checked before it is
 * converted (1e300 or inf must not reach the cast). */
static long long clamp_seconds(const cJSON *item, long long fallback, long long low, long long high) {
    if (!cJSON_IsNumber(item) || isnan(item->valuedouble)) return fallback;
    double value = item->valuedouble;
    if (value < (double)low) return low;
    if (value > (double)high) return high;
    return (long long)value;
}

static long long monotonic_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

const char *nitro_claim(const cJSON *claims, const char *name) {
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(claims, name);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

static bool audience_has(const cJSON *claims, const char *client_id) {
    const cJSON *aud = cJSON_GetObjectItemCaseSensitive(claims, "aud");
    if (cJSON_IsString(aud)) return strcmp(aud->valuestring, client_id) == 0;
    const cJSON *entry;
    cJSON_ArrayForEach(entry, aud) {
        if (cJSON_IsString(entry) && strcmp(entry->valuestring, client_id) == 0) return true;
    }
    return false;
}

/* Checks the id token came for us: issuer, audience, expiry and nonce. */
static bool check_id_token(const nitro_signin_io *io, nitro_signed_in *result, const nitro_oidc_config *config,
                           const char *client_id, const char *nonce) {
    result->claims = nitro_jwt_claims(result->tokens.id_token);
    const char *problem = NULL;
    const cJSON *exp = cJSON_GetObjectItemCaseSensitive(result->claims, "exp");
    if (!result->claims) {
        problem = "the identity server returned no readable id token";
    } else if (!nitro_claim(result->claims, "iss") || strcmp(nitro_claim(result->claims, "iss"), config->issuer) != 0) {
        problem = "the id token comes from another issuer";
    } else if (!audience_has(result->claims, client_id)) {
        problem = "the id token was issued to another client";
    } else if (!cJSON_IsNumber(exp) || exp->valuedouble < (double)time(NULL)) {
        problem = "the id token has expired";
    } else if (nonce &&
               (!nitro_claim(result->claims, "nonce") || strcmp(nitro_claim(result->claims, "nonce"), nonce) != 0)) {
        problem = "the id token does not carry this sign-in's nonce";
    }
    if (problem) nitro_error_to(io->err, "The sign-in failed: %s.", problem);
    return problem == NULL;
}

int nitro_signin_browser(const nitro_signin_io *io, const nitro_signin_params *params, nitro_oauth *oauth,
                         const nitro_oidc_config *config, nitro_signed_in *result) {
    char why[300];
    nitro_loopback loopback;
    if (!nitro_loopback_open(&loopback, why, sizeof why)) {
        nitro_error_to(io->err, "The sign-in failed: %s", why);
        return NITRO_EXIT_FAILURE;
    }
    char redirect_uri[64];
    snprintf(redirect_uri, sizeof redirect_uri, "http://127.0.0.1:%d%s", loopback.port, REDIRECT_PATH);
    char *verifier = nitro_random_token(32);
    char *challenge = verifier ? nitro_pkce_challenge(verifier) : NULL;
    char *state = nitro_random_token(16);
    char *nonce = nitro_random_token(16);
    char *query = NULL, *code = NULL, *returned_state = NULL, *error = NULL;
    nitro_form url = {0}, form = {0};
    int exit_code = NITRO_EXIT_FAILURE;
    if (!challenge || !state || !nonce) {
        nitro_error_to(io->err, "The sign-in failed: no random data could be read");
        goto done;
    }
    nitro_form_add(&url, "response_type", "code");
    nitro_form_add(&url, "client_id", params->client_id);
    nitro_form_add(&url, "redirect_uri", redirect_uri);
    nitro_form_add(&url, "scope", params->scopes);
    nitro_form_add(&url, "state", state);
    nitro_form_add(&url, "nonce", nonce);
    nitro_form_add(&url, "code_challenge", challenge);
    nitro_form_add(&url, "code_challenge_method", "S256");
    if (!nitro_form_text(&url)) goto done;
    size_t size = strlen(config->authorization_endpoint) + strlen(url.text) + 2;
    char *authorize = malloc(size);
    if (!authorize) goto done;
    snprintf(authorize, size, "%s%c%s", config->authorization_endpoint,
             strchr(config->authorization_endpoint, '?') ? '&' : '?', url.text);
    warn_plaintext(io, config);
    fputs("To sign in, open this page in a browser:\n  ", io->err);
    nitro_put_safe(io->err, authorize);
    fputc('\n', io->err);
    if (!params->no_browser &&
        !nitro_open_browser(authorize, io->getenv_fn, io->env_data, io->options, io->n_options)) {
        fputs("(No browser could be opened: open the page yourself.)\n", io->err);
    }
    free(authorize);
    fputs("Waiting for the sign-in to complete...\n", io->err);

    switch (nitro_loopback_wait(&loopback, REDIRECT_PATH, state, (long)params->timeout * 1000, &query)) {
    case NITRO_LOOPBACK_OK: break;
    case NITRO_LOOPBACK_TIMEOUT:
        nitro_error_to(io->err, "The sign-in did not complete within %lld seconds.", params->timeout);
        goto done;
    case NITRO_LOOPBACK_INTERRUPTED: exit_code = NITRO_EXIT_INTERRUPTED; goto done;
    case NITRO_LOOPBACK_ERROR:
        nitro_error_to(io->err, "The sign-in failed: the redirect could not be read.");
        goto done;
    }
    error = nitro_query_param(query, "error");
    code = nitro_query_param(query, "code");
    returned_state = nitro_query_param(query, "state");
    if (!returned_state || strcmp(returned_state, state) != 0) {
        nitro_error_to(io->err, "The sign-in failed: the redirect's state does not match this sign-in.");
        goto done;
    }
    if (error || !code) {
        char *description = nitro_query_param(query, "error_description");
        /* The identity server's words, made safe for the terminal. */
        char *safe_error = nitro_safe_text(error ? error : "no code");
        char *safe_description = nitro_safe_text(description);
        nitro_error_to(io->err, "The sign-in was refused: %s%s%s", safe_error ? safe_error : "",
                       safe_description ? ": " : "", safe_description ? safe_description : "");
        free(safe_error);
        free(safe_description);
        free(description);
        exit_code = NITRO_EXIT_AUTH;
        goto done;
    }
    nitro_form_add(&form, "grant_type", "authorization_code");
    nitro_form_add(&form, "code", code);
    nitro_form_add(&form, "redirect_uri", redirect_uri);
    nitro_form_add(&form, "code_verifier", verifier);
    nitro_form_add(&form, "client_id", params->client_id);
    if (!nitro_form_text(&form) || !nitro_oauth_token(oauth, config->token_endpoint, form.text, &result->tokens)) {
        nitro_error_to(io->err, "The sign-in failed: %s", oauth->error);
        exit_code = NITRO_EXIT_AUTH;
        goto done;
    }
    exit_code = check_id_token(io, result, config, params->client_id, nonce) ? NITRO_EXIT_OK : NITRO_EXIT_AUTH;
done:
    nitro_loopback_close(&loopback);
    nitro_form_free(&url);
    nitro_form_free(&form);
    free(verifier);
    free(challenge);
    free(state);
    free(nonce);
    free(query);
    free(code);
    free(returned_state);
    free(error);
    return exit_code;
}

/* Sleeps until `until` (monotonic ms) in short steps so that Ctrl-C is
 * noticed; false when interrupted. */
static bool wait_until(long long until) {
    while (monotonic_ms() < until) {
        if (nitro_interrupted) return false;
        long long left = until - monotonic_ms();
        struct timespec step = {0, (left < 100 ? (left > 0 ? left : 0) : 100) * 1000000L};
        nanosleep(&step, NULL);
    }
    return !nitro_interrupted;
}

int nitro_signin_device(const nitro_signin_io *io, const nitro_signin_params *params, nitro_oauth *oauth,
                        const nitro_oidc_config *config, nitro_signed_in *result) {
    if (!config->device_authorization_endpoint) {
        nitro_error_to(io->err, "The identity server does not offer the device-code sign-in; use 'nitro login' without "
                                "--device.");
        return NITRO_EXIT_FAILURE;
    }
    warn_plaintext(io, config);
    nitro_form form = {0};
    nitro_form_add(&form, "client_id", params->client_id);
    nitro_form_add(&form, "scope", params->scopes);
    cJSON *grant = NULL;
    if (!nitro_form_text(&form) ||
        !nitro_oauth_post_form(oauth, config->device_authorization_endpoint, form.text, &grant)) {
        nitro_error_to(io->err, "The sign-in failed: %s", oauth->error);
        nitro_form_free(&form);
        return NITRO_EXIT_AUTH;
    }
    nitro_form_free(&form);
    const char *device_code = nitro_claim(grant, "device_code");
    const char *user_code = nitro_claim(grant, "user_code");
    const char *verification_uri = nitro_claim(grant, "verification_uri");
    const char *complete_uri = nitro_claim(grant, "verification_uri_complete");
    const cJSON *interval_item = cJSON_GetObjectItemCaseSensitive(grant, "interval");
    const cJSON *expires_item = cJSON_GetObjectItemCaseSensitive(grant, "expires_in");
    long long interval = clamp_seconds(interval_item, INTERVAL_DEFAULT, INTERVAL_MIN, INTERVAL_MAX);
    long long lifetime = clamp_seconds(expires_item, CODE_LIFETIME_MAX, 1, CODE_LIFETIME_MAX);
    /* Whichever ends first: the code's life or --timeout, each said in its own words. */
    bool code_expires_first = lifetime < params->timeout;
    if (!code_expires_first) lifetime = params->timeout;
    int exit_code = NITRO_EXIT_AUTH;
    char *safe_code = user_code ? nitro_safe_text(user_code) : NULL;
    if (!device_code || !user_code || !verification_uri) {
        nitro_error_to(io->err, "The sign-in failed: the device authorization answer lacks device_code, user_code or "
                                "verification_uri.");
        goto done;
    }
    /* The identity server's text, made safe for the terminal. */
    fputs("To sign in, open ", io->err);
    nitro_put_safe(io->err, verification_uri);
    fprintf(io->err, " and enter the code %s\n", safe_code ? safe_code : "");
    if (complete_uri) {
        fputs("(or open ", io->err);
        nitro_put_safe(io->err, complete_uri);
        fputs(")\n", io->err);
    }
    fputs("Waiting for the sign-in to complete...\n", io->err);
    long long deadline = monotonic_ms() + lifetime * 1000;
    for (;;) {
        /* Never sleeps past the deadline, whatever the interval. */
        long long next = monotonic_ms() + interval * 1000;
        if (!wait_until(next < deadline ? next : deadline)) {
            exit_code = NITRO_EXIT_INTERRUPTED;
            goto done;
        }
        if (monotonic_ms() >= deadline) {
            if (code_expires_first) {
                nitro_error_to(io->err, "The sign-in did not complete in time: the code %s has expired.",
                               safe_code ? safe_code : "");
            } else {
                nitro_error_to(io->err, "The sign-in did not complete within %lld seconds.", params->timeout);
                exit_code = NITRO_EXIT_FAILURE; /* as the browser flow's wait */
            }
            goto done;
        }
        nitro_form poll = {0};
        nitro_form_add(&poll, "grant_type", "urn:ietf:params:oauth:grant-type:device_code");
        nitro_form_add(&poll, "device_code", device_code);
        nitro_form_add(&poll, "client_id", params->client_id);
        /* A slow token endpoint must not hold the sign-in past the deadline either. */
        long call_timeout = oauth->timeout_ms;
        long long left = deadline - monotonic_ms();
        bool cut = left < oauth->timeout_ms;
        if (cut) oauth->timeout_ms = left > 1000 ? (long)left : 1000;
        bool ok =
            nitro_form_text(&poll) && nitro_oauth_token(oauth, config->token_endpoint, poll.text, &result->tokens);
        oauth->timeout_ms = call_timeout;
        nitro_form_free(&poll);
        if (ok) break;
        if (strcmp(oauth->error_code, "authorization_pending") == 0) continue;
        if (strcmp(oauth->error_code, "slow_down") == 0) {
            interval = interval + 5 < INTERVAL_MAX ? interval + 5 : INTERVAL_MAX; /* RFC 8628 3.5 */
            continue;
        }
        /* Cut short by the deadline (libcurl's clock may end the call a moment before ours reaches it): the
         * wait above ends at the deadline and says so. */
        if (cut || monotonic_ms() >= deadline) continue;
        nitro_error_to(io->err, "The sign-in failed: %s", oauth->error);
        goto done;
    }
    exit_code = check_id_token(io, result, config, params->client_id, NULL) ? NITRO_EXIT_OK : NITRO_EXIT_AUTH;
done:
    free(safe_code);
    cJSON_Delete(grant);
    return exit_code;
}
