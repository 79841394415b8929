"""Code that runs inside the sandbox, next to the submission.

Nothing here decides a verdict: it reports what the submission did. The package is
bind-mounted read-only into the sandbox and must only import the standard library
(plus numpy/torch when the submission itself brought them in).
"""
