"""A class whose instances are the decorated functions, instead of a closure.

functools.update_wrapper copies __name__, __doc__, __qualname__, __module__ and
__wrapped__ onto the instance. Because an instance is not a function, it does not
bind to `self` on its own: __get__ makes it behave like one inside a class body.
"""

import functools
import time
import types


class timer:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func

    def __call__(self, *args, **kwargs):
        started = time.perf_counter()
        result = self.func(*args, **kwargs)
        print(f"[TIMER] {self.func.__name__}: {time.perf_counter() - started:.4f}s")
        return result

    def __get__(self, instance, owner=None):
        if instance is None:  # looked up on the class: the decorated function itself
            return self
        return types.MethodType(self, instance)
