#include "jq.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "dynload.h"
#include "term.h"

/* libjq is loaded by the first --jq compile, not linked: linked, it and
 * Oniguruma would be mapped and relocated before main on every start, which
 * commands without --jq would pay for nothing. jq's headers give the types
 * only (jv is a struct passed by value); every function comes through the
 * table below, and nothing here may call a jq_ or jv_ function directly. */
#ifndef NITRO_LIBJQ
#define NITRO_LIBJQ "libjq.so.1"
#endif

/* jv.h defines one function itself, jv_is_valid, which calls jv_get_kind:
 * unoptimised builds compile it even unused, and that call would need libjq
 * at link time. Renamed while jv.h is read, it calls nitro_jv_get_kind below,
 * which goes through the table. */
#define jv_get_kind nitro_jv_get_kind
#include <jv.h>
#undef jv_get_kind

/* <jq.h> cannot be included: runtime/core/ is on the include path and its jq.h
 * shadows it. The two types it adds to jv.h are repeated as it declares
 * them. */
typedef struct jq_state jq_state;
typedef void (*jq_msg_cb)(void *, jv);
typedef jv (*jq_input_cb)(jq_state *, void *);

/* The libjq functions used, resolved once per process. The library stays
 * loaded until the process ends, as a linked one would (only the test hook
 * nitro_jq_set_library unloads it). */
static struct {
    void *library;
    char error[512]; /* why loading failed, or "" */
    jq_state *(*init)(void);
    void (*set_error_cb)(jq_state *jq, jq_msg_cb cb, void *data);
    void (*set_debug_cb)(jq_state *jq, jq_msg_cb cb, void *data);
    void (*set_input_cb)(jq_state *jq, jq_input_cb cb, void *data);
    void (*set_attr)(jq_state *jq, jv name, jv value);
    int (*compile)(jq_state *jq, const char *program);
    void (*start)(jq_state *jq, jv input, int flags);
    jv (*next)(jq_state *jq);
    int (*halted)(jq_state *jq);
    jv (*get_exit_code)(jq_state *jq);
    jv (*get_error_message)(jq_state *jq);
    void (*teardown)(jq_state **jq);
    jv_kind (*get_kind)(jv value);
    jv (*copy)(jv value);
    void (*release)(jv value); /* jv_free */
    jv (*invalid_get_msg)(jv value);
    int (*invalid_has_msg)(jv value);
    jv (*string)(const char *text);
    const char *(*string_value)(jv value);
    int (*string_length_bytes)(jv value);
    jv (*array)(void);
    jv (*dump_string)(jv value, int flags);
    jv_parser *(*parser_new)(int flags);
    void (*parser_set_buf)(jv_parser *parser, const char *buf, int length, int is_partial);
    jv (*parser_next)(jv_parser *parser);
    void (*parser_free)(jv_parser *parser);
} lib;

/* The file the next load opens; nitro_jq_set_library changes it for tests. */
static char library_name[256] = NITRO_LIBJQ;

struct nitro_jq {
    jq_state *state;
    char error[512];    /* jq's first compile message, one line */
    int compile_errors; /* N of jq's closing "jq: N compile errors" */
};

/* Compact JSON; JV_PRINT_INVALID prints an invalid value instead of failing
 * an assertion inside jq, should one ever reach a dump. */
#define DUMP_FLAGS JV_PRINT_INVALID

jv_kind nitro_jv_get_kind(jv value) {
    return lib.get_kind(value);
}

static bool is_invalid(jv value) {
    return lib.get_kind(value) == JV_KIND_INVALID;
}

/* Makes `why` one line: messages can quote the document, so line breaks and
 * other control characters become spaces; trailing blanks go, and an
 * snprintf truncation never leaves half a UTF-8 sequence. */
static void one_line(char *why) {
    size_t len = strlen(why);
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)why[i] < 0x20 || why[i] == 0x7f) why[i] = ' ';
    size_t start = len, continuation = 0;
    while (start > 0 && continuation < 3 && ((unsigned char)why[start - 1] & 0xc0) == 0x80)
        start--, continuation++;
    if (start > 0 && (unsigned char)why[start - 1] >= 0xc0) {
        unsigned char lead = (unsigned char)why[start - 1];
        size_t need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
        if (continuation < need) len = start - 1;
    }
    while (len > 0 && why[len - 1] == ' ')
        len--;
    why[len] = '\0';
}

static void set_why(char *why, size_t why_size, const char *prefix, const char *text) {
    if (!why || why_size == 0) return;
    snprintf(why, why_size, "%s%s", prefix, text);
    one_line(why);
    if (!why[0]) snprintf(why, why_size, "(no message)");
}

/* Describes an error value: its text when it is a string (jq's messages
 * are), else its JSON as the jq program words it. Consumes `message`. */
static void describe(jv message, const char *prefix, char *why, size_t why_size) {
    if (lib.get_kind(message) == JV_KIND_STRING) {
        set_why(why, why_size, prefix, lib.string_value(message));
        lib.release(message);
        return;
    }
    jv text = lib.dump_string(message, DUMP_FLAGS);
    char both[128];
    snprintf(both, sizeof both, "%s(not a string): ", prefix);
    set_why(why, why_size, both, lib.string_value(text));
    lib.release(text);
}

/* Loads libjq and resolves its functions, once; false (lib.error says why)
 * when it cannot. RTLD_LAZY, as for a linked library. */
static bool load_libjq(void) {
    if (lib.library) return true;
    if (lib.error[0]) return false;
    const nitro_dl_symbol symbols[] = {
        {"jq_init", (void **)&lib.init},
        {"jq_set_error_cb", (void **)&lib.set_error_cb},
        {"jq_set_debug_cb", (void **)&lib.set_debug_cb},
        {"jq_set_input_cb", (void **)&lib.set_input_cb},
        {"jq_set_attr", (void **)&lib.set_attr},
        {"jq_compile", (void **)&lib.compile},
        {"jq_start", (void **)&lib.start},
        {"jq_next", (void **)&lib.next},
        {"jq_halted", (void **)&lib.halted},
        {"jq_get_exit_code", (void **)&lib.get_exit_code},
        {"jq_get_error_message", (void **)&lib.get_error_message},
        {"jq_teardown", (void **)&lib.teardown},
        {"jv_get_kind", (void **)&lib.get_kind},
        {"jv_copy", (void **)&lib.copy},
        {"jv_free", (void **)&lib.release},
        {"jv_invalid_get_msg", (void **)&lib.invalid_get_msg},
        {"jv_invalid_has_msg", (void **)&lib.invalid_has_msg},
        {"jv_string", (void **)&lib.string},
        {"jv_string_value", (void **)&lib.string_value},
        {"jv_string_length_bytes", (void **)&lib.string_length_bytes},
        {"jv_array", (void **)&lib.array},
        {"jv_dump_string", (void **)&lib.dump_string},
        {"jv_parser_new", (void **)&lib.parser_new},
        {"jv_parser_set_buf", (void **)&lib.parser_set_buf},
        {"jv_parser_next", (void **)&lib.parser_next},
        {"jv_parser_free", (void **)&lib.parser_free},
    };
    void *library = dlopen(library_name, RTLD_LAZY | RTLD_LOCAL);
    if (!nitro_dl_resolve(library, "libjq", library_name, symbols, sizeof symbols / sizeof *symbols, lib.error,
                          sizeof lib.error))
        return false;
    lib.library = library;
    return true;
}

void nitro_jq_set_library(const char *soname) {
    if (lib.library) dlclose(lib.library);
    memset(&lib, 0, sizeof lib);
    snprintf(library_name, sizeof library_name, "%s", soname ? soname : NITRO_LIBJQ);
}

/* jq reports each compile error ("jq: error: <what> at <where>, line N:",
 * then the source line and a caret line), then "jq: N compile error(s)".
 * Without this callback it prints them on stderr. The first error's first
 * line is kept, and the count. */
static void on_error(void *data, jv message) {
    nitro_jq *jq = data;
    jv text = lib.get_kind(message) == JV_KIND_STRING ? message : lib.dump_string(message, DUMP_FLAGS);
    const char *s = lib.string_value(text);
    static const char count_prefix[] = "jq: ", count_suffix[] = " compile error", error_prefix[] = "jq: error: ";
    const char *digits = NULL;
    char *end = NULL;
    long count = 0;
    if (strncmp(s, count_prefix, strlen(count_prefix)) == 0) {
        digits = s + strlen(count_prefix);
        count = strtol(digits, &end, 10);
    }
    if (digits && end != digits && strncmp(end, count_suffix, strlen(count_suffix)) == 0) {
        jq->compile_errors = count > INT_MAX ? INT_MAX : (int)count;
    } else if (!jq->error[0]) {
        if (strncmp(s, error_prefix, strlen(error_prefix)) == 0) s += strlen(error_prefix);
        size_t len = strcspn(s, "\n");
        /* "... at <top-level>, line 1:" introduces the source line, cut here. */
        while (len > 0 && (s[len - 1] == ':' || s[len - 1] == ' '))
            len--;
        snprintf(jq->error, sizeof jq->error, "%.*s", (int)(len < sizeof jq->error ? len : sizeof jq->error), s);
    }
    lib.release(text);
}

/* `debug` prints on stderr as the jq program does: ["DEBUG:",<value>]. */
static void on_debug(void *data, jv value) {
    (void)data;
    jv text = lib.dump_string(value, DUMP_FLAGS);
    fprintf(stderr, "[\"DEBUG:\",%s]\n", lib.string_value(text));
    lib.release(text);
}

nitro_jq_status nitro_jq_compile(const char *expression, nitro_jq **out, char *why, size_t why_size) {
    *out = NULL;
    if (why && why_size) why[0] = '\0';
    if (!load_libjq()) {
        set_why(why, why_size, "", lib.error);
        return NITRO_JQ_UNAVAILABLE;
    }
    nitro_jq *jq = calloc(1, sizeof *jq);
    if (jq) jq->state = lib.init();
    if (!jq || !jq->state) {
        free(jq);
        set_why(why, why_size, "", "out of memory");
        return NITRO_JQ_NOMEM;
    }
    lib.set_error_cb(jq->state, on_error, jq);
    /* jq 1.6's jq_init leaves these two callbacks uninitialised: `input`,
     * `debug`, `input_filename` would call through a garbage pointer. With
     * no input callback `input` raises an error and `inputs` is empty. */
    lib.set_input_cb(jq->state, NULL, NULL);
    lib.set_debug_cb(jq->state, on_debug, NULL);
    /* Unset, jq 1.6 fails an assertion (abort) on any `import`/`include`;
     * empty, they find no module unless their metadata names a search path. */
    lib.set_attr(jq->state, lib.string("JQ_LIBRARY_PATH"), lib.array());
    /* jq 1.6's ltrimstr/rtrimstr leak an error value for every non-string
     * input (fixed in jq 1.7.1): with --all that grows per page. These
     * definitions shadow them, on the expression's own line so that jq's
     * messages keep their line numbers; not before `import`/`include`, which
     * must come first in a program. */
    static const char fixed_builtins[] =
        "def ltrimstr($p): if type == \"string\" and ($p|type) == \"string\" and startswith($p) "
        "then .[($p|length):] else . end; "
        "def rtrimstr($s): if type == \"string\" and ($s|type) == \"string\" and endswith($s) "
        "then .[:length - ($s|length)] else . end; ";
    size_t length = sizeof fixed_builtins + strlen(expression);
    char *program = malloc(length);
    if (!program) {
        nitro_jq_free(jq);
        set_why(why, why_size, "", "out of memory");
        return NITRO_JQ_NOMEM;
    }
    const char *start = expression + strspn(expression, " \t\r\n");
    bool directives = strncmp(start, "import", 6) == 0 || strncmp(start, "include", 7) == 0;
    snprintf(program, length, "%s%s", directives ? "" : fixed_builtins, expression);
    bool compiled = lib.compile(jq->state, program);
    free(program);
    if (!compiled) {
        char count[64] = "";
        if (jq->compile_errors > 1) snprintf(count, sizeof count, " (%d compile errors)", jq->compile_errors);
        if (why && why_size) {
            snprintf(why, why_size, "%s%s", jq->error[0] ? jq->error : "the expression does not compile", count);
            one_line(why);
        }
        nitro_jq_free(jq);
        return NITRO_JQ_SYNTAX;
    }
    *out = jq;
    return NITRO_JQ_OK;
}

/* Parses exactly one JSON value, as jv_parse_sized does, but through the
 * parser itself: jv_parse_sized reads `json` as a C string (past `len`) and
 * quotes the whole document in its message. */
static bool parse(const char *json, size_t len, jv *value, char *why, size_t why_size) {
    static const char prefix[] = "invalid JSON input: ";
    if (len > INT_MAX) {
        set_why(why, why_size, prefix, "larger than 2 GiB");
        return false;
    }
    jv_parser *parser = lib.parser_new(0);
    lib.parser_set_buf(parser, json, (int)len, 0);
    jv first = lib.parser_next(parser);
    bool ok = false;
    if (!is_invalid(first)) {
        jv next = lib.parser_next(parser);
        if (!is_invalid(next)) {
            lib.release(next);
            lib.release(first);
            set_why(why, why_size, prefix, "Unexpected extra JSON values");
        } else if (lib.invalid_has_msg(lib.copy(next))) {
            lib.release(first);
            describe(lib.invalid_get_msg(next), prefix, why, why_size);
        } else {
            lib.release(next);
            *value = first;
            ok = true;
        }
    } else if (lib.invalid_has_msg(lib.copy(first))) {
        describe(lib.invalid_get_msg(first), prefix, why, why_size);
    } else {
        lib.release(first);
        set_why(why, why_size, prefix, "Expected JSON value");
    }
    lib.parser_free(parser);
    return ok;
}

/* One result on its own line: a string raw, as jq -r and gh --jq print it,
 * anything else as compact JSON. Consumes `value`. */
static void print_result(jv value, FILE *out) {
    if (ferror(out)) { /* a broken pipe, or an interrupt while blocked on a full one: nothing more is written */
        lib.release(value);
        return;
    }
    if (lib.get_kind(value) == JV_KIND_STRING) {
        const char *text = lib.string_value(value);
        fwrite(text, 1, (size_t)lib.string_length_bytes(lib.copy(value)), out);
        lib.release(value);
    } else {
        jv text = lib.dump_string(value, DUMP_FLAGS);
        fputs(lib.string_value(text), out);
        lib.release(text);
    }
    fputc('\n', out);
}

/* After `halt` (no exit code) the output simply ends; halt_error's message
 * is reported like an error, as the jq program prints it on stderr. False
 * for halt_error. */
static bool halt_ok(nitro_jq *jq, char *why, size_t why_size) {
    jv code = lib.get_exit_code(jq->state);
    bool plain_halt = is_invalid(code);
    if (!plain_halt) {
        jv message = lib.get_error_message(jq->state);
        jv_kind kind = lib.get_kind(message);
        bool empty = kind == JV_KIND_STRING && lib.string_value(message)[0] == '\0';
        if (kind == JV_KIND_STRING && !empty) {
            describe(message, "", why, why_size);
        } else if (kind != JV_KIND_STRING && kind != JV_KIND_NULL && kind != JV_KIND_INVALID) {
            /* jq prints any other message as compact JSON, unlabelled. */
            jv text = lib.dump_string(message, DUMP_FLAGS);
            set_why(why, why_size, "", lib.string_value(text));
            lib.release(text);
        } else {
            lib.release(message);
            jv text = lib.dump_string(lib.copy(code), DUMP_FLAGS);
            char line[128];
            snprintf(line, sizeof line, "halt_error (exit code %s)", lib.string_value(text));
            set_why(why, why_size, "", line);
            lib.release(text);
        }
    }
    lib.release(code);
    return plain_halt;
}

bool nitro_jq_run(nitro_jq *jq, const char *json, size_t len, FILE *out, char *why, size_t why_size) {
    if (why && why_size) why[0] = '\0';
    jv input;
    if (!parse(json, len, &input, why, why_size)) return false;
    /* jq_start resets the state of the previous run: one jq_state serves
     * every page. */
    lib.start(jq->state, input, 0);
    jv result;
    for (;;) {
        /* An endless filter (repeat(.)) stops between outputs at a failed write or at the first interrupt; the
         * caller reports either. */
        if (ferror(out) || nitro_interrupted) return true;
        nitro_signal_ends_at_once = 1;
        result = lib.next(jq->state);
        nitro_signal_ends_at_once = 0;
        if (is_invalid(result)) break;
        print_result(result, out);
    }
    if (lib.invalid_has_msg(lib.copy(result))) {
        describe(lib.invalid_get_msg(result), "", why, why_size);
        return false;
    }
    lib.release(result);
    return lib.halted(jq->state) ? halt_ok(jq, why, why_size) : true;
}

void nitro_jq_free(nitro_jq *jq) {
    if (!jq) return;
    if (jq->state) lib.teardown(&jq->state);
    free(jq);
}
