//===- ShapeCommon.h - what the shape-family patterns share -----*- C++ -*-===//
//
// The shape family is split over Shape*.cpp files; their patterns all
// record failures and build reshape2-like ops with an XShape result, so the
// base class lives here once (the XShape type in PaddleXShape.h).
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_CONVERSION_ONNXTOPADDLE_SHAPECOMMON_H
#define X2P_LIB_CONVERSION_ONNXTOPADDLE_SHAPECOMMON_H

#include "KernelChecks.h"
#include "Patterns.h"

#include "x2p/Dialect/Paddle/PaddleXShape.h"

#include "mlir/IR/BuiltinTypes.h"

namespace x2p::onnx_to_paddle {

using x2p::Paddle::xshapeTypeOf;

/// `values` as an INTS attribute.
mlir::DenseI32ArrayAttr i32Array(mlir::Builder &builder,
                                 llvm::ArrayRef<int64_t> values);

/// The 1-D `vector` sliced to [start, end) (paddle.slice); `size` is the
/// result's length (kDynamic when unknown).
mlir::Value sliceVector(mlir::OpBuilder &builder, mlir::Location loc,
                        mlir::Value vector, int64_t start, int64_t end,
                        int64_t size);

/// Where a dim of a reshape target comes from: a static size, or (when
/// dynamic) dim `index` of `source`, read at run time.
struct DimSource {
  int64_t size;
  mlir::Value source;
  int64_t index;
};

/// `x` reshaped (reshape2) to `dims` with result type `type`: the `shape`
/// attribute where 0 (copy X's dim) and one -1 say it, else a Shape tensor
/// computed at run time. Fails for a static 0 dim, which reshape2 reads as
/// "copy".
mlir::FailureOr<mlir::Value> reshapeTo(mlir::OpBuilder &builder,
                                       mlir::Location loc, mlir::Value x,
                                       llvm::ArrayRef<DimSource> dims,
                                       mlir::Type type);

/// True when no element of the run-time Reshape target `shape` can be 0:
/// it is built from integer constants that are not 0 and from dims read
/// from tensors (>= 1 unless the tensor is empty) by ops that keep them
/// positive. Under allowzero = 1 such a target reshapes as reshape2 does.
bool isZeroFreeShape(mlir::Value shape);

/// True when the run-time value `shape` is computed from tensor dims and
/// integer constants only (torch.export's symbolic size arithmetic), not
/// read from a tensor's values. Such a target holds no 0 when the tensor it
/// reshapes is non-empty (ZeroFreeShapes.cpp).
bool isSizeArithmeticShape(mlir::Value shape);

} // namespace x2p::onnx_to_paddle

#endif // X2P_LIB_CONVERSION_ONNXTOPADDLE_SHAPECOMMON_H
