#!/usr/bin/env python3
"""One model's inference latency and outputs, for bench/peers/run.py.

Runs in its own process (a crash in Paddle fails one measurement, not the
run) with the main .venv: x2p's and X2Paddle's outputs run in the same
Paddle Inference (CPU), the source ONNX in onnxruntime. For every thread
count and MKLDNN setting it builds a fresh predictor (session), then per
batch: warm-up runs, then timed runs of feed + run + fetch. The outputs of
the first run of each configuration are saved for the accuracy check.

    infer.py JOB.json     (JOB: see run.py's measure_latency)

Writes JOB["result"] (JSON: per configuration the list of run times in ms,
or the error) and JOB["outputs"] (.npz: "<config>|<batch>|<i>" -> array).
"""
import json
import os
import sys
import time
import traceback

os.environ.setdefault("GLOG_minloglevel", "3")
os.environ.setdefault("FLAGS_enable_pir_api", "0")

import numpy as np  # noqa: E402


def paddle_session(model, threads, mkldnn):
    from paddle import inference
    config = inference.Config(model, model[:-len(".pdmodel")] + ".pdiparams")
    config.disable_gpu()
    config.disable_glog_info()
    config.set_cpu_math_library_num_threads(threads)
    if mkldnn:
        config.enable_mkldnn()
    else:
        config.disable_mkldnn()
    predictor = inference.create_predictor(config)
    names = predictor.get_input_names()
    handles = [predictor.get_input_handle(n) for n in names]
    outs = [predictor.get_output_handle(n) for n in predictor.get_output_names()]

    def run(feeds):
        for h, n in zip(handles, names):
            h.copy_from_cpu(feeds[n])
        predictor.run()
        return [o.copy_to_cpu() for o in outs]
    return run, names


def ort_session(model, threads):
    import onnxruntime as ort
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.log_severity_level = 3
    sess = ort.InferenceSession(model, so, providers=["CPUExecutionProvider"])
    names = [i.name for i in sess.get_inputs()]
    return (lambda feeds: sess.run(None, {n: feeds[n] for n in names})), names


def feeds_for(path, names, onnx_names):
    """The stored inputs, keyed by the program's feed names: ONNX input
    names, or (a converter that renamed them) the same order."""
    data = np.load(path)
    arrays = [np.ascontiguousarray(data[n]) for n in onnx_names]
    if set(names) == set(onnx_names):
        return {n: np.ascontiguousarray(data[n]) for n in names}
    return dict(zip(names, arrays))


def main():
    with open(sys.argv[1]) as f:
        job = json.load(f)
    results, saved = {}, {}
    for cfg in job["configs"]:
        key = cfg["key"]
        try:
            if job["runtime"] == "onnxruntime":
                run, names = ort_session(job["model"], cfg["threads"])
            else:
                run, names = paddle_session(job["model"], cfg["threads"],
                                            cfg["mkldnn"])
            per_batch = {}
            for batch, path in job["inputs"].items():
                feeds = feeds_for(path, names, job["onnx_inputs"])
                first = run(feeds)
                for i, o in enumerate(first):
                    saved["%s|%s|%d" % (key, batch, i)] = np.asarray(o)
                for _ in range(job["warmup"]):
                    run(feeds)
                times = []
                for _ in range(job["runs"]):
                    t0 = time.perf_counter()
                    run(feeds)
                    times.append((time.perf_counter() - t0) * 1e3)
                per_batch[batch] = times
            results[key] = {"ms": per_batch}
        except Exception as e:  # noqa: BLE001 - reported per configuration
            line = (str(e).strip().splitlines() or [type(e).__name__])
            results[key] = {"error": "%s: %s" % (type(e).__name__, line[-1][:300])}
            if os.environ.get("X2P_BENCH_TRACEBACK"):
                traceback.print_exc()
        with open(job["result"], "w") as f:    # partial results survive a crash
            json.dump(results, f)
    np.savez(job["outputs"], **saved)


if __name__ == "__main__":
    main()
