//===- ONNXToPaddlePass.cpp - the --onnx-to-paddle pass -------------------===//
//
// A partial DialectConversion over the pattern families, followed by the
// report of every onnx op left unconverted (with the reason its pattern
// gave), so that a model either converts completely or fails with the full
// list of what is missing. Tensor types are the same in both dialects, so
// the type converter is the identity.
//
//===----------------------------------------------------------------------===//
#include "x2p/Conversion/Passes.h"

#include "Patterns.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Transforms/DialectConversion.h"

namespace x2p {
#define GEN_PASS_DEF_ONNXTOPADDLE
#include "x2p/Conversion/Passes.h.inc"
} // namespace x2p

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

/// Source names of feeds and fetches travel as paddle.name.
void renameInterface(func::FuncOp func) {
  for (unsigned i = 0; i < func.getNumArguments(); ++i)
    if (auto name = func.getArgAttrOfType<StringAttr>(i, "onnx.name"))
      func.setArgAttr(i, "paddle.name", name);
  for (unsigned i = 0; i < func.getNumResults(); ++i)
    if (auto name = func.getResultAttrOfType<StringAttr>(i, "onnx.name"))
      func.setResultAttr(i, "paddle.name", name);
}

struct ONNXToPaddlePass
    : x2p::impl::ONNXToPaddleBase<ONNXToPaddlePass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *context = &getContext();
    module.walk(renameInterface);

    TypeConverter converter;
    converter.addConversion([](Type type) { return type; });
    Failures failures;
    RewritePatternSet patterns(context);
    populateConstantPatterns(converter, patterns, failures);
    populateElementwisePatterns(converter, patterns, failures);
    populateMatMulPatterns(converter, patterns, failures);
    populateNNPatterns(converter, patterns, failures);
    populateShapePatterns(converter, patterns, failures);
    populateReductionPatterns(converter, patterns, failures);
    populateNormPatterns(converter, patterns, failures);
    populateConvPatterns(converter, patterns, failures);
    populateIndexingPatterns(converter, patterns, failures);
    populatePadPatterns(converter, patterns, failures);
    populateAttentionPatterns(converter, patterns, failures);
    populateLossPatterns(converter, patterns, failures);

    // onnx ops have no declared legality: those no pattern converts stay,
    // and are reported below, all at once.
    ConversionTarget target(*context);
    target.addLegalDialect<Paddle::PaddleDialect, func::FuncDialect>();
    target.addLegalOp<ModuleOp, ONNX::NoValueOp>();
    if (failed(applyPartialConversion(module, target, std::move(patterns))))
      return signalPassFailure();

    bool ok = true;
    module.walk([&](Operation *op) {
      if (op->getDialect() != context->getLoadedDialect<ONNX::ONNXDialect>() ||
          isa<ONNX::NoValueOp>(op))
        return;
      auto it = failures.reasons.find(op);
      InFlightDiagnostic diag = op->emitError()
                                << "cannot convert '" << op->getName()
                                << "' to the paddle dialect";
      if (it != failures.reasons.end())
        diag << ": " << it->second;
      else
        diag << ": no conversion for this operator yet";
      ok = false;
    });
    if (!ok)
      return signalPassFailure();

    avoidPaddleQuirks(module);

    // Constants folded into attributes, and absent-input markers, are dead.
    SmallVector<Operation *> dead;
    module.walk([&](Operation *op) {
      if ((isa<Paddle::ParameterOp, ONNX::NoValueOp>(op)) && op->use_empty())
        dead.push_back(op);
    });
    for (Operation *op : dead)
      op->erase();
  }
};

} // namespace

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

bool x2p::onnx_to_paddle::isNone(Value value) {
  return isa<NoneType>(value.getType());
}

std::optional<SmallVector<int64_t>>
x2p::onnx_to_paddle::getConstantInts(Value value) {
  ElementsAttr data;
  if (auto constant = value.getDefiningOp<ONNX::ConstantOp>())
    data = constant.getValue();
  else if (auto param = value.getDefiningOp<Paddle::ParameterOp>())
    data = param.getValue();
  if (!data || !isa<IntegerType>(data.getElementType()))
    return std::nullopt;
  SmallVector<int64_t> values;
  if (auto dense = dyn_cast<DenseIntElementsAttr>(data)) {
    for (const APInt &v : dense.getValues<APInt>())
      values.push_back(v.getSExtValue());
    return values;
  }
  if (auto resource = dyn_cast<DenseI64ResourceElementsAttr>(data)) {
    if (std::optional<ArrayRef<int64_t>> array = resource.tryGetAsArrayRef())
      return SmallVector<int64_t>(*array);
  }
  if (auto resource = dyn_cast<DenseI32ResourceElementsAttr>(data)) {
    if (std::optional<ArrayRef<int32_t>> array = resource.tryGetAsArrayRef())
      return SmallVector<int64_t>(array->begin(), array->end());
  }
  return std::nullopt;
}
