// STUB for the javac compile check of mobile/android/src (tests/mobile/check_java.py), not
// Android: only the members SoftToken calls, signatures copied from developer.android.com. The
// stubs are ours, so a misuse they copy is not caught; a phone build is the real check.
package android.hardware.biometrics;

public class BiometricManager {  // API 29
    public static final int BIOMETRIC_SUCCESS = 0;

    public interface Authenticators {  // API 30
        int BIOMETRIC_STRONG = 0x0000000f;
    }

    @Deprecated  // API 29; deprecated in 30 for canAuthenticate(int)
    public int canAuthenticate() { throw new RuntimeException("Stub!"); }

    public int canAuthenticate(int authenticators) { throw new RuntimeException("Stub!"); }  // API 30
}
