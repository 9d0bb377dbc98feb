/* "Did you mean" (runtime/core/suggest.c): what is close enough to suggest. */
#include <check.h>
#include <string.h>

#include "suggest.h"
#include "suites.h"

static const char *const options[] = {"api-key", "cloud-url", "description", "expires", "output", "help"};
static const char *const subcommands[] = {"create", "list", "revoke"};

#define N(array) (sizeof(array) / sizeof *(array))

START_TEST(close_typo) {
    ck_assert_pstr_eq(nitro_suggest("descripton", options, N(options)), "description");
    ck_assert_pstr_eq(nitro_suggest("desription", options, N(options)), "description");
    ck_assert_pstr_eq(nitro_suggest("expirse", options, N(options)), "expires");
    ck_assert_pstr_eq(nitro_suggest("outptu", options, N(options)), "output");
    ck_assert_pstr_eq(nitro_suggest("crate", subcommands, N(subcommands)), "create");
    ck_assert_pstr_eq(nitro_suggest("lst", subcommands, N(subcommands)), "list");
    ck_assert_pstr_eq(nitro_suggest("revokee", subcommands, N(subcommands)), "revoke");
    ck_assert_pstr_eq(nitro_suggest("cloud_url", options, N(options)), "cloud-url");
}
END_TEST

START_TEST(transposition) {
    /* An adjacent swap counts as one edit, so these are one step away. */
    ck_assert_pstr_eq(nitro_suggest("descritpion", options, N(options)), "description");
    ck_assert_pstr_eq(nitro_suggest("lsit", subcommands, N(subcommands)), "list");
    ck_assert_pstr_eq(nitro_suggest("hlep", options, N(options)), "help");
    ck_assert_pstr_eq(nitro_suggest("jsno", (const char *const[]){"json"}, 1), "json");
}
END_TEST

START_TEST(prefix) {
    ck_assert_pstr_eq(nitro_suggest("exp", options, N(options)), "expires");
    ck_assert_pstr_eq(nitro_suggest("desc", options, N(options)), "description");
    ck_assert_pstr_eq(nitro_suggest("rev", subcommands, N(subcommands)), "revoke");
    ck_assert_pstr_eq(nitro_suggest("cl", options, N(options)), "cloud-url");
    /* Among equally good candidates the first wins. */
    ck_assert_pstr_eq(nitro_suggest("ab", (const char *const[]){"abc", "abd"}, 2), "abc");
}
END_TEST

START_TEST(nothing_close) {
    ck_assert_ptr_null(nitro_suggest("bogus", subcommands, N(subcommands)));
    ck_assert_ptr_null(nitro_suggest("zzzzzzzz", options, N(options)));
    ck_assert_ptr_null(nitro_suggest("yaml", (const char *const[]){"json"}, 1));
    ck_assert_ptr_null(nitro_suggest("version", options, N(options)));
    ck_assert_ptr_null(nitro_suggest("x", subcommands, N(subcommands)));
    ck_assert_ptr_null(nitro_suggest("descripton", NULL, 0));
}
END_TEST

START_TEST(very_long_input) {
    char typed[200];
    memset(typed, 'd', sizeof typed - 1);
    typed[sizeof typed - 1] = '\0';
    ck_assert_ptr_null(nitro_suggest(typed, options, N(options)));
    /* A long word that starts like a candidate is still not a prefix of it. */
    memcpy(typed, "description", 11);
    ck_assert_ptr_null(nitro_suggest(typed, options, N(options)));
}
END_TEST

Suite *suggest_suite(void) {
    Suite *suite = suite_create("suggest");
    TCase *cases = tcase_create("suggest");
    tcase_add_test(cases, close_typo);
    tcase_add_test(cases, transposition);
    tcase_add_test(cases, prefix);
    tcase_add_test(cases, nothing_close);
    tcase_add_test(cases, very_long_input);
    suite_add_tcase(suite, cases);
    return suite;
}
