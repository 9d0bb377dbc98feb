/* Text that nitro did not write (names, descriptions and messages from a
 * server, values typed into options) made safe for a terminal: it can carry
 * escape sequences that set the window title, clear the screen or fake
 * output. JSON output keeps the exact values; everything a person reads goes
 * through here. */
#ifndef NITRO_SAFE_TEXT_H
#define NITRO_SAFE_TEXT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A copy of `text` with C0 controls, DEL and C1 controls (also UTF-8
 * encoded, U+0080 to U+009F) written as visible escapes ("\x1b", "\u009b")
 * and bytes that are not UTF-8 as "\xNN"; malloc'd, NULL for NULL or when
 * out of memory. */
char *nitro_safe_text(const char *text);

/* The length of the valid UTF-8 sequence at `s` (1 for ASCII), or 0
 * (overlong forms, surrogates, code points past U+10FFFF and sequences cut by
 * the end are not valid). `left`: the bytes there are, or SIZE_MAX for a
 * NUL-terminated string (a NUL fails the test of the byte before it is
 * passed, so nothing past it is read). */
size_t nitro_utf8_length(const unsigned char *s, size_t left);

/* The code point of the UTF-8 sequence at `s` (of `n` bytes) when it is a character a terminal shows as
 * nothing or that reorders text (bidi controls, zero-width and format characters), else 0. Shown escaped
 * wherever a server's text reaches a terminal. */
unsigned nitro_invisible_code(const unsigned char *s, size_t n);

/* Writes `text` made safe; nothing for NULL. */
void nitro_put_safe(FILE *out, const char *text);

/* Prints "error: <message>" and a newline on `err`, the message made safe for a terminal: every error line
 * of nitro passes here, whatever a server or libcurl put in it. */
void nitro_error_to(FILE *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void nitro_verror_to(FILE *err, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

#endif
