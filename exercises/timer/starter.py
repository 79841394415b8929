def timer(func):
    """Decorator: print how long each call of `func` takes, as "[TIMER] name: 0.1234s"."""
    return func  # TODO: wrap func so that every call is timed and reported
