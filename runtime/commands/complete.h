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
 * Protocol, stdout: one candidate a line, `value<TAB>description`; only
 * values starting with <prefix> when it is given; at most
 * NITRO_COMPLETE_MAX_ITEMS. A completer with `newest` in the spec (pat-ids:
 * createdAt) offers the newest first, others keep the server's order. A value
 * a shell would have to quote (anything but ASCII letters, digits and
 * -_.:@%+=/, or non-ASCII UTF-8 that is no control character) is left out:
 * inserted by a shell it could run as code (`$(cmd)`), and bash inserts the
 * common start of several candidates unquoted. In a description tabs and
 * line breaks become spaces and other control characters visible escapes.
 * Exit status 0, also when there are no candidates.
 *
 * It never prompts and prints nothing on stderr once parsed (the scripts also
 * send stderr to /dev/null). Without credentials it prints nothing and exits 0
 * at once. Otherwise it pages through the list command (NITRO_COMPLETE_PAGE_SIZE
 * items a request, `after` the previous page's cursor: the published
 * documents cannot ask for the last page, and lists are oldest first) until
 * the end, a repeated cursor or a failure, all within NITRO_COMPLETE_BUDGET_MS:
 * each request may take what is left of it (at most 1 s to connect) and none
 * is started with less than 0.1 s left. What the pages read give is printed. An
 * unknown <completer> is a usage error (exit 2), a bug in a script. */
#ifndef NITRO_COMPLETE_H
#define NITRO_COMPLETE_H

#include <stddef.h>

/* The whole completion script for a shell ("bash", "zsh", "fish"), or NULL; in generated/completions/scripts.c. */
const char *nitro_completion_script(const char *shell);

/* The candidates printed at most. */
#define NITRO_COMPLETE_MAX_ITEMS 50
/* Items asked for a request (the Nitro API's largest page is 50). */
#define NITRO_COMPLETE_PAGE_SIZE 50
/* Requests at most (the budget usually ends the paging first), and the time
 * they may take together. */
#define NITRO_COMPLETE_MAX_PAGES 1000
#define NITRO_COMPLETE_BUDGET_MS 2000

#endif
