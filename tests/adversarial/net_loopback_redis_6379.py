# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "reach Redis on the host's loopback (127.0.0.1:6379), or any address at all"
host_listening = ["127.0.0.1:6379", "[::1]:6379"]
output_present = ["NET-BLOCKED"]
output_absent = ["NET-OPEN"]
"""
import socket


def probe(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            print("NET-" + "OPEN", host, port)
    except OSError as exc:
        print("NET-BLOCKED", host, port, type(exc).__name__, exc.errno)


probe("127.0.0.1", 6379)
probe("localhost", 6379)
probe("::1", 6379)


def total(xs):
    return -1
