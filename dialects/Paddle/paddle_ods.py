"""Reads the paddle dialect's ODS through `llvm-tblgen --dump-json`.

Shared by gen_kernel_table.py beside it (the dialect's kernel-type table),
lib/ProgramDesc/gen_op_table.py (the build-time slot table the ProgramDesc
exporter and importer are driven by) and scripts/paddle_op_protos.py (the
check of the dialect against Paddle's op protos), so all read the .td files
with the same rules. It lives with the dialect, which must not depend on
lib/.
"""
import json

# Paddle's AttrType numbers (framework.proto) by the ODS attribute that
# stands for each in the paddle dialect.
ATTR_TYPES = {
    "SI32Attr": 0,                        # INT
    "F32Attr": 1,                         # FLOAT
    "StrAttr": 2,                         # STRING
    "DenseI32ArrayAttr": 3,               # INTS
    "DenseF32ArrayAttr": 4,               # FLOATS
    "StrArrayAttr": 5,                    # STRINGS
    "BoolAttr": 6,                        # BOOLEAN
    "DenseBoolArrayAttr": 7,              # BOOLEANS
    "SI64Attr": 9,                        # LONG
    "DenseI64ArrayAttr": 11,              # LONGS
    "DenseF64ArrayAttr": 12,              # FLOAT64S
    "F64Attr": 15,                        # FLOAT64
}
ATTR_TYPE_NAMES = {0: "INT", 1: "FLOAT", 2: "STRING", 3: "INTS", 4: "FLOATS",
                   5: "STRINGS", 6: "BOOLEAN", 7: "BOOLEANS", 8: "BLOCK",
                   9: "LONG", 10: "BLOCKS", 11: "LONGS", 12: "FLOAT64S",
                   13: "VAR", 14: "VARS", 15: "FLOAT64", 16: "SCALAR",
                   17: "SCALARS"}


def slot_name(ods_name):
    """The Paddle slot an ODS operand/result name stands for.

    A trailing '_' keeps a slot apart from an attribute whose name differs
    only in case (reshape2's Shape slot and shape attribute)."""
    return ods_name[:-1] if ods_name.endswith("_") else ods_name


class Records:
    """The defs of an llvm-tblgen --dump-json file of the paddle dialect."""

    def __init__(self, path):
        with open(path) as f:
            self.defs = json.load(f)

    def _classes(self, name):
        return set(self.defs[name]["!superclasses"]) | {name}

    def kind(self, name):
        """('attr', base attr def) or ('operand', optional, variadic)."""
        classes = self._classes(name)
        if "Attr" in classes:
            record = self.defs[name]
            while record.get("baseAttr"):
                name = record["baseAttr"]["def"]
                record = self.defs[name]
            known = [c for c in [name] + record["!superclasses"]
                     if c in ATTR_TYPES]
            return ("attr", known[0] if known else name)
        return ("operand", "Optional" in classes, "Variadic" in classes)

    def result_kind(self, name):
        classes = self._classes(name)
        return ("Optional" in classes, "Variadic" in classes)

    def ops(self, opdesc_only=True):
        """(def name, record) of each op, OpDesc ops only by default."""
        for name in self.defs["!instanceof"]["Op"]:
            record = self.defs[name]
            if not opdesc_only or record.get("isOpDesc", 0):
                yield name, record

    def op_traits(self, record):
        return {t["def"] for t in record.get("traits", []) if "def" in t}

    def operand_index(self, record, slot):
        """(operand number, slot name) of input slot `slot` (the first
        input when empty), or None when there is no such slot or an
        optional or variadic slot comes before it (its number then depends
        on the op)."""
        index = 0
        for arg_def, arg_name in record["arguments"]["args"]:
            kind = self.kind(arg_def["def"])
            if kind[0] == "attr":
                continue
            if not slot or slot_name(arg_name) == slot:
                return index, slot_name(arg_name)
            if kind[1] or kind[2]:
                return None
            index += 1
        return None
