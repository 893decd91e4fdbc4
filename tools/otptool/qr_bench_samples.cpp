#include "qr_bench_samples.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <istream>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace otptool {

namespace {

// One CSV record (RFC 4180 quoting); false at end of input.
bool readRecord(std::istream& in, std::vector<std::string>& fields)
{
    fields.clear();
    std::string field;
    bool quoted = false;
    bool any = false;
    for (int c; (c = in.get()) != EOF;) {
        any = true;
        if (quoted) {
            if (c == '"') {
                if (in.peek() == '"')
                    field += static_cast<char>(in.get());
                else
                    quoted = false;
            } else {
                field += static_cast<char>(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            field += static_cast<char>(c);
        }
    }
    if (!any)
        return false;
    fields.push_back(std::move(field));
    return true;
}

}  // namespace

std::optional<std::vector<BenchSample>> readManifest(const QString& dir, std::string& error)
{
    std::ifstream manifest(QDir(dir).filePath(QStringLiteral("manifest.csv")).toStdString());
    if (!manifest) {
        error = "cannot open " + dir.toStdString() + "/manifest.csv";
        return std::nullopt;
    }
    std::vector<std::string> header;
    readRecord(manifest, header);
    if (header.size() < 3 || header[0] != "file" || header[1] != "category") {
        error = "manifest.csv must start with file,category,...,payload";
        return std::nullopt;
    }
    std::vector<BenchSample> samples;
    std::vector<std::string> fields;
    while (readRecord(manifest, fields)) {
        if (fields.size() == header.size())
            samples.push_back({fields[0], fields[1], fields.back(), heldOut(fields[0])});
    }
    return samples;
}

std::vector<BenchSample> readPhotoFolder(const QString& dir)
{
    const QDir root(QDir(dir).absolutePath());
    std::vector<BenchSample> samples;
    const QStringList patterns{QStringLiteral("*.png"), QStringLiteral("*.jpg"),
                               QStringLiteral("*.jpeg"), QStringLiteral("*.webp"),
                               QStringLiteral("*.gif")};
    QDirIterator it(root.path(), patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo image(it.next());
        QFile text(image.dir().filePath(image.completeBaseName() + QStringLiteral(".txt")));
        if (!text.open(QIODevice::ReadOnly))
            continue;  // no expected text (e.g. parts of a structured-append sequence)
        const std::string file = root.relativeFilePath(image.absoluteFilePath()).toStdString();
        const QByteArray payload = text.readAll();
        samples.push_back(
            {file, image.dir().dirName().toStdString(), payload.toStdString(), heldOut(file)});
    }
    std::sort(samples.begin(), samples.end(),
              [](const BenchSample& a, const BenchSample& b) { return a.file < b.file; });
    return samples;
}

bool heldOut(const std::string& relativePath)
{
    std::uint32_t hash = 2166136261u;
    for (const char c : relativePath) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return hash % 3 == 0;
}

bool isMultiLine(const std::string& text)
{
    const auto end = text.find_last_not_of("\r\n");
    return end != std::string::npos && text.find_first_of("\r\n") < end;
}

}  // namespace otptool
