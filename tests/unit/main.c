/* Runs the product's unit suites in one srunner and prints Check's summary.
 * The parser's suites run over a fixture tree in parser_tests (parser_main.c).
 *
 * The tests run in Check's default fork mode; they also pass with CK_FORK=no
 * (one process, as the sanitizer build runs them), so none may leak or depend
 * on another's state. */
#include <stdlib.h>

#include "suites.h"

int main(void) {
    SRunner *runner = srunner_create(product_help_suite());
    srunner_add_suite(runner, url_suite());
    srunner_add_suite(runner, json_suite());
    srunner_add_suite(runner, decode_suite());
    srunner_add_suite(runner, time_suite());
    srunner_add_suite(runner, suggest_suite());
    srunner_add_suite(runner, session_suite());
    srunner_add_suite(runner, retry_suite());
    srunner_add_suite(runner, jq_suite());
    srunner_add_suite(runner, safe_text_suite());
    srunner_add_suite(runner, wire_suite());
    srunner_add_suite(runner, sse_suite());
    srunner_add_suite(runner, transport_suite());
    srunner_add_suite(runner, atomic_file_suite());
    srunner_add_suite(runner, archive_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
