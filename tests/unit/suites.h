/* One Check suite per test file. */
#ifndef NITRO_TEST_SUITES_H
#define NITRO_TEST_SUITES_H

#include <check.h>

/* parser_tests (parser_main.c): the parser and the help texts over the
 * test-only command tree of tests/unit/fixture. */
Suite *args_suite(void);
Suite *help_suite(void);

/* unit_tests (main.c): the product. */
Suite *product_help_suite(void);
Suite *url_suite(void);
Suite *json_suite(void);
Suite *decode_suite(void);
Suite *time_suite(void);
Suite *suggest_suite(void);
Suite *session_suite(void);
Suite *retry_suite(void);
Suite *jq_suite(void);
Suite *safe_text_suite(void);
Suite *wire_suite(void);
Suite *sse_suite(void);
Suite *transport_suite(void);
Suite *atomic_file_suite(void);
Suite *archive_suite(void);

#endif
