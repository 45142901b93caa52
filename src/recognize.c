/*
 * The recognizer: finds references to Winsock-related errors in free text
 * and logs. See wsaerr.h for the contract and docs/recognizer.md for the
 * rules.
 *
 * How: the scanner skips to the next anchor (src/anchor.h; 32 or 16 bytes
 * at a time) and only there looks closer: a decimal code judged by its
 * context, a hex code, an HRESULT or NTSTATUS, a name, or a message of
 * data/recognize/, found through the four folded characters at the anchor
 * (src/fold.h) and compared in both directions from it.
 *
 * Every judgement at an anchor reads at most GUARD bytes on either side of
 * it, and the only state carried from one anchor to the next is where the
 * last hit ended (no anchor before it is looked at), the hits waiting to be
 * merged and caches that do not change any answer. So a stream can be
 * scanned in windows that overlap by 2 * GUARD, and it gives exactly the
 * hits of one pass over the whole text, in time linear in its length.
 */
#include "src/internal.h"
#include "src/anchor.h"
#include "src/fold.h"

#include <string.h>

/* AVX2, chosen at run time where the compiler can target it. */
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__)) && !defined(WSAERR_NO_AVX2)
#define HAVE_AVX2_DISPATCH 1
#include <immintrin.h>
#endif

typedef unsigned long long u64;

/* A message or identifier of data/recognize/, folded (src/fold.h). */
struct phrase {
	unsigned off;                /* its units in phrase_units[] */
	unsigned short len;          /* how many */
	unsigned short row;          /* catalogue row, or PH_VETO */
	unsigned short min_prefix;   /* a match of its start that is cut short */
	unsigned short min_suffix;   /* counts from this many units; len + 1 */
	                             /* when only the whole counts */
	unsigned short min_mid;      /* a part from word to word, anywhere */
	unsigned char flags;         /* PH_* */
	unsigned char exact_len;     /* PH_EXACT: the identifier's bytes, */
	unsigned exact_off;          /* case-sensitive, in phrase_exact[] */
};
#define PH_EXACT 1                   /* an identifier: whole word, exact case */
#define PH_SHORT 4                   /* counts only next to an error word or
                                        after a delimiter */
#define PH_SPECIFIC 8                /* says on its own that it is about
                                        sockets, even for a generic code */
#define PH_EDITS 16                  /* long enough to be found with a word
                                        replaced, added or left out */
#define PH_VETO 0xFFFFu              /* a text that is not an error report */

/* One place a phrase can be found from: the four units at an anchor. */
struct fp {
	unsigned k1, k2, k3; /* the units there, little-endian, 0 past len */
	unsigned kb;         /* the (up to) four units before: the one right
	                        before the anchor in the top byte, 0 where the
	                        phrase starts */
	unsigned short phrase;
	unsigned short k;            /* the unit of the phrase at the anchor */
	unsigned char len;           /* 12, 8 or 4 */
};

/* A set of context words (data/recognize/context.def): lower-case ASCII
 * or UTF-8, in order of their first byte. */
struct words {
	const char *const *w;
	const unsigned char *len;
	const u64 *head;             /* the first eight bytes, little-endian,
	                                0 past the word's end */
	unsigned short first[257];   /* words starting with byte c: [first[c], first[c+1]) */
};

#include "gen/phrases.h"

#define entries wsaerr_entries

/* How far a judgement reads from its anchor. */
#define MAXSPAN 768                  /* a message match, either side */
#define MAXGAP 48                    /* blanks inside a message */
#define CTX 256                      /* the socket words around a code */
#define LEFT 64                      /* the error words before a code */
#define GUARD 1152                   /* >= MAXSPAN + CTX + a character */
#define JUMP 1088                    /* >= MAXSPAN + CTX + 64, <= GUARD */
#define MERGE_GAP 120                /* the same code this close: one hit */
#define MAXHIT 1024                  /* merged hits never grow longer */

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int is_alnum(unsigned char c)
{
	return is_digit(c) || is_alpha(c) || c == '_';
}

/* 1 when [s, e) holds text (ASCII in lower case), in any case. */
static int has_text(const unsigned char *s, const unsigned char *e, const char *text)
{
	size_t n = strlen(text), i;

	for (; (size_t)(e - s) >= n; s++) {
		for (i = 0; i < n && (s[i] | 0x20) == (unsigned char)text[i]; i++)
			;
		if (i == n)
			return 1;
	}
	return 0;
}

static unsigned char lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* Generic conditions (bad arguments, memory, file system, interrupted,
 * would block, in progress) are Winsock errors only in a line about
 * sockets. */
static int is_generic_row(const struct wsaerr_entry *e)
{
	const struct wsaerr_entry *w = &entries[e->wsa_row];
	if (w->code == 10038 || w->code == 10055)
		return 0; /* "not a socket" is about sockets by definition; "no
		             buffer space" (ENOBUFS) is met with sockets */
	switch (w->category) {
	case WSAERR_CAT_SUCCESS:
	case WSAERR_CAT_ARGUMENT:
	case WSAERR_CAT_RESOURCES:
	case WSAERR_CAT_SYSTEM:
	case WSAERR_CAT_OVERLAPPED:
		return 1;
	default:
		return w->code == 10004 || w->code == 10035 || w->code == 10036 ||
		       w->code == 10037;
	}
}

/* The same for a row named by words or an errno name: EACCES and
 * "Permission denied", EOPNOTSUPP and "Operation not supported" are met
 * with files and devices far more often than with sockets (npm's EACCES,
 * "xattrs not supported"), though their numbers, 10013 and 10045, and
 * Windows' own messages are Winsock's. */
static int is_generic_word_row(const struct wsaerr_entry *e)
{
	int code = entries[e->wsa_row].code;

	return is_generic_row(e) || code == 10013 || code == 10045;
}

/* The same for a row reached through an HRESULT or NTSTATUS value v:
 * ENOBUFS is met with sockets, but out of memory (0xC0000017,
 * 0x8007000E) is not, though Windows maps it to WSAENOBUFS too. */
static int is_generic_value(const struct wsaerr_entry *e, unsigned long v)
{
	return is_generic_row(e) || (entries[e->wsa_row].code == 10055 && (v & 0xFFFFu) != 10055);
}

/* 1 when the n bytes at s are the identifier id: exactly, or, for an
 * identifier all in lower case (Erlang's econnrefused), with its first
 * letter a capital, as a title or a sentence starts (Econnrefused). */
static int exact_id(const unsigned char *s, const unsigned char *id, size_t n)
{
	size_t i;

	if (s[0] != id[0]) {
		if (!(id[0] >= 'a' && id[0] <= 'z' && s[0] == id[0] - 32))
			return 0;
		for (i = 1; i < n; i++)
			if (!(id[i] >= 'a' && id[i] <= 'z'))
				return 0;
	}
	return memcmp(s + 1, id + 1, n - 1) == 0;
}

/* ------------------------------------------------------------------ */
/* The scan state                                                      */

/* A hit before merging. */
struct cand {
	u64 start, end, line;
	int wsa, evidence, confidence, system;
	long long value;
};

/* The context words last seen of one set (data/recognize/context.def). */
struct finder {
	u64 s[32], e[32];            /* the last 32 found (a ring) */
	unsigned n;                  /* how many found so far */
};

enum { W_STRONG, W_CODEWORD, W_MEDIUM, W_SOCKET, W_VETO, W_MAIL, W_SETS };

struct engine {
	u64 skip;                    /* no anchor before this is looked at */
	u64 line_pos, line;          /* line number at line_pos */
	struct cand pend[1];         /* the last hit, which may still grow */
	unsigned npend;
	u64 run_start; /* where the run of pend[0]'s code began */
	struct finder words[W_SETS];
	u64 wcur;                    /* context words found up to here: each
	                                byte is searched once for all sets */
	size_t count;                /* hits reported */
	wsaerr_hit_fn fn;
	void *ctx;
	/* the window being judged: stream bytes [base, base + (end - buf)) */
	const unsigned char *buf, *end;
	u64 base;
	u64 anchor;                  /* the anchor being judged */
	u64 nl_scan, nl_last;        /* newlines searched up to nl_scan; the */
	int nl_known;                /* line there starts at nl_last, else */
	u64 nl_clear;                /* there is none in [nl_clear, nl_scan) */
	u64 nx_from, nx_clear;       /* no newline in [nx_from, nx_clear); */
	int nx_pos;                  /* one at nx_clear if nx_pos */
	int at_end;                  /* end is the end of the stream */
};

static const unsigned char *ptr(const struct engine *g, u64 off)
{
	return g->buf + (size_t)(off - g->base);
}

static u64 off_of(const struct engine *g, const unsigned char *p)
{
	return g->base + (u64)(p - g->buf);
}

/* The lowest and highest bytes a judgement at p may read. */
static const unsigned char *lo_of(const struct engine *g, const unsigned char *p)
{
	return (size_t)(p - g->buf) > GUARD ? p - GUARD : g->buf;
}

static const unsigned char *hi_of(const struct engine *g, const unsigned char *p)
{
	return (size_t)(g->end - p) > GUARD ? p + GUARD : g->end;
}

/* The line around p, at most `w` bytes either way. */
static const unsigned char *line_start(const unsigned char *lo, const unsigned char *p, size_t w)
{
	const unsigned char *s = (size_t)(p - lo) > w ? p - w : lo;
	const unsigned char *q = p;

	/* eight bytes at a time while none of them is a newline */
	while (q - s >= 8) {
		unsigned long long v;
		memcpy(&v, q - 8, 8);
		v ^= 0x0A0A0A0A0A0A0A0Aull;
		if (((v - 0x0101010101010101ull) & ~v & 0x8080808080808080ull) != 0)
			break;
		q -= 8;
	}
	while (q > s && q[-1] != '\n')
		q--;
	return q;
}

/* line_start() with what the last call found: the newlines between the
 * anchors are looked for once, not once per judgement (a line dense with
 * codes would otherwise be read back 256 bytes for each). The answer is
 * line_start()'s, exactly. */
static const unsigned char *line_start_at(struct engine *g, const unsigned char *lo,
                                          const unsigned char *p, size_t w)
{
	const unsigned char *s = (size_t)(p - lo) > w ? p - w : lo, *q;
	u64 op = off_of(g, p), os = off_of(g, s), from;

	if (op >= g->nl_scan) {
		/* back to where the last search began, or as far as any
		 * judgement at p may read: every byte is searched once, and a
		 * narrow window now does not hide the line from a wide one
		 * next */
		u64 floor = off_of(g, lo_of(g, p));
		from = g->nl_scan > floor ? g->nl_scan : floor;
		q = line_start(ptr(g, from), p, (size_t)(op - from));
		if (off_of(g, q) > from) {
			g->nl_last = off_of(g, q); /* a newline right before q */
			g->nl_known = 1;
		} else if (from > g->nl_scan) {
			g->nl_known = 0;    /* what lies between is not */
			g->nl_clear = from; /* known: none since from */
		}
		g->nl_scan = op;
	}
	/* no newline in [nl_last, nl_scan), or none in [nl_clear, nl_scan) */
	if (g->nl_known && g->nl_last <= op)
		return g->nl_last > os ? ptr(g, g->nl_last) : s;
	if (!g->nl_known && os >= g->nl_clear && op <= g->nl_scan)
		return s;
	return line_start(lo, p, w);
}

static const unsigned char *line_end(const unsigned char *p, const unsigned char *hi, size_t w)
{
	const unsigned char *e = (size_t)(hi - p) > w ? p + w : hi;
	const unsigned char *q = memchr(p, '\n', (size_t)(e - p));
	return q ? q : e;
}

/* line_end() with what the last call found: the next newline, or that
 * there is none up to a point (the answer is line_end()'s, exactly). */
static const unsigned char *line_end_at(struct engine *g, const unsigned char *p,
                                        const unsigned char *hi, size_t w)
{
	const unsigned char *e = (size_t)(hi - p) > w ? p + w : hi, *q;
	u64 op = off_of(g, p), oe = off_of(g, e), from = op;

	/* no newline in [nx_from, nx_clear); one at nx_clear if nx_pos */
	if (g->nx_from <= op && op <= g->nx_clear) {
		if (g->nx_pos)
			return g->nx_clear < oe ? ptr(g, g->nx_clear) : e;
		if (oe <= g->nx_clear)
			return e;
		from = g->nx_clear;
	} else {
		g->nx_from = op;
	}
	q = memchr(ptr(g, from), '\n', (size_t)(oe - from));
	g->nx_clear = q ? off_of(g, q) : oe;
	g->nx_pos = q != NULL;
	return q ? q : e;
}

#define ONES 0x0101010101010101ull

/* The eight bytes at p, the first lowest. */
static inline u64 load8(const unsigned char *p)
{
	return (u64)p[0] | (u64)p[1] << 8 | (u64)p[2] << 16 | (u64)p[3] << 24 | (u64)p[4] << 32 |
	       (u64)p[5] << 40 | (u64)p[6] << 48 | (u64)p[7] << 56;
}

/* Per byte of v, 0x80 where it is an ASCII capital. */
static inline u64 capitals8(u64 v)
{
	u64 y = v & 0x7F * ONES;

	/* y >= 'A' and y <= 'Z', none above 0x7F */
	return (y + 0x3F * ONES) & ~(y + 0x25 * ONES) & ~v & 0x80 * ONES;
}

/* v with 0x20 added to each byte that is an ASCII capital. */
static inline u64 lower8(u64 v)
{
	return v | capitals8(v) >> 2;
}

/* The (up to) eight bytes at p before end, in lower case, packed as
 * struct words' head: 0 past end. */
static inline u64 head_at(const unsigned char *p, const unsigned char *end)
{
	u64 h = 0;
	size_t k, n;

	if (end - p >= 8) {
		u64 v = load8(p);
		return lower8(v);
	}
	n = (size_t)(end - p);
	for (k = 0; k < n; k++)
		h |= (u64)lower(p[k]) << (8 * k);
	return h;
}

/* The bytes of a word of n bytes that its head holds (head_mask()). */
static const u64 head_masks[9] = { 0,
	                           0xFFull,
	                           0xFFFFull,
	                           0xFFFFFFull,
	                           0xFFFFFFFFull,
	                           0xFFFFFFFFFFull,
	                           0xFFFFFFFFFFFFull,
	                           0xFFFFFFFFFFFFFFull,
	                           ~0ull };

static inline u64 head_mask(size_t n)
{
	return head_masks[n < 8 ? n : 8];
}

/* The length of the word of `set` that starts at p (before end), 0 when
 * none: ASCII case is ignored. h is head_at(p, end). */
static size_t word_at(const struct words *set, const unsigned char *p, const unsigned char *end,
                      u64 h)
{
	unsigned c = (unsigned)(h & 0xFF), i;
	size_t room = (size_t)(end - p);

	for (i = set->first[c]; i < set->first[c + 1]; i++) {
		size_t n = set->len[i], k;
		const unsigned char *w;
		if (((h ^ set->head[i]) & head_mask(n)) != 0 || room < n)
			continue;
		w = (const unsigned char *)set->w[i];
		for (k = 8; k < n && lower(p[k]) == w[k]; k++)
			;
		if (k >= n)
			return n;
	}
	return 0;
}

/* 1 when [p, p + n) is a word of `set`, ASCII case ignored. */
static int word_is(const struct words *set, const unsigned char *p, size_t n)
{
	unsigned c = lower(*p), i;
	u64 h = head_at(p, p + n);

	for (i = set->first[c]; i < set->first[c + 1]; i++) {
		size_t k;
		const unsigned char *w;
		if (set->len[i] != n || ((h ^ set->head[i]) & head_mask(n)) != 0)
			continue;
		w = (const unsigned char *)set->w[i];
		for (k = 8; k < n && lower(p[k]) == w[k]; k++)
			;
		if (k >= n)
			return 1;
	}
	return 0;
}

/* The index of the lowest set bit of m (not 0); of its byte, >> 3. */
static inline unsigned lowest_set(u64 m)
{
#if defined(__GNUC__) || defined(__clang__)
	return (unsigned)__builtin_ctzll(m);
#else
	unsigned i = 0;
	while (!(m & 1)) {
		m >>= 1;
		i++;
	}
	return i;
#endif
}

static const struct words *const word_sets[W_SETS] = { &set_strong, &set_codeword, &set_medium,
	                                               &set_socket, &set_veto,     &set_mail };

/* The sets that may have a word starting at p, by its first two bytes:
 * most word starts have none. */
static inline unsigned sets_at(const struct engine *g, const unsigned char *p)
{
	unsigned m = word_first[*p];

	if (m && p + 1 < g->end)
		m &= word_first2[*p][p[1] & 31];
	return m;
}

/* The context words of every set that start at p (a place where a word
 * starts, m = sets_at(g, p) and not 0), into the finders. */
static void words_at(struct engine *g, const unsigned char *p, unsigned m)
{
	unsigned k;
	u64 h;

	h = head_at(p, g->end);
	for (; m; m &= m - 1) {
		size_t len;
		k = lowest_set(m);
		len = word_at(word_sets[k], p, g->end, h);
		/* a veto word is a word of its own: "api" is not
		 * api.example.net */
		if (len && k == W_VETO && p + len < g->end &&
		    (is_digit(p[len]) || p[len] == '.' || p[len] == '-' ||
		     (is_alpha(p[len]) && !(p[len] >= 'A' && p[len] <= 'Z'))))
			len = 0;
		if (len) {
			struct finder *f = &g->words[k];
			f->s[f->n & 31] = off_of(g, p);
			f->e[f->n & 31] = off_of(g, p) + len;
			f->n++;
		}
	}
}

/* Per byte of v, 0x80 where it is an ASCII letter. */
static inline u64 letters8(u64 v)
{
	u64 x = (v | 0x20 * ONES) & 0x7F * ONES;

	/* x >= 'a' and x <= 'z', none above 0x7F */
	return (x + 0x1F * ONES) & ~(x + 0x05 * ONES) & ~v & 0x80 * ONES;
}

/* Per byte of v, 0x80 where it is an ASCII digit. */
static inline u64 digits8(u64 v)
{
	u64 y = v & 0x7F * ONES;

	/* y >= '0' and y <= '9', none above 0x7F */
	return (y + 0x50 * ONES) & ~(y + 0x46 * ONES) & ~v & 0x80 * ONES;
}

/* Per byte of v, 0x80 where it is a unit of its own (an ASCII letter or
 * digit). */
static inline u64 units8(u64 v)
{
	return letters8(v) | digits8(v);
}

/* Stores v at p, the lowest byte first (load8()'s order). */
static inline void store8(unsigned char *p, u64 v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(p, &v, 8);
#else
	unsigned i;

	for (i = 0; i < 8; i++)
		p[i] = (unsigned char)(v >> (8 * i));
#endif
}

/* Finds the context words that start before e, from where the last
 * search stopped: every byte once, for all sets at once. A judgement
 * reads at most JUMP bytes before its anchor, so what lies before that
 * is passed over. A word starts at a word: "api" is not in "rapid"; a
 * CamelCase hump starts one ("NativeErrorCode"). Eight bytes at a time:
 * the places where a letter follows no letter, a capital follows a small
 * letter, or a byte is not ASCII. */
static void find_words(struct engine *g, const unsigned char *e)
{
	const unsigned char *p;
	u64 prev_alpha = 0, prev_lower = 0;

	if (g->wcur + JUMP < g->anchor)
		g->wcur = g->anchor - JUMP;
	p = ptr(g, g->wcur);
	if (p > g->buf && is_alpha(p[-1])) {
		prev_alpha = 0x80;
		prev_lower = p[-1] >= 'a' ? 0x80 : 0;
	}
	for (; e - p >= 8; p += 8) {
		u64 v = load8(p), al = letters8(v), up = capitals8(v), lo = al & ~up, cand;
		cand = (al & ~(al << 8 | prev_alpha)) | (up & (lo << 8 | prev_lower)) |
		       (v & 0x80 * ONES);
		prev_alpha = al >> 56;
		prev_lower = lo >> 56;
		while (cand) {
			const unsigned char *q = p + (lowest_set(cand) >> 3);
			unsigned m = sets_at(g, q);
			cand &= cand - 1;
			if (m)
				words_at(g, q, m);
		}
	}
	for (; p < e; p++) {
		unsigned m = sets_at(g, p);
		if (m == 0 ||
		    (is_alpha(*p) && p > g->buf && is_alpha(p[-1]) && !(*p <= 'Z' && p[-1] >= 'a')))
			continue;
		words_at(g, p, m);
	}
	if (off_of(g, e) > g->wcur)
		g->wcur = off_of(g, e);
}

/* 1 when a word of set k starts in [s, e) and ends by `stop`, outside
 * [xs, xe). */
static int find_word(struct engine *g, int k, const unsigned char *s, const unsigned char *e,
                     const unsigned char *stop, u64 xs, u64 xe)
{
	const struct finder *f = &g->words[k];
	u64 os = off_of(g, s), oe = off_of(g, e), ostop = off_of(g, stop);
	unsigned i, n;

	find_words(g, e);
	/* newest first: the words were found in order, so the search stops at
	 * the first one that starts before the range */
	n = f->n < 32 ? f->n : 32;
	for (i = 0; i < n; i++) {
		unsigned j = (f->n - 1 - i) & 31;
		u64 ws = f->s[j], we = f->e[j];
		if (ws < os)
			break;
		if (ws < oe && we <= ostop && (we <= xs || ws >= xe))
			return 1;
	}
	return 0;
}

/* 1 when the line around [s, e) speaks of sockets: a socket word within
 * CTX bytes, on the same line, outside [s, e) itself. */
static int socket_context(struct engine *g, const unsigned char *s, const unsigned char *e)
{
	const unsigned char *lo = lo_of(g, s), *hi = hi_of(g, e);
	const unsigned char *ls = line_start_at(g, lo, s, CTX), *le = line_end_at(g, e, hi, CTX);
	return find_word(g, W_SOCKET, ls, le, le, off_of(g, s), off_of(g, e));
}

/* 1 when the line around p names another product's error space (an
 * API's payload, an event log): a code there is not Winsock's. */
static int veto_context(struct engine *g, const unsigned char *p)
{
	const unsigned char *lo = lo_of(g, p), *hi = hi_of(g, p);
	const unsigned char *ls = line_start_at(g, lo, p, CTX), *le = line_end_at(g, p, hi, CTX);
	return find_word(g, W_VETO, ls, le, le, 0, 0);
}

/* ------------------------------------------------------------------ */
/* Decimal codes                                                       */

/* The word right before p (skipping blanks and one of ":=#") is a
 * negative word: the number is a port, an id, a version... */
static int preceded_by_negative(struct engine *g, const unsigned char *ls, const unsigned char *p)
{
	const unsigned char *e;
	int words;

	/* the word before, or the one before a filler ("port is {10013}",
	 * "port number 10054") */
	for (words = 0; words < 2; words++) {
		while (p > ls && (p[-1] == ' ' || p[-1] == ':' || p[-1] == '=' || p[-1] == '\t' ||
		                  p[-1] == '{' || p[-1] == '(' || p[-1] == '[' || p[-1] == '"' ||
		                  p[-1] == '\''))
			p--;
		e = p;
		while (p > ls && is_alpha(p[-1]))
			p--;
		if (e == p)
			return 0;
		if (word_is(&set_negative, p, (size_t)(e - p))) {
			/* "TCP 10061" is a port, "Código de erro TCP 10061" (WCF's
			 * "TCP error code 10061" in Portuguese) is not */
			if (e - p == 3 &&
			    (((p[0] | 0x20) == 't' && (p[1] | 0x20) == 'c') ||
			     ((p[0] | 0x20) == 'u' && (p[1] | 0x20) == 'd')) &&
			    find_word(g, W_CODEWORD, (size_t)(p - ls) > 24 ? p - 24 : ls, p, p, 0,
			              0))
				return 0;
			return 1;
		}
		if (!(e - p == 2 &&
		      ((p[0] | 0x20) == 'i' || (p[0] | 0x20) == 'o' || (p[0] | 0x20) == 'n')) &&
		    !(e - p == 6 && (p[0] | 0x20) == 'n' && (p[1] | 0x20) == 'u'))
			return 0; /* only "is", "of", "no", "number" are passed over */
	}
	return 0;
}

/* p is inside a URL: the blank-free run before it holds "://". */
static int in_url(const unsigned char *lo, const unsigned char *p)
{
	const unsigned char *q = p;

	while (q > lo && p - q < 512 && q[-1] > ' ' && q[-1] != '"' && q[-1] != '\'' &&
	       q[-1] != '<' && q[-1] != '(' && q[-1] != '[') {
		if (q - lo >= 3 && q[-1] == '/' && q[-2] == '/' && q[-3] == ':')
			return 1;
		q--;
	}
	return 0;
}

/* The word that ends at p, glued to the ':' there, is an error word:
 * "system:10054" (Boost.Asio), "error:10061", "errno:10035". */
static int error_word_glued(const unsigned char *lo, const unsigned char *p)
{
	const unsigned char *w = p;

	while (w > lo && p - w < 16 && is_alpha(w[-1]))
		w--;
	if (w == p || (w > lo && is_alnum(w[-1])))
		return 0;
	return word_is(&set_medium, w, (size_t)(p - w)) ||
	       word_is(&set_strong, w, (size_t)(p - w) + 1) ||
	       word_is(&set_strong, w, (size_t)(p - w));
}

/* A unit follows the number that ends at p. */
static int followed_by_unit(const unsigned char *p, const unsigned char *le)
{
	const unsigned char *s;

	while (p < le && *p == ' ')
		p++;
	if (p < le && *p == '%')
		return 1;
	/* a count: "11002 of 11033 files" */
	if (le - p > 3 && (p[0] | 0x20) == 'o' && (p[1] | 0x20) == 'f' && p[2] == ' ' &&
	    is_digit(p[3]))
		return 1;
	s = p;
	while (p < le && is_alpha(*p))
		p++;
	if (p < le && is_digit(*p))
		return 0;
	return p > s && word_is(&set_unit, s, (size_t)(p - s));
}

/* 1 when a hex number written 0x... ends at p. */
static int hex_before(const unsigned char *ls, const unsigned char *p)
{
	const unsigned char *q = p;

	while (q > ls && p - q <= 16 &&
	       (is_digit(q[-1]) || ((q[-1] | 0x20) >= 'a' && (q[-1] | 0x20) <= 'f')))
		q--;
	return q < p && q - ls >= 2 && (q[-1] | 0x20) == 'x' && q[-2] == '0';
}

/* A decimal Winsock code, 10004..11999, accepted on its context. */
static int eval_decimal(struct engine *g, const unsigned char *p, struct cand *c)
{
	const unsigned char *lo = lo_of(g, p), *hi = hi_of(g, p);
	const unsigned char *from = (size_t)(p - lo) > 40 ? p - 40 : lo;
	const unsigned char *e = p + 5, *left, *ls, *le;
	int value, strong, codeword, medium, close;

	/* what is next to the number first: most numbers of a log are
	 * dismissed here, before the line is looked at */
	if (p > lo && (is_alnum(p[-1]) || p[-1] == '.' ||
	               ((p[-1] == '-' || p[-1] == ',') && p - 1 > lo && is_digit(p[-2]))))
		return 0;
	/* in a link: "https://example.com/issues/10054" */
	if (p > lo && (p[-1] == '/' || p[-1] == '=' || p[-1] == '-' || p[-1] == '_') &&
	    in_url(lo, p))
		return 0;
	/* "#10054" is an issue, "Error #10054" and "Error#10054" are not */
	if (p > lo && p[-1] == '#') {
		const unsigned char *w = p - 1;
		while (w > lo && w[-1] == ' ')
			w--;
		if (!error_word_glued(lo, w))
			return 0;
	}
	/* part of a decimal, a time, a range, a version */
	if (e + 1 < hi && (*e == '.' || *e == ':' || *e == '-' || *e == ',') && is_digit(e[1]))
		return 0;
	/* host:port, [::1]:10061, "listening on :10061"; not Boost's
	 * "[system:10061]" nor "error:10054" */
	if (p > lo && p[-1] == ':' &&
	    (p - 1 == lo || p[-2] == '\n' || is_alnum(p[-2]) || p[-2] == ']' || p[-2] == ' ') &&
	    !error_word_glued(lo, p - 1))
		return 0;
	ls = line_start_at(g, from, p, 40);
	le = line_end(e, hi, 24);
	if (followed_by_unit(e, le) || preceded_by_negative(g, ls, p))
		return 0;
	ls = line_start_at(g, lo, p, CTX);
	le = line_end_at(g, p, hi, CTX);
	value = (p[0] - '0') * 10000 + (p[1] - '0') * 1000 + (p[2] - '0') * 100 +
	        (p[3] - '0') * 10 + (p[4] - '0');
	left = (size_t)(p - ls) > LEFT ? p - LEFT : ls;
	strong = find_word(g, W_STRONG, left, p, p, 0, 0);
	/* "(0x00002745/10053)": the decimal form after the hex one */
	if (p - ls >= 3 && p[-1] == '/' && hex_before(ls, p - 1))
		strong = 1;
	codeword = !strong && find_word(g, W_CODEWORD, left, p, p, 0, 0);
	medium = find_word(g, W_MEDIUM, left, p, p, 0, 0);
	/* an error word right before or after: "error 10061", "failed:
	 * 10022", "10013 Bind Error", "MySQL 10061 issue" is not enough */
	close = (medium &&
	         find_word(g, W_MEDIUM, (size_t)(p - ls) > 24 ? p - 24 : ls, p, p, 0, 0)) ||
	        find_word(g, W_MEDIUM, e, (size_t)(le - e) > 24 ? e + 24 : le, le, 0, 0);
	/* "(10061)", "[10055]", and "(10061" where a line is cut */
	if (!medium && p > ls && (p[-1] == '(' || p[-1] == '[') &&
	    (e == le || *e == ')' || *e == ']'))
		medium = 1;
	if (strong) {
		c->confidence = 90;
	} else if (codeword) {
		c->confidence = 85;
	} else if (medium && socket_context(g, p, e)) {
		c->confidence = 70;
	} else if (close) {
		c->confidence = 60;
	} else if (le - ls < 100 &&
	           (medium || find_word(g, W_MEDIUM, e, le, le, 0, 0) || socket_context(g, p, e))) {
		/* a short line, a title: "MySQL 10061 issue" */
		c->confidence = 50;
	} else {
		return 0;
	}
	/* the number is Winsock's by its value, generic condition or not;
	 * only another product's error space says otherwise */
	if (c->confidence < 90 && veto_context(g, p))
		return 0;
	c->wsa = value;
	c->evidence = WSAERR_EV_CODE;
	c->start = off_of(g, p);
	c->end = off_of(g, e);
	return 1;
}

/* The overlapped I/O codes 995..997, which .NET and Windows tools print
 * as numbers ("SocketException (995)" is found by eval_prefixed): only
 * right after an error word or a code label, or with "error" after. */
static int eval_overlapped(struct engine *g, const unsigned char *p, struct cand *c)
{
	const unsigned char *lo = lo_of(g, p), *hi = hi_of(g, p);
	const unsigned char *ls = line_start_at(g, lo, p, CTX), *le = line_end_at(g, p, hi, CTX),
	                    *e = p + 3;

	if ((p > ls && (is_alnum(p[-1]) || p[-1] == '#' || p[-1] == '-')) ||
	    (e < le && (is_alnum(*e) || ((*e == '.' || *e == ',') && e + 1 < le && is_digit(e[1])))))
		return 0;
	if (!find_word(g, W_MEDIUM, (size_t)(p - ls) > 16 ? p - 16 : ls, p, p, 0, 0) &&
	    !find_word(g, W_CODEWORD, (size_t)(p - ls) > 16 ? p - 16 : ls, p, p, 0, 0) &&
	    !find_word(g, W_MEDIUM, e, (size_t)(le - e) > 8 ? e + 8 : le, le, 0, 0))
		return 0;
	if (veto_context(g, p))
		return 0;
	c->wsa = 995 + (p[2] - '5');
	c->evidence = WSAERR_EV_CODE;
	c->confidence = 60;
	c->start = off_of(g, p);
	c->end = off_of(g, e);
	return 1;
}

/* The Win32 codes of socket I/O from 1225 to 1236 (ERROR_CONNECTION_REFUSED
 * to ERROR_CONNECTION_ABORTED) as decimals: "GetLastError() returned
 * 1225", "Win32 error 1236". MySQL numbers its own errors there too
 * (ERROR 1227 (42000): Access denied), so only a word that says Windows
 * (a STRONG word, or win32, windows, system or last error) before it
 * counts, never a plain error word. */
static int eval_win32_socket(struct engine *g, const unsigned char *p, struct cand *c)
{
	static const char *const words[] = { "win32 error",      "windows error", "system error",
		                             "error_connection", "last error",    "lasterror" };
	const unsigned char *lo = lo_of(g, p), *ls, *left;
	const struct wsaerr_entry *row;
	int code = 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0'), ok;
	size_t k;

	if (p > lo && (is_alnum(p[-1]) || p[-1] == '.' || p[-1] == '-' || p[-1] == '#'))
		return 0;
	ls = line_start_at(g, lo, p, CTX);
	left = (size_t)(p - ls) > LEFT ? p - LEFT : ls;
	ok = find_word(g, W_STRONG, left, p, p, 0, 0);
	for (k = 0; !ok && k < sizeof words / sizeof words[0]; k++)
		ok = has_text(left, p, words[k]);
	/* data/win32.def has every code from 1225 to 1236 */
	row = wsaerr_by_code(code);
	if (!ok || row == NULL || row->system != WSAERR_SYS_WIN32 || veto_context(g, p))
		return 0;
	c->wsa = entries[row->wsa_row].code;
	c->evidence = WSAERR_EV_CODE;
	c->confidence = 75;
	c->start = off_of(g, p);
	c->end = off_of(g, p + 4);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Hex codes, HRESULTs, NTSTATUS values                                */

static int hex_value(unsigned char ch)
{
	if (is_digit(ch))
		return ch - '0';
	ch = lower(ch);
	return (ch >= 'a' && ch <= 'f') ? ch - 'a' + 10 : -1;
}

/* A hit of a mail or Internet system (no Winsock code) over [s, e). */
static void mail_cand(const struct engine *g, struct cand *c, int system, long long value,
                      int evidence, int conf, const unsigned char *s, const unsigned char *e)
{
	c->wsa = WSAERR_NONE;
	c->system = system;
	c->value = value;
	c->evidence = evidence;
	c->confidence = conf;
	c->start = off_of(g, s);
	c->end = off_of(g, e);
}

/* 1 when "winhttp", in any case, is in [s, e). */
static int mentions_winhttp(const unsigned char *s, const unsigned char *e)
{
	return has_text(s, e, "winhttp");
}

/* The HRESULT [p, q) wraps Win32 code `code` that has no Winsock twin: a
 * WinINet or WinHTTP error of the catalogue (12001..12192) is a hit of
 * that system, WinHTTP's where the line names WinHTTP or only WinHTTP has
 * the code, else WinINet's (the order wsaerr_parse() reads them in). */
static int eval_internet(struct engine *g, const unsigned char *p, const unsigned char *q,
                         const unsigned char *ls, const unsigned char *le, int code, struct cand *c)
{
	int inet, http;

	if (code < 12000 || code > 12199)
		return 0;
	inet = wsaerr_mail_row(WSAERR_SYS_WININET, code) != NULL;
	http = wsaerr_mail_row(WSAERR_SYS_WINHTTP, code) != NULL;
	if (!inet && !http)
		return 0;
	mail_cand(g, c,
	          http && (!inet || mentions_winhttp(ls, le)) ? WSAERR_SYS_WINHTTP
	                                                      : WSAERR_SYS_WININET,
	          code, WSAERR_EV_HRESULT, 90, p, q);
	return 1;
}

/* 0x...: an HRESULT, an NTSTATUS, or a Winsock code in hex. */
static int eval_hex(struct engine *g, const unsigned char *p, struct cand *c)
{
	const unsigned char *lo = lo_of(g, p), *hi = hi_of(g, p);
	const unsigned char *q = p + 2, *ls, *le;
	unsigned long v = 0;
	int digits = 0, d, wsa, evidence, conf, socketish;
	const struct wsaerr_entry *row;

	if (p > g->buf && is_alnum(p[-1]))
		return 0;
	while (q < hi && (d = hex_value(*q)) >= 0) {
		if (digits >= 16 || (v >> 28) != 0)
			return 0;
		v = (v << 4) | (unsigned long)d;
		digits++;
		q++;
	}
	if (digits < 4 || (q < hi && is_alnum(*q)))
		return 0;
	ls = line_start_at(g, lo, p, CTX);
	le = line_end_at(g, p, hi, CTX);
	socketish = -1; /* looked up when needed */
	if ((v & 0xFFFF0000ul) == 0x80070000ul) {
		wsa = wsaerr_from_hresult(v);
		/* a WinINet or WinHTTP error as an HRESULT: 0x80072EE7 */
		if (wsa == WSAERR_NONE && digits == 8)
			return eval_internet(g, p, q, ls, le, (int)(v & 0xFFFFu), c);
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
	           ((socketish = socket_context(g, p, q)) ||
	            find_word(g, W_STRONG, (size_t)(p - ls) > LEFT ? p - LEFT : ls, p, p, 0, 0) ||
	            find_word(g, W_CODEWORD, (size_t)(p - ls) > LEFT ? p - LEFT : ls, p, p, 0, 0) ||
	            find_word(g, W_MEDIUM, (size_t)(p - ls) > 24 ? p - 24 : ls, p, p, 0, 0) ||
	            (q < le && *q == '/'))) {
		wsa = (int)v;
		evidence = WSAERR_EV_HEX;
		conf = 75;
	} else if (digits == 8 && (v & 0xFFFFFF00ul) == 0x800CCC00ul &&
	           wsaerr_mail_row(WSAERR_SYS_IXP, (int)(v - 0x100000000ll)) != NULL) {
		/* an Outlook transport error, 0x800CCC0E: unambiguous anywhere */
		mail_cand(g, c, WSAERR_SYS_IXP, (long long)v, WSAERR_EV_HRESULT, 90, p, q);
		return 1;
	} else {
		return 0;
	}
	row = wsaerr_by_code(wsa);
	/* An HRESULT wrapping a 100xx/110xx code is Winsock's by its number;
	 * one wrapping a generic Win32 code (87, 995) needs a socket context. */
	if (wsa == WSAERR_NONE || row == NULL ||
	    (is_generic_value(row, v) && !(socketish >= 0 ? socketish : socket_context(g, p, q))))
		return 0;
	c->wsa = wsa;
	c->evidence = evidence;
	c->confidence = conf;
	c->start = off_of(g, p);
	c->end = off_of(g, q);
	return 1;
}

/* An HRESULT written without its 0x, as Windows Update, the Store and
 * some dialogs print it: "Error 80072EFD", "HRESULT: 80072746", "Code
 * 800CCC0E". Eight hex digits of facility 7 (Win32) or 12 (Internet)
 * right after an error or code word. */
static int hresult_value(struct engine *g, unsigned long v, const unsigned char *p,
                         const unsigned char *q, const unsigned char *ls, const unsigned char *le,
                         struct cand *c);
static int error_word_before(struct engine *g, const unsigned char *ls, const unsigned char *p);

static int eval_bare_hex(struct engine *g, const unsigned char *p, struct cand *c)
{
	const unsigned char *lo = lo_of(g, p), *hi = hi_of(g, p), *q = p, *ls, *le;
	unsigned long v = 0;
	int d;

	if (p > lo && (is_alnum(p[-1]) || p[-1] == '.' || p[-1] == '-' || p[-1] == '_'))
		return 0;
	while (q < hi && q - p < 9 && (d = hex_value(*q)) >= 0) {
		v = (v << 4) | (unsigned long)d;
		q++;
	}
	if (q - p != 8 || (q < hi && (is_alnum(*q) || *q == '_')) ||
	    ((v >> 16) != 0x8007ul && (v >> 16) != 0x800Cul))
		return 0;
	ls = line_start_at(g, lo, p, CTX);
	le = line_end_at(g, p, hi, CTX);
	if (!error_word_before(g, ls, p))
		return 0;
	return hresult_value(g, v, p, q, ls, le, c);
}

/* The HRESULT v written at [p, q) after an error or code word, without its
 * 0x (80072EFD) or as .NET prints HResult, a negative decimal
 * (-2147014842): an Outlook transport error, a Winsock code, or a WinINet
 * or WinHTTP error. */
static int hresult_value(struct engine *g, unsigned long v, const unsigned char *p,
                         const unsigned char *q, const unsigned char *ls, const unsigned char *le,
                         struct cand *c)
{
	const struct wsaerr_entry *row;
	int wsa;

	if ((v >> 16) == 0x800Cul) {
		if ((v & 0xFFFFFF00ul) != 0x800CCC00ul ||
		    wsaerr_mail_row(WSAERR_SYS_IXP, (int)(v - 0x100000000ll)) == NULL)
			return 0;
		mail_cand(g, c, WSAERR_SYS_IXP, (long long)v, WSAERR_EV_HRESULT, 85, p, q);
		return 1;
	}
	wsa = wsaerr_from_hresult(v);
	if (wsa == WSAERR_NONE)
		return eval_internet(g, p, q, ls, le, (int)(v & 0xFFFFu), c);
	row = wsaerr_by_code(wsa);
	if (row == NULL || (is_generic_value(row, v) && !socket_context(g, p, q)))
		return 0;
	c->wsa = wsa;
	c->evidence = WSAERR_EV_HRESULT;
	c->confidence = 80;
	c->start = off_of(g, p);
	c->end = off_of(g, q);
	return 1;
}

/* 1 when an error or code word stands before p on its line: a STRONG or
 * CODEWORD word within LEFT bytes, a MEDIUM one within 24. */
static int error_word_before(struct engine *g, const unsigned char *ls, const unsigned char *p)
{
	return find_word(g, W_STRONG, (size_t)(p - ls) > LEFT ? p - LEFT : ls, p, p, 0, 0) ||
	       find_word(g, W_CODEWORD, (size_t)(p - ls) > LEFT ? p - LEFT : ls, p, p, 0, 0) ||
	       find_word(g, W_MEDIUM, (size_t)(p - ls) > 24 ? p - 24 : ls, p, p, 0, 0);
}

/* .NET's HResult as a negative decimal: "HResult=-2147014842" is
 * 0x80072746. p is the 2 after the minus; ten digits, facility 7 or 12. */
static int eval_neg_hresult(struct engine *g, const unsigned char *p, struct cand *c)
{
	const unsigned char *lo = lo_of(g, p), *hi = hi_of(g, p), *q = p, *ls, *le;
	unsigned long long n = 0;
	unsigned long v;

	if (p - 1 <= lo || p[-1] != '-' || is_alnum(p[-2]) || p[-2] == '.')
		return 0;
	while (q < hi && q - p < 11 && is_digit(*q))
		n = n * 10 + (unsigned long long)(*q++ - '0');
	if (q - p != 10 || (q < hi && (is_alnum(*q) || *q == '.')) || n > 0x80000000ull)
		return 0;
	v = (unsigned long)(0x100000000ull - n);
	if ((v >> 16) != 0x8007ul && (v >> 16) != 0x800Cul)
		return 0;
	ls = line_start_at(g, lo, p - 1, CTX);
	le = line_end_at(g, p, hi, CTX);
	if (!error_word_before(g, ls, p - 1))
		return 0;
	return hresult_value(g, v, p - 1, q, ls, le, c);
}

/* OpenSSL 3 packs a system error as 0x80000000 | errno and prints it
 * before "system library": "error:8000274C:system library:BIO_connect"
 * is WSAETIMEDOUT. The anchor is the "sy" of "system library"; only
 * catalogue numbers count (on POSIX the errno values are the system's). */
static int eval_openssl(struct engine *g, const unsigned char *p, struct cand *c)
{
	const unsigned char *lo = lo_of(g, p), *hi = hi_of(g, p), *h = p - 9;
	const struct wsaerr_entry *row;
	unsigned long v = 0;
	int i, d;

	if (hi - p < 14 || memcmp(p, "system library", 14) != 0 || p - lo < 10 || p[-1] != ':' ||
	    (h > lo && is_alnum(h[-1])) || (h[0] != '8'))
		return 0;
	for (i = 0; i < 8; i++) {
		if ((d = hex_value(h[i])) < 0)
			return 0;
		v = (v << 4) | (unsigned long)d;
	}
	v &= 0x7FFFFFFFul;
	if (v < 10000 || v > 11999 || (row = wsaerr_by_code((int)v)) == NULL ||
	    row->system != WSAERR_SYS_WSA)
		return 0;
	c->wsa = (int)v;
	c->evidence = WSAERR_EV_HEX;
	c->confidence = 85;
	c->start = off_of(g, h);
	c->end = off_of(g, p + 14);
	return 1;
}


/* ------------------------------------------------------------------ */
/* Mail: SMTP replies and enhanced status codes                        */

/* What the anchor 2..5 at p (before end) can be: 1 an SMTP reply code of
 * the catalogue (550), 2 an enhanced status code (5.7.1: class 2, 4 or 5,
 * subject 0..7), 0 neither. The byte after the three must be below '0'
 * as a signed char (a blank, a mark, a control, a byte of UTF-8), as the
 * vector paths ask. */
static inline int could_be_mail(const unsigned char *p, const unsigned char *end)
{
	unsigned d1, d2, v;

	if (end - p < 3 || p[0] < '2' || p[0] > '5' || (end - p > 3 && p[3] >= '0' && p[3] < 0x80))
		return 0;
	d1 = (unsigned)p[1] - '0';
	d2 = (unsigned)p[2] - '0';
	if (d1 < 10 && d2 < 10) {
		v = ((unsigned)p[0] - '0') * 100 + d1 * 10 + d2;
		return (smtp_code_bits[v >> 3] >> (v & 7)) & 1;
	}
	return p[1] == '.' && p[0] != '3' && p[2] >= '0' && p[2] <= '7' && end - p > 4 &&
	                       p[3] == '.' && is_digit(p[4])
	               ? 2
	               : 0;
}

/* could_be_mail() where the vector paths found the anchor: p[0] is 2..5
 * and p[3] below '0', and the bytes up to p[4] are there. */
static inline int mail_digits(const unsigned char *p)
{
	unsigned d1 = (unsigned)p[1] - '0', d2 = (unsigned)p[2] - '0', v;

	if (d1 < 10 && d2 < 10) {
		v = ((unsigned)p[0] - '0') * 100 + d1 * 10 + d2;
		return (smtp_code_bits[v >> 3] >> (v & 7)) & 1;
	}
	return p[1] == '.' && d2 < 8 && p[0] != '3' && p[3] == '.' && (unsigned)p[4] - '0' < 10;
}

/* The enhanced status code at p (class.subject.detail, the detail one to
 * three digits), standing alone: its value as wsaerr_lookup() takes it
 * (5.7.1 is 5007001), 0 when there is none; *e is set after it. */
static long long enhanced_at(const unsigned char *p, const unsigned char *hi,
                             const unsigned char **e)
{
	const unsigned char *q = p + 4;
	long long detail = 0;

	if (hi - p < 5 || p[0] < '2' || p[0] > '5' || p[0] == '3' || p[1] != '.' || p[2] < '0' ||
	    p[2] > '7' || p[3] != '.')
		return 0;
	while (q < hi && q - p < 7 && is_digit(*q))
		detail = detail * 10 + (*q++ - '0');
	if (q == p + 4 || (q < hi && (is_alnum(*q) ||
	                              ((*q == '.' || *q == '-') && q + 1 < hi && is_alnum(q[1])))))
		return 0;
	*e = q;
	return (p[0] - '0') * 1000000LL + (p[2] - '0') * 1000LL + detail;
}

/* An SMTP reply of class `cls` ends right before p, with a blank, a '-'
 * or Python's ", b'" between ("550 5.1.1", "550-5.1.1", "(535, b'5.7.8"):
 * where it starts, else NULL. */
static const unsigned char *reply_before(const unsigned char *lo, const unsigned char *p, int cls)
{
	const unsigned char *q = p;

	if (q - lo >= 4 && q[-4] == ',' && q[-3] == ' ' && q[-2] == 'b' &&
	    (q[-1] == '\'' || q[-1] == '"'))
		q -= 4;
	else if (q > lo && (q[-1] == ' ' || q[-1] == '-'))
		q--;
	else
		return NULL;
	if (q > lo && q[-1] == ' ')
		q--;
	if (q - lo < 3 || q[-3] != cls || !is_digit(q[-2]) || !is_digit(q[-1]) ||
	    (q - 3 > lo && (is_alnum(q[-4]) && !(q[-4] == 'n' && q - 4 > lo && q[-5] == '\\'))))
		return NULL;
	return q - 3;
}

/* 1 when the enhanced code of the reply at p follows it: "550 5.1.1",
 * "550-5.1.1", "(535, b'5.7.8". */
static int enhanced_after(const unsigned char *p, const unsigned char *hi)
{
	const unsigned char *q = p + 3, *e;

	if (hi - q >= 4 && q[0] == ',' && q[1] == ' ' && q[2] == 'b' &&
	    (q[3] == '\'' || q[3] == '"'))
		q += 4;
	else if (q < hi && (*q == ' ' || *q == '-'))
		q++;
	else
		return 0;
	if (q < hi && *q == ' ')
		q++;
	return q < hi && *q == p[0] && enhanced_at(q, hi, &e) != 0;
}

/* 1 when the byte before p (blanks passed over) puts a value there, as
 * mail programs and MTAs print replies: after a label's ':' or '=', a
 * quote, a bracket, the arrows of a transcript ("<<< 554", ">>553"), the
 * start of a line or of "\n" written out, a REPLY word ("said 550",
 * "returned 550") or an error word ("error 550"). */
static int reply_position(struct engine *g, const unsigned char *ls, const unsigned char *p)
{
	const unsigned char *q = p;

	while (q > ls && (q[-1] == ' ' || q[-1] == '\t'))
		q--;
	if (q == ls)
		return 1;
	switch (q[-1]) {
	case ':':
	case ';':
	case '=':
	case '\'':
	case '"':
	case '(':
	case '[':
	case ']':
	case ')':
	case '>':
	case ',':
	case '`':
	case '*': return 1;
	case 'n': return q - ls >= 2 && q[-2] == '\\';
	case '<':
		/* "<<< 554" (OpenSMTPD), "< 250": not "size<500" */
		return q - 1 == ls || q[-2] == '<' || q[-2] == ' ';
	default: break;
	}
	/* quotes and brackets of other scripts: ’ ‘ “ ” « 「 and the full-width
	 * colon */
	if (q - ls >= 3 && q[-3] == 0xE2 && q[-2] == 0x80 &&
	    (q[-1] == 0x98 || q[-1] == 0x99 || q[-1] == 0x9C || q[-1] == 0x9D))
		return 1;
	if ((q - ls >= 2 && q[-2] == 0xC2 && q[-1] == 0xAB) ||
	    (q - ls >= 3 && q[-3] == 0xE3 && q[-2] == 0x80 && q[-1] == 0x8C) ||
	    (q - ls >= 3 && q[-3] == 0xEF && q[-2] == 0xBC && q[-1] == 0x9A))
		return 1;
	/* "said 550", "returned 550", "error 550" */
	{
		const unsigned char *w = q;
		while (w > ls && q - w < 16 && is_alpha(w[-1]))
			w--;
		if (w < q && (w == ls || !is_alnum(w[-1])) &&
		    word_is(&set_reply, w, (size_t)(q - w)))
			return 1;
	}
	return q < p && find_word(g, W_MEDIUM, (size_t)(q - ls) > 16 ? q - 16 : ls, q, q, 0, 0);
}

/* "Status:" at the start of the line, then p: the field of a delivery
 * status notification (RFC 3464 section 2.3.4). */
static int dsn_status(struct engine *g, const unsigned char *lo, const unsigned char *p)
{
	const unsigned char *q = p, *ls = line_start_at(g, lo, p, 16);
	static const char label[] = "status:";
	size_t k;

	if (q > ls && q[-1] == ' ')
		q--;
	if (q - ls != 7)
		return 0;
	for (k = 0; k < 7; k++)
		if ((ls[k] | (ls[k] >= 'A' ? 0x20 : 0)) != (unsigned char)label[k])
			return 0;
	return 1;
}

/* An SMTP reply (550) or an enhanced status code (5.7.1) at p. A reply
 * counts followed by an enhanced code of its class; else, and an enhanced
 * code not after its reply, only in an SMTP context: a MAIL word on the
 * line and a place where a reply is written. A three-digit number
 * elsewhere (HTTP 404, a port, a count) never does. */
static int eval_mail(struct engine *g, const unsigned char *p, struct cand *c)
{
	const unsigned char *lo = lo_of(g, p), *hi = hi_of(g, p), *ls, *le, *e;
	int kind = could_be_mail(p, g->end), conf;
	long long value;

	if (kind == 0)
		return 0;
	/* glued to a word or a number: "A550", "1,550", "x-550", "#451" (an
	 * anchor in a link), "/550"; not "\n550" written out */
	if (p > lo &&
	    (is_alnum(p[-1]) || p[-1] == '#' || p[-1] == '/' || p[-1] == '@' || p[-1] == '+' ||
	     p[-1] == '$' || p[-1] == '%' || p[-1] == '&' ||
	     ((p[-1] == '-' || p[-1] == ',') && p - 1 > lo && is_alnum(p[-2]))) &&
	    !(p[-1] == 'n' && p - 1 > lo && p[-2] == '\\') && p[-1] != '#' &&
	    !(kind == 2 && p[-1] == '-'))
		return 0;
	/* '#' before: Exchange's "#550 5.1.1" and "#5.0.0", qmail's "(#5.7.1)",
	 * not an anchor in a link ("DOC-1369#451") */
	if (p > lo && p[-1] == '#' && p - 1 > lo && is_alnum(p[-2]))
		return 0;
	if (kind == 1) {
		e = p + 3;
		value = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
		if (enhanced_after(p, hi)) {
			mail_cand(g, c, WSAERR_SYS_SMTP, value, WSAERR_EV_CODE, 90, p, e);
			return 1;
		}
		/* a decimal, a range, a time: "550.5", "550-560", "550,000" */
		if (e + 1 < hi && (*e == '.' || *e == ',' || *e == '-' || *e == ':') &&
		    is_digit(e[1]))
			return 0;
		conf = 80;
	} else {
		const unsigned char *r;
		value = enhanced_at(p, hi, &e);
		if (value == 0)
			return 0;
		if ((r = reply_before(lo, p, p[0])) != NULL) {
			mail_cand(g, c, WSAERR_SYS_ENHANCED, value, WSAERR_EV_CODE, 90, p, e);
			return 1;
		}
		/* Postfix's and sendmail's "dsn=5.1.1", qmail's "(#5.7.1)",
		 * Exchange's "#5.0.0", a DSN's "Status: 5.1.1" (RFC 3464) */
		if ((p - lo >= 4 && (p[-4] | 0x20) == 'd' && (p[-3] | 0x20) == 's' &&
		     (p[-2] | 0x20) == 'n' && (p[-1] == '=' || p[-1] == ':')) ||
		    (p > lo && p[-1] == '#') || dsn_status(g, lo, p)) {
			mail_cand(g, c, WSAERR_SYS_ENHANCED, value, WSAERR_EV_CODE, 85, p, e);
			return 1;
		}
		if (p > lo && p[-1] == '-')
			return 0;
		conf = 75;
	}
	ls = line_start_at(g, lo, p, CTX);
	le = line_end_at(g, p, hi, CTX);
	if (!reply_position(g, ls, p) || followed_by_unit(e, line_end(e, hi, 24)) ||
	    preceded_by_negative(g, line_start_at(g, (size_t)(p - lo) > 40 ? p - 40 : lo, p, 40),
	                         p) ||
	    !find_word(g, W_MAIL, ls, le, le, off_of(g, p), off_of(g, e)))
		return 0;
	mail_cand(g, c, kind == 1 ? WSAERR_SYS_SMTP : WSAERR_SYS_ENHANCED, value, WSAERR_EV_CODE,
	          conf, p, e);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Names                                                               */

/* The row an errno or EAI_ name written at p leads to, or NULL. */
static const struct wsaerr_entry *errno_row(const unsigned char *p, size_t n)
{
	const struct errno_name *e;

	for (e = errno_names; e->name; e++)
		if (e->len == n && memcmp(e->name, p, n) == 0)
			return &entries[e->row];
	return NULL;
}

/* A name: WSAECONNRESET (WSA names in any case), ECONNREFUSED, EAI_NONAME,
 * ERROR_NETNAME_DELETED, STATUS_CONNECTION_RESET, ENOTFOUND (Node), also
 * glued to a number as some logs print them (WSAEDISCON10101). Returns 1
 * for a hit, 0 for none, -1 for a name judged and set aside (a generic
 * condition on a line that is not about sockets). */
/* 1 when [p, e) holds a lower-case ASCII letter */
static int has_lower(const unsigned char *p, const unsigned char *e)
{
	for (; p < e; p++)
		if (*p >= 'a' && *p <= 'z')
			return 1;
	return 0;
}

/* 1 when a and b (any case) differ by at most one letter changed, added
 * or left out; n, m their lengths. */
static int one_edit(const unsigned char *a, size_t n, const char *b, size_t m)
{
	size_t i = 0, j = 0, d = 0;

	/* no early test of the lengths: the count below is at least |n - m| */
	while (i < n && j < m) {
		if ((a[i] | 0x20) == ((unsigned char)b[j] | 0x20)) {
			i++;
			j++;
			continue;
		}
		if (++d > 1)
			return 0;
		if (n > m)
			i++;
		else if (m > n)
			j++;
		else {
			i++;
			j++;
		}
	}
	return d + (n - i) + (m - j) <= 1;
}

/* The Winsock row whose WSA name the n bytes at p miss by one letter
 * (WSAETIMEOUT, WSANOTINITIALIZED), when exactly one does; NULL else.
 * Names of 9 letters or more only, so that a short word is never taken. */
static const struct wsaerr_entry *near_wsa_name(const unsigned char *p, size_t n)
{
	const struct wsaerr_entry *found = NULL;
	size_t i, m;
	unsigned mask = 0, x;

	if (n < 9 || n > 32)
		return NULL;
	/* the letters of the name, as gen made near_masks[] (all else, _ or
	 * a digit, one bit) */
	for (i = 0; i < n; i++) {
		unsigned char ch = p[i] | 0x20;
		mask |= ch >= 'a' && ch <= 'z' ? 1u << (ch - 'a') : 1u << 26;
	}
	/* the names of n - 1, n and n + 1 letters (gen's table by length);
	 * one letter off, the two have the same letters but two at most */
	for (m = n - 1; m <= n + 1; m++)
		for (i = near_first[m]; i < near_first[m + 1]; i++) {
			const struct wsaerr_entry *e;
			x = mask ^ near_masks[i];
			x &= x - 1;
			if ((x & (x - 1)) != 0)
				continue;
			e = &entries[near_rows[i]];
			/* both start with WSA (in any case): the rest decides */
			if (!one_edit(p + 3, n - 3, e->name + 3, m - 3))
				continue;
			if (found && found->code != e->code)
				return NULL; /* two names as near: say nothing */
			found = e;
		}
	return found;
}

static int eval_name(struct engine *g, const unsigned char *p, struct cand *c)
{
	const unsigned char *q = p, *hi = hi_of(g, p), *name_end;
	const struct name_slot *slot;
	const struct wsaerr_entry *row;
	int wsa, wsa_prefix = (p[0] | 0x20) == 'w';

	/* a name at a word's start, or after libuv's UV_ (UV_ECONNRESET) */
	if (p > g->buf && is_alnum(p[-1]) &&
	    !(p[-1] == '_' && p - g->buf >= 3 && (p[-2] | 0x20) == 'v' && (p[-3] | 0x20) == 'u' &&
	      p[0] == 'E' && (p - g->buf == 3 || !is_alnum(p[-4]))))
		return 0;
	if (wsa_prefix) {
		/* any case, but it must be WSA and a name */
		if (hi - p < 6 || (p[2] | 0x20) != 'a')
			return 0;
		while (q < hi && q - p <= 64 && is_alnum(*q))
			q++;
	} else {
		while (q < hi && q - p <= 64 && ((*q >= 'A' && *q <= 'Z') || is_digit(*q) || *q == '_'))
			q++;
	}
	if (q - p > 64 || (q < hi && is_alnum(*q)))
		return 0;
	name_end = q;
	/* WSAEDISCON10101: the name and its number glued */
	while (name_end > p && is_digit(name_end[-1]))
		name_end--;
	/* a WSA name must keep its prefix: "WSA" then a name */
	if (name_end - p < (wsa_prefix ? 7 : 4))
		return 0;
	if (name_end - p == 9 && memcmp(p, "ENOTFOUND", 9) == 0) {
		/* Node.js: getaddrinfo ENOTFOUND host */
		wsa = 11001;
	} else {
		slot = wsaerr_find_name((const char *)p, (size_t)(name_end - p));
		/* WSAWOULDBLOCK, WSACONNRESET: the E left out, in capitals
		 * (WSAShutdown is a function name, misremembered) */
		if (slot == NULL && wsa_prefix && (p[3] | 0x20) != 'e' && name_end - p < 60 &&
		    !has_lower(p + 3, name_end)) {
			char fixed[64];
			memcpy(fixed, p, 3);
			fixed[3] = 'E';
			memcpy(fixed + 4, p + 3, (size_t)(name_end - p) - 3);
			slot = wsaerr_find_name(fixed, (size_t)(name_end - p) + 1);
		}
		if (slot == NULL && wsa_prefix) {
			/* WSAETIMEOUT, WSANOTINITIALIZED: one letter off a WSA name,
			 * in capitals (WSAShutdown is a function, misremembered) */
			const struct wsaerr_entry *typo =
			        has_lower(p + 3, name_end)
			                ? NULL
			                : near_wsa_name(p, (size_t)(name_end - p));
			if (typo == NULL)
				return 0;
			c->wsa = typo->code;
			c->evidence = WSAERR_EV_NAME;
			c->confidence = 75;
			c->start = off_of(g, p);
			c->end = off_of(g, q);
			return 1;
		}
		if (slot == NULL)
			return 0;
		if (slot->kind == KIND_NTSTATUS) {
			/* WSASTATUS_...: no name, with or without an E added */
			if (wsa_prefix)
				return 0;
			wsa = wsaerr_nt_wsa(slot->target - 1);
		} else {
			row = &entries[slot->target - 1];
			/* an errno name of its own (EINPROGRESS is WSAEWOULDBLOCK's) */
			if (p[0] == 'E' && slot->kind == KIND_ROW) {
				const struct wsaerr_entry *er = errno_row(p,
				                                          (size_t)(name_end - p));
				if (er)
					row = er;
			}
			/* WSAEINVAL names Winsock; ERROR_INVALID_PARAMETER or
			 * EINVAL alone may not */
			if (!wsa_prefix && memcmp(p, "ERROR_", 6) != 0 &&
			    is_generic_word_row(row) && !socket_context(g, p, q))
				return -1; /* a name, of a generic condition: decided */
			wsa = entries[row->wsa_row].code;
		}
	}
	c->wsa = wsa;
	c->evidence = wsa_prefix || p[0] == 'S' || (q - p > 6 && memcmp(p, "ERROR_", 6) == 0)
	              ? WSAERR_EV_NAME : WSAERR_EV_ERRNO_NAME;
	c->confidence = 95;
	c->start = off_of(g, p);
	c->end = off_of(g, q);
	return 1;
}

/* Words after which a number is an error code of the catalogue, Win32
 * ones included: Python's "[WinError 10054]", .NET's "SocketException
 * (995)" and "SocketError 996", "WSAGetLastError() = 10035". */
static const char *const code_prefixes[] = {
	"WinError", "SocketException", "SocketError", "SocketErrorCode", "WSAGetLastError",
	"ConnectionResetError", "ConnectionRefusedError", "ConnectionAbortedError", "OSError",
	"TimeoutError", "BrokenPipeError", NULL
};

/* The anchor at p lies in a word of code_prefixes followed by a number. */
static int eval_prefixed(struct engine *g, const unsigned char *p, struct cand *c)
{
	const unsigned char *lo = lo_of(g, p), *hi = hi_of(g, p), *s = p, *w, *q;
	const struct wsaerr_entry *row;
	const char *const *k;
	int value = 0, digits = 0;

	while (s > lo && s > p - 24 && is_alpha(s[-1]))
		s--;
	if (s > lo && is_alnum(s[-1]))
		return 0;
	for (w = s; w < hi && is_alpha(*w); w++)
		;
	for (k = code_prefixes; *k; k++)
		if (strlen(*k) == (size_t)(w - s) && memcmp(*k, s, (size_t)(w - s)) == 0)
			break;
	if (*k == NULL)
		return 0;
	/* "WinError 10054", "WinError10049", "SocketException (995)",
	 * "WSAGetLastError() = 10035", "SocketError: 996" */
	for (q = w; q < hi && q - w < 6 && (*q == ' ' || *q == '(' || *q == ')' || *q == ':' ||
	                                    *q == '=' || *q == '#'); q++)
		;
	for (; q < hi && is_digit(*q) && digits < 6; q++, digits++)
		value = value * 10 + (*q - '0');
	if (digits == 0 || (q < hi && (is_alnum(*q) || *q == '.')) || value == 0 ||
	    (row = wsaerr_by_code(value)) == NULL)
		return 0;
	c->wsa = wsaerr_wsa(row);
	c->evidence = WSAERR_EV_CODE;
	c->confidence = 95;
	c->start = off_of(g, s);
	c->end = off_of(g, q);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Messages and identifiers                                            */

/* The first four units from p (fewer at the end), packed little-endian,
 * and whether the character at p can anchor a message at all. */
#define FWD 12 /* units compared before a full match */

/* Where units_at() stopped: it goes on from there for more units. */
struct ucur {
	const unsigned char *p;
	size_t n, gap;
};

/* The first `want` units from c->p (fewer where the text ends or a long
 * gap comes), into u, going on from where the last call on c stopped (c
 * starts as { p, 0, 0 }): returns how many, 0 when fewer than 4. */
static size_t units_at(struct ucur *c, const unsigned char *hi, unsigned char *u, size_t want)
{
	const unsigned char *p = c->p;
	size_t n = c->n, gap = c->gap;

	while (n < want && p < hi) {
		size_t k, len;
		/* a run of ASCII letters and digits, eight bytes at a time (u
		 * has room for eight past want) */
		if (hi - p >= 8) {
			u64 v = load8(p), not_unit = ~units8(v) & 0x80 * ONES;
			if (!(not_unit & 0x80)) {
				k = not_unit ? lowest_set(not_unit) >> 3 : 8;
				if (k > want - n)
					k = want - n;
				store8(u + n, lower8(v));
				n += k;
				p += k;
				gap = 0;
				continue;
			}
		}
		len = wsaerr_fold(p, hi, u + n, &k);
		if (k == 0) {
			if (n == 0 || (gap += len) > MAXGAP)
				break;
		} else {
			n += k;
			gap = 0;
		}
		p += len;
	}
	c->p = p;
	c->n = n;
	c->gap = gap;
	return n >= 4 ? (n > want ? want : n) : 0;
}

/* The (up to) four units right before p, into the end of u: returns how
 * many (fewer where the text starts, or a long gap comes). */
static size_t units_before(const struct engine *g, const unsigned char *p, unsigned char *u)
{
	const unsigned char *lo = lo_of(g, p);
	unsigned char v[4];
	size_t n = 0, k, gap = 0;

	while (n < 4 && p > lo) {
		const unsigned char *q = wsaerr_char_before(lo, p);
		wsaerr_fold(q, p, v, &k);
		if (k == 0) {
			if ((gap += (size_t)(p - q)) > MAXGAP)
				break;
		} else {
			if (n + k > 4)
				break;
			size_t j;
			/* one unit (ASCII) on its own: gcc made the loop a call
			 * to memcpy, even of none */
			if (k == 1)
				u[3 - n] = v[0];
			else
				for (j = 0; j < k; j++)
					u[4 - n - k + j] = v[j];
			n += k;
			gap = 0;
		}
		p = q;
	}
	return n;
}

/* 1 when the n units at a and b are the same. */
static int same_units(const unsigned char *a, const unsigned char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

/* Matches the units of a phrase forward from text t and unit *i, as far
 * as they agree (blanks between them are passed over): returns how many
 * units matched, and leaves *t at the first character that did not match
 * and *last after the last one that did. */
static size_t fwd_exact(const unsigned char *units, size_t len, const unsigned char **t,
                        const unsigned char *hi, size_t *i, const unsigned char **last)
{
	unsigned char u[4];
	size_t gap = 0, n, matched = 0;

	while (*i < len && *t < hi) {
		size_t clen = wsaerr_fold(*t, hi, u, &n);
		if (n == 0) {
			if ((gap += clen) > MAXGAP)
				break;
		} else {
			if (*i + n > len || u[0] != units[*i] ||
			    (n > 1 && !same_units(u + 1, units + *i + 1, n - 1)))
				break;
			*i += n;
			matched += n;
			gap = 0;
			*last = *t + clen;
		}
		*t += clen;
	}
	return matched;
}

/* The start of the next word after the one at t (at most 24 bytes of it,
 * then at most MAXGAP bytes of blanks), or NULL. */
static const unsigned char *next_word(const unsigned char *t, const unsigned char *hi)
{
	unsigned char u[4];
	size_t n, k = 0;

	while (t < hi && k <= 24) {
		size_t clen = wsaerr_fold(t, hi, u, &n);
		if (n == 0)
			break;
		t += clen;
		k += clen;
	}
	if (k > 24)
		return NULL;
	for (k = 0; t < hi; k++) {
		size_t clen = wsaerr_fold(t, hi, u, &n);
		if (n != 0)
			return t;
		if (k > MAXGAP)
			return NULL;
		t += clen;
	}
	return NULL;
}

/* The start of the word the character at t is in (at most 24 bytes back). */
static const unsigned char *word_start(const unsigned char *lo, const unsigned char *t)
{
	unsigned char u[4];
	size_t n, k = 0;

	/* ASCII letters and digits first: each a character of one unit */
	while (k < 24 && t > lo && t[-1] < 0x80 && is_alnum(t[-1])) {
		t--;
		k++;
	}
	for (; t > lo && k < 24; k++) {
		const unsigned char *q = wsaerr_char_before(lo, t);
		wsaerr_fold(q, t, u, &n);
		if (n == 0)
			break;
		t = q;
	}
	return t;
}

static int is_ws(const struct phrase *ph, size_t i)
{
	return i < ph->len && ((phrase_ws[(ph->off + i) >> 3] >> ((ph->off + i) & 7)) & 1);
}

/* The first unit of the word after the one unit i is in, or len. */
static size_t next_ws(const struct phrase *ph, size_t i)
{
	for (i++; i < ph->len && !is_ws(ph, i); i++)
		;
	return i;
}

static size_t this_ws(const struct phrase *ph, size_t i)
{
	while (i > 0 && !is_ws(ph, i))
		i--;
	return i;
}

/* 1 when the text word at t starts with the same 4 units as the phrase
 * word (n units), or with all of the shorter of the two minus one. */
static int similar(const unsigned char *w, size_t n, const unsigned char *t, const unsigned char *hi)
{
	unsigned char u[4];
	size_t k = 0, un, tlen = 0;
	const unsigned char *q = t;

	while (q < hi && k < n) {
		size_t clen = wsaerr_fold(q, hi, u, &un);
		if (un != 1 || u[0] != w[k])
			break;
		k++;
		q += clen;
	}
	/* the text word's length (up to 32) decides only two or three
	 * units alike */
	if (k >= 4 || k < 2)
		return k >= 4;
	for (q = t, un = 1; q < hi && tlen < 32 && un != 0;) {
		q += wsaerr_fold(q, hi, u, &un);
		tlen += un != 0;
	}
	return k + 1 >= (n < tlen ? n : tlen);
}

/* 1 when the text word at t (its folded units) is the phrase word w (n
 * units) with one letter added, left out, replaced or swapped with the
 * next: "ooperation", "wwas", "unreachble", "refernces". Words of four
 * units or more only. */
static int near_word(const unsigned char *w, size_t n, const unsigned char *t,
                     const unsigned char *hi)
{
	unsigned char x[26], u[4];
	size_t m = 0, un, a = 0, b = 0, diff = 0;

	if (n < 4 || n > 24)
		return 0;
	while (t < hi && m < sizeof x - 4) {
		size_t clen = wsaerr_fold(t, hi, u, &un);
		if (un == 0)
			break;
		x[m] = u[0];
		if (un > 1)
			memcpy(x + m + 1, u + 1, un - 1);
		m += un;
		t += clen;
	}
	if (n < 4 || m < 4 || n > 24 || m > 24 || (n > m ? n - m : m - n) > 1)
		return 0;
	if (n == m) {
		size_t first = n;
		for (a = 0; a < n; a++)
			if (w[a] != x[a] && diff++ == 0)
				first = a;
		return diff <= 1 || (diff == 2 && first + 1 < n && w[first] == x[first + 1] &&
		                     w[first + 1] == x[first]);
	}
	/* one unit more on one side: skip it once */
	while (a < n && b < m) {
		if (w[a] == x[b]) {
			a++;
			b++;
		} else if (diff++ > 0) {
			return 0;
		} else if (n > m) {
			a++;
		} else {
			b++;
		}
	}
	return 1;
}

/* How many units match forward from text t and unit i, up to 8: the
 * lookahead that judges an edit. */
static size_t peek(const unsigned char *units, size_t len, const unsigned char *t,
                   const unsigned char *hi, size_t i)
{
	const unsigned char *last = t;
	size_t lim = i + 8 < len ? i + 8 : len;
	return t ? fwd_exact(units, lim, &t, hi, &i, &last) : 0;
}

/* How many units match backward, up to 8, from text t and unit i. */
static size_t bwd_peek(const unsigned char *units, size_t i, const unsigned char *lo,
                       const unsigned char *t)
{
	unsigned char u[4];
	size_t n, m = 0, gap = 0;

	while (i > 0 && t > lo && m < 8) {
		const unsigned char *q = wsaerr_char_before(lo, t);
		wsaerr_fold(q, t, u, &n);
		if (n == 0) {
			if ((gap += (size_t)(t - q)) > MAXGAP)
				break;
		} else {
			if (n > i || !same_units(u, units + i - n, n))
				break;
			i -= n;
			m += n;
			gap = 0;
		}
		t = q;
	}
	return m;
}

/* How far phrase ph, whose unit k is at p, matches the text: units
 * [*from, *to) of it, between the bytes *s and *e, with *edits words
 * replaced, added or left out on the way (a long message only: "Connect
 * reset by peer", "the target machine activity refused it",
 * "Requested address not valid in its context"). */
/* The text folded forward from an anchor once, for all the phrases found
 * there: each unit, the character it comes from, and where the folding
 * stopped (the end of the text, a long gap, or a full buffer). */
#define FC 48
struct fwdcache {
	int ready, full, stopped;
	size_t n, gap;
	unsigned char u[FC + 4];
	const unsigned char *cs[FC + 4], *ce[FC + 4];
	const unsigned char *t; /* where the folding goes on */
};

/* Folds on until fc holds `want` units, or the text stops (its end, a
 * long gap) or the buffer is full. */
static void fill_fwd(struct fwdcache *fc, const unsigned char *hi, size_t want)
{
	unsigned char u[4];
	size_t n, j;
	const unsigned char *t = fc->t;

	while (fc->n < want) {
		size_t clen;
		if (t >= hi) {
			fc->stopped = 1;
			break;
		}
		clen = wsaerr_fold(t, hi, u, &n);
		if (n == 0) {
			if ((fc->gap += clen) > MAXGAP) {
				fc->stopped = 1;
				break;
			}
		} else {
			if (fc->n + n > FC) {
				fc->full = 1;
				break;
			}
			/* the first unit on its own: gcc makes a loop of one or
			 * two bytes a call to memcpy, and reading u as a word
			 * right after fold wrote one byte of it stalls */
			fc->u[fc->n] = u[0];
			for (j = 1; j < n; j++)
				fc->u[fc->n + j] = u[j];
			for (j = 0; j < n; j++) {
				fc->cs[fc->n + j] = t;
				fc->ce[fc->n + j] = t + clen;
			}
			fc->n += n;
			fc->gap = 0;
		}
		t += clen;
	}
	fc->t = t;
}

/* fwd_exact() from the anchor (text p, unit k of the phrase), with the
 * folding done once in fc for all the phrases found there. */
static void fwd_cached(struct fwdcache *fc, const unsigned char *units, size_t len,
                       const unsigned char *p, const unsigned char *hi, const unsigned char **t,
                       size_t *i, const unsigned char **last)
{
	size_t m = 0, k = *i;

	if (!fc->ready) {
		fc->ready = 1;
		fc->n = fc->gap = 0;
		fc->full = fc->stopped = 0;
		fc->t = p;
	}
	for (;;) {
		/* eight units at once while both have them */
		while (m + 8 <= fc->n && k + m + 8 <= len) {
			u64 a, b;
			memcpy(&a, fc->u + m, 8);
			memcpy(&b, units + k + m, 8);
			if (a != b)
				break;
			m += 8;
		}
		while (m < fc->n && k + m < len && fc->u[m] == units[k + m])
			m++;
		if (m < fc->n || k + m >= len || fc->full || fc->stopped)
			break;
		/* no more than this phrase needs: most end a few units on */
		fill_fwd(fc, hi, len - k < fc->n + 16 ? len - k : fc->n + 16);
	}
	/* a character matches whole or not at all */
	if (m < fc->n && m > 0 && fc->cs[m] == fc->cs[m - 1])
		while (m > 0 && fc->cs[m - 1] == fc->cs[m])
			m--;
	*i = k + m;
	*last = m ? fc->ce[m - 1] : p;
	if (k + m >= len) {
		*t = *last;
	} else if (m < fc->n) {
		*t = fc->cs[m];
	} else if (fc->full) {
		*t = *last;
		fwd_exact(units, len, t, hi, i, last);
	} else {
		*t = fc->t;
	}
}

static void extend(const struct engine *g, const struct phrase *ph, size_t k,
                   const unsigned char *p, size_t *from, size_t *to, const unsigned char **s,
                   const unsigned char **e, int *edits, struct fwdcache *fc)
{
	const unsigned char *units = phrase_units + ph->off;
	const unsigned char *lo = (size_t)(p - g->buf) > MAXSPAN ? p - MAXSPAN : g->buf;
	const unsigned char *hi = (size_t)(g->end - p) > MAXSPAN ? p + MAXSPAN : g->end;
	const unsigned char *t = p, *last = p;
	unsigned char u[4];
	size_t i = k, gap = 0, n;
	int budget = !(ph->flags & PH_EDITS) ? 0 : ph->len >= 40 ? 2 : 1;

	*edits = 0;
	for (;;) {
		const unsigned char *tw, *tn = NULL;
		size_t wi, wn, best = 0, si = 0, ii = 0, di = 0;
		int choice = 0;
		if (t == p && i == k)
			fwd_cached(fc, units, ph->len, p, hi, &t, &i, &last);
		else
			fwd_exact(units, ph->len, &t, hi, &i, &last);
		if (i >= ph->len || t >= hi || *edits >= budget || units[i] >= 0x80)
			break;
		/* replace the word, add one, or leave one out: whichever lets
		 * the most of what follows match */
		tw = word_start(lo, t);
		wi = this_ws(ph, i);
		wn = next_ws(ph, i);
		if (wn - wi > 12)
			break;
		if (i > wi) {
			/* inside a word of the phrase: a word much like it
			 * (Connect|ion, activ|ity for activ|ely), or the same word
			 * misspelt (oo|peration) */
			tn = tw == t ? t : next_word(t, hi);
			if (wn == ph->len && near_word(units + wi, wn - wi, tw, hi)) {
				choice = 4; /* the last word, misspelt */
				best = 4;
			} else if ((i - wi >= 4 || near_word(units + wi, wn - wi, tw, hi)) &&
			           wn < ph->len && (si = peek(units, ph->len, tn, hi, wn)) > best) {
				best = si;
				choice = 1;
			}
		} else if (tw < t) {
			/* the text's word goes on (Connections for Connection) */
			tn = next_word(t, hi);
			if (t - tw >= 4 && (si = peek(units, ph->len, tn, hi, i)) > best) {
				best = si;
				choice = 2;
			}
		} else {
			/* a word replaced by one much like it, or a short word
			 * added or left out */
			tn = next_word(t, hi);
			if (wn == ph->len && near_word(units + i, wn - i, t, hi)) {
				choice = 4;
				best = 4;
				tw = t;
			} else if (wn < ph->len &&
			           (similar(units + i, wn - i, t, hi) ||
			            near_word(units + i, wn - i, t, hi)) &&
			           (si = peek(units, ph->len, tn, hi, wn)) > best) {
				best = si;
				choice = 1;
			}
			/* a word added or left out: a short one, or a longer one
			 * when more of what follows matches */
			if (tn && (ii = peek(units, ph->len, tn, hi, i)) > best &&
			    (tn - t <= 5 || ii >= 8)) {
				best = ii;
				choice = 2;
			}
			if (wn < ph->len && (di = peek(units, ph->len, t, hi, wn)) > best &&
			    (wn - i <= 4 || di >= 8)) {
				best = di;
				choice = 3;
			}
		}
		if (best < 4)
			break;
		if (choice == 4) {
			/* the phrase ends with the text's word */
			unsigned char v[4];
			size_t vn;
			t = tw;
			while (t < hi) {
				size_t clen = wsaerr_fold(t, hi, v, &vn);
				if (vn == 0)
					break;
				t += clen;
			}
			last = t;
			i = ph->len;
			++*edits;
			break;
		}
		t = choice == 3 ? t : tn;
		i = choice == 2 ? i : wn;
		++*edits;
	}
	*to = i;
	*e = last;
	t = p;
	i = k;
	gap = 0;
	last = p;
	while (i > 0 && t > lo) {
		const unsigned char *q = wsaerr_char_before(lo, t);
		wsaerr_fold(q, t, u, &n);
		if (n == 0) {
			if ((gap += (size_t)(t - q)) > MAXGAP)
				break;
			t = q;
			continue;
		}
		if (n <= i && u[0] == units[i - n] &&
		    (n == 1 || same_units(u + 1, units + i - n + 1, n - 1))) {
			i -= n;
			gap = 0;
			last = q;
			t = q;
			continue;
		}
		/* a mismatch where a word of the text and one of the phrase both
		 * end: the text's word replaces the phrase's (Connect for
		 * Connection, activity for actively), is one too many (a short
		 * one), or the phrase's is left out (a short one: "The" of "The
		 * requested address") */
		/* inside a word: the text's word is the phrase's misspelt
		 * ("ooperation", "transpoort") */
		if (*edits < budget && units[i - 1] < 0x80 && !(gap > 0 && is_ws(ph, i))) {
			/* the phrase's word that the text's word holds: the one
			 * that starts at i when the text's word goes on before it */
			size_t at = gap == 0 && is_ws(ph, i) ? i : i - 1;
			size_t pw0 = this_ws(ph, at), pw1 = next_ws(ph, at);
			const unsigned char *tw0 = word_start(lo, t);
			if (near_word(units + pw0, pw1 - pw0, tw0, hi)) {
				i = pw0;
				t = last = tw0;
				gap = 0;
				++*edits;
				continue;
			}
		}
		if (*edits < budget && gap > 0 && is_ws(ph, i) && units[i - 1] < 0x80) {
			const unsigned char *tws = word_start(lo, t);
			size_t wi = this_ws(ph, i - 1);
			if (i - wi <= 12 && (similar(units + wi, i - wi, tws, t) ||
			                     near_word(units + wi, i - wi, tws, t))) {
				i = wi;
				t = last = tws;
				gap = 0;
				++*edits;
				continue;
			}
			if (t - tws <= 5 && bwd_peek(units, i, lo, tws) >= 4) {
				t = tws;
				++*edits;
				continue;
			}
			/* a word left out: a short one, or a longer one when more
			 * of what comes before matches ("the semaphore timeout has
			 * expired") */
			/* the first word of the text, only when a long part is
			 * left ("The" of "The requested address...", not "Need"
			 * of "Need destination address" nor "Item" of "Item is
			 * not available locally") */
			size_t before = wi > 0 && i - wi <= 12 ? bwd_peek(units, wi, lo, t) : 0;
			if ((i - wi <= 4 && (wi == 0 ? *to - i >= 32 : before >= 4)) ||
			    (i - wi <= 12 && wi > 0 && before >= 8)) {
				i = wi;
				++*edits;
				continue;
			}
		}
		break;
	}
	*from = i;
	*s = last;
}

/* A short text ("Timed out", "Try again") counts after a delimiter
 * ("port 443: Timed out", "(Host is down)") or next to an error word
 * ("Errno 64 Host is down", "`Broken pipe` errors"). */
static int short_context(struct engine *g, const unsigned char *s, const unsigned char *e)
{
	const unsigned char *lo = lo_of(g, s), *hi = hi_of(g, e), *q = s, *t = e, *ls, *le;

	/* a Winsock word right before: "SocketError.TimedOut", "Errno 64 Host
	 * is down"; an error word right after: "TryAgain error" */
	ls = line_start_at(g, lo, s, 12);
	le = line_end(e, hi, 4);
	if (find_word(g, W_STRONG, ls, s, s, 0, 0) ||
	    find_word(g, W_MEDIUM, e, le, le + 8 < hi ? le + 8 : hi, 0, 0))
		return 1;
	/* else it must end a clause: "Timed out waiting for device" is not one */
	while (t < hi && (*t == ' ' || *t == '\r'))
		t++;
	if (t < hi && (is_alnum(*t) || *t >= 0x80))
		return 0;
	/* after a delimiter: "port 443: Timed out", "(Host is down)" */
	ls = line_start_at(g, lo, s, 32);
	while (q > ls && q[-1] == ' ')
		q--;
	if (q > ls && (q[-1] == ':' || q[-1] == '(' || q[-1] == '[' || q[-1] == '"' ||
	               q[-1] == '\'' || q[-1] == '=' || q[-1] == '`' || q[-1] == '>' || q[-1] == ','))
		return 1;
	if (q == ls && (t == hi || *t == '\n'))
		return 1;   /* a line of its own */
	/* or after an error word: "failed with Connection refused" */
	ls = line_start_at(g, lo, s, 12);
	return find_word(g, W_MEDIUM, ls, s, s, 0, 0);
}

/* Where the number `code` stands right before s ("995 The I/O operation
 * has been aborted", "10054: An existing connection") or right after e
 * ("An existing connection was forcibly (10054)"), with at most a few
 * marks between: its first or last digit; else NULL. */
#define AGREE_MIN 16
#define MID_MIN \
	32                   /* units of a part that neither starts
                                        nor ends the message */                 /* units of a message start next to its number */
static const unsigned char *number_next_to(const struct engine *g, const unsigned char *s,
                                           const unsigned char *e, int code)
{
	const unsigned char *lo = lo_of(g, s), *hi = hi_of(g, e), *q = s, *d;
	int v = 0, n = 0;

	while (q > lo && s - q < 4 &&
	       (q[-1] == ' ' || q[-1] == ':' || q[-1] == '-' || q[-1] == ')' || q[-1] == ']' ||
	        q[-1] == '='))
		q--;
	for (d = q; d > lo && q - d < 6 && is_digit(d[-1]); d--)
		;
	if (d < q && q - d <= 5 && (d == lo || !is_alnum(d[-1]))) {
		const unsigned char *t;
		for (t = d; t < q; t++)
			v = v * 10 + (*t - '0');
		if (v == code)
			return d;
	}
	q = e;
	while (q < hi && q - e < 4 &&
	       (*q == ' ' || *q == '(' || *q == '[' || *q == ':' || *q == '-'))
		q++;
	for (d = q; d < hi && n < 6 && is_digit(*d); d++, n++)
		;
	if (n == 0 || n > 5 || (d < hi && is_alnum(*d)))
		return NULL;
	for (v = 0; q < d; q++)
		v = v * 10 + (*q - '0');
	return v == code ? d - 1 : NULL;
}

/* Three lists of places of one bucket, merged in fps' order. */
struct cursor {
	const unsigned short *list[3];
	unsigned at[3], end[3], head[3]; /* head: list[at], or NO_PLACE past end */
};

#define NO_PLACE 0x10000u

static void cursor_head(struct cursor *cu, unsigned k)
{
	cu->head[k] = cu->at[k] < cu->end[k] ? cu->list[k][cu->at[k]] : NO_PLACE;
}

/* After place i of bucket b (hash h), for a text with four units before
 * the anchor (before, packed as struct fp's kb), the lists of the places
 * that can still match: those with no unit before them to compare, those
 * at a phrase's second to fourth unit whose unit right before is the
 * text's, and the others whose four units before are the text's. Taken
 * only when they are much shorter than the `left` places of the bucket
 * after i; returns 1 then. */
static int places_before(struct cursor *cu, unsigned b, unsigned h, unsigned before, unsigned i,
                         unsigned left)
{
	unsigned k, key1 = wsaerr_fp_hash_before(h, before >> 24) >> (32 - FP_BITS);
	unsigned key2 = wsaerr_fp_hash_before(h, before) >> (32 - FP_BITS);
	unsigned n = (unsigned)(fp_a_bucket[b + 1] - fp_a_bucket[b]) +
	             (unsigned)(fp_b_bucket[key1 + 1] - fp_b_bucket[key1]) +
	             (unsigned)(fp_b_bucket[key2 + 1] - fp_b_bucket[key2]);

	if (n + 8 > left)
		return 0;
	cu->list[0] = fp_a;
	cu->at[0] = fp_a_bucket[b];
	cu->end[0] = fp_a_bucket[b + 1];
	cu->list[1] = cu->list[2] = fp_b;
	cu->at[1] = fp_b_bucket[key1];
	cu->end[1] = fp_b_bucket[key1 + 1];
	/* the two keys may share a bucket: it is read once */
	cu->at[2] = fp_b_bucket[key2];
	cu->end[2] = key2 == key1 ? cu->at[2] : fp_b_bucket[key2 + 1];
	for (k = 0; k < 3; k++) {
		while (cu->at[k] < cu->end[k] && cu->list[k][cu->at[k]] <= i)
			cu->at[k]++;
		cursor_head(cu, k);
	}
	return 1;
}

/* The next place to read, 0 when none is left. */
static inline int next_place(struct cursor *cu, unsigned *i)
{
	unsigned k;

	k = cu->head[0] <= cu->head[1] ? 0 : 1;
	k = cu->head[k] <= cu->head[2] ? k : 2;
	if (cu->head[k] == NO_PLACE)
		return 0;
	*i = cu->head[k];
	cu->at[k]++;
	cursor_head(cu, k);
	return 1;
}

/* The phrases that can be found from the anchor at p; the longest whole
 * match, else the longest part that is long enough. */
static int eval_phrase(struct engine *g, const unsigned char *p, struct cand *c)
{
	const unsigned char *hi = hi_of(g, p);
	const struct phrase *best = NULL;
	const unsigned char *bs = NULL, *be = NULL, *text_end = NULL;
	size_t best_units = 0, nu;
	int best_whole = 0;
	unsigned k1, k2, k3, b, i, L;
	u64 v;
	unsigned char fu[FWD + 8] = { 0 }, bu[4] = { 0 };
	unsigned before = 0; /* bu, packed as struct fp's kb */
	int nb = -1;
	struct fwdcache fc;
	struct ucur uc;

	fc.ready = 0;

	if (p[0] >= 0x80) {
		/* a translated message: only the characters gen marked */
		unsigned long cp;
		unsigned char u[4];
		size_t n;
		wsaerr_utf8_get(p, hi, &cp);
		n = wsaerr_fold_cp(cp, u);
		if (n == 0)
			return 0;
		/* the key gen marked: the folded character, or the character
		 * itself when it folds to ASCII (é, ş) */
		if (u[0] >= 0x80)
			wsaerr_utf8_get(u, u + n, &cp);
		if (!((anchor_chars[(cp & 0xFFFF) >> 3] >> (cp & 7)) & 1))
			return 0;
	}
	/* the phrases filed under the 12, 8 and 4 units here: most anchors
	 * find none, and "connection" alone does not open every message
	 * about a connection */
	/* the first four units decide for most anchors */
	uc.p = p;
	uc.n = uc.gap = 0;
	v = hi - p >= 8 ? load8(p) : 0;
	if ((units8(v) & 0x80808080u) == 0x80808080u) {
		/* four ASCII letters or digits: units_at()'s answer at once */
		store8(fu, lower8(v));
		uc.p = p + 4;
		uc.n = 4;
	} else if (units_at(&uc, hi, fu, 4) == 0) {
		return 0;
	}
	k1 = (unsigned)fu[0] | (unsigned)fu[1] << 8 | (unsigned)fu[2] << 16 | (unsigned)fu[3] << 24;
	b = (k1 * 2654435761u) >> 13;
	if (!((fp_k1[b >> 3] >> (b & 7)) & 1))
		return 0;
	/* the places of 8 and 12 units only when one starts with the eight
	 * units here */
	nu = units_at(&uc, hi, fu, 8);
	k2 = (unsigned)fu[4] | (unsigned)fu[5] << 8 | (unsigned)fu[6] << 16 | (unsigned)fu[7] << 24;
	b = wsaerr_fp_hash8(k1, k2);
	if (nu < 8 || !((fp_k12[b >> 3] >> (b & 7)) & 1))
		nu = 4; /* no place of 8 or 12 can match */
	else
		nu = units_at(&uc, hi, fu, FWD);
	k3 = (unsigned)fu[8] | (unsigned)fu[9] << 8 | (unsigned)fu[10] << 16 |
	     (unsigned)fu[11] << 24;
	for (L = 12; L >= 4; L -= 4) {
		unsigned c2 = L > 4 ? k2 : 0, c3 = L > 8 ? k3 : 0, h, at, end;
		int listed = 0, tried = 0;
		struct cursor cu;
		if (nu < L)
			continue;
		h = wsaerr_fp_hash(k1, c2, c3, L);
		b = h >> (32 - FP_BITS);
		at = fp_bucket[b];
		end = fp_bucket[b + 1];
		for (;;) {
			const struct fp *f;
			const struct phrase *ph;
			size_t from, to, units;
			const unsigned char *s, *e;
			int whole, edits;
			if (!listed) {
				if (at >= end)
					break;
				i = at++;
			} else if (!next_place(&cu, &i)) {
				break;
			}
			f = &fps[i];
			if (f->len != L || f->k1 != k1 || f->k2 != c2 || f->k3 != c3)
				continue;
			/* near the end of a phrase, the units before the anchor decide
			 * most cases at once, from the place's own entry */
			if (L < FWD && f->k > 0) {
				unsigned kb;
				if (nb < 0) {
					nb = (int)units_before(g, p, bu);
					before = (unsigned)bu[0] | (unsigned)bu[1] << 8 |
					         (unsigned)bu[2] << 16 | (unsigned)bu[3] << 24;
				}
				/* from here on, when many are left, only the places
				 * whose units right before are the text's, and those
				 * with none to compare, in fps' order: the others
				 * would fail the test below (places_before()) */
				if (!tried && nb == 4 && end - at > 8) {
					tried = 1;
					listed = places_before(&cu, b, h, before, i, end - at);
				}
				kb = f->k < (unsigned)nb ? f->k : (unsigned)nb;
				if (kb > 0 && ((before ^ f->kb) >> (32 - 8 * kb)) != 0)
					continue;
			}
			ph = &phrases[f->phrase];
			/* a text no longer than a whole, exact match found here
			 * cannot win (each bucket holds the longest first) */
			if (best_whole == 2 && best->row != PH_VETO && ph->len <= best_units)
				continue;
			extend(g, ph, f->k, p, &from, &to, &s, &e, &edits, &fc);
			whole = from == 0 && to == ph->len;
			units = to - from;
			/* an edited match: whole, and edits only inside it */
			if (edits && !whole)
				continue;
			if (!whole && !(from == 0 && to >= ph->min_prefix) &&
			    !(to == ph->len && units >= ph->min_suffix &&
			      (phrase_ws[(ph->off + from) >> 3] >> ((ph->off + from) & 7) & 1))) {
				/* a distinctive part from word to word, not glued to
				 * more letters, that speaks of sockets itself ("forcibly
				 * closed by the remote host"; not "An invalid operation
				 * was attempted") */
				const unsigned char *num = NULL;
				if (units >= ph->min_mid && (from == 0 || is_ws(ph, from)) &&
				    (from == 0 || to == ph->len || units >= MID_MIN) &&
				    (to == ph->len || is_ws(ph, to)) && !(e < hi && is_alpha(*e)) &&
				    find_word(g, W_SOCKET, s, e, e, 0, 0))
					goto part_ok;
				/* a shorter start, next to its own number */
				if (from == 0 && to >= AGREE_MIN && ph->row != PH_VETO &&
				    !(ph->flags & PH_EXACT) && is_ws(ph, to) &&
				    (num = number_next_to(g, s, e, entries[ph->row].code)) == NULL)
					num = number_next_to(
					        g, s, e, entries[entries[ph->row].wsa_row].code);
				if (num == NULL)
					continue;
				if (num < s)
					s = num;
				else
					e = num + 1;
			}
		part_ok:
			/* it starts at a word, not inside one */
			if (s > g->buf && is_alnum(s[-1]) && !is_digit(s[-1]) &&
			    phrase_units[ph->off + from] < 0x80)
				continue;
			if (ph->flags & PH_EXACT) {
				/* the whole identifier, not a qualifier: ProtocolType.Tcp */
				if ((size_t)(e - s) != ph->exact_len ||
				    !exact_id(s,
				              (const unsigned char *)phrase_exact + ph->exact_off,
				              ph->exact_len) ||
				    (s > g->buf && is_alnum(s[-1])) || (e < hi && is_alnum(*e)) ||
				    (e + 1 < hi && *e == '.' && is_alpha(e[1])))
					continue;
			} else if (to == ph->len && e < hi && is_alpha(*e) &&
			           is_alpha(phrase_units[ph->off + to - 1])) {
				continue; /* it ends at a word: "timed outside", "Connect|ion" */
			}
			if (ph->row != PH_VETO && (text_end == NULL || e > text_end))
				text_end = e;
			/* rank: whole and exact, whole with edits, then a part */
			whole = whole ? (edits ? 1 : 2) : 0;
			if (best &&
			    (best_whole > whole || (best_whole == whole && best_units >= units)))
				continue;
			best = ph;
			bs = s;
			be = e;
			best_units = units;
			best_whole = whole;
		}
	}
	if (best == NULL)
		return 0;
	c->start = off_of(g, bs);
	c->end = off_of(g, be);
	if (best->row == PH_VETO) {
		/* not an error report: what it contains is passed over, but
		 * what follows it is still looked at */
		c->wsa = WSAERR_NONE;
		c->system = 0;
		c->end = text_end ? off_of(g, text_end) : off_of(g, p) + 1;
		return 1;
	}
	if ((best->flags & PH_SHORT) && !short_context(g, bs, be))
		return 0;
	if (!(best->flags & PH_SPECIFIC) && is_generic_word_row(&entries[best->row]) &&
	    !socket_context(g, bs, be))
		return 0;
	c->wsa = entries[entries[best->row].wsa_row].code;
	c->evidence = best->flags & PH_EXACT ? WSAERR_EV_KIND : WSAERR_EV_MESSAGE;
	c->confidence = best->flags & PH_EXACT ? 80 : best_whole == 2 ? 85 : best_whole ? 70 : 75;
	return 1;
}

/* Judges the anchor at p. */
/* 1 when the 1 at p (before end; p[-1] readable) is the first digit of
 * "(1dd)": an errno a MySQL client printed on Linux, "(111)" */
static inline int could_be_paren_errno(const unsigned char *p, const unsigned char *end)
{
	return end - p >= 4 && p[-1] == '(' && is_digit(p[1]) && is_digit(p[2]) && p[3] == ')';
}

/* 1 when the 1 at p (before end) starts a number from 1225 to 1236 of
 * four digits: a Win32 code of socket I/O */
static inline int could_be_win32_socket(const unsigned char *p, const unsigned char *end)
{
	int v;

	if (end - p < 4 || p[1] != '2' || !is_digit(p[2]) || !is_digit(p[3]) ||
	    (end - p > 4 && (is_alnum(p[4]) || (p[4] == '.' && end - p > 5 && is_digit(p[5])))))
		return 0;
	v = (p[2] - '0') * 10 + (p[3] - '0');
	return v >= 25 && v <= 36;
}

/* MySQL's and MariaDB's clients end "Can't connect to MySQL server on
 * 'host' (111)" with the errno of the system they run on: 10061 on
 * Windows, read as any code after an error word; on Linux, where the
 * line is most often copied from, a Linux errno, which only this context
 * says: 111 ECONNREFUSED, 110 ETIMEDOUT, 113 EHOSTUNREACH, 101
 * ENETUNREACH, 104 ECONNRESET (include/asm-generic/errno.h). p is the
 * first digit, between parentheses. */
static int eval_mysql_errno(struct engine *g, const unsigned char *p, struct cand *c)
{
	static const struct {
		unsigned char d1, d2;
		short wsa;
	} linux_errno[] = {
		{ '1', '1', 10061 }, { '1', '0', 10060 }, { '1', '3', 10065 },
		{ '0', '1', 10051 }, { '0', '4', 10054 },
	};
	static const char *const servers[] = { "mysql server", "mariadb server" };
	const unsigned char *lo = lo_of(g, p), *ls, *from;
	size_t i, k;
	int wsa = 0;

	for (i = 0; i < sizeof linux_errno / sizeof linux_errno[0]; i++)
		if (p[1] == linux_errno[i].d1 && p[2] == linux_errno[i].d2)
			wsa = linux_errno[i].wsa;
	if (wsa == 0)
		return 0;
	ls = line_start_at(g, lo, p, 160);
	from = (size_t)(p - ls) > 160 ? p - 160 : ls;
	for (k = 0; k < 2; k++) {
		if (!has_text(from, p, servers[k]))
			continue;
		c->wsa = wsa;
		c->evidence = WSAERR_EV_CODE;
		c->confidence = 70;
		c->start = off_of(g, p);
		c->end = off_of(g, p + 3);
		return 1;
	}
	return 0;
}

static int evaluate(struct engine *g, const unsigned char *p, struct cand *c)
{
	const unsigned char *hi = g->end;

	switch (p[0]) {
	case '1':
		if (p > g->buf && could_be_paren_errno(p, hi))
			return eval_mysql_errno(g, p, c);
		if (could_be_win32_socket(p, hi))
			return eval_win32_socket(g, p, c);
		/* 1[01]ddd: the anchor also stops at 12[23]d, which is not one */
		if (hi - p >= 5 && p[1] <= '1' && is_digit(p[3]) && is_digit(p[4]) &&
		    (hi - p == 5 || !is_alnum(p[5]))) {
			int v = (p[1] - '0') * 1000 + (p[2] - '0') * 100 + (p[3] - '0') * 10 + (p[4] - '0');
			if ((wsa_code_bits[v >> 3] >> (v & 7)) & 1)
				return eval_decimal(g, p, c);
		}
		return 0;
	case '0':
		return eval_hex(g, p, c);
	case '9':
		return eval_overlapped(g, p, c);
	case '8': return eval_bare_hex(g, p, c);
	case '2':
		if (p > g->buf && p[-1] == '-')
			return eval_neg_hresult(g, p, c);
		return eval_mail(g, p, c);
	case '3':
	case '4':
	case '5': return eval_mail(g, p, c);
	case 'W':
	case 'w':
		if (p + 1 < hi && (p[1] | 0x20) == 's' && eval_name(g, p, c) > 0)
			return 1;
		if (p + 1 < hi && p[1] == 'S' && eval_prefixed(g, p, c))
			return 1;
		break;
	case 'E':
	case 'S':
		if (p + 1 < hi && p[1] >= 'A' && p[1] <= 'Z') {
			int r = eval_name(g, p, c);
			if (r != 0)
				return r > 0;
		}
		break;
	default:
		break;
	}
	if (p[0] == 's' && p + 1 < hi && p[1] == 'y' && eval_openssl(g, p, c))
		return 1;
	/* a CamelCase hump: WinError, SocketException */
	if (p[0] >= 'a' && p[0] <= 'z' && p + 1 < hi && p[1] >= 'A' && p[1] <= 'Z' && eval_prefixed(g, p, c))
		return 1;
	return eval_phrase(g, p, c);
}

/* ------------------------------------------------------------------ */
/* Hits: merging and reporting                                         */

/* Counts the newlines up to stream offset `to` (>= line_pos, inside the
 * window). */
#if defined(HAVE_AVX2_DISPATCH)
__attribute__((target("avx2,popcnt"))) static u64 newlines_avx2(const unsigned char *p,
                                                                const unsigned char *e)
{
	const __m256i nl = _mm256_set1_epi8('\n');
	u64 n = 0;

	for (; e - p >= 32; p += 32)
		n += (u64)__builtin_popcount((unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
		        _mm256_loadu_si256((const __m256i *)(const void *)p), nl)));
	for (; p < e; p++)
		n += *p == '\n';
	return n;
}
#endif

static u64 newlines(const unsigned char *p, const unsigned char *e)
{
	u64 n = 0;

#if defined(HAVE_AVX2_DISPATCH)
	/* the few bytes between two hits on a line are counted below */
	if (e - p >= 128 && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt"))
		return newlines_avx2(p, e);
#endif
	/* eight bytes at a time: a newline byte becomes 0x80 in its lane */
	for (; e - p >= 8; p += 8) {
		u64 v, t;
		memcpy(&v, p, 8);
		v ^= 0x0A0A0A0A0A0A0A0Aull;
		t = (v & 0x7F7F7F7F7F7F7F7Full) + 0x7F7F7F7F7F7F7F7Full;
		t = ~(t | v | 0x7F7F7F7F7F7F7F7Full);
		n += ((t >> 7) * 0x0101010101010101ull) >> 56;
	}
	for (; p < e; p++)
		n += *p == '\n';
	return n;
}

static void count_lines(struct engine *g, u64 to)
{
	g->line += newlines(ptr(g, g->line_pos), ptr(g, to));
	g->line_pos = to;
}

static void report(struct engine *g, const struct cand *c)
{
	wsaerr_hit h;

	h.start = c->start;
	h.end = c->end;
	h.line = c->line;
	h.wsa = c->wsa;
	h.evidence = c->evidence;
	h.confidence = c->confidence;
	h.system = c->system;
	h.value = c->value;
	g->count++;
	if (g->fn)
		g->fn(g->ctx, &h, (const char *)ptr(g, c->start));
}

static void flush_front(struct engine *g, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++)
		report(g, &g->pend[i]);
	memmove(g->pend, g->pend + n, (g->npend - n) * sizeof g->pend[0]);
	g->npend -= n;
}

/* A pending hit can no longer grow when a hit starting at `at` on line
 * `line` is beyond its reach. */
static int settled(const struct cand *p, u64 at, u64 line)
{
	return line != p->line || at > p->end + MERGE_GAP;
}

/* 1 when c, the same code right after the pending hit o, close by on its
 * line, is the same reference: a run of such hits is one hit while it
 * spans MAXHIT bytes at most. A longer run is cut where the stream's
 * offset is a multiple of MAXHIT, and wherever a hit would grow beyond
 * MAXHIT: so where its hits are cut depends only on the bytes around
 * them, not on where the run began (a scanner that starts inside a line
 * of one code repeated cuts it as one that read the line from its start,
 * once it has read MAXHIT bytes of it). */
static int same_reference(const struct engine *g, const struct cand *o, const struct cand *c)
{
	if (c->end - g->run_start <= MAXHIT)
		return 1;
	return c->start / MAXHIT == o->start / MAXHIT && c->end - o->start <= MAXHIT;
}

static void add_hit(struct engine *g, struct cand *c)
{
	int run = 0;

	count_lines(g, c->start);
	c->line = g->line;
	/* the same code right after the last hit, close by on its line: one
	 * reference (never over a hit of another code: hits do not overlap) */
	if (g->npend > 0) {
		struct cand *o = &g->pend[0];
		run = o->system == c->system && o->value == c->value &&
		      !settled(o, c->start, c->line);
		if (run && same_reference(g, o, c)) {
			if (c->confidence > o->confidence) {
				o->evidence = c->evidence;
				o->confidence = c->confidence;
			}
			if (o->confidence < 99)
				o->confidence++;
			if (c->end > o->end)
				o->end = c->end;
			return;
		}
		flush_front(g, 1);
	}
	if (!run)
		g->run_start = c->start;
	g->pend[g->npend++] = *c;
}

/* After the anchors before `upto` are judged: no later hit starts before
 * upto - MAXSPAN, so what lies before can be counted and reported. */
static void settle(struct engine *g, u64 upto)
{
	u64 at = upto > MAXSPAN + 8 ? upto - MAXSPAN - 8 : 0;
	unsigned n = 0;

	if (at < g->line_pos)
		return;
	count_lines(g, at);
	while (n < g->npend && settled(&g->pend[n], at, g->line))
		n++;
	flush_front(g, n);
}

static void at_anchor(struct engine *g, const unsigned char *p)
{
	struct cand c;

	if (off_of(g, p) < g->skip)
		return;
	g->anchor = off_of(g, p);
	c.system = WSAERR_SYS_WSA;
	if (!evaluate(g, p, &c))
		return;
	/* a match reaching back over the last hit is not a new one */
	if (c.start < g->skip)
		return;
	g->skip = c.end;
	/* a Winsock hit's value is its code; a mail hit (system SMTP to
	 * WinHTTP) set its own, and a veto (system 0) is no hit */
	if (c.system == WSAERR_SYS_WSA && c.wsa != WSAERR_NONE) {
		c.value = c.wsa;
		add_hit(g, &c);
	} else if (c.system != WSAERR_SYS_WSA && c.system != 0) {
		add_hit(g, &c);
	}
}

/* ------------------------------------------------------------------ */
/* Finding anchors                                                     */

/* 1 when the 1[01]ddd at p (before end) is a Winsock code standing alone. */
static inline int could_be_code(const unsigned char *p, const unsigned char *end)
{
	int v;

	if (end - p < 5 || p[1] > '1' || !is_digit(p[3]) || !is_digit(p[4]) ||
	    (end - p > 5 && is_alnum(p[5])))
		return 0;
	v = (p[1] - '0') * 1000 + (p[2] - '0') * 100 + (p[3] - '0') * 10 + (p[4] - '0');
	return (wsa_code_bits[v >> 3] >> (v & 7)) & 1;
}

/* 1 when the 800 at p (before end) goes on as an HRESULT of facility 7
 * or 12, eight hex digits: most 800s of a log are 8000, 18000... */
static inline int could_be_bare_hex(const unsigned char *p, const unsigned char *end)
{
	return end - p >= 8 && (p[3] == '7' || (p[3] | 0x20) == 'c') && hex_value(p[7]) >= 0 &&
	       (end - p == 8 || !is_alnum(p[8]));
}

/* 1 when the 2 at p (before end), after a minus, starts ten digits: .NET's
 * HResult as a negative decimal (-2147014842) */
static inline int could_be_neg_hresult(const unsigned char *p, const unsigned char *end)
{
	return p[-1] == '-' && end - p >= 10 && p[1] == '1' && p[2] == '4' && is_digit(p[9]) &&
	       (end - p == 10 || !is_digit(p[10]));
}

/* The scalar form of the vector paths below: src/anchor.h, with the letter
 * pairs looked up in the generated table. */
static int anchor_at(unsigned char z, unsigned char a, unsigned char b, unsigned char c)
{
	unsigned char la = (unsigned char)(a | 0x20);

	if (la >= 'a' && la <= 'z' && b >= 'a' && b <= 'z' && ((pair_row[b & 31] >> (la & 31)) & 1))
		return 1;
	return wsaerr_anchor_rest(z, a, b, c);
}

#if defined(HAVE_AVX2_DISPATCH)
/* The bytes the vector paths compare with, each repeated 32 times, read
 * from memory in the loop: built in registers instead, they crowd out
 * the values and the loop spills (measured with callgrind). */
#define R4(c) c, c, c, c
#define R32(c) \
	{ \
		R4(c), R4(c), R4(c), R4(c), R4(c), R4(c), R4(c), R4(c) \
	}
enum {
	K_20,
	K_1F,
	K_10,
	K_07,
	K_18,
	K_a,
	K_z,
	K_A,
	K_Z,
	K_d0,
	K_d9,
	K_dot,
	K_us,
	K_sp,
	K_c1,
	K_c0,
	K_c9,
	K_c5,
	K_c7,
	K_c4,
	K_x,
	K_w,
	K_s,
	K_E,
	K_S,
	K_T,
	K_BF,
	K_L1,
	K_L2,
	K_L3,
	K_td,
	K_to,
	K_ty,
	K_ti,
	K_th,
	K_c5x,
	K_c8,
	K_minus,
	K_c2,
	K_paren,
	K_rparen,
	K_c3,
	K_COUNT
};
static const unsigned char vec_k[K_COUNT][32] __attribute__((aligned(32))) = {
	R32(0x20),    R32(0x1F),    R32(0x10),    R32(7),       R32(0x18),    R32('a' - 1),
	R32('z' + 1), R32('A' - 1), R32('Z' + 1), R32('0' - 1), R32('9' + 1), R32('.'),
	R32('_'),     R32(' '),     R32('1'),     R32('0'),     R32('9'),     R32('5' - 1),
	R32('7' + 1), R32('3' + 1), R32('x'),     R32('w'),     R32('s'),     R32('E'),
	R32('S'),     R32('T'),     R32(0xBF),    R32(8),       R32(16),      R32(24),
	R32('d'),     R32('o'),     R32('y'),     R32('i'),     R32('h'),     R32('5'),
	R32('8'),     R32('-'),     R32('2'),     R32('('),     R32(')'),     R32('3'),
};
#undef R4
#undef R32
/* the vector paths know the trios by heart: a test compares them */
typedef char trios_are_three[sizeof WSAERR_TRIOS == 7 ? 1 : -1];

/* The anchors of src/anchor.h for 32 positions (AVX2) or 16 (SSE4.1) at
 * once: p[-1] and p[W + 2] must be readable. The letter pairs are a table
 * lookup: the row of the second letter (32 bits, four bytes found with
 * pshufb) has the bit of the first. */
#define VEC_JUDGE(NAME, TARGET, V, W, LOAD, LOADA, EQ, GT, AND, ANDNOT, OR, SHUF, BLEND, MOVEMASK, \
                  ZERO) \
	__attribute__((target(TARGET))) static size_t NAME(struct engine *g, size_t i, size_t to) \
	{ \
		const unsigned char *b = g->buf; \
		size_t n = (size_t)(g->end - b); \
		const unsigned char(*kt)[32] = vec_k; \
		const unsigned char(*pv)[2][32] = pair_vec; \
		__asm__("" : "+r"(kt), "+r"(pv)); \
		for (; i + W <= to && i + W + 3 <= n; i += W) { \
			const unsigned char *p = b + i; \
			const V zero = ZERO; \
			const V vz = LOAD(p - 1), v0 = LOAD(p), v1 = LOAD(p + 1), \
			        v2 = LOAD(p + 2); \
			const V l0 = OR(v0, LOADA(kt[K_20])), l1 = OR(v1, LOADA(kt[K_20])); \
			const V letter0 = AND(GT(l0, LOADA(kt[K_a])), GT(LOADA(kt[K_z]), l0)); \
			const V letter1 = AND(GT(v1, LOADA(kt[K_a])), GT(LOADA(kt[K_z]), v1)); \
			const V ib = AND(l1, LOADA(kt[K_1F])), ia = AND(l0, LOADA(kt[K_1F])); \
			const V hb = EQ(AND(l1, LOADA(kt[K_10])), LOADA(kt[K_10])); \
			const V lane = AND(ia, LOADA(kt[K_18])); \
			V acc, m, t; \
			unsigned mask; \
			acc = AND(BLEND(SHUF(LOAD(pv[0][0]), ib), SHUF(LOAD(pv[0][1]), ib), hb), \
			          EQ(lane, zero)); \
			acc = OR(acc, AND(BLEND(SHUF(LOAD(pv[1][0]), ib), \
			                        SHUF(LOAD(pv[1][1]), ib), hb), \
			                  EQ(lane, LOADA(kt[K_L1])))); \
			acc = OR(acc, AND(BLEND(SHUF(LOAD(pv[2][0]), ib), \
			                        SHUF(LOAD(pv[2][1]), ib), hb), \
			                  EQ(lane, LOADA(kt[K_L2])))); \
			acc = OR(acc, AND(BLEND(SHUF(LOAD(pv[3][0]), ib), \
			                        SHUF(LOAD(pv[3][1]), ib), hb), \
			                  EQ(lane, LOADA(kt[K_L3])))); \
			acc = AND(acc, SHUF(LOAD(pow2_vec), AND(ia, LOADA(kt[K_07])))); \
			m = ANDNOT(EQ(acc, zero), AND(letter0, letter1)); \
			/* "d o", "y i", "o h" around a space */ \
			t = OR(AND(EQ(v0, LOADA(kt[K_td])), EQ(v2, LOADA(kt[K_to]))), \
			       AND(EQ(v0, LOADA(kt[K_ty])), EQ(v2, LOADA(kt[K_ti])))); \
			t = OR(t, AND(EQ(v0, LOADA(kt[K_to])), EQ(v2, LOADA(kt[K_th])))); \
			m = OR(m, AND(EQ(v1, LOADA(kt[K_sp])), t)); \
			{ \
				const V v3 = LOAD(p + 3); \
				const V digitz = OR( \
				        AND(GT(vz, LOADA(kt[K_d0])), GT(LOADA(kt[K_d9]), vz)), \
				        EQ(vz, LOADA(kt[K_dot]))); \
				/* of the numbers 1[01]ddd only those that can be codes:      \
			 * 100dd, 101dd, 1100d..1103d (could_be_code() decides) */ \
				t = OR(AND(EQ(v1, LOADA(kt[K_c0])), \
				           OR(EQ(v2, LOADA(kt[K_c0])), EQ(v2, LOADA(kt[K_c1])))), \
				       AND(AND(EQ(v1, LOADA(kt[K_c1])), EQ(v2, LOADA(kt[K_c0]))), \
				           AND(GT(v3, LOADA(kt[K_d0])), \
				               GT(LOADA(kt[K_c4]), v3)))); \
				t = AND(EQ(v0, LOADA(kt[K_c1])), t); \
				t = OR(t, \
				       AND(AND(EQ(v0, LOADA(kt[K_c9])), EQ(v1, LOADA(kt[K_c9]))), \
				           AND(GT(v2, LOADA(kt[K_c5])), \
				               GT(LOADA(kt[K_c7]), v2)))); \
				/* mail codes: 2..5 with a byte below '0' three on (the     \
				 * constants second: no load of their own) */ \
				t = OR(t, ANDNOT(GT(v3, LOADA(kt[K_d0])), \
				                 ANDNOT(GT(v0, LOADA(kt[K_c5x])), \
				                        GT(v0, LOADA(kt[K_c1]))))); \
				/* the Win32 codes of socket I/O, 1225..1236 */ \
				t = OR(t, \
				       AND(AND(EQ(v0, LOADA(kt[K_c1])), EQ(v1, LOADA(kt[K_c2]))), \
				           OR(EQ(v2, LOADA(kt[K_c2])), EQ(v2, LOADA(kt[K_c3]))))); \
				/* an errno in parentheses, (111) */ \
				t = OR(t, AND(AND(EQ(vz, LOADA(kt[K_paren])), \
				                  EQ(v0, LOADA(kt[K_c1]))), \
				              EQ(v3, LOADA(kt[K_rparen])))); \
				/* .NET's HResult as a negative decimal: -214... */ \
				t = OR(t, AND(AND(EQ(vz, LOADA(kt[K_minus])), \
				                  EQ(v0, LOADA(kt[K_c2]))), \
				              EQ(v1, LOADA(kt[K_c1])))); \
				/* an HRESULT without its 0x: 800... */ \
				t = OR(t, AND(EQ(v0, LOADA(kt[K_c8])), \
				              AND(EQ(v1, LOADA(kt[K_c0])), \
				                  EQ(v2, LOADA(kt[K_c0]))))); \
				m = OR(m, ANDNOT(digitz, t)); \
			} \
			m = OR(m, AND(EQ(v0, LOADA(kt[K_c0])), EQ(l1, LOADA(kt[K_x])))); \
			{ \
				/* names: W S, E and a capital, S T (where a word starts is     \
			 * left to the exact check below); a CamelCase hump; a UTF-8  \
			 * lead byte */ \
				const V upper1 = AND(GT(v1, LOADA(kt[K_A])), \
				                     GT(LOADA(kt[K_Z]), v1)); \
				t = AND(EQ(l0, LOADA(kt[K_w])), EQ(l1, LOADA(kt[K_s]))); \
				t = OR(t, AND(EQ(v0, LOADA(kt[K_E])), upper1)); \
				t = OR(t, AND(EQ(v0, LOADA(kt[K_S])), EQ(v1, LOADA(kt[K_T])))); \
				t = OR(t, AND(AND(GT(v0, LOADA(kt[K_a])), GT(LOADA(kt[K_z]), v0)), \
				              upper1)); \
				m = OR(m, OR(t, AND(GT(v0, LOADA(kt[K_BF])), GT(zero, v0)))); \
			} \
			mask = (unsigned)MOVEMASK(m); \
			while (mask) { \
				unsigned bt = (unsigned)__builtin_ctz(mask); \
				mask &= mask - 1; \
				/* most numbers are not codes: dismiss them without a call;   \
			 * names are checked exactly here (the vectors find more) */ \
				if (p[bt] == '8' ? !could_be_bare_hex(p + bt, b + n) \
				    : p[bt] >= '2' && p[bt] <= '5' \
				            ? !could_be_neg_hresult(p + bt, b + n) && \
				                      !mail_digits(p + bt) \
				    : p[bt] == '1' \
				            ? !could_be_code(p + bt, b + n) && \
				                      !could_be_paren_errno(p + bt, b + n) && \
				                      !could_be_win32_socket(p + bt, b + n) \
				            : (p[bt] == 'E' || p[bt] == 'S' || \
				               (p[bt] | 0x20) == 'w') && \
				                      !anchor_at((p + bt)[-1], p[bt], p[bt + 1], \
				                                 p[bt + 2])) \
					continue; \
				at_anchor(g, p + bt); \
			} \
		} \
		return i; \
	}

#define AVX_LOAD(q) _mm256_loadu_si256((const __m256i *)(const void *)(q))
#define AVX_LOADA(q) _mm256_load_si256((const __m256i *)(const void *)(q))
#define SSE_LOAD(q) _mm_loadu_si128((const __m128i *)(const void *)(q))
#define SSE_LOADA(q) _mm_load_si128((const __m128i *)(const void *)(q))
VEC_JUDGE(judge_avx2, "avx2", __m256i, 32, AVX_LOAD, AVX_LOADA, _mm256_cmpeq_epi8,
          _mm256_cmpgt_epi8, _mm256_and_si256, _mm256_andnot_si256, _mm256_or_si256,
          _mm256_shuffle_epi8, _mm256_blendv_epi8, _mm256_movemask_epi8, _mm256_setzero_si256())
VEC_JUDGE(judge_sse, "sse4.1", __m128i, 16, SSE_LOAD, SSE_LOADA, _mm_cmpeq_epi8, _mm_cmpgt_epi8,
          _mm_and_si128, _mm_andnot_si128, _mm_or_si128, _mm_shuffle_epi8, _mm_blendv_epi8,
          _mm_movemask_epi8, _mm_setzero_si128())
#endif

/* Judges every anchor at a stream offset in [from, to); the window holds
 * GUARD bytes on either side of that, or the stream ends there. */
static void judge(struct engine *g, u64 from, u64 to)
{
	const unsigned char *b = g->buf;
	size_t i = (size_t)(from - g->base), e = (size_t)(to - g->base), n = (size_t)(g->end - b);

	/* the vector paths read one byte before each block: the first byte of
	 * the stream goes the scalar way */
	if (i == 0 && i < e) {
		if (anchor_at(0, b[0], n > 1 ? b[1] : 0, n > 2 ? b[2] : 0))
			at_anchor(g, b);
		i = 1;
	}
#if defined(HAVE_AVX2_DISPATCH)
	if (__builtin_cpu_supports("avx2"))
		i = judge_avx2(g, i, e);
	else if (__builtin_cpu_supports("sse4.1"))
		i = judge_sse(g, i, e);
#endif
	for (; i < e; i++)
		if (anchor_at(b[i - 1], b[i], i + 1 < n ? b[i + 1] : 0, i + 2 < n ? b[i + 2] : 0))
			at_anchor(g, b + i);
}

/* ------------------------------------------------------------------ */
/* One text, or a stream in windows                                    */

static void engine_init(struct engine *g)
{
	memset(g, 0, sizeof *g);
	g->line = 1;
	g->nl_known = 1; /* the stream starts a line */
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
	static const unsigned char empty[1] = { 0 };
	struct engine g;
	struct collect col;

	engine_init(&g);
	col.hits = hits;
	col.max = hits ? max : 0;
	g.fn = collect_hit;
	g.ctx = &col;
	g.buf = text ? (const unsigned char *)text : empty;
	g.end = g.buf + (text ? len : 0);
	g.at_end = 1;
	judge(&g, 0, (u64)(g.end - g.buf));
	settle(&g, (u64)(g.end - g.buf) + MAXSPAN + 8);
	flush_front(&g, g.npend);
	return g.count;
}

/* The window a stream is judged in. Bytes are copied into it; each round
 * keeps the last KEEP bytes, so that judgements near the end of one round
 * and the start of the next read the same bytes. */
#define CARRY (32u * 1024u)
#define KEEP 4096u

struct scanner {
	struct engine g;
	u64 base;                    /* stream offset of win[0] */
	size_t len;                  /* bytes in win */
	u64 done;                    /* anchors before this are judged */
	unsigned char win[CARRY];
};

typedef char scanner_fits[sizeof(struct scanner) <= WSAERR_SCANNER_SIZE ? 1 : -1];

static struct scanner *impl(wsaerr_scanner *s)
{
	return (struct scanner *)(void *)s->opaque_;
}

void wsaerr_scanner_init(wsaerr_scanner *s)
{
	struct scanner *sc;

	if (s == NULL)
		return;
	sc = impl(s);
	memset(sc, 0, sizeof *sc);
	engine_init(&sc->g);
}

/* Judges what the window allows: everything when the stream has ended,
 * else the anchors with GUARD bytes after them. */
static void run(struct scanner *sc, int at_end, wsaerr_hit_fn fn, void *ctx)
{
	struct engine *g = &sc->g;
	u64 end = sc->base + sc->len, upto = at_end ? end : (end > GUARD ? end - GUARD : 0);

	g->fn = fn;
	g->ctx = ctx;
	g->buf = sc->win;
	g->end = sc->win + sc->len;
	g->base = sc->base;
	g->at_end = at_end;
	if (upto > sc->done) {
		judge(g, sc->done, upto);
		sc->done = upto;
	}
	if (at_end) {
		settle(g, end + MAXSPAN + 8);
		flush_front(g, g->npend);
	} else {
		settle(g, upto);
	}
}

size_t wsaerr_scan(wsaerr_scanner *s, const char *data, size_t len, wsaerr_hit_fn fn, void *ctx)
{
	struct scanner *sc;
	size_t before;

	if (s == NULL || data == NULL)
		return 0;
	sc = impl(s);
	before = sc->g.count;
	while (len > 0) {
		size_t take;
		if (sc->len == CARRY) {
			memmove(sc->win, sc->win + CARRY - KEEP, KEEP);
			sc->base += CARRY - KEEP;
			sc->len = KEEP;
		}
		take = CARRY - sc->len < len ? CARRY - sc->len : len;
		memcpy(sc->win + sc->len, data, take);
		sc->len += take;
		data += take;
		len -= take;
		if (sc->len == CARRY || len == 0)
			run(sc, 0, fn, ctx);
		/* A large chunk: after the window has judged where it meets
		 * the bytes before, the rest is judged where the caller keeps
		 * it, and only its last KEEP bytes are copied, for the next
		 * call. What a judgement reads, and the hits still waiting,
		 * lie within the last KEEP bytes of what has been judged. */
		if (len > 2 * KEEP && sc->len == CARRY && take >= KEEP) {
			struct engine *g = &sc->g;
			const unsigned char *view = (const unsigned char *)data - KEEP;
			u64 vbase = sc->base + CARRY - KEEP, end = vbase + KEEP + len;
			g->buf = view;
			g->end = (const unsigned char *)data + len;
			g->base = vbase;
			judge(g, sc->done, end - GUARD);
			sc->done = end - GUARD;
			settle(g, sc->done);
			memcpy(sc->win, data + len - KEEP, KEEP);
			sc->base = end - KEEP;
			sc->len = KEEP;
			data += len;
			len = 0;
		}
	}
	return sc->g.count - before;
}

size_t wsaerr_scan_end(wsaerr_scanner *s, wsaerr_hit_fn fn, void *ctx)
{
	struct scanner *sc;
	size_t before;

	if (s == NULL)
		return 0;
	sc = impl(s);
	before = sc->g.count;
	run(sc, 1, fn, ctx);
	return sc->g.count - before;
}

unsigned long long wsaerr_scan_lines(const wsaerr_scanner *s)
{
	const struct scanner *sc;
	const unsigned char *p, *e;
	u64 line;

	if (s == NULL)
		return 0;
	sc = (const struct scanner *)(const void *)s->opaque_;
	line = sc->g.line;
	p = sc->win + (size_t)(sc->g.line_pos - sc->base);
	e = sc->win + sc->len;
	return line + newlines(p, e);
}

const char *wsaerr_evidence_key(int evidence)
{
	static const char *const keys[] = {
		NULL, "code", "hex", "hresult", "ntstatus", "name", "errno_name", "message", "kind"
	};
	return (evidence >= WSAERR_EV_CODE && evidence <= WSAERR_EV_KIND) ? keys[evidence] : NULL;
}
