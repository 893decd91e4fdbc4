// STUB for the javac compile check of mobile/android/src (tests/mobile/check_java.py), not
// Android: only the members SoftToken calls, signatures copied from developer.android.com. The
// stubs are ours, so a misuse they copy is not caught; a phone build is the real check.
package android.os;

public class Build {
    public static class VERSION {
        public static final int SDK_INT = Integer.parseInt("0");  // read at run time, not a constant
    }

    public static class VERSION_CODES {
        public static final int P = 28;
        public static final int Q = 29;
        public static final int R = 30;
    }
}
