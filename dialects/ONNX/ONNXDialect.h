//===- ONNXDialect.h - the onnx dialect -------------------------*- C++ -*-===//
//
// Declares the onnx dialect class; include ONNXOps.h for the operations.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_ONNX_ONNXDIALECT_H
#define X2P_DIALECT_ONNX_ONNXDIALECT_H

#include "mlir/IR/Dialect.h"

#include "dialects/ONNX/ONNXDialect.h.inc"

#endif // X2P_DIALECT_ONNX_ONNXDIALECT_H
