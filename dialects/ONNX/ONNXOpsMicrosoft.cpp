//===- ONNXOpsMicrosoft.cpp - verifiers of the com.microsoft ops ----------===//
//
// The contrib ops' attributes that the types cannot state: Attention's head
// count and Q/K/V hidden sizes must divide its packed weights, which every
// consumer (shape inference, the conversion) relies on.
//
//===----------------------------------------------------------------------===//
#include "ONNXVerifierUtils.h"
#include "x2p/Dialect/ONNX/ONNXOps.h"

using namespace mlir;
using namespace x2p::ONNX;

LogicalResult MSAttentionOp::verify() {
  int64_t heads = getNumHeads();
  if (heads < 1)
    return emitOpError() << "num_heads must be >= 1, got " << heads;
  if (failed(verifyFlag(*this, "unidirectional", getUnidirectional())))
    return failure();
  int64_t total = ShapedType::kDynamic;
  if (auto w = dyn_cast<RankedTensorType>(getWeights().getType())) {
    if (w.getRank() != 2)
      return emitOpError() << "weights must be 2-D, got rank " << w.getRank();
    total = w.getDimSize(1);
  }
  if (std::optional<ArrayRef<int64_t>> sizes = getQkvHiddenSizes()) {
    if (sizes->size() != 3)
      return emitOpError() << "qkv_hidden_sizes must have 3 entries, got "
                           << sizes->size();
    for (int64_t s : *sizes)
      if (s < 1 || s % heads != 0)
        return emitOpError() << "qkv_hidden_sizes entries must be positive "
                                "multiples of num_heads ("
                             << heads << "), got " << s;
    if ((*sizes)[0] != (*sizes)[1])
      return emitOpError("qkv_hidden_sizes: Q and K must have the same size");
    int64_t sum = (*sizes)[0] + (*sizes)[1] + (*sizes)[2];
    if (!ShapedType::isDynamic(total) && total != sum)
      return emitOpError() << "weights have " << total
                           << " columns, qkv_hidden_sizes sum to " << sum;
  } else if (!ShapedType::isDynamic(total) &&
             (total % 3 != 0 || (total / 3) % heads != 0)) {
    return emitOpError() << "weights' " << total
                         << " columns are not three equal multiples of "
                            "num_heads ("
                         << heads << ")";
  }
  return success();
}
