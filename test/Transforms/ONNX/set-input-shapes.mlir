// RUN: x2p-opt %s -split-input-file --onnx-set-input-shapes="shapes=ids:2x?,mask:2x7" --onnx-shape-inference | FileCheck %s

// Named inputs get the given dims (? keeps a dim dynamic), shape inference
// carries them on, and other inputs are left alone.
// CHECK-LABEL: func.func @fix_dims
// CHECK-SAME: (%{{.*}}: tensor<2x?xi64> {onnx.name = "ids"}, %{{.*}}: tensor<2x7xi64> {onnx.name = "mask"}, %{{.*}}: tensor<?xf32> {onnx.name = "other"})
// CHECK: onnx.Add {{.*}} -> tensor<2x7xi64>
func.func @fix_dims(%ids: tensor<?x?xi64> {onnx.name = "ids"}, %mask: tensor<?x?xi64> {onnx.name = "mask"}, %other: tensor<?xf32> {onnx.name = "other"}) -> tensor<?x?xi64> {
  %0 = onnx.Add %ids, %mask : (tensor<?x?xi64>, tensor<?x?xi64>) -> tensor<?x?xi64>
  return %0 : tensor<?x?xi64>
}

// -----

// An unranked input takes the rank given.
// CHECK-LABEL: func.func @unranked
// CHECK-SAME: tensor<2x?xi64> {onnx.name = "ids"}, %{{.*}}: tensor<2x7xi64> {onnx.name = "mask"}
func.func @unranked(%ids: tensor<*xi64> {onnx.name = "ids"}, %mask: tensor<*xi64> {onnx.name = "mask"}) {
  return
}
