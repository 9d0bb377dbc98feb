/* The command context's own services: an error line on stderr, and each
 * JSON document of the result, filtered by --jq when it was given. */
#include "context.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cJSON.h"
#include "jq.h"
#include "safe_text.h"
#include "term.h"
#include "trace.h"

void nitro_error(nitro_ctx *ctx, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    nitro_verror_to(ctx->err, fmt, ap);
    va_end(ap);
}

/* ---- --jq ----------------------------------------------------------------- */

#define JQ_SECRETS_MAX 16

/* The string values of the document's secret keys ("secret", ...), which a
 * filter's error message may quote; `known` ends with NULL. */
static size_t document_secrets(const cJSON *node, const char **known, size_t n) {
    for (const cJSON *item = node ? node->child : NULL; item && n < JQ_SECRETS_MAX; item = item->next) {
        if (cJSON_IsString(item) && item->string && nitro_trace_secret_key(item->string, strlen(item->string)) &&
            strlen(item->valuestring) >= NITRO_KNOWN_SECRET_MIN)
            known[n++] = item->valuestring;
        else if (cJSON_IsObject(item) || cJSON_IsArray(item))
            n = document_secrets(item, known, n);
    }
    return n;
}

/* jq quotes what it failed on, and cuts long strings ("nitro_pat_..."): a
 * run of NITRO_KNOWN_SECRET_MIN or more bytes that begins a known secret is
 * replaced too, so no piece of one is left. */
static void redact_pieces(char *text, size_t cap, const char *const *known) {
    for (size_t at = 0; text[at]; at++) {
        size_t longest = 0;
        for (size_t k = 0; known[k]; k++) {
            size_t same = 0;
            while (known[k][same] && text[at + same] == known[k][same])
                same++;
            if (same > longest) longest = same;
        }
        if (longest < NITRO_KNOWN_SECRET_MIN) continue;
        size_t mark = sizeof NITRO_TRACE_REDACTED - 1, rest = strlen(text + at + longest);
        if (at + mark + 1 > cap) {
            text[at] = '\0'; /* no room for the mark: the message ends here */
            return;
        }
        if (at + mark + rest + 1 > cap) rest = cap - 1 - at - mark;
        memmove(text + at + mark, text + at + longest, rest);
        memcpy(text + at, NITRO_TRACE_REDACTED, mark);
        text[at + mark + rest] = '\0';
        at += mark - 1;
    }
}

/* jq's message about a failed filter, with the document's secrets and the
 * credential in use redacted as the trace does. */
static void redact_jq_message(nitro_ctx *ctx, const char *why, char *out, size_t cap) {
    const char *known[JQ_SECRETS_MAX + 3] = {0};
    size_t n = 0;
    const char *const *credential = ctx->client ? nitro_client_secrets(ctx->client) : NULL;
    for (; credential && credential[n]; n++)
        known[n] = credential[n];
    cJSON *doc = cJSON_ParseWithLength(ctx->jq_buffer, ctx->jq_size);
    n = document_secrets(doc, known, n);
    known[n] = NULL;
    nitro_redact(why, strlen(why), known, out, cap, NULL);
    redact_pieces(out, cap, known);
    cJSON_Delete(doc);
}

/* Filters the finished document onto the real stdout and starts the next one. */
static void filter_document(void *data) {
    nitro_ctx *ctx = data;
    fclose(ctx->out);
    char why[512];
    if (!ctx->jq_failed && !nitro_jq_run(ctx->jq, ctx->jq_buffer, ctx->jq_size, ctx->stdout_real, why, sizeof why)) {
        char shown[1024];
        redact_jq_message(ctx, why, shown, sizeof shown);
        nitro_error(ctx, "the --jq expression failed: %s", shown);
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
    /* A filter that failed lost the result as surely as a closed stdout: said already (filter_document). */
    if (written && !ctx->jq_failed) return NITRO_EXIT_OK;
    int why = errno;
    /* Interrupted while blocked on output: the end of the run says so (app.c), unless a hint follows. */
    if (nitro_interrupted && !carried_out) return NITRO_EXIT_INTERRUPTED;
    if (nitro_interrupted) {
        fputs("Interrupted.\n", ctx->err); /* before the hint that belongs to it */
        ctx->said_interrupted = true;
    } else if (!written) {
        nitro_error(ctx, "writing the result failed%s%s", why ? ": " : "", why ? strerror(why) : "");
    }
    if (carried_out) {
        /* The server did it; what it answered (a secret shown once) is lost. */
        char *made = ctx->made_id ? nitro_safe_text(ctx->made_id) : NULL;
        fprintf(ctx->err,
                "  hint: the server may have carried out the request; run '%s' to check before trying again%s%s%s.\n",
                ctx->recheck ? ctx->recheck : "nitro --help", made ? " (it made '" : "", made ? made : "",
                made ? "')" : "");
        free(made);
    }
    return nitro_interrupted ? NITRO_EXIT_INTERRUPTED : NITRO_EXIT_FAILURE;
}

void nitro_ctx_release(nitro_ctx *ctx) {
    /* Tested here, not only in nitro_client_free: a run that made no client need not bring the network code's
     * page into memory to learn that (completion without credentials, a refusal before any request). */
    if (ctx->client) nitro_client_free(ctx->client);
    ctx->client = NULL;
    free(ctx->endpoint);
    ctx->endpoint = NULL;
    nitro_session_free(&ctx->session);
    free(ctx->session_path);
    ctx->session_path = NULL;
    free(ctx->workspace_owned);
    ctx->workspace_owned = NULL;
    ctx->workspace = NULL;
    ctx->workspace_resolved = false;
}
