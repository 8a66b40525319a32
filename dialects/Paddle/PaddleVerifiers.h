//===- PaddleVerifiers.h - checks shared by paddle op verifiers -*- C++ -*-===//
//
// Many paddle ops share a run-time rule of Paddle's (the elementwise
// broadcast, an axis range, the conv attribute lists). The TableGen
// classes of those op families call these functions from their generated
// verify() methods, so each rule is written once.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_PADDLEVERIFIERS_H
#define X2P_DIALECT_PADDLE_PADDLEVERIFIERS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Operation.h"
#include "mlir/Support/LLVM.h"
#include "x2p/Support/Dims.h"

namespace x2p::Paddle::detail {

/// The ranked tensor type of `value`, or null when it is unranked.
mlir::RankedTensorType ranked(mlir::Value value);

/// True unless both dims are known and differ.
bool sameOrUnknown(int64_t a, int64_t b);

/// `axis` in [-rank, rank) moved to [0, rank); emits an error naming `what`
/// and fails when it is out of range.
mlir::FailureOr<int64_t> normalizeAxis(mlir::Operation *op, int64_t axis,
                                       int64_t rank, llvm::StringRef what);

/// Checks that `axis` is in range for `type` when it is ranked and not 0-D.
mlir::LogicalResult verifyAxis(mlir::Operation *op, mlir::Type type,
                               int64_t axis, llvm::StringRef what);

/// Checks that `type` has rank `rank` when it is ranked.
mlir::LogicalResult verifyRank(mlir::Operation *op, mlir::Value value,
                               int64_t rank, llvm::StringRef what);

/// Checks that `value` holds `count` elements when its shape is static.
mlir::LogicalResult verifyNumElements(mlir::Operation *op, mlir::Value value,
                                      int64_t count, llvm::StringRef what);

/// Checks the XShape output of reshape2-like ops: dims [0, *X.dims].
mlir::LogicalResult verifyXShape(mlir::Operation *op, mlir::Value x,
                                 mlir::Value xshape);

/// Checks that `value` is one of `allowed`, naming the attribute `what`.
mlir::LogicalResult verifyOneOf(mlir::Operation *op, llvm::StringRef what,
                                llvm::StringRef value,
                                llvm::ArrayRef<llvm::StringRef> allowed);

/// Checks that VarType code `code` (attribute `what`) names the element
/// type of `type`.
mlir::LogicalResult verifyDtype(mlir::Operation *op, llvm::StringRef what,
                                int32_t code, mlir::Type type);

/// Paddle's elementwise broadcast of operands 0 (X) and 1 (Y): the
/// lower-rank operand aligns at `axis`, or from the right for -1.
mlir::LogicalResult verifyBroadcast(mlir::Operation *op, int32_t axis);

/// reduce_*: `dims` in range and distinct, result rank per `keepDim`.
mlir::LogicalResult verifyReduce(mlir::Operation *op,
                                 llvm::ArrayRef<int32_t> dims, bool keepDim,
                                 bool reduceAll);

/// arg_max/arg_min: axis range, result rank and the `dtype` code.
mlir::LogicalResult verifyArg(mlir::Operation *op, int64_t axis, bool keepdims,
                              bool flatten, int32_t dtype);

/// What conv2d, depthwise_conv2d and conv2d_transpose have in common.
struct ConvAttrs {
  llvm::ArrayRef<int32_t> strides, paddings, dilations;
  int32_t groups;
  llvm::StringRef paddingAlgorithm, dataFormat;
};
mlir::LogicalResult verifyConv2D(mlir::Operation *op, mlir::Value input,
                                 mlir::Value filter, const ConvAttrs &attrs,
                                 bool transposed);

/// quantize_linear/dequantize_linear: quant_axis, bit_length, qmin/qmax,
/// round_type and the number of scales.
struct QuantAttrs {
  int32_t quantAxis, bitLength, qmin, qmax, roundType;
};
mlir::LogicalResult verifyQuantLinear(mlir::Operation *op, mlir::Value x,
                                      mlir::Value scale,
                                      const QuantAttrs &attrs);

} // namespace x2p::Paddle::detail

#endif // X2P_DIALECT_PADDLE_PADDLEVERIFIERS_H
