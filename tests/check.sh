# The counters and verdicts shared by the shell tests (test_cli.sh, test_hostile.sh):
# source it, call pass / fail / known_bug, and end with [[ $failures -eq 0 ]].
checks=0
failures=0
known=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
pass() { checks=$((checks + 1)); }
# A check that fails today because of a reported bug in src/: printed, not counted.
known_bug() {
  known=$((known + 1))
  echo "KNOWN BUG (not counted as a failure): $*"
}
