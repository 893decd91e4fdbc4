#!/usr/bin/env python3
"""Syntax check of SoftToken's iOS Objective-C++, standard library + clang.

Debian has no iOS SDK, so platform/src/ios/*.mm cannot be built here. clang parses them as
Objective-C++ (ARC, blocks, C++20, the project's warnings as errors) against tests/mobile/stubs/ios
(our stand-ins for <Foundation/Foundation.h> and <LocalAuthentication/LocalAuthentication.h>,
declaring only what the .mm uses) and the real Qt and project headers: -fsyntax-only, nothing is
generated or linked.

Catches: typos, a misspelt selector or property, wrong argument types, C++/Qt mistakes, warnings.
Does not catch: an Apple API misuse the stubs copy (they are ours), anything Qt declares only for
Darwin, behaviour, availability (iOS version) mistakes, link errors. A phone build is the real check.

    check_objcxx.py --clang /usr/bin/clang++ --stubs tests/mobile/stubs/ios -I... -D... FILE.mm...
    check_objcxx.py --selftest --clang ... (same arguments): must fail on broken copies
"""
import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when run from the build directory
from selftest_harness import run_cases  # noqa: E402

FLAGS = ['-x', 'objective-c++', '-fsyntax-only', '-fobjc-runtime=ios-14.0', '-fobjc-arc', '-fblocks',
         '-std=c++20', '-fPIC', '-Werror', '-Wall', '-Wextra', '-Wpedantic', '-Wnon-virtual-dtor']

# --selftest: (name, old text, new text, expected words in clang's output), applied to a copy of
# the first FILE.
CASES = [
    ('misspelt LAContext selector', 'canEvaluatePolicy:kPolicy error:&error',
     'canEvaluatePolicies:kPolicy error:&error', 'canEvaluatePolicies'),
    ('wrong argument type', 'localizedReason:text', 'localizedReason:reason', 'QString'),
    ('missing semicolon', 'context.localizedFallbackTitle = @"";',
     'context.localizedFallbackTitle = @""', "expected ';'"),
    ('misspelt property', 'error.code :', 'error.errorCode :', 'errorCode'),
    ('unknown LAError', 'LAErrorPasscodeNotSet', 'LAErrorPasscodeNotFound', 'LAErrorPasscodeNotFound'),
    ('wrong reply block signature', 'reply:^(BOOL success, NSError* replyError)',
     'reply:^(NSInteger success, NSError* replyError)', "parameter of type 'void (^)(BOOL"),
    ('unused variable (warning)', 'NSError* error = nil;', 'NSError* error = nil; int unused = 0;',
     'unused'),
]


def check(args, files):
    command = ([args.clang] + FLAGS + ['-I' + str(args.stubs)] + ['-I' + i for i in args.include]
               + ['-D' + d for d in args.define])
    failed = 0
    for path in files:
        result = subprocess.run(command + [str(path)], capture_output=True, text=True, timeout=300)
        output = result.stdout + result.stderr
        if result.returncode != 0:
            print(output)
            print('ERROR %s does not compile against the stubs (%s)' % (path, args.stubs))
            failed += 1
        else:
            print('ok %s' % path)
    return failed, output


def selftest(args):
    source = args.files[0]

    def copy(tmp):
        shutil.copy(source, tmp / source.name)
        return tmp

    def compile_copy(root):
        failed, output = check(args, [root / source.name])
        return (1 if failed else 0), output

    cases = [(name, source.name, old, new, expected) for name, old, new, expected in CASES]
    return run_cases(cases, copy, compile_copy)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--clang', required=True)
    parser.add_argument('--stubs', required=True, type=Path)
    parser.add_argument('-I', dest='include', action='append', default=[])
    parser.add_argument('-D', dest='define', action='append', default=[])
    parser.add_argument('--selftest', action='store_true')
    parser.add_argument('files', nargs='+', type=Path)
    args = parser.parse_args()
    if not shutil.which(args.clang):
        print('ERROR no clang at %s' % args.clang)
        return 1
    if args.selftest:
        return selftest(args)
    failed, _ = check(args, args.files)
    if failed:
        return 1
    print('Objective-C++ syntax-checks (%d file(s))' % len(args.files))
    return 0


if __name__ == '__main__':
    sys.exit(main())
