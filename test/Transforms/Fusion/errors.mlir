// Fusion passes refuse a target they do not know, naming it, at the
// function they were to rewrite.
// RUN: not x2p-opt %s --fuse-gelu="target=tpu" 2>&1 | FileCheck %s --check-prefix=GELU
// RUN: not x2p-opt %s --fuse-matmul-scale="target=tpu" 2>&1 | FileCheck %s --check-prefix=SCALE
// GELU: error: --fuse-gelu: target must be cpu or gpu, not 'tpu'
// RUN: not x2p-opt %s --fuse-attention="target=tpu" 2>&1 | FileCheck %s --check-prefix=ATTENTION
// SCALE: error: --fuse-matmul-scale: target must be cpu or gpu, not 'tpu'
// ATTENTION: error: --fuse-attention: target must be cpu or gpu, not 'tpu'
// RUN: not x2p-opt %s --linear-form="form=mul" 2>&1 | FileCheck %s --check-prefix=FORM
// FORM: error: --linear-form: form must be fc or matmul, not 'mul'
// RUN: not x2p-opt %s --fuse-layernorm="target=tpu" 2>&1 | FileCheck %s --check-prefix=LN
// RUN: not x2p-opt %s --fuse-skip-layernorm="target=tpu" 2>&1 | FileCheck %s --check-prefix=SKIP
// RUN: not x2p-opt %s --fuse-embedding-layernorm="target=" 2>&1 | FileCheck %s --check-prefix=EMB
// LN: error: --fuse-layernorm: target must be cpu or gpu, not 'tpu'
// SKIP: error: --fuse-skip-layernorm: target must be cpu or gpu, not 'tpu'
// EMB: error: --fuse-embedding-layernorm: target must be cpu or gpu, not ''

func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
