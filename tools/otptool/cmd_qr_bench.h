#pragma once

#include "commands.h"

namespace otptool {

// `otptool qr bench DIR [--stages] [--category NAME]`: see cmd_qr.cpp's usage text.
int runQrBench(CommandArgs argv);

}  // namespace otptool
