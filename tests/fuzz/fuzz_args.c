/* libFuzzer target: the argv parser (runtime/core/args.c over generated/cli.c)
 * with environment variables.
 *
 * Input: the first byte is the number of argv words (mod 16); the rest is
 * split at NUL bytes into that many words after "nitro", then "NAME=VALUE"
 * environment entries. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "generated/cli.h"

#define MAX_WORDS 64

typedef struct {
    char *entries[MAX_WORDS];
    size_t count;
} fuzz_env;

static const char *fuzz_getenv(void *data, const char *name) {
    const fuzz_env *env = data;
    size_t n = strlen(name);
    for (size_t i = 0; i < env->count; i++) {
        if (strncmp(env->entries[i], name, n) == 0 && env->entries[i][n] == '=') return env->entries[i] + n + 1;
    }
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static FILE *sink;
    if (!sink) sink = fopen("/dev/null", "w");
    if (size < 1) return 0;
    size_t n_argv = data[0] % 16;
    /* A private NUL-terminated copy, split in place. */
    char *copy = malloc(size);
    if (!copy) return 0;
    memcpy(copy, data + 1, size - 1);
    copy[size - 1] = '\0';
    char *argv[MAX_WORDS + 2];
    int argc = 0;
    argv[argc++] = "nitro";
    fuzz_env env = {.count = 0};
    char *p = copy, *end = copy + size - 1;
    while (p <= end && (size_t)argc < n_argv + 1 && argc < MAX_WORDS) {
        argv[argc++] = p;
        p += strlen(p) + 1;
    }
    while (p <= end && env.count < MAX_WORDS) {
        if (strchr(p, '=')) env.entries[env.count++] = p;
        p += strlen(p) + 1;
    }
    argv[argc] = NULL;

    nitro_parsed parsed;
    nitro_diag diag;
    nitro_parse_status status = nitro_parse(&nitro_root_command, argc, argv, fuzz_getenv, &env, &parsed, &diag);
    switch (status) {
    case NITRO_PARSE_OK:
        nitro_parsed_find_missing(&parsed);
        if (sink && parsed.missing_option) fputs(parsed.missing_option->name, sink);
        break;
    case NITRO_PARSE_ERROR:
        if (sink) nitro_print_usage_error(sink, parsed.command, &diag);
        break;
    case NITRO_PARSE_HELP:
    case NITRO_PARSE_NEEDS_SUBCOMMAND:
        if (sink) fputs(parsed.command->help, sink);
        break;
    case NITRO_PARSE_VERSION: break;
    }
    nitro_parsed_free(&parsed);
    /* The integer parser on its own, over the whole input as text. */
    long long value;
    (void)nitro_parse_int(copy, NITRO_INT_MIN, NITRO_INT_MAX, &value);
    free(copy);
    return 0;
}
