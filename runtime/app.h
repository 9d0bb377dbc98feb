/* The context every command handler receives, and the shared steps of a
 * command run: interactivity, prompts for missing input, sending a request
 * and reporting its failure, --jq. The credentials, client and session of
 * the context are set up by auth/credentials.h. */
#ifndef NITRO_APP_H
#define NITRO_APP_H

#include <stdbool.h>
#include <stdio.h>

#include "args.h"
#include "generated/cli.h"
#include "graphql_client.h"
#include "json_out.h"
#include "session.h"

struct nitro_ctx {
    const nitro_command *command;
    nitro_global_opts *global;
    bool interactive; /* prompts and tables allowed */
    bool json;        /* results as JSON (always when not interactive) */
    bool color;
    FILE *out; /* results only */
    FILE *err; /* progress, prompts, warnings, errors */
    nitro_getenv_fn getenv_fn;
    void *env_data;
    nitro_client *client; /* created on the first request */
    char *endpoint;       /* the normalised GraphQL endpoint, once known */
    long timeout_cap_ms;  /* when > 0, no operation may take longer (completion's budget) */
    /* The session file, read on first use. */
    bool session_loaded;
    nitro_session_status session_status;
    nitro_session session;
    char *session_path;
    char session_why[256];
    /* The command that shows whether a mutation whose outcome is unknown was carried out. */
    const char *recheck;
    /* --jq: each JSON document is written to `out` (a memory stream), then
     * filtered onto `stdout_real`. */
    struct nitro_jq *jq;
    FILE *stdout_real;
    char *jq_buffer;
    size_t jq_size;
    bool jq_failed;
    bool said_interrupted; /* "Interrupted." is on stderr already */
};

/* Starts a JSON document on the command's output (filtered by --jq when given). */
void nitro_ctx_json(nitro_ctx *ctx, nitro_json *json);

/* Runs a parsed command line; returns the exit status. */
int nitro_app_run(nitro_parsed *parsed, nitro_getenv_fn getenv_fn, void *env_data);

/* Prints "error: <message>" on stderr. */
void nitro_error(nitro_ctx *ctx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Sends one operation (consuming `variables`); on failure reports it and
 * returns its exit code, else 0 with `result` to decode and free. */
int nitro_execute(nitro_ctx *ctx, const gql_operation *operation, cJSON *variables, const char *label,
                  nitro_result *result);

/* Reports (and frees) a response of the wrong shape; a mutation may have
 * been carried out, and the user is told so. Returns the exit code. */
int nitro_decode_failed(nitro_ctx *ctx, const gql_operation *operation, nitro_result *result, const gql_error *err);

/* The exit status a payload error of this type ends a command with: 1 unless the spec's [exit-codes] says
 * otherwise (UnauthorizedOperation: the credentials were refused, 4). */
int nitro_payload_error_exit(const char *typename);

/* Reports a failed request (transport, HTTP, GraphQL, auth) and returns its exit code. */
int nitro_report_failure(nitro_ctx *ctx, const nitro_result *result);

#endif
