"""Runs MODEL on the input in IO.npz and checks its outputs are bitwise the
outputs stored there (Paddle's own run of the original model)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "lib"))
import numpy as np  # noqa: E402
import paddle_model  # noqa: E402

io = np.load(sys.argv[1])
outputs = paddle_model.run(sys.argv[2], [io["input"]])
for i, got in enumerate(outputs):
    want = io["out%d" % i]
    same = got.shape == want.shape and np.array_equal(got, want)
    print("output %d: %s" % (i, "identical" if same else "DIFFERENT"))
    if not same:
        sys.exit(1)
