//===- Patterns.h - ONNX-to-Paddle pattern families -------------*- C++ -*-===//
//
// The conversion's patterns live in one file per op family, each with one
// populate function (Families.h); they share the helpers declared here
// (reading constant operands, reporting why an op cannot be converted).
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_CONVERSION_ONNXTOPADDLE_PATTERNS_H
#define X2P_LIB_CONVERSION_ONNXTOPADDLE_PATTERNS_H

#include "ConversionUtils.h"
#include "x2p/Conversion/ONNXToPaddle.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"

namespace x2p::onnx_to_paddle {

/// Why ops could not be converted, recorded by the patterns and reported by
/// the pass, all at once, for the ops left unconverted.
using Failures = x2p::ONNXToPaddleFailures;

/// A conversion pattern that can say why it refuses an op
/// (failures.fail(op, "why")).
template <typename OpTy>
struct ReportingPattern : mlir::OpConversionPattern<OpTy> {
  ReportingPattern(const mlir::TypeConverter &converter,
                   mlir::MLIRContext *context, Failures &failures)
      : mlir::OpConversionPattern<OpTy>(converter, context),
        failures(failures) {}
  Failures &failures;

  /// The tail of a pattern whose result comes from a builder that records
  /// its own refusal and then yields a null value (buildWithKernel): `op`
  /// replaced by `result`, or the failure already recorded.
  mlir::LogicalResult replaceOrFail(mlir::ConversionPatternRewriter &rewriter,
                                    mlir::Operation *op,
                                    mlir::Value result) const {
    if (!result)
      return mlir::failure();
    rewriter.replaceOp(op, result);
    return mlir::success();
  }

  /// The same for a builder that fails without a reason: `why` is recorded.
  mlir::LogicalResult replaceOrFail(mlir::ConversionPatternRewriter &rewriter,
                                    mlir::Operation *op,
                                    mlir::FailureOr<mlir::Value> result,
                                    const llvm::Twine &why) const {
    if (mlir::failed(result))
      return failures.fail(op, why);
    rewriter.replaceOp(op, *result);
    return mlir::success();
  }
};


} // namespace x2p::onnx_to_paddle

#endif // X2P_LIB_CONVERSION_ONNXTOPADDLE_PATTERNS_H
