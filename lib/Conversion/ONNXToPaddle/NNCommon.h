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

namespace x2p::onnx_to_paddle::nn {

/// `values` as Paddle INTS; nullopt when one does not fit in int32.
std::optional<llvm::SmallVector<int32_t>> toI32(llvm::ArrayRef<int64_t> values);

/// The ranked tensor type of `value`, or null.
mlir::RankedTensorType rankedType(mlir::Value value);

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

/// The float values of `value` when it is a constant; nullopt otherwise.
std::optional<llvm::SmallVector<double>> getConstantFloats(mlir::Value value);

} // namespace x2p::onnx_to_paddle::nn

namespace x2p::onnx_to_paddle {
/// Resize and Upsample (Resize.cpp), added by populateNormPatterns.
void populateResizePatterns(mlir::TypeConverter &converter,
                            mlir::RewritePatternSet &patterns,
                            Failures &failures);
} // namespace x2p::onnx_to_paddle

#endif // X2P_LIB_CONVERSION_ONNXTOPADDLE_NNCOMMON_H
