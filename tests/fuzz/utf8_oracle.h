/* The fuzz targets' own UTF-8 oracle, written apart from the runtime's so
 * that a mistake in one is not repeated in the other. */
#ifndef NITRO_FUZZ_UTF8_ORACLE_H
#define NITRO_FUZZ_UTF8_ORACLE_H

#include <stddef.h>

/* The length of the valid UTF-8 sequence at s[0..n), or 0. */
static inline size_t utf8_at(const unsigned char *s, size_t n) {
    if (s[0] < 0x80) return 1;
    size_t need = s[0] >= 0xc2 && s[0] <= 0xdf   ? 2
                  : s[0] >= 0xe0 && s[0] <= 0xef ? 3
                  : s[0] >= 0xf0 && s[0] <= 0xf4 ? 4
                                                 : 0;
    if (need == 0 || n < need) return 0;
    for (size_t i = 1; i < need; i++)
        if ((s[i] & 0xc0) != 0x80) return 0;
    if (s[0] == 0xe0 && s[1] < 0xa0) return 0; /* overlong */
    if (s[0] == 0xed && s[1] > 0x9f) return 0; /* a surrogate */
    if (s[0] == 0xf0 && s[1] < 0x90) return 0; /* overlong */
    if (s[0] == 0xf4 && s[1] > 0x8f) return 0; /* past U+10FFFF */
    return need;
}

#endif
