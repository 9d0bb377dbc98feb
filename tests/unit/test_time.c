/* Timestamps (runtime/timefmt.c): the expiresAt the client sends, parsing
 * what the server returns, and the "Expires in" column. */
#include <check.h>
#include <string.h>
#include <time.h>

#include "suites.h"
#include "timefmt.h"

#define NOW 1780228800LL /* 2026-05-31T12:00:00Z */
#define DAY 86400LL

/* ---- nitro_iso_after_days ------------------------------------------------ */

static const struct {
    long long seconds;
    long nanoseconds;
    long long days;
    const char *expected;
} after_days[] = {
    {NOW, 123456789, 180, "2026-11-27T12:00:00.123+00:00"},
    {NOW, 0, 0, "2026-05-31T12:00:00.000+00:00"},
    {NOW, 999999999, 30, "2026-06-30T12:00:00.999+00:00"}, /* milliseconds truncate */
    {NOW, 1000000, 1, "2026-06-01T12:00:00.001+00:00"},
    {1798761599LL, 0, 1, "2027-01-01T23:59:59.000+00:00"},         /* across a year */
    {1835344800LL, 500000000, 1, "2028-02-29T10:00:00.500+00:00"}, /* leap day */
    {0, 0, 36500, "2069-12-07T00:00:00.000+00:00"},
};

START_TEST(iso_after_days) {
    struct timespec now = {.tv_sec = (time_t)after_days[_i].seconds, .tv_nsec = after_days[_i].nanoseconds};
    char out[64];
    memset(out, 'x', sizeof out);
    ck_assert(nitro_iso_after_days(&now, after_days[_i].days, out, sizeof out));
    ck_assert_str_eq(out, after_days[_i].expected);
}
END_TEST

START_TEST(iso_after_days_small_buffer) {
    struct timespec now = {.tv_sec = (time_t)NOW, .tv_nsec = 0};
    char out[30];
    /* 29 characters and the terminator fit exactly; one byte less does not. */
    ck_assert(nitro_iso_after_days(&now, 0, out, sizeof out));
    ck_assert_str_eq(out, "2026-05-31T12:00:00.000+00:00");
    ck_assert(!nitro_iso_after_days(&now, 0, out, sizeof out - 1));
}
END_TEST

START_TEST(iso_after_days_round_trips) {
    struct timespec now = {.tv_sec = (time_t)NOW, .tv_nsec = 250000000};
    char out[64];
    ck_assert(nitro_iso_after_days(&now, 180, out, sizeof out));
    long long parsed = 0;
    ck_assert(nitro_iso_parse(out, &parsed));
    ck_assert_int_eq(parsed, NOW + 180 * DAY);
}
END_TEST

/* ---- nitro_iso_parse ------------------------------------------------------ */

static const struct {
    const char *text;
    long long seconds;
} parse_ok[] = {
    {"2026-05-31T12:00:00Z", NOW},
    {"2026-05-31T12:00:00.000+00:00", NOW},
    {"2026-05-31T12:00:00.123456789Z", NOW},
    {"2026-05-31T12:00:00.5-00:00", NOW},
    {"2026-05-31T14:00:00+02:00", NOW},
    {"2026-05-31T14:00:00.250+02:00", NOW},
    {"2026-05-31T06:30:00-05:30", NOW},
    {"2026-05-31t12:00:00z", NOW},
    {"2026-05-31 12:00:00Z", NOW},
    {"2026-06-01T00:30:00+12:30", NOW},
    {"1970-01-01T00:00:00Z", 0},
    {"1969-12-31T23:59:59Z", -1},
    {"2000-02-29T00:00:00Z", 951782400LL},
    {"2024-02-29T00:00:00Z", 1709164800LL},
};

START_TEST(iso_parse) {
    long long seconds = 42;
    ck_assert_msg(nitro_iso_parse(parse_ok[_i].text, &seconds), "'%s' refused", parse_ok[_i].text);
    ck_assert_int_eq(seconds, parse_ok[_i].seconds);
}
END_TEST

static const char *const parse_bad[] = {
    "",
    "2026-05-31",
    "2026-05-31T12:00",
    "2026-05-31T12:00:00",      /* no offset */
    "2026-05-31T12:00:00.000",  /* no offset */
    "2026-05-31T12:00:00+0200", /* offset without colon */
    "2026-05-31T12:00:00+02",   /* offset without minutes */
    "2026-05-31T12:00:00+",
    "2026-05-31T12:00:00Zjunk",
    "2026-05-31T12:00:00+02:00x",
    "2026-05-31T12:00:00 Z",
    "2026/05/31T12:00:00Z",
    "2026-05-31X12:00:00Z",
    "abcd-05-31T12:00:00Z",
    "2026-5-31T12:00:00Z",
    "2026-00-31T12:00:00Z",
    "2026-13-01T12:00:00Z",
    "2026-05-00T12:00:00Z",
    "2026-05-32T12:00:00Z",
    "2026-05-31T24:00:00Z",
    "2026-05-31T12:60:00Z",
    "2026-05-31T12:00:61Z",
    " 2026-05-31T12:00:00Z",
};

START_TEST(iso_parse_rejects) {
    long long seconds = 42;
    ck_assert_msg(!nitro_iso_parse(parse_bad[_i], &seconds), "'%s' accepted", parse_bad[_i]);
    ck_assert_int_eq(seconds, 42);
}
END_TEST

/* ---- nitro_expires_in ----------------------------------------------------- */

static void expires_in(long long expires, long long now, char *out, size_t size) {
    struct timespec when = {.tv_sec = (time_t)expires, .tv_nsec = 0};
    char text[64];
    ck_assert(nitro_iso_after_days(&when, 0, text, sizeof text));
    nitro_expires_in(text, (time_t)now, out, size);
}

START_TEST(expires_in_days) {
    char out[32];
    expires_in(NOW + 30 * DAY, NOW, out, sizeof out);
    ck_assert_str_eq(out, "30 days");
    expires_in(NOW + 180 * DAY, NOW, out, sizeof out);
    ck_assert_str_eq(out, "180 days");
    expires_in(NOW + DAY, NOW, out, sizeof out);
    ck_assert_str_eq(out, "1 day");
    expires_in(NOW + 2 * DAY - 1, NOW, out, sizeof out); /* whole days, rounded down */
    ck_assert_str_eq(out, "1 day");
    expires_in(NOW + 2 * DAY, NOW, out, sizeof out);
    ck_assert_str_eq(out, "2 days");
}
END_TEST

START_TEST(expires_in_expired) {
    char out[32];
    expires_in(NOW, NOW, out, sizeof out);
    ck_assert_str_eq(out, "Expired");
    expires_in(NOW - 1, NOW, out, sizeof out);
    ck_assert_str_eq(out, "Expired");
    expires_in(NOW - 400 * DAY, NOW, out, sizeof out);
    ck_assert_str_eq(out, "Expired");
    nitro_expires_in("2026-05-31T14:00:00+02:00", (time_t)NOW, out, sizeof out);
    ck_assert_str_eq(out, "Expired");
    nitro_expires_in("2026-05-31T14:00:01+02:00", (time_t)(NOW - DAY), out, sizeof out);
    ck_assert_str_eq(out, "1 day");
}
END_TEST

START_TEST(expires_in_unparsable) {
    char out[32];
    nitro_expires_in("never", (time_t)NOW, out, sizeof out);
    ck_assert_str_eq(out, "?");
    nitro_expires_in(NULL, (time_t)NOW, out, sizeof out);
    ck_assert_str_eq(out, "?");
    /* A short buffer truncates rather than overflows. */
    char tiny[4];
    expires_in(NOW - 1, NOW, tiny, sizeof tiny);
    ck_assert_str_eq(tiny, "Exp");
}
END_TEST

Suite *time_suite(void) {
    Suite *suite = suite_create("time");
    TCase *format = tcase_create("format");
    tcase_add_loop_test(format, iso_after_days, 0, (int)(sizeof after_days / sizeof *after_days));
    tcase_add_test(format, iso_after_days_small_buffer);
    tcase_add_test(format, iso_after_days_round_trips);
    suite_add_tcase(suite, format);

    TCase *parse = tcase_create("parse");
    tcase_add_loop_test(parse, iso_parse, 0, (int)(sizeof parse_ok / sizeof *parse_ok));
    tcase_add_loop_test(parse, iso_parse_rejects, 0, (int)(sizeof parse_bad / sizeof *parse_bad));
    suite_add_tcase(suite, parse);

    TCase *expires = tcase_create("expires in");
    tcase_add_test(expires, expires_in_days);
    tcase_add_test(expires, expires_in_expired);
    tcase_add_test(expires, expires_in_unparsable);
    suite_add_tcase(suite, expires);
    return suite;
}
