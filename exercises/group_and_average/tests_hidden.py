import random


def test_groups_keep_first_seen_order(group_and_average):
    # First-seen order (wire, horn, loop, array) differs from sorted order.
    runs = [
        {"geometry": "wire", "error": 1.0},
        {"geometry": "horn", "error": 2.0},
        {"geometry": "loop", "error": 3.0},
        {"geometry": "horn", "error": 4.0},
        {"geometry": "array", "error": 5.0},
        {"geometry": "wire", "error": 6.0},
    ]
    return list(group_and_average(runs).items())


def test_single_group(group_and_average):
    runs = [{"geometry": "patch", "error": e} for e in (0.1, 0.4, 0.7, 0.2)]
    return list(group_and_average(runs).items())


def test_single_record(group_and_average):
    return group_and_average([{"geometry": "slot", "error": 0.625}])


def test_integer_values_average_to_float(group_and_average):
    runs = [
        {"geometry": "a", "error": 2},
        {"geometry": "b", "error": 4},
        {"geometry": "a", "error": 3},
        {"geometry": "c", "error": 1},
        {"geometry": "b", "error": 4},
        {"geometry": "c", "error": 2},
        {"geometry": "c", "error": 2},
    ]
    out = group_and_average(runs)
    return list(out.items()), [isinstance(v, float) for v in out.values()]


def test_custom_keys_ignore_the_default_fields(group_and_average):
    # Every record also carries "geometry" and "error", so code that ignores the
    # arguments produces different numbers instead of crashing.
    runs = [
        {"geometry": "g1", "error": 9.0, "solver": "mom", "runtime_s": 3.0},
        {"geometry": "g2", "error": 8.0, "solver": "fem", "runtime_s": 10.0},
        {"geometry": "g1", "error": 7.0, "solver": "mom", "runtime_s": 5.0},
        {"geometry": "g1", "error": 6.0, "solver": "fem", "runtime_s": 20.0},
    ]
    return list(group_and_average(runs, group_key="solver", value_key="runtime_s").items())


def test_only_value_key_overridden(group_and_average):
    runs = [
        {"geometry": "dish", "error": 0.0, "gain_db": 30.0},
        {"geometry": "dish", "error": 1.0, "gain_db": 34.0},
        {"geometry": "monopole", "error": 2.0, "gain_db": 2.0},
    ]
    return group_and_average(runs, value_key="gain_db")


def test_only_group_key_overridden(group_and_average):
    runs = [
        {"geometry": "x", "band": "L", "error": 0.2},
        {"geometry": "x", "band": "S", "error": 0.6},
        {"geometry": "y", "band": "L", "error": 0.4},
    ]
    return group_and_average(runs, group_key="band")


def test_zero_and_negative_values_count(group_and_average):
    runs = [
        {"geometry": "a", "error": 0.0},
        {"geometry": "a", "error": 0.6},
        {"geometry": "b", "error": -1.5},
        {"geometry": "b", "error": 1.5},
        {"geometry": "c", "error": 0},
    ]
    return list(group_and_average(runs).items())


def test_non_string_group_values(group_and_average):
    runs = [
        {"ports": 2, "shape": (8, 8), "loss": 1.0},
        {"ports": 1, "shape": (4, 4), "loss": 2.0},
        {"ports": 2, "shape": (4, 4), "loss": 4.0},
    ]
    by_ports = list(group_and_average(runs, group_key="ports", value_key="loss").items())
    by_shape = list(group_and_average(runs, group_key="shape", value_key="loss").items())
    return by_ports, by_shape


def test_many_random_records(group_and_average):
    names = ["dipole", "patch", "horn", "helix", "loop", "slot", "vivaldi"]
    runs = [
        {"geometry": random.choice(names), "error": random.uniform(-1.0, 3.0), "seed": i}
        for i in range(300)
    ]
    return list(group_and_average(runs).items())


def test_input_records_are_not_modified(group_and_average):
    runs = [
        {"geometry": "a", "error": 1.0, "note": "keep"},
        {"geometry": "b", "error": 2.0},
        {"geometry": "a", "error": 3.0},
    ]
    group_and_average(runs)
    return runs


def test_missing_value_key_raises_key_error(group_and_average):
    runs = [
        {"geometry": "a", "error": 1.0},
        {"geometry": "a"},
    ]
    return group_and_average(runs)


def test_missing_group_key_raises_key_error(group_and_average):
    runs = [
        {"geometry": "a", "error": 1.0},
        {"error": 2.0},
    ]
    return group_and_average(runs)
