import torch


class Surrogate(torch.nn.Module):
    """Layer names that contain 'module.' or the letters of 'module.' on purpose."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Linear(3, 5)
        self.submodule = torch.nn.Sequential(torch.nn.Linear(5, 5), torch.nn.BatchNorm1d(5))
        self.module_list = torch.nn.ModuleList([torch.nn.Linear(5, 5), torch.nn.Linear(5, 2)])
        self.decoder = torch.nn.Linear(2, 1)


def _trained(seed):
    torch.manual_seed(seed)
    model = Surrogate()
    model.submodule[1].running_mean.fill_(0.25)
    model.submodule[1].running_var.fill_(4.0)
    model.submodule[1].num_batches_tracked.fill_(7)
    return model


def _state(model):
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def _fresh():
    torch.manual_seed(123)
    return Surrogate()


def test_ddp_checkpoint_with_tricky_layer_names(load_checkpoint):
    path = "/tmp/ddp_tricky_names.pt"
    torch.save({"module." + k: v for k, v in _trained(2).state_dict().items()}, path)
    return _state(load_checkpoint(_fresh(), path))


def test_plain_checkpoint_with_tricky_layer_names(load_checkpoint):
    path = "/tmp/plain_tricky_names.pt"
    torch.save(_trained(3).state_dict(), path)
    return _state(load_checkpoint(_fresh(), path))


def test_saved_from_a_real_wrapper_object(load_checkpoint):
    # A stand-in with the same structure as DistributedDataParallel: the network
    # lives in the attribute `module`, so the keys get the same prefix.
    class Wrapper(torch.nn.Module):
        def __init__(self, module):
            super().__init__()
            self.module = module

    path = "/tmp/wrapper_checkpoint.pt"
    torch.save(Wrapper(_trained(4)).state_dict(), path)
    return _state(load_checkpoint(_fresh(), path))


def test_returns_the_model_it_was_given(load_checkpoint):
    path = "/tmp/identity_checkpoint.pt"
    torch.save({"module." + k: v for k, v in _trained(5).state_dict().items()}, path)
    model = _fresh()
    return load_checkpoint(model, path) is model


def test_buffers_are_loaded(load_checkpoint):
    path = "/tmp/buffers_checkpoint.pt"
    torch.save({"module." + k: v for k, v in _trained(6).state_dict().items()}, path)
    bn = load_checkpoint(_fresh(), path).submodule[1]
    return bn.running_mean, bn.running_var, bn.num_batches_tracked


def test_single_parameter_model(load_checkpoint):
    path = "/tmp/single_param_checkpoint.pt"
    torch.save({"module.weight": torch.tensor([[2.5, -1.0]])}, path)
    torch.manual_seed(0)
    model = torch.nn.Linear(2, 1, bias=False)
    return _state(load_checkpoint(model, path))


def test_float64_model(load_checkpoint):
    torch.manual_seed(7)
    trained = torch.nn.Linear(3, 2).double()
    path = "/tmp/float64_checkpoint.pt"
    torch.save({"module." + k: v for k, v in trained.state_dict().items()}, path)
    return _state(load_checkpoint(torch.nn.Linear(3, 2).double(), path))


def test_wrong_architecture_still_raises(load_checkpoint):
    torch.manual_seed(8)
    other = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Linear(4, 1))
    path = "/tmp/wrong_arch_checkpoint.pt"
    torch.save({"module." + k: v for k, v in other.state_dict().items()}, path)
    return load_checkpoint(_fresh(), path)


def test_unexpected_extra_key_still_raises(load_checkpoint):
    state = {"module." + k: v for k, v in _trained(9).state_dict().items()}
    state["module.head.weight"] = torch.zeros(1, 1)
    path = "/tmp/extra_key_checkpoint.pt"
    torch.save(state, path)
    return load_checkpoint(_fresh(), path)
