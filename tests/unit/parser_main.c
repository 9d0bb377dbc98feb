/* Runs the parser's suites (test_args.c, test_help.c) over the test-only
 * command tree generated from tests/unit/fixture/nitro.toml, so that adding
 * or changing a product command never breaks them. Like main.c, the tests
 * pass in Check's fork mode and with CK_FORK=no. */
#include <stdlib.h>

#include "suites.h"

int main(void) {
    SRunner *runner = srunner_create(args_suite());
    srunner_add_suite(runner, help_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
