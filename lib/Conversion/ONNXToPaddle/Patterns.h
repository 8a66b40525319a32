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

#include "ConversionUtils.h"

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
