/*
 * Writes a realistic application log of about N megabytes to stdout: mostly
 * ordinary lines full of timestamps, ports, durations, ids, addresses and
 * sizes (many of them numbers between 10000 and 11999, the traps for naive
 * patterns), and about 0.5% lines with a real Winsock error in one of the
 * formats programs print: codes, names, .NET, Go, Java, Python, curl,
 * glibc, mail clients, and Windows' messages in Chinese, Japanese, Korean,
 * German, French, Spanish and Russian. Deterministic (fixed seed). On
 * stderr it prints how many real errors it wrote, so benchmarks can count
 * false hits.
 * usage: genlog MEGABYTES > log
 */
#include <stdio.h>
#include <stdlib.h>

static unsigned long long state = 0x2026112200000001ull;

static unsigned rnd(unsigned n)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (unsigned)((state >> 11) % n);
}

static const char *const paths[] = { "/api/v1/orders", "/api/v1/users", "/static/app.js",
	"/health", "/api/v2/search", "/login", "/cart/items" };
static const char *const levels[] = { "INFO", "INFO", "INFO", "DEBUG", "WARN" };
static const char *const ok_msgs[] = {
	"connection pool ready", "cache refreshed", "job finished", "request served",
	"user session renewed", "retrying upstream", "scheduler tick", "config reloaded" };

static const int codes[] = { 10054, 10060, 10061, 10053, 11001, 10048, 10065, 10051 };
static const char *const names[] = { "WSAECONNRESET", "WSAETIMEDOUT", "WSAECONNREFUSED",
	"WSAECONNABORTED", "WSAHOST_NOT_FOUND", "WSAEADDRINUSE", "WSAEHOSTUNREACH", "WSAENETUNREACH" };

int main(int argc, char **argv)
{
	unsigned long long target = (argc > 1 ? strtoull(argv[1], NULL, 10) : 300) << 20, written = 0;
	unsigned long long errors = 0, line = 0;
	char buf[512];

	while (written < target) {
		int n, h = rnd(24), m = rnd(60), s = rnd(60), ms = rnd(1000);
		line++;
		if (rnd(200) == 0) {
			int k = rnd(8);
			errors++;
			switch (rnd(16)) {
			case 0:
				n = snprintf(buf, sizeof buf, "2026-11-22 %02d:%02d:%02d.%03d ERROR smtp: Socket Error: %d, Error Number: 0x800CCC0E\n", h, m, s, ms, codes[k]);
				break;
			case 1:
				n = snprintf(buf, sizeof buf, "2026-11-22 %02d:%02d:%02d.%03d ERROR worker: recv failed: %s\n", h, m, s, ms, names[k]);
				break;
			case 2:
				n = snprintf(buf, sizeof buf, "2026-11-22 %02d:%02d:%02d.%03d ERROR client: [WinError %d] while talking to 10.0.%u.%u:%u\n", h, m, s, ms, codes[k], rnd(255), rnd(255), 10000 + rnd(2000));
				break;
			case 3:
				n = snprintf(buf, sizeof buf, "2026-11-22 %02d:%02d:%02d.%03d ERROR db: Connection reset by peer (pid %u)\n", h, m, s, ms, 10000 + rnd(2000));
				break;
			case 4:
				n = snprintf(buf, sizeof buf, "2026-11-22 %02d:%02d:%02d.%03d ERROR http: System.Net.Sockets.SocketException (%d): socket failure\n", h, m, s, ms, codes[k]);
				break;
			case 5:
				n = snprintf(
				        buf, sizeof buf,
				        "2026-11-22 %02d:%02d:%02d.%03d ERROR client: ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接。\n",
				        h, m, s, ms);
				break;
			case 6:
				n = snprintf(
				        buf, sizeof buf,
				        "2026-11-22 %02d:%02d:%02d.%03d ERROR net: read tcp 10.0.%u.%u:%u->10.0.0.2:443: wsarecv: An existing connection was forcibly closed by the remote host.\n",
				        h, m, s, ms, rnd(255), rnd(255), 10000 + rnd(2000));
				break;
			case 7:
				n = snprintf(
				        buf, sizeof buf,
				        "2026-11-22 %02d:%02d:%02d.%03d ERROR java: java.net.ConnectException: Connection refused: connect\n",
				        h, m, s, ms);
				break;
			case 8:
				n = snprintf(
				        buf, sizeof buf,
				        "2026-11-22 %02d:%02d:%02d.%03d WARN curl: Recv failure: Connection was reset\n",
				        h, m, s, ms);
				break;
			case 9:
				n = snprintf(
				        buf, sizeof buf,
				        "2026-11-22 %02d:%02d:%02d.%03d ERROR mail: Socket-Fehler: %d, Fehlernummer: 0x800CCC0E\n",
				        h, m, s, ms, codes[k]);
				break;
			case 10:
				n = snprintf(
				        buf, sizeof buf,
				        "2026-11-22 %02d:%02d:%02d.%03d ERROR http: System.Net.Sockets.SocketException: 既存の接続はリモート ホストに強制的に切断されました。\n",
				        h, m, s, ms);
				break;
			case 11:
				n = snprintf(
				        buf, sizeof buf,
				        "2026-11-22 %02d:%02d:%02d.%03d ERROR sync: (os error 10061) 대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다\n",
				        h, m, s, ms);
				break;
			case 12:
				n = snprintf(
				        buf, sizeof buf,
				        "2026-11-22 %02d:%02d:%02d.%03d ERROR api: Удаленный хост принудительно разорвал существующее подключение\n",
				        h, m, s, ms);
				break;
			case 13:
				n = snprintf(
				        buf, sizeof buf,
				        "2026-11-22 %02d:%02d:%02d.%03d ERROR feed: Une connexion existante a dû être fermée par l’hôte distant\n",
				        h, m, s, ms);
				break;
			case 14:
				n = snprintf(
				        buf, sizeof buf,
				        "2026-11-22 %02d:%02d:%02d.%03d ERROR dial: dial tcp 10.0.%u.%u:443: connectex: No connection could be made because the target machine actively refused it.\n",
				        h, m, s, ms, rnd(255), rnd(255));
				break;
			default:
				n = snprintf(
				        buf, sizeof buf,
				        "2026-11-22 %02d:%02d:%02d.%03d ERROR py: socket.gaierror: [Errno 11001] getaddrinfo failed\n",
				        h, m, s, ms);
				break;
			}
		} else {
			switch (rnd(4)) {
			case 0:
				n = snprintf(buf, sizeof buf, "2026-11-22 %02d:%02d:%02d.%03d %s http: GET %s?id=%u 200 %ums %u bytes from 192.168.%u.%u:%u\n",
				             h, m, s, ms, levels[rnd(5)], paths[rnd(7)], 10000 + rnd(2000), rnd(12000), 1000 + rnd(20000), rnd(255), rnd(255), 10000 + rnd(50000));
				break;
			case 1:
				n = snprintf(buf, sizeof buf, "2026-11-22 %02d:%02d:%02d.%03d %s app: %s user_id=%u order=%u took %u ms\n",
				             h, m, s, ms, levels[rnd(5)], ok_msgs[rnd(8)], 10000 + rnd(2000), rnd(100000), 10000 + rnd(2000));
				break;
			case 2:
				n = snprintf(buf, sizeof buf, "2026-11-22 %02d:%02d:%02d.%03d %s net: listening on :%u, backlog %u, pid %u\n",
				             h, m, s, ms, levels[rnd(5)], 10000 + rnd(2000), 128, 10000 + rnd(2000));
				break;
			default:
				n = snprintf(buf, sizeof buf, "2026-11-22 %02d:%02d:%02d.%03d %s metrics: req=%u lat_p99=%uus heap=%uKB gc=%u version 11.%u.%u\n",
				             h, m, s, ms, levels[rnd(5)], rnd(100000), 10000 + rnd(2000), 10000 + rnd(2000), rnd(100), rnd(20), 10000 + rnd(2000));
				break;
			}
		}
		fwrite(buf, 1, (size_t)n, stdout);
		written += (unsigned long long)n;
	}
	fprintf(stderr, "genlog: %llu lines, %llu MB, %llu real errors\n", line, written >> 20, errors);
	return 0;
}
