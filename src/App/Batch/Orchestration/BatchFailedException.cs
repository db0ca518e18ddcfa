namespace Tidewater.App.Batch;

/// <summary>More chunks failed than <see cref="BatchOptions.ToleratedFailurePercent"/> allows; the message lists them.</summary>
public sealed class BatchFailedException : Exception
{
    /// <summary>Creates the exception listing <paramref name="failures"/>.</summary>
    public BatchFailedException(IReadOnlyList<ChunkFailure> failures, int chunkCount, double toleratedPercent)
        : base(Describe(failures, chunkCount, toleratedPercent)) => Failures = failures;

    /// <summary>Creates the exception.</summary>
    public BatchFailedException()
        : this([], 0, 0)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BatchFailedException(string message)
        : base(message) => Failures = [];

    /// <summary>Creates the exception.</summary>
    public BatchFailedException(string message, Exception innerException)
        : base(message, innerException) => Failures = [];

    /// <summary>The failed chunks.</summary>
    public IReadOnlyList<ChunkFailure> Failures { get; }

    private static string Describe(IReadOnlyList<ChunkFailure> failures, int chunkCount, double toleratedPercent) =>
        FormattableString.Invariant($"{failures.Count} of {chunkCount} chunks failed (tolerated: {toleratedPercent}%): ")
        + string.Join("; ", failures.Select(f => FormattableString.Invariant($"chunk {f.Index} ({BatchLayout.PassName(f.Pass)}): {f.Reason}")));
}
