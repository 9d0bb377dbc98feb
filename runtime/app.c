/* A command run from the parsed command line to its exit status: whether it
 * may prompt and print tables, prompts for missing input, the user-facing
 * report of a failed request, and --jq filtering of each JSON document.
 * Credentials are auth/credentials.c's; what a command does is commands/'s. */
#include "app.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "credentials.h"
#include "executor.h"
#include "http.h"
#include "jq.h"
#include "safe_text.h"
#include "term.h"

void nitro_error(nitro_ctx *ctx, const char *fmt, ...) {
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int len = vsnprintf(NULL, 0, fmt, ap);
    char *text = len >= 0 ? malloc((size_t)len + 1) : NULL;
    if (text) vsnprintf(text, (size_t)len + 1, fmt, again);
    va_end(again);
    va_end(ap);
    /* Every error passes here: what the server or libcurl put in it (a certificate's subject name) is made
     * safe for a terminal once, whatever the caller did. */
    fputs("error: ", ctx->err);
    nitro_put_safe(ctx->err, text ? text : "out of memory");
    fputc('\n', ctx->err);
    free(text);
}

int nitro_report_failure(nitro_ctx *ctx, const nitro_result *result) {
    int code = NITRO_EXIT_FAILURE;
    switch (result->kind) {
    case NITRO_RESULT_OK: return NITRO_EXIT_OK;
    case NITRO_RESULT_AUTH:
        nitro_error(ctx, "The server rejected your request as unauthorized. Ensure your account or API key has the "
                         "proper permissions for this action.");
        /* Credentials the server does not know may be meant for another server; credentials it knows
         * but does not allow this (AUTH_NOT_AUTHORIZED: outside an API key's scope) are not. */
        if (ctx->global->cloud_url.source != NITRO_SRC_DEFAULT && strcmp(result->code, "AUTH_NOT_AUTHORIZED") != 0) {
            fprintf(ctx->err, "  hint: the request went to %s; check that --cloud-url names the right server.\n",
                    ctx->endpoint);
        }
        code = NITRO_EXIT_AUTH;
        break;
    case NITRO_RESULT_HTTP:
        /* The Nitro CLI's wording: .NET's status names, and 413 explained on its own. */
        if (result->http_status == 413) {
            nitro_error(ctx, "The server returned a 413 (Request Entity Too Large) HTTP status code. If you are "
                             "running a self-hosted instance, check your ingress controller body-size limits, "
                             "reverse proxy settings, or load balancer request size limits.");
        } else if (result->http_status > 0) {
            char number[24];
            nitro_error(ctx, "The server returned an unexpected HTTP status code (%ld - %s)", result->http_status,
                        nitro_http_status_name(result->http_status, number, sizeof number));
        } else {
            nitro_error(ctx, "The server returned an unexpected HTTP status code.");
        }
        break;
    case NITRO_RESULT_GRAPHQL:
        /* The server's codes for a document it does not know (HC0020 is the older one) say more than the
         * message does; the second line of HC0020 is indented like every continuation on stderr. */
        if (strcmp(result->code, "HC0067") == 0) {
            nitro_error(ctx, "The server rejected the persisted operation of the command. Make sure your Nitro "
                             "backend is on the latest version.");
        } else if (strcmp(result->code, "HC0020") == 0) {
            nitro_error(ctx, "The server rejected the persisted operation of the command.");
            fputs("  If you are targeting a self-hosted instance, make sure it's running the latest version, or "
                  "downgrade your CLI to match.\n",
                  ctx->err);
        } else {
            /* The server's words, made safe for a terminal. */
            char *message = nitro_safe_text(result->message), *code_text = nitro_safe_text(result->code);
            if (code_text && code_text[0]) {
                nitro_error(ctx, "The server returned an unexpected GraphQL error: %s (%s)", message, code_text);
            } else {
                nitro_error(ctx, "The server returned an unexpected GraphQL error: %s", message ? message : "");
            }
            free(message);
            free(code_text);
        }
        break;
    case NITRO_RESULT_BAD_RESPONSE:
    case NITRO_RESULT_TRANSPORT: nitro_error(ctx, "%s", result->message); break;
    case NITRO_RESULT_INTERRUPTED:
        fputs("Interrupted.\n", ctx->err);
        ctx->said_interrupted = true;
        code = NITRO_EXIT_INTERRUPTED;
        break;
    }
    if (result->maybe_applied) {
        fprintf(ctx->err,
                "  hint: the server may have carried out the request before it failed; nitro never sends it twice: "
                "run '%s' to check before trying again.\n",
                ctx->recheck ? ctx->recheck : "nitro --help");
    }
    return code;
}

int nitro_payload_error_exit(const char *typename) {
    for (size_t i = 0; typename && i < nitro_payload_exit_count; i++)
        if (strcmp(nitro_payload_exits[i].typename, typename) == 0) return nitro_payload_exits[i].code;
    return NITRO_EXIT_FAILURE;
}

int nitro_execute(nitro_ctx *ctx, const gql_operation *operation, cJSON *variables, const char *label,
                  nitro_result *result) {
    int code = NITRO_EXIT_OK;
    nitro_client *client = nitro_ctx_client(ctx, &code);
    memset(result, 0, sizeof *result);
    if (!client) {
        cJSON_Delete(variables);
        return code;
    }
    if (!nitro_client_execute(client, operation, variables, label, result)) {
        code = nitro_report_failure(ctx, result);
        nitro_result_free(result);
    }
    return code;
}

int nitro_decode_failed(nitro_ctx *ctx, const gql_operation *operation, nitro_result *result, const gql_error *err) {
    nitro_result_free(result);
    nitro_error(ctx, "The server returned an unexpected response: %s", err->message);
    if (operation->is_mutation) {
        fprintf(ctx->err,
                "  hint: the server may have carried out the request; run '%s' to check before trying again.\n",
                ctx->recheck ? ctx->recheck : "nitro --help");
    }
    return NITRO_EXIT_FAILURE;
}

static void report_missing(nitro_ctx *ctx, const nitro_parsed *parsed) {
    if (parsed->missing_arg) {
        nitro_error(ctx, "Missing required argument '<%s>'.", parsed->missing_arg->value_name);
    } else {
        nitro_error(ctx, "Missing required option '--%s'.", parsed->missing_option->name);
    }
    fprintf(ctx->err, "\nUsage: %s\n\nFor more information, try '%s --help'.\n", parsed->command->usage,
            parsed->command->words);
}

/* Prompts for each missing required input; returns an exit code, or -1 to go on. */
static int prompt_missing(nitro_ctx *ctx, nitro_parsed *parsed) {
    while (parsed->missing_option || parsed->missing_arg) {
        const char *question = parsed->missing_arg ? parsed->missing_arg->prompt : parsed->missing_option->prompt;
        size_t offset = parsed->missing_arg ? parsed->missing_arg->offset : parsed->missing_option->offset;
        const nitro_behaviour *behaviour = parsed->command->behaviour;
        if (ctx->interactive && behaviour && !parsed->missing_arg) {
            int code = nitro_fill_pick(ctx, behaviour, parsed->opts, offset);
            if (code > 0) return code;
            if (code == 0) {
                nitro_parsed_find_missing(parsed);
                continue;
            }
        }
        if (!ctx->interactive || !question) {
            report_missing(ctx, parsed);
            return NITRO_EXIT_USAGE;
        }
        const char *fallback = parsed->missing_arg ? NULL : parsed->missing_option->prompt_default;
        char asked[512];
        if (fallback) snprintf(asked, sizeof asked, "%s [%s]", question, fallback);
        char *answer = NULL;
        nitro_prompt_status status = nitro_prompt_line(ctx->err, fallback ? asked : question, &answer);
        if (status == NITRO_PROMPT_INTERRUPTED) return NITRO_EXIT_INTERRUPTED;
        if (status == NITRO_PROMPT_EOF) {
            report_missing(ctx, parsed);
            return NITRO_EXIT_USAGE;
        }
        if (*answer == '\0' && fallback) {
            free(answer);
            answer = strdup(fallback);
            if (!answer) return NITRO_EXIT_FAILURE;
        } else if (*answer == '\0' || (!parsed->missing_arg && (parsed->missing_option->flags & NITRO_OPT_NON_EMPTY) &&
                                       answer[strspn(answer, " \t")] == '\0')) {
            free(answer);
            continue; /* a required value cannot be empty (nor only spaces where it means nothing): ask again */
        }
        nitro_str_value *value = nitro_str_at(parsed->opts, offset);
        value->value = value->owned = answer;
        value->source = NITRO_SRC_PROMPT;
        nitro_parsed_find_missing(parsed);
    }
    return -1;
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
static int jq_begin(nitro_ctx *ctx, const char *expression) {
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

static void jq_end(nitro_ctx *ctx) {
    if (!ctx->jq) return;
    fclose(ctx->out); /* an unfinished document (a failure midway) is not filtered */
    free(ctx->jq_buffer);
    ctx->out = ctx->stdout_real;
    nitro_jq_free(ctx->jq);
    ctx->jq = NULL;
}

int nitro_app_run(nitro_parsed *parsed, nitro_getenv_fn getenv_fn, void *env_data) {
    const nitro_command *command = parsed->command;
    nitro_ctx ctx = {
        .command = command,
        .global = parsed->opts,
        .out = stdout,
        .err = stderr,
        .getenv_fn = getenv_fn,
        .env_data = env_data,
    };
    ctx.interactive = ctx.global->output.value == NULL && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) &&
                      !nitro_term_agent_detected(getenv_fn, env_data);
    ctx.json = !ctx.interactive;
    ctx.color = nitro_term_color(getenv_fn, env_data);
    /* Another nitro's change to the session (a renewal) is waited for as long as a request may take. */
    const char *timeout = getenv_fn(env_data, "NITRO_TIMEOUT");
    long long seconds = 0;
    if (timeout && nitro_parse_int(timeout, 1, 3600, &seconds)) nitro_session_set_lock_wait((long)seconds * 1000);

    int code = ctx.global->jq.value ? jq_begin(&ctx, ctx.global->jq.value) : NITRO_EXIT_OK;
    if (code) return code;
    if (command->behaviour && !command->behaviour->one_of && nitro_behaviour_needs_workspace(command->behaviour) &&
        !nitro_resolve_workspace(&ctx, command->behaviour, parsed->opts, &code)) {
        /* A command that acts on a workspace knows which one before it asks for anything, as the Nitro CLI
         * does; one whose scope is a choice (api-key create: an API or the workspace) resolves it after. */
    } else if (!ctx.interactive && (parsed->missing_option || parsed->missing_arg)) {
        report_missing(&ctx, parsed);
        code = NITRO_EXIT_USAGE;
    } else if (!(command->flags & NITRO_CMD_AUTH_REQUIRED) || nitro_ctx_client(&ctx, &code)) {
        /* Credentials first, so nobody types an answer for a command that cannot run. */
        code = prompt_missing(&ctx, parsed);
        if (code < 0)
            code = command->behaviour ? nitro_behaviour_run(&ctx, command->behaviour, parsed->opts)
                                      : command->run(&ctx, parsed->opts);
    }
    if (ctx.jq_failed && code == NITRO_EXIT_OK) code = NITRO_EXIT_FAILURE;
    jq_end(&ctx);
    if (nitro_interrupted && code != NITRO_EXIT_INTERRUPTED) code = NITRO_EXIT_INTERRUPTED;
    /* However it was interrupted (a prompt, a picker, a confirmation, a request), the user is told so. */
    if (code == NITRO_EXIT_INTERRUPTED && !ctx.said_interrupted) fputs("Interrupted.\n", ctx.err);
    nitro_client_free(ctx.client);
    free(ctx.endpoint);
    nitro_session_free(&ctx.session);
    free(ctx.session_path);
    return code;
}
