/* The generated --help texts: a snapshot per command, their layout (width,
 * whitespace, sections) and what they must mention (every option with its
 * env variable, default and possible values; the seed document's examples).
 *
 * Snapshots live in tests/unit/snapshots/<words with dashes>.txt, e.g.
 * nitro-pat-create.txt for `nitro pat create`. After an intended change to
 * the spec or the help generator, rewrite them with
 *
 *     NITRO_UPDATE_SNAPSHOTS=1 ./build/tests/unit_tests
 *
 * and review the diff (git diff tests/unit/snapshots) before committing. */
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
#include "suites.h"

#define SNAPSHOT_DIR NITRO_SOURCE_DIR "/tests/unit/snapshots"
#define MAX_HELP_COLUMNS 78

/* Every command of the tree, depth first; filled when the suite is built. */
static const nitro_command *commands[64];
static int n_commands;

static void collect(const nitro_command *command) {
    if (n_commands < (int)(sizeof commands / sizeof *commands)) commands[n_commands] = command;
    n_commands++;
    for (size_t i = 0; i < command->n_subcommands; i++)
        collect(command->subcommands[i]);
}

static const nitro_command *find_command(const char *words) {
    for (int i = 0; i < n_commands; i++) {
        if (strcmp(commands[i]->words, words) == 0) return commands[i];
    }
    ck_abort_msg("no command '%s' in the tree", words);
    return NULL;
}

/* "nitro pat create" -> "<dir>/nitro-pat-create.txt" */
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

/* True when some line of `text` starts with `prefix` and contains `needle`. */
static bool has_line(const char *text, const char *prefix, const char *needle) {
    for (const char *line = text; *line; line += strcspn(line, "\n") + (line[strcspn(line, "\n")] != '\0')) {
        size_t len = strcspn(line, "\n");
        if (strncmp(line, prefix, strlen(prefix)) != 0) continue;
        char copy[256];
        snprintf(copy, sizeof copy, "%.*s", (int)len, line);
        if (strstr(copy, needle)) return true;
    }
    return false;
}

static size_t utf8_columns(const char *text, size_t len) {
    size_t columns = 0;
    for (size_t i = 0; i < len; i++)
        columns += ((unsigned char)text[i] & 0xC0) != 0x80;
    return columns;
}

#define ASSERT_CONTAINS(haystack, needle, words)                                                                       \
    ck_assert_msg(strstr((haystack), (needle)) != NULL, "help of '%s' lacks \"%s\"", (words), (needle))

/* ---- the tree ------------------------------------------------------------ */

START_TEST(tree_is_complete) {
    ck_assert_int_eq(n_commands, 14);
    static const char *const expected[] = {
        "nitro",
        "nitro __complete", /* hidden: for the completion scripts */
        "nitro completion",
        "nitro login",
        "nitro logout",
        "nitro pat",
        "nitro pat create",
        "nitro pat list",
        "nitro pat revoke",
        "nitro status",
        "nitro workspace",
        "nitro workspace current",
        "nitro workspace list",
        "nitro workspace set-default",
    };
    for (size_t i = 0; i < sizeof expected / sizeof *expected; i++) {
        ck_assert_str_eq(commands[i]->words, expected[i]);
    }
}
END_TEST

/* The parser bsearches both tables, so they must be sorted by name. */
START_TEST(tables_are_sorted) {
    const nitro_command *command = commands[_i];
    for (size_t i = 1; i < command->n_subcommands; i++) {
        ck_assert_msg(strcmp(command->subcommands[i - 1]->name, command->subcommands[i]->name) < 0,
                      "subcommands of '%s' not sorted at '%s'", command->words, command->subcommands[i]->name);
    }
    for (size_t i = 1; i < command->n_options; i++) {
        ck_assert_msg(strcmp(command->options[i - 1].name, command->options[i].name) < 0,
                      "options of '%s' not sorted at '%s'", command->words, command->options[i].name);
    }
    for (size_t i = 0; i < command->n_subcommands; i++) {
        char words[128];
        snprintf(words, sizeof words, "%s %s", command->words, command->subcommands[i]->name);
        ck_assert_str_eq(command->subcommands[i]->words, words);
    }
}
END_TEST

START_TEST(global_options_sorted_and_in_every_leaf) {
    for (size_t i = 1; i < nitro_global_option_count; i++) {
        ck_assert(strcmp(nitro_global_options[i - 1].name, nitro_global_options[i].name) < 0);
    }
    for (int c = 0; c < n_commands; c++) {
        if (commands[c]->n_subcommands > 0) continue;
        for (size_t i = 0; i < nitro_global_option_count; i++) {
            const nitro_option *option = nitro_find_option(commands[c], nitro_global_options[i].name);
            ck_assert_msg(option != NULL, "'%s' lacks --%s", commands[c]->words, nitro_global_options[i].name);
            /* Globals given before the subcommand are stored at the global table's offset. */
            ck_assert_uint_eq(option->offset, nitro_global_options[i].offset);
            ck_assert_uint_eq(option->flags & NITRO_OPT_GLOBAL, NITRO_OPT_GLOBAL);
        }
    }
}
END_TEST

/* ---- snapshots ---------------------------------------------------------- */

START_TEST(help_matches_snapshot) {
    const nitro_command *command = commands[_i];
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
    int found = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        const char *name = entry->d_name;
        if (name[0] == '.') continue;
        bool known = false;
        for (int i = 0; i < n_commands && !known; i++) {
            char path[1024];
            snapshot_path(commands[i], path, sizeof path);
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

/* ---- layout ------------------------------------------------------------- */

START_TEST(help_layout) {
    const nitro_command *command = commands[_i];
    const char *help = command->help;
    ck_assert_ptr_nonnull(help);
    ck_assert_msg(strncmp(help, "Description:\n  ", 15) == 0, "help of '%s' does not start with its description",
                  command->words);
    size_t length = strlen(help);
    ck_assert_msg(length > 2 && help[length - 1] == '\n' && help[length - 2] != '\n',
                  "help of '%s' must end with exactly one newline", command->words);
    ck_assert_ptr_null(strchr(help, '\t'));
    ck_assert_ptr_null(strstr(help, "\n\n\n"));

    int number = 1;
    for (const char *line = help; *line; number++) {
        size_t len = strcspn(line, "\n");
        size_t columns = utf8_columns(line, len);
        ck_assert_msg(columns <= MAX_HELP_COLUMNS, "help of '%s' line %d has %zu columns: \"%.*s\"", command->words,
                      number, columns, (int)len, line);
        ck_assert_msg(len == 0 || line[len - 1] != ' ', "help of '%s' line %d ends with a space", command->words,
                      number);
        line += len + (line[len] == '\n');
    }

    char usage[256];
    snprintf(usage, sizeof usage, "\nUsage:\n  %s\n\n", command->usage);
    ASSERT_CONTAINS(help, usage, command->words);
    ASSERT_CONTAINS(help, "\n  -?, -h, --help  ", command->words);
    ASSERT_CONTAINS(help, "\nExamples:\n  nitro", command->words);
    ASSERT_CONTAINS(help, "\nOptions:\n", command->words);
}
END_TEST

/* A group lists each subcommand with its summary, except hidden ones. */
START_TEST(group_help_lists_subcommands) {
    const nitro_command *command = commands[_i];
    if (command->n_subcommands == 0) return;
    ASSERT_CONTAINS(command->help, "\nCommands:\n", command->words);
    for (size_t i = 0; i < command->n_subcommands; i++) {
        const nitro_command *sub = command->subcommands[i];
        if (sub->flags & NITRO_CMD_HIDDEN) {
            ck_assert_msg(strstr(command->help, sub->name) == NULL, "help of '%s' shows hidden '%s'", command->words,
                          sub->name);
            continue;
        }
        char prefix[64];
        snprintf(prefix, sizeof prefix, "  %s  ", sub->name);
        ck_assert_msg(has_line(command->help, prefix, sub->summary), "help of '%s' lacks \"%s\" with \"%s\"",
                      command->words, prefix, sub->summary);
    }
}
END_TEST

/* A leaf's help shows each option with its value name, first env variable,
 * default, possible values and (REQUIRED), and each positional argument. */
START_TEST(leaf_help_mentions_every_option) {
    const nitro_command *command = commands[_i];
    if (command->n_subcommands > 0) return;
    const char *help = command->help;
    char text[256];
    for (size_t i = 0; i < command->n_options; i++) {
        const nitro_option *option = &command->options[i];
        if (option->value_name) {
            snprintf(text, sizeof text, "\n  --%s <%s>  ", option->name, option->value_name);
        } else {
            snprintf(text, sizeof text, "\n  --%s  ", option->name);
        }
        ASSERT_CONTAINS(help, text, command->words);
        if (option->env) {
            snprintf(text, sizeof text, "[env: %s]", option->env[0]);
            ASSERT_CONTAINS(help, text, command->words);
        }
        if (option->default_text) {
            snprintf(text, sizeof text, "[default: %s]", option->default_text);
            ASSERT_CONTAINS(help, text, command->words);
        }
        if (option->choices) {
            size_t used = (size_t)snprintf(text, sizeof text, "[possible values: ");
            for (size_t c = 0; option->choices[c]; c++) {
                used += (size_t)snprintf(text + used, sizeof text - used, "%s%s", c ? ", " : "", option->choices[c]);
            }
            snprintf(text + used, sizeof text - used, "]");
            ASSERT_CONTAINS(help, text, command->words);
        }
    }
    for (size_t i = 0; i < command->n_args; i++) {
        const nitro_arg *arg = &command->args[i];
        ASSERT_CONTAINS(help, "\nArguments:\n  <", command->words);
        snprintf(text, sizeof text, "\n  <%s>  ", arg->value_name);
        ASSERT_CONTAINS(strstr(help, "\nArguments:\n"), text, command->words);
        snprintf(text, sizeof text, "<%s>", arg->value_name);
        ASSERT_CONTAINS(command->usage, text, command->words);
    }
    /* (REQUIRED) marks exactly the required inputs. */
    size_t required = 0;
    for (size_t i = 0; i < command->n_options; i++)
        required += (command->options[i].flags & NITRO_OPT_REQUIRED) != 0;
    for (size_t i = 0; i < command->n_args; i++)
        required += command->args[i].required;
    size_t marks = 0;
    for (const char *p = help; (p = strstr(p, "(REQUIRED)")) != NULL; p++)
        marks++;
    ck_assert_uint_eq(marks, required);
}
END_TEST

/* ---- the seed document (user docs of `nitro pat`) ----------------------- */

START_TEST(pat_create_help_follows_seed_doc) {
    const char *help = find_command("nitro pat create")->help;
    static const char *const needles[] = {
        "\n  --description <description>  Human-readable description used to identify the\n",
        "[env: NITRO_DESCRIPTION]",
        "(REQUIRED)",
        "\n  --expires <expires>          Expiration time of the token in days.\n",
        "[env: NITRO_EXPIRES]",
        "[default: 180]",
        "The secret is returned only once",
        "\n  nitro pat create --description \"<description>\"\n",
        "\n  nitro pat create --description \"<description>\" --expires \"30\"\n",
        "\n  SECRET=$(nitro pat create \\\n    --description \"<description>\" \\\n"
        "    --output json | jq -r '.secret')\n",
    };
    for (size_t i = 0; i < sizeof needles / sizeof *needles; i++)
        ASSERT_CONTAINS(help, needles[i], "nitro pat create");
    /* Options come in spec order: the command's own first, then the globals. */
    const char *description = strstr(help, "--description <");
    const char *expires = strstr(help, "--expires <");
    const char *cloud_url = strstr(help, "--cloud-url <");
    ck_assert(description && expires && cloud_url && description < expires && expires < cloud_url);
}
END_TEST

START_TEST(pat_list_and_revoke_help_follow_seed_doc) {
    const char *list = find_command("nitro pat list")->help;
    ASSERT_CONTAINS(list, "\n  --cursor <cursor>  ", "nitro pat list");
    ASSERT_CONTAINS(list, "Pagination cursor to resume from. Useful for", "nitro pat list");
    ASSERT_CONTAINS(list, "[env: NITRO_CURSOR]", "nitro pat list");
    ASSERT_CONTAINS(list, "Secrets are not returned, only metadata.", "nitro pat list");
    ASSERT_CONTAINS(list, "\nExamples:\n  nitro pat list\n", "nitro pat list");

    const char *revoke = find_command("nitro pat revoke")->help;
    ASSERT_CONTAINS(revoke, "\n  <id>  ID of the personal access token to revoke. (REQUIRED)\n", "nitro pat revoke");
    ASSERT_CONTAINS(revoke, "\n  --force  ", "nitro pat revoke");
    ASSERT_CONTAINS(revoke, "Skip the confirmation.", "nitro pat revoke");
    ASSERT_CONTAINS(revoke, "\n  nitro pat revoke \"<pat-id>\"\n", "nitro pat revoke");
    ASSERT_CONTAINS(revoke, "loses access immediately.", "nitro pat revoke");

    const char *pat = find_command("nitro pat")->help;
    ASSERT_CONTAINS(pat, "--api-key (or NITRO_API_KEY)", "nitro pat");

    const char *workspaces = find_command("nitro workspace list")->help;
    ASSERT_CONTAINS(workspaces, "\n  nitro workspace list --api-key \"$SECRET\"\n", "nitro workspace list");
}
END_TEST

START_TEST(root_help) {
    const char *help = nitro_root_command.help;
    ASSERT_CONTAINS(help, "\n  --version       Show version information.\n", "nitro");
    ASSERT_CONTAINS(help, "\nExit codes:\n  0    The command succeeded.\n", "nitro");
    for (size_t i = 0; i < nitro_exit_code_count; i++) {
        char prefix[16];
        snprintf(prefix, sizeof prefix, "  %-3d  ", nitro_exit_codes[i].code);
        ck_assert_msg(has_line(help, prefix, ""), "root help lacks exit code %d", nitro_exit_codes[i].code);
    }
}
END_TEST

Suite *help_suite(void) {
    n_commands = 0;
    collect(&nitro_root_command);
    int count =
        n_commands < (int)(sizeof commands / sizeof *commands) ? n_commands : (int)(sizeof commands / sizeof *commands);

    Suite *suite = suite_create("help");
    TCase *tree = tcase_create("tree");
    tcase_add_test(tree, tree_is_complete);
    tcase_add_loop_test(tree, tables_are_sorted, 0, count);
    tcase_add_test(tree, global_options_sorted_and_in_every_leaf);
    suite_add_tcase(suite, tree);

    TCase *snapshots = tcase_create("snapshots");
    tcase_add_loop_test(snapshots, help_matches_snapshot, 0, count);
    tcase_add_test(snapshots, no_stray_snapshots);
    suite_add_tcase(suite, snapshots);

    TCase *content = tcase_create("content");
    tcase_add_loop_test(content, help_layout, 0, count);
    tcase_add_loop_test(content, group_help_lists_subcommands, 0, count);
    tcase_add_loop_test(content, leaf_help_mentions_every_option, 0, count);
    tcase_add_test(content, pat_create_help_follows_seed_doc);
    tcase_add_test(content, pat_list_and_revoke_help_follow_seed_doc);
    tcase_add_test(content, root_help);
    suite_add_tcase(suite, content);
    return suite;
}
