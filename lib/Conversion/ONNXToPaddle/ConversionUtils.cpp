//===- ConversionUtils.cpp - queries every pattern family uses ------------===//
//
// The type and constant-operand queries of ConversionUtils.h; the builders
// declared there are in ShapeTensors.cpp.
//
//===----------------------------------------------------------------------===//
#include "ConversionUtils.h"

#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "mlir/IR/Matchers.h"
#include "x2p/Support/ElementsAttrValues.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

bool x2p::onnx_to_paddle::isNone(Value value) {
  return isa<NoneType>(value.getType());
}

RankedTensorType x2p::onnx_to_paddle::rankedType(Value value) {
  return dyn_cast<RankedTensorType>(value.getType());
}

bool x2p::onnx_to_paddle::hasPaddleTypes(Operation *op, std::string *what) {
  auto check = [&](Type type, StringRef kind, unsigned i) {
    if (isa<NoneType>(type))
      return true;
    auto tensor = dyn_cast<TensorType>(type);
    if (tensor && Paddle::varTypeCodeOf(tensor.getElementType()))
      return true;
    if (what) {
      llvm::raw_string_ostream os(*what);
      os << kind << " " << i << " (" << type << ")";
    }
    return false;
  };
  for (auto [i, v] : llvm::enumerate(op->getOperands()))
    if (!check(v.getType(), "operand", i))
      return false;
  for (auto [i, v] : llvm::enumerate(op->getResults()))
    if (!check(v.getType(), "result", i))
      return false;
  return true;
}

/// The attribute of a constant `value`: onnx.Constant is ConstantLike;
/// paddle.parameter is not (two parameters of equal value are still two
/// named vars, which the folder's constant uniquing would merge).
static ElementsAttr constantElements(Value value) {
  Attribute attr;
  if (matchPattern(value, m_Constant(&attr)))
    return dyn_cast<ElementsAttr>(attr);
  if (auto param = value.getDefiningOp<Paddle::ParameterOp>())
    return param.getValue();
  return {};
}

std::optional<SmallVector<int64_t>>
x2p::onnx_to_paddle::getConstantInts(Value value) {
  ElementsAttr data = constantElements(value);
  return data ? getIntValues(data) : std::nullopt;
}

std::optional<SmallVector<double>>
x2p::onnx_to_paddle::getConstantFloats(Value value) {
  ElementsAttr data = constantElements(value);
  return data ? getFloatValues(data) : std::nullopt;
}

std::optional<SmallVector<double>>
x2p::onnx_to_paddle::getConstantDoubles(Value value) {
  ElementsAttr data = constantElements(value);
  return data ? getNumericValues(data) : std::nullopt;
}
