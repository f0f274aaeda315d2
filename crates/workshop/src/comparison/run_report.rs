//! What a demo or its .NET twin reports with `--report`: `@name value` lines at the end of its
//! output (the runtime and its configuration, iterations, each iteration's time in µs, and
//! over the measured work, bytes allocated and collections per generation), read here for
//! `workshop compare`.

/// One run's own report. Figures a runtime cannot give are `None`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunReport {
    pub runtime: Option<String>,
    /// Its configuration in words: the .NET side's collector and JIT, the Rust side's
    /// allocator.
    pub config: Option<String>,
    pub iterations: Option<u64>,
    /// Every iteration's time in microseconds, sorted.
    pub durations_us: Vec<u64>,
    /// Bytes allocated over the run (`None` where the runtime cannot tell: Mono).
    pub allocated: Option<u64>,
    /// Collections of generation 0, 1 and 2 (.NET only).
    pub collections: Option<[u64; 3]>,
}

impl RunReport {
    /// Reads the `@name value` lines of `output`; other lines are the program's own.
    pub fn parse(output: &str) -> Self {
        let mut report = Self::default();
        for line in output.lines() {
            let Some((name, value)) = line.strip_prefix('@').and_then(|l| l.split_once(' ')) else {
                continue;
            };
            let value = value.trim();
            match name {
                "runtime" => report.runtime = Some(value.to_string()),
                "config" => report.config = Some(value.to_string()),
                "iterations" => report.iterations = value.parse().ok(),
                "durations_us" => {
                    report.durations_us = value.split(',').filter_map(|d| d.parse().ok()).collect();
                    report.durations_us.sort_unstable();
                }
                // A negative count is the runtime saying it cannot tell.
                "allocated" => report.allocated = value.parse().ok(),
                "gc" => {
                    let counts: Vec<u64> = value
                        .split_whitespace()
                        .filter_map(|c| c.parse().ok())
                        .collect();
                    report.collections = counts.try_into().ok();
                }
                _ => {}
            }
        }
        report
    }

    /// The iteration time that `percent` % of iterations took at most (nearest rank).
    pub fn percentile_us(&self, percent: u64) -> Option<u64> {
        let count = self.durations_us.len() as u64;
        if count == 0 {
            return None;
        }
        let rank = (percent * count).div_ceil(100).clamp(1, count);
        self.durations_us.get(rank as usize - 1).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWIN: &str = "Scoped drops, the .NET twin\n   1/3  53  36  36  9.52 MiB\n\
                        @runtime .NET Core 3.1.23\n@config workstation GC, concurrent\n@iterations 5\n@durations_us 40,10,30,20,50\n\
                        @gc 206 203 201\n@total_memory 64223264\n@allocated 4243214800\n";

    #[test]
    fn reads_the_report_lines_and_ignores_the_rest() {
        let report = RunReport::parse(TWIN);
        assert_eq!(report.runtime.as_deref(), Some(".NET Core 3.1.23"));
        assert_eq!(report.config.as_deref(), Some("workstation GC, concurrent"));
        assert_eq!(report.iterations, Some(5));
        assert_eq!(report.durations_us, [10, 20, 30, 40, 50]);
        assert_eq!(report.collections, Some([206, 203, 201]));
        assert_eq!(report.allocated, Some(4_243_214_800));
    }

    #[test]
    fn what_a_runtime_cannot_tell_is_none() {
        let mono = RunReport::parse("@runtime Mono 6.8\n@allocated -1\n@gc 1 2\n");
        assert_eq!(mono.allocated, None);
        assert_eq!(mono.collections, None, "three generations or nothing");
        let nothing = RunReport::parse("no report at all");
        assert_eq!(nothing, RunReport::default());
        assert_eq!(nothing.percentile_us(50), None);
    }

    #[test]
    fn percentiles_take_the_nearest_rank() {
        let report = RunReport {
            durations_us: (1..=100).collect(),
            ..RunReport::default()
        };
        assert_eq!(report.percentile_us(50), Some(50));
        assert_eq!(report.percentile_us(99), Some(99));
        assert_eq!(report.percentile_us(100), Some(100));
        assert_eq!(report.percentile_us(0), Some(1));
        let one = RunReport::parse("@durations_us 7");
        assert_eq!(
            (one.percentile_us(50), one.percentile_us(99)),
            (Some(7), Some(7))
        );
    }
}
