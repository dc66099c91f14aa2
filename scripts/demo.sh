#!/usr/bin/env bash
# The main job on sample data: load the OFAC, UN and UK lists from the shared data folder into
# ./dossier.db (or $DOSSIER_DB), then show the datasets and one entity with its sources.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DOSSIER_TEST_DATA:-../shared/data}"
if [ ! -d "$data" ]; then
  echo "no sample data at $data: set DOSSIER_TEST_DATA, or run: node bin/dossier.js update" >&2
  exit 1
fi
dossier() { node bin/dossier.js "$@"; }
# sdn.csv states no date: the day it was published (MANIFEST.md in the data folder) is given.
dossier ingest "$data/ofac/sdn.csv" --dataset ofac --published 2024-05-03
dossier ingest "$data/un/consolidated.xml" --dataset un
dossier ingest "$data/uk_ofsi/ConList_2018-04-13.csv" --dataset uk
dossier datasets
dossier entity ofac-46431
