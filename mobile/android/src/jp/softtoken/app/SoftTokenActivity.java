package jp.softtoken.app;

import android.content.Intent;
import android.os.Bundle;

import org.qtproject.qt.android.bindings.QtActivity;

/**
 * The launcher activity: Qt's activity with the intent extras its loader turns into command-line
 * options or environment variables removed first. The launcher activity is exported, so any app
 * on the phone may start it with such an extra ("applicationArguments": "--screenshot
 * .../vault.stv" would truncate the vault). The release build parses no options anyway
 * (SOFTTOKEN_TESTER_OPTIONS, mobile/command_line.cpp); this keeps them out of the process too.
 * It also ignores taps that arrive while another window covers it.
 */
public class SoftTokenActivity extends QtActivity {
    // Read by Qt's loader (QtLoader.startApp) from the starting intent.
    private static final String[] QT_LOADER_EXTRAS = {
        "applicationArguments", "extraappparams", "extraenvvars",
    };

    static void removeLoaderExtras(Intent intent) {
        if (intent == null)
            return;
        for (String name : QT_LOADER_EXTRAS)
            intent.removeExtra(name);
    }

    @Override
    public void onCreate(Bundle savedInstanceState) {
        removeLoaderExtras(getIntent());
        super.onCreate(savedInstanceState);
        // No taps while another app's window covers ours (tapjacking "Replace" or "Export"
        // through an overlay; Android 12+ blocks most overlays itself).
        getWindow().getDecorView().setFilterTouchesWhenObscured(true);
    }

    @Override
    protected void onNewIntent(Intent intent) {
        removeLoaderExtras(intent);
        super.onNewIntent(intent);
    }
}
