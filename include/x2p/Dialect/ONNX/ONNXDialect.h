//===- ONNXDialect.h - the onnx dialect -------------------------*- C++ -*-===//
//
// Declares the onnx dialect class and its types (!onnx.String, !onnx.Seq,
// !onnx.Opt); include ONNXOps.h for the operations.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_ONNX_ONNXDIALECT_H
#define X2P_DIALECT_ONNX_ONNXDIALECT_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"

#include "x2p/Dialect/ONNX/ONNXDialect.h.inc"

#define GET_TYPEDEF_CLASSES
#include "x2p/Dialect/ONNX/ONNXTypes.h.inc"

#endif // X2P_DIALECT_ONNX_ONNXDIALECT_H
