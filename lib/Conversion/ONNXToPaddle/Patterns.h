//===- Patterns.h - ONNX-to-Paddle pattern families -------------*- C++ -*-===//
//
// The conversion's patterns live in one file per op family; each family
// adds its patterns through one populate function, and shares the helpers
// declared here (reading constant operands, reporting why an op cannot be
// converted).
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_CONVERSION_ONNXTOPADDLE_PATTERNS_H
#define X2P_LIB_CONVERSION_ONNXTOPADDLE_PATTERNS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/DenseMap.h"

#include <string>

namespace x2p::onnx_to_paddle {

/// Why ops could not be converted, recorded by the patterns and reported by
/// the pass, all at once, for the ops left unconverted.
struct Failures {
  llvm::DenseMap<mlir::Operation *, std::string> reasons;
  mlir::LogicalResult fail(mlir::Operation *op, const llvm::Twine &why) {
    reasons[op] = why.str();
    return mlir::failure();
  }
};

/// A conversion pattern that can say why it refuses an op
/// (failures.fail(op, "why")).
template <typename OpTy>
struct ReportingPattern : mlir::OpConversionPattern<OpTy> {
  ReportingPattern(mlir::TypeConverter &converter, mlir::MLIRContext *context,
                   Failures &failures)
      : mlir::OpConversionPattern<OpTy>(converter, context),
        failures(failures) {}
  Failures &failures;
};

/// The integer values of `value` when it is a constant (an onnx.Constant or
/// an already converted paddle.parameter); nullopt otherwise.
std::optional<llvm::SmallVector<int64_t>> getConstantInts(mlir::Value value);

/// True for the `none` of an absent optional input.
bool isNone(mlir::Value value);

/// `type` (a shaped type) with `element` as its element type.
mlir::Type withElementType(mlir::Type type, mlir::Type element);

/// True when every operand and result of `op` is a tensor whose element
/// type Paddle has a VarType for (no uint16/32/64, strings, float8, ...).
bool hasPaddleTypes(mlir::Operation *op);

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
                         llvm::ArrayRef<int64_t> shape,
                         mlir::Type elementType, double value);

/// Rewrites converted ops whose form hits a known Paddle Inference bug into
/// an equivalent form that does not (PaddleQuirks.cpp).
void avoidPaddleQuirks(mlir::ModuleOp module);

void populateElementwisePatterns(mlir::TypeConverter &converter,
                                 mlir::RewritePatternSet &patterns,
                                 Failures &failures);
void populateMatMulPatterns(mlir::TypeConverter &converter,
                            mlir::RewritePatternSet &patterns,
                            Failures &failures);
void populateNNPatterns(mlir::TypeConverter &converter,
                        mlir::RewritePatternSet &patterns, Failures &failures);
void populateShapePatterns(mlir::TypeConverter &converter,
                           mlir::RewritePatternSet &patterns,
                           Failures &failures);
void populateIndexingPatterns(mlir::TypeConverter &converter,
    mlir::RewritePatternSet &patterns, Failures &failures);
void populatePadPatterns(mlir::TypeConverter &converter,
                         mlir::RewritePatternSet &patterns, Failures &failures);
void populateConvPatterns(mlir::TypeConverter &converter,
    mlir::RewritePatternSet &patterns, Failures &failures);
void populateNormPatterns(mlir::TypeConverter &converter,
    mlir::RewritePatternSet &patterns, Failures &failures);
void populateReductionPatterns(mlir::TypeConverter &converter,
    mlir::RewritePatternSet &patterns, Failures &failures);
void populateAttentionPatterns(mlir::TypeConverter &converter,
    mlir::RewritePatternSet &patterns, Failures &failures);
void populateLossPatterns(mlir::TypeConverter &converter,
    mlir::RewritePatternSet &patterns, Failures &failures);
void populateConstantPatterns(mlir::TypeConverter &converter,
                              mlir::RewritePatternSet &patterns,
                              Failures &failures);

} // namespace x2p::onnx_to_paddle

#endif // X2P_LIB_CONVERSION_ONNXTOPADDLE_PATTERNS_H
