// swift-tools-version:6.0
// pyvm: a CPython 3.11 bytecode virtual machine and toolkit.
// Layers (one-way): PyBytecode <- PyRuntime <- pyvm. See docs/ and DESIGN.md.
import PackageDescription

let package = Package(
    name: "pyvm",
    products: [
        .library(name: "PyBytecode", targets: ["PyBytecode"]),
        .library(name: "PyRuntime", targets: ["PyRuntime"]),
        .executable(name: "pyvm", targets: ["pyvm"]),
        .executable(name: "FuzzMarshal", targets: ["FuzzMarshal"]),
        .executable(name: "FuzzVerify", targets: ["FuzzVerify"]),
        .executable(name: "FuzzExecute", targets: ["FuzzExecute"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        .target(name: "PyBytecode"),
        .target(
            name: "PyRuntime",
            dependencies: ["PyBytecode", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded"])]),
        .executableTarget(name: "pyvm", dependencies: ["PyBytecode", "PyRuntime"]),
        // libFuzzer targets; built normally they replay files (see tools/fuzz.sh).
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzMarshal", dependencies: ["FuzzSupport", "PyBytecode"]),
        .executableTarget(name: "FuzzVerify", dependencies: ["FuzzSupport", "PyBytecode"]),
        .executableTarget(name: "FuzzExecute", dependencies: ["FuzzSupport", "PyBytecode", "PyRuntime"]),
        .testTarget(name: "PyBytecodeTests", dependencies: ["PyBytecode"]),
        .testTarget(name: "PyRuntimeTests", dependencies: ["PyBytecode", "PyRuntime"]),
    ]
)
