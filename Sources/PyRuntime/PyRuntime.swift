// PyRuntime: object model, builtins, frames and the eval loop (issue 3).
// Empty for now: the toolkit layer (PyBytecode) comes first.
import PyBytecode

/// Version of the Python language this runtime implements.
public enum PyRuntimeInfo {
    public static let pythonVersion = (major: 3, minor: 11, micro: 7)
}
