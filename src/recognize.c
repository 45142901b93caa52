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

struct phrase {
	const char *text;
	unsigned char len;
	unsigned char kind;          /* 0 message, 1 CamelCase name */
	unsigned char aoff;          /* offset of the first anchor in text */
	unsigned short row;          /* catalogue row */
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

/* 1 when the word w (lower case ASCII) occurs in [s, e), ignoring case. */
static int has_word(const unsigned char *s, const unsigned char *e, const char *w)
{
	size_t n = strlen(w), i;
	const unsigned char *p;

	for (p = s; p + n <= e; p++) {
		if (lower(*p) != (unsigned char)w[0])
			continue;
		for (i = 1; i < n && lower(p[i]) == (unsigned char)w[i]; i++)
			;
		if (i == n)
			return 1;
	}
	return 0;
}

static int has_any(const unsigned char *s, const unsigned char *e, const char *const *words)
{
	for (; *words; words++)
		if (has_word(s, e, *words))
			return 1;
	return 0;
}

/* Words that make a line about sockets: a number there is likely a
 * Winsock code. */
static const char *const socket_words[] = {
	"socket", "winsock", "wsa", "connect", "tcp", "udp", "host", "network",
	"recv", "send", "remote", "peer", "reset", "refused", "timed out",
	"timeout", "getaddrinfo", "dns", "smtp", "pop3", "imap", "mail", NULL
};

/* Words that say "this number is a Winsock error" on their own. */
static const char *const strong_words[] = {
	"winerror", "wsa", "winsock", "socket error", "socketexception",
	"socket exception", "errno", "error number", "error code", "errorcode",
	"err=", "os error", NULL
};

static const char *const medium_words[] = {
	"error", "fail", "exception", "code", NULL
};

/* The word right before a number that makes it something else: a port, an
 * id, a version, a count. */
static const char *const negative_words[] = {
	"port", "pid", "tid", "uid", "id", "line", "row", "user", "version",
	"build", "issue", "ticket", "order", "http", "status", "took", "size",
	"len", "length", "count", "elapsed", "after", "duration", "bytes",
	"item", "page", "offset", "seq", "request", "req", "job", "txn", NULL
};

/* Units after a number: a duration or a size, not an error. */
static const char *const units[] = {
	"ms", "s", "sec", "secs", "second", "seconds", "us", "ns", "min", "mins",
	"minutes", "h", "b", "kb", "mb", "gb", "bytes", "byte", "%", "px", "ops",
	"req", "requests", "rows", "items", "times", "x", NULL
};

/* 1 when the word before p (skipping blanks and one of ":=#") is one of
 * words. */
static int preceded_by(const unsigned char *ls, const unsigned char *p, const char *const *words)
{
	const unsigned char *e, *s;
	size_t n;

	while (p > ls && (p[-1] == ' ' || p[-1] == ':' || p[-1] == '=' || p[-1] == '\t'))
		p--;
	e = p;
	while (p > ls && ((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z'))
		p--;
	s = p;
	n = (size_t)(e - s);
	if (n == 0)
		return 0;
	for (; *words; words++) {
		size_t k;
		if (strlen(*words) != n)
			continue;
		for (k = 0; k < n && lower(s[k]) == (unsigned char)(*words)[k]; k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
}

/* 1 when a unit follows the number that ends at p. */
static int followed_by_unit(const unsigned char *p, const unsigned char *le)
{
	const unsigned char *s, *e;
	const char *const *u;

	while (p < le && *p == ' ')
		p++;
	if (p < le && *p == '%')
		return 1;
	s = p;
	while (p < le && (*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')
		p++;
	e = p;
	if (e == s || (e < le && is_digit(*e)))
		return 0;
	for (u = units; *u; u++) {
		size_t n = strlen(*u), k;
		if ((size_t)(e - s) != n)
			continue;
		for (k = 0; k < n && lower(s[k]) == (unsigned char)(*u)[k]; k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
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
	const unsigned char *ls;     /* the line: [ls, le) */
	const unsigned char *le;
};

/* A decimal Winsock code, 10004..11999, accepted on its context. */
static int eval_decimal(const struct span *sp, const unsigned char *p, struct cand *c)
{
	const unsigned char *ls = sp->ls, *le = sp->le, *e, *left;
	const struct wsaerr_entry *row;
	int value, strong, medium;

	if (p + 5 > le || !is_digit(p[2]) || !is_digit(p[3]) || !is_digit(p[4]) ||
	    (p + 5 < le && is_alnum(p[5])))
		return 0;
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
	if (row == NULL || row->system != WSAERR_SYS_WSA)
		return 0;
	/* host:port, issue #10060 */
	if (p > ls && p[-1] == ':' && p - 1 > ls && (is_alnum(p[-2]) || p[-2] == ']'))
		return 0;
	if (followed_by_unit(e, le) || preceded_by(ls, p, negative_words))
		return 0;
	left = p - ls > 48 ? p - 48 : ls;
	strong = has_any(left, p, strong_words);
	/* "(0x00002745/10053)": the decimal form after the hex one */
	if (p - ls >= 3 && p[-1] == '/' && is_alnum(p[-2]))
		strong = 1;
	medium = has_any(left, p, medium_words) ||
	         (p > ls && (p[-1] == '(' || p[-1] == '[') && e < le &&
	          (*e == ')' || *e == ']' || *e == ':'));
	if (!strong && !(medium && has_any(ls, le, socket_words)))
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
static int eval_hex(const struct span *sp, const unsigned char *p, struct cand *c)
{
	const unsigned char *ls = sp->ls, *le = sp->le, *q = p + 2;
	unsigned long v = 0;
	int digits = 0, d, wsa, evidence, conf, socketish;
	const struct wsaerr_entry *row;

	if (p > ls && is_alnum(p[-1]))
		return 0;
	while (q < le && (d = hex_value(*q)) >= 0) {
		if (digits >= 16 || (v >> 28) != 0)
			return 0;
		v = (v << 4) | (unsigned long)d;
		digits++;
		q++;
	}
	if (digits < 4 || (q < le && is_alnum(*q)))
		return 0;
	socketish = has_any(ls, le, socket_words);
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
	           (socketish || has_any(p - ls > 48 ? p - 48 : ls, p, strong_words) ||
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
static int eval_name(const struct span *sp, const unsigned char *p, struct cand *c)
{
	const unsigned char *ls = sp->ls, *le = sp->le, *q = p;
	const struct name_slot *slot;
	const struct wsaerr_entry *row;
	int wsa;

	if (p > ls && is_alnum(p[-1]))
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
		/* The name must be written in full: "ECONNRESET" may stand for
		 * WSAECONNRESET, but "NO_DATA" alone is not a reference. */
		if (slot->kind == KIND_NTSTATUS) {
			wsa = wsaerr_nt_wsa(slot->target - 1);
		} else {
			row = &entries[slot->target - 1];
			if (p[0] == 'S' || (p[0] != 'W' && p[0] != 'E'))
				return 0;
			if (is_generic(row) && !has_any(ls, le, socket_words))
				return 0;
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
static int eval_winerror(const struct span *sp, const unsigned char *p, struct cand *c)
{
	const unsigned char *s = p - 2, *q;
	int value = 0, digits = 0;
	const struct wsaerr_entry *row;

	if (s < sp->ls || sp->le - s < 10 || memcmp(s, "WinError ", 9) != 0)
		return 0;
	for (q = s + 9; q < sp->le && is_digit(*q) && digits < 6; q++, digits++)
		value = value * 10 + (*q - '0');
	if (digits == 0 || (q < sp->le && is_alnum(*q)) || (row = wsaerr_by_code(value)) == NULL ||
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
static int eval_phrase(const struct span *sp, const unsigned char *p, struct cand *c)
{
	unsigned b = PHRASE_BUCKET(p[0], p + 1 < sp->le ? p[1] : 0);
	unsigned i;
	const struct phrase *best = NULL;
	const unsigned char *best_start = NULL;

	for (i = phrase_bucket[b]; i < phrase_bucket[b + 1]; i++) {
		const struct phrase *ph = &phrases[i];
		const unsigned char *s = p - ph->aoff, *t = (const unsigned char *)ph->text;
		size_t k;
		if (s < sp->ls || s + ph->len > sp->le || (best && ph->len <= best->len))
			continue;
		if (ph->kind == 1) {
			if (memcmp(s, t, ph->len) != 0 || (s > sp->ls && is_alnum(s[-1])) ||
			    (s + ph->len < sp->le && is_alnum(s[ph->len])))
				continue;
		} else {
			for (k = 0; k < ph->len && lower(s[k]) == lower(t[k]); k++)
				;
			if (k < ph->len)
				continue;
			/* a message starts at a word, not inside one */
			if (t[0] < 0x80 && s > sp->ls && ((s[-1] | 0x20) >= 'a' && (s[-1] | 0x20) <= 'z'))
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

static int evaluate(const struct span *sp, const unsigned char *p, struct cand *c)
{
	switch (p[0]) {
	case '1':
		return eval_decimal(sp, p, c);
	case '0':
		return eval_hex(sp, p, c);
	case 'W':
	case 'E':
	case 'S':
		if (p + 1 < sp->le && p[1] >= 'A' && p[1] <= 'Z' && eval_name(sp, p, c))
			return 1;
		break;
	case 'n':
		if (p + 1 < sp->le && p[1] == 'E' && eval_winerror(sp, p, c))
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

static void at_candidate(struct block *bl, size_t pos, struct span *sp, size_t *skip)
{
	struct cand c;
	const unsigned char *p = bl->base + pos;

	if (pos < *skip)
		return;
	if (p >= sp->le) {
		/* a new line: its bounds */
		const unsigned char *s = p;
		while (s > bl->base && s[-1] != '\n')
			s--;
		sp->ls = s;
		sp->le = memchr(p, '\n', bl->n - pos);
		if (sp->le == NULL)
			sp->le = bl->base + bl->n;
	}
	if (evaluate(sp, p, &c)) {
		add_hit(bl, &c, line_of(bl, c.start));
		*skip = c.end;
	}
}

#if defined(__SSE2__)
/* The anchors of src/anchor.h for the 16 positions at p (p[0..17] must be
 * readable), as a bit mask. */
static unsigned anchors16(const unsigned char *p)
{
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

	m = AND(EQ(v0, '1'), OR(EQ(v1, '0'), EQ(v1, '1')));
	m = OR(m, AND(EQ(v0, '0'), EQ(OR(v1, _mm_set1_epi8(0x20)), 'x')));
	m = OR(m, AND(EQ(v0, 'W'), EQ(v1, 'S')));
	m = OR(m, AND(EQ(v0, 'E'), upper1));
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

/* Scans base[0..n), every line of which is complete unless it is the last
 * and the stream goes on (then report_below limits what is reported). */
static void scan_block(struct block *bl)
{
	const unsigned char *b = bl->base;
	size_t n = bl->n, i = 0, skip = 0;
	struct span sp;

	sp.base = b;
	sp.ls = b;
	sp.le = b;   /* empty: the first candidate finds its line */
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
		if (wsaerr_anchor(b[i], i + 1 < n ? b[i + 1] : 0, i + 2 < n ? b[i + 2] : 0))
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
