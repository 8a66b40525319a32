//===- GraphImport.h - GraphProtos to func.func and regions -----*- C++ -*-===//
//
// The main graph becomes `func.func @main_graph`; graph attributes (If,
// Loop, Scan) become regions. Nodes are built generically by name, so any
// operator the onnx dialect has is imported without code for it here.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_IMPORT_ONNX_GRAPHIMPORT_H
#define X2P_LIB_IMPORT_ONNX_GRAPHIMPORT_H

#include "ImportContext.h"

#include "mlir/IR/BuiltinOps.h"

namespace onnx {
class GraphProto;
} // namespace onnx

namespace x2p::onnx_import {

/// Adds `func.func @main_graph` for `graph` to `module`.
mlir::LogicalResult importMainGraph(const onnx::GraphProto &graph,
                                    mlir::ModuleOp module, ImportContext &ic);

} // namespace x2p::onnx_import

#endif // X2P_LIB_IMPORT_ONNX_GRAPHIMPORT_H
