def conv_output_shape(input_hw, kernel_size, stride=1, padding=0, dilation=1) -> tuple[int, int]:
    """Spatial (H_out, W_out) of nn.Conv2d for an input of spatial size `input_hw`.

    Each argument is an int (same for both axes) or a pair (height, width).
    """
    return tuple(input_hw)  # placeholder: the input size, unchanged
