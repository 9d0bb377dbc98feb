/* Shell completion: `nitro completion <shell>` prints a script, and the hidden
 * `nitro __complete` feeds the scripts the values that live on the server.
 *
 * The scripts (generated/completions/, from the spec) complete commands,
 * options and their values themselves. For a value whose spec says
 * `complete = "pat-ids"` (or "workspace-ids") they run
 *
 *     nitro __complete [--cloud-url <url>] [--api-key <key>] -- <completer> [<prefix>]
 *
 * passing on the --cloud-url and --api-key of the command line being
 * completed (NITRO_CLOUD_URL and NITRO_API_KEY apply as for any command).
 *
 * Protocol, stdout: one candidate a line, `value<TAB>description`, in the
 * server's order; only values starting with <prefix> when it is given. A value
 * or description never holds a tab or a newline (such characters are
 * replaced by spaces). Exit status 0, also when there are no candidates.
 *
 * It never prompts and prints nothing on stderr once parsed (the scripts also
 * send stderr to /dev/null). Without credentials it prints nothing and exits 0
 * at once; otherwise it sends one request (the first 50 items) with a 1 s
 * connect and 2 s total timeout, and prints nothing when that fails. An
 * unknown <completer> is a usage error (exit 2), a bug in a script. */
#ifndef NITRO_COMPLETE_H
#define NITRO_COMPLETE_H

#include <stddef.h>

typedef struct {
    const char *shell;        /* "bash", "zsh", "fish" */
    const char *const *lines; /* the script, NULL-terminated, without newlines */
} nitro_completion_script;

/* In generated/completions/scripts.c. */
extern const nitro_completion_script nitro_completion_scripts[];
extern const size_t nitro_completion_script_count;

/* The items a completion request fetches at most. */
#define NITRO_COMPLETE_MAX_ITEMS 50

#endif
