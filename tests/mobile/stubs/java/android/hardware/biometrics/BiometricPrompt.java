// STUB for the javac compile check of mobile/android/src (tests/mobile/check_java.py), not
// Android: only the members SoftToken calls, signatures copied from developer.android.com. The
// stubs are ours, so a misuse they copy is not caught; a phone build is the real check.
package android.hardware.biometrics;

import android.content.Context;
import android.content.DialogInterface;
import android.os.CancellationSignal;
import java.util.concurrent.Executor;

public class BiometricPrompt {  // API 28
    public static final int BIOMETRIC_ERROR_HW_UNAVAILABLE = 1;
    public static final int BIOMETRIC_ERROR_NO_BIOMETRICS = 11;
    public static final int BIOMETRIC_ERROR_HW_NOT_PRESENT = 12;

    public static class Builder {
        public Builder(Context context) { throw new RuntimeException("Stub!"); }

        public Builder setTitle(CharSequence title) { throw new RuntimeException("Stub!"); }

        public Builder setNegativeButton(CharSequence text, Executor executor,
                DialogInterface.OnClickListener listener) { throw new RuntimeException("Stub!"); }

        public Builder setConfirmationRequired(boolean requireConfirmation) {  // API 29
            throw new RuntimeException("Stub!");
        }

        public Builder setAllowedAuthenticators(int authenticators) {  // API 30
            throw new RuntimeException("Stub!");
        }

        public BiometricPrompt build() { throw new RuntimeException("Stub!"); }
    }

    public static class AuthenticationResult {}

    public abstract static class AuthenticationCallback {
        public void onAuthenticationError(int errorCode, CharSequence errString) {}

        public void onAuthenticationHelp(int helpCode, CharSequence helpString) {}

        public void onAuthenticationSucceeded(AuthenticationResult result) {}

        public void onAuthenticationFailed() {}
    }

    public void authenticate(CancellationSignal cancel, Executor executor,
            AuthenticationCallback callback) { throw new RuntimeException("Stub!"); }
}
