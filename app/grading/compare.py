"""Decide whether what a submission produced matches what the reference produced.

Both sides arrive as the JSON the sandbox harness encodes (sandbox/harness/encode.py);
nothing here executes submission code or unpickles anything. Each comparison returns
None when the values match and otherwise one specific sentence saying where and how
they differ, written for the person who wrote the submission.
"""

import base64
import json
import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

ARRAY_TAGS = {"__tensor__": "torch.Tensor", "__ndarray__": "numpy.ndarray"}
ALLOWED_DTYPES = {
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
}
# (rtol, atol) by dtype, as torch.testing.assert_close uses.
DEFAULT_TOLERANCES = {
    "float16": (1e-3, 1e-5),
    "bfloat16": (1.6e-2, 1e-5),
    "float32": (1.3e-6, 1e-5),
    "complex64": (1.3e-6, 1e-5),
    "float64": (1e-7, 1e-7),
    "complex128": (1e-7, 1e-7),
}


@dataclass(frozen=True)
class Options:
    rtol: float | None = None
    atol: float | None = None
    exact: bool = False
    check_dtype: bool = True
    match: str | None = None

    @classmethod
    def from_report(cls, raw: Any) -> "Options":
        if not isinstance(raw, dict):
            return cls()
        known = {k: raw[k] for k in ("rtol", "atol", "exact", "check_dtype", "match") if k in raw}
        return cls(**known)

    def tolerances(self, dtype: str) -> tuple[float, float]:
        if self.exact:
            return 0.0, 0.0
        rtol, atol = DEFAULT_TOLERANCES.get(dtype, (0.0, 0.0))
        return (
            self.rtol if self.rtol is not None else rtol,
            self.atol if self.atol is not None else atol,
        )


def tag_of(value: Any) -> str | None:
    if isinstance(value, dict) and len(value) == 1:
        (key,) = value
        if key.startswith("__") and key.endswith("__"):
            return key
    return None


def describe(value: Any) -> str:
    """A short human name for an encoded value's type."""
    tag = tag_of(value)
    if tag is None:
        return {type(None): "None", bool: "bool", int: "int", float: "float", str: "str"}.get(
            type(value), type(value).__name__
        )
    body = value[tag]
    if tag in ARRAY_TAGS:
        return f"{ARRAY_TAGS[tag]} of shape {tuple(body['shape'])} and dtype {_dtype(tag, body)}"
    if tag == "__object__":
        return f"an object of type {body['type']}"
    names = {
        "__list__": "list",
        "__tuple__": "tuple",
        "__dict__": "dict",
        "__set__": "set",
        "__complex__": "complex",
        "__bytes__": "bytes",
        "__bigint__": "int",
        "__npscalar__": f"numpy {body.get('dtype') if isinstance(body, dict) else ''}",
    }
    return names.get(tag, tag.strip("_"))


def render(value: Any, limit: int = 80) -> str:
    """A short preview of an encoded value for messages."""
    tag = tag_of(value)
    if tag is None:
        text = repr(value)
    elif tag in ("__list__", "__tuple__", "__set__"):
        inner = ", ".join(render(v, limit) for v in value[tag][:6])
        more = ", ..." if len(value[tag]) > 6 else ""
        text = {"__list__": "[{}]", "__tuple__": "({})", "__set__": "{{{}}}"}[tag].format(
            inner + more
        )
    elif tag == "__dict__":
        pairs = ", ".join(f"{render(k)}: {render(v)}" for k, v in value[tag][:6])
        text = "{" + pairs + (", ..." if len(value[tag]) > 6 else "") + "}"
    elif tag in ARRAY_TAGS or tag == "__npscalar__":
        array = to_array(tag, value[tag])
        text = np.array2string(array, threshold=8, precision=6) if array is not None else "?"
        if tag in ARRAY_TAGS:
            text = f"{ARRAY_TAGS[tag].split('.')[0]}({text})"
    elif tag == "__complex__":
        text = repr(complex(*value[tag]))
    elif tag == "__bigint__":
        text = value[tag]
    elif tag == "__object__":
        text = value[tag].get("repr", "?")
    else:
        text = tag.strip("_")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _dtype(tag: str, body: dict[str, Any]) -> str:
    return str(body.get("torch_dtype") if tag == "__tensor__" else body.get("dtype"))


def to_array(tag: str, body: Any) -> np.ndarray | None:
    """Rebuild an array from raw bytes; refuses anything but plain numeric dtypes."""
    try:
        dtype = body["dtype"]
        if dtype not in ALLOWED_DTYPES:
            return None
        raw = base64.b64decode(body["data"], validate=True)
        shape = tuple(int(n) for n in body["shape"])
        array = np.frombuffer(raw, dtype=np.dtype(dtype))
        return array.reshape(shape)
    except (KeyError, TypeError, ValueError):
        return None


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _as_number(value: Any) -> float | int | complex | None:
    """Python and NumPy scalars compare as numbers, whatever their exact type."""
    tag = tag_of(value)
    if tag is None:
        return value if type(value) in (int, float) else None
    if tag == "__bigint__":
        return int(value[tag])
    if tag == "__complex__":
        return complex(*value[tag])
    if tag == "__npscalar__":
        array = to_array(tag, value[tag])
        if array is not None and array.dtype.kind in "iufc":
            return array.item()
    return None


def _number_dtype(value: Any) -> str:
    tag = tag_of(value)
    if tag == "__npscalar__":
        return str(value[tag].get("dtype"))
    return "complex128" if isinstance(_as_number(value), complex) else "float64"


def compare_values(
    expected: Any, actual: Any, options: Options, path: str = "result"
) -> str | None:
    exp_tag, act_tag = tag_of(expected), tag_of(actual)
    exp_num, act_num = _as_number(expected), _as_number(actual)
    if exp_num is not None and act_num is not None:
        return _compare_numbers(exp_num, act_num, _number_dtype(expected), options, path)
    if exp_tag in ARRAY_TAGS or act_tag in ARRAY_TAGS:
        if exp_tag != act_tag:
            return f"{path}: expected a {describe(expected)}, got {describe(actual)}"
        return _compare_arrays(exp_tag, expected[exp_tag], actual[act_tag], options, path)
    if exp_tag != act_tag or (exp_tag is None and type(expected) is not type(actual)):
        want = f"{describe(expected)} {render(expected)}"
        return f"{path}: expected {want}, got {describe(actual)} {render(actual)}"
    if exp_tag in ("__list__", "__tuple__"):
        return _compare_sequences(expected[exp_tag], actual[act_tag], options, path)
    if exp_tag == "__set__":
        missing = {_key(v) for v in expected[exp_tag]} ^ {_key(v) for v in actual[act_tag]}
        return None if not missing else f"{path}: expected {render(expected)}, got {render(actual)}"
    if exp_tag == "__dict__":
        return _compare_dicts(expected[exp_tag], actual[act_tag], options, path)
    if exp_tag == "__object__":
        if expected[exp_tag].get("type") != actual[act_tag].get("type"):
            return f"{path}: expected {describe(expected)}, got {describe(actual)}"
        return None
    if expected != actual:
        return f"{path}: expected {render(expected, 200)}, got {render(actual, 200)}"
    return None


def _compare_numbers(
    expected: Any, actual: Any, dtype: str, options: Options, path: str
) -> str | None:
    if isinstance(expected, int) and isinstance(actual, int) and not options.exact:
        return None if expected == actual else f"{path}: expected {expected}, got {actual}"
    rtol, atol = options.tolerances(dtype)
    if isinstance(expected, complex) or isinstance(actual, complex):
        close = abs(complex(actual) - complex(expected)) <= atol + rtol * abs(complex(expected))
    elif math.isnan(expected) or math.isnan(actual):
        close = math.isnan(expected) and math.isnan(actual)
    elif math.isinf(expected) or math.isinf(actual):
        close = expected == actual
    else:
        close = abs(actual - expected) <= atol + rtol * abs(expected)
    if close:
        return None
    detail = "" if options.exact else f" (rtol={rtol:g}, atol={atol:g})"
    if not options.exact and not isinstance(expected, complex) and math.isfinite(expected):
        with np.errstate(all="ignore"):
            detail = f"; abs error {abs(actual - expected):.3g}{detail}"
    return f"{path}: expected {expected!r}, got {actual!r}{detail}"


def _compare_arrays(
    tag: str, expected: dict[str, Any], actual: dict[str, Any], options: Options, path: str
) -> str | None:
    kind = ARRAY_TAGS[tag]
    if tuple(expected["shape"]) != tuple(actual["shape"]):
        want, got = tuple(expected["shape"]), tuple(actual["shape"])
        return f"{path}: shape mismatch: expected {want}, got {got}"
    exp_dtype, act_dtype = _dtype(tag, expected), _dtype(tag, actual)
    if options.check_dtype and exp_dtype != act_dtype:
        return f"{path}: dtype mismatch: expected {kind} of dtype {exp_dtype}, got {act_dtype}"
    want, got = to_array(tag, expected), to_array(tag, actual)
    if want is None or got is None:
        return f"{path}: the {kind} could not be decoded (unsupported dtype {act_dtype})"
    if want.dtype.kind in "biu" and got.dtype.kind in "biu":
        bad = want != got
        rtol = atol = 0.0
    else:
        rtol, atol = options.tolerances(exp_dtype)
        with np.errstate(all="ignore"):
            bad = ~np.isclose(got, want, rtol=rtol, atol=atol, equal_nan=True)
            if options.exact:
                bad = ~((got == want) | (np.isnan(got) & np.isnan(want)))
    if not bad.any():
        return None
    count, total = int(bad.sum()), bad.size
    first = tuple(int(i) for i in np.argwhere(bad)[0])
    where = first if len(first) != 1 else first[0]
    message = (
        f"{path}: values differ at {count} of {total} elements ({100 * count / total:.3g}%); "
        f"first at index {where}: expected {want[first].item()!r}, got {got[first].item()!r}"
    )
    with np.errstate(all="ignore"):
        diff = np.abs(got.astype(np.complex128) - want.astype(np.complex128))
        measurable = np.isfinite(diff) & bad  # NaN/inf mismatches are counted below instead
        if measurable.any():
            abs_err = float(diff[measurable].max())
            rel = diff[measurable] / np.abs(want[measurable].astype(np.complex128))
            rel_err = float(rel[np.isfinite(rel)].max()) if np.isfinite(rel).any() else math.inf
            message += f"; max abs error {abs_err:.3g}, max rel error {rel_err:.3g}"
    nans = int((np.isnan(got) & ~np.isnan(want)).sum()) if got.dtype.kind in "fc" else 0
    if nans:
        message += f"; {nans} NaN value(s) where numbers were expected"
    if not options.exact and rtol + atol > 0:
        message += f" (rtol={rtol:g}, atol={atol:g})"
    return message


def _compare_sequences(
    expected: list[Any], actual: list[Any], options: Options, path: str
) -> str | None:
    if len(expected) != len(actual):
        return f"{path}: expected {len(expected)} items, got {len(actual)}"
    for index, (want, got) in enumerate(zip(expected, actual, strict=True)):
        problem = compare_values(want, got, options, f"{path}[{index}]")
        if problem:
            return problem
    return None


def _compare_dicts(
    expected: list[list[Any]], actual: list[list[Any]], options: Options, path: str
) -> str | None:
    want = {_key(k): (k, v) for k, v in expected}
    got = {_key(k): (k, v) for k, v in actual}
    missing = [render(want[k][0]) for k in want if k not in got]
    if missing:
        return f"{path}: missing key(s) {', '.join(missing)}"
    extra = [render(got[k][0]) for k in got if k not in want]
    if extra:
        return f"{path}: unexpected key(s) {', '.join(extra)}"
    for key, (raw_key, value) in want.items():
        problem = compare_values(value, got[key][1], options, f"{path}[{render(raw_key)}]")
        if problem:
            return problem
    return None


def compare_exception(
    expected: dict[str, Any], actual: dict[str, Any], options: Options
) -> str | None:
    """The reference raised `expected`; did the submission raise something equivalent?"""
    want = expected.get("type", "?")
    if want not in actual.get("mro", []):
        return (
            f"expected {want} to be raised, but it raised {actual.get('type')}: "
            f"{actual.get('message', '')}"
        )
    if options.match:
        try:
            found = re.search(options.match, actual.get("message", ""))
        except re.error:
            found = None
        if not found:
            return (
                f"raised {actual.get('type')} as expected, but its message "
                f"{actual.get('message', '')!r} does not say what went wrong "
                f"(expected it to match {options.match!r})"
            )
    return None
