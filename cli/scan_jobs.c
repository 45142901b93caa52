/*
 * wsaerr scan -j N: files, and parts of one large file, scanned by N
 * threads, with the same counts and the same first and last lines as one
 * thread reading everything in order.
 *
 * A large regular file is cut into parts at line starts (inside a line
 * longer than a MB, after a blank). The recognizer is
 * exact for a stream, and a hit may depend on what comes before it (a
 * message that crosses a line break, the end of the previous hit, which no
 * anchor before is looked at) and after it (the context a judgement reads,
 * at most about 2 KB each way: docs/recognizer.md). So each part's scanner
 * starts OVERLAP bytes before the part and keeps only the hits that start
 * inside it, and reads LOOKAHEAD bytes past its end before it stops. Lines
 * are counted per part and the line numbers made absolute afterwards.
 *
 * Then every cut is checked: the hits that the scanner of the part before
 * it found in the LOOKAHEAD bytes after it must be those the scanner of the
 * part after it found there. A part's scanner starts at a multiple of 1024,
 * where the recognizer cuts a long run of one code (include/wsaerr.h), so
 * one long line of the same code is cut as one thread cuts it. When the
 * hits are not the same (input that chains matches across more than
 * OVERLAP bytes), the part after the cut is scanned again by a copy of the
 * scanner of the part before it, kept as it stood at the cut: the answer
 * is always that of one stream, and costs at most what one thread reading
 * everything costs.
 */
#if !defined(_WIN32)
#define _POSIX_C_SOURCE 200809L
#endif

#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifdef _WIN32
#include <windows.h>
#define fseek64 _fseeki64
typedef __int64 off64;
#else
#include <pthread.h>
#include <sys/types.h>
#include <unistd.h>
#define fseek64 fseeko
typedef off_t off64;
#endif

typedef unsigned long long u64;

#define NCODES TALLY_KEYS
#define OVERLAP ((u64)16 << 10)    /* read before a part */
#define LOOKAHEAD ((u64)16 << 10)  /* read after a part */
#define CHECKED (LOOKAHEAD - 8192) /* hits compared after each cut */
#define MAXCHECK 64                /* of them, at most */
#define MINPART ((u64)16 << 20)    /* smaller files are not cut */
#define BLOCK ((u64)2 << 20)       /* a part of a pipe */
#define MAXBATCH 8                 /* parts of a pipe in memory at once */
/* a long run of one code is cut at stream offsets that are multiples of
 * this (include/wsaerr.h) */
#define RUN_CUT 1024

/* A code's count in one part, with its first and last line there. */
struct seen {
	int wsa;                /* its slot (tally_key()) */
	u64 count, first, last; /* lines counted from the part's start, 1-based */
};

struct cut_hit {
	u64 start, end;
	int wsa, evidence; /* wsa: the slot of its code (tally_key()) */
};

struct task {
	int file; /* index in the argument list; -1 stdin */
	const char *path;
	u64 start, end; /* the part; end 0: to the end of the input */
	int part, last_part;
	/* results */
	u64 newlines; /* in [start, end) */
	struct seen *seen;
	size_t nseen;
	struct cut_hit head[MAXCHECK], tail[MAXCHECK];
	size_t nhead, ntail;
	int err;               /* errno of a failed open */
	struct read_result rr; /* what reading it came to */
	u64 size;              /* a regular file's size when planned */
	int ran;
	/* the scanner as it stood at the end of the part (all parts but the
	 * last), with the stream offset it started at */
	wsaerr_scanner *snap;
	u64 snap_ostart;
	int snapped;
	/* a pipe (scan_pipe()): read in batches of parts held in memory */
	int pipe;
	const char *mem; /* a part of a pipe: the stream's bytes */
	u64 mem_base;    /* [mem_base, mem_base + mem_len) */
	u64 mem_len;
};

struct worker {
	struct task *tasks;
	size_t ntasks;
	size_t *next; /* the next task to take (shared) */
	char *buf;
	wsaerr_scanner *sc;
	struct seen *slot[NCODES]; /* this task's entry for a code */
	u64 from, to;              /* hits kept: stream offsets [from, to) */
	u64 ostart;                /* stream offset of the scanner's start */
	u64 lines_before;          /* newlines in [ostart, start) */
	struct task *t;
	int failed;  /* out of memory */
	int started; /* a thread of its own runs it (run_threads()) */
};

static struct {
	u64 minpart, overlap, align;
	int trace;
} knobs;

/* Where the scanner of a part that starts at `start` starts: OVERLAP bytes
 * before it, and back to a multiple of RUN_CUT, so that it cuts a long run
 * of one code where a scanner reading from the start of the stream cuts
 * it (its offsets count from there). */
static u64 scanner_start(u64 start)
{
	u64 from = start > knobs.overlap ? start - knobs.overlap : 0;
	return from - from % knobs.align;
}

#ifdef _WIN32
static CRITICAL_SECTION lock;
#else
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
#endif

static size_t take_task(struct worker *w)
{
	size_t i;
#ifdef _WIN32
	EnterCriticalSection(&lock);
	i = (*w->next)++;
	LeaveCriticalSection(&lock);
#else
	pthread_mutex_lock(&lock);
	i = (*w->next)++;
	pthread_mutex_unlock(&lock);
#endif
	return i;
}

static void keep_cut(struct cut_hit *list, size_t *n, const wsaerr_hit *h, u64 at)
{
	if (*n < MAXCHECK) {
		list[*n].start = h->start + at;
		list[*n].end = h->end + at;
		list[*n].wsa = tally_key(h);
		list[*n].evidence = h->evidence;
		(*n)++;
	}
}

static void on_hit(void *ctx, const wsaerr_hit *h, const char *match)
{
	struct worker *w = ctx;
	struct task *t = w->t;
	u64 at = h->start + w->ostart, line;
	struct seen *s;
	int key = tally_key(h);

	(void)match;
	if (at >= t->start && at < t->start + CHECKED)
		keep_cut(t->head, &t->nhead, h, w->ostart);
	if (t->end && at >= t->end && at < t->end + CHECKED)
		keep_cut(t->tail, &t->ntail, h, w->ostart);
	if (at < w->from || at >= w->to || key < 0 || key >= NCODES)
		return;
	line = h->line - w->lines_before;
	s = w->slot[key];
	if (s == NULL) {
		struct seen *more = realloc(t->seen, (t->nseen + 1) * sizeof *more);
		size_t k;
		if (more == NULL) {
			w->failed = 1;
			return;
		}
		t->seen = more;
		for (k = 0; k < t->nseen; k++)
			w->slot[t->seen[k].wsa] = &t->seen[k];
		s = &t->seen[t->nseen++];
		s->wsa = key;
		s->count = 0;
		s->first = line;
		w->slot[key] = s;
	}
	s->count++;
	s->last = line;
}

/* Feeds the scanner the bytes of f up to stream offset `to` (the end of
 * the input for TO_END). Returns 0 or errno; *at is the offset reached. */
#define TO_END (~(u64)0)
static int feed(struct worker *w, FILE *f, u64 *at, u64 to)
{
	const struct task *t = w->t;

	if (t->mem) {
		/* a part of a pipe: what the batch holds (it ends there) */
		u64 stop = t->mem_base + t->mem_len < to ? t->mem_base + t->mem_len : to;
		while (*at < stop) {
			size_t n = stop - *at < CHUNK ? (size_t)(stop - *at) : CHUNK;
			wsaerr_scan(w->sc, t->mem + (size_t)(*at - t->mem_base), n, on_hit, w);
			*at += n;
		}
		return 0;
	}
	while (*at < to) {
		size_t want = CHUNK, got;
		if (to - *at < want)
			want = (size_t)(to - *at);
		got = fread(w->buf, 1, want, f);
		if (got == 0)
			return ferror(f) ? (errno ? errno : EIO) : 0;
		wsaerr_scan(w->sc, w->buf, got, on_hit, w);
		*at += got;
	}
	return 0;
}

/* Forgets the worker's entries for t's codes, for its next task. */
static void clear_slots(struct worker *w, const struct task *t)
{
	size_t k;

	for (k = 0; k < t->nseen; k++)
		w->slot[t->seen[k].wsa] = NULL;
}

/* The part t from its start, where the scanner stands (at is the stream
 * offset reached): its lines, the scanner kept at its end, and the
 * LOOKAHEAD bytes after it. */
static void run_part(struct worker *w, struct task *t, FILE *f, u64 at)
{
	u64 lines0 = wsaerr_scan_lines(w->sc);

	w->lines_before = lines0 - 1;
	if (!t->rr.err)
		t->rr.err = feed(w, f, &at, t->end ? t->end : TO_END);
	t->newlines = wsaerr_scan_lines(w->sc) - lines0;
	/* a part that ends before its planned end: the file got shorter */
	if (!t->rr.err && at < (t->end ? t->end : t->size)) {
		t->rr.shrank = 1;
		t->rr.bytes = at;
	}
	t->snapped = 0;
	if (!t->rr.err && t->end && t->snap) {
		*t->snap = *w->sc; /* a scanner may be copied between calls */
		t->snap_ostart = w->ostart;
		t->snapped = 1;
	}
	if (!t->rr.err && t->end)
		t->rr.err = feed(w, f, &at, t->end + LOOKAHEAD);
	wsaerr_scan_end(w->sc, on_hit, w);
}

static void run_task(struct worker *w, struct task *t)
{
	FILE *f;
	u64 at;

	w->t = t;
	t->ran = 1;
	if (t->pipe)
		return; /* read later, by scan_pipe() */
	if (t->mem) {
		/* a part of a pipe, in memory: from OVERLAP bytes before it, or
		 * from what the batch holds */
		u64 from = scanner_start(t->start);
		w->ostart = from > t->mem_base ? from : t->mem_base;
		at = w->ostart;
		w->from = t->start;
		w->to = t->end ? t->end : ~(u64)0;
		wsaerr_scanner_init(w->sc);
		memset(&t->rr, 0, sizeof t->rr);
		feed(w, NULL, &at, t->start);
		run_part(w, t, NULL, at);
		clear_slots(w, t);
		return;
	}
	f = t->file < 0 || strcmp(t->path, "-") == 0 ? stdin : fopen(t->path, "rb");
	if (f == NULL) {
		t->err = errno ? errno : EIO;
		return;
	}
	w->ostart = scanner_start(t->start);
	at = w->ostart;
	w->from = t->start;
	w->to = t->end ? t->end : ~(u64)0;
	if (at > 0 && fseek64(f, (off64)at, SEEK_SET) != 0) {
		t->err = errno ? errno : EIO;
		fclose(f);
		return;
	}
	wsaerr_scanner_init(w->sc);
	errno = 0;
	if (t->start == 0 && t->end == 0) {
		/* a whole input: read as -j 1 reads it (cli/input.c) */
		w->lines_before = 0;
		scan_stream(f, &t->rr, w->sc, w->buf, on_hit, w);
		t->newlines = wsaerr_scan_lines(w->sc) - 1;
		/* shorter than when the parts were planned */
		if (!t->rr.err && t->rr.bytes < t->size) {
			t->rr.shrank = 1;
			t->rr.expected = t->size;
		}
		goto done;
	}
	memset(&t->rr, 0, sizeof t->rr);
	t->rr.regular = 1;
	t->rr.expected = t->size;
	t->rr.err = feed(w, f, &at, t->start);
	run_part(w, t, f, at);
done:
	clear_slots(w, t);
	if (f != stdin)
		fclose(f);
}

/* Part t scanned again by a copy of the scanner of the part before it, as
 * that one stood at the cut: what one stream finds there. */
static void rerun_part(struct worker *w, const struct task *before, struct task *t)
{
	FILE *f = t->mem ? NULL : fopen(t->path, "rb");

	free(t->seen);
	t->seen = NULL;
	t->nseen = t->nhead = t->ntail = 0;
	memset(&t->rr, 0, sizeof t->rr);
	t->rr.regular = 1;
	t->rr.expected = t->size;
	t->err = 0;
	w->t = t;
	if (f == NULL && !t->mem) {
		t->err = errno ? errno : EIO;
		return;
	}
	if (f && fseek64(f, (off64)t->start, SEEK_SET) != 0) {
		t->err = errno ? errno : EIO;
		fclose(f);
		return;
	}
	*w->sc = *before->snap;
	w->ostart = before->snap_ostart;
	w->from = t->start;
	w->to = t->end ? t->end : ~(u64)0;
	errno = 0;
	run_part(w, t, f, t->start);
	clear_slots(w, t);
	if (f)
		fclose(f);
}

#ifdef _WIN32
static DWORD WINAPI work(LPVOID arg)
#else
static void *work(void *arg)
#endif
{
	struct worker *w = arg;
	size_t i;

	while ((i = take_task(w)) < w->ntasks)
		run_task(w, &w->tasks[i]);
#ifdef _WIN32
	return 0;
#else
	return NULL;
#endif
}

#ifdef _WIN32
typedef HANDLE thread_t;
#else
typedef pthread_t thread_t;
#endif

/* Starts threads for workers first to nthreads - 1 on the tasks (next:
 * the index of the next task to take, shared); a worker without memory or
 * a thread leaves its tasks to the others. */
static void start_threads(struct worker *workers, thread_t *threads, int nthreads, int first,
                          struct task *tasks, size_t ntasks, size_t *next)
{
	int i;

	*next = 0;
	for (i = 0; i < nthreads; i++) {
		workers[i].tasks = tasks;
		workers[i].ntasks = ntasks;
		workers[i].next = next;
		workers[i].started = 0;
	}
	for (i = first; i < nthreads; i++) {
		if (workers[i].failed)
			continue;
#ifdef _WIN32
		threads[i] = CreateThread(NULL, 0, work, &workers[i], 0, NULL);
		workers[i].started = threads[i] != NULL;
#else
		workers[i].started = pthread_create(&threads[i], NULL, work, &workers[i]) == 0;
#endif
	}
}

/* Waits for the threads start_threads() started; then the calling thread
 * runs what none of them took (all of it, when none could start). */
static void join_threads(struct worker *workers, thread_t *threads, int nthreads)
{
	int i;

	for (i = 0; i < nthreads; i++) {
		if (!workers[i].started)
			continue;
#ifdef _WIN32
		WaitForSingleObject(threads[i], INFINITE);
		CloseHandle(threads[i]);
#else
		pthread_join(threads[i], NULL);
#endif
		workers[i].started = 0;
	}
	if (!workers[0].failed)
		work(&workers[0]);
}

/* Runs the tasks on the workers, the calling thread being worker 0. */
static void run_threads(struct worker *workers, thread_t *threads, int nthreads, struct task *tasks,
                        size_t ntasks)
{
	size_t next;

	start_threads(workers, threads, nthreads, 1, tasks, ntasks, &next);
	if (!workers[0].failed)
		work(&workers[0]);
	join_threads(workers, threads, nthreads);
}

/* Where to cut at `off`: the first line start at or after it; in a line
 * longer than a MB, right after the first blank at or after `off` (or at
 * `off` itself), since one line of many MB is as much work as many lines
 * and a part's scanner reads what lies either side of its cut (the check of
 * every cut, same_cut(), stands behind that as behind any cut). 0 when the
 * file ends first. */
static u64 line_start_after(FILE *f, u64 off, char *buf)
{
	u64 at = off, blank = 0;
	int k;

	if (fseek64(f, (off64)off, SEEK_SET) != 0)
		return 0;
	for (k = 0; k < 16; k++) {
		size_t got = fread(buf, 1, 65536, f), i;
		char *nl = got ? memchr(buf, '\n', got) : NULL;
		if (got == 0)
			return 0;
		if (nl)
			return at + (u64)(nl - buf) + 1;
		for (i = 0; blank == 0 && i < got; i++)
			if (buf[i] == ' ' || buf[i] == '\t')
				blank = at + i + 1;
		at += got;
	}
	return blank ? blank : off;
}

/* The tasks of one input: its parts, or the whole of it. */
static struct task *plan(struct task *tasks, size_t *n, size_t *cap, int file, const char *path,
                         int jobs, char *buf)
{
	struct stat st;
	u64 size = 0, cuts[1024];
	int nparts = 1, k, i, pipe = 0;

	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode))
		size = (u64)st.st_size;
	/* a pipe: standard input that is not a file, or a FIFO (<(cmd)) */
	if (jobs > 1 && (strcmp(path, "-") == 0 ? fstat(0, &st) == 0 && !S_ISREG(st.st_mode)
	                                        : stat(path, &st) == 0 && S_ISFIFO(st.st_mode)))
		pipe = 1;
	if (jobs > 1 && size >= 2 * knobs.minpart) {
		u64 want = size / knobs.minpart;
		FILE *f = fopen(path, "rb");
		nparts = want < (u64)jobs ? (int)want : jobs;
		if (knobs.minpart < MINPART) /* testing: as many parts as asked */
			nparts = want < 1024 ? (int)want : 1024;
		cuts[0] = 0;
		for (k = 1, i = 1; f && k < nparts; k++) {
			/* the next line start (or blank, in a line of MBs) */
			u64 c = line_start_after(f, size / (u64)nparts * (u64)k, buf);
			if (c == 0 || c >= size)
				continue;
			if (c > cuts[i - 1])
				cuts[i++] = c;
		}
		nparts = f ? i : 1;
		if (f)
			fclose(f);
	}
	if (*n + (size_t)nparts > *cap) {
		size_t c = (*cap + (size_t)nparts) * 2;
		struct task *more = realloc(tasks, c * sizeof *more);
		if (more == NULL)
			return NULL;
		tasks = more;
		*cap = c;
	}
	for (k = 0; k < nparts; k++) {
		struct task *t = &tasks[(*n)++];
		memset(t, 0, sizeof *t);
		t->file = file;
		t->path = path;
		t->part = k;
		t->last_part = k == nparts - 1;
		t->size = size;
		t->start = k ? cuts[k] : 0;
		t->end = k + 1 < nparts ? cuts[k + 1] : 0;
		/* without memory for it, a bad cut means the whole file again */
		t->snap = t->end ? malloc(sizeof *t->snap) : NULL;
		t->pipe = pipe;
	}
	return tasks;
}

static int same_cut(const struct task *a, const struct task *b)
{
	size_t k;

	if (a->ntail != b->nhead)
		return 0;
	for (k = 0; k < a->ntail; k++)
		if (a->tail[k].start != b->head[k].start || a->tail[k].end != b->head[k].end ||
		    a->tail[k].wsa != b->head[k].wsa || a->tail[k].evidence != b->head[k].evidence)
			return 0;
	return 1;
}

/* Adds the counts of part p, which starts after `lines` lines, to T's. */
static int add_part(struct task *T, const struct task *p, u64 lines)
{
	size_t k, j;

	for (k = 0; k < p->nseen; k++) {
		const struct seen *s = &p->seen[k];
		for (j = 0; j < T->nseen && T->seen[j].wsa != s->wsa; j++)
			;
		if (j == T->nseen) {
			struct seen *more = realloc(T->seen, (T->nseen + 1) * sizeof *more);
			if (more == NULL)
				return ENOMEM;
			T->seen = more;
			T->seen[j].wsa = s->wsa;
			T->seen[j].count = 0;
			T->seen[j].first = lines + s->first;
			T->nseen++;
		}
		T->seen[j].count += s->count;
		T->seen[j].last = lines + s->last;
	}
	return 0;
}

/* Reads f into b until it holds `want` bytes of the stream from its base,
 * or f ends (*eof). */
static void fill(FILE *f, struct task *T, char *b, size_t room, u64 *len, u64 want, int *eof)
{
	while (!*eof && *len < want) {
		size_t got = fread(b + *len, 1, room - (size_t)*len, f);
		if (got == 0) {
			if (ferror(f))
				T->rr.err = errno ? errno : EIO;
			*eof = 1;
		}
		*len += got;
		T->rr.bytes += got;
	}
}

/* A pipe, scanned by all the threads: it is read in batches of up to
 * MAXBATCH parts of BLOCK bytes (and the LOOKAHEAD bytes after them), held
 * in memory with the OVERLAP bytes before them; each batch's parts are
 * scanned at once, by threads, while the calling thread reads the next
 * batch into the other of two buffers; then every cut is checked as a
 * file's are (the part after a cut that disagrees is scanned again from
 * the scanner kept at the cut, which for the first part of a batch is the
 * last part of the batch before; after such a cut, the next batches are
 * one part each that this scanner goes on with). The counts of the parts
 * add up into T, as if T had been read whole by one thread. */
static void scan_pipe(struct worker *workers, thread_t *threads, int nthreads, struct task *T)
{
	FILE *f = T->file < 0 || strcmp(T->path, "-") == 0 ? stdin : fopen(T->path, "rb");
	u64 block = knobs.minpart < MINPART ? knobs.minpart : BLOCK;
	int per = nthreads < MAXBATCH ? nthreads : MAXBATCH, n = 0, i, have_prev = 0, eof = 0;
	int seq = 0, sequential, cur = 0;
	u64 keep = knobs.overlap + knobs.align, base[2] = { 0, 0 }, len[2] = { 0, 0 }, start = 0,
	    lines = 0;
	u64 nparts = 0, bad = 0, batch = (u64)per * block;
	size_t room = (size_t)(batch + keep + LOOKAHEAD), next;
	struct task parts[MAXBATCH], prev;
	char *buf[2];

	memset(&T->rr, 0, sizeof T->rr);
	memset(&prev, 0, sizeof prev);
	if (f == NULL) {
		T->err = errno ? errno : EIO;
		return;
	}
	buf[0] = malloc(room);
	buf[1] = malloc(room);
	if (buf[0] == NULL || buf[1] == NULL)
		T->err = ENOMEM;
	else
		fill(f, T, buf[0], room, &len[0], batch + LOOKAHEAD, &eof);
	while (!T->err) {
		int nxt = !cur;
		/* after a cut that disagreed, a batch is one part that the
		 * scanner kept at the last cut goes on with, on one thread:
		 * input that chains hits over long distances (a long line of
		 * one code) would make every cut disagree */
		sequential = seq > 0 && have_prev && prev.snapped;
		/* the parts: the last one of the stream goes to its end */
		for (n = 0; n < (sequential ? 1 : per); n++) {
			struct task *t = &parts[n];
			u64 ps = start + (u64)n * block, size = sequential ? batch : block;
			if (n > 0 && ps >= base[cur] + len[cur])
				break;
			memset(t, 0, sizeof *t);
			t->file = T->file;
			t->path = T->path;
			t->part = 1;
			t->start = ps;
			t->end = eof && ps + size >= base[cur] + len[cur] ? 0 : ps + size;
			t->mem = buf[cur];
			t->mem_base = base[cur];
			t->mem_len = len[cur];
			if (t->end && (t->snap = malloc(sizeof *t->snap)) == NULL)
				T->err = ENOMEM;
			if (t->end == 0) {
				n++;
				break;
			}
		}
		nparts += (u64)n;
		if (!T->err && !sequential)
			start_threads(workers, threads, nthreads, 0, parts, (size_t)n, &next);
		/* meanwhile, the next batch: from OVERLAP bytes before it, with
		 * what was read after this one */
		if (parts[n - 1].end) {
			u64 ns = parts[n - 1].end, from = scanner_start(ns);
			if (from < base[cur])
				from = base[cur];
			len[nxt] = base[cur] + len[cur] - from;
			memcpy(buf[nxt], buf[cur] + (size_t)(from - base[cur]), (size_t)len[nxt]);
			base[nxt] = from;
			fill(f, T, buf[nxt], room, &len[nxt], ns - from + batch + LOOKAHEAD, &eof);
		}
		if (!T->err && sequential) {
			parts[0].ran = 1;
			rerun_part(&workers[0], &prev, &parts[0]);
			seq--;
		} else if (!T->err) {
			join_threads(workers, threads, nthreads);
		}
		/* each cut checked in order; the counts added up */
		for (i = 0; i < n; i++) {
			struct task *a = i           ? &parts[i - 1]
			                 : have_prev ? &prev
			                             : NULL,
			            *b = &parts[i];
			if (!T->err && !b->ran)
				T->err = ENOMEM;
			if (!T->err && a && !sequential && !same_cut(a, b)) {
				bad++;
				seq = 8; /* the next 8 batches on one thread */
				if (a->snapped)
					rerun_part(&workers[0], a, b);
				else
					T->err = ENOMEM;
			}
			if (!T->err)
				T->err = add_part(T, b, lines);
			lines += b->newlines;
			free(b->seen);
			b->seen = NULL;
			if (a) {
				free(a->snap);
				a->snap = NULL;
			}
		}
		if (T->err)
			break;
		prev = parts[n - 1]; /* its kept scanner, for the next cut */
		have_prev = 1;
		if (prev.end == 0)
			break;
		start = prev.end;
		cur = nxt;
	}
	for (i = 0; i < n; i++)
		free(parts[i].snap);
	if (have_prev && (n == 0 || prev.snap != parts[n - 1].snap))
		free(prev.snap);
	free(buf[0]);
	free(buf[1]);
	T->newlines = lines;
	if (knobs.trace)
		fprintf(stderr, "wsaerr: scan: %s: %lu parts, %lu cuts scanned again\n", T->path,
		        (unsigned long)nparts, (unsigned long)bad);
	if (f != stdin)
		fclose(f);
}

static u64 env_bytes(const char *name, u64 dflt)
{
	const char *v = getenv(name);
	char *end;
	unsigned long long x;

	if (v == NULL || *v == '\0')
		return dflt;
	x = strtoull(v, &end, 10);
	return *end == '\0' ? (u64)x : dflt;
}

int scan_jobs(const struct opts *o)
{
	long n = o->jobs;

	if (n <= 0) {
#ifdef _WIN32
		SYSTEM_INFO si;
		GetSystemInfo(&si);
		n = (long)si.dwNumberOfProcessors;
#else
		n = sysconf(_SC_NPROCESSORS_ONLN);
#endif
	}
	return n < 1 ? 1 : n > 1024 ? 1024 : (int)n;
}

int scan_parallel(const struct opts *o, char **args, int n, int jobs, struct tally *by_code)
{
	struct task *tasks = NULL;
	struct worker *workers;
	size_t ntasks = 0, cap = 0, i, k;
	int nthreads, failed = 0, f, reported = -2;
	u64 base = 0;
	char *buf;
	thread_t *threads;
#ifdef _WIN32
	InitializeCriticalSection(&lock);
#endif

	knobs.minpart = env_bytes("WSAERR_SCAN_PART", MINPART); /* for the tests */
	knobs.overlap = env_bytes("WSAERR_SCAN_OVERLAP", OVERLAP);
	knobs.align = env_bytes("WSAERR_SCAN_ALIGN", RUN_CUT);
	knobs.trace = getenv("WSAERR_SCAN_TRACE") != NULL;
	if (knobs.minpart < 1)
		knobs.minpart = 1;
	if (knobs.align < 1)
		knobs.align = 1;
	buf = malloc(65536);
	for (f = 0; buf && f < (n ? n : 1); f++) {
		tasks = plan(tasks, &ntasks, &cap, n ? f : -1, n ? args[f] : "-", jobs, buf);
		if (tasks == NULL)
			break;
	}
	free(buf);
	nthreads = (size_t)jobs < ntasks ? jobs : (int)ntasks;
	for (i = 0; i < ntasks; i++) /* a pipe's parts take all the threads */
		if (tasks[i].pipe && nthreads < (jobs < MAXBATCH ? jobs : MAXBATCH))
			nthreads = jobs < MAXBATCH ? jobs : MAXBATCH;
	workers = calloc((size_t)jobs + 1, sizeof *workers);
	threads = calloc((size_t)jobs + 1, sizeof *threads);
	if (tasks == NULL || workers == NULL || threads == NULL) {
		diag("%s%s", strerror(ENOMEM), "");
		free(tasks);
		free(workers);
		free(threads);
		return 1;
	}
	for (i = 0; i < (size_t)nthreads; i++) {
		struct worker *w = &workers[i];
		w->buf = malloc(CHUNK);
		w->sc = malloc(sizeof *w->sc);
		if (w->buf == NULL || w->sc == NULL)
			w->failed = 1;
	}
	run_threads(workers, threads, nthreads, tasks, ntasks);
	/* pipes, each in turn, in batches of parts for all threads */
	for (i = 0; i < ntasks; i++)
		if (tasks[i].pipe)
			scan_pipe(workers, threads, nthreads, &tasks[i]);
	/* a worker that could not start left its tasks to the others; a task
	 * that nobody ran, or whose results did not fit in memory, is an error */
	for (i = 0; i < ntasks; i++)
		if (!tasks[i].ran)
			tasks[i].err = ENOMEM;
	for (i = 0; i < (size_t)nthreads; i++)
		if (workers[i].failed == 1 && workers[i].buf && workers[i].sc) {
			diag("%s%s", strerror(ENOMEM), "");
			failed = 1;
		}

	/* Each cut checked, in order; where its two sides disagree, the part
	 * after it is scanned again from the scanner kept at the cut (then
	 * the next cut is checked against what that found). Without a kept
	 * scanner, the file is scanned again whole by one thread. */
	for (i = 0; i < ntasks; i = k) {
		size_t parts, cuts_bad = 0;
		int whole_again = 0;
		for (k = i + 1; k < ntasks && tasks[k].file == tasks[i].file && tasks[k].part; k++)
			;
		parts = k - i;
		for (f = 1; (size_t)f < parts && !whole_again; f++) {
			struct task *a = &tasks[i + (size_t)f - 1], *b = &tasks[i + (size_t)f];
			if (same_cut(a, b))
				continue;
			cuts_bad++;
			if (a->snapped && !a->err && !a->rr.err && !workers[0].failed)
				rerun_part(&workers[0], a, b);
			else
				whole_again = 1;
		}
		if (knobs.trace && !tasks[i].pipe) /* scan_pipe() said it */
			fprintf(stderr, "wsaerr: scan: %s: %lu parts, %lu cuts scanned again\n",
			        tasks[i].path, (unsigned long)parts, (unsigned long)cuts_bad);
		if (whole_again) {
			struct task whole = tasks[i];
			struct worker *w = &workers[0];
			whole.seen = NULL;
			whole.nseen = 0;
			whole.end = 0;
			whole.nhead = whole.ntail = 0;
			whole.err = 0;
			run_task(w, &whole);
			for (f = 0; (size_t)f < parts; f++) {
				free(tasks[i + (size_t)f].seen);
				tasks[i + (size_t)f].seen = NULL;
				tasks[i + (size_t)f].nseen = 0;
			}
			tasks[i] = whole;
			for (f = 1; (size_t)f < parts; f++)
				tasks[i + (size_t)f].err = 0;
		}
	}

	/* Merged in the order of the input: counts add up, the first line is
	 * the first part's that has the code, the last the last one's. */
	for (i = 0; i < ntasks; i++) {
		struct task *t = &tasks[i];
		if (t->part == 0)
			base = 0;
		for (k = 0; k < t->nseen; k++) {
			struct seen *s = &t->seen[k];
			struct tally *y = &by_code[s->wsa];
			if (y->count == 0) {
				y->first.file = t->file;
				y->first.line = base + s->first;
			}
			y->count += s->count;
			y->last.file = t->file;
			y->last.line = base + s->last;
		}
		base += t->newlines;
		free(t->snap);
		if (t->err) {
			diag(wsaerr_ui_text(WSAERR_UI_READ_ERROR, o->lang), t->path,
			     strerror(t->err));
			failed = 1;
			reported = t->file;
		} else if (t->ran && !(t->part && reported == t->file) &&
		           report_read(o, t->path, &t->rr)) {
			/* said once per file */
			failed = 1;
			reported = t->file;
		}
		free(t->seen);
	}
	for (i = 0; i < (size_t)nthreads; i++) {
		free(workers[i].buf);
		free(workers[i].sc);
	}
	free(workers);
	free(threads);
	free(tasks);
	return failed;
}
