using System.Runtime.CompilerServices;

namespace LawfulBasis.Analyzers;

/// <summary>
/// How the analyzers' per-operation and per-member code asks to be compiled. A build without a compiler server
/// (<c>UseSharedCompilation=false</c>) loads the analyzer into a fresh <c>csc</c> process every time, and a method the
/// runtime sees for the first time starts unoptimised (tier 0), then instrumented, and is optimised only after a delay
/// that a short, busy compiler process rarely reaches: in such a build every one of these methods ran unoptimised and
/// instrumented to the end (seen with <c>DOTNET_JitDisasmSummary=1</c>; docs/analyzer-performance.md).
/// </summary>
internal static class HotPath
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (512): compiled optimised on first call, skipping tiering. netstandard2.0
    /// does not name it; hosts that do not know it (.NET Framework) ignore the bit. Only for methods that run for every
    /// operation or member of a build: the price is a slower first compilation and no profile-guided re-compilation.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
