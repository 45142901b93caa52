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

void suite_lang(void)
{
	RUN("lang", find_languages);
	RUN("lang", tags_and_names);
	RUN("lang", ui_and_categories_complete);
}
