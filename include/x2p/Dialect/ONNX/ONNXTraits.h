//===- ONNXTraits.h - generic checks of onnx op attributes ------*- C++ -*-===//
//
// gen_onnx_ops.py attaches these traits to the ops whose schema states an
// attribute's range (`axis` in [-r, r-1] where r = rank(input), ...), so the
// check is written once instead of once per op. They check only what the
// types say: an unranked operand is not an error.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_ONNX_ONNXTRAITS_H
#define X2P_DIALECT_ONNX_ONNXTRAITS_H

#include "mlir/IR/OpDefinition.h"

namespace x2p::ONNX {

namespace detail {
mlir::LogicalResult verifyAxisInRange(mlir::Operation *op, unsigned operand,
                                      bool inclusiveRank);
mlir::LogicalResult verifyAxesInRange(mlir::Operation *op, unsigned operand);
mlir::LogicalResult verifyMinArity(mlir::Operation *op, unsigned minOperands,
                                   unsigned minResults);
} // namespace detail

/// The `axis` attribute, when present, lies in [-r, r-1] (or [-r, r] with
/// InclusiveRank), r being the rank of operand Operand.
template <unsigned Operand, int InclusiveRank> struct AxisInRange {
  template <typename ConcreteType>
  class Impl : public mlir::OpTrait::TraitBase<ConcreteType, Impl> {
  public:
    static mlir::LogicalResult verifyTrait(mlir::Operation *op) {
      return detail::verifyAxisInRange(op, Operand, InclusiveRank != 0);
    }
  };
};

/// Every entry of the `axes` attribute lies in [-r, r-1] and names a
/// distinct dimension, r being the rank of operand Operand.
template <unsigned Operand> struct AxesInRange {
  template <typename ConcreteType>
  class Impl : public mlir::OpTrait::TraitBase<ConcreteType, Impl> {
  public:
    static mlir::LogicalResult verifyTrait(mlir::Operation *op) {
      return detail::verifyAxesInRange(op, Operand);
    }
  };
};

/// A variadic input or output has ONNX's minimum arity (ODS's Variadic has
/// none; OpTrait::AtLeastNOperands would make getNumOperands() ambiguous
/// beside VariadicOperands).
template <unsigned MinOperands, unsigned MinResults> struct MinArity {
  template <typename ConcreteType>
  class Impl : public mlir::OpTrait::TraitBase<ConcreteType, Impl> {
  public:
    static mlir::LogicalResult verifyTrait(mlir::Operation *op) {
      return detail::verifyMinArity(op, MinOperands, MinResults);
    }
  };
};

} // namespace x2p::ONNX

#endif // X2P_DIALECT_ONNX_ONNXTRAITS_H
