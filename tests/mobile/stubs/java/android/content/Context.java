// STUB for the javac compile check of mobile/android/src (tests/mobile/check_java.py), not
// Android: only the members SoftToken calls, signatures copied from developer.android.com. The
// stubs are ours, so a misuse they copy is not caught; a phone build is the real check.
package android.content;

import android.content.pm.PackageManager;
import java.util.concurrent.Executor;

public abstract class Context {
    public abstract PackageManager getPackageManager();

    public final String getString(int resId) { throw new RuntimeException("Stub!"); }

    public final <T> T getSystemService(Class<T> serviceClass) { throw new RuntimeException("Stub!"); }

    public Executor getMainExecutor() { throw new RuntimeException("Stub!"); }  // API 28
}
