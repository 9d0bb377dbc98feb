/* The credentials of a run and the client that carries them: --api-key or
 * NITRO_API_KEY first, then the session file (its API key, or its access
 * token, renewed with the refresh grant when it has expired); the CA bundle
 * and timeouts the environment sets; and the session as the run holds it. */
#ifndef NITRO_CREDENTIALS_H
#define NITRO_CREDENTIALS_H

#include <stdbool.h>

#include "args.h"
#include "graphql_client.h"
#include "session.h"

/* The GraphQL client for this run, created (and credentials checked) on first
 * use. On failure it reports the error and returns NULL with *exit_code set. */
nitro_client *nitro_ctx_client(nitro_ctx *ctx, int *exit_code);

/* Creates the client for an explicit credential and --cloud-url text,
 * replacing any client this run had (login checks new credentials). */
nitro_client *nitro_ctx_connect(nitro_ctx *ctx, nitro_auth_kind auth, const char *credential, const char *cloud_url,
                                int *exit_code);

/* nitro_ctx_connect for a credential from a known place: `source` names it in
 * the error ("The token read from standard input") when it cannot go into a
 * header, and `refused_code` is the exit code then (NITRO_EXIT_USAGE for what
 * the user gave, NITRO_EXIT_AUTH for a stored or issued credential). */
nitro_client *nitro_ctx_connect_as(nitro_ctx *ctx, nitro_auth_kind auth, const char *credential, const char *source,
                                   int refused_code, const char *cloud_url, int *exit_code);

/* The CA bundle named by CURL_CA_BUNDLE or SSL_CERT_FILE (NULL: the
 * system's); false, reported, when the file cannot be read. */
bool nitro_ctx_ca_file(nitro_ctx *ctx, const char **ca_file);

/* Reads the session file once; ctx->session holds it when OK. */
nitro_session_status nitro_ctx_session(nitro_ctx *ctx);

/* The sign-in that works for this user: "nitro login" when an OAuth client id is known (the session's, or
 * NITRO_CLIENT_ID), else "nitro login --with-token". */
const char *nitro_ctx_login_command(nitro_ctx *ctx);

/* Writes ctx->session atomically to ctx->session_path; reports failures. */
bool nitro_ctx_save_session(nitro_ctx *ctx);

#endif
