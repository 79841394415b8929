def test_returns_value_and_prints_one_timer_line(timer):
    import contextlib
    import io
    import re

    @timer
    def sum_of_squares(n, offset=0):
        """Add up i**2 for i < n."""
        return sum(i * i for i in range(n)) + offset

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        value = sum_of_squares(1000, offset=1)
    printed = out.getvalue()
    line_ok = re.fullmatch(r"\[TIMER\] sum_of_squares: \d+\.\d{4}s\n", printed) is not None
    return value, line_ok, printed.count("\n")


def test_keeps_name_and_docstring(timer):
    def load_mesh(path):
        """Read a mesh from disk."""
        return path

    decorated = timer(load_mesh)
    return decorated.__name__, decorated.__doc__


def test_forwards_positional_and_keyword_arguments(timer):
    import contextlib
    import io

    @timer
    def describe(a, b, *rest, scale=1.0, **options):
        return a, b, rest, scale, sorted(options.items())

    with contextlib.redirect_stdout(io.StringIO()):
        return describe(1, 2, 3, 4, scale=0.5, mode="fast", seed=7)
