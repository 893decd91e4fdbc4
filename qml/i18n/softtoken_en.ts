<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A software token for one-time passwords (TOTP and HOTP). Your secret keys are encrypted on this device and never leave it.</source>
        <translation>A software token for one-time passwords (TOTP and HOTP). Your secret keys are encrypted on this device and never leave it.</translation>
    </message>
    <message>
        <source>Open-source software used</source>
        <translation>Open-source software used</translation>
    </message>
    <message>
        <source>The full license texts are installed with these libraries (on Debian: /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>The full license texts are installed with these libraries (on Debian: /usr/share/doc/&lt;package&gt;/copyright).</translation>
    </message>
</context>
<context>
    <name>AddTokenFlow</name>
    <message>
        <source>You already have this token (%1).</source>
        <translation>You already have this token (%1).</translation>
    </message>
    <message>
        <source>A saved token (%1) has the same serial number. It is not replaced: keep both, sign in once with the new one, then delete the old one.</source>
        <translation>A saved token (%1) has the same serial number. It is not replaced: keep both, sign in once with the new one, then delete the old one.</translation>
    </message>
    <message>
        <source>This is not one of the Google Authenticator export codes. %1</source>
        <translation>This is not one of the Google Authenticator export codes. %1</translation>
    </message>
    <message>
        <source>Enter the issuer or the account name.</source>
        <translation>Enter the issuer or the account name.</translation>
    </message>
    <message>
        <source>Reading QR codes from images is not available in this build.</source>
        <translation>Reading QR codes from images is not available in this build.</translation>
    </message>
    <message>
        <source>Token added</source>
        <translation>Token added</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The vault file was damaged, so its backup copy was opened. The most recent change may be missing: check your tokens. The damaged file is kept next to the vault as vault.stv.damaged.</source>
        <translation>The vault file was damaged, so its backup copy was opened. The most recent change may be missing: check your tokens. The damaged file is kept next to the vault as vault.stv.damaged.</translation>
    </message>
</context>
<context>
    <name>AppMenu</name>
    <message>
        <source>Mode switch: to normal mode</source>
        <translation>Mode switch: to normal mode</translation>
    </message>
    <message>
        <source>Mode switch: to registration mode</source>
        <translation>Mode switch: to registration mode</translation>
    </message>
    <message>
        <source>Scan QR code</source>
        <translation>Scan QR code</translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation>Import / Export</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>Base32Validator</name>
    <message>
        <source>“%1” at position %2 is not allowed: a secret key uses only the digits 2–7 (did you mean O, I or B?).</source>
        <translation>“%1” at position %2 is not allowed: a secret key uses only the digits 2–7 (did you mean O, I or B?).</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not allowed: a secret key uses only the letters A–Z and the digits 2–7.</source>
        <translation>“%1” at position %2 is not allowed: a secret key uses only the letters A–Z and the digits 2–7.</translation>
    </message>
    <message>
        <source>The secret key has the wrong length: a character is missing or extra.</source>
        <translation>The secret key has the wrong length: a character is missing or extra.</translation>
    </message>
    <message>
        <source>This is not a valid secret key.</source>
        <translation>This is not a valid secret key.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Enter the secret key.</translation>
    </message>
    <message numerus="yes">
        <source>The secret key is too short: it needs at least %n character(s).</source>
        <translation>
            <numerusform>The secret key is too short: it needs at least %n character.</numerusform>
            <numerusform>The secret key is too short: it needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>CameraAccess</name>
    <message>
        <source>Camera access is off for SoftToken. To scan, allow it in the system settings (Settings → Apps → SoftToken → Permissions → Camera). Meanwhile you can import a picture of the code, paste it or enter the key manually.</source>
        <translation>Camera access is off for SoftToken. To scan, allow it in the system settings (Settings → Apps → SoftToken → Permissions → Camera). Meanwhile you can import a picture of the code, paste it or enter the key manually.</translation>
    </message>
    <message>
        <source>SoftToken uses the camera only to read the QR code your bank gives you for a new token. No picture is stored or sent.</source>
        <translation>SoftToken uses the camera only to read the QR code your bank gives you for a new token. No picture is stored or sent.</translation>
    </message>
</context>
<context>
    <name>ClockCheckController</name>
    <message>
        <source>Your clock is correct (within 1 s).</source>
        <translation>Your clock is correct (within 1 s).</translation>
    </message>
    <message>
        <source>Your clock is off by %1 s: it is slow.</source>
        <translation>Your clock is off by %1 s: it is slow.</translation>
    </message>
    <message>
        <source>Your clock is off by %1 s: it is fast.</source>
        <translation>Your clock is off by %1 s: it is fast.</translation>
    </message>
</context>
<context>
    <name>ClockCheckPage</name>
    <message>
        <source>Check clock</source>
        <translation>Check clock</translation>
    </message>
    <message>
        <source>One-time passwords are wrong when this device&apos;s clock is wrong. SoftToken can ask a time server how far off the clock is.</source>
        <translation>One-time passwords are wrong when this device&apos;s clock is wrong. SoftToken can ask a time server how far off the clock is.</translation>
    </message>
    <message>
        <source>Only when you tap “Check now”, the app sends one small request over the internet to the server below. It sends no information about you or your tokens.</source>
        <translation>Only when you tap “Check now”, the app sends one small request over the internet to the server below. It sends no information about you or your tokens.</translation>
    </message>
    <message>
        <source>Time server</source>
        <translation>Time server</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Apply offset</source>
        <translation>Apply offset</translation>
    </message>
    <message>
        <source>No correction is in use: codes follow the device clock.</source>
        <translation>No correction is in use: codes follow the device clock.</translation>
    </message>
    <message>
        <source>Codes use a correction of %1 s.</source>
        <translation>Codes use a correction of %1 s.</translation>
    </message>
    <message>
        <source>Remove correction</source>
        <translation>Remove correction</translation>
    </message>
</context>
<context>
    <name>ClockCorrectionBadge</name>
    <message>
        <source>Clock corrected: codes use +%1 s</source>
        <translation>Clock corrected: codes use +%1 s</translation>
    </message>
    <message>
        <source>Clock corrected: codes use −%1 s</source>
        <translation>Clock corrected: codes use −%1 s</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
</context>
<context>
    <name>ConfirmTokenSheet</name>
    <message>
        <source>Add this token?</source>
        <translation>Add this token?</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>First code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
    <message>
        <source>Add your token</source>
        <translation>Add your token</translation>
    </message>
    <message>
        <source>Scan the QR code shown by your bank</source>
        <translation>Scan the QR code shown by your bank</translation>
    </message>
    <message>
        <source>Your bank shows it on its token registration page. The secret stays on this device.</source>
        <translation>Your bank shows it on its token registration page. The secret stays on this device.</translation>
    </message>
    <message>
        <source>Scan QR code</source>
        <translation>Scan QR code</translation>
    </message>
    <message>
        <source>Import image</source>
        <translation>Import image</translation>
    </message>
    <message>
        <source>Enter key manually</source>
        <translation>Enter key manually</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The secret key may only contain the letters A–Z and the digits 2–7.</source>
        <translation>The secret key may only contain the letters A–Z and the digits 2–7.</translation>
    </message>
    <message>
        <source>The secret key has the wrong length. Check that no character is missing.</source>
        <translation>The secret key has the wrong length. Check that no character is missing.</translation>
    </message>
    <message>
        <source>This QR code is not a valid token setup. Ask your bank for a new one.</source>
        <translation>This QR code is not a valid token setup. Ask your bank for a new one.</translation>
    </message>
    <message>
        <source>The token setup has no valid secret key.</source>
        <translation>The token setup has no valid secret key.</translation>
    </message>
    <message>
        <source>The token setup names two different issuers.</source>
        <translation>The token setup names two different issuers.</translation>
    </message>
    <message>
        <source>The token uses an algorithm this app does not support.</source>
        <translation>The token uses an algorithm this app does not support.</translation>
    </message>
    <message>
        <source>The number of digits must be between 6 and 10.</source>
        <translation>The number of digits must be between 6 and 10.</translation>
    </message>
    <message>
        <source>The period must be at least 1 second.</source>
        <translation>The period must be at least 1 second.</translation>
    </message>
    <message>
        <source>The counter of this counter-based token is missing or invalid.</source>
        <translation>The counter of this counter-based token is missing or invalid.</translation>
    </message>
    <message>
        <source>A serial number has 4 letters and 8 digits, for example ABCD 1234 5678.</source>
        <translation>A serial number has 4 letters and 8 digits, for example ABCD 1234 5678.</translation>
    </message>
    <message>
        <source>The secret key is empty.</source>
        <translation>The secret key is empty.</translation>
    </message>
    <message>
        <source>The device clock is set before this token&apos;s start time. Check the date and time settings.</source>
        <translation>The device clock is set before this token&apos;s start time. Check the date and time settings.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this device.</source>
        <translation>A cryptographic operation failed on this device.</translation>
    </message>
    <message>
        <source>No saved tokens were found.</source>
        <translation>No saved tokens were found.</translation>
    </message>
    <message>
        <source>The saved tokens are damaged and cannot be read.</source>
        <translation>The saved tokens are damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The saved tokens were written by a newer version of this app. Please update.</source>
        <translation>The saved tokens were written by a newer version of this app. Please update.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the saved tokens were tampered with.</source>
        <translation>Wrong passphrase, or the saved tokens were tampered with.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your tokens.</source>
        <translation>Enter your passphrase to open your tokens.</translation>
    </message>
    <message>
        <source>The device key store is not available. Unlock with your passphrase instead.</source>
        <translation>The device key store is not available. Unlock with your passphrase instead.</translation>
    </message>
    <message>
        <source>Your tokens could not be saved. Check the free storage space.</source>
        <translation>Your tokens could not be saved. Check the free storage space.</translation>
    </message>
    <message>
        <source>This token no longer exists.</source>
        <translation>This token no longer exists.</translation>
    </message>
    <message>
        <source>This image cannot be opened.</source>
        <translation>This image cannot be opened.</translation>
    </message>
    <message>
        <source>No QR code was found. Make sure the whole code is visible and sharp.</source>
        <translation>No QR code was found. Make sure the whole code is visible and sharp.</translation>
    </message>
    <message>
        <source>This QR code is not a token setup code from your bank.</source>
        <translation>This QR code is not a token setup code from your bank.</translation>
    </message>
    <message>
        <source>This is a Google Authenticator export. Use Import / Export to bring it in.</source>
        <translation>This is a Google Authenticator export. Use Import / Export to bring it in.</translation>
    </message>
    <message>
        <source>This QR code is a web link, not a token setup code.</source>
        <translation>This QR code is a web link, not a token setup code.</translation>
    </message>
    <message>
        <source>This QR code is a Wi-Fi network, not a token setup code.</source>
        <translation>This QR code is a Wi-Fi network, not a token setup code.</translation>
    </message>
    <message>
        <source>This QR code is an email address, not a token setup code.</source>
        <translation>This QR code is an email address, not a token setup code.</translation>
    </message>
    <message>
        <source>This QR code is a phone number, not a token setup code.</source>
        <translation>This QR code is a phone number, not a token setup code.</translation>
    </message>
    <message>
        <source>This QR code is a text message, not a token setup code.</source>
        <translation>This QR code is a text message, not a token setup code.</translation>
    </message>
    <message>
        <source>This QR code is a map location, not a token setup code.</source>
        <translation>This QR code is a map location, not a token setup code.</translation>
    </message>
    <message>
        <source>This QR code is a contact card, not a token setup code.</source>
        <translation>This QR code is a contact card, not a token setup code.</translation>
    </message>
    <message>
        <source>This QR code is a calendar event, not a token setup code.</source>
        <translation>This QR code is a calendar event, not a token setup code.</translation>
    </message>
    <message>
        <source>This QR code is empty.</source>
        <translation>This QR code is empty.</translation>
    </message>
    <message>
        <source>Your tokens are not protected by a passphrase: they need the device key store.</source>
        <translation>Your tokens are not protected by a passphrase: they need the device key store.</translation>
    </message>
    <message>
        <source>This token is too large to show as a QR code.</source>
        <translation>This token is too large to show as a QR code.</translation>
    </message>
    <message>
        <source>This file is damaged: it is not valid JSON. Export it again from the other app.</source>
        <translation>This file is damaged: it is not valid JSON. Export it again from the other app.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed. Export it again from the other app.</source>
        <translation>This file is damaged or was changed. Export it again from the other app.</translation>
    </message>
    <message>
        <source>This Google Authenticator export code is damaged. Scan it again, or export again in Google Authenticator.</source>
        <translation>This Google Authenticator export code is damaged. Scan it again, or export again in Google Authenticator.</translation>
    </message>
    <message>
        <source>This code belongs to another Google Authenticator export.</source>
        <translation>This code belongs to another Google Authenticator export.</translation>
    </message>
    <message>
        <source>This backup is encrypted: enter its passphrase.</source>
        <translation>This backup is encrypted: enter its passphrase.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this backup. Check it and try again.</source>
        <translation>Wrong passphrase for this backup. Check it and try again.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it still exists.</source>
        <translation>The file cannot be read. Check that it still exists.</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another place or free some storage space.</source>
        <translation>The file could not be written. Choose another place or free some storage space.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 16 digits.</source>
        <translation>A PIN has 4 to 16 digits.</translation>
    </message>
    <message>
        <source>No PIN is set.</source>
        <translation>No PIN is set.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait, then try again.</source>
        <translation>Too many wrong PINs. Wait, then try again.</translation>
    </message>
    <message>
        <source>The PIN could not be checked on this device.</source>
        <translation>The PIN could not be checked on this device.</translation>
    </message>
    <message>
        <source>The saved app lock is damaged and the PIN cannot be checked.</source>
        <translation>The saved app lock is damaged and the PIN cannot be checked.</translation>
    </message>
    <message>
        <source>Fingerprint or face unlock is not available. Use your PIN.</source>
        <translation>Fingerprint or face unlock is not available. Use your PIN.</translation>
    </message>
    <message>
        <source>Fingerprint or face unlock did not succeed. Use your PIN.</source>
        <translation>Fingerprint or face unlock did not succeed. Use your PIN.</translation>
    </message>
    <message>
        <source>Enter the name of a time server.</source>
        <translation>Enter the name of a time server.</translation>
    </message>
    <message>
        <source>The time server could not be reached. Check the server name and the network.</source>
        <translation>The time server could not be reached. Check the server name and the network.</translation>
    </message>
    <message>
        <source>The time server did not answer in time. Try again later.</source>
        <translation>The time server did not answer in time. Try again later.</translation>
    </message>
    <message>
        <source>The time server sent an answer that cannot be used.</source>
        <translation>The time server sent an answer that cannot be used.</translation>
    </message>
    <message>
        <source>The time server does not know the exact time now. Try another server.</source>
        <translation>The time server does not know the exact time now. Try another server.</translation>
    </message>
    <message>
        <source>Your tokens were changed by another copy of SoftToken. Close this one and open the app again to see them.</source>
        <translation>Your tokens were changed by another copy of SoftToken. Close this one and open the app again to see them.</translation>
    </message>
    <message>
        <source>Something went wrong. If it happens again, please report it with this detail: %1</source>
        <translation>Something went wrong. If it happens again, please report it with this detail: %1</translation>
    </message>
    <message>
        <source>The tokens no longer fit in the vault (more than 64 MiB). Nothing was changed. Remove tokens with very long names or secrets.</source>
        <translation>The tokens no longer fit in the vault (more than 64 MiB). Nothing was changed. Remove tokens with very long names or secrets.</translation>
    </message>
    <message>
        <source>This file is too large to be an authenticator export (more than 16 MiB, or too many values). Nothing was imported.</source>
        <translation>This file is too large to be an authenticator export (more than 16 MiB, or too many values). Nothing was imported.</translation>
    </message>
    <message>
        <source>This file holds more than 10,000 tokens. Split it into smaller exports and import them one by one.</source>
        <translation>This file holds more than 10,000 tokens. Split it into smaller exports and import them one by one.</translation>
    </message>
    <message>
        <source>This encrypted export has more password slots than any app writes (more than 4). It is refused so it cannot keep the device busy.</source>
        <translation>This encrypted export has more password slots than any app writes (more than 4). It is refused so it cannot keep the device busy.</translation>
    </message>
    <message>
        <source>The time server&apos;s answer is not plausible (a clock more than 90 minutes away, or a slow or suspicious reply), so it was not offered. Check the device&apos;s date and time in its settings, or try another server.</source>
        <translation>The time server&apos;s answer is not plausible (a clock more than 90 minutes away, or a slow or suspicious reply), so it was not offered. Check the device&apos;s date and time in its settings, or try another server.</translation>
    </message>
    <message>
        <source>This file is not an export SoftToken can read. Supported: SoftToken backups, Aegis, Google Authenticator, FreeOTP+, 2FAS, Proton Authenticator, Ente Auth, Bitwarden, andOTP and lists of otpauth:// links.</source>
        <translation>This file is not an export SoftToken can read. Supported: SoftToken backups, Aegis, Google Authenticator, FreeOTP+, 2FAS, Proton Authenticator, Ente Auth, Bitwarden, andOTP and lists of otpauth:// links.</translation>
    </message>
    <message>
        <source>This kind of export cannot be read (for example a password-protected Bitwarden export, or a file from a newer app). Export it again without a password, or as a list of otpauth:// links.</source>
        <translation>This kind of export cannot be read (for example a password-protected Bitwarden export, or a file from a newer app). Export it again without a password, or as a list of otpauth:// links.</translation>
    </message>
    <message>
        <source>This encrypted export asks for a key derivation far costlier than any app uses (it would need too much memory or time). It is refused before any work is done.</source>
        <translation>This encrypted export asks for a key derivation far costlier than any app uses (it would need too much memory or time). It is refused before any work is done.</translation>
    </message>
    <message>
        <source>This encrypted export is incomplete (the file was cut short). Copy it again from the other app or device.</source>
        <translation>This encrypted export is incomplete (the file was cut short). Copy it again from the other app or device.</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Automatic backups are off.</translation>
    </message>
    <message>
        <source>The backup folder is not there any more. Connect the drive or choose another folder. Your tokens are safe in the app.</source>
        <translation>The backup folder is not there any more. Connect the drive or choose another folder. Your tokens are safe in the app.</translation>
    </message>
    <message>
        <source>The backup folder cannot be written to. Choose another folder. Your tokens are safe in the app.</source>
        <translation>The backup folder cannot be written to. Choose another folder. Your tokens are safe in the app.</translation>
    </message>
    <message>
        <source>The backup folder is full, so no new backup was written. The older backups and your tokens are unchanged.</source>
        <translation>The backup folder is full, so no new backup was written. The older backups and your tokens are unchanged.</translation>
    </message>
    <message>
        <source>The backup could not be written. The older backups and your tokens are unchanged.</source>
        <translation>The backup could not be written. The older backups and your tokens are unchanged.</translation>
    </message>
    <message>
        <source>There is no backup in the backup folder yet.</source>
        <translation>There is no backup in the backup folder yet.</translation>
    </message>
    <message>
        <source>The newest backup does not open with the backup passphrase.</source>
        <translation>The newest backup does not open with the backup passphrase.</translation>
    </message>
    <message>
        <source>The newest backup does not hold the same tokens as the app.</source>
        <translation>The newest backup does not hold the same tokens as the app.</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) exported.</source>
        <translation>
            <numerusform>%n token exported.</numerusform>
            <numerusform>%n tokens exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no tokens to export.</source>
        <translation>There are no tokens to export.</translation>
    </message>
    <message>
        <source>None of your tokens can be shown to Google Authenticator.</source>
        <translation>None of your tokens can be shown to Google Authenticator.</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Google Authenticator export</translation>
    </message>
    <message>
        <source>%1: Google Authenticator only knows a 30-second period.</source>
        <translation>%1: Google Authenticator only knows a 30-second period.</translation>
    </message>
    <message>
        <source>%1: Google Authenticator only knows 6 or 8 digits.</source>
        <translation>%1: Google Authenticator only knows 6 or 8 digits.</translation>
    </message>
    <message>
        <source>An export contains every secret key, so it needs the app PIN. Set a PIN in Settings → App lock first, then export.</source>
        <translation>An export contains every secret key, so it needs the app PIN. Set a PIN in Settings → App lock first, then export.</translation>
    </message>
    <message>
        <source>Confirm the export with your PIN first.</source>
        <translation>Confirm the export with your PIN first.</translation>
    </message>
    <message>
        <source>%1: Google Authenticator cannot show Steam Guard codes.</source>
        <translation>%1: Google Authenticator cannot show Steam Guard codes.</translation>
    </message>
    <message>
        <source>This format is a file, not QR codes.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who sees or photographs these QR codes can copy your tokens.</source>
        <translation>Not encrypted: anyone who sees or photographs these QR codes can copy your tokens.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone with this file can copy all your tokens. Keep it safe and delete it when you are done.</source>
        <translation>Not encrypted: anyone with this file can copy all your tokens. Keep it safe and delete it when you are done.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) with their secret keys.</source>
        <translation>
            <numerusform>%n token with its secret key.</numerusform>
            <numerusform>%n tokens with their secret keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>SoftToken backup (encrypted)</source>
        <translation>SoftToken backup (encrypted)</translation>
    </message>
    <message>
        <source>List of otpauth:// links (text)</source>
        <translation>List of otpauth:// links (text)</translation>
    </message>
    <message>
        <source>Aegis (unencrypted JSON)</source>
        <translation>Aegis (unencrypted JSON)</translation>
    </message>
    <message>
        <source>Google Authenticator QR codes</source>
        <translation>Google Authenticator QR codes</translation>
    </message>
    <message>
        <source>QR code of one token</source>
        <translation>QR code of one token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase for the backup (at least %n character(s)). You need it to import the backup; it cannot be recovered.</source>
        <translation>
            <numerusform>Choose a passphrase for the backup (at least %n character). You need it to import the backup; it cannot be recovered.</numerusform>
            <numerusform>Choose a passphrase for the backup (at least %n characters). You need it to import the backup; it cannot be recovered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Backup passphrase again</translation>
    </message>
    <message>
        <source>Show QR codes…</source>
        <translation>Show QR codes…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Export your secret keys?</source>
        <translation>Export your secret keys?</translation>
    </message>
    <message>
        <source>The QR code contains this token&apos;s secret key. Whoever has it can make the same one-time passwords.</source>
        <translation>The QR code contains this token&apos;s secret key. Whoever has it can make the same one-time passwords.</translation>
    </message>
    <message numerus="yes">
        <source>The export contains the secret keys of %n token(s). Whoever has it can make the same one-time passwords.</source>
        <translation>
            <numerusform>The export contains the secret key of %n token. Whoever has it can make the same one-time passwords.</numerusform>
            <numerusform>The export contains the secret keys of %n tokens. Whoever has it can make the same one-time passwords.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
</context>
<context>
    <name>ExportQrPage</name>
    <message>
        <source>QR codes</source>
        <translation>QR codes</translation>
    </message>
    <message>
        <source>Anyone who sees or photographs these QR codes can copy your tokens.</source>
        <translation>Anyone who sees or photographs these QR codes can copy your tokens.</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>QR code %1 of %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them):</source>
        <translation>Not included (Google Authenticator cannot hold them):</translation>
    </message>
</context>
<context>
    <name>ImageFileDialog</name>
    <message>
        <source>Choose an image of the QR code</source>
        <translation>Choose an image of the QR code</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <source>Import / Export</source>
        <translation>Import / Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import image</source>
        <translation>Import image</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Paste from clipboard</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Import from a file</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>This backup is encrypted. Enter the passphrase it was made with.</source>
        <translation>This backup is encrypted. Enter the passphrase it was made with.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open backup</source>
        <translation>Open backup</translation>
    </message>
    <message>
        <source>Take your tokens to a new phone or another app: an encrypted SoftToken backup, a file other apps read, or QR codes.</source>
        <translation>Take your tokens to a new phone or another app: an encrypted SoftToken backup, a file other apps read, or QR codes.</translation>
    </message>
    <message>
        <source>Export tokens…</source>
        <translation>Export tokens…</translation>
    </message>
    <message>
        <source>There are no tokens to export yet.</source>
        <translation>There are no tokens to export yet.</translation>
    </message>
    <message>
        <source>From another authenticator&apos;s export (Aegis, Google Authenticator, Proton Authenticator, Ente Auth, Bitwarden, 2FAS, andOTP, FreeOTP+, a list of otpauth:// links) or a SoftToken backup. You see what was found before anything is saved.</source>
        <translation>From another authenticator&apos;s export (Aegis, Google Authenticator, Proton Authenticator, Ente Auth, Bitwarden, 2FAS, andOTP, FreeOTP+, a list of otpauth:// links) or a SoftToken backup. You see what was found before anything is saved.</translation>
    </message>
</context>
<context>
    <name>ImportFileDialog</name>
    <message>
        <source>Choose the export file to import</source>
        <translation>Choose the export file to import</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Exports (*.json *.txt *.csv *.2fas *.aes *.stbackup *.vault)</source>
        <translation>Exports (*.json *.txt *.csv *.2fas *.aes *.stbackup *.vault)</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>SoftToken backup</source>
        <translation>SoftToken backup</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Google Authenticator export</translation>
    </message>
    <message>
        <source>Aegis export</source>
        <translation>Aegis export</translation>
    </message>
    <message>
        <source>List of otpauth:// links</source>
        <translation>List of otpauth:// links</translation>
    </message>
    <message>
        <source>FreeOTP+ backup</source>
        <translation>FreeOTP+ backup</translation>
    </message>
    <message>
        <source>2FAS backup</source>
        <translation>2FAS backup</translation>
    </message>
    <message>
        <source>Google Authenticator export: %1 of %2 scanned. Still to scan: %3.</source>
        <translation>Google Authenticator export: %1 of %2 scanned. Still to scan: %3.</translation>
    </message>
    <message>
        <source>Enter the passphrase of this backup.</source>
        <translation>Enter the passphrase of this backup.</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) imported.</source>
        <translation>
            <numerusform>%n token imported.</numerusform>
            <numerusform>%n tokens imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code belongs to another Google Authenticator export. Scan the rest of the current one (%1 of %2 scanned), or go back to start over.</source>
        <translation>This code belongs to another Google Authenticator export. Scan the rest of the current one (%1 of %2 scanned), or go back to start over.</translation>
    </message>
    <message>
        <source>Proton Authenticator export</source>
        <translation>Proton Authenticator export</translation>
    </message>
    <message>
        <source>Ente Auth export</source>
        <translation>Ente Auth export</translation>
    </message>
    <message>
        <source>Bitwarden export</source>
        <translation>Bitwarden export</translation>
    </message>
    <message>
        <source>andOTP backup</source>
        <translation>andOTP backup</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Already saved: skipped</source>
        <translation>Already saved: skipped</translation>
    </message>
    <message>
        <source>A saved token has the same serial number: skipped</source>
        <translation>A saved token has the same serial number: skipped</translation>
    </message>
    <message>
        <source>Appears twice in this import: skipped</source>
        <translation>Appears twice in this import: skipped</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entry %1</translation>
    </message>
    <message>
        <source>Cannot be imported: its algorithm is not supported</source>
        <translation>Cannot be imported: its algorithm is not supported</translation>
    </message>
    <message>
        <source>Cannot be imported: this kind of token (for example Steam) is not supported</source>
        <translation>Cannot be imported: this kind of token (for example Steam) is not supported</translation>
    </message>
    <message>
        <source>Cannot be imported: the number of digits is not supported</source>
        <translation>Cannot be imported: the number of digits is not supported</translation>
    </message>
    <message>
        <source>Cannot be imported: the period is not valid</source>
        <translation>Cannot be imported: the period is not valid</translation>
    </message>
    <message>
        <source>Cannot be imported: the secret key is missing or not valid</source>
        <translation>Cannot be imported: the secret key is missing or not valid</translation>
    </message>
    <message>
        <source>Cannot be imported: the counter is missing or not valid</source>
        <translation>Cannot be imported: the counter is missing or not valid</translation>
    </message>
    <message>
        <source>Cannot be imported: the serial number is not valid</source>
        <translation>Cannot be imported: the serial number is not valid</translation>
    </message>
    <message>
        <source>Cannot be imported: the Google Authenticator link is damaged</source>
        <translation>Cannot be imported: the Google Authenticator link is damaged</translation>
    </message>
    <message>
        <source>Cannot be imported: the entry is not valid</source>
        <translation>Cannot be imported: the entry is not valid</translation>
    </message>
    <message>
        <source>Cannot be imported: its code is not an otpauth:// or Steam link</source>
        <translation>Cannot be imported: its code is not an otpauth:// or Steam link</translation>
    </message>
    <message>
        <source>Cannot be imported: the entry is incomplete or damaged</source>
        <translation>Cannot be imported: the entry is incomplete or damaged</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>entry position: reason</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Import preview</source>
        <translation>Import preview</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) found</source>
        <translation>
            <numerusform>%n token found</numerusform>
            <numerusform>%n tokens found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already saved (skipped)</source>
        <translation>
            <numerusform>%n already saved (skipped)</numerusform>
            <numerusform>%n already saved (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not supported</source>
        <translation>
            <numerusform>%n not supported</numerusform>
            <numerusform>%n not supported</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Not supported</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Import %n token(s)</source>
        <translation>
            <numerusform>Import %n token</numerusform>
            <numerusform>Import %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Try again in %1 s</source>
        <translation>Try again in %1 s</translation>
    </message>
    <message>
        <source>Try again in %1 min %2 s</source>
        <translation>Try again in %1 min %2 s</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Too many wrong PINs.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more attempt(s) before a waiting time.</source>
        <translation>
            <numerusform>Wrong PIN. %n more attempt before a waiting time.</numerusform>
            <numerusform>Wrong PIN. %n more attempts before a waiting time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock SoftToken</source>
        <translation>Unlock SoftToken</translation>
    </message>
    <message>
        <source>A PIN has 4 to 16 digits.</source>
        <translation>A PIN has 4 to 16 digits.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>SoftToken is locked</source>
        <translation>SoftToken is locked</translation>
    </message>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
    <message>
        <source>Enter your PIN to open your tokens.</source>
        <translation>Enter your PIN to open your tokens.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Use fingerprint or face</source>
        <translation>Use fingerprint or face</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>keypad: erase the last digit</comment>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Registration mode</source>
        <translation>Registration mode</translation>
    </message>
    <message>
        <source>Opening your tokens…</source>
        <translation>Opening your tokens…</translation>
    </message>
</context>
<context>
    <name>ManualEntryPage</name>
    <message>
        <source>Enter key manually</source>
        <translation>Enter key manually</translation>
    </message>
    <message>
        <source>Issuer (your bank)</source>
        <translation>Issuer (your bank)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>e.g. JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Letters A–Z and digits 2–7; spaces are ignored.</source>
        <translation>Letters A–Z and digits 2–7; spaces are ignored.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Time-based (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Counter-based (HOTP)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>Period (seconds)</source>
        <translation>Period (seconds)</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Optional, e.g. ABCD 1234 5678</source>
        <translation>Optional, e.g. ABCD 1234 5678</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Check and add</translation>
    </message>
</context>
<context>
    <name>PassphraseBanner</name>
    <message>
        <source>Your tokens are locked until you enter your passphrase.</source>
        <translation>Your tokens are locked until you enter your passphrase.</translation>
    </message>
    <message>
        <source>Set a passphrase to keep your tokens on this device.</source>
        <translation>Set a passphrase to keep your tokens on this device.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Set a passphrase</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Create a passphrase</source>
        <translation>Create a passphrase</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>Enter your passphrase</translation>
    </message>
    <message>
        <source>No device key store answered, so your tokens cannot be protected by this device&apos;s key. Choose a passphrase instead: it encrypts your tokens and you will enter it each time you open the app.</source>
        <translation>No device key store answered, so your tokens cannot be protected by this device&apos;s key. Choose a passphrase instead: it encrypts your tokens and you will enter it each time you open the app.</translation>
    </message>
    <message>
        <source>Your tokens are protected by a passphrase. Enter it to open them.</source>
        <translation>Your tokens are protected by a passphrase. Enter it to open them.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). If you forget it, your tokens cannot be recovered.</source>
        <translation>
            <numerusform>At least %n character. If you forget it, your tokens cannot be recovered.</numerusform>
            <numerusform>At least %n characters. If you forget it, your tokens cannot be recovered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Create passphrase</source>
        <translation>Create passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Enter your passphrase.</translation>
    </message>
</context>
<context>
    <name>PendingToken</name>
    <message>
        <source>Counter-based (HOTP), %1 digits, %2</source>
        <translation>Counter-based (HOTP), %1 digits, %2</translation>
    </message>
    <message>
        <source>Time-based (TOTP), %1 digits, every %2 s, %3</source>
        <translation>Time-based (TOTP), %1 digits, every %2 s, %3</translation>
    </message>
    <message>
        <source>Steam Guard, 5 characters, every %1 s</source>
        <translation>Steam Guard, 5 characters, every %1 s</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>App lock turned off</source>
        <translation>App lock turned off</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <source>App lock turned on</source>
        <translation>App lock turned on</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Remove the PIN</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>Change the PIN</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Set a PIN</translation>
    </message>
    <message>
        <source>The app will ask for this PIN when it starts and after it was in the background. At least 4 digits.</source>
        <translation>The app will ask for this PIN when it starts and after it was in the background. At least 4 digits.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ScanController</name>
    <message>
        <source>No camera was found. Import an image of the QR code or enter the key manually.</source>
        <translation>No camera was found. Import an image of the QR code or enter the key manually.</translation>
    </message>
    <message>
        <source>The app may not use the camera. Allow camera access in the system settings, or import an image of the QR code.</source>
        <translation>The app may not use the camera. Allow camera access in the system settings, or import an image of the QR code.</translation>
    </message>
    <message>
        <source>The camera could not be started. Import an image of the QR code instead.</source>
        <translation>The camera could not be started. Import an image of the QR code instead.</translation>
    </message>
    <message>
        <source>A QR code is in view but too small to read. Move closer to it.</source>
        <translation>A QR code is in view but too small to read. Move closer to it.</translation>
    </message>
    <message>
        <source>A QR code is in view but a reflection covers part of it. Tilt the phone or the screen a little to get rid of the glare.</source>
        <translation>A QR code is in view but a reflection covers part of it. Tilt the phone or the screen a little to get rid of the glare.</translation>
    </message>
    <message>
        <source>A QR code is in view but blurred. Hold the phone still for a moment.</source>
        <translation>A QR code is in view but blurred. Hold the phone still for a moment.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan QR code</source>
        <translation>Scan QR code</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <source>Scan the QR code shown by your bank</source>
        <translation>Scan the QR code shown by your bank</translation>
    </message>
    <message>
        <source>Import image</source>
        <translation>Import image</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Paste from clipboard</translation>
    </message>
    <message>
        <source>Enter key manually</source>
        <translation>Enter key manually</translation>
    </message>
    <message>
        <source>Turn the light off</source>
        <translation>Turn the light off</translation>
    </message>
    <message>
        <source>Turn the light on</source>
        <translation>Turn the light on</translation>
    </message>
    <message>
        <source>Allow camera</source>
        <translation>Allow camera</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>camera torch</comment>
        <translation>Light</translation>
    </message>
</context>
<context>
    <name>SerialSource</name>
    <message>
        <source>From your bank</source>
        <translation>From your bank</translation>
    </message>
    <message>
        <source>Made by SoftToken from the key</source>
        <translation>Made by SoftToken from the key</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Show the next code in the last seconds</source>
        <translation>Show the next code in the last seconds</translation>
    </message>
    <message>
        <source>Tap a code to copy it</source>
        <translation>Tap a code to copy it</translation>
    </message>
    <message>
        <source>Clear copied codes from the clipboard</source>
        <translation>Clear copied codes from the clipboard</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>After 15 seconds</source>
        <translation>After 15 seconds</translation>
    </message>
    <message>
        <source>After 30 seconds</source>
        <translation>After 30 seconds</translation>
    </message>
    <message>
        <source>After 1 minute</source>
        <translation>After 1 minute</translation>
    </message>
    <message>
        <source>After 2 minutes</source>
        <translation>After 2 minutes</translation>
    </message>
    <message>
        <source>App lock</source>
        <translation>App lock</translation>
    </message>
    <message>
        <source>On: the app asks for your PIN when it starts.</source>
        <translation>On: the app asks for your PIN when it starts.</translation>
    </message>
    <message>
        <source>Off: anyone holding your unlocked phone can see your codes.</source>
        <translation>Off: anyone holding your unlocked phone can see your codes.</translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation>Set a PIN…</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Change PIN…</translation>
    </message>
    <message>
        <source>Remove PIN…</source>
        <translation>Remove PIN…</translation>
    </message>
    <message>
        <source>Lock again after time in the background</source>
        <translation>Lock again after time in the background</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Immediately</translation>
    </message>
    <message>
        <source>After 5 minutes</source>
        <translation>After 5 minutes</translation>
    </message>
    <message>
        <source>After 15 minutes</source>
        <translation>After 15 minutes</translation>
    </message>
    <message>
        <source>After 1 hour</source>
        <translation>After 1 hour</translation>
    </message>
    <message>
        <source>Unlock with fingerprint or face</source>
        <translation>Unlock with fingerprint or face</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Check clock…</source>
        <translation>Check clock…</translation>
    </message>
    <message>
        <source>Enter your PIN to lock less often</source>
        <translation>Enter your PIN to lock less often</translation>
    </message>
    <message>
        <source>Enter your PIN to allow fingerprint or face unlock</source>
        <translation>Enter your PIN to allow fingerprint or face unlock</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>colour theme</comment>
        <translation>Light</translation>
    </message>
</context>
<context>
    <name>TestClockBadge</name>
    <message>
        <source>TEST CLOCK: codes use a simulated time</source>
        <translation>TEST CLOCK: codes use a simulated time</translation>
    </message>
</context>
<context>
    <name>TokenCard</name>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy serial number</source>
        <translation>Copy serial number</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Next code: %1</source>
        <translation>Next code: %1</translation>
    </message>
    <message>
        <source>Next code</source>
        <translation>Next code</translation>
    </message>
    <message>
        <source>Copy one-time password</source>
        <translation>Copy one-time password</translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>Enter an issuer or an account name.</source>
        <translation>Enter an issuer or an account name.</translation>
    </message>
</context>
<context>
    <name>TokenListPage</name>
    <message>
        <source>Registration mode</source>
        <translation>Registration mode</translation>
    </message>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Search tokens</translation>
    </message>
    <message>
        <source>One-time password copied</source>
        <translation>One-time password copied</translation>
    </message>
    <message>
        <source>No token matches “%1”</source>
        <translation>No token matches “%1”</translation>
    </message>
    <message>
        <source>Rename token</source>
        <translation>Rename token</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Without this token you cannot sign in to %1 until you register a new one with your bank.</source>
        <translation>Without this token you cannot sign in to %1 until you register a new one with your bank.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>“%1” deleted</source>
        <translation>“%1” deleted</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <source>Registration mode</source>
        <translation>Registration mode</translation>
    </message>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
    <message>
        <source>Type the serial number and the one-time password into your bank&apos;s registration page.</source>
        <translation>Type the serial number and the one-time password into your bank&apos;s registration page.</translation>
    </message>
    <message>
        <source>One-time password copied</source>
        <translation>One-time password copied</translation>
    </message>
    <message>
        <source>Serial number copied</source>
        <translation>Serial number copied</translation>
    </message>
</context>
<context>
    <name>TokenRow</name>
    <message>
        <source>one-time password</source>
        <translation>one-time password</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>serial number</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>Serial number: %1</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Actions for %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Drag to move %1</source>
        <translation>Drag to move %1</translation>
    </message>
</context>
</TS>
