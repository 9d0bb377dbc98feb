#include "app.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "http.h"
#include "term.h"
#include "url.h"

#define DEFAULT_TIMEOUT_S 30
#define DEFAULT_CONNECT_TIMEOUT_S 10

void nitro_error(nitro_ctx *ctx, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("error: ", ctx->err);
    vfprintf(ctx->err, fmt, ap);
    fputc('\n', ctx->err);
    va_end(ap);
}

static const char *env(nitro_ctx *ctx, const char *name) {
    const char *value = ctx->getenv_fn(ctx->env_data, name);
    return value && *value ? value : NULL;
}

/* A whole number of seconds from an env var; false (reported) when invalid. */
static bool env_seconds(nitro_ctx *ctx, const char *name, long long fallback, long *ms) {
    const char *text = env(ctx, name);
    long long seconds = fallback;
    if (text && !nitro_parse_int(text, 1, 3600, &seconds)) {
        nitro_error(ctx, "invalid value '%.40s' for %s: expected whole seconds from 1 to 3600", text, name);
        return false;
    }
    *ms = (long)(seconds * 1000);
    return true;
}

nitro_client *nitro_ctx_client(nitro_ctx *ctx, int *exit_code) {
    if (ctx->client) return ctx->client;
    const char *api_key = ctx->global->api_key.value;
    if (!api_key || !*api_key) {
        nitro_error(ctx, "This command requires an authenticated user. Either specify '--api-key' or run "
                         "'nitro login'.");
        *exit_code = NITRO_EXIT_AUTH;
        return NULL;
    }
    char why[300];
    char *endpoint = nitro_endpoint_from_cloud_url(ctx->global->cloud_url.value, why, sizeof why);
    if (!endpoint) {
        nitro_error(ctx, "%s (from %s)", why,
                    ctx->global->cloud_url.source == NITRO_SRC_ENV ? ctx->global->cloud_url.env_name : "--cloud-url");
        *exit_code = NITRO_EXIT_USAGE;
        return NULL;
    }
    nitro_client_config config = {
        .endpoint = endpoint,
        .auth = NITRO_AUTH_API_KEY,
        .credential = api_key,
        .client_version = env(ctx, "NITRO_CLIENT_VERSION") ? env(ctx, "NITRO_CLIENT_VERSION") : NITRO_VERSION,
        .spinner = ctx->interactive && isatty(STDERR_FILENO) ? ctx->err : NULL,
    };
    if (!env_seconds(ctx, "NITRO_TIMEOUT", DEFAULT_TIMEOUT_S, &config.timeout_ms) ||
        !env_seconds(ctx, "NITRO_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT_S, &config.connect_timeout_ms)) {
        free(endpoint);
        *exit_code = NITRO_EXIT_USAGE;
        return NULL;
    }
    if (nitro_endpoint_is_plaintext_remote(endpoint)) {
        fprintf(ctx->err, "warning: %s is not encrypted: the API key travels in clear text.\n", endpoint);
    }
    ctx->endpoint = endpoint;
    ctx->client = nitro_client_new(&config);
    if (!ctx->client) {
        nitro_error(ctx, "There was an unexpected error: could not set up the HTTP client");
        *exit_code = NITRO_EXIT_FAILURE;
    }
    return ctx->client;
}

int nitro_report_failure(nitro_ctx *ctx, const nitro_result *result) {
    int code = NITRO_EXIT_FAILURE;
    switch (result->kind) {
    case NITRO_RESULT_OK: return NITRO_EXIT_OK;
    case NITRO_RESULT_AUTH:
        nitro_error(ctx, "The server rejected your request as unauthorized. Ensure your account or API key has the "
                         "proper permissions for this action.");
        if (ctx->global->cloud_url.source != NITRO_SRC_DEFAULT) {
            fprintf(ctx->err, "  hint: the request went to %s; check that --cloud-url names the right server.\n",
                    ctx->endpoint);
        }
        code = NITRO_EXIT_AUTH;
        break;
    case NITRO_RESULT_HTTP:
        nitro_error(ctx, "The server returned an unexpected HTTP status code (%ld - %s)", result->http_status,
                    nitro_http_reason(result->http_status));
        if (result->http_status == 413) {
            fputs("  The request was larger than a limit on the way, usually the body size limit of a proxy or "
                  "ingress in front of the Nitro API.\n",
                  ctx->err);
        }
        break;
    case NITRO_RESULT_GRAPHQL:
        if (result->code[0]) {
            nitro_error(ctx, "The server returned an unexpected GraphQL error: %s (%s)", result->message, result->code);
        } else {
            nitro_error(ctx, "The server returned an unexpected GraphQL error: %s", result->message);
        }
        break;
    case NITRO_RESULT_BAD_RESPONSE:
    case NITRO_RESULT_TRANSPORT: nitro_error(ctx, "%s", result->message); break;
    case NITRO_RESULT_INTERRUPTED:
        fputs("Interrupted.\n", ctx->err);
        code = NITRO_EXIT_INTERRUPTED;
        break;
    }
    if (result->maybe_applied) {
        fputs("  hint: the server may have carried out the request before it failed; run 'nitro pat list' to "
              "check before trying again.\n",
              ctx->err);
    }
    return code;
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
    int code = NITRO_EXIT_FAILURE;
    if (operation->is_mutation) {
        fputs("  hint: the server may have carried out the request; run 'nitro pat list' to check before trying "
              "again.\n",
              ctx->err);
    }
    return code;
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
        if (!ctx->interactive || !question) {
            report_missing(ctx, parsed);
            return NITRO_EXIT_USAGE;
        }
        char *answer = NULL;
        nitro_prompt_status status = nitro_prompt_line(ctx->err, question, &answer);
        if (status == NITRO_PROMPT_INTERRUPTED) return NITRO_EXIT_INTERRUPTED;
        if (status == NITRO_PROMPT_EOF) {
            report_missing(ctx, parsed);
            return NITRO_EXIT_USAGE;
        }
        if (*answer == '\0') {
            free(answer);
            continue; /* a required value cannot be empty: ask again */
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

    if (!(command->flags & NITRO_CMD_AVAILABLE)) {
        nitro_error(&ctx, "'%s' is not available yet.", command->words);
        return NITRO_EXIT_FAILURE;
    }
    if (!ctx.interactive && (parsed->missing_option || parsed->missing_arg)) {
        report_missing(&ctx, parsed);
        return NITRO_EXIT_USAGE;
    }
    int code = NITRO_EXIT_OK;
    /* Credentials first, so nobody types an answer for a command that cannot run. */
    if (!(command->flags & NITRO_CMD_AUTH_REQUIRED) || nitro_ctx_client(&ctx, &code)) {
        code = prompt_missing(&ctx, parsed);
        if (code < 0) code = command->run(&ctx, parsed->opts);
    }
    if (nitro_interrupted && code != NITRO_EXIT_INTERRUPTED) code = NITRO_EXIT_INTERRUPTED;
    nitro_client_free(ctx.client);
    free(ctx.endpoint);
    return code;
}
