//===- OpTable.cpp - lookups in the generated OpDesc slot table -----------===//
//
// The table itself is PaddleOpTable.inc, generated from the paddle dialect's
// ODS at build time; this file gives it lookups and the slot grouping that
// the exporter and importer share.
//
//===----------------------------------------------------------------------===//
#include "x2p/ProgramDesc/OpTable.h"

#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace x2p::programdesc;

#include "PaddleOpTable.inc"

ArrayRef<OpInfo> x2p::programdesc::allOps() { return kOpTable; }

const OpInfo *x2p::programdesc::lookupByPaddleType(StringRef type) {
  auto *it = llvm::lower_bound(
      kOpTable, type, [](const OpInfo &op, StringRef t) { return op.type < t; });
  return it != std::end(kOpTable) && it->type == type ? it : nullptr;
}

const OpInfo *x2p::programdesc::lookupByMLIRName(StringRef name) {
  if (!name.consume_front("paddle."))
    return nullptr;
  return lookupByPaddleType(name);
}

LogicalResult x2p::programdesc::groupBySlot(
    ValueRange values, ArrayRef<SlotInfo> slots,
    std::optional<ArrayRef<int32_t>> segmentSizes,
    SmallVectorImpl<ValueRange> &groups) {
  groups.clear();
  SmallVector<int64_t> sizes;
  if (segmentSizes) {
    if (segmentSizes->size() != slots.size())
      return failure();
    sizes.assign(segmentSizes->begin(), segmentSizes->end());
  } else {
    // Without segment sizes ODS allows at most one slot of unknown size.
    int64_t fixed = 0, open = -1;
    for (auto [i, slot] : llvm::enumerate(slots)) {
      if (slot.kind == SlotKind::Single) {
        ++fixed;
        continue;
      }
      if (open >= 0)
        return failure();
      open = i;
    }
    int64_t rest = static_cast<int64_t>(values.size()) - fixed;
    if (rest < 0 || (open < 0 && rest != 0))
      return failure();
    for (auto [i, slot] : llvm::enumerate(slots))
      sizes.push_back(static_cast<int64_t>(i) == open ? rest : 1);
  }
  int64_t start = 0;
  for (int64_t size : sizes) {
    if (size < 0 || start + size > static_cast<int64_t>(values.size()))
      return failure();
    groups.push_back(values.slice(start, size));
    start += size;
  }
  return success(start == static_cast<int64_t>(values.size()));
}
