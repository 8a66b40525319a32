//===- Driver.h - the x2p command-line converter ----------------*- C++ -*-===//
//
// `x2p --framework=onnx --model=m.onnx --save_dir=out` in one process:
// import, the registered pass pipeline, ProgramDesc export into
// out/inference_model/ (X2Paddle's layout). The tool's main only calls in.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DRIVER_DRIVER_H
#define X2P_DRIVER_DRIVER_H

namespace x2p {

/// Parses the command line and runs the conversion; returns the exit code
/// (0 success, 1 conversion failure, 2 usage error).
int driverMain(int argc, char **argv);

} // namespace x2p

#endif // X2P_DRIVER_DRIVER_H
