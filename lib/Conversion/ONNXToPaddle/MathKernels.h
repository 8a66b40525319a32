//===- MathKernels.h - dtype coverage of Paddle's math kernels --*- C++ -*-===//
//
// Paddle 3.3.1 registers many CPU kernels for a few element types only
// (the paddle dialect records each op's set: PaddleKernels.h). The math
// families therefore compute in a type the kernel has, where that is exact
// (small integers in int32, which wraps the same way once cast back;
// f16/bf16 in f32, which has room to round correctly), and refuse the rest
// with the reason.
//
// This header is private to the math families (Elementwise, UnaryMath,
// Arithmetic, Reduction, MatMul, Quantize, Activations).
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_CONVERSION_ONNXTOPADDLE_MATHKERNELS_H
#define X2P_LIB_CONVERSION_ONNXTOPADDLE_MATHKERNELS_H

#include "KernelChecks.h"
#include "Patterns.h"

#include "llvm/ADT/STLFunctionalExtras.h"

namespace x2p::onnx_to_paddle {

using Paddle::kernelTypeOf;

/// The kernel a lowering computes with: the paddle op its failures name
/// ("paddle.sin") and the element types to compute in, the op's CPU kernel
/// set unless given (narrower where the lowering runs more kernels on the
/// same type, or where integers would compute something else).
struct KernelSet {
  KernelSet(llvm::StringRef paddleOp)
      : paddleOp(paddleOp), types(Paddle::cpuKernelTypes(paddleOp)) {}
  KernelSet(llvm::StringRef paddleOp, unsigned types)
      : paddleOp(paddleOp), types(types) {}
  llvm::StringRef paddleOp;
  unsigned types;
};

/// The element type to run a kernel registered for `kernels` on `type`:
/// `type` itself, int32 for u8/i8/i16, int64 for int32, f32 for f16/bf16;
/// null when none.
mlir::Type computeTypeFor(mlir::Type type, unsigned kernels);

/// The element type of a shaped type or value.
mlir::Type elementTypeOf(mlir::Type type);
inline mlir::Type elementTypeOf(mlir::Value value) {
  return elementTypeOf(value.getType());
}

/// Builds `build(operands cast to compute, result type with compute)` for an
/// op whose result is `resultType`, computing in the type `computeTypeFor`
/// picks from `kernel`'s types for `elementType` (the type the kernel
/// dispatches on), and casts the result back to `resultType`'s element
/// type. Records the failure naming `kernel`'s op and returns null when no
/// kernel type fits.
mlir::Value buildWithKernel(
    mlir::ConversionPatternRewriter &rewriter, mlir::Operation *op,
    Failures &failures, const KernelSet &kernel, mlir::Type elementType,
    mlir::ValueRange operands, mlir::Type resultType,
    llvm::function_ref<mlir::Value(mlir::ValueRange, mlir::Type)> build);

/// matmul_v2 of X and Y. For integers with X and Y of one rank >= 2, Y gets
/// a leading 1 (squeezed off the product): Paddle Inference's
/// map_matmul_v2_to_matmul pass rewrites equal-rank matmul_v2 into
/// `matmul`, which has no integer kernel, and skips operands of different
/// ranks; numpy broadcasting gives the same product.
mlir::Value buildMatmul(mlir::OpBuilder &builder, mlir::Location loc,
                        mlir::Type resultType, mlir::Value x, mlir::Value y,
                        bool transX, bool transY);

/// `param` (a scalar or 1-D, per slice of dim `axis` of a rank-`rank`
/// tensor) reshaped so that numpy broadcasting aligns it there: [-1, 1, ...]
/// with rank - 1 - axis ones; `param` itself for axis -1. (Paddle's
/// elementwise `axis` says the same, but Paddle Inference's fused
/// elementwise ops ignore it.)
mlir::Value alignAt(mlir::OpBuilder &builder, mlir::Location loc,
                    mlir::Value param, int32_t axis, int64_t rank);

} // namespace x2p::onnx_to_paddle

#endif // X2P_LIB_CONVERSION_ONNXTOPADDLE_MATHKERNELS_H
