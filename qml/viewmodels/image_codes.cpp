#include "image_codes.h"

#include <algorithm>

#include "import_flow.h"
#include "otp/interop/app_backups.h"
#include "otp/scanned_payload.h"
#include "otp/secure_bytes.h"

QString offerImageCodes(std::span<const std::string> codes, ImportFlow& flow,
                        const std::function<QString(std::string_view)>& offerOne)
{
    if (codes.empty())
        return {};
    auto count = [&](otp::PayloadKind kind) {
        return std::count_if(codes.begin(), codes.end(), [kind](const std::string& code) {
            return otp::classifyPayload(code).kind == kind;
        });
    };
    const auto setups = count(otp::PayloadKind::TokenSetup);
    const auto exportParts = count(otp::PayloadKind::GoogleMigration);
    if (setups == 0 && exportParts == 0)
        return offerOne(codes.front());
    if (setups == 0) {
        QString firstError;
        for (const std::string& code : codes) {
            if (otp::classifyPayload(code).kind != otp::PayloadKind::GoogleMigration)
                continue;
            if (QString error = offerOne(code); firstError.isEmpty())
                firstError = std::move(error);
        }
        return firstError;
    }
    if (setups == 1 && exportParts == 0) {
        return offerOne(*std::find_if(codes.begin(), codes.end(), [](const std::string& code) {
            return otp::classifyPayload(code).kind == otp::PayloadKind::TokenSetup;
        }));
    }
    // One line per code: the URI list importer reads otpauth:// and otpauth-migration:// lines
    // alike and lists every other line as an entry it cannot import.
    otp::SecureString lines;
    for (const std::string& code : codes) {
        lines.append(code);
        lines.push_back('\n');
    }
    flow.showPreview(otp::interop::parseUriList(lines.view()));
    return {};
}
