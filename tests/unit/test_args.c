/* The argv parser (runtime/core/args.c) over the fixture's command tables
 * (tests/unit/fixture/nitro.toml, generated at build time): values and where
 * they came from (argv, env, default), precedence, bool options, the usage
 * errors with their messages and tips, help/version, hidden commands, the
 * handler dispatch and the clap-style rendering of a usage error. The
 * environment is a fake table handed to nitro_parse, so the tests never read
 * or change the real one. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* open_memstream, strdup */
#endif
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "generated/cli.h"
#include "suites.h"

/* ---- the fixture's handlers ---------------------------------------------- */

/* The fixture's commands are plain, so its cli.c runs nitro_cmd_<c_name>.
 * Each stub records that it ran, for the dispatch test. */
static const char *last_run;
static const void *last_opts;

static int record_run(const char *words, const void *opts) {
    last_run = words;
    last_opts = opts;
    return 0;
}

int nitro_cmd_token_create(nitro_ctx *ctx, nitro_opts_token_create *opts) {
    (void)ctx;
    return record_run("nitro token create", opts);
}

int nitro_cmd_token_list(nitro_ctx *ctx, nitro_opts_token_list *opts) {
    (void)ctx;
    return record_run("nitro token list", opts);
}

int nitro_cmd_token_revoke(nitro_ctx *ctx, nitro_opts_token_revoke *opts) {
    (void)ctx;
    return record_run("nitro token revoke", opts);
}

int nitro_cmd_token_tag(nitro_ctx *ctx, nitro_opts_token_tag *opts) {
    (void)ctx;
    return record_run("nitro token tag", opts);
}

int nitro_cmd_token_tag_clear(nitro_ctx *ctx, nitro_opts_token_tag_clear *opts) {
    (void)ctx;
    return record_run("nitro token tag clear", opts);
}

int nitro_cmd_workspace_create(nitro_ctx *ctx, nitro_opts_workspace_create *opts) {
    (void)ctx;
    return record_run("nitro workspace create", opts);
}

int nitro_cmd_workspace_member_add(nitro_ctx *ctx, nitro_opts_workspace_member_add *opts) {
    (void)ctx;
    return record_run("nitro workspace member add", opts);
}

int nitro_cmd_login(nitro_ctx *ctx, nitro_opts_login *opts) {
    (void)ctx;
    return record_run("nitro login", opts);
}

int nitro_cmd_probe(nitro_ctx *ctx, nitro_opts_probe *opts) {
    (void)ctx;
    return record_run("nitro __probe", opts);
}

/* ---- helpers ------------------------------------------------------------ */

typedef struct {
    const char *name;
    const char *value;
} env_var;

static const char *fake_getenv(void *data, const char *name) {
    for (const env_var *var = data; var && var->name; var++) {
        if (strcmp(var->name, name) == 0) return var->value;
    }
    return NULL;
}

/* The result of the last parse; the checked fixture frees it after each test. */
static nitro_parsed parsed;
static nitro_diag diag;

static void setup(void) {
    memset(&parsed, 0, sizeof parsed);
    memset(&diag, 0, sizeof diag);
    last_run = NULL;
    last_opts = NULL;
}

static void teardown(void) {
    nitro_parsed_free(&parsed);
}

/* Parses `args` (NULL-terminated, argv[0] included) with the env table `env`
 * ({NULL, NULL}-terminated, or NULL for an empty environment). */
static nitro_parse_status parse_with_env(const env_var *env, const char *const *args) {
    char *argv[40];
    int argc = 0;
    for (; args[argc]; argc++) {
        ck_assert_int_lt(argc, 39);
        argv[argc] = (char *)args[argc];
    }
    argv[argc] = NULL;
    nitro_parsed_free(&parsed); /* a test may parse more than once */
    return nitro_parse(&nitro_root_command, argc, argv, fake_getenv, (void *)env, &parsed, &diag);
}

#define ARGV(...) ((const char *const[]){"nitro", __VA_ARGS__, NULL})
#define ENV(...) ((const env_var[]){__VA_ARGS__, {NULL, NULL}})
#define parse(...) parse_with_env(NULL, ARGV(__VA_ARGS__))
#define parse_env(env, ...) parse_with_env(env, ARGV(__VA_ARGS__))

/* Macros rather than functions, so a failure reports the test's own line. */
#define ASSERT_STR(v, expected_value, expected_source, expected_env)                                                   \
    do {                                                                                                               \
        ck_assert_pstr_eq((v).value, (expected_value));                                                                \
        ck_assert_int_eq((v).source, (expected_source));                                                               \
        ck_assert_pstr_eq((v).env_name, (expected_env));                                                               \
    } while (0)

#define ASSERT_NUM(v, expected_value, expected_source, expected_env)                                                   \
    do {                                                                                                               \
        ck_assert_int_eq((v).value, (expected_value));                                                                 \
        ck_assert_int_eq((v).source, (expected_source));                                                               \
        ck_assert_pstr_eq((v).env_name, (expected_env));                                                               \
    } while (0)

#define ASSERT_OK(status, expected_words)                                                                              \
    do {                                                                                                               \
        nitro_parse_status status_ = (status);                                                                         \
        ck_assert_msg(status_ == NITRO_PARSE_OK, "status %d, message '%s'", (int)status_, diag.message);               \
        ck_assert_str_eq(parsed.command->words, (expected_words));                                                     \
        ck_assert_ptr_nonnull(parsed.opts);                                                                            \
    } while (0)

#define ASSERT_ERROR(status, expected_message)                                                                         \
    do {                                                                                                               \
        ck_assert_int_eq((status), NITRO_PARSE_ERROR);                                                                 \
        ck_assert_str_eq(diag.message, (expected_message));                                                            \
        ck_assert_ptr_null(parsed.opts);                                                                               \
    } while (0)

#define CREATE ((const nitro_opts_token_create *)parsed.opts)
#define LIST ((const nitro_opts_token_list *)parsed.opts)
#define REVOKE ((const nitro_opts_token_revoke *)parsed.opts)
#define WORKSPACE ((const nitro_opts_workspace_create *)parsed.opts)
#define MEMBER ((const nitro_opts_workspace_member_add *)parsed.opts)
#define LOGIN ((const nitro_opts_login *)parsed.opts)
#define PROBE ((const nitro_opts_probe *)parsed.opts)

/* What nitro_print_usage_error writes for the current diagnostic; free() it. */
static char *render_usage_error(void) {
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    ck_assert_ptr_nonnull(out);
    nitro_print_usage_error(out, parsed.command, &diag);
    ck_assert_int_eq(fclose(out), 0);
    return text;
}

/* ---- values and their sources ------------------------------------------- */

START_TEST(description_from_argv_with_defaults) {
    ASSERT_OK(parse("token", "create", "--description", "x"), "nitro token create");
    ASSERT_STR(CREATE->description, "x", NITRO_SRC_ARGV, NULL);
    ASSERT_NUM(CREATE->expires, 180, NITRO_SRC_DEFAULT, NULL);
    ASSERT_STR(CREATE->global.cloud_url, "api.example.com", NITRO_SRC_DEFAULT, NULL);
    ASSERT_STR(CREATE->global.api_key, NULL, NITRO_SRC_UNSET, NULL);
    ASSERT_STR(CREATE->global.output, NULL, NITRO_SRC_UNSET, NULL);
    ASSERT_NUM(CREATE->global.verbose, false, NITRO_SRC_UNSET, NULL);
    ck_assert_ptr_null(parsed.missing_option);
    ck_assert_ptr_null(parsed.missing_arg);
}
END_TEST

START_TEST(description_with_equals) {
    ASSERT_OK(parse("token", "create", "--description=x"), "nitro token create");
    ASSERT_STR(CREATE->description, "x", NITRO_SRC_ARGV, NULL);
    /* Only the first '=' separates name and value. */
    ASSERT_OK(parse("token", "create", "--description=a=b c"), "nitro token create");
    ASSERT_STR(CREATE->description, "a=b c", NITRO_SRC_ARGV, NULL);
}
END_TEST

START_TEST(value_may_start_with_one_dash) {
    ASSERT_OK(parse("token", "create", "--description", "-x"), "nitro token create");
    ASSERT_STR(CREATE->description, "-x", NITRO_SRC_ARGV, NULL);
}
END_TEST

START_TEST(expires_from_argv) {
    ASSERT_OK(parse("token", "create", "--description", "x", "--expires", "7"), "nitro token create");
    ASSERT_NUM(CREATE->expires, 7, NITRO_SRC_ARGV, NULL);
    ASSERT_OK(parse("token", "create", "--expires=30", "--description", "x"), "nitro token create");
    ASSERT_NUM(CREATE->expires, 30, NITRO_SRC_ARGV, NULL);
}
END_TEST

START_TEST(expires_bounds_accepted) {
    ASSERT_OK(parse("token", "create", "--description", "x", "--expires", "1"), "nitro token create");
    ASSERT_NUM(CREATE->expires, 1, NITRO_SRC_ARGV, NULL);
    ASSERT_OK(parse("token", "create", "--description", "x", "--expires", "36500"), "nitro token create");
    ASSERT_NUM(CREATE->expires, 36500, NITRO_SRC_ARGV, NULL);
    ASSERT_OK(parse("token", "create", "--description", "x", "--expires", "+5"), "nitro token create");
    ASSERT_NUM(CREATE->expires, 5, NITRO_SRC_ARGV, NULL);
    ASSERT_OK(parse("token", "create", "--description", "x", "--expires", "007"), "nitro token create");
    ASSERT_NUM(CREATE->expires, 7, NITRO_SRC_ARGV, NULL);
}
END_TEST

START_TEST(expires_from_env) {
    ASSERT_OK(parse_env(ENV({"NITRO_EXPIRES", "30"}), "token", "create", "--description", "x"), "nitro token create");
    ASSERT_NUM(CREATE->expires, 30, NITRO_SRC_ENV, "NITRO_EXPIRES");
}
END_TEST

START_TEST(argv_beats_env) {
    ASSERT_OK(parse_env(ENV({"NITRO_EXPIRES", "30"}, {"BARISTA_EXPIRES", "40"}), "token", "create", "--description",
                        "x", "--expires", "7"),
              "nitro token create");
    ASSERT_NUM(CREATE->expires, 7, NITRO_SRC_ARGV, NULL);
    /* An env value is not even looked at when argv gives the option. */
    ASSERT_OK(parse_env(ENV({"NITRO_EXPIRES", "abc"}), "token", "create", "--description", "x", "--expires", "7"),
              "nitro token create");
    ASSERT_NUM(CREATE->expires, 7, NITRO_SRC_ARGV, NULL);
    ASSERT_OK(parse_env(ENV({"NITRO_DESCRIPTION", "from env"}), "token", "create", "--description", "x"),
              "nitro token create");
    ASSERT_STR(CREATE->description, "x", NITRO_SRC_ARGV, NULL);
}
END_TEST

START_TEST(legacy_env_only_when_preferred_unset) {
    ASSERT_OK(parse_env(ENV({"BARISTA_EXPIRES", "40"}), "token", "create", "--description", "x"), "nitro token create");
    ASSERT_NUM(CREATE->expires, 40, NITRO_SRC_ENV, "BARISTA_EXPIRES");

    ASSERT_OK(
        parse_env(ENV({"BARISTA_EXPIRES", "40"}, {"NITRO_EXPIRES", "30"}), "token", "create", "--description", "x"),
        "nitro token create");
    ASSERT_NUM(CREATE->expires, 30, NITRO_SRC_ENV, "NITRO_EXPIRES");

    /* The legacy variable is ignored when the preferred one is set, even if it is invalid. */
    ASSERT_OK(
        parse_env(ENV({"BARISTA_EXPIRES", "abc"}, {"NITRO_EXPIRES", "30"}), "token", "create", "--description", "x"),
        "nitro token create");
    ASSERT_NUM(CREATE->expires, 30, NITRO_SRC_ENV, "NITRO_EXPIRES");
}
END_TEST

START_TEST(empty_env_counts_as_unset) {
    ASSERT_OK(parse_env(ENV({"NITRO_EXPIRES", ""}, {"BARISTA_EXPIRES", "40"}), "token", "create", "--description", "x"),
              "nitro token create");
    ASSERT_NUM(CREATE->expires, 40, NITRO_SRC_ENV, "BARISTA_EXPIRES");

    ASSERT_OK(parse_env(ENV({"NITRO_EXPIRES", ""}), "token", "create", "--description", "x"), "nitro token create");
    ASSERT_NUM(CREATE->expires, 180, NITRO_SRC_DEFAULT, NULL);

    ASSERT_OK(parse_env(ENV({"NITRO_DESCRIPTION", ""}), "token", "create"), "nitro token create");
    ASSERT_STR(CREATE->description, NULL, NITRO_SRC_UNSET, NULL);
    ck_assert_ptr_nonnull(parsed.missing_option);
    ck_assert_str_eq(parsed.missing_option->name, "description");
}
END_TEST

START_TEST(description_from_env) {
    ASSERT_OK(parse_env(ENV({"BARISTA_DESCRIPTION", "legacy"}), "token", "create"), "nitro token create");
    ASSERT_STR(CREATE->description, "legacy", NITRO_SRC_ENV, "BARISTA_DESCRIPTION");
    ck_assert_ptr_null(parsed.missing_option);
    ASSERT_OK(parse_env(ENV({"NITRO_DESCRIPTION", "d"}, {"BARISTA_DESCRIPTION", "legacy"}), "token", "create"),
              "nitro token create");
    ASSERT_STR(CREATE->description, "d", NITRO_SRC_ENV, "NITRO_DESCRIPTION");
}
END_TEST

START_TEST(global_options_from_env) {
    ASSERT_OK(parse_env(ENV({"NITRO_CLOUD_URL", "http://127.0.0.1:9"}, {"BARISTA_API_KEY", "key"},
                            {"NITRO_OUTPUT_FORMAT", "json"}, {"NITRO_CURSOR", "c1"}, {"NITRO_VERBOSE", "1"}),
                        "token", "list"),
              "nitro token list");
    ASSERT_STR(LIST->global.cloud_url, "http://127.0.0.1:9", NITRO_SRC_ENV, "NITRO_CLOUD_URL");
    ASSERT_STR(LIST->global.api_key, "key", NITRO_SRC_ENV, "BARISTA_API_KEY");
    ASSERT_STR(LIST->global.output, "json", NITRO_SRC_ENV, "NITRO_OUTPUT_FORMAT");
    ASSERT_NUM(LIST->global.verbose, true, NITRO_SRC_ENV, "NITRO_VERBOSE");
    ASSERT_STR(LIST->cursor, "c1", NITRO_SRC_ENV, "NITRO_CURSOR");
    ck_assert(!LIST->all.value);
    ck_assert_int_eq(LIST->all.source, NITRO_SRC_UNSET);
}
END_TEST

/* A flag from the environment: 1/true or 0/false, so NITRO_VERBOSE=0 is off. */
START_TEST(flag_from_env) {
    ASSERT_OK(parse_env(ENV({"NITRO_VERBOSE", "0"}), "token", "list"), "nitro token list");
    ASSERT_NUM(LIST->global.verbose, false, NITRO_SRC_ENV, "NITRO_VERBOSE");
    ASSERT_OK(parse_env(ENV({"NITRO_VERBOSE", "true"}), "token", "list"), "nitro token list");
    ASSERT_NUM(LIST->global.verbose, true, NITRO_SRC_ENV, "NITRO_VERBOSE");
    ASSERT_OK(parse_env(ENV({"NITRO_VERBOSE", "false"}), "token", "list"), "nitro token list");
    ASSERT_NUM(LIST->global.verbose, false, NITRO_SRC_ENV, "NITRO_VERBOSE");
    /* argv wins: the flag is on whatever the variable says. */
    ASSERT_OK(parse_env(ENV({"NITRO_VERBOSE", "0"}), "token", "list", "--verbose"), "nitro token list");
    ASSERT_NUM(LIST->global.verbose, true, NITRO_SRC_ARGV, NULL);
    ASSERT_ERROR(parse_env(ENV({"NITRO_VERBOSE", "maybe"}), "token", "list"),
                 "invalid value 'maybe' for '--verbose' (from NITRO_VERBOSE): expected 1 or 0 (true or false)");
}
END_TEST

/* A string with choices and a default: the default, the env var and argv all pass the choice check. */
START_TEST(choice_with_default) {
    ASSERT_OK(parse("login"), "nitro login");
    ASSERT_STR(LOGIN->mode, "browser", NITRO_SRC_DEFAULT, NULL);
    ASSERT_OK(parse_env(ENV({"BARISTA_LOGIN_MODE", "device"}), "login"), "nitro login");
    ASSERT_STR(LOGIN->mode, "device", NITRO_SRC_ENV, "BARISTA_LOGIN_MODE");
    ASSERT_OK(parse_env(ENV({"NITRO_LOGIN_MODE", "device"}), "login", "--mode", "browser"), "nitro login");
    ASSERT_STR(LOGIN->mode, "browser", NITRO_SRC_ARGV, NULL);
    ASSERT_ERROR(parse_env(ENV({"NITRO_LOGIN_MODE", "devic"}), "login"),
                 "invalid value 'devic' for '--mode <mode>' (from NITRO_LOGIN_MODE)");
    ck_assert_str_eq(diag.extra, "  [possible values: browser, device]");
    ck_assert_str_eq(diag.tip, "a similar value exists: 'device'");
}
END_TEST

/* Every combination of argv, the preferred variable (NITRO_X) and the legacy
 * one (BARISTA_X), for an int with a default, a required string, a global
 * string with a default and a bool: argv > NITRO_X > BARISTA_X > default. */
START_TEST(precedence_matrix) {
    const bool in_argv = _i & 1, in_preferred = _i & 2, in_legacy = _i & 4;
    env_var env[9];
    size_t n = 0;
    if (in_preferred) {
        env[n++] = (env_var){"NITRO_EXPIRES", "30"};
        env[n++] = (env_var){"NITRO_DESCRIPTION", "preferred"};
        env[n++] = (env_var){"NITRO_CLOUD_URL", "preferred.example.com"};
        env[n++] = (env_var){"NITRO_DEFAULT", "true"};
    }
    if (in_legacy) {
        env[n++] = (env_var){"BARISTA_EXPIRES", "40"};
        env[n++] = (env_var){"BARISTA_DESCRIPTION", "legacy"};
        env[n++] = (env_var){"BARISTA_CLOUD_URL", "legacy.example.com"};
        env[n++] = (env_var){"BARISTA_DEFAULT", "0"};
    }
    env[n] = (env_var){NULL, NULL};

    if (in_argv) {
        ASSERT_OK(parse_env(env, "token", "create", "--expires", "7", "--description", "argv", "--cloud-url",
                            "argv.example.com"),
                  "nitro token create");
        ASSERT_NUM(CREATE->expires, 7, NITRO_SRC_ARGV, NULL);
        ASSERT_STR(CREATE->description, "argv", NITRO_SRC_ARGV, NULL);
        ASSERT_STR(CREATE->global.cloud_url, "argv.example.com", NITRO_SRC_ARGV, NULL);
    } else {
        ASSERT_OK(parse_env(env, "token", "create"), "nitro token create");
        if (in_preferred) {
            ASSERT_NUM(CREATE->expires, 30, NITRO_SRC_ENV, "NITRO_EXPIRES");
            ASSERT_STR(CREATE->description, "preferred", NITRO_SRC_ENV, "NITRO_DESCRIPTION");
            ASSERT_STR(CREATE->global.cloud_url, "preferred.example.com", NITRO_SRC_ENV, "NITRO_CLOUD_URL");
        } else if (in_legacy) {
            ASSERT_NUM(CREATE->expires, 40, NITRO_SRC_ENV, "BARISTA_EXPIRES");
            ASSERT_STR(CREATE->description, "legacy", NITRO_SRC_ENV, "BARISTA_DESCRIPTION");
            ASSERT_STR(CREATE->global.cloud_url, "legacy.example.com", NITRO_SRC_ENV, "BARISTA_CLOUD_URL");
        } else {
            ASSERT_NUM(CREATE->expires, 180, NITRO_SRC_DEFAULT, NULL);
            ASSERT_STR(CREATE->description, NULL, NITRO_SRC_UNSET, NULL);
            ASSERT_STR(CREATE->global.cloud_url, "api.example.com", NITRO_SRC_DEFAULT, NULL);
        }
    }
    /* Only a required option that no source set is missing. */
    ck_assert_int_eq(parsed.missing_option != NULL, !in_argv && !in_preferred && !in_legacy);

    if (in_argv) {
        ASSERT_OK(parse_env(env, "workspace", "create", "acme", "--default=false"), "nitro workspace create");
        ASSERT_NUM(WORKSPACE->default_, false, NITRO_SRC_ARGV, NULL);
    } else {
        ASSERT_OK(parse_env(env, "workspace", "create", "acme"), "nitro workspace create");
        if (in_preferred) {
            ASSERT_NUM(WORKSPACE->default_, true, NITRO_SRC_ENV, "NITRO_DEFAULT");
        } else if (in_legacy) {
            ASSERT_NUM(WORKSPACE->default_, false, NITRO_SRC_ENV, "BARISTA_DEFAULT");
        } else {
            ASSERT_NUM(WORKSPACE->default_, false, NITRO_SRC_UNSET, NULL);
        }
    }
}
END_TEST

/* ---- bool options (--default, --default false, --default=true) ---------- */

START_TEST(bool_alone_is_true) {
    ASSERT_OK(parse("workspace", "create", "acme"), "nitro workspace create");
    ASSERT_NUM(WORKSPACE->default_, false, NITRO_SRC_UNSET, NULL);
    ASSERT_OK(parse("workspace", "create", "acme", "--default"), "nitro workspace create");
    ASSERT_NUM(WORKSPACE->default_, true, NITRO_SRC_ARGV, NULL);
    ASSERT_STR(WORKSPACE->name, "acme", NITRO_SRC_ARGV, NULL);
}
END_TEST

START_TEST(bool_takes_a_boolean_word) {
    static const struct {
        const char *word;
        bool value;
    } words[] = {{"false", false}, {"true", true}, {"0", false}, {"1", true}};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        ASSERT_OK(parse("workspace", "create", "acme", "--default", words[i].word), "nitro workspace create");
        ASSERT_NUM(WORKSPACE->default_, words[i].value, NITRO_SRC_ARGV, NULL);
        ASSERT_STR(WORKSPACE->name, "acme", NITRO_SRC_ARGV, NULL);

        char joined[32];
        snprintf(joined, sizeof joined, "--default=%s", words[i].word);
        ASSERT_OK(parse("workspace", "create", joined, "acme"), "nitro workspace create");
        ASSERT_NUM(WORKSPACE->default_, words[i].value, NITRO_SRC_ARGV, NULL);
        ASSERT_STR(WORKSPACE->name, "acme", NITRO_SRC_ARGV, NULL);
    }
    /* Before the positional, the boolean word is still the option's. */
    ASSERT_OK(parse("workspace", "create", "--default", "false", "acme"), "nitro workspace create");
    ASSERT_NUM(WORKSPACE->default_, false, NITRO_SRC_ARGV, NULL);
    ASSERT_STR(WORKSPACE->name, "acme", NITRO_SRC_ARGV, NULL);
    /* ...even when that leaves the positional missing. */
    ASSERT_OK(parse("workspace", "create", "--default", "false"), "nitro workspace create");
    ASSERT_NUM(WORKSPACE->default_, false, NITRO_SRC_ARGV, NULL);
    ck_assert_ptr_nonnull(parsed.missing_arg);
    ck_assert_str_eq(parsed.missing_arg->value_name, "name");
}
END_TEST

/* A following word that does not read as a boolean is left for what comes next. */
START_TEST(bool_leaves_other_words) {
    ASSERT_OK(parse("workspace", "create", "--default", "acme"), "nitro workspace create");
    ASSERT_NUM(WORKSPACE->default_, true, NITRO_SRC_ARGV, NULL);
    ASSERT_STR(WORKSPACE->name, "acme", NITRO_SRC_ARGV, NULL);

    ASSERT_OK(parse("workspace", "create", "acme", "--default", "--seats", "3"), "nitro workspace create");
    ASSERT_NUM(WORKSPACE->default_, true, NITRO_SRC_ARGV, NULL);
    ASSERT_NUM(WORKSPACE->seats, 3, NITRO_SRC_ARGV, NULL);

    /* After "--", "false" is the positional. */
    ASSERT_OK(parse("workspace", "create", "--default", "--", "false"), "nitro workspace create");
    ASSERT_NUM(WORKSPACE->default_, true, NITRO_SRC_ARGV, NULL);
    ASSERT_STR(WORKSPACE->name, "false", NITRO_SRC_ARGV, NULL);

    /* Help after the option is still help. */
    ck_assert_int_eq(parse("workspace", "create", "--default", "--help"), NITRO_PARSE_HELP);
    ck_assert_str_eq(parsed.command->words, "nitro workspace create");

    /* A word that is neither a boolean nor expected is still an error. */
    ASSERT_ERROR(parse("workspace", "create", "acme", "--default", "maybe"), "unexpected argument 'maybe' found");
}
END_TEST

START_TEST(bool_from_env) {
    static const struct {
        const char *text;
        bool value;
    } values[] = {{"1", true}, {"0", false}, {"true", true}, {"false", false}};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        ASSERT_OK(parse_env(ENV({"NITRO_DEFAULT", values[i].text}), "workspace", "create", "acme"),
                  "nitro workspace create");
        ASSERT_NUM(WORKSPACE->default_, values[i].value, NITRO_SRC_ENV, "NITRO_DEFAULT");
        ASSERT_OK(parse_env(ENV({"BARISTA_DEFAULT", values[i].text}), "workspace", "create", "acme"),
                  "nitro workspace create");
        ASSERT_NUM(WORKSPACE->default_, values[i].value, NITRO_SRC_ENV, "BARISTA_DEFAULT");
    }
    /* Empty is unset; argv wins, in either direction. */
    ASSERT_OK(parse_env(ENV({"NITRO_DEFAULT", ""}), "workspace", "create", "acme"), "nitro workspace create");
    ASSERT_NUM(WORKSPACE->default_, false, NITRO_SRC_UNSET, NULL);
    ASSERT_OK(parse_env(ENV({"NITRO_DEFAULT", "1"}), "workspace", "create", "acme", "--default", "false"),
              "nitro workspace create");
    ASSERT_NUM(WORKSPACE->default_, false, NITRO_SRC_ARGV, NULL);
    ASSERT_OK(parse_env(ENV({"NITRO_DEFAULT", "0"}), "workspace", "create", "acme", "--default"),
              "nitro workspace create");
    ASSERT_NUM(WORKSPACE->default_, true, NITRO_SRC_ARGV, NULL);

    ASSERT_ERROR(parse_env(ENV({"NITRO_DEFAULT", "maybe"}), "workspace", "create", "acme"),
                 "invalid value 'maybe' for '--default' (from NITRO_DEFAULT): expected 1 or 0 (true or false)");
}
END_TEST

START_TEST(bool_bad_value) {
    ASSERT_ERROR(parse("workspace", "create", "acme", "--default=maybe"),
                 "invalid value 'maybe' for '--default': expected 1 or 0 (true or false)");
    ck_assert_str_eq(parsed.command->words, "nitro workspace create");
    ASSERT_ERROR(parse("workspace", "create", "acme", "--default="),
                 "invalid value '' for '--default': expected 1 or 0 (true or false)");
}
END_TEST

START_TEST(bool_repeated) {
    ASSERT_ERROR(parse("workspace", "create", "acme", "--default", "--default"),
                 "the argument '--default' cannot be used multiple times");
    ASSERT_ERROR(parse("workspace", "create", "acme", "--default", "false", "--default=true"),
                 "the argument '--default' cannot be used multiple times");
    ASSERT_ERROR(parse("workspace", "create", "--default=false", "acme", "--default", "false"),
                 "the argument '--default' cannot be used multiple times");
}
END_TEST

/* ---- invalid integers --------------------------------------------------- */

#define WHOLE "expected a whole number"
#define RANGE "expected a whole number from 1 to 36500"

static const struct {
    const char *text;
    const char *why;
} bad_expires[] = {
    {"abc", WHOLE}, {"1x", WHOLE},    {"0", RANGE},    {"-5", RANGE},  {"99999999999999999999", RANGE},
    {"", WHOLE},    {"36501", RANGE}, {"+", WHOLE},    {"-", WHOLE},   {" 5", WHOLE},
    {"5 ", WHOLE},  {"5.0", WHOLE},   {"0x10", WHOLE}, {"1e3", WHOLE}, {"-99999999999999999999", RANGE},
};

START_TEST(bad_expires_in_argv) {
    const char *text = bad_expires[_i].text;
    char expected[256];
    snprintf(expected, sizeof expected, "invalid value '%s' for '--expires <expires>': %s", text, bad_expires[_i].why);

    ASSERT_ERROR(parse("token", "create", "--description", "x", "--expires", text), expected);
    ck_assert_str_eq(parsed.command->words, "nitro token create");
    ck_assert_ptr_nonnull(strstr(diag.message, "--expires"));

    char joined[64];
    snprintf(joined, sizeof joined, "--expires=%s", text);
    ASSERT_ERROR(parse("token", "create", "--description", "x", joined), expected);
}
END_TEST

START_TEST(bad_expires_in_env) {
    const char *text = bad_expires[_i].text;
    if (*text == '\0') return; /* empty counts as unset: see empty_env_counts_as_unset */
    char expected[256];
    snprintf(expected, sizeof expected, "invalid value '%s' for '--expires <expires>' (from NITRO_EXPIRES): %s", text,
             bad_expires[_i].why);
    ASSERT_ERROR(parse_env(ENV({"NITRO_EXPIRES", text}), "token", "create", "--description", "x"), expected);

    snprintf(expected, sizeof expected, "invalid value '%s' for '--expires <expires>' (from BARISTA_EXPIRES): %s", text,
             bad_expires[_i].why);
    ASSERT_ERROR(parse_env(ENV({"BARISTA_EXPIRES", text}), "token", "create", "--description", "x"), expected);
}
END_TEST

/* An int with a lower bound only says so. */
START_TEST(int_with_lower_bound_only) {
    ASSERT_OK(parse("workspace", "create", "acme", "--seats", "9223372036854775807"), "nitro workspace create");
    ck_assert(WORKSPACE->seats.value == LLONG_MAX);
    ASSERT_ERROR(parse("workspace", "create", "acme", "--seats", "0"),
                 "invalid value '0' for '--seats <seats>': expected a whole number of at least 1");
    ASSERT_ERROR(parse("workspace", "create", "acme", "--seats", "9223372036854775808"),
                 "invalid value '9223372036854775808' for '--seats <seats>': expected a whole number of at least 1");
    ASSERT_ERROR(parse("workspace", "create", "acme", "--seats", "many"),
                 "invalid value 'many' for '--seats <seats>': expected a whole number");
}
END_TEST

START_TEST(long_bad_value_is_truncated) {
    char value[301];
    memset(value, '9', 300);
    value[300] = '\0';
    char expected[256];
    snprintf(expected, sizeof expected, "invalid value '%.100s' for '--expires <expires>': " RANGE, value);
    ASSERT_ERROR(parse("token", "create", "--description", "x", "--expires", value), expected);
}
END_TEST

/* ---- unknown options, values and subcommands ---------------------------- */

START_TEST(typo_in_option_name) {
    ASSERT_ERROR(parse("token", "create", "--descripton", "x"), "unexpected argument '--descripton' found");
    ck_assert_str_eq(diag.tip, "a similar argument exists: '--description'");
    ck_assert_str_eq(diag.extra, "");
    ck_assert_str_eq(parsed.command->words, "nitro token create");

    ASSERT_ERROR(parse("token", "create", "--descripton=x"), "unexpected argument '--descripton' found");
    ck_assert_str_eq(diag.tip, "a similar argument exists: '--description'");

    ASSERT_ERROR(parse("token", "create", "--description", "x", "--exp", "7"), "unexpected argument '--exp' found");
    ck_assert_str_eq(diag.tip, "a similar argument exists: '--expires'");

    ASSERT_ERROR(parse("token", "list", "--hepl"), "unexpected argument '--hepl' found");
    ck_assert_str_eq(diag.tip, "a similar argument exists: '--help'");

    ASSERT_ERROR(parse("workspace", "create", "acme", "--defualt"), "unexpected argument '--defualt' found");
    ck_assert_str_eq(diag.tip, "a similar argument exists: '--default'");

    ASSERT_ERROR(parse("token", "create", "--zzzzzzzz"), "unexpected argument '--zzzzzzzz' found");
    ck_assert_str_eq(diag.tip, "");
}
END_TEST

START_TEST(single_dash_option_is_unknown) {
    ASSERT_ERROR(parse("token", "create", "-d", "x"), "unexpected argument '-d' found");
    ASSERT_ERROR(parse("token", "revoke", "-5"), "unexpected argument '-5' found");
}
END_TEST

START_TEST(very_long_option_name) {
    char arg[203] = "--";
    memset(arg + 2, 'a', 200);
    arg[202] = '\0';
    char expected[256];
    snprintf(expected, sizeof expected, "unexpected argument '--%.100s' found", arg + 2);
    ASSERT_ERROR(parse("token", "create", arg), expected);
    ck_assert_str_eq(diag.tip, "");
}
END_TEST

START_TEST(unexpected_positional) {
    ASSERT_ERROR(parse("token", "list", "extra"), "unexpected argument 'extra' found");
    ASSERT_ERROR(parse("token", "revoke", "a", "b"), "unexpected argument 'b' found");
    ASSERT_ERROR(parse("workspace", "member", "add", "ada@example.com", "editor", "more"),
                 "unexpected argument 'more' found");
}
END_TEST

START_TEST(output_choice) {
    ASSERT_ERROR(parse("token", "list", "--output", "yaml"), "invalid value 'yaml' for '--output <format>'");
    ck_assert_str_eq(diag.extra, "  [possible values: json]");
    ck_assert_str_eq(diag.tip, "");

    ASSERT_ERROR(parse("token", "list", "--output", "jsn"), "invalid value 'jsn' for '--output <format>'");
    ck_assert_str_eq(diag.extra, "  [possible values: json]");
    ck_assert_str_eq(diag.tip, "a similar value exists: 'json'");

    ASSERT_ERROR(parse("token", "list", "--output", "JSON"), "invalid value 'JSON' for '--output <format>'");

    ASSERT_OK(parse("token", "list", "--output", "json"), "nitro token list");
    ASSERT_STR(LIST->global.output, "json", NITRO_SRC_ARGV, NULL);
}
END_TEST

START_TEST(output_choice_from_env) {
    ASSERT_ERROR(parse_env(ENV({"NITRO_OUTPUT_FORMAT", "yaml"}), "token", "list"),
                 "invalid value 'yaml' for '--output <format>' (from NITRO_OUTPUT_FORMAT)");
    ck_assert_str_eq(diag.extra, "  [possible values: json]");
    /* argv wins, so the bad variable is never read. */
    ASSERT_OK(parse_env(ENV({"NITRO_OUTPUT_FORMAT", "yaml"}), "token", "list", "--output=json"), "nitro token list");
    ASSERT_STR(LIST->global.output, "json", NITRO_SRC_ARGV, NULL);
}
END_TEST

START_TEST(unknown_subcommand) {
    ASSERT_ERROR(parse("token", "bogus"), "unrecognized subcommand 'bogus'");
    ck_assert_str_eq(diag.tip, "the subcommands are: 'create', 'list', 'revoke', 'tag'");
    ck_assert_str_eq(parsed.command->words, "nitro token");

    ASSERT_ERROR(parse("token", "crate"), "unrecognized subcommand 'crate'");
    ck_assert_str_eq(diag.tip, "a similar subcommand exists: 'create'");

    ASSERT_ERROR(parse("workspce", "create"), "unrecognized subcommand 'workspce'");
    ck_assert_str_eq(diag.tip, "a similar subcommand exists: 'workspace'");
    ck_assert_str_eq(parsed.command->words, "nitro");

    ASSERT_ERROR(parse("workspace", "member", "ad"), "unrecognized subcommand 'ad'");
    ck_assert_str_eq(diag.tip, "a similar subcommand exists: 'add'");
    ck_assert_str_eq(parsed.command->words, "nitro workspace member");

    ASSERT_ERROR(parse("bogus"), "unrecognized subcommand 'bogus'");
    /* Hidden commands (__probe) are never listed... */
    ck_assert_str_eq(diag.tip, "the subcommands are: 'login', 'token', 'workspace'");
    ASSERT_ERROR(parse("tokn"), "unrecognized subcommand 'tokn'");
    ck_assert_str_eq(diag.tip, "a similar subcommand exists: 'token'");
    /* ...nor suggested, however close the typo. */
    ASSERT_ERROR(parse("__prob"), "unrecognized subcommand '__prob'");
    ck_assert_ptr_null(strstr(diag.tip, "__probe"));
}
END_TEST

/* Positional arguments with choices are checked by the parser too. */
START_TEST(positional_choice) {
    ASSERT_ERROR(parse("workspace", "member", "add", "ada@example.com", "editr"), "invalid value 'editr' for '<role>'");
    ck_assert_str_eq(diag.extra, "  [possible values: viewer, editor, owner]");
    ck_assert_str_eq(diag.tip, "a similar value exists: 'editor'");
    ck_assert_str_eq(parsed.command->words, "nitro workspace member add");

    ASSERT_ERROR(parse("__probe", "gamma"), "invalid value 'gamma' for '<topic>'");
    ck_assert_str_eq(diag.extra, "  [possible values: alpha, beta]");

    ASSERT_OK(parse("workspace", "member", "add", "ada@example.com", "owner"), "nitro workspace member add");
    ASSERT_STR(MEMBER->email, "ada@example.com", NITRO_SRC_ARGV, NULL);
    ASSERT_STR(MEMBER->role, "owner", NITRO_SRC_ARGV, NULL);
}
END_TEST

START_TEST(group_without_subcommand) {
    ck_assert_int_eq(parse("token"), NITRO_PARSE_NEEDS_SUBCOMMAND);
    ck_assert_str_eq(parsed.command->words, "nitro token");
    ck_assert_ptr_null(parsed.opts);

    ck_assert_int_eq(parse("workspace", "member"), NITRO_PARSE_NEEDS_SUBCOMMAND);
    ck_assert_str_eq(parsed.command->words, "nitro workspace member");
    ck_assert_ptr_null(parsed.opts);

    ck_assert_int_eq(parse_with_env(NULL, (const char *const[]){"nitro", NULL}), NITRO_PARSE_NEEDS_SUBCOMMAND);
    ck_assert_ptr_eq(parsed.command, &nitro_root_command);
    ck_assert_ptr_null(parsed.opts);
}
END_TEST

/* ---- help and version --------------------------------------------------- */

START_TEST(help_flags_at_every_level) {
    static const char *const flags[] = {"-h", "-?", "--help"};
    for (size_t i = 0; i < sizeof flags / sizeof *flags; i++) {
        const char *flag = flags[i];
        ck_assert_int_eq(parse(flag), NITRO_PARSE_HELP);
        ck_assert_ptr_eq(parsed.command, &nitro_root_command);
        ck_assert_ptr_null(parsed.opts);

        ck_assert_int_eq(parse("token", flag), NITRO_PARSE_HELP);
        ck_assert_str_eq(parsed.command->words, "nitro token");

        ck_assert_int_eq(parse("token", "create", flag), NITRO_PARSE_HELP);
        ck_assert_str_eq(parsed.command->words, "nitro token create");
        ck_assert_ptr_null(parsed.opts);

        /* After other options, and before a missing required input. */
        ck_assert_int_eq(parse("token", "create", "--expires", "7", flag), NITRO_PARSE_HELP);
        ck_assert_str_eq(parsed.command->words, "nitro token create");
        ck_assert_ptr_null(parsed.opts);

        ck_assert_int_eq(parse("token", "revoke", flag), NITRO_PARSE_HELP);
        ck_assert_str_eq(parsed.command->words, "nitro token revoke");

        ck_assert_int_eq(parse("workspace", "member", "add", flag), NITRO_PARSE_HELP);
        ck_assert_str_eq(parsed.command->words, "nitro workspace member add");

        ck_assert_int_eq(parse("__probe", flag), NITRO_PARSE_HELP);
        ck_assert_str_eq(parsed.command->words, "nitro __probe");

        /* Help before the subcommand is the help of the command reached so far. */
        ck_assert_int_eq(parse("token", flag, "create"), NITRO_PARSE_HELP);
        ck_assert_str_eq(parsed.command->words, "nitro token");
        ck_assert_int_eq(parse("workspace", "member", flag, "add"), NITRO_PARSE_HELP);
        ck_assert_str_eq(parsed.command->words, "nitro workspace member");
    }
}
END_TEST

START_TEST(help_after_double_dash_is_a_value) {
    ASSERT_OK(parse("token", "revoke", "--", "--help"), "nitro token revoke");
    ASSERT_STR(REVOKE->id, "--help", NITRO_SRC_ARGV, NULL);
}
END_TEST

START_TEST(version_flag) {
    ck_assert_int_eq(parse("--version"), NITRO_PARSE_VERSION);
    ck_assert_ptr_null(parsed.opts);
    /* Only the root has --version. */
    ASSERT_ERROR(parse("token", "--version"), "unexpected argument '--version' found");
    ASSERT_ERROR(parse("token", "list", "--version"), "unexpected argument '--version' found");
}
END_TEST

/* ---- positional arguments ----------------------------------------------- */

START_TEST(revoke_positional_id) {
    ASSERT_OK(parse("token", "revoke", "abc"), "nitro token revoke");
    ASSERT_STR(REVOKE->id, "abc", NITRO_SRC_ARGV, NULL);
    ck_assert(!REVOKE->force.value);
    ck_assert_int_eq(REVOKE->force.source, NITRO_SRC_UNSET);
    ck_assert_ptr_null(parsed.missing_arg);

    ASSERT_OK(parse("token", "revoke", "--force", "abc"), "nitro token revoke");
    ASSERT_STR(REVOKE->id, "abc", NITRO_SRC_ARGV, NULL);
    ck_assert(REVOKE->force.value);
    ck_assert_int_eq(REVOKE->force.source, NITRO_SRC_ARGV);

    ASSERT_OK(parse("token", "revoke", "abc", "--force"), "nitro token revoke");
    ASSERT_STR(REVOKE->id, "abc", NITRO_SRC_ARGV, NULL);
    ck_assert(REVOKE->force.value);

    /* A lone dash is a value, not an option. */
    ASSERT_OK(parse("token", "revoke", "-"), "nitro token revoke");
    ASSERT_STR(REVOKE->id, "-", NITRO_SRC_ARGV, NULL);
}
END_TEST

START_TEST(double_dash_ends_options) {
    ASSERT_OK(parse("token", "revoke", "--", "--weird-id"), "nitro token revoke");
    ASSERT_STR(REVOKE->id, "--weird-id", NITRO_SRC_ARGV, NULL);
    ck_assert_int_eq(REVOKE->force.source, NITRO_SRC_UNSET);

    ASSERT_OK(parse("token", "revoke", "--force", "--", "-x"), "nitro token revoke");
    ASSERT_STR(REVOKE->id, "-x", NITRO_SRC_ARGV, NULL);
    ck_assert(REVOKE->force.value);

    /* A second "--" after the first is a value. */
    ASSERT_OK(parse("token", "revoke", "--", "--"), "nitro token revoke");
    ASSERT_STR(REVOKE->id, "--", NITRO_SRC_ARGV, NULL);

    ASSERT_ERROR(parse("token", "revoke", "--", "a", "--force"), "unexpected argument '--force' found");
}
END_TEST

START_TEST(missing_positional) {
    ASSERT_OK(parse("token", "revoke", "--force"), "nitro token revoke");
    ck_assert_ptr_eq(parsed.missing_arg, &parsed.command->args[0]);
    ck_assert_str_eq(parsed.missing_arg->value_name, "id");
    ck_assert_str_eq(parsed.missing_arg->prompt, "ID of the token to revoke");
    ck_assert_ptr_null(parsed.missing_option);
    ASSERT_STR(REVOKE->id, NULL, NITRO_SRC_UNSET, NULL);

    /* login's <url> is optional. */
    ASSERT_OK(parse("login"), "nitro login");
    ASSERT_STR(LOGIN->url, NULL, NITRO_SRC_UNSET, NULL);
    ck_assert_ptr_null(parsed.missing_arg);
    ck_assert_ptr_null(parsed.missing_option);

    /* A required positional without a prompt is missing all the same; an optional one after it is not. */
    ASSERT_OK(parse("workspace", "member", "add"), "nitro workspace member add");
    ck_assert_str_eq(parsed.missing_arg->value_name, "email");
    ck_assert_ptr_null(parsed.missing_arg->prompt);
    ASSERT_OK(parse("workspace", "member", "add", "ada@example.com"), "nitro workspace member add");
    ck_assert_ptr_null(parsed.missing_arg);
    ASSERT_STR(MEMBER->role, NULL, NITRO_SRC_UNSET, NULL);
}
END_TEST

START_TEST(missing_required_option) {
    ASSERT_OK(parse("token", "create", "--expires", "7"), "nitro token create");
    ck_assert_ptr_nonnull(parsed.missing_option);
    ck_assert_str_eq(parsed.missing_option->name, "description");
    ck_assert_str_eq(parsed.missing_option->prompt, "Description of the token");
    ck_assert_ptr_null(parsed.missing_arg);
    ASSERT_NUM(CREATE->expires, 7, NITRO_SRC_ARGV, NULL);

    /* What the prompt does: store an owned answer, then look again. The
     * answer is freed by nitro_parsed_free (the sanitizer build checks). */
    nitro_str_value *description = nitro_str_at(parsed.opts, parsed.missing_option->offset);
    description->owned = strdup("typed at the prompt");
    ck_assert_ptr_nonnull(description->owned);
    description->value = description->owned;
    description->source = NITRO_SRC_PROMPT;
    nitro_parsed_find_missing(&parsed);
    ck_assert_ptr_null(parsed.missing_option);
    ck_assert_ptr_null(parsed.missing_arg);
    ASSERT_STR(CREATE->description, "typed at the prompt", NITRO_SRC_PROMPT, NULL);
}
END_TEST

START_TEST(prompted_positional_clears_missing) {
    /* What the prompt does for a positional. */
    ASSERT_OK(parse("token", "revoke"), "nitro token revoke");
    ck_assert_ptr_nonnull(parsed.missing_arg);
    nitro_str_value *id = nitro_str_at(parsed.opts, parsed.missing_arg->offset);
    id->owned = strdup("token-1");
    id->value = id->owned;
    id->source = NITRO_SRC_PROMPT;
    nitro_parsed_find_missing(&parsed);
    ck_assert_ptr_null(parsed.missing_arg);
    ASSERT_STR(REVOKE->id, "token-1", NITRO_SRC_PROMPT, NULL);
}
END_TEST

/* ---- repeated options, flags with values, missing values ---------------- */

START_TEST(repeated_option) {
    ASSERT_ERROR(parse("token", "create", "--description", "a", "--description", "b"),
                 "the argument '--description <description>' cannot be used multiple times");
    ASSERT_ERROR(parse("token", "create", "--description", "a", "--expires=1", "--expires", "2"),
                 "the argument '--expires <expires>' cannot be used multiple times");
    ASSERT_ERROR(parse("token", "revoke", "x", "--force", "--force"),
                 "the argument '--force' cannot be used multiple times");
    ASSERT_ERROR(parse("--cloud-url", "a", "token", "list", "--cloud-url", "b"),
                 "the argument '--cloud-url <cloud-url>' cannot be used multiple times");
    ASSERT_ERROR(parse("--verbose", "token", "list", "--verbose"),
                 "the argument '--verbose' cannot be used multiple times");
}
END_TEST

/* A list option (`multiple`): repeated, several words after one option, up to the next option. */
START_TEST(list_option_values) {
    ck_assert_int_eq(parse("token", "tag", "--name", "a", "--name=b", "c", "d", "--verbose"), NITRO_PARSE_OK);
    nitro_opts_token_tag *opts = parsed.opts;
    ck_assert_uint_eq(opts->name.count, 4);
    const char *expected[] = {"a", "b", "c", "d"};
    for (size_t i = 0; i < 4; i++)
        ck_assert_str_eq(opts->name.values[i], expected[i]);
    ck_assert_str_eq(opts->name.current.value, "a");
    ck_assert_int_eq(opts->name.current.source, NITRO_SRC_ARGV);
    ck_assert(opts->global.verbose.value);
    size_t count = 0;
    const char *const *values = nitro_list_values(parsed.opts, offsetof(nitro_opts_token_tag, name), &count);
    ck_assert_uint_eq(count, 4);
    ck_assert_str_eq(values[3], "d");
    nitro_parsed_free(&parsed);

    /* From the environment: one value. */
    ck_assert_int_eq(parse_env(ENV({"NITRO_TAG_NAME", "x y"}), "token", "tag"), NITRO_PARSE_OK);
    opts = parsed.opts;
    ck_assert_uint_eq(opts->name.count, 1);
    ck_assert_str_eq(opts->name.values[0], "x y");
    ck_assert_int_eq(opts->name.current.source, NITRO_SRC_ENV);
    nitro_parsed_free(&parsed);

    /* Each value is checked; a missing one is reported as any required option is. */
    ASSERT_ERROR(parse("token", "tag", "--name", "a", " "),
                 "invalid value ' ' for '--name <name>': it must not be empty");
    ck_assert_int_eq(parse("token", "tag"), NITRO_PARSE_OK);
    ck_assert_ptr_nonnull(parsed.missing_option);
    ck_assert_str_eq(parsed.missing_option->name, "name");
    count = 9;
    nitro_list_values(parsed.opts, offsetof(nitro_opts_token_tag, name), &count);
    ck_assert_uint_eq(count, 0);
    nitro_parsed_free(&parsed);
}
END_TEST

/* A group that runs itself: its options run it, a subcommand word runs the subcommand, help shows both. */
START_TEST(group_that_runs_itself) {
    ck_assert_int_eq(parse("token", "tag", "--name", "a"), NITRO_PARSE_OK);
    ck_assert_str_eq(parsed.command->words, "nitro token tag");
    nitro_parsed_free(&parsed);
    ck_assert_int_eq(parse("--output", "json", "token", "tag", "--name", "a"), NITRO_PARSE_OK);
    ck_assert_str_eq(parsed.command->words, "nitro token tag");
    nitro_parsed_free(&parsed);
    ck_assert_int_eq(parse("token", "tag", "clear"), NITRO_PARSE_OK);
    ck_assert_str_eq(parsed.command->words, "nitro token tag clear");
    nitro_parsed_free(&parsed);
    /* Alone it runs (and reports its missing option), rather than asking for a subcommand. */
    ck_assert_int_eq(parse("token", "tag"), NITRO_PARSE_OK);
    ck_assert_str_eq(parsed.command->words, "nitro token tag");
    nitro_parsed_free(&parsed);
    ck_assert_int_eq(parse("token", "tag", "--help"), NITRO_PARSE_HELP);
    ck_assert_str_eq(parsed.command->words, "nitro token tag");
    ck_assert_ptr_nonnull(strstr(parsed.command->help, "--name <name>..."));
    ck_assert_ptr_nonnull(strstr(parsed.command->help, "nitro token tag [<command>] [options]"));
    ck_assert_ptr_nonnull(strstr(parsed.command->help, "clear"));
    ASSERT_ERROR(parse("token", "tag", "clean"), "unexpected argument 'clean' found");
    ASSERT_ERROR(parse("token", "tag", "clear", "--name", "a"), "unexpected argument '--name' found");
}
END_TEST

START_TEST(flag_with_value) {
    ASSERT_ERROR(parse("token", "revoke", "x", "--force=yes"),
                 "unexpected value 'yes' for '--force' found; no more were expected");
    ASSERT_ERROR(parse("token", "list", "--all="), "unexpected value '' for '--all' found; no more were expected");
    /* A flag never takes the next word, even a boolean one. */
    ASSERT_ERROR(parse("token", "list", "--all", "true"), "unexpected argument 'true' found");
}
END_TEST

START_TEST(value_missing) {
    ASSERT_ERROR(parse("token", "create", "--description"),
                 "a value is required for '--description <description>' but none was supplied");
    ck_assert_str_eq(parsed.command->words, "nitro token create");
    ASSERT_ERROR(parse("token", "create", "--description", "--expires", "5"),
                 "a value is required for '--description <description>' but none was supplied");
    ASSERT_ERROR(parse("token", "create", "--description", "x", "--expires"),
                 "a value is required for '--expires <expires>' but none was supplied");
}
END_TEST

/* ---- options before the subcommand -------------------------------------- */

START_TEST(global_option_before_subcommand) {
    ASSERT_OK(parse("--cloud-url", "x", "token", "list"), "nitro token list");
    ASSERT_STR(LIST->global.cloud_url, "x", NITRO_SRC_ARGV, NULL);
    ASSERT_STR(LIST->global.api_key, NULL, NITRO_SRC_UNSET, NULL);

    ASSERT_OK(parse("--cloud-url=y", "token", "--output", "json", "list", "--all"), "nitro token list");
    ASSERT_STR(LIST->global.cloud_url, "y", NITRO_SRC_ARGV, NULL);
    ASSERT_STR(LIST->global.output, "json", NITRO_SRC_ARGV, NULL);
    ck_assert(LIST->all.value);

    /* Values that start with one dash work there too. */
    ASSERT_OK(parse("--api-key", "-k", "token", "revoke", "id"), "nitro token revoke");
    ASSERT_STR(REVOKE->global.api_key, "-k", NITRO_SRC_ARGV, NULL);
    ASSERT_STR(REVOKE->id, "id", NITRO_SRC_ARGV, NULL);

    /* A global flag takes no value, so the next word is the subcommand, however deep. */
    ASSERT_OK(parse("--verbose", "workspace", "--output=json", "member", "add", "ada@example.com"),
              "nitro workspace member add");
    ASSERT_NUM(MEMBER->global.verbose, true, NITRO_SRC_ARGV, NULL);
    ASSERT_STR(MEMBER->global.output, "json", NITRO_SRC_ARGV, NULL);
    ASSERT_STR(MEMBER->email, "ada@example.com", NITRO_SRC_ARGV, NULL);

    /* argv before the subcommand still beats the environment. */
    ASSERT_OK(parse_env(ENV({"NITRO_CLOUD_URL", "env-host"}), "--cloud-url", "argv-host", "token", "list"),
              "nitro token list");
    ASSERT_STR(LIST->global.cloud_url, "argv-host", NITRO_SRC_ARGV, NULL);
}
END_TEST

START_TEST(global_option_value_checked_before_subcommand) {
    ASSERT_ERROR(parse("--output", "yaml", "token", "list"), "invalid value 'yaml' for '--output <format>'");
    ck_assert_str_eq(diag.extra, "  [possible values: json]");
    ck_assert_str_eq(parsed.command->words, "nitro token list");
    /* Before the subcommand, an option always takes the next word as its value. */
    ASSERT_ERROR(parse("--cloud-url", "token", "list"), "unrecognized subcommand 'list'");
    ck_assert_ptr_eq(parsed.command, &nitro_root_command);
    /* With nothing after it, the subcommand is what is missing. */
    ck_assert_int_eq(parse("--cloud-url"), NITRO_PARSE_NEEDS_SUBCOMMAND);
    ck_assert_ptr_eq(parsed.command, &nitro_root_command);
    ck_assert_ptr_null(parsed.opts);
}
END_TEST

START_TEST(unknown_option_before_subcommand) {
    ASSERT_ERROR(parse("--bogus", "token", "list"), "unexpected argument '--bogus' found");
    ck_assert_ptr_eq(parsed.command, &nitro_root_command);
    /* A leaf's own option is not accepted before its subcommand. */
    ASSERT_ERROR(parse("token", "--description", "x", "create"), "unexpected argument '--description' found");
    ck_assert_str_eq(parsed.command->words, "nitro token");
    ASSERT_ERROR(parse("-x", "token", "list"), "unexpected argument '-x' found");
}
END_TEST

/* ---- hidden commands and handlers --------------------------------------- */

/* A hidden command is parsed like any other: only help and suggestions leave it out. */
START_TEST(hidden_command_parses) {
    ASSERT_OK(parse("__probe", "alpha"), "nitro __probe");
    ck_assert_uint_eq(parsed.command->flags & NITRO_CMD_HIDDEN, NITRO_CMD_HIDDEN);
    ASSERT_STR(PROBE->topic, "alpha", NITRO_SRC_ARGV, NULL);
    ASSERT_STR(PROBE->prefix, NULL, NITRO_SRC_UNSET, NULL);

    ASSERT_OK(parse("--output", "json", "__probe", "beta", "pre", "--cloud-url", "h"), "nitro __probe");
    ASSERT_STR(PROBE->prefix, "pre", NITRO_SRC_ARGV, NULL);
    ASSERT_STR(PROBE->global.output, "json", NITRO_SRC_ARGV, NULL);
    ASSERT_STR(PROBE->global.cloud_url, "h", NITRO_SRC_ARGV, NULL);

    ASSERT_OK(parse("__probe"), "nitro __probe");
    ck_assert_str_eq(parsed.missing_arg->value_name, "topic");
}
END_TEST

/* A plain command runs its handler, nitro_cmd_<c_name>, with the parsed options. */
START_TEST(plain_command_runs_its_handler) {
    const char *const *const commands[] = {
        (const char *const[]){"nitro", "token", "create", "--description", "x", NULL},
        (const char *const[]){"nitro", "token", "list", NULL},
        (const char *const[]){"nitro", "token", "revoke", "id", NULL},
        (const char *const[]){"nitro", "workspace", "create", "acme", NULL},
        (const char *const[]){"nitro", "workspace", "member", "add", "ada@example.com", NULL},
        (const char *const[]){"nitro", "login", NULL},
        (const char *const[]){"nitro", "__probe", "alpha", NULL},
    };
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
        ASSERT_OK(parse_with_env(NULL, commands[i]), parsed.command->words);
        ck_assert_uint_eq(parsed.command->flags & NITRO_CMD_BEHAVIOUR, 0);
        ck_assert_uint_eq(parsed.command->flags & NITRO_CMD_HAND_WRITTEN, NITRO_CMD_HAND_WRITTEN);
        last_run = NULL;
        ck_assert_int_eq(nitro_run_hand_written(parsed.command, NULL, parsed.opts), 0);
        ck_assert_pstr_eq(last_run, parsed.command->words);
        ck_assert_ptr_eq(last_opts, parsed.opts);
    }
}
END_TEST

/* ---- nitro_parse_int ---------------------------------------------------- */

START_TEST(parse_int_edges) {
    long long value = 42;
    ck_assert(nitro_parse_int("9223372036854775807", NITRO_INT_MIN, NITRO_INT_MAX, &value));
    ck_assert(value == LLONG_MAX);
    ck_assert(nitro_parse_int("-9223372036854775808", NITRO_INT_MIN, NITRO_INT_MAX, &value));
    ck_assert(value == LLONG_MIN);
    ck_assert(nitro_parse_int("+5", NITRO_INT_MIN, NITRO_INT_MAX, &value));
    ck_assert_int_eq(value, 5);
    ck_assert(nitro_parse_int("-0", NITRO_INT_MIN, NITRO_INT_MAX, &value));
    ck_assert_int_eq(value, 0);
    ck_assert(nitro_parse_int("0010", NITRO_INT_MIN, NITRO_INT_MAX, &value));
    ck_assert_int_eq(value, 10);

    static const char *const rejected[] = {
        "9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999",
        "-",
        "+",
        "",
        " 5",
        "5 ",
        "\t5",
        "+-5",
        "--5",
        "5-",
        "0x1f",
        "1e3",
        "1.0",
        "1,000",
        "½",
    };
    for (size_t i = 0; i < sizeof rejected / sizeof *rejected; i++) {
        value = 42;
        ck_assert_msg(!nitro_parse_int(rejected[i], NITRO_INT_MIN, NITRO_INT_MAX, &value), "accepted '%s'",
                      rejected[i]);
        ck_assert_msg(value == 42, "'%s' changed the output", rejected[i]);
    }
}
END_TEST

START_TEST(parse_int_range) {
    long long value = 42;
    ck_assert(nitro_parse_int("1", 1, 36500, &value));
    ck_assert_int_eq(value, 1);
    ck_assert(nitro_parse_int("36500", 1, 36500, &value));
    ck_assert_int_eq(value, 36500);
    value = 42;
    ck_assert(!nitro_parse_int("0", 1, 36500, &value));
    ck_assert(!nitro_parse_int("36501", 1, 36500, &value));
    ck_assert(!nitro_parse_int("-1", 0, 10, &value));
    ck_assert_int_eq(value, 42);
}
END_TEST

/* ---- the tables the parser relies on ------------------------------------ */

START_TEST(find_option) {
    ck_assert_int_eq(parse("token", "create", "--description", "x"), NITRO_PARSE_OK);
    const nitro_command *create = parsed.command;
    const nitro_option *expires = nitro_find_option(create, "expires");
    ck_assert_ptr_nonnull(expires);
    ck_assert_int_eq(expires->type, NITRO_OPT_INT);
    ck_assert_int_eq(expires->min, 1);
    ck_assert_int_eq(expires->max, 36500);
    ck_assert_str_eq(expires->default_text, "180");
    ck_assert_str_eq(expires->env[0], "NITRO_EXPIRES");
    ck_assert_str_eq(expires->env[1], "BARISTA_EXPIRES");
    ck_assert_ptr_null(expires->env[2]);
    const nitro_option *api_key = nitro_find_option(create, "api-key");
    ck_assert_ptr_nonnull(api_key);
    ck_assert_uint_eq(api_key->flags, NITRO_OPT_SECRET | NITRO_OPT_GLOBAL);
    ck_assert_ptr_null(nitro_find_option(create, "nope"));
    ck_assert_ptr_null(nitro_find_option(create, "expires=7"));
    ck_assert_ptr_null(nitro_find_option(create, ""));
}
END_TEST

/* ---- the clap-style error layout ---------------------------------------- */

START_TEST(usage_error_layout_with_tip) {
    ASSERT_ERROR(parse("token", "create", "--descripton", "x"), "unexpected argument '--descripton' found");
    char *text = render_usage_error();
    ck_assert_str_eq(text, "error: unexpected argument '--descripton' found\n"
                           "\n"
                           "  tip: a similar argument exists: '--description'\n"
                           "\n"
                           "Usage: nitro token create [options]\n"
                           "\n"
                           "For more information, try 'nitro token create --help'.\n");
    free(text);
}
END_TEST

START_TEST(usage_error_layout_with_extra) {
    ASSERT_ERROR(parse("token", "list", "--output", "yaml"), "invalid value 'yaml' for '--output <format>'");
    char *text = render_usage_error();
    ck_assert_str_eq(text, "error: invalid value 'yaml' for '--output <format>'\n"
                           "  [possible values: json]\n"
                           "\n"
                           "Usage: nitro token list [options]\n"
                           "\n"
                           "For more information, try 'nitro token list --help'.\n");
    free(text);

    ASSERT_ERROR(parse("token", "list", "--output=jsn"), "invalid value 'jsn' for '--output <format>'");
    text = render_usage_error();
    ck_assert_str_eq(text, "error: invalid value 'jsn' for '--output <format>'\n"
                           "  [possible values: json]\n"
                           "\n"
                           "  tip: a similar value exists: 'json'\n"
                           "\n"
                           "Usage: nitro token list [options]\n"
                           "\n"
                           "For more information, try 'nitro token list --help'.\n");
    free(text);
}
END_TEST

START_TEST(usage_error_layout_for_group) {
    ASSERT_ERROR(parse("token", "bogus"), "unrecognized subcommand 'bogus'");
    char *text = render_usage_error();
    ck_assert_str_eq(text, "error: unrecognized subcommand 'bogus'\n"
                           "\n"
                           "  tip: the subcommands are: 'create', 'list', 'revoke', 'tag'\n"
                           "\n"
                           "Usage: nitro token [command] [options]\n"
                           "\n"
                           "For more information, try 'nitro token --help'.\n");
    free(text);

    ASSERT_ERROR(parse("token", "revoke", "a", "b"), "unexpected argument 'b' found");
    text = render_usage_error();
    ck_assert_str_eq(text, "error: unexpected argument 'b' found\n"
                           "\n"
                           "Usage: nitro token revoke <id> [options]\n"
                           "\n"
                           "For more information, try 'nitro token revoke --help'.\n");
    free(text);

    ASSERT_ERROR(parse("workspace", "member", "add", "ada@example.com", "editr"), "invalid value 'editr' for '<role>'");
    text = render_usage_error();
    ck_assert_str_eq(text, "error: invalid value 'editr' for '<role>'\n"
                           "  [possible values: viewer, editor, owner]\n"
                           "\n"
                           "  tip: a similar value exists: 'editor'\n"
                           "\n"
                           "Usage: nitro workspace member add <email> [<role>] [options]\n"
                           "\n"
                           "For more information, try 'nitro workspace member add --help'.\n");
    free(text);
}
END_TEST

Suite *args_suite(void) {
    Suite *suite = suite_create("args");

    TCase *values = tcase_create("values");
    tcase_add_checked_fixture(values, setup, teardown);
    tcase_add_test(values, description_from_argv_with_defaults);
    tcase_add_test(values, description_with_equals);
    tcase_add_test(values, value_may_start_with_one_dash);
    tcase_add_test(values, expires_from_argv);
    tcase_add_test(values, expires_bounds_accepted);
    tcase_add_test(values, expires_from_env);
    tcase_add_test(values, argv_beats_env);
    tcase_add_test(values, legacy_env_only_when_preferred_unset);
    tcase_add_test(values, empty_env_counts_as_unset);
    tcase_add_test(values, description_from_env);
    tcase_add_test(values, global_options_from_env);
    tcase_add_test(values, flag_from_env);
    tcase_add_test(values, choice_with_default);
    tcase_add_loop_test(values, precedence_matrix, 0, 8);
    suite_add_tcase(suite, values);

    TCase *bools = tcase_create("bool options");
    tcase_add_checked_fixture(bools, setup, teardown);
    tcase_add_test(bools, bool_alone_is_true);
    tcase_add_test(bools, bool_takes_a_boolean_word);
    tcase_add_test(bools, bool_leaves_other_words);
    tcase_add_test(bools, bool_from_env);
    tcase_add_test(bools, bool_bad_value);
    tcase_add_test(bools, bool_repeated);
    suite_add_tcase(suite, bools);

    TCase *ints = tcase_create("invalid integers");
    tcase_add_checked_fixture(ints, setup, teardown);
    int n_bad = (int)(sizeof bad_expires / sizeof *bad_expires);
    tcase_add_loop_test(ints, bad_expires_in_argv, 0, n_bad);
    tcase_add_loop_test(ints, bad_expires_in_env, 0, n_bad);
    tcase_add_test(ints, int_with_lower_bound_only);
    tcase_add_test(ints, long_bad_value_is_truncated);
    tcase_add_test(ints, parse_int_edges);
    tcase_add_test(ints, parse_int_range);
    suite_add_tcase(suite, ints);

    TCase *errors = tcase_create("usage errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, typo_in_option_name);
    tcase_add_test(errors, single_dash_option_is_unknown);
    tcase_add_test(errors, very_long_option_name);
    tcase_add_test(errors, unexpected_positional);
    tcase_add_test(errors, output_choice);
    tcase_add_test(errors, output_choice_from_env);
    tcase_add_test(errors, unknown_subcommand);
    tcase_add_test(errors, positional_choice);
    tcase_add_test(errors, group_without_subcommand);
    tcase_add_test(errors, repeated_option);
    tcase_add_test(errors, list_option_values);
    tcase_add_test(errors, flag_with_value);
    tcase_add_test(errors, value_missing);
    tcase_add_test(errors, unknown_option_before_subcommand);
    tcase_add_test(errors, global_option_value_checked_before_subcommand);
    suite_add_tcase(suite, errors);

    TCase *structure = tcase_create("help, version, positionals, globals");
    tcase_add_checked_fixture(structure, setup, teardown);
    tcase_add_test(structure, help_flags_at_every_level);
    tcase_add_test(structure, help_after_double_dash_is_a_value);
    tcase_add_test(structure, version_flag);
    tcase_add_test(structure, revoke_positional_id);
    tcase_add_test(structure, double_dash_ends_options);
    tcase_add_test(structure, missing_positional);
    tcase_add_test(structure, missing_required_option);
    tcase_add_test(structure, prompted_positional_clears_missing);
    tcase_add_test(structure, global_option_before_subcommand);
    tcase_add_test(structure, hidden_command_parses);
    tcase_add_test(structure, group_that_runs_itself);
    tcase_add_test(structure, plain_command_runs_its_handler);
    tcase_add_test(structure, find_option);
    suite_add_tcase(suite, structure);

    TCase *layout = tcase_create("usage error layout");
    tcase_add_checked_fixture(layout, setup, teardown);
    tcase_add_test(layout, usage_error_layout_with_tip);
    tcase_add_test(layout, usage_error_layout_with_extra);
    tcase_add_test(layout, usage_error_layout_for_group);
    suite_add_tcase(suite, layout);

    return suite;
}
