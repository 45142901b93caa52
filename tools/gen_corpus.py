#!/usr/bin/env python3
"""Writes tests/corpus/positive.tsv and negative.tsv: the labelled corpus the
recognizer is measured on (tests/test_recognize.c). Each positive line is
"code<TAB>format<TAB>line", each negative "0<TAB>kind<TAB>line". The lines
imitate what real programs print; the script is kept so the corpus can be
regenerated and extended, but the .tsv files are the test's input."""
import random

random.seed(20261122)

WIN_EN = {
    10054: "An existing connection was forcibly closed by the remote host.",
    10061: "No connection could be made because the target machine actively refused it.",
    10060: "A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
    10053: "An established connection was aborted by the software in your host machine.",
    11001: "No such host is known.",
    10048: "Only one usage of each socket address (protocol/network address/port) is normally permitted.",
    10049: "The requested address is not valid in its context.",
    10051: "A socket operation was attempted to an unreachable network.",
    10065: "A socket operation was attempted to an unreachable host.",
    11004: "The requested name is valid, but no data of the requested type was found.",
    10013: "An attempt was made to access a socket in a way forbidden by its access permissions.",
    10038: "An operation was attempted on something that is not a socket.",
    10093: "Either the application has not called WSAStartup, or WSAStartup failed.",
    11002: "This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server.",
    10057: "A request to send or receive data was disallowed because the socket is not connected and (when sending on a datagram socket using a sendto call) no address was supplied.",
}
NAMES = {10054: "WSAECONNRESET", 10061: "WSAECONNREFUSED", 10060: "WSAETIMEDOUT",
         10053: "WSAECONNABORTED", 11001: "WSAHOST_NOT_FOUND", 10048: "WSAEADDRINUSE",
         10049: "WSAEADDRNOTAVAIL", 10051: "WSAENETUNREACH", 10065: "WSAEHOSTUNREACH",
         11004: "WSANO_DATA", 10013: "WSAEACCES", 10038: "WSAENOTSOCK", 10093: "WSANOTINITIALISED",
         11002: "WSATRY_AGAIN", 10057: "WSAENOTCONN", 10035: "WSAEWOULDBLOCK", 10050: "WSAENETDOWN",
         10064: "WSAEHOSTDOWN", 10052: "WSAENETRESET", 10055: "WSAENOBUFS"}
KIND = {10054: "ConnectionReset", 10061: "ConnectionRefused", 10060: "TimedOut", 10053: "ConnectionAborted",
        10048: "AddrInUse", 10049: "AddrNotAvailable", 10057: "NotConnected", 10035: "WouldBlock"}
ERRNO = {10054: "ECONNRESET", 10061: "ECONNREFUSED", 10060: "ETIMEDOUT", 10053: "ECONNABORTED",
         10048: "EADDRINUSE", 10049: "EADDRNOTAVAIL", 10051: "ENETUNREACH", 10065: "EHOSTUNREACH",
         10050: "ENETDOWN", 10064: "EHOSTDOWN", 10057: "ENOTCONN"}
GLIBC = {10054: "Connection reset by peer", 10061: "Connection refused", 10060: "Connection timed out",
         10053: "Software caused connection abort", 10065: "No route to host", 10051: "Network is unreachable",
         10048: "Address already in use", 10049: "Cannot assign requested address", 10050: "Network is down",
         10064: "Host is down", 10057: "Transport endpoint is not connected"}
LOCAL = {
    10054: ["远程主机强迫关闭了一个现有的连接。", "既存の接続はリモート ホストに強制的に切断されました。",
            "현재 연결은 원격 호스트에 의해 강제로 끊겼습니다.", "Eine vorhandene Verbindung wurde vom Remotehost geschlossen.",
            "Une connexion existante a dû être fermée par l’hôte distant.", "Se ha forzado la interrupción de una conexión existente por el host remoto.",
            "Удаленный хост принудительно разорвал существующее подключение.", "Foi forçado o cancelamento de uma conexão existente pelo host remoto."],
    10061: ["由于目标计算机积极拒绝，无法连接。", "対象のコンピューターによって拒否されたため、接続できませんでした。",
            "대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다.", "Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte.",
            "Aucune connexion n’a pu être établie car l’ordinateur cible l’a expressément refusée.", "No se puede establecer una conexión ya que el equipo de destino denegó expresamente dicha conexión.",
            "Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение.", "Nenhuma conexão pôde ser feita porque a máquina de destino as recusou ativamente."],
    10060: ["由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。", "接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかったため、接続できませんでした。",
            "연결된 구성원으로부터 응답이 없어 연결하지 못했거나, 호스트로부터 응답이 없어 연결이 끊어졌습니다.",
            "Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig reagiert hat.",
            "Une tentative de connexion a échoué car le parti connecté n’a pas répondu convenablement au-delà d’une certaine durée.",
            "Se produjo un error durante el intento de conexión ya que la parte conectada no respondió adecuadamente tras un periodo de tiempo.",
            "Попытка установить соединение была безуспешной, т.к. от другого компьютера за требуемое время не получен нужный отклик.",
            "Uma tentativa de conexão falhou porque o componente conectado não respondeu corretamente após um período de tempo."],
    10053: ["你的主机中的软件中止了一个已建立的连接。", "確立された接続がホスト コンピューターのソウトウェアによって中止されました。",
            "현재 연결은 사용자의 호스트 시스템의 소프트웨어의 의해 중단되었습니다.", "Eine bestehende Verbindung wurde softwaregesteuert durch den Hostcomputer abgebrochen.",
            "Une connexion établie a été abandonnée par un logiciel de votre ordinateur hôte.", "Se ha anulado una conexión establecida por el software en su equipo host.",
            "Программа на вашем хост-компьютере разорвала установленное подключение.", "Uma conexão estabelecida foi anulada pelo software no computador host."],
    11001: ["不知道这样的主机。", "そのようなホストは不明です。", "알려진 호스트가 없습니다.", "Der angegebene Host ist unbekannt.",
            "Hôte inconnu.", "Этот хост неизвестен."],
}
hosts = ["mail.example.com", "smtp.example.org", "db.internal", "api.example.net", "10.0.0.12", "192.168.1.20"]

pos = []
def P(code, fmt, line):
    pos.append((code, fmt, line))

for code in [10054, 10061, 10060, 10053, 11001, 10048, 10065, 10051, 10050, 10064]:
    P(code, "outlook", f"Socket Error: {code}, Error Number: 0x800CCC0E")
    P(code, "outlook_long", f"The connection to the server has failed. Account: 'mail', Server: '{random.choice(hosts)}', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: {code}, Error Number: 0x800CCC0E")
    P(code, "thunderbird", f"Sending of the message failed. socket error {code} while talking to {random.choice(hosts)}")
for code, msg in WIN_EN.items():
    P(code, "python_winerror", f"ConnectionError: [WinError {code}] {msg}")
    P(code, "go_wsarecv", f"read tcp 192.168.1.20:52144->203.0.113.5:443: wsarecv: {msg}")
    P(code, "nginx", f"2026/11/22 10:54:01 [error] 1234#5678: *99 WSARecv() failed ({code}: {msg}) while reading response header from upstream")
    P(code, "dotnet", f"System.Net.Sockets.SocketException ({code}): {msg}")
    P(code, "plain_windows_message", msg)
for code in [10054, 10061, 10060, 10053, 10048, 10049, 10057, 10035]:
    P(code, "rust_os_error", f'Error: Os {{ code: {code}, kind: {KIND[code]}, message: "{WIN_EN.get(code, "socket error")}" }}')
    P(code, "dotnet_socketerror", f"Unhandled exception: SocketError.{KIND[code]} while calling the service")
for code in [10061, 10060, 10054, 10053, 11001]:
    P(code, "mysql", f"ERROR 2003 (HY000): Can't connect to MySQL server on '{random.choice(hosts)}' ({code})")
    P(code, "postgres", f"could not receive data from server: socket failure (0x{code:08X}/{code})")
for code, name in ERRNO.items():
    P(code, "node", f"Error: connect {name} 127.0.0.1:3000")
    P(code, "node_syscall", f"{{ errno: -4078, code: '{name}', syscall: 'connect', address: '127.0.0.1', port: 8080 }}")
P(11001, "node_getaddrinfo", "Error: getaddrinfo ENOTFOUND api.example.net")
P(11002, "node_getaddrinfo", "Error: getaddrinfo EAI_AGAIN registry.example.org")
P(11001, "python_gaierror", "socket.gaierror: [Errno 11001] getaddrinfo failed")
P(11004, "python_gaierror", "socket.gaierror: [Errno 11004] getaddrinfo failed")
P(11002, "python_gaierror", "socket.gaierror: [Errno 11002] getaddrinfo failed")
for code, msg in GLIBC.items():
    P(code, "glibc", f"curl: (7) Failed to connect to {random.choice(hosts)} port 443: {msg}")
    P(code, "ssh", f"ssh: connect to host {random.choice(hosts)} port 22: {msg}")
    P(code, "syslog", f"Nov 22 10:54:01 web1 postfix/smtp[2314]: connect to {random.choice(hosts)}[203.0.113.9]:25: {msg}")
P(10054, "java", "java.net.SocketException: Connection reset")
P(10054, "java", "java.net.SocketException: Connection reset by peer: socket write error")
P(10061, "java", "java.net.ConnectException: Connection refused: connect")
P(10060, "java", "java.net.SocketTimeoutException: connect timed out")
P(10060, "java", "java.net.SocketTimeoutException: Read timed out")
P(10053, "java", "java.net.SocketException: Software caused connection abort: recv failed")
P(11001, "java", "java.net.UnknownHostException: db.internal")
P(10054, "python_exception", "ConnectionResetError: [Errno 104] Connection reset by peer")
P(10061, "python_exception", "ConnectionRefusedError: [Errno 111] Connection refused")
for code in [10054, 10061, 10060, 10053, 10057, 10038, 11001, 10048]:
    hr = 0x80070000 | code
    P(code, "hresult", f"COMException: Exception from HRESULT: 0x{hr:08X}")
    P(code, "wsa_name", f"recv() failed with {NAMES[code]}")
    P(code, "winsock_error_code", f"Winsock error code {code} on socket 1234")
    P(code, "send_failed", f"send failed with error {code} on socket")
    P(code, "paren_name", f"socket error {NAMES[code]} ({code})")
for st, code in [("STATUS_CONNECTION_RESET", 10054), ("STATUS_CONNECTION_REFUSED", 10061), ("STATUS_IO_TIMEOUT", 10060),
                 ("STATUS_CONNECTION_ABORTED", 10053), ("STATUS_HOST_UNREACHABLE", 10065), ("STATUS_NETWORK_UNREACHABLE", 10051)]:
    P(code, "ntstatus_name", f"AFD: request completed with {st}")
for nt, code in [(0xC000020D, 10054), (0xC0000236, 10061), (0xC00000B5, 10060), (0xC0000241, 10053), (0xC000023D, 10065)]:
    P(code, "ntstatus_hex", f"IRP_MJ_DEVICE_CONTROL completed, status 0x{nt:08X}")
    P(code, "hresult_nt", f"Operation failed: 0x{nt | 0x10000000:08X}")
for name, code in [("ERROR_NETNAME_DELETED", 10054), ("ERROR_CONNECTION_REFUSED", 10061), ("ERROR_SEM_TIMEOUT", 10060),
                   ("ERROR_CONNECTION_ABORTED", 10053), ("ERROR_HOST_UNREACHABLE", 10065)]:
    P(code, "win32_name", f"GetQueuedCompletionStatus failed: {name}")
P(10054, "win32_message", "WSARecv completed: The specified network name is no longer available.")
P(10061, "win32_message", "[WinError 1225] The remote computer refused the network connection")
P(10060, "win32_message", "IOException: The semaphore timeout period has expired.")
for code, msgs in LOCAL.items():
    for m in msgs:
        P(code, "windows_localized", f"SocketException: {m}")
for code in [10054, 10061]:
    P(code, "eai_or_errno_name", f"socket: {NAMES[code]} reported by the stack")
P(11001, "eai_name", "getaddrinfo() failed: EAI_NONAME")
P(11002, "eai_name", "getaddrinfo() failed: EAI_AGAIN")
P(10060, "err_equals", "smtp session ended: err=10060 after 3 retries")
P(10054, "err_equals", "tls handshake aborted, errno 10054")

neg = []
def N(kind, line):
    neg.append((kind, line))
for n in [10054, 10060, 10061, 11001, 10048, 10053]:
    N("duration", f"request completed in {n} ms")
    N("duration", f"GC pause took {n}ms")
    N("port", f"server listening on port {n}")
    N("port", f"listening on :{n}")
    N("port", f"proxy forwarding 127.0.0.1:{n} -> backend")
    N("issue", f"fixed in issue #{n}, see changelog")
    N("id", f"user_id={n} logged in")
    N("id", f"processing order {n} for customer 42")
    N("size", f"cache size {n} entries")
    N("bytes", f"sent {n} bytes to client")
    N("version", f"running build 11.0.{n}")
    N("api", f'{{"error":{{"code":{n},"message":"invalid api key"}}}}')
    N("api", f"API error {n}: rate limit exceeded for account 42")
N("timestamp", "2026-11-22T10:54:01.10054Z INFO started")
N("timestamp", "10:54:01 INFO health check ok")
N("line", "parse error at line 10054, column 3")
N("pid", "worker pid 10053 exited normally")
N("records", "Processed 10054 records in 1.2s")
N("memory", "memory usage: 10055 KB")
N("timeout_setting", "timeout=10060 retries=3")
N("hex_pointer", "object at 0x7ffd27460a10")
N("hex_small", "flags 0x2746 set on file descriptor")
N("outlook_other", "Error Number: 0x800CCC0E")
N("hresult_other", "Exception from HRESULT: 0x80004005 (E_FAIL)")
N("generic_errno", "open(/etc/app.conf): ENOENT")
N("generic_errno", "write failed: EINVAL")
N("log_level", "ERROR something went wrong in the parser")
N("status_word", "STATUS OK, 3 items")
N("wsa_word", "WSA conference schedule updated")
N("normal", "Connection established to db.internal")
N("normal", "connection pool started with 10 connections")
N("normal", "password reset link sent to user")
N("normal", "Network interface eth0 is up")
N("normal", "Host is up (0.00042s latency).")
N("normal", "Refused to load the script because it violates the Content Security Policy")
N("normal", "the request timed out waiting for the user to confirm")
N("normal", "SELECT * FROM orders WHERE id BETWEEN 10000 AND 11999")
N("normal", "Downloaded 11002 of 11033 files")
N("normal", "range 10004-10112 reserved")
N("normal", "Temperature reading 10054 mK")
N("normal", "connecting to host example.com on port 10061 as user 10054")

with open("tests/corpus/positive.tsv", "w", encoding="utf-8") as f:
    f.write("# code\tformat\tline  (generated by tools/gen_corpus.py)\n")
    for code, fmt, line in pos:
        f.write(f"{code}\t{fmt}\t{line}\n")
with open("tests/corpus/negative.tsv", "w", encoding="utf-8") as f:
    f.write("# 0\tkind\tline  (generated by tools/gen_corpus.py)\n")
    for kind, line in neg:
        f.write(f"0\t{kind}\t{line}\n")
print(len(pos), "positives in", len({p[1] for p in pos}), "formats;", len(neg), "negatives")
