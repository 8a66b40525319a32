"""Running a function in a forked child, so that a crash inside Paddle (it
has segfaulted on malformed programs) or a hang fails one case, not the whole
run. The parent should import Paddle before forking so children start warm.
"""
import os
import pickle
import signal
import traceback


class CaseError(RuntimeError):
    """The case failed: an exception in the child, a crash or a timeout."""


def call_forked(fn, *args, timeout=None):
    """fn(*args) in a forked child; its (picklable) result, or CaseError
    with the child's exception text, the signal that killed it, or the
    timeout."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        if timeout:
            signal.alarm(int(timeout))
        try:
            payload = (True, fn(*args))
        except Exception as e:  # noqa: BLE001 - reported to the parent
            detail = "%s: %s" % (type(e).__name__, e) \
                if isinstance(e, (AssertionError, RuntimeError, ValueError)) \
                else traceback.format_exc()
            payload = (False, detail.strip() or type(e).__name__)
        with os.fdopen(write_end, "wb") as pipe:
            pickle.dump(payload, pipe)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            if sig == signal.SIGALRM:
                raise CaseError("timed out after %s s" % timeout)
            raise CaseError("Paddle crashed (signal %d)" % sig)
        raise CaseError("the case process exited with status %d" % status)
    ok, value = pickle.loads(data)
    if not ok:
        raise CaseError(value)
    return value
