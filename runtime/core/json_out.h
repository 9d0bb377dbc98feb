/* A streaming JSON writer with 2-space indentation, keys in the order written,
 * so results print as they arrive and in the Nitro CLI's layout. */
#ifndef NITRO_JSON_OUT_H
#define NITRO_JSON_OUT_H

#include <stdbool.h>
#include <stdio.h>

#define NITRO_JSON_MAX_DEPTH 16

typedef struct {
    FILE *out;
    int depth;
    bool has_items[NITRO_JSON_MAX_DEPTH];
    bool after_key;
    /* Called when the document is finished (--jq filters each document). */
    void (*on_finish)(void *data);
    void *finish_data;
} nitro_json;

void nitro_json_init(nitro_json *json, FILE *out);
void nitro_json_begin_object(nitro_json *json);
void nitro_json_end_object(nitro_json *json);
void nitro_json_begin_array(nitro_json *json);
void nitro_json_end_array(nitro_json *json);
void nitro_json_key(nitro_json *json, const char *key);
void nitro_json_string(nitro_json *json, const char *value); /* NULL writes null */
void nitro_json_bool(nitro_json *json, bool value);
void nitro_json_null(nitro_json *json);
void nitro_json_number(nitro_json *json, double value);
/* Ends the document with a newline. */
void nitro_json_finish(nitro_json *json);

/* Writes what `out` holds; false when it cannot be written (a closed or
 * broken pipe, or an interrupt while a full pipe blocked it), with errno set
 * when a write said why. What cannot be written is dropped, not retried: a
 * retry would block again. A document whose stream failed writes nothing more. */
bool nitro_output_flush(FILE *out);

/* Convenience: "key": "value" (NULL → null). */
void nitro_json_field(nitro_json *json, const char *key, const char *value);

#endif
