#include "suggest.h"

#include <string.h>

/* Optimal string alignment distance (Levenshtein plus adjacent swaps), so
 * "--descripton" and "--desciption" both find "--description". */
static size_t edit_distance(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la > 63 || lb > 63) return (size_t)-1;
    size_t d[64][64];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            size_t best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < best) best = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best) {
                best = d[i - 2][j - 2] + 1;
            }
            d[i][j] = best;
        }
    }
    return d[la][lb];
}

const char *nitro_suggest(const char *typed, const char *const *candidates, size_t count) {
    const char *best = NULL;
    size_t best_distance = (size_t)-1;
    for (size_t i = 0; i < count; i++) {
        size_t distance = edit_distance(typed, candidates[i]);
        /* A prefix is a strong hint too: "--exp" means "--expires". */
        if (strncmp(candidates[i], typed, strlen(typed)) == 0 && strlen(typed) >= 2) distance = 1;
        if (distance < best_distance) {
            best_distance = distance;
            best = candidates[i];
        }
    }
    size_t allowed = strlen(typed) / 3;
    if (allowed < 1) allowed = 1;
    if (allowed > 3) allowed = 3;
    return best_distance <= allowed ? best : NULL;
}
