/* libFuzzer target: the terminal sanitiser (runtime/core/safe_text.c).
 *
 * Input: any bytes, taken as a C string. Properties checked: the output holds
 * no C0 control, no DEL, no C1 control (raw or UTF-8 encoded), no
 * bidirectional control and no invisible character, and is valid
 * UTF-8; text that is safe already comes out unchanged; the output is at most
 * six bytes for each byte in. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "safe_text.h"
#include "utf8_oracle.h"

/* The characters a terminal shows as nothing or that reorder text, listed
 * apart from the runtime's own test: bidi marks and controls, zero-width and
 * format characters, the byte order mark, interlinear annotations, tags. */
static bool invisible(unsigned code) {
    static const unsigned singles[] = {0x00ad, 0x061c, 0x180e, 0xfeff};
    static const unsigned ranges[][2] = {{0x200b, 0x200f}, {0x202a, 0x202e}, {0x2060, 0x2064},
                                         {0x2066, 0x206f}, {0xfff9, 0xfffb}, {0xe0000, 0xe007f}};
    for (size_t i = 0; i < sizeof singles / sizeof *singles; i++)
        if (code == singles[i]) return true;
    for (size_t i = 0; i < sizeof ranges / sizeof *ranges; i++)
        if (code >= ranges[i][0] && code <= ranges[i][1]) return true;
    return false;
}

/* True when `text` is valid UTF-8 without a C0 control, DEL, C1 control,
 * bidirectional control or invisible character. */
static bool terminal_safe(const char *text) {
    const unsigned char *s = (const unsigned char *)text;
    size_t n = strlen(text);
    for (size_t i = 0; i < n;) {
        size_t k = utf8_at(s + i, n - i);
        if (k == 0 || s[i] < 0x20 || s[i] == 0x7f) return false;
        if (k == 2 && s[i] == 0xc2 && s[i + 1] < 0xa0) return false; /* U+0080 to U+009F */
        unsigned code =
            k == 1   ? s[i]
            : k == 2 ? (s[i] & 0x1fu) << 6 | (s[i + 1] & 0x3fu)
            : k == 3 ? (s[i] & 0x0fu) << 12 | (s[i + 1] & 0x3fu) << 6 | (s[i + 2] & 0x3fu)
                     : (s[i] & 0x07u) << 18 | (s[i + 1] & 0x3fu) << 12 | (s[i + 2] & 0x3fu) << 6 | (s[i + 3] & 0x3fu);
        if (invisible(code)) return false;
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
