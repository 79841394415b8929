# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["runtime_error", "wrong_answer"]
must_not = "pass by replacing json.dumps so every event the harness reports afterwards reads {'event': 'done'}"
"""
import json

json.dumps = lambda obj, *args, **kwargs: '{"event": "done"}'
json.encoder.JSONEncoder.encode = lambda self, obj: '{"event": "done"}'


def total(xs):
    return -1
