//===- ShapeFunctions.h - onnx shape functions and their table --*- C++ -*-===//
//
// A shape function reads an op's operand types (and constant operands) and
// proposes result types; the pass merges each proposal with the type the
// op already has, so a shape function may return partial knowledge (a
// ranked type with `?` dims, or a null Type for "nothing known"). The
// functions live in one file per op family, each adding its entries to the
// table through a register...() function listed here.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_TRANSFORMS_ONNX_SHAPEFUNCTIONS_H
#define X2P_LIB_TRANSFORMS_ONNX_SHAPEFUNCTIONS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Operation.h"
#include "x2p/Support/Dims.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

#include <functional>
#include <optional>

namespace x2p::ONNX::shape {

/// Proposed result types, one per result; a null entry means unknown.
using Results = llvm::SmallVectorImpl<mlir::Type>;
using ShapeFn = std::function<void(mlir::Operation *, Results &)>;

/// The table: op TypeID -> shape function.
class ShapeFnTable {
public:
  template <typename... OpTys> void add(ShapeFn fn) {
    (table.try_emplace(mlir::TypeID::get<OpTys>(), fn), ...);
  }
  /// Adds a function taking the concrete op class.
  template <typename OpTy> void add(void (*fn)(OpTy, Results &)) {
    table.try_emplace(
        mlir::TypeID::get<OpTy>(),
        [fn](mlir::Operation *op, Results &r) { fn(llvm::cast<OpTy>(op), r); });
  }
  const ShapeFn *lookup(mlir::Operation *op) const;
  static const ShapeFnTable &get();

private:
  llvm::DenseMap<mlir::TypeID, ShapeFn> table;
};

void registerElementwise(ShapeFnTable &);
void registerMatrix(ShapeFnTable &);
void registerReduction(ShapeFnTable &);
void registerTensorShape(ShapeFnTable &);
void registerIndexing(ShapeFnTable &);
void registerNormalization(ShapeFnTable &);
void registerConvPool(ShapeFnTable &);
void registerMicrosoft(ShapeFnTable &);

//===--- Helpers shared by the families (ShapeHelpers.cpp) ---------------===//

constexpr int64_t kDynamic = mlir::ShapedType::kDynamic;
using Dims = llvm::SmallVector<int64_t, 6>;

/// The tensor type of `v`, or null for `none` and non-tensors.
mlir::TensorType tensorType(mlir::Value v);
/// The dims of a ranked `v`; nullopt when unranked or not a tensor.
std::optional<Dims> dimsOf(mlir::Value v);
mlir::Type elementOf(mlir::Value v);
bool isNone(mlir::Value v);

/// A ranked tensor type (`?` dims as kDynamic); null when elt is null.
mlir::Type ranked(llvm::ArrayRef<int64_t> dims, mlir::Type elt);
/// An unranked tensor of `elt`, to pass on an element type alone.
mlir::Type unranked(mlir::Type elt);
/// The dims of `v` when it is ranked; otherwise nullopt, with an unranked
/// tensor of `v`'s element type proposed as result 0 (the start of every
/// shape function whose result needs a ranked input).
std::optional<Dims> dimsOrUnranked(mlir::Value v, Results &results);

/// The integer values of a constant operand (onnx.Constant, dense or a
/// small dense_resource blob); nullopt when not constant.
std::optional<llvm::SmallVector<int64_t>> constantInts(mlir::Value v);
/// The values of a 1-D (or scalar) integer tensor that holds a shape, as
/// far as they are known: constants, and Shape/Gather/Slice/Concat/
/// Unsqueeze/Squeeze/Cast chains over them, with kDynamic for an entry
/// that is not known (a dynamic dim read by Shape). nullopt when not even
/// the number of entries is known.
std::optional<Dims> shapeValueOf(mlir::Value v, unsigned depth = 0);

/// The floating-point values of a constant operand.
std::optional<llvm::SmallVector<double>> constantFloats(mlir::Value v);

/// ONNX multidirectional broadcasting of ranked dims; nullopt on a static
/// mismatch. A `?` against 1 or `?` stays `?`; `?` against n > 1 is n.
std::optional<Dims> broadcast(llvm::ArrayRef<int64_t> a,
                              llvm::ArrayRef<int64_t> b);

/// `axis` normalized to [0, rank); nullopt when out of range.
std::optional<int64_t> normalizeAxis(int64_t axis, int64_t rank);
/// Each of `axes` normalized to [0, rank), or every axis when `axes` is
/// absent; nullopt when one is out of range.
std::optional<llvm::SmallVector<int64_t>>
normalizeAxes(std::optional<llvm::ArrayRef<int64_t>> axes, int64_t rank);

/// The MLIR element type of ONNX TensorProto data type `dtype`.
mlir::Type elementTypeOf(int64_t dtype, mlir::MLIRContext *ctx);

/// Same shape and element type as operand `i` (elementwise unary ops).
void sameAsOperand(mlir::Operation *op, Results &results, unsigned i = 0);

} // namespace x2p::ONNX::shape

#endif // X2P_LIB_TRANSFORMS_ONNX_SHAPEFUNCTIONS_H
