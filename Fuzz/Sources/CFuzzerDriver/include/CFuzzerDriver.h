#ifndef CURBSIDE_FUZZER_DRIVER_H
#define CURBSIDE_FUZZER_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, LLVM 11 and later), linked in by -sanitize=fuzzer: runs
/// the fuzzing loop with libFuzzer's command-line flags, calling `callback` per input.
/// curbside-fuzz calls it from its own main, because SwiftPM gives every executable a main.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
