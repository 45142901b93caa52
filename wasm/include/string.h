/* The part of <string.h> the library uses, for its WebAssembly build,
 * which has no C library (wasm/libc.c implements these). */
#ifndef WSAERR_WASM_STRING_H
#define WSAERR_WASM_STRING_H
#include <stddef.h>
void *memchr(const void *s, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
size_t strlen(const char *s);
#endif
