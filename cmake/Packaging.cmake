# Installing SoftToken on desktop Linux, and its Debian package (`./dev package`, which runs
# cpack in build-release/). What goes where, and how to add a run-time dependency:
# docs/packaging.md. Included at the end of the top-level CMakeLists.txt.
if(NOT SOFTTOKEN_BUILD_APP OR NOT UNIX OR APPLE OR ANDROID)
    return()
endif()
include(GNUInstallDirs)

# The reverse-DNS id names the desktop entry, the AppStream component and the icon; it is the
# phones' application id (SOFTTOKEN_APP_ID in mobile/packaging.cmake).
set(SOFTTOKEN_DESKTOP_ID "jp.softtoken.app")
set(_linux ${PROJECT_SOURCE_DIR}/packaging/linux)
set(_generated ${CMAKE_BINARY_DIR}/packaging)

# ---- programs and the scan page's QML plugin --------------------------------------------------
install(TARGETS softtoken otptool RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(NOT SOFTTOKEN_LINK_SCAN_PLUGIN)
    # In the build it sits beside the executables; installed, in Qt's QML directory, which the
    # engine also always searches (an app-private directory would need an import path in main).
    set(_scan_dir ${QT6_INSTALL_QML}/SoftToken/Scan)
    set(_scan_build_dir ${CMAKE_RUNTIME_OUTPUT_DIRECTORY}/SoftToken/Scan)
    install(TARGETS softtoken_scanplugin LIBRARY DESTINATION ${_scan_dir})
    install(FILES ${_scan_build_dir}/qmldir ${_scan_build_dir}/softtoken_scanplugin.qmltypes
            DESTINATION ${_scan_dir})
endif()

# ---- desktop entry, AppStream metadata, icons, man pages --------------------------------------
install(FILES ${_linux}/${SOFTTOKEN_DESKTOP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_linux}/${SOFTTOKEN_DESKTOP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_linux}/${SOFTTOKEN_DESKTOP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The hicolor PNG sizes, rendered from the SVG (librsvg2-bin), for menus and launchers that do
# not draw SVG.
find_program(SOFTTOKEN_RSVG_CONVERT rsvg-convert REQUIRED)
set(_icons)
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    set(_dir icons/hicolor/${size}x${size}/apps)
    set(_png ${_generated}/${_dir}/${SOFTTOKEN_DESKTOP_ID}.png)
    add_custom_command(OUTPUT ${_png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_generated}/${_dir}
        COMMAND ${SOFTTOKEN_RSVG_CONVERT} -w ${size} -h ${size} -o ${_png}
                ${_linux}/${SOFTTOKEN_DESKTOP_ID}.svg
        DEPENDS ${_linux}/${SOFTTOKEN_DESKTOP_ID}.svg
        COMMENT "Icon ${size}x${size}" VERBATIM)
    install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/${_dir})
    list(APPEND _icons ${_png})
endforeach()

# Man pages made from the programs' --help (help2man), so they never disagree with it; otptool's
# also has every command's own --help (packaging/linux/otptool-commands.sh).
find_program(SOFTTOKEN_HELP2MAN help2man REQUIRED)
find_program(SOFTTOKEN_GZIP gzip REQUIRED)
set(_man ${_generated}/man)
add_custom_command(OUTPUT ${_man}/otptool.1.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_man}
    COMMAND ${_linux}/otptool-commands.sh $<TARGET_FILE:otptool> ${_man}/otptool-commands.h2m
    COMMAND ${SOFTTOKEN_HELP2MAN} --no-info
            --version-string=${PROJECT_VERSION}
            --name "one-time passwords, otpauth:// URIs, the SoftToken vault and QR codes"
            --include ${_man}/otptool-commands.h2m --output ${_man}/otptool.1 $<TARGET_FILE:otptool>
    COMMAND ${SOFTTOKEN_GZIP} -9nf ${_man}/otptool.1
    DEPENDS otptool ${_linux}/otptool-commands.sh
    COMMENT "Man page otptool(1)" VERBATIM)
# The app is a QGuiApplication: --help needs a platform plugin, never a display. (help2man
# reads only stdout: Qt's start-up warnings stay out of the page.)
add_custom_command(OUTPUT ${_man}/softtoken.1.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_man}
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            ${SOFTTOKEN_HELP2MAN} --no-info
            --version-string=${PROJECT_VERSION} --name "one-time passwords for your bank"
            --output ${_man}/softtoken.1 $<TARGET_FILE:softtoken>
    COMMAND ${SOFTTOKEN_GZIP} -9nf ${_man}/softtoken.1
    DEPENDS softtoken
    COMMENT "Man page softtoken(1)" VERBATIM)
install(FILES ${_man}/otptool.1.gz ${_man}/softtoken.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

add_custom_target(softtoken_desktop_files ALL DEPENDS ${_icons} ${_man}/otptool.1.gz
                                                      ${_man}/softtoken.1.gz)

# ---- the Debian package (cpack -G DEB) -----------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME softtoken)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR SoftToken)
set(CPACK_PACKAGE_CONTACT "SoftToken maintainers <maintainers@softtoken.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "one-time passwords for your bank (software token)")
set(CPACK_PACKAGE_DESCRIPTION
    "SoftToken keeps the secret from your bank's provisioning QR code in an encrypted vault and
shows a rotating one-time password with a countdown and the token's serial number. It is also
an authenticator for any otpauth:// TOTP or HOTP account. otptool is its command-line
companion.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # softtoken_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://softtoken.example/")
# Libraries the programs link: found by dpkg-shlibdeps (dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# What the programs load at run time, which no linked library depends on: without each, the app
# fails only once it starts (docs/dependencies.md). The package_depends test checks that every
# QML module the app imports is here.
set(SOFTTOKEN_RUNTIME_DEPENDS
    # QML modules (the app imports them; Controls loads WorkerScript and Templates)
    qml6-module-qtquick
    qml6-module-qtquick-controls
    qml6-module-qtquick-templates
    qml6-module-qtquick-layouts
    qml6-module-qtquick-window
    qml6-module-qtquick-dialogs
    qml6-module-qtquick-shapes
    qml6-module-qtqml-workerscript
    # QtQml's and QtQml.Models' module files: QtQuick imports QtQml, and the SoftToken module
    # declares both (their types are built into libQt6Qml, so the app also ran without them)
    qml6-module-qtqml
    qml6-module-qtqml-models
    qml6-module-qt-labs-folderlistmodel  # Qt's own file dialog (no platform dialog): else a crash
    qml6-module-qtcore
    qml6-module-qtmultimedia
    # platform plugins: X11 (xcb) and offscreen, Wayland; SVG images
    qt6-qpa-plugins
    qt6-wayland
    libqt6svg6
    # WebP photos and screenshots to import (the image allow-list reads png/jpeg/webp/gif/bmp)
    qt6-image-formats-plugins
    # the camera: QtMultimedia's GStreamer back end segfaults without -base; v4l2src is in -good
    gstreamer1.0-plugins-base
    gstreamer1.0-plugins-good
    # the key store: QtKeychain loads libsecret with dlopen
    libsecret-1-0
    # fonts: Latin, and Japanese (else the Japanese UI shows boxes)
    "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core"
    "fonts-noto-cjk | fonts-ipafont-gothic | fonts-vlgothic"
)
list(JOIN SOFTTOKEN_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# A Secret Service keeps the vault's key (without one the app asks for a passphrase); libav
# plays H.264 MP4s for --virtual-camera.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, gstreamer1.0-libav")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)

# ---- checks (ctest; CI runs them in ./dev test and ./dev package) ---------------------------
find_program(SOFTTOKEN_DESKTOP_FILE_VALIDATE desktop-file-validate REQUIRED)
find_program(SOFTTOKEN_APPSTREAMCLI appstreamcli REQUIRED)
add_test(NAME package_desktop_entry
         COMMAND ${SOFTTOKEN_DESKTOP_FILE_VALIDATE} ${_linux}/${SOFTTOKEN_DESKTOP_ID}.desktop)
# --no-net: the screenshot URLs are checked where they are published, not on every build.
add_test(NAME package_appstream
         COMMAND ${SOFTTOKEN_APPSTREAMCLI} validate --no-net --pedantic
                 ${_linux}/${SOFTTOKEN_DESKTOP_ID}.metainfo.xml)
find_program(SOFTTOKEN_PACKAGING_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
add_test(NAME package_depends
         COMMAND ${SOFTTOKEN_PACKAGING_PYTHON3} ${_linux}/check_depends.py
                 --qml-root ${PROJECT_SOURCE_DIR}/qml
                 --qml-import-path ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_QML}
                 --scanner ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_LIBEXECS}/qmlimportscanner
                 --metainfo ${_linux}/${SOFTTOKEN_DESKTOP_ID}.metainfo.xml
                 --version ${PROJECT_VERSION}
                 --depends "${CPACK_DEBIAN_PACKAGE_DEPENDS}")
