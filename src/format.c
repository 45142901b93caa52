/*
 * libwsaerr: formatting (wsaerr.h, "Formatting"): one line or the long
 * form of a code, into the caller's buffer with snprintf semantics.
 */
#include "wsaerr.h"

#include <string.h>

#include "src/internal.h"
#include "src/out.h"

/* The row a code stands for: itself, or the code inside a FACILITY_WIN32
 * HRESULT; a Winsock or Win32 row, else a WinINet, a WinHTTP or an IXP
 * one. */
static const struct wsaerr_entry *resolve(int code, int *hresult)
{
	unsigned long bits = (unsigned long)(unsigned)code;
	const struct wsaerr_entry *e;
	int inner = code;

	*hresult = 0;
	if ((bits & WSAERR_HR_WIN32_MASK) == WSAERR_HR_WIN32_BITS) {
		*hresult = 1;
		inner = (int)(bits & 0xFFFFu);
	}
	if ((e = wsaerr_by_code(inner)) != NULL ||
	    (e = wsaerr_lookup(WSAERR_SYS_WININET, inner)) != NULL ||
	    (e = wsaerr_lookup(WSAERR_SYS_WINHTTP, inner)) != NULL)
		return e;
	return wsaerr_lookup(WSAERR_SYS_IXP, code);
}

static void put_line(struct out *o, int code, int lang)
{
	int hresult;
	const struct wsaerr_entry *e = resolve(code, &hresult);

	if (e == NULL) {
		puts_(o, wsaerr_ui_text(WSAERR_UI_UNKNOWN_CODE, lang));
		put(o, " ", 1);
		if (code < -65535) {
			/* an HRESULT or NTSTATUS (the severity bit and a facility or
			 * a large code): nobody writes those in decimal */
			put_hex(o, (unsigned long)(unsigned)code);
			return;
		}
		put_dec(o, code);
		put(o, " (", 2);
		put_hex(o, (unsigned long)(unsigned)code);
		put(o, ")", 1);
		return;
	}
	puts_(o, e->name);
	put(o, " (", 2);
	if (e->system == WSAERR_SYS_IXP)
		put_hex(o, (unsigned long)(unsigned)e->code);
	else
		put_dec(o, e->code);
	if (hresult) {
		put(o, ", HRESULT ", 10);
		put_hex(o, (unsigned long)(unsigned)code); /* 0x8007xxxx: 8 digits */
	}
	put(o, "): ", 3);
	puts_(o, wsaerr_message(e, lang));
}

size_t wsaerr_format(char *buf, size_t size, int code, int lang)
{
	struct out o;

	o.buf = buf;
	o.size = buf ? size : 0;
	o.len = 0;
	put_line(&o, code, lang);
	return finish(&o);
}

size_t wsaerr_format_long(char *buf, size_t size, int code, int lang)
{
	struct out o;
	int hresult;
	const struct wsaerr_entry *e = resolve(code, &hresult);
	size_t i;

	o.buf = buf;
	o.size = buf ? size : 0;
	o.len = 0;
	put_line(&o, code, lang);
	put(&o, "\n", 1);
	if (e) {
		puts_(&o, wsaerr_explanation(e, lang));
		put(&o, "\n", 1);
		puts_(&o, wsaerr_ui_text(WSAERR_UI_WHAT_TO_CHECK, lang));
		put(&o, ":\n", 2);
		for (i = 0; wsaerr_check(e, i, lang); i++) {
			put(&o, "- ", 2);
			puts_(&o, wsaerr_check(e, i, lang));
			put(&o, "\n", 1);
		}
	}
	return finish(&o);
}
