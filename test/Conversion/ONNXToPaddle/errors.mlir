// Ops --onnx-to-paddle cannot convert are all reported, each at its ONNX
// node, with the reason, and the pass fails.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle -verify-diagnostics

func.func @several(%x: tensor<2x3xf32>, %s: tensor<2xi64>, %i: tensor<2x3xui32>, %m: tensor<2x2xf32>) -> (tensor<3x2xf32>, tensor<2x3xui32>, tensor<f32>) {
  // expected-error @+1 {{cannot convert 'onnx.Reshape' to the paddle dialect: the target shape is not a constant (dynamic shapes are not converted yet)}}
  %0 = onnx.Reshape %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<3x2xf32>
  // expected-error @+1 {{cannot convert 'onnx.Div' to the paddle dialect: Paddle has no ui32 tensors}}
  %1 = onnx.Div %i, %i : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
  // expected-error @+1 {{cannot convert 'onnx.Det' to the paddle dialect: no conversion for this operator yet}}
  %2 = onnx.Det %m : (tensor<2x2xf32>) -> tensor<f32>
  return %0, %1, %2 : tensor<3x2xf32>, tensor<2x3xui32>, tensor<f32>
}

// -----

func.func @allowzero(%x: tensor<0x3xf32>) -> tensor<3x0xf32> {
  %s = onnx.Constant dense<[3, 0]> : tensor<2xi64>
  // expected-error @+1 {{allowzero = 1 with a 0 in the shape (an empty dim) has no reshape2 equivalent}}
  %0 = onnx.Reshape %x, %s {allowzero = 1 : si64} : (tensor<0x3xf32>, tensor<2xi64>) -> tensor<3x0xf32>
  return %0 : tensor<3x0xf32>
}
