from drill_checks import compare


def _counted(memoize, maxsize, fn=lambda x: x * 10):
    calls = []

    @memoize(maxsize=maxsize)
    def f(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs.items()))))
        return fn(*args, **kwargs)

    return f, calls


def test_hit_refreshes_recency(memoize):
    f, calls = _counted(memoize, 3)
    for x in [1, 2, 3, 1, 4, 1, 2, 5, 3]:
        f(x)
    return calls, f.cache_info()


def test_fifo_order_differs_from_lru(memoize):
    f, calls = _counted(memoize, 2)
    for x in [1, 2, 1, 3, 1]:
        f(x)
    return calls, f.cache_info()


def test_size_never_exceeds_maxsize(memoize):
    f, calls = _counted(memoize, 3)
    sizes = []
    for x in range(10):
        f(x)
        sizes.append(f.cache_info()["size"])
    return sizes, len(calls)


def test_maxsize_one(memoize):
    f, calls = _counted(memoize, 1)
    for x in [7, 7, 8, 7, 7]:
        f(x)
    return calls, f.cache_info()


def test_unbounded_cache(memoize):
    f, calls = _counted(memoize, None)
    for x in list(range(300)) + list(range(300)):
        f(x)
    return len(calls), f.cache_info()


def test_none_and_falsy_results_are_cached(memoize):
    results = {0: None, 1: 0, 2: "", 3: False, 4: []}
    f, calls = _counted(memoize, 10, fn=lambda k: results[k])
    out = [f(k) for k in [0, 1, 2, 3, 4, 0, 1, 2, 3, 4]]
    return out, len(calls), f.cache_info()


def test_kwargs_are_part_of_the_key(memoize):
    f, calls = _counted(memoize, 10, fn=lambda x, p=1: x**p)
    out = [f(3, p=2), f(3, p=3), f(3, p=2), f(3)]
    return out, calls, f.cache_info()


def test_keyword_order_does_not_matter(memoize):
    f, calls = _counted(memoize, 10, fn=lambda **kw: sum(kw.values()))
    out = [f(a=1, b=2, c=3), f(c=3, a=1, b=2), f(b=2, c=3, a=1)]
    return out, len(calls), f.cache_info()


def test_positional_and_keyword_values_do_not_collide(memoize):
    f, calls = _counted(memoize, 10, fn=lambda *a, **kw: (a, sorted(kw.items())))
    out = [f(1, 2), f(1, b=2), f(b=1), f(1)]
    return out, len(calls)


def test_each_function_has_its_own_cache(memoize):
    f, f_calls = _counted(memoize, 4, fn=lambda x: x + 1)
    g, g_calls = _counted(memoize, 4, fn=lambda x: x * 100)
    out = [f(1), g(1), f(1), g(1), f(2)]
    return out, len(f_calls), len(g_calls), f.cache_info(), g.cache_info()


def test_cache_clear_resets_everything(memoize):
    f, calls = _counted(memoize, 4)
    for x in [1, 2, 1, 2]:
        f(x)
    before = f.cache_info()
    f.cache_clear()
    after_clear = f.cache_info()
    f(1)
    return before, after_clear, f.cache_info(), len(calls)


def test_cache_info_is_a_snapshot(memoize):
    f, _ = _counted(memoize, 4)
    f(1)
    info = f.cache_info()
    f(1)
    f(2)
    return info, f.cache_info()


def test_exceptions_are_not_cached(memoize):
    attempts = []

    @memoize(maxsize=4)
    def load(path):
        attempts.append(path)
        if len(attempts) == 1:
            raise OSError("disk busy")
        return f"data:{path}"

    try:
        load("shard0")
        first = "returned"
    except OSError as exc:
        first = str(exc)
    second = load("shard0")
    third = load("shard0")
    return first, second, third, attempts, load.cache_info()


def test_recursive_function(memoize):
    calls = []

    @memoize(maxsize=None)
    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    return fib(25), len(calls), fib.cache_info()


def test_keeps_name_and_docstring(memoize):
    @memoize(maxsize=3)
    def tokenize(text):
        """Split text on whitespace."""
        return tuple(text.split())

    return tokenize.__name__, tokenize.__doc__, tokenize("a b")


def test_tuple_arguments_are_fine(memoize):
    f, calls = _counted(memoize, 4, fn=lambda shape: shape[0] * shape[1])
    return [f((2, 3)), f((2, 3)), f((3, 2))], len(calls)


def test_unhashable_argument_raises_type_error(memoize):
    f, _ = _counted(memoize, 4, fn=len)
    return f([1, 2, 3])


@compare(match="maxsize")
def test_zero_maxsize_is_rejected(memoize):
    return memoize(maxsize=0)


@compare(match="maxsize")
def test_negative_maxsize_is_rejected(memoize):
    return memoize(maxsize=-5)
