/*
 * The few C library functions libwsaerr calls, for its WebAssembly build
 * (the library never allocates, prints or reads files, so this is all the
 * C library it needs). memcpy, memmove and memset become the bulk-memory
 * instructions.
 */
#include <string.h>

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}

void *memcpy(void *d, const void *s, size_t n)
{
	return __builtin_memcpy(d, s, n);
}

void *memmove(void *d, const void *s, size_t n)
{
	return __builtin_memmove(d, s, n);
}

void *memset(void *d, int c, size_t n)
{
	return __builtin_memset(d, c, n);
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++)
		if (*a != *b || !*a)
			return (unsigned char)*a - (unsigned char)*b;
	return 0;
}

size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return (size_t)(p - s);
}
