/* posix_spawn_file_actions_addclosefrom_np */
#define _GNU_SOURCE
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
#include <strings.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "oauth.h"
#include "term.h"

#define REQUEST_MAX 8192
/* A connection has this long to send its request head; several are read at
 * once, so idle ones cost a slot, never the real redirect's turn. */
#define CLIENT_TIMEOUT_MS 3000
#define MAX_CLIENTS 16

#ifdef MSG_NOSIGNAL
#define SEND_FLAGS (MSG_NOSIGNAL | MSG_DONTWAIT)
#else
#define SEND_FLAGS MSG_DONTWAIT
#endif

extern char **environ;

/* Close-on-exec and non-blocking: a browser must not inherit it, a slow peer must not block us. */
static bool set_flags(int fd) {
    int fd_flags = fcntl(fd, F_GETFD);
    int fl_flags = fcntl(fd, F_GETFL);
    if (fd_flags < 0 || fl_flags < 0) return false;
#ifdef SO_NOSIGPIPE
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one); /* where MSG_NOSIGNAL is missing */
#endif
    return fcntl(fd, F_SETFD, fd_flags | FD_CLOEXEC) == 0 && fcntl(fd, F_SETFL, fl_flags | O_NONBLOCK) == 0;
}

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
    if (!set_flags(loopback->fd) || bind(loopback->fd, (struct sockaddr *)&address, sizeof address) != 0 ||
        listen(loopback->fd, 16) != 0 || getsockname(loopback->fd, (struct sockaddr *)&address, &size) != 0) {
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

/* One short answer, never blocking and never raising SIGPIPE: a peer that
 * went away costs nothing. */
static void respond(int fd, const char *status, const char *body) {
    char page[1024];
    int len = snprintf(page, sizeof page,
                       "HTTP/1.1 %s\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %zu\r\n"
                       "Connection: close\r\nCache-Control: no-store\r\n\r\n%s",
                       status, strlen(body), body);
    if (len > 0 && (size_t)len < sizeof page && send(fd, page, (size_t)len, SEND_FLAGS) < 0) {
        /* the peer went away; the sign-in goes on regardless */
    }
}

typedef struct {
    int fd;
    long deadline;
    size_t len;
    char buffer[REQUEST_MAX + 1];
} client;

static void client_drop(client *c) {
    if (c->fd >= 0) close(c->fd);
    c->fd = -1;
    c->len = 0;
}

typedef enum { REQUEST_PENDING, REQUEST_DONE, REQUEST_MATCHED } request_outcome;

/* Answers a complete request head; REQUEST_MATCHED (with *query set) for the
 * redirect of this sign-in. */
static request_outcome answer(client *c, const char *path, const char *state, char **query) {
    /* "GET /signin-redirect?code=...&state=... HTTP/1.1" */
    char *target = strncmp(c->buffer, "GET ", 4) == 0 ? c->buffer + 4 : NULL;
    char *end = target ? strpbrk(target, " \r\n") : NULL;
    size_t path_len = strlen(path);
    if (!end || strncmp(target, path, path_len) != 0 || (target[path_len] != '?' && target + path_len != end)) {
        respond(c->fd, "404 Not Found", "<!doctype html><title>nitro</title><p>Not found.</p>");
        return REQUEST_DONE;
    }
    *end = '\0';
    const char *found = target[path_len] == '?' ? target + path_len + 1 : "";
    char *returned = nitro_query_param(found, "state");
    bool ours = returned && strcmp(returned, state) == 0;
    free(returned);
    if (!ours) {
        /* Not this sign-in's redirect (another tab, or a forgery): say so, and keep waiting for the real one. */
        respond(c->fd, "400 Bad Request",
                "<!doctype html><title>nitro</title><p>This link does not belong to the sign-in nitro is waiting "
                "for (its state does not match). Nothing was signed in.</p>");
        return REQUEST_DONE;
    }
    *query = strdup(found);
    respond(c->fd, "200 OK",
            "<!doctype html><title>nitro</title><p>The sign-in is complete. You can close this window and return "
            "to the terminal.</p>");
    return REQUEST_MATCHED;
}

/* Reads what a connection has sent; a full head is answered. */
static request_outcome client_read(client *c, const char *path, const char *state, char **query) {
    ssize_t n = recv(c->fd, c->buffer + c->len, REQUEST_MAX - c->len, 0);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return REQUEST_PENDING;
    if (n <= 0) return REQUEST_DONE;
    c->len += (size_t)n;
    c->buffer[c->len] = '\0';
    if (strstr(c->buffer, "\r\n\r\n") || strstr(c->buffer, "\n\n")) return answer(c, path, state, query);
    if (c->len >= REQUEST_MAX) {
        respond(c->fd, "431 Request Header Fields Too Large", "<!doctype html><title>nitro</title><p>Too large.</p>");
        return REQUEST_DONE;
    }
    return REQUEST_PENDING;
}

/* Takes a new connection; when every slot is busy the oldest one is dropped. */
static void client_accept(int listener, client *clients) {
    int fd = accept(listener, NULL, NULL);
    if (fd < 0) return;
    if (!set_flags(fd)) {
        close(fd);
        return;
    }
    client *slot = &clients[0];
    for (int i = 0; i < MAX_CLIENTS; i++) {
        if (clients[i].fd < 0) {
            slot = &clients[i];
            break;
        }
        if (clients[i].deadline < slot->deadline) slot = &clients[i];
    }
    client_drop(slot);
    slot->fd = fd;
    slot->deadline = now_ms() + CLIENT_TIMEOUT_MS;
}

nitro_loopback_status nitro_loopback_wait(nitro_loopback *loopback, const char *path, const char *state,
                                          long timeout_ms, char **query) {
    *query = NULL;
    client *clients = malloc(sizeof *clients * MAX_CLIENTS);
    if (!clients) return NITRO_LOOPBACK_ERROR;
    for (int i = 0; i < MAX_CLIENTS; i++) {
        clients[i].fd = -1;
        clients[i].len = 0;
    }
    nitro_loopback_status status = NITRO_LOOPBACK_TIMEOUT;
    long deadline = now_ms() + timeout_ms;
    for (;;) {
        if (nitro_interrupted) {
            status = NITRO_LOOPBACK_INTERRUPTED;
            break;
        }
        long now = now_ms();
        if (now >= deadline) break;
        long wait = deadline - now < 500 ? deadline - now : 500; /* wake up to notice Ctrl-C */
        struct pollfd pfds[MAX_CLIENTS + 1] = {{.fd = loopback->fd, .events = POLLIN}};
        int owner[MAX_CLIENTS + 1];
        nfds_t n = 1;
        for (int i = 0; i < MAX_CLIENTS; i++) {
            if (clients[i].fd < 0) continue;
            if (clients[i].deadline <= now) {
                client_drop(&clients[i]); /* idle too long */
                continue;
            }
            if (clients[i].deadline - now < wait) wait = clients[i].deadline - now;
            pfds[n] = (struct pollfd){.fd = clients[i].fd, .events = POLLIN};
            owner[n++] = i;
        }
        int ready = poll(pfds, n, (int)wait);
        if (ready < 0 && errno != EINTR) {
            status = NITRO_LOOPBACK_ERROR;
            break;
        }
        if (ready <= 0) continue;
        request_outcome outcome = REQUEST_PENDING;
        for (nfds_t k = 1; k < n && outcome != REQUEST_MATCHED; k++) {
            if (!pfds[k].revents) continue;
            client *c = &clients[owner[k]];
            outcome = client_read(c, path, state, query);
            if (outcome != REQUEST_PENDING) client_drop(c);
        }
        if (outcome == REQUEST_MATCHED) {
            status = *query ? NITRO_LOOPBACK_OK : NITRO_LOOPBACK_ERROR;
            break;
        }
        if (pfds[0].revents & POLLIN) client_accept(loopback->fd, clients);
    }
    for (int i = 0; i < MAX_CLIENTS; i++)
        client_drop(&clients[i]);
    free(clients);
    return status;
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

/* True for a variable nitro treats as a secret (the environment names of
 * every option declared secret, e.g. NITRO_API_KEY). */
static bool secret_variable(const char *entry, const nitro_option *options, size_t n_options) {
    for (size_t i = 0; i < n_options; i++) {
        const nitro_option *option = &options[i];
        if (!(option->flags & NITRO_OPT_SECRET) || !option->env) continue;
        for (const char *const *name = option->env; *name; name++) {
            size_t len = strlen(*name);
            if (strncmp(entry, *name, len) == 0 && entry[len] == '=') return true;
        }
    }
    return false;
}

/* Starts argv with stdio on /dev/null (a browser's chatter must not reach the
 * terminal), no other descriptor and no secret variable of nitro's. */
static bool spawn_detached(char *const argv[], const nitro_option *options, size_t n_options) {
    size_t count = 0;
    while (environ && environ[count])
        count++;
    char **env = malloc((count + 1) * sizeof *env);
    if (!env) return false;
    size_t kept = 0;
    for (size_t i = 0; i < count; i++) {
        if (!secret_variable(environ[i], options, n_options)) env[kept++] = environ[i];
    }
    env[kept] = NULL;
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_init(&actions);
    posix_spawnattr_init(&attributes);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    /* Sockets and files a library opened without close-on-exec stay ours. */
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);
#elif defined(POSIX_SPAWN_CLOEXEC_DEFAULT)
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_CLOEXEC_DEFAULT);
#else
    long max_fd = sysconf(_SC_OPEN_MAX);
    for (int fd = 3; fd < (max_fd > 0 && max_fd < 65536 ? max_fd : 1024); fd++) {
        int flags = fcntl(fd, F_GETFD);
        if (flags >= 0) fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
    }
#endif
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &actions, &attributes, argv, env);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    free(env);
    if (rc != 0) return false;
    /* xdg-open returns at once; a real browser may not: reap without waiting. */
    int status;
    struct timespec pause = {0, 100 * 1000000L};
    nanosleep(&pause, NULL);
    if (waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return true;
}

bool nitro_open_browser(const char *url, nitro_getenv_fn getenv_fn, void *env_data, const nitro_option *options,
                        size_t n_options) {
    /* Only a web address goes to the browser: "-..." would be read as an
     * option (xdg-open and most browsers take no "--"), and a space or a
     * control character would make it more than one word. */
    if (strncasecmp(url, "https://", 8) != 0 && strncasecmp(url, "http://", 7) != 0) return false;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
        if (*p <= ' ' || *p >= 0x7f) return false;
    }
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
            opened = spawn_detached(words, options, n_options);
        }
        free(list);
        if (opened) return true;
    }
    char *argv[] = {"xdg-open", (char *)url, NULL};
    return spawn_detached(argv, options, n_options);
}
