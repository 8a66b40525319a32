// --x2p-onnx-pipeline, which the x2p driver runs, gives the converted
// program the paddle passes after --onnx-to-paddle: the Div whose
// dividend broadcasts gets a full-shaped dividend (--paddle-avoid-quirks),
// and the constant it replaced is not left as a parameter
// (--paddle-drop-dead-parameters). The conversion alone, under either of
// its names, emits the natural program.
// RUN: x2p-opt %s --x2p-onnx-pipeline | FileCheck %s
// RUN: x2p-opt %s --onnx-to-paddle | FileCheck %s --check-prefix=CONVERT
// RUN: x2p-opt %s --convert-onnx-to-paddle | FileCheck %s --check-prefix=CONVERT

// CHECK-LABEL: func.func @main_graph
// CHECK-NOT: paddle.parameter
// CHECK: %[[FULL:.*]] = paddle.fill_any_like %arg0 {value = 1.000000e+00 : f32}
// CHECK: paddle.elementwise_div %[[FULL]], %arg0
// CONVERT-LABEL: func.func @main_graph
// CONVERT: %[[ONE:.*]] = paddle.parameter "one" dense<1.000000e+00> : tensor<f32>
// CONVERT: paddle.elementwise_div %[[ONE]], %arg0 : (tensor<f32>, tensor<?x4xf32>)
func.func @main_graph(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %one = onnx.Constant dense<1.0> : tensor<f32> loc("one")
  %0 = onnx.Div %one, %x : (tensor<f32>, tensor<?x4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}
