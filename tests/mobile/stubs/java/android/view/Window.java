// STUB for the javac compile check of mobile/android/src (tests/mobile/check_java.py), not
// Android: only the members SoftToken calls, signatures copied from developer.android.com.
package android.view;

public abstract class Window {
    public abstract View getDecorView();
}
