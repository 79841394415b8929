def test_three_geometries(group_and_average):
    runs = [
        {"geometry": "spiral", "error": 0.30},
        {"geometry": "bowtie", "error": 0.10},
        {"geometry": "spiral", "error": 0.50},
        {"geometry": "yagi", "error": 0.25},
        {"geometry": "bowtie", "error": 0.20},
    ]
    return group_and_average(runs)


def test_custom_keys(group_and_average):
    runs = [
        {"solver": "fdtd", "runtime_s": 12.0},
        {"solver": "fem", "runtime_s": 40.0},
        {"solver": "fdtd", "runtime_s": 18.0},
    ]
    return group_and_average(runs, group_key="solver", value_key="runtime_s")


def test_empty_input_gives_empty_dict(group_and_average):
    return group_and_average([])
