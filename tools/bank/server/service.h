#pragma once

#include <QString>

#include "bank.h"
#include "bank_store.h"

namespace bank {

// The bank and where it is kept. Every handler that changes the bank calls save() before it
// answers, so an answer the client saw is never lost by a restart.
struct Service {
    Bank bank;
    BankStore store;

    // An empty string, or why the state could not be written.
    [[nodiscard]] QString save() const
    {
        auto saved = store.save(bank.state());
        return saved ? QString() : QString::fromStdString(saved.failure().message);
    }
};

}  // namespace bank
