/* Zip uploads' parts below the executors: `multiple` options and one-letter aliases
 * in the product's parser (openapi upload's -p/--pattern), the glob expansion
 * (glob(3), `**`, hidden and build directories, entry names, the same file
 * found twice), the archive libzip writes and one member read out of an
 * archive (fusion validate's gateway schema; runtime/core/archive.c). Files
 * live in a temporary directory of the test's own, named by absolute patterns
 * (the working directory is never changed). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* mkdtemp, strdup */
#endif
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archive.h"
#include "args.h"
#include "generated/cli.h"
#include "suites.h"
#include "term.h"

static const char *no_env(void *data, const char *name) {
    (void)data;
    (void)name;
    return NULL;
}

static nitro_parse_status parse(int argc, char *const *argv, nitro_parsed *parsed, nitro_diag *diag) {
    return nitro_parse(&nitro_root_command, argc, argv, no_env, NULL, parsed, diag);
}

START_TEST(list_option_takes_every_value_and_repeats) {
    char *argv[] = {
        "nitro", "openapi",      "upload", "--openapi-collection-id", "c", "--tag", "t", "-p", "a", "b", "--pattern",
        "c",     "--pattern=d*", "--tag=x"};
    nitro_parsed parsed;
    nitro_diag diag;
    /* --tag twice is refused as ever: only a list repeats. */
    ck_assert_int_eq(parse(14, argv, &parsed, &diag), NITRO_PARSE_ERROR);
    ck_assert_str_eq(diag.message, "the argument '--tag <tag>' cannot be used multiple times");
    ck_assert_int_eq(parse(13, argv, &parsed, &diag), NITRO_PARSE_OK);
    const nitro_option *option = nitro_find_option(parsed.command, "pattern");
    ck_assert_ptr_nonnull(option);
    ck_assert_int_eq(option->short_name, 'p');
    size_t count = 0;
    const char *const *values = nitro_list_values(parsed.opts, option->offset, &count);
    ck_assert_uint_eq(count, 4);
    ck_assert_str_eq(values[0], "a");
    ck_assert_str_eq(values[1], "b");
    ck_assert_str_eq(values[2], "c");
    ck_assert_str_eq(values[3], "d*");
    ck_assert_int_eq(((const nitro_list_value *)((const char *)parsed.opts + option->offset))->current.source,
                     NITRO_SRC_ARGV);
    ck_assert_ptr_null(parsed.missing_option);
    nitro_parsed_free(&parsed);
}
END_TEST

START_TEST(short_aliases_are_the_commands_own) {
    nitro_parsed parsed;
    nitro_diag diag;
    char *missing[] = {"nitro", "openapi", "upload", "--openapi-collection-id", "c", "--tag", "t", "-p"};
    ck_assert_int_eq(parse(8, missing, &parsed, &diag), NITRO_PARSE_ERROR);
    ck_assert_str_eq(diag.message, "a value is required for '-p, --pattern <pattern>' but none was supplied");
    char *other[] = {"nitro", "openapi", "upload", "-t", "x"};
    ck_assert_int_eq(parse(5, other, &parsed, &diag), NITRO_PARSE_ERROR);
    ck_assert_str_eq(diag.message, "unexpected argument '-t' found");
    char *joined[] = {"nitro", "mcp", "upload", "-tx"};
    ck_assert_int_eq(parse(4, joined, &parsed, &diag), NITRO_PARSE_ERROR);
    char *mcp[] = {"nitro", "mcp", "upload", "--mcp-feature-collection-id", "c", "--tag", "t", "-t", "x"};
    ck_assert_int_eq(parse(9, mcp, &parsed, &diag), NITRO_PARSE_OK);
    nitro_parsed_find_missing(&parsed);
    ck_assert_ptr_null(parsed.missing_option); /* both patterns are optional; one is needed at run time */
    nitro_parsed_free(&parsed);
    char *none[] = {"nitro", "openapi", "upload", "--openapi-collection-id", "c", "--tag", "t"};
    ck_assert_int_eq(parse(7, none, &parsed, &diag), NITRO_PARSE_OK);
    ck_assert_ptr_nonnull(parsed.missing_option);
    ck_assert_str_eq(parsed.missing_option->name, "pattern");
    nitro_parsed_free(&parsed);
}
END_TEST

/* ---- files ------------------------------------------------------------------------- */

static char root[64];

static void put(const char *relative, const char *text) {
    char path[256];
    snprintf(path, sizeof path, "%s/%s", root, relative);
    for (char *slash = strchr(path + strlen(root) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        mkdir(path, 0700);
        *slash = '/';
    }
    FILE *file = fopen(path, "w");
    ck_assert_ptr_nonnull(file);
    fputs(text, file);
    fclose(file);
}

static void make_tree(void) {
    snprintf(root, sizeof root, "/tmp/nitro-archive-test-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(root));
    put("a.graphql", "query A { a }");
    put("sub/b.graphql", "query B { b }");
    put("sub/deep/c.graphql", "query C { c }");
    put("sub/bin/skipped.graphql", "");
    put("sub/obj/skipped.graphql", "");
    put("sub/.hidden/skipped.graphql", "");
    put("sub/notes.txt", "");
}

static void remove_tree(void) {
    char command[128];
    snprintf(command, sizeof command, "rm -rf '%s'", root);
    ck_assert_int_eq(system(command), 0);
}

static long glob_in(nitro_archive_list *list, const char *pattern, const char *folder, const char *rename) {
    char full[256], error[256];
    snprintf(full, sizeof full, "%s/%s", root, pattern);
    return nitro_archive_glob(list, full, folder, rename, error, sizeof error);
}

/* The entry name of a file under the tree: the absolute path without its leading '/'. */
static void expect_entry(const nitro_archive_list *list, size_t i, const char *folder, const char *relative) {
    char want[256];
    snprintf(want, sizeof want, "%s%s/%s", folder ? folder : "", root + 1, relative);
    ck_assert_uint_gt(list->count, i);
    ck_assert_str_eq(list->items[i].name, want);
}

START_TEST(globs_find_files_and_name_their_entries) {
    make_tree();
    nitro_archive_list list = {0};
    ck_assert_int_eq(glob_in(&list, "sub/**/*.graphql", NULL, NULL), 2); /* ** also matches no directory */
    expect_entry(&list, 0, NULL, "sub/b.graphql");
    expect_entry(&list, 1, NULL, "sub/deep/c.graphql");
    ck_assert_int_eq(glob_in(&list, "*.graphql", "tools/", NULL), 1);
    expect_entry(&list, 2, "tools/", "a.graphql");
    ck_assert_int_eq(glob_in(&list, "sub/*/skipped.graphql", NULL, NULL), 0);   /* bin/, obj/ and hidden */
    ck_assert_int_eq(glob_in(&list, "sub/bin/skipped.graphql", NULL, NULL), 1); /* typed in full: taken */
    ck_assert_int_eq(glob_in(&list, "nothing/*.graphql", NULL, NULL), 0);
    ck_assert_int_eq(glob_in(&list, "sub/notes.txt", NULL, "README"), 1);
    ck_assert_str_eq(list.items[4].name, "README");
    char error[256];
    ck_assert(nitro_archive_settle(&list, error, sizeof error));
    ck_assert_uint_eq(list.count, 5);
    ck_assert_str_eq(list.items[0].name, "README"); /* sorted by name */
    nitro_archive_list_free(&list);
    remove_tree();
}
END_TEST

START_TEST(the_same_file_twice_is_one_entry_two_files_one_name_an_error) {
    make_tree();
    nitro_archive_list list = {0};
    char error[512];
    ck_assert_int_eq(glob_in(&list, "a.graphql", NULL, NULL), 1);
    ck_assert_int_eq(glob_in(&list, "./a.graphql", NULL, NULL), 1);
    ck_assert(nitro_archive_settle(&list, error, sizeof error));
    ck_assert_uint_eq(list.count, 1);
    ck_assert_int_eq(glob_in(&list, "sub/b.graphql", NULL, "same"), 1);
    ck_assert_int_eq(glob_in(&list, "sub/deep/c.graphql", NULL, "same"), 1);
    ck_assert(!nitro_archive_settle(&list, error, sizeof error));
    ck_assert_ptr_nonnull(strstr(error, "would both be the archive's 'same'"));
    nitro_archive_list_free(&list);
    remove_tree();
}
END_TEST

START_TEST(the_archive_is_a_private_zip_of_the_entries) {
    make_tree();
    nitro_archive_list list = {0};
    char error[512], archive[128];
    ck_assert_int_eq(glob_in(&list, "sub/**/*.graphql", "tools/", NULL), 2);
    ck_assert(nitro_archive_settle(&list, error, sizeof error));
    snprintf(archive, sizeof archive, "%s/collection.zip", root);
    bool interrupted = true;
    ck_assert_msg(nitro_archive_write(archive, &list, &interrupted, error, sizeof error), "%s", error);
    ck_assert(!interrupted);
    struct stat st;
    ck_assert_int_eq(stat(archive, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
    FILE *file = fopen(archive, "rb");
    char *bytes = calloc(1, (size_t)st.st_size + 1);
    ck_assert_uint_eq(fread(bytes, 1, (size_t)st.st_size, file), (size_t)st.st_size);
    fclose(file);
    ck_assert(memcmp(bytes, "PK\3\4", 4) == 0);
    for (size_t i = 0; i < list.count; i++) { /* each name is in the central directory */
        size_t len = strlen(list.items[i].name);
        bool found = false;
        for (off_t at = 0; !found && at + (off_t)len <= st.st_size; at++)
            found = memcmp(bytes + at, list.items[i].name, len) == 0;
        ck_assert_msg(found, "%s is in the archive", list.items[i].name);
    }
    free(bytes);
    /* Ctrl-C while it is written: cancelled, nothing left. */
    nitro_interrupted = 1;
    unlink(archive);
    ck_assert(!nitro_archive_write(archive, &list, &interrupted, error, sizeof error));
    nitro_interrupted = 0;
    ck_assert(interrupted);
    ck_assert_int_ne(access(archive, F_OK), 0);
    /* A file that went away between the glob and the archive: an error, and no archive is left. */
    unlink(list.items[0].path);
    ck_assert(!nitro_archive_write(archive, &list, &interrupted, error, sizeof error));
    ck_assert_int_ne(access(archive, F_OK), 0);
    nitro_archive_list_free(&list);
    remove_tree();
}
END_TEST

static char *read_all(const char *path) {
    FILE *file = fopen(path, "rb");
    ck_assert_ptr_nonnull(file);
    char *text = calloc(1, 4096);
    ck_assert_uint_lt(fread(text, 1, 4095, file), 4095);
    fclose(file);
    return text;
}

/* A Fusion archive made with the writer above: the gateway schema and a settings file beside it. */
static void make_far(const char *archive) {
    nitro_archive_list list = {0};
    char error[512];
    ck_assert_int_eq(glob_in(&list, "sub/b.graphql", NULL, "gateway/2.0.0/gateway.graphqls"), 1);
    ck_assert_int_eq(glob_in(&list, "a.graphql", NULL, "gateway/2.0.0/gateway-settings.json"), 1);
    ck_assert(nitro_archive_settle(&list, error, sizeof error));
    bool interrupted = false;
    ck_assert_msg(nitro_archive_write(archive, &list, &interrupted, error, sizeof error), "%s", error);
    nitro_archive_list_free(&list);
}

START_TEST(a_member_is_read_out_into_a_private_file) {
    make_tree();
    char archive[128], dest[128], error[512] = "";
    snprintf(archive, sizeof archive, "%s/gateway.far", root);
    snprintf(dest, sizeof dest, "%s/schema.graphql", root);
    make_far(archive);
    const char *member = "gateway/2.0.0/gateway.graphqls";
    ck_assert_int_eq(nitro_archive_find(archive, member, error, sizeof error), NITRO_MEMBER_FOUND);
    ck_assert_int_eq(nitro_archive_extract(archive, member, dest, error, sizeof error), NITRO_MEMBER_FOUND);
    char *text = read_all(dest);
    ck_assert_str_eq(text, "query B { b }");
    free(text);
    struct stat st;
    ck_assert_int_eq(stat(dest, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
    /* A file already there is not written over (nor removed): the file is made new. */
    ck_assert_int_eq(nitro_archive_extract(archive, member, dest, error, sizeof error), NITRO_MEMBER_FAILED);
    ck_assert_int_eq(access(dest, F_OK), 0);
    unlink(dest);
    /* No such member: neither a directory's name, nor a name differing in case. */
    const char *absent[] = {"gateway", "gateway/2.0.0", "gateway/2.0.0/GATEWAY.graphqls", "gateway.graphqls"};
    for (size_t i = 0; i < sizeof absent / sizeof *absent; i++) {
        ck_assert_int_eq(nitro_archive_find(archive, absent[i], error, sizeof error), NITRO_MEMBER_MISSING);
        ck_assert_int_eq(nitro_archive_extract(archive, absent[i], dest, error, sizeof error), NITRO_MEMBER_MISSING);
        ck_assert_int_ne(access(dest, F_OK), 0);
    }
    /* A file that is not a zip; a file that is not there. */
    char other[128];
    snprintf(other, sizeof other, "%s/a.graphql", root);
    ck_assert_int_eq(nitro_archive_find(other, member, error, sizeof error), NITRO_MEMBER_NOT_ZIP);
    ck_assert_int_eq(nitro_archive_extract(other, member, dest, error, sizeof error), NITRO_MEMBER_NOT_ZIP);
    snprintf(other, sizeof other, "%s/none.far", root);
    ck_assert_int_eq(nitro_archive_find(other, member, error, sizeof error), NITRO_MEMBER_FAILED);
    ck_assert_int_ne(access(dest, F_OK), 0);
    /* Ctrl-C while it is read: nothing is left. */
    nitro_interrupted = 1;
    ck_assert_int_eq(nitro_archive_extract(archive, member, dest, error, sizeof error), NITRO_MEMBER_INTERRUPTED);
    nitro_interrupted = 0;
    ck_assert_int_ne(access(dest, F_OK), 0);
    remove_tree();
}
END_TEST

START_TEST(a_damaged_member_is_an_error_and_leaves_nothing) {
    make_tree();
    put("big.graphql", "");
    char path[128], archive[128], dest[128], error[512] = "";
    snprintf(path, sizeof path, "%s/big.graphql", root);
    FILE *file = fopen(path, "w");
    for (int i = 0; i < 4000; i++)
        fprintf(file, "type T%d { field%d: Int }\n", i, i * 7919 % 1000);
    fclose(file);
    nitro_archive_list list = {0};
    ck_assert_int_eq(glob_in(&list, "big.graphql", NULL, "gateway.graphqls"), 1);
    snprintf(archive, sizeof archive, "%s/damaged.far", root);
    bool interrupted = false;
    ck_assert_msg(nitro_archive_write(archive, &list, &interrupted, error, sizeof error), "%s", error);
    nitro_archive_list_free(&list);
    /* The member's deflated data starts after its local header (30 bytes and the name): a byte of it flipped. */
    file = fopen(archive, "r+b");
    ck_assert_int_eq(fseek(file, 30 + (long)strlen("gateway.graphqls") + 200, SEEK_SET), 0);
    int byte = fgetc(file);
    ck_assert_int_eq(fseek(file, -1, SEEK_CUR), 0);
    fputc(byte ^ 0x55, file);
    fclose(file);
    snprintf(dest, sizeof dest, "%s/schema.graphql", root);
    ck_assert_int_eq(nitro_archive_extract(archive, "gateway.graphqls", dest, error, sizeof error),
                     NITRO_MEMBER_FAILED);
    ck_assert_ptr_nonnull(strstr(error, "'gateway.graphqls' cannot be read"));
    ck_assert_int_ne(access(dest, F_OK), 0);
    remove_tree();
}
END_TEST

Suite *archive_suite(void) {
    Suite *suite = suite_create("archive");
    TCase *parser = tcase_create("list options");
    tcase_add_test(parser, list_option_takes_every_value_and_repeats);
    tcase_add_test(parser, short_aliases_are_the_commands_own);
    suite_add_tcase(suite, parser);
    TCase *files = tcase_create("files");
    tcase_add_test(files, globs_find_files_and_name_their_entries);
    tcase_add_test(files, the_same_file_twice_is_one_entry_two_files_one_name_an_error);
    tcase_add_test(files, the_archive_is_a_private_zip_of_the_entries);
    tcase_add_test(files, a_member_is_read_out_into_a_private_file);
    tcase_add_test(files, a_damaged_member_is_an_error_and_leaves_nothing);
    suite_add_tcase(suite, files);
    return suite;
}
