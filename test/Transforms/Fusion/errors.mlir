// Fusion passes refuse a target they do not know, naming it.
// RUN: x2p-opt %s --fuse-gelu="target=tpu" -verify-diagnostics

// expected-error @+1 {{--fuse-gelu: target must be cpu or gpu, not 'tpu'}}
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
