.pragma library

// Typed token details for AddTokenFlow.offerManual(), as the manual entry page collects them:
// `fields` sets the rest (hotp, algorithm, digits, period, counter, serial).
function entry(flow, issuer, account, secret, fields) {
    const e = flow.manualEntry()
    e.issuer = issuer
    e.account = account
    e.secret = secret
    for (const key in fields)
        e[key] = fields[key]
    return e
}

// Offers the token and saves it; "" or the first error.
function add(flow, issuer, account, secret, fields) {
    const error = flow.offerManual(entry(flow, issuer, account, secret, fields))
    return error !== "" ? error : flow.confirmPending(0)
}
