//===- OpsetUpgrade.h - older-opset nodes to the newest form ----*- C++ -*-===//
//
// The onnx dialect has one form per operator, the newest. Nodes of older
// opsets are rewritten while importing (attributes that became inputs,
// renamed or removed attributes, replaced operators), at the NodeProto
// level, so the rest of the importer sees only newest-form nodes.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_IMPORT_ONNX_OPSETUPGRADE_H
#define X2P_LIB_IMPORT_ONNX_OPSETUPGRADE_H

#include "llvm/ADT/STLFunctionalExtras.h"

#include <cstdint>
#include <string>
#include <vector>

namespace onnx {
class NodeProto;
class TensorProto;
} // namespace onnx

namespace x2p::onnx_import {

/// The oldest and newest default-domain opsets the importer accepts.
constexpr int64_t kMinOpset = 7;
constexpr int64_t kMaxOpset = 27;

/// What upgrading one node produced: the nodes that replace it (in order)
/// and the constants (initializer-like tensors) they use as new inputs.
struct UpgradedNodes {
  std::vector<onnx::NodeProto> nodes;
  std::vector<onnx::TensorProto> constants;
};

/// Upgrades `node` of default-domain `opset` to the newest form. `dtypeOf`
/// gives the TensorProto data type of a value (0 when unknown); `freshName`
/// a value name unused in the model, derived from its argument. On failure
/// `error` says why.
bool upgradeNode(const onnx::NodeProto &node, int64_t opset,
                 llvm::function_ref<int(const std::string &)> dtypeOf,
                 llvm::function_ref<std::string(const std::string &)> freshName,
                 UpgradedNodes &out, std::string &error);

} // namespace x2p::onnx_import

#endif // X2P_LIB_IMPORT_ONNX_OPSETUPGRADE_H
