/* libFuzzer target: the terminal sanitiser (runtime/core/safe_text.c).
 *
 * Input: any bytes, taken as a C string. Properties checked: the output holds
 * no C0 control, no DEL, no C1 control (raw or UTF-8 encoded), no
 * bidirectional embedding, override or isolate, and is valid
 * UTF-8; text that is safe already comes out unchanged; the output is at most
 * six bytes for each byte in. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "safe_text.h"
#include "utf8_oracle.h"

/* True when `text` is valid UTF-8 without a C0 control, DEL, C1 control or
 * bidirectional control (U+202A to U+202E, U+2066 to U+2069). */
static bool terminal_safe(const char *text) {
    const unsigned char *s = (const unsigned char *)text;
    size_t n = strlen(text);
    for (size_t i = 0; i < n;) {
        size_t k = utf8_at(s + i, n - i);
        if (k == 0 || s[i] < 0x20 || s[i] == 0x7f) return false;
        if (k == 2 && s[i] == 0xc2 && s[i + 1] < 0xa0) return false; /* U+0080 to U+009F */
        if (k == 3 && s[i] == 0xe2) {
            unsigned code = (s[i + 1] & 0x3fu) << 6 | (s[i + 2] & 0x3fu);
            if ((code >= 0x2a && code <= 0x2e) || (code >= 0x66 && code <= 0x69)) return false;
        }
        i += k;
    }
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static FILE *sink;
    if (!sink) sink = fopen("/dev/null", "w");
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    char *safe = nitro_safe_text(text);
    if (!safe) abort();
    if (!terminal_safe(safe)) abort();
    if (terminal_safe(text) && strcmp(safe, text) != 0) abort();
    if (strlen(safe) > 6 * strlen(text)) abort();
    if (sink) nitro_put_safe(sink, text);
    free(safe);
    free(text);
    return 0;
}
