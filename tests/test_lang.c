/* Languages: tags, locale names, and that no text is missing. */
#include "wsaerr.h"
#include "test.h"

static void find_languages(void)
{
	int es = wsaerr_lang_find("es"), ko = wsaerr_lang_find("ko");
	CHECK_INT(wsaerr_lang_find("en"), WSAERR_LANG_EN);
	CHECK_INT(wsaerr_lang_find("C"), WSAERR_LANG_EN);
	CHECK_INT(wsaerr_lang_find("POSIX"), WSAERR_LANG_EN);
	CHECK_INT(wsaerr_lang_find(""), WSAERR_LANG_EN);
	CHECK_INT(wsaerr_lang_find("C.UTF-8"), WSAERR_LANG_EN);
	CHECK_INT(wsaerr_lang_find("en_US.UTF-8"), WSAERR_LANG_EN);
	CHECK_INT(wsaerr_lang_find("EN-gb"), WSAERR_LANG_EN);
	CHECK_INT(wsaerr_lang_find(NULL), -1);
	CHECK_INT(wsaerr_lang_find("fr_FR.UTF-8"), -1);
	CHECK_INT(wsaerr_lang_find("e"), -1);
	CHECK_INT(wsaerr_lang_find("english"), -1);
	CHECK_INT(wsaerr_lang_find("_"), -1);
	if (es < 0 || ko < 0)
		SKIP("es or ko not compiled in");
	CHECK_INT(wsaerr_lang_find("es_ES.UTF-8"), es);
	CHECK_INT(wsaerr_lang_find("es_MX@euro"), es);
	CHECK_INT(wsaerr_lang_find("ko-KR"), ko);
	CHECK_INT(wsaerr_lang_find("KO"), ko);
}

static void tags_and_names(void)
{
	int l;
	CHECK(wsaerr_lang_count() >= 1);
	CHECK_STR(wsaerr_lang_tag(WSAERR_LANG_EN), "en");
	CHECK_STR(wsaerr_lang_name(WSAERR_LANG_EN), "English");
	CHECK(wsaerr_lang_tag(-1) == NULL);
	CHECK(wsaerr_lang_tag(wsaerr_lang_count()) == NULL);
	CHECK(wsaerr_lang_name(wsaerr_lang_count()) == NULL);
	for (l = 0; l < wsaerr_lang_count(); l++) {
		CHECK_INT(wsaerr_lang_find(wsaerr_lang_tag(l)), l);
		CHECK(wsaerr_lang_name(l) && wsaerr_lang_name(l)[0]);
	}
}

static void ui_and_categories_complete(void)
{
	int l, k;
	for (l = 0; l < wsaerr_lang_count(); l++) {
		for (k = 0; k < WSAERR_UI_COUNT; k++)
			CHECK(wsaerr_ui_text(k, l) && wsaerr_ui_text(k, l)[0]);
		for (k = 0; k < WSAERR_CAT_COUNT; k++)
			CHECK(wsaerr_category_label(k, l) && wsaerr_category_label(k, l)[0]);
	}
	CHECK(wsaerr_ui_text(-1, 0) == NULL);
	CHECK(wsaerr_ui_text(WSAERR_UI_COUNT, 0) == NULL);
	CHECK(wsaerr_category_label(-1, 0) == NULL);
	CHECK(wsaerr_category_label(WSAERR_CAT_COUNT, 0) == NULL);
	/* An unknown language answers in English. */
	CHECK_STR(wsaerr_ui_text(WSAERR_UI_WHAT_TO_CHECK, 999), wsaerr_ui_text(WSAERR_UI_WHAT_TO_CHECK, 0));
	CHECK_STR(wsaerr_message(wsaerr_by_code(10054), -5), wsaerr_message(wsaerr_by_code(10054), 0));
}

/* Every language has every text. For a translator starting a new
 * data/lang/xx.def this is the to-do list: it prints each missing text. */
static void nothing_missing(void)
{
	static char buf[1 << 16];
	int l;
	for (l = 0; l < wsaerr_lang_count(); l++) {
		size_t n = wsaerr_lang_missing(l, buf, sizeof buf);
		if (n) {
			printf("  %s is missing:\n%s", wsaerr_lang_tag(l), buf);
			if (n >= sizeof buf)
				printf("  ...\n");
		}
		CHECK_INT(n, 0);
	}
	CHECK_INT(wsaerr_lang_missing(-1, buf, sizeof buf), 0);
	CHECK_INT(wsaerr_lang_missing(wsaerr_lang_count(), NULL, 0), 0);
}

/* The conversions (%s) of a translated interface text, in order. */
static void conversions(const char *fmt, char *out, size_t size)
{
	size_t n = 0;
	for (; *fmt && n + 2 < size; fmt++)
		if (fmt[0] == '%' && fmt[1]) {
			out[n++] = fmt[1];
			fmt++;
		}
	out[n] = '\0';
}

static void format_strings_match_english(void)
{
	int l, k;
	char en[32], other[32];
	for (k = 0; k < WSAERR_UI_COUNT; k++) {
		conversions(wsaerr_ui_text(k, 0), en, sizeof en);
		CHECK(strspn(en, "s%") == strlen(en));
		for (l = 1; l < wsaerr_lang_count(); l++) {
			conversions(wsaerr_ui_text(k, l), other, sizeof other);
			if (strcmp(en, other) != 0)
				printf("  %s: interface text %d has \"%s\", English has \"%s\"\n",
				       wsaerr_lang_tag(l), k, other, en);
			CHECK_STR(other, en);
		}
	}
}

/* Every text is valid UTF-8, so terminals and JSON consumers get what we
 * meant. */
static int valid_utf8(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	while (*u) {
		int n = *u < 0x80 ? 0 : (*u & 0xE0) == 0xC0 ? 1 : (*u & 0xF0) == 0xE0 ? 2 :
		        (*u & 0xF8) == 0xF0 ? 3 : -1;
		if (n < 0)
			return 0;
		u++;
		while (n--) {
			if ((*u & 0xC0) != 0x80)
				return 0;
			u++;
		}
	}
	return 1;
}

static void texts_are_utf8(void)
{
	int l, k;
	size_t i, c;
	for (l = 0; l < wsaerr_lang_count(); l++) {
		for (i = 0; i < wsaerr_count(); i++) {
			const wsaerr_entry *e = wsaerr_at(i);
			CHECK(valid_utf8(wsaerr_message(e, l)));
			CHECK(valid_utf8(wsaerr_explanation(e, l)));
			for (c = 0; wsaerr_check(e, c, l); c++)
				CHECK(valid_utf8(wsaerr_check(e, c, l)));
		}
		for (k = 0; k < WSAERR_UI_COUNT; k++)
			CHECK(valid_utf8(wsaerr_ui_text(k, l)));
	}
}

static void search_ignores_accents_and_case(void)
{
	const wsaerr_entry *reset = wsaerr_by_code(10054);
	CHECK(wsaerr_matches(reset, (const char *[]){ "conexion" }, 1));
	CHECK(wsaerr_matches(reset, (const char *[]){ "CONEXIÓN" }, 1));
	CHECK(wsaerr_matches(reset, (const char *[]){ "corto" }, 1));
	CHECK(wsaerr_matches(reset, (const char *[]){ "Cortó" }, 1));
	CHECK(wsaerr_matches(reset, (const char *[]){ "강제로" }, 1));
	CHECK(wsaerr_matches(wsaerr_by_code(10060), (const char *[]){ "AGOTÓ", "espera" }, 2));
	CHECK(!wsaerr_matches(reset, (const char *[]){ "\xff\xfe" }, 1));
	CHECK(!wsaerr_matches(reset, (const char *[]){ "conexión", "nosuchword" }, 2));
}

void suite_lang(void)
{
	RUN("lang", find_languages);
	RUN("lang", tags_and_names);
	RUN("lang", ui_and_categories_complete);
	RUN("lang", nothing_missing);
	RUN("lang", format_strings_match_english);
	RUN("lang", texts_are_utf8);
	RUN("lang", search_ignores_accents_and_case);
}
