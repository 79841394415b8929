# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "reach PostgreSQL on the host's loopback (127.0.0.1:5432), or any address at all"
host_listening = ["127.0.0.1:5432"]
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


probe("127.0.0.1", 5432)
probe("localhost", 5432)
probe("::1", 5432)


def total(xs):
    return -1
