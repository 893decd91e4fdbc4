#pragma once

#include <QString>

#include "bank_state.h"
#include "outcome.h"

namespace bank {

// The bank's state as one JSON file, DIR/bank.json, replaced atomically (QSaveFile) on every
// save, so a crash or a restart loses nothing that was answered. It holds the tokens' secrets
// in the clear: this is a test tool, never a real bank's store. Format: docs/bank-simulator.md.
class BankStore {
public:
    explicit BankStore(QString directory);

    // An empty State if there is no file yet. Errors (BadRequest): unreadable file, not JSON,
    // a version other than 1, a token URI that does not parse.
    Outcome<State> load() const;
    Outcome<bool> save(const State& state) const;

    QString filePath() const;

private:
    QString m_directory;
};

}  // namespace bank
