/* Rules every generated command tree must follow (help_checks.h). They see
 * the tree through nitro_root_command and the other tables of args.h, which
 * the executable's generated cli.c defines. */
#include "help_checks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "generated/cli.h" /* NITRO_EXIT_* */

#define MAX_HELP_COLUMNS 78

/* ---- the tree ------------------------------------------------------------ */

/* The index-th command of the tree below `command` (itself first); *seen
 * counts the commands visited. A walk per lookup keeps the tests free of a
 * fixed-size list that a growing tree could outgrow. */
static const nitro_command *walk(const nitro_command *command, int index, int *seen) {
    nitro_command_load(command); /* its tables, and its subcommands' names */
    if ((*seen)++ == index) return command;
    for (size_t i = 0; i < command->n_subcommands; i++) {
        const nitro_command *found = walk(command->subcommands[i], index, seen);
        if (found) return found;
    }
    return NULL;
}

int tree_command_count(void) {
    int seen = 0;
    walk(&nitro_root_command, -1, &seen);
    return seen;
}

const nitro_command *tree_command_at(int index) {
    int seen = 0;
    const nitro_command *command = walk(&nitro_root_command, index, &seen);
    ck_assert_msg(command != NULL, "no command at index %d", index);
    return command;
}

const nitro_command *tree_find_command(const char *words) {
    for (int i = 0, n = tree_command_count(); i < n; i++) {
        const nitro_command *command = tree_command_at(i);
        if (strcmp(command->words, words) == 0) return command;
    }
    ck_abort_msg("no command '%s' in the tree", words);
    return NULL;
}

/* ---- text helpers -------------------------------------------------------- */

bool has_line(const char *text, const char *prefix, const char *needle) {
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

/* Text with every run of white space as one space, so a check does not
 * depend on where the help wrapped; free() it. */
static char *flattened(const char *text) {
    char *out = malloc(strlen(text) + 1);
    ck_assert_ptr_nonnull(out);
    size_t o = 0;
    for (const char *p = text; *p; p++) {
        bool space = *p == ' ' || *p == '\n';
        if (!space || (o > 0 && out[o - 1] != ' ')) out[o++] = space ? ' ' : *p;
    }
    out[o] = '\0';
    return out;
}

/* ---- tree rules ------------------------------------------------------------ */

/* The parser bsearches both tables, so they must be sorted by name. */
START_TEST(tables_are_sorted) {
    const nitro_command *command = tree_command_at(_i);
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
        ck_assert(strcmp(nitro_global_options()[i - 1].name, nitro_global_options()[i].name) < 0);
    }
    for (int c = 0, n = tree_command_count(); c < n; c++) {
        const nitro_command *command = tree_command_at(c);
        if (command->n_subcommands > 0 && !(command->flags & (NITRO_CMD_BEHAVIOUR | NITRO_CMD_HAND_WRITTEN)))
            continue; /* only groups */
        for (size_t i = 0; i < nitro_global_option_count; i++) {
            const nitro_option *option = nitro_find_option(command, nitro_global_options()[i].name);
            ck_assert_msg(option != NULL, "'%s' lacks --%s", command->words, nitro_global_options()[i].name);
            /* Globals given before the subcommand are stored at the global table's offset. */
            ck_assert_uint_eq(option->offset, nitro_global_options()[i].offset);
            ck_assert_uint_eq(option->flags & NITRO_OPT_GLOBAL, NITRO_OPT_GLOBAL);
        }
    }
}
END_TEST

/* The exit statuses the runtime returns by name are in the table. */
START_TEST(exit_codes_sorted_and_complete) {
    static const int needed[] = {NITRO_EXIT_OK, NITRO_EXIT_FAILURE, NITRO_EXIT_USAGE, NITRO_EXIT_AUTH,
                                 NITRO_EXIT_INTERRUPTED};
    for (size_t i = 1; i < nitro_exit_code_count; i++)
        ck_assert_int_lt(nitro_exit_codes()[i - 1].code, nitro_exit_codes()[i].code);
    for (size_t n = 0; n < sizeof needed / sizeof *needed; n++) {
        bool found = false;
        for (size_t i = 0; i < nitro_exit_code_count; i++)
            found |= nitro_exit_codes()[i].code == needed[n];
        ck_assert_msg(found, "the exit-code table lacks %d", needed[n]);
    }
}
END_TEST

/* ---- help rules ------------------------------------------------------------ */

START_TEST(help_layout) {
    const nitro_command *command = tree_command_at(_i);
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
    const nitro_command *command = tree_command_at(_i);
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
    const nitro_command *command = tree_command_at(_i);
    if (command->n_subcommands > 0 && !(command->flags & (NITRO_CMD_BEHAVIOUR | NITRO_CMD_HAND_WRITTEN)))
        return; /* a group that only groups */
    char *help = flattened(command->help);
    char text[256];
    for (size_t i = 0; i < command->n_options; i++) {
        const nitro_option *option = &command->options[i];
        if (option->flags & NITRO_OPT_HIDDEN) { /* accepted, never shown */
            char name[96];
            snprintf(name, sizeof name, "--%s", option->name);
            ck_assert_msg(!strstr(help, name), "help of '%s' shows the hidden %s", command->words, name);
            continue;
        }
        /* A global option the command accepts and ignores is only named, under "Ignored options:". */
        const char *ignored = strstr(help, " Ignored options: ");
        char named[2][96];
        snprintf(named[0], sizeof named[0], " --%s,", option->name);
        snprintf(named[1], sizeof named[1], " --%s.", option->name);
        if (ignored && (strstr(ignored, named[0]) || strstr(ignored, named[1]))) continue;
        if (option->value_name) {
            /* A value given once or more shows as clap shows it: --tag <tag>... */
            snprintf(text, sizeof text, " --%s <%s>%s ", option->name, option->value_name,
                     option->type == NITRO_OPT_STRING_LIST ? "..." : "");
        } else {
            snprintf(text, sizeof text, " --%s ", option->name);
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
        ASSERT_CONTAINS(help, " Arguments: <", command->words);
        snprintf(text, sizeof text, " <%s> ", arg->value_name);
        ASSERT_CONTAINS(strstr(help, " Arguments: "), text, command->words);
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
    free(help);
}
END_TEST

/* The root alone offers --version, and lists every exit code with its meaning. */
START_TEST(root_help_lists_exit_codes) {
    const char *help = nitro_root_command.help;
    ASSERT_CONTAINS(help, "\n  --version  ", "nitro");
    for (int i = 1, n = tree_command_count(); i < n; i++) {
        const nitro_command *command = tree_command_at(i);
        ck_assert_msg(strstr(command->help, "--version") == NULL, "help of '%s' offers --version", command->words);
    }
    ASSERT_CONTAINS(help, "\nExit codes:\n  0    ", "nitro");
    char *flat = flattened(strstr(help, "\nExit codes:\n"));
    for (size_t i = 0; i < nitro_exit_code_count; i++) {
        char prefix[16];
        snprintf(prefix, sizeof prefix, "  %-3d  ", nitro_exit_codes()[i].code);
        ck_assert_msg(has_line(help, prefix, ""), "root help lacks exit code %d", nitro_exit_codes()[i].code);
        char row[512];
        snprintf(row, sizeof row, " %d %s", nitro_exit_codes()[i].code, nitro_exit_codes()[i].meaning);
        char *flat_row = flattened(row);
        bool found = strstr(flat, flat_row) != NULL;
        free(flat_row);
        if (!found) free(flat);
        ck_assert_msg(found, "root help lacks \"%s\"", row);
    }
    free(flat);
}
END_TEST

void add_help_checks(Suite *suite) {
    int count = tree_command_count();

    TCase *tree = tcase_create("tree rules");
    tcase_add_loop_test(tree, tables_are_sorted, 0, count);
    tcase_add_test(tree, global_options_sorted_and_in_every_leaf);
    tcase_add_test(tree, exit_codes_sorted_and_complete);
    suite_add_tcase(suite, tree);

    TCase *help = tcase_create("help rules");
    tcase_add_loop_test(help, help_layout, 0, count);
    tcase_add_loop_test(help, group_help_lists_subcommands, 0, count);
    tcase_add_loop_test(help, leaf_help_mentions_every_option, 0, count);
    tcase_add_test(help, root_help_lists_exit_codes);
    suite_add_tcase(suite, help);
}
