//===- SetInputShapesPass.cpp - --onnx-set-input-shapes -------------------===//
//
// X2Paddle users fix dynamic dims with --input_shape_dict; x2p keeps dims
// dynamic by default, so this is only for users who want a static model
// (e.g. for a backend that needs it). Only the argument types change here:
// --onnx-shape-inference then carries the dims through the graph.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/ONNX/Passes.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/StringExtras.h"

namespace x2p::ONNX {
#define GEN_PASS_DEF_ONNXSETINPUTSHAPES
#include "x2p/Transforms/ONNX/Passes.h.inc"
} // namespace x2p::ONNX

using namespace mlir;
using namespace x2p::ONNX;

static std::string argName(func::FuncOp func, unsigned i) {
  if (auto name = func.getArgAttrOfType<StringAttr>(i, "onnx.name"))
    return name.str();
  return "#" + std::to_string(i);
}

LogicalResult x2p::ONNX::setInputShapes(func::FuncOp func,
                                        const InputShapes &shapes) {
  for (const auto &[name, dims] : shapes) {
    std::optional<unsigned> index;
    for (unsigned i = 0; i < func.getNumArguments(); ++i)
      if (argName(func, i) == name)
        index = i;
    if (!index) {
      SmallVector<std::string> names;
      for (unsigned i = 0; i < func.getNumArguments(); ++i)
        names.push_back("'" + argName(func, i) + "'");
      return func.emitError()
             << "no model input is named '" << name
             << "' (inputs: " << llvm::join(names, ", ") << ")";
    }
    BlockArgument arg = func.getArgument(*index);
    auto type = dyn_cast<TensorType>(arg.getType());
    if (!type)
      return func.emitError() << "input '" << name << "' is not a tensor";
    if (type.hasRank() && type.getRank() != static_cast<int64_t>(dims.size()))
      return func.emitError()
             << "input '" << name << "' has rank " << type.getRank() << ", "
             << dims.size() << " dims given";
    SmallVector<int64_t> shape;
    for (auto [i, dim] : llvm::enumerate(dims)) {
      int64_t known =
          type.hasRank() ? type.getDimSize(i) : ShapedType::kDynamic;
      int64_t given = dim < 0 ? ShapedType::kDynamic : dim;
      if (!ShapedType::isDynamic(known) && !ShapedType::isDynamic(given) &&
          known != given)
        return func.emitError()
               << "input '" << name << "' has dim " << i << " = " << known
               << " in the model, " << given << " given";
      shape.push_back(ShapedType::isDynamic(given) ? known : given);
    }
    arg.setType(RankedTensorType::get(shape, type.getElementType()));
  }
  SmallVector<Type> inputs(func.getBody().getArgumentTypes());
  func.setType(
      FunctionType::get(func.getContext(), inputs, func.getResultTypes()));
  return success();
}

FailureOr<InputShapes> x2p::ONNX::parseInputShapes(StringRef text,
                                                   std::string &error) {
  InputShapes shapes;
  SmallVector<StringRef> items;
  text.split(items, ',', -1, /*KeepEmpty=*/false);
  for (StringRef item : items) {
    auto [name, dimsText] = item.trim().rsplit(':');
    if (name.empty() || dimsText.empty()) {
      error = ("'" + item + "' is not NAME:DIMS (e.g. input_ids:1x128)").str();
      return failure();
    }
    SmallVector<StringRef> parts;
    dimsText.split(parts, 'x');
    SmallVector<int64_t> dims;
    for (StringRef part : parts) {
      int64_t dim;
      if (part == "?")
        dim = -1;
      else if (part.getAsInteger(10, dim) || dim < -1) {
        error = ("'" + part + "' in '" + item + "' is not a dim").str();
        return failure();
      }
      dims.push_back(dim);
    }
    shapes.emplace_back(name.str(), std::move(dims));
  }
  return shapes;
}

namespace {
struct ONNXSetInputShapesPass
    : x2p::ONNX::impl::ONNXSetInputShapesBase<ONNXSetInputShapesPass> {
  using Base::Base;
  void runOnOperation() override {
    std::string error;
    FailureOr<InputShapes> parsed = parseInputShapes(shapes, error);
    if (failed(parsed)) {
      getOperation().emitError() << "--onnx-set-input-shapes: " << error;
      return signalPassFailure();
    }
    if (failed(setInputShapes(getOperation(), *parsed)))
      signalPassFailure();
  }
};
} // namespace
