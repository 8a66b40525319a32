//===- ConversionUtils.h - helpers every pattern family uses ----*- C++ -*-===//
//
// What the families share beyond the pattern base (Patterns.h): reading
// operand types and constant operands, and building the casts, shape
// vectors and filled tensors that multi-op lowerings are made of. A helper
// two families need lives here, not in one family's header.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_CONVERSION_ONNXTOPADDLE_CONVERSIONUTILS_H
#define X2P_LIB_CONVERSION_ONNXTOPADDLE_CONVERSIONUTILS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "x2p/Support/Dims.h"

#include <optional>
#include <string>

namespace x2p::onnx_to_paddle {

/// True for the `none` of an absent optional input.
bool isNone(mlir::Value value);

/// The ranked tensor type of `value`, or null.
mlir::RankedTensorType rankedType(mlir::Value value);

/// `type` (a shaped type) with `element` as its element type.
mlir::Type withElementType(mlir::Type type, mlir::Type element);

/// True when every operand and result of `op` is `none` or a tensor whose
/// element type Paddle has a VarType for (no uint16/32/64, strings,
/// float8, ...); otherwise `what`, when given, names the first that is not.
bool hasPaddleTypes(mlir::Operation *op, std::string *what = nullptr);

/// The values of `value` when it is a constant (an onnx.Constant or an
/// already converted paddle.parameter), read by x2p/Support's
/// ElementsAttrValues: integers (bool and unsigned zero-extended, the rest
/// sign-extended), floats only, or either as doubles. nullopt when `value`
/// is not a constant of such a type.
std::optional<llvm::SmallVector<int64_t>> getConstantInts(mlir::Value value);
std::optional<llvm::SmallVector<double>> getConstantFloats(mlir::Value value);
std::optional<llvm::SmallVector<double>> getConstantDoubles(mlir::Value value);

/// `value` converted to `elementType` by paddle.cast; `value` itself when it
/// has that element type already.
mlir::Value castElements(mlir::OpBuilder &builder, mlir::Location loc,
                         mlir::Value value, mlir::Type elementType);

/// The dims of `value` as a 1-D tensor of `elementType` (i32 or i64):
/// paddle.shape, which yields int32, then a cast where i64 is asked for.
mlir::Value shapeTensorOf(mlir::OpBuilder &builder, mlir::Location loc,
                          mlir::Value value, mlir::Type elementType);

/// A tensor of static `shape` and `elementType` filled with `value`
/// (paddle.fill_constant).
mlir::Value filledTensor(mlir::OpBuilder &builder, mlir::Location loc,
                         llvm::ArrayRef<int64_t> shape, mlir::Type elementType,
                         double value);

} // namespace x2p::onnx_to_paddle

#endif // X2P_LIB_CONVERSION_ONNXTOPADDLE_CONVERSIONUTILS_H
