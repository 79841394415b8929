def test_dataset_lists_sorted_npz_files_and_loads_float32(SimulationDataset):
    import os
    import tempfile

    import numpy as np

    folder = tempfile.mkdtemp(dir="/tmp")
    for name, n in [("run_b.npz", 4), ("run_c.npz", 2), ("run_a.npz", 3)]:
        np.savez(
            os.path.join(folder, name),
            params=np.random.rand(5),
            coords=np.random.rand(n, 2),
            field=np.random.rand(n, 1),
        )
    with open(os.path.join(folder, "README.txt"), "w") as fh:
        fh.write("not data")
    ds = SimulationDataset(folder)
    return len(ds), [ds[i]["coords"].shape[0] for i in range(len(ds))], ds[0]


def test_collate_example(collate_variable_size):
    import torch

    a = {
        "params": torch.tensor([1.0, 2.0]),
        "coords": torch.tensor([[0.0, 0.0], [1.0, 0.0]]),
        "field": torch.tensor([[5.0], [6.0]]),
    }
    b = {
        "params": torch.tensor([3.0, 4.0]),
        "coords": torch.tensor([[0.0, 1.0], [1.0, 1.0], [2.0, 1.0]]),
        "field": torch.tensor([[7.0], [8.0], [9.0]]),
    }
    return collate_variable_size([a, b])


def test_file_is_read_when_its_sample_is_requested(SimulationDataset):
    import os
    import tempfile

    import numpy as np

    folder = tempfile.mkdtemp(dir="/tmp")
    path = os.path.join(folder, "sim.npz")
    np.savez(path, params=np.zeros(2), coords=np.zeros((3, 2)), field=np.zeros((3, 1)))
    ds = SimulationDataset(folder)
    # Rewrite the file after the dataset exists: the sample must show the new data.
    np.savez(path, params=np.ones(2), coords=np.full((5, 2), 2.0), field=np.full((5, 1), 3.0))
    return ds[0]
