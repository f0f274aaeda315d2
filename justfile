# Shortcuts for the workshop (`just` alone lists them). Each runs the same `cargo workshop …`
# command you can paste without `just`; none echoes itself above a demo's output.

# The recipes: the attendee's in the order of the day, the instructor's, then the maintainers'.
[private]
default:
    @just --list --unsorted

[group('attendee')]
[doc("Run the demos (all, or the ones named)")]
demo *MODULES:
    @cargo workshop demo {{MODULES}}

[group('attendee')]
[doc("The modules, and where you are in each")]
list:
    @cargo workshop list

[group('attendee')]
[doc("Test your exercise, with a hint")]
check MODULE:
    @cargo workshop check {{MODULE}}

[group('attendee')]
[doc("Check again on every save (h: hint, q: quit)")]
watch *MODULE:
    @cargo workshop watch {{MODULE}}

[group('attendee')]
[doc("The next hint for an exercise")]
hint *MODULE:
    @cargo workshop hint {{MODULE}}

[group('attendee')]
[doc("Start an exercise over (backs up your files)")]
reset MODULE:
    @cargo workshop reset {{MODULE}}

[group('attendee')]
[doc("A demo under dhat, heaptrack or massif")]
profile MODULE *ARGS:
    @cargo workshop profile {{MODULE}} {{ARGS}}

[group('attendee')]
[doc("Is this machine ready for the workshop?")]
doctor:
    @cargo workshop doctor

[group('attendee')]
[doc("The workshop's own tests")]
test:
    cargo test

[group('instructor')]
[doc("A demo a section at a time: Enter for the next")]
present MODULE:
    @cargo workshop demo {{MODULE}} --pause

[group('maintainers')]
[doc("Every stub fails, every solution passes")]
verify *MODULES:
    @cargo workshop verify {{MODULES}}

[group('maintainers')]
[doc("Start a module by the convention")]
new NAME:
    @cargo workshop dev new {{NAME}}

[group('maintainers')]
[doc("Mutation testing (needs cargo-mutants)")]
mutants *MODULES:
    @cargo workshop dev mutants {{MODULES}}

[group('attendee')]
[doc("Build the book into docs/book")]
docs:
    mdbook build docs

[group('attendee')]
[doc("Serve the book and open it in a browser")]
docs-serve:
    mdbook serve docs --open

[group('maintainers')]
[doc("Run and record a module's benchmarks")]
bench MODULE:
    #!/usr/bin/env bash
    set -euo pipefail
    # divan's output, with the machine, then the table and chart the chapter includes.
    out=docs/src/runs/{{MODULE}}-bench.txt
    cargo bench -p {{MODULE}} --features bench --no-run
    {
      just _machine "cargo bench -p {{MODULE}} --features bench -- --bytes-format binary"
      cargo bench -q -p {{MODULE}} --features bench -- --bytes-format binary 2>/dev/null
    } > "$out"
    cat "$out"
    cargo workshop dev bench-summary {{MODULE}}

# Compare a module's demo with its .NET twin, on Mono and on CoreCLR, three runs of each side
# in turns, and record both comparisons (output and chart, with the machine) for the book's
# comparison chapter. Arguments for both
# sides name the files too: `just record-compare arena --way per-node` writes
# arena-way-per-node-mono.txt and so on.
[group('maintainers')]
[doc("Record a demo beside its .NET twin")]
record-compare MODULE *ARGS:
    #!/usr/bin/env bash
    set -euo pipefail
    out=docs/src/comparison
    mkdir -p "$out" target/compare
    name={{MODULE}}
    extra=()
    if [ -n "{{ARGS}}" ]; then
      name="$name-$(echo "{{ARGS}}" | tr -cs 'a-z0-9' '-' | sed 's/^-*//; s/-*$//')"
      extra=(-- {{ARGS}})
    fi
    coreclr=$(find target/dotnetcore -path '*dotnetcore2/bin/dotnet' -type f 2>/dev/null | head -n 1)
    [ -n "$coreclr" ] || coreclr=dotnet
    for runtime in mono coreclr; do
      chart="$out/$name-$runtime.svg"
      cargo workshop compare {{MODULE}} --seconds 5 --runs 3 --runtime "$runtime" --dotnet "$coreclr" --chart "$chart" "${extra[@]}" > target/compare/run.txt
      {
        just _machine "cargo workshop compare {{MODULE}} --seconds 5 --runs 3 --runtime $runtime --chart $chart ${extra[*]}"
        cat target/compare/run.txt
      } > "$out/$name-$runtime.txt"
      cat "$out/$name-$runtime.txt"
    done

# compare's peak against /usr/bin/time -v's "Maximum resident set size" of the very same run
# (each side run under time), for scoped-drops, pool and arena on Mono and CoreCLR; written
# to docs/src/runs/compare-peak-cross-check.txt for the comparison chapter.
[group('maintainers')]
[doc("Check compare's peak against /usr/bin/time -v")]
cross-check-peak:
    #!/usr/bin/env python3
    import glob, os, re, subprocess
    coreclr = (glob.glob("target/dotnetcore/**/dotnetcore2/bin/dotnet", recursive=True) or ["dotnet"])[0]
    units = {"B": 1, "KiB": 1024, "MiB": 1024**2, "GiB": 1024**3}
    def number(text):
        value, unit = text.split()
        return float(value) * units[unit]
    rows = []
    for module in ["scoped-drops", "pool", "arena"]:
        for runtime in ["mono", "coreclr"]:
            log = "target/compare/time.txt"
            if os.path.exists(log):
                os.remove(log)
            env = dict(os.environ, WORKSHOP_COMPARE_WRAPPER=f"/usr/bin/time -v -a -o {log}")
            command = ["cargo", "workshop", "compare", module, "--seconds", "5",
                       "--runtime", runtime, "--dotnet", coreclr]
            out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
            peak = re.search(r"^  peak RSS +([\d.]+ \w+) +([\d.]+ \w+)$", out, re.M)
            timed = re.findall(r"Maximum resident set size \(kbytes\): (\d+)", open(log).read())
            for side, shown, kib in zip(["Rust", runtime], peak.groups(), timed):
                ratio = number(shown) / (int(kib) * 1024)
                rows.append(f"  {module:<13} {side:<8} {shown:>10} {int(kib) / 1024:>10.1f} MiB {ratio:>8.3f}")
    machine = subprocess.run(["just", "_machine", "just cross-check-peak (compare --seconds 5, each "
        "side under /usr/bin/time -v)"], capture_output=True, text=True, check=True).stdout
    text = machine + "  module        side      compare   /usr/bin/time -v    ratio\n" + "\n".join(rows) + "\n"
    open("docs/src/runs/compare-peak-cross-check.txt", "w").write(text)
    print(text, end="")

# Run a module's demo (alone, under `workshop profile`, or under heaptrack or massif) or its
# C# twin (on mono or coreclr), and record what it printed, with the machine, for its chapter:
# `just record heaptrack fragmentation --way boxes` writes
# docs/src/runs/fragmentation-heaptrack-way-boxes.txt, `just record profile profiling --tool
# massif` docs/src/runs/profiling-profile-tool-massif.txt.
[group('maintainers')]
[doc("Record a demo or twin run for the book")]
record TOOL MODULE *ARGS:
    #!/usr/bin/env bash
    set -euo pipefail
    cargo build --release -q -p {{MODULE}}
    bin=target/release/{{MODULE}}
    name={{MODULE}}-{{TOOL}}
    if [ -n "{{ARGS}}" ]; then
      name="$name-$(echo "{{ARGS}}" | tr -cs 'a-z0-9' '-' | sed 's/^-*//; s/-*$//')"
    fi
    case {{TOOL}} in
      demo) command="$bin {{ARGS}}" ;;
      profile) command="cargo -q workshop profile {{MODULE}} {{ARGS}}"
        shown="cargo workshop profile {{MODULE}} {{ARGS}}" ;;
      heaptrack) command="heaptrack -o target/heaptrack $bin {{ARGS}}; heaptrack_print target/heaptrack.zst | tail -n 7" ;;
      massif) command="valgrind --tool=massif --massif-out-file=target/massif.out $bin {{ARGS}}; ms_print target/massif.out | sed -n '/^    MB/,/^Number of snapshots/p'" ;;
      mono|coreclr)
        # The C# twin, built for that runtime as compare and CI build it (coreclr: the host
        # CI installs), and the command that runs it.
        host=$(find target/dotnetcore -path '*dotnetcore2/bin/dotnet' -type f 2>/dev/null | head -n 1)
        export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
        run=$(cargo workshop dev twin {{MODULE}} --runtime {{TOOL}} ${host:+--dotnet "$PWD/$host"})
        command="$run {{ARGS}}"
        # Shown as a reader would type it: `dotnet` or `mono`, not this machine's host.
        program=${run%% *}
        shown="$([ {{TOOL}} = coreclr ] && echo dotnet || echo mono) ${command#$program }"
        shown=${shown//$PWD\//} ;;
      *) echo "error: TOOL is demo, profile, heaptrack, massif, mono or coreclr, not {{TOOL}}" >&2; exit 2 ;;
    esac
    mkdir -p docs/src/runs
    out=docs/src/runs/$name.txt
    # Paths into this checkout are shown relative to it: the reader's checkout is elsewhere.
    { just _machine "${shown:-$command}"; bash -c "$command" 2>&1 | sed "s|$PWD/||g"; } > "$out"
    cat "$out"

# The header of every recorded run: the machine, the toolchain, the date and the command.
_machine COMMAND:
    #!/usr/bin/env bash
    cpu=$( (lscpu 2>/dev/null | sed -n 's/^Model name: *//p') || true)
    [ -n "$cpu" ] || cpu=$(sysctl -n machdep.cpu.brand_string 2>/dev/null || echo unknown)
    echo "Machine: $(uname -srm), $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') cores, CPU: $cpu"
    echo "Toolchain: $(rustc -V)"
    echo "Date: $(date -u +%F)"
    # The command within 80 columns, continued with a backslash so it still pastes whole.
    python3 -c 'import sys, textwrap
    lines = textwrap.wrap("Command: " + sys.argv[1], 76, subsequent_indent="  ",
                          break_long_words=False, break_on_hyphens=False)
    print(" \\\n".join(lines))' {{quote(COMMAND)}}
    echo

# Fresh clones with their own target directories (crates already downloaded): the quick
# start's two commands, the first `check`, a `check` after a one-line edit, and the path that
# skips `cargo test`, for the README and the setup chapter (docs/src/runs/timings.txt).
# Time an attendee's first hour on this machine, and record it
[group('maintainers')]
[doc("Time and record an attendee's first hour")]
timings:
    #!/usr/bin/env bash
    set -uo pipefail
    out="$PWD/docs/src/runs/timings.txt"
    logs="$PWD/target/timings" # what each command printed, to look at
    mkdir -p "$logs"
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    row() { # label, then the command: runs it quietly, prints the label and its seconds
      local label=$1; shift
      echo "timings: $label (its output: $logs/$((++rows)).txt)" >&2
      # Timed by python3 around the command itself (bash 3, as on macOS, has no clock finer
      # than a second).
      local seconds=$(python3 -c 'import subprocess, sys, time
    start = time.monotonic()
    subprocess.run(sys.argv[1:], stdout=sys.stderr, stderr=sys.stderr)
    print(time.monotonic() - start)' "$@" 2> "$logs/$rows.txt")
      printf '  %-58s %7.1f s\n' "$label" "$seconds"
    }
    rows=0
    {
      just _machine "just timings"
      echo "Fresh clones, each with its own target directory; crates already downloaded."
      echo "Wall-clock seconds, one run each."
      echo
      git clone -q . "$scratch/a" && cd "$scratch/a"
      row "cargo run --release -p workshop -- demo" cargo run --release -p workshop -- demo
      row "cargo test" cargo test
      row "cargo workshop check scoped-drops (the first)" cargo workshop check scoped-drops
      echo "// an edit" >> exercises/scoped-drops/src/lib.rs
      row "cargo workshop check scoped-drops (after a one-line edit)" cargo workshop check scoped-drops
      echo
      echo "Without cargo test, in another fresh clone:"
      git clone -q "$OLDPWD" "$scratch/b" && cd "$scratch/b"
      row "cargo run --release -p workshop -- demo" cargo run --release -p workshop -- demo
      row "cargo workshop check scoped-drops (the first)" cargo workshop check scoped-drops
    } > "$out"
    cat "$out"

[group('maintainers')]
[doc("What CI runs")]
ci:
    bash .ci/run

# What each heap profiler costs: the profiling demo's report (as shipped, 200,000 orders) timed
# by the demo itself, alone and under dhat, heaptrack and massif, five runs of each in turns;
# the medians and ranges, with the machine, to docs/src/runs/profiling-tool-cost.txt.
[group('maintainers')]
[doc("Time the profiling demo under each profiler")]
profile-cost:
    #!/usr/bin/env python3
    import re, shutil, statistics, subprocess
    build = ["cargo", "build", "-q", "--profile", "profiling", "-p", "profiling"]
    subprocess.run(build + ["--features", "measure/dhat-profile"], check=True)
    shutil.copy("target/profiling/profiling", "target/profile/profiling-with-dhat")
    subprocess.run(build, check=True)
    demo = ["target/profiling/profiling", "--way", "shipped", "--repeat", "1"]
    tools = {
        "alone": demo,
        "dhat": ["target/profile/profiling-with-dhat"] + demo[1:],
        "heaptrack": ["heaptrack", "-o", "target/profile/cost.heaptrack"] + demo,
        "massif": ["valgrind", "--tool=massif", "--peak-inaccuracy=0.0",
                   "--massif-out-file=target/profile/cost.massif.out"] + demo,
    }
    times = {tool: [] for tool in tools}
    for _ in range(5):
        for tool, command in tools.items():
            out = subprocess.run(command, capture_output=True, text=True, check=True,
                                 env={"MEASURE_DHAT_FILE": "target/profile/cost.dhat.json",
                                      "PATH": __import__("os").environ["PATH"]}).stdout
            times[tool].append(float(re.search(r"Time, as shipped: ([\d.]+) ms", out).group(1)))
    alone = statistics.median(times["alone"])
    lines = ["  tool           median   lowest–highest     × alone"]
    for tool, values in times.items():
        median = statistics.median(values)
        span = f"{min(values):.1f}–{max(values):.1f} ms"
        lines.append(f"  {tool:<10} {median:8.1f} ms  {span:>17}  {median / alone:8.1f}×")
    machine = subprocess.run(["just", "_machine", "just profile-cost (" + " ".join(demo)
        + ", alone and under each tool, 5 runs each in turns; the demo's own time)"],
        capture_output=True, text=True, check=True).stdout
    text = machine + "\n".join(lines) + "\n"
    open("docs/src/runs/profiling-tool-cost.txt", "w").write(text)
    print(text, end="")
