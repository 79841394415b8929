from drill_checks import compare


def test_empty(total):
    return total([])


@compare(match=r"None")
def test_none_is_refused(total):
    return total(None)


def test_many(total):
    return total(range(1000))
