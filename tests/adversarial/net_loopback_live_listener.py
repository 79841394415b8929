# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "reach a server that is listening on the host's loopback (a stand-in for the API), or any address at all"
host_listening = ["127.0.0.1:{api_port}", "[::1]:{api_port}"]
output_present = ["NET-BLOCKED"]
output_absent = ["NET-OPEN"]
"""
# {api_port} is the port of a listener the test runs on the host's 127.0.0.1 and ::1
# for the whole module; the test fails if it ever accepts a connection from a case.
import socket


def probe(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            print("NET-" + "OPEN", host, port)
    except OSError as exc:
        print("NET-BLOCKED", host, port, type(exc).__name__, exc.errno)


probe("127.0.0.1", {api_port})
probe("localhost", {api_port})
probe("::1", {api_port})


def total(xs):
    return -1
