#include "otp/uri_generators.h"

namespace otp {

Result<HotpGenerator> hotpGeneratorFor(const KeyUri& uri)
{
    return HotpGenerator::create(uri.secret, uri.algorithm, uri.digits, uri.codeFormat);
}

Result<TotpGenerator> totpGeneratorFor(const KeyUri& uri)
{
    return TotpGenerator::create(uri.secret, {.algorithm = uri.algorithm,
                                              .digits = uri.digits,
                                              .period = uri.period,
                                              .format = uri.codeFormat});
}

}  // namespace otp
