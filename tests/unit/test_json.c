/* The streaming JSON writer (runtime/core/json_out.c): the exact bytes, since
 * scripts and the e2e tests compare stdout with the Nitro CLI's layout. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#endif
#include <check.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_out.h"
#include "suites.h"

/* A writer into memory; finish() closes it and returns the text (free() it). */
static char *buffer;
static size_t buffer_size;
static FILE *stream;
static nitro_json json;

static void setup(void) {
    buffer = NULL;
    buffer_size = 0;
    stream = open_memstream(&buffer, &buffer_size);
    ck_assert_ptr_nonnull(stream);
    nitro_json_init(&json, stream);
}

static void teardown(void) {
    if (stream) fclose(stream);
    stream = NULL;
    free(buffer);
    buffer = NULL;
}

static const char *output(void) {
    ck_assert_int_eq(fclose(stream), 0);
    stream = NULL;
    return buffer;
}

START_TEST(list_page_layout) {
    nitro_json_begin_object(&json);
    nitro_json_key(&json, "values");
    nitro_json_begin_array(&json);
    nitro_json_begin_object(&json);
    nitro_json_field(&json, "id", "a");
    nitro_json_end_object(&json);
    nitro_json_end_array(&json);
    nitro_json_field(&json, "cursor", NULL);
    nitro_json_end_object(&json);
    nitro_json_finish(&json);
    ck_assert_str_eq(output(), "{\n"
                               "  \"values\": [\n"
                               "    {\n"
                               "      \"id\": \"a\"\n"
                               "    }\n"
                               "  ],\n"
                               "  \"cursor\": null\n"
                               "}\n");
}
END_TEST

START_TEST(several_items_and_keys_in_order) {
    nitro_json_begin_object(&json);
    nitro_json_field(&json, "secret", "s");
    nitro_json_key(&json, "details");
    nitro_json_begin_object(&json);
    nitro_json_field(&json, "id", "1");
    nitro_json_field(&json, "description", "d");
    nitro_json_end_object(&json);
    nitro_json_key(&json, "values");
    nitro_json_begin_array(&json);
    nitro_json_string(&json, "x");
    nitro_json_string(&json, "y");
    nitro_json_end_array(&json);
    nitro_json_end_object(&json);
    nitro_json_finish(&json);
    ck_assert_str_eq(output(), "{\n"
                               "  \"secret\": \"s\",\n"
                               "  \"details\": {\n"
                               "    \"id\": \"1\",\n"
                               "    \"description\": \"d\"\n"
                               "  },\n"
                               "  \"values\": [\n"
                               "    \"x\",\n"
                               "    \"y\"\n"
                               "  ]\n"
                               "}\n");
}
END_TEST

START_TEST(empty_containers) {
    nitro_json_begin_object(&json);
    nitro_json_key(&json, "values");
    nitro_json_begin_array(&json);
    nitro_json_end_array(&json);
    nitro_json_key(&json, "details");
    nitro_json_begin_object(&json);
    nitro_json_end_object(&json);
    nitro_json_key(&json, "nested");
    nitro_json_begin_array(&json);
    nitro_json_begin_array(&json);
    nitro_json_end_array(&json);
    nitro_json_begin_object(&json);
    nitro_json_end_object(&json);
    nitro_json_end_array(&json);
    nitro_json_end_object(&json);
    nitro_json_finish(&json);
    ck_assert_str_eq(output(), "{\n"
                               "  \"values\": [],\n"
                               "  \"details\": {},\n"
                               "  \"nested\": [\n"
                               "    [],\n"
                               "    {}\n"
                               "  ]\n"
                               "}\n");
}
END_TEST

START_TEST(top_level_empty_array) {
    nitro_json_begin_array(&json);
    nitro_json_end_array(&json);
    nitro_json_finish(&json);
    ck_assert_str_eq(output(), "[]\n");
}
END_TEST

START_TEST(booleans_and_nulls) {
    nitro_json_begin_object(&json);
    nitro_json_key(&json, "personal");
    nitro_json_bool(&json, true);
    nitro_json_key(&json, "other");
    nitro_json_bool(&json, false);
    nitro_json_key(&json, "none");
    nitro_json_null(&json);
    nitro_json_key(&json, "list");
    nitro_json_begin_array(&json);
    nitro_json_bool(&json, false);
    nitro_json_string(&json, NULL);
    nitro_json_end_array(&json);
    nitro_json_end_object(&json);
    nitro_json_finish(&json);
    ck_assert_str_eq(output(), "{\n"
                               "  \"personal\": true,\n"
                               "  \"other\": false,\n"
                               "  \"none\": null,\n"
                               "  \"list\": [\n"
                               "    false,\n"
                               "    null\n"
                               "  ]\n"
                               "}\n");
}
END_TEST

START_TEST(escaping) {
    nitro_json_begin_object(&json);
    nitro_json_field(&json, "quote\"key", "say \"hi\"");
    nitro_json_field(&json, "path", "C:\\dir\\file");
    nitro_json_field(&json, "controls", "\x01\x1f\n\r\t\b\f\x7f");
    nitro_json_field(&json, "slash", "a/b");
    nitro_json_end_object(&json);
    nitro_json_finish(&json);
    ck_assert_str_eq(output(), "{\n"
                               "  \"quote\\\"key\": \"say \\\"hi\\\"\",\n"
                               "  \"path\": \"C:\\\\dir\\\\file\",\n"
                               "  \"controls\": \"\\u0001\\u001f\\n\\r\\t\\b\\f\\u007f\",\n"
                               "  \"slash\": \"a/b\"\n"
                               "}\n");
}
END_TEST

START_TEST(utf8_kept_as_is) {
    nitro_json_begin_array(&json);
    nitro_json_string(&json, "caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x94\x91");
    nitro_json_end_array(&json);
    nitro_json_finish(&json);
    ck_assert_str_eq(output(), "[\n  \"café ✓ 🔑\"\n]\n");
}
END_TEST

START_TEST(deep_nesting_within_limit) {
    /* 15 nested arrays, the most NITRO_JSON_MAX_DEPTH (16) levels allow. */
    const int levels = NITRO_JSON_MAX_DEPTH - 1;
    for (int i = 0; i < levels; i++)
        nitro_json_begin_array(&json);
    nitro_json_string(&json, "x");
    for (int i = 0; i < levels; i++)
        nitro_json_end_array(&json);
    nitro_json_finish(&json);
    const char *text = output();
    cJSON *parsed = cJSON_Parse(text);
    ck_assert_ptr_nonnull(parsed);
    const cJSON *item = parsed;
    for (int i = 0; i < levels; i++) {
        ck_assert(cJSON_IsArray(item));
        ck_assert_int_eq(cJSON_GetArraySize(item), 1);
        item = cJSON_GetArrayItem(item, 0);
    }
    ck_assert(cJSON_IsString(item));
    ck_assert_str_eq(item->valuestring, "x");
    cJSON_Delete(parsed);
    /* The innermost line is indented by two spaces per level. */
    char line[64];
    snprintf(line, sizeof line, "\n%*s\"x\"\n", 2 * levels, "");
    ck_assert_ptr_nonnull(strstr(text, line));
}
END_TEST

/* Whatever the writer prints, a JSON parser reads back the same strings. */
START_TEST(round_trip_through_cjson) {
    static const char *const values[] = {"plain", "\"\\/", "\x01\x02\x1f", "line\nbreak", "caf\xc3\xa9", "", "\x7f"};
    nitro_json_begin_array(&json);
    for (size_t i = 0; i < sizeof values / sizeof *values; i++)
        nitro_json_string(&json, values[i]);
    nitro_json_end_array(&json);
    nitro_json_finish(&json);
    cJSON *parsed = cJSON_Parse(output());
    ck_assert_ptr_nonnull(parsed);
    ck_assert_int_eq(cJSON_GetArraySize(parsed), (int)(sizeof values / sizeof *values));
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        const cJSON *item = cJSON_GetArrayItem(parsed, (int)i);
        ck_assert(cJSON_IsString(item));
        ck_assert_str_eq(item->valuestring, values[i]);
    }
    cJSON_Delete(parsed);
}
END_TEST

Suite *json_suite(void) {
    Suite *suite = suite_create("json");
    TCase *writer = tcase_create("writer");
    tcase_add_checked_fixture(writer, setup, teardown);
    tcase_add_test(writer, list_page_layout);
    tcase_add_test(writer, several_items_and_keys_in_order);
    tcase_add_test(writer, empty_containers);
    tcase_add_test(writer, top_level_empty_array);
    tcase_add_test(writer, booleans_and_nulls);
    tcase_add_test(writer, escaping);
    tcase_add_test(writer, utf8_kept_as_is);
    tcase_add_test(writer, deep_nesting_within_limit);
    tcase_add_test(writer, round_trip_through_cjson);
    suite_add_tcase(suite, writer);
    return suite;
}
