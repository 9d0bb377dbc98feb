/* The server-sent events parser (runtime/net/sse.c): every framing the
 * standard allows, fed whole, a byte at a time and in every split; events
 * past the size limit; a stream cut in the middle of an event. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sse.h"
#include "suites.h"

/* What the parser reported, one line each: "<type>=<data>" with "\n" in data as "|", "#<comment>". */
typedef struct {
    char log[4096];
    size_t events;
    size_t stop_after; /* 0: never stop */
} recorder;

static void append(recorder *r, const char *text, size_t len) {
    size_t n = strlen(r->log);
    for (size_t i = 0; i < len && n + 2 < sizeof r->log; i++)
        r->log[n++] = text[i] == '\n' ? '|' : text[i];
    r->log[n] = '\0';
}

static bool on_event(void *user, const char *type, const char *data, size_t len) {
    recorder *r = user;
    ck_assert_uint_eq(strlen(data), len); /* NUL-terminated where it ends */
    append(r, type, strlen(type));
    append(r, "=", 1);
    append(r, data, len);
    append(r, ";", 1);
    r->events++;
    return r->stop_after == 0 || r->events < r->stop_after;
}

static bool on_comment(void *user, const char *text, size_t len) {
    recorder *r = user;
    append(r, "#", 1);
    append(r, text, len);
    append(r, ";", 1);
    return true;
}

/* Feeds `input` in pieces of `piece` bytes (0: whole); the log, and whether the stream ended in an event. */
static nitro_sse_status parse(const char *input, size_t len, size_t piece, recorder *r, bool *in_event) {
    memset(r->log, 0, sizeof r->log);
    r->events = 0;
    nitro_sse sse;
    nitro_sse_init(&sse, on_event, on_comment, r, 0);
    nitro_sse_status status = NITRO_SSE_OK;
    for (size_t i = 0; i < len && status == NITRO_SSE_OK;) {
        size_t n = piece == 0 || piece > len - i ? len - i : piece;
        status = nitro_sse_feed(&sse, input + i, n);
        i += n;
    }
    if (in_event) *in_event = nitro_sse_in_event(&sse);
    nitro_sse_free(&sse);
    return status;
}

/* The same log whole, a byte at a time, and split in two at every point. */
static void check_framing(const char *input, const char *expected, bool ends_in_event) {
    size_t len = strlen(input);
    recorder r = {0};
    bool in_event;
    ck_assert_int_eq(parse(input, len, 0, &r, &in_event), NITRO_SSE_OK);
    ck_assert_str_eq(r.log, expected);
    ck_assert_int_eq(in_event, ends_in_event);
    ck_assert_int_eq(parse(input, len, 1, &r, &in_event), NITRO_SSE_OK);
    ck_assert_str_eq(r.log, expected);
    ck_assert_int_eq(in_event, ends_in_event);
    for (size_t cut = 1; cut < len; cut++) {
        memset(r.log, 0, sizeof r.log);
        r.events = 0;
        nitro_sse sse;
        nitro_sse_init(&sse, on_event, on_comment, &r, 0);
        ck_assert_int_eq(nitro_sse_feed(&sse, input, cut), NITRO_SSE_OK);
        ck_assert_int_eq(nitro_sse_feed(&sse, input + cut, len - cut), NITRO_SSE_OK);
        ck_assert_msg(strcmp(r.log, expected) == 0, "split at %zu: %s", cut, r.log);
        ck_assert_int_eq(nitro_sse_in_event(&sse), ends_in_event);
        nitro_sse_free(&sse);
    }
}

START_TEST(line_ends_lf_crlf_and_cr) {
    const char *expected = "next={\"data\":{}};complete=;";
    /* "event: complete" without data is dispatched (GraphQL over SSE ends so), with empty data. */
    check_framing("event: next\ndata: {\"data\":{}}\n\nevent: complete\n\n", expected, false);
    check_framing("event: next\r\ndata: {\"data\":{}}\r\n\r\n", "next={\"data\":{}};", false);
    check_framing("event: next\rdata: {\"data\":{}}\r\r", "next={\"data\":{}};", false);
    /* Mixed in one stream; "\r\n" is one line end, "\n\r" two. */
    check_framing("event: next\r\ndata: {\"data\":{}}\n\revent: complete\rdata\r\n\n", expected, false);
}
END_TEST

START_TEST(data_lines_join_with_newlines) {
    check_framing("data: one\ndata: two\ndata:three\n\n", "message=one|two|three;", false);
    /* Only the first space after the colon goes. */
    check_framing("data:  two spaces\n\n", "message= two spaces;", false);
    /* An empty data line still adds a line. */
    check_framing("data\ndata\n\n", "message=|;", false);
    check_framing("data:\n\n", "message=;", false);
    /* A colon in the value stays. */
    check_framing("data: {\"a\":\"b:c\"}\n\n", "message={\"a\":\"b:c\"};", false);
}
END_TEST

START_TEST(event_names_and_defaults) {
    check_framing("event: next\ndata: 1\n\ndata: 2\n\n", "next=1;message=2;", false);
    /* The last event line wins; an empty one means message. */
    check_framing("event: a\nevent: b\ndata: x\n\nevent:\ndata: y\n\n", "b=x;message=y;", false);
    /* Without data and type nothing is dispatched; a type alone is an event with empty data. */
    check_framing("id: 1\n\nevent: next\n\ndata: z\n\n", "next=;message=z;", false);
}
END_TEST

START_TEST(comments_and_other_fields) {
    check_framing(":\n\n: keep-alive\n\nevent: next\n:inside\ndata: 1\n\n", "#;# keep-alive;#inside;next=1;", false);
    /* id, retry and unknown fields are accepted and ignored; a field without a colon has an empty value. */
    check_framing("id: 7\nretry: 1000\nfoo: bar\nevent\ndata: 1\n\n", "message=1;", false);
    /* Field names are case-sensitive. */
    check_framing("Data: no\nEVENT: next\ndata: yes\n\n", "message=yes;", false);
}
END_TEST

START_TEST(byte_order_mark_at_the_start_only) {
    check_framing("\xef\xbb\xbf"
                  "data: 1\n\n",
                  "message=1;", false);
    /* Later, it is part of the line: a field named "\xef\xbb\xbfdata" is not data. */
    check_framing("data: 1\n\n\xef\xbb\xbf"
                  "data: 2\n\n",
                  "message=1;", false);
    /* The start of a mark that is not one is text. */
    check_framing("\xef"
                  "data: 1\n\n",
                  "", false);
}
END_TEST

START_TEST(stream_cut_in_the_middle_of_an_event) {
    /* Fields without the blank line, or a line without its end: never dispatched, and reported. */
    check_framing("event: next\ndata: {\"data\":{}}\n", "", true);
    check_framing("data: {\"data\":{}}\n\nevent: next\ndata: {\"da", "message={\"data\":{}};", true);
    check_framing("event: next", "", true);
    /* A comment line ended cleanly is no event; a cut one is. */
    check_framing(":keep-alive\n", "#keep-alive;", false);
    check_framing(":keep", "", true);
    /* Ending on "\r" ends the line (a "\n" after it would have been part of the same end). */
    check_framing("data: 1\r\r", "message=1;", false);
}
END_TEST

START_TEST(a_callback_stops_the_stream) {
    recorder r = {.stop_after = 2};
    const char *input = "data: 1\n\ndata: 2\n\ndata: 3\n\n";
    ck_assert_int_eq(parse(input, strlen(input), 0, &r, NULL), NITRO_SSE_STOPPED);
    ck_assert_str_eq(r.log, "message=1;message=2;");
    /* Stopped stays stopped. */
    nitro_sse sse;
    recorder again = {.stop_after = 1};
    nitro_sse_init(&sse, on_event, NULL, &again, 0);
    ck_assert_int_eq(nitro_sse_feed(&sse, input, strlen(input)), NITRO_SSE_STOPPED);
    ck_assert_int_eq(nitro_sse_feed(&sse, input, strlen(input)), NITRO_SSE_STOPPED);
    ck_assert_str_eq(again.log, "message=1;");
    nitro_sse_free(&sse);
}
END_TEST

START_TEST(an_event_past_the_limit_fails_at_once) {
    recorder r = {0};
    nitro_sse sse;
    /* A limit of 64 bytes: type, data and the line being read count. */
    nitro_sse_init(&sse, on_event, on_comment, &r, 64);
    char line[80];
    memset(line, 'x', sizeof line);
    ck_assert_int_eq(nitro_sse_feed(&sse, "data: ", 6), NITRO_SSE_OK);
    ck_assert_int_eq(nitro_sse_feed(&sse, line, 40), NITRO_SSE_OK);
    ck_assert_int_eq(nitro_sse_feed(&sse, line, 40), NITRO_SSE_TOO_LARGE);
    ck_assert_uint_le(sse.line_cap, 65); /* never held more than the limit */
    ck_assert_int_eq(nitro_sse_feed(&sse, "\n\n", 2), NITRO_SSE_TOO_LARGE);
    ck_assert_str_eq(r.log, "");
    nitro_sse_free(&sse);

    /* Many short data lines add up. */
    nitro_sse_init(&sse, on_event, on_comment, &r, 64);
    nitro_sse_status status = NITRO_SSE_OK;
    for (int i = 0; i < 20 && status == NITRO_SSE_OK; i++)
        status = nitro_sse_feed(&sse, "data: 12345\n", 12);
    ck_assert_int_eq(status, NITRO_SSE_TOO_LARGE);
    ck_assert_uint_le(sse.data_cap, 65);
    nitro_sse_free(&sse);

    /* Up to the limit is fine, and the next event starts from nothing. */
    nitro_sse_init(&sse, on_event, on_comment, &r, 64);
    char event[128];
    snprintf(event, sizeof event, "data: %.*s\n\n", 58, line); /* the line is 64 bytes */
    for (int i = 0; i < 3; i++)
        ck_assert_int_eq(nitro_sse_feed(&sse, event, strlen(event)), NITRO_SSE_OK);
    ck_assert_uint_eq(r.events, 3);
    nitro_sse_free(&sse);
}
END_TEST

/* A 200 MB event fails after the limit's worth of bytes, with the limit's worth of memory. */
START_TEST(a_huge_event_is_refused_without_holding_it) {
    recorder r = {0};
    nitro_sse sse;
    nitro_sse_init(&sse, on_event, on_comment, &r, 0);
    ck_assert_uint_eq(sse.max_event, NITRO_STREAM_EVENT_MAX);
    static char chunk[65536];
    memset(chunk, 'x', sizeof chunk);
    ck_assert_int_eq(nitro_sse_feed(&sse, "event: next\ndata: ", 18), NITRO_SSE_OK);
    size_t fed = 0;
    nitro_sse_status status = NITRO_SSE_OK;
    while (status == NITRO_SSE_OK && fed < ((size_t)200 << 20)) {
        status = nitro_sse_feed(&sse, chunk, sizeof chunk);
        fed += sizeof chunk;
    }
    ck_assert_int_eq(status, NITRO_SSE_TOO_LARGE);
    ck_assert_uint_le(fed, NITRO_STREAM_EVENT_MAX + sizeof chunk);
    ck_assert_uint_le(sse.line_cap, NITRO_STREAM_EVENT_MAX + 1);
    nitro_sse_free(&sse);
}
END_TEST

static bool on_nul_event(void *user, const char *type, const char *data, size_t len) {
    (void)type;
    *(size_t *)user = len;
    ck_assert_int_eq(memcmp(data, "a\0b", 4), 0);
    return true;
}

/* The parser does not cut data at a NUL: the judge refuses it later, whole. */
START_TEST(data_with_nul_bytes_is_kept_whole) {
    size_t len = 0;
    nitro_sse sse;
    nitro_sse_init(&sse, on_nul_event, NULL, &len, 0);
    static const char input[] = "data: a\0b\n\n";
    ck_assert_int_eq(nitro_sse_feed(&sse, input, sizeof input - 1), NITRO_SSE_OK);
    ck_assert_uint_eq(len, 3);
    nitro_sse_free(&sse);
}
END_TEST

Suite *sse_suite(void) {
    Suite *s = suite_create("sse");
    TCase *tc = tcase_create("parser");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, line_ends_lf_crlf_and_cr);
    tcase_add_test(tc, data_lines_join_with_newlines);
    tcase_add_test(tc, event_names_and_defaults);
    tcase_add_test(tc, comments_and_other_fields);
    tcase_add_test(tc, byte_order_mark_at_the_start_only);
    tcase_add_test(tc, stream_cut_in_the_middle_of_an_event);
    tcase_add_test(tc, a_callback_stops_the_stream);
    tcase_add_test(tc, an_event_past_the_limit_fails_at_once);
    tcase_add_test(tc, a_huge_event_is_refused_without_holding_it);
    tcase_add_test(tc, data_with_nul_bytes_is_kept_whole);
    suite_add_tcase(s, tc);
    return s;
}
