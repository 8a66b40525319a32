//===- Framework.h - Paddle's ProgramDesc protobuf messages -----*- C++ -*-===//
//
// The C++ classes protoc generates from lib/ProgramDesc/
// x2p_paddle_framework.proto (namespace paddle::framework::proto). Include
// this, not the generated header, so the generated path stays in one place.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_PROGRAMDESC_FRAMEWORK_H
#define X2P_PROGRAMDESC_FRAMEWORK_H

#include "x2p/ProgramDesc/x2p_paddle_framework.pb.h"

namespace x2p::programdesc {
namespace proto = ::paddle::framework::proto;
} // namespace x2p::programdesc

#endif // X2P_PROGRAMDESC_FRAMEWORK_H
