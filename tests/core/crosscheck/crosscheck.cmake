# Reference tools for crosscheck_test (tests/core/crosscheck_test.cpp), from Debian:
#   apt install oathtool python3-pyotp
# Not REQUIRED at configure time, so the rest of the tests still build without them; the test
# binary then fails with the install command instead of skipping.
find_program(SOFTTOKEN_OATHTOOL oathtool DOC "oathtool (OATH Toolkit) for crosscheck_test")
# Debian's interpreter explicitly: a pyenv/venv python3 earlier on PATH lacks python3-pyotp.
find_program(SOFTTOKEN_SYSTEM_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH
             DOC "Debian's python3 with pyotp, for crosscheck_test")
foreach(tool SOFTTOKEN_OATHTOOL SOFTTOKEN_SYSTEM_PYTHON3)
    if(NOT ${tool})
        message(WARNING "${tool} not found: crosscheck_test will fail (apt install oathtool python3-pyotp)")
    endif()
endforeach()
target_compile_definitions(crosscheck_test PRIVATE
    SOFTTOKEN_OATHTOOL="${SOFTTOKEN_OATHTOOL}"
    SOFTTOKEN_SYSTEM_PYTHON3="${SOFTTOKEN_SYSTEM_PYTHON3}"
    SOFTTOKEN_PYOTP_SCRIPT="${CMAKE_CURRENT_LIST_DIR}/pyotp_codes.py")
