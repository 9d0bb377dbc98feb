#include "loopback.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "oauth.h"
#include "term.h"

#define REQUEST_MAX 8192
#define READ_TIMEOUT_MS 5000

extern char **environ;

bool nitro_loopback_open(nitro_loopback *loopback, char *why, size_t why_size) {
    loopback->fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    loopback->port = 0;
    if (loopback->fd < 0) {
        snprintf(why, why_size, "cannot open a socket: %s", strerror(errno));
        return false;
    }
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = 0};
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (bind(loopback->fd, (struct sockaddr *)&address, sizeof address) != 0 || listen(loopback->fd, 8) != 0 ||
        getsockname(loopback->fd, (struct sockaddr *)&address, &size) != 0) {
        snprintf(why, why_size, "cannot listen on 127.0.0.1: %s", strerror(errno));
        nitro_loopback_close(loopback);
        return false;
    }
    loopback->port = ntohs(address.sin_port);
    return true;
}

void nitro_loopback_close(nitro_loopback *loopback) {
    if (loopback->fd >= 0) close(loopback->fd);
    loopback->fd = -1;
}

static long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void respond(int fd, const char *status, const char *body) {
    char head[256];
    int len = snprintf(head, sizeof head,
                       "HTTP/1.1 %s\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %zu\r\n"
                       "Connection: close\r\nCache-Control: no-store\r\n\r\n",
                       status, strlen(body));
    if (write(fd, head, (size_t)len) < 0 || write(fd, body, strlen(body)) < 0) {
        /* the browser went away; the sign-in goes on regardless */
    }
}

/* Reads the request head of one connection; NULL on timeout or garbage. */
static char *read_request(int fd) {
    char *buffer = malloc(REQUEST_MAX + 1);
    if (!buffer) return NULL;
    size_t len = 0;
    long deadline = now_ms() + READ_TIMEOUT_MS;
    while (len < REQUEST_MAX) {
        struct pollfd pfd = {.fd = fd, .events = POLLIN};
        long left = deadline - now_ms();
        if (left <= 0 || poll(&pfd, 1, (int)left) <= 0) break;
        ssize_t n = read(fd, buffer + len, REQUEST_MAX - len);
        if (n <= 0) break;
        len += (size_t)n;
        buffer[len] = '\0';
        if (strstr(buffer, "\r\n\r\n") || strstr(buffer, "\n\n")) return buffer;
    }
    free(buffer);
    return NULL;
}

nitro_loopback_status nitro_loopback_wait(nitro_loopback *loopback, const char *path, long timeout_ms, char **query) {
    *query = NULL;
    long deadline = now_ms() + timeout_ms;
    for (;;) {
        if (nitro_interrupted) return NITRO_LOOPBACK_INTERRUPTED;
        long left = deadline - now_ms();
        if (left <= 0) return NITRO_LOOPBACK_TIMEOUT;
        struct pollfd pfd = {.fd = loopback->fd, .events = POLLIN};
        int ready = poll(&pfd, 1, left > 500 ? 500 : (int)left); /* wake up to notice Ctrl-C */
        if (ready < 0 && errno != EINTR) return NITRO_LOOPBACK_ERROR;
        if (ready <= 0) continue;
        int client = accept(loopback->fd, NULL, NULL);
        if (client < 0) continue;
        char *request = read_request(client);
        /* "GET /signin-redirect?code=...&state=... HTTP/1.1" */
        char *target = request && strncmp(request, "GET ", 4) == 0 ? request + 4 : NULL;
        char *end = target ? strchr(target, ' ') : NULL;
        size_t path_len = strlen(path);
        if (end && strncmp(target, path, path_len) == 0 && (target[path_len] == '?' || target + path_len == end)) {
            *end = '\0';
            *query = strdup(target[path_len] == '?' ? target + path_len + 1 : "");
            respond(client, "200 OK",
                    "<!doctype html><title>nitro</title><p>The sign-in is complete. You can close this window and "
                    "return to the terminal.</p>");
            close(client);
            free(request);
            return *query ? NITRO_LOOPBACK_OK : NITRO_LOOPBACK_ERROR;
        }
        respond(client, "404 Not Found", "<!doctype html><title>nitro</title><p>Not found.</p>");
        close(client);
        free(request);
    }
}

char *nitro_query_param(const char *query, const char *key) {
    size_t key_len = strlen(key);
    const char *p = query;
    while (p && *p) {
        const char *amp = strchr(p, '&');
        size_t len = amp ? (size_t)(amp - p) : strlen(p);
        if (len > key_len && strncmp(p, key, key_len) == 0 && p[key_len] == '=') {
            char *value = strndup(p + key_len + 1, len - key_len - 1);
            if (value) nitro_url_decode(value);
            return value;
        }
        p = amp ? amp + 1 : NULL;
    }
    return NULL;
}

/* Starts argv with stdio on /dev/null (a browser's chatter must not reach the terminal). */
static bool spawn_detached(char *const argv[]) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &actions, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return false;
    /* xdg-open returns at once; a real browser may not: reap without waiting. */
    int status;
    struct timespec pause = {0, 100 * 1000000L};
    nanosleep(&pause, NULL);
    if (waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return true;
}

bool nitro_open_browser(const char *url, nitro_getenv_fn getenv_fn, void *env_data) {
    const char *browsers = getenv_fn(env_data, "BROWSER");
    if (browsers && *browsers) {
        char *list = strdup(browsers);
        bool opened = false;
        for (char *save = NULL, *entry = list ? strtok_r(list, ":", &save) : NULL; entry && !opened;
             entry = strtok_r(NULL, ":", &save)) {
            /* "firefox" or "firefox %s"; the command is run without a shell. */
            char *words[16];
            int n = 0;
            bool placed = false;
            for (char *wsave = NULL, *word = strtok_r(entry, " ", &wsave); word && n < 14;
                 word = strtok_r(NULL, " ", &wsave)) {
                placed |= strcmp(word, "%s") == 0;
                words[n++] = strcmp(word, "%s") == 0 ? (char *)url : word;
            }
            if (n == 0) continue;
            if (!placed) words[n++] = (char *)url;
            words[n] = NULL;
            opened = spawn_detached(words);
        }
        free(list);
        if (opened) return true;
    }
    char *argv[] = {"xdg-open", (char *)url, NULL};
    return spawn_detached(argv);
}
