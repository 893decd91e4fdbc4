// STUB for the javac compile check of mobile/android/src (tests/mobile/check_java.py), not Qt:
// the members of Qt 6.4's org.qtproject.qt.android.bindings.QtActivity that SoftTokenActivity
// overrides. A phone build compiles against the real class.
package org.qtproject.qt.android.bindings;

import android.app.Activity;
import android.content.Intent;
import android.os.Bundle;

public class QtActivity extends Activity {
    @Override
    public android.content.pm.PackageManager getPackageManager() { throw new RuntimeException("Stub!"); }

    @Override
    public void onCreate(Bundle savedInstanceState) { throw new RuntimeException("Stub!"); }

    @Override
    protected void onNewIntent(Intent intent) { throw new RuntimeException("Stub!"); }
}
