/* The product's --help texts (spec/nitro.toml): the rules any command tree
 * must follow (help_checks.c), over whatever commands the product has, and
 * the help of `nitro pat`, which follows the Nitro CLI's published user
 * documentation (the seed document). The parser and the help layout
 * themselves are tested over a fixture tree in parser_tests. */
#include <check.h>
#include <string.h>

#include "args.h"
#include "generated/cli.h"
#include "help_checks.h"
#include "suites.h"

START_TEST(pat_create_help_follows_seed_doc) {
    const char *help = tree_find_command("nitro pat create")->help;
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
    const char *list = tree_find_command("nitro pat list")->help;
    ASSERT_CONTAINS(list, "\n  --cursor <cursor>  ", "nitro pat list");
    ASSERT_CONTAINS(list, "Pagination cursor to resume from. Useful for", "nitro pat list");
    ASSERT_CONTAINS(list, "[env: NITRO_CURSOR]", "nitro pat list");
    ASSERT_CONTAINS(list, "Secrets are not returned, only metadata.", "nitro pat list");
    ASSERT_CONTAINS(list, "\nExamples:\n  nitro pat list\n", "nitro pat list");

    const char *revoke = tree_find_command("nitro pat revoke")->help;
    ASSERT_CONTAINS(revoke, "\n  <id>  ID of the personal access token to revoke. (REQUIRED)\n", "nitro pat revoke");
    ASSERT_CONTAINS(revoke, "\n  --force  ", "nitro pat revoke");
    ASSERT_CONTAINS(revoke, "Skip the confirmation.", "nitro pat revoke");
    ASSERT_CONTAINS(revoke, "\n  nitro pat revoke \"<pat-id>\"\n", "nitro pat revoke");
    ASSERT_CONTAINS(revoke, "loses access immediately.", "nitro pat revoke");

    const char *pat = tree_find_command("nitro pat")->help;
    ASSERT_CONTAINS(pat, "--api-key (or NITRO_API_KEY)", "nitro pat");

    const char *workspaces = tree_find_command("nitro workspace list")->help;
    ASSERT_CONTAINS(workspaces, "\n  nitro workspace list --api-key \"$SECRET\"\n", "nitro workspace list");
}
END_TEST

/* Commands that send no request list only the options that take effect; the
 * global options they accept (as the Nitro CLI does, for scripts) and ignore
 * are named apart. */
START_TEST(commands_without_requests_list_only_what_they_use) {
    static const struct {
        const char *words, *ignored;
    } cases[] = {
        {"nitro completion", "--cloud-url,\n  --api-key, --output, --verbose.\n"},
        {"nitro logout", "--cloud-url,\n  --api-key, --verbose.\n"},
        {"nitro workspace current", "--cloud-url,\n  --api-key, --verbose.\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const nitro_command *command = tree_find_command(cases[i].words);
        const char *help = command->help;
        const char *options = strstr(help, "\nOptions:\n");
        const char *ignored = strstr(help, "\nIgnored options:\n  Accepted and ignored, as the Nitro CLI accepts "
                                           "them everywhere: ");
        ck_assert_msg(options && ignored && options < ignored, "%s", cases[i].words);
        ASSERT_CONTAINS(ignored, cases[i].ignored, cases[i].words);
        /* Not among the options: */
        ck_assert_msg(strstr(options, "\n  --verbose  ") == NULL || strstr(options, "\n  --verbose  ") > ignored,
                      "%s lists --verbose", cases[i].words);
        /* ... and still accepted by the parser. */
        ck_assert_ptr_nonnull(nitro_find_option(command, "verbose"));
        ck_assert_ptr_nonnull(nitro_find_option(command, "api-key"));
    }
    const char *completion = tree_find_command("nitro completion")->help;
    ck_assert_ptr_null(strstr(completion, "--api-key <"));
    ck_assert_ptr_null(strstr(completion, "--cloud-url <"));
    ck_assert_ptr_null(strstr(completion, "--output <"));
    /* status asks the server whom a credential acts for: --verbose traces that. */
    const char *status = tree_find_command("nitro status")->help;
    ck_assert_ptr_null(strstr(status, "\nIgnored options:"));
    ASSERT_CONTAINS(status, "\n  --verbose", "nitro status");
    ASSERT_CONTAINS(status, "\n  --api-key <api-key>", "nitro status");
    ASSERT_CONTAINS(status, "\n  --cloud-url <cloud-url>", "nitro status");
}
END_TEST

Suite *product_help_suite(void) {
    Suite *suite = suite_create("product help");
    add_help_checks(suite);

    TCase *seed = tcase_create("seed document");
    tcase_add_test(seed, pat_create_help_follows_seed_doc);
    tcase_add_test(seed, pat_list_and_revoke_help_follow_seed_doc);
    suite_add_tcase(suite, seed);

    TCase *ignored = tcase_create("ignored options");
    tcase_add_test(ignored, commands_without_requests_list_only_what_they_use);
    suite_add_tcase(suite, ignored);
    return suite;
}
