//===- PaddleKernels.h - element types of Paddle's CPU kernels --*- C++ -*-===//
//
// Paddle 3.3.1 registers many CPU kernels for a few element types only
// (sin: f32/f64; elementwise_sub: i16 and up; no f16 arithmetic at all), and
// a program using another fails when it runs. Each paddle op records its set
// in ODS (`cpuKernelTypes` on Paddle_Op); this is the one C++ view of that
// record, generated from it at build time. The op verifiers refuse the
// other types (the CpuKernelTypes trait every paddle op has), and the ONNX
// conversion computes in a type the set holds or reports the op.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_PADDLEKERNELS_H
#define X2P_DIALECT_PADDLE_PADDLEKERNELS_H

#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/Types.h"

#include <string>

namespace x2p::Paddle {

/// Element types, as bits of a set.
enum KernelType : unsigned {
  kBool = 1u << 0,
  kU8 = 1u << 1,
  kI8 = 1u << 2,
  kI16 = 1u << 3,
  kI32 = 1u << 4,
  kI64 = 1u << 5,
  kF16 = 1u << 6,
  kBF16 = 1u << 7,
  kF32 = 1u << 8,
  kF64 = 1u << 9,
};
/// Every element type Paddle has tensors of.
constexpr unsigned kAnyKernelType = (1u << 10) - 1;

/// The bit of element type `type`; 0 when Paddle has no tensors of it
/// (varTypeCodeOf has no code for it).
unsigned kernelTypeOf(mlir::Type type);

/// The element types Paddle's CPU kernel of op `opName` ("paddle.sin")
/// takes; kAnyKernelType when the dialect records no set for it.
unsigned cpuKernelTypes(llvm::StringRef opName);
template <typename OpTy> unsigned cpuKernelTypes() {
  return cpuKernelTypes(OpTy::getOperationName());
}

/// Whether Paddle's CPU kernel of `opName` takes `element` (a type Paddle
/// has tensors of, when no set is recorded).
bool hasCpuKernel(llvm::StringRef opName, mlir::Type element);

/// Paddle's names of the types in `types`: "float32, float64".
std::string kernelTypeNames(unsigned types);

namespace detail {
/// Fails, naming the operand, when the operand the CPU kernel of `op`
/// dispatches on has an element type outside the op's set.
mlir::LogicalResult verifyCpuKernelTypes(mlir::Operation *op);
} // namespace detail

namespace OpTrait {
/// Verifies the op's cpuKernelTypes set; ops without one pass.
template <typename ConcreteType>
class CpuKernelTypes
    : public mlir::OpTrait::TraitBase<ConcreteType, CpuKernelTypes> {
public:
  static mlir::LogicalResult verifyTrait(mlir::Operation *op) {
    return detail::verifyCpuKernelTypes(op);
  }
};
} // namespace OpTrait

} // namespace x2p::Paddle

#endif // X2P_DIALECT_PADDLE_PADDLEKERNELS_H
