// `pyvm --toolkit verify FILE.pyc...`: runs the code-object verifier over every code object of
// each file (tools/verify_stdlib.py). Prints `PATH N verified, M rejected [reasons]` per file.
import PyBytecode

extension ToolkitCommands {
    static func verify(_ files: [String]) {
        for path in files {
            do {
                let pyc = try PycFile.parse(try SystemIO.readFile(path))
                var verified = 0
                var rejected: [String] = []
                for code in allCodeObjects(pyc.code) {
                    do {
                        try CodeVerifier.verify(code)
                        verified += 1
                    } catch {
                        rejected.append(describe(error))
                    }
                }
                SystemIO.writeStdout("\(path) \(verified) verified, \(rejected.count) rejected \(rejected)\n")
            } catch {
                SystemIO.writeStdout("error \(path): \(describe(error))\n")
            }
        }
    }
}
