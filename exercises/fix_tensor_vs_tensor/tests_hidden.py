import numpy as np


def _described(out):
    # Tensors themselves (values, dtype and shape checked), plus a readable summary.
    return out, {k: (str(v.dtype), tuple(v.shape)) for k, v in out.items()}


def test_int_list_stays_int64(record_to_tensors):
    return _described(record_to_tensors({"ids": [1, 2, 3, -4]}))


def test_nested_int_lists(record_to_tensors):
    return _described(record_to_tensors({"edges": [[0, 1], [1, 2], [2, 0]]}))


def test_float_list_is_float32(record_to_tensors):
    return _described(record_to_tensors({"x": [0.1, 0.2, 0.3]}))


def test_mixed_ints_and_floats_become_float(record_to_tensors):
    return _described(record_to_tensors({"x": [1, 2.5, 3]}))


def test_bool_mask(record_to_tensors):
    return _described(record_to_tensors({"mask": [True, False, True]}))


def test_numpy_float64_keeps_dtype(record_to_tensors):
    field = np.random.default_rng(0).normal(size=(3, 4))
    return _described(record_to_tensors({"field": field}))


def test_numpy_int32_and_float32_keep_dtype(record_to_tensors):
    record = {
        "counts": np.array([3, 1, 4], dtype=np.int32),
        "weights": np.array([0.5, 0.25], dtype=np.float32),
    }
    return _described(record_to_tensors(record))


def test_numpy_non_contiguous_array(record_to_tensors):
    field = np.arange(12, dtype=np.float64).reshape(3, 4).T  # Fortran-ordered view
    return _described(record_to_tensors({"field": field}))


def test_single_numbers_are_zero_dimensional(record_to_tensors):
    record = {"label": 0, "big_label": 7, "temperature": 2.5, "flag": True}
    return _described(record_to_tensors(record))


def test_numpy_scalars(record_to_tensors):
    record = {"energy": np.float64(-1.75), "step": np.int64(12)}
    return _described(record_to_tensors(record))


def test_large_integers_are_exact(record_to_tensors):
    # float32 cannot hold these exactly; int64 can.
    return _described(record_to_tensors({"ids": [2**40 + 1, 2**53 + 3, -(2**35) - 7]}))


def test_tensor_does_not_share_memory_with_numpy(record_to_tensors):
    field = np.array([1.0, 2.0, 3.0])
    out = record_to_tensors({"field": field})
    field[0] = 100.0
    return out["field"]


def test_empty_list_and_empty_record(record_to_tensors):
    return _described(record_to_tensors({"nothing": []})), record_to_tensors({})


def test_input_record_not_modified(record_to_tensors):
    record = {"ids": [1, 2], "label": 4}
    record_to_tensors(record)
    return record
