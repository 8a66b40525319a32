"""Compares x2p's framework.proto with the one the installed Paddle ships.

Every message, field (name, number, label, type, message/enum type, default)
and enum value of Paddle's paddle/base/proto/framework_pb2 must be in x2p's
descriptor set with the same definition, and x2p must define nothing Paddle
lacks. Prints one line per difference and a summary.
"""
import os
import sys

os.environ.setdefault("GLOG_minloglevel", "3")
from google.protobuf import descriptor_pb2  # noqa: E402


def flatten(file_proto):
    """{path: definition} of every message field and enum value."""
    out = {}

    def enum(prefix, e):
        for v in e.value:
            out["%s.%s" % (prefix, v.name)] = ("enum value", v.number)

    def message(prefix, m):
        out[prefix] = ("message",)
        for f in m.field:
            out["%s.%s" % (prefix, f.name)] = (
                "field", f.number, f.label, f.type,
                f.type_name.split(".")[-1],
                f.default_value if f.HasField("default_value") else None)
        for e in m.enum_type:
            enum("%s.%s" % (prefix, e.name), e)
        for n in m.nested_type:
            message("%s.%s" % (prefix, n.name), n)

    for e in file_proto.enum_type:
        enum(e.name, e)
    for m in file_proto.message_type:
        message(m.name, m)
    return out


def main(ours_path):
    from paddle.base.proto import framework_pb2
    theirs = descriptor_pb2.FileDescriptorProto()
    framework_pb2.DESCRIPTOR.CopyToProto(theirs)
    ours_set = descriptor_pb2.FileDescriptorSet()
    with open(ours_path, "rb") as f:
        ours_set.ParseFromString(f.read())
    ours = ours_set.file[0]
    differences = []
    if ours.package != theirs.package:
        differences.append("package %s, Paddle's is %s"
                           % (ours.package, theirs.package))
    a, b = flatten(ours), flatten(theirs)
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            differences.append("%s: x2p %s, Paddle %s"
                               % (key, a.get(key), b.get(key)))
    for d in differences:
        print("difference: " + d)
    print("framework.proto: %d definitions compared, %d differences"
          % (len(b), len(differences)))
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
