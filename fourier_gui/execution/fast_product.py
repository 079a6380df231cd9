"""The model's fast product: the fused numba kernel (fused_kernel.py) attached to a physics model from
outside, so that physics itself never loads kernels.

`accelerate(model)` is the one way in: ExactRun calls it for every run, tests and benchmarks for theirs.
"""

from __future__ import annotations

from collections.abc import Callable

from fourier_gui.execution.fused_kernel import FusedProduct
from fourier_gui.physics.model import Model


def accelerate(model: Model, cancelled: Callable[[], bool] | None = None) -> bool:
    """Attach the fused kernel to `model` where it runs and pays (see fused_kernel.wanted); True if attached.

    The uniform chain's stack of blocks is read in place; a graph's blocks are copied once into the kernel's
    buffer and the model keeps the buffer's views instead of its own blocks (no second copy). A run that is
    `cancelled` while the kernels still load goes on without them (it is about to stop)."""
    if model.product is not None:
        return True
    blocks = model.stack if model.stack is not None else model.blocks
    product = FusedProduct.create(blocks, model.edges, model.starts, model.diagonal, cancelled)
    if product is None:
        return False
    model.attach_product(product, None if model.stack is not None else product.views)
    return True
