/* The command context's own services: an error line on stderr, and each
 * JSON document of the result, filtered by --jq when it was given. */
#include "context.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "jq.h"
#include "safe_text.h"
#include "term.h"

void nitro_error(nitro_ctx *ctx, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    nitro_verror_to(ctx->err, fmt, ap);
    va_end(ap);
}

/* ---- --jq ----------------------------------------------------------------- */

/* Filters the finished document onto the real stdout and starts the next one. */
static void filter_document(void *data) {
    nitro_ctx *ctx = data;
    fclose(ctx->out);
    char why[512];
    if (!ctx->jq_failed && !nitro_jq_run(ctx->jq, ctx->jq_buffer, ctx->jq_size, ctx->stdout_real, why, sizeof why)) {
        nitro_error(ctx, "the --jq expression failed: %s", why);
        ctx->jq_failed = true;
    }
    nitro_output_flush(ctx->stdout_real); /* checked where the document ends */
    free(ctx->jq_buffer);
    ctx->jq_buffer = NULL;
    ctx->out = open_memstream(&ctx->jq_buffer, &ctx->jq_size);
    if (!ctx->out) ctx->out = fopen("/dev/null", "w"); /* out of memory: what follows is lost, and said so */
    if (!ctx->out) ctx->jq_failed = true;
}

void nitro_ctx_json(nitro_ctx *ctx, nitro_json *json) {
    nitro_json_init(json, ctx->out);
    if (ctx->jq) {
        json->on_finish = filter_document;
        json->finish_data = ctx;
    }
}

/* Compiles --jq before anything is sent: a bad expression is a usage error. */
int nitro_ctx_jq_begin(nitro_ctx *ctx, const char *expression) {
    char why[512];
    switch (nitro_jq_compile(expression, &ctx->jq, why, sizeof why)) {
    case NITRO_JQ_OK: break;
    case NITRO_JQ_SYNTAX:
        nitro_error(ctx, "invalid value '%s' for '--jq <expression>': %s", expression, why);
        return NITRO_EXIT_USAGE;
    case NITRO_JQ_UNAVAILABLE:
        nitro_error(ctx, "--jq needs libjq (Debian: apt-get install libjq1): %s", why);
        return NITRO_EXIT_FAILURE;
    case NITRO_JQ_NOMEM: nitro_error(ctx, "There was an unexpected error: out of memory"); return NITRO_EXIT_FAILURE;
    }
    ctx->stdout_real = ctx->out;
    ctx->out = open_memstream(&ctx->jq_buffer, &ctx->jq_size);
    if (!ctx->out) {
        ctx->out = ctx->stdout_real;
        nitro_error(ctx, "There was an unexpected error: out of memory");
        return NITRO_EXIT_FAILURE;
    }
    /* Filtered output is for scripts: JSON in, no prompts, no tables. */
    ctx->interactive = false;
    ctx->json = true;
    return NITRO_EXIT_OK;
}

void nitro_ctx_jq_end(nitro_ctx *ctx) {
    if (!ctx->jq) return;
    fclose(ctx->out); /* an unfinished document (a failure midway) is not filtered */
    free(ctx->jq_buffer);
    ctx->out = ctx->stdout_real;
    nitro_jq_free(ctx->jq);
    ctx->jq = NULL;
}

int nitro_result_written(nitro_ctx *ctx, bool carried_out) {
    errno = 0;
    bool written = nitro_output_flush(ctx->out);
    if (ctx->stdout_real) written = nitro_output_flush(ctx->stdout_real) && written;
    if (written) return NITRO_EXIT_OK;
    int why = errno;
    /* Interrupted while blocked on output: the end of the run says so (app.c), unless a hint follows. */
    if (nitro_interrupted && !carried_out) return NITRO_EXIT_INTERRUPTED;
    if (nitro_interrupted) {
        fputs("Interrupted.\n", ctx->err); /* before the hint that belongs to it */
        ctx->said_interrupted = true;
    } else {
        nitro_error(ctx, "writing the result failed%s%s", why ? ": " : "", why ? strerror(why) : "");
    }
    if (carried_out) {
        /* The server did it; what it answered (a secret shown once) is lost. */
        fprintf(ctx->err,
                "  hint: the server may have carried out the request; run '%s' to check before trying again.\n",
                ctx->recheck ? ctx->recheck : "nitro --help");
    }
    return nitro_interrupted ? NITRO_EXIT_INTERRUPTED : NITRO_EXIT_FAILURE;
}
