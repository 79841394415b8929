"""Comparison of reported values, fed through the real in-sandbox encoder."""

import numpy as np
import pytest
import torch

from app.grading.compare import Options, compare_exception, compare_values
from sandbox.harness.encode import Budget, encode


def check(expected: object, actual: object, **options: object) -> str | None:
    budget = Budget(10**8)
    return compare_values(
        encode(expected, budget),
        encode(actual, budget),
        Options(**options),  # type: ignore[arg-type]
    )


def test_equal_tensors_match() -> None:
    x = torch.arange(6, dtype=torch.float32).reshape(2, 3)
    assert check(x, x.clone()) is None


def test_shape_mismatch_names_both_shapes() -> None:
    message = check(torch.zeros(5, 7), torch.zeros(7, 5))
    assert message == "result: shape mismatch: expected (5, 7), got (7, 5)"


def test_dtype_mismatch_is_reported_unless_relaxed() -> None:
    want, got = torch.zeros(3, dtype=torch.float64), torch.zeros(3, dtype=torch.float32)
    assert "dtype mismatch: expected torch.Tensor of dtype float64, got float32" in check(want, got)
    assert check(want, got, check_dtype=False) is None


def test_value_mismatch_gives_errors_and_first_index() -> None:
    want = torch.zeros(2, 3)
    got = want.clone()
    got[1, 2] = 0.5
    message = check(want, got)
    assert "values differ at 1 of 6 elements" in message
    assert "first at index (1, 2): expected 0.0, got 0.5" in message
    assert "max abs error 0.5" in message
    assert "max rel error" in message


def test_tolerances_follow_the_dtype() -> None:
    want = torch.ones(4, dtype=torch.float32)
    assert check(want, want + 5e-6) is None
    assert check(want, want + 1e-3) is not None


def test_exact_demands_bit_equality() -> None:
    want = torch.zeros(3)
    assert check(want, want + 1e-9) is None
    assert check(want, want + 1e-9, exact=True) is not None


def test_nan_matches_only_nan() -> None:
    want = torch.tensor([0.0, float("nan")])
    assert check(want, want.clone()) is None
    message = check(torch.zeros(2), torch.tensor([0.0, float("nan")]))
    assert "1 NaN value(s) where numbers were expected" in message


def test_tensor_is_not_an_array() -> None:
    message = check(torch.zeros(2), np.zeros(2, dtype=np.float32))
    assert message == (
        "result: expected a torch.Tensor of shape (2,) and dtype float32, "
        "got numpy.ndarray of shape (2,) and dtype float32"
    )


def test_dicts_name_missing_and_unexpected_keys_and_the_differing_value() -> None:
    want = {"dipole": 0.04, "patch": 0.1}
    assert check(want, {"dipole": 0.04}) == "result: missing key(s) 'patch'"
    assert check(want, {**want, "horn": 1.0}) == "result: unexpected key(s) 'horn'"
    assert check(want, {"dipole": 0.04, "patch": 0.2}).startswith(
        "result['patch']: expected 0.1, got 0.2"
    )


def test_numpy_scalars_compare_as_numbers() -> None:
    assert check(2.5, np.float64(2.5)) is None
    assert check(3, np.int64(3)) is None


def test_sequences_compare_item_by_item() -> None:
    assert check((1, [2, 3]), (1, [2, 4])) == "result[1][1]: expected 3, got 4"
    assert check([1, 2], [1]) == "result: expected 2 items, got 1"
    assert check((1, 2), [1, 2]).startswith("result: expected tuple")


def test_objects_with_a_lying_eq_do_not_match_numbers() -> None:
    class AlwaysEqual:
        def __eq__(self, other: object) -> bool:
            return True

    assert check(1.5, AlwaysEqual()) is not None


@pytest.mark.parametrize(
    ("raised", "match", "ok"),
    [
        (
            {"type": "ValueError", "mro": ["ValueError", "Exception"], "message": "bad freq"},
            "freq",
            True,
        ),
        (
            {"type": "ValueError", "mro": ["ValueError", "Exception"], "message": "bad"},
            "freq",
            False,
        ),
        ({"type": "KeyError", "mro": ["KeyError", "LookupError"], "message": "x"}, None, False),
    ],
)
def test_exceptions_compare_by_type_and_message(raised: dict, match: str | None, ok: bool) -> None:
    expected = {"type": "ValueError", "mro": ["ValueError", "Exception"], "message": "freq"}
    assert (compare_exception(expected, raised, Options(match=match)) is None) is ok


def test_numpy_bools_are_bools() -> None:
    assert check(True, np.bool_(True)) is None
    assert check(True, np.bool_(False)) == "result: expected True, got False"


def test_nan_only_mismatches_do_not_claim_a_zero_error() -> None:
    message = check(torch.zeros(3), torch.tensor([0.0, float("nan"), 0.0]))
    assert "max abs error" not in message
    assert "first at index 1: expected 0.0, got nan" in message


def test_a_zero_dimensional_tensor_is_not_a_one_element_vector() -> None:
    assert check(torch.tensor(3.0), torch.tensor(3.0)) is None
    assert check(torch.tensor(3.0), torch.tensor([3.0])) == (
        "result: shape mismatch: expected (), got (1,)"
    )
