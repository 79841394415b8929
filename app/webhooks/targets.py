"""Which callback URLs are acceptable. By default only public addresses: a callback must
not become a way to probe the server's own network (cloud metadata, Redis, databases)."""

import ipaddress
import socket
from urllib.parse import urlsplit

MAX_URL = 2048


class BadTarget(ValueError):
    """The callback URL is refused; the message says why."""


def check_target(url: str, allow_private: bool) -> None:
    """Raise BadTarget unless `url` is http(s) to a host that resolves only to public
    addresses (or any address, with `allow_private`). Checked at submit and at delivery,
    so a name that later resolves inwards is still refused."""
    if len(url) > MAX_URL:
        raise BadTarget(f"callback_url is longer than {MAX_URL} characters")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadTarget("callback_url must be an http:// or https:// URL with a host")
    if parts.username or parts.password:
        raise BadTarget("callback_url must not carry credentials")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except OSError as exc:
        raise BadTarget(f"callback_url's host does not resolve: {exc}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise BadTarget(
                f"callback_url resolves to {address}, a private or reserved address; "
                "the server's operator can allow those with DRILL_WEBHOOK_ALLOW_PRIVATE=true"
            )
