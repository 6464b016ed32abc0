#!/usr/bin/env bash
# npm run release -- vX.Y.Z [--push]
# Tags a release the way the actions/typescript-action template's script/release does: an
# annotated tag vX.Y.Z on HEAD, and the major tag vX moved to it, so that `uses: …@vX` gets every
# compatible release. Refuses a version that is not vX.Y.Z, not greater than the latest release,
# not in CHANGELOG.md or not package.json's version, and a working tree with uncommitted changes.
# Without --push it only tags locally and prints the push commands.
set -euo pipefail

tag="${1:-}"
push="${2:-}"
fail() { echo "release: $*" >&2; exit 1; }

[[ "$tag" =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || fail "give the version as vX.Y.Z (got \"$tag\")"
major="v${BASH_REMATCH[1]}"
[[ -z "$push" || "$push" == "--push" ]] || fail "unknown option $push (only --push)"

[[ -z "$(git status --porcelain)" ]] || fail "commit or stash your changes first: the tag must be what is committed"

latest="$(git tag --list 'v*.*.*' --sort=-v:refname | grep -E '^v[0-9]+\.[0-9]+\.[0-9]+$' | head -n 1 || true)"
if [[ -n "$latest" ]]; then
  highest="$(printf '%s\n%s\n' "$latest" "$tag" | sort -V | tail -n 1)"
  [[ "$tag" != "$latest" && "$highest" == "$tag" ]] || fail "$tag is not greater than the latest release, $latest"
fi

version="$(node -p 'require("./package.json").version')"
[[ "v$version" == "$tag" ]] || fail "package.json says version $version: set it to ${tag#v} and commit first"
grep -qE "^## \[?${tag}\]?( |$)" CHANGELOG.md || fail "CHANGELOG.md has no \"## $tag\" entry"

git tag -a "$tag" -m "$tag"
git tag -fa "$major" -m "$tag" >/dev/null
echo "Tagged $tag and moved $major to $(git rev-parse --short HEAD)${latest:+ (previous release: $latest)}."

if [[ "$push" == "--push" ]]; then
  git push origin "refs/tags/$tag"
  git push --force origin "refs/tags/$major"
else
  echo "To publish: git push origin refs/tags/$tag && git push --force origin refs/tags/$major"
fi
