"""Builds the record with dict(): a repeated key silently overwrites instead of marking the line
malformed."""


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
        if not text or text.startswith("#"):
            continue
        pairs = [token.partition("=") for token in text.split()]
        if any(not sep or not key or not value or "=" in value for key, sep, value in pairs):
            malformed.append((number, text))
            continue
        records.append({key: _convert(value) for key, _, value in pairs})
    return records, malformed
