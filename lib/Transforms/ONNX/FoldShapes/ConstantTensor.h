//===- ConstantTensor.h - constant tensors the folders use ------*- C++ -*-===//
//
// Shape subgraphs carry a handful of integers; folding them needs their
// values in a form that is easy to index and to compute on, and back into
// an onnx.Constant. Integers are kept exactly (Slice ends such as INT64_MAX
// must survive), floats as doubles.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_TRANSFORMS_ONNX_CONSTANTTENSOR_H
#define X2P_LIB_TRANSFORMS_ONNX_CONSTANTTENSOR_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace x2p::ONNX::fold {

struct ConstantTensor {
  llvm::SmallVector<int64_t, 4> shape;
  mlir::Type elementType;
  llvm::SmallVector<int64_t> ints;  // integer and i1 element types
  llvm::SmallVector<double> floats; // float element types

  bool isFloat() const { return llvm::isa<mlir::FloatType>(elementType); }
  int64_t size() const { return isFloat() ? floats.size() : ints.size(); }
  double asDouble(int64_t i) const {
    return isFloat() ? floats[i] : double(ints[i]);
  }
  /// Appends element `i` of `from` (converting to this element type).
  void push(const ConstantTensor &from, int64_t i);
  void pushInt(int64_t v);
  void pushDouble(double v);
};

/// The value of `v` when it is a constant of at most `maxElements`
/// elements of an int, i1 or f16/f32/f64/bf16 type, or a 1-D integer
/// value that shapeValueOf() knows completely.
std::optional<ConstantTensor> getConstant(mlir::Value v, int64_t maxElements);

/// The attribute for `t` (nullopt for element types it cannot write).
std::optional<mlir::DenseElementsAttr> toAttr(const ConstantTensor &t);

/// Row-major strides of `shape`.
llvm::SmallVector<int64_t, 4> stridesOf(llvm::ArrayRef<int64_t> shape);

} // namespace x2p::ONNX::fold

#endif // X2P_LIB_TRANSFORMS_ONNX_CONSTANTTENSOR_H
