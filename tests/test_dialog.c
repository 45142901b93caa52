/* A mail program's error dialog: wsaerr_dialog_read() in the languages of
 * data/mail/labels.def, the advice of data/mail/advice.def (each rule),
 * and wsaerr_mail_port(). */
#include "wsaerr.h"
#include "test.h"

#include <stdlib.h>

/* The value of the part of field f, as a string (static), or NULL. */
static const char *value_of(const wsaerr_dialog *d, const char *text, int f)
{
	static char buf[256];
	size_t i, n;

	for (i = 0; i < d->nparts; i++)
		if (d->parts[i].field == f) {
			n = d->parts[i].end - d->parts[i].start;
			if (n >= sizeof buf)
				n = sizeof buf - 1;
			memcpy(buf, text + d->parts[i].start, n);
			buf[n] = '\0';
			return buf;
		}
	return NULL;
}

static size_t read_text(const char *t, wsaerr_dialog *d)
{
	return wsaerr_dialog_read(t, strlen(t), d);
}

/* The dialog of issue 12, in English. */
static void english_dialog_part_by_part(void)
{
	static const char *t =
	        "The connection to the server has failed. Account: 'work', Server: 'smtp.example.com', "
	        "Protocol: SMTP, Server Response: '554 5.7.1 <x@example.org>: Relay access denied', "
	        "Port: 25, Secure(SSL): No, Server Error: 554, Socket Error: 10061, Error Number: "
	        "0x800CCC79";
	wsaerr_dialog d;
	static const int fields[] = { WSAERR_FIELD_ACCOUNT,      WSAERR_FIELD_SERVER,
		                      WSAERR_FIELD_PROTOCOL,     WSAERR_FIELD_RESPONSE,
		                      WSAERR_FIELD_PORT,         WSAERR_FIELD_SSL,
		                      WSAERR_FIELD_SERVER_ERROR, WSAERR_FIELD_SOCKET_ERROR,
		                      WSAERR_FIELD_ERROR_NUMBER };
	size_t i;

	CHECK_INT(read_text(t, &d), 9);
	for (i = 0; i < 9; i++) {
		CHECK_INT(d.parts[i].field, fields[i]);
		CHECK_STR(d.parts[i].lang, "en");
	}
	CHECK_STR(value_of(&d, t, WSAERR_FIELD_ACCOUNT), "work");
	CHECK_STR(value_of(&d, t, WSAERR_FIELD_SERVER), "smtp.example.com");
	CHECK_STR(value_of(&d, t, WSAERR_FIELD_RESPONSE),
	          "554 5.7.1 <x@example.org>: Relay access denied");
	CHECK_STR(value_of(&d, t, WSAERR_FIELD_PORT), "25");
	CHECK_STR(value_of(&d, t, WSAERR_FIELD_SSL), "No");
	CHECK_STR(value_of(&d, t, WSAERR_FIELD_ERROR_NUMBER), "0x800CCC79");
	CHECK_INT(d.protocol, WSAERR_SYS_SMTP);
	CHECK_INT(d.port, 25);
	CHECK_INT(d.ssl, WSAERR_SSL_OFF);
	CHECK_INT(d.reply, 554);
	CHECK_INT(d.enhanced, 5007001);
	CHECK_INT(d.server_error, 554);
	CHECK_INT(d.socket_error, 10061);
	CHECK_INT(d.error_number, 0x800CCC79LL);
	CHECK_INT(d.start, strstr(t, "Account") - t);
	CHECK_INT(d.end, strlen(t));
	CHECK_INT(d.parts[0].label, strstr(t, "Account") - t);
}

/* The labels of each language, as real dialogs print them
 * (tests/corpus/real/tune.tsv; data/mail/labels.def names the pages). */
static void labels_in_every_language(void)
{
	static const struct {
		const char *text;
		size_t parts;
		int socket, reply;
		long port;
		int ssl;
	} cases[] = {
		{ "Konto: \"Test\", Server: \"smtp.beispiel.com\", Protokoll: SMTP, Serverantwort: "
		  "\"550 Relay verweigert\", Anschluss: 25, Secure (SSL): Nein, Serverfehler: 550, "
		  "Fehlernummer: 0x800CCC79",
		  8, 0, 550, 25, WSAERR_SSL_OFF },
		{ "Cuenta: 'Prueba', Servidor: 'smtp.example.com', Protocolo: SMTP, Respuesta del "
		  "servidor: '553 (#5.7.1)', Puerto: 25, Seguro(SSL): No, Error del servidor: 553, "
		  "Número de error: 0x800CCC79",
		  8, 0, 553, 25, WSAERR_SSL_OFF },
		{ "Compte : 'x', Serveur : 'smtp.example.com', Protocole : SMTP, Réponse du serveur : "
		  "'550 5.7.1 refus', Port : 587, Sécurisé (SSL) : Non, Erreur du serveur : 550, "
		  "Numéro d'erreur : 0x800CCC79",
		  8, 0, 550, 587, WSAERR_SSL_OFF },
		{ "Account: ‘nome’, Server: ‘smtp.email.it’, Protocollo: SMTP, Risposta del server: "
		  "’553 5.7.1 not logged in‘, Porta: 25, Protezione (SSL): No, Errore del server: 553, "
		  "Numero di errore: 0x800CCC79",
		  8, 0, 553, 25, WSAERR_SSL_OFF },
		{ "account: 'Test', server: 'smtp.example.com', protocol: SMTP, reactie van server: "
		  "'553 (#5.7.1)', poort: 25, beveiligd (SSL): Nee, serverfout: 553, foutnummer: "
		  "0x800CCC79",
		  8, 0, 553, 25, WSAERR_SSL_OFF },
		{ "Conta: 'Teste', Servidor: 'smtp.exemplo.com', Protocolo: SMTP, Resposta do "
		  "Servidor: '550 Retransmissão Negada', Porta: 25, Secure Sockets Layer (SSL): Não, "
		  "Erro do Servidor: 550, Número do Erro: 0x800CCC79",
		  8, 0, 550, 25, WSAERR_SSL_OFF },
		{ "アカウント: 'mail', サーバー: 'smtp.example.jp', プロトコル: SMTP, ポート: 25, "
		  "セキュリティ (SSL): なし, ソケット エラー: 10060, エラー番号: 0x800CCC0E",
		  7, 10060, 0, 25, WSAERR_SSL_OFF },
		{ "Account: 'a', Server: 'pop.example.com', Protocol: POP3, Port: 995, Secure(SSL): "
		  "Yes, Error Number: 0x800CCC1A",
		  6, 0, 0, 995, WSAERR_SSL_ON },
		{ "소켓 오류: 10061, 오류 번호: 0x800CCC0E", 2, 10061, 0, 0, 0 },
		{ "Socket-Fehler: 10060, Fehlernummer: 0x800CCC0E", 2, 10060, 0, 0, 0 },
	};
	size_t i;
	wsaerr_dialog d;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n = read_text(cases[i].text, &d);
		if (n != cases[i].parts)
			printf("  case %lu: %lu parts\n", (unsigned long)i, (unsigned long)n);
		CHECK_INT(n, cases[i].parts);
		CHECK_INT(d.socket_error, cases[i].socket);
		CHECK_INT(d.reply, cases[i].reply);
		CHECK_INT(d.port, cases[i].port);
		CHECK_INT(d.ssl, cases[i].ssl);
	}
	/* Spanish: the response's enhanced code in qmail's form */
	read_text(cases[1].text, &d);
	CHECK_INT(d.enhanced, 5007001);
	CHECK_STR(d.parts[0].lang, "es");
	/* Italian quotes are left out of the value */
	read_text(cases[3].text, &d);
	CHECK_STR(value_of(&d, cases[3].text, WSAERR_FIELD_RESPONSE), "553 5.7.1 not logged in");
	CHECK_STR(value_of(&d, cases[3].text, WSAERR_FIELD_SERVER), "smtp.email.it");
}

static void what_is_not_a_dialog(void)
{
	wsaerr_dialog d;
	const char *t;

	/* one label alone, words that are not labels, nothing */
	CHECK_INT(read_text("Socket Error: 10061", &d), 0);
	CHECK_INT(d.nparts, 0);
	CHECK_INT(d.socket_error, 0);
	CHECK_INT(read_text("Support: yes, Portal: 25, Servers: many", &d), 0);
	CHECK_INT(read_text("", &d), 0);
	CHECK_INT(wsaerr_dialog_read(NULL, 0, &d), 0);
	CHECK_INT(wsaerr_dialog_read("Port: 1, Server: x", 18, NULL), 0);
	/* a label with no ':' after it is not one */
	CHECK_INT(read_text("Port 25, Server smtp", &d), 0);
	/* two dialogs in one text: the first, then the next from d.end */
	t = "Port: 25, Server: a\nnothing here\nPort: 587, Server: b";
	CHECK_INT(read_text(t, &d), 2);
	CHECK_INT(d.port, 25);
	CHECK_INT(wsaerr_dialog_read(t + d.end, strlen(t) - d.end, &d), 2);
	CHECK_INT(d.port, 587);
	/* a dialog over two lines */
	t = "Account: 'a', Server: 'b',\n  Port: 465, Secure(SSL): No";
	CHECK_INT(read_text(t, &d), 4);
	CHECK_STR(value_of(&d, t, WSAERR_FIELD_SERVER), "b");
	/* the marks of other scripts around values are left out */
	t = "アカウント: 「テスト」、サーバー: 『smtp.example.jp』。ポート: «25»";
	CHECK_INT(read_text(t, &d), 3);
	CHECK_STR(value_of(&d, t, WSAERR_FIELD_ACCOUNT), "テスト");
	CHECK_STR(value_of(&d, t, WSAERR_FIELD_SERVER), "smtp.example.jp");
	t = "Server: 'a'，Account: \"b\"。";
	CHECK_INT(read_text(t, &d), 2);
	CHECK_STR(value_of(&d, t, WSAERR_FIELD_SERVER), "a");
	CHECK_STR(value_of(&d, t, WSAERR_FIELD_ACCOUNT), "b");
	/* the response's enhanced code stands alone: not inside a version or
	 * an address */
	t = "Server Response: '550 v15.7.1 1.5.7.1 5.7.12.1 then 5.1.1', Port: 25";
	CHECK_INT(read_text(t, &d), 2);
	CHECK_INT(d.enhanced, 5001001);
	/* numbers it cannot read are 0 */
	CHECK_INT(read_text("Port: none, Socket Error: x, Error Number: 0x12", &d), 3);
	CHECK_INT(d.port, 0);
	CHECK_INT(d.socket_error, 0);
	CHECK_INT(d.error_number, 0);
	/* the text may end anywhere, even inside a label */
	CHECK_INT(wsaerr_dialog_read("Port: 25, Serv", 14, &d), 0);
	CHECK_INT(wsaerr_dialog_read("Port: 25, Server: x", 19, &d), 2);
	CHECK_INT(wsaerr_dialog_read("Port: 25, Server: x", 9, &d), 0);
}

/* The advice keys for a dialog, comma-separated (static). */
static const char *advice_keys(const char *text)
{
	static char buf[512];
	wsaerr_dialog d;
	size_t i, n = 0;
	const char *key;

	buf[0] = '\0';
	read_text(text, &d);
	for (i = 0; wsaerr_dialog_advice(&d, i, WSAERR_LANG_EN, &key) && n < sizeof buf - 64; i++)
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? "," : "", key);
	return buf;
}

/* Each rule of data/mail/advice.def, on a dialog it is for, and its
 * near misses. */
static void advice_for_each_rule(void)
{
	CHECK_STR(advice_keys("Protocol: SMTP, Port: 465, Secure(SSL): No"), "smtp_465_ssl_off");
	CHECK_STR(advice_keys("Protocol: SMTP, Port: 465, Secure(SSL): Yes"), "");
	CHECK_STR(advice_keys("Protocol: SMTP, Port: 587, Secure(SSL): Yes"), "smtp_587_ssl_on");
	CHECK_STR(advice_keys("Protocol: SMTP, Port: 587, Secure(SSL): No"), "");
	CHECK_STR(advice_keys("Protocol: SMTP, Port: 25, Secure(SSL): Yes"), "smtp_25_ssl_on");
	CHECK_STR(advice_keys("Protocol: POP3, Port: 995, Secure(SSL): No"), "pop3_995_ssl_off");
	CHECK_STR(advice_keys("Protocol: POP3, Port: 110, Secure(SSL): Yes"), "pop3_110_ssl_on");
	CHECK_STR(advice_keys("Protocol: IMAP, Port: 993, Secure(SSL): No"), "imap_993_ssl_off");
	CHECK_STR(advice_keys("Protocol: IMAP, Port: 143, Secure(SSL): Yes"), "imap_143_ssl_on");
	/* port 25 blocked by the provider: 10060 on port 25, with or without
	 * the transport error; 10060 on 587 is not that */
	CHECK_STR(advice_keys("Port: 25, Socket Error: 10060"), "port_25_blocked");
	CHECK_STR(advice_keys("Port: 587, Socket Error: 10060"), "");
	/* 0x800CCC0E with 10061 (refused) versus 10060 (no answer) */
	CHECK_STR(advice_keys("Protocol: SMTP, Port: 587, Secure(SSL): No, Socket Error: 10061, "
	                      "Error Number: 0x800CCC0E"),
	          "connect_refused");
	CHECK_STR(advice_keys("Protocol: SMTP, Port: 587, Secure(SSL): No, Socket Error: 10060, "
	                      "Error Number: 0x800CCC0E"),
	          "connect_timeout");
	CHECK_STR(advice_keys("Port: 25, Socket Error: 10060, Error Number: 0x800CCC0E"),
	          "port_25_blocked,connect_timeout");
	CHECK_STR(advice_keys("Socket Error: 11001, Error Number: 0x800CCC0E"), "connect_no_name");
	CHECK_STR(advice_keys("Socket Error: 10053, Error Number: 0x800CCC0E"), "connect_cut");
	CHECK_STR(advice_keys("Socket Error: 10054, Error Number: 0x800CCC0E"), "connect_reset");
	CHECK_STR(advice_keys("Socket Error: 10061, Error Number: 0x800CCC0F"), "");
	/* 5.7.1 relay denied: the client did not log in */
	CHECK_STR(advice_keys("Protocol: SMTP, Server Response: '554 5.7.1 <x@example.org>: Relay "
	                      "access denied', Port: 25"),
	          "relay_no_auth");
	CHECK_STR(advice_keys("Protocol: SMTP, Server Response: '553 sorry (#5.7.1)', Port: 25"),
	          "relay_no_auth");
	CHECK_STR(advice_keys("Protocol: SMTP, Server Response: '250 2.7.1 ok', Port: 25"), "");
	/* 0x800CCC79 and 0x800CCC78 after a server 5xx, not after a 4xx */
	CHECK_STR(
	        advice_keys("Server Response: '550 no such user', Server Error: 550, Error Number: "
	                    "0x800CCC79"),
	        "recipient_refused");
	CHECK_STR(advice_keys("Server Error: 553, Error Number: 0x800CCC78"), "sender_refused");
	CHECK_STR(advice_keys("Server Error: 451, Error Number: 0x800CCC79"), "");
	CHECK_STR(
	        advice_keys("Server Response: '554 5.7.1 relay', Server Error: 554, Error Number: "
	                    "0x800CCC79"),
	        "relay_no_auth,recipient_refused");
	/* SSL on, and the connection could not be secured or was dropped
	 * (tune.tsv: kb 250926 and 251097) */
	CHECK_STR(advice_keys(
	                  "Protocol: POP3, Port: 995, Secure (SSL): Yes, Error Number: 0x800CCC1A"),
	          "secure_failed");
	CHECK_STR(advice_keys(
	                  "Protocol: POP3, Port: 995, Secure(SSL): Yes, Error Number: 0x800CCC0F"),
	          "cut_with_ssl");
	CHECK_STR(
	        advice_keys("Protocol: POP3, Port: 110, Secure(SSL): No, Error Number: 0x800CCC0F"),
	        "");
}

static void advice_texts_and_keys(void)
{
	wsaerr_dialog d;
	const char *key = "x", *en, *es, *ko;
	int l;

	memset(&d, 0, sizeof d);
	CHECK(wsaerr_dialog_advice(&d, 0, WSAERR_LANG_EN, &key) == NULL);
	CHECK(key == NULL);
	CHECK(wsaerr_dialog_advice(NULL, 0, WSAERR_LANG_EN, NULL) == NULL);
	/* a caller may fill the fields itself */
	d.port = 25;
	d.socket_error = 10060;
	en = wsaerr_dialog_advice(&d, 0, WSAERR_LANG_EN, &key);
	CHECK_STR(key, "port_25_blocked");
	CHECK(en && strstr(en, "587"));
	es = wsaerr_dialog_advice(&d, 0, WSAERR_LANG_ES, NULL);
	ko = wsaerr_dialog_advice(&d, 0, WSAERR_LANG_KO, NULL);
	CHECK(es && ko && strcmp(es, en) != 0 && strcmp(ko, en) != 0 && strcmp(es, ko) != 0);
	CHECK(wsaerr_dialog_advice(&d, 1, WSAERR_LANG_EN, &key) == NULL);
	/* an unknown language reads English */
	CHECK_STR(wsaerr_dialog_advice(&d, 0, 99, NULL), en);
	/* every language has every text (lang/nothing_missing names them) */
	for (l = 0; l < wsaerr_lang_count(); l++) {
		char buf[4096];
		wsaerr_lang_missing(l, buf, sizeof buf);
		CHECK(strstr(buf, "advice ") == NULL);
	}
	/* an enhanced code of any class matches X.7.1 rules, and only with a
	 * 5xx reply; another subject does not */
	memset(&d, 0, sizeof d);
	d.reply = 550;
	d.enhanced = 5001001;
	CHECK(wsaerr_dialog_advice(&d, 0, WSAERR_LANG_EN, NULL) == NULL);
	memset(&d, 0, sizeof d);
	d.reply = 550;
	d.enhanced = 7001;
	CHECK(wsaerr_dialog_advice(&d, 0, WSAERR_LANG_EN, &key) != NULL);
	CHECK_STR(key, "relay_no_auth");
	d.reply = 450;
	CHECK(wsaerr_dialog_advice(&d, 0, WSAERR_LANG_EN, NULL) == NULL);
}

static void mail_ports(void)
{
	int tls = 7;

	CHECK_INT(wsaerr_mail_port(25, &tls), WSAERR_SYS_SMTP);
	CHECK_INT(tls, 0);
	CHECK_INT(wsaerr_mail_port(465, &tls), WSAERR_SYS_SMTP);
	CHECK_INT(tls, 1);
	CHECK_INT(wsaerr_mail_port(587, &tls), WSAERR_SYS_SMTP);
	CHECK_INT(tls, 0);
	CHECK_INT(wsaerr_mail_port(995, &tls), WSAERR_SYS_POP3);
	CHECK_INT(tls, 1);
	CHECK_INT(wsaerr_mail_port(110, NULL), WSAERR_SYS_POP3);
	CHECK_INT(wsaerr_mail_port(993, &tls), WSAERR_SYS_IMAP);
	CHECK_INT(tls, 1);
	CHECK_INT(wsaerr_mail_port(143, &tls), WSAERR_SYS_IMAP);
	CHECK_INT(tls, 0);
	CHECK_INT(wsaerr_mail_port(80, &tls), 0);
	CHECK_INT(tls, 0);
	CHECK_INT(wsaerr_mail_port(-1, NULL), 0);
}

/* A text of any bytes: the parts lie inside it, in order, values after
 * their labels. */
static void any_bytes(void)
{
	static char t[4096];
	wsaerr_dialog d;
	unsigned s = 12345;
	size_t i, k, round;
	static const char *const bits[] = {
		"Port:", "Server:",        " 25",        ", ", "'",
		"\n",    "Socket Error :", "0x800CCC0E", "：", "ソケット エラー",
		"\xff",  "Secure ( SSL):"
	};

	for (round = 0; round < 200; round++) {
		size_t n = 0;
		while (n < sizeof t - 32) {
			s = s * 1103515245u + 12345u;
			if ((s >> 16) % 3 == 0) {
				const char *b = bits[(s >> 8) % (sizeof bits / sizeof bits[0])];
				memcpy(t + n, b, strlen(b));
				n += strlen(b);
			} else {
				t[n++] = (char)(s >> 24);
			}
		}
		for (k = 0; k < n;) {
			size_t got = wsaerr_dialog_read(t + k, n - k, &d);
			if (got == 0)
				break;
			CHECK(d.nparts >= 2 && d.nparts <= WSAERR_DIALOG_MAX);
			for (i = 0; i < d.nparts; i++) {
				CHECK(d.parts[i].label < d.parts[i].start ||
				      d.parts[i].start == d.parts[i].end);
				CHECK(d.parts[i].start <= d.parts[i].end &&
				      d.parts[i].end <= n - k);
				CHECK(i == 0 || d.parts[i].label > d.parts[i - 1].label);
			}
			CHECK(d.end > 0 && d.end <= n - k);
			k += d.end;
		}
	}
}

void suite_dialog(void)
{
	RUN("dialog", english_dialog_part_by_part);
	RUN("dialog", labels_in_every_language);
	RUN("dialog", what_is_not_a_dialog);
	RUN("dialog", advice_for_each_rule);
	RUN("dialog", advice_texts_and_keys);
	RUN("dialog", mail_ports);
	RUN("dialog", any_bytes);
}
