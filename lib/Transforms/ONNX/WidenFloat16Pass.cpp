//===- WidenFloat16Pass.cpp - --onnx-widen-float16 ------------------------===//
//
// fp16 ONNX models (onnxconverter-common's float16 conversion, optimum's
// --fp16) compute in float16, but Paddle's CPU kernels have almost no
// float16 variant: softmax, matmul, layer_norm, gather, where, shape and
// most elementwise ops refuse it at run time ("float16 can only be used on
// GPU/XPU"). Casting around each op would leave a program of casts; this
// pass instead computes the whole graph in float32 before the conversion:
// every float16 value becomes float32, float16 constants are widened
// (exactly: every float16 is a float32), casts to float16 cast to float32,
// and float16 graph inputs and outputs keep their type behind a Cast so the
// Paddle program feeds and fetches what the ONNX model does. The result is
// at least as accurate as the float16 graph (closer to the float32 model
// the fp16 one was made from); it differs from onnxruntime's float16
// arithmetic by float16 rounding (test/models: fp16 tolerance 2e-2).
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/ONNX/Passes.h"

#include "x2p/Dialect/ONNX/ONNXDataType.h"
#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Support/ElementsAttrValues.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"

namespace x2p::ONNX {
#define GEN_PASS_DEF_ONNXWIDENFLOAT16
#include "x2p/Transforms/ONNX/Passes.h.inc"
} // namespace x2p::ONNX

using namespace mlir;
using namespace x2p;

namespace {

/// `type` with float16 elements made float32 (tensors and element types).
Type widened(Type type) {
  MLIRContext *ctx = type.getContext();
  if (isa<Float16Type>(type))
    return Float32Type::get(ctx);
  if (auto tensor = dyn_cast<TensorType>(type))
    if (isa<Float16Type>(tensor.getElementType()))
      return tensor.clone(Float32Type::get(ctx));
  return type;
}

/// A float16 ElementsAttr as float32 (values read through dense or
/// dense_resource storage); null when it is not float16.
ElementsAttr widenedElements(Attribute attr) {
  auto elements = dyn_cast_or_null<ElementsAttr>(attr);
  if (!elements || !isa<Float16Type>(elements.getElementType()))
    return nullptr;
  std::optional<SmallVector<double>> values = getFloatValues(elements);
  if (!values)
    return nullptr;
  SmallVector<float> narrow(values->begin(), values->end());
  auto type = cast<ShapedType>(widened(elements.getType()));
  return DenseElementsAttr::get(cast<RankedTensorType>(type),
                                ArrayRef<float>(narrow));
}

/// An si64 attribute, as ONNX's integer attributes are.
IntegerAttr si64(OpBuilder &builder, int64_t value) {
  return builder.getIntegerAttr(builder.getIntegerType(64, /*isSigned=*/true),
                                value);
}

struct ONNXWidenFloat16Pass
    : x2p::ONNX::impl::ONNXWidenFloat16Base<ONNXWidenFloat16Pass> {
  using Base::Base;

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    const int64_t f16 = ONNX::DataType::FLOAT16;
    const int64_t f32 = ONNX::DataType::FLOAT;
    Block &entry = func.front();
    OpBuilder builder(&getContext());

    // Ops first: their float16 results, constants and dtype attributes.
    WalkResult walk = func.walk([&](Operation *op) -> WalkResult {
      if (op == func) // its signature is the model's: see below
        return WalkResult::advance();
      for (Region &region : op->getRegions())
        for (Block &block : region)
          for (BlockArgument arg : block.getArguments())
            arg.setType(widened(arg.getType()));
      for (NamedAttribute attr : op->getAttrs()) {
        if (ElementsAttr wide = widenedElements(attr.getValue())) {
          op->setAttr(attr.getName(), wide);
          continue;
        }
        // Cast's `to`, EyeLike's/Random*'s `dtype`: float16 -> float32.
        StringRef name = attr.getName().getValue();
        auto code = dyn_cast<IntegerAttr>(attr.getValue());
        if ((name == "to" || name == "dtype") && code && code.getInt() == f16)
          op->setAttr(attr.getName(), IntegerAttr::get(code.getType(), f32));
      }
      for (OpResult result : op->getResults())
        result.setType(widened(result.getType()));
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return signalPassFailure();

    // The graph's float16 inputs and outputs keep their types: a Cast after
    // each input, one before each output.
    builder.setInsertionPointToStart(&entry);
    for (BlockArgument arg : entry.getArguments()) {
      Type wide = widened(arg.getType());
      if (wide == arg.getType())
        continue;
      auto widen = ONNX::CastOp::create(builder, arg.getLoc(), wide, arg,
                                        builder.getStringAttr("up"),
                                        si64(builder, 1), si64(builder, f32));
      arg.replaceAllUsesExcept(widen.getResult(), widen);
    }
    Operation *ret = entry.getTerminator();
    builder.setInsertionPoint(ret);
    ArrayRef<Type> results = func.getFunctionType().getResults();
    for (auto [i, operand] : llvm::enumerate(ret->getOperands())) {
      Type want = results[i];
      if (operand.getType() == want)
        continue;
      auto tensor = dyn_cast<TensorType>(want);
      if (!tensor || !isa<Float16Type>(tensor.getElementType()))
        continue;
      auto narrow =
          ONNX::CastOp::create(builder, ret->getLoc(),
                               llvm::cast<TensorType>(operand.getType())
                                   .clone(tensor.getElementType()),
                               operand, builder.getStringAttr("up"),
                               si64(builder, 1), si64(builder, f16));
      ret->setOperand(i, narrow.getResult());
    }
  }
};

} // namespace
