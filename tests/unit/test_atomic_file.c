/* The whole-or-nothing file writer (runtime/core/atomic_file.c): the result is
 * in place only after commit, a failure or an abort leaves the old file and no
 * temporary beside it, and the mode is what was asked for. */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "suites.h"

static char dir[] = "/tmp/nitro-atomic-XXXXXX";
static char dest[sizeof dir + 16];

static void setup(void) {
    strcpy(dir, "/tmp/nitro-atomic-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(dest, sizeof dest, "%s/out.txt", dir);
}

static int entries(void) {
    int count = 0;
    DIR *listing = opendir(dir);
    struct dirent *entry;
    while ((entry = readdir(listing)) != NULL)
        if (strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0) count++;
    closedir(listing);
    return count;
}

static void teardown(void) {
    DIR *listing = opendir(dir);
    struct dirent *entry;
    while ((entry = readdir(listing)) != NULL)
        unlinkat(dirfd(listing), entry->d_name, 0);
    closedir(listing);
    rmdir(dir);
}

static void assert_content(const char *expected) {
    char buffer[64] = {0};
    FILE *file = fopen(dest, "rb");
    ck_assert_ptr_nonnull(file);
    size_t n = fread(buffer, 1, sizeof buffer - 1, file);
    fclose(file);
    ck_assert_str_eq(buffer, expected);
    ck_assert_uint_eq(n, strlen(expected));
}

START_TEST(test_commit_replaces_whole) {
    FILE *old = fopen(dest, "w");
    fputs("old", old);
    fclose(old);
    nitro_atomic_file file;
    ck_assert(nitro_atomic_open(&file, dest, NITRO_FILE_PUBLIC));
    ck_assert(nitro_atomic_write(&file, "new ", 4));
    assert_content("old"); /* not in place before commit */
    ck_assert_int_eq(entries(), 2);
    ck_assert(nitro_atomic_write(&file, "text", 4));
    ck_assert(nitro_atomic_commit(&file));
    assert_content("new text");
    ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(test_abort_leaves_old_file_and_no_temporary) {
    ck_assert(nitro_write_file_atomically(dest, "kept", 4, NITRO_FILE_PUBLIC));
    nitro_atomic_file file;
    ck_assert(nitro_atomic_open(&file, dest, NITRO_FILE_PUBLIC));
    ck_assert(nitro_atomic_write(&file, "lost", 4));
    nitro_atomic_abort(&file);
    assert_content("kept");
    ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(test_modes) {
    mode_t mask = umask(022);
    ck_assert(nitro_write_file_atomically(dest, "x", 1, NITRO_FILE_PUBLIC));
    struct stat st;
    ck_assert_int_eq(stat(dest, &st), 0);
    ck_assert_uint_eq(st.st_mode & 0777, 0644);
    ck_assert(nitro_write_file_atomically(dest, "y", 1, NITRO_FILE_PRIVATE));
    ck_assert_int_eq(stat(dest, &st), 0);
    ck_assert_uint_eq(st.st_mode & 0777, 0600);
    umask(mask);
}
END_TEST

START_TEST(test_missing_directory_fails_with_errno) {
    char missing[sizeof dest + 16];
    snprintf(missing, sizeof missing, "%s/no/such.txt", dir);
    ck_assert(!nitro_write_file_atomically(missing, "x", 1, NITRO_FILE_PUBLIC));
    ck_assert_int_eq(errno, ENOENT);
    ck_assert_int_eq(entries(), 0);
}
END_TEST

START_TEST(test_rename_onto_a_directory_fails_and_cleans_up) {
    ck_assert_int_eq(mkdir(dest, 0700), 0);
    ck_assert(!nitro_write_file_atomically(dest, "x", 1, NITRO_FILE_PUBLIC));
    ck_assert_int_eq(errno, EISDIR);
    ck_assert_int_eq(entries(), 1); /* the directory alone */
    rmdir(dest);
}
END_TEST

START_TEST(test_temporary_names) {
    nitro_atomic_file file;
    ck_assert(nitro_atomic_open(&file, dest, NITRO_FILE_PRIVATE));
    const char *base = strrchr(file.temp, '/') + 1;
    ck_assert(nitro_atomic_is_temporary(base, "out.txt"));
    nitro_atomic_abort(&file);
    ck_assert(nitro_atomic_is_temporary(".session.json.AbC123", "session.json"));
    ck_assert(!nitro_atomic_is_temporary("session.json.AbC123", "session.json"));
    ck_assert(!nitro_atomic_is_temporary(".session.json.keep-me", "session.json"));
    ck_assert(!nitro_atomic_is_temporary(".session.json.AbC12", "session.json"));
    ck_assert(!nitro_atomic_is_temporary(".session.jsonx.AbC123", "session.json"));
}
END_TEST

Suite *atomic_file_suite(void) {
    Suite *suite = suite_create("atomic_file");
    TCase *tc = tcase_create("atomic_file");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_commit_replaces_whole);
    tcase_add_test(tc, test_abort_leaves_old_file_and_no_temporary);
    tcase_add_test(tc, test_modes);
    tcase_add_test(tc, test_missing_directory_fails_with_errno);
    tcase_add_test(tc, test_rename_onto_a_directory_fails_and_cleans_up);
    tcase_add_test(tc, test_temporary_names);
    suite_add_tcase(suite, tc);
    return suite;
}
