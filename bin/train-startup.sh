#!/bin/sh
# Run by `mvn package` after the shade plugin: one training `build` of the seed per runtime, which
# leaves the start-up archives that bin/procsite uses:
#   target/procsite.jsa  AppCDS archive for the default java (17): the classes parsed and verified
#   target/procsite.aot  AOT cache for Temurin 25, if installed (JEP 483/514/515: classes loaded
#                        and linked, plus method profiles)
# Never fails the Maven build: if a training run fails, its archive is simply not there and the
# launcher runs the plain jar. Skip it with -Dprocsite.train.skip=true.
target=$(cd "$(dirname "$0")/../target" 2>/dev/null && pwd) || exit 0
jar="$target/procsite.jar"
seed="$target/../procedure.yaml"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
java25=${PROCSITE_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -f "$jar" ] && [ -f "$seed" ] || exit 0
rm -f "$target/procsite.jsa" "$target/procsite.aot" "$target/procsite.aot.config"
rm -rf "$target/training"

if "$java" -XX:ArchiveClassesAtExit="$target/procsite.jsa" -XX:TieredStopAtLevel=1 -Xlog:disable \
    -jar "$jar" build "$seed" --out "$target/training/site17" >/dev/null 2>"$target/training.log"; then
  echo "procsite: AppCDS archive target/procsite.jsa"
else
  rm -f "$target/procsite.jsa"
  echo "procsite: no AppCDS archive (training failed, see target/training.log); bin/procsite runs the plain jar"
fi

if [ -x "$java25" ]; then
  # One step (JEP 514): a training run, then the cache is written by a second JVM it starts.
  if "$java25" -XX:AOTCacheOutput="$target/procsite.aot" -XX:TieredStopAtLevel=1 -Xlog:disable \
      -jar "$jar" build "$seed" --out "$target/training/site25" >/dev/null 2>>"$target/training.log" \
      && [ -f "$target/procsite.aot" ]; then
    echo "procsite: AOT cache target/procsite.aot for $java25"
  else
    rm -f "$target/procsite.aot"
    echo "procsite: no AOT cache (training failed, see target/training.log)"
  fi
fi
rm -rf "$target/training" "$target/procsite.aot.config"
exit 0
