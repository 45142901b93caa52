/*
 * A very small test harness. A test is a function; CHECK records a failure
 * and goes on, so one run reports every broken assertion. Each test prints
 * one line, "PASS suite/name", "FAIL suite/name" or "SKIP suite/name: why",
 * which tests/run.sh counts.
 */
#ifndef WSAERR_TEST_H
#define WSAERR_TEST_H

#include <stdio.h>
#include <string.h>

extern int t_fails;      /* failures in the current test */
extern const char *t_skip; /* set by SKIP() */

void t_fail(const char *file, int line, const char *what);
void t_run(const char *suite, const char *name, void (*fn)(void));

#define CHECK(cond) \
	do { if (!(cond)) t_fail(__FILE__, __LINE__, #cond); } while (0)
#define CHECK_STR(a, b) \
	do { const char *a_ = (a), *b_ = (b); \
	     if (!(a_ && b_ && strcmp(a_, b_) == 0)) { \
	         char m_[512]; \
	         snprintf(m_, sizeof m_, "%.60s == %.60s (\"%.150s\" vs \"%.150s\")", #a, #b, \
	                  a_ ? a_ : "(null)", b_ ? b_ : "(null)"); \
	         t_fail(__FILE__, __LINE__, m_); } } while (0)
#define CHECK_INT(a, b) \
	do { long long a_ = (long long)(a), b_ = (long long)(b); \
	     if (a_ != b_) { char m_[256]; \
	         snprintf(m_, sizeof m_, "%s == %s (%lld vs %lld)", #a, #b, a_, b_); \
	         t_fail(__FILE__, __LINE__, m_); } } while (0)
#define SKIP(why) do { t_skip = (why); return; } while (0)
#define RUN(suite, fn) t_run(suite, #fn, fn)

void suite_table(void);
void suite_parse(void);
void suite_format(void);
void suite_lang(void);
void suite_translate(void);
void suite_compat(void);
void suite_contract(void);
void suite_recognize(void);
void suite_texts(void);
void suite_mail(void);
void suite_wrap(void);
void suite_calls(void);
void suite_dialog(void);

#endif
