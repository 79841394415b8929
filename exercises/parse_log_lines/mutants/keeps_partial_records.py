"""Skips bad tokens instead of bad lines: a garbled line still yields a partial record, and only
lines with no good token are reported."""


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
        record = {}
        for token in text.split():
            key, sep, value = token.partition("=")
            if sep and key and value and "=" not in value and key not in record:
                record[key] = _convert(value)
        if record:
            records.append(record)
        else:
            malformed.append((number, text))
    return records, malformed
