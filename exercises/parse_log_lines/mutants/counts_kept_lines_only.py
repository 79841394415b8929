"""Numbers only the non-blank, non-comment lines: reported line numbers drift after every
skipped line."""


def parse_log_lines(lines):
    records, malformed = [], []
    kept = [line.strip() for line in lines]
    kept = [t for t in kept if t and not t.startswith("#")]
    for number, text in enumerate(kept, start=1):
        record = {}
        ok = True
        for token in text.split():
            key, sep, value = token.partition("=")
            if not sep or not key or not value or "=" in value or key in record:
                ok = False
                break
            try:
                record[key] = int(value)
            except ValueError:
                try:
                    record[key] = float(value)
                except ValueError:
                    record[key] = value
        if ok:
            records.append(record)
        else:
            malformed.append((number, text))
    return records, malformed
