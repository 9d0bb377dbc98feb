/* Timestamps (runtime/core/timefmt.c): the expiresAt the client sends, parsing
 * what the server returns, rewriting it as the Nitro CLI prints it, and the
 * "Expires in" column. */
#include <check.h>
#include <stdlib.h>
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
    {NOW, 123456789, 180, "2026-11-27T12:00:00.123Z"},
    {NOW, 0, 0, "2026-05-31T12:00:00.000Z"},
    {NOW, 999999999, 30, "2026-06-30T12:00:00.999Z"}, /* milliseconds truncate */
    {NOW, 1000000, 1, "2026-06-01T12:00:00.001Z"},
    {1798761599LL, 0, 1, "2027-01-01T23:59:59.000Z"},         /* across a year */
    {1835344800LL, 500000000, 1, "2028-02-29T10:00:00.500Z"}, /* leap day */
    {0, 0, 36500, "2069-12-07T00:00:00.000Z"},
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
    char out[25];
    /* 24 characters and the terminator fit exactly; one byte less does not. */
    ck_assert(nitro_iso_after_days(&now, 0, out, sizeof out));
    ck_assert_str_eq(out, "2026-05-31T12:00:00.000Z");
    ck_assert(!nitro_iso_after_days(&now, 0, out, sizeof out - 1));
}
END_TEST

START_TEST(iso_after_days_out_of_range) {
    struct timespec now = {.tv_sec = (time_t)NOW, .tv_nsec = 0};
    char out[64];
    /* 9999-12-31 is the last day a DateTime holds; nothing wraps around. */
    ck_assert(nitro_iso_after_days(&now, 2912292, out, sizeof out));
    ck_assert_str_eq(out, "9999-12-31T12:00:00.000Z");
    ck_assert(!nitro_iso_after_days(&now, 2912293, out, sizeof out));
    ck_assert(!nitro_iso_after_days(&now, 1LL << 62, out, sizeof out));
    ck_assert(!nitro_iso_after_days(&now, -(1LL << 62), out, sizeof out));
    struct timespec bad = {.tv_sec = (time_t)NOW, .tv_nsec = 1000000000L};
    ck_assert(!nitro_iso_after_days(&bad, 1, out, sizeof out));
}
END_TEST

START_TEST(iso_after_seconds_keeps_offset) {
    /* The session's expiresAt keeps the +00:00 form the Nitro CLI writes there. */
    struct timespec now = {.tv_sec = (time_t)NOW, .tv_nsec = 42000000};
    char out[64];
    ck_assert(nitro_iso_after_seconds(&now, 3600, out, sizeof out));
    ck_assert_str_eq(out, "2026-05-31T13:00:00.042+00:00");
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

/* ---- nitro_datetime_net --------------------------------------------------- */

static const struct {
    const char *server;
    const char *printed;
} net_ok[] = {
    /* The Nitro CLI's own test values. */
    {"2025-01-01T00:00:00.000Z", "2025-01-01T00:00:00+00:00"},
    {"2026-11-27T10:11:38.589Z", "2026-11-27T10:11:38.589+00:00"},
    {"2026-11-27T10:11:38.5890000+02:00", "2026-11-27T10:11:38.589+02:00"},
    {"2026-01-02T03:04:05+01:30", "2026-01-02T03:04:05+01:30"},
    /* Offsets as given; a negative zero is zero. */
    {"2026-01-02T03:04:05-05:00", "2026-01-02T03:04:05-05:00"},
    {"2026-01-02T03:04:05.1-09:30", "2026-01-02T03:04:05.1-09:30"},
    {"2026-01-02T03:04:05-00:00", "2026-01-02T03:04:05+00:00"},
    {"2026-01-02T03:04:05+05", "2026-01-02T03:04:05+05:00"},
    {"2026-01-02T03:04:05-14:00", "2026-01-02T03:04:05-14:00"},
    {"2026-01-02T03:04:05+14:00", "2026-01-02T03:04:05+14:00"},
    /* Fractions: seven digits at most, cut not rounded, trailing zeros trimmed, zero left out. */
    {"2026-01-02T03:04:05.123456789Z", "2026-01-02T03:04:05.1234567+00:00"},
    {"2026-01-02T03:04:05.99999999Z", "2026-01-02T03:04:05.9999999+00:00"},
    {"2026-01-02T03:04:05.9999999999999999Z", "2026-01-02T03:04:05.9999999+00:00"}, /* 16 digits */
    {"2026-01-02T03:04:05.0000001Z", "2026-01-02T03:04:05.0000001+00:00"},
    {"2026-01-02T03:04:05.00000009Z", "2026-01-02T03:04:05+00:00"},
    {"2026-01-02T03:04:05.1000000Z", "2026-01-02T03:04:05.1+00:00"},
    {"2026-01-02T03:04:05.0Z", "2026-01-02T03:04:05+00:00"},
    {"2026-01-02T03:04:05.050Z", "2026-01-02T03:04:05.05+00:00"},
    /* Seconds may be left out, as System.Text.Json allows. */
    {"2026-01-02T03:04Z", "2026-01-02T03:04:00+00:00"},
    {"2026-01-02T03:04+01:00", "2026-01-02T03:04:00+01:00"},
    /* Leap days. */
    {"2024-02-29T12:00:00Z", "2024-02-29T12:00:00+00:00"},
    {"2000-02-29T00:00:00.5Z", "2000-02-29T00:00:00.5+00:00"},
    /* The ends of a DateTimeOffset's range, offsets included. */
    {"0001-01-01T00:00:00Z", "0001-01-01T00:00:00+00:00"},
    {"0001-01-01T00:00:00-14:00", "0001-01-01T00:00:00-14:00"},
    {"0001-01-01T01:00:00+01:00", "0001-01-01T01:00:00+01:00"},
    {"9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59.9999999+00:00"},
    {"9999-12-31T23:59:59+14:00", "9999-12-31T23:59:59+14:00"},
    {"9999-12-31T22:59:59.9999999-01:00", "9999-12-31T22:59:59.9999999-01:00"},
};

START_TEST(datetime_net) {
    char out[64];
    memset(out, 'x', sizeof out);
    ck_assert_msg(nitro_datetime_net(net_ok[_i].server, out, sizeof out), "'%s' refused", net_ok[_i].server);
    ck_assert_str_eq(out, net_ok[_i].printed);
    /* What it prints reads back as itself. */
    char again[64];
    ck_assert(nitro_datetime_net(out, again, sizeof again));
    ck_assert_str_eq(again, out);
}
END_TEST

static const char *const net_bad[] = {
    "",
    "not a date",
    "2026",
    "2026-01-02",                             /* a date alone: .NET takes it as local midnight */
    "2026-01-02T03",                          /* hours alone */
    "2026-01-02T03:04",                       /* no offset: .NET would assume local time */
    "2026-01-02T03:04:05",                    /* no offset */
    "2026-01-02T03:04:05.123",                /* no offset */
    "2026-01-02t03:04:05Z",                   /* lower-case t */
    "2026-01-02 03:04:05Z",                   /* a space for T */
    "2026-01-02T03:04:05z",                   /* lower-case z */
    "2026-01-02T03:04:05.Z",                  /* a point without digits */
    "2026-01-02T03:04:05.-1Z",                /* a sign in the fraction */
    "2026-01-02T03:04:05.1.2Z",               /* two fractions */
    "2026-01-02T03:04.5Z",                    /* a fraction of minutes */
    "2026-01-02T03:04:05.12345678901234567Z", /* 17 fraction digits */
    "2026-01-02T03:04:05+0100",               /* offset without a colon */
    "2026-01-02T03:04:05+1",
    "2026-01-02T03:04:05+",
    "2026-01-02T03:04:05+01:",
    "2026-01-02T03:04:05+01:0",
    "2026-01-02T03:04:05+01:000",
    "2026-01-02T03:04:05+01:00:00",
    "2026-01-02T03:04:05+14:01", /* beyond .NET's offsets */
    "2026-01-02T03:04:05+15:00",
    "2026-01-02T03:04:05-99:00",
    "2026-01-02T03:04:05+01:60",
    "2026-01-02T03:04:05Z+01:00",
    "2026-01-02T03:04:05Zjunk",
    "2026-01-02T03:04:05Z ",
    " 2026-01-02T03:04:05Z",
    "+2026-01-02T03:04:05Z",
    "-2026-01-02T03:04:05Z",
    "12026-01-02T03:04:05Z", /* five-digit year */
    "2026-1-02T03:04:05Z",
    "2026-01-2T03:04:05Z",
    "2026-01-02T3:04:05Z",
    "2026-01-02T03:4:05Z",
    "2026-01-02T03:04:5Z",
    "2026/01/02T03:04:05Z",
    "2026-01-02T03-04-05Z",
    "0000-01-01T00:00:00Z", /* year 0 */
    "2026-00-10T00:00:00Z",
    "2026-13-01T00:00:00Z",
    "2026-01-00T00:00:00Z",
    "2026-01-32T00:00:00Z",
    "2026-04-31T00:00:00Z",
    "2026-02-29T00:00:00Z", /* not a leap year */
    "1900-02-29T00:00:00Z", /* nor a century not divisible by 400 */
    "2026-01-02T24:00:00Z",
    "2026-01-02T23:60:00Z",
    "2026-12-31T23:59:60Z",      /* leap seconds: .NET refuses them */
    "0001-01-01T00:00:00+00:01", /* before year 1 in UTC */
    "0001-01-01T00:59:59.9999999+01:00",
    "9999-12-31T23:59:59-00:01", /* after year 9999 in UTC */
    "9999-12-31T23:00:00-01:00",
    "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x96-01-02T03:04:05Z", /* full-width digits */
    "2026-01-02T03:04:05\xc2\xa0Z",
};

START_TEST(datetime_net_rejects) {
    char out[64] = "untouched";
    ck_assert_msg(!nitro_datetime_net(net_bad[_i], out, sizeof out), "'%s' accepted as '%s'", net_bad[_i], out);
}
END_TEST

START_TEST(datetime_net_every_prefix) {
    /* Each prefix in a buffer of its exact size (the sanitizer build sees any read past it): only the
     * whole value and its offset-ending prefixes are dates. */
    const char *full = "2026-11-27T10:11:38.5890000+02:00";
    size_t len = strlen(full);
    for (size_t n = 0; n <= len; n++) {
        char *prefix = malloc(n + 1);
        ck_assert_ptr_nonnull(prefix);
        memcpy(prefix, full, n);
        prefix[n] = '\0';
        char out[64];
        bool ok = nitro_datetime_net(prefix, out, sizeof out);
        free(prefix);
        ck_assert_msg(ok == (n == len || n == len - 3), "prefix of %zu characters", n);
    }
}
END_TEST

START_TEST(datetime_net_buffer) {
    char out[26];
    /* 25 characters and the terminator fit exactly; one byte less does not. */
    ck_assert(nitro_datetime_net("2025-01-01T00:00:00.000Z", out, sizeof out));
    ck_assert_str_eq(out, "2025-01-01T00:00:00+00:00");
    ck_assert(!nitro_datetime_net("2025-01-01T00:00:00.000Z", out, sizeof out - 1));
    ck_assert(!nitro_datetime_net("2025-01-01T00:00:00.000Z", out, 0));
    ck_assert(!nitro_datetime_net("2025-01-01T00:00:00.000Z", NULL, 0));
    ck_assert(!nitro_datetime_net(NULL, out, sizeof out));
    /* The longest result: 33 characters. */
    char longest[34];
    ck_assert(nitro_datetime_net("2026-01-02T03:04:05.1234567-09:30", longest, sizeof longest));
    ck_assert_str_eq(longest, "2026-01-02T03:04:05.1234567-09:30");
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
    expires_in(NOW + 2 * DAY - 1, NOW, out, sizeof out); /* to the nearest day */
    ck_assert_str_eq(out, "2 days");
    expires_in(NOW + 3 * DAY - 60, NOW, out, sizeof out); /* made for 3 days a minute ago */
    ck_assert_str_eq(out, "3 days");
    expires_in(NOW + DAY + DAY / 2 - 1, NOW, out, sizeof out);
    ck_assert_str_eq(out, "1 day");
    expires_in(NOW + DAY / 2 - 1, NOW, out, sizeof out);
    ck_assert_str_eq(out, "less than a day");
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
    tcase_add_test(format, iso_after_days_out_of_range);
    tcase_add_test(format, iso_after_seconds_keeps_offset);
    suite_add_tcase(suite, format);

    TCase *parse = tcase_create("parse");
    tcase_add_loop_test(parse, iso_parse, 0, (int)(sizeof parse_ok / sizeof *parse_ok));
    tcase_add_loop_test(parse, iso_parse_rejects, 0, (int)(sizeof parse_bad / sizeof *parse_bad));
    suite_add_tcase(suite, parse);

    TCase *net = tcase_create("as .NET prints");
    tcase_add_loop_test(net, datetime_net, 0, (int)(sizeof net_ok / sizeof *net_ok));
    tcase_add_loop_test(net, datetime_net_rejects, 0, (int)(sizeof net_bad / sizeof *net_bad));
    tcase_add_test(net, datetime_net_every_prefix);
    tcase_add_test(net, datetime_net_buffer);
    suite_add_tcase(suite, net);

    TCase *expires = tcase_create("expires in");
    tcase_add_test(expires, expires_in_days);
    tcase_add_test(expires, expires_in_expired);
    tcase_add_test(expires, expires_in_unparsable);
    suite_add_tcase(suite, expires);
    return suite;
}
