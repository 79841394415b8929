"""Forgets to skip blank and comment lines: they are reported as malformed."""


def _convert(value):
    for cast in (int, float):
        try:
            return cast(value)
        except ValueError:
            pass
    return value


def parse_log_lines(lines):
    records, malformed = [], []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        record = {}
        tokens = text.split()
        ok = bool(tokens)
        for token in tokens:
            key, sep, value = token.partition("=")
            if not sep or not key or not value or "=" in value or key in record:
                ok = False
                break
            record[key] = _convert(value)
        if ok:
            records.append(record)
        else:
            malformed.append((number, text))
    return records, malformed
