#include "http_stub.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* Every wait of the server ends by this deadline, whatever the script says. */
#define STUB_DEADLINE_MS 20000
#define STUB_HEAD_MAX 65536

static long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)(t.tv_sec * 1000 + t.tv_nsec / 1000000);
}

/* Waits until `fd` is readable, the server is stopped or `ms` passed. */
static bool wait_readable(http_stub *stub, int fd, long ms) {
    long end = now_ms() + ms;
    while (!atomic_load(&stub->stop)) {
        long left = end - now_ms();
        if (left <= 0) return false;
        struct pollfd p = {.fd = fd, .events = POLLIN};
        int n = poll(&p, 1, left < 50 ? (int)left : 50);
        if (n > 0) return true;
    }
    return false;
}

static void pause_ms(http_stub *stub, long ms) {
    long end = now_ms() + ms;
    while (!atomic_load(&stub->stop) && now_ms() < end) {
        struct timespec slice = {.tv_sec = 0, .tv_nsec = 10 * 1000000L};
        nanosleep(&slice, NULL);
    }
}

typedef struct {
    char buf[65536];
    size_t start, end;
} reader;

/* The next byte of the connection, or -1 at its end. */
static int next_byte(http_stub *stub, int fd, reader *r) {
    if (r->start == r->end) {
        if (!wait_readable(stub, fd, STUB_DEADLINE_MS)) return -1;
        ssize_t n = recv(fd, r->buf, sizeof r->buf, 0);
        if (n <= 0) return -1;
        r->start = 0;
        r->end = (size_t)n;
    }
    return (unsigned char)r->buf[r->start++];
}

static void keep(http_stub *stub, size_t *cap, const char *bytes, size_t n) {
    if (stub->keep_body) {
        if (stub->body_len + n + 1 > *cap) {
            size_t grown = *cap ? *cap * 2 : 65536;
            while (grown < stub->body_len + n + 1)
                grown *= 2;
            stub->body = realloc(stub->body, grown);
            *cap = grown;
        }
        memcpy(stub->body + stub->body_len, bytes, n);
        stub->body[stub->body_len + n] = '\0';
    }
    stub->body_len += n;
}

/* Reads `n` body bytes (or to the end when n is -1). */
static bool read_body(http_stub *stub, int fd, reader *r, long long n, size_t *cap) {
    while (n != 0) {
        if (r->start == r->end) {
            if (!wait_readable(stub, fd, STUB_DEADLINE_MS)) return n < 0;
            ssize_t got = recv(fd, r->buf, sizeof r->buf, 0);
            if (got <= 0) return n < 0;
            r->start = 0;
            r->end = (size_t)got;
        }
        size_t take = r->end - r->start;
        if (n > 0 && (long long)take > n) take = (size_t)n;
        keep(stub, cap, r->buf + r->start, take);
        r->start += take;
        if (n > 0) n -= (long long)take;
    }
    return true;
}

static bool read_line(http_stub *stub, int fd, reader *r, char *line, size_t size) {
    size_t n = 0;
    for (;;) {
        int c = next_byte(stub, fd, r);
        if (c < 0) return false;
        if (c == '\n') break;
        if (n + 1 < size) line[n++] = (char)c;
    }
    if (n > 0 && line[n - 1] == '\r') n--;
    line[n] = '\0';
    return true;
}

/* Reads one request: its head and its body (Content-Length or chunked). */
static bool read_request(http_stub *stub, int fd, reader *r) {
    char *head = malloc(STUB_HEAD_MAX + 1);
    size_t n = 0;
    while (n < STUB_HEAD_MAX) {
        int c = next_byte(stub, fd, r);
        if (c < 0) {
            free(head);
            return false;
        }
        head[n++] = (char)c;
        if (n >= 4 && memcmp(head + n - 4, "\r\n\r\n", 4) == 0) break;
    }
    head[n] = '\0';
    free(stub->headers);
    stub->headers = head;
    free(stub->body);
    stub->body = NULL;
    stub->body_len = 0;
    size_t cap = 0;
    char *te = stub_header(stub, "Transfer-Encoding");
    char *cl = stub_header(stub, "Content-Length");
    bool ok = true;
    if (te && strcasecmp(te, "chunked") == 0) {
        char line[128];
        for (;;) {
            if (!read_line(stub, fd, r, line, sizeof line)) {
                ok = false;
                break;
            }
            long long size = strtoll(line, NULL, 16);
            if (size == 0) {
                ok = read_line(stub, fd, r, line, sizeof line); /* the empty line after the last chunk */
                break;
            }
            if (!read_body(stub, fd, r, size, &cap) || !read_line(stub, fd, r, line, sizeof line)) {
                ok = false;
                break;
            }
        }
    } else if (cl) {
        ok = read_body(stub, fd, r, strtoll(cl, NULL, 10), &cap);
    }
    free(te);
    free(cl);
    return ok;
}

static void answer(http_stub *stub, int fd) {
    for (size_t i = 0; i < stub->n_steps && !atomic_load(&stub->stop); i++) {
        const stub_step *step = &stub->steps[i];
        if (step->delay_ms > 0) pause_ms(stub, step->delay_ms);
        char fill[65536];
        if (!step->bytes) memset(fill, step->fill, sizeof fill);
        size_t left = step->len;
        const char *p = step->bytes;
        while (left > 0 && !atomic_load(&stub->stop)) {
            size_t n = step->bytes ? left : (left < sizeof fill ? left : sizeof fill);
            ssize_t sent = send(fd, step->bytes ? p : fill, n, MSG_NOSIGNAL);
            if (sent < 0 && errno == EINTR) continue;
            if (sent <= 0) return; /* the client went away */
            left -= (size_t)sent;
            if (step->bytes) p += sent;
        }
    }
    atomic_store(&stub->sent_all, true);
    pause_ms(stub, stub->hold_ms);
}

static void *serve(void *data) {
    http_stub *stub = data;
    long end = now_ms() + STUB_DEADLINE_MS * 3;
    while (!atomic_load(&stub->stop) && now_ms() < end) {
        if (!wait_readable(stub, stub->listener, 100)) continue;
        int fd = accept(stub->listener, NULL, NULL);
        if (fd < 0) continue;
        atomic_fetch_add(&stub->connections, 1);
        reader *r = calloc(1, sizeof *r);
        if (read_request(stub, fd, r)) answer(stub, fd);
        free(r);
        shutdown(fd, SHUT_RDWR);
        close(fd);
    }
    return NULL;
}

bool stub_start(http_stub *stub) {
    stub->listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (stub->listener < 0) return false;
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof address;
    if (bind(stub->listener, (struct sockaddr *)&address, sizeof address) < 0 || listen(stub->listener, 8) < 0 ||
        getsockname(stub->listener, (struct sockaddr *)&address, &len) < 0) {
        close(stub->listener);
        return false;
    }
    stub->port = ntohs(address.sin_port);
    atomic_store(&stub->stop, false);
    /* The server's thread takes no signals: a test's SIGINT goes to the thread it interrupts. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int failed = pthread_create(&stub->thread, NULL, serve, stub);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (failed) {
        close(stub->listener);
        return false;
    }
    return true;
}

void stub_send(http_stub *stub, const char *bytes, long delay_ms) {
    if (stub->n_steps < STUB_MAX_STEPS)
        stub->steps[stub->n_steps++] = (stub_step){.bytes = bytes, .len = strlen(bytes), .delay_ms = delay_ms};
}

void stub_send_fill(http_stub *stub, char fill, size_t len, long delay_ms) {
    if (stub->n_steps < STUB_MAX_STEPS)
        stub->steps[stub->n_steps++] = (stub_step){.fill = fill, .len = len, .delay_ms = delay_ms};
}

bool stub_wait_sent(http_stub *stub, long ms) {
    long end = now_ms() + ms;
    while (!atomic_load(&stub->sent_all)) {
        if (now_ms() >= end) return false;
        struct timespec slice = {.tv_sec = 0, .tv_nsec = 5 * 1000000L};
        nanosleep(&slice, NULL);
    }
    return true;
}

void stub_stop(http_stub *stub) {
    atomic_store(&stub->stop, true);
    pthread_join(stub->thread, NULL);
    close(stub->listener);
}

void stub_free(http_stub *stub) {
    free(stub->headers);
    free(stub->body);
    stub->headers = stub->body = NULL;
}

char *stub_header(const http_stub *stub, const char *name) {
    if (!stub->headers) return NULL;
    size_t n = strlen(name);
    for (const char *line = strstr(stub->headers, "\r\n"); line && line[2] != '\r'; line = strstr(line + 2, "\r\n")) {
        const char *start = line + 2;
        if (strncasecmp(start, name, n) == 0 && start[n] == ':') {
            const char *value = start + n + 1;
            while (*value == ' ')
                value++;
            const char *end = strstr(value, "\r\n");
            return strndup(value, (size_t)(end - value));
        }
    }
    return NULL;
}
