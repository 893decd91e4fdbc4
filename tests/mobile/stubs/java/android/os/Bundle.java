// STUB for the javac compile check of mobile/android/src (tests/mobile/check_java.py), not
// Android: only the members SoftToken uses, signatures copied from developer.android.com.
package android.os;

public final class Bundle {
}
