# lit configuration for x2p. Tests run the built tools (x2p-opt,
# x2p-translate) and LLVM's FileCheck/not/count from Debian's llvm-22-tools.
# %python is the test environment's interpreter (.venv, with real Paddle,
# onnxruntime and onnx); tests that need it declare REQUIRES: python-env.
import os
import subprocess

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "x2p"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test", ".onnxtext"]
config.excludes = ["Inputs", "lib", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.x2p_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%x2p_src", config.x2p_src_root))
config.substitutions.append(("%x2p_obj", config.x2p_obj_root))
config.substitutions.append(("%paddle_model", "%s %s" % (
    config.x2p_python, os.path.join(config.x2p_src_root, "test", "lib",
                                    "paddle_model.py"))))
config.substitutions.append(("%python", config.x2p_python))
config.substitutions.append(("%mlir_tblgen", config.mlir_tblgen))
config.substitutions.append(("%mlir_include", config.mlir_include_dir))

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
# Where the generated test models are cached (test/e2e/models.test).
llvm_config.with_system_environment(["HOME", "X2P_MODELS_CACHE"])

tool_dirs = [config.x2p_tools_dir, config.llvm_tools_dir]
tools = [ToolSubst("x2p", unresolved="fatal"),
         ToolSubst("x2p-opt", unresolved="fatal"),
         ToolSubst("x2p-translate", unresolved="fatal")]
llvm_config.add_tool_substitutions(tools, tool_dirs)


def python_env_works(python):
    """True when the test environment imports paddle, onnxruntime and onnx."""
    if not os.path.exists(python):
        return False
    probe = "import paddle, onnxruntime, onnx, numpy"
    return subprocess.run([python, "-c", probe], capture_output=True).returncode == 0


# The model-generation environment (test/models/setup_env.sh: Debian's
# torch 1.13 + transformers); tests that export models say REQUIRES:
# models-env.
if os.path.exists(os.path.join(config.x2p_src_root, ".venv-models", "bin",
                               "python")):
    config.available_features.add("models-env")

if python_env_works(config.x2p_python):
    config.available_features.add("python-env")
elif os.environ.get("CI"):
    # CI must run every test: a broken environment is a failure, not a skip.
    lit_config.fatal("test Python environment %s does not import paddle, "
                     "onnxruntime and onnx; run scripts/bootstrap.sh"
                     % config.x2p_python)
