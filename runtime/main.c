/* nitro's entry point: parse, then run. The only place that ends the process. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "app.h"
#include "generated/cli.h"
#include "json_out.h"
#include "term.h"

/* nitro holds API keys, PATs and session tokens: no core file, and no other
 * process of the same user may read its memory (ptrace, /proc/<pid>/mem). */
static void protect_secrets(void) {
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
#ifdef PR_SET_DUMPABLE
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

/* A standard descriptor the caller closed (`>&-`) is held by /dev/null,
 * read-only: no socket or file nitro opens takes its number (the result,
 * a secret, would go there), and writes to it still fail. */
static void hold_closed_standard_fds(void) {
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        int held = open("/dev/null", O_RDONLY);
        if (held >= 0 && held != fd) close(held);
    }
}

static const char *process_getenv(void *data, const char *name) {
    (void)data;
    return getenv(name);
}

int main(int argc, char **argv) {
    protect_secrets();
    hold_closed_standard_fds();
    nitro_term_install_signals();
    nitro_parsed parsed;
    nitro_diag diag;
    int code = NITRO_EXIT_OK;
    switch (nitro_parse(&nitro_root_command, argc, argv, process_getenv, NULL, &parsed, &diag)) {
    case NITRO_PARSE_HELP: fputs(parsed.command->help, stdout); break;
    case NITRO_PARSE_VERSION: fputs(NITRO_PROGRAM_NAME " " NITRO_VERSION "\n", stdout); break;
    case NITRO_PARSE_NEEDS_SUBCOMMAND:
        fputs(parsed.command->help, stderr);
        code = NITRO_EXIT_USAGE;
        break;
    case NITRO_PARSE_ERROR:
        nitro_print_usage_error(stderr, parsed.command, &diag);
        code = NITRO_EXIT_USAGE;
        break;
    case NITRO_PARSE_OK: code = nitro_app_run(&parsed, process_getenv, NULL); break;
    }
    nitro_parsed_free(&parsed);
    errno = 0;
    if (!nitro_output_flush(stdout) && code == NITRO_EXIT_OK) {
        fprintf(stderr, "error: writing the result failed%s%s\n", errno ? ": " : "", errno ? strerror(errno) : "");
        code = NITRO_EXIT_FAILURE;
    }
    return code;
}
