/* The reliability pieces of runtime/net/retry.c, runtime/net/trace.c
 * and runtime/net/http.c: the retry policy and its backoff schedule (deterministic
 * with an injected random source), Retry-After parsing, the response judge's
 * limits, the --verbose trace's redaction and the names of HTTP statuses. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "generated/cli.h"
#include "graphql_client.h"
#include "http.h"
#include "suites.h"
#include "trace.h"

static double fixed_random(void *data) {
    return *(const double *)data;
}

static long delay_for(bool mutation, int tries, nitro_failure_class failure, long status, long retry_after,
                      long remaining, double r) {
    nitro_retry_input in = {
        .is_mutation = mutation,
        .tries = tries,
        .failure = failure,
        .http_status = status,
        .retry_after_ms = retry_after,
        .remaining_ms = remaining,
    };
    return nitro_retry_delay_ms(&in, fixed_random, &r);
}

START_TEST(mutations_are_never_retried) {
    long statuses[] = {429, 500, 502, 503, 504};
    for (size_t i = 0; i < sizeof statuses / sizeof *statuses; i++)
        ck_assert_int_eq(delay_for(true, 1, NITRO_FAILURE_STATUS, statuses[i], -1, 30000, 0.5), -1);
    ck_assert_int_eq(delay_for(true, 1, NITRO_FAILURE_CONNECTION, 0, -1, 30000, 0.5), -1);
    ck_assert_int_eq(delay_for(true, 1, NITRO_FAILURE_STATUS, 503, 0, 30000, 0.5), -1);
}
END_TEST

START_TEST(queries_retry_only_what_may_pass) {
    long retried[] = {429, 502, 503, 504};
    for (size_t i = 0; i < sizeof retried / sizeof *retried; i++)
        ck_assert_int_gt(delay_for(false, 1, NITRO_FAILURE_STATUS, retried[i], -1, 30000, 0.5), 0);
    long final[] = {200, 400, 401, 403, 404, 413, 500, 501, 505};
    for (size_t i = 0; i < sizeof final / sizeof *final; i++)
        ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_STATUS, final[i], -1, 30000, 0.5), -1);
    ck_assert_int_gt(delay_for(false, 1, NITRO_FAILURE_CONNECTION, 0, -1, 30000, 0.5), 0);
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_NONE, 0, -1, 30000, 0.5), -1);
}
END_TEST

START_TEST(at_most_three_tries) {
    ck_assert_int_gt(delay_for(false, 1, NITRO_FAILURE_STATUS, 503, -1, 30000, 0.5), 0);
    ck_assert_int_gt(delay_for(false, 2, NITRO_FAILURE_STATUS, 503, -1, 30000, 0.5), 0);
    ck_assert_int_eq(delay_for(false, 3, NITRO_FAILURE_STATUS, 503, -1, 30000, 0.5), -1);
    ck_assert_int_eq(delay_for(false, 0, NITRO_FAILURE_STATUS, 503, -1, 30000, 0.5), -1);
}
END_TEST

START_TEST(backoff_schedule_is_exponential_with_jitter_in_the_upper_half) {
    /* Retry 1: 300 ms, of which 150..300; retry 2: 600 ms, of which 300..600. */
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_CONNECTION, 0, -1, 30000, 0.0), 150);
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_CONNECTION, 0, -1, 30000, 0.5), 225);
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_CONNECTION, 0, -1, 30000, 0.999999), 299);
    ck_assert_int_eq(delay_for(false, 2, NITRO_FAILURE_CONNECTION, 0, -1, 30000, 0.0), 300);
    ck_assert_int_eq(delay_for(false, 2, NITRO_FAILURE_CONNECTION, 0, -1, 30000, 0.999999), 599);
    /* A broken random source cannot push the wait out of range. */
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_CONNECTION, 0, -1, 30000, 7.0), 225);
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_CONNECTION, 0, -1, 30000, -1.0), 225);
}
END_TEST

START_TEST(retry_after_is_honoured_within_the_budget) {
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_STATUS, 503, 2000, 30000, 0.5), 2000);
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_STATUS, 429, 10, 30000, 0.0), 150); /* never shorter */
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_STATUS, 503, 29800, 30000, 0.5), -1);
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_STATUS, 503, 29750, 30000, 0.5), 29750);
    /* No retry that would leave less than NITRO_RETRY_MIN_TRY_MS for the request. */
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_CONNECTION, 0, -1, 400, 0.0), 150);
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_CONNECTION, 0, -1, 399, 0.0), -1);
    ck_assert_int_eq(delay_for(false, 1, NITRO_FAILURE_CONNECTION, 0, -1, 0, 0.0), -1);
}
END_TEST

START_TEST(retry_after_values) {
    time_t now = 784111777; /* Sun, 06 Nov 1994 08:49:37 GMT */
    ck_assert_int_eq(nitro_parse_retry_after("120", 3, now), 120000);
    ck_assert_int_eq(nitro_parse_retry_after(" 3 \r\n", 5, now), 3000);
    ck_assert_int_eq(nitro_parse_retry_after("0", 1, now), 0);
    ck_assert_int_eq(nitro_parse_retry_after("99999999999999", 14, now), 86400000);
    ck_assert_int_eq(nitro_parse_retry_after("", 0, now), -1);
    ck_assert_int_eq(nitro_parse_retry_after("-1", 2, now), -1);
    ck_assert_int_eq(nitro_parse_retry_after("1.5", 3, now), -1);
    ck_assert_int_eq(nitro_parse_retry_after("soon", 4, now), -1);
    const char *date = "Sun, 06 Nov 1994 08:49:47 GMT";
    ck_assert_int_eq(nitro_parse_retry_after(date, strlen(date), now), 10000);
    const char *past = "Sun, 06 Nov 1994 08:00:00 GMT";
    ck_assert_int_eq(nitro_parse_retry_after(past, strlen(past), now), 0);
    const char *leap = "Thu, 29 Feb 2024 00:00:00 GMT";
    ck_assert_int_eq(nitro_parse_retry_after(leap, strlen(leap), 1709164800 - 5), 5000);
    const char *bad[] = {"Sun, 06 Nov 1994 08:49:47 UTC", "Sun, 06 Xyz 1994 08:49:47 GMT",
                         "Sun, 36 Nov 1994 08:49:47 GMT", "Sun 06 Nov 1994 08:49:47 GMT"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        ck_assert_int_eq(nitro_parse_retry_after(bad[i], strlen(bad[i]), now), -1);
}
END_TEST

static nitro_result judge(long status, const char *body) {
    nitro_result result;
    memset(&result, 0, sizeof result);
    nitro_result_from_response(status, body, body ? strlen(body) : 0, &result);
    return result;
}

static char *nested(int levels) {
    char *text = malloc((size_t)levels * 2 + 32);
    ck_assert_ptr_nonnull(text);
    size_t n = (size_t)sprintf(text, "{\"data\":");
    for (int i = 1; i < levels; i++)
        text[n++] = '[';
    for (int i = 1; i < levels; i++)
        text[n++] = ']';
    sprintf(text + n, "}");
    return text;
}

START_TEST(depth_cap) {
    char *ok = nested(64), *deep = nested(65);
    nitro_result a = judge(200, ok), b = judge(200, deep);
    ck_assert_int_eq(a.kind, NITRO_RESULT_BAD_RESPONSE); /* parsed: data is not an object */
    ck_assert_ptr_null(strstr(a.message, "nested"));
    ck_assert_int_eq(b.kind, NITRO_RESULT_BAD_RESPONSE);
    ck_assert_ptr_nonnull(strstr(b.message, "nested deeper than 64 levels"));
    nitro_result_free(&a);
    nitro_result_free(&b);
    free(ok);
    free(deep);
    /* Brackets inside strings do not count; a NUL byte does not hide depth. */
    nitro_result s =
        judge(200, "{\"data\":{\"a\":\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}}");
    ck_assert_int_eq(s.kind, NITRO_RESULT_OK);
    nitro_result_free(&s);
    char hidden[200] = "{\"a\":\"x";
    size_t n = strlen(hidden) + 1; /* the NUL inside the string */
    hidden[n++] = '"';
    for (int i = 0; i < 70; i++)
        hidden[n++] = '[';
    nitro_result h;
    memset(&h, 0, sizeof h);
    nitro_result_from_response(200, hidden, n, &h);
    ck_assert_ptr_nonnull(strstr(h.message, "nested deeper"));
    nitro_result_free(&h);
}
END_TEST

START_TEST(judge_statuses) {
    nitro_result r = judge(503, "busy");
    ck_assert_int_eq(r.kind, NITRO_RESULT_HTTP);
    ck_assert_int_eq(r.http_status, 503);
    nitro_result_free(&r);
    r = judge(401, NULL);
    ck_assert_int_eq(r.kind, NITRO_RESULT_AUTH);
    nitro_result_free(&r);
    r = judge(200, "{\"data\":null,\"errors\":[{\"message\":\"m\"},{\"message\":\"n\",\"extensions\":"
                   "{\"code\":\"AUTH_NOT_AUTHORIZED\"}}]}");
    ck_assert_int_eq(r.kind, NITRO_RESULT_AUTH);
    ck_assert_str_eq(r.code, "AUTH_NOT_AUTHORIZED");
    nitro_result_free(&r);
    r = judge(200, "{\"data\":{\"me\":null}}");
    ck_assert_int_eq(r.kind, NITRO_RESULT_OK);
    ck_assert_ptr_nonnull(r.data);
    nitro_result_free(&r);
    r = judge(200, "{\"data\":{\"me\":nul");
    ck_assert_int_eq(r.kind, NITRO_RESULT_BAD_RESPONSE);
    ck_assert_str_eq(r.message, "The server returned a response that is not valid JSON.");
    nitro_result_free(&r);
}
END_TEST

static const char *redact(const char *in, const char *known) {
    static char out[NITRO_TRACE_BODY_MAX + 1];
    const char *list[] = {known, NULL};
    nitro_redact(in, strlen(in), known ? list : NULL, out, sizeof out, NULL);
    return out;
}

START_TEST(redaction) {
    ck_assert_str_eq(redact("{\"secret\":\"abc\",\"id\":\"x\"}", NULL), "{\"secret\":\"[redacted]\",\"id\":\"x\"}");
    ck_assert_str_eq(redact("{\"Secret\" : \"abc\"}", NULL), "{\"Secret\" : \"[redacted]\"}");
    ck_assert_str_eq(redact("{\"accessToken\":\"a\",\"refreshToken\":\"b\",\"description\":\"c\"}", NULL),
                     "{\"accessToken\":\"[redacted]\",\"refreshToken\":\"[redacted]\",\"description\":\"c\"}");
    /* Only string values: "token" holding an object keeps its (harmless) fields. */
    ck_assert_str_eq(redact("{\"token\":{\"id\":\"1\"}}", NULL), "{\"token\":{\"id\":\"1\"}}");
    /* A key that is also a value is not redacted by position. */
    ck_assert_str_eq(redact("[\"secret\",\"x\"]", NULL), "[\"secret\",\"x\"]");
    /* Known secrets anywhere, in JSON or not. */
    ck_assert_str_eq(redact("{\"message\":\"key k3y_value is bad\"}", "k3y_value"), "{\"message\":\"[redacted]\"}");
    ck_assert_str_eq(redact("503 k3y_value!", "k3y_value"), "503 [redacted]!");
    ck_assert_str_eq(redact("a:k3y_value:b", "k3y_value"), "a:[redacted]:b");
    /* Token-like strings. */
    ck_assert_str_eq(redact("{\"x\":\"nitro_pat_0123456789abcdef\"}", NULL), "{\"x\":\"[redacted]\"}");
    ck_assert_str_eq(redact("{\"x\":\"Bearer abc\"}", NULL), "{\"x\":\"[redacted]\"}");
    ck_assert_str_eq(redact("{\"x\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln\"}", NULL), "{\"x\":\"[redacted]\"}");
    ck_assert_str_eq(redact("{\"x\":\"aZ3kQ9mPz2Lw8Rt5Yv7Nb4Xc6Hd1Fg0JsEe\"}", NULL), "{\"x\":\"[redacted]\"}");
    /* Not token-like: Relay ids, cursors, the GraphQL document's names, dates, hosts. */
    const char *kept[] = {
        "{\"id\":\"UGVyc29uYWxBY2Nlc3NUb2tlbjox\",\"cursor\":\"Y3Vyc29yOjE=\"}",
        "{\"id\":\"UGVyc29uYWxBY2Nlc3NUb2tlbjoxMjM0NTY3ODkw\"}",
        "fragment ListPersonalAccessTokenCommand_PersonalAccessTokenEdge on PersonalAccessTokensEdge",
        "{\"expiresAt\":\"2027-05-26T21:23:01.261+00:00\"}",
        "POST https://api.chillicream.com/graphql",
    };
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++)
        ck_assert_str_eq(redact(kept[i], NULL), kept[i]);
}
END_TEST

START_TEST(redaction_cuts_without_leaking) {
    char out[16];
    size_t consumed = 0;
    const char *in = "{\"secret\":\"abcdefgh\",\"more\":1}";
    size_t n = nitro_redact(in, strlen(in), NULL, out, sizeof out, &consumed);
    ck_assert_uint_eq(n, strlen(out));
    ck_assert_uint_lt(n, sizeof out);
    ck_assert_ptr_null(strstr(out, "abc"));
    ck_assert_uint_eq(consumed, 10); /* up to the redacted value, which did not fit */
    ck_assert_str_eq(out, "{\"secret\":");
    n = nitro_redact(in, strlen(in), NULL, out, 1, &consumed);
    ck_assert_uint_eq(n, 0);
    ck_assert_str_eq(out, "");
    /* An unterminated secret string. */
    const char *open = "{\"secret\":\"abcdefgh";
    ck_assert_str_eq(redact(open, NULL), "{\"secret\":\"[redacted]");
}
END_TEST

START_TEST(secret_headers) {
    const char *names[] = {"CCC-api-key",         "ccc-api-key", "Authorization",
                           "Proxy-Authorization", "Cookie",      "Set-Cookie"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        ck_assert(nitro_trace_secret_header(names[i], strlen(names[i])));
    ck_assert(!nitro_trace_secret_header("Content-Type", 12));
    ck_assert(!nitro_trace_secret_header("CCC-api-keys", 12));

    char buffer[2048] = "";
    FILE *out = fmemopen(buffer, sizeof buffer - 1, "w");
    ck_assert_ptr_nonnull(out);
    const char *headers[] = {"Content-Type: application/json", "CCC-api-key: k3y_value", NULL};
    const char *known[] = {"k3y_value", NULL};
    nitro_trace_request(out, "http://127.0.0.1:1/graphql", headers, "{\"a\":\"k3y_value\"}", 17, known);
    nitro_trace_response_header(out, "HTTP/1.1 200 OK\r\n", 17, known);
    nitro_trace_response_header(out, "Set-Cookie: s=1\r\n", 17, known);
    nitro_trace_response_header(out, "\r\n", 2, known);
    const char *body = "{\"x\":\"\033[31mred\"}";
    nitro_trace_response_body(out, body, strlen(body), known);
    fclose(out);
    ck_assert_str_eq(buffer, "> POST http://127.0.0.1:1/graphql\n"
                             "> Content-Type: application/json\n"
                             "> CCC-api-key: [redacted]\n"
                             ">\n"
                             "> {\"a\":\"[redacted]\"}\n"
                             "< HTTP/1.1 200 OK\n"
                             "< Set-Cookie: [redacted]\n"
                             "<\n"
                             "< {\"x\":\".[31mred\"}\n");
}
END_TEST

static const char *verbose_env(void *data, const char *name) {
    return strcmp(name, "NITRO_VERBOSE") == 0 ? data : NULL;
}

/* --verbose is the first global flag: before the subcommand it takes no value,
 * and NITRO_VERBOSE=0 turns it off. */
START_TEST(verbose_flag) {
    static const struct {
        int argc;
        char *argv[5];
        const char *env;
        nitro_parse_status status;
        bool verbose;
    } cases[] = {
        {4, {"nitro", "--verbose", "pat", "list"}, NULL, NITRO_PARSE_OK, true},
        {4, {"nitro", "pat", "list", "--verbose"}, NULL, NITRO_PARSE_OK, true},
        {3, {"nitro", "pat", "list"}, "1", NITRO_PARSE_OK, true},
        {3, {"nitro", "pat", "list"}, "TRUE", NITRO_PARSE_OK, true},
        {3, {"nitro", "pat", "list"}, "0", NITRO_PARSE_OK, false},
        {3, {"nitro", "pat", "list"}, "off", NITRO_PARSE_OK, false},
        {3, {"nitro", "pat", "list"}, "loud", NITRO_PARSE_ERROR, false},
        {5, {"nitro", "--verbose", "pat", "list", "--verbose"}, NULL, NITRO_PARSE_ERROR, false},
        {4, {"nitro", "--verbose=1", "pat", "list"}, NULL, NITRO_PARSE_ERROR, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        nitro_parsed parsed;
        nitro_diag diag;
        nitro_parse_status status = nitro_parse(&nitro_root_command, cases[i].argc, cases[i].argv, verbose_env,
                                                (void *)cases[i].env, &parsed, &diag);
        ck_assert_msg(status == cases[i].status, "case %zu: status %d (%s)", i, (int)status, diag.message);
        if (status == NITRO_PARSE_OK) {
            ck_assert_str_eq(parsed.command->words, "nitro pat list");
            const nitro_opts_pat_list *opts = parsed.opts;
            ck_assert_msg(opts->global.verbose.value == cases[i].verbose, "case %zu", i);
        }
        if (cases[i].env && status == NITRO_PARSE_ERROR) ck_assert_ptr_nonnull(strstr(diag.message, "NITRO_VERBOSE"));
        nitro_parsed_free(&parsed);
    }
}
END_TEST

/* ---- HTTP status names ---------------------------------------------------- */

static const struct {
    long status;
    const char *name;
} status_names[] = {
    /* The ones the Nitro CLI's messages show. */
    {500, "InternalServerError"},
    {502, "BadGateway"},
    {503, "ServiceUnavailable"},
    {504, "GatewayTimeout"},
    {429, "TooManyRequests"},
    {404, "NotFound"},
    {302, "Found"},
    /* .NET's aliases: the first declared name. */
    {300, "MultipleChoices"},
    {301, "MovedPermanently"},
    {303, "SeeOther"},
    {307, "TemporaryRedirect"},
    {422, "UnprocessableEntity"},
    /* Names that differ from the RFC's reason phrase. */
    {413, "RequestEntityTooLarge"},
    {414, "RequestUriTooLong"},
    {416, "RequestedRangeNotSatisfiable"},
    {505, "HttpVersionNotSupported"},
    {226, "IMUsed"},
    {200, "OK"},
    {400, "BadRequest"},
    {401, "Unauthorized"},
    {403, "Forbidden"},
    {308, "PermanentRedirect"},
    {511, "NetworkAuthenticationRequired"},
    /* Without a name .NET prints the number. */
    {599, "599"},
    {418, "418"},
    {425, "425"},
    {509, "509"},
    {0, "0"},
    {-1, "-1"},
    {1000, "1000"},
};

START_TEST(http_status_name) {
    char buf[24];
    ck_assert_str_eq(nitro_http_status_name(status_names[_i].status, buf, sizeof buf), status_names[_i].name);
}
END_TEST

START_TEST(http_status_name_never_empty) {
    for (long status = 100; status <= 599; status++) {
        char buf[24] = "";
        const char *name = nitro_http_status_name(status, buf, sizeof buf);
        ck_assert_ptr_nonnull(name);
        ck_assert_msg(name[0] != '\0', "empty name for %ld", status);
        for (const char *c = name; *c; c++) {
            ck_assert_msg((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9'),
                          "'%s' for %ld is not an identifier or a number", name, status);
        }
    }
    /* The longest number fits the documented 24 bytes. */
    char buf[24];
    ck_assert_str_eq(nitro_http_status_name(-9223372036854775807L - 1, buf, sizeof buf), "-9223372036854775808");
}
END_TEST

Suite *retry_suite(void) {
    Suite *suite = suite_create("retry");
    TCase *policy = tcase_create("policy");
    tcase_add_test(policy, mutations_are_never_retried);
    tcase_add_test(policy, queries_retry_only_what_may_pass);
    tcase_add_test(policy, at_most_three_tries);
    tcase_add_test(policy, backoff_schedule_is_exponential_with_jitter_in_the_upper_half);
    tcase_add_test(policy, retry_after_is_honoured_within_the_budget);
    tcase_add_test(policy, retry_after_values);
    suite_add_tcase(suite, policy);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, depth_cap);
    tcase_add_test(limits, judge_statuses);
    suite_add_tcase(suite, limits);
    TCase *trace = tcase_create("trace");
    tcase_add_test(trace, redaction);
    tcase_add_test(trace, redaction_cuts_without_leaking);
    tcase_add_test(trace, secret_headers);
    tcase_add_test(trace, verbose_flag);
    suite_add_tcase(suite, trace);
    TCase *names = tcase_create("status names");
    tcase_add_loop_test(names, http_status_name, 0, (int)(sizeof status_names / sizeof *status_names));
    tcase_add_test(names, http_status_name_never_empty);
    suite_add_tcase(suite, names);
    return suite;
}
