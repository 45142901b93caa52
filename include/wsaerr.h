/*
 * wsaerr.h - Windows Sockets error codes, their names and their meaning.
 *
 * libwsaerr is a C99 library with no dependencies. It never allocates
 * memory, never prints, never exits and never reads the environment. All of
 * its data is constant, so every function may be called from any number of
 * threads at once. Strings returned as `const char *` are static: they live
 * as long as the program and must not be freed.
 *
 * Functions that write text take (buf, size) and follow snprintf(): when
 * size > 0 the result is always NUL-terminated, and the return value is the
 * length the full text needs, not counting the NUL. A return value >= size
 * means the text was cut; call again with a buffer of return value + 1.
 *
 * Languages are small integers: WSAERR_LANG_EN (0) is English and always
 * present; wsaerr_lang_find() gives the others. Any text function given an
 * unknown language answers in English. Language is always a parameter, never
 * global state.
 */
#ifndef WSAERR_H
#define WSAERR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WSAERR_VERSION "2.0.0"
#define WSAERR_VERSION_MAJOR 2
#define WSAERR_VERSION_MINOR 0
#define WSAERR_VERSION_PATCH 0

#if defined(_WIN32) && defined(WSAERR_BUILD_DLL)
#define WSAERR_API __declspec(dllexport)
#elif defined(__GNUC__) && !defined(_WIN32)
#define WSAERR_API __attribute__((visibility("default")))
#else
#define WSAERR_API
#endif

/* One row of the catalogue. Opaque: read it with the functions below. */
typedef struct wsaerr_entry wsaerr_entry;

/* The library's version as a string, e.g. "2.0.0". Never NULL. */
WSAERR_API const char *wsaerr_version(void);

/* ------------------------------------------------------------------ */
/* Languages                                                           */

/* The languages compiled in, one constant per data/lang/<tag>.def, in the
 * order of their numbers (a program built against another set of languages
 * should use wsaerr_lang_find() instead). */
/* BEGIN generated language constants: make lang-constants */
#define WSAERR_LANG_EN 0 /* English */
#define WSAERR_LANG_ES 1 /* Spanish */
#define WSAERR_LANG_KO 2 /* Korean */
/* END generated language constants */

/* The number of languages compiled in; at least 1. Languages are numbered
 * 0 .. wsaerr_lang_count() - 1, and 0 is English. */
WSAERR_API int wsaerr_lang_count(void);

/* The tag of a language ("en", "es", ...), or NULL when lang is out of
 * range. */
WSAERR_API const char *wsaerr_lang_tag(int lang);

/* The name of a language in that language ("English", "Español"), or NULL
 * when lang is out of range. */
WSAERR_API const char *wsaerr_lang_name(int lang);

/* The language a locale name or language tag asks for: "es", "es_ES.UTF-8",
 * "ko-KR", "KO", "es_MX@euro" all find their language. "C", "POSIX" and ""
 * give WSAERR_LANG_EN. Returns -1 for NULL or for a language that is not
 * compiled in ("fr_FR"). */
WSAERR_API int wsaerr_lang_find(const char *locale);

/* What a language still lacks, for translators: writes one line per
 * missing text ("WSAECONNRESET explanation", "ui WHAT_TO_CHECK",
 * "category qos", "advice port_25_blocked") into buf with snprintf
 * semantics and returns the length needed; 0 means the language is
 * complete. A missing text reads as English. An unknown lang writes
 * nothing and returns 0. */
WSAERR_API size_t wsaerr_lang_missing(int lang, char *buf, size_t size);

/* ------------------------------------------------------------------ */
/* The catalogue                                                       */

/* Categories group codes by what went wrong. */
enum wsaerr_category {
	WSAERR_CAT_SUCCESS = 0,     /* not an error (code 0) */
	WSAERR_CAT_OVERLAPPED,      /* overlapped (asynchronous) I/O */
	WSAERR_CAT_ARGUMENT,        /* the program passed something wrong */
	WSAERR_CAT_RESOURCES,       /* memory, buffers, handles ran out */
	WSAERR_CAT_SOCKET,          /* the socket's state does not allow it */
	WSAERR_CAT_PROTOCOL,        /* protocol, family or type not supported */
	WSAERR_CAT_ADDRESS,         /* local or remote address problems */
	WSAERR_CAT_NETWORK,         /* network or host unreachable or down */
	WSAERR_CAT_CONNECTION,      /* an established or attempted connection */
	WSAERR_CAT_NAME_RESOLUTION, /* DNS and other name services */
	WSAERR_CAT_STARTUP,         /* WSAStartup and the Winsock subsystem */
	WSAERR_CAT_PROVIDER,        /* service providers and name spaces */
	WSAERR_CAT_QOS,             /* quality of service */
	WSAERR_CAT_SYSTEM,          /* Unix-derived codes Windows hardly uses */
	WSAERR_CAT_AUTH,            /* logging in: user name, password, method */
	WSAERR_CAT_SECURITY,        /* TLS, certificates, encryption */
	WSAERR_CAT_MAILBOX,         /* a mailbox or address: unknown, full, busy */
	WSAERR_CAT_MESSAGE,         /* the message itself: size, format, content */
	WSAERR_CAT_POLICY,          /* refused by the server's rules (relay, spam) */
	WSAERR_CAT_SERVER,          /* the server failed or is unavailable */
	WSAERR_CAT_INFO,            /* a report or a step, not a failure */
	WSAERR_CAT_COUNT
};

/* The error systems a number can belong to. */
enum wsaerr_system {
	WSAERR_SYS_WSA = 1,  /* Winsock: WSAGetLastError() */
	WSAERR_SYS_WIN32,    /* Win32 ERROR_*: GetLastError(), overlapped I/O */
	WSAERR_SYS_NTSTATUS, /* NTSTATUS from the socket driver */
	WSAERR_SYS_HRESULT,  /* COM / .NET HRESULT */
	WSAERR_SYS_ERRNO,    /* errno of the host this library runs on */
	WSAERR_SYS_EAI,      /* getaddrinfo() result (EAI_*) */
	WSAERR_SYS_H_ERRNO,  /* h_errno (gethostbyname) */
	WSAERR_SYS_SMTP,     /* SMTP reply code: 550 */
	WSAERR_SYS_ENHANCED, /* enhanced mail status code: 5.7.1 */
	WSAERR_SYS_POP3,     /* POP3 response code: [IN-USE] */
	WSAERR_SYS_IMAP,     /* IMAP response code: [ALERT] */
	WSAERR_SYS_IXP,      /* Outlook transport error: 0x800CCC0E */
	WSAERR_SYS_WININET,  /* WinINet error: 12007, 0x80072EE7 */
	WSAERR_SYS_WINHTTP   /* WinHTTP error: 12175 */
};

/* A stable ASCII key for a system ("wsa", "win32", "ntstatus", "hresult",
 * "errno", "eai", "h_errno", "smtp", "enhanced", "pop3", "imap", "ixp",
 * "wininet", "winhttp"), as used in JSON and as a query prefix ("smtp:550");
 * NULL when out of range. */
WSAERR_API const char *wsaerr_system_key(int sys);

/* "No Winsock equivalent": what the translation functions return when a
 * value has none. It is never replaced by a generic code; the caller still
 * holds the original value. */
#define WSAERR_NONE (-1)

/* The number of rows in the catalogue. */
WSAERR_API size_t wsaerr_count(void);

/* Row i of the catalogue: first the Winsock codes in ascending order, then
 * the Win32 codes that socket I/O produces (64, 121, 1225..., 2250) in
 * ascending order, then the rows of the mail and Internet systems in the
 * order of enum wsaerr_system (SMTP, enhanced, POP3, IMAP, IXP, WinINet,
 * WinHTTP), each ascending by wsaerr_code(); NULL when i >= wsaerr_count().
 * wsaerr_system() tells the rows apart. */
WSAERR_API const wsaerr_entry *wsaerr_at(size_t i);

/* The Winsock or Win32 row for an exact code (10054, 11001, 0, 997, 64,
 * 1225, ...), or NULL when the code is not one of theirs: the rows of the
 * other systems are found with wsaerr_lookup(). Any int is accepted. */
WSAERR_API const wsaerr_entry *wsaerr_by_code(int code);

/* The row a name leads to, or NULL. Case does not matter (ASCII), and the
 * WSA prefix, with or without its underscore, is optional: "WSAECONNRESET",
 * "econnreset" and "WSA_ECONNRESET" all find 10054. Aliases are accepted
 * (WSANO_ADDRESS, ERROR_IO_PENDING, EAI_NONAME, ...), and so are the names
 * of other systems, which lead to the Winsock row they correspond to:
 * errno names (EAGAIN), EAI_* names, h_errno names (HOST_NOT_FOUND),
 * Win32 names (ERROR_NETNAME_DELETED leads to its own row) and NTSTATUS
 * names (STATUS_CONNECTION_RESET leads to WSAECONNRESET). The names of
 * the mail and Internet systems lead to their own rows: IXP_E_* and IXP_S_*
 * (IXP_E_FAILED_TO_CONNECT), ERROR_INTERNET_* and the other WinINet names
 * (ERROR_HTTP_*, ERROR_FTP_*, ERROR_GOPHER_*), ERROR_WINHTTP_*, and the
 * POP3 and IMAP response codes ("IN-USE", "SYS/TEMP", "ALERT"), all
 * without a prefix to drop. SMTP and enhanced codes are numbers: see
 * wsaerr_lookup() and wsaerr_parse(). NULL name gives NULL. */
WSAERR_API const wsaerr_entry *wsaerr_by_name(const char *name);

/* As wsaerr_by_name(), for the len bytes at name (no NUL needed). */
WSAERR_API const wsaerr_entry *wsaerr_by_name_n(const char *name, size_t len);

/* The accessors below accept NULL and then return NULL (strings) or 0. */

/* The code of a row: the number of a Winsock, Win32, SMTP (550), WinINet
 * or WinHTTP (12007) row; the HRESULT of an IXP row as a signed 32-bit int
 * ((int)0x800CCC0E); subject * 1000 + detail for an enhanced code (X.7.1 is
 * 7001); the place in its registry (1, 2, ...) for a POP3 or IMAP code. */
WSAERR_API int wsaerr_code(const wsaerr_entry *e);

/* The value of a row as wsaerr_reading.value carries it: wsaerr_code(),
 * except for an IXP row, whose HRESULT is given unsigned (0x800CCC0E is
 * 2148322318). */
WSAERR_API long long wsaerr_value(const wsaerr_entry *e);

/* The system of a row, one of enum wsaerr_system: WSAERR_SYS_WSA,
 * WSAERR_SYS_WIN32, or one of the mail and Internet systems (SMTP to
 * WinHTTP). */
WSAERR_API int wsaerr_system(const wsaerr_entry *e);

/* The Winsock code a row corresponds to: its own code for a Winsock row,
 * the equivalent for a Win32 row (ERROR_NETNAME_DELETED 64 -> 10054),
 * WSAERR_NONE for a row of any other system. */
WSAERR_API int wsaerr_wsa(const wsaerr_entry *e);

/* The row of a system with a value, or NULL:
 *   WSAERR_SYS_WSA, WSAERR_SYS_WIN32  the code, as wsaerr_by_code(), of a
 *                               row of that system (WIN32 also takes the
 *                               Winsock codes, which are Win32 codes too);
 *   WSAERR_SYS_SMTP             the reply code (550);
 *   WSAERR_SYS_ENHANCED         CLASS * 1000000 + SUBJECT * 1000 + DETAIL,
 *                               with CLASS 2, 4, 5, or 0 for any class
 *                               (5.7.1 is 5007001, X.7.1 is 7001);
 *   WSAERR_SYS_POP3, _IMAP      the row's place in its registry (1, 2, ...);
 *   WSAERR_SYS_IXP              the HRESULT, signed or unsigned
 *                               (0x800CCC0E, 2148322318 or -2146644978);
 *   WSAERR_SYS_WININET, _WINHTTP  the error code (12007).
 * The systems without rows of their own (NTSTATUS, HRESULT, errno, EAI,
 * h_errno) and unknown systems give NULL: see wsaerr_read(). */
WSAERR_API const wsaerr_entry *wsaerr_lookup(int system, long long value);

/* The canonical name, spelled as the Windows SDK spells it
 * ("WSAECONNRESET", "WSA_QOS_EUNKOWNPSOBJ"). */
WSAERR_API const char *wsaerr_name(const wsaerr_entry *e);

/* The i-th other name of a row (0-based), or NULL past the last one. */
WSAERR_API const char *wsaerr_alias(const wsaerr_entry *e, size_t i);

/* The row that has the same meaning under another number (WSAENOMORE 10102
 * and WSA_E_NO_MORE 10110; WSAECANCELLED 10103 and WSA_E_CANCELLED 10111)
 * or in another system (the WinHTTP and WinINet rows of one number; an IXP
 * row that names an SMTP reply and that reply: IXP_E_SMTP_550_MAILBOX_NOT_FOUND
 * and 550), or NULL. Two such rows of different systems have the same
 * texts. */
WSAERR_API const wsaerr_entry *wsaerr_twin(const wsaerr_entry *e);

/* The category of a row, one of enum wsaerr_category. 0 for NULL. */
WSAERR_API int wsaerr_category(const wsaerr_entry *e);

/* A stable ASCII key for a category ("connection", "name_resolution"), as
 * used in JSON; NULL when cat is out of range. */
WSAERR_API const char *wsaerr_category_key(int cat);

/* The category's label for people, in a language; NULL when cat is out of
 * range. */
WSAERR_API const char *wsaerr_category_label(int cat, int lang);

/* 1 when the condition is usually temporary and retrying is worth it
 * (WSAEWOULDBLOCK, WSATRY_AGAIN, WSAETIMEDOUT, ...), else 0. */
WSAERR_API int wsaerr_transient(const wsaerr_entry *e);

/* The name of the nearest POSIX errno ("ECONNRESET"), or NULL when POSIX
 * has no equivalent. A name, never a number: errno numbers differ from one
 * system to another. */
WSAERR_API const char *wsaerr_errno_name(const wsaerr_entry *e);

/* The one-line message, in a language. */
WSAERR_API const char *wsaerr_message(const wsaerr_entry *e, int lang);

/* What happened, in one to three plain sentences, in a language. */
WSAERR_API const char *wsaerr_explanation(const wsaerr_entry *e, int lang);

/* The i-th thing to check (0-based, at most 4), in a language, or NULL
 * past the last one. */
WSAERR_API const char *wsaerr_check(const wsaerr_entry *e, size_t i, int lang);

/* 0 when a row reports no failure (success, an orderly close, the end of a
 * lookup's results, a quality-of-service notice: data/notices.def lists
 * them; and every row of category WSAERR_CAT_SUCCESS or WSAERR_CAT_INFO,
 * such as SMTP 250 or IMAP ALERT), so that retry advice makes no sense for
 * it; 1 for every other row; 0 for NULL. */
WSAERR_API int wsaerr_failure(const wsaerr_entry *e);

/* What Windows itself prints for a row (the text FormatMessage() gives,
 * as quoted in data/recognize/windows.<tag>.def), one per Windows display
 * language in which the catalogue knows it: the i-th of them (0-based),
 * English first, then by language tag; NULL past the last one, for NULL,
 * and for the rows of the mail and Internet systems. When tag is not NULL,
 * *tag is set to the language's tag ("en", "es", "zh-CN"; NULL with a NULL
 * result). It is a quotation of the system's output, kept for searching
 * the web with it, never our explanation, and its language is that of a
 * Windows installation, not one of the compiled-in languages. */
WSAERR_API const char *wsaerr_windows_message(const wsaerr_entry *e, size_t i,
                                              const char **tag);

/* ------------------------------------------------------------------ */
/* Translations between error systems                                  */

/* Each returns the Winsock code a value corresponds to, WSAERR_NONE when
 * there is none, and 0 for 0 (success). They never lose the value: the
 * caller keeps what it passed in. */

/* errno of this host -> Winsock (ECONNRESET -> 10054, EAGAIN ->
 * WSAEWOULDBLOCK, EINPROGRESS -> WSAEWOULDBLOCK as a non-blocking connect
 * reports it, EPIPE -> WSAECONNRESET). Mapped by name, so right on every
 * system. For a result that depends on the socket (EAGAIN on a blocking
 * socket with a timeout), use wsaerr_capture(). */
WSAERR_API int wsaerr_from_errno(int err);

/* Winsock -> errno of this host (10054 -> ECONNRESET), or WSAERR_NONE when
 * this host has no such errno (WSAHOST_NOT_FOUND, or EPROCLIM on Linux). */
WSAERR_API int wsaerr_to_errno(int wsa);

/* The name of an errno value of this host ("ECONNRESET"), among those the
 * library maps; NULL otherwise. */
WSAERR_API const char *wsaerr_errno_str(int err);

/* A getaddrinfo() result of this host -> the code Windows' getaddrinfo()
 * returns for the same failure (EAI_NONAME -> WSAHOST_NOT_FOUND). For
 * EAI_SYSTEM the answer comes from err, the errno saved right after the
 * call. */
WSAERR_API int wsaerr_from_eai(int eai, int err);

/* The name of a getaddrinfo() result of this host ("EAI_NONAME"), or
 * NULL. */
WSAERR_API const char *wsaerr_eai_str(int eai);

/* h_errno of this host -> Winsock (HOST_NOT_FOUND -> WSAHOST_NOT_FOUND). */
WSAERR_API int wsaerr_from_h_errno(int h);

/* The name of an h_errno value of this host, or NULL. */
WSAERR_API const char *wsaerr_h_errno_str(int h);

/* A Win32 error code -> Winsock: the Win32 codes of socket I/O map to
 * their equivalent (ERROR_NETNAME_DELETED 64 -> 10054), Winsock codes
 * (which are Win32 codes too) map to themselves. A value above
 * 0x7FFFFFFF is no Win32 code: WSAERR_NONE. */
WSAERR_API int wsaerr_from_win32(unsigned long err);

/* An NTSTATUS from the socket driver -> Winsock (0xC000020D
 * STATUS_CONNECTION_RESET -> 10054). NTSTATUS values are 32 bits: a value
 * above 0xFFFFFFFF (possible where long is 64 bits) is WSAERR_NONE, never
 * read as its low 32 bits. */
WSAERR_API int wsaerr_from_ntstatus(unsigned long status);

/* The name of an NTSTATUS the library knows ("STATUS_CONNECTION_RESET"),
 * or NULL (always for a value above 0xFFFFFFFF). */
WSAERR_API const char *wsaerr_ntstatus_str(unsigned long status);

/* An HRESULT -> Winsock: FACILITY_WIN32 (0x80072746 -> 10054) through
 * wsaerr_from_win32(), an NTSTATUS with FACILITY_NT_BIT (0xD000020D ->
 * 10054) through wsaerr_from_ntstatus(), S_OK (0) -> 0. A value above
 * 0xFFFFFFFF is WSAERR_NONE, as for the two others. */
WSAERR_API int wsaerr_from_hresult(unsigned long hr);

/* One way of reading a value. */
typedef struct wsaerr_reading {
	int system;                  /* enum wsaerr_system */
	long long value;             /* the value in that system, as given */
	const char *name;            /* its name in that system, or NULL */
	int wsa;                     /* the Winsock code, or WSAERR_NONE */
	const wsaerr_entry *entry;   /* the row that explains it, or NULL */
} wsaerr_reading;

/* Reads a value of a given system (errno and EAI of this host included)
 * into *out; returns 1 when it has a Winsock equivalent, 0 when not (out
 * is still filled: the value and, if known, its name). A value of a mail
 * or Internet system (encoded as for wsaerr_lookup()) has no Winsock
 * equivalent: out gets its name and row, if it has one. An HRESULT that
 * wraps a WinINet code (0x80072EE7) or is an IXP code (0x800CCC0E) gets
 * that row and its name, still with no Winsock equivalent. out may not be
 * NULL. */
WSAERR_API int wsaerr_read(int system, long long value, wsaerr_reading *out);

/* ------------------------------------------------------------------ */
/* Winsock's per-thread last error, on every platform                  */

/* What just failed, for the capture functions: one of the WSAERR_OP_*
 * values below. It is a struct, not an int, so that a call with its
 * arguments swapped, wsaerr_capture(fd, WSAERR_OP_RECV), does not compile
 * (in C and in C++), where an int would be silently accepted. */
typedef struct wsaerr_op {
	int id; /* enum wsaerr_op_id */
} wsaerr_op;

/* The operations, as numbers (the id of a wsaerr_op). */
enum wsaerr_op_id {
	WSAERR_OP_ID_OTHER = 0,
	WSAERR_OP_ID_SOCKET,
	WSAERR_OP_ID_BIND,
	WSAERR_OP_ID_LISTEN,
	WSAERR_OP_ID_ACCEPT,
	WSAERR_OP_ID_CONNECT,
	WSAERR_OP_ID_SEND,
	WSAERR_OP_ID_RECV,
	WSAERR_OP_ID_SHUTDOWN,
	WSAERR_OP_ID_SOCKOPT,
	WSAERR_OP_ID_NAME,
	WSAERR_OP_ID_CLOSE,
	WSAERR_OP_ID_POLL,
	WSAERR_OP_ID_IOCTL,
	WSAERR_OP_ID_COUNT
};

#ifdef __cplusplus
#define WSAERR_OP_(id) (wsaerr_op{ WSAERR_OP_ID_##id })
#else
#define WSAERR_OP_(id) ((wsaerr_op){ WSAERR_OP_ID_##id })
#endif
#define WSAERR_OP_OTHER WSAERR_OP_(OTHER)       /* none of those below */
#define WSAERR_OP_SOCKET WSAERR_OP_(SOCKET)     /* socket() */
#define WSAERR_OP_BIND WSAERR_OP_(BIND)         /* bind() */
#define WSAERR_OP_LISTEN WSAERR_OP_(LISTEN)     /* listen() */
#define WSAERR_OP_ACCEPT WSAERR_OP_(ACCEPT)     /* accept() */
#define WSAERR_OP_CONNECT WSAERR_OP_(CONNECT)   /* connect() */
#define WSAERR_OP_SEND WSAERR_OP_(SEND)         /* send, sendto, sendmsg, write */
#define WSAERR_OP_RECV WSAERR_OP_(RECV)         /* recv, recvfrom, recvmsg, read */
#define WSAERR_OP_SHUTDOWN WSAERR_OP_(SHUTDOWN) /* shutdown() */
#define WSAERR_OP_SOCKOPT WSAERR_OP_(SOCKOPT)   /* getsockopt, setsockopt */
#define WSAERR_OP_NAME WSAERR_OP_(NAME)         /* getsockname, getpeername */
#define WSAERR_OP_CLOSE WSAERR_OP_(CLOSE)       /* close, closesocket */
#define WSAERR_OP_POLL WSAERR_OP_(POLL)         /* select, poll, WSAPoll */
#define WSAERR_OP_IOCTL WSAERR_OP_(IOCTL)       /* ioctl, fcntl, ioctlsocket */

/* A socket: SOCKET on Windows, a file descriptor elsewhere. */
#ifdef _WIN32
typedef unsigned long long wsaerr_socket;
#else
typedef int wsaerr_socket;
#endif

/* What to pass as the socket when the call that failed has none (socket(),
 * getaddrinfo()) or several (select() or poll() over many sockets): the
 * answer then depends on the errno and the operation only. It is
 * INVALID_SOCKET on Windows and -1 elsewhere. */
#define WSAERR_NO_SOCKET ((wsaerr_socket)-1)

/* The calling thread's last error, like WSAGetLastError(). On Windows it
 * is WSAGetLastError(). Elsewhere it is the value the thread last stored
 * (wsaerr_set_last(), a capture function, a wrapper of
 * <wsaerr_compat.h>), unless errno has changed since then, in which case
 * it is the Winsock code for errno, read as wsaerr_capture() reads it
 * after WSAERR_OP_OTHER (so Winsock-style code that calls it right after a
 * failed call gets an answer). Never WSAERR_NONE; never changes errno. */
WSAERR_API int wsaerr_get_last(void);

/* The calling thread's last error exactly as last stored, whatever errno
 * did since: what WSAGetLastError() is when <wsaerr_compat.h> is used with
 * WSAERR_WRAP (the wrappers store every failure themselves, and a later
 * printf() that changes errno must not change the answer). 0 when the
 * thread has stored nothing. On Windows it is WSAGetLastError(). */
WSAERR_API int wsaerr_get_last_stored(void);

/* Sets the calling thread's last error, like WSASetLastError(). Other
 * threads are not affected. */
WSAERR_API void wsaerr_set_last(int code);

/* Call right after a socket call failed: reads what the system reported
 * (WSAGetLastError() on Windows, errno elsewhere), stores the Winsock code
 * as this thread's last error and returns it. Elsewhere than on Windows it
 * uses op and s to answer as Winsock would: EAGAIN from a receive or send
 * on a blocking socket with a timeout -> WSAETIMEDOUT; EBADF on a socket
 * operation -> WSAENOTSOCK; EPIPE after a local shutdown -> WSAESHUTDOWN,
 * on a socket that never connected -> WSAENOTCONN;
 * EDESTADDRREQ from a send on an unconnected socket -> WSAENOTCONN;
 * ECONNREFUSED from a UDP send or receive (an ICMP port unreachable) ->
 * WSAECONNRESET; EINVAL from socket() -> WSAESOCKTNOSUPPORT; EINVAL from
 * listen() on a connected socket -> WSAEISCONN; ENOTTY from an ioctl ->
 * WSAEINVAL. Pass WSAERR_NO_SOCKET as s when the call has no socket.
 * An errno Winsock has no code for is stored and returned as the closest
 * code (ENOSPC -> WSAENOBUFS, EIO -> WSAENETDOWN, otherwise
 * WSASYSCALLFAILURE), never as WSAERR_NONE or -1; errno is the same
 * afterwards as before, so the caller still has the exact value. errno 0
 * stores and returns 0. */
WSAERR_API int wsaerr_capture(wsaerr_op op, wsaerr_socket s);

/* As wsaerr_capture(), for an errno value err that did not come through
 * errno (a saved errno, or SO_ERROR read by the caller). errno is not
 * read and not changed. */
WSAERR_API int wsaerr_capture_errno(wsaerr_op op, wsaerr_socket s, int err);

/* A socket's pending error, which no call has reported yet: after a
 * non-blocking connect(), once select(), poll() or WSAPoll() says the
 * socket is writable or in error. Reads and clears it (getsockopt()
 * SO_ERROR, as Winsock code does); when there is one, stores its Winsock
 * code (WSAECONNREFUSED, WSAETIMEDOUT, WSAENETUNREACH...) as this thread's
 * last error and returns it. Returns 0 when there is none (the connection
 * is made) and leaves the last error alone. When the socket cannot be
 * read (not a socket), stores and returns WSAENOTSOCK. errno is the same
 * afterwards as before. */
WSAERR_API int wsaerr_capture_pending(wsaerr_socket s);

struct pollfd;

/* After poll() or WSAPoll(): what p->revents says about p->fd (struct
 * pollfd is WSAPOLLFD on Windows). POLLNVAL -> WSAENOTSOCK; POLLERR ->
 * the socket's pending error as wsaerr_capture_pending() reads it
 * (WSAECONNRESET when none is left); a nonzero code is stored as this
 * thread's last error and returned. Anything else (readable, writable,
 * hung up after an orderly close) returns 0 and leaves the last error
 * alone. p may not be NULL. */
WSAERR_API int wsaerr_capture_poll(const struct pollfd *p);

/* After getaddrinfo() or getnameinfo() failed: rc is its result and err
 * the errno saved right after it (read for EAI_SYSTEM only). Stores the
 * code Windows' getaddrinfo() returns for the same failure
 * (EAI_NONAME -> WSAHOST_NOT_FOUND, EAI_AGAIN -> WSATRY_AGAIN, ...; a
 * result with no equivalent -> WSANO_RECOVERY) as this thread's last
 * error and returns it, as Windows' getaddrinfo() does. rc 0 returns 0
 * and stores nothing. On Windows rc is already that code: it is stored
 * and returned as it is. errno is not changed. */
WSAERR_API int wsaerr_capture_eai(int rc, int err);

/* After gethostbyname() or gethostbyaddr() returned NULL: h is h_errno.
 * Stores the Winsock code (HOST_NOT_FOUND -> WSAHOST_NOT_FOUND,
 * TRY_AGAIN -> WSATRY_AGAIN, NO_RECOVERY -> WSANO_RECOVERY, NO_DATA ->
 * WSANO_DATA; anything else -> WSANO_RECOVERY) as this thread's last error
 * and returns it; 0 (NETDB_SUCCESS) stores nothing and returns 0. On
 * Windows h is already that code (h_errno is WSAGetLastError() there). */
WSAERR_API int wsaerr_capture_h_errno(int h);

/* ------------------------------------------------------------------ */
/* What a code means when a given function returns it                 */

/* Microsoft documents, for each Winsock function, the codes it returns and
 * what each means there: WSAEWOULDBLOCK from connect() on a non-blocking
 * socket is the normal start of a connection, WSAEINVAL from accept()
 * means the socket is not listening. The library knows these facts
 * (data/calls.def, with the page of each function) and says them in its
 * own words in every language. Functions are numbered 0 ..
 * wsaerr_call_count() - 1. */

/* The number of functions known: socket, bind, listen, accept, connect,
 * send, sendto, recv, recvfrom, shutdown, select, getsockopt, setsockopt,
 * getsockname, getpeername, closesocket, ioctlsocket, getaddrinfo,
 * getnameinfo, freeaddrinfo, gai_strerror, gethostbyname, gethostname,
 * WSAStartup, WSACleanup, WSAPoll. */
WSAERR_API int wsaerr_call_count(void);

/* The name of function call, spelled as Windows spells it ("connect",
 * "WSAStartup"); NULL when call is out of range. */
WSAERR_API const char *wsaerr_call_name(int call);

/* The number of a function by its name: ASCII case does not matter and a
 * trailing "()" is allowed ("connect", "CONNECT", "wsastartup()"). -1 for
 * NULL or an unknown name. */
WSAERR_API int wsaerr_call_find(const char *name);

/* The address of Microsoft's reference page of function call, the source
 * of the codes it is said to return; NULL when call is out of range. */
WSAERR_API const char *wsaerr_call_source(int call);

/* The i-th code (0-based) that function call is documented to return, in
 * the order of its page; 0 past the last one or when call is out of range
 * (freeaddrinfo() and gai_strerror() return none). */
WSAERR_API int wsaerr_call_code(int call, size_t i);

/* What code means when function call returns it, in a language (English
 * when the language lacks that note); NULL when the function's page does
 * not list code, or call is out of range. */
WSAERR_API const char *wsaerr_call_note(int call, int code, int lang);

/* The tool's words around the notes. */
enum wsaerr_call_ui {
	WSAERR_CALL_UI_WHEN = 0,     /* "When %s() returns it:" */
	WSAERR_CALL_UI_SOURCE,       /* "Source" */
	WSAERR_CALL_UI_NOT_LISTED,   /* "Microsoft's page for %s() does not list this code." */
	WSAERR_CALL_UI_UNKNOWN_CALL, /* "unknown function '%s' (known: %s)" */
	WSAERR_CALL_UI_COUNT
};

/* The text for a key of enum wsaerr_call_ui in a language (English when
 * the language lacks it); NULL when key is out of range. */
WSAERR_API const char *wsaerr_call_ui_text(int key, int lang);

/* What a language still lacks among the notes, for translators: one line
 * per missing text ("connect WSAEWOULDBLOCK", "shared WSAENETDOWN",
 * "ui WHEN"), with snprintf semantics; returns the length needed, 0 when
 * nothing is missing or lang is unknown. */
WSAERR_API size_t wsaerr_call_missing(int lang, char *buf, size_t size);

/* ------------------------------------------------------------------ */
/* Queries: what people type                                           */

/* How a query was written. */
enum wsaerr_form {
	WSAERR_FORM_DECIMAL = 1, /* 10054, -2147014842 */
	WSAERR_FORM_HEX,         /* 0x2746, 0x80072746 */
	WSAERR_FORM_NAME,        /* WSAECONNRESET, econnreset, IN-USE */
	WSAERR_FORM_ENHANCED     /* an enhanced mail status code: 5.7.1 */
};

/* Why a query was rejected. */
enum wsaerr_parse_status {
	WSAERR_PARSE_OK = 0,
	WSAERR_PARSE_EMPTY,          /* nothing but blanks */
	WSAERR_PARSE_NO_DIGITS,      /* "0x", "-" */
	WSAERR_PARSE_TRAILING,       /* "12abc", "0x27g6", "10054 x" */
	WSAERR_PARSE_OVERFLOW,       /* outside -2147483648 .. 4294967295 */
	WSAERR_PARSE_BAD_NAME        /* not a number and not a name: "$%", "é" */
};

#define WSAERR_MAX_READINGS 12

/* What a query was understood to mean. */
typedef struct wsaerr_query {
	int form;                    /* enum wsaerr_form; 0 when rejected */
	long long number;            /* the number as written; 0 for names */
	int code;                    /* the code it stands for (see below) */
	int hresult;                 /* 1 when number was an HRESULT wrapping code */
	const wsaerr_entry *entry;   /* the catalogue row, or NULL if unknown */
	size_t error_at;             /* when rejected: offset of the first byte
	                                not understood */
	size_t nreadings;            /* every way the query can be read, as */
	wsaerr_reading readings[WSAERR_MAX_READINGS]; /* Err.exe lists them */
	int system;                                   /* the system a prefix named ("smtp:550"),
	                                0 when there was none */
} wsaerr_query;

/* Reads one query: a decimal number (10054), a negative decimal, a hex
 * number (0x2746, 0X2746), an enhanced mail status code (5.7.1, 4.2.2, or
 * X.7.1 for any class; class 2, 4, 5 or X, subject and detail of 1 to 3
 * digits), or a name (as wsaerr_by_name(); a '-' or '/' may stand between
 * two other characters of it: IN-USE, SYS/TEMP). Blanks around the text are ignored.
 * A prefix names the system to read the rest in, and only readings of that
 * system are kept: a system key of wsaerr_system_key() or "enh", in any
 * case, then ':' ("smtp:550", "enh:5.7.1", "imap:ALERT", "pop3:IN-USE",
 * "ixp:0x800CCC0E", "wininet:12029", "win32:64", "hresult:0x80072746",
 * "errno:104"); q->system is that system. A number the prefixed system has
 * no reading for is read with wsaerr_read(). An unknown prefix is
 * WSAERR_PARSE_BAD_NAME at the ':'. Numbers must fit in 32 bits, signed or unsigned
 * (-2147483648 .. 4294967295). An HRESULT with FACILITY_WIN32
 * (0x8007xxxx, also written as the signed decimal -2147014842) stands for
 * the code in its low 16 bits: 0x80072746 gives code 10054 and hresult 1.
 * Any other number stands for itself, as a 32-bit int.
 *
 * readings[] lists every way the query can be read, most direct first: a
 * catalogue row with that code (Winsock or Win32) and the other names it
 * has there (8 is WSA_NOT_ENOUGH_MEMORY, ERROR_NOT_ENOUGH_MEMORY and,
 * on Windows, EAI_MEMORY); an SMTP reply (550); a WinINet and a WinHTTP
 * error (12007); an IXP code (0x800CCC0E); an NTSTATUS (0xC000020D); an
 * HRESULT with FACILITY_WIN32 or FACILITY_NT_BIT (for 0x80072EE7, one for
 * each of the WinINet and WinHTTP rows it wraps); for a name, the system
 * it belongs to; for an enhanced code, that code (its value as
 * wsaerr_lookup() encodes it, class included; a detail the registry lacks
 * is still a reading, with no row). entry and code are those of the first
 * reading that has a row.
 *
 * Returns WSAERR_PARSE_OK and fills *q (entry may still be NULL: a well
 * formed number or name that is not in the catalogue), or another status
 * and fills only q->error_at. text NULL is WSAERR_PARSE_EMPTY. q may be
 * NULL to only validate. */
WSAERR_API int wsaerr_parse(const char *text, wsaerr_query *q);

/* What a parse status means, in a language ("trailing characters"); NULL
 * for an unknown status. */
WSAERR_API const char *wsaerr_parse_status_text(int status, int lang);

/* ------------------------------------------------------------------ */
/* Formatting                                                          */

/* One line for a code, in a language:
 *   "WSAECONNRESET (10054): The connection was reset by the other side"
 * An HRESULT that wraps a known code names both:
 *   "WSAECONNRESET (10054, HRESULT 0x80072746): The connection ..."
 * A code that is not Winsock's or Win32's may be a WinINet code (12007,
 * or 0x80072EE7 wrapping it; WinINet is read before WinHTTP) or an IXP
 * HRESULT:
 *   "IXP_E_FAILED_TO_CONNECT (0x800CCC0E): The mail program could not ..."
 * A code in none of them; one below -65535 (an HRESULT or NTSTATUS, whose
 * top bit is set) in hex only:
 *   "Unknown Windows Sockets error 12345 (0x3039)"
 *   "Unknown Windows Sockets error 0x80004005"
 * Works for every int. snprintf semantics; buf may be NULL when size is 0. */
WSAERR_API size_t wsaerr_format(char *buf, size_t size, int code, int lang);

/* The long form: the line above, then the explanation, then the things to
 * check, one per line, each line ending in '\n'. Same rules as
 * wsaerr_format(). */
WSAERR_API size_t wsaerr_format_long(char *buf, size_t size, int code,
                                     int lang);

/* ------------------------------------------------------------------ */
/* Search                                                              */

/* 1 when every one of the n words occurs in the row's name, an alias, or
 * one of its texts in any language, or is the row's code in decimal
 * ("10054") or in hex ("0x2746"; an IXP row's HRESULT: "0x800CCC0E");
 * enhanced, POP3 and IMAP codes are found by their names ("X.7.1"). A word may hold blanks: a phrase, which
 * must occur as written. Case is ignored for ASCII letters, and
 * accents on Latin letters are ignored ("conexion" finds "conexión",
 * "ACCIÓN" finds "accion"). n == 0 matches every row. A word may be NULL
 * or empty: it matches everything. Words need not be valid UTF-8. */
WSAERR_API int wsaerr_matches(const wsaerr_entry *e, const char *const *words,
                              size_t n);

/* ------------------------------------------------------------------ */
/* Recognizing errors in free text and logs                            */

/* What a hit was recognised by. */
enum wsaerr_evidence {
	WSAERR_EV_CODE = 1,   /* a decimal code in an error context:
	                                "Socket Error: 10061", "[WinError 10054]";
	                                an SMTP reply or enhanced status code in
	                                an SMTP context: "said: 550 5.1.1" */
	WSAERR_EV_HEX,        /* a Winsock code in hex: 0x2746 */
	WSAERR_EV_HRESULT,    /* 0x80072746, 0xD000020D; an Outlook
	                                transport error 0x800CCC0E, a WinINet or
	                                WinHTTP error 0x80072EE7 */
	WSAERR_EV_NTSTATUS,   /* 0xC000020D */
	WSAERR_EV_NAME,       /* WSAECONNRESET, ERROR_NETNAME_DELETED,
	                                STATUS_CONNECTION_RESET */
	WSAERR_EV_ERRNO_NAME, /* ECONNREFUSED, EAI_NONAME, ENOTFOUND */
	WSAERR_EV_MESSAGE,    /* a message text, in any of the languages
	                                Windows prints, or from glibc, Java... */
	WSAERR_EV_KIND        /* a runtime's name: ConnectionReset,
	                                TimedOut, UnknownHostException */
};

/* A stable ASCII key for an evidence ("code", "hex", "hresult",
 * "ntstatus", "name", "errno_name", "message", "kind"); NULL when out of
 * range. */
WSAERR_API const char *wsaerr_evidence_key(int evidence);

/* One reference to an error, found in a text or a stream. */
typedef struct wsaerr_hit {
	unsigned long long start;    /* byte offset of the match from the start
	                                of the text or stream */
	unsigned long long end;      /* one past its last byte */
	unsigned long long line;     /* 1-based line number of its start */
	int wsa;                     /* the Winsock code it refers to, or
	                                WSAERR_NONE for a hit of another system */
	int evidence;                /* enum wsaerr_evidence */
	int confidence;              /* 1..100 */
	int system;                  /* enum wsaerr_system of value: WSAERR_SYS_WSA
	                                for a Winsock hit, else WSAERR_SYS_SMTP,
	                                _ENHANCED, _IXP, _WININET or _WINHTTP */
	long long value;             /* the code in that system, as
	                                wsaerr_lookup() takes it: the same as wsa
	                                for a Winsock hit; 550; 5007001 for
	                                5.7.1; 2148322318 for 0x800CCC0E; 12007
	                                for 0x80072EE7 */
} wsaerr_hit;

/* Finds every reference to an error in text[0..len): Winsock-related
 * errors (codes in an error context, hex codes, HRESULTs, NTSTATUS values,
 * names, and the messages Windows (in its display languages), the C
 * libraries and common runtimes print, matched however blanks, line
 * breaks, case and punctuation are spread in them), and the codes of the
 * mail and Internet systems a mail program's error carries beside them:
 * Outlook transport errors that are catalogue rows (0x800CCC0E, anywhere),
 * WinINet and WinHTTP errors written as HRESULTs (0x80072EE7), and SMTP
 * replies of the catalogue (550) and enhanced status codes (5.7.1) only in
 * an SMTP context (docs/recognizer.md states the rules). A Winsock hit has
 * system WSAERR_SYS_WSA; any other has system WSAERR_SYS_SMTP,
 * _ENHANCED, _IXP, _WININET or _WINHTTP, its value, and wsa WSAERR_NONE;
 * wsaerr_lookup(system, value) gives its row, except for an enhanced code
 * whose detail the registry lacks (5.7.515), which has none. No other
 * system appears. Numbers that are durations, ports, ids, versions, issue
 * numbers, HTTP statuses or parts of timestamps are not hits. Several
 * references to the same code of the same system close together on one
 * line are one hit, of 1024 bytes at most; a longer run of them is cut
 * where the offset is a multiple of 1024 (and where a hit would grow
 * beyond 1024 bytes), so a stream read from any such multiple inside the
 * run cuts it the same way once it has read 1024 bytes of it. Stores up
 * to max hits in order and returns how many
 * there are (which may be more than max); hits may be NULL when max is 0.
 * text need not be NUL-terminated or valid UTF-8. Time is linear in len,
 * whatever the text. */
WSAERR_API size_t wsaerr_recognize(const char *text, size_t len, wsaerr_hit *hits,
                                   size_t max);

/* Called for each hit of a stream; match points at the matched bytes
 * (hit->end - hit->start of them, never more than 1024), valid only during
 * the call. */
typedef void (*wsaerr_hit_fn)(void *ctx, const wsaerr_hit *hit, const char *match);

/* The bytes a scanner takes. */
#define WSAERR_SCANNER_SIZE (40u * 1024u)

/* The state of a stream being scanned: about 40 KB, owned by the caller
 * (static or on the heap rather than on a small stack). Opaque: use it
 * only through the functions below. Between two calls it may be copied
 * (by assignment or memcpy): the copy goes on from the same point of the
 * stream, on its own, as the original would (a checkpoint). */
typedef struct wsaerr_scanner {
	unsigned long long align_;
	unsigned char opaque_[WSAERR_SCANNER_SIZE];
} wsaerr_scanner;

/* Starts a stream. */
WSAERR_API void wsaerr_scanner_init(wsaerr_scanner *s);

/* Feeds the next len bytes of the stream, in chunks of any size. Calls fn
 * (which may be NULL) for each hit that is settled, in order, and returns
 * how many. A hit is settled once about 2 KB more of the stream has been
 * fed, or at wsaerr_scan_end(). Memory stays bounded and time linear
 * whatever the input. The hits of a whole stream, however it is cut into
 * chunks, are exactly those wsaerr_recognize() finds in the whole text. */
WSAERR_API size_t wsaerr_scan(wsaerr_scanner *s, const char *data, size_t len,
                              wsaerr_hit_fn fn, void *ctx);

/* Ends the stream: reports the hits not yet settled. */
WSAERR_API size_t wsaerr_scan_end(wsaerr_scanner *s, wsaerr_hit_fn fn, void *ctx);

/* The line number the stream has reached (1 + the newlines fed so far). */
WSAERR_API unsigned long long wsaerr_scan_lines(const wsaerr_scanner *s);


/* ------------------------------------------------------------------ */
/* A mail program's error dialog                                       */

/* The fields of the error dialogs of Outlook, Outlook Express and Windows
 * Live Mail ("Account: 'work', Server: 'smtp.example.com', Protocol: SMTP,
 * Server Response: '554 5.7.1 ...', Port: 25, Secure(SSL): No, Server
 * Error: 554, Socket Error: 10061, Error Number: 0x800CCC79"), in the order
 * they print them. */
enum wsaerr_field {
	WSAERR_FIELD_SUBJECT = 1,  /* the message's subject */
	WSAERR_FIELD_ACCOUNT,      /* the account's name */
	WSAERR_FIELD_SERVER,       /* the server's name */
	WSAERR_FIELD_PROTOCOL,     /* SMTP, POP3, IMAP */
	WSAERR_FIELD_RESPONSE,     /* the server's reply, as it sent it */
	WSAERR_FIELD_PORT,         /* the port number */
	WSAERR_FIELD_SSL,          /* "Secure(SSL)": Yes or No */
	WSAERR_FIELD_SERVER_ERROR, /* the SMTP reply code alone */
	WSAERR_FIELD_SOCKET_ERROR, /* a Winsock code */
	WSAERR_FIELD_ERROR_NUMBER  /* an Outlook transport error (IXP) */
};

/* The parts a dialog holds at most. */
#define WSAERR_DIALOG_MAX 16

/* wsaerr_dialog.ssl */
#define WSAERR_SSL_ON 1  /* "Secure(SSL): Yes" */
#define WSAERR_SSL_OFF 2 /* "Secure(SSL): No" */

/* One labelled field of a dialog, as offsets into the text it was read
 * from. */
typedef struct wsaerr_dialog_part {
	int field;         /* enum wsaerr_field */
	const char *lang;  /* the language of its label ("de"; a
	                                static string) */
	size_t label;      /* where its label starts */
	size_t start, end; /* its value: quotes, blanks and the ',' or
	                                '.' after it left out; a number alone
	                                for PORT, SERVER_ERROR, SOCKET_ERROR and
	                                ERROR_NUMBER; start == end when empty */
} wsaerr_dialog_part;

/* A dialog: its parts, and what they say as numbers. */
typedef struct wsaerr_dialog {
	size_t start, end; /* from its first label to the end of its
	                                last value */
	size_t nparts;
	wsaerr_dialog_part parts[WSAERR_DIALOG_MAX]; /* in the order of the text */
	/* 0 where the dialog does not say, or says what is not understood */
	int protocol; /* WSAERR_SYS_SMTP, _POP3 or _IMAP */
	long port;
	int ssl;                /* WSAERR_SSL_ON or WSAERR_SSL_OFF */
	int reply;              /* the SMTP reply: the response's, else the
	                                server error's (200..599) */
	long long enhanced;     /* the response's enhanced status code, as
	                                wsaerr_lookup() takes it (5007001) */
	int server_error;       /* the number of SERVER_ERROR */
	int socket_error;       /* the number of SOCKET_ERROR */
	long long error_number; /* ERROR_NUMBER, unsigned (2148322318 for
	                                0x800CCC0E) */
} wsaerr_dialog;

/* Reads the first mail program's error dialog in text[0..len): a run of
 * two or more labelled fields ("Label: value"), each label in any of the
 * languages of data/mail/labels.def (English, German, Spanish, French,
 * Italian, Dutch, Portuguese, Japanese; Korean, Chinese and Russian for
 * the socket error and error number), in any ASCII case, blanks inside it
 * optional ("Secure(SSL)"), then ':' or '：'. A value runs to the next
 * label, or to the end of its line; the next label may start the next
 * line. Fills *d (fields it does not find are 0) and returns d->nparts;
 * returns 0, with *d zeroed, when text holds no dialog. The next dialog is
 * read from text + d->end. Never allocates, prints or reads anything else;
 * text need not be NUL-terminated or valid UTF-8, and may be NULL when len
 * is 0; d may not be NULL. Time is linear in len. */
WSAERR_API size_t wsaerr_dialog_read(const char *text, size_t len, wsaerr_dialog *d);

/* The i-th piece of advice (0-based) for what the parts of a dialog say
 * together (a port and its encryption that do not match; port 25 timing
 * out; 0x800CCC0E with 10061, 10060 or 11001; X.7.1 after a 5xx reply;
 * 0x800CCC79 or 0x800CCC78 after a 5xx reply; ...: the rows of
 * data/mail/advice.def), in a language; NULL past the last one, and for a
 * NULL d. d may come from wsaerr_dialog_read() or be filled by the caller
 * (zeroed, then the fields it knows). When key is not NULL, *key is set to
 * the advice's stable ASCII key ("port_25_blocked"; NULL with a NULL
 * result). */
WSAERR_API const char *wsaerr_dialog_advice(const wsaerr_dialog *d, size_t i, int lang,
                                            const char **key);

/* What a TCP port is for in mail (data/mail/ports.def): WSAERR_SYS_SMTP
 * (25, 465, 587), WSAERR_SYS_POP3 (110, 995) or WSAERR_SYS_IMAP (143, 993),
 * or 0 for any other port. When tls is not NULL, *tls is set to 1 for a
 * port encrypted from its first byte (465, 993, 995), else 0. */
WSAERR_API int wsaerr_mail_port(long port, int *tls);

/* ------------------------------------------------------------------ */
/* The tool's own words                                                */

/* Keys of the short texts the wsaerr tool prints around the catalogue, so
 * that they are translated with it. */
enum wsaerr_ui {
	WSAERR_UI_ALSO_KNOWN_AS = 0,
	WSAERR_UI_SAME_MEANING_AS,
	WSAERR_UI_WHAT_TO_CHECK,
	WSAERR_UI_CATEGORY,
	WSAERR_UI_TRANSIENT,
	WSAERR_UI_TRANSIENT_YES,
	WSAERR_UI_TRANSIENT_NO,
	WSAERR_UI_ERRNO,
	WSAERR_UI_NONE,
	WSAERR_UI_READ_AS,
	WSAERR_UI_NOT_FOUND,
	WSAERR_UI_UNKNOWN_CODE,
	WSAERR_UI_NO_MATCH,
	WSAERR_UI_PARSE_EMPTY, /* the texts of enum wsaerr_parse_status */
	WSAERR_UI_PARSE_NO_DIGITS,
	WSAERR_UI_PARSE_TRAILING,
	WSAERR_UI_PARSE_OVERFLOW,
	WSAERR_UI_PARSE_BAD_NAME,
	WSAERR_UI_USAGE,          /* the tool's --help text; %s: languages */
	WSAERR_UI_TRY_HELP,       /* the diagnostics below take %s where */
	WSAERR_UI_UNKNOWN_OPTION, /* the English text has it, in the same */
	WSAERR_UI_NEEDS_VALUE,    /* order (tests/test_lang.c checks) */
	WSAERR_UI_UNKNOWN_LANG,
	WSAERR_UI_NOTHING_TO_LOOK_UP,
	WSAERR_UI_NO_ARGUMENTS,
	WSAERR_UI_NEEDS_WORD,
	WSAERR_UI_WRITE_ERROR,
	WSAERR_UI_SYS_WSA, /* labels of enum wsaerr_system */
	WSAERR_UI_SYS_WIN32,
	WSAERR_UI_SYS_NTSTATUS,
	WSAERR_UI_SYS_HRESULT,
	WSAERR_UI_SYS_ERRNO,
	WSAERR_UI_SYS_EAI,
	WSAERR_UI_SYS_H_ERRNO,
	WSAERR_UI_NO_EQUIVALENT,     /* "no Windows Sockets equivalent" */
	WSAERR_UI_WSA_EQUIVALENT,    /* "Winsock equivalent" */
	WSAERR_UI_NOT_A_NUMBER,      /* "'%s' is not a number" */
	WSAERR_UI_CONFLICT,          /* "'%s' cannot be combined with '%s'" */
	WSAERR_UI_EXPORT_TITLE,      /* wsaerr export: page title, */
	WSAERR_UI_EXPORT_INTRO,      /* introduction, */
	WSAERR_UI_EXPORT_SEARCH,     /* search box, */
	WSAERR_UI_EXPORT_SHOWN,      /* "%s of %s shown" */
	WSAERR_UI_UNKNOWN_FORMAT,    /* "unknown format '%s' (known: %s)" */
	WSAERR_UI_PROBE_ARGS,        /* wsaerr probe: "'%s' needs %s", */
	WSAERR_UI_PROBE_BAD_PORT,    /* "'%s' is not a port number", */
	WSAERR_UI_PROBE_BAD_TIMEOUT, /* "'%s' is not a timeout", */
	WSAERR_UI_PROBE_RESOLVING,   /* "Looking up %s:", */
	WSAERR_UI_PROBE_CONNECTING,  /* "Connecting to %s port %s:", */
	WSAERR_UI_PROBE_CONNECTED,   /* "connected", */
	WSAERR_UI_PROBE_FAILED,      /* "failed" */
	WSAERR_UI_NOTHING_FOUND,     /* explain, scan: "no Winsock error found" */
	WSAERR_UI_READ_ERROR,        /* "cannot read %s: %s" */
	WSAERR_UI_LINE,              /* "line" */
	WSAERR_UI_SCAN_COUNT,        /* scan table: "count" */
	WSAERR_UI_SCAN_SEEN,         /* scan table: "first .. last seen" */
	WSAERR_UI_SHRANK,            /* "%s: the file got shorter while it was
	                                read (it ended at byte %s)..." */
	WSAERR_UI_BARE_CODE,         /* explain: a code typed with no context */
	WSAERR_UI_SCAN_CODE,         /* scan table: "code", */
	WSAERR_UI_SCAN_NAME,         /* "name" */
	WSAERR_UI_WINDOWS_SAYS,      /* before a quotation of what Windows prints */
	WSAERR_UI_READ_AS_TEXT,      /* "Read as text": an operand that is not a query */
	WSAERR_UI_EV_CODE,           /* how a text was read: one text per value */
	WSAERR_UI_EV_HEX,            /* of enum wsaerr_evidence, in its order */
	WSAERR_UI_EV_HRESULT,
	WSAERR_UI_EV_NTSTATUS,
	WSAERR_UI_EV_NAME,
	WSAERR_UI_EV_ERRNO_NAME,
	WSAERR_UI_EV_MESSAGE,
	WSAERR_UI_EV_KIND,
	WSAERR_UI_DID_YOU_MEAN,      /* "did you mean %s?" */
	WSAERR_UI_TRY_SEARCH,        /* "Try 'wsaerr search %s' ..." */
	WSAERR_UI_WAITING,           /* input from a terminal: "... press %s" */
	WSAERR_UI_SOCKET_ERROR,      /* -1: the message line, */
	WSAERR_UI_SOCKET_ERROR_MORE, /* and what it means */
	WSAERR_UI_AFTER_DASHES,      /* "'%s' comes after '--' ..." */
	WSAERR_UI_TOO_MUCH_INPUT,    /* "more than %s of queries ..." */
	WSAERR_UI_NO_MATCH_TOGETHER, /* search: each word matches, not all at once */
	WSAERR_UI_LIST_WSA,          /* list: heading of the Winsock codes, */
	WSAERR_UI_LIST_WIN32,        /* of the Win32 codes */
	WSAERR_UI_PROGRAMMERS,       /* how a check for programmers begins */
	WSAERR_UI_SYS_SMTP,          /* labels of the mail and Internet */
	WSAERR_UI_SYS_ENHANCED,      /* systems, in the order of */
	WSAERR_UI_SYS_POP3,          /* enum wsaerr_system */
	WSAERR_UI_SYS_IMAP,
	WSAERR_UI_SYS_IXP,
	WSAERR_UI_SYS_WININET,
	WSAERR_UI_SYS_WINHTTP,
	WSAERR_UI_ENH_CLASS_2, /* what the class of an enhanced code */
	WSAERR_UI_ENH_CLASS_4, /* says: 2.X.X, 4.X.X, 5.X.X */
	WSAERR_UI_ENH_CLASS_5,
	WSAERR_UI_ENH_SUBJECT_0, /* what its subject says: X.0.X .. X.7.X */
	WSAERR_UI_ENH_SUBJECT_1,
	WSAERR_UI_ENH_SUBJECT_2,
	WSAERR_UI_ENH_SUBJECT_3,
	WSAERR_UI_ENH_SUBJECT_4,
	WSAERR_UI_ENH_SUBJECT_5,
	WSAERR_UI_ENH_SUBJECT_6,
	WSAERR_UI_ENH_SUBJECT_7,
	WSAERR_UI_LIST_SMTP,     /* list: headings of the mail and */
	WSAERR_UI_LIST_ENHANCED, /* Internet systems, in the order of */
	WSAERR_UI_LIST_POP3,     /* enum wsaerr_system */
	WSAERR_UI_LIST_IMAP,
	WSAERR_UI_LIST_IXP,
	WSAERR_UI_LIST_WININET,
	WSAERR_UI_LIST_WINHTTP,
	WSAERR_UI_FIELD_SUBJECT, /* explain: the fields of a mail dialog, */
	WSAERR_UI_FIELD_ACCOUNT, /* in the order of enum wsaerr_field */
	WSAERR_UI_FIELD_SERVER,
	WSAERR_UI_FIELD_PROTOCOL,
	WSAERR_UI_FIELD_RESPONSE,
	WSAERR_UI_FIELD_PORT,
	WSAERR_UI_FIELD_SSL,
	WSAERR_UI_FIELD_SERVER_ERROR,
	WSAERR_UI_FIELD_SOCKET_ERROR,
	WSAERR_UI_FIELD_ERROR_NUMBER,
	WSAERR_UI_DIALOG, /* "A mail program's error, part by part" */
	WSAERR_UI_ADVICE, /* "What the parts say together" */
	WSAERR_UI_SSL_ON, /* what SSL on and off mean */
	WSAERR_UI_SSL_OFF,
	WSAERR_UI_PORT_SMTP, /* what a mail port is for (wsaerr_mail_port) */
	WSAERR_UI_PORT_POP3,
	WSAERR_UI_PORT_IMAP,
	WSAERR_UI_PORT_TLS,   /* encrypted from its first byte */
	WSAERR_UI_PORT_PLAIN, /* plain at first, STARTTLS */
	WSAERR_UI_COUNT
};

/* The text for a key in a language; NULL when key is out of range. */
WSAERR_API const char *wsaerr_ui_text(int key, int lang);

#ifdef __cplusplus
}
#endif

#endif /* WSAERR_H */
