// Fingerprint / face unlock for the app lock: the Java half of
// platform/src/android/biometric_android.cpp. The framework's BiometricPrompt (API 28+) needs a
// Java callback object, which JNI alone cannot create; androidx.biometric would need a
// FragmentActivity, and Qt's activity is not one. The texts come from res/values*/strings.xml.
//
// Biometrics only unlock the UI: no key is bound to them (no CryptoObject), the PIN stays the root.
package jp.softtoken.app;

import android.app.Activity;
import android.content.Context;
import android.content.DialogInterface;
import android.content.pm.PackageManager;
import android.hardware.biometrics.BiometricManager;
import android.hardware.biometrics.BiometricPrompt;
import android.os.Build;
import android.os.CancellationSignal;
import java.util.concurrent.Executor;

public final class BiometricBridge {
    // Outcomes passed to onResult; biometric_android.cpp has the same numbers.
    static final int RESULT_SUCCESS = 0;
    static final int RESULT_UNAVAILABLE = 1;
    static final int RESULT_FAILED = 2;

    private BiometricBridge() {}

    // Implemented in C++ (registered by biometric_android.cpp). Called once per request, on the
    // Android UI thread; C++ moves it to the Qt thread.
    private static native void onResult(long request, int outcome, String detail);

    // Whether the prompt can be shown: a sensor exists and the user enrolled in it. Any thread.
    @SuppressWarnings("deprecation")  // canAuthenticate() is API 29's only form (deprecated in 30)
    public static boolean isAvailable(Context context) {
        if (context == null || Build.VERSION.SDK_INT < Build.VERSION_CODES.P)
            return false;  // BiometricPrompt is API 28+
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.Q) {
            // API 28 has no BiometricManager: a fingerprint sensor is the best hint; enrolment is
            // only known when the prompt answers BIOMETRIC_ERROR_NO_BIOMETRICS (-> unavailable).
            return context.getPackageManager().hasSystemFeature(PackageManager.FEATURE_FINGERPRINT);
        }
        BiometricManager manager = context.getSystemService(BiometricManager.class);
        if (manager == null)
            return false;
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R)
            return manager.canAuthenticate(BiometricManager.Authenticators.BIOMETRIC_STRONG)
                    == BiometricManager.BIOMETRIC_SUCCESS;
        return manager.canAuthenticate() == BiometricManager.BIOMETRIC_SUCCESS;
    }

    // Shows the prompt on the UI thread; the answer comes through onResult(request, ...).
    // False if it cannot even be scheduled (then onResult is never called).
    public static boolean authenticate(final Activity activity, final String title, final long request) {
        if (activity == null || Build.VERSION.SDK_INT < Build.VERSION_CODES.P)
            return false;
        activity.runOnUiThread(new Runnable() {
            @Override
            public void run() {
                show(activity, title, request);
            }
        });
        return true;
    }

    // Delivers one outcome per request: the negative button and the callback could both fire.
    private static final class Once {
        private final long request;
        private boolean done;

        Once(long request) {
            this.request = request;
        }

        void deliver(int outcome, String detail) {
            if (done)
                return;
            done = true;
            onResult(request, outcome, detail);
        }
    }

    private static void show(Activity activity, String title, long request) {
        final Once once = new Once(request);
        try {
            if (activity.isFinishing()) {
                once.deliver(RESULT_UNAVAILABLE, "activity finishing");
                return;
            }
            Executor executor = activity.getMainExecutor();
            String shownTitle = (title == null || title.isEmpty())
                    ? activity.getString(R.string.biometric_title) : title;
            BiometricPrompt.Builder builder = new BiometricPrompt.Builder(activity)
                    .setTitle(shownTitle)
                    .setNegativeButton(activity.getString(R.string.biometric_use_pin), executor,
                            new DialogInterface.OnClickListener() {
                                @Override
                                public void onClick(DialogInterface dialog, int which) {
                                    once.deliver(RESULT_FAILED, "use PIN");
                                }
                            });
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.Q)
                builder.setConfirmationRequired(false);  // face: unlock without an extra tap
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R)
                builder.setAllowedAuthenticators(BiometricManager.Authenticators.BIOMETRIC_STRONG);
            builder.build().authenticate(new CancellationSignal(), executor,
                    new BiometricPrompt.AuthenticationCallback() {
                        @Override
                        public void onAuthenticationSucceeded(BiometricPrompt.AuthenticationResult result) {
                            once.deliver(RESULT_SUCCESS, "");
                        }

                        @Override
                        public void onAuthenticationError(int errorCode, CharSequence errString) {
                            once.deliver(isUnavailable(errorCode) ? RESULT_UNAVAILABLE : RESULT_FAILED,
                                    errorCode + ": " + errString);
                        }

                        // onAuthenticationFailed (one finger or face not recognised) is not
                        // overridden: the prompt stays up, and after the system's limit of tries
                        // it ends with BIOMETRIC_ERROR_LOCKOUT, i.e. onAuthenticationError.
                    });
        } catch (RuntimeException e) {
            // e.g. IllegalArgumentException from the builder on an unexpected OS version.
            once.deliver(RESULT_FAILED, e.toString());
        }
    }

    private static boolean isUnavailable(int errorCode) {
        return errorCode == BiometricPrompt.BIOMETRIC_ERROR_HW_UNAVAILABLE
                || errorCode == BiometricPrompt.BIOMETRIC_ERROR_NO_BIOMETRICS
                || errorCode == BiometricPrompt.BIOMETRIC_ERROR_HW_NOT_PRESENT;
    }
}
