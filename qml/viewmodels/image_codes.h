#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>

#include <QString>

class ImportFlow;

// What to do with every QR code read from one image or pasted at once (Import image, Paste):
// - one token setup code (also when other, non-token codes are beside it): `offerOne(code)`,
//   the confirmation sheet of a scanned code;
// - only Google Authenticator export codes: each goes to `offerOne`, which collects them into
//   the export's batch (all parts of the export in one image open the preview at once);
// - several token setup codes (a sheet of codes, a screenshot of several), or token setup
//   codes beside export codes: one import preview of them all, in the order found, where
//   entries that are no token are listed with their reason and never stored;
// - no token setup or export code: `offerOne(first code)`, which says what it is.
// Returns "" or the translated error of the first code that failed.
QString offerImageCodes(std::span<const std::string> codes, ImportFlow& flow,
                        const std::function<QString(std::string_view)>& offerOne);
