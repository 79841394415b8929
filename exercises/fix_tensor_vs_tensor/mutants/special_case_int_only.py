"""Special-cases a single int with torch.tensor and keeps torch.Tensor for the rest:
integer lists, bool masks and float64 arrays still come out as float32."""
import torch


def record_to_tensors(record):
    return {
        name: torch.tensor(value) if isinstance(value, int) else torch.Tensor(value)
        for name, value in record.items()
    }
