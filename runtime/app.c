/* The top of a run: from the parsed command line to its exit status. It
 * decides whether the run may prompt and print tables, asks for missing
 * input, and hands the command to its handler or to the executors; the
 * context's services (errors, output, --jq, requests) are context/'s. */
#include "app.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "context.h"
#include "credentials.h"
#include "executor.h"
#include "safe_text.h"
#include "term.h"

static void report_missing(nitro_ctx *ctx, const nitro_parsed *parsed) {
    if (parsed->missing_arg) {
        nitro_error(ctx, "Missing required argument '<%s>'.", parsed->missing_arg->value_name);
    } else {
        nitro_error(ctx, "Missing required option '--%s'.", parsed->missing_option->name);
        if (parsed->missing_option->missing_hint)
            fprintf(ctx->err, "  hint: %s\n", parsed->missing_option->missing_hint);
    }
    fprintf(ctx->err, "\nUsage: %s\n\nFor more information, try '%s --help'.\n", parsed->command->usage,
            parsed->command->words);
}

/* Prompts for each missing required input; returns an exit code, or -1 to go on. */
static int prompt_missing(nitro_ctx *ctx, nitro_parsed *parsed) {
    while (parsed->missing_option || parsed->missing_arg) {
        const char *question = parsed->missing_arg ? parsed->missing_arg->prompt : parsed->missing_option->prompt;
        size_t offset = parsed->missing_arg ? parsed->missing_arg->offset : parsed->missing_option->offset;
        const nitro_behaviour *behaviour = nitro_command_behaviour(parsed->command);
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
            /* A required value cannot be empty (nor only spaces where it means nothing): said, and asked again. */
            fputs("An answer is needed: it must not be empty.\n", ctx->err);
            continue;
        }
        char why[300];
        if (!parsed->missing_arg && !nitro_answer_ok(behaviour, offset, answer, why, sizeof why)) {
            /* The typed words are echoed: made safe for the terminal. */
            nitro_put_safe(ctx->err, why);
            fputs(" Try again.\n", ctx->err);
            free(answer);
            continue;
        }
        nitro_str_value *value = nitro_str_at(parsed->opts, offset);
        value->value = value->owned = answer;
        value->source = NITRO_SRC_PROMPT;
        nitro_parsed_find_missing(parsed);
    }
    return -1;
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
    const char *timeout = nitro_env_either(getenv_fn, env_data, "NITRO_TIMEOUT", "BARISTA_TIMEOUT", NULL);
    long long seconds = 0;
    if (timeout && nitro_parse_int(timeout, 1, 3600, &seconds)) nitro_session_set_lock_wait((long)seconds * 1000);

    if (command->explains) { /* the spec's words: what to use instead */
        fprintf(ctx.err, "error: %s\n", command->explains);
        nitro_ctx_release(&ctx);
        return NITRO_EXIT_USAGE;
    }
    int code = ctx.global->jq.value ? nitro_ctx_jq_begin(&ctx, ctx.global->jq.value) : NITRO_EXIT_OK;
    if (code) return code;
    /* Filled here, not when the parser reached the command: --help and usage errors never need it. */
    const nitro_behaviour *behaviour = nitro_command_behaviour(command);
    if (behaviour && !behaviour->one_of && nitro_behaviour_needs_workspace(behaviour) &&
        !nitro_resolve_workspace(&ctx, behaviour, parsed->opts, &code)) {
        /* A command that acts on a workspace knows which one before it asks for anything, as the Nitro CLI
         * does; one whose scope is a choice (api-key create: an API or the workspace) resolves it after. */
    } else if (!ctx.interactive && (parsed->missing_option || parsed->missing_arg)) {
        report_missing(&ctx, parsed);
        code = NITRO_EXIT_USAGE;
    } else if (!(command->flags & NITRO_CMD_AUTH_REQUIRED) || nitro_ctx_client(&ctx, &code)) {
        /* Credentials first, so nobody types an answer for a command that cannot run. */
        code = prompt_missing(&ctx, parsed);
        if (code < 0)
            code = behaviour ? nitro_behaviour_run(&ctx, behaviour, parsed->opts)
                             : nitro_run_hand_written(command, &ctx, parsed->opts);
    }
    if (ctx.jq_failed && code == NITRO_EXIT_OK) code = NITRO_EXIT_FAILURE;
    nitro_ctx_jq_end(&ctx);
    if (nitro_interrupted && code != NITRO_EXIT_INTERRUPTED) code = NITRO_EXIT_INTERRUPTED;
    /* However it was interrupted (a prompt, a picker, a confirmation, a request), the user is told so. */
    if (code == NITRO_EXIT_INTERRUPTED && !ctx.said_interrupted) fputs("Interrupted.\n", ctx.err);
    nitro_ctx_release(&ctx);
    return code;
}
