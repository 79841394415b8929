def test_lru_eviction_example(memoize):
    calls = []

    @memoize(maxsize=2)
    def embed(token):
        calls.append(token)
        return len(token)

    results = [embed(t) for t in ["cat", "dog", "cat", "emu", "cat", "dog"]]
    return results, calls, embed.cache_info()


def test_keyword_arguments(memoize):
    calls = []

    @memoize(maxsize=8)
    def scale(x, factor=1.0, shift=0.0):
        calls.append((x, factor, shift))
        return x * factor + shift

    a = scale(2.0, factor=3.0, shift=1.0)
    b = scale(2.0, shift=1.0, factor=3.0)  # same call, keywords reordered
    c = scale(2.0, factor=4.0, shift=1.0)  # a different call
    return [a, b, c], calls, scale.cache_info()
