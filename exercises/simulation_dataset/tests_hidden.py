import os
import tempfile

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


def _folder(sizes, names=None, p=3, d=2, f=1):
    folder = tempfile.mkdtemp(dir="/tmp")
    names = names or [f"sim_{i:03d}.npz" for i in range(len(sizes))]
    for name, n in zip(names, sizes, strict=True):
        np.savez(
            os.path.join(folder, name),
            params=np.random.randn(p),
            coords=np.random.randn(n, d),
            field=np.random.randn(n, f),
        )
    return folder


def _sample(n, p=3, d=2, f=1):
    return {
        "params": torch.randn(p),
        "coords": torch.randn(n, d),
        "field": torch.randn(n, f),
    }


def test_is_a_torch_dataset(SimulationDataset):
    ds = SimulationDataset(_folder([2, 3]))
    return isinstance(ds, Dataset), len(ds)


def test_empty_folder(SimulationDataset):
    return len(SimulationDataset(tempfile.mkdtemp(dir="/tmp")))


def test_plain_string_order(SimulationDataset):
    names = ["run_2.npz", "run_10.npz", "run_1.npz", "Run_3.npz"]
    ds = SimulationDataset(_folder([2, 10, 1, 3], names=names))
    return [ds[i]["coords"].shape[0] for i in range(len(ds))]


def test_every_sample_matches_its_file(SimulationDataset):
    folder = _folder([4, 1, 6, 2], names=["d.npz", "a.npz", "c.npz", "b.npz"], p=4, d=3, f=2)
    ds = SimulationDataset(folder)
    return [ds[i] for i in range(len(ds))]


def test_other_files_are_ignored(SimulationDataset):
    folder = _folder([2, 3])
    np.save(os.path.join(folder, "extra.npy"), np.zeros(3))
    for name in ("notes.txt", "old.npz.bak", "datanpz"):
        with open(os.path.join(folder, name), "w") as fh:
            fh.write("junk")
    ds = SimulationDataset(folder)
    return len(ds), [ds[i]["field"].shape for i in range(len(ds))]


def test_values_become_float32_from_any_dtype(SimulationDataset):
    folder = tempfile.mkdtemp(dir="/tmp")
    np.savez(
        os.path.join(folder, "mixed.npz"),
        params=np.array([1, 2, 3], dtype=np.int64),
        coords=np.random.randn(4, 2).astype(np.float64),
        field=np.random.randn(4, 3).astype(np.float16),
    )
    sample = SimulationDataset(folder)[0]
    return sample, {k: str(v.dtype) for k, v in sample.items()}


def test_extra_arrays_are_not_returned(SimulationDataset):
    folder = tempfile.mkdtemp(dir="/tmp")
    np.savez(
        os.path.join(folder, "with_meta.npz"),
        params=np.ones(2),
        coords=np.zeros((2, 2)),
        field=np.ones((2, 1)),
        solver_version=np.array([3]),
    )
    return sorted(SimulationDataset(folder)[0])


def test_broken_file_fails_only_at_its_own_index(SimulationDataset):
    folder = _folder([3, 2], names=["a.npz", "c.npz"])
    with open(os.path.join(folder, "b.npz"), "wb") as fh:
        fh.write(b"this is not a zip archive")
    ds = SimulationDataset(folder)
    return len(ds), ds[0], ds[2]


def test_rewritten_and_deleted_files_after_creation(SimulationDataset):
    folder = _folder([3, 3])
    ds = SimulationDataset(folder)
    first = os.path.join(folder, "sim_000.npz")
    np.savez(first, params=np.full(3, 7.0), coords=np.ones((1, 2)), field=np.ones((1, 1)))
    os.remove(os.path.join(folder, "sim_001.npz"))
    try:
        ds[1]
        second = "loaded"
    except OSError:  # FileNotFoundError: the file is gone, as it should be
        second = "missing"
    return ds[0], second


def test_transform_is_applied(SimulationDataset):
    def normalise(sample):
        return {
            **sample,
            "field": sample["field"] * 2.0,
            "n_nodes": torch.tensor(sample["coords"].shape[0]),
        }

    folder = _folder([3, 5])
    plain = SimulationDataset(folder)
    transformed = SimulationDataset(folder, transform=normalise)
    return plain[1], transformed[1]


def test_transform_keyword_defaults_to_none(SimulationDataset):
    folder = _folder([2])
    return SimulationDataset(folder, None)[0], SimulationDataset(data_dir=folder)[0]


def test_collate_batch_of_one_has_no_padding(collate_variable_size):
    return collate_variable_size([_sample(4)])


def test_collate_equal_sizes(collate_variable_size):
    return collate_variable_size([_sample(3), _sample(3), _sample(3)])


def test_collate_largest_sample_not_first(collate_variable_size):
    return collate_variable_size([_sample(2), _sample(6), _sample(1), _sample(4)])


def test_collate_mask_counts_real_nodes(collate_variable_size):
    sizes = [5, 1, 7, 3, 7, 2]
    out = collate_variable_size([_sample(n, p=2, d=3, f=4) for n in sizes])
    return out["mask"].sum(dim=1), out["mask"].dtype == torch.bool, {
        k: tuple(v.shape) for k, v in out.items()
    }


def test_collate_padding_is_zero(collate_variable_size):
    out = collate_variable_size([_sample(1, d=3, f=2), _sample(4, d=3, f=2)])
    pad = ~out["mask"]
    return out["coords"][pad], out["field"][pad]


def test_collate_sample_without_nodes(collate_variable_size):
    return collate_variable_size([_sample(3), _sample(0), _sample(2)])


def test_collate_non_contiguous_inputs(collate_variable_size):
    batch = []
    for n in (2, 5):
        batch.append(
            {
                "params": torch.randn(6)[::2],
                "coords": torch.randn(3, n).T,
                "field": torch.randn(2, n).T,
            }
        )
    return collate_variable_size(batch)


def test_dataloader_end_to_end(SimulationDataset, collate_variable_size):
    folder = _folder([3, 8, 1, 5, 5], p=2, d=3, f=2)
    loader = DataLoader(
        SimulationDataset(folder), batch_size=2, shuffle=False, collate_fn=collate_variable_size
    )
    return list(loader)
