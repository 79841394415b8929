from drill_checks import compare

# drill-marker: hidden-tests-only-9b7d3e11 (never visible to a `run`-mode submission)


def test_empty(total):
    return total([])


@compare(match=r"None")
def test_none_is_refused(total):
    return total(None)


def test_many(total):
    return total(range(1000))
