/* The registry's generic executors beside executor.c's: files sent with a
 * mutation (`files` in the spec: checked before anything is sent, then the
 * multipart upload), flags that cannot go together (`exclusive`), and the
 * subscription followed after a mutation (`follow`): each event, by its
 * __typename, says a line on stderr, may show a tree of errors and changes,
 * and may end the command. No command has C of its own here. */
#include "follow.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archive.h"
#include "credentials.h"
#include "generated/cli.h"
#include "generated/graphql.h"
#include "safe_text.h"
#include "subscription.h"
#include "term.h"
#include "upload.h"

/* ---- exclusive flags ---------------------------------------------------------- */

int nitro_exclusive_check(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts) {
    if (!behaviour->exclusive_names[0]) return NITRO_EXIT_OK;
    for (size_t i = 0; i < 2; i++)
        if (!((const nitro_flag_value *)((const char *)opts + behaviour->exclusive_offsets[i]))->value)
            return NITRO_EXIT_OK;
    nitro_error(ctx, "The '--%s' and '--%s' options are mutually exclusive.", behaviour->exclusive_names[0],
                behaviour->exclusive_names[1]);
    return NITRO_EXIT_USAGE;
}

/* ---- files -------------------------------------------------------------------- */

/* Where a file option's value came from, for messages: "--schema-file" or "NITRO_SCHEMA_FILE". */
static void value_source(const nitro_upload_def *upload, const nitro_str_value *value, char *option, size_t size) {
    if (value->source == NITRO_SRC_ENV && value->env_name)
        snprintf(option, size, "%s", value->env_name);
    else
        snprintf(option, size, "--%s", upload->option);
}

static void say_file_problem(nitro_ctx *ctx, const nitro_upload_def *upload, const nitro_str_value *value,
                             const char *problem) {
    char option[96];
    value_source(upload, value, option, sizeof option);
    nitro_error(ctx, "The file '%s' given by %s %s.", value->value, option, problem);
}

/* Reads the whole file a chunk at a time: it must be UTF-8 (a sequence cut
 * by a chunk's end is carried over). Memory does not grow with the file. */
static int utf8_problem(int fd) {
    unsigned char buffer[65536 + 4];
    size_t carried = 0;
    for (;;) {
        ssize_t n = read(fd, buffer + carried, sizeof buffer - 4 - carried);
        if (n < 0) {
            if (errno == EINTR && !nitro_interrupted) continue;
            return errno ? errno : EIO;
        }
        size_t have = carried + (size_t)n, i = 0;
        while (i < have) {
            /* ASCII, most of a schema, eight bytes at a time: the check costs little beside the upload. */
            uint64_t word;
            while (i + sizeof word <= have && (memcpy(&word, buffer + i, sizeof word), !(word & 0x8080808080808080u)))
                i += sizeof word;
            if (i == have) break;
            if (buffer[i] < 0x80) {
                i++;
                continue;
            }
            size_t length = nitro_utf8_length(buffer + i, have - i);
            if (length == 0) {
                /* A sequence the chunk cut short is completed by the next read; at the end it is broken. */
                if (n > 0 && have - i < 4) break;
                return -1;
            }
            i += length;
        }
        carried = have - i;
        memmove(buffer, buffer + i, carried);
        if (n == 0) return carried ? -1 : 0;
    }
}

/* ---- zips ---------------------------------------------------------------------- */

/* The files of a zip upload's entries: each pattern must match a file (exit 2 naming the option), and no two
 * files may have one entry name. */
static int zip_list(nitro_ctx *ctx, const nitro_upload_def *upload, const void *opts, nitro_archive_list *list) {
    char error[1024];
    bool any = false;
    for (size_t e = 0; e < upload->n_entries; e++) {
        const nitro_zip_entry_def *entry = &upload->entries[e];
        size_t count = 0;
        const char *const *patterns = NULL;
        if (entry->type == NITRO_OPT_STRING_LIST) {
            patterns = nitro_list_values((void *)opts, entry->offset, &count);
        } else {
            patterns = &((const nitro_str_value *)((const char *)opts + entry->offset))->value;
            count = *patterns != NULL;
        }
        for (size_t p = 0; p < count; p++) {
            const char *pattern = patterns[p];
            any = true;
            long found = nitro_archive_glob(list, pattern, entry->folder, entry->rename, error, sizeof error);
            if (nitro_interrupted) {
                fputs("Interrupted.\n", ctx->err);
                ctx->said_interrupted = true;
                return NITRO_EXIT_INTERRUPTED;
            }
            if (found < 0) {
                nitro_error(ctx, "The pattern '%s' given by --%s: %s.", pattern, entry->option, error);
                return NITRO_EXIT_FAILURE;
            }
            if (found == 0) {
                nitro_error(ctx, "The pattern '%s' given by --%s matches no file.", pattern, entry->option);
                fprintf(ctx->err, "  hint: patterns are relative to the working directory; quote them so that the "
                                  "shell does not expand them, e.g. '**/*.graphql'\n");
                return NITRO_EXIT_USAGE;
            }
            if (entry->rename && found > 1) {
                nitro_error(ctx, "The pattern '%s' given by --%s matches %ld files; it names one.", pattern,
                            entry->option, found);
                return NITRO_EXIT_USAGE;
            }
        }
    }
    if (!any) {
        /* Every entry's option is optional (mcp: prompts, tools or both), but one of them is needed. */
        char names[256] = "";
        for (size_t e = 0; e < upload->n_entries; e++)
            snprintf(names + strlen(names), sizeof names - strlen(names), "%s'--%s'",
                     e == 0                       ? ""
                     : e + 1 == upload->n_entries ? " or "
                                                  : ", ",
                     upload->entries[e].option);
        nitro_error(ctx, "Missing required option %s.", names);
        return NITRO_EXIT_USAGE;
    }
    if (!nitro_archive_settle(list, error, sizeof error)) {
        nitro_error(ctx, "The files cannot be archived: %s.", error);
        return NITRO_EXIT_USAGE;
    }
    return NITRO_EXIT_OK;
}

/* A private directory (0700) for the archive: libzip writes a file of its own beside it and renames it over
 * the archive, and nobody else may read either. */
static char *zip_directory(nitro_ctx *ctx) {
    const char *base = ctx->getenv_fn(ctx->env_data, "TMPDIR");
    if (!base || !*base) base = TMPDIR_DEFAULT;
    size_t len = strlen(base) + sizeof "/nitro-zip-XXXXXX";
    char *dir = malloc(len);
    if (!dir) return NULL;
    snprintf(dir, len, "%s/nitro-zip-XXXXXX", base);
    if (!mkdtemp(dir)) {
        free(dir);
        return NULL;
    }
    return dir;
}

/* Removes the archive's directory and what is in it (the archive, a half-written file of libzip's). */
static void zip_cleanup(char *dir, char *archive) {
    if (archive) unlink(archive);
    if (dir) {
        DIR *handle = opendir(dir);
        for (struct dirent *entry; handle && (entry = readdir(handle)) != NULL;) {
            if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
            unlinkat(dirfd(handle), entry->d_name, 0);
        }
        if (handle) closedir(handle);
        rmdir(dir);
    }
    free(archive);
    free(dir);
}

/* ---- a member of a zip -------------------------------------------------------- */

/* What is wrong with a member upload's archive or member (exit 2): the member, the file and where it came from
 * ("--archive" or "NITRO_FUSION_CONFIG_FILE"), and the problem. */
static int say_member_problem(nitro_ctx *ctx, const nitro_upload_def *upload, const nitro_str_value *value,
                              const char *problem) {
    char option[96];
    value_source(upload, value, option, sizeof option);
    nitro_error(ctx, "Could not read '%s' from '%s' given by %s: %s.", upload->member, value->value, option, problem);
    return NITRO_EXIT_USAGE;
}

static const char *member_problem(nitro_member_status status, const char *error) {
    return status == NITRO_MEMBER_NOT_ZIP   ? "the file is not a zip archive"
           : status == NITRO_MEMBER_MISSING ? "the archive has no such member"
                                            : error;
}

/* Reads a member upload's member out into a private temporary file; files[i].file_path is set to it. Text
 * (not `(binary)`) must be UTF-8, as a file given by itself must. */
static int member_write(nitro_ctx *ctx, const nitro_upload_def *upload, const void *opts, nitro_upload *file,
                        char **dir, char **path) {
    const nitro_str_value *value = (const nitro_str_value *)((const char *)opts + upload->offset);
    if (!value->value) return NITRO_EXIT_OK; /* an optional archive that was not given */
    char error[1024] = "";
    *dir = zip_directory(ctx);
    size_t len = *dir ? strlen(*dir) + strlen(upload->file_name) + 2 : 0;
    *path = *dir ? malloc(len) : NULL;
    if (!*path) {
        nitro_error(ctx, "Could not make %s: could not make a temporary directory: %s.", upload->file_name,
                    strerror(errno ? errno : ENOMEM));
        return NITRO_EXIT_FAILURE;
    }
    snprintf(*path, len, "%s/%s", *dir, upload->file_name);
    nitro_member_status status = nitro_archive_extract(value->value, upload->member, *path, error, sizeof error);
    if (status == NITRO_MEMBER_INTERRUPTED || nitro_interrupted) {
        fputs("Interrupted.\n", ctx->err);
        ctx->said_interrupted = true;
        return NITRO_EXIT_INTERRUPTED;
    }
    if (status != NITRO_MEMBER_FOUND) return say_member_problem(ctx, upload, value, member_problem(status, error));
    int problem = 0;
    if (!upload->binary) {
        int fd = open(*path, O_RDONLY | O_CLOEXEC);
        problem = fd < 0 ? errno : utf8_problem(fd);
        if (fd >= 0) close(fd);
    }
    if (nitro_interrupted) {
        fputs("Interrupted.\n", ctx->err);
        ctx->said_interrupted = true;
        return NITRO_EXIT_INTERRUPTED;
    }
    if (problem)
        return say_member_problem(ctx, upload, value, problem < 0 ? "it is not UTF-8 text" : strerror(problem));
    file->file_path = *path;
    return NITRO_EXIT_OK;
}

/* Writes each zip upload's archive, and reads each member upload's member out; files[i].file_path is set to
 * the file made. */
static int zip_write(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, nitro_upload *files,
                     char **dirs, char **archives) {
    for (size_t i = 0; i < behaviour->n_uploads && i < 8; i++) {
        const nitro_upload_def *upload = &behaviour->uploads[i];
        if (upload->member) {
            int code = member_write(ctx, upload, opts, &files[i], &dirs[i], &archives[i]);
            if (code) return code;
            continue;
        }
        if (!upload->n_entries) continue;
        nitro_archive_list list = {0};
        int code = zip_list(ctx, upload, opts, &list);
        if (code) {
            nitro_archive_list_free(&list);
            return code;
        }
        char error[1024];
        bool interrupted = false;
        dirs[i] = zip_directory(ctx);
        size_t len = dirs[i] ? strlen(dirs[i]) + strlen(upload->file_name) + 2 : 0;
        archives[i] = dirs[i] ? malloc(len) : NULL;
        if (archives[i]) snprintf(archives[i], len, "%s/%s", dirs[i], upload->file_name);
        bool written = archives[i] && nitro_archive_write(archives[i], &list, &interrupted, error, sizeof error);
        if (!archives[i]) snprintf(error, sizeof error, "could not make a temporary directory: %s", strerror(errno));
        nitro_archive_list_free(&list);
        if (interrupted || nitro_interrupted) {
            fputs("Interrupted.\n", ctx->err);
            ctx->said_interrupted = true;
            return NITRO_EXIT_INTERRUPTED;
        }
        if (!written) {
            nitro_error(ctx, "Could not make %s: %s.", upload->file_name, error);
            return NITRO_EXIT_FAILURE;
        }
        files[i].file_path = archives[i];
    }
    return NITRO_EXIT_OK;
}

int nitro_files_check(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts) {
    for (size_t i = 0; i < behaviour->n_uploads; i++) {
        const nitro_upload_def *upload = &behaviour->uploads[i];
        if (upload->n_entries) {
            /* The patterns are checked now, before anything is asked or sent; the archive is made to send. */
            nitro_archive_list list = {0};
            int code = zip_list(ctx, upload, opts, &list);
            nitro_archive_list_free(&list);
            if (code) return code;
            continue;
        }
        const nitro_str_value *value = (const nitro_str_value *)((const char *)opts + upload->offset);
        if (!value->value) continue; /* a required option: the parser said so already */
        int fd = open(value->value, O_RDONLY | O_CLOEXEC);
        struct stat st;
        if (fd < 0 && upload->member)
            return say_member_problem(ctx, upload, value,
                                      errno == ENOENT ? "the file does not exist" : strerror(errno));
        if (fd < 0) {
            say_file_problem(ctx, upload, value, errno == ENOENT ? "does not exist" : "cannot be read");
            if (errno != ENOENT) fprintf(ctx->err, "  reason: %s\n", strerror(errno));
            return NITRO_EXIT_USAGE;
        }
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            if (upload->member) return say_member_problem(ctx, upload, value, "it is a directory, not a zip archive");
            say_file_problem(ctx, upload, value, "is a directory, not a file");
            return NITRO_EXIT_USAGE;
        }
        if (upload->member) {
            /* The archive is opened now, before anything is asked or sent; the member is read out to send. */
            close(fd);
            char error[1024] = "";
            nitro_member_status status = nitro_archive_find(value->value, upload->member, error, sizeof error);
            if (status != NITRO_MEMBER_FOUND)
                return say_member_problem(ctx, upload, value, member_problem(status, error));
            continue;
        }
        /* A pipe is read once, by the upload: only files are checked through. */
        int problem = !upload->binary && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? utf8_problem(fd) : 0;
        close(fd);
        if (nitro_interrupted) {
            fputs("Interrupted.\n", ctx->err);
            ctx->said_interrupted = true;
            return NITRO_EXIT_INTERRUPTED;
        }
        if (problem < 0) {
            say_file_problem(ctx, upload, value, "is not UTF-8 text");
            return NITRO_EXIT_USAGE;
        }
        if (problem > 0) {
            say_file_problem(ctx, upload, value, "cannot be read");
            fprintf(ctx->err, "  reason: %s\n", strerror(problem));
            return NITRO_EXIT_USAGE;
        }
    }
    return NITRO_EXIT_OK;
}

static const char *file_given(const nitro_upload_def *upload, const void *opts) {
    return ((const nitro_str_value *)((const char *)opts + upload->offset))->value;
}

bool nitro_files_given(const nitro_behaviour *behaviour, const void *opts) {
    for (size_t i = 0; i < behaviour->n_uploads; i++)
        if (behaviour->uploads[i].n_entries || file_given(&behaviour->uploads[i], opts)) return true;
    return false;
}

int nitro_files_send(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, cJSON *variables,
                     const char *label, nitro_result *result) {
    int code = NITRO_EXIT_OK;
    memset(result, 0, sizeof *result);
    ctx->recheck = behaviour->recheck;
    nitro_client *client = nitro_ctx_client(ctx, &code);
    nitro_upload files[8];
    size_t n = 0;
    if (!client) {
        cJSON_Delete(variables);
        return code;
    }
    char *dirs[8] = {0}, *archives[8] = {0};
    size_t count = behaviour->n_uploads < 8 ? behaviour->n_uploads : 8;
    for (size_t i = 0; i < count; i++) {
        const nitro_upload_def *upload = &behaviour->uploads[i];
        files[i] = (nitro_upload){upload->path, upload->n_entries || upload->member ? NULL : file_given(upload, opts),
                                  upload->file_name};
    }
    code = zip_write(ctx, behaviour, opts, files, dirs, archives);
    /* An optional file that was not given is not sent (mock update without --extension). */
    for (size_t i = 0; i < count; i++)
        if (files[i].file_path) files[n++] = files[i];
    const gql_operation *operation = behaviour->request.operation;
    bool sent = !code && nitro_client_upload(client, operation, variables, files, n, label, result);
    if (code) cJSON_Delete(variables);
    /* The archives and members read out are removed on every path: sent, refused, failed or interrupted. */
    for (size_t i = 0; i < count; i++)
        zip_cleanup(dirs[i], archives[i]);
    if (code) return code;
    if (!sent) {
        code = nitro_report_failure(ctx, result);
        nitro_result_free(result);
        return code;
    }
    gql_error err = {{0}};
    if (!gql_validate(operation, result->data, &err)) return nitro_decode_failed(ctx, operation, result, &err);
    return NITRO_EXIT_OK;
}

/* ---- the tree of errors and changes -------------------------------------------- */

typedef struct {
    FILE *out;
    bool utf8;
} tree;

static const char *branch(const tree *t, bool last) {
    if (t->utf8) return last ? "\u2514\u2500\u2500 " : "\u251c\u2500\u2500 ";
    return last ? "`-- " : "|-- ";
}

static const char *stem(const tree *t, bool last) {
    if (last) return "    ";
    return t->utf8 ? "\u2502   " : "|   ";
}

static const char *severity_mark(const tree *t, const char *severity) {
    if (!severity) return "";
    if (strcmp(severity, "SAFE") == 0) return t->utf8 ? "\u2713 " : "ok ";
    if (strcmp(severity, "DANGEROUS") == 0) return "! ";
    if (strcmp(severity, "BREAKING") == 0) return t->utf8 ? "\u2715 " : "x ";
    return "";
}

static const char *string_at(const cJSON *object, const char *key) {
    const cJSON *value = cJSON_GetObjectItemCaseSensitive(object, key);
    return cJSON_IsString(value) ? value->valuestring : NULL;
}

/* "FieldRemovedChange" -> "Field removed", written made safe. */
static void put_words(FILE *out, const char *typename) {
    size_t length = strlen(typename);
    if (length > 6 && strcmp(typename + length - 6, "Change") == 0) length -= 6;
    if (length > 5 && strcmp(typename + length - 5, "Error") == 0) length -= 5;
    for (size_t i = 0; i < length; i++) {
        char c = typename[i];
        if ((unsigned char)c < 0x20 || (unsigned char)c >= 0x7f) continue;
        if (c >= 'A' && c <= 'Z' && i > 0) {
            fputc(' ', out);
            c = (char)(c - 'A' + 'a');
        }
        fputc(c, out);
    }
}

/* One node's line: a change (its severity mark, what changed and where), an
 * error's message (with its code and position), an operation of a client. */
static void node_text(const tree *t, const cJSON *node) {
    FILE *out = t->out;
    const char *typename = string_at(node, "__typename");
    const char *message = string_at(node, "message");
    const char *severity = string_at(node, "severity");
    fputs(severity_mark(t, severity), out);
    /* What a collection's validation names: the collection, then each endpoint, model, prompt or tool. */
    static const char *const collections[][2] = {{"openApiCollection", "OpenAPI collection"},
                                                 {"mcpFeatureCollection", "MCP feature collection"}};
    const cJSON *collection = NULL;
    const char *collection_label = NULL;
    for (size_t i = 0; !collection && i < 2; i++) {
        collection = cJSON_GetObjectItemCaseSensitive(node, collections[i][0]);
        collection_label = collections[i][1];
        if (!cJSON_IsObject(collection)) collection = NULL;
    }
    const char *method = string_at(node, "httpMethod"), *route = string_at(node, "route");
    const char *name = string_at(node, "name");
    const char *kind = typename ? strstr(typename, "CollectionValidation") : NULL; /* ...Validation<Kind> */
    if (collection) {
        fprintf(out, "%s '", collection_label);
        nitro_put_safe(out, string_at(collection, "name") ? string_at(collection, "name") : "?");
        fputs("' (ID: ", out);
        nitro_put_safe(out, string_at(collection, "id") ? string_at(collection, "id") : "?");
        fputs(")\n", out);
        return;
    }
    if (method && route) {
        fputs("Endpoint '", out);
        nitro_put_safe(out, method);
        fputc(' ', out);
        nitro_put_safe(out, route);
        fputs("'\n", out);
        return;
    }
    if (!message && name && kind && kind[strlen("CollectionValidation")]) {
        nitro_put_safe(out, kind + strlen("CollectionValidation")); /* Model, Prompt, Tool */
        fputs(" '", out);
        nitro_put_safe(out, name);
        fputs("'\n", out);
        return;
    }
    if (string_at(node, "hash")) { /* an operation of a client: its hash says which */
        fputs("Operation '", out);
        nitro_put_safe(out, string_at(node, "hash"));
        fputc('\'', out);
    } else if (message) {
        nitro_put_safe(out, message);
    } else if (typename) {
        put_words(out, typename);
    } else {
        fputs("(no description)", out);
    }
    static const char *const where_keys[] = {"coordinate", "typeName", "interfaceName", "location", NULL};
    for (size_t i = 0; !message && where_keys[i]; i++) {
        const char *where = string_at(node, where_keys[i]);
        if (where) {
            fputs(": ", out);
            nitro_put_safe(out, where);
            break;
        }
    }
    const char *old_type = string_at(node, "oldType"), *new_type = string_at(node, "newType");
    if (old_type && new_type) {
        fputs(" from ", out);
        nitro_put_safe(out, old_type);
        fputs(" to ", out);
        nitro_put_safe(out, new_type);
    }
    const cJSON *tags = cJSON_GetObjectItemCaseSensitive(node, "deployedTags");
    if (cJSON_IsArray(tags) && cJSON_GetArraySize(tags) > 0) {
        fputs(" (Deployed tags: ", out);
        const cJSON *tag;
        bool first = true;
        cJSON_ArrayForEach(tag, tags) {
            if (!cJSON_IsString(tag)) continue;
            if (!first) fputs(", ", out);
            nitro_put_safe(out, tag->valuestring);
            first = false;
        }
        fputc(')', out);
    }
    const char *code = string_at(node, "code");
    if (code) {
        fputs(" (", out);
        nitro_put_safe(out, code);
        fputc(')', out);
    }
    const cJSON *locations = cJSON_GetObjectItemCaseSensitive(node, "locations");
    const cJSON *at = cJSON_IsArray(locations) ? cJSON_GetArrayItem(locations, 0) : node;
    const cJSON *line = cJSON_GetObjectItemCaseSensitive(at, "line");
    const cJSON *column = cJSON_GetObjectItemCaseSensitive(at, "column");
    if (cJSON_IsNumber(line) && cJSON_IsNumber(column))
        fprintf(out, " (%.0f:%.0f)", line->valuedouble, column->valuedouble);
    const cJSON *client = cJSON_GetObjectItemCaseSensitive(node, "client");
    if (cJSON_IsObject(client) && string_at(client, "name")) {
        fputs(" (client '", out);
        nitro_put_safe(out, string_at(client, "name"));
        fputs("', ID: ", out);
        nitro_put_safe(out, string_at(client, "id") ? string_at(client, "id") : "?");
        fputc(')', out);
    }
    fputc('\n', out);
}

/* The lists below a node that are shown as its children. */
static const char *const child_keys[] = {"changes", "errors", "queries", "collections", "entities", NULL};

static size_t count_children(const cJSON *node) {
    size_t n = 0;
    for (size_t k = 0; child_keys[k]; k++) {
        const cJSON *list = cJSON_GetObjectItemCaseSensitive(node, child_keys[k]);
        if (cJSON_IsArray(list)) n += (size_t)cJSON_GetArraySize(list);
    }
    return n;
}

#define TREE_DEPTH_MAX 16

static void print_children(const tree *t, const cJSON *parent, const char *indent, unsigned depth);

static void print_node(const tree *t, const cJSON *node, const char *indent, bool last, unsigned depth) {
    if (!cJSON_IsObject(node)) return;
    fputs(indent, t->out);
    fputs(branch(t, last), t->out);
    node_text(t, node);
    if (depth >= TREE_DEPTH_MAX || !count_children(node)) return;
    char deeper[TREE_DEPTH_MAX * 8 + 64];
    snprintf(deeper, sizeof deeper, "%s%s", indent, stem(t, last));
    print_children(t, node, deeper, depth + 1);
}

static void print_list(const tree *t, const cJSON *list, const char *indent, unsigned depth) {
    size_t total = (size_t)cJSON_GetArraySize(list), seen = 0;
    const cJSON *item;
    cJSON_ArrayForEach(item, list) print_node(t, item, indent, ++seen == total, depth);
}

static void print_children(const tree *t, const cJSON *parent, const char *indent, unsigned depth) {
    size_t total = count_children(parent), seen = 0;
    for (size_t k = 0; child_keys[k]; k++) {
        const cJSON *list = cJSON_GetObjectItemCaseSensitive(parent, child_keys[k]);
        const cJSON *item;
        if (!cJSON_IsArray(list)) continue;
        cJSON_ArrayForEach(item, list) print_node(t, item, indent, ++seen == total, depth);
    }
}

/* ---- following the request --------------------------------------------------- */

typedef struct {
    nitro_ctx *ctx;
    const nitro_follow_def *follow;
    const void *opts;
    tree t;
    const nitro_event_def *terminal; /* the event that ended it */
    bool bad;                        /* an event of the wrong shape (reported) */
    char *said;                      /* the last progress line said, which a repeat of it does not say again */
    cJSON *last;                     /* the event it was said for: the same event again is not even rendered */
} follow_run;

static const nitro_event_def *event_def(const nitro_follow_def *follow, const char *typename) {
    for (size_t i = 0; typename && i < follow->n_events; i++)
        if (strcmp(follow->events[i].typename, typename) == 0) return &follow->events[i];
    return NULL;
}

static nitro_stream_action on_event(void *data, const cJSON *result_data) {
    follow_run *run = data;
    const nitro_follow_def *follow = run->follow;
    FILE *err = run->ctx->err;
    gql_error problem = {{0}};
    if (!gql_validate(follow->operation, result_data, &problem)) {
        nitro_error(run->ctx, "The server returned an unexpected response: %s", problem.message);
        run->bad = true;
        return NITRO_STREAM_STOP;
    }
    const cJSON *event = nitro_value_at(result_data, follow->data);
    const char *typename = cJSON_IsObject(event) ? string_at(event, "__typename") : NULL;
    const nitro_event_def *def = event_def(follow, typename);
    if (!def) {
        fprintf(err, "%s! Received an unknown server response. Ensure your CLI is on the latest version.\n",
                branch(&run->t, false));
        fflush(err);
        return NITRO_STREAM_CONTINUE;
    }
    bool last = def->outcome != NITRO_OUTCOME_CONTINUE;
    /* The very event of the last line again (a server may send it thousands of times): nothing to say. */
    if (!last && !def->details && run->last && cJSON_Compare(event, run->last, true)) return NITRO_STREAM_CONTINUE;
    nitro_text_scope scope = {.opts = run->opts, .data = event};
    char *say = nitro_text_render_scope(&def->say, &scope); /* made safe */
    const cJSON *errors = def->errors ? nitro_value_at(event, def->errors) : NULL;
    bool has_errors = cJSON_IsArray(errors) && cJSON_GetArraySize(errors) > 0;
    /* A progress event that says again what the last line said ("Your request is being processed.", a server
     * may send it thousands of times) changes nothing on the display: it is not said again. */
    bool repeat = !last && !has_errors && say && run->said && strcmp(say, run->said) == 0;
    if (!repeat && (say || def->outcome == NITRO_OUTCOME_FAILURE)) {
        /* One write for the line: stderr is unbuffered. */
        const char *mark = def->outcome == NITRO_OUTCOME_SUCCESS   ? nitro_glyph(NITRO_GLYPH_OK)
                           : def->outcome == NITRO_OUTCOME_FAILURE ? (run->t.utf8 ? "\u2715" : "x")
                                                                   : NULL;
        const char *waiting = def->waiting ? (run->t.utf8 ? "\u23f3 " : "... ") : "";
        const char *text = say ? say : has_errors ? "Failed:" : "Failed.";
        int n =
            snprintf(NULL, 0, "%s%s%s%s%s\n", branch(&run->t, last), mark ? mark : "", mark ? " " : "", waiting, text);
        char *line = n > 0 ? malloc((size_t)n + 1) : NULL;
        if (line) {
            snprintf(line, (size_t)n + 1, "%s%s%s%s%s\n", branch(&run->t, last), mark ? mark : "", mark ? " " : "",
                     waiting, text);
            fputs(line, err);
        }
        free(line);
    }
    if (!repeat) {
        free(run->said);
        run->said = say;
        say = NULL;
        cJSON_Delete(run->last);
        run->last = last ? NULL : cJSON_Duplicate(event, true);
    }
    free(say);
    if (has_errors) print_list(&run->t, errors, stem(&run->t, last), 0);
    const cJSON *details = def->details && run->ctx->global->verbose.value ? nitro_value_at(event, def->details) : NULL;
    if (cJSON_IsArray(details)) print_list(&run->t, details, stem(&run->t, last), 0);
    fflush(err);
    if (def->outcome == NITRO_OUTCOME_CONTINUE) return NITRO_STREAM_CONTINUE;
    run->terminal = def;
    return NITRO_STREAM_STOP;
}

static void say_text(nitro_ctx *ctx, const nitro_text *text, const nitro_text_scope *scope, const char *prefix) {
    char *line = nitro_text_render_scope(text, scope);
    if (line) fprintf(ctx->err, "%s%s\n", prefix, line);
    free(line);
}

int nitro_follow_run(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts,
                     const nitro_text_scope *scope) {
    const nitro_follow_def *follow = behaviour->follow;
    follow_run run = {.ctx = ctx, .follow = follow, .opts = opts, .t = {ctx->err, nitro_term_utf8()}};
    if (!ctx->interactive) say_text(ctx, &behaviour->activity, scope, ""); /* a terminal has it already */
    fputs(branch(&run.t, false), ctx->err);
    say_text(ctx, &follow->created, scope, "");
    fflush(ctx->err);
    int code = NITRO_EXIT_OK;
    nitro_client *client = nitro_ctx_client(ctx, &code);
    if (!client) return code;
    cJSON *variables = cJSON_CreateObject();
    for (size_t i = 0; variables && i < follow->n_variables; i++) {
        size_t offset = follow->value_offsets ? follow->value_offsets[i] : NITRO_NO_OPTION;
        const cJSON *value = offset == NITRO_NO_OPTION ? nitro_value_at(scope->data, follow->value_paths[i]) : NULL;
        const char *own =
            offset == NITRO_NO_OPTION ? NULL : ((const nitro_str_value *)((const char *)opts + offset))->value;
        cJSON *copy = own ? cJSON_CreateString(own) : value ? cJSON_Duplicate(value, true) : cJSON_CreateNull();
        if (copy) cJSON_AddItemToObject(variables, follow->variable_paths[i][0], copy);
    }
    nitro_stream_handler handler = {.on_result = on_event, .data = &run, .idle_timeout_ms = 0};
    nitro_result result = {0};
    bool clean = variables && nitro_client_subscribe(client, follow->operation, variables, "Waiting for the server",
                                                     &handler, &result);
    if (!variables) nitro_error(ctx, "There was an unexpected error: out of memory");
    if (run.bad) {
        code = NITRO_EXIT_FAILURE;
    } else if (!clean && variables) {
        code = nitro_report_failure(ctx, &result);
    } else if (!run.terminal && variables) {
        fprintf(ctx->err, "%s%s ", branch(&run.t, true), run.t.utf8 ? "\u2715" : "x");
        say_text(ctx, &follow->ended, scope, "");
        code = NITRO_EXIT_FAILURE;
    } else if (run.terminal && run.terminal->outcome == NITRO_OUTCOME_FAILURE) {
        char *failed = nitro_text_render_scope(&follow->failed, scope);
        nitro_error(ctx, "%s", failed ? failed : "The request failed.");
        free(failed);
        code = NITRO_EXIT_FAILURE;
    } else if (!variables) {
        code = NITRO_EXIT_FAILURE;
    }
    nitro_result_free(&result);
    free(run.said);
    cJSON_Delete(run.last);
    /* The server went on without us: say where to look. A refusal is an answer, no hint. */
    if (code && !(run.terminal && run.terminal->outcome == NITRO_OUTCOME_FAILURE))
        say_text(ctx, &follow->stopped, scope, "  hint: ");
    return code;
}
