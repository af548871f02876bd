// Only the header matters (see include/CFuzzerDriver.h); SwiftPM needs a source file.
#include "CFuzzerDriver.h"
