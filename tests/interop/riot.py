"""Runs Apache Jena's riot (Debian package libapache-jena-java) with the given arguments and
passes its output and exit code through.

The Debian package ships the jars without a launcher and without a Class-Path, so the class
path is built here from /usr/share/java, with slf4j-simple so that riot's warnings reach
stderr. The package's jena-core also moves Xerces' message files to
org/apache/jena/ext/xerces/... while its classes still look for them under xerces/...; riot
then dies in XSDDatatype's static initialiser ("internal error"). The files are copied to the
expected place in a temporary folder put first on the class path.

usage: python3 riot.py RIOT_ARGS...
"""

import pathlib
import subprocess
import sys
import tempfile
import zipfile

JAVA = pathlib.Path("/usr/share/java")
DEPENDENCIES = [
    "commons-cli", "commons-codec", "commons-compress", "commons-csv", "commons-io",
    "commons-lang3", "dexx.collection", "gson", "guava", "httpclient", "httpcore",
    "jackson-core", "jackson-databind", "jackson-annotations", "jsonld-java",
    "jakarta.json-api", "protobuf", "slf4j-api", "slf4j-simple", "thrift", "titanium-json-ld",
]
MOVED = "org/apache/jena/ext/xerces/"


def class_path(fix_dir):
    jena = sorted(p for p in JAVA.glob("jena-*.jar") if not p.stem[-1].isdigit())
    if not jena:
        sys.exit("riot.py: no /usr/share/java/jena-*.jar; install libapache-jena-java")
    jars = jena + [JAVA / f"{name}.jar" for name in DEPENDENCIES if (JAVA / f"{name}.jar").exists()]
    with zipfile.ZipFile(JAVA / "jena-core.jar") as core:
        for name in core.namelist():
            if name.startswith(MOVED) and name.endswith(".properties"):
                target = pathlib.Path(fix_dir) / "xerces" / name[len(MOVED):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(core.read(name))
    return ":".join([str(fix_dir)] + [str(j) for j in jars])


def main(args):
    with tempfile.TemporaryDirectory() as fix_dir:
        done = subprocess.run(["java", "-cp", class_path(fix_dir), "riotcmd.riot", *args])
    sys.exit(done.returncode)


if __name__ == "__main__":
    main(sys.argv[1:])
