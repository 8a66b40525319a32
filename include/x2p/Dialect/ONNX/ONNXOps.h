//===- ONNXOps.h - onnx dialect operations ----------------------*- C++ -*-===//
//
// The op classes generated from ONNXOps.td (itself generated from ONNX's
// schemas by gen_onnx_ops.py).
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_ONNX_ONNXOPS_H
#define X2P_DIALECT_ONNX_ONNXOPS_H

#include "x2p/Dialect/ONNX/ONNXDialect.h"
#include "x2p/Dialect/ONNX/ONNXTraits.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/Traits.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#define GET_OP_CLASSES
#include "x2p/Dialect/ONNX/ONNXOps.h.inc"

#endif // X2P_DIALECT_ONNX_ONNXOPS_H
