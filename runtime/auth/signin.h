/* Signing in with OpenID Connect as a native app: the authorization code flow
 * with PKCE through the system browser and a loopback redirect (RFC 8252), or
 * the device code flow (RFC 8628); and the checks of the id token either one
 * returns. `nitro login` (commands/login.c) stores what they produce. */
#ifndef NITRO_SIGNIN_H
#define NITRO_SIGNIN_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stdio.h>

#include "args.h"
#include "oauth.h"

/* What the sign-in produced, before it is stored. */
typedef struct {
    nitro_tokens tokens;
    cJSON *claims; /* the id token's, checked */
} nitro_signed_in;

/* What a sign-in asks the identity server for, and how long it waits. */
typedef struct {
    const char *client_id;
    const char *scopes;
    long long timeout; /* seconds the user has to complete it */
    bool no_browser;   /* print the page only (browser flow) */
} nitro_signin_params;

/* Where a sign-in talks to the user, and the environment it reads. */
typedef struct {
    FILE *err; /* the instructions, warnings and errors */
    nitro_getenv_fn getenv_fn;
    void *env_data;
    /* The running command's options: the variables of its secret ones are kept from the browser. */
    const nitro_option *options;
    size_t n_options;
} nitro_signin_io;

/* The browser flow: opens the authorization page, waits for the redirect on
 * 127.0.0.1 and redeems the code. Returns an exit code (0: *result filled). */
int nitro_signin_browser(const nitro_signin_io *io, const nitro_signin_params *params, nitro_oauth *oauth,
                         const nitro_oidc_config *config, nitro_signed_in *result);

/* The device flow: shows a code to enter elsewhere and polls the token
 * endpoint until it is used. Returns an exit code (0: *result filled). */
int nitro_signin_device(const nitro_signin_io *io, const nitro_signin_params *params, nitro_oauth *oauth,
                        const nitro_oidc_config *config, nitro_signed_in *result);

/* A string claim (or any string member of a JSON object); NULL when absent. */
const char *nitro_claim(const cJSON *claims, const char *name);

#endif
