/*
 * Internal: the rows of the mail and Internet systems (data/mail/), listed
 * once. Define MROW(ID, SYSTEM, VALUE, "NAME", CATEGORY, TRANSIENT, SAME_AS)
 * and include this file: it expands to one MROW per row, in catalogue
 * order (SMTP, enhanced, POP3, IMAP, IXP, WinINet, WinHTTP, each
 * ascending). SAME_AS is the ID of the row whose texts a row shares, or
 * NONE. Included by the library and by tools/gen.c.
 */
#define SMTP(id, code, cat, tr) MROW(id, WSAERR_SYS_SMTP, code, #code, cat, tr, NONE)
#define ENH(id, subject, detail, cat, tr) \
	MROW(id, WSAERR_SYS_ENHANCED, subject * 1000 + detail, "X." #subject "." #detail, cat, tr, \
	     NONE)
#define POP3(id, ord, name, cat, tr) MROW(id, WSAERR_SYS_POP3, ord, name, cat, tr, NONE)
#define IMAP(id, ord, name, cat, tr) MROW(id, WSAERR_SYS_IMAP, ord, name, cat, tr, NONE)
#define IXP(name, value, cat, tr, same, wine) \
	MROW(name, WSAERR_SYS_IXP, (int)(value##u), #name, cat, tr, same)
#define INET(name, value, cat, tr, sdk) MROW(name, WSAERR_SYS_WININET, value, #name, cat, tr, NONE)
#define HTTP(name, value, cat, tr, same, sdk) \
	MROW(name, WSAERR_SYS_WINHTTP, value, #name, cat, tr, same)
#include "data/mail/smtp.def"
#include "data/mail/enhanced.def"
#include "data/mail/pop3.def"
#include "data/mail/imap.def"
#include "data/mail/ixp.def"
#include "data/mail/wininet.def"
#include "data/mail/winhttp.def"
#undef SMTP
#undef ENH
#undef POP3
#undef IMAP
#undef IXP
#undef INET
#undef HTTP
