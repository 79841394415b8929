# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "reach host services through Unix sockets (PostgreSQL, Redis, Docker, systemd) or abstract sockets"
output_present = ["NET-BLOCKED"]
output_absent = ["NET-OPEN"]
"""
import socket

paths = [
    "/var/run/postgresql/.s.PGSQL.5432",
    "/run/postgresql/.s.PGSQL.5432",
    "/tmp/.s.PGSQL.5432",
    "/var/run/redis/redis-server.sock",
    "/run/redis/redis.sock",
    "/var/run/docker.sock",
    "/run/systemd/private",
    "/run/dbus/system_bus_socket",
    "\0/tmp/.X11-unix/X0",
]
for path in paths:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(1)
            sock.connect(path)
            print("NET-" + "OPEN", repr(path))
    except OSError as exc:
        print("NET-BLOCKED", repr(path), exc.errno)


def total(xs):
    return -1
