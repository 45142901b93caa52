/*
 * Writes a realistic application log of about N megabytes to stdout: mostly
 * ordinary lines full of timestamps, ports, durations, ids, addresses and
 * sizes (many of them numbers between 10000 and 11999, the traps for naive
 * patterns), and about 0.5% lines with a real Winsock error in one of the
 * formats programs print. Deterministic (fixed seed). On stderr it prints
 * how many real errors it wrote, so benchmarks can count false hits.
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
			switch (rnd(5)) {
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
			default:
				n = snprintf(buf, sizeof buf, "2026-11-22 %02d:%02d:%02d.%03d ERROR http: System.Net.Sockets.SocketException (%d): socket failure\n", h, m, s, ms, codes[k]);
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
