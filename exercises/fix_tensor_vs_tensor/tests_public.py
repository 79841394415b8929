import numpy as np


def test_worked_example(record_to_tensors):
    sample = {
        "node_ids": [4, 0, 7],
        "features": [[0.5, 1.0], [2.0, -1.5]],
        "label": 3,
        "field": np.array([1.25, 2.5]),
    }
    out = record_to_tensors(sample)
    return out, {k: (str(v.dtype), tuple(v.shape)) for k, v in out.items()}


def test_single_int_label(record_to_tensors):
    out = record_to_tensors({"label": 5})
    return out["label"], tuple(out["label"].shape)
