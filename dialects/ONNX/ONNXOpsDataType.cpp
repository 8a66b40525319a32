//===- ONNXOpsDataType.cpp - ops whose result type an attribute names ----===//
//
// Cast's `to` and the `dtype` of the generator ops name the result's element
// type by TensorProto number; the "Like" ops without `dtype` take the
// input's. A result type that contradicts the attribute would make every
// later stage (shape inference, conversion, export) wrong, so it is an error
// here.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/ONNX/ONNXDataType.h"
#include "x2p/Dialect/ONNX/ONNXOps.h"

#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace x2p::ONNX;

/// Checks that `result`'s element type is the one data type `dataType` of
/// attribute `name` names or, when the attribute is absent, `like`'s.
static LogicalResult verifyResultDataType(Operation *op, StringRef name,
                                          std::optional<int64_t> dataType,
                                          Value result, Value like = {}) {
  Type expected;
  if (dataType) {
    expected = getElementTypeOfDataType(op->getContext(), *dataType);
    if (!expected)
      return op->emitOpError() << "attribute '" << name << "' is " << *dataType
                               << ", not an ONNX data type";
  } else if (like) {
    expected = getElementTypeOrSelf(like.getType());
  } else {
    return success();
  }
  Type actual = getElementTypeOrSelf(result.getType());
  if (actual != expected)
    return op->emitOpError()
           << "result element type " << actual << " differs from " << expected
           << (dataType ? " named by '" + name.str() + "'"
                        : std::string(" of the input"));
  return success();
}

LogicalResult CastOp::verify() {
  return verifyResultDataType(*this, "to", getTo(), getOutput());
}

LogicalResult EyeLikeOp::verify() {
  return verifyResultDataType(*this, "dtype", getDtype(), getOutput(),
                              getInput());
}

LogicalResult RandomNormalOp::verify() {
  return verifyResultDataType(*this, "dtype", getDtype(), getOutput());
}

LogicalResult RandomUniformOp::verify() {
  return verifyResultDataType(*this, "dtype", getDtype(), getOutput());
}

LogicalResult RandomNormalLikeOp::verify() {
  return verifyResultDataType(*this, "dtype", getDtype(), getOutput(),
                              getInput());
}

LogicalResult RandomUniformLikeOp::verify() {
  return verifyResultDataType(*this, "dtype", getDtype(), getOutput(),
                              getInput());
}

LogicalResult MultinomialOp::verify() {
  return verifyResultDataType(*this, "dtype", getDtype(), getOutput());
}

LogicalResult BernoulliOp::verify() {
  return verifyResultDataType(*this, "dtype", getDtype(), getOutput(),
                              getInput());
}
