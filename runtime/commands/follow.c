/* The registry's generic executors beside executor.c's: files sent with a
 * mutation (`files` in the spec: checked before anything is sent, then the
 * multipart upload), flags that cannot go together (`exclusive`), and the
 * subscription followed after a mutation (`follow`): each event, by its
 * __typename, says a line on stderr, may show a tree of errors and changes,
 * and may end the command. No command has C of its own here. */
#include "follow.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "credentials.h"
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
static void say_file_problem(nitro_ctx *ctx, const nitro_upload_def *upload, const nitro_str_value *value,
                             const char *problem) {
    char option[96];
    if (value->source == NITRO_SRC_ENV && value->env_name)
        snprintf(option, sizeof option, "%s", value->env_name);
    else
        snprintf(option, sizeof option, "--%s", upload->option);
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

int nitro_files_check(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts) {
    for (size_t i = 0; i < behaviour->n_uploads; i++) {
        const nitro_upload_def *upload = &behaviour->uploads[i];
        const nitro_str_value *value = (const nitro_str_value *)((const char *)opts + upload->offset);
        if (!value->value) continue; /* a required option: the parser said so already */
        int fd = open(value->value, O_RDONLY | O_CLOEXEC);
        struct stat st;
        if (fd < 0) {
            say_file_problem(ctx, upload, value, errno == ENOENT ? "does not exist" : "cannot be read");
            if (errno != ENOENT) fprintf(ctx->err, "  reason: %s\n", strerror(errno));
            return NITRO_EXIT_USAGE;
        }
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            say_file_problem(ctx, upload, value, "is a directory, not a file");
            return NITRO_EXIT_USAGE;
        }
        /* A pipe is read once, by the upload: only files are checked through. */
        int problem = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? utf8_problem(fd) : 0;
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
        if (file_given(&behaviour->uploads[i], opts)) return true;
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
    for (size_t i = 0; i < behaviour->n_uploads && n < 8; i++) {
        const nitro_upload_def *upload = &behaviour->uploads[i];
        if (file_given(upload, opts))
            files[n++] = (nitro_upload){upload->path, file_given(upload, opts), upload->file_name};
    }
    const gql_operation *operation = behaviour->request.operation;
    if (!nitro_client_upload(client, operation, variables, files, n, label, result)) {
        code = nitro_report_failure(ctx, result);
        nitro_result_free(result);
        return code;
    }
    gql_error err = {{0}};
    if (!operation->validate(result->data, &err)) return nitro_decode_failed(ctx, operation, result, &err);
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
    if (!follow->operation->validate(result_data, &problem)) {
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
        const cJSON *value = nitro_value_at(scope->data, follow->value_paths[i]);
        cJSON *copy = value ? cJSON_Duplicate(value, true) : cJSON_CreateNull();
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
