# Compiler settings shared by every SoftToken target (not applied to third-party code).
function(softtoken_target_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror
                                                 -Wnon-virtual-dtor)
    endif()
    # GCC 12's -Wrestrict misfires inside libstdc++'s std::string operator+ at -O2/-O3
    # (GCC bug 105329), so it is off for GCC < 13.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
endfunction()

# otp-core is plain C++: it can afford the stricter set. (Qt targets cannot: the code
# qmlcachegen generates shadows its own parameters.)
function(softtoken_core_defaults target)
    softtoken_target_defaults(${target})
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wshadow -Wold-style-cast -Wconversion
                                                 -Wsign-conversion)
    endif()
endfunction()

# Qt targets get the strict defines ZXing's Qt wrapper and KDE use.
function(softtoken_qt_defaults target)
    softtoken_target_defaults(${target})
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()
