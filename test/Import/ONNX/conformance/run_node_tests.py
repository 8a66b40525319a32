#!/usr/bin/env python3
"""Imports every model of ONNX's backend node tests with x2p-translate.

ONNX's own backend node tests (onnx/backend/test/data/node/*/model.onnx in
the installed onnx package) are the importer's conformance suite: each
model must import and pass the MLIR verifier. Models of the training
domain (ai.onnx.preview.training) are skipped and counted, and so are those
whose nodes are of other non-default domains (ai.onnx.ml, ai.onnx.preview):
the onnx dialect holds ONNX's default domain.

Usage: run_node_tests.py --translate BIN [--data DIR] [--jobs N]
                         [--max-failures N] [--filter SUBSTRING]
Prints one line per failing test, the failures grouped by reason, and a
summary line:  imported N / failed N / skipped N (training) in S s
Exits non-zero when more than --max-failures (default 0) tests fail.
"""
import argparse
import collections
import concurrent.futures
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "..", "lib"))
from onnx_node_tests import default_data_dir, list_tests, reason_of  # noqa: E402


def run_one(translate, test_dir):
    path = os.path.join(test_dir, "model.onnx")
    proc = subprocess.run([translate, "--import-onnx", path, "-o", os.devnull],
                          capture_output=True, text=True, errors="replace")
    if proc.returncode < 0:
        return False, "crashed with signal %d" % -proc.returncode
    if proc.returncode != 0:
        return False, reason_of(proc.stderr)
    return True, ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--translate", required=True)
    parser.add_argument("--data", default=None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--max-failures", type=int, default=0)
    parser.add_argument("--filter", default="")
    args = parser.parse_args()
    data = args.data or default_data_dir()

    start = time.time()
    models, skipped, other = list_tests(data, args.filter)
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = pool.map(lambda m: (m[0],) + run_one(args.translate, m[1]), models)
        for name, ok, reason in results:
            if not ok:
                failures.append((name, reason))
                print("FAIL %s: %s" % (name, reason))
    elapsed = time.time() - start

    by_reason = collections.Counter(reason for _, reason in failures)
    if by_reason:
        print("\nfailures by reason:")
        for reason, count in by_reason.most_common():
            print("%5d  %s" % (count, reason))
    for domain, names in sorted(other.items()):
        print("not default domain (%s): %d (%s)" % (domain, len(names), ", ".join(names)))
    print("training domain: %d (%s)" % (len(skipped), ", ".join(skipped) or "none"))
    num_other = sum(len(v) for v in other.values())
    print("\nimported %d / failed %d / skipped %d (training %d, other "
          "domains %d) of %d node tests in %.1f s with %d jobs" % (
              len(models) - len(failures), len(failures),
              len(skipped) + num_other, len(skipped), num_other,
              len(models) + len(skipped) + num_other, elapsed, args.jobs))
    return 1 if len(failures) > args.max_failures else 0


if __name__ == "__main__":
    sys.exit(main())
