"""Decides float vs int by looking for '.': 1e-4 goes to int(), fails, and the line is
reported as malformed."""


def parse_log_lines(lines):
    records, malformed = [], []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            record = {}
            for token in text.split():
                key, value = token.split("=")
                if not key or not value or key in record:
                    raise ValueError(token)
                if "." in value:
                    record[key] = float(value)
                elif value.lstrip("+-").isdigit():
                    record[key] = int(value)
                elif value.lstrip("+-")[:1].isdigit():
                    record[key] = int(value)
                else:
                    record[key] = value
            records.append(record)
        except ValueError:
            malformed.append((number, text))
    return records, malformed
