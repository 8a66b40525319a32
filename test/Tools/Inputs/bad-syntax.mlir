// An op the onnx dialect does not have (x2p-opt.test).
func.func @f(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = onnx.NoSuchOp %x : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
