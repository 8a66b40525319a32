#!/usr/bin/env python3
"""Holds the paddle dialect against the op protos of the installed Paddle.

The paddle dialect promises that every op is a Paddle OpDesc type whose
operands, results and attributes carry Paddle's slot names, attribute names
and attribute types, so that export and import are generic code. This script
checks that promise; CI runs it (test/Dialect/Paddle/op-protos.test), so a
drift between the dialect and Paddle fails a test instead of a user's model.

  paddle_op_protos.py check OPS.json   OPS.json: llvm-tblgen --dump-json of
                                        dialects/Paddle/PaddleOps.td
  paddle_op_protos.py show TYPE...     print Paddle's proto of op TYPE, to
                                        write a new op's ODS from it
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "dialects", "Paddle"))
from paddle_ods import (Records, slot_name, ATTR_TYPES,  # noqa: E402
                        ATTR_TYPE_NAMES)


def load_protos():
    os.environ.setdefault("GLOG_minloglevel", "3")
    from paddle.base import framework  # noqa: E402 (slow import, only here)
    return {p.type: p for p in framework.get_all_op_protos()}


def check(json_path):
    records = Records(json_path)
    protos = load_protos()
    from paddle.base import core
    versions = core.get_op_version_map()
    errors, count = [], 0
    for def_name, record in records.ops():
        count += 1
        op = record["opName"]
        proto = protos.get(op)
        where = "%s (paddle.%s)" % (def_name, op)
        if proto is None:
            errors.append("%s: Paddle has no op type '%s'" % (where, op))
            continue
        want_version = versions[op].version_id() if op in versions else 0
        if record.get("opVersion", 0) != want_version:
            errors.append("%s: opVersion is %d here but %d in Paddle's "
                          "op_version_map (set `let opVersion = %d;`)"
                          % (where, record.get("opVersion", 0), want_version,
                             want_version))
        inputs = {v.name: v for v in proto.inputs}
        outputs = {v.name: v for v in proto.outputs}
        attrs = {a.name: a for a in proto.attrs}
        seen_in, seen_out = set(), set()
        for arg_def, arg_name in record["arguments"]["args"]:
            kind = records.kind(arg_def["def"])
            if kind[0] == "attr":
                proto_attr = attrs.get(arg_name)
                want = ATTR_TYPES.get(kind[1])
                if proto_attr is None:
                    errors.append("%s: attribute '%s' is not an attribute of "
                                  "Paddle's %s" % (where, arg_name, op))
                elif want != proto_attr.type:
                    errors.append("%s: attribute '%s' is %s (%s) here but %s "
                                  "in Paddle" % (where, arg_name, kind[1],
                                  ATTR_TYPE_NAMES.get(want, "unmapped"),
                                  ATTR_TYPE_NAMES[proto_attr.type]))
                continue
            name = slot_name(arg_name)
            seen_in.add(name)
            var = inputs.get(name)
            if var is None:
                errors.append("%s: operand '%s' is not an input slot of "
                              "Paddle's %s" % (where, name, op))
                continue
            _, optional, variadic = kind
            if optional != var.dispensable and not variadic:
                errors.append("%s: input '%s' is %s here but %s in Paddle"
                              % (where, name,
                                 "optional" if optional else "required",
                                 "dispensable" if var.dispensable else "required"))
            if variadic != var.duplicable:
                errors.append("%s: input '%s' is %s here but %s in Paddle"
                              % (where, name,
                                 "variadic" if variadic else "single",
                                 "duplicable" if var.duplicable else "single"))
        for res_def, res_name in record["results"]["args"]:
            name = slot_name(res_name)
            seen_out.add(name)
            if name not in outputs:
                errors.append("%s: result '%s' is not an output slot of "
                              "Paddle's %s" % (where, name, op))
        for name, var in inputs.items():
            if not var.dispensable and name not in seen_in:
                errors.append("%s: Paddle's required input '%s' is missing"
                              % (where, name))
        for name, var in outputs.items():
            if not var.dispensable and name not in seen_out:
                errors.append("%s: Paddle's required output '%s' is missing"
                              % (where, name))
    for e in errors:
        print("error: " + e)
    print("checked %d paddle ops against Paddle's op protos: %d errors"
          % (count, len(errors)))
    return 1 if errors or count == 0 else 0


def show(types):
    protos = load_protos()
    for t in types:
        p = protos.get(t)
        if p is None:
            print("%s: no such op type" % t)
            continue
        print(t)
        for kind, vars_ in (("in", p.inputs), ("out", p.outputs)):
            for v in vars_:
                flags = [f for f, on in (("dispensable", v.dispensable),
                                         ("duplicable", v.duplicable),
                                         ("intermediate", v.intermediate)) if on]
                print("  %-4s %-20s %s" % (kind, v.name, " ".join(flags)))
        for a in p.attrs:
            if not a.generated and not a.name.startswith("op_"):
                print("  attr %-20s %s" % (a.name, ATTR_TYPE_NAMES[a.type]))


def main(argv):
    if len(argv) >= 3 and argv[1] == "check":
        return check(argv[2])
    if len(argv) >= 3 and argv[1] == "show":
        show(argv[2:])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
