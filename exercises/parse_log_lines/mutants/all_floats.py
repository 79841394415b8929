"""Converts every numeric value with float(): integer fields such as step become 120.0."""


def parse_log_lines(lines):
    records, malformed = [], []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        record = {}
        ok = True
        for token in text.split():
            key, sep, value = token.partition("=")
            if not sep or not key or not value or "=" in value or key in record:
                ok = False
                break
            try:
                record[key] = float(value)
            except ValueError:
                record[key] = value
        if ok:
            records.append(record)
        else:
            malformed.append((number, text))
    return records, malformed
