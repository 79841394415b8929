"""Turn whatever a submission returned into plain JSON data.

Runs inside the sandbox. The trusted side only ever sees this JSON, never the
submission's objects, so an object with a lying `__eq__` or a tensor subclass with
a custom `__torch_function__` cannot take part in the comparison. The trusted side
also never unpickles anything: arrays travel as dtype + shape + raw bytes.
"""

import base64
import sys
from typing import Any

MAX_DEPTH = 12
MAX_ITEMS = 10_000
MAX_REPR = 300


class Budget:
    """Caps the total size of what one test may report."""

    def __init__(self, max_bytes: int) -> None:
        self.left = max_bytes

    def spend(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise OverflowError("the returned value is too large to report")


def _safe_repr(value: Any) -> str:
    try:
        text = repr(value)
    except BaseException as exc:  # a hostile __repr__ must not break reporting
        text = f"<unrepresentable: {type(exc).__name__}>"
    return text[:MAX_REPR]


def _type_name(value: Any) -> str:
    cls = type(value)
    return f"{cls.__module__}.{cls.__qualname__}"


def _array(array: Any, kind: str, budget: Budget, extra: dict[str, Any]) -> dict[str, Any]:
    import numpy as np

    data = np.asarray(array)
    # ascontiguousarray would turn a 0-d array into shape (1,): keep scalars scalars.
    data = np.ascontiguousarray(data) if data.ndim else data.copy()
    if data.dtype.kind not in "biufc":
        return {"__object__": {"type": f"{kind} of {data.dtype}", "repr": _safe_repr(array)}}
    raw = data.tobytes()
    budget.spend(len(raw))
    return {
        kind: {
            "dtype": str(data.dtype),
            "shape": list(data.shape),
            "data": base64.b64encode(raw).decode("ascii"),
            **extra,
        }
    }


def _tensor(value: Any, budget: Budget) -> dict[str, Any]:
    import torch

    tensor = value.detach()
    if type(tensor) is not torch.Tensor:
        tensor = tensor.as_subclass(torch.Tensor)
    device = str(tensor.device)
    dtype = str(tensor.dtype).removeprefix("torch.")
    requires_grad = bool(value.requires_grad)
    tensor = tensor.cpu()
    if tensor.layout != torch.strided:
        tensor = tensor.to_dense()
    if tensor.dtype in (torch.bfloat16,) or "float8" in dtype:
        tensor = tensor.float()
    array = tensor.resolve_conj().resolve_neg().numpy()
    return _array(
        array,
        "__tensor__",
        budget,
        {"torch_dtype": dtype, "device": device, "requires_grad": requires_grad},
    )


def encode(value: Any, budget: Budget, depth: int = 0) -> Any:
    """Encode `value` as JSON-compatible data tagged with its kind."""
    if depth > MAX_DEPTH:
        raise OverflowError("the returned value is nested too deeply to report")
    cls = type(value)
    if value is None or cls is bool or cls is str:
        budget.spend(len(value) if cls is str else 1)
        return value
    if cls is int:
        return value if abs(value) < 2**53 else {"__bigint__": str(value)}
    if cls is float:
        return value
    if cls is complex:
        return {"__complex__": [value.real, value.imag]}
    if cls is bytes:
        budget.spend(len(value))
        return {"__bytes__": base64.b64encode(value).decode("ascii")}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
        if len(items) > MAX_ITEMS:
            raise OverflowError(f"the returned collection has {len(items)} items; too many")
        tag = {list: "__list__", tuple: "__tuple__"}.get(cls)
        if tag is None:
            if isinstance(value, (set, frozenset)):
                tag, items = "__set__", sorted(items, key=_safe_repr)
            else:
                tag = "__list__" if isinstance(value, list) else "__tuple__"
        return {tag: [encode(item, budget, depth + 1) for item in items]}
    if isinstance(value, dict):
        if len(value) > MAX_ITEMS:
            raise OverflowError(f"the returned dict has {len(value)} keys; too many")
        return {
            "__dict__": [
                [encode(k, budget, depth + 1), encode(v, budget, depth + 1)]
                for k, v in dict.items(value)
            ]
        }
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        if isinstance(value, numpy.ndarray):
            return _array(value, "__ndarray__", budget, {})
        if isinstance(value, numpy.bool_):
            return bool(value)
        if isinstance(value, numpy.generic):
            return _array(numpy.asarray(value), "__npscalar__", budget, {})
    torch = sys.modules.get("torch")
    if torch is not None:
        if isinstance(value, torch.Tensor):
            return _tensor(value, budget)
        if isinstance(value, torch.dtype):
            return {"__object__": {"type": "torch.dtype", "repr": str(value)}}
    if isinstance(value, int):  # bool/int subclasses (IntEnum, numpy-like) as plain ints
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return {"__object__": {"type": _type_name(value), "repr": _safe_repr(value)}}
