// STUB for the javac compile check of mobile/android/src (tests/mobile/check_java.py), not
// Android: only the members SoftToken calls, signatures copied from developer.android.com. The
// stubs are ours, so a misuse they copy is not caught; a phone build is the real check.
package android.app;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;

// Really Activity extends ContextThemeWrapper extends ContextWrapper extends Context.
public abstract class Activity extends Context {
    public final void runOnUiThread(Runnable action) { throw new RuntimeException("Stub!"); }

    public boolean isFinishing() { throw new RuntimeException("Stub!"); }

    public Intent getIntent() { throw new RuntimeException("Stub!"); }

    public android.view.Window getWindow() { throw new RuntimeException("Stub!"); }

    protected void onCreate(Bundle savedInstanceState) { throw new RuntimeException("Stub!"); }

    protected void onNewIntent(Intent intent) { throw new RuntimeException("Stub!"); }
}
