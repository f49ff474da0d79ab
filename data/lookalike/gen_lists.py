#!/usr/bin/env python3
"""Builds the lookalike data and test sets that come from maintained third-party lists.

Usage (from the repository root; needs `pip` and `npm`, which fetch the pinned packages):

    python3 data/lookalike/gen_lists.py            # downloads into a temporary directory
    python3 data/lookalike/gen_lists.py --cache D  # reuses (or fills) download directory D

Pinned inputs (change the versions here, rerun, review the diff):

- PyPI `disposable-email-domains` 0.0.293: the CC0 blocklist of the disposable-email-domains
  project (the package code is MIT; the list itself is CC0-1.0). Its `allowlist` is empty in
  this release, so the allowlist applied is `disposable_allowlist.txt` (written here, with a
  reason per entry).
- npm `email-providers` 2.27.0 (ISC): `common.json` (353 popular providers) becomes
  `mail_providers.txt`, the domains a typo suggestion never corrects; `all.json` (8,760 provider
  domains) becomes test/measurement data only (`tests/data/email_providers/all.txt`).
- PyPI `dnstwist` 20250130 (Apache-2.0): its permutation engine (`Fuzzer`, run offline, no DNS)
  makes the lookalike and mail-typo test sets under `tests/data/dnstwist/`.

Outputs:

- data/lookalike/disposable_domains.txt   compiled into the crate
- data/lookalike/mail_providers.txt       compiled into the crate
- tests/data/email_providers/all.txt      tests and `bench/email-suggest.mjs`
- tests/data/dnstwist/lookalikes.tsv      brand permutations (tests)
- tests/data/dnstwist/mail_typos.tsv      keyboard typos of popular providers (tests, bench)
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEA_VERSION = "0.0.293"
DNSTWIST_VERSION = "20250130"
PROVIDERS_VERSION = "2.27.0"

# Brands whose permutations make the lookalike recall set: popular, commonly phished, and all in
# the built-in protected list. Each with the family domains it owns, which are not lookalikes.
LOOKALIKE_BRANDS = [
    "google.com", "paypal.com", "apple.com", "amazon.com", "microsoft.com", "facebook.com",
    "netflix.com", "youtube.com", "instagram.com", "linkedin.com", "dropbox.com", "coinbase.com",
    "binance.com", "github.com", "wellsfargo.com", "chase.com", "outlook.com", "icloud.com",
    "yahoo.com", "ebay.com", "twitter.com", "whatsapp.com", "docusign.com", "adobe.com",
    "spotify.com", "walmart.com", "booking.com", "airbnb.com", "steamcommunity.com", "roblox.com",
]

# Popular mail providers whose keyboard typos make the suggestion set.
MAIL_BRANDS = [
    "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "live.com",
    "msn.com", "comcast.net", "protonmail.com", "gmx.de", "web.de", "yandex.ru", "mail.ru",
    "orange.fr", "libero.it", "qq.com", "naver.com", "btinternet.com", "verizon.net",
]

# dnstwist fuzzers that model keyboard slips (not look-alike characters or lure words).
TYPO_FUZZERS = ["insertion", "omission", "replacement", "repetition", "transposition"]

# dnstwist fuzzers for the lookalike set: everything except its TLD and dictionary files (not
# shipped in the wheel); `dictionary` is fed the lure words below, in several languages.
LOOKALIKE_FUZZERS = [
    "addition", "bitsquatting", "cyrillic", "homoglyph", "hyphenation", "insertion", "omission",
    "plural", "repetition", "replacement", "subdomain", "transposition", "vowel-swap", "various",
    "dictionary",
]
HOMOGLYPHS_PER_BRAND = 60
LURES = ["login", "secure", "account", "verify", "support", "online", "konto", "connexion",
         "anmelden", "seguro", "cuenta", "wallet", "signin", "update"]


def run(cmd, cwd):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=sys.stderr)


def fetch(cache):
    os.makedirs(cache, exist_ok=True)
    if not glob.glob(os.path.join(cache, f"disposable_email_domains-{DEA_VERSION}-*.whl")):
        run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", cache,
             f"disposable-email-domains=={DEA_VERSION}", f"dnstwist=={DNSTWIST_VERSION}"], cache)
    if not glob.glob(os.path.join(cache, f"email-providers-{PROVIDERS_VERSION}.tgz")):
        run(["npm", "pack", "--silent", f"email-providers@{PROVIDERS_VERSION}"], cache)
    for wheel in glob.glob(os.path.join(cache, "*.whl")):
        with zipfile.ZipFile(wheel) as z:
            z.extractall(os.path.join(cache, "py"))
    tgz = os.path.join(cache, f"email-providers-{PROVIDERS_VERSION}.tgz")
    out = os.path.join(cache, "email-providers")
    os.makedirs(out, exist_ok=True)
    run(["tar", "xzf", tgz, "-C", out, "--warning=no-unknown-keyword"], cache)
    sys.path.insert(0, os.path.join(cache, "py"))


def write(path, header, lines):
    path = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write(f"# {h}\n" if h else "#\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{path}: {len(lines)} lines", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", help="download directory to reuse")
    args = parser.parse_args()
    cache = args.cache or tempfile.mkdtemp(prefix="signup-guard-lists-")
    fetch(cache)
    import disposable_email_domains as dea
    import dnstwist

    allow = set(dea.allowlist)
    blocklist = sorted(d.strip().lower() for d in dea.blocklist if d.strip() and d not in allow)
    # Stored grouped by what follows the first label (`com name1 name2 …`): the endings are
    # written once, which saves about a third of the text and a seventh of its gzip size.
    groups = {}
    for domain in blocklist:
        name, _, rest = domain.partition(".")
        groups.setdefault(rest, []).append(name)
    write("data/lookalike/disposable_domains.txt", [
        f"Disposable (throwaway) mail domains: {len(blocklist)} domains, grouped by ending. Each",
        "line is an ending, then the first labels under it (`com mailinator yopmail` lists",
        "mailinator.com and yopmail.com).",
        f"Source: PyPI disposable-email-domains {DEA_VERSION} (blocklist minus its allowlist, which",
        "is empty in this release), from https://github.com/disposable-email-domains/disposable-email-domains.",
        "Licence of the list: CC0-1.0. Generated by data/lookalike/gen_lists.py; do not edit.",
    ], [f"{rest} {' '.join(names)}" for rest, names in sorted(groups.items())])

    providers_dir = os.path.join(cache, "email-providers", "package")
    with open(os.path.join(providers_dir, "common.json"), encoding="utf-8") as f:
        common = sorted(set(json.load(f)))
    with open(os.path.join(providers_dir, "all.json"), encoding="utf-8") as f:
        every = sorted(set(json.load(f)))
    write("data/lookalike/mail_providers.txt", [
        "Real mail provider domains: a typo suggestion never corrects these.",
        f"Source: npm email-providers {PROVIDERS_VERSION}, common.json",
        "(https://github.com/derhuerst/email-providers). Licence: ISC.",
        "Generated by data/lookalike/gen_lists.py; do not edit.",
    ], common)
    write("tests/data/email_providers/all.txt", [
        f"Every provider domain of npm email-providers {PROVIDERS_VERSION} (all.json). Licence: ISC",
        "(Copyright (c) 2025, Jannis R). Test and measurement data only.",
        "Generated by data/lookalike/gen_lists.py; do not edit.",
    ], every)

    real = set(every) | set(common)

    def permutations(domain, fuzzers, dictionary=()):
        fuzz = dnstwist.Fuzzer(domain, dictionary=list(dictionary))
        fuzz.generate(fuzzers=fuzzers)
        for p in fuzz.permutations():
            name = p["domain"]
            if p["fuzzer"] == "*original" or name == domain:
                continue
            yield p["fuzzer"], name

    rows = []
    for brand in LOOKALIKE_BRANDS:
        homoglyphs = []
        for fuzzer, name in permutations(brand, LOOKALIKE_FUZZERS, LURES):
            if name in real:
                continue
            row = f"{brand}\t{fuzzer}\t{name}"
            (homoglyphs if fuzzer == "homoglyph" else rows).append(row)
        # The homoglyph fuzzer yields thousands per brand (every combination of substitutes):
        # keep an evenly spaced sample of the sorted list so each brand weighs the same.
        homoglyphs.sort()
        step = max(1, len(homoglyphs) // HOMOGLYPHS_PER_BRAND)
        rows.extend(homoglyphs[::step][:HOMOGLYPHS_PER_BRAND])
    write("tests/data/dnstwist/lookalikes.tsv", [
        f"Permutations of popular brands by dnstwist {DNSTWIST_VERSION} (Apache-2.0), run offline",
        "(Fuzzer.generate, no DNS), with lure words as its dictionary; an evenly spaced sample of",
        f"{HOMOGLYPHS_PER_BRAND} homoglyph permutations per brand; domains that are real",
        "providers in email-providers all.json are left out. Columns: brand, fuzzer, domain.",
        "Generated by data/lookalike/gen_lists.py; do not edit.",
    ], sorted(set(rows)))

    typos = []
    for brand in MAIL_BRANDS:
        for fuzzer, name in permutations(brand, TYPO_FUZZERS):
            if name in real or name.startswith("xn--"):
                continue
            typos.append(f"{brand}\t{fuzzer}\t{name}")
    write("tests/data/dnstwist/mail_typos.tsv", [
        f"Keyboard typos (fuzzers {', '.join(TYPO_FUZZERS)}) of popular mail providers by",
        f"dnstwist {DNSTWIST_VERSION} (Apache-2.0), run offline; typos that are themselves real",
        "providers (email-providers all.json) are left out. Columns: provider, fuzzer, typo.",
        "Generated by data/lookalike/gen_lists.py; do not edit.",
    ], sorted(set(typos)))


if __name__ == "__main__":
    main()
