"""The markdown tables of the peer benchmark (bench/peers/run.py's JSON ->
bench/results/peers.md): machine, models, conversion time and memory with
the floor, op counts, latency, accuracy, the large model. Every figure is
"median (min–max)"; ratios x2p/X2Paddle and x2p/floor are taken pair-wise
per conversion round, latency ratios from the medians of the same run.
"""
from measure import fmt, pairwise, stats

NAMES = {"x2p": "x2p", "x2p-unfused": "x2p unfused", "x2paddle": "X2Paddle",
         "onnxruntime": "onnxruntime"}


def failed(tool, why):
    return "%s failed: %s" % (NAMES[tool], why.replace("|", "\\|"))


def conv_cell(conv, tool, key, digits=3, reason=True):
    r = conv.get(tool)
    if r is None:
        return "not run"
    if r.get("error"):
        # The reason once per model (time table); "failed" elsewhere.
        return failed(tool, r["error"]) if reason else "%s failed" % NAMES[tool]
    return fmt(stats(r[key]), digits)


def ratio_cell(conv, a, b, key):
    ra, rb = conv.get(a), conv.get(b)
    if not ra or not rb or ra.get("error") or rb.get("error"):
        return "—"
    return fmt(stats(pairwise(ra[key], rb[key])), 3) + "×"


def floor_ratio(conv, key):
    r = conv.get("x2p")
    if not r or r.get("error"):
        return "—"
    return fmt(stats(pairwise(r[key], conv["floor"]["wall_s"])), 3) + "×"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |",
             "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def mb(n):
    return "%.1f" % (n / 1e6)


def markdown(result):
    m = result["machine"]
    s = result["settings"]
    cases = [c for c in result["cases"] if not c.get("large")]
    large = [c for c in result["cases"] if c.get("large")]
    out = ["# x2p vs X2Paddle vs onnxruntime%s%s\n" %
           (" (quick smoke run)" if s.get("quick") else "",
            " — PARTIAL, run still going or stopped" if result.get("partial")
            else "")]
    out.append("\n")
    out.append(headline(result))
    out.append("\n## Machine\n\n")
    out.append(table(["what", "value"], [
        ("CPU", m["cpu"]), ("cores", m["cores"]),
        ("memory", "%s GiB" % m["memory_gib"]), ("kernel", m["kernel"]),
        ("date", m["date"]),
        ("load average (1, 5, 15 min) at start / end", "%s / %s" % (
            ", ".join(map(str, m["load_average_at_start"])),
            ", ".join(map(str, m.get("load_average_at_end", []))))),
        ("duration", "%s s" % m.get("duration_s", "?")),
    ] + [(k, v) for k, v in m["versions"].items()]))
    out.append("\nSettings: conversion rounds: %d; latency: %d warm-up + %d "
               "timed runs, threads %s, batch %s, MKLDNN %s, timed at opset %s. "
               "%s\n" % (s["conversion_rounds"], s["warmup"], s["latency_runs"],
                         ",".join(map(str, s["threads"])),
                         ",".join(map(str, s["batches"])),
                         "/".join(s["mkldnn"]),
                         ",".join(map(str, s["latency_opsets"])),
                         s.get("note") or ""))
    if result.get("generation_failures"):
        out.append("\nModel generation failed for: %s\n" %
                   ", ".join(result["generation_failures"]))

    out.append("\n## Models\n\n")
    out.append(table(["model", "opset", "source", "ONNX nodes", "parameters",
                      "ONNX size (MB)", "inputs (batch 8)"],
                     [(c["model"], c["opset"], c.get("source", "—"),
                       c.get("nodes", "—"), "{:,}".format(c["parameters"])
                       if "parameters" in c else "—",
                       mb(c["conversion"]["model_bytes"]) if "conversion" in c
                       else c.get("error", "—"),
                       ", ".join("%s %s" % (k, "×".join(map(str, v))) for k, v in
                                 c.get("input_shapes", {}).get("8", {}).items()))
                      for c in result["cases"]]))

    conv = [c for c in cases if "conversion" in c]
    out.append("\n## 1. Conversion wall time (s)\n\nFloor: `cat` of the ONNX "
               "file(s) + `cp` of a file of the parameter bytes, page cache "
               "warm. Ratios pair-wise per round.\n\n")
    out.append(table(["model", "opset", "floor", "x2p", "X2Paddle",
                      "x2p/X2Paddle", "x2p/floor"],
                     [(c["model"], c["opset"],
                       fmt(stats(c["conversion"]["floor"]["wall_s"])),
                       conv_cell(c["conversion"], "x2p", "wall_s"),
                       conv_cell(c["conversion"], "x2paddle", "wall_s"),
                       ratio_cell(c["conversion"], "x2p", "x2paddle", "wall_s"),
                       floor_ratio(c["conversion"], "wall_s"))
                      for c in conv]))
    out.append("\n## 2. Conversion peak RSS (MB)\n\n")
    out.append(table(["model", "opset", "ONNX size", "x2p", "X2Paddle",
                      "x2p/X2Paddle", "x2p RSS/ONNX size"],
                     [(c["model"], c["opset"], mb(c["conversion"]["model_bytes"]),
                       conv_cell(c["conversion"], "x2p", "rss_mb", 4, False),
                       conv_cell(c["conversion"], "x2paddle", "rss_mb", 4, False),
                       ratio_cell(c["conversion"], "x2p", "x2paddle", "rss_mb"),
                       rss_ratio(c["conversion"]))
                      for c in conv]))

    out.append("\n## 3. Exported programs: op count (feed/fetch excluded)\n\n")
    out.append(table(["model", "opset", "ONNX nodes", "x2p ops",
                      "x2p unfused ops", "X2Paddle ops",
                      "x2p's most used op types", "X2Paddle's most used"],
                     [(c["model"], c["opset"], c["nodes"],
                       ops_cell(c["conversion"], "x2p"),
                       ops_cell(c["conversion"], "x2p-unfused"),
                       ops_cell(c["conversion"], "x2paddle"),
                       top_types(c["conversion"].get("x2p", {})),
                       top_types(c["conversion"].get("x2paddle", {})))
                      for c in conv]))

    out.append("\n## 4. Latency (ms per run: feed + run + fetch)\n\nx2p's and "
               "X2Paddle's programs both run in the Paddle Inference of the "
               "main environment (CPU); onnxruntime (CPU provider, sequential, "
               "its MKLDNN column is the same run) on the source ONNX. Ratios "
               "of medians.\n\n")
    rows = []
    for c in cases:
        lat = c.get("latency")
        if not lat or c["opset"] not in s["latency_opsets"]:
            continue
        for b in s["batches"]:
            for t in s["threads"]:
                for mk in s["mkldnn"]:
                    key = "t%d-%s" % (t, "mkldnn" if mk == "on" else "plain")
                    x = lat_stats(c, "x2p", key, b)
                    u = lat_stats(c, "x2p-unfused", key, b)
                    y = lat_stats(c, "x2paddle", key, b)
                    o = lat_stats(c, "onnxruntime", "t%d" % t, b)
                    rows.append((c["model"], c["opset"], b, t, mk,
                                 lat_cell(c, "x2p", x),
                                 lat_cell(c, "x2p-unfused", u),
                                 lat_cell(c, "x2paddle", y),
                                 lat_cell(c, "onnxruntime", o),
                                 med_ratio(x, u), med_ratio(x, y),
                                 med_ratio(x, o), med_ratio(y, o)))
    out.append(table(["model", "opset", "batch", "threads", "MKLDNN", "x2p",
                      "x2p unfused", "X2Paddle", "onnxruntime",
                      "x2p/unfused", "x2p/X2Paddle", "x2p/ORT",
                      "X2Paddle/ORT"], rows))

    out.append("\n## 5. Accuracy against onnxruntime (same inputs)\n\nmax abs "
               "diff, and max abs diff / max |onnxruntime output| (rel), over "
               "all outputs; Paddle with the first thread count (1 by default), "
               "onnxruntime with 1 thread as the reference."
               "\n\n")
    rows = []
    for c in cases:
        acc = c.get("accuracy") or {}
        timed = c["opset"] in s["latency_opsets"]
        for b in s["batches"]:
            for mk in (s["mkldnn"] if timed else ["off"]):
                key = "t%d-%s" % (s["threads"][0] if timed else 1,
                                  "mkldnn" if mk == "on" else "plain")
                cells = [acc_cell(c, acc, tool, key, b) for tool in
                         ("x2p", "x2p-unfused", "x2paddle")]
                if all(x == "—" for x in cells):
                    continue
                rows.append((c["model"], c["opset"], b, mk) + tuple(cells))
    out.append(table(["model", "opset", "batch", "MKLDNN",
                      "x2p abs / rel", "x2p unfused abs / rel",
                      "X2Paddle abs / rel"], rows))

    if large:
        out.append("\n## 6. Large model with external data (x2p alone)\n\n")
        rows = []
        for c in large:
            if "conversion" not in c:
                rows.append((c["model"], "—", "—", c.get("error"), "—", "—", "—"))
                continue
            cv = c["conversion"]
            rows.append((c["model"], mb(cv["model_bytes"]),
                         fmt(stats(cv["floor"]["wall_s"])),
                         conv_cell(cv, "x2p", "wall_s"), floor_ratio(cv, "wall_s"),
                         conv_cell(cv, "x2p", "rss_mb", 4, False), rss_ratio(cv)))
        out.append(table(["model", "ONNX + data (MB)", "floor (s)", "x2p (s)",
                          "x2p/floor", "x2p peak RSS (MB)", "RSS/size"], rows))
    return "".join(out)


def rss_ratio(conv):
    r = conv.get("x2p")
    if not r or r.get("error"):
        return "—"
    size_mb = conv["model_bytes"] / 2 ** 20
    return fmt(stats([v / size_mb for v in r["rss_mb"] if v]), 3) + "×"


def ops_cell(conv, tool):
    r = conv.get(tool)
    if r is None:
        return "not run"
    if r.get("error") or "ops" not in r:
        return "—"
    return r["ops"]["total"]


def top_types(r, n=6):
    if not r or "ops" not in r:
        return "—"
    types = sorted(r["ops"]["types"].items(), key=lambda kv: -kv[1])
    return ", ".join("%s×%d" % kv for kv in types[:n]) + (
        ", …" if len(types) > n else "")


def lat_stats(c, tool, key, batch):
    r = (c.get("latency") or {}).get(tool, {}).get(key)
    if not r or "ms" not in r:
        return None
    return stats(r["ms"].get(str(batch), []))


def lat_cell(c, tool, st):
    if st:
        return fmt(st, 3)
    conv = c["conversion"].get(tool)
    if tool != "onnxruntime" and conv is None:
        return "not run"
    if conv and conv.get("error"):
        return "%s failed" % NAMES[tool]
    errs = [v.get("error") for v in (c.get("latency") or {}).get(tool, {}).values()
            if v.get("error")]
    return ("error: " + errs[0].replace("|", "\\|")) if errs else "—"


def med_ratio(a, b):
    if not a or not b or not b["median"]:
        return "—"
    return "%.3g×" % (a["median"] / b["median"])


def acc_cell(c, acc, tool, key, batch):
    conv = c["conversion"].get(tool)
    if conv is None:
        return "—"
    if conv.get("error"):
        return "%s failed" % NAMES[tool]
    d = acc.get(tool, {}).get(key, {}).get(str(batch))
    if not d:
        err = (c.get("latency") or {}).get(tool, {}).get(key, {}).get("error")
        return ("Paddle error: " + err.replace("|", "\\|")) if err else "—"
    if "error" in d:
        return d["error"]
    if not d.get("outputs"):
        return "—"
    return "%.2g / %.2g" % (d["max_abs"], d["max_rel"])


def geomean(values):
    import math
    values = [v for v in values if v and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def headline(result):
    """The ratios docs/performance.md quotes: geometric means over the
    models (and latency settings) where both sides have a figure, with the
    range of the per-case medians."""
    s = result["settings"]
    cases = [c for c in result["cases"] if "conversion" in c and not c.get("large")]
    rows = []

    def add(what, per_case):
        per_case = [v for v in per_case if v]
        if not per_case:
            rows.append((what, "—", "0"))
            return
        rows.append((what, "%.3g× (%.3g–%.3g)" % (geomean(per_case), min(per_case),
                                                 max(per_case)), len(per_case)))

    def conv_ratio(c, a, b, key):
        ra, rb = c["conversion"].get(a), c["conversion"].get(b)
        if not ra or not rb or ra.get("error") or rb.get("error"):
            return None
        st = stats(pairwise(ra[key], rb[key]))
        return st and st["median"]

    def floor_r(c):
        r = c["conversion"].get("x2p")
        if not r or r.get("error"):
            return None
        st = stats(pairwise(r["wall_s"], c["conversion"]["floor"]["wall_s"]))
        return st and st["median"]

    def lat_ratios(a, b):
        out = []
        for c in cases:
            if c["opset"] not in s["latency_opsets"]:
                continue
            for key in (c.get("latency") or {}).get(a, {}):
                for bt in s["batches"]:
                    x = lat_stats(c, a, key, bt)
                    y = lat_stats(c, b, key if b != "onnxruntime" else
                                  key.split("-")[0], bt)
                    if x and y and y["median"]:
                        out.append(x["median"] / y["median"])
        return out

    add("conversion time x2p/X2Paddle", [conv_ratio(c, "x2p", "x2paddle", "wall_s")
                                         for c in cases])
    add("conversion time x2p/floor", [floor_r(c) for c in cases])
    add("conversion peak RSS x2p/X2Paddle", [conv_ratio(c, "x2p", "x2paddle", "rss_mb")
                                             for c in cases])
    add("Paddle latency of x2p's program / x2p unfused",
        lat_ratios("x2p", "x2p-unfused"))
    add("Paddle latency of x2p's program / X2Paddle's", lat_ratios("x2p", "x2paddle"))
    add("Paddle latency of x2p's program / onnxruntime", lat_ratios("x2p", "onnxruntime"))
    add("Paddle latency of X2Paddle's program / onnxruntime",
        lat_ratios("x2paddle", "onnxruntime"))
    large = [c for c in result["cases"] if "conversion" in c and c.get("large")]
    if large:
        add("large model: conversion time x2p/floor", [floor_r(c) for c in large])
        add("large model: x2p peak RSS / ONNX + data size",
            [(stats([v / (c["conversion"]["model_bytes"] / 2 ** 20)
                     for v in c["conversion"]["x2p"]["rss_mb"] if v]) or
              {}).get("median") for c in large
             if not c["conversion"]["x2p"].get("error")])
    return ("## Headline\n\nGeometric mean (range) of the per-model medians "
            "(latency: per model, batch, threads and MKLDNN setting) where both "
            "sides have a figure; n: how many.\n\n" +
            table(["ratio", "geomean (min–max)", "n"], rows))
