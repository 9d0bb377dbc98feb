/* Rules every generated command tree must follow, whichever is linked in:
 * the fixture's (parser_tests, tests/unit/fixture) or the product's
 * (unit_tests). They walk the tree rather than name its commands, so adding
 * a command breaks none of them. */
#ifndef NITRO_TEST_HELP_CHECKS_H
#define NITRO_TEST_HELP_CHECKS_H

#include <check.h>
#include <stdbool.h>
#include <string.h> /* ASSERT_CONTAINS */

#include "args.h"

/* The commands of nitro_root_command's tree, depth first, subcommands in
 * table (name) order; index 0 is the root. */
int tree_command_count(void);
const nitro_command *tree_command_at(int index);
/* The command whose words are `words` ("nitro pat create"); fails the test when there is none. */
const nitro_command *tree_find_command(const char *words);

/* True when some line of `text` starts with `prefix` and contains `needle`. */
bool has_line(const char *text, const char *prefix, const char *needle);

#define ASSERT_CONTAINS(haystack, needle, words)                                                                       \
    ck_assert_msg(strstr((haystack), (needle)) != NULL, "help of '%s' lacks \"%s\"", (words), (needle))

/* Adds the test cases "tree rules" (tables sorted for bsearch, globals in
 * every leaf) and "help rules" (layout, subcommand lists, every option's env
 * var, default and possible values, the root's exit codes) to `suite`. */
void add_help_checks(Suite *suite);

#endif
