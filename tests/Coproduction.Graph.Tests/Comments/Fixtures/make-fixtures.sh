#!/bin/sh
# Makes the committed fixtures from the flat ODF sources in source/, with LibreOffice. CI does not run
# this: the tests read the files it made (README.md says which LibreOffice made them).
# Usage: tests/Coproduction.Graph.Tests/Comments/Fixtures/make-fixtures.sh
set -eu
cd "$(dirname "$0")"
# A profile of its own, so a LibreOffice already open (or a first-run dialog) does not get in the way.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
convert() {
    soffice -env:UserInstallation="file://$profile" --headless --convert-to "$1" --outdir . "$2"
}
convert docx source/comments.fodt
convert doc source/comments.fodt
convert docx source/no-comments.fodt
convert pptx source/comments.fodp
convert xlsx source/comments.fods
