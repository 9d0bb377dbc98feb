/* One Check suite per test file; main.c runs them all. */
#ifndef NITRO_TEST_SUITES_H
#define NITRO_TEST_SUITES_H

#include <check.h>

Suite *args_suite(void);
Suite *help_suite(void);
Suite *url_suite(void);
Suite *json_suite(void);
Suite *decode_suite(void);
Suite *time_suite(void);
Suite *suggest_suite(void);
Suite *session_suite(void);
Suite *retry_suite(void);

#endif
