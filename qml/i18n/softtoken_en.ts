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
        <name>AppController</name>
        <message>
            <source>You already have this token (%1).</source>
            <translation>You already have this token (%1).</translation>
        </message>
        <message>
            <source>A saved token (%1) has the same serial number.</source>
            <translation>A saved token (%1) has the same serial number.</translation>
        </message>
        <message>
            <source>Enter the issuer or the account name.</source>
            <translation>Enter the issuer or the account name.</translation>
        </message>
        <message>
            <source>Reading QR codes from images is not available in this build.</source>
            <translation>Reading QR codes from images is not available in this build.</translation>
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
            <source>The device clock is set before this token's start time. Check the date and time settings.</source>
            <translation>The device clock is set before this token's start time. Check the date and time settings.</translation>
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
            <source>Something went wrong (error %1).</source>
            <translation>Something went wrong (error %1).</translation>
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
            <source>Encrypted export arrives in a later version.</source>
            <translation>Encrypted export arrives in a later version.</translation>
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
            <source>“%1” deleted</source>
            <translation>“%1” deleted</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Token added</source>
            <translation>Token added</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
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
            <source>No device key store answered, so your tokens cannot be protected by this device's key. Choose a passphrase instead: it encrypts your tokens and you will enter it each time you open the app.</source>
            <translation>No device key store answered, so your tokens cannot be protected by this device's key. Choose a passphrase instead: it encrypts your tokens and you will enter it each time you open the app.</translation>
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
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Turn the light off</source>
            <translation>Turn the light off</translation>
        </message>
        <message>
            <source>Turn the light on</source>
            <translation>Turn the light on</translation>
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
            <source>Light</source>
            <translation>Light</translation>
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
            <source>Type the serial number and the one-time password into your bank's registration page.</source>
            <translation>Type the serial number and the one-time password into your bank's registration page.</translation>
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
    </context>
</TS>
