"""Timing, memory and failure-reason helpers of bench/peers/run.py.

Kept apart from run.py so the orchestration reads in one sitting: running a
command under wait4 from a small launcher (wall time and the command's own
peak RSS), summarising repeated figures as median with min-max, and turning
a converter's output into the one-line reason a table cell can carry.
"""
import os
import re
import statistics
import signal
import subprocess
import sys


# The process that starts each measured command: a bare interpreter (-S, a
# few MB). A child's ru_maxrss starts at the RSS of the process it was forked
# from (Linux keeps the old image's high-water mark across exec), so forking
# converters from run.py, which has Paddle loaded (~300 MB), would report at
# least that much for every one of them.
LAUNCHER = r"""
import os, sys, time
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, ru = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    f.write("%r %r %d" % (time.perf_counter() - t0, ru.ru_maxrss,
                          os.waitstatus_to_exitcode(status)))
"""


def timed(cmd, log_path, timeout=None, env=None):
    """Runs cmd with stdout+stderr into log_path. Returns (wall seconds,
    peak RSS in MB of the process itself, exit code); exit code 124 on a
    timeout. Peak RSS is wait4's ru_maxrss, what /usr/bin/time -v reports;
    the wall time is taken around fork + exec + wait in the launcher."""
    stamp = log_path + ".rusage" if log_path != "/dev/null" else \
        "/tmp/x2p-bench-rusage-%d" % os.getpid()
    if os.path.exists(stamp):
        os.remove(stamp)
    with open(log_path, "wb") as log:
        p = subprocess.Popen([sys.executable, "-S", "-c", LAUNCHER, stamp] +
                             list(cmd), stdout=log, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL, env=env,
                             start_new_session=True)
        try:
            p.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
            return None, None, 124
    try:
        with open(stamp) as f:
            wall, rss_kb, rc = f.read().split()
        os.remove(stamp)
    except (OSError, ValueError):
        return None, None, p.returncode or 1
    return float(wall), int(rss_kb) / 1024.0, int(rc)


def stats(values):
    """{"median", "min", "max", "n"} of a list of numbers (None if empty)."""
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values),
            "max": max(values), "n": len(values)}


def fmt(s, digits=3, unit=""):
    """'median (min-max)' of a stats dict; '—' for None."""
    if not s:
        return "—"
    def f(v):
        if v == 0:
            return "0"
        if abs(v) >= 100:
            return "%.0f" % v
        return "%.*g" % (digits, v)
    if s["n"] == 1 or s["min"] == s["max"]:
        return "%s%s" % (f(s["median"]), unit)
    return "%s%s (%s–%s)" % (f(s["median"]), unit, f(s["min"]), f(s["max"]))


def pairwise(a, b):
    """Ratios a[i]/b[i] over the rounds where both were measured."""
    return [x / y for x, y in zip(a, b) if x is not None and y]


def one_line(text, limit=160):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def x2p_reason(log_text, rc):
    """Why x2p failed, in one line: the ops it could not convert, else its
    first error lines, else the exit status."""
    ops = {}
    errors = []
    for line in log_text.splitlines():
        if "error:" not in line:
            continue
        msg = line.split("error:", 1)[1].strip()
        errors.append(msg)
        m = re.search(r"cannot convert '(?:onnx\.)?([^']+)'", msg)
        if m:
            ops[m.group(1)] = ops.get(m.group(1), 0) + 1
    if ops:
        return one_line("unconverted ONNX ops: " + ", ".join(
            "%s×%d" % kv for kv in sorted(ops.items())), 240)
    if errors:
        return one_line("; ".join(errors[:2]))
    if rc == 124:
        return "timed out"
    if rc < 0:
        return "killed by signal %d" % -rc
    last = [l for l in log_text.splitlines() if l.strip()]
    return one_line("exit %d%s" % (rc, (": " + last[-1]) if last else ""))


def x2paddle_reason(log_text, rc):
    """Why X2Paddle failed, in one line: its unsupported opset and ops, else
    the last line of its traceback."""
    parts = []
    m = re.search(r"opset_verison of your onnx model is (\d+)", log_text)
    if m and int(m.group(1)) > 15:
        parts.append("opset %s (X2Paddle reads 7-15)" % m.group(1))
    if "OPs are not supported yet" in log_text:
        tail = log_text.split("OPs are not supported yet", 1)[1]
        ops = re.findall(r"^=+ (\S+) =+$", tail, re.M)
        if ops:
            parts.append("unsupported ops: " + ", ".join(ops))
    if parts:
        return one_line("; ".join(parts))
    if rc == 124:
        return "timed out"
    if rc < 0:
        return "killed by signal %d" % -rc
    lines = [l.strip() for l in log_text.splitlines() if l.strip()]
    errs = [l for l in lines if re.match(r"^[\w.]*(Error|Exception)\b", l)]
    return one_line("exit %d: %s" % (rc, (errs or lines or ["no output"])[-1]))
