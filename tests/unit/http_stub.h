/* A tiny HTTP/1.1 server on 127.0.0.1 in a thread of the test itself, for the
 * transports' tests: it records each request (headers and body, a chunked one
 * decoded) and answers every connection with the same script of byte runs,
 * delays and a silence before it closes. Bounded: every wait has a deadline,
 * and stub_stop ends it at once. */
#ifndef NITRO_HTTP_STUB_H
#define NITRO_HTTP_STUB_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *bytes; /* sent as they are; NULL: `len` copies of `fill` */
    size_t len;        /* 0 with bytes: strlen(bytes) */
    char fill;
    long delay_ms; /* before this step */
} stub_step;

#define STUB_MAX_STEPS 16

typedef struct {
    /* the script */
    stub_step steps[STUB_MAX_STEPS];
    size_t n_steps;
    long hold_ms;   /* after the steps, the connection stays open and silent this long (or until stopped) */
    bool keep_body; /* record the request body (else only its size) */
    /* what happened */
    char *headers;   /* the last request's head, NUL-terminated */
    char *body;      /* its body when keep_body */
    size_t body_len; /* its size */
    atomic_int connections;
    atomic_bool sent_all; /* the script's steps were all sent on some connection */
    /* the server's own */
    int port;
    int listener;
    atomic_bool stop;
    pthread_t thread;
} http_stub;

/* Starts the server; its URL is http://127.0.0.1:<port>. False when it cannot listen. */
bool stub_start(http_stub *stub);

/* Adds a step to the script. */
void stub_send(http_stub *stub, const char *bytes, long delay_ms);
void stub_send_fill(http_stub *stub, char fill, size_t len, long delay_ms);

/* Stops the server and waits for its thread: what it recorded may be read then. */
void stub_stop(http_stub *stub);

/* Frees what it recorded (after stub_stop). */
void stub_free(http_stub *stub);

/* Waits (at most `ms`) until the script's steps were all sent. */
bool stub_wait_sent(http_stub *stub, long ms);

/* The value of a header of the last request (case-insensitive name), malloc'd, or NULL. */
char *stub_header(const http_stub *stub, const char *name);

#endif
