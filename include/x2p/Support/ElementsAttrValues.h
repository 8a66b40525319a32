//===- ElementsAttrValues.h - the numbers an ElementsAttr holds -*- C++ -*-===//
//
// Shape functions, folders and conversion patterns read the values of
// constant operands (axes, pads, shapes, scalar bounds). Those constants are
// DenseElementsAttr when small and dense_resource blobs when the importer
// kept them in the model file, and upstream's ElementsAttr cannot iterate a
// blob. This is the one reader of both, with one rule for widening integers.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_SUPPORT_ELEMENTSATTRVALUES_H
#define X2P_SUPPORT_ELEMENTSATTRVALUES_H

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace x2p {

/// The values of an integer-typed `elements` as int64: signless and signed
/// types (ONNX's int8..int64) are sign-extended, unsigned ones and i1
/// (uint8..uint64, bool) zero-extended. Dense attributes of any width are
/// read, blobs of 32- and 64-bit integers; nullopt otherwise.
std::optional<llvm::SmallVector<int64_t>>
getIntValues(mlir::ElementsAttr elements);

/// The values of a float-typed `elements` as doubles (dense attributes of
/// any float type, blobs of f32 and f64); nullopt otherwise.
std::optional<llvm::SmallVector<double>>
getFloatValues(mlir::ElementsAttr elements);

/// The values of an integer- or float-typed `elements` as doubles, integers
/// widened as getIntValues does.
std::optional<llvm::SmallVector<double>>
getNumericValues(mlir::ElementsAttr elements);

} // namespace x2p

#endif // X2P_SUPPORT_ELEMENTSATTRVALUES_H
