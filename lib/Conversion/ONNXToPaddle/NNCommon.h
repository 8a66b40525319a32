//===- NNCommon.h - helpers of the conv/norm/NN pattern files ---*- C++ -*-===//
//
// Conv.cpp, Norm.cpp and NN.cpp all reshape around Paddle ops that take a
// fixed rank (a 1-D conv runs as a 2-D one, a LayerNormalization scale is
// flattened), and all turn ONNX's int64 attribute lists into Paddle's INTS.
// These few builders are shared by those files only.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_CONVERSION_ONNXTOPADDLE_NNCOMMON_H
#define X2P_LIB_CONVERSION_ONNXTOPADDLE_NNCOMMON_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/PatternMatch.h"

#include "Patterns.h"

#include <optional>
#include <string>

namespace x2p::onnx_to_paddle::nn {

/// `values` as Paddle INTS; nullopt when one does not fit in int32.
std::optional<llvm::SmallVector<int32_t>> toI32(llvm::ArrayRef<int64_t> values);

/// The dims a normalization over `axis` and every later dim reduces, and
/// the shape its statistics keep (the leading dims of `type`, then 1s):
/// LayerNormalization's and RMSNormalization's Mean/InvStdDev shape.
struct NormalizedDims {
  llvm::SmallVector<int32_t> dims;
  llvm::SmallVector<int64_t> statShape;
};
NormalizedDims normalizedDims(mlir::RankedTensorType type, int64_t axis);

/// unsqueeze2(x, axes), result type derived from x's.
mlir::Value unsqueeze(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                      llvm::ArrayRef<int32_t> axes);

/// squeeze2(x, axes) with the given result type.
mlir::Value squeeze(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                    llvm::ArrayRef<int32_t> axes, mlir::Type resultType);

/// reshape2(x, shape) with the given result type.
mlir::Value reshape(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                    llvm::ArrayRef<int32_t> shape, mlir::Type resultType);

/// A tensor type of `shape` with `like`'s element type.
mlir::RankedTensorType tensorLike(llvm::ArrayRef<int64_t> shape,
                                  mlir::Value like);

/// A sliding window (conv or pool) over the spatial dims, in ONNX's terms.
struct Window {
  llvm::SmallVector<int64_t> kernel, strides, dilations, padsBegin, padsEnd;
  /// "EXPLICIT", or "SAME" where only Paddle can pad (dynamic dims).
  std::string algorithm = "EXPLICIT";
};

/// Reads strides/dilations/pads (`kernel` set by the caller) and resolves
/// auto_pad to explicit pads wherever the spatial input dims `in` (or a
/// stride of 1) fix them; Paddle's "SAME" is SAME_UPPER without dilation
/// only. Returns the reason on failure.
std::optional<std::string>
resolveWindow(Window &w, llvm::ArrayRef<int64_t> in, llvm::StringRef autoPad,
              std::optional<llvm::ArrayRef<int64_t>> strides,
              std::optional<llvm::ArrayRef<int64_t>> dilations,
              std::optional<llvm::ArrayRef<int64_t>> pads);

/// A 1-D window as a 2-D one over an H dim of 1.
void liftTo2D(Window &w);

/// `type` with a 1 inserted at dim 2, for the 2-D form of a 1-D op.
mlir::Type with2DHeight(mlir::Type type);

/// A window's Paddle attribute lists (paddings per dim: begin, end, ...).
struct PaddleWindow {
  mlir::DenseI32ArrayAttr ksize, strides, paddings, dilations;
};
/// nullopt when an entry does not fit in int32.
std::optional<PaddleWindow> paddleWindow(mlir::Builder &b, const Window &w);

} // namespace x2p::onnx_to_paddle::nn

#endif // X2P_LIB_CONVERSION_ONNXTOPADDLE_NNCOMMON_H
