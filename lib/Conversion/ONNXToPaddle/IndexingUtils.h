//===- IndexingUtils.h - helpers of the indexing patterns -------*- C++ -*-===//
//
// What the indexing pattern files (Indexing*.cpp) share:
// a pattern base that records failures, element-type and axis checks, and
// small builders (fills, casts, broadcasting to a result shape) that the
// multi-op lowerings are made of.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_CONVERSION_ONNXTOPADDLE_INDEXINGUTILS_H
#define X2P_LIB_CONVERSION_ONNXTOPADDLE_INDEXINGUTILS_H

#include "KernelChecks.h"
#include "Patterns.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include <algorithm>
#include <limits>

namespace x2p::onnx_to_paddle {

/// `v` clamped into int32 (Paddle's INTS attributes); clamping keeps the
/// meaning of slice bounds, which are clamped to the dims anyway.
inline int32_t saturateToI32(int64_t v) {
  return static_cast<int32_t>(
      std::clamp<int64_t>(v, std::numeric_limits<int32_t>::min(),
                          std::numeric_limits<int32_t>::max()));
}

/// A conversion pattern of the indexing family, with the failure record.
template <typename SourceOp>
struct IndexingPattern : ReportingPattern<SourceOp> {
  using ReportingPattern<SourceOp>::ReportingPattern;
  using ReportingPattern<SourceOp>::failures;

  mlir::LogicalResult checkElementTypes(mlir::Operation *op) const {
    std::string what;
    if (hasPaddleTypes(op, &what))
      return mlir::success();
    return failures.fail(op, what + " has no Paddle element type");
  }

  /// `axis` of `value`'s ranked type moved into [0, rank).
  mlir::FailureOr<int64_t> normalizedAxis(mlir::Operation *op,
                                          mlir::Value value,
                                          int64_t axis) const {
    auto type = mlir::dyn_cast<mlir::RankedTensorType>(value.getType());
    if (!type)
      return failures.fail(op, "the input rank is unknown");
    int64_t rank = type.getRank();
    if (axis < -rank || axis >= rank)
      return failures.fail(op, "the axis is out of range");
    return axis < 0 ? axis + rank : axis;
  }

};


/// fill_any_like: `like`'s shape filled with `value`, of `like`'s element
/// type or `element` when given.
mlir::Value fillLike(mlir::OpBuilder &builder, mlir::Location loc,
                     mlir::Value like, double value,
                     mlir::Type element = nullptr);

/// fill_constant of static `shape`.
mlir::Value fillConstant(mlir::OpBuilder &builder, mlir::Location loc,
                         llvm::ArrayRef<int64_t> shape, mlir::Type element,
                         double value);

/// `value` cast to `element` (itself when it already has it).
mlir::Value castTo(mlir::OpBuilder &builder, mlir::Location loc,
                   mlir::Value value, mlir::Type element);

/// Each of `values` (ranked) broadcast to `shape` (numpy rules), the
/// broadcast of `values` and `others`: expand_v2 to the static shape, or,
/// when it has unknown dims, to the run-time shape of a zero tensor that
/// all of them broadcast into.
llvm::SmallVector<mlir::Value>
broadcastAll(mlir::OpBuilder &builder, mlir::Location loc,
             mlir::ValueRange values, llvm::ArrayRef<int64_t> shape,
             mlir::ValueRange others = {});

/// Dim `i` of `value` (ranked) as a 1-element int64 tensor: a constant
/// when static, else sliced from shape(value).
mlir::Value dimSize(mlir::OpBuilder &builder, mlir::Location loc,
                    mlir::Value value, int64_t i);

/// range(0, dim) of dim `i` of `value` (ranked), as a 1-D int64 tensor:
/// from a constant end when the dim is static, else from shape(value).
mlir::Value dimRange(mlir::OpBuilder &builder, mlir::Location loc,
                     mlir::Value value, int64_t i);


} // namespace x2p::onnx_to_paddle

#endif // X2P_LIB_CONVERSION_ONNXTOPADDLE_INDEXINGUTILS_H
