#include "serial_source_text.h"

#include <QCoreApplication>

#include "otp/issued_serial.h"

namespace serialsource {

bool issued(const otp::KeyUri& uri)
{
    return otp::serialSource(uri) != otp::SerialSource::Derived;
}

QString text(const otp::KeyUri& uri)
{
    return issued(uri)
               ? QCoreApplication::translate("SerialSource", "From your bank")
               : QCoreApplication::translate("SerialSource", "Made by SoftToken from the key");
}

}  // namespace serialsource
