#include "suggest.h"

#include <string.h>

/* Optimal string alignment distance (Levenshtein plus adjacent swaps), so
 * "--descripton" and "--desciption" both find "--description". */
static size_t edit_distance(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la > 63 || lb > 63) return (size_t)-1;
    unsigned char d[64][64]; /* a distance is at most 63; 4 KiB of stack, not 32 */
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (unsigned char)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (unsigned char)j;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            unsigned cost = a[i - 1] != b[j - 1];
            unsigned best = d[i - 1][j] + 1u;
            if (d[i][j - 1] + 1u < best) best = d[i][j - 1] + 1u;
            if (d[i - 1][j - 1] + cost < best) best = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1u < best) {
                best = d[i - 2][j - 2] + 1u;
            }
            d[i][j] = (unsigned char)best;
        }
    }
    return d[la][lb];
}

const char *nitro_suggest(const char *typed, const char *const *candidates, size_t count) {
    size_t typed_len = strlen(typed);
    size_t allowed = typed_len / 3;
    if (allowed < 1) allowed = 1;
    if (allowed > 3) allowed = 3;
    const char *best = NULL;
    size_t best_distance = (size_t)-1;
    for (size_t i = 0; i < count; i++) {
        size_t distance;
        size_t len = strlen(candidates[i]);
        /* A prefix is a strong hint too: "--exp" means "--expires". */
        if (typed_len >= 2 && strncmp(candidates[i], typed, typed_len) == 0)
            distance = 1;
        else if ((len > typed_len ? len - typed_len : typed_len - len) > allowed)
            continue; /* the distance is at least the difference in length: too far */
        else
            distance = edit_distance(typed, candidates[i]);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidates[i];
        }
    }
    return best_distance <= allowed ? best : NULL;
}
