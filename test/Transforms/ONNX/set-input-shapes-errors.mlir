// Every way --onnx-set-input-shapes can be given shapes that do not fit the
// model is an error at the function, naming the input.
// RUN: x2p-opt %s -split-input-file --onnx-set-input-shapes="shapes=ids:1x8" -verify-diagnostics
// RUN: not x2p-opt %s --onnx-set-input-shapes="shapes=ids" 2>&1 | FileCheck %s --check-prefix=SYNTAX
// RUN: not x2p-opt %s --onnx-set-input-shapes="shapes=ids:1xz" 2>&1 | FileCheck %s --check-prefix=DIM
// SYNTAX: --onnx-set-input-shapes: 'ids' is not NAME:DIMS (e.g. input_ids:1x128)
// DIM: --onnx-set-input-shapes: 'z' in 'ids:1xz' is not a dim

// expected-error @+1 {{no model input is named 'ids' (inputs: 'x', 'y')}}
func.func @unknown_name(%x: tensor<?x8xi64> {onnx.name = "x"}, %y: tensor<?x8xi64> {onnx.name = "y"}) {
  return
}

// -----

// expected-error @+1 {{input 'ids' has rank 3, 2 dims given}}
func.func @rank(%ids: tensor<?x8x2xi64> {onnx.name = "ids"}) {
  return
}

// -----

// expected-error @+1 {{input 'ids' has dim 1 = 4 in the model, 8 given}}
func.func @fixed_dim(%ids: tensor<?x4xi64> {onnx.name = "ids"}) {
  return
}
