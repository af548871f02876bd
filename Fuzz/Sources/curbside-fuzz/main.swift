import CFuzzerDriver
import Foundation

// Built with -sanitize=fuzzer,address (see run.sh). libFuzzer parses its flags from argv.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzerTestOneInput(data, size) }
exit(status)
