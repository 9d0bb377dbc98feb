/* The context every command handler receives: the parsed global options,
 * whether the run is interactive, its output streams, its credentials,
 * client and session (context/credentials.h), and --jq. Below the commands
 * and above auth: nothing here calls a command. */
#ifndef NITRO_CONTEXT_H
#define NITRO_CONTEXT_H

#include <stdbool.h>
#include <stdio.h>

#include "args.h"
#include "generated/cli.h"
#include "graphql_client.h"
#include "json_out.h"
#include "operation.h"
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
    char session_why[512];
    /* Where the credential in use and the API's URL came from, for the messages of a refusal:
     * "The API key from NITRO_API_KEY", "--cloud-url", "the session's apiUrl"... */
    char credential_source[96];
    const char *cloud_url_origin;
    /* The workspace a command acts on when no --workspace-id names it, once resolved: the session's
     * default, or the workspace of the API key in use as the server named it (`workspace_owned`). */
    bool workspace_resolved;
    const char *workspace;
    char *workspace_owned;
    /* The command that shows whether a mutation whose outcome is unknown was carried out. */
    const char *recheck;
    /* The id of what the mutation being written made, named by that hint (not owned). */
    const char *made_id;
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

/* Flushes a command's result to stdout; when it cannot be written (stdout
 * closed, a broken pipe, an interrupt while blocked on a full one) reports
 * it, with the "may have carried out" hint when `carried_out` (a mutation),
 * and returns the exit code; else 0. A --jq filter that failed on it is a
 * failed write too: a mutation's result (a secret shown once) is lost. */
int nitro_result_written(nitro_ctx *ctx, bool carried_out);

/* Frees what a run's context holds (its client, endpoint and session), for each context that ends. */
void nitro_ctx_release(nitro_ctx *ctx);

/* Prints "error: <message>" on stderr, made safe for a terminal. */
void nitro_error(nitro_ctx *ctx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Compiles --jq before anything is sent (a bad expression is a usage error) and routes the output through
 * it; returns an exit code. nitro_ctx_jq_end undoes it. */
int nitro_ctx_jq_begin(nitro_ctx *ctx, const char *expression);
void nitro_ctx_jq_end(nitro_ctx *ctx);

#endif
