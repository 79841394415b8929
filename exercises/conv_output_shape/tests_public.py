def test_examples(conv_output_shape):
    return (
        conv_output_shape((32, 32), kernel_size=3, stride=1, padding=1),
        conv_output_shape((28, 20), kernel_size=(5, 3), stride=2, padding=(0, 1), dilation=(1, 2)),
    )


def test_stride_two_rounds_down(conv_output_shape):
    return conv_output_shape((7, 8), kernel_size=3, stride=2)


def test_kernel_larger_than_input_raises(conv_output_shape):
    return conv_output_shape((4, 4), kernel_size=5)
