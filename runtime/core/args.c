/* The argument parser: walks argv against the generated command tables.
 * No getopt: it is GNU-specific, stateful and knows nothing of subcommands. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "safe_text.h"
#include "suggest.h"

static void diag_set(nitro_diag *diag, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void diag_set(nitro_diag *diag, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(diag->message, sizeof diag->message, fmt, ap);
    va_end(ap);
}

static bool is_help_flag(const char *arg) {
    return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0 || strcmp(arg, "-?") == 0;
}

static int compare_option_name(const void *key, const void *element) {
    return strcmp(key, ((const nitro_option *)element)->name);
}

/* Options are looked up by the part before any '=', without copying. */
static const nitro_option *find_option_n(const nitro_option *table, size_t count, const char *name, size_t len) {
    char key[64];
    if (len >= sizeof key || count == 0) return NULL; /* a group's table is NULL: bsearch must not see it */
    memcpy(key, name, len);
    key[len] = '\0';
    return bsearch(key, table, count, sizeof *table, compare_option_name);
}

const nitro_option *nitro_find_option(const nitro_command *command, const char *name) {
    return find_option_n(command->options, command->n_options, name, strlen(name));
}

static int compare_command_name(const void *key, const void *element) {
    return strcmp(key, (*(const nitro_command *const *)element)->name);
}

/* The subcommand of that name, its tables filled (root->load), or NULL. */
static const nitro_command *find_subcommand(const nitro_command *root, const nitro_command *command, const char *name) {
    const nitro_command *const *found =
        bsearch(name, command->subcommands, command->n_subcommands, sizeof *command->subcommands, compare_command_name);
    if (!found) return NULL;
    return root->load ? root->load(*found) : *found;
}

bool nitro_parse_int(const char *text, long long min, long long max, long long *out) {
    const char *p = text;
    if (*p == '-' || *p == '+') p++;
    if (*p == '\0') return false;
    for (; *p; p++) {
        if (*p < '0' || *p > '9') return false;
    }
    errno = 0;
    char *end = NULL;
    long long value = strtoll(text, &end, 10);
    if (errno == ERANGE || *end != '\0' || value < min || value > max) return false;
    *out = value;
    return true;
}

/* An option as a message names it ("--output <format>") and, for a value from the environment, where it came
 * from (" (from NITRO_OUTPUT_FORMAT)"). Only a refusal builds one: a run that parses well formats nothing. */
typedef struct {
    char what[96];
    char where[80];
} option_label;

static void label_option(const nitro_option *opt, const char *env_name, option_label *label) {
    if (opt->short_name && opt->value_name) {
        snprintf(label->what, sizeof label->what, "-%c, --%s <%s>", opt->short_name, opt->name, opt->value_name);
    } else if (opt->value_name) {
        snprintf(label->what, sizeof label->what, "--%s <%s>", opt->name, opt->value_name);
    } else {
        snprintf(label->what, sizeof label->what, "--%s", opt->name);
    }
    label->where[0] = '\0';
    if (env_name) snprintf(label->where, sizeof label->where, " (from %s)", env_name);
}

/* Explains why an integer was refused: not a number, or out of range. */
static void explain_int(const nitro_option *opt, const char *text, char *buf, size_t size) {
    const char *p = text + (*text == '-' || *text == '+');
    bool digits = *p != '\0' && strspn(p, "0123456789") == strlen(p);
    if (!digits) {
        snprintf(buf, size, "expected a whole number");
    } else if (opt->max != NITRO_INT_MAX && opt->min != NITRO_INT_MIN) {
        snprintf(buf, size, "expected a whole number from %lld to %lld", opt->min, opt->max);
    } else if (opt->min != NITRO_INT_MIN) {
        snprintf(buf, size, "expected a whole number of at least %lld", opt->min);
    } else {
        snprintf(buf, size, "the number is out of range");
    }
}

static bool parse_bool(const char *text, bool *out) {
    static const char *const yes[] = {"1", "true", "yes", "on"}, *const no[] = {"0", "false", "no", "off"};
    for (size_t i = 0; i < 4; i++) {
        if (strcasecmp(text, yes[i]) == 0 || strcasecmp(text, no[i]) == 0) {
            *out = strcasecmp(text, yes[i]) == 0;
            return true;
        }
    }
    return false;
}

/* True when `choices` is NULL or lists `text`. */
static bool is_choice(const char *const *choices, const char *text) {
    if (!choices) return true;
    for (size_t i = 0; choices[i]; i++) {
        if (strcmp(choices[i], text) == 0) return true;
    }
    return false;
}

/* The usage error for a value not among `choices`: it lists them and suggests a close one; false. */
static bool refuse_choice(const char *const *choices, const char *text, const char *what, const char *where,
                          nitro_diag *diag) {
    size_t n = 0;
    while (choices[n])
        n++;
    diag_set(diag, "invalid value '%.100s' for '%s'%s", text, what, where);
    size_t used = (size_t)snprintf(diag->extra, sizeof diag->extra, "  [possible values: ");
    for (size_t i = 0; i < n && used < sizeof diag->extra; i++) {
        used += (size_t)snprintf(diag->extra + used, sizeof diag->extra - used, "%s%s", i ? ", " : "", choices[i]);
    }
    if (used < sizeof diag->extra) snprintf(diag->extra + used, sizeof diag->extra - used, "]");
    const char *similar = nitro_suggest(text, choices, n);
    if (similar) snprintf(diag->tip, sizeof diag->tip, "a similar value exists: '%s'", similar);
    return false;
}

/* Refuses `text` for `opt` (from the variable `env_name`, or argv when NULL) because of `why`; false. */
static bool refuse_value(nitro_diag *diag, const nitro_option *opt, const char *env_name, const char *text,
                         const char *why) {
    option_label label;
    label_option(opt, env_name, &label);
    diag_set(diag, "invalid value '%.100s' for '%s'%s: %s", text, label.what, label.where, why);
    return false;
}

/* Stores a value for an option, checking its type. `env_name` names the
 * variable it came from (for the message), or is NULL for argv. */
static bool set_value(void *opts, const nitro_option *opt, const char *text, nitro_source source, const char *env_name,
                      nitro_diag *diag) {
    switch (opt->type) {
    case NITRO_OPT_BOOL:
    case NITRO_OPT_FLAG: {
        nitro_flag_value *flag = (nitro_flag_value *)((char *)opts + opt->offset);
        bool on = true;
        /* From an env var: 1/true/yes/on or 0/false/no/off, so NITRO_X=0 is off. */
        if (text && !parse_bool(text, &on))
            return refuse_value(diag, opt, env_name, text, "expected 1 or 0 (true or false)");
        flag->value = on;
        flag->source = source;
        flag->env_name = env_name;
        return true;
    }
    case NITRO_OPT_INT: {
        nitro_int_value *number = (nitro_int_value *)((char *)opts + opt->offset);
        long long value;
        if (!nitro_parse_int(text, opt->min, opt->max, &value)) {
            char why[96];
            explain_int(opt, text, why, sizeof why);
            return refuse_value(diag, opt, env_name, text, why);
        }
        number->value = value;
        number->source = source;
        number->env_name = env_name;
        return true;
    }
    case NITRO_OPT_STRING:
    case NITRO_OPT_STRING_LIST: {
        if (!is_choice(opt->choices, text)) {
            option_label label;
            label_option(opt, env_name, &label);
            return refuse_choice(opt->choices, text, label.what, label.where, diag);
        }
        if ((opt->flags & NITRO_OPT_NON_EMPTY) && text[strspn(text, " \t")] == '\0')
            return refuse_value(diag, opt, env_name, text, "it must not be empty");
        nitro_str_value *str = nitro_str_at(opts, opt->offset);
        if (opt->type == NITRO_OPT_STRING_LIST) {
            nitro_list_value *list = (nitro_list_value *)str;
            const char **grown = realloc(list->values, (list->count + 1) * sizeof *grown);
            if (!grown) {
                diag_set(diag, "out of memory");
                return false;
            }
            grown[list->count++] = text;
            list->values = grown;
            if (list->count > 1) return true; /* `current` stays the first */
        }
        str->value = text;
        str->source = source;
        str->env_name = env_name;
        return true;
    }
    }
    return false;
}

static nitro_source option_source(const void *opts, const nitro_option *opt) {
    const char *at = (const char *)opts + opt->offset;
    switch (opt->type) {
    case NITRO_OPT_BOOL:
    case NITRO_OPT_FLAG: return ((const nitro_flag_value *)at)->source;
    case NITRO_OPT_INT: return ((const nitro_int_value *)at)->source;
    case NITRO_OPT_STRING:
    case NITRO_OPT_STRING_LIST: return ((const nitro_str_value *)at)->source;
    }
    return NITRO_SRC_UNSET;
}

static void suggest_option(const nitro_command *command, const char *name, size_t len, nitro_diag *diag) {
    const char *names[64];
    size_t n = 0;
    for (size_t i = 0; i < command->n_options && n < 63; i++)
        names[n++] = command->options[i].name;
    names[n++] = "help";
    char typed[64];
    snprintf(typed, sizeof typed, "%.*s", (int)len, name);
    const char *similar = nitro_suggest(typed, names, n);
    if (similar) snprintf(diag->tip, sizeof diag->tip, "a similar argument exists: '--%s'", similar);
}

/* Parses one option at argv[*index]; advances *index past a separate value. */
static bool parse_option(const nitro_command *command, const nitro_option *table, size_t count, int argc,
                         char *const *argv, int *index, void *opts, nitro_diag *diag) {
    const char *arg = argv[*index];
    const nitro_option *opt = NULL;
    const char *name = arg + 2, *equals = NULL;
    size_t len = 0;
    if (arg[1] != '-') {
        /* A one-letter alias (-p), as the Nitro CLI declares a few; its value is the next word. */
        for (size_t i = 0; arg[2] == '\0' && i < count; i++)
            if (table[i].short_name == arg[1]) opt = &table[i];
        if (!opt) {
            diag_set(diag, "unexpected argument '%.100s' found", arg);
            return false;
        }
    } else {
        equals = strchr(name, '=');
        len = equals ? (size_t)(equals - name) : strlen(name);
        opt = find_option_n(table, count, name, len);
    }
    if (!opt) {
        diag_set(diag, "unexpected argument '--%.*s' found", (int)(len > 100 ? 100 : len), name);
        suggest_option(command, name, len, diag);
        return false;
    }
    option_label label;
    if (option_source(opts, opt) == NITRO_SRC_ARGV && opt->type != NITRO_OPT_STRING_LIST) {
        label_option(opt, NULL, &label);
        diag_set(diag, "the argument '%s' cannot be used multiple times", label.what);
        return false;
    }
    if (opt->type == NITRO_OPT_FLAG) {
        if (equals) {
            label_option(opt, NULL, &label);
            diag_set(diag, "unexpected value '%.100s' for '%s' found; no more were expected", equals + 1, label.what);
            return false;
        }
        return set_value(opts, opt, NULL, NITRO_SRC_ARGV, NULL, diag);
    }
    if (opt->type == NITRO_OPT_BOOL) {
        /* `--default`, `--default=false` or `--default false`: the next word is
         * its value only when it reads as a boolean. */
        bool ignored;
        const char *value = equals ? equals + 1 : NULL;
        if (!value && *index + 1 < argc && parse_bool(argv[*index + 1], &ignored)) value = argv[++*index];
        return set_value(opts, opt, value, NITRO_SRC_ARGV, NULL, diag);
    }
    const char *value = NULL;
    if (equals) {
        value = equals + 1;
    } else if (*index + 1 < argc && strncmp(argv[*index + 1], "--", 2) != 0) {
        /* A value may start with one dash ("-5"), so the range check can name the option. */
        value = argv[++*index];
    } else {
        label_option(opt, NULL, &label);
        diag_set(diag, "a value is required for '%s' but none was supplied", label.what);
        return false;
    }
    if (!set_value(opts, opt, value, NITRO_SRC_ARGV, NULL, diag)) return false;
    /* A list option takes the words that follow as more values (--tag a b), up to the next option; a
     * command with positional arguments keeps them for those. */
    while (opt->type == NITRO_OPT_STRING_LIST && command->n_args == 0 && *index + 1 < argc &&
           argv[*index + 1][0] != '-') {
        if (!set_value(opts, opt, argv[++*index], NITRO_SRC_ARGV, NULL, diag)) return false;
    }
    return true;
}

/* Env vars, then defaults, for every option argv left unset. */
static bool apply_fallbacks(const nitro_command *command, void *opts, nitro_getenv_fn getenv_fn, void *env_data,
                            nitro_diag *diag) {
    for (size_t i = 0; i < command->n_options; i++) {
        const nitro_option *opt = &command->options[i];
        if (option_source(opts, opt) != NITRO_SRC_UNSET) continue;
        for (const char *const *env = opt->env; env && *env; env++) {
            const char *value = getenv_fn(env_data, *env);
            if (value && *value) {
                if (!set_value(opts, opt, value, NITRO_SRC_ENV, *env, diag)) return false;
                break;
            }
        }
        if (option_source(opts, opt) == NITRO_SRC_UNSET && opt->default_text) {
            if (!set_value(opts, opt, opt->default_text, NITRO_SRC_DEFAULT, NULL, diag)) return false;
        }
    }
    return true;
}

void nitro_parsed_find_missing(nitro_parsed *parsed) {
    const nitro_command *command = parsed->command;
    parsed->missing_option = NULL;
    parsed->missing_arg = NULL;
    for (size_t i = 0; i < command->n_args; i++) {
        const nitro_arg *arg = &command->args[i];
        if (arg->required && nitro_str_at(parsed->opts, arg->offset)->source == NITRO_SRC_UNSET) {
            parsed->missing_arg = arg;
            return;
        }
    }
    for (size_t i = 0; i < command->n_options; i++) {
        const nitro_option *opt = &command->options[i];
        if ((opt->flags & NITRO_OPT_REQUIRED) && option_source(parsed->opts, opt) == NITRO_SRC_UNSET) {
            parsed->missing_option = opt;
            return;
        }
    }
}

static void suggest_subcommand(const nitro_command *command, const char *typed, nitro_diag *diag) {
    const char *names[32];
    size_t n = 0;
    for (size_t i = 0; i < command->n_subcommands && n < 32; i++) {
        /* Hidden commands are for scripts: never suggested. */
        if (!(command->subcommands[i]->flags & NITRO_CMD_HIDDEN)) names[n++] = command->subcommands[i]->name;
    }
    const char *similar = nitro_suggest(typed, names, n);
    if (similar) {
        snprintf(diag->tip, sizeof diag->tip, "a similar subcommand exists: '%s'", similar);
        return;
    }
    size_t used = (size_t)snprintf(diag->tip, sizeof diag->tip, "the subcommands are: ");
    for (size_t i = 0; i < n && used < sizeof diag->tip; i++) {
        used += (size_t)snprintf(diag->tip + used, sizeof diag->tip - used, "%s'%s'", i ? ", " : "", names[i]);
    }
}

nitro_parse_status nitro_parse(const nitro_command *root, int argc, char *const *argv, nitro_getenv_fn getenv_fn,
                               void *env_data, nitro_parsed *out, nitro_diag *diag) {
    memset(out, 0, sizeof *out);
    memset(diag, 0, sizeof *diag);
    if (root->load) root->load(root);
    const nitro_command *command = root;
    out->command = command;

    /* Walk the command words; only help, --version and global options may come first. */
    int early[64];
    int n_early = 0;
    int i = 1;
    bool version = false, asked_help = false;
    for (; i < argc && command->n_subcommands > 0; i++) {
        const char *arg = argv[i];
        /* A group that also runs itself (client list): a word that is none of its own global options ends
         * the walk, and the rest is its command line. */
        bool runs = command->flags & (NITRO_CMD_BEHAVIOUR | NITRO_CMD_HAND_WRITTEN);
        if (runs && !is_help_flag(arg) && !find_subcommand(root, command, arg) &&
            !(arg[0] == '-' && arg[1] == '-' &&
              find_option_n(root->options, root->n_options, arg + 2, strcspn(arg + 2, "=")))) {
            break;
        }
        if (is_help_flag(arg)) return NITRO_PARSE_HELP;
        /* As gh and kubectl users type them: `nitro version`, `-v`, `nitro help pat create`. */
        if (command == root && (strcmp(arg, "--version") == 0 || strcmp(arg, "-v") == 0 ||
                                (strcmp(arg, "version") == 0 && !find_subcommand(root, root, arg)))) {
            version = true;
            continue;
        }
        if (command == root && !asked_help && strcmp(arg, "help") == 0 && !find_subcommand(root, root, arg)) {
            asked_help = true;
            continue;
        }
        if (arg[0] == '-' && arg[1] != '\0') {
            const char *name = arg + 2;
            const char *equals = strchr(name, '=');
            size_t len = equals ? (size_t)(equals - name) : strlen(name);
            const nitro_option *global =
                arg[1] == '-' ? find_option_n(root->options, root->n_options, name, len) : NULL;
            if (!global || n_early >= 62) {
                diag_set(diag, "unexpected argument '%.100s' found", arg);
                return NITRO_PARSE_ERROR;
            }
            early[n_early++] = i;
            /* A value follows unless the option is a flag (--verbose pat list). */
            if (!equals && global->type != NITRO_OPT_FLAG && global->type != NITRO_OPT_BOOL && i + 1 < argc)
                early[n_early++] = ++i;
            continue;
        }
        const nitro_command *sub = find_subcommand(root, command, arg);
        if (!sub) {
            diag_set(diag, "unrecognized subcommand '%.100s'", arg);
            suggest_subcommand(command, arg, diag);
            return NITRO_PARSE_ERROR;
        }
        command = sub;
        out->command = command;
    }
    if (asked_help) return NITRO_PARSE_HELP;
    if (version) return NITRO_PARSE_VERSION;
    if (command->n_subcommands > 0 && !(command->flags & (NITRO_CMD_BEHAVIOUR | NITRO_CMD_HAND_WRITTEN)))
        return NITRO_PARSE_NEEDS_SUBCOMMAND;

    out->opts = calloc(1, command->opts_size);
    if (!out->opts) {
        diag_set(diag, "out of memory");
        return NITRO_PARSE_ERROR;
    }
    /* Global options given before the subcommand, then the rest in order. */
    for (int e = 0; e < n_early; e++) {
        int at = early[e];
        if (argv[at][0] != '-') continue;
        int index = at;
        if (!parse_option(command, command->options, command->n_options, argc, argv, &index, out->opts, diag)) {
            goto fail;
        }
        if (index != at) e++;
    }
    size_t positional = 0;
    bool only_positional = false;
    for (; i < argc; i++) {
        const char *arg = argv[i];
        if (command->explains && !is_help_flag(arg)) continue; /* what it says does not depend on them */
        if (!only_positional && strcmp(arg, "--") == 0) {
            only_positional = true;
        } else if (!only_positional && is_help_flag(arg)) {
            nitro_parsed_free(out);
            return NITRO_PARSE_HELP;
        } else if (!only_positional && arg[0] == '-' && arg[1] != '\0') {
            if (!parse_option(command, command->options, command->n_options, argc, argv, &i, out->opts, diag)) {
                goto fail;
            }
        } else if (positional < command->n_args) {
            const nitro_arg *spec = &command->args[positional++];
            if (!is_choice(spec->choices, arg)) {
                char what[80];
                snprintf(what, sizeof what, "<%s>", spec->value_name);
                refuse_choice(spec->choices, arg, what, "", diag);
                goto fail;
            }
            nitro_str_value *value = nitro_str_at(out->opts, spec->offset);
            value->value = arg;
            value->source = NITRO_SRC_ARGV;
        } else {
            diag_set(diag, "unexpected argument '%.100s' found", arg);
            goto fail;
        }
    }
    if (!apply_fallbacks(command, out->opts, getenv_fn, env_data, diag)) goto fail;
    nitro_parsed_find_missing(out);
    return NITRO_PARSE_OK;

fail:
    nitro_parsed_free(out);
    out->command = command;
    return NITRO_PARSE_ERROR;
}

void nitro_parsed_free(nitro_parsed *parsed) {
    if (parsed->opts) {
        const nitro_command *command = parsed->command;
        for (size_t i = 0; i < command->n_options; i++) {
            if (command->options[i].type == NITRO_OPT_STRING || command->options[i].type == NITRO_OPT_STRING_LIST) {
                free(nitro_str_at(parsed->opts, command->options[i].offset)->owned);
            }
            if (command->options[i].type == NITRO_OPT_STRING_LIST)
                free(((nitro_list_value *)nitro_str_at(parsed->opts, command->options[i].offset))->values);
        }
        for (size_t i = 0; i < command->n_args; i++)
            free(nitro_str_at(parsed->opts, command->args[i].offset)->owned);
    }
    free(parsed->opts);
    parsed->opts = NULL;
}

#define USAGE_FORMAT "error: %s\n%s%s%s%s%s\nUsage: %s\n\nFor more information, try '%s --help'.\n"

void nitro_print_usage_error(FILE *out, const nitro_command *command, const nitro_diag *diag) {
    /* The message quotes what was typed or set (a value, an option, a word): made safe for a terminal here,
     * the one place every usage error passes, as every other error line is. One write: stderr is unbuffered,
     * and each fprintf of its own would be a system call. */
    char *message = nitro_safe_text(diag->message), *extra = nitro_safe_text(diag->extra);
    char *tip = nitro_safe_text(diag->tip);
    const char *m = message ? message : "out of memory", *e = extra ? extra : "", *t = tip ? tip : "";
    char small[2048], *text = small;
    int n = snprintf(small, sizeof small, USAGE_FORMAT, m, e, e[0] ? "\n" : "", t[0] ? "\n  tip: " : "", t,
                     t[0] ? "\n" : "", command->usage, command->words);
    size_t len = n > 0 ? (size_t)n : 0;
    if (len >= sizeof small) {
        text = malloc(len + 1);
        if (text) {
            snprintf(text, len + 1, USAGE_FORMAT, m, e, e[0] ? "\n" : "", t[0] ? "\n  tip: " : "", t, t[0] ? "\n" : "",
                     command->usage, command->words);
        } else {
            text = small; /* out of memory: what fits */
            len = sizeof small - 1;
        }
    }
    fwrite(text, 1, len, out);
    if (text != small) free(text);
    free(message);
    free(extra);
    free(tip);
}

const char *const *nitro_list_values(void *opts, size_t offset, size_t *count) {
    nitro_list_value *list = (nitro_list_value *)nitro_str_at(opts, offset);
    if (list->count) {
        *count = list->count;
        return list->values;
    }
    *count = list->current.value ? 1 : 0; /* a prompt's answer fills `current` alone */
    return &list->current.value;
}

const char *nitro_env_either(nitro_getenv_fn getenv_fn, void *data, const char *nitro_name, const char *legacy,
                             const char **used) {
    const char *variables[] = {nitro_name, legacy};
    for (size_t i = 0; i < 2; i++) {
        const char *value = getenv_fn(data, variables[i]);
        if (value && *value) {
            if (used) *used = variables[i];
            return value;
        }
    }
    if (used) *used = nitro_name;
    return NULL;
}
