import random


def test_random_configurations(conv_output_shape):
    results = []
    for _ in range(60):
        h, w = random.randint(8, 40), random.randint(8, 40)
        k = (random.randint(1, 4), random.randint(1, 4))
        s = (random.randint(1, 3), random.randint(1, 3))
        p = (random.randint(0, 2), random.randint(0, 2))
        d = (random.randint(1, 2), random.randint(1, 2))
        results.append(conv_output_shape((h, w), k, s, p, d))
    return results


def test_dilation_widens_the_kernel(conv_output_shape):
    return [conv_output_shape((20, 20), 3, dilation=d) for d in (1, 2, 3, 9)]


def test_padding_counts_on_both_sides(conv_output_shape):
    return [conv_output_shape((10, 10), 3, padding=p) for p in (0, 1, 2, 5)]


def test_tuple_arguments_per_axis(conv_output_shape):
    return conv_output_shape((30, 17), (7, 1), (3, 1), (3, 0), (2, 1)), conv_output_shape(
        [17, 30], [1, 7], [1, 3], [0, 3], [1, 2]
    )


def test_mixed_int_and_tuple(conv_output_shape):
    return conv_output_shape((64, 48), 3, (2, 1), 1, (1, 3))


def test_kernel_exactly_fills_input(conv_output_shape):
    return conv_output_shape((5, 9), (5, 9)), conv_output_shape((3, 3), 5, padding=1)


def test_single_pixel_input(conv_output_shape):
    return conv_output_shape((1, 1), 1), conv_output_shape((1, 1), 3, padding=1, stride=4)


def test_large_stride(conv_output_shape):
    return conv_output_shape((224, 224), 16, stride=16), conv_output_shape((225, 223), 16, 16)


def test_returns_python_ints(conv_output_shape):
    out = conv_output_shape((13, 11), 3, 2, 1)
    return out, [type(v) is int for v in out]


def test_large_input(conv_output_shape):
    return conv_output_shape((100_000, 3), (7, 3), (3, 1), (2, 0), (5, 1))


def test_input_smaller_than_kernel_with_stride(conv_output_shape):
    # Truncating (int(a / b)) instead of flooring would give 1 here.
    return conv_output_shape((4, 10), kernel_size=5, stride=3)


def test_dilated_kernel_too_large_raises(conv_output_shape):
    return conv_output_shape((8, 8), 3, dilation=4)


def test_zero_stride_raises(conv_output_shape):
    return conv_output_shape((8, 8), 3, stride=0)


def test_negative_padding_raises(conv_output_shape):
    return conv_output_shape((8, 8), 3, padding=(1, -1))


def test_zero_kernel_raises(conv_output_shape):
    return conv_output_shape((8, 8), (3, 0))


def test_zero_dilation_raises(conv_output_shape):
    return conv_output_shape((8, 8), 3, dilation=0)


def test_wrong_pair_length_raises(conv_output_shape):
    return conv_output_shape((8, 8), (3, 3, 3))


def test_empty_input_raises(conv_output_shape):
    return conv_output_shape((0, 8), 1)
