import torch


def _state(model):
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def test_ddp_checkpoint_loads(load_checkpoint):
    torch.manual_seed(0)
    trained = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1))
    path = "/tmp/ddp_checkpoint_public.pt"
    torch.save({"module." + k: v for k, v in trained.state_dict().items()}, path)
    fresh = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1))
    return _state(load_checkpoint(fresh, path))


def test_plain_checkpoint_still_loads(load_checkpoint):
    torch.manual_seed(1)
    trained = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1))
    path = "/tmp/plain_checkpoint_public.pt"
    torch.save(trained.state_dict(), path)
    fresh = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1))
    return _state(load_checkpoint(fresh, path))
