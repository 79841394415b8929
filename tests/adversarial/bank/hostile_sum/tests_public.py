def test_small_list(total):
    return total([1, 2, 3])


def test_floats(total):
    return total([0.5, 0.25])
