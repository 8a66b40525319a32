//===- Patterns.td - structural onnx canonicalizations ---*- tablegen -*-===//
//
// The --onnx-canonicalize patterns that are pure structure, in DRR; those
// that compute (constant folding, Dropout's mask) are C++.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_ONNX_CANONICALIZE_PATTERNS_TD
#define X2P_TRANSFORMS_ONNX_CANONICALIZE_PATTERNS_TD

include "mlir/IR/PatternBase.td"
include "dialects/ONNX/ONNXOps.td"

// Identity forwards its input; SameOperandsAndResultType makes the
// replacement type-exact.
def RemoveIdentity : Pat<(ONNX_IdentityOp $input), (replaceWithValue $input)>;

#endif // X2P_TRANSFORMS_ONNX_CANONICALIZE_PATTERNS_TD
