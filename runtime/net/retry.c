#include "retry.h"

#include <string.h>

long nitro_retry_delay_ms(const nitro_retry_input *input, nitro_random_fn random, void *random_data) {
    if (input->is_mutation || input->tries < 1 || input->tries >= NITRO_RETRY_MAX_TRIES) return -1;
    switch (input->failure) {
    case NITRO_FAILURE_NONE: return -1;
    case NITRO_FAILURE_CONNECTION: break;
    case NITRO_FAILURE_STATUS:
        if (input->http_status != 429 && input->http_status != 502 && input->http_status != 503 &&
            input->http_status != 504)
            return -1;
        break;
    }
    long delay = NITRO_RETRY_BASE_MS;
    for (int i = 1; i < input->tries && delay < NITRO_RETRY_MAX_DELAY_MS; i++)
        delay *= 2;
    if (delay > NITRO_RETRY_MAX_DELAY_MS) delay = NITRO_RETRY_MAX_DELAY_MS;
    double r = random ? random(random_data) : 0.5;
    if (!(r >= 0.0 && r < 1.0)) r = 0.5;
    delay = delay / 2 + (long)(r * (double)(delay - delay / 2));
    if (input->retry_after_ms > delay) delay = input->retry_after_ms;
    if (delay + NITRO_RETRY_MIN_TRY_MS > input->remaining_ms) return -1;
    return delay;
}

static int month_index(const char *name) {
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    for (int i = 0; i < 12; i++) {
        if (strncmp(name, months + 3 * i, 3) == 0) return i;
    }
    return -1;
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static long long days_from_civil(long long y, int m, int d) {
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static bool read_digits(const char **p, const char *end, int count, int *out) {
    int value = 0;
    for (int i = 0; i < count; i++) {
        if (*p >= end || **p < '0' || **p > '9') return false;
        value = value * 10 + (*(*p)++ - '0');
    }
    *out = value;
    return true;
}

long nitro_parse_retry_after(const char *value, size_t len, time_t now) {
    const char *p = value, *end = value + len;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n'))
        end--;
    if (p == end) return -1;
    if (*p >= '0' && *p <= '9') {
        long long seconds = 0;
        for (; p < end; p++) {
            if (*p < '0' || *p > '9') return -1;
            if (seconds < 1000000) seconds = seconds * 10 + (*p - '0');
        }
        if (seconds > 86400) seconds = 86400;
        return (long)(seconds * 1000);
    }
    /* IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT". */
    int day, year, hour, minute, second;
    if (end - p != 29 || p[3] != ',' || p[4] != ' ') return -1;
    p += 5;
    if (!read_digits(&p, end, 2, &day) || *p++ != ' ') return -1;
    int month = month_index(p);
    if (month < 0) return -1;
    p += 3;
    if (*p++ != ' ' || !read_digits(&p, end, 4, &year) || *p++ != ' ' || !read_digits(&p, end, 2, &hour) ||
        *p++ != ':' || !read_digits(&p, end, 2, &minute) || *p++ != ':' || !read_digits(&p, end, 2, &second) ||
        strncmp(p, " GMT", 4) != 0)
        return -1;
    if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return -1;
    long long when = days_from_civil(year, month + 1, day) * 86400 + hour * 3600 + minute * 60 + second;
    long long delta = when - (long long)now;
    if (delta < 0) delta = 0;
    if (delta > 86400) delta = 86400;
    return (long)(delta * 1000);
}
