/* Text from a server or a user, made safe for a terminal (runtime/core/safe_text.c). */
#include <check.h>
#include <stdlib.h>

#include "safe_text.h"
#include "suites.h"

static void assert_safe(const char *text, const char *expected) {
    char *safe = nitro_safe_text(text);
    ck_assert_ptr_nonnull(safe);
    ck_assert_str_eq(safe, expected);
    free(safe);
}

START_TEST(plain_text_and_utf8_pass) {
    assert_safe("Team Nitro", "Team Nitro");
    assert_safe("日本語 ✓ 🎉 e\xcc\x81", "日本語 ✓ 🎉 e\xcc\x81");
    assert_safe("\xc2\xa0nbsp", "\xc2\xa0nbsp"); /* U+00A0 is the first after the C1 range */
    assert_safe("", "");
    ck_assert_ptr_null(nitro_safe_text(NULL));
}
END_TEST

START_TEST(controls_become_visible) {
    assert_safe("evil\x1b]0;title\x07\x1b[2J", "evil\\x1b]0;title\\x07\\x1b[2J");
    assert_safe("a\tb\nc\rd\x7f", "a\\x09b\\x0ac\\x0dd\\x7f");
    assert_safe("csi \xc2\x9b"
                "2J and \xc2\x80",
                "csi \\u009b2J and \\u0080"); /* C1, UTF-8 encoded */
}
END_TEST

START_TEST(bytes_that_are_not_utf8_become_visible) {
    assert_safe("\x9b"
                "2J",
                "\\x9b2J");                                  /* a raw 8-bit CSI */
    assert_safe("\xc0\xaf", "\\xc0\\xaf");                   /* overlong */
    assert_safe("\xed\xa0\x80", "\\xed\\xa0\\x80");          /* a surrogate */
    assert_safe("\xf4\x90\x80\x80", "\\xf4\\x90\\x80\\x80"); /* past U+10FFFF */
    assert_safe("cut \xe2\x9c", "cut \\xe2\\x9c");           /* a sequence cut short */
}
END_TEST

START_TEST(bidirectional_controls_become_visible) {
    /* RIGHT-TO-LEFT OVERRIDE would show "exe.txt" as "txt.exe"; the isolates likewise. */
    assert_safe("report\xe2\x80\xaetxt.exe", "report\\u202etxt.exe");
    assert_safe("\xe2\x80\xaa\xe2\x81\xa6\xe2\x81\xa9", "\\u202a\\u2066\\u2069");
    assert_safe("\xe2\x80\xa9\xe2\x81\xa5", "\xe2\x80\xa9\xe2\x81\xa5"); /* the neighbours stay */
}
END_TEST

START_TEST(invisible_characters_become_visible) {
    /* Marks and zero-width characters: two ids that look the same must not be the same on screen. */
    assert_safe("a\xe2\x80\x8e"
                "b\xe2\x80\x8f"
                "c\xd8\x9c"
                "d",
                "a\\u200eb\\u200fc\\u061cd"); /* LRM, RLM, ALM */
    assert_safe("id\xe2\x80\x8b"
                "1",
                "id\\u200b1"); /* ZERO WIDTH SPACE */
    assert_safe("\xef\xbb\xbf"
                "id",
                "\\ufeffid"); /* BYTE ORDER MARK */
    assert_safe("x\xc2\xad"
                "y",
                "x\\u00ady");                         /* SOFT HYPHEN */
    assert_safe("t\xf3\xa0\x80\x81", "t\\U000e0001"); /* LANGUAGE TAG */
    assert_safe("\xe2\x81\xa0\xe2\x81\xaf", "\\u2060\\u206f");
    assert_safe("\xe2\x80\x8a\xe2\x80\x90", "\xe2\x80\x8a\xe2\x80\x90"); /* hair space, hyphen stay */
}
END_TEST

Suite *safe_text_suite(void) {
    Suite *suite = suite_create("safe text");
    TCase *tc = tcase_create("terminal");
    tcase_add_test(tc, plain_text_and_utf8_pass);
    tcase_add_test(tc, controls_become_visible);
    tcase_add_test(tc, bytes_that_are_not_utf8_become_visible);
    tcase_add_test(tc, bidirectional_controls_become_visible);
    tcase_add_test(tc, invisible_characters_become_visible);
    suite_add_tcase(suite, tc);
    return suite;
}
