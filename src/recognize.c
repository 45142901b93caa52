/*
 * The recognizer: finds references to Winsock-related errors in free text
 * and logs. See wsaerr.h for the contract.
 *
 * How: the scanner skips to the next anchor (src/anchor.h; 16 bytes at a
 * time with SSE2 where the compiler has it), and only there looks closer:
 * a decimal code judged by its context, a hex code, an HRESULT or NTSTATUS,
 * a name, a CamelCase runtime name, or a message text from
 * data/messages.def (indexed by anchor at build time). Hits of the same
 * code close together on one line are merged into one. Nothing is
 * allocated: a stream is scanned with a fixed carry buffer in the caller's
 * wsaerr_scanner, complete lines straight from the caller's data.
 */
#include "src/internal.h"
#include "src/anchor.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
/* AVX2, chosen at run time where the compiler can target it. */
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__)) && !defined(WSAERR_NO_AVX2)
#define HAVE_AVX2_DISPATCH 1
#include <immintrin.h>
#endif

struct phrase {
	const char *text;
	unsigned char len;
	unsigned char kind;          /* 0 message, 1 CamelCase name */
	unsigned char aoff;          /* offset of the first anchor in text */
	unsigned short row;          /* catalogue row */
	unsigned key;                /* first 4 bytes (lower case for messages),
	                                little-endian, for a quick reject */
	unsigned tail;               /* the same for the last 4 bytes */
};

/* A set of lower-case ASCII words, searched in one pass: first[c] says
 * which words start with byte c (either case). */
struct words {
	const char *w[33];
	unsigned char len[33];
	unsigned first[256];
};

#include "gen/messages.h"

#define entries wsaerr_entries

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int is_alnum(unsigned char c)
{
	return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}

static unsigned char lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* 1 when one of the words occurs in [s, e), ignoring ASCII case. */
static int has_any_set(const struct words *set, const unsigned char *s, const unsigned char *e)
{
	const unsigned char *p;

	for (p = s; p < e; p++) {
		unsigned m = set->first[*p];
		while (m) {
			unsigned i = (unsigned)__builtin_ctz(m);
			size_t n = set->len[i], k;
			m &= m - 1;
			if (p + n > e)
				continue;
			for (k = 1; k < n && lower(p[k]) == (unsigned char)set->w[i][k]; k++)
				;
			if (k == n)
				return 1;
		}
	}
	return 0;
}

/* 1 when [s, s + n) is one of the words, ignoring ASCII case. */
static int word_is(const struct words *set, const unsigned char *s, size_t n)
{
	unsigned m;

	if (n == 0)
		return 0;
	m = set->first[*s];
	while (m) {
		unsigned i = (unsigned)__builtin_ctz(m);
		size_t k;
		m &= m - 1;
		if (set->len[i] != n)
			continue;
		for (k = 1; k < n && lower(s[k]) == (unsigned char)set->w[i][k]; k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
}

/* 1 when the word before p (skipping blanks and one of ":=#") is a
 * negative word: the number is a port, an id, a version... */
static int preceded_by_negative(const unsigned char *ls, const unsigned char *p)
{
	const unsigned char *e;

	while (p > ls && (p[-1] == ' ' || p[-1] == ':' || p[-1] == '=' || p[-1] == '\t'))
		p--;
	e = p;
	while (p > ls && ((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z'))
		p--;
	return word_is(&set_negative, p, (size_t)(e - p));
}

/* 1 when a unit follows the number that ends at p. */
static int followed_by_unit(const unsigned char *p, const unsigned char *le)
{
	const unsigned char *s;

	while (p < le && *p == ' ')
		p++;
	if (p < le && *p == '%')
		return 1;
	s = p;
	while (p < le && (*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')
		p++;
	if (p < le && is_digit(*p))
		return 0;
	return word_is(&set_unit, s, (size_t)(p - s));
}

/* Generic conditions (bad arguments, memory, file system) are Winsock
 * errors only in a line about sockets. */
static int is_generic(const struct wsaerr_entry *e)
{
	const struct wsaerr_entry *w = &entries[e->wsa_row];
	if (w->code == 10038)
		return 0;   /* "not a socket" is about sockets by definition */
	switch (w->category) {
	case WSAERR_CAT_SUCCESS:
	case WSAERR_CAT_ARGUMENT:
	case WSAERR_CAT_RESOURCES:
	case WSAERR_CAT_SYSTEM:
	case WSAERR_CAT_OVERLAPPED:
		return 1;
	default:
		/* interrupted, would block, in progress: every kind of I/O */
		return w->code == 10004 || w->code == 10035 || w->code == 10036 ||
		       w->code == 10037;
	}
}

/* ------------------------------------------------------------------ */
/* Candidate evaluation                                                */

struct cand {
	size_t start, end;
	int wsa;
	int evidence;
	int confidence;
};

struct span {
	const unsigned char *base;   /* the text, offsets are from here */
	const unsigned char *end;    /* its end */
	const unsigned char *ls;     /* the line: [ls, le), once line() has */
	const unsigned char *le;     /* been called for it */
	const unsigned char *p;      /* the candidate being judged */
};

/* The bounds of the candidate's line, found only when a judgement needs
 * them (most candidates are dismissed without): after the last newline
 * before p, which is at or after the end of the line found before. */
static void line(struct span *sp)
{
	const unsigned char *s, *q;

	if (sp->p >= sp->ls && sp->p < sp->le)
		return;
	/* candidates come in order, so p is after the line found before */
	s = sp->le > sp->base && sp->le < sp->end ? sp->le + 1 : sp->base;
	while ((q = memchr(s, '\n', (size_t)(sp->p - s))) != NULL)
		s = q + 1;
	sp->ls = s;
	sp->le = memchr(sp->p, '\n', (size_t)(sp->end - sp->p));
	if (sp->le == NULL)
		sp->le = sp->end;
}

/* A decimal Winsock code, 10004..11999, accepted on its context. */
static int eval_decimal(struct span *sp, const unsigned char *p, struct cand *c)
{
	const unsigned char *ls, *le, *e, *left;
	const struct wsaerr_entry *row;
	int value, strong, medium;

	/* could_be_code() has seen five digits making a Winsock code, with no
	 * letter or digit after them; the anchor, no digit or '.' before. */
	line(sp);
	ls = sp->ls;
	le = sp->le;
	if (p > ls && (is_alnum(p[-1]) || p[-1] == '.' || p[-1] == '#' ||
	               ((p[-1] == '-' || p[-1] == ',') && p - 1 > ls && is_digit(p[-2]))))
		return 0;
	e = p + 5;
	/* part of a decimal, a time, a range, a version */
	if (e + 1 < le && (*e == '.' || *e == ':' || *e == '-' || *e == ',') && is_digit(e[1]))
		return 0;
	value = (p[0] - '0') * 10000 + (p[1] - '0') * 1000 + (p[2] - '0') * 100 +
	        (p[3] - '0') * 10 + (p[4] - '0');
	row = wsaerr_by_code(value);
	/* host:port, issue #10060 */
	if (p > ls && p[-1] == ':' && p - 1 > ls && (is_alnum(p[-2]) || p[-2] == ']'))
		return 0;
	if (followed_by_unit(e, le) || preceded_by_negative(ls, p))
		return 0;
	left = p - ls > 48 ? p - 48 : ls;
	strong = has_any_set(&set_strong, left, p);
	/* "(0x00002745/10053)": the decimal form after the hex one */
	if (p - ls >= 3 && p[-1] == '/' && is_alnum(p[-2]))
		strong = 1;
	medium = has_any_set(&set_medium, left, p) ||
	         (p > ls && (p[-1] == '(' || p[-1] == '[') && e < le &&
	          (*e == ')' || *e == ']' || *e == ':'));
	if (!strong && !(medium && has_any_set(&set_socket, ls, le)))
		return 0;
	if (!strong && is_generic(row))
		return 0;
	c->wsa = value;
	c->evidence = WSAERR_EV_CODE;
	c->confidence = strong ? 90 : 70;
	c->start = (size_t)(p - sp->base);
	c->end = (size_t)(e - sp->base);
	return 1;
}

static int hex_value(unsigned char ch)
{
	if (is_digit(ch))
		return ch - '0';
	ch = lower(ch);
	return (ch >= 'a' && ch <= 'f') ? ch - 'a' + 10 : -1;
}

/* 0x...: an HRESULT, an NTSTATUS, or a Winsock code in hex. */
static int eval_hex(struct span *sp, const unsigned char *p, struct cand *c)
{
	const unsigned char *ls, *le, *q = p + 2;
	unsigned long v = 0;
	int digits = 0, d, wsa, evidence, conf, socketish;
	const struct wsaerr_entry *row;

	if (p > sp->base && is_alnum(p[-1]))
		return 0;
	line(sp);
	ls = sp->ls;
	le = sp->le;
	while (q < le && (d = hex_value(*q)) >= 0) {
		if (digits >= 16 || (v >> 28) != 0)
			return 0;
		v = (v << 4) | (unsigned long)d;
		digits++;
		q++;
	}
	if (digits < 4 || (q < le && is_alnum(*q)))
		return 0;
	socketish = has_any_set(&set_socket, ls, le);
	if ((v & 0xFFFF0000ul) == 0x80070000ul) {
		wsa = wsaerr_from_hresult(v);
		evidence = WSAERR_EV_HRESULT;
		conf = 90;
	} else if (digits >= 8 && wsaerr_ntstatus_str(v)) {
		wsa = wsaerr_from_ntstatus(v);
		evidence = WSAERR_EV_NTSTATUS;
		conf = 85;
	} else if (digits >= 8 && (v & 0xF0000000ul) == 0xD0000000ul &&
	           wsaerr_ntstatus_str(v & ~0x10000000ul)) {
		wsa = wsaerr_from_hresult(v);
		evidence = WSAERR_EV_HRESULT;
		conf = 85;
	} else if (v >= 10000 && v <= 11999 && (row = wsaerr_by_code((int)v)) != NULL &&
	           row->system == WSAERR_SYS_WSA &&
	           (socketish || has_any_set(&set_strong, p - ls > 48 ? p - 48 : ls, p) ||
	            (q < le && *q == '/'))) {
		wsa = (int)v;
		evidence = WSAERR_EV_HEX;
		conf = 75;
	} else {
		return 0;
	}
	row = wsaerr_by_code(wsa);
	/* An HRESULT wrapping a 100xx/110xx code is Winsock's by its number;
	 * one wrapping a generic Win32 code (87, 995) needs a socket context. */
	if (wsa == WSAERR_NONE || row == NULL || (is_generic(row) && !socketish))
		return 0;
	c->wsa = wsa;
	c->evidence = evidence;
	c->confidence = conf;
	c->start = (size_t)(p - sp->base);
	c->end = (size_t)(q - sp->base);
	return 1;
}

/* A name in capitals: WSAECONNRESET, ECONNREFUSED, EAI_NONAME,
 * ERROR_NETNAME_DELETED, STATUS_CONNECTION_RESET, ENOTFOUND (Node). */
static int eval_name(struct span *sp, const unsigned char *p, struct cand *c)
{
	const unsigned char *q = p, *le = sp->end;
	const struct name_slot *slot;
	const struct wsaerr_entry *row;
	int wsa;

	if (p > sp->base && is_alnum(p[-1]))
		return 0;
	while (q < le && ((*q >= 'A' && *q <= 'Z') || is_digit(*q) || *q == '_'))
		q++;
	if (q < le && is_alnum(*q))
		return 0;
	if (q - p == 9 && memcmp(p, "ENOTFOUND", 9) == 0) {
		/* Node.js: getaddrinfo ENOTFOUND host */
		wsa = 11001;
	} else {
		slot = wsaerr_find_name((const char *)p, (size_t)(q - p));
		if (slot == NULL)
			return 0;
		/* Only W, E and S start a candidate name, so "NO_DATA" alone (a
		 * Winsock name without its prefix) is never taken for one. */
		if (slot->kind == KIND_NTSTATUS) {
			wsa = wsaerr_nt_wsa(slot->target - 1);
		} else {
			row = &entries[slot->target - 1];
			if (is_generic(row)) {
				line(sp);
				if (!has_any_set(&set_socket, sp->ls, sp->le))
					return 0;
			}
			wsa = entries[row->wsa_row].code;
		}
	}
	c->wsa = wsa;
	c->evidence = p[0] == 'W' || p[0] == 'S' || (q - p > 6 && memcmp(p, "ERROR_", 6) == 0)
	              ? WSAERR_EV_NAME : WSAERR_EV_ERRNO_NAME;
	c->confidence = 95;
	c->start = (size_t)(p - sp->base);
	c->end = (size_t)(q - sp->base);
	return 1;
}

/* Python's "[WinError 10054]": any code of the catalogue, Win32 ones too. */
static int eval_winerror(struct span *sp, const unsigned char *p, struct cand *c)
{
	const unsigned char *s = p - 2, *q;
	int value = 0, digits = 0;
	const struct wsaerr_entry *row;

	if (s < sp->base || sp->end - s < 10 || memcmp(s, "WinError ", 9) != 0)
		return 0;
	for (q = s + 9; q < sp->end && is_digit(*q) && digits < 6; q++, digits++)
		value = value * 10 + (*q - '0');
	if (digits == 0 || (q < sp->end && is_alnum(*q)) || (row = wsaerr_by_code(value)) == NULL ||
	    value == 0)
		return 0;
	c->wsa = wsaerr_wsa(row);
	c->evidence = WSAERR_EV_CODE;
	c->confidence = 95;
	c->start = (size_t)(s - sp->base);
	c->end = (size_t)(q - sp->base);
	return 1;
}

/* A message or a CamelCase name of data/messages.def whose anchor is at
 * p; the longest that matches. */
static int eval_phrase(struct span *sp, const unsigned char *p, struct cand *c)
{
	/* No text contains a newline, so a match never crosses a line: the
	 * block's bounds are enough. */
	unsigned b = PHRASE_BUCKET(p[0], p + 1 < sp->end ? p[1] : 0);
	unsigned i;
	const struct phrase *best = NULL;
	const unsigned char *best_start = NULL;

	for (i = phrase_bucket[b]; i < phrase_bucket[b + 1]; i++) {
		const struct phrase *ph = &phrases[i];
		const unsigned char *s = p - ph->aoff, *t = (const unsigned char *)ph->text;
		size_t k;
		unsigned key;
		if (s < sp->base || s + ph->len > sp->end || (best && ph->len <= best->len))
			continue;
		/* the first 4 bytes decide most cases */
		key = (unsigned)(ph->kind ? s[0] : lower(s[0])) |
		      (unsigned)(ph->kind ? s[1] : lower(s[1])) << 8 |
		      (unsigned)(ph->kind ? s[2] : lower(s[2])) << 16 |
		      (unsigned)(ph->kind ? s[3] : lower(s[3])) << 24;
		if (key != ph->key)
			continue;
		s += ph->len - 4;
		key = (unsigned)(ph->kind ? s[0] : lower(s[0])) |
		      (unsigned)(ph->kind ? s[1] : lower(s[1])) << 8 |
		      (unsigned)(ph->kind ? s[2] : lower(s[2])) << 16 |
		      (unsigned)(ph->kind ? s[3] : lower(s[3])) << 24;
		s -= ph->len - 4;
		if (key != ph->tail)
			continue;
		if (ph->kind == 1) {
			if (memcmp(s, t, ph->len) != 0 || (s > sp->base && is_alnum(s[-1])) ||
			    (s + ph->len < sp->end && is_alnum(s[ph->len])))
				continue;
		} else {
			for (k = 0; k < ph->len && lower(s[k]) == lower(t[k]); k++)
				;
			if (k < ph->len)
				continue;
			/* a message starts at a word, not inside one */
			if (t[0] < 0x80 && s > sp->base && ((s[-1] | 0x20) >= 'a' && (s[-1] | 0x20) <= 'z'))
				continue;
		}
		best = ph;
		best_start = s;
	}
	if (best == NULL)
		return 0;
	c->wsa = entries[entries[best->row].wsa_row].code;
	c->evidence = best->kind ? WSAERR_EV_KIND : WSAERR_EV_MESSAGE;
	c->confidence = best->kind ? 80 : 85;
	c->start = (size_t)(best_start - sp->base);
	c->end = (size_t)(best_start + best->len - sp->base);
	return 1;
}

static int evaluate(struct span *sp, const unsigned char *p, struct cand *c)
{
	sp->p = p;
	switch (p[0]) {
	case '1':
		return eval_decimal(sp, p, c);
	case '0':
		return eval_hex(sp, p, c);
	case 'W':
	case 'E':
	case 'S':
		if (p + 1 < sp->end && p[1] >= 'A' && p[1] <= 'Z' && eval_name(sp, p, c))
			return 1;
		break;
	case 'n':
		if (p + 1 < sp->end && p[1] == 'E' && eval_winerror(sp, p, c))
			return 1;
		break;
	default:
		break;
	}
	return eval_phrase(sp, p, c);
}

/* ------------------------------------------------------------------ */
/* Scanning a block of complete text                                   */

#define LINE_HITS 32
#define MERGE_GAP 120

struct block {
	const unsigned char *base;   /* the text */
	size_t n;
	unsigned long long offset;   /* offset of base[0] in the stream */
	unsigned long long line;     /* line number of base[0] */
	size_t counted;              /* newlines counted up to here */
	unsigned long long report_from; /* skip hits starting before this */
	size_t report_below;         /* report only hits starting before this */
	wsaerr_hit_fn fn;
	void *ctx;
	/* hits of the current line, merged before they are reported */
	struct cand pending[LINE_HITS];
	size_t npending;
	unsigned long long pending_line;
	size_t count;
};

static void flush(struct block *bl)
{
	size_t i;

	for (i = 0; i < bl->npending; i++) {
		const struct cand *c = &bl->pending[i];
		wsaerr_hit h;
		if (bl->offset + c->start < bl->report_from || c->start >= bl->report_below)
			continue;
		h.start = bl->offset + c->start;
		h.end = bl->offset + c->end;
		h.line = bl->pending_line;
		h.wsa = c->wsa;
		h.evidence = c->evidence;
		h.confidence = c->confidence;
		bl->count++;
		if (bl->fn)
			bl->fn(bl->ctx, &h, (const char *)bl->base + c->start);
	}
	bl->npending = 0;
}

/* The line number of position pos (1-based). */
static unsigned long long line_of(struct block *bl, size_t pos)
{
	const unsigned char *p = bl->base + bl->counted, *e = bl->base + pos;

	while (p < e && (p = memchr(p, '\n', (size_t)(e - p))) != NULL) {
		bl->line++;
		p++;
	}
	bl->counted = pos;
	return bl->line;
}

static void add_hit(struct block *bl, const struct cand *c, unsigned long long line)
{
	size_t i;

	if (bl->npending && line != bl->pending_line)
		flush(bl);
	bl->pending_line = line;
	/* the same code again close by on the line: one reference */
	for (i = 0; i < bl->npending; i++) {
		struct cand *o = &bl->pending[i];
		if (o->wsa == c->wsa && c->start <= o->end + MERGE_GAP) {
			if (c->confidence > o->confidence ||
			    (c->confidence == o->confidence && c->evidence != o->evidence)) {
				o->evidence = c->confidence > o->confidence ? c->evidence : o->evidence;
				o->confidence = c->confidence > o->confidence ? c->confidence : o->confidence;
			}
			if (o->confidence < 99)
				o->confidence++;
			o->end = c->end > o->end ? c->end : o->end;
			return;
		}
	}
	if (bl->npending == LINE_HITS)
		flush(bl);
	bl->pending[bl->npending++] = *c;
}

/* 1 when the 5 digits at p (inside the block) are a Winsock code: most
 * numbers are not, and they are dismissed before the line is looked at. */
static inline int could_be_code(const struct block *bl, const unsigned char *p)
{
	const unsigned char *end = bl->base + bl->n;
	int value;

	/* p[0] is 1, p[1] 0 or 1, p[2] a digit: the anchor says so */
	if (p + 5 > end || !is_digit(p[3]) || !is_digit(p[4]) || (p + 5 < end && is_alnum(p[5])))
		return 0;
	value = (p[1] - '0') * 1000 + (p[2] - '0') * 100 + (p[3] - '0') * 10 + (p[4] - '0');
	return (wsa_code_bits[value >> 3] >> (value & 7)) & 1;
}

static void at_candidate(struct block *bl, size_t pos, struct span *sp, size_t *skip)
{
	struct cand c;
	const unsigned char *p = bl->base + pos;

	if (pos < *skip || (*p == '1' && !could_be_code(bl, p)))
		return;
	if (evaluate(sp, p, &c)) {
		add_hit(bl, &c, line_of(bl, c.start));
		*skip = c.end;
	}
}

#if defined(__SSE2__)
/* The anchors of src/anchor.h for the 16 positions at p (p[-1..17] must be
 * readable), as a bit mask. */
static unsigned anchors16(const unsigned char *p)
{
	const __m128i vz = _mm_loadu_si128((const __m128i *)(const void *)(p - 1));
	const __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)p);
	const __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
	const __m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)(p + 2));
#define EQ(v, ch) _mm_cmpeq_epi8((v), _mm_set1_epi8((char)(ch)))
#define AND(a, b) _mm_and_si128((a), (b))
#define OR(a, b) _mm_or_si128((a), (b))
	const __m128i upper1 = AND(_mm_cmpgt_epi8(v1, _mm_set1_epi8('A' - 1)),
	                           _mm_cmplt_epi8(v1, _mm_set1_epi8('Z' + 1)));
	const __m128i lower0 = AND(_mm_cmpgt_epi8(v0, _mm_set1_epi8('a' - 1)),
	                           _mm_cmplt_epi8(v0, _mm_set1_epi8('z' + 1)));
	const __m128i lead = _mm_cmpgt_epi8(v0, _mm_set1_epi8((char)0xBF));
	const __m128i neg = _mm_cmplt_epi8(v0, _mm_setzero_si128());
	const __m128i sp1 = EQ(v1, ' ');
	__m128i m;

	const __m128i digit2 = AND(_mm_cmpgt_epi8(v2, _mm_set1_epi8('0' - 1)),
	                           _mm_cmplt_epi8(v2, _mm_set1_epi8('9' + 1)));
	const __m128i digitz = OR(AND(_mm_cmpgt_epi8(vz, _mm_set1_epi8('0' - 1)),
	                              _mm_cmplt_epi8(vz, _mm_set1_epi8('9' + 1))), EQ(vz, '.'));
	const __m128i upper2 = OR(AND(_mm_cmpgt_epi8(v2, _mm_set1_epi8('A' - 1)),
	                              _mm_cmplt_epi8(v2, _mm_set1_epi8('Z' + 1))), EQ(v2, '_'));

	m = _mm_andnot_si128(digitz, AND(AND(EQ(v0, '1'), OR(EQ(v1, '0'), EQ(v1, '1'))), digit2));
	m = OR(m, AND(EQ(v0, '0'), EQ(OR(v1, _mm_set1_epi8(0x20)), 'x')));
	m = OR(m, AND(EQ(v0, 'W'), EQ(v1, 'S')));
	m = OR(m, AND(AND(EQ(v0, 'E'), upper1), upper2));
	m = OR(m, AND(EQ(v0, 'S'), EQ(v1, 'T')));
	m = OR(m, AND(EQ(v0, 'n'), OR(EQ(v1, 'n'), EQ(v1, 'r'))));
	m = OR(m, AND(EQ(v0, 'k'), EQ(v1, 'n')));
	m = OR(m, AND(EQ(v0, 'i'), EQ(v1, 'p')));
	m = OR(m, AND(EQ(v0, 'r'), OR(EQ(v1, 'y'), EQ(v1, 'b'))));
	m = OR(m, AND(EQ(v0, 'w'), EQ(v1, 'n')));
	m = OR(m, AND(EQ(v0, 'q'), EQ(v1, 'u')));
	m = OR(m, AND(EQ(v0, 't'), EQ(v1, 'w')));
	m = OR(m, AND(EQ(v0, 'x'), EQ(v1, 'p')));
	m = OR(m, AND(sp1, OR(OR(AND(EQ(v0, 'd'), EQ(v2, 'o')), AND(EQ(v0, 'y'), EQ(v2, 'i'))),
	                      AND(EQ(v0, 'o'), EQ(v2, 'h')))));
	/* signed: 0xC0..0xFF are -64..-1, i.e. above 0xBF as signed and negative */
	m = OR(m, AND(lead, neg));
	m = OR(m, AND(lower0, upper1));
#undef EQ
#undef AND
#undef OR
	return (unsigned)_mm_movemask_epi8(m);
}
#endif

#if defined(HAVE_AVX2_DISPATCH)
/* The bytes anchors32() compares with, each repeated 32 times, so that the
 * compares read them from memory instead of rebuilding them each round. */
#define R4(c) c, c, c, c
#define R32(c) R4(c), R4(c), R4(c), R4(c), R4(c), R4(c), R4(c), R4(c)
enum {
	K_1,
	K_0,
	K_W,
	K_E,
	K_S,
	K_T,
	K_n,
	K_r,
	K_k,
	K_i,
	K_p,
	K_y,
	K_b,
	K_w,
	K_q,
	K_u,
	K_t,
	K_x,
	K_d,
	K_o,
	K_h,
	K_SP,
	K_DOT,
	K_US,
	K_A1,
	K_Z1,
	K_a1,
	K_z1,
	K_d1,
	K_n1,
	K_BF,
	K_ZERO,
	K_SP20,
	K_COUNT
};
static const unsigned char avx2_k[K_COUNT][32] __attribute__((aligned(32))) = {
	{ R32('1') },
	{ R32('0') },
	{ R32('W') },
	{ R32('E') },
	{ R32('S') },
	{ R32('T') },
	{ R32('n') },
	{ R32('r') },
	{ R32('k') },
	{ R32('i') },
	{ R32('p') },
	{ R32('y') },
	{ R32('b') },
	{ R32('w') },
	{ R32('q') },
	{ R32('u') },
	{ R32('t') },
	{ R32('x') },
	{ R32('d') },
	{ R32('o') },
	{ R32('h') },
	{ R32(' ') },
	{ R32('.') },
	{ R32('_') },
	{ R32((unsigned char)('A' - 1)) },
	{ R32((unsigned char)('Z' + 1)) },
	{ R32((unsigned char)('a' - 1)) },
	{ R32((unsigned char)('z' + 1)) },
	{ R32((unsigned char)('0' - 1)) },
	{ R32((unsigned char)('9' + 1)) },
	{ R32((unsigned char)(0xBF)) },
	{ R32((unsigned char)(0)) },
	{ R32((unsigned char)(0x20)) },
};
#undef R4
#undef R32

/* anchors16() for 32 positions at once (p[-1..33] readable). */
__attribute__((target("avx2"), always_inline)) static inline unsigned anchors32(
	const unsigned char *p, const unsigned char (*kt)[32])
{
	const __m256i vz = _mm256_loadu_si256((const __m256i *)(const void *)(p - 1));
	const __m256i v0 = _mm256_loadu_si256((const __m256i *)(const void *)p);
	const __m256i v1 = _mm256_loadu_si256((const __m256i *)(const void *)(p + 1));
	const __m256i v2 = _mm256_loadu_si256((const __m256i *)(const void *)(p + 2));
#define K(i) _mm256_load_si256((const __m256i *)(const void *)kt[i])
#define EQ(v, i) _mm256_cmpeq_epi8((v), K(i))
#define AND(a, b) _mm256_and_si256((a), (b))
#define OR(a, b) _mm256_or_si256((a), (b))
#define GT(v, i) _mm256_cmpgt_epi8((v), K(i))
#define LT(v, i) _mm256_cmpgt_epi8(K(i), (v))
	const __m256i upper1 = AND(GT(v1, K_A1), LT(v1, K_Z1));
	const __m256i lower0 = AND(GT(v0, K_a1), LT(v0, K_z1));
	const __m256i lead = AND(GT(v0, K_BF), LT(v0, K_ZERO));
	const __m256i sp1 = EQ(v1, K_SP);
	const __m256i digit2 = AND(GT(v2, K_d1), LT(v2, K_n1));
	const __m256i digitz = OR(AND(GT(vz, K_d1), LT(vz, K_n1)), EQ(vz, K_DOT));
	const __m256i upper2 = OR(AND(GT(v2, K_A1), LT(v2, K_Z1)), EQ(v2, K_US));
	__m256i m;

	m = _mm256_andnot_si256(digitz, AND(AND(EQ(v0, K_1), OR(EQ(v1, K_0), EQ(v1, K_1))), digit2));
	m = OR(m, AND(EQ(v0, K_0), EQ(OR(v1, K(K_SP20)), K_x)));
	m = OR(m, AND(EQ(v0, K_W), EQ(v1, K_S)));
	m = OR(m, AND(AND(EQ(v0, K_E), upper1), upper2));
	m = OR(m, AND(EQ(v0, K_S), EQ(v1, K_T)));
	m = OR(m, AND(EQ(v0, K_n), OR(EQ(v1, K_n), EQ(v1, K_r))));
	m = OR(m, AND(EQ(v0, K_k), EQ(v1, K_n)));
	m = OR(m, AND(EQ(v0, K_i), EQ(v1, K_p)));
	m = OR(m, AND(EQ(v0, K_r), OR(EQ(v1, K_y), EQ(v1, K_b))));
	m = OR(m, AND(EQ(v0, K_w), EQ(v1, K_n)));
	m = OR(m, AND(EQ(v0, K_q), EQ(v1, K_u)));
	m = OR(m, AND(EQ(v0, K_t), EQ(v1, K_w)));
	m = OR(m, AND(EQ(v0, K_x), EQ(v1, K_p)));
	m = OR(m, AND(sp1, OR(OR(AND(EQ(v0, K_d), EQ(v2, K_o)), AND(EQ(v0, K_y), EQ(v2, K_i))),
	                      AND(EQ(v0, K_o), EQ(v2, K_h)))));
	m = OR(m, lead);
	m = OR(m, AND(lower0, upper1));
#undef K
#undef EQ
#undef AND
#undef OR
#undef GT
#undef LT
	return (unsigned)_mm256_movemask_epi8(m);
}

/* The AVX2 part of scan_block(): 32 positions at a time from i while 34
 * bytes are left; returns where it stopped. */
__attribute__((target("avx2,popcnt"))) static size_t scan_avx2(struct block *bl, size_t i,
                                                        struct span *sp, size_t *skip)
{
	const unsigned char *b = bl->base;
	size_t n = bl->n;
	const unsigned char (*kt)[32] = avx2_k;
	const __m256i nl = _mm256_set1_epi8('\n');

	/* Hide the table's contents from the optimiser: otherwise it rebuilds
	 * every constant in registers on each round instead of reading it. */
	__asm__("" : "+r"(kt));
	for (; i + 34 <= n; i += 32) {
		unsigned m = anchors32(b + i, kt);
		unsigned lines = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
			_mm256_loadu_si256((const __m256i *)(const void *)(b + i)), nl));
		while (m) {
			unsigned bit = (unsigned)__builtin_ctz(m);
			m &= m - 1;
			/* most numbers are not codes: dismiss them without a call */
			if (b[i + bit] == '1' && !could_be_code(bl, b + i + bit))
				continue;
			at_candidate(bl, i + bit, sp, skip);
		}
		/* Count this block's newlines, the part line_of() has not. */
		if (bl->counted < i)
			line_of(bl, i);
		if (bl->counted < i + 32) {
			if (bl->counted > i)
				lines >>= bl->counted - i;
			bl->line += (unsigned)__builtin_popcount(lines);
			bl->counted = i + 32;
		}
	}
	return i;
}
#endif

/* Scans base[0..n), every line of which is complete unless it is the last
 * and the stream goes on (then report_below limits what is reported). */
static void scan_block(struct block *bl)
{
	const unsigned char *b = bl->base;
	size_t n = bl->n, i = 0, skip = 0;
	struct span sp;

	sp.base = b;
	sp.end = b + n;
	sp.ls = b;
	sp.le = b;   /* empty: the first candidate that needs it finds its line */
	sp.p = b;
	/* The first position goes the scalar way: it has no byte before it. */
	if (n > 0 && wsaerr_anchor(0, b[0], n > 1 ? b[1] : 0, n > 2 ? b[2] : 0))
		at_candidate(bl, 0, &sp, &skip);
	i = 1;
#if defined(HAVE_AVX2_DISPATCH)
	if (__builtin_cpu_supports("avx2"))
		i = scan_avx2(bl, i, &sp, &skip);
#endif
#if defined(__SSE2__)
	for (; i + 18 <= n; i += 16) {
		unsigned m = anchors16(b + i);
		while (m) {
			unsigned bit = (unsigned)__builtin_ctz(m);
			m &= m - 1;
			at_candidate(bl, i + bit, &sp, &skip);
		}
	}
#endif
	for (; i < n; i++)
		if (wsaerr_anchor(b[i - 1], b[i], i + 1 < n ? b[i + 1] : 0, i + 2 < n ? b[i + 2] : 0))
			at_candidate(bl, i, &sp, &skip);
	flush(bl);
	line_of(bl, n);
}

struct collect {
	wsaerr_hit *hits;
	size_t max;
};

static void collect_hit(void *ctx, const wsaerr_hit *hit, const char *match)
{
	struct collect *col = ctx;
	(void)match;
	if (col->max > 0) {
		*col->hits++ = *hit;
		col->max--;
	}
}

size_t wsaerr_recognize(const char *text, size_t len, wsaerr_hit *hits, size_t max)
{
	struct block bl;
	struct collect col;

	if (text == NULL)
		return 0;
	memset(&bl, 0, sizeof bl);
	bl.base = (const unsigned char *)text;
	bl.n = len;
	bl.line = 1;
	bl.report_below = len;
	col.hits = hits;
	col.max = hits ? max : 0;
	bl.fn = collect_hit;
	bl.ctx = &col;
	scan_block(&bl);
	return bl.count;
}

/* ------------------------------------------------------------------ */
/* Streams                                                             */

/* How much of a line that fills the carry buffer is kept for the next
 * window: longer than any match and its left context, so nothing is cut
 * and nothing reported twice. */
#define KEEP 1024
#define SETTLED (WSAERR_SCAN_CARRY - 512)

void wsaerr_scanner_init(wsaerr_scanner *s)
{
	if (s == NULL)
		return;
	memset(s, 0, sizeof *s);
	s->line = 1;
}

static void scan_carry(wsaerr_scanner *s, int complete, wsaerr_hit_fn fn, void *ctx)
{
	struct block bl;

	memset(&bl, 0, sizeof bl);
	bl.base = s->carry;
	bl.n = s->carry_len;
	bl.offset = s->carry_offset;
	bl.line = s->line;
	bl.report_from = s->reported;
	bl.report_below = complete ? s->carry_len : SETTLED;
	bl.fn = fn;
	bl.ctx = ctx;
	scan_block(&bl);
	s->hits += bl.count;
	if (complete) {
		s->line = bl.line;
		s->carry_offset += s->carry_len;
		s->reported = s->carry_offset;
		s->carry_len = 0;
	} else {
		/* A line longer than the buffer: keep its tail and go on. */
		s->reported = s->carry_offset + SETTLED;
		memmove(s->carry, s->carry + s->carry_len - KEEP, KEEP);
		s->carry_offset += s->carry_len - KEEP;
		s->carry_len = KEEP;
	}
}

/* Appends data up to a newline (included) or until the buffer is full. */
static size_t fill_carry(wsaerr_scanner *s, const char *data, size_t len, int *complete)
{
	const char *nl = memchr(data, '\n', len);
	size_t want = nl ? (size_t)(nl - data) + 1 : len;
	size_t room = WSAERR_SCAN_CARRY - s->carry_len;
	size_t take = want < room ? want : room;

	memcpy(s->carry + s->carry_len, data, take);
	s->carry_len += take;
	*complete = nl != NULL && take == want;
	return take;
}

size_t wsaerr_scan(wsaerr_scanner *s, const char *data, size_t len, wsaerr_hit_fn fn, void *ctx)
{
	size_t before, take;
	int complete;
	const char *last;

	if (s == NULL || data == NULL)
		return 0;
	before = s->hits;
	/* Finish the line the carry holds. */
	while (s->carry_len > 0 && len > 0) {
		take = fill_carry(s, data, len, &complete);
		data += take;
		len -= take;
		if (complete)
			scan_carry(s, 1, fn, ctx);
		else if (s->carry_len == WSAERR_SCAN_CARRY)
			scan_carry(s, 0, fn, ctx);
	}
	if (len == 0)
		return s->hits - before;
	/* Whole lines straight from the caller's data. */
	last = len ? data + len : data;
	while (last > data && last[-1] != '\n')
		last--;
	if (last > data) {
		struct block bl;
		memset(&bl, 0, sizeof bl);
		bl.base = (const unsigned char *)data;
		bl.n = (size_t)(last - data);
		bl.offset = s->carry_offset;
		bl.line = s->line;
		bl.report_from = s->reported;
		bl.report_below = bl.n;
		bl.fn = fn;
		bl.ctx = ctx;
		scan_block(&bl);
		s->hits += bl.count;
		s->line = bl.line;
		s->carry_offset += bl.n;
		s->reported = s->carry_offset;
		len -= bl.n;
		data = last;
	}
	/* The start of the next line waits in the carry. */
	while (len > 0) {
		take = fill_carry(s, data, len, &complete);
		data += take;
		len -= take;
		if (s->carry_len == WSAERR_SCAN_CARRY)
			scan_carry(s, 0, fn, ctx);
	}
	return s->hits - before;
}

size_t wsaerr_scan_end(wsaerr_scanner *s, wsaerr_hit_fn fn, void *ctx)
{
	size_t before;

	if (s == NULL)
		return 0;
	before = s->hits;
	if (s->carry_len > 0)
		scan_carry(s, 1, fn, ctx);
	return s->hits - before;
}

unsigned long long wsaerr_scan_lines(const wsaerr_scanner *s)
{
	return s ? s->line : 0;
}

const char *wsaerr_evidence_key(int evidence)
{
	static const char *const keys[] = {
		NULL, "code", "hex", "hresult", "ntstatus", "name", "errno_name", "message", "kind"
	};
	return (evidence >= WSAERR_EV_CODE && evidence <= WSAERR_EV_KIND) ? keys[evidence] : NULL;
}
