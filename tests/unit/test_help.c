/* The generated --help texts of the fixture's command tree
 * (tests/unit/fixture/nitro.toml): its shape, a snapshot per command, and
 * what the help renderer makes of each kind of input (wrapped option rows,
 * env vars, defaults, possible values, required inputs, positionals,
 * multi-line examples, hidden commands, the exit-code table). The rules any
 * tree must follow are in help_checks.c, run here over the fixture.
 *
 * Snapshots live in tests/unit/fixture/snapshots/<words with dashes>.txt,
 * e.g. nitro-token-create.txt for `nitro token create`. After an intended
 * change to the fixture or the help generator, rewrite them with
 *
 *     NITRO_UPDATE_SNAPSHOTS=1 ./build/tests/parser_tests
 *
 * and review the diff (git diff tests/unit/fixture/snapshots) before
 * committing. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* opendir */
#endif
#include <check.h>
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "generated/cli.h"
#include "help_checks.h"
#include "suites.h"

#define SNAPSHOT_DIR NITRO_SOURCE_DIR "/tests/unit/fixture/snapshots"

/* "nitro token create" -> "<dir>/nitro-token-create.txt" */
static void snapshot_path(const nitro_command *command, char *path, size_t size) {
    int n = snprintf(path, size, "%s/%s.txt", SNAPSHOT_DIR, command->words);
    ck_assert(n > 0 && (size_t)n < size);
    for (char *p = path + strlen(SNAPSHOT_DIR) + 1; *p; p++) {
        if (*p == ' ') *p = '-';
    }
}

/* The whole file, or NULL when it cannot be read; free() it. */
static char *read_text(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    size_t size = 0, capacity = 4096;
    char *text = malloc(capacity);
    ck_assert_ptr_nonnull(text);
    size_t got;
    while ((got = fread(text + size, 1, capacity - size - 1, file)) > 0) {
        size += got;
        if (capacity - size - 1 == 0) {
            capacity *= 2;
            text = realloc(text, capacity);
            ck_assert_ptr_nonnull(text);
        }
    }
    fclose(file);
    text[size] = '\0';
    return text;
}

static bool update_requested(void) {
    const char *update = getenv("NITRO_UPDATE_SNAPSHOTS");
    return update && strcmp(update, "1") == 0;
}

/* Line number (from 1) where two texts first differ, with the two lines. */
static int first_difference(const char *a, const char *b, char *line_a, char *line_b, size_t size) {
    int line = 1;
    const char *start_a = a, *start_b = b;
    while (*a && *a == *b) {
        if (*a == '\n') {
            line++;
            start_a = a + 1;
            start_b = b + 1;
        }
        a++;
        b++;
    }
    snprintf(line_a, size, "%.*s", (int)strcspn(start_a, "\n"), start_a);
    snprintf(line_b, size, "%.*s", (int)strcspn(start_b, "\n"), start_b);
    return line;
}

/* ---- the tree ------------------------------------------------------------ */

/* Depth first, subcommands in name order: the order of the bsearch tables. */
START_TEST(tree_is_complete) {
    static const char *const expected[] = {
        "nitro",
        "nitro __probe", /* hidden */
        "nitro login",
        "nitro token",
        "nitro token create",
        "nitro token list",
        "nitro token revoke",
        "nitro token tag", /* a group that also runs itself */
        "nitro token tag clear",
        "nitro workspace",
        "nitro workspace create",
        "nitro workspace member",
        "nitro workspace member add",
    };
    size_t n = sizeof expected / sizeof *expected;
    ck_assert_int_eq(tree_command_count(), (int)n);
    for (size_t i = 0; i < n; i++)
        ck_assert_str_eq(tree_command_at((int)i)->words, expected[i]);

    ck_assert_uint_eq(nitro_root_command.n_subcommands, 4);
    ck_assert_uint_eq(nitro_root_command.subcommands[0]->flags, NITRO_CMD_HIDDEN | NITRO_CMD_HAND_WRITTEN);
    ck_assert_str_eq(nitro_root_command.subcommands[0]->name, "__probe");
    ck_assert_str_eq(NITRO_PROGRAM_NAME, "nitro");
    ck_assert_str_eq(NITRO_VERSION, "1.2.3");
}
END_TEST

/* What each spec type becomes in the tables. */
START_TEST(option_rows) {
    const nitro_command *create = tree_find_command("nitro token create");
    const nitro_option *description = nitro_find_option(create, "description");
    ck_assert_int_eq(description->type, NITRO_OPT_STRING);
    ck_assert_str_eq(description->value_name, "description");
    ck_assert_uint_eq(description->flags, NITRO_OPT_REQUIRED);
    ck_assert_str_eq(description->prompt, "Description of the token");
    ck_assert_ptr_null(description->default_text);

    const nitro_command *workspace_create = tree_find_command("nitro workspace create");
    const nitro_option *is_default = nitro_find_option(workspace_create, "default");
    ck_assert_int_eq(is_default->type, NITRO_OPT_BOOL);
    ck_assert_ptr_null(is_default->value_name);
    ck_assert_str_eq(is_default->env[0], "NITRO_DEFAULT");
    ck_assert_str_eq(is_default->env[1], "BARISTA_DEFAULT");
    const nitro_option *seats = nitro_find_option(workspace_create, "seats");
    ck_assert_int_eq(seats->type, NITRO_OPT_INT);
    ck_assert(seats->min == 1 && seats->max == NITRO_INT_MAX);
    ck_assert_ptr_null(seats->env);

    const nitro_option *all = nitro_find_option(tree_find_command("nitro token list"), "all");
    ck_assert_int_eq(all->type, NITRO_OPT_FLAG);
    ck_assert_ptr_null(all->value_name);

    const nitro_option *mode = nitro_find_option(tree_find_command("nitro login"), "mode");
    ck_assert_str_eq(mode->default_text, "browser");
    ck_assert_str_eq(mode->choices[0], "browser");
    ck_assert_str_eq(mode->choices[1], "device");
    ck_assert_ptr_null(mode->choices[2]);

    const nitro_command *add = tree_find_command("nitro workspace member add");
    ck_assert_uint_eq(add->n_args, 2);
    ck_assert(add->args[0].required && !add->args[1].required);
    ck_assert_ptr_null(add->args[0].choices);
    ck_assert_str_eq(add->args[1].choices[2], "owner");
    ck_assert_str_eq(tree_find_command("nitro token revoke")->args[0].prompt, "ID of the token to revoke");
}
END_TEST

/* ---- snapshots ---------------------------------------------------------- */

START_TEST(help_matches_snapshot) {
    const nitro_command *command = tree_command_at(_i);
    char path[1024];
    snapshot_path(command, path, sizeof path);

    if (update_requested()) {
        FILE *file = fopen(path, "wb");
        ck_assert_msg(file != NULL, "cannot write %s", path);
        ck_assert_int_eq(fputs(command->help, file) >= 0, 1);
        ck_assert_int_eq(fclose(file), 0);
        return;
    }
    char *snapshot = read_text(path);
    ck_assert_msg(snapshot != NULL, "no snapshot %s (create it with NITRO_UPDATE_SNAPSHOTS=1)", path);
    if (strcmp(snapshot, command->help) != 0) {
        char expected[256], actual[256];
        int line = first_difference(snapshot, command->help, expected, actual, sizeof expected);
        free(snapshot);
        ck_abort_msg("help of '%s' differs from %s at line %d:\n  snapshot: \"%s\"\n  actual:   \"%s\"\n"
                     "(if intended, rerun with NITRO_UPDATE_SNAPSHOTS=1 and review the diff)",
                     command->words, path, line, expected, actual);
    }
    free(snapshot);
}
END_TEST

/* Every snapshot file belongs to a command: a removed command leaves none behind. */
START_TEST(no_stray_snapshots) {
    if (update_requested()) return;
    DIR *dir = opendir(SNAPSHOT_DIR);
    ck_assert_msg(dir != NULL, "cannot open %s", SNAPSHOT_DIR);
    int found = 0, n_commands = tree_command_count();
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        const char *name = entry->d_name;
        if (name[0] == '.') continue;
        bool known = false;
        for (int i = 0; i < n_commands && !known; i++) {
            char path[1024];
            snapshot_path(tree_command_at(i), path, sizeof path);
            known = strcmp(strrchr(path, '/') + 1, name) == 0;
        }
        if (!known) {
            closedir(dir);
            ck_abort_msg("%s/%s matches no command", SNAPSHOT_DIR, name);
        }
        found++;
    }
    closedir(dir);
    ck_assert_int_eq(found, n_commands);
}
END_TEST

/* ---- what the renderer makes of each input ------------------------------- */

/* Option rows: the command's own in spec order, then the globals; a long
 * text wraps under its column; env, default and (REQUIRED) follow the text. */
START_TEST(option_rows_wrap_and_keep_spec_order) {
    const char *help = tree_find_command("nitro token create")->help;
    static const char *const needles[] = {
        "\nOptions:\n"
        "  --description <description>  Human-readable description used to identify the\n"
        "                               token later. [env: NITRO_DESCRIPTION]\n"
        "                               (REQUIRED)\n"
        "  --expires <expires>          Expiration time of the token in days.\n"
        "                               [env: NITRO_EXPIRES] [default: 180]\n"
        "  --cloud-url <cloud-url>      Host of the API. [env: NITRO_CLOUD_URL]\n"
        "                               [default: api.example.com]\n",
        "\n  --verbose                    Print more. [env: NITRO_VERBOSE]\n"
        "  -?, -h, --help               Show help and usage information.\n",
    };
    for (size_t i = 0; i < sizeof needles / sizeof *needles; i++)
        ASSERT_CONTAINS(help, needles[i], "nitro token create");
    /* Only the first env var is shown: the legacy twin is not advertised. */
    ck_assert_ptr_null(strstr(help, "BARISTA_"));
    /* A secret option's row looks like any other. */
    ASSERT_CONTAINS(help, "\n  --api-key <api-key>          An API key used to authenticate.\n", "nitro token create");
}
END_TEST

/* A multi-line example keeps its lines, indented under "Examples:". */
START_TEST(examples_keep_their_lines) {
    const char *help = tree_find_command("nitro token create")->help;
    ASSERT_CONTAINS(help,
                    "\nExamples:\n"
                    "  nitro token create --description \"<description>\"\n"
                    "  nitro token create --description \"<description>\" --expires \"30\"\n"
                    "  SECRET=$(nitro token create \\\n"
                    "    --description \"<description>\" \\\n"
                    "    --output json)\n",
                    "nitro token create");
    ck_assert_str_eq(help + strlen(help) - strlen("    --output json)\n"), "    --output json)\n");
}
END_TEST

/* Flags and bools have no value name; possible values and defaults of a string. */
START_TEST(flag_bool_and_choice_rows) {
    const char *list = tree_find_command("nitro token list")->help;
    ASSERT_CONTAINS(list, "\n  --all                    Fetch every page.\n", "nitro token list");
    ASSERT_CONTAINS(list, "[env: NITRO_OUTPUT_FORMAT] [possible values: json]\n", "nitro token list");

    const char *create = tree_find_command("nitro workspace create")->help;
    ASSERT_CONTAINS(create,
                    "\n  --default                Make it the default workspace (--default false: do\n"
                    "                           not). [env: NITRO_DEFAULT]\n"
                    "  --seats <seats>          How many members it may have.\n",
                    "nitro workspace create");

    const char *login = tree_find_command("nitro login")->help;
    ASSERT_CONTAINS(login,
                    "\n  --mode <mode>            How to sign in. [env: NITRO_LOGIN_MODE]\n"
                    "                           [default: browser]\n"
                    "                           [possible values: browser, device]\n",
                    "nitro login");
}
END_TEST

/* Positionals: <required>, [<optional>], their rows and possible values. */
START_TEST(positional_rows_and_usage) {
    const nitro_command *revoke = tree_find_command("nitro token revoke");
    ck_assert_str_eq(revoke->usage, "nitro token revoke <id> [options]");
    ASSERT_CONTAINS(revoke->help, "\nArguments:\n  <id>  ID of the token to revoke. (REQUIRED)\n\nOptions:\n",
                    "nitro token revoke");

    const nitro_command *login = tree_find_command("nitro login");
    ck_assert_str_eq(login->usage, "nitro login [<url>] [options]");
    ASSERT_CONTAINS(login->help, "\nArguments:\n  <url>  Identity server to sign in with.\n", "nitro login");

    const nitro_command *add = tree_find_command("nitro workspace member add");
    ck_assert_str_eq(add->usage, "nitro workspace member add <email> [<role>] [options]");
    ASSERT_CONTAINS(add->help,
                    "\nArguments:\n"
                    "  <email>  The member's email address. (REQUIRED)\n"
                    "  <role>   What the member may do. [possible values: viewer, editor, owner]\n",
                    "nitro workspace member add");

    ck_assert_str_eq(tree_find_command("nitro token list")->usage, "nitro token list [options]");
    ck_assert_ptr_null(strstr(tree_find_command("nitro token list")->help, "Arguments:"));
}
END_TEST

/* Groups: usage with [command], only --help as an option, subcommands in spec order. */
START_TEST(group_help) {
    const nitro_command *token = tree_find_command("nitro token");
    ck_assert_str_eq(token->usage, "nitro token [command] [options]");
    ASSERT_CONTAINS(token->help,
                    "\nOptions:\n"
                    "  -?, -h, --help  Show help and usage information.\n"
                    "\n"
                    "Commands:\n"
                    "  create  Create a token.\n"
                    "  list    List tokens.\n"
                    "  revoke  Revoke a token by its ID.\n"
                    "  tag     Tag tokens.\n"
                    "\n"
                    "Examples:\n"
                    "  nitro token list\n",
                    "nitro token");
    /* A group takes no options of its own, not even the globals. */
    ck_assert_uint_eq(token->n_options, 0);
    ck_assert_ptr_null(strstr(token->help, "--cloud-url"));

    const nitro_command *member = tree_find_command("nitro workspace member");
    ck_assert_str_eq(member->usage, "nitro workspace member [command] [options]");
    ASSERT_CONTAINS(member->help, "\nCommands:\n  add  Add a member.\n", "nitro workspace member");
    ASSERT_CONTAINS(tree_find_command("nitro workspace")->help,
                    "\nCommands:\n  create  Create a workspace.\n  member  Manage the members of a workspace.\n",
                    "nitro workspace");
}
END_TEST

/* The root: the description wrapped, --version, the visible commands in spec
 * order (the hidden one left out), every exit code, the program's examples. */
START_TEST(root_help) {
    const char *help = nitro_root_command.help;
    ck_assert_str_eq(nitro_root_command.usage, "nitro [command] [options]");
    ck_assert_str_eq(help, "Description:\n"
                           "  A made-up command tree that exercises every parser and help feature. Its\n"
                           "  words and options are the tests' own, not the product's.\n"
                           "\n"
                           "Usage:\n"
                           "  nitro [command] [options]\n"
                           "\n"
                           "Options:\n"
                           "  --version       Show version information.\n"
                           "  -?, -h, --help  Show help and usage information.\n"
                           "\n"
                           "Commands:\n"
                           "  token      Manage tokens.\n"
                           "  workspace  Manage workspaces.\n"
                           "  login      Sign in.\n"
                           "\n"
                           "Exit codes:\n"
                           "  0    The command succeeded.\n"
                           "  1    The command failed.\n"
                           "  2    Usage error: an unknown option, a bad value or a missing input.\n"
                           "  4    Authentication is needed or was rejected.\n"
                           "  130  Interrupted (Ctrl-C or SIGTERM).\n"
                           "\n"
                           "Examples:\n"
                           "  nitro token create --description \"<description>\"\n"
                           "  nitro token list --output json\n");
    ck_assert_uint_eq(nitro_exit_code_count, 5);
    ck_assert_int_eq(nitro_exit_codes()[4].code, NITRO_EXIT_INTERRUPTED);
    ck_assert_str_eq(nitro_exit_codes()[4].name, "interrupted");
}
END_TEST

/* A hidden command has help of its own, like any command. */
START_TEST(hidden_command_help) {
    const nitro_command *probe = tree_find_command("nitro __probe");
    ck_assert_str_eq(probe->usage, "nitro __probe <topic> [<prefix>] [options]");
    ASSERT_CONTAINS(probe->help, "\n  <topic>   What to probe. [possible values: alpha, beta] (REQUIRED)\n",
                    "nitro __probe");
}
END_TEST

Suite *help_suite(void) {
    Suite *suite = suite_create("help");
    int count = tree_command_count();

    TCase *tree = tcase_create("tree");
    tcase_add_test(tree, tree_is_complete);
    tcase_add_test(tree, option_rows);
    suite_add_tcase(suite, tree);

    TCase *snapshots = tcase_create("snapshots");
    tcase_add_loop_test(snapshots, help_matches_snapshot, 0, count);
    tcase_add_test(snapshots, no_stray_snapshots);
    suite_add_tcase(suite, snapshots);

    TCase *content = tcase_create("content");
    tcase_add_test(content, option_rows_wrap_and_keep_spec_order);
    tcase_add_test(content, examples_keep_their_lines);
    tcase_add_test(content, flag_bool_and_choice_rows);
    tcase_add_test(content, positional_rows_and_usage);
    tcase_add_test(content, group_help);
    tcase_add_test(content, root_help);
    tcase_add_test(content, hidden_command_help);
    suite_add_tcase(suite, content);

    add_help_checks(suite);
    return suite;
}
