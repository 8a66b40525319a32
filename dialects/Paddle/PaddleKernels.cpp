//===- PaddleKernels.cpp - the kernel-type table and its verifier ---------===//
//
// Looks ops up in the table gen_kernel_table.py writes from the ODS
// `cpuKernelTypes` sets; see PaddleKernels.h.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleKernels.h"
#include "x2p/Dialect/Paddle/PaddleDataType.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;

namespace {
struct CpuKernelEntry {
  const char *opName;
  unsigned types;
  unsigned operand; // the operand the kernel dispatches on
  const char *slot; // its slot name
};
} // namespace

using namespace x2p::Paddle;

#include "x2p/Dialect/Paddle/PaddleKernelTypes.inc"

static const CpuKernelEntry *lookup(StringRef opName) {
  const auto *it = llvm::partition_point(kCpuKernelTable, [&](const auto &e) {
    return StringRef(e.opName) < opName;
  });
  if (it == std::end(kCpuKernelTable) || StringRef(it->opName) != opName)
    return nullptr;
  return it;
}

unsigned x2p::Paddle::kernelTypeOf(Type type) {
  using C = VarTypeCode;
  static constexpr std::pair<C, unsigned> bits[] = {
      {C::BOOL, kBool}, {C::UINT8, kU8},  {C::INT8, kI8},  {C::INT16, kI16},
      {C::INT32, kI32}, {C::INT64, kI64}, {C::FP16, kF16}, {C::BF16, kBF16},
      {C::FP32, kF32},  {C::FP64, kF64}};
  std::optional<int32_t> code = varTypeCodeOf(type);
  for (auto [c, bit] : bits)
    if (code && static_cast<int32_t>(c) == *code)
      return bit;
  return 0;
}

unsigned x2p::Paddle::cpuKernelTypes(StringRef opName) {
  const CpuKernelEntry *entry = lookup(opName);
  return entry ? entry->types : kAnyKernelType;
}

bool x2p::Paddle::hasCpuKernel(StringRef opName, Type element) {
  return (kernelTypeOf(element) & cpuKernelTypes(opName)) != 0;
}

std::string x2p::Paddle::kernelTypeNames(unsigned types) {
  static const char *const names[] = {
      "bool",  "uint8",   "int8",     "int16",   "int32",
      "int64", "float16", "bfloat16", "float32", "float64"};
  std::string out;
  for (auto [i, name] : llvm::enumerate(names)) {
    if (!(types & (1u << i)))
      continue;
    if (!out.empty())
      out += ", ";
    out += name;
  }
  return out;
}

LogicalResult x2p::Paddle::detail::verifyCpuKernelTypes(Operation *op) {
  const CpuKernelEntry *entry = lookup(op->getName().getStringRef());
  if (!entry || entry->operand >= op->getNumOperands())
    return success();
  Type element = getElementTypeOrSelf(op->getOperand(entry->operand));
  if (kernelTypeOf(element) & entry->types)
    return success();
  return op->emitOpError() << entry->slot << " has element type " << element
                           << ", which Paddle's CPU kernel lacks (it takes "
                           << kernelTypeNames(entry->types) << ")";
}
