// The web input layer returns the project's one Status (newsgraph/status.h): ok, or a code and
// a one-line message that says what went wrong and where ("gzip: truncated stream at byte
// 4096"). web::Status is the same class under the web layer's namespace.
#pragma once

#include "newsgraph/status.h"

namespace newsgraph::web {

using Status = newsgraph::Status;

}  // namespace newsgraph::web
