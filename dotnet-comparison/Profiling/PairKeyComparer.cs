// Compares and hashes PairKeys by the text they point to in one input.

using System;
using System.Collections.Generic;

namespace Profiling
{
    sealed class PairKeyComparer : IEqualityComparer<PairKey>
    {
        readonly string input;

        public PairKeyComparer(string input) => this.input = input;

        public bool Equals(PairKey a, PairKey b) =>
            Text(a.RegionStart, a.RegionLength).SequenceEqual(Text(b.RegionStart, b.RegionLength))
            && Text(a.ProductStart, a.ProductLength)
                .SequenceEqual(Text(b.ProductStart, b.ProductLength));

        // FNV-1a over both fields' characters, a separator between them.
        public int GetHashCode(PairKey key)
        {
            var hash = 2166136261u;
            foreach (var c in Text(key.RegionStart, key.RegionLength))
            {
                hash = (hash ^ c) * 16777619u;
            }
            hash = (hash ^ ',') * 16777619u;
            foreach (var c in Text(key.ProductStart, key.ProductLength))
            {
                hash = (hash ^ c) * 16777619u;
            }
            return (int)hash;
        }

        ReadOnlySpan<char> Text(int start, int length) => input.AsSpan(start, length);
    }
}
