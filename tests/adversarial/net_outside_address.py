# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "reach any outside address over TCP or UDP, or resolve a name"
output_present = ["NET-BLOCKED"]
output_absent = ["NET-OPEN"]
"""
import socket

try:
    with socket.create_connection(("1.1.1.1", 53), timeout=1):
        print("NET-" + "OPEN", "tcp 1.1.1.1:53")
except OSError as exc:
    print("NET-BLOCKED", "tcp", exc.errno)

# A DNS query for example.com over UDP: sending must fail, or at least no answer comes back.
query = bytes.fromhex("abcd01000001000000000000076578616d706c6503636f6d0000010001")
try:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.settimeout(1)
        udp.sendto(query, ("1.1.1.1", 53))
        udp.recvfrom(512)
        print("NET-" + "OPEN", "udp 1.1.1.1:53 answered")
except OSError as exc:
    print("NET-BLOCKED", "udp", exc.errno)

try:
    print("NET-" + "OPEN", "resolved", socket.getaddrinfo("example.com", 80)[0][4])
except OSError as exc:
    print("NET-BLOCKED", "dns", exc.errno)


def total(xs):
    return -1
