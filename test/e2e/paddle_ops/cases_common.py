"""Helpers the cases_<family>.py files share; holds no cases itself.

Each case file builds complete paddle-dialect modules from these helpers so
the MLIR text, the feed arrays and the numpy reference of a case stay in
one place. CASES is empty so a runner that imports every cases_*.py finds
nothing to run here.
"""
import numpy as np

CASES = []

_MLIR_TYPES = {
    np.dtype("float32"): "f32", np.dtype("float64"): "f64",
    np.dtype("float16"): "f16", np.dtype("int32"): "i32",
    np.dtype("int64"): "i64", np.dtype("int8"): "i8",
    np.dtype("uint8"): "ui8", np.dtype("bool"): "i1",
    np.dtype("int16"): "i16",
}


def rng(seed=0):
    return np.random.default_rng(seed)


def ty(shape, dtype="f32"):
    """tensor<...> for a shape whose None entries are dynamic dims."""
    dims = "".join(("?" if d is None else str(d)) + "x" for d in shape)
    return "tensor<%s%s>" % (dims, dtype)


def ty_of(array, dynamic_batch=False):
    shape = list(array.shape)
    if dynamic_batch and shape:
        shape[0] = None
    return ty(shape, _MLIR_TYPES[array.dtype])


def _literal(value, dtype):
    if dtype == np.bool_:
        return "true" if value else "false"
    if np.issubdtype(dtype, np.floating):
        return "%.9e" % float(value)
    return str(int(value))


def _nested(array):
    if array.ndim == 0:
        return _literal(array.item(), array.dtype)
    return "[" + ", ".join(_nested(a) for a in array) + "]"


def param(name, array):
    """`%name = paddle.parameter "name" dense<...>` holding `array`."""
    return '%%%s = paddle.parameter "%s" dense<%s> : %s' % (
        name.replace(".", "_"), name, _nested(np.asarray(array)),
        ty_of(np.asarray(array)))


def module(args, body, results):
    """A module with @main_graph(args) -> results.

    args: list of (name, type); body: MLIR lines; results: list of
    (value, type).
    """
    sig = ", ".join("%%%s: %s" % (n, t) for n, t in args)
    res = ", ".join(t for _, t in results)
    lines = ["module {",
             "  func.func @main_graph(%s) -> (%s) {" % (sig, res)]
    lines += ["    " + line for line in body]
    lines.append("    return %s : %s" % (", ".join(v for v, _ in results),
                                          res))
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


def case(name, mlir, inputs, reference, atol=1e-5, cpu=True):
    return {"name": name, "mlir": mlir, "inputs": inputs,
            "reference": reference, "atol": atol, "cpu": cpu}
