#!/usr/bin/env python3
"""Syntax check of SoftToken's iOS Objective-C++ (issue 7), standard library + clang.

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
import tempfile
from pathlib import Path

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
    text = source.read_text(encoding='utf-8')
    failures = 0
    for name, old, new, expected in CASES:
        if old not in text:
            print('CASE %s: %r not found in %s (update the self-test)' % (name, old, source))
            failures += 1
            continue
        with tempfile.TemporaryDirectory() as tmp:
            broken = Path(tmp) / source.name
            broken.write_text(text.replace(old, new, 1), encoding='utf-8')
            failed, output = check(args, [broken])
        ok = failed == 1 and expected in output
        print('%-30s %s' % (name, 'ok' if ok else 'NOT DETECTED'))
        if not ok:
            print(output)
            failures += 1
    print('%d case(s), %d failure(s)' % (len(CASES), failures))
    return 1 if failures else 0


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
