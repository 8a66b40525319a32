// A two-layer MLP with a softmax head, as the ONNX importer will produce it
// from an exported torch.nn.Sequential(Linear, ReLU, Linear, Softmax):
// `batch` stays a dynamic dim, weights are onnx.Constant ops.
func.func @main_graph(%input: tensor<?x4xf32>) -> tensor<?x3xf32> {
  %w0 = onnx.Constant dense<[[0.5, -0.25, 0.125, 1.0, 0.0, 0.75, -0.5, 0.25], [0.0, 1.0, -1.0, 0.5, 0.25, -0.125, 0.5, -0.75], [0.25, 0.25, 0.5, -0.5, 1.0, 0.0, -0.25, 0.125], [-1.0, 0.5, 0.0, 0.25, -0.5, 0.75, 1.0, 0.5]]> : tensor<4x8xf32>
  %b0 = onnx.Constant dense<0.1> : tensor<8xf32>
  %w1 = onnx.Constant dense<0.2> : tensor<3x8xf32>
  %b1 = onnx.Constant dense<[0.0, 0.5, -0.5]> : tensor<3xf32>
  %mm = onnx.MatMul %input, %w0 : (tensor<?x4xf32>, tensor<4x8xf32>) -> tensor<?x8xf32>
  %h = onnx.Add %mm, %b0 : (tensor<?x8xf32>, tensor<8xf32>) -> tensor<?x8xf32>
  %r = onnx.Relu %h : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %logits = onnx.Gemm %r, %w1, %b1 {transB = 1 : si64} : (tensor<?x8xf32>, tensor<3x8xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  %probs = onnx.Softmax %logits {axis = -1 : si64} : (tensor<?x3xf32>) -> tensor<?x3xf32>
  return %probs : tensor<?x3xf32>
}
