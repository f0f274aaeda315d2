// The runtime's configuration in words, for `@config`: which collector, how it runs, and how
// the JIT compiles (`workstation GC, concurrent, tiered compilation on`), as the runtime
// reports it at run time.

using System;
using System.Runtime;

namespace Workshop
{
    public static class RuntimeConfig
    {
        // Whether this is Mono, not CoreCLR.
        public static bool IsMono => Type.GetType("Mono.Runtime") != null;

        public static string Describe()
        {
            if (IsMono)
            {
                var parameters = Environment.GetEnvironmentVariable("MONO_GC_PARAMS");
                var sgen = string.IsNullOrEmpty(parameters) ? "SGen GC (default parameters)"
                    : $"SGen GC (MONO_GC_PARAMS={parameters})";
                return $"{sgen}, {Latency()}, JIT (no tiers)";
            }
            var kind = GCSettings.IsServerGC ? "server GC" : "workstation GC";
            return $"{kind}, {Latency()}, tiered compilation {(Tiered() ? "on" : "off")}";
        }

        static string Latency()
        {
            switch (GCSettings.LatencyMode)
            {
                case GCLatencyMode.Batch: return "non-concurrent";
                case GCLatencyMode.Interactive: return "concurrent";
                default: return "latency mode " + GCSettings.LatencyMode;
            }
        }

        // On unless the environment or the runtimeconfig.json turns it off.
        static bool Tiered()
        {
            foreach (var prefix in new[] { "DOTNET_", "COMPlus_" })
            {
                if (Environment.GetEnvironmentVariable(prefix + "TieredCompilation") == "0")
                {
                    return false;
                }
            }
            var configured = AppContext.GetData("System.Runtime.TieredCompilation");
            return configured == null || !string.Equals(configured.ToString(), "false",
                StringComparison.OrdinalIgnoreCase);
        }
    }
}
