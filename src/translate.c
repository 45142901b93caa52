/*
 * Translations between error systems: errno, getaddrinfo (EAI_*), h_errno,
 * Win32, NTSTATUS and HRESULT to and from Winsock codes, and the readings
 * of a number or a name.
 *
 * errno, EAI and h_errno values differ from one system to another, so the
 * code that maps them (build/gen/host.h) is generated from data/ with every
 * name behind "#ifdef NAME" and compiled here, against this system's own
 * headers.
 */
#if !defined(_WIN32) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE 1          /* glibc: EAI_NODATA, EAI_ADDRFAMILY, ... */
#endif
#if defined(__APPLE__) && !defined(_DARWIN_C_SOURCE)
#define _DARWIN_C_SOURCE 1
#endif

#include "src/internal.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <netdb.h>
#endif

#include "gen/host.h"

#define entries wsaerr_entries

struct nt_row { unsigned long value; int wsa_row; const char *name; };
static const struct nt_row nt_rows[NT_COUNT] = {
#define N(name, value, wsa) { value, IDX_##wsa, #name },
#include "data/ntstatus.def"
#undef N
};

unsigned long wsaerr_nt_value(int i)
{
	return nt_rows[i].value;
}

int wsaerr_nt_wsa(int i)
{
	return entries[nt_rows[i].wsa_row].code;
}

/* The row of an NTSTATUS value, or -1. */
static int nt_find(unsigned long status)
{
	size_t lo = 0, hi = NT_COUNT;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (nt_rows[mid].value < status)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo < NT_COUNT && nt_rows[lo].value == status) ? (int)lo : -1;
}

int wsaerr_from_errno(int err)
{
	return err == 0 ? 0 : host_errno_to_wsa(err);
}

int wsaerr_to_errno(int wsa)
{
	return wsa == 0 ? 0 : host_wsa_to_errno(wsa);
}

const char *wsaerr_errno_str(int err)
{
	return host_errno_name(err);
}

int wsaerr_from_eai(int eai, int err)
{
	if (eai == 0)
		return 0;
#ifdef EAI_SYSTEM
	if (eai == EAI_SYSTEM)
		return err == 0 ? WSAERR_NONE : wsaerr_from_errno(err);
#endif
	(void)err;
	return host_eai_to_wsa(eai);
}

const char *wsaerr_eai_str(int eai)
{
#ifdef EAI_SYSTEM
	if (eai == EAI_SYSTEM)
		return "EAI_SYSTEM";
#endif
	return host_eai_name(eai);
}

int wsaerr_from_h_errno(int h)
{
	return h == 0 ? 0 : host_h_errno_to_wsa(h);
}

const char *wsaerr_h_errno_str(int h)
{
	return host_h_errno_name(h);
}

int wsaerr_from_win32(unsigned long err)
{
	const wsaerr_entry *e;

	if (err == 0)
		return 0;
	if (err > 0x7FFFFFFFul)
		return WSAERR_NONE;
	e = wsaerr_by_code((int)err);
	return e ? wsaerr_wsa(e) : WSAERR_NONE;
}

int wsaerr_from_ntstatus(unsigned long status)
{
	int i;

	if (status == 0)
		return 0;
	/* NTSTATUS values are 32 bits: a larger number is none of them (as
	 * wsaerr_from_win32() answers), not its low 32 bits */
	if (status > 0xFFFFFFFFul)
		return WSAERR_NONE;
	i = nt_find(status);
	return i < 0 ? WSAERR_NONE : wsaerr_nt_wsa(i);
}

const char *wsaerr_ntstatus_str(unsigned long status)
{
	int i = status > 0xFFFFFFFFul ? -1 : nt_find(status);
	return i < 0 ? NULL : nt_rows[i].name;
}


int wsaerr_from_hresult(unsigned long hr)
{
	/* HRESULTs are 32 bits, as NTSTATUS values */
	if (hr > 0xFFFFFFFFul)
		return WSAERR_NONE;
	if (hr == 0)
		return 0;
	if ((hr & WSAERR_HR_WIN32_MASK) == WSAERR_HR_WIN32_BITS)
		return wsaerr_from_win32(hr & 0xFFFFul);
	if (hr & WSAERR_HR_NT_BIT)
		return wsaerr_from_ntstatus(hr & ~WSAERR_HR_NT_BIT);
	return WSAERR_NONE;
}

static void fill(wsaerr_reading *r, int system, long long value, const char *name,
                 int wsa)
{
	r->system = system;
	r->value = value;
	r->name = name;
	r->wsa = wsa;
	r->entry = wsa == WSAERR_NONE ? NULL : wsaerr_by_code(wsa);
}

/* The row an HRESULT stands for outside Winsock and Win32: the row of
 * system `inet` (WinINet or WinHTTP) for a FACILITY_WIN32 HRESULT, the IXP
 * row for any other; NULL when there is none. */
static const wsaerr_entry *hresult_row(unsigned long bits, int inet)
{
	if ((bits & WSAERR_HR_WIN32_MASK) == WSAERR_HR_WIN32_BITS)
		return wsaerr_lookup(inet, (long long)(bits & 0xFFFFul));
	return wsaerr_lookup(WSAERR_SYS_IXP, (long long)bits);
}

int wsaerr_read(int system, long long value, wsaerr_reading *out)
{
	unsigned long bits = (unsigned long)value & 0xFFFFFFFFul;
	const wsaerr_entry *e;

	switch (system) {
	case WSAERR_SYS_WSA:
	case WSAERR_SYS_WIN32:
		e = (value >= -2147483647LL - 1 && value <= 2147483647LL) ?
		    wsaerr_by_code((int)value) : NULL;
		if (e && (system == WSAERR_SYS_WIN32 || wsaerr_system(e) == WSAERR_SYS_WSA)) {
			fill(out, system, value, wsaerr_name(e), wsaerr_wsa(e));
			out->entry = e;
		} else {
			fill(out, system, value, NULL, WSAERR_NONE);
		}
		break;
	case WSAERR_SYS_NTSTATUS:
		fill(out, system, value, wsaerr_ntstatus_str(bits),
		     wsaerr_from_ntstatus(bits));
		break;
	case WSAERR_SYS_HRESULT:
		/* 0x8007xxxx never has FACILITY_NT_BIT (bit 28) set. */
		fill(out, system, value,
		     (bits & WSAERR_HR_NT_BIT) ? wsaerr_ntstatus_str(bits & ~WSAERR_HR_NT_BIT) : NULL,
		     wsaerr_from_hresult(bits));
		if (out->wsa != WSAERR_NONE && (bits & WSAERR_HR_WIN32_MASK) == WSAERR_HR_WIN32_BITS)
			out->entry = wsaerr_by_code((int)(bits & 0xFFFFul));
		else if ((e = hresult_row(bits, WSAERR_SYS_WININET)) != NULL ||
		         (e = hresult_row(bits, WSAERR_SYS_WINHTTP)) != NULL) {
			/* a WinINet (else WinHTTP) code in FACILITY_WIN32, or an
			 * IXP code */
			out->entry = e;
			out->name = wsaerr_name(e);
		}
		break;
	case WSAERR_SYS_SMTP:
	case WSAERR_SYS_ENHANCED:
	case WSAERR_SYS_POP3:
	case WSAERR_SYS_IMAP:
	case WSAERR_SYS_IXP:
	case WSAERR_SYS_WININET:
	case WSAERR_SYS_WINHTTP:
		e = wsaerr_lookup(system, value);
		fill(out, system, system == WSAERR_SYS_IXP ? (long long)bits : value,
		     e ? wsaerr_name(e) : NULL, WSAERR_NONE);
		out->entry = e;
		break;
	case WSAERR_SYS_ERRNO:
		if (value < -2147483647LL - 1 || value > 2147483647LL) {
			fill(out, system, value, NULL, WSAERR_NONE);
			break;
		}
		fill(out, system, value, wsaerr_errno_str((int)value),
		     wsaerr_from_errno((int)value));
		break;
	case WSAERR_SYS_EAI:
		if (value < -2147483647LL - 1 || value > 2147483647LL) {
			fill(out, system, value, NULL, WSAERR_NONE);
			break;
		}
		fill(out, system, value, wsaerr_eai_str((int)value),
		     wsaerr_from_eai((int)value, 0));
		break;
	case WSAERR_SYS_H_ERRNO:
		if (value < -2147483647LL - 1 || value > 2147483647LL) {
			fill(out, system, value, NULL, WSAERR_NONE);
			break;
		}
		fill(out, system, value, wsaerr_h_errno_str((int)value),
		     wsaerr_from_h_errno((int)value));
		break;
	default:
		fill(out, 0, value, NULL, WSAERR_NONE);
		break;
	}
	return out->wsa != WSAERR_NONE;
}

static void add(wsaerr_query *q, const wsaerr_reading *r)
{
	if (q->nreadings < WSAERR_MAX_READINGS)
		q->readings[q->nreadings++] = *r;
}

/* The system an alias belongs to, from its prefix. */
static int alias_system(const char *name)
{
	if (strncmp(name, "ERROR_", 6) == 0)
		return WSAERR_SYS_WIN32;
	if (strncmp(name, "EAI_", 4) == 0)
		return WSAERR_SYS_EAI;
	return WSAERR_SYS_WSA;
}

void wsaerr_read_number(wsaerr_query *q, unsigned long bits)
{
	static const int mail_systems[] = { WSAERR_SYS_SMTP, WSAERR_SYS_WININET, WSAERR_SYS_WINHTTP,
		                            WSAERR_SYS_IXP };
	wsaerr_reading r;
	int code = (int)(bits > 0x7FFFFFFFul ? (long long)bits - 0x100000000LL : (long long)bits);
	const wsaerr_entry *e = wsaerr_by_code(code);
	size_t i;

	if (e) {
		fill(&r, wsaerr_system(e), (long long)wsaerr_code(e), wsaerr_name(e), wsaerr_wsa(e));
		r.entry = e;
		add(q, &r);
		for (i = 0; wsaerr_alias(e, i); i++) {
			const char *a = wsaerr_alias(e, i);
			int sys = alias_system(a);
			if (sys == WSAERR_SYS_WSA)
				continue;
			fill(&r, sys, (long long)wsaerr_code(e), a, wsaerr_wsa(e));
			r.entry = e;
			add(q, &r);
		}
	}
	/* The mail and Internet systems: an SMTP reply, WinINet and WinHTTP
	 * codes, an IXP HRESULT. */
	for (i = 0; i < sizeof mail_systems / sizeof mail_systems[0]; i++)
		if (wsaerr_lookup(mail_systems[i], (long long)bits)) {
			wsaerr_read(mail_systems[i], (long long)bits, &r);
			add(q, &r);
		}
	if (wsaerr_ntstatus_str(bits)) {
		wsaerr_read(WSAERR_SYS_NTSTATUS, (long long)bits, &r);
		add(q, &r);
	}
	if ((bits & WSAERR_HR_WIN32_MASK) == WSAERR_HR_WIN32_BITS ||
	    ((bits & WSAERR_HR_NT_BIT) && (bits & 0x80000000ul) && wsaerr_ntstatus_str(bits & ~WSAERR_HR_NT_BIT))) {
		wsaerr_read(WSAERR_SYS_HRESULT, (long long)bits, &r);
		add(q, &r);
		/* 0x80072EE7: WinINet's 12007 (above), and WinHTTP's */
		if (r.entry && wsaerr_system(r.entry) == WSAERR_SYS_WININET &&
		    (e = hresult_row(bits, WSAERR_SYS_WINHTTP)) != NULL) {
			r.entry = e;
			r.name = wsaerr_name(e);
			add(q, &r);
		}
	}
}

void wsaerr_read_name(wsaerr_query *q, const char *name, size_t n)
{
	const struct name_slot *s = wsaerr_find_name(name, n);
	wsaerr_reading r;
	const wsaerr_entry *e;

	if (s == NULL) {
		/* a name of the mail and Internet systems */
		e = wsaerr_by_name_n(name, n);
		if (e) {
			wsaerr_read(wsaerr_system(e), wsaerr_value(e), &r);
			add(q, &r);
		}
		return;
	}
	switch (s->kind) {
	case KIND_NTSTATUS:
		wsaerr_read(WSAERR_SYS_NTSTATUS, (long long)wsaerr_nt_value(s->target - 1), &r);
		break;
	case KIND_ERRNO:
	case KIND_EAI:
		e = &entries[s->target - 1];
		/* A name of another system: the value is this host's, when it has
		 * the name at all; the Winsock code comes from the table. */
		if (s->kind == KIND_ERRNO)
			fill(&r, WSAERR_SYS_ERRNO, host_errno_value(wsaerr_slot_text(s)),
			     wsaerr_slot_text(s), wsaerr_code(e));
		else
			fill(&r, WSAERR_SYS_EAI, host_eai_value(wsaerr_slot_text(s)),
			     wsaerr_slot_text(s), wsaerr_code(e));
		r.entry = e;
		break;
	default:
		e = &entries[s->target - 1];
		fill(&r, wsaerr_system(e), (long long)wsaerr_code(e), wsaerr_name(e), wsaerr_wsa(e));
		r.entry = e;
		break;
	}
	add(q, &r);
}
