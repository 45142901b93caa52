/* The recognizer: recall and precision on the labelled corpus, streaming
 * in chunks of every size, very long lines, and edges. */
#include "wsaerr.h"
#include "test.h"

#include <stdlib.h>

/* What the held-out part of the real corpus must reach (make check fails
 * below): issue 10 ("explain and scan on real text"). The tuning part is
 * reported, not gated: rules are tuned against it. */
#define MIN_RECALL 0.95
#define MIN_PRECISION 0.98

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long len;
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)len + 1);
	if (buf && fread(buf, 1, (size_t)len, f) != (size_t)len) {
		free(buf);
		buf = NULL;
	}
	if (buf)
		buf[len] = '\0';
	*n = (size_t)len;
	fclose(f);
	return buf;
}

struct score { int lines, tp, fn, fp, neg_lines, neg_fp; };

/* The next line of a corpus file at *at (which moves past it), cut into
 * its six tab-separated fields: 1, or 0 for a comment, a blank or a
 * short line; -1 at the end. */
static int next_row(char **at, char *f[6])
{
	char *line = *at, *nl, *p;
	int i;

	if (line == NULL || *line == '\0')
		return -1;
	nl = strchr(line, '\n');
	*at = nl ? nl + 1 : NULL;
	if (nl)
		*nl = '\0';
	if (*line == '#' || *line == '\0')
		return 0;
	for (i = 0, p = line; i < 6 && p; i++) {
		f[i] = p;
		p = i < 5 ? strchr(p, '\t') : NULL;
		if (p)
			p++;
	}
	return i == 6 && f[5] != NULL;
}

/* The Winsock codes of a corpus label ("10054,10061" or "-"): 1 when
 * `code` is among them. */
static int labelled(const char *label, int code)
{
	while (*label && *label != '\t') {
		if (atoi(label) == code)
			return 1;
		while (*label && *label != ',' && *label != '\t')
			label++;
		if (*label == ',')
			label++;
	}
	return 0;
}

/* Scores every line of a real corpus file (wsa, other, lang, format,
 * source, line): each labelled code found is a true positive, each code
 * reported that is not labelled a false one. With WSAERR_CORPUS_VERBOSE in
 * the environment it lists what differs (use it on the tuning part only). */
static void measure_real(const char *path, struct score *sc)
{
	size_t n;
	char *buf = slurp(path, &n), *at = buf, *f[6], *p;
	wsaerr_hit hits[64];
	int verbose = getenv("WSAERR_CORPUS_VERBOSE") != NULL, row;

	memset(sc, 0, sizeof *sc);
	if (!buf) {
		printf("  cannot read %s\n", path);
		sc->fn = 1000;
		return;
	}
	while ((row = next_row(&at, f)) >= 0) {
		size_t k, j, nh;
		if (row == 0)
			continue;
		nh = wsaerr_recognize(f[5], strlen(f[5]), hits, 64);
		sc->lines++;
		if (f[0][0] == '-')
			sc->neg_lines++;
		/* reported Winsock codes, each once (the hits of the mail and
		 * Internet systems are scored by measure_other) */
		for (k = 0; k < nh && k < 64; k++) {
			if (hits[k].system != WSAERR_SYS_WSA)
				continue;
			for (j = 0; j < k && hits[j].wsa != hits[k].wsa; j++)
				;
			if (j < k)
				continue;
			if (labelled(f[0], hits[k].wsa)) {
				sc->tp++;
			} else {
				sc->fp++;
				if (f[0][0] == '-')
					sc->neg_fp++;
				if (verbose)
					printf("  false %d (%s): %s\n", hits[k].wsa,
					       wsaerr_evidence_key(hits[k].evidence), f[5]);
			}
		}
		/* labelled codes not reported */
		for (p = f[0]; *p && *p != '\t' && *p != '-';) {
			int want = atoi(p);
			for (k = 0; k < nh && k < 64 && hits[k].wsa != want; k++)
				;
			if (k == nh || k == 64) {
				sc->fn++;
				if (verbose)
					printf("  missed %d: %s\n", want, f[5]);
			}
			while (*p && *p != ',' && *p != '\t')
				p++;
			if (*p == ',')
				p++;
		}
	}
	free(buf);
}

static double ratio(int a, int b)
{
	return b ? (double)a / b : 0;
}

static void corpus_recall_and_precision(void)
{
	struct score tune, held;
	double r, p;

	measure_real("tests/corpus/real/tune.tsv", &tune);
	measure_real("tests/corpus/real/heldout.tsv", &held);
	printf("  real corpus, tuning part: %d lines (%d negative); recall %.4f, precision %.4f "
	       "(%d found, %d missed, %d false)\n", tune.lines, tune.neg_lines,
	       ratio(tune.tp, tune.tp + tune.fn), ratio(tune.tp, tune.tp + tune.fp), tune.tp,
	       tune.fn, tune.fp);
	r = ratio(held.tp, held.tp + held.fn);
	p = ratio(held.tp, held.tp + held.fp);
	printf("  real corpus, held-out part: %d lines (%d negative); recall %.4f, precision %.4f "
	       "(%d found, %d missed, %d false); required %.2f and %.2f\n",
	       held.lines, held.neg_lines, r, p, held.tp, held.fn, held.fp, MIN_RECALL,
	       MIN_PRECISION);
	CHECK(tune.lines >= 400);
	CHECK(held.lines >= 200);
	CHECK(r >= MIN_RECALL);
	CHECK(p >= MIN_PRECISION);
}

/* The systems of the `other` column the recognizer reports, in the order
 * of enum wsaerr_system from WSAERR_SYS_SMTP; each scored on its own. */
#define OTHER_SYS (WSAERR_SYS_WINHTTP - WSAERR_SYS_SMTP + 1)
struct other_score {
	int tp[OTHER_SYS], fn[OTHER_SYS], fp[OTHER_SYS];
};

/* The (system, value) pairs of a line's `other` field ("smtp:550,enh:5.7.1"):
 * each item read with wsaerr_parse(), its prefix naming the system;
 * systems the recognizer does not report (hresult, mysql) are left out. */
static size_t other_labels(const char *field, int *sys, long long *val, size_t max)
{
	char item[64];
	size_t n = 0, len;
	static wsaerr_query q;

	while (*field && *field != '\t' && *field != '-') {
		size_t i;
		len = strcspn(field, ",\t");
		if (len < sizeof item) {
			memcpy(item, field, len);
			item[len] = '\0';
			if (wsaerr_parse(item, &q) == WSAERR_PARSE_OK &&
			    q.system >= WSAERR_SYS_SMTP && q.system <= WSAERR_SYS_WINHTTP)
				for (i = 0; i < q.nreadings; i++)
					if (q.readings[i].system == q.system && n < max) {
						sys[n] = q.system;
						val[n++] = q.readings[i].value;
						break;
					}
		}
		field += len;
		if (*field == ',')
			field++;
	}
	return n;
}

/* Scores the hits of the mail and Internet systems on every line of a
 * real corpus file against its `other` column: a labelled (system, value)
 * found is a true positive, one not found a miss, a hit not labelled a
 * false one. The Winsock figures (measure_real) do not count them. */
static void measure_other(const char *path, struct other_score *sc)
{
	size_t n;
	char *buf = slurp(path, &n), *at = buf, *f[6];
	wsaerr_hit hits[64];
	int verbose = getenv("WSAERR_CORPUS_VERBOSE") != NULL, row;

	memset(sc, 0, sizeof *sc);
	if (!buf) {
		sc->fn[0] = 1000;
		return;
	}
	while ((row = next_row(&at, f)) >= 0) {
		int sys[16], found[16] = { 0 };
		long long val[16];
		size_t k, j, nh, nl_ = 0;
		if (row == 0)
			continue;
		nl_ = other_labels(f[1], sys, val, 16);
		nh = wsaerr_recognize(f[5], strlen(f[5]), hits, 64);
		for (k = 0; k < nh && k < 64; k++) {
			const wsaerr_hit *h = &hits[k];
			if (h->system < WSAERR_SYS_SMTP || h->system > WSAERR_SYS_WINHTTP)
				continue;
			for (j = 0;
			     j < k && !(hits[j].system == h->system && hits[j].value == h->value);
			     j++)
				;
			if (j < k)
				continue; /* each reported (system, value) once */
			for (j = 0; j < nl_ && !(sys[j] == h->system && val[j] == h->value); j++)
				;
			if (j < nl_) {
				found[j] = 1;
				sc->tp[h->system - WSAERR_SYS_SMTP]++;
			} else {
				sc->fp[h->system - WSAERR_SYS_SMTP]++;
				if (verbose)
					printf("  false %s:%lld: %s\n",
					       wsaerr_system_key(h->system), h->value, f[5]);
			}
		}
		for (j = 0; j < nl_; j++)
			if (!found[j]) {
				sc->fn[sys[j] - WSAERR_SYS_SMTP]++;
				if (verbose)
					printf("  missed %s:%lld: %s\n", wsaerr_system_key(sys[j]),
					       val[j], f[5]);
			}
	}
	free(buf);
}

/* A ratio as text, "-" for 0 / 0 (static; two may be in use at once). */
static const char *figure(int a, int b)
{
	static char buf[2][16];
	static int k;

	k = !k;
	if (b == 0)
		return "-";
	snprintf(buf[k], sizeof buf[k], "%.4f", ratio(a, b));
	return buf[k];
}

/* Recall and precision of the mail and Internet systems (SMTP replies,
 * enhanced status codes, POP3 and IMAP codes, Outlook transport errors,
 * WinINet and WinHTTP errors) on both parts, from the `other` column.
 * Reported for every system; gated only for those in `gated` below, which
 * met MIN_RECALL and MIN_PRECISION on the held-out part when they were
 * added (issue 12). */
static void corpus_other_systems(void)
{
	static const int gated[] = { 0 };
	struct other_score tune, held;
	int s, k, labelled = 0;

	measure_other("tests/corpus/real/tune.tsv", &tune);
	measure_other("tests/corpus/real/heldout.tsv", &held);
	for (s = 0; s < OTHER_SYS; s++) {
		int sys = WSAERR_SYS_SMTP + s, g = 0;
		int ht = held.tp[s], hn = held.fn[s], hf = held.fp[s];
		if (tune.tp[s] + tune.fn[s] + tune.fp[s] + ht + hn + hf == 0) {
			printf("  %s: no labelled line, no hit\n", wsaerr_system_key(sys));
			continue;
		}
		labelled += tune.tp[s] + tune.fn[s] + ht + hn;
		for (k = 0; gated[k]; k++)
			g |= gated[k] == sys;
		/* a precision with no hit at all is not a number: "-" */
		printf("  %s: tuning part recall %.4f, precision %s (%d found, %d missed, %d "
		       "false); held-out part recall %.4f, precision %s (%d found, %d missed, "
		       "%d false)%s\n",
		       wsaerr_system_key(sys), ratio(tune.tp[s], tune.tp[s] + tune.fn[s]),
		       figure(tune.tp[s], tune.tp[s] + tune.fp[s]), tune.tp[s], tune.fn[s],
		       tune.fp[s], ratio(ht, ht + hn), figure(ht, ht + hf), ht, hn, hf,
		       g ? "; gated" : "; reported, not gated");
		if (g) {
			CHECK(ratio(ht, ht + hn) >= MIN_RECALL);
			CHECK(ratio(ht, ht + hf) >= MIN_PRECISION);
		}
	}
	CHECK(labelled >= 100);
}

/* Lines we wrote ourselves, one per format: each must be found (they
 * never count toward the figures above). */
static void generated_lines(void)
{
	size_t n;
	char *buf = slurp("tests/corpus/generated/positive.tsv", &n), *line, *next;
	int lines = 0, missed = 0;
	wsaerr_hit hits[16];
	size_t k, nh;

	if (!buf)
		SKIP("tests/corpus/generated not found");
	for (line = buf; line && *line; line = next) {
		char *nl = strchr(line, '\n'), *t2;
		next = nl ? nl + 1 : NULL;
		if (nl)
			*nl = '\0';
		if (*line == '#' || !(t2 = strchr(line, '\t')) || !(t2 = strchr(t2 + 1, '\t')))
			continue;
		lines++;
		nh = wsaerr_recognize(t2 + 1, strlen(t2 + 1), hits, 16);
		for (k = 0; k < nh && k < 16 && hits[k].wsa != atoi(line); k++)
			;
		if (k == nh || k == 16) {
			missed++;
			printf("  missed: %s\n", line);
		}
	}
	free(buf);
	buf = slurp("tests/corpus/generated/negative.tsv", &n);
	for (line = buf; line && *line; line = next) {
		char *nl = strchr(line, '\n'), *t2;
		next = nl ? nl + 1 : NULL;
		if (nl)
			*nl = '\0';
		if (*line == '#' || !(t2 = strchr(line, '\t')) || !(t2 = strchr(t2 + 1, '\t')))
			continue;
		lines++;
		/* no Winsock hit (a mail code, such as an Outlook transport
		 * error alone, may be there: it is not Winsock's) */
		nh = wsaerr_recognize(t2 + 1, strlen(t2 + 1), hits, 16);
		for (k = 0; k < nh && k < 16 && hits[k].system != WSAERR_SYS_WSA; k++)
			;
		if (k < nh && k < 16) {
			missed++;
			printf("  false hit: %s\n", t2 + 1);
		}
	}
	free(buf);
	CHECK(lines > 300);
	CHECK_INT(missed, 0);
}

struct collected { wsaerr_hit hits[4096]; char match[4096][32]; size_t n; };

static void collect(void *ctx, const wsaerr_hit *h, const char *match)
{
	struct collected *c = ctx;
	size_t len = (size_t)(h->end - h->start);
	if (c->n < 4096) {
		c->hits[c->n] = *h;
		memcpy(c->match[c->n], match, len < 31 ? len : 31);
		c->match[c->n][len < 31 ? len : 31] = '\0';
	}
	c->n++;
}

/* The hits of text, fed to s in one chunk, into got. */
static void scan_all(wsaerr_scanner *s, const char *text, size_t n, struct collected *got)
{
	memset(got, 0, sizeof *got);
	wsaerr_scanner_init(s);
	wsaerr_scan(s, text, n, collect, got);
	wsaerr_scan_end(s, collect, got);
}

/* Streaming in chunks of any size finds exactly what one pass finds. */
static void chunks_find_the_same(void)
{
	static struct collected whole, part;
	/* the last, 0: 32000 and 50000 bytes in turn (a large chunk that
	 * arrives when the window has less room left than the tail it keeps) */
	static const size_t sizes[] = { 1, 2, 3, 7, 13, 64, 100, 4095, 100000, 0 };
	size_t n, i, j, k, size;
	char *text = slurp("tests/corpus/real/tune.tsv", &n);
	wsaerr_scanner s;

	if (!text)
		SKIP("corpus not found");
	scan_all(&s, text, n, &whole);
	CHECK_INT(whole.n, wsaerr_recognize(text, n, NULL, 0));
	CHECK(whole.n > 200);
	for (k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		memset(&part, 0, sizeof part);
		wsaerr_scanner_init(&s);
		for (i = j = 0; i < n; i += size) {
			size = sizes[k] ? sizes[k] : j++ % 2 ? 50000 : 32000;
			wsaerr_scan(&s, text + i, n - i < size ? n - i : size, collect, &part);
		}
		wsaerr_scan_end(&s, collect, &part);
		CHECK_INT(part.n, whole.n);
		for (i = 0; i < part.n && i < whole.n; i++) {
			if (part.hits[i].start != whole.hits[i].start ||
			    part.hits[i].wsa != whole.hits[i].wsa ||
			    part.hits[i].system != whole.hits[i].system ||
			    part.hits[i].value != whole.hits[i].value ||
			    part.hits[i].end != whole.hits[i].end ||
			    part.hits[i].line != whole.hits[i].line ||
			    strcmp(part.match[i], whole.match[i]) != 0) {
				printf("  chunk size %lu: hit %lu differs\n", (unsigned long)sizes[k], (unsigned long)i);
				CHECK(0);
				break;
			}
		}
	}
	{
		unsigned long long nl = 0;
		for (i = 0; i < n; i++)
			nl += text[i] == '\n';
		CHECK_INT(wsaerr_scan_lines(&s), nl + 1);
	}
	free(text);
}

/* One code repeated along a line: a run of up to 1024 bytes is one hit; a
 * longer one is cut where the offset is a multiple of 1024 (and where a
 * hit would grow beyond 1024 bytes), so that the text read from any such
 * multiple on gives the same hits, once a kilobyte of the run is read. */
static void long_run_cut_at_fixed_places(void)
{
	static wsaerr_hit all[64], part[64];
	static char text[20000];
	const char *unit = "setsockopt EINVAL 10054 ";
	size_t n = 0, u = strlen(unit), na, np, i, j, from;

	while (n + u < sizeof text) {
		memcpy(text + n, unit, u);
		n += u;
	}
	/* a short run: one hit */
	CHECK_INT(wsaerr_recognize(text, 24 * 40, all, 64), 1);
	CHECK_INT(all[0].start, 11);
	na = wsaerr_recognize(text, n, all, 64);
	CHECK(na > n / 1024 && na < 64);
	for (i = 0; i < na; i++) {
		CHECK(all[i].end - all[i].start <= 1024);
		if (i > 1)
			CHECK(all[i].start / 1024 > all[i - 1].start / 1024 ||
			      all[i].end - all[i - 1].start > 1024);
	}
	for (from = 1024; from <= 8192; from += 1024) {
		np = wsaerr_recognize(text + from, n - from, part, 64);
		/* the hits that start 2 KB in or later are the same */
		for (i = 0; i < np && part[i].start < 2048; i++)
			;
		for (j = 0; j < na && all[j].start < from + part[i].start; j++)
			;
		CHECK_INT(np - i, na - j);
		for (; i < np && j < na; i++, j++) {
			CHECK_INT(part[i].start + from, all[j].start);
			CHECK_INT(part[i].end + from, all[j].end);
		}
	}
}

/* A scanner copied between calls goes on as the original would: the
 * copy, fed the rest, finds what one pass finds after the copy point,
 * with the same offsets and lines; the original is left as it was. */
static void scanner_copy_goes_on(void)
{
	static struct collected whole, orig, copy;
	static wsaerr_scanner s, t;
	static const size_t cuts[] = { 1, 5000, 40961, 100003 };
	size_t n, i, k, c, before;
	char *text = slurp("tests/corpus/real/tune.tsv", &n);

	if (!text)
		SKIP("corpus not found");
	scan_all(&s, text, n, &whole);
	for (k = 0; k < sizeof cuts / sizeof cuts[0]; k++) {
		c = cuts[k] < n ? cuts[k] : n / 2;
		memset(&orig, 0, sizeof orig);
		memset(&copy, 0, sizeof copy);
		wsaerr_scanner_init(&s);
		wsaerr_scan(&s, text, c, collect, &orig);
		before = orig.n;
		t = s; /* the checkpoint */
		/* the copy in chunks of 777 bytes, the original in one */
		for (i = c; i < n; i += 777)
			wsaerr_scan(&t, text + i, n - i < 777 ? n - i : 777, collect, &copy);
		wsaerr_scan_end(&t, collect, &copy);
		wsaerr_scan(&s, text + c, n - c, collect, &orig);
		wsaerr_scan_end(&s, collect, &orig);
		CHECK_INT(orig.n, whole.n);
		CHECK_INT(before + copy.n, whole.n);
		CHECK_INT(wsaerr_scan_lines(&t), wsaerr_scan_lines(&s));
		for (i = 0; i < copy.n && before + i < whole.n; i++)
			if (copy.hits[i].start != whole.hits[before + i].start ||
			    copy.hits[i].end != whole.hits[before + i].end ||
			    copy.hits[i].line != whole.hits[before + i].line ||
			    copy.hits[i].value != whole.hits[before + i].value ||
			    strcmp(copy.match[i], whole.match[before + i]) != 0) {
				printf("  copied at %lu: hit %lu differs\n", (unsigned long)c,
				       (unsigned long)i);
				CHECK(0);
				break;
			}
	}
	free(text);
}

/* A line far longer than the carry buffer, with errors placed across the
 * window boundaries: each found exactly once, memory unchanged. */
static void very_long_line(void)
{
	static char big[200000];
	static struct collected got;
	static const size_t at[] = { 10, 7400, 7670, 8180, 8400, 14840, 15350, 15600, 22520, 120000, 199900 };
	const char *phrase = "Connection reset by peer";
	size_t i, k, plen = strlen(phrase);
	wsaerr_scanner s;

	memset(big, 'x', sizeof big);
	for (k = 0; k < sizeof at / sizeof at[0]; k++) {
		big[at[k] - 1] = ' ';
		memcpy(big + at[k], phrase, plen);
		big[at[k] + plen] = ' ';
	}
	for (i = 1; i <= 4096; i *= 8) {
		memset(&got, 0, sizeof got);
		wsaerr_scanner_init(&s);
		for (k = 0; k < sizeof big; k += i)
			wsaerr_scan(&s, big + k, sizeof big - k < i ? sizeof big - k : i, collect, &got);
		wsaerr_scan_end(&s, collect, &got);
		CHECK_INT(got.n, sizeof at / sizeof at[0]);
		for (k = 0; k < got.n && k < sizeof at / sizeof at[0]; k++) {
			CHECK_INT(got.hits[k].start, at[k]);
			CHECK_INT(got.hits[k].wsa, 10054);
			CHECK_INT(got.hits[k].line, 1);
		}
	}
	CHECK_INT(wsaerr_recognize(big, sizeof big, NULL, 0), sizeof at / sizeof at[0]);
}

/* A judgement that looks at a line behind a newline an earlier one found
 * (a message read back over the line end, from the code on the next
 * line): the line start is searched for again, and the code is still
 * where it is, on line 3, a title of its own. */
static void line_looked_at_behind_a_newline(void)
{
	const char *t = "x\nThe\noperation 10049 completed successfully socket\n";
	wsaerr_hit h[4];
	static wsaerr_scanner s;
	static struct collected got;

	CHECK_INT(wsaerr_recognize(t, strlen(t), h, 4), 1);
	CHECK_INT(h[0].wsa, 10049);
	CHECK_INT(h[0].start, 16);
	CHECK_INT(h[0].end, 21);
	CHECK_INT(h[0].line, 3);
	CHECK_INT(h[0].confidence, 50);
	/* the same, streamed a byte at a time */
	memset(&got, 0, sizeof got);
	wsaerr_scanner_init(&s);
	for (; *t; t++)
		wsaerr_scan(&s, t, 1, collect, &got);
	wsaerr_scan_end(&s, collect, &got);
	CHECK_INT(got.n, 1);
	CHECK_INT(got.hits[0].start, 16);
	CHECK_INT(got.hits[0].line, 3);
}

static void forms_and_edges(void)
{
	wsaerr_hit h[8];
	const char *t;
	/* one reference, several forms: one hit */
	t = "[WinError 10054] An existing connection was forcibly closed by the remote host";
	CHECK_INT(wsaerr_recognize(t, strlen(t), h, 8), 1);
	CHECK_INT(h[0].wsa, 10054);
	CHECK_INT(h[0].start, 1);
	CHECK_INT(h[0].end, strlen(t));
	CHECK(h[0].confidence >= 90);
	/* two codes on a line */
	t = "Socket Error: 10061, then WSAETIMEDOUT";
	CHECK_INT(wsaerr_recognize(t, strlen(t), h, 8), 2);
	CHECK_INT(h[0].wsa, 10061);
	CHECK_INT(h[1].wsa, 10060);
	CHECK_INT(h[1].evidence, WSAERR_EV_NAME);
	/* line numbers */
	t = "ok\nok\nConnection refused\n";
	CHECK_INT(wsaerr_recognize(t, strlen(t), h, 8), 1);
	CHECK_INT(h[0].line, 3);
	CHECK_INT(h[0].evidence, WSAERR_EV_MESSAGE);
	/* NULL and empty, max smaller than the count */
	CHECK_INT(wsaerr_recognize(NULL, 5, h, 8), 0);
	CHECK_INT(wsaerr_recognize("", 0, h, 8), 0);
	t = "ECONNRESET ECONNREFUSED ETIMEDOUT";
	CHECK_INT(wsaerr_recognize(t, strlen(t), h, 1), 3);
	CHECK_INT(h[0].wsa, 10054);
	/* binary junk and NUL bytes */
	CHECK_INT(wsaerr_recognize("\0\xff\xfe\x80WSAECONNRESET\0", 18, h, 8), 1);
	CHECK_STR(wsaerr_evidence_key(WSAERR_EV_KIND), "kind");
	CHECK(wsaerr_evidence_key(0) == NULL);
	CHECK(wsaerr_evidence_key(99) == NULL);
	wsaerr_scanner_init(NULL);
	CHECK_INT(wsaerr_scan(NULL, "x", 1, NULL, NULL), 0);
	CHECK_INT(wsaerr_scan_end(NULL, NULL, NULL), 0);
	CHECK_INT(wsaerr_scan_lines(NULL), 0);
}

/* Regression (found by fuzz_recognize): a newline in the first byte of a
 * text was not counted when the vector loop started after it. */
static void newline_at_start_is_counted(void)
{
	wsaerr_hit h[2];
	const char *t = "\n\n\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx WSAECONNRESET xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
	CHECK_INT(wsaerr_recognize(t, strlen(t), h, 2), 1);
	CHECK_INT(h[0].line, 4);
	t = "\nWSAECONNRESET";
	CHECK_INT(wsaerr_recognize(t, strlen(t), h, 2), 1);
	CHECK_INT(h[0].line, 2);
}

/* How many hits, and the code of the first, for a short text. */
static size_t rec(const char *t, int *first)
{
	wsaerr_hit h[64];
	size_t n = wsaerr_recognize(t, strlen(t), h, 64);
	*first = n ? h[0].wsa : 0;
	return n;
}

static void context_rules(void)
{
	int w;
	/* units after the number, in several forms */
	CHECK_INT(rec("socket error 10054 %", &w), 0);
	CHECK_INT(rec("socket error 10054%", &w), 0);
	CHECK_INT(rec("socket error 10054 ms2 later", &w), 1);
	CHECK_INT(rec("socket error 10054 Bytes", &w), 0);
	/* HRESULTs: generic Win32 codes need a socket context, others none */
	CHECK_INT(rec("HRESULT 0x80070057", &w), 0);
	CHECK_INT(rec("socket call: HRESULT 0x80070057", &w), 1);
	CHECK_INT(w, 87);
	CHECK_INT(rec("HRESULT 0x80070002", &w), 0);
	CHECK_INT(rec("HRESULT 0x80072746", &w), 1);
	CHECK_INT(rec("value 0x123456789ABCDEF01", &w), 0);
	CHECK_INT(rec("status 0x0000012345678", &w), 0);
	/* WinError with something that is not a catalogue code */
	CHECK_INT(rec("[WinError 99999] oops", &w), 0);
	CHECK_INT(rec("[WinError x] oops", &w), 0);
	CHECK_INT(rec("[WinError 0] fine", &w), 0);
	CHECK_INT(rec("[WinError 10054x] oops", &w), 0);
	CHECK_INT(rec("WinError", &w), 0);
	/* runtime names are whole words */
	CHECK_INT(rec("kind: ConnectionReset }", &w), 1);
	CHECK_INT(rec("kind: XConnectionReset }", &w), 0);
	CHECK_INT(rec("kind: ConnectionResetX }", &w), 0);
	/* a message matches as a whole, from a word start */
	CHECK_INT(rec("Connection dropped by peer", &w), 0);
	CHECK_INT(rec("Connection rusty by peer", &w), 0);
	/* what stands right before and after a number */
	CHECK_INT(rec("socket error 5-10054", &w), 0);
	CHECK_INT(rec("socket error 3,10054", &w), 0);
	CHECK_INT(rec("socket error a-10054", &w), 1);
	CHECK_INT(rec("socket error 10054-10060", &w), 0);
	CHECK_INT(rec("socket error 10054:30", &w), 0);
	CHECK_INT(rec("socket error 10054,5", &w), 0);
	CHECK_INT(rec("socket error 10054. Retrying", &w), 1);
	CHECK_INT(rec("connect [::1]:10054 failed", &w), 0);
	CHECK_INT(rec("connect :10054 failed", &w), 0);
	CHECK_INT(rec("socket failure /10054", &w), 1);
	CHECK_INT(rec("connect failed [10061]", &w), 1);
	CHECK_INT(rec("connect failed (10061:", &w), 1);
	CHECK_INT(rec("connect failed (10061 y", &w), 1);
	CHECK_INT(rec("connect (10061)", &w), 1);
	CHECK_INT(rec("10054", &w), 0);
	/* hex forms */
	CHECK_INT(rec("a0x80072746", &w), 0);
	CHECK_INT(rec("code 0x00000000000000000001", &w), 0);
	CHECK_INT(rec("socket 0x12", &w), 0);
	CHECK_INT(rec("socket 0x2746z", &w), 0);
	CHECK_INT(rec("status 0xD0000001", &w), 0);
	CHECK_INT(rec("status 0xD000020D", &w), 1);
	CHECK_INT(rec("socket error 0x2746/10054", &w), 1);
	CHECK_INT(rec("flags 0x2746", &w), 0);
	CHECK_INT(rec("WSA error 0x2746", &w), 1);
	CHECK_INT(rec("socket 0x274D", &w), 1);
	CHECK_INT(rec("value 0x0001", &w), 0);
	CHECK_INT(rec("socket status 0xC0000017", &w), 1);
	CHECK_INT(rec("status 0xC0000017", &w), 0);
	CHECK_INT(rec("error 0x8007000E", &w), 0);
	CHECK_INT(rec("socket: ENOBUFS", &w), 1);
	/* libuv's names; an HRESULT without its 0x after an error word */
	CHECK_INT(rec("UV_ECONNRESET", &w), 1);
	CHECK_INT(rec("MY_ECONNRESET", &w), 0);
	CHECK_INT(rec("HRESULT: 80072746", &w), 1);
	CHECK_INT(w, 10054);
	CHECK_INT(rec("listening on localhost:8000", &w), 0);
	CHECK_INT(rec("error 80072746x", &w), 0);
	CHECK_INT(rec("build 80072746", &w), 0);
	/* a WSA name one letter off; function names are not */
	CHECK_INT(rec("WSANOTINITIALIZED", &w), 1);
	CHECK_INT(w, 10093);
	CHECK_INT(rec("recv: WSAETIMEOUT", &w), 1);
	CHECK_INT(w, 10060);
	CHECK_INT(rec("WSAStartup WSACleanup WSAGetLastError WSARecv", &w), 0);
	CHECK_INT(rec("commit 31b57676 adding WSACleanup/WSAShutdown on Win32", &w), 0);
	CHECK_INT(rec("recv: WSACONNRESET", &w), 1);
	CHECK_INT(rec("WSAEINTRX", &w), 0);
	/* an Erlang atom as a sentence starts; names of Chromium */
	CHECK_INT(rec("Econnrefused", &w), 1);
	CHECK_INT(rec("EconnRefused", &w), 0);
	CHECK_INT(rec("GET /api net::ERR_CONNECTION_RESET", &w), 1);
	CHECK_INT(w, 10054);
	CHECK_INT(rec("MY_ERR_CONNECTION_RESET", &w), 0);
	/* EACCES and "Permission denied" are about files unless the line
	 * is about a socket; WSAEACCES and 10013 are Winsock's */
	CHECK_INT(rec("npm ERR! code EACCES", &w), 0);
	CHECK_INT(rec("Permission denied (publickey).", &w), 0);
	CHECK_INT(rec("listen EACCES: permission denied 0.0.0.0:80", &w), 1);
	CHECK_INT(rec("bind: Permission denied", &w), 1);
	CHECK_INT(rec("WSAEACCES", &w), 1);
	CHECK_INT(rec("setsockopt: Invalid argument", &w), 1);
	CHECK_INT(rec("zgrep: usage should say which grep options are not supported", &w), 0);
	/* a short first word left out only when a long part is left */
	CHECK_INT(rec("cec-ctl: print correct destination address for broadcast msgs", &w), 0);
	CHECK_INT(rec("a git URL that refers to a commit that is not available locally", &w), 0);
	CHECK_INT(rec("Requested address is not valid in its context", &w), 1);
	CHECK_INT(w, 10049);
	CHECK_INT(rec("setxattr: Operation not supported", &w), 0);
	CHECK_INT(rec("setsockopt: Operation not supported", &w), 1);
	CHECK_INT(w, 10045);
	/* .NET's HResult as a negative decimal, after an error word */
	CHECK_INT(rec("HResult=-2147014842", &w), 1);
	CHECK_INT(w, 10054);
	CHECK_INT(rec("offset -2147014842", &w), 0);
	CHECK_INT(rec("error -21470148420", &w), 0);
	CHECK_INT(rec("error 2147014842", &w), 0);
	CHECK_INT(rec("error x-2147014842", &w), 0);
	CHECK_INT(rec("error -214abcdef5", &w), 0);
	CHECK_INT(rec("error -2147483649", &w), 0);
	CHECK_INT(rec("error -2147483000", &w), 0);
	CHECK_INT(rec("HRESULT -2147012867", &w), 1); /* WinINet 12029 */
	CHECK_INT(w, -1);
	/* one letter added; a word near two names; a short one */
	CHECK_INT(rec("WSAETIMEDOUTT", &w), 1);
	CHECK_INT(w, 10060);
	CHECK_INT(rec("WSAEBFNOSUPPORT", &w), 0);
	CHECK_INT(rec("WSAEABCD", &w), 0);
	CHECK_INT(rec("KCFURLErrorCannotFindHost", &w), 0);
	/* facility 12 beyond Outlook's codes; a generic Win32 code with no
	 * socket word; a negative HResult where the scanner goes 32 bytes
	 * at a time */
	CHECK_INT(rec("error 800C0001", &w), 0);
	CHECK_INT(rec("error 800CCCFF", &w), 0);
	CHECK_INT(rec("error 80070057", &w), 0);
	CHECK_INT(rec("System.Runtime.InteropServices.COMException: HResult=-2147014842 "
	              "while reading from the stream of the remote end",
	              &w),
	          1);
	CHECK_INT(w, 10054);
	/* a Linux errno after a MySQL client's sentence, and nowhere else */
	CHECK_INT(rec("ERROR 2003 (HY000): Can't connect to MySQL server on 'db' (111)", &w), 1);
	CHECK_INT(w, 10061);
	CHECK_INT(rec("Can't connect to MariaDB server on 'db' (110)", &w), 1);
	CHECK_INT(w, 10060);
	CHECK_INT(rec("Can't connect to MySQL server on 'db' (115)", &w), 0);
	CHECK_INT(rec("Can't connect to local MySQL server through socket 'x' (2)", &w), 0);
	CHECK_INT(rec("release notes (111)", &w), 0);
	/* the Win32 codes of socket I/O 1225..1236 after a word that says
	 * Windows; MySQL's own 1227 and 1236 are not */
	CHECK_INT(rec("GetLastError() returned 1225", &w), 1);
	CHECK_INT(w, 10061);
	CHECK_INT(rec("System error 1231 has occurred.", &w), 1);
	CHECK_INT(w, 10051);
	CHECK_INT(rec("ERROR 1227 (42000): Access denied; you need the SUPER privilege", &w), 0);
	CHECK_INT(rec("Got fatal error 1236 from master when reading data from binary log", &w), 0);
	CHECK_INT(rec("Win32 error 1224", &w), 0);
	CHECK_INT(rec("Win32 error 12250", &w), 0);
	CHECK_INT(rec("socket error 12345 and 12399 in a line of more than thirty-two bytes", &w),
	          0);
	CHECK_INT(rec("Win32 error 1225.5", &w), 0);
	CHECK_INT(rec("Win32 error x1225", &w), 0);
	CHECK_INT(rec("last error 1234 on the api of discord", &w), 0);
	CHECK_INT(rec("In a long line the scanner reads 32 bytes at a time: Win32 error 1236 "
	              "while sending to the server",
	              &w),
	          1);
	CHECK_INT(w, 10053);
	CHECK_INT(rec("xConnection refused", &w), 0);
	CHECK_INT(rec("-Connection refused", &w), 1);
	/* generic names need a socket context */
	CHECK_INT(rec("open: EINVAL", &w), 0);
	CHECK_INT(rec("setsockopt on socket: EINVAL", &w), 1);
	CHECK_INT(rec("WSAGetLastError() returned", &w), 0);
	CHECK_INT(rec("EPROCLIMIT", &w), 0);
}

/* The hits of the mail and Internet systems in a text, as
 * "system:value,..." (static). */
static const char *mail(const char *t)
{
	static char buf[512];
	wsaerr_hit h[32];
	size_t n = wsaerr_recognize(t, strlen(t), h, 32), i, k = 0;

	buf[0] = '\0';
	for (i = 0; i < n && i < 32 && k < sizeof buf - 64; i++) {
		if (h[i].system == WSAERR_SYS_WSA)
			continue;
		/* no Winsock code, and a row of its system (an enhanced code may
		 * lack one) */
		CHECK_INT(h[i].wsa, WSAERR_NONE);
		CHECK(wsaerr_lookup(h[i].system, h[i].value) != NULL ||
		      h[i].system == WSAERR_SYS_ENHANCED);
		k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s:%lld", k ? "," : "",
		                      wsaerr_system_key(h[i].system), h[i].value);
	}
	return buf;
}

/* SMTP replies and enhanced codes only in an SMTP context; Outlook
 * transport errors anywhere; WinINet and WinHTTP errors as HRESULTs. */
static void mail_context_rules(void)
{
	int w;
	/* MTA logs: Postfix, Exim, sendmail, Exchange, OpenSMTPD */
	CHECK_STR(
	        mail("status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 <a@example.org>: "
	             "User unknown (in reply to RCPT TO command))"),
	        "smtp:550,enhanced:5001001");
	CHECK_STR(mail("to=<a@example.org>, relay=none, delay=3, dsn=4.4.1, status=deferred"),
	          "enhanced:4004001");
	CHECK_STR(
	        mail("SMTP error from remote mail server after RCPT TO:<a@example.org>: 554 No relaying"),
	        "smtp:554");
	CHECK_STR(mail("stat=Deferred: 421 4.7.0 Try again later"), "smtp:421,enhanced:4007000");
	CHECK_STR(mail("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"),
	          "smtp:550,enhanced:5001001");
	CHECK_STR(
	        mail("Remote Server returned '<mx.example.com #5.0.0 smtp;550 5.1.1 User unknown>'"),
	        "enhanced:5000000,smtp:550,enhanced:5001001");
	CHECK_STR(mail("mta: 0xea6710: <<< 554-Bad DNS PTR resource record."), "smtp:554");
	CHECK_STR(mail("Diagnostic-Code: smtp; 550 invalid helo given"), "smtp:550");
	CHECK_STR(mail("Status: 5.1.1"), "enhanced:5001001");
	/* client logs and dialogs */
	CHECK_STR(mail("SMTP error: 535 5.7.8"), "smtp:535,enhanced:5007008");
	CHECK_STR(mail("smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not "
	               "accepted.')"),
	          "smtp:535,enhanced:5007008");
	CHECK_STR(mail("Protocol: SMTP, Server Error: 554, Socket Error: 10061, Error Number: "
	               "0x800CCC79"),
	          "smtp:554,ixp:2148322425");
	CHECK_STR(mail("Add Outlook.com 550 5.7.515 SMTP error"), "smtp:550,enhanced:5007515");
	CHECK_STR(mail("qmail: 553 sorry (#5.7.1)"), "smtp:553,enhanced:5007001");
	CHECK_STR(mail("the mail server returned 550 for it"), "smtp:550");
	/* two blanks between a reply and its enhanced code; quotes of other
	 * scripts and the full-width colon before a reply */
	CHECK_STR(mail("550  5.1.1 unknown"), "smtp:550,enhanced:5001001");
	CHECK_STR(mail("mail: «550 no» 「554 no」 エラー：553"), "smtp:550,smtp:554,smtp:553");
	CHECK_STR(mail("mail: ’550 no‘ “421 busy”"), "smtp:550,smtp:421");
	/* an enhanced code after '-' is one only after its reply */
	CHECK_STR(mail("mail: x -5.1.1 and 450-5.1.1"), "");
	/* a three-digit number elsewhere is never an SMTP reply */
	CHECK_STR(mail("Server Error: 554"), "");
	CHECK_STR(mail("HTTP/1.1 500 Internal Server Error"), "");
	CHECK_STR(mail("POST /api/mail/send HTTP/1.1 500 1234"), "");
	CHECK_STR(mail("{\"status\":500,\"message\":\"mail failed\"}"), "");
	CHECK_STR(mail("mail server listening on port 554"), "");
	CHECK_STR(mail("took 250 ms to send mail"), "");
	CHECK_STR(mail("sent mail 550 times"), "");
	CHECK_STR(mail("mail queue 550.5 KB"), "");
	CHECK_STR(mail("mail ids 550-560"), "");
	CHECK_STR(mail("mail see https://example.com/docs#550"), "");
	CHECK_STR(mail("mail x550 550x"), "");
	CHECK_STR(mail("postfix 2.2.4 released"), "");
	CHECK_STR(mail("Exim 4.4.1 is out"), "");
	CHECK_STR(mail("upgrade the mail server to 2.2.4"), "");
	CHECK_STR(mail("mail version: 2.2.4"), "");
	CHECK_STR(mail("mail 5.7.1a 5.9.1 3.1.1 5.7.1.2"), "");
	CHECK_STR(mail("550 5.1.1 3.1"), "smtp:550,enhanced:5001001");
	CHECK_STR(mail("450 5.1.1 classes differ"), "");
	/* Outlook transport errors of the catalogue, anywhere */
	CHECK_STR(mail("[HELP] Outlook periodically produces 0x800ccc0e"), "ixp:2148322318");
	CHECK_STR(mail("value 0x800CCCFF"), "");
	CHECK_STR(mail("x0x800CCC0E 0x800CCC0EF"), "");
	/* WinINet and WinHTTP errors as HRESULTs: WinINet's unless the line
	 * names WinHTTP or only WinHTTP has the code */
	CHECK_STR(mail("error 0x80072EFD"), "wininet:12029");
	CHECK_STR(mail("WinHttpSendRequest failed: 0x80072EE7"), "winhttp:12007");
	CHECK_STR(mail("HRESULT 0x80072F8F"), "wininet:12175");
	CHECK_STR(mail("HRESULT 0x80072FFF 0x80072EE0"), "");
	/* the same code again close by is one hit; a Winsock hit keeps its
	 * system and value */
	CHECK_STR(mail("Server Response: '550 x', Protocol: SMTP, Server Error: 550"), "smtp:550");
	CHECK_INT(rec("Socket Error: 10061, Error Number: 0x800CCC0E", &w), 2);
	CHECK_INT(w, 10061);
	{
		wsaerr_hit h[4];
		const char *t = "Socket Error: 10061, Error Number: 0x800CCC0E";
		CHECK_INT(wsaerr_recognize(t, strlen(t), h, 4), 2);
		CHECK_INT(h[0].system, WSAERR_SYS_WSA);
		CHECK_INT(h[0].value, 10061);
		CHECK_INT(h[1].system, WSAERR_SYS_IXP);
		CHECK_INT(h[1].value, 0x800CCC0ELL);
		CHECK_INT(h[1].evidence, WSAERR_EV_HRESULT);
		CHECK_INT(h[1].start, strlen(t) - 10);
		CHECK_INT(h[1].end, strlen(t));
	}
}

/* Every anchor in a text shorter than the vector width, so that the
 * scalar path meets each. */
static void short_texts_every_anchor(void)
{
	static const char *const texts[] = {
		"(10054)",
		"0x2746",
		"WSAEINTR",
		"EAI_FAIL",
		"STATUS_IO_TIMEOUT",
		"Connection reset",
		"unreachable",
		"not known",
		"Broken pipe",
		"Temporary x",
		"Verbindung",
		"Host is down",
		"requested",
		"network",
		"has expired",
		"timed out",
		"already in",
		"to host",
		"\xe2\x80\x94",
		"TimedOut",
		"1x",
		"E_",
		"Sx",
		"nx",
		"kx",
		"ix",
		"rx",
		"wx",
		"qx",
		"tx",
		"550",
		"5.7.1",
		"5.7",
		"55",
		"2.",
		"smtp 550",
		"dsn=5.1.1",
		"(#5.7.1)",
		"0x800CCC0E",
		"xx",
		"dx",
		"yx",
		"ox",
		"d o",
		"y i",
		"o h",
		"E",
		"",
	};
	size_t i;
	wsaerr_hit h[4];
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
		(void)wsaerr_recognize(texts[i], strlen(texts[i]), h, 4);
	CHECK_INT(wsaerr_recognize("to WSAECONNRESET", 16, h, 4), 1);
}

/* More than 32 different codes on one line: every one reported, in
 * order, none merged. */
static void many_hits_on_one_line(void)
{
	static char line[8192];
	static wsaerr_hit h[128];
	size_t i, n = 0, len = 0;
	int last = 0, ok = 1;
	for (i = 0; i < wsaerr_count() && n < 60; i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		const char *name = wsaerr_name(e);
		if (wsaerr_code(e) < 10000 || strncmp(name, "WSAE", 4) != 0 || wsaerr_twin(e))
			continue;
		len += (size_t)snprintf(line + len, sizeof line - len, "%s%s", n ? " x " : "", name);
		n++;
	}
	CHECK_INT(wsaerr_recognize(line, len, h, 128), n);
	for (i = 0; i < n; i++) {
		if (h[i].wsa <= last)
			ok = 0;
		last = h[i].wsa;
	}
	CHECK(ok);
	CHECK(n > 32);
}

/* The first hit of a text of n bytes, and how many. */
static size_t first_hit(const char *t, size_t n, wsaerr_hit *h)
{
	wsaerr_hit all[16];
	size_t k = wsaerr_recognize(t, n, all, 16);
	memset(h, 0, sizeof *h);
	if (k)
		*h = all[0];
	return k;
}

/* a, then n blanks, then b, into buf (NUL-terminated); returns the length. */
static size_t gapped(char *buf, const char *a, size_t n, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	memcpy(buf, a, la);
	memset(buf + la, ' ', n);
	memcpy(buf + la + n, b, lb + 1);
	return la + n + lb;
}

/* A message matches across at most 48 blanks (MAXGAP): more end it, in
 * each direction, with or without an edit on the way. */
static void long_gaps_end_a_message(void)
{
	static char buf[512];
	wsaerr_hit h;
	size_t n;

	/* forward from the anchor: the match stops before the gap */
	n = gapped(buf, "An existing connection was forcibly closed by the", 120, "remote host");
	CHECK_INT(first_hit(buf, n, &h), 1);
	CHECK_INT(h.wsa, 10054);
	CHECK_INT(h.start, 0);
	CHECK_INT(h.end, 49);
	/* what follows the gap is a part of its own */
	n = gapped(buf, "No connection could be made", 120,
	           "because the target machine actively refused it");
	CHECK_INT(first_hit(buf, n, &h), 1);
	CHECK_INT(h.wsa, 10061);
	CHECK_INT(h.start, 27 + 120);
	CHECK_INT(h.end, n);
	/* an edited text counts only whole, and the gap cuts it */
	n = gapped(buf, "No connection", 120,
	           "could made because the target machine actively refused it");
	CHECK_INT(first_hit(buf, n, &h), 0);
	n = gapped(buf, "No connection could made", 120,
	           "because the target machine actively refused it");
	CHECK_INT(first_hit(buf, n, &h), 1);
	CHECK_INT(h.start, 24 + 120);
	/* 40 blanks are inside the message, 60 are not */
	n = gapped(buf, "Connection reset by", 40, "peer");
	CHECK_INT(first_hit(buf, n, &h), 1);
	CHECK_INT(h.end, n);
	n = gapped(buf, "Connection reset by", 60, "peer");
	CHECK_INT(first_hit(buf, n, &h), 1);
	CHECK_INT(h.wsa, 10054);
	CHECK(h.end <= 19);
	n = gapped(buf, "Connection", 60, "reset by peer");
	CHECK_INT(first_hit(buf, n, &h), 0);
}

/* A long message still counts whole (confidence 70, an exact one 85)
 * with a word misspelt at its edges: letters swapped at the start or the
 * end of its last word, a near word at a word's start, the first word
 * misspelt (found from an anchor after it), a longer word added. */
static void edits_at_word_edges(void)
{
	static const struct {
		const char *text;
		int wsa;
	} cases[] = {
		{ "An existing connection was forcibly closed by the remote host", 10054 },
		{ "An existing connection was forcibly closed by the remote ohst", 10054 },
		{ "An existing connection was forcibly closed by the remote hots", 10054 },
		{ "An existing connection was forcibly closed by the semote host", 10054 },
		{ "An existing connection was forcibly closde by the remote host", 10054 },
		{ "An existing connection was forcible closed by the remote host", 10054 },
		/* a word that ends otherwise, read back to its start (similar()) */
		{ "An existing connections was forcibly closed by the remote host", 10054 },
		{ "The Windows Socket version requested is not supported", 10092 },
		{ "Olny one usage of each socket address (protocol/network address/port) is "
		  "normally permitted",
		  10048 },
		{ "No connection could be made because the remote target machine actively "
		  "refused it",
		  10061 },
	};
	size_t i;
	wsaerr_hit h;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n = strlen(cases[i].text);
		CHECK_INT(first_hit(cases[i].text, n, &h), 1);
		CHECK_INT(h.wsa, cases[i].wsa);
		CHECK_INT(h.start, 0);
		CHECK_INT(h.end, n);
		CHECK_INT(h.evidence, WSAERR_EV_MESSAGE);
		CHECK_INT(h.confidence, i == 0 ? 85 : 70);
	}
}

/* Names: a WSA prefix before an NTSTATUS name or before digits is not a
 * name; the prefixes of a code ("WSAGetLastError() = 10035", "WinError#")
 * take at most five marks and five digits before it; a run of capitals
 * longer than any name is none. */
static void names_and_prefixes(void)
{
	static char longname[80];
	wsaerr_hit h;
	int w;

	CHECK_INT(rec("WSASTATUS_IO_TIMEOUT", &w), 0);
	CHECK_INT(rec("STATUS_IO_TIMEOUT", &w), 1);
	CHECK_INT(w, 10060);
	CHECK_INT(rec("WSAE10054", &w), 0);
	/* a name starts a word, also where a CamelCase hump is an anchor */
	CHECK_INT(rec("xwSAECONNRESET", &w), 0);
	CHECK_INT(rec("x wSAECONNRESET", &w), 1);
	CHECK_INT(w, 10054);
	CHECK_INT(first_hit("WSAGetLastError() = 10035", 25, &h), 1);
	CHECK_INT(h.wsa, 10035);
	CHECK_INT(h.evidence, WSAERR_EV_CODE);
	CHECK_INT(h.confidence, 95);
	CHECK_INT(h.start, 0);
	CHECK_INT(h.end, 25);
	CHECK_INT(first_hit("SocketError=10054", 17, &h), 1);
	CHECK_INT(h.confidence, 95);
	CHECK_INT(first_hit("WinError#10054", 14, &h), 1);
	CHECK_INT(h.start, 0);
	/* seven blanks: the number is judged on its own, after a strong word */
	CHECK_INT(first_hit("WinError       10054", 20, &h), 1);
	CHECK_INT(h.start, 15);
	CHECK_INT(h.confidence, 90);
	CHECK_INT(rec("WinError 1005412", &w), 0);
	CHECK_INT(rec("WinError 10054.5", &w), 0);
	/* a generic condition by its errno name needs a line about sockets */
	CHECK_INT(rec("EALREADY", &w), 0);
	CHECK_INT(rec("connect: EALREADY", &w), 1);
	CHECK_INT(w, 10037);
	memset(longname, 'A', sizeof longname - 1);
	longname[0] = 'E';
	CHECK_INT(rec(longname, &w), 0);
	memcpy(longname, "WSAX", 4);
	longname[66] = '\0';
	CHECK_INT(rec(longname, &w), 0);
}

/* OpenSSL's packed system errors: eight hex digits starting with 8, a
 * catalogue code in 10000..11999, glued to ":system library". */
static void openssl_packed_errors(void)
{
	static const char *const no[] = {
		"error:8000G74C:system library:BIO_connect",  /* not hex */
		"error:X8000274C:system library:BIO_connect", /* nine characters */
		"error:0000274C:system library:BIO_connect",  /* not 8... */
		"error:800274C:system library:BIO_connect",   /* seven digits */
		"error:80002711:system library:BIO_connect",  /* 10001: no code */
		"error:80002EE0:system library:BIO_connect",  /* 12000 */
		"error 8000274C system library",              /* no colon */
		"274C:system library",                        /* too short */
	};
	size_t i;
	wsaerr_hit h;
	int w;

	for (i = 0; i < sizeof no / sizeof no[0]; i++)
		CHECK_INT(rec(no[i], &w), 0);
	CHECK_INT(first_hit("error:8000274C:system library:BIO_connect", 41, &h), 1);
	CHECK_INT(h.wsa, 10060);
	CHECK_INT(h.evidence, WSAERR_EV_HEX);
	CHECK_INT(h.start, 6);
	CHECK_INT(h.end, 29);
}

/* Decimal, overlapped and hex codes by the words around them. */
static void numbers_by_more_context(void)
{
	static const struct {
		const char *text;
		int wsa; /* 0: none */
	} cases[] = {
		/* "is" and "number" are passed over, to the word before */
		{ "socket error number is 10054", 10054 },
		{ "tid 10054 socket error", 0 },
		{ "uid 10054 socket error", 0 },
		{ "ttl 10054 socket error", 0 },
		{ "UDP 10061 open", 0 },
		{ "Código de erro UDP 10061", 10061 },
		{ "socket error .10054", 0 },
		{ "   #10054 error", 0 },
		{ ":10054 error", 0 },
		{ "5error:10054", 0 },
		{ "x_error:10054", 0 },
		{ "averyveryverylongword:10054", 0 },
		{ "see http://x/10054 socket error", 0 },
		{ "socket error x/10054", 10054 },
		/* a veto word at the very end, or glued to a capital */
		{ "error 10013 from the api", 0 },
		{ "error 10013 in apiServer", 0 },
		{ "error 10013 in api2", 10013 },
		/* 995..997 */
		{ "error 995", 995 },
		{ "Discord error 995", 0 },
		{ "code=995", 995 },
		{ "995 error", 995 },
		{ "error #995", 0 },
		{ "error -995", 0 },
		{ "error 995.5", 0 },
		/* hex: an error word or a code label before it is enough */
		{ "errno 0x2746", 10054 },
		{ "error code 0x2746", 10054 },
		{ "failed 0x2746", 10054 },
		{ "socket 0x2711", 0 },
		{ "socket 0x2EE0", 0 },
		/* a generic code in hex needs a socket word */
		{ "socket call 0x2714", 10004 },
		{ "errno 0x2714", 0 },
	};
	size_t i;
	int w;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n = rec(cases[i].text, &w);
		if (n != (cases[i].wsa != 0) || w != cases[i].wsa) {
			printf("  '%s': %lu hits, first %d; wanted %d\n", cases[i].text,
			       (unsigned long)n, w, cases[i].wsa);
			CHECK(0);
		}
	}
}

/* Short texts after a delimiter or on a line of their own; a message's
 * start next to its own number. */
static void short_texts_and_numbers_beside(void)
{
	static const char *const timed_out[] = {
		"port 443: Timed out\r", "\"Timed out\"", "msg='Timed out'",
		"reason=Timed out",      "`Timed out`",
	};
	size_t i;
	wsaerr_hit h;
	int w;

	for (i = 0; i < sizeof timed_out / sizeof timed_out[0]; i++) {
		CHECK_INT(rec(timed_out[i], &w), 1);
		CHECK_INT(w, 10060);
	}
	CHECK_INT(rec("Host is down", &w), 1);
	CHECK_INT(rec("Host is down\nnext", &w), 1);
	CHECK_INT(w, 10064);
	CHECK_INT(rec("x Host is down", &w), 0);
	CHECK_INT(first_hit("10054 = An existing connection was forcibly", 43, &h), 1);
	CHECK_INT(h.start, 0);
	CHECK_INT(h.end, 43);
	CHECK_INT(first_hit("An existing connection was forcibly closed - 10054", 50, &h), 1);
	CHECK_INT(h.end, 50);
	/* six digits are not its number */
	CHECK_INT(first_hit("An existing connection was forcibly (100540)", 44, &h), 1);
	CHECK_INT(h.end, 35);
}

/* src/fold.h: full-width letters of either case and full-width marks,
 * the byte-order mark and other marks as blanks; Cyrillic capitals (Є and
 * І of U+0400..U+040F too) as small letters, ё as е; Romanian ș ț as s t;
 * Greek capitals; a text cut inside a UTF-8 character. */
static void folding_wide_and_capital_letters(void)
{
	static const struct {
		const char *text;
		int wsa;
		size_t end; /* 0: the whole text */
	} cases[] = {
		{ "Connection \xef\xbd\x92\xef\xbd\x85\xef\xbd\x93\xef\xbd\x85\xef\xbd\x94 "
		  "\xef\xbd\x82\xef\xbd\x99 \xef\xbc\xb0\xef\xbc\xa5\xef\xbc\xa5\xef\xbc\xb2",
		  10054, 0 }, /* Connection ｒｅｓｅｔ ｂｙ ＰＥＥＲ */
		{ "Connection reset by\xef\xbc\x9a\xef\xbc\xbb\xef\xbd\x9bpeer", 10054,
		  0 },                                               /* ：［｛ */
		{ "Connection\xef\xbb\xbfreset by peer", 10054, 0 }, /* U+FEFF */
		{ "Connection\xef\xb9\x90reset by peer", 10054, 0 }, /* U+FE50 */
		{ "Connection\xef\xbd\xa1reset by peer", 10054, 0 }, /* U+FF61 */
		{ "Connection\xe3\x83\xbbreset by peer", 10054, 0 }, /* U+30FB */
		{ "\xd0\xa1\xd0\x9e\xd0\x95\xd0\x94\xd0\x98\xd0\x9d\xd0\x95\xd0\x9d\xd0\x98\xd0\x95 "
		  "\xd0\xa0\xd0\x90\xd0\x97\xd0\x9e\xd0\xa0\xd0\x92\xd0\x90\xd0\x9d\xd0\x9e "
		  "\xd0\x94\xd0\xa0\xd0\xa3\xd0\x93\xd0\x9e\xd0\x99 "
		  "\xd0\xa1\xd0\xa2\xd0\x9e\xd0\xa0\xd0\x9e\xd0\x9d\xd0\x9e\xd0\x99",
		  10054, 0 }, /* СОЕДИНЕНИЕ РАЗОРВАНО ДРУГОЙ СТОРОНОЙ */
		{ "\xd0\x92\xd0\xa3\xd0\x97\xd0\x9e\xd0\x9b "
		  "\xd0\xa0\xd0\x9e\xd0\x97\xd0\x86\xd0\xa0\xd0\x92\xd0\x90\xd0\x92 "
		  "\xd0\x97\xe2\x80\x99\xd0\x84\xd0\x94\xd0\x9d\xd0\x90\xd0\x9d\xd0\x9d\xd0\xaf",
		  10054, 0 }, /* ВУЗОЛ РОЗІРВАВ З’ЄДНАННЯ */
		/* cut inside the last character: the message up to it */
		{ "Connection reset by peer\xe2\x80", 10054, 24 },
		{ "\xd0\xa1\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 "
		  "\xd1\x80\xd0\xb0\xd0\xb7\xd0\xbe\xd1\x80\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe "
		  "\xd0\xb4\xd1\x80\xd1\x83\xd0\xb3\xd0\xbe\xd0\xb9 "
		  "\xd1\x81\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbd\xd0\xbe\xd0",
		  10054, 67 }, /* Соединение разорвано другой стороно + half of й */
	};
	/* Romanian ș ț as s t, Russian ё Ё as е: an exact match (85), not an
	 * edited one (70) */
	static const char *const exact[] = {
		"Connection re\xc8\x99"
		"et by peer",
		"Connec\xc8\x9bion reset by peer",
		"\xd0\xa3\xd0\xb4\xd0\xb0\xd0\xbb\xd1\x91\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb9 "
		"\xd1\x85\xd0\xbe\xd1\x81\xd1\x82 "
		"\xd0\xbf\xd1\x80\xd0\xb8\xd0\xbd\xd1\x83\xd0\xb4\xd0\xb8\xd1\x82\xd0\xb5"
		"\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xbe "
		"\xd1\x80\xd0\xb0\xd0\xb7\xd0\xbe\xd1\x80\xd0\xb2\xd0\xb0\xd0\xbb "
		"\xd1\x81\xd1\x83\xd1\x89\xd0\xb5\xd1\x81\xd1\x82\xd0\xb2\xd1\x83\xd1\x8e"
		"\xd1\x89\xd0\xb5\xd0\xb5 "
		"\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb5\xd0\xbd"
		"\xd0\xb8\xd0\xb5", /* Удалённый хост принудительно разорвал ... */
		"\xd0\xa3\xd0\x94\xd0\x90\xd0\x9b\xd0\x81\xd0\x9d\xd0\x9d\xd0\xab\xd0\x99 "
		"\xd0\xa5\xd0\x9e\xd0\xa1\xd0\xa2 "
		"\xd0\x9f\xd0\xa0\xd0\x98\xd0\x9d\xd0\xa3\xd0\x94\xd0\x98\xd0\xa2\xd0\x95"
		"\xd0\x9b\xd0\xac\xd0\x9d\xd0\x9e "
		"\xd0\xa0\xd0\x90\xd0\x97\xd0\x9e\xd0\xa0\xd0\x92\xd0\x90\xd0\x9b "
		"\xd0\xa1\xd0\xa3\xd0\xa9\xd0\x95\xd0\xa1\xd0\xa2\xd0\x92\xd0\xa3\xd0\xae"
		"\xd0\xa9\xd0\x95\xd0\x95 "
		"\xd0\x9f\xd0\x9e\xd0\x94\xd0\x9a\xd0\x9b\xd0\xae\xd0\xa7\xd0\x95\xd0\x9d"
		"\xd0\x98\xd0\x95", /* УДАЛЁННЫЙ ХОСТ ПРИНУДИТЕЛЬНО ... */
	};
	const char *t;
	size_t i;
	wsaerr_hit h;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n = strlen(cases[i].text);
		CHECK_INT(first_hit(cases[i].text, n, &h), 1);
		CHECK_INT(h.wsa, cases[i].wsa);
		CHECK_INT(h.start, 0);
		CHECK_INT(h.end, cases[i].end ? cases[i].end : n);
	}
	for (i = 0; i < sizeof exact / sizeof exact[0]; i++) {
		size_t n = strlen(exact[i]);
		CHECK_INT(first_hit(exact[i], n, &h), 1);
		CHECK_INT(h.wsa, 10054);
		CHECK_INT(h.end, n);
		CHECK_INT(h.confidence, 85);
	}
	/* Greek capitals fold to small letters; no Greek message is known, so
	 * a Greek line finds nothing (Η ΣΥΝΔΕΣΗ ΔΙΑΚΟΠΗΚΕ) */
	t = "\xce\x97 \xce\xa3\xce\xa5\xce\x9d\xce\x94\xce\x95\xce\xa3\xce\x97 "
	    "\xce\x94\xce\x99\xce\x91\xce\x9a\xce\x9f\xce\xa0\xce\x97\xce\x9a\xce\x95";
	CHECK_INT(first_hit(t, strlen(t), &h), 0);
}

/* The stream interface's edges: no callback (the hits are counted), no
 * data, a number cut by the end of the text, a reference repeated along
 * a line (merged, but never into a hit longer than 1024 bytes: 0-1021,
 * 1022-1035 up to the offset 1024, 1036-2047 and 2048-2897). */
static void stream_edges(void)
{
	static char line[2900];
	static wsaerr_hit h[16];
	const char *t = "socket error 10054, then WSAETIMEDOUT and Connection refused";
	size_t i, n;
	wsaerr_scanner s;

	wsaerr_scanner_init(&s);
	CHECK_INT(wsaerr_scan(&s, t, strlen(t), NULL, NULL) + wsaerr_scan_end(&s, NULL, NULL), 3);
	CHECK_INT(wsaerr_scan(&s, NULL, 5, NULL, NULL), 0);
	/* 36 bytes: the vector paths meet the number at their last lane */
	CHECK_INT(wsaerr_recognize("socket error xxxxxxxxxxxxxxxxxx 1005", 36, h, 16), 0);
	CHECK_INT(wsaerr_recognize("socket error xxxxxxxxxxxxxxxxxx 10054", 37, h, 16), 1);
	for (i = 0; i + 14 <= sizeof line; i += 14)
		memcpy(line + i, "WSAECONNRESET ", 14);
	n = wsaerr_recognize(line, i, h, 16);
	CHECK_INT(n, 4);
	CHECK_INT(h[1].start, 1022);
	CHECK_INT(h[2].start, 1036);
	for (i = 0; i < n && i < 16; i++) {
		CHECK_INT(h[i].wsa, 10054);
		CHECK(h[i].end - h[i].start <= 1024);
	}
}

void suite_recognize(void)
{
	RUN("recognize", context_rules);
	RUN("recognize", mail_context_rules);
	RUN("recognize", short_texts_every_anchor);
	RUN("recognize", many_hits_on_one_line);
	RUN("recognize", newline_at_start_is_counted);
	RUN("recognize", corpus_recall_and_precision);
	RUN("recognize", corpus_other_systems);
	RUN("recognize", generated_lines);
	RUN("recognize", chunks_find_the_same);
	RUN("recognize", scanner_copy_goes_on);
	RUN("recognize", long_run_cut_at_fixed_places);
	RUN("recognize", very_long_line);
	RUN("recognize", line_looked_at_behind_a_newline);
	RUN("recognize", forms_and_edges);
	RUN("recognize", long_gaps_end_a_message);
	RUN("recognize", edits_at_word_edges);
	RUN("recognize", names_and_prefixes);
	RUN("recognize", openssl_packed_errors);
	RUN("recognize", numbers_by_more_context);
	RUN("recognize", short_texts_and_numbers_beside);
	RUN("recognize", folding_wide_and_capital_letters);
	RUN("recognize", stream_edges);
}
