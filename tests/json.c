/*
 * Test helper: checks that its input is strict JSON (RFC 8259) in valid
 * UTF-8 and prints each value on a line of its own, "PATH<TAB>VALUE", so
 * that the shell tests can check JSON with grep, sed and awk on a system
 * without python3 or jq. The tests compile it with the C compiler there.
 *   json [FILE]      FILE (default: standard input) holds one JSON text
 *   json -l [FILE]   JSON Lines: each line of FILE holds one JSON text
 *                    and ends with a newline; the lines are numbered as
 *                    the elements of an array: .[0], .[1], ...
 * PATH is written as jq writes it: "." for the whole text, ".[3]" for an
 * element, ".name" for a member (["na me"] when the name is not a plain
 * identifier), ".[3].hits[0].wsa" for both.
 * VALUE: "array N" or "object N" (N elements or members; the values in
 * them follow, each on its own line), a number as written, true, false,
 * null, or a string in quotes, with \" \\ \b \f \n \r \t and \u00XX for
 * the other control characters, everything else as UTF-8 (so "\u00e9"
 * and "é" print the same).
 * Exit status: 0 valid, 1 not valid (what and where on stderr), 2 usage
 * or a read error.
 * Stricter than Python's json.loads(): a lone surrogate (\ud800) is an
 * error, as is invalid UTF-8 anywhere in the input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 256
#define MAX_PATH 4096

struct in {
	const unsigned char *p, *end;
	const char *err;
	const unsigned char *at;
};

/* Where a string goes: a stream, or a buffer of cap bytes (NUL-ended). */
struct sink {
	FILE *f;
	char *buf;
	size_t len, cap;
};

static char path[MAX_PATH];

static int fail(struct in *in, const unsigned char *at, const char *what)
{
	if (!in->err) {
		in->err = what;
		in->at = at;
	}
	return -1;
}

static void skip_space(struct in *in)
{
	while (in->p < in->end &&
	       (*in->p == ' ' || *in->p == '\t' || *in->p == '\n' || *in->p == '\r'))
		in->p++;
}

/* The length of the UTF-8 sequence at p (1 to 4), 0 when it is not a
 * valid one: no overlong forms, no surrogates, nothing above U+10FFFF. */
static int utf8_len(const unsigned char *p, const unsigned char *end, unsigned long *cp)
{
	unsigned char c = p[0];
	unsigned char lo = 0x80, hi = 0xBF;
	int n, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		*cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		*cp = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		*cp = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		if (c == 0xF4)
			hi = 0x8F;
	} else {
		return 0;
	}
	if (end - p < n)
		return 0;
	for (i = 1; i < n; i++) {
		if (p[i] < lo || p[i] > hi)
			return 0;
		lo = 0x80;
		hi = 0xBF;
		*cp = (*cp << 6) | (p[i] & 0x3F);
	}
	return n;
}

static void put(struct sink *s, unsigned long c)
{
	if (s->f) {
		putc((int)c, s->f);
	} else if (s->len + 1 < s->cap) {
		s->buf[s->len++] = (char)c;
		s->buf[s->len] = '\0';
	} else {
		s->len = s->cap;
	}
}

static void put_code_point(struct sink *s, unsigned long cp)
{
	static const char short_escape[] = "btn\0fr", hex[] = "0123456789abcdef";

	if (cp == '"' || cp == '\\') {
		put(s, '\\');
		put(s, cp);
	} else if (cp >= 0x08 && cp <= 0x0D && short_escape[cp - 0x08]) {
		put(s, '\\');
		put(s, (unsigned char)short_escape[cp - 0x08]);
	} else if (cp < 0x20) {
		put(s, '\\');
		put(s, 'u');
		put(s, '0');
		put(s, '0');
		put(s, (unsigned char)hex[cp >> 4]);
		put(s, (unsigned char)hex[cp & 15]);
	} else if (cp < 0x80) {
		put(s, cp);
	} else if (cp < 0x800) {
		put(s, 0xC0 | cp >> 6);
		put(s, 0x80 | (cp & 0x3F));
	} else if (cp < 0x10000) {
		put(s, 0xE0 | cp >> 12);
		put(s, 0x80 | (cp >> 6 & 0x3F));
		put(s, 0x80 | (cp & 0x3F));
	} else {
		put(s, 0xF0 | cp >> 18);
		put(s, 0x80 | (cp >> 12 & 0x3F));
		put(s, 0x80 | (cp >> 6 & 0x3F));
		put(s, 0x80 | (cp & 0x3F));
	}
}

static int hex4(struct in *in, unsigned long *v)
{
	int i;

	*v = 0;
	for (i = 0; i < 4; i++) {
		unsigned char c = in->p < in->end ? *in->p : 0;
		if (c >= '0' && c <= '9')
			*v = *v * 16 + (unsigned long)(c - '0');
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			*v = *v * 16 + (unsigned long)((c | 0x20) - 'a' + 10);
		else
			return fail(in, in->p, "\\u needs four hexadecimal digits");
		in->p++;
	}
	return 0;
}

/* A string at in->p (its opening quote); written to out when out is set. */
static int string(struct in *in, struct sink *out)
{
	const unsigned char *open = in->p++;
	unsigned long cp, lo;

	if (out)
		put(out, '"');
	for (;;) {
		const unsigned char *at = in->p;
		int n;
		if (in->p >= in->end)
			return fail(in, open, "a string without its closing quote");
		if (*in->p == '"') {
			in->p++;
			break;
		}
		if (*in->p < 0x20)
			return fail(in, at, "a control character in a string");
		if (*in->p != '\\') {
			n = utf8_len(in->p, in->end, &cp);
			if (n == 0)
				return fail(in, at, "invalid UTF-8");
			in->p += n;
		} else {
			in->p++;
			switch (in->p < in->end ? *in->p++ : 0) {
			case '"': cp = '"'; break;
			case '\\': cp = '\\'; break;
			case '/': cp = '/'; break;
			case 'b': cp = 0x08; break;
			case 'f': cp = 0x0C; break;
			case 'n': cp = 0x0A; break;
			case 'r': cp = 0x0D; break;
			case 't': cp = 0x09; break;
			case 'u':
				if (hex4(in, &cp) != 0)
					return -1;
				if (cp >= 0xDC00 && cp <= 0xDFFF)
					return fail(in, at, "a lone low surrogate");
				if (cp >= 0xD800 && cp <= 0xDBFF) {
					if (in->end - in->p < 2 || in->p[0] != '\\' ||
					    in->p[1] != 'u')
						return fail(in, at, "a lone high surrogate");
					in->p += 2;
					if (hex4(in, &lo) != 0)
						return -1;
					if (lo < 0xDC00 || lo > 0xDFFF)
						return fail(in, at, "a lone high surrogate");
					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				}
				break;
			default: return fail(in, at, "an unknown escape");
			}
		}
		if (out)
			put_code_point(out, cp);
	}
	if (out)
		put(out, '"');
	return 0;
}

static int digits(struct in *in)
{
	const unsigned char *s = in->p;

	while (in->p < in->end && *in->p >= '0' && *in->p <= '9')
		in->p++;
	return in->p > s ? 0 : fail(in, in->p, "a digit was expected");
}

static int number(struct in *in)
{
	if (*in->p == '-')
		in->p++;
	if (in->p < in->end && *in->p == '0')
		in->p++;
	else if (digits(in) != 0)
		return -1;
	if (in->p < in->end && *in->p == '.') {
		in->p++;
		if (digits(in) != 0)
			return -1;
	}
	if (in->p < in->end && (*in->p == 'e' || *in->p == 'E')) {
		in->p++;
		if (in->p < in->end && (*in->p == '+' || *in->p == '-'))
			in->p++;
		if (digits(in) != 0)
			return -1;
	}
	return 0;
}

static int value(struct in *in, size_t plen, int print, int depth, long *count);

/* Appends an array index or a member name to the path. */
static int extend(struct in *in, size_t plen, long index, const unsigned char *name, size_t *len)
{
	const unsigned char *q;
	int plain = 1, n;

	if (!name) {
		n = snprintf(path + plen, MAX_PATH - plen, "[%ld]", index);
	} else {
		for (q = name + 1; *q != '"'; q++)
			if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '_' ||
			      (q > name + 1 && *q >= '0' && *q <= '9')))
				plain = 0;
		if (q == name + 1)
			plain = 0;
		if (plain) {
			n = snprintf(path + plen, MAX_PATH - plen, "%s%.*s", plen == 1 ? "" : ".",
			             (int)(q - name - 1), (const char *)name + 1);
		} else {
			/* ["name"], the name as a canonical string */
			struct sink sk;
			struct in key = *in;
			sk.f = NULL;
			sk.buf = path + plen + 1;
			sk.cap = MAX_PATH - plen - 2;
			sk.len = 0;
			path[plen] = '[';
			key.p = name;
			string(&key, &sk);
			n = sk.len >= sk.cap ? -1 : (int)sk.len + 2;
			if (n > 0) {
				path[plen + 1 + sk.len] = ']';
				path[plen + 2 + sk.len] = '\0';
			}
		}
	}
	if (n < 0 || plen + (size_t)n >= MAX_PATH - 1)
		return fail(in, name ? name : in->p, "the path is too long");
	*len = plen + (size_t)n;
	return 0;
}

static int container(struct in *in, size_t plen, int print, int depth, long *count)
{
	const unsigned char *open = in->p;
	unsigned char close = *in->p == '[' ? ']' : '}';
	long n = 0;

	if (depth >= MAX_DEPTH)
		return fail(in, in->p, "nested too deep");
	if (print) {
		/* the count first: read it through once without printing */
		long members;
		if (value(in, plen, 0, depth, &members) != 0)
			return -1;
		in->p = open;
		path[plen] = '\0';
		printf("%s\t%s %ld\n", path, close == ']' ? "array" : "object", members);
	}
	in->p++;
	skip_space(in);
	if (in->p < in->end && *in->p == close) {
		in->p++;
		*count = 0;
		return 0;
	}
	for (;;) {
		size_t len = plen;
		const unsigned char *name = NULL;
		skip_space(in);
		if (close == '}') {
			name = in->p;
			if (in->p >= in->end || *in->p != '"')
				return fail(in, in->p, "a member name in quotes was expected");
			if (string(in, NULL) != 0)
				return -1;
			skip_space(in);
			if (in->p >= in->end || *in->p != ':')
				return fail(in, in->p, "':' was expected");
			in->p++;
		}
		if (print && extend(in, plen, n, name, &len) != 0)
			return -1;
		if (value(in, len, print, depth + 1, NULL) != 0)
			return -1;
		n++;
		skip_space(in);
		if (in->p < in->end && *in->p == ',') {
			in->p++;
			continue;
		}
		if (in->p < in->end && *in->p == close) {
			in->p++;
			break;
		}
		return fail(in, in->p,
		            close == ']' ? "',' or ']' was expected" : "',' or '}' was expected");
	}
	if (count)
		*count = n;
	return 0;
}

/* One value at in->p, after blanks; printed at the path's first plen
 * bytes when print is set. */
static int value(struct in *in, size_t plen, int print, int depth, long *count)
{
	static const char *const words[] = { "true", "false", "null" };
	const unsigned char *s;
	size_t i;

	skip_space(in);
	s = in->p;
	if (in->p >= in->end)
		return fail(in, in->p, "a value was expected");
	if (*in->p == '[' || *in->p == '{') {
		long n;
		return container(in, plen, print, depth, count ? count : &n);
	}
	if (*in->p == '"') {
		if (print) {
			path[plen] = '\0';
			printf("%s\t", path);
		}
		struct sink out;
		out.f = stdout;
		if (string(in, print ? &out : NULL) != 0)
			return -1;
		if (print)
			putchar('\n');
		return 0;
	}
	if (*in->p == '-' || (*in->p >= '0' && *in->p <= '9')) {
		if (number(in) != 0)
			return -1;
	} else {
		for (i = 0; i < 3; i++) {
			size_t n = strlen(words[i]);
			if ((size_t)(in->end - in->p) >= n && memcmp(in->p, words[i], n) == 0) {
				in->p += n;
				break;
			}
		}
		if (i == 3)
			return fail(in, in->p, "a value was expected");
	}
	if (print) {
		path[plen] = '\0';
		printf("%s\t%.*s\n", path, (int)(in->p - s), (const char *)s);
	}
	return 0;
}

/* One JSON text in [p, end): checked, then printed at the path's first
 * plen bytes. */
static int text(struct in *in, const unsigned char *p, const unsigned char *end, size_t plen)
{
	in->p = p;
	in->end = end;
	if (value(in, plen, 0, 0, NULL) != 0)
		return -1;
	skip_space(in);
	if (in->p != end)
		return fail(in, in->p, "more after the end of the JSON text");
	in->p = p;
	return value(in, plen, 1, 0, NULL);
}

static unsigned char *slurp(FILE *f, size_t *len)
{
	size_t cap = 1 << 16, n;
	unsigned char *buf = malloc(cap), *more;

	*len = 0;
	while (buf && (n = fread(buf + *len, 1, cap - *len, f)) > 0) {
		*len += n;
		if (*len == cap) {
			more = realloc(buf, cap *= 2);
			if (!more)
				free(buf);
			buf = more;
		}
	}
	if (buf && ferror(f)) {
		free(buf);
		buf = NULL;
	}
	return buf;
}

int main(int argc, char **argv)
{
	struct in in;
	int lines = argc > 1 && strcmp(argv[1], "-l") == 0, rc;
	const char *name = argc > 1 + lines ? argv[1 + lines] : "-";
	FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
	unsigned char *buf;
	size_t len, line = 1;

	if (argc > 2 + lines ||
	    (argc > 1 + lines && argv[1 + lines][0] == '-' && argv[1 + lines][1])) {
		fprintf(stderr, "usage: json [-l] [FILE]\n");
		return 2;
	}
	if (!f || !(buf = slurp(f, &len))) {
		fprintf(stderr, "json: cannot read %s\n", name);
		return 2;
	}
	memset(&in, 0, sizeof in);
	if (!lines) {
		strcpy(path, ".");
		rc = text(&in, buf, buf + len, 1);
	} else {
		const unsigned char *p = buf, *nl;
		rc = 0;
		for (line = 0; rc == 0 && p < buf + len; line++, p = nl + 1) {
			nl = memchr(p, '\n', (size_t)(buf + len - p));
			if (!nl) {
				rc = fail(&in, buf + len, "the last line has no newline");
				break;
			}
			snprintf(path, sizeof path, ".[%lu]", (unsigned long)line);
			rc = text(&in, p, nl, strlen(path));
		}
	}
	if (rc != 0) {
		const unsigned char *q;
		unsigned long ln = 1, col = 1;
		for (q = buf; q < in.at; q++, col++)
			if (*q == '\n') {
				ln++;
				col = 0;
			}
		fprintf(stderr, "json: %s: line %lu, byte %lu: %s\n", name, ln, col, in.err);
		return 1;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "json: cannot write\n");
		return 2;
	}
	free(buf);
	return 0;
}
