"""ONNX's backend node tests (onnx/backend/test/data/node/*/ in the
installed onnx package), listed and classified once for the two runners
that use them: the importer's (test/Import/ONNX/conformance) and the
conversion's (test/Conversion/ONNXToPaddle/conformance).
"""
import os
import re

DEFAULT_DOMAINS = ("", "ai.onnx")


def default_data_dir():
    import onnx
    return os.path.join(os.path.dirname(onnx.__file__), "backend", "test",
                        "data", "node")


def list_tests(data, name_filter=""):
    """(default-domain tests as [(name, dir)], training-domain names,
    {other domains: names}) of the node tests under `data` whose name
    contains `name_filter` (comma-separated alternatives)."""
    import onnx
    filters = [f for f in name_filter.split(",") if f] or [""]
    tests, training, other = [], [], {}
    for name in sorted(os.listdir(data)):
        path = os.path.join(data, name, "model.onnx")
        if not any(f in name for f in filters) or not os.path.isfile(path):
            continue
        model = onnx.load(path, load_external_data=False)
        domains = {n.domain for n in model.graph.node} - set(DEFAULT_DOMAINS)
        if "ai.onnx.preview.training" in domains:
            training.append(name)
        elif domains:
            other.setdefault(",".join(sorted(domains)), []).append(name)
        else:
            tests.append((name, os.path.join(data, name)))
    return tests, training, other


def reason_of(stderr):
    """The first error line, with names and numbers blanked (op names
    kept) so that failures of one cause group together."""
    for line in stderr.splitlines():
        if "error:" in line:
            msg = line.split("error:", 1)[1].strip()
            msg = re.sub(r"^loc\([^)]*\): ", "", msg)
            msg = re.sub(r"^node '[^']*': ", "", msg)
            msg = re.sub(r"'([^']*)'", lambda m: m.group(0) if m.group(1)
                         .startswith(("onnx.", "paddle.")) else "'_'", msg)
            msg = re.sub(r"\b\d+\b", "N", msg)
            return msg[:160]
    return (stderr.strip().splitlines() or ["no output"])[-1][:160]
